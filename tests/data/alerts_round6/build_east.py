#!/usr/bin/env python3
"""Hand-labelled evaluation set (round 6, 'east'): ru uk ar tr zh ja ko.

Articles are original and fictional. Labels were assigned by reading only.
Writes east.jsonl next to this script and checks it.
"""
import json
import os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "east.jsonl")

T, TR, MA = "treaty", "troops", "military_assistance"

A = []


def add(id_, title, body, rules, note):
    A.append({
        "id": id_,
        "language": id_.split("-")[0],
        "title": title,
        "body": body,
        "rules": list(rules),
        "kind": "positive" if rules else "near-miss",
        "note": note,
    })


# ---------------------------------------------------------------- ru
add("ru-w1",
    "Бишкек ратифицировал водное соглашение с Астаной",
    """Жогорку Кенеш Кыргызстана в среду ратифицировал межправительственное соглашение с Казахстаном о совместной эксплуатации водохозяйственных сооружений на реках Чу и Талас. Документ, подписанный главами правительств осенью, закрепляет порядок распределения расходов на ремонт плотин и каналов, а также график попусков воды в вегетационный период. По словам представителя профильного министерства, казахстанская сторона завершила внутригосударственные процедуры ещё в прошлом месяце, так что соглашение вступит в силу после обмена нотами. Фермеры Таласской области надеются, что новые правила положат конец летним спорам из-за воды.""",
    [T],
    "Ratification of an intergovernmental water-sharing agreement between Kyrgyzstan and Kazakhstan: treaty. No military content.")

add("ru-w2",
    "Труппа Мариинского театра открыла гастроли в Маскате",
    """Балетная труппа Мариинского театра впервые выступила в Королевском оперном театре Маската. Петербургские артисты привезли в Оман «Жизель» и программу одноактных балетов; билеты на все три вечера были раскуплены за несколько дней. Местная пресса назвала приезд гостей «культурным десантом», а директор оперного театра отметил, что на сцене одновременно были заняты более восьмидесяти танцовщиков. Следующим пунктом гастролей станет Кувейт, куда труппа отправится на зафрахтованном самолёте вместе с декорациями и оркестром.""",
    [],
    "Trap for troops: a ballet troupe (труппа) touring abroad, described figuratively as a 'cultural landing force' (десант). No soldiers.")

add("ru-w3",
    "Чад усилил группировку на границе с Суданом",
    """Власти Чада перебросили к восточной границе с Суданом несколько батальонов сухопутных войск и подразделение бронетехники, сообщило государственное телевидение в Нджамене. Решение принято после того, как вооружённые группы дважды за неделю обстреляли пограничные посёлки в провинции Уаддаи. Военные развернули временные опорные пункты вдоль дороги на Адре, а в район направлены вертолёты армейской авиации. Министр обороны заявил, что военнослужащие останутся в приграничной зоне «столько, сколько потребуется», и призвал жителей сохранять спокойствие.""",
    [TR],
    "Chad moves army battalions to its own border with Sudan: troops (a state's army sent to its border counts).")

add("ru-w4",
    "Индия передала Мальдивам патрульный катер и возьмётся за подготовку экипажей",
    """Индия безвозмездно передала Силам национальной обороны Мальдив быстроходный патрульный катер, а также партию запасных частей и навигационного оборудования. Церемония прошла в Мале в присутствии министра обороны республики и посла Индии. Перед передачей около сорока мальдивских моряков прошли двухмесячное обучение на базе индийских ВМС в Кочи, а в следующем году на индийских полигонах подготовку пройдёт ещё одна группа. Мальдивская сторона рассчитывает использовать катер для патрулирования исключительной экономической зоны и борьбы с незаконным промыслом.""",
    [MA],
    "India donates a patrol boat and equipment to the Maldivian defence force and trains Maldivian sailors in India: military assistance. Trainees received at home, so not troops.")

add("ru-w5",
    "Зенит продлил договор с бразильским полузащитником",
    """Петербургский «Зенит» продлил договор с бразильским полузащитником до лета 2029 года, сообщила пресс-служба клуба. Новое соглашение предусматривает повышение зарплаты и опцию продления ещё на один сезон. Футболист, перешедший в команду три года назад, стал одним из лидеров атак и в текущем чемпионате забил девять мячей. По информации спортивных изданий, интерес к нему проявляли клубы из Саудовской Аравии, однако игрок предпочёл остаться в Санкт-Петербурге. Переговоры между агентом и руководством клуба, по данным источников, длились почти два месяца.""",
    [],
    "Trap for treaty: 'договор'/'соглашение' here is a football player's contract, not an agreement between states.")

add("ru-w6",
    "Фиджи и Новая Зеландия подписали соглашение о статусе сил",
    """Правительства Фиджи и Новой Зеландии подписали в Суве соглашение о статусе сил, определяющее правовой режим пребывания военнослужащих двух стран на территории друг друга. Документ ещё предстоит ратифицировать парламенту Фиджи. Веллингтон сразу объявил, что весной на архипелаг будет направлена рота новозеландских сухопутных войск для совместного несения службы с местными военными. Оппозиция в Суве критикует договорённость, указывая, что её текст не был вынесен на общественное обсуждение.""",
    [T, TR],
    "A status-of-forces agreement signed between two states: treaty. New Zealand announces it will send an army company to Fiji: troops.")

add("ru-w7",
    "В Астане прошёл военный парад ко Дню защитника Отечества",
    """В Астане в честь Дня защитника Отечества состоялся военный парад, в котором приняли участие около пяти тысяч военнослужащих Вооружённых сил Казахстана. По главной площади столицы прошли парадные расчёты всех видов войск, а также колонна техники, в том числе бронеавтомобили местной сборки и недавно закупленные за рубежом беспилотники. Над трибунами пролетели самолёты и вертолёты ВВС. Президент, принимавший парад, заявил, что армия страны должна быть «компактной, но мобильной и современной». После парада жители смогли осмотреть технику на выставке в парке.""",
    [],
    "Traps for troops and military_assistance: soldiers marching in a home parade, and drones the state bought itself. Neither counts.")

