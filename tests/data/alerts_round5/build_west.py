#!/usr/bin/env python3
"""Hand-labelled alert evaluation set, round 5, western languages.

Writes west.jsonl next to this script. Standard library only.
Languages: en fr de es it pt pl nl; 8 articles each (5 positives, 3 near-misses).
All articles are fictional.
"""
import json
import os

RULES = ("treaty", "troops", "military_assistance")
LANGS = ("en", "fr", "de", "es", "it", "pt", "pl", "nl")

ARTICLES = []


def A(id_, title, body, rules, note):
    lang = id_.split("-")[0]
    ARTICLES.append({
        "id": id_,
        "language": lang,
        "title": title,
        "body": body,
        "rules": list(rules),
        "kind": "positive" if rules else "near-miss",
        "note": note,
    })


# ---------------------------------------------------------------- English
A("en-v1",
  "Chilean Senate ratifies Andean water-sharing treaty with Argentina",
  "SANTIAGO, May 14 — Chile's Senate on Tuesday ratified a treaty with Argentina governing the shared use of glacial rivers along their southern border, ending almost four years of haggling over how much water each side may draw during drought summers. The accord, signed in Mendoza by the two foreign ministers, passed 31 votes to 9. It creates a binational commission with powers to cap extraction from six basins, including the Futaleufú. Argentina's Congress approved the text in March, so the treaty should enter into force once instruments of ratification are exchanged, officials said. Farmers' groups in the Aysén region criticised the deal as too generous to hydroelectric operators.",
  ["treaty"],
  "Interstate treaty ratified by a national parliament. No military content.")

A("en-v2",
  "Kenya to send 600 more soldiers to Somalia as al-Shabaab attacks mount",
  "NAIROBI — Kenya will deploy an additional 600 soldiers to southern Somalia by the end of the month, Defence Cabinet Secretary Wilfred Onyango told parliament on Thursday, reinforcing its contingent in the African Union mission after a string of attacks on bases near Kismayo. The troops, drawn largely from the 15th Kenya Rifles, will be stationed around Dhobley and along supply routes to Afmadow. Onyango said the deployment was temporary and would be reviewed in six months. Opposition MPs questioned the cost, estimated at 2.1 billion shillings, and demanded a timetable for the eventual withdrawal of Kenyan forces.",
  ["troops"],
  "A state sends and stations soldiers abroad in a peacekeeping mission.")

A("en-v3",
  "Canberra approves A$140m equipment and training package for PNG Defence Force",
  "The Australian government has approved a A$140 million (US$92 million) package of equipment and training for the Papua New Guinea Defence Force (PNGDF), Defence Industry Minister Claire Hollis announced on 3 June. The package covers four coastal surveillance radars, 20 Bushmaster protected mobility vehicles transferred from Australian Army stocks, and a three-year programme training PNGDF engineers and signallers at Australian Army schools. The first vehicles are due to be handed over in October. Port Moresby has sought additional support to secure its land border with Indonesia's Papua province and to respond to tribal violence in the Highlands.",
  ["military_assistance"],
  "State-to-state transfer of military equipment plus military training. Training takes place in Australia, so no deployment of troops.")

A("en-v4",
  "Estonia invokes NATO Article 4 after Russian troop build-up near Narva",
  "TALLINN — Estonia formally requested consultations under Article 4 of the North Atlantic Treaty on Friday after satellite imagery showed what officials described as at least two Russian motor-rifle brigades moving to staging areas within 30 km of the border town of Narva. Prime Minister Liis Kask said the build-up, which included air-defence units and pontoon bridging equipment, 'cannot be explained as routine training'. NATO ambassadors will meet in Brussels on Monday. The Kremlin said the troops were taking part in scheduled exercises in the Leningrad military district and accused Tallinn of 'hysteria'.",
  ["treaty", "troops"],
  "An article of the North Atlantic Treaty is invoked (treaty); Russian forces are massed at a border (troops).")

A("en-v5",
  "UK to deploy 120 troops to northern Ghana and gift armoured vehicles",
  "Britain will send around 120 soldiers to northern Ghana early next year to help the country's armed forces counter jihadist infiltration from Burkina Faso, the Ministry of Defence said on Wednesday. The contingent, drawn from 2nd Battalion The Royal Anglian Regiment, will be based at Tamale on a nine-month rotation. Alongside the deployment, London will gift 30 Foxhound patrol vehicles, night-vision equipment and counter-drone systems worth £45m to the Ghana Armed Forces. Ghana's defence minister, Kwabena Asante-Mensah, welcomed the support but said Accra 'will not accept foreign combat operations on its soil'.",
  ["troops", "military_assistance"],
  "British soldiers deployed to Ghana (troops) and military equipment gifted to Ghana's armed forces (military_assistance).")

A("en-v6",
  "Travelling troupe storms Northumberland castles with open-air Henry V",
  "The Alnwick-based Borderline Players, a touring troupe of 14 actors, open their summer season this weekend with an open-air Henry V staged in the courtyards of five Northumberland castles. Director Maeve Corrigan has cut the cast of soldiers to a ragged band of six who double as archers, French nobles and camp followers, and the siege of Harfleur is fought with ladders borrowed from a local fire station. 'We wanted the army to feel exhausted, not heroic,' Corrigan said. Tickets for Bamburgh sold out within a day; the troupe adds a matinee at Warkworth on 20 July.",
  [],
  "Near-miss: theatre troupe; soldiers, army and siege exist only on stage (fiction).")

A("en-v7",
  "RAF transport flies water purification kits to cyclone-hit Mozambique",
  "An RAF A400M Atlas landed in Beira on Sunday carrying 28 tonnes of water purification units, shelter kits and medical supplies for communities hit by Cyclone Delfina, the Foreign Office said. The consignment, funded from the UK's humanitarian budget and packed by the charity ShelterAid, will be distributed by the Mozambican Red Cross in Sofala and Manica provinces, where at least 140 people died and 300,000 were displaced. The aircraft returned to RAF Brize Norton the same day. Ministers pledged a further £6m in emergency aid but stressed that no British personnel would remain on the ground.",
  [],
  "Near-miss: humanitarian aid flown by an air force is not military assistance; the aircrew turns straight round and no personnel are deployed (stated negatively).")

A("en-v8",
  "Appledore yard wins £900m contract for Royal Navy support ships",
  "The Appledore shipyard in north Devon has signed a £900 million contract with the Ministry of Defence to build three fleet solid support ships for the Royal Navy, securing around 1,200 jobs until 2031. The yard's owner, Torridge Marine Holdings, said the agreement, concluded after a two-year competition, includes a fixed-price clause and penalties for late delivery. Steel cutting on the first vessel, which will carry ammunition and stores to carrier strike groups, is due next spring. Unions welcomed the deal but warned that a separate pay agreement for 400 subcontracted welders had yet to be settled.",
  [],
  "Near-miss: a commercial contract for a state's own procurement, plus a pay agreement. No agreement between states, no aid to another state.")

