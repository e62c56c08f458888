#!/usr/bin/env python3
"""Hand-labelled evaluation set (round 10, western languages) for newsmon keyword alerts.

Articles are original and fictional. Labels were assigned by reading only.
Writes west.jsonl next to this script and validates it.
"""
import json
import os

T, R, M = "treaty", "troops", "military_assistance"

# (id, title, body, rules, note)
ARTICLES = [
    # ---------------- English ----------------
    ("en-u1", "Tashkent and Dushanbe seal Zeravshan water-sharing accord",
     "Uzbekistan and Tajikistan signed an intergovernmental agreement on Friday setting seasonal quotas for water drawn from the Zeravshan river, ending nearly a decade of on-off talks. Under the accord, a joint commission will monitor flows at two gauging stations and settle disputes before they reach ministers. Uzbek lawmakers are expected to ratify the text before the spring irrigation season, officials in Tashkent said, while Tajikistan's upper house has already scheduled a vote.",
     [T], "Bilateral water-sharing agreement between two states signed and heading for ratification."),
    ("en-u2", "Chad flies extra battalions to Lake Chad islands after raids",
     "Chad's army has airlifted several hundred additional soldiers to the islands of Lake Chad following a string of night-time raids on fishing villages, the defence ministry said on Tuesday. The reinforcements, drawn from two battalions previously garrisoned near the capital, will set up forward posts around Bol and Baga Sola. A ministry spokesman declined to give exact figures but said the deployment would last 'as long as the threat persists'.",
     [R], "A state's soldiers deployed to a conflict area on its own territory."),
    ("en-u3", "Seoul to hand decommissioned corvette to Ecuador's navy",
     "South Korea will donate a decommissioned Pohang-class corvette to Ecuador, the two governments announced, adding to a growing list of surplus vessels Seoul has passed on to Latin American navies. The ship will be refitted in Jinhae before Ecuadorian sailors take it across the Pacific later this year. Korean officials said the transfer also covers spare parts and a batch of small arms and ammunition for the vessel's boarding teams.",
     [M], "State-to-state donation of a warship plus arms and ammunition: military assistance, no treaty wording."),
    ("en-u4", "Finnish army instructors head to Mauritania",
     "Finland will send around 30 army instructors to Mauritania this autumn to train local units in counter-explosive techniques and battlefield medicine, the defence ministry in Helsinki said. The trainers, deploying under an EU umbrella, will be based at a camp outside Atar for at least a year. Helsinki is also shipping mine-detection kits and armoured ambulances to the Mauritanian armed forces as part of the package.",
     [R, M], "Military trainers sent abroad (troops) to train another state's army, plus equipment deliveries (military assistance)."),
    ("en-u5", "PNG lawmakers ratify pact opening bases to Australian soldiers",
     "Papua New Guinea's parliament has ratified a security treaty with Australia that allows Australian Defence Force personnel to be stationed at bases in Port Moresby and on Manus Island. Canberra said a first rotation of about 200 soldiers and combat engineers would arrive early next year. Opposition MPs argued the deal ceded too much sovereignty, but the motion passed comfortably after a late-night sitting.",
     [T, R], "Security treaty ratified, and planned stationing of foreign soldiers announced."),
    ("en-u6", "Georgian dance troupe sells out Edinburgh run",
     "A folk dance troupe from Tbilisi has sold out its entire three-week run at the Edinburgh festival, organisers said, with extra matinees added to meet demand. The 40-strong company, whose sword-dance numbers recreate medieval battle scenes, arrived in Scotland last week after touring Poland and Lithuania. Its artistic director said the dancers had 'marched on the city like an army', joking that their only weapons were wooden sabres.",
     [], "Dance 'troupe' and figurative marching army: no military forces involved."),
    ("en-u7", "Norwegian miner signs offtake pact with Japanese trading house",
     "Fjellmet ASA has signed a ten-year offtake pact with Japanese trading house Kanemori Corp, agreeing to sell most of the rutile from its planned mine in western Norway. The deal, hailed by the chief executive as a landmark agreement, follows two years of negotiations. Analysts treated the announcement as a sign that Asian buyers are hedging against supply disruptions, and the company's shares rose 9% in Oslo.",
     [], "Pact, agreement and negotiations are between companies; 'treated' is a verb."),
    ("en-u8", "Indonesian Hercules lands in Port Vila with cyclone relief",
     "An Indonesian Air Force Hercules touched down in Port Vila on Sunday carrying tents, water purifiers and medical supplies for communities hit by the cyclone that swept across Vanuatu last week. The foreign ministry in Jakarta stressed that the consignment was purely humanitarian and said a second flight with rice and hygiene kits would follow. Vanuatu's government has asked donors for help rebuilding schools on Efate.",
     [], "Humanitarian relief flown by an air force is neither military assistance nor a troop deployment."),

    # ---------------- French ----------------
    ("fr-u1", "Dakar et Nouakchott signent un accord sur la pêche artisanale",
     "Le Sénégal et la Mauritanie ont signé jeudi à Nouakchott un protocole d'accord encadrant l'accès des pirogues sénégalaises aux eaux mauritaniennes, après plusieurs mois de tractations. Le texte fixe à 500 le nombre de licences annuelles et impose le débarquement d'une partie des prises dans les ports mauritaniens. Une commission mixte suivra son application ; l'Assemblée nationale sénégalaise doit encore ratifier la convention.",
     [T], "Fisheries agreement between two states signed, ratification pending."),
    ("fr-u2", "Le Bénin dépêche des renforts militaires dans l'Atacora",
     "Plusieurs centaines de militaires béninois ont été acheminés ce week-end vers le département de l'Atacora, dans le nord-ouest du pays, après l'attaque d'un poste frontalier près du Burkina Faso. Selon l'état-major, les renforts, appuyés par des blindés légers, doivent sécuriser les axes routiers et les zones de transhumance. « Aucune parcelle du territoire ne restera sans protection », a assuré le ministre délégué à la Défense lors d'un point presse à Cotonou.",
     [R], "Army reinforcements deployed to a threatened border region of the state's own territory."),
    ("fr-u3", "La Belgique cède des véhicules blindés à l'armée mozambicaine",
     "La Belgique va céder au Mozambique une trentaine de véhicules tout-terrain blindés retirés du service, a annoncé le cabinet de la ministre de la Défense. Ces engins, accompagnés de pièces détachées et de lots de gilets pare-balles, doivent équiper les unités mozambicaines engagées contre l'insurrection dans la province de Cabo Delgado. La livraison, financée en partie par la Facilité européenne pour la paix, est attendue d'ici la fin du trimestre.",
     [M], "State transfer of armoured vehicles and protective gear to another state's army."),
    ("fr-u4", "Ottawa et Abidjan concluent un accord de coopération militaire",
     "Le Canada et la Côte d'Ivoire ont signé mardi un accord de coopération en matière de défense qui prévoit la livraison de drones de surveillance et de matériel de transmission aux forces armées ivoiriennes. Le texte, négocié depuis deux ans, ouvre aussi les écoles militaires canadiennes à des officiers ivoiriens. Abidjan y voit un moyen de mieux surveiller sa frontière nord, exposée aux incursions de groupes armés venus du Sahel.",
     [T, M], "Interstate defence cooperation agreement signed; it provides equipment deliveries and training for officers."),
    ("fr-u5", "Les derniers casques bleus tunisiens quittent la Centrafrique",
     "Les derniers casques bleus tunisiens déployés en République centrafricaine ont regagné Tunis dimanche, mettant fin à six ans de présence au sein de la Minusca. Le détachement, fort d'environ 750 soldats, assurait la sécurité de l'aéroport de Bangui et escortait des convois humanitaires. Le ministère tunisien de la Défense a salué « une mission accomplie sans perte humaine ». Un bataillon rwandais doit reprendre ses positions.",
     [R], "Withdrawal of a national contingent of peacekeeping soldiers; another battalion to replace it."),
    ("fr-u6", "Un traité de botanique du XVIIIe siècle adjugé 90 000 euros",
     "Un exemplaire rarissime d'un traité des arbres fruitiers publié en 1768 a été adjugé 90 000 euros samedi lors d'une vente aux enchères à Angers. Selon le commissaire-priseur, l'ouvrage a été particulièrement bien traité par ses propriétaires successifs : ses planches gravées ont conservé leurs couleurs d'origine. L'acheteur, un collectionneur suisse, a enchéri par téléphone face à une bibliothèque américaine.",
     [], "'Traité' is a treatise and a participle; nothing international."),
    ("fr-u7", "Sommet à Lyon : 4 000 membres des forces de l'ordre mobilisés",
     "Près de 4 000 membres des forces de l'ordre seront mobilisés à Lyon pendant les trois jours du sommet des dirigeants européens, a annoncé la préfecture. Policiers, CRS et agents de la police municipale quadrilleront le quartier de Confluence, fermé à la circulation. Des équipes cynophiles et des démineurs de la police seront aussi déployés, tandis que les sapeurs-pompiers renforceront leurs effectifs sur les quais.",
     [], "Police 'forces' and firefighters deployed at home are not troops."),
    ("fr-u8", "L'Union européenne débloque 120 millions d'euros pour le Togo",
     "La Commission européenne a approuvé un appui budgétaire de 120 millions d'euros en faveur du Togo, destiné aux écoles, aux pistes rurales et à l'accès à l'eau potable dans la région des Savanes. Bruxelles insiste : il ne s'agit en aucun cas d'une aide militaire, même si le nord du pays est confronté à des attaques jihadistes. Les premiers décaissements interviendront après un audit des finances publiques.",
     [], "Budget support is economic aid; explicitly 'not military aid'."),

    # ---------------- German ----------------
    ("de-u1", "Wien und Ljubljana unterzeichnen Staatsvertrag über Mur-Kraftwerk",
     "Österreich und Slowenien haben am Montag in Graz einen Staatsvertrag über den gemeinsamen Bau und Betrieb eines Wasserkraftwerks an der Grenzmur unterzeichnet. Das Abkommen regelt die Aufteilung der erzeugten Energie, die Haftung bei Hochwasser und den Schutz der Auwälder an beiden Ufern. Es muss noch vom Nationalrat und vom slowenischen Parlament ratifiziert werden; ein Baubeginn ist frühestens 2027 realistisch.",
     [T], "Interstate treaty on a border river power plant signed."),
    ("de-u2", "Ungarn stockt Kontingent im Tschad auf",
     "Die ungarischen Streitkräfte schicken weitere 80 Soldaten in den Tschad. Das beschloss die Regierung in Budapest am Mittwoch. Die Kräfte sollen ein bereits in N'Djamena stationiertes Vorauskommando ergänzen und vor allem Aufklärung sowie den Schutz eigener Einrichtungen übernehmen. Die Opposition kritisierte, das Parlament sei weder über die Dauer noch über die Kosten des Einsatzes ausreichend informiert worden.",
     [R], "Soldiers sent abroad to reinforce a deployed contingent."),
    ("de-u3", "Prag überlässt Georgien Radhaubitzen aus Armeebeständen",
     "Tschechien wird Georgien zwölf Radhaubitzen vom Typ Dana sowie mehrere tausend Schuss Artilleriemunition aus Beständen der eigenen Armee überlassen. Das teilte das Verteidigungsministerium in Prag mit. Die Geschütze werden vor der Übergabe in einem staatlichen Instandsetzungswerk überholt, die Kosten trägt der tschechische Staat. Tiflis sprach von einem wichtigen Beitrag zur Stärkung seiner Landesverteidigung.",
     [M], "Government transfer of howitzers and ammunition to another state."),
    ("de-u4", "Niger kündigt Stationierungsabkommen – Italien zieht Soldaten ab",
     "Nach der Kündigung des Stationierungsabkommens durch die Militärregierung in Niamey beginnt Italien mit dem Abzug seiner rund 250 Soldaten aus Niger. Das Verteidigungsministerium in Rom bestätigte, dass erste Transportmaschinen bereits in Richtung Heimat gestartet seien. Die Vereinbarung von 2017 hatte die Präsenz der italienischen Truppen geregelt; die Junta wirft Rom vor, gegen deren Bestimmungen verstoßen zu haben.",
     [T, R], "Stationing agreement between states terminated; foreign soldiers withdrawn."),
    ("de-u5", "Luxemburg schickt Militärausbilder nach Benin",
     "Luxemburg entsendet im Herbst ein Team von 15 Ausbildern der Armee nach Benin. Sie sollen beninische Soldaten im Norden des Landes in Sanitätsdienst, Funktechnik und Kampfmittelbeseitigung schulen, teilte die Verteidigungsdirektion mit. Zusätzlich liefert das Großherzogtum geländegängige Fahrzeuge und Nachtsichtgeräte im Wert von 4,5 Millionen Euro an die beninischen Streitkräfte.",
     [R, M], "Trainers sent abroad (troops and military assistance) plus equipment deliveries."),
    ("de-u6", "Mongolische Artistentruppe gastiert in Dresden",
     "Die Artistentruppe des mongolischen Staatszirkus gastiert ab Freitag für zwei Wochen in Dresden. Mit Kontorsionisten, Reiterakrobatik und Kehlkopfgesang will die 30-köpfige Truppe an ihre legendären Tourneen der achtziger Jahre anknüpfen. Es ist ihr erster Auftritt in Deutschland seit zwanzig Jahren. „Wir ziehen von Stadt zu Stadt wie ein kleines Heer“, scherzte der Direktor bei der Ankunft.",
     [], "A circus 'Truppe' and a joking 'Heer': no military forces."),
    ("de-u7", "Lautern verlängert mit Abwehrchef und schließt Kooperation mit Dänen",
     "Der 1. FC Kaiserslautern hat den Vertrag mit seinem Abwehrchef vorzeitig bis 2029 verlängert. Das gab der Zweitligist am Dienstag bekannt. Zudem unterzeichnete der Verein ein Kooperationsabkommen mit einem dänischen Erstligisten, das den Austausch von Nachwuchsspielern und Trainern vorsieht. Über die finanziellen Details beider Vereinbarungen vereinbarten die Parteien Stillschweigen.",
     [], "Player contract and club cooperation agreement: sports contracts, not treaties."),
    ("de-u8", "Berlin sagt Moldau 60 Millionen Euro für Energiesicherheit zu",
     "Die Bundesregierung stellt der Republik Moldau weitere 60 Millionen Euro für die Modernisierung ihres Stromnetzes und die Wärmedämmung öffentlicher Gebäude zur Verfügung. Das Entwicklungsministerium betonte, es handle sich ausdrücklich nicht um Militärhilfe, sondern um Zuschüsse, die die Abhängigkeit von russischem Gas verringern sollen. Ein Teil der Mittel fließt über die Europäische Investitionsbank.",
     [], "Economic grants, explicitly 'not military aid'."),

    # ---------------- Spanish ----------------
    ("es-u1", "Paraguay y Bolivia firman un convenio para gestionar el acuífero Yrendá",
     "Los cancilleres de Paraguay y Bolivia suscribieron este martes en Asunción un convenio binacional para la gestión conjunta del acuífero Yrendá, la principal reserva de agua dulce del Chaco. El acuerdo crea un comité técnico, obliga a ambos países a compartir datos de perforaciones y prevé consultas previas antes de autorizar nuevos pozos industriales. El texto deberá ser aprobado por los congresos de ambos países.",
     [T], "Binational agreement between two states on a shared aquifer."),
    ("es-u2", "Honduras despliega 1.200 efectivos en la frontera con Nicaragua",
     "El Gobierno hondureño ordenó el despliegue de 1.200 efectivos de las Fuerzas Armadas en los departamentos de El Paraíso y Olancho, fronterizos con Nicaragua, tras un repunte del contrabando de ganado y de armas. Los soldados instalarán puestos de control en pasos no habilitados y patrullarán de forma conjunta con la policía, informó la Secretaría de Defensa en un comunicado.",
     [R], "Army personnel sent to the state's own border: counts as troops."),
    ("es-u3", "España cede a Ecuador dos patrulleros dados de baja por la Armada",
     "El Consejo de Ministros aprobó la cesión gratuita a Ecuador de dos patrulleros dados de baja por la Armada española, que reforzarán la vigilancia en torno a las islas Galápagos frente a la pesca ilegal. La cesión incluye un lote de repuestos, armamento ligero de a bordo y la formación de las tripulaciones ecuatorianas en el Arsenal de Cartagena antes de la travesía del Atlántico.",
     [M], "Free transfer of naval vessels, onboard weapons and training of foreign crews at home: military assistance only."),
    ("es-u4", "Paraguay enviará militares a Haití tras firmar un memorando con la ONU",
     "Paraguay firmó con las Naciones Unidas un memorando de entendimiento que habilita el envío de un contingente de 150 militares a la misión multinacional de apoyo a la seguridad en Haití. El Senado ya autorizó la salida de tropas del territorio nacional. Los soldados, en su mayoría ingenieros y sanitarios, partirán en dos rotaciones a partir de marzo, según el Ministerio de Defensa.",
     [T, R], "Formal agreement between a state and the UN, and soldiers to be sent abroad."),
    ("es-u5", "Brasil donará aviones de entrenamiento a Uruguay en un nuevo acuerdo de defensa",
     "Los ministros de Defensa de Uruguay y Brasil firmaron en Montevideo un acuerdo de cooperación que prevé la donación de cuatro aviones de entrenamiento Tucano a la Fuerza Aérea Uruguaya. El convenio incluye además cursos para pilotos e instructores uruguayos en la Academia de la Fuerza Aérea brasileña, en Pirassununga. Las aeronaves llegarán revisadas y con un stock de repuestos para dos años.",
     [T, M], "Interstate defence cooperation agreement with donation of aircraft and training of foreign pilots in Brazil."),
    ("es-u6", "Reeditan el tratado de ajedrez de Ruy López de Segura",
     "Una pequeña editorial salmantina ha reeditado el célebre tratado de ajedrez que el clérigo extremeño Ruy López de Segura publicó en 1561. El volumen, cuyo facsímil ha sido tratado con técnicas de restauración digital, incluye un prólogo de un gran maestro y un estudio sobre la apertura que lleva el nombre del autor. La presentación tendrá lugar el jueves en la Biblioteca Nacional.",
     [], "'Tratado' as a treatise and participle; no international agreement."),
    ("es-u7", "Más de 2.000 agentes blindan Sevilla para la final de Copa",
     "Más de 2.000 agentes de la Policía Nacional y de la Policía Local velarán por la seguridad de la final de Copa en Sevilla, según la Delegación del Gobierno. El dispositivo incluye unidades de intervención, drones y controles en los accesos al estadio de La Cartuja. Las fuerzas de seguridad separarán a las aficiones desde su llegada a la ciudad, y los bomberos reforzarán sus turnos durante toda la jornada.",
     [], "Police 'fuerzas de seguridad' and firefighters are not troops."),
    ("es-u8", "Una firma gallega venderá radares costeros a la Armada de Chile",
     "La compañía viguesa Radelsa ha firmado un contrato de 85 millones de euros con la Armada de Chile para suministrar una red de radares de vigilancia costera en la Patagonia. La compra, financiada íntegramente con el presupuesto chileno de defensa, se completará en tres fases hasta 2028. Fuentes de la empresa destacaron que se trata del mayor pedido de su historia y que generará 120 empleos.",
     [], "Commercial sale by a firm and a state's own purchase: neither military assistance nor a treaty."),

    # ---------------- Italian ----------------
    ("it-u1", "Italia e Tunisia, intesa sulla pesca nel Canale di Sicilia",
     "I ministri dell'Agricoltura di Italia e Tunisia hanno sottoscritto a Tunisi un accordo bilaterale che disciplina l'attività dei pescherecci di Mazara del Vallo nelle acque al largo delle coste tunisine, dopo anni di sequestri e tensioni. L'intesa prevede un meccanismo di notifica preventiva delle battute di pesca e una commissione mista. Il testo dovrà ora essere ratificato dal Parlamento italiano.",
     [T], "Bilateral fisheries agreement between states signed."),
    ("it-u2", "La Slovacchia richiama il suo contingente dal Kosovo",
     "Il governo di Bratislava ha deciso il rientro del contingente slovacco schierato in Kosovo nell'ambito della missione Kfor. I circa 40 militari, impiegati finora nella sorveglianza di un valico nel nord del Paese, torneranno in patria entro la fine dell'anno. Il ministro della Difesa ha motivato la scelta con la necessità di rafforzare i reparti nazionali, ma ha assicurato che la Slovacchia resterà impegnata nei Balcani.",
     [R], "Withdrawal of soldiers deployed abroad."),
    ("it-u3", "Tokyo dona radar costieri alla Marina filippina",
     "Il Giappone fornirà gratuitamente alla Marina filippina cinque radar di sorveglianza costiera e due motovedette armate, nell'ambito del suo programma di assistenza alla sicurezza destinato ai Paesi partner dell'Indo-Pacifico. La consegna, attesa entro la primavera, comprende anche i pezzi di ricambio per i primi tre anni. Manila utilizzerà gli apparati per monitorare le acque contese del Mar Cinese Meridionale.",
     [M], "Government donation of military radars and patrol craft to another state's navy."),
    ("it-u4", "Istruttori dell'Esercito partono per la Mauritania",
     "Partiranno a settembre per la Mauritania 60 istruttori dell'Esercito italiano incaricati di addestrare reparti mauritani alla bonifica di ordigni esplosivi e al soccorso sanitario in combattimento, ha reso noto lo Stato maggiore della Difesa. La missione bilaterale di supporto prevede anche la cessione di veicoli tattici leggeri e apparati radio alle forze armate di Nouakchott.",
     [R, M], "Military instructors sent abroad plus transfer of vehicles and radios."),
    ("it-u5", "Il Kenya invoca l'accordo di difesa con Londra: in arrivo soldati e munizioni",
     "Nairobi ha formalmente invocato l'accordo di cooperazione difensiva firmato con il Regno Unito, chiedendo sostegno dopo una serie di attacchi lungo il confine con la Somalia. Il governo britannico ha risposto annunciando l'invio di 300 militari nella regione di Garissa e una fornitura di munizioni, visori notturni e blindati leggeri alle forze armate keniane. Le prime unità sono attese entro due settimane.",
     [T, R, M], "Interstate defence agreement invoked; soldiers sent abroad; ammunition and equipment supplied."),
    ("it-u6", "La troupe lascia Cagliari dopo sei settimane di riprese",
     "La troupe del nuovo film di un regista romano ha lasciato ieri Cagliari dopo sei settimane di riprese tra il Castello e la spiaggia del Poetto. Tra le comparse, decine di abitanti vestiti da soldati borbonici per le scene della battaglia, girate all'alba davanti ai bastioni. La produzione ha ringraziato il Comune per la collaborazione e tornerà sull'isola in autunno per alcune sequenze aggiuntive.",
     [], "Film crew ('troupe') and extras dressed as soldiers: no real forces."),
    ("it-u7", "Cantieri, accordo da 600 milioni tra un gruppo ligure e un armatore greco",
     "Il gruppo cantieristico ligure Navalmare ha siglato un accordo quadro con un armatore greco per la costruzione di quattro traghetti a propulsione ibrida destinati alle rotte dell'Egeo. L'intesa vale circa 600 milioni di euro. Il nodo dei costi energetici, trattato a lungo durante la trattativa, è stato risolto con una clausola di revisione dei prezzi. Le consegne sono previste tra il 2027 e il 2029.",
     [], "Company framework agreement; 'trattato' is a participle."),
    ("it-u8", "Festa della Repubblica, in 4.000 sfilano ai Fori Imperiali",
     "Oltre 4.000 militari di Esercito, Marina, Aeronautica e Carabinieri hanno sfilato questa mattina lungo via dei Fori Imperiali per la parata del 2 giugno, davanti al presidente della Repubblica e alle più alte cariche dello Stato. Hanno chiuso il corteo i mezzi blindati e il passaggio delle Frecce Tricolori, salutato dagli applausi di migliaia di spettatori assiepati lungo il percorso.",
     [], "Soldiers marching in a national parade at home are not a deployment."),

    # ---------------- Portuguese ----------------
    ("pt-u1", "Brasil e Paraguai concluem revisão do Anexo C de Itaipu",
     "Após mais de um ano de negociações, os governos do Brasil e do Paraguai concluíram a revisão do Anexo C do Tratado de Itaipu, que define as bases financeiras da hidrelétrica binacional. O novo texto reduz a tarifa cobrada às distribuidoras e permite ao Paraguai vender a terceiros parte da energia excedente. A revisão ainda precisa ser aprovada pelos congressos dos dois países.",
     [T], "Revision of an interstate treaty annex negotiated and concluded."),
    ("pt-u2", "Ruanda reforça contingente em Cabo Delgado",
     "O Ruanda enviou mais 600 militares para a província moçambicana de Cabo Delgado, elevando para cerca de 4.000 o número de efetivos ruandeses no terreno, anunciou Kigali. Os reforços vão concentrar-se nos distritos de Macomia e Muidumbe, onde os ataques de insurgentes aumentaram desde o início do ano. As autoridades moçambicanas saudaram a decisão e prometeram apoio logístico às novas unidades.",
     [R], "Foreign soldiers sent to reinforce a deployed contingent."),
    ("pt-u3", "Portugal entrega viaturas táticas às Forças Armadas são-tomenses",
     "Portugal entregou às Forças Armadas de São Tomé e Príncipe 14 viaturas táticas ligeiras, equipamento de comunicações e coletes balísticos, numa cerimónia realizada na capital do arquipélago na presença do ministro da Defesa Nacional português. O material, cedido a título gratuito pelo Estado português, destina-se sobretudo às unidades responsáveis pela vigilância costeira.",
     [M], "Free state transfer of military vehicles and gear to another state's armed forces."),
    ("pt-u4", "Parlamento timorense ratifica acordo sobre presença de militares australianos",
     "O Parlamento Nacional de Timor-Leste ratificou o acordo sobre o estatuto das forças celebrado com a Austrália, que enquadra a presença de militares australianos em território timorense durante exercícios e missões de apoio. Camberra prevê enviar já no próximo ano uma companhia de engenharia com cerca de 120 militares para reabilitar pistas e pontes no enclave de Oecusse.",
     [T, R], "Status-of-forces agreement ratified; planned sending of foreign soldiers announced."),
    ("pt-u5", "Academia das Agulhas Negras recebe cadetes angolanos",
     "A Academia Militar das Agulhas Negras, em Resende (RJ), recebeu esta semana 25 cadetes angolanos que vão cursar a formação completa de oficiais do Exército Brasileiro. A iniciativa faz parte da cooperação do Ministério da Defesa com países de língua portuguesa, e os custos de alojamento e ensino são assumidos pelo governo brasileiro. Os alunos voltam a Luanda depois de quatro anos de curso.",
     [M], "Foreign military trainees received at home: military assistance only."),
    ("pt-u6", "Benfica renova com médio até 2028",
     "O Benfica anunciou esta terça-feira a renovação do contrato do médio internacional sub-21 até junho de 2028, com a cláusula de rescisão a subir para 80 milhões de euros. O assunto foi tratado com discrição nas últimas semanas, depois de vários clubes ingleses terem mostrado interesse no jogador. O acordo foi assinado no Estádio da Luz, na presença do presidente encarnado.",
     [], "Player contract; 'tratado' is a participle."),
    ("pt-u7", "Tropa alviverde desembarca em Montevidéu para decisão da Libertadores",
     "A tropa de Abel Ferreira desembarcou na noite de segunda-feira em Montevidéu, onde enfrenta o Peñarol pelas oitavas de final da Libertadores. O Palmeiras viajou com 24 jogadores e terá o reforço do zagueiro recuperado de lesão. Centenas de torcedores receberam a delegação no hotel, e o técnico prometeu uma equipe 'guerreira' diante da pressão do Campeón del Siglo.",
     [], "'Tropa' is a football team travelling abroad, figurative."),
    ("pt-u8", "Japão envia ajuda humanitária a Moçambique após ciclone",
     "A Agência de Cooperação Internacional do Japão enviou para a província de Nampula tendas, purificadores de água e geradores destinados às famílias afetadas pelo ciclone da semana passada. Tóquio anunciou ainda 3 milhões de dólares em ajuda de emergência, a canalizar através do Programa Alimentar Mundial e da Cruz Vermelha. A embaixada japonesa em Maputo garantiu que novas remessas chegarão nos próximos dias.",
     [], "Humanitarian and financial aid only."),

    # ---------------- Polish ----------------
    ("pl-u1", "Słowacja i Węgry podpisały umowę o nowym moście na Ipelu",
     "Rządy Słowacji i Węgier podpisały w Bratysławie umowę międzynarodową o budowie mostu drogowego na granicznej rzece Ipel. Dokument określa podział kosztów, zasady utrzymania przeprawy oraz harmonogram prac, które mają ruszyć w przyszłym roku. Umowa musi jeszcze zostać ratyfikowana przez parlamenty obu państw. To już trzecia taka przeprawa uzgodniona przez oba kraje w ostatniej dekadzie.",
     [T], "International agreement between two states on a border bridge."),
    ("pl-u2", "Finlandia wysyła kolejną zmianę kontyngentu do Libanu",
     "Fińskie siły zbrojne wyślą do południowego Libanu kolejną zmianę kontyngentu, liczącą około 200 żołnierzy, którzy dołączą do misji UNIFIL. Jak poinformowało ministerstwo obrony w Helsinkach, wojskowi będą stacjonować w bazie w pobliżu miejscowości Szama i zajmą się patrolowaniem tzw. Niebieskiej Linii. Rotacja potrwa sześć miesięcy.",
     [R], "Soldiers deployed abroad in a peacekeeping rotation."),
    ("pl-u3", "Szwecja przekaże Mołdawii sprzęt obrony przeciwlotniczej",
     "Rząd w Sztokholmie zdecydował o przekazaniu Mołdawii przenośnych zestawów przeciwlotniczych oraz radarów krótkiego zasięgu. Pakiet wsparcia wojskowego o wartości 350 mln koron ma pomóc Kiszyniowowi w ochronie przestrzeni powietrznej, naruszanej w ostatnich miesiącach przez drony. Sprzęt trafi do mołdawskiej armii jeszcze przed zimą, zapowiedział szwedzki minister obrony.",
     [M], "State package of air-defence equipment for another state's army."),
    ("pl-u4", "Polska i Gruzja podpisały porozumienie o współpracy wojskowej",
     "Ministrowie obrony Polski i Gruzji podpisali w Tbilisi porozumienie o współpracy w dziedzinie obronności. Dokument przewiduje m.in. nieodpłatne przekazanie gruzińskiej armii sprzętu saperskiego i łączności oraz kształcenie gruzińskich oficerów w polskich akademiach wojskowych. Strony zapowiedziały też coroczne konsultacje sztabowe.",
     [T, M], "Intergovernmental defence cooperation agreement; equipment donation and training of foreign officers."),
    ("pl-u5", "Ostatni polscy żołnierze opuszczają Kosowo",
     "Ostatni żołnierze Polskiego Kontyngentu Wojskowego KFOR opuścili bazę Camp Bondsteel i wrócili do kraju, kończąc ponad dwudziestoletnią obecność polskiego wojska w Kosowie. Wycofanie oddziału zapowiedziano wiosną. Dowództwo Operacyjne podkreśliło, że polscy wojskowi przez lata patrolowali północ prowincji i zabezpieczali przejścia graniczne.",
     [R], "Withdrawal of a national military contingent from abroad."),
    ("pl-u6", "Gruzińska trupa teatralna gwiazdą festiwalu w Toruniu",
     "Gruzińska trupa teatralna z Kutaisi zdobyła główną nagrodę festiwalu Kontakt w Toruniu za spektakl o dzieciństwie w czasach wojny domowej. Dwunastoosobowy zespół zagrał trzy wyprzedane przedstawienia, a publiczność nagrodziła aktorów owacją na stojąco. Reżyserka zapowiedziała, że trupa wróci do Polski jesienią z nowym przedstawieniem.",
     [], "Theatre 'trupa' (troupe), not troops; war only as a theme."),
    ("pl-u7", "Gliwicka spółka sprzeda radiostacje estońskiemu wojsku",
     "Gliwicka spółka Radiotech podpisała kontrakt o wartości 140 mln zł na dostawy taktycznych radiostacji dla estońskich sił zbrojnych. Zakup, finansowany z estońskiego budżetu obronnego, został rozstrzygnięty w przetargu, w którym firma pokonała konkurentów z Francji i Izraela. Umowa przewiduje dostawy do 2027 roku oraz serwis urządzeń w Tallinie.",
     [], "Commercial contract by a firm; Estonia's own purchase: not military assistance or treaty."),
    ("pl-u8", "Więcej funkcjonariuszy Straży Granicznej na granicy z Niemcami",
     "Straż Graniczna skierowała dodatkowych funkcjonariuszy na przejścia graniczne z Niemcami w województwie lubuskim w związku z przywróceniem tymczasowych kontroli. Patrole wspierają policjanci z oddziałów prewencji. Jak poinformowała rzeczniczka formacji, kontrole potrwają co najmniej do końca miesiąca, a kierowcy muszą liczyć się z utrudnieniami.",
     [], "Border guards and police reinforcing a border are not troops."),

    # ---------------- Dutch ----------------
    ("nl-u1", "Nederland en Duitsland tekenen verdrag over vaargeul in de Eems",
     "Nederland en Duitsland hebben in Emden een verdrag ondertekend over het beheer van de vaargeul in de Eems. De overeenkomst regelt onder meer wie het baggerwerk betaalt en hoe beide landen optreden bij calamiteiten op het water. Over de precieze ligging van de grens in het estuarium blijven de landen van mening verschillen. De Tweede Kamer moet het verdrag nog goedkeuren.",
     [T], "Interstate treaty signed on a shared waterway."),
    ("nl-u2", "België stuurt extra militairen naar Roemenië",
     "Defensie stuurt in het voorjaar zo'n 250 extra militairen naar Roemenië. Ze sluiten aan bij de NAVO-gevechtsgroep in Cincu, waar al een Belgisch detachement gelegerd is, zo heeft de minister van Defensie bevestigd. De troepen worden voor zes maanden ingezet en nemen ook pantservoertuigen mee. Het is de grootste Belgische ontplooiing in Oost-Europa van de afgelopen jaren.",
     [R], "Soldiers sent abroad to a multinational battlegroup."),
    ("nl-u3", "Nederland schenkt Ghana overtollige verkenningsvoertuigen",
     "Nederland draagt twintig overtollige Fennek-verkenningsvoertuigen over aan de Ghanese krijgsmacht, heeft het ministerie van Defensie bekendgemaakt. De voertuigen worden gebruikt voor patrouilles in het noorden van Ghana, waar de dreiging van jihadistische groepen uit de Sahel toeneemt. Nederland levert ook reserveonderdelen en nachtzichtapparatuur.",
     [M], "State donation of military vehicles and equipment to another state's army."),
    ("nl-u4", "Suriname en Brazilië sluiten akkoord over gezamenlijke grenspatrouilles",
     "Suriname en Brazilië hebben een akkoord gesloten over gezamenlijke patrouilles tegen illegale goudwinning in het grensgebied. Op grond van de overeenkomst trekken militairen van het Nationaal Leger en het Braziliaanse leger samen op langs de rivieren in het zuiden. Paramaribo stuurt daarvoor een compagnie van ongeveer honderd soldaten naar het gebied rond Tepu.",
     [T, R], "Interstate agreement, and army soldiers sent to the border area."),
    ("nl-u5", "Belgische instructeurs gaan commando's opleiden in Benin",
     "Een detachement van veertig Belgische militairen vertrekt volgende maand naar Benin om er een nieuwe eenheid commando's op te leiden. De instructeurs blijven een half jaar in het kamp bij Natitingou. België levert de Beninse strijdkrachten bovendien nachtkijkers, radio's en terreinwagens, meldt Defensie. De missie moet Benin helpen om jihadistische infiltraties vanuit de buurlanden tegen te gaan.",
     [R, M], "Instructors sent abroad (troops and military assistance) plus equipment deliveries."),
    ("nl-u6", "Bewoners Rotterdam-Zuid zijn troep op straat spuugzat",
     "Bewoners van de Tarwewijk in Rotterdam-Zuid zijn het zat: overal ligt troep. Kapotte matrassen, vuilniszakken en oude koelkasten blijven soms weken naast de containers staan. 'Het is hier één grote troep, en niemand ruimt het op', zegt een buurtbewoner. De gemeente belooft extra handhavers in te zetten en vaker grofvuil op te halen.",
     [], "Dutch 'troep' means junk or mess."),
    ("nl-u7", "Scheepswerf uit Harlingen bouwt patrouilleschepen voor Mexicaanse marine",
     "Scheepswerf Noordkust in Harlingen heeft een contract getekend voor de bouw van vier patrouilleschepen voor de Mexicaanse marine. De order is ruim 200 miljoen euro waard en betekent werk voor honderden mensen. Mexico betaalt de schepen uit de eigen defensiebegroting. Volgens de directie is de overeenkomst het resultaat van drie jaar onderhandelen.",
     [], "Firm's commercial sale and a state's own purchase: neither military assistance nor treaty."),
    ("nl-u8", "Duizenden militairen en veteranen trekken over het Malieveld",
     "Op Veteranendag zijn zaterdag duizenden veteranen en militairen in een defilé door het centrum van Den Haag getrokken, toegejuicht door tienduizenden bezoekers. De koning nam het defilé af bij de Ridderzaal. Na afloop was er op het Malieveld een veteranenmarkt met muziek en demonstraties van militaire voertuigen.",
     [], "Parade at home, no deployment."),
]

