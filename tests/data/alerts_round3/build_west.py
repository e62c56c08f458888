#!/usr/bin/env python3
"""Hand-labelled alert evaluation set, round 3, western languages.

Writes west.jsonl next to this script: 64 fictional news articles
(en fr de es it pt pl nl, 8 each: 5 positives, 3 near-misses).
Standard library only.
"""
import json
import os
from collections import Counter, defaultdict

RULES = {"treaty", "troops", "military_assistance"}
LANGS = ["en", "fr", "de", "es", "it", "pt", "pl", "nl"]

T, TR, MA = "treaty", "troops", "military_assistance"

ARTICLES = []


def A(id_, title, body, rules, note):
    ARTICLES.append({
        "id": id_,
        "language": id_.split("-")[0],
        "title": title,
        "body": body,
        "rules": list(rules),
        "kind": "positive" if rules else "near-miss",
        "note": note,
    })


# ---------------------------------------------------------------- English
A("en-r1",
  "Tajik, Kyrgyz guards trade fire at Vorukh; Bishkek rushes in reinforcements",
  "DUSHANBE/BISHKEK, June 3 – Border units of Tajikistan and Kyrgyzstan exchanged small-arms and mortar fire for nearly four hours on Monday near the Vorukh exclave, wounding at least three servicemen, officials on both sides said. Kyrgyzstan's defence ministry confirmed it had moved a motor-rifle company and two armoured personnel carriers into Batken province overnight. Each capital accused the other of breaching the 2023 protocol on the delimitation of the disputed stretch of frontier, and Kyrgyz deputy foreign minister Nurlan Asanaliev told reporters Bishkek would demand an emergency session of the joint commission set up under that agreement.",
  [T, TR],
  "Armed clash and a motor-rifle company moved to the border = troops; interstate border protocol invoked = treaty.")

A("en-r2",
  "Norway to donate patrol boats, coastal radars to Estonian navy",
  "OSLO – Norway will hand over four decommissioned coastal patrol craft and two mobile surveillance radars to Estonia, the defence ministry said on Thursday, in a package worth some 420 million crowns. The vessels, retired from the Royal Norwegian Navy last year, will be refitted at a yard in Bergen before delivery in the spring. Oslo is also paying for around 60 Estonian sailors and radar operators to be trained at Haakonsvern naval base. “Estonia's ability to watch the Gulf of Finland is a shared interest,” State Secretary Ingrid Solheim-Aas said, adding that spare parts for five years were included in the transfer.",
  [MA],
  "State-to-state donation of patrol boats and radars plus financed training of Estonian sailors = military assistance. Training happens in Norway, no deployment.")

A("en-r3",
  "Belfast troupe takes ‘Blue Helmets’ to Sarajevo stage",
  "A Belfast theatre troupe opened a three-week run at Sarajevo's National Theatre on Friday with Blue Helmets, a play about a young corporal from Cork serving in south Lebanon in 1982. The twelve actors spent two years interviewing former soldiers and their families, director Aoife McCann said, and the production has been treated by critics as one of the year's most ambitious touring shows. The company, whose tour is backed by a sponsorship deal with a Belfast brewery and by the MESS festival, will go on to Mostar and Banja Luka before returning home in November.",
  [],
  "Theatre troupe touring with a play about peacekeepers; 'treated' participle; sponsorship deal. No real deployment, treaty or aid.")

A("en-r4",
  "Fresh Kenyan battalion lands in Malakal as UN rotates South Sudan force",
  "MALAKAL, South Sudan – Some 750 Kenyan peacekeepers touched down in Malakal this week, taking over from a contingent that had spent fourteen months guarding the protection-of-civilians site in Upper Nile state, the UN mission said. The rotation, carried out in three chartered flights, comes as fighting between government troops and an armed faction loyal to a sacked county commissioner has displaced thousands along the Sobat river. “Our blue helmets will patrol beyond the camp perimeter from next week,” Lieutenant-Colonel Peter Wambua, the incoming battalion commander, said.",
  [TR],
  "Peacekeeping battalion rotation and government troops fighting = troops.")

A("en-r5",
  "Lithuanian lawmakers ratify 10-year security pact with Kyiv",
  "VILNIUS – Lithuania's parliament on Tuesday ratified a ten-year bilateral security agreement with Ukraine, 118 votes to three, binding future governments to keep up defence support for Kyiv. Under the accord, Vilnius commits to earmark at least 0.25% of gross domestic product a year for military assistance. Defence Minister Rimantas Kulikauskas said a new consignment of 155mm artillery shells, counter-drone jammers and cold-weather gear would leave for Ukraine before the end of the month, and that Lithuania would also finance demining equipment for Ukrainian sappers.",
  [T, MA],
  "Parliament ratifies bilateral security agreement = treaty; shells and jammers shipped to Ukraine = military assistance.")

A("en-r6",
  "Fiji star Vatubua signs three-year Toulon deal",
  "Fiji winger Josaia Vatubua has signed a three-year agreement with Top 14 side Toulon, the French club announced on Wednesday, ending months of speculation over his future. The contract, reportedly the largest ever offered to a Pacific islander in France, still has to be ratified by the league's salary-cap commission. Vatubua, 24, first picked up a rugby ball with the army team while a corporal in the Republic of Fiji Military Forces and later starred for the Fijian Drua in Super Rugby. “The lads at the barracks in Suva have been texting me all night,” he joked at a press conference on the Mediterranean coast.",
  [],
  "Player contract 'signed' and 'ratified' by a league; former army corporal. Sports, not a treaty or troop deployment.")

A("en-r7",
  "High Court throws out challenge to Timor Sea boundary treaty",
  "CANBERRA – Australia's High Court on Thursday unanimously dismissed a challenge to the maritime boundary treaty with Timor-Leste, rejecting an argument by Darwin-based Arafura Offshore Services that the pact had unlawfully extinguished its exploration permit. The justices found that the treaty, signed at the United Nations in New York in 2018 and in force since 2019, had been validly given effect by federal legislation. Dili welcomed the ruling; Timor-Leste's chief negotiator, Leonor da Costa, said it “confirms that a border drawn in good faith between neighbours cannot be unpicked by a company”.",
  [T],
  "Court ruling upholding an interstate maritime boundary treaty = treaty.")

A("en-r8",
  "Thai army orders 40 armoured carriers from local maker at Bangkok expo",
  "BANGKOK – The Royal Thai Army signed a 3.1-billion-baht contract on Wednesday for 40 wheeled armoured personnel carriers from Siam Armour Works, the biggest order yet placed with a domestic manufacturer, on the opening day of the Defense & Security exhibition. The vehicles will replace ageing carriers in infantry battalions based in the northeast from 2027. At the same stand, the company signed a memorandum of understanding with South Korean engine maker Daewon Powertrain on local assembly. Soldiers from the 2nd Cavalry Division demonstrated the prototype on a test track outside the hall.",
  [],
  "A state's own procurement at a trade fair, company-to-company MoU, soldiers demonstrating at home. No rule.")