# ---------------------------------------------------------------- French
A("fr-v1",
  "Le Sénégal et la Gambie signent un traité sur le bassin du fleuve Gambie",
  "DAKAR (correspondance) – Le Sénégal et la Gambie ont signé lundi à Banjul un traité encadrant la gestion commune du bassin du fleuve Gambie, après trois ans de négociations. Le texte, paraphé par les deux ministres des Affaires étrangères en présence des chefs d'État, prévoit une autorité conjointe chargée de fixer les quotas de prélèvement pour l'irrigation et de coordonner les futurs barrages. Dakar s'engage notamment à consulter Banjul avant tout nouvel ouvrage en amont. Le traité doit encore être ratifié par les deux Assemblées nationales. Des ONG environnementales saluent une avancée mais regrettent l'absence de la Guinée, où le fleuve prend sa source.",
  ["treaty"],
  "Traité signé entre deux États.")

A("fr-v2",
  "La France porte à 1 500 militaires son contingent en Roumanie",
  "L'état-major des armées a annoncé jeudi l'envoi de 400 militaires supplémentaires en Roumanie, portant à environ 1 500 hommes le contingent français de la mission Aigle, déployé à Cincu, dans le centre du pays. Les renforts, issus pour l'essentiel de la 27e brigade d'infanterie de montagne, arriveront par voie ferroviaire d'ici à la fin du mois avec une vingtaine de véhicules blindés VBCI. Selon le ministère des Armées, il s'agit de « renforcer la posture défensive de l'Alliance » sur son flanc oriental. Les militaires resteront au moins jusqu'au printemps prochain.",
  ["troops"],
  "Envoi de soldats français en Roumanie. « l'Alliance » nommée sans qu'un traité soit invoqué.")

A("fr-v3",
  "La Belgique va céder des blindés et des drones à l'armée béninoise",
  "BRUXELLES – Le gouvernement fédéral a approuvé vendredi un programme d'aide militaire de 38 millions d'euros en faveur des Forces armées béninoises, confrontées à des incursions jihadistes dans le nord du pays. Il comprend la cession de 24 véhicules blindés légers retirés du service belge, des équipements radio et des drones de reconnaissance. Une soixantaine d'opérateurs des forces béninoises seront en outre formés au pilotage de drones sur la base de Florennes à partir de septembre. La ministre de la Défense a précisé que la Belgique n'enverrait pas de troupes sur place.",
  ["military_assistance"],
  "Cession de matériel et formation militaire d'un État à un autre. L'envoi de troupes est nié, donc pas troops.")

A("fr-v4",
  "Paris et Kyiv signent un avenant à leur accord de sécurité : douze Caesar de plus",
  "KYIV – La France et l'Ukraine ont signé mercredi un avenant à l'accord bilatéral de sécurité conclu en 2024, qui engage Paris à livrer douze canons Caesar supplémentaires et 60 000 obus de 155 mm d'ici à la fin de l'année. Le texte, paraphé par les deux ministres de la Défense lors d'une visite éclair dans la capitale ukrainienne, prévoit aussi la formation de 2 000 soldats ukrainiens sur le territoire français et une coopération dans la maintenance des systèmes déjà livrés. « C'est un engagement de long terme, pas une aide au coup par coup », a déclaré le ministre français.",
  ["treaty", "military_assistance"],
  "Accord formel entre États signé (treaty) ; livraisons d'armes et formation (military_assistance). La formation a lieu en France, donc pas de déploiement.")

A("fr-v5",
  "Ottawa dépêche 200 militaires en Lettonie et fournit des drones à Riga",
  "OTTAWA – Le ministre de la Défense nationale a confirmé mardi l'envoi de 200 militaires canadiens supplémentaires en Lettonie, où le Canada dirige la brigade multinationale de l'OTAN basée à Ādaži. Les soldats, principalement du 2e Bataillon du Royal 22e Régiment de Valcartier, partiront en janvier. Ottawa cédera également aux Forces armées lettones 40 drones de surveillance et des systèmes de guerre électronique, une aide évaluée à 65 millions de dollars. À Québec, des familles de militaires déplorent la multiplication des rotations, la troisième en deux ans pour certains.",
  ["troops", "military_assistance"],
  "Déploiement de soldats canadiens (troops) et don de matériel militaire à la Lettonie (military_assistance).")

A("fr-v6",
  "À Avignon, une troupe lyonnaise rejoue « La guerre de Troie n'aura pas lieu »",
  "La compagnie Les Tréteaux du Rhône présente jusqu'au 26 juillet, au Théâtre des Halles, sa version de la pièce de Giraudoux. La troupe de onze comédiens transpose le palais de Priam dans une salle de conférence internationale : Hector, en uniforme fatigué, y négocie la paix avec Ulysse sous les néons, pendant que des soldats grecs attendent en coulisses. Le sujet, traité sans lourdeur, résonne étrangement avec l'actualité. On regrettera seulement un second acte un peu long et une fin trop appuyée. Réservations conseillées.",
  [],
  "Near-miss : troupe de théâtre, participe « traité », négociation de paix et soldats purement fictifs.")

A("fr-v7",
  "Marseille : 300 policiers supplémentaires déployés dans les quartiers nord",
  "Le ministre de l'Intérieur a annoncé samedi, depuis la préfecture des Bouches-du-Rhône, le déploiement de 300 policiers supplémentaires à Marseille, dont deux compagnies de CRS, après une série de règlements de comptes liés au trafic de stupéfiants. Les renforts seront positionnés dès lundi dans les cités de la Castellane et de Frais-Vallon. « Nous menons une guerre contre les trafiquants et nous la gagnerons », a déclaré le ministre, qui a exclu toute intervention de l'armée réclamée par certains élus locaux. Un bilan de l'opération sera présenté dans un mois.",
  [],
  "Near-miss : déploiement de policiers (pas de militaires), « guerre » au sens figuré, intervention de l'armée explicitement exclue.")

A("fr-v8",
  "La DGA commande 42 blindés supplémentaires au lorrain Morvan Défense",
  "La Direction générale de l'armement a notifié mardi au groupe Morvan Défense, basé à Lunéville, une commande de 42 véhicules blindés multirôles destinés à l'armée de Terre, pour un montant de 310 millions d'euros. Ce contrat, qui s'inscrit dans la loi de programmation militaire, porte à 180 le nombre d'exemplaires commandés. Les premières livraisons aux régiments sont attendues fin 2026. L'industriel, qui a signé en parallèle un accord de partenariat avec un motoriste allemand, prévoit d'embaucher 150 personnes. Les syndicats saluent « une bouffée d'oxygène » pour le site.",
  [],
  "Near-miss : achat d'armement par un État pour ses propres forces et accord entre entreprises ; ni aide à un autre État ni accord entre États.")

