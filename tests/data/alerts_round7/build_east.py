#!/usr/bin/env python3
"""Build the hand-labelled 'east' alert evaluation set (round 7).

Languages: ru uk ar tr zh ja ko; 8 fictional articles each
(5 positives, 3 near-misses). Labels were assigned by reading only.
Writes east.jsonl next to this script and checks it.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "east.jsonl")

LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]
RULES = {"treaty", "troops", "military_assistance"}
T, TR, MA = "treaty", "troops", "military_assistance"

# (id, title, body, rules, note)
DATA = [
    # ------------------------------------------------------------------ ru
    ("ru-x1",
     "Астана и Бишкек подписали соглашение о водах Чу и Таласа",
     "Правительства Казахстана и Киргизии в среду подписали межгосударственное соглашение о порядке использования водных ресурсов рек Чу и Талас на ближайшие десять лет. Документ закрепляет квоты забора воды в вегетационный период и обязывает стороны совместно финансировать ремонт гидротехнических сооружений на киргизской территории. По словам вице-премьера Казахстана, соглашение вступит в силу после ратификации парламентами обеих стран, что ожидается до конца года. Фермеры Жамбылской области, пострадавшие от прошлогоднего маловодья, встретили новость с осторожным оптимизмом.",
     [T],
     "Intergovernmental water-sharing agreement signed between two states; agreements on any subject count as treaty."),
    ("ru-x2",
     "Балетная труппа Мариинского театра отправляется на гастроли в Китай",
     "Балетная труппа Мариинского театра в июне проведёт трёхнедельные гастроли в Пекине, Шанхае и Гуанчжоу. В составе «десанта» — более 150 артистов, оркестр и технический персонал; декорации к «Лебединому озеру» и «Баядерке» уже отправлены морем. Руководство театра называет поездку «масштабной операцией»: для перевозки костюмов понадобилось двенадцать контейнеров. Билеты на все спектакли в Пекине раскуплены за несколько часов, сообщает принимающая сторона.",
     [],
     "Near-miss for troops: a ballet troupe ('труппа') on tour, with figurative military words ('десант', 'операция')."),
    ("ru-x3",
     "Душанбе перебросил дополнительные подразделения к афганской границе",
     "Министерство обороны Таджикистана сообщило о переброске двух мотострелковых батальонов и артиллерийской батареи в Хатлонскую область, к участку границы с Афганистаном протяжённостью около 40 километров. Поводом стали участившиеся, по данным ведомства, попытки вооружённых групп переправиться через Пяндж. Военнослужащие займут позиции на берегу реки и будут действовать совместно с пограничниками. В ведомстве не уточнили, как долго продлится усиление, но подчеркнули, что речь идёт о превентивной мере.",
     [TR],
     "A state's army battalions moved to its own border count as troops; border guards mentioned alongside do not change that."),
    ("ru-x4",
     "Берлин передаст Кишинёву радары и обучит молдавских офицеров",
     "Германия передаст Молдове три мобильные радиолокационные станции для контроля воздушного пространства, сообщило министерство обороны республики. Поставка будет профинансирована из Европейского фонда мира и станет крупнейшей за последние годы. Кроме того, около тридцати молдавских офицеров пройдут обучение работе с оборудованием на полигонах в Германии — первая группа отправится туда уже в марте. В Кишинёве подчеркнули, что техника носит исключительно оборонительный характер и предназначена для обнаружения беспилотников, залетающих на территорию страны.",
     [MA],
     "Germany gives military radars and trains Moldovan officers on German soil: military assistance only (trainees received at home, no troops sent)."),
    ("ru-x5",
     "МЗКТ заключил контракт с минобороны Вьетнама на поставку тягачей",
     "Минский завод колёсных тягачей (МЗКТ) заключил контракт с министерством обороны Вьетнама на поставку 40 шасси для тяжёлой техники, сообщила пресс-служба предприятия. Сумма сделки не раскрывается; по данным отраслевого издания, машины будут изготовлены в течение полутора лет. Вьетнамская сторона оплатит заказ из собственного оборонного бюджета. На заводе отмечают, что договор стал крупнейшим экспортным заказом компании за пять лет и позволит загрузить сборочные линии до 2026 года.",
     [],
     "Near-miss for treaty and military_assistance: a firm's commercial contract ('договор') and a state's own arms purchase."),
    ("ru-x6",
     "Сейм Латвии ратифицировал соглашение о статусе канадских военных",
     "Сейм Латвии в четверг ратифицировал межправительственное соглашение с Канадой, которое определяет правовой статус канадских военнослужащих, постоянно размещённых в республике. Документ регулирует вопросы юрисдикции, налогообложения и пользования полигонами. По плану Оттавы, численность канадского контингента в Адажи к 2026 году вырастет до 2200 человек, а часть личного состава будет проживать в Латвии вместе с семьями. Против ратификации проголосовали лишь несколько депутатов оппозиции.",
     [T, TR],
     "Ratification of a status-of-forces type agreement (treaty) and Canadian troops stationed and increased in Latvia (troops)."),
    ("ru-x7",
     "Самолёт МЧС доставил на Кубу 35 тонн гуманитарного груза",
     "Самолёт Ил-76 МЧС России доставил в Гавану 35 тонн гуманитарной помощи для пострадавших от урагана в провинции Пинар-дель-Рио. В грузе — палатки, генераторы, питьевая вода и медикаменты. Как сообщили в ведомстве, это уже третий рейс за месяц; распределением помощи займутся местные органы власти и Красный Крест. Ранее на остров прибыли российские спасатели и кинологи, которые помогают разбирать завалы. В посольстве подчеркнули, что речь идёт исключительно о гражданской поддержке.",
     [],
     "Near-miss for military_assistance and troops: humanitarian cargo by the emergencies ministry; rescuers are not troops."),
    ("ru-x8",
     "Армения и Франция подписали соглашение о военно-техническом сотрудничестве",
     "Министры обороны Армении и Франции подписали в Париже межправительственное соглашение о военно-техническом сотрудничестве сроком на пять лет. В рамках документа французская сторона безвозмездно передаст Еревану партию бронированных машин и средства связи, а также командирует в Армению группу военных инструкторов, которые займутся подготовкой горнострелковых подразделений. Первые французские военнослужащие прибудут в страну весной. В Баку заявили, что «внимательно изучат» положения соглашения.",
     [T, TR, MA],
     "Intergovernmental defence agreement signed (treaty); free transfer of armoured vehicles (military_assistance); French instructors sent to Armenia (troops + assistance)."),

    # ------------------------------------------------------------------ uk
    ("uk-x1",
     "Укрзалізниця уклала договір з Wabtec на постачання локомотивів",
     "«Укрзалізниця» підписала договір з американською компанією Wabtec на постачання ще сорока магістральних вантажних локомотивів. Вартість контракту сягає майже 200 мільйонів доларів; перші машини мають надійти до депо в Києві та Дніпрі до кінця наступного року. Угода передбачає також локалізацію частини ремонтних робіт на українських підприємствах. У компанії зазначили, що нові локомотиви замінять тепловози, випущені ще в 1970-х роках.",
     [],
     "Near-miss for treaty: 'договір'/'угода' here is a commercial contract between a state company and a firm."),
    ("uk-x2",
     "Україна та Молдова запроваджують спільний контроль на кордоні",
     "Уряди України та Молдови підписали міжурядовий протокол про запровадження спільного прикордонного й митного контролю в пункті пропуску «Маяки-Удобне — Паланка». Відтепер водії та пасажири проходитимуть перевірку лише один раз, що, за оцінками Держприкордонслужби, скоротить час очікування на кордоні удвічі. Документ набуде чинності після виконання внутрішньодержавних процедур. Сторони також домовилися до кінця року розглянути аналогічну схему для ще двох переходів на півночі Одещини.",
     [T],
     "Intergovernmental protocol on joint border control signed between two states: treaty. Border guards are not troops."),
    ("uk-x3",
     "Латвія відправить ще один взвод до місії KFOR у Косові",
     "Сейм Латвії ухвалив рішення про збільшення національного контингенту в миротворчій місії НАТО в Косові. Додатковий взвод — близько 30 військовослужбовців — вирушить до Приштини у вересні та нестиме службу на півночі краю, де останнім часом загострилася ситуація. Загалом у складі KFOR перебуватимуть понад 160 латвійських військових. Міністр оборони наголосив, що ротація не позначиться на обороноздатності країни. Раніше про посилення своїх підрозділів у Косові оголосили Румунія та Туреччина.",
     [TR],
     "Latvian soldiers sent to the KFOR mission abroad: troops."),
    ("uk-x4",
     "Трупа Львівської опери вирушає в турне Іспанією",
     "Балетна трупа Львівської національної опери вирушає в шеститижневе турне Іспанією та Португалією. Понад сімдесят артистів покажуть «Лускунчика» і «Жізель» у двадцяти містах, зокрема в Мадриді, Севільї та Порту. Директор театру розповів, що частину виручки від квитків спрямують на реабілітаційні центри. «Наша армія глядачів за кордоном щороку зростає», — додав він. Костюми та декорації везуть двома вантажівками.",
     [],
     "Near-miss for troops: a ballet troupe ('трупа') on tour and a figurative 'army of spectators'."),
    ("uk-x5",
     "Японія передасть Філіппінам радари берегового спостереження",
     "Уряд Японії безоплатно передасть збройним силам Філіппін п'ять радарів берегового спостереження в межах програми посилення безпекових спроможностей партнерів (OSA). Обладнання розмістять на західному узбережжі острова Лусон, звідки військові стежитимуть за ситуацією в Південнокитайському морі. Токіо також профінансує технічне обслуговування станцій упродовж трьох років. Китайське МЗС закликало не втягувати позарегіональні країни в суперечки в регіоні.",
     [MA],
     "Free transfer of coastal surveillance radars from Japan's government to the Philippine armed forces: military assistance."),
    ("uk-x6",
     "Україна та Португалія підписали безпекову угоду на десять років",
     "Президент України та прем'єр-міністр Португалії підписали в Лісабоні двосторонню угоду про співробітництво у сфері безпеки строком на десять років. Документ передбачає, що Португалія продовжить постачати Україні озброєння, зокрема морські безекіпажні апарати, та навчатиме українських військових на своїй території. Цього року Лісабон виділить на військову допомогу щонайменше 220 мільйонів євро. Це вже двадцять п'ята подібна угода, яку Київ уклав із партнерами.",
     [T, MA],
     "Bilateral security agreement signed (treaty); arms supplies and training of Ukrainian soldiers in Portugal (military_assistance, no troops sent)."),
    ("uk-x7",
     "Литва передала Україні генератори та медичне обладнання",
     "Литва відправила до України новий гуманітарний вантаж — понад сто генераторів, обладнання для лікарень та зимовий одяг для мешканців прифронтових громад. Вантаж зібрали муніципалітети та благодійні фонди за підтримки уряду. Міністр закордонних справ Литви підкреслив, що йдеться не про військовий пакет, а про допомогу цивільному населенню, яке залишилося без світла після атак на енергосистему. Генератори розподілять між лікарнями Харківщини та Сумщини.",
     [],
     "Near-miss for military_assistance: humanitarian aid explicitly described as not a military package."),
    ("uk-x8",
     "Британські військові інструктори навчатимуть молдовських саперів",
     "Велика Британія направить до Молдови групу з двадцяти військових інженерів, які впродовж пів року навчатимуть молдовських саперів розмінуванню та знешкодженню безпілотників. Британські фахівці працюватимуть на базі в Бульбоаці. Лондон також передасть Кишиневу комплекти захисного спорядження та металошукачі для армійських підрозділів. У Міноборони Молдови наголосили, що співпраця не суперечить нейтральному статусу країни, закріпленому в конституції.",
     [TR, MA],
     "British military trainers sent abroad (troops + military_assistance) plus equipment handed to Moldova's army (military_assistance)."),

    # ------------------------------------------------------------------ ar
    ("ar-x1",
     "تشاد تدفع بتعزيزات عسكرية إلى حدودها الشرقية",
     "أعلنت هيئة الأركان العامة للجيش التشادي الدفع بتعزيزات عسكرية كبيرة إلى المناطق المحاذية للحدود مع السودان، في أعقاب اشتباكات متقطعة قرب بلدة أدري. وأفاد مصدر عسكري بأن الرتل يضم مئات الجنود وعشرات المركبات المدرعة وقطع مدفعية، وسينتشر على امتداد الشريط الحدودي في ولاية وداي. وأكدت الحكومة في بيان أن الهدف هو تأمين الحدود ومنع تسلل الجماعات المسلحة، مشددة على أن تشاد لن تنجر إلى النزاع الدائر في الجارة الشرقية.",
     [TR],
     "Chad's army reinforcements sent to its own border: troops."),
    ("ar-x2",
     "موريتانيا والسنغال توقعان اتفاقية جديدة للصيد البحري",
     "وقعت موريتانيا والسنغال في نواكشوط اتفاقية جديدة للتعاون في مجال الصيد البحري تسمح لنحو 500 زورق سنغالي تقليدي بالصيد في المياه الموريتانية مقابل التزامات صارمة بحماية المخزون السمكي. وتنص الاتفاقية، التي تمتد خمس سنوات، على إنزال جزء من الكميات المصطادة في الموانئ الموريتانية وتشكيل لجنة مشتركة لمتابعة التنفيذ. وقال وزير الصيد الموريتاني إن الاتفاق يعكس عمق الروابط بين البلدين، فيما رحب صيادو سان لويس بالخطوة بعد أشهر من التوتر.",
     [T],
     "Fisheries agreement signed between two states: treaty."),
    ("ar-x3",
     "أرامكو توقع اتفاقية إطارية مع مجموعة صينية لتطوير مجمع تكرير",
     "وقعت شركة أرامكو السعودية اتفاقية إطارية مع مجموعة صينية للبتروكيماويات لتطوير مجمع تكرير متكامل في مقاطعة فوجيان بطاقة 300 ألف برميل يومياً. وبموجب الاتفاقية، ستورد أرامكو الجزء الأكبر من اللقيم من النفط الخام، وستحصل على حصة تبلغ 25 في المئة في المشروع. وقال نائب الرئيس التنفيذي لقطاع التكرير إن الصفقة تعزز حضور الشركة في أكبر سوق للطاقة في آسيا. ويتوقع أن يبدأ التشغيل التجريبي في عام 2027.",
     [],
     "Near-miss for treaty: 'اتفاقية' between companies, not states."),
    ("ar-x4",
     "تركيا تسلّم الجيش الصومالي دفعة جديدة من المدرعات",
     "تسلم الجيش الوطني الصومالي في مقديشو دفعة جديدة من العربات المدرعة وأجهزة الاتصال العسكرية مقدمة من الحكومة التركية، في إطار دعم أنقرة لجهود مكافحة حركة الشباب. وجرت مراسم التسليم بحضور قائد القوات البرية الصومالية والسفير التركي، الذي أكد أن بلاده ستواصل تعزيز قدرات الجيش الصومالي. وتشمل الشحنة أيضاً ذخائر وسترات واقية ومناظير ليلية، وفق ما ذكرته وكالة الأنباء الصومالية الرسمية.",
     [MA],
     "Armoured vehicles, ammunition and equipment handed by the Turkish government to Somalia's army: military assistance."),
    ("ar-x5",
     "فرقة كركلا تحيي عروضاً في الرياض ضمن موسم الفنون",
     "تحيي فرقة كركلا اللبنانية للرقص المسرحي سلسلة عروض في الرياض الشهر المقبل، ضمن فعاليات موسم الفنون الأدائية. ويشارك في العروض أكثر من ستين راقصاً وعازفاً، يقدمون عملاً جديداً يستلهم حكايات طريق الحرير. وقال مدير الفرقة إن التحضيرات استغرقت عاماً كاملاً، مشيراً إلى أن جيشاً من الفنيين يعمل خلف الكواليس على الإضاءة والأزياء. وتأتي الجولة بعد نجاح عروض الفرقة في الدوحة ومسقط العام الماضي.",
     [],
     "Near-miss for troops: 'فرقة' is a dance troupe here (not a military division), and 'جيش من الفنيين' is figurative."),
    ("ar-x6",
     "البرلمان الجيبوتي يصادق على اتفاقية وضع القوات مع إيطاليا",
     "صادقت الجمعية الوطنية في جيبوتي بالإجماع على اتفاقية جديدة مع إيطاليا تنظم الوضع القانوني للعسكريين الإيطاليين المتمركزين في القاعدة الإيطالية قرب العاصمة. وتسمح الاتفاقية لروما برفع عدد جنودها في البلاد إلى نحو 300 عسكري، في ظل تصاعد الهجمات على السفن في البحر الأحمر وخليج عدن. كما تحدد الاتفاقية قواعد الولاية القضائية والإعفاءات الضريبية واستخدام المجال الجوي. ومن المنتظر أن تدخل حيز التنفيذ فور تبادل وثائق التصديق.",
     [T, TR],
     "Ratification of a status-of-forces agreement (treaty) and Italian soldiers stationed in Djibouti, to be increased (troops)."),
    ("ar-x7",
     "مصر ترسل مدربين عسكريين إلى الصومال بموجب بروتوكول دفاعي",
     "بدأت طلائع البعثة العسكرية المصرية الوصول إلى مقديشو، تنفيذاً لبروتوكول التعاون الدفاعي الذي وقعه البلدان الصيف الماضي. وتضم البعثة ضباطاً وضباط صف سيتولون تدريب وحدات من الجيش الصومالي على مهام مكافحة الإرهاب وتأمين المنشآت. وذكرت مصادر صومالية أن طائرتين عسكريتين مصريتين حملتا أيضاً شحنات من الأسلحة الخفيفة والذخائر مخصصة للقوات الصومالية. وأثارت الخطوة انتقادات من أديس أبابا التي اعتبرتها تدخلاً يهدد استقرار المنطقة.",
     [T, TR, MA],
     "Existing defence protocol invoked (treaty); Egyptian military trainers sent abroad (troops + assistance); weapons delivered to Somali forces (military_assistance)."),
    ("ar-x8",
     "طائرة أردنية تنقل مساعدات إغاثية إلى درنة المنكوبة",
     "أقلعت من قاعدة ماركا الجوية طائرة تابعة لسلاح الجو الملكي الأردني محملة بأطنان من المساعدات الإغاثية إلى مدينة درنة الليبية التي تضررت من فيضانات عارمة. وتضم الشحنة خياماً وبطانيات ومواد غذائية وأدوية، جهزتها الهيئة الخيرية الأردنية الهاشمية. وأوضح بيان رسمي أن المساعدات إنسانية بحتة وستوزع عبر الهلال الأحمر الليبي، وأن الطائرة عادت إلى عمّان فور تفريغ حمولتها. وتعد هذه الرحلة الثانية من نوعها خلال أسبوع.",
     [],
     "Near-miss for military_assistance (and troops): humanitarian relief flown by an air force plane that returned at once; no deployment."),

    # ------------------------------------------------------------------ tr
    ("tr-x1",
     "Anadolu Ateşi Japonya turnesine çıkıyor",
     "Dünyaca ünlü dans topluluğu Anadolu Ateşi, Tokyo, Osaka ve Nagoya'yı kapsayan on iki gösterilik Japonya turnesine çıkıyor. 90 kişilik kadroyla sahneye çıkacak topluluk, yeni gösterisi 'Binbir Gece'yi ilk kez Asya'da seyirciyle buluşturacak. Topluluğun sanat yönetmeni, kulise kadar uzanan bir 'dansçı ordusu' ile yola çıktıklarını esprili bir dille anlattı. Organizatör firma, biletlerin yarısından fazlasının satışa çıktığı ilk gün tükendiğini açıkladı.",
     [],
     "Near-miss for troops: a dance troupe on tour with a figurative 'army of dancers'."),
    ("tr-x2",
     "Irak ile su alanında iş birliği anlaşması Meclis'ten geçti",
     "TBMM Genel Kurulu, Türkiye ile Irak arasında su yönetimi alanında imzalanan çerçeve anlaşmanın onaylanmasının uygun bulunduğuna dair kanun teklifini kabul etti. Anlaşma, Dicle ve Fırat havzasında ortak sulama projelerinin finansmanını, baraj işletmelerinde veri paylaşımını ve on yıl süreli bir ortak teknik komite kurulmasını öngörüyor. Dışişleri Komisyonu Başkanı, düzenlemenin iki ülke arasındaki su kaynaklı gerilimleri azaltacağını söyledi. Anlaşmanın Resmi Gazete'de yayımlanmasının ardından yürürlüğe girmesi bekleniyor.",
     [T],
     "Parliament approves ratification of an interstate water framework agreement: treaty."),
    ("tr-x3",
     "Macaristan Çad'a 200 asker gönderiyor",
     "Macaristan Parlamentosu, Çad'a yaklaşık 200 kişilik bir askeri birlik konuşlandırılmasını öngören hükümet kararını onayladı. Savunma Bakanlığı'ndan yapılan açıklamaya göre Macar askerleri, ülkenin doğusundaki göçmen kamplarının çevresinde güvenlik ve keşif görevi üstlenecek. İlk kafilenin yıl sonundan önce N'Djamena'ya ulaşması planlanıyor. Muhalefet ise görevin süresi ve maliyeti konusunda hükümetin yeterli bilgi vermediğini savundu.",
     [TR],
     "Hungarian soldiers to be deployed to Chad: troops. No training or equipment for Chad is described."),
    ("tr-x4",
     "ASELSAN'dan Endonezya'ya 120 milyon dolarlık ihracat sözleşmesi",
     "Savunma sanayii şirketi ASELSAN, Endonezya Savunma Bakanlığı ile yaklaşık 120 milyon dolar değerinde bir ihracat sözleşmesi imzaladığını Kamuyu Aydınlatma Platformu'na (KAP) bildirdi. Sözleşme kapsamında şirket, Endonezya Deniz Kuvvetleri'nin fırkateynleri için elektronik harp ve atış kontrol sistemleri tedarik edecek. Teslimatların 2025-2027 yılları arasında tamamlanması planlanıyor. Şirket hisseleri açıklamanın ardından Borsa İstanbul'da yüzde 4'ün üzerinde değer kazandı.",
     [],
     "Near-miss for treaty and military_assistance: a firm's export contract ('sözleşme') and Indonesia's own purchase."),
    ("tr-x5",
     "Türkiye'den Kenya ordusuna zırhlı araç hibesi",
     "Türkiye, Kenya Savunma Kuvvetleri'ne 20 adet mayına karşı korumalı zırhlı araç hibe etti. Nairobi'deki Kahawa kışlasında düzenlenen teslim töreninde konuşan Türkiye'nin Nairobi Büyükelçisi, araçların Somali sınırındaki terörle mücadele operasyonlarında kullanılacağını belirtti. Kenya Savunma Bakanı ise hibe için teşekkür ederek iki ülke arasındaki savunma iş birliğinin giderek derinleştiğini vurguladı. Araçlara ait yedek parça ve bakım desteğinin de Türk tarafınca iki yıl süreyle sağlanacağı bildirildi.",
     [MA],
     "Armoured vehicles granted ('hibe') by the Turkish state to Kenya's armed forces: military assistance."),
    ("tr-x6",
     "Türkiye ile Arnavutluk arasında askeri çerçeve anlaşması imzalandı",
     "Millî Savunma Bakanı ile Arnavut mevkidaşı, Tiran'da askeri çerçeve anlaşması ve nakdi yardım protokolü imzaladı. Anlaşma kapsamında Türkiye, Arnavut Silahlı Kuvvetleri'ne insansız hava aracı, gece görüş sistemleri ve haberleşme teçhizatı temin edecek; ayrıca Arnavut subaylar Türk harp okullarında eğitim görecek. Bakanlıktan yapılan açıklamada, protokolün iki NATO müttefiki arasındaki stratejik ortaklığı güçlendireceği ifade edildi. Anlaşmanın, Arnavutluk Parlamentosu'nun onayının ardından yürürlüğe girmesi bekleniyor.",
     [T, MA],
     "Interstate military framework agreement signed (treaty); equipment supplied and Albanian officers trained in Turkey (military_assistance only)."),
    ("tr-x7",
     "Yunanistan'daki orman yangınlarına Türkiye'den destek",
     "Orman Genel Müdürlüğü'ne ait iki yangın söndürme uçağı ve AFAD bünyesinde 60 kişilik bir arama kurtarma ekibi, Atina'nın kuzeyinde süren orman yangınlarıyla mücadeleye destek vermek amacıyla Yunanistan'a ulaştı. Ekipler, Yunan itfaiyesiyle koordineli olarak çalışacak; ekipte sağlık personeli ve itfaiyeciler de bulunuyor. Dışişleri Bakanlığı açıklamasında, insani yardım kapsamındaki desteğin iyi komşuluk anlayışının bir gereği olduğu vurgulandı. Yunan Sivil Koruma Bakanı da Ankara'ya teşekkür etti.",
     [],
     "Near-miss for troops and military_assistance: firefighters and rescuers sent abroad as humanitarian help."),
    ("tr-x8",
     "TSK eğitim heyeti Gambiya'ya intikal etti",
     "Türk Silahlı Kuvvetleri bünyesinden yaklaşık 40 kişilik bir eğitim ve danışmanlık heyeti, Gambiya ordusunun komando birliklerini yetiştirmek üzere Banjul'a intikal etti. MSB'nin haftalık basın bilgilendirmesinde, heyetin bir yıl boyunca ülkede kalacağı ve eğitimlerin Türkiye tarafından hibe edilen piyade tüfekleriyle yapılacağı belirtildi. Söz konusu tüfeklerin ilk partisi de heyetle birlikte Gambiya'ya teslim edildi. Yetkililer, faaliyetin Afrika ülkeleriyle savunma alanındaki kapasite geliştirme çalışmalarının bir parçası olduğunu kaydetti.",
     [TR, MA],
     "Turkish military trainers sent abroad (troops + military_assistance) and rifles granted to Gambia's army (military_assistance)."),

    # ------------------------------------------------------------------ zh
    ("zh-x1",
     "哈萨克斯坦与乌兹别克斯坦签署锡尔河水资源协定",
     "据哈萨克斯坦国际通讯社报道，哈萨克斯坦与乌兹别克斯坦两国政府日前在塔什干签署关于锡尔河跨界水资源联合管理与利用的政府间协定。协定规定了灌溉季节两国的取水配额，并设立联合委员会，定期交换水文数据。哈方水资源部长表示，协定将在两国完成国内批准程序后生效，有望缓解下游地区长期存在的缺水问题。",
     [T],
     "Intergovernmental transboundary water agreement signed: treaty."),
    ("zh-x2",
     "斐济再派一批维和官兵赴黎巴嫩",
     "斐济共和国军队日前宣布，将向联合国驻黎巴嫩临时部队增派一支约140人的步兵分队，首批官兵已于本周搭乘包机离开苏瓦。斐济军方发言人说，这批维和军人将在黎以边境一带执行巡逻和观察任务，任期为一年。斐济是太平洋岛国中派出维和人员最多的国家之一，其军人自1978年起参与联合国在黎巴嫩的行动。",
     [TR],
     "Fijian infantry peacekeepers deployed abroad: troops."),
    ("zh-x3",
     "中国杂技团赴蒙古国巡演",
     "应蒙古国文化部邀请，中国杂技团一行60余人日前抵达乌兰巴托，开始为期两周的巡回演出。演出团带来了《空中芭蕾》《顶碗》等经典节目，将在乌兰巴托、达尔汗等城市演出八场。首场演出座无虚席，当地“追星大军”早早在剧院门口排起长队。中国驻蒙古国大使出席首演并致辞。演出团还将走进当地学校，与蒙古国青年杂技演员开展交流。",
     [],
     "Near-miss for troops: an acrobatic troupe on tour and a figurative '大军' of fans."),
    ("zh-x4",
     "澳大利亚向巴布亚新几内亚移交新型巡逻艇",
     "澳大利亚国防部宣布，根据太平洋海上安全计划，澳方已在莫尔兹比港向巴布亚新几内亚国防军移交第五艘“守护者”级巡逻艇。该艇由澳方出资建造，澳方还将提供为期数年的维护保障和船员培训。澳国防工业部长在交接仪式上表示，此举将增强巴新保护专属经济区和打击非法捕鱼的能力。巴新国防部长对澳方的持续防务支持表示感谢。",
     [MA],
     "Patrol boat funded and handed over by Australia to PNG's defence force, with maintenance and training: military assistance."),
    ("zh-x5",
     "中国船企与泰国海军签署登陆舰建造合同",
     "中国船舶集团有限公司旗下一家船厂近日与泰国皇家海军签署合同，为其建造一艘船坞登陆舰。根据合同，该舰将于三年内交付，所需费用由泰国海军年度采购预算支付。泰国海军发言人表示，这是一次正常的商业采购，新舰将主要用于运输和救灾任务。船厂方面称，这是企业今年获得的最大一笔外贸订单。",
     [],
     "Near-miss for treaty and military_assistance: a shipyard's commercial contract and Thailand's own purchase."),
    ("zh-x6",
     "菲律宾参议院批准与日本的互惠准入协定",
     "菲律宾参议院以压倒性多数批准了菲日两国政府签署的《互惠准入协定》。该协定为日本自卫队人员赴菲参加联合训练、救灾等活动提供法律框架，涉及入境手续、司法管辖及武器弹药运输等问题。日本防卫省随后表示，计划在协定生效后派遣陆上自卫队部队赴吕宋岛，参加明年的“肩并肩”联合演习。",
     [T, TR],
     "Ratification of a visiting-forces agreement (treaty) and a planned deployment of Japanese ground troops to the Philippines (troops)."),
    ("zh-x7",
     "法国与科特迪瓦签署新防务合作条约",
     "法国与科特迪瓦在阿比让签署新的防务合作条约，取代1961年以来的相关协议。根据条约，法国驻科军事基地将移交科方管理，但约80名法国军人将继续留驻，主要负责培训科特迪瓦军队。法方还将向科方无偿提供侦察无人机和通信设备，以加强其北部边境的反恐能力。科特迪瓦国防部长称，这标志着两国军事关系进入“新阶段”。",
     [T, TR, MA],
     "New defence treaty signed (treaty); about 80 French soldiers stay stationed as trainers (troops + assistance); drones given free (military_assistance)."),
    ("zh-x8",
     "上海海港与巴西前锋达成转会协议",
     "上海海港足球俱乐部今日官方宣布，已与巴西圣保罗俱乐部就前锋卡洛斯·门德斯的转会达成协议，球员将签约三年。据悉，转会费约为800万美元。俱乐部表示，新援将在体检完成后随队出征亚冠联赛。主教练称，球队如今兵强马壮，有信心在新赛季冲击冠军。据悉，门德斯上赛季在巴西甲级联赛中打进14球，并两次入选最佳阵容。",
     [],
     "Near-miss for treaty and troops: a sports transfer agreement ('协议') and figurative military idioms ('出征', '兵强马壮')."),

    # ------------------------------------------------------------------ ja
    ("ja-x1",
     "劇団四季、初の台湾長期公演へ",
     "劇団四季は、ミュージカル「キャッツ」の台湾公演を来年春に台北で行うと発表した。同劇団が海外で本格的な長期公演を行うのは初めて。俳優やスタッフなど約120人の「大部隊」で現地入りし、約2か月にわたって上演する。チケットは年明けから販売される予定で、現地の熱心なファン軍団の間ですでに話題となっている。",
     [],
     "Near-miss for troops: a theatre company abroad described as a '大部隊', plus a figurative fan '軍団'."),
    ("ja-x2",
     "日比、物品役務相互提供協定に署名",
     "日本とフィリピンの両政府は12日、マニラで自衛隊とフィリピン軍の間で燃料や食料、輸送などを融通し合う物品役務相互提供協定（ACSA）に署名した。両国は既に円滑化協定を結んでおり、共同訓練の拡大に向けた法的基盤が一段と整うことになる。日本政府は今国会での承認を目指す。",
     [T],
     "Logistics-sharing agreement (ACSA) signed between two states: treaty. No deployment or aid is described."),
    ("ja-x3",
     "NZ軍、ソロモン諸島に部隊派遣 選挙前の治安維持で",
     "ニュージーランド政府は、南太平洋のソロモン諸島に国防軍の隊員約60人を派遣すると発表した。来月の総選挙を前に、現地警察の治安維持活動を後方で支えるのが任務で、オーストラリア軍の部隊とともに首都ホニアラを中心に展開する。派遣期間は約3か月を予定している。同国への部隊派遣は2021年の暴動以来となる。",
     [TR],
     "New Zealand Defence Force personnel deployed abroad: troops. Backing local police is not arms, equipment or training for a state's military."),
    ("ja-x4",
     "中央電機、労使協定で残業上限を引き下げ",
     "電機大手の中央電機は、労働組合と時間外労働に関する新たな労使協定（三六協定）を締結し、月間の残業上限を従来の45時間から30時間に引き下げた。違反があった部署には是正計画の提出を求める。同社は今春闘で基本給を月1万5000円引き上げることでも組合と合意しており、人材確保に向けて働き方改革を加速させる。",
     [],
     "Near-miss for treaty: '協定' here is a labour-management agreement inside a company."),
    ("ja-x5",
     "OSAでスリランカ海軍に警備艇供与へ",
     "政府は、同志国の軍などに防衛装備品を無償で提供する「政府安全保障能力強化支援（OSA）」の枠組みで、スリランカ海軍に沿岸警備艇2隻と関連機材を供与する方針を固めた。インド洋のシーレーン（海上交通路）の安全確保につなげる狙いがある。供与額は約10億円の見通しで、年内の閣議決定を目指す。",
     [MA],
     "Japan's government to give patrol boats to Sri Lanka's navy under OSA: military assistance."),
    ("ja-x6",
     "陸自隊員をパプアニューギニアに派遣 同国軍の施設部隊を指導",
     "防衛省は、能力構築支援事業の一環として、陸上自衛隊の隊員10人をパプアニューギニアに派遣すると発表した。隊員らは約1か月間、首都ポートモレスビー近郊で同国軍の施設部隊に対し、道路補修や重機操作の教育を行う。同国軍への支援は2015年から続いており、今回は軍楽隊の育成支援も併せて実施する。",
     [TR, MA],
     "Japanese ground force trainers sent abroad to train PNG's military: troops + military_assistance."),
    ("ja-x7",
     "防衛省、国産小型無人機を調達 国内2社と契約",
     "防衛省は、偵察用の小型無人機約300機を国内メーカー2社から調達する契約を結んだと発表した。総額は約40億円で、陸上自衛隊の普通科部隊などに順次配備する。一方、同省幹部はウクライナへの支援について「殺傷能力のある装備品の提供は行わず、発電機など非軍事分野に限る方針に変わりはない」と述べた。",
     [],
     "Near-miss for military_assistance: a state's own purchase from domestic firms, and support to Ukraine explicitly non-military."),
    ("ja-x8",
     "日英円滑化協定が発効 英軍部隊が初の来日訓練へ",
     "日英両政府が署名した円滑化協定（RAA）が発効した。部隊が相手国を訪れる際の入国手続きや刑事裁判権の扱いなどを定めたもので、英国陸軍は早速、約100人規模の部隊を日本に派遣し、今秋、陸上自衛隊と北海道で共同訓練を実施する予定だ。英軍部隊が同協定に基づき来日するのは初めてとなる。",
     [T, TR],
     "Reciprocal access agreement enters into force (treaty); British army unit to be sent to Japan (troops)."),

    # ------------------------------------------------------------------ ko
    ("ko-x1",
     "국회, 한-카자흐스탄 투자보장협정 개정안 비준동의",
     "국회는 28일 본회의를 열어 한국과 카자흐스탄 간 투자 증진 및 상호 보호에 관한 협정 개정안 비준동의안을 재석 의원 다수의 찬성으로 가결했다. 개정 협정은 양국 투자자가 상대국 정부의 부당한 조치로 피해를 볼 경우 국제중재를 통해 구제받을 수 있는 절차를 구체화하고, 핵심 광물 분야의 투자 보호 조항을 새로 담았다. 외교부는 카자흐스탄 측의 국내 절차가 마무리되는 대로 외교 공한을 교환해 협정을 발효시킬 계획이라고 밝혔다. 개정 협정이 발효되면 2000년대 초 체결된 기존 협정을 20여 년 만에 대체하게 된다.",
     [T],
     "Parliament consents to ratification of an interstate investment agreement: treaty."),
    ("ko-x2",
     "국립발레단, 유럽 4개 도시 순회공연 나선다",
     "국립발레단이 다음 달 프랑스 파리와 독일 베를린 등 유럽 4개 도시 순회공연에 나선다. 무용수와 스태프 등 80여 명으로 구성된 원정단은 '호두까기 인형'과 창작 발레 '왕자 호동'을 무대에 올린다. 발레단 측은 이번 공연을 위해 대규모 무대 장비를 선박으로 먼저 보냈다고 설명했다. 현지 교민과 한류 팬 '군단'도 공연장을 찾을 것으로 보여 벌써부터 예매 열기가 뜨겁다. 공연은 파리 샤틀레 극장에서 막을 올려 베를린과 빈, 프라하로 이어지며, 발레단 창단 이후 최대 규모의 해외 투어다.",
     [],
     "Near-miss for troops: a ballet company touring abroad ('원정단') and a figurative fan '군단'."),
    ("ko-x3",
     "청해부대 45진, 아덴만 향해 출항",
     "해군 청해부대 45진 왕건함이 2일 부산 작전기지에서 환송식을 갖고 아덴만으로 출항했다. 장병 300여 명으로 구성된 45진은 약 6개월간 소말리아 해역과 호르무즈 해협 일대에서 우리 선박 호송과 해적 퇴치 임무를 수행한다. 최근 홍해 일대에서 상선을 겨냥한 공격이 잇따르면서 합동참모본부는 파견 부대에 특수전 요원을 증원했다고 밝혔다. 44진은 임무를 마치고 다음 달 귀국할 예정이다. 왕건함에는 해상작전헬기 1대와 고속단정 3척이 탑재됐으며, 환송식에는 장병 가족 등 500여 명이 참석했다.",
     [TR],
     "A navy destroyer unit with 300 sailors deployed abroad: troops."),
    ("ko-x4",
     "베트남 해군 장교 30명, 국내서 잠수함 운용 위탁교육",
     "국방부는 베트남 해군 장교 30명이 진해 해군잠수함사령부에서 10주간 잠수함 운용과 정비 분야 위탁교육을 받는다고 밝혔다. 교육비와 체재비 전액은 한국 정부가 부담하며, 교육에는 한국 해군 교관과 예비역 전문가들이 참여한다. 국방부 관계자는 아세안 국가들과의 국방 협력을 강화하기 위한 교육 지원의 일환이라며 내년에는 필리핀과 인도네시아 장교들로 대상을 넓힐 계획이라고 말했다. 교육생들은 수료 후 자국 잠수함 부대에서 교관 요원으로 활동하게 되며, 한국 측은 교재와 시뮬레이터 교육 프로그램도 함께 제공한다.",
     [MA],
     "Foreign officers trained in Korea at Korea's expense: military_assistance only (trainees received at home)."),
    ("ko-x5",
     "현대로템, 폴란드 군비청과 K2 전차 2차 실행계약",
     "현대로템이 폴란드 군비청과 K2 전차 180대를 공급하는 2차 실행계약을 체결했다고 공시했다. 계약 규모는 약 9조 원으로 단일 방산 수출 계약으로는 역대 최대 수준이다. 이번 계약분 가운데 일부는 폴란드 현지 공장에서 생산되며, 폴란드 정부는 이를 자국 국방 예산으로 충당한다. 업계에서는 이번 계약으로 유럽 시장 추가 수주에도 탄력이 붙을 것으로 내다보고 있다. 1차 실행계약분 180대는 이미 대부분 인도가 끝났으며, 현대로템 주가는 공시 직후 장중 한때 7% 넘게 올랐다.",
     [],
     "Near-miss for treaty and military_assistance: a company's arms export contract and Poland's own purchase."),
    ("ko-x6",
     "정부, 필리핀에 퇴역 초계함 무상 양도…양여 협정 서명",
     "한국과 필리핀 정부가 퇴역한 해군 초계함 1척을 필리핀 해군에 무상으로 넘기는 내용의 군수품 무상 양여 협정에 서명했다. 이번에 양도되는 함정은 지난해 퇴역한 포항급 초계함으로, 한국 해군은 인도에 앞서 선체 정비를 마치고 필리핀 승조원들을 국내로 초청해 운용 교육도 실시할 예정이다. 필리핀 국방부는 남중국해에서의 해양 감시 능력이 크게 향상될 것이라며 사의를 표했다. 협정은 필리핀 상원의 동의 절차를 거쳐 발효된다. 포항급 초계함이 필리핀에 넘어가는 것은 이번이 두 번째다.",
     [T, MA],
     "Intergovernmental transfer agreement signed (treaty); free transfer of a corvette and crew training in Korea (military_assistance)."),
    ("ko-x7",
     "한미, 제12차 방위비분담특별협정 서명…주한미군 규모 유지",
     "한미 양국은 워싱턴에서 2026년부터 적용될 제12차 방위비분담특별협정(SMA)에 공식 서명했다. 협정에 따라 한국은 첫해 1조5천억 원대의 분담금을 부담하고 이후 물가상승률을 반영해 증액하게 된다. 양국은 공동성명에서 주한미군 약 2만8천500명의 현 병력 수준을 유지하기로 했으며, 미 육군은 내년 초 새 순환배치 여단을 한국에 보낼 예정이다. 정부는 국회 비준 동의 절차를 밟을 예정이다. 이번 협정의 유효기간은 2030년까지 5년이며, 미국 측은 분담금 집행의 투명성을 높이는 방안에도 동의했다.",
     [T, TR],
     "Cost-sharing agreement between states signed (treaty); US troops stationed in Korea and a new rotational brigade to be sent (troops)."),
    ("ko-x8",
     "정부, 강진 피해 네팔에 긴급구호대 파견",
     "정부는 규모 7.1의 강진이 발생한 네팔에 소방청 국제구조대원 등 60여 명으로 구성된 해외긴급구호대를 파견한다고 밝혔다. 구호대는 인명 구조견 4마리와 함께 전세기 편으로 카트만두에 도착해 붕괴 건물 수색에 나설 예정이다. 외교부는 이와 별도로 200만 달러 규모의 인도적 지원을 제공하고, 텐트와 의약품 등 구호물자도 보내기로 했다. 이번 파견에는 군 병력이 포함되지 않았다. 구호대는 약 2주간 현지에서 활동한 뒤 귀국할 예정이며, 정부는 피해 상황에 따라 추가 지원을 검토할 방침이다.",
     [],
     "Near-miss for troops and military_assistance: firefighters/rescuers sent abroad with humanitarian aid; explicitly no military personnel."),
]


def build():
    records = []
    for rid, title, body, rules, note in DATA:
        records.append({
            "id": rid,
            "language": rid.split("-")[0],
            "title": title,
            "body": body,
            "rules": list(rules),
            "kind": "positive" if rules else "near-miss",
            "note": note,
        })
    return records


def check(records):
    keys = {"id", "language", "title", "body", "rules", "kind", "note"}
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(records) == 8 * len(LANGS), len(records)
    for r in records:
        assert set(r) == keys, r["id"]
        for k in ("id", "language", "title", "body", "note", "kind"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-x"), r["id"]
        assert '"' not in r["title"], ("double quote in title", r["id"])
        assert isinstance(r["rules"], list), r["id"]
        assert all(x in RULES for x in r["rules"]), r["id"]
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert r["kind"] in ("positive", "near-miss"), r["id"]
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        n = len(r["body"])
        lo, hi = (120, 400) if r["language"] in ("zh", "ja") else (250, 800)
        assert lo <= n <= hi, ("body length", r["id"], n)
    for lang in LANGS:
        recs = [r for r in records if r["language"] == lang]
        assert sorted(r["id"] for r in recs) == sorted(
            "%s-x%d" % (lang, i) for i in range(1, 9)), lang
        pos = [r for r in recs if r["kind"] == "positive"]
        neg = [r for r in recs if r["kind"] == "near-miss"]
        assert len(pos) == 5 and len(neg) == 3, (lang, len(pos), len(neg))
        for rule in RULES:
            assert any(rule in r["rules"] for r in pos), (lang, rule)


def main():
    records = build()
    check(records)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check what was written
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    assert back == records
    check(back)
    counts = {rule: sum(rule in r["rules"] for r in back) for rule in sorted(RULES)}
    print("wrote %d records to %s" % (len(back), OUT))
    print("positives per rule:", counts)


if __name__ == "__main__":
    main()
