#!/usr/bin/env python3
"""Hand-labelled alert evaluation set, round 9, "east" part.

Languages: ru uk ar tr zh ja ko (8 articles each: 5 positives, 3 near-misses).
All articles are original and fictional; labels were assigned by reading.
Standard library only. Writes east.jsonl next to this script and checks it.
"""
import json
import os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "east.jsonl")

T, TR, MA = "treaty", "troops", "military_assistance"

ARTICLES = []


def _clean(body, lang):
    lines = [ln.strip() for ln in body.strip().splitlines()]
    if lang in ("zh", "ja"):
        return "".join(lines)  # no spaces between CJK source lines
    return " ".join(" ".join(lines).split())


def add(id_, title, rules, note, body):
    ARTICLES.append({
        "id": id_,
        "language": id_.split("-")[0],
        "title": title.strip(),
        "body": _clean(body, id_.split("-")[0]),
        "rules": list(rules),
        "kind": "positive" if rules else "near-miss",
        "note": note,
    })


# ---------------------------------------------------------------- Russian
add("ru-z1", "Астана и Бишкек ратифицировали соглашение о водах рек Чу и Талас", [T],
    "Intergovernmental water-sharing agreement ratified by both parliaments; no military content.",
    """Мажилис парламента Казахстана в среду одобрил межправительственное соглашение с Кыргызстаном
    о совместном управлении водными ресурсами бассейна рек Чу и Талас. Документ, подписанный главами
    правительств в марте, устанавливает квоты забора воды в вегетационный период и порядок компенсации
    затрат на содержание Орто-Токойского водохранилища. Кыргызская сторона ратифицировала соглашение
    ещё на прошлой неделе, поэтому оно вступит в силу после обмена ратификационными грамотами.
    Эксперты называют документ первым за двадцать лет шагом к снятию напряжённости вокруг поливной
    воды на юге двух стран.""")

add("ru-z2", "Труппа Мариинского театра высадила десант в Пекине", [],
    "Trap for troops: theatre troupe on tour described with figurative military words (десант, штурм); no soldiers.",
    """Более двухсот артистов балетной и оперной трупп Мариинского театра прибыли в Пекин, где в течение
    двух недель покажут «Лебединое озеро», «Спящую красавицу» и «Бориса Годунова». Гастрольный «десант»,
    как его назвали в дирекции театра, доставили в Китай тремя чартерными рейсами вместе с сорока тоннами
    декораций. Штурм китайской публики, по словам организаторов, уже увенчался успехом: билеты на все
    спектакли распроданы за сутки после начала продаж.""")

add("ru-z3", "Улан-Батор отправил новую смену миротворцев в Южный Судан", [TR],
    "Mongolian peacekeeping battalion deployed abroad (UN mission) = troops.",
    """Из аэропорта Чингисхаан в Улан-Баторе в понедельник вылетела первая группа из 850 монгольских
    военнослужащих, которые сменят контингент, несущий службу в составе миссии ООН в Южном Судане.
    Батальон будет дислоцирован в районе Бентиу, где отвечает за охрану лагеря для перемещённых лиц и
    сопровождение автоколонн. Как сообщило Минобороны Монголии, впервые в составе подразделения
    отправлены две роты, укомплектованные преимущественно женщинами-военнослужащими. Ротация
    завершится к середине месяца.""")

add("ru-z4", "Токио передаст Маниле радары береговой обороны", [T, MA],
    "Japan donates radars and boats to the Philippine navy (military assistance); exchange of notes bringing the reciprocal access agreement into force = treaty.",
    """Япония передаст вооружённым силам Филиппин пять радаров береговой обороны и несколько патрульных
    катеров в рамках программы официальной помощи в сфере безопасности (OSA), сообщил в Маниле министр
    обороны Гилберто Теодоро. Оборудование будет безвозмездно предоставлено ВМС Филиппин для наблюдения
    за акваторией Южно-Китайского моря. Одновременно стороны обменялись нотами о вступлении в силу
    соглашения о взаимном доступе, которое упрощает въезд японских и филиппинских военных на территорию
    друг друга для учений и совместных операций.""")

add("ru-z5", "Татнефть и турецкий шинный завод подписали семилетний договор о поставках каучука", [],
    "Trap for treaty: commercial supply contract and a port-terminal lease between companies, not states.",
    """Компания «Татнефть» и турецкий производитель шин Petlas заключили долгосрочный договор о поставках
    синтетического каучука, говорится в сообщении российской компании. Соглашение рассчитано на семь лет
    и предусматривает ежегодную отгрузку до 40 тысяч тонн сырья с завода в Нижнекамске. Кроме того,
    стороны подписали договор аренды складского терминала в порту Мерсин. Стоимость контракта не
    раскрывается, но аналитики оценивают его в сотни миллионов долларов.""")

add("ru-z6", "Венгерские военные инструкторы прибыли в Чад", [TR, MA],
    "Hungarian soldiers deployed to Chad to train the Chadian army and hand over equipment: trainers sent abroad = troops + military assistance.",
    """Первая группа венгерских военнослужащих прибыла в Нджамену, где им предстоит обучать подразделения
    армии Чада тактике борьбы с вооружёнными группировками в районе озера Чад. По данным министерства
    обороны Венгрии, миссия численностью до 200 человек будет размещена на базе в столице, а её основной
    задачей станет подготовка чадских офицеров и передача им средств связи и приборов ночного видения.
    Оппозиция в Будапеште раскритиковала решение, указав, что парламент одобрил отправку контингента
    без широкого обсуждения.""")

add("ru-z7", "Россия направила в Мьянму самолёт с гуманитарной помощью", [],
    "Trap for military_assistance/troops: humanitarian cargo and civil rescuers (отряд «Центроспас»); explicitly not military support.",
    """Самолёт Ил-76 МЧС России доставил в Мандалай 35 тонн гуманитарного груза для пострадавших от
    землетрясения: палатки, генераторы, медикаменты и продуктовые наборы. Вместе с грузом в Мьянму
    прибыла группа из 40 спасателей отряда «Центроспас» и кинологи с собаками. В посольстве подчеркнули,
    что речь идёт исключительно о гуманитарной помощи, а не о военной поддержке, и что груз будет
    передан местному Красному Кресту. Ранее аналогичную помощь пострадавшим регионам направили Индия
    и Китай.""")

