#!/usr/bin/env python3
"""Hand-labelled evaluation set (round 8, "east" languages: ru uk ar tr zh ja ko).

All articles are original and fictional (invented events; real states and
institutions appear only as context). Labels were assigned by reading only.
Writes east.jsonl next to this script and checks it.
"""
import json
import os

T = "treaty"
TR = "troops"
MA = "military_assistance"

ARTICLES = [
    # ------------------------------------------------------------------ ru
    {
        "id": "ru-y1", "language": "ru",
        "title": "Астана и Бишкек договорились о разделе воды на приграничных реках",
        "body": "Казахстан и Кыргызстан подписали в Астане межправительственное соглашение о совместном использовании водных ресурсов рек Шу и Талас. Документ, над которым стороны работали почти три года, закрепляет квоты на летний полив и порядок компенсации расходов на содержание водохранилищ. Как сообщили в пресс-службе казахстанского министерства водных ресурсов, соглашение вступит в силу после ратификации парламентами двух стран. В Бишкеке рассчитывают, что новые правила снимут напряжённость среди фермеров Таласской области, где прошлым летом из-за нехватки воды дважды перекрывали трассу.",
        "rules": [T],
        "note": "Intergovernmental water-sharing agreement signed between two states, pending ratification: treaty.",
    },
    {
        "id": "ru-y2", "language": "ru",
        "title": "Труппа Пермского балета отправилась на гастроли по Латинской Америке",
        "body": "Труппа Пермского театра оперы и балета вылетела в Буэнос-Айрес, откуда начнутся её первые за десять лет гастроли по Латинской Америке. В течение месяца артисты покажут «Жизель» и «Щелкунчика» в Аргентине, Чили и Уругвае. Вместе с танцовщиками в поездку отправились оркестр, костюмеры и технический персонал — в общей сложности около 140 человек. Художественный руководитель пошутил, что подобная переброска «целого полка» с декорациями требует армейской логистики: только костюмы заняли два морских контейнера.",
        "rules": [],
        "note": "Near-miss for troops: a ballet troupe ('труппа') tours abroad, with a joking 'переброска целого полка'; no military forces involved.",
    },
    {
        "id": "ru-y3", "language": "ru",
        "title": "Душанбе усилил группировку на границе с Афганистаном",
        "body": "Министерство обороны Таджикистана перебросило в Хатлонскую область дополнительные подразделения мотострелковой бригады после серии перестрелок на участке границы у Пянджа. По данным ведомства, на усиление направлены около 1200 военнослужащих, бронетехника и миномётные расчёты. Военные займут позиции вдоль реки на протяжении почти 80 километров и будут действовать совместно с пограничниками. В Душанбе подчеркнули, что переброска носит оборонительный характер и продлится как минимум до конца зимы.",
        "rules": [TR],
        "note": "A state's army units and about 1,200 servicemen moved to its own border: troops (border guards mentioned but the army units are the trigger).",
    },
    {
        "id": "ru-y4", "language": "ru",
        "title": "Анкара передала сомалийской армии партию бронемашин",
        "body": "Турция безвозмездно передала Национальной армии Сомали 40 бронированных машин и партию стрелкового оружия, сообщило министерство обороны Сомали. Церемония прошла на военной базе в Могадишо в присутствии посла Турции. Помимо техники, Анкара поставит запасные части и средства связи, а также оплатит обучение сомалийских механиков в турецких учебных центрах. Министр обороны Сомали назвал поставку «своевременной поддержкой» в период наступления на позиции группировки «Аш-Шабаб» в центральных районах страны.",
        "rules": [MA],
        "note": "Free transfer of armoured vehicles and small arms from one state to another's army, plus training of trainees in Turkey: military assistance only.",
    },
    {
        "id": "ru-y5", "language": "ru",
        "title": "Уральский производитель труб подписал соглашение с турецким холдингом",
        "body": "Челябинская компания «УралТрубСталь» и турецкий холдинг Derinsu подписали на полях экономического форума в Казани соглашение о создании совместного предприятия. Договор предусматривает строительство в Мерсине завода по выпуску труб большого диаметра мощностью 300 тысяч тонн в год. Стороны внесут в уставный капитал по 50%, запуск производства запланирован на 2027 год. Представители компаний подчеркнули, что сделка носит исключительно коммерческий характер и не требует одобрения правительств двух стран.",
        "rules": [],
        "note": "Near-miss for treaty: 'соглашение'/'договор' between two companies from Russia and Turkey; no state is a party.",
    },
    {
        "id": "ru-y6", "language": "ru",
        "title": "Манила ратифицировала соглашение о статусе сил с Новой Зеландией",
        "body": "Сенат Филиппин ратифицировал соглашение о статусе сил с Новой Зеландией, подписанное в Маниле в прошлом году. Документ определяет правовой режим для военнослужащих одной страны, находящихся на территории другой, в том числе порядок юрисдикции и ввоза техники. Как заявили в министерстве обороны Новой Зеландии, первая ротация из примерно 250 военных прибудет на Лусон уже весной и будет размещена на базе в провинции Пампанга на время совместных учений. Веллингтон стал одной из немногих стран, заключивших подобный договор с Манилой.",
        "rules": [T, TR],
        "note": "Ratification of a status-of-forces agreement (treaty) and an announced deployment of about 250 New Zealand soldiers to Luzon (troops).",
    },
    {
        "id": "ru-y7", "language": "ru",
        "title": "Военно-транспортный самолёт доставил в Мьянму гуманитарный груз",
        "body": "Военно-транспортный самолёт Ил-76 доставил в Янгон 35 тонн гуманитарной помощи для пострадавших от землетрясения в центральной Мьянме. На борту находились палатки, медикаменты, продуктовые наборы и передвижные электростанции. Груз передан местному Красному Кресту, который распределит его в районе Мандалая. Это уже второй рейс с помощью: на прошлой неделе в страну прибыл отряд спасателей МЧС с кинологами. По словам посла, следующая партия будет включать оборудование для очистки воды.",
        "rules": [],
        "note": "Near-miss for military_assistance: humanitarian relief flown in by a military transport aircraft; rescuers are civilian emergency staff, not troops.",
    },
    {
        "id": "ru-y8", "language": "ru",
        "title": "Казахстанские военные инструкторы отправятся в Кыргызстан",
        "body": "Казахстан направит в Кыргызстан группу военных инструкторов для подготовки горнострелковых подразделений, сообщили в Минобороны республики. Решение принято в рамках соглашения о военном сотрудничестве 2021 года, на которое сослался министр обороны на встрече с киргизским коллегой в Алматы. Около 60 офицеров и сержантов проведут полгода на полигонах Ошской области. Кроме того, Астана безвозмездно передаст соседям приборы ночного видения, квадрокоптеры и партию снаряжения для действий в высокогорье.",
        "rules": [T, TR, MA],
        "note": "An existing bilateral military cooperation agreement is invoked (treaty); military trainers sent abroad (troops and military assistance); free equipment transfer (military assistance).",
    },
    # ------------------------------------------------------------------ uk
    {
        "id": "uk-y1", "language": "uk",
        "title": "Україна та Румунія обмінялися нотами щодо кордону в гирлі Дунаю",
        "body": "Міністерства закордонних справ України та Румунії обмінялися нотами, якими затвердили оновлений опис лінії державного кордону на ділянці в гирлі Дунаю. Потреба в уточненні виникла через зміщення русла та утворення нових островів поблизу Вилкового. Згідно з домовленістю, спільна комісія протягом року встановить нові прикордонні знаки, а рибалки обох країн отримають право проходу протокою без додаткових дозволів. У МЗС наголосили, що обмін нотами завершує переговори, які тривали з 2019 року.",
        "rules": [T],
        "note": "Exchange of notes between two states fixing a border line: treaty.",
    },
    {
        "id": "uk-y2", "language": "uk",
        "title": "Кенія відправила на Гаїті ще 300 поліцейських",
        "body": "Кенія направила на Гаїті ще 300 поліцейських, які поповнять багатонаціональну місію підтримки безпеки. Нова група — це співробітники спецпідрозділів Національної служби поліції, зокрема загону швидкого реагування. У Найробі заявили, що кенійські поліцейські сили й надалі очолюватимуть місію, яка допомагає гаїтянській поліції відновити контроль над кварталами столиці, захопленими бандами. Місія діє за мандатом Ради Безпеки ООН, а її фінансування забезпечують переважно добровільні внески держав-донорів.",
        "rules": [],
        "note": "Near-miss for troops: police officers ('поліцейські сили') sent abroad on a security mission; police are not troops, and donor funding is financial aid.",
    },
    {
        "id": "uk-y3", "language": "uk",
        "title": "Японія передасть Філіппінам берегові радари в межах програми OSA",
        "body": "Уряд Японії передасть Збройним силам Філіппін комплекс берегових радарів для спостереження за Південнокитайським морем. Постачання фінансується з програми офіційної допомоги у сфері безпеки (OSA), яку Токіо запровадив для зміцнення оборонних спроможностей країн-партнерів. Крім радарів, філіппінські військові отримають систему передачі даних, а оператори пройдуть навчання в Японії. Перші станції мають запрацювати на острові Палаван до кінця наступного року. У Манілі назвали внесок Токіо відчутним посиленням морського нагляду.",
        "rules": [MA],
        "note": "Defence equipment given by Japan to the Philippine armed forces under a security-assistance programme, with trainees received in Japan: military assistance only.",
    },
    {
        "id": "uk-y4", "language": "uk",
        "title": "Руанда перекинула до Мозамбіку додатковий батальйон",
        "body": "Руанда направила до мозамбіцької провінції Кабу-Делгаду ще один батальйон своїх військових, повідомили в Кігалі. Близько 700 бійців посилять угруповання, яке з 2021 року воює проти бойовиків, пов'язаних з «Ісламською державою». За даними Сил оборони Руанди, нові підрозділи розташуються в районі Мосімбоа-да-Прая, де останніми тижнями почастішали напади на села та на дорогу до газового проєкту. Загалом у провінції тепер перебуває понад чотири тисячі руандійських військовослужбовців.",
        "rules": [TR],
        "note": "A battalion of Rwandan soldiers deployed to fight in Mozambique: troops.",
    },
    {
        "id": "uk-y5", "language": "uk",
        "title": "Трупа Львівської опери вирушає на гастролі до Японії",
        "body": "Трупа Львівського національного театру опери та балету вирушає у тритижневе гастрольне турне Японією. Артисти покажуть «Лебедине озеро» та «Наталку Полтавку» в Токіо, Осаці й Нагої. Разом із солістами їдуть хор, оркестр і постановочна частина — загалом понад сто осіб. Директор театру зазначив, що декорації довелося відправити морем ще два місяці тому. Частину зборів від вистав японські організатори передадуть на відновлення пошкоджених українських шкіл.",
        "rules": [],
        "note": "Near-miss for troops: an opera and ballet troupe ('трупа') touring abroad; the school-reconstruction donation is civilian aid.",
    },
    {
        "id": "uk-y6", "language": "uk",
        "title": "Угода про взаємний доступ: перші японські підрозділи прибудуть до Дарвіна",
        "body": "Угода про взаємний доступ між Японією та Австралією, яка регулює перебування військових однієї країни на території іншої, отримала практичне застосування: Канберра і Токіо оголосили, що наприкінці місяця до Північної території прибуде рота Сил самооборони Японії. Близько 150 військовослужбовців і гелікоптери розмістяться на базі поблизу Дарвіна на шість тижнів. Прем'єр-міністр Австралії назвав розгортання першим великим випробуванням документа, підписаного 2022 року.",
        "rules": [T, TR],
        "note": "A reciprocal access agreement between two states is invoked (treaty) and Japanese soldiers are to be stationed in Australia (troops).",
    },
    {
        "id": "uk-y7", "language": "uk",
        "title": "Нідерланди направлять до Молдови інструкторів з розмінування",
        "body": "Уряд Нідерландів ухвалив рішення відрядити до Молдови групу військових інструкторів, які навчатимуть молдовських саперів. Як повідомило міністерство оборони в Гаазі, до Кишинева вирушать 25 фахівців інженерних військ. Вони проведуть курси з виявлення та знешкодження вибухонебезпечних предметів на полігоні поблизу Бульбоаки. Крім того, Нідерланди безоплатно передадуть молдовській армії комплекти захисного спорядження та міношукачі. Програма розрахована на два роки.",
        "rules": [TR, MA],
        "note": "Military trainers sent abroad (troops and military assistance) plus free transfer of protective gear and mine detectors to the Moldovan army (military assistance).",
    },
    {
        "id": "uk-y8", "language": "uk",
        "title": "Український виробник дронів уклав перший експортний контракт",
        "body": "Київський розробник безпілотників «Обрій Аеро» підписав перший експортний контракт: естонська компанія Lindvest Defence придбає партію з 400 розвідувальних дронів для інтеграції у власні комплекси спостереження. Сума угоди не розголошується. Експорт став можливим після того, як Державна служба експортного контролю видала підприємству відповідний дозвіл. У «Обрій Аеро» зазначають, що виручку спрямують на розширення виробництва для потреб ЗСУ, які залишаються основним замовником компанії.",
        "rules": [],
        "note": "Near-miss for military_assistance and treaty: a commercial sale of drones between two firms and a state's own procurement; no state-to-state aid or agreement.",
    },
    # ------------------------------------------------------------------ ar
    {
        "id": "ar-y1", "language": "ar",
        "title": "فرقة رضا للفنون الشعبية تبدأ جولة في أمريكا اللاتينية",
        "body": "انطلقت فرقة رضا للفنون الشعبية في جولة فنية تشمل البرازيل والأرجنتين وتشيلي، هي الأولى لها في أمريكا اللاتينية منذ أكثر من عشرين عاماً. وتضم البعثة أربعين راقصاً وعازفاً يقدمون لوحات مستوحاة من التراث النوبي والصعيدي والبدوي على مسارح ساو باولو وبوينس آيرس وسانتياغو. وقال مدير الفرقة إن «جنود الفن المصري» مستعدون لتمثيل بلادهم في أفضل صورة، مشيراً إلى أن الأزياء والآلات الموسيقية شُحنت قبل أسابيع إلى ساو باولو.",
        "rules": [],
        "note": "Near-miss for troops: 'فرقة' here is a folk-dance troupe and 'جنود الفن' is figurative; no military deployment.",
    },
    {
        "id": "ar-y2", "language": "ar",
        "title": "موريتانيا والسنغال توقعان اتفاقية جديدة للصيد البحري",
        "body": "وقّعت موريتانيا والسنغال في نواكشوط اتفاقية جديدة للصيد البحري تسمح لنحو ثلاثمئة زورق سنغالي تقليدي بالعمل في المياه الموريتانية مقابل رسوم سنوية والتزام بإنزال جزء من المصطادات في الموانئ الموريتانية. ووقّع الاتفاقية وزيرا الصيد في البلدين. وتنص الوثيقة، الممتدة لخمس سنوات، على إنشاء لجنة مشتركة لمتابعة التنفيذ وتبادل بيانات الأقمار الصناعية لمكافحة الصيد غير القانوني. ويأمل الصيادون في سان لويس أن تضع الاتفاقية حداً لسلسلة من الحوادث البحرية التي شهدتها السنوات الماضية.",
        "rules": [T],
        "note": "Fisheries agreement signed between two states: treaty.",
    },
    {
        "id": "ar-y3", "language": "ar",
        "title": "تشاد تدفع بتعزيزات عسكرية إلى حدودها الشرقية",
        "body": "دفع الجيش التشادي بتعزيزات عسكرية كبيرة إلى ولاية وداي على الحدود مع السودان، في أعقاب اشتباكات بين فصائل مسلحة قرب بلدة أدري. وأفادت مصادر عسكرية بأن رتلاً يضم أكثر من مئة آلية ومئات الجنود وصل إلى المنطقة خلال يومين، وأن وحدات من الحرس الجمهوري تمركزت في نقاط قريبة من المعابر. وقال المتحدث باسم الحكومة إن نشر القوات يهدف إلى حماية المدنيين ومنع تسلل المقاتلين، مؤكداً أن تشاد لن تسمح بامتداد النزاع إلى أراضيها.",
        "rules": [TR],
        "note": "A state's army reinforcements and hundreds of soldiers sent to its own border: troops.",
    },
    {
        "id": "ar-y4", "language": "ar",
        "title": "طائرة سعودية محمّلة بمساعدات طبية تصل إلى بورتسودان",
        "body": "حطّت في مطار بورتسودان طائرة تابعة للقوات الجوية الملكية السعودية محمّلة بأكثر من ثلاثين طناً من المساعدات الطبية والغذائية المقدمة من مركز الملك سلمان للإغاثة والأعمال الإنسانية. وتشمل الشحنة أدوية للأمراض المزمنة ومستلزمات غسيل الكلى وحليب الأطفال. وأوضح المركز أن المساعدات ستوزَّع على المستشفيات في ولايات البحر الأحمر وكسلا والقضارف بالتنسيق مع وزارة الصحة السودانية، ضمن جسر جوي إغاثي يتواصل حتى نهاية الشهر.",
        "rules": [],
        "note": "Near-miss for military_assistance: humanitarian medical aid carried by an air force plane is not military aid.",
    },
    {
        "id": "ar-y5", "language": "ar",
        "title": "الجيش اللبناني يتسلم شحنة ذخائر وقطع غيار مقدمة من قطر",
        "body": "تسلّم الجيش اللبناني في مرفأ بيروت شحنة من الذخائر وقطع الغيار للآليات العسكرية قدّمتها دولة قطر هبةً للمؤسسة العسكرية في ظل الأزمة الاقتصادية. وجرت عملية التسليم بحضور ممثل عن قيادة الجيش والسفير القطري في بيروت. وأوضح بيان لقيادة الجيش أن الشحنة تشمل ذخائر للأسلحة الخفيفة والمتوسطة وإطارات ومحركات لناقلات الجند. وكانت الدوحة قد قدّمت في السابق منحاً مالية لدعم رواتب العسكريين. وشكر قائد الجيش قطر على وقوفها الدائم إلى جانب لبنان.",
        "rules": [MA],
        "note": "Ammunition and military vehicle parts donated by one state to another's army: military assistance (the earlier salary grants alone would be financial aid).",
    },
    {
        "id": "ar-y6", "language": "ar",
        "title": "وصول أول دفعة من الجنود الروانديين إلى شمال بنين",
        "body": "وصلت إلى مدينة كاندي في شمال بنين أول دفعة من الجنود الروانديين، وذلك بموجب اتفاقية التعاون العسكري والأمني التي وقّعها البلدان العام الماضي. وقال متحدث باسم الجيش البنيني إن نحو أربعمئة جندي سيتمركزون في المنطقة الحدودية مع بوركينا فاسو والنيجر، حيث تتكرر هجمات الجماعات المسلحة. وأضاف أن الاتفاقية تحدد الوضع القانوني للقوات الرواندية ومدة انتشارها، وأن مجلس الوزراء صادق على ملحق يسمح بتمديد المهمة عاماً إضافياً.",
        "rules": [T, TR],
        "note": "A bilateral military cooperation agreement is invoked and an annex approved (treaty); Rwandan soldiers deployed to Benin (troops).",
    },
    {
        "id": "ar-y7", "language": "ar",
        "title": "شركة سعودية وأخرى كورية توقعان اتفاقية لإنشاء مصنع للبطاريات",
        "body": "وقّعت شركة «نخيل للصناعات المتقدمة» السعودية وشركة «هانول للطاقة» الكورية الجنوبية اتفاقية شراكة لإنشاء مصنع لإنتاج بطاريات السيارات الكهربائية في مدينة الجبيل الصناعية، باستثمارات تقدَّر بمليار ومئتي مليون دولار. وتنص الاتفاقية على نقل التقنية وتدريب مهندسين سعوديين في مصانع الشريك الكوري. وجرى التوقيع على هامش منتدى استثماري في الرياض بحضور مسؤولين من البلدين، على أن يبدأ الإنتاج التجريبي في عام 2027.",
        "rules": [],
        "note": "Near-miss for treaty: an 'اتفاقية' between two companies, even with officials present; no state is a party.",
    },
    {
        "id": "ar-y8", "language": "ar",
        "title": "روما وتونس توقعان اتفاقية للتعاون الدفاعي",
        "body": "وقّعت إيطاليا وتونس في روما اتفاقية للتعاون في مجال الدفاع، تلتزم بموجبها الحكومة الإيطالية بتزويد جيش البحر التونسي بزورقي دورية سريعين ومعدات اتصال ورؤية ليلية، إضافة إلى تدريب ضباط تونسيين في الأكاديمية البحرية بمدينة ليفورنو. وقال وزير الدفاع التونسي إن الاتفاقية ستعزز قدرة بلاده على مراقبة سواحلها ومكافحة شبكات التهريب. ومن المنتظر أن تُعرض الاتفاقية على مجلس نواب الشعب للمصادقة عليها خلال الدورة المقبلة.",
        "rules": [T, MA],
        "note": "Defence cooperation agreement signed between two states (treaty) under which Italy supplies patrol boats and equipment to the Tunisian navy and trains its officers in Italy (military assistance).",
    },
    # ------------------------------------------------------------------ tr
    {
        "id": "tr-y1", "language": "tr",
        "title": "Türkiye ile Kamerun arasındaki sosyal güvenlik anlaşması Meclis'ten geçti",
        "body": "TBMM Genel Kurulunda, Türkiye Cumhuriyeti ile Kamerun Cumhuriyeti Arasında Sosyal Güvenlik Anlaşmasının Onaylanmasının Uygun Bulunduğuna Dair Kanun Teklifi kabul edilerek yasalaştı. Anlaşma, iki ülkede çalışmış kişilerin sigortalılık sürelerinin birleştirilmesine ve emekli aylıklarının diğer ülkeye aktarılabilmesine imkân tanıyor. Yaounde'de iki yıl önce imzalanan anlaşmanın, Resmî Gazete'de yayımlanması ve onay belgelerinin teatisinin ardından yürürlüğe girmesi bekleniyor.",
        "rules": [T],
        "note": "Parliamentary approval of ratification of a bilateral social security agreement between two states: treaty.",
    },
    {
        "id": "tr-y2", "language": "tr",
        "title": "Trabzonspor, Gürcü golcüyle 3 yıllık sözleşme imzaladı",
        "body": "Trabzonspor, Gürcistan Millî Takımı'nın golcüsü Levan Kipiani ile 3 yıllık sözleşme imzaladı. Bordo-mavili kulübün Kamuyu Aydınlatma Platformu'na yaptığı açıklamada, oyuncunun bonservisi için Dinamo Tiflis'e 4,5 milyon avro ödeneceği bildirildi. İki kulübün haftalardır süren pazarlıkların ardından anlaşmaya vardığı öğrenildi. İmza töreninde konuşan teknik direktör, 'Kadromuza sahada savaşacak bir asker daha kattık' dedi. Kipiani'nin hafta sonundaki lig maçında forma giymesi bekleniyor.",
        "rules": [],
        "note": "Near-miss for treaty (and figurative troops): a club-player contract and a deal between two football clubs; 'asker' is a figure of speech.",
    },
    {
        "id": "tr-y3", "language": "tr",
        "title": "Mehmetçik Kosova'ya ek tabur gönderiyor",
        "body": "Millî Savunma Bakanlığı, NATO liderliğindeki Kosova Barış Gücü'ne (KFOR) katkı kapsamında bölgeye bir komando taburunun daha gönderileceğini açıkladı. Bakanlık kaynaklarından edinilen bilgiye göre yaklaşık 500 personelden oluşan birlik, önümüzdeki hafta Priştine'ye intikal edecek ve kuzeydeki gerginlik nedeniyle Mitroviça çevresinde görev yapacak. Böylece Kosova'daki Türk askerinin sayısı 1300'ü aşacak. Bakanlık, konuşlanmanın müttefiklerle koordinasyon içinde yapıldığını vurguladı.",
        "rules": [TR],
        "note": "A Turkish commando battalion sent abroad to a NATO peacekeeping force: troops (naming NATO alone is not a treaty).",
    },
    {
        "id": "tr-y4", "language": "tr",
        "title": "Türkiye'den Gambiya ordusuna zırhlı araç hibesi",
        "body": "Türkiye, Gambiya Silahlı Kuvvetleri'ne 20 adet zırhlı personel taşıyıcı ile lojistik destek araçlarını hibe etti. Başkent Banjul'da düzenlenen teslim törenine Türkiye'nin Banjul Büyükelçisi ile Gambiya Savunma Bakanı katıldı. Hibe kapsamında ayrıca yedek parça, telsiz ve kişisel koruyucu teçhizat da verildi. Gambiyalı sürücü ve teknisyenler, araçların bakımına ilişkin eğitimi Ankara'da tamamlayacak. Gambiya Savunma Bakanı, desteğin ordunun barışı koruma görevlerine önemli katkı sunacağını söyledi.",
        "rules": [MA],
        "note": "Armoured vehicles and equipment granted by one state to another's armed forces, with trainees hosted in Turkey: military assistance only.",
    },
    {
        "id": "tr-y5", "language": "tr",
        "title": "Cumhuriyet Bayramı Ankara'da coşkuyla kutlandı",
        "body": "Cumhuriyet'in ilanının yıl dönümü Ankara'da düzenlenen törenlerle kutlandı. Kara, Deniz ve Hava Kuvvetleri ile Jandarma Genel Komutanlığına bağlı birliklerden askerler ve harp okulu öğrencileri, Atatürk Bulvarı'nda yapılan resmî geçitte tribünleri selamladı. Törende Türk Yıldızları'nın gösteri uçuşu da büyük ilgi gördü. Akşam saatlerinde Kızılay Meydanı'nda fener alayı düzenlendi, binlerce kişi bayraklarla yürüdü. Kutlamalar, gece düzenlenen havai fişek gösterisiyle sona erdi.",
        "rules": [],
        "note": "Near-miss for troops: soldiers and military units marching in a national-day parade at home; no deployment.",
    },
    {
        "id": "tr-y6", "language": "tr",
        "title": "Türk eğitim timi Cibuti'ye ulaştı",
        "body": "Türk Silahlı Kuvvetleri bünyesinde oluşturulan askeri eğitim timi, Cibuti ordusuna yönelik eğitim programını başlatmak üzere Cibuti'ye ulaştı. 35 kişilik tim, altı ay boyunca Cibutili piyade personeline keskin nişancılık, muharebe ilk yardımı ve devriye eğitimi verecek. MSB'nin haftalık basın bilgilendirmesinde, programın iki ülke arasındaki savunma işbirliğinin parçası olduğu ve eğitimde kullanılacak teçhizatın program sonunda Cibuti tarafına bırakılacağı belirtildi.",
        "rules": [TR, MA],
        "note": "Military trainers sent abroad (troops and military assistance) and training equipment left to Djibouti (military assistance); generic 'defence cooperation' is not a treaty.",
    },
    {
        "id": "tr-y7", "language": "tr",
        "title": "A400M uçağı Libya'ya insani yardım malzemesi taşıdı",
        "body": "Hava Kuvvetleri Komutanlığına ait A400M tipi askeri kargo uçağı, sel felaketinden etkilenen Libya'nın doğusundaki bölgeler için hazırlanan insani yardım malzemelerini Bingazi'ye ulaştırdı. AFAD koordinasyonunda hazırlanan ve çadır, battaniye, gıda kolisi, hijyen seti ile su arıtma cihazlarından oluşan yardımlar, Kızılay ekiplerince Derne ve çevresinde dağıtılacak. Yetkililer, önümüzdeki günlerde iki uçağın daha bölgeye yardım taşıyacağını açıkladı.",
        "rules": [],
        "note": "Near-miss for military_assistance: humanitarian relief flown by an air force cargo plane.",
    },
    {
        "id": "tr-y8", "language": "tr",
        "title": "Katar'daki Türk üssüne ilave asker konuşlandırılacak",
        "body": "Türkiye ile Katar arasında 2014'te imzalanan askeri işbirliği anlaşması çerçevesinde, Doha'daki Katar-Türk Birleşik Kuvvet Komutanlığına ilave personel gönderilecek. Anlaşmanın ilgili maddesine atıfta bulunan MSB kaynakları, bölgedeki gerilim nedeniyle mekanize bir bölüğün ve hava savunma unsurlarının önümüzdeki ay Katar'a intikal edeceğini bildirdi. Katar makamları da talebin kendi taraflarından geldiğini doğruladı. Üsteki Türk askeri sayısının böylece 3 bini geçeceği belirtiliyor.",
        "rules": [T, TR],
        "note": "An article of an existing bilateral military agreement is invoked (treaty) to station an extra mechanised company in Qatar (troops).",
    },
    # ------------------------------------------------------------------ zh
    {
        "id": "zh-y1", "language": "zh",
        "title": "哈萨克斯坦与乌兹别克斯坦签署跨境河流水资源协定",
        "body": "据哈萨克斯坦外交部消息，哈萨克斯坦与乌兹别克斯坦两国政府日前在塔什干签署关于锡尔河跨境水资源共同管理与利用的协定。协定明确了两国在灌溉季节的取水配额，并规定设立联合委员会，定期交换水文数据，协调上游水库的放水计划。哈方表示，该协定须经两国议会批准后生效。分析人士认为，在气候变暖导致水资源日益紧张的背景下，此举有助于缓解下游农业地区的用水矛盾。",
        "rules": [T],
        "note": "Intergovernmental agreement on a transboundary river signed by two states: treaty.",
    },
    {
        "id": "zh-y2", "language": "zh",
        "title": "中国第九支赴南苏丹维和警察防暴队出征",
        "body": "公安部日前在北京举行出征仪式，欢送中国第九支赴南苏丹维和警察防暴队。该队由一百四十名警察组成，将在朱巴执行武装巡逻、要人警卫和联合国设施安保等任务，为期一年。队员均从各地公安特警队伍中选拔，出征前接受了外语、国际法和防暴处置等集训。带队负责人表示，全体队员将严格遵守任务区规定，展现中国警察的良好形象。",
        "rules": [],
        "note": "Near-miss for troops: a formed police unit sent on a UN mission; police are not troops despite the 'peacekeeping' framing.",
    },
    {
        "id": "zh-y3", "language": "zh",
        "title": "泰国陆军向泰柬边境增派兵力",
        "body": "泰国陆军第二军区周五宣布，已向与柬埔寨接壤的四色菊府和素林府增派约两千名官兵，并部署装甲车和炮兵分队。军方发言人表示，此次调兵是在边境争议地区接连发生交火后作出的，目的是维护主权、保护边民安全。据当地媒体报道，部分村庄居民已被疏散至临时安置点。柬埔寨方面尚未对泰方增兵作出回应。",
        "rules": [TR],
        "note": "A state's army sends about 2,000 soldiers and armour to its own border: troops.",
    },
    {
        "id": "zh-y4", "language": "zh",
        "title": "印度向马尔代夫国防军移交巡逻艇和雷达",
        "body": "印度政府近日在马累举行仪式，向马尔代夫国防军无偿移交一艘快速巡逻艇及一套沿海监视雷达。印方表示，巡逻艇将用于专属经济区巡逻和打击非法捕捞，印度还将提供配套零部件，并在本国为二十名马尔代夫官兵开设操作与维修培训课程。马尔代夫国防部长在仪式上感谢印方及时的防务支持，称这批装备将显著提升海上监视能力。",
        "rules": [MA],
        "note": "Free transfer of a patrol boat and radar to another state's defence force, plus training of its personnel in India: military assistance only.",
    },
    {
        "id": "zh-y5", "language": "zh",
        "title": "中企与塞尔维亚矿企签署锂盐长期供货协议",
        "body": "中国华岳新能源集团与塞尔维亚佳达尔矿业公司在贝尔格莱德签署长期供货协议。根据协议，佳达尔公司未来十年将向华岳每年供应不少于两万吨碳酸锂，双方还将合资建设一座电池材料前驱体工厂。签约仪式在两国企业家论坛期间举行，两国驻对方国家使馆官员出席见证。华岳方面表示，该项目完全按照市场化原则运作。",
        "rules": [],
        "note": "Near-miss for treaty: a supply agreement between two companies, witnessed by diplomats; no state is a party.",
    },
    {
        "id": "zh-y6", "language": "zh",
        "title": "新西兰与斐济签署部队地位协定",
        "body": "新西兰与斐济两国国防部长在苏瓦签署《部队地位协定》，为两国军人在对方境内开展训练、救灾和联合演习提供法律框架。协定对驻留人员的司法管辖、出入境及装备通关等事项作出明确规定。新西兰国防部随后宣布，将于明年初派遣约一百名陆军士兵及两架直升机赴斐济，驻扎在瑙索里附近的营地，为期三个月。",
        "rules": [T, TR],
        "note": "Status-of-forces agreement signed between two states (treaty) and an announced dispatch of about 100 New Zealand soldiers to Fiji (troops).",
    },
    {
        "id": "zh-y7", "language": "zh",
        "title": "中国空军运输机向瓦努阿图运送救灾物资",
        "body": "两架中国空军运-20运输机日前降落瓦努阿图首都维拉港，运去帐篷、净水设备、食品和药品等约六十吨救灾物资。这批物资由中国政府提供，将交由瓦努阿图国家灾害管理办公室统一分发，用于安置在地震中失去住所的居民。瓦方官员在机场交接仪式上对中方的人道主义援助表示感谢。",
        "rules": [],
        "note": "Near-miss for military_assistance: humanitarian relief flown by air force transport planes.",
    },
    {
        "id": "zh-y8", "language": "zh",
        "title": "葡萄牙向圣多美和普林西比派遣海军教官",
        "body": "葡萄牙国防部宣布，将向圣多美和普林西比派遣一支由十五名海军军官和士官组成的教官队，协助圣普武装部队提升海上巡逻和搜救能力，任期六个月。葡方还将无偿赠送两艘小型巡逻艇及配套通信设备。圣普国防部长表示，几内亚湾海盗活动近年有所抬头，来自里斯本的训练和装备对守护本国海域至关重要。",
        "rules": [TR, MA],
        "note": "Naval trainers sent abroad (troops and military assistance) and patrol boats donated to another state's armed forces (military assistance).",
    },
    # ------------------------------------------------------------------ ja
    {
        "id": "ja-y1", "language": "ja",
        "title": "日本とモーリシャス、漁業協定に署名",
        "body": "日本とモーリシャスの両政府は、首都ポートルイスで、日本漁船によるマグロはえ縄漁の操業条件を定める漁業協定に署名した。協定は入漁料の水準や年間の操業隻数の上限、漁獲データの報告義務などを定め、有効期間は5年。水産庁によると、これまで民間ベースの取り決めで続けてきた操業に、政府間の法的な枠組みが与えられることになる。モーリシャス側は、入漁料収入の一部を沿岸漁業の振興に充てる方針だ。",
        "rules": [T],
        "note": "Fisheries agreement signed between two governments: treaty.",
    },
    {
        "id": "ja-y2", "language": "ja",
        "title": "侍ジャパン、台湾に遠征　若手中心で強化試合へ",
        "body": "野球日本代表「侍ジャパン」は、台湾代表との強化試合に臨むため、羽田空港から台北に向けて出発した。若手中心の28人が参戦し、3連戦で新戦力の見極めを図る。出発前、監督は「若い精鋭部隊で敵地に乗り込む。一戦一戦、全力で戦う」と意気込みを語った。現地では多くの日本人ファンの来場も見込まれている。",
        "rules": [],
        "note": "Near-miss for troops: a national baseball team 'expedition' described as an elite unit going into enemy territory; figurative only.",
    },
    {
        "id": "ja-y3", "language": "ja",
        "title": "護衛艦、中東へ出港　情報収集活動で交代",
        "body": "海上自衛隊の護衛艦「あさひ」が、中東海域での情報収集活動にあたるため、横須賀基地を出港した。乗員約200人で、オマーン湾やアラビア海北部で日本関係船舶の安全確保に必要な情報を収集する。派遣期間は約4か月の予定で、現地で活動中の護衛艦と任務を交代する。出港式で防衛副大臣は「緊張が続く海域での任務となる」と隊員を激励した。",
        "rules": [TR],
        "note": "A warship with about 200 crew deployed abroad: troops.",
    },
    {
        "id": "ja-y4", "language": "ja",
        "title": "バングラデシュ軍に沿岸監視レーダー供与　OSAで交換公文",
        "body": "政府は、同志国の安全保障能力を強化する「政府安全保障能力強化支援(OSA)」の枠組みで、バングラデシュ軍に沿岸監視用レーダーと警備艇を無償で供与する。両国政府は首都ダッカで、供与に関する交換公文に署名した。外務省によると、供与額は約20億円で、ベンガル湾での不審船の監視や海上での違法行為の取り締まりに活用される。",
        "rules": [T, MA],
        "note": "Grant of radars and patrol boats to another state's armed forces (military assistance), formalised by an exchange of notes between the two governments (treaty).",
    },
    {
        "id": "ja-y5", "language": "ja",
        "title": "春闘、大手電機の労使が36協定を改定",
        "body": "大手電機メーカーの労働組合と経営側は、時間外労働の上限を定める労使協定（36協定）を改定し、調印した。新たな協定では、繁忙期の月間残業の上限を従来の80時間から60時間に引き下げる。同社は労働基準監督署に届け出たうえで、来月から適用する。組合側は、労働協約に盛り込んだ勤務間インターバル制度の運用状況も検証していく考えだ。",
        "rules": [],
        "note": "Near-miss for treaty: a labour-management agreement ('協定') inside a company, not an agreement between states.",
    },
    {
        "id": "ja-y6", "language": "ja",
        "title": "日比円滑化協定に基づき比陸軍部隊が初来日",
        "body": "日本とフィリピンの部隊間協力円滑化協定(RAA)に基づき、フィリピン陸軍の部隊約120人が初めて来日した。部隊は北海道の矢臼別演習場で、陸上自衛隊との共同訓練に2週間参加する。協定は、相手国に滞在する部隊の法的地位や装備の持ち込み手続きを定めたもので、今年発効した。防衛省は、今後も相互訪問を定期化したい考えだ。",
        "rules": [T, TR],
        "note": "A bilateral reciprocal access agreement is invoked (treaty) and Philippine army troops are deployed to Japan (troops); exercise alone is not military assistance.",
    },
    {
        "id": "ja-y7", "language": "ja",
        "title": "防衛省、C2輸送機3機を追加調達　国内メーカーと契約",
        "body": "防衛省は、航空自衛隊のC2輸送機3機を追加調達するため、国内の航空機メーカーと約1000億円の契約を結んだ。老朽化したC130H輸送機の後継として配備を進めており、今回の契約で調達数は計25機となる。同省は、防衛力の抜本的強化に向けて輸送能力の向上を急ぐ方針で、残る機体の調達も来年度予算に盛り込む考えだ。",
        "rules": [],
        "note": "Near-miss for military_assistance: a state's own arms procurement contract with a domestic firm; nothing is given to another state.",
    },
    {
        "id": "ja-y8", "language": "ja",
        "title": "陸自隊員をベトナムに派遣　能力構築支援で工兵技術を指導",
        "body": "防衛省は、能力構築支援の一環として、陸上自衛隊の施設科隊員ら8人をベトナムに派遣した。隊員はハノイ近郊で約3週間、ベトナム人民軍の工兵部隊に対し、重機の操作や不発弾処理の技術を指導する。ベトナム側は、国連平和維持活動への参加を見据えた要員育成への協力に謝意を示した。同省は今後、無人機運用の教育も検討している。",
        "rules": [TR, MA],
        "note": "Military instructors sent abroad to train another state's army: troops and military assistance.",
    },
    # ------------------------------------------------------------------ ko
    {
        "id": "ko-y1", "language": "ko",
        "title": "걸그룹 루미에르, 일본 대형 레이블과 전속계약 체결",
        "body": "5인조 걸그룹 루미에르가 일본 대형 레이블과 현지 매니지먼트 전속계약을 체결했다. 소속사는 17일 보도자료를 통해 양사가 일본 내 음반 유통과 공연, 방송 활동 전반에 관한 협약을 맺었다고 밝혔다. 계약 기간은 3년으로, 루미에르는 올여름 도쿄와 오사카에서 첫 팬미팅을 열고 가을에는 일본 데뷔 싱글을 발매할 예정이다. 소속사 관계자는 한일 양국을 오가며 활동 폭을 넓히는 계기가 될 것이라고 말했다. 루미에르는 지난해 데뷔 앨범으로 국내 음원 차트 상위권에 오르며 주목받았고, 이번 계약으로 현지 프로모션은 일본 레이블이 전담하게 된다.",
        "rules": [],
        "note": "Near-miss for treaty: an entertainment management contract ('전속계약', '협약') between companies.",
    },
    {
        "id": "ko-y2", "language": "ko",
        "title": "한·탄자니아 투자보장협정 비준동의안 국회 통과",
        "body": "대한민국과 탄자니아 간 투자의 증진 및 보호에 관한 협정 비준동의안이 국회 본회의를 통과했다. 협정은 양국 투자자에 대한 내국민 대우와 최혜국 대우를 보장하고, 수용 시 신속하고 적절한 보상과 투자자-국가 분쟁해결 절차 등을 규정하고 있다. 외교부는 탄자니아 측과 국내 절차 완료를 알리는 외교 공한을 교환하는 대로 협정이 발효된다고 밝혔다. 정부는 이번 협정이 천연가스와 핵심 광물 분야에 관심을 보여 온 국내 기업들의 현지 진출에 제도적 기반이 될 것으로 기대하고 있다.",
        "rules": [T],
        "note": "Parliamentary consent to ratification of a bilateral investment agreement between two states: treaty.",
    },
    {
        "id": "ko-y3", "language": "ko",
        "title": "청해부대 45진 아덴만으로 출항",
        "body": "해군 청해부대 45진 대조영함(4400t급)이 소말리아 아덴만 해역으로 향하기 위해 부산 작전기지에서 출항했다. 특수전 요원으로 구성된 검문검색대와 해상작전헬기 운용 요원 등 300여 명으로 꾸려진 45진은 약 6개월간 아덴만과 호르무즈 해협 일대에서 우리 선박 호송과 해적 퇴치 임무를 수행한다. 현지에서 임무 중인 44진과는 오만 살랄라항 인근에서 임무를 교대할 예정이다. 환송식에서 해군작전사령관은 어떠한 위협에도 국민과 선박을 지켜 달라고 당부했다.",
        "rules": [TR],
        "note": "A naval unit with a destroyer and about 300 personnel deployed abroad: troops.",
    },
    {
        "id": "ko-y4", "language": "ko",
        "title": "정부, 퇴역 초계함 에콰도르 해군에 무상 양도",
        "body": "정부가 올해 퇴역한 해군 포항급 초계함 1척을 에콰도르 해군에 무상으로 양도한다. 국방부는 경남 창원 진해 군항에서 에콰도르 해군 대표단이 참석한 가운데 인도식을 열었다고 밝혔다. 함정은 정비를 마친 뒤 에콰도르 해군 장병 80여 명이 직접 몰고 태평양을 건너 과야킬 기지로 향한다. 에콰도르 승조원들은 인도에 앞서 두 달간 진해에서 함정 운용과 정비 교육을 받았다. 에콰도르 측은 마약 밀수선 단속과 해상 감시에 투입할 계획이다. 해군은 앞서 포항급 초계함을 필리핀과 콜롬비아 등 우방국에 양도한 바 있다.",
        "rules": [MA],
        "note": "A decommissioned warship given free to another state's navy, with its crew trained in Korea: military assistance only (the Ecuadorian crew sailing home is not a deployment).",
    },
    {
        "id": "ko-y5", "language": "ko",
        "title": "태극전사, 중동 원정길 올라",
        "body": "축구대표팀 태극전사들이 월드컵 아시아 최종예선 원정 2연전을 치르기 위해 인천국제공항을 통해 출국했다. 대표팀은 사우디아라비아와 쿠웨이트를 차례로 상대하며, 해외파 정예 멤버가 현지에서 합류한다. 감독은 출국에 앞서 중동 원정은 늘 쉽지 않지만 반드시 승점 6점을 가져오겠다며 필승 각오를 다졌다. 대표팀은 무더위에 대비해 현지 적응 훈련에 집중할 계획이다. 대표팀은 지난달 안방에서 열린 2연전에서 1승 1무를 거둬 조 2위를 달리고 있으며, 원정 응원단도 현지에서 태극전사들에게 힘을 보탤 예정이다.",
        "rules": [],
        "note": "Near-miss for troops: 'Taeguk warriors' (national football team) leaving on an away 'campaign'; figurative military vocabulary only.",
    },
    {
        "id": "ko-y6", "language": "ko",
        "title": "아크부대 25진 UAE로 출국",
        "body": "아랍에미리트(UAE) 군사훈련협력단인 아크부대 25진 150여 명이 인천국제공항을 통해 출국했다. 육군 특수전사령부 장병들로 구성된 25진은 알아인에 주둔하며 8개월간 UAE 특수전부대의 교육훈련을 지원하고 연합훈련을 실시한다. 또 유사시 현지 우리 국민을 보호하는 임무도 맡는다. 아크부대는 2011년 첫 파견 이후 교대를 거듭하며 현지 부대와 대테러, 고공강하 훈련 등을 함께 해 왔다. 합동참모본부 관계자는 아크부대가 양국 국방협력의 상징으로 자리 잡았다며 장병들의 안전한 임무 수행을 당부했다.",
        "rules": [TR, MA],
        "note": "Special-forces soldiers stationed abroad (troops) to train another state's forces (military assistance).",
    },
    {
        "id": "ko-y7", "language": "ko",
        "title": "한빛디펜스, 말레이시아에 단거리 대공미사일 수출 계약",
        "body": "방산업체 한빛디펜스가 말레이시아 국방부와 약 4억 달러 규모의 단거리 대공미사일 체계 수출 계약을 체결했다고 17일 공시했다. 회사 측은 2028년까지 발사대와 레이더, 유도탄을 순차적으로 납품하고 현지 기술 지원도 제공한다. 업계에서는 이번 계약이 동남아 시장 공략의 교두보가 될 것으로 보고 있다. 회사 관계자는 K-방산의 기술력을 인정받은 결과라고 말했다. 이번 수출은 정부 간 협정이 아닌 업체와 말레이시아 국방부 간 직접 계약 방식으로 이뤄졌으며, 수출 허가는 관련 법에 따라 방위사업청이 내줬다.",
        "rules": [],
        "note": "Near-miss for military_assistance and treaty: a commercial arms export contract by a firm with a foreign ministry; a sale, not state aid or a state-to-state agreement.",
    },
    {
        "id": "ko-y8", "language": "ko",
        "title": "한·캄보디아 군수협력협정 서명… 군용트럭 50대 무상 지원",
        "body": "한국과 캄보디아 정부가 프놈펜에서 군수협력협정에 서명했다. 협정은 양국 군이 보급품과 정비 등 군수 지원을 상호 제공할 수 있는 법적 근거를 마련한 것이다. 국방부는 이와 함께 우리 군에서 도태된 군용 트럭 50대와 이동식 발전기를 캄보디아군에 무상으로 지원하기로 했다고 밝혔다. 캄보디아 국방부 장관은 한국의 지원이 국경 지역 부대의 기동성 향상과 재난 대응에 크게 도움이 될 것이라고 말했다. 협정은 양국의 국내 절차를 거쳐 발효되며, 국방부는 연내 캄보디아군 정비 요원을 국내로 초청해 교육할 계획이다.",
        "rules": [T, MA],
        "note": "Logistics cooperation agreement signed between two states (treaty) and free transfer of surplus military trucks to the Cambodian army (military assistance).",
    },
]

LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]
RULES = {T, TR, MA}
KEYS = {"id", "language", "title", "body", "rules", "kind", "note"}


def build():
    records = []
    for a in ARTICLES:
        rec = {
            "id": a["id"],
            "language": a["language"],
            "title": a["title"],
            "body": a["body"],
            "rules": list(a["rules"]),
            "kind": "positive" if a["rules"] else "near-miss",
            "note": a["note"],
        }
        records.append(rec)
    return records


def check(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(records) == 56, len(records)
    for r in records:
        assert set(r) == KEYS, r["id"]
        for k in ("id", "language", "title", "body", "note", "kind"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-y"), r["id"]
        assert isinstance(r["rules"], list), r["id"]
        assert all(x in RULES for x in r["rules"]), r["id"]
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert r["kind"] in ("positive", "near-miss"), r["id"]
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        assert '"' not in r["title"], r["id"]
        n = len(r["body"])
        lo, hi = (120, 400) if r["language"] in ("zh", "ja") else (250, 800)
        assert lo <= n <= hi, (r["id"], n)
    for lang in LANGS:
        recs = [r for r in records if r["language"] == lang]
        assert sorted(r["id"] for r in recs) == sorted(
            "%s-y%d" % (lang, i) for i in range(1, 9)), lang
        pos = [r for r in recs if r["kind"] == "positive"]
        nm = [r for r in recs if r["kind"] == "near-miss"]
        assert len(pos) == 5 and len(nm) == 3, lang
        for rule in RULES:
            assert any(rule in r["rules"] for r in pos), (lang, rule)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "east.jsonl")
    records = build()
    check(records)
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check what was written
    with open(out, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    check(back)
    assert back == records
    counts = {rule: sum(rule in r["rules"] for r in back) for rule in sorted(RULES)}
    print("wrote %d records to %s" % (len(back), out))
    print("positives per rule:", counts)
    for lang in LANGS:
        lens = [len(r["body"]) for r in back if r["language"] == lang]
        print(lang, "body lengths", min(lens), "-", max(lens))


if __name__ == "__main__":
    main()