# ---------------------------------------------------------------- French
A("fr-r1",
  "Tchad : N'Djamena envoie 800 militaires en renfort à la frontière soudanaise",
  "N'DJAMENA – Les autorités tchadiennes ont acheminé au cours du week-end quelque 800 soldats supplémentaires vers Adré et Tiné, dans l'est du pays, après des tirs d'artillerie venus du Darfour qui ont touché un marché, a-t-on appris lundi de sources sécuritaires. Ces renforts, appuyés par une dizaine de blindés légers, doivent « sécuriser la bande frontalière et les camps de réfugiés », a déclaré le porte-parole de l'état-major, le colonel Moussa Abdelkerim. Selon un humanitaire joint sur place, des convois militaires circulaient encore dimanche soir sur la route d'Abéché.",
  [TR],
  "Soldiers and armoured vehicles sent as reinforcements to the border = troops.")

A("fr-r2",
  "Le Parlement sénégalais ratifie le nouveau protocole de pêche avec l'UE",
  "DAKAR – L'Assemblée nationale a autorisé jeudi, par 121 voix contre 19, la ratification du protocole d'application de l'accord de partenariat de pêche durable conclu avec l'Union européenne. Le texte, négocié pendant dix-huit mois à Bruxelles, fixe à 10 000 tonnes par an le quota de thon accordé aux navires européens et prévoit une contrepartie financière de 3,2 millions d'euros. Plusieurs députés de l'opposition ont dénoncé un arrangement « déséquilibré » pour les pêcheurs artisanaux de Kayar et de Joal. Le ministre des Pêches, Abdoulaye Ndiaye, a assuré que la clause de suspension serait activée en cas de manquement.",
  [T],
  "Ratification of a protocol to an agreement between a state and the EU = treaty (non-military, still a formal international agreement).")

A("fr-r3",
  "Québec : le chapiteau d'une troupe bretonne se déploie sur les plaines d'Abraham",
  "QUÉBEC – La troupe du Cirque Vagabond, venue de Bretagne avec quarante artistes et dix-huit semi-remorques, a déployé mardi son chapiteau sur les plaines d'Abraham pour une série de 25 représentations. Son nouveau spectacle, « 1759 », revient sur la bataille qui a scellé le sort de la Nouvelle-France, un sujet traité avec beaucoup d'humour par les clowns et les acrobates. « Nos tuniques rouges et nos miliciens sont des trapézistes », sourit le metteur en scène Yann Le Goff. La tournée nord-américaine, prévue par un contrat avec un diffuseur montréalais, passera ensuite par Ottawa et Moncton.",
  [],
  "Circus troupe 'deploys' its tent; historical battle as show theme; 'traité' participle; commercial contract. No rule.")

A("fr-r4",
  "Bénin : Paris va former des soldats béninois et fournir des drones de surveillance",
  "COTONOU – La France va déployer une centaine d'instructeurs militaires dans le nord du Bénin pour former des unités de l'armée béninoise engagées contre les groupes jihadistes près de la frontière burkinabè, a annoncé mercredi le ministère des Armées. Ce détachement, installé à Kandi pour au moins un an, encadrera la formation de deux compagnies d'infanterie. Paris livrera également une quinzaine de drones de reconnaissance et des véhicules tout-terrain, financés sur le budget de la coopération de défense. Cotonou avait sollicité ce soutien après l'attaque d'un poste militaire en janvier.",
  [TR, MA],
  "French military detachment deployed to Benin = troops; training Beninese units and delivering drones = military assistance.")

A("fr-r5",
  "L'UE et la Moldavie signent un accord-cadre de sécurité, 40 millions d'euros d'équipements à la clé",
  "BRUXELLES – L'Union européenne et la République de Moldavie ont signé lundi un accord-cadre de sécurité et de défense, qui formalise leur coopération en matière de cybersécurité, de lutte contre les menaces hybrides et de gestion de crise. Dans la foulée, le Conseil a approuvé une nouvelle enveloppe de 40 millions d'euros au titre de la Facilité européenne pour la paix, destinée à l'achat de radars de défense aérienne, de systèmes anti-drones et de véhicules de transport pour l'armée moldave. « Chisinau n'est pas seule », a lancé un haut diplomate européen, tandis que la ministre moldave de la Défense, Ana Rusnac, saluait « un engagement écrit ».",
  [T, MA],
  "Framework agreement signed between the EU and a state = treaty; EPF-funded radars and anti-drone systems for the Moldovan army = military assistance.")

A("fr-r6",
  "Un A400M de l'armée de l'Air achemine 20 tonnes de vivres à Beyrouth",
  "Un avion de transport A400M de l'armée de l'Air et de l'Espace a décollé mercredi d'Orléans-Bricy avec vingt tonnes d'aide humanitaire destinée aux familles déplacées du Sud-Liban, a indiqué le Quai d'Orsay. La cargaison – kits d'hygiène, tentes, médicaments et lait infantile – a été remise à l'arrivée au Croissant-Rouge libanais et à une ONG locale. Il s'agit de la troisième rotation de ce type depuis le début du mois. Le Centre de crise et de soutien précise que cette aide, financée sur le fonds d'urgence humanitaire, ne comprend aucun matériel militaire.",
  [],
  "Humanitarian aid flown by the air force; explicit negation of military equipment. No rule.")

A("fr-r7",
  "Centrafrique : relève des Casques bleus marocains à Bangassou, Bangui hausse le ton",
  "BANGUI – Un nouveau contingent de 750 Casques bleus marocains a pris position cette semaine à Bangassou, dans le sud-est de la Centrafrique, en remplacement du bataillon arrivé en 2023, a indiqué la MINUSCA. Cette relève intervient dans un climat tendu : le gouvernement reproche à la mission onusienne d'avoir enfreint l'accord sur le statut des forces conclu avec l'ONU en faisant circuler des patrouilles sans préavis près de la frontière avec la RDC. « Le SOFA n'est pas une formalité », a martelé le ministre des Affaires étrangères, Sylvain Ngoumbé, qui réclame une réunion du comité mixte.",
  [T, TR],
  "Rotation of a peacekeeping contingent = troops; host state accuses UN of breaching the status-of-forces agreement = treaty.")

A("fr-r8",
  "Naval Group : direction et syndicats signent un accord sur les salaires à Cherbourg",
  "CHERBOURG – Après trois semaines de débrayages, la direction de Naval Group et quatre syndicats ont signé vendredi un accord d'entreprise prévoyant une hausse générale de 4,1 % et une prime de 900 euros pour les 3 500 salariés du site. Le dossier a été traité en priorité, car le chantier doit livrer en 2026 un sous-marin nucléaire d'attaque de la classe Suffren commandé par la Marine nationale. « Ce protocole de fin de conflit ouvre une période plus apaisée », a commenté le délégué syndical Thierry Lemarié. Un contingent d'intérimaires sera recruté pour tenir le calendrier.",
  [],
  "Labour agreement/'protocole' at a defence firm; national navy's own order; 'contingent' of temps; 'traité' participle. No rule.")

