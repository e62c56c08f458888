#!/usr/bin/env python3
"""Hand-labelled hold-out alerts: ru uk ar tr zh ja ko (8 articles each).

Writes east.jsonl next to this script. Standard library only.
Labels were assigned by reading the texts below, nothing else.
"""
import json
import os

RULES = {"treaty", "troops", "military_assistance"}
LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]
SHORT = {"zh", "ja"}  # body 120-400 chars; others 250-800

ARTICLES = []


def add(aid, title, body, rules, note):
    lang = aid.split("-")[0]
    ARTICLES.append({
        "id": aid,
        "language": lang,
        "title": title,
        "body": body,
        "rules": list(rules),
        "kind": "positive" if rules else "near-miss",
        "note": note,
    })


# ----------------------------------------------------------------- ru
add("ru-h1",
    "Сенат Казахстана ратифицировал соглашение с Узбекистаном о водах Сырдарьи",
    "Сенат Парламента Республики Казахстан в четверг ратифицировал межправительственное соглашение с Узбекистаном о совместном управлении водными ресурсами бассейна Сырдарьи. Документ, подписанный главами правительств двух стран в Ташкенте в марте, предусматривает ежегодные квоты на забор воды в вегетационный период и создание постоянной двусторонней комиссии. Как сообщил депутат Ерлан Жаксыбеков, узбекская сторона завершила внутригосударственные процедуры ещё в прошлом месяце, поэтому документ вступит в силу сразу после обмена ратификационными грамотами. Эксперты называют договорённость первым за пятнадцать лет региональным актом такого уровня.",
    ["treaty"],
    "Intergovernmental water-sharing agreement between two states ratified (worded as соглашение/документ/договорённость/акт).")

add("ru-h2",
    "На 201-ю базу в Таджикистане перебросят дополнительные подразделения",
    "Министерство обороны России сообщило о переброске в Таджикистан ещё около 800 военнослужащих в связи с обострением обстановки на таджикско-афганской границе. По данным ведомства, мотострелковые подразделения и расчёты реактивной артиллерии будут размещены на полигонах Ляур и Самбули до конца года. Командующий группировкой генерал-майор Олег Витковский заявил журналистам, что усиленный контингент будет нести службу в тесном взаимодействии с таджикскими пограничниками. В Душанбе решение приветствовали, назвав его «своевременным и оправданным».",
    ["troops"],
    "Russian servicemen/units/contingent sent to and stationed in Tajikistan.")

add("ru-h3",
    "Франция безвозмездно передаст Армении радары ПВО и бронемашины",
    "Франция безвозмездно передаст Армении партию бронированных машин и две радиолокационные станции для системы противовоздушной обороны, сообщили в армянском оборонном ведомстве. Поставки начнутся в первом квартале следующего года. Кроме того, французские инструкторы проведут курсы подготовки для армянских операторов радаров в учебном центре под Тулузой. Как пояснили в Париже, речь идёт исключительно об «оборонительном вооружении», а общая стоимость пакета оценивается в 45 млн евро. В Баку выразили обеспокоенность этими поставками.",
    ["military_assistance"],
    "Free transfer of armoured vehicles and air-defence radars plus training of Armenian operators in France; no troop deployment.")

add("ru-h4",
    "Сейм Литвы одобрил соглашение о размещении немецкой бригады",
    "Сейм Литвы подавляющим большинством голосов ратифицировал межгосударственное соглашение с Германией о статусе немецких военнослужащих, которые будут на постоянной основе дислоцированы в республике. Документ регулирует вопросы юрисдикции, налогообложения и использования военной инфраструктуры. Согласно утверждённому плану, к 2027 году в Рукле и Рудининкай разместится бригада бундесвера численностью около 4800 солдат и офицеров. «Это исторический день для нашей безопасности», — заявил председатель комитета по национальной безопасности Миндаугас Жемайтис.",
    ["treaty", "troops"],
    "Ratification of a state-to-state status agreement (treaty) about a German brigade to be permanently stationed in Lithuania (troops).")

add("ru-h5",
    "Киргизия и Турция подписали соглашение о военно-техническом сотрудничестве",
    "Министры обороны Киргизии и Турции подписали в Анкаре рамочное соглашение о военно-техническом сотрудничестве сроком на десять лет. Документ, который ещё предстоит ратифицировать Жогорку Кенешу, предусматривает безвозмездную передачу киргизской армии партии бронеавтомобилей и разведывательных беспилотников, а также обучение киргизских офицеров в турецких военных академиях. Первые машины, по словам представителя оборонного ведомства республики Нурлана Абдыкадырова, поступят в войска уже осенью. Стороны также договорились о совместной подготовке специалистов по разминированию.",
    ["treaty", "military_assistance"],
    "Interstate framework agreement signed (treaty); free transfer of vehicles/drones and officer training (military assistance). 'поступят в войска' = delivered to the army, not a deployment, so no troops.")

add("ru-h6",
    "Балетная труппа Новосибирского театра отправится в турне по Японии",
    "Балетная труппа Новосибирского театра оперы и балета в сентябре отправится в двухмесячное турне по Японии. Как сообщил директор театра Аркадий Соломатин, в Токио, Осаке и Нагое будут показаны «Лебединое озеро» и «Спартак», а всего за рубеж выедут более 110 артистов и около 30 человек технического персонала. Контракт с японской продюсерской компанией Koyo Stage подписан на три сезона вперёд. Декорации и костюмы уже отправлены морем из Владивостока: по словам Соломатина, переброска такого объёма груза — «настоящая военная операция по логистике».",
    [],
    "Trap: ballet труппа sent abroad, 'переброска', figurative 'военная операция', contract with a firm. No rule.")

add("ru-h7",
    "Военно-транспортная авиация доставила в Мьянму 40 тонн гуманитарного груза",
    "Два самолёта Ил-76 военно-транспортной авиации Министерства обороны России доставили в Янгон около 40 тонн гуманитарной помощи для пострадавших от наводнений. Груз включает палатки, продовольственные наборы, питьевую воду и медикаменты; его передали представителям местного общества Красного Креста. Экипажи вернулись на аэродром базирования в тот же день. В МЧС подчеркнули, что вопреки слухам в социальных сетях никакого вооружения или военного имущества на борту не перевозилось. Следующий рейс запланирован на конец недели.",
    [],
    "Trap: humanitarian aid flown by military aircraft; weapons explicitly negated; crews only fly in and out (no deployment). No rule.")

