#!/usr/bin/env python3
"""Build east.jsonl: hand-labelled alert evaluation set (ru uk ar tr zh ja ko)."""
import json, os

T, R, M = "treaty", "troops", "military_assistance"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "east.jsonl")

# (id, title, body, rules, note)
A = [
# ---------------- ru ----------------
("ru-n1", "Мажилис ратифицировал водное соглашение с Кыргызстаном",
 "Мажилис парламента Казахстана в среду ратифицировал межправительственное соглашение с Кыргызстаном об эксплуатации водохозяйственных сооружений на реках Чу и Талас. Документ, подписанный главами правительств весной, закрепляет порядок долевого финансирования ремонта плотин и каналов, а также график попусков воды в вегетационный период. Как пояснил вице-министр водных ресурсов, прежняя договорённость не учитывала рост нагрузки на Ортотокойское водохранилище. Теперь документ должен одобрить Сенат, после чего стороны обменяются ратификационными грамотами.",
 [T], "Interstate water-sharing agreement ratified: treaty."),
("ru-n2", "Монгольский батальон сменил миротворцев в Южном Судане",
 "Очередной контингент Вооружённых сил Монголии численностью около 850 военнослужащих прибыл в Южный Судан в рамках миссии ООН. Как сообщило Минобороны страны, батальон примет под охрану базу в Бентиу и будет сопровождать колонны с продовольствием. Впервые в составе подразделения — 60 женщин-военнослужащих. Предыдущая ротация вернулась в Улан-Батор на прошлой неделе. Монголия направляет своих военных в миротворческие операции с 2002 года.",
 [R], "Mongolian army battalion deployed abroad on a UN mission: troops."),
("ru-n3", "Норвегия выделит Молдове оборонную помощь на 40 млн евро",
 "Правительство Норвегии одобрило пакет поддержки для Национальной армии Молдовы на сумму около 40 миллионов евро. Как сообщили в Осло, средства пойдут на поставку мобильных радиолокационных станций для контроля воздушного пространства, защищённых средств связи и инженерной техники. Часть оборудования будет передана со складов норвежских вооружённых сил уже до конца года. Министр обороны Молдовы поблагодарил партнёров, отметив, что республика нуждается в модернизации системы ПВО после неоднократных нарушений её воздушного пространства беспилотниками.",
 [M], "State-to-state defence equipment package for Moldova's army: military assistance."),
("ru-n4", "Сенат Парагвая одобрил соглашение о статусе американских военных",
 "Сенат Парагвая большинством голосов утвердил соглашение о статусе сил с Соединёнными Штатами. Документ определяет правовой режим американских военнослужащих, которые будут временно размещаться в стране для совместных учений и операций по борьбе с наркотрафиком. Оппозиция раскритиковала пункт об иммунитете от местной юрисдикции. По данным минобороны, уже в следующем квартале в департамент Бокерон прибудет группа из примерно 200 военных США с вертолётами.",
 [T, R], "SOFA between states approved (treaty); announced arrival of ~200 US military personnel (troops)."),
("ru-n5", "Турция направит военных инструкторов в Джибути",
 "Анкара отправит в Джибути группу инструкторов турецких вооружённых сил для подготовки местной армии, сообщило министерство национальной обороны Турции. Военные советники займутся обучением сапёров и морских пехотинцев на полигоне под Артой. Кроме того, Джибути безвозмездно получит партию бронированных машин, патрульные катера для военно-морских сил и комплекты снаряжения. По словам турецких военных, первые занятия начнутся уже в следующем месяце.",
 [R, M], "Military trainers sent abroad (troops + military assistance) plus donated armoured vehicles (military assistance)."),
("ru-n6", "Казанский перевозчик взял в аренду турецкие сухогрузы",
 "Казанская судоходная компания «Волгатранслайн» подписала договор аренды трёх сухогрузов класса «река—море» у стамбульского оператора Deniz Lojistik. Сделка рассчитана на пять лет, суда будут работать на линии между портами Каспия и Азовского моря. По словам гендиректора, соглашение позволит компании нарастить перевозки зерна на треть. Стороны также договорились о совместном обучении экипажей.",
 [], "Near-miss treaty: 'договор'/'соглашение' is a lease between two companies, not states."),
("ru-n7", "Труппа Мариинского театра отправится на гастроли в Оман",
 "Балетная труппа Мариинского театра в декабре выступит в Королевском оперном театре Маската. В Оман направятся более 120 артистов, музыканты оркестра и технический персонал, сообщила пресс-служба театра. В программе — «Лебединое озеро» и вечер одноактных балетов. Декорации и костюмы отправят морем заранее. Это будут первые гастроли петербургского коллектива на Аравийском полуострове.",
 [], "Near-miss troops: a ballet troupe ('труппа') sent abroad, not soldiers."),
("ru-n8", "Минобороны Казахстана получило новую партию бронемашин «Арлан»",
 "Министерство обороны Казахстана приняло очередную партию бронированных машин «Арлан», выпущенных на предприятии в Астане. Техника поступит в части аэромобильных войск. Контракт на поставку был заключён с производителем в прошлом году, его стоимость не раскрывается. В ведомстве отмечают, что закупки отечественной техники позволят снизить зависимость от импорта и создать новые рабочие места.",
 [], "Near-miss military_assistance: a state's own purchase of domestically built armour, no donor state."),
# ---------------- uk ----------------
("uk-n1", "Рада ратифікувала конвенцію з Ірландією про уникнення подвійного оподаткування",
 "Верховна Рада ратифікувала конвенцію між Україною та Ірландією про уникнення подвійного оподаткування та запобігання ухиленню від сплати податків. За документ проголосували 298 народних депутатів. Конвенція, підписана урядами двох країн торік у Дубліні, встановлює знижені ставки податку на дивіденди й роялті та передбачає обмін податковою інформацією. Вона набуде чинності після обміну дипломатичними нотами. У Мінфіні розраховують, що це полегшить прихід ірландських інвесторів в IT-сектор.",
 [T], "Bilateral tax convention between states ratified: treaty."),
("uk-n2", "Польща перекидає додаткові підрозділи до кордону з Білоруссю",
 "Міністерство національної оборони Польщі ухвалило рішення посилити угруповання на східному кордоні ще двома батальйонами. За даними відомства, до Підляського воєводства найближчими тижнями прибуде близько 1500 військовослужбовців 18-ї механізованої дивізії. Вони патрулюватимуть ділянки кордону поблизу Біловезької пущі разом із прикордонниками. Варшава пояснює цей крок зростанням кількості провокацій з білоруського боку.",
 [R], "A state's army units sent to its own border count as troops."),
("uk-n3", "Литва передасть Україні зенітні установки та тепловізори",
 "Уряд Литви затвердив черговий пакет військової допомоги Україні. Як повідомив міністр національної оборони, до пакета увійдуть зенітні установки, боєприпаси до них, тепловізори та потужні генератори для військових частин. Загальна вартість допомоги перевищує 35 мільйонів євро. Частину озброєння буде передано зі складів литовської армії, решту закуплять у виробників за кошти державного бюджету. Вільнюс також фінансуватиме ремонт української техніки на литовських підприємствах.",
 [M], "Lithuanian state package of weapons and equipment for Ukraine: military assistance."),
("uk-n4", "Україна та Хорватія уклали угоду про оборонне співробітництво",
 "Президент України та прем'єр-міністр Хорватії підписали в Загребі угоду про співробітництво у сфері безпеки та оборони строком на десять років. Документ передбачає, що Хорватія передаватиме Україні гелікоптери, артилерійські боєприпаси та засоби розмінування, а також фінансуватиме ремонт бронетехніки на своїх заводах. Окремий розділ стосується обміну розвідувальною інформацією та кібербезпеки. Угода має бути ратифікована парламентами обох країн.",
 [T, M], "Intergovernmental security agreement signed (treaty) providing for transfers of helicopters and ammunition (military assistance)."),
("uk-n5", "Французькі інструктори навчатимуть молдовських військових",
 "Франція та Молдова підписали в Кишиневі угоду про оборонне співробітництво. Згідно з документом, Париж відрядить до Молдови групу військових інструкторів, які готуватимуть підрозділи протиповітряної оборони та саперів. Крім того, молдовська армія отримає від Франції радари ближньої дії та інженерну техніку. Міністр оборони Молдови наголосив, що угода не передбачає розміщення французьких бойових підрозділів у країні.",
 [T, R, M], "State-to-state defence agreement (treaty); French military trainers sent to Moldova (troops + military assistance); radars delivered (military assistance)."),
("uk-n6", "Шахтар підписав контракт з бразильським вінгером",
 "Донецький «Шахтар» оголосив про підписання п'ятирічного контракту з 19-річним бразильським вінгером Луїсом Енріке. За даними джерел, клуби домовилися про трансфер за 12 мільйонів євро плюс бонуси. Гравець уже пройшов медогляд у Варшаві й найближчими днями приєднається до команди на зборах у Туреччині. Головний тренер назвав новачка важливим підкріпленням перед весняною частиною сезону.",
 [], "Near-miss treaty (and figurative 'reinforcement'): a football player contract and club transfer deal."),
("uk-n7", "Прикордонники посилили охорону кордону з Угорщиною",
 "Державна прикордонна служба України направила додаткові наряди на ділянки кордону з Угорщиною на Закарпатті. За словами речника відомства, посилення пов'язане зі спробами незаконного перетину кордону через річку Тису. До охорони залучено мобільні групи, службових собак і безпілотники. Національна поліція також збільшила кількість патрулів у прикордонних селах. У відомстві наголошують, що сили охорони правопорядку працюватимуть у посиленому режимі щонайменше до кінця місяця.",
 [], "Near-miss troops: border guards and police ('сили охорони правопорядку') reinforced, not military forces."),
("uk-n8", "Міноборони закупить 3 тисячі дронів-перехоплювачів у вітчизняних виробників",
 "Міністерство оборони України уклало контракти з чотирма вітчизняними компаніями на постачання трьох тисяч дронів-перехоплювачів. Як повідомили в Агенції оборонних закупівель, перші партії надійдуть до військових частин уже наступного місяця. Договори фінансуються з державного бюджету. Виробники зобов'язалися збільшити випуск удвічі до кінця року, а держава гарантує авансування до 30 відсотків вартості.",
 [], "Near-miss military_assistance/treaty: a state's own procurement contracts with domestic firms."),
# ---------------- ar ----------------
("ar-n1", "موريتانيا والسنغال تجددان اتفاقية الصيد البحري",
 "وقّعت موريتانيا والسنغال في نواكشوط بروتوكولاً جديداً لتنفيذ اتفاقية الصيد البحري بين البلدين، يسمح لنحو 500 زورق سنغالي تقليدي بالصيد في المياه الموريتانية مقابل إنزال جزء من المصطادات في موانئ موريتانية. وقال وزير الصيد الموريتاني إن الاتفاق يتضمن آليات مشتركة لمراقبة المخزون السمكي وحماية الأنواع المهددة. ومن المنتظر أن يُعرض النص على البرلمانين للمصادقة قبل نهاية العام.",
 [T], "Interstate fisheries agreement protocol signed: treaty."),
("ar-n2", "الجيش الجزائري يعزز انتشاره على الحدود الجنوبية",
 "أفادت مصادر أمنية بأن الجيش الوطني الشعبي الجزائري دفع بتعزيزات عسكرية إضافية نحو الحدود مع مالي والنيجر، تشمل وحدات مشاة ومدرعات وطائرات استطلاع. وتأتي هذه الخطوة عقب تصاعد المواجهات بين جماعات مسلحة في منطقة كيدال القريبة من الحدود. وأوضحت المصادر أن الوحدات المنتشرة ستتمركز قرب برج باجي مختار وتمنراست، لمنع تسلل المسلحين وعمليات التهريب.",
 [R], "Army reinforcements sent to the state's own border: troops."),
("ar-n3", "منحة قطرية جديدة لدعم الجيش اللبناني",
 "أعلنت دولة قطر عن تقديم دعم جديد للجيش اللبناني يشمل ناقلات جند مدرعة وقطع غيار ومعدات اتصال، إضافة إلى شحنات من الوقود للآليات العسكرية. وقال قائد الجيش اللبناني خلال استقباله السفير القطري في اليرزة إن هذه المساعدة تعزز قدرات المؤسسة العسكرية في حفظ الاستقرار. وتُعد قطر من أبرز الدول الداعمة للجيش اللبناني في السنوات الأخيرة.",
 [M], "Armoured personnel carriers and military equipment granted by Qatar to Lebanon's army: military assistance."),
("ar-n4", "البرلمان التركي يمدد بقاء القوات التركية في قطر",
 "صادق البرلمان التركي على تمديد مهمة القوات التركية المتمركزة في قطر لخمس سنوات إضافية، استناداً إلى اتفاقية التعاون العسكري الموقعة بين البلدين. وتضم القاعدة التركية في الدوحة آلاف العسكريين من القوات البرية والجوية والبحرية. وأكد وزير الدفاع التركي أن الاتفاقية تتيح أيضاً إجراء مناورات مشتركة وتبادل الخبرات، مشيراً إلى أن الوجود التركي يخدم أمن الخليج.",
 [T, R], "Bilateral military cooperation agreement invoked (treaty); Turkish forces stationed in Qatar (troops)."),
("ar-n5", "الأردن يوفد مدربين عسكريين إلى جزر القمر",
 "أوفدت القوات المسلحة الأردنية فريقاً من المدربين العسكريين إلى جزر القمر لتأهيل وحدات من الجيش القمري على مكافحة الإرهاب وحماية المنشآت الحيوية. وذكر بيان للقيادة العامة أن البعثة ستبقى ستة أشهر، وأن الأردن سيزوّد الجانب القمري بعربات نقل عسكرية وتجهيزات فردية وأجهزة رؤية ليلية. ويأتي ذلك في إطار برنامج أردني لدعم القدرات الدفاعية للدول الصديقة.",
 [R, M], "Military trainers sent abroad (troops + military assistance) and equipment supplied (military assistance)."),
("ar-n6", "شركة إماراتية توقع اتفاقية مع مجموعة كورية لبناء محطة تحلية",
 "وقّعت شركة الواحة للطاقة الإماراتية اتفاقية مع مجموعة هانبيت الكورية الجنوبية لتصميم وبناء محطة لتحلية مياه البحر بالطاقة الشمسية في إمارة الفجيرة، بتكلفة تقارب 400 مليون دولار. وتنص الاتفاقية على أن تتولى المجموعة الكورية التشغيل والصيانة لمدة عشرين عاماً. وقال الرئيس التنفيذي للشركة إن المحطة ستوفر المياه لنحو 300 ألف نسمة.",
 [], "Near-miss treaty: 'اتفاقية' between two companies, not states."),
("ar-n7", "فرقة رضا للفنون الشعبية تبدأ جولة في دول المغرب العربي",
 "تنطلق فرقة رضا للفنون الشعبية الأسبوع المقبل في جولة فنية تشمل تونس والجزائر والمغرب، بمشاركة خمسين راقصاً وعازفاً. وقالت وزارة الثقافة المصرية إن الفرقة ستقدم عروضاً مستوحاة من التراث النوبي والصعيدي على مسارح قرطاج ووهران والرباط. وتأتي الجولة ضمن برنامج للتبادل الثقافي بين مصر ودول المنطقة، وتستمر ثلاثة أسابيع.",
 [], "Near-miss troops: 'فرقة' here is a folk-dance troupe, not an army division."),
("ar-n8", "المغرب يتسلم دفعة من الطائرات المسيّرة التي تعاقد عليها",
 "تسلمت القوات المسلحة الملكية المغربية دفعة جديدة من الطائرات المسيّرة القتالية ضمن صفقة أبرمتها مع شركة تركية مصنعة العام الماضي. ووفق موقع متخصص في الشؤون الدفاعية، ستُلحق المسيّرات بالقوات الجوية الملكية. ولم تكشف الرباط قيمة الصفقة، لكن تقارير قدرتها بنحو 70 مليون دولار. وتسعى المملكة إلى تنويع مصادر تسليحها وتطوير صناعة دفاعية محلية.",
 [], "Near-miss military_assistance: a state's own purchase of drones from a company."),
# ---------------- tr ----------------
("tr-n1", "Türkiye ile Irak, Dicle'de su yönetimi anlaşması imzaladı",
 "Türkiye ile Irak arasında Dicle Nehri'nin sularının ortak yönetimine ilişkin çerçeve anlaşma Bağdat'ta imzalandı. Anlaşmaya göre iki ülke, kurak dönemlerde bırakılacak su miktarını belirlemek için ortak bir teknik komite kuracak ve sulama sistemlerinin modernizasyonunda işbirliği yapacak. Dışişleri Bakanı, anlaşmanın TBMM'nin onayına sunulacağını söyledi. Iraklı yetkililer ise metni tarihi bir adım olarak nitelendirdi.",
 [T], "Interstate river-water framework agreement signed: treaty."),
("tr-n2", "TCG Kemalreis Aden Körfezi'ndeki görev kuvvetine katılmak üzere yola çıktı",
 "Deniz Kuvvetleri Komutanlığına bağlı TCG Kemalreis fırkateyni, Aden Körfezi ve Somali açıklarında korsanlıkla mücadele eden çok uluslu görev kuvvetine katılmak üzere Aksaz Deniz Üssü'nden uğurlandı. Milli Savunma Bakanlığından yapılan açıklamada, gemide bir helikopter ve özel harekât timinin de bulunduğu, görevin dört ay süreceği belirtildi. Fırkateyn bölgede ticari gemilere eskortluk yapacak.",
 [R], "Warship with crew and special forces deployed abroad: troops."),
("tr-n3", "Türkiye'den Kenya ordusuna zırhlı araç hibesi",
 "Türkiye, Kenya Savunma Kuvvetlerine 40 adet zırhlı personel taşıyıcı ile çeşitli haberleşme teçhizatını hibe etti. Nairobi'de düzenlenen törenle araçların teslimatı yapıldı. Kenya Savunma Bakanı, hibenin ülkenin kuzey sınırındaki güvenlik operasyonlarına önemli katkı sağlayacağını söyledi. Türk yetkililer, Doğu Afrika ülkelerine yönelik savunma desteğinin süreceğini vurguladı.",
 [M], "Armoured vehicles granted by Turkey to Kenya's armed forces: military assistance."),
("tr-n4", "Libya tezkeresi TBMM Genel Kurulu'ndan geçti",
 "TBMM Genel Kurulu, Türk Silahlı Kuvvetleri unsurlarının Libya'daki görev süresini 24 ay daha uzatan Cumhurbaşkanlığı tezkeresini kabul etti. Tezkerede, Türkiye ile Libya hükümeti arasında 2019'da imzalanan güvenlik ve askeri işbirliği mutabakat muhtırasına atıf yapıldı. Türk askeri, Trablus çevresinde Libya ordusuna eğitim ve danışmanlık desteği veriyor. Muhalefet partileri tezkereye ret oyu verdi.",
 [T, R, M], "Intergovernmental memorandum invoked (treaty); Turkish forces kept in Libya (troops) training Libya's army (military assistance)."),
("tr-n5", "Gambiya'ya askeri eğitim ekibi gönderildi",
 "Milli Savunma Bakanlığı, Gambiya Silahlı Kuvvetlerine yönelik eğitim faaliyetleri kapsamında Banjul'e 25 kişilik bir askeri eğitim ekibi gönderdi. Ekip, Gambiyalı askerlere altı ay boyunca atış, ilk yardım ve hudut güvenliği eğitimleri verecek. Bakanlık ayrıca Gambiya ordusuna arazi araçları, gece görüş dürbünleri ve kişisel donanım teslim edileceğini duyurdu.",
 [R, M], "Military training team sent abroad (troops + military assistance) plus donated equipment."),
("tr-n6", "Galatasaray ile Porto arasında transfer anlaşması",
 "Galatasaray, Portekiz ekibi Porto ile Nijeryalı orta saha oyuncusu için prensip anlaşmasına vardı. Sarı-kırmızılı kulüp, KAP'a yaptığı açıklamada oyuncuyla dört yıllık sözleşme imzalandığını ve bonservis bedelinin 9 milyon euro olduğunu bildirdi. Teknik direktör, yeni transferin takımın orta sahadaki eksikliğini gidereceğini belirtti. Oyuncunun cuma günü İstanbul'a gelmesi bekleniyor.",
 [], "Near-miss treaty: 'anlaşma'/'sözleşme' is a club transfer deal and player contract."),
("tr-n7", "Ordu'da sel: ekipler bölgeye sevk edildi",
 "Ordu'nun Ünye ve Fatsa ilçelerinde etkili olan sağanak sonrası dereler taştı, çok sayıda ev ve iş yerini su bastı. Ordu Valiliği, AFAD, itfaiye ve polis ekiplerinin bölgeye sevk edildiğini, tahliye çalışmalarının sürdüğünü açıkladı. Karadeniz Sahil Yolu'nun bir bölümü ulaşıma kapatıldı. Meteoroloji, kuvvetli yağışın yarına kadar devam edeceği uyarısında bulundu.",
 [], "Near-miss troops: 'Ordu' is the Black Sea province (also the word for 'army'); only police, firefighters and AFAD teams dispatched."),
("tr-n8", "Ankaralı savunma şirketinden Endonezya'ya radar ihracatı",
 "Ankara merkezli savunma şirketi Tuğra Savunma Teknolojileri, Endonezyalı PT Nusantara Sistem ile kıyı gözetleme radarlarının satışı için 85 milyon dolarlık ihracat sözleşmesi imzaladığını duyurdu. Sözleşme kapsamında radarların bir bölümü Endonezya'da ortak üretilecek. Şirket yöneticileri, anlaşmanın firmanın Güneydoğu Asya pazarındaki en büyük satışı olduğunu belirtti.",
 [], "Near-miss military_assistance/treaty: commercial arms export contract between companies."),
# ---------------- zh ----------------
("zh-n1", "中尼签署边境口岸管理协定修订议定书",
 "中国和尼泊尔两国政府代表日前在加德满都签署《关于边境口岸及其管理制度的协定》修订议定书。根据议定书，双方将新增一对季节性开放口岸，并建立口岸联合检查和信息通报机制。尼方外交部表示，议定书将于双方完成各自国内法律程序后生效，有望便利边民往来和过境贸易。",
 [T], "Intergovernmental border-port agreement protocol signed: treaty."),
("zh-n2", "印尼维和营启程赴黎巴嫩",
 "印度尼西亚国民军一支约850人的维和营近日从雅加达哈利姆机场启程，前往黎巴嫩南部接替上一批轮换官兵，执行联合国驻黎巴嫩临时部队任务。印尼国防部称，该营将负责蓝线附近的巡逻和排雷工作。印尼是联黎部队主要出兵国之一，目前共有逾千名官兵在黎巴嫩南部执行任务。",
 [R], "Indonesian army battalion deployed abroad for UN peacekeeping: troops."),
("zh-n3", "日本拟向孟加拉国海军提供巡逻艇",
 "日本政府日前决定，在“政府安全保障能力强化支援”框架下向孟加拉国海军无偿提供两艘巡逻艇及配套通信设备，总额约20亿日元。日本外务省称，此举旨在提升孟方在孟加拉湾的海上警戒监视能力。这是日本首次向南亚国家提供此类防务援助，两艘巡逻艇预计明年初交付。",
 [M], "Patrol boats given free by Japan to Bangladesh's navy: military assistance."),
("zh-n4", "澳巴新签署共同防务条约 澳军将进驻马努斯岛",
 "澳大利亚与巴布亚新几内亚总理在莫尔兹比港签署双边共同防务条约。根据条约，两国在任何一方遭受武装攻击时将相互协商并采取行动，澳大利亚国防军人员可在巴新境内部署和驻扎。澳方表示，首批约300名澳军官兵将于明年进驻马努斯岛的隆布鲁姆海军基地，并与巴新国防军开展联合巡逻。",
 [T, R], "Mutual defence treaty signed (treaty); announced stationing of Australian troops in PNG (troops)."),
("zh-n5", "土耳其向索马里增派军事教官",
 "土耳其国防部宣布，将向索马里增派一批军事教官，在摩加迪沙的训练营为索马里国民军培训特种作战人员。土方还将向索马里移交一批装甲车、夜视仪及单兵装备。索马里国防部长对土方持续提供的防务支持表示感谢，称这将增强政府军打击极端组织的能力。首批教官预计本月底抵达。",
 [R, M], "Trainers sent abroad (troops + military assistance); armoured vehicles handed over (military assistance)."),
("zh-n6", "浙江企业与越南车企签署战略合作协议",
 "浙江远航新能源科技有限公司与越南一家民营汽车制造商在河内签署战略合作协议，双方将合资建设电池组装厂，年产能10万套。根据协议，中方负责技术和关键零部件供应，越方提供厂房和销售渠道。双方代表在签约仪式上表示，这一合作有望带动两国产业链深度融合。",
 [], "Near-miss treaty: 'agreement' signed between two companies, despite mention of 'two countries'."),
("zh-n7", "老挝人民军建军75周年阅兵在万象举行",
 "老挝人民军建军75周年庆祝活动20日在首都万象举行，约3000名官兵组成的受阅方队依次通过主席台，接受老挝领导人检阅。阅兵式上还展示了多型坦克、装甲车和火箭炮。老挝国家主席发表讲话，号召全军加强正规化建设。当晚，万象还举行了文艺晚会和烟花表演，吸引大批市民观看。",
 [], "Near-miss troops: soldiers marching in a domestic parade, no deployment."),
("zh-n8", "空军运-20运送救灾物资抵达缅甸",
 "一架空军运-20运输机日前满载帐篷、毛毯、净水设备等救灾物资降落在缅甸内比都机场。这批物资由中国政府提供，用于帮助缅甸地震灾区群众。物资移交后，飞机当天返航。中国驻缅甸使馆表示，后续还将分批提供紧急人道主义援助，并视灾区需要派出民间救援队协助搜救和医疗救治。",
 [], "Near-miss military_assistance: humanitarian relief flown by an air force transport on a single round trip."),
# ---------------- ja ----------------
("ja-n1", "日本とボツワナ、租税条約に署名",
 "日本政府とボツワナ政府は、同国の首都ハボローネで租税条約に署名した。条約は、配当や利子にかかる源泉地国での税率を引き下げるほか、両国の税務当局による情報交換の枠組みを定める。外務省によると、国会の承認を経て発効する見通しで、鉱業分野での日本企業の進出を後押しすることが期待される。",
 [T], "Bilateral tax treaty signed between states: treaty."),
("ja-n2", "英陸軍、エストニア駐留部隊を旅団規模に増強",
 "英国防省は、北大西洋条約機構（NATO）の前方展開の一環としてエストニアに駐留する英陸軍部隊を、旅団規模に増強すると発表した。来年春までに約900人の兵士と戦車、自走砲などを追加派遣する。タパの基地を拠点に、エストニア軍と共同で警戒にあたる。",
 [R], "British army troops reinforced and stationed in Estonia: troops (NATO merely named, no treaty action)."),
("ja-n3", "フィジー軍に警備艇を無償供与へ　OSA活用",
 "政府は、同志国の安全保障能力を高める「政府安全保障能力強化支援（OSA）」の枠組みで、フィジー共和国軍に警備艇2隻と沿岸監視用のレーダーを無償で供与することを決めた。供与額は約5億円。太平洋島しょ国での中国の影響力拡大をにらみ、海洋監視能力の向上を支援する。",
 [M], "Patrol boats and radar given by Japan to Fiji's military: military assistance."),
("ja-n4", "日豪円滑化協定に基づき豪陸軍部隊が北海道に到着",
 "日豪円滑化協定に基づき、オーストラリア陸軍の部隊約400人が北海道に到着した。同協定の発効後、豪州軍がまとまった規模で日本に展開するのは初めて。部隊は来月にかけて陸上自衛隊と共同訓練を行う。協定は相手国に滞在する部隊の法的地位や出入国手続きを定めており、両政府は運用の実績を積み重ねたい考えだ。",
 [T, R], "Reciprocal access (status-of-forces) agreement invoked (treaty); ~400 Australian soldiers deployed to Japan (troops)."),
("ja-n5", "陸自教官をモンゴルへ派遣　工兵部隊の能力構築を支援",
 "防衛省は、モンゴル軍の工兵部隊の能力向上を支援するため、陸上自衛隊の隊員約15人を教官としてウランバートルに派遣すると発表した。隊員は約1カ月間、重機の操作や道路補修の技術を指導する。あわせて、訓練用の資機材も同軍に提供する。国連平和維持活動への参加を念頭に置いた支援の一環だ。",
 [R, M], "SDF instructors sent abroad (troops + military assistance) and training equipment provided (military assistance)."),
("ja-n6", "楽天・中村投手、4000万円増で契約更改",
 "プロ野球・東北楽天の中村翔太投手が2日、仙台市内の球団事務所で契約更改交渉に臨み、4000万円増の年俸1億2000万円でサインした。今季は先発ローテーションを守り、自己最多の12勝を挙げた。複数年契約の提示もあったが、単年契約を選んだという。来季の目標には、チームの優勝と規定投球回の到達を掲げた。",
 [], "Near-miss treaty: a baseball player's contract renewal."),
("ja-n7", "ドキュメンタリー撮影隊、サハラ砂漠へ出発",
 "制作会社の大型ドキュメンタリーの撮影隊が、サハラ砂漠の遊牧民を追うため、モロッコへ出発した。ディレクターやカメラマンら12人で編成された撮影部隊は、約2カ月にわたり現地に滞在し、ドローンも使って砂漠の四季を記録する。番組は来年秋に放送される予定だ。",
 [], "Near-miss troops: a film crew ('撮影部隊') sent abroad, not soldiers."),
("ja-n8", "防衛省、長射程ミサイル量産で国内企業と契約",
 "防衛省は、射程を延ばした12式地対艦誘導弾能力向上型の量産に向け、国内の防衛関連企業と約3000億円の契約を結んだ。2026年度から順次、陸上自衛隊に納入される。同省は反撃能力の中核を担う装備として調達を急いでおり、企業側も生産ラインの増強を進めている。",
 [], "Near-miss military_assistance: a state's own procurement from a domestic firm."),
# ---------------- ko ----------------
("ko-n1", "한-캄보디아, 형사사법공조·범죄인인도조약 서명",
 "한국과 캄보디아 정부가 형사사법공조조약과 범죄인인도조약에 나란히 서명했다. 법무부는 프놈펜에서 열린 서명식에서 양국 법무장관이 두 조약에 서명했다고 밝혔다. 조약이 발효되면 양국은 수사 과정에서 증거 수집, 계좌 추적, 범죄인 송환 등에 관해 서로 협력할 법적 근거를 갖게 된다. 최근 캄보디아를 거점으로 한 보이스피싱 조직이 잇따라 적발되면서 양국 간 공조 체계 구축의 필요성이 커졌다. 두 조약은 국회 비준 동의를 거쳐 발효될 예정이며, 정부는 연내 비준 절차를 마무리한다는 계획이다.",
 [T], "Bilateral legal-assistance and extradition treaties signed: treaty."),
("ko-n2", "청해부대 45진 출항…아덴만 호송 임무",
 "해군 청해부대 45진 충무공이순신함이 27일 부산 해군작전사령부에서 환송식을 갖고 아덴만으로 출항했다. 장병 300여 명으로 구성된 45진은 약 6개월간 소말리아 해역과 호르무즈 해협 일대에서 우리 선박 호송과 해적 퇴치 임무를 수행한다. 이번 파견에는 해상작전헬기와 특수전 요원으로 구성된 검문검색대도 함께 투입된다. 합동참모본부는 최근 홍해 일대 정세가 불안정한 만큼 현지 부대의 경계 태세를 강화할 방침이라고 밝혔다. 청해부대는 2009년 첫 파병 이후 누적 3만여 척의 선박을 안전하게 호송했다.",
 [R], "Naval unit with 300 personnel deployed abroad: troops."),
("ko-n3", "정부, 필리핀 해군에 퇴역 초계함 무상 양도",
 "정부가 퇴역한 해군 초계함 1척을 필리핀 해군에 무상으로 양도하기로 했다. 국방부는 지난달 퇴역한 포항급 초계함을 정비한 뒤 올해 말 필리핀에 인도할 예정이라고 밝혔다. 필리핀 해군 승조원들은 인도에 앞서 진해 군항에서 약 두 달간 함정 운용과 정비 교육을 받는다. 국방부 관계자는 이번 양도가 남중국해에서 해양 감시 역량을 키우려는 필리핀의 요청에 따른 것이라고 설명했다. 필리핀 해군은 앞서 한국에서 양도받은 초계함을 남중국해 경비 임무에 투입하고 있다. 정부는 인도 이후에도 부품 공급과 기술 지원을 이어갈 방침이다.",
 [M], "Decommissioned corvette donated and foreign crews trained at home: military assistance only (no troops sent)."),
("ko-n4", "제13차 한미 방위비분담 특별협정 국회 비준",
 "주한미군 주둔 비용 가운데 한국이 부담할 몫을 정한 제13차 한미 방위비분담 특별협정 비준동의안이 국회 본회의를 통과했다. 협정에 따라 한국은 첫해 분담금을 전년보다 6.1% 늘어난 1조6천억여 원으로 책정했으며, 이후에는 소비자물가지수 상승률을 반영해 증액한다. 외교부는 2만8천여 명 규모의 주한미군이 안정적으로 주둔하는 데 기여할 것이라고 밝혔다. 야당 일부 의원은 협상 과정의 투명성 부족을 지적하며 반대표를 던졌다. 협정은 양국의 국내 절차가 완료됐음을 알리는 외교 공한을 교환한 뒤 발효된다.",
 [T, R], "Special cost-sharing agreement between states ratified (treaty); US forces stationed in Korea (troops)."),
("ko-n5", "아크부대 25진 UAE로 출국",
 "아랍에미리트(UAE) 군사협력단인 아크부대 25진 장병 150여 명이 인천국제공항을 통해 출국했다. 아크부대는 아부다비 인근에 주둔하며 현지 특수전 부대의 교육훈련을 지원하고, 유사시 재외국민 보호 임무도 맡는다. 25진은 특히 야간 침투와 대테러 작전 교육을 강화할 계획이다. 합동참모본부는 파병 기간 양국 군 간 연합훈련도 확대할 예정이라고 밝혔다. 아크부대는 2011년 처음 파견된 이후 UAE 군과의 협력을 상징하는 부대로 자리 잡았으며, 지금까지 누적 인원은 4천여 명에 이른다.",
 [R, M], "Korean military unit deployed to the UAE (troops) to train UAE special forces (military assistance)."),
("ko-n6", "한빛건설, 베트남 개발사와 신도시 개발 업무협약",
 "중견 건설사 한빛건설이 베트남 민간 부동산 개발업체 떤롱그룹과 하노이 외곽 신도시 개발을 위한 업무협약(MOU)을 체결했다고 3일 밝혔다. 협약에 따라 두 회사는 총사업비 1조 원 규모의 주거·상업 복합단지를 공동 개발하고, 한빛건설은 설계와 시공을 맡는다. 회사 측은 현지 파트너와의 협력으로 동남아 시장 공략에 속도를 낼 것이라고 말했다. 양사는 연내 합작법인을 설립하고 현지 인력도 채용할 계획이다. 한빛건설은 이번 사업을 계기로 인도네시아와 필리핀 등 인근 국가로도 사업을 넓힐 방침이다.",
 [], "Near-miss treaty: memorandum of understanding between two companies."),
("ko-n7", "주말 도심 집회에 경찰 병력 5천여 명 배치",
 "서울경찰청은 주말 도심 집회에 대비해 기동대 80여 개 부대, 경찰 병력 5천여 명을 광화문과 시청 일대에 배치한다고 밝혔다. 경찰은 집회 참가자가 최대 3만 명에 이를 것으로 보고 있으며, 세종대로 일부 차로를 통제할 예정이다. 또 충돌에 대비해 차벽 대신 안전 펜스를 설치하고, 교통경찰을 주요 교차로에 투입하기로 했다. 서울시는 지하철 증편 운행을 검토하고 있다. 경찰은 불법 행위가 발생하면 현장에서 채증해 엄정하게 대응하겠다는 방침이다. 시민들에게는 대중교통 이용을 당부했다.",
 [], "Near-miss troops: police units and 'police forces' (경찰 병력) deployed, not military."),
("ko-n8", "세진디펜스, 루마니아에 155㎜ 포탄 4천억 원 수출",
 "방산업체 세진디펜스가 루마니아 국방부와 약 4000억 원 규모의 155㎜ 포탄 공급 계약을 체결했다고 공시했다. 회사는 2027년까지 포탄과 장약을 단계적으로 납품하고, 현지 업체와 협력해 일부 부품을 루마니아에서 생산할 계획이다. 업계에서는 유럽 각국의 재무장 수요가 늘면서 국내 방산업체의 수주가 이어질 것으로 보고 있다. 이번 계약은 회사 창사 이래 단일 수주로는 최대 규모다. 회사 주가는 공시 직후 장중 한때 12% 넘게 올랐다. 세진디펜스는 폴란드와 에스토니아 등에서도 추가 수주를 추진하고 있다.",
 [], "Near-miss military_assistance/treaty: commercial sale of ammunition by a firm to a foreign ministry."),
]

LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]
ALLOWED = {T, R, M}
records = []
for (i, title, body, rules, note) in A:
    lang = i.split("-")[0]
    records.append({"id": i, "language": lang, "title": title, "body": body,
                    "rules": list(rules), "kind": "positive" if rules else "near-miss",
                    "note": note})

# ---- checks ----
ids = [r["id"] for r in records]
assert len(ids) == len(set(ids)) == 56, "ids not unique / wrong count"
errors = []
for r in records:
    assert set(r) == {"id", "language", "title", "body", "rules", "kind", "note"}
    assert r["language"] in LANGS
    assert all(isinstance(r[k], str) and r[k].strip() for k in ("id", "title", "body", "note"))
    assert '"' not in r["title"], r["id"]
    assert len(r["rules"]) == len(set(r["rules"])) and set(r["rules"]) <= ALLOWED, r["id"]
    assert r["kind"] == ("positive" if r["rules"] else "near-miss"), r["id"]
    lo, hi = (120, 400) if r["language"] in ("zh", "ja") else (250, 800)
    if not lo <= len(r["body"]) <= hi:
        errors.append((r["id"], len(r["body"])))
assert not errors, f"length violations: {errors}"
for lang in LANGS:
    rs = [r for r in records if r["language"] == lang]
    assert sorted(r["id"] for r in rs) == sorted(f"{lang}-n{k}" for k in range(1, 9)), lang
    assert sum(r["kind"] == "positive" for r in rs) == 5, lang
    assert sum(r["kind"] == "near-miss" for r in rs) == 3, lang
    for rule in ALLOWED:
        assert any(rule in r["rules"] for r in rs), (lang, rule)

with open(OUT, "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# re-read and verify
with open(OUT, encoding="utf-8") as f:
    back = [json.loads(line) for line in f]
assert back == records
counts = {rule: sum(rule in r["rules"] for r in records) for rule in sorted(ALLOWED)}
print(f"wrote {len(records)} records to {OUT}; positives per rule: {counts}")
