import json
A = []
def a(id, lang, title, body, rules, note):
    A.append({"id": id, "language": lang, "title": title, "body": body, "rules": rules,
              "kind": "positive" if rules else "near-miss", "note": note})
# en
a("tune-en-1","en","Kazakhstan and Uzbekistan ratify border and water-sharing pact",
 "Lawmakers in Astana and Tashkent on Thursday ratified a bilateral treaty settling the last disputed stretches of their shared border and fixing water quotas from the Syr Darya. The agreement, signed by both presidents in June, enters into force once the instruments of ratification are exchanged next month. Officials said the accord also commits both governments to joint monitoring stations.",
 ["treaty"],"bilateral border treaty ratified; wording pact/accord/instruments of ratification")
a("tune-en-2","en","Norway and Denmark hand over air-defence systems to Ukraine",
 "Oslo and Copenhagen confirmed on Monday that two NASAMS batteries and several hundred interceptor missiles have been delivered to Ukraine as part of a joint weapons package worth roughly 600 million euros. Danish instructors will also train Ukrainian crews on the launchers at a base in Jutland over the winter, the two defence ministries said.",
 ["military_assistance"],"weapons package + crew training; no 'military aid' phrase")
a("tune-en-3","en","Touring dance troupe brings 'The Winter Treaty' to Edinburgh",
 "A Glasgow-based dance troupe opens its new production, 'The Winter Treaty', at the Festival Theatre this weekend. The piece, inspired by an 18th-century treatise on courtly manners, features twelve dancers and a live string quartet. Two performers were treated for minor injuries after a fall in rehearsal on Tuesday but are expected to appear on opening night.",
 [],"troupe, 'Treaty' as show title, treatise, treated")
# fr
a("tune-fr-1","fr","La France renforce sa présence militaire en Roumanie",
 "L'état-major a annoncé mardi l'envoi de 800 militaires supplémentaires sur la base de Cincu, dans le centre de la Roumanie, ce qui porte à près de 2 500 le nombre de soldats français déployés dans le pays. Des chars Leclerc et des véhicules blindés accompagneront ces renforts, qui doivent être opérationnels avant la fin décembre.",
 ["troops"],"militaires/soldats déployés, renforts")
a("tune-fr-2","fr","Paris et Rome suspendent les négociations sur la frontière du Mont-Blanc",
 "Les négociations entre la France et l'Italie sur la délimitation de la frontière au sommet du Mont-Blanc ont été suspendues jeudi, ont indiqué les deux ministères des Affaires étrangères. Le projet de convention devait clarifier la souveraineté sur le dôme glaciaire, contestée depuis le XIXe siècle. Rome souhaite que les pourparlers reprennent au printemps.",
 ["treaty"],"interstate convention negotiations suspended; word 'traité' absent")
a("tune-fr-3","fr","Un traité de gastronomie du XVIIIe siècle réédité à Lyon",
 "Une petite maison d'édition lyonnaise réédite un traité culinaire de 1739, longtemps considéré comme perdu. L'ouvrage, qui a traité des sauces et des conserves bien avant l'invention de l'appertisation, sera présenté au Salon du livre ancien. Une partie des recettes de vente sera reversée à une association d'aide humanitaire active au Liban.",
 [],"traité = treatise (book) and past participle; humanitarian aid")
# de
a("tune-de-1","de","Weitere Bundeswehrsoldaten für die Brigade in Litauen",
 "Rund 600 Bundeswehrsoldaten sind am Wochenende nach Litauen verlegt worden, um die dort stationierte Panzerbrigade 45 zu verstärken. Nach Angaben des Einsatzführungskommandos trafen die Kräfte mit Schützenpanzern vom Typ Puma in Rukla ein. Bis Ende 2027 sollen knapp 5 000 deutsche Soldatinnen und Soldaten dauerhaft in dem baltischen Staat stationiert sein.",
 ["troops"],"Bundeswehrsoldaten verlegt/stationiert, inflected compounds")
