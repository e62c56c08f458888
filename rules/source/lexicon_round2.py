"""Second-round term lists for the founding rules (troops, military_assistance, treaty). Data only.

Written by a helper session from general multilingual news usage, WITHOUT seeing any labelled
evaluation, tuning or held-out data (and without reading the tests or pipeline code). Terms follow
rules/README.md: whole words against case-folded text; a word also matches the inflected forms
simplemma gives its lemma unless the term starts with "=" (these forms only); Chinese and Japanese
are matched character by character (a term also matches inside a longer word); Korean words may
carry a particle. Exact duplicates of terms already in build_founding.py were left out, except
some zh/ja/ko deployment words that are also standalone troop words there (驻扎, 撤军, 駐留, 増派,
파병, 주둔, 철군, 증파) and Italian "trasferire" (a transfer verb there): they belong in a list of
deployment words whatever the troop list becomes. Spanish bare "acuerdo" is a spaCy stop word (a
term of stop words only is refused), so Spanish uses "=acuerdos" and "firmar un acuerdo"-phrases.

DEPLOYMENT_WORDS
    Verbs and nouns saying armed forces are moved, sent, deployed, stationed, massed, withdrawn,
    reinforced, rotated or are fighting somewhere. Meant to be required NEAR a soldier/unit noun
    for the "troops" rule, so some are broad on their own ("send", "arrive", 展開, 배치).
PLATFORM_NOUNS
    Military equipment other than generic "weapons" (helicopters, combat/transport aircraft,
    patrol boats, corvettes, frigates, warships, radars, launchers, drones, armoured personnel
    carriers, military vehicles, body armour, night vision). Meant to be required NEAR a verb of
    handing over / supplying for "military_assistance".
TRAINING_OF_FOREIGN_FORCES
    Phrases saying one state trains another's soldiers or provides military instructors
    (instructors, training missions, EU training missions, "train soldiers/troops/recruits").
SECURITY_ASSISTANCE_PHRASES
    Fixed names of state-to-state military support programmes and packages not already covered by
    the "military aid" terms (European Peace Facility, Foreign Military Sales, USAI, OSA, ...).
AGREEMENT_NOUNS
    Bare words for a formal agreement (agreement, memorandum of understanding, protocol, exchange
    of notes) that are also used for company or sports contracts: to be used only together with a
    condition requiring two states.
"""

# --------------------------------------------------------------------------------------------- troops

