#!/usr/bin/env python3
"""Hand-labelled evaluation set (round 10, 'east' languages): ru uk ar tr zh ja ko.

Articles are original and fictional. Labels were assigned by reading only.
Writes east.jsonl next to this script and checks it.
"""
import json
import os

T, TR, MA = "treaty", "troops", "military_assistance"

# (id, title, body, rules, note)
ARTICLES = [
    # ------------------------------------------------------------------ ru
    ("ru-u1", "Жогорку Кенеш ратифицировал соглашение с Таджикистаном об участке границы",
     "Бишкек, 14 марта. Депутаты Жогорку Кенеша во втором и третьем чтениях одобрили ратификацию межгосударственного соглашения с Таджикистаном об уточнении линии границы на участке протяжённостью около 40 километров в Баткенской области. Документ, подписанный главами правительств в декабре, закрепляет порядок совместного пользования водозабором и двумя участками пастбищ. За ратификацию проголосовали 78 депутатов. Теперь закон должен подписать президент, после чего стороны обменяются ратификационными грамотами в Душанбе.",
     [T], "Ratification of an interstate border agreement; no military content."),
    ("ru-u2", "Руанда усилит контингент в мозамбикской провинции Кабу-Делгаду",
     "Кигали, 3 июня. Правительство Руанды приняло решение нарастить военное присутствие в мозамбикской провинции Кабу-Делгаду. По данным министерства обороны, в ближайшие недели туда будут переброшены ещё около 600 военнослужащих, включая роту спецназа и инженерное подразделение. Руандийские силы находятся в регионе с 2021 года по приглашению Мапуту и участвуют в операциях против вооружённых группировок. Представитель армии сообщил, что новое подразделение сменит часть личного состава, который вернётся на родину до конца лета.",
     [TR], "Rwandan soldiers sent to Mozambique; an invitation is not a treaty and no aid is given."),
    ("ru-u3", "Анкара безвозмездно передала армии Сомали партию бронеавтомобилей",
     "Могадишо, 21 ноября. Турция безвозмездно передала Сомалийской национальной армии 30 бронеавтомобилей и партию средств связи, сообщило министерство обороны Сомали. Техника доставлена морем в порт Могадишо и, как ожидается, поступит на вооружение сухопутных частей. Министр обороны Сомали поблагодарил турецкую сторону за «неизменную поддержку в укреплении боеспособности армии». Это уже третья подобная поставка с начала года.",
     [MA], "State-to-state donation of armoured vehicles and communications gear."),
    ("ru-u4", "Бразилия направит военных инструкторов в Гвинею-Бисау",
     "Бразилиа, 9 сентября. Министерство обороны Бразилии объявило о направлении в Гвинею-Бисау группы из 25 военных инструкторов, которые в течение полугода будут готовить морских пехотинцев и экипажи патрульных катеров. Помимо этого, Бразилия передаст вооружённым силам африканской страны два патрульных катера и комплект навигационного оборудования. Как пояснили в ведомстве, программа является частью двустороннего военного сотрудничества между португалоязычными государствами. Первые офицеры прибудут в Бисау в октябре.",
     [TR, MA], "Trainers sent abroad (troops + assistance) plus donated patrol boats; 'cooperation' is not a named agreement."),
    ("ru-u5", "Сенат Филиппин ратифицировал соглашение о статусе сил с Новой Зеландией",
     "Манила, 2 февраля. Сенат Филиппин 19 голосами ратифицировал соглашение о статусе визитирующих сил с Новой Зеландией. Документ определяет правовой режим пребывания военнослужащих одной страны на территории другой во время совместных учений и операций. Как сообщило посольство Новой Зеландии, первые подразделения новозеландских сил обороны — около 200 человек и два вертолёта — прибудут на Лусон уже в апреле. Это третье подобное соглашение Манилы после договорённостей с США и Австралией.",
     [T, TR], "SOFA ratified (treaty) and announced arrival of New Zealand units in the Philippines (troops)."),
    ("ru-u6", "Пермский балет отправляется на гастроли в Японию",
     "Пермь, 11 апреля. Труппа Пермского театра оперы и балета отправляется на трёхнедельные гастроли по Японии. Артисты покажут «Лебединое озеро» и «Ромео и Джульетту» в Токио, Осаке и Нагое. Как рассказал директор театра, контракт с японским импресарио подписан ещё прошлой осенью, а декорации уже отправлены морем. «Это настоящий десант: в самолёте будет почти 120 человек, включая оркестр», — отметил он. Гастроли откроются 2 мая.",
     [], "Near-miss: ballet troupe, commercial contract and figurative 'landing force'."),
    ("ru-u7", "Самолёт ВВС Казахстана доставил гуманитарный груз в Кабул",
     "Алматы, 18 января. Военно-транспортный самолёт Ил-76 Сил воздушной обороны Казахстана доставил в Кабул 40 тонн гуманитарной помощи — муку, растительное масло, тёплые одеяла и медикаменты. Груз предназначен для жителей провинций, пострадавших от сильных морозов. Как сообщили в МЧС республики, это уже пятый рейс с начала зимы; распределением помощи займутся международные гуманитарные организации. Экипаж вернулся на базу в тот же день.",
     [], "Near-miss: humanitarian aid flown by an air force plane is not military assistance or a deployment."),
    ("ru-u8", "Минобороны Сербии закупит дополнительные разведывательные беспилотники",
     "Белград, 6 октября. Министерство обороны Сербии подписало контракт с частной европейской компанией на приобретение дополнительных разведывательных беспилотников. Сумма сделки не раскрывается; по данным местных СМИ, речь идёт о двух комплектах по четыре аппарата. Поставки запланированы на следующий год, а обучение операторов пройдёт на заводе производителя. Министр обороны подчеркнул, что закупка финансируется из национального бюджета и «не связана ни с какими внешними программами помощи».",
     [], "Near-miss: a state's own arms purchase from a firm under a commercial contract."),

    # ------------------------------------------------------------------ uk
    ("uk-u1", "Україна та Молдова оновили угоду про басейн Дністра",
     "Кишинів, 22 травня. Уряди України та Молдови підписали протокол про внесення змін до двосторонньої угоди про співробітництво у сфері охорони й сталого розвитку басейну Дністра. Документ передбачає створення спільної системи моніторингу якості води та обмін даними про скиди з Дністровського гідровузла в режимі реального часу. Протокол набуде чинності після ратифікації парламентами обох країн. Сторони також домовилися провести наступне засідання двосторонньої комісії восени в Чернівцях.",
     [T], "Intergovernmental protocol amending a river-basin agreement."),
    ("uk-u2", "Кенія відправить до Сомалі ще один батальйон",
     "Найробі, 7 серпня. Кабмін Кенії схвалив відправлення до Сомалі ще одного батальйону Сил оборони країни — близько 850 військовослужбовців. Вони посилять кенійський контингент у складі місії Африканського союзу в районі Кісмайо. За словами речника міністерства оборони, бійці пройшли передмісійну підготовку і вирушать до південних районів Сомалі до кінця місяця. Кенійські військові присутні в сусідній країні понад десять років.",
     [TR], "Kenyan battalion deployed to Somalia."),
    ("uk-u3", "Нідерланди безоплатно передадуть Литві два протимінні кораблі",
     "Вільнюс, 15 березня. Уряд Нідерландів ухвалив рішення безоплатно передати Військово-морським силам Литви два протимінні кораблі класу «Алкмар», які виводяться зі складу нідерландського флоту. Разом із кораблями Литва отримає запас запчастин і гідроакустичне обладнання. Литовські екіпажі пройдуть перепідготовку в Ден-Гелдері. Міністр оборони Литви назвав це «вагомим внеском у безпеку Балтійського моря». Передача кораблів запланована на осінь.",
     [MA], "Donation of mine countermeasure vessels; Lithuanian crews trained in the donor country is assistance only, not troops."),
    ("uk-u4", "Румунія направить до Молдови військових інструкторів",
     "Бухарест, 30 вересня. Міністерство національної оборони Румунії повідомило, що до Молдови вирушить група з 40 інструкторів сухопутних військ. Вони навчатимуть молдовських військових роботі з протитанковими комплексами та засобами протиповітряної оборони ближньої дії. Крім того, Бухарест передасть Національній армії Молдови партію бронетранспортерів і радіостанцій у межах програми оборонної підтримки. Місія інструкторів триватиме щонайменше рік.",
     [TR, MA], "Trainers sent abroad plus equipment transfer."),
    ("uk-u5", "Сейм Польщі ратифікував оборонну угоду з Україною",
     "Варшава, 12 червня. Сейм Польщі ратифікував міжурядову угоду з Україною про співпрацю в оборонно-промисловій сфері, яку сторони підписали навесні. Документ передбачає спрощений режим передачі технологій і спільне виробництво артилерійських снарядів. Одночасно польський уряд оголосив про черговий безоплатний пакет для Сил оборони України: до нього увійдуть самохідні гаубиці, боєприпаси та запчастини до танків. Верховна Рада ратифікувала угоду ще минулого тижня.",
     [T, MA], "Intergovernmental agreement ratified and a free arms package announced."),
    ("uk-u6", "Балет Львівської опери вирушає на різдвяні гастролі",
     "Львів, 4 листопада. Балетна трупа Львівської національної опери вирушає на різдвяні гастролі до Іспанії та Португалії. Протягом шести тижнів артисти покажуть «Лускунчика» у 28 містах. Як розповіли в театрі, контракт з іспанською продюсерською компанією продовжено ще на три сезони. Директор опери зазначив, що до гастрольного складу увійшли понад 70 танцівників, а частину костюмів оновили спеціально для турне.",
     [], "Near-miss: dance troupe ('трупа') and a commercial contract."),
    ("uk-u7", "На Закарпатті до підтоплених сіл стягнули додаткові сили поліції",
     "Ужгород, 19 липня. Після сильних злив на Закарпатті до підтоплених сіл Тячівського району направили додаткові сили Національної поліції та рятувальників ДСНС. Прикордонники допомагають евакуювати мешканців прикордонних населених пунктів уздовж Тиси. За даними ОВА, підтоплено понад 300 дворогосподарств. Угорська сторона передала через пункт пропуску гуманітарний вантаж — питну воду та мішки з піском.",
     [], "Near-miss: police 'forces', rescuers and border guards; foreign humanitarian cargo is not military assistance."),
    ("uk-u8", "Український виробник дронів налагодить збірку в Естонії",
     "Київ, 2 квітня. Український виробник безпілотників, приватна компанія «Небосхил», уклала угоду з естонською фірмою про спільне виробництво розвідувальних дронів. За умовами контракту, збірку частини апаратів налагодять у Тарту, а перші партії продаватимуть замовникам у країнах Балтії. Сума угоди не розголошується. У компанії наголосили, що йдеться про суто комерційний проєкт без участі урядів.",
     [], "Near-miss: agreement between companies on drone production; commercial sales are not state assistance."),

    # ------------------------------------------------------------------ ar
    ("ar-u1", "موريتانيا والسنغال توقعان اتفاقية جديدة للصيد البحري",
     "نواكشوط – وقّعت موريتانيا والسنغال، الثلاثاء، اتفاقية جديدة للتعاون في مجال الصيد البحري تسمح لنحو 400 زورق صيد تقليدي سنغالي بالعمل في المياه الموريتانية مقابل التزامات بحماية المخزون السمكي. ووقّع الاتفاقية عن الجانب الموريتاني وزير الصيد والاقتصاد البحري، وعن الجانب السنغالي نظيره، بحضور سفيري البلدين. وتنصّ الاتفاقية، الممتدة لخمس سنوات، على إنزال جزء من المصطادات في الموانئ الموريتانية وإنشاء لجنة مشتركة لمتابعة التنفيذ.",
     [T], "Interstate fisheries agreement signed."),
    ("ar-u2", "تونس تعزّز انتشار وحداتها العسكرية على الحدود مع ليبيا",
     "تونس – أعلنت وزارة الدفاع الوطني التونسية تعزيز انتشار وحدات الجيش في المنطقة العسكرية العازلة جنوب البلاد، وذلك إثر تصاعد محاولات التهريب عبر الحدود مع ليبيا. وأوضح المتحدث باسم الوزارة أنه تم الدفع بتشكيلات إضافية من جيش البر مدعومة بطائرات استطلاع إلى محيط معبر رأس جدير وذهيبة، مشيراً إلى أن هذه الوحدات ستبقى في مواقعها «إلى حين استقرار الوضع».",
     [TR], "A state's army units sent to its own border count as troops."),
    ("ar-u3", "الجيش اللبناني يتسلّم هبة عسكرية إسبانية",
     "بيروت – تسلّم الجيش اللبناني، اليوم، في مرفأ بيروت هبة مقدّمة من الحكومة الإسبانية تتضمن 20 آلية عسكرية رباعية الدفع وكميات من قطع الغيار ومعدات الاتصال. وجرى التسليم بحضور السفير الإسباني وممثل عن قائد الجيش، الذي شكر مدريد على «دعمها المستمر للمؤسسة العسكرية». وتندرج الهبة ضمن برنامج لتعزيز القدرات اللوجستية للجيش، على أن تليها دفعة ثانية مطلع العام المقبل.",
     [MA], "Government-to-government donation of military vehicles and equipment."),
    ("ar-u4", "المغرب يوفد مدربين عسكريين إلى أفريقيا الوسطى",
     "الرباط – قررت القوات المسلحة الملكية إيفاد فريق من 30 مدرباً عسكرياً إلى جمهورية أفريقيا الوسطى لتأهيل عناصر من الجيش الوطني في مجالات نزع الألغام والإسعاف الميداني. وأفاد بلاغ للقيادة العامة بأن المملكة ستقدّم أيضاً معدات لكشف المتفجرات وآليات نقل للجيش الأفريقي الأوسطي. وستستمر مهمة المدربين ستة أشهر قابلة للتمديد، ويأتي ذلك في إطار التعاون العسكري بين البلدين.",
     [TR, MA], "Military trainers sent abroad plus equipment donation."),
    ("ar-u5", "مجلس الأمة الكويتي يصادق على اتفاقية دفاعية مع إيطاليا",
     "الكويت – صادق مجلس الأمة الكويتي على اتفاقية التعاون الدفاعي الموقّعة مع إيطاليا، والتي تنظّم الوضع القانوني للعسكريين الإيطاليين على أراضي الدولة. وبموجب الاتفاقية، ستتمركز في قاعدة علي السالم الجوية وحدة من سلاح الجو الإيطالي تضم نحو 150 عسكرياً وطائرات للتزود بالوقود، اعتباراً من مطلع العام المقبل. وقال وزير الدفاع إن الاتفاقية «تعزز الشراكة الاستراتيجية» بين البلدين.",
     [T, TR], "Defence agreement ratified; announced stationing of an Italian air force unit in Kuwait."),
    ("ar-u6", "فرقة للفنون الشعبية تنطلق في جولة أوروبية",
     "القاهرة – تنطلق فرقة النيل للفنون الشعبية الأسبوع المقبل في جولة فنية تشمل ست مدن أوروبية، تقدّم خلالها عروضاً من التنورة والتحطيب والرقص النوبي. وقال مدير الفرقة إن الجولة تأتي بعد توقيع عقد مع شركة إنتاج فرنسية لتنظيم العروض، مشيراً إلى أن 45 راقصاً وعازفاً سيشاركون فيها. وتختتم الفرقة جولتها بحفل في باريس مطلع الشهر المقبل.",
     [], "Near-miss: 'فرقة' here is a folk-dance troupe, not a military division; the contract is commercial."),
    ("ar-u7", "طائرة لسلاح الجو الأردني تنقل مساعدات إنسانية إلى السودان",
     "عمّان – أقلعت من قاعدة ماركا الجوية طائرة نقل تابعة لسلاح الجو الملكي الأردني محمّلة بأطنان من المساعدات الإنسانية، بينها مواد غذائية وأدوية وخيام، متجهة إلى السودان لإغاثة المتضررين من الفيضانات. وأوضحت الهيئة الخيرية الأردنية الهاشمية أن الشحنة هي الأولى ضمن جسر جوي يضم ثلاث رحلات، وأن توزيعها سيتم بالتنسيق مع الهلال الأحمر السوداني.",
     [], "Near-miss: humanitarian airlift by an air force is not military assistance."),
    ("ar-u8", "الوداد يجدد عقد مدافعه الدولي ثلاثة مواسم",
     "الدار البيضاء – جدّد نادي الوداد الرياضي عقد مدافعه الدولي لثلاثة مواسم إضافية، في خطوة تهدف إلى الحفاظ على استقرار الخط الخلفي قبل انطلاق دوري أبطال أفريقيا. وتستعد كتيبة المدرب لمعسكر تدريبي مغلق في إفران، بينما يُنتظر أن تزحف جماهير الفريق بالآلاف إلى ملعب محمد الخامس لمؤازرة اللاعبين في المباراة الافتتاحية أمام ضيف من زامبيا.",
     [], "Near-miss: player contract and figurative 'battalion'/'camp' for a football squad."),

    # ------------------------------------------------------------------ tr
    ("tr-u1", "Kırgızistan ile çifte vergilendirmeyi önleme anlaşması Meclis'ten geçti",
     "Ankara – TBMM Genel Kurulunda, Türkiye ile Kırgızistan arasında gelir üzerinden alınan vergilerde çifte vergilendirmeyi önleme anlaşmasının onaylanmasının uygun bulunduğuna dair kanun teklifi kabul edilerek yasalaştı. Bişkek'te imzalanan anlaşma, iki ülkede faaliyet gösteren şirketler ve çalışanlar için vergi yükünü azaltmayı amaçlıyor. Genel Kurulda ayrıca Moğolistan ile sosyal güvenlik alanındaki anlaşmanın onayına ilişkin teklif de görüşüldü.",
     [T], "Parliament approves ratification of an interstate tax treaty."),
    ("tr-u2", "Komando taburu KFOR görevi için Kosova'ya intikal etti",
     "İstanbul – Türk Silahlı Kuvvetleri bünyesindeki bir komando taburu, NATO liderliğindeki Kosova Barış Gücü'ne (KFOR) katkı kapsamında Kosova'ya intikal etti. Milli Savunma Bakanlığından yapılan açıklamada, yaklaşık 500 personelden oluşan birliğin Priştine'ye ulaştığı ve bölgedeki görevini en az altı ay sürdüreceği belirtildi. Mehmetçik, kuzey Kosova'daki gerginliklerin ardından takviye amacıyla bölgeye sevk edildi.",
     [TR], "Commando battalion deployed abroad; naming NATO alone is not a treaty."),
    ("tr-u3", "Türkiye'den Gambiya ordusuna zırhlı araç hibesi",
     "Banjul – Türkiye, Gambiya Silahlı Kuvvetleri'ne 12 adet zırhlı personel taşıyıcı ve çeşitli haberleşme teçhizatı hibe etti. Başkent Banjul'daki askeri kışlada düzenlenen teslim törenine Türkiye'nin Banjul Büyükelçisi ile Gambiya Genelkurmay Başkanı katıldı. Büyükelçi, hibenin iki ülke arasındaki savunma iş birliğinin somut bir göstergesi olduğunu söyledi. Gambiyalı yetkililer ise araçların lojistik ve eğitim faaliyetlerinde kullanılacağını ifade etti.",
     [MA], "State donation (hibe) of armoured vehicles."),
    ("tr-u4", "Nijer'e askeri eğitim ve danışmanlık timi gönderilecek",
     "Ankara – Milli Savunma Bakanlığı, Nijer Silahlı Kuvvetleri personeline eğitim vermek üzere 35 kişilik bir askeri eğitim ve danışmanlık timinin Niamey'e gönderileceğini açıkladı. Tim, başta insansız hava aracı kullanımı ve bakımı olmak üzere çeşitli alanlarda eğitim verecek. Bakanlık kaynakları, eğitim programıyla eş zamanlı olarak Nijer ordusuna hafif zırhlı araç ve gece görüş teçhizatı da tahsis edileceğini bildirdi.",
     [TR, MA], "Military training team sent abroad plus allocated equipment."),
    ("tr-u5", "Ankara'dan Montrö Sözleşmesi'nde değişiklik önerilerine ret",
     "Ankara – Dışişleri Bakanlığı, bazı müttefik başkentlerde dile getirilen Montrö Sözleşmesi'nin gözden geçirilmesine yönelik önerileri kesin bir dille reddetti. Bakanlık açıklamasında, Boğazlardan geçiş rejimini düzenleyen sözleşmenin bölgesel istikrarın temel unsurlarından biri olduğu, Türkiye'nin sözleşmenin hükümlerini titizlikle uygulamaya devam edeceği ve metnin yeniden müzakeresinin gündemde olmadığı vurgulandı.",
     [T], "Existing international convention discussed and its renegotiation rejected."),
    ("tr-u6", "Trabzonspor Norveçli kanat oyuncusuyla sözleşme imzaladı",
     "İstanbul – Trabzonspor, Norveçli kanat oyuncusuyla 3+1 yıllık sözleşme imzaladığını KAP'a bildirdi. Bordo-mavili kulüp, oyuncuya yıllık 1,8 milyon euro garanti ücret ödeyecek. Karadeniz ekibinin taraftar ordusu ise yeni transferi havalimanında meşale ve tezahüratlarla karşıladı. Teknik direktör, hücum hattına büyük bir güç katılacağını belirterek, 'Rakiplerimize karşı cepheyi güçlendirdik' dedi.",
     [], "Near-miss: 'sözleşme' is a player contract; 'ordu'/'cephe' are figurative."),
    ("tr-u7", "Zafer Bayramı coşkusu: Başkentte geçit töreni",
     "Ankara – 30 Ağustos Zafer Bayramı'nın yıl dönümü nedeniyle başkentte düzenlenen törende Kara, Deniz ve Hava Kuvvetleri'ne bağlı birlikler geçit töreni yaptı. Harp okullarının öğrencileri ve Mehmetçik, tribünlerin önünden geçerken halk tarafından alkışlandı. Törende ayrıca yerli üretim zırhlı araçlar ve insansız hava araçları sergilendi. Hava gösterisinin ardından Türk Yıldızları da Anıtkabir üzerinde uçuş gerçekleştirdi.",
     [], "Near-miss: soldiers marching in a domestic parade."),
    ("tr-u8", "Ege Savunma'dan 48 milyon dolarlık ihracat sözleşmesi",
     "İzmir – Savunma sanayii şirketi Ege Savunma Teknolojileri, Güneydoğu Asya'daki bir ülkenin kara kuvvetleriyle taktik insansız kara aracı tedariki için 48 milyon dolarlık sözleşme imzaladı. Şirketin Kamuyu Aydınlatma Platformu'na yaptığı açıklamaya göre teslimatlar iki yıl içinde tamamlanacak. Anlaşma, şirketin bugüne kadarki en büyük ihracat siparişi olarak kayda geçti. Şirket hisseleri açıklamanın ardından yüzde 6 değer kazandı.",
     [], "Near-miss: arms export sold by a firm under a commercial contract."),

    # ------------------------------------------------------------------ zh
    ("zh-u1", "越老就边境河段管理换文 合作协议正式生效",
     "新华社河内5月8日电 越南外交部8日发布消息说，越南与老挝政府当天在万象就两国边境河段航道管理和防洪合作交换照会，确认双方此前达成的协议正式生效。根据协议，两国将建立联合水文监测站，定期通报汛期水位，并共同清理界河航道。越方表示，此举有助于维护边境地区的稳定与发展。",
     [T], "Exchange of notes bringing an interstate river agreement into force."),
    ("zh-u2", "孟加拉国将向中非增派维和步兵营",
     "据孟加拉国三军新闻处消息，孟加拉国将向中非共和国增派一个维和步兵营，约850名官兵将于本月下旬分批出发，加入联合国中非多层面综合稳定团。新部署的部队将驻扎在该国西部，负责主要补给线路的安全巡逻。孟加拉国是联合国维和行动的主要出兵国之一，目前已有数千名官兵在非洲多个任务区执勤。该营此前已完成为期两个月的部署前集训。",
     [TR], "Peacekeeping infantry battalion deployed abroad."),
    ("zh-u3", "日本向菲律宾海军无偿提供海岸监视雷达",
     "日本政府12日宣布，将通过“政府安全保障能力强化支援”机制，向菲律宾海军无偿提供5套海岸监视雷达系统及相关配套设备，总金额约6亿日元。日本驻菲大使当天在马尼拉出席交付仪式时表示，这批装备将帮助菲方提升海域监控能力。首批雷达预计年内运抵，其余将于明年完成交付，日方还将派技术人员协助安装调试。",
     [MA], "Government grant of defence equipment to another state's navy."),
    ("zh-u4", "法国将派军事教官团赴贝宁",
     "法国国防部近日宣布，将向贝宁派遣一支约40人的军事教官团，为贝宁军队提供反简易爆炸装置和边境巡逻培训，为期一年。法方还将向贝宁武装部队移交一批装甲巡逻车、夜视器材和无人机。贝宁北部近年来多次遭到武装分子袭击。法国国防部表示，首批教官将于下月抵达科托努，培训对象主要是驻守北部边境地区的贝宁陆军部队。",
     [TR, MA], "Military instructors sent abroad plus equipment handover."),
    ("zh-u5", "新西兰与汤加部队地位协定生效 新方工兵分队下月进驻",
     "新西兰与汤加12日在努库阿洛法互换批准书，两国部队地位协定正式生效。根据协定，新西兰国防军一支约60人的工兵分队将于下月进驻汤加，与汤加国王陛下武装部队开展为期三个月的联合训练。新西兰外长表示，协定为两国防务往来提供了法律保障，明确了驻在人员的司法管辖和出入境安排。汤加政府对协定生效表示欢迎。",
     [T, TR], "SOFA entering into force (treaty) and announced stationing of NZ soldiers in Tonga (troops); joint training alone is not assistance."),
    ("zh-u6", "吴桥杂技团启程赴欧洲巡演",
     "吴桥杂技团一行40余人日前启程赴欧洲巡演，将在德国、奥地利和匈牙利的12座城市演出《龙腾》等经典节目。团长介绍，此次巡演与德国一家演出公司签订了为期三年的合作合同，演员阵容中一半以上为“00后”。巡演将持续到明年1月。据了解，这是该团近五年来规模最大的一次海外巡演，首场演出定于本月底在柏林举行，门票已基本售罄。",
     [], "Near-miss: acrobatic troupe touring abroad and a commercial contract."),
    ("zh-u7", "空军运-20运送人道主义救灾物资赴尼泊尔",
     "中国空军两架运-20运输机13日从成都起飞，满载帐篷、净水设备和医疗物资，运往遭受强烈地震的尼泊尔灾区。据介绍，这批人道主义援助物资由中国国际发展合作署筹措，将交由当地政府统一分配。这是中国空军今年第三次执行国际救灾物资运输任务。尼泊尔驻华大使在机场送行时对中方援助表示感谢，并称物资将优先运往受灾最重的山区。",
     [], "Near-miss: humanitarian relief flown by an air force."),
    ("zh-u8", "云南增派警力开展边境专项行动",
     "云南省公安厅近日从昆明、曲靖等地抽调500余名警力，增援西双版纳边境地区，开展为期三个月的打击跨境赌博和电信诈骗专项行动。西双版纳边境管理支队同步加强边境一线巡查，在主要通道设置临时检查站。警方表示，将与周边国家执法部门加强情报交流。据悉，此次行动已抓获犯罪嫌疑人40余名，查扣涉案资金逾千万元。",
     [], "Near-miss: police reinforcements and border management units are not troops."),

    # ------------------------------------------------------------------ ja
    ("ja-u1", "日ウズベキスタン、投資協定の改正議定書に署名",
     "【タシケント共同】日本とウズベキスタン両政府は10日、二国間投資協定の改正議定書に署名した。相手国企業への内国民待遇の拡大や、収用時の補償ルールの明確化などを盛り込んだ。日本側は駐ウズベキスタン大使、ウズベク側は投資・産業・貿易相が署名した。両国の国内手続きを経て発効する。",
     [T], "Protocol amending an interstate investment treaty signed."),
    ("ja-u2", "チャド、ニジェール国境に部隊増派",
     "【ンジャメナAFP時事】チャド政府は5日、ニジェールとの国境地帯に陸軍部隊約1200人を増派したと発表した。国境付近では武装勢力による村落襲撃が相次いでおり、政府報道官は「領土を守るため、必要な限り部隊を駐留させる」と述べた。装甲車両や偵察機も投入されたという。",
     [TR], "Army sent to the state's own border counts as troops."),
    ("ja-u3", "フィジー軍に警備艇供与へ　OSAで",
     "政府は14日、同志国の軍などに防衛装備品を無償で提供する「政府安全保障能力強化支援（OSA）」の一環として、フィジー共和国軍に沿岸監視用の小型警備艇2隻と無線通信機材を供与すると発表した。太平洋島しょ国の海洋安全保障能力の向上を後押しする狙いがある。",
     [MA], "Grant of defence equipment to a foreign military."),
    ("ja-u4", "インド、セーシェルに軍の教官団派遣　哨戒機も供与",
     "【ニューデリー時事】インド国防省は20日、セーシェル国防軍の訓練を支援するため、陸海軍の教官ら約30人を同国に派遣すると発表した。派遣期間は1年。インドはあわせて、ドルニエ哨戒機1機と高速巡視艇をセーシェル側に無償で引き渡す。インド洋での海賊対策や違法漁業の監視を強化する狙いがある。",
     [TR, MA], "Military instructors sent abroad plus donated patrol aircraft and boat."),
    ("ja-u5", "豪陸軍部隊、北海道に到着　円滑化協定に基づき",
     "日豪円滑化協定（RAA）に基づき、オーストラリア陸軍の部隊約250人が北海道に到着した。同協定は相互訪問時の部隊の法的地位などを定めたもので、発効後、豪陸軍の国内展開としては今回が最大規模となる。部隊は来月まで滞在し、陸上自衛隊と共同訓練を行う。",
     [T, TR], "Existing reciprocal access agreement invoked; foreign troops deployed to Japan. Joint training alone is not assistance."),
    ("ja-u6", "劇団青い鳥座、初の北米公演へ",
     "東京の劇団「青い鳥座」は来月から、米国とカナダの8都市を巡る初の北米公演を行う。現地の興行会社と3年間の契約を結び、代表作を英語字幕付きで上演する。座長は「総勢30人の“部隊”で乗り込みます」と意気込んでいる。初日は来月5日、ニューヨークの小劇場で幕を開け、最終公演地はバンクーバーの予定。",
     [], "Near-miss: theatre troupe, commercial contract and a figurative 'unit'."),
    ("ja-u7", "パキスタン洪水で緊急援助物資　自衛隊派遣は「検討せず」",
     "政府は18日、大規模な洪水被害を受けたパキスタンに対し、テントや浄水器など約1億円相当の緊急援助物資を供与すると発表した。国際協力機構（JICA）を通じて現地に届ける。官房長官は記者会見で、自衛隊の派遣については「現時点で検討していない」と述べた。",
     [], "Near-miss: humanitarian relief only, and an explicit statement that no SDF will be sent."),
    ("ja-u8", "浪速精機、伊社と無人機エンジン共同開発で基本合意",
     "浪速精機（大阪市）は21日、イタリアの航空機部品メーカーと、小型無人機用エンジンの共同開発で基本合意したと発表した。両社は2027年までに試作機を完成させ、欧州やアジアの民間企業や官公庁向けに販売する計画。提携に伴い、同社は相手企業に5％出資する。",
     [], "Near-miss: agreement between companies, not states."),

    # ------------------------------------------------------------------ ko
    ("ko-u1", "한-페루 형사사법공조조약 비준서 교환…다음 달 발효",
     "외교부는 한국과 페루가 지난 12일 리마에서 '한-페루 형사사법공조조약' 비준서를 교환했다고 14일 밝혔다. 이에 따라 조약은 다음 달 13일 발효된다. 조약은 양국이 범죄 수사와 재판 과정에서 증거 수집, 압수·수색, 범죄수익 몰수 등에 대해 상호 협력하도록 규정하고 있다. 외교부 당국자는 '현지 교민과 우리 기업을 대상으로 한 범죄에 보다 신속하게 대응할 수 있는 기반이 마련됐다'며 '중남미 국가들과의 사법 협력 네트워크를 계속 넓혀 나가겠다'고 말했다.",
     [T], "Exchange of instruments of ratification of a bilateral treaty."),
    ("ko-u2", "한빛부대 19진 280여 명 남수단으로 출국",
     "남수단 재건 지원 임무를 수행할 한빛부대 19진 장병 280여 명이 15일 인천국제공항을 통해 출국했다. 이들은 현지에서 18진과 임무를 교대한 뒤 약 8개월간 보르 지역에서 활동할 예정이다. 부대는 공병과 의무 인력을 중심으로 편성됐으며, 유엔 남수단임무단(UNMISS)의 일원으로 도로 보수와 주민 의료 지원 등을 맡는다. 합동참모본부는 '현지 치안 상황을 고려해 경계 태세를 강화했다'고 밝혔다. 환송 행사에는 합참 작전본부장과 장병 가족 등 300여 명이 참석했다.",
     [TR], "Peacekeeping unit deployed abroad."),
    ("ko-u3", "퇴역 초계함, 필리핀 해군에 무상 양도",
     "정부는 퇴역한 해군 초계함 1척을 필리핀 해군에 무상 양도하기로 하고, 18일 경남 창원 진해 군항에서 인수 행사를 열었다. 초계함은 정비를 마친 뒤 필리핀 해군 승조원이 직접 운항해 마닐라로 향할 예정이다. 국방부는 이번 양도가 필리핀의 해양 감시 능력 향상에 기여할 것이라고 밝혔다. 필리핀 승조원 100여 명은 지난 두 달간 해군 교육사령부에서 함정 운용 교육을 받았다. 정부는 앞으로도 동남아 우방국과의 해양안보 협력을 확대해 나간다는 방침이다.",
     [MA], "Donation of a decommissioned warship; foreign crews trained in Korea is assistance, not troops."),
    ("ko-u4", "특전사 교관단, 우즈베키스탄 파견…군수물자도 지원",
     "국방부는 우즈베키스탄군의 특수작전 능력 향상을 돕기 위해 육군 특수전사령부 교관 20여 명을 다음 달 타슈켄트에 파견한다고 밝혔다. 교관단은 6개월간 현지에 머물며 대테러 작전과 산악 기동 훈련을 지원한다. 정부는 이와 함께 우즈베키스탄군에 야간투시경과 전술 통신장비 등 군수물자를 무상으로 지원할 계획이다. 국방부 관계자는 '중앙아시아 국가와의 실질적인 국방 교류를 강화하는 계기가 될 것'이라고 말했다. 교관단 파견은 지난해 양국 국방장관 회담에서 처음 논의됐다.",
     [TR, MA], "Special-forces trainers sent abroad plus free equipment."),
    ("ko-u5", "한-에콰도르 국방·군수협력 협정 서명…퇴역 고속정 제공",
     "한국과 에콰도르 정부가 20일 키토에서 '국방 및 군수 협력에 관한 협정'에 서명했다. 협정은 양국 군 간 교육 교류와 군수물자 이전 절차 등을 담고 있으며, 양국의 국내 비준 절차를 거쳐 발효된다. 우리 정부는 협정 서명과 함께 에콰도르 해군에 퇴역 고속정 2척과 예비 부품을 무상으로 제공하기로 했다. 국방부 관계자는 '남미 국가와의 국방 협력 기반을 넓히는 계기'라고 설명했다. 고속정은 연말까지 정비를 마친 뒤 화물선에 실려 과야킬항으로 옮겨질 예정이다.",
     [T, MA], "Intergovernmental defence agreement signed and decommissioned patrol boats donated."),
    ("ko-u6", "걸그룹 루미너스, 소속사와 재계약…팬덤 '루미 군단' 환호",
     "걸그룹 루미너스가 소속사와 재계약을 체결했다고 21일 밝혔다. 계약 기간은 3년으로, 멤버 5명 전원이 참여했다. 소식이 전해지자 팬클럽 '루미 군단'은 SNS를 통해 축하 메시지를 쏟아냈다. 루미너스는 다음 달 정규 3집을 발매하고, 10월부터 아시아 8개 도시를 도는 월드투어에 나선다. 소속사 측은 '멤버들과 신뢰를 바탕으로 한 동행을 이어가게 됐다'고 전했다. 데뷔 5년 차인 루미너스는 지난해 발표한 미니앨범으로 음악방송 1위에 오르며 인기를 굳혔다.",
     [], "Near-miss: entertainment contract and a fan club called an 'army corps'."),
    ("ko-u7", "국군의 날 광화문 시가행진…장병 4000여 명 행진",
     "건군 77주년 국군의 날을 맞아 1일 서울 광화문 일대에서 대규모 시가행진이 열렸다. 육·해·공군과 해병대 장병 4000여 명이 세종대로를 따라 행진했고, K2 전차와 K9 자주포 등 국산 무기체계도 모습을 드러냈다. 시민들은 태극기를 흔들며 장병들을 환영했다. 행사에 앞서 성남 서울공항에서는 대통령이 참석한 가운데 기념식이 진행됐다. 국방부는 행사 당일 교통 통제에 협조해 준 시민들에게 감사의 뜻을 전하며, 내년에는 부산에서도 기념 행사를 열 계획이라고 밝혔다. 시가행진은 오후 5시쯤 마무리됐다.",
     [], "Near-miss: soldiers in a domestic parade."),
    ("ko-u8", "대성정밀, 중동 국가와 2400억 원 규모 유도로켓 수출 계약",
     "방산업체 대성정밀은 중동 지역 한 국가의 국방부와 2400억 원 규모의 헬기 탑재용 유도로켓 수출 계약을 체결했다고 22일 공시했다. 계약 기간은 2029년까지이며, 회사는 현지 업체와 부품 일부를 공동 생산할 계획이다. 업계에서는 이번 계약이 중동 시장 추가 진출의 발판이 될 것으로 보고 있다. 대성정밀 주가는 공시 직후 장중 한때 12% 넘게 올랐다. 회사 측은 구체적인 수출 대상국은 상대방 요청에 따라 공개하지 않기로 했다고 설명했다. 이번 계약 규모는 회사의 지난해 연간 매출의 약 40%에 해당한다.",
     [], "Near-miss: arms export by a firm under a commercial contract."),
]

LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]
RULES = {T, TR, MA}


def build():
    recs = []
    for aid, title, body, rules, note in ARTICLES:
        recs.append({
            "id": aid,
            "language": aid.split("-")[0],
            "title": title,
            "body": body,
            "rules": list(rules),
            "kind": "positive" if rules else "near-miss",
            "note": note,
        })
    return recs


def check(recs):
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(recs) == 56
    keys = {"id", "language", "title", "body", "rules", "kind", "note"}
    for r in recs:
        assert set(r) == keys, r["id"]
        assert r["language"] in LANGS, r["id"]
        assert all(isinstance(r[k], str) and r[k].strip() for k in ("id", "title", "body", "note")), r["id"]
        assert '"' not in r["title"], r["id"]
        assert isinstance(r["rules"], list)
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert set(r["rules"]) <= RULES, r["id"]
        assert r["kind"] in ("positive", "near-miss")
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        n = len(r["body"])
        if r["language"] in ("zh", "ja"):
            assert 120 <= n <= 400, (r["id"], n)
        else:
            assert 250 <= n <= 800, (r["id"], n)
    for lang in LANGS:
        lr = [r for r in recs if r["language"] == lang]
        assert sorted(r["id"] for r in lr) == sorted(f"{lang}-u{i}" for i in range(1, 9)), lang
        pos = [r for r in lr if r["kind"] == "positive"]
        assert len(pos) == 5 and len(lr) - len(pos) == 3, lang
        for rule in RULES:
            assert any(rule in r["rules"] for r in pos), (lang, rule)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "east.jsonl")
    recs = build()
    check(recs)
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check what was written
    with open(out, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    check(back)
    counts = {k: sum(k in r["rules"] for r in back) for k in sorted(RULES)}
    print(f"wrote {len(back)} records to {out}; positives per rule: {counts}")


if __name__ == "__main__":
    main()
