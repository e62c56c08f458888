#!/usr/bin/env python3
"""Hand-labelled evaluation articles (ru, uk, ar, tr, zh, ja, ko) for the news-alert system.

All articles are original and fictional (invented events, people and companies,
real-sounding places and institutions). Labels were assigned by reading the text only.
Standard library only. Run:  python3 -B build_east.py   -> writes east.jsonl next to this file.
"""
import json
import os

RULES = {"treaty", "troops", "military_assistance"}
LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]

ARTICLES = []


def A(id_, title, body, rules, note):
    ARTICLES.append({
        "id": id_,
        "language": id_.split("-")[0],
        "title": title,
        "body": body,
        "rules": list(rules),
        "kind": "positive" if rules else "near-miss",
        "note": note,
    })


T, TR, MA = "treaty", "troops", "military_assistance"

# ----------------------------------------------------------------- ru
A("ru-q1",
  "Сенат Казахстана одобрил отправку миротворцев в Ливан",
  "Сенат Парламента Казахстана в четверг одобрил направление в южный Ливан миротворческой роты численностью 139 военнослужащих. Казахстанское подразделение войдёт в состав Временных сил ООН в Ливане (ВСООНЛ) и сменит индийский контингент на одном из участков восточного сектора. Как пояснил сенаторам заместитель министра обороны Нурлан Сейткали, правовой основой для участия в миссии служит меморандум о взаимопонимании, подписанный Астаной с Организацией Объединённых Наций. Первая группа военных вылетит из Алматы в середине ноября, личный состав будет меняться раз в полгода. Ранее казахстанские миротворцы несли службу на Голанских высотах.",
  [T, TR],
  "Peacekeeping company sent to Lebanon (troops); deployment based on a state-UN memorandum of understanding, invoked (treaty).")
A("ru-q2",
  "Труппа Большого высадилась в Токио: восемь спектаклей за две недели",
  "В Токио стартовали гастроли балетной труппы Большого театра — первые за шесть лет. В японскую столицу прибыли более двухсот артистов, музыкантов и технических сотрудников, а также 40 тонн декораций. Открывает программу «Спартак» с римскими легионами и батальными сценами, затем публика увидит «Лебединое озеро» и «Раймонду». Контракт с токийским импресарио предусматривает восемь спектаклей в зале Bunka Kaikan. «Наш десант выдержал перелёт без потерь, даже гладиаторские щиты доехали целыми», — пошутил директор по гастролям Игорь Лапшин. По его словам, театр рассчитывает продлить договор с японской продюсерской компанией ещё на три сезона.",
  [],
  "Ballet troupe on tour; legions/battle scenes are stage fiction, 'десант' figurative; contract is with a private promoter, not a state.")
A("ru-q3",
  "ЕС выделит Мавритании €20 млн на бронемашины и беспилотники",
  "Совет Евросоюза утвердил новую меру помощи вооружённым силам Мавритании в рамках Европейского фонда мира. На 20 млн евро Нуакшот получит бронированные патрульные машины, разведывательные беспилотники, приборы ночного видения и оборудование для полевых госпиталей. Поставки начнутся в первом квартале следующего года, сообщили в пресс-службе Совета. Техника должна помочь мавританской армии контролировать протяжённую восточную границу с Мали, где участились вылазки вооружённых группировок. Это уже третий пакет военной поддержки Мавритании со стороны ЕС: ранее Брюссель финансировал закупку инженерной техники и средств связи.",
  [MA],
  "EU (European Peace Facility) funds armoured vehicles and drones for Mauritania's armed forces.")
A("ru-q4",
  "Суринам и Гайана поставили точку в споре о границе",
  "Президенты Суринама и Гайаны подписали в Парамарибо договор о делимитации сухопутной границы, положив конец спору, тянувшемуся с колониальных времён. Согласно документу, так называемый Треугольник Нью-Ривер остаётся за Гайаной, а Суринам получает право свободного судоходства по Корантейну и долю в совместном фонде развития приграничных районов. Соглашение ещё предстоит ратифицировать парламентам обеих стран; оппозиция в Национальной ассамблее Суринама уже потребовала вынести вопрос на референдум. Переговоры при посредничестве КАРИКОМ продолжались почти четыре года.",
  [T],
  "Border delimitation treaty signed between two states.")
A("ru-q5",
  "Руандийские военные взяли под охрану порт Мосимбоа-да-Прая",
  "Подразделения Сил обороны Руанды заняли позиции в порту Мосимбоа-да-Прая на севере мозамбикской провинции Кабу-Делгаду, сообщил представитель руандийской армии полковник Эрик Нсенгиюмва. Группировку, действующую в Мозамбике с 2021 года, на этой неделе усилили ещё двумя батальонами: около 1,2 тыс. бойцов перебросили самолётами из Кигали в Пембу. По данным военных, в ходе зачистки прилегающих деревень уничтожены три лагеря боевиков. Возвращение войск в порт позволит возобновить морские поставки для газового проекта на полуострове Афунги, рассчитывают власти Мозамбика.",
  [TR],
  "Rwandan battalions flown into Mozambique and fighting there.")
A("ru-q6",
  "Ил-76 доставил в Ош гуманитарный груз для пострадавших от селей",
  "Самолёт военно-транспортной авиации Ил-76 доставил в Ош 38 тонн гуманитарной помощи для жителей районов юга Киргизии, пострадавших от схода селей. На борту были палатки, одеяла, дизельные генераторы, питьевая вода и медикаменты. Вместе с грузом прилетела бригада врачей Всероссийского центра медицины катастроф «Защита», которая развернёт передвижной госпиталь в Ноокатском районе. Распределением помощи займутся Красный Полумесяц Кыргызстана и местные волонтёры. Это уже второй рейс с гуманитарным грузом за неделю; по данным МЧС республики, без крова остаются более 600 семей.",
  [],
  "Humanitarian aid flown by a military transport aircraft; 'бригада' is a civilian medical team.")
