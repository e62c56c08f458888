#!/usr/bin/env python3
"""Hand-labelled alert evaluation set, round 4, western languages (en fr de es it pt pl nl).

All articles are fictional. Labels were assigned by reading the text only.
Run with `python3 -B build_west.py`; writes west.jsonl next to this file.
"""
import json
import os
from collections import Counter, defaultdict

T, TR, MA = "treaty", "troops", "military_assistance"
RULES = {T, TR, MA}
LANGS = ["en", "fr", "de", "es", "it", "pt", "pl", "nl"]

# (id, title, body, rules, note)
ARTICLES = [
    # ------------------------------------------------------------------ en
    ("en-q1",
     "Estonia ratifies pact to host Polish mechanised battalion",
     "TALLINN — Estonia’s parliament on Wednesday ratified a bilateral accord with Warsaw under which a Polish mechanised battalion of roughly 600 soldiers will be stationed near Tapa from next spring. The agreement, signed by the two defence ministers in October, settles jurisdiction over the visiting servicemen and how the cost of barracks and firing ranges is shared. “This is not a symbolic flag on the map,” said Kadri Vällik, who chairs the national defence committee. The vote passed 78–9. The first Polish infantry companies are due to arrive by rail in April, with the remainder following in six-month rotations.",
     [T, TR], "Bilateral accord between states ratified; Polish battalion to be stationed in Estonia."),
    ("en-q2",
     "Canada hands Ghana four coastal patrol boats in C$38m security package",
     "Four 14-metre patrol craft bought by Ottawa were formally handed to the Ghana Navy at Sekondi on Tuesday, part of a C$38 million security assistance package aimed at curbing piracy and illegal fishing in the Gulf of Guinea. The boats carry mounted machine guns and night-vision optics. Ghanaian crews completed an eight-week conversion course under Royal Canadian Navy instructors before the handover, and Canada has pledged spare parts and maintenance support for five years. “Our sailors asked for speed and reach, and now they have both,” Rear Admiral Kofi Asante-Boadu told reporters at the quayside.",
     [MA], "Patrol boats donated to another state's navy plus instruction of its crews."),
    ("en-q3",
     "Georgian dance troupe extends UK tour after sell-out Edinburgh run",
     "The Tbilisi-based ensemble Mtiebi has signed a contract extension with promoter Northlight Live, adding eleven dates across England and Wales after its Edinburgh Festival run sold out within hours. The 40-strong troupe, whose sabre dances and leaping soloists have drawn comparisons with military drill, will now perform in Cardiff, Leeds and Norwich through December. “Our dancers were trained like an army, but the only thing we invade is the stage,” artistic director Nino Gelashvili joked. The agreement with the promoter also covers a filmed version of the show for broadcast next year.",
     [], "Dance troupe, commercial contract/agreement with a promoter, figurative army language."),
    ("en-q4",
     "Nepali peacekeepers take over UN sector east of Tyre",
     "NAQOURA, Lebanon — A Nepalese battalion assumed responsibility on Monday for a stretch of UN-patrolled territory east of Tyre, relieving Ghanaian blue helmets who had held the sector since 2022. Around 850 Nepalese troops arrived over the past fortnight on chartered flights and in road convoys from Beirut, bringing armoured personnel carriers and engineering plant. At a brief handover ceremony, Lieutenant Colonel Prakash Thapa Magar said his unit would keep up day and night patrols along the Blue Line. The outgoing Ghanaian contingent is to be repatriated by the end of the month, a mission spokesperson said.",
     [TR], "Peacekeeping battalion deployed abroad, relief in place and repatriation of another contingent."),
    ("en-q5",
     "RAF transport flies relief cargo to storm-battered Dominica",
     "An RAF Voyager carrying 40 tonnes of tarpaulins, water-purification kits and generators touched down in Dominica on Thursday, the first of three relief flights funded by the Foreign Office after Hurricane Delia tore through the island. Further supplies will follow aboard a chartered cargo vessel leaving Barbados this weekend. Dominica’s prime minister thanked London for “speed when speed mattered”, while aid agencies warned that thousands remain without shelter. The £6 million humanitarian package also includes grants to the Red Cross and to a UN-run food programme, officials said.",
     [], "Humanitarian aid carried by an air force aircraft; no military aid, no troop deployment described."),
    ("en-q6",
     "US, Philippines sign memorandum on $180m grant for coastal radars",
     "MANILA — Washington and Manila on Friday signed a memorandum of agreement under which the United States will finance a chain of coastal surveillance radars and two unmanned aerial systems for the Philippine Navy, worth about $180 million in foreign military financing. The accord, inked by Defence Secretary Ramon Tolentino and the US ambassador, also commits American technicians to train Filipino operators over three years. Officials said the first radar site, on the western coast of Palawan, should be operational by late next year. Beijing’s embassy criticised the arrangement as “bloc confrontation”.",
     [T, MA], "Memorandum of agreement between two states; military financing, equipment and training for another state."),
    ("en-q7",
     "Rovers boss hails ‘tireless troops’ as Kearney pens new deal",
     "Dunford Rovers manager Gary Pell saluted his “tireless troops” after a 2–0 win over Castlebar kept the club top of the table, then confirmed that captain Liam Kearney has signed a contract extension to 2028. Kearney, who was treated on the touchline for a gashed eyebrow in the first half, returned with his head bandaged and set up the second goal. “He would run through a wall for this shirt,” Pell said. The club also announced a sponsorship agreement with a regional haulage firm, reportedly the largest in its 92-year history.",
     [], "Figurative 'troops' for a football team, player contract, 'treated', commercial sponsorship agreement."),
    ("en-q8",
     "Australian troops arrive in Fiji as Canberra gifts 40 military vehicles",
     "SUVA — Some 120 Australian soldiers from Brisbane’s 7th Brigade landed in Nadi on Sunday at the start of a six-month deployment to Fiji, where they will be based alongside the Republic of Fiji Military Forces at the Blackrock camp. Canberra used the occasion to hand over 40 Bushmaster and light utility vehicles, plus radios and night-vision equipment, to the RFMF. “These are not on loan, they are Fiji’s,” the Australian high commissioner said. Fijian commanders said the vehicles would replace a fleet of trucks dating back to the 1990s.",
     [TR, MA], "Australian soldiers deployed to Fiji; vehicles and equipment donated to Fiji's armed forces."),

    # ------------------------------------------------------------------ fr
    ("fr-q1",
     "Tchad : un bataillon redéployé vers la frontière soudanaise",
     "N’DJAMENA — Les autorités tchadiennes ont acheminé ce week-end un bataillon d’infanterie motorisée, soit près de 700 militaires, vers Adré, dans l’est du pays, après plusieurs incursions d’hommes armés venus du Darfour. Des pick-up équipés de mitrailleuses lourdes et deux hélicoptères ont été positionnés à proximité de la frontière, a indiqué l’état-major. « Aucune portion de notre territoire ne sera abandonnée », a martelé le général Abakar Issa Moussa devant la presse. D’autres renforts pourraient suivre si les accrochages se poursuivent, selon une source sécuritaire.",
     [TR], "Battalion of soldiers massed/deployed at the border."),
    ("fr-q2",
     "La troupe du Cirque des Marées signe pour trois ans avec la ville de Brest",
     "La troupe du Cirque des Marées, installée à Brest depuis 2019, a signé jeudi une convention pluriannuelle avec la municipalité, qui lui garantit un chapiteau sur le plateau des Capucins et une subvention annuelle de 180 000 euros. Le dossier, longtemps en suspens, a finalement été traité en conseil municipal et adopté à l’unanimité. « Nos acrobates ont enfin un port d’attache », s’est réjouie la directrice, Maëlle Kerbrat. La compagnie, forte de vingt-deux artistes, prépare une création sur les naufrages de la rade, avec costumes de marins et salves de canon en carton.",
     [], "Circus troupe, 'convention' with a town council, participle 'traité', stage cannons."),
    ("fr-q3",
     "Abidjan et Accra signent l’accord de délimitation de leur frontière maritime",
     "La Côte d’Ivoire et le Ghana ont paraphé mardi à Abidjan un accord fixant le tracé de leur frontière maritime, plusieurs années après l’arrêt rendu par le Tribunal international du droit de la mer. Le texte, qui doit encore être ratifié par les deux Parlements, ouvre la voie à une exploitation conjointe de certains gisements offshore. « Ce traité met fin à une querelle qui a trop longtemps pesé sur nos relations », a déclaré la ministre ivoirienne des Affaires étrangères, Aya Koffi-Bamba. Des commissions techniques se réuniront dès janvier pour le balisage.",
     [T], "Interstate maritime boundary agreement signed, ratification pending."),
    ("fr-q4",
     "Des blindés français cédés à l’armée béninoise",
     "COTONOU — Paris a remis vendredi aux forces armées béninoises douze véhicules blindés légers, ainsi que des lots de gilets pare-balles et de matériel de vision nocturne destinés à la surveillance de la frontière nord. La cession, d’une valeur estimée à 9 millions d’euros, s’accompagne d’un programme de formation : une quarantaine de sous-officiers béninois seront instruits au pilotage et à la maintenance par des formateurs français. « C’est un appui concret, pas une présence », a insisté l’ambassadeur de France, interrogé sur un éventuel retour de soldats français dans la région.",
     [MA], "Armoured vehicles and equipment transferred to another state's army, plus training; French troop presence explicitly not at issue."),
    ("fr-q5",
     "14-Juillet : 6 500 militaires ont défilé sur les Champs-Élysées",
     "Sous un soleil de plomb, quelque 6 500 hommes et femmes des trois armées ont défilé lundi sur les Champs-Élysées, précédés par les élèves de Saint-Cyr et de l’École polytechnique. Les troupes à pied ont été suivies de 200 véhicules, dont les nouveaux blindés Serval récemment livrés à l’armée de Terre, tandis que 65 avions et une trentaine d’hélicoptères survolaient la capitale. Le chef de l’État a salué « une armée prête » avant de remettre des décorations à des militaires blessés. Le défilé s’est achevé par une Marseillaise chantée par un chœur d’enfants.",
     [], "Parade at home; deliveries are the state's own equipment."),
    ("fr-q6",
     "Djibouti et Tokyo renouvellent l’accord sur le statut des forces japonaises",
     "DJIBOUTI — Le gouvernement djiboutien et le Japon ont signé lundi le renouvellement, pour dix ans, de l’accord encadrant la présence des Forces d’autodéfense nippones sur le territoire, a-t-on appris auprès du ministère des Affaires étrangères. Environ 180 militaires japonais sont stationnés près de l’aéroport international, d’où décollent des avions de patrouille maritime chargés de surveiller le golfe d’Aden. Le nouveau texte prévoit une extension de la base de douze hectares et un loyer révisé. Tokyo envisage d’y déployer un détachement supplémentaire d’une soixantaine de marins.",
     [T, TR], "Status-of-forces agreement between two states renewed; Japanese forces stationed abroad, more to be deployed."),
    ("fr-q7",
     "La Belgique va financer des munitions et des radars pour l’armée moldave",
     "BRUXELLES — La Belgique financera à hauteur de 25 millions d’euros la livraison de munitions d’artillerie et de radars de contre-batterie à l’armée moldave, a annoncé mercredi la ministre de la Défense, Sophie Delvaux, à l’issue d’un conseil des ministres restreint. Les premières livraisons, acheminées via la Roumanie, sont attendues avant l’été. « Chisinau ne doit pas affronter seule les pressions venues de Transnistrie », a-t-elle justifié. L’enveloppe s’ajoute aux équipements déjà cédés l’an dernier, dont des camions tout-terrain et des systèmes de déminage.",
     [MA], "State finances ammunition and radars for another state's army."),
    ("fr-q8",
     "Incendie dans le Var : 900 pompiers mobilisés, un accord trouvé sur les gardes",
     "Plus de 900 sapeurs-pompiers, appuyés par huit Canadair et des colonnes de renfort venues des Bouches-du-Rhône et de l’Hérault, luttaient mardi contre un feu qui a parcouru 2 300 hectares entre Vidauban et Le Luc. Les soldats du feu ont été déployés par secteurs pour protéger les hameaux, tandis que la police municipale évacuait quelque 1 200 habitants. Parallèlement, le service départemental d’incendie et de secours et les syndicats ont conclu dans la nuit un accord sur le régime des gardes de 24 heures, mettant fin à un préavis de grève.",
     [], "Firefighters ('soldats du feu') deployed at home; labour agreement."),

    # ------------------------------------------------------------------ de
    ("de-q1",
     "Weitere 400 Soldaten nach Litauen verlegt",
     "VILNIUS/BERLIN – Die Bundeswehr hat in dieser Woche rund 400 weitere Soldatinnen und Soldaten nach Litauen verlegt. Die Kräfte des Panzergrenadierbataillons 122 aus Oberviechtach sollen den Aufbau der Panzerbrigade 45 bei Vilnius beschleunigen, wie ein Sprecher des Heereskommandos mitteilte. Per Bahn und Tieflader wurden zudem Schützenpanzer vom Typ Puma ins Baltikum gebracht. Bis Jahresende soll die Brigade rund 2500 Dienstposten umfassen. Litauens Verteidigungsministerin dankte für die „sichtbare Verstärkung an der Ostflanke“.",
     [TR], "German soldiers moved to and stationed in Lithuania."),
    ("de-q2",
     "Karlsruhe weist Klage gegen Steuerabkommen mit Chile ab",
     "Das Bundesverfassungsgericht hat die Verfassungsbeschwerde eines Münchner Unternehmers gegen das neue Doppelbesteuerungsabkommen zwischen Deutschland und Chile zurückgewiesen. Der völkerrechtliche Vertrag, den Bundestag und Bundesrat im vergangenen Jahr gebilligt hatten, verstoße nicht gegen das Rückwirkungsverbot, urteilten die Karlsruher Richter. Der Kläger hatte geltend gemacht, Dividenden aus chilenischen Minenbeteiligungen würden durch die Neuregelung doppelt belastet. Das Abkommen tritt damit wie geplant zum 1. Januar in Kraft; Santiago hatte es bereits im Frühjahr ratifiziert.",
     [T], "Interstate tax treaty examined by a court, ratified and entering into force."),
    ("de-q3",
     "Freie Theatertruppe bringt „Im Westen nichts Neues“ auf die Bühne",
     "LEIPZIG – Die freie Theatertruppe „Kollektiv Grauzone“ zeigt ab Freitag eine eigene Fassung von Remarques Antikriegsroman. Sechs Darsteller schlüpfen in die Rollen junger Rekruten, die an der Westfront verheizt werden; Gasmasken und Stahlhelme stammen aus dem Fundus der Oper. Möglich wurde die Produktion durch einen Kooperationsvertrag mit dem Schauspiel Leipzig, der der Truppe für zwei Spielzeiten Probenräume sichert. „Wir wollten zeigen, wie schnell aus Schülern Soldaten werden“, sagt Regisseurin Jana Meißner.",
     [], "Theatre troupe ('Truppe'), war fiction, cooperation contract between theatres."),
    ("de-q4",
     "Jordanien erhält geschützte Fahrzeuge aus Deutschland",
     "AMMAN – Im Rahmen ihrer Ertüchtigungsinitiative hat die Bundesregierung den jordanischen Streitkräften 30 geschützte Patrouillenfahrzeuge sowie Wärmebildkameras für die Grenzüberwachung übergeben. Der Wert der Lieferung beläuft sich nach Angaben des Auswärtigen Amts auf rund 22 Millionen Euro. Jordanien sieht sich zuletzt verstärkt mit Drogenschmuggel und Drohnen aus Syrien konfrontiert. Zusätzlich sollen jordanische Techniker in Koblenz an den Systemen geschult werden. Bei der Übergabe sprach Brigadegeneral Omar Al-Khalidi von einem „verlässlichen Partner“.",
     [MA], "Vehicles and equipment handed to another state's armed forces, plus technical training."),
    ("de-q5",
     "ILA: Bundeswehr bestellt Aufklärungsdrohnen bei Allgäuer Hersteller",
     "BERLIN – Auf der Luftfahrtmesse ILA hat das Beschaffungsamt der Bundeswehr einen Rahmenvertrag über bis zu 60 Aufklärungsdrohnen mit dem Kemptener Hersteller Skyvent Systems unterzeichnet. Das Volumen liegt bei 140 Millionen Euro, die ersten Systeme sollen 2026 an die Truppe ausgeliefert werden. Am Messestand drängten sich Delegationen aus Asien und Südamerika; Verträge mit ausländischen Kunden seien bislang aber nicht geschlossen worden, hieß es aus dem Unternehmen. „Die Nachfrage ist enorm“, sagte Geschäftsführer Lukas Brenner.",
     [], "State's own arms purchase from a firm at a trade fair; 'die Truppe' = own armed forces at home; no exports concluded."),
    ("de-q6",
     "Berlin und Chișinău besiegeln Abkommen über Militärhilfe",
     "CHIȘINĂU – Deutschland und die Republik Moldau haben ein Regierungsabkommen über militärische Unterstützung unterzeichnet. Die Vereinbarung sieht vor, dass Berlin bis 2027 Flugabwehrradare, geländegängige Lkw und Funkgeräte im Wert von 60 Millionen Euro bereitstellt; außerdem sollen moldauische Offiziere an Lehrgängen der Bundeswehr teilnehmen. Moldaus Verteidigungsminister Ion Rusu sprach bei der Zeremonie von einem „Schutzschirm für unsere Neutralität“. Das Abkommen muss noch vom Parlament in Chișinău ratifiziert werden.",
     [T, MA], "Intergovernmental agreement signed; radars, trucks, radios and training for another state."),
    ("de-q7",
     "Nationalrat verlängert Swisscoy-Einsatz im Kosovo",
     "BERN – Die Schweizer Armee bleibt mindestens bis Ende 2029 im Kosovo. Nach dem Ständerat hat nun auch der Nationalrat der Verlängerung des Swisscoy-Einsatzes mit 131 zu 58 Stimmen zugestimmt. Das Kontingent umfasst bis zu 215 Armeeangehörige, die im Rahmen der KFOR unter anderem Verbindungs- und Beobachtungsteams stellen sowie Genie- und Transportaufgaben übernehmen. Die SVP hatte einen schrittweisen Abzug verlangt und auf die Neutralität verwiesen. Die nächste Ablösung der Truppe ist für April geplant.",
     [TR], "Parliament extends mandate of a military contingent deployed abroad."),
    ("de-q8",
     "Pfadfindertrupp schlägt Zeltlager am Edersee auf",
     "WALDECK – Rund 80 Kinder und Jugendliche des Kasseler Pfadfinderstamms „Graue Falken“ haben am Wochenende ihr Sommerlager am Edersee bezogen. Jeder Trupp baute eigene Jurten auf, die Älteren übernehmen Nachtwachen und Orientierungsmärsche mit Karte und Kompass. Möglich wurde das Lager durch einen neuen Pachtvertrag mit der Gemeinde, die den Pfadfindern eine Wiese am Ufer für zehn Jahre überlässt. „Uniform tragen wir nur zum Flaggenappell“, betont Stammesführer Jonas Riedel. Zum Abschluss ist ein großes Geländespiel geplant.",
     [], "Scout 'Trupp', lease contract with a municipality, uniforms and marches."),

    # ------------------------------------------------------------------ es
    ("es-q1",
     "Colombia despliega 2.000 militares en la frontera con Venezuela tras ataques del ELN",
     "CÚCUTA — El Ministerio de Defensa colombiano anunció el envío de 2.000 efectivos del Ejército, entre ellos dos batallones de fuerzas especiales, a la región del Catatumbo y a la franja fronteriza con Venezuela, después de una serie de ataques atribuidos a la guerrilla del ELN. Los uniformados llegarán en aviones Hércules y helicópteros Black Hawk durante los próximos días. “Vamos a recuperar el control del territorio”, afirmó el comandante de la Segunda División, general Andrés Murcia Pérez. Alcaldes de la zona pidieron que el despliegue vaya acompañado de inversión social.",
     [TR], "Army battalions and special forces sent and massed at the border."),
    ("es-q2",
     "Washington entrega a Ecuador seis helicópteros para la lucha antinarcóticos",
     "QUITO — El Gobierno de Estados Unidos entregó este martes a la Fuerza Aérea Ecuatoriana seis helicópteros Bell reacondicionados, valorados en 38 millones de dólares, como parte de un programa de asistencia en seguridad. Las aeronaves, que llegaron desmontadas al puerto de Manta, se destinarán a operaciones contra el narcotráfico en la costa y en la frontera norte. La donación incluye repuestos para tres años y cursos para pilotos y mecánicos ecuatorianos a cargo de instructores estadounidenses. “Es una de las mayores transferencias de material de la última década”, dijo el embajador.",
     [MA], "Helicopters donated to another state's air force, with spares and training."),
    ("es-q3",
     "La tropa de Arrieta asalta Riazor y el club renueva a su portero",
     "El CF Villamar firmó el sábado su tercera victoria consecutiva a domicilio (1-2) y la tropa de Íñigo Arrieta ya duerme en puestos de ascenso. El técnico elogió a una plantilla “que pelea cada balón como si fuera el último”. La única nota negativa fue el central Rubén Sosa, que tuvo que ser tratado en la banda de un golpe en la rodilla y se someterá a pruebas el lunes. Por la tarde, el club anunció la renovación del contrato de su guardameta, Alberto Lañas, hasta 2028, con una cláusula de rescisión de cinco millones.",
     [], "Figurative 'tropa' for a football team, participle 'tratado', player contract."),
    ("es-q4",
     "Chile invoca el Tratado de Paz y Amistad por la disputa de la plataforma continental",
     "SANTIAGO — La Cancillería chilena envió una nota diplomática a Buenos Aires en la que invoca el Tratado de Paz y Amistad de 1984 y pide activar el mecanismo de conciliación previsto en ese instrumento, tras la publicación de una nueva carta náutica argentina al sur del cabo de Hornos. Según el Gobierno de Chile, el documento desconoce los límites fijados por el tratado. “Tenemos un acuerdo que ha garantizado la paz durante cuatro décadas y lo vamos a usar”, declaró el canciller Tomás Aravena. Argentina respondió que estudiará la nota.",
     [T], "Existing interstate treaty invoked in a dispute."),
    ("es-q5",
     "El Congreso peruano autoriza el ingreso de 300 militares estadounidenses",
     "LIMA — El pleno del Congreso aprobó con 74 votos a favor la resolución legislativa que permite el ingreso al territorio nacional de 300 efectivos de las Fuerzas Armadas de Estados Unidos, con armamento, entre junio y diciembre. Los militares se instalarán en bases de Ayacucho y del Vraem, donde capacitarán a unidades peruanas en tácticas de combate y atención sanitaria en zona de emergencia. Washington entregará además equipos de comunicaciones y visores nocturnos al Ejército del Perú. Varias bancadas de izquierda criticaron la medida como una cesión de soberanía.",
     [TR, MA], "Foreign troops authorised to be stationed in Peru; training of Peruvian units and equipment delivered."),
    ("es-q6",
     "Una troupe flamenca sevillana llena Tokio y firma una residencia en Osaka",
     "La compañía sevillana Duende Sur, una troupe de veinte bailaores y músicos, cerró el domingo en Tokio una gira de seis semanas por Japón con todas las localidades vendidas. Su director, Manuel Cortés, confirmó que la formación ha firmado un convenio con el teatro Umeda de Osaka para una residencia de tres meses en 2026. “Aquí el flamenco se estudia como si fuera un tratado de filosofía”, bromeó. La gira, que incluía un número inspirado en los tercios españoles del siglo XVI, con picas y tambores, contó con una ayuda del Instituto Cervantes.",
     [], "Dance troupe, contract with a theatre, 'tratado' meaning treatise, historical soldiers on stage, cultural grant."),
    ("es-q7",
     "Desfile del 12 de Octubre: 4.000 efectivos y el estreno de los blindados 8x8",
     "MADRID — Unos 4.000 militares de los tres Ejércitos y de la Guardia Civil desfilaron este domingo por el paseo de la Castellana con motivo de la Fiesta Nacional, en un acto presidido por los Reyes. El público pudo ver por primera vez los vehículos Dragón 8x8, adquiridos por el Ministerio de Defensa a un consorcio de empresas españolas, y los helicópteros NH90 de la Armada. La Legión cerró la parada a paso ligero, con su cabra mascota al frente. Al término, los mandos rindieron homenaje a los caídos ante el monumento de la plaza de Lima.",
     [], "Parade at home; state's own vehicle purchase; commemoration of the fallen."),
    ("es-q8",
     "La UE destina 40 millones del Fondo Europeo de Apoyo a la Paz al Ejército de Mauritania",
     "BRUSELAS — El Consejo de la UE aprobó una medida de asistencia de 40 millones de euros con cargo al Fondo Europeo de Apoyo a la Paz para las Fuerzas Armadas de Mauritania, que recibirán vehículos blindados, drones de vigilancia y un hospital de campaña. Nuakchot y Bruselas habían firmado en marzo un memorando de entendimiento que fija las condiciones de uso del material y el control de su destino final. El ministro mauritano de Defensa, Sidi Ould Brahim, aseguró que el equipo reforzará la vigilancia de la frontera con Malí.",
     [T, MA], "EU military assistance measure for a state's armed forces; memorandum between a state and the EU."),

    # ------------------------------------------------------------------ it
    ("it-q1",
     "Libano, la Folgore rileva la Sassari al comando del Settore Ovest",
     "SHAMA (Libano) — Cambio al vertice del contingente italiano di UNIFIL: con una cerimonia nella base Millevoi, la Brigata paracadutisti Folgore ha assunto il comando del Settore Ovest, subentrando alla Brigata Sassari dopo sei mesi di missione. Circa 1.100 militari italiani, affiancati da reparti di altre quindici nazioni, continueranno a pattugliare l’area a sud del fiume Litani. “Lasciamo un settore più sicuro di come l’abbiamo trovato”, ha detto il generale uscente, Paolo Deiana. I parà resteranno in Libano fino alla prossima primavera.",
     [TR], "Rotation/relief of a brigade deployed abroad; contingent taking over a sector."),
    ("it-q2",
     "Cantieri Navaltirreno, commessa da 90 milioni per dodici pattugliatori della Guardia di Finanza",
     "LA SPEZIA — I Cantieri Navaltirreno si aggiudicano la gara per la fornitura di dodici pattugliatori veloci alla Guardia di Finanza, per un valore di 90 milioni di euro. Il contratto, firmato ieri a Roma, prevede la consegna delle prime quattro unità entro il 2026. Le imbarcazioni saranno impiegate contro contrabbando e traffici illeciti nel Tirreno e nello Ionio. Resta aperta la trattativa con i sindacati sul rinnovo dell’integrativo aziendale, tema che sarà trattato nell’incontro fissato per martedì in prefettura. In Borsa il titolo ha guadagnato il 4%.",
     [], "Firm's contract with the state's own customs/finance police; labour negotiation; participle 'trattato'."),
    ("it-q3",
     "Italia e Malta aprono il negoziato sulla piattaforma continentale",
     "ROMA — Dopo oltre trent’anni di stallo, Italia e Malta hanno avviato formalmente il negoziato per un trattato di delimitazione della piattaforma continentale nel Canale di Sicilia. Le delegazioni, guidate da diplomatici della Farnesina e del ministero degli Esteri della Valletta, si sono riunite per due giorni a Roma e torneranno a vedersi a febbraio. In gioco ci sono possibili giacimenti di gas e i diritti di pesca dei pescherecci di Mazara del Vallo. “L’obiettivo è arrivare alla firma entro la fine della legislatura”, ha spiegato una fonte diplomatica.",
     [T], "Negotiation of an interstate delimitation treaty."),
    ("it-q4",
     "Quattro motovedette consegnate alla Guardia costiera della Marina libica",
     "TRIPOLI — L’Italia ha consegnato ieri alla Guardia costiera della Marina libica quattro motovedette classe Corrubia rimesse in efficienza nei cantieri di Messina, insieme a un pacchetto di ricambi e apparati radio. La cessione rientra nel Memorandum d’intesa tra Roma e Tripoli, rinnovato tacitamente lo scorso febbraio, e sarà accompagnata da corsi di addestramento per gli equipaggi libici tenuti da istruttori della Marina militare. Le ong hanno criticato il trasferimento, denunciando abusi nei confronti dei migranti intercettati in mare.",
     [T, MA], "Patrol boats and training given to another state's naval coast guard under an interstate memorandum."),
    ("it-q5",
     "Adunata degli Alpini, mezzo milione di penne nere. E un film sulla ritirata di Russia",
     "CUNEO — Oltre 500 mila persone hanno invaso il centro per l’Adunata nazionale degli Alpini. Domenica la lunga sfilata dei reduci e delle sezioni dell’Ana, aperta dai gonfaloni e chiusa dalla fanfara della Brigata Taurinense, ha attraversato la città per undici ore. In serata, al cinema Monviso, l’anteprima di “Nikolajewka”, film di Marco Bertola che racconta la ritirata di un battaglione alpino dal fronte del Don nel gennaio 1943. “Non è un film di guerra, è un film sulla fame e sul freddo”, ha detto il regista.",
     [], "Veterans' gathering and parade at home; historical war film."),
    ("it-q6",
     "Niger, il contingente italiano sale a 250 militari. Ceduti blindati e droni",
     "ROMA — La missione italiana in Niger sarà portata da 180 a 250 militari entro l’estate, secondo la delibera approvata dal Consiglio dei ministri e trasmessa alle Camere. Il personale, schierato nella base aerea vicino a Niamey, continuerà ad addestrare forze speciali e unità del genio nigerine. Contestualmente la Difesa ha ceduto alle forze armate del Niger otto veicoli tattici Lince, due droni da ricognizione e materiale sanitario. “È una presenza che serve a stabilizzare il Sahel”, ha spiegato il sottosegretario alla Difesa.",
     [TR, MA], "Italian contingent abroad reinforced; training of Nigerien forces and equipment ceded."),
    ("it-q7",
     "Incendi in Grecia, decollati due Canadair e partiti 60 vigili del fuoco",
     "ROMA — Due Canadair e una colonna di 60 vigili del fuoco sono partiti all’alba da Ciampino e da Brindisi per dare man forte alle squadre greche impegnate contro le fiamme che da tre giorni minacciano i sobborghi a nord di Atene. I rinforzi italiani opereranno in Attica per almeno una settimana, con moduli boschivi e autobotti. “Siamo pronti a dispiegare altri mezzi se Atene lo richiederà”, ha detto il capo del Corpo nazionale. Dal 2021 i pompieri italiani sono intervenuti in Grecia in cinque occasioni.",
     [], "Firefighters (not military) deployed abroad as reinforcements."),
    ("it-q8",
     "Kosovo, 150 militari italiani in più a KFOR. Belgrado richiama l’accordo di Kumanovo",
     "PRISTINA — Un reparto di 150 militari del 1° reggimento “San Giusto” è atterrato ieri a Pristina per rinforzare il contingente italiano di KFOR dopo gli scontri nel nord del Kosovo. I soldati saranno schierati a Mitrovica e lungo il ponte sull’Ibar. In serata il governo serbo ha diffuso una nota in cui richiama l’accordo tecnico-militare di Kumanovo del 1999, chiedendo a KFOR di garantire che le unità speciali della polizia kosovara non entrino nelle zone a maggioranza serba. Roma assicura: “Nessuna escalation”.",
     [T, TR], "Reinforcements deployed abroad; Serbia invokes the Kumanovo agreement between the state and the international force."),

    # ------------------------------------------------------------------ pt
    ("pt-q1",
     "Portugal entrega drones e viaturas às forças de defesa de Timor-Leste",
     "DÍLI — O Governo português entregou esta semana às Falintil-Forças de Defesa de Timor-Leste (F-FDTL) oito drones de reconhecimento, seis viaturas táticas ligeiras e dois contentores de material de comunicações, num pacote avaliado em 4,5 milhões de euros. O equipamento, financiado pelo Ministério da Defesa Nacional, vai reforçar a vigilância da fronteira terrestre e da costa norte. “São capacidades que fazem falta no terreno”, afirmou o embaixador de Portugal em Díli. Está ainda prevista a formação de operadores timorenses em Lisboa.",
     [MA], "Drones, vehicles and communications kit given to another state's armed forces, plus training."),
    ("pt-q2",
     "Paraquedistas portugueses rendem contingente na República Centro-Africana",
     "LISBOA — Cerca de 180 militares do 2.º Batalhão de Infantaria Paraquedista partiram na madrugada de segunda-feira do aeródromo de Figo Maduro rumo a Bangui, onde vão render a Força Nacional Destacada que serve desde março na missão das Nações Unidas na República Centro-Africana. A força, que integra a reserva de reação rápida da missão, terá como primeira tarefa escoltar colunas logísticas no noroeste do país. Na despedida, o chefe do Estado-Maior do Exército lembrou os três militares feridos na rotação anterior.",
     [TR], "Paratroopers deployed abroad to relieve a contingent."),
    ("pt-q3",
     "Trupe de palhaços de Olinda assina convênio e leva espetáculo a hospitais",
     "RECIFE — A trupe Riso de Maré, formada por doze palhaços e acrobatas de Olinda, assinou nesta quinta-feira um convênio com a Secretaria de Saúde de Pernambuco para visitar semanalmente alas pediátricas de seis hospitais. “Cada criança é tratada como a estrela do show”, diz a fundadora, Luana Bezerra. O acordo prevê cachê mensal e transporte. No repertório, um número em que os artistas, fantasiados de soldadinhos de chumbo, marcham desajeitados por entre os leitos e acabam “derrotados” por bolhas de sabão.",
     [], "Clown troupe, agreement with a state health department, participle 'tratada', toy soldiers."),
    ("pt-q4",
     "Brasil e Paraguai fecham novo Anexo C do Tratado de Itaipu",
     "BRASÍLIA — Após mais de dois anos de negociações, os governos do Brasil e do Paraguai concluíram a revisão do Anexo C do Tratado de Itaipu, que define as bases financeiras e a comercialização da energia da usina binacional. O novo texto reduz a tarifa a partir de 2027 e permite que Assunção venda parte do excedente no mercado livre brasileiro. O chanceler paraguaio, Rubén Ortiz Ferreira, falou em “dia histórico”. O documento ainda precisa ser aprovado pelo Congresso Nacional e pelo Congresso paraguaio.",
     [T], "Revision of an annex to an interstate treaty concluded."),
    ("pt-q5",
     "Moçambique e Ruanda assinam acordo sobre estatuto das forças ruandesas em Cabo Delgado",
     "MAPUTO — Os governos de Moçambique e do Ruanda rubricaram em Kigali um acordo que regula o estatuto jurídico dos cerca de 4000 militares ruandeses destacados em Cabo Delgado desde 2021. O texto fixa regras sobre jurisdição, uso de infraestruturas e responsabilidade por danos, e prevê que o contingente permaneça pelo menos mais dois anos. Nas últimas semanas, tropas ruandesas e moçambicanas retomaram o controlo de aldeias no distrito de Macomia, segundo fontes militares. A oposição exige que o acordo seja submetido à Assembleia da República.",
     [T, TR], "Status agreement between two states; foreign troops stationed and fighting."),
    ("pt-q6",
     "Marinha estreia novos navios em exercício ao largo de Sesimbra",
     "SESIMBRA — Durante cinco dias, cerca de 600 militares da Marinha Portuguesa participaram no exercício Zarco, ao largo de Sesimbra e do cabo Espichel, simulando o resgate de náufragos e a interceção de uma embarcação suspeita. Estrearam-se os dois novos navios de patrulha oceânica adquiridos pelo Estado aos estaleiros de Viana do Castelo, bem como drones de superfície comprados no ano passado. “É aqui que se treina para o que nunca queremos que aconteça”, disse o comandante da força naval. Participaram ainda fuzileiros e meios da Força Aérea.",
     [], "National exercise at home; state's own ship and drone purchases."),
    ("pt-q7",
     "EUA financiam radares costeiros para Cabo Verde ao abrigo de memorando bilateral",
     "PRAIA — Os Estados Unidos vão financiar a instalação de três radares de vigilância costeira nas ilhas do Sal, São Vicente e Santiago, no âmbito de um memorando de entendimento em matéria de defesa assinado na Praia pelo ministro cabo-verdiano da Defesa e pela embaixadora norte-americana. O apoio, de 12 milhões de dólares, inclui ainda uma lancha rápida para a Guarda Costeira, que integra as Forças Armadas do arquipélago, e formação de técnicos militares. As autoridades querem travar o tráfico de droga que usa o país como placa giratória.",
     [T, MA], "Bilateral defence memorandum signed; radars, boat and training financed for another state's armed forces."),
    ("pt-q8",
     "Capitães de Abril homenageados em Santarém, de onde partiu a coluna de 1974",
     "SANTARÉM — Cinquenta e um anos depois, o antigo quartel da Escola Prática de Cavalaria voltou a abrir os portões para homenagear os militares de Abril. Perante centenas de pessoas, três antigos furriéis que integraram a coluna rumo a Lisboa descerraram uma placa, enquanto uma banda militar tocava “Grândola, Vila Morena”. Houve desfile de viaturas blindadas restauradas e uma exposição de fotografias da madrugada da revolução. “Não viemos celebrar armas, viemos celebrar a liberdade”, disse José Marques, de 74 anos.",
     [], "Commemoration at home of a historical event; parade of restored vehicles."),

    # ------------------------------------------------------------------ pl
    ("pl-q1",
     "Kolejna rotacja amerykańskiej brygady pancernej w Polsce",
     "DRAWSKO POMORSKIE — Do Polski przybywają żołnierze amerykańskiej brygady pancernej z 3. Dywizji Piechoty, którzy zastąpią stacjonującą od dziewięciu miesięcy jednostkę z Teksasu. Pierwsze transporty czołgów Abrams i bojowych wozów Bradley rozładowano w piątek na bocznicy kolejowej w Olesznie. W ramach rotacji na wschodnią flankę NATO trafi łącznie około 3,5 tys. wojskowych, rozmieszczonych m.in. w Żaganiu, Świętoszowie i Skwierzynie. „To sygnał, że sojusznicy są tu na stałe” – powiedział gen. bryg. Marek Wilk.",
     [TR], "Rotation of foreign troops stationed in Poland."),
    ("pl-q2",
     "Polska przekazała Ukrainie 48. pakiet pomocy wojskowej",
     "WARSZAWA — Ministerstwo Obrony Narodowej poinformowało o przekazaniu Ukrainie kolejnego, 48. już pakietu wsparcia wojskowego. W jego skład weszły m.in. moździerze, amunicja artyleryjska kalibru 155 mm, przenośne zestawy przeciwlotnicze oraz części zamienne do dostarczonych wcześniej czołgów. Wartość pakietu resort szacuje na ok. 300 mln zł. „Dostawy odbywają się bez rozgłosu, ale regularnie” – podkreślił wiceminister obrony Tomasz Rejent. Według MON sprzęt został już w całości przekazany stronie ukraińskiej.",
     [MA], "Weapons package delivered to another state."),
    ("pl-q3",
     "Trupa Teatru Nowego wraca z tournée i podpisuje umowę z telewizją",
     "POZNAŃ — Trupa Teatru Nowego wróciła z trzytygodniowego tournée po Niemczech i Czechach, gdzie pokazała „Wesele” Wyspiańskiego aż osiemnaście razy. Dyrekcja poinformowała, że zespół podpisał umowę z publicznym nadawcą na rejestrację spektaklu. Aktor grający Gospodarza, traktowany przez niemieckich krytyków jako objawienie sezonu, dostał już propozycje z Berlina. „Jeździliśmy jak wojsko: autokar, scena, hotel, i tak w kółko” – śmiał się reżyser Piotr Zawada.",
     [], "Theatre troupe ('trupa'), contract with a broadcaster, 'traktowany', figurative army comparison."),
    ("pl-q4",
     "Polska i Szwecja podpisały umowę o ochronie podmorskiej infrastruktury",
     "SZTOKHOLM — Ministrowie spraw zagranicznych Polski i Szwecji podpisali w poniedziałek międzyrządową umowę o współpracy w ochronie podmorskich kabli i gazociągów na Bałtyku. Porozumienie przewiduje wymianę danych z czujników dna morskiego oraz wspólne procedury na wypadek uszkodzenia infrastruktury, takiej jak Baltic Pipe. Dokument musi jeszcze zostać ratyfikowany przez Sejm i Riksdag. „Bałtyk to nasze wspólne podwórko” – mówiła szwedzka minister Karin Lindqvist.",
     [T], "Intergovernmental agreement between two states signed, ratification pending."),
    ("pl-q5",
     "Prezydent przedłużył misję Polskiego Kontyngentu Wojskowego w Rumunii",
     "WARSZAWA — Prezydent podpisał postanowienie o przedłużeniu do końca czerwca przyszłego roku użycia Polskiego Kontyngentu Wojskowego w Rumunii. W bazie w Craiovej stacjonuje ok. 230 żołnierzy kompanii zmechanizowanej, wchodzących w skład wielonarodowej brygady NATO. Na umowę międzyrządową o statusie sił, podpisaną przez oba państwa, powołał się podczas wizyty w Warszawie rumuński minister obrony, zapowiadając, że Bukareszt chętnie przyjmie kolejne zmiany. Następna zmiana kontyngentu przyleci w styczniu.",
     [T, TR], "Deployment mandate of a contingent abroad extended; interstate status-of-forces agreement invoked."),
    ("pl-q6",
     "Harcerze rozbili obóz nad Wdzydzami. Drużyny ćwiczą musztrę i terenoznawstwo",
     "WDZYDZE KISZEWSKIE — Ponad 150 harcerek i harcerzy z hufca Gdańsk-Wrzeszcz rozpoczęło trzytygodniowy obóz nad jeziorem Wdzydze. Każda drużyna postawiła własne namioty, zastępy pełnią nocne warty, a w programie są musztra, terenoznawstwo i biegi na orientację. Teren udostępnia nadleśnictwo na podstawie umowy dzierżawy zawartej na dziesięć lat. „Mundur zobowiązuje, ale przede wszystkim ma być przygoda” – mówi komendant obozu Kamil Brzeziński. Na zakończenie zaplanowano grę terenową „Zdobycie twierdzy”.",
     [], "Scouts with drill and night watches; lease agreement."),
    ("pl-q7",
     "Warszawa przekaże Mołdawii drony i sprzęt saperski",
     "KISZYNIÓW — Polska przekaże mołdawskiej armii 20 dronów rozpoznawczych, wykrywacze min oraz dwa pojazdy do rozminowywania – zapowiedział w Kiszyniowie wiceminister spraw zagranicznych. Sprzęt o wartości ok. 40 mln zł zostanie sfinansowany z rezerwy celowej budżetu przeznaczonej na wsparcie partnerów ze Wschodu. Według mołdawskiego resortu obrony pierwsze urządzenia trafią do batalionu inżynieryjnego jeszcze przed zimą. Kiszyniów przypomina, że na jego terytorium wciąż zalegają niewybuchy z czasów konfliktu w Naddniestrzu.",
     [MA], "Drones and demining equipment to be given to another state's army."),
    ("pl-q8",
     "Dodatkowi policjanci skierowani na Podlasie, wsparcie dla Straży Granicznej",
     "BIAŁYSTOK — Komenda Główna Policji skierowała na granicę z Białorusią dodatkowych 400 funkcjonariuszy z oddziałów prewencji z Gdańska, Łodzi i Katowic. Posiłki mają wesprzeć Straż Graniczną, która od tygodnia notuje wzmożone próby nielegalnego przekroczenia zapory. Policjanci otrzymali też nowe drony i pojazdy terenowe, przekazane przez komendę wojewódzką. „To nie jest operacja wojskowa, tylko wzmocnienie służb porządkowych” – zaznaczył rzecznik podlaskiej policji.",
     [], "Police and border guards reinforced at home; equipment handed over domestically; negated military framing."),

    # ------------------------------------------------------------------ nl
    ("nl-q1",
     "Pantserinfanterie vertrekt naar Litouwen voor nieuwe rotatie",
     "OIRSCHOT — Zo’n 250 militairen van 45 Pantserinfanteriebataljon zijn deze week vanuit Oirschot naar Litouwen vertrokken, waar zij de komende zes maanden deel uitmaken van de NAVO-gevechtsgroep in Rukla. Ze lossen een eenheid van de Luchtmobiele Brigade af. Per trein gingen ook CV90-infanteriegevechtsvoertuigen en bergingstanks mee. “De dreiging is niet minder geworden, onze aanwezigheid dus ook niet”, zei commandant luitenant-kolonel Sander de Wit op de kazerne. De eerste groep is inmiddels in Rukla aangekomen.",
     [TR], "Battalion deployed abroad, relieving another unit."),
    ("nl-q2",
     "Bewoners Wolvega klagen over troep na festival, organisator belooft opruiming",
     "WOLVEGA — Blikjes, plastic bekers en zelfs achtergelaten tentjes: omwonenden van het festivalterrein aan de Linde zijn de troep na het driedaagse muziekfestival Linderock spuugzat. “Mijn tuin lag bezaaid”, zegt buurvrouw Anneke Postma. De organisatie heeft inmiddels een contract gesloten met een schoonmaakbedrijf uit Heerenveen, dat maandag met veertig man uitrukt. De klachten worden volgens de gemeente serieus behandeld; volgend jaar wil zij in de vergunning strengere afspraken over afval opnemen.",
     [], "Dutch 'troep' = rubbish; commercial contract; 'behandeld'; 'uitrukken'."),
    ("nl-q3",
     "Nederland financiert 500 onderscheppingsdrones voor Oekraïne",
     "DEN HAAG — Het kabinet trekt 120 miljoen euro uit voor de aanschaf van vijfhonderd onderscheppingsdrones die naar Oekraïne gaan, heeft de minister van Defensie woensdag aan de Tweede Kamer gemeld. De toestellen, die aanvallende Shahed-drones uit de lucht moeten halen, worden bij een Oekraïense producent besteld en rechtstreeks aan de luchtverdediging van het land geleverd. Daarnaast stuurt Nederland radars en reserveonderdelen voor eerder geleverde luchtafweersystemen. “Elke neergehaalde drone is een gered leven”, aldus de bewindsman.",
     [MA], "State finances drones, radars and spares for another state's air defence."),
    ("nl-q4",
     "Nederland en België tekenen verdrag over nieuwe verdieping Westerschelde",
     "ANTWERPEN — Nederland en België hebben dinsdag in Antwerpen een verdrag ondertekend over een nieuwe verdieping van de Westerschelde, waardoor containerschepen met een diepgang van zestien meter de haven van Antwerpen-Brugge kunnen bereiken. In het verdrag zijn ook afspraken vastgelegd over natuurherstel in Zeeland en de verdeling van de kosten. Zeeuwse boeren vrezen opnieuw voor ontpoldering. De tekst moet nog worden goedgekeurd door het Nederlandse parlement en door de Belgische federale en Vlaamse parlementen.",
     [T], "Interstate treaty signed, approval by parliaments pending."),
    ("nl-q5",
     "Belgische commando’s naar Benin, Defensie schenkt ook drones",
     "BRUSSEL — België stuurt een detachement van ongeveer 120 militairen van het Special Operations Regiment naar Benin. Zij worden gelegerd in het noorden van het land, rond Kandi, en gaan er Beninese soldaten opleiden in patrouilletechnieken en eerste hulp op het slagveld. Daarnaast schenkt Defensie vijftien verkenningsdrones en een reeks terreinwagens aan het Beninese leger, bevestigde het kabinet van de minister. De Kamercommissie Defensie werd donderdag achter gesloten deuren ingelicht. Een eerste ploeg vertrekt eind deze maand vanuit Melsbroek.",
     [TR, MA], "Special forces detachment deployed abroad; training and donation of drones and vehicles to another state's army."),
    ("nl-q6",
     "Kabinet tekent tienjarig veiligheidsakkoord met Oekraïne",
     "KYIV — Nederland en Oekraïne hebben in Kyiv een bilateraal veiligheidsakkoord voor tien jaar ondertekend. Daarin verbindt Den Haag zich ertoe jaarlijks militaire steun te leveren, waaronder munitie, pantservoertuigen en opleidingen voor Oekraïense militairen, en bij te dragen aan het herstel van de Oekraïense defensie-industrie. Het akkoord is geen NAVO-lidmaatschap, benadrukte de premier, maar “een harde belofte op papier”. De Tweede Kamer wil nog een debat over de financiële reikwijdte van de afspraken.",
     [T, MA], "Bilateral security accord between states signed; commits military support and training."),
    ("nl-q7",
     "Ruim 4.000 veteranen in defilé op Veteranendag",
     "DEN HAAG — Onder toeziend oog van de koning en tienduizenden toeschouwers trokken zaterdag ruim 4.000 veteranen en 1.500 militairen in actieve dienst door de Haagse binnenstad. In het defilé liepen oud-militairen die dienden in Nieuw-Guinea, Libanon, Bosnië, Afghanistan en Mali. Boven het Malieveld vlogen F-35’s en Apache-helikopters over. “Je loopt hier niet voor jezelf, maar voor je maten die er niet meer zijn”, zei de 81-jarige Henk Vermeulen. Eerder op de dag was er een herdenkingsbijeenkomst in de Ridderzaal.",
     [], "Parade and commemoration at home; past missions only mentioned as veterans' history."),
    ("nl-q8",
     "Luchtmacht vliegt tenten en waterfilters naar getroffen Marokko",
     "EINDHOVEN — Een C-130 Hercules van de luchtmacht is donderdagochtend vanaf Vliegbasis Eindhoven vertrokken met 18 ton hulpgoederen voor de slachtoffers van de aardbeving in het Atlasgebergte. Aan boord: tenten, dekens, waterfilters en medische kits, bijeengebracht door het Rode Kruis. De minister voor Ontwikkelingshulp maakte daarnaast 5 miljoen euro noodhulp vrij. “Dit is puur humanitaire steun, verder niets”, benadrukte een woordvoerder van het ministerie. Een tweede vlucht volgt zaterdag.",
     [], "Humanitarian and emergency aid flown by an air force; no military aid."),
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


def self_check(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(records) == 8 * len(LANGS), len(records)
    per_lang = defaultdict(list)
    for r in records:
        assert r["language"] in LANGS, r["id"]
        per_lang[r["language"]].append(r)
        assert set(r["rules"]) <= RULES, r["id"]
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert r["kind"] == ("positive" if r["rules"] else "near-miss"), r["id"]
        assert 250 <= len(r["body"]) <= 800, (r["id"], len(r["body"]))
        assert r["title"].strip() and r["note"].strip(), r["id"]
        assert '"' not in r["body"] and '"' not in r["title"], r["id"]
    for lang in LANGS:
        recs = per_lang[lang]
        assert len(recs) == 8, (lang, len(recs))
        assert sorted(r["id"] for r in recs) == sorted(f"{lang}-q{i}" for i in range(1, 9)), lang
        kinds = Counter(r["kind"] for r in recs)
        assert kinds["positive"] == 5 and kinds["near-miss"] == 3, (lang, kinds)
        rc = Counter(x for r in recs for x in r["rules"])
        for rule in RULES:
            assert rc[rule] >= 1, (lang, rule)


def main():
    records = build()
    self_check(records)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "west.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    summary = defaultdict(Counter)
    for r in records:
        for x in r["rules"]:
            summary[r["language"]][x] += 1
    for lang in LANGS:
        print(lang, dict(sorted(summary[lang].items())), "lengths",
              min(len(r["body"]) for r in records if r["language"] == lang),
              max(len(r["body"]) for r in records if r["language"] == lang))
    print("wrote", len(records), "records to", out)


if __name__ == "__main__":
    main()