add("ru-z8", "Осло приостановил часть договорённостей с Москвой по рыболовству в Баренцевом море", [T],
    "Norway suspends provisions of a bilateral fisheries agreement with Russia = treaty suspended.",
    """Норвегия объявила о приостановке действия ряда положений двустороннего соглашения с Россией о
    сотрудничестве в области рыболовства, действующего с 1975 года. Как заявили в министерстве торговли
    и рыболовства королевства, российским траулерам временно закрыт доступ в норвежскую экономическую
    зону у Шпицбергена до завершения консультаций в рамках Смешанной российско-норвежской комиссии.
    В Москве решение назвали нарушением международных обязательств и пригрозили ответными мерами.
    Квоты на треску на следующий год пока не согласованы.""")

# ---------------------------------------------------------------- Ukrainian
add("uk-z1", "Рада ратифікувала угоду з Молдовою про спільний контроль на кордоні", [T],
    "Intergovernmental border-control agreement ratified = treaty; border guards mentioned are not troops.",
    """Верховна Рада ратифікувала угоду між Кабінетом Міністрів України та урядом Республіки Молдова про
    спільний прикордонний і митний контроль у пунктах пропуску на спільному кордоні. За документ
    проголосували 312 народних депутатів. Угода передбачає, що прикордонники та митники обох держав
    перевірятимуть людей і вантажі в одному місці, що має скоротити черги на переходах «Паланка — Маяки
    — Удобне» та «Могилів-Подільський — Отач». Кишинів завершив внутрішньодержавні процедури ще навесні.""")

add("uk-z2", "Осло передасть Києву ще дві пускові установки NASAMS", [MA],
    "Norwegian government package of air-defence systems donated to Ukraine's forces = military assistance (bought from a firm by the state, then given).",
    """Норвегія ухвалила новий пакет оборонної підтримки України на суму 2,5 млрд крон, повідомило
    міністерство оборони королівства. До нього увійдуть дві пускові установки зенітного ракетного
    комплексу NASAMS, ракети до них, а також броньовані евакуаційні машини для медиків. Частину
    озброєння буде закуплено в норвезького виробника Kongsberg коштом уряду й безоплатно передано Силам
    оборони України. Міністр оборони Норвегії заявив, що перші поставки очікуються ще до кінця року,
    а решта — впродовж наступних шести місяців.""")

add("uk-z3", "Синьо-жовте військо висадилося в Мюнхені", [],
    "Trap for troops: football team and fans described as an army/fighters; purely figurative.",
    """Національна збірна України з футболу прибула до Мюнхена, де в суботу проведе відбірковий матч
    проти Німеччини. Разом із командою до Баварії вирушила й чимала армія вболівальників: за даними
    організаторів, українським фанатам продано понад дев'ять тисяч квитків. Головний тренер зазначив,
    що його «бійці» готові до важкої битви і що в таборі немає травмованих. Тренування на стадіоні
    відбудеться в п'ятницю ввечері, а після гри делегація одразу повернеться до Києва чартерним рейсом.""")

add("uk-z4", "До Литви прибули перші військові постійної бригади Бундесверу", [TR],
    "German brigade soldiers arriving and to be permanently stationed in Lithuania = troops.",
    """Передова група німецької 45-ї танкової бригади — близько двохсот військовослужбовців — прибула до
    Вільнюса, звідки вирушить до полігону в Рудніках. Як повідомило литовське міністерство оборони, до
    2027 року в країні на постійній основі буде розміщено близько п'яти тисяч німецьких солдатів. Це
    перше постійне розгортання бойового з'єднання Бундесверу за кордоном від часів Другої світової війни.
    Литва власним коштом зводить для бригади казарми, житло для родин та школу.""")

add("uk-z5", "Японія надасть Україні ще 500 мільйонів доларів на відбудову енергетики", [],
    "Trap for military_assistance: financial/reconstruction aid, explicitly no weapons.",
    """Уряд Японії оголосив про новий транш фінансової підтримки України обсягом 500 мільйонів доларів,
    спрямований на відновлення зруйнованих ударами теплоелектростанцій та підстанцій. Кошти надійдуть
    через механізм Світового банку. У посольстві наголосили, що Токіо, зважаючи на власні конституційні
    обмеження, не постачає летальної зброї, тож пакет має винятково цивільне призначення: трансформатори,
    газотурбінні установки та мобільні котельні. Японські компанії також долучаться до ремонту мереж у
    Харківській області.""")

add("uk-z6", "Україна та Португалія підписали безпекову угоду на десять років", [T, MA],
    "Bilateral security agreement signed between states (treaty) committing Portugal to yearly military aid, training of Ukrainian pilots, drones and ammunition (military assistance).",
    """Президент України та прем'єр-міністр Португалії підписали в Лісабоні двосторонню угоду про
    співробітництво у сфері безпеки строком на десять років. Документ закріплює зобов'язання Португалії
    щороку надавати Україні військову допомогу, зокрема навчати українських пілотів і техніків,
    постачати безекіпажні катери та боєприпаси до артилерії. Окремий розділ стосується спільного
    виробництва морських дронів і розмінування. Угода стала двадцять восьмою подібною домовленістю,
    укладеною Києвом з партнерами.""")

