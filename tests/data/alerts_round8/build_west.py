#!/usr/bin/env python3
"""Build and check the hand-labelled round-8 'west' alert evaluation set.

Languages: en fr de es it pt pl nl; 8 fictional articles each (5 positives,
3 near-misses). Labels were assigned by reading only. Standard library only.
"""
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
    ("en-y1",
     "Namibia and Botswana ratify Okavango water-sharing accord",
     "Windhoek — Namibia's National Assembly on Tuesday ratified a bilateral accord with Botswana governing abstractions from the Okavango River, ending more than a decade of on-off negotiations. The instrument caps dry-season withdrawals on both banks and sets up a joint technical commission that will publish flow data every month. Botswana's parliament approved the text in March, and the accord enters into force once the two governments exchange instruments of ratification, expected at a ceremony in Maun next month. Conservation groups welcomed the deal but warned that enforcement would depend on funding for monitoring stations.",
     [T],
     "Interstate water-sharing accord ratified by two states: treaty. No military content."),
    ("en-y2",
     "Cuban dance troupe opens month-long UK tour in Glasgow",
     "Glasgow — A Havana-based contemporary dance troupe opened its first British tour in a decade on Saturday, drawing a sell-out crowd at the Theatre Royal. The company of 24 dancers, who arrived via Madrid after visa delays, will perform in Manchester, Cardiff and London before moving on to Dublin. Its artistic director said the programme, which blends rumba with classical ballet, had been rehearsed “like a military campaign” to fit the touring schedule. Critics praised the troupe's precision, though some found the second half overlong. Tickets for the London dates are nearly sold out.",
     [],
     "Near-miss for troops: a dance 'troupe' touring abroad plus a military simile; no soldiers."),
    ("en-y3",
     "Guyana moves army units toward western frontier after incursion reports",
     "Georgetown — The Guyana Defence Force has redeployed two infantry companies and a detachment of engineers to the upper Cuyuni area after residents reported armed men crossing from the Venezuelan side, the army's chief of staff said on Thursday. Soldiers will man new observation posts along the river and patrol mining settlements by boat. Officials at the Office of the President described the move as precautionary and said the deployment would be reviewed in 60 days. Caracas has not commented. Opposition lawmakers asked the government to brief parliament on the cost of keeping the units in the interior during the rainy season.",
     [TR],
     "A state's army companies sent to its own border area: troops (per the own-border judgement call)."),
    ("en-y4",
     "Norway to send demining instructors to Moldova and donate clearance kit",
     "Oslo — Norway will dispatch a team of around 20 army engineers to Moldova this autumn to train Moldovan sappers in clearing unexploded ordnance, the defence ministry said on Monday. The instructors, drawn from the army's engineer battalion, will be based near Chisinau for six months. Oslo is also handing over armoured mine-clearing machines, detectors and protective gear worth about 90 million kroner to Moldova's National Army. The minister said the package was designed to strengthen the country's capacity to deal with munitions left near its eastern border.",
     [TR, MA],
     "Military trainers sent abroad count as troops and military assistance; donated mine-clearing equipment to another state's army is also military assistance."),
    ("en-y5",
     "Slovak arms maker lands howitzer order from Indonesian army",
     "Bratislava — Privately owned Slovak arms maker Danubia Systems said on Tuesday it had signed a contract worth 310 million euros to supply 36 wheeled self-propelled howitzers to the Indonesian army, its largest export order to date. Deliveries are scheduled to start in 2026, with final assembly of part of the batch at a state-owned plant in Bandung. Jakarta is funding the purchase from its own defence budget as part of a long-running modernisation drive. Shares in the company's parent rose 7% in Bratislava trading. The deal still needs an export licence from Slovakia's economy ministry.",
     [],
     "Near-miss for military_assistance (and treaty): a commercial arms sale by a firm and a state's own purchase; the 'contract' is not an interstate agreement."),
    ("en-y6",
     "Tokyo to hand Manila coastal radars under security assistance scheme",
     "Manila — Japan will provide the Philippine Navy with five coastal surveillance radar systems and spare parts under its Official Security Assistance programme, the Japanese embassy said on Wednesday. The equipment, valued at about 2.4 billion yen, is due to be installed at sites facing the South China Sea by early next year. Philippine officers will travel to Japan for maintenance courses before the handover. It is the second package under the scheme, which Tokyo launched to bolster the armed forces of like-minded countries.",
     [MA],
     "Japan gives radars to the Philippine Navy and trains its officers in Japan: military assistance only (trainees received at home, no deployment, no agreement text mentioned)."),
    ("en-y7",
     "Banjul and Dakar sign status-of-forces pact as Senegalese contingent stays on",
     "Banjul — The Gambia and Senegal on Friday signed a status-of-forces agreement setting out the legal position of Senegalese soldiers serving in the country, clearing the way for their mission to be extended for another year. The contingent, stationed around Banjul and in the Foni region since the 2017 political crisis, numbers several hundred troops under the regional ECOMIG banner. The text covers jurisdiction over service members, customs exemptions for equipment and the use of Gambian barracks. Civil society groups had long demanded that the arrangement be put on a formal footing and submitted to the National Assembly.",
     [T, TR],
     "A status-of-forces agreement between two states is a treaty; Senegalese soldiers stationed in The Gambia are troops."),
    ("en-y8",
     "Zambia signs revised development agreement with copper miner",
     "Lusaka — Zambia's government and Toronto-listed copper producer Kafue Copper Holdings signed a revised development agreement on Monday that lowers royalty rates for ten years in exchange for a commitment to invest 1.2 billion dollars in a new smelter. The mines minister said the contract would be tabled before parliament for information and that ore from the expanded site would be treated locally rather than exported as concentrate. Opposition MPs called the terms too generous and demanded publication of the annexes. The company expects output at the site to double by 2028.",
     [],
     "Near-miss for treaty: a state-company commercial agreement plus the word 'treated'; no interstate agreement."),

    # ------------------------------------------------------------------ fr
    ("fr-y1",
     "Le Tchad dépêche des renforts militaires à sa frontière orientale",
     "N'Djamena — L'état-major des armées tchadiennes a annoncé mercredi l'envoi de plusieurs centaines de militaires supplémentaires dans le Ouaddaï, le long de la frontière avec le Soudan, après des incursions de groupes armés dans deux villages proches d'Adré. Les unités, appuyées par des blindés légers et des hélicoptères, doivent sécuriser les axes routiers et les abords des camps de réfugiés. Selon une source sécuritaire, un poste de commandement avancé a été installé à Abéché. Le gouvernement assure que ce déploiement restera en place « aussi longtemps que nécessaire ».",
     [TR],
     "Chad sends soldiers to its own eastern border: troops."),
    ("fr-y2",
     "Madagascar et les Comores signent un accord de pêche dans le canal du Mozambique",
     "Antananarivo — Les gouvernements malgache et comorien ont signé jeudi un accord bilatéral encadrant l'accès de leurs flottilles artisanales aux eaux de l'autre partie, au terme de trois ans de discussions. Le texte fixe des quotas pour le thon et le poulpe, prévoit un échange de données satellitaires sur les navires et crée une commission mixte chargée de régler les litiges. Il devra encore être ratifié par les deux Parlements avant d'entrer en vigueur. À Moroni, le ministre de l'Économie bleue a salué « une étape historique », tandis que des pêcheurs de Mahajanga redoutent une concurrence accrue.",
     [T],
     "Bilateral fisheries agreement signed by two states: treaty."),
    ("fr-y3",
     "La troupe de la Comédie-Française part en tournée au Québec",
     "Paris — Une trentaine de comédiens de la troupe de la Comédie-Française s'envoleront le mois prochain pour Montréal et Québec, où ils joueront Le Misanthrope ainsi qu'une création contemporaine. C'est la première tournée outre-Atlantique de la maison de Molière depuis plusieurs années. L'administrateur général évoque « une expédition logistique digne d'une armée » : décors acheminés par conteneur, costumes et perruques voyageant en soute. Les billets pour les huit représentations québécoises se sont écoulés en quelques heures.",
     [],
     "Near-miss for troops: a theatre 'troupe' going abroad with an army comparison; no soldiers."),
    ("fr-y4",
     "Paris cède des blindés et des drones de surveillance à l'armée mauritanienne",
     "Nouakchott — La France a remis lundi à l'armée mauritanienne une douzaine de véhicules blindés légers ainsi que des mini-drones de reconnaissance, lors d'une cérémonie à l'état-major national. Ce don, d'une valeur estimée à 14 millions d'euros, s'inscrit dans le soutien français aux forces armées du pays, confrontées à l'instabilité de la frontière malienne. Une partie des équipages mauritaniens a été formée en France au cours des derniers mois. L'ambassadeur a souligné que le matériel resterait sous commandement exclusivement mauritanien.",
     [MA],
     "France donates armoured vehicles and drones to Mauritania's army and trains crews in France: military assistance only."),
    ("fr-y5",
     "L'Union européenne débloque 45 millions d'euros pour le Togo",
     "Lomé — L'Union européenne a annoncé lundi une enveloppe de 45 millions d'euros destinée au Togo, principalement pour l'électrification rurale et la santé maternelle dans les régions des Savanes et de la Kara. Interrogé sur une éventuelle contribution à la sécurité du nord du pays, où des attaques jihadistes sont signalées, le commissaire européen a précisé qu'il ne s'agissait « en aucun cas d'une aide militaire » et que les fonds transiteraient par des agences onusiennes. Le gouvernement togolais a salué un geste « de confiance ».",
     [],
     "Near-miss for military_assistance: development/economic aid explicitly described as not military aid."),
    ("fr-y6",
     "Rabat et Bissau signent un accord de coopération militaire",
     "Rabat — Le Maroc et la Guinée-Bissau ont signé mardi un accord de coopération dans le domaine militaire, paraphé par le ministre délégué chargé de l'Administration de la défense nationale et son homologue bissau-guinéen. Le texte prévoit la formation chaque année d'une trentaine d'élèves-officiers bissau-guinéens à l'Académie royale militaire de Meknès, ainsi que la cession de véhicules tactiques, de tenues de combat et de matériel de transmission aux forces armées de Guinée-Bissau. Une commission mixte se réunira tous les deux ans pour évaluer sa mise en œuvre.",
     [T, MA],
     "Interstate defence cooperation agreement signed: treaty; equipment handed over and foreign cadets trained in Morocco: military assistance (no deployment abroad)."),
    ("fr-y7",
     "Le Canada prolonge la mission de sa frégate en mer Baltique",
     "Ottawa — Le ministère de la Défense nationale a annoncé que le NCSM Montréal restera déployé en mer Baltique jusqu'en mars, soit trois mois de plus que prévu, en raison de la multiplication des incidents visant des câbles sous-marins. La frégate et ses quelque 240 marins opèrent depuis l'été au sein d'un groupe naval allié. Parallèlement, une compagnie du Royal 22e Régiment rejoindra en janvier les militaires canadiens stationnés en Lettonie. Le ministre a qualifié ces renforts de « message clair de dissuasion ».",
     [TR],
     "Warship deployed abroad and soldiers sent to Latvia: troops. Naming an allied naval group is not a treaty."),
    ("fr-y8",
     "Eaux usées : la métropole lilloise confie sa future station d'épuration à Suez",
     "Lille — La Métropole européenne de Lille a signé mardi un contrat de délégation de service public de douze ans avec le groupe Suez pour la construction et l'exploitation d'une station d'épuration à Marquette-lez-Lille. L'équipement, qui doit entrer en service en 2028, permettra de traiter les eaux de 620 000 équivalents-habitants. Aujourd'hui, une partie des effluents est traitée par un exploitant privé belge, un dossier longtemps traité comme secondaire par les élus. L'opposition écologiste dénonce un coût « sous-estimé ».",
     [],
     "Near-miss for treaty: a public-service contract with a company and the participle 'traité(e)'; no agreement between states."),

    # ------------------------------------------------------------------ de
    ("de-y1",
     "Kiels Truppe stürmt an die Tabellenspitze",
     "Kiel — Die Truppe von Trainer Jens Albers hat am Samstag mit einem 3:1 gegen Hannover 96 die Tabellenführung in der 2. Bundesliga übernommen. Vor ausverkauftem Haus im Holstein-Stadion erzielte Stürmer Lukas Brenner zwei Tore. Albers lobte die „Disziplin wie beim Militär“, mit der seine Mannschaft die Räume verteidigt habe. Nach dem Abpfiff feierten die Fans ihr Team noch lange; die Störche haben nun vier Spiele in Folge gewonnen. Am kommenden Wochenende wartet das Auswärtsspiel in Paderborn.",
     [],
     "Near-miss for troops: 'Truppe' used figuratively for a football team."),
    ("de-y2",
     "Bundesheer verstärkt Kontingent im Kosovo",
     "Wien — Das Bundesheer schickt weitere 120 Soldatinnen und Soldaten in den Kosovo. Wie das Verteidigungsministerium am Dienstag mitteilte, soll die zusätzliche Infanteriekompanie bereits Anfang Dezember im Camp Novo Selo eintreffen und die Patrouillen im Norden des Landes unterstützen, wo es zuletzt wieder zu Spannungen gekommen war. Österreich stellt damit eines der größten Kontingente der internationalen Schutztruppe. Der Einsatz ist zunächst bis Ende Juni befristet; der Hauptausschuss des Nationalrats muss der Entsendung noch zustimmen.",
     [TR],
     "Austria sends additional soldiers to Kosovo: troops."),
    ("de-y3",
     "Berlin übergibt Ghanas Marine zwei Patrouillenboote",
     "Accra — Deutschland hat der ghanaischen Marine zwei Küstenpatrouillenboote samt Ersatzteilpaket übergeben. Die Boote im Wert von rund elf Millionen Euro stammen aus der Ertüchtigungsinitiative der Bundesregierung, mit der Partnerstaaten in die Lage versetzt werden sollen, selbst für ihre Sicherheit zu sorgen. Sie sollen vor allem gegen Piraterie und illegale Fischerei im Golf von Guinea eingesetzt werden. Ghanaische Besatzungen waren zuvor mehrere Wochen an der Marineschule Mürwik in Flensburg geschult worden. Der deutsche Botschafter sprach von einem „Zeichen verlässlicher Partnerschaft“.",
     [MA],
     "Germany hands patrol boats to Ghana's navy and trains crews in Germany: military assistance only."),
    ("de-y4",
     "Deutschland und Tschechien besiegeln Staatsvertrag über Grenzbrücken",
     "Dresden — Deutschland und Tschechien haben am Donnerstag einen Staatsvertrag unterzeichnet, der Bau, Unterhalt und Finanzierung von sieben Straßenbrücken an der gemeinsamen Grenze regelt. Bislang waren die Zuständigkeiten für viele Übergänge zwischen Sachsen, Bayern und den tschechischen Regionen nur in Absprachen aus den Neunzigerjahren festgehalten. Künftig übernimmt jeweils ein Staat die Baulast für ein ganzes Bauwerk, die Kosten werden hälftig geteilt. Das Abkommen muss noch von Bundestag und tschechischem Parlament ratifiziert werden. Als erstes Projekt gilt ein Ersatzneubau bei Furth im Wald.",
     [T],
     "Interstate treaty on border bridges signed and awaiting ratification: treaty."),
    ("de-y5",
     "Hafenarbeiter erhalten neuen Tarifvertrag",
     "Hamburg — Nach wochenlangen Warnstreiks haben sich die Gewerkschaft Verdi und der Zentralverband der deutschen Seehafenbetriebe auf einen neuen Tarifvertrag für rund 11.000 Beschäftigte geeinigt. Der Vertrag sieht eine Lohnerhöhung in zwei Stufen von insgesamt 7,5 Prozent sowie eine Inflationsprämie vor und läuft 24 Monate. Er gilt für die Häfen in Hamburg, Bremen, Bremerhaven, Emden und Wilhelmshaven. Die Verhandlungsführerin der Gewerkschaft sprach von einem „tragfähigen Kompromiss“, die Arbeitgeber beklagten die hohen Kosten für den Standort.",
     [],
     "Near-miss for treaty: a collective wage 'Vertrag' between a union and employers, not states."),
    ("de-y6",
     "Bundestag billigt Abkommen zur Stationierung der Litauen-Brigade",
     "Berlin — Der Bundestag hat am Freitag das Regierungsabkommen mit Litauen über die dauerhafte Stationierung einer Panzerbrigade der Bundeswehr gebilligt. Der Vertrag regelt unter anderem die Rechtsstellung der rund 4800 Soldatinnen und Soldaten und ihrer Familien, Fragen der Gerichtsbarkeit sowie die Bereitstellung von Kasernen und Übungsplätzen durch die litauische Seite. Bis 2027 soll die Brigade voll einsatzbereit sein; ein Vorkommando ist bereits in Vilnius und Rukla im Einsatz. Die Linke stimmte gegen das Gesetz.",
     [T, TR],
     "Intergovernmental stationing agreement approved by parliament: treaty; German brigade stationed in Lithuania: troops."),
    ("de-y7",
     "Dänemark entsendet Militärausbilder nach Georgien",
     "Kopenhagen — Dänemark wird im kommenden Frühjahr ein Ausbildungsteam von rund 30 Soldaten nach Georgien schicken. Die Ausbilder sollen georgische Infanteristen im Häuserkampf und in der Verwundetenversorgung schulen, teilte das dänische Verteidigungsministerium mit. Zusätzlich stellt Kopenhagen Funkgeräte, Schutzwesten und Nachtsichtgeräte im Wert von umgerechnet 15 Millionen Euro zur Verfügung. Tiflis begrüßte die Unterstützung, Moskau sprach von einer „Provokation“. Die Mission ist zunächst auf zwölf Monate angelegt.",
     [TR, MA],
     "Danish military trainers sent abroad: troops and military assistance; donated radios, vests and night-vision gear: military assistance."),
    ("de-y8",
     "Bremer Werft baut Korvetten für Chiles Marine",
     "Bremen — Die Weserwerft Nord hat einen Auftrag über den Bau von drei Korvetten für die chilenische Marine erhalten. Der Vertrag mit dem Verteidigungsministerium in Santiago hat ein Volumen von rund 900 Millionen Euro, wie das Unternehmen am Mittwoch mitteilte. Chile finanziert die Schiffe aus dem eigenen Rüstungshaushalt; die erste Einheit soll 2028 übergeben werden. Die Bundesregierung hat die Exportgenehmigung bereits erteilt. Für die Werft, die zuletzt Personal abgebaut hatte, bedeutet der Auftrag eine Auslastung bis Anfang der Dreißigerjahre.",
     [],
     "Near-miss for military_assistance and treaty: a shipyard's commercial sale and Chile's own purchase; the 'Vertrag' is a company contract."),

    # ------------------------------------------------------------------ es
    ("es-y1",
     "Paraguay y Bolivia firman un convenio para la gestión del río Pilcomayo",
     "Asunción — Los cancilleres de Paraguay y Bolivia suscribieron este martes un convenio bilateral para la gestión compartida del río Pilcomayo, cuyo cauce se desborda o desaparece según la temporada y ha dejado a comunidades del Chaco sin agua durante meses. El acuerdo prevé obras conjuntas de dragado, un sistema de alerta temprana y el intercambio de datos hidrológicos en tiempo real. Ambos Gobiernos se comprometieron a remitir el texto a sus respectivos Congresos para su ratificación antes de fin de año. Organizaciones indígenas del Chaco pidieron ser consultadas sobre las obras.",
     [T],
     "Bilateral river-management convention between two states: treaty."),
    ("es-y2",
     "Ecuador refuerza con militares la frontera norte tras ataques en Sucumbíos",
     "Quito — El Comando Conjunto de las Fuerzas Armadas anunció el envío de 1.500 efectivos adicionales a la provincia de Sucumbíos, fronteriza con Colombia, después de que un grupo armado atacara un destacamento y un puesto de control en la vía a Lago Agrio. Los soldados, apoyados por vehículos blindados y helicópteros, patrullarán los pasos irregulares sobre el río San Miguel. El ministro de Defensa aseguró que la operación se mantendrá «el tiempo que sea necesario» y descartó que se trate de una medida dirigida contra el país vecino.",
     [TR],
     "Ecuador's armed forces sent to its own northern border: troops."),
    ("es-y3",
     "Reeditan el tratado de botánica de un naturalista canario del siglo XVIII",
     "Santa Cruz de Tenerife — El Instituto de Estudios Canarios presentó este miércoles la reedición facsímil de un tratado de botánica escrito en 1782 por el naturalista lagunero Tomás de Armas, del que solo se conservaban dos ejemplares. La obra, que describe más de 300 especies endémicas del archipiélago, ha sido tratada con técnicas de restauración digital para recuperar los grabados originales. Los coordinadores subrayan que el autor fue tratado durante siglos como una figura menor. La edición, de 500 ejemplares, se distribuirá entre bibliotecas y centros educativos.",
     [],
     "Near-miss for treaty: 'tratado' meaning a scholarly treatise and the participle 'tratado/tratada'."),
    ("es-y4",
     "Corea del Sur transfiere una corbeta a la Marina de Guerra del Perú",
     "Lima — La Marina de Guerra del Perú recibió este lunes una corbeta de la clase Pohang donada por el Gobierno surcoreano, en una ceremonia celebrada en la base naval de Jinhae. El buque, dado de baja por la Armada de Corea del Sur el año pasado, fue reacondicionado a cargo de Seúl e incluye su armamento, un lote de repuestos y la capacitación de la tripulación peruana, que se formó durante cuatro meses en Corea. Llegará al Callao a finales de marzo y se destinará a la vigilancia del mar territorial y a la lucha contra la pesca ilegal.",
     [MA],
     "South Korea donates an armed corvette to Peru's navy and trains the crew in Korea: military assistance only."),
    ("es-y5",
     "Militares españoles formarán a las fuerzas especiales de Mauritania",
     "Madrid — El Ministerio de Defensa enviará en enero a Mauritania un equipo de 40 instructores del Mando de Operaciones Especiales para adiestrar a unidades de élite del Ejército mauritano, según fuentes del departamento. Los militares españoles se instalarán en la base de Atar durante seis meses. Además, España entregará vehículos ligeros, equipos de comunicaciones y material de visión nocturna. Nuakchot pidió el apoyo ante el deterioro de la seguridad en el Sahel. El despliegue deberá ser autorizado por el Congreso de los Diputados.",
     [TR, MA],
     "Spanish military instructors deployed abroad: troops and military assistance; handed-over equipment: military assistance."),
    ("es-y6",
     "La tropa verdiblanca asalta Mestalla",
     "Valencia — El Betis firmó este domingo una de sus noches más redondas de la temporada al imponerse 0-2 en Mestalla. La tropa verdiblanca, que llegaba diezmada por las lesiones, se replegó con orden militar en la primera parte y golpeó a la contra en la segunda con dos goles en apenas diez minutos. Su entrenador elogió «el sacrificio de los soldados que tengo en el vestuario». Con esta victoria, los sevillanos escalan hasta la quinta plaza, a tres puntos de los puestos de Liga de Campeones. El Valencia encadena cuatro jornadas sin ganar.",
     [],
     "Near-miss for troops: 'tropa' and 'soldados' used figuratively for a football team."),
    ("es-y7",
     "Uruguay y Brasil firman un acuerdo sobre el estatuto de sus militares",
     "Montevideo — Los ministros de Defensa de Uruguay y Brasil firmaron este jueves un acuerdo que regula la situación jurídica de los militares de cada país cuando se encuentren en el territorio del otro, incluidas la jurisdicción penal, el porte de armas y la exención aduanera del material. El texto, que deberá ser ratificado por ambos Parlamentos, se firmó semanas antes de que unos 600 soldados brasileños crucen la frontera para instalarse durante un mes en Rivera y Tacuarembó, donde participarán en maniobras conjuntas con el Ejército uruguayo. Legisladores de la oposición reclamaron información sobre el costo.",
     [T, TR],
     "Status-of-forces agreement between two states: treaty; Brazilian soldiers to be deployed in Uruguay: troops. Joint exercises alone are not military assistance."),
    ("es-y8",
     "Agentes de la Policía Nacional reforzarán los controles migratorios en Senegal",
     "Madrid — El Ministerio del Interior enviará en las próximas semanas a un grupo de 30 agentes de la Policía Nacional a Senegal para colaborar con las autoridades locales en el control de la salida de cayucos desde las costas de Dakar y Mbour. Los policías españoles patrullarán junto a sus homólogos senegaleses y llevarán consigo vehículos todoterreno y drones de vigilancia. Fuentes de Interior insistieron en que se trata de una misión policial y no de un despliegue de las Fuerzas Armadas.",
     [],
     "Near-miss for troops: police officers sent abroad are not troops; no military aid or agreement."),

    # ------------------------------------------------------------------ it
    ("it-y1",
     "Roma consegna pattugliatori e radar alla Marina militare tunisina",
     "Biserta — L'Italia ha consegnato ieri alla Marina militare tunisina due pattugliatori veloci e un sistema radar costiero, nel corso di una cerimonia alla base navale di Biserta alla presenza dell'ambasciatore italiano. La fornitura, del valore di circa 18 milioni di euro, rientra nel programma di sostegno alle forze armate di Tunisi finanziato dal ministero della Difesa. Gli equipaggi tunisini hanno completato nelle scorse settimane un ciclo di addestramento presso le scuole della Marina a Taranto.",
     [MA],
     "Italy hands patrol boats and radar to Tunisia's navy and trains crews in Italy: military assistance only."),
    ("it-y2",
     "Una troupe cinematografica a Matera per il nuovo film di Cerasuolo",
     "Matera — Sono arrivati ieri nei Sassi i primi mezzi della troupe che per otto settimane girerà in città il nuovo film del regista napoletano Andrea Cerasuolo, ambientato durante la Seconda guerra mondiale. Un centinaio tra tecnici e comparse, molti in divisa da soldato dell'epoca, occuperanno via Ridola e piazza San Pietro Caveoso: il Comune ha già firmato l'ordinanza che vieta il traffico nelle zone delle riprese. Gli esercenti sperano in un ritorno d'immagine simile a quello di altri set del passato.",
     [],
     "Near-miss for troops: a film 'troupe' and extras in period soldiers' uniforms."),
    ("it-y3",
     "Alpini in Bulgaria, parte il nuovo contingente",
     "Roma — Circa 250 militari della brigata alpina Taurinense partiranno a febbraio per la Bulgaria, dove daranno il cambio al contingente italiano schierato nell'est del Paese nell'ambito del gruppo tattico multinazionale a guida italiana. Lo ha reso noto lo Stato maggiore della Difesa, precisando che il reparto porterà con sé veicoli tattici Lince e mortai pesanti. Gli alpini resteranno sul posto sei mesi. Il ministro della Difesa, rispondendo in commissione, ha ribadito che la presenza dei soldati italiani ha «carattere esclusivamente difensivo».",
     [TR],
     "Italian soldiers deployed to Bulgaria: troops."),
    ("it-y4",
     "Italia e Malta firmano l'intesa sulla piattaforma continentale",
     "La Valletta — Dopo decenni di contenzioso, Italia e Malta hanno firmato un accordo che traccia il confine della piattaforma continentale tra la Sicilia meridionale e l'arcipelago maltese. L'intesa, sottoscritta dai due ministri degli Esteri, chiarisce i diritti di esplorazione dei fondali e prevede una zona di sfruttamento congiunto per eventuali giacimenti di idrocarburi a cavallo della linea. Il testo dovrà essere ratificato dal Parlamento italiano e dalla Camera dei rappresentanti maltese. Soddisfazione è stata espressa dalla Regione Siciliana.",
     [T],
     "Maritime boundary agreement between two states: treaty."),
    ("it-y5",
     "Mercato, si complica la trattativa per Thiago Leal",
     "Bologna — Si complica la trattativa tra il Bologna e il Porto per il centrocampista brasiliano Thiago Leal. I portoghesi chiedono 18 milioni più bonus, mentre il club rossoblù non intende andare oltre i 14. Il giocatore avrebbe già trovato un'intesa di massima su un contratto quinquennale, ma l'accordo tra le società resta lontano. Il direttore sportivo ha spiegato di aver trattato «con la massima trasparenza» e di non voler forzare i tempi. Sullo sfondo resta l'ipotesi di un prestito con obbligo di riscatto.",
     [],
     "Near-miss for treaty: 'trattativa'/'trattato' and an 'accordo' between football clubs, i.e. a sports contract."),
    ("it-y6",
     "Difesa, firmato accordo di cooperazione tra Italia e Mozambico",
     "Maputo — Il ministro della Difesa e la sua omologa mozambicana hanno siglato ieri un accordo di cooperazione nel settore della difesa che prevede la cessione alle forze armate del Mozambico di veicoli tattici, apparati radio e imbarcazioni fluviali, oltre a corsi per ufficiali mozambicani presso le scuole militari italiane. L'intesa, della durata di cinque anni, dovrà passare al vaglio del Parlamento per la ratifica. Il Paese africano fa i conti da anni con un'insurrezione jihadista nella provincia di Cabo Delgado.",
     [T, MA],
     "Interstate defence cooperation agreement: treaty; equipment transferred to Mozambique's forces and officers trained in Italy: military assistance."),
    ("it-y7",
     "Aerotecnica Sesia vende dodici addestratori al Kazakistan",
     "Torino — L'azienda aeronautica piemontese Aerotecnica Sesia ha firmato un contratto da 240 milioni di euro con il ministero della Difesa del Kazakistan per la fornitura di dodici aerei da addestramento basico, comprensivi di simulatori e supporto logistico per dieci anni. Astana pagherà i velivoli con fondi del proprio bilancio militare. Il governo italiano ha rilasciato l'autorizzazione all'esportazione prevista dalla legge 185. In Borsa il titolo ha guadagnato il 6%.",
     [],
     "Near-miss for military_assistance: a firm's commercial sale of military trainers, paid by the buyer state; export licence is not aid."),
    ("it-y8",
     "Fregata italiana nel Golfo di Guinea contro la pirateria",
     "Roma — La fregata Federico Martinengo della Marina militare è salpata ieri da La Spezia diretta nel Golfo di Guinea, dove resterà schierata per quattro mesi con compiti di sorveglianza e contrasto alla pirateria. A bordo si trovano circa 200 tra uomini e donne dell'equipaggio, un elicottero SH-90 e un nucleo di fucilieri del reggimento San Marco. Durante la missione sono previste soste nei porti di Lagos, Tema e Abidjan. Negli ultimi mesi gli assalti ai mercantili nell'area sono tornati ad aumentare.",
     [TR],
     "Warship with marines deployed abroad: troops."),

    # ------------------------------------------------------------------ pt
    ("pt-y1",
     "Portugal e Cabo Verde atualizam convenção sobre dupla tributação",
     "Praia — Os governos de Portugal e de Cabo Verde assinaram esta terça-feira, na cidade da Praia, um protocolo que revê a convenção para evitar a dupla tributação em vigor entre os dois países desde 2001. O novo texto passa a abranger os rendimentos de trabalhadores em regime de teletrabalho e as pensões de emigrantes que regressam ao arquipélago, além de reduzir a retenção na fonte sobre dividendos e juros. O protocolo terá ainda de ser aprovado pela Assembleia da República e pela Assembleia Nacional cabo-verdiana. Associações da diáspora saudaram a decisão.",
     [T],
     "Interstate tax convention revised by protocol: treaty."),
    ("pt-y2",
     "Ruanda reforça contingente militar em Cabo Delgado",
     "Maputo — O Ruanda vai destacar mais mil militares para a província moçambicana de Cabo Delgado, elevando para cerca de cinco mil o efetivo das suas forças no norte de Moçambique, anunciou o porta-voz das Forças de Defesa do Ruanda. O reforço surge após uma vaga de ataques de insurgentes nos distritos de Macomia e Ancuabe, que obrigou milhares de famílias a fugir. Os soldados ruandeses serão posicionados ao longo da estrada entre Mocímboa da Praia e Palma.",
     [TR],
     "Rwandan soldiers sent to Mozambique: troops."),
    ("pt-y3",
     "Lisboa vai regar jardins com água residual tratada",
     "Lisboa — A Câmara Municipal de Lisboa vai passar a usar água residual tratada na rega de jardins e na lavagem de ruas em seis freguesias, ao abrigo de um contrato assinado com a empresa Águas do Tejo Atlântico. A água, tratada na fábrica de Alcântara, será distribuída por uma nova rede de 12 quilómetros. O vereador do Ambiente disse que o reaproveitamento «foi tratado durante demasiado tempo como um tema secundário» e estima uma poupança de um milhão de metros cúbicos de água potável por ano.",
     [],
     "Near-miss for treaty: the participle 'tratada/tratado' and a municipal contract with a company."),
    ("pt-y4",
     "Brasil doa aviões de instrução à Força Aérea Boliviana",
     "Brasília — O governo brasileiro vai doar seis aeronaves de instrução T-25 Universal à Força Aérea Boliviana, informou o Ministério da Defesa nesta quarta-feira. Os aviões, desativados pela FAB, passaram por revisão no Parque de Material Aeronáutico de Lagoa Santa (MG) e serão entregues com um lote de peças de reposição. Antes do traslado para Santa Cruz de la Sierra, pilotos e mecânicos bolivianos farão um curso de adaptação na Academia da Força Aérea, em Pirassununga (SP). Segundo a pasta, a doação reforça a cooperação militar com os países vizinhos.",
     [MA],
     "Brazil donates military trainer aircraft to Bolivia's air force and trains Bolivian crews in Brazil: military assistance only."),
    ("pt-y5",
     "Militares portugueses vão formar fuzileiros de São Tomé e Príncipe",
     "Lisboa — Uma equipa de 25 militares da Marinha portuguesa parte no próximo mês para São Tomé e Príncipe, onde durante quatro meses vai dar formação a fuzileiros e mergulhadores das Forças Armadas são-tomenses, anunciou o Estado-Maior-General das Forças Armadas. Portugal entrega ainda duas embarcações semirrígidas, equipamento de mergulho e rádios, para reforçar a vigilância das águas do arquipélago. Os formadores ficarão instalados num quartel da capital.",
     [TR, MA],
     "Portuguese military trainers sent abroad: troops and military assistance; donated boats and equipment: military assistance."),
    ("pt-y6",
     "Trupe de circo do Porto vence prémio em festival de Budapeste",
     "Porto — A trupe portuense Fio de Prumo conquistou o prémio do público no Festival Internacional de Circo de Budapeste com um número de acrobacia aérea inspirado nas varinas da Ribeira. Os nove artistas, que treinam num antigo armazém em Campanhã, apresentaram-se perante mais de três mil espetadores. «Entrámos na pista como um pelotão, todos ao mesmo passo», brincou o diretor artístico. A companhia prepara agora uma digressão por Espanha e França.",
     [],
     "Near-miss for troops: a circus 'trupe' abroad and a figurative 'pelotão'."),
    ("pt-y7",
     "Embraer fecha venda de dois C-390 ao Uzbequistão",
     "São Paulo — A Embraer anunciou nesta segunda-feira a venda de duas aeronaves de transporte militar C-390 Millennium ao Ministério da Defesa do Uzbequistão, em contrato avaliado em cerca de 300 milhões de dólares, que inclui treinamento de tripulações e suporte logístico. As entregas estão previstas para 2027. O país da Ásia Central será o primeiro operador do modelo na região. As ações da fabricante subiram 3% na B3 após o anúncio.",
     [],
     "Near-miss for military_assistance: a manufacturer's commercial sale, i.e. a state's own purchase; the training is part of the sale."),
    ("pt-y8",
     "Angola invoca pacto de defesa da SADC e envia tropas para o Kasai",
     "Luanda — O Presidente angolano anunciou esta sexta-feira o envio de um batalhão das Forças Armadas Angolanas para a província congolesa do Kasai, invocando o Pacto de Defesa Mútua da Comunidade de Desenvolvimento da África Austral, na sequência de um pedido formal de Kinshasa. Os cerca de 800 efetivos terão a missão de proteger corredores humanitários e travar o avanço de milícias em direção à fronteira angolana. A Assembleia Nacional foi convocada para uma sessão extraordinária e a oposição pediu esclarecimentos sobre os custos e a duração da missão.",
     [T, TR],
     "Invoking a regional mutual defence pact counts as treaty; Angolan battalion sent into the DRC: troops."),

    # ------------------------------------------------------------------ pl
    ("pl-y1",
     "Legnicka trupa jedzie na festiwal do Edynburga",
     "Legnica — Aktorzy Teatru im. Heleny Modrzejewskiej pokażą w sierpniu na festiwalu Fringe w Edynburgu spektakl o losach żołnierzy generała Andersa, którzy po wojnie osiedlili się w Szkocji. Cała trupa – czternaścioro aktorów i pięcioro muzyków – zagra przedstawienie po angielsku dziesięć razy. Dyrektor teatru przyznaje, że wyjazd to „logistyczna operacja na miarę desantu”: scenografię trzeba było zmniejszyć tak, by zmieściła się w jednej ciężarówce. Bilety na pierwsze pokazy już się wyprzedały.",
     [],
     "Near-miss for troops: a theatre 'trupa' going abroad; soldiers appear only as historical characters of a play."),
    ("pl-y2",
     "Kolejna zmiana polskiego kontyngentu wyrusza do Rumunii",
     "Około 200 żołnierzy 17. Wielkopolskiej Brygady Zmechanizowanej wyjedzie w przyszłym tygodniu do Rumunii, gdzie zluzuje dotychczasową zmianę Polskiego Kontyngentu Wojskowego stacjonującego w Craiovej. Jak poinformowało Dowództwo Operacyjne Rodzajów Sił Zbrojnych, wojskowi zabiorą ze sobą kołowe transportery opancerzone Rosomak i moździerze. Zmiana potrwa sześć miesięcy, a jej żołnierze wezmą udział w ćwiczeniach z oddziałami sojuszniczymi. Polska utrzymuje obecność wojskową w Rumunii od kilku lat.",
     [TR],
     "Polish soldiers deployed to Romania: troops. Joint exercises are not military assistance."),
    ("pl-y3",
     "Mołdawska armia otrzymała od Polski sprzęt saperski i łączności",
     "Kiszyniów — Ministerstwo Obrony Narodowej przekazało Armii Narodowej Republiki Mołdawii sprzęt wojskowy o wartości ok. 25 mln zł, w tym wykrywacze min, radiostacje polowe, hełmy i kamizelki kuloodporne. Uroczyste przekazanie odbyło się w jednej z jednostek pod Kiszyniowem z udziałem ambasadora RP i mołdawskiego ministra obrony. Wcześniej kilkunastu mołdawskich oficerów ukończyło kurs w Akademii Wojsk Lądowych we Wrocławiu. Jak podkreślił wiceszef MON, pomoc ma wzmocnić zdolności obronne sąsiada Ukrainy.",
     [MA],
     "Poland hands military equipment to Moldova's army and trains its officers in Poland: military assistance only."),
    ("pl-y4",
     "Nowy most na Dunajcu. Polska i Słowacja podpisały umowę",
     "Nowy Targ — Przedstawiciele rządów Polski i Słowacji podpisali w czwartek umowę międzyrządową o budowie i utrzymaniu nowego mostu granicznego na Dunajcu między Sromowcami Niżnymi a Czerwonym Klasztorem. Dokument określa podział kosztów – każda ze stron sfinansuje połowę inwestycji – oraz zasady późniejszego utrzymania przeprawy. Obecnie ruch odbywa się tam jedynie przez kładkę pieszo-rowerową. Umowa wejdzie w życie po zakończeniu procedur wewnętrznych w obu państwach. Samorządowcy z Pienin liczą na ożywienie turystyki.",
     [T],
     "Intergovernmental agreement on a border bridge: treaty."),
    ("pl-y5",
     "W Pelplinie odnaleziono nieznany traktat o fortyfikacjach",
     "Pelplin — Pracownicy Biblioteki Diecezjalnej w Pelplinie natrafili na rękopis XVII-wiecznego traktatu o sztuce budowania twierdz, przypisywanego inżynierowi wojskowemu na służbie króla Władysława IV. Dzieło, liczące 140 kart z rysunkami bastionów i szańców, było przez lata błędnie skatalogowane jako zbiór kazań. Historycy podkreślają, że traktat jest jednym z najstarszych polskojęzycznych podręczników inżynierii wojskowej. Rękopis zostanie zdigitalizowany i udostępniony w internecie.",
     [],
     "Near-miss for treaty: 'traktat' meaning a treatise (on fortification), not an interstate agreement."),
    ("pl-y6",
     "Sejm ratyfikował umowę o wsparciu dla brytyjskich żołnierzy w Polsce",
     "Warszawa — Sejm przyjął w piątek ustawę o ratyfikacji umowy między Polską a Wielką Brytanią o wsparciu państwa-gospodarza dla brytyjskich sił zbrojnych stacjonujących na terytorium RP. Dokument reguluje m.in. kwestie zakwaterowania, opieki medycznej i zwolnień celnych dla sprzętu. Obecnie w Polsce przebywa kilkuset brytyjskich żołnierzy, głównie w rejonie Orzysza, gdzie stacjonują w ramach wielonarodowej grupy bojowej. Za ratyfikacją głosowała zdecydowana większość posłów. Ustawa trafi teraz do Senatu.",
     [T, TR],
     "Ratification of a host-nation support agreement between two states: treaty; British soldiers stationed in Poland: troops."),
    ("pl-y7",
     "Polscy saperzy wyszkolą wojsko Bośni i Hercegowiny",
     "Warszawa — Do Bośni i Hercegowiny wyjedzie w marcu 30-osobowy zespół instruktorów z 1. Brzeskiego Pułku Saperów. Polscy żołnierze przez pół roku będą szkolić wojskowych Sił Zbrojnych BiH w wykrywaniu i neutralizacji min oraz niewybuchów, których w tym kraju wciąż pozostaje wiele od czasu wojny z lat 90. MON zapowiedziało również przekazanie stronie bośniackiej dwóch maszyn do rozminowywania i zestawów ochrony osobistej. Instruktorzy będą stacjonować w koszarach w Travniku.",
     [TR, MA],
     "Polish military trainers stationed abroad: troops and military assistance; demining machines handed over: military assistance."),
    ("pl-y8",
     "MON podpisało umowę na bezzałogowce rozpoznawcze",
     "Warszawa — Agencja Uzbrojenia podpisała umowę z konsorcjum polskich firm na dostawę 48 bezzałogowych statków powietrznych krótkiego zasięgu dla Wojsk Obrony Terytorialnej. Wartość kontraktu wynosi ok. 340 mln zł brutto, a pierwsze zestawy mają trafić do jednostek jeszcze w tym roku. Umowa obejmuje także szkolenie operatorów i wsparcie serwisowe przez osiem lat. Wiceminister obrony podkreślił, że zakup wzmacnia krajowy przemysł zbrojeniowy.",
     [],
     "Near-miss for military_assistance and treaty: a state's own purchase from domestic firms; 'umowa' is a procurement contract."),

    # ------------------------------------------------------------------ nl
    ("nl-y1",
     "Ruim tweehonderd Nederlandse militairen naar Litouwen",
     "Den Haag — Defensie stuurt begin volgend jaar ruim tweehonderd militairen van de 13e Lichte Brigade naar Litouwen. Zij worden gelegerd in Rukla en gaan deel uitmaken van de multinationale eenheid die daar onder Duitse leiding is gestationeerd. De compagnie neemt CV90-infanteriegevechtsvoertuigen en een deel van de eigen logistiek mee. De uitzending duurt zes maanden, schrijft de minister van Defensie in een brief aan de Tweede Kamer. Het is niet de eerste keer dat Nederland een eenheid naar de Baltische staat stuurt.",
     [TR],
     "Dutch soldiers deployed to Lithuania: troops."),
    ("nl-y2",
     "Bewoners Rotterdam-Zuid beu van troep rond afvalcontainers",
     "Rotterdam — Bewoners van de Tarwewijk zijn de troep rond de ondergrondse afvalcontainers spuugzat. Matrassen, kapotte kasten en vuilniszakken blijven soms dagenlang op de stoep liggen. ‘Het lijkt hier wel een slagveld’, zegt een buurtbewoner. De gemeente zet vanaf volgende week extra handhavers in en stuurt een leger aan schoonmakers de wijk in. Wie wordt betrapt op illegaal dumpen, riskeert een boete van ruim 400 euro.",
     [],
     "Near-miss for troops: Dutch 'troep' (junk), figurative 'leger' and 'slagveld'; municipal enforcers are not troops."),
    ("nl-y3",
     "Nederland en Duitsland verleggen grens bij Kerkrade per verdrag",
     "Kerkrade — Nederland en Duitsland hebben donderdag een verdrag ondertekend waarmee de grens tussen Kerkrade en Herzogenrath over een lengte van ruim twee kilometer wordt aangepast. Aanleiding is de herinrichting van een bedrijventerrein aan weerszijden van de grens, waardoor de huidige grenslijn dwars door nieuwe loodsen zou lopen. Beide landen ruilen daarvoor stukken grond van in totaal ongeveer vier hectare. Het verdrag moet nog worden goedgekeurd door de Staten-Generaal en de Bondsdag. Voor de bewoners verandert er in de praktijk weinig.",
     [T],
     "Border-correction treaty between two states: treaty."),
    ("nl-y4",
     "Nederland schenkt Jordaanse leger afgedankte pantservoertuigen",
     "Amman — Nederland schenkt het Jordaanse leger veertig YPR-pantservoertuigen die eerder door de landmacht zijn afgestoten, meldt het ministerie van Defensie. De voertuigen worden gereviseerd en met een pakket reserveonderdelen per schip vanuit Vlissingen naar Akaba verscheept. Een groep Jordaanse monteurs volgt deze winter een opleiding bij de Nederlandse landmacht om het onderhoud zelf te kunnen uitvoeren. Volgens Den Haag draagt de schenking bij aan de stabiliteit in een onrustige regio.",
     [MA],
     "Netherlands donates armoured vehicles to Jordan's army and trains its mechanics in the Netherlands: military assistance only."),
    ("nl-y5",
     "Nederland en Senegal sluiten defensieakkoord",
     "Dakar — Nederland en Senegal hebben een samenwerkingsovereenkomst op defensiegebied ondertekend. Volgens het akkoord kunnen jaarlijks twaalf Senegalese mariniers en marineofficieren een opleiding volgen in Den Helder en Rotterdam. Daarnaast levert Nederland de Senegalese marine vier snelle onderscheppingsvaartuigen en nachtzichtapparatuur om smokkel en illegale visserij voor de kust te bestrijden. De overeenkomst geldt voor vijf jaar en wordt van kracht na goedkeuring door het parlement in Dakar.",
     [T, MA],
     "Interstate defence cooperation agreement: treaty; boats and equipment supplied and Senegalese personnel trained in the Netherlands: military assistance (no deployment)."),
    ("nl-y6",
     "Havenbedrijf Rotterdam sluit overeenkomst met Duits chemieconcern over waterstofleiding",
     "Rotterdam — Havenbedrijf Rotterdam en het Duitse chemieconcern RheinChem hebben een overeenkomst gesloten over de aanleg van een waterstofpijpleiding van de Maasvlakte naar het Ruhrgebied. Het contract legt vast dat het concern vanaf 2030 jaarlijks minimaal 300.000 ton groene waterstof afneemt. De partijen delen de kosten van de voorbereidende studies. Een definitieve investeringsbeslissing volgt volgend jaar. Milieuorganisaties vrezen dat de waterstof voorlopig grotendeels uit aardgas wordt gemaakt.",
     [],
     "Near-miss for treaty: a cross-border agreement between two companies, not between states."),
    ("nl-y7",
     "Belgische para's gaan Beninse soldaten opleiden na nieuw akkoord",
     "Brussel — België en Benin hebben een nieuw bilateraal akkoord over militaire samenwerking ondertekend. Daardoor kunnen vanaf het voorjaar zo'n zestig Belgische militairen van het Special Operations Regiment in het noorden van Benin worden ingezet om Beninse eenheden op te leiden. Defensie schenkt het Beninse leger ook terreinwagens, drones en radio's ter waarde van zes miljoen euro. De minister van Defensie verdedigde de missie dinsdag in de Kamercommissie, waar oppositiepartijen vragen stelden over de risico's voor de militairen.",
     [T, TR, MA],
     "Bilateral military cooperation agreement: treaty; Belgian trainers deployed in Benin: troops and military assistance; donated vehicles, drones and radios: military assistance."),
    ("nl-y8",
     "Kabinet trekt 30 miljoen uit voor wederopbouw in Zuid-Libanon",
     "Den Haag — Nederland stelt 30 miljoen euro beschikbaar voor de wederopbouw van scholen, waterleidingen en ziekenhuizen in het zuiden van Libanon. Het geld loopt via VN-organisaties en het Rode Kruis. De minister benadrukte dat het uitsluitend om civiele hulp gaat: ‘Dit is geen militaire steun, en er gaan ook geen Nederlandse militairen naartoe.’ Kamerleden van de oppositie vroegen hoe wordt voorkomen dat het geld bij gewapende groepen terechtkomt.",
     [],
     "Near-miss for military_assistance and troops: civilian reconstruction aid, explicitly 'not military support' and 'no soldiers will be sent'."),
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
    keys = ["id", "language", "title", "body", "rules", "kind", "note"]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(records) == 8 * len(LANGS), len(records)
    by_lang = defaultdict(list)
    for r in records:
        assert list(r.keys()) == keys, r["id"]
        for k in ("id", "language", "title", "body", "kind", "note"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-y"), r["id"]
        assert '"' not in r["title"], ("double quote in title", r["id"])
        assert isinstance(r["rules"], list), r["id"]
        assert len(r["rules"]) == len(set(r["rules"])), ("dup rule", r["id"])
        assert set(r["rules"]) <= RULES, ("bad rule", r["id"])
        assert r["kind"] in ("positive", "near-miss"), r["id"]
        assert (r["kind"] == "positive") == bool(r["rules"]), ("kind", r["id"])
        lo, hi = (120, 400) if r["language"] in ("zh", "ja") else (250, 800)
        assert lo <= len(r["body"]) <= hi, ("body length", r["id"], len(r["body"]))
        by_lang[r["language"]].append(r)
    for lang in LANGS:
        recs = by_lang[lang]
        assert sorted(r["id"] for r in recs) == sorted(
            "%s-y%d" % (lang, i) for i in range(1, 9)), lang
        kinds = Counter(r["kind"] for r in recs)
        assert kinds["positive"] == 5 and kinds["near-miss"] == 3, (lang, kinds)
        fired = set()
        for r in recs:
            fired.update(r["rules"])
        assert fired == RULES, (lang, fired)


def main():
    records = build()
    check(records)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check the written file
    with open(OUT, encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh if line.strip()]
    check(reread)
    assert reread == records
    per_rule = Counter(rule for r in reread for rule in r["rules"])
    print("wrote %d records to %s" % (len(reread), OUT))
    print("positives per rule:", dict(sorted(per_rule.items())))
    print("kinds:", dict(Counter(r["kind"] for r in reread)))


if __name__ == "__main__":
    main()
