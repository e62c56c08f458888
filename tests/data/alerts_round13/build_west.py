#!/usr/bin/env python3
"""Hand-labelled alert evaluation set, round 13 (west): en fr de es it pt pl nl."""
import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "west.jsonl")
RULES = {"treaty", "troops", "military_assistance"}
LANGS = ["en", "fr", "de", "es", "it", "pt", "pl", "nl"]

T, R, M = "treaty", "troops", "military_assistance"

# (id, title, body, rules, note)
DATA = [
    # ---------------- en ----------------
    ("en-p1", "Kyrgyzstan and Tajikistan seal border accord after decades of disputes",
     "BISHKEK (Reuters) - The presidents of Kyrgyzstan and Tajikistan on Thursday put their names to an agreement fixing the last undemarcated stretches of their shared frontier in the Fergana Valley. The accord, which still needs approval by both parliaments, also sets out joint use of two reservoirs and a disputed road near Vorukh. Officials said the document would be lodged with the United Nations once ratified.",
     [T], "Interstate border agreement signed between two states."),
    ("en-p2", "Guyana moves army units toward Essequibo frontier",
     "GEORGETOWN - Guyana has ordered several companies of the Guyana Defence Force to positions along its western border after satellite images showed new roadworks on the Venezuelan side, the army chief of staff said on Monday. Soldiers were flown by helicopter to outposts on the Cuyuni river, and a further battalion is on standby in Linden. The government insisted the move was defensive.",
     [R], "A state's army deployed to its own border counts as troops."),
    ("en-p3", "Japan hands coastal radars to Philippine navy under security aid scheme",
     "Japan has delivered the first of five coastal surveillance radars to the Philippine Navy under its Official Security Assistance programme, the embassy in Manila said. The equipment, worth about 1.6 billion yen, is being installed on islands facing the South China Sea. Tokyo will also supply rigid-hull boats and spare parts next year, the Philippine defence department added.",
     [M], "State-to-state grant of military equipment."),
    ("en-p4", "British instructors head to Ghana to train peacekeepers",
     "A team of around 40 British Army instructors will deploy to Ghana next month to prepare Ghanaian units for a UN mission, the Ministry of Defence announced. The trainers will run a ten-week course at the Kofi Annan peacekeeping centre near Accra, covering counter-IED drills and convoy protection, and Britain will gift night-vision equipment to the battalions taking part.",
     [R, M], "Trainers sent abroad count as troops and military assistance; equipment gift is also assistance."),
    ("en-p5", "Australia to base soldiers in Papua New Guinea under new pact",
     "Canberra and Port Moresby have signed a defence cooperation treaty that allows Australian personnel to be stationed at the Lombrum naval base on Manus Island on a rotational basis. Prime ministers from both countries said the first contingent of about 120 troops would arrive in the second half of the year. The agreement still has to be tabled before the Australian parliament's treaties committee.",
     [T, R], "Interstate defence treaty signed and announced stationing of soldiers abroad."),
    ("en-p6", "Touring troupe brings Ukrainian folk show to Edinburgh Fringe",
     "A dance troupe from Lviv has sold out its first week at the Edinburgh Fringe with a show blending folk choreography and live electronic music. The 14 performers, who rehearsed in a converted school gym, said the run had been funded by a British arts charity. Reviewers praised the company's energy, and extra matinees have been added at the Assembly Rooms.",
     [], "Near-miss: 'troupe' of dancers is not military troops."),
    ("en-p7", "Striker signs three-year deal as club fights relegation",
     "Championship strugglers signed Nigerian striker Tunde Okafor on a three-year contract on Friday, hours before the transfer window closed. The 24-year-old, who was treated for a hamstring problem last month, passed his medical in the morning. The manager said the agreement gave his side the firepower it needed and praised the club board for closing the deal quickly.",
     [], "Near-miss: sports contract and 'treated' are not a treaty."),
    ("en-p8", "Estonia buys more HIMARS launchers from US manufacturer",
     "Estonia's Centre for Defence Investment has signed a contract with Lockheed Martin for six additional HIMARS rocket launchers, the defence ministry in Tallinn said. Deliveries are expected from 2027, and the purchase will be funded from the national budget. Officials said the launchers would strengthen the country's own deep-strike capacity.",
     [], "Near-miss: a state's own purchase from a firm is not military assistance; a firm contract is not a treaty."),

    # ---------------- fr ----------------
    ("fr-p1", "Pêche : Dakar et Nouakchott renouvellent leur protocole d'accord",
     "Le Sénégal et la Mauritanie ont signé mardi à Nouakchott un nouveau protocole de pêche permettant à quelque 400 pirogues sénégalaises d'opérer dans les eaux mauritaniennes, a annoncé l'AFP. Le texte, conclu pour cinq ans, prévoit un débarquement obligatoire d'une partie des captures dans les ports mauritaniens et la création d'une commission mixte de suivi. Les pêcheurs de Saint-Louis saluent la fin d'une longue attente.",
     [T], "Fisheries agreement between two states is a treaty."),
    ("fr-p2", "Le Tchad renforce son dispositif militaire à la frontière soudanaise",
     "N'Djamena a dépêché plusieurs centaines de militaires supplémentaires dans la province du Ouaddaï, à la frontière avec le Soudan, après des incursions de groupes armés, selon l'état-major tchadien. Blindés légers et pick-up armés ont été positionnés autour d'Adré. Le ministre de la Défense a assuré que ces renforts resteraient sur place « aussi longtemps que nécessaire ».",
     [R], "Army reinforcements sent to the country's own border count as troops."),
    ("fr-p3", "Paris cède des véhicules blindés à l'armée béninoise",
     "La France a remis la semaine dernière à l'armée béninoise une vingtaine de véhicules blindés de reconnaissance ainsi que des drones tactiques, dans le cadre de son soutien à la lutte contre les groupes jihadistes dans le nord du pays, rapporte Jeune Afrique. Cotonou précise que ce matériel, offert à titre gracieux, sera déployé dans le parc de la Pendjari.",
     [M], "Donation of military equipment from one state to another."),
    ("fr-p4", "Ottawa et Abidjan signent un accord de coopération en matière de défense",
     "Le Canada et la Côte d'Ivoire ont paraphé à Abidjan un accord de coopération militaire qui prévoit la fourniture de drones de surveillance et de radars portables aux forces armées ivoiriennes, ainsi que l'accueil de cadets ivoiriens au Collège militaire royal de Kingston. Le texte doit encore être ratifié par le Parlement ivoirien, a précisé la ministre canadienne de passage en Afrique de l'Ouest.",
     [T, M], "Interstate defence agreement providing equipment and training of foreign cadets at home."),
    ("fr-p5", "Le Burundi rapatrie son contingent déployé en RDC",
     "Bujumbura a entamé le retrait des soldats burundais engagés dans l'est de la République démocratique du Congo, a confirmé dimanche le porte-parole de l'armée. Un premier bataillon a franchi la frontière à Gatumba, et le reste du contingent doit regagner le pays d'ici la fin du mois. Le départ intervient après plusieurs semaines de tensions avec Kinshasa.",
     [R], "Withdrawal of a state's soldiers deployed abroad counts as troops."),
    ("fr-p6", "Avignon : une troupe burkinabè triomphe dans le off",
     "La troupe ouagalaise Les Griots du Kadiogo fait salle comble chaque soir au Théâtre des Halles avec une adaptation de Soundjata. Les onze comédiens, qui jouent pour la première fois en France, ont vu leur spectacle prolongé d'une semaine. Le sujet de l'exil, traité avec humour, séduit un public venu en nombre malgré la chaleur.",
     [], "Near-miss: theatre 'troupe' and the participle 'traité' are traps for troops/treaty."),
    ("fr-p7", "Un chantier naval breton décroche un contrat de patrouilleurs au Sénégal",
     "Le constructeur Piriou a signé avec la Marine sénégalaise un contrat portant sur trois patrouilleurs côtiers, a annoncé l'entreprise de Concarneau. Le montant n'a pas été communiqué, mais la commande, financée sur le budget de l'État sénégalais, assurera deux ans de charge au chantier. Les premiers navires doivent être livrés à Dakar en 2027.",
     [], "Near-miss: commercial sale by a firm, bought by the state itself; not a treaty nor military assistance."),
    ("fr-p8", "Mayotte : 300 policiers et gendarmes mobiles supplémentaires attendus",
     "Le ministère de l'Intérieur va envoyer 300 membres des forces de l'ordre en renfort à Mayotte pour faire face à la recrudescence des violences urbaines à Mamoudzou, a annoncé la préfecture. Ces effectifs, composés de CRS et d'escadrons de gendarmerie mobile, arriveront par vols spéciaux la semaine prochaine.",
     [], "Near-miss: police/public-order forces sent within the country are not troops."),

    # ---------------- de ----------------
    ("de-p1", "Österreich und Slowenien unterzeichnen Staatsvertrag zur Mur",
     "Wien und Ljubljana haben am Mittwoch einen Staatsvertrag über die gemeinsame Nutzung der Grenzmur unterzeichnet. Das Abkommen regelt den Hochwasserschutz, die Restwassermengen und den Bau eines gemeinsamen Kleinkraftwerks bei Bad Radkersburg. Nach Angaben des Außenministeriums muss der Nationalrat den Vertrag noch genehmigen; in Slowenien ist die Ratifizierung für den Herbst geplant.",
     [T], "Interstate treaty on a border river signed."),
    ("de-p2", "Ungarn will 200 Soldaten in den Tschad schicken",
     "Die ungarische Regierung hat die Entsendung von rund 200 Soldaten in den Tschad beschlossen. Das Kontingent soll ab dem Frühjahr in N'Djamena stationiert werden und nach Angaben des Verteidigungsministeriums in Budapest zur Stabilisierung der Sahelzone beitragen. Die Opposition kritisierte, das Parlament sei zu spät eingebunden worden.",
     [R], "Government decision to deploy soldiers abroad."),
    ("de-p3", "Berlin liefert Flugabwehrsysteme an die Republik Moldau",
     "Die Bundesregierung stellt der Republik Moldau zwei mobile Flugabwehrsysteme sowie Radargeräte zur Luftraumüberwachung zur Verfügung. Die Ausrüstung im Wert von rund 40 Millionen Euro werde aus dem Ertüchtigungsprogramm finanziert, teilte das Verteidigungsministerium mit. Chișinău hatte nach wiederholten Drohnenabstürzen auf seinem Gebiet um Unterstützung gebeten.",
     [M], "Government-funded delivery of air-defence equipment to another state."),
    ("de-p4", "Dänische Ausbilder sollen lettische Armee schulen",
     "Dänemark und Lettland haben in Riga ein Abkommen über eine engere Verteidigungszusammenarbeit unterzeichnet. Danach schickt Kopenhagen ab dem Sommer etwa 60 Militärausbilder nach Ādaži, um lettische Infanteristen an neuen Panzerabwehrwaffen auszubilden, die Dänemark zugleich überlässt. Das Abkommen läuft zunächst fünf Jahre.",
     [T, R, M], "Interstate defence agreement; trainers sent abroad (troops + assistance) and weapons handed over."),
    ("de-p5", "Kirgistan setzt Wasserabkommen mit Usbekistan aus",
     "Bischkek hat ein zwischenstaatliches Abkommen über die Verteilung des Wassers aus dem Toktogul-Stausee vorläufig ausgesetzt. Die usbekische Seite habe die vereinbarten Stromlieferungen im Winter nicht erbracht, begründete das kirgisische Energieministerium den Schritt. Taschkent sprach von einem Vertragsbruch und rief zu Verhandlungen auf.",
     [T], "Suspension of an interstate water agreement."),
    ("de-p6", "Verdi und Arbeitgeber einigen sich auf neuen Tarifvertrag",
     "Nach drei Verhandlungsrunden haben sich die Gewerkschaft Verdi und die kommunalen Arbeitgeber in Potsdam auf einen neuen Tarifvertrag geeinigt. Die Beschäftigten erhalten in zwei Stufen insgesamt 5,8 Prozent mehr Lohn, die Laufzeit beträgt 24 Monate. Beide Seiten sprachen von einem tragfähigen Kompromiss; die Mitglieder müssen dem Vertrag noch zustimmen.",
     [], "Near-miss: collective employment contract, not an interstate treaty."),
    ("de-p7", "Zirkustruppe aus der Mongolei gastiert in Leipzig",
     "Eine Artistentruppe aus Ulaanbaatar zeigt ab Freitag im Leipziger Krystallpalast ihre Show mit Kontorsion und Pferdeakrobatik. Die 25 Künstlerinnen und Künstler sind zum ersten Mal in Deutschland unterwegs. Karten für die Premiere sind bereits ausverkauft, weitere Vorstellungen folgen in Dresden und Chemnitz.",
     [], "Near-miss: circus 'Truppe' is not military troops."),
    ("de-p8", "Rüstungsfirma verkauft Schützenpanzer nach Ungarn",
     "Der Düsseldorfer Rüstungskonzern hat einen Folgeauftrag aus Ungarn über weitere 50 Schützenpanzer vom Typ Lynx erhalten. Die Fahrzeuge werden im Werk Zalaegerszeg gefertigt und vom ungarischen Staat aus dem eigenen Verteidigungshaushalt bezahlt. Die Aktie des Unternehmens legte nach der Mitteilung um drei Prozent zu.",
     [], "Near-miss: commercial arms sale by a firm and a state's own purchase are not military assistance."),

    # ---------------- es ----------------
    ("es-p1", "Paraguay y Brasil cierran la revisión del Anexo C de Itaipú",
     "Los cancilleres de Paraguay y Brasil firmaron en Asunción el acuerdo que pone fin a la revisión del Anexo C del Tratado de Itaipú, que fija las condiciones de venta de la energía de la represa binacional. El nuevo texto establece una tarifa escalonada hasta 2030 y debe ser aprobado por los congresos de ambos países, informó la agencia EFE.",
     [T], "Renegotiation of an interstate treaty annex."),
    ("es-p2", "Ecuador despliega militares en la frontera norte",
     "El Gobierno ecuatoriano envió unos 1.500 efectivos de las Fuerzas Armadas a las provincias de Carchi y Sucumbíos, en la frontera con Colombia, para frenar el contrabando de combustible y la actividad de grupos armados, informó el Comando Conjunto. Los uniformados instalarán puestos de control en pasos irregulares del río San Miguel durante al menos tres meses.",
     [R], "Armed forces deployed to the state's own border."),
    ("es-p3", "España donará vehículos blindados al ejército de Mauritania",
     "El Ministerio de Defensa español entregará a las Fuerzas Armadas de Mauritania una partida de vehículos blindados, equipos de comunicaciones y visores nocturnos para reforzar el control de la frontera con Malí, según fuentes del departamento. La donación se enmarca en la cooperación bilateral y se completará con cursos para oficiales mauritanos en la Academia de Zaragoza.",
     [M], "State donation of military equipment plus training of foreign officers at home."),
    ("es-p4", "Instructores del Ejército argentino entrenarán a tropas paraguayas",
     "Un grupo de 35 instructores del Ejército Argentino viajará a Paraguay para capacitar a unidades de infantería en operaciones en zonas selváticas, anunció el Ministerio de Defensa en Buenos Aires. La misión durará seis semanas y se desarrollará en el Chaco paraguayo, donde los militares argentinos también entregarán equipos de visión nocturna.",
     [R, M], "Military trainers sent abroad count as troops and military assistance."),
    ("es-p5", "El Congreso peruano autoriza el ingreso de militares estadounidenses",
     "El pleno del Congreso de Perú aprobó el ingreso al país de 180 efectivos de las Fuerzas Armadas de Estados Unidos, que participarán en actividades de cooperación en el Vraem entre junio y diciembre. La autorización se dio en el marco del convenio bilateral de cooperación en defensa vigente entre ambos países, recordó la Cancillería.",
     [T, R], "Foreign soldiers authorised to be stationed, under an invoked bilateral defence agreement."),
    ("es-p6", "La tropa de Simeone resiste en Mestalla",
     "El Atlético de Madrid arrancó un empate sin goles en Mestalla gracias a una defensa ordenada y a las paradas de su portero. La tropa de Simeone, que llegaba con varias bajas, cerró filas en la segunda parte y se mantiene tercera en la tabla. El técnico argentino elogió el sacrificio de sus jugadores y el trabajo del cuerpo técnico.",
     [], "Near-miss: figurative 'tropa' for a football team."),
    ("es-p7", "El delantero, tratado de una lesión, renueva su contrato con el Betis",
     "El Real Betis anunció la renovación del contrato de su delantero hasta 2028. El jugador, que fue tratado por una rotura fibrilar en el muslo durante las últimas semanas, firmó el acuerdo en la ciudad deportiva Luis del Sol. El club destacó que la nueva cláusula de rescisión asciende a 60 millones de euros.",
     [], "Near-miss: the participle 'tratado' and a sports contract are not treaties."),
    ("es-p8", "Aviones de la Fuerza Aérea Mexicana llevan ayuda humanitaria a Cuba",
     "Dos aviones de la Fuerza Aérea Mexicana aterrizaron en Santiago de Cuba con 40 toneladas de víveres, medicinas y plantas potabilizadoras para los damnificados del huracán, informó la Secretaría de Relaciones Exteriores. Las autoridades cubanas agradecieron el envío, que se suma a la ayuda llegada desde otros países de la región.",
     [], "Near-miss: humanitarian aid flown by an air force is not military assistance."),

    # ---------------- it ----------------
    ("it-p1", "Italia e Tunisia, il Parlamento ratifica l'accordo sulla piattaforma continentale",
     "La Camera ha approvato in via definitiva la legge di ratifica dell'accordo tra Italia e Tunisia sulla delimitazione della piattaforma continentale nel Canale di Sicilia. L'intesa, firmata a Tunisi due anni fa, aggiorna la linea di confine fissata negli anni Settanta e disciplina la ricerca di idrocarburi nelle aree contese. Il testo passa ora alla firma del Capo dello Stato.",
     [T], "Ratification of an interstate maritime boundary agreement."),
    ("it-p2", "Roma cede due motovedette alla Marina tunisina",
     "L'Italia ha consegnato alla Marina militare tunisina due pattugliatori d'altura e un lotto di ricambi, nell'ambito del programma di sostegno alle forze armate del Paese nordafricano. La cerimonia si è svolta nel porto di La Goulette alla presenza del sottosegretario alla Difesa. Le unità, cedute a titolo gratuito, saranno impiegate nel pattugliamento delle coste.",
     [M], "Free transfer of naval vessels to another state's armed forces."),
    ("it-p3", "Kosovo, in partenza 300 alpini per rinforzare la KFOR",
     "Lo Stato maggiore della Difesa ha disposto l'invio in Kosovo di circa 300 alpini della brigata Julia, che andranno a rafforzare il contingente italiano della KFOR dopo le tensioni nel nord del Paese. I militari saranno schierati tra Mitrovica e Zubin Potok a partire dalla prossima settimana, ha reso noto il ministero.",
     [R], "Soldiers sent abroad to reinforce a contingent."),
    ("it-p4", "Accordo con Sofia, soldati italiani di stanza in Bulgaria",
     "Italia e Bulgaria hanno firmato a Sofia un'intesa tecnica che definisce lo status e il supporto logistico dei militari italiani che guideranno il gruppo tattico NATO nel Paese. In base al documento, fino a 750 uomini e donne delle forze armate italiane potranno essere dislocati nella base di Novo Selo, con turni semestrali.",
     [T, R], "Interstate status/logistics agreement and stationing of soldiers abroad."),
    ("it-p5", "Fondo europeo per la pace, 40 milioni alle forze armate mauritane",
     "Il Consiglio dell'Ue ha approvato una misura di assistenza da 40 milioni di euro a favore delle forze armate della Mauritania, finanziata dallo Strumento europeo per la pace. Il pacchetto comprende veicoli tattici, attrezzature per la sorveglianza delle frontiere e apparati di comunicazione, ha spiegato l'Alto rappresentante a Bruxelles.",
     [M], "EU assistance measure providing military equipment to a state."),
    ("it-p6", "Napoli, la truppa di Conte espugna Bergamo",
     "Il Napoli vince 2-1 sul campo dell'Atalanta e allunga in vetta. La truppa di Conte, sotto di un gol all'intervallo, ha ribaltato la partita con una doppietta del centravanti nel quarto d'ora finale. L'allenatore ha parlato di una squadra matura, capace di soffrire, e ha rinviato ogni discorso sullo scudetto.",
     [], "Near-miss: figurative 'truppa' for a football team."),
    ("it-p7", "Rinnovato il contratto dei metalmeccanici, il tema salari trattato al ministero",
     "Sindacati e Federmeccanica hanno firmato a Roma il rinnovo del contratto nazionale dei metalmeccanici, che prevede aumenti medi di 180 euro in tre anni. Il nodo delle retribuzioni era stato trattato a lungo anche al tavolo convocato dal ministero del Lavoro. L'accordo riguarda oltre un milione e mezzo di lavoratori.",
     [], "Near-miss: employment contract and participle 'trattato' are not treaties."),
    ("it-p8", "2 Giugno, la parata ai Fori Imperiali chiude con le Frecce Tricolori",
     "Migliaia di persone hanno assistito alla parata per la Festa della Repubblica lungo via dei Fori Imperiali. Hanno sfilato reparti dell'Esercito, della Marina, dell'Aeronautica e dei Carabinieri, seguiti dai mezzi della Protezione civile. Il sorvolo delle Frecce Tricolori ha chiuso la cerimonia, alla presenza del presidente della Repubblica.",
     [], "Near-miss: soldiers marching in a parade at home are not troops."),

    # ---------------- pt ----------------
    ("pt-p1", "Lisboa e Madrid revêem a Convenção de Albufeira",
     "Portugal e Espanha assinaram, na cimeira luso-espanhola de Faro, um protocolo que revê a Convenção de Albufeira sobre os rios partilhados. O novo texto fixa caudais mínimos diários para o Tejo e o Guadiana e cria um mecanismo de alerta para períodos de seca. O ministro do Ambiente disse à Lusa que o documento será submetido à Assembleia da República.",
     [T], "Revision of an interstate convention on shared rivers."),
    ("pt-p2", "Ruanda reforça contingente militar em Cabo Delgado",
     "O Ruanda enviou mais 600 militares para a província moçambicana de Cabo Delgado, elevando para cerca de quatro mil o número de efetivos no terreno, anunciou o porta-voz das Forças de Defesa ruandesas. Os reforços vão ser posicionados nos distritos de Macomia e Muidumbe, onde se registaram novos ataques de insurgentes nas últimas semanas.",
     [R], "Additional soldiers sent to another state."),
    ("pt-p3", "Brasil doa blindados Guarani ao Exército do Uruguai",
     "O governo brasileiro oficializou a doação de 12 viaturas blindadas Guarani ao Exército uruguaio, em cerimónia em Montevidéu com os ministros da Defesa dos dois países. A transferência inclui um lote de peças sobressalentes e apoio técnico à manutenção durante dois anos. Segundo Brasília, os veículos serão usados em missões de paz da ONU.",
     [M], "Donation of armoured vehicles from one state's government to another's army."),
    ("pt-p4", "Militares portugueses vão formar Forças Armadas são-tomenses",
     "Um destacamento de 25 militares portugueses parte este mês para São Tomé e Príncipe, onde vai dar formação à guarda costeira e ao exército são-tomense no âmbito da cooperação no domínio da defesa, informou o Estado-Maior-General das Forças Armadas. Os formadores vão permanecer seis meses no arquipélago.",
     [R, M], "Trainers sent abroad count as troops and military assistance."),
    ("pt-p5", "Angola e Índia assinam acordo de cooperação técnico-militar",
     "Os governos de Angola e da Índia assinaram em Luanda um acordo de cooperação técnico-militar que prevê a entrega de patrulheiros e de equipamento de comunicações às Forças Armadas Angolanas, bem como vagas para oficiais angolanos em academias indianas. O acordo entra em vigor após a ratificação pelo parlamento angolano, disse a ministra da Defesa.",
     [T, M], "Interstate defence cooperation agreement with equipment deliveries."),
    ("pt-p6", "Avançado tratado no hospital renova contrato com o Sporting",
     "O avançado do Sporting, que foi tratado no hospital após um choque de cabeças no último jogo, assinou esta quinta-feira a renovação de contrato até 2029. O clube de Alvalade comunicou à CMVM que a cláusula de rescisão passa para 80 milhões de euros. O jogador deverá voltar aos treinos na próxima semana.",
     [], "Near-miss: 'tratado' participle and a football contract are not a treaty."),
    ("pt-p7", "Trupe de circo cabo-verdiana encanta o público do Porto",
     "A trupe cabo-verdiana de novo circo que se estreou no Coliseu do Porto esgotou as três sessões previstas. Os doze acrobatas e músicos misturam malabarismo, funaná e teatro físico num espetáculo sobre a emigração. A companhia segue agora em digressão por Braga, Coimbra e Lisboa.",
     [], "Near-miss: circus 'trupe' is not military troops."),
    ("pt-p8", "Força Nacional de Segurança é enviada ao Amazonas",
     "O Ministério da Justiça autorizou o envio de 150 agentes da Força Nacional de Segurança Pública para Manaus, depois de uma série de ataques de facções criminosas a autocarros e edifícios públicos. Os policiais vão apoiar a Polícia Militar do Amazonas durante 90 dias, segundo portaria publicada no Diário Oficial.",
     [], "Near-miss: a national police force (even called 'Força') is not troops."),

    # ---------------- pl ----------------
    ("pl-p1", "Polska i Słowacja podpisały umowę o nowym moście granicznym",
     "Ministrowie spraw zagranicznych Polski i Słowacji podpisali w Nowym Sączu umowę międzyrządową o budowie i utrzymaniu mostu na Popradzie w rejonie Piwnicznej. Dokument określa też zasady korekty granicy państwowej na odcinku około 200 metrów. Umowa wymaga jeszcze ratyfikacji przez parlamenty obu krajów, poinformowała PAP.",
     [T], "Intergovernmental border/bridge agreement between two states."),
    ("pl-p2", "Kolejni żołnierze skierowani na granicę z Białorusią",
     "Dowództwo Operacyjne poinformowało, że na Podlasie skierowano dodatkowo 2 tys. żołnierzy Wojsk Lądowych i Wojsk Obrony Terytorialnej. Mają wspierać ochronę odcinka granicy w rejonie Białowieży i Dubicz Cerkiewnych, gdzie w ostatnich dniach wzrosła liczba prób nielegalnego przekroczenia. Wojskowi pozostaną tam co najmniej do końca kwartału.",
     [R], "Soldiers sent to the state's own border count as troops."),
    ("pl-p3", "Polska przekaże Mołdawii sprzęt dla armii",
     "Rada Ministrów zdecydowała o nieodpłatnym przekazaniu Mołdawii partii sprzętu wojskowego, w tym moździerzy, amunicji i radiostacji, z zasobów Agencji Uzbrojenia. Jak przekazał wiceminister obrony, dostawy ruszą jeszcze w tym miesiącu. Kiszyniów od miesięcy zabiegał o wsparcie w modernizacji swoich niewielkich sił zbrojnych.",
     [M], "Free transfer of military equipment from one state to another."),
    ("pl-p4", "Czeski kontyngent stanie w Polsce. Jest porozumienie",
     "Polska i Czechy podpisały w Warszawie porozumienie techniczne o stacjonowaniu czeskiego kontyngentu wojskowego na terytorium RP. Na jego mocy około 300 czeskich żołnierzy z jednostkami przeciwlotniczymi ma zostać rozmieszczonych w okolicach Rzeszowa. Umowa reguluje także kwestie logistyki, zakwaterowania i jurysdykcji.",
     [T, R], "Interstate status/logistics agreement and foreign soldiers stationed."),
    ("pl-p5", "Polscy instruktorzy wyjadą do Gruzji",
     "Grupa 20 instruktorów z Wojsk Specjalnych poleci do Gruzji, by szkolić tamtejsze oddziały w zakresie działań górskich i medycyny pola walki, poinformowało MON. Misja szkoleniowa potrwa cztery miesiące i odbędzie się w ośrodku Krtsanisi pod Tbilisi. Strona polska przekaże też gruzińskim żołnierzom sprzęt łączności.",
     [R, M], "Trainers sent abroad count as troops and military assistance."),
    ("pl-p6", "Trupa teatralna z Wilna gościnnie w Krakowie",
     "Polska trupa teatralna z Wilna wystąpi w przyszłym tygodniu na deskach Teatru Słowackiego z inscenizacją Dziadów. Aktorzy, którzy na co dzień grają dla polskiej mniejszości na Litwie, przyjeżdżają do Krakowa po raz pierwszy od dziesięciu lat. Bilety rozeszły się w ciągu jednego dnia.",
     [], "Near-miss: theatre 'trupa' is not troops."),
    ("pl-p7", "MON zamawia kolejne Borsuki w Hucie Stalowa Wola",
     "Agencja Uzbrojenia podpisała z Hutą Stalowa Wola umowę wykonawczą na dostawę kolejnych bojowych wozów piechoty Borsuk dla polskiej armii. Kontrakt o wartości kilku miliardów złotych przewiduje dostawy w latach 2026–2029. Wiceminister obrony podkreślił, że zamówienie wzmocni krajowy przemysł zbrojeniowy.",
     [], "Near-miss: a state's own purchase from a domestic firm is neither treaty nor military assistance."),
    ("pl-p8", "Dodatkowe siły policji i Straży Granicznej na przejściach",
     "Komenda Główna Policji skierowała do województwa lubelskiego dodatkowe siły prewencji, które wraz z funkcjonariuszami Straży Granicznej mają usprawnić ruch na przejściach granicznych z Ukrainą w Dorohusku i Hrebennem. Wzmocnienie potrwa do końca wakacji, gdy kolejki ciężarówek sięgają kilkudziesięciu kilometrów.",
     [], "Near-miss: police 'forces' and border guards are not troops."),

    # ---------------- nl ----------------
    ("nl-p1", "Nederland en België tekenen verdrag over grenscorrectie bij de Maas",
     "Nederland en België hebben in Maastricht een verdrag ondertekend waarmee een stuk van de rijksgrens langs de Maas bij Eijsden wordt aangepast aan de huidige loop van de rivier. Enkele onbewoonde schiereilandjes wisselen daardoor van land. Het verdrag moet nog door beide parlementen worden goedgekeurd, meldt het ministerie van Buitenlandse Zaken.",
     [T], "Interstate border treaty signed."),
    ("nl-p2", "Fregat Zr.Ms. Tromp vertrekt naar de Rode Zee",
     "Het luchtverdedigingsfregat Zr.Ms. Tromp is vanuit Den Helder vertrokken voor een inzet van vier maanden in de Rode Zee en de Golf van Aden. Het schip met ruim 200 bemanningsleden gaat koopvaardijschepen begeleiden die door aanvallen vanuit Jemen worden bedreigd, laat Defensie weten. De minister noemde de missie ‘noodzakelijk voor de vrije doorvaart’.",
     [R], "A warship deployed abroad counts as troops."),
    ("nl-p3", "Nederland schenkt Moldavië radars en pantservoertuigen",
     "Het kabinet stelt twintig miljoen euro beschikbaar om Moldavië te voorzien van luchtverkenningsradars en licht gepantserde voertuigen, heeft de minister van Defensie aan de Tweede Kamer geschreven. Het materieel komt deels uit Nederlandse voorraden. Chisinau vroeg eerder om steun nadat drones herhaaldelijk zijn luchtruim schonden.",
     [M], "Government donation of military equipment to another state."),
    ("nl-p4", "België sluit defensieakkoord met Benin en stuurt instructeurs",
     "België en Benin hebben in Cotonou een bilateraal defensieakkoord ondertekend. Als eerste stap stuurt Defensie een zestigtal militaire instructeurs naar het noorden van het land, waar ze Beninse eenheden opleiden in de strijd tegen jihadistische groepen. Brussel levert daarnaast nachtkijkers en drones aan het Beninse leger.",
     [T, R, M], "Interstate defence agreement; trainers sent abroad (troops + assistance) and equipment supplied."),
    ("nl-p5", "Suriname en Frankrijk praten weer over grensverdrag Marowijne",
     "Na jaren van stilstand hebben Suriname en Frankrijk de onderhandelingen hervat over een verdrag dat de grens langs de Marowijne definitief moet vastleggen. Een gemengde commissie kwam deze week in Paramaribo bijeen. Het geschil gaat vooral over een reeks eilanden in de rivier en over het gebied tussen de Lawa en de Litani, meldt de Ware Tijd.",
     [T], "Negotiation of an interstate border treaty."),
    ("nl-p6", "Bewoners ruimen troep op na zware storm in Zeeland",
     "In Vlissingen en Middelburg zijn bewoners zondag de hele dag bezig geweest met het opruimen van de troep die de storm heeft achtergelaten. Omgewaaide bomen, kapotte schuttingen en rondslingerend afval blokkeerden tal van straten. De gemeente zet extra vuilniswagens in en vraagt mensen grofvuil niet op de stoep te zetten.",
     [], "Near-miss: Dutch 'troep' meaning junk/mess is not troops."),
    ("nl-p7", "Bonden en werkgevers sluiten cao-akkoord voor de bouw",
     "Vakbonden en werkgevers in de bouw- en infrasector hebben na maanden onderhandelen een nieuwe cao afgesloten. Werknemers krijgen over twee jaar 7 procent meer loon en een extra vrije dag. Het akkoord, dat voor ruim 150.000 mensen geldt, wordt nog aan de leden voorgelegd. De werkgeversvereniging sprak van een evenwichtige overeenkomst.",
     [], "Near-miss: collective labour agreement, not an interstate treaty."),
    ("nl-p8", "Defensietoestel brengt hulpgoederen naar Jamaica",
     "Een transportvliegtuig van de Koninklijke Luchtmacht is vanaf Curaçao vertrokken met tenten, drinkwater en medische spullen voor slachtoffers van de orkaan op Jamaica. De hulpgoederen zijn ingezameld door het Rode Kruis en worden in Kingston overgedragen aan de lokale autoriteiten, aldus het ministerie van Buitenlandse Zaken.",
     [], "Near-miss: humanitarian aid flown by an air force is not military assistance."),
]