a("tune-de-2","de","Berlin übergibt weitere Flugabwehrsysteme an die Ukraine",
 "Die Bundesregierung hat der Ukraine zwei weitere IRIS-T-SLM-Feuereinheiten sowie Munition für Gepard-Flakpanzer überlassen. Die Rüstungsgüter stammen teils aus Beständen der Bundeswehr, teils aus laufender Industrieproduktion, teilte das Verteidigungsministerium mit. Zudem sollen ukrainische Bedienmannschaften in Schleswig-Holstein an den Systemen ausgebildet werden.",
 ["military_assistance"],"Flugabwehrsysteme überlassen, Rüstungsgüter, Ausbildung; Bundeswehr mentioned but no deployment")
a("tune-de-3","de","Theatertruppe sagt Vorstellungen ab – Tarifvertrag gekündigt",
 "Die freie Theatertruppe 'Kompanie Nord' hat ihre Vorstellungen in Hamburg bis auf Weiteres abgesagt. Hintergrund ist der Streit um den Tarifvertrag für Bühnenbeschäftigte, den die Gewerkschaft zum Jahresende gekündigt hat. Der Vertrag regelt Gagen und Probenzeiten; eine neue Vereinbarung mit dem Bühnenverein soll im Januar verhandelt werden.",
 [],"Theatertruppe/Kompanie; labour agreement (Tarifvertrag) terminated and negotiated")
# es
a("tune-es-1","es","España despliega un batallón en Eslovaquia",
 "Unos 580 soldados del Ejército de Tierra han sido desplegados en Eslovaquia dentro del grupo de combate de la OTAN, informó el Ministerio de Defensa. El contingente, procedente de la Brigada Guzmán el Bueno, incluye una batería antiaérea y permanecerá en la base de Lešť hasta junio. Es la mayor presencia de tropas españolas en Europa Central hasta la fecha.",
 ["troops"],"soldados desplegados, contingente")
a("tune-es-2","es","Madrid enviará munición y blindados a Ucrania",
 "El Gobierno aprobó este martes un nuevo paquete de material militar para Ucrania que incluye veinte vehículos blindados M113, proyectiles de artillería de 155 milímetros y repuestos para los carros Leopard entregados anteriormente. Además, el Ejército formará en Zaragoza a 400 efectivos ucranianos en desminado y conducción de blindados.",
 ["military_assistance"],"paquete de material militar + training of Ukrainian personnel (not a deployment)")
a("tune-es-3","es","El Betis renueva a su capitán hasta 2029",
 "El Real Betis anunció la renovación del contrato de su capitán hasta junio de 2029, tras un acuerdo alcanzado con su representante. El centrocampista, tratado durante semanas por una lesión muscular, volverá a la convocatoria este fin de semana. El técnico elogió a 'la tropa verdiblanca' por su reacción tras la derrota en Europa.",
 [],"sports contract/acuerdo, 'tratado' verb, 'tropa' as team nickname")
# it
a("tune-it-1","it","Il Parlamento ratifica l'accordo di cooperazione con la Tunisia",
 "La Camera ha approvato in via definitiva la legge di ratifica dell'accordo tra Italia e Tunisia sulla cooperazione in materia di sicurezza marittima e migrazione, firmato a Tunisi lo scorso marzo. L'intesa entrerà in vigore dopo lo scambio degli strumenti di ratifica. Le opposizioni hanno criticato l'assenza di garanzie sui diritti umani.",
 ["treaty"],"bilateral intergovernmental accordo/intesa ratified")
a("tune-it-2","it","Parata del 2 giugno, polemiche sui costi",
 "Il tema dei costi della parata militare per la Festa della Repubblica è stato trattato ieri in commissione Difesa. Secondo la Corte dei conti, la sfilata dei reparti lungo via dei Fori Imperiali è costata oltre 3 milioni di euro. Il ministro ha difeso la cerimonia come un 'momento di unità nazionale' e ha escluso tagli per il prossimo anno.",
 [],"military parade; 'trattato' as past participle")
a("tune-it-3","it","Aiuti umanitari italiani in arrivo a Gaza",
 "Una nave della Marina militare è salpata da Brindisi con 120 tonnellate di aiuti umanitari destinati alla popolazione di Gaza, tra cui farmaci, generatori e kit alimentari. Il carico sarà consegnato alle agenzie delle Nazioni Unite nel porto di Ashdod. La Farnesina ha annunciato anche un contributo di 10 milioni di euro alla Croce Rossa.",
 [],"humanitarian aid carried by a navy ship; not military assistance")