add("ru-w8",
    "Руанда нарастила контингент в Мозамбике",
    """Руанда направила в мозамбикскую провинцию Кабу-Делгаду ещё около 600 военнослужащих, сославшись на двустороннее соглашение о сотрудничестве в сфере обороны и безопасности, подписанное с Мапуту. Новые подразделения сменят часть бойцов, находящихся в районе Мосимбоа-да-Прая, и возьмут под охрану дороги к газовым объектам. Одновременно Кигали передал вооружённым силам Мозамбика партию бронетранспортёров и средств связи, а руандийские офицеры начнут обучать местные роты лёгкой пехоты. Президент Мозамбика назвал помощь соседа «решающей».""",
    [T, TR, MA],
    "Rwanda sends more soldiers abroad (troops), invoking a bilateral defence agreement (treaty), and hands armoured vehicles to Mozambique's army and trains its companies (military assistance).")

# ---------------------------------------------------------------- uk
add("uk-w1",
    "Нова пошта і польський перевізник уклали угоду про доставку до Балтії",
    """Компанія «Нова пошта» та польська логістична група уклали угоду про спільну доставку посилок між Україною та країнами Балтії. За умовами договору, вантажі з Києва, Львова та Одеси прямуватимуть через сортувальний термінал під Жешувом, а звідти — до Вільнюса, Риги й Таллінна. Сторони обіцяють скоротити термін доставки до трьох днів. У компанії зазначили, що сервіс насамперед розрахований на малий бізнес, який продає одяг, косметику та товари для дому через онлайн-маркетплейси.""",
    [],
    "Trap for treaty: 'угода'/'договір' between two private logistics companies, not between states.")

add("uk-w2",
    "Румунія передала Молдові бронетранспортери та радари",
    """Румунія передала Національній армії Молдови партію бронетранспортерів, дві мобільні радіолокаційні станції та комплект засобів зв’язку, повідомило міністерство оборони в Кишиневі. Техніку вартістю близько 20 мільйонів євро надано безоплатно в межах програми підтримки оборонних спроможностей сусідньої країни. Урочиста церемонія відбулася на військовій базі поблизу Бєльців. Молдовський міністр оборони подякував Бухаресту й зазначив, що радари допоможуть контролювати повітряний простір над північчю республіки, де останніми місяцями фіксували падіння уламків дронів.""",
    [MA],
    "Romania donates armoured personnel carriers and radars to Moldova's army: military assistance.")

add("uk-w3",
    "Україна і Словаччина обмінялися нотами щодо нового пункту пропуску",
    """Україна та Словаччина обмінялися дипломатичними нотами про набуття чинності міжурядовою угодою щодо будівництва нового автомобільного пункту пропуску на Закарпатті. Документ, підписаний торік в Ужгороді, передбачає спільний контроль прикордонних і митних служб обох держав на одній території. Як повідомили в МЗС, будівництво терміналу фінансуватиметься коштом ЄС, а запрацювати перехід має до кінця наступного року. Перевізники розраховують, що це скоротить черги вантажівок на кордоні, які влітку сягають кількох кілометрів.""",
    [T],
    "Exchange of notes bringing an intergovernmental border-crossing agreement into force: treaty. Border services mentioned are not troops.")

add("uk-w4",
    "Прикордонники посилили охорону кордону з Угорщиною",
    """Державна прикордонна служба України додатково перекинула на ділянку кордону з Угорщиною в Берегівському районі мобільні групи та службових собак. Як пояснили у відомстві, посилення пов’язане з почастішанням спроб незаконного перетину кордону поза пунктами пропуску. До патрулювання також залучено сили Національної поліції Закарпатської області. Прикордонники нагадують, що за спробу незаконно перетнути кордон передбачено адміністративну, а в окремих випадках — кримінальну відповідальність.""",
    [],
    "Trap for troops: border guards and police 'forces' reinforced at the border; police and border guards are not troops.")

add("uk-w5",
    "Франція перекинула до Румунії ще один механізований підрозділ",
    """Франція перекинула до Румунії ще один механізований підрозділ чисельністю близько 700 військовослужбовців, повідомив Генштаб французької армії. Бійці разом із танками Leclerc і бойовими машинами піхоти розмістяться на базі Чинку в повіті Брашов, де вже перебуває багатонаціональна бойова група під командуванням Парижа. За словами французького командування, це дасть змогу в разі потреби протягом кількох тижнів розгорнути там повноцінну бригаду. У Бухаресті привітали рішення союзника по НАТО і нагадали про почастішання інцидентів з дронами поблизу кордону.""",
    [TR],
    "France deploys some 700 soldiers to Romania: troops. NATO is merely named, so no treaty.")

add("uk-w6",
    "Британські інструктори вирушають до Гани",
    """Велика Британія направить до Гани групу військових інструкторів, які протягом пів року навчатимуть ганських піхотинців протидії бойовикам. Про це повідомило британське посольство в Аккрі. Близько сорока британських військових працюватимуть на полігоні поблизу Тамале; крім того, Лондон передасть ганській армії розвідувальні безпілотники, приціли нічного бачення та польові радіостанції. Влада Гани занепокоєна тим, що угруповання джихадистів із сусідніх країн Сахелю дедалі частіше проникають у прикордонні райони на півночі.""",
    [TR, MA],
    "British military trainers sent to Ghana (troops and military assistance) plus drones and night sights handed to Ghana's army (military assistance).")

add("uk-w7",
    "Україна та Ісландія підписали безпекову угоду на десять років",
    """Україна та Ісландія підписали двосторонню угоду про співробітництво у сфері безпеки строком на десять років. Згідно з документом, Рейк’явік щороку спрямовуватиме на підтримку Сил оборони України не менше 0,2% свого ВВП, зокрема на закупівлю зимового спорядження, засобів розмінування та дронів для українських бригад. Ісландія також фінансуватиме навчання українських бойових медиків на базах країн-партнерів. Президент України назвав угоду важливим сигналом від держави, яка не має власної армії, але не стоїть осторонь.""",
    [T, MA],
    "Bilateral security agreement signed between two states: treaty. Iceland commits to fund drones, demining gear and training for Ukraine's forces: military assistance.")

