#!/usr/bin/env python3
"""Hand-labelled hold-out alerts (western languages: en fr de es it pt pl nl).

All articles are original and fictional (invented events, people and companies,
real-sounding places and institutions). Labels were assigned by reading the text
against the analyst definitions of the three rules:
  treaty, troops, military_assistance.
Running this script writes west.jsonl next to this file.
Standard library only.
"""
import json
import os

RULES = {"treaty", "troops", "military_assistance"}
LANGS = ["en", "fr", "de", "es", "it", "pt", "pl", "nl"]

T, TR, MA = "treaty", "troops", "military_assistance"


def P(id_, title, body, rules, note):
    return {"id": id_, "language": id_.split("-")[0], "title": title, "body": body,
            "rules": list(rules), "kind": "positive", "note": note}


def N(id_, title, body, note):
    return {"id": id_, "language": id_.split("-")[0], "title": title, "body": body,
            "rules": [], "kind": "near-miss", "note": note}


ARTICLES = [
    # ------------------------------------------------------------------ en
    P("en-h1",
      "Kazakhstan and Kyrgyzstan sign long-awaited water-sharing treaty",
      "ASTANA — Kazakhstan and Kyrgyzstan on Tuesday signed a treaty dividing the flow of the Chu and "
      "Talas rivers, ending a decade of on-and-off talks over irrigation water for farmers on both sides "
      "of the border. Under the accord, Bishkek will guarantee minimum summer releases from the "
      "Orto-Tokoy reservoir, while Astana agreed to shoulder 60 percent of maintenance costs for shared "
      "canals. Foreign ministers Daniyar Seitkali and Aibek Toktomushev said the text would be sent to "
      "both parliaments for ratification before the autumn session. An intergovernmental commission "
      "will meet twice a year to settle disputes.",
      [T], "Bilateral interstate treaty signed, ratification pending."),
    P("en-h2",
      "Pentagon orders armored brigade to Poland, extending US presence on NATO's eastern flank",
      "WASHINGTON — The Pentagon will send roughly 4,000 soldiers from the 1st Armored Division to "
      "Poland next month, replacing a brigade that has been stationed near Żagań since January, defense "
      "officials said on Thursday. The incoming unit will bring about 90 Abrams tanks and 130 Bradley "
      "fighting vehicles, and smaller detachments will be spread across Lithuania and Romania. 'These "
      "rotations show the Kremlin we are not going anywhere,' a senior official told reporters on "
      "condition of anonymity. Polish Defence Minister Tomasz Wierzbicki welcomed the deployment, saying "
      "Warsaw would cover part of the housing costs for the incoming servicemen.",
      [TR], "US soldiers deployed/stationed in Poland; tanks come with US unit (not handed over), so no military_assistance."),
    P("en-h3",
      "US unveils $425 million security package for Ukraine, heavy on air defence",
      "The United States announced a $425 million package of military aid for Ukraine on Friday, drawing "
      "on Pentagon stocks to rush interceptors for Patriot batteries, HIMARS rockets and 155mm artillery "
      "shells to Kyiv. The assistance, the third tranche approved since March, also funds spare parts for "
      "Ukrainian-flown F-16 jets. 'Ukraine needs these munitions before winter, when attacks on the power "
      "grid usually intensify,' State Department spokesperson Laura Brennan said. Officials stressed that "
      "no American troops would be sent to Ukraine and that the weapons would be delivered through Poland "
      "over the coming weeks.",
      [MA], "Military aid package (weapons, munitions). Troops mention is explicitly negated, so no troops."),
    P("en-h4",
      "Kremlin pulls out of Baltic incidents-at-sea accord as troops reinforce Kaliningrad",
      "MOSCOW — Russia said on Wednesday it was withdrawing from a 1990s agreement with Denmark on "
      "preventing incidents at sea, accusing Copenhagen of 'systematic violations' in the Baltic. In the "
      "same statement the defence ministry said an additional motor-rifle brigade had been transferred to "
      "the Kaliningrad exclave, where some 18,000 servicemen are already based. Danish Foreign Minister "
      "Kristian Holm called the move 'regrettable but not surprising' and said NATO allies would discuss "
      "it on Monday. Analysts in Helsinki noted that Russian forces along the Finnish border have also "
      "been strengthened since spring.",
      [T, TR], "Withdrawal from an interstate agreement (treaty) + brigade moved/forces reinforced (troops)."),
    P("en-h5",
      "Dutch battalion to be stationed in Latvia under new defence pact, Riga to get NASAMS",
      "RIGA — The Netherlands and Latvia signed a bilateral defence cooperation agreement on Monday that "
      "will see a Dutch mechanised battalion permanently based at Ādaži from 2027, the two governments "
      "said. The pact also commits The Hague to hand over two NASAMS air-defence batteries and to train "
      "Latvian crews to operate them at a range near Ventspils. Latvian Prime Minister Ilze Kalniņa "
      "described the accord as 'the most important security document since our NATO accession'. The "
      "Dutch parliament must still approve the treaty, which also covers legal status for the roughly "
      "700 troops and their families.",
      [T, TR, MA], "Interstate pact signed (treaty); planned stationing of Dutch battalion (troops); air-defence systems handed over and crews trained (military_assistance)."),
    N("en-h6",
      "Kyiv ballet troupe signs three-year deal for North American tour",
      "TORONTO — A Ukrainian ballet troupe whose dancers have spent the past two seasons touring abroad "
      "has signed a three-year agreement with Canadian promoter Northlight Live, guaranteeing at least 60 "
      "performances a year across Canada and the United States. The company, founded in Kyiv in 1994, "
      "will base its 45 members in Toronto between tours. Audiences in Montreal were treated to a "
      "sold-out run of 'Swan Lake' last week, and artistic director Oksana Melnyk said the contract "
      "finally gave the troupe 'a stable home'. The deal's financial terms were not disclosed.",
      "Trap: dance 'troupe' based abroad, commercial 'agreement'/'contract', participle 'treated'."),
    N("en-h7",
      "Mellor's troops hold firm at Millbrook as Castleford captain pens new contract",
      "Castleford Rovers manager Grant Mellor praised his troops after a gritty 1-0 win at Millbrook kept "
      "them top of League One, and the club then confirmed that captain Jordan Ashby has signed a "
      "contract extension until 2029. 'The lads defended like their lives depended on it, and that's the "
      "spirit you need in a campaign this long,' Mellor said. Ashby, 27, had been linked with a move to "
      "the Championship, but the new deal includes a significant pay rise. The club also agreed a loan "
      "arrangement with Norwich for winger Tom Reyes, who will stay until the end of the season.",
      "Trap: figurative 'troops' (football squad), 'campaign', player contract and loan deal."),
    N("en-h8",
      "War epic 'The Long Winter' storms box office with tale of besieged garrison",
      "The war drama 'The Long Winter', which follows a company of soldiers holding a ruined monastery "
      "through a fictional siege, took $48 million in its opening weekend in North America, studio "
      "Redfield Pictures said on Sunday. Director Hannah Kowalczyk filmed much of the movie in Slovakia, "
      "where 300 extras in period uniforms spent six weeks on set. Critics have praised the battle "
      "sequences, though some said the script treated its characters as little more than cannon fodder. "
      "The film's cast includes newcomer Eli Brandt as a young radio operator.",
      "Trap: fictional soldiers in a war film, extras in uniform, 'storms', 'treated'."),

    # ------------------------------------------------------------------ fr
    P("fr-h1",
      "Dakar et Nouakchott ratifient l'accord de délimitation de leur frontière maritime",
      "DAKAR — L'Assemblée nationale sénégalaise a autorisé jeudi, par 142 voix contre 3, la ratification "
      "de l'accord fixant la frontière maritime avec la Mauritanie, signé l'an dernier à Nouakchott. Le "
      "texte trace une ligne d'équidistance au large de Saint-Louis et prévoit l'exploitation conjointe "
      "des gisements gaziers situés de part et d'autre de la démarcation. Le Parlement mauritanien avait "
      "donné son feu vert en mars. « C'est un traité de bon voisinage qui sécurise nos investissements », "
      "a déclaré le ministre des Affaires étrangères, Ousmane Diagne. Les instruments de ratification "
      "seront échangés le mois prochain.",
      [T], "Interstate maritime boundary agreement ratified."),
    P("fr-h2",
      "La France renforce sa présence en Roumanie avec 600 militaires supplémentaires",
      "PARIS — Six cents soldats français supplémentaires rejoindront d'ici à l'automne la base de Cincu, "
      "dans le centre de la Roumanie, portant à près de 1 900 hommes les effectifs du bataillon "
      "multinational dirigé par la France, a annoncé mardi le ministère des Armées. Les renforts, issus "
      "principalement de la 27e brigade d'infanterie de montagne, seront accompagnés de chars Leclerc et "
      "de canons Caesar servis par des artilleurs français. « Ce déploiement est un signal de cohésion "
      "envers nos alliés du flanc est », a souligné le général Hervé Lambert, chef d'état-major adjoint.",
      [TR], "French soldiers deployed to Romania; equipment stays with French units, so no military_assistance."),
    P("fr-h3",
      "La Belgique promet à Kiev des obus et la formation de quarante pilotes",
      "BRUXELLES — La Belgique fournira à l'Ukraine 25 000 obus d'artillerie de 155 mm d'ici à la fin de "
      "l'année et prendra en charge la formation de quarante pilotes et mécaniciens ukrainiens sur F-16, "
      "a indiqué lundi la ministre de la Défense, Sophie Verhaegen. Ce nouveau volet de l'aide militaire "
      "belge, évalué à 310 millions d'euros, sera financé en partie par les revenus des avoirs russes "
      "gelés. Les instructeurs de la composante Air assureront les cours sur la base de Florennes, en "
      "Belgique. « Chaque munition livrée compte », a-t-elle insisté.",
      [MA], "Ammunition deliveries and training of Ukrainian pilots (in Belgium, so no troop deployment)."),
    P("fr-h4",
      "Paris et Erevan concluent un accord de défense, des radars cédés à l'armée arménienne",
      "EREVAN — La France et l'Arménie ont signé vendredi un accord de coopération en matière de défense, "
      "le plus ambitieux jamais conclu entre les deux pays. Aux termes de ce texte, Paris cédera à Erevan "
      "deux radars de surveillance aérienne GM200 ainsi qu'une vingtaine de véhicules blindés Bastion, et "
      "accueillera des officiers arméniens à l'École de guerre. Le ministre arménien de la Défense a salué "
      "un « partenariat qui renforce notre capacité à protéger notre ciel ». Le traité devra être "
      "approuvé par le Parlement arménien avant son entrée en vigueur, prévue au printemps.",
      [T, MA], "Interstate defence agreement signed (treaty); radars/armoured vehicles transferred and officers trained (military_assistance)."),
    P("fr-h5",
      "Libreville dénonce l'accord de défense avec Paris et exige le départ des soldats français",
      "LIBREVILLE — Le gouvernement gabonais a annoncé mercredi qu'il mettait fin à l'accord de défense "
      "qui le liait à la France depuis 1960, estimant que ce texte « ne correspond plus aux réalités du "
      "pays ». Les quelque 350 militaires français stationnés au camp de Gaulle, en bord de mer, disposent "
      "de six mois pour quitter le territoire. Le Quai d'Orsay a « pris acte » de cette décision et "
      "indiqué que le retrait des forces se ferait « dans l'ordre et la transparence ». Paris avait "
      "déjà réduit de moitié son dispositif au Gabon il y a deux ans.",
      [T, TR], "Defence agreement denounced (treaty); French troops stationed and ordered to withdraw (troops)."),
    N("fr-h6",
      "La troupe des Tréteaux de Loire s'installe à Avignon pour trois semaines",
      "AVIGNON — Forte de trente-deux comédiens et techniciens, la troupe des Tréteaux de Loire a pris ses "
      "quartiers mardi au cloître des Célestins, où elle jouera « La Paix perpétuelle », une fresque "
      "burlesque de quatre heures sur deux royaumes imaginaires incapables de s'entendre sur le tracé "
      "d'une frontière. Le sujet, traité sur un ton résolument loufoque, a déjà conquis le public nantais "
      "l'hiver dernier. La compagnie a signé avec le festival un contrat de coproduction de deux ans, qui "
      "prévoit également une tournée en Belgique et au Québec.",
      "Trap: theatre 'troupe' taking 'quartiers', participle 'traité', coproduction contract, fictional kingdoms."),
    N("fr-h7",
      "Défilé du 14-Juillet : 6 200 militaires ont descendu les Champs-Élysées",
      "PARIS — Sous un ciel dégagé, 6 200 militaires à pied, 200 véhicules et 65 avions ont participé "
      "lundi au traditionnel défilé du 14-Juillet, ouvert par les élèves de l'École polytechnique. Le "
      "président de la République a passé les troupes en revue depuis un command car avant de rejoindre "
      "la tribune officielle place de la Concorde. Les nouveaux blindés Serval ont été présentés au public "
      "pour la première fois, tandis que la Patrouille de France traçait le drapeau tricolore dans le ciel "
      "parisien. Plus de 25 000 spectateurs s'étaient massés le long de l'avenue.",
      "Trap: national military parade at home ('passé les troupes en revue', 'massés' = spectators)."),
    N("fr-h8",
      "Un A400M de l'armée de l'Air livre 28 tonnes d'aide humanitaire au Liban",
      "BEYROUTH — Un avion de transport A400M de l'armée de l'Air et de l'Espace s'est posé jeudi à "
      "l'aéroport de Beyrouth avec 28 tonnes de fret humanitaire : kits d'hygiène, tentes, générateurs et "
      "médicaments destinés aux familles déplacées du Sud-Liban. Cette cargaison, financée par le centre "
      "de crise du Quai d'Orsay, sera distribuée par la Croix-Rouge libanaise et plusieurs ONG. Un second "
      "vol est prévu la semaine prochaine. Paris a par ailleurs débloqué une enveloppe de 15 millions "
      "d'euros d'aide au développement pour la reconstruction d'écoles et de dispensaires.",
      "Trap: humanitarian cargo flown by the air force + development aid; no weapons, no deployment."),

    # ------------------------------------------------------------------ de
    P("de-h1",
      "Erste 500 Soldaten der Litauen-Brigade nach Rūdninkai verlegt",
      "VILNIUS – Die Bundeswehr hat am Wochenende rund 500 Soldatinnen und Soldaten der Panzerbrigade 45 "
      "an den neuen Standort Rūdninkai südlich von Vilnius verlegt. Bis Ende 2027 sollen dort und in Rukla "
      "dauerhaft knapp 5000 Bundeswehrangehörige stationiert sein, teilte das Verteidigungsministerium in "
      "Berlin mit. Mit der Verlegung der Panzergrenadiere aus Oberviechtach beginne „die heiße Phase des "
      "Aufwuchses“, sagte Brigadekommandeur Oberst Jens Hartwig. Litauens Verteidigungsministerin dankte "
      "für die „sichtbare Präsenz unserer Verbündeten“. Kritik kam von der Linken, die hohe Kosten "
      "befürchtet.",
      [TR], "German soldiers relocated and to be stationed permanently in Lithuania."),
    P("de-h2",
      "Berlin sagt Kiew weitere IRIS-T-Systeme und Munition zu",
      "BERLIN – Deutschland wird der Ukraine bis zum Frühjahr zwei weitere Feuereinheiten des "
      "Luftverteidigungssystems IRIS-T SLM überlassen. Das kündigte Verteidigungsminister Markus "
      "Engelhardt bei einem Treffen der Ukraine-Kontaktgruppe in Ramstein an. Hinzu kommen "
      "Lenkflugkörper, 40 000 Schuss Artilleriemunition sowie Ersatzteile für bereits gelieferte "
      "Gepard-Flakpanzer. Insgesamt summiert sich die deutsche Militärhilfe für das angegriffene Land damit "
      "in diesem Jahr auf rund acht Milliarden Euro. Die Waffen würden teils aus Beständen der Bundeswehr, "
      "teils direkt von der Industrie bereitgestellt.",
      [MA], "Air-defence systems, missiles and ammunition supplied to Ukraine."),
    P("de-h3",
      "Schweiz und Österreich besiegeln Staatsvertrag über den Alpenrhein",
      "BREGENZ – Die Schweiz und Österreich haben am Montag einen Staatsvertrag zum Hochwasserschutz am "
      "Alpenrhein unterzeichnet. Das Abkommen regelt die Aufweitung des Flussbetts auf 26 Kilometern "
      "zwischen der Illmündung und dem Bodensee sowie die Aufteilung der Kosten von gut zwei Milliarden "
      "Franken. Bundesrätin Claudia Wyss und der österreichische Außenminister sprachen von einem "
      "„Generationenprojekt“. Die Vereinbarung muss noch vom Nationalrat in Wien und von den "
      "eidgenössischen Räten ratifiziert werden; in der Schweiz ist zudem ein fakultatives Referendum "
      "möglich.",
      [T], "Interstate treaty (Staatsvertrag) signed, ratification pending."),
    P("de-h4",
      "Deutschland und Jordanien schließen Sicherheitsabkommen – Ausrüstung und Ausbildung für Amman",
      "AMMAN – Deutschland und Jordanien haben ein Abkommen über Zusammenarbeit im Sicherheits- und "
      "Verteidigungsbereich unterzeichnet. Im Rahmen der sogenannten Ertüchtigungsinitiative stellt die "
      "Bundesregierung dem Königreich in den kommenden drei Jahren Nachtsichtgeräte, geschützte Fahrzeuge "
      "und Drohnenabwehrtechnik im Wert von 120 Millionen Euro zur Verfügung. Zudem werden jordanische "
      "Offiziere an der Führungsakademie der Bundeswehr in Hamburg ausgebildet. Der Vertrag sei „ein "
      "Bekenntnis zur Stabilität in einer schwierigen Nachbarschaft“, sagte Staatssekretärin Katrin "
      "Vogler bei der Zeremonie.",
      [T, MA], "Interstate security agreement signed (treaty); equipment provided and officers trained in Germany (military_assistance)."),
    P("de-h5",
      "Serbien zieht Einheiten an Kosovo-Grenze zusammen – KFOR pocht auf Kumanovo-Abkommen",
      "PRIŠTINA/BELGRAD – Serbien hat nach Angaben der NATO-geführten Schutztruppe KFOR mehrere Kompanien "
      "der Armee sowie Gendarmerie-Einheiten in unmittelbarer Nähe der Verwaltungslinie zum Kosovo "
      "zusammengezogen. KFOR-Kommandeur Generalmajor Enrico Baldi erinnerte Belgrad an das "
      "Militärisch-Technische Abkommen von Kumanovo aus dem Jahr 1999, das eine fünf Kilometer breite "
      "Sicherheitszone vorsieht. „Wir erwarten die strikte Einhaltung der Vereinbarung“, sagte er. Das "
      "serbische Verteidigungsministerium sprach von „Routineübungen“ auf eigenem Territorium.",
      [T, TR], "Serbian army units massed near the line (troops); Kumanovo agreement (NATO–FRY) invoked (treaty)."),
    N("de-h6",
      "Theatertruppe „Die Wanderbühne“ verlängert Vertrag mit Görlitz",
      "GÖRLITZ – Die freie Theatertruppe „Die Wanderbühne“ bleibt bis mindestens 2028 in Görlitz. Der "
      "Stadtrat billigte am Donnerstag einen neuen Vertrag, der dem zwölfköpfigen Ensemble die alte "
      "Kaserne am Flugplatz als Probenort sichert und einen jährlichen Zuschuss von 180 000 Euro vorsieht. "
      "Die Truppe war 2019 aus Dresden in die Neißestadt gezogen und tritt seither auch regelmäßig im "
      "polnischen Zgorzelec auf. Ihr aktuelles Stück, eine Satire über einen Feldwebel, der sein "
      "Regiment verliert, ist bis Ende März ausverkauft.",
      "Trap: theatre 'Truppe', municipal 'Vertrag', old barracks, fictional Feldwebel/Regiment, cross-border shows."),
    N("de-h7",
      "Verschollenes Traktat über Festungsbau erzielt Rekordpreis bei Auktion",
      "MÜNCHEN – Ein lange verschollenes Traktat des Ingolstädter Baumeisters Veit Rosenauer über "
      "Festungsbau und Belagerungstechnik ist am Samstag für 1,4 Millionen Euro versteigert worden. Das "
      "handschriftliche Werk aus dem Jahr 1582 beschreibt auf 212 Blättern Bastionen, Wälle und die "
      "Aufstellung von Geschützen. Erworben wurde es von einer Stiftung, die es der Bayerischen "
      "Staatsbibliothek als Dauerleihgabe überlassen will. Experten werten die Abhandlung als "
      "Schlüsseltext der frühneuzeitlichen Militärarchitektur; sie war seit dem Dreißigjährigen Krieg "
      "nicht mehr öffentlich aufgetaucht.",
      "Trap: 'Traktat' = treatise on fortifications; cannons in a 16th-century manuscript; loan to a library."),
    N("de-h8",
      "Tarifeinigung beim Munitionshersteller: IG Metall und Heidewerk unterzeichnen Vertrag",
      "UNTERLÜSS – Nach drei Warnstreiks haben die IG Metall und der Munitionshersteller Heidewerk Defence "
      "einen neuen Haustarifvertrag unterzeichnet. Die rund 2400 Beschäftigten erhalten ab Juli 5,8 "
      "Prozent mehr Lohn, zudem wird die Wochenarbeitszeit in der Schichtproduktion auf 35 Stunden "
      "begrenzt. Das Unternehmen hatte zuletzt zahlreiche Großaufträge der Bundeswehr erhalten und will "
      "sein Werk in der Lüneburger Heide um eine weitere Fertigungslinie für Artilleriegranaten "
      "erweitern. Betriebsratschef Uwe Kranz sprach von einem „fairen Kompromiss“.",
      "Trap: labour agreement (Tarifvertrag) at an arms maker; domestic procurement, no transfer to another state."),

    # ------------------------------------------------------------------ es
    P("es-h1",
      "Argentina y Chile firman un tratado para construir el túnel de Agua Negra",
      "SANTIAGO — Los cancilleres de Argentina y Chile firmaron este lunes en el Palacio de La Moneda un "
      "tratado que establece el marco jurídico, financiero y aduanero del túnel binacional de Agua Negra, "
      "que unirá la provincia de San Juan con la región de Coquimbo. El convenio crea una entidad "
      "binacional encargada de licitar la obra, valorada en 1.500 millones de dólares, y fija un régimen "
      "de control integrado en la frontera. El texto deberá ser ratificado por ambos congresos. 'Es el "
      "acuerdo de integración física más ambicioso de las últimas décadas', dijo la canciller chilena, "
      "Javiera Morales.",
      [T], "Interstate treaty signed, ratification pending."),
    P("es-h2",
      "Colombia despliega 2.000 militares en la frontera con Venezuela tras una ola de violencia",
      "CÚCUTA — El Ministerio de Defensa de Colombia ordenó el despliegue de 2.000 efectivos del Ejército "
      "en el departamento de Norte de Santander, en la frontera con Venezuela, tras una semana de combates "
      "entre grupos armados que ha dejado más de 30 muertos. Los uniformados, pertenecientes a la Segunda "
      "División, reforzarán la vigilancia en el Catatumbo y en los pasos ilegales del río Táchira. 'Las "
      "tropas permanecerán el tiempo que sea necesario', afirmó el ministro, Andrés Camargo, quien anunció "
      "además el envío de helicópteros artillados.",
      [TR], "Army troops deployed to the border region."),
    P("es-h3",
      "Defensa enviará a Ucrania un nuevo lote de carros Leopard y misiles antiaéreos",
      "MADRID — El Ministerio de Defensa entregará a Ucrania antes del verano un nuevo lote de diez carros "
      "de combate Leopard 2A4, procedentes de los almacenes de Zaragoza, junto con misiles para los "
      "sistemas Aspide y munición de artillería, según fuentes del departamento. Con este envío, la ayuda "
      "militar española a Kiev se acerca a los 1.600 millones de euros. Los blindados serán revisados "
      "previamente en las instalaciones de Santa Bárbara Sistemas en Alcalá de Guadaíra antes de "
      "emprender viaje hacia la frontera polaca.",
      [MA], "Tanks, missiles and ammunition delivered to Ukraine."),
    P("es-h4",
      "Washington donará seis Black Hawk a Ecuador y enviará 150 militares como instructores",
      "QUITO — Estados Unidos donará a las Fuerzas Armadas de Ecuador seis helicópteros UH-60 Black Hawk y "
      "equipos de visión nocturna, y desplegará en el país a unos 150 militares estadounidenses para "
      "adiestrar a unidades ecuatorianas en operaciones contra el narcotráfico, informó la embajada "
      "norteamericana. Los soldados se instalarán en la base de Manta durante un periodo inicial de seis "
      "meses. El Gobierno ecuatoriano defendió que la presencia de tropas extranjeras es 'temporal y "
      "acotada', mientras que la oposición cuestionó su compatibilidad con la Constitución.",
      [TR, MA], "Helicopters donated and training (military_assistance); US soldiers deployed to Ecuador (troops)."),
    P("es-h5",
      "Honduras invoca el TIAR tras la incursión de soldados nicaragüenses en el golfo de Fonseca",
      "TEGUCIGALPA — El Gobierno de Honduras invocó el Tratado Interamericano de Asistencia Recíproca "
      "(TIAR) y pidió una reunión urgente del Consejo Permanente de la OEA, después de que una patrulla de "
      "unos 40 soldados nicaragüenses desembarcara en la isla de El Tigre, en el golfo de Fonseca. Managua "
      "sostiene que sus efectivos 'se extraviaron' durante una operación antidrogas. La cancillería "
      "hondureña calificó el hecho de violación de su soberanía, y el Ejecutivo movilizó un batallón de "
      "infantería de marina hacia Amapala.",
      [T, TR], "Rio Treaty (TIAR) invoked (treaty); Nicaraguan soldiers landing and Honduran battalion mobilised (troops). 'Asistencia Recíproca' is a name, no aid given."),
    N("es-h6",
      "La tropa de Ugarte resiste con diez y el club renueva a su capitán hasta 2028",
      "VITORIA — La tropa de Txema Ugarte sacó un empate sin goles de Mendizorroza tras resistir durante "
      "media hora con un jugador menos, un punto que la mantiene fuera del descenso. Al término del "
      "partido, el club anunció la renovación del contrato de su capitán, Iker Zubeldia, hasta junio de "
      "2028, con una cláusula de rescisión de 20 millones de euros. 'Este vestuario es un ejército, aquí "
      "nadie se rinde', resumió el técnico, que también confirmó la llegada en calidad de cedido del "
      "delantero uruguayo Matías Pereyra.",
      "Trap: 'tropa' and 'ejército' in a football sense, player contract, loan."),
    N("es-h7",
      "La Biblioteca Nacional adquiere un tratado de navegación del siglo XVI",
      "MADRID — La Biblioteca Nacional de España ha adquirido por 380.000 euros un ejemplar manuscrito del "
      "'Tratado de la esfera y del arte de marear', escrito en Sevilla hacia 1545 por el cosmógrafo Diego "
      "de Alcañiz. La obra, que describe el uso del astrolabio y la ballestilla, había permanecido durante "
      "siglos en una colección privada británica. Según los conservadores, el papel ha sido tratado con "
      "técnicas de estabilización antes de su exhibición, prevista para otoño. El ministro de Cultura "
      "celebró la recuperación de 'una joya de la ciencia náutica hispánica'.",
      "Trap: 'tratado' = treatise, and 'tratado' as participle."),
    N("es-h8",
      "Indra y Navantia sellan un pacto para los sistemas de combate de las fragatas F-110",
      "MADRID — Indra y Navantia firmaron este miércoles un acuerdo de colaboración por valor de 420 "
      "millones de euros para integrar sensores y sistemas de combate en las cinco fragatas F-110 que "
      "construye el astillero de Ferrol para la Armada española. El pacto entre ambas compañías prevé "
      "además la creación de una sociedad conjunta para competir por contratos de exportación en Oriente "
      "Medio y el Sudeste Asiático. Los sindicatos celebraron que la carga de trabajo asegure unos 3.000 "
      "empleos en Galicia y Madrid durante la próxima década.",
      "Trap: 'pacto'/'acuerdo' between two companies on warships for the national navy; commercial export ambitions."),

    # ------------------------------------------------------------------ it
    P("it-h1",
      "Kiev, via libera all'undicesimo pacchetto di aiuti militari italiani",
      "ROMA — Il Consiglio dei ministri ha approvato l'undicesimo decreto interministeriale per la "
      "cessione di mezzi, materiali ed equipaggiamenti militari all'Ucraina. Il contenuto resta "
      "classificato, ma secondo fonti della Difesa il pacchetto comprende componenti per il sistema "
      "antiaereo SAMP/T, munizioni d'artiglieria e veicoli blindati Lince. Il ministro della Difesa, Carlo "
      "Ferretti, ha riferito al Copasir spiegando che le forniture 'servono a proteggere le città ucraine "
      "dai raid russi'. Lega e M5S hanno ribadito le loro perplessità sull'invio di armi.",
      [MA], "Transfer of military equipment, air-defence components and ammunition to Ukraine."),
    P("it-h2",
      "Italia e Tunisia firmano un trattato sulla pesca nel Canale di Sicilia",
      "TUNISI — I ministri degli Esteri di Italia e Tunisia hanno firmato un trattato bilaterale che "
      "disciplina la pesca nelle acque del Canale di Sicilia, al centro da anni di sequestri di pescherecci "
      "mazaresi. L'intesa istituisce una zona di pesca comune a sud di Pantelleria, fissa quote annuali per "
      "il gambero rosso e prevede una commissione mista che si riunirà ogni sei mesi. 'È la fine di un "
      "contenzioso che durava da quarant'anni', ha commentato il sindaco di Mazara del Vallo. L'accordo "
      "entrerà in vigore dopo la ratifica dei due parlamenti.",
      [T], "Bilateral interstate treaty signed."),
    P("it-h3",
      "Libano, il contingente italiano di Unifil sale a 1.300 militari",
      "SHAMA — Trecento militari della Brigata Sassari sono arrivati nel sud del Libano, portando il "
      "contingente italiano della missione Onu Unifil a circa 1.300 unità, il più numeroso degli ultimi "
      "dieci anni. I soldati, schierati nel settore ovest con base a Shama, pattuglieranno la Linea Blu "
      "insieme ai caschi blu di altri quindici Paesi. 'I nostri uomini e le nostre donne operano in "
      "condizioni difficili ma con grande professionalità', ha dichiarato il comandante del settore, "
      "generale Marco Pellegrini.",
      [TR], "Italian soldiers deployed to Lebanon (UN contingent)."),
    P("it-h4",
      "Ratificata l'intesa con la Romania: 250 militari italiani a Costanza",
      "ROMA — La Camera ha ratificato in via definitiva l'accordo tra Italia e Romania sulla cooperazione "
      "nel settore della difesa e sullo status delle forze, che apre la strada allo schieramento di circa "
      "250 militari italiani e quattro caccia Eurofighter nella base aerea di Mihail Kogălniceanu, vicino a "
      "Costanza. Il testo, firmato a Bucarest lo scorso anno, disciplina la giurisdizione sul personale e "
      "la ripartizione dei costi logistici. Il primo scaglione partirà da Grosseto a settembre per un "
      "turno di quattro mesi nell'ambito della sorveglianza aerea rafforzata della Nato.",
      [T, TR], "Interstate defence/SOFA agreement ratified (treaty); Italian personnel and jets deployed (troops). Jets remain Italian, so no military_assistance."),
    P("it-h5",
      "Roma invia 120 istruttori in Mauritania e dona blindati all'esercito locale",
      "NOUAKCHOTT — L'Italia invierà in Mauritania 120 istruttori militari che addestreranno reparti "
      "dell'esercito mauritano impegnati nella sorveglianza del confine con il Mali. La missione "
      "bilaterale, autorizzata dal Parlamento, prevede anche la donazione di 30 veicoli tattici Lince, "
      "apparati radio e droni da ricognizione. Il personale italiano, proveniente in gran parte dal 186° "
      "reggimento paracadutisti Folgore, sarà dislocato nella base di Atar. 'Aiutare Nouakchott a "
      "controllare i propri confini significa proteggere anche l'Europa', ha detto il sottosegretario "
      "alla Difesa.",
      [TR, MA], "Italian military instructors sent to Mauritania (troops); training and donated vehicles/drones (military_assistance)."),
    N("it-h6",
      "La compagnia di danza Lunaria firma un contratto triennale con il Teatro Massimo",
      "PALERMO — La compagnia di danza contemporanea Lunaria ha firmato un contratto triennale con il "
      "Teatro Massimo di Palermo, che diventerà la sua sede stabile a partire da gennaio. I ventidue "
      "ballerini, reduci da una tournée di successo in Giappone e Corea del Sud, debutteranno con "
      "'Armistizio', uno spettacolo in cui il tema dei confini viene trattato con ironia e leggerezza. La "
      "trattativa, durata oltre un anno, si è sbloccata grazie a un contributo della Regione Siciliana. Il "
      "direttore artistico Nicola Ferrante ha parlato di 'un accordo che ci dà finalmente radici'.",
      "Trap: dance 'compagnia', participle 'trattato', 'trattativa', show titled 'Armistizio', commercial 'accordo'."),
    N("it-h7",
      "Festa della Repubblica, in oltre quattromila sfilano ai Fori Imperiali",
      "ROMA — Oltre quattromila tra militari, carabinieri, poliziotti e volontari della protezione civile "
      "hanno sfilato stamani lungo via dei Fori Imperiali per la parata del 2 giugno, davanti al capo dello "
      "Stato e alle più alte cariche istituzionali. Hanno aperto il corteo i reparti a cavallo dei Lancieri "
      "di Montebello, seguiti dai bersaglieri di corsa tra gli applausi del pubblico. Chiusura affidata "
      "alle Frecce Tricolori, che hanno disegnato nel cielo della capitale la bandiera nazionale. Il tema "
      "di quest'anno era 'Le Forze armate al servizio del Paese'.",
      "Trap: national military parade at home (reparti, bersaglieri, Forze armate)."),
    N("it-h8",
      "Terremoto in Turchia, un C-130J dell'Aeronautica porta 15 tonnellate di aiuti",
      "PISA — È decollato all'alba dall'aeroporto militare di Pisa un C-130J della 46ª Brigata aerea "
      "dell'Aeronautica Militare con a bordo 15 tonnellate di aiuti umanitari destinati alle popolazioni "
      "colpite dal terremoto nell'est della Turchia. Il carico, coordinato dalla Protezione civile e dalla "
      "Farnesina, comprende tende invernali, coperte, generatori e kit sanitari. Un secondo volo è previsto "
      "per giovedì. Il governo ha inoltre stanziato 5 milioni di euro di aiuti economici per la "
      "ricostruzione, da erogare tramite la Mezzaluna Rossa turca.",
      "Trap: humanitarian and economic aid carried by an air-force transport ('Brigata aerea')."),

    # ------------------------------------------------------------------ pt
    P("pt-h1",
      "Brasil e Paraguai fecham revisão do Anexo C do Tratado de Itaipu",
      "BRASÍLIA — Os governos do Brasil e do Paraguai concluíram nesta terça-feira a renegociação do Anexo "
      "C do Tratado de Itaipu, que define as bases financeiras da venda de energia da usina binacional. "
      "Pelo novo texto, a tarifa cairá 12% a partir de janeiro e Assunção poderá vender diretamente no "
      "mercado livre brasileiro parte da eletricidade a que tem direito. Os chanceleres Celso Duarte e "
      "Rubén Giménez assinaram as notas reversais em cerimônia no Itamaraty. As alterações ainda precisam "
      "passar pelo Congresso Nacional e pelo Congresso paraguaio.",
      [T], "Renegotiation of an interstate treaty annex concluded."),
    P("pt-h2",
      "Exército envia 1.200 militares a Roraima para reforçar fronteira com a Venezuela",
      "BOA VISTA — O Exército Brasileiro deslocou cerca de 1.200 militares para Roraima, na fronteira com "
      "a Venezuela, depois de movimentações de tropas venezuelanas perto da região de Essequibo, na Guiana "
      "vizinha. Os combatentes, vindos de unidades do Comando Militar da Amazônia, ocuparão posições em "
      "Pacaraima e Bonfim, acompanhados de blindados Guaicuru. Segundo o Ministério da Defesa, o reforço é "
      "'preventivo' e não tem prazo para terminar. A Força Aérea também transferiu caças A-29 Super Tucano "
      "para a base de Boa Vista.",
      [TR], "Brazilian troops moved to the border; Venezuelan troop movements."),
    P("pt-h3",
      "Portugal envia à Ucrânia munições de 155 mm e blindados M113",
      "LISBOA — Portugal vai entregar à Ucrânia, até ao final do ano, um novo lote de material militar que "
      "inclui 14 viaturas blindadas M113, munições de artilharia de 155 milímetros e equipamento de "
      "proteção individual, anunciou o Ministério da Defesa Nacional. O apoio, avaliado em 120 milhões de "
      "euros, será em parte financiado através do Mecanismo Europeu de Apoio à Paz. O ministro Rui "
      "Sequeira sublinhou que Lisboa 'continuará ao lado de Kiev enquanto for necessário' e adiantou que "
      "estão em estudo novas cedências de drones de fabrico nacional.",
      [MA], "Armoured vehicles and ammunition delivered to Ukraine."),
    P("pt-h4",
      "Lisboa e Maputo assinam acordo de cooperação militar; Portugal cede lanchas à Marinha moçambicana",
      "MAPUTO — Portugal e Moçambique assinaram esta sexta-feira um novo programa-quadro de cooperação no "
      "domínio da defesa, válido por cinco anos. No âmbito do acordo, Lisboa cederá à Marinha de Guerra "
      "moçambicana duas lanchas de patrulha costeira e formará, na Escola de Fuzileiros do Alfeite, cerca "
      "de 200 fuzileiros moçambicanos por ano. O texto prevê ainda apoio em manutenção de viaturas e "
      "comunicações. O ministro moçambicano da Defesa agradeceu 'a solidariedade de um país irmão' face à "
      "ameaça insurgente em Cabo Delgado.",
      [T, MA], "Interstate defence cooperation agreement signed (treaty); patrol boats given and marines trained in Portugal (military_assistance)."),
    P("pt-h5",
      "Angola e RDC assinam pacto de não agressão; tropas angolanas recuam da fronteira",
      "LUANDA — Os presidentes de Angola e da República Democrática do Congo assinaram em Luanda um pacto "
      "de não agressão, pondo fim a meses de tensão ao longo da fronteira do Kwango. Ao abrigo do "
      "tratado, as Forças Armadas Angolanas começaram a retirar os cerca de 3.000 soldados concentrados na "
      "província da Lunda Norte desde março. Kinshasa comprometeu-se, por seu lado, a desarmar as milícias "
      "que atuam do lado congolês. A União Africana saudou o entendimento como 'exemplo de diplomacia "
      "regional'.",
      [T, TR], "Non-aggression pact signed (treaty); massed Angolan soldiers withdrawn (troops)."),
    N("pt-h6",
      "Filme sobre a Guerra do Paraguai estreia com sessões esgotadas",
      "RIO DE JANEIRO — 'Humaitá', longa-metragem que reconstrói o cerco à fortaleza paraguaia em 1868, "
      "estreou neste fim de semana em 420 salas e levou mais de 300 mil espectadores aos cinemas. "
      "Dirigido por Marcelo Antunes, o filme acompanha um jovem voluntário gaúcho e a tropa de que faz "
      "parte ao longo de meses de lama e epidemias. As cenas de batalha foram rodadas no Pantanal com 800 "
      "figurantes. A crítica elogiou a fotografia, mas apontou que o tema da escravidão é tratado de forma "
      "superficial.",
      "Trap: 19th-century war film ('tropa', battle scenes, extras), participle 'tratado'."),
    N("pt-h7",
      "Sporting renova contrato de Tiago Barreiros até 2029",
      "LISBOA — O Sporting chegou a acordo com o médio Tiago Barreiros para a renovação do contrato até "
      "junho de 2029, com uma cláusula de rescisão fixada em 80 milhões de euros. O jogador, de 23 anos, "
      "era cobiçado por clubes ingleses e alemães, mas o assunto foi tratado com discrição pela direção "
      "leonina, que fechou o negócio durante o estágio no Algarve. Na mesma semana, o clube acertou com o "
      "Braga a cedência do avançado brasileiro Wellington Souza, que tinha pouca utilização no plantel "
      "principal.",
      "Trap: footballer contract/'acordo', 'tratado' as participle, 'cedência' (loan) of a player."),
    N("pt-h8",
      "Banco Mundial aprova 300 milhões de dólares para reconstrução de Cabo Delgado",
      "MAPUTO — O Banco Mundial aprovou um financiamento de 300 milhões de dólares para a reconstrução de "
      "estradas, escolas e centros de saúde nas zonas de Cabo Delgado afetadas pela insurgência armada, "
      "anunciou o Governo moçambicano. O pacote de apoio, a fundo perdido, inclui ainda programas de "
      "emprego para jovens e assistência alimentar a cerca de 400 mil deslocados. A União Europeia deverá "
      "anunciar nas próximas semanas uma ajuda complementar ao desenvolvimento, destinada à agricultura "
      "familiar e ao abastecimento de água.",
      "Trap: economic/development and food aid ('pacote de apoio', 'assistência') in an insurgency-hit region."),

    # ------------------------------------------------------------------ pl
    P("pl-h1",
      "Polska przekaże Ukrainie 47. pakiet uzbrojenia. W nim kraby i pioruny",
      "WARSZAWA – Polska przekaże Ukrainie kolejny, 47. pakiet pomocy wojskowej, w którym znajdą się m.in. "
      "haubice samobieżne Krab, amunicja artyleryjska kalibru 155 mm oraz przenośne zestawy przeciwlotnicze "
      "Piorun – poinformował szef MON Krzysztof Malinowski. Wartość dostaw szacowana jest na ok. 1,2 mld "
      "zł. Sprzęt trafi do ukraińskich sił zbrojnych przez hub logistyczny pod Rzeszowem. Minister "
      "podkreślił, że przekazane uzbrojenie zostanie odtworzone w polskim przemyśle dzięki środkom z "
      "Europejskiego Instrumentu na rzecz Pokoju.",
      [MA], "Howitzers, ammunition and MANPADS handed to Ukraine."),
    P("pl-h2",
      "Do Świętoszowa dotarła nowa zmiana amerykańskich żołnierzy",
      "ŚWIĘTOSZÓW – Do baz w Świętoszowie, Bolesławcu i Skwierzynie przybyło w ostatnich dniach ok. 3,5 "
      "tys. żołnierzy amerykańskiej 3. Dywizji Piechoty, którzy zastąpią wracającą do Stanów brygadę "
      "pancerną. Rotacyjna obecność wojsk USA w Polsce potrwa co najmniej do 2027 r. Wraz z wojskowymi do "
      "kraju dotarło ponad 80 czołgów Abrams i kilkaset pojazdów, które przetransportowano koleją z portu "
      "w Gdańsku. Dowództwo Generalne Rodzajów Sił Zbrojnych zapewnia, że współpraca z sojusznikami "
      "przebiega bez zakłóceń.",
      [TR], "US soldiers rotated into and stationed in Poland; tanks stay with the US unit."),
    P("pl-h3",
      "Polska i Litwa podpisały umowę międzynarodową w sprawie Rail Baltica",
      "WILNO – Ministrowie infrastruktury Polski i Litwy podpisali w czwartek umowę międzynarodową "
      "określającą zasady budowy i eksploatacji transgranicznego odcinka linii kolejowej Rail Baltica "
      "między Białymstokiem a Kownem. Porozumienie przewiduje wspólne standardy techniczne, podział kosztów "
      "utrzymania infrastruktury przygranicznej oraz powołanie dwustronnej komisji. Dokument musi jeszcze "
      "zostać ratyfikowany przez Sejm i litewski parlament. – To traktat, który zbliży nasze "
      "społeczeństwa – mówiła wiceminister Anna Zielińska.",
      [T], "Interstate agreement signed, ratification pending."),
    P("pl-h4",
      "Sejm za wypowiedzeniem konwencji ottawskiej. Wojsko wzmacnia wschodnią granicę",
      "WARSZAWA – Sejm przyjął ustawę upoważniającą prezydenta do wypowiedzenia konwencji ottawskiej o "
      "zakazie min przeciwpiechotnych. Za głosowało 412 posłów. Rząd argumentuje, że wyjście z porozumienia "
      "jest konieczne ze względu na zagrożenie ze strony Rosji i Białorusi. Równolegle MON poinformowało, "
      "że na granicę z Białorusią skierowano dodatkowe 5 tys. żołnierzy, w tym pododdziały 18. Dywizji "
      "Zmechanizowanej, które wesprą Straż Graniczną w ramach operacji „Bezpieczne Podlasie”. Organizacje "
      "humanitarne krytykują odejście od traktatu.",
      [T, TR], "Withdrawal from the Ottawa Convention (treaty); 5,000 soldiers sent to the border (troops)."),
    P("pl-h5",
      "Polska i Mołdawia podpisały umowę o współpracy obronnej. Drony i szkolenia dla Kiszyniowa",
      "KISZYNIÓW – Ministrowie obrony Polski i Mołdawii podpisali w poniedziałek umowę o współpracy "
      "wojskowej na najbliższe pięć lat. Na jej mocy Polska nieodpłatnie przekaże mołdawskiej armii drony "
      "rozpoznawcze FlyEye, radiostacje oraz sprzęt do rozminowywania. W ośrodku szkolenia w Dęblinie "
      "przeszkolonych zostanie też ok. 60 mołdawskich saperów i operatorów bezzałogowców. – Wspieramy "
      "sąsiada, który żyje w cieniu wojny – powiedział wiceminister Paweł Górecki. Umowa wymaga jeszcze "
      "ratyfikacji przez parlament w Kiszyniowie.",
      [T, MA], "Interstate defence cooperation agreement (treaty); drones/equipment donated and Moldovan sappers trained in Poland (military_assistance)."),
    N("pl-h6",
      "Trupa teatralna z Krakowa podpisała kontrakt na tournée po Japonii",
      "KRAKÓW – Trupa Teatru Wędrownego „Kuglarze” podpisała trzyletni kontrakt z tokijską agencją Hoshi "
      "Arts na cykl występów w Japonii i Korei Południowej. Pierwsze przedstawienia – plenerowa adaptacja "
      "„Wesela” Wyspiańskiego – odbędą się w maju w Osace. Dwudziestoosobowy zespół aktorów, żonglerów i "
      "muzyków od lat występuje na festiwalach ulicznych w Europie. – To dla nas przełom, bo wreszcie "
      "możemy planować dłużej niż jeden sezon – mówi dyrektorka grupy Marta Sobczak. Umowa obejmuje też "
      "warsztaty dla japońskich studentów.",
      "Trap: theatre 'trupa' touring abroad, commercial 'kontrakt'/'umowa'."),
    N("pl-h7",
      "W Kórniku odnaleziono nieznany traktat o sztuce wojennej z XVII wieku",
      "KÓRNIK – Bibliotekarze Biblioteki Kórnickiej PAN odnaleźli w niezinwentaryzowanej tece rękopis "
      "nieznanego dotąd traktatu o sztuce wojennej, przypisywanego kasztelanowi Mikołajowi Orzelskiemu. "
      "Liczący 140 kart tekst z lat 30. XVII wieku opisuje musztrę piechoty, rozstawienie wojsk w polu "
      "oraz zasady zaopatrywania obozu. Dokument przejdzie konserwację, a jego cyfrowa kopia trafi do "
      "sieci w przyszłym roku. – To jedno z najciekawszych znalezisk ostatnich lat – podkreśla prof. Ewa "
      "Szymańska z Uniwersytetu im. Adama Mickiewicza.",
      "Trap: 'traktat' = treatise; describes how armies are deployed, but only as 17th-century theory."),
    N("pl-h8",
      "Defilada w Święto Wojska Polskiego. Wisłostradą przeszło 2,5 tys. żołnierzy",
      "WARSZAWA – Blisko 2,5 tys. żołnierzy, 200 pojazdów i 80 statków powietrznych wzięło udział w "
      "defiladzie z okazji Święta Wojska Polskiego. Kolumny pododdziałów przemaszerowały Wisłostradą przed "
      "trybuną honorową, na której zasiedli prezydent, premier i szef MON. Publiczność szczególnie "
      "entuzjastycznie przyjęła przejazd czołgów K2 i wyrzutni Homar-K. Nad Wisłą przeleciały myśliwce F-16 "
      "oraz śmigłowce Apache. Według policji defiladę oglądało ok. 120 tys. osób.",
      "Trap: national military parade at home (soldiers, tanks, launchers on display)."),

    # ------------------------------------------------------------------ nl
    P("nl-h1",
      "Nederland levert Oekraïne extra Patriot-raketten en munitie voor F-16's",
      "DEN HAAG – Nederland stuurt Oekraïne de komende maanden een nieuwe lading "
      "Patriot-onderscheppingsraketten, lucht-grondmunitie voor de eerder geleverde F-16's en "
      "reserveonderdelen voor pantserhouwitsers. Dat heeft minister van Defensie Joost Verbeek woensdag "
      "bekendgemaakt in een brief aan de Tweede Kamer. Het steunpakket heeft een waarde van 350 miljoen "
      "euro en wordt betaald uit de eerder gereserveerde middelen voor militaire hulp. 'Oekraïne verdedigt "
      "ook onze veiligheid,' schrijft Verbeek. Een meerderheid van de Kamer steunt de leveringen; de PVV "
      "stemde tegen.",
      [MA], "Missiles, munitions and spare parts delivered to Ukraine."),
    P("nl-h2",
      "Ruim 270 Nederlandse militairen vertrekken naar Litouwen",
      "OIRSCHOT – Ruim 270 militairen van de 13e Lichte Brigade vertrekken deze week naar Litouwen, waar "
      "zij voor zes maanden deel gaan uitmaken van de door Duitsland geleide NAVO-gevechtsgroep in Rukla. "
      "De eenheid neemt zestien CV90-infanteriegevechtsvoertuigen mee, die per trein vanuit 't Harde worden "
      "vervoerd. Commandant luitenant-kolonel Bas Hendriks noemde de uitzending 'een duidelijk signaal aan "
      "Moskou'. Het is de veertiende Nederlandse rotatie sinds de start van de missie in 2017.",
      [TR], "Dutch soldiers deployed to Lithuania."),
    P("nl-h3",
      "Nederland en Duitsland tekenen verdrag over spoorlijn Groningen–Bremen",
      "BERLIJN – Nederland en Duitsland hebben dinsdag een verdrag ondertekend over de modernisering van de "
      "spoorlijn tussen Groningen en Bremen, de zogeheten Wunderline. Het bilaterale akkoord legt vast dat "
      "beide landen de kosten van de elektrificatie van het grensbaanvak bij Bad Nieuweschans delen en dat "
      "reizigers vanaf 2030 zonder overstap kunnen doorreizen. Staatssecretaris Linda Brouwer sprak van "
      "'een mijlpaal voor het Noorden'. Het verdrag moet nog worden goedgekeurd door de Tweede Kamer en de "
      "Bondsdag.",
      [T], "Bilateral interstate treaty signed, approval pending."),
    P("nl-h4",
      "Kabinet: mariniers naar Estland op basis van nieuw defensieverdrag",
      "DEN HAAG – Nederland gaat vanaf volgend voorjaar een compagnie van circa 150 mariniers permanent "
      "legeren in Estland. Dat heeft het kabinet vrijdag aangekondigd na ondertekening van een bilateraal "
      "defensieverdrag met Tallinn, dat de rechtspositie van Nederlandse militairen op Estisch grondgebied "
      "regelt. De eenheid wordt gestationeerd bij Tapa en zal samen met Britse en Franse troepen oefenen. "
      "Minister Verbeek benadrukte dat de overeenkomst 'geen tijdelijke geste, maar een structurele "
      "bijdrage aan de verdediging van de oostflank' is. Over de kosten wordt de Kamer later geïnformeerd.",
      [T, TR], "Bilateral defence treaty signed (treaty); planned permanent stationing of Dutch marines (troops)."),
    P("nl-h5",
      "Nederlandse instructeurs trainen Oekraïense rekruten in Engeland",
      "SALISBURY – Ongeveer negentig Nederlandse militairen zijn naar het Verenigd Koninkrijk uitgezonden "
      "om Oekraïense rekruten op te leiden in het kader van de Britse trainingsoperatie Interflex. De "
      "instructeurs, afkomstig van de Luchtmobiele Brigade en het Korps Mariniers, leren de Oekraïners in "
      "vijf weken de basis van infanterietactiek, eerste hulp op het slagveld en het gebruik van drones. "
      "Sinds 2022 hebben Nederlandse trainers al ruim 4.000 Oekraïense soldaten opgeleid. Defensie maakte "
      "ook bekend dat de getrainde eenheden een eigen uitrusting meekrijgen, waaronder helmen en "
      "nachtzichtapparatuur.",
      [TR, MA], "Dutch soldiers sent abroad (troops); training of Ukrainian soldiers plus donated equipment (military_assistance)."),
    N("nl-h6",
      "Festivalgangers laten ruim twaalf ton troep achter op strand Hoek van Holland",
      "HOEK VAN HOLLAND – Na het driedaagse dancefestival Zeezout hebben vrijwilligers maandag meer dan "
      "twaalf ton troep van het strand geraapt: lege blikjes, tentharingen, plastic bekers en honderden "
      "achtergelaten campingstoelen. 'Het is elk jaar weer een slagveld,' zegt coördinator Ria van Dam, "
      "die een leger van ruim tweehonderd opruimers aanstuurde. De gemeente Rotterdam overweegt de "
      "organisator een boete op te leggen en dreigt het contract voor volgend jaar niet te verlengen. De "
      "organisatie belooft beterschap en wil statiegeld op bekers invoeren.",
      "Trap: Dutch 'troep' = litter; figurative 'slagveld' and 'leger' of volunteers; event contract."),
    N("nl-h7",
      "Omwonenden Volkel kunnen lawaai van F-35-oefeningen niet langer verdragen",
      "VOLKEL – Bewoners rond vliegbasis Volkel zeggen de geluidsoverlast van de F-35-straaljagers niet "
      "langer te kunnen verdragen. Sinds de luchtmacht het aantal oefenvluchten in de avonduren heeft "
      "opgevoerd, zijn bij het klachtenmeldpunt ruim 1.800 meldingen binnengekomen. Tijdens een "
      "tweewekelijkse oefening vlogen er bovendien tientallen toestellen tegelijk boven Noord-Brabant. "
      "Defensie belooft in overleg met de gemeente Maashorst de nachtvluchten te beperken. 'We begrijpen "
      "de frustratie, maar onze vliegers moeten inzetgereed blijven,' aldus een woordvoerder.",
      "Trap: verb 'verdragen' (to tolerate) vs 'verdrag'; domestic air-force exercises only."),
    N("nl-h8",
      "Damen en Thales sluiten akkoord over radars voor nieuwe fregatten",
      "VLISSINGEN – Scheepsbouwer Damen Naval en elektronicabedrijf Thales Nederland hebben een "
      "overeenkomst gesloten over de levering van radar- en sensorsystemen voor vier nieuwe fregatten van "
      "de Koninklijke Marine. Het contract, met een waarde van ruim 600 miljoen euro, moet honderden banen "
      "in Hengelo en Vlissingen veiligstellen. Volgens beide bedrijven is de samenwerking ook bedoeld om "
      "gezamenlijk op te trekken bij exportopdrachten. De vakbond FNV spreekt van 'goed nieuws voor de "
      "maakindustrie', maar waarschuwt voor personeelstekorten op de werf.",
      "Trap: 'akkoord'/'overeenkomst'/'levering' between two companies for the national navy."),
]


