#!/usr/bin/env python3
"""Hand-labelled alert evaluation set, round 14 (west): en fr de es it pt pl nl."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "west.jsonl")
LANGS = ["en", "fr", "de", "es", "it", "pt", "pl", "nl"]
RULES = {"treaty", "troops", "military_assistance"}

R = []


def A(id_, title, body, rules, note):
    R.append({
        "id": id_,
        "language": id_.split("-")[0],
        "title": title,
        "body": body,
        "rules": list(rules),
        "kind": "positive" if rules else "near-miss",
        "note": note,
    })


# ---------------------------------------------------------------- en
A("en-n1", "Kazakhstan and Kyrgyzstan seal deal on sharing Chu and Talas waters",
  "ALMATY (Reuters) - Kazakhstan and Kyrgyzstan on Tuesday signed an intergovernmental accord on the joint "
  "use of the Chu and Talas rivers, ending two years of talks over summer releases from Kyrgyz reservoirs. "
  "Under the agreement, which still needs ratification by both parliaments, Astana will share the upkeep "
  "costs of dams upstream in exchange for guaranteed irrigation flows to farms in the Zhambyl region. "
  "Officials said a bilateral commission would meet each spring to set quotas.",
  ["treaty"], "Intergovernmental water-sharing accord signed by two states; no military content.")
A("en-n2", "Chad rushes extra battalions to eastern frontier after cross-border raids",
  "N'DJAMENA - Chad has moved several additional battalions to its eastern frontier with Sudan after "
  "armed men crossed into Ouaddai province and torched two villages, the defence ministry said on Sunday. "
  "Armoured units and around 1,500 soldiers were being positioned near Adré, and the army chief of staff "
  "flew in to oversee the build-up. Aid groups warned that fresh fighting could disrupt deliveries to "
  "refugee camps along the border.",
  ["troops"], "A state's army sent to its own border counts as troops; the aid-group mention is humanitarian only.")
A("en-n3", "Norwegian instructors head to Moldova to train army engineers",
  "Norway will send a team of about 40 military instructors to Moldova next month to train the country's "
  "army engineers in mine clearance and bridge-laying, the Norwegian defence ministry announced. The "
  "rotation, based near Chisinau, is part of a wider package that also includes armoured engineering "
  "vehicles and demining kits donated by Oslo. Moldova's defence minister said the help would strengthen "
  "the army's ability to respond to emergencies.",
  ["troops", "military_assistance"], "Trainers sent abroad count as troops and as military assistance; donated military engineering vehicles are military assistance.")
A("en-n4", "Japan hands coastal radars to Philippine Navy under new security aid scheme",
  "MANILA - Japan on Friday formally turned over a set of coastal surveillance radars to the Philippine Navy, "
  "the first delivery under Tokyo's Official Security Assistance programme for Manila. The systems, worth "
  "about 600 million yen, will be installed along the coast of Palawan facing the South China Sea. Japanese "
  "embassy officials said further equipment for the navy, including rigid-hull boats, would follow next year.",
  ["military_assistance"], "Radars given by one state to another's navy under a security-assistance programme.")
A("en-n5", "Lithuanian parliament ratifies deal on permanent German brigade",
  "VILNIUS - Lithuania's Seimas on Thursday ratified an agreement with Germany governing the permanent "
  "stationing of a Bundeswehr armoured brigade on Lithuanian soil. The text settles the legal status, "
  "taxation and infrastructure costs of the roughly 4,800 German service members and their families who "
  "are due to be based near Rudninkai and Rukla by 2027. The Bundestag approved the accord earlier this year.",
  ["treaty", "troops"], "Ratification of an interstate stationing agreement, and foreign forces to be permanently stationed.")
A("en-n6", "Touring troupe brings Beckett to Hebridean village halls",
  "A small theatre troupe from Glasgow is taking Waiting for Godot on a three-week tour of village halls "
  "across the Outer Hebrides, playing to audiences of barely 40 people a night. The company's director "
  "said actors were treated to home baking after every show and that one performance had to be moved "
  "when a storm knocked out power on Barra. Tickets are pay-what-you-can, with proceeds going to local "
  "lifeboat crews.",
  [], "Trap for troops (theatre troupe) and treaty ('treated'); no state military or agreement.")
A("en-n7", "Kenyan police contingent lands in Port-au-Prince to back security mission",
  "A further 200 Kenyan police officers arrived in Haiti on Monday to reinforce the multinational security "
  "support mission fighting gangs in the capital. The officers, drawn from the General Service Unit, will "
  "patrol the area around the national palace alongside Haitian police. Nairobi insists the deployment "
  "involves no soldiers. Officials said funding for the mission remained uncertain because pledged "
  "contributions had not arrived.",
  [], "Police deployed abroad are not troops; explicit statement that no soldiers are involved.")
A("en-n8", "Shipyard wins corvette order from Swedish navy",
  "A Baltic shipbuilder has signed a contract worth 9.2 billion kronor to build four corvettes for the "
  "Swedish navy, the company said on Wednesday, calling it the biggest order in its history. The vessels "
  "will be fitted with anti-air missiles and delivered from 2030. Sweden's defence materiel agency said the "
  "purchase was part of the government's plan to lift military spending, and the yard expects to hire some "
  "600 workers.",
  [], "A firm's contract and a state's own arms purchase: neither treaty nor military assistance.")

# ---------------------------------------------------------------- fr
A("fr-n1", "Dakar et Nouakchott renouvellent leur accord de pêche",
  "NOUAKCHOTT (AFP) - Le Sénégal et la Mauritanie ont paraphé lundi le renouvellement de leur protocole "
  "bilatéral sur la pêche, qui autorise chaque année plusieurs centaines de pirogues de Guet Ndar à opérer "
  "dans les eaux mauritaniennes. Le nouveau texte, conclu pour cinq ans, relève le volume de captures "
  "autorisé et impose le débarquement d'une partie des prises dans les ports mauritaniens. Les pêcheurs de "
  "Saint-Louis saluent « un soulagement ».",
  ["treaty"], "A bilateral fisheries protocol between two states is a treaty.")
A("fr-n2", "Le Bénin renforce son dispositif militaire dans l'extrême nord",
  "COTONOU - L'état-major béninois a dépêché plusieurs centaines de militaires supplémentaires dans les "
  "départements de l'Alibori et de l'Atacora, à la frontière avec le Niger et le Burkina Faso, après "
  "l'attaque meurtrière d'un poste avancé la semaine dernière. Selon une source sécuritaire, des blindés "
  "légers et une compagnie des forces spéciales ont rejoint le secteur du parc W. Le gouvernement évoque "
  "une « montée en puissance » de l'opération Mirador.",
  ["troops"], "Soldiers sent to the country's own border area count as troops.")
A("fr-n3", "Paris remet des drones de surveillance à l'armée mauritanienne",
  "Au titre de la coopération de défense entre les deux pays, la France a remis mercredi à l'armée "
  "mauritanienne un lot de drones de reconnaissance, des véhicules tout-terrain et du matériel de "
  "transmission, lors d'une cérémonie à la base de Nouakchott. L'ambassadeur de France a souligné que cette "
  "dotation devait aider les unités chargées de surveiller la frontière orientale. Une seconde livraison "
  "est annoncée pour la fin de l'année.",
  ["military_assistance"], "Military equipment handed by one state to another's army.")
A("fr-n4", "Des instructeurs belges attendus au Bénin pour former les forces spéciales",
  "La Défense belge va déployer une soixantaine d'instructeurs au Bénin à partir de septembre pour former "
  "des unités des forces spéciales béninoises au combat en zone boisée, a annoncé le cabinet de la ministre. "
  "La mission, d'une durée d'un an, comprend aussi la fourniture de jumelles de vision nocturne et de "
  "gilets pare-balles. Bruxelles précise que ses militaires ne participeront pas aux opérations.",
  ["troops", "military_assistance"], "Trainers deployed abroad are troops and military assistance; equipment supplied is also military assistance.")
A("fr-n5", "Djibouti et Tokyo signent un accord sur le statut des forces japonaises",
  "DJIBOUTI - Djibouti et le Japon ont signé jeudi un accord sur le statut des forces qui encadre la "
  "présence des militaires japonais sur leur base proche de l'aéroport international. Le texte prévoit "
  "l'extension de l'emprise et le stationnement d'un détachement supplémentaire d'environ 150 hommes "
  "chargés de la lutte contre la piraterie dans le golfe d'Aden. Il doit encore être ratifié par "
  "l'Assemblée nationale djiboutienne.",
  ["treaty", "troops"], "A status-of-forces agreement between states is a treaty; stationing of Japanese forces abroad is troops.")
A("fr-n6", "Le Traité de savoir-vivre réédité, une troupe en fait un spectacle",
  "Réédité ce mois-ci par une petite maison lyonnaise, le célèbre Traité de savoir-vivre à l'usage des "
  "jeunes générations connaît une seconde jeunesse. Une troupe de théâtre de Villeurbanne en a tiré un "
  "spectacle joué tout l'été au festival d'Avignon off. « Le sujet a été traité avec humour, sans trahir le "
  "texte », assure la metteuse en scène, qui prépare déjà une tournée en Belgique et en Suisse romande.",
  [], "Traps: 'Traité' as a book title (treatise), participle 'traité', and a theatre 'troupe'.")
A("fr-n7", "Bruxelles débloque 200 millions d'euros d'appui budgétaire au Sénégal",
  "La Commission européenne a approuvé un appui budgétaire de 200 millions d'euros au Sénégal pour "
  "soutenir la transition énergétique et l'emploi des jeunes. La convention de financement a été signée à "
  "Dakar avec le ministre des Finances. En parallèle, un groupe minier européen a conclu un accord avec "
  "une société publique sénégalaise pour exploiter un gisement de zircon. « Les forces vives du pays "
  "doivent en profiter », a déclaré un syndicaliste.",
  [], "Economic/financial aid is not military assistance; the company accord is not a treaty; 'forces vives' is figurative.")
A("fr-n8", "Fête nationale : gendarmes mobilisés aux frontières, défilé sur les Champs-Élysées",
  "Plus de 45 000 policiers et gendarmes seront mobilisés le 14 juillet, dont des renforts déployés aux "
  "frontières avec l'Italie et l'Espagne, a annoncé le ministère de l'Intérieur. Les forces de l'ordre "
  "procéderont à des contrôles renforcés dans les gares. Le matin, quelque 6 000 militaires défileront "
  "comme chaque année sur les Champs-Élysées, devant le chef de l'État.",
  [], "Police/gendarmes at borders are not troops; soldiers marching in a parade at home do not count.")

# ---------------------------------------------------------------- de
A("de-n1", "Österreich und Slowenien einigen sich auf Staatsvertrag zur Mur",
  "WIEN (APA) - Österreich und Slowenien haben am Montag in Graz einen Staatsvertrag über die gemeinsame "
  "Bewirtschaftung der Grenzmur unterzeichnet. Das Abkommen regelt den Hochwasserschutz, die Renaturierung "
  "der Auen und die Aufteilung der Kosten für ein mögliches Grenzkraftwerk. Der Vertrag muss noch vom "
  "Nationalrat und vom slowenischen Parlament genehmigt werden. Umweltschützer kritisierten, dass der "
  "Kraftwerksbau nicht ausgeschlossen wurde.",
  ["treaty"], "Interstate agreement on a border river signed by two governments.")
A("de-n2", "Bundesheer stockt Kosovo-Kontingent auf",
  "Das Bundesheer schickt im Herbst rund 120 zusätzliche Soldatinnen und Soldaten in den Kosovo. Damit "
  "wächst das österreichische Kontingent bei der NATO-geführten KFOR auf knapp 400 Personen, teilte das "
  "Verteidigungsministerium in Wien mit. Die Verstärkung, vor allem eine Infanteriekompanie aus Salzburg, "
  "soll nach den Spannungen im Norden des Landes für mehr Präsenz an der Grenze zu Serbien sorgen.",
  ["troops"], "Austrian soldiers sent abroad to a peacekeeping contingent.")
A("de-n3", "Berlin übergibt Patrouillenboote an Ghanas Marine",
  "Im Rahmen der Ertüchtigungsinitiative der Bundesregierung hat Deutschland der ghanaischen Marine zwei "
  "Küstenpatrouillenboote sowie Nachtsichtgeräte und Funktechnik übergeben. Die Ausrüstung soll helfen, "
  "Piraterie und illegale Fischerei im Golf von Guinea einzudämmen, sagte die deutsche Botschafterin bei "
  "der Zeremonie in Sekondi. Seit 2017 hat Berlin Ghana Sicherheitsunterstützung im Wert von rund 30 "
  "Millionen Euro geleistet.",
  ["military_assistance"], "Boats and equipment given by one state to another's navy under a capacity-building programme.")
A("de-n4", "Rumänien beruft sich auf Artikel 4 – Berlin sagt Flugabwehr zu",
  "Nach erneuten Drohnenabstürzen auf rumänischem Gebiet hat Bukarest Konsultationen nach Artikel 4 des "
  "Nordatlantikvertrags beantragt. Die Bundesregierung kündigte am Abend an, der rumänischen Armee zwei "
  "Flugabwehrsysteme vom Typ Skyranger zu überlassen und rumänische Bedienmannschaften in Deutschland "
  "auszubilden. Die Systeme sollen noch vor Jahresende geliefert werden.",
  ["treaty", "military_assistance"], "Invoking an article of a treaty counts; air-defence systems and training given to another state's army are military assistance.")
A("de-n5", "Bundeswehr-Ausbilder gehen nach Moldau",
  "Die Bundeswehr wird ab dem Frühjahr rund 30 Ausbilderinnen und Ausbilder in die Republik Moldau "
  "entsenden. Sie sollen moldauische Soldaten im Umgang mit geschützten Fahrzeugen und in der "
  "Sanitätsversorgung schulen, wie das Einsatzführungskommando in Potsdam mitteilte. Begleitend liefert "
  "Deutschland Lkw und Sanitätsmaterial für die moldauische Armee. Ein Kampfeinsatz sei ausdrücklich nicht "
  "vorgesehen.",
  ["troops", "military_assistance"], "Trainers sent abroad count as troops and military assistance; equipment for a foreign army is military assistance.")
A("de-n6", "Freie Theatertruppe begeistert in der Uckermark",
  "Mit einer umjubelten Inszenierung von Kleists Der zerbrochne Krug hat die freie Theatertruppe Spielwerk "
  "ihre Sommertournee durch die Uckermark eröffnet. Die Truppe spielt in Scheunen und Dorfkirchen, oft vor "
  "nur 60 Zuschauern. Regisseurin Jana Kühl sagt, das Ensemble habe sich bewusst für ländliche Orte "
  "entschieden. Der Vertrag mit dem Landkreis über die Förderung läuft zunächst bis 2026.",
  [], "Traps for troops ('Truppe' = theatre troupe) and treaty (funding contract with a district).")
A("de-n7", "Rüstungskonzern liefert Schützenpanzer nach Ungarn",
  "Ein Düsseldorfer Rüstungskonzern hat mit dem ungarischen Verteidigungsministerium einen weiteren "
  "Liefervertrag über 40 Schützenpanzer abgeschlossen. Das Volumen liegt nach Unternehmensangaben bei "
  "rund 900 Millionen Euro; ein Teil der Fahrzeuge soll im ungarischen Werk Zalaegerszeg montiert werden. "
  "Die Aktie des Unternehmens legte nach der Mitteilung um drei Prozent zu.",
  [], "Commercial arms sale by a firm and a state's own purchase: neither military assistance nor a treaty.")
A("de-n8", "Bundespolizei schickt Beamte an die griechisch-türkische Grenze",
  "Die Bundespolizei entsendet weitere 80 Beamtinnen und Beamte zur Unterstützung der EU-Grenzschutzagentur "
  "Frontex an den Grenzfluss Evros. Die Kräfte sollen griechische Kollegen bei der Registrierung und "
  "Überwachung helfen. Zugleich stellt das Technische Hilfswerk Zelte und Generatoren für ein "
  "Aufnahmelager bereit. Das Bundesinnenministerium betonte, es handle sich um eine rein polizeiliche und "
  "humanitäre Hilfe.",
  [], "Police and border guards ('Kräfte') deployed abroad are not troops; civil humanitarian aid is not military assistance.")

# ---------------------------------------------------------------- es
A("es-n1", "Asunción y Brasilia cierran la revisión del Anexo C de Itaipú",
  "ASUNCIÓN (EFE) - Los gobiernos de Paraguay y Brasil anunciaron este martes que concluyeron la revisión "
  "del Anexo C del acuerdo binacional de Itaipú, que fija las bases financieras de la hidroeléctrica "
  "compartida. Según los cancilleres, el nuevo texto reduce la tarifa y permite a Paraguay vender parte "
  "de su excedente de energía en el mercado brasileño. El documento deberá ser aprobado por ambos congresos.",
  ["treaty"], "Negotiated revision of an annex to an interstate agreement.")
A("es-n2", "Ecuador despliega 2.000 efectivos en la frontera norte",
  "QUITO - El Ministerio de Defensa de Ecuador desplegó unos 2.000 efectivos de las Fuerzas Armadas en las "
  "provincias de Esmeraldas, Carchi y Sucumbíos, en la frontera con Colombia, tras el hallazgo de "
  "laboratorios clandestinos y el ataque a un puesto militar. El comandante conjunto señaló que los "
  "uniformados reforzarán los pasos irregulares durante al menos tres meses.",
  ["troops"], "Armed forces personnel sent to the country's own border count as troops.")
A("es-n3", "Corea del Sur transfiere una corbeta a la Marina de Guerra del Perú",
  "CALLAO - La Marina de Guerra del Perú recibió este jueves una corbeta de la clase Pohang donada por el "
  "Gobierno de Corea del Sur, en una ceremonia celebrada en la Base Naval del Callao. El buque, que "
  "incluye su armamento y repuestos para cinco años, será destinado al patrullaje del mar de Grau. Seúl "
  "también capacitará a unos 80 marinos peruanos en sus escuelas navales.",
  ["military_assistance"], "A warship donated by one state to another's navy; training foreign personnel at home is military assistance.")
A("es-n4", "España enviará un equipo de adiestramiento militar a Mauritania",
  "El Consejo de Ministros autorizó el despliegue en Mauritania de un equipo de unos 50 militares "
  "españoles para instruir a unidades del ejército mauritano en la vigilancia de fronteras, informó el "
  "Ministerio de Defensa. La misión incluye la cesión de vehículos todoterreno y equipos de visión "
  "nocturna. Fuentes de Defensa subrayaron que los instructores no participarán en operaciones de combate.",
  ["troops", "military_assistance"], "Trainers sent abroad are troops and military assistance; ceded military equipment is military assistance.")
A("es-n5", "El Congreso paraguayo ratifica el acuerdo sobre el estatus de fuerzas con EE.UU.",
  "ASUNCIÓN - La Cámara de Diputados de Paraguay ratificó el acuerdo sobre el estatus de fuerzas firmado con "
  "Estados Unidos, que regula la presencia temporal de militares estadounidenses en el país. El texto "
  "permitirá que contingentes de hasta 300 soldados participen en ejercicios conjuntos y tareas de "
  "asistencia en el Chaco. La oposición denunció una cesión de soberanía.",
  ["treaty", "troops"], "Ratification of a status-of-forces agreement; foreign soldiers to be present in the country.")
A("es-n6", "La tropa de Simeone firma otra remontada en Vigo",
  "El Atlético de Madrid volvió a remontar en Balaídos gracias a un doblete de su delantero, que acaba de "
  "renovar su contrato hasta 2028. La tropa de Simeone se vio por debajo al descanso, pero el técnico "
  "reforzó el ataque y el equipo encontró el empate en un córner. El lateral, tratado de un golpe en el "
  "tobillo durante la semana, completó los 90 minutos.",
  [], "Traps: figurative 'tropa' for a football team, player contract, participle 'tratado'.")
A("es-n7", "Rosario recibe 1.500 agentes federales y fondos de Bruselas",
  "El Ministerio de Seguridad argentino envió a Rosario 1.500 agentes de Gendarmería y Policía Federal "
  "para reforzar los operativos contra el narcotráfico en los barrios del sur. Las fuerzas federales "
  "patrullarán junto a la policía provincial. En paralelo, la Unión Europea anunció una ayuda económica de "
  "20 millones de euros para programas sociales en la ciudad.",
  [], "Gendarmerie and police sent within the country are not troops; economic aid is not military assistance.")
A("es-n8", "Reeditan un tratado de estrategia del siglo XVI antes del desfile del 12 de octubre",
  "Una editorial madrileña reedita el Tratado de la milicia de un capitán de los tercios, obra olvidada "
  "durante siglos, coincidiendo con la Fiesta Nacional. Unos 4.000 militares desfilarán el 12 de octubre "
  "por el paseo de la Castellana ante los Reyes. El historiador que firma el prólogo explica que el libro "
  "ha sido tratado a menudo como una rareza de bibliófilos.",
  [], "Traps: 'Tratado' as a treatise, participle 'tratado', soldiers parading at home.")

# ---------------------------------------------------------------- it
A("it-n1", "Italia e Tunisia rinnovano l'intesa sulla pesca nel Canale di Sicilia",
  "TUNISI (ANSA) - Italia e Tunisia hanno firmato a Tunisi il rinnovo dell'intesa bilaterale sulla pesca "
  "nel Canale di Sicilia, che disciplina l'accesso dei pescherecci di Mazara del Vallo alle acque "
  "rivendicate da Tunisi. L'accordo tra i due governi istituisce anche una commissione mista per gestire "
  "i sequestri di imbarcazioni. Gli armatori siciliani parlano di «un passo avanti atteso da anni».",
  ["treaty"], "A bilateral fisheries agreement between two governments.")
A("it-n2", "Libano, rafforzato il contingente italiano di Unifil",
  "Partono da Pisa i 180 militari della brigata Folgore che rafforzeranno il contingente italiano della "
  "missione Onu Unifil nel sud del Libano, dove i caschi blu italiani sono schierati lungo la Linea Blu. "
  "Lo ha comunicato lo Stato maggiore della Difesa. Con il nuovo avvicendamento la presenza italiana "
  "nella regione sale a circa 1.200 unità.",
  ["troops"], "Italian soldiers sent abroad to reinforce a peacekeeping contingent.")
A("it-n3", "Roma cede due pattugliatori alla Marina militare tunisina",
  "La Marina militare ha consegnato alla Marina tunisina due pattugliatori d'altura dismessi, rimessi in "
  "efficienza a spese dello Stato italiano, nel quadro della cooperazione nel settore della difesa. La "
  "cerimonia si è svolta nell'arsenale di La Spezia alla presenza dei due ministri. Le unità, con "
  "armamento leggero, saranno impiegate nel controllo delle acque territoriali tunisine.",
  ["military_assistance"], "Naval vessels handed by one state to another's navy as defence cooperation.")
A("it-n4", "Istruttori dell'Esercito a Gibuti per formare le forze armate locali",
  "Una squadra di circa 40 istruttori dell'Esercito italiano partirà a novembre per Gibuti, dove addestrerà "
  "reparti delle forze armate gibutine nel contrasto agli ordigni esplosivi improvvisati. Il personale "
  "opererà dalla base nazionale di supporto già presente nel Paese. Il programma prevede anche la "
  "fornitura di kit per lo sminamento e di veicoli protetti.",
  ["troops", "military_assistance"], "Trainers sent abroad count as troops and military assistance; equipment supplied to another army is military assistance.")
A("it-n5", "San Marino, il Consiglio Grande e Generale ratifica l'accordo di associazione con l'Ue",
  "Il Consiglio Grande e Generale di San Marino ha ratificato con ampia maggioranza l'accordo di "
  "associazione con l'Unione europea, che apre al Titano l'accesso al mercato interno. Il testo, "
  "negoziato per quasi dieci anni insieme ad Andorra, dovrà ora essere approvato dal Consiglio Ue e dal "
  "Parlamento europeo. Il segretario agli Esteri ha parlato di «giornata storica».",
  ["treaty"], "Ratification of an agreement between a state and an international body.")
A("it-n6", "La truppa azzurra sbarca a Coverciano",
  "La truppa azzurra si è ritrovata a Coverciano per preparare le due sfide di qualificazione. Il ct ha "
  "convocato tre esordienti e ha spiegato che il tema degli infortuni sarà trattato con lo staff medico "
  "giorno per giorno. Intanto il difensore della Roma ha rinnovato il contratto fino al 2029. «Siamo un "
  "gruppo compatto», ha detto il capitano in conferenza stampa.",
  [], "Traps: figurative 'truppa' for a national football team, participle 'trattato', player contract.")
A("it-n7", "Gruppo aerospaziale vende elicotteri all'aeronautica filippina",
  "Un gruppo aerospaziale italiano ha firmato un contratto da 320 milioni di euro con il ministero della "
  "Difesa delle Filippine per la fornitura di otto elicotteri da addestramento e supporto logistico. Le "
  "consegne inizieranno nel 2026. L'amministratore delegato ha sottolineato che si tratta della terza "
  "commessa nel Sud-est asiatico in due anni; il titolo ha guadagnato il 2% in Borsa.",
  [], "Commercial sale by a company to a foreign state: not military assistance, and the contract is not a treaty.")
A("it-n8", "Terremoto, la Protezione civile invia aiuti in Turchia",
  "Un volo della Protezione civile è decollato da Pisa con 40 tonnellate di tende, coperte e kit sanitari "
  "destinati alle zone terremotate della Turchia orientale. A bordo anche una squadra di vigili del fuoco "
  "specializzati nella ricerca sotto le macerie. In Italia, intanto, le forze dell'ordine hanno intensificato "
  "i controlli sulle raccolte fondi non autorizzate.",
  [], "Civil humanitarian aid is not military assistance; firefighters and police are not troops.")

# ---------------------------------------------------------------- pt
A("pt-n1", "Angola e RDC assinam acordo sobre fronteira marítima",
  "LUANDA (Lusa) - Angola e a República Democrática do Congo assinaram esta quinta-feira um acordo de "
  "delimitação da fronteira marítima na foz do rio Congo, pondo fim a uma disputa de mais de duas décadas "
  "sobre blocos petrolíferos. O texto cria uma zona de interesse comum cujas receitas serão partilhadas "
  "entre os dois Estados. O acordo será submetido aos respetivos parlamentos para ratificação.",
  ["treaty"], "An interstate maritime boundary agreement signed by two states.")
A("pt-n2", "Tanzânia destaca batalhão para a fronteira com Moçambique",
  "As Forças de Defesa do Povo da Tanzânia destacaram um batalhão de infantaria para a região de Mtwara, "
  "junto ao rio Rovuma, depois de incursões de grupos armados vindos de Cabo Delgado, noticiou a rádio "
  "pública. Cerca de 700 militares vão reforçar as posições ao longo da fronteira, com apoio de "
  "helicópteros. Dar es Salaam garante que a medida é preventiva.",
  ["troops"], "A state's army sent to its own border counts as troops.")
A("pt-n3", "Portugal entrega lanchas à Guarda Costeira militar de São Tomé",
  "No âmbito da cooperação técnico-militar, Portugal entregou às Forças Armadas de São Tomé e Príncipe "
  "duas lanchas de patrulha costeira e material de comunicações, numa cerimónia na baía de Ana Chaves. O "
  "equipamento, financiado pelo Ministério da Defesa Nacional, destina-se à guarda costeira, integrada no "
  "exército são-tomense, e vai reforçar a fiscalização das águas do arquipélago.",
  ["military_assistance"], "Military patrol boats given by one state to another's armed forces.")
A("pt-n4", "Militares portugueses vão formar soldados timorenses em Díli",
  "Um destacamento de 25 militares do Exército português parte em outubro para Timor-Leste, onde vai "
  "ministrar formação em engenharia militar e manutenção de viaturas às Falintil-Forças de Defesa de "
  "Timor-Leste. A missão, com a duração de seis meses, inscreve-se no programa de cooperação bilateral "
  "no domínio da defesa, anunciou o Estado-Maior-General das Forças Armadas.",
  ["troops", "military_assistance"], "Trainers sent abroad count as troops and military assistance.")
A("pt-n5", "Lisboa e Maputo renovam programa de cooperação na defesa",
  "Os ministros da Defesa de Portugal e de Moçambique assinaram em Maputo o novo Programa-Quadro de "
  "Cooperação no Domínio da Defesa para 2025-2029, que prevê formação de oficiais e apoio à Marinha "
  "moçambicana. Na mesma cerimónia, Portugal entregou 12 viaturas táticas às Forças Armadas de Defesa de "
  "Moçambique, destinadas às unidades em Cabo Delgado.",
  ["treaty", "military_assistance"], "A bilateral defence cooperation framework signed by two states; tactical vehicles handed to another state's armed forces.")
A("pt-n6", "Trupe de circo leva Tratado das Coisas Leves aos palcos",
  "A trupe de circo contemporâneo Fio de Prumo estreia no Porto o espetáculo Tratado das Coisas Leves, "
  "inspirado num velho tratado de física recreativa do século XIX. Malabaristas e acrobatas exploram a "
  "gravidade durante 70 minutos. O tema foi tratado com delicadeza, diz a encenadora, que levará a peça "
  "a Coimbra e Braga em novembro.",
  [], "Traps: circus 'trupe', 'tratado' as a treatise/title, participle 'tratado'.")
A("pt-n7", "Fabricante brasileiro vende aviões de ataque leve à Força Aérea da Nigéria",
  "A fabricante Aeronáutica Atlântica assinou um contrato de 180 milhões de dólares com o governo da "
  "Nigéria para fornecer seis aviões de ataque leve e treino à Força Aérea nigeriana. As entregas estão "
  "previstas para 2027 e incluem simuladores e peças de reposição. Em comunicado, a empresa destacou que "
  "este é o seu maior negócio em África até à data.",
  [], "A firm's arms sale and a state's own purchase: not military assistance; the contract is not a treaty.")
A("pt-n8", "Força Nacional reforça segurança em Roraima",
  "O Ministério da Justiça autorizou o envio de 200 agentes da Força Nacional de Segurança Pública para "
  "Roraima, na fronteira com a Venezuela, para apoiar a Polícia Federal no combate ao garimpo ilegal. "
  "As tropas de choque policiais ficarão 90 dias no estado. O governo também enviou cestas básicas e "
  "medicamentos para comunidades indígenas afetadas.",
  [], "The Força Nacional is a police force, so its deployment (even called 'tropas de choque policiais') is not troops; food aid is humanitarian.")

# ---------------------------------------------------------------- pl
A("pl-n1", "Polska i Słowacja podpisały umowę o nowych przejściach granicznych",
  "Ministrowie spraw zagranicznych Polski i Słowacji podpisali w Krakowie umowę międzyrządową o budowie "
  "i utrzymaniu trzech nowych drogowych przejść granicznych w Beskidach. Dokument określa podział kosztów "
  "oraz zasady wspólnej eksploatacji mostów na granicznych potokach. Umowa wejdzie w życie po ratyfikacji "
  "przez parlamenty obu państw.",
  ["treaty"], "Intergovernmental agreement between two states on border crossings.")
A("pl-n2", "Polski kontyngent wojskowy rozmieszczony na Łotwie",
  "Do Ādaži na Łotwie dotarła kolejna zmiana Polskiego Kontyngentu Wojskowego, liczącego około 200 "
  "żołnierzy z 12. Brygady Zmechanizowanej. Żołnierze wraz z czołgami PT-91 wejdą w skład "
  "wielonarodowej brygady NATO. Jak przekazało Dowództwo Operacyjne, rotacja potrwa sześć miesięcy.",
  ["troops"], "Polish soldiers stationed abroad as a military contingent.")
A("pl-n3", "Polska przekaże armii Macedonii Północnej transportery opancerzone",
  "Ministerstwo Obrony Narodowej poinformowało, że Polska nieodpłatnie przekaże armii Macedonii Północnej "
  "20 kołowych transporterów opancerzonych wraz z pakietem części zamiennych. Sprzęt trafi do Skopje "
  "jeszcze w tym roku. Według resortu to element wsparcia dla sojusznika, który modernizuje swoje siły "
  "zbrojne po odesłaniu starszego sprzętu na Ukrainę.",
  ["military_assistance"], "Armoured vehicles donated by one state to another's army.")
A("pl-n4", "Sejm ratyfikował umowę o pobycie żołnierzy kanadyjskich w Polsce",
  "Sejm przyjął ustawę o ratyfikacji umowy między Polską a Kanadą w sprawie statusu sił zbrojnych, "
  "która reguluje pobyt kanadyjskich żołnierzy na terytorium RP. Na jej podstawie w Orzyszu będzie "
  "stacjonować rotacyjnie do 500 kanadyjskich wojskowych wraz ze sprzętem. Za ustawą głosowało 440 "
  "posłów.",
  ["treaty", "troops"], "Ratification of a status-of-forces agreement; planned stationing of foreign soldiers.")
A("pl-n5", "Mołdawscy żołnierze przejdą szkolenie na poligonie w Drawsku",
  "Około 150 żołnierzy armii Mołdawii przejdzie w przyszłym miesiącu szkolenie na poligonie w Drawsku "
  "Pomorskim, prowadzone przez instruktorów Wojska Polskiego. Program obejmuje obsługę przeciwpancernych "
  "pocisków kierowanych i ratownictwo pola walki. Koszty pokrywa polski rząd w ramach pomocy wojskowej "
  "dla Kiszyniowa.",
  ["military_assistance"], "Foreign trainees received at home count as military assistance only, not troops.")
A("pl-n6", "Trupa teatralna z Lublina wystawia traktat o nudzie",
  "Lubelska trupa teatralna Kurtyna pokazała na festiwalu w Gdańsku spektakl oparty na eseju filozoficznym "
  "Traktat o nudzie, zapomnianym dziele międzywojennego myśliciela. Aktorzy przez dwie godziny grają w "
  "poczekalni dworcowej. Krytycy chwalą odwagę zespołu, który po festiwalu ruszy w trasę po "
  "domach kultury.",
  [], "Traps: theatre 'trupa' and 'traktat' as a philosophical treatise.")
A("pl-n7", "Zakłady ze Stalowej Woli podpisały umowę na dostawę haubic",
  "Agencja Uzbrojenia podpisała ze spółką zbrojeniową ze Stalowej Woli umowę wartą 3,2 mld zł na dostawę "
  "kolejnych 48 haubic samobieżnych dla Wojska Polskiego. Dostawy mają ruszyć w 2026 r. Prezes spółki "
  "zapowiedział zatrudnienie kolejnych 300 pracowników. Część podzespołów będzie pochodzić od "
  "kooperantów z Korei Południowej.",
  [], "A state's own purchase under a company contract: not a treaty, not military assistance.")
A("pl-n8", "Straż Graniczna i policja wzmacniają granicę z Białorusią",
  "Komendant Główny Straży Granicznej skierował na odcinek podlaski dodatkowe 400 funkcjonariuszy, a "
  "policja wysłała tam oddziały prewencji. Siły te mają wspierać ochronę zapory na granicy z Białorusią. "
  "Jednocześnie wojewoda zapewnił, że pomoc humanitarna dla migrantów jest dostarczana przez organizacje "
  "pozarządowe.",
  [], "Border guards and police (even called 'siły') are not troops; humanitarian aid is not military assistance.")

# ---------------------------------------------------------------- nl
A("nl-n1", "Nederland en Duitsland leggen grenscorrectie vast in verdrag",
  "Nederland en Duitsland hebben in Nijmegen een verdrag ondertekend dat een kleine correctie van de "
  "landsgrens bij de Duffelt regelt. Door verlegging van de Rijnarm liggen enkele weilanden aan de "
  "verkeerde kant van de grens; in totaal wisselen 38 hectare van eigenaar. Het verdrag moet nog door de "
  "Tweede Kamer en de Bondsdag worden goedgekeurd.",
  ["treaty"], "Interstate border treaty signed by two states.")
A("nl-n2", "Fregat Zr.Ms. Tromp vertrekt naar de Rode Zee",
  "Het luchtverdedigingsfregat Zr.Ms. Tromp is vanuit Den Helder vertrokken naar de Rode Zee, waar het "
  "koopvaardijschepen moet beschermen tegen aanvallen met drones. Aan boord zijn ruim 200 militairen. "
  "Het schip sluit zich aan bij een Europese marinemissie en blijft naar verwachting vier maanden in het "
  "gebied, meldt Defensie.",
  ["troops"], "A warship and its crew deployed abroad count as troops.")
A("nl-n3", "Defensie draagt vrachtwagens over aan Libanees leger",
  "Nederland heeft het Libanese leger veertig militaire vrachtwagens en een partij nachtzichtapparatuur "
  "geschonken, maakte het ministerie van Defensie bekend. De overdracht vond plaats op een kazerne bij "
  "Beiroet. Het materieel moet de Libanese strijdkrachten helpen hun aanwezigheid in het zuiden van het "
  "land uit te breiden. Het gaat om een bijdrage van 12 miljoen euro.",
  ["military_assistance"], "Military vehicles and equipment donated by one state to another's army.")
A("nl-n4", "Suriname en Guyana praten weer over grensverdrag Corantijn",
  "PARAMARIBO - Suriname en Guyana hebben de onderhandelingen over een grensverdrag voor de Corantijn "
  "hervat. Delegaties van beide ministeries van Buitenlandse Zaken kwamen deze week bijeen in Nieuw "
  "Nickerie. Inzet is een akkoord over de loop van de grens in de rivier en over het betwiste gebied bij "
  "de Boven-Corantijn. Volgens minister van Buitenlandse Zaken zijn de gesprekken ‘constructief’.",
  ["treaty"], "Negotiations between two states on a border treaty.")
A("nl-n5", "Belgische militairen gaan Beninse soldaten opleiden",
  "Defensie stuurt volgend jaar een detachement van ongeveer 50 Belgische militairen naar Benin om "
  "eenheden van het Beninse leger op te leiden in het noorden van het land. Volgens minister van Defensie "
  "gaat het om een trainingsmissie van twaalf maanden, aangevuld met de levering van voertuigen en "
  "radioapparatuur. De Belgen nemen niet deel aan gevechtsoperaties.",
  ["troops", "military_assistance"], "Trainers sent abroad count as troops and military assistance; delivered equipment is military assistance.")
A("nl-n6", "Buurt in Rotterdam-Zuid is troep op straat zat",
  "Bewoners van de Tarwewijk in Rotterdam-Zuid hebben genoeg van de troep op straat. Zwerfvuil, "
  "kapotte matrassen en volle vuilniszakken liggen volgens hen dagelijks naast de containers. ‘Het is "
  "gewoon niet meer te verdragen’, zegt een bewoonster. De gemeente belooft extra ophaalrondes en gaat "
  "handhavers inzetten.",
  [], "Traps: Dutch 'troep' (junk) and the verb 'verdragen' (to endure).")
A("nl-n7", "Nieuwe cao voor Defensie rond, militairen lopen mee in Veteranendag",
  "Vakbonden en het ministerie van Defensie hebben een akkoord bereikt over een nieuwe cao, met een "
  "loonsverhoging van 6 procent over twee jaar. De bonden leggen het akkoord nog voor aan hun leden. "
  "Zaterdag lopen duizenden veteranen en militairen mee in het defilé van de Nederlandse Veteranendag "
  "in Den Haag.",
  [], "An employment agreement is not a treaty; soldiers marching in a parade at home do not count as troops.")
A("nl-n8", "Scheepswerf bouwt fregatten voor Indonesische marine",
  "Een Nederlandse scheepsbouwer heeft een contract getekend met het Indonesische ministerie van "
  "Defensie voor de bouw van twee fregatten. De schepen worden deels in Vlissingen en deels in Surabaya "
  "gebouwd. Met de order is ruim een miljard euro gemoeid. Volgens het bedrijf levert het werk voor "
  "honderden mensen in Zeeland op.",
  [], "A firm's arms contract with a foreign state is neither a treaty nor military assistance.")


def check(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(records) == 8 * len(LANGS)
    keys = {"id", "language", "title", "body", "rules", "kind", "note"}
    for r in records:
        assert set(r) == keys, r["id"]
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-n"), r["id"]
        for k in ("title", "body", "note"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert '"' not in r["title"], r["id"]
        assert isinstance(r["rules"], list)
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert set(r["rules"]) <= RULES, r["id"]
        assert r["kind"] in ("positive", "near-miss"), r["id"]
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        lo, hi = (120, 400) if r["language"] in ("zh", "ja") else (250, 800)
        assert lo <= len(r["body"]) <= hi, (r["id"], len(r["body"]))
    for lang in LANGS:
        sub = [r for r in records if r["language"] == lang]
        assert sorted(r["id"] for r in sub) == sorted(f"{lang}-n{i}" for i in range(1, 9)), lang
        assert sum(r["kind"] == "positive" for r in sub) == 5, lang
        assert sum(r["kind"] == "near-miss" for r in sub) == 3, lang
        for rule in RULES:
            assert any(rule in r["rules"] for r in sub), (lang, rule)


def main():
    check(R)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in R:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    assert back == R
    check(back)
    counts = {k: sum(k in r["rules"] for r in back) for k in sorted(RULES)}
    print(f"wrote {len(back)} records to {OUT}; per-rule positives: {counts}")


if __name__ == "__main__":
    main()