add("uk-w8",
    "Японія передала Україні генератори та обладнання для енергетиків",
    """Японія передала Україні партію газотурбінних генераторів, трансформаторів і спецтехніки для ремонту електромереж, пошкоджених обстрілами. Допомогу надано через Японське агентство міжнародного співробітництва (JICA) в межах програми відновлення. Посол Японії в Києві наголосив, що Токіо не постачає летальної зброї, а цей пакет має суто цивільне призначення: обладнання отримають обленерго Харківської, Сумської та Миколаївської областей. Загалом японська сторона вже надала Україні енергетичного обладнання на понад 200 мільйонів доларів.""",
    [],
    "Trap for military_assistance: aid package in a war context, but explicitly civilian energy equipment with no weapons.")

# ---------------------------------------------------------------- ar
add("ar-w1",
    "البرلمان الموريتاني يصادق على بروتوكول الصيد مع الاتحاد الأوروبي",
    """صادقت الجمعية الوطنية الموريتانية، مساء الثلاثاء، على بروتوكول جديد لتنفيذ اتفاقية الشراكة في مجال الصيد المستدام مع الاتحاد الأوروبي، يسمح لسفن أوروبية بالصيد في المياه الموريتانية مقابل تعويض مالي سنوي يقارب ستين مليون يورو. وقال وزير الصيد والاقتصاد البحري أمام النواب إن البروتوكول يتضمن قيوداً أشد على صيد الأسماك السطحية الصغيرة، ويخصص جزءاً من العائدات لدعم الصيادين التقليديين في نواذيبو. وكان البرلمان الأوروبي قد وافق على النص في وقت سابق، على أن يدخل حيز التنفيذ بعد نشره في الجريدة الرسمية.""",
    [T],
    "Mauritania ratifies a fisheries protocol with the EU (a state and an international body): treaty.")

add("ar-w2",
    "الجيش الجزائري يدفع بتعزيزات إلى الحدود الجنوبية",
    """دفعت قيادة الجيش الوطني الشعبي الجزائري بتعزيزات عسكرية جديدة إلى الناحية العسكرية السادسة بتمنراست، على خلفية تصاعد المواجهات المسلحة في شمال مالي قرب الشريط الحدودي. وأفادت مصادر محلية بأن أرتالاً من المدرعات وناقلات الجند شوهدت على الطريق المؤدي إلى برج باجي مختار، فيما كثفت وحدات الاستطلاع الجوي طلعاتها فوق المنطقة. وأكدت وزارة الدفاع الوطني في بيان أن هذه الإجراءات تهدف إلى تأمين الحدود ومنع تسلل الجماعات الإرهابية وشبكات التهريب.""",
    [TR],
    "Algeria sends army reinforcements to its southern border: troops (own army to own border counts).")

add("ar-w3",
    "انتشار أمني مكثف في محيط ملعب رادس قبل نهائي الكأس",
    """نشرت وزارة الداخلية التونسية آلاف العناصر من قوات الأمن والحرس الوطني في محيط الملعب الأولمبي برادس، استعداداً لنهائي كأس تونس لكرة القدم مساء الأحد. وأوضح الناطق باسم الوزارة أن الوحدات ستغلق الطرق المؤدية إلى الملعب قبل ست ساعات من صافرة البداية، وستتولى تفتيش المشجعين عند البوابات. كما خصصت السلطات حافلات لنقل جماهير الفريقين من العاصمة ومن صفاقس بشكل منفصل تفادياً للاحتكاك. ويتوقع أن يحضر المباراة نحو أربعين ألف متفرج.""",
    [],
    "Trap for troops: 'security forces' and the National Guard (an interior-ministry gendarmerie) deployed around a stadium; police are not troops.")

add("ar-w4",
    "الجيش الصومالي يتسلم دفعة مدرعات مقدمة من قطر",
    """تسلّم الجيش الوطني الصومالي، الأحد، دفعة جديدة من العربات المدرعة وسيارات الدفع الرباعي والذخائر مقدّمة من دولة قطر، في إطار دعم الدوحة لبناء قدرات القوات المسلحة الصومالية. وجرت مراسم التسليم في ميناء مقديشو بحضور وزير الدفاع الصومالي والسفير القطري. وقال الوزير إن هذه المعدات ستسهم في رفع جاهزية الوحدات الجديدة التي يجري تشكيلها، مثمناً ما وصفه بالدعم العسكري السخي من الأشقاء. وتعد هذه الشحنة الثالثة من نوعها منذ مطلع العام.""",
    [MA],
    "Qatar delivers armoured vehicles and ammunition to Somalia's army: military assistance.")

add("ar-w5",
    "كتيبة تشادية تصل إلى النيجر تنفيذاً لاتفاقية تعاون عسكري",
    """وصلت إلى مطار نيامي، فجر الخميس، طلائع كتيبة من الجيش التشادي، في أول انتشار من نوعه تنفيذاً لاتفاقية التعاون العسكري التي وقعها البلدان العام الماضي. وبحسب التلفزيون الرسمي في النيجر، سيتمركز الجنود التشاديون في منطقة تيلابيري قرب المثلث الحدودي مع مالي وبوركينا فاسو، حيث تنشط جماعات مسلحة. وقال وزير الدفاع النيجري إن الاتفاقية تنص على تبادل المعلومات الاستخباراتية وتسيير دوريات مشتركة، مضيفاً أن عدد القوات التشادية قد يرتفع إلى ألف جندي خلال الأشهر المقبلة.""",
    [T, TR],
    "Chadian battalion deployed to Niger (troops) under a bilateral military cooperation agreement that is invoked (treaty).")