# pt
a("tune-pt-1","pt","Brasil e Argentina assinam tratado de cooperação nuclear",
 "Os presidentes do Brasil e da Argentina assinaram nesta sexta-feira, em Foz do Iguaçu, um novo tratado bilateral de cooperação no uso pacífico da energia nuclear. O acordo amplia as inspeções mútuas e precisa agora ser ratificado pelos Congressos dos dois países. Diplomatas destacaram que o texto reforça os compromissos de não proliferação assumidos nos anos 1990.",
 ["treaty"],"tratado (noun) signed, awaiting ratification")
a("tune-pt-2","pt","Portugal entrega blindados e equipamento militar a Moçambique",
 "O Ministério da Defesa Nacional concluiu a entrega de doze viaturas blindadas, coletes balísticos e equipamento de comunicações às Forças Armadas de Moçambique, no âmbito da cooperação técnico-militar. Oficiais moçambicanos vão ainda frequentar cursos de formação em academias militares portuguesas a partir de janeiro.",
 ["military_assistance"],"entrega de equipamento militar + formação")
a("tune-pt-3","pt","Escola de samba Tropa Dourada fecha contrato com patrocinador",
 "A escola de samba paulistana Tropa Dourada assinou um contrato de patrocínio de três anos com uma rede de supermercados. O acordo, tratado em sigilo durante meses, garante recursos para o desfile do Carnaval de 2027. A diretoria também prometeu ajuda a famílias afetadas pelas chuvas na zona leste da cidade.",
 [],"'Tropa' in a samba school name, commercial contract, 'tratado' verb, desfile")
# pl
a("tune-pl-1","pl","Kolejni żołnierze USA rozmieszczeni w Polsce",
 "Do bazy w Powidzu przybyło w tym tygodniu około 1 200 żołnierzy amerykańskiej 3. Dywizji Piechoty, którzy zastąpią rotacyjnie stacjonującą tam brygadę pancerną. Według MON wojska sojusznicze pozostaną w Polsce przez dziewięć miesięcy, a część pododdziałów zostanie przerzucona w rejon przesmyku suwalskiego.",
 ["troops"],"żołnierzy/wojska rozmieszczeni, przerzucona")
a("tune-pl-2","pl","Polska przekazuje Ukrainie kolejny pakiet uzbrojenia",
 "Rada Ministrów zatwierdziła kolejny pakiet uzbrojenia dla Ukrainy. Obejmuje on m.in. amunicję artyleryjską kalibru 155 mm, przenośne zestawy przeciwlotnicze Piorun i części zamienne do czołgów T-72. Dostawy sprzętu mają zostać zrealizowane do końca stycznia, poinformował wicepremier i minister obrony narodowej.",
 ["military_assistance"],"pakiet uzbrojenia, dostawy sprzętu")
a("tune-pl-3","pl","Nowe wydanie 'Traktatu logiczno-filozoficznego'",
 "Wydawnictwo naukowe przygotowało nowy przekład 'Traktatu logiczno-filozoficznego' Ludwiga Wittgensteina, opatrzony obszernym komentarzem. Tłumacz przyznaje, że traktat, pisany częściowo w okopach I wojny światowej, wciąż sprawia trudności interpretacyjne. Premiera książki odbędzie się podczas targów w Krakowie.",
 [],"traktat = philosophical treatise; WWI trenches mention")
# nl
a("tune-nl-1","nl","Nederland levert F-16-munitie en radars aan Oekraïne",
 "Het kabinet heeft opnieuw wapenleveranties aan Oekraïne goedgekeurd. Het pakket van 250 miljoen euro omvat precisiebommen voor de eerder overgedragen F-16's, twee luchtverdedigingsradars en reserveonderdelen. De minister van Defensie zei dat de levering vóór het voorjaar wordt afgerond en dat Nederlandse instructeurs Oekraïense technici blijven opleiden.",
 ["military_assistance"],"wapenleveranties, overgedragen, opleiden")
a("tune-nl-2","nl","Toneelgroep en verkenners verzorgen programma Sinterklaasintocht",
 "De jeugdtoneelgroep De Koepel en een troep verkenners uit Zwolle verzorgen dit jaar samen het programma rond de Sinterklaasintocht. De verkenners marcheren in uniform mee in de optocht, terwijl de acteurs een voorstelling geven over het 'verdrag' tussen de Sint en zijn Pieten. De organisatie verwacht ruim tienduizend bezoekers.",
 [],"scout 'troep', marching in uniform, 'verdrag' in a play")
