#!/usr/bin/env python3
"""Hand-labelled evaluation set (round 7, western languages) for the newsmon
keyword-alert stage.  All articles are original and fictional; labels were
assigned by reading only.  Running this script writes west.jsonl next to it
and checks the data."""

import json
import os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "west.jsonl")

LANGS = ["en", "fr", "de", "es", "it", "pt", "pl", "nl"]
RULES = {"treaty", "troops", "military_assistance"}
T, TR, MA = "treaty", "troops", "military_assistance"

# (id, title, body, rules, note)
ARTICLES = [
    # ------------------------------------------------------------------ en
    ("en-x1",
     "Kazakhstan and Kyrgyzstan seal deal on sharing Chu and Talas water",
     "ALMATY — Kazakhstan and Kyrgyzstan on Thursday signed an intergovernmental accord setting out how much water from the Chu and Talas rivers each side may draw during the summer irrigation season, ending three years of wrangling over reservoir releases. The agreement, which still needs to be ratified by both parliaments, commits Bishkek to keep minimum flows downstream in exchange for Kazakh contributions to the upkeep of dams on Kyrgyz territory. Farmers in Zhambyl region, hit by shortages last August, welcomed the deal, though activists warned that enforcement would depend on a joint commission that has met only twice since 2021.",
     [T],
     "Two states sign a water-sharing accord awaiting ratification: an interstate agreement on a river counts as a treaty."),
    ("en-x2",
     "Dakar dance troupe becomes surprise hit of the Edinburgh Fringe",
     "A 14-strong dance troupe from Dakar has become the surprise hit of this year's Edinburgh Festival Fringe, selling out its three-week run at a converted church on the Southside. The company, which blends sabar drumming with street dance, had struggled to secure visas until days before opening night. “We nearly had to cancel,” said artistic director Awa Ndiaye, whose performers rehearsed in a car park while waiting for their paperwork. Critics have singled out the closing number, in which the whole troupe advances across the stage in tight formation like a column of soldiers before dissolving into a wedding dance.",
     [],
     "Near-miss for troops: a dance 'troupe' and a simile about a column of soldiers; no military deployment."),
    ("en-x3",
     "Ghana rushes extra soldiers to northern frontier after cross-border raids",
     "Ghana's armed forces have deployed several hundred additional soldiers to the Upper East region after gunmen crossing from Burkina Faso attacked two border villages last week, the defence ministry said on Monday. Armoured vehicles and an infantry company were seen arriving in Bawku on Sunday evening, residents told local radio. The ministry said the reinforcements would set up forward operating bases along a 90-km stretch of the frontier and remain 'for as long as necessary'. Opposition lawmakers backed the move but asked the government to explain why earlier warnings from district officials had gone unheeded.",
     [TR],
     "A state sends army reinforcements to its own border, which counts as troops per the judgement calls."),
    ("en-x4",
     "Seoul to hand decommissioned corvette to Ecuador's navy",
     "South Korea will transfer a retired Pohang-class corvette to Ecuador free of charge, officials in both capitals said on Wednesday, as Quito struggles to police drug-trafficking routes off its Pacific coast. The 1,200-tonne warship, withdrawn from Korean service in 2022, will be refitted at the Jinhae naval yard, where Ecuadorean sailors will also be trained on its weapons and engines before taking it home early next year. Seoul will supply spare parts for five years. Ecuador's defence minister called the donation “a vital boost” for a fleet whose largest vessels date from the 1980s.",
     [MA],
     "Free transfer of a warship plus training of foreign sailors at home is state-to-state military assistance; no troops are sent abroad."),
    ("en-x5",
     "Saab wins Thai air force radar order",
     "Swedish defence group Saab said on Tuesday it had won a contract worth about 2.1 billion crowns to supply ground-based surveillance radars to the Royal Thai Air Force, its third order from Bangkok in five years. Deliveries are due to start in 2026, with part of the final assembly carried out by a Thai subcontractor under a separate industrial cooperation agreement between the two companies. Analysts said the order underlined Saab's push into south-east Asia, where several air forces are replacing Cold War-era equipment. Shares in the company rose 1.8 percent in Stockholm.",
     [],
     "Near-miss for military_assistance and treaty: a firm's commercial arms sale (a state's own purchase) and an agreement between companies."),
    ("en-x6",
     "Morocco to send army instructors to Gabon",
     "Morocco will dispatch a team of around 60 army instructors to Gabon next month to help train a new rapid-reaction battalion, the Royal Armed Forces said in a statement on Friday. The mission, expected to last eighteen months, will be based at a camp outside Libreville and focus on marksmanship, battlefield first aid and counter-insurgency tactics. Rabat is also donating light armoured vehicles and communications gear to equip the unit. The move extends Morocco's drive to deepen security ties in Central Africa, where dozens of officer cadets from the region already study at its military academy in Meknes.",
     [TR, MA],
     "Military trainers sent abroad count as troops and military assistance; the donated vehicles are military assistance too."),
    ("en-x7",
     "Indian Air Force flies relief supplies to cyclone-hit Madagascar",
     "An Indian Air Force C-17 transport aircraft landed in Antananarivo on Saturday carrying 40 tonnes of relief supplies for victims of Cyclone Mireille, which killed at least 70 people along Madagascar's east coast. The cargo included tents, water-purification units, medicines and ready-to-eat meals, India's foreign ministry said, describing the consignment as purely humanitarian. Malagasy officials said the goods would be trucked to Toamasina once roads were cleared. New Delhi has also pledged $2 million towards rebuilding schools and clinics.",
     [],
     "Near-miss for military_assistance: humanitarian aid flown by an air force is not military aid; a single transport flight is not a troop deployment."),
    ("en-x8",
     "New Zealand and Tonga sign status-of-forces pact",
     "New Zealand and Tonga signed a status-of-forces agreement in Nuku'alofa on Tuesday, setting the legal framework for New Zealand Defence Force personnel operating in the kingdom. Under the deal, Wellington plans to station a rotating detachment of about 50 army engineers and logisticians on Tongatapu from next year to help with disaster preparedness and the upkeep of Tonga's small naval base. Tonga's prime minister said the pact settled questions of jurisdiction that had dogged earlier visits. The agreement must still be approved by the Legislative Assembly before it enters into force.",
     [T, TR],
     "A status-of-forces agreement is signed (treaty) and planned stationing of soldiers abroad is announced (troops)."),

    # ------------------------------------------------------------------ fr
    ("fr-x1",
     "Paris cède une vingtaine de blindés légers à l'armée togolaise",
     "La France va remettre à titre gracieux une vingtaine de véhicules blindés légers aux forces armées togolaises, confrontées depuis trois ans à des incursions jihadistes dans la région des Savanes, a annoncé mardi l'ambassade de France à Lomé. Ces engins, retirés du service dans l'armée de Terre, seront accompagnés d'un lot de pièces détachées et de gilets pare-balles. Le ministère togolais des Armées a salué « un geste concret de solidarité », précisant que les premiers véhicules devraient arriver au port de Lomé d'ici à la fin du trimestre. Paris finance par ailleurs la formation de mécaniciens togolais dans ses écoles militaires.",
     [MA],
     "Free transfer of armoured vehicles and protective gear by one state to another's army, plus training at home: military assistance."),
    ("fr-x2",
     "Dakar et Nouakchott renouvellent leur accord de pêche",
     "Le Sénégal et la Mauritanie ont signé jeudi à Nouakchott un nouveau protocole d'accord de pêche qui autorise jusqu'à 500 pirogues sénégalaises à opérer dans les eaux mauritaniennes pendant les deux prochaines années. Le texte, négocié pendant plusieurs mois entre les deux gouvernements, fixe un quota annuel de 50 000 tonnes de petits pélagiques et impose le débarquement d'une partie des captures dans les ports mauritaniens. À Saint-Louis, où des milliers de familles vivent de la pêche artisanale, l'annonce a été accueillie avec soulagement. Les pêcheurs redoutaient un blocage après l'expiration de l'ancien accord, fin décembre.",
     [T],
     "Intergovernmental fisheries agreement signed between two states: treaty."),
    ("fr-x3",
     "Une troupe abidjanaise fait salle comble dans le Off d'Avignon",
     "Salle comble chaque soir au Théâtre des Halles : la troupe abidjanaise Les Tisserands de la nuit est l'une des révélations de ce Festival Off. Ses huit comédiens revisitent Antigone en dioula et en français, sur fond de percussions. La pièce s'ouvre sur une scène saisissante : une colonne de soldats en uniforme de carton envahit le plateau avant d'être dispersée par le chœur. « Nous jouons la guerre pour mieux parler de la paix », explique le metteur en scène, qui espère désormais une tournée dans les scènes nationales à l'automne.",
     [],
     "Near-miss for troops: a theatre 'troupe' and stage soldiers in cardboard uniforms."),
    ("fr-x4",
     "Le Tchad dépêche des renforts militaires à la frontière soudanaise",
     "N'Djamena a envoyé plusieurs centaines de militaires supplémentaires dans la province du Ouaddaï, à la frontière avec le Soudan, après des affrontements entre groupes armés à quelques kilomètres d'Adré, a indiqué dimanche l'état-major. Des colonnes de pick-up armés et deux hélicoptères ont été aperçus quittant la capitale samedi. « Il s'agit de sécuriser nos populations et d'empêcher toute infiltration », a déclaré le porte-parole de l'armée, sans préciser la durée du déploiement. Les organisations humanitaires présentes dans les camps de réfugiés de la zone redoutent un durcissement des conditions d'accès.",
     [TR],
     "A state's army reinforcements sent to its own border: troops."),
    ("fr-x5",
     "Un traité d'horlogerie du XVIIIe siècle exhumé d'un grenier jurassien",
     "C'est une découverte qui fait frémir les collectionneurs : un exemplaire manuscrit d'un traité d'horlogerie rédigé vers 1770 par un artisan de Morez a été exhumé d'un grenier de la commune voisine de Bellefontaine. L'ouvrage, illustré de planches à l'encre, décrit des mécanismes d'échappement jusqu'ici inconnus des spécialistes. Le papier, rongé par l'humidité, a été traité par une restauratrice bisontine avant que le volume soit confié au musée de l'Horlogerie, qui prévoit de l'exposer au printemps. Selon le conservateur, le document pourrait éclairer les échanges entre les ateliers jurassiens et leurs voisins suisses.",
     [],
     "Near-miss for treaty: 'traité' here is a technical treatise and the participle 'traité'; no interstate agreement."),
    ("fr-x6",
     "La Belgique et le Bénin signent un accord de coopération militaire",
     "La ministre belge de la Défense et son homologue béninois ont signé lundi à Cotonou un accord de coopération bilatérale en matière de défense, qui encadre pour cinq ans le soutien de Bruxelles aux forces armées béninoises. Le texte prévoit la livraison de drones de surveillance, de matériel de vision nocturne et de véhicules tout-terrain, pour une valeur de 12 millions d'euros, ainsi que l'accueil d'officiers béninois dans les écoles militaires belges. L'accord doit encore être approuvé par le Parlement fédéral. Le nord du Bénin, frontalier du Burkina Faso et du Niger, fait face à une multiplication des attaques armées.",
     [T, MA],
     "Bilateral defence cooperation agreement signed (treaty) providing equipment deliveries and training of foreign officers at home (military assistance only, no troops sent)."),
    ("fr-x7",
     "Le Burundi entame le rapatriement de ses soldats déployés en Somalie",
     "Les premiers éléments du contingent burundais engagé en Somalie sont rentrés samedi à Bujumbura, a annoncé le ministère de la Défense nationale, qui prévoit le retour d'environ un millier de militaires d'ici à la fin de l'année. Ce retrait s'inscrit dans la réduction progressive de la mission de l'Union africaine, dont le Burundi était l'un des principaux contributeurs. Accueillis à l'aéroport par le chef d'état-major, les soldats avaient passé plus de dix mois dans la région du Moyen-Chébéli. Des sources diplomatiques évoquent toutefois un différend financier persistant sur le paiement des indemnités des troupes.",
     [TR],
     "Withdrawal of a state's soldiers deployed abroad in a peace mission: troops."),
    ("fr-x8",
     "Fête nationale : quelque 1 500 militaires défilent devant le Palais royal",
     "Sous un soleil de plomb, quelque 1 500 militaires, policiers et membres de la protection civile ont défilé vendredi place des Palais, à Bruxelles, à l'occasion de la Fête nationale. Le Roi, entouré de la famille royale, a salué les détachements des composantes Terre, Air et Marine, ainsi que les véhicules blindés qui fermaient la marche. Le survol de la capitale par des F-16 a été écourté en raison de la chaleur. Plusieurs dizaines de milliers de spectateurs s'étaient massés le long du parcours, où les secouristes ont pris en charge une centaine de personnes incommodées.",
     [],
     "Near-miss for troops: soldiers marching in a national-day parade at home, no deployment."),

    # ------------------------------------------------------------------ de
    ("de-x1",
     "Freie Theatertruppe aus Leipzig gewinnt Publikumspreis",
     "Die freie Theatertruppe „Das letzte Aufgebot“ aus Leipzig hat beim Festival Theaterformen in Braunschweig den Publikumspreis gewonnen. Ihr Stück über eine Gruppe Wehrpflichtiger, die 1989 in einer Kaserne bei Torgau auf den Marschbefehl wartet, überzeugte die Zuschauer mit schwarzem Humor und einem fast leeren Bühnenbild. Die sechs Darstellerinnen und Darsteller spielen sämtliche Rollen vom Rekruten bis zum Oberst. Die Truppe will mit der Produktion im Herbst durch Sachsen und Thüringen touren; eine Gastspielanfrage aus Wien liegt bereits vor.",
     [],
     "Near-miss for troops: 'Theatertruppe/Truppe' is a theatre company and the conscripts are characters in a play."),
    ("de-x2",
     "Schweiz und Italien einigen sich auf Regulierung des Lago Maggiore",
     "Nach jahrelangen Verhandlungen haben die Schweiz und Italien ein Abkommen über die Bewirtschaftung des Wasserstands im Lago Maggiore unterzeichnet. Der Bundesrat und die italienische Regierung verpflichten sich darin, die Abflussmenge am Wehr von Sesto Calende künftig nach gemeinsam festgelegten Regeln zu steuern. Tessiner Gemeinden hatten befürchtet, dass ein höherer Sommerpegel Ufer und Campingplätze bei Locarno überschwemmen könnte; Landwirte in der Poebene drängen dagegen auf größere Reserven für die Bewässerung. Das Abkommen muss noch von den Parlamenten beider Länder genehmigt werden.",
     [T],
     "Interstate agreement on lake water management signed: treaty."),
    ("de-x3",
     "Deutsche Marine verlegt Fregatte an die Küste Ostafrikas",
     "Die Deutsche Marine entsendet die Fregatte „Sachsen-Anhalt“ für mindestens vier Monate in den westlichen Indischen Ozean. Das Schiff mit rund 200 Soldatinnen und Soldaten an Bord lief am Montag aus Wilhelmshaven aus und soll sich vor der Küste Somalias an der Überwachung der Seewege beteiligen, teilte das Einsatzführungskommando mit. Hintergrund sind vermehrte Kaperversuche gegen Handelsschiffe im Golf von Aden. Der Bundestag hatte das Mandat in der vergangenen Woche mit breiter Mehrheit verlängert; die Linke stimmte dagegen.",
     [TR],
     "A warship with crew deployed abroad counts as troops; the parliamentary mandate is not a treaty."),
    ("de-x4",
     "Magdeburg verlängert vorzeitig mit seinem Kapitän",
     "Der 1. FC Magdeburg hat den Vertrag mit Kapitän Jonas Reimer vorzeitig bis Juni 2028 verlängert. Der 29 Jahre alte Innenverteidiger war im Winter von mehreren Erstligisten umworben worden. „Wir haben lange verhandelt, am Ende hat das Gesamtpaket gepasst“, sagte der Sportchef. Reimer führt die Truppe seit zwei Jahren als Kapitän aufs Feld und gilt als verlängerter Arm des Trainerteams. Über die Details vereinbarten beide Seiten Stillschweigen; Medienberichten zufolge enthält das neue Arbeitspapier eine Ausstiegsklausel für den Fall des Aufstiegs eines interessierten Klubs.",
     [],
     "Near-miss for treaty and troops: a player's contract ('Vertrag') and 'Truppe' used figuratively for a football team."),
    ("de-x5",
     "Bundesregierung übergibt Jordanien Aufklärungsdrohnen",
     "Im Rahmen der sogenannten Ertüchtigungsinitiative hat die Bundesregierung den jordanischen Streitkräften zwölf Aufklärungsdrohnen samt mobilen Bodenstationen übergeben. Das Paket im Wert von rund 18 Millionen Euro soll dem Königreich helfen, Schmuggel und Infiltrationen an seiner Nordgrenze zu Syrien besser zu überwachen, teilte das Auswärtige Amt mit. Bereits in den vergangenen Jahren hatte Berlin Amman unter anderem mit Geländewagen, Nachtsichtgeräten und Sanitätsmaterial unterstützt. Jordaniens Generalstabschef dankte bei der Übergabe in Amman für die „verlässliche Partnerschaft“.",
     [MA],
     "Government handover of military drones to another state's armed forces ('Ertüchtigung'): military assistance."),
    ("de-x6",
     "Niger kündigt Militärabkommen mit Italien",
     "Die Militärregierung in Niamey hat ein 2017 geschlossenes Kooperationsabkommen mit Italien aufgekündigt und die rund 250 dort stationierten italienischen Soldaten zum Abzug aufgefordert. Die Truppen sollen das Land binnen drei Monaten verlassen, hieß es in einer im Staatsfernsehen verlesenen Erklärung. Rom reagierte zurückhaltend: Man nehme die Entscheidung zur Kenntnis und werde den Rückzug geordnet vorbereiten, sagte ein Sprecher des Verteidigungsministeriums. Italien war einer der letzten westlichen Staaten mit einer Militärpräsenz in dem Sahelstaat.",
     [T, TR],
     "An interstate cooperation agreement is terminated (treaty) and foreign soldiers stationed abroad must withdraw (troops)."),
    ("de-x7",
     "Bundeswehr schickt Ausbilder nach Mauretanien",
     "Die Bundeswehr wird ab Herbst rund 40 Ausbilderinnen und Ausbilder nach Mauretanien entsenden. Sie sollen in Atar Soldaten einer neu aufgestellten Grenzschutzeinheit der mauretanischen Armee in Sanitätsdienst, Pionierwesen und Fahrzeuginstandsetzung schulen, teilte das Verteidigungsministerium mit. Zudem stellt Berlin Lastwagen, Funkgeräte und die Ausstattung für ein Feldlazarett bereit. Der Einsatz ist zunächst auf zwei Jahre angelegt und benötigt nach Auffassung der Regierung kein Bundestagsmandat, da keine Beteiligung an Kampfhandlungen vorgesehen ist.",
     [TR, MA],
     "Military trainers sent abroad (troops and military assistance) plus donated military equipment."),
    ("de-x8",
     "Rheinmetall erhält Munitionsauftrag aus Litauen",
     "Der Düsseldorfer Rüstungskonzern Rheinmetall hat von den litauischen Streitkräften einen Auftrag über die Lieferung von Artilleriemunition im Wert von rund 300 Millionen Euro erhalten. Die Auslieferung soll ab 2026 aus dem Werk in Unterlüß erfolgen, teilte das Unternehmen mit. Vilnius baut seine Vorräte seit zwei Jahren massiv aus und hat den Verteidigungshaushalt auf über drei Prozent der Wirtschaftsleistung erhöht. Die Rheinmetall-Aktie legte nach der Mitteilung zeitweise um zwei Prozent zu. Analysten rechnen mit weiteren Bestellungen aus dem Baltikum.",
     [],
     "Near-miss for military_assistance: a firm's commercial sale and a state's own purchase of ammunition."),

    # ------------------------------------------------------------------ es
    ("es-x1",
     "Guatemala envía 1.500 militares a la frontera con México tras choques entre carteles",
     "El Gobierno de Guatemala ordenó el despliegue de 1.500 elementos del Ejército en el departamento de Huehuetenango, fronterizo con México, después de que los enfrentamientos entre grupos criminales provocaran el desplazamiento de cientos de familias. El ministro de la Defensa Nacional explicó que los soldados instalarán puestos de control en las aldeas de Cuilco y La Democracia y patrullarán los pasos ciegos por donde se trafican drogas y armas. El Congreso deberá ratificar en los próximos días el estado de sitio decretado para la zona.",
     [TR],
     "Army deployed to the state's own border: troops; the congressional ratification of a state of siege is not a treaty."),
    ("es-x2",
     "El pleno de Cádiz aplaza de nuevo la ordenanza de terrazas",
     "El pleno del Ayuntamiento de Cádiz aplazó este jueves la votación sobre la nueva ordenanza de terrazas, un asunto que ya fue tratado en comisión hace dos semanas sin lograr consenso. La oposición reclama que el texto sea tratado otra vez con las asociaciones vecinales del casco antiguo, que denuncian ruidos hasta la madrugada. La hostelería, por su parte, advierte de que la demora pone en riesgo la temporada de verano. El alcalde confió en que el acuerdo entre los grupos municipales llegue antes de julio.",
     [],
     "Near-miss for treaty: 'tratado' as a participle and a local 'acuerdo' between council groups."),
    ("es-x3",
     "Paraguay y Brasil cierran la revisión del Anexo C de Itaipú",
     "Los Gobiernos de Paraguay y Brasil alcanzaron este martes un entendimiento sobre la revisión del Anexo C del Tratado de Itaipú, que fija las condiciones financieras de la represa binacional, tras más de dos años de negociaciones. Según la Cancillería paraguaya, el nuevo texto reduce la tarifa de la energía cedida y permite a Asunción vender parte de su excedente en el mercado brasileño a precios libres. La oposición exigió que el acuerdo sea sometido al Congreso antes de su entrada en vigor.",
     [T],
     "Two states conclude negotiations revising an annex of an existing bilateral treaty: treaty."),
    ("es-x4",
     "España cede a Mauritania vehículos y equipos de visión nocturna",
     "El Ministerio de Defensa entregará al Ejército mauritano una partida de 30 vehículos todoterreno, equipos de visión nocturna y material de transmisiones, según una resolución publicada este lunes en el Boletín Oficial del Estado. La donación, valorada en cuatro millones de euros, busca reforzar la capacidad de las Fuerzas Armadas de Mauritania para vigilar su extensa frontera con Malí. Fuentes de Defensa subrayaron que Nuakchot es un «socio prioritario» en el Sahel y recordaron que varios oficiales mauritanos se forman cada año en academias militares españolas.",
     [MA],
     "State donation of military equipment to another state's army and training of foreign officers at home: military assistance."),
    ("es-x5",
     "Barcelona blinda el Mobile World Congress con 1.800 agentes",
     "Los Mossos d'Esquadra y la Guardia Urbana desplegarán cerca de 1.800 agentes durante la celebración del Mobile World Congress en Barcelona, uno de los mayores dispositivos de seguridad del año. Las fuerzas policiales contarán con unidades de drones, equipos de subsuelo y refuerzos en el aeropuerto de El Prat y en las estaciones de metro próximas a la Fira. La consejera de Interior pidió a los vecinos de L'Hospitalet que eviten los desplazamientos en coche entre el lunes y el jueves. El dispositivo incluye también un plan específico contra los carteristas.",
     [],
     "Near-miss for troops: police 'fuerzas' deployed for a trade fair are not military troops."),
    ("es-x6",
     "Brasil y Uruguay firman un acuerdo de defensa que incluye instructores y patrulleras",
     "Los ministros de Defensa de Brasil y Uruguay firmaron el viernes en Montevideo un acuerdo de cooperación que prevé la donación de dos lanchas patrulleras fluviales a la Armada uruguaya y el envío de un equipo de instructores de la Marina brasileña para adiestrar a sus tripulaciones en el río Uruguay. El texto, que deberá ser aprobado por la Asamblea General, contempla además ejercicios conjuntos y el intercambio de información sobre narcotráfico en la frontera común. Es el primer convenio de este tipo entre ambos países en más de dos décadas.",
     [T, TR, MA],
     "Interstate defence agreement signed (treaty), donated patrol boats (military assistance) and naval instructors sent abroad (troops and military assistance)."),
    ("es-x7",
     "Bruselas aprueba un paquete de ayuda de 300 millones para Ecuador",
     "La Comisión Europea aprobó este miércoles un paquete de 300 millones de euros en préstamos y subvenciones para Ecuador, destinado a infraestructuras eléctricas y a programas de empleo juvenil en las provincias costeras más golpeadas por la violencia. El comisario de Asociaciones Internacionales insistió en que no se trata de ayuda militar ni de seguridad y que los fondos serán supervisados por el Banco Europeo de Inversiones. Quito había solicitado también apoyo para sus Fuerzas Armadas, una petición que Bruselas dice estudiar sin haber asumido compromiso alguno.",
     [],
     "Near-miss for military_assistance: EU economic aid explicitly not military; a request for military support is only under study."),
    ("es-x8",
     "El Salvador repatría a un centenar de cascos azules desplegados en el Líbano",
     "Un primer grupo de 100 militares salvadoreños que integraban la Fuerza Interina de las Naciones Unidas en el Líbano (FINUL) aterrizó el sábado en el aeropuerto internacional de San Salvador, informó la Fuerza Armada. El repliegue responde al recorte de efectivos decidido por la ONU y se completará en dos fases antes de diciembre. Los soldados, que durante un año patrullaron las inmediaciones de la Línea Azul, fueron recibidos por sus familiares y por el ministro de la Defensa. El país mantendrá un reducido grupo de observadores en la misión.",
     [TR],
     "Withdrawal of a state's peacekeeping soldiers from abroad: troops."),

    # ------------------------------------------------------------------ it
    ("it-x1",
     "Il Cagliari espugna Bergamo, la truppa rossoblù aggancia il settimo posto",
     "Colpo grosso del Cagliari, che passa 2-1 sul campo dell'Atalanta e aggancia il settimo posto in classifica. La truppa rossoblù, schierata con un 4-4-2 molto accorto, ha retto l'urto dei nerazzurri nel primo tempo prima di colpire due volte in contropiede con il suo centravanti. Nel finale l'assedio bergamasco ha prodotto soltanto il gol della bandiera. «I ragazzi sono stati dei soldati, hanno combattuto su ogni pallone», ha detto l'allenatore a fine gara, già proiettato alla sfida di domenica contro il Torino.",
     [],
     "Near-miss for troops: 'truppa', 'schierata', 'soldati' and 'assedio' used figuratively for a football team."),
    ("it-x2",
     "San Marino ratifica l'accordo di associazione con l'Unione europea",
     "Il Consiglio Grande e Generale ha approvato ieri sera, con 48 voti favorevoli e 5 contrari, la ratifica dell'accordo di associazione tra la Repubblica di San Marino e l'Unione europea, al termine di un dibattito durato due giorni. L'intesa, negoziata per quasi un decennio insieme ad Andorra, garantirà al Titano la piena partecipazione al mercato interno in settori come i servizi finanziari e la libera circolazione delle merci. Il segretario di Stato agli Affari esteri ha parlato di «una giornata storica». Il testo dovrà ora essere ratificato anche dai Parlamenti degli Stati membri.",
     [T],
     "A state ratifies an association agreement with an international body (the EU): treaty."),
    ("it-x3",
     "Pattugliatore della Marina militare schierato nel Golfo di Guinea",
     "Il pattugliatore d'altura «Paolo Thaon di Revel» ha lasciato ieri la base navale di La Spezia diretto nel Golfo di Guinea, dove resterà per cinque mesi nell'ambito della presenza navale italiana a tutela delle rotte commerciali e degli impianti energetici al largo della Nigeria. A bordo si trovano circa 170 militari, tra cui un nucleo di fucilieri del reggimento San Marco, e un elicottero SH-90. Lo ha reso noto lo Stato maggiore della Difesa, sottolineando che la nave farà scalo anche nei porti di Lagos, Accra e Abidjan.",
     [TR],
     "A warship with embarked military personnel deployed abroad: troops."),
    ("it-x4",
     "Riemerge a Padova un trattato di idraulica del Settecento",
     "Un trattato manoscritto sulla regolazione dei fiumi veneti, attribuito a un ingegnere della Serenissima attivo intorno al 1740, è stato ritrovato nei fondi non catalogati della Biblioteca universitaria di Padova. Il volume, oltre trecento pagine con disegni di argini e chiuse, sarà trattato con un delicato intervento di restauro prima di essere digitalizzato. Secondo gli studiosi, l'opera documenta il dibattito tra i tecnici veneziani e quelli mantovani sul corso del Po, un tema allora molto discusso.",
     [],
     "Near-miss for treaty: 'trattato' is a treatise and a participle; no agreement between states."),
    ("it-x5",
     "L'Italia dona all'esercito libanese quaranta mezzi blindati",
     "Il ministero della Difesa ha consegnato ieri a Beirut quaranta veicoli blindati leggeri Lince alle Forze armate libanesi, nell'ambito di un programma di cooperazione bilaterale. La cessione, a titolo gratuito, comprende anche ricambi e attrezzature per la manutenzione, oltre a un ciclo di corsi per i meccanici libanesi presso le scuole dell'Esercito in Italia. Il comandante dell'esercito libanese ha ringraziato Roma per il «sostegno costante» in una fase di gravi difficoltà economiche per le istituzioni del Paese.",
     [MA],
     "Free transfer of armoured vehicles to another state's army plus training at home: military assistance."),
    ("it-x6",
     "Militari italiani a Mogadiscio per addestrare l'esercito somalo",
     "Un nuovo contingente di circa 120 militari italiani partirà a fine mese per Mogadiscio, dove addestrerà reparti dell'esercito somalo impegnati contro le milizie di al-Shabaab. Gli istruttori, provenienti in gran parte dalla brigata paracadutisti Folgore, terranno corsi di tiro, primo soccorso in combattimento e contrasto agli ordigni esplosivi improvvisati. Roma fornirà inoltre equipaggiamento individuale, radio e alcuni veicoli da trasporto. La missione bilaterale si affianca a quella europea già presente nel Paese ed è stata autorizzata dalle commissioni Difesa di Camera e Senato.",
     [TR, MA],
     "Military trainers sent abroad (troops and military assistance) plus equipment supplied to the Somali army."),
    ("it-x7",
     "Leonardo, commessa da 400 milioni per elicotteri alla Malaysia",
     "Leonardo ha siglato un contratto da circa 400 milioni di euro con il ministero della Difesa malese per la fornitura di otto elicotteri AW149 destinati all'aeronautica di Kuala Lumpur. Le consegne partiranno nel 2026 dallo stabilimento di Vergiate, in provincia di Varese, e il pacchetto comprende l'addestramento dei piloti e il supporto logistico per cinque anni. In Borsa il titolo ha chiuso in rialzo dell'1,4 per cento. L'accordo rafforza la presenza del gruppo nel Sud-est asiatico, dove è già attiva una joint venture con un partner locale.",
     [],
     "Near-miss for military_assistance and treaty: a company's commercial sale (with contractual training) to a state buying for itself; 'accordo' is a commercial contract."),
    ("it-x8",
     "Italia e Giappone firmano l'accordo di accesso reciproco per le forze armate",
     "Italia e Giappone hanno firmato a Tokyo un accordo di accesso reciproco che disciplina lo status giuridico dei militari di ciascun Paese presenti sul territorio dell'altro. Il ministro della Difesa ha annunciato che, una volta concluse le ratifiche, un primo contingente di circa 200 militari italiani sarà dislocato in Giappone per alcuni mesi, insieme a un gruppo navale, per un ciclo di attività congiunte con le Forze di autodifesa. Per Tokyo si tratta di un'intesa analoga a quelle già concluse con Australia, Regno Unito e Filippine.",
     [T, TR],
     "A reciprocal access (status-of-forces) agreement is signed (treaty) and the stationing of an Italian contingent abroad is announced (troops)."),

    # ------------------------------------------------------------------ pt
    ("pt-x1",
     "Lisboa invoca Convenção de Albufeira para exigir mais água do Tejo",
     "O Governo português invocou formalmente a Convenção de Albufeira para pedir a Espanha que cumpra os caudais mínimos do Tejo, depois de meses em que a água que chega à fronteira ficou abaixo do acordado. O ministro do Ambiente anunciou ontem que pediu uma reunião extraordinária da comissão bilateral prevista no tratado de 1998 e que Lisboa não exclui recorrer a outros mecanismos de resolução de litígios. Agricultores do Ribatejo e autarcas de Vila Velha de Ródão queixam-se de leitos secos e de problemas na qualidade da água. Madrid garante que os transvases para o sudeste espanhol respeitam as regras.",
     [T],
     "A state formally invokes an existing bilateral water convention: treaty."),
    ("pt-x2",
     "Hospital de Viseu aplica pela primeira vez terapia genética a bebé",
     "O Hospital de São Teotónio, em Viseu, tornou-se o primeiro do interior do país a aplicar uma terapia genética contra uma forma rara de atrofia muscular. O doente, um bebé de sete meses, foi tratado na semana passada e encontra-se estável, segundo a administração hospitalar. O processo, que custa cerca de dois milhões de euros por doente, foi tratado em articulação com o Infarmed e financiado pelo Serviço Nacional de Saúde. A equipa médica quer agora criar uma consulta de referência para a região Centro.",
     [],
     "Near-miss for treaty: 'tratado' only as the participle 'treated'."),
    ("pt-x3",
     "Portugal entrega viaturas e rádios às Forças Armadas são-tomenses",
     "Portugal entregou esta semana às Forças Armadas de São Tomé e Príncipe um lote de 12 viaturas táticas, rádios e equipamento de campanha, no âmbito da cooperação bilateral no domínio da defesa. A cerimónia decorreu no quartel do Morro, em São Tomé, na presença do embaixador português e do chefe do Estado-Maior são-tomense. O material, avaliado em cerca de 1,5 milhões de euros, destina-se sobretudo à companhia de fuzileiros do arquipélago. Lisboa financia ainda bolsas para cadetes são-tomenses na Academia Militar.",
     [MA],
     "State delivery of military vehicles and equipment to another state's armed forces: military assistance."),
    ("pt-x4",
     "Ruanda reforça contingente militar em Cabo Delgado",
     "O Ruanda enviou mais 600 militares para a província moçambicana de Cabo Delgado, elevando para cerca de quatro mil o número de efetivos ruandeses no norte de Moçambique, anunciou hoje o porta-voz da força em Mocímboa da Praia. O reforço surge depois de uma série de ataques de insurgentes a aldeias do distrito de Macomia, que obrigaram milhares de pessoas a fugir para Pemba. Segundo a mesma fonte, as novas tropas vão concentrar-se na proteção das estradas que ligam os distritos costeiros ao projeto de gás natural liquefeito de Afungi.",
     [TR],
     "A state sends additional soldiers to fight abroad: troops."),
    ("pt-x5",
     "PSP mobiliza mais de 1.200 polícias para a final da Taça no Jamor",
     "A PSP vai mobilizar mais de 1.200 polícias para a final da Taça de Portugal, no domingo, no Estádio Nacional, no Jamor, num jogo classificado como de risco elevado. O dispositivo inclui a Unidade Especial de Polícia, equipas cinotécnicas, um helicóptero e drones, e será reforçado nas ligações ferroviárias da linha de Cascais. As forças de segurança pedem aos adeptos que cheguem cedo e evitem levar objetos proibidos. As claques das duas equipas serão escoltadas desde os pontos de encontro em Lisboa até ao recinto.",
     [],
     "Near-miss for troops: police 'forças de segurança' mobilised for a football final, not military."),
    ("pt-x6",
     "Brasil e Guiana assinam acordo de defesa com doação de blindados e formação de oficiais",
     "Os ministros da Defesa do Brasil e da Guiana assinaram nesta quinta-feira, em Georgetown, um acordo de cooperação em defesa que prevê a doação de 20 viaturas blindadas de transporte de pessoal à Força de Defesa da Guiana e a abertura de vagas para oficiais guianenses na Academia Militar das Agulhas Negras e na Escola Naval. O texto, que ainda precisa ser aprovado pelo Congresso Nacional, também cria um mecanismo de troca de informações sobre crimes transfronteiriços na região do rio Tacutu. O Itamaraty destacou que o acordo reforça a estabilidade na fronteira norte.",
     [T, MA],
     "Interstate defence agreement signed (treaty) with donated armoured vehicles and foreign officers trained at home (military assistance only)."),
    ("pt-x7",
     "Avião da Força Aérea leva 20 toneladas de ajuda humanitária a Cabo Verde",
     "Um avião KC-390 da Força Aérea Portuguesa aterrou ontem na cidade da Praia com 20 toneladas de ajuda humanitária destinada às famílias afetadas pelas cheias na ilha de Santiago. A carga inclui tendas, cobertores, kits de higiene e unidades de purificação de água, reunidos pela Proteção Civil e pela Cruz Vermelha Portuguesa. O ministro dos Negócios Estrangeiros sublinhou tratar-se de um gesto de solidariedade para com um «país irmão» e anunciou um segundo voo para a próxima semana. A aeronave regressa hoje à base de Beja.",
     [],
     "Near-miss for military_assistance: humanitarian aid flown by an air force; a single transport flight is not a troop deployment."),
    ("pt-x8",
     "Exército reforça presença na fronteira com a Venezuela em Roraima",
     "O Exército Brasileiro deslocou cerca de 800 militares e 30 blindados para Pacaraima e Boa Vista, em Roraima, para reforçar a vigilância na fronteira com a Venezuela, informou o Comando Militar da Amazônia. Segundo a nota, a medida é preventiva e responde ao aumento de movimentações militares do lado venezuelano nas últimas semanas. As tropas vão patrulhar estradas vicinais e pontos de travessia irregular e devem permanecer na região por tempo indeterminado. Moradores de Pacaraima relataram a passagem de comboios de caminhões militares durante a madrugada de domingo.",
     [TR],
     "A state's army moved to its own border: troops."),

    # ------------------------------------------------------------------ pl
    ("pl-x1",
     "Polska przekaże mołdawskiej armii sprzęt saperski i łączności",
     "Polska nieodpłatnie przekaże Armii Narodowej Republiki Mołdawii sprzęt saperski, radiostacje oraz kilkadziesiąt pojazdów terenowych – poinformowało we wtorek Ministerstwo Obrony Narodowej. Wartość pakietu szacowana jest na około 40 mln zł, a pierwsza partia ma trafić do Kiszyniowa jeszcze przed końcem roku. Szef mołdawskiego resortu obrony podziękował za wsparcie, podkreślając, że jego kraj modernizuje siły zbrojne w obliczu rosnących napięć wokół separatystycznego Naddniestrza. Kilkunastu mołdawskich oficerów odbywa także kursy w polskich uczelniach wojskowych.",
     [MA],
     "Free transfer of military equipment from one state to another's army and training of foreign officers at home: military assistance."),
    ("pl-x2",
     "Wrocławska trupa teatralna zdobyła nagrodę publiczności w Sybinie",
     "Niezależna trupa teatralna z Wrocławia zdobyła nagrodę publiczności na Międzynarodowym Festiwalu Teatralnym w Sybinie w Rumunii. Spektakl „Okopy”, w którym pięcioro aktorów odgrywa losy oddziału żołnierzy zapomnianych w okopach pierwszej wojny światowej, zachwycił widzów oszczędną scenografią i muzyką graną na żywo. Trupa przygotowywała przedstawienie przez dwa lata w dawnych koszarach na Ołbinie. Jesienią artyści ruszają w trasę po Polsce, a w przyszłym roku planują występy w Wilnie i Kownie.",
     [],
     "Near-miss for troops: 'trupa' is a theatre troupe and the soldiers are characters in a play."),
    ("pl-x3",
     "Polska i Słowacja podpisały umowę o wodach granicznych",
     "Ministrowie środowiska Polski i Słowacji podpisali w Starej Lubowni umowę międzyrządową w sprawie wspólnego gospodarowania wodami granicznymi w zlewni Popradu i Dunajca. Dokument przewiduje m.in. wspólny system ostrzegania przed powodzią, wymianę danych hydrologicznych w czasie rzeczywistym oraz uzgadnianie inwestycji w korycie rzeki. Nowa umowa zastąpi porozumienie z lat 90., które według samorządowców z Sądecczyzny nie odpowiadało już na skutki zmian klimatu. Teraz dokument musi zostać ratyfikowany.",
     [T],
     "Intergovernmental agreement on boundary waters signed: treaty."),
    ("pl-x4",
     "Polscy instruktorzy wojskowi wyjadą do Macedonii Północnej",
     "Do Macedonii Północnej wyjedzie wiosną grupa około 30 polskich instruktorów wojskowych, którzy przez pół roku będą szkolić tamtejszych żołnierzy z obsługi przeciwpancernych pocisków kierowanych – zapowiedział wiceminister obrony narodowej. Zajęcia odbędą się na poligonie Krivolak. Polska przekaże także Skopje partię symulatorów szkoleniowych i amunicji ćwiczebnej. Według MON misja ma pomóc macedońskiej armii w dostosowaniu się do standardów NATO, do którego kraj należy od 2020 roku.",
     [TR, MA],
     "Military instructors sent abroad (troops and military assistance) plus donated training equipment; NATO is merely named."),
    ("pl-x5",
     "Agencja Uzbrojenia podpisała z Hanwhą umowę na kolejne wyrzutnie",
     "Agencja Uzbrojenia podpisała w środę z południowokoreańskim koncernem Hanwha Aerospace umowę wykonawczą na dostawę kolejnych 72 wyrzutni rakietowych dla Wojska Polskiego. Wartość kontraktu przekracza 6 mld dolarów. Część pojazdów ma zostać zmontowana w Hucie Stalowa Wola, która przejmie też produkcję niektórych podzespołów. Szef MON przekonywał, że zakup to „kolejny krok do zbudowania najsilniejszej armii lądowej w Europie”. Opozycja pyta o koszty obsługi kredytu zaciągniętego na ten cel.",
     [],
     "Near-miss for military_assistance and treaty: a state's own arms purchase under a contract ('umowa') with a company."),
    ("pl-x6",
     "Kolejna zmiana polskiego kontyngentu wyleciała do Kosowa",
     "Blisko 250 żołnierzy z 18. Dywizji Zmechanizowanej wyleciało w poniedziałek z Rzeszowa do Kosowa, gdzie przez najbliższe sześć miesięcy będą służyć w ramach misji KFOR. Nowa zmiana Polskiego Kontyngentu Wojskowego przejmie obowiązki w rejonie Mitrowicy, gdzie w ostatnich tygodniach dochodziło do napięć między Serbami a Albańczykami. Dowództwo Operacyjne podkreśla, że żołnierze przeszli specjalistyczne szkolenie z zakresu kontroli tłumu i ochrony obiektów.",
     [TR],
     "A state's soldiers deployed abroad on a rotation: troops."),
    ("pl-x7",
     "W Lanckoronie odnaleziono XVIII-wieczny traktat o sadownictwie",
     "W archiwum parafii w Lanckoronie odnaleziono nieznany dotąd rękopis traktatu o sadownictwie, spisanego około 1780 roku przez miejscowego proboszcza. Liczący blisko 200 stron traktat opisuje dawne odmiany jabłoni i grusz oraz metody szczepienia drzew owocowych stosowane w małopolskich dworach. Badacze z Uniwersytetu Rolniczego w Krakowie zapowiadają wydanie krytyczne i próbę odtworzenia niektórych odmian w przydworskim sadzie. „To bezcenne źródło do dziejów polskiego ogrodnictwa” – mówi jedna z autorek odkrycia.",
     [],
     "Near-miss for treaty: Polish 'traktat' here means a treatise on fruit growing."),
    ("pl-x8",
     "Szwedzcy żołnierze będą stacjonować w Polsce. Podpisano porozumienie",
     "Ministrowie obrony Polski i Szwecji podpisali w Warszawie porozumienie o statusie sił zbrojnych obu państw, które otwiera drogę do rotacyjnego stacjonowania szwedzkich żołnierzy na terytorium Polski. Jak zapowiedział szef MON, już latem przyszłego roku do Orzysza ma trafić szwedzka kompania zmechanizowana licząca około 150 żołnierzy. Dokument reguluje m.in. kwestie jurysdykcji, podatków i korzystania z infrastruktury wojskowej. Porozumienie musi jeszcze zostać ratyfikowane przez parlamenty obu krajów.",
     [T, TR],
     "Status-of-forces agreement signed (treaty) and planned stationing of foreign soldiers announced (troops)."),

    # ------------------------------------------------------------------ nl
    ("nl-x1",
     "Bewoners Tarwewijk klagen over troep rond ondergrondse containers",
     "Bewoners van de Tarwewijk in Rotterdam-Zuid zijn de troep rond de ondergrondse afvalcontainers meer dan zat. Volgens de bewonersvereniging staan er dagelijks matrassen, kapotte stoelen en vuilniszakken naast de bakken, die soms pas na dagen worden opgehaald. ‘Het is hier een ravage, de ratten lopen gewoon over de stoep’, zegt een bewoonster. De gemeente belooft extra handhavers en een proef met camera’s. Volgens de wethouder zet de reinigingsdienst deze zomer bovendien tien extra medewerkers in om de troep sneller op te ruimen.",
     [],
     "Near-miss for troops: Dutch 'troep' means rubbish; no military content."),
    ("nl-x2",
     "Nederland en Suriname ondertekenen belastingverdrag",
     "Nederland en Suriname hebben in Paramaribo een verdrag ter voorkoming van dubbele belasting ondertekend, na ruim tien jaar van onderhandelingen. Het verdrag moet voorkomen dat bedrijven en gepensioneerden in beide landen over hetzelfde inkomen twee keer belasting betalen, en bevat afspraken over de uitwisseling van fiscale informatie. De staatssecretaris van Financiën sprak van ‘een belangrijke stap in de normalisering van de betrekkingen’. Het verdrag moet nog worden goedgekeurd door de Staten-Generaal en De Nationale Assemblée voordat het in werking kan treden.",
     [T],
     "Bilateral tax treaty signed between two states: treaty."),
    ("nl-x3",
     "Nederland stuurt compagnie luchtmobiele militairen naar Roemenië",
     "Nederland stuurt dit najaar een compagnie van ongeveer 150 militairen van de 11 Luchtmobiele Brigade naar Roemenië. Zij worden gelegerd bij Cincu, in het midden van het land, waar een multinationale NAVO-eenheid onder Frans bevel is gestationeerd. Dat heeft de minister van Defensie maandag in een brief aan de Tweede Kamer laten weten. De inzet duurt in eerste instantie zes maanden en moet volgens het kabinet bijdragen aan de afschrikking aan de oostflank van het bondgenootschap. Ook een detachement genisten gaat mee.",
     [TR],
     "Planned deployment of a state's soldiers abroad announced by the government: troops."),
    ("nl-x4",
     "Defensie schenkt vrachtwagens en nachtkijkers aan Letse krijgsmacht",
     "Nederland schenkt de Letse krijgsmacht veertig vrachtwagens, honderden nachtzichtkijkers en een partij veldtenten, zo heeft het ministerie van Defensie bekendgemaakt. Het materieel, deels afkomstig uit Nederlandse voorraden, moet de Baltische bondgenoot helpen zijn nieuwe landmachtdivisie sneller uit te rusten. De eerste voertuigen gaan volgende maand per schip naar Riga. Volgens de Letse minister van Defensie komt de steun ‘precies op het juiste moment’. Eerder leverde Nederland al verbindingsapparatuur aan het land.",
     [MA],
     "State donation of military equipment to an allied state's armed forces: military assistance."),
    ("nl-x5",
     "NS en bonden bereiken cao-akkoord, geen stakingen deze zomer",
     "De Nederlandse Spoorwegen en de vakbonden hebben na maanden onderhandelen een akkoord bereikt over een nieuwe cao voor ruim 20.000 medewerkers. De lonen stijgen de komende twee jaar met in totaal 8 procent en machinisten krijgen meer zeggenschap over hun roosters. Daarmee zijn de aangekondigde acties in juli van de baan. ‘Dit akkoord verdient geen schoonheidsprijs, maar het is een verdrag waar iedereen mee kan leven’, aldus een vakbondsbestuurder. De leden stemmen in juni over het resultaat.",
     [],
     "Near-miss for treaty: a collective labour agreement, loosely called a 'verdrag' by a union official, is not an interstate treaty."),
    ("nl-x6",
     "Nederland en Georgië tekenen akkoord over defensiesamenwerking",
     "Nederland en Georgië hebben in Tbilisi een overeenkomst over defensiesamenwerking ondertekend. Den Haag zegt daarin toe de komende drie jaar pantserwerende wapens, mijndetectieapparatuur en medisch materieel aan de Georgische strijdkrachten te leveren. Daarnaast krijgen Georgische officieren plaatsen aan de Koninklijke Militaire Academie in Breda. De Georgische defensieminister noemde het akkoord ‘een signaal dat Europa ons niet vergeten is’. De overeenkomst moet nog door het Georgische parlement worden goedgekeurd.",
     [T, MA],
     "Interstate defence cooperation agreement signed (treaty) promising weapons deliveries and training of foreign officers at home (military assistance)."),
    ("nl-x7",
     "Finland vraagt NAVO-overleg aan op grond van artikel 4",
     "Finland heeft woensdag om consultaties binnen de NAVO gevraagd op grond van artikel 4 van het Noord-Atlantisch Verdrag, nadat een onbekende drone urenlang boven de haven van Kotka had gevlogen. Volgens de Finse regering vormt het incident een bedreiging voor de territoriale integriteit van het land. De ambassadeurs van de bondgenoten komen donderdag in Brussel bijeen om de situatie te bespreken. Helsinki benadrukt dat het niet om een beroep op de collectieve verdediging van artikel 5 gaat.",
     [T],
     "A state invokes an article of an existing treaty (North Atlantic Treaty, art. 4): treaty."),
    ("nl-x8",
     "Duizenden toeschouwers bij Veteranendag in Den Haag",
     "Ruim 4.000 veteranen en militairen marcheerden zaterdag door het centrum van Den Haag tijdens de jaarlijkse Nederlandse Veteranendag. Koning Willem-Alexander nam op het Plein het defilé af, terwijl boven de stad F-35's en een Chinook overvlogen. De oudste deelnemer was 98 jaar. Tienduizenden toeschouwers stonden langs de route, die via de Lange Voorhout naar het Malieveld leidde. Daar was na afloop een veteranenfestival met muziek, eten en informatiekramen van de krijgsmacht.",
     [],
     "Near-miss for troops: soldiers and veterans marching in a parade at home, no deployment."),
]