add("uk-z7", "Український виробник і чеська Excalibur Army створять спільне підприємство зі снарядів", [],
    "Trap for treaty and military_assistance: a commercial joint venture between companies; the Ukrainian ministry only buys (own purchase).",
    """Приватна українська компанія «Бастіон-Інжиніринг» та чеська Excalibur Army підписали угоду про
    створення спільного підприємства з виробництва 155-міліметрових артилерійських снарядів. Договір
    передбачає, що перші лінії запрацюють у Чехії, а згодом частину виробництва перенесуть в Україну.
    Фінансові умови сторони не розкривають. Представники компаній наголосили, що йдеться про суто
    комерційний проєкт, а продукцію продаватимуть за контрактами з покупцями, зокрема з Міністерством
    оборони України.""")

add("uk-z8", "Естонія відрядить військових інструкторів до Молдови", [TR, MA],
    "Estonian military instructors to be stationed in Moldova to train its army plus donated EW and demining gear: trainers abroad = troops + military assistance.",
    """Уряд Естонії схвалив направлення до Молдови групи з двадцяти кадрових військових, які впродовж
    року навчатимуть підрозділи Національної армії Молдови розмінуванню та захисту від безпілотників.
    Естонські інструктори будуть розміщені на базі в Булбоаці поблизу Кишинева. Окрім навчання, Таллінн
    безоплатно передасть молдовським військовим засоби радіоелектронної боротьби та комплект обладнання
    для саперів. Рішення має ще затвердити Рійгікогу, але більшість фракцій уже висловила підтримку.""")

# ---------------------------------------------------------------- Arabic
add("ar-z1", "فرقة كركلا تحط رحالها في باريس بعرض ملحمي جديد", [],
    "Trap for troops: 'فرقة' here is a dance troupe and 'جيش صغير' of technicians is figurative.",
    """تنطلق مساء الجمعة على خشبة مسرح شاتليه في باريس عروض فرقة كركلا اللبنانية للرقص المسرحي، في
    جولة أوروبية تشمل ست مدن. ويشارك في العرض أكثر من ستين راقصاً وراقصة يقدمون لوحات مستوحاة من
    تاريخ بلاد الشام، بمصاحبة فرقة موسيقية حية. وقالت مديرة الفرقة إن «جيشاً صغيراً» من الفنيين
    والخياطين عمل طوال عام كامل على تجهيز الأزياء والديكورات، مؤكدة أن الجولة ستنتقل لاحقاً إلى لندن
    ومدريد.""")

add("ar-z2", "الأردن وسوريا يوقعان اتفاقية جديدة لتقاسم مياه اليرموك", [T],
    "Interstate water-sharing agreement signed, replacing a 1987 accord, pending ratification = treaty.",
    """وقّع وزيرا المياه في الأردن وسوريا في عمّان اتفاقية جديدة تنظّم تقاسم مياه حوض نهر اليرموك، تحل
    محل الاتفاق المبرم بين البلدين عام 1987. وتنص الاتفاقية على إنشاء لجنة فنية مشتركة لمراقبة
    التدفقات، وتحديد حصص التخزين في سد الوحدة، وتبادل البيانات المائية بشكل شهري. وقال الوزير الأردني
    إن الوثيقة ستُحال إلى مجلس النواب للمصادقة عليها قبل دخولها حيز التنفيذ، مشيراً إلى أن المملكة
    عانت لسنوات من تراجع الكميات الواردة إلى السد.""")

add("ar-z3", "موريتانيا تنشر كتيبة جديدة في أفريقيا الوسطى", [TR],
    "Mauritanian battalion deployed abroad with a UN mission = troops.",
    """غادرت نواكشوط صباح الأحد الدفعة الأولى من كتيبة موريتانية قوامها 450 جندياً متجهة إلى جمهورية
    أفريقيا الوسطى، للالتحاق ببعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار هناك.
    وأوضحت قيادة الأركان العامة للجيوش أن الوحدة ستتمركز في منطقة بامباري لتأمين الطرق وحماية المدنيين،
    خلفاً للكتيبة التي أنهت مهمتها بعد عام كامل. وأشرف قائد الأركان على مراسم التوديع في القاعدة
    الجوية، داعياً العسكريين إلى التحلي بالانضباط واحترام السكان المحليين.""")

add("ar-z4", "طائرة عسكرية جزائرية تنقل مساعدات إنسانية إلى المتضررين من السيول في ليبيا", [],
    "Trap for military_assistance/troops: humanitarian cargo flown by an air force plane that returned at once; civil-protection rescuers are not troops.",
    """حطّت في مطار بنينا ببنغازي طائرة نقل تابعة للقوات الجوية الجزائرية محمّلة بأكثر من 30 طناً من
    المساعدات الإنسانية، تشمل أغذية وأدوية وخياماً وأغطية، لفائدة المتضررين من السيول التي ضربت شرق
    ليبيا. ورافق الشحنة فريق من أعوان الحماية المدنية مختص في البحث والإنقاذ. وأكدت السفارة الجزائرية
    أن الطائرة عادت إلى قاعدتها فور تفريغ حمولتها، وأن جسراً جوياً إنسانياً سيستمر خلال الأيام المقبلة
    بالتنسيق مع الهلال الأحمر الليبي.""")

add("ar-z5", "قطر تقدّم 80 آلية عسكرية مدرعة للجيش اللبناني", [MA],
    "Armoured vehicles and communications gear donated by Qatar to the Lebanese army = military assistance.",
    """تسلّم الجيش اللبناني في مرفأ بيروت دفعة من 80 آلية عسكرية مدرعة مقدمة هبةً من دولة قطر، في إطار
    برنامج الدعم الذي تقدمه الدوحة للمؤسسة العسكرية. وحضر مراسم التسليم قائد الجيش والسفير القطري،
    الذي أكد أن بلاده ستواصل مساندة الجيش لتعزيز قدراته في حفظ الأمن والاستقرار. وأفادت قيادة الجيش
    بأن الشحنة تشمل أيضاً قطع غيار ومعدات اتصال، على أن تصل دفعة ثانية مطلع العام المقبل.""")

