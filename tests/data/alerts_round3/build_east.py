#!/usr/bin/env python3
"""Hand-labelled evaluation articles (round 3, eastern languages).

Languages: ru uk ar tr zh ja ko -- 8 articles each (5 positives, 3 near-misses).
All events, people and companies are fictional. Labels were assigned by reading
the text only, following the analyst definitions of the three rules:
treaty, troops, military_assistance.

Run:  python3 build_east.py   -> writes east.jsonl next to this file.
Standard library only.
"""
import json
import os
from collections import Counter, defaultdict

T, TR, MA = "treaty", "troops", "military_assistance"
LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]
RULES = {T, TR, MA}


def A(id_, title, body, rules, note):
    return {
        "id": id_,
        "language": id_.split("-")[0],
        "title": title,
        "body": body,
        "rules": list(rules),
        "kind": "positive" if rules else "near-miss",
        "note": note,
    }


ARTICLES = [
    # ------------------------------------------------------------------ ru
    A("ru-r1",
      "Сенат Казахстана одобрил договор о границе с Кыргызстаном",
      "Сенат Парламента Казахстана на пленарном заседании в четверг ратифицировал договор с Кыргызской Республикой "
      "об отдельных участках государственной границы. Документ, подписанный президентами двух стран в Бишкеке в апреле, "
      "закрепляет прохождение линии разграничения на спорных отрезках в Жамбылской области общей протяжённостью около "
      "46 километров. Как пояснил заместитель министра иностранных дел Ерлан Сагинтаев, стороны обменялись участками "
      "пастбищ и условились о совместном использовании ирригационного канала. Закон о ратификации направлен на подпись "
      "главе государства; договор вступит в силу после обмена ратификационными грамотами.",
      [T],
      "Interstate border treaty ratified by the Kazakh Senate. No forces or aid involved."),
    A("ru-r2",
      "Труппа Мариинского театра отправится на гастроли в Китай",
      "Балетная труппа Мариинского театра в ноябре проведёт большие гастроли в Китае: в Пекине, Шанхае и Гуанчжоу артисты "
      "покажут «Спартака» Арама Хачатуряна и «Лебединое озеро». Контракт с китайским концертным агентством подписан на "
      "три года, сообщил директор по гастрольной деятельности Игорь Лаврентьев. Для перевозки декораций к «Спартаку», где "
      "на сцену выходят целые легионы римских воинов, понадобится шесть морских контейнеров. В состав «десанта» войдут 120 "
      "артистов балета, оркестр и технический персонал. «Высаживаемся в Шанхае с полной боевой выкладкой», — пошутил "
      "Лаврентьев.",
      [],
      "Ballet troupe touring abroad; contract with a commercial agency; military vocabulary is figurative (legions on stage, 'landing party')."),
    A("ru-r3",
      "В Южный Судан прибыла новая смена бангладешских миротворцев",
      "Около 680 военнослужащих вооружённых сил Бангладеш прибыли в Джубу для ротации контингента миссии ООН в Южном "
      "Судане (МООНЮС). Как сообщили в пресс-службе миссии, первая группа сменила пехотный батальон, который с прошлого лета "
      "нёс службу в районе Малакаля на севере страны, где в последние месяцы участились вооружённые столкновения между "
      "общинами. Остальные подразделения, в том числе инженерная рота и медики, будут переброшены в течение трёх недель. "
      "Командир батальона полковник Мохаммад Рафикул Ислам заявил журналистам, что «голубые каски» продолжат патрулирование "
      "лагерей для перемещённых лиц и сопровождение гуманитарных конвоев.",
      [TR],
      "Rotation/deployment of a Bangladeshi peacekeeping contingent (servicemen, battalion) abroad. Escorting humanitarian convoys is not military assistance."),
    A("ru-r4",
      "Япония безвозмездно передаст Филиппинам радиолокационные станции",
      "Правительство Японии приняло решение безвозмездно передать военно-морским силам Филиппин пять радиолокационных "
      "станций берегового наблюдения, а также комплект оборудования для их обслуживания. Поставки пройдут в рамках "
      "программы официальной помощи в сфере безопасности (OSA), запущенной Токио в 2023 году. Стоимость пакета оценивается "
      "в 1,6 млрд иен. Радары планируется развернуть на побережье острова Палаван, обращённом к Южно-Китайскому морю. "
      "Кроме того, японские специалисты проведут курсы для филиппинских военных операторов. В Маниле решение приветствовали, "
      "назвав его «весомым вкладом в оборону архипелага».",
      [MA],
      "Japan donates military radars to the Philippine Navy and trains its operators = state-to-state security assistance. Radars being 'deployed' is equipment, not troops."),
    A("ru-r5",
      "ЦСКА продлил договор с защитником Гордеевым",
      "Армейский клуб продлил трудовой договор с центральным защитником Никитой Гордеевым до лета 2028 года, сообщила "
      "пресс-служба ЦСКА. 24-летний футболист провёл в минувшем сезоне 27 матчей в чемпионате России и стал одним из лидеров "
      "обороны «красно-синих». Кроме того, армейцы близки к подписанию контракта с бразильским полузащитником, который "
      "должен стать главным подкреплением перед стартом весенней части сезона. По данным источников, трансфер обойдётся "
      "столичной команде в 6 млн евро. Главный тренер отметил, что штаб рассчитывает на усиление флангов и «не собирается "
      "отступать» в борьбе за чемпионство.",
      [],
      "Football: 'army club' nickname, employment contract (договор), 'reinforcement', 'defence' are sports terms."),
    A("ru-r6",
      "Габон денонсировал оборонное соглашение с Парижем, французские войска покинут Либревиль",
      "Переходное правительство Габона уведомило Францию о денонсации соглашения о сотрудничестве в области обороны, "
      "заключённого в 2010 году. Об этом в эфире государственного телевидения объявил представитель правительства "
      "Лоран-Эме Мбумба. Согласно тексту документа, его действие прекращается через шесть месяцев после уведомления. За это "
      "время лагерь «Де Голль» в Либревиле должны покинуть около 350 французских военнослужащих, дислоцированных там на "
      "постоянной основе. В Министерстве вооружённых сил Франции подтвердили получение ноты и сообщили, что вывод личного "
      "состава и техники начнётся уже в следующем месяце.",
      [T, TR],
      "Denunciation of an interstate defence agreement (treaty) and consequent withdrawal of stationed French servicemen (troops)."),
    A("ru-r7",
      "Военно-транспортные самолёты доставили в Ливию 40 тонн гуманитарного груза",
      "Два самолёта Ил-76 военно-транспортной авиации приземлились в аэропорту Бенгази с гуманитарным грузом для жителей "
      "районов, пострадавших от наводнения. На борту — палатки, одеяла, генераторы, медикаменты и продуктовые наборы общим "
      "весом около 40 тонн. Груз передан представителям местного Красного Полумесяца. Как уточнили в МЧС, это уже третий "
      "рейс за неделю; экипажи вернутся на подмосковный аэродром сразу после дозаправки. В мэрии Дерны поблагодарили за "
      "помощь и попросили в ближайшее время прислать насосы для откачки воды и мобильные установки для её очистки.",
      [],
      "Humanitarian relief flown by military transport aircraft; crews return immediately. No arms, no troop deployment, no agreement."),
    A("ru-r8",
      "В Литву прибыли первые военные германской бригады",
      "Первые 300 военнослужащих танковой бригады бундесвера прибыли на полигон в Рукле, где Германия намерена на постоянной "
      "основе разместить соединение численностью до пяти тысяч человек. Встречу на вильнюсском аэродроме провели министры "
      "обороны двух стран. Одновременно Берлин объявил о новом пакете военной помощи Литве: вооружённые силы республики "
      "получат 40 противотанковых ракетных комплексов и боеприпасы к ним на сумму около 60 млн евро, расходы полностью "
      "покроет германский бюджет. «Это не символический жест, а реальное усиление восточного фланга», — заявил литовский "
      "министр, добавив, что казармы для немецких солдат достроят к осени.",
      [TR, MA],
      "German brigade soldiers arriving/stationed in Lithuania (troops) plus a German-funded package of anti-tank systems for the Lithuanian army (military assistance)."),

    # ------------------------------------------------------------------ uk
    A("uk-r1",
      "Трупа Франківського театру везе до Варшави виставу про Другу світову",
      "Трупа Національного академічного драматичного театру імені Івана Франка вирушає на гастролі до Польщі. На сцені "
      "варшавського Національного театру кияни покажуть нову постановку «Окопна правда» за мотивами листів солдатів Другої "
      "світової війни, а також класичне «Украдене щастя». Угоду про гастролі театр уклав із польською продюсерською агенцією "
      "ще восени, уточнив генеральний директор. До складу гастрольної групи увійшли 45 акторів, музиканти й монтувальники. "
      "Частину витрат покриває Український інститут, решту бере на себе польський партнер. Квитки на обидва покази вже "
      "розкуплено.",
      [],
      "Theatre troupe (трупа) on tour with a war-themed play; 'agreement' is a contract with a private agency."),
    A("uk-r2",
      "Україна та Португалія підписали безпекову угоду: Лісабон спрямує 100 млн євро на військову допомогу",
      "Президент України та прем'єр-міністр Португалії у вівторок у Лісабоні підписали двосторонню угоду про співробітництво "
      "у сфері безпеки, розраховану на десять років. Документ передбачає, що цього року Португалія виділить на потреби Сил "
      "оборони щонайменше 100 мільйонів євро: кошти підуть на постачання артилерійських боєприпасів, морських безекіпажних "
      "катерів і підготовку українських пілотів. Крім того, сторони домовилися про обмін розвідувальними даними та спільне "
      "виробництво дронів. Ця домовленість стала ще однією в низці подібних документів, укладених Києвом із західними "
      "партнерами.",
      [T, MA],
      "Bilateral state security agreement signed (treaty) committing ammunition, naval drones and pilot training to Ukraine (military assistance)."),
    A("uk-r3",
      "Естонія відправить до Косова піхотну роту",
      "Уряд Естонії схвалив направлення до Косова піхотної роти чисельністю до 90 військовослужбовців, які з березня "
      "посилять миротворчі сили НАТО (KFOR). Рішення ще має затвердити Рійгікогу. За словами міністра оборони, естонські "
      "вояки нестимуть службу разом з італійським контингентом у районі Печа, де останнім часом зросла напруженість. "
      "Підрозділ сформують на базі 1-ї піхотної бригади, ротація триватиме пів року. Наразі в Косові перебуває близько "
      "4,5 тисячі іноземних військових із понад двадцяти держав.",
      [TR],
      "Estonian infantry company to be sent to KFOR (troops deployed abroad). No treaty or aid."),
    A("uk-r4",
      "«Укроборонпром» і чеська компанія створять спільне виробництво дронів",
      "Державний концерн «Укроборонпром» і чеська приватна компанія Moravia Aero Systems підписали угоду про створення "
      "спільного підприємства з виробництва розвідувальних безпілотників. Як повідомили в концерні, складальна лінія "
      "запрацює у Брно, а частину компонентів виготовлятимуть на українських заводах. Інвестиції сторін оцінюють у "
      "18 мільйонів євро; у перший рік планують випустити до 400 апаратів. Продукцію пропонуватимуть на експорт, зокрема "
      "на виставці IDET, а також Міністерству оборони України за звичайними контрактами.",
      [],
      "Joint venture between a state-owned concern and a private foreign firm; sales to Ukraine's MoD are ordinary procurement, not aid from another state."),
    A("uk-r5",
      "Норвегія профінансує для ЗСУ партію 155-мм снарядів",
      "Норвегія виділить 1,2 мільярда крон на закупівлю артилерійських боєприпасів для України в межах чеської ініціативи, "
      "повідомило Міністерство оборони королівства. За ці гроші Збройні сили України отримають кілька десятків тисяч "
      "155-міліметрових снарядів, перші партії яких мають надійти вже навесні. Окрім того, Осло передасть українським "
      "військовим ще дві зенітні ракетні системи NASAMS і запчастини до раніше поставленої техніки. «Ми підтримуватимемо "
      "Україну стільки, скільки буде потрібно», — наголосив норвезький міністр. Загалом обсяг норвезької військової "
      "підтримки Києва з 2022 року перевищив 30 мільярдів крон.",
      [MA],
      "Norway funds shells and hands over air-defence systems to Ukraine's armed forces."),
    A("uk-r6",
      "Рада ратифікувала угоду з Молдовою про спільний контроль на кордоні",
      "Верховна Рада ратифікувала угоду між урядами України та Республіки Молдова про спільний контроль у пунктах пропуску "
      "через державний кордон. За відповідний закон проголосували 289 народних депутатів. Згідно з документом, прикордонники "
      "та митники двох держав перевірятимуть людей, транспорт і вантажі лише один раз — на території однієї зі сторін. "
      "Насамперед це стосується пунктів пропуску «Паланка — Маяки — Удобне» та «Рені — Джурджулешти». Очікується, що черги "
      "вантажівок скоротяться щонайменше вдвічі. Угода набуде чинності після обміну дипломатичними нотами, повідомили в МЗС.",
      [T],
      "Intergovernmental agreement ratified by parliament (treaty). Border guards/customs doing checks are not military deployment."),
    A("uk-r7",
      "ЄС перерахував Україні черговий транш на 4,2 млрд євро",
      "Україна отримала від Європейського Союзу 4,2 мільярда євро в межах програми Ukraine Facility, повідомило Міністерство "
      "фінансів. Кошти спрямують на фінансування першочергових видатків державного бюджету — виплату пенсій, зарплат "
      "учителям і лікарям, соціальної допомоги та відновлення енергетичної інфраструктури. Транш надано після того, як "
      "Єврокомісія підтвердила виконання Києвом індикаторів реформ, зокрема у сфері митниці та управління державними "
      "підприємствами. «Це не військова допомога, а підтримка макрофінансової стабільності», — пояснив заступник міністра. "
      "Загалом за програмою до 2027 року передбачено 50 мільярдів євро.",
      [],
      "EU budget/macro-financial support; military aid explicitly negated. No agreement signed in the text."),
    A("uk-r8",
      "Гаяна звернулася до суду ООН через скупчення венесуельських військ біля кордону",
      "Уряд Гаяни подав до Міжнародного суду ООН у Гаазі клопотання про невідкладні заходи після того, як Венесуела "
      "перекинула до спірного регіону Ессекібо додаткові підрозділи Національних збройних сил. За даними Джорджтауна, на "
      "острові Анакоко та вздовж річки Куюні розгорнуто щонайменше два батальйони, бронетехніку й катери. Гаянська сторона "
      "наполягає, що Каракас порушує Женевську угоду 1966 року, яка зобов'язує сторони врегульовувати суперечку мирними "
      "засобами. Венесуельське міністерство оборони назвало переміщення «плановими навчаннями» на власній території.",
      [T, TR],
      "Venezuelan battalions massed at the disputed border (troops); Guyana invokes the 1966 Geneva Agreement before the ICJ (treaty). Venezuela calling it exercises does not remove the massing."),

    # ------------------------------------------------------------------ ar
    A("ar-r1",
      "كتيبة إندونيسية جديدة تتسلّم مهامها في جنوب لبنان",
      "وصلت طلائع كتيبة المشاة الإندونيسية الجديدة العاملة ضمن قوة الأمم المتحدة المؤقتة في لبنان (اليونيفيل) إلى مقرها "
      "في بلدة عدشيت القصير، لتحل محل الكتيبة السابقة بعد انتهاء مهمتها التي استمرت عاماً. وأفاد بيان صادر عن القوة "
      "الدولية بأن عدد أفراد الوحدة يبلغ نحو 850 عسكرياً، بينهم سرية هندسة وفريق طبي. وستتولى الكتيبة تسيير دوريات على "
      "طول الخط الأزرق بالتنسيق مع الجيش اللبناني. وقال قائد الكتيبة العقيد هاري سوسانتو إن جنوده «على أهبة الاستعداد "
      "لأداء واجبهم في ظروف صعبة»، لافتاً إلى أن عمليات التبديل ستكتمل قبل نهاية الشهر.",
      [TR],
      "Rotation of an Indonesian UNIFIL battalion into southern Lebanon (peacekeeping troops)."),
    A("ar-r2",
      "فرقة «أرز» للمسرح الراقص تحطّ رحالها في الرياض بعرض ملحمي",
      "تحطّ فرقة «أرز» اللبنانية للمسرح الراقص رحالها في الرياض الشهر المقبل، لتقدّم أربعة عروض لعملها الجديد «سيوف "
      "الصحراء» الذي يستلهم معارك تاريخية من شبه الجزيرة العربية بمشاركة أكثر من ستين راقصاً وراقصة. وأوضح مدير الفرقة "
      "نبيل حداد أن العقد المبرم مع هيئة المسرح والفنون الأدائية يشمل أيضاً ورش عمل لتدريب شباب سعوديين على فنون الرقص "
      "المعاصر. ويستخدم العرض مؤثرات ضوئية تحاكي هجوم الفرسان وقرع طبول الحرب، فيما صُمّمت الأزياء مستوحاة من دروع "
      "المحاربين القدامى.",
      [],
      "Dance troupe (فرقة, also 'division') touring with a battle-themed show; performance contract and dance training are civilian."),
    A("ar-r3",
      "المغرب وموريتانيا يوقّعان اتفاقية لتسهيل عبور البضائع عبر الكركرات",
      "وقّع المغرب وموريتانيا، الثلاثاء في نواكشوط، اتفاقية ثنائية لتنظيم النقل الدولي للبضائع والأشخاص عبر الطرق البرية، "
      "في خطوة يُنتظر أن تخفف الاختناقات المزمنة عند معبر الكركرات الحدودي. ووقّع الاتفاقية عن الجانب المغربي وزير النقل "
      "واللوجستيك، وعن الجانب الموريتاني وزير التجهيز والنقل. وتنص الوثيقة على الاعتراف المتبادل برخص السائقين المهنيين "
      "وإلغاء الرسوم المزدوجة على الشاحنات، على أن تدخل حيز التنفيذ بعد استكمال إجراءات المصادقة في البلدين. وقال مسؤول "
      "موريتاني إن حركة الشاحنات قد تتضاعف خلال عامين.",
      [T],
      "Bilateral interstate transport agreement signed, pending ratification (treaty)."),
    A("ar-r4",
      "مصر ترسل قوات إلى الصومال وتسلّم مقديشو شحنة أسلحة",
      "هبطت في مطار آدم عدي الدولي بمقديشو طائرتان عسكريتان مصريتان تحملان دفعة من الأسلحة والذخائر للجيش الوطني "
      "الصومالي، تشمل مدافع هاون ورشاشات وعربات مدرعة، بحسب ما أعلنته وزارة الدفاع الصومالية. وتزامن ذلك مع إعلان القاهرة "
      "استكمال الترتيبات لنشر نحو ألف جندي مصري في إطار بعثة الاتحاد الأفريقي لدعم الاستقرار في الصومال، على أن ينتشر "
      "جزء منهم في إقليم شبيلي السفلى. وقال مسؤول صومالي إن القوات المصرية ستتولى أيضاً تدريب وحدات من الجيش الصومالي "
      "على مكافحة الإرهاب.",
      [TR, MA],
      "Egyptian weapons delivered to the Somali army and training of Somali units (military assistance); deployment of ~1,000 Egyptian soldiers (troops)."),
    A("ar-r5",
      "جسر جوي سعودي: طائرات عسكرية تنقل مساعدات إغاثية إلى بورتسودان",
      "هبطت في مطار بورتسودان ثلاث طائرات تابعة للقوات الجوية الملكية السعودية محمّلة بأكثر من 90 طناً من المساعدات "
      "الإغاثية، ضمن جسر جوي ينفذه مركز الملك سلمان للإغاثة والأعمال الإنسانية لصالح النازحين السودانيين. وتضمنت الشحنة "
      "سلالاً غذائية وخياماً وأدوية ومستلزمات طبية. وأوضح المتحدث باسم المركز أن الجسر سيستمر بمعدل رحلتين أسبوعياً، وأن "
      "المساعدات ستُوزّع بالتنسيق مع مفوضية العون الإنساني السودانية على مخيمات الإيواء في ولايتي البحر الأحمر وكسلا. "
      "ولا تتضمن الشحنات أي معدات عسكرية، بحسب المصدر نفسه.",
      [],
      "Humanitarian airlift on air-force planes; military equipment explicitly negated."),
    A("ar-r6",
      "بغداد وواشنطن تتفقان على جدول زمني لانسحاب قوات التحالف",
      "وقّعت الحكومة العراقية والولايات المتحدة في بغداد مذكرة تفاهم تحدد جدولاً زمنياً لإنهاء المهمة العسكرية للتحالف "
      "الدولي ضد تنظيم داعش على مرحلتين. وبموجب المذكرة، تغادر القوات الأمريكية وقوات الدول الشريكة قاعدة عين الأسد في "
      "محافظة الأنبار ومقرات في بغداد بحلول أيلول/سبتمبر المقبل، فيما يبقى عدد محدود من المستشارين في أربيل حتى نهاية "
      "العام التالي. وقال المتحدث باسم الحكومة إن الاتفاق «ينقل العلاقة مع دول التحالف إلى شراكة أمنية ثنائية»، مؤكداً "
      "أن القوات العراقية باتت قادرة على تولي الملف بمفردها.",
      [T, TR],
      "Interstate memorandum of understanding signed (treaty) setting the withdrawal of US/coalition forces (troops)."),
    A("ar-r7",
      "«آيدكس»: القوات المسلحة الإماراتية تبرم صفقات بمليارات الدراهم",
      "أعلن المتحدث الرسمي باسم معرض الدفاع الدولي «آيدكس» في أبوظبي أن القوات المسلحة الإماراتية أبرمت في اليوم الثالث "
      "للمعرض صفقات لشراء ذخائر ومنظومات اتصال وطائرات مسيّرة بقيمة إجمالية بلغت 4.7 مليار درهم، ذهب معظمها إلى شركات "
      "وطنية. كما وقّعت شركة «صقر للصناعات الدفاعية» عقداً مع شركة أوروبية لتوريد مكوّنات لعربات مدرعة تُصنَّع محلياً. "
      "ويشارك في دورة هذا العام أكثر من 1500 عارض من 65 دولة، فيما تتواصل العروض الحية للمدرعات وزوارق الدوريات في "
      "الهواء الطلق.",
      [],
      "Arms fair: a state buying for its own armed forces and a company-to-company supply contract; no transfer to another state."),
    A("ar-r8",
      "قطر تسلّم الجيش اللبناني 30 آلية عسكرية",
      "تسلّم الجيش اللبناني، صباح الأربعاء في مرفأ بيروت، هبة قطرية تضم ثلاثين آلية عسكرية رباعية الدفع وكمية من قطع "
      "الغيار، وذلك بحضور سفير دولة قطر وممثل عن قائد الجيش. وأوضحت مديرية التوجيه في بيان أن الهبة تأتي في إطار الدعم "
      "المستمر الذي تقدمه الدوحة للمؤسسة العسكرية، والذي شمل خلال العامين الماضيين مساعدات مالية لدفع رواتب العسكريين "
      "وشحنات من المحروقات. وأكد السفير أن بلاده «ستواصل الوقوف إلى جانب الجيش اللبناني لتمكينه من القيام بمهامه في حفظ "
      "الأمن والاستقرار».",
      [MA],
      "Qatar donates military vehicles (and funds soldiers' salaries) to the Lebanese army = military assistance."),

    # ------------------------------------------------------------------ tr
    A("tr-r1",
      "52 Orduspor'a Gürcü forvet takviyesi",
      "TFF 2. Lig temsilcisi 52 Orduspor FK, Gürcü forvet Giorgi Beridze ile 2 yıllık sözleşme imzaladı. Kulüpten yapılan "
      "açıklamada, 26 yaşındaki oyuncunun Ordu'ya gelerek sağlık kontrolünden geçtiği ve imza töreninin Karadeniz kıyısındaki "
      "kulüp tesislerinde yapıldığı bildirildi. Teknik direktör, forvet hattına yapılan takviyenin 'ligin ikinci yarısında "
      "hücum gücümüzü artıracağını' söyledi. Ordu ekibi, devre arasında savunmaya bir stoper transferi de yapmayı planlıyor. "
      "Yönetim ayrıca kulübün stadı için belediyeyle 10 yıllık kira anlaşması imzaladı.",
      [],
      "Football: 'Ordu' (city/also 'army'), player contract (sözleşme), 'takviye' (reinforcement), stadium lease."),
    A("tr-r2",
      "Türkiye ile Irak arasında 'Kalkınma Yolu' mutabakatı imzalandı",
      "Türkiye, Irak, Katar ve Birleşik Arap Emirlikleri, Basra Körfezi'ni Türkiye üzerinden Avrupa'ya bağlaması planlanan "
      "Kalkınma Yolu projesine ilişkin dörtlü mutabakat zaptını Bağdat'ta imzaladı. Törende dört ülkenin ulaştırma bakanları "
      "hazır bulundu. Belgeye göre taraflar, 1200 kilometrelik demiryolu ve otoyol hattının finansmanı ile teknik "
      "standartlarını belirleyecek ortak bir çalışma grubu kuracak. Ulaştırma ve Altyapı Bakanı, projenin ilk etabının "
      "2028'de tamamlanmasının hedeflendiğini söyledi. Mutabakatın hayata geçmesi için Irak Temsilciler Meclisi'nin onayı "
      "da gerekecek.",
      [T],
      "Memorandum of understanding signed between four states (formal interstate agreement = treaty), though its subject is economic."),
    A("tr-r3",
      "Halk dansları trupu Japonya turnesinde",
      "Kültür ve Turizm Bakanlığı'na bağlı Devlet Halk Dansları Topluluğu'nun 40 kişilik trupu, Tokyo ve Osaka'da vereceği "
      "gösterilerle Japonya turnesine başladı. Programda Kafkas, Ege ve Karadeniz yörelerinden oyunların yanı sıra Çanakkale "
      "Savaşı'nı konu alan 'Conkbayırı' adlı dans tiyatrosu da yer alıyor. Topluluğun sanat yönetmeni, sahnede kılıç-kalkan "
      "oyunları ve mehter marşı eşliğinde bir savaş sahnesi canlandıracaklarını söyledi. Turne, Osaka'daki bir organizasyon "
      "şirketiyle imzalanan sözleşme kapsamında düzenleniyor ve iki hafta sürecek.",
      [],
      "Folk-dance troupe (trup) touring abroad with a battle-themed show; contract with an events company."),
    A("tr-r4",
      "TSK'dan KFOR'a komando takviyesi",
      "Millî Savunma Bakanlığı, Kosova'daki NATO liderliğindeki Barış Gücü'ne (KFOR) destek amacıyla bir komando taburunun "
      "bölgeye intikal ettirildiğini duyurdu. Bakanlık kaynaklarından yapılan açıklamada, yaklaşık 500 personelden oluşan "
      "birliğin Prizren'deki Sultan Murat Kışlası'na konuşlandığı ve görev süresinin altı ay olacağı belirtildi. Kuzey "
      "Kosova'da son haftalarda tırmanan gerginliğin ardından NATO'nun talebi üzerine gönderilen askerler, devriye ve kontrol "
      "noktası görevleri üstlenecek. Türkiye halihazırda KFOR'a yaklaşık 350 askerle katkı sağlıyor.",
      [TR],
      "Turkish commando battalion deployed to KFOR (troops). NATO request is not a treaty event."),
    A("tr-r5",
      "Azerbaycan'a 500 milyon liralık askeri hibe: Anlaşma Bakü'de imzalandı",
      "Türkiye ile Azerbaycan arasında Askerî Mali İş Birliği Anlaşması ve buna bağlı Nakdî Yardım Uygulama Protokolü, "
      "Bakü'de düzenlenen törenle imzalandı. Millî Savunma Bakanlığı'nın açıklamasına göre anlaşma çerçevesinde Azerbaycan "
      "Silahlı Kuvvetleri'ne 500 milyon lira tutarında hibe sağlanacak; bu kaynak insansız hava araçları için yedek parça, "
      "haberleşme teçhizatı ve personel eğitimi için kullanılacak. Belge, iki ülkenin yasama organlarınca onaylandıktan "
      "sonra yürürlüğe girecek. Azerbaycan Savunma Bakanı, 'Kardeş Türkiye'nin desteği ordumuzun modernizasyonuna büyük "
      "katkı sunuyor' dedi.",
      [T, MA],
      "Interstate military financial cooperation agreement/protocol signed (treaty) providing a military grant to Azerbaijan's armed forces (military assistance)."),
    A("tr-r6",
      "Kara Kuvvetleri için 200 yeni zırhlı araç siparişi",
      "Savunma Sanayii Başkanlığı, Kara Kuvvetleri Komutanlığı'nın ihtiyacı için yerli bir firmayla 200 adet 8x8 zırhlı "
      "muharebe aracının tedarikine yönelik sözleşme imzaladı. Ankara'daki imza töreninde konuşan Savunma Sanayii Başkanı, "
      "araçların 2027 sonuna kadar teslim edileceğini ve yerlilik oranının yüzde 80'i aşacağını belirtti. Araçlar, ordunun "
      "mekanize birliklerinde kullanılan eski modellerin yerini alacak. Firmanın genel müdürü, aynı platformun ilerleyen "
      "dönemde uluslararası fuarlarda da sergileneceğini ifade etti. İlk test sürüşleri Konya'daki atış ve tatbikat "
      "alanında yapılacak.",
      [],
      "A state buying armoured vehicles for its own army from a domestic firm; no transfer to another state, no deployment."),
    A("tr-r7",
      "Libya tezkeresi 24 ay uzatıldı",
      "TBMM Genel Kurulu, Türk Silahlı Kuvvetleri unsurlarının Libya'daki görev süresini 24 ay daha uzatan Cumhurbaşkanlığı "
      "tezkeresini kabul etti. Tezkerede, Ankara ile Trablus arasında 2019'da imzalanan Güvenlik ve Askerî İş Birliği "
      "Mutabakat Muhtırası'na atıfta bulunularak Türk askerlerinin Libya'daki varlığının 'bölgesel istikrar açısından "
      "zorunlu' olduğu vurgulandı. Metne göre Türk birlikleri, Libya ordusuna eğitim, danışmanlık ve teçhizat desteği vermeyi "
      "sürdürecek. Bazı muhalefet partileri tezkereye ret oyu verdi. Görüşmelerde söz alan bir milletvekili, ateşkesin "
      "korunması için askerî varlığın önemine dikkat çekti.",
      [T, TR, MA],
      "Parliament extends the stationing of Turkish troops in Libya (troops), invoking the 2019 security MoU (treaty); troops keep training and equipping the Libyan army (military assistance)."),
    A("tr-r8",
      "Somali Deniz Kuvvetleri'ne iki hücumbot hibe edildi",
      "Türkiye'nin Somali Deniz Kuvvetleri'ne hibe ettiği iki hücumbot, Mogadişu Limanı'nda düzenlenen törenle Somali "
      "tarafına teslim edildi. Törene Somali Savunma Bakanı ile Türkiye'nin Mogadişu Büyükelçisi katıldı. Tekneler kıyı "
      "güvenliği, kaçakçılıkla mücadele ve yasa dışı balıkçılığın önlenmesi görevlerinde kullanılacak. Hibe kapsamında "
      "ayrıca 40 Somalili denizci, Aksaz'da Türk Deniz Kuvvetleri tarafından üç aylık eğitimden geçirildi. Somalili "
      "yetkililer, Türkiye'nin ülkenin silahlı kuvvetlerinin yeniden yapılandırılmasına verdiği desteğin 'hayati önemde' "
      "olduğunu vurguladı.",
      [MA],
      "Turkey donates attack boats to Somalia's navy and trains Somali sailors (military assistance)."),

    # ------------------------------------------------------------------ zh
    A("zh-r1",
      "第二十三批赴黎维和多功能工兵分队出征",
      "我国第二十三批赴黎巴嫩维和多功能工兵分队首批官兵日前从郑州新郑国际机场出发，搭乘包机飞赴任务区。该分队由中部战区"
      "陆军某部抽组，共410人，将在联合国驻黎巴嫩临时部队编成内执行扫雷排爆、工程建设和医疗保障等任务，任期一年。据介绍，"
      "分队出征前开展了为期三个月的适应性集训。抵达后，官兵将与第二十二批分队完成交接，接管位于黎南部的营区。",
      [TR],
      "Chinese peacekeeping engineer detachment deployed to UNIFIL (troops)."),
    A("zh-r2",
      "八一女排签下外援主攻 合同为期两个赛季",
      "八一女排俱乐部18日宣布，与塞尔维亚籍主攻手米莉察·约万诺维奇签约，合同为期两个赛季。这名24岁的外援身高1.88米，"
      "上赛季在意大利联赛场均贡献16分。球队主教练表示，新援的加盟将弥补队伍在进攻端的短板，“军旅球队作风顽强，再加上一"
      "名强攻手，我们有信心冲击前四”。据悉，这是八一女排近五年来首次引进外籍球员。新赛季全国女排联赛将于10月底打响。",
      [],
      "Army-affiliated volleyball club signs a foreign player ('外援' = foreign signing, literally 'foreign aid'); sports contract."),
    A("zh-r3",
      "全国人大常委会批准中国和乌拉圭引渡条约",
      "十四届全国人大常委会第十三次会议27日表决通过关于批准《中华人民共和国和乌拉圭东岸共和国引渡条约》的决定。该条约于"
      "去年在蒙得维的亚签署，共二十二条，规定双方有义务根据对方请求，引渡在本国境内发现的被请求引渡人，以便进行刑事诉讼"
      "或执行刑罚。外交部条法司负责人表示，条约生效将为两国深化司法执法合作、共同打击跨国犯罪提供法律基础。双方将在完成"
      "各自国内法律程序后互换批准书。",
      [T],
      "Extradition treaty ratified by the NPC Standing Committee (treaty)."),
    A("zh-r4",
      "日菲《互惠准入协定》生效 首批自卫队员下月赴菲",
      "日本与菲律宾签署的《互惠准入协定》于11日正式生效。根据协定，两国军队可在对方领土上开展联合训练和救灾行动，并简化"
      "人员和装备入境手续。日本防卫省当天宣布，陆上自卫队约200名队员将于下月抵达吕宋岛，参加美菲主导的“肩并肩”联合演习，"
      "这将是日本部队首次以正式参演方身份在菲律宾境内实兵训练。菲方表示，协定有助于应对南海日益复杂的安全局势。",
      [T, TR],
      "Interstate visiting-forces agreement enters into force (treaty); ~200 Japanese soldiers to be sent to the Philippines (troops deployed abroad, even if for an exercise)."),
    A("zh-r5",
      "国家话剧院剧团赴开罗演出抗战题材话剧",
      "中国国家话剧院剧团日前抵达埃及首都开罗，将在开罗歌剧院连演三场抗战题材话剧《长城谣》。该剧讲述了一支战地服务团在"
      "烽火岁月中辗转各地、为前线将士慰问演出的故事。剧团负责人介绍，此次演出由中方与埃及一家文化传媒公司签约合作，布景"
      "和道具已通过海运提前运抵。演出期间，剧团还将与当地艺术院校开展交流。",
      [],
      "Theatre troupe (剧团) tour with a war-themed play; contract with a media company."),
    A("zh-r6",
      "德国向摩尔多瓦移交防空雷达",
      "摩尔多瓦国防部15日在基希讷乌举行仪式，接收德国援助的一批防空监视雷达及配套通信设备。据摩方介绍，这批装备由德国政府"
      "出资采购，总价值约四千万欧元，将部署在摩东部地区，用于提升国家空域监控能力。德国驻摩大使在仪式上表示，柏林将继续"
      "支持摩尔多瓦加强防务能力，并将为摩军操作人员提供培训。摩国防部长称，这是摩近年来获得的最大一笔单项军事援助。",
      [MA],
      "Germany hands over air-defence radars to Moldova's MoD and will train operators (military assistance). 'Deployed' refers to radars."),
    A("zh-r7",
      "卢旺达向莫桑比克北部增派部队",
      "卢旺达国防军发言人表示，卢方已向莫桑比克北部德尔加杜角省增派约两千名官兵，使在当地执行反恐任务的卢旺达部队总数增至"
      "四千五百人左右。增援部队主要部署在莫辛布瓦-达普拉亚和帕尔马等港口城镇周边。发言人还说，卢方军事教官将为莫桑比克"
      "武装部队新组建的两个快速反应营提供为期半年的作战训练，并向其移交一批装甲车和通信器材。",
      [TR, MA],
      "Rwandan reinforcements deployed to Mozambique (troops) plus training and armoured vehicles for Mozambique's army (military assistance)."),
    A("zh-r8",
      "空军运-20运送救灾物资抵达斐济",
      "应斐济政府请求，中国政府援助斐济的首批救灾物资日前由空军两架运-20飞机运抵楠迪国际机场。这批物资包括帐篷、折叠床、"
      "净水设备、发电机和药品等，共计约90吨，将用于安置受强热带气旋影响的灾民。中国驻斐济大使在交接仪式上表示，中方愿继续"
      "向斐方提供力所能及的帮助，支持灾后重建。斐济方面对中方雪中送炭表示感谢。",
      [],
      "Disaster relief flown by air-force transports; humanitarian, not military assistance; no forces stationed."),

    # ------------------------------------------------------------------ ja
    A("ja-r1",
      "豪・パプアニューギニアが相互防衛条約に署名 豪軍部隊の駐留計画も",
      "オーストラリアとパプアニューギニア（PNG）の両首相は首都ポートモレスビーで、一方が武力攻撃を受けた場合に共同で対処する"
      "ことを定めた相互防衛条約に署名した。豪州が新たな相互防衛条約を結ぶのは半世紀ぶりとなる。両政府はあわせて、豪軍の歩兵"
      "中隊など約300人をPNG北部のラエ近郊に交代制で駐留させる計画を発表した。条約は両国の議会承認を経て発効する。",
      [T, TR],
      "Mutual defence treaty signed (treaty); governments announce planned rotational stationing of ~300 Australian soldiers (troops)."),
    A("ja-r2",
      "劇団「風車座」、ソウル公演へ 戦時下の家族描く舞台",
      "東京を拠点とする劇団「風車座」は来月、韓国・ソウルの大学路で新作「雨の前線」を上演する。太平洋戦争末期、出征した兄を"
      "待つ家族の姿を描いた作品で、日韓の俳優12人が出演する。劇団によると、現地の制作会社と3年間の共同制作契約を結び、今後は"
      "韓国の劇作家による作品も日本で上演する予定。主宰の佐伯陽子さんは「部隊ではなく舞台で、国境を越えて人をつなぎたい」と"
      "話している。",
      [],
      "Theatre troupe (劇団) touring with a wartime drama; co-production contract between companies; 部隊/舞台 wordplay only."),
    A("ja-r3",
      "フィジー海軍に警備艇2隻を供与へ 政府、OSA活用",
      "政府は、同志国の軍などに防衛装備品を無償で提供する「政府安全保障能力強化支援（OSA）」の枠組みで、フィジー海軍に沿岸"
      "警備用の警備艇2隻と関連機材を供与する方針を固めた。供与額は約8億円を見込む。広大な排他的経済水域での違法漁業や密輸の"
      "監視能力を高める狙いがある。フィジー海軍の乗員を日本に招き、操船や整備の研修も行う。フィジー政府は「太平洋の安定に"
      "資する支援だ」と歓迎した。",
      [MA],
      "Japan donates patrol boats to Fiji's navy and trains its crews under OSA (military assistance)."),
    A("ja-r4",
      "ブルーインパルス、航空祭で展示飛行 5万人が見守る",
      "航空自衛隊のアクロバット飛行チーム「ブルーインパルス」が3日、宮城県東松島市の松島基地で開かれた航空祭で展示飛行を"
      "披露した。6機のT4練習機が青空にハートや星形を描くと、詰めかけた約5万人の観客から大きな歓声が上がった。会場では救難"
      "ヘリコプターや戦闘機の地上展示、基地所属の隊員による音楽隊の演奏も行われた。基地司令は「地域の皆さまの理解に支えら"
      "れている」と感謝を述べた。",
      [],
      "Domestic air show by an air force display team at a home base; ceremony, no deployment, no aid, no treaty."),
    A("ja-r5",
      "海賊対処の派遣部隊が交代 護衛艦、横須賀を出港",
      "ソマリア沖・アデン湾での海賊対処活動にあたる海上自衛隊の第48次派遣海賊対処行動水上部隊が20日、護衛艦で横須賀基地を"
      "出港した。乗員は約200人で、現地で活動中の部隊と任務を交代する。また、ジブチの活動拠点には陸上自衛隊の警備要員など"
      "約100人が新たに派遣される。出国行事で防衛政務官は「各国と連携し、国際的な海上交通の安全確保に万全を期してほしい」と"
      "訓示した。",
      [TR],
      "Rotation/dispatch of an SDF naval unit and ground personnel abroad (Gulf of Aden, Djibouti) = troops."),
    A("ja-r6",
      "国際司法裁判所、グアテマラとベリーズの領土紛争で判決",
      "オランダ・ハーグの国際司法裁判所（ICJ）は14日、中米のグアテマラとベリーズの領土・海洋境界をめぐる紛争で判決を言い"
      "渡した。両国が結んだ特別合意に基づき付託された事案で、判決は1859年に英国とグアテマラが締結した境界条約の有効性を確認"
      "し、サポディージャ諸島の主権をベリーズに認めた。一方、海洋境界線の一部ではグアテマラの主張を取り入れた。ベリーズの"
      "外相は「国際法の勝利だ」と歓迎し、グアテマラ外務省は内容を精査するとの声明を出した。",
      [T],
      "ICJ ruling applying an 1859 boundary treaty; case brought under an interstate special agreement (treaty)."),
    A("ja-r7",
      "戦略ゲーム「鉄の同盟」発売へ 部隊率いて条約交渉も",
      "ゲーム開発会社ミナト・ゲームワークス（東京）は、第1次世界大戦前夜の欧州を舞台にした戦略シミュレーション「鉄の同盟」"
      "を今月28日に発売すると発表した。プレイヤーは架空の小国の指導者となり、歩兵部隊や艦隊を率いて国境を守る一方、周辺国と"
      "同盟条約や通商協定を交渉する。開発には軍事史の研究者も協力した。同社は海外の販売会社と独占販売契約を結んでおり、欧米"
      "でも同時発売される。",
      [],
      "Video game where players command units and negotiate treaties in fiction; real-world part is a distribution contract between companies."),
    A("ja-r8",
      "米、比軍に無人機供与 相互防衛条約の適用を再確認",
      "米国防総省は、フィリピン軍に無人偵察機12機と地上管制装置を供与すると発表した。対外軍事融資（FMF）を活用した約5千万"
      "ドル規模の支援で、南シナ海での監視能力の強化につなげる。マニラで会談した両国の国防相は共同声明で、1951年の米比相互"
      "防衛条約が南シナ海における比公船や軍にも適用されることを改めて確認した。比国防相は「同盟国からの力強い後押しだ」と"
      "謝意を示した。",
      [T, MA],
      "US drones for the Philippine military via FMF (military assistance); 1951 Mutual Defense Treaty invoked (treaty)."),

    # ------------------------------------------------------------------ ko
    A("ko-r1",
      "극단 '새벽', 에든버러 프린지서 한국전쟁 소재 연극 공연",
      "서울 대학로를 기반으로 활동하는 극단 '새벽'이 다음 달 영국 에든버러 프린지 페스티벌에서 신작 '철원, 1951'을 무대에 "
      "올린다. 한국전쟁 당시 최전방 마을에 남겨진 두 자매의 이야기를 그린 작품으로, 배우 9명이 출연해 모두 18회 공연한다. "
      "극단 측은 현지 공연장 운영사와 3년간 매년 공연하는 내용의 업무협약을 맺었으며, 항공료 일부는 예술경영지원센터의 해외 "
      "진출 지원금으로 충당한다고 밝혔다. 연출가 박지현 씨는 “전쟁의 상처를 평범한 사람의 시선으로 풀어내고 싶었다”며 "
      "“관객들이 전선 너머의 삶을 떠올리길 바란다”고 말했다.",
      [],
      "Theatre troupe (극단) with a Korean War play; MOU with a venue operator (not states); arts subsidy."),
    A("ko-r2",
      "한빛부대 20진, 남수단 도착…임무 교대",
      "유엔 남수단임무단(UNMISS)에 파견되는 한빛부대 20진 장병들이 22일 남수단 보르에 도착해 본격적인 임무 인수에 들어갔다. "
      "합동참모본부에 따르면 공병과 의무, 경비 인원 등 280여 명으로 구성된 20진은 앞으로 8개월 동안 보르 일대에서 도로 보수와 "
      "비행장 시설 공사, 현지 주민 의료 지원 등을 수행한다. 부대장 김성훈 대령은 “모든 장병이 한 명의 낙오자 없이 임무를 "
      "완수하고 귀국하겠다”고 말했다. 앞서 임무를 마친 19진 장병들은 이번 주 안에 차례로 귀국길에 오른다.",
      [TR],
      "Korean peacekeeping unit deployed/rotated in South Sudan (troops). Medical help to residents is not military assistance."),
    A("ko-r3",
      "한·카자흐스탄 범죄인인도조약 비준동의안 국회 통과",
      "국회는 28일 본회의를 열어 '대한민국과 카자흐스탄공화국 간의 범죄인인도조약 비준동의안'을 재석 의원 251명 가운데 "
      "찬성 248명으로 가결했다. 이 조약은 지난해 6월 양국 정상회담을 계기로 서울에서 서명됐으며, 양국이 자국 영역에서 발견된 "
      "범죄인을 상대국의 요청에 따라 인도할 의무를 규정하고 있다. 외교부는 조약이 발효되면 보이스피싱 등 국경을 넘나드는 "
      "범죄에 대한 공조가 한층 원활해질 것이라고 설명했다. 조약은 양국이 국내 절차 완료를 서로 통보한 날로부터 30일 뒤 "
      "효력이 생긴다.",
      [T],
      "Extradition treaty ratification consent passed by the National Assembly (treaty)."),
    A("ko-r4",
      "김천 상무, 신병 선수 9명 합류…전역 앞둔 주전 공백 메운다",
      "프로축구 K리그1 김천 상무에 신병 선수 9명이 합류했다. 이들은 논산 육군훈련소에서 5주간의 기초군사훈련을 마치고 "
      "경북 문경의 국군체육부대에 전입했다. 김천은 다음 달 주전 미드필더 등 7명이 전역을 앞두고 있어 이번 보강이 전력 공백을 "
      "메울 것으로 기대하고 있다. 감독은 “군인 정신으로 무장한 새 얼굴들이 팀에 활력을 불어넣을 것”이라며 “상위권 수성을 "
      "위한 전술 훈련에 곧바로 투입하겠다”고 말했다. 김천은 현재 리그 3위를 달리고 있으며, 오는 주말 안방에서 선두 울산과 맞붙는다.",
      [],
      "Army football team receiving conscripted players at home; 'reinforcement/deploy' are sports usage; no military deployment."),
    A("ko-r5",
      "퇴역 초계함 '김제함', 에콰도르 해군에 무상 양도",
      "해군은 지난해 퇴역한 1200t급 초계함 '김제함'을 에콰도르 해군에 무상 양도하는 인도식을 진해 군항에서 열었다고 16일 "
      "밝혔다. 정부는 지난해 국무회의에서 양도 안건을 의결했으며, 에콰도르 측은 함정을 태평양 연안 마약 밀매 단속과 해상 경비 "
      "임무에 투입할 예정이다. 해군은 인도에 앞서 에콰도르 해군 승조원 90여 명을 대상으로 약 7주간 함정 운용과 정비 교육을 "
      "실시했다. 에콰도르 해군사령관은 “한국의 지원이 우리 해군의 작전 능력을 크게 높일 것”이라고 말했다.",
      [MA],
      "Free transfer of a decommissioned corvette to Ecuador's navy and training of its crew (military assistance)."),
    A("ko-r6",
      "아크부대 24진 UAE로 출국…현지 특수부대 교육훈련 지원",
      "아랍에미리트(UAE) 군사훈련협력단인 아크부대 24진 150여 명이 14일 인천국제공항을 통해 출국했다. 육군 특수전사령부 "
      "요원을 주축으로 편성된 24진은 아부다비 인근 알아인 지역에서 8개월간 UAE 특수전부대를 대상으로 대테러·고공강하·저격 "
      "교육훈련을 지원하고 연합훈련도 실시한다. 유사시에는 현지 우리 국민 보호 임무도 맡는다. 환송식에서 특전사령관은 "
      "“대한민국 국군의 대표로서 양국 신뢰의 가교가 돼 달라”고 당부했다. 아크부대는 2011년 첫 파병 이후 지금까지 3천여 명이 현지 임무를 거쳤다.",
      [TR, MA],
      "Korean special forces unit deployed abroad (troops) to train UAE special forces (military assistance: training another state's soldiers)."),
    A("ko-r7",
      "방사청, 국산 정찰 무인기 24대 추가 도입 계약",
      "방위사업청은 국내 방산업체 한별에어로스페이스와 군단급 정찰용 무인기 24대를 추가 도입하는 양산 계약을 체결했다고 "
      "9일 밝혔다. 계약 규모는 약 3800억원으로, 무인기는 2028년까지 순차적으로 육군에 인도돼 전방 군단에 배치된다. 방사청은 "
      "이번 사업으로 노후 기체를 대체하고 전방 지역 감시 능력이 크게 향상될 것으로 내다봤다. 업체 측은 해당 기체를 다음 달 "
      "열리는 서울 국제 항공우주 및 방위산업 전시회(ADEX)에도 출품해 해외 수요를 타진할 계획이라고 밝혔다.",
      [],
      "A state procuring drones for its own army from a domestic firm; trade-fair display; no transfer to another state."),
    A("ko-r8",
      "한미 방위비분담협정 서명…“주한미군 현 수준 유지”",
      "한국과 미국이 내후년부터 적용될 새 방위비분담특별협정(SMA)에 서명했다. 외교부는 양국 협상대표가 워싱턴에서 협정문에 "
      "서명했으며, 첫해 분담금은 전년보다 7.9% 늘어난 1조5300억원으로 정해졌다고 밝혔다. 양국은 공동 보도문에서 2만8500명 "
      "규모의 주한미군 병력을 현 수준으로 유지하고, 평택 기지에 순환 배치되는 미 육군 기갑여단의 운용도 지속한다는 입장을 "
      "재확인했다. 협정은 국회 비준동의를 거쳐 발효되며, 정부는 다음 달 중 비준동의안을 국회에 제출할 계획이다.",
      [T, TR],
      "Interstate cost-sharing agreement signed (treaty); stationing of US Forces Korea and a rotational armored brigade reaffirmed (troops)."),
]