A("ru-q7",
  "Индия безвозмездно передаст вьетнамскому флоту ракетный катер",
  "Министры обороны Индии и Вьетнама подписали в Ханое межправительственное соглашение о безвозмездной передаче ВМС Вьетнама ракетного катера, выведенного из боевого состава индийского флота. До передачи корабль пройдёт ремонт на верфи в Вишакхапатнаме; вместе с ним Ханой получит комплект запчастей и боекомплект к артиллерийской установке. Индийские специалисты также подготовят вьетнамский экипаж из 45 моряков. Стороны, кроме того, продлили на пять лет меморандум о взаимном материально-техническом обеспечении кораблей. Это второй корабль, который Нью-Дели дарит вьетнамским ВМС.",
  [T, MA],
  "Intergovernmental agreement signed and memorandum renewed (treaty); warship, ammunition and crew training donated (military assistance).")
A("ru-q8",
  "«Армейцы» укрепили оборону: ЦСКА подписал бразильского защитника",
  "Московский ЦСКА объявил о переходе 24-летнего центрального защитника Лукаса Феррейры из бразильского «Интернасьонала». Контракт с футболистом рассчитан на четыре года, сумма трансфера, по данным источников, составила около 6 млн евро. «Армейцы» давно искали подкрепление для линии обороны: после ухода двух опытных игроков тренерскому штабу приходилось ставить в центр полузащитников. Соглашение между клубами предусматривает также процент от будущей перепродажи. Феррейра присоединится к команде на сборе в Турции и может дебютировать уже в первом туре весенней части сезона.",
  [],
  "Football club nicknamed 'army men'; player contract and club-to-club deal.")

# ----------------------------------------------------------------- uk
A("uk-q1",
  "Кенія відправила до Гаїті ще 400 поліцейських",
  "Літак із першою групою з 200 кенійських поліцейських приземлився в Порт-о-Пренсі, де вони приєднаються до багатонаціональної місії підтримки безпеки. Ще стільки ж правоохоронців прибуде наступного тижня. Кенійський контингент, який очолює місію, патрулюватиме квартали столиці, захоплені збройними бандами, та охоронятиме аеропорт. «Наші офіцери не воюють, а допомагають національній поліції Гаїті повернути контроль над вулицями», — наголосив генеральний інспектор поліції Кенії Джозеф Мвангі. Ротація особового складу відбуватиметься щодев'ять місяців.",
  [],
  "Police contingent deployed abroad; police are excluded from troops.")
A("uk-q2",
  "Канада передасть ЗСУ ще 40 бронемашин і запчастини до техніки",
  "Уряд Канади оголосив про черговий пакет військової допомоги Україні вартістю 180 млн канадських доларів. До нього увійдуть 40 бронетранспортерів, виготовлених на заводі в Лондоні (провінція Онтаріо), запасні частини до раніше переданої техніки та понад 20 тисяч пострілів калібру 25 мм. Як повідомило міністерство національної оборони Канади, перші машини прибудуть в Україну до кінця зими. Українські екіпажі та ремонтники пройдуть підготовку на полігоні в Канаді під керівництвом канадських інструкторів. Загалом від 2022 року Оттава надала Києву військової допомоги на понад 4 млрд доларів.",
  [MA],
  "Military aid package: APCs, spare parts, ammunition and crew training for Ukraine.")
A("uk-q3",
  "До Естонії прибуває британський батальйон: ротація в бойовій групі НАТО",
  "Перші підрозділи британського батальйону прибули на військову базу в Тапа, де дислокується багатонаціональна бойова група НАТО в Естонії. Близько 900 військовослужбовців змінять контингент, який перебував у країні з весни. Разом із піхотою Лондон перекидає танки Challenger 2, бойові машини Warrior та батарею самохідних гаубиць. За словами командувача естонських сил оборони, на період ротації чисельність союзних військ у країні тимчасово зросте майже вдвічі. Повністю розгортання має завершитися до середини місяця.",
  [TR],
  "British battalion deployed to Estonia in a rotation.")
A("uk-q4",
  "Рада ратифікувала угоду з Молдовою про спільний контроль на кордоні",
  "Верховна Рада 312 голосами ратифікувала угоду між Кабінетом Міністрів України та Урядом Республіки Молдова про спільний прикордонний і митний контроль у пунктах пропуску. Документ, підписаний у Кишиневі навесні, передбачає, що прикордонники та митники обох держав перевірятимуть пасажирів і вантажі в одному місці, без повторних зупинок. Спершу спільний контроль запрацює на шести пунктах пропуску, зокрема «Паланка — Маяки — Удобне». Угода набуде чинності після обміну дипломатичними нотами про завершення внутрішньодержавних процедур.",
  [T],
  "Intergovernmental agreement ratified (treaty); border guards are not troops.")
A("uk-q5",
  "Козацьке військо «Конотопу» вирушає до Варшави: Нацопера везе балет на гастролі",
  "Балетна трупа Національної опери України вирушає на двотижневі гастролі до Польщі. До Варшави поїдуть 130 артистів, оркестр і технічна команда, а декорації та костюми переправлять дванадцятьма фурами. Головна подія туру — прем'єрна постановка «Конотоп» композитора Олександра Гірняка з масовими батальними сценами, у яких на сцену виходять козацькі полки та московські рейтари. Контракт із варшавським Великим театром передбачає шість вистав; організатори кажуть, що квитки на перші дві розпродані. «Наша армія танцівників готова до маршу», — жартує художній керівник балету.",
  [],
  "Ballet troupe tour; regiments/army are stage fiction or figurative; theatre contract, not a state agreement.")
A("uk-q6",
  "Сейм Литви ратифікував угоду про розміщення німецької бригади",
  "Литовський Сейм ратифікував міжурядову угоду з Німеччиною про умови перебування на території країни 45-ї танкової бригади Бундесверу. Документ визначає правовий статус майже п'яти тисяч німецьких військових і членів їхніх родин, порядок оподаткування, юрисдикцію у разі правопорушень та використання полігонів. За ратифікацію проголосували 118 депутатів, проти — жоден. Основні сили бригади розгортатимуть поетапно до 2027 року в Рудниках і Румшишкесі, де зараз будують казарми та житло. Передовий загін бригади вже перебуває у Вільнюсі.",
  [T, TR],
  "Intergovernmental agreement ratified (treaty); German brigade stationed/deployed in Lithuania (troops).")