DEPLOYMENT_WORDS = {
    "en": [
        "deploy", "deployment", "redeploy", "=stationed", "=stationing", "dispatch", "send",
        "withdraw", "withdrawal", "pull out", "pull back", "=massed", "=massing", "amass",
        "buildup", "reinforce", "reinforcements", "rotation", "arrive", "fight",
    ],
    "fr": [
        "déployer", "déploiement", "redéployer", "stationner", "envoyer", "envoi", "dépêcher",
        "retirer", "retrait", "=massés", "=massées", "renforcer", "renfort", "rotation", "arriver",
        "combattre", "positionner", "désengagement",
    ],
    "de": [
        "stationieren", "Stationierung", "verlegen", "Verlegung", "entsenden", "Entsendung",
        "=schickt", "=schicken", "=schickte", "abziehen", "Abzug", "zurückziehen", "Rückzug",
        "zusammenziehen", "Aufmarsch", "verstärken", "Verstärkung", "Einsatz", "Rotation", "kämpfen",
    ],
    "es": [
        "desplegar", "despliegue", "redesplegar", "estacionar", "=apostados", "=apostadas", "enviar", "envío",
        "mandar", "retirar", "retirada", "replegar", "repliegue", "concentrar", "reforzar",
        "refuerzo", "rotación", "llegar", "combatir", "trasladar",
    ],
    "it": [
        "schierare", "schieramento", "dispiegare", "dispiegamento", "=di stanza", "dislocare",
        "inviare", "invio", "mandare", "ritirare", "ammassare", "rafforzare", "rinforzo",
        "rotazione", "arrivare", "combattere", "trasferire", "ripiegare", "ridispiegare",
    ],
    "pt": [
        "mobilizar", "mobilização", "enviar", "envio", "mandar", "retirar", "retirada",
        "estacionar", "posicionar", "reforçar", "reforço", "rotação", "chegar", "combater",
        "lutar", "concentrar", "deslocar", "deslocamento", "destacamento",
    ],
    "pl": [
        "rozmieścić", "rozmieszczać", "rozmieszczenie", "stacjonować", "wysłać", "wysyłać",
        "wycofać", "wycofywać", "wycofanie", "gromadzić", "koncentrować", "wzmocnić", "wzmacniać",
        "rotacja", "przybyć", "walczyć", "przerzucić", "przerzucać", "przerzut", "dyslokacja",
    ],
    "nl": [
        "inzetten", "inzet", "stationeren", "=gestationeerd", "legeren", "sturen", "uitzenden",
        "uitgezonden", "terugtrekken", "terugtrekking", "samentrekken", "verplaatsen", "versterken",
        "versterking", "rotatie", "aankomen", "vechten", "strijden", "ontplooien",
    ],
    "ru": [
        "развернуть", "разворачивать", "развёртывание", "развертывание", "разместить", "размещать",
        "размещение", "дислоцировать", "направить", "направлять", "перебросить", "перебрасывать",
        "переброска", "вывести", "выводить", "стягивать", "усилить", "подкрепление", "ротация",
        "воевать",
    ],
    "uk": [
        "розгорнути", "розгортати", "розгортання", "розмістити", "розміщувати", "розміщений",
        "розміщення", "дислокувати", "направити", "відправити", "перекинути", "перекидати",
        "перекинутий", "вивести", "виводити", "стягувати", "посилити", "підкріплення", "ротація",
        "воювати",
    ],
    "ar": [
        "=نشر", "=ينشر", "=انتشار", "=الانتشار", "=إرسال", "=أرسلت", "=يرسل", "=تمركز",
        "=متمركزة", "=انسحاب", "=الانسحاب", "=سحب", "=حشد", "=حشود", "=الحشود", "=تعزيزات",
        "=التعزيزات", "=الدفع بتعزيزات", "=يقاتلون", "=القتال",
    ],
    "tr": [
        "konuşlandırmak", "konuşlandırma", "göndermek", "sevk etmek", "sevkiyat", "geri çekmek",
        "geri çekilmek", "geri çekilme", "yığınak", "takviye", "takviye etmek", "rotasyon",
        "intikal", "=savaşan", "=savaşıyor", "çatışmak", "mevzilenmek",
    ],
    "zh": [
        "部署", "派遣", "增派", "派往", "驻扎", "駐紮", "撤出", "撤军", "撤軍", "撤离", "撤離",
        "集结", "集結", "进驻", "進駐", "调往", "增援", "轮换", "参战", "參戰",
    ],
    "ja": [
        "派遣", "展開", "配備", "配置", "駐留", "駐屯", "進駐", "撤収", "撤退", "増派", "増強",
        "増援", "集結", "投入", "移駐", "参戦", "交代", "到着",
    ],
    "ko": [
        "파병", "파견", "배치", "재배치", "주둔", "철수", "철군", "증파", "집결", "투입", "전개",
        "순환배치", "참전", "후퇴", "증강", "배치했다", "배치된", "파견된", "철수했다",
    ],
}

# --------------------------------------------------------------------------------------------- military assistance