def self_check(items):
    ids = [a["id"] for a in items]
    assert len(ids) == len(set(ids)) == 64, "ids must be unique, 64 in total"
    for lang in LANGS:
        group = [a for a in items if a["language"] == lang]
        assert len(group) == 8, (lang, len(group))
        assert sorted(a["id"] for a in group) == sorted(f"{lang}-h{i}" for i in range(1, 9)), lang
        pos = [a for a in group if a["kind"] == "positive"]
        neg = [a for a in group if a["kind"] == "near-miss"]
        assert len(pos) == 5 and len(neg) == 3, (lang, len(pos), len(neg))
        for rule in RULES:
            assert any(rule in a["rules"] for a in group), (lang, rule)
    for a in items:
        assert set(a) == {"id", "language", "title", "body", "rules", "kind", "note"}, a["id"]
        assert a["language"] in LANGS, a["id"]
        assert set(a["rules"]) <= RULES and len(a["rules"]) == len(set(a["rules"])), a["id"]
        assert a["kind"] == ("positive" if a["rules"] else "near-miss"), a["id"]
        assert 250 <= len(a["body"]) <= 800, (a["id"], len(a["body"]))
        assert a["title"].strip() and a["note"].strip(), a["id"]
        assert '"' not in a["title"] + a["body"], a["id"]


def main():
    self_check(ARTICLES)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "west.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for a in ARTICLES:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"wrote {len(ARTICLES)} articles to {out}")


if __name__ == "__main__":
    main()