# ---------------------------------------------------------------- German
A("de-v1",
  "Weitere 400 Soldaten für die Litauen-Brigade verlegt",
  "VILNIUS/BERLIN – Die Bundeswehr hat am Wochenende rund 400 weitere Soldatinnen und Soldaten nach Litauen verlegt. Sie gehören zum Panzergrenadierbataillon 122 aus Oberviechtach und sollen dauerhaft in Rūdninkai südlich von Vilnius stationiert werden, wo die Panzerbrigade 45 bis 2027 ihre volle Stärke von knapp 5.000 Kräften erreichen soll. Ein Sprecher des Heeres sprach von einem „Meilenstein“. Für die Familien der Soldaten entstehen derzeit Wohnungen und eine deutsche Schule in der litauischen Hauptstadt. Die Kosten der Stationierung trägt überwiegend der Bund.",
  ["troops"],
  "Verlegung und dauerhafte Stationierung deutscher Soldaten im Ausland.")

A("de-v2",
  "Bundesregierung stattet Ghanas Marine mit Patrouillenbooten aus",
  "BERLIN – Im Rahmen der sogenannten Ertüchtigungsinitiative stellt die Bundesregierung der ghanaischen Marine sechs Küstenpatrouillenboote, Nachtsichtgeräte und Funktechnik im Wert von 28 Millionen Euro zur Verfügung. Das teilte das Auswärtige Amt am Dienstag mit. Die Boote sollen gegen Piraterie und Schmuggel im Golf von Guinea eingesetzt werden. Zusätzlich übernimmt Deutschland die Ausbildung von 80 ghanaischen Marinesoldaten an der Marineschule Mürwik in Flensburg. Die Grünen im Bundestag begrüßten die Unterstützung, forderten aber eine strengere Kontrolle des Endverbleibs.",
  ["military_assistance"],
  "Staatliche Überlassung von Ausrüstung und Ausbildung für die Streitkräfte eines anderen Staates; Ausbildung in Deutschland, kein Einsatz deutscher Truppen.")

A("de-v3",
  "Nationalrat genehmigt Staatsvertrag mit Liechtenstein zum Hochwasserschutz am Rhein",
  "BERN – Der Nationalrat hat am Mittwoch den Staatsvertrag zwischen der Schweiz und dem Fürstentum Liechtenstein über den gemeinsamen Hochwasserschutz am Alpenrhein mit 168 zu 21 Stimmen genehmigt. Das Abkommen regelt, wie die beiden Länder die Kosten von rund 1,2 Milliarden Franken für die Verbreiterung des Flussbetts zwischen Sargans und dem Bodensee aufteilen. Vaduz hatte den Vertrag bereits im Frühjahr ratifiziert. Die SVP kritisierte, die Schweiz übernehme einen zu hohen Anteil. Der Ständerat befasst sich in der Herbstsession mit der Vorlage.",
  ["treaty"],
  "Staatsvertrag zwischen zwei Staaten wird parlamentarisch genehmigt bzw. ratifiziert.")

A("de-v4",
  "Jerewan kündigt Vertrag über russische Militärbasis – erste Soldaten ziehen ab",
  "JEREWAN – Armenien hat den Vertrag über die russische Militärbasis in Gjumri offiziell gekündigt. Außenminister Aram Sargsjan übergab die Note am Montag dem russischen Botschafter; nach den Bestimmungen des Abkommens aus dem Jahr 1995 beträgt die Frist zwölf Monate. Nach Angaben des armenischen Verteidigungsministeriums haben bereits rund 300 russische Soldaten mit Kolonnen von Schützenpanzern den Stützpunkt verlassen. Moskau sprach von einem „unfreundlichen Akt“ und kündigte Konsequenzen für die Gaslieferungen an. In Gjumri sorgen sich Händler um Tausende Arbeitsplätze.",
  ["treaty", "troops"],
  "Kündigung eines zwischenstaatlichen Abkommens (treaty); Abzug russischer Soldaten aus ihrer Auslandsbasis (troops).")

A("de-v5",
  "Berlin und Chișinău unterzeichnen Verteidigungsabkommen – Radare für Moldau",
  "CHIȘINĂU – Deutschland und die Republik Moldau haben am Donnerstag ein Abkommen über die Zusammenarbeit im Verteidigungsbereich unterzeichnet. Darin sagt Berlin zu, der moldauischen Armee bis 2027 drei mobile Luftraumüberwachungsradare, geschützte Fahrzeuge und Ausrüstung zur Drohnenabwehr zu überlassen. Außerdem sollen moldauische Offiziere an der Führungsakademie in Hamburg ausgebildet werden. Staatssekretär Jens Hollmann betonte, die Hilfe sei rein defensiv; die Neutralität Moldaus werde respektiert. Die Führung der abtrünnigen Region Transnistrien reagierte mit scharfer Kritik.",
  ["treaty", "military_assistance"],
  "Zwischenstaatliches Abkommen unterzeichnet (treaty); Lieferung von Militärgerät und Ausbildung (military_assistance).")

A("de-v6",
  "Werder verlängert mit Kapitän Meiners – Westermann schickt seine Truppe ins Trainingslager",
  "BREMEN – Werder Bremen hat den Vertrag mit Kapitän Lukas Meiners vorzeitig bis 2029 verlängert. Der 27-Jährige unterschrieb am Montag, eine Ausstiegsklausel gibt es nach Angaben des Vereins nicht. Trainer Ole Westermann reist mit seiner Truppe am Mittwoch ins Trainingslager nach Zell am Ziller, wo zehn Tage lang zweimal täglich trainiert wird. „Die Jungs sollen dort zu einer Einheit zusammenwachsen“, sagte Westermann. Noch offen ist die Zukunft von Abwehrchef Tomás Reyes, dessen Berater mit zwei Klubs aus der Premier League verhandelt.",
  [],
  "Near-miss: Spielervertrag (kein Staatsvertrag), „Truppe“ und „Einheit“ bildlich für eine Fußballmannschaft.")

A("de-v7",
  "Feierliches Gelöbnis vor dem Reichstag: 420 Rekruten geloben Treue",
  "BERLIN – Unter dem Applaus von rund 3.000 Angehörigen haben am Sonntagabend 420 Rekrutinnen und Rekruten vor dem Reichstagsgebäude ihr feierliches Gelöbnis abgelegt. Das Wachbataillon marschierte mit klingendem Spiel auf, das Stabsmusikkorps spielte die Nationalhymne. Der Verteidigungsminister sagte in seiner Rede, die jungen Leute hätten „in ernsten Zeiten eine mutige Entscheidung getroffen“. Auf dem Platz der Republik demonstrierten etwa 200 Menschen gegen die Wiedereinführung der Wehrpflicht; die Polizei war mit mehreren Hundertschaften im Einsatz. Zwischenfälle gab es nicht.",
  [],
  "Near-miss: Zeremonie mit Soldaten im Inland (wie eine Parade), Polizeieinsatz; keine Verlegung, kein Vertrag, keine Hilfe.")

