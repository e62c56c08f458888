#!/usr/bin/env python3
"""Hand-labelled alert evaluation set, round 5, eastern languages.

Writes east.jsonl next to this script: 8 fictional articles in each of
ru uk ar tr zh ja ko (5 positives + 3 near-misses per language).
Labels: treaty, troops, military_assistance.
Standard library only. Run with: python3 -B build_east.py
"""
import json
import os

T = "treaty"
X = "troops"
M = "military_assistance"

LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]
RULES = [T, X, M]

# (language, title, body, rules, note); ids are assigned in order per language.
ARTICLES = [
    # ------------------------------------------------------------------ ru
    ("ru",
     "Боливия и Парагвай подписали договор о реке Пилькомайо",
     "АСУНСЬОН, 12 марта. Президенты Боливии и Парагвая подписали в среду договор о совместном управлении бассейном реки Пилькомайо, который должен положить конец многолетним спорам о заилении русла и распределении воды в засушливый сезон. Документ предусматривает создание двусторонней комиссии с постоянным секретариатом в Тарихе, обмен гидрологическими данными в режиме реального времени и совместное финансирование расчистки каналов. Договор вступит в силу после ратификации парламентами обеих стран. Глава МИД Парагвая Эстебан Рикельме назвал его «историческим», напомнив, что переговоры шли почти девять лет.",
     [T],
     "Interstate river-basin treaty signed by two presidents, ratification pending. No military content."),
    ("ru",
     "«Армейцы» взяли Казань: ЦСКА вырвал победу у «Рубина» на последних минутах",
     "ЦСКА одержал волевую победу над «Рубином» в Казани — 2:1. Хозяева повели в счёте уже на 12-й минуте, и большую часть матча «армейцы» безуспешно штурмовали чужие ворота, пока на 87-й минуте не сравнял счёт вышедший на замену Илья Корнеев. В компенсированное время победу москвичам принёс бразильский защитник Жоао Виейра, с которым клуб в январе продлил контракт до 2028 года. Поддержать команду в Татарстан приехал внушительный десант болельщиков — около трёх тысяч человек. «Оборона сегодня выстояла, а атака дожала», — сказал после игры главный тренер. ЦСКА поднялся на третье место.",
     [],
     "Near-miss: football report; 'армейцы', 'десант', 'штурмовали', 'оборона' are figurative; player contract is not a treaty."),
    ("ru",
     "Канада почти вдвое увеличит контингент в Латвии",
     "Канада до конца года увеличит численность своих военных в Латвии почти вдвое — до 2200 человек, объявил министр национальной обороны страны Дэвид Марлоу. По его словам, на базу Адажи в ближайшие месяцы прибудут мотопехотная рота из Квебека, подразделение противовоздушной обороны и инженерный взвод. Часть военнослужащих разместят на новом полигоне в Селии, строительство которого латвийская сторона обещает завершить к осени. Марлоу подчеркнул, что присутствие канадских сил в Прибалтике «не является временной мерой». В Риге решение Оттавы приветствовали: по данным латвийского минобороны, казармы для первых 600 военных уже готовы.",
     [X],
     "Government announces sending/stationing additional Canadian troops in Latvia. No treaty invoked, no equipment given."),
    ("ru",
     "Германия передаст Молдове зенитные комплексы и радары",
     "Германия передаст вооружённым силам Молдовы два зенитных ракетных комплекса малой дальности, три мобильные радиолокационные станции и комплект оборудования защищённой связи, сообщили в министерстве обороны ФРГ. Пакет оценивается примерно в 38 млн евро и финансируется из программы укрепления оборонного потенциала стран-партнёров. Первые системы должны поступить в Кишинёв до конца лета. Министр обороны Молдовы Виорел Чобану поблагодарил Берлин, отметив, что речь идёт о самой крупной военной помощи, которую республика когда-либо получала от одной страны. В Тирасполе решение уже раскритиковали.",
     [M],
     "State-to-state transfer of air-defence systems and radars to Moldova's armed forces."),
    ("ru",
     "Труппа Екатеринбургского балета впервые отправится на гастроли в Японию",
     "Екатеринбургский театр оперы и балета в октябре покажет в Японии три спектакля, включая «Щелкунчика» и новую постановку «Спартака». В турне отправится почти вся труппа — 96 артистов, а также оркестр и технический персонал. Контракт с токийским импресарио «Ниппон Сцена» подписан на три сезона, уточнили в театре. «Для нас это настоящий марш-бросок: 14 спектаклей в шести городах за три недели», — рассказал художественный руководитель балета Вадим Осокин. Декорации уже отправлены морем из Владивостока. Билеты на токийские показы, по данным организаторов, раскуплены за сутки.",
     [],
     "Near-miss: ballet troupe on tour ('труппа', 'марш-бросок' figurative); contract with an impresario is commercial."),
    ("ru",
     "Токио и Манила подписали соглашение о передаче Филиппинам радаров и патрульных катеров",
     "МАНИЛА, 5 июня. Министры иностранных дел Японии и Филиппин подписали межправительственное соглашение, по которому Токио безвозмездно передаст вооружённым силам Филиппин четыре радара берегового наблюдения и пять патрульных катеров для военно-морских сил. Помощь предоставляется в рамках японской программы официальной помощи в сфере безопасности, созданной в 2023 году. Стоимость пакета оценивается в 6,5 млрд иен. Как заявил японский министр, оборудование поможет «укрепить способность Филиппин контролировать собственные воды». Первые радары планируется установить на острове Палаван до весны следующего года. В Пекине подписание соглашения пока не комментировали.",
     [T, M],
     "Intergovernmental agreement signed (treaty) whose content is free transfer of radars and patrol boats to the Philippine armed forces (military assistance)."),
    ("ru",
     "Перу направит военных инженеров в миротворческую миссию ООН в ЦАР",
     "Конгресс Перу одобрил отправку в Центральноафриканскую Республику роты военных инженеров численностью 205 человек для участия в миссии ООН МИНУСКА. Перуанские военнослужащие сменят камбоджийское подразделение, которое с 2019 года отвечает за ремонт дорог и мостов в префектуре Уам. Переброска начнётся в августе, контингент будет базироваться в городе Бамбари. Министр обороны Перу Карлос Айяла сообщил, что все военные прошли полугодовую подготовку в центре миротворческих операций в Лиме. Это будет крупнейший перуанский контингент за рубежом за последние десять лет.",
     [X],
     "Peruvian military engineers (soldiers) sent abroad to a UN peacekeeping mission. Training is domestic preparation, not assistance to another state."),
    ("ru",
     "Минобороны Казахстана закупит 120 отечественных бронемашин",
     "Министерство обороны Казахстана заключило контракт на поставку 120 колёсных бронемашин «Сункар-4» с компанией «АрланДефенс», сообщила пресс-служба ведомства. Сумма сделки не раскрывается. Машины собираются на заводе под Астаной, уровень локализации, по данным производителя, превышает 60%. Первые 30 единиц поступят на вооружение армейских бригад до конца года. Замминистра обороны подчеркнул, что ведомство последовательно сокращает закупки за рубежом в пользу собственных предприятий. Ранее «АрланДефенс» показала новую модификацию бронемашины на выставке KADEX в Астане.",
     [],
     "Near-miss: a state's own arms purchase from a domestic firm ('поставка', 'контракт'); nothing given to another state, no deployment."),

    # ------------------------------------------------------------------ uk
    ("uk",
     "Литва передасть ЗСУ антидронові системи та тепловізори",
     "Литва до кінця місяця передасть Збройним силам України новий пакет військової допомоги, до якого увійдуть антидронові системи радіоелектронної боротьби, понад 2 тисячі тепловізійних прицілів і мінометні боєприпаси калібру 60 мм. Про це повідомив міністр національної оборони Литви Раймундас Жемайтіс під час зустрічі з українським колегою у Вільнюсі. За його словами, вартість пакета становить близько 45 млн євро, частину обладнання виготовили литовські підприємства на замовлення уряду. «Литва й надалі виділятиме на допомогу Україні щонайменше 0,25% ВВП», — наголосив міністр.",
     [M],
     "Lithuanian government military aid package (EW systems, sights, ammunition) to Ukraine's armed forces."),
    ("uk",
     "Японія передала Україні генератори та автомобілі швидкої допомоги",
     "Уряд Японії через агентство JICA передав Україні 40 потужних генераторів, 25 автомобілів швидкої допомоги та обладнання для ремонту водогонів. Техніка вже прибула до Харківської, Сумської та Миколаївської областей, повідомили в Міністерстві розвитку громад. Загальна вартість гранту — близько 3,2 млрд єн. Посол Японії наголосив, що Токіо зосереджується на відновленні критичної інфраструктури та гуманітарних потребах і, відповідно до своїх принципів, не постачає летального озброєння. Наступна партія, до якої увійдуть трансформатори для енергетиків, очікується восени.",
     [],
     "Near-miss: civilian/humanitarian grant from Japan; arms supply explicitly negated."),
    ("uk",
     "Рада ратифікувала угоду з Молдовою про спільний контроль на кордоні",
     "Верховна Рада ратифікувала угоду між урядами України та Молдови про спільний прикордонний і митний контроль у пунктах пропуску. За відповідний законопроєкт проголосували 287 народних депутатів. Документ, підписаний у Кишиневі минулої осені, передбачає, що прикордонники й митники обох держав перевірятимуть людей і вантажі в одному місці, а не двічі. Першими за новими правилами запрацюють пункти «Паланка — Маяки — Удобне» та «Могилів-Подільський — Отач». У Держприкордонслужбі розраховують, що час очікування на кордоні скоротиться щонайменше вдвічі. Молдовський парламент ратифікував угоду ще в березні.",
     [T],
     "Intergovernmental agreement ratified. Border guards are mentioned but are excluded from troops."),
    ("uk",
     "Франція перекине до Румунії додатковий механізований батальйон",
     "Франція до кінця осені розгорне в Румунії ще один механізований батальйон — близько 700 військових із бронетехнікою, повідомило міністерство збройних сил країни. Підрозділ розмістять на базі в Чінку, де вже перебувають французькі та бельгійські військові. Разом із новоприбулими французький контингент у Румунії сягне майже 2 тисяч осіб. Перші ешелони з технікою вирушать із Марселя залізницею наприкінці вересня. Румунський міністр оборони назвав рішення Парижа «чітким сигналом» на тлі ситуації в регіоні Чорного моря.",
     [X],
     "French battalion deployed/stationed in Romania. No agreement invoked, no equipment handed over."),
    ("uk",
     "Трупа Львівської опери вирушає на гастролі Польщею",
     "Трупа Львівського національного театру опери та балету в листопаді вирушить у двотижневе турне Польщею. Глядачі Варшави, Кракова, Любліна й Вроцлава побачать «Запорожця за Дунаєм» та балет «Лісова пісня». Угоду з польською концертною агенцією, яка бере на себе логістику й рекламу, театр підписав ще навесні. У поїздку вирушать понад 150 артистів, оркестр і хор. «Козацька тема у „Запорожці“ для польської публіки — окрема історія, адже в нас чимало спільного минулого», — зазначив директор театру. Частину виручки від вистав планують передати на реабілітацію поранених.",
     [],
     "Near-miss: opera troupe tour; agreement with a concert agency is commercial; charity for the wounded is not state military aid."),
    ("uk",
     "Джибуті призупинило угоду з Італією про військову базу",
     "Уряд Джибуті призупинив дію угоди з Італією про розміщення італійської військової бази неподалік столиці й зажадав протягом шести місяців вивести більшу частину контингенту. Про це заявив міністр закордонних справ республіки Ідріс Ахмед Фарах. За його словами, Рим не виконав положень угоди щодо спільного використання інфраструктури. На базі нині перебувають близько 150 італійських військових, які забезпечують операції проти піратства в Аденській затоці. У Міноборони Італії підтвердили, що почали планувати виведення особового складу, проте сподіваються зберегти невеликий логістичний підрозділ. Переговори щодо нової угоди можуть розпочатися вже в січні.",
     [T, X],
     "Basing agreement between states suspended (treaty) and Italian troops to be withdrawn (troops)."),
    ("uk",
     "Україна і Швеція підписали угоду про передачу літаків ДРЛВ і підготовку екіпажів",
     "Міністри оборони України та Швеції підписали у Стокгольмі міжурядову угоду, що визначає умови передачі Україні двох літаків дальнього радіолокаційного виявлення ASC 890 і підготовки для них екіпажів та техніків. Шведська сторона також фінансуватиме постачання запчастин і наземного обладнання протягом п'яти років. Навчання українських фахівців триватиме близько року. «Це не лише літаки, а ціла система, яку ми вбудовуємо в нашу протиповітряну оборону», — сказав український міністр. Угода набуде чинності після ратифікації Верховною Радою.",
     [T, M],
     "Intergovernmental agreement signed (treaty) on transfer of military aircraft and crew training (military assistance). Trainees abroad not counted as troops deployed."),
    ("uk",
     "Український виробник дронів і данська компанія відкриють спільне виробництво в Оденсе",
     "Київська компанія «Скайфорт Системс» та данська Nordvik Robotics підписали угоду про створення спільного підприємства, яке виготовлятиме двигуни й акумуляторні модулі для безпілотників. Завод площею 8 тисяч квадратних метрів запрацює в Оденсе наприкінці наступного року. Сторони інвестують у проєкт по 20 млн євро, державного фінансування угода не передбачає. Продукцію планують продавати виробникам дронів у країнах ЄС, зокрема для сільського господарства та моніторингу інфраструктури. Частки в підприємстві засновники розділять порівну.",
     [],
     "Near-miss: joint venture between two companies ('угода'), no state funding, no aid to a state."),

    # ------------------------------------------------------------------ ar
    ("ar",
     "فرقة الفنون الشعبية الأردنية تبدأ جولة في المغرب",
     "تنطلق فرقة الفنون الشعبية الأردنية الأسبوع المقبل في جولة فنية تشمل الرباط وفاس ومراكش، تقدم خلالها ثماني لوحات استعراضية من الدبكة والسامر والأغاني التراثية. وقال مدير الفرقة، سامر العبادي، إن الجولة تأتي بدعوة من مهرجان فاس للثقافة الشعبية، مشيراً إلى أن الفرقة تضم 42 راقصاً وعازفاً. وأضاف أن العرض الرئيسي سيحمل عنوان «زحف الخيّالة» ويستحضر حكايات البادية وقصص الفرسان. وأوضح أن الفرقة وقّعت عقداً مع شركة إنتاج مغربية لتصوير العروض وبثها على المنصات الرقمية.",
     [],
     "Near-miss: 'فرقة' here is a folk-dance troupe (the same word means a military division); production contract is commercial."),
    ("ar",
     "تونس والجزائر توقعان اتفاقية لترسيم الحدود البحرية",
     "وقّع وزيرا خارجية تونس والجزائر، أمس الأحد في الجزائر العاصمة، اتفاقية نهائية لترسيم الحدود البحرية بين البلدين، بعد جولات من المفاوضات استمرت أكثر من ست سنوات. وتحدد الاتفاقية خط الحدود في المياه الإقليمية والمنطقة الاقتصادية الخالصة، وتنص على تشكيل لجنة فنية مشتركة لمتابعة التنفيذ وتنظيم الصيد في المناطق المتاخمة. وقال وزير الخارجية التونسي إن الاتفاقية «تغلق ملفاً ظل مفتوحاً منذ عقود»، فيما أكد نظيره الجزائري أنها ستُحال قريباً إلى البرلمان للمصادقة عليها.",
     [T],
     "Interstate maritime boundary agreement signed, ratification pending."),
    ("ar",
     "الجيش اللبناني يتسلم دفعة جديدة من المساعدات العسكرية الأمريكية",
     "تسلّم الجيش اللبناني، اليوم الثلاثاء، في مرفأ بيروت دفعة جديدة من المساعدات العسكرية الأمريكية تضم 24 آلية مدرعة من طراز هامفي وكميات من الذخائر الخفيفة ومعدات اتصال وأجهزة رؤية ليلية. وجرت عملية التسليم بحضور السفير الأمريكي وقائد اللواء اللوجستي في الجيش. وقال السفير إن الهبة تأتي في إطار برنامج التمويل العسكري الأجنبي، وتبلغ قيمتها نحو 59 مليون دولار، مؤكداً التزام واشنطن دعم المؤسسة العسكرية اللبنانية بوصفها «المدافع الشرعي الوحيد عن لبنان». ومن المقرر تسليم دفعة ثانية قبل نهاية العام.",
     [M],
     "US grant of armoured vehicles, ammunition and equipment to the Lebanese army."),
    ("ar",
     "وصول طلائع القوات المصرية إلى مقديشو وشحنة أسلحة للجيش الصومالي",
     "وصلت إلى مطار آدم عدي الدولي في مقديشو، فجر الخميس، طائرتان عسكريتان مصريتان تقلان الدفعة الأولى من الجنود المصريين المشاركين في بعثة الاتحاد الأفريقي لدعم الاستقرار في الصومال. وأفاد مصدر في وزارة الدفاع الصومالية بأن الطائرتين حملتا أيضاً شحنة من الأسلحة الخفيفة والذخائر وعربات نقل الجنود، قدمتها القاهرة هبةً للجيش الصومالي. ومن المتوقع أن يصل عدد الجنود المصريين في البلاد إلى نحو ألف وخمسمائة جندي بحلول نهاية العام، على أن يتمركز معظمهم في إقليم شبيلي السفلى. ورحّب وزير الدفاع الصومالي بالخطوة.",
     [X, M],
     "Egyptian soldiers deployed to Somalia (troops) and a weapons donation to the Somali army (military assistance). AU mission is not a treaty event."),
    ("ar",
     "جسر جوي كويتي لنقل مساعدات إغاثية إلى متضرري الفيضانات في باكستان",
     "هبطت في مطار كراتشي، مساء السبت، طائرة نقل تابعة للقوة الجوية الكويتية محمّلة بـ38 طناً من المواد الغذائية والأدوية والخيام، في أولى رحلات جسر جوي لإغاثة المتضررين من الفيضانات التي اجتاحت إقليم السند. وذكرت وكالة الأنباء الكويتية أن المساعدات ستُسلَّم إلى الهلال الأحمر الباكستاني لتوزيعها على نحو ثلاثة آلاف أسرة نزحت من قراها. ومن المقرر تسيير خمس رحلات أخرى خلال الأسبوع الجاري. وقال مسؤول في جمعية الهلال الأحمر الكويتي إن الشحنات تقتصر على المواد الإنسانية والطبية.",
     [],
     "Near-miss: humanitarian aid flown by an air force transport plane; not military assistance, and a relief flight is not a troop deployment."),
    ("ar",
     "الدوحة وأنقرة تمددان اتفاقية القاعدة العسكرية التركية عشر سنوات",
     "أعلنت وزارة الدفاع القطرية تمديد العمل بالاتفاقية الموقعة مع تركيا بشأن تمركز القوات التركية على الأراضي القطرية لمدة عشر سنوات إضافية، وذلك في ختام اجتماعات اللجنة الاستراتيجية العليا بين البلدين في الدوحة. وبموجب الملحق الجديد، سيرتفع عدد العسكريين الأتراك في قاعدة طارق بن زياد من نحو ثلاثة آلاف إلى أربعة آلاف جندي، مع نشر وحدة للدفاع الجوي. ووصف وزير الدفاع التركي التمديد بأنه «تأكيد لعمق الشراكة»، فيما قالت مصادر قطرية إن التكاليف ستُقتسم وفق الآلية المعمول بها منذ 2014.",
     [T, X],
     "Basing agreement between states extended (treaty) and more Turkish troops to be stationed in Qatar (troops). Air-defence unit is deployed Turkish forces, not equipment given."),
    ("ar",
     "موريتانيا تعزز انتشار جيشها على الحدود الشرقية مع مالي",
     "دفعت قيادة أركان الجيوش الموريتانية بتعزيزات عسكرية جديدة إلى ولاية الحوض الشرقي على الحدود مع مالي، تضم كتيبتين من المشاة المحمولة ووحدات من سلاح الهندسة، وفق ما أفادت به مصادر عسكرية. وتأتي الخطوة بعد سلسلة حوادث قرب بلدة فصالة تعرض فيها رعاة موريتانيون لاعتداءات من مسلحين مجهولين. وقال الناطق باسم الحكومة إن الجنود سيتمركزون في نقاط متقدمة على طول الشريط الحدودي، وإن الهدف هو «تأمين المواطنين وممتلكاتهم» وليس التصعيد مع الجار. وكان الجيش قد أقام خلال العام الماضي ثلاث قواعد جديدة في المنطقة.",
     [X],
     "Army battalions (not border guards) deployed/massed along the border with Mali."),
    ("ar",
     "انتشار أمني مكثف في محيط استاد القاهرة قبل نهائي كأس مصر",
     "دفعت وزارة الداخلية بتشكيلات من قوات الأمن المركزي والشرطة إلى محيط استاد القاهرة الدولي، استعداداً لنهائي كأس مصر بين الأهلي والزمالك مساء الجمعة. وتضمنت الخطة الأمنية نشر أكثر من ستة آلاف ضابط وفرد شرطة، وإغلاق عدد من الطرق المؤدية إلى الاستاد، والدفع بكاميرات مراقبة وطائرات مسيّرة لرصد الحشود. وقال مصدر أمني إن دخول الجماهير سيقتصر على حاملي التذاكر الإلكترونية. وعلى الصعيد الفني، أعلن الأهلي تجديد عقد قائده لثلاث سنوات، فيما يفتقد الزمالك جهود مهاجمه الأجنبي بسبب الإصابة.",
     [],
     "Near-miss: police/Central Security 'قوات' deployed at a stadium; player contract renewal."),

    # ------------------------------------------------------------------ tr
    ("tr",
     "Başkentte Cumhuriyet Bayramı coşkusu: Resmî geçit nefes kesti",
     "Cumhuriyet'in 102. yıl dönümü Ankara'da düzenlenen resmî geçit töreniyle kutlandı. Anıtkabir ziyaretinin ardından Cumhurbaşkanı ve devlet erkânı, tören alanında kurulan tribünden geçidi izledi. Türk Silahlı Kuvvetleri'ne bağlı birliklerin yanı sıra Harp Okulu öğrencileri ve Mehmetçik bando takımı coşkulu alkışlar eşliğinde yürüdü. Törende yerli üretim Altay tankları ve zırhlı araçlar da halkın karşısına çıktı. Türk Yıldızları'nın gösteri uçuşu ise geçidin en çok ilgi gören bölümü oldu. Kutlamalar akşam saatlerinde fener alayı ve konserlerle sürdü.",
     [],
     "Near-miss: soldiers marching in a national-day parade at home; domestic hardware on display."),
    ("tr",
     "Kosova'daki Türk birliğine 350 asker daha gönderiliyor",
     "Millî Savunma Bakanlığı, Kosova'da görev yapan Türk birliğinin takviye edilmesi kararı doğrultusunda 350 kişilik bir komando taburunun bölgeye intikal edeceğini açıkladı. Haftalık basın bilgilendirmesinde konuşan bakanlık sözcüsü, taburun önümüzdeki hafta Priştine'ye hava yoluyla ulaşacağını ve Prizren'deki Sultan Murat Kışlası'nda konuşlanacağını belirtti. Takviyeyle birlikte Kosova'daki Türk askeri sayısı yaklaşık 1.100'e çıkacak. Sözcü, kararın bölgede son dönemde artan gerginlikler nedeniyle alındığını ve müttefiklerle koordinasyon içinde uygulanacağını vurguladı.",
     [X],
     "Turkish commando battalion sent to and stationed in Kosovo."),
    ("tr",
     "TBMM, Özbekistan ile Tercihli Ticaret Anlaşması'nı onayladı",
     "TBMM Genel Kurulu, Türkiye ile Özbekistan arasında imzalanan Tercihli Ticaret Anlaşması'nın onaylanmasının uygun bulunduğuna dair kanun teklifini kabul etti. Anlaşma kapsamında iki ülke, tarım ve sanayi ürünlerinden oluşan yaklaşık 400 kalemde gümrük vergilerini kademeli olarak indirecek. Ticaret Bakanlığı yetkilileri, düzenlemenin yürürlüğe girmesiyle ikili ticaret hacminin üç yıl içinde 5 milyar dolara ulaşmasının hedeflendiğini belirtti. Anlaşmanın, Özbekistan Oliy Meclisi'nin de onayının ardından Resmî Gazete'de yayımlanarak yürürlüğe girmesi bekleniyor.",
     [T],
     "State-to-state trade agreement ratified by parliament: a formal international agreement, not a commercial contract between firms."),
    ("tr",
     "Fenerbahçe, Brezilyalı stoperle 4 yıllık sözleşme imzaladı",
     "Fenerbahçe, Brezilya'nın Grêmio takımında forma giyen 24 yaşındaki stoper Lucas Andrade'nin transferi için kulübüyle anlaşmaya vardığını KAP'a bildirdi. Açıklamaya göre oyuncuyla 4 yıllık sözleşme imzalandı; Grêmio'ya 9 milyon euro bonservis bedeli ödenecek. Sarı-lacivertliler, sezon başından bu yana savunmada yaşadığı sıkıntıları gidermek için kış transfer döneminde iki takviye hedefliyordu. Andrade, İstanbul'a gelişinde taraftarlara 'Bu armayı en iyi şekilde savunacağım' dedi. Deneyimli savunmacının hafta sonu oynanacak derbide kadroda yer alması bekleniyor.",
     [],
     "Near-miss: football transfer 'anlaşma'/'sözleşme' (sports contract); 'savunma', 'takviye' are sporting."),
    ("tr",
     "Türkiye'den Gambiya Silahlı Kuvvetleri'ne zırhlı araç ve teçhizat hibesi",
     "Türkiye, Gambiya Silahlı Kuvvetleri'ne 20 zırhlı personel taşıyıcı, 40 taktik tekerlekli araç ve çeşitli haberleşme teçhizatı hibe etti. Başkent Banjul'da düzenlenen teslim törenine Türkiye'nin Banjul Büyükelçisi ile Gambiya Savunma Bakanı katıldı. Büyükelçi, yardımın iki ülke arasındaki savunma işbirliğinin somut bir göstergesi olduğunu ve Gambiya ordusunun kapasitesini artırmayı amaçladığını söyledi. Gambiyalı bakan ise araçların özellikle sınır bölgelerindeki lojistik ihtiyaçlar için kullanılacağını ifade etti. Hibe kapsamında ayrıca yedek parça ve bakım malzemesi de teslim edildi.",
     [M],
     "Turkish state grant of armoured vehicles and equipment to Gambia's armed forces."),
    ("tr",
     "Türkiye ile Kırgızistan arasında Askeri Mali İşbirliği Anlaşması imzalandı",
     "Türkiye ile Kırgızistan arasında Askeri Mali İşbirliği Anlaşması ve buna bağlı nakdi yardım protokolü Bişkek'te imzalandı. Anlaşma kapsamında Türkiye, Kırgız Silahlı Kuvvetleri'ne gelecek yıl içinde 120 milyon lira değerinde hibe sağlayacak; bu kaynakla gece görüş cihazı, askeri araç ve muhabere malzemesi temin edilecek. Ayrıca Kırgız subaylarının Türkiye'deki askeri okullarda eğitim alması için ek kontenjan ayrıldı. Törende konuşan Kırgızistan Savunma Bakanı, Türkiye'nin desteğine teşekkür etti. Anlaşma, iki ülkenin parlamentolarında onaylandıktan sonra yürürlüğe girecek.",
     [T, M],
     "Interstate agreement signed (treaty) providing a military grant for equipment and officer training (military assistance)."),
    ("tr",
     "'Gelibolu 1915' filminin çekimleri Çanakkale'de başladı",
     "Yönetmen Kerem Aydemir'in Çanakkale Savaşları'nı anlatan yeni filmi 'Gelibolu 1915'in çekimleri Eceabat'ta başladı. Yapım şirketi Anadolu Film, çekimler için Kabatepe çevresinde siperleri ve dönemin sahra hastanesini birebir canlandıran bir set kurdu. Savaş sahnelerinde 600 figüran, Osmanlı ve İngiliz askeri üniformaları giyerek kameraların karşısına geçecek. Film ekibi yaklaşık 200 kişiden oluşuyor. Yapımcı, projenin bütçesinin 150 milyon lirayı aştığını ve filmin gelecek yıl mart ayında vizyona gireceğini açıkladı. Başrolleri Derya Ilgaz ve Mert Kayalı paylaşıyor.",
     [],
     "Near-miss: war film shoot; extras in soldiers' uniforms and a film crew are not troops."),
    ("tr",
     "Fransa, Gabon'daki askerlerinin çoğunu çekiyor",
     "Fransa ile Gabon, Libreville'de imzalanan yeni savunma ortaklığı anlaşmasıyla iki ülke arasındaki 1960 tarihli savunma anlaşmasının yerini alacak bir çerçeveye geçti. Yeni düzenlemeye göre Fransa, Libreville'deki Camp de Gaulle üssünde bulunan yaklaşık 350 askerinin 250'sini yıl sonuna kadar geri çekecek; üssün yönetimi Gabon ordusuna devredilecek. Gabon Savunma Bakanı bu adımı 'egemenlik açısından tarihi bir dönemeç' olarak nitelendirdi. Paris yönetimi, Afrika'daki askeri varlığını azaltma politikası doğrultusunda benzer adımları daha önce Senegal ve Fildişi Sahili'nde de atmıştı.",
     [T, X],
     "New defence agreement signed replacing the 1960 one (treaty); French troops withdrawn from Gabon (troops). Base handover is not equipment aid."),

    # ------------------------------------------------------------------ zh
    ("zh",
     "英国向肯尼亚国防军移交一批装甲巡逻车",
     "据肯尼亚国防部消息，英国政府日前向肯尼亚国防军移交了30辆轻型装甲巡逻车以及一批反简易爆炸装置探测设备，总价值约1200万英镑。移交仪式在内罗毕郊外的一处陆军基地举行，英国驻肯尼亚高级专员出席。肯方表示，这批装备将主要用于加强东北部边境地区的安全行动。英方称，此举体现了两国在防务领域的长期合作，后续还将为装备提供维护保障。",
     [M],
     "UK government hands armoured vehicles and counter-IED equipment to Kenya's defence forces."),
    ("zh",
     "中国女排集结完毕 明日出征世界女排联赛",
     "记者从中国排协获悉，中国女排18名队员已在北京集结完毕，将于明日启程出征世界女排联赛首站比赛。主教练表示，本次征战以锻炼新人为主，多名“00后”小将将获得首发机会，队长将继续坐镇核心位置。首周比赛中，中国队将先后迎战巴西、土耳其和日本队。“每一场都是硬仗，我们要打出气势。”一位主力队员说。",
     [],
     "Near-miss: sports team 'assembling' and 'setting off on campaign' (集结, 出征, 征战) is figurative."),
    ("zh",
     "哈萨克斯坦议会批准与乌兹别克斯坦跨境河流水资源协定",
     "新华社阿斯塔纳电 哈萨克斯坦议会下院日前投票批准了哈萨克斯坦与乌兹别克斯坦政府间关于锡尔河水资源联合管理与利用的协定。根据协定，两国将设立联合委员会，在灌溉季节按照约定比例分配下泄水量，并共享水文监测数据。该协定去年在塔什干签署，乌方议会已于今年初完成批准程序。哈萨克斯坦水资源和灌溉部官员表示，协定生效后将有助于缓解南部地区夏季用水紧张问题。",
     [T],
     "Intergovernmental water agreement ratified by parliament."),
    ("zh",
     "印尼向联黎部队增派450名维和官兵",
     "印度尼西亚国民军日前在雅加达举行出征仪式，一支由450名官兵组成的机械化步兵营将于本月底启程前往黎巴嫩，加入联合国驻黎巴嫩临时部队。该营将接替已完成一年任务的轮换部队，主要驻扎在黎巴嫩南部，负责巡逻和监督停火情况。印尼国民军总司令在仪式上要求官兵严守纪律、保持中立。目前，印尼是联黎部队最大的出兵国之一。",
     [X],
     "Indonesian battalion sent abroad to UNIFIL and stationed in south Lebanon."),
    ("zh",
     "华海船舶与希腊船东签约建造8艘液化天然气运输船",
     "华海船舶集团与希腊爱琴海航运公司日前在上海签署合同，将为后者建造8艘17.4万立方米液化天然气运输船，合同总金额约20亿美元。根据协议，首制船将于2028年交付。双方还签署了战略合作备忘录，约定在绿色燃料船舶研发领域开展合作。业内人士指出，这是今年以来全球最大的LNG船订单之一，扩充船队正成为欧洲船东的主攻方向。",
     [],
     "Near-miss: shipbuilding contract and MoU between companies; 协议/备忘录 are commercial."),
    ("zh",
     "新西兰与斐济签署部队地位协定 新军将轮驻斐济",
     "新西兰与斐济两国国防部长日前在苏瓦签署《部队地位协定》，为两国军队在对方境内开展训练、救灾及其他行动提供法律框架。新西兰国防部长表示，根据计划，新西兰国防军将从明年起向斐济轮换派驻约120名官兵，主要驻扎在瑙索里附近的营地。斐济方面称，该协定需经议会审议后生效。分析人士认为，这反映出太平洋岛国地区安全合作日趋密切。",
     [T, X],
     "Status of Forces Agreement signed (treaty); government announces planned rotational stationing of NZ troops in Fiji (troops)."),
    ("zh",
     "中国向瓦努阿图提供紧急人道主义援助物资",
     "应瓦努阿图政府请求，中国政府向遭受强热带气旋袭击的瓦努阿图提供紧急人道主义援助。首批援助物资包括帐篷、净水设备、发电机和大米等，共约80吨，已由包机运抵维拉港。中国驻瓦努阿图大使在交接仪式上表示，中方将根据灾区需要继续提供帮助。瓦方国家灾害管理办公室负责人感谢中方及时援手，称物资将由瓦努阿图警察部队协助运往外岛受灾地区。",
     [],
     "Near-miss: humanitarian relief between governments; '警察部队' is a police force."),
    ("zh",
     "澳大利亚向巴新移交两艘巡逻艇 并将派驻军事教官",
     "澳大利亚国防部宣布，已向巴布亚新几内亚国防军移交两艘“守护者”级巡逻艇，用于加强海上巡逻和打击非法捕捞。与此同时，澳方将向巴新派驻约60名军事教官和技术人员，长期驻扎在马努斯岛的隆布鲁姆海军基地，协助巴新军队开展装备维护和训练。澳方表示，这是近年来对巴新规模最大的防务援助之一。巴新总理对此表示欢迎。",
     [X, M],
     "Patrol boats handed to PNG's defence force and training (military assistance); Australian military instructors to be stationed at a PNG base (troops)."),

    # ------------------------------------------------------------------ ja
    ("ja",
     "在沖海兵隊のグアム移転本格化　第1陣約300人が出発へ",
     "在沖縄米海兵隊のグアム移転をめぐり、第1陣となる約300人が今月中旬、キャンプ・ハンセンから米軍輸送機でグアムのキャンプ・ブラズへ移動することが分かった。防衛省関係者によると、移転対象は主に後方支援部隊で、年内にさらに約1000人が移る見通し。県内では「負担軽減の実感はまだ乏しい」との声も上がる。県幹部は記者団に対し、移転の着実な実施を国に求めた。",
     [X],
     "US Marines withdrawn from Okinawa and relocated to Guam (troops). No agreement invoked in the text."),
    ("ja",
     "劇団はなみずき、戦争劇『兵隊たちの夏』で欧州公演へ",
     "東京を拠点とする劇団はなみずきは、太平洋戦争末期の南方戦線を描いた代表作『兵隊たちの夏』を携え、来年2月にベルリンとパリで公演を行うと発表した。劇団員25人が出演し、現地の観客向けに字幕を付ける。主宰の森田恭介氏は「兵士一人ひとりの声を、戦争を知らない世代に届けたい」と話す。現地の劇場との出演契約はすでに締結済みという。",
     [],
     "Near-miss: theatre troupe touring a war play; soldiers are fictional; performance contract is commercial."),
    ("ja",
     "フィジー軍に警備艇2隻供与へ　OSAで交換公文に署名",
     "政府は、同志国の軍に防衛装備品などを無償で提供する「政府安全保障能力強化支援（OSA）」の一環として、フィジー共和国軍の海軍部隊に警備艇2隻と沿岸監視用の機材を供与することを決め、スバで両国政府が交換公文に署名した。供与額は約8億円。フィジー周辺海域の警戒監視能力を高めるのが狙いで、日本側は運用に向けた技術指導も行う。",
     [T, M],
     "Exchange of notes between governments signed (formal international agreement) for free provision of patrol boats to Fiji's military (military assistance)."),
    ("ja",
     "日韓漁業協定交渉、9年ぶり再開へ　相互入漁条件を協議",
     "水産庁は、日韓漁業協定に基づく相互入漁条件を決める両国政府間の交渉を、来月ソウルで約9年ぶりに再開すると発表した。2016年以降、漁獲割当量やはえ縄漁船の隻数をめぐって折り合わず、両国の漁船は互いの排他的経済水域（EEZ）で操業できない状態が続いてきた。山口県や長崎県の漁業者からは早期妥結を求める声が強い。",
     [T],
     "Intergovernmental negotiations under the Japan-Korea Fisheries Agreement resume."),
    ("ja",
     "警察庁、フィリピン国家警察にサイバー捜査研修　解析機材も供与",
     "警察庁は、フィリピン国家警察の捜査員約40人を対象に、サイバー犯罪捜査に関する研修を東京都内で始めた。国際協力機構（JICA）の技術協力事業の一環で、ランサムウェア事件の初動対応やデジタル鑑識の手法を学ぶ。あわせてスマートフォン解析用の機材一式も供与する。同庁幹部は「特殊詐欺の拠点が東南アジアに移る中、現地警察との連携が欠かせない」と話した。",
     [],
     "Near-miss: training and equipment for a foreign police force (not military); '研修', '供与' vocabulary."),
    ("ja",
     "独海軍フリゲート、横須賀に寄港　日独ACSAで初の補給",
     "インド太平洋地域に派遣されているドイツ海軍のフリゲート「ヘッセン」が13日、横須賀基地に入港した。海上自衛隊は日独物品役務相互提供協定（ACSA）に基づき、同艦に燃料と食料を提供した。同協定に基づく補給は初めて。同艦は約240人の乗員を乗せて4月に独北部ウィルヘルムスハーフェンを出港した。日本周辺では海自との共同訓練も予定している。",
     [T, X],
     "Existing interstate ACSA invoked (treaty); German naval forces deployed to the Indo-Pacific and in Japan (troops). Fuel/food under reciprocal ACSA treated as logistics, not military assistance."),
    ("ja",
     "英、ウクライナ兵の訓練支援を来年末まで延長",
     "英国防省は、ウクライナ軍の新兵らを対象とした訓練支援「インターフレックス作戦」を来年末まで延長すると発表した。英国内の演習場で、歩兵戦術や応急救護、市街戦などを約5週間にわたり指導する。これまでに5万人以上が訓練を修了した。英国防相は「ウクライナが自らを守る力を支え続ける」と強調した。費用は年間約3億ポンドを見込む。",
     [M],
     "Military training provided by the UK to Ukraine's armed forces. Trainees coming to the UK are not treated as a troop deployment."),
    ("ja",
     "東和重工、豪造船大手と提携　フェリー共同建造で協定",
     "東和重工業は、オーストラリアの造船大手サザンクロス・マリンと、フェリーや作業船の共同建造に関する業務提携協定を結んだと発表した。東和の設計技術と豪州側の生産拠点を組み合わせ、2028年までに計6隻の受注を目指す。同社は海上自衛隊向け艦艇の建造実績もあるが、今回の提携は民間船に限る。社長は「両社の強みを生かした攻めの布陣だ」と語った。",
     [],
     "Near-miss: business alliance 'agreement' between two companies; defence link explicitly excluded."),

    # ------------------------------------------------------------------ ko
    ("ko",
     "해군 퇴역 초계함, 베트남 해군에 무상 양도",
     "정부가 퇴역한 해군 초계함 1척을 베트남 해군에 무상으로 양도했다. 국방부는 17일 경남 창원 진해 군항에서 양국 해군 관계자들이 참석한 가운데 인도식을 열었다고 밝혔다. 이번에 넘겨진 함정은 1980년대 후반 취역해 30여 년간 서해 경비 임무를 수행한 포항급 초계함이다. 함정은 76㎜ 함포 등 일부 무장을 그대로 갖춘 채 인도됐으며, 베트남 해군 승조원들은 출항에 앞서 우리 해군으로부터 약 8주간 운용·정비 교육을 받았다. 국방부 관계자는 '동남아 우방국과의 군사 협력을 강화하는 계기가 될 것'이라고 말했다.",
     [M],
     "Free transfer of an armed corvette plus operator training from Korea to Vietnam's navy."),
    ("ko",
     "'태극전사' 쿠웨이트 원정길…월드컵 예선 필승 다짐",
     "축구 국가대표팀이 월드컵 아시아 2차 예선 쿠웨이트 원정에 나선다. 대표팀은 10일 인천국제공항을 통해 출국해 현지 적응 훈련에 돌입한다. 이번 원정에는 유럽파 주축 선수들이 대거 합류해 최정예 전력을 꾸렸다. 감독은 출국 전 인터뷰에서 '중동 원정은 언제나 쉽지 않은 전쟁'이라며 '선수들이 한 명의 전사처럼 싸워 승점 3점을 가져오겠다'고 각오를 밝혔다. 경기는 한국시간 14일 새벽 1시 쿠웨이트시티 자베르 알아마드 국제경기장에서 열리며, 현지 교민 응원단 300여 명도 경기장을 찾아 태극전사들에게 힘을 보탤 예정이다.",
     [],
     "Near-miss: national football team 'warriors' on an away 'expedition'; all military wording figurative."),
    ("ko",
     "레바논 동명부대 32진 출국…남부서 8개월 평화유지 임무",
     "유엔 레바논 평화유지군(UNIFIL)으로 파병되는 동명부대 32진 장병 280여 명이 14일 인천국제공항을 통해 출국했다. 합동참모본부에 따르면 32진은 레바논 남부 티르 지역에서 31진과 임무를 교대한 뒤 약 8개월간 감시·정찰과 민군작전을 수행한다. 부대장인 김태윤 대령은 출국에 앞서 '장병 모두가 무사히 임무를 완수하고 돌아오겠다'고 말했다. 동명부대는 2007년 첫 파병 이후 지금까지 1만 명이 넘는 장병이 거쳐 갔다. 이번 32진에는 여군 장병 20여 명도 포함됐으며, 현지 주민을 위한 의료 봉사와 학교 시설 보수 활동도 병행할 계획이다.",
     [X],
     "Korean troops deployed abroad to UNIFIL in a unit rotation."),
    ("ko",
     "한일 대륙붕 공동개발협정 만료 앞두고 첫 공식 협의",
     "한국과 일본 정부가 2028년 종료를 앞둔 '한일 대륙붕 공동개발협정(JDZ 협정)'의 향후 처리를 놓고 첫 공식 협의를 가졌다. 외교부는 양국 국장급 대표단이 26일 도쿄에서 만나 협정 연장 여부와 공동개발구역 내 탐사 재개 문제를 논의했다고 밝혔다. 이 협정은 1978년 발효됐으며, 2025년부터는 어느 한쪽이 서면으로 종료를 통보할 수 있다. 정부 관계자는 '협정이 종료되면 해당 수역의 경계를 둘러싼 분쟁이 재점화될 수 있다'며 신중한 대응이 필요하다고 말했다.",
     [T],
     "Intergovernmental talks on the future of an existing bilateral treaty (negotiated/discussed)."),
    ("ko",
     "대성디펜스, 노르웨이 국방물자청과 1800억원 규모 부품 공급 계약",
     "방산업체 대성디펜스는 노르웨이 국방물자청(NDMA)과 자주포 궤도 및 동력장치 부품을 공급하는 1800억원 규모의 계약을 체결했다고 21일 공시했다. 계약 기간은 2031년까지이며, 노르웨이 육군이 운용 중인 자주포의 성능 개량 사업에 쓰일 예정이다. 회사 측은 '북유럽 시장에서 품질을 인정받은 결과'라며 추가 수주에도 기대감을 나타냈다. 증권가에서는 이번 계약으로 회사의 올해 수출 비중이 40%를 넘어설 것으로 내다봤다. 대성디펜스는 지난해에도 폴란드 방산업체와 변속기 공급 계약을 맺은 바 있다.",
     [],
     "Near-miss: commercial defence-export contract of a firm; Norway's own procurement, not aid from a state."),
    ("ko",
     "한-카자흐스탄 국방협력협정 서명…카자흐 장교 교육·장비 지원",
     "한국과 카자흐스탄이 국방협력협정에 서명했다. 국방부는 국방부 장관이 아스타나를 방문해 카자흐스탄 국방장관과 협정에 서명했다고 28일 밝혔다. 협정에는 군사교육, 방산, 군 의료 분야 협력 등이 포함됐다. 이에 따라 한국은 내년부터 매년 카자흐스탄 장교 20여 명을 합동군사대학교 등에 초청해 교육하고, 퇴역 예정인 군용 트럭과 통신장비 일부를 무상으로 지원하기로 했다. 카자흐스탄 국방장관은 '한국의 선진 군사 교육 체계를 배우길 기대한다'고 말했다. 양국은 앞으로 국방차관급 전략대화도 정례화하기로 했다.",
     [T, M],
     "Defence cooperation agreement signed (treaty) with military education and free equipment for Kazakhstan (military assistance)."),
    ("ko",
     "그룹 루미너스 리더 진하, 다음 달 입대…'군백기' 앞두고 팬미팅",
     "보이그룹 루미너스의 리더 진하(27)가 다음 달 육군 현역으로 입대한다. 소속사 스타웨이브엔터테인먼트는 4일 '진하가 논산 육군훈련소에 입소해 기초군사훈련을 받은 뒤 군악대에서 복무할 예정'이라고 밝혔다. 입대 시간과 장소는 비공개다. 진하는 입대에 앞서 오는 20일 서울 올림픽공원에서 팬미팅을 열고 팬들과 작별 인사를 나눈다. 소속사는 '멤버들이 순차적으로 병역 의무를 이행한 뒤 완전체로 돌아올 것'이라고 전했다. 루미너스는 지난해 데뷔 5주년을 맞아 아시아 10개 도시 투어를 성황리에 마쳤다.",
     [],
     "Near-miss: singer enlisting for mandatory service in a domestic military band; no deployment of forces."),
    ("ko",
     "영국, 에스토니아에 병력 증파…장거리 정찰 드론도 지원",
     "영국 국방부는 에스토니아에 주둔 중인 영국군 병력을 현재 약 900명에서 내년 상반기까지 1600명 규모로 늘리겠다고 밝혔다. 증파되는 병력은 기계화보병 대대와 포병 중대로, 에스토니아 중부 타파 기지에 배치된다. 영국은 이와 함께 에스토니아군에 정찰용 장거리 드론 30여 대와 관련 지상 장비를 무상으로 제공하기로 했다. 에스토니아 국방장관은 '동맹의 실질적인 억지력 강화 조치'라며 환영했다. 영국 국방부는 추가 병력이 내년 3월부터 순차적으로 도착할 것이라고 덧붙였다. 영국군은 2017년부터 에스토니아에서 다국적 전투단을 이끌고 있다.",
     [X, M],
     "More British troops stationed in Estonia (troops) and free drones for the Estonian armed forces (military assistance)."),
]