# ---------------------------------------------------------------- German
A("de-r1",
  "Ertüchtigungsinitiative: Deutschland übergibt Patrouillenboote an Ghana",
  "ACCRA/BERLIN – Deutschland hat der ghanaischen Marine zwei Küstenwachboote sowie ein mobiles Radarsystem zur Überwachung des Golfs von Guinea übergeben. Die Ausrüstung im Wert von rund 18 Millionen Euro wurde im Rahmen der Ertüchtigungsinitiative der Bundesregierung finanziert, wie das Auswärtige Amt am Dienstag mitteilte. Zusätzlich werden ghanaische Besatzungen in den kommenden Monaten in Deutschland im Umgang mit den Booten geschult. „Piraterie und illegale Fischerei bedrohen die gesamte Region“, sagte Staatssekretärin Miriam Leffers bei der Zeremonie im Hafen von Tema.",
  [MA],
  "Germany hands over patrol boats and radar to Ghana's navy and trains crews = military assistance. Training in Germany, no deployment.")

A("de-r2",
  "Berlinale: Kriegsdrama „Die letzte Brigade“ feiert umjubelte Premiere",
  "BERLIN – Mit minutenlangem Applaus ist am Samstagabend im Berlinale-Palast das Kriegsdrama „Die letzte Brigade“ aufgenommen worden. Der Film der Regisseurin Katrin Wellhöfer erzählt von einer Einheit junger Soldaten, die im Winter 1945 an der Oder verheizt wird. Hauptdarsteller Jonas Brehme bereitete sich wochenlang mit einem Militärberater auf die Rolle vor; gedreht wurde auf einem ehemaligen Truppenübungsplatz in Brandenburg. Der Verleih hat sich die Rechte für zwanzig Länder gesichert, ein Vertrag mit einem Streamingdienst soll folgen. Kinostart ist im April.",
  [],
  "War film about a brigade, former training area, distribution contract. No rule.")

A("de-r3",
  "Weitere 600 Bundeswehrsoldaten nach Litauen verlegt",
  "VILNIUS – Die Bundeswehr hat in dieser Woche rund 600 weitere Soldatinnen und Soldaten nach Litauen verlegt. Die Kräfte eines Panzergrenadierbataillons aus Oberviechtach sollen dauerhaft in Rūdninkai stationiert werden und die dort im Aufbau befindliche Panzerbrigade verstärken, teilte das Einsatzführungskommando mit. Grundlage ist das Regierungsabkommen, das Berlin und Vilnius über Status, Infrastruktur und Kostenteilung geschlossen haben. Litauens Verteidigungsminister Tomas Jankauskas sprach von einem „Versprechen, das eingehalten wird“. Bis 2027 sollen rund 4800 deutsche Militärs im Land sein.",
  [T, TR],
  "Battalion moved and permanently stationed abroad = troops; intergovernmental agreement cited as legal basis = treaty.")

A("de-r4",
  "Nacheile bis 30 Kilometer: Berlin und Warschau besiegeln neues Polizeiabkommen",
  "FRANKFURT (ODER) – Deutschland und Polen haben am Montag ein neues Abkommen über die Zusammenarbeit von Polizei, Grenzschutz und Zoll unterzeichnet. Der Vertrag erlaubt Beamten beider Länder, flüchtige Verdächtige bis zu 30 Kilometer ins Nachbarland zu verfolgen, und schafft gemeinsame Streifen im Grenzgebiet. Er ersetzt eine ältere Vereinbarung und muss noch von Bundestag und Sejm ratifiziert werden. Die Innenminister beider Staaten sprachen von einem „Meilenstein“; Kritik kam von Datenschützern in Brandenburg, die eine Ausweitung des Datenaustauschs bemängeln.",
  [T],
  "Interstate police cooperation treaty signed, pending ratification = treaty. Police, not troops.")

A("de-r5",
  "Milliardenauftrag: Bundeswehr bestellt 5000 neue Lastwagen",
  "KOBLENZ – Das Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr hat mit einem Münchner Nutzfahrzeughersteller einen Rahmenvertrag über bis zu 5000 geschützte und ungeschützte Lkw abgeschlossen. Der Auftrag hat ein Volumen von rund 3,4 Milliarden Euro, wie das Amt am Donnerstag mitteilte. Die ersten Fahrzeuge sollen Ende 2026 an die Truppe ausgeliefert werden und ältere Modelle in den Logistikbataillonen ersetzen. Der Haushaltsausschuss des Bundestages hatte die Vorlage vergangene Woche gebilligt. Die Gewerkschaft lobte, dass ein Großteil der Fertigung in Bayern und Österreich erfolge.",
  [],
  "Own procurement under a framework contract; 'an die Truppe ausgeliefert' means delivered to own forces. No rule.")

A("de-r6",
  "Fallschirmjäger schulen tunesische Soldaten – Berlin liefert Grenzüberwachungstechnik",
  "TUNIS – Rund 80 Fallschirmjäger aus Seedorf sind nach Tunesien verlegt worden, um dort Grenzschutzeinheiten der tunesischen Armee auszubilden. Das Kontingent soll bis Jahresende in der Region Gafsa bleiben, teilte das Verteidigungsministerium in Berlin mit. Neben dem Training stellt Deutschland Nachtsichtgeräte, geländegängige Fahrzeuge und Sensoren zur Grenzüberwachung im Wert von 12 Millionen Euro bereit. Ein Bundestagsmandat ist nicht nötig, da es sich nicht um einen bewaffneten Einsatz handelt. Tunis hatte um Unterstützung gebeten, nachdem sich Schmuggel und Angriffe an der libyschen Grenze gehäuft hatten.",
  [TR, MA],
  "Paratrooper contingent deployed to Tunisia = troops; training Tunisian units and supplying equipment = military assistance.")

A("de-r7",
  "Kosovo: Bundesheer stockt KFOR-Kontingent auf – Belgrad pocht auf Kumanovo-Abkommen",
  "WIEN/PRISTINA – Österreich entsendet eine zusätzliche Infanteriekompanie in den Kosovo. Die rund 150 Soldaten aus Klagenfurt sollen Anfang Juli im Camp Novo Selo eintreffen und das Kontingent der Friedenstruppe KFOR auf knapp 400 Mann anheben, teilte das Verteidigungsministerium mit. Anlass sind Zusammenstöße im Norden. Serbiens Außenminister Dragan Milošević verwies darauf, dass das Militärtechnische Abkommen von Kumanovo von 1999 die Truppe zur Neutralität verpflichte, und forderte die NATO auf, die vereinbarte Sicherheitszone zu respektieren.",
  [T, TR],
  "Austria sends extra company to KFOR = troops; Serbia invokes the Kumanovo agreement (state/NATO) = treaty.")

A("de-r8",
  "Großer Zapfenstreich in Koblenz für scheidenden Heeresinspekteur",
  "KOBLENZ – Mit einem Großen Zapfenstreich am Deutschen Eck ist am Freitagabend der Inspekteur des Heeres, Generalleutnant Harald Söllner, verabschiedet worden. Rund 400 Soldatinnen und Soldaten des Wachbataillons und des Heeresmusikkorps marschierten mit Fackeln auf; Tausende Schaulustige säumten das Rheinufer. Söllner hatte sich in vierzig Dienstjahren vom Panzergrenadier zum ranghöchsten Offizier der Landstreitkräfte hochgedient. Als Musikstück hatte er sich einen Marsch der Gebirgsjäger und einen Song der Kölner Band BAP gewünscht. Sein Nachfolger übernimmt am Montag in Strausberg.",
  [],
  "Military ceremony at home with marching soldiers. No rule.")

