#!/usr/bin/env python3
"""Build hand-labelled east-language alert evaluation set (round 12)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "east.jsonl")

T, TR, MA = "treaty", "troops", "military_assistance"

# (id, title, body, rules, note)
DATA = {
"ru": [
("ru-s1", "Мажилис ратифицировал соглашение с Киргизией о водах Чу и Таласа",
 "Мажилис парламента Казахстана в среду ратифицировал межправительственное соглашение с Киргизией о совместном использовании водохозяйственных сооружений на реках Чу и Талас. Документ, подписанный главами правительств в Бишкеке прошлой осенью, закрепляет порядок распределения стока в вегетационный период и долевое финансирование ремонта плотин. По словам вице-министра водных ресурсов, соглашение вступит в силу после обмена ратификационными грамотами, который ожидается до конца месяца. Фермеры Жамбылской области надеются, что новые правила избавят их от летнего дефицита полива.",
 [T], "Ratification of an intergovernmental water-sharing agreement between two states is a treaty."),
("ru-s2", "Душанбе усилил группировку на афганском участке границы",
 "Министерство обороны Таджикистана перебросило в Хатлонскую область два мотострелковых батальона и артиллерийский дивизион. Как сообщили в ведомстве, подразделения займут позиции вдоль Пянджа после серии перестрелок на сопредельной территории. Военнослужащие будут нести службу совместно с пограничниками, а их ротация запланирована на весну. В Душанбе подчеркнули, что речь идёт о временной мере и переброска не связана с учениями ОДКБ, намеченными на осень.",
 [TR], "A state's army units moved to its own border count as troops; naming the CSTO alone is not a treaty."),
("ru-s3", "Вильнюс направит в Кишинёв военных инструкторов",
 "Литва направит в Молдову группу военных инструкторов, которые в течение полугода будут готовить расчёты национальной армии к работе с переносными радиолокационными станциями. Об этом в пятницу объявило министерство охраны края Литвы. Помимо обучения, Вильнюс безвозмездно передаст молдавским военным партию бронежилетов, касок и тактических раций. В Кишинёве поблагодарили партнёров и напомнили, что программа финансируется из литовского бюджета, а не в рамках коммерческих закупок.",
 [TR, MA], "Military trainers sent abroad are troops and military assistance; donated body armour and radios are military assistance."),
("ru-s4", "Монголия и Япония подписали соглашение о передаче оборонного оборудования",
 "Министры обороны Монголии и Японии подписали в Улан-Баторе соглашение о передаче оборонного оборудования и технологий. Документ создаёт правовую основу для поставок, и первым шагом, по данным монгольской стороны, станет безвозмездная передача вооружённым силам страны комплекта мобильных станций связи и инженерной техники для миротворческого учебного центра «Пять холмов». Токио также обязался обучить монгольских связистов. Соглашение ещё предстоит ратифицировать Великому государственному хуралу.",
 [T, MA], "Interstate defence-equipment agreement signed (treaty) and free transfer of military equipment plus training (military assistance)."),
("ru-s5", "Банжул сослался на оборонный пакт с Дакаром",
 "Правительство Гамбии официально обратилось к Сенегалу с просьбой о помощи, сославшись на договор о взаимной обороне, заключённый двумя странами в прошлом году. Уже в субботу сенегальская рота десантников прибыла в Банжул для охраны аэропорта и правительственных зданий. Кроме того, Дакар передал гамбийской армии два бронетранспортёра и партию боеприпасов к стрелковому оружию. Наблюдатели ЭКОВАС назвали ситуацию в столице напряжённой, но контролируемой.",
 [T, TR, MA], "Mutual-defence pact invoked (treaty), Senegalese paratroopers deployed to Gambia (troops), APCs and ammunition handed over (military assistance)."),
("ru-s6", "Труппа Пермского балета отправляется на гастроли в Оман",
 "Балетная труппа Пермского театра оперы и балета в конце месяца впервые выступит в Королевском оперном театре Маската. Как рассказали в театре, в Оман отправятся более шестидесяти артистов, а также оркестр и постановочная часть — всего около ста человек. Зрителям покажут «Лебединое озеро» и одноактные балеты современных хореографов. Декорации уже отправлены морем через Суэцкий канал. Гастроли организованы при поддержке министерства культуры.",
 [], "Near-miss for troops: a ballet troupe (труппа) travelling abroad, not soldiers."),
("ru-s7", "Уральский завод и турецкий холдинг заключили соглашение о поставках труб",
 "Уральский трубный завод подписал с турецким холдингом соглашение о поставках бесшовных труб для строительства газопровода в Анатолии. Контракт рассчитан на три года, объём первой партии составит около 40 тысяч тонн. Стороны также договорились о совместной сертификации продукции. Подписание прошло в Стамбуле в присутствии торговых представителей двух стран. Сумма сделки не раскрывается.",
 [], "Near-miss for treaty: a supply agreement between companies, even with trade envoys present, is not an interstate treaty."),
("ru-s8", "В Бишкеке прошёл парад в честь Дня Победы",
 "На площади Ала-Тоо в Бишкеке в четверг состоялся военный парад, посвящённый годовщине Победы. Торжественным маршем по площади прошли около двух тысяч военнослужащих Вооружённых сил Киргизии, курсанты военного института и пограничники. Впервые в колонне была показана новая техника, закупленная министерством обороны за счёт республиканского бюджета. После парада ветеранам вручили памятные подарки, а вечером в столице прошёл праздничный салют.",
 [], "Near-miss: soldiers marching in a parade at home are not troops; the state's own equipment purchase is not military assistance."),
],
"uk": [
("uk-s1", "Україна та Молдова домовилися про спільний контроль на кордоні",
 "Кабінет міністрів України та уряд Молдови підписали міжурядову угоду про спільний контроль у пунктах пропуску на придністровській ділянці кордону. Документ передбачає, що українські та молдовські митники і прикордонники працюватимуть в одному приміщенні, а пасажири проходитимуть перевірку лише один раз. Угода набуде чинності після виконання внутрішньодержавних процедур, зокрема ратифікації Верховною Радою. У Держмитниці очікують, що час очікування на кордоні скоротиться вдвічі.",
 [T], "Intergovernmental border-control agreement signed between two states: treaty. Border guards are not troops."),
("uk-s2", "Данія передала Україні нову партію самохідних гаубиць",
 "Міністерство оборони Данії повідомило про передачу Збройним силам України чергової партії самохідних гаубиць і боєприпасів до них. Постачання профінансовано з данського фонду підтримки, а частину систем виготовили на замовлення Копенгагена безпосередньо для українського війська. За словами міністра оборони, це вже двадцять другий пакет допомоги від початку повномасштабного вторгнення. Деталі щодо кількості гаубиць не розголошуються з міркувань безпеки.",
 [MA], "State-to-state delivery of howitzers and ammunition paid by Denmark is military assistance."),
("uk-s3", "Польща перекинула додаткові підрозділи до кордону з Білоруссю",
 "Міністерство національної оборони Польщі ухвалило рішення перекинути до Підляського воєводства ще близько трьох тисяч військовослужбовців. Вони посилять угруповання, яке вже несе службу вздовж білоруського кордону в межах операції «Безпечне Підляшшя». Серед направлених частин — механізовані роти та інженерні підрозділи, які займатимуться зведенням загороджень. Варшава пояснює рішення зростанням активності поблизу кордону.",
 [TR], "Polish army units sent to the country's own border: troops."),
("uk-s4", "Сейм Литви ратифікував угоду про розміщення німецької бригади",
 "Сейм Литви ратифікував міжурядову угоду з Німеччиною про постійне розміщення на території країни бригади Бундесверу. Документ визначає правовий статус німецьких військових, порядок користування полігонами та розподіл витрат на інфраструктуру. Перші підрозділи вже прибули до Вільнюса, а повністю бригада має бути сформована за кілька років. Очікується, що в Литві постійно перебуватимуть близько п'яти тисяч німецьких солдатів.",
 [T, TR], "Ratified status/stationing agreement (treaty) and German soldiers stationed in Lithuania (troops)."),
("uk-s5", "Естонія прийме на навчання українських військових",
 "Сили оборони Естонії цього року приймуть на навчання близько ста українських військовослужбовців. Курс триватиме вісім тижнів на полігоні в Тапа і включатиме підготовку снайперів, медиків та операторів безпілотників. Як зазначили в естонському міністерстві оборони, усі витрати на проживання, спорядження та навчання бере на себе Таллінн. Після завершення курсу військові повернуться до своїх частин.",
 [MA], "Foreign trainees received and trained at home: military assistance only (no troops sent abroad)."),
("uk-s6", "Трупа Львівської опери вирушає у турне Іспанією",
 "Трупа Львівського національного театру опери та балету вирушає у тритижневе турне Іспанією. Артисти покажуть «Наталку Полтавку» та «Лускунчика» у дванадцяти містах, зокрема в Мадриді, Валенсії та Більбао. До складу гастрольної групи увійшли понад вісімдесят співаків, танцівників і музикантів. Частину виручки від вистав театр планує передати на реабілітацію поранених військових.",
 [], "Near-miss for troops: an opera troupe (трупа) on tour; wounded soldiers mentioned only as charity recipients."),
("uk-s7", "Укренерго уклало договір з норвезьким виробником трансформаторів",
 "НЕК «Укренерго» уклала договір з норвезькою компанією на постачання восьми автотрансформаторів для відновлення пошкоджених підстанцій. Вартість контракту становить близько 40 мільйонів євро, фінансування забезпечує кредит комерційного банку. Перші трансформатори мають прибути до кінця року. У компанії зазначили, що угоду підписано за результатами відкритого тендеру.",
 [], "Near-miss for treaty: a supply contract (договір/угода) between companies, not states."),
("uk-s8", "Прикордонники посилили охорону кордону на Волині",
 "Державна прикордонна служба України посилила охорону ділянки кордону з Білоруссю у Волинській області. На ділянку додатково направлено мобільні прикордонні загони, кінологів і групи з безпілотниками, повідомив речник відомства. Також укріплюються інженерні загородження. За даними прикордонників, з початку місяця на ділянці затримали понад двадцять порушників, які намагалися незаконно перетнути кордон.",
 [], "Near-miss for troops: border guards reinforced at the border are not troops."),
],
"ar": [
("ar-s1", "الأردن والسعودية يوقعان اتفاقية لترسيم الحدود البحرية في خليج العقبة",
 "وقّعت المملكة الأردنية الهاشمية والمملكة العربية السعودية، اليوم الأحد في عمّان، اتفاقية لترسيم الحدود البحرية بين البلدين في خليج العقبة، وذلك بعد جولات من المفاوضات الفنية استمرت أكثر من عامين. وأوضح وزير الخارجية الأردني في مؤتمر صحفي أن الاتفاقية تحدد المياه الإقليمية لكل طرف وتنظم أعمال الصيد والملاحة، على أن تُعرض على مجلس النواب للمصادقة عليها. ورحّب الجانبان بما وصفاه بخطوة تعزز التعاون الاقتصادي في المنطقة.",
 [T], "Maritime border agreement signed between two states: treaty."),
("ar-s2", "موريتانيا تدفع بتعزيزات عسكرية إلى حدودها الشرقية مع مالي",
 "دفع الجيش الموريتاني بتعزيزات عسكرية جديدة إلى ولاية الحوض الشرقي المحاذية لمالي، تضم وحدات مشاة محمولة وعربات مدرعة، وفق ما أفادت به مصادر أمنية. ويأتي هذا الانتشار بعد توغل عناصر مسلحة مجهولة داخل قرى حدودية الأسبوع الماضي. وقال بيان لقيادة الأركان إن الوحدات ستتمركز في نقاط ثابتة على طول الشريط الحدودي لتأمين السكان والمنمين، فيما تواصل طائرات الاستطلاع تمشيط المنطقة.",
 [TR], "A state's army reinforcements deployed to its own border: troops."),
("ar-s3", "تركيا تسلّم الجيش الصومالي دفعة من العربات المدرعة",
 "تسلّم الجيش الوطني الصومالي، أمس، دفعة جديدة من العربات المدرعة وأجهزة الاتصال العسكرية مقدمة من الحكومة التركية، في إطار دعم أنقرة لقدرات القوات الصومالية في مواجهة حركة الشباب. وجرت مراسم التسليم في مقديشو بحضور السفير التركي وقائد الجيش الصومالي، الذي أشاد بالدعم العسكري التركي المتواصل. وأشار السفير إلى أن بلاده ستواصل تزويد الوحدات الصومالية بالمعدات اللازمة خلال العام الجاري.",
 [MA], "Armoured vehicles and military radios given by the Turkish government to Somalia's army: military assistance."),
("ar-s4", "البحرين تصادق على اتفاقية تسمح بتمركز فرقاطة يونانية في مياهها",
 "صادق مجلس النواب البحريني على اتفاقية تعاون دفاعي مع الجمهورية اليونانية تتيح للبحرية اليونانية نشر فرقاطة وطاقم دعم في ميناء خليفة بن سلمان لمدة ثلاث سنوات قابلة للتجديد. وتنظم الاتفاقية الوضع القانوني للعسكريين اليونانيين وتسهيلات الرسو والإمداد. وكان وزيرا دفاع البلدين قد وقّعا الاتفاقية في أثينا مطلع العام، ومن المنتظر أن تصل الفرقاطة إلى المنامة خلال الربيع المقبل.",
 [T, TR], "Defence/status agreement ratified (treaty); planned stationing of a Greek warship and personnel abroad (troops)."),
("ar-s5", "تشاد تفعّل اتفاقية الدفاع المشترك مع النيجر وترسل كتيبة إلى غرب البلاد",
 "أعلنت الحكومة التشادية تفعيل اتفاقية الدفاع المشترك الموقعة مع النيجر، وأرسلت كتيبة من القوات الخاصة إلى منطقة تيلابيري، استجابة لطلب رسمي من نيامي عقب هجمات متتالية على مواقع للجيش النيجري. وأكد الناطق باسم الحكومة أن أنجامينا ستزوّد القوات النيجرية أيضاً بذخائر وقطع غيار للمركبات العسكرية. ومن المقرر أن يبقى الجنود التشاديون في المنطقة ثلاثة أشهر على الأقل.",
 [T, TR, MA], "Joint-defence agreement invoked (treaty), Chadian battalion sent to Niger (troops), ammunition and spare parts supplied (military assistance)."),
("ar-s6", "فرقة رضا للفنون الشعبية تحيي ثلاث حفلات في تونس",
 "تحيي فرقة رضا للفنون الشعبية المصرية ثلاث حفلات على مسرح مدينة الثقافة في تونس العاصمة ضمن فعاليات أيام قرطاج الكوريغرافية. وتضم البعثة الفنية أكثر من أربعين راقصاً وموسيقياً، يقدمون لوحات مستوحاة من الفلكلور الصعيدي والنوبي والسيناوي. وقال مدير الفرقة إن العروض تأتي بعد غياب دام سنوات عن المسارح التونسية، معرباً عن سعادته بالتعاون مع وزارة الشؤون الثقافية التونسية.",
 [], "Near-miss for troops: 'فرقة' here is a folk-dance troupe, not a military division."),
("ar-s7", "مجموعة أوكيو العُمانية توقّع اتفاقية مع شركة كورية لإنتاج الأمونيا الخضراء",
 "وقّعت مجموعة أوكيو العُمانية للطاقة اتفاقية شراكة مع شركة كورية جنوبية متخصصة في الطاقة المتجددة لدراسة إنشاء مصنع لإنتاج الأمونيا الخضراء في المنطقة الاقتصادية الخاصة بالدقم. وتنص الاتفاقية على إعداد دراسة جدوى خلال ثمانية عشر شهراً، على أن يُتخذ قرار الاستثمار النهائي بعدها. وجرى التوقيع في مسقط بحضور مسؤولين من البلدين، دون الإعلان عن القيمة المتوقعة للمشروع.",
 [], "Near-miss for treaty: 'اتفاقية' between two companies, not states, despite officials attending."),
("ar-s8", "المغرب يتعاقد مع شركة برازيلية لاقتناء طائرات تدريب عسكرية",
 "أفادت مصادر مطلعة بأن القوات المسلحة الملكية المغربية وقّعت عقداً مع شركة صناعة طيران برازيلية لاقتناء اثنتي عشرة طائرة تدريب وهجوم خفيف، على أن تُسلَّم الدفعة الأولى خلال عامين. ويشمل العقد أيضاً حزمة صيانة وتكوين للطيارين والتقنيين على يد خبراء الشركة. وتندرج الصفقة ضمن برنامج تحديث أسطول التدريب التابع للقوات الجوية الملكية، ويُموَّل من ميزانية إدارة الدفاع الوطني.",
 [], "Near-miss for military_assistance and treaty: a state's own purchase from a firm under a commercial contract."),
],
"tr": [
("tr-s1", "Gürcistan ile çifte vergilendirmeyi önleme anlaşmasına ek protokol Meclis'ten geçti",
 "TBMM Genel Kurulu, Türkiye ile Gürcistan arasında gelir üzerinden alınan vergilerde çifte vergilendirmeyi önleme anlaşmasını değiştiren protokolün onaylanmasının uygun bulunduğuna dair kanun teklifini kabul etti. Protokolle iki ülkede faaliyet gösteren şirketlerin kâr payı ve faiz gelirlerine uygulanan stopaj oranları düşürülüyor. Dışişleri Komisyonu raporunda, düzenlemenin özellikle Artvin ve Ardahan üzerinden yürütülen sınır ticaretine canlılık getireceği belirtildi. Protokol, onay belgelerinin karşılıklı teatisinin ardından yürürlüğe girecek.",
 [T], "Parliament approves ratification of a protocol to an interstate tax treaty: treaty."),
("tr-s2", "Kosova'daki Türk birliğine yeni komando taburu intikal etti",
 "Milli Savunma Bakanlığı, KFOR bünyesinde görev yapan Türk birliğine yeni bir komando taburunun intikal ettiğini duyurdu. Bakanlık açıklamasına göre, bölgedeki gerginliğin artması üzerine NATO'nun talebiyle gönderilen tabur, Priştine'deki Sultan Murat Kışlası'na yerleşti. Yaklaşık 500 personelden oluşan birliğin altı ay süreyle görev yapması planlanıyor. Böylece Kosova'daki Mehmetçik sayısı bin 200'ü aştı.",
 [TR], "Turkish commando battalion deployed to Kosovo: troops."),
("tr-s3", "Arnavutluk ordusuna askeri araç ve teçhizat hibesi",
 "Türkiye, Arnavutluk Silahlı Kuvvetleri'ne hibe kapsamında 40 adet taktik tekerlekli araç, gece görüş cihazı ve muhabere malzemesi teslim etti. Tiran'daki törende konuşan Türkiye'nin Tiran Büyükelçisi, yardımın iki ülke arasındaki savunma iş birliğinin somut bir göstergesi olduğunu söyledi. Arnavutluk Savunma Bakanı ise desteğin ordunun modernizasyonuna önemli katkı sağlayacağını ifade etti. Malzemeler Türk Silahlı Kuvvetleri envanterinden karşılandı.",
 [MA], "Military vehicles and equipment granted by Türkiye to Albania's armed forces: military assistance."),
("tr-s4", "Türkiye ile Kenya arasında askeri çerçeve anlaşması imzalandı",
 "Türkiye ile Kenya arasında askeri eğitim, teknik ve bilimsel iş birliğini öngören çerçeve anlaşması Ankara'da imzalandı. Anlaşmaya göre Kenya Savunma Kuvvetleri'nden subay ve astsubaylar Türk harp okullarında eğitim alacak; Türkiye ayrıca Kenya ordusuna mayın tespit ekipmanı ve sahra hastanesi malzemesi hibe edecek. Anlaşmanın yürürlüğe girmesi için her iki ülkenin iç onay süreçlerini tamamlaması gerekiyor.",
 [T, MA], "Interstate military framework agreement signed (treaty); training Kenyan officers at home and donating equipment (military assistance)."),
("tr-s5", "TSK eğitim timi Gine-Bissau'da göreve başladı",
 "Türk Silahlı Kuvvetleri'ne ait 25 kişilik askeri eğitim ve danışma timi, Gine-Bissau'nun başkenti Bissau'ya ulaştı. Tim, önümüzdeki bir yıl boyunca Gine-Bissau ordusuna ait piyade bölüklerine temel muharebe, ilk yardım ve keskin nişancılık eğitimi verecek. Milli Savunma Bakanlığı haftalık basın bilgilendirmesinde, Türkiye'nin dost ve müttefik ülkelerin savunma kapasitesini güçlendirme çalışmalarının süreceğini vurguladı.",
 [TR, MA], "Military trainers sent abroad: troops and military assistance."),
("tr-s6", "Ay-Yıldızlı ordu Cardiff'e çıkarma yaptı",
 "A Milli Futbol Takımı'nın Galler ile oynayacağı kritik eleme maçı öncesinde binlerce Türk taraftar Cardiff'e akın etti. Kırmızı-beyazlı ordu, maç saatinden saatler önce şehir merkezini bayraklarla donattı. Teknik direktör, takımın moral olarak hazır olduğunu, sakatlığı bulunan iki oyuncunun ise son antrenmana katılacağını açıkladı. Galler polisi, taraftar yürüyüşü için ek güvenlik önlemleri aldığını duyurdu.",
 [], "Near-miss for troops: figurative 'army' and 'landing' of football fans; police are not troops."),
("tr-s7", "THY ile Vietnam Airlines arasında ortak uçuş anlaşması",
 "Türk Hava Yolları ile Vietnam Airlines, iki şirket arasındaki iş birliğini genişleten ortak uçuş (codeshare) anlaşması imzaladı. Anlaşmayla yolcular, İstanbul-Hanoi ve İstanbul-Ho Chi Minh hatlarında tek biletle iki şirketin aktarmalı seferlerinden yararlanabilecek. THY Yönetim Kurulu Başkanı, Asya-Pasifik ağının güçlendirilmesinin şirketin öncelikleri arasında olduğunu söyledi. Anlaşmanın önümüzdeki ay yürürlüğe girmesi bekleniyor.",
 [], "Near-miss for treaty: codeshare agreement between two airlines (companies), not states."),
("tr-s8", "A400M uçakları sel bölgesine insani yardım taşıdı",
 "Libya'nın doğusunda etkili olan sel felaketinin ardından Hava Kuvvetleri Komutanlığı'na ait iki A400M nakliye uçağı, AFAD ve Kızılay tarafından hazırlanan insani yardım malzemelerini Bingazi'ye ulaştırdı. Uçaklarda çadır, battaniye, gıda kolisi, jeneratör ve ilaç bulunuyor. Malzemelerin boşaltılmasının ardından uçaklar aynı gün Kayseri'ye döndü. AFAD, yardım köprüsünün önümüzdeki günlerde de süreceğini açıkladı.",
 [], "Near-miss for military_assistance: humanitarian aid flown by air force planes is not military assistance; no forces deployed."),
],
"zh": [
("zh-s1", "哈乌两国互换跨界水资源协定批准书",
 "据哈萨克斯坦外交部消息，哈萨克斯坦与乌兹别克斯坦日前在阿斯塔纳互换《关于锡尔河跨界水资源共同管理的政府间协定》批准书，该协定自即日起正式生效。根据协定，两国将建立联合委员会，在每年灌溉季前商定水库放水计划，并共享水文监测数据。哈方表示，协定生效将有助于缓解南部地区夏季缺水问题。",
 [T], "Exchange of ratification instruments for an intergovernmental water agreement: treaty."),
("zh-s2", "泰国向泰柬边境增派兵力",
 "泰国陆军第二军区21日宣布，已向四色菊府和素林府边境地区增派两个步兵营及一支炮兵分队，以应对近期边境附近发生的多起交火事件。军方发言人表示，增派部队将在争议地段附近构筑防御阵地，并配合边境巡逻。泰国总理当天呼吁双方保持克制，通过现有双边机制解决分歧。当地部分学校已暂时停课，数百名边民被转移至安全地带。",
 [TR], "Army battalions sent to the country's own border: troops."),
("zh-s3", "巴西陆军向巴拉圭无偿移交一批装甲车",
 "据巴西国防部消息，巴西陆军日前在边境城市福斯杜伊瓜苏举行仪式，向巴拉圭军队无偿移交12辆轮式装甲运兵车及配套零部件。巴方还将在本国军事院校为巴拉圭驾驶员和维修人员提供为期两个月的培训。巴拉圭国防部长表示，这批装备将主要用于北部边境地区的禁毒行动。这是两国军队近年来规模最大的一次装备援助。",
 [MA], "Free transfer of armoured vehicles and training of foreign personnel at home: military assistance only."),
("zh-s4", "新加坡与澳大利亚续签军事训练协议",
 "新加坡国防部与澳大利亚国防部日前续签军事训练与训练区开发协议，有效期延长至2050年。根据协议，新加坡武装部队每年可派遣最多一万四千名官兵赴澳大利亚昆士兰州的训练区驻训，时间最长可达18周。澳方表示，协议也将为当地带来基础设施投资和就业机会。新方将出资扩建训练场地和营区设施。",
 [T, TR], "Interstate military training agreement renewed (treaty); Singapore troops sent to train in Australia (troops)."),
("zh-s5", "柬越签署新一期军事援助协议",
 "据柬埔寨国防部消息，柬越两国国防部长日前在金边签署新一期军事援助协议。根据协议，越南将在未来三年内向柬埔寨皇家军队无偿提供军用卡车、通信设备和野战医疗器材，并在越南军事院校为柬方培训一批中级军官。双方还同意加强排雷领域合作。柬方表示，这批援助将用于提升部队后勤保障和战地救护能力。",
 [T, MA], "Interstate military aid agreement signed (treaty); trucks, communications gear and officer training given (military assistance)."),
("zh-s6", "吴桥杂技团赴肯尼亚巡演",
 "河北吴桥杂技团一行四十余人日前抵达肯尼亚首都内罗毕，开始为期两周的巡回演出。演员们将在内罗毕、蒙巴萨等地表演顶碗、转碟、空中飞人等传统节目，并与当地杂技艺人开展交流。此次巡演是两国人文交流系列活动之一，由中国驻肯尼亚使馆协办。首场演出门票已经售罄，主办方计划加演一场。",
 [], "Near-miss for troops: an acrobatic troupe (杂技团) travelling abroad."),
("zh-s7", "中企与印尼国有矿企签署镍电池合资协议",
 "国内一家锂电池龙头企业日前与印度尼西亚国有矿业控股公司在雅加达签署合资协议，双方将在北马鲁古省共同建设镍冶炼和电池材料项目，总投资约六十亿美元。根据协议，中方持股百分之五十一，项目一期预计两年内投产。印尼投资部长出席了签约仪式。这是该企业在东南亚的第三个海外生产基地。",
 [], "Near-miss for treaty: joint-venture agreement between companies (one state-owned), not between states."),
("zh-s8", "中国第十批赴南苏丹维和警队出征",
 "公安部日前在北京举行出征仪式，中国第十批赴南苏丹维和警队一行十二人将于本周启程，执行为期一年的联合国维和任务。警队队员均从全国公安机关选拔，主要承担治安巡逻、社区警务和培训当地警察等工作。公安部有关负责人要求队员严守纪律，展现中国警察良好形象。此前九批警队均圆满完成了任务。",
 [], "Near-miss for troops/military_assistance: peacekeeping police are not troops and training local police is not military assistance."),
],
"ja": [
("ja-s1", "日本とウズベキスタン、投資協定に署名",
 "日本政府は15日、ウズベキスタンとの間で投資の自由化、促進及び保護に関する協定に署名したと発表した。協定は投資家の内国民待遇や収用時の補償、紛争解決手続きなどを定めており、国会の承認を経て発効する。外務省によると、ウズベキスタンには日本企業約80社が進出しており、政府は協定により資源や物流分野での投資拡大を見込んでいる。",
 [T], "Bilateral investment agreement signed between two states: treaty."),
("ja-s2", "海賊対処の第50次派遣航空隊が出発",
 "ソマリア沖・アデン湾での海賊対処行動に当たる海上自衛隊の派遣海賊対処行動航空隊第50次隊が、青森県の八戸航空基地から出発した。P3C哨戒機2機と隊員約60人は、アフリカ東部ジブチの活動拠点を中心に約4カ月間、民間船舶の警戒監視に当たる。出国行事で司令は「緊張感を持って任務を完遂してほしい」と訓示した。",
 [TR], "Self-Defense Forces unit dispatched abroad to Djibouti: troops."),
("ja-s3", "フィジー海軍に警備艇供与へ 安全保障能力強化支援",
 "政府は、同志国の軍などに防衛装備品を無償で提供する「政府安全保障能力強化支援（OSA）」の枠組みで、フィジー海軍に沿岸警備艇2隻と関連機材を供与すると決めた。供与額は約7億円で、年度内の引き渡しを目指す。違法操業の監視など、同国の海洋安全保障能力の向上を後押しする狙いがある。",
 [MA], "Free provision of patrol boats to a foreign navy by the Japanese government: military assistance."),
("ja-s4", "日NZ円滑化協定、国会で承認",
 "自衛隊とニュージーランド軍が相手国で共同訓練などを行う際の手続きを定めた日本とニュージーランドの円滑化協定が、参院本会議で賛成多数により承認された。協定は来月にも発効する見通しで、陸上自衛隊は年内にも普通科部隊約150人を同国北島の演習場に派遣し、同国陸軍との共同訓練に臨む予定だ。",
 [T, TR], "Reciprocal access agreement approved by parliament (treaty); planned dispatch of GSDF infantry abroad (troops)."),
("ja-s5", "陸自教官団をベトナムに派遣 能力構築支援",
 "防衛省は、ベトナム人民軍に対する能力構築支援の一環として、陸上自衛隊の教官ら約10人をハノイに派遣すると発表した。隊員は約2週間にわたり、国連平和維持活動に参加予定の工兵部隊に対し、重機の操作や不発弾処理の手順を指導する。防衛省は今後、航空救難分野への支援拡大も検討している。",
 [TR, MA], "GSDF instructors sent abroad to train a foreign army: troops and military assistance."),
("ja-s6", "劇団が欧州ツアーへ 戦地の兵士の手紙題材に",
 "東京を拠点とする劇団「風見座」は、第二次世界大戦中に南方へ送られた兵士の手紙を題材にした新作舞台「南十字の便り」を携え、来月から欧州5カ国を巡るツアーを行う。劇団員ら約30人が渡航し、ベルリンやワルシャワなど8都市で上演する。主宰者は「戦争の記憶を次の世代と共有したい」と話している。",
 [], "Near-miss for troops: a theatre troupe touring abroad; historical soldiers only as the play's subject."),
("ja-s7", "運送大手、三六協定超え残業で書類送検",
 "労使で結んだ三六協定の上限を超えてトラック運転手に時間外労働をさせたとして、大阪労働局は運送大手の関西支社と同支社長を労働基準法違反の疑いで大阪地検に書類送検した。同局によると、運転手6人に月最大150時間の残業をさせていた疑いがある。同社は「協定の管理が不十分だった」とコメントしている。",
 [], "Near-miss for treaty: a labour-management agreement (協定) is an employment agreement, not an interstate one."),
("ja-s8", "陸自駐屯地で記念行事 市中パレードに1万人",
 "陸上自衛隊北千歳駐屯地で創立記念行事が開かれ、隊員約800人と車両約60両が千歳市中心部をパレードした。沿道には約1万人が詰めかけ、10式戦車や装甲車が通過するたびに大きな拍手が起きた。駐屯地内では訓練展示も行われ、家族連れらが見学を楽しんだ。同駐屯地の記念行事は今年で70回目となる。",
 [], "Near-miss for troops: soldiers in a domestic parade are not a deployment."),
],
"ko": [
("ko-s1", "한·카자흐스탄 사회보장협정 서명…연금 이중가입 해소",
 "한국과 카자흐스탄 정부가 양국 근로자의 연금 보험료 이중 납부를 막기 위한 사회보장협정에 서명했다. 보건복지부는 17일 아스타나에서 양국 장관이 협정문에 서명했으며, 국회 비준 동의 등 국내 절차를 거쳐 발효될 예정이라고 밝혔다. 협정이 발효되면 카자흐스탄에 파견된 국내 기업 근로자는 최대 5년간 현지 연금 가입이 면제된다. 복지부는 현지 진출 기업의 부담이 연간 수십억 원 줄어들 것으로 내다봤다. 한국이 사회보장협정을 맺은 나라는 이번이 40번째이며, 중앙아시아 국가로는 우즈베키스탄에 이어 두 번째다. 정부는 카자흐스탄 진출 기업 간담회를 열어 협정 내용을 설명할 계획이다.",
 [T], "Social security agreement signed between two states: treaty. 'Dispatched workers' are not troops."),
("ko-s2", "동명부대 35진, 레바논으로 출국",
 "유엔 레바논 평화유지군(UNIFIL)으로 활동할 동명부대 35진 장병 약 280명이 인천국제공항을 통해 레바논 남부 티르 지역으로 출국했다. 이들은 34진으로부터 임무를 넘겨받아 약 8개월 동안 감시정찰과 민군작전 등을 수행한다. 합동참모본부는 현지 정세가 불안정한 만큼 장병 안전 대책을 강화했다고 밝혔다. 출국에 앞서 열린 환송식에서 부대장은 '한국군의 명예를 걸고 임무를 완수하겠다'고 다짐했다. 동명부대는 2007년 첫 파병 이후 현지 주민을 위한 의료 지원과 학교 보수 활동으로도 좋은 평가를 받아 왔다. 35진에는 여군 20여 명도 포함됐다.",
 [TR], "Korean peacekeeping unit soldiers deployed to Lebanon: troops."),
("ko-s3", "퇴역 초계함, 페루 해군에 무상 양도",
 "해군은 지난해 퇴역한 포항급 초계함 1척을 페루 해군에 무상 양도하는 인수인계식을 진해 군항에서 가졌다고 밝혔다. 함정은 정비를 마친 뒤 페루 승조원들이 직접 몰고 태평양을 건너게 된다. 해군은 인수 요원 100여 명을 대상으로 약 두 달간 국내에서 함정 운용·정비 교육도 실시했다. 페루 해군 측은 이 함정을 연안 경비와 불법 조업 단속에 투입할 계획이다. 한국 해군이 퇴역 함정을 중남미 국가에 무상으로 넘기는 것은 이번이 세 번째다. 주한 페루 대사는 '양국 해군 간 우정의 상징'이라며 사의를 표했다.",
 [MA], "Free transfer of a warship to a foreign navy plus training of its crew at home: military assistance only."),
("ko-s4", "한·몽골 국방협력협정 서명…군수물자 무상 지원",
 "한국과 몽골 정부가 울란바토르에서 국방협력협정에 서명했다. 협정은 국방 정책 교류와 교육훈련, 군수 협력 등을 포괄하며, 양국 의회의 비준을 거쳐 발효된다. 국방부는 협정 서명에 맞춰 몽골군에 야전 의료장비와 동계 피복 등 10억 원 상당의 군수물자를 무상 지원하기로 했다고 밝혔다. 몽골 국방장관은 '한국의 지원은 평화유지 활동 역량 강화에 큰 도움이 될 것'이라고 말했다. 양국은 이와 별도로 몽골군 장교의 한국 국방대학교 위탁 교육 인원을 내년부터 두 배로 늘리기로 했다. 물자는 연내 항공편으로 전달될 예정이다.",
 [T, MA], "Interstate defence cooperation agreement signed (treaty); military supplies donated to Mongolia's army (military assistance)."),
("ko-s5", "방위비분담 협상 첫 회의…주한미군 규모 유지 재확인",
 "제13차 한미 방위비분담특별협정(SMA) 체결을 위한 첫 공식 회의가 서울에서 열렸다. 양측 대표단은 이틀간의 협의에서 주한미군 주둔 비용 가운데 한국 측 분담금 산정 방식과 협정 유효기간을 놓고 의견을 교환했다. 미국 측은 현재 약 2만8500명 수준인 주한미군 병력을 당분간 유지하겠다는 입장을 재확인했다고 외교부는 전했다. 다음 회의는 다음 달 워싱턴에서 열린다. 현행 협정은 내년 말 만료되며, 정부는 국회 비준 일정을 고려해 연내 타결을 목표로 하고 있다. 우리 측 수석대표는 '합리적이고 공평한 분담'을 강조했다.",
 [T, TR], "Negotiation of a cost-sharing special agreement (treaty); US forces stationed in Korea kept at current level (troops)."),
("ko-s6", "국립무용단, 멕시코시티서 '묵향' 공연",
 "국립무용단이 한·멕시코 수교 기념 문화행사의 하나로 멕시코시티 국립예술궁전 무대에 오른다. 무용수와 스태프 등 50여 명으로 구성된 공연단은 이달 말 출국해 한국 선비 문화를 현대적으로 풀어낸 대표작 '묵향'을 세 차례 선보인다. 주멕시코 한국문화원은 공연에 앞서 현지 무용 전공 학생을 대상으로 한 워크숍도 연다고 밝혔다. 국립무용단의 중남미 공연은 수년 만이며, 티켓은 판매 시작 사흘 만에 매진된 것으로 알려졌다. 무용단은 멕시코 일정을 마친 뒤 콜롬비아 보고타로 이동해 두 차례 더 무대에 선다.",
 [], "Near-miss for troops: a national dance company (troupe) travelling abroad; a diplomatic anniversary is not a treaty."),
("ko-s7", "삼성전자·평택시 상생협약 체결",
 "삼성전자와 경기 평택시가 반도체 공장 증설에 따른 지역 상생협약을 맺었다. 협약에 따라 삼성전자는 향후 5년간 지역 인재 채용을 확대하고 협력업체 우선 구매와 주변 도로 정비 비용 일부를 부담한다. 평택시는 용수·전력 인프라 인허가 절차를 신속히 처리하기로 했다. 시 관계자는 '기업과 지자체가 함께 성장하는 모델이 될 것'이라고 말했다. 이날 협약식에는 평택시장과 삼성전자 DS부문 관계자, 지역 상공회의소 대표 등 30여 명이 참석했다. 시는 협약 이행 상황을 점검할 민관 협의체도 꾸릴 예정이다.",
 [], "Near-miss for treaty: an agreement (협약) between a company and a city, not between states."),
("ko-s8", "한화에어로스페이스, 루마니아에 K9 자주포 추가 수출 계약",
 "한화에어로스페이스가 루마니아 국방부와 K9 자주포 18문과 K10 탄약운반장갑차 등 약 1조 원 규모의 추가 수출 계약을 체결했다고 밝혔다. 회사 측은 첫 물량을 내년 말까지 인도하고, 현지 생산 비중을 단계적으로 늘릴 계획이다. 계약에는 루마니아 군 정비 인력에 대한 기술 교육과 장기 후속 지원도 포함됐다. 업계에서는 유럽 내 방산 수출 확대에 속도가 붙을 것으로 보고 있다. 루마니아는 앞서 1차 계약으로 K9 자주포 54문을 도입했으며, 이번 계약으로 현지 포병 전력 현대화 사업이 한층 탄력을 받을 전망이다.",
 [], "Near-miss for military_assistance/treaty: arms sold by a firm under a commercial contract, including company-provided training."),
],
}

LIMITS = {"zh": (120, 400), "ja": (120, 400)}
DEFAULT_LIMIT = (250, 800)
RULES = {T, TR, MA}


def build():
    records = []
    for lang, items in DATA.items():
        for (rid, title, body, rules, note) in items:
            records.append({
                "id": rid, "language": lang, "title": title, "body": body,
                "rules": list(rules),
                "kind": "positive" if rules else "near-miss",
                "note": note,
            })
    return records


def check(records):
    langs = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]
    assert sorted(DATA) == sorted(langs), DATA.keys()
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(records) == 56
    keys = {"id", "language", "title", "body", "rules", "kind", "note"}
    for r in records:
        assert set(r) == keys, r["id"]
        for k in ("id", "language", "title", "body", "note", "kind"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert '"' not in r["title"], r["id"]
        assert isinstance(r["rules"], list)
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert set(r["rules"]) <= RULES, r["id"]
        assert r["kind"] in ("positive", "near-miss")
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        lo, hi = LIMITS.get(r["language"], DEFAULT_LIMIT)
        n = len(r["body"])
        assert lo <= n <= hi, (r["id"], n, lo, hi)
        assert r["id"].startswith(r["language"] + "-s")
    for lang in langs:
        rs = [r for r in records if r["language"] == lang]
        assert sorted(r["id"] for r in rs) == sorted(f"{lang}-s{i}" for i in range(1, 9)), lang
        pos = [r for r in rs if r["kind"] == "positive"]
        assert len(pos) == 5, (lang, len(pos))
        assert len(rs) - len(pos) == 3, lang
        for rule in RULES:
            assert any(rule in r["rules"] for r in pos), (lang, rule)


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
    assert back == records
    counts = {k: sum(k in r["rules"] for r in back) for k in sorted(RULES)}
    print(f"wrote {len(back)} records to {OUT}; per-rule positives: {counts}")


if __name__ == "__main__":
    main()