add("ar-z6", "البرلمان العراقي يناقش اتفاق انسحاب قوات التحالف", [T, TR],
    "Iraq-US agreement on ending the coalition mission and the 2008 Strategic Framework Agreement discussed (treaty); withdrawal of foreign troops (troops).",
    """عقد مجلس النواب العراقي جلسة خاصة لمناقشة الاتفاق الموقع مع الولايات المتحدة بشأن إنهاء مهمة
    التحالف الدولي، والذي يقضي بانسحاب القوات الأجنبية من قاعدة عين الأسد ومطار بغداد على مرحلتين.
    وطالب نواب بإعادة النظر في اتفاقية الإطار الاستراتيجي لعام 2008 بما يضمن عدم بقاء أي جندي أجنبي
    بعد الموعد المحدد، فيما أكد مستشار رئيس الوزراء أن نحو ألفي عسكري أمريكي سيغادرون البلاد قبل
    نهاية أيلول، على أن ينتقل الباقون إلى إقليم كردستان.""")

add("ar-z7", "الهلال يوقّع عقداً لثلاثة مواسم مع مهاجم برازيلي", [],
    "Trap for treaty: professional football contract and a club-to-club transfer deal; 'معسكر' is a training camp.",
    """أعلن نادي الهلال السعودي توقيع عقد احترافي لمدة ثلاثة مواسم مع المهاجم البرازيلي ريناتو سيلفا،
    القادم من نادي فلامنغو مقابل 40 مليون يورو. وأوضح النادي في بيان أن الاتفاق مع النادي البرازيلي
    يتضمن بنداً يمنحه نسبة من قيمة أي انتقال مستقبلي، إضافة إلى شرط جزائي مرتفع. ومن المنتظر أن ينضم
    اللاعب إلى معسكر الفريق في النمسا الأسبوع المقبل، بعد اجتياز الفحص الطبي وإتمام إجراءات التسجيل
    لدى الاتحاد السعودي لكرة القدم.""")

add("ar-z8", "بعثة عسكرية مصرية تبدأ تدريب وحدات من الجيش الصومالي", [T, TR, MA],
    "Egyptian military trainers arrive in Somalia (troops + military assistance) under a bilateral defence cooperation protocol that also pledges arms (treaty invoked).",
    """وصلت إلى مقديشو طلائع بعثة عسكرية مصرية تضم ضباطاً وضباط صف متخصصين، للشروع في تدريب وحدات من
    الجيش الوطني الصومالي على مكافحة الإرهاب وتأمين السواحل. ويأتي ذلك تنفيذاً لبروتوكول التعاون
    الدفاعي الذي وقعه البلدان العام الماضي، والذي تعهدت القاهرة بموجبه أيضاً بتزويد الجيش الصومالي
    بذخائر وأسلحة خفيفة ومعدات رؤية ليلية. وقالت وزارة الدفاع الصومالية إن البرنامج يستمر ستة أشهر
    قابلة للتجديد.""")

# ---------------------------------------------------------------- Turkish
add("tr-z1", "Kosova'ya yeni Mehmetçik birliği gönderiliyor", [TR],
    "Turkish commando battalion sent to Kosovo under KFOR = troops; naming NATO is not a treaty.",
    """Milli Savunma Bakanlığı, NATO'nun Kosova Barış Gücü (KFOR) kapsamında bölgeye ilave bir komando
    taburu gönderileceğini açıkladı. Haftalık basın bilgilendirmesinde konuşan bakanlık sözcüsü, yaklaşık
    500 personelden oluşan birliğin önümüzdeki hafta Priştine'ye intikal edeceğini ve kuzeydeki gerginlik
    nedeniyle Mitroviça çevresinde görev yapacağını belirtti. Böylece bölgedeki Türk askeri sayısı bine
    yaklaşacak. Sözcü, birliğin görev süresinin altı ay olduğunu ve ihtiyaç halinde uzatılabileceğini
    ekledi.""")

add("tr-z2", "THY, Airbus ile 50 uçaklık kesin sipariş anlaşması imzaladı", [],
    "Trap for treaty: company purchase agreement and a lease with the airports authority; no interstate agreement.",
    """Türk Hava Yolları, Airbus ile 50 adet A321neo uçağının alımı için kesin sipariş anlaşması
    imzaladığını Kamuyu Aydınlatma Platformu'na bildirdi. Açıklamaya göre uçakların teslimatı 2027-2030
    yılları arasında yapılacak; anlaşmada 25 uçaklık ek opsiyon hakkı da bulunuyor. Şirket ayrıca
    İstanbul Havalimanı'ndaki yeni teknik hangar için DHMİ ile 25 yıllık kira sözleşmesi imzaladı.
    Analistler, siparişin liste fiyatları üzerinden yaklaşık 6 milyar dolar değerinde olduğunu
    hesaplıyor.""")

add("tr-z3", "Nahçıvan su anlaşması TBMM Genel Kurulu'nda kabul edildi", [T],
    "Turkey-Azerbaijan intergovernmental water agreement approved by parliament = treaty.",
    """Türkiye ile Azerbaycan arasında imzalanan ve Iğdır'dan Nahçıvan'a içme ve sulama suyu taşınmasını
    öngören hükümetlerarası anlaşmanın onaylanmasının uygun bulunduğuna dair kanun teklifi TBMM Genel
    Kurulu'nda kabul edildi. Anlaşmaya göre Aras Nehri üzerindeki bir regülatörden yılda 60 milyon
    metreküp su Nahçıvan Özerk Cumhuriyeti'ne aktarılacak, işletme ve bakım giderleri iki ülke arasında
    paylaştırılacak. Dışişleri Komisyonu Başkanı, metnin Bakü'de de meclis onayından geçmesinin ardından
    yürürlüğe gireceğini söyledi.""")