# ---------------------------------------------------------------- Spanish
A("es-r1",
  "Chile invoca el Tratado de Paz y Amistad tras un incidente pesquero en el Beagle",
  "SANTIAGO – El Gobierno chileno entregó el miércoles una nota de protesta a Buenos Aires después de que una patrullera de la Prefectura Naval Argentina retuviera durante seis horas a un pesquero de Puerto Williams en aguas del canal Beagle. La Cancillería sostiene que la embarcación faenaba dentro de la zona delimitada por el Tratado de Paz y Amistad de 1984 y pidió activar el mecanismo de consultas previsto en ese instrumento. Desde el Palacio San Martín respondieron que la tripulación fue «tratada con total corrección» y que el caso se está revisando. Ambas partes descartaron una escalada.",
  [T],
  "Chile invokes the 1984 treaty with Argentina = treaty. Coast-guard (Prefectura) boat, not troops.")

A("es-r2",
  "España entregará a Mauritania blindados y drones para vigilar la frontera con Malí",
  "MADRID – El Ministerio de Defensa cederá a las Fuerzas Armadas mauritanas una veintena de vehículos blindados ligeros y dos sistemas de aviones no tripulados de vigilancia, según confirmaron fuentes del departamento. El material, retirado del inventario del Ejército de Tierra, se enviará por vía marítima desde Rota antes del otoño. El paquete incluye repuestos y la formación de los operadores mauritanos. La donación se ampara en el memorando de entendimiento sobre cooperación en materia de defensa que ambos países suscribieron en 2022 y que la ministra mauritana, Mariem Ould Sidi, calificó de «pilar» de la relación bilateral.",
  [T, MA],
  "Donation of armoured vehicles and drones to Mauritania's armed forces = military assistance; bilateral defence MoU invoked as basis = treaty.")

A("es-r3",
  "La tropa de Etxeberria conquista Balaídos y el capitán renueva hasta 2028",
  "VIGO – El Alavés de Julen Etxeberria asaltó Balaídos (0-2) con una exhibición de orden y pegada que lo coloca a tres puntos de Europa. La tropa babazorra, arropada por un ejército de 1.500 aficionados desplazados, resistió el asedio celeste en la primera parte y sentenció con dos contragolpes de manual. Tras el partido, el club anunció que el capitán, Aitor Zubiaurre, ha firmado la ampliación de su contrato hasta junio de 2028. «Es un acuerdo que venía de lejos», explicó el director deportivo, que confirmó además que el lateral lesionado está siendo tratado en Vitoria.",
  [],
  "Figurative 'tropa'/'ejército' for a football team and fans; player contract; 'tratado' participle. No rule.")

A("es-r4",
  "Cascos azules uruguayos relevan a su batallón en el este del Congo",
  "MONTEVIDEO – Un nuevo contingente de 620 efectivos del Ejército uruguayo partió el lunes desde el Aeropuerto de Carrasco rumbo a Bunia, en el este de la República Democrática del Congo, para relevar al batallón que cumplió un año bajo bandera de la ONU. Los militares, en su mayoría de unidades de infantería de Durazno y Tacuarembó, se desplegarán en la provincia de Ituri, donde los combates entre el ejército congoleño y grupos armados han recrudecido. El comandante en jefe despidió a la tropa en el cuartel de la Brigada de Infantería N.º 1 y pidió «prudencia y firmeza».",
  [TR],
  "Peacekeeping contingent deployed/rotated, fighting between army and armed groups = troops.")

A("es-r5",
  "Miles de personas siguen en Madrid el desfile de la Fiesta Nacional",
  "MADRID – Unos 4.000 militares, 140 vehículos y 80 aeronaves participaron este domingo en el desfile del 12 de Octubre por el paseo de la Castellana, presenciado por miles de ciudadanos pese a la lluvia. Abrió la parada la Patrulla Águila con la bandera dibujada en el cielo, y el mayor aplauso se lo llevó, como cada año, la Legión con su paso ligero y su cabra. Desfilaron también paracaidistas de la Brigada Almogávares y unidades de la Guardia Civil. El acto concluyó con un homenaje a los caídos, ante la tribuna de autoridades presidida por los Reyes.",
  [],
  "Military parade at home (paratroopers, Legion). No rule.")

A("es-r6",
  "Marines estadounidenses entrenarán a comandos ecuatorianos; Washington dona lanchas",
  "GUAYAQUIL – Un destacamento de unos 150 infantes de marina de Estados Unidos llegó el martes a la base naval de Salinas para adiestrar durante tres meses a comandos de la Armada ecuatoriana en operaciones contra el narcotráfico, informó el Ministerio de Defensa de Ecuador. El Comando Sur entregará además seis lanchas interceptoras y equipos de visión nocturna valorados en 22 millones de dólares, como parte de su programa de asistencia en seguridad. La Asamblea Nacional autorizó la presencia de las tropas extranjeras con 89 votos a favor, en medio de críticas de la oposición.",
  [TR, MA],
  "US marines detachment deployed to Ecuador = troops; training Ecuadorian commandos and donating boats = military assistance.")

A("es-r7",
  "Feindef: una tecnológica española y una firma turca sellan una alianza para fabricar radares",
  "MADRID – La tecnológica madrileña Hesperia Sistemas y la turca Anatolia Elektronik firmaron este miércoles en la feria de defensa Feindef un acuerdo de colaboración para desarrollar conjuntamente un radar de vigilancia costera, que ambas compañías aspiran a comercializar en Oriente Medio y el norte de África. El pacto, de carácter industrial, prevé una empresa conjunta con sede en Torrejón de Ardoz y la creación de unos 200 empleos. En el mismo pabellón, el Ministerio de Defensa presentó el nuevo vehículo 8x8 que el Ejército de Tierra incorporará a sus brigadas a partir del próximo año.",
  [],
  "Company-to-company 'pacto' at an arms fair; own army procurement. No rule.")

A("es-r8",
  "El Congreso peruano autoriza el ingreso de 350 militares estadounidenses",
  "LIMA – El pleno del Congreso aprobó el jueves, con 78 votos a favor, la resolución legislativa que autoriza el ingreso al territorio nacional de 350 efectivos de las Fuerzas Armadas de Estados Unidos, con armamento, entre julio y diciembre. Los soldados participarán en ejercicios combinados con el Ejército y la Marina de Guerra del Perú en Iquitos, Pucusana y el valle de los ríos Apurímac, Ene y Mantaro. Legisladores de izquierda criticaron la «presencia de tropas extranjeras» en zonas cocaleras, mientras el ministro de Defensa, Walter Astete, defendió que el despliegue reforzará la interoperabilidad.",
  [TR],
  "Parliament authorises entry/stationing of foreign troops = troops. Joint exercises only, no aid or treaty.")

# ---------------------------------------------------------------- Italian
A("it-r1",
  "Libano, la Brigata Sassari torna al comando del settore Ovest di UNIFIL",
  "SHAMA (Libano) – Passaggio di consegne ieri nella base «Millevoi» di Shama, dove i fanti della Brigata «Sassari» hanno sostituito i bersaglieri della «Garibaldi» alla guida del settore Ovest della missione ONU. Il nuovo contingente conta circa 1.100 militari italiani, affiancati da reparti di altri dieci Paesi. Il generale Stefano Mura, che assume il comando, ha assicurato che i caschi blu continueranno a pattugliare la Linea Blu «con imparzialità», nonostante gli scontri a fuoco registrati nelle ultime settimane a pochi chilometri dalle postazioni.",
  [TR],
  "Rotation of an Italian peacekeeping brigade in Lebanon = troops.")

