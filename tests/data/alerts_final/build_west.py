#!/usr/bin/env python3
"""Build west.jsonl: hand-labelled, fictional news articles (en fr de es it pt pl nl).

Standard library only. Each language holds 8 articles: 5 positives and 3
near-misses. Labels: treaty, troops, military_assistance. Run this script to
(re)write west.jsonl next to it; a self-check asserts before writing.
"""
import json
import os
from collections import Counter, defaultdict

LANGS = ["en", "fr", "de", "es", "it", "pt", "pl", "nl"]
RULES = {"treaty", "troops", "military_assistance"}

T, X, M = "treaty", "troops", "military_assistance"

# (id, title, body, rules, note)
ARTICLES = [
    # ------------------------------------------------------------------ en
    ("en-f1",
     "Canada, Denmark ratify North Water polynya accord",
     "OTTAWA — Canada and Denmark on Tuesday exchanged instruments of ratification for an agreement on the joint stewardship of the North Water polynya, the stretch of open Arctic sea between Ellesmere Island and northwest Greenland. The accord, negotiated over four years with Inuit organisations from both sides at the table, sets common rules for research permits, shipping lanes and the protection of narwhal and walrus habitat. Greenland’s foreign affairs minister, Nivi Lyberth, called it “a text written with the people who actually hunt here.” The agreement enters into force in thirty days.",
     [T],
     "Interstate accord ratified (Canada-Denmark), Arctic. No military content."),
    ("en-f2",
     "Kenya rushes paratroopers, infantry to Somali border after raids",
     "NAIROBI — Kenya has moved an infantry battalion and two companies of paratroopers into Mandera and Garissa counties following a string of cross-border raids blamed on al-Shabaab, the Ministry of Defence said on Sunday. Around 900 Kenya Defence Forces personnel were airlifted to Wajir overnight and will be stationed along the frontier “for as long as the threat persists,” spokesman Col. Daniel Muthoka told reporters. Residents of Elwak said armoured convoys had been rumbling through the town since Friday, and several schools near the border have been closed as a precaution.",
     [X],
     "National army units deployed and stationed at a border (battalion, paratroopers, personnel)."),
    ("en-f3",
     "Fiji navy takes delivery of two Australian patrol boats under defence treaty",
     "SUVA — Australia on Friday handed two Guardian-class patrol boats to the Republic of Fiji Navy, the first transfer under a bilateral defence cooperation treaty ratified by both parliaments in February. The vessels, built at Henderson in Western Australia, come with three years of maintenance support and spare parts; their Fijian crews completed training in Australia last month. Canberra has also pledged a coastal surveillance radar for Vanua Levu. “These boats will be chasing illegal trawlers within weeks,” Commodore Josaia Vakacegu said at the handover ceremony in Walu Bay.",
     [T, M],
     "Patrol boats handed over, crews trained and radar pledged by one state to another's navy; done under a ratified bilateral defence treaty."),
    ("en-f4",
     "UK to station 300 more troops in Estonia, fund drones for Tallinn",
     "LONDON — Britain will post an additional 300 soldiers to Estonia from the autumn, lifting its presence at the Tapa base to nearly 1,200, Defence Secretary Helen Marsh told MPs on Wednesday. The reinforcements, drawn from a light infantry battalion, will rotate every six months. London is also bankrolling a £40 million package of reconnaissance drones and counter-drone systems for the Estonian Defence Forces, with the first deliveries expected before Christmas. Estonian officials said the move sent “an unmistakable signal” along NATO’s northern flank.",
     [X, M],
     "Planned stationing of reinforcements abroad (troops) plus a state-funded drone package for another state's armed forces (military assistance). No treaty named."),
    ("en-f5",
     "Central African Republic suspends defence treaty with Rwanda, orders soldiers out",
     "BANGUI — The Central African Republic has suspended its bilateral defence treaty with Rwanda and asked Kigali to withdraw the roughly 1,000 soldiers it keeps in the country outside the UN mission, according to a decree read on state radio on Thursday. The decree cites “repeated breaches” of the 2020 accord’s consultation clauses. Rwandan forces guarding the Bangui–Douala corridor are to leave within 90 days; Rwandan peacekeepers serving under the UN flag are not affected. Kigali said it had “taken note” and would respond through diplomatic channels.",
     [T, X],
     "Interstate defence treaty suspended; foreign soldiers ordered to withdraw."),
    ("en-f6",
     "Dakar dance troupe wins Edinburgh residency after sell-out run",
     "EDINBURGH — Audiences at the Festival Theatre were treated on Saturday to the UK premiere of “Thiaroye”, a piece by Dakar’s Compagnie Sabar Ndiaye that revisits the 1944 killing of West African colonial riflemen through sabar drumming and contemporary dance. The 14-strong troupe, in khaki costumes and bare feet, drew four curtain calls. After the show the company signed a three-year contract with the festival guaranteeing it an August residency. “We’ve been rallying the troops since January, and tonight they delivered,” joked artistic director Aïda Faye.",
     [],
     "Near-miss: dance troupe, 'treated' participle, figurative 'rallying the troops', artistic contract, historical soldiers only as the subject of a dance piece."),
    ("en-f7",
     "Brazilian air force flies 46 tonnes of flood relief to Bolivia",
     "SANTA CRUZ, Bolivia — Two Brazilian Air Force KC-390 transport planes landed at Viru Viru airport on Monday carrying 46 tonnes of food, water purification tablets and tents for families displaced by flooding in the Beni lowlands. Brasília described the cargo as purely humanitarian; it will be distributed by the Bolivian Red Cross and the vice-ministry of civil defence. The foreign ministry stressed that no military equipment was on board and that the aircrews would fly home once the airlift was complete. A third flight carrying medicines is planned for Thursday.",
     [],
     "Near-miss: humanitarian aid carried by an air force; military equipment explicitly negated; aircrews are not a troop deployment."),
    ("en-f8",
     "Danish drone start-up strikes pact with Emirati firm at IDEX",
     "ABU DHABI — Danish drone start-up Skyrand signed a memorandum of understanding with Emirati electronics group Al Seef Systems on the opening day of IDEX, the Gulf’s largest arms fair. Under the commercial pact the two companies will co-develop a maritime surveillance drone and a loitering munition aimed at export markets, with final assembly at a plant in the Khalifa Economic Zone. Neither side disclosed the value of the deal. Organisers said contracts worth more than $5 billion had been announced in the first two days of the show, most of them between private firms.",
     [],
     "Near-miss: 'pact'/'memorandum' between companies at an arms fair; commercial weapons business, no state-to-state aid or treaty."),

    # ------------------------------------------------------------------ fr
    ("fr-f1",
     "Haïti et la République dominicaine signent un accord sur les eaux de la Massacre",
     "PORT-AU-PRINCE — Après dix-huit mois de tractations, Haïti et la République dominicaine ont signé mardi à Dajabón un accord bilatéral encadrant l’exploitation des eaux de la rivière Massacre, source de frictions récurrentes entre les deux voisins. Le texte, paraphé par les deux chanceliers en présence d’un représentant de l’Organisation des États américains, institue une commission mixte chargée de contrôler les prélèvements et les canaux d’irrigation. Il devra encore être ratifié par les deux Parlements. « C’est la fin d’une querelle qui empoisonnait la frontière », s’est félicité le ministre haïtien des Affaires étrangères, Jean-Robert Delva.",
     [T],
     "Bilateral interstate water accord signed, ratification pending."),
    ("fr-f2",
     "Le Tchad dépêche un bataillon à la frontière soudanaise",
     "N’DJAMENA — L’armée tchadienne a acheminé ces derniers jours un bataillon d’infanterie motorisée et plusieurs unités d’appui vers Adré, à la frontière avec le Soudan, où des combats entre factions rivales ont débordé côté tchadien la semaine dernière. Selon l’état-major, près de 1 200 militaires sont désormais positionnés le long de la bande frontalière, appuyés par des pick-up armés et deux hélicoptères de combat. « Nos hommes resteront aussi longtemps que la menace persistera », a déclaré le général Mahamat Abdoulaye au micro de la radio nationale.",
     [X],
     "National army battalion deployed and positioned at a border."),
    ("fr-f3",
     "Bénin : Paris remet blindés et drones aux forces armées",
     "COTONOU — La France a remis jeudi aux Forces armées béninoises une douzaine de véhicules blindés légers, quatre drones de reconnaissance et des équipements de vision nocturne, destinés aux unités engagées dans le nord du pays face aux groupes jihadistes. La cérémonie s’est tenue au camp Guézo en présence de l’ambassadrice de France. Ce don, évalué à 9 millions d’euros, s’accompagne d’un volet formation : une soixantaine de sous-officiers béninois suivront en France des stages de pilotage de drones et de maintenance.",
     [M],
     "Donation of armoured vehicles and drones plus training of another state's soldiers."),
    ("fr-f4",
     "Paris et Canberra signent un accord sur le statut de leurs forces",
     "SYDNEY — La France et l’Australie ont conclu lundi un accord sur le statut des forces (SOFA) qui facilitera le séjour de militaires de chaque pays sur le territoire de l’autre, a annoncé le ministère des Armées. Le texte ouvre la voie au stationnement régulier d’un détachement de la Marine nationale à Darwin et à l’envoi de soldats australiens en Nouvelle-Calédonie pour des périodes de plusieurs mois. Quelque 150 marins et fusiliers français devraient être déployés dès l’an prochain. L’accord doit encore être ratifié par le Parlement australien.",
     [T, X],
     "Interstate SOFA signed; planned stationing/deployment of French and Australian military personnel announced."),
    ("fr-f5",
     "L’UE octroie 40 millions d’euros de matériel à l’armée mauritanienne",
     "NOUAKCHOTT — L’Union européenne a approuvé une mesure d’assistance de 40 millions d’euros au titre de la Facilité européenne pour la paix au profit de l’armée mauritanienne. L’enveloppe financera la fourniture de véhicules tout-terrain, de radars de surveillance et de matériel de transmission pour les unités chargées de surveiller la frontière avec le Mali. Un protocole d’accord en ce sens a été signé mardi par le représentant de l’UE et le ministre mauritanien de la Défense. Bruxelles souligne qu’aucune arme létale ne figure dans ce paquet.",
     [T, M],
     "EU financing of defence equipment for a state's army (military assistance); memorandum signed between the EU and the state (treaty). Lethal weapons negated but non-lethal defence equipment still counts."),
    ("fr-f6",
     "Avignon : une troupe ivoirienne fait salle comble avec une pièce sur les enfants-soldats",
     "AVIGNON — La troupe du Théâtre des Lagunes, venue d’Abidjan, a fait salle comble samedi au festival Off d’Avignon avec « Kalach », une pièce consacrée aux enfants-soldats. Le sujet, traité sans pathos, alterne scènes de camp, chants et témoignages recueillis par la metteuse en scène Awa Kouassi. Les neuf comédiens, en treillis et rangers, ont été rappelés quatre fois. Forte de ce succès, la compagnie a signé un contrat de tournée avec un producteur lyonnais pour une trentaine de dates en France et en Belgique.",
     [],
     "Near-miss: theatre 'troupe', participle 'traité', actors in uniform, touring contract."),
    ("fr-f7",
     "Cyclone : un A400M de l’armée de l’Air achemine 25 tonnes d’aide à Madagascar",
     "ANTANANARIVO — Un avion de transport A400M de l’armée de l’Air et de l’Espace s’est posé dimanche à Ivato avec 25 tonnes de fret humanitaire destiné aux sinistrés du cyclone qui a ravagé la côte est de Madagascar. Tentes, bâches, kits d’hygiène et unités de potabilisation ont été remis au Bureau national de gestion des risques et des catastrophes, qui en assurera la distribution. L’appareil, parti de La Réunion, a redécollé dans la soirée. Un second vol, affrété par le Centre de crise du Quai d’Orsay, est attendu mercredi.",
     [],
     "Near-miss: humanitarian aid flown by a military aircraft; no defence equipment, no deployment."),
    ("fr-f8",
     "Dakar : les troupes défilent pour le 65e anniversaire de l’indépendance",
     "DAKAR — Plusieurs milliers de soldats, gendarmes et élèves des écoles militaires ont défilé vendredi sur le boulevard du Général-de-Gaulle à l’occasion du 65e anniversaire de l’indépendance du Sénégal. Le chef de l’État a passé les troupes en revue avant le passage des blindés et un survol de la capitale par des appareils de l’armée de l’Air. Pour la première fois, un détachement féminin de parachutistes ouvrait la marche. Des dizaines de milliers de Dakarois s’étaient massés le long du parcours dès l’aube.",
     [],
     "Near-miss: military parade at home ('troupes' reviewed, paratroopers marching, crowds 'massés')."),

    # ------------------------------------------------------------------ de
    ("de-f1",
     "Chile und Argentinien unterzeichnen Vertrag über Grenze im Eisfeld",
     "SANTIAGO DE CHILE — Nach jahrzehntelangem Streit haben Chile und Argentinien einen Vertrag über den Grenzverlauf im Südlichen Patagonischen Eisfeld unterzeichnet. Die Außenminister beider Länder setzten am Montag in Punta Arenas ihre Unterschriften unter das Abkommen, das einen rund 50 Kilometer langen, bislang nicht markierten Abschnitt zwischen dem Fitz Roy und dem Cerro Murallón festlegt. Das Dokument muss noch von beiden Kongressen ratifiziert werden. Bergsteigerverbände begrüßten die Einigung, weil sie künftig einheitliche Genehmigungen für Expeditionen ermöglicht.",
     [T],
     "Interstate border treaty signed."),
    ("de-f2",
     "Bundesheer stockt UNIFIL-Kontingent im Südlibanon auf",
     "WIEN — Das Bundesheer entsendet weitere 120 Soldatinnen und Soldaten in den Südlibanon. Der Ministerrat billigte am Mittwoch die Aufstockung des österreichischen Kontingents bei der UN-Friedensmission UNIFIL auf rund 300 Personen. Die zusätzlichen Kräfte, überwiegend Pioniere und Sanitäter, sollen Anfang Juni in Naqoura eintreffen. Man lasse die Partner in einer angespannten Lage nicht im Stich, hieß es aus dem Verteidigungsministerium. Der Hauptausschuss des Nationalrats muss der Entsendung noch zustimmen.",
     [X],
     "Peacekeeping contingent reinforced abroad (Soldatinnen und Soldaten, Kräfte entsandt)."),
    ("de-f3",
     "Ertüchtigung: Ghanas Armee erhält geschützte Fahrzeuge aus Deutschland",
     "ACCRA — Deutschland hat den ghanaischen Streitkräften 14 geschützte Patrouillenfahrzeuge sowie Funkgeräte und Nachtsichtbrillen übergeben. Die Ausrüstung im Wert von rund elf Millionen Euro stammt aus der Ertüchtigungsinitiative der Bundesregierung und soll die Armee im Norden des Landes stärken, wo sich Übergriffe bewaffneter Gruppen aus dem Sahel häufen. Bei der Zeremonie in Accra kündigte der deutsche Botschafter weitere Lieferungen an, darunter Minendetektoren und Sanitätsmaterial für das kommende Jahr.",
     [M],
     "State-to-state handover of protected vehicles and military equipment."),
    ("de-f4",
     "Bundeswehr schickt Ausbilder nach Mosambik",
     "BERLIN — Die Bundeswehr wird rund 60 Soldaten nach Mosambik verlegen, um dort Marineinfanteristen für den Einsatz in der Unruheprovinz Cabo Delgado auszubilden. Das Kabinett beschloss am Mittwoch ein entsprechendes Mandat, das zunächst auf ein Jahr befristet ist. Die Ausbilder sollen in Katembe bei Maputo stationiert werden. Zudem stellt Berlin den mosambikanischen Streitkräften Schlauchboote, Außenbordmotoren und Schutzwesten im Wert von 4,5 Millionen Euro bereit. Der Bundestag stimmt voraussichtlich Ende des Monats über den Einsatz ab.",
     [X, M],
     "Soldiers to be deployed/stationed abroad (troops) to train another state's marines and equipment supplied (military assistance)."),
    ("de-f5",
     "Tokio und Manila besiegeln Abkommen – Japan liefert Küstenradare",
     "MANILA — Japan und die Philippinen haben am Freitag ein Abkommen über die Weitergabe von Verteidigungsgütern unterzeichnet. Auf dessen Grundlage erhält die philippinische Marine noch in diesem Jahr fünf Küstenüberwachungsradare, finanziert aus Japans Programm für offizielle Sicherheitshilfe (OSA). Die Anlagen sollen an der Westküste Palawans gegenüber den umstrittenen Spratly-Inseln aufgebaut werden; philippinische Techniker werden dafür in Japan geschult. Peking kritisierte die Vereinbarung als „Einmischung von außen“.",
     [T, M],
     "Interstate agreement signed; radars financed as security assistance and training for another state's navy."),
    ("de-f6",
     "Theatertruppe aus Kapstadt begeistert auf Kampnagel",
     "HAMBURG — Mit stehenden Ovationen hat das Publikum auf Kampnagel die Theatertruppe „Ubuntu Stage“ aus Kapstadt gefeiert. In ihrem Stück „Grenzkrieg“ verarbeiten die sieben Darsteller Briefe und Tagebücher von Wehrpflichtigen aus der Apartheid-Ära – ein Kapitel, das in Südafrika bis heute kaum aufgearbeitet ist. Nach der Premiere unterschrieb die Truppe einen Vertrag über ein weiteres Gastspiel im kommenden Herbst. Regisseurin Thandi Mokoena will das Stück anschließend an Schulen in Johannesburg zeigen.",
     [],
     "Near-miss: 'Theatertruppe'/'Truppe' = theatre troupe, 'Vertrag' = guest-performance contract, conscripts only as historical subject matter."),
    ("de-f7",
     "Panzerbauer und IG Metall einigen sich auf Tarifvertrag",
     "KASSEL — Nach drei Warnstreiks haben sich der Rüstungshersteller Hessler Defence und die IG Metall auf einen neuen Tarifvertrag für die rund 2.400 Beschäftigten geeinigt. Die Entgelte steigen in zwei Stufen um insgesamt 6,8 Prozent, Auszubildende erhalten eine Übernahmegarantie. Das Unternehmen, das Radpanzer und Bergefahrzeuge für die Bundeswehr fertigt, hatte wegen voller Auftragsbücher zuletzt Hunderte Mitarbeiter eingestellt. Betriebsratschef Uwe Kröger sprach von einem „fairen Kompromiss“; die Vereinbarung läuft bis Ende 2027.",
     [],
     "Near-miss: labour agreement (Tarifvertrag) at an arms maker; domestic procurement, no state-to-state transfer."),
    ("de-f8",
     "Bundespolizei verlegt zusätzliche Hundertschaften an die Grenze zu Polen",
     "FRANKFURT (ODER) — Die Bundespolizei hat mehrere Hundertschaften an die deutsch-polnische Grenze verlegt. Rund 400 zusätzliche Beamtinnen und Beamte sollen in Brandenburg und Sachsen gegen Schleuserkriminalität vorgehen und die stationären Kontrollen an den Autobahnübergängen verstärken, teilte das Bundesinnenministerium mit. Unterstützt werden sie von einer Hubschrauberstaffel und von Drohnen zur Nachtüberwachung. Die Gewerkschaft der Polizei kritisierte, die Kräfte fehlten nun an Bahnhöfen und Flughäfen.",
     [],
     "Near-miss: domestic police deployment (verlegt, Kräfte, stationär) - police, not military."),

    # ------------------------------------------------------------------ es
    ("es-f1",
     "México invoca el Tratado de Aguas de 1944 por la sequía en Chihuahua",
     "CIUDAD DE MÉXICO — El Gobierno mexicano invocó formalmente la cláusula de sequía extraordinaria del Tratado de Aguas de 1944 para pedir a Estados Unidos una prórroga en las entregas del río Bravo. La Secretaría de Relaciones Exteriores remitió el martes una nota diplomática a Washington y solicitó convocar a la Comisión Internacional de Límites y Aguas. El ciclo quinquenal vence en octubre y México arrastra un déficit cercano a 1.100 millones de metros cúbicos, según cifras oficiales. Productores agrícolas de Delicias celebraron la decisión.",
     [T],
     "Existing interstate treaty formally invoked."),
    ("es-f2",
     "Guatemala despliega 1.500 efectivos del Ejército en la frontera con Honduras",
     "CIUDAD DE GUATEMALA — El Ministerio de la Defensa Nacional ordenó el despliegue de 1.500 efectivos del Ejército en Izabal y Zacapa, departamentos fronterizos con Honduras, tras el hallazgo de dos pistas clandestinas usadas por el narcotráfico. Los soldados, trasladados desde la brigada de infantería de Cobán, instalarán puestos de control en caminos rurales y apoyarán la inutilización de las pistas. El ministro de la Defensa, general Óscar Ixcoy, aseguró que la tropa permanecerá en la zona «al menos seis meses». Organizaciones campesinas pidieron respeto a las comunidades.",
     [X],
     "Army troops deployed to a border region (efectivos, soldados, tropa); military, not police."),
    ("es-f3",
     "EE.UU. dona dos lanchas patrulleras a la Armada de Ecuador",
     "GUAYAQUIL — La Armada del Ecuador recibió el jueves dos lanchas patrulleras de intercepción donadas por Estados Unidos, junto con equipos de visión nocturna y radios, en una ceremonia en la base naval de Guayaquil. La donación, valorada en 6,2 millones de dólares, forma parte del programa de asistencia en seguridad de Washington y busca frenar el tráfico de cocaína por el golfo. Según la embajada estadounidense, treinta marinos ecuatorianos completaron en Florida un curso de mantenimiento y navegación nocturna. Es la tercera entrega en lo que va del año.",
     [M],
     "Patrol boats and equipment donated to another state's navy; training of its sailors."),
    ("es-f4",
     "Uganda repliega 2.000 soldados de Somalia según lo pactado con la UA",
     "KAMPALA — Uganda comenzó a retirar a 2.000 de sus soldados desplegados en Somalia, en cumplimiento del calendario acordado entre la Unión Africana, el Gobierno Federal somalí y los países que aportan contingentes. Los primeros 600 militares aterrizaron el domingo en Entebbe procedentes de Mogadiscio, informó el portavoz castrense, coronel Robert Kamugisha. Las bases que dejan en Baidoa y Marka pasarán al Ejército somalí. Mogadiscio y la UA fijaron en su memorando de entendimiento una reducción escalonada de efectivos hasta fin de año.",
     [T, X],
     "Troop withdrawal; carried out under a memorandum between a state and an international body (AU)."),
    ("es-f5",
     "España enviará instructores militares a Mauritania y le cederá blindados",
     "MADRID — El Consejo de Ministros autorizó el martes el envío de 45 militares españoles a Mauritania para adiestrar a unidades del Ejército mauritano en desactivación de explosivos y vigilancia fronteriza. Los instructores, procedentes de la Brigada Paracaidista, se instalarán en Atar durante un año. Defensa donará además veinte vehículos blindados ligeros y material de comunicaciones por valor de ocho millones de euros. La ministra portavoz subrayó que la misión no tendrá carácter de combate.",
     [X, M],
     "Military personnel sent abroad (troops) to train another army; armoured vehicles donated (military assistance)."),
    ("es-f6",
     "Un general retirado presenta su ‘Tratado de estrategia’ en la FIL de Guadalajara",
     "GUADALAJARA — El general retirado Aurelio Benítez presentó el sábado en la Feria Internacional del Libro de Guadalajara su ‘Tratado de estrategia y logística’, un volumen de 640 páginas que reúne tres décadas de clases en la Escuela Superior de Guerra. Entre los temas tratados figuran el abastecimiento en terreno montañoso, las maniobras napoleónicas y el peso de los drones en la guerra moderna. La editorial, con la que el autor firmó un contrato por dos libros más, prevé traducirlo al inglés. Ante un auditorio lleno de cadetes, Benítez advirtió que «la estrategia se escribe en tiempos de paz».",
     [],
     "Near-miss: 'Tratado' = treatise (book title) and 'tratados' participle; book contract; military vocabulary without any deployment or aid."),
    ("es-f7",
     "La ‘tropa’ de Rivarola ya tiene sus tres refuerzos para el Clausura",
     "BUENOS AIRES — Con la llegada del delantero paraguayo Hugo Cáceres, el volante uruguayo Nicolás Ferreyra y el lateral chileno Matías Ruiz, la ‘tropa’ de Gustavo Rivarola ya cuenta con los refuerzos que pidió para el Torneo Clausura. Los tres firmaron contratos hasta diciembre de 2027 con el Club Atlético Fortín de Villa Crespo y se sumaron el lunes a la pretemporada en Ezeiza. «Esta tropa está lista para pelear arriba», dijo el técnico, que planea una concentración de diez días antes del debut ante Rosario.",
     [],
     "Near-miss: football squad nicknamed 'tropa', 'refuerzos' = new signings, player contracts, 'pelear'."),
    ("es-f8",
     "Aviones de la Fuerza Aérea Mexicana llevan ayuda humanitaria a Cuba",
     "LA HABANA — Tres aeronaves de la Fuerza Aérea Mexicana aterrizaron el miércoles en el aeropuerto José Martí con 80 toneladas de ayuda humanitaria para los damnificados por el huracán que azotó el oriente cubano. El cargamento incluye víveres, agua embotellada, plantas potabilizadoras, colchonetas y medicamentos, y será distribuido por la Defensa Civil en Holguín y Guantánamo. La Cancillería precisó que un buque de la Secretaría de Marina zarpará de Veracruz con otras 500 toneladas de víveres y material de construcción.",
     [],
     "Near-miss: humanitarian aid carried by an air force and a navy ship; no arms, no troops deployed."),

    # ------------------------------------------------------------------ it
    ("it-f1",
     "Thailandia e Cambogia riaprono il negoziato sul trattato per il Golfo",
     "BANGKOK — Thailandia e Cambogia hanno ripreso i negoziati per un trattato sulla delimitazione delle aree marittime contese nel Golfo di Thailandia, fermi da oltre dieci anni. Le delegazioni, guidate dai rispettivi viceministri degli Esteri, si sono incontrate lunedì a Siem Reap e hanno concordato un calendario di sei sessioni tecniche. Al centro del confronto ci sono i giacimenti di gas della zona di sovrapposizione. Il memorandum d’intesa del 2001, che fissa la cornice delle trattative, resta il riferimento per entrambe le parti, ha precisato il ministero degli Esteri di Phnom Penh.",
     [T],
     "Interstate treaty under negotiation; existing memorandum invoked."),
    ("it-f2",
     "Rientrano dal Kurdistan iracheno 200 militari italiani",
     "ROMA — Sono atterrati nella notte a Pratica di Mare i primi 200 militari italiani rientrati da Erbil, nel Kurdistan iracheno, dove erano schierati nell’ambito della coalizione internazionale contro l’Isis. Il ritiro del contingente, deciso dal governo a gennaio, proseguirà fino all’estate: in Iraq resterà un nucleo di circa 150 uomini a protezione della base. Ad accogliere i soldati, in gran parte paracadutisti della brigata Folgore, c’erano il capo di Stato maggiore della Difesa e i familiari.",
     [X],
     "Contingent withdrawn from abroad; residual force stays stationed."),
    ("it-f3",
     "L’Italia cede due pattugliatori alla Marina tunisina",
     "TUNISI — L’Italia ha consegnato alla Marina militare tunisina due pattugliatori d’altura e un lotto di radar costieri, nell’ambito del programma di cooperazione per la sicurezza nel Mediterraneo. La cerimonia si è svolta nel porto di La Goulette alla presenza dell’ambasciatore italiano e del ministro della Difesa tunisino. Le unità, rimesse a nuovo nei cantieri di Taranto, saranno impiegate nel Canale di Sicilia. Nei mesi scorsi quaranta marinai tunisini hanno seguito a La Spezia corsi di addestramento sulla conduzione e la manutenzione delle navi.",
     [M],
     "Patrol vessels and radars transferred to another state's navy, plus training of its sailors."),
    ("it-f4",
     "Gibuti, firmato il memorandum di difesa: Roma invia fanti di marina e droni",
     "GIBUTI — Italia e Gibuti hanno firmato mercoledì un memorandum d’intesa sulla cooperazione nel settore della difesa che rafforza la presenza italiana nel Corno d’Africa. In base all’accordo, Roma porterà a un centinaio gli effettivi della propria base di supporto, schierandovi anche una compagnia di fanti di marina del reggimento San Marco. Il testo prevede inoltre la cessione alle forze armate gibutine di quattro droni da sorveglianza e di un sistema di comunicazioni satellitari, oltre a corsi di formazione per ufficiali. La ratifica parlamentare è attesa entro l’autunno.",
     [T, X, M],
     "Interstate defence memorandum signed (treaty); marines deployed/stationed abroad (troops); drones and training given to another state's forces (military assistance)."),
    ("it-f5",
     "Tensione al confine: la Turchia ammassa truppe di fronte alla Siria",
     "ANKARA — Colonne di mezzi corazzati e pezzi d’artiglieria turchi affluiscono da giorni verso la provincia di Şanlıurfa, al confine con la Siria. Secondo fonti della sicurezza citate dalla stampa locale, almeno 3.000 soldati sono stati rischierati nell’area di Akçakale dopo il lancio di razzi contro due villaggi di frontiera. Il ministero della Difesa di Ankara parla di «misure precauzionali», ma non esclude un’operazione oltre confine. Washington ha invitato entrambe le parti alla moderazione.",
     [X],
     "Troops massed/redeployed at a border."),
    ("it-f6",
     "Arriva a Verona la troupe del circo mongolo: artisti trattati come star",
     "VERONA — È sbarcata ieri a Verona la troupe del circo mongolo Altan Mor: 32 artisti tra acrobati, contorsionisti e cavalieri che fino a marzo saranno in scena al Palazzo della Gran Guardia. Accolti all’aeroporto Catullo da una folla di fan, gli artisti sono stati trattati con tutti gli onori dal Comune, che ha firmato con la compagnia un contratto triennale. Lo spettacolo, ‘Il galoppo di Gengis’, rievoca le campagne dei cavalieri delle steppe con battaglie coreografate e tamburi di guerra. Prevendite esaurite per le prime dieci repliche.",
     [],
     "Near-miss: circus 'troupe', participle 'trattati', 'sbarcata', staged battles, municipal contract with a company."),
    ("it-f7",
     "Venezia, sette minuti di applausi per ‘Le truppe del deserto’",
     "VENEZIA — Sette minuti di applausi alla Mostra del Cinema per ‘Le truppe del deserto’, il film di guerra di Marco Ferrandi ambientato durante la campagna d’Africa del 1941. Girato in Giordania con oltre 400 comparse in divisa, racconta di un plotone di bersaglieri isolato nel deserto libico. La produzione ha firmato un contratto di distribuzione con una piattaforma statunitense e un accordo di coproduzione con una società di Amman. «Non è un film sulla vittoria, ma sulla sete», ha detto il regista in conferenza stampa.",
     [],
     "Near-miss: war film titled 'truppe', extras in uniform, distribution contract and co-production deal between companies."),
    ("it-f8",
     "Cantiere del Muggiano, siglato l’accordo: 300 assunzioni per le nuove fregate",
     "LA SPEZIA — Firmato nella notte l’accordo integrativo tra la direzione del cantiere navale del Muggiano e i sindacati metalmeccanici: prevede un premio di risultato fino a 2.400 euro e 300 nuove assunzioni entro due anni. L’intesa arriva mentre lo stabilimento avvia la costruzione di due fregate commissionate dalla Marina Militare, una commessa da 1,2 miliardi. «Senza personale qualificato le navi non escono dal bacino», ha commentato il segretario provinciale della Fiom, soddisfatto per la stabilizzazione di 80 precari.",
     [],
     "Near-miss: labour agreement at a shipyard building warships for the national navy; domestic procurement only."),

    # ------------------------------------------------------------------ pt
    ("pt-f1",
     "Brasil e Paraguai concluem revisão do Anexo C do Tratado de Itaipu",
     "BRASÍLIA — Os governos do Brasil e do Paraguai anunciaram nesta sexta-feira a conclusão das negociações para a revisão do Anexo C do Tratado de Itaipu, que define as bases financeiras da hidrelétrica binacional. Pelo novo texto, a tarifa da energia cairá gradualmente até 2030 e o Paraguai poderá vender parte do excedente diretamente no mercado brasileiro. O entendimento, fechado após dois anos de reuniões entre as chancelarias, ainda precisa do aval dos Congressos dos dois países. Em Assunção, a oposição acusou o governo de ter cedido demais.",
     [T],
     "Negotiation of a revision of an interstate treaty concluded; ratification pending."),
    ("pt-f2",
     "Ruanda reforça contingente em Cabo Delgado com mais mil militares",
     "MAPUTO — O Ruanda enviou mais 1.000 militares para a província moçambicana de Cabo Delgado, elevando para cerca de 5.500 o número de efetivos destacados no norte de Moçambique, anunciou o porta-voz das forças ruandesas. Os reforços, transportados por via aérea para Mocímboa da Praia, vão ser colocados nos distritos de Macomia e Muidumbe, onde os ataques de grupos armados se intensificaram nas últimas semanas. Segundo fontes locais, a chegada das tropas já permitiu reabrir a estrada N380 ao trânsito civil.",
     [X],
     "Foreign contingent reinforced and deployed (militares, efetivos, reforços, tropas)."),
    ("pt-f3",
     "Portugal entrega lancha de patrulha às Forças Armadas são-tomenses",
     "SÃO TOMÉ — Portugal entregou esta terça-feira às Forças Armadas de São Tomé e Príncipe uma lancha de patrulha costeira, dois botes semirrígidos e equipamento de comunicações, ao abrigo do Programa-Quadro de Cooperação no Domínio da Defesa assinado entre os dois Estados. A embarcação vai reforçar a fiscalização das águas do golfo da Guiné. Na mesma cerimónia, os ministros da Defesa assinaram um protocolo adicional que prolonga a cooperação até 2029 e prevê a formação de oficiais são-tomenses na Escola Naval, em Almada.",
     [T, M],
     "Patrol boat and equipment handed to another state's armed forces, training of its officers; interstate defence framework agreement and additional protocol signed."),
    ("pt-f4",
     "Brasil envia fuzileiros navais para treinar militares da Guiné-Bissau",
     "RIO DE JANEIRO — A Marinha do Brasil vai enviar um destacamento de 80 fuzileiros navais para a Guiné-Bissau, onde ficarão baseados durante seis meses para formar militares guineenses em operações ribeirinhas e patrulha costeira. O Ministério da Defesa confirmou também a doação de seis embarcações de patrulha fluvial e de 200 coletes balísticos às Forças Armadas daquele país lusófono. O primeiro grupo embarca em março num avião da FAB, a partir da Base Aérea do Galeão.",
     [X, M],
     "Marines sent and based abroad (troops) to train another state's soldiers; boats and body armour donated (military assistance)."),
    ("pt-f5",
     "Exército desloca blindados para Roraima; Itamaraty cita Acordo de Genebra",
     "BOA VISTA — O Exército Brasileiro deslocou cerca de 600 militares e 28 blindados Guarani para Pacaraima e Bonfim, em Roraima, depois de a Venezuela anunciar novas manobras junto à fronteira com a Guiana. Em nota, o Itamaraty pediu a Caracas e Georgetown que resolvam a disputa sobre o Essequibo nos termos do Acordo de Genebra de 1966 e lembrou que o território brasileiro não poderá ser usado para movimentações militares de terceiros. Segundo o Comando Militar da Amazônia, as tropas permanecerão na região por tempo indeterminado.",
     [T, X],
     "Army troops deployed to a border region; an existing interstate agreement (Geneva Agreement 1966) invoked by a foreign ministry."),
    ("pt-f6",
     "Tropa de escoteiros desaparecida na Mantiqueira é encontrada",
     "CAMPOS DO JORDÃO — Os 14 integrantes de uma tropa escoteira de São José dos Campos, desaparecidos desde sábado na Serra da Mantiqueira, foram localizados na manhã desta segunda-feira pelo Corpo de Bombeiros, com apoio de um helicóptero da Polícia Militar. Os jovens, de 11 a 15 anos, e dois chefes tinham se desviado da trilha por causa da neblina e passaram a noite acampados numa gruta. Três deles, com sinais de hipotermia, foram tratados no hospital municipal e já receberam alta.",
     [],
     "Near-miss: scout 'tropa', 'acampados', 'Polícia Militar' (a police force), participle 'tratados'."),
    ("pt-f7",
     "Na LAAD, fabricante gaúcha fecha acordo com grupo indiano para produzir drones",
     "RIO DE JANEIRO — A fabricante gaúcha de aeronaves não tripuladas Pampa Aerosystems assinou na LAAD Defence & Security, no Riocentro, um memorando de entendimento com a indiana Vajra Dynamics para produzir em conjunto um drone de vigilância de médio porte. O acordo comercial prevê a montagem de até 60 unidades por ano numa fábrica em Canoas e a exportação para clientes na América Latina e no Sudeste Asiático. Os valores não foram divulgados. Segundo os organizadores, a feira reuniu 700 expositores de 40 países.",
     [],
     "Near-miss: 'acordo'/'memorando' between two companies at a defence trade fair; commercial arms business."),
    ("pt-f8",
     "KC-390 da Força Aérea leva ajuda humanitária a Cabo Verde após cheias",
     "LISBOA — Um KC-390 da Força Aérea Portuguesa descolou esta manhã da Base Aérea do Montijo rumo à cidade da Praia com 15 toneladas de ajuda humanitária para as famílias afetadas pelas cheias na ilha de Santiago. A carga — tendas, cobertores, geradores, kits de higiene e medicamentos — foi reunida pela Proteção Civil e pela Cruz Vermelha Portuguesa e será entregue às autoridades cabo-verdianas. O Ministério dos Negócios Estrangeiros adiantou que está a ser preparado um segundo voo para o fim de semana.",
     [],
     "Near-miss: humanitarian aid flown by an air force; no military equipment or personnel deployment."),

    # ------------------------------------------------------------------ pl
    ("pl-f1",
     "Oslo powołuje się na traktat spitsbergeński w sporze o połowy",
     "OSLO — Norweski rząd powołał się na traktat spitsbergeński z 1920 roku, odrzucając protest Moskwy w sprawie zatrzymania rosyjskiego trawlera w strefie ochrony rybołówstwa wokół archipelagu. Jak podało norweskie MSZ, jednostka z Murmańska łowiła dorsza bez wymaganych licencji. Rosyjska ambasada twierdzi, że traktat gwarantuje wszystkim sygnatariuszom równy dostęp do zasobów, a norweskie przepisy są „bezprawne”. Oslo odpowiada, że suwerenność nad Svalbardem daje mu prawo do regulowania połowów.",
     [T],
     "Existing interstate treaty invoked in a dispute (Arctic)."),
    ("pl-f2",
     "Nowa zmiana polskiego kontyngentu dotarła do Libanu",
     "WARSZAWA — Do południowego Libanu dotarło ok. 250 żołnierzy kolejnej zmiany Polskiego Kontyngentu Wojskowego w misji ONZ UNIFIL, poinformowało Dowództwo Operacyjne Rodzajów Sił Zbrojnych. Trzon zmiany stanowią żołnierze brygady zmechanizowanej ze Szczecina, którzy przez pół roku będą patrolować rejon przy granicy z Izraelem. Wojskowi zastąpią kolegów, którzy wrócą do kraju na początku przyszłego miesiąca. Pierwszy samolot z żołnierzami wylądował w Bejrucie w niedzielę.",
     [X],
     "Military contingent deployed abroad on a UN mission."),
    ("pl-f3",
     "Kolejny pakiet dla Ukrainy: amunicja, moździerze i drony",
     "RZESZÓW — Polska przekaże Ukrainie kolejny pakiet pomocy wojskowej o wartości 1,1 mld zł, obejmujący amunicję artyleryjską kalibru 155 mm, moździerze oraz kilkaset dronów rozpoznawczych, poinformowało Ministerstwo Obrony Narodowej. Sprzęt ma trafić do ukraińskich jednostek jeszcze przed zimą. Część dostaw zostanie sfinansowana z Europejskiego Instrumentu na rzecz Pokoju. Resort zapowiedział również przeszkolenie 300 ukraińskich saperów na poligonach w Polsce.",
     [M],
     "State-to-state weapons and ammunition package plus training of another state's soldiers."),
    ("pl-f4",
     "Sejm ratyfikował umowę o statusie sił zbrojnych z Wielką Brytanią",
     "WARSZAWA — Sejm przyjął w piątek ustawę o ratyfikacji umowy między Polską a Wielką Brytanią w sprawie statusu sił zbrojnych przebywających na terytorium drugiego państwa. Za głosowało 412 posłów. Dokument, podpisany w Londynie w marcu, reguluje m.in. kwestie jurysdykcji, podatków i korzystania z poligonów. Umożliwi on stałe stacjonowanie w Orzyszu brytyjskiego batalionu liczącego ok. 800 żołnierzy oraz rotacyjne pobyty jednostek lotnictwa. Teraz ustawą zajmie się Senat.",
     [T, X],
     "Interstate SOFA ratified; permanent stationing of a foreign battalion planned."),
    ("pl-f5",
     "Seul przekazał Manili korwetę. Szkolenie filipińskich marynarzy zakończone",
     "MANILA — Korea Południowa przekazała filipińskiej marynarce wojennej wycofaną ze służby korwetę typu Pohang wraz z zapasem części zamiennych, realizując memorandum o współpracy obronnej podpisane przez oba rządy dwa lata temu. Okręt będzie patrolował wody Morza Południowochińskiego. Wcześniej 90 filipińskich marynarzy przeszło trzymiesięczne szkolenie w bazie Jinhae. Ministrowie obrony obu państw zapowiedzieli w czwartek rozpoczęcie negocjacji nowej umowy, obejmującej m.in. dostawy radarów.",
     [T, M],
     "Warship transferred to another state's navy and its sailors trained (military assistance); interstate defence memorandum implemented and new agreement to be negotiated (treaty)."),
    ("pl-f6",
     "Wrocławska trupa teatralna podbiła Buenos Aires",
     "BUENOS AIRES — Trupa wrocławskiego Teatru Kalejdoskop zakończyła w niedzielę serię dwunastu przedstawień w stolicy Argentyny. Spektakl „Okopy”, oparty na listach żołnierzy z pierwszej wojny światowej, grany jest w całości bez słów, przy akompaniamencie orkiestry dętej. Bilety rozeszły się w kilka godzin. Po ostatnim pokazie dyrektor zespołu podpisał kontrakt z miejscowym producentem na tournée po Chile i Urugwaju w przyszłym roku. – Publiczność reagowała jak w Polsce: śmiechem w najmniej spodziewanych momentach – mówiła aktorka Joanna Wilk.",
     [],
     "Near-miss: 'trupa' = theatre troupe, WWI soldiers only as theatrical subject, touring contract."),
    ("pl-f7",
     "Emerytowany pułkownik wydał „Traktat o dowodzeniu”",
     "TORUŃ — Płk w st. spocz. Andrzej Rybicki, wieloletni wykładowca uczelni wojskowej, wydał „Traktat o dowodzeniu”, liczącą 480 stron rozprawę o przywództwie w sytuacjach kryzysowych. Autor sięga po przykłady nie tylko z koszar, lecz także z sal operacyjnych, kopalń i piłkarskich szatni. – Żołnierz i chirurg podejmują decyzje w tych samych warunkach: zmęczeni i bez pełnej informacji – przekonywał na spotkaniu w Książnicy Kopernikańskiej. Pierwszy nakład, 3 tys. egzemplarzy, wyczerpał się w dwa tygodnie.",
     [],
     "Near-miss: 'Traktat' = treatise (book title); military vocabulary without deployment or aid."),
    ("pl-f8",
     "MSPO: radomska spółka podpisała umowę licencyjną z koreańską firmą",
     "KIELCE — Prywatna spółka Radwan Systems z Radomia podpisała podczas Międzynarodowego Salonu Przemysłu Obronnego w Kielcach umowę licencyjną z południowokoreańską firmą Hanul Tech. Na jej mocy w Radomiu ma powstać linia montażowa celowników termowizyjnych i noktowizorów, które spółka zamierza sprzedawać odbiorcom w Europie Środkowej. Wartość kontraktu szacowana jest na 60 mln zł. Na targach swoje produkty prezentuje ponad 600 wystawców z 30 państw, a przed halami ustawiono czołgi i wyrzutnie rakiet.",
     [],
     "Near-miss: licence agreement between two companies at a defence trade fair; tanks on display only."),

    # ------------------------------------------------------------------ nl
    ("nl-f1",
     "Suriname en Guyana tekenen verdrag over Corantijnrivier",
     "PARAMARIBO — Suriname en Guyana hebben dinsdag in Nieuw-Nickerie een verdrag ondertekend over het gezamenlijk beheer van de Corantijnrivier, de grensrivier waarover beide landen al decennia van mening verschillen. De overeenkomst regelt de scheepvaart, de visserij en het toezicht op goudwinning langs de oevers, en voorziet in een binationale riviercommissie. Over de soevereiniteit in het betwiste Tigri-gebied zegt het verdrag uitdrukkelijk niets. De Nationale Assemblee moet het akkoord nog goedkeuren; in Georgetown volgt de ratificatie naar verwachting deze zomer.",
     [T],
     "Interstate river treaty signed; ratification pending."),
    ("nl-f2",
     "Nederland stationeert permanent mariniers in Noord-Noorwegen",
     "DEN HAAG — Defensie gaat vanaf volgend jaar permanent zo’n 300 mariniers in Noord-Noorwegen legeren. Dat schrijft de staatssecretaris van Defensie in een brief aan de Tweede Kamer. De militairen van het Korps Mariniers worden ondergebracht op een Noorse basis bij Harstad, boven de poolcirkel. Tot nu toe trainden Nederlandse mariniers alleen ’s winters in het gebied. Volgens het kabinet is een vaste aanwezigheid nodig nu de Russische activiteit in het Hoge Noorden toeneemt. De eerste compagnie vertrekt in januari.",
     [X],
     "Planned permanent stationing of marines abroad (Arctic)."),
    ("nl-f3",
     "Nederland schenkt Moldavië luchtverdedigingsradars",
     "CHISINAU — Nederland schenkt Moldavië drie mobiele luchtverdedigingsradars en bijbehorende communicatieapparatuur ter waarde van 22 miljoen euro. Dat maakte het ministerie van Defensie woensdag bekend. Met de radars moet het Moldavische leger drones en raketten kunnen opsporen die het luchtruim van het land binnendringen. Moldavische militairen worden in Nederland opgeleid om de systemen te bedienen; de eerste levering volgt in het voorjaar.",
     [M],
     "Defence equipment donated to another state's army, with training."),
    ("nl-f4",
     "Irak en Turkije tekenen veiligheidsakkoord: Turkse militairen verlaten Bashiqa",
     "BAGDAD — Irak en Turkije hebben in Bagdad een veiligheidsakkoord ondertekend dat moet leiden tot de terugtrekking van Turkse militairen uit de basis bij Bashiqa, ten noordoosten van Mosul. Volgens de Iraakse regering vertrekken de naar schatting 1.500 soldaten binnen zes maanden. In ruil verplicht Bagdad zich om PKK-strijders uit de grensregio te weren en komt er een gezamenlijk coördinatiecentrum. Het akkoord moet nog door het Iraakse parlement worden goedgekeurd; enkele sjiitische fracties noemden het al ‘onvoldoende’.",
     [T, X],
     "Interstate security accord signed; foreign troops to withdraw."),
    ("nl-f5",
     "Belgische para’s gaan Beninse soldaten opleiden",
     "BRUSSEL — België stuurt in het voorjaar een zestigtal militairen naar Benin om er Beninse soldaten op te leiden in de strijd tegen jihadistische groepen in het noorden van het land. De instructeurs, vooral paracommando’s uit Diest en Tielen, blijven zes maanden in Natitingou. De ministerraad keurde vrijdag ook de levering goed van tien lichte pantservoertuigen en observatiedrones ter waarde van twaalf miljoen euro. ‘We versterken een partner die onder grote druk staat’, zei de minister van Defensie.",
     [X, M],
     "Soldiers sent abroad (troops) to train another state's army; armoured vehicles and drones delivered (military assistance)."),
    ("nl-f6",
     "Na Veteranendag: gemeente ruimt tonnen troep op in Den Haag",
     "DEN HAAG — Een dag na het defilé van Veteranendag heeft de gemeente Den Haag ruim vier ton afval uit de binnenstad gehaald. Zaterdag trokken zo’n 4.000 veteranen en militairen in uniform langs het Lange Voorhout, waar de koning het defilé afnam. Langs de route bleven bekertjes, vlaggetjes en plastic achter. ‘Het is elk jaar hetzelfde: een prachtige optocht en daarna een hoop troep’, zei een woordvoerder van de gemeentelijke reinigingsdienst. Buurtbewoners hielpen zondagochtend vrijwillig mee met opruimen.",
     [],
     "Near-miss: 'troep' = litter; soldiers marching in a parade at home."),
    ("nl-f7",
     "Cao-akkoord bij Defensie: militairen krijgen 9 procent meer loon",
     "DEN HAAG — Defensie en de militaire vakbonden hebben een akkoord bereikt over nieuwe arbeidsvoorwaarden. Militairen en burgerpersoneel krijgen over twee jaar verdeeld 9 procent meer salaris, een eenmalige uitkering van 1.000 euro en een hogere reiskostenvergoeding. De overeenkomst loopt tot eind 2027. De bonden leggen het resultaat de komende weken aan hun leden voor. Volgens de staatssecretaris moet de loonsverhoging het personeelstekort terugdringen: bij de krijgsmacht staan ruim 9.000 vacatures open.",
     [],
     "Near-miss: labour agreement (akkoord, overeenkomst) for military personnel; no interstate treaty, no deployment."),
    ("nl-f8",
     "Rotterdamse gamestudio tekent contract voor oorlogsgame ‘Troepen van de Schelde’",
     "ROTTERDAM — Gamestudio Polderpixel heeft een contract gesloten met een Amerikaanse uitgever voor de wereldwijde release van ‘Troepen van de Schelde’, een strategiegame over de Slag om de Schelde in het najaar van 1944. Spelers voeren Canadese, Britse en Poolse eenheden aan door de ondergelopen polders van Zeeland en moeten Walcheren zien te veroveren. De game verschijnt volgend jaar op pc en consoles. Over het bedrag van de deal zwijgt de studio, die het aantal medewerkers verdubbelt naar veertig.",
     [],
     "Near-miss: video game about war titled 'Troepen', publishing contract between companies."),
]