A("de-v8",
  "Lausitzer Wehrtechnik und Schwedens Nordvik legen Munitionssparten zusammen",
  "COTTBUS – Die Lausitzer Wehrtechnik GmbH und der schwedische Konzern Nordvik Industries legen ihre Munitionsgeschäfte zusammen. Einen entsprechenden Vertrag haben beide Unternehmen am Freitag in Stockholm unterzeichnet. Das Gemeinschaftsunternehmen mit Sitz in Cottbus soll jährlich bis zu 200.000 Artilleriegranaten fertigen und rund 900 Beschäftigte haben. Der Kaufpreis von 240 Millionen Euro steht noch unter dem Vorbehalt des Bundeskartellamts. Abnehmer seien vor allem europäische Streitkräfte, hieß es. Der Betriebsrat hat eine Standortgarantie bis 2032 ausgehandelt.",
  [],
  "Near-miss: Vertrag zwischen Unternehmen über Rüstungsproduktion; weder Staaten als Vertragsparteien noch Lieferung von Staat zu Staat.")

# ---------------------------------------------------------------- Spanish
A("es-v1",
  "Perú y Bolivia ratifican el tratado para recuperar el lago Titicaca",
  "LA PAZ (Agencias) – Los parlamentos de Perú y Bolivia completaron esta semana la ratificación del tratado binacional para la recuperación ambiental del lago Titicaca, firmado en Puno hace un año por ambos cancilleres. El acuerdo crea un fondo común de 420 millones de dólares para plantas de tratamiento de aguas residuales en El Alto, Juliaca y Puno, y obliga a los dos Estados a compartir en tiempo real los datos de calidad del agua. El canje de instrumentos de ratificación está previsto para el 15 de agosto en Copacabana. Las comunidades aimaras ribereñas reclamaron participar en la autoridad que supervisará las obras.",
  ["treaty"],
  "Tratado entre dos Estados ratificado. «Plantas de tratamiento» es un falso amigo, pero ya hay un tratado real.")

A("es-v2",
  "España eleva a 800 los militares desplegados en Letonia",
  "MADRID – El Ministerio de Defensa enviará en octubre 150 militares más a Letonia, lo que elevará a unos 800 el contingente español desplegado en la base de Ādaži dentro de la presencia avanzada de la OTAN. Los refuerzos, procedentes de la Brigada Guadarrama XII, llevarán consigo carros de combate Leopardo 2E y una batería antiaérea. Fuentes del Estado Mayor de la Defensa explicaron que la rotación durará seis meses. Se trata del mayor despliegue terrestre español en el exterior desde la retirada de Afganistán en 2021.",
  ["troops"],
  "Envío y despliegue de tropas españolas en el extranjero.")

A("es-v3",
  "Estados Unidos dona cuatro patrulleras y radares a la Armada de Ecuador",
  "GUAYAQUIL – La embajada de Estados Unidos entregó este lunes a la Armada del Ecuador cuatro lanchas patrulleras rápidas, dos radares costeros y equipos de visión nocturna, una donación valorada en 19 millones de dólares dentro del programa de Financiamiento Militar Extranjero. El material se destinará a combatir el narcotráfico en el golfo de Guayaquil y en torno a la isla Puná. Washington financiará además cursos para 60 marinos ecuatorianos en Florida. El comandante general de la Armada, almirante Jaime Cevallos, agradeció el apoyo y anunció que las lanchas operarán desde la base de Jaramijó.",
  ["military_assistance"],
  "Donación de material militar y formación de un Estado a la marina de otro.")

A("es-v4",
  "Venezuela concentra tropas cerca del Esequibo y Guyana invoca el Acuerdo de Ginebra",
  "GEORGETOWN / CARACAS – El Gobierno de Guyana invocó este martes el Acuerdo de Ginebra de 1966 y pidió una reunión urgente con el secretario general de la ONU después de que imágenes satelitales mostraran la concentración de al menos 3.000 soldados venezolanos y blindados en el estado Bolívar, a pocos kilómetros del río Cuyuní. Caracas aseguró que las tropas participan en «maniobras de rutina» y acusó a Georgetown de provocación por otorgar nuevas concesiones petroleras en aguas disputadas. Brasil llamó a ambas partes a la calma.",
  ["treaty", "troops"],
  "Se invoca un acuerdo internacional vigente (treaty); tropas concentradas cerca de una frontera disputada (troops).")

A("es-v5",
  "España y Mauritania firman un acuerdo de defensa que incluye blindados y formación",
  "NUAKCHOT – Los ministros de Defensa de España y Mauritania firmaron este jueves un acuerdo de cooperación en materia de defensa por el que Madrid cederá al ejército mauritano 30 vehículos blindados ligeros, drones de vigilancia y material de transmisiones, además de formar a oficiales mauritanos en academias españolas. El texto, que deberá ser ratificado por las Cortes, busca reforzar el control de la frontera con Malí y frenar la expansión de grupos yihadistas hacia el Atlántico. Organizaciones de derechos humanos pidieron garantías sobre el uso del material.",
  ["treaty", "military_assistance"],
  "Acuerdo formal entre Estados firmado (treaty); cesión de material y formación militar (military_assistance).")

A("es-v6",
  "Una novela sobre los tercios de Flandes arrasa en la Feria del Libro",
  "MADRID – La escritora gaditana Inés Valcárcel firmó ayer más de 600 ejemplares de «Sangre en Breda» en la Feria del Libro del Retiro. La novela sigue a un joven soldado de los tercios que, en 1624, sobrevive al asedio de Breda con un viejo tratado de esgrima en la mochila y una carta de su madre que nunca se atreve a abrir. Valcárcel, que pasó tres años en los archivos de Simancas, reconoce que el personaje está tratado «con más cariño que rigor histórico». La editorial ya prepara la segunda edición y negocia los derechos para una serie de televisión.",
  [],
  "Near-miss: «tratado» como obra (treatise) y como participio; soldados en una novela; negociación comercial de derechos.")

A("es-v7",
  "Astilleros del Cantábrico firma con Filipinas un contrato de cuatro corbetas",
  "SANTANDER – Astilleros del Cantábrico ha firmado con la Marina de Filipinas un contrato de 1.100 millones de euros para construir cuatro corbetas de 90 metros, el mayor pedido de exportación en la historia del astillero cántabro. Las dos primeras unidades se fabricarán en Santander y las otras dos en el astillero filipino de Subic, con transferencia de tecnología. La empresa prevé contratar a 700 trabajadores. El comité de empresa celebró el encargo, aunque reclamó que el convenio colectivo pendiente se cierre antes del inicio de las obras.",
  [],
  "Near-miss: contrato comercial de una empresa (compra de armamento propia de Filipinas); no hay ayuda de Estado a Estado ni acuerdo entre Estados; «convenio colectivo» laboral.")

A("es-v8",
  "Tres mil policías para una final de Copa de alto riesgo en Sevilla",
  "SEVILLA – La Policía Nacional desplegará el sábado a 3.000 agentes, apoyados por helicópteros y unidades a caballo, en el dispositivo de seguridad de la final de la Copa del Rey en La Cartuja. Interior ha calificado el partido de alto riesgo tras los incidentes entre ultras del pasado mes. Las aficiones llegarán escoltadas desde dos fan zones separadas. Mientras tanto, la tropa de Rubén Ochoa —así llama la grada a la plantilla bética— ultimó ayer la preparación a puerta cerrada, con la única duda del central Mateo Rial, que arrastra molestias en el tobillo.",
  [],
  "Near-miss: despliegue policial, no militar; «tropa» en sentido figurado para un equipo de fútbol.")