def build():
    records = []
    counters = {lang: 0 for lang in LANGS}
    for lang, title, body, rules, note in ARTICLES:
        counters[lang] += 1
        records.append({
            "id": "%s-v%d" % (lang, counters[lang]),
            "language": lang,
            "title": title,
            "body": body,
            "rules": list(rules),
            "kind": "positive" if rules else "near-miss",
            "note": note,
        })
    return records


def check(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(records) == 8 * len(LANGS), len(records)
    for lang in LANGS:
        rs = [r for r in records if r["language"] == lang]
        assert len(rs) == 8, (lang, len(rs))
        assert sorted(r["id"] for r in rs) == sorted("%s-v%d" % (lang, i) for i in range(1, 9)), lang
        pos = [r for r in rs if r["rules"]]
        neg = [r for r in rs if not r["rules"]]
        assert len(pos) == 5 and len(neg) == 3, (lang, len(pos), len(neg))
        for rule in RULES:
            assert any(rule in r["rules"] for r in pos), (lang, rule)
        for r in rs:
            assert r["kind"] == ("positive" if r["rules"] else "near-miss"), r["id"]
            assert all(x in RULES for x in r["rules"]), r["id"]
            assert len(r["rules"]) == len(set(r["rules"])), r["id"]
            assert r["title"].strip() and r["note"].strip(), r["id"]
            assert '"' not in r["title"], r["id"]
            n = len(r["body"])
            lo, hi = (120, 400) if lang in ("zh", "ja") else (250, 800)
            assert lo <= n <= hi, (r["id"], n, lo, hi)


def main():
    records = build()
    check(records)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "east.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), out))


if __name__ == "__main__":
    main()