PLATFORM_NOUNS = {
    "en": [
        "=helicopters", "fighter jets", "military aircraft", "transport aircraft", "patrol boats",
        "patrol vessels", "corvettes", "frigates", "warships", "=radars", "radar systems",
        "=launchers", "=drones", "unmanned aerial vehicles", "armoured personnel carriers",
        "armored personnel carriers", "military vehicles", "night vision", "body armour",
        "body armor",
    ],
    "fr": [
        "hélicoptères", "avions de chasse", "avions de combat", "avions militaires",
        "avions de transport militaire", "patrouilleurs", "corvettes", "frégates",
        "navires de guerre", "bâtiments de guerre", "système radar", "radars militaires", "=drones",
        "véhicules de transport de troupes", "véhicules militaires", "obusiers",
        "gilets pare-balles", "vision nocturne", "lance-roquettes",
    ],
    "de": [
        "Hubschrauber", "Kampfhubschrauber", "Kampfjet", "Kampfflugzeug", "Militärflugzeug",
        "Transportflugzeug", "Patrouillenboot", "Korvette", "Fregatte", "Kriegsschiff",
        "Radarsystem", "Raketenwerfer", "Drohne", "Transportpanzer", "Truppentransporter",
        "Militärfahrzeug", "Panzerhaubitze", "Nachtsichtgerät", "Schutzweste", "Küstenüberwachung",
    ],
    "es": [
        "helicópteros", "aviones de combate", "=cazas", "aviones militares",
        "aviones de transporte militar", "patrulleras", "buques patrulla", "corbetas", "fragatas",
        "buques de guerra", "sistemas de radar", "=drones", "vehículos aéreos no tripulados",
        "transportes blindados", "vehículos militares", "lanzacohetes", "chalecos antibalas",
        "visión nocturna",
    ],
    "it": [
        "elicotteri", "aerei da combattimento", "jet da combattimento", "aerei da caccia",
        "aerei militari", "aerei da trasporto militare", "motovedette", "pattugliatori", "corvette",
        "=fregate", "navi da guerra", "sistemi radar", "=droni", "veicoli corazzati",
        "veicoli militari", "mezzi militari", "lanciarazzi", "giubbotti antiproiettile",
        "visori notturni",
    ],
    "pt": [
        "helicópteros", "=caças", "aviões de combate", "aviões militares",
        "aviões de transporte militar", "navios-patrulha", "lanchas-patrulha", "patrulheiros",
        "corvetas", "fragatas", "navios de guerra", "sistemas de radar", "=drones",
        "veículos aéreos não tripulados", "veículos militares", "viaturas militares",
        "lança-foguetes", "coletes à prova de bala", "coletes balísticos", "visão noturna",
    ],
    "pl": [
        "śmigłowiec", "helikopter", "myśliwiec", "korweta", "fregata", "radar", "dron",
        "bezzałogowiec", "noktowizor", "wyrzutnia", "samoloty bojowe", "samolotów bojowych",
        "okręty wojenne", "okrętów wojennych", "łodzie patrolowe", "łodzi patrolowych",
        "pojazdy wojskowe", "pojazdów wojskowych", "kamizelki kuloodporne",
        "kamizelek kuloodpornych",
    ],
    "nl": [
        "helikopters", "straaljagers", "militaire vliegtuigen", "transportvliegtuigen",
        "patrouilleboten", "patrouilleschepen", "korvetten", "fregatten", "oorlogsschepen",
        "radars", "radarsystemen", "onbemande vliegtuigen", "pantserwagens", "militaire voertuigen",
        "raketwerpers", "lanceerinstallaties", "kogelwerende vesten", "nachtzichtapparatuur",
        "nachtkijkers",
    ],
    "ru": [
        "вертолёт", "вертолет", "истребитель", "корвет", "фрегат", "радар", "РЛС", "беспилотник",
        "БПЛА", "дрон", "бронетранспортёр", "БТР", "бронемашина", "бронежилет", "военные корабли",
        "военных кораблей", "патрульные катера", "патрульных катеров", "приборы ночного видения",
        "приборов ночного видения",
    ],
    "uk": [
        "гелікоптер", "вертоліт", "винищувач", "корвет", "фрегат", "радар", "РЛС", "безпілотник",
        "БПЛА", "дрон", "бронетранспортер", "БТР", "бронемашина", "бронежилет", "військові кораблі",
        "військових кораблів", "патрульні катери", "патрульних катерів", "прилади нічного бачення",
        "приладів нічного бачення",
    ],
    "ar": [
        "=مروحيات", "=المروحيات", "=طائرات مروحية", "=مقاتلات", "=طائرات مقاتلة",
        "=طائرات عسكرية", "=زوارق دورية", "=سفن حربية", "=فرقاطات", "=كورفيت", "=رادارات",
        "=أنظمة رادار", "=منصات إطلاق", "=طائرات بدون طيار", "=الطائرات بدون طيار",
        "=الطائرات المسيرة", "=ناقلات جند", "=مركبات عسكرية", "=سترات واقية",
        "=أجهزة رؤية ليلية",
    ],
    "tr": [
        "helikopter", "askeri uçak", "nakliye uçağı", "devriye botu", "karakol botu", "hücumbot",
        "korvet", "fırkateyn", "savaş gemisi", "radar sistemi", "radar", "SİHA", "SIHA", "Bayraktar TB2",
        "zırhlı personel taşıyıcı", "askeri araç", "çelik yelek", "gece görüş", "=fırlatıcı",
    ],
    "zh": [
        "直升机", "直升機", "战斗机", "戰鬥機", "战机", "戰機", "运输机", "運輸機", "巡逻艇",
        "巡邏艇", "护卫舰", "護衛艦", "军舰", "軍艦", "雷达", "雷達", "装甲运兵车", "军用车辆",
        "防弹衣", "夜视仪",
    ],
    "ja": [
        "ヘリコプター", "輸送ヘリ", "攻撃ヘリ", "輸送機", "哨戒艇", "巡視船", "警備艇", "護衛艦",
        "艦艇", "フリゲート", "コルベット", "レーダー", "沿岸監視", "ドローン", "装甲兵員輸送車",
        "軍用車両", "防弾チョッキ", "防弾ベスト", "暗視装置", "発射機",
    ],
    "ko": [
        "헬기", "헬리콥터", "전투기", "수송기", "군용기", "초계기", "초계함", "경비정", "고속정",
        "호위함", "군함", "레이더", "발사대", "무인기", "병력수송장갑차", "군용차량", "군용 차량",
        "방탄복", "방탄조끼", "야간투시경",
    ],
}