# ---------------------------------------------------------------- Italian
A("it-v1",
  "Libano, altri 200 militari italiani per Unifil: il contingente sale a 1.300",
  "ROMA – Partiranno entro fine mese altri 200 militari italiani destinati al sud del Libano, dove il contingente nazionale della missione Onu Unifil salirà così a circa 1.300 uomini e donne. Lo ha annunciato il ministro della Difesa al termine del Consiglio supremo di difesa. I rinforzi, in gran parte bersaglieri della brigata Garibaldi, saranno schierati nella base di Shama, nel settore ovest, e lungo la Linea blu. «La situazione resta tesa ma la presenza italiana è un fattore di stabilità», ha detto il ministro, che ha escluso un cambio delle regole d'ingaggio.",
  ["troops"],
  "Invio e schieramento di militari italiani all'estero.")

A("it-v2",
  "Aiuti militari alla Tunisia: in consegna blindati Lince e visori notturni",
  "TUNISI – L'Italia consegnerà entro l'estate all'esercito tunisino 40 veicoli blindati Lince dismessi dalle nostre forze armate, visori notturni e sistemi di comunicazione, nell'ambito di un pacchetto di assistenza militare da 55 milioni di euro approvato ieri dal Consiglio dei ministri. Il materiale servirà a rafforzare il controllo del confine con l'Algeria e la Libia. È previsto anche un ciclo di corsi per 120 ufficiali e sottufficiali tunisini presso la Scuola di fanteria di Cesano. Le opposizioni chiedono che il Parlamento sia informato sull'uso dei mezzi.",
  ["military_assistance"],
  "Cessione di mezzi militari e addestramento da uno Stato all'esercito di un altro; corsi in Italia.")

A("it-v3",
  "Italia e Slovenia firmano a Gorizia il trattato sulla gestione dell'Isonzo",
  "GORIZIA – I ministri degli Esteri di Italia e Slovenia hanno firmato ieri, nella sala consiliare del Comune di Gorizia, un trattato bilaterale sulla gestione condivisa del bacino dell'Isonzo. L'intesa fissa un deflusso minimo garantito a valle delle centrali idroelettriche slovene, crea un osservatorio congiunto sulla qualità delle acque e disciplina gli interventi in caso di piena. Il testo dovrà ora essere ratificato dai due Parlamenti. Soddisfatti gli agricoltori della pianura friulana, che da anni lamentano secche estive sempre più lunghe.",
  ["treaty"],
  "Trattato bilaterale tra Stati firmato.")

A("it-v4",
  "Roma e Beirut firmano un accordo di cooperazione militare: mezzi e addestramento all'esercito libanese",
  "BEIRUT – Italia e Libano hanno firmato ieri un accordo intergovernativo di cooperazione nel settore della difesa che prevede la cessione all'esercito libanese di 30 veicoli tattici, apparati radio e materiale per lo sminamento, oltre a corsi di formazione per ufficiali libanesi negli istituti militari italiani. L'intesa, sottoscritta dai due ministri della Difesa, punta a rafforzare le forze armate di Beirut nel sud del Paese. Il testo sarà trasmesso alle Camere per la ratifica. Il valore complessivo dell'assistenza è stimato in 25 milioni di euro in tre anni.",
  ["treaty", "military_assistance"],
  "Accordo intergovernativo firmato e da ratificare (treaty); cessione di mezzi e formazione militare (military_assistance).")

A("it-v5",
  "Kosovo, 250 alpini in rinforzo alla Kfor dopo gli scontri a Zvečan",
  "PRISTINA – Sono atterrati ieri sera a Pristina i primi 250 alpini della brigata Julia inviati in rinforzo alla missione Nato Kfor, attualmente a guida italiana, dopo gli scontri della scorsa settimana nel nord del Kosovo. I militari saranno schierati a presidio dei ponti sull'Ibar a Mitrovica e dei municipi di Zvečan e Leposavić. Il comandante della Kfor, generale Paolo Ferraris, ha spiegato che il dispiegamento durerà «il tempo necessario a riportare la calma». Belgrado ha chiesto garanzie per la popolazione serba.",
  ["troops"],
  "Truppe italiane inviate e schierate in Kosovo.")

A("it-v6",
  "2 giugno, la parata ai Fori Imperiali tra applausi e Frecce Tricolori",
  "ROMA – Oltre 5.000 tra militari, agenti e volontari hanno sfilato stamattina lungo via dei Fori Imperiali per la Festa della Repubblica. Dalla tribuna d'onore il presidente della Repubblica ha assistito al passaggio dei reparti, dai carabinieri a cavallo ai bersaglieri di corsa, accolti dagli applausi di migliaia di romani e turisti. Chiusura affidata come da tradizione alle Frecce Tricolori, che hanno disegnato il tricolore sopra l'Altare della Patria. In serata il Quirinale apre i giardini al pubblico con i concerti delle bande militari.",
  [],
  "Near-miss: militari che sfilano in una parata in patria.")

A("it-v7",
  "Ucraina, da Roma 50 milioni per ricostruire la rete elettrica",
  "ROMA – Il governo ha stanziato 50 milioni di euro per la riparazione della rete elettrica ucraina danneggiata dai bombardamenti. I fondi, gestiti dall'Agenzia italiana per la cooperazione allo sviluppo, serviranno ad acquistare trasformatori, cavi e gruppi elettrogeni per le regioni di Kharkiv e Odessa. Alle gare per le forniture potranno partecipare anche imprese italiane del settore. «È un aiuto civile, per far passare l'inverno alle famiglie», ha spiegato il viceministro degli Esteri, precisando che non si tratta di un nuovo pacchetto militare.",
  [],
  "Near-miss: aiuto civile ed economico a un Paese in guerra; l'aiuto militare è esplicitamente negato.")

A("it-v8",
  "Il Napoli blinda Rinaldi fino al 2029, Marchetti carica la truppa",
  "NAPOLI – È arrivata la firma: Gennaro Rinaldi ha rinnovato il contratto con il Napoli fino al 2029, con un ingaggio che sale a 3,5 milioni a stagione più bonus. L'accordo, trattato per settimane dall'agente del centrocampista, non prevede clausole rescissorie. Intanto a Castel Volturno il tecnico Fabio Marchetti ha radunato la truppa per preparare la trasferta di Bergamo: «Servono elmetto e sacrificio, è una battaglia», ha detto ai suoi. Ancora in dubbio il difensore Kouamé, alle prese con un affaticamento muscolare.",
  [],
  "Near-miss: contratto di un calciatore, participio «trattato», «truppa» e «battaglia» in senso figurato.")

# ---------------------------------------------------------------- Portuguese
A("pt-v1",
  "Brasil e Paraguai assinam revisão do Tratado de Itaipu após dois anos de negociação",
  "ASSUNÇÃO – Os chanceleres do Brasil e do Paraguai assinaram nesta segunda-feira a revisão do Anexo C do Tratado de Itaipu, que define as regras de comercialização da energia produzida pela usina binacional. Pelo novo texto, o Paraguai poderá vender diretamente no mercado brasileiro a parcela que não consome, e a tarifa passará a ser revista a cada três anos. O acordo, negociado desde 2023, ainda precisa ser aprovado pelos Congressos dos dois países. Empresários paraguaios comemoraram; no Brasil, associações de grandes consumidores de energia temem aumento de custos.",
  ["treaty"],
  "Revisão de um tratado entre Estados assinada.")

