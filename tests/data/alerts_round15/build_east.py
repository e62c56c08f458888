#!/usr/bin/env python3
"""Build hand-labelled eval set east.jsonl (ru uk ar tr zh ja ko), round 15."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "east.jsonl")

T, R, M = "treaty", "troops", "military_assistance"

# (id, title, body, rules, note)
DATA = {
"ru": [
("ru-m1", "Астана и Бишкек обменялись ратификационными грамотами по водному соглашению",
 "Казахстан и Киргизия в среду в Бишкеке обменялись ратификационными грамотами межправительственного соглашения о совместном использовании водохозяйственных сооружений на реках Чу и Талас. Документ, подписанный сторонами ещё прошлой осенью, вступит в силу через тридцать дней. Он закрепляет порядок долевого финансирования ремонта плотин и график попусков воды в вегетационный период. В МИД Казахстана назвали договорённость «важным шагом к снятию сезонной напряжённости» в приграничных районах.",
 [T], "Intergovernmental water-sharing agreement between two states ratified and entering into force."),
("ru-m2", "Сербия стянула армейские подразделения к административной линии",
 "Министерство обороны Сербии сообщило о переброске нескольких механизированных рот и артиллерийской батареи в район Рашки и Куршумлии, ближе к административной линии с Косово. По словам министра, речь идёт о «повышении боевой готовности» после серии инцидентов на переходах. Военнослужащие разместятся во временных лагерях как минимум на месяц. Командование KFOR заявило, что внимательно следит за перемещениями и поддерживает контакт с Белградом.",
 [R], "A state's army units moved toward its own boundary line = troops deployed."),
("ru-m3", "Осло передаст Кишинёву радары и бронетехнику",
 "Правительство Норвегии одобрило безвозмездную передачу Национальной армии Молдовы двух мобильных радиолокационных станций, партии бронированных автомобилей повышенной проходимости и комплектов средств связи. Поставка будет осуществлена в рамках норвежской программы поддержки обороноспособности стран Восточного партнёрства. Первые машины поступят в Молдову до конца года, сообщили в Минобороны в Кишинёве, поблагодарив Осло за «ощутимый вклад в укрепление наших вооружённых сил».",
 [M], "State-to-state free transfer of radars and armoured vehicles to another country's army = military assistance."),
("ru-m4", "Турецкие военные инструкторы прибыли в Могадишо",
 "В столицу Сомали прибыла группа из 60 турецких военных инструкторов, которые в ближайшие полгода будут готовить бойцов новой бригады сомалийской армии. Как сообщили в Анкаре, помимо обучения, Турция передаёт сомалийской стороне стрелковое оружие, каски и бронежилеты. Подготовка пройдёт на базе TURKSOM, где турецкие офицеры с 2017 года обучают местных военнослужащих.",
 [R, M], "Trainers sent abroad count as troops; training plus weapons handed to Somali army = military assistance."),
("ru-m5", "Париж сослался на оборонный договор и усилил контингент в Джибути",
 "Франция направит в Джибути дополнительно около 300 военнослужащих и два вертолёта после обращения властей республики, сообщило Министерство вооружённых сил. В Париже подчеркнули, что решение принято на основании двустороннего договора о сотрудничестве в области обороны, который предусматривает помощь в случае угрозы территориальной целостности Джибути. Переброска подкрепления начнётся на следующей неделе.",
 [T, R], "Bilateral defence treaty invoked; additional French soldiers sent abroad."),
("ru-m6", "Зенит продлил контракт с капитаном до 2028 года",
 "Петербургский «Зенит» объявил о продлении контракта с капитаном команды. Новое соглашение рассчитано до лета 2028 года, финансовые условия стороны не раскрывают. Накануне армия болельщиков устроила на трибунах перформанс в поддержку игрока, а главный тренер назвал его «генералом полузащиты». В клубе также сообщили о договоре со спонсором — крупной нефтяной компанией.",
 [], "Trap: sports contract and 'соглашение/договор' with a sponsor, figurative 'армия болельщиков'; no state treaty or troops."),
("ru-m7", "Самолёт ВКС доставил в Мьянму гуманитарный груз",
 "Военно-транспортный самолёт Ил-76 Воздушно-космических сил России доставил в Янгон около 35 тонн гуманитарной помощи для пострадавших от землетрясения. В грузе — палатки, генераторы, продукты питания и медикаменты. Передачу помощи организовало МЧС, сотрудники которого помогут разгрузить борт и распределить грузы в районе Мандалая. Экипаж вернётся на родину после завершения разгрузки.",
 [], "Trap for military_assistance: humanitarian cargo flown by an air force plane; no military aid, no deployment."),
("ru-m8", "Труппа Большого театра отправится на гастроли в Китай",
 "Балетная труппа Большого театра в декабре даст серию спектаклей в Пекине и Шанхае. На гастроли отправятся более 150 артистов, в программе — «Лебединое озеро» и «Спартак». Накануне театр подписал соглашение о сотрудничестве с Национальным центром исполнительских искусств КНР, предусматривающее обмен постановками. Декорации уже отправлены морем.",
 [], "Trap for troops (ballet troupe) and treaty (agreement between two cultural institutions, not states)."),
],
"uk": [
("uk-m1", "Україна та Молдова підписали угоду щодо Дністра",
 "Уряди України та Молдови у Кишиневі підписали міжурядову угоду про спільне управління водними ресурсами басейну Дністра. Документ передбачає обмін даними про рівень води, спільний моніторинг якості та узгоджений режим роботи Дністровського гідровузла. Угода набуде чинності після ратифікації парламентами обох держав. Міністр довкілля назвав її «результатом трьох років непростих переговорів».",
 [T], "Intergovernmental river agreement signed between two states."),
("uk-m2", "Литва передала ЗСУ черговий пакет мінометів і боєприпасів",
 "Міністерство національної оборони Литви повідомило про передачу Україні нового пакета військової допомоги. До нього увійшли 120-мм міномети, десятки тисяч набоїв, тепловізори та генератори. Вартість пакета в Вільнюсі не розголошують. «Ми підтримуватимемо Україну стільки, скільки буде потрібно», — заявив міністр оборони Литви. Від початку повномасштабного вторгнення Литва передала Києву допомогу на понад 700 млн євро.",
 [M], "Lithuanian state delivers mortars and ammunition to Ukraine = military assistance."),
("uk-m3", "Польща перекидає додаткові підрозділи до білоруського кордону",
 "Міністерство національної оборони Польщі ухвалило рішення перекинути до кордону з Білоруссю ще близько двох тисяч військовослужбовців, зокрема з 18-ї механізованої дивізії. Вони посилять угруповання, яке вже чергує у Підляському воєводстві. За словами віцепрем'єра, військові патрулюватимуть прикордонну смугу спільно з прикордонниками до кінця зими.",
 [R], "A state sends its army units to its own border = troops."),
("uk-m4", "Київ і Копенгаген уклали безпекову угоду на десять років",
 "Україна та Данія підписали двосторонню угоду про співробітництво у сфері безпеки строком на десять років. Документ закріплює зобов'язання Копенгагена продовжувати постачання артилерійських снарядів, систем протиповітряної оборони та фінансувати виробництво зброї в Україні. Окремий розділ стосується підготовки українських пілотів. Прем'єр-міністерка Данії назвала угоду «сигналом, що ми не відступимо».",
 [T, M], "Bilateral security agreement signed between states; commits artillery and air-defence supplies = military assistance."),
("uk-m5", "Канадські інструктори вирушили до Латвії навчати місцевих військових",
 "Група з 80 канадських військових інструкторів прибула до Адажі, де протягом пів року навчатиме латвійських солдатів роботі з протитанковими комплексами та тактичній медицині. Оттава також передає Латвії навчальне обладнання і тренажери. Командувач місії заявив, що канадські військові залишаться в країні щонайменше до наступного літа.",
 [R, M], "Trainers sent abroad = troops and military assistance; training equipment given to Latvia."),
("uk-m6", "Трупа Національної опери вирушає у гастрольний тур Європою",
 "Балетна трупа Національної опери України вирушає у тримісячний гастрольний тур Нідерландами, Бельгією та Люксембургом. Артисти покажуть «Лускунчика» та «Жізель» у понад сорока містах. Директор театру розповів, що контракт із європейським продюсерським агентством продовжено ще на три роки. Частину коштів від вистав спрямують на підтримку поранених захисників.",
 [], "Trap: ballet 'трупа' (troupe) and a contract with a producing agency; no troops or treaty."),
("uk-m7", "Літак Повітряних сил Польщі доставив гуманітарний вантаж до Туреччини",
 "Транспортний літак C-130 Повітряних сил Польщі доставив до Адани понад 15 тонн гуманітарної допомоги для постраждалих від землетрусу. У вантажі — намети, спальні мішки, ліки та обігрівачі. Допомогу зібрали польські благодійні фонди та місцеві громади. Після розвантаження екіпаж повернувся на базу в Повідзі.",
 [], "Trap for military_assistance: humanitarian relief flown by an air force transport; not military aid."),
("uk-m8", "Український оборонний концерн уклав контракт із турецькою компанією",
 "Державний концерн «Укроборонпром» підписав контракт із турецькою приватною компанією на спільне виробництво корпусів для безпілотників. Виробництво розмістять на підприємстві в Анкарі, перші партії очікують навесні. Сторони також уклали меморандум про обмін технологіями. Вартість угоди не розголошується.",
 [], "Trap: commercial contract and memorandum between companies; not a state treaty and not military assistance."),
],
"ar": [
("ar-m1", "موريتانيا والسنغال توقعان اتفاقية جديدة للصيد البحري",
 "وقعت حكومتا موريتانيا والسنغال في نواكشوط اتفاقية جديدة للصيد البحري تسمح لعدد محدد من الزوارق السنغالية التقليدية بالصيد في المياه الموريتانية مقابل التزامها بإنزال جزء من حصتها في الموانئ المحلية. وتمتد الاتفاقية خمس سنوات قابلة للتجديد، وتنص على إنشاء لجنة مشتركة لمراقبة التطبيق. وقال وزير الصيد الموريتاني إن النص الجديد «يراعي حماية المخزون السمكي ومصالح الصيادين في البلدين».",
 [T], "Fisheries agreement between two governments = treaty."),
("ar-m2", "الجزائر تعزز انتشار وحداتها العسكرية على الحدود مع مالي",
 "أفادت وزارة الدفاع الوطني الجزائرية بأن قيادة الناحية العسكرية السادسة عززت انتشار وحداتها على طول الشريط الحدودي مع مالي، عقب تصاعد المواجهات قرب تينزاواتين. وشمل التعزيز كتائب مشاة ميكانيكية ووحدات استطلاع جوي، وفق البيان. وأكد مصدر عسكري أن الجنود سيبقون في مواقعهم «إلى حين عودة الهدوء» إلى المنطقة.",
 [R], "State reinforces army units on its own border = troops."),
("ar-m3", "قطر تسلم الجيش اللبناني دفعة جديدة من الآليات العسكرية",
 "تسلم الجيش اللبناني في مرفأ بيروت دفعة جديدة من الآليات العسكرية المقدمة هبة من دولة قطر، تضم ناقلات جند مدرعة وشاحنات لوجستية وقطع غيار. وجرت مراسم التسليم بحضور سفير قطر وممثل عن قائد الجيش، الذي شكر الدوحة على «دعمها المتواصل للمؤسسة العسكرية». وتأتي الهبة ضمن برنامج دعم قطري يشمل أيضاً الوقود والمساعدة في رواتب العسكريين.",
 [M], "State donates armoured vehicles to another state's army = military assistance."),
("ar-m4", "تشاد ترسل كتيبة إلى النيجر بموجب اتفاق دفاعي جديد",
 "صادق البرلمان التشادي على اتفاق التعاون الدفاعي الموقع مع النيجر في نيامي الشهر الماضي، والذي يتيح تنفيذ عمليات مشتركة في منطقة الحدود الثلاثية. وبعد ساعات من المصادقة، أعلنت هيئة الأركان إرسال كتيبة من نحو 700 جندي إلى منطقة تيلابيري لمساندة القوات النيجرية في مواجهة الجماعات المسلحة.",
 [T, R], "Bilateral defence agreement ratified; Chadian battalion sent abroad."),
("ar-m5", "مدربون عسكريون أتراك يبدؤون برنامج تدريب في ليبيا",
 "وصل فريق من المدربين العسكريين الأتراك إلى قاعدة في غرب ليبيا لبدء دورة تدريبية جديدة لعناصر من القوات البحرية الليبية تمتد ثلاثة أشهر. وقالت وزارة الدفاع التركية إن البرنامج يشمل التدريب على الزوارق السريعة وعمليات التفتيش البحري، إلى جانب تسليم معدات اتصالات ومناظير ليلية. وأشارت الوزارة إلى أن أكثر من ألفي عسكري ليبي تلقوا تدريبات مماثلة خلال السنوات الأخيرة.",
 [R, M], "Turkish military trainers sent abroad (troops) training Libyan navy and delivering equipment (military assistance)."),
("ar-m6", "أرامكو توقع اتفاقية شراكة مع شركة صينية لتطوير مصفاة",
 "وقعت شركة أرامكو السعودية اتفاقية شراكة مع مجموعة صينية للبتروكيماويات لتطوير مجمع تكرير في مقاطعة فوجيان بطاقة 300 ألف برميل يومياً. وتنص الاتفاقية على حصول أرامكو على حصة تبلغ 25 في المئة، إلى جانب عقد طويل الأجل لتوريد النفط الخام. وقال مسؤول في الشركة إن الصفقة تعزز حضورها في السوق الآسيوية.",
 [], "Trap for treaty: agreement between companies, not states."),
("ar-m7", "فرقة كركلا المسرحية تبدأ جولة عالمية من القاهرة",
 "تنطلق فرقة كركلا للمسرح الراقص من دار الأوبرا المصرية في جولة فنية تشمل عشر عواصم عربية وأوروبية، تقدم خلالها عرضها الجديد المستوحى من حكايات ألف ليلة وليلة. ويشارك في العرض أكثر من ستين راقصاً وموسيقياً. وقال مدير الفرقة إن الجولة «رسالة محبة من لبنان إلى العالم»، مشيراً إلى توقيع عقد مع منتج فرنسي لتنظيم المحطة الباريسية.",
 [], "Trap for troops: 'فرقة' here is a dance/theatre troupe, not a military division; a producer contract is not a treaty."),
("ar-m8", "طائرات سلاح الجو السعودي تنقل مساعدات إغاثية إلى بورتسودان",
 "هبطت في مطار بورتسودان ثلاث طائرات تابعة للقوات الجوية الملكية السعودية محملة بمساعدات إغاثية مقدمة من مركز الملك سلمان للإغاثة والأعمال الإنسانية، تشمل سلالاً غذائية وأدوية وخياماً. وتأتي الشحنة ضمن جسر جوي لدعم المتضررين من النزاع والفيضانات في السودان. وعادت الطائرات إلى قاعدتها فور إفراغ حمولتها.",
 [], "Trap for military_assistance: humanitarian relief flown by air-force planes."),
],
"tr": [
("tr-m1", "Türkiye ile Irak arasında Dicle suyu için mutabakat imzalandı",
 "Türkiye ve Irak, Dicle Nehri'nin suyunun kullanımına ilişkin bir hükümetlerarası mutabakat zaptını Bağdat'ta imzaladı. Anlaşmaya göre iki ülke, kuraklık dönemlerinde bırakılacak su miktarını ortak bir teknik komite aracılığıyla belirleyecek ve sulama altyapısının modernizasyonunda işbirliği yapacak. Dışişleri Bakanlığı kaynakları, metnin TBMM'nin onayına sunulacağını belirtti.",
 [T], "Intergovernmental memorandum on shared river water signed between two states = treaty."),
("tr-m2", "Fransa, Çad'daki askerlerini geri çekmeye başladı",
 "Fransa, Çad'da konuşlu askeri varlığını sonlandırma sürecinde ilk adımı attı. Fransız Genelkurmay Başkanlığı'ndan yapılan açıklamaya göre, Abeşe'deki üste bulunan yaklaşık 200 asker ve zırhlı araçlar bu hafta Fransa'ya dönüyor. N'Djamena yönetiminin kararı sonrası tüm Fransız personelinin ilkbahara kadar ülkeyi terk etmesi bekleniyor.",
 [R], "French soldiers withdrawn from abroad = troops."),
("tr-m3", "Türkiye'den Arnavutluk Silahlı Kuvvetlerine zırhlı araç hibesi",
 "Millî Savunma Bakanlığı, Arnavutluk Silahlı Kuvvetlerine hibe edilen 20 adet taktik tekerlekli zırhlı aracın Tiran'da düzenlenen törenle teslim edildiğini duyurdu. Hibe kapsamında araçların bakım ve onarımı için yedek parça ile Arnavut personele yönelik kullanıcı eğitimi de sağlanacak. Arnavutluk Savunma Bakanı, desteğin ülkesinin NATO'ya katkısını güçlendireceğini söyledi.",
 [M], "Turkey donates armoured vehicles and training to Albania's army = military assistance."),
("tr-m4", "Somali ile savunma çerçeve anlaşması Meclis'ten geçti",
 "Türkiye ile Somali arasında imzalanan savunma ve ekonomik işbirliği çerçeve anlaşmasının onaylanmasının uygun bulunduğuna dair kanun teklifi TBMM Genel Kurulu'nda kabul edildi. Anlaşma kapsamında Türkiye, Somali Deniz Kuvvetlerinin yeniden yapılandırılmasına destek verecek; personelin eğitimi ve bot, seyir ekipmanı gibi malzemelerin teslimi de öngörülüyor.",
 [T, M], "Bilateral defence agreement ratified; Turkey to train and equip Somalia's navy = military assistance."),
("tr-m5", "Romanya NATO'nun 4. maddesini işletti, müttefik asker takviyesi geliyor",
 "Romanya, topraklarına düşen insansız hava aracı parçalarının ardından Kuzey Atlantik Antlaşması'nın 4. maddesi uyarınca istişare talep etti. Brüksel'deki olağanüstü toplantının ardından Fransa ve Belçika, Köstence yakınlarındaki çokuluslu muharebe grubuna toplam 600 asker daha göndereceklerini açıkladı. Askerlerin önümüzdeki on gün içinde bölgeye ulaşması bekleniyor.",
 [T, R], "Article 4 of the North Atlantic Treaty invoked; French and Belgian soldiers sent to Romania."),
("tr-m6", "Sarı-lacivertli ordu Avrupa deplasmanına çıkıyor",
 "Fenerbahçe, UEFA Avrupa Ligi'ndeki kritik maç için Lizbon'a gitti. Yaklaşık üç bin taraftardan oluşan sarı-lacivertli ordu da takımı yalnız bırakmayacak. Kulüp, ayrılık söylentileri çıkan Brezilyalı orta sahayla sözleşmesini 2027'ye kadar uzattığını da duyurdu. Teknik direktör, 'Savaşmaya geldik' dedi.",
 [], "Trap: figurative 'ordu' (fan army), 'savaşmaya', and a player contract; no troops or treaty."),
("tr-m7", "Hava Kuvvetlerine ait A400M Libya'ya insani yardım taşıdı",
 "Hava Kuvvetleri Komutanlığına ait A400M tipi nakliye uçağı, selden etkilenen Derne için hazırlanan insani yardım malzemelerini Bingazi'ye ulaştırdı. AFAD koordinasyonunda gönderilen yardımlar arasında çadır, battaniye, hijyen kiti ve gıda kolileri bulunuyor. Yardım malzemeleri Kızılay ekipleri tarafından dağıtılacak.",
 [], "Trap for military_assistance: humanitarian relief carried by an air force plane."),
("tr-m8", "Endonezya Savunma Bakanlığı Türk firmasıyla fırkateyn sözleşmesi imzaladı",
 "Endonezya Savunma Bakanlığı, bir Türk tersane şirketiyle iki adet hafif fırkateyn alımı için sözleşme imzaladı. Gemilerin ilki Türkiye'de, ikincisi teknoloji transferiyle Surabaya'da inşa edilecek. Şirket yöneticileri, sözleşmenin bugüne kadarki en büyük ihracat başarıları olduğunu söyledi. Sözleşmenin bedeli açıklanmadı.",
 [], "Trap: a state's own purchase from a firm (commercial contract) is neither a treaty nor military assistance."),
],
"zh": [
("zh-m1", "哈乌两国签署跨境河流水资源分配协定",
 "哈萨克斯坦与乌兹别克斯坦政府代表日前在塔什干签署锡尔河水资源分配与利用协定。根据协定，两国将建立联合委员会，在灌溉季节按商定比例分配下泄水量，并共享水文监测数据。哈方外交部表示，协定须经两国议会批准后生效，有助于缓解下游地区长期存在的用水矛盾。",
 [T], "Intergovernmental water-sharing agreement signed between two states = treaty."),
("zh-m2", "卢旺达向莫桑比克北部增派军队",
 "卢旺达国防部周二宣布，将向莫桑比克德尔加杜角省增派约1000名官兵，以协助当地政府打击武装分子。新增部队将部署在莫辛博阿达普拉亚周边，使卢旺达在该省的驻军总数超过4000人。莫桑比克总统对此表示欢迎，称卢旺达军队为恢复地区稳定作出了重要贡献。",
 [R], "Rwandan soldiers deployed abroad = troops."),
("zh-m3", "日本向菲律宾海军提供海岸监视雷达",
 "日本政府通过“政府安全保障能力强化支援”机制，向菲律宾海军无偿提供一批海岸监视雷达系统及配套设备。两国官员日前在马尼拉交换了相关换文。日方表示，相关设备将用于加强菲方在南海的警戒监视能力，首批雷达预计明年交付。这是日本首次向菲律宾海军提供此类装备，此前日方已向菲海岸警卫队提供多艘巡逻船。",
 [T, M], "Radar systems given free by Japan to Philippine navy = military assistance; exchange of notes between governments counts as treaty."),
("zh-m4", "澳巴新签署防务条约 澳军获准驻扎",
 "澳大利亚与巴布亚新几内亚总理在莫尔兹比港签署双边防务条约，承诺在一方遭受攻击时相互协商应对。根据条约，澳大利亚国防军人员将可在巴新境内的基地长期驻扎，并与巴新国防军开展联合训练。条约尚需两国议会批准。澳方表示，首批驻扎人员预计明年抵达，主要承担培训和后勤保障任务。",
 [T, R], "Bilateral defence treaty signed; announced stationing of Australian forces abroad = troops."),
("zh-m5", "法国向贝宁派遣军事教官并提供装甲车",
 "法国国防部宣布，将向贝宁派遣约50名军事教官，为贝宁军队提供反恐作战和战场救护培训，为期一年。此外，法方还将向贝宁无偿移交20辆轻型装甲车和一批夜视设备，以帮助其加强北部边境地区的安全防范。首批教官已于本周抵达科托努，培训将在北部城市帕拉库的军营进行。",
 [R, M], "Military trainers sent abroad = troops and military assistance; armoured vehicles handed over = military assistance."),
("zh-m6", "中国军团出征世乒赛 剑指全部金牌",
 "第58届世界乒乓球锦标赛将于下周在多哈开赛，由25名主力组成的中国军团周一启程出征。国乒主教练表示，队伍已做好“打硬仗”的准备，目标是包揽五个单项冠军。此外，中国乒协日前与一家运动品牌续签了赞助合同。球迷们纷纷在社交媒体上为“国乒将士”加油打气。",
 [], "Trap for troops: figurative '中国军团/出征' for a sports team; sponsorship contract is not a treaty."),
("zh-m7", "中远海运与希腊港口公司签署合作协议",
 "中远海运港口有限公司与希腊一家港口运营商近日在雅典签署战略合作协议，双方将合资扩建塞萨洛尼基港集装箱码头。根据协议，中方将持股40%，项目总投资约3亿欧元，预计三年内完工。该公司表示，扩建完成后码头年吞吐能力将提高一倍，并将新增约800个就业岗位。",
 [], "Trap for treaty: cooperation agreement between companies, not states."),
("zh-m8", "空军运输机向汤加运送救灾物资",
 "应汤加政府请求，中国空军一架运-20运输机日前满载饮用水、食品、帐篷和发电机等救灾物资，抵达汤加首都努库阿洛法。这批人道主义物资将用于帮助当地民众应对火山喷发和海啸带来的灾害。物资由汤加红十字会负责分发，运输机在卸货后当天返回国内。中方表示，将根据灾区需要继续提供帮助。",
 [], "Trap for military_assistance: humanitarian relief flown by an air force transport plane."),
],
"ja": [
("ja-m1", "日・NZ、物品役務相互提供協定に署名",
 "日本とニュージーランド両政府は、自衛隊とニュージーランド軍の間で燃料や食料、輸送などを融通し合う物品役務相互提供協定（ACSA）に署名した。ウェリントンで両国の外相が署名文書を交わした。協定は日本の国会承認を経て発効する。政府は共同訓練や災害救援での連携が円滑になると期待している。",
 [T], "Logistics-sharing agreement between two states signed = treaty."),
("ja-m2", "与那国島にミサイル部隊配備へ　防衛省が方針",
 "防衛省は、沖縄県の与那国島に陸上自衛隊の地対空誘導弾部隊を新たに配備する方針を固めた。2028年度までに約100人規模の隊員を置く計画で、既存の沿岸監視隊に加わる。南西地域の防衛体制強化の一環で、同省は近く地元町長に説明する。島では住民の間で賛否が分かれており、町議会は説明会の開催を求めている。",
 [R], "Government announces planned stationing of military units (SDF) on its own territory = troops."),
("ja-m3", "OSAでマレーシア軍に警戒監視レーダー供与",
 "政府は、同志国の軍に防衛装備品を無償で提供する「政府安全保障能力強化支援（OSA）」の枠組みで、マレーシア軍に沿岸警戒監視レーダーを供与することを決めた。総額は約4億円で、クアラルンプールで交換公文の署名が行われた。南シナ海での監視能力の向上を後押しする。",
 [T, M], "Free provision of radar to Malaysian armed forces = military assistance; signed exchange of notes between governments = treaty."),
("ja-m4", "豪軍部隊、フィリピンに到着　訪問部隊地位協定に基づき",
 "オーストラリア軍の部隊約500人が、フィリピン北部のルソン島に到着した。両国の訪問部隊地位協定に基づく派遣で、今後1カ月にわたりフィリピン軍と上陸作戦訓練を行う。豪国防相は「地域の安定への関与を示すものだ」と述べた。演習には装甲車両や輸送ヘリコプターも参加し、米軍も一部に加わる。",
 [T, R], "Australian troops deployed abroad under the two states' visiting forces agreement (SOFA invoked)."),
("ja-m5", "陸自教官団、パプアニューギニアへ　工兵部隊を指導",
 "防衛省は、陸上自衛隊の教官団約20人をパプアニューギニアに派遣すると発表した。現地の国防軍工兵部隊に対し、重機の操作や道路補修の技術を約3カ月にわたり指導する。能力構築支援の一環で、訓練用の資機材も同国軍に引き渡す。同国への教官派遣は3回目で、これまでに約80人の隊員が技術を習得した。",
 [R, M], "SDF trainers sent abroad = troops and military assistance; training equipment handed to PNG forces."),
("ja-m6", "映画撮影部隊がモンゴル入り　大型時代劇ロケ",
 "来夏公開予定の大型時代劇の撮影部隊が、モンゴルの草原に到着した。俳優やスタッフ約200人に加え、騎馬隊役のエキストラを現地で千人規模で募る。合戦シーンの撮影は約2カ月に及ぶ予定で、製作委員会は現地の映画会社と協力契約を結んだ。監督は「本物の大地で撮ることに意味がある」と意気込んでいる。",
 [], "Trap for troops: film crew '撮影部隊' and battle scenes; contract between film companies is not a treaty."),
("ja-m7", "インドネシア国防省、国内企業と哨戒艦建造で契約",
 "国内の造船大手は、インドネシア国防省から哨戒艦2隻の建造を受注したと発表した。1隻目は国内で建造し、2隻目は技術移転により現地造船所で建造する。防衛装備品の完成品輸出としては最大規模となる。受注額は明らかにしていない。同社は東南アジアの他の国とも商談を進めているという。",
 [], "Trap for military_assistance/treaty: a state's own purchase from a firm under a commercial contract."),
("ja-m8", "トルコ地震　政府チャーター機で緊急援助物資",
 "トルコ南部の地震を受け、政府は国際協力機構（JICA）を通じて、テントや毛布、浄水器などの緊急援助物資をチャーター機で送った。物資はアダナの空港で現地政府に引き渡された。医療チームも派遣され、被災者の診療にあたる。外務省は追加の資金協力も検討しており、近く詳細を発表する。",
 [], "Trap for military_assistance: humanitarian relief and 'team dispatched' wording, no military element."),
],
"ko": [
("ko-m1", "한·우즈베키스탄 투자보장협정 개정안 국회 비준동의",
 "국회는 28일 본회의를 열어 한국과 우즈베키스탄 간 투자보장협정 개정안 비준동의안을 재석 의원 다수의 찬성으로 가결했다. 개정 협정은 투자자-국가 분쟁 해결 절차를 손질하고, 핵심 광물 분야 투자자 보호를 강화하는 내용을 담고 있다. 외교부는 양국이 외교 경로로 국내 절차 완료를 통보하면 한 달 뒤 협정이 발효된다고 밝혔다. 정부는 이번 개정으로 중앙아시아 진출 기업들의 법적 안정성이 높아질 것으로 기대하고 있다. 양국은 지난해 정상회담에서 개정 협상 타결을 선언한 바 있다.",
 [T], "Investment protection agreement between two states ratified = treaty."),
("ko-m2", "청해부대 45진 출항…아덴만서 6개월 임무",
 "해군 청해부대 45진이 14일 부산 작전기지에서 환송식을 갖고 아덴만으로 출항했다. 4400t급 구축함과 링스 해상작전헬기, 특수전 요원 등 약 300명으로 구성된 부대는 약 6개월간 소말리아 해역에서 선박 호송과 해적 퇴치 임무를 수행한다. 합동참모본부는 최근 홍해 정세가 불안정한 만큼 우리 선박 보호에 만전을 기하겠다고 밝혔다. 45진은 현지에서 44진으로부터 임무를 인수할 예정이다. 청해부대는 2009년 첫 파병 이후 2만 척이 넘는 선박의 안전 항해를 지원했다.",
 [R], "Naval unit (warship and personnel) deployed abroad = troops."),
("ko-m3", "정부, 필리핀 해군에 퇴역 초계함 무상 양도",
 "국방부는 퇴역한 포항급 초계함 1척을 필리핀 해군에 무상으로 양도하기로 하고, 18일 진해 군항에서 인수인계식을 열었다. 함정은 필리핀 해군 승조원들이 국내에서 약 두 달간 운용 교육을 받은 뒤 현지로 이동한다. 국방부 관계자는 \"필리핀의 해양 안보 역량 강화를 지원하고 양국 국방협력을 한층 심화하는 계기가 될 것\"이라고 말했다. 필리핀은 앞서 2019년에도 같은 급의 초계함을 넘겨받은 바 있다. 양도 비용 가운데 정비와 수리 비용은 필리핀 측이 부담한다.",
 [M], "Free transfer of a corvette to the Philippine navy plus training of its crew at home = military assistance."),
("ko-m4", "한미 방위비분담특별협정 서명…주한미군 순환배치 유지",
 "한국과 미국이 제12차 방위비분담특별협정(SMA)에 공식 서명했다. 협정에 따라 한국은 내년 주한미군 주둔비용으로 1조5천억원대를 부담하며, 이후 매년 물가상승률을 반영해 인상된다. 이와 함께 미 국방부는 미 본토의 기갑여단 전투단을 예정대로 한반도에 순환 배치해 주한미군 병력 규모를 유지하겠다고 밝혔다. 협정은 국회 비준동의를 거쳐 발효된다. 외교부는 “합리적 수준의 분담금 인상률을 확보했다”고 평가했고, 야당은 국회 심의 과정에서 세부 내용을 따져보겠다는 입장이다.",
 [T, R], "Special Measures Agreement signed between states; US brigade rotationally deployed to Korea = troops."),
("ko-m5", "아크부대 24진 UAE로 출국…현지 특수부대 교육훈련",
 "육군 특수전사령부 장병으로 구성된 아크부대 24진이 아랍에미리트(UAE)로 출국했다. 약 150명 규모의 24진은 8개월간 현지에 머물며 UAE군 특수부대를 대상으로 대테러, 고공강하, 저격 등의 교육훈련을 지원한다. 또 UAE군과 연합훈련을 실시하고 유사시 현지 우리 국민 보호 임무도 맡는다. 아크부대는 2011년 첫 파병 이후 양국 국방협력의 상징으로 자리 잡았다. 국방부는 이번 파병이 방산 수출 확대에도 긍정적 영향을 줄 것으로 내다봤다.",
 [R, M], "Korean special forces deployed abroad (troops) to train UAE forces = military assistance."),
("ko-m6", "현대로템, 폴란드 방산업체와 K2 전차 현지생산 계약",
 "현대로템이 폴란드 국영 방산업체와 K2 전차 현지 생산을 위한 기술이전 및 부품 공급 계약을 체결했다. 계약에 따라 양사는 폴란드 남부 공장에서 전차 일부를 조립하고, 현대로템은 핵심 부품을 공급한다. 회사 측은 \"유럽 시장 공략의 교두보를 마련했다\"고 밝혔다. 계약 규모는 약 2조원으로 알려졌다. 업계에서는 추가 수출 협상에도 탄력이 붙을 것으로 보고 있다. 현대로템 주가는 계약 소식이 전해진 직후 장중 한때 8% 넘게 올랐다. 회사는 연내 현지 합작법인 설립도 마무리할 계획이다.",
 [], "Trap: commercial arms contract between companies; neither a treaty nor state-to-state military assistance."),
("ko-m7", "태극전사 26명 출정…'원정 첫 승 반드시'",
 "월드컵 아시아 최종예선 원정 2연전에 나서는 축구대표팀 태극전사 26명이 10일 인천국제공항을 통해 출국했다. 대표팀 감독은 출국 전 취재진과 만나 \"선수들이 전쟁에 나가는 마음으로 준비했다\"며 \"원정에서 반드시 승점 3점을 가져오겠다\"고 말했다. 대표팀은 현지 적응 훈련을 거쳐 15일 첫 경기를 치른다. 대한축구협회는 이날 스포츠용품 업체와의 후원 계약 연장도 발표했다. 공항에는 이른 아침부터 팬 수백 명이 몰려 선수들을 배웅했다. 대표팀은 지난 원정 경기에서 무승부에 그친 바 있다.",
 [], "Trap for troops: figurative 'warriors'/'war' for a football team; sponsorship contract is not a treaty."),
("ko-m8", "해경 대형 경비함, 실종 어선 수색 위해 동중국해 급파",
 "해양경찰청은 제주 남쪽 동중국해에서 연락이 끊긴 어선을 찾기 위해 3천t급 대형 경비함 2척과 항공기를 급파했다고 밝혔다. 어선에는 한국인 선원 6명과 외국인 선원 4명이 타고 있었다. 해경은 일본과 중국 해상 당국에도 협조를 요청했으며, 기상이 나빠 수색에 어려움을 겪고 있다고 설명했다. 해경은 인근 해역을 지나는 상선들에도 수색 협조를 당부했다. 사고 해역에는 초속 15m 안팎의 강풍과 4m 높이의 파도가 일고 있다. 해경은 날이 밝는 대로 수색 범위를 넓힐 방침이다.",
 [], "Trap for troops: coast guard ships dispatched (police-type force), not military troops."),
],
}

RULES = {T, R, M}
LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]


def build():
    records = []
    for lang in LANGS:
        for (rid, title, body, rules, note) in DATA[lang]:
            records.append({
                "id": rid, "language": lang, "title": title, "body": body,
                "rules": list(rules),
                "kind": "positive" if rules else "near-miss",
                "note": note,
            })
    return records


def check(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(records) == 56
    keys = {"id", "language", "title", "body", "rules", "kind", "note"}
    for lang in LANGS:
        recs = [r for r in records if r["language"] == lang]
        assert len(recs) == 8, lang
        assert sorted(r["id"] for r in recs) == sorted(f"{lang}-m{i}" for i in range(1, 9)), lang
        pos = [r for r in recs if r["kind"] == "positive"]
        assert len(pos) == 5, (lang, len(pos))
        assert sum(r["kind"] == "near-miss" for r in recs) == 3, lang
        for rule in RULES:
            assert any(rule in r["rules"] for r in pos), (lang, rule)
    for r in records:
        assert set(r) == keys, r["id"]
        assert r["id"].startswith(r["language"] + "-m"), r["id"]
        assert isinstance(r["rules"], list)
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert set(r["rules"]) <= RULES, r["id"]
        assert r["kind"] in ("positive", "near-miss")
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        assert r["title"].strip() and '"' not in r["title"], r["id"]
        assert r["note"].strip(), r["id"]
        n = len(r["body"])
        lo, hi = (120, 400) if r["language"] in ("zh", "ja") else (250, 800)
        assert lo <= n <= hi, (r["id"], n)


def main():
    records = build()
    check(records)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check the written file
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    check(back)
    counts = {k: sum(k in r["rules"] for r in back) for k in sorted(RULES)}
    print(f"wrote {len(back)} records to {OUT}; per-rule positives: {counts}")


if __name__ == "__main__":
    main()