A("uk-q7",
  "На «Поліському механічному» підписали колективний договір: зарплати зростуть на 18%",
  "Адміністрація та профспілка житомирського ПрАТ «Поліський механічний завод» уклали колективний договір на 2025–2027 роки. Документ передбачає підвищення зарплат на 18% уже з січня, щорічну матеріальну допомогу до відпустки та доплати за нічні зміни. Підприємство ремонтує бронетехніку та виготовляє запчастини на замовлення Міністерства оборони, тож навантаження на цехи торік зросло майже втричі. Окремим додатком до угоди закріплено порядок бронювання працівників від мобілізації. «Без людей ми не виконаємо оборонне замовлення», — каже голова профспілкового комітету Ганна Ковальчук.",
  [],
  "Labour (collective) agreement at a plant serving the state's own defence orders; 'допомога' is employee benefit.")
A("uk-q8",
  "Японія передала Філіппінам берегові радари, пославшись на нову угоду про доступ",
  "Японія передала Військово-морським силам Філіппін перші три радари берегового спостереження в межах програми офіційної допомоги у сфері безпеки (OSA). Станції встановлять на острові Палаван, звідки філіппінські моряки стежитимуть за ситуацією в Південнокитайському морі. Під час церемонії в Пуерто-Принсесі посол Японії нагадав, що торік парламенти обох країн ратифікували угоду про взаємний доступ, яка заклала правову основу для тіснішої оборонної співпраці. Загальна вартість гранту становить 1,6 млрд єн; до комплекту також входять генератори та засоби зв'язку.",
  [T, MA],
  "Radars handed to Philippine Navy under security assistance (military assistance); ratified reciprocal access agreement invoked (treaty).")

# ----------------------------------------------------------------- ar
A("ar-q1",
  "طلائع القوات المصرية تصل مقديشو ضمن بعثة الاتحاد الأفريقي",
  "هبطت في مطار آدن عدّي الدولي بمقديشو، صباح الثلاثاء، طائرتا نقل عسكريتان تقلان الدفعة الأولى من الجنود المصريين المشاركين في بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال. وقال مصدر في وزارة الدفاع الصومالية إن الكتيبة المصرية، التي يناهز قوامها 800 عسكري، ستتولى تأمين الطريق الحيوي الذي يربط العاصمة بإقليم شبيلي السفلى. ويأتي هذا الانتشار تنفيذاً لبروتوكول التعاون الدفاعي الذي وقّعه البلدان في القاهرة، والذي يتيح للقوات المصرية العمل على الأراضي الصومالية. وأكد وكيل وزارة الدفاع الصومالية حسن علي طوري أن بقية القوات ستصل على مراحل خلال الأسابيع المقبلة.",
  [T, TR],
  "Egyptian battalion deployed to Somalia (troops); bilateral defence protocol invoked as basis (treaty).")
A("ar-q2",
  "قطر تسلّم الجيش اللبناني 60 آلية عسكرية وشحنة محروقات",
  "تسلّم الجيش اللبناني في مرفأ بيروت، يوم الاثنين، دفعة جديدة من المساعدات العسكرية المقدّمة من دولة قطر، شملت 60 آلية رباعية الدفع مخصّصة لنقل العسكريين، إلى جانب 3 ملايين لتر من المحروقات. وجرت عملية التسليم بحضور السفير القطري في بيروت وممثل عن قائد الجيش العميد الركن جوزيف الحاج. وأوضح بيان لقيادة الجيش أن الهبة تأتي استكمالاً لدعم قطري متواصل للمؤسسة العسكرية منذ سنوات، وأنها ستسهم في تعزيز قدرة الوحدات على الحركة وصيانة العتاد. وشكر الحاج الدوحة على «وقوفها الدائم إلى جانب الجيش».",
  [MA],
  "Military vehicles and fuel donated by Qatar to the Lebanese army.")
A("ar-q3",
  "فرقة رضا تنتشر على مسارح الخليج في جولة من عشرة عروض",
  "تنطلق الأسبوع المقبل جولة فرقة رضا للفنون الشعبية في عدد من مدن الخليج، تبدأ من مسرح عبد الحسين عبد الرضا في الكويت وتختتم في مسقط. وتضم البعثة الفنية 60 راقصاً وعازفاً وفنياً، بعد أن وقّعت إدارة الفرقة عقداً مع شركة إنتاج كويتية خاصة يشمل عشرة عروض. ويتصدر البرنامج العرض الاستعراضي «ملحمة العبور» الذي يستحضر حرب أكتوبر، ويرتدي فيه الراقصون أزياء الجنود ويؤدون لوحات تحاكي عبور القناة واقتحام خط بارليف. وقالت مديرة الفرقة سلوى الشريف إن «الفرقة جاهزة لخوض هذه المعركة الفنية»، مشيرة إلى أن التدريبات استمرت ثلاثة أشهر.",
  [],
  "Dance troupe ('فرقة') on tour with a war-themed show; contract with a private company.")
A("ar-q4",
  "النواب الأردني يقرّ اتفاقية أنبوب النفط مع العراق",
  "أقرّ مجلس النواب الأردني، بأغلبية 78 صوتاً، الاتفاقية الإطارية الموقّعة بين حكومتي المملكة الأردنية الهاشمية وجمهورية العراق لإنشاء خط أنابيب لنقل النفط الخام من البصرة إلى مرافئ العقبة. وتنص الاتفاقية على أن يتولى الجانبان تمويل المشروع عبر صيغة البناء والتشغيل ونقل الملكية، وأن يحصل الأردن على نحو 150 ألف برميل يومياً بأسعار تفضيلية. وطالب نواب معارضون بنشر الملاحق الفنية كاملة قبل التصويت، معتبرين أن بنود التحكيم «غامضة». ومن المنتظر أن يصادق مجلس الأعيان على الاتفاقية قبل رفعها للتصديق الملكي، على أن يتبادل البلدان وثائق التصديق خلال أشهر.",
  [T],
  "Intergovernmental framework agreement approved by parliament (treaty), though economic in subject.")
A("ar-q5",
  "الجيش الملكي يعزّز خط دفاعه بصفقة من الدوري التونسي",
  "أعلن نادي الجيش الملكي تعاقده مع المدافع التونسي سيف الدين الحمّامي قادماً من النادي الصفاقسي، بعقد يمتد ثلاثة مواسم. وأوضح بيان النادي أن الاتفاق بين الطرفين جاء بعد مفاوضات استمرت أسبوعين، دون الكشف عن القيمة المالية للصفقة التي تقدّرها مصادر صحفية بنحو 600 ألف دولار. ويسعى العساكر إلى تدعيم الخط الخلفي قبل انطلاق دور المجموعات في دوري أبطال أفريقيا، بعد إصابة قلبي الدفاع الأساسيين. ومن المنتظر أن يلتحق الحمّامي بمعسكر الفريق في إفران مطلع الأسبوع المقبل، حيث يواصل الطاقم الفني التحضيرات للموسم الجديد.",
  [],
  "Football club named 'Royal Army' signs a player; club deal, training camp.")