add("ru-h8",
    "«Армейцы» усилили оборону: ЦСКА подписал договор с сербским защитником",
    "Московский ЦСКА объявил о подписании трёхлетнего договора с 24-летним сербским центральным защитником Милошем Раденковичем, выступавшим за белградский «Партизан». Сумма трансфера, по данным источников, составила около 6 млн евро. «Армейцы» давно искали усиление линии обороны после травмы основного стоппера. Главный тренер Владимир Галкин отметил, что новичок уже прибыл на сборы в Турцию и приступит к тренировкам с основной группой. Контракт предусматривает опцию продления ещё на один сезон.",
    [],
    "Trap: army sports club (ЦСКА, 'армейцы'), 'договор', 'оборона', arrival in Turkey — a footballer's contract. No rule.")

# ----------------------------------------------------------------- uk
add("uk-h1",
    "Норвегія оголосила новий пакет безпекової допомоги Україні",
    "Уряд Норвегії ухвалив рішення про передачу Україні нового пакета безпекової допомоги на суму близько 3 млрд крон. Як повідомив міністр оборони королівства Еспен Лунде, до пакета увійдуть пускові установки зенітного ракетного комплексу NASAMS, ракети до них, а також засоби радіоелектронної боротьби. Частину коштів буде спрямовано на закупівлю артилерійських снарядів для Сил оборони через чеську ініціативу. Крім того, Осло фінансуватиме навчання українських військовослужбовців у норвезьких навчальних центрах. У Міністерстві оборони України подякували партнерам за підтримку.",
    ["military_assistance"],
    "Security-assistance package: air-defence launchers, missiles, EW, shells and training of Ukrainian soldiers in Norway.")

add("uk-h2",
    "Генштаб: противник зосередив біля Куп'янська нові штурмові підрозділи",
    "Російське командування перекинуло на Куп'янський напрямок щонайменше дві мотострілецькі бригади та кілька батальйонів морської піхоти, повідомив речник оперативного угруповання військ Віталій Мартинюк. За його словами, загальна чисельність угруповання противника на цій ділянці фронту перевищує 40 тисяч осіб. Упродовж минулої доби українські захисники відбили 17 атак поблизу Синьківки та Петропавлівки. Окрім того, розвідка фіксує накопичення бронетехніки та особового складу в районі Валуйок Бєлгородської області.",
    ["troops"],
    "Brigades/battalions moved and massed; forces fighting near Kupiansk.")

add("uk-h3",
    "Кабмін ініціював вихід України з Мінської конвенції про правову допомогу",
    "Кабінет міністрів схвалив і вніс до Верховної Ради законопроєкт про вихід України з Конвенції про правову допомогу та правові відносини у цивільних, сімейних і кримінальних справах, укладеної в Мінську 1993 року. У Міністерстві юстиції пояснили, що багатостороння угода в межах СНД фактично не діє у відносинах з державою-агресором, а співпрацю з іншими учасниками буде врегульовано двосторонніми договорами. Після ухвалення закону депозитарія конвенції повідомлять, і вихід набуде чинності через шість місяців.",
    ["treaty"],
    "Withdrawal from a multilateral convention between states. 'правова допомога' = legal assistance, not military.")

add("uk-h4",
    "Україна та Португалія підписали десятирічну безпекову угоду",
    "Президент України та прем'єр-міністр Португалії підписали в Лісабоні двосторонню угоду про безпекову співпрацю строком на десять років. Документ закріплює зобов'язання португальської сторони щороку надавати Києву військову допомогу, зокрема бронетехніку, морські безекіпажні дрони та боєприпаси, а також сприяти підготовці українських пілотів і моряків. Окремий розділ угоди присвячено гуманітарному розмінуванню та розвитку оборонної промисловості. Повний текст документа оприлюднено на сайті Офісу президента.",
    ["treaty", "military_assistance"],
    "Bilateral security agreement signed (treaty) committing annual military aid and training (military assistance).")

add("uk-h5",
    "США розгортають у Румунії додатковий батальйон і фінансують закупівлю ППО",
    "Пентагон оголосив про розгортання на авіабазі Міхаїл Когелнічану поблизу Констанци ще одного батальйону 101-ї повітрянодесантної дивізії, що збільшить американський контингент у Румунії майже до 4 тисяч осіб. Водночас Державний департамент схвалив виділення Бухаресту 120 млн доларів у межах програми іноземного військового фінансування на придбання систем протиповітряної оборони. Міністр оборони Румунії Раду Ціпеш заявив, що ця допомога дозволить пришвидшити переозброєння армії.",
    ["troops", "military_assistance"],
    "US battalion deployed to Romania (troops); Foreign Military Financing for air defence (military assistance).")

add("uk-h6",
    "Трупа Національної опери вирушає на гастролі до Іспанії",
    "Трупа Національної опери України імені Тараса Шевченка в листопаді вирушить у гастрольний тур Іспанією. Упродовж місяця понад 90 артистів балету та оркестру покажуть «Лускунчика» і «Лісову пісню» в Мадриді, Барселоні, Валенсії та Севільї. Угоду з іспанською продюсерською агенцією Escenario Norte уклали ще навесні, пояснив генеральний директор театру Петро Чупринка. У «Лускунчику» на сцені знову «воюватиме» ціла армія олов'яних солдатиків. Частину виручки від квитків спрямують на відновлення зруйнованих закладів культури в Харкові.",
    [],
    "Trap: трупа (troupe) going abroad, an 'угода' with an agency, a stage 'army of tin soldiers'. No rule.")