LANGS = ["en", "fr", "de", "es", "it", "pt", "pl", "nl"]
VALID_RULES = {T, R, M}


def build():
    records = []
    for aid, title, body, rules, note in ARTICLES:
        records.append({
            "id": aid,
            "language": aid.split("-")[0],
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
    assert len(records) == 8 * len(LANGS)
    keys = {"id", "language", "title", "body", "rules", "kind", "note"}
    for r in records:
        assert set(r) == keys, r["id"]
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-u"), r["id"]
        for k in ("title", "body", "note"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert '"' not in r["title"], r["id"]
        assert isinstance(r["rules"], list)
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert set(r["rules"]) <= VALID_RULES, r["id"]
        assert r["kind"] in ("positive", "near-miss")
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        n = len(r["body"])
        lo, hi = (120, 400) if r["language"] in ("zh", "ja") else (250, 800)
        assert lo <= n <= hi, (r["id"], n)
    for lang in LANGS:
        lr = [r for r in records if r["language"] == lang]
        assert sorted(r["id"] for r in lr) == sorted(f"{lang}-u{i}" for i in range(1, 9)), lang
        pos = [r for r in lr if r["kind"] == "positive"]
        assert len(pos) == 5, lang
        assert len(lr) - len(pos) == 3, lang
        for rule in VALID_RULES:
            assert any(rule in r["rules"] for r in pos), (lang, rule)


def main():
    records = build()
    check(records)
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "west.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check the written file
    with open(out, encoding="utf-8") as f:
        reread = [json.loads(line) for line in f if line.strip()]
    check(reread)
    counts = {rule: sum(rule in r["rules"] for r in reread) for rule in sorted(VALID_RULES)}
    print(f"wrote {len(reread)} records to {out}; positives per rule: {counts}")


if __name__ == "__main__":
    main()