A("ar-q6",
  "كتيبة إسبانية تتسلّم مهامها في القطاع الشرقي لليونيفيل",
  "تسلّمت وحدة من الجيش الإسباني قوامها نحو 650 جندياً مهامها في القطاع الشرقي لقوة الأمم المتحدة المؤقتة في لبنان (اليونيفيل)، خلفاً لوحدة من اللواء المدرع «غوادارّاما» التي أنهت مهمتها بعد ستة أشهر. وأقيم حفل التسليم والتسلّم في قاعدة «ميغيل دي ثيربانتس» قرب بلدة إبل السقي في قضاء مرجعيون، بحضور قائد القطاع وضباط من الجيش اللبناني. وسيتولى العسكريون الإسبان، إلى جانب جنود من الهند وإندونيسيا ونيبال، تسيير دوريات على طول الخط الأزرق ومراقبة وقف الأعمال العدائية. وقال قائد الوحدة الجديدة العقيد خابيير مورينو إن جنوده «مستعدون لأي طارئ».",
  [TR],
  "Rotation of Spanish UNIFIL troops in southern Lebanon.")
A("ar-q7",
  "تنفيذاً لاتفاقية التعاون العسكري.. الإمارات تسلّم تشاد 30 مدرعة",
  "سلّمت دولة الإمارات العربية المتحدة الجيش التشادي 30 عربة مدرعة ومعدات اتصال ومناظير للرؤية الليلية، خلال حفل أقيم في العاصمة نجامينا بحضور رئيس أركان الجيوش التشادية. وذكر بيان لوزارة القوات المسلحة التشادية أن الهبة تأتي تنفيذاً لاتفاقية التعاون العسكري التي وقّعها البلدان في أبوظبي، والتي تتضمن أيضاً برامج لتأهيل ضباط تشاديين في الكليات العسكرية الإماراتية. وأضاف البيان أن العربات ستُخصص لتعزيز قدرات الجيش في مواجهة الجماعات المسلحة في منطقة بحيرة تشاد.",
  [T, MA],
  "Armoured vehicles donated and officer training (military assistance) under an invoked bilateral military cooperation agreement (treaty).")
A("ar-q8",
  "جسر جوي جزائري لإغاثة منكوبي الفيضانات في شرق ليبيا",
  "حطّت في مطار بنينا الدولي ببنغازي، مساء الأحد، ثلاث طائرات تابعة للقوات الجوية الجزائرية محمّلة بأكثر من 70 طناً من المساعدات الإنسانية، تضم خياماً وأغطية ومواد غذائية وأدوية ومولدات كهربائية. ويأتي ذلك ضمن جسر جوي أقامته الجزائر لدعم المتضررين من الفيضانات التي اجتاحت مدناً عدة في الجبل الأخضر. ورافقت الشحنة فرق من الحماية المدنية الجزائرية مزوّدة بمعدات بحث وإنقاذ وكلاب مدرّبة، ستعمل بالتنسيق مع الهلال الأحمر الليبي. وقال منسق العملية إن طائرات أخرى ستقلع خلال الأيام المقبلة محمّلة بمساعدات إضافية.",
  [],
  "Humanitarian aid flown by an air force; civil-protection rescue teams, not soldiers.")

# ----------------------------------------------------------------- tr
A("tr-q1",
  "Ordu'ya takviye: Sel bölgesine 300 arama kurtarma personeli sevk edildi",
  "Ordu'nun Ünye ve Fatsa ilçelerinde etkili olan sağanak sonrası taşan dereler nedeniyle çok sayıda ev ve iş yeri su altında kaldı. AFAD, çevre illerden 300 arama kurtarma personeli ile 45 iş makinesini bölgeye sevk etti. Samsun ve Giresun'dan gelen itfaiye ekipleri mahsur kalan vatandaşları botlarla tahliye ederken, emniyet birimleri trafiğe kapatılan Karadeniz Sahil Yolu'nda önlem aldı. Vali Murat Ersoylu, 'Ekiplerimiz sahada konuşlandı, tüm kurumlarımızla seferber olduk' dedi. Kızılay da etkilenen mahallelerde mobil aşevi kurdu.",
  [],
  "'Ordu' is the province; rescue, fire and police teams deployed at home; 'seferber' figurative.")
A("tr-q2",
  "Lübnan tezkeresi Meclis'ten geçti: Görev süresi bir yıl uzatıldı",
  "TBMM Genel Kurulu, Türk Silahlı Kuvvetleri'nin Birleşmiş Milletler Lübnan Geçici Görev Gücü (UNIFIL) bünyesindeki görev süresini bir yıl daha uzatan Cumhurbaşkanlığı tezkeresini oy çokluğuyla kabul etti. Tezkereyle Lübnan'da bulunan Türk birliğinin karada istihkâm faaliyetlerini, Doğu Akdeniz'deki deniz görev kuvvetinde ise gemi katkısını sürdürmesinin önü açıldı. Görüşmelerde söz alan milletvekillerinden Kemal Aydınoğlu, 'Bölgede gerilim tırmanırken askerlerimizin sahadaki varlığı barışa katkı sunuyor' dedi. Muhalefet sıralarından ise görevin maliyeti ve personelin güvenliğine ilişkin sorular yöneltildi.",
  [TR],
  "Parliament extends the mandate of the Turkish contingent deployed in Lebanon.")
A("tr-q3",
  "Türkiye'den Kuzey Makedonya ordusuna 12 zırhlı araç hibe",
  "Türkiye, Kuzey Makedonya Silahlı Kuvvetleri'ne 12 adet 4x4 zırhlı taktik tekerlekli araç ile gece görüş dürbünleri hibe etti. Üsküp'teki İlinden Kışlası'nda düzenlenen teslim töreninde konuşan Türkiye'nin Üsküp Büyükelçisi, yardımın iki NATO müttefiki arasındaki savunma iş birliğinin somut bir göstergesi olduğunu vurguladı. Kuzey Makedonya Savunma Bakan Yardımcısı Goran Mitrevski ise araçların ordunun hareket kabiliyetini artıracağını belirtti. Araçları kullanacak sürücü ve bakım personeli, teslimat öncesinde Türkiye'deki üretici tesiste eğitim aldı.",
  [MA],
  "Armoured vehicles and night-vision equipment donated by Turkey to another state's army.")