add("ar-w6",
    "مجموعة إماراتية توقع اتفاقية مع شركة كورية لبناء محطة تحلية",
    """وقعت مجموعة إماراتية خاصة للطاقة والمياه اتفاقية مع شركة كورية جنوبية للهندسة والإنشاءات لتطوير محطة لتحلية مياه البحر بطاقة ثلاثمئة ألف متر مكعب يومياً في إمارة رأس الخيمة. وتنص الاتفاقية على أن تتولى الشركة الكورية أعمال التصميم والتوريد والبناء، بينما تتكفل المجموعة الإماراتية بالتمويل والتشغيل لمدة خمسة وعشرين عاماً. وقال الرئيس التنفيذي للمجموعة إن المشروع سيعتمد جزئياً على الطاقة الشمسية لخفض الانبعاثات وتكاليف التشغيل.""",
    [],
    "Trap for treaty: an 'اتفاقية' signed between two companies from different countries, not between states.")

add("ar-w7",
    "طائرة عسكرية أردنية تنقل مساعدات إغاثية إلى السودان",
    """أقلعت من قاعدة ماركا الجوية في عمّان طائرة تابعة لسلاح الجو الملكي الأردني محمّلة بنحو عشرين طناً من المساعدات الإغاثية والطبية، متجهة إلى مدينة بورتسودان. وتضم الشحنة، التي جهزتها الهيئة الخيرية الأردنية الهاشمية، مواد غذائية وأدوية ومستلزمات إيواء للنازحين. وأكد مسؤول في الهيئة أن الجسر الجوي سيتواصل خلال الأسابيع المقبلة بالتنسيق مع وكالات الأمم المتحدة العاملة في السودان، مشيراً إلى أن شحنة ثانية ستضم محطات متنقلة لتنقية المياه.""",
    [],
    "Trap for military_assistance: humanitarian relief flown by an air force plane is not military aid; a single relief flight is not a troop deployment.")

add("ar-w8",
    "ضباط ليبيون يبدأون دورة تدريبية في الأردن",
    """بدأت دفعة تضم نحو ستين ضابطاً وضابط صف من الجيش الليبي دورة تدريبية متقدمة في مدرسة القوات الخاصة الأردنية، ضمن برنامج يموله الأردن بالكامل لدعم المؤسسة العسكرية الليبية. ويتضمن البرنامج، الممتد أربعة أشهر، تدريبات على مكافحة الإرهاب وتأمين الحدود والقيادة الميدانية، إلى جانب تزويد المتدربين بمعدات اتصال وتجهيزات ميدانية يحملونها معهم عند عودتهم. وقال مصدر عسكري أردني إن المملكة دربت خلال السنوات الماضية مئات العسكريين من دول عربية وأفريقية.""",
    [MA],
    "Jordan trains Libyan officers at home and gives them equipment: military assistance only (foreign trainees received at home are not troops).")

# ---------------------------------------------------------------- tr
add("tr-w1",
    "TBMM, Irak ile su işbirliği anlaşmasını onayladı",
    """Türkiye Büyük Millet Meclisi Genel Kurulu, Türkiye ile Irak arasında imzalanan su kaynaklarının yönetimine ilişkin çerçeve anlaşmanın onaylanmasının uygun bulunduğuna dair kanun teklifini kabul etti. Anlaşma, Dicle ve Fırat havzasında ortak sulama projelerinin finansmanını, su verimliliği teknolojilerinin paylaşılmasını ve iki ülke uzmanlarından oluşan kalıcı bir teknik komisyon kurulmasını öngörüyor. Bağdat yönetimi metni geçen ay Irak parlamentosundan geçirmişti. Muhalefet milletvekilleri ise anlaşmanın baraj işletmeciliğine ilişkin hükümlerinin belirsiz kaldığını savundu.""",
    [T],
    "Turkish parliament approves ratification of a water framework agreement with Iraq: treaty.")

add("tr-w2",
    "Dans topluluğu 120 kişilik trupuyla Japonya turnesine çıkıyor",
    """Türkiye'nin dünyaca tanınan dans gösterisi topluluklarından biri, 120 kişilik trupuyla bir aylık Japonya turnesine çıkıyor. Tokyo, Osaka ve Nagoya'da toplam 18 gösteri sunacak olan trup, Anadolu'nun farklı bölgelerinden halk danslarını modern koreografiyle birleştiren yeni prodüksiyonunu sahneleyecek. Topluluğun sanat yönetmeni, dansçıların aylardır süren provalarla hazırlandığını ve sahnede adeta bir ordu gibi uyum içinde hareket ettiklerini söyledi. Turnenin biletlerinin büyük bölümü satışa çıktığı gün tükendi.""",
    [],
    "Trap for troops: a dance troupe ('trup') going abroad, compared figuratively to an army.")

add("tr-w3",
    "Endonezya, Orta Afrika'daki barış gücüne 300 asker daha gönderiyor",
    """Endonezya, Birleşmiş Milletler'in Orta Afrika Cumhuriyeti'ndeki barış gücü misyonu MINUSCA bünyesindeki birliğini güçlendirmek için 300 asker daha gönderme kararı aldı. Cakarta'daki Savunma Bakanlığı'ndan yapılan açıklamaya göre mekanize piyade ve istihkam unsurlarından oluşan yeni kafile gelecek ay Bangui'ye ulaşacak ve ülkenin batısındaki üslere yerleşecek. Böylece Endonezya'nın ülkedeki askeri varlığı bini aşacak. Endonezya Silahlı Kuvvetleri Komutanı, barış gücündeki askerlerin güvenliğinin en önemli öncelik olduğunu vurguladı.""",
    [TR],
    "Indonesia sends 300 more soldiers to a UN mission abroad: troops.")