add("tr-z4", "Gambiyalı subaylar Türkiye'de eğitimlerini tamamladı", [MA],
    "Foreign officers trained in Turkey at Turkey's expense plus donated military vehicles = military assistance only (trainees received at home, no deployment).",
    """Türk Silahlı Kuvvetleri tarafından yürütülen askeri eğitim programına katılan 46 Gambiyalı subay
    ve astsubay, Ankara'da düzenlenen törenle mezun oldu. Altı ay süren programda katılımcılara piyade
    taktikleri, lojistik yönetimi ve barış gücü operasyonları konusunda eğitim verildi. Milli Savunma
    Bakanlığından yapılan açıklamada, eğitimin tüm masraflarının Türkiye tarafından karşılandığı, ayrıca
    Gambiya Silahlı Kuvvetlerine hibe edilen 30 askeri aracın önümüzdeki ay Banjul'a ulaştırılacağı
    bildirildi.""")

add("tr-z5", "Anadolu Ateşi Tokyo'yu fethetti", [],
    "Trap for troops: dance company on tour compared to an army ('bir ordu gibi', 'fethetti'); no soldiers.",
    """Dünyaca ünlü dans topluluğu Anadolu Ateşi, Japonya turnesinin ilk gösterisini Tokyo'daki Kokusai
    Forum'da sahneledi. Yüz yirmi kişilik dev kadrosuyla adeta bir ordu gibi sahneye çıkan topluluk,
    Anadolu'nun farklı yörelerinden halk danslarını modern koreografiyle harmanlayan gösterisiyle salonu
    dolduran 5 bin izleyiciden ayakta alkış aldı. Topluluğun genel sanat yönetmeni, turnenin Osaka,
    Nagoya ve Fukuoka ile devam edeceğini, ardından ekibin Güney Kore'ye geçeceğini söyledi.""")

add("tr-z6", "Libya tezkeresi Meclis'ten geçti: Türk askerinin görev süresi 24 ay uzatıldı", [T, TR],
    "Mandate extending Turkish forces' presence in Libya (troops) explicitly references the 2019 security memorandum with Libya (treaty invoked).",
    """Türk Silahlı Kuvvetlerinin Libya'da bulunma süresini 24 ay uzatan Cumhurbaşkanlığı tezkeresi TBMM
    Genel Kurulu'nda kabul edildi. Tezkerede, Libya Ulusal Birlik Hükümeti ile 2019'da imzalanan Güvenlik
    ve Askeri İşbirliği Mutabakat Muhtırası'na atıf yapılarak, ülkedeki Türk unsurlarının görevini
    sürdüreceği belirtildi. Muhalefet partileri ise Libya'daki askeri varlığın maliyetine ilişkin bilgi
    verilmesini istedi.""")

add("tr-z7", "Otokar'dan Malezya'ya 80 zırhlı araçlık ihracat", [],
    "Trap for military_assistance and treaty: arms export sold by a firm to a foreign firm under a commercial contract; explicitly no state grant.",
    """Türk savunma sanayii şirketi Otokar, Malezya merkezli bir savunma firmasıyla 80 adet zırhlı aracın
    satışı ve yerel montajı için ihracat sözleşmesi imzaladı. Şirketin borsaya yaptığı açıklamaya göre
    sözleşme bedeli yaklaşık 210 milyon dolar olup, araçların bir bölümü Sakarya'daki fabrikada
    üretilecek. Sektör temsilcileri, satışın tamamen ticari nitelikte olduğunu ve herhangi bir devlet
    hibesi ya da askeri yardım içermediğini vurguladı. Otokar hisseleri haberin ardından yüzde 6
    yükseldi.""")

add("tr-z8", "Türkiye'den Bosna-Hersek Silahlı Kuvvetlerine askeri malzeme hibesi", [MA],
    "Turkey donates military equipment to Bosnia and Herzegovina's armed forces = military assistance.",
    """Türkiye, Bosna-Hersek Silahlı Kuvvetlerine 12 milyon avro değerinde askeri malzeme hibe etti.
    Saraybosna'daki Rajlovac kışlasında düzenlenen teslim töreninde konuşan Türkiye'nin Saraybosna
    Büyükelçisi, paketin arazi araçları, kişisel koruyucu teçhizat, mayın tespit cihazları ve haberleşme
    sistemlerinden oluştuğunu söyledi. Bosna-Hersek Savunma Bakanı ise yardımın ordunun modernizasyon
    sürecine önemli katkı sağlayacağını vurguladı.""")

# ---------------------------------------------------------------- Chinese
add("zh-z1", "中方向柬埔寨皇家军队移交一批军援物资", [MA],
    "Chinese military equipment donated to the Cambodian army = military assistance; the handover certificate is not a treaty.",
    """中国援助柬埔寨皇家军队的一批军事装备物资交接仪式日前在金边举行。中国驻柬埔寨使馆国防武官与
    柬国防部官员签署了交接证书。此批物资包括越野运输车、野战炊事车、单兵防护装备和医疗器材等。
    柬方表示，这批援助将有效提升柬军后勤保障能力，感谢中方长期以来的无私支持。据悉，这是今年以来中方向柬方移交的第二批军援物资。""")

add("zh-z2", "剧组大部队进驻敦煌 古装战争大片正式开机", [],
    "Trap for troops: '大部队' is colloquial for the film crew; soldiers are costumed extras.",
    """由知名导演执导的古装战争大片《玉门关》日前在甘肃敦煌正式开机。据片方介绍，剧组大部队已于上周
    进驻敦煌影视城，包括演员、群众演员和幕后工作人员在内共计一千二百余人。影片将在戈壁滩上再现唐代
    边关将士戍边的场景，仅拍摄攻城戏就动用了八百名身着铠甲的群演。该片预计明年暑期上映。""")

add("zh-z3", "老挝与柬埔寨签署湄公河边境水域渔业合作协定", [T],
    "Intergovernmental fisheries agreement signed, pending ratification = treaty.",
    """据老挝通讯社报道，老挝与柬埔寨两国政府日前在万象签署《湄公河边境水域渔业资源养护与合作协定》。
    协定规定，双方每年5月至7月在上丁至孔埠段江面实行联合禁渔，并设立联合巡护机制，共同打击电鱼、
    炸鱼等非法捕捞行为。老挝农林部官员表示，该协定还需经两国国会批准后方可生效，其宗旨是保护濒危的
    伊洛瓦底江豚。""")

