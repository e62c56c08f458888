#!/usr/bin/env python3
"""Hand-labelled evaluation articles (east languages: ru uk ar tr zh ja ko).

All articles are original and fictional (invented events, people and companies)
set in real places. Labels were assigned by reading the text only.
Running this script validates the data and writes east.jsonl next to itself.
"""
import json
import os

RULES = {"treaty", "troops", "military_assistance"}
LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]

ARTICLES = [
    # ------------------------------------------------------------------ ru
    {
        "id": "ru-f1", "language": "ru",
        "title": "Бразилия и Парагвай согласовали новую редакцию приложения к договору об Итайпу",
        "body": "Правительства Бразилии и Парагвая в понедельник подписали в Асунсьоне пересмотренное приложение C к договору 1973 года о строительстве и эксплуатации гидроэлектростанции «Итайпу». Документ, над которым переговорщики двух стран работали почти два года, устанавливает новый порядок распределения вырабатываемой энергии и снижает тариф для парагвайских потребителей. Как сообщил министр иностранных дел Парагвая Эрнесто Вильяльба, текст ещё предстоит ратифицировать конгрессам обеих стран. В Бразилиа отметили, что договорённость «снимает главный раздражитель в двусторонних отношениях». Оппозиционные депутаты в Асунсьоне уже заявили, что потребуют публикации всех расчётов до голосования.",
        "rules": ["treaty"],
        "note": "Revised annex to the bilateral Itaipu treaty signed by two governments, pending ratification: treaty. No military content.",
    },
    {
        "id": "ru-f2", "language": "ru",
        "title": "Кения усилит контингент в Сомали ещё одним батальоном",
        "body": "Найроби направит в Сомали дополнительно около 850 военнослужащих, сообщило в четверг министерство обороны Кении. Батальон, сформированный на базе 15-го пехотного полка, будет переброшен в район Кисмайо в течение трёх недель и войдёт в состав миссии Африканского союза. По словам представителя ведомства полковника Джозефа Мваньики, решение принято после серии нападений боевиков на дороги, связывающие прибрежные города с югом страны. Сейчас кенийский контингент в соседней стране насчитывает порядка трёх тысяч человек. Часть подразделений, отслуживших ротацию, вернётся домой до конца месяца.",
        "rules": ["troops"],
        "note": "Kenya sends a battalion (~850 servicemen) to Somalia and rotates units home: troops. AU mission is not a treaty being invoked.",
    },
    {
        "id": "ru-f3", "language": "ru",
        "title": "Новосибирская балетная труппа «высадилась» в Буэнос-Айресе",
        "body": "Труппа Новосибирского театра оперы и балета прибыла в Аргентину, где до конца ноября даст двенадцать спектаклей на сцене театра «Колон». Гастроли стали возможны после того, как театр подписал трёхлетний контракт с аргентинским продюсерским агентством «Сур Арте». Вместе с артистами за океан отправились декорации, костюмы и более сорока человек технического персонала. «Это настоящая высадка десанта: шестьдесят танцовщиков, оркестровая группа и целый арсенал реквизита», — пошутил художественный руководитель труппы Аркадий Соломин. Первым аргентинской публике покажут «Лебединое озеро», затем — новую постановку «Спартака».",
        "rules": [],
        "note": "Near-miss: ballet 'труппа' (troupe) on tour, contract with a private agency, figurative 'высадка десанта'/'арсенал'. No state treaty, no troops, no military aid.",
    },
    {
        "id": "ru-f4", "language": "ru",
        "title": "Греция и Кипр подписали соглашение об оборонном сотрудничестве",
        "body": "Министры обороны Греции и Кипра подписали в Никосии межправительственное соглашение о военно-техническом сотрудничестве сроком на пять лет. Согласно документу, Афины безвозмездно передадут Национальной гвардии Кипра 40 бронетранспортёров и партию противотанковых ракет, а также возьмут на себя подготовку кипрских офицеров в греческих военных академиях. Первые машины прибудут на остров морем уже весной. Кипрский министр Костас Антониу назвал договорённость «крупнейшим пакетом поддержки за последние десятилетия». Соглашение вступит в силу после ратификации парламентами двух государств.",
        "rules": ["treaty", "military_assistance"],
        "note": "Intergovernmental defence agreement signed (treaty) under which Greece donates APCs and missiles and trains Cypriot officers (military_assistance). No deployment of troops.",
    },
    {
        "id": "ru-f5", "language": "ru",
        "title": "Сенегал денонсирует соглашение о статусе французских сил",
        "body": "Правительство Сенегала уведомило Париж о выходе из соглашения 2012 года о статусе французских вооружённых сил на территории республики. Как говорится в коммюнике МИД, документ прекратит действие через шесть месяцев; к этому сроку должен быть завершён вывод примерно 350 французских военнослужащих, размещённых на базе в пригороде Дакара. Первая группа военных и часть техники покинули страну на прошлой неделе транспортными самолётами. Во французском министерстве вооружённых сил заявили, что «принимают к сведению» решение Дакара и намерены передать объекты сенегальской стороне в установленные сроки.",
        "rules": ["treaty", "troops"],
        "note": "Withdrawal from a status-of-forces agreement (treaty) and withdrawal of ~350 French servicemen stationed in Senegal (troops).",
    },
    {
        "id": "ru-f6", "language": "ru",
        "title": "Военно-транспортные самолёты доставили в Ливию гуманитарный груз",
        "body": "Два самолёта Ил-76 военно-воздушных сил Казахстана доставили в Бенгази более 70 тонн гуманитарной помощи для жителей районов, пострадавших от наводнения. В грузе — палатки, одеяла, генераторы, медикаменты и питьевая вода. Как сообщили в министерстве по чрезвычайным ситуациям республики, помощь будет передана представителям Ливийского Красного Полумесяца и распределена в течение недели. Экипажи военных лётчиков вернутся на аэродром базирования сразу после разгрузки. Это уже третья партия гуманитарного груза, направленная Астаной в регион; ранее продовольствие отправляли гражданскими чартерами.",
        "rules": [],
        "note": "Near-miss: humanitarian aid flown by air-force transports; crews only unload and return. Not military assistance, not a troop deployment.",
    },
    {
        "id": "ru-f7", "language": "ru",
        "title": "Япония передала ВМС Филиппин береговые радары и патрульные катера",
        "body": "Токио завершил передачу Филиппинам пяти береговых радиолокационных станций и двух быстроходных патрульных катеров, закупленных по японской программе официальной помощи в сфере безопасности. Церемония прошла на военно-морской базе в Субик-Бей в присутствии посла Японии Кэндзи Накамуры и командующего филиппинским флотом. Радары будут развёрнуты на побережье острова Палаван и позволят отслеживать суда в спорных водах Южно-Китайского моря. Японская сторона также обучит около 60 филиппинских моряков работе с новой техникой. Манила рассчитывает на продолжение поставок в следующем финансовом году.",
        "rules": ["military_assistance"],
        "note": "Japan hands radars and patrol boats to the Philippine Navy and trains its sailors: military_assistance. 'Развёрнуты' refers to radars, not troops.",
    },
    {
        "id": "ru-f8", "language": "ru",
        "title": "«Армейцы» получили подкрепление: ЦСКА подписал контракт с бразильским защитником",
        "body": "Московский ЦСКА объявил о переходе 23-летнего бразильского защитника Лукаса Феррейры из «Сантоса». Контракт рассчитан на четыре года, сумма трансфера, по данным источников, составила около 6 млн евро. Новичок присоединится к армейцам на учебно-тренировочном сборе в Турции уже на следующей неделе. Главный тренер заявил, что подкрепление в обороне было «необходимо как воздух»: осенью красно-синие пропустили больше мячей, чем любой другой клуб верхней половины таблицы. Феррейра станет очередным легионером из Бразилии в истории армейского клуба.",
        "rules": [],
        "note": "Near-miss: football club CSKA nicknamed 'армейцы' (army men), player contract, 'подкрепление в обороне'. Sports, not military.",
    },
    # ------------------------------------------------------------------ uk
    {
        "id": "uk-f1", "language": "uk",
        "title": "Канада оголосила новий пакет військової допомоги Україні",
        "body": "Уряд Канади оголосив черговий пакет військової допомоги Україні вартістю 420 млн канадських доларів. Як повідомили в міністерстві національної оборони, до пакета увійдуть 50 бронемашин, кілька тисяч артилерійських снарядів калібру 155 мм та засоби радіоелектронної боротьби. Частину техніки вже доставлено до логістичного хабу в Польщі, звідки її передадуть Збройним силам України найближчими тижнями. Окремо Оттава профінансує навчання українських саперів і військових медиків. Міністр оборони України подякував канадським партнерам за «послідовну підтримку» і зазначив, що нові бронемашини насамперед використовуватимуть для евакуації поранених.",
        "rules": ["military_assistance"],
        "note": "Canadian military aid package (armoured vehicles, shells, EW, funded training): military_assistance. No troop deployment or treaty.",
    },
    {
        "id": "uk-f2", "language": "uk",
        "title": "Верховна Рада ратифікувала угоду з Польщею про спільний прикордонний контроль",
        "body": "Верховна Рада в четвер ратифікувала угоду між Україною та Польщею про спільний контроль у пунктах пропуску на державному кордоні. За відповідний законопроєкт проголосували 312 народних депутатів. Документ, підписаний урядами двох країн торік у Жешуві, дозволяє прикордонникам і митникам обох держав перевіряти вантажівки та пасажирів в одному місці, що має скоротити черги на кордоні. Як пояснила заступниця міністра закордонних справ Оксана Кравчук, угода набуде чинності після обміну ратифікаційними грамотами. Першими за новою схемою працюватимуть пункти «Ягодин — Дорогуськ» та «Шегині — Медика».",
        "rules": ["treaty"],
        "note": "Ratification of an interstate agreement on joint border control: treaty. Border guards/customs are not troops.",
    },
    {
        "id": "uk-f3", "language": "uk",
        "title": "Трупа Львівської опери вирушає в європейське турне",
        "body": "Трупа Львівського національного театру опери та балету вирушає в шеститижневе турне Німеччиною, Австрією та Швейцарією. Гастрольний «десант» налічує понад 120 артистів балету, хору й оркестру, а також техніків і костюмерів. Тур організовано на підставі угоди, яку театр уклав з мюнхенською концертною агенцією Bühnenwelt; контракт передбачає 34 вистави, серед яких «Лускунчик» і «Наталка Полтавка». Генеральний директор театру Тарас Гнатюк зазначив, що частину виручки буде спрямовано на ремонт історичної будівлі. Декорації вже відправлено фурами до Мюнхена.",
        "rules": [],
        "note": "Near-miss: opera/ballet 'трупа' tour; 'угода'/'контракт' is between a theatre and a private agency; figurative 'десант'.",
    },
    {
        "id": "uk-f4", "language": "uk",
        "title": "Естонія та Британія уклали угоду про розміщення британської бригади",
        "body": "Міністри оборони Естонії та Великої Британії підписали в Таллінні міжурядову угоду, яка визначає правовий статус, умови базування та фінансування британських військових у країні. Документ відкриває шлях до розгортання в Естонії британської бригади чисельністю до 4 тисяч військовослужбовців — нині на полігоні Тапа перебуває близько тисячі солдатів. Перші підрозділи додаткового контингенту мають прибути восени, а повністю бригаду укомплектують протягом трьох років. Естонія зобов'язалася збудувати казарми, склади та житло для родин військових. Угоду ще має схвалити Рійгікогу.",
        "rules": ["treaty", "troops"],
        "note": "Intergovernmental agreement signed (treaty) on stationing a British brigade in Estonia, units to arrive (troops). Host-nation support is not military aid.",
    },
    {
        "id": "uk-f5", "language": "uk",
        "title": "Японія передала Україні пакет енергетичного обладнання",
        "body": "Уряд Японії передав Україні чергову партію енергетичного обладнання для відновлення пошкоджених підстанцій. До пакета допомоги увійшли 18 автотрансформаторів, понад 200 генераторів та мобільні котельні, які спрямують до Харківської, Сумської та Чернігівської областей. Техніку доставили залізницею через Польщу, а її передачу координувало Японське агентство міжнародного співробітництва (JICA). Посол Японії наголосив, що Токіо зосереджується на невійськовій підтримці: відбудові енергетики, ремонті мостів і відновленні водопостачання. Загальна вартість поставки становить близько 60 млн доларів.",
        "rules": [],
        "note": "Near-miss: 'пакет допомоги', 'передав', 'техніка', 'поставка' but the aid is civilian energy equipment, explicitly non-military.",
    },
    {
        "id": "uk-f6", "language": "uk",
        "title": "Франція розгорне в Румунії додатковий механізований батальйон",
        "body": "Париж перекине до Румунії ще один механізований батальйон, повідомило міністерство збройних сил Франції. Близько 700 військових із 7-ї бронетанкової бригади разом із бойовими машинами піхоти VBCI та самохідними гаубицями CAESAR прибудуть на базу поблизу Констанци до кінця березня. Таким чином французький контингент у країні зросте майже до двох тисяч осіб. Румунський міністр оборони назвав рішення союзника «чітким сигналом» на тлі напруженості в Чорноморському регіоні. Ротація підрозділів відбуватиметься кожні чотири місяці.",
        "rules": ["troops"],
        "note": "France deploys a battalion (~700 soldiers) to Romania: troops. The vehicles are France's own, not a transfer, so no military_assistance.",
    },
    {
        "id": "uk-f7", "language": "uk",
        "title": "До Одеси на літній сезон направили додаткові підрозділи поліції",
        "body": "Національна поліція України направила до Одеської області зведений загін із понад 400 правоохоронців з інших регіонів. Підрозділи патрульної поліції, вибухотехніки та кінологи посилять охорону пляжів, вокзалів і місць масового відпочинку до кінця вересня. Як розповів начальник обласного управління поліції Олег Бондар, особовий склад розміщено в гуртожитках навчальних закладів, а патрулювання вестиметься цілодобово. Окремо на узбережжя перекинуто катери водної поліції. Правоохоронці нагадують, що купатися в недозволених місцях заборонено.",
        "rules": [],
        "note": "Near-miss: domestic police deployment ('підрозділи', 'зведений загін', 'особовий склад', 'перекинуто'). Police are not military troops.",
    },
    {
        "id": "uk-f8", "language": "uk",
        "title": "Швеція навчатиме українських пілотів і передасть два літаки ДРЛВ",
        "body": "Швеція підготує на своїх авіабазах групу українських пілотів та інженерів для роботи з літаками дальнього радіолокаційного виявлення ASC 890, два з яких Стокгольм пообіцяв передати Україні. Про це повідомило міністерство оборони Швеції. Навчальний курс триватиме близько пів року; перші українські екіпажі вже прибули до Лінчепінга. За словами шведського міністра, літаки суттєво розширять можливості Повітряних сил ЗСУ з виявлення крилатих ракет і безпілотників на великій відстані. Крім того, Швеція профінансує постачання запчастин і наземного обладнання.",
        "rules": ["military_assistance"],
        "note": "Sweden trains Ukrainian aircrews and pledges two AEW aircraft plus spares: military_assistance. Ukrainian trainees in Sweden are not a troop deployment.",
    },
    # ------------------------------------------------------------------ ar
    {
        "id": "ar-f1", "language": "ar",
        "title": "المغرب وموريتانيا يوقعان اتفاقية للتعاون في مجال الصيد البحري",
        "body": "وقّع المغرب وموريتانيا، يوم الثلاثاء في نواكشوط، اتفاقية حكومية للتعاون في مجال الصيد البحري وتربية الأحياء المائية، تمتد لخمس سنوات قابلة للتجديد. وتنص الاتفاقية على تبادل الخبرات العلمية بشأن المخزونات السمكية، وتنسيق فترات الراحة البيولوجية، وتسهيل ولوج السفن الساحلية للبلدين إلى موانئ الطرف الآخر. ووقّع الوثيقة عن الجانب المغربي وزير الفلاحة والصيد البحري، وعن الجانب الموريتاني وزير الصيد والاقتصاد البحري، بحضور عدد من المسؤولين. وأكد الطرفان أن الاتفاق يدخل حيز التنفيذ فور استكمال الإجراءات القانونية الداخلية لدى كل منهما.",
        "rules": ["treaty"],
        "note": "Intergovernmental fisheries agreement signed by two states: treaty (non-military treaty).",
    },
    {
        "id": "ar-f2", "language": "ar",
        "title": "الأردن يرسل كتيبة جديدة من قوات حفظ السلام إلى أفريقيا الوسطى",
        "body": "غادرت أرض الوطن، صباح الأحد، كتيبة من القوات المسلحة الأردنية متجهة إلى جمهورية أفريقيا الوسطى للمشاركة في بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار هناك. وتضم الكتيبة نحو 450 ضابطاً وجندياً، وستحل محل القوة التي أنهت مهامها بعد عام من الخدمة في منطقة بامباري. وقال مصدر عسكري إن أفراد الكتيبة تلقوا تدريبات مكثفة على عمليات حماية المدنيين وتأمين القوافل. وكان في وداع الجنود عدد من كبار قادة الجيش وذويهم في مطار ماركا العسكري. ويشارك الأردن في بعثات حفظ السلام الأممية منذ مطلع التسعينيات.",
        "rules": ["troops"],
        "note": "Jordanian peacekeeping battalion (~450 officers and soldiers) deployed abroad: troops. Their own pre-deployment training is not assistance to another state.",
    },
    {
        "id": "ar-f3", "language": "ar",
        "title": "فرقة الواحات للفنون الشعبية تحط رحالها في الرباط",
        "body": "وصلت إلى العاصمة المغربية الرباط فرقة الواحات المصرية للفنون الشعبية، في جولة فنية تشمل خمس مدن مغربية وتستمر ثلاثة أسابيع. وتضم الفرقة أربعين راقصاً وعازفاً، وتقدم عروضاً مستوحاة من التراث الصعيدي والنوبي والسيناوي. وجاءت الجولة بموجب عقد وقّعته إدارة الفرقة مع شركة «أطلس للإنتاج الفني» المنظمة لمهرجان الفنون الشعبية في مراكش. وقال مدير الفرقة حسام عبد الرؤوف إن الراقصين خضعوا لتدريبات يومية مكثفة استعداداً للجولة، مضيفاً أن الفرقة تحمل معها أكثر من مئتي زي تقليدي. ويُفتتح العرض الأول مساء الخميس على مسرح محمد الخامس.",
        "rules": [],
        "note": "Near-miss: 'فرقة' (also the word for a military division) is a folk-dance troupe; contract with a private production company; 'تدريبات مكثفة' are rehearsals.",
    },
    {
        "id": "ar-f4", "language": "ar",
        "title": "الجيش اللبناني يتسلم زوارق دورية وذخائر مقدمة من الولايات المتحدة",
        "body": "تسلّم الجيش اللبناني، في قاعدة بيروت البحرية، ثلاثة زوارق دورية سريعة وكميات من الذخائر والأسلحة الخفيفة، مقدمة هبةً من الحكومة الأمريكية في إطار برنامج المساعدات العسكرية. وجرت مراسم التسليم بحضور السفيرة الأمريكية وعدد من ضباط القيادة. وقال بيان لقيادة الجيش إن الزوارق ستُخصص لمراقبة المياه الإقليمية ومكافحة التهريب، مشيراً إلى أن عناصر من القوات البحرية اللبنانية خضعوا لدورات تدريبية على تشغيلها وصيانتها بإشراف خبراء أمريكيين. وتُعد واشنطن أكبر داعم للمؤسسة العسكرية اللبنانية، إذ تجاوزت مساعداتها خلال العقدين الماضيين ثلاثة مليارات دولار.",
        "rules": ["military_assistance"],
        "note": "US grant of patrol boats, ammunition and training to the Lebanese army: military_assistance.",
    },
    {
        "id": "ar-f5", "language": "ar",
        "title": "عرض عسكري ضخم في الجزائر العاصمة احتفالاً بعيد الاستقلال",
        "body": "شهدت الجزائر العاصمة، صباح الجمعة، عرضاً عسكرياً ضخماً على طول الطريق المحاذي لخليج الجزائر، احتفالاً بالذكرى الثالثة والستين للاستقلال. وشاركت في العرض وحدات من القوات البرية والبحرية والجوية وقوات الدفاع الجوي عن الإقليم، إلى جانب تشكيلات من الدرك الوطني والحرس الجمهوري. واستُعرضت الدبابات وراجمات الصواريخ والمنظومات المضادة للطائرات أمام المنصة الشرفية، فيما حلّقت طائرات مقاتلة ومروحيات في سماء العاصمة. وتابع العرض آلاف المواطنين الذين توافدوا منذ الفجر، وسط إجراءات أمنية مشددة.",
        "rules": [],
        "note": "Near-miss: military parade at home (units, tanks, fighter jets) — no deployment, no treaty, no transfer.",
    },
    {
        "id": "ar-f6", "language": "ar",
        "title": "تونس وإيطاليا توقعان مذكرة تفاهم دفاعية تشمل التدريب وتسليم رادارات",
        "body": "وقّع وزيرا الدفاع التونسي والإيطالي، الأربعاء في روما، مذكرة تفاهم حكومية للتعاون العسكري لمدة ثلاث سنوات. وبموجب المذكرة، ستقدم إيطاليا للجيش التونسي أربعة رادارات للمراقبة الساحلية وعدداً من المركبات المدرعة الخفيفة دون مقابل، كما ستتولى تدريب ضباط وضباط صف تونسيين في مدارسها العسكرية على مكافحة الإرهاب وتأمين الحدود. وأوضحت وزارة الدفاع التونسية أن المعدات ستُسلَّم على دفعتين، الأولى قبل نهاية العام. وأكد الوزير الإيطالي أن بلاده «ملتزمة بدعم قدرات الشريك التونسي» في مواجهة التحديات في منطقة الساحل والمتوسط.",
        "rules": ["treaty", "military_assistance"],
        "note": "Government-to-government defence MoU signed (treaty) providing donated radars/armoured vehicles and training of Tunisian officers (military_assistance).",
    },
    {
        "id": "ar-f7", "language": "ar",
        "title": "انسحاب آخر وحدات التحالف الدولي من قاعدة عين الأسد تنفيذاً للاتفاق العراقي الأمريكي",
        "body": "أعلنت قيادة العمليات المشتركة في العراق، الاثنين، انسحاب آخر الوحدات العسكرية التابعة للتحالف الدولي من قاعدة عين الأسد الجوية في محافظة الأنبار، وتسليم القاعدة بالكامل إلى القوات العراقية. وأوضح بيان القيادة أن الانسحاب جاء تنفيذاً للمرحلة الأولى من الاتفاق الذي توصلت إليه بغداد وواشنطن بشأن إنهاء مهمة التحالف، والذي ينص على نقل المستشارين والجنود الأجانب المتبقين إلى إقليم كردستان قبل مغادرتهم البلاد نهائياً. وقال المتحدث باسم القيادة إن مئات الجنود غادروا القاعدة على متن طائرات نقل خلال الأيام الماضية، فيما نُقلت المعدات الثقيلة براً باتجاه الأردن.",
        "rules": ["treaty", "troops"],
        "note": "Withdrawal of foreign coalition units and soldiers (troops) implementing a Baghdad–Washington agreement (treaty invoked).",
    },
    {
        "id": "ar-f8", "language": "ar",
        "title": "شركة إماراتية تكشف عن مسيّرة جديدة في «آيدكس» وتوقع اتفاقية مع شركة برازيلية",
        "body": "كشفت شركة «سماء الخليج للصناعات الجوية»، ومقرها أبوظبي، خلال معرض الدفاع الدولي «آيدكس»، عن طائرة مسيّرة جديدة متوسطة الارتفاع قادرة على التحليق 30 ساعة متواصلة. ووقّعت الشركة على هامش المعرض اتفاقية تجارية مع شركة «أورورا إيروسبيس» البرازيلية الخاصة لتأسيس مشروع مشترك لتجميع الطائرات المسيّرة وصيانتها في ساو باولو، بقيمة تقارب 120 مليون دولار. وقال الرئيس التنفيذي للشركة إن الاتفاقية «تفتح أمامنا أسواق أمريكا اللاتينية». وشهد جناح الشركة إقبالاً كبيراً من الوفود العسكرية والزوار، إذ عرض أيضاً أنظمة رادار وذخائر موجهة.",
        "rules": [],
        "note": "Near-miss: arms company at a defence fair; 'اتفاقية' is a commercial deal between two private firms. No state-to-state aid or treaty.",
    },
    # ------------------------------------------------------------------ tr
    {
        "id": "tr-f1", "language": "tr",
        "title": "Kalkınma Yolu için dörtlü hükümetlerarası anlaşma Bağdat'ta imzalandı",
        "body": "Türkiye, Irak, Katar ve Birleşik Arap Emirlikleri, Basra Körfezi'ni Türkiye üzerinden Avrupa'ya bağlayacak Kalkınma Yolu Projesi'nin finansmanı ve işletilmesine ilişkin hükümetlerarası çerçeve anlaşmasını Bağdat'ta imzaladı. Dört ülkenin ulaştırma bakanlarının imzaladığı belge, 1200 kilometrelik demiryolu ve otoyol hattının inşası için ortak bir yönetim kurulu kurulmasını öngörüyor. Ulaştırma ve Altyapı Bakanı, anlaşmanın onay için TBMM'ye sunulacağını, yürürlüğe girmesinin ardından ilk ihalelerin gelecek yıl yapılacağını söyledi. Irak tarafı ise projenin Fav Büyük Limanı'nın tamamlanmasıyla eş zamanlı ilerleyeceğini vurguladı.",
        "rules": ["treaty"],
        "note": "Four-state intergovernmental framework agreement signed, to be ratified: treaty. Tenders mentioned are domestic procurement, not relevant.",
    },
    {
        "id": "tr-f2", "language": "tr",
        "title": "Kosova'daki KFOR'a Türk komando taburu takviyesi",
        "body": "Milli Savunma Bakanlığı, NATO'nun talebi üzerine Kosova Barış Gücü'ne (KFOR) bir komando taburu gönderileceğini açıkladı. Bakanlık kaynaklarından edinilen bilgiye göre, yaklaşık 500 personelden oluşan birlik, Kayseri'de konuşlu komando tugayından seçildi ve önümüzdeki hafta askeri nakliye uçaklarıyla Priştine'ye intikal edecek. Takviye kuvvetin, kuzey Kosova'da son haftalarda artan gerginlik nedeniyle Mitroviça çevresinde görevlendirilmesi bekleniyor. Türkiye, KFOR bünyesinde hâlihazırda yaklaşık 400 askerle yer alıyor. Bakanlık sözcüsü, Mehmetçiğin bölgede barış ve istikrara katkısını sürdüreceğini ifade etti.",
        "rules": ["troops"],
        "note": "Commando battalion (~500 personnel) sent to Kosovo as reinforcement: troops.",
    },
    {
        "id": "tr-f3", "language": "tr",
        "title": "Halk dansları trupu Bakü turnesine çıkıyor",
        "body": "Devlet Halk Dansları Topluluğu'nun 45 kişilik trupu, Azerbaycan'ın başkenti Bakü'de üç gösteri sunmak üzere yola çıkıyor. Bakü'deki özel bir etkinlik şirketiyle imzalanan sözleşme kapsamında trup, Haydar Aliyev Sarayı'nda Kafkas ve Anadolu ezgilerini buluşturan yeni gösterisini sahneleyecek. Topluluğun sanat yönetmeni Selim Karaarslan, aylardır süren yoğun provaların ardından dansçıların 'cepheye giden asker gibi' heyecanlı olduğunu söyledi. Turne kapsamında trup, Gence ve Şeki'de de birer gösteri yapacak. Kostümler ve dekorlar kara yoluyla önceden sevk edildi.",
        "rules": [],
        "note": "Near-miss: dance 'trup' (troupe) abroad, contract with a private events firm, figurative 'cepheye giden asker gibi', 'sevk edildi'.",
    },
    {
        "id": "tr-f4", "language": "tr",
        "title": "Türkiye ile Kenya arasında savunma işbirliği anlaşması: Kenya donanmasına hücumbot hibe edilecek",
        "body": "Türkiye ile Kenya, Nairobi'de düzenlenen törenle askeri çerçeve işbirliği anlaşması imzaladı. Anlaşma uyarınca Türkiye, Kenya Deniz Kuvvetleri'ne iki hücumbot ile dört insansız deniz aracı hibe edecek; ayrıca Kenyalı subay ve astsubaylar Türk askeri okullarında eğitim görecek. Anlaşmanın TBMM ve Kenya Ulusal Meclisi tarafından onaylanmasının ardından yürürlüğe girmesi bekleniyor. Kenya Savunma Bakanı, Türkiye'nin desteğinin Hint Okyanusu kıyılarında korsanlık ve kaçakçılıkla mücadeleye önemli katkı sağlayacağını belirtti. Türk heyeti, ziyaret kapsamında Mombasa'daki deniz üssünde de incelemelerde bulundu.",
        "rules": ["treaty", "military_assistance"],
        "note": "Bilateral military cooperation agreement signed, awaiting ratification (treaty); donation of boats/unmanned vessels and training of Kenyan officers (military_assistance). A visiting delegation is not troops.",
    },
    {
        "id": "tr-f5", "language": "tr",
        "title": "Orduspor, Gürcü golcüyle iki yıllık sözleşme imzaladı",
        "body": "TFF 2. Lig ekiplerinden 52 Orduspor FK, Gürcistan'ın Dinamo Batum takımında forma giyen 26 yaşındaki santrfor Giorgi Beridze ile iki yıllık sözleşme imzaladı. Kulüpten yapılan açıklamada, Ordu temsilcisinin devre arasında hücum hattına önemli bir takviye yaptığı vurgulandı. İmza törenine Ordu Büyükşehir Belediye Başkanı da katıldı. Teknik direktör Hakan Yıldız, 'Kadromuza savaşçı ruhlu bir oyuncu kattık, ligin ikinci yarısında zirve yarışına ortak olacağız' dedi. Beridze'nin cumartesi günü kendi sahalarında oynanacak maçta forma giymesi bekleniyor.",
        "rules": [],
        "note": "Near-miss: football club from the city of Ordu (= 'army'), player contract ('sözleşme'), 'takviye' (reinforcement), 'savaşçı'. Sports only.",
    },
    {
        "id": "tr-f6", "language": "tr",
        "title": "Somali ordusuna zırhlı araç ve İHA teslimatı",
        "body": "Türkiye, Somali Ulusal Ordusu'nun kapasitesini artırmaya yönelik destek kapsamında 30 zırhlı personel taşıyıcı ile iki insansız hava aracı sistemini Mogadişu'da düzenlenen törenle teslim etti. Törende konuşan Somali Genelkurmay Başkanı, Türk hükümetinin yardımının eş-Şebab'a karşı yürütülen operasyonlarda belirleyici olacağını söyledi. Araçlarla birlikte yedek parça ve mühimmat da gönderildi. Öte yandan Türkiye'nin desteğiyle yetiştirilen 600 Somalili asker de düzenlenen yemin töreniyle mezun oldu. Türk yetkililer, yeni teslimatların önümüzdeki aylarda süreceğini bildirdi.",
        "rules": ["military_assistance"],
        "note": "Turkey delivers armoured vehicles, UAVs and ammunition and trains Somali soldiers: military_assistance. Somali graduates are not a foreign deployment.",
    },
    {
        "id": "tr-f7", "language": "tr",
        "title": "Katar'daki Türk üssüne 300 asker daha konuşlandırılıyor",
        "body": "Türkiye ile Katar arasında imzalanan askeri işbirliği anlaşması çerçevesinde Doha'daki Türk-Katar Birleşik Kuvvet Komutanlığı'na yaklaşık 300 asker daha gönderilecek. Milli Savunma Bakanlığı'nın açıklamasına göre, mekanize piyade ve hava savunma unsurlarından oluşan takviye birlik, iki ülke arasındaki yıllık ortak komite toplantısında alınan karar doğrultusunda konuşlandırılıyor. Böylece üsteki Türk askeri personelinin sayısı 3 bini aşacak. Katar Savunma Bakanlığı da konuşlandırmanın, anlaşmanın 'bölgesel istikrara katkı' hedefiyle uyumlu olduğunu vurguladı.",
        "rules": ["treaty", "troops"],
        "note": "300 more soldiers stationed in Qatar (troops) under an existing bilateral military agreement that is invoked (treaty).",
    },
    {
        "id": "tr-f8", "language": "tr",
        "title": "'Kurtuluş Cephesi' dizisinin çekimleri başladı: Yüzlerce figüran asker üniforması giydi",
        "body": "Kurtuluş Savaşı'nı konu alan 'Kurtuluş Cephesi' dizisinin çekimleri Afyonkarahisar'da başladı. Yapım şirketi Kırmızı Kule Film'in açıklamasına göre, savaş sahneleri için 600'ü aşkın figüran dönemin asker üniformalarını giydi, sete 40 at ve replika toplar getirildi. Oyuncu kadrosu, çekimler öncesinde bir hafta boyunca tüfek kullanımı ve yürüyüş eğitimi aldı. Dizinin yönetmeni Cem Akalın, Başkomutanlık Meydan Muharebesi sahnelerinin tek planda çekileceğini söyledi. Yapımın, kanalla imzalanan sözleşme gereği sonbaharda yayına girmesi planlanıyor.",
        "rules": [],
        "note": "Near-miss: TV series about a war; extras in soldiers' uniforms, weapons training for actors, contract with a channel. Fiction/film crew.",
    },
    # ------------------------------------------------------------------ zh
    {
        "id": "zh-f1", "language": "zh",
        "title": "中国与东盟完成“南海行为准则”案文第三轮审读",
        "body": "据外交部消息，中国与东盟国家落实《南海各方行为宣言》第二十三次高官会日前在老挝万象举行，各方完成了“南海行为准则”单一磋商文本第三轮审读。与会官员表示，各方在争议处理机制、准则适用范围等关键条款上取得积极进展，同意加快磋商进程，力争早日达成有效、实质、符合国际法的准则。下一轮磋商将于明年初在菲律宾马尼拉举行。",
        "rules": ["treaty"],
        "note": "States negotiating the South China Sea Code of Conduct text and invoking the DOC: treaty (negotiation).",
    },
    {
        "id": "zh-f2", "language": "zh",
        "title": "第十二批赴南苏丹（朱巴）维和步兵营主力出征",
        "body": "8日，中国第十二批赴南苏丹（朱巴）维和步兵营主力官兵分批乘机从郑州出发，奔赴任务区。该营由第83集团军某合成旅抽组，共700人，编有步兵连、警卫连、保障连等分队，将接替第十一批维和部队，担负朱巴地区保护平民、武装护卫、巡逻警戒等任务。出征前，官兵们进行了为期三个月的适应性训练，重点演练城市巡逻、难民营安全防卫和突发事件处置等课目。",
        "rules": ["troops"],
        "note": "Peacekeeping infantry battalion (700 servicemen) deployed to South Sudan: troops. Own pre-deployment training is not assistance.",
    },
    {
        "id": "zh-f3", "language": "zh",
        "title": "上海青藤剧团赴开罗巡演",
        "body": "应埃及一家演出公司邀请，上海青藤剧团一行42人日前抵达开罗，将在开罗歌剧院等地演出话剧《茶馆》六场。据剧团负责人介绍，此次巡演依据剧团与埃及“尼罗河艺术”公司签订的三年合作合同进行，舞美道具和服装已提前一个月海运抵达。为适应当地舞台，演员们抵达后即投入为期一周的“集训”。剧团还将赴亚历山大、卢克索，与当地艺术院校开展交流。",
        "rules": [],
        "note": "Near-miss: theatre troupe (剧团) tour, contract between a troupe and a company, '集训' rehearsal camp. Nothing state-level or military.",
    },
    {
        "id": "zh-f4", "language": "zh",
        "title": "日美签署新版驻日美军经费分担特别协定",
        "body": "日本外务大臣与美国驻日大使14日在东京签署新的《驻日美军经费分担特别协定》，有效期五年。根据协定，日方将在此期间承担约1.1万亿日元驻军相关费用，用于美军基地日籍员工薪酬、水电开支及训练设施维护等。协定还须经日本国会批准后生效。目前约有5.4万名美军官兵驻扎在日本，其中七成左右集中在冲绳。日本部分在野党批评称经费负担逐年增加，要求政府重新审视驻军规模。",
        "rules": ["treaty", "troops"],
        "note": "Special agreement between Japan and the US signed, pending Diet approval (treaty); concerns ~54,000 US troops stationed in Japan (troops). Host-nation cost sharing is not military aid to another state's forces in the sense intended.",
    },
    {
        "id": "zh-f5", "language": "zh",
        "title": "欧盟向摩尔多瓦军队提供防空雷达和装甲车",
        "body": "欧盟理事会日前批准通过“欧洲和平基金”向摩尔多瓦提供价值6000万欧元的军事援助，包括机动防空雷达系统、轻型装甲车辆及通信设备。欧盟方面表示，援助将帮助摩尔多瓦国民军提升空域监视和快速反应能力，部分装备已在基希讷乌交付。此外，欧盟还将为摩军人员提供装备操作与维修培训。这是该基金设立以来第五次向摩尔多瓦提供援助，累计金额已超过2亿欧元。",
        "rules": ["military_assistance"],
        "note": "EU (European Peace Facility) military aid: radars, armoured vehicles, training for Moldovan forces: military_assistance.",
    },
    {
        "id": "zh-f6", "language": "zh",
        "title": "空军运输机将救灾物资运抵汤加",
        "body": "应汤加政府请求，中国政府紧急援助汤加的首批救灾物资20日由两架空军运-20运输机运抵努库阿洛法。物资包括帐篷、净水设备、发电机、折叠床和食品等，共计约60吨。中国驻汤加大使在机场与汤加副首相共同出席交接仪式。机组人员卸货后随即返航。据悉，后续援助物资将通过商船分批运送。",
        "rules": [],
        "note": "Near-miss: humanitarian disaster relief flown by air-force transports, handover ceremony; crews return at once. Not military assistance or deployment.",
    },
    {
        "id": "zh-f7", "language": "zh",
        "title": "中国向柬埔寨皇家军队移交一批军援物资",
        "body": "中国政府援助柬埔寨皇家军队的一批军用卡车、巡逻艇和工程机械装备交接仪式日前在金边举行，中国驻柬埔寨大使馆国防武官与柬国防部国务秘书签署交接证书。此批军援物资包括120辆军用卡车、4艘内河巡逻艇以及多套排雷装备。柬方表示，这些装备将用于边境巡逻和部队日常训练。据了解，中方今年还将接收30名柬军青年军官来华参加为期一年的指挥培训。",
        "rules": ["military_assistance"],
        "note": "Chinese military aid (trucks, patrol boats) handed to Cambodian army plus officer training in China: military_assistance. A handover certificate is not a treaty.",
    },
    {
        "id": "zh-f8", "language": "zh",
        "title": "宏远签下新外援 广东军团补强内线",
        "body": "广东宏远俱乐部7日宣布，与美国中锋马库斯·里德签约，合同期至本赛季结束。这名28岁的外援身高2.11米，上赛季效力于土耳其联赛。俱乐部表示，新援加盟将有效缓解球队内线伤病带来的压力。里德将于下周随队参加在珠海进行的集训，最快于本月下旬的客场比赛中亮相。本赛季开局，广东军团内线篮板处于联盟下游，此番引援被外界视为一次“增兵”。",
        "rules": [],
        "note": "Near-miss: basketball; '外援' (foreign player, literally 'foreign aid'), '军团' (legion), '增兵' figurative, player contract.",
    },
    # ------------------------------------------------------------------ ja
    {
        "id": "ja-f1", "language": "ja",
        "title": "日インドネシア租税条約、改正議定書に署名",
        "body": "政府は12日、インドネシアとの租税条約を改正する議定書にジャカルタで署名したと発表した。改正議定書は、配当や利子に対する源泉地国での課税の上限税率を引き下げるほか、税務当局間の情報交換の対象を拡大し、条約の濫用を防ぐ規定を新たに盛り込んだ。両国での国内手続きを経て発効する。外務省は「日系企業の現地での投資環境が一層改善される」としている。政府は今国会に承認案を提出する方針だ。",
        "rules": ["treaty"],
        "note": "Protocol amending the Japan–Indonesia tax treaty signed: treaty.",
    },
    {
        "id": "ja-f2", "language": "ja",
        "title": "ジブチ拠点に陸自部隊を追加派遣へ　紅海の情勢悪化受け",
        "body": "防衛省は、アフリカ東部ジブチにある自衛隊の活動拠点に、陸上自衛隊の警備部隊約60人を追加派遣すると発表した。紅海周辺で商船への攻撃が相次ぐなか、拠点の警護態勢を強化する。派遣される隊員は中央即応連隊を中心に編成され、来月上旬に空自の輸送機で現地入りする。拠点には現在、海賊対処に当たる海自のP3C哨戒機部隊など約180人が駐留している。",
        "rules": ["troops"],
        "note": "Additional Self-Defense Force unit dispatched to, and personnel stationed in, Djibouti: troops.",
    },
    {
        "id": "ja-f3", "language": "ja",
        "title": "劇団こだま座、ソウル公演へ出発",
        "body": "東京を拠点に活動する劇団こだま座の俳優・スタッフ約30人が15日、韓国・ソウルでの公演に向けて羽田空港を出発した。同劇団は昨年、ソウルの民間劇場運営会社と3年間の公演契約を結んでおり、今回は代表作「海の見える部隊」を上演する。同作は、旧日本軍の小部隊を舞台に、戦場に取り残された兵士たちの葛藤を描いた群像劇。主宰の浅野健一さんは「言葉の壁を越えて届けたい」と意気込みを語った。",
        "rules": [],
        "note": "Near-miss: theatre troupe (劇団) tour; contract with a private theatre company; the 部隊/兵士 are in a stage play.",
    },
    {
        "id": "ja-f4", "language": "ja",
        "title": "在沖縄海兵隊のグアム移転始まる　第1陣約100人が出発",
        "body": "日米両政府が合意した在沖縄米海兵隊のグアム移転計画に基づき、第1陣となる兵站部隊の隊員約100人が沖縄からグアムへの移動を始めた。防衛省によると、移転は数年かけて段階的に進められ、最終的に約4000人が沖縄を離れる。日本側は日米間の協定に基づき、グアムの基地施設整備費の一部を負担している。沖縄県知事は「負担軽減の一歩」と評価する一方、普天間飛行場の移設問題とは切り離すよう求めた。",
        "rules": ["treaty", "troops"],
        "note": "US Marines withdrawn from Okinawa / relocated to Guam (troops) under a Japan–US agreement that is invoked (treaty).",
    },
    {
        "id": "ja-f5", "language": "ja",
        "title": "戦略ゲーム「鉄の師団」発売　兵士の派遣や補給を指揮",
        "body": "ゲーム会社のアークライト・スタジオ（東京）は、第2次世界大戦の欧州戦線を舞台にした戦略シミュレーションゲーム「鉄の師団」を発売した。プレーヤーは司令官となり、歩兵部隊や戦車大隊の派遣、弾薬や燃料の補給を指揮する。同盟国との条約締結や武器供与といった外交要素も盛り込まれた。同社は海外の販売会社とも販売契約を結んでおり、年内に欧米でも配信する予定だ。",
        "rules": [],
        "note": "Near-miss: war video game; troop dispatch, treaties and arms supply happen only inside the game; sales contract between companies.",
    },
    {
        "id": "ja-f6", "language": "ja",
        "title": "OSAでフィジー軍に警備艇供与　交換公文に署名",
        "body": "政府は、同志国の軍などに防衛装備品を無償で提供する「政府安全保障能力強化支援（OSA）」の枠組みで、フィジー共和国軍に警備艇2隻と沿岸監視用レーダーを供与することを決め、首都スバで両国政府が交換公文に署名した。違法操業や密輸の監視能力を高めるのが狙い。供与は来年度中に行い、海上自衛隊が操作要員の訓練も支援する。",
        "rules": ["treaty", "military_assistance"],
        "note": "Exchange of notes signed between two governments (formal international agreement: treaty) for donating patrol boats and radar to Fiji's military with training (military_assistance).",
    },
    {
        "id": "ja-f7", "language": "ja",
        "title": "豪、パプアニューギニア国防軍に装甲車や無人機を供与",
        "body": "オーストラリア政府は、パプアニューギニア国防軍（PNGDF）に対し、装甲車両12台と偵察用ドローン20機を供与すると発表した。総額約3000万豪ドルの安全保障支援の一環で、国境警備や部族間衝突への対応能力の向上を図る。来年からは同国兵士約200人を対象に、車両の運用や整備に関する訓練も実施する。豪国防相は「太平洋の安定に不可欠な投資だ」と述べた。",
        "rules": ["military_assistance"],
        "note": "Australia donates armoured vehicles and drones and trains PNG soldiers: military_assistance.",
    },
    {
        "id": "ja-f8", "language": "ja",
        "title": "全国から機動隊員を派遣　大阪での国際会議警備で",
        "body": "警察庁は、来月大阪市で開かれる主要国の閣僚会合の警備のため、全国の都道府県警から機動隊員など約8000人を大阪府警に特別派遣すると発表した。会場周辺では大規模な交通規制が敷かれ、爆発物処理班や水上部隊も配置される。会合ではデジタル分野の規制や観光振興などが議題となる見通しで、警察当局は「テロの未然防止に万全を期す」としている。",
        "rules": [],
        "note": "Near-miss: domestic police (riot police) dispatch, '部隊' of police. Not military troops; the meeting agenda involves no treaty.",
    },
    # ------------------------------------------------------------------ ko
    {
        "id": "ko-f1", "language": "ko",
        "title": "한·칠레 FTA 개선 협상 타결…20년 만에 전면 개정",
        "body": "한국과 칠레가 2004년 발효된 자유무역협정(FTA)의 개선 협상을 최종 타결했다. 산업통상자원부는 양국 통상장관이 산티아고에서 회담을 열고 개정 의정서 문안에 합의했다고 밝혔다. 개정 협정에는 디지털 무역, 공급망 협력, 핵심 광물 분야 장(章)이 새로 포함됐으며, 칠레 측은 한국산 일부 농식품에 대한 관세를 추가로 철폐하기로 했다. 정부는 연내 정식 서명을 마친 뒤 국회 비준 동의 절차를 밟을 계획이다. 칠레는 한국의 리튬·구리 주요 공급국 가운데 하나로, 양국 교역액은 협정 발효 이후 네 배 가까이 늘었다.",
        "rules": ["treaty"],
        "note": "Negotiations on amending a bilateral FTA concluded, protocol to be signed and ratified: treaty.",
    },
    {
        "id": "ko-f2", "language": "ko",
        "title": "동명부대 32진 레바논으로 출국…유엔 평화유지 임무 교대",
        "body": "레바논 남부에서 유엔 평화유지 활동을 펼칠 동명부대 32진 장병 약 280명이 이날 인천국제공항을 통해 출국했다. 합동참모본부에 따르면 이번 파병 부대는 육군 특전사와 해병대 등에서 선발된 인원으로 구성됐으며, 두 차례에 나눠 현지에 도착한 뒤 31진과 임무를 교대한다. 장병들은 앞으로 8개월간 티르 지역에서 감시 정찰과 불발탄 제거, 민군 작전 등을 수행하게 된다. 출국에 앞서 부대원들은 4개월 동안 현지 적응 훈련을 받았다. 임무를 마친 31진 장병들은 다음 주 초 귀국할 예정이다.",
        "rules": ["troops"],
        "note": "Korean peacekeeping unit (~280 troops) deployed to Lebanon, rotation: troops.",
    },
    {
        "id": "ko-f3", "language": "ko",
        "title": "극단 '바람꽃' 유럽 순회공연 출정…아비뇽 무대 선다",
        "body": "서울 대학로를 기반으로 활동해 온 극단 '바람꽃'이 프랑스 아비뇽 오프 페스티벌을 시작으로 한 달간의 유럽 순회공연에 나선다. 극단은 현지 공연기획사와 맺은 계약에 따라 아비뇽, 브뤼셀, 베를린 등 4개 도시에서 모두 18차례 무대에 오를 예정이다. 공연작은 한국전쟁 당시 낙오된 병사들의 이야기를 그린 '마지막 소대'. 단원 22명은 출국에 앞서 석 달 가까이 '전지훈련'을 방불케 하는 합숙 연습을 소화했다. 김도현 대표는 '한국 연극의 저력을 보여 주겠다'고 말했다. 극단은 현지 관객을 위해 프랑스어·영어 자막도 준비했다.",
        "rules": [],
        "note": "Near-miss: theatre troupe (극단) tour, contract with a promoter, war play about soldiers/platoon, figurative '출정'/'전지훈련'.",
    },
    {
        "id": "ko-f4", "language": "ko",
        "title": "아크부대 24진 UAE로 출발…한·UAE 군사협력 협정 근거",
        "body": "아랍에미리트(UAE) 군의 특수전 교육훈련을 지원하는 아크부대 24진 장병 150여 명이 환송식을 마치고 현지로 떠났다. 아크부대는 2010년 양국 정부가 체결한 군사협력 협정과 후속 약정에 근거해 파견되는 비분쟁지역 파병 부대로, 알아인 지역에 주둔하며 UAE 특수전 부대와 연합훈련을 하고 UAE 장병들을 교육한다. 유사시에는 현지 우리 국민 보호 임무도 맡는다. 국방부는 최근 양국 국방장관 회담에서 협정 이행 상황을 점검하고 협력 범위를 방산·교육 분야로 확대하는 방안을 논의했다고 밝혔다.",
        "rules": ["treaty", "troops", "military_assistance"],
        "note": "Korean unit (~150 troops) dispatched/stationed in the UAE (troops) under an invoked bilateral military cooperation agreement (treaty), whose mission is training UAE soldiers (military_assistance).",
    },
    {
        "id": "ko-f5", "language": "ko",
        "title": "퇴역 초계함, 필리핀 해군에 무상 양도",
        "body": "해군은 지난해 퇴역한 포항급 초계함 1척을 필리핀 해군에 무상 양도했다고 밝혔다. 진해 군항에서 열린 인도식에는 양국 해군 관계자들이 참석했으며, 필리핀 해군 승조원 100여 명은 지난 두 달간 한국 해군으로부터 함정 운용과 정비 교육을 받았다. 함정은 필리핀 승조원들이 직접 운항해 이달 말 마닐라에 도착할 예정이다. 국방부 관계자는 '필리핀의 해양 안보 역량 강화를 지원하고 양국 국방 협력을 넓히는 계기가 될 것'이라고 말했다. 해군은 앞서 다른 동남아시아 국가 해군에도 퇴역 함정을 넘겨준 바 있다.",
        "rules": ["military_assistance"],
        "note": "Free transfer of a decommissioned corvette to the Philippine Navy with crew training: military_assistance.",
    },
    {
        "id": "ko-f6", "language": "ko",
        "title": "상무서 전역한 이도윤, 원소속팀 전북과 3년 재계약",
        "body": "김천 상무에서 군 복무를 마친 미드필더 이도윤(26)이 원소속팀 전북 현대로 복귀해 3년 재계약을 맺었다. 이도윤은 지난해 입대해 '군팀' 상무에서 18개월간 뛰며 리그 28경기에 출전해 6골 5도움을 기록했다. 전역 직후 구단과 협상에 나선 그는 연봉 인상 조건에 합의한 것으로 알려졌다. 전북 관계자는 '중원에 든든한 지원군이 돌아왔다'며 '동계 전지훈련부터 팀에 합류한다'고 전했다. 한편 김천 상무는 다음 달 신병 선수 12명을 새로 받는다. 구단은 그의 합류로 다음 시즌 중원 운용에 숨통이 트일 것으로 기대하고 있다.",
        "rules": [],
        "note": "Near-miss: army football team (상무, '군팀'), discharge/enlistment vocabulary, player re-signing contract, figurative '지원군' (reinforcements). Domestic sport.",
    },
    {
        "id": "ko-f7", "language": "ko",
        "title": "미국, 에콰도르군에 헬기·순찰정 제공…마약 조직 대응 지원",
        "body": "미국 정부가 마약 밀매 조직과의 전면전을 선포한 에콰도르에 헬기와 순찰정 등 1억 달러 규모의 안보 지원을 제공한다. 주에콰도르 미국대사관은 UH-60 블랙호크 헬기 4대와 고속 순찰정 6척, 야간투시경과 방탄 장비가 포함된 지원 패키지를 단계적으로 에콰도르군에 인도한다고 밝혔다. 첫 물량은 과야킬 해군기지에 이미 도착했다. 미 남부사령부는 에콰도르군 조종사와 정비 인력을 대상으로 한 교육 과정도 운영할 계획이다. 에콰도르 국방장관은 '범죄 조직 소탕 작전에 결정적인 힘이 될 것'이라고 말했다.",
        "rules": ["military_assistance"],
        "note": "US security assistance package (helicopters, patrol boats, equipment, training) to Ecuador's armed forces: military_assistance.",
    },
    {
        "id": "ko-f8", "language": "ko",
        "title": "대성정밀 노사, 임금협약 타결…폴란드행 자주포 부품 납기 차질 피해",
        "body": "방산업체 대성정밀 노사가 파업 돌입을 하루 앞두고 올해 임금·단체협약에 극적으로 합의했다. 노사는 기본급 5.2% 인상과 성과급 지급, 정년 연장 논의 기구 구성 등을 골자로 한 잠정합의안을 마련했으며, 조합원 찬반투표에서 62% 찬성으로 가결됐다. 이번 타결로 회사가 지난해 폴란드 방산업체와 맺은 자주포 부품 공급 계약의 납기 차질 우려도 해소됐다. 회사 측은 '창원 공장의 생산 라인을 정상 가동해 수출 물량을 차질 없이 납품하겠다'고 밝혔다. 노조는 애초 기본급 7% 인상을 요구했으나 막판 협상에서 한발 물러선 것으로 전해졌다.",
        "rules": [],
        "note": "Near-miss: labour agreement ('협약') at a defence firm and a commercial parts-supply contract between two companies; no state-to-state aid or treaty.",
    },
]