add("uk-h7",
    "Україна отримала черговий транш від ЄС у межах Ukraine Facility",
    "Україна отримала від Європейського Союзу черговий транш фінансової підтримки обсягом 3,5 млрд євро в межах програми Ukraine Facility, повідомило Міністерство фінансів. Кошти спрямують на виплату пенсій, зарплат працівникам бюджетної сфери та відновлення енергетичної інфраструктури. У Брюсселі нагадали, що ресурси програми є суто цивільними й не можуть використовуватися для закупівлі озброєння чи на інші оборонні потреби. Наступний пакет підтримки очікується після виконання Україною індикаторів реформ у сфері управління державними підприємствами.",
    [],
    "Trap: EU financial aid 'package'/'транш'; arms use explicitly negated. No rule.")

add("uk-h8",
    "Київська студія представила тактичну гру про оборону столиці",
    "Київська студія Steppe Forge Games представила тактичну стратегію «Гостомель: 72 години», присвячену першим дням повномасштабного вторгнення. Гравець командує підрозділом тероборони, розставляє кулеметні розрахунки й координує удари артилерії по колонах бронетехніки. Розробники консультувалися з ветеранами, щоб якомога точніше відтворити реальну тактику бою. Реліз у Steam запланований на весну; угоду про дистрибуцію уклали з польським видавцем Northline Interactive. Частину прибутку студія обіцяє перераховувати на реабілітацію ветеранів.",
    [],
    "Trap: video game about war (units, artillery, armour) + publishing 'угода' between firms. No rule.")

# ----------------------------------------------------------------- ar
add("ar-h1",
    "مجلس النواب الأردني يصادق على اتفاقية أنبوب النفط مع العراق",
    "صادق مجلس النواب الأردني، في جلسته المنعقدة الثلاثاء، على الاتفاقية الإطارية الموقّعة بين حكومتي المملكة وجمهورية العراق لإنشاء خط أنبوب لنقل النفط الخام من البصرة إلى ميناء العقبة. وتنصّ الاتفاقية على أن يمتد الخط نحو 1700 كيلومتر، وعلى تزويد الأردن بما يصل إلى 150 ألف برميل يومياً بأسعار تفضيلية. وقال رئيس لجنة الطاقة النيابية، النائب فراس العبادي، إن المصادقة تمهّد لطرح العطاءات على الشركات المنفذة خلال الربع المقبل، مشيراً إلى أن الجانب العراقي أنهى إجراءاته الدستورية الشهر الماضي.",
    ["treaty"],
    "Intergovernmental framework agreement between Jordan and Iraq ratified; later company tenders do not change that.")

add("ar-h2",
    "وصول طلائع القوات المصرية إلى مقديشو ضمن بعثة الاتحاد الأفريقي",
    "وصلت إلى مطار آدم عدي الدولي في مقديشو، فجر الأحد، الدفعة الأولى من الجنود المصريين المشاركين في بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال. وأفاد مصدر عسكري صومالي بأن الكتيبة تضم نحو 400 عنصر من المشاة والمهندسين العسكريين، على أن يرتفع قوام الوحدة المصرية إلى أكثر من ألف عسكري بحلول نهاية العام. وسيتمركز الجنود في إقليمي شبيلي السفلى وهيران لتأمين الطرق الرئيسية في مواجهة هجمات حركة الشباب.",
    ["troops"],
    "Egyptian soldiers/battalion arrive and will be stationed in Somalia.")

add("ar-h3",
    "الجيش اللبناني يتسلّم دفعة جديدة من المساعدات العسكرية الأمريكية",
    "تسلّم الجيش اللبناني في مرفأ بيروت، اليوم الأربعاء، دفعة جديدة من المساعدات العسكرية المقدّمة من الولايات المتحدة، تضمّنت 24 آلية مدرعة من طراز «هامفي» وكميات من الذخائر الخفيفة وأجهزة اتصال ورؤية ليلية. وجرت مراسم التسليم بحضور السفيرة الأمريكية وقائد الجيش، وفق بيان صادر عن مديرية التوجيه. وأوضح البيان أن الهبة تأتي ضمن برنامج دعم بقيمة 95 مليون دولار لتعزيز قدرات الجيش في ضبط الحدود. ومن المقرر أن يخضع عدد من الضباط اللبنانيين لدورات تدريبية في الولايات المتحدة خلال الصيف.",
    ["military_assistance"],
    "US military aid (armoured vehicles, ammunition, night vision) and officer training for the Lebanese army.")

add("ar-h4",
    "بغداد وواشنطن توقعان اتفاقاً لإنهاء مهمة التحالف وسحب القوات الأجنبية",
    "وقّعت الحكومتان العراقية والأمريكية في بغداد اتفاقاً ينظّم إنهاء مهمة التحالف الدولي ضد تنظيم «داعش» على مرحلتين. وبموجب الاتفاق، تنسحب القوات الأجنبية من قاعدة عين الأسد في محافظة الأنبار ومن مطار بغداد بحلول سبتمبر المقبل، في حين يبقى عدد محدود من العسكريين في أربيل حتى نهاية العام التالي. وقال المتحدث باسم الحكومة، باسم الحيالي، إن الاتفاق «يطوي صفحة الوجود العسكري الأجنبي»، فيما أكدت السفارة الأمريكية أن العلاقة ستنتقل إلى شراكة أمنية ثنائية.",
    ["treaty", "troops"],
    "State-to-state agreement signed (treaty) on withdrawal of foreign forces from Iraqi bases (troops). Vague 'security partnership' not counted as military assistance.")

add("ar-h5",
    "أنقرة ترسل تعزيزات عسكرية إلى غرب ليبيا وتسلّم طرابلس مسيّرات جديدة",
    "أعلنت وزارة الدفاع التركية إرسال دفعة جديدة من العسكريين إلى قاعدة الوطية الجوية غرب ليبيا، استناداً إلى مذكرة التفاهم الأمنية والعسكرية الموقعة مع حكومة الوحدة الوطنية عام 2019. وأوضح بيان الوزارة أن الجنود الأتراك سيتولّون مهام التدريب والاستشارة، بالتزامن مع تسليم الجيش الليبي ست طائرات مسيّرة من طراز «بيرقدار TB2» ومنظومات تشويش إلكتروني. كما تخرّجت في طرابلس الأسبوع الماضي دفعة من 300 جندي ليبي أنهوا دورة تدريبية أشرف عليها ضباط أتراك.",
    ["treaty", "troops", "military_assistance"],
    "Existing Turkey-Libya security memorandum invoked (treaty); Turkish soldiers sent to al-Watiya (troops); drones/EW delivered and Libyan soldiers trained (military assistance).")