A("tr-q4",
  "Trabzonspor savunmasına Brezilyalı takviye: 3 yıllık imza",
  "Trabzonspor, Brezilya ekibi Grêmio'da forma giyen 25 yaşındaki stoper Rafael Moura ile 3 yıllık sözleşme imzaladı. Kulüplerin anlaşmaya vardığı bonservis bedelinin 4,5 milyon euro olduğu, bu rakamın ilerideki satıştan yüzde 15 pay maddesiyle desteklendiği açıklandı. Bordo-mavili ekibin teknik direktörü Serkan Akın, transferle ilgili olarak 'Savunma hattımıza güç katacak, sahada asker gibi mücadele eden bir oyuncu aldık' ifadelerini kullandı. Moura'nın, takımın devre arası kampını yaptığı Antalya'da ekibe katılması bekleniyor.",
  [],
  "Footballer contract and club agreement; 'takviye', 'savunma', 'asker' figurative.")
A("tr-q5",
  "Ankara'dan Montrö mesajı: 'Sözleşme pazarlık konusu değil'",
  "Dışişleri Bakanlığı Sözcüsü, Montrö Boğazlar Sözleşmesi'nin imzalanmasının 89. yıl dönümü vesilesiyle yaptığı açıklamada, Türkiye'nin sözleşmeyi 'hassas dengeyi koruyan bir güvence' olarak gördüğünü ve metinde herhangi bir değişikliği gündemine almadığını söyledi. Açıklamada, bazı Avrupa başkentlerinde dile getirilen 'sözleşmenin revize edilmesi' önerilerine de yanıt verilerek, Kanal İstanbul projesinin Montrö rejimini etkilemeyeceği hatırlatıldı. Uzmanlar, 1936'da imzalanan sözleşmenin Karadeniz'e kıyısı olmayan devletlerin savaş gemilerine getirdiği tonaj ve süre sınırlamalarının son yıllarda yeniden tartışmaya açıldığına dikkat çekiyor.",
  [T],
  "Existing international convention (Montreux) invoked and discussed by a state.")
A("tr-q6",
  "Somali ile savunma anlaşması yürürlükte: Türk fırkateyni Mogadişu açıklarında",
  "Türkiye ile Somali arasında imzalanan Savunma ve Ekonomik İş Birliği Çerçeve Anlaşması'nın her iki ülke parlamentosunca onaylanmasının ardından, Deniz Kuvvetleri Komutanlığına bağlı bir fırkateyn ile bir lojistik destek gemisi Mogadişu açıklarında göreve başladı. Anlaşma çerçevesinde Türkiye, Somali Deniz Kuvvetleri'ne iki hücumbot ve kıyı gözetleme radarları hibe edecek. Ayrıca 120 Somalili deniz piyadesi, Aksaz Deniz Üssü'nde Türk eğitmenlerce eğitilecek. Milli Savunma Bakanlığı kaynakları, Türk unsurlarının Somali karasularında on yıl boyunca görev yapabileceğini belirtti.",
  [T, TR, MA],
  "Ratified bilateral defence agreement (treaty); Turkish naval forces deployed off Somalia (troops); boats, radars and training given (military assistance).")
A("tr-q7",
  "Japonya, Cibuti'deki üssüne ek asker gönderiyor",
  "Japonya Savunma Bakanlığı, Cibuti'deki Öz Savunma Kuvvetleri üssüne yaklaşık 80 ek personel konuşlandırılacağını açıkladı. Kara Öz Savunma Kuvvetleri'nden bir muhafız bölüğü ile Hava Öz Savunma Kuvvetleri'ne ait iki C-2 nakliye uçağının ekiplerinden oluşan takviye kuvvetin gelecek ay yola çıkması planlanıyor. Bakanlık açıklamasında, Kızıldeniz ve Aden Körfezi'ndeki güvenlik ortamının bozulması nedeniyle, gerektiğinde bölgedeki Japon vatandaşlarının tahliyesine hazır olmak amacıyla kuvvetlerin güçlendirildiği belirtildi. Japonya, 2011'den bu yana Cibuti'de korsanlıkla mücadele misyonu kapsamında asker bulunduruyor.",
  [TR],
  "Japanese reinforcements deployed to the base in Djibouti.")
A("tr-q8",
  "IDEF'te imzalar atıldı: Kara Kuvvetlerine 48 yeni obüs",
  "İstanbul'da düzenlenen IDEF Uluslararası Savunma Sanayii Fuarı'nın ikinci gününde, Savunma Sanayii Başkanlığı (SSB) ile Ankara merkezli Kalkan Savunma Teknolojileri arasında 48 adet kundağı motorlu obüsün tedariki için sözleşme imzalandı. Obüslerin 2027 sonuna kadar Kara Kuvvetleri Komutanlığı envanterine teslim edilmesi planlanıyor. Aynı firma, fuarda bir Alman şirketiyle namlu üretimi için ortak girişim anlaşmasına da imza attı. Fuarı ziyaret eden heyetlerin ilgisini çeken firma standında, yeni obüsün seri üretim prototipi de ilk kez sergilendi.",
  [],
  "A state's own arms procurement contract at a fair and a company joint-venture deal.")

# ----------------------------------------------------------------- zh
A("zh-q1",
  "多路消防救援力量驰援川西山火 千余人连夜集结",
  "四川甘孜州雅江县森林火灾持续蔓延，应急管理部紧急调派云南、重庆、贵州等地森林消防队伍1200余人跨区增援，连夜在火场周边集结。前线指挥部介绍，救援力量兵分三路，依托天然隔离带实施阻截，同时部署6架航空救援直升机开展吊桶灭火。当地已转移群众3000余人。气象部门预计未来三天风力较大，扑救难度增加。",
  [],
  "Domestic forest-fire brigades deployed; '兵分三路' is idiomatic.")