a("tune-nl-3","nl","Nederland stuurt noodhulp naar Soedan",
 "Het ministerie van Buitenlandse Zaken trekt 15 miljoen euro uit voor noodhulp aan Soedan, waar miljoenen mensen ontheemd zijn door het conflict. Het geld gaat naar voedsel, drinkwater en medische zorg via het Rode Kruis en het Wereldvoedselprogramma. Een transportvliegtuig van de luchtmacht vliegt daarnaast hulpgoederen naar Port Sudan.",
 [],"humanitarian aid flown by air force; not military assistance")
# ru
a("tune-ru-1","ru","Минобороны сообщило о переброске подразделений в Белоруссию",
 "Министерство обороны сообщило о переброске в Белоруссию нескольких батальонных тактических групп для участия в единой региональной группировке войск. По данным ведомства, военнослужащие и техника прибыли эшелонами на полигоны под Барановичами и Брестом. В Минске заявили, что контингент останется в стране как минимум до весны.",
 ["troops"],"переброска, военнослужащие, контингент")
a("tune-ru-2","ru","Госдума ратифицировала договор о стратегическом партнёрстве с Монголией",
 "Государственная дума ратифицировала договор между Россией и Монголией о всеобъемлющем стратегическом партнёрстве, подписанный в Улан-Баторе в сентябре. Документ предусматривает регулярные консультации министров иностранных дел и сотрудничество в энергетике. Договор вступит в силу после обмена ратификационными грамотами.",
 ["treaty"],"interstate договор ratified")
a("tune-ru-3","ru","«СевТрансНефть» подписала договор о поставках с китайской компанией",
 "Российская компания «СевТрансНефть» и китайский нефтетрейдер заключили долгосрочный договор о поставках нефти на сумму около 4 млрд долларов. Контракт рассчитан на десять лет и предусматривает ежегодную поставку 2 млн тонн сырья. В компании назвали сделку «соглашением о стратегическом партнёрстве».",
 [],"commercial договор/соглашение between companies (fictional company)")
# uk
a("tune-uk-1","uk","Партнери передали Україні нові системи ППО",
 "Міністерство оборони повідомило, що Україна отримала від партнерів ще дві батареї Patriot та партію ракет до них. Постачання озброєння стало можливим завдяки спільному фінансуванню Німеччини та Нідерландів. Крім того, у Швеції завершився курс підготовки українських екіпажів для літаків далекого радіолокаційного виявлення.",
 ["military_assistance"],"передали системи ППО, постачання озброєння, підготовка")
a("tune-uk-2","uk","Військовослужбовці ЗСУ відбили сім штурмів на Покровському напрямку",
 "Військовослужбовці однієї з механізованих бригад ЗСУ протягом доби відбили сім штурмів на Покровському напрямку, повідомив Генштаб. За даними розвідки, російське командування зосередило в цьому районі до двох полків піхоти та перекинуло додаткові штурмові підрозділи із Запорізького напрямку.",
 ["troops"],"військовослужбовці fighting; forces massed and redeployed")
a("tune-uk-3","uk","Японія надасть Україні гуманітарну допомогу на зиму",
 "Уряд Японії виділить 120 мільйонів доларів на відновлення енергетики та гуманітарну допомогу українцям узимку. Кошти підуть на генератори, трансформатори та пункти обігріву в прифронтових громадах. У Токіо наголосили, що допомога має суто цивільний характер і не передбачає постачання зброї.",
 [],"humanitarian/energy aid; explicitly no weapons")
# ar
a("tune-ar-1","ar","مصر والسودان توقعان اتفاقية لتقاسم مياه النيل",
 "وقّع وزيرا خارجية مصر والسودان في القاهرة يوم الأربعاء اتفاقية ثنائية لتنظيم تقاسم مياه النيل وتبادل البيانات الهيدرولوجية. وأوضح بيان مشترك أن الاتفاقية ستُعرض على البرلمانين للمصادقة عليها خلال ثلاثة أشهر، مع إنشاء لجنة فنية دائمة لمتابعة التنفيذ.",
 ["treaty"],"interstate اتفاقية signed, ratification pending")