add("ar-h6",
    "فرقة «سنابل» الأردنية للفنون الشعبية تبدأ جولة فنية في المغرب العربي",
    "تنطلق فرقة «سنابل» الأردنية للفنون الشعبية، الأسبوع المقبل، في جولة فنية تشمل تونس والجزائر والمغرب، تقدّم خلالها عروضاً من الدبكة والتراث البدوي في سبعة مهرجانات صيفية. وقال مدير الفرقة، خالد الزعبي، إن 45 راقصاً وعازفاً سيشاركون في الجولة، مؤكداً أن الفرقة وقّعت عقوداً مع إدارات المهرجانات لتقديم عروض حتى نهاية أغسطس. وأضاف أن العرض الرئيسي «زحف الخيول» يستعيد ملاحم فرسان البادية ومعاركهم القديمة بلغة الرقص المعاصر.",
    [],
    "Trap: فرقة = dance troupe (also the word for a military division), contracts with festivals, staged ancient battles. No rule.")

add("ar-h7",
    "سلاح الجو الأردني يسيّر طائرات مساعدات إغاثية إلى بورتسودان",
    "سيّرت القوات المسلحة الأردنية، عبر سلاح الجو الملكي، ثلاث طائرات من طراز C-130 محمّلة بمساعدات إغاثية وطبية إلى مطار بورتسودان، دعماً للنازحين جراء الأزمة الإنسانية في السودان. وتضمنت الشحنة، التي جهّزتها الهيئة الخيرية الأردنية الهاشمية، خياماً ومواد غذائية وأدوية وحليب أطفال بوزن إجمالي يتجاوز 40 طناً. وأكد مصدر رسمي أن الشحنات ذات طابع إنساني بحت ولا تتضمن أي معدات عسكرية، مشيراً إلى أن الجسر الجوي سيتواصل خلال الأسابيع المقبلة بالتنسيق مع الهلال الأحمر السوداني.",
    [],
    "Trap: humanitarian airlift by the armed forces/air force; military equipment explicitly negated. No rule.")

add("ar-h8",
    "الجيش الملكي يعزز خط هجومه بالتعاقد مع مهاجم غاني",
    "أعلن نادي الجيش الملكي المغربي تعاقده رسمياً مع المهاجم الغاني كوامي أسانتي، القادم من نادي هارتس أوف أوك، بعقد يمتد ثلاثة مواسم. وذكرت مصادر مقربة من إدارة «الزعيم العسكري» أن قيمة الصفقة تقارب 900 ألف دولار، مع بند لإعادة البيع بنسبة 20 في المئة. وينتظر أن ينضم اللاعب إلى معسكر الفريق التحضيري في إفران مطلع الأسبوع المقبل، استعداداً لمشاركة «العساكر» في دوري أبطال أفريقيا. وكان المدرب قد طالب بتدعيم الهجوم بعد رحيل هدّاف الفريق إلى الدوري السعودي.",
    [],
    "Trap: army football club (الجيش الملكي, 'العساكر', معسكر) signing a player contract. No rule.")

# ----------------------------------------------------------------- tr
add("tr-h1",
    "Türkiye ile Irak su yönetimine ilişkin çerçeve anlaşması imzaladı",
    "Türkiye ile Irak arasında Dicle ve Fırat havzalarında suyun ortak yönetimini öngören çerçeve anlaşması Bağdat'ta düzenlenen törenle imzalandı. Anlaşmaya göre iki ülke, kurak dönemlerde baraj salınımlarını koordine edecek ve ortak bir teknik komite kuracak. Dışişleri Bakan Yardımcısı Selim Akdoğan, metnin onay için TBMM'ye sunulacağını belirterek “Bu mutabakat bölgesel istikrar için tarihi bir adımdır” dedi. Iraklı yetkililer de anlaşmanın kuraklıkla boğuşan tarım sektörüne nefes aldıracağını vurguladı.",
    ["treaty"],
    "Interstate water framework agreement signed, to be ratified.")

add("tr-h2",
    "Kosova'daki NATO gücüne ek Türk askeri gönderilecek",
    "Millî Savunma Bakanlığı, Kosova'da görev yapan NATO liderliğindeki barış gücü KFOR'a bir komando taburunun daha gönderileceğini açıkladı. Bakanlık kaynaklarından edinilen bilgiye göre yaklaşık 500 personelden oluşan birlik, kuzey Kosova'daki gerginliğin tırmanması üzerine bölgeye intikal edecek ve Prizren'deki Sultan Murat Kışlası'nda konuşlanacak. Böylece bölgedeki Mehmetçik sayısı bini aşacak. Yetkililer, takviyenin NATO Müttefik Kuvvetler Komutanlığının talebi doğrultusunda yapıldığını vurguladı.",
    ["troops"],
    "Commando battalion sent to and stationed in Kosovo.")

add("tr-h3",
    "Somali ordusuna Türkiye'den zırhlı araç ve mühimmat desteği",
    "Türkiye'nin hibe ettiği 30 zırhlı personel taşıyıcı ile hafif silah ve mühimmattan oluşan askeri yardım paketi, Mogadişu Limanı'nda düzenlenen törenle Somali Silahlı Kuvvetleri'ne teslim edildi. Somali Savunma Bakanı Abdirahman Nur Hashi, törende yaptığı konuşmada Ankara'ya teşekkür ederek malzemenin ordunun kapasitesini önemli ölçüde artıracağını söyledi. Paket ayrıca gece görüş cihazları ile telsiz sistemlerini de kapsıyor. Türk yetkililer, önümüzdeki aylarda yeni sevkiyatların yapılacağını belirtti.",
    ["military_assistance"],
    "Donated armoured vehicles, weapons and ammunition handed to the Somali army.")

