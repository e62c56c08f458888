#!/usr/bin/env python3
"""Build west.jsonl: hand-labelled alert evaluation set (round 11, western languages).

Standard library only. Articles are original and fictional.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "west.jsonl")

LANGS = ["en", "fr", "de", "es", "it", "pt", "pl", "nl"]
RULES = {"treaty", "troops", "military_assistance"}
P, N = "positive", "near-miss"
T, TR, MA = "treaty", "troops", "military_assistance"

ARTICLES = [
    # ------------------------------------------------------------------ en
    {"id": "en-t1", "language": "en",
     "title": "Mongolia and Kazakhstan seal accord on shared Altai watershed",
     "body": "Mongolia and Kazakhstan signed an intergovernmental agreement on Tuesday to jointly manage the rivers draining the Altai range, ending nearly a decade of on-off talks over water allocation. Under the accord, inked in Ulaanbaatar by the two foreign ministers, a joint commission will set seasonal quotas and share hydrological data in real time. The text still has to be ratified by Mongolia's State Great Khural and by the Kazakh parliament, which officials expect before the summer irrigation season. Herders' associations on both sides welcomed the deal but warned that enforcement would be the real test.",
     "rules": [T], "kind": P,
     "note": "Bilateral water-management agreement between two states signed and awaiting ratification: treaty."},
    {"id": "en-t2", "language": "en",
     "title": "Motherwell boss backs his troops to bounce back after derby rout",
     "body": "Motherwell manager Callum Reid insists his troops have the character to recover from Saturday's 3-0 hammering and says there is no crisis at Fir Park. Reid, who signed a two-year contract extension last month, admitted his side had been camped on the edge of their own box for most of the second half. Striker Lewis Kerr was treated for a hamstring problem at full-time and will be assessed on Tuesday. The Steelmen travel to Perth next weekend looking to end a run of four league games without a win.",
     "rules": [], "kind": N,
     "note": "Figurative 'troops' for a football squad, an employment contract and the participle 'treated': no rule."},
    {"id": "en-t3", "language": "en",
     "title": "Estonian army instructors head to Moldova for six-month mission",
     "body": "Estonia will send a team of around 30 army instructors to Moldova next month to help train the country's small professional force in mine clearance and battlefield medicine, the defence ministry in Tallinn said on Friday. The contingent, drawn mainly from the Scouts Battalion, will be based at a training area near Bulboaca. Officials described the mission as part of a broader package of defence support for Chisinau that also includes night-vision goggles and field radios. Moldova, constitutionally neutral, has been seeking Western help to modernise its armed forces.",
     "rules": [TR, MA], "kind": P,
     "note": "Military trainers sent abroad (troops) plus training and equipment given to another state's army (military_assistance)."},
    {"id": "en-t4", "language": "en",
     "title": "Ireland signs record radar contract with Saab",
     "body": "Ireland's Department of Defence has signed a contract worth about 260 million euro with Swedish manufacturer Saab for a primary radar system to monitor the country's airspace, the largest single equipment purchase in the history of the Defence Forces. The deal, awarded after a competitive tender, covers three ground-based radars due to be operational by 2028, along with ten years of maintenance. Officials stressed the purchase was not linked to any alliance commitment and that Ireland's policy of military neutrality remains unchanged.",
     "rules": [], "kind": N,
     "note": "A state's own purchase from a firm under a commercial contract is neither military assistance nor a treaty; alliance only named."},
    {"id": "en-t5", "language": "en",
     "title": "Tokyo hands patrol craft and coastal radars to Philippine Navy",
     "body": "Japan has formally transferred two coastal surveillance radars and four fast patrol craft to the Philippine Navy under its Official Security Assistance programme, the Japanese embassy in Manila said. The equipment, worth about 2.4 billion yen, will be installed and based on the western coast of Palawan facing the South China Sea. Unlike Japan's development loans, the grant is aimed squarely at strengthening partner militaries, officials said. A Philippine navy spokesman said the crews had already completed familiarisation courses at Yokosuka.",
     "rules": [MA], "kind": P,
     "note": "State-to-state grant of military equipment and training to a foreign navy: military_assistance."},
    {"id": "en-t6", "language": "en",
     "title": "Chile sends 600 more soldiers to its northern border",
     "body": "Chile's government has ordered an additional 600 soldiers to the northern border with Bolivia and Peru, extending the military deployment in the Arica, Tarapacá and Antofagasta regions for another 90 days. The troops will support surveillance of informal crossings on the altiplano, while the police remain in charge of arrests, the interior ministry said. Army engineers are also due to install thermal cameras along a 40-kilometre stretch near Colchane. Opposition lawmakers questioned whether the armed forces should be used for what they called a policing task.",
     "rules": [TR], "kind": P,
     "note": "A state's army deployed to its own border: troops."},
    {"id": "en-t7", "language": "en",
     "title": "Georgian dance troupe signs up for record UK and Ireland tour",
     "body": "The Tbilisi-based Mtiebi Ensemble will play 40 dates across Britain and Ireland next spring after signing a new contract with a London promoter. The 60-strong troupe, known for its leaping sword dances and polyphonic singing, opens at the Edinburgh Playhouse in April. Its artistic director said the company had always been treated like family by British audiences on previous visits. Tickets go on sale on Monday, and organisers expect the tour to sell more than 80,000 seats.",
     "rules": [], "kind": N,
     "note": "Dance 'troupe', a commercial contract and 'treated': traps only, no rule."},
    {"id": "en-t8", "language": "en",
     "title": "Ghana ratifies status-of-forces deal with Côte d'Ivoire",
     "body": "Ghana's parliament on Wednesday ratified a status-of-forces agreement with Côte d'Ivoire that lets the two neighbours station soldiers on each other's territory during joint counter-insurgency operations along their northern frontier. Under the deal, signed in Abidjan in January, an Ivorian company of around 150 troops will be based near Bole from June, while Ghanaian units may operate out of Bouna. Defence officials say the arrangement is meant to close gaps exploited by armed groups spilling over from the Sahel. Minority MPs backed the bill but demanded quarterly briefings.",
     "rules": [T, TR], "kind": P,
     "note": "Status-of-forces agreement ratified (treaty) and planned stationing of Ivorian soldiers in Ghana (troops)."},

    # ------------------------------------------------------------------ fr
    {"id": "fr-t1", "language": "fr",
     "title": "Une troupe lyonnaise triomphe dans le Off d'Avignon avec un Tartuffe télévisé",
     "body": "La troupe des Tréteaux du Rhône a fait salle comble tout le week-end dans le Off d'Avignon avec son adaptation survoltée du Tartuffe. Les neuf comédiens, qui enchaînent depuis trois ans les tournées dans les salles des fêtes de la région, transforment la pièce de Molière en huis clos de plateau télé. Le thème de l'emprise, traité ici sur le mode de la téléréalité, a visiblement séduit un public jeune. La compagnie vient de signer un contrat avec un diffuseur parisien pour une tournée nationale la saison prochaine.",
     "rules": [], "kind": N,
     "note": "Theatre 'troupe', participle 'traité' and a commercial contract: no rule."},
    {"id": "fr-t2", "language": "fr",
     "title": "Nouakchott et Rabat paraphent une convention de pêche pour cinq ans",
     "body": "La Mauritanie et le Maroc ont signé lundi à Nouakchott une convention bilatérale encadrant l'accès des chalutiers marocains aux eaux mauritaniennes pour les cinq prochaines années. Le texte fixe des quotas annuels pour le poulpe et les petits pélagiques, impose l'embarquement d'observateurs mauritaniens et prévoit une redevance versée au Trésor public. Les deux ministres des Pêches ont salué un « accord équilibré », qui doit encore être ratifié par l'Assemblée nationale mauritanienne. Les armateurs artisanaux de Nouadhibou redoutent toutefois une pression accrue sur les stocks.",
     "rules": [T], "kind": P,
     "note": "Fisheries convention between two states signed, pending ratification: treaty."},
    {"id": "fr-t3", "language": "fr",
     "title": "Le Bénin dépêche 1 200 militaires supplémentaires dans le Nord",
     "body": "Le gouvernement béninois a annoncé l'envoi de 1 200 militaires supplémentaires dans l'Alibori et l'Atacora, départements frontaliers du Burkina Faso et du Niger où se multiplient les incursions de groupes armés. Ces renforts, issus notamment du bataillon d'infanterie de Natitingou, viendront grossir les effectifs déjà engagés dans la zone. Selon le porte-parole du gouvernement, de nouvelles bases avancées seront construites d'ici la fin de l'année aux abords du parc W. Les élus locaux réclament aussi des moyens pour les populations déplacées.",
     "rules": [TR], "kind": P,
     "note": "A state's soldiers sent as reinforcements to its own border regions: troops."},
    {"id": "fr-t4", "language": "fr",
     "title": "Genève : près de 1 500 policiers mobilisés pour la conférence sur la santé",
     "body": "La police cantonale genevoise mobilisera près de 1 500 agents, épaulés par des forces de l'ordre venues de Vaud et du Valais, pour sécuriser la conférence internationale sur la santé qui s'ouvre lundi au Palais des Nations. Un périmètre de sécurité sera établi autour de la place des Nations et plusieurs lignes de tram seront déviées pendant quatre jours. L'armée ne sera pas sollicitée cette fois, a précisé la conseillère d'État chargée de la sécurité, qui invite les pendulaires à privilégier le télétravail.",
     "rules": [], "kind": N,
     "note": "Police 'forces de l'ordre' are not troops and the army explicitly is not used; a conference is not a treaty."},
    {"id": "fr-t5", "language": "fr",
     "title": "Bruxelles cède véhicules et drones aux forces armées togolaises",
     "body": "La Défense belge va céder à titre gracieux une quarantaine de véhicules tout-terrain et six mini-drones de reconnaissance aux Forces armées togolaises, a confirmé jeudi le cabinet de la ministre. Ce matériel, retiré du service au sein de la composante Terre, sera acheminé par bateau vers Lomé au printemps. Il s'inscrit dans le partenariat militaire que Bruxelles entretient avec plusieurs pays du golfe de Guinée confrontés à la menace jihadiste. Des mécaniciens togolais suivront par ailleurs une formation à la maintenance à Bourg-Léopold.",
     "rules": [MA], "kind": P,
     "note": "Free transfer of military equipment and training of foreign personnel in Belgium: military_assistance (trainees received at home, so no troops)."},
    {"id": "fr-t6", "language": "fr",
     "title": "John Cockerill décroche un contrat de tourelles en Indonésie",
     "body": "Le groupe liégeois John Cockerill a remporté un contrat d'environ 120 millions d'euros pour livrer des tourelles de 105 mm destinées aux chars légers de l'armée indonésienne, a annoncé l'entreprise mardi. Les premières livraisons sont prévues fin 2026 depuis le site de Loncin. L'accord, conclu avec le constructeur public indonésien PT Pindad, comprend aussi un transfert de savoir-faire et l'assemblage local d'une partie des systèmes. La direction y voit la confirmation de sa percée sur les marchés asiatiques.",
     "rules": [], "kind": N,
     "note": "Arms sold by a firm under a company-to-company deal: neither military assistance nor a treaty."},
    {"id": "fr-t7", "language": "fr",
     "title": "Dakar et Madrid signent un accord de coopération de défense",
     "body": "Le Sénégal et l'Espagne ont signé mardi à Madrid un accord de coopération en matière de défense qui prévoit la formation, chaque année, d'une trentaine d'officiers sénégalais dans les académies militaires espagnoles ainsi que la fourniture gratuite de pièces détachées pour les patrouilleurs de la Marine nationale sénégalaise. Le texte, paraphé par les deux ministres, remplace un arrangement de 2009 devenu caduc. Madrid y voit un levier pour freiner les départs de pirogues vers les Canaries, Dakar un moyen de moderniser sa flotte.",
     "rules": [T, MA], "kind": P,
     "note": "Interstate defence cooperation agreement signed (treaty) providing training and spare parts to Senegal (military_assistance)."},
    {"id": "fr-t8", "language": "fr",
     "title": "Ottawa déploie une cinquantaine de formateurs militaires en Jamaïque",
     "body": "Une cinquantaine de militaires canadiens, issus principalement du Royal 22e Régiment, seront déployés en Jamaïque à partir d'octobre pour entraîner des soldats de plusieurs pays des Caraïbes appelés à renforcer la mission multinationale en Haïti, a annoncé le ministère de la Défense nationale. Ottawa fournira également des gilets pare-balles, des véhicules et du matériel de transmission aux contingents formés. La ministre a précisé qu'aucun militaire canadien ne serait envoyé en Haïti même.",
     "rules": [TR, MA], "kind": P,
     "note": "Canadian soldiers deployed abroad as trainers (troops) and training plus equipment given to Caribbean forces (military_assistance)."},

    # ------------------------------------------------------------------ de
    {"id": "de-t1", "language": "de",
     "title": "Österreich und Slowenien einigen sich auf neuen Mur-Vertrag",
     "body": "Österreich und Slowenien haben am Donnerstag in Graz ein zwischenstaatliches Abkommen über die gemeinsame Bewirtschaftung der Mur unterzeichnet. Der Vertrag ersetzt eine Regelung aus den 1950er-Jahren und legt unter anderem fest, wie viel Wasser bei Niedrigwasser abgegeben werden muss und wie die Kraftwerksbetreiber beider Seiten Hochwasserwellen abstimmen. Eine gemischte Kommission soll künftig jährlich tagen. Das Abkommen muss noch vom Nationalrat und vom slowenischen Parlament genehmigt werden. Umweltverbände begrüßten vor allem die Vorgaben zur Durchgängigkeit für Fische.",
     "rules": [T], "kind": P,
     "note": "Interstate river agreement signed, pending parliamentary approval: treaty."},
    {"id": "de-t2", "language": "de",
     "title": "Akrobatentruppe aus Shenyang begeistert im Kulturpalast",
     "body": "Mit halsbrecherischen Sprüngen und einer Pyramide aus zwölf Menschen hat eine Akrobatentruppe aus Shenyang am Wochenende das Publikum im Dresdner Kulturpalast begeistert. Die 30-köpfige Truppe tourt noch bis Ende März durch Deutschland, Österreich und die Schweiz. Eine Artistin verletzte sich bei der Premiere leicht am Knöchel und wurde hinter der Bühne behandelt, stand aber am Sonntag wieder im Scheinwerferlicht. Der Veranstalter hat den Vertrag für eine Herbsttournee bereits verlängert.",
     "rules": [], "kind": N,
     "note": "Acrobat 'Truppe' and a commercial 'Vertrag': look-alikes for troops and treaty, no rule."},
    {"id": "de-t3", "language": "de",
     "title": "Marine schickt Minenjagdboot ins östliche Mittelmeer",
     "body": "Die Deutsche Marine entsendet das Minenjagdboot „Bad Rappenau“ für sechs Monate ins östliche Mittelmeer. Das Boot mit rund 40 Soldatinnen und Soldaten an Bord soll am Montag aus Kiel auslaufen und sich vor Kreta dem ständigen NATO-Minenabwehrverband anschließen. Schwerpunkt sind die Suche nach Altmunition und die Sicherung von Seewegen vor der griechischen und türkischen Küste. Ein Bundestagsmandat sei für den Einsatz im Rahmen der Bündnisroutine nicht erforderlich, teilte das Marinekommando in Rostock mit.",
     "rules": [TR], "kind": P,
     "note": "Warship with crew deployed abroad: troops. NATO is only named, not invoked."},
    {"id": "de-t4", "language": "de",
     "title": "Großer Zapfenstreich für scheidenden Heeresinspekteur",
     "body": "Mit einem Großen Zapfenstreich im Hof des Bendlerblocks ist der Inspekteur des Heeres am Dienstagabend in den Ruhestand verabschiedet worden. Rund 250 Soldatinnen und Soldaten des Wachbataillons und das Stabsmusikkorps marschierten mit Fackeln auf. In seiner Abschiedsrede mahnte der General, die Truppe brauche neben neuem Gerät vor allem mehr Personal und schnellere Beschaffung. Sein Nachfolger übernimmt das Kommando am 1. April.",
     "rules": [], "kind": N,
     "note": "Soldiers marching in a ceremony at home and a general remark about 'die Truppe': no deployment, no rule."},
    {"id": "de-t5", "language": "de",
     "title": "Berlin und Bukarest regeln Stationierung deutscher Soldaten am Schwarzen Meer",
     "body": "Deutschland und Rumänien haben ein Zusatzabkommen zum NATO-Truppenstatut unterzeichnet, das die Rechtsstellung deutscher Soldaten in Rumänien regelt. Auf dieser Grundlage sollen ab Herbst bis zu 300 Soldatinnen und Soldaten der Bundeswehr rotierend auf dem Stützpunkt Mihail Kogălniceanu bei Constanța stationiert werden, darunter Flugabwehrkräfte und Pioniere. Die Verteidigungsminister beider Länder unterzeichneten die Vereinbarung am Rande eines Treffens in Brüssel. Das rumänische Parlament muss noch zustimmen.",
     "rules": [T, TR], "kind": P,
     "note": "Supplementary status-of-forces agreement signed (treaty) and announced stationing of Bundeswehr soldiers in Romania (troops)."},
    {"id": "de-t6", "language": "de",
     "title": "Jordanien erhält weitere geschützte Fahrzeuge aus Deutschland",
     "body": "Die Bundesregierung hat den jordanischen Streitkräften im Rahmen ihrer Ertüchtigungsinitiative weitere 50 geschützte Transportfahrzeuge und mehrere Systeme zur Drohnenabwehr übergeben. Das Material im Wert von rund 35 Millionen Euro soll helfen, veraltete Fahrzeuge zu ersetzen. Bei der Übergabe in Amman sprach der deutsche Botschafter von einem „verlässlichen Partner in einer unruhigen Region“. Jordanien erhält seit mehreren Jahren Ausrüstungshilfe aus Berlin, unter anderem Nachtsichtgeräte und Grenzüberwachungstechnik.",
     "rules": [MA], "kind": P,
     "note": "Government hands military vehicles and counter-drone systems to another state's armed forces: military_assistance."},
    {"id": "de-t7", "language": "de",
     "title": "Moldauische Soldaten lernen in Ingolstadt das Räumen von Sprengfallen",
     "body": "Am Ausbildungszentrum der Pioniere in Ingolstadt hat ein weiterer Lehrgang für Angehörige der moldauischen Armee begonnen. Die 24 Soldaten werden sechs Wochen lang im Erkennen und Räumen von Sprengfallen geschult; die Kosten trägt das Auswärtige Amt. Zum Abschluss erhält die Republik Moldau zudem Detektoren und Schutzausrüstung aus Bundeswehrbeständen. Chișinău sieht in der Unterstützung einen wichtigen Beitrag, um die eigenen Streitkräfte an westliche Standards heranzuführen.",
     "rules": [MA], "kind": P,
     "note": "Foreign soldiers trained in Germany plus equipment donated: military_assistance only (trainees received at home, no deployment)."},
    {"id": "de-t8", "language": "de",
     "title": "Heckler & Koch erhält Großauftrag aus Norwegen",
     "body": "Der Waffenhersteller Heckler & Koch aus Oberndorf hat einen Auftrag über mehrere tausend Sturmgewehre für die norwegischen Streitkräfte erhalten. Der Vertrag mit der norwegischen Beschaffungsbehörde hat einen Wert von rund 90 Millionen Euro und läuft über fünf Jahre. Die Bundesregierung hatte die nötige Exportgenehmigung bereits im Winter erteilt. Das Unternehmen rechnet für das laufende Jahr mit einem Umsatzplus von rund zehn Prozent.",
     "rules": [], "kind": N,
     "note": "Arms sold by a company to a foreign state's procurement agency (commercial contract, export licence): not military assistance, not a treaty."},

    # ------------------------------------------------------------------ es
    {"id": "es-t1", "language": "es",
     "title": "Guatemala despliega 1.500 militares en la frontera con México",
     "body": "El Ministerio de la Defensa Nacional de Guatemala ordenó el despliegue de 1.500 efectivos del Ejército en los departamentos de Huehuetenango y San Marcos, fronterizos con México, tras una serie de enfrentamientos entre grupos criminales que provocaron la huida de familias hacia territorio guatemalteco. Los soldados instalarán puestos de control en pasos no habilitados y apoyarán a la Policía Nacional Civil. El presidente decretó además un estado de prevención de quince días en seis municipios.",
     "rules": [TR], "kind": P,
     "note": "Army personnel deployed to the country's own border: troops."},
    {"id": "es-t2", "language": "es",
     "title": "Ecuador y Perú formalizan con un canje de notas el acuerdo pesquero del golfo de Guayaquil",
     "body": "Los gobiernos de Ecuador y Perú formalizaron este miércoles, mediante un canje de notas diplomáticas, el entendimiento que regula la pesca artesanal en las aguas compartidas del golfo de Guayaquil. El mecanismo permite a las embarcaciones de ambos países faenar en una franja de diez millas a cada lado del límite marítimo, siempre que porten un registro binacional. Las cancillerías destacaron que pone fin a años de incautaciones de lanchas y redes. Los gremios pesqueros de Tumbes y El Oro pidieron agilizar la entrega de los carnés.",
     "rules": [T], "kind": P,
     "note": "Exchange of notes between two states formalising a fisheries arrangement: treaty."},
    {"id": "es-t3", "language": "es",
     "title": "Olmedo sale en defensa de su tropa tras caer ante el Eibar",
     "body": "El técnico del Real Zaragoza, Andrés Olmedo, salió en defensa de su tropa tras la derrota por 0-2 ante el Eibar: «Esta plantilla se ha vaciado y no voy a señalar a nadie». El asunto del arbitraje, tratado con cautela por el entrenador en la sala de prensa, centró sin embargo las quejas de la afición por un penalti no señalado. El club confirmó además que el central Iker Salas ha renovado su contrato hasta 2027. El conjunto aragonés cae a la decimocuarta posición.",
     "rules": [], "kind": N,
     "note": "Figurative 'tropa' for a football squad, participle 'tratado' and a player contract: no rule."},
    {"id": "es-t4", "language": "es",
     "title": "Corea del Sur cederá una corbeta a la Marina de Guerra del Perú",
     "body": "El Gobierno surcoreano entregará a la Marina de Guerra del Perú una corbeta de la clase Pohang dada de baja el año pasado, en el marco de su programa de transferencia gratuita de material de defensa excedente. El buque, de unas 1.200 toneladas, llegará al Callao a fines de año, tras un periodo de adiestramiento de su futura dotación peruana en la base naval de Jinhae. Lima asumirá únicamente los costes de traslado y puesta a punto.",
     "rules": [MA], "kind": P,
     "note": "Free transfer of a warship and training of the Peruvian crew in Korea: military_assistance."},
    {"id": "es-t5", "language": "es",
     "title": "Hallan en Salamanca un tratado de astronomía del siglo XV que se daba por perdido",
     "body": "Investigadores de la Universidad de Salamanca identificaron en un archivo parroquial de la provincia un tratado de astronomía manuscrito del siglo XV que se daba por perdido desde la Guerra de la Independencia. El volumen, de 112 folios, incluye tablas para calcular eclipses y anotaciones de un catedrático de la época. Su restauración se financiará gracias a un convenio entre la universidad y una fundación privada, y la obra podrá verse en una exposición el próximo otoño.",
     "rules": [], "kind": N,
     "note": "'Tratado' as a scholarly treatise and a university–foundation agreement: not a treaty."},
    {"id": "es-t6", "language": "es",
     "title": "Panamá y Colombia firman un acuerdo de seguridad fronteriza para el Darién",
     "body": "Los cancilleres de Panamá y Colombia firmaron en Ciudad de Panamá un acuerdo binacional de seguridad fronteriza para el Darién, que establece patrullajes coordinados, intercambio de inteligencia y un mecanismo de consulta permanente. Como parte del compromiso, Bogotá anunció que desplegará un batallón adicional del Ejército, unos 800 soldados, en el lado colombiano de la selva, mientras que Panamá reforzará su Servicio Nacional de Fronteras con nuevas lanchas.",
     "rules": [T, TR], "kind": P,
     "note": "Bilateral security agreement signed (treaty) and Colombian army battalion deployed to its border (troops)."},
    {"id": "es-t7", "language": "es",
     "title": "Interior desplegará 2.000 policías para la final de Copa en Sevilla",
     "body": "El Ministerio del Interior desplegará cerca de 2.000 agentes de la Policía Nacional, apoyados por unidades de intervención policial llegadas de otras comunidades, para la final de la Copa del Rey que se disputa el sábado en Sevilla. Las fuerzas de seguridad establecerán tres anillos de control alrededor del estadio de La Cartuja y vigilarán el trayecto de las aficiones desde el centro de la ciudad. Se prohibirá la venta de alcohol en un radio de un kilómetro del recinto.",
     "rules": [], "kind": N,
     "note": "Police 'fuerzas de seguridad' deployed for a match are not military troops: no rule."},
    {"id": "es-t8", "language": "es",
     "title": "Infantes de marina brasileños entrenarán a la Armada Paraguaya",
     "body": "Una misión de 40 infantes de marina brasileños llegará la próxima semana a Asunción para capacitar a efectivos de la Armada Paraguaya en patrullaje fluvial y operaciones nocturnas, informó el Ministerio de Defensa Nacional. Los instructores permanecerán tres meses en la base de Bahía Negra, sobre el río Paraguay. Brasilia donará además seis lanchas rápidas y equipos de visión nocturna, que se entregarán al término del curso.",
     "rules": [TR, MA], "kind": P,
     "note": "Brazilian marines sent abroad as instructors (troops) plus training and donated boats (military_assistance)."},

    # ------------------------------------------------------------------ it
    {"id": "it-t1", "language": "it",
     "title": "Roma e Zagabria firmano l'intesa sulla pesca nell'Alto Adriatico",
     "body": "Italia e Croazia hanno firmato ieri a Zagabria un accordo bilaterale che regola la pesca nelle acque a cavallo della linea di delimitazione dell'Adriatico settentrionale. L'intesa, sottoscritta dai due ministri competenti, prevede zone di tutela per il nasello e lo scampo, controlli congiunti delle rispettive guardie costiere e una commissione mista che si riunirà due volte l'anno. Soddisfatti i pescatori di Chioggia, che da anni lamentavano sequestri di reti. Il testo dovrà ora essere ratificato dai due Parlamenti.",
     "rules": [T], "kind": P,
     "note": "Bilateral fisheries agreement between two states signed, to be ratified: treaty."},
    {"id": "it-t2", "language": "it",
     "title": "Ternana, Felici carica la truppa alla vigilia del derby",
     "body": "Alla vigilia del derby con il Perugia, l'allenatore della Ternana Marco Felici ha chiamato a raccolta la sua truppa: «Servirà una partita di sacrificio, dal primo all'ultimo minuto». In settimana il club ha prolungato fino al 2027 il contratto del capitano, che domani dovrebbe tornare titolare dopo l'infortunio. Restano in dubbio due difensori, trattati con terapie specifiche negli ultimi giorni. Al Liberati sono attesi oltre diecimila spettatori.",
     "rules": [], "kind": N,
     "note": "Figurative 'truppa' (football squad), player contract and participle 'trattati': no rule."},
    {"id": "it-t3", "language": "it",
     "title": "La fregata Fasan salpa per il Golfo di Guinea",
     "body": "La fregata Virginio Fasan della Marina Militare lascerà lunedì la base della Spezia per un dispiegamento di quattro mesi nel Golfo di Guinea, nell'ambito del dispositivo nazionale di contrasto alla pirateria. A bordo circa 200 militari, un elicottero SH-90 e un nucleo di fucilieri del reggimento San Marco. Negli ultimi mesi si sono moltiplicati gli assalti a mercantili al largo della Nigeria e del Camerun, alcuni battenti bandiera italiana. La nave farà scalo ad Abidjan e a Lomé.",
     "rules": [TR], "kind": P,
     "note": "Warship with embarked military personnel deployed abroad: troops."},
    {"id": "it-t4", "language": "it",
     "title": "Parata del 2 giugno, in 4.000 sfilano ai Fori Imperiali",
     "body": "Oltre 4.000 militari, insieme a rappresentanze di polizia, vigili del fuoco e Croce Rossa, hanno sfilato stamattina lungo via dei Fori Imperiali per la parata della Festa della Repubblica, chiusa dal passaggio delle Frecce Tricolori. Il capo dello Stato ha deposto una corona d'alloro all'Altare della Patria. Il tema scelto quest'anno, l'impegno delle forze armate nelle emergenze ambientali, è stato trattato anche in una mostra allestita al Vittoriano.",
     "rules": [], "kind": N,
     "note": "Soldiers marching in a national parade at home and participle 'trattato': no rule."},
    {"id": "it-t5", "language": "it",
     "title": "Addestratori italiani in partenza per la Mauritania",
     "body": "Un contingente di circa 60 militari dell'Esercito partirà a settembre per Nouakchott, dove per un anno addestrerà reparti delle forze armate mauritane nel controllo del territorio, nel soccorso sanitario in combattimento e nella manutenzione dei mezzi. Lo ha annunciato il ministero della Difesa dopo il via libera delle commissioni parlamentari. Oltre agli istruttori, l'Italia fornirà visori notturni, droni leggeri e parti di ricambio per i blindati in dotazione all'esercito locale.",
     "rules": [TR, MA], "kind": P,
     "note": "Italian soldiers sent abroad as trainers (troops) with training and equipment for Mauritania (military_assistance)."},
    {"id": "it-t6", "language": "it",
     "title": "Leonardo, commessa da 400 milioni per gli elicotteri dell'Aeronautica",
     "body": "Leonardo e la Direzione degli armamenti aeronautici hanno firmato un contratto da circa 400 milioni di euro per la fornitura all'Aeronautica Militare di dodici elicotteri da addestramento AW169, che sostituiranno la flotta in servizio presso il 72° Stormo di Frosinone. Le consegne inizieranno nel 2026. L'amministratore delegato ha parlato di «una commessa strategica per lo stabilimento di Vergiate», dove lavorano oltre 1.500 persone.",
     "rules": [], "kind": N,
     "note": "A state's own procurement contract with a domestic firm: not military assistance, not a treaty."},
    {"id": "it-t7", "language": "it",
     "title": "Beirut riceve 20 Lince dall'Italia",
     "body": "L'Italia ha consegnato alle Forze armate libanesi 20 veicoli tattici Lince e un lotto di apparati radio, nell'ambito di un programma di cooperazione finanziato dal ministero della Difesa. La cerimonia si è svolta nella caserma di Rayak, nella valle della Bekaa, alla presenza dell'ambasciatrice italiana. I mezzi sostituiranno veicoli ormai obsoleti. Roma sostiene da anni l'esercito di Beirut, considerato un pilastro della stabilità del Paese.",
     "rules": [MA], "kind": P,
     "note": "State donation of military vehicles and radios to Lebanon's army: military_assistance."},
    {"id": "it-t8", "language": "it",
     "title": "Lago Maggiore, Roma invoca la convenzione con la Svizzera",
     "body": "Il governo italiano ha formalmente invocato la convenzione italo-svizzera sulla regolazione del Lago Maggiore, chiedendo a Berna la convocazione urgente della commissione mista prevista dall'accordo. Al centro della disputa c'è il livello estivo del lago: i comuni rivieraschi ticinesi temono allagamenti, mentre gli agricoltori lombardi e piemontesi chiedono più acqua per le risaie. La Farnesina auspica un'intesa prima di giugno; a Berna confermano di aver ricevuto la nota.",
     "rules": [T], "kind": P,
     "note": "An existing interstate convention is formally invoked: treaty."},

    # ------------------------------------------------------------------ pt
    {"id": "pt-t1", "language": "pt",
     "title": "Brasil e Paraguai retomam negociação do Anexo C de Itaipu",
     "body": "Brasil e Paraguai retomaram nesta segunda-feira, em Assunção, as negociações para a revisão do Anexo C do Tratado de Itaipu, que define as bases financeiras da venda de energia da usina binacional. As delegações discutem sobretudo a tarifa a partir de 2027 e o direito de o Paraguai vender o seu excedente no mercado livre brasileiro. O Itamaraty espera fechar um entendimento até o fim do semestre, mas fontes paraguaias falam em divergências profundas. A próxima rodada está marcada para Brasília.",
     "rules": [T], "kind": P,
     "note": "Renegotiation of an annex of a bilateral treaty between states: treaty."},
    {"id": "pt-t2", "language": "pt",
     "title": "Paraquedistas portugueses partem para a República Centro-Africana",
     "body": "Uma força de 180 militares do Exército, composta sobretudo por paraquedistas, parte esta semana para a República Centro-Africana, onde vai integrar a missão das Nações Unidas como força de reação rápida. A Força Nacional Destacada ficará sediada em Bangui durante seis meses e substitui o contingente de comandos que regressa a Portugal em maio. O ministro da Defesa Nacional despediu-se dos militares numa cerimónia no Regimento de Infantaria n.º 15, em Tomar.",
     "rules": [TR], "kind": P,
     "note": "National military contingent deployed abroad on a UN mission: troops."},
    {"id": "pt-t3", "language": "pt",
     "title": "Trupe do Trapézio Azul regressa ao Coliseu do Porto",
     "body": "A trupe de acrobatas e palhaços da companhia Trapézio Azul regressa ao Coliseu do Porto no Natal com um espetáculo inspirado nas viagens de Fernão de Magalhães. São 25 artistas de sete nacionalidades, que durante três semanas vão partilhar o palco com uma orquestra ao vivo. O tema das descobertas, tratado com humor e muita música, promete agradar a miúdos e graúdos. Os bilhetes custam entre 12 e 35 euros.",
     "rules": [], "kind": N,
     "note": "Circus 'trupe' and participle 'tratado': no rule."},
    {"id": "pt-t4", "language": "pt",
     "title": "Portugal entrega lancha e viaturas às Forças Armadas de Cabo Verde",
     "body": "Portugal entregou às Forças Armadas de Cabo Verde uma lancha de fiscalização costeira, seis viaturas todo-o-terreno e equipamento de comunicações, no âmbito da cooperação técnico-militar entre os dois países. A cerimónia decorreu no porto da Praia, com a presença dos dois ministros da Defesa. O material, avaliado em 3,5 milhões de euros, vai reforçar a vigilância da zona económica exclusiva do arquipélago, alvo frequente de pesca ilegal.",
     "rules": [MA], "kind": P,
     "note": "State hands military equipment to another state's armed forces: military_assistance."},
    {"id": "pt-t5", "language": "pt",
     "title": "Tropa de Choque dispersa torcedores após clássico no Morumbi",
     "body": "A Tropa de Choque da Polícia Militar de São Paulo foi acionada na noite de domingo para dispersar torcedores que entraram em confronto nas imediações do Morumbi após o clássico. Segundo a Secretaria da Segurança Pública, 14 pessoas foram detidas e três policiais ficaram feridos. Os feridos foram tratados no Hospital Universitário e liberados durante a madrugada. A Federação Paulista de Futebol estuda punir os dois clubes com jogos de portões fechados.",
     "rules": [], "kind": N,
     "note": "'Tropa de Choque' is a state police riot unit, not military troops; 'tratados' is a participle: no rule."},
    {"id": "pt-t6", "language": "pt",
     "title": "Brasil e Angola assinam acordo para formar militares angolanos",
     "body": "Os governos do Brasil e de Angola assinaram em Luanda um acordo de cooperação em matéria de defesa que prevê a formação de cadetes e oficiais angolanos em escolas militares brasileiras, como a Academia Militar das Agulhas Negras e a Escola Naval. O texto, que ainda terá de ser aprovado pelo Congresso Nacional, também abre caminho para a cessão de embarcações de patrulha fluvial desativadas pela Marinha brasileira. No ano passado, 42 militares angolanos frequentaram cursos no Brasil.",
     "rules": [T, MA], "kind": P,
     "note": "Interstate defence agreement signed (treaty) providing training in Brazil and transfer of vessels (military_assistance); trainees received at home, so no troops."},
    {"id": "pt-t7", "language": "pt",
     "title": "Exército envia mais 400 militares para a fronteira em Roraima",
     "body": "O Ministério da Defesa autorizou o envio de mais 400 militares do Exército para Roraima, reforçando a presença das Forças Armadas na fronteira com a Venezuela e a Guiana. Os soldados, da 1ª Brigada de Infantaria de Selva, vão intensificar o patrulhamento nos municípios de Pacaraima e Bonfim e apoiar o controle de estradas vicinais usadas pelo garimpo ilegal. Segundo o comando militar, a operação tem duração inicial de 120 dias.",
     "rules": [TR], "kind": P,
     "note": "Army soldiers sent to the country's own border: troops."},
    {"id": "pt-t8", "language": "pt",
     "title": "Embraer fecha venda de quatro C-390 ao Uzbequistão",
     "body": "A Embraer assinou contrato com a Força Aérea do Uzbequistão para o fornecimento de quatro aviões de transporte multimissão C-390 Millennium, informou a fabricante nesta terça-feira. O valor não foi divulgado, mas analistas estimam o negócio em mais de 500 milhões de dólares. O pacote inclui o treinamento de pilotos e mecânicos uzbeques na unidade de Gavião Peixoto, no interior paulista, e suporte logístico por dez anos. As entregas começam em 2027.",
     "rules": [], "kind": N,
     "note": "Commercial aircraft sale and company-provided training to a foreign air force: not military assistance, not a treaty."},

    # ------------------------------------------------------------------ pl
    {"id": "pl-t1", "language": "pl",
     "title": "Polska i Słowacja podpisały umowę o nowych mostach granicznych",
     "body": "Polska i Słowacja podpisały w Preszowie umowę międzyrządową o budowie i utrzymaniu trzech nowych mostów granicznych na Popradzie i Dunajcu. Dokument określa podział kosztów, zasady odbioru technicznego oraz przebieg granicy państwowej na nowych obiektach. Umowa wymaga jeszcze ratyfikacji przez Sejm i słowacką Radę Narodową. Samorządowcy z Podhala liczą, że pierwsza przeprawa, w rejonie Niedzicy, zostanie oddana do użytku w 2027 roku.",
     "rules": [T], "kind": P,
     "note": "Intergovernmental border-bridge agreement signed, awaiting ratification: treaty."},
    {"id": "pl-t2", "language": "pl",
     "title": "Nowy przekład Traktatu o naturze ludzkiej Hume'a",
     "body": "Nakładem jednego z warszawskich wydawnictw naukowych ukazał się nowy, opatrzony obszernym komentarzem przekład „Traktatu o naturze ludzkiej” Davida Hume’a. Tłumaczenie przygotował zespół filozofów z Uniwersytetu Warszawskiego, który pracował nad nim przez sześć lat. Liczący blisko 900 stron tom zawiera również wybór listów szkockiego myśliciela. Premierze towarzyszyła debata w Pałacu Kazimierzowskim z udziałem tłumaczy i studentów.",
     "rules": [], "kind": N,
     "note": "'Traktat' here is a philosophical treatise, not an interstate treaty: no rule."},
    {"id": "pl-t3", "language": "pl",
     "title": "Kolejna zmiana PKW Liban wyleciała z Krzesin",
     "body": "Kolejna zmiana Polskiego Kontyngentu Wojskowego w Libanie wyleciała w poniedziałek z lotniska w Poznaniu-Krzesinach. Blisko 250 żołnierzy, głównie z 12. Brygady Zmechanizowanej ze Szczecina, przez pół roku będzie pełnić służbę w ramach misji ONZ UNIFIL na południu Libanu, w pobliżu granicy z Izraelem. Żołnierze zastąpią poprzednią rotację, która wróci do kraju na początku maja.",
     "rules": [TR], "kind": P,
     "note": "Military contingent deployed abroad on a UN mission: troops."},
    {"id": "pl-t4", "language": "pl",
     "title": "MON przekazało armii Mołdawii kamizelki i noktowizory",
     "body": "Ministerstwo Obrony Narodowej przekazało armii Mołdawii partię sprzętu wojskowego, w tym hełmy, kamizelki kuloodporne, gogle noktowizyjne i radiostacje. Dostawa o wartości około 20 mln zł została sfinansowana z rezerwy przeznaczonej na wsparcie państw partnerskich. – To kolejny krok w naszej współpracy obronnej z Kiszyniowem – powiedział wiceminister obrony. Sprzęt trafi przede wszystkim do jednostek piechoty zmotoryzowanej.",
     "rules": [MA], "kind": P,
     "note": "Defence ministry donates military equipment to another state's army: military_assistance."},
    {"id": "pl-t5", "language": "pl",
     "title": "Ponad tysiąc policjantów zabezpieczało derby Krakowa",
     "body": "Ponad 1200 funkcjonariuszy z oddziałów prewencji policji z kilku województw zabezpieczało sobotnie derby Krakowa między Wisłą a Cracovią. Siły policyjne rozdzielały grupy kibiców na Błoniach i eskortowały kibiców gości z dworca. Zatrzymano 23 osoby, głównie za posiadanie środków pirotechnicznych i naruszenie nietykalności funkcjonariuszy. Dwóch policjantów trafiło do szpitala z niegroźnymi obrażeniami.",
     "rules": [], "kind": N,
     "note": "Police units ('siły policyjne', 'oddziały prewencji') are not military troops: no rule."},
    {"id": "pl-t6", "language": "pl",
     "title": "Szwedzcy żołnierze przyjadą do Orzysza. Jest porozumienie",
     "body": "Polska i Szwecja podpisały w Sztokholmie porozumienie o współpracy obronnej, które otwiera drogę do rotacyjnej obecności szwedzkich żołnierzy na poligonie w Orzyszu. Już jesienią ma tam przybyć kompania zmechanizowana licząca około 150 wojskowych, wraz z bojowymi wozami piechoty CV90. Dokument przewiduje także wymianę informacji wywiadowczych i wspólne planowanie na Bałtyku. Szwedzki minister obrony nazwał go „naturalnym krokiem” po wejściu kraju do NATO.",
     "rules": [T, TR], "kind": P,
     "note": "Interstate defence agreement signed (treaty) enabling stationing of Swedish soldiers in Poland (troops)."},
    {"id": "pl-t7", "language": "pl",
     "title": "Huta Stalowa Wola i Patria podpisały umowę o współpracy",
     "body": "Huta Stalowa Wola i fiński koncern Patria podpisały umowę o współpracy przy produkcji podwozi dla samobieżnych moździerzy, które mają trafić na rynki eksportowe. Porozumienie, zawarte podczas targów w Kielcach, przewiduje uruchomienie wspólnej linii montażowej w Stalowej Woli do 2026 roku. Prezes HSW podkreślił, że kontrakt zapewni zatrudnienie dla kolejnych 300 osób. Wartość umowy nie została ujawniona.",
     "rules": [], "kind": N,
     "note": "Agreement between two companies on arms production: not a treaty, not military assistance."},
    {"id": "pl-t8", "language": "pl",
     "title": "Mongolscy oficerowie na kursie we Wrocławiu",
     "body": "Trzydziestu oficerów armii Mongolii rozpoczęło w Akademii Wojsk Lądowych we Wrocławiu półroczny kurs dowódców kompanii, w całości finansowany przez polskie MON. To część programu wsparcia sił zbrojnych państw partnerskich, w ramach którego Warszawa przekazała już Ułan Bator symulatory strzeleckie i sprzęt łączności. Po powrocie do kraju absolwenci mają prowadzić szkolenia w swoich macierzystych jednostkach.",
     "rules": [MA], "kind": P,
     "note": "Foreign officers trained in Poland at Polish expense plus donated equipment: military_assistance only (trainees received at home)."},

    # ------------------------------------------------------------------ nl
    {"id": "nl-t1", "language": "nl",
     "title": "Nederland en België tekenen nieuw verdrag over de Grensmaas",
     "body": "Nederland en België hebben in Maastricht een nieuw verdrag ondertekend over de verdeling van het Maaswater bij droogte. Het verdrag vervangt afspraken uit 1995 en legt vast hoeveel water beide landen bij lage rivierstanden mogen onttrekken voor scheepvaart, drinkwater en landbouw. Een gezamenlijke commissie krijgt de bevoegdheid om bij extreme droogte noodmaatregelen te nemen. De Tweede Kamer en het federale parlement in Brussel moeten het verdrag nog goedkeuren.",
     "rules": [T], "kind": P,
     "note": "Bilateral river treaty between two states signed, pending approval: treaty."},
    {"id": "nl-t2", "language": "nl",
     "title": "Scheveningers klagen over troep na vuurwerkfestival",
     "body": "Bewoners van Scheveningen zijn boos over de troep die na het internationale vuurwerkfestival op het strand en de boulevard is achtergebleven. Zondagochtend lagen er nog flessen, plastic bekers en resten van vuurwerk tussen de strandopgangen. De gemeente zegt dat de schoonmaakploegen door de harde wind later konden beginnen. Volgens de organisatie werden tijdens het festival twaalf bezoekers door de EHBO behandeld, onder wie een kind met een brandwond.",
     "rules": [], "kind": N,
     "note": "Dutch 'troep' means junk/litter; 'behandeld' means treated medically: no rule."},
    {"id": "nl-t3", "language": "nl",
     "title": "Zr.Ms. Tromp vertrekt naar de Middellandse Zee",
     "body": "Het luchtverdedigings- en commandofregat Zr.Ms. Tromp vertrekt volgende week uit Den Helder voor een inzet van vier maanden bij een permanente NAVO-vlootgroep in de Middellandse Zee. Aan boord zijn ruim 200 militairen, onder wie een boordhelikopterdetachement. Het schip zal vooral patrouilleren in het oostelijk deel van de Middellandse Zee en havenbezoeken afleggen in Griekenland en Cyprus, meldt Defensie.",
     "rules": [TR], "kind": P,
     "note": "Warship with crew deployed abroad: troops."},
    {"id": "nl-t4", "language": "nl",
     "title": "Defensie schenkt Fennek-voertuigen aan Estland",
     "body": "Defensie draagt achttien Fennek-verkenningsvoertuigen over aan de Estse krijgsmacht, heeft de staatssecretaris gemeld aan de Tweede Kamer. De voertuigen worden kosteloos geschonken, inclusief reservedelen en een opleidingspakket voor Estse monteurs, die daarvoor enkele weken in 't Harde worden getraind. Tallinn wil er de verkenningscapaciteit van zijn infanteriebrigade mee versterken. Nederland heeft de Fennek na ruim twintig jaar uit dienst genomen.",
     "rules": [MA], "kind": P,
     "note": "Free transfer of military vehicles and training of foreign mechanics in the Netherlands: military_assistance only."},
    {"id": "nl-t5", "language": "nl",
     "title": "Duizenden veteranen marcheren door Den Haag",
     "body": "Ruim 4.000 veteranen en militairen marcheerden zaterdag door het centrum van Den Haag tijdens het defilé van de Nederlandse Veteranendag. De koning nam het defilé af bij de Stadhouderspoort, terwijl boven de stad een formatie F-35's en historische vliegtuigen overvloog. Tienduizenden toeschouwers stonden langs de route. Op het Malieveld konden bezoekers daarna kennismaken met voertuigen en materieel van de krijgsmacht.",
     "rules": [], "kind": N,
     "note": "Soldiers and veterans marching in a parade at home: not a troop deployment, no rule."},
    {"id": "nl-t6", "language": "nl",
     "title": "Nederlandse militairen gaan Ivoriaanse grenstroepen trainen",
     "body": "Het kabinet stuurt dit najaar veertig militairen naar Ivoorkust om Ivoriaanse eenheden te trainen in het beveiligen van grensposten in het noorden van het land. Het gaat vooral om mariniers en specialisten van het Korps Commandotroepen, die vanuit een kazerne bij Korhogo gaan werken. Nederland levert daarnaast drones, nachtzichtapparatuur en verbindingsmiddelen. De missie duurt in eerste instantie een jaar, schrijven de ministers van Defensie en Buitenlandse Zaken in een Kamerbrief.",
     "rules": [TR, MA], "kind": P,
     "note": "Dutch trainers sent abroad (troops) and training plus equipment for Côte d'Ivoire's army (military_assistance)."},
    {"id": "nl-t7", "language": "nl",
     "title": "Damen bouwt patrouilleschepen voor Mexicaanse marine",
     "body": "Scheepsbouwer Damen uit Gorinchem heeft een contract getekend met de Mexicaanse marine voor de bouw van vier oceaangaande patrouilleschepen. De schepen worden deels gebouwd op een werf in Veracruz, waarmee Damen een samenwerkingsovereenkomst heeft gesloten. Het contract omvat ook de opleiding van de bemanningen door Damen-personeel. Over de waarde doet het bedrijf geen mededelingen; in de sector wordt gesproken over enkele honderden miljoenen euro.",
     "rules": [], "kind": N,
     "note": "Commercial shipbuilding contract and company cooperation agreement: not military assistance, not a treaty."},
    {"id": "nl-t8", "language": "nl",
     "title": "Den Haag en Berlijn sluiten overeenkomst over militaire logistiek",
     "body": "De Nederlandse en Duitse ministers van Defensie hebben in Münster een overeenkomst ondertekend over het delen van brandstof, munitieopslag en transportcapaciteit tussen beide krijgsmachten. Volgens Den Haag wordt het daardoor eenvoudiger om materieel snel over de grens te verplaatsen zonder per transport nieuwe vergunningen aan te vragen. De overeenkomst moet nog door beide parlementen worden goedgekeurd en treedt op zijn vroegst volgend jaar in werking.",
     "rules": [T], "kind": P,
     "note": "Intergovernmental logistics-sharing agreement signed: treaty."},
]


def check(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    keys = {"id", "language", "title", "body", "rules", "kind", "note"}
    for r in records:
        assert set(r) == keys, (r["id"], set(r) ^ keys)
        for k in ("id", "language", "title", "body", "note"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-t"), r["id"]
        assert isinstance(r["rules"], list), r["id"]
        assert len(r["rules"]) == len(set(r["rules"])), ("dup rule", r["id"])
        assert set(r["rules"]) <= RULES, ("bad rule", r["id"])
        assert r["kind"] in (P, N), r["id"]
        assert (r["kind"] == P) == bool(r["rules"]), ("kind mismatch", r["id"])
        assert '"' not in r["title"], ("double quote in title", r["id"])
        n = len(r["body"])
        if r["language"] in ("zh", "ja"):
            assert 120 <= n <= 400, (r["id"], n)
        else:
            assert 250 <= n <= 800, (r["id"], n)
    for lang in LANGS:
        recs = [r for r in records if r["language"] == lang]
        assert sorted(r["id"] for r in recs) == sorted(
            "%s-t%d" % (lang, i) for i in range(1, 9)), lang
        pos = [r for r in recs if r["kind"] == P]
        neg = [r for r in recs if r["kind"] == N]
        assert len(pos) == 5 and len(neg) == 3, (lang, len(pos), len(neg))
        for rule in RULES:
            assert any(rule in r["rules"] for r in pos), (lang, rule)
    assert len(records) == 8 * len(LANGS)


def main():
    check(ARTICLES)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ARTICLES:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check the written file
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    check(back)
    counts = {rule: sum(rule in r["rules"] for r in back) for rule in sorted(RULES)}
    print("wrote %d records to %s" % (len(back), OUT))
    print("positives per rule:", counts)
    print("positives:", sum(r["kind"] == P for r in back),
          "near-misses:", sum(r["kind"] == N for r in back))


if __name__ == "__main__":
    main()