def build():
    recs = []
    for rid, title, body, rules, note in DATA:
        lang = rid.split("-")[0]
        recs.append({
            "id": rid, "language": lang, "title": title, "body": body,
            "rules": list(rules),
            "kind": "positive" if rules else "near-miss",
            "note": note,
        })
    return recs


def check(recs):
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(recs) == 8 * len(LANGS)
    keys = {"id", "language", "title", "body", "rules", "kind", "note"}
    for r in recs:
        assert set(r) == keys, r["id"]
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-p"), r["id"]
        assert all(isinstance(r[k], str) and r[k].strip() for k in keys - {"rules"}), r["id"]
        assert '"' not in r["title"], r["id"]
        assert isinstance(r["rules"], list)
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert set(r["rules"]) <= RULES, r["id"]
        assert r["kind"] in ("positive", "near-miss")
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        n = len(r["body"])
        if r["language"] in ("zh", "ja"):
            assert 120 <= n <= 400, (r["id"], n)
        else:
            assert 250 <= n <= 800, (r["id"], n)
    for lang in LANGS:
        lr = [r for r in recs if r["language"] == lang]
        assert sorted(r["id"] for r in lr) == sorted(f"{lang}-p{i}" for i in range(1, 9)), lang
        pos = [r for r in lr if r["kind"] == "positive"]
        assert len(pos) == 5, lang
        assert len(lr) - len(pos) == 3, lang
        for rule in RULES:
            assert any(rule in r["rules"] for r in pos), (lang, rule)


def main():
    recs = build()
    check(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    check(back)
    counts = {k: sum(k in r["rules"] for r in back) for k in sorted(RULES)}
    print(f"wrote {len(back)} records to {OUT}; per-rule positives: {counts}")


if __name__ == "__main__":
    main()