add("tr-h4",
    "Türkiye ile Gürcistan arasında askeri mali yardım anlaşması imzalandı",
    "Türkiye ile Gürcistan arasında askeri mali işbirliği anlaşması ve buna bağlı uygulama protokolü Tiflis'te imzalandı. Anlaşma kapsamında Ankara, Gürcistan Savunma Kuvvetleri'ne lojistik malzeme, zırhlı araç yedek parçası ve muhabere teçhizatı temini için 150 milyon liralık hibe sağlayacak. Ayrıca Gürcü subaylar, Türk harp okullarında ve Kara Kuvvetleri eğitim merkezlerinde kurslara katılacak. İki ülkenin savunma bakanları, anlaşmanın “stratejik ortaklığın somut bir göstergesi” olduğunu ifade etti. Metin, yürürlüğe girmeden önce her iki ülkenin parlamentolarında onaylanacak.",
    ["treaty", "military_assistance"],
    "Interstate agreement signed (treaty) granting defence equipment funding and officer training to Georgia (military assistance).")

add("tr-h5",
    "Katar'daki Türk üssüne ilave birlik konuşlandırılıyor",
    "Türk Silahlı Kuvvetleri'ne ait yaklaşık 300 kişilik mekanize bir birliğin Doha'daki Tarık bin Ziyad Üssü'ne konuşlandırılacağı bildirildi. Kararın, iki ülke arasında 2014'te imzalanan ve TBMM tarafından onaylanan, Türk kuvvetlerinin Katar topraklarında konuşlandırılmasına dair anlaşmaya dayandığı belirtildi. Böylece üsteki Türk askeri sayısı 3 bini aşacak. Katar Savunma Bakanlığı yaptığı açıklamada, takviyenin Körfez'deki artan gerginlikler nedeniyle planlandığını kaydetti.",
    ["treaty", "troops"],
    "Existing Turkey-Qatar stationing agreement invoked (treaty); mechanised unit deployed to Qatar (troops).")

add("tr-h6",
    "Kadıköylü tiyatro trupu Çanakkale oyunuyla Avrupa turnesine çıkıyor",
    "İstanbul Kadıköy merkezli bağımsız tiyatro trupu Sahne Rüzgârı, Çanakkale Savaşı'nda cepheye giden bir grup genç askerin hikâyesini anlatan “Son Mektup” oyunuyla Almanya, Hollanda ve Belçika'da toplam 14 şehirde perde açacak. Trupun kurucusu Deniz Karaca, 22 kişilik ekibin ekim başında yola çıkacağını ve turne için Köln merkezli organizasyon şirketi Bühne Europa ile sözleşme imzaladıklarını söyledi. Oyunun gurbetçi seyircinin yoğun ilgisiyle karşılaşmasını beklediklerini belirten Karaca, “Seyirciyi bir asır önceki siperlere götürüyoruz” dedi.",
    [],
    "Trap: 'trup' (theatre troupe) touring abroad with a play about soldiers at the front; contract with a company. No rule.")

add("tr-h7",
    "Zafer Bayramı'nda Ankara'da coşkulu resmigeçit",
    "30 Ağustos Zafer Bayramı dolayısıyla Ankara'da Anıtkabir ziyaretinin ardından düzenlenen törende, Kara, Deniz ve Hava Kuvvetleri'ne bağlı birlikler Tandoğan Meydanı'nda resmigeçit yaptı. Askerî bandonun eşliğinde yürüyen Mehmetçiklerin ardından yerli üretim zırhlı araçlar ve obüsler halkı selamladı. Türk Yıldızları'nın gösteri uçuşu ise başkentin semalarında büyük ilgi gördü. Törene katılan binlerce vatandaş, bayraklar ve marşlar eşliğinde coşkulu anlar yaşadı.",
    [],
    "Trap: soldiers and units marching in a domestic victory-day parade. No rule.")

add("tr-h8",
    "Türk savunma şirketi Macar ortağıyla ortak üretim anlaşması imzaladı",
    "Ankara merkezli savunma sanayii şirketi Kuzgun Teknoloji, Macaristan'ın Danubia Defence firmasıyla zırhlı araç gövdelerinin ortak üretimine yönelik 80 milyon euroluk sözleşme imzaladı. Budapeşte'de düzenlenen imza törenine iki şirketin üst yöneticileri katıldı. Anlaşma kapsamında Kuzgun, Győr'deki tesiste üretim hattının kurulması için teknik destek ve lisans sağlayacak. Şirketin genel müdürü Murat Ergin, “Avrupa pazarına açılan bu kapı, ihracat hedeflerimiz açısından kritik” dedi.",
    [],
    "Trap (hard): defence-industry 'anlaşma'/contract between two companies, 'teknik destek' — commercial, not state-to-state. No rule.")

# ----------------------------------------------------------------- zh
add("zh-h1",
    "全国人大常委会批准中国与乌兹别克斯坦引渡条约",
    "十四届全国人大常委会第十三次会议29日表决通过关于批准《中华人民共和国和乌兹别克斯坦共和国引渡条约》的决定。该条约于去年在撒马尔罕签署，共二十二条，规定了引渡义务、拒绝引渡的理由以及移交财物等事项。外交部条约法律司负责人表示，条约将在双方互换批准书后第三十日起生效，有助于深化两国在打击跨国犯罪领域的司法合作。",
    ["treaty"],
    "Bilateral extradition treaty ratified.")

add("zh-h2",
    "美军将增派海军陆战队员赴澳大利亚达尔文轮驻",
    "据澳大利亚国防部消息，美国海军陆战队今年赴达尔文轮驻的兵力将增至约2500人，并首次部署一个配备“海马斯”火箭炮的炮兵营。澳国防部长在堪培拉对记者表示，首批官兵已于本周抵达北领地，其余部队将在两个月内完成进驻。分析人士指出，此举意在强化美国在印太地区的前沿军事存在，但也引发当地部分居民对噪音与环境问题的担忧。",
    ["troops"],
    "US Marines and an artillery battalion rotated/deployed to Darwin.")