def build_records():
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


def self_check(records):
    problems = []
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids: %s" % [i for i, c in Counter(ids).items() if c > 1])
    per_lang = Counter(r["language"] for r in records)
    for lang in LANGS:
        if per_lang[lang] != 8:
            problems.append("%s has %d articles" % (lang, per_lang[lang]))
        expected = {"%s-f%d" % (lang, i) for i in range(1, 9)}
        got = {r["id"] for r in records if r["language"] == lang}
        if got != expected:
            problems.append("%s ids mismatch: %s" % (lang, sorted(got ^ expected)))
    if set(per_lang) - set(LANGS):
        problems.append("unexpected languages: %s" % (set(per_lang) - set(LANGS)))
    rule_counts = defaultdict(Counter)
    kinds = defaultdict(Counter)
    for r in records:
        if not set(r["rules"]) <= RULES:
            problems.append("%s bad rules %s" % (r["id"], r["rules"]))
        if len(r["rules"]) != len(set(r["rules"])):
            problems.append("%s repeated rule" % r["id"])
        want = "positive" if r["rules"] else "near-miss"
        if r["kind"] != want:
            problems.append("%s kind %s inconsistent" % (r["id"], r["kind"]))
        n = len(r["body"])
        if not 250 <= n <= 800:
            problems.append("%s body length %d" % (r["id"], n))
        if not r["title"].strip() or len(r["title"]) > 140:
            problems.append("%s bad title" % r["id"])
        if not r["note"].strip():
            problems.append("%s empty note" % r["id"])
        kinds[r["language"]][r["kind"]] += 1
        for rule in r["rules"]:
            rule_counts[r["language"]][rule] += 1
    for lang in LANGS:
        if kinds[lang]["positive"] != 5 or kinds[lang]["near-miss"] != 3:
            problems.append("%s kinds %s" % (lang, dict(kinds[lang])))
        for rule in sorted(RULES):
            if rule_counts[lang][rule] < 1:
                problems.append("%s has no positive for %s" % (lang, rule))
    for p in problems:
        print("SELF-CHECK:", p)
    assert not problems, "self-check failed (%d problems)" % len(problems)
    return rule_counts


def main():
    records = build_records()
    rule_counts = self_check(records)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "west.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for lang in LANGS:
        print(lang, {k: rule_counts[lang][k] for k in sorted(RULES)})
    print("wrote %d records to %s" % (len(records), out))


if __name__ == "__main__":
    main()