A("it-r2",
  "Brennero, Roma e Vienna firmano l'accordo sul traffico pesante",
  "BOLZANO – Dopo anni di tensioni sui divieti di transito tirolesi, Italia e Austria hanno firmato ieri a Bolzano un accordo bilaterale che fissa un tetto ai camion sull'asse del Brennero e introduce un sistema di prenotazione digitale dei passaggi. L'intesa, sottoscritta dai ministri dei Trasporti dei due Paesi alla presenza del commissario europeo, dovrà essere ratificata dai rispettivi Parlamenti ed entrerà in vigore nel 2027. Roma ritira contestualmente il ricorso presentato alla Corte di giustizia dell'Ue contro Vienna. Soddisfazione dagli autotrasportatori, più cauti gli ambientalisti tirolesi.",
  [T],
  "Bilateral interstate agreement signed, to be ratified = treaty (civil subject).")

A("it-r3",
  "Adunata degli Alpini, 400mila penne nere invadono Udine",
  "UDINE – Un fiume di cappelli con la penna nera ha attraversato ieri il centro di Udine per la sfilata conclusiva dell'Adunata nazionale degli Alpini. Oltre quattrocentomila persone, secondo gli organizzatori, hanno seguito per dodici ore il corteo dei reduci e dei gruppi provenienti da ogni provincia, preceduti dal picchetto armato del 3° reggimento e dalla fanfara della brigata Julia. Commozione al passaggio degli ultimi veterani della campagna di Russia. «Un esercito di volontari che non ha mai smesso di servire il Paese», ha detto il presidente dell'associazione. Il tema, trattato in tutti gli interventi, è stato la protezione civile.",
  [],
  "Veterans' gathering and parade at home; figurative 'esercito'; 'trattato' participle. No rule.")

A("it-r4",
  "Tunisi riceve sei motovedette italiane, addestrati 80 marinai",
  "TUNISI – Sono state consegnate ieri nel porto di La Goulette alla Marina tunisina sei unità veloci da pattugliamento cedute dall'Italia, insieme a due radar costieri e a un lotto di ricambi. La cessione a titolo gratuito, finanziata dal ministero della Difesa, è stata completata dopo che ottanta marinai tunisini hanno seguito un corso di quattro mesi presso le scuole della Marina Militare a Taranto. «Un contributo concreto alla sicurezza del Mediterraneo centrale», ha dichiarato l'ambasciatore d'Italia durante la cerimonia, alla quale ha partecipato il capo di stato maggiore tunisino.",
  [MA],
  "Free transfer of patrol boats and radars to Tunisia's navy plus training = military assistance.")

A("it-r5",
  "Venezia, applausi per il film sui parà di El Alamein",
  "VENEZIA – Dieci minuti di applausi in Sala Grande per «Sabbia e ferro», il film di Matteo Corsini che racconta la battaglia di El Alamein dal punto di vista di un plotone di paracadutisti della Folgore. Girato in Giordania con oltre trecento comparse in divisa, il lungometraggio ha richiesto la consulenza di storici militari e di ex ufficiali dell'Esercito. «Non volevo un film di guerra epico, ma un racconto sulla paura», ha spiegato il regista. La distribuzione internazionale è assicurata da un contratto con una piattaforma americana; l'uscita nelle sale è prevista a ridosso della festa delle Forze armate.",
  [],
  "War film about paratroopers; distribution contract. No rule.")

A("it-r6",
  "Difesa, il Senato ratifica l'accordo di cooperazione con la Costa d'Avorio",
  "ROMA – Con 132 voti favorevoli e 14 astenuti, l'Aula del Senato ha approvato ieri il disegno di legge di ratifica dell'accordo di cooperazione nel settore della difesa tra Italia e Costa d'Avorio, firmato ad Abidjan nel 2023. Il testo, che passa ora alla Camera, disciplina la formazione del personale militare ivoriano negli istituti italiani e la cessione di materiali. Il sottosegretario alla Difesa ha annunciato che, una volta in vigore l'intesa, Roma fornirà alle forze armate ivoriane due elicotteri da addestramento e un sistema di sorveglianza per il confine settentrionale.",
  [T, MA],
  "Senate ratifies bilateral defence cooperation agreement = treaty; announced helicopters and surveillance system for Ivorian forces plus training = military assistance.")

A("it-r7",
  "Incendi in Grecia, partiti due Canadair e 40 vigili del fuoco",
  "ROMA – Due Canadair e una colonna mobile di quaranta vigili del fuoco sono partiti ieri all'alba alla volta dell'Attica, dove da tre giorni le fiamme minacciano i sobborghi settentrionali di Atene. L'invio del contingente è stato disposto dal Dipartimento della Protezione civile su richiesta di Atene, attraverso il meccanismo europeo di protezione civile. Le squadre, provenienti da Lazio e Campania, resteranno schierate almeno una settimana. «La solidarietà tra Paesi europei non è uno slogan», ha scritto sui social il ministro competente. Anche Spagna e Croazia hanno inviato mezzi aerei.",
  [],
  "Firefighter 'contingente' deployed abroad via civil-protection mechanism; not military, not a treaty. No rule.")

A("it-r8",
  "Gibuti, nuovo contingente italiano: addestrati 300 soldati somali, consegnati blindati",
  "GIBUTI – È arrivato nella base militare nazionale di supporto di Gibuti il nuovo contingente della missione bilaterale di addestramento per la Somalia, composto da circa 90 militari tra Carabinieri ed Esercito. Nel corso del mandato appena concluso, gli istruttori italiani hanno formato oltre trecento militari dell'esercito federale somalo in tecniche di combattimento, primo soccorso e contrasto agli ordigni esplosivi. Durante la cerimonia di avvicendamento, l'Italia ha consegnato a Mogadiscio dieci veicoli blindati e materiale per lo sminamento, nell'ambito del sostegno alle forze di sicurezza somale.",
  [TR, MA],
  "New Italian military contingent rotated into Djibouti = troops; training Somali soldiers and handing over armoured vehicles = military assistance.")

# ---------------------------------------------------------------- Portuguese
A("pt-r1",
  "Ruanda reforça contingente em Cabo Delgado ao abrigo de acordo com Maputo",
  "MAPUTO – O Ruanda enviou esta semana mais mil militares para a província de Cabo Delgado, no norte de Moçambique, elevando para cerca de cinco mil o número de efetivos ruandeses no terreno, confirmou o Ministério da Defesa moçambicano. Os reforços, incluindo uma companhia de forças especiais, foram destacados para Macomia e Mocímboa da Praia após uma série de ataques de insurgentes. O envio foi feito ao abrigo do acordo bilateral de defesa e segurança assinado entre Kigali e Maputo, cujos termos o Parlamento moçambicano aprovou em março, apesar das reservas da oposição quanto ao seu financiamento.",
  [T, TR],
  "Rwandan reinforcements deployed in Mozambique = troops; bilateral defence agreement invoked/approved = treaty.")