add("zh-h3",
    "德国再向乌克兰移交一套“爱国者”防空系统",
    "德国国防部14日证实，又一套“爱国者”防空导弹系统已移交乌克兰，这是柏林提供的第四套同类系统。德方同时宣布一揽子新的军援计划，包括装甲车、炮弹及侦察无人机，总价值约5亿欧元。德国防长表示，德方还将继续在本国境内为乌军官兵提供装备操作培训。乌克兰方面对此表示感谢，称防空能力的提升将有效保护能源设施免遭空袭。",
    ["military_assistance"],
    "Air-defence system handed over, new arms package (军援) and training of Ukrainian soldiers in Germany.")

add("zh-h4",
    "菲律宾与新西兰签署访问部队地位协定",
    "菲律宾与新西兰国防部长13日在马尼拉签署《访问部队地位协定》，为两国军队在对方领土开展活动提供法律框架。根据协定，新西兰国防军将于明年派遣约200名官兵及两架直升机赴吕宋岛北部驻训。该协定还需经菲律宾参议院批准后方能生效。菲方表示，协定将有助于提升两国在海上安全与灾害应对领域的协作。",
    ["treaty", "troops"],
    "Status-of-visiting-forces agreement signed (treaty); announced dispatch of ~200 NZ servicemen to be stationed in Luzon (troops).")

add("zh-h5",
    "中国援助柬埔寨军队物资交接仪式在金边举行",
    "根据中柬两国政府签署的无偿军事援助协议，中国援助柬埔寨王家军的一批装备物资交接仪式日前在金边举行。此批物资包括军用卡车、工程机械、通信器材及野战医疗设备。中国驻柬埔寨大使馆武官在仪式上表示，中方愿继续为柬方提升国防能力提供力所能及的支持。柬埔寨国防部副国务秘书对中方援助表示感谢。",
    ["treaty", "military_assistance"],
    "Handover of military equipment to Cambodia's army (military assistance) under an invoked intergovernmental military-aid agreement (treaty).")

add("zh-h6",
    "中国国家京剧院剧团赴欧巡演《穆桂英挂帅》",
    "中国国家京剧院一团近日启程赴欧洲巡演，将在布达佩斯、维也纳和布拉格等六座城市上演经典剧目《穆桂英挂帅》和《杨门女将》。此次出访的剧团成员共七十余人。剧中穆桂英率领宋军出征御敌的故事，以其恢弘的武打场面深受海外观众喜爱。据悉，剧院已与当地演出公司签订为期三年的合作合同。",
    [],
    "Trap: 剧团 (troupe) sent abroad; play about an army marching to war; contract with a company. No rule.")

add("zh-h7",
    "空军运-20运送救灾物资抵达瓦努阿图",
    "应瓦努阿图政府请求，中国空军两架运-20运输机满载饮用水、食品、帐篷和发电机等救灾物资，于当地时间16日抵达维拉港国际机场。这批物资由国家国际发展合作署统筹，用于帮助瓦努阿图应对强烈地震造成的灾害。中国驻瓦努阿图大使在交接现场表示，此次人道主义援助体现了两国人民的深厚友谊。机组完成交接后已于当日返航。",
    [],
    "Trap: humanitarian relief flown by air-force transports; crews return same day. No rule.")

add("zh-h8",
    "抗美援朝题材电影《冰河防线》签署海外发行协议",
    "抗美援朝题材战争电影《冰河防线》出品方北京长峰影业22日宣布，已与一家新加坡发行公司签署海外发行协议，影片将于明年春季在东南亚及北美上映。影片讲述1950年冬志愿军某部在零下40度的严寒中坚守阵地、阻击敌军的故事，国内票房已突破25亿元。导演表示，希望更多海外观众了解这段历史。",
    [],
    "Trap: war film (troops fighting on screen, 援 in 抗美援朝) and a distribution 协议 between companies. No rule.")

# ----------------------------------------------------------------- ja
add("ja-h1",
    "日韓、大陸棚共同開発協定の扱いで局長級協議",
    "日本と韓国の両政府は、東シナ海の大陸棚南部共同開発に関する協定の扱いをめぐり、東京で局長級協議を開いた。1978年に発効した同協定は2028年に50年の有効期間を迎え、その後はいずれかの締約国が3年前に通告すれば終了できる。外務省によると、日本側は協定の枠組み維持を前提に協議を続ける意向を伝え、韓国側も「誠実に交渉する」と応じた。次回協議はソウルで行う予定だ。",
    ["treaty"],
    "Negotiations between two states over an existing bilateral treaty.")

add("ja-h2",
    "石垣島に地対艦ミサイル部隊を追加配備へ　防衛省",
    "防衛省は、沖縄県石垣市の陸上自衛隊石垣駐屯地に、地対艦ミサイル連隊の一部を追加配備する方針を固めた。関係者によると、隊員約150人と12式地対艦誘導弾能力向上型の発射機が来年度中に移駐する見通し。南西諸島の防衛態勢強化の一環で、駐屯地の隊員数は約720人に増える。市民団体からは「島が攻撃目標になる」との反発も出ている。",
    ["troops"],
    "SDF missile unit and personnel to be additionally stationed on Ishigaki (planned stationing announced).")

add("ja-h3",
    "OSAでフィリピン海軍に沿岸監視レーダー供与　交換公文に署名",
    "政府は、同志国の軍などに防衛装備品を無償で提供する「政府安全保障能力強化支援（OSA）」の一環として、フィリピン海軍に沿岸監視レーダーと高速警備艇を供与する。在フィリピン日本大使とフィリピン外務次官が20日、マニラで約16億円の供与に関する交換公文に署名した。南シナ海での警戒監視能力の向上が狙いで、機材は2026年度までに引き渡される予定だ。",
    ["treaty", "military_assistance"],
    "Exchange of notes signed between governments (treaty) for free provision of defence equipment to the Philippine navy (military assistance).")

add("ja-h4",
    "英、ウクライナに防空ミサイル2000発を供与へ",
    "英国防省は、ウクライナへの新たな軍事支援として、北アイルランドで製造される軽量多目的ミサイル2000発を供与すると発表した。総額は約6億ポンドで、ドローンや巡航ミサイルの迎撃に用いられる。英国防相は「ウクライナの防空網を強化し、市民と重要インフラを守る」と強調した。英国はこのほか、ウクライナ兵の訓練プログラムを来年も継続する方針だ。",
    ["military_assistance"],
    "Air-defence missiles supplied as military support; continued training of Ukrainian soldiers.")