TRAINING_OF_FOREIGN_FORCES = {
    "en": [
        "military instructors", "military trainers", "training mission", "train soldiers",
        "train troops", "train recruits", "train fighter pilots", "training of soldiers",
        "training of troops", "train foreign soldiers", "train and equip", "foreign military training",
        "military training assistance", "EUMAM", "EUTM", "Operation Interflex", "Operation Unifier",
        "International Military Education and Training", "IMET",
    ],
    "fr": [
        "instructeurs militaires", "formateurs militaires", "mission de formation",
        "mission d'entraînement", "former des soldats", "formation de soldats",
        "formation des soldats", "entraîner des soldats", "entraînement des soldats",
        "former des militaires", "formation de militaires", "former des recrues",
        "former des pilotes de chasse", "formation de pilotes de chasse",
        "mission européenne de formation", "EUTM", "EUMAM",
    ],
    "de": [
        "Militärausbilder", "militärische Ausbilder", "Ausbildungsmission", "Trainingsmission",
        "Ausbildungseinsatz", "Ausbildungsunterstützung", "Ausbildungshilfe",
        "Ausbildung von Soldaten", "Ausbildung ausländischer Soldaten", "Soldaten ausbilden",
        "Ausbildung von Piloten", "Piloten ausbilden", "Ausbildung von Rekruten",
        "Rekruten ausbilden", "EUMAM", "EUTM",
    ],
    "es": [
        "instructores militares", "formadores militares", "misión de entrenamiento",
        "misión de formación", "entrenar a soldados", "entrenar soldados", "entrenamiento de soldados",
        "formación de soldados", "formar soldados", "adiestramiento de tropas", "entrenar tropas",
        "entrenar a las tropas", "entrenamiento de pilotos", "entrenar pilotos", "EUTM", "EUMAM",
    ],
    "it": [
        "istruttori militari", "addestratori militari", "missione di addestramento",
        "missione di formazione", "addestrare soldati", "addestrare i soldati",
        "addestramento dei soldati", "addestramento di soldati", "addestramento delle truppe",
        "addestrare truppe", "addestramento di piloti", "addestrare piloti",
        "formazione dei militari", "missione di assistenza e addestramento", "EUTM", "EUMAM",
    ],
    "pt": [
        "instrutores militares", "formadores militares", "missão de treino",
        "missão de treinamento", "missão de formação", "treinar soldados", "treino de soldados",
        "treinamento de soldados", "formação de soldados", "formar soldados", "treinar militares",
        "treinamento de militares", "formação de militares", "treinar tropas",
        "treinamento de pilotos", "EUTM", "EUMAM",
    ],
    "pl": [
        "instruktorzy wojskowi", "instruktorów wojskowych", "instruktorami wojskowymi",
        "misja szkoleniowa", "misji szkoleniowej", "misję szkoleniową", "szkolenie żołnierzy",
        "szkolić żołnierzy", "wyszkolić żołnierzy", "szkolenie pilotów", "szkolić pilotów",
        "szkolenie rekrutów", "misja doradczo-szkoleniowa", "misji doradczo-szkoleniowej",
        "EUMAM", "EUTM",
    ],
    "nl": [
        "militaire instructeurs", "militaire trainers", "trainingsmissie", "opleidingsmissie",
        "soldaten trainen", "soldaten opleiden", "training van soldaten", "opleiding van soldaten",
        "militairen trainen", "militairen opleiden", "opleiding van militairen", "piloten trainen",
        "piloten opleiden", "EUMAM", "EUTM",
    ],
    "ru": [
        "военные инструкторы", "военных инструкторов", "военными инструкторами",
        "инструкторы НАТО", "инструкторов НАТО", "учебная миссия", "учебной миссии",
        "учебную миссию", "тренировочная миссия", "тренировочной миссии", "миссия по подготовке",
        "подготовка военнослужащих", "обучение военнослужащих", "обучение военных",
        "подготовка военных кадров", "подготовка солдат", "обучение солдат", "EUMAM",
    ],
    "uk": [
        "військові інструктори", "військових інструкторів", "інструктори НАТО",
        "інструкторів НАТО", "тренувальна місія", "тренувальної місії", "тренувальну місію",
        "навчальна місія", "навчальної місії", "місія з навчання", "підготовка військовослужбовців",
        "навчання військовослужбовців", "навчання військових", "навчання солдатів",
        "навчання пілотів", "вишкіл", "військовий вишкіл", "EUMAM",
    ],
    "ar": [
        "=مدربين عسكريين", "=مدربون عسكريون", "=المدربين العسكريين", "=بعثة تدريب",
        "=بعثة التدريب", "=مهمة تدريبية", "=مهمة تدريب", "=تدريب الجنود", "=تدريب جنود",
        "=تدريب القوات", "=تدريب قوات", "=تدريب عسكريين", "=تدريب الطيارين", "=تدريب وتسليح",
        "=تدريب وتجهيز", "=بعثة الاتحاد الأوروبي للتدريب",
    ],
    "tr": [
        "askeri eğitmen", "eğitim misyonu", "eğitim ve donatım", "eğit-donat", "asker eğitimi",
        "askerleri eğitmek", "askerlerin eğitimi", "askeri personelin eğitimi",
        "askeri eğitim yardımı", "askeri eğitim desteği", "askeri eğitim işbirliği",
        "pilotların eğitimi", "EUTM",
    ],
    "zh": [
        "军事教官", "軍事教官", "培训官兵", "培訓官兵", "培训军人", "培訓軍人", "培训士兵",
        "培訓士兵", "训练士兵", "訓練士兵", "军事培训", "軍事培訓", "军事训练援助", "軍事訓練援助",
        "代训", "代訓", "培训外军", "外军培训",
    ],
    "ja": [
        "軍事教官", "教官派遣", "教官を派遣", "訓練ミッション", "兵士の訓練", "兵士を訓練",
        "兵士の育成", "軍人の訓練", "軍人を訓練", "訓練支援", "能力構築支援", "教育訓練支援",
        "パイロットの訓練", "パイロットを訓練", "訓練を提供",
    ],
    "ko": [
        "군사 교관", "군사교관", "교관 파견", "교관단", "군사 훈련 지원", "군사훈련 지원",
        "훈련 지원", "병사 훈련", "병사들을 훈련", "군인 훈련", "조종사 훈련", "교육훈련 지원",
        "군사 교육 지원",
    ],
}