A("pt-r2",
  "Exército celeste lota o Mineirão e Cruzeiro vira sobre o Bahia",
  "BELO HORIZONTE – Empurrado por um exército de 58 mil torcedores, o Cruzeiro virou para cima do Bahia por 2 a 1 neste domingo, no Mineirão, e voltou ao G-4 do Brasileirão. A tropa do técnico Rodrigo Vilaça saiu perdendo ainda no primeiro tempo, mas reagiu com gols de Fabrício Lemos e do zagueiro Caio Nunes, de cabeça. Após o jogo, a diretoria confirmou que o atacante argentino Matías Ferreyra assinou a renovação de contrato até 2027. Já o meia Leandro Sá, que sentiu dores na coxa, está sendo tratado no departamento médico e é dúvida para a Libertadores.",
  [],
  "Figurative 'exército'/'tropa' for fans and team; player contract; 'tratado' participle. No rule.")

A("pt-r3",
  "Brasil doa blindados e helicópteros ao Exército paraguaio",
  "BRASÍLIA – O Exército Brasileiro vai doar ao Paraguai 24 viaturas blindadas Urutu e dois helicópteros Esquilo desativados, que serão empregados no combate ao narcotráfico na fronteira. A transferência, autorizada por portaria do Ministério da Defesa publicada nesta sexta-feira no Diário Oficial da União, inclui ainda peças sobressalentes e o treinamento de 40 militares paraguaios no Centro de Instrução de Blindados, em Santa Maria (RS). Segundo o Itamaraty, a iniciativa reforça a cooperação em segurança na região de Pedro Juan Caballero e Ponta Porã. Assunção prevê receber o primeiro lote em outubro.",
  [MA],
  "Donation of armoured vehicles/helicopters and training to Paraguay's army = military assistance. Training in Brazil, no deployment.")

A("pt-r4",
  "STF aplica Convenção de Haia e manda devolver criança à Itália",
  "BRASÍLIA – Por seis votos a cinco, o Supremo Tribunal Federal determinou nesta quarta-feira o retorno à Itália de um menino de sete anos trazido ao Brasil pela mãe sem autorização do pai, com base na Convenção de Haia sobre os Aspectos Civis do Sequestro Internacional de Crianças. A maioria entendeu que o tratado, ratificado pelo Brasil em 2000, obriga as autoridades a restituir a criança ao país de residência habitual, salvo risco grave comprovado. O relator, ministro Paulo Venâncio, ressaltou que o descumprimento exporia o país a questionamentos dos demais Estados signatários. A defesa da mãe vai recorrer.",
  [T],
  "Supreme Court applies/invokes the Hague Convention = treaty.")

A("pt-r5",
  "LAAD: Marinha assina contrato para mais duas fragatas com estaleiro catarinense",
  "RIO DE JANEIRO – A Marinha do Brasil assinou nesta terça-feira, durante a feira de defesa LAAD, no Riocentro, um aditivo contratual de R$ 4,8 bilhões para a construção de mais duas fragatas da classe Tamandaré no estaleiro de Itajaí (SC). Com o acordo, o programa passa a prever seis navios, que substituirão as antigas fragatas da Esquadra a partir de 2030. No mesmo dia, a fabricante nacional Guará Defesa apresentou um blindado 6x6 que pretende vender ao Exército e exportar para países vizinhos. O comandante da Marinha destacou o impacto do programa na geração de empregos.",
  [],
  "Navy's own procurement contract at an arms fair; firm's export ambitions. No rule.")

A("pt-r6",
  "Angola e Portugal assinam novo programa de cooperação técnico-militar",
  "LUANDA – Os ministros da Defesa de Angola e de Portugal assinaram esta segunda-feira, em Luanda, o Programa-Quadro de Cooperação no Domínio da Defesa para os próximos cinco anos, que prevê a formação de oficiais angolanos nas academias militares portuguesas e o apoio à Marinha de Guerra angolana na vigilância da costa. Ao abrigo do acordo, Lisboa cederá duas lanchas de fiscalização e equipamento de comunicações e financiará cursos para pilotos da Força Aérea Nacional. O ministro português, João Tavares Mendes, sublinhou que a cooperação técnico-militar «é um dos pilares» da relação entre os dois Estados.",
  [T, MA],
  "Bilateral defence cooperation framework signed = treaty; patrol boats, equipment and officer training for Angola = military assistance.")

A("pt-r7",
  "Paraquedistas portugueses partem para a República Centro-Africana",
  "LISBOA – Cerca de 180 militares do Regimento de Infantaria 15, de Tomar, partiram esta madrugada do aeródromo de Figo Maduro com destino a Bangui, onde vão integrar a força de reação rápida da missão das Nações Unidas na República Centro-Africana. A nova força nacional destacada substitui os comandos que regressam a Portugal após seis meses de missão, durante os quais participaram em vários confrontos com grupos armados na região de Bambari. Na cerimónia de despedida, o chefe do Estado-Maior do Exército desejou aos paraquedistas «coragem e serenidade».",
  [TR],
  "Paratroopers deployed to a UN mission, rotation and combat = troops.")

A("pt-r8",
  "Trupe de circo portuguesa leva guerra colonial ao palco em Maputo",
  "MAPUTO – A trupe lisboeta Andarilha estreou ontem no Teatro Avenida o espetáculo «Madrugada», que revisita, com acrobacias e marionetas, as memórias de soldados portugueses e guerrilheiros moçambicanos durante a guerra colonial. O tema é tratado sem maniqueísmos, explicou a encenadora Rita Palma, que entrevistou antigos combatentes dos dois lados. A digressão, que passa ainda pela Beira e por Nampula, resulta de um acordo de coprodução entre a companhia e uma associação cultural moçambicana. No final, parte do público, entre o qual vários veteranos, aplaudiu de pé.",
  [],
  "Circus troupe show about the colonial war; co-production agreement between private bodies; 'tratado' participle. No rule.")

# ---------------------------------------------------------------- Polish
A("pl-r1",
  "Kolejny pakiet dla Ukrainy: Polska przekaże haubice i amunicję",
  "WARSZAWA – Polska przekaże Ukrainie kolejny pakiet pomocy wojskowej, obejmujący m.in. dwanaście haubic samobieżnych, kilkadziesiąt tysięcy pocisków artyleryjskich oraz przeciwlotnicze zestawy rakietowe – poinformował we wtorek szef MON. Wartość sprzętu szacowana jest na ok. 1,2 mld zł; część zostanie sfinansowana z unijnego instrumentu. „Dostawy ruszą jeszcze w tym miesiącu przez hub logistyczny na Podkarpaciu” – zaznaczył minister. Strona ukraińska podziękowała za wsparcie, podkreślając, że artyleria trafi na front w obwodzie zaporoskim.",
  [MA],
  "Military aid package (howitzers, shells, air defence) to Ukraine = military assistance.")

