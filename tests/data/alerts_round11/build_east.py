#!/usr/bin/env python3
"""Round 11 hand-labelled alert evaluation set: east languages (ru uk ar tr zh ja ko).

Articles are fictional. Labels were assigned by reading only.
Writes east.jsonl next to this script and checks it.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "east.jsonl")

T, TR, MA = "treaty", "troops", "military_assistance"


def A(id_, title, body, rules, note):
    lang = id_.split("-")[0]
    return {
        "id": id_,
        "language": lang,
        "title": title,
        "body": body,
        "rules": list(rules),
        "kind": "positive" if rules else "near-miss",
        "note": note,
    }


ARTICLES = [
    # ------------------------------------------------------------------ ru
    A("ru-t1", "Астана и Бишкек договорились о совместном управлении водами Чу и Таласа",
      "АЛМАТЫ, 14 марта. Правительства Казахстана и Киргизии подписали межгосударственное соглашение о совместном использовании водохозяйственных сооружений на реках Чу и Талас, сообщила пресс-служба казахстанского министерства водных ресурсов. Документ, согласованный после почти двух лет переговоров, устанавливает порядок распределения стока в вегетационный период и долевое финансирование ремонта плотин. Соглашение вступит в силу после ратификации парламентами обеих стран. Как отметил вице-министр Ерлан Касымов, новая редакция заменит договорённости 2000 года, которые, по его словам, «перестали отвечать реалиям маловодных лет».",
      [T], "Intergovernmental water-sharing agreement signed between two states, pending ratification."),
    A("ru-t2", "«Зенит» продлил договор с капитаном команды до 2028 года",
      "Петербургский «Зенит» продлил трудовой договор с капитаном команды, полузащитником Артёмом Соколовым. Новое соглашение рассчитано до лета 2028 года, сообщила пресс-служба клуба. По данным «Спорт-Экспресса», зарплата футболиста вырастет почти на треть. Переговоры затянулись из-за интереса к игроку со стороны турецких клубов. «Армия болельщиков сине-бело-голубых может выдохнуть», — пошутил спортивный директор, представляя игрока в новой форме на стадионе перед матчем с «Ростовом».",
      [], "Near-miss: 'договор'/'соглашение' is an employment contract with a footballer and 'армия болельщиков' is figurative."),
    A("ru-t3", "Монголия отправила очередную смену миротворцев в Южный Судан",
      "УЛАН-БАТОР. Из международного аэропорта Чингисхан в Джубу вылетела первая группа из 850 монгольских военнослужащих, которые сменят сослуживцев в составе миссии ООН. Как сообщили в Генштабе вооружённых сил Монголии, батальон будет нести охрану лагерей для перемещённых лиц в штате Юнити. В составе контингента впервые служат 60 женщин-офицеров. Ротация завершится к концу месяца, когда на родину вернутся военные предыдущего, восемнадцатого по счёту, состава.",
      [TR], "A Mongolian army battalion is deployed abroad to a UN mission (rotation)."),
    A("ru-t4", "Будапешт безвозмездно передаст Скопье бронетехнику",
      "Министры обороны Венгрии и Северной Македонии подписали в Скопье межправительственное соглашение о безвозмездной передаче македонской армии двенадцати бронированных машин и комплекта средств связи. Как уточнили в венгерском оборонном ведомстве, техника поступит из наличия вооружённых сил Венгрии до конца года, а обучение македонских экипажей пройдёт на венгерском полигоне в Татабанье. Соглашение также предусматривает поставку запасных частей в течение пяти лет. Министр обороны Северной Македонии назвал помощь «весомым вкладом в модернизацию армии».",
      [T, MA], "Intergovernmental agreement signed; state-to-state free transfer of armoured vehicles; crews trained at home in Hungary (no trainers sent abroad)."),
    A("ru-t5", "Труппа Мариинского театра отправляется на гастроли в Оман",
      "Балетная труппа Мариинского театра в начале декабря выступит в Королевском оперном театре Маската. Как сообщили в театре, в Оман отправятся более ста артистов, оркестр и технические службы; декорации к «Спящей красавице» и «Жизели» уже доставлены морем. Это первые гастроли коллектива на Аравийском полуострове. Организаторы отмечают, что билеты на все четыре спектакля раскуплены, а на генеральную репетицию пригласят студентов местных музыкальных школ.",
      [], "Near-miss: a ballet troupe travelling abroad, not troops."),
    A("ru-t6", "Румыния командирует в Молдову военных инструкторов-сапёров",
      "КИШИНЁВ. Румыния направит в Молдову группу из двадцати военных инструкторов, которые в течение полугода будут готовить сапёров Национальной армии на полигоне в Булбоаке. Об этом сообщило министерство обороны Молдовы по итогам визита румынской делегации. Помимо подготовки личного состава, Бухарест передаст молдавским военным миноискатели, защитные костюмы и два инженерных робота. В Кишинёве подчёркивают, что речь идёт о разминировании территорий, оставшихся опасными со времён конфликта 1992 года.",
      [TR, MA], "Military trainers sent abroad (troops) plus training and equipment given state-to-state (military assistance)."),
    A("ru-t7", "Самолёт МЧС доставил в Мьянму гуманитарный груз",
      "Самолёт Ил-76 МЧС России доставил в Мандалай более 35 тонн гуманитарного груза для пострадавших от землетрясения. Как сообщили в ведомстве, на борту находились палатки, генераторы, медикаменты и продукты питания. Груз передан представителям местных властей и Красного Креста. Спасатели отряда «Центроспас» остаются в городе и продолжают разбор завалов. В министерстве подчеркнули, что отправка новых бортов будет зависеть от запросов мьянманской стороны.",
      [], "Near-miss: humanitarian cargo and rescuers of the emergencies ministry, not military aid or troops despite the Il-76 and 'отряд'."),
    A("ru-t8", "Сенат Парагвая одобрил соглашение о статусе американских военных",
      "АСУНСЬОН. Сенат Парагвая 27 голосами против 14 ратифицировал соглашение о статусе сил с США, подписанное в прошлом году. Документ определяет правовой режим для американских военнослужащих, которые будут временно находиться на территории республики, в том числе на базе в департаменте Бокерон. По данным местной прессы, в будущем году туда планируется разместить до 200 американских военных. Оппозиция назвала соглашение угрозой суверенитету и пообещала оспорить его в Верховном суде.",
      [T, TR], "Status-of-forces agreement ratified (treaty) and planned stationing of US soldiers (troops)."),

    # ------------------------------------------------------------------ uk
    A("uk-t1", "Нацполіція стягує додаткові сили до Карпат на новорічні свята",
      "Національна поліція направить до гірськолижних курортів Закарпаття та Івано-Франківщини додаткові сили — понад шістсот правоохоронців із сусідніх областей. Про це повідомили в пресслужбі відомства. Патрулі чергуватимуть у Буковелі, Драгобраті й на перевалах, а кінологи — на залізничних вокзалах. Разом із поліцейськими працюватимуть рятувальники ДСНС, які нагадують туристам про лавинну небезпеку. Посилений режим діятиме до 10 січня.",
      [], "Near-miss: police 'сили' reinforced domestically; police and rescuers are not troops."),
    A("uk-t2", "У Британії завершила підготовку чергова група українських піхотинців",
      "На полігонах у Великій Британії завершила п'ятитижневий курс базової підготовки ще одна група українських військових. Як повідомило британське міністерство оборони, заняття проводили інструктори британської армії. Курс охоплював поводження зі зброєю, тактичну медицину й дії в міській забудові. Кожен випускник отримав комплект спорядження та бронежилет від британського уряду. У Лондоні наголосили, що програма триватиме щонайменше до кінця наступного року.",
      [MA], "Foreign (Ukrainian) trainees trained and equipped in the UK: military assistance only, per the trainees-at-home rule."),
    A("uk-t3", "Україна й Молдова підписали угоду щодо Дністровського гідровузла",
      "У Кишиневі уряди України та Молдови підписали угоду про спільне управління пропусками води через Дністровський гідровузол. Документ зобов'язує українську сторону заздалегідь погоджувати з молдовськими партнерами графік скидів у посушливі місяці, а Кишинів — надавати дані моніторингу якості води. Як зазначили в Міндовкіллі, переговори тривали понад три роки. Угода набуде чинності після ратифікації Верховною Радою та парламентом Молдови. Екологи вітають рішення, але нагадують про давню проблему забруднення річки стічними водами.",
      [T], "Intergovernmental river-management agreement signed, subject to ratification."),
    A("uk-t4", "Польща стягує додаткові підрозділи до кордону з Білоруссю",
      "Міністерство національної оборони Польщі ухвалило рішення перекинути до прикордонних районів Підляського воєводства ще близько трьох тисяч військовослужбовців. Як заявив речник відомства, до операції долучаться бійці 18-ї механізованої дивізії та сили територіальної оборони. Військові підсилять прикордонників на ділянках, де останніми тижнями почастішали спроби незаконного перетину. Варшава пояснює рішення також активністю білоруських військ поблизу кордону. Ротація триватиме до осені.",
      [TR], "A state's army sent to its own border counts as troops."),
    A("uk-t5", "Укрзалізниця уклала угоду з Wabtec на постачання локомотивів",
      "Укрзалізниця та американська компанія Wabtec уклали угоду про постачання сорока нових вантажних локомотивів і модернізацію ремонтного депо в Кременчуці. Як повідомили в компанії, вартість контракту перевищує 200 мільйонів доларів, частину суми буде покрито комерційним кредитом. Перші машини мають прибути навесні. Голова правління назвав угоду «найбільшою інвестицією в тяговий рухомий склад за останнє десятиліття».",
      [], "Near-miss: 'угода' is a commercial contract between companies, not a treaty."),
    A("uk-t6", "Сенат Філіппін ратифікував угоду про взаємний доступ із Новою Зеландією",
      "Сенат Філіппін ратифікував угоду про взаємний доступ військ, яку Маніла та Веллінгтон підписали минулого року. Документ встановлює правила перебування збройних сил однієї країни на території іншої під час навчань і спільних операцій. Уже цього літа на острів Лусон прибуде рота новозеландської піхоти для участі в маневрах. Прихильники угоди вважають її відповіддю на зростання напруги в Південнокитайському морі, критики — додатковим тягарем для бюджету.",
      [T, TR], "Visiting-forces agreement ratified (treaty); a New Zealand infantry company will be sent to Luzon (troops)."),
    A("uk-t7", "Японія передасть українським енергетикам обладнання на 30 мільйонів доларів",
      "Японське агентство міжнародного співробітництва JICA передасть українським енергетикам обладнання на суму близько 30 мільйонів доларів: трансформатори, генератори та мобільні котельні. Як наголосив посол Японії в Києві, допомога має виключно цивільний характер — Токіо дотримується власних обмежень і не постачає зброї. Перші вантажі прибудуть до Одеської та Харківської областей ще до початку опалювального сезону. Обладнання розподілять між підприємствами, що найбільше постраждали від обстрілів.",
      [], "Near-miss: civilian energy equipment; explicitly not military aid."),
    A("uk-t8", "Прага і Київ уклали міжурядову угоду про передачу снарядів",
      "Уряди Чехії та України підписали міжурядову угоду, за якою Прага протягом року безоплатно передасть Збройним силам України понад сто тисяч артилерійських снарядів зі складів чеської армії. Про це повідомила міністерка оборони Чехії після зустрічі з українським колегою. Документ також передбачає ремонт української бронетехніки на чеських підприємствах за рахунок державного бюджету. Перша партія вже перебуває в дорозі. У Києві подякували за підтримку й назвали чеську допомогу «критично важливою» перед зимою.",
      [T, MA], "Intergovernmental agreement signed; state donation of army ammunition and state-funded repairs are military assistance."),

    # ------------------------------------------------------------------ ar
    A("ar-t1", "موريتانيا والسنغال توقعان اتفاقية جديدة للصيد البحري",
      "وقّعت موريتانيا والسنغال في نواكشوط اتفاقية ثنائية جديدة تنظم الصيد البحري في المياه الموريتانية لمدة خمس سنوات، تسمح بموجبها نواكشوط لنحو 500 زورق سنغالي تقليدي بالصيد مقابل التزامات بتفريغ جزء من الحصيلة في الموانئ الموريتانية. وقال وزير الصيد الموريتاني إن الاتفاقية تتضمن آليات لمراقبة الحصص وحماية الأنواع المهددة، فيما رحبت نقابات الصيادين في سان لويس بالاتفاق بعد أشهر من التوتر على الحدود البحرية. وتدخل الاتفاقية حيز التنفيذ بعد استكمال الإجراءات الدستورية في البلدين.",
      [T], "Bilateral fisheries agreement between two states signed."),
    A("ar-t2", "«أدنوك» توقع اتفاقية توريد غاز طويلة الأجل مع «جيرا» اليابانية",
      "وقعت شركة بترول أبوظبي الوطنية «أدنوك» اتفاقية طويلة الأجل مع شركة «جيرا» اليابانية لتوريد مليون طن سنويا من الغاز الطبيعي المسال لمدة خمسة عشر عاما، ابتداء من عام 2028. وقالت الشركة في بيان إن الاتفاقية تعزز مكانتها في الأسواق الآسيوية، فيما أوضحت «جيرا» أن الشحنات ستُوجَّه إلى محطات توليد الكهرباء في منطقة طوكيو. ولم يُكشف عن قيمة الصفقة، لكن محللين قدروها بعدة مليارات من الدولارات.",
      [], "Near-miss: 'اتفاقية' here is a supply contract between two companies, not a treaty."),
    A("ar-t3", "الجيش الأردني يعزز انتشاره على الحدود الشمالية",
      "أعلنت القوات المسلحة الأردنية - الجيش العربي الدفع بتعزيزات عسكرية إضافية إلى المنطقة العسكرية الشمالية، تشمل وحدات مشاة آلية وسرايا استطلاع، وذلك لمواجهة تصاعد محاولات تهريب المخدرات والأسلحة عبر الحدود مع سوريا. وقال مصدر عسكري لوكالة الأنباء الأردنية (بترا) إن الوحدات المنتشرة مخولة بتطبيق قواعد اشتباك مشددة، مشيرا إلى أن القوات أحبطت منذ مطلع الشهر ثماني محاولات تسلل. وتأتي الخطوة بعد اشتباك ليلي أسفر عن إصابة جنديين.",
      [TR], "Army units reinforced at the state's own border: troops."),
    A("ar-t4", "الدفاع المدني يسيطر على حريق ضخم في أحراج عكار",
      "تمكنت فرق الدفاع المدني اللبناني، بمؤازرة عناصر من قوى الأمن الداخلي، من السيطرة على حريق ضخم اندلع في أحراج القبيات بقضاء عكار بعد أكثر من عشر ساعات من العمل المتواصل. وأفادت المديرية العامة للدفاع المدني بأنها دفعت بتعزيزات من مراكز طرابلس والمنية، فيما انتشرت دوريات قوى الأمن على الطرقات لتأمين إجلاء السكان من المنازل القريبة. وأتت النيران على نحو 40 هكتارا من أشجار الصنوبر والسنديان، ولم تُسجل إصابات بشرية.",
      [], "Near-miss: civil defence and internal security forces (firefighters, police) are not troops despite 'قوى'/'تعزيزات'/'انتشرت'."),
    A("ar-t5", "دفعة جديدة من العسكريين الأتراك تصل إلى الدوحة",
      "وصلت إلى الدوحة دفعة جديدة من العسكريين الأتراك للانضمام إلى قيادة القوات المشتركة القطرية التركية، في إطار اتفاقية التعاون العسكري الموقعة بين البلدين عام 2014. وأفادت وزارة الدفاع التركية بأن الدفعة تضم عناصر مشاة ومدرعات وستحل محل القوة الحالية المتمركزة في قاعدة طارق بن زياد. وأكد مسؤول قطري أن الاتفاقية تنص على تبادل الخبرات وإجراء مناورات مشتركة، وأن وجود القوات التركية يندرج ضمن «شراكة استراتيجية» بين الدوحة وأنقرة.",
      [T, TR], "Turkish soldiers deployed/stationed in Qatar (troops) under an invoked 2014 bilateral military agreement (treaty)."),
    A("ar-t6", "هبة إيطالية: زورقا دورية لجيش البحر التونسي",
      "تسلّم جيش البحر التونسي زورقي دورية سريعين مقدمين هبةً من الحكومة الإيطالية، خلال مراسم أقيمت في القاعدة البحرية ببنزرت بحضور وزير الدفاع الوطني والسفير الإيطالي. وأوضحت وزارة الدفاع أن الزورقين مجهزان بأنظمة رادار ورؤية ليلية، وسيُخصصان لمراقبة السواحل ومكافحة الهجرة غير النظامية. وأشار السفير إلى أن بلاده ستواصل دعم القدرات الدفاعية التونسية بقطع غيار وتدريب الطواقم التونسية في إيطاليا خلال العام المقبل.",
      [MA], "Government-to-government donation of patrol boats to a navy plus training at home in Italy: military assistance."),
    A("ar-t7", "جسر جوي أردني لنقل المساعدات إلى درنة",
      "أقلعت من قاعدة ماركا الجوية ثلاث طائرات تابعة لسلاح الجو الملكي الأردني محملة بأكثر من 40 طنا من المساعدات الإنسانية والطبية إلى مدينة درنة الليبية المنكوبة بالفيضانات. وقالت الهيئة الخيرية الأردنية الهاشمية إن الشحنة تضم خياما وأغطية وأدوية ومواد غذائية، وإنها ستسلم إلى الهلال الأحمر الليبي. وأوضحت الهيئة أن الجسر الجوي سيستمر خلال الأيام المقبلة، داعية المواطنين إلى التبرع عبر حساباتها الرسمية.",
      [], "Near-miss: humanitarian aid flown by an air force is not military assistance; no forces are deployed, planes only carry cargo."),
    A("ar-t8", "مصر توفد مدربين عسكريين إلى جيبوتي",
      "أوفدت القوات المسلحة المصرية فريقا من المدربين العسكريين إلى جيبوتي لتأهيل عناصر من القوات البرية الجيبوتية على أعمال تأمين الحدود ومكافحة الإرهاب، وذلك لمدة ستة أشهر. وذكر المتحدث العسكري أن الفريق يضم ضباطا وصف ضباط من الصاعقة والمهندسين العسكريين، وأن القاهرة أرسلت كذلك شحنة من المركبات المدرعة الخفيفة ومعدات الاتصال هدية للجيش الجيبوتي. وأشاد رئيس أركان جيبوتي بالدعم المصري، مؤكدا أنه يعزز قدرة بلاده على حماية حدودها.",
      [TR, MA], "Military trainers sent abroad (troops) and armoured vehicles gifted to another army (military assistance)."),

    # ------------------------------------------------------------------ tr
    A("tr-t1", "Fenerbahçe, Brezilyalı stoperle 3 yıllık sözleşme imzaladı",
      "Fenerbahçe, Brezilya ekibi Gremio'da forma giyen 24 yaşındaki stoper Lucas Andrade ile 3 yıllık sözleşme imzaladı. Sarı-lacivertli kulüp, KAP'a yaptığı açıklamada oyuncuya sezon başına 2,2 milyon euro ödeneceğini, Gremio'ya ise 9 milyon euro bonservis bedeli verileceğini duyurdu. Oyuncu, imza töreninin ardından stadı dolduran taraftar ordusunu selamladı. Andrade, 'Bu büyük kulübün savunmasını bir kale gibi koruyacağım' dedi.",
      [], "Near-miss: a player's contract and a figurative 'taraftar ordusu' (fan army)."),
    A("tr-t2", "Türkiye ile Gürcistan, Sarp'ta ortak gümrük kontrolü için anlaşma imzaladı",
      "Türkiye ile Gürcistan arasında Sarp Sınır Kapısı'nda ortak gümrük kontrolü uygulamasını öngören hükümetlerarası anlaşma Tiflis'te imzalandı. Ticaret Bakanlığı'ndan yapılan açıklamaya göre anlaşma, tır ve yolcu geçişlerinde iki ülke görevlilerinin tek noktada kontrol yapmasına imkân tanıyacak. Böylece sınırdaki bekleme süresinin yarı yarıya kısalması bekleniyor. Anlaşmanın yürürlüğe girmesi için TBMM ve Gürcistan Parlamentosu'nun onayı gerekiyor. Karadeniz bölgesindeki nakliyeciler düzenlemeyi memnuniyetle karşıladı.",
      [T], "Intergovernmental border-crossing agreement signed, pending ratification."),
    A("tr-t3", "TBMM, Lübnan tezkeresini bir yıl uzattı",
      "Türkiye Büyük Millet Meclisi Genel Kurulu, Türk Silahlı Kuvvetleri unsurlarının Birleşmiş Milletler Lübnan Geçici Görev Gücü (UNIFIL) kapsamında Lübnan'da bulunmasına ilişkin tezkerenin süresini bir yıl daha uzattı. Tezkere, iktidar partilerinin oylarıyla kabul edilirken bazı muhalefet partileri ret oyu kullandı. Halen bölgede bir fırkateyn ve istihkâm birliği bulunan Türkiye, görev gücüne 2006'dan bu yana katkı veriyor. Milli Savunma Bakanlığı, Türk askerinin bölgedeki huzurun korunmasına katkısının süreceğini açıkladı.",
      [TR], "Parliament extends the deployment of Turkish armed forces (frigate, engineer unit) in Lebanon."),
    A("tr-t4", "Zafer Bayramı Ankara'da coşkuyla kutlandı",
      "30 Ağustos Zafer Bayramı'nın yıl dönümü Ankara'da düzenlenen törenlerle kutlandı. Anıtkabir'deki resmî törenin ardından Kara, Deniz ve Hava Kuvvetleri ile Jandarma birliklerinden oluşan tören kıtaları Atatürk Bulvarı'nda geçit yaptı. Türk Yıldızları'nın gösteri uçuşunu binlerce vatandaş izledi. Büyük Taarruz'un yönetildiği Kocatepe'de de sabah saatlerinde anma programı gerçekleştirildi.",
      [], "Near-miss: soldiers marching in a parade at home are not troops."),
    A("tr-t5", "Milli Savunma Bakanlığı Arnavutluk'a zırhlı araç hibe etti",
      "Türkiye, Arnavutluk Silahlı Kuvvetleri'ne hibe kapsamında 14 adet mayına karşı korumalı zırhlı araç, telsiz ve gece görüş dürbünü teslim etti. Tiran'da düzenlenen törende konuşan Türkiye'nin Tiran Büyükelçisi, malzemenin Türk Silahlı Kuvvetleri envanterinden karşılandığını ve bedelinin tamamen Türk hükümetince üstlenildiğini belirtti. Arnavutluk Savunma Bakanı ise katkının ordunun hazırlık seviyesini artıracağını söyledi. Araçların bakımına yönelik eğitim ise Arnavut personele Ankara'da verilecek.",
      [MA], "State grant of armoured vehicles to another state's army, training at home in Ankara: military assistance only."),
    A("tr-t6", "Türk fırkateyni Somali açıklarında göreve başladı",
      "Türkiye ile Somali arasında geçen yıl imzalanan savunma ve ekonomik işbirliği çerçeve anlaşması kapsamında Deniz Kuvvetleri Komutanlığına ait bir fırkateyn ile destek gemisi Somali karasularında konuşlandırıldı. MSB kaynakları, gemilerin deniz haydutluğu ve yasa dışı balıkçılığa karşı devriye görevi üstleneceğini bildirdi. Gemilerle birlikte Mogadişu'ya giden Türk eğitim timi, Somali deniz kuvvetleri personeline seyir, bakım ve arama-tarama eğitimi verecek.",
      [T, TR, MA], "Bilateral defence framework agreement invoked; warships deployed abroad (troops); training team sent abroad to train Somali navy (troops + military assistance)."),
    A("tr-t7", "Baykar, Endonezya ile 12 TB3 için ihracat sözleşmesi imzaladı",
      "Türk savunma sanayii şirketi Baykar, Endonezya Savunma Bakanlığı ile 12 adet TB3 silahlı insansız hava aracının satışını kapsayan ihracat sözleşmesi imzaladı. Şirketten yapılan açıklamada, teslimatların 2026'da başlayacağı ve paketin yer kontrol istasyonları ile teknik destek hizmetlerini de içerdiği belirtildi. Sözleşmenin bedeli açıklanmadı. Şirket yetkilileri, Endonezya'nın ikinci bir sipariş için de görüşmeler yürüttüğünü ifade etti.",
      [], "Near-miss: arms sold by a firm to a foreign ministry under a commercial contract are neither military assistance nor a treaty."),
    A("tr-t8", "Azerbaycan, Nahçıvan'daki birliklerini takviye etti",
      "Azerbaycan Savunma Bakanlığı, Nahçıvan Özerk Cumhuriyeti'nde konuşlu Ayrı Kombine Ordu'ya bağlı birliklerin topçu ve hava savunma unsurlarıyla takviye edildiğini duyurdu. Bakanlık açıklamasında sevkiyatın bölgedeki güvenliği güçlendirmek amacıyla yapıldığı belirtilirken, Ermeni basını sınır hattında hareketliliğin arttığını yazdı. Askerî nakliye uçaklarıyla bölgeye ulaştırılan askerlerin ve mühimmatın konuşlandırılmasının hafta sonuna kadar tamamlanması bekleniyor. Erivan yönetimi durumu yakından takip ettiğini açıkladı.",
      [TR], "Azerbaijan moves additional soldiers and units to its exclave near the Armenian border: troops."),

    # ------------------------------------------------------------------ zh
    A("zh-t1", "孟加拉国再派维和营赴中非",
      "据孟加拉国三军公共关系局消息，一支由约750名官兵组成的孟加拉国陆军维和营近日从达卡启程，前往中非共和国接替已完成任务的轮换部队。该营将部署在该国西部的布阿尔地区，负责巡逻、护送人道主义车队和保护平民。孟加拉国是联合国维和行动最大的出兵国之一，目前在多个任务区部署有逾六千名军人。",
      [TR], "A national army battalion deployed abroad on a UN mission."),
    A("zh-t2", "老挝柬埔寨签署陆地边界联合勘界议定书",
      "【本报万象电】老挝与柬埔寨两国政府代表日前在万象签署《老柬陆地边界联合勘界议定书》，确认双方约86%边界线的走向和界桩位置。老挝外交部表示，剩余争议地段将由两国边界联合委员会继续谈判解决。议定书须经两国国会批准后生效。分析人士认为，此举有助于推动沿湄公河地区的跨境贸易和旅游合作。",
      [T], "Interstate border protocol signed, subject to ratification."),
    A("zh-t3", "云南消防救援队抵达缅甸震区",
      "由云南省消防救援总队队员组成的救援队一行60人，携带生命探测仪、破拆工具和搜救犬，于昨日凌晨乘包机抵达缅甸曼德勒，随即投入搜救行动。与此同时，中方援助的首批帐篷、毛毯和医疗物资也已运抵仰光。中国驻缅甸使馆表示，将根据缅方需求继续提供人道主义援助。救援队预计在当地工作约两周。",
      [], "Near-miss: firefighters/rescuers sent abroad and humanitarian supplies; neither troops nor military assistance."),
    A("zh-t4", "印度向马达加斯加海军无偿移交巡逻艇",
      "据印度国防部消息，印度政府日前在马达加斯加北部的安齐拉纳纳港举行仪式，向马达加斯加海军无偿移交两艘快速巡逻艇，并同时交付一批轻武器、夜视器材及备件。印方表示，此举旨在帮助马方加强专属经济区巡逻能力，打击海盗和非法捕捞。马达加斯加武装部队部长在仪式上对印方的防务支持表示感谢。",
      [MA], "State-to-state free transfer of patrol boats and weapons to a navy: military assistance."),
    A("zh-t5", "比亚迪与泰国经销商签署战略合作协议",
      "比亚迪股份有限公司与泰国汽车经销集团在曼谷签署战略合作协议，双方将在未来三年内共同新建40家销售及售后服务网点，并在春武里府扩建零部件仓储中心。比亚迪方面表示，该协议将进一步巩固其在泰国新能源汽车市场的领先地位。双方还将联合开展充电设施布局和售后技师培训。协议具体金额未予披露。",
      [], "Near-miss: a cooperation agreement between companies, not a treaty."),
    A("zh-t6", "澳巴新签署防务条约 澳军将进驻马努斯岛",
      "澳大利亚与巴布亚新几内亚两国总理在莫尔斯比港签署一项双边防务条约，规定任何一方遭受武装攻击时，双方将进行磋商并采取共同行动。根据条约，澳大利亚国防军将在巴新马努斯岛的隆布鲁姆海军基地长期驻扎一支约300人的部队，并轮换派驻巡逻舰。巴新总理表示，条约将提交国民议会审议。",
      [T, TR], "Bilateral defence treaty signed (treaty); announced stationing of Australian forces in PNG (troops)."),
    A("zh-t7", "中国女排出征世锦赛",
      "中国女排昨日从北京首都机场出发，远赴泰国曼谷出征世界女排锦标赛。主教练在出发前表示，队伍经过两个月集训，全体将士士气高昂，小组赛首战将迎战老对手日本队，“这是一场硬仗，我们会打好每一仗”。不少球迷在社交媒体上为“中国女排军团”加油助威。本届世锦赛共有32支球队参赛。",
      [], "Near-miss: sports team described with military metaphors ('出征', '将士', '军团'); not troops."),
    A("zh-t8", "法国向贝宁派遣军事教官",
      "法国国防部宣布，将向贝宁派遣约80名军事教官，协助贝宁武装部队提升应对北部边境武装分子渗透的能力。这批教官将在贝宁北部的帕拉库开展为期一年的培训，内容包括反简易爆炸装置、战场急救和无人机侦察等。法方还将向贝宁军队提供装甲车辆、通信设备和防弹衣。贝宁政府发言人表示欢迎，但强调不会允许外国在其领土上设立永久军事基地。",
      [TR, MA], "Military trainers sent abroad (troops) plus training and equipment supplied to another army (military assistance)."),

    # ------------------------------------------------------------------ ja
    A("ja-t1", "映画の撮影部隊、アイスランドへ　雪原の進軍シーン収録",
      "人気漫画を実写化する映画の撮影部隊約８０人が来月、アイスランド南部で大規模なロケを行う。制作会社によると、氷河や黒砂海岸を舞台に、主人公率いる軍勢が雪原を進軍する場面などを撮影する予定。現地の撮影許可は昨年取得済みで、地元の制作会社と業務委託契約を結んだ。公開は来年夏を予定している。",
      [], "Near-miss: a film crew ('撮影部隊') and fictional army scenes; commercial contract only."),
    A("ja-t2", "日本とモンゴル、社会保障協定に署名",
      "日本とモンゴルの両政府は１２日、東京都内で社会保障協定に署名した。両国に派遣される企業駐在員などが年金保険料を二重に負担する問題を解消するのが狙い。協定は両国での国会承認などの手続きを経て発効する。外務省によると、発効すれば約千人の駐在員と関係企業の負担軽減につながるという。",
      [T], "Social security agreement between two states signed, pending approval."),
    A("ja-t3", "海自護衛艦、ソマリア沖へ出航",
      "ソマリア沖・アデン湾での海賊対処行動に当たる海上自衛隊の護衛艦「あけぼの」が１日、母港の佐世保基地を出港した。政府が先月、派遣期間を１年延長する閣議決定をしたことを受けたもので、乗員約２００人はジブチを拠点に民間船舶の護衛に当たる。出港式では家族らが手を振って見送った。",
      [TR], "A warship with crew deployed abroad: troops."),
    A("ja-t4", "政府、モンゴル軍にレーダー供与へ　ＯＳＡで交換公文",
      "政府は、同志国の軍に防衛装備品を無償で提供する「政府安全保障能力強化支援（ＯＳＡ）」の一環として、モンゴル国軍に航空警戒管制レーダー一式を供与することを決め、ウランバートルで両政府が交換公文に署名した。供与額は約１２億円で、運用要員の教育も日本国内で行う。防衛当局者は「地域の安定に資する」としている。",
      [T, MA], "Exchange of notes between governments (treaty) for free provision of defence equipment to another state's army (military assistance)."),
    A("ja-t5", "海保、アジアの海上保安機関職員を研修",
      "海上保安庁は、ベトナムやインドネシアなどアジア６か国の海上保安機関の職員ら１８人を招き、海上保安大学校（広島県呉市）で研修を始めた。国際協力機構（ＪＩＣＡ）との共同事業で、海難救助や油流出事故への対応、海上法執行の手法を学ぶ。期間は約２か月。同庁は「法の支配に基づく海洋秩序の維持に向けた協力」と位置づけている。",
      [], "Near-miss: training of foreign coast guard (law-enforcement) officials, not military assistance."),
    A("ja-t6", "英陸軍部隊が来日　日英円滑化協定に基づき共同訓練",
      "英国陸軍の歩兵部隊約１５０人が来日し、陸上自衛隊と北海道の矢臼別演習場で共同訓練を始めた。日英円滑化協定（ＲＡＡ）に基づき、入国手続きや装備品の持ち込みが簡素化された初のケースとなる。訓練は２週間の予定で、寒冷地での戦闘要領などを確認する。防衛省は「協定の運用面で重要な一歩」としている。",
      [T, TR], "British troops deployed to Japan (troops) under an invoked reciprocal access agreement (treaty); exercise alone is not military assistance."),
    A("ja-t7", "防衛省、カンボジア・ラオス軍人に不発弾処理研修",
      "防衛省は、カンボジアとラオスの両軍から将校ら計１２人を受け入れ、陸上自衛隊の施設学校（茨城県ひたちなか市）で不発弾処理の研修を始めた。能力構築支援事業の一環で、期間は約１か月。探知機の使い方や安全な処理手順を学ぶほか、研修で使う探知機一式は修了後、各国軍に供与される。",
      [MA], "Foreign military trainees received at home and equipment given to their armies: military assistance only."),
    A("ja-t8", "日本ハム、台湾の剛腕と２年契約",
      "プロ野球の日本ハムは２０日、台湾プロ野球・楽天モンキーズの右腕、林志豪投手（２６）と２年契約で合意したと発表した。年俸は推定１億円。最速１５８キロの直球が武器で、球団は「外国人部隊の柱として期待している」とコメントした。来月の春季キャンプに合流する予定。",
      [], "Near-miss: sports employment contract and figurative '外国人部隊'."),

    # ------------------------------------------------------------------ ko
    A("ko-t1", "한-카자흐스탄, 범죄인 인도조약·형사사법공조조약 서명",
      "한국과 카자흐스탄이 범죄인 인도조약과 형사사법공조조약에 나란히 서명했다. 법무부는 11일 아스타나에서 열린 양국 법무장관 회담에서 두 조약에 서명했다고 밝혔다. 조약이 발효되면 양국은 상대국이 요청하는 범죄인을 인도하고, 수사와 재판에 필요한 증거 수집 및 자료 제공에서 협력하게 된다. 최근 중앙아시아를 거점으로 한 보이스피싱 조직과 가상자산 사기 사건이 잇따르면서 수사 공조 필요성이 커졌다는 것이 법무부 설명이다. 조약은 양국의 국내 비준 절차를 거쳐 발효된다.",
      [T], "Two bilateral treaties signed between states."),
    A("ko-t2", "국군의 날 시가행진…서울 도심에 장병 4천여 명",
      "국군의 날을 맞아 1일 서울 광화문 일대에서 시가행진이 열렸다. 육·해·공군과 해병대 장병 4천여 명이 숭례문에서 광화문까지 행진했고, K2 전차와 천무 다연장로켓 등 주요 장비도 모습을 드러냈다. 시민들은 태극기를 흔들며 장병들을 응원했다. 이에 앞서 성남 서울공항에서 열린 기념식에서는 공군 특수비행팀 블랙이글스의 축하 비행이 펼쳐졌다. 국방부는 올해 행사에 시민 참관단 1만여 명이 함께했다고 밝혔다. 행진 구간 주변에서는 오후까지 교통이 통제됐으며, 서울시는 지하철을 증편 운행했다.",
      [], "Near-miss: soldiers marching in a parade at home are not troops."),
    A("ko-t3", "청해부대 46진, 아덴만으로 출항",
      "해군 청해부대 46진 대조영함이 15일 부산 작전기지에서 환송식을 갖고 아덴만 해역으로 출항했다. 46진은 함정 승조원과 특수전 요원, 해상작전헬기 조종사 등 300여 명으로 구성됐다. 이들은 현지에서 45진과 임무를 교대한 뒤 약 6개월간 우리 선박의 안전 항해를 지원하고 해적 퇴치 임무를 수행한다. 합동참모본부는 최근 호르무즈 해협 인근의 긴장이 높아진 만큼 유사시 우리 국민 보호 임무에도 대비할 계획이라고 밝혔다. 해군은 장기간 항해에 대비해 군의관과 간호장교도 함께 승선시켰다고 덧붙였다.",
      [TR], "Naval unit with warship deployed abroad: troops."),
    A("ko-t4", "한화에어로스페이스, 페루에 K9 자주포 수출 계약",
      "한화에어로스페이스가 페루 국방부와 K9 자주포 24문을 공급하는 계약을 체결했다고 공시했다. 계약 규모는 약 3천억 원으로, 탄약운반차와 정비 지원 패키지가 포함됐다. 회사 측은 '중남미 시장에서 K9의 첫 성과'라며 향후 추가 수주 가능성도 있다고 밝혔다. 업계에서는 이번 계약으로 K9을 운용하는 국가가 11개국으로 늘어나게 됐다고 분석했다. 첫 물량은 내년 하반기 현지에 인도될 예정이다. 페루 측은 노후 견인포를 대체하기 위한 사업이라고 설명했으며, 회사는 현지 정비 인력 교육도 직접 맡는다.",
      [], "Near-miss: arms sold by a firm under a commercial contract; not military assistance, not a treaty."),
    A("ko-t5", "정부, 퇴역 초계함 에콰도르에 무상 양도…양국 협정 서명",
      "정부가 퇴역한 해군 초계함 1척을 에콰도르 해군에 무상으로 양도한다. 국방부는 지난 20일 키토에서 한국과 에콰도르 정부가 '퇴역함정 무상양도에 관한 협정'에 서명했다고 밝혔다. 양도 대상은 지난해 퇴역한 포항급 초계함으로, 정비를 거쳐 내년 상반기 인도될 예정이다. 에콰도르 해군 승조원 60여 명은 인도에 앞서 진해 해군기지에서 함정 운용 교육을 받는다. 국방부 관계자는 '중남미 국가들과의 국방 협력을 확대하는 계기가 될 것'이라고 말했다. 함포 등 주요 무장은 그대로 탑재된 채 인도된다.",
      [T, MA], "Intergovernmental agreement signed (treaty); free transfer of a warship and training of foreign crews at home (military assistance)."),
    A("ko-t6", "아크부대 24진 UAE로 출국…특수전 교육훈련 지원",
      "육군 특수전사령부 장병 150여 명으로 구성된 아크부대 24진이 아랍에미리트(UAE)로 떠났다. 이들은 앞으로 8개월간 알아인 지역에 주둔하며 UAE 특수전 부대의 교육훈련을 지원하고, 유사시 현지 우리 국민 보호 임무를 맡는다. 아크부대는 2011년 첫 파병 이후 UAE군과 대테러, 고공강하, 저격 등 분야에서 연합훈련을 실시해 왔다. 합참은 아크부대가 양국 간 국방 협력의 상징으로 자리 잡았다고 평가했다. 이번 24진에는 처음으로 여군 부사관 10여 명이 포함됐다.",
      [TR, MA], "Special forces unit deployed abroad (troops) to train another state's forces (military assistance)."),
    A("ko-t7", "소방청 국제구조대, 알바니아 지진 현장 급파",
      "소방청은 규모 6.4 지진으로 큰 피해를 본 알바니아에 국제구조대 50명을 급파했다고 17일 밝혔다. 구조대는 중앙119구조본부 대원과 구조견 4마리로 구성됐으며, 두러스 인근 붕괴 건물에서 매몰자 수색에 투입된다. 정부는 이와 별도로 한국국제협력단(KOICA)을 통해 200만 달러 규모의 인도적 지원을 제공하기로 했다. 외교부는 알바니아 정부의 요청에 따라 추가 지원을 검토하겠다고 밝혔다. 구조대는 약 2주간 현지에서 활동한 뒤 귀국할 예정이다.",
      [], "Near-miss: firefighter rescue team and humanitarian aid sent abroad; neither troops nor military assistance."),
    A("ko-t8", "제13차 방위비분담특별협정 국회 비준…주한미군 병력 유지 명문화",
      "국회는 28일 본회의를 열어 제13차 한미 방위비분담특별협정(SMA) 비준동의안을 가결했다. 협정에 따라 주한미군 주둔을 위해 한국이 부담하는 분담금은 첫해 1조6천억 원대로 전년 대비 5.1% 늘어난다. 이번 협정에는 주한미군 병력을 현 수준인 2만8천500명으로 유지한다는 문구가 처음으로 포함됐다. 정부는 이를 한반도 억제력의 핵심이라고 강조했으나, 일부 시민단체는 과도한 부담이라며 반발했다. 협정의 유효기간은 5년이며, 내년 1월 1일부터 적용된다.",
      [T, TR], "Bilateral cost-sharing agreement ratified (treaty); it fixes the stationing level of US forces in Korea (troops stationed)."),
]

LANGS = ["ru", "uk", "ar", "tr", "zh", "ja", "ko"]
RULES = {T, TR, MA}
KEYS = ["id", "language", "title", "body", "rules", "kind", "note"]


def check(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(records) == 8 * len(LANGS)
    for r in records:
        assert list(r.keys()) == KEYS, r["id"]
        for k in ("id", "language", "title", "body", "kind", "note"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-t"), r["id"]
        assert isinstance(r["rules"], list), r["id"]
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert set(r["rules"]) <= RULES, r["id"]
        assert r["kind"] in ("positive", "near-miss"), r["id"]
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        assert '"' not in r["title"], r["id"]
        n = len(r["body"])
        lo, hi = (120, 400) if r["language"] in ("zh", "ja") else (250, 800)
        assert lo <= n <= hi, (r["id"], n, lo, hi)
    for lang in LANGS:
        recs = [r for r in records if r["language"] == lang]
        assert sorted(r["id"] for r in recs) == sorted(
            "%s-t%d" % (lang, i) for i in range(1, 9)), lang
        pos = [r for r in recs if r["kind"] == "positive"]
        assert len(pos) == 5, (lang, len(pos))
        assert len(recs) - len(pos) == 3, lang
        for rule in RULES:
            assert any(rule in r["rules"] for r in pos), (lang, rule)


def main():
    check(ARTICLES)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ARTICLES:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check the written file
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    check(back)
    counts = {rule: sum(rule in r["rules"] for r in back) for rule in sorted(RULES)}
    print("wrote", OUT, len(back), "records; positives per rule:", counts)


if __name__ == "__main__":
    main()