add("zh-z4", "中国第二十三批赴黎维和部队出征", [TR],
    "Chinese peacekeeping engineer contingent deployed to Lebanon = troops.",
    """中国第二十三批赴黎巴嫩维和部队410名官兵日前分两批从郑州新郑国际机场启程，前往黎巴嫩南部执行
    为期一年的联合国维和任务。这支部队由多功能工兵分队和建筑工兵分队组成，抵达任务区后将接替上一批
    官兵，承担扫雷排爆、道路修缮和营地建设等任务。出征仪式上，官兵们表示将严守纪律，圆满完成任务。""")

add("zh-z5", "宁德时代与匈牙利企业签署长期供货协议", [],
    "Trap for treaty: supply agreement and factory lease between companies.",
    """宁德时代日前发布公告称，公司与匈牙利一家汽车零部件企业签署为期五年的动力电池长期供货协议，
    预计总金额超过20亿欧元。根据协议，电池将由宁德时代位于德布勒森的工厂生产供应。此外，公司还与
    当地一家工业园运营商签订了厂房租赁合同。业内人士认为，此举有助于企业进一步拓展欧洲市场。""")

add("zh-z6", "日菲互惠准入协定生效 日本自卫队首次赴菲参加联演", [T, TR],
    "Japan-Philippines Reciprocal Access Agreement enters into force (treaty); Japanese ground troops sent to the Philippines for an exercise (troops; exercise alone is not assistance).",
    """日本与菲律宾签署的《互惠准入协定》于本月正式生效。根据该协定，两国军队可更便捷地进入对方领土
    开展训练与联合行动。协定生效后不久，日本陆上自卫队约三百名官兵即抵达菲律宾吕宋岛，首次以正式
    参演方身份参加美菲“肩并肩”年度联合军演。分析人士认为，此举标志着日菲防务合作迈上新台阶。""")

add("zh-z7", "印度向莫桑比克派遣军事培训小组并移交拦截艇", [TR, MA],
    "Indian army training team sent to Mozambique and boats/vehicles handed over free: trainers abroad = troops + military assistance.",
    """据印度国防部消息，印度陆军一支由二十余名官兵组成的培训小组日前抵达莫桑比克首都马普托，将在
    当地为莫桑比克武装部队开展为期三个月的反叛乱作战与野战医疗培训。与此同时，印方还向莫方无偿移交
    两艘快速拦截艇和一批防弹车辆，以支持其在北部德尔加杜角省的安全行动。莫桑比克国防部长出席了移交仪式并对印方表示感谢。""")

add("zh-z8", "中方向斐济警方援助一批警用装备", [],
    "Trap for military_assistance/troops: police equipment and police trainers for a police force ('警察部队'); police are not military.",
    """中国援助斐济警察部队的一批警用装备交接仪式日前在苏瓦举行。此批装备包括警用摩托车、执法记录仪、
    防暴头盔和对讲机等。中国公安部还将派出警务专家赴斐济，为当地警员开展为期两周的交通管理培训。
    斐济警察总监表示，这批物资将提升斐济警方维护社会治安的能力。据了解，中方此前已多次向太平洋岛国警方提供装备和培训支持。""")

# ---------------------------------------------------------------- Japanese
add("ja-z1", "護衛艦たかなみ、中東へ出港 日本関係船舶の安全確保", [TR],
    "Japanese destroyer with about 200 crew deployed to Middle East waters = troops (warship deployed abroad).",
    """海上自衛隊の護衛艦「たかなみ」が横須賀基地を出港し、中東海域での情報収集活動に向かった。約200人
    の隊員が乗り込み、オマーン湾やアラビア海北部で約4カ月間、日本関係船舶の航行の安全確保に必要な情報
    を集める。岸壁では家族らが手を振って見送った。防衛相は訓示で「緊張が高まる中での任務となる」と
    述べた。""")

add("ja-z2", "日比、物品役務相互提供協定に署名 自衛隊と比軍が燃料など融通", [T],
    "Japan-Philippines ACSA (logistics-sharing agreement) signed = treaty; no aid or deployment.",
    """日本とフィリピン両政府は、自衛隊とフィリピン軍の間で食料や燃料、輸送などを相互に融通する物品役務
    相互提供協定（ACSA）に署名した。マニラで外相同士が署名文書を交わした。共同訓練や災害救援の際の
    後方支援を円滑にする狙いがある。日本政府は今国会に承認案を提出し、年内の発効を目指す。日本が
    ACSAを結ぶのは8カ国目となる。""")

add("ja-z3", "運送大手、労使協定違反で是正勧告 長時間労働が常態化", [],
    "Trap for treaty: '36協定' is a labour-management (employment) agreement inside a company.",
    """大手運送会社の物流センターで、時間外労働に関する労使協定（36協定）で定めた上限を超える残業が
    常態化していたとして、労働基準監督署が是正勧告を出したことが分かった。ドライバーや倉庫作業員ら
    約150人が対象で、月100時間を超えるケースもあった。同社は「協定の運用に不備があった」として、
    再発防止策を講じるとしている。""")

add("ja-z4", "OSAでマレーシア海軍に警戒監視用ドローン供与へ", [T, MA],
    "Japan to donate surveillance drones and rescue boats to the Malaysian navy under OSA (military assistance); an exchange of notes between governments is planned (treaty being negotiated).",
    """政府は、同志国の軍などに防衛装備品を無償で提供する「政府安全保障能力強化支援（OSA）」の枠組みで、
    マレーシア海軍に警戒監視用の無人航空機や救難艇を供与する方針を固めた。供与額は約4億円。南シナ海
    での監視能力を高めるのが狙いで、年度内に両政府が交換公文を交わす見通し。マレーシアへの供与は初めてで、フィリピンなどに続く4カ国目となる。""")