a("tune-ar-2","ar","تركيا ترسل تعزيزات عسكرية إلى شمال سوريا",
 "أفادت مصادر ميدانية بأن رتلاً عسكرياً تركياً يضم نحو 40 آلية مدرعة ومئات الجنود دخل إلى ريف حلب الشمالي عبر معبر كلس. ونُشرت القوات في نقاط مراقبة قرب الحدود، في خطوة قالت أنقرة إنها تهدف إلى تأمين الشريط الحدودي ومنع أي تسلل.",
 ["troops"],"تعزيزات، الجنود، نُشرت القوات")
a("tune-ar-3","ar","الهلال يوقّع عقداً جديداً مع مهاجمه البرازيلي",
 "أعلن نادي الهلال السعودي توقيع عقد جديد مع مهاجمه البرازيلي يمتد حتى عام 2029، بعد مفاوضات استمرت أسابيع. وقال رئيس النادي إن الاتفاق يعكس ثقة الإدارة في اللاعب، مشيداً بـ«كتيبة الزعيم» التي تتصدر الدوري. ويغيب اللاعب عن المباراة المقبلة بسبب الإصابة.",
 [],"sports contract/اتفاق; 'كتيبة' (battalion) as team nickname")
# tr
a("tune-tr-1","tr","Türkiye'den Somali'ye zırhlı araç ve silah sevkiyatı",
 "Milli Savunma Bakanlığı, Somali Silahlı Kuvvetleri'ne zırhlı araç, hafif silah ve mühimmat sevkiyatının tamamlandığını açıkladı. Askeri yardım kapsamında ayrıca Somalili subay ve astsubaylara Türkiye'deki askeri okullarda eğitim verilmeye devam edilecek. Teslimatların yıl sonuna kadar iki parti halinde süreceği belirtildi.",
 ["military_assistance"],"silah sevkiyatı, askeri yardım, eğitim")
a("tune-tr-2","tr","Cumhuriyet Bayramı'nda askeri geçit töreni",
 "Geçen ay 29 Ekim Cumhuriyet Bayramı dolayısıyla Ankara'da düzenlenen askeri geçit töreninde Kara, Deniz ve Hava Kuvvetleri birlikleri selam verdi. Törende yerli üretim zırhlı araçlar ve insansız hava araçları da sergilendi. Vatandaşlar sabahın erken saatlerinden itibaren caddelerde yerini aldı.",
 [],"military parade with units and armour; no deployment")
a("tune-tr-3","tr","Fenerbahçe, yıldız oyuncusunun sözleşmesini uzattı",
 "Fenerbahçe, yıldız orta saha oyuncusunun sözleşmesini 2028 yılına kadar uzattığını KAP'a bildirdi. Anlaşmaya göre oyuncu sezon başına 4 milyon euro alacak. Teknik direktör, takımın mücadele ruhunu övdü ve oyuncularının deplasmanda 'asker gibi' savaştığını söyledi.",
 [],"sports contract/anlaşma; 'asker gibi' simile")
# zh
a("tune-zh-1","zh","美国宣布对菲律宾新一轮军援",
 "美国国务院周二宣布，将向菲律宾提供价值5亿美元的新一轮军援，包括海岸巡逻艇、无人机和雷达系统，以加强其海上防卫能力。美方还将派遣教官，协助菲律宾海军人员开展装备操作培训。菲律宾国防部对此表示欢迎，并称首批装备将于明年初交付。",
 ["military_assistance"],"军援, 装备交付, 培训")
a("tune-zh-2","zh","印度向拉达克增派兵力",
 "据印度媒体报道，印度陆军近日向拉达克地区增派约两个旅的兵力，并部署了更多火炮和装甲车辆。军方官员表示，这些部队将在高海拔地区驻扎过冬，以应对边境局势的变化。分析人士认为，此举意在加强实际控制线沿线的防御。",
 ["troops"],"增派兵力, 部队驻扎")
