#!/usr/bin/env python3
"""Hand-labelled evaluation set (round 9, 'west' languages) for newsmon keyword alerts.

Articles are original and fictional. Labels were assigned by reading only.
Writes west.jsonl next to this script and validates it.
"""
import json
import os

LANGS = ["en", "fr", "de", "es", "it", "pt", "pl", "nl"]
RULES = {"treaty", "troops", "military_assistance"}

T, R, M = "treaty", "troops", "military_assistance"
P, N = "positive", "near-miss"

ARTICLES = [
    # ------------------------------------------------------------------ en
    ("en-z1", "en", "Bishkek and Dushanbe ratify long-awaited border accord",
     "The parliaments of Kyrgyzstan and Tajikistan on Wednesday ratified an agreement fixing the last disputed stretches of their 970-kilometre frontier, ending decades of friction over pastures and irrigation canals in the Fergana Valley. The document, initialled by the two governments in March, also sets out joint management rules for the Tortkul reservoir. Lawmakers in Bishkek approved it by 79 votes to three; the deal now awaits presidential signatures before instruments of ratification are exchanged.",
     [T], P, "Interstate border and water agreement ratified by two parliaments: treaty."),
    ("en-z2", "en", "Senegal flies extra paratroopers into Banjul as tensions rise",
     "Senegal has flown roughly 350 soldiers into Banjul to reinforce the West African regional mission in The Gambia, the armed forces general staff in Dakar said on Thursday. The reinforcements, drawn from a paratroop battalion based in Thiès, are expected to guard key installations ahead of a disputed local election. A defence ministry spokesman said the contingent would stay 'as long as our Gambian partners require'.",
     [R], P, "Senegalese soldiers deployed to a neighbouring state: troops. The regional mission is only named, no agreement invoked."),
    ("en-z3", "en", "Lithuanian instructors head to Moldova to train army sappers",
     "Lithuania will deploy a team of 20 military instructors to Moldova next month to train army engineers in demining and explosive ordnance disposal, the defence ministry in Vilnius announced. The trainers will be based at the Bulboaca training ground for six months. Vilnius is also handing over mine-detection kits and armoured protective suits worth €1.4m to the Moldovan National Army, the ministry said, stressing the support was 'purely defensive'.",
     [R, M], P, "Military trainers sent abroad count as troops and military assistance; equipment handed to another state's army is military assistance too."),
    ("en-z4", "en", "Tokyo to give Manila coastal radars in new security aid package",
     "Japan will supply the Philippine Navy with coastal surveillance radars and two rigid-hull patrol craft under its Official Security Assistance programme, the foreign ministry said on Friday. The transfer, worth about ¥1.6bn, was formalised through an exchange of notes signed in Manila by Japan's ambassador and the Philippine foreign secretary. Officials said the equipment would help the navy keep watch over contested waters in the South China Sea.",
     [T, M], P, "State-to-state transfer of naval equipment is military assistance; the exchange of notes between governments counts as a treaty."),
    ("en-z5", "en", "Fiji and New Zealand sign status-of-forces pact",
     "Fiji and New Zealand have signed a status-of-forces agreement setting out the legal framework for New Zealand military personnel operating on Fijian soil, the two governments said after talks in Suva. Wellington intends to station a rotating company of around 120 soldiers at the Black Rock camp near Nadi from early next year. Fiji's cabinet must still endorse the accord before it takes effect, and opposition MPs have demanded a parliamentary debate.",
     [T, R], P, "A status-of-forces agreement is a treaty; the announced stationing of a NZ company in Fiji is troops."),
    ("en-z6", "en", "Georgian dance troupe takes Edinburgh by storm",
     "A 40-strong folk dance troupe from Tbilisi drew standing ovations at the Edinburgh Festival Fringe this week with a programme of mountain war dances, complete with sabres, shields and thunderous drumming. The ensemble, which has toured more than 60 countries, marched into the Usher Hall in traditional chokha coats before staging a mock battle that had the audience on its feet. Tickets for the remaining four shows have sold out.",
     [], N, "Trap for troops: a dance troupe with war dances, marching and a mock battle; no military forces involved."),
    ("en-z7", "en", "Czech armoured-vehicle maker lands record Indonesian order",
     "Moravia Defence Systems has signed a contract worth $210m to supply 48 wheeled armoured vehicles to Indonesia's defence ministry, the Brno-based company said on Monday. Deliveries are due to start in 2026, with part of the assembly to take place at a state-owned shipyard in Surabaya under an industrial partnership agreement between the two companies. Shares in the group rose 6% on the news, which it called its largest export order to date.",
     [], N, "Trap for military_assistance and treaty: a firm's arms sale and a company-to-company agreement; Indonesia's purchase is its own procurement."),
    ("en-z8", "en", "Rovers boss rallies his troops after derby humiliation",
     "Manager Iain Doherty urged his troops to 'stand and fight' after a 3-0 derby defeat left the club just one point above the relegation zone. Two players were treated on the pitch for head knocks and winger Kalu Mensah will miss Saturday's trip to Dundee with a hamstring strain. 'We go to war this weekend,' Doherty said, before confirming that talks over his own contract extension have been put on hold until the summer.",
     [], N, "Figurative 'troops' for a football squad, 'treated' for injuries and an employment contract: no rule."),

    # ------------------------------------------------------------------ fr
    ("fr-z1", "fr", "Dakar et Nouakchott renouvellent leur accord de pêche",
     "Le Sénégal et la Mauritanie ont signé lundi à Nouakchott un nouveau protocole d'application de leur accord de pêche, qui autorise quelque 500 pirogues sénégalaises à opérer dans les eaux mauritaniennes pendant deux ans. Le texte fixe un quota annuel de 50 000 tonnes de petits pélagiques et impose le débarquement d'une partie des captures dans les ports mauritaniens. Les deux ministres ont salué « un accord gagnant-gagnant » après plusieurs mois de négociations.",
     [T], P, "Fisheries agreement between two states signed: treaty."),
    ("fr-z2", "fr", "Le Togo renforce son dispositif militaire dans les Savanes",
     "L'état-major général des Forces armées togolaises a annoncé l'envoi de 1 200 militaires supplémentaires dans la région des Savanes, frontalière du Burkina Faso, après une série d'attaques contre des postes avancés. Ces renforts, acheminés par convois depuis Lomé et Kara, viennent grossir les rangs de l'opération déployée dans le nord du pays depuis 2018. « Nous ne céderons pas un pouce du territoire », a déclaré le ministre délégué chargé des Armées.",
     [R], P, "A state's army sent to its own border region: troops."),
    ("fr-z3", "fr", "Paris cède des blindés légers à l'armée mauritanienne",
     "La France a remis cette semaine à l'armée mauritanienne une vingtaine de véhicules blindés légers ainsi que du matériel de vision nocturne, lors d'une cérémonie organisée à l'état-major de Nouakchott. Cette cession, financée sur les crédits de la coopération de sécurité et de défense du Quai d'Orsay, doit renforcer les capacités de surveillance des unités mauritaniennes dans l'Est du pays. L'ambassadeur de France a évoqué « un partenariat de confiance ».",
     [M], P, "Armoured vehicles handed over by France to another state's army: military assistance."),
    ("fr-z4", "fr", "Des instructeurs belges au Bénin pour former des forces spéciales",
     "La Défense belge va détacher une quarantaine d'instructeurs au Bénin à partir de septembre afin de former des unités de forces spéciales béninoises au combat en milieu boisé, a confirmé le cabinet de la ministre. Les militaires belges seront basés près de Natitingou pour une mission de six mois, renouvelable. Bruxelles fournira en outre des radios tactiques et des équipements de protection pour un montant de 3 millions d'euros.",
     [R, M], P, "Belgian military trainers sent abroad (troops + military assistance) plus equipment delivered (military assistance)."),
    ("fr-z5", "fr", "Matthew et Hunter : Paris et Port-Vila rouvrent les négociations",
     "La France et le Vanuatu ont rouvert à Nouméa des négociations en vue d'un traité de délimitation maritime autour des îlots Matthew et Hunter, revendiqués par les deux pays depuis l'indépendance de l'archipel en 1980. Une première session de deux jours s'est achevée sans percée, mais les délégations se sont engagées à se retrouver à Port-Vila d'ici à la fin de l'année. L'enjeu porte notamment sur une zone économique exclusive riche en thonidés.",
     [T], P, "A maritime boundary treaty between two states under negotiation: treaty."),
    ("fr-z6", "fr", "SNCF : direction et syndicats concluent un accord salarial",
     "La direction de la SNCF et trois organisations syndicales ont signé jeudi soir un accord prévoyant une hausse générale des salaires de 2,8 % et une prime pour les contrôleurs, écartant la menace d'une grève pendant les vacances de printemps. Le dossier des fins de carrière, jugé prioritaire par SUD-Rail, sera traité lors d'une table ronde en juin. Le ministre des Transports a salué « un compromis responsable ».",
     [], N, "Trap for treaty: a wage agreement between a company and unions, plus the participle 'traité'."),
    ("fr-z7", "fr", "La troupe de la Comédie-Française triomphe à Montréal",
     "Pour sa première tournée nord-américaine depuis quinze ans, la troupe de la Comédie-Française a joué à guichets fermés au Théâtre du Nouveau Monde, à Montréal, une mise en scène très attendue du Cid. Combats à l'épée, armures et roulements de tambour : la bataille contre les Maures a soulevé la salle. Les comédiens poursuivront leur tournée à Québec puis à Ottawa avant de rentrer à Paris début mars.",
     [], N, "Trap for troops: a theatre troupe staging battle scenes abroad."),
    ("fr-z8", "fr", "Bruxelles : la police fédérale envoie des renforts après les fusillades",
     "Le gouvernement fédéral a annoncé le déploiement de 150 policiers supplémentaires à Anderlecht et à Saint-Gilles après une nouvelle fusillade liée au trafic de drogue. Ces forces de police, issues de la réserve de la police fédérale, patrouilleront jour et nuit autour des points de deal identifiés. Le bourgmestre d'Anderlecht a réclamé l'envoi de militaires dans les rues, une option que la ministre de l'Intérieur a catégoriquement écartée.",
     [], N, "Trap for troops: police 'forces' deployed; soldiers only requested and explicitly ruled out."),

    # ------------------------------------------------------------------ de
    ("de-z1", "de", "Bundesheer stockt Kosovo-Kontingent auf",
     "Österreich verstärkt seine Präsenz im Kosovo: Rund 80 zusätzliche Soldatinnen und Soldaten des Bundesheeres sollen noch vor dem Sommer in das Camp Film City nach Pristina verlegt werden, wie das Verteidigungsministerium in Wien mitteilte. Damit steigt die Zahl der österreichischen KFOR-Kräfte auf knapp 400. Hintergrund sind die jüngsten Spannungen im Norden des Landes, wo es wiederholt zu Zusammenstößen an Grenzübergängen gekommen war.",
     [R], P, "Austrian soldiers sent to reinforce a contingent abroad: troops."),
    ("de-z2", "de", "Ertüchtigung: Berlin übergibt Jordanien Patrouillenboote",
     "Im Rahmen der Ertüchtigungsinitiative der Bundesregierung hat Deutschland den jordanischen Streitkräften vier Patrouillenboote sowie Nachtsichtgeräte und geschützte Fahrzeuge übergeben. Die Ausrüstung im Wert von rund 18 Millionen Euro soll die Überwachung des Golfs von Akaba verbessern, hieß es bei einer Zeremonie auf dem Marinestützpunkt. Welche Ausstattung benötigt wird, hatten Bundeswehr und jordanische Offiziere zuvor gemeinsam festgelegt.",
     [M], P, "Equipment handed by Germany to Jordan's armed forces under a capacity-building programme: military assistance."),
    ("de-z3", "de", "Schweiz und Italien ziehen Grenze am Felikgletscher neu",
     "Weil das Eis am Monte Rosa schmilzt, verschiebt sich die Landesgrenze zwischen der Schweiz und Italien. Bern und Rom haben nun ein Abkommen unterzeichnet, das den Grenzverlauf im Gebiet des Felikgletschers neu festlegt; bisher folgte die Linie der Wasserscheide auf dem Eis. Der Staatsvertrag muss noch von beiden Parlamenten genehmigt werden, ehe er in Kraft treten kann. Betroffen sind nur wenige Hektar unbewohntes Hochgebirge.",
     [T], P, "Border agreement (Staatsvertrag) signed between two states: treaty."),
    ("de-z4", "de", "Deutschland und Rumänien vereinbaren Stationierung von Bundeswehrsoldaten",
     "Deutschland und Rumänien haben in Bukarest eine Regierungsvereinbarung über die Stationierung deutscher Soldaten unterzeichnet. Ab dem kommenden Frühjahr sollen bis zu 600 Angehörige der Bundeswehr, darunter ein Flugabwehrverband, auf dem Stützpunkt Mihail Kogălniceanu bei Constanța dauerhaft präsent sein. Die Vereinbarung regelt unter anderem Rechtsstatus, Steuerfragen und die Nutzung von Übungsplätzen; das rumänische Parlament muss noch zustimmen.",
     [T, R], P, "Intergovernmental stationing agreement signed (treaty) and planned stationing of German soldiers abroad (troops)."),
    ("de-z5", "de", "Bundeswehr-Pioniere bilden kenianische Soldaten aus",
     "Die Bundeswehr entsendet ein Ausbildungsteam mit 25 Pionieren nach Kenia. Sie sollen in einem Ausbildungszentrum bei Nairobi kenianische Soldaten im Aufspüren und Entschärfen von Sprengfallen schulen, bevor diese in Somalia eingesetzt werden. Zudem stellt Berlin Minensuchgeräte und Schutzausrüstung im Wert von fünf Millionen Euro bereit, teilte das Einsatzführungskommando in Potsdam mit. Der Einsatz ist zunächst auf ein Jahr befristet.",
     [R, M], P, "German trainers sent abroad (troops + military assistance) and equipment provided to Kenya (military assistance); Kenyan deployment also mentioned."),
    ("de-z6", "de", "Freie Theatertruppe bringt Wallenstein auf die Burgruine",
     "Mit Musketen aus Pappmaché, Trommelwirbel und viel Pulverdampf aus der Nebelmaschine inszeniert eine freie Theatertruppe aus Thüringen in diesem Sommer Schillers „Wallenstein“ auf der Burgruine Ehrenstein. Die zwölfköpfige Truppe spielt sämtliche Feldherren, Kürassiere und Söldner selbst, teils in Doppelrollen. Premiere ist am Freitag; bis Ende August sind 22 Vorstellungen geplant, Karten gibt es an der Abendkasse.",
     [], N, "Trap for troops: German 'Truppe' meaning a theatre company, with soldiers only as stage roles."),
    ("de-z7", "de", "Rüstungsfirma schließt Rahmenvertrag mit Ungarn",
     "Die Nordhessische Wehrtechnik GmbH hat mit dem ungarischen Verteidigungsministerium einen Rahmenvertrag über die Lieferung von bis zu 120 Bergepanzern unterzeichnet. Das Auftragsvolumen beziffert das Unternehmen auf rund 900 Millionen Euro. Ein Teil der Fahrzeuge soll in einem Gemeinschaftsunternehmen im westungarischen Zalaegerszeg montiert werden. Die Aktie der Muttergesellschaft legte nach Bekanntgabe um vier Prozent zu.",
     [], N, "Trap for treaty and military_assistance: a company's supply contract (Vertrag) with a ministry; Hungary buys for itself."),
    ("de-z8", "de", "Bundespolizei schickt zusätzliche Kräfte an die Grenze zu Polen",
     "Die Bundespolizei verlegt weitere 300 Beamtinnen und Beamte an die deutsch-polnische Grenze, um die stationären Kontrollen in Brandenburg und Sachsen auszuweiten. Die Einsatzkräfte sollen vor allem an den Übergängen in Frankfurt (Oder) und Görlitz eingesetzt werden, teilte das Bundesinnenministerium mit. Gewerkschaften kritisierten, dass die Hundertschaften anderswo fehlten. Ein Einsatz der Bundeswehr an der Grenze sei nicht vorgesehen, betonte ein Sprecher.",
     [], N, "Trap for troops: police units (Kräfte, Hundertschaften) moved to the border; army deployment explicitly not planned."),

    # ------------------------------------------------------------------ es
    ("es-z1", "es", "Bolivia y Perú firman un tratado para sanear el lago Titicaca",
     "Los cancilleres de Bolivia y Perú suscribieron en Puno un tratado binacional que compromete a ambos Estados a construir seis plantas de tratamiento de aguas residuales en la cuenca del lago Titicaca antes de 2030. El acuerdo, que deberá ser ratificado por los congresos de La Paz y Lima, crea además un fondo común de 120 millones de dólares administrado por la Autoridad Binacional del Lago. Pescadores aimaras celebraron la firma en la orilla.",
     [T], P, "Binational environmental treaty signed by two states: treaty."),
    ("es-z2", "es", "Ecuador militariza su frontera norte tras una emboscada",
     "El Gobierno ecuatoriano ordenó el despliegue de 2.500 efectivos de las Fuerzas Armadas en las provincias de Sucumbíos y Carchi, fronterizas con Colombia, tras la muerte de tres soldados en una emboscada atribuida a disidencias de las FARC. El Comando Conjunto informó de que los uniformados, apoyados por helicópteros y vehículos blindados, vigilarán los pasos ilegales del río San Miguel. La medida regirá al menos durante 60 días.",
     [R], P, "A state's armed forces deployed to its own border: troops."),
    ("es-z3", "es", "Corea del Sur entrega una corbeta a la Marina de Guerra del Perú",
     "La Marina de Guerra del Perú recibió en el puerto del Callao una corbeta de la clase Pohang donada por el Gobierno de Corea del Sur dentro de su programa de cooperación en defensa con países latinoamericanos. El buque, de 1.200 toneladas, llegó con su armamento principal y un lote de repuestos, y será rebautizado antes de incorporarse a la flota del Pacífico. Su tripulación peruana completó previamente un periodo de instrucción en la base naval de Busan.",
     [M], P, "Warship donated by one state to another's navy, crew trained in Korea (trainees received at home): military assistance only."),
    ("es-z4", "es", "España y Senegal firman un memorando de cooperación en defensa",
     "Los ministros de Defensa de España y Senegal firmaron en Dakar un memorando de entendimiento que amplía la cooperación militar bilateral durante los próximos cuatro años. El texto contempla la entrega a la Marina senegalesa de dos embarcaciones de vigilancia y equipos de comunicaciones, así como plazas para oficiales senegaleses en academias militares españolas. Madrid subraya que el acuerdo reforzará la lucha contra el tráfico de migrantes y la pesca ilegal.",
     [T, M], P, "Intergovernmental defence memorandum signed (treaty) providing boats, equipment and training places (military assistance)."),
    ("es-z5", "es", "Uruguay repliega su batallón de cascos azules del Congo",
     "El Ejército uruguayo comenzó el repliegue de los 800 militares que integran su batallón en la misión de paz de la ONU en la República Democrática del Congo, tras 24 años de presencia ininterrumpida en la región de Kivu. Los primeros 200 efectivos aterrizaron el martes en Montevideo; el resto regresará escalonadamente antes de diciembre. El ministro de Defensa destacó el «profesionalismo» de la tropa en un escenario de alto riesgo.",
     [R], P, "Withdrawal of a national peacekeeping battalion from abroad: troops."),
    ("es-z6", "es", "La Biblioteca Nacional adquiere un tratado botánico del siglo XVIII",
     "La Biblioteca Nacional de España ha adquirido en una subasta en Londres un ejemplar manuscrito del «Tratado de las plantas de la Nueva Granada», redactado hacia 1790 por un discípulo de José Celestino Mutis. El volumen, con 214 láminas acuareladas, fue tratado con técnicas de restauración en un taller de Oxford antes de la venta. Se expondrá al público a partir de octubre en la sede de Recoletos.",
     [], N, "Trap for treaty: 'tratado' as a scholarly treatise and as the participle 'treated'."),
    ("es-z7", "es", "Repsol y Petrosur sellan un acuerdo para explorar Vaca Muerta",
     "Repsol y la argentina Petrosur firmaron un acuerdo para explorar conjuntamente tres bloques en la formación de Vaca Muerta, en la provincia de Neuquén, con una inversión inicial de 450 millones de dólares. Según el convenio, la compañía española asumirá el 60 % de la participación y la operación de los pozos. Fuentes del sector destacaron que la alianza llega tras la aprobación de un régimen de incentivos para grandes inversiones.",
     [], N, "Trap for treaty: an agreement (acuerdo, convenio) between two companies, not states."),
    ("es-z8", "es", "La tropa de Simeone conquista Balaídos",
     "El Atlético de Madrid ganó 0-2 en Balaídos con una actuación de oficio y dejó al Celta hundido en la tabla. La tropa de Simeone resistió el asedio local en la primera parte y sentenció tras el descanso con dos goles a balón parado. «Hemos sido soldados, cada uno sabía su misión», resumió el técnico argentino, que celebró también la renovación del contrato de su capitán hasta 2027.",
     [], N, "Trap for troops: 'tropa' and 'soldados' used figuratively for a football team; player contract is not a treaty."),

    # ------------------------------------------------------------------ it
    ("it-z1", "it", "La fregata Alpino salpa per il Golfo di Guinea",
     "La fregata Alpino della Marina militare è salpata da La Spezia diretta nel Golfo di Guinea, dove resterà schierata per quattro mesi nell'ambito dell'operazione nazionale contro la pirateria. A bordo, oltre ai 170 membri dell'equipaggio, un nucleo di fucilieri del reggimento San Marco e un elicottero SH-90. Lo ha reso noto lo Stato maggiore della Difesa, precisando che la nave farà scalo in Ghana e in Costa d'Avorio.",
     [R], P, "A warship with marines deployed abroad: troops."),
    ("it-z2", "it", "Italia e Slovenia firmano l'intesa sulle acque del Carso",
     "Roma e Lubiana hanno firmato a Gorizia un accordo intergovernativo per la gestione condivisa delle falde acquifere del Carso, che riforniscono oltre 400 mila persone tra Trieste e il litorale sloveno. L'intesa istituisce una commissione mista permanente e prevede un sistema comune di monitoraggio contro l'inquinamento. I due ministri degli Esteri hanno parlato di «un passo storico per una frontiera che non divide più». Il testo dovrà ora essere ratificato dai due parlamenti.",
     [T], P, "Intergovernmental water agreement signed between two states: treaty."),
    ("it-z3", "it", "L'Italia cede due pattugliatori alla Marina tunisina",
     "Nel porto di Biserta si è svolta la cerimonia di consegna di due pattugliatori costieri che l'Italia ha ceduto a titolo gratuito alla Marina militare tunisina. Le unità, già in servizio nella Guardia di Finanza, sono state rimesse in efficienza con fondi del ministero della Difesa. Il pacchetto comprende anche radar, ricambi e un corso di formazione svolto nei mesi scorsi a Taranto per 40 marinai tunisini.",
     [M], P, "Patrol vessels given free to another state's navy, with Tunisian sailors trained in Italy: military assistance only."),
    ("it-z4", "it", "Istruttori italiani a Mogadiscio per l'esercito somalo",
     "Una cinquantina di istruttori dell'Esercito italiano partiranno a fine mese per Mogadiscio nell'ambito della missione bilaterale di addestramento delle forze armate somale. Lo ha annunciato il ministro della Difesa, spiegando che il contingente formerà tiratori scelti e genieri dei reparti somali impegnati contro al-Shabaab. Roma consegnerà inoltre mezzi protetti e apparati radio per un valore di circa 4 milioni di euro.",
     [R, M], P, "Italian military trainers sent abroad (troops + military assistance) plus vehicles and radios delivered (military assistance)."),
    ("it-z5", "it", "Cavo sabotato, l'Estonia invoca l'articolo 4 della Nato",
     "L'Estonia ha chiesto la convocazione del Consiglio Nord Atlantico ai sensi dell'articolo 4 del Trattato di Washington, dopo il danneggiamento di un cavo elettrico sottomarino nel golfo di Finlandia attribuito a una nave mercantile. La riunione degli ambasciatori si terrà giovedì a Bruxelles. La Farnesina ha espresso «piena solidarietà» a Tallinn e ha chiesto un'indagine rapida e trasparente sull'accaduto.",
     [T], P, "An article of the North Atlantic Treaty is invoked: treaty."),
    ("it-z6", "it", "Troupe Rai bloccata dalla neve sull'Etna",
     "Una troupe della Rai è rimasta bloccata per alcune ore in un rifugio sull'Etna a causa di un'improvvisa nevicata durante le riprese di un documentario sui vulcani. Il regista, due operatori e una giornalista sono stati raggiunti in serata dal Soccorso alpino, che li ha riaccompagnati a valle con i gatti delle nevi. «Siamo stati trattati come ospiti di riguardo dai gestori», ha raccontato la giornalista.",
     [], N, "Trap for troops and treaty: a TV film crew ('troupe') and the participle 'trattati'."),
    ("it-z7", "it", "Ex Ilva, firmato l'accordo sulla cassa integrazione",
     "Dopo una trattativa durata 14 ore al ministero delle Imprese, azienda e sindacati hanno firmato l'accordo che riduce a 2.800 i lavoratori in cassa integrazione nello stabilimento di Taranto. L'intesa prevede un piano di formazione e il rientro graduale in fabbrica entro marzo. Il tema della decarbonizzazione sarà trattato in un tavolo separato, già convocato per la prossima settimana.",
     [], N, "Trap for treaty: a labour agreement between a company and unions, plus 'trattativa'/'trattato' as negotiation/participle."),
    ("it-z8", "it", "Aiuti italiani al Mozambico colpito dal ciclone",
     "Un C-130J dell'Aeronautica militare è atterrato a Beira con 12 tonnellate di aiuti umanitari, tra tende, kit sanitari e potabilizzatori, destinati alle popolazioni colpite dal ciclone che ha devastato la provincia di Sofala. Il carico è stato raccolto dalla Cooperazione italiana e dalla Protezione civile e sarà distribuito dalle agenzie delle Nazioni Unite. La Farnesina ha stanziato inoltre 2 milioni di euro per ricostruire le scuole danneggiate.",
     [], N, "Trap for military_assistance: humanitarian aid flown by an air force plane and economic aid; no military aid or troop deployment."),

    # ------------------------------------------------------------------ pt
    ("pt-z1", "pt", "Brasil e Paraguai fecham revisão do Anexo C de Itaipu",
     "Os governos do Brasil e do Paraguai concluíram a negociação do novo Anexo C do Tratado de Itaipu, que define as bases financeiras da venda da energia gerada pela hidrelétrica binacional. Pelo texto, assinado pelos chanceleres em Assunção, o Paraguai poderá vender parte do seu excedente diretamente no mercado brasileiro a partir de 2027. O documento ainda precisa ser aprovado pelos Congressos dos dois países.",
     [T], P, "Revision of an annex to a bilateral treaty negotiated and signed: treaty."),
    ("pt-z2", "pt", "Defesa envia mais 600 militares para Roraima",
     "O Ministério da Defesa anunciou o envio de mais 600 militares para Roraima, na fronteira com a Venezuela e a Guiana, em meio à tensão em torno do território de Essequibo. O efetivo, vindo de unidades de infantaria de selva de Manaus, chega acompanhado de 28 viaturas blindadas Guaicuru. Segundo o comandante militar da Amazônia, as tropas permanecerão em Pacaraima e Bonfim por tempo indeterminado.",
     [R], P, "A state's army reinforced at its own border: troops."),
    ("pt-z3", "pt", "Portugal destaca instrutores militares para São Tomé e Príncipe",
     "Portugal vai destacar 30 militares para São Tomé e Príncipe, onde vão formar uma companhia de infantaria das Forças Armadas são-tomenses, anunciou o Estado-Maior-General das Forças Armadas. Os instrutores portugueses ficarão instalados no quartel do Morro durante seis meses. Lisboa vai também ceder às forças são-tomenses equipamento de comunicações e coletes balísticos, num pacote avaliado em 1,5 milhões de euros.",
     [R, M], P, "Portuguese military trainers sent abroad (troops + military assistance) and equipment ceded (military assistance)."),
    ("pt-z4", "pt", "Exército Brasileiro doa blindados Urutu ao Paraguai",
     "O Exército Brasileiro entregou ao Exército paraguaio 12 viaturas blindadas de transporte de pessoal EE-11 Urutu, revitalizadas no Parque Regional de Manutenção de Santa Maria (RS). A doação, autorizada pelo Ministério da Defesa, inclui peças de reposição e ferramental. Em cerimônia em Assunção, o comandante do Exército paraguaio agradeceu a «cooperação fraterna» e informou que 20 mecânicos do seu país foram capacitados no Rio Grande do Sul.",
     [M], P, "Armoured vehicles donated to another state's army, mechanics trained in Brazil: military assistance."),
    ("pt-z5", "pt", "Moçambique e Ruanda renovam acordo sobre forças em Cabo Delgado",
     "Os governos de Moçambique e do Ruanda assinaram em Kigali a renovação, por mais três anos, do acordo bilateral que enquadra a presença das forças ruandesas na província de Cabo Delgado. Pelo novo texto, o contingente ruandês, atualmente com cerca de 4 mil militares, passará a atuar também no distrito de Ancuabe. A oposição moçambicana exigiu que o acordo seja submetido à Assembleia da República antes de entrar em vigor.",
     [T, R], P, "Bilateral agreement between states renewed (treaty) governing a foreign contingent stationed and extending operations (troops)."),
    ("pt-z6", "pt", "Embraer fecha venda de dois C-390 ao Quénia",
     "A Embraer anunciou a assinatura de um contrato com o Ministério da Defesa do Quénia para o fornecimento de dois cargueiros militares C-390 Millennium, com entregas previstas a partir de 2027. O valor não foi divulgado, mas analistas estimam a encomenda em cerca de 300 milhões de dólares. Segundo a fabricante, o negócio foi tratado diretamente com a Força Aérea queniana e inclui suporte logístico e peças.",
     [], N, "Trap for military_assistance and treaty: a manufacturer's commercial sale to a foreign ministry, plus the participle 'tratado'."),
    ("pt-z7", "pt", "Governo envia Força Nacional à Terra Indígena Munduruku",
     "O Ministério da Justiça autorizou o envio de 120 agentes da Força Nacional de Segurança Pública para a Terra Indígena Munduruku, no Pará, para apoiar a Polícia Federal no combate ao garimpo ilegal. Os policiais ficarão na região por 90 dias, prorrogáveis, e atuarão também na proteção das equipes de saúde. A portaria foi publicada nesta terça-feira no Diário Oficial da União.",
     [], N, "Trap for troops: the Força Nacional is a police force; police deployments are not troops."),
    ("pt-z8", "pt", "Trupe de Leiria leva Aljubarrota às aldeias",
     "A trupe de teatro de rua Andarilhos, sediada em Leiria, estreia no sábado uma versão cómica da Batalha de Aljubarrota, com cavaleiros de cartão, espadas de esponja e um exército de bonecos gigantes. Ao longo do verão, o espetáculo vai percorrer 14 aldeias do distrito, sempre ao ar livre e com entrada livre. «Cada terra ganha a sua própria batalha», brinca o encenador, que recrutou figurantes entre os habitantes locais.",
     [], N, "Trap for troops: a street-theatre troupe staging a historical battle."),

    # ------------------------------------------------------------------ pl
    ("pl-z1", "pl", "Kolejna zmiana polskiego kontyngentu wyjechała do Rumunii",
     "Blisko 250 żołnierzy z 15. Giżyckiej Brygady Zmechanizowanej wyjechało w poniedziałek do Rumunii, gdzie przez pół roku będą służyć w Polskim Kontyngencie Wojskowym w Krajowej. Zastąpią tam żołnierzy z Braniewa, którzy wrócą do kraju przed świętami. Kontyngent wchodzi w skład wielonarodowej brygady NATO na wschodniej flance Sojuszu – poinformowało Dowództwo Operacyjne Rodzajów Sił Zbrojnych.",
     [R], P, "Rotation of Polish soldiers deployed abroad: troops."),
    ("pl-z2", "pl", "MON przekazało sprzęt armii Bośni i Hercegowiny",
     "Ministerstwo Obrony Narodowej przekazało Siłom Zbrojnym Bośni i Hercegowiny 40 samochodów terenowych, noktowizory oraz wyposażenie saperskie o łącznej wartości ok. 12 mln zł. Uroczystość odbyła się w koszarach w Sarajewie z udziałem wiceministra obrony. Sprzęt ma wesprzeć bośniackie pododdziały przygotowujące się do rozminowywania terenów przy dawnych liniach frontu.",
     [M], P, "Equipment handed by Poland's defence ministry to another state's armed forces: military assistance."),
    ("pl-z3", "pl", "Sejm ratyfikował umowę z Czechami o wodach granicznych",
     "Sejm przyjął ustawę o ratyfikacji umowy między Polską a Czechami o współpracy na wodach granicznych, podpisanej jesienią w Ostrawie. Dokument zastępuje porozumienie z 1958 r. i nakłada na oba państwa obowiązek wspólnego monitoringu jakości wody m.in. w Olzie i Opawie. Za głosowało 431 posłów. Umowa wejdzie w życie po wymianie dokumentów ratyfikacyjnych.",
     [T], P, "Interstate agreement on boundary waters ratified: treaty."),
    ("pl-z4", "pl", "Polscy żołnierze staną w Finlandii. Jest porozumienie",
     "Szefowie resortów obrony Polski i Finlandii podpisali w Helsinkach porozumienie międzyrządowe, które umożliwi stacjonowanie polskich żołnierzy na terytorium Finlandii. Pierwsza rotacja, licząca ok. 150 wojskowych z jednostek obrony przeciwlotniczej, ma trafić do Laponii jesienią przyszłego roku. Dokument określa status prawny żołnierzy i zasady korzystania z fińskiej infrastruktury; musi go jeszcze zatwierdzić fiński parlament.",
     [T, R], P, "Intergovernmental stationing agreement signed (treaty) with announced stationing of Polish soldiers abroad (troops)."),
    ("pl-z5", "pl", "Kolejni ukraińscy żołnierze przeszkoleni w Drawsku",
     "Na poligonie w Drawsku Pomorskim zakończył się kolejny cykl szkolenia ok. 600 żołnierzy ukraińskich w ramach unijnej misji EUMAM. Polscy instruktorzy ćwiczyli z nimi m.in. walkę w terenie zurbanizowanym, ewakuację medyczną i obsługę moździerzy. Po ukończeniu kursu Ukraińcy otrzymali wyposażenie indywidualne przekazane przez MON. Od początku misji w Polsce przeszkolono już ponad 20 tys. żołnierzy z Ukrainy.",
     [M], P, "Foreign soldiers trained at home and given equipment: military assistance only (no deployment abroad)."),
    ("pl-z6", "pl", "„Traktat o łuskaniu fasoli” na scenie w Lublinie",
     "Teatr im. Juliusza Osterwy w Lublinie przygotował adaptację „Traktatu o łuskaniu fasoli” Wiesława Myśliwskiego. Spektakl gra pięcioosobowa trupa, której aktorzy wcielają się m.in. w żołnierzy z czasów wojny, wspominanych przez głównego bohatera. Reżyserka zapowiada, że spektakl zostanie pokazany także na festiwalach w Wilnie i we Lwowie. Premiera w sobotę, bilety są już niemal wyprzedane.",
     [], N, "Trap for treaty and troops: 'traktat' as a literary title (treatise) and 'trupa' as a theatre troupe."),
    ("pl-z7", "pl", "Straż Graniczna wysyła posiłki na Podlasie",
     "Komendant Główny Straży Granicznej skierował do Podlaskiego Oddziału SG dodatkowych 200 funkcjonariuszy z placówek w głębi kraju. Mają oni wspierać patrole na odcinku granicy z Białorusią w okolicach Czeremchy i Dubicz Cerkiewnych, gdzie w ostatnich tygodniach wzrosła liczba prób nielegalnego przekroczenia. Funkcjonariusze otrzymali też nowe kamery termowizyjne i drony zakupione przez MSWiA.",
     [], N, "Trap for troops: border guards (not military) reinforced at the border; equipment bought by the state for itself."),
    ("pl-z8", "pl", "Defilada na Wisłostradzie w Święto Wojska Polskiego",
     "Ponad 2 tys. żołnierzy, czołgi K2 i Abrams oraz śmigłowce Black Hawk przejechały i przeleciały w piątek nad Wisłostradą podczas defilady z okazji Święta Wojska Polskiego. Pokaz obserwowały dziesiątki tysięcy warszawiaków. Po raz pierwszy w szyku maszerowali także żołnierze Wojsk Obrony Terytorialnej z nowymi karabinami. Prezydent w przemówieniu podziękował wojsku za służbę.",
     [], N, "Trap for troops and military_assistance: soldiers marching in a parade at home and own purchased equipment."),

    # ------------------------------------------------------------------ nl
    ("nl-z1", "nl", "België stuurt extra militairen naar Roemenië",
     "België stuurt begin volgend jaar zo'n 250 extra militairen naar Roemenië, waar ze de NAVO-aanwezigheid aan de oostflank moeten versterken. Het gaat om een compagnie van het 12de/13de Bataljon Linie uit Spa, aangevuld met een eenheid luchtverdediging. Dat heeft de minister van Defensie bekendgemaakt na afloop van de ministerraad. De Belgische troepen worden gelegerd op de basis van Cincu, in het midden van het land, en blijven er minstens zes maanden.",
     [R], P, "Belgian soldiers to be sent and stationed abroad: troops."),
    ("nl-z2", "nl", "Nederland schenkt Libanees leger terreinvoertuigen",
     "Nederland draagt vijftig terreinvoertuigen en een partij nachtkijkers over aan de Libanese strijdkrachten, heeft het ministerie van Defensie laten weten. De schenking, ter waarde van ruim 9 miljoen euro, moet de slagkracht van het Libanese leger vergroten. Het materieel komt uit overtollige voorraden van de Koninklijke Landmacht en wordt volgende maand per schip naar Beiroet vervoerd.",
     [M], P, "Military vehicles and night-vision gear donated to another state's army: military assistance."),
    ("nl-z3", "nl", "Nederland en Duitsland sluiten verdrag over windparken in de Eems",
     "Nederland en Duitsland hebben in Den Haag een verdrag ondertekend dat regelt hoe windparken in het betwiste deel van de Eems-Dollard worden vergund en beheerd. De twee landen zijn het al eeuwen oneens over de precieze grens in het estuarium; het nieuwe verdrag laat die vraag open, maar verdeelt de opbrengst van toekomstige windmolens gelijk. De Tweede Kamer en de Bondsdag moeten het akkoord nog goedkeuren.",
     [T], P, "Treaty between two states signed on a disputed estuary: treaty."),
    ("nl-z4", "nl", "Nederland en Suriname tekenen defensieakkoord",
     "Nederland en Suriname hebben in Paramaribo een memorandum van overeenstemming over defensiesamenwerking getekend, het eerste in ruim veertig jaar. Nederland levert het Nationaal Leger twee gebruikte patrouilleboten en radioapparatuur en stelt plaatsen beschikbaar voor Surinaamse cadetten aan de Koninklijke Militaire Academie in Breda. Volgens de Surinaamse minister van Defensie markeert het akkoord 'een nieuw begin' in de betrekkingen.",
     [T, M], P, "Intergovernmental defence memorandum signed (treaty) with boats, radios and cadet places for Suriname (military assistance)."),
    ("nl-z5", "nl", "Nederlandse militairen gaan Iraakse genisten opleiden",
     "Defensie stuurt dit najaar een team van 35 militairen naar Irak om Iraakse genisten op te leiden in het opsporen en ruimen van explosieven. De instructeurs worden gestationeerd in Bagdad en werken onder de vlag van de NAVO-missie in het land. Daarnaast schenkt Nederland detectieapparatuur en beschermende pakken aan het Iraakse leger, schrijft de minister in een brief aan de Tweede Kamer.",
     [R, M], P, "Dutch military trainers sent abroad (troops + military assistance) plus donated equipment (military assistance)."),
    ("nl-z6", "nl", "Vrijwilligers ruimen troep op na Pinkpop",
     "Ruim tweehonderd vrijwilligers hebben maandag in Landgraaf de troep opgeruimd die festivalgangers na Pinkpop hadden achtergelaten. Ze verzamelden achtergebleven tentjes, blikjes en zelfs een opblaasbare krokodil. 'Het leek wel een slagveld', zei een van de organisatoren, die het aantal achtergelaten tenten dit jaar wel zag dalen. Het afval wordt gescheiden en voor een deel gerecycled.",
     [], N, "Trap for troops: Dutch 'troep' meaning litter, plus the figurative 'slagveld'."),
    ("nl-z7", "nl", "Tata Steel en bonden bereiken cao-akkoord",
     "Na maanden van acties hebben Tata Steel en de vakbonden FNV en CNV in IJmuiden een principeakkoord bereikt over een nieuwe cao. De ruim 9.000 werknemers krijgen er in twee jaar 7 procent loon bij en een regeling voor zwaar werk. Tegelijk maakte het staalbedrijf bekend dat het een overeenkomst heeft getekend met een Noorse leverancier van groene waterstof.",
     [], N, "Trap for treaty: a collective labour agreement and a company supply agreement, no states involved."),
    ("nl-z8", "nl", "Duizenden op de been voor Veteranendag in Den Haag",
     "Zo'n 4.000 veteranen en 1.500 militairen van alle krijgsmachtdelen trokken zaterdag in een defilé door het centrum van Den Haag tijdens de Nederlandse Veteranendag. Koning Willem-Alexander nam op het Lange Voorhout het defilé af. Boven de stad vlogen F-35's en Chinooks over. Langs de route stonden tienduizenden toeschouwers, die de veteranen met applaus en vlaggetjes onthaalden.",
     [], N, "Trap for troops: soldiers marching in a parade at home."),
]