SECURITY_ASSISTANCE_PHRASES = {
    "en": [
        "security package", "security assistance package", "defence package", "defense package",
        "military package", "defence aid package", "defense aid package", "European Peace Facility",
        "Ukraine Security Assistance Initiative", "USAI", "Foreign Military Sales",
        "Excess Defense Articles", "Official Security Assistance", "Security Assistance Group-Ukraine",
        "NATO Security Assistance and Training", "NSATU", "Prioritised Ukraine Requirements List",
        "Prioritized Ukraine Requirements List", "PURL", "Czech ammunition initiative",
    ],
    "fr": [
        "Facilité européenne pour la paix", "Facilité européenne de paix", "assistance de sécurité",
        "assistance sécuritaire", "aide sécuritaire", "soutien sécuritaire", "paquet d'aide militaire",
        "enveloppe d'aide militaire", "programme d'aide militaire", "aide à la défense",
        "paquet de défense", "coalition capacitaire", "coalitions capacitaires", "initiative tchèque",
        "fonds de soutien à l'Ukraine", "ventes militaires à l'étranger",
        "financement militaire étranger",
    ],
    "de": [
        "Europäische Friedensfazilität", "Europäischen Friedensfazilität", "Friedensfazilität",
        "Sicherheitshilfe", "Militärhilfepaket", "Waffenpaket", "Rüstungspaket",
        "Munitionsinitiative", "tschechische Munitionsinitiative", "Ertüchtigungsmittel",
        "Ertüchtigungshilfe", "Ertüchtigungspaket", "Ausstattungshilfe", "Ausstattungshilfeprogramm",
        "Sicherheitsassistenz", "Foreign Military Financing",
    ],
    "es": [
        "Fondo Europeo de Apoyo a la Paz", "Mecanismo Europeo de Apoyo a la Paz",
        "Mecanismo Europeo para la Paz", "asistencia de seguridad",
        "asistencia en materia de seguridad", "ayuda en materia de seguridad", "paquete de defensa",
        "paquete militar", "paquete de armamento", "paquete de armas", "financiación militar extranjera",
        "Financiamiento Militar Extranjero", "ventas militares al extranjero", "iniciativa checa",
        "ayuda en defensa",
    ],
    "it": [
        "Strumento europeo per la pace", "Fondo europeo per la pace", "assistenza alla sicurezza",
        "assistenza in materia di sicurezza", "pacchetto di aiuti militari", "pacchetto militare",
        "pacchetto di armi", "pacchetto di armamenti", "decreto armi", "decreto Ucraina",
        "pacchetto difesa", "finanziamento militare estero", "iniziativa ceca",
    ],
    "pt": [
        "Mecanismo Europeu de Apoio à Paz", "Instrumento Europeu de Apoio à Paz",
        "Fundo Europeu para a Paz", "assistência de segurança", "assistência em segurança",
        "pacote de ajuda militar", "pacote militar", "pacote de armas", "pacote de defesa",
        "financiamento militar estrangeiro", "vendas militares ao exterior", "iniciativa checa",
        "coligação de capacidades",
    ],
    "pl": [
        "Europejski Instrument na rzecz Pokoju", "Europejskiego Instrumentu na rzecz Pokoju",
        "pomoc w zakresie bezpieczeństwa", "pomocy w zakresie bezpieczeństwa", "pakiet wojskowy",
        "pakietu wojskowego", "pakiet uzbrojenia", "pakiet obronny", "pakietu obronnego",
        "czeska inicjatywa amunicyjna", "czeskiej inicjatywy amunicyjnej",
        "zagraniczne finansowanie wojskowe", "Foreign Military Financing",
        "pakiet wsparcia wojskowego", "pakiet pomocy militarnej",
    ],
    "nl": [
        "Europese Vredesfaciliteit", "vredesfaciliteit", "veiligheidsassistentie",
        "veiligheidssteun", "wapenpakket", "militair pakket", "militaire pakket", "defensiepakket",
        "munitie-initiatief", "Tsjechische munitie-initiatief", "Foreign Military Financing",
        "militaire financiering",
    ],
    "ru": [
        "Европейский фонд мира", "Европейского фонда мира", "Европейский механизм мира",
        "помощь в сфере безопасности", "помощи в сфере безопасности",
        "содействие в сфере безопасности", "содействия в сфере безопасности", "военное содействие",
        "военного содействия", "Инициатива содействия безопасности Украины",
        "Инициативы содействия безопасности Украины", "иностранное военное финансирование",
        "иностранного военного финансирования", "чешская инициатива", "чешской инициативы",
        "оборонный пакет", "оборонного пакета", "пакет вооружений", "пакет вооружения",
    ],
    "uk": [
        "безпекової допомоги", "безпековій допомозі", "=безпекову допомогу",
        "пакет безпекової допомоги", "пакет оборонної допомоги", "оборонної допомоги",
        "Європейський фонд миру", "Європейського фонду миру", "Європейський інструмент миру",
        "Європейського інструменту миру", "оборонний пакет", "оборонного пакета",
        "оборонного пакету", "Ініціатива сприяння безпеці України",
        "Ініціативи сприяння безпеці України", "іноземне військове фінансування",
        "іноземного військового фінансування", "чеська ініціатива", "чеської ініціативи",
        "пакет озброєнь",
    ],
    "ar": [
        "=مرفق السلام الأوروبي", "=آلية السلام الأوروبية", "=صندوق السلام الأوروبي",
        "=مساعدات أمنية", "=المساعدات الأمنية", "=مساعدة أمنية", "=المساعدة الأمنية",
        "=حزمة مساعدات أمنية", "=حزمة أمنية", "=حزمة دفاعية", "=حزمة أسلحة",
        "=حزمة مساعدات دفاعية", "=مساعدات دفاعية", "=المساعدات الدفاعية",
        "=التمويل العسكري الأجنبي", "=المبيعات العسكرية الأجنبية",
    ],
    "tr": [
        "Avrupa Barış Fonu", "Avrupa Barış Aracı", "güvenlik yardımı", "güvenlik yardım paketi",
        "savunma paketi", "silah paketi", "silah yardım paketi", "Yabancı Askeri Finansman",
        "Dış Askeri Finansman", "askeri finansman", "Yabancı Askeri Satış", "Çek mühimmat girişimi",
        "mühimmat girişimi", "savunma yardımı", "savunma yardım paketi",
    ],
    "zh": [
        "欧洲和平基金", "歐洲和平基金", "欧洲和平融资机制", "歐洲和平融資機制", "对外军事融资",
        "對外軍事融資", "外国军事融资", "外國軍事融資", "总统提取授权", "總統提取授權",
        "乌克兰安全援助倡议", "烏克蘭安全援助倡議", "防务援助", "防務援助", "安保援助",
        "政府安全保障能力强化支援", "安全能力强化支援", "捷克弹药倡议", "捷克彈藥倡議",
    ],
    "ja": [
        "OSA", "欧州平和ファシリティ", "欧州平和基金", "対外有償軍事援助", "FMS", "対外軍事融資",
        "対外軍事資金援助", "在庫引き出し権限", "ウクライナ安全保障支援イニシアチブ", "安全保障支援",
        "防衛支援",
    ],
    "ko": [
        "안보지원", "유럽평화기금", "유럽평화기구", "유럽평화지원기금", "해외군사금융",
        "대외군사재정지원", "대외군사판매", "공적안보지원", "정부안전보장능력강화지원",
        "국방 지원 패키지", "방위 지원", "체코 탄약 이니셔티브",
    ],
}

