#!/usr/bin/env python3
"""Hand-labelled alert evaluation set, round 12, western languages.

Articles are fictional. Labels were assigned by reading only.
Writes west.jsonl next to this script and checks it.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "west.jsonl")

T, R, M = "treaty", "troops", "military_assistance"
P, N = "positive", "near-miss"

# (id, title, body, rules, kind, note)
ARTICLES = [
    # ------------------------------------------------------------------ en
    ("en-s1",
     "Mongolia and Kazakhstan seal water-sharing accord for the Irtysh headwaters",
     "ULAANBAATAR (Reuters) - Mongolia and Kazakhstan on Tuesday signed an intergovernmental agreement on the joint "
     "management of rivers feeding the upper Irtysh basin, ending six years of on-and-off talks. Under the accord, "
     "the two governments will share hydrological data daily during the spring melt and set up a standing commission "
     "to settle disputes over dam releases. The text still has to be approved by the State Great Khural and by "
     "Kazakhstan's parliament before it enters into force.",
     [T], P,
     "Intergovernmental agreement on shared rivers signed by two states, pending ratification: treaty."),
    ("en-s2",
     "Ghana moves infantry battalion to northern frontier after cross-border raids",
     "Ghana's armed forces have deployed an additional infantry battalion to the Upper East Region after a string of "
     "attacks on villages near the border with Burkina Faso, the defence ministry said on Friday. Around 700 soldiers, "
     "backed by armoured personnel carriers, will be based at forward operating posts in Bawku and Paga for at least "
     "six months. Local chiefs welcomed the reinforcement but urged the military to respect curfews agreed with "
     "residents.",
     [R], P,
     "A state's own army deployed to its border region counts as troops; no foreign aid or agreement involved."),
    ("en-s3",
     "Norway hands Ghanaian navy two patrol boats, will train crews in Bergen",
     "Oslo is donating two decommissioned coastal patrol vessels to the Ghana Navy to help curb piracy and illegal "
     "fishing in the Gulf of Guinea, Norway's defence ministry announced. The transfer, worth about 180 million "
     "kroner including spare parts and radar upgrades, will be paid for from the government's security-assistance "
     "budget. Forty Ghanaian sailors will spend four months at Haakonsvern naval base near Bergen learning to operate "
     "the boats before they sail south next spring.",
     [M], P,
     "State donates naval vessels and trains foreign crews at home: military assistance only (trainees received at home, so no troops)."),
    ("en-s4",
     "Uruguayan senators back status-of-forces deal, clearing way for US marines",
     "MONTEVIDEO - Uruguay's Senate voted 19-11 late on Wednesday to ratify a status-of-forces agreement with the "
     "United States, a step opposition lawmakers called a surrender of sovereignty. The accord sets out legal "
     "jurisdiction over American service members on Uruguayan soil. Its first test comes in March, when about 250 "
     "US marines are due to be stationed at the Punta del Este naval base for a six-week riverine training rotation "
     "alongside Uruguayan units.",
     [T, R], P,
     "Ratification of a SOFA between two states is a treaty; foreign marines to be stationed on Uruguayan soil are troops."),
    ("en-s5",
     "Tokyo sends military instructors to Manila as defence pact kicks in",
     "Japan will dispatch a team of 30 Self-Defense Force instructors to the Philippines next month, the first "
     "deployment since the reciprocal access agreement between the two countries took effect. The instructors will "
     "teach Philippine coast watchers to run four air-surveillance radars Tokyo is supplying free of charge under its "
     "Official Security Assistance programme. Beijing's foreign ministry said it was watching the arrangement "
     "closely.",
     [T, R, M], P,
     "Reciprocal access agreement taking effect is a treaty; SDF trainers sent abroad are troops; radars given free plus training is military assistance."),
    ("en-s6",
     "Edinburgh puppet troupe wins over audiences on Central Asian tour",
     "A Scottish puppet troupe has returned from a five-week tour of Kyrgyzstan and Tajikistan, playing to packed "
     "halls in Bishkek, Osh and Dushanbe. The eight-strong company carried its sets in two vans over the Pamir "
     "Highway, and its director said crossing mountain passes with wooden marionettes was the hardest logistics "
     "operation of her career. The tour was funded by the British Council and several private foundations.",
     [], N,
     "Trap for troops: a theatre troupe touring abroad, 'logistics operation' is figurative; no military content."),
    ("en-s7",
     "Kilmarnock boss rallies his troops after signing striker on two-year contract",
     "Kilmarnock manager Alan Reid told his troops to forget last week's derby defeat as the club confirmed the "
     "signing of Nigerian striker Tunde Bello on a two-year contract. Bello, 24, was treated for a minor hamstring "
     "strain in pre-season but is expected to be fit for Saturday's trip to Dundee. Reid said the squad had been "
     "through a war of attrition in recent weeks and needed fresh legs up front.",
     [], N,
     "Traps: figurative 'troops' for a football squad, a player contract, the participle 'treated' and 'war of attrition' metaphor."),
    ("en-s8",
     "Chile orders coastal radars from Swedish manufacturer in 90 million dollar contract",
     "Chile's defence ministry has signed a contract with a Swedish electronics group for six coastal surveillance "
     "radars to be installed along the Strait of Magellan, the company said in a stock-exchange filing. Deliveries "
     "will start in 2026, with local assembly at a naval workshop in Talcahuano. Analysts said the purchase, funded "
     "from Chile's copper-linked defence budget, reflects growing concern over illegal fishing fleets in southern "
     "waters.",
     [], N,
     "Trap for military_assistance and treaty: a state's own purchase from a firm under a commercial contract is neither."),

    # ------------------------------------------------------------------ fr
    ("fr-s1",
     "Dakar et Nouakchott paraphent un nouvel accord de pêche",
     "Le Sénégal et la Mauritanie ont signé lundi à Nouakchott un accord bilatéral de pêche qui autorise 500 "
     "pirogues sénégalaises à opérer dans les eaux mauritaniennes, contre un quota de débarquement obligatoire dans "
     "les ports du nord. Le texte, négocié pendant près de deux ans, prévoit aussi des patrouilles conjointes de "
     "surveillance et la création d'une commission mixte. Les pêcheurs de Saint-Louis, durement touchés par "
     "l'expiration du précédent protocole, saluent un soulagement.",
     [T], P,
     "Bilateral fisheries agreement between two states signed: treaty."),
    ("fr-s2",
     "La Belgique renforce sa présence militaire en Roumanie",
     "Le ministère belge de la Défense va envoyer quelque 150 militaires supplémentaires en Roumanie d'ici la fin du "
     "mois, dans le cadre du groupement tactique de l'OTAN stationné à Cincu. Ces paras du 2e Commando rejoindront "
     "les soldats déjà sur place pour une rotation de six mois. La ministre a justifié ce renfort par la "
     "multiplication des incidents de drones le long de la frontière ukrainienne.",
     [R], P,
     "Belgian soldiers sent to and stationed in Romania: troops. Naming NATO alone is not a treaty."),
    ("fr-s3",
     "Paris cède au Bénin des blindés légers et forme ses officiers",
     "La France a remis la semaine dernière à l'armée béninoise une douzaine de véhicules blindés légers ainsi que "
     "des drones de reconnaissance, a indiqué l'ambassade de France à Cotonou. Cette cession, financée par le "
     "ministère des Armées, vise à appuyer les unités déployées dans le nord du pays face aux groupes jihadistes. "
     "Une trentaine d'officiers béninois suivront en outre une formation à l'École de guerre, à Paris, à partir de "
     "septembre.",
     [M], P,
     "State transfers armoured vehicles and drones and trains foreign officers at home: military assistance only."),
    ("fr-s4",
     "N'Djamena dénonce l'accord de défense et réclame le départ des soldats étrangers",
     "Le gouvernement tchadien a annoncé jeudi soir la dénonciation de l'accord de coopération en matière de défense "
     "qui le liait depuis 2019 à un partenaire européen, et exigé le retrait sous trois mois des quelque 400 "
     "militaires étrangers stationnés à Abéché. Dans un communiqué lu à la télévision nationale, le porte-parole a "
     "évoqué une « souveraineté pleinement assumée ». La chancellerie concernée dit avoir pris acte de la décision.",
     [T, R], P,
     "Denunciation of an interstate defence agreement is a treaty event; withdrawal of foreign soldiers stationed in Chad is troops."),
    ("fr-s5",
     "Ottawa dépêche des formateurs en Lettonie et livre des munitions",
     "Le Canada enverra une soixantaine de formateurs des Forces armées canadiennes en Lettonie cet automne pour "
     "entraîner les réservistes lettons au maniement de systèmes antichars, a annoncé la ministre de la Défense "
     "nationale. Ottawa fera aussi don de 8 000 obus de 155 mm prélevés sur ses stocks. « Nos alliés baltes peuvent "
     "compter sur nous », a-t-elle déclaré devant la Chambre des communes.",
     [R, M], P,
     "Military trainers sent abroad are troops and military assistance; donated shells are military assistance."),
    ("fr-s6",
     "Le dossier de la salle des fêtes traité en conseil municipal",
     "À Quimperlé, le conseil municipal a enfin traité mardi le dossier de la rénovation de la salle des fêtes, "
     "fermée depuis deux ans. La troupe de théâtre amateur Les Tréteaux du Laïta, privée de scène, réclamait une "
     "décision. Le maire a obtenu un vote favorable pour un budget de 1,2 million d'euros, et promis une réouverture "
     "pour la saison 2026. Les comédiens comptent y jouer Molière dès le premier soir.",
     [], N,
     "Traps: the participle 'traité' and a 'troupe de théâtre'; purely municipal story."),
    ("fr-s7",
     "Chantiers de l'Atlantique et un armateur norvégien concluent un accord géant",
     "Les Chantiers de l'Atlantique ont signé avec un armateur norvégien un accord portant sur la construction de "
     "quatre navires de croisière, pour un montant estimé à 4 milliards d'euros. Ce contrat assure du travail au "
     "site de Saint-Nazaire jusqu'en 2031. Les syndicats ont salué la nouvelle tout en demandant une renégociation "
     "de la convention collective sur les heures supplémentaires.",
     [], N,
     "Trap for treaty: a deal between companies and a collective labour agreement are not interstate agreements."),
    ("fr-s8",
     "Défilé du 14 Juillet : les soldats du génie à l'honneur sur les Champs-Élysées",
     "Quelque 6 000 militaires ont défilé lundi matin sur les Champs-Élysées pour la fête nationale, avec cette année "
     "les unités du génie en tête de cortège. Le président de la République a passé les troupes en revue depuis un "
     "véhicule de commandement avant de rejoindre la tribune officielle. Une soixantaine d'aéronefs ont survolé la "
     "capitale sous un ciel dégagé, devant des centaines de milliers de spectateurs.",
     [], N,
     "Trap for troops: soldiers marching in a national parade at home, not deployed."),

    # ------------------------------------------------------------------ de
    ("de-s1",
     "Österreich und Slowenien regeln Grenzverlauf an der Mur neu",
     "Wien und Ljubljana haben am Montag einen Staatsvertrag unterzeichnet, der den Grenzverlauf entlang der Mur an "
     "die seit Jahrzehnten veränderte Flusslage anpasst. Betroffen sind rund 40 Hektar Auwald, die künftig je nach "
     "Ufer dem einen oder anderen Staat zugeschlagen werden. Der Vertrag muss noch vom Nationalrat und von der "
     "slowenischen Staatsversammlung ratifiziert werden, wie das Außenministerium in Wien mitteilte.",
     [T], P,
     "Border treaty between two states signed, awaiting ratification: treaty."),
    ("de-s2",
     "Marine schickt Fregatte Sachsen-Anhalt ins Rote Meer",
     "Die Deutsche Marine entsendet die Fregatte Sachsen-Anhalt mit rund 240 Soldatinnen und Soldaten an Bord in "
     "das Rote Meer, um Handelsschiffe vor Angriffen zu schützen. Das Schiff lief am Morgen aus Wilhelmshaven aus "
     "und soll Ende des Monats im Einsatzgebiet eintreffen. Der Bundestag hatte das Mandat in der vergangenen Woche "
     "mit breiter Mehrheit verlängert.",
     [R], P,
     "A warship with crew deployed abroad counts as troops."),
    ("de-s3",
     "Ertüchtigungsinitiative: Berlin überlässt Jordanien Grenzschutztechnik",
     "Die Bundesregierung stellt den jordanischen Streitkräften geschützte Fahrzeuge, Nachtsichtgeräte und "
     "Wärmebildkameras im Wert von 35 Millionen Euro zur Verfügung. Die Ausrüstung wird aus Mitteln der "
     "Ertüchtigungsinitiative finanziert und soll helfen, Schmuggel an der Grenze zu Syrien einzudämmen. Ein erster "
     "Teil der Lieferung ist bereits in Amman eingetroffen, wie das Verteidigungsministerium bestätigte.",
     [M], P,
     "Germany gives military equipment to Jordan's armed forces through a state programme: military assistance."),
    ("de-s4",
     "Bundeswehr-Ausbilder gehen nach Mauretanien",
     "Deutschland und Mauretanien haben in Nouakchott ein Regierungsabkommen über militärische Zusammenarbeit "
     "unterzeichnet. Auf dieser Grundlage sollen ab Herbst bis zu 60 Ausbilder der Bundeswehr in das westafrikanische "
     "Land verlegt werden, um dortige Pioniereinheiten zu schulen. Zudem sagte Berlin die Lieferung von "
     "Minenräumgerät zu. Die Opposition im Bundestag verlangt ein eigenes Mandat für den Einsatz.",
     [T, R, M], P,
     "Intergovernmental cooperation agreement signed: treaty; trainers moved abroad: troops and assistance; mine-clearing equipment pledged: assistance."),
    ("de-s5",
     "Warschau beantragt Konsultationen nach Artikel 4 des Nordatlantikvertrags",
     "Nach dem Absturz einer Drohne nahe Lublin hat Polen Konsultationen nach Artikel 4 des Nordatlantikvertrags "
     "beantragt. Die Botschafter der Bündnisstaaten sollen am Donnerstag in Brüssel zusammenkommen. Der polnische "
     "Außenminister sprach von einer gezielten Provokation, legte sich aber nicht fest, woher das Fluggerät stammte. "
     "Es ist das dritte Mal seit 2022, dass ein Mitglied sich auf diese Bestimmung beruft.",
     [T], P,
     "Invoking an article of the North Atlantic Treaty counts as treaty."),
    ("de-s6",
     "Tanztruppe aus Leipzig begeistert beim Festival in Avignon",
     "Die Leipziger Tanztruppe Ensemble Kontrast hat beim Festival d'Avignon stehende Ovationen geerntet. Die "
     "zwölfköpfige Truppe zeigte ein Stück über Grenzen und Mauern, das mit Archivbildern der innerdeutschen Grenze "
     "arbeitet. Die Kritik lobte besonders die Choreografie im zweiten Teil. Im Winter geht die Truppe auf Tournee "
     "durch Skandinavien.",
     [], N,
     "Trap for troops: 'Truppe' here is a dance company; border imagery is artistic."),
    ("de-s7",
     "Leverkusen verlängert Vertrag mit Abwehrchef bis 2029",
     "Bayer Leverkusen hat den Vertrag mit Innenverteidiger Jonas Kellermann vorzeitig bis 2029 verlängert. Der "
     "27-Jährige galt als Kandidat für mehrere Premier-League-Klubs. Sportdirektor Simon Rolfes sprach von einem "
     "wichtigen Signal an die Mannschaft. Parallel laufen bei der Werkself die Verhandlungen über einen neuen "
     "Haustarifvertrag für die Angestellten der Geschäftsstelle.",
     [], N,
     "Trap for treaty: a player contract and a collective wage agreement are not interstate treaties."),
    ("de-s8",
     "Bundeswehr bestellt 80 Radhaubitzen bei Münchner Hersteller",
     "Das Bundesamt für Ausrüstung der Bundeswehr hat bei einem Münchner Rüstungskonzern 80 Radhaubitzen für die "
     "Artillerietruppe bestellt. Der Auftrag hat einen Wert von rund 1,4 Milliarden Euro, die ersten Systeme sollen "
     "2027 an die Truppe übergeben werden. Finanziert wird der Kauf aus dem Sondervermögen. Der Haushaltsausschuss "
     "hatte die Vorlage am Mittwoch gebilligt.",
     [], N,
     "Trap for military_assistance and troops: the state's own arms purchase; 'Truppe' refers to home units receiving kit, no deployment."),

    # ------------------------------------------------------------------ es
    ("es-s1",
     "Perú y Ecuador firman un acuerdo binacional para sanear el río Zarumilla",
     "Los cancilleres de Perú y Ecuador suscribieron este martes en Tumbes un acuerdo binacional para la gestión "
     "conjunta de la cuenca del río Zarumilla, cuyo cauce marca parte de la frontera común. El convenio prevé "
     "obras de descontaminación, un sistema compartido de alerta ante inundaciones y un comité técnico con sede "
     "rotativa. Ambos gobiernos lo enviarán a sus respectivos congresos para su aprobación.",
     [T], P,
     "Binational agreement between two states on a shared river: treaty."),
    ("es-s2",
     "Colombia despliega 2.000 efectivos en el Catatumbo y la frontera venezolana",
     "El Ministerio de Defensa de Colombia ordenó el despliegue de 2.000 efectivos del Ejército en la región del "
     "Catatumbo y en los pasos fronterizos con Venezuela, tras una ola de enfrentamientos entre grupos armados "
     "ilegales. Los uniformados llegarán en aviones Hércules a Cúcuta y Ocaña durante el fin de semana. El "
     "comandante de la Segunda División aseguró que la tropa permanecerá en la zona «el tiempo que sea necesario».",
     [R], P,
     "A state's own army deployed to a border region counts as troops."),
    ("es-s3",
     "España enviará instructores militares a Mauritania y donará vehículos",
     "El Gobierno español enviará en otoño un equipo de 45 instructores de las Fuerzas Armadas a Mauritania para "
     "formar a unidades del ejército mauritano en desactivación de explosivos, según fuentes de Defensa. Además, "
     "España cederá gratuitamente una veintena de vehículos todoterreno y material de transmisiones procedente de "
     "sus almacenes. La iniciativa se enmarca en la cooperación bilateral en materia de seguridad en el Sahel.",
     [R, M], P,
     "Instructors sent abroad are troops and military assistance; donated vehicles and equipment are military assistance."),
    ("es-s4",
     "Taiwán dona dos helicópteros a la Fuerza Aérea Paraguaya",
     "Paraguay recibió este jueves dos helicópteros donados por Taiwán para su Fuerza Aérea, en una ceremonia en la "
     "base de Ñu Guasú. La donación se formalizó mediante un canje de notas entre la Cancillería paraguaya y la "
     "Embajada de la República de China, e incluye repuestos y la capacitación de ocho pilotos en Taipéi. El "
     "ministro de Defensa agradeció el gesto de «un aliado histórico».",
     [T, M], P,
     "An exchange of notes between governments counts as treaty; donated military helicopters plus pilot training is military assistance (trainees abroad in donor country, no troops sent)."),
    ("es-s5",
     "El Senado uruguayo autoriza el ingreso de tropas extranjeras para el ejercicio UNITAS",
     "La Cámara de Senadores aprobó por mayoría el proyecto que autoriza el ingreso al territorio nacional de "
     "efectivos y buques de Estados Unidos, Brasil y Argentina para participar en el ejercicio naval UNITAS, previsto "
     "para septiembre frente a Montevideo. En total llegarán unos 1.200 marinos e infantes de marina, que "
     "permanecerán tres semanas en el país. El Frente Amplio votó dividido.",
     [R], P,
     "Foreign military personnel and warships authorised to enter and be stationed in Uruguay: troops. Exercise alone is not military assistance."),
    ("es-s6",
     "La tropa de Gallardo se recupera a tiempo para el clásico",
     "River Plate recupera piezas clave para el superclásico del domingo. El lateral Milton Casco, tratado durante "
     "la semana por una sobrecarga muscular, se entrenó a la par de sus compañeros, y el cuerpo técnico confía en "
     "tener a toda la tropa disponible. Gallardo, que renovó su contrato hasta 2026, pidió a los hinchas «llenar "
     "el Monumental» en una batalla que puede definir el campeonato.",
     [], N,
     "Traps: figurative 'tropa' for a football squad, participle 'tratado', a coach's contract and 'batalla' metaphor."),
    ("es-s7",
     "Un Hércules de la Fuerza Aérea lleva ayuda humanitaria a Bolivia por los incendios",
     "Un avión Hércules C-130 de la Fuerza Aérea Argentina aterrizó en Santa Cruz de la Sierra con 18 toneladas de "
     "ayuda humanitaria para las comunidades afectadas por los incendios forestales: alimentos, agua potable, "
     "mascarillas y medicamentos. La carga fue entregada a la Defensa Civil boliviana y la aeronave regresó esa misma "
     "noche a El Palomar. Cancillería anunció un segundo vuelo para la semana próxima.",
     [], N,
     "Trap for military_assistance: humanitarian aid flown by an air force is not military assistance; no troops stationed or deployed."),
    ("es-s8",
     "Indra se adjudica un contrato de radares con el Ministerio de Defensa filipino",
     "La tecnológica española Indra ha firmado un contrato con el Ministerio de Defensa de Filipinas para suministrar "
     "tres radares de vigilancia aérea de largo alcance, por un importe cercano a los 120 millones de euros. Los "
     "equipos se instalarán en el norte de Luzón y la entrega está prevista para 2027. La compañía subió un 2 % en "
     "Bolsa tras conocerse la adjudicación.",
     [], N,
     "Trap for military_assistance and treaty: arms sold by a firm under a commercial contract is neither."),

    # ------------------------------------------------------------------ it
    ("it-s1",
     "Italia e Tunisia firmano l'intesa sulla pesca nel Canale di Sicilia",
     "Roma e Tunisi hanno firmato ieri alla Farnesina un accordo bilaterale sulla pesca nel Canale di Sicilia, che "
     "disciplina l'accesso dei pescherecci di Mazara del Vallo ai banchi a sud di Lampedusa. L'intesa, attesa da "
     "anni dalla marineria siciliana, istituisce una commissione mista e una procedura rapida per la liberazione "
     "degli equipaggi fermati. Il testo dovrà ora passare al vaglio del Parlamento per la ratifica.",
     [T], P,
     "Bilateral fisheries agreement between two states signed: treaty."),
    ("it-s2",
     "La Marina militare invia la fregata Rizzo nel Golfo di Guinea",
     "La fregata Luigi Rizzo della Marina militare è salpata da La Spezia diretta nel Golfo di Guinea, dove resterà "
     "quattro mesi per contrastare la pirateria a protezione del traffico mercantile nazionale. A bordo circa 200 "
     "militari, tra cui un nucleo di fucilieri del reggimento San Marco e un elicottero. Lo ha reso noto lo Stato "
     "maggiore della Difesa in una nota.",
     [R], P,
     "Warship with marines deployed abroad: troops."),
    ("it-s3",
     "Roma cede al Libano mezzi blindati e addestra i suoi ufficiali a Cesano",
     "Il ministero della Difesa ha completato la cessione a titolo gratuito alle Forze armate libanesi di 25 veicoli "
     "blindati Lince e di un lotto di apparati radio, nell'ambito del programma bilaterale di sostegno. Nei prossimi "
     "mesi, inoltre, un gruppo di ufficiali libanesi frequenterà corsi di specializzazione presso la Scuola di "
     "fanteria di Cesano, alle porte di Roma.",
     [M], P,
     "Free transfer of armoured vehicles and training of foreign officers at home: military assistance only."),
    ("it-s4",
     "Italia-Niger, firmato l'accordo di cooperazione militare: partono gli addestratori",
     "Il ministro della Difesa e il suo omologo nigerino hanno firmato a Niamey un accordo di cooperazione nel "
     "settore della difesa. L'intesa prevede l'invio di una missione di 80 addestratori italiani, che affiancheranno "
     "le forze nigerine nella formazione di reparti del genio, e la fornitura di droni da ricognizione e materiale "
     "sanitario militare. Le opposizioni chiedono un passaggio parlamentare.",
     [T, R, M], P,
     "Interstate defence cooperation agreement signed: treaty; trainers sent abroad: troops and assistance; drones supplied: assistance."),
    ("it-s5",
     "Kosovo, rientrano gli alpini: si chiude il turno del contingente italiano",
     "Sono rientrati ieri a Bolzano gli ultimi 300 alpini del contingente italiano in Kosovo, al termine di sei mesi "
     "di servizio nella missione Kfor. Il passaggio di consegne con i militari della brigata Sassari è avvenuto a "
     "Pristina. Il comandante ha ricordato i pattugliamenti nella zona di Mitrovica nord, teatro a maggio di tensioni "
     "tra manifestanti e forze di sicurezza.",
     [R], P,
     "A national contingent withdrawn from and rotated into a foreign mission: troops."),
    ("it-s6",
     "La troupe di Sorrentino gira a Napoli: strade chiuse a Chiaia",
     "Da lunedì la troupe del nuovo film di Paolo Sorrentino sarà al lavoro nel quartiere di Chiaia, con divieti di "
     "sosta e chiusure al traffico fino a venerdì. Circa cento persone tra tecnici e comparse invaderanno piazza dei "
     "Martiri, dove verrà ricostruita una scena ambientata nel 1943 con comparse in uniforme militare d'epoca. Il "
     "Comune raccomanda di usare i mezzi pubblici.",
     [], N,
     "Trap for troops: a film crew ('troupe') and extras in period military uniforms; nothing deployed."),
    ("it-s7",
     "Torna in libreria il trattato di Beccaria, e il caso viene trattato in aula",
     "Una nuova edizione commentata del trattato Dei delitti e delle pene di Cesare Beccaria arriva in libreria per "
     "i 260 anni dalla prima stampa. Il volume sarà presentato a Milano da un gruppo di giuristi. Il tema del saggio "
     "è di stretta attualità: proprio questa settimana la Corte costituzionale ha trattato un ricorso sull'ergastolo "
     "ostativo, con decisione attesa a luglio.",
     [], N,
     "Trap for treaty: 'trattato' as a legal treatise and as the participle 'treated'; no interstate agreement."),
    ("it-s8",
     "Festa della Repubblica, la parata ai Fori Imperiali",
     "Oltre 5.000 militari, tra reparti dell'Esercito, della Marina, dell'Aeronautica e dei Carabinieri, hanno "
     "sfilato ieri lungo via dei Fori Imperiali per il 2 giugno. Il Presidente della Repubblica ha deposto una corona "
     "all'Altare della Patria prima del passaggio delle Frecce Tricolori. Applausi anche per i volontari della "
     "Protezione civile e per la banda dei Bersaglieri, che ha chiuso la sfilata di corsa.",
     [], N,
     "Trap for troops: soldiers marching in the national parade at home are not deployed troops."),

    # ------------------------------------------------------------------ pt
    ("pt-s1",
     "Portugal e Cabo Verde renovam cooperação técnico-militar e enviam formadores",
     "Os ministros da Defesa de Portugal e de Cabo Verde assinaram na Praia um novo programa-quadro de cooperação "
     "técnico-militar, válido por cinco anos. Ao abrigo do acordo, Lisboa destacará 25 militares portugueses como "
     "formadores junto da Guarda Costeira e das Forças Armadas cabo-verdianas, e cederá duas lanchas de patrulha "
     "costeira já desativadas pela Marinha. O documento sucede ao programa que expirou em dezembro.",
     [T, R, M], P,
     "Interstate defence cooperation framework signed: treaty; Portuguese military trainers posted abroad: troops and assistance; patrol boats ceded: assistance."),
    ("pt-s2",
     "Exército reforça presença em Roraima perante tensão na fronteira com a Guiana",
     "O Exército Brasileiro transferiu cerca de 600 militares e 28 blindados Guaicurus para Pacaraima e Boa Vista, "
     "em Roraima, segundo o Comando Militar da Amazônia. A movimentação ocorre após declarações de Caracas sobre o "
     "território do Essequibo. O ministro da Defesa afirmou que se trata de uma medida dissuasória e que as tropas "
     "permanecerão na região enquanto durar a instabilidade.",
     [R], P,
     "A state's own army moved to its border: troops."),
    ("pt-s3",
     "Ruanda reforça contingente em Cabo Delgado",
     "O Ruanda enviou mais 1.000 soldados para a província moçambicana de Cabo Delgado, elevando para cerca de 5.500 "
     "o número de efetivos ruandeses no terreno, informou o porta-voz das Forças de Defesa do Ruanda. Os novos "
     "contingentes vão concentrar-se nos distritos de Macomia e Muidumbe, onde os insurgentes voltaram a atacar "
     "aldeias nas últimas semanas.",
     [R], P,
     "Foreign soldiers sent and stationed in Mozambique: troops."),
    ("pt-s4",
     "Angola e Namíbia ratificam tratado sobre as águas do Cunene",
     "Os parlamentos de Angola e da Namíbia ratificaram esta semana o tratado bilateral que regula a partilha das "
     "águas do rio Cunene, incluindo a gestão da barragem de Calueque. O instrumento, assinado em Windhoek há um ano, "
     "entra em vigor com a troca dos instrumentos de ratificação, prevista para o próximo mês em Luanda. Agricultores "
     "do sul de Angola esperam garantias em anos de seca.",
     [T], P,
     "Bilateral water treaty ratified by both states: treaty."),
    ("pt-s5",
     "UE financia equipamento para as forças moçambicanas",
     "O Conselho da União Europeia aprovou uma nova medida de assistência de 20 milhões de euros, ao abrigo do "
     "Mecanismo Europeu de Apoio à Paz, para fornecer equipamento às Forças Armadas de Defesa de Moçambique. O "
     "pacote inclui viaturas todo-o-terreno, equipamento de comunicações, coletes e um hospital de campanha. A "
     "entrega deverá ocorrer até ao final do ano, segundo fonte diplomática em Maputo.",
     [M], P,
     "EU provides military equipment to a state's armed forces under the European Peace Facility: military assistance."),
    ("pt-s6",
     "Trupe de circo encanta Coimbra; assunto das licenças tratado na câmara",
     "A trupe do Circo Chen, que montou a tenda no parque da Canção, esgotou as sessões do fim de semana em Coimbra. "
     "O espetáculo inclui acrobatas, malabaristas e um número com cavalos. Na segunda-feira, o assunto das licenças "
     "de ocupação do espaço público foi tratado na reunião de câmara, com a oposição a pedir regras mais claras para "
     "eventos itinerantes.",
     [], N,
     "Traps: circus 'trupe' and the participle 'tratado'; municipal story only."),
    ("pt-s7",
     "Embraer fecha contrato para vender Super Tucano a país asiático",
     "A Embraer anunciou a assinatura de um contrato com a Força Aérea de um país asiático, cujo nome não foi "
     "divulgado, para o fornecimento de seis aviões A-29 Super Tucano, incluindo pacote de apoio logístico e "
     "simuladores. O valor não foi revelado, mas analistas estimam cerca de 100 milhões de dólares. As ações da "
     "fabricante subiram 3 % na B3.",
     [], N,
     "Trap for military_assistance and treaty: a firm's commercial arms sale is neither."),
    ("pt-s8",
     "Força Nacional de Segurança é enviada ao sul da Bahia",
     "O Ministério da Justiça autorizou o envio de 150 agentes da Força Nacional de Segurança Pública para o sul da "
     "Bahia, após uma série de conflitos fundiários na região de Porto Seguro. Os agentes vão apoiar as polícias "
     "Militar e Civil durante 90 dias. O governador disse que as forças de segurança terão como prioridade proteger "
     "comunidades indígenas.",
     [], N,
     "Trap for troops: police forces ('Força Nacional', 'forças de segurança') sent domestically are not troops."),

    # ------------------------------------------------------------------ pl
    ("pl-s1",
     "Polska i Litwa podpisały umowę o nowym moście granicznym",
     "Ministrowie infrastruktury Polski i Litwy podpisali w Wilnie umowę międzyrządową o budowie i utrzymaniu mostu "
     "granicznego na rzece Szeszupie w pobliżu Budzisk. Dokument określa podział kosztów oraz zasady odpowiedzialności "
     "za obiekt po jego oddaniu do użytku w 2028 r. Umowa wejdzie w życie po zakończeniu procedur ratyfikacyjnych w "
     "obu krajach.",
     [T], P,
     "Intergovernmental agreement between two states on a border bridge: treaty."),
    ("pl-s2",
     "Kolejna zmiana PKW Łotwa. Żołnierze z Żagania wyruszyli nad Dźwinę",
     "Blisko 250 żołnierzy z 11. Lubuskiej Dywizji Kawalerii Pancernej wyruszyło na Łotwę, gdzie przez pół roku "
     "będą pełnić służbę w wielonarodowej brygadzie NATO w Adażi. Polski Kontyngent Wojskowy zabrał ze sobą czołgi "
     "PT-91 i wozy wsparcia. Dowódca zmiany zapewnił, że żołnierze są gotowi do działania w każdych warunkach.",
     [R], P,
     "Polish soldiers deployed to Latvia: troops."),
    ("pl-s3",
     "MON przekazuje Mołdawii sprzęt przeciwlotniczy",
     "Polska przekaże Mołdawii sprzęt wojskowy o wartości ok. 80 mln zł, w tym przenośne zestawy przeciwlotnicze i "
     "radary krótkiego zasięgu – poinformował wicepremier i szef MON. Pierwsze transporty trafią do Kiszyniowa "
     "jeszcze w tym miesiącu. Dostawy są finansowane z budżetu państwa i częściowo refundowane z Europejskiego "
     "Instrumentu na rzecz Pokoju.",
     [M], P,
     "Poland transfers air-defence equipment to Moldova: military assistance."),
    ("pl-s4",
     "Polscy instruktorzy pojadą do Gruzji, Warszawa przekaże też drony",
     "Do Gruzji trafi w przyszłym miesiącu 40-osobowy zespół instruktorów Wojska Polskiego, który będzie szkolić "
     "gruzińskich żołnierzy z obsługi bezzałogowców i taktyki małych pododdziałów. Warszawa zapowiedziała również "
     "nieodpłatne przekazanie 30 dronów rozpoznawczych produkcji krajowej. Misja ma potrwać do końca roku.",
     [R, M], P,
     "Military instructors sent abroad are troops and military assistance; free transfer of drones is military assistance."),
    ("pl-s5",
     "Sejm za umową o statusie sił USA. Więcej amerykańskich żołnierzy na stałe",
     "Sejm przyjął ustawę o ratyfikacji umowy między Polską a Stanami Zjednoczonymi o statusie sił zbrojnych, "
     "uzupełniającej dotychczasowe porozumienie SOFA. Umowa otwiera drogę do stałego stacjonowania kolejnych 1 500 "
     "żołnierzy amerykańskich w Poznaniu i Drawsku Pomorskim. Za głosowało 398 posłów.",
     [T, R], P,
     "Ratification of a status-of-forces agreement: treaty; planned permanent stationing of US soldiers: troops."),
    ("pl-s6",
     "Trupa teatralna z Lublina w trasie po Ukrainie",
     "Lubelska trupa Teatru Provisorium wyrusza w trasę po zachodniej Ukrainie. Aktorzy zagrają we Lwowie, Łucku i "
     "Równem spektakl o pamięci wojny i pojednaniu. Wyjazd wsparł Instytut Adama Mickiewicza. – Gramy tam, gdzie "
     "ludzie potrzebują rozmowy, nie tylko pomocy – mówi reżyser. Zespół liczy dziewięć osób i podróżuje busem.",
     [], N,
     "Trap for troops: a theatre troupe ('trupa') touring Ukraine; war is only the play's theme."),
    ("pl-s7",
     "Traktat Wittgensteina na scenie. Premiera w Krakowie",
     "Teatr Łaźnia Nowa pokaże w sobotę spektakl na podstawie Traktatu logiczno-filozoficznego Ludwiga Wittgensteina. "
     "Reżyserka przyznaje, że przeniesienie na scenę traktatu złożonego z ponumerowanych zdań było wyzwaniem. "
     "Aktorzy podpisali specjalne kontrakty na trasę po Niemczech i Austrii, która ruszy jesienią.",
     [], N,
     "Trap for treaty: 'traktat' here is a philosophical treatise; actors' contracts are not treaties."),
    ("pl-s8",
     "Więcej funkcjonariuszy na granicy z Białorusią. Straż Graniczna dostaje wsparcie policji",
     "Komendant Główny Straży Granicznej poinformował, że na odcinek podlaski skierowano dodatkowych 300 "
     "funkcjonariuszy, a wsparcia udzieli im kilkuset policjantów z oddziałów prewencji. Siły te mają przeciwdziałać "
     "nasilającym się próbom nielegalnego przekraczania granicy. Wojewoda zapowiedział też budowę nowych wież "
     "obserwacyjnych.",
     [], N,
     "Trap for troops: border guards and police sent to the border are not military troops."),

    # ------------------------------------------------------------------ nl
    ("nl-s1",
     "Nederland en België tekenen verdrag over grenscorrectie in de Maas",
     "Nederland en België hebben in Maastricht een verdrag ondertekend dat de landsgrens bij Eijsden en Lanaye "
     "aanpast aan de nieuwe loop van de Maas. Door de rivierwerken kwamen enkele schiereilandjes aan de verkeerde kant "
     "van de grens te liggen. Ruim 10 hectare wisselt van land. Het verdrag moet nog door de Staten-Generaal en het "
     "Belgische federale parlement worden goedgekeurd.",
     [T], P,
     "Border treaty signed between two states: treaty."),
    ("nl-s2",
     "Fregat Zr.Ms. Tromp vertrekt naar de Indo-Pacific",
     "Het luchtverdedigings- en commandofregat Zr.Ms. Tromp is vanuit Den Helder vertrokken voor een inzet van vijf "
     "maanden in de Indo-Pacific. Aan boord bevinden zich ongeveer 200 bemanningsleden en een NH90-helikopter. Het "
     "schip zal onder meer deelnemen aan een internationale maritieme missie in de Zuid-Chinese Zee, meldt Defensie.",
     [R], P,
     "A warship deployed abroad with crew counts as troops."),
    ("nl-s3",
     "Nederland schenkt Moldavië pantservoertuigen uit eigen voorraad",
     "Het kabinet stelt twaalf afgestoten YPR-pantservoertuigen en een partij nachtzichtapparatuur beschikbaar aan "
     "de Moldavische krijgsmacht, schrijft de minister van Defensie aan de Tweede Kamer. De voertuigen worden eerst "
     "opgeknapt in Leusden. Nederland wil Moldavië zo helpen zijn verdedigingscapaciteit te versterken, nu de druk "
     "vanuit Transnistrië toeneemt.",
     [M], P,
     "Netherlands donates armoured vehicles and equipment to Moldova's forces: military assistance."),
    ("nl-s4",
     "Belgische militairen trekken naar Benin voor opleidingsmissie",
     "Een detachement van zestig Belgische militairen vertrekt volgende week naar het noorden van Benin om "
     "Beninese soldaten op te leiden in de strijd tegen jihadistische groepen. De para-commando's blijven vier maanden "
     "ter plaatse. Defensie levert daarnaast communicatiemateriaal en terreinwagens, meldt het kabinet van de "
     "minister. De missie komt er op vraag van de Beninese regering.",
     [R, M], P,
     "Belgian military trainers sent abroad are troops and military assistance; equipment supplied is military assistance."),
    ("nl-s5",
     "Suriname stapt uit visserijverdrag met Guyana",
     "De Surinaamse regering heeft Guyana formeel laten weten zich terug te trekken uit het bilaterale "
     "visserijverdrag van 2016. Volgens Paramaribo houdt Georgetown zich niet aan de afspraken over het aantal "
     "vergunningen in de Corantijnmonding. De opzegging gaat over zes maanden in. Guyana noemt de stap betreurenswaardig "
     "en wil via de CARICOM bemiddelen.",
     [T], P,
     "A state withdrawing from a bilateral fisheries treaty: treaty."),
    ("nl-s6",
     "Bewoners Transvaalbuurt: troep op straat niet langer te verdragen",
     "Bewoners van de Haagse Transvaalbuurt zijn de troep op straat spuugzat. Volle vuilniszakken, matrassen en "
     "kapotte fietsen blijven dagen liggen, zeggen ze. De overlast is volgens de bewonersvereniging niet langer te "
     "verdragen. De gemeente belooft extra ophaalrondes en boetes voor wie afval naast de container zet. Een "
     "wethouder komt volgende week langs.",
     [], N,
     "Traps: Dutch 'troep' (junk) and 'verdragen' (to tolerate); no military or interstate content."),
    ("nl-s7",
     "Damen en Chileense rederij sluiten overeenkomst over vier veerboten",
     "Scheepsbouwer Damen heeft een overeenkomst gesloten met een Chileense rederij voor de bouw van vier elektrische "
     "veerboten voor de fjorden van Patagonië. Met de order is ruim 150 miljoen euro gemoeid. De schepen worden "
     "deels in Roemenië gebouwd. Het akkoord volgt op een eerdere intentieverklaring die beide bedrijven vorig jaar "
     "tekenden.",
     [], N,
     "Trap for treaty: an agreement between companies is not an interstate treaty."),
    ("nl-s8",
     "Duizenden op de been voor Veteranendag in Den Haag",
     "Op het Malieveld en langs de Lange Voorhout stonden zaterdag tienduizenden mensen om veteranen en militairen "
     "toe te juichen. Ruim vierduizend deelnemers liepen mee in het defilé, onder wie militairen van de Luchtmobiele "
     "Brigade en de Koninklijke Marine. De koning nam het defilé af op het bordes van de Ridderzaal.",
     [], N,
     "Trap for troops: soldiers marching in a parade at home are not deployed troops."),
]

LANGS = ["en", "fr", "de", "es", "it", "pt", "pl", "nl"]
RULES = {T, R, M}


def records():
    for aid, title, body, rules, kind, note in ARTICLES:
        yield {"id": aid, "language": aid.split("-")[0], "title": title, "body": body,
               "rules": list(rules), "kind": kind, "note": note}


def write():
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def check():
    with open(OUT, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    keys = {"id", "language", "title", "body", "rules", "kind", "note"}
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(recs) == 8 * len(LANGS), len(recs)
    for r in recs:
        assert set(r) == keys, (r["id"], set(r))
        assert all(isinstance(r[k], str) and r[k].strip() for k in keys - {"rules"}), r["id"]
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-s"), r["id"]
        assert isinstance(r["rules"], list), r["id"]
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert set(r["rules"]) <= RULES, r["id"]
        assert r["kind"] in (P, N), r["id"]
        assert (r["kind"] == P) == bool(r["rules"]), r["id"]
        assert '"' not in r["title"], r["id"]
        assert 250 <= len(r["body"]) <= 800, (r["id"], len(r["body"]))
    for lang in LANGS:
        sub = [r for r in recs if r["language"] == lang]
        assert sorted(r["id"] for r in sub) == sorted(f"{lang}-s{i}" for i in range(1, 9)), lang
        assert sum(r["kind"] == P for r in sub) == 5, lang
        assert sum(r["kind"] == N for r in sub) == 3, lang
        for rule in RULES:
            assert any(rule in r["rules"] for r in sub), (lang, rule)
    counts = {rule: sum(rule in r["rules"] for r in recs) for rule in sorted(RULES)}
    print(f"OK: {len(recs)} records written to {OUT}")
    print("positives per rule:", counts)
    print("body lengths: min", min(len(r["body"]) for r in recs), "max", max(len(r["body"]) for r in recs))


if __name__ == "__main__":
    write()
    check()