add("tr-w4",
    "Antalyaspor, Nijeryalı golcüyle 3 yıllık anlaşma imzaladı",
    """Antalyaspor, Belçika liginde forma giyen Nijeryalı golcüyle 3 yıllık anlaşma imzaladı. Kulübün Kamuyu Aydınlatma Platformu'na (KAP) yaptığı açıklamada, oyuncuya her sezon için 1,8 milyon euro garanti ücret ödeneceği, Belçika kulübüne ise 4 milyon euro bonservis bedeli verileceği bildirildi. 24 yaşındaki forvet, geçen sezon çıktığı 31 maçta 17 gol kaydetmişti. Teknik direktör, yeni transferin hücum hattına hız ve fizik gücü katacağını belirterek taraftarlardan sabır istedi.""",
    [],
    "Trap for treaty: 'anlaşma' here is a football transfer contract between a club and a player.")

add("tr-w5",
    "Türkiye'den Arnavutluk ordusuna zırhlı araç hibesi",
    """Türkiye, Arnavutluk Silahlı Kuvvetleri'ne 20 zırhlı personel taşıyıcı, gece görüş sistemleri ve muhabere teçhizatı hibe etti. Tiran'daki törende konuşan Arnavutluk Savunma Bakanı, Ankara'nın desteğinin ordunun modernizasyonuna önemli katkı sağladığını söyledi. Türkiye'nin Tiran Büyükelçisi ise önümüzdeki dönemde Arnavut subay adaylarının Türkiye'deki harp okullarında eğitim görmeye devam edeceğini belirtti. Araçların ilk bölümü geçen hafta Draç Limanı'na ulaşmıştı.""",
    [MA],
    "Turkey grants armoured personnel carriers and night-vision gear to Albania's armed forces: military assistance.")

add("tr-w6",
    "Türkiye ile Kosova askeri mali işbirliği anlaşması imzaladı",
    """Türkiye ile Kosova arasında Askeri Mali İşbirliği Anlaşması ve buna bağlı nakdi yardım uygulama protokolü Ankara'da imzalandı. Anlaşma kapsamında Türkiye, Kosova Güvenlik Kuvvetleri'nin ihtiyaç duyduğu lojistik malzeme, koruyucu teçhizat ve eğitim simülatörlerinin temini için hibe sağlayacak. Milli Savunma Bakanlığı'ndan yapılan açıklamada, Kosova Güvenlik Kuvvetleri personelinin Türk askeri okullarında eğitim görmeye devam edeceği de hatırlatıldı. Metnin yürürlüğe girmesi için iki ülke parlamentolarının onayı gerekiyor.""",
    [T, MA],
    "Intergovernmental military financial cooperation agreement signed (treaty) under which Turkey funds equipment for Kosovo's security force (military assistance).")

add("tr-w7",
    "TSK eğitim timi Gambiya'ya ulaştı",
    """Türk Silahlı Kuvvetleri'ne bağlı 25 kişilik bir eğitim ve danışmanlık timi Gambiya'ya ulaştı. Milli Savunma Bakanlığı'nın haftalık basın bilgilendirmesinde, timin Banjul yakınlarındaki Yundum Kışlası'nda Gambiya Silahlı Kuvvetleri personeline altı ay boyunca piyade, keskin nişancılık ve muharebe ilk yardımı eğitimi vereceği açıklandı. Ayrıca eğitimde kullanılacak hafif silahlar, telsizler ve araçların eğitim sonunda Gambiya ordusuna devredileceği bildirildi. Türkiye son yıllarda Batı Afrika ülkeleriyle savunma alanındaki ilişkilerini hızla geliştiriyor.""",
    [TR, MA],
    "Turkish military training team sent to Gambia (trainers abroad: troops and military assistance), plus weapons handed over to Gambia's army.")

add("tr-w8",
    "Türk savunma şirketi Polonya'ya zırhlı araç ihraç edecek",
    """Ankara merkezli savunma şirketi Kartal Sistem, Polonya'daki bir savunma grubuyla 4x4 taktik tekerlekli zırhlı araç tedariki için 180 milyon euroluk ihracat sözleşmesi imzaladı. Şirketin Borsa İstanbul'a yaptığı bildirime göre araçlar 2027'ye kadar teslim edilecek ve bir kısmı Polonya'da lisansla üretilecek. Şirket yöneticileri, sözleşmenin Avrupa pazarındaki en büyük ihracat başarıları olduğunu vurguladı. Sektör verilerine göre savunma ve havacılık ihracatı yılın ilk yarısında rekor kırdı.""",
    [],
    "Traps for military_assistance and treaty: a commercial arms export contract between companies; firm sales are not military aid and company contracts are not treaties.")

# ---------------------------------------------------------------- zh
add("zh-w1",
    "中国国家杂技团南美巡演收官",
    """中国国家杂技团为期一个月的南美巡演日前在布宜诺斯艾利斯落下帷幕。演员们在阿根廷、智利和巴西共演出二十二场，《空中飞人》《顶碗》等节目赢得满堂喝彩。当地媒体称这支六十余人的演出团队为“来自东方的杂技军团”。剧团负责人表示，明年计划赴墨西哥和中美洲国家演出，并将与当地艺术院校开展交流。""",
    [],
    "Trap for troops: an acrobatic troupe touring abroad, figuratively called a 'legion' (军团).")

add("zh-w2",
    "中蒙换文延长边境口岸协定有效期",
    """据外交部消息，中国与蒙古国日前在乌兰巴托互换照会，确认将两国政府关于边境口岸及其管理制度的协定有效期延长十年。根据换文，双方还将把二连浩特—扎门乌德口岸的货运通关时间延长至全天候，并研究增开季节性口岸。蒙方官员表示，延期安排将为煤炭和铜精矿出口提供稳定预期。中方表示愿与蒙方共同推进口岸基础设施升级。""",
    [T],
    "Exchange of notes extending an intergovernmental border-port agreement: treaty.")

add("zh-w3",
    "泰国陆军向泰柬边境增派兵力",
    """泰国陆军第二军区周三宣布，向与柬埔寨接壤的四色菊府和素辇府边境地区增派两个步兵营及一个炮兵连，以应对近期边境附近频繁发生的越界事件。军方发言人表示，增援部队将在争议地段周边设立临时哨所，并加强夜间巡逻。柬埔寨方面尚未对此作出回应。当地居民称，近日已看到满载士兵的军车沿公路向边境方向开进。""",
    [TR],
    "Thai army sends infantry battalions to its own border: troops.")