# --------------------------------------------------------------------------------------------- treaty

AGREEMENT_NOUNS = {
    "en": [
        "agreement", "accord", "=deal", "=deals", "memorandum of understanding", "memorandum",
        "MoU", "protocol", "exchange of notes", "exchange of letters", "letter of intent",
        "declaration of intent", "framework agreement",
    ],
    "fr": [
        "accord", "accord-cadre", "protocole", "protocole d'accord", "mémorandum",
        "mémorandum d'entente", "échange de lettres", "échange de notes", "convention", "entente",
        "lettre d'intention", "déclaration d'intention", "arrangement technique",
    ],
    "de": [
        "Abkommen", "Vereinbarung", "Übereinkommen", "Übereinkunft", "=Vertrag", "=Vertrags",
        "=Vertrages", "=Verträge", "=Verträgen", "Einigung", "Abmachung", "=Deal", "Absichtserklärung", "Memorandum", "Protokoll", "Notenwechsel",
        "Rahmenabkommen", "Rahmenvereinbarung", "Konvention",
    ],
    "es": [
        "=acuerdos", "firmar un acuerdo", "firmar el acuerdo", "firma del acuerdo",
        "alcanzar un acuerdo", "convenio", "memorando de entendimiento", "memorándum de entendimiento",
        "memorando", "protocolo", "canje de notas", "intercambio de notas", "=tratado", "=tratados",
        "pacto", "carta de intención", "declaración de intenciones", "acuerdo marco", "convención",
    ],
    "it": [
        "accordo", "accordo quadro", "memorandum d'intesa", "protocollo d'intesa", "memorandum",
        "protocollo", "convenzione", "=trattato", "=trattati", "scambio di note",
        "scambio di lettere", "patto", "lettera d'intenti", "dichiarazione d'intenti",
    ],
    "pt": [
        "acordo", "convênio", "convénio", "memorando de entendimento", "=memorando", "protocolo",
        "protocolo de intenções", "=tratado", "=tratados", "troca de notas", "pacto",
        "carta de intenções", "declaração de intenções", "acordo-quadro", "convenção",
    ],
    "pl": [
        "umowa", "porozumienie", "memorandum", "memorandum o porozumieniu", "protokół",
        "list intencyjny", "listu intencyjnego", "umowa ramowa", "umowy ramowej",
        "porozumienie ramowe", "porozumienia ramowego", "pakt", "kontrakt", "wymiana not",
        "deklaracja intencji",
    ],
    "nl": [
        "overeenkomst", "akkoord", "deal", "memorandum van overeenstemming", "memorandum",
        "protocol", "intentieverklaring", "raamovereenkomst", "notawisseling", "pact", "contract",
    ],
    "ru": [
        "соглашение", "договор", "договорённость", "договоренность", "меморандум",
        "меморандум о взаимопонимании", "протокол", "сделка", "обмен нотами",
        "рамочное соглашение", "рамочного соглашения", "контракт", "конвенция",
        "протокол о намерениях", "письмо о намерениях",
    ],
    "uk": [
        "угода", "договір", "домовленість", "меморандум", "меморандум про взаєморозуміння",
        "протокол", "контракт", "обмін нотами", "рамкова угода", "рамкової угоди", "конвенція",
        "лист про наміри", "протокол про наміри", "декларація про наміри",
    ],
    "ar": [
        "=اتفاق", "=الاتفاق", "=اتفاقية", "=الاتفاقية", "=اتفاقيات", "=الاتفاقيات", "=اتفاقات",
        "=الاتفاقات", "=مذكرة تفاهم", "=مذكرة التفاهم", "=مذكرات تفاهم", "=بروتوكول",
        "=البروتوكول", "=صفقة", "=الصفقة", "=اتفاق إطاري", "=اتفاقية إطارية", "=تبادل المذكرات",
        "=إعلان نوايا", "=رسالة نوايا",
    ],
    "tr": [
        "anlaşma", "mutabakat", "mutabakat zaptı", "mutabakat muhtırası", "protokol", "sözleşme",
        "çerçeve anlaşması", "niyet mektubu", "niyet beyanı", "nota teatisi", "notalar teatisi",
        "işbirliği anlaşması",
    ],
    "zh": [
        "协议", "協議", "备忘录", "備忘錄", "换文", "換文", "议定书", "議定書", "意向书", "意向書",
        "交换照会", "交換照會", "合作文件",
    ],
    "ja": [
        "合意", "覚書", "交換公文", "議定書", "取り決め", "取極", "意向書", "協約", "契約",
        "書簡の交換", "協力文書",
    ],
    "ko": [
        "합의", "합의서", "합의문", "양해각서", "MOU", "협약", "의정서", "교환각서", "각서", "약정",
        "계약", "의향서",
    ],
}