A("pl-r2",
  "Rotacja w Drawsku: amerykańska brygada pancerna zmienia się w Polsce",
  "DRAWSKO POMORSKIE – Do Polski przybywają żołnierze nowej amerykańskiej pancernej brygadowej grupy bojowej, która zastąpi jednostkę stacjonującą w kraju od dziewięciu miesięcy. Jak przekazało Dowództwo Operacyjne, przez port w Gdańsku i kolejowe terminale na zachodzie kraju przerzucanych jest ok. 3,5 tys. wojskowych oraz blisko 90 czołgów Abrams. Część pododdziałów zostanie rozmieszczona w Żaganiu, Świętoszowie i Skwierzynie, a kompania rozpoznawcza trafi na wschodnią flankę. Wycofywana brygada wróci do Teksasu do końca miesiąca.",
  [TR],
  "US armoured brigade rotation, stationing and withdrawal = troops.")

A("pl-r3",
  "„Traktat o wojnie” emerytowanego pułkownika bestsellerem targów w Krakowie",
  "KRAKÓW – Największe kolejki podczas Międzynarodowych Targów Książki ustawiały się w sobotę do stoiska, przy którym autografy rozdawał płk w st. spocz. Henryk Zawada. Jego „Traktat o wojnie”, eseistyczna rozprawa o tym, jak armie od czasów Napoleona uczyły się na własnych klęskach, w ciągu miesiąca sprzedał się w 40 tys. egzemplarzy. Wśród czytelników nie zabrakło harcerzy z krakowskiej drużyny, którzy zorganizowali grę terenową inspirowaną książką. Wydawca podpisał już umowę na przekład na język angielski i czeski.",
  [],
  "'Traktat' = treatise/book title; scouts; publishing contract. No rule.")

A("pl-r4",
  "Sejm za ratyfikacją umowy z Litwą o stacjonowaniu wojsk",
  "WARSZAWA – Sejm przyjął w piątek ustawę o ratyfikacji umowy między Rzecząpospolitą Polską a Republiką Litewską o statusie sił zbrojnych przebywających na terytorium drugiego państwa. Za głosowało 431 posłów, nikt nie był przeciw. Umowa otwiera drogę do stałego rozmieszczenia polskiego batalionu zmechanizowanego w rejonie Mariampola oraz litewskich pododdziałów w Suwałkach, w pobliżu newralgicznego przesmyku. Dokument trafi teraz do Senatu, a następnie do podpisu prezydenta. Wiceminister obrony zapowiedział, że pierwsi żołnierze mogą przybyć na Litwę jeszcze przed zimą.",
  [T, TR],
  "Ratification of a Polish-Lithuanian status-of-forces agreement = treaty; announced permanent stationing of a battalion abroad = troops.")

A("pl-r5",
  "MSPO w Kielcach: armia zamawia bezzałogowce od krajowego producenta",
  "KIELCE – Agencja Uzbrojenia podpisała w pierwszym dniu Międzynarodowego Salonu Przemysłu Obronnego umowę o wartości 1,1 mld zł na dostawy ponad 800 bezzałogowych statków powietrznych dla Wojska Polskiego. Kontrakt z rzeszowską spółką Orlik Systems obejmuje także szkolenie operatorów i serwis. Drony trafią do brygad Wojsk Obrony Terytorialnej w latach 2026–2028. Na targach zaprezentowało się blisko 600 wystawców z 30 państw, a kilka polskich firm zawarło porozumienia o współpracy z partnerami z Korei Południowej i Skandynawii.",
  [],
  "Own procurement contract at an arms fair; company cooperation agreements; own operators' training. No rule.")

A("pl-r6",
  "Polska i Czechy podpisały traktat o wymianie przygranicznych gruntów",
  "BOGATYNIA – Ministrowie spraw zagranicznych Polski i Czech podpisali w czwartek traktat o zmianie przebiegu wspólnej granicy w rejonie Turoszowa i w Górach Izerskich. Na mocy porozumienia Czechy przekażą Polsce ok. 370 ha gruntów w zamian za działki o tej samej powierzchni w Sudetach, co zamyka spór ciągnący się od lat 50. Dokument wymaga ratyfikacji przez parlamenty obu państw; w Polsce niezbędna będzie ustawa, ponieważ umowa dotyczy terytorium państwa. Samorządowcy z Bogatyni liczą, że uregulowanie granicy przyspieszy inwestycje drogowe.",
  [T],
  "Interstate border treaty signed, pending ratification = treaty.")

A("pl-r7",
  "Polscy komandosi szkolą mołdawskie siły specjalne",
  "KISZYNÓW – Około 40 żołnierzy Jednostki Wojskowej Komandosów z Lublińca przebywa od poniedziałku w Mołdawii, gdzie przez dwa miesiące będą szkolić tamtejsze siły specjalne w zakresie działań w terenie zurbanizowanym i ratownictwa pola walki – poinformowało Dowództwo Komponentu Wojsk Specjalnych. Polska przekazała też mołdawskiej armii partię sprzętu noktowizyjnego, kamizelek kuloodpornych i radiostacji, sfinansowaną z rządowego programu wsparcia. Minister obrony Mołdawii podziękował Warszawie za „realną pomoc w budowie zdolności”.",
  [TR, MA],
  "Polish special forces deployed to Moldova = troops; training Moldovan forces and equipment handed over = military assistance.")

A("pl-r8",
  "Herkulesy z Powidza dostarczyły pomoc humanitarną do Libii",
  "POWIDZ – Dwa samoloty C-130 Hercules z 33. Bazy Lotnictwa Transportowego wystartowały w środę z ponad 30 tonami pomocy humanitarnej dla mieszkańców wschodniej Libii, dotkniętych katastrofalną powodzią. Na pokładach znalazły się namioty, agregaty prądotwórcze, uzdatniacze wody i leki przekazane przez Rządową Agencję Rezerw Strategicznych. Pomoc, koordynowana przez MSZ, zostanie przekazana Libijskiemu Czerwonemu Półksiężycowi w Bengazi. „To wsparcie wyłącznie cywilne, bez żadnego sprzętu wojskowego” – podkreślił rzecznik resortu. Kolejny lot zaplanowano na sobotę.",
  [],
  "Humanitarian aid carried by military aircraft; military equipment explicitly excluded. No rule.")

# ---------------------------------------------------------------- Dutch
A("nl-r1",
  "Luchtmobiele compagnie naar Roemenië voor NAVO-oostflank",
  "DEN HAAG – Nederland stuurt deze zomer een extra compagnie van ongeveer tweehonderd militairen naar Roemenië, waar zij de NAVO-gevechtsgroep in Cincu versterken. Dat heeft het ministerie van Defensie maandag bekendgemaakt. Het gaat om infanteristen van de Luchtmobiele Brigade uit Schaarsbergen, die voor zes maanden worden gelegerd en onder meer met luchtverdedigingsmiddelen worden uitgerust. De eenheden die al sinds januari in Roemenië zijn, worden in september afgelost. Volgens de minister is de versterking ‘een direct antwoord op de dreiging aan de oostflank’.",
  [TR],
  "Company sent abroad and stationed with NATO battlegroup, rotation = troops.")