add("zh-w4",
    "土耳其向肯尼亚国防军移交一批装甲车辆",
    """肯尼亚国防部表示，土耳其政府无偿援助的一批装甲运兵车和防地雷反伏击车辆已运抵蒙巴萨港，并于日前正式移交肯尼亚国防军。土方还邀请四十名肯尼亚军官赴土耳其军事院校接受为期半年的培训。肯方称，这批装备将明显提升肯尼亚军队的机动和防护能力，感谢土耳其长期以来的支持。""",
    [MA],
    "Turkey donates armoured vehicles to Kenya's defence forces and trains Kenyan officers in Turkey: military assistance only.")

add("zh-w5",
    "国内电池企业与匈牙利公司签署合作协议",
    """国内一家动力电池龙头企业与匈牙利一家能源公司在布达佩斯签署战略合作协议，双方将在德布勒森附近合作建设电池回收工厂，总投资约三亿欧元。根据协议，中方企业负责提供技术和设备，匈方企业负责厂址及电网接入。项目预计2027年投产，年处理退役电池五万吨。匈牙利外交与对外经济部长出席了签约仪式。""",
    [],
    "Trap for treaty: a cooperation agreement between two companies, even with a minister attending the signing, is not an agreement between states.")

add("zh-w6",
    "国内军工集团在阿布扎比防务展签下装甲车出口合同",
    """在阿布扎比国际防务展上，国内一家军工集团与中东某国国防采购部门签署了轮式装甲车出口合同，涉及车辆数十辆，金额未予披露。公司负责人表示，该型车辆此前已出口至非洲和东南亚多个国家，此次订单还包含配套零部件和售后服务。业内人士认为，中国军贸产品在中东市场的竞争力正在增强。""",
    [],
    "Traps for military_assistance and treaty: commercial arms sale by a firm to a foreign state's procurement office; a firm sale is neither aid nor a treaty.")

add("zh-w7",
    "新西兰与菲律宾签署访问部队地位协定",
    """新西兰与菲律宾国防部长在马尼拉签署《访问部队地位协定》，为两国军队在对方领土开展联合训练和短期驻留提供法律框架。协定须经菲律宾参议院批准后方可生效。新西兰方面同时宣布，计划明年派遣一支约两百人的陆军分队和一艘护卫舰赴菲，参加联合训练。分析人士认为，这是新西兰在东南亚安全事务中更加积极的表现。""",
    [T, TR],
    "Visiting-forces (status-of-forces) agreement signed between two states: treaty. Announced dispatch of an army detachment and a frigate to the Philippines: troops.")

add("zh-w8",
    "中国向柬埔寨军队援助一批工程装备 专家组将赴柬培训",
    """中国政府向柬埔寨皇家军队无偿援助的一批工程机械、排雷设备和野战医疗器材近日在金边移交。中国驻柬使馆国防武官在仪式上表示，中方还将派遣一个由解放军工程兵专家组成的培训组赴柬，为柬方官兵讲授装备使用和维护知识，为期三个月。柬埔寨国防大臣感谢中方长期以来的支持。""",
    [TR, MA],
    "China donates engineering and demining equipment to Cambodia's army (military assistance) and sends a PLA training team to Cambodia (trainers abroad: troops and military assistance).")

# ---------------------------------------------------------------- ja
add("ja-w1",
    "日本とウズベキスタン、租税条約改正議定書に署名",
    """日本とウズベキスタン両政府は、タシケントで租税条約を改正する議定書に署名した。外務省によると、配当や利子、使用料に対する源泉地国での課税上限を引き下げるほか、両国の税務当局間の情報交換の枠組みを強化する。今後、両国でそれぞれ国会承認などの手続きを経て発効する。ウズベキスタンには自動車部品や繊維関連の日本企業の進出が続いており、経済界は投資環境の改善につながると歓迎している。""",
    [T],
    "Protocol amending a bilateral tax treaty signed by two governments: treaty.")

add("ja-w2",
    "海自護衛艦、中東海域へ出港",
    """中東海域での日本関係船舶の航行安全確保に向けた情報収集活動のため、海上自衛隊の護衛艦1隻が横須賀基地を出港した。乗員は約200人で、約半年間にわたりオマーン湾やアラビア海北部で活動する。現地で活動中の護衛艦と交代する。出港式では防衛相が「日本関係船舶の安全を守る重要な任務だ」と訓示し、家族らが手を振って見送った。""",
    [TR],
    "A Japanese warship with about 200 crew deployed to the Middle East: troops (warship deployed abroad).")

add("ja-w3",
    "宝塚歌劇団、台湾で3度目の公演",
    """宝塚歌劇団の星組が台北市内の劇場で公演の幕を開けた。台湾公演は3度目で、約2週間で16回の上演を予定している。チケットは発売直後に完売し、日本からも多くのファンが「応援部隊」として駆けつけた。劇団関係者は「台湾の観客の熱気に出演者も励まされている」と話した。終演後には劇場前に出待ちの長い列ができた。""",
    [],
    "Trap for troops: a theatre troupe (歌劇団) performing abroad and fans described figuratively as a 'support unit' (応援部隊).")

add("ja-w4",
    "大手商社、チリ企業と銅鉱山開発で協定",
    """大手総合商社は、チリの鉱山会社と同国北部アタカマ州での銅鉱山開発に関する共同事業協定を締結したと発表した。総事業費は約2000億円で、商社側が3割を出資する。2029年の生産開始を目指し、年間10万トン規模の銅精鉱を生産する計画。電気自動車の普及で需要が拡大する銅の安定調達につなげる狙いだ。""",
    [],
    "Trap for treaty: a joint-venture 'agreement' (協定) between a Japanese trading house and a Chilean company, not between states.")