A("zh-q2",
  "中国第十二批赴南苏丹（朱巴）维和步兵营完成轮换",
  "记者从有关部门获悉，中国第十二批赴南苏丹（朱巴）维和步兵营最后一批官兵日前乘包机抵达朱巴，与第十一批官兵完成任务交接。该营共700人，将在联合国南苏丹特派团编成内担负朱巴地区武装巡逻、平民保护点警戒和要员护卫等任务，任期一年。营长王志强表示，出征前部队已围绕城市巡逻和应急处置开展了针对性训练。完成任务的第十一批官兵将分批回国。",
  [TR],
  "Peacekeeping infantry battalion rotated into South Sudan.")
A("zh-q3",
  "中国向柬埔寨王家军移交一批军用车辆和排雷装备",
  "中国政府援助柬埔寨王家军的一批军用卡车、越野指挥车和排雷装备交接仪式日前在金边举行。中国驻柬埔寨大使馆国防武官与柬埔寨国防部国务秘书出席并致辞。据介绍，此批军援物资共计120余台（套），将主要用于柬军工兵开展边境地区排雷作业。柬方表示，中方援助有效提升了柬军后勤保障和人道主义排雷能力。",
  [MA],
  "Military vehicles and demining equipment handed over as military aid to Cambodia's army.")
A("zh-q4",
  "“苍狼”战队续约主力中单 月底出征首尔",
  "国内电竞俱乐部“苍狼战队”今天宣布，已与主力中单选手林逸完成续约，新合同为期三年。俱乐部同时从韩国联赛引进一名辅助选手作为“援军”，双方俱乐部已签署转会协议。按照计划，战队将于月底出征在首尔举行的全球总决赛，全队将在当地驻扎约四周。主教练陈锋说：“队伍已经做好打硬仗的准备，我们的目标是冲进四强。”",
  [],
  "E-sports team ('战队'), player contract and club transfer agreement; '出征', '驻扎', '援军' figurative.")
A("zh-q5",
  "全国人大常委会批准中国和乌拉圭引渡条约",
  "十四届全国人大常委会第十六次会议今天下午表决通过关于批准《中华人民共和国和乌拉圭东岸共和国引渡条约》的决定。该条约于去年在蒙得维的亚签署，共二十二条，规定双方有义务根据条约规定，应对方请求相互引渡在本国境内发现的被请求引渡人，并对拒绝引渡的理由、请求的提出与执行等作出规定。条约自双方互换批准书之日起第三十日生效。",
  [T],
  "Bilateral extradition treaty ratified.")
A("zh-q6",
  "澳巴新签署共同防御条约 澳军将进驻莫尔兹比港",
  "澳大利亚与巴布亚新几内亚两国总理日前在莫尔兹比港签署共同防御条约。条约规定，缔约一方遭受武装攻击时，双方将依照各自宪法程序采取行动共同应对。澳大利亚国防部随后宣布，首批约300名澳军官兵将于明年进驻莫尔兹比港附近的塔乌拉马军营，两国军队还将在巴新北部沿海开展联合巡逻。巴新议会部分反对派议员批评条约“让渡主权”，要求举行公开听证。",
  [T, TR],
  "Mutual defence treaty signed (treaty); planned stationing of Australian troops announced (troops).")
A("zh-q7",
  "国家话剧院抗战题材话剧《烽火长城》启程赴欧巡演",
  "中国国家话剧院原创抗战题材话剧《烽火长城》剧组一行60人日前启程，赴德国、奥地利、匈牙利巡演，共演出九场。该剧讲述1933年长城抗战中，一支小分队坚守关隘七昼夜的故事。剧院已与柏林、维也纳等地剧场签订演出合同。导演表示，舞台上的炮火与硝烟全部通过灯光和音效呈现，“希望海外观众读懂和平的可贵”。",
  [],
  "Theatre company tours abroad with war fiction; performance contracts with theatres.")
A("zh-q8",
  "法国与贝宁签署防务合作协定 将向贝军提供侦察无人机",
  "法国驻贝宁大使与贝宁国防部长日前在科托努签署新的防务合作协定。根据协定，法方将在两年内向贝宁武装部队无偿提供侦察无人机、装甲救护车和战术通信设备，并为贝宁军人开设反简易爆炸装置培训课程。近年来，贝宁北部与布基纳法索、尼日尔交界地区多次遭武装分子袭击。法方强调，该协定不涉及在贝宁设立军事基地。",
  [T, MA],
  "Defence cooperation agreement signed (treaty); drones, vehicles and training given (military assistance); base explicitly ruled out, so no troops.")

# ----------------------------------------------------------------- ja
A("ja-q1",
  "在沖縄海兵隊のグアム移転、第2陣約300人が出発",
  "在沖縄米海兵隊のグアム移転で、第3海兵遠征軍に所属する兵站部隊などの隊員約300人が14日、米軍嘉手納基地から輸送機でグアムに向けて出発した。移転は2009年に日米両政府が署名した「グアム協定」に基づくもので、最終的に約4000人が沖縄を離れる計画だ。防衛省は「沖縄の負担軽減に向けた着実な一歩」と評価する一方、県は移転完了の時期を早く示すよう求めている。",
  [T, TR],
  "US Marines relocated from Okinawa to Guam (troops); based on an intergovernmental agreement, invoked (treaty).")
A("ja-q2",
  "防衛装備メーカー労使、三六協定を改定　残業上限引き下げ",
  "護衛艦の部品などを製造する瀬戸内重機（広島県呉市）の労使は、時間外労働の上限を定める「三六協定」を改定し、月の残業上限を45時間から40時間に引き下げることで合意した。防衛省からの受注が前年比で倍増し、同社は今年、派遣社員を約200人増やしている。派遣元企業とも協定の内容を共有し、職場全体で長時間労働を抑える。労組の委員長は「増産と働き方改革を両立させたい」と話した。",
  [],
  "Labour agreement at a defence supplier; '派遣' refers to temp workers; own-state procurement only.")
A("ja-q3",
  "フィジー海軍に警備艇2隻供与へ　政府、OSAを活用",
  "政府は、同志国の軍に防衛装備品などを無償で提供する「政府安全保障能力強化支援（OSA）」を活用し、フィジー軍の海軍部門に警備艇2隻と関連機材を供与する方針を固めた。供与額は約8億円を見込む。違法操業や密輸の監視能力を高める狙いがあり、乗組員の訓練や整備の技術指導も日本側が支援する。太平洋島しょ国で影響力を強める中国をにらみ、安全保障面での関係を深める。",
  [MA],
  "Patrol boats and training provided free to Fiji's military under security assistance.")