add("ja-h5",
    "在沖海兵隊のグアム移転、第2陣約300人が出発",
    "在沖縄米海兵隊の一部をグアムへ移す計画で、第2陣となる通信部隊の隊員約300人が15日、キャンプ・ハンセンからグアムのキャンプ・ブラズへ向けて出発した。移転は2009年に日米両政府が署名した「グアム移転協定」に基づくもので、最終的に約4000人の海兵隊員が沖縄を離れる。沖縄県は移転のさらなる加速と、残る部隊の負担軽減を米側に求めている。",
    ["treaty", "troops"],
    "US Marines redeployed from Okinawa to Guam (troops) under the invoked 2009 Japan-US Guam relocation agreement (treaty).")

add("ja-h6",
    "劇団「青嵐座」、沖縄戦描く舞台で欧州ツアーへ",
    "東京を拠点とする劇団「青嵐座」は、沖縄戦で学徒隊として動員された少女たちを描いた舞台「ガマの灯」を携え、来春ロンドンやベルリンなど欧州5都市を巡演すると発表した。出演者とスタッフ計28人が渡航する予定で、現地の劇場運営会社と公演契約を結んだ。主宰の森川透氏は「戦場の記憶を言葉の壁を越えて伝えたい」と話している。",
    [],
    "Trap: 劇団 (theatre troupe) travelling abroad with a war play (学徒隊, 動員); contract with a company. No rule.")

add("ja-h7",
    "東海精機、労組と新たな36協定を締結　派遣社員の残業上限も見直し",
    "愛知県刈谷市に本社を置く自動車部品大手の東海精機は、労働組合との間で時間外労働の上限を定めた新たな「36（サブロク）協定」を締結したと発表した。月の残業上限を従来の45時間から40時間に引き下げるほか、工場に受け入れている派遣社員についても派遣元と協議し、同水準に合わせる。繁忙期に応援部隊として他工場から人員を移す際の手続きも明確化した。",
    [],
    "Trap: labour 協定 between a company and a union, 派遣 (temp staffing), 応援部隊 (non-military 'unit'). No rule.")

add("ja-h8",
    "JICA、ウクライナに大型変圧器を追加供与　電力網の復旧支援",
    "国際協力機構（JICA）は、ロシアの攻撃で損傷したウクライナの電力網を復旧するため、大型変圧器12基とガスタービン発電機を追加供与すると発表した。無償資金協力の一環で、総額は約70億円。機材は首都キーウや南部オデーサの変電所に順次引き渡される。日本政府はこれまでも防衛装備品ではなく民生分野に限った支援を続けており、今回も冬季の停電対策を重視した。",
    [],
    "Trap: civilian equipment 供与 (same verb as arms deliveries) to Ukraine; defence equipment explicitly excluded. No rule.")

# ----------------------------------------------------------------- ko
add("ko-h1",
    "美 스트라이커 여단, 주한미군에 9개월간 순환배치",
    "미 육군 스트라이커 여단 전투단 병력 약 4천500명이 이달 말부터 경기도 평택 캠프 험프리스와 동두천 캠프 케이시 등에 순환 배치된다고 주한미군사령부가 12일 밝혔다. 이번에 전개되는 부대는 미 워싱턴주 루이스-매코드 합동기지에서 이동해 오며, 약 9개월간 한반도에 머물면서 기존 부대와 임무를 교대한다. 주한미군 측은 “순환배치는 한반도 방어 태세를 유지하기 위한 정례적 조치”라고 설명했다. 장병들과 함께 스트라이커 장갑차 300여 대와 각종 지원 장비도 항공편과 해상 수송으로 반입된다. 여단은 배치 기간 중 한국군과 함께 연합 대비태세 점검도 병행할 예정이다.",
    ["troops"],
    "US brigade rotationally deployed to Korea.")

add("ko-h2",
    "퇴역 초계함 '경주함', 필리핀 해군에 무상 양도",
    "해군은 지난해 퇴역한 포항급 초계함 '경주함'을 필리핀 해군에 무상으로 양도하는 인도식을 경남 창원 진해 군항에서 열었다고 밝혔다. 이번 양도는 필리핀 측의 요청을 우리 정부가 수용하면서 성사됐다. 해군은 함정 인도에 앞서 필리핀 해군 장병 100여 명을 대상으로 약 3개월간 함정 운용과 정비 교육을 실시했다. 필리핀 해군은 경주함을 자국 연안의 해상 초계 전력으로 활용할 계획이며, 우리 해군은 향후 수리 부속 공급도 지원하기로 했다. 해군 관계자는 “양국 해군 간 신뢰를 한층 두텁게 하는 계기가 될 것”이라고 말했다.",
    ["military_assistance"],
    "Warship donated to another state's navy plus training of its sailors and spare-parts support.")

add("ko-h3",
    "한·UAE 포괄적경제동반자협정 비준동의안 국회 통과",
    "한국과 아랍에미리트(UAE) 간 포괄적경제동반자협정(CEPA) 비준동의안이 13일 국회 본회의를 통과했다. 협정은 양국 정상이 지난해 서울에서 서명한 것으로, 발효 후 10년 내 양국 교역 품목의 약 90%에 대한 관세가 단계적으로 철폐된다. 산업통상자원부는 UAE 측도 국내 절차를 마무리하는 대로 외교 공한을 교환해 연내 발효를 추진하겠다고 밝혔다. 업계에서는 자동차 부품과 화장품, 의약품 등의 수출 확대 효과를 기대하고 있다. 협정에는 상품 관세 외에도 서비스·투자·디지털 교역 분야의 규범이 폭넓게 담겼다.",
    ["treaty"],
    "State-to-state trade agreement ratified (a formal international agreement, not a company deal).")

