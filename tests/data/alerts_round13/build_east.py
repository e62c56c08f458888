#!/usr/bin/env python3
"""Hand-labelled evaluation set (round 13, east): ru uk ar tr zh ja ko.

Articles are original and fictional. Labels assigned by reading only.
Writes east.jsonl next to this script and validates it.
"""
import json
import os

T, TR, MA = "treaty", "troops", "military_assistance"

ARTICLES = [
    # ------------------------------------------------------------------ ru
    ("ru-p1", "ru",
     "Бишкек ратифицировал соглашение с Астаной о водохозяйственных объектах на Чу и Таласе",
     "Жогорку Кенеш Киргизии во втором и третьем чтениях одобрил соглашение между правительствами Киргизии и Казахстана о совместной эксплуатации водохозяйственных сооружений на реках Чу и Талас. Документ, подписанный главами правительств прошлой осенью в Астане, закрепляет порядок распределения воды в вегетационный период и долевое финансирование ремонта плотин. Как пояснил замминистра водных ресурсов, после обмена ратификационными грамотами соглашение вступит в силу и заменит устаревший протокол 2000 года.",
     [T], "Intergovernmental water-sharing agreement between two states ratified by parliament: treaty."),
    ("ru-p2", "ru",
     "Нджамена стягивает армейские подразделения к границе с Суданом",
     "Вооружённые силы Чада перебросили в провинцию Уаддаи несколько батальонов мотопехоты и артиллерийские расчёты, сообщает государственное телевидение. По данным генштаба, подразделения займут позиции вдоль восточной границы после того, как в соседнем Дарфуре возобновились столкновения между вооружёнными группировками. Министр обороны заявил, что военнослужащие останутся в регионе «столько, сколько потребуется», и призвал жителей приграничных деревень содействовать армии.",
     [TR], "A state's army battalions moved to its own border count as troops deployed; no aid or agreement."),
    ("ru-p3", "ru",
     "Индия безвозмездно передала Мальдивам быстроходный патрульный катер",
     "ВМС Индии безвозмездно передали Силам национальной обороны Мальдив быстроходный патрульный катер, сообщило посольство Индии в Мале. Церемония прошла на военно-морской базе в Уилингили. Помимо корабля, Нью-Дели поставит комплект запасных частей и бортового вооружения, а также возьмёт на себя техническое обслуживание катера в течение двух лет. Мальдивский министр обороны поблагодарил индийскую сторону за «последовательную поддержку обороноспособности островного государства».",
     [MA], "Free transfer of a patrol boat and armament from one state's navy to another state's defence force: military assistance."),
    ("ru-p4", "ru",
     "Анкара расширит учебную миссию в Могадишо",
     "Турция увеличит численность своего учебного контингента в Сомали: ещё около ста турецких военных инструкторов отправятся на базу в Могадишо, где готовят бойцов сомалийской национальной армии, сообщили в минобороны Турции. Инструкторы займутся подготовкой двух новых пехотных батальонов и сапёрного подразделения. Кроме того, турецкая сторона безвозмездно передаст сомалийским военным партию бронемашин и средств связи.",
     [TR, MA], "Military instructors sent abroad are troops and military assistance; donated armoured vehicles also military assistance."),
    ("ru-p5", "ru",
     "Вьетнам и Лаос договорились о статусе вьетнамских военных сапёров",
     "Министры обороны Вьетнама и Лаоса подписали во Вьентьяне соглашение о правовом статусе военнослужащих одной страны на территории другой. Согласно документу, уже в следующем году в лаосской провинции Хуапхан будут размещены около двухсот вьетнамских военных инженеров, которые займутся разминированием и восстановлением горных дорог. Соглашение ещё должно быть ратифицировано Национальными собраниями обеих стран.",
     [T, TR], "Status-of-forces agreement between two states signed (treaty) and announced stationing of Vietnamese military engineers abroad (troops)."),
    ("ru-p6", "ru",
     "Пермский балет отправляется на гастроли в Оман и Катар",
     "Труппа Пермского театра оперы и балета в конце месяца отправится на гастроли в страны Персидского залива. Артисты покажут «Жизель» и программу одноактных балетов в Королевском оперном театре Маската, а затем выступят в Дохе. По словам директора театра, в поездку отправится почти сто человек, включая оркестр и постановочную часть; декорации уже отправлены морем. Гастроли стали возможны благодаря договору между двумя театрами, заключённому в прошлом сезоне.",
     [], "Near-miss: a ballet troupe (труппа) travelling abroad is not troops, and a contract between theatres is not a treaty."),
    ("ru-p7", "ru",
     "Самолёт МЧС доставил в Мьянму помощь пострадавшим от наводнений",
     "Самолёт Ил-76 МЧС России доставил в Янгон более 35 тонн гуманитарного груза для жителей районов, пострадавших от сильнейших за десятилетие наводнений. В составе помощи — палатки, дизельные генераторы, продукты питания и медикаменты. Груз передан представителям местных властей и Красного Креста. В ведомстве уточнили, что это уже третий рейс за неделю, и не исключили отправку мобильного госпиталя, если об этом попросит мьянманская сторона.",
     [], "Near-miss: humanitarian aid from the emergencies ministry, not military assistance; no troops or agreement."),
    ("ru-p8", "ru",
     "Ростов продлил контракт с капитаном команды до 2028 года",
     "Футбольный клуб «Ростов» продлил контракт с капитаном команды Артёмом Лыковым ещё на три сезона. Новое соглашение рассчитано до лета 2028 года и, по информации источников, предусматривает повышение зарплаты. Тренер назвал защитника «командиром обороны», а армия болельщиков устроила в его честь перформанс на трибуне перед матчем с «Крыльями Советов». Лыков выступает за клуб с 2019 года и провёл за это время более 150 матчей.",
     [], "Near-miss: a sports employment contract is not a treaty; 'army of fans' and 'defence' are figurative."),

    # ------------------------------------------------------------------ uk
    ("uk-p1", "uk",
     "Латвія передала українським військовим нову партію розвідувальних дронів",
     "Латвія передала Силам оборони України чергову партію безпілотників-розвідників вітчизняного виробництва, повідомило Міністерство оборони Латвії. Апарати закуплено коштом латвійського бюджету в межах міжнародної коаліції дронів, яку Рига очолює разом із Великою Британією. За словами міністра оборони, до кінця року Україна отримає ще кілька сотень дронів, а також наземні станції керування та комплекти запчастин. Латвійські військові також проведуть навчання для українських операторів на своїх полігонах.",
     [MA], "Drones bought by the Latvian state and handed to Ukraine's forces, plus training of Ukrainian operators in Latvia: military assistance."),
    ("uk-p2", "uk",
     "Київ і Кишинів домовилися про спільний контроль на новому пункті пропуску",
     "Уряди України та Молдови підписали угоду про спільний прикордонний і митний контроль на пункті пропуску, який збудують поблизу села Бронниця на Вінниччині. Документ передбачає, що прикордонники та митники обох держав працюватимуть в одному приміщенні, а пасажири проходитимуть перевірку лише один раз. Угоду ще має ратифікувати Верховна Рада та парламент Молдови. Відкриття пункту заплановано на наступний рік.",
     [T], "Intergovernmental border-control agreement signed between two states: treaty. Border guards are not troops."),
    ("uk-p3", "uk",
     "Фінляндія відправить механізовану роту до Латвії",
     "Фінляндія направить до Латвії близько 150 військовослужбовців у складі багатонаціональної бригади НАТО, що дислокується на базі Адажі. Рішення схвалив президент за поданням уряду. Фінські військові, зокрема екіпажі бронетранспортерів Patria, прибудуть навесні та перебуватимуть у Латвії щонайменше пів року. У Гельсінкі зазначають, що це перша тривала дислокація фінських сухопутних сил за кордоном від моменту вступу країни до Альянсу.",
     [TR], "Finnish soldiers sent to be stationed in Latvia: troops. NATO merely named, no treaty article invoked."),
    ("uk-p4", "uk",
     "Ісландія та Україна уклали безпекову угоду: Рейк'явік фінансуватиме боєприпаси",
     "Прем'єр-міністр Ісландії та президент України підписали двосторонню угоду про безпекове співробітництво строком на десять років. Країна, яка не має власної армії, зобов'язалася щороку спрямовувати щонайменше 0,2% ВВП на оборонні потреби України. Зокрема, Рейк'явік оплачуватиме закупівлю артилерійських снарядів для ЗСУ через чеську ініціативу, постачатиме зимове військове спорядження та фінансуватиме навчання українських саперів.",
     [T, MA], "Bilateral security agreement between states signed (treaty) committing ammunition funding, equipment and training for Ukraine's armed forces (military assistance)."),
    ("uk-p5", "uk",
     "Бішкек звернувся до ОДКБ через загострення на кордоні з Таджикистаном",
     "Киргизстан офіційно звернувся до союзників по ОДКБ, пославшись на статтю 4 Договору про колективну безпеку, після нічного обстрілу прикордонних сіл у Баткенській області. Водночас міністерство оборони країни перекинуло до Баткена два мотострілецькі батальйони та підрозділ реактивної артилерії. У Бішкеку заявили, що військові займуть оборонні позиції вздовж спірних ділянок кордону. Реакції Москви на звернення поки не надійшло.",
     [T, TR], "Article 4 of the Collective Security Treaty invoked (treaty) and battalions moved to the border (troops)."),
    ("uk-p6", "uk",
     "Трупа Львівської опери вирушає на гастролі до Японії",
     "Трупа Львівського національного театру опери та балету наступного тижня вирушить у гастрольне турне Японією. Упродовж місяця артисти дадуть 24 вистави у 18 містах, зокрема в Осаці, Нагої та Саппоро; у програмі «Лускунчик», «Лебедине озеро» та «Жізель». Директор театру розповів, що до складу делегації увійшли понад сто осіб, а контракт з японським продюсерським агентством підписано ще торік.",
     [], "Near-miss: an opera and ballet troupe (трупа) on tour is not troops; a contract with a production agency is not a treaty."),
    ("uk-p7", "uk",
     "ЄС перерахував Україні новий транш макрофінансової допомоги",
     "Європейська комісія виплатила Україні черговий транш у розмірі 1,5 млрд євро в межах програми Ukraine Facility. Кошти підуть на виплату пенсій і зарплат бюджетникам, а також на відновлення енергетичної інфраструктури. Міністр фінансів подякував європейським партнерам за підтримку і наголосив, що ці гроші не є військовою допомогою, проте дають змогу спрямувати власні доходи бюджету на оборону.",
     [], "Near-miss: EU macro-financial (budget) aid, explicitly not military assistance."),
    ("uk-p8", "uk",
     "Укрзалізниця уклала договір на постачання сотні вантажних вагонів",
     "Укрзалізниця підписала договір з польською компанією на виготовлення та постачання ста критих вантажних вагонів. Вартість контракту становить понад 900 млн гривень, перші вагони мають надійти вже влітку. Після тендеру, на який подали пропозиції п'ять виробників, компанія обрала найдешевшу пропозицію. У Мінінфраструктури зауважили, що нові вагони використовуватимуть для експорту зерна через західний кордон.",
     [], "Near-miss: a procurement contract between companies (договір) is not an international treaty."),

    # ------------------------------------------------------------------ ar
    ("ar-p1", "ar",
     "سلطنة عُمان وجزر القمر توقّعان اتفاقية للتعاون في مجال الصيد البحري",
     "وقّعت حكومتا سلطنة عُمان وجمهورية جزر القمر المتحدة في مسقط اتفاقية للتعاون في مجال الثروة السمكية، تتيح لسفن الصيد العُمانية العمل في المياه الاقتصادية القمرية وفق حصص محددة مقابل رسوم سنوية. ونصّت الاتفاقية، التي وقعها وزيرا الخارجية في البلدين، على تبادل الخبرات في مراقبة المصايد وتدريب الكوادر القمرية. وأوضح مسؤول في وزارة الثروة الزراعية والسمكية أن الاتفاقية ستدخل حيز التنفيذ فور استكمال الإجراءات الدستورية في البلدين.",
     [T], "Fisheries agreement between two governments signed: treaty."),
    ("ar-p2", "ar",
     "موريتانيا تعزز انتشار جيشها على الحدود الشرقية مع مالي",
     "دفعت قيادة أركان الجيوش الموريتانية بتعزيزات عسكرية جديدة إلى ولاية الحوض الشرقي، تضم وحدات مدرعة وسرايا من المشاة الآلية، في أعقاب توغّل مسلحين مجهولين في قرى حدودية الأسبوع الماضي. وأكد بيان عسكري أن الوحدات ستتمركز قرب بلدتي باسكنو وفصالة لتأمين الشريط الحدودي، فيما تواصل طائرات الاستطلاع تحليقها فوق المنطقة. ودعا الوالي السكان إلى التعاون مع القوات المسلحة.",
     [TR], "A state's army reinforcements sent to its own border: troops."),
    ("ar-p3", "ar",
     "الجيش اللبناني يتسلّم آليات عسكرية مقدّمة هبةً من قطر",
     "تسلّم الجيش اللبناني في مرفأ بيروت دفعة من الآليات العسكرية المقدّمة هبةً من دولة قطر، تضم ناقلات جند مدرعة وشاحنات لوجستية وقطع غيار. وجرى التسليم بحضور الملحق العسكري القطري وممثل عن قائد الجيش، الذي شكر الدوحة على وقوفها الدائم إلى جانب المؤسسة العسكرية في ظل الأزمة الاقتصادية. وأشار بيان قيادة الجيش إلى أن دفعة ثانية من المعدات ستصل خلال الأشهر المقبلة.",
     [MA], "Armoured vehicles donated by the Qatari state to the Lebanese army: military assistance."),
    ("ar-p4", "ar",
     "الأردن يوفد مدربين عسكريين إلى تشاد لتأهيل وحدات القوات الخاصة",
     "أعلنت القيادة العامة للقوات المسلحة الأردنية إيفاد فريق من المدربين العسكريين إلى العاصمة التشادية نجامينا، لتنفيذ برنامج تدريبي مكثف لوحدات من القوات الخاصة التشادية يمتد ستة أشهر. ويشمل البرنامج مهارات مكافحة الإرهاب والقنص والإسعاف الميداني. كما ستقدّم المملكة للجانب التشادي معدات اتصال ونظارات رؤية ليلية، في إطار دعم قدرات الجيوش الصديقة.",
     [TR, MA], "Jordanian military trainers sent abroad (troops and military assistance) plus donated military equipment (military assistance)."),
    ("ar-p5", "ar",
     "البرلمان الموريتاني يصادق على اتفاقية دفاعية مع إسبانيا",
     "صادقت الجمعية الوطنية الموريتانية بالأغلبية على اتفاقية التعاون الدفاعي الموقعة مع مملكة إسبانيا مطلع العام، والتي تسمح بتمركز وحدة بحرية إسبانية في ميناء نواذيبو لمدة ثلاث سنوات قابلة للتجديد. وبموجب الاتفاقية، سينتشر نحو مئتي عسكري إسباني في القاعدة بدءاً من الخريف للمشاركة في دوريات مشتركة لمكافحة الهجرة غير النظامية والتهريب. وانتقد نواب من المعارضة النص معتبرين أنه يمس بالسيادة الوطنية.",
     [T, TR], "Defence cooperation agreement between two states ratified (treaty) allowing planned stationing of Spanish military personnel abroad (troops)."),
    ("ar-p6", "ar",
     "فرقة رضا للفنون الشعبية تبدأ جولة فنية في تونس والمغرب",
     "تبدأ فرقة رضا للفنون الشعبية الأسبوع المقبل جولة فنية في تونس والمغرب تشمل ثماني حفلات في قرطاج وسوسة والرباط ومراكش. وقال مدير الفرقة إن أكثر من أربعين راقصاً وعازفاً سيشاركون في الجولة التي تُختتم بعرض خاص في مهرجان فاس للموسيقى. وأضاف أن الفرقة أعدّت لوحات جديدة مستوحاة من التراث النوبي، وأن عقد الجولة وُقّع مع شركة إنتاج مغربية خاصة.",
     [], "Near-miss: 'فرقة' here is a folk dance troupe, not a military division; the tour contract is with a private company, not a treaty."),
    ("ar-p7", "ar",
     "الداخلية تنشر قوات الأمن المركزي في محيط الملعب قبل الديربي",
     "أعلنت وزارة الداخلية نشر أكثر من ثلاثة آلاف عنصر من قوات الأمن المركزي وشرطة مكافحة الشغب في محيط الملعب والطرق المؤدية إليه قبل مباراة الديربي مساء الجمعة. وأوضح المتحدث باسم الوزارة أن القوات ستقيم حواجز تفتيش على بُعد كيلومترين من البوابات، وأن الدخول سيقتصر على حاملي التذاكر الإلكترونية. كما سيُمنع إدخال الشماريخ والألعاب النارية.",
     [], "Near-miss: police/security 'forces' deployed at a stadium are not military troops."),
    ("ar-p8", "ar",
     "الهلال يجدد عقد مهاجمه حتى صيف 2028",
     "أعلن نادي الهلال السعودي تجديد عقد مهاجمه لثلاثة مواسم إضافية تنتهي صيف 2028، بعد مفاوضات استمرت أسابيع. وأوضح النادي في بيان أن الاتفاق الجديد يتضمن بنداً جزائياً مرتفعاً لحماية اللاعب من عروض الأندية الأوروبية. وكان المهاجم قد سجل 27 هدفاً في الموسم الماضي، وقاد الفريق إلى الفوز بلقب الدوري. ووصف المدرب اللاعب بأنه رأس الحربة في خط الهجوم.",
     [], "Near-miss: a footballer's contract renewal is not a treaty; 'spearhead' is figurative."),

    # ------------------------------------------------------------------ tr
    ("tr-p1", "tr",
     "Gürcistan ile sınır aşan sulara ilişkin anlaşma TBMM Genel Kurulunda kabul edildi",
     "Türkiye Cumhuriyeti Hükümeti ile Gürcistan Hükümeti arasında Çoruh Nehri havzasındaki barajların işletilmesine ve taşkın verilerinin paylaşılmasına ilişkin anlaşmanın onaylanmasının uygun bulunduğuna dair kanun teklifi TBMM Genel Kurulunda kabul edildi. Anlaşma, iki ülkenin teknik heyetlerinin ortak komisyon kurmasını ve taşkın dönemlerinde anlık veri aktarımını öngörüyor. Kanunun Resmî Gazete'de yayımlanmasının ardından onay belgeleri teati edilecek.",
     [T], "Intergovernmental river agreement approved for ratification by parliament: treaty."),
    ("tr-p2", "tr",
     "TCG Kınalıada korveti Aden Körfezi'ndeki görev için yola çıktı",
     "Deniz Kuvvetleri Komutanlığına bağlı TCG Kınalıada korveti, Aden Körfezi ve Somali açıklarında deniz haydutluğuna karşı yürütülen çok uluslu görev gücüne katılmak üzere Aksaz Deniz Üssü'nden uğurlandı. Gemide bir helikopter ve su altı taarruz timi dahil yaklaşık 150 personel bulunuyor. Korvetin bölgede dört ay görev yapması ve ticari gemilere refakat etmesi planlanıyor.",
     [TR], "A warship with crew deployed abroad for an operation: troops."),
    ("tr-p3", "tr",
     "Türkiye, Arnavutluk ordusuna zırhlı araç hibe etti",
     "Türkiye, Arnavutluk Silahlı Kuvvetleri'ne 12 adet taktik tekerlekli zırhlı araç ile çeşitli muhabere malzemesi hibe etti. Tiran'daki askeri kışlada düzenlenen teslim törenine Türkiye'nin Tiran Büyükelçisi ve Arnavutluk Savunma Bakanı katıldı. Bakan, Türk hükümetine ülkesinin savunma kapasitesine verdiği destek için teşekkür ederek araçların sınır birliklerinde kullanılacağını söyledi.",
     [MA], "Armoured vehicles donated by the Turkish state to Albania's armed forces: military assistance."),
    ("tr-p4", "tr",
     "Ankara ile Üsküp arasında askeri mali işbirliği anlaşması imzalandı",
     "Türkiye ile Kuzey Makedonya arasında Askeri Mali İşbirliği Anlaşması ve bu anlaşmaya bağlı nakdi yardımın uygulanmasına ilişkin protokol Ankara'da imzalandı. Belgeye göre Türkiye, Kuzey Makedonya ordusunun lojistik ihtiyaçları, askeri teçhizat alımı ve personel eğitimi için 100 milyon liralık hibe sağlayacak. Ayrıca Makedon subayların Türk askeri akademilerinde eğitim görmesi de anlaşma kapsamında yer alıyor.",
     [T, MA], "Military financial cooperation agreement between two states signed (treaty) providing grant-funded equipment and officer training (military assistance)."),
    ("tr-p5", "tr",
     "Estonya, NATO'ya 4. madde kapsamında istişare çağrısı yaptı",
     "Estonya hükümeti, hava sahasının art arda ihlal edilmesinin ardından Kuzey Atlantik Antlaşması'nın 4. maddesi uyarınca müttefiklerle acil istişare talep etti. Brüksel'de toplanan Kuzey Atlantik Konseyi'nin ardından İngiltere, Tapa'daki üsse ek bir piyade taburu ve hava savunma birliği konuşlandıracağını açıkladı. İngiliz askerlerinin ilk grubunun önümüzdeki hafta Estonya'ya ulaşması bekleniyor.",
     [T, TR], "Article 4 of the North Atlantic Treaty invoked (treaty) and British battalion deployed to Estonia (troops)."),
    ("tr-p6", "tr",
     "Devlet Opera ve Balesi trupu Kazakistan turnesine çıkıyor",
     "Ankara Devlet Opera ve Balesi'nin 80 kişilik trupu, Türk Dünyası Kültür Başkenti etkinlikleri kapsamında Kazakistan turnesine çıkıyor. Sanatçılar, Astana ve Almatı'da Kuğu Gölü ile Anadolu ezgilerinden oluşan bir gala programı sahneleyecek. Genel müdür, turnenin iki ülkenin kültür bakanlıkları arasındaki değişim programıyla değil, Almatı Operası ile yapılan ortak yapım sözleşmesiyle gerçekleştiğini söyledi.",
     [], "Near-miss: an opera and ballet troupe (trup) on tour is not troops; a co-production contract between theatres is not a treaty."),
    ("tr-p7", "tr",
     "ASELSAN, Endonezya ile radar satış sözleşmesi imzaladı",
     "ASELSAN, Endonezya Savunma Bakanlığı ile kıyı gözetleme radarlarının tedariki için yaklaşık 80 milyon dolarlık ihracat sözleşmesi imzaladığını Kamuyu Aydınlatma Platformu'na bildirdi. Teslimatların üç yıl içinde tamamlanması öngörülüyor. Şirket açıklamasında, sözleşmenin Asya-Pasifik pazarındaki en büyük radar satışı olduğu ve bakım ile yedek parça hizmetlerini de kapsadığı belirtildi.",
     [], "Near-miss: a defence firm's commercial export sale is neither military assistance nor a treaty."),
    ("tr-p8", "tr",
     "30 Ağustos Zafer Bayramı kutlamalarında askeri geçit töreni büyük ilgi gördü",
     "30 Ağustos Zafer Bayramı'nın yıl dönümü, Ankara'da düzenlenen resmi törenle kutlandı. Tandoğan'dan başlayan geçit töreninde Kara, Deniz ve Hava Kuvvetleri'ne bağlı birlikler ile harp okulu öğrencileri yürüdü; tören, Türk Yıldızları'nın gösterisiyle sona erdi. Binlerce vatandaş askerleri alkışlarla selamladı. Kutlamalar akşam saatlerinde fener alayı ile devam etti.",
     [], "Near-miss: soldiers marching in a parade at home are not troops deployed."),

    # ------------------------------------------------------------------ zh
    ("zh-p1", "zh",
     "哈萨克斯坦与乌兹别克斯坦签署国界线划定条约补充议定书",
     "据哈萨克斯坦外交部消息，哈萨克斯坦与乌兹别克斯坦两国外长日前在塔什干签署关于国界线划定的补充议定书，最终确定了两国边界中段约40公里的争议地段走向。双方同意在协议生效后两年内完成界桩埋设工作。该文件尚需经两国议会批准。分析人士认为，这标志着两国边界问题得到彻底解决。",
     [T], "Border-delimitation protocol between two states signed, pending ratification: treaty."),
    ("zh-p2", "zh",
     "泰国陆军向泰缅边境增派兵力",
     "泰国陆军第三军区宣布，向达府美索县一带增派两个步兵营和一支炮兵分队，以应对缅甸境内持续交火造成的流弹威胁。军方发言人表示，增援部队已于周末进驻边境沿线阵地，并将协助疏散靠近界河的村民。泰方同时加强了无人机巡逻，并在边境口岸周边设置了临时检查站。军区司令表示，部队将视局势发展决定驻留时间。",
     [TR], "A state's army battalions reinforced on its own border: troops."),
    ("zh-p3", "zh",
     "中方向柬埔寨王家军移交一批工程车辆和野战装备",
     "中国政府援助柬埔寨王家军的一批军用工程车辆、野战帐篷和通信器材交接仪式日前在金边举行。中国驻柬埔寨使馆国防武官与柬国防部官员出席仪式。柬方表示，这批装备将主要用于部队营区建设和边境巡逻，感谢中方长期以来对柬军队建设的支持。中方还将派技术人员协助柬方完成装备的验收和维护培训。",
     [MA], "Military vehicles and field equipment given by the Chinese government to Cambodia's army: military assistance."),
    ("zh-p4", "zh",
     "白俄罗斯向津巴布韦派出军事教官团",
     "白俄罗斯国防部发布消息称，一支由30名军官组成的军事教官团已抵达哈拉雷，将在未来一年内为津巴布韦国防军培训装甲兵和防空部队。白方还将无偿提供一批训练用模拟器和维修设备。津巴布韦国防部长在机场迎接教官团时表示，两国军事合作进入新阶段。据悉，这是白俄罗斯首次向南部非洲国家派遣成建制的军事培训人员。",
     [TR, MA], "Military instructors sent abroad (troops and military assistance) plus free training equipment (military assistance)."),
    ("zh-p5", "zh",
     "菲律宾参议院批准与新西兰的访问部队地位协定",
     "菲律宾参议院以压倒性多数批准了与新西兰签署的访问部队地位协定。根据协定，新西兰国防军人员可赴菲参加联合训练和救灾行动。新西兰国防部随即宣布，明年将首次派遣约200名士兵前往吕宋岛参加联合演练。菲律宾此前已与美国、澳大利亚和日本签署类似协定。",
     [T, TR], "Visiting-forces (status-of-forces) agreement ratified (treaty) and announced dispatch of New Zealand soldiers to the Philippines (troops)."),
    ("zh-p6", "zh",
     "中国杂技团启程赴智利巡演",
     "由四十余名演员组成的中国杂技团日前从北京启程，赴智利圣地亚哥、瓦尔帕莱索等五座城市进行为期一个月的巡回演出。剧目包括顶碗、空竹和高空绸吊等传统节目。带队负责人介绍，此次巡演根据与当地演出公司签订的商业合同举行，预计观众将超过三万人次。这也是该团时隔六年再次登上南美舞台。",
     [], "Near-miss: an acrobatic troupe travelling abroad is not troops; a commercial performance contract is not a treaty."),
    ("zh-p7", "zh",
     "四川消防救援队伍驰援尼泊尔地震灾区",
     "应尼泊尔政府请求，四川省消防救援总队派出一支由60名指战员和4条搜救犬组成的救援队伍，携带生命探测仪等装备，乘包机飞赴加德满都参与地震救援。救援队抵达后立即投入搜救工作，并向当地灾民发放帐篷和药品等人道主义物资。截至发稿时，救援队已从废墟中成功救出三名被困群众。",
     [], "Near-miss: firefighters/rescuers sent abroad are not troops, and humanitarian supplies are not military assistance."),
    ("zh-p8", "zh",
     "珠海航展首日多家军工企业签下海外订单",
     "第十六届中国航展在珠海开幕。首日，多家国内军工企业与外国客户签署采购合同和合作意向书，涉及无人机、教练机和雷达系统，总金额超过百亿元。某集团负责人表示，其新型察打一体无人机受到中东和非洲客户的青睐。航展期间还举行了飞行表演，吸引了数十万名观众前往现场观看。",
     [], "Near-miss: arms sold by firms and company contracts are neither military assistance nor treaties."),

    # ------------------------------------------------------------------ ja
    ("ja-p1", "ja",
     "日本とパプアニューギニア、漁業協定に署名",
     "日本政府とパプアニューギニア政府は、同国の排他的経済水域における日本漁船の操業条件を定める漁業協定に署名した。外務省によると、協定はカツオ・マグロ漁の入漁料や操業日数の上限を定めるほか、現地での資源管理や水産人材の育成への協力も盛り込んだ。国会承認を経て発効する見通し。",
     [T], "Fisheries agreement between two governments signed, pending Diet approval: treaty."),
    ("ja-p2", "ja",
     "護衛艦「すずつき」、ソマリア沖へ出港",
     "海上自衛隊の護衛艦「すずつき」が、ソマリア沖・アデン湾での海賊対処行動に当たるため、佐世保基地を出港した。乗員約200人のほか、哨戒ヘリコプター2機を搭載。現地で前任の護衛艦と交代し、約半年間、民間船舶の護衛や警戒監視に従事する。岸壁では家族らが手を振って見送った。",
     [TR], "A warship with crew deployed abroad for an operation: troops."),
    ("ja-p3", "ja",
     "政府、バングラデシュ海軍に警備艇を供与へ　OSA活用",
     "政府は、同志国の軍などに防衛装備を無償で提供する「政府安全保障能力強化支援（OSA）」の枠組みで、バングラデシュ海軍に高速警備艇4隻と沿岸監視レーダーを供与する方針を固めた。ベンガル湾での密輸や海賊対策を後押しする狙い。交換公文の署名は来月を予定している。",
     [T, MA], "Free provision of patrol boats and radar to Bangladesh's navy by the Japanese state (military assistance); exchange of notes between governments planned to be signed, i.e. being negotiated (treaty)."),
    ("ja-p4", "ja",
     "英陸軍部隊が来日、円滑化協定を初適用した共同訓練",
     "日英円滑化協定（RAA）の発効後初めて、英陸軍の歩兵部隊約150人が来日し、陸上自衛隊と北海道の演習場で共同訓練を開始した。防衛省によると、協定に基づき入国手続きや武器の持ち込みが簡素化された。訓練は約3週間続き、寒冷地での戦闘射撃などを行う。",
     [T, TR], "Reciprocal Access Agreement applied/invoked (treaty) and British army unit deployed to Japan (troops)."),
    ("ja-p5", "ja",
     "陸自教官団をベトナムに派遣、PKO工兵を育成",
     "防衛省は、陸上自衛隊の教官ら約20人をベトナムに派遣し、国連平和維持活動（PKO）に参加予定のベトナム人民軍工兵部隊に重機操作の訓練を行うと発表した。いわゆる能力構築支援の一環で、期間は約2カ月。教材や訓練用機材の一部も日本側が提供する。同国への教官派遣は今回で5回目となる。",
     [TR, MA], "Military instructors sent abroad (troops and military assistance) with training equipment provided (military assistance)."),
    ("ja-p6", "ja",
     "森保ジャパン、精鋭部隊でアウェー決戦へ",
     "サッカー日本代表は、ワールドカップ・アジア最終予選のサウジアラビア戦に向けてジッダ入りした。森保一監督は欧州組を中心とした「精鋭部隊」で臨む方針で、主将は「敵地の大声援に負けず勝ち点3を持ち帰る」と意気込んだ。試合は日本時間の未明にキックオフする。",
     [], "Near-miss: 'elite unit' for the football team travelling abroad is figurative, not troops."),
    ("ja-p7", "ja",
     "劇団わらび座、台湾で初の海外公演",
     "秋田を拠点とする劇団わらび座が、台北市内の劇場で初の海外公演を行い、約1500人の観客を集めた。民謡や郷土芸能を織り交ぜたミュージカルを中国語字幕付きで上演した。劇団関係者によると、公演は現地の興行会社との契約に基づくもので、来年は高雄など3都市での巡演も計画している。",
     [], "Near-miss: a theatre troupe (劇団) performing abroad is not troops; a contract with a promoter is not a treaty."),
    ("ja-p8", "ja",
     "防衛省、ノルウェー企業と対艦ミサイル購入契約",
     "防衛省は、ノルウェーの防衛大手コングスベルグ社と、海上自衛隊の新型護衛艦に搭載する対艦ミサイルの購入契約を結んだと発表した。契約額は約300億円で、初回納入は2027年度の予定。同省は、国産ミサイルの量産が本格化するまでのつなぎとして位置付けている。",
     [], "Near-miss: a state's own arms purchase from a firm is neither military assistance nor a treaty."),

    # ------------------------------------------------------------------ ko
    ("ko-p1", "ko",
     "한국·키리바시 정부 간 어업협정 서명…참치 조업 안정적 확보",
     "해양수산부는 한국과 키리바시 정부가 키리바시 배타적경제수역 내 우리 원양어선의 참치 조업 조건을 담은 어업협정에 서명했다고 밝혔다. 협정은 입어료와 조업 일수 상한을 정하고, 불법 조업 감시와 수산 인력 교육 등 양국 간 협력 사업도 포함한다. 해수부 관계자는 이번 협정으로 태평양 도서국 수역에서의 조업 기반이 한층 안정될 것이라며, 국회 비준 동의 절차를 거쳐 내년 초 발효될 것으로 내다봤다. 키리바시 수역은 우리 원양 참치 어획량의 약 3분의 1을 차지하는 핵심 어장으로, 그동안은 민간 입어 계약에 의존해 조업 조건이 해마다 달라지는 등 불안정하다는 지적이 있었다.",
     [T], "Fisheries agreement between two governments signed, pending ratification: treaty."),
    ("ko-p2", "ko",
     "청해부대 46진 출항…아덴만 해적 퇴치 임무 교대",
     "해군 청해부대 46진 대조영함이 소말리아 아덴만 해역에서의 해적 퇴치 임무를 위해 부산 해군작전사령부에서 출항했다. 46진은 함정 승조원과 특수전 요원, 항공대 등 약 300명으로 구성됐으며, 현지에 도착하면 45진과 임무를 교대해 약 6개월간 우리 선박의 안전 항해를 지원한다. 환송식에서 해군작전사령관은 장병들에게 국민의 생명과 재산을 지키는 데 최선을 다해 달라고 당부했다. 청해부대는 2009년 첫 파병 이후 지금까지 우리 선박 2만5천여 척의 안전 항해를 도왔으며, 여러 차례 해적에게 납치된 선원을 구출하는 작전도 수행했다.",
     [TR], "Naval unit with warship and personnel deployed abroad: troops."),
    ("ko-p3", "ko",
     "정부, 퇴역 초계함 에콰도르 해군에 무상 양도",
     "국방부는 퇴역한 포항급 초계함 1척을 에콰도르 해군에 무상으로 양도했다고 밝혔다. 진해 군항에서 열린 인수인계식에는 에콰도르 해군참모총장이 참석했으며, 우리 해군은 함정 운용과 정비를 위한 교육도 함께 제공했다. 이 함정은 에콰도르 연안 경비와 마약 밀수 단속에 투입될 예정이다. 정부는 앞서 필리핀과 베트남 등에도 퇴역 함정을 양도한 바 있다. 에콰도르 측은 이번 지원이 태평양 연안의 치안 강화에 큰 도움이 될 것이라며 감사의 뜻을 전했고, 국방부는 중남미 국가들과의 국방 협력을 계속 확대해 나가겠다고 밝혔다.",
     [MA], "Decommissioned warship donated by the Korean state to Ecuador's navy with training: military assistance."),
    ("ko-p4", "ko",
     "특전사 교관단 우즈베키스탄 파견…현지 특수부대 훈련 지원",
     "육군 특수전사령부 교관 20여 명이 우즈베키스탄 특수부대 훈련을 지원하기 위해 타슈켄트로 출국했다. 국방부에 따르면 교관단은 3개월간 현지에 머물며 대테러 작전, 산악 극복, 저격 등을 교육하고, 우리 군이 무상 지원하는 야간투시경과 통신장비 운용법도 전수할 예정이다. 양국 국방장관은 지난해 회담에서 국방 교육훈련 협력을 강화하기로 뜻을 모은 바 있다. 우즈베키스탄 측은 한국군의 특수전 노하우를 높이 평가하며 교관단 파견을 정례화하자고 제안했고, 국방부는 내년부터 현지 장교들을 국내 교육기관에 초청하는 방안도 검토하고 있다.",
     [TR, MA], "Military instructors sent abroad (troops and military assistance) plus donated night-vision and communications equipment (military assistance)."),
    ("ko-p5", "ko",
     "미 국방부, 주한미군에 전투여단 추가 순환배치 발표",
     "미국 국방부는 한미상호방위조약에 따른 방위 공약을 재확인하며, 약 4천 명 규모의 기갑 전투여단을 추가로 한국에 순환배치하겠다고 발표했다. 해당 여단은 내년 봄 평택 캠프 험프리스에 도착해 9개월간 주둔하며 한국군과 연합훈련을 실시한다. 국방부 대변인은 이번 결정이 한반도 억제력 강화를 위한 양국 협의의 결과라고 설명했다. 추가 배치가 이뤄지면 주한미군 병력은 일시적으로 3만 2천 명 수준으로 늘어나게 된다. 우리 국방부는 환영 입장을 밝히며 연합방위태세가 한층 견고해질 것이라고 평가했다.",
     [T, TR], "Mutual Defense Treaty explicitly invoked (treaty) and US armoured brigade rotated into Korea (troops)."),
    ("ko-p6", "ko",
     "극단 여행자, 루마니아 시비우 연극제 초청 공연",
     "극단 여행자가 유럽 3대 공연예술축제로 꼽히는 루마니아 시비우 국제연극제에 공식 초청돼 한국적 색채를 살린 셰익스피어 작품을 선보인다. 배우와 스태프 등 25명으로 구성된 극단은 다음 주 현지로 출국해 세 차례 공연을 펼칠 예정이다. 극단 대표는 이번 무대를 계기로 동유럽 투어로 활동을 넓히고 싶다며, 현지 기획사와 추가 공연 계약을 논의 중이라고 밝혔다. 극단 여행자는 앞서 영국 에든버러 페스티벌과 폴란드 그단스크 셰익스피어 축제에서도 호평을 받은 바 있다. 이번 작품은 전통 탈춤과 판소리를 접목해 관객들의 관심을 모으고 있다.",
     [], "Near-miss: a theatre troupe (극단) going abroad is not troops; a contract with an agency is not a treaty."),
    ("ko-p7", "ko",
     "한화에어로스페이스, 루마니아와 K9 자주포 추가 수출 계약",
     "한화에어로스페이스가 루마니아 국방부와 K9 자주포 18문과 K10 탄약운반장갑차 추가 공급을 위한 수출 계약을 체결했다고 공시했다. 계약 규모는 약 1조 원으로, 첫 납품은 2027년으로 예정됐다. 회사 측은 현지 생산 공장 설립과 정비 지원도 계약에 포함됐다며 이번 계약으로 유럽 시장 입지가 더욱 강화될 것이라고 설명했다. 증권가에서는 이번 수주가 올해 방산 부문 실적을 크게 끌어올릴 것으로 전망했고, 발표 직후 회사 주가는 장중 한때 6% 넘게 오르기도 했다.",
     [], "Near-miss: a firm's commercial arms export contract is neither military assistance nor a treaty."),
    ("ko-p8", "ko",
     "경찰, 도심 주말 집회에 기동대 병력 5천 명 배치",
     "서울경찰청은 이번 주말 광화문과 시청 일대에서 대규모 집회가 잇따라 열릴 것으로 예상됨에 따라 기동대 80여 개 부대, 경찰 병력 약 5천 명을 배치한다고 밝혔다. 경찰은 집회 참가자 간 충돌을 막기 위해 차벽 대신 안전 펜스를 설치하고, 주요 도로에는 교통경찰을 배치해 우회를 유도할 계획이다. 시민들에게는 대중교통 이용을 당부했다. 주최 측 추산 참가 인원은 양측을 합쳐 10만 명에 이를 것으로 보이며, 경찰은 불법 행위가 발생할 경우 현장에서 엄정하게 대응하겠다는 방침이다. 서울시도 지하철 증편 운행에 나선다.",
     [], "Near-miss: police units described with the military-sounding words 부대/병력 are not troops."),
]

LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]
RULES = {T, TR, MA}
KEYS = ["id", "language", "title", "body", "rules", "kind", "note"]


def build():
    records = []
    for aid, lang, title, body, rules, note in ARTICLES:
        records.append({
            "id": aid,
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
    assert len(records) == 56, len(records)
    for r in records:
        assert list(r.keys()) == KEYS, r["id"]
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-p"), r["id"]
        for k in ("title", "body", "note"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert '"' not in r["title"], ("double quote in title", r["id"])
        assert isinstance(r["rules"], list)
        assert len(r["rules"]) == len(set(r["rules"])), ("dup rules", r["id"])
        assert set(r["rules"]) <= RULES, ("bad rule", r["id"])
        assert r["kind"] in ("positive", "near-miss"), r["id"]
        assert (r["kind"] == "positive") == bool(r["rules"]), ("kind", r["id"])
        n = len(r["body"])
        if r["language"] in ("zh", "ja"):
            assert 120 <= n <= 400, ("length", r["id"], n)
        else:
            assert 250 <= n <= 800, ("length", r["id"], n)
    for lang in LANGS:
        sub = [r for r in records if r["language"] == lang]
        assert sorted(r["id"] for r in sub) == sorted(
            "%s-p%d" % (lang, i) for i in range(1, 9)), lang
        pos = [r for r in sub if r["kind"] == "positive"]
        nm = [r for r in sub if r["kind"] == "near-miss"]
        assert len(pos) == 5 and len(nm) == 3, (lang, len(pos), len(nm))
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
    # re-read and re-check the written file
    with open(out, encoding="utf-8") as f:
        reread = [json.loads(line) for line in f if line.strip()]
    check(reread)
    counts = {rule: sum(rule in r["rules"] for r in reread) for rule in sorted(RULES)}
    print("wrote", out, len(reread), "records;", counts)
    for r in reread:
        print(r["id"], len(r["body"]), r["rules"])


if __name__ == "__main__":
    main()