def build():
    recs = []
    for (id_, lang, title, body, rules, kind, note) in ARTICLES:
        recs.append({"id": id_, "language": lang, "title": title, "body": body,
                     "rules": list(rules), "kind": kind, "note": note})
    return recs


def check(recs):
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(recs) == 8 * len(LANGS), len(recs)
    keys = {"id", "language", "title", "body", "rules", "kind", "note"}
    for r in recs:
        assert set(r) == keys, r["id"]
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-z"), r["id"]
        for k in ("title", "body", "note"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert '"' not in r["title"], r["id"]
        assert isinstance(r["rules"], list), r["id"]
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert set(r["rules"]) <= RULES, r["id"]
        assert r["kind"] in ("positive", "near-miss"), r["id"]
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        lo, hi = (120, 400) if r["language"] in ("zh", "ja") else (250, 800)
        assert lo <= len(r["body"]) <= hi, (r["id"], len(r["body"]))
    for lang in LANGS:
        sub = [r for r in recs if r["language"] == lang]
        assert sorted(r["id"] for r in sub) == sorted(f"{lang}-z{i}" for i in range(1, 9)), lang
        pos = [r for r in sub if r["kind"] == "positive"]
        assert len(pos) == 5, (lang, len(pos))
        assert sum(r["kind"] == "near-miss" for r in sub) == 3, lang
        for rule in RULES:
            assert any(rule in r["rules"] for r in pos), (lang, rule)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "west.jsonl")
    recs = build()
    check(recs)
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check the written file
    with open(out, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    assert back == recs
    check(back)
    counts = {rule: sum(rule in r["rules"] for r in back) for rule in sorted(RULES)}
    lens = [len(r["body"]) for r in back]
    print(f"wrote {len(back)} records to {out}")
    print("positives per rule:", counts)
    print("body length min/max:", min(lens), max(lens))


if __name__ == "__main__":
    main()