A("pt-v2",
  "Portugal envia mais 180 militares para a República Centro-Africana",
  "LISBOA – Uma nova força de 180 militares portugueses, na sua maioria paraquedistas, parte na próxima semana para Bangui, onde vai render o contingente nacional integrado na missão das Nações Unidas MINUSCA. O Estado-Maior-General das Forças Armadas confirmou que a força ficará estacionada na capital centro-africana durante seis meses, servindo como força de reação rápida da missão. A cerimónia de despedida decorre na sexta-feira em Tancos, com a presença do ministro da Defesa Nacional e de familiares dos militares.",
  ["troops"],
  "Envio e estacionamento de militares portugueses no estrangeiro.")

A("pt-v3",
  "Portugal entrega viaturas blindadas e drones às Forças Armadas de Moçambique",
  "MAPUTO – Portugal entregou esta semana às Forças Armadas de Defesa de Moçambique 16 viaturas blindadas ligeiras, drones de vigilância e equipamento de comunicações, no valor de 12 milhões de euros, destinados ao combate à insurgência em Cabo Delgado. A cedência, aprovada em Conselho de Ministros em março, inclui ainda cursos de manutenção para 40 mecânicos moçambicanos, que decorrerão em Lisboa. O ministro moçambicano da Defesa agradeceu «o apoio de um parceiro histórico» e garantiu que o material seguirá para Mocímboa da Praia até ao fim do mês.",
  ["military_assistance"],
  "Cedência de material militar e formação de um Estado às forças armadas de outro.")

A("pt-v4",
  "RDC e Ruanda assinam em Luanda acordo que prevê retirada de tropas do Kivu",
  "LUANDA – Os ministros dos Negócios Estrangeiros da República Democrática do Congo e do Ruanda assinaram hoje, em Luanda, um acordo de paz mediado por Angola que prevê a retirada, no prazo de 90 dias, das tropas ruandesas presentes no leste congolês. Em contrapartida, Kinshasa compromete-se a desarmar as milícias hutus das FDLR. Um mecanismo de verificação com observadores angolanos e da União Africana acompanhará a saída dos militares. O Presidente angolano classificou o texto de «histórico», mas analistas lembram que acordos semelhantes já foram violados no passado.",
  ["treaty", "troops"],
  "Acordo de paz entre Estados assinado (treaty); retirada prevista de tropas estrangeiras (troops).")

A("pt-v5",
  "Austrália destaca 90 militares para Díli e oferece navios-patrulha às F-FDTL",
  "DÍLI – A Austrália vai destacar 90 militares para Timor-Leste a partir de julho, no âmbito de um programa de cooperação que inclui a doação de dois navios-patrulha da classe Guardian às Falintil-Forças de Defesa de Timor-Leste (F-FDTL). Os militares australianos ficarão estacionados na base naval de Hera, onde vão formar as tripulações timorenses e apoiar a vigilância marítima no mar de Timor. O primeiro-ministro timorense agradeceu a «ajuda de um vizinho e amigo», sublinhando que os navios ajudarão a combater a pesca ilegal.",
  ["troops", "military_assistance"],
  "Militares australianos estacionados em Timor-Leste (troops); doação de navios e formação (military_assistance).")

A("pt-v6",
  "«Tropa de Elite 3» começa a ser rodado na Maré com elenco renovado",
  "RIO DE JANEIRO – Começaram nesta semana, no Complexo da Maré, as filmagens de «Tropa de Elite 3», que retoma a história dos policiais do BOPE quase vinte anos depois do primeiro filme. A equipe de produção, com mais de 200 técnicos, conta com o apoio de consultores que serviram na corporação. O diretor, Caio Moreira, diz que o roteiro foi tratado «com respeito pelos moradores» e que a comunidade participa como figurante. A estreia nos cinemas está prevista para o segundo semestre do ano que vem.",
  [],
  "Near-miss: «Tropa» no título de um filme sobre polícia; equipe de filmagem; particípio «tratado».")

A("pt-v7",
  "Portugal envia 62 bombeiros para combater incêndios na Grécia",
  "LISBOA – Um grupo de 62 bombeiros portugueses e dois aviões anfíbios partem esta madrugada para a Grécia, a pedido das autoridades gregas, para ajudar no combate aos incêndios que lavram na ilha de Eubeia. A missão, coordenada pela Autoridade Nacional de Emergência e Proteção Civil, deverá durar dez dias. Os aviões, operados por uma empresa privada contratada pelo Estado, ficarão baseados em Elefsina. O contingente leva ainda viaturas de combate a incêndios e equipamento de comunicações.",
  [],
  "Near-miss: envio de bombeiros civis (contingente, missão, viaturas de combate), não de militares; ajuda de proteção civil.")

A("pt-v8",
  "Aerovale fecha venda de seis aviões de ataque leve à Força Aérea Paraguaia",
  "SÃO JOSÉ DOS CAMPOS – A fabricante brasileira Aerovale anunciou nesta quarta-feira a assinatura de um contrato com a Força Aérea Paraguaia para o fornecimento de seis aviões de ataque leve AV-40 Jaguaretê, com pacote de peças e simuladores. O valor não foi divulgado, mas analistas estimam o negócio em cerca de 120 milhões de dólares. As entregas começam em 2026. Com a venda, o modelo passa a operar em nove forças aéreas. As ações da empresa subiram 2,4% na B3 após o anúncio.",
  [],
  "Near-miss: contrato comercial de uma empresa com uma força aérea estrangeira (compra própria do Paraguai); nenhuma ajuda de Estado a Estado.")

# ---------------------------------------------------------------- Polish
A("pl-v1",
  "Kolejni amerykańscy żołnierze w Polsce. Do Skwierzyny przybyła brygada pancerna",
  "SKWIERZYNA – Do bazy w Skwierzynie i na poligon w Żaganiu przybyło w weekend blisko 3,5 tys. żołnierzy amerykańskiej brygadowej grupy bojowej z 1. Dywizji Kawalerii. Wraz z nimi koleją dotarło ponad 80 czołgów Abrams i 130 bojowych wozów piechoty Bradley. Brygada zastąpi jednostkę, która po dziewięciu miesiącach wraca do Teksasu. Jak poinformowało Dowództwo Operacyjne, rotacyjna obecność wojsk USA na wschodniej flance NATO będzie utrzymana co najmniej do 2027 r. Mieszkańcy Skwierzyny liczą na ożywienie lokalnego handlu.",
  ["troops"],
  "Przybycie i stacjonowanie wojsk USA w Polsce.")