A("ja-q4",
  "「BBNJ協定」の締結を国会承認　公海の生物多様性保全",
  "国家管轄権外区域の海洋生物多様性の保全と持続可能な利用に関する協定（BBNJ協定）の締結承認案が6日の参院本会議で可決、承認された。協定は公海に海洋保護区を設ける手続きや、海洋遺伝資源から得られる利益の配分ルールなどを定めている。政府は近く国連に受諾書を寄託する。外務省幹部は「海洋国家として、締約国会議でのルール作りを主導したい」と話している。",
  [T],
  "Parliament approves conclusion of an international agreement (treaty), non-military subject.")
A("ja-q5",
  "劇団「青嵐座」、PKO描く舞台を台北で上演へ",
  "東京を拠点とする劇団「青嵐座」は来月、架空の国に派遣された自衛隊の施設部隊を描いた舞台『砂の橋』を台北市内の劇場で上演する。劇団員18人が渡航し、現地の劇場と4公演の契約を結んだ。脚本を手がけた主宰の村瀬亮さんは、元隊員への取材を重ねて台詞を練り上げたといい、「舞台の上の“部隊”が、遠い国の日常を伝えられれば」と話している。",
  [],
  "Theatre troupe staging fiction about a deployed unit; performance contract only.")
A("ja-q6",
  "EU、モルドバ軍に防空レーダー供与　平和ファシリティーで4000万ユーロ",
  "欧州連合（EU）理事会は20日、「欧州平和ファシリティー（EPF）」を通じてモルドバ国軍に総額4000万ユーロの支援を行うことを決めた。防空レーダーや装甲兵員輸送車、無人機の探知装置などが含まれる。隣国ウクライナへの攻撃に使われたロシアの無人機がモルドバ領空に侵入する事案が相次いでいることを受けた措置で、EUによるモルドバへの軍事支援は2021年以降、累計で2億ユーロを超える。",
  [MA],
  "EU military support package (radars, APCs) for Moldova's army.")
A("ja-q7",
  "NZ国防軍、シナイ半島の多国籍監視団から撤収へ",
  "ニュージーランド政府は3日、エジプト・シナイ半島に展開する多国籍軍・監視団（MFO）に派遣している国防軍の要員約25人を、来年6月末までに撤収させると発表した。NZは1982年のMFO発足当初から部隊を送り続けてきたが、40年余りに及んだ派遣に区切りをつける。国防相は「限られた人員を太平洋地域の任務に振り向ける」と説明した。",
  [TR],
  "Withdrawal of New Zealand defence personnel deployed in Sinai.")
A("ja-q8",
  "バヌアツに救急車・消防車を引き渡し　日本の無償資金協力",
  "日本の無償資金協力で調達された救急車12台と消防車6台の引き渡し式が9日、バヌアツの首都ポートビラで行われた。昨年の地震で多くの車両が被災し、救急搬送や消火活動に支障が出ていた。日本の技術者が現地の消防隊員や救急隊員に操作方法の訓練を行い、今月中に全国の消防署に配備される。式典で日本大使は「住民の命と暮らしを守る一助になれば」と述べた。",
  [],
  "Development grant aid of civilian vehicles; training of firefighters, not soldiers.")

# ----------------------------------------------------------------- ko
A("ko-q1",
  "국군의 날 서울 도심 시가행진…장병 4천명·K2 전차 행렬",
  "제77주년 국군의 날을 맞아 1일 서울 숭례문에서 광화문 광장까지 대규모 시가행진이 펼쳐졌다. 육·해·공군과 해병대 장병 4천여 명이 발을 맞춰 행진했고, K2 전차와 K9 자주포, 천무 다연장로켓 등 국산 무기체계 80여 대가 뒤를 이었다. 상공에서는 공군 특수비행팀 블랙이글스가 축하 비행을 선보였다. 시민 수만 명이 거리에 나와 태극기를 흔들며 장병들을 응원했다. 대통령은 기념사에서 '강한 국군이 평화를 지킨다'고 강조했다. 국방부는 행사 준비 과정에서 교통 통제로 불편을 겪은 시민들에게 양해를 구했다.",
  [],
  "Armed Forces Day parade at home.")
A("ko-q2",
  "동명부대 31진 레바논行…8개월 평화유지 임무 돌입",
  "레바논 평화유지군 동명부대 31진 장병 280여 명이 12일 인천국제공항을 통해 출국했다. 이들은 레바논 남부 티르 지역 부대 주둔지에 도착해 30진과 임무를 교대한 뒤, 약 8개월 동안 유엔레바논평화유지군(UNIFIL) 서부여단 예하에서 감시·정찰과 민군작전 임무를 수행한다. 부대장 김태현 대령은 출국에 앞서 '국제사회의 평화를 지키는 대한민국 국군의 위상을 높이겠다'고 말했다. 동명부대는 2007년 처음 파병된 이후 지금까지 연인원 1만 명이 넘는 장병이 거쳐 갔다. 31진은 현지 주민을 위한 진료 봉사와 한국어 교실 운영도 이어갈 계획이다.",
  [TR],
  "Rotation of Korean peacekeeping unit deployed to Lebanon.")
A("ko-q3",
  "해군, 퇴역 초계함 에콰도르에 무상 양도…예비 부품·탄약도 지원",
  "해군은 지난해 퇴역한 포항급 초계함 '영주함'을 에콰도르 해군에 무상 양도하는 인도식을 16일 진해 군항에서 열었다고 밝혔다. 에콰도르 해군 장병 100여 명은 지난 석 달간 진해에서 한국 해군 교관들로부터 함정 운용과 정비 교육을 받았으며, 이들이 직접 함정을 몰고 태평양을 건너 과야킬항으로 향한다. 정부는 무상 양도와 함께 예비 부품과 탄약 일부도 지원하기로 했다. 해군 관계자는 '중남미 우방국의 해양 안보 역량 강화에 도움이 될 것'이라고 말했다. 에콰도르 해군은 이 함정을 갈라파고스 제도 인근 해역의 불법 조업 감시에 투입할 계획이다.",
  [MA],
  "Decommissioned corvette, spare parts and ammunition donated, crew trained (military assistance).")