def body_limits(lang):
    return (120, 400) if lang in ("zh", "ja") else (250, 800)


def self_check(arts):
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(arts) == 8 * len(LANGS), len(arts)
    per_lang = defaultdict(list)
    for a in arts:
        lang = a["language"]
        assert lang in LANGS, a["id"]
        per_lang[lang].append(a)
        assert set(a["rules"]) <= RULES, a["id"]
        assert len(a["rules"]) == len(set(a["rules"])), a["id"]
        assert a["kind"] == ("positive" if a["rules"] else "near-miss"), a["id"]
        assert a["title"].strip() and a["note"].strip(), a["id"]
        lo, hi = body_limits(lang)
        n = len(a["body"])
        assert lo <= n <= hi, f"{a['id']}: body length {n} not in [{lo},{hi}]"
    for lang in LANGS:
        items = per_lang[lang]
        assert len(items) == 8, (lang, len(items))
        assert sorted(a["id"] for a in items) == [f"{lang}-r{i}" for i in range(1, 9)], lang
        kinds = Counter(a["kind"] for a in items)
        assert kinds["positive"] == 5 and kinds["near-miss"] == 3, (lang, kinds)
        rule_counts = Counter(r for a in items for r in a["rules"])
        for r in RULES:
            assert rule_counts[r] >= 1, (lang, r)


def main():
    self_check(ARTICLES)
    order = {lang: i for i, lang in enumerate(LANGS)}
    arts = sorted(ARTICLES, key=lambda a: (order[a["language"]], int(a["id"].split("-r")[1])))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "east.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    summary = defaultdict(Counter)
    for a in arts:
        for r in a["rules"]:
            summary[a["language"]][r] += 1
    for lang in LANGS:
        print(lang, dict(summary[lang]))
    print(f"wrote {len(arts)} articles to {out}")


if __name__ == "__main__":
    main()