a("tune-zh-3","zh","民营话剧团签下欧洲巡演合同",
 "北京一家民营话剧团与法国一家演出公司签订为期三年的巡演合同，明年起将在巴黎、里昂等地演出。剧团负责人表示，这份协议是剧团成立以来最重要的国际合作。剧团的新作讲述一支抗战时期游击队的故事，演员们曾专门到军营体验生活。",
 [],"剧团 troupe, commercial 合同/协议, war-themed play")
# ja
a("tune-ja-1","ja","政府、フィリピンへ防衛装備品の供与を決定",
 "政府は国家安全保障会議で、政府安全保障能力強化支援（OSA）の枠組みを使い、フィリピン軍に沿岸監視レーダーと警備艇を供与することを決めた。供与額は約30億円で、来年度中の引き渡しを目指す。防衛省は現地部隊に対する運用訓練も実施する方針だ。",
 ["military_assistance"],"防衛装備品の供与, 運用訓練")
a("tune-ja-2","ja","日本とフィリピン、物品役務相互提供協定に署名",
 "日本とフィリピンの両政府はマニラで、自衛隊とフィリピン軍の間で燃料や食料などを融通し合う物品役務相互提供協定に署名した。協定は両国の国内手続きを経て発効する見通しで、政府は来年の通常国会に承認案を提出する。外務省幹部は「安全保障協力の新たな段階だ」と述べた。",
 ["treaty"],"interstate 協定 signed, Diet approval pending (synthetic event)")
a("tune-ja-3","ja","劇団「青の部隊」、ロンドン公演の契約を締結",
 "東京を拠点とする劇団「青の部隊」は、ロンドンの劇場と来年春の公演契約を結んだと発表した。演目は戦国時代の足軽たちを描いた喜劇で、約20人の劇団員が渡英する予定だ。主宰者は「念願の海外進出がようやく実現した」と喜びを語った。",
 [],"'部隊' in a theatre troupe name, commercial contract, 足軽 soldiers in a play")
# ko
a("tune-ko-1","ko","주한미군 병력 증강…아파치 대대 추가 배치",
 "미국 국방부는 주한미군에 약 1,500명 규모의 병력을 순환 배치한다고 발표했다. 증원되는 장병들은 경기도 평택 캠프 험프리스에 주둔하며, 아파치 헬기 대대도 함께 전개된다. 국방부는 이번 조치가 한반도 방위태세 강화를 위한 것이라고 설명했다. 추가 병력은 다음 달 중순까지 전개를 마치고 약 9개월간 한국에 머문 뒤 본토 부대와 교대할 예정이며, 한국 국방부도 연합 훈련 일정을 조정하고 있다.",
 ["troops"],"병력 배치, 장병 주둔")
a("tune-ko-2","ko","한-필리핀 국방협력협정 서명…초계함 양도 등 무기 지원",
 "한국과 필리핀 국방장관이 마닐라에서 국방협력협정에 서명했다. 협정에 따라 한국은 퇴역한 포항급 초계함 1척과 소형 화기를 필리핀 해군에 무상 양도하는 등 무기 지원에 나서고, 필리핀 장병에 대한 교육훈련도 제공한다. 협정은 양국 국회 비준 절차를 거쳐 발효될 예정이다. 국방부 관계자는 \"남중국해 해양 안보 역량 강화를 돕기 위한 조치\"라며 연안 경비정 추가 양도도 검토하고 있다고 말했다.",
 ["treaty","military_assistance"],"multi-label: defence agreement signed + weapons transfer/training")
a("tune-ko-3","ko","게임 속 '무기 지원 패키지' 이벤트에 이용자 몰려",
 "국내 게임사가 출시한 전략 게임의 '무기 지원 패키지' 이벤트에 하루 만에 50만 명이 몰렸다. 이용자들은 가상 부대를 편성해 다른 이용자와 전투를 벌일 수 있다. 회사 측은 프로게이머들과 후원 계약을 맺고 연말에 대규모 대회도 열 계획이라고 밝혔다. 다만 일부 이용자들은 유료 아이템 확률이 지나치게 낮다며 불만을 제기했고, 회사는 다음 주 보상안을 내놓겠다고 약속했다.",
 [],"'무기 지원' and '부대' inside a video game; sponsorship contract")
with open("/work/scratch/alerts_tune/articles.jsonl","w",encoding="utf-8") as f:
    for x in A: f.write(json.dumps(x, ensure_ascii=False)+"\n")