A("ko-q4",
  "사단법인 한국캠핑협회, 해변 야영장·부대시설 20년 임대 계약",
  "사단법인 한국캠핑협회는 강원 고성군과 송지호 해변 야영장 및 부대시설에 대한 20년 장기 임대 계약을 체결했다고 15일 밝혔다. 계약에 따라 협회는 샤워장과 매점, 주차장 등 노후한 부대시설을 리모델링하고, 야영장 운영 수익의 일부를 군에 납부한다. 양측은 이와 함께 지역 농산물 판매와 캠핑 축제 개최를 위한 업무협약도 맺었다. 군 관계자는 '민간 위탁으로 사계절 관광객 유치 효과가 기대된다'고 말했다. 협회는 내년 여름 성수기 전까지 공사를 마무리하고 온라인 예약 시스템도 새로 구축할 방침이다.",
  [],
  "Lease and MOU between an association and a county ('군'); '사단법인' and '부대시설' are non-military homonyms.")
A("ko-q5",
  "한일 대륙붕협정 '종료 통보' 가능 시점 지나…외교부 '협정 유지 협의'",
  "1978년 발효된 한일 남부 대륙붕 공동개발협정(JDZ 협정)이 지난 6월 50년 유효기간 만료 3년 전에 접어들면서 어느 한쪽이 서면으로 종료를 통보할 수 있게 된 가운데, 외교부는 17일 도쿄에서 일본 측과 국장급 협의를 열고 협정 유지와 공동 탐사 재개 방안을 논의했다고 밝혔다. 정부는 일본이 종료를 통보하면 유엔해양법협약에 따른 경계 획정 문제가 다시 불거질 수 있다고 보고 있다. 외교부 당국자는 '협정의 취지를 살리는 방향으로 협의를 이어가겠다'고 말했다. 앞서 일본 정부는 공동 탐사 재개에 소극적인 입장을 보여 왔다.",
  [T],
  "Bilateral continental-shelf agreement discussed, possible termination; UNCLOS invoked.")
A("ko-q6",
  "아크부대 파견 1년 연장 동의안 국회 본회의 통과",
  "국회는 18일 본회의를 열고 아랍에미리트(UAE)에 파견된 국군 특수전 교육훈련지원단(아크부대)의 파견 기간을 내년 말까지 1년 연장하는 동의안을 재석 251명 중 찬성 203명으로 가결했다. 아크부대 장병 150여 명은 알아인 지역에 주둔하며 UAE 특수전 부대의 교육훈련을 지원하고, 유사시 현지 국민 보호 임무도 맡는다. 국방부는 동의안 제안 설명에서 양국이 체결한 군사협력협정과 특수전 분야 협력 양해각서를 파견의 근거로 제시했다. 아크부대는 2011년 첫 파견 이후 20차례 넘게 교대하며 임무를 이어 오고 있다.",
  [T, TR, MA],
  "Parliament extends deployment mandate (troops); unit trains UAE special forces (military assistance); bilateral military cooperation agreement invoked (treaty).")
A("ko-q7",
  "전북, 브라질 출신 '용병' 수비수 영입…뒷문 보강",
  "프로축구 K리그1 전북 현대가 브라질 출신 중앙수비수 하파엘 소우자(26)를 영입했다고 19일 밝혔다. 계약 기간은 3년이며, 이적료는 구단 간 합의에 따라 공개하지 않았다. 지난 시즌 실점이 많았던 전북은 외국인 용병 수비수를 데려오며 수비 라인 보강에 공을 들였다. 소우자는 현재 태국 치앙마이에서 동계 전지훈련 중인 선수단에 곧바로 합류할 예정이다. 구단 관계자는 '제공권과 빌드업 능력을 모두 갖춘 선수'라고 소개했다. 전북은 이번 영입으로 외국인 선수 쿼터를 모두 채웠으며, 다음 달 원정 경기부터 소우자를 기용할 계획이다.",
  [],
  "Footballer signing; '용병' is slang for a foreign player, '전지훈련' a sports camp.")
A("ko-q8",
  "정부, 우크라이나에 방탄복·지뢰제거 장비 추가 지원",
  "정부가 우크라이나에 방탄복 2만 벌과 방탄 헬멧, 지뢰 탐지·제거 장비, 전투식량 등 비살상 군수물자를 추가로 지원한다. 국방부는 20일 '우크라이나 측 요청을 검토해 이같이 결정했으며, 물자는 폴란드를 거쳐 이달 중 우크라이나군에 전달될 것'이라고 밝혔다. 지원 규모는 약 300억 원으로, 지난해 지원분을 포함하면 누적 900억 원대에 이른다. 국방부는 살상 무기 지원은 현재 검토하지 않고 있다고 덧붙였다. 군 당국은 물자 수송을 위해 민간 화물기 두 대를 임차했다고 설명했다.",
  [MA],
  "Non-lethal military supplies delivered to Ukraine's army (military assistance); lethal aid negated.")


# ----------------------------------------------------------------- self-check
def self_check(arts):
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(arts) == 8 * len(LANGS), len(arts)
    for a in arts:
        assert a["language"] in LANGS, a["id"]
        assert a["id"].startswith(a["language"] + "-q"), a["id"]
        assert set(a["rules"]) <= RULES, a["id"]
        assert len(a["rules"]) == len(set(a["rules"])), a["id"]
        assert a["kind"] == ("positive" if a["rules"] else "near-miss"), a["id"]
        assert a["title"].strip() and a["note"].strip(), a["id"]
        assert '"' not in a["title"] + a["body"], ("ascii double quote", a["id"])
        n = len(a["body"])
        lo, hi = (120, 400) if a["language"] in ("zh", "ja") else (250, 800)
        assert lo <= n <= hi, (a["id"], n)
    for lang in LANGS:
        la = [a for a in arts if a["language"] == lang]
        assert len(la) == 8, lang
        assert sorted(a["id"] for a in la) == sorted("%s-q%d" % (lang, i) for i in range(1, 9)), lang
        pos = [a for a in la if a["rules"]]
        assert len(pos) == 5 and len(la) - len(pos) == 3, lang
        for r in RULES:
            assert sum(r in a["rules"] for a in la) >= 1, (lang, r)


self_check(ARTICLES)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "east.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for a in ARTICLES:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    for lang in LANGS:
        la = [a for a in ARTICLES if a["language"] == lang]
        counts = {r: sum(r in a["rules"] for a in la) for r in sorted(RULES)}
        lens = [len(a["body"]) for a in la]
        print(lang, counts, "body len %d-%d" % (min(lens), max(lens)))
    print("wrote", out, len(ARTICLES))