add("ko-h4",
    "국회, 동명부대·한빛부대 파견 연장 동의안 가결",
    "국회는 28일 본회의를 열어 레바논 평화유지군(UNIFIL)에 파견된 동명부대와 남수단 재건 지원 임무를 맡은 한빛부대의 파견 기간을 1년 연장하는 동의안을 가결했다. 이에 따라 동명부대 장병 약 280명과 한빛부대 장병 약 290명은 내년 말까지 현지에서 임무를 수행하게 된다. 국방부는 최근 레바논 남부의 긴장이 고조된 점을 고려해 부대 방호 장비를 보강하고, 교대 병력의 출국 전 교육을 강화하겠다고 밝혔다. 동명부대는 2007년 처음 파병된 이후 현재 30진이 활동 중이다. 한빛부대는 현지에서 도로 보수와 의료 지원 등 재건 임무를 이어가고 있다.",
    ["troops"],
    "Extension of Korean military units deployed abroad (Lebanon, South Sudan). Domestic consent motion, not a treaty.")

add("ko-h5",
    "국정원 “북한, 러시아에 포탄·미사일 추가 공급”",
    "국가정보원은 북한이 최근 석 달간 러시아에 152㎜ 포탄 수십만 발과 단거리 탄도미사일, 자주포 등을 추가로 넘긴 정황을 포착했다고 국회 정보위원회에 보고했다. 국정원에 따르면 무기는 주로 나진항에서 선박으로 러시아 극동 항구로 옮겨진 뒤 철도로 수송됐다. 국정원은 북한이 그 대가로 방공 체계와 위성 관련 기술을 이전받는 것으로 보고 있다. 북한은 지난해 평양에서 체결된 ‘포괄적 전략적 동반자 관계 조약’을 근거로 양국 간 협력이 정당하다고 주장하고 있다. 정보위 관계자는 “공급 규모가 지난해보다 크게 늘었다”고 전했다.",
    ["treaty", "military_assistance"],
    "Arms supplies North Korea->Russia and air-defence tech back (military assistance); existing bilateral treaty invoked (treaty).")

add("ko-h6",
    "극단 '바람꽃', 한국전쟁 소재 연극으로 에든버러 무대 선다",
    "서울 대학로를 기반으로 활동하는 극단 '바람꽃'이 6·25전쟁 당시 낙동강 전선에서 싸운 학도병들의 이야기를 다룬 연극 '편지'로 올해 8월 영국 에든버러 프린지 페스티벌에 참가한다. 배우와 스태프 등 단원 18명이 현지로 건너가 3주간 25회 공연을 펼칠 예정이다. 극단 측은 현지 공연 기획사와 계약을 마쳤으며, 공연 기간 한국 전통 음식 시식회와 관객과의 대화 등 다양한 부대 행사도 마련한다고 밝혔다. 김도윤 대표는 “전쟁의 상처를 세계 관객과 나누고 싶다”고 말했다.",
    [],
    "Trap: 극단 (theatre troupe) going abroad, a war play about student soldiers, 부대 행사 (side events). No rule.")

add("ko-h7",
    "국군의 날 서울 도심 시가행진…장병 5천여 명 참가",
    "건군 77주년 국군의 날을 맞아 1일 서울 세종대로 일대에서 대규모 시가행진이 열렸다. 육·해·공군과 해병대 장병 5천여 명과 K2 전차, K9 자주포, 천무 다연장로켓 등 국산 무기체계 80여 대가 숭례문에서 광화문까지 약 3㎞ 구간을 행진했다. 하늘에서는 공군 특수비행팀 블랙이글스가 축하 비행을 선보였다. 행사장 주변에는 시민 수만 명이 몰려 태극기를 흔들며 장병들을 응원했고, 일부 구간은 교통이 통제됐다. 국방부는 이날 저녁 광화문광장에서 시민과 함께하는 축하 공연도 열었다.",
    [],
    "Trap: soldiers and weapons in a domestic Armed Forces Day parade. No rule.")

add("ko-h8",
    "김천 상무, 신병 선수 9명 합류…후반기 반등 노린다",
    "프로축구 K리그1 김천 상무에 신병 선수 9명이 새로 합류했다. 국군체육부대는 경북 문경에서 5주간의 기초 군사훈련을 마친 이등병 선수들이 이번 주부터 팀 훈련에 참가한다고 밝혔다. 새로 입대한 선수 가운데는 국가대표 경력이 있는 미드필더 박준서와 수비수 이태민 등이 포함됐다. 이들은 약 18개월간 군 복무를 하며 김천 유니폼을 입고 리그 경기에 나선다. 김천 코칭스태프는 “전역을 앞둔 선수들의 공백을 충분히 메울 수 있을 것”이라고 기대했다. 김천은 현재 리그 8위에 머물러 있다.",
    [],
    "Trap: military sports unit (국군체육부대), enlisted soldier-footballers joining a domestic club. No rule.")


# ----------------------------------------------------------------- checks
def self_check(items):
    ids = [a["id"] for a in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(items) == 8 * len(LANGS), len(items)
    for lang in LANGS:
        sub = [a for a in items if a["language"] == lang]
        assert len(sub) == 8, (lang, len(sub))
        assert sorted(a["id"] for a in sub) == sorted(
            "%s-h%d" % (lang, i) for i in range(1, 9)), lang
        assert sum(1 for a in sub if a["rules"]) == 5, lang
        assert sum(1 for a in sub if not a["rules"]) == 3, lang
        for r in RULES:
            assert any(r in a["rules"] for a in sub), (lang, r)
        lo, hi = (120, 400) if lang in SHORT else (250, 800)
        for a in sub:
            n = len(a["body"])
            assert lo <= n <= hi, (a["id"], n)
    for a in items:
        assert a["title"].strip() and a["note"].strip(), a["id"]
        assert set(a["rules"]) <= RULES, a["id"]
        assert len(set(a["rules"])) == len(a["rules"]), a["id"]
        assert a["kind"] == ("positive" if a["rules"] else "near-miss"), a["id"]


def main():
    self_check(ARTICLES)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "east.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for a in ARTICLES:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print("wrote %d articles to %s" % (len(ARTICLES), out))


if __name__ == "__main__":
    main()