add("ja-w5",
    "OSAでフィジー軍に警備艇供与へ",
    """政府は、同志国の軍などに防衛装備品を無償で提供する「政府安全保障能力強化支援（OSA）」の枠組みで、フィジー共和国軍に警備艇3隻と沿岸監視用の無人機を供与することを決めた。供与額は約4億円。フィジー軍は広大な排他的経済水域での違法操業の監視に課題を抱えており、政府は太平洋島しょ国との安全保障協力を強化したい考えだ。""",
    [MA],
    "Japan decides to provide patrol boats and drones free of charge to Fiji's armed forces: military assistance.")

add("ja-w6",
    "日英円滑化協定に基づき英陸軍部隊が来日",
    """日英部隊間協力円滑化協定に基づき、英陸軍の部隊約300人が来日し、静岡県の東富士演習場で陸上自衛隊との共同訓練を始めた。同協定の発効後、英陸軍がまとまった規模で日本に展開するのは初めて。協定は入国手続きや武器・弾薬の持ち込み、事故時の裁判管轄などを定めている。訓練は約3週間続く予定。""",
    [T, TR],
    "British army unit deployed to Japan (troops) under the Japan-UK reciprocal access agreement, which is invoked (treaty). The exercise itself is not military assistance.")

add("ja-w7",
    "防衛装備庁、長射程ミサイルの量産契約を締結",
    """防衛装備庁は、国産の長射程ミサイル「12式地対艦誘導弾能力向上型」の量産について、三菱重工業と契約を締結したと発表した。契約額は約3000億円で、複数年度にわたって納入される。防衛省は、相手の射程圏外から対処できるスタンド・オフ防衛能力の中核と位置付けている。同社は生産ラインを増強し、納期の前倒しを目指す。""",
    [],
    "Traps for military_assistance and treaty: a state's own weapons purchase via a contract with a domestic firm; neither military aid nor a treaty.")

add("ja-w8",
    "日本とバングラデシュ、防衛装備品・技術移転協定に署名",
    """日本とバングラデシュ両政府は、防衛装備品・技術移転協定に署名した。協定は移転された装備品の目的外使用や第三国への移転を禁じるもので、両国間で装備品を移転する際の法的枠組みとなる。政府はこれを受け、OSAの枠組みでバングラデシュ海軍に沿岸監視レーダーと警備艇を無償で供与することを決めた。""",
    [T, MA],
    "Intergovernmental defence-equipment transfer agreement signed (treaty), followed by a decision to donate radars and patrol boats to Bangladesh's navy (military assistance).")

# ---------------------------------------------------------------- ko
add("ko-w1",
    "한-카자흐스탄 사회보장협정 서명…연금 이중가입 해소",
    """한국과 카자흐스탄 정부가 아스타나에서 사회보장협정에 서명했다고 보건복지부가 밝혔다. 협정이 발효되면 상대국에 파견된 근로자는 최대 5년간 한쪽 나라의 연금에만 가입하면 돼 보험료 이중 납부 부담이 사라진다. 또 양국 연금 가입 기간을 합산해 수급 자격을 판단할 수 있게 된다. 카자흐스탄에는 현재 건설·에너지·유통 분야 한국 기업 100여 곳이 진출해 있으며, 국내에서도 카자흐스탄 출신 근로자 수천 명이 일하고 있다. 협정은 양국의 국내 절차를 거쳐 발효된다.""",
    [T],
    "Social security agreement signed between two governments: treaty.")

add("ko-w2",
    "태극전사, 월드컵 예선 원정 출국…붉은악마 원정대도 동행",
    """축구 국가대표팀이 월드컵 아시아 예선 원정 경기를 위해 인천국제공항을 통해 쿠웨이트로 출국했다. 대표팀은 현지에서 사흘간 적응 훈련을 한 뒤 쿠웨이트와 맞붙는다. 응원단 ‘붉은악마’ 회원 300여 명도 ‘원정대’를 꾸려 현지로 향한다. 감독은 출국 전 인터뷰에서 ‘태극전사들이 전쟁에 나간다는 각오로 싸우겠다’며 필승 의지를 밝혔다. 대표팀 주장은 ‘원정에서 반드시 승점 3점을 가져오겠다’고 말했다. 대표팀은 경기 다음 날 곧바로 귀국해 안방에서 열리는 예선 최종전을 준비한다.""",
    [],
    "Trap for troops: the national football team called 'Taeguk warriors' going abroad 'as if to war', and a fans' 'expedition'; figurative only.")

add("ko-w3",
    "청해부대 46진 출항…6개월간 아덴만 임무",
    """해군 청해부대 46진이 부산 작전기지에서 환송식을 갖고 아덴만으로 출항했다. 구축함 1척과 장병 약 300명으로 구성된 46진은 현지에서 45진과 임무를 교대한 뒤 약 6개월 동안 우리 선박 호송과 해적 퇴치 작전을 수행한다. 이번 진에는 특수전전단 검문검색대와 해상작전헬기도 함께 배치됐다. 합동참모본부는 최근 홍해 일대 정세가 불안정한 만큼 필요하면 작전 범위를 넓힐 수 있다고 밝혔다. 해군은 출항에 앞서 4주간 해적 대응 전술과 의무 훈련을 집중적으로 실시했다고 설명했다.""",
    [TR],
    "South Korean naval unit (destroyer and 300 personnel) deployed to the Gulf of Aden: troops.")

add("ko-w4",
    "퇴역 초계함, 에콰도르 해군에 무상 양도",
    """정부가 퇴역한 해군 초계함 1척을 에콰도르 해군에 무상으로 양도했다. 국방부에 따르면 진해 군항에서 열린 인도식에는 에콰도르 해군 관계자들이 참석했으며, 양도에 앞서 에콰도르 해군 승조원 100여 명이 국내에서 약 두 달간 함정 운용 교육을 받았다. 이 함정은 에콰도르 연안의 마약 밀수 단속과 해양 감시 임무에 쓰일 예정이다. 정부는 이번 양도가 중남미 국가들과의 국방 협력을 강화하는 계기가 될 것이라고 밝혔다. 정부는 앞으로 5년간 정비용 부품도 함께 지원하기로 했다.""",
    [MA],
    "South Korea donates a decommissioned corvette to Ecuador's navy and trains its crew in Korea: military assistance only (trainees received at home).")