add("ja-z5", "ボリショイサーカス一座が来日 全国20都市を巡業", [],
    "Trap for troops: a circus troupe on tour, called an 'elite unit' figuratively.",
    """ロシアの名門ボリショイサーカスの一座が来日し、東京・有明で日本公演の初日を迎えた。団員約60人が
    空中ブランコや熊の曲芸を披露し、満員の観客を沸かせた。一座は今後、大阪や札幌など全国20都市を約
    3カ月かけて巡業する。団長は「日本の観客は世界一温かい。今回は選び抜いた精鋭部隊で来た」と語った。""")

add("ja-z6", "在沖縄海兵隊のグアム移転、12月に開始 日米が確認", [T, TR],
    "Relocation of stationed US Marines from Okinawa to Guam (troops) carried out under the 2009 Japan-US Guam relocation agreement (treaty invoked).",
    """日米両政府は、沖縄に駐留する米海兵隊のうち約4千人をグアムへ移す計画について、第一陣約100人の
    移転を12月に開始することを確認した。移転は2009年に両国が署名した在沖縄海兵隊のグアム移転に係る
    協定に基づくもので、日本側は経費の一部を負担する。沖縄県知事は「負担軽減の第一歩だが、規模は
    不十分だ」とコメントした。""")

add("ja-z7", "防衛省、地対艦誘導弾の量産で三菱重工と契約", [],
    "Trap for military_assistance/treaty: the state's own procurement contract with a domestic firm.",
    """防衛省は、12式地対艦誘導弾の能力向上型の量産について、三菱重工業と総額約3千億円の調達契約を
    結んだと発表した。自衛隊の反撃能力を担う装備で、納入は2027年度から始まる予定。防衛省幹部は
    「国内の防衛産業基盤の強化にもつながる」と話した。同型ミサイルの調達は2年連続で、今回の契約で量産単価の引き下げも見込んでいる。""")

add("ja-z8", "陸自、ベトナムに教官派遣 PKO工兵要員を訓練", [TR, MA],
    "Japanese GSDF instructors sent to Vietnam to train its army engineers, with donated equipment: trainers abroad = troops + military assistance.",
    """防衛省は、国連平和維持活動（PKO）に参加するベトナム軍の工兵要員を訓練するため、陸上自衛隊の
    教官約20人をハノイに派遣すると発表した。能力構築支援事業の一環で、教官団は約1カ月間、重機の
    操作や道路補修の技術を指導する。あわせて訓練用の油圧ショベルなどの機材も贈呈する。""")

# ---------------------------------------------------------------- Korean
add("ko-z1", "동명부대 31진, 레바논으로 출국", [TR],
    "South Korean UNIFIL unit deployed to Lebanon = troops; civil-military support to residents is not military assistance.",
    """유엔 레바논 평화유지군(UNIFIL)으로 활동할 동명부대 31진 장병 280여 명이 인천국제공항을 통해
    레바논으로 출국했다. 합동참모본부에 따르면 이번 31진은 레바논 남부 티르 지역에 주둔하며 약 8개월간
    감시·정찰 활동과 현지 주민을 위한 의료·교육 지원 등 민군작전을 수행한다. 본진은 두 차례에 나눠
    출국하며, 임무를 마친 30진 장병들은 다음 달 초 귀국할 예정이다. 동명부대는 2007년 첫 파병 이후 누적 1만여 명의 장병이 레바논에서 임무를 수행했으며, 이번 31진에는 여군 장병 20여 명도 포함됐다.""")

add("ko-z2", "태극전사들 리야드 입성…'총력전' 각오", [],
    "Trap for troops: national football team called 'Taegeuk warriors' with war metaphors; base camp is a training base.",
    """2027 아시안컵에 출전하는 축구 국가대표팀 태극전사 26명이 결전지인 사우디아라비아 리야드에 입성했다.
    대표팀은 공항에서 교민 응원단 200여 명의 환영을 받은 뒤 곧바로 숙소로 이동해 회복 훈련을 진행했다.
    감독은 '선수들이 전쟁에 나서는 각오로 왔다'며 '조별리그 첫 경기부터 총력전을 펼치겠다'고 말했다.
    대표팀 베이스캠프는 대회 기간 리야드 외곽의 훈련장에 차려진다. 대표팀은 조별리그에서 요르단, 바레인, 키르기스스탄과 차례로 맞붙으며, 축구협회는 선수단 지원을 위해 전담 조리사와 의무 스태프도 함께 파견했다.""")

add("ko-z3", "방위비분담 특별협정 협상 개시…미측 '주한미군 일부 재배치 검토'", [T, TR],
    "Negotiation of the Korea-US Special Measures Agreement (treaty); stationed US forces in Korea and their possible partial relocation (troops).",
    """한미 양국이 2031년 이후 적용될 제13차 방위비분담 특별협정(SMA) 체결을 위한 첫 회의를 워싱턴에서
    열었다. 외교부에 따르면 미국 측 대표는 협상 과정에서 한국의 분담금 대폭 증액을 요구하며, 증액이
    이뤄지지 않을 경우 주한미군 병력 일부를 괌이나 하와이로 재배치하는 방안도 검토할 수 있다는 입장을
    전달했다. 현재 주한미군은 약 2만8500명 규모다. 우리 측은 '합리적이고 공정한 수준에서 분담금이
    결정돼야 한다'는 원칙을 강조했다. 양국은 연내 타결을 목표로 매달 회의를 이어갈 예정이다.""")

add("ko-z4", "한·우즈베키스탄 사회보장협정 서명…연금 이중가입 해소", [T],
    "Bilateral social security agreement signed between states, pending ratification = treaty; 'dispatched' company staff are not troops.",
    """한국과 우즈베키스탄이 양국 근로자의 연금 보험료 이중 납부를 막기 위한 사회보장협정에 서명했다.
    보건복지부는 타슈켄트에서 열린 서명식에서 양국 장관이 협정문에 서명했다며, 국회 비준 동의 등 국내
    절차를 거쳐 이르면 내년 하반기 발효될 것이라고 밝혔다. 협정이 발효되면 우즈베키스탄에 파견된 한국
    기업 주재원과 국내 우즈베키스탄 근로자는 5년까지 상대국 연금 가입이 면제되고, 양국 가입 기간을
    합산해 연금을 받을 수 있게 된다. 정부는 중앙아시아 국가들과의 협정 체결을 계속 확대해 나갈 방침이다.""")