A("pl-v2",
  "Polska przekaże Ukrainie 48. pakiet pomocy wojskowej: haubice i amunicja",
  "WARSZAWA – Rada Ministrów zatwierdziła we wtorek 48. pakiet pomocy wojskowej dla Ukrainy. Jak poinformował wicepremier, minister obrony narodowej, w jego skład wejdą m.in. 18 haubic samobieżnych, kilkadziesiąt tysięcy pocisków artyleryjskich kal. 155 mm oraz sprzęt do zwalczania dronów. Wartość pakietu szacowana jest na 1,2 mld zł. Część kosztów ma zostać pokryta z Europejskiego Instrumentu na rzecz Pokoju. Szef MON zapowiedział, że pierwsze dostawy dotrą do odbiorcy jeszcze w tym miesiącu.",
  ["military_assistance"],
  "Dostawy uzbrojenia od państwa dla innego państwa.")

A("pl-v3",
  "Sejm za ratyfikacją umowy z Niemcami o ochronie przeciwpowodziowej na Odrze",
  "WARSZAWA – Sejm przytłaczającą większością głosów wyraził zgodę na ratyfikację umowy między Polską a Niemcami o współpracy w zakresie ochrony przeciwpowodziowej na granicznym odcinku Odry i Nysy Łużyckiej. Umowa, podpisana przez ministrów spraw zagranicznych obu państw w Słubicach, przewiduje wspólny system ostrzegania, wymianę danych hydrologicznych w czasie rzeczywistym i finansowanie modernizacji wałów. Ustawa trafi teraz do Senatu, a następnie do podpisu prezydenta. Samorządowcy z Lubuskiego mówią o „przełomie po latach rozmów”.",
  ["treaty"],
  "Ratyfikacja umowy międzynarodowej między państwami.")

A("pl-v4",
  "Polska i Litwa podpisały porozumienie o stacjonowaniu polskich żołnierzy",
  "WILNO – Ministrowie obrony Polski i Litwy podpisali w czwartek w Wilnie międzyrządowe porozumienie, które otwiera drogę do stałego stacjonowania polskich żołnierzy na Litwie. Zgodnie z dokumentem w rejonie przesmyku suwalskiego, w okolicach Mariampola, ma zostać rozmieszczony batalion liczący ok. 600 wojskowych z 15. Giżyckiej Brygady Zmechanizowanej. Pierwsza kompania przybędzie jeszcze w tym roku. Porozumienie wymaga ratyfikacji przez litewski Sejm. Moskwa nazwała decyzję „prowokacją”.",
  ["treaty", "troops"],
  "Podpisanie porozumienia międzyrządowego (treaty); zapowiedziane stacjonowanie żołnierzy za granicą (troops).")

A("pl-v5",
  "Warszawa i Kijów podpisały umowę o bezpieczeństwie. Więcej dostaw sprzętu",
  "KIJÓW – Premierzy Polski i Ukrainy podpisali w poniedziałek w Kijowie dwustronną umowę o współpracy w dziedzinie bezpieczeństwa na dziesięć lat. Polska zobowiązała się w niej do kontynuowania dostaw uzbrojenia – w tym amunicji artyleryjskiej, moździerzy i bezzałogowców – oraz do szkolenia ukraińskich żołnierzy na poligonach w Polsce. Dokument przewiduje też wspólne projekty przemysłu zbrojeniowego. Opozycja zarzuca rządowi, że treść umowy nie została wcześniej przedstawiona Sejmowi.",
  ["treaty", "military_assistance"],
  "Dwustronna umowa między państwami (treaty); dostawy broni i szkolenie (military_assistance). Szkolenie w Polsce, brak wysłania wojsk.")

A("pl-v6",
  "Zabrzańska trupa jedzie z „Okopami” do Francji",
  "ZABRZE – Aktorzy Teatru Nowego w Zabrzu zagrają w przyszłym tygodniu w Lyonie i Grenoble spektakl „Okopy”, opowieść o trzech śląskich chłopakach wcielonych do trzech różnych armii w czasie I wojny światowej. Dla dwunastoosobowej trupy to pierwsze tournée za granicą od 15 lat. Reżyserka Agata Pilch mówi, że spektakl „nie jest o bitwach, tylko o matkach, które czekają”. Scenografię – worki z piaskiem i zardzewiały drut kolczasty – przewiezie jedna ciężarówka. Wyjazd dofinansował urząd marszałkowski.",
  [],
  "Near-miss: trupa teatralna; armie i wojna tylko w fikcji scenicznej.")

A("pl-v7",
  "Straż Graniczna wzmacnia patrole na granicy z Białorusią",
  "BIAŁYSTOK – Podlaski Oddział Straży Granicznej skierował na granicę z Białorusią dodatkowych 400 funkcjonariuszy z innych regionów kraju. Jak poinformowała rzeczniczka formacji, w ostatnim tygodniu odnotowano ponad 1,2 tys. prób nielegalnego przekroczenia granicy, głównie w rejonie Białowieży i Czeremchy. Strażnicy otrzymali też nowe kamery termowizyjne, kupione w ramach kontraktu z podlaską firmą Termovis. Wzmocnione patrole policji pojawią się także na drogach dojazdowych do strefy buforowej.",
  [],
  "Near-miss: wzmocnienie straży granicznej i policji (nie wojsko); kontrakt z firmą.")

A("pl-v8",
  "Agencja Uzbrojenia podpisała umowę na 96 haubic z Mazowieckimi Zakładami Zbrojeniowymi",
  "RADOM – Agencja Uzbrojenia podpisała w piątek z Mazowieckimi Zakładami Zbrojeniowymi umowę wartą 5,4 mld zł na dostawę 96 haubic samobieżnych dla Wojsk Lądowych. Pierwsze egzemplarze trafią do 11. Mazurskiego Pułku Artylerii w 2026 r. Wicepremier mówił podczas uroczystości w Radomiu o „największym kontrakcie w historii zakładu”. Spółka zapowiada zatrudnienie 300 osób i budowę nowej hali montażowej. Związkowcy z MZZ domagają się podwyżek.",
  [],
  "Near-miss: „umowa” to kontrakt handlowy na zakupy własnej armii; brak umowy międzypaństwowej i pomocy dla innego państwa.")

# ---------------------------------------------------------------- Dutch
A("nl-v1",
  "Nederland stuurt Oekraïne extra munitie en F-16-onderdelen",
  "DEN HAAG – Het kabinet stuurt Oekraïne een nieuw steunpakket ter waarde van 350 miljoen euro, met onder meer luchtdoelraketten, artilleriegranaten en reserveonderdelen voor de F-16's die Nederland eerder leverde. Dat schrijft de minister van Defensie in een brief aan de Tweede Kamer. Een deel van de munitie wordt via Duitsland bij de industrie aangekocht en rechtstreeks naar Oekraïne vervoerd. Daarnaast betaalt Nederland mee aan een Deens programma voor de productie van drones in Oekraïne. De PVV en de SP stemden tegen de extra uitgaven.",
  ["military_assistance"],
  "Levering van wapens en munitie van staat aan staat.")