def kind_of(rules):
    return "positive" if rules else "near-miss"


def self_check(articles):
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(articles) == 8 * len(LANGS), len(articles)
    for lang in LANGS:
        group = [a for a in articles if a["language"] == lang]
        assert len(group) == 8, (lang, len(group))
        assert sorted(a["id"] for a in group) == sorted(f"{lang}-f{i}" for i in range(1, 9)), lang
        pos = [a for a in group if a["rules"]]
        assert len(pos) == 5, (lang, "positives", len(pos))
        for rule in RULES:
            assert any(rule in a["rules"] for a in group), (lang, "missing rule", rule)
    for a in articles:
        assert a["id"].split("-")[0] == a["language"], a["id"]
        assert set(a["rules"]) <= RULES, a["id"]
        assert len(a["rules"]) == len(set(a["rules"])), a["id"]
        assert a["kind"] == kind_of(a["rules"]), a["id"]
        assert a["kind"] in ("positive", "near-miss"), a["id"]
        assert a["title"].strip() and a["note"].strip(), a["id"]
        n = len(a["body"])
        lo, hi = (120, 400) if a["language"] in ("zh", "ja") else (250, 800)
        assert lo <= n <= hi, (a["id"], n)


def main():
    for a in ARTICLES:
        a["kind"] = kind_of(a["rules"])
    self_check(ARTICLES)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "east.jsonl")
    keys = ["id", "language", "title", "body", "rules", "kind", "note"]
    with open(out, "w", encoding="utf-8") as f:
        for a in ARTICLES:
            rec = {k: a[k] for k in keys}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(ARTICLES)} articles to {out}")


if __name__ == "__main__":
    main()