add("ko-z5", "한화에어로스페이스, 루마니아에 K9 자주포 추가 수출 계약", [],
    "Trap for military_assistance and treaty: a firm's commercial arms export contract, explicitly not government-to-government aid.",
    """한화에어로스페이스가 루마니아 국방부와 K9 자주포 54문과 K10 탄약운반장갑차 등 약 1조3000억원
    규모의 수출 계약을 체결했다고 공시했다. 계약 물량은 2027년부터 순차 납품되며, 일부는 현지 생산
    방식으로 공급된다. 회사 측은 '유럽 시장에서 K9의 입지를 다시 한 번 확인했다'고 밝혔다. 업계에서는
    이번 수출이 정부 간 무상 지원이 아닌 순수 상업 계약이라는 점에서 방산 수출 다변화의 의미가 크다고
    평가한다. 루마니아는 앞서 1차 계약으로 K9 자주포 54문을 도입한 바 있다.""")

add("ko-z6", "퇴역 포항급 초계함, 페루 해군에 무상 양도", [MA],
    "Decommissioned corvette donated to the Peruvian navy plus training of Peruvian sailors in Korea = military assistance (trainees at home, no deployment).",
    """정부가 퇴역한 포항급 초계함 1척을 페루 해군에 무상으로 양도했다. 해군은 진해 군항에서 양도식을
    열고 함정을 페루 측에 인계했으며, 페루 해군 장병 100여 명은 지난 두 달간 국내에서 함정 운용과 정비
    교육을 받았다. 국방부는 '이번 양도가 중남미 국가와의 국방협력을 강화하는 계기가 될 것'이라고
    밝혔다. 인계된 함정은 페루 해군의 연안 경비와 해상 테러 대응 임무에 투입될 예정이며, 한국은 앞서 필리핀, 베트남, 이집트 등에도 퇴역 함정을 무상 양도한 바 있다.""")

add("ko-z7", "삼성전자, 美 반도체 기업과 특허 상호 라이선스 협정", [],
    "Trap for treaty: a cross-licence agreement between companies settling patent suits.",
    """삼성전자가 미국의 한 반도체 설계 기업과 10년 기간의 특허 상호 사용(크로스 라이선스) 협정을
    체결했다고 밝혔다. 이번 협정으로 양사는 메모리와 시스템 반도체 관련 특허 수천 건을 서로 자유롭게
    사용할 수 있게 됐으며, 미국 연방법원과 국제무역위원회(ITC)에 제기된 특허 소송도 모두 취하하기로
    했다. 업계에서는 양사가 소모적인 법정 분쟁을 끝내고 차세대 기술 개발에 집중하기 위한 전략적
    선택이라는 평가가 나온다. 구체적인 계약 조건은 공개되지 않았다. 삼성전자 주가는 이날 소폭 상승했다.""")

add("ko-z8", "아크부대 24진 UAE로 출국…특수전 교육훈련 지원", [TR, MA],
    "South Korean special forces unit sent to the UAE to train UAE special forces: trainers abroad = troops + military assistance.",
    """아랍에미리트(UAE) 군사협력단인 아크부대 24진 장병 150여 명이 환송식을 마치고 아부다비로 출국했다.
    육군특수전사령부 요원들을 주축으로 한 아크부대는 현지에서 8개월간 UAE군 특수부대의 교육훈련을
    지원하고, 유사시 재외국민 보호 임무도 맡는다. 국회는 지난달 아크부대 파견 연장 동의안을 재석 의원
    과반 찬성으로 통과시켰다. 아크부대는 2011년 첫 파병 이후 UAE 특수전 요원 수천 명을 훈련시켰다. 국방부는 아크부대가 양국 국방협력의 상징으로 자리 잡았다고 평가했다.""")


# ---------------------------------------------------------------- write
def write():
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in ARTICLES:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- check
LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]
RULES = {T, TR, MA}
KEYS = {"id", "language", "title", "body", "rules", "kind", "note"}


def check():
    with open(OUT, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    assert len(recs) == 56, len(recs)
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    by_lang = defaultdict(list)
    for r in recs:
        assert set(r) == KEYS, (r["id"], set(r) ^ KEYS)
        for k in ("id", "language", "title", "body", "kind", "note"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert isinstance(r["rules"], list), r["id"]
        assert all(x in RULES for x in r["rules"]), r["id"]
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert r["kind"] in ("positive", "near-miss"), r["id"]
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-z"), r["id"]
        assert '"' not in r["title"], r["id"]
        n = len(r["body"])
        lo, hi = (120, 400) if r["language"] in ("zh", "ja") else (250, 800)
        assert lo <= n <= hi, (r["id"], n)
        by_lang[r["language"]].append(r)
    assert sorted(by_lang) == sorted(LANGS), sorted(by_lang)
    for lang, rs in by_lang.items():
        assert sorted(r["id"] for r in rs) == sorted(f"{lang}-z{i}" for i in range(1, 9)), lang
        kinds = Counter(r["kind"] for r in rs)
        assert kinds["positive"] == 5 and kinds["near-miss"] == 3, (lang, kinds)
        fired = {x for r in rs for x in r["rules"]}
        assert fired == RULES, (lang, fired)
    return recs


if __name__ == "__main__":
    write()
    recs = check()
    per_rule = Counter(x for r in recs for x in r["rules"])
    lens = {r["id"]: len(r["body"]) for r in recs}
    print("OK", len(recs), "records ->", OUT)
    print("positives per rule:", dict(per_rule))
    print("body length min/max:", min(lens.values()), max(lens.values()))