A("nl-v2",
  "Defensie stuurt 250 militairen naar Litouwen voor Duitse brigade",
  "DEN HAAG – Nederland stuurt komend voorjaar ongeveer 250 militairen naar Litouwen, waar zij onder Duits bevel deel gaan uitmaken van de nieuwe zware brigade aan de oostflank van de NAVO. Het gaat vooral om infanteristen uit Oirschot, aangevuld met geniesoldaten. Zij worden gelegerd in Rukla en blijven minstens een jaar. De minister van Defensie noemt de inzet 'een logisch vervolg' op de nauwe samenwerking met de Bundeswehr, waarin al meerdere Nederlandse eenheden zijn opgenomen.",
  ["troops"],
  "Uitzending en legering van Nederlandse militairen in het buitenland.")

A("nl-v3",
  "België en Nederland tekenen verdrag over nieuwe verdieping van de Westerschelde",
  "ANTWERPEN – België en Nederland hebben dinsdag in Antwerpen een verdrag ondertekend over een nieuwe verdieping van de Westerschelde, zodat containerschepen met een diepgang tot 16 meter de haven van Antwerpen-Brugge getijonafhankelijk kunnen bereiken. Volgens de tekst draagt België het grootste deel van de kosten, terwijl Nederland bevoegd blijft voor de natuurcompensatie in Zeeland. Het verdrag moet nog worden goedgekeurd door de Tweede Kamer en het federale parlement. Zeeuwse boeren vrezen opnieuw dat landbouwgrond onder water wordt gezet, zoals bij de Hedwigepolder.",
  ["treaty"],
  "Verdrag tussen twee staten ondertekend.")

A("nl-v4",
  "Nederland en Suriname sluiten defensieverdrag: opleiding en patrouillevoertuigen",
  "PARAMARIBO – Nederland en Suriname hebben donderdag een verdrag over defensiesamenwerking ondertekend, het eerste in bijna vijftig jaar. Nederland schenkt het Nationaal Leger twaalf gepantserde patrouillevoertuigen, nachtzichtapparatuur en twee rivierboten voor het toezicht op het binnenland, en leidt de komende drie jaar Surinaamse officieren op aan de Koninklijke Militaire Academie in Breda. De Surinaamse minister van Defensie sprak van 'een nieuwe bladzijde in onze relatie'. Critici in De Nationale Assemblée wijzen op het koloniale verleden.",
  ["treaty", "military_assistance"],
  "Verdrag tussen staten ondertekend (treaty); schenking van militair materieel en opleiding (military_assistance).")

A("nl-v5",
  "Belgische para's versterken NAVO-oostflank in Roemenië",
  "BRUSSEL – Een detachement van 300 Belgische militairen vertrekt volgende week naar Roemenië om er de multinationale NAVO-battlegroup onder Frans bevel te versterken. De soldaten, grotendeels para's van het 2de Bataljon Commando uit Flawinne, nemen hun intrek in het kamp van Cincu en blijven er vier maanden. De minister van Defensie liet weten dat België zijn aanwezigheid in Oost-Europa 'de komende jaren structureel' wil maken. De oppositie vraagt een debat in de Kamer over de kostprijs, geraamd op 22 miljoen euro.",
  ["troops"],
  "Belgische militairen naar het buitenland gestuurd en daar gelegerd.")

A("nl-v6",
  "Vrijwilligers ruimen troep op na zware storm in Zeeuws-Vlaanderen",
  "TERNEUZEN – Honderden vrijwilligers hebben zaterdag in Sluis, Breskens en Terneuzen de troep opgeruimd die storm Vera achterliet. Omgewaaide bomen, kapotte dakpannen en aangespoeld plastic lagen tot in de straten. 'Het was een leger van mensen met kruiwagens', zei een wethouder van Sluis tevreden. De gemeente zette extra containers neer en de veerdienst naar Vlissingen voer weer volgens dienstregeling. Verzekeraars verwachten duizenden schademeldingen; het KNMI waarschuwt voor nieuwe windstoten.",
  [],
  "Near-miss: 'troep' betekent rommel; 'leger' figuurlijk.")

A("nl-v7",
  "Veteranendag: duizenden veteranen defileren door Den Haag",
  "DEN HAAG – Onder een stralende zon hebben zaterdag ruim vierduizend veteranen, militairen en burgers met een Veteranenpas gedefileerd door het centrum van Den Haag. De koning nam het defilé af vanaf het bordes bij het Plein. Na de ceremonie in de Ridderzaal trokken de deelnemers langs het Lange Voorhout, waar duizenden belangstellenden stonden te applaudisseren. Ook voertuigen van de landmacht en een flypast van de luchtmacht maakten deel uit van het programma. Op het Malieveld vond een veteranenfestival plaats.",
  [],
  "Near-miss: militairen en veteranen in een defilé in eigen land.")

A("nl-v8",
  "Defensiebonden en kabinet bereiken cao-akkoord: militairen krijgen 9 procent erbij",
  "DEN HAAG – De defensiebonden en het ministerie van Defensie hebben na maanden onderhandelen een akkoord bereikt over nieuwe arbeidsvoorwaarden. Militairen en burgerpersoneel krijgen over twee jaar 9 procent meer loon en de reiskostenvergoeding gaat omhoog. Ook komt er een regeling voor militairen die langdurig van huis zijn. De bonden leggen het akkoord nu voor aan hun leden. 'Het personeel heeft lang genoeg gewacht', zei een woordvoerder van een van de militaire vakbonden.",
  [],
  "Near-miss: arbeidsvoorwaardenakkoord (cao) met militairen, geen verdrag tussen staten; geen uitzending.")


# ---------------------------------------------------------------- self-check
def self_check(articles):
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(articles) == 8 * len(LANGS), len(articles)
    for lang in LANGS:
        sub = [a for a in articles if a["language"] == lang]
        assert len(sub) == 8, (lang, len(sub))
        assert sorted(a["id"] for a in sub) == sorted(f"{lang}-v{i}" for i in range(1, 9)), lang
        pos = [a for a in sub if a["kind"] == "positive"]
        neg = [a for a in sub if a["kind"] == "near-miss"]
        assert len(pos) == 5 and len(neg) == 3, (lang, len(pos), len(neg))
        for rule in RULES:
            assert any(rule in a["rules"] for a in pos), (lang, rule)
    for a in articles:
        assert a["language"] == a["id"].split("-")[0], a["id"]
        assert set(a["rules"]) <= set(RULES), a["id"]
        assert len(set(a["rules"])) == len(a["rules"]), a["id"]
        assert a["kind"] == ("positive" if a["rules"] else "near-miss"), a["id"]
        assert 250 <= len(a["body"]) <= 800, (a["id"], len(a["body"]))
        assert a["title"].strip() and a["note"].strip(), a["id"]


def main():
    self_check(ARTICLES)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "west.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for a in ARTICLES:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    counts = {}
    for a in ARTICLES:
        for r in a["rules"]:
            counts.setdefault(a["language"], {}).setdefault(r, 0)
            counts[a["language"]][r] += 1
    for lang in LANGS:
        print(lang, counts.get(lang, {}))
    print("wrote", len(ARTICLES), "articles to", out)


if __name__ == "__main__":
    main()