add("ko-w5",
    "해병대 교관단 몽골 파견…몽골군 평화유지 교육",
    """해병대 교관 20여 명이 몽골에 파견돼 몽골군 평화유지 부대원을 대상으로 한 교육훈련에 나선다. 국방부는 교관단이 울란바토르 인근 훈련장에서 3개월간 몽골군 장병 200여 명에게 사격, 수색, 전투 응급처치 등 전술 훈련을 실시한다고 밝혔다. 정부는 교육과 함께 방탄 헬멧과 조끼, 야간 투시경 등 군수물자도 몽골 측에 무상 지원할 계획이다. 몽골군 관계자는 ‘유엔 평화유지 임무 수행 능력을 높이는 데 큰 도움이 될 것’이라고 말했다. 이번 교관단 파견은 지난해 몽골 국방부의 공식 요청에 따른 것이다.""",
    [TR, MA],
    "Korean marine instructors sent to Mongolia to train its army (troops and military assistance), plus donated protective gear and night-vision devices (military assistance).")

add("ko-w6",
    "국내 조선사, 베트남 기업과 합작 조선소 협약",
    """국내 한 중형 조선사가 베트남 민간 물류 대기업과 하이퐁에 합작 조선소를 세우는 협약을 체결했다고 밝혔다. 양사는 총 4억 달러를 투자해 2028년까지 연간 중형 컨테이너선 10척을 건조할 수 있는 설비를 갖출 계획이다. 협약식에는 양국 정부 관계자도 참석했다. 조선사 측은 ‘국내 인력난을 덜고 동남아 수주 물량을 현지에서 소화할 수 있을 것’이라고 기대했다. 베트남 측은 기술 이전과 현지 인력 양성을 요구한 것으로 전해졌다. 업계에서는 국내 조선사들의 해외 생산 거점 확대 움직임이 이어질 것으로 보고 있다.""",
    [],
    "Trap for treaty: a joint-venture 'agreement' (협약) between two companies, with officials merely attending.")

add("ko-w7",
    "한-필리핀 상호군수지원협정 서명…해군 구축함 첫 파견",
    """한국과 필리핀 국방장관이 마닐라에서 상호군수지원협정에 서명했다. 협정은 양국 군이 연합훈련이나 재난 구호, 평화유지 활동 중에 유류·식량·정비 등 군수지원을 서로 제공하고 사후에 정산할 수 있도록 하는 내용으로, 서명과 동시에 발효된다. 국방부는 협정 체결에 맞춰 다음 달 해군 구축함 1척과 장병 300여 명을 필리핀 수빅만에 보내 필리핀 해군과 연합 기동훈련을 벌일 계획이라고 밝혔다. 군 안팎에서는 남중국해 정세를 고려한 조치라는 해석이 나온다. 필리핀 국방부는 한국 함정의 방문을 환영한다는 입장을 냈다.""",
    [T, TR],
    "Mutual logistics support agreement signed between two states (treaty) and a destroyer with 300 personnel to be sent to the Philippines (troops). Exercise itself is not military assistance.")

add("ko-w8",
    "국내 방산업체, 노르웨이에 자주포 추가 수출 계약",
    """국내 한 방산업체가 노르웨이 국방물자청과 K9 자주포 24문과 탄약운반차를 추가 공급하는 계약을 체결했다고 공시했다. 계약 규모는 약 6000억원으로, 납품은 2028년까지 순차적으로 이뤄진다. 노르웨이는 이미 K9 자주포를 도입해 운용하고 있다. 업체 측은 ‘유럽 시장에서 품질과 납기 경쟁력을 다시 한 번 입증했다’고 밝혔다. 증권가에서는 이번 계약으로 올해 방산 부문 수출 실적이 사상 최대를 기록할 것으로 내다봤다. 업체는 노르웨이 현지 협력사와 함께 정비 센터도 운영할 계획이다.""",
    [],
    "Traps for military_assistance and treaty: a firm's commercial arms export contract with a foreign procurement agency; neither aid nor a state-to-state agreement.")


# ---------------------------------------------------------------- write
LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]
RULES = {T, TR, MA}
KEYS = {"id", "language", "title", "body", "rules", "kind", "note"}


def check(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(records) == 56, len(records)
    by_lang = defaultdict(list)
    for r in records:
        assert set(r) == KEYS, (r.get("id"), set(r))
        for k in ("id", "language", "title", "body", "kind", "note"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-w"), r["id"]
        assert '"' not in r["title"], ("double quote in title", r["id"])
        assert isinstance(r["rules"], list), r["id"]
        assert all(x in RULES for x in r["rules"]), r["id"]
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert r["kind"] in ("positive", "near-miss"), r["id"]
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        n = len(r["body"])
        lo, hi = (120, 400) if r["language"] in ("zh", "ja") else (250, 800)
        assert lo <= n <= hi, (r["id"], n)
        by_lang[r["language"]].append(r)
    assert set(by_lang) == set(LANGS)
    for lang, rs in by_lang.items():
        assert sorted(r["id"] for r in rs) == sorted(f"{lang}-w{i}" for i in range(1, 9)), lang
        kinds = Counter(r["kind"] for r in rs)
        assert kinds["positive"] == 5 and kinds["near-miss"] == 3, (lang, kinds)
        covered = {x for r in rs for x in r["rules"]}
        assert covered == RULES, (lang, covered)


def main():
    check(A)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in A:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check what was written
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    assert back == A
    check(back)
    per_rule = Counter(x for r in back for x in r["rules"])
    print(f"wrote {len(back)} records to {OUT}")
    print("positives per rule:", dict(per_rule))
    for lang in LANGS:
        ls = [len(r["body"]) for r in back if r["language"] == lang]
        print(lang, "body length min/max:", min(ls), max(ls))


if __name__ == "__main__":
    main()