A("nl-r2",
  "Vrijwilligers ruimen tonnen troep op na Luchtmachtdagen",
  "LEEUWARDEN – Ruim tweehonderd vrijwilligers hebben maandag op en rond vliegbasis Leeuwarden tonnen troep opgeruimd na de Luchtmachtdagen, die in het weekend ruim 250.000 bezoekers trokken. Blikjes, plastic bekers en vooral sigarettenpeuken lagen tot in de weilanden langs de startbaan. Defensie heeft voor de afvalverwerking een overeenkomst met een Fries recyclingbedrijf, maar dat kon de hoeveelheid niet aan. Tijdens het evenement lieten onder meer F-35's en Chinooks hun kunsten zien. ‘Het was een geweldig feest, maar die rommel is niet te verdragen’, zei een omwonende.",
  [],
  "'Troep' = litter; air show at home; service contract with a firm; 'verdragen' = to bear. No rule.")

A("nl-r3",
  "Defensie schenkt patrouilleboten en radar aan Surinaams leger",
  "PARAMARIBO – Nederland heeft donderdag drie afgedankte patrouilleboten en een mobiel radarstation overgedragen aan de marine-eenheid van het Nationaal Leger van Suriname. De schenking, met een waarde van ruim 9 miljoen euro, moet Paramaribo helpen bij het bestrijden van drugssmokkel en illegale visserij op de Marowijne en voor de kust. Twaalf Surinaamse militairen zijn de afgelopen maanden in Den Helder opgeleid om met de boten te varen. ‘Dit is geen cadeau, maar een investering in gedeelde veiligheid’, aldus de Nederlandse ambassadeur bij de overdrachtsceremonie.",
  [MA],
  "Patrol boats and radar donated to Suriname's army, crews trained in the Netherlands = military assistance.")

A("nl-r4",
  "Kamer stemt in met uitleveringsverdrag met Marokko",
  "BRUSSEL – De Kamer heeft donderdagavond het uitleveringsverdrag tussen België en Marokko goedgekeurd, met 87 stemmen voor, 42 tegen en 11 onthoudingen. Het akkoord, dat twee jaar geleden in Rabat werd ondertekend, regelt de overlevering van verdachten van zware misdrijven en bevat een clausule die uitlevering uitsluit als de doodstraf dreigt. Oppositiepartijen vreesden dat het verdrag misbruikt kan worden tegen activisten uit de Rif. Minister van Justitie Els Vandenberghe benadrukte dat ‘elke aanvraag door een Belgische rechter wordt getoetst’.",
  [T],
  "Belgian parliament approves extradition treaty with Morocco = treaty.")

A("nl-r5",
  "Belgische para's trainen Congolese commando's – Brussel levert ook drones",
  "KINDU – Een detachement van zestig para-commando's uit Tielen en Marche-les-Dames is sinds vorige week in de Congolese provincie Maniema gelegerd om er een bataljon snelle interventie van het Congolese leger op te leiden. Dat bevestigde Defensie dinsdag. De opleiding duurt vier maanden en omvat schiet- en medische training. België schenkt daarnaast verkenningsdrones, nachtzichtapparatuur en terreinwagens ter waarde van zes miljoen euro. Minister van Defensie Koen Lievens sprak van ‘een nieuwe bladzijde’ in de militaire samenwerking met Kinshasa, die jaren op een laag pitje stond.",
  [TR, MA],
  "Belgian paratrooper detachment stationed in DR Congo = troops; training Congolese battalion and donating drones = military assistance.")

A("nl-r6",
  "Oranjelegioen trekt naar Hamburg, bondscoach verlengt contract",
  "ZEIST – Zo'n veertigduizend Nederlandse supporters worden zaterdag in Hamburg verwacht voor de kwalificatiewedstrijd tegen Duitsland. Het Oranjelegioen verzamelt zich 's ochtends op de Rathausmarkt, waarna de oranje troepen in optocht naar het stadion trekken; de Hamburgse politie zet honderden agenten in. Intussen maakte de KNVB bekend dat bondscoach Frank Meijerink zijn contract tot en met het WK van 2030 heeft verlengd. ‘De spelers kunnen de druk goed verdragen, dat hebben ze laten zien’, zei Meijerink in Zeist.",
  [],
  "Figurative 'legioen'/'troepen' for fans; police deployment; coach contract; 'verdragen' verb. No rule.")

A("nl-r7",
  "Nederland en Jordanië sluiten defensieakkoord, pantservoertuigen op komst",
  "AMMAN – Nederland en Jordanië hebben woensdag in Amman een memorandum van overeenstemming over defensiesamenwerking ondertekend. Het akkoord legt vast dat beide landen samenwerken op het gebied van opleiding, grensbewaking en cyberverdediging. Meteen na de ondertekening maakte de minister van Defensie bekend dat Nederland twintig overtollige pantservoertuigen en een partij munitie aan het Jordaanse leger overdraagt. Jordaanse officieren volgen bovendien vanaf het najaar cursussen aan de KMA in Breda. De Jordaanse chef-defensiestaf sprak van ‘een betrouwbare partner in een moeilijke buurt’.",
  [T, MA],
  "Interstate defence MoU signed = treaty; armoured vehicles and ammunition transferred, officer training = military assistance.")

A("nl-r8",
  "Duizenden bij Veteranendag in Den Haag",
  "DEN HAAG – Onder een strakblauwe lucht trokken zaterdag zo'n 3.500 veteranen en ruim duizend militairen in het defilé over de Lange Voorhout, toegejuicht door tienduizenden bezoekers. De koning nam de groet af van oud-militairen die in Korea, Libanon, Bosnië en Afghanistan dienden, onder wie de 98-jarige Indië-veteraan Gerrit Hoekstra. Na afloop werd op het Binnenhof een minuut stilte gehouden. Voor het eerst liepen ook politieveteranen mee die in internationale missies hebben gediend. ‘Deze dag gaat over erkenning, niet over oorlog’, zei de voorzitter van het Veteraneninstituut.",
  [],
  "Veterans' day parade at home; past missions only mentioned. No rule.")


# ---------------------------------------------------------------- self-check
def check(articles):
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(articles) == 8 * len(LANGS), len(articles)
    by_lang = defaultdict(list)
    for a in articles:
        assert a["language"] in LANGS, a["id"]
        assert a["id"].startswith(a["language"] + "-r"), a["id"]
        assert set(a["rules"]) <= RULES, a["id"]
        assert len(a["rules"]) == len(set(a["rules"])), a["id"]
        expected_kind = "positive" if a["rules"] else "near-miss"
        assert a["kind"] == expected_kind, a["id"]
        n = len(a["body"])
        assert 250 <= n <= 800, (a["id"], n)
        assert a["title"].strip() and a["note"].strip(), a["id"]
        by_lang[a["language"]].append(a)
    for lang in LANGS:
        arts = by_lang[lang]
        assert len(arts) == 8, (lang, len(arts))
        assert sorted(a["id"] for a in arts) == sorted(
            f"{lang}-r{i}" for i in range(1, 9)), lang
        kinds = Counter(a["kind"] for a in arts)
        assert kinds["positive"] == 5 and kinds["near-miss"] == 3, (lang, kinds)
        per_rule = Counter(r for a in arts for r in a["rules"])
        for r in RULES:
            assert per_rule[r] >= 1, (lang, r)


def main():
    check(ARTICLES)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "west.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for a in ARTICLES:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"wrote {len(ARTICLES)} articles to {out}")


if __name__ == "__main__":
    main()