def build():
    records = []
    for aid, title, body, rules, note in ARTICLES:
        lang = aid.split("-")[0]
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
    assert len(records) == 8 * len(LANGS), len(records)
    keys = {"id", "language", "title", "body", "rules", "kind", "note"}
    by_lang = defaultdict(list)
    bad_quotes = set('"“”„«»')
    for r in records:
        assert set(r) == keys, r["id"]
        for k in ("id", "language", "title", "body", "kind", "note"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-x"), r["id"]
        assert isinstance(r["rules"], list), r["id"]
        assert all(x in RULES for x in r["rules"]), r["id"]
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert r["kind"] in ("positive", "near-miss"), r["id"]
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        assert not (set(r["title"]) & bad_quotes), ("quote in title", r["id"])
        n = len(r["body"])
        assert 250 <= n <= 800, ("body length", r["id"], n)
        by_lang[r["language"]].append(r)
    for lang in LANGS:
        recs = by_lang[lang]
        assert sorted(r["id"] for r in recs) == sorted(
            f"{lang}-x{i}" for i in range(1, 9)), lang
        pos = [r for r in recs if r["kind"] == "positive"]
        nm = [r for r in recs if r["kind"] == "near-miss"]
        assert len(pos) == 5 and len(nm) == 3, (lang, len(pos), len(nm))
        fired = {x for r in pos for x in r["rules"]}
        assert fired == RULES, (lang, fired)


def main():
    records = build()
    check(records)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check what was written
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    check(back)
    assert back == records
    per_rule = Counter(x for r in back for x in r["rules"])
    kinds = Counter(r["kind"] for r in back)
    lens = [len(r["body"]) for r in back]
    print(f"wrote {len(back)} records to {OUT}")
    print("kinds:", dict(kinds))
    print("positives per rule:", dict(per_rule))
    print(f"body length min/max: {min(lens)}/{max(lens)}")


if __name__ == "__main__":
    main()
