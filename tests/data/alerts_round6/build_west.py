#!/usr/bin/env python3
"""Round 6 (west) hand-labelled evaluation set for the newsmon keyword-alert stage.

Articles and labels are plain data below. Running this script writes west.jsonl
next to it and checks the records. Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "west.jsonl")

LANGS = ["en", "fr", "de", "es", "it", "pt", "pl", "nl"]
RULES = {"treaty", "troops", "military_assistance"}

T = "treaty"
TR = "troops"
MA = "military_assistance"

ARTICLES = [
    # ------------------------------------------------------------------ en
    {
        "id": "en-w1", "language": "en",
        "title": "Paraguay and Bolivia seal Pilcomayo water-sharing pact",
        "body": "ASUNCIÓN — Paraguay and Bolivia on Tuesday signed a binational agreement governing how water from the silt-choked Pilcomayo river is shared between the two countries, ending nearly a decade of on-off talks. The accord, initialled by both foreign ministers at a ceremony in Asunción, commits each side to dredge its own stretch of the channel and to share gauge readings in real time during the dry season. It still has to be ratified by both congresses. Ranchers in the Chaco, who lost thousands of cattle in the last drought, welcomed the text but said enforcement would be the real test.",
        "rules": [T], "kind": "positive",
        "note": "Binational water-sharing agreement between two states signed, pending ratification: treaty per the 'agreements on any subject' rule.",
    },
    {
        "id": "en-w2", "language": "en",
        "title": "Georgian dance troupe wraps up sell-out British tour",
        "body": "EDINBURGH — A Tbilisi folk dance troupe has wrapped up a 14-date British tour with a sold-out final night at the Usher Hall, where the 40-strong company drew a standing ovation for its sword dances. The troupe, which storms the stage in Caucasian military-style costume, has performed abroad since the 1960s. Its director said the ensemble had signed a deal with a London promoter for a return visit next year and was in talks over a recording contract. “We were treated like family everywhere we went,” she said.",
        "rules": [], "kind": "near-miss",
        "note": "Traps: 'troupe', military-style costume, 'signed a deal', 'treated'. A dance company and a commercial promoter deal, so no rule applies.",
    },
    {
        "id": "en-w3", "language": "en",
        "title": "Tajikistan rushes infantry and armour to Kyrgyz frontier after shootout",
        "body": "DUSHANBE — Tajikistan has moved several infantry companies and a column of armoured vehicles into the Isfara district, a day after a gunfight between border posts left two people dead, the defence ministry said on Thursday. Satellite images reviewed by independent analysts show tents and artillery pieces set up within a few kilometres of the disputed frontier. Kyrgyzstan accused Dushanbe of “deliberate escalation” and put its own units in the Batken region on high alert. Residents of nearby villages said they had seen lorries full of soldiers passing through overnight.",
        "rules": [TR], "kind": "positive",
        "note": "A state's army massed on its own border counts as troops. The border-post shootout alone (border guards) would not.",
    },
    {
        "id": "en-w4", "language": "en",
        "title": "Japan hands Manila coastal radars under security aid scheme",
        "body": "MANILA — Japan on Monday formally handed over five coastal surveillance radars to the Philippine Navy under Tokyo's Official Security Assistance programme, which allows Japan to give defence equipment to like-minded countries free of charge. The systems, worth about ¥2.4 billion, will be installed on Palawan and other islands facing the South China Sea. A Japanese embassy official said further grants, possibly including maritime patrol drones, were under discussion for next year. China's foreign ministry called the transfer “an attempt to stir up tension in the region”.",
        "rules": [MA], "kind": "positive",
        "note": "Free transfer of defence equipment from one state to another state's navy: military assistance. No treaty or deployment mentioned.",
    },
    {
        "id": "en-w5", "language": "en",
        "title": "Hartley extends Tranmere stay as manager rallies his troops",
        "body": "Striker Callum Hartley has signed a two-year contract extension with Tranmere Rovers, ending weeks of speculation about a move to a Championship club. The 27-year-old, who was treated for a hamstring strain last month, is expected to return for Saturday's derby. His manager said after training that he had “rallied the troops” following three straight defeats, adding that the dressing room had made a pact to “fight for every ball until May”. The club also confirmed a new kit deal with a local sportswear firm.",
        "rules": [], "kind": "near-miss",
        "note": "Figurative 'troops' (a football squad), a player's contract, a dressing-room 'pact' and 'treated' for injury. No state action, so no rule applies.",
    },
    {
        "id": "en-w6", "language": "en",
        "title": "Norway to send army instructors to Moldova under new defence accord",
        "body": "OSLO — Norway will send a team of around 40 army instructors to Moldova early next year to train Moldovan infantry in counter-drone tactics and winter operations, after the two countries signed a defence cooperation agreement in Chișinău on Friday. The accord also covers the donation of night-vision goggles and field radios from Norwegian army stocks, worth some 150 million kroner. Moldova's defence minister said the package would help modernise “a small army that has never had the luxury of modern kit”. Oslo stressed that the instructors would not take part in any operations.",
        "rules": [T, TR, MA], "kind": "positive",
        "note": "Interstate defence agreement signed (treaty); instructors sent abroad (troops and military assistance); donated equipment (military assistance).",
    },
    {
        "id": "en-w7", "language": "en",
        "title": "Australian air force plane lands in Tonga with cyclone relief",
        "body": "NUKU'ALOFA — A Royal Australian Air Force C-130 Hercules landed in Tonga's capital on Saturday carrying water purification units, tarpaulins, hygiene kits and generators for communities battered by Cyclone Mele. Canberra also announced A$5 million in emergency financial aid and a concessional loan to rebuild the wharf at Neiafu. Tonga's prime minister thanked Australia for “standing with us in our hour of need”. The aircraft flew back to Amberley the same evening; further flights will depend on the state of the runway at Vava'u.",
        "rules": [], "kind": "near-miss",
        "note": "Humanitarian relief flown by an air force plus financial aid: explicitly not military assistance, and no troops are deployed.",
    },
    {
        "id": "en-w8", "language": "en",
        "title": "Fiji lawmakers ratify forces agreement paving way for New Zealand rotations",
        "body": "SUVA — Fiji's parliament on Wednesday ratified a status-of-forces agreement with New Zealand, clearing the way for New Zealand Defence Force personnel to be based at the Black Rock camp near Nadi on a rotating basis from mid-2026. Under the arrangement, up to 120 New Zealand soldiers and military engineers at a time would be stationed in Fiji and remain subject to Fijian law for offences committed off duty. Opposition members argued the pact chipped away at sovereignty, but the bill passed by 34 votes to 16. Wellington said the first contingent would mostly carry out engineering work on the camp itself.",
        "rules": [T, TR], "kind": "positive",
        "note": "Status-of-forces agreement ratified (treaty) and planned stationing of another state's soldiers announced (troops).",
    },
    # ------------------------------------------------------------------ fr
    {
        "id": "fr-w1", "language": "fr",
        "title": "Fret ferroviaire : l'accord entre Fret Rhône et NordLog sera traité à Bruxelles",
        "body": "PARIS — Le rapprochement entre le transporteur ferroviaire Fret Rhône et le logisticien allemand NordLog a franchi une étape lundi avec la signature d'un accord-cadre entre les deux entreprises. Le dossier sera traité par la Commission européenne, qui dispose de vingt-cinq jours ouvrés pour se prononcer sur les questions de concurrence. Les syndicats réclament des garanties sur les contrats de travail des 2 300 salariés concernés. « Le volet social n'a pas été traité sérieusement », dénonce un délégué CGT, qui promet une mobilisation dans les gares de triage.",
        "rules": [], "kind": "near-miss",
        "note": "Traps: participle 'traité' and an 'accord-cadre' between two companies reviewed by the EU Commission. No agreement between states.",
    },
    {
        "id": "fr-w2", "language": "fr",
        "title": "Pêche : Dakar et Nouakchott renouvellent leur protocole d'accord",
        "body": "NOUAKCHOTT — Le Sénégal et la Mauritanie ont signé lundi à Nouakchott un nouveau protocole d'accord sur la pêche, qui permettra à 500 pirogues sénégalaises de travailler dans les eaux mauritaniennes pendant cinq ans. Le texte, paraphé par les deux ministres des Pêches, prévoit le débarquement obligatoire d'une partie des captures dans les ports mauritaniens et un quota annuel de 50 000 tonnes de petits pélagiques. À Guet Ndar, le quartier des pêcheurs de Saint-Louis, on attendait ce renouvellement depuis l'expiration de l'ancien accord, en février.",
        "rules": [T], "kind": "positive",
        "note": "Fisheries protocol signed between two states: treaty under the 'agreements on any subject' rule.",
    },
    {
        "id": "fr-w3", "language": "fr",
        "title": "Le Tchad renforce son dispositif militaire à la frontière soudanaise",
        "body": "N'DJAMENA — L'armée tchadienne a dépêché plusieurs centaines d'hommes et une trentaine de pick-up armés vers Adré, dans l'est du pays, après des incursions de groupes armés venus du Darfour, a indiqué mercredi l'état-major. Ces renforts doivent sécuriser les axes empruntés par les réfugiés et les camps installés à proximité de la frontière. « Aucune violation de notre territoire ne sera tolérée », a martelé le porte-parole du gouvernement. Des sources humanitaires s'inquiètent toutefois d'une militarisation de la zone, où vivent plus de 600 000 déplacés.",
        "rules": [TR], "kind": "positive",
        "note": "Army reinforcements sent to the state's own border count as troops, even though the word 'troupes' never appears.",
    },
    {
        "id": "fr-w4", "language": "fr",
        "title": "Une troupe de cirque lyonnaise part en tournée en Amérique latine",
        "body": "LYON — La troupe de cirque contemporain Les Funambules du Rhône s'envole la semaine prochaine pour une tournée de deux mois au Chili, en Argentine et en Uruguay. Les quinze acrobates et musiciens y présenteront « Garde-à-vous », un spectacle qui détourne avec humour les codes de l'armée : uniformes, saluts et marche au pas. Avant le départ, la compagnie jouera le 14 juillet à Paris, quelques heures après le traditionnel défilé militaire sur les Champs-Élysées. « On a même croisé des légionnaires en pleine répétition », s'amuse sa directrice.",
        "rules": [], "kind": "near-miss",
        "note": "Traps: circus 'troupe', army parody, soldiers rehearsing for the national parade at home. None of these is a troop deployment.",
    },
    {
        "id": "fr-w5", "language": "fr",
        "title": "La Belgique cède des drones de surveillance à l'armée béninoise",
        "body": "COTONOU — La Belgique a remis jeudi aux Forces armées béninoises un lot de six drones de reconnaissance et du matériel de transmission, destinés aux unités engagées dans le nord du pays face aux incursions djihadistes. Ce don, évalué à 4,5 millions d'euros, s'ajoute au soutien déjà apporté par l'Union européenne aux forces de défense du Bénin. Le chef d'état-major béninois a salué « un appui concret », au moment où les attaques se multiplient le long des frontières avec le Niger et le Burkina Faso.",
        "rules": [MA], "kind": "positive",
        "note": "Donation of military drones and signals equipment by one state to another state's armed forces: military assistance.",
    },
    {
        "id": "fr-w6", "language": "fr",
        "title": "Abidjan ratifie son accord de coopération de défense avec Ottawa",
        "body": "ABIDJAN — L'Assemblée nationale ivoirienne a autorisé mardi la ratification de l'accord de coopération en matière de défense conclu l'an dernier avec le Canada. Le texte prévoit notamment l'accueil chaque année d'une vingtaine d'officiers ivoiriens dans les écoles militaires canadiennes de Kingston et de Saint-Jean-sur-Richelieu, ainsi que la fourniture par Ottawa de matériel de déminage et d'équipements de communication aux forces armées ivoiriennes. Le ministre de la Défense a défendu devant les députés « un partenariat qui diversifie nos appuis ».",
        "rules": [T, MA], "kind": "positive",
        "note": "Ratification of an interstate defence agreement (treaty); foreign officers trained at home and equipment supplied (military assistance). No troops sent abroad.",
    },
    {
        "id": "fr-w7", "language": "fr",
        "title": "Rabat envoie des instructeurs former les forces spéciales gabonaises",
        "body": "LIBREVILLE — Une trentaine d'instructeurs des Forces armées royales marocaines sont arrivés cette semaine au Gabon pour une mission de formation de six mois au profit d'un bataillon de forces spéciales gabonaises, a annoncé l'état-major à Libreville. Les militaires marocains dispenseront des modules de tir, de combat en zone urbaine et de secourisme au combat. Rabat fournira également des véhicules tactiques et des gilets pare-balles. Cette coopération illustre la montée en puissance de la diplomatie militaire marocaine en Afrique centrale.",
        "rules": [TR, MA], "kind": "positive",
        "note": "Military trainers sent abroad (troops and military assistance) plus vehicles and body armour supplied (military assistance).",
    },
    {
        "id": "fr-w8", "language": "fr",
        "title": "Incendies au Portugal : des sapeurs-pompiers français en renfort",
        "body": "NÎMES — Une colonne de 120 sapeurs-pompiers venus du Var, du Gard et de l'Hérault, ainsi que deux avions bombardiers d'eau de la Sécurité civile, ont décollé dimanche pour le centre du Portugal, où une trentaine de foyers restent actifs. Lisbonne avait demandé samedi des renforts à ses voisins européens. Sur place, les forces de l'ordre portugaises ont évacué plusieurs villages autour de Pedrógão Grande. Les soldats du feu français devraient rester au moins une semaine, selon la préfecture de zone.",
        "rules": [], "kind": "near-miss",
        "note": "Traps: firefighters ('soldats du feu') sent abroad and police called 'forces de l'ordre'. Neither counts as troops, and no agreement is invoked.",
    },
    # ------------------------------------------------------------------ de
    {
        "id": "de-w1", "language": "de",
        "title": "Bundesheer stockt Kontingent in Bosnien-Herzegowina auf",
        "body": "WIEN — Österreich schickt weitere 150 Soldatinnen und Soldaten zur EU-Mission EUFOR Althea nach Bosnien-Herzegowina. Das gab das Verteidigungsministerium am Dienstag bekannt. Die zusätzlichen Kräfte, überwiegend Jäger aus Kärnten und der Steiermark, sollen Anfang März nach Sarajevo verlegt werden und das bereits dort stationierte Kontingent auf rund 450 Personen verstärken. Hintergrund sind die zunehmenden Spannungen in der Republika Srpska. Die Opposition verlangte eine rasche Befassung des Hauptausschusses im Nationalrat.",
        "rules": [TR], "kind": "positive",
        "note": "Soldiers sent abroad to reinforce a stationed contingent: troops.",
    },
    {
        "id": "de-w2", "language": "de",
        "title": "Freie Theatertruppe aus Leipzig bezieht alte Kaserne",
        "body": "LEIPZIG — Nach Jahren in wechselnden Hinterhöfen hat die freie Theatertruppe Die Grenzgänger ein festes Zuhause: Die Stadt überlässt dem Ensemble eine ehemalige Kaserne im Stadtteil Gohlis, der Mietvertrag läuft zunächst über zehn Jahre. Zur Eröffnung im Herbst zeigt die Truppe eine Bearbeitung von Brechts „Mutter Courage“, in der Soldaten aus Pappmaché über die Bühne ziehen. Außerdem haben drei Schauspielerinnen erstmals feste Arbeitsverträge unterschrieben – ein Novum in der freien Szene der Stadt.",
        "rules": [], "kind": "near-miss",
        "note": "Traps: 'Truppe' (theatre troupe), a former barracks, stage soldiers, a lease and employment contracts ('Vertrag'). No rule applies.",
    },
    {
        "id": "de-w3", "language": "de",
        "title": "Österreich und Slowenien besiegeln Abkommen über Grenzkraftwerk an der Mur",
        "body": "GRAZ — Österreich und Slowenien haben am Montag in Bad Radkersburg ein zwischenstaatliches Abkommen über den Bau und Betrieb eines gemeinsamen Wasserkraftwerks an der Grenzmur unterzeichnet. Der Vertrag regelt die Aufteilung des erzeugten Stroms zu gleichen Teilen, die Hochwasserschutzpflichten beider Seiten und den Umgang mit dem Naturschutzgebiet am Flussufer. Umweltverbände kündigten Widerstand an. Das Abkommen muss noch vom Nationalrat und von der slowenischen Staatsversammlung ratifiziert werden.",
        "rules": [T], "kind": "positive",
        "note": "Interstate agreement on a border river power plant signed: treaty.",
    },
    {
        "id": "de-w4", "language": "de",
        "title": "Deutschland übergibt Jordanien geschützte Minenräumfahrzeuge",
        "body": "AMMAN — Die Bundesregierung hat den jordanischen Streitkräften am Mittwoch zwölf geschützte Minenräumfahrzeuge sowie Ersatzteile und Schutzausrüstung übergeben. Die Lieferung im Wert von rund 18 Millionen Euro wird aus der Ertüchtigungsinitiative finanziert, mit der Berlin Partnerstaaten beim Aufbau ihrer Sicherheitskräfte unterstützt. Die Fahrzeuge sollen entlang der Grenze zu Syrien eingesetzt werden, wo Schmuggler immer wieder Sprengfallen legen. Der deutsche Botschafter sprach von einem „weiteren Baustein unserer sicherheitspolitischen Partnerschaft“.",
        "rules": [MA], "kind": "positive",
        "note": "Government-funded handover of military vehicles to another state's armed forces: military assistance.",
    },
    {
        "id": "de-w5", "language": "de",
        "title": "Großauftrag aus Budapest für Kasseler Fahrzeugbauer",
        "body": "KASSEL — Der nordhessische Fahrzeugbauer Hessler Defence hat von der ungarischen Beschaffungsbehörde einen Auftrag über 84 Radschützenpanzer erhalten. Der Vertrag hat ein Volumen von rund 640 Millionen Euro, die ersten Fahrzeuge sollen 2027 ausgeliefert werden. Budapest bezahlt die Beschaffung vollständig aus dem eigenen Verteidigungshaushalt. Für den Standort Kassel bedeutet der Auftrag Vollauslastung bis zum Ende des Jahrzehnts, sagte der Betriebsratsvorsitzende. Die Ausfuhrgenehmigung der Bundesregierung liegt bereits vor.",
        "rules": [], "kind": "near-miss",
        "note": "Arms sold by a firm and a state's own purchase, with a 'Vertrag' that is a commercial contract: not military assistance, not a treaty.",
    },
    {
        "id": "de-w6", "language": "de",
        "title": "Marinesoldaten nach Bergen: Berlin und Oslo unterzeichnen Stationierungsabkommen",
        "body": "BERLIN — Deutschland und Norwegen haben ein Regierungsabkommen unterzeichnet, das die dauerhafte Stationierung von rund 200 deutschen Marinesoldaten auf dem norwegischen Marinestützpunkt Haakonsvern bei Bergen ermöglicht. Von dort aus sollen ab 2029 die gemeinsam beschafften U-Boote der Klasse 212CD gewartet und eingesetzt werden. Das Abkommen regelt unter anderem Rechtsstatus, Steuerfragen und die Nutzung von Übungsgebieten. Der Bundestag muss dem Vertrag noch zustimmen.",
        "rules": [T, TR], "kind": "positive",
        "note": "Government agreement signed (treaty) providing for planned permanent stationing of sailors abroad (troops).",
    },
    {
        "id": "de-w7", "language": "de",
        "title": "Feierliches Gelöbnis vor dem Reichstag",
        "body": "BERLIN — Rund 400 Rekrutinnen und Rekruten haben am Sonntagabend vor dem Reichstagsgebäude ihr feierliches Gelöbnis abgelegt. Begleitet vom Stabsmusikkorps marschierten die jungen Soldaten des Wachbataillons über den Platz der Republik, Hunderte Angehörige verfolgten die Zeremonie. Am Rande demonstrierten einige Dutzend Menschen gegen die Pläne für eine neue Wehrpflicht. Für Gesprächsstoff sorgte zudem der neue Tarifvertrag für die zivilen Beschäftigten der Bundeswehr, den Verdi in der Vorwoche ausgehandelt hatte.",
        "rules": [], "kind": "near-miss",
        "note": "Soldiers marching at a home ceremony and a collective wage agreement ('Tarifvertrag'): not troops, not a treaty.",
    },
    {
        "id": "de-w8", "language": "de",
        "title": "Bundeswehr schickt Ausbilder nach Mauretanien",
        "body": "NOUAKCHOTT — Die Bundeswehr wird bis zu 60 Ausbilderinnen und Ausbilder nach Mauretanien entsenden, um dort Pioniere und Sanitätskräfte der mauretanischen Armee zu schulen. Grundlage ist eine am Donnerstag in Nouakchott unterzeichnete Vereinbarung zwischen den Verteidigungsministerien beider Länder. Zusätzlich stellt Berlin geländegängige Lkw, Sanitätsmaterial und ein mobiles Feldlazarett bereit. Mauretanien gilt als einer der letzten stabilen Partner des Westens im Sahel, nach dem Abzug aus Mali sucht die Bundesregierung dort neue Anknüpfungspunkte.",
        "rules": [T, TR, MA], "kind": "positive",
        "note": "Formal government-to-government agreement signed (treaty); trainers sent abroad (troops and military assistance); equipment supplied (military assistance).",
    },
    # ------------------------------------------------------------------ es
    {
        "id": "es-w1", "language": "es",
        "title": "Dos eléctricas sellan una alianza para producir hidrógeno verde en Teruel",
        "body": "ZARAGOZA — La eléctrica Energías del Ebro y la portuguesa Luso Verde firmaron ayer un acuerdo para construir una planta de hidrógeno verde en Andorra (Teruel), con una inversión de 400 millones de euros. El pacto entre ambas compañías prevé crear 250 empleos directos. El proyecto fue tratado en la última reunión del Consejo de Gobierno de Aragón, que lo declaró de interés autonómico. Los sindicatos reclaman que los nuevos contratos se rijan por el convenio colectivo del sector energético.",
        "rules": [], "kind": "near-miss",
        "note": "Company agreement ('acuerdo', 'pacto') across borders, participle 'tratado', collective 'convenio', and the town of Andorra (Teruel). No interstate treaty.",
    },
    {
        "id": "es-w2", "language": "es",
        "title": "Perú y Ecuador firman un convenio para gestionar juntos la cuenca del Zarumilla",
        "body": "TUMBES — Los cancilleres de Perú y Ecuador suscribieron este viernes en Tumbes un convenio binacional para la gestión conjunta de la cuenca del río Zarumilla, que marca la frontera entre ambos países en su tramo final. El acuerdo crea una comisión técnica permanente, fija caudales mínimos para la época seca y compromete a Lima y Quito a financiar a partes iguales la limpieza del cauce, cuyo desborde inundó hace dos años Aguas Verdes y Huaquillas. El texto deberá ser aprobado por el Congreso peruano y la Asamblea Nacional ecuatoriana.",
        "rules": [T], "kind": "positive",
        "note": "Binational river-basin agreement signed by two foreign ministers: treaty.",
    },
    {
        "id": "es-w3", "language": "es",
        "title": "Guatemala despliega 1.500 militares en la frontera con México",
        "body": "CIUDAD DE GUATEMALA — El Gobierno de Guatemala ordenó el despliegue de 1.500 efectivos del Ejército en los departamentos de Huehuetenango y San Marcos, fronterizos con México, tras una serie de enfrentamientos entre grupos criminales que obligaron a cientos de familias a huir. Los soldados, apoyados por vehículos blindados y dos helicópteros, instalarán puestos de control en los pasos no habilitados. El ministro de la Defensa aseguró que la presencia militar se mantendrá «el tiempo que sea necesario». Organizaciones de derechos humanos pidieron que la tropa no asuma tareas policiales.",
        "rules": [TR], "kind": "positive",
        "note": "Army deployed to the state's own border: troops.",
    },
    {
        "id": "es-w4", "language": "es",
        "title": "España entrega a Mauritania vehículos y visores nocturnos para sus patrullas",
        "body": "NUADIBÚ — El Ministerio de Defensa español entregó el martes al Ejército mauritano una partida de 25 vehículos todoterreno, equipos de visión nocturna y material de transmisiones valorada en seis millones de euros. La donación está destinada a las unidades que vigilan la frontera con Malí, donde las incursiones de grupos yihadistas se han multiplicado en el último año. El jefe del Estado Mayor mauritano agradeció a Madrid un apoyo que, dijo, «llega en el momento justo».",
        "rules": [MA], "kind": "positive",
        "note": "Donation of military equipment from one state's defence ministry to another state's army: military assistance.",
    },
    {
        "id": "es-w5", "language": "es",
        "title": "El Betis renueva a su capitán y el técnico arenga a su tropa antes del derbi",
        "body": "SEVILLA — El Real Betis anunció este miércoles la renovación de su capitán, el centrocampista Marcos Villalba, hasta 2028. El jugador, que fue tratado de una lesión muscular en octubre, se ha convertido en el líder indiscutible del vestuario verdiblanco. El entrenador celebró la firma y pidió a su tropa «salir a la guerra» en el derbi del domingo ante el Sevilla. «Este grupo ha firmado un pacto: aquí no se rinde nadie», advirtió en la rueda de prensa previa.",
        "rules": [], "kind": "near-miss",
        "note": "Figurative 'tropa' and 'guerra' in football, a player's contract renewal, a dressing-room 'pacto' and participle 'tratado': no rule applies.",
    },
    {
        "id": "es-w6", "language": "es",
        "title": "Colombia formará pilotos hondureños tras firmar un acuerdo de defensa",
        "body": "BOGOTÁ — Colombia y Honduras firmaron el lunes un acuerdo de cooperación en materia de defensa por el que la Fuerza Aeroespacial Colombiana formará cada año en sus escuelas a una docena de pilotos y técnicos de la Fuerza Aérea Hondureña. El convenio, rubricado por los ministros de Defensa de ambos países, contempla además la donación de dos helicópteros de instrucción y de repuestos para la flota hondureña. Tegucigalpa busca recuperar capacidades de vuelo perdidas tras años de recortes presupuestarios.",
        "rules": [T, MA], "kind": "positive",
        "note": "Interstate defence agreement signed (treaty); foreign pilots trained at home and helicopters donated (military assistance only, nobody sent abroad).",
    },
    {
        "id": "es-w7", "language": "es",
        "title": "Uruguay repliega su contingente de cascos azules del Congo",
        "body": "MONTEVIDEO — Los últimos 300 efectivos del Ejército uruguayo destinados en la misión de la ONU en la República Democrática del Congo emprendieron el regreso al país, lo que pone fin a más de dos décadas de presencia en la provincia de Kivu del Norte. El repliegue, coordinado con Naciones Unidas, se completará en diciembre con el traslado del material pesado por vía marítima. El Ministerio de Defensa Nacional señaló que Uruguay mantendrá su compromiso con las operaciones de paz y que estudia otros destinos para sus militares.",
        "rules": [TR], "kind": "positive",
        "note": "Withdrawal of a national peacekeeping contingent from abroad: troops.",
    },
    {
        "id": "es-w8", "language": "es",
        "title": "Un avión de la Fuerza Aérea Mexicana lleva ayuda humanitaria a Jamaica",
        "body": "CIUDAD DE MÉXICO — Un avión de la Fuerza Aérea Mexicana despegó ayer del aeropuerto de Santa Lucía rumbo a Kingston con 20 toneladas de víveres, agua embotellada, plantas potabilizadoras y medicinas para los damnificados del huracán. El Gobierno anunció además un fondo de ayuda económica de diez millones de dólares para reconstruir viviendas en la costa sur de la isla. La cancillería precisó que se trata exclusivamente de asistencia humanitaria y que la aeronave regresará en cuanto concluya la descarga.",
        "rules": [], "kind": "near-miss",
        "note": "Humanitarian cargo flown by an air force plus economic aid: not military assistance, and no forces are deployed.",
    },
    # ------------------------------------------------------------------ it
    {
        "id": "it-w1", "language": "it",
        "title": "Golfo di Guinea, la fregata Martinengo salpa per la missione antipirateria",
        "body": "LA SPEZIA — È salpata ieri dalla base navale della Spezia la fregata Federico Martinengo, diretta nel Golfo di Guinea per una missione di quattro mesi a tutela delle rotte commerciali e delle piattaforme energetiche al largo della Nigeria. A bordo oltre 200 militari, tra cui un nucleo di fucilieri della Brigata Marina San Marco, e un elicottero SH-90. La nave farà scalo ad Abidjan, Lomé e Lagos. Secondo lo Stato maggiore, nell'ultimo anno gli attacchi dei pirati nell'area sono tornati ad aumentare.",
        "rules": [TR], "kind": "positive",
        "note": "A warship with embarked marines deployed abroad counts as troops.",
    },
    {
        "id": "it-w2", "language": "it",
        "title": "Italia e Tunisia, firmata l'intesa sulla pesca nel Canale di Sicilia",
        "body": "TUNISI — Italia e Tunisia hanno firmato ieri a Tunisi un accordo bilaterale sulla pesca nel Canale di Sicilia che punta a chiudere anni di sequestri di pescherecci mazaresi. L'intesa, sottoscritta dai ministri competenti dei due Paesi, istituisce una zona di pesca congiunta nell'area del Mammellone, prevede licenze reciproche e un meccanismo di notifica per evitare i fermi in mare. Soddisfazione a Mazara del Vallo, dove gli armatori parlano di «svolta storica». Il testo dovrà ora essere ratificato dai rispettivi parlamenti.",
        "rules": [T], "kind": "positive",
        "note": "Bilateral fisheries agreement between two states signed, pending ratification: treaty.",
    },
    {
        "id": "it-w3", "language": "it",
        "title": "Matera, la troupe di una serie americana trasforma i Sassi in un set di guerra",
        "body": "MATERA — Da lunedì una troupe di oltre cento persone sta girando nei Sassi le scene di una serie televisiva statunitense ambientata durante la Seconda guerra mondiale. Comparse in divisa, jeep d'epoca e finti posti di blocco hanno trasformato via Ridola in un set a cielo aperto. Il Comune ha firmato con la casa di produzione un contratto che prevede 300mila euro di indennizzi per i commercianti della zona. Non sono mancate le proteste dei residenti, esasperati da settimane di divieti di sosta.",
        "rules": [], "kind": "near-miss",
        "note": "Traps: film 'troupe', extras in uniform, a contract between a town and a production company. No rule applies.",
    },
    {
        "id": "it-w4", "language": "it",
        "title": "Consegnati alla Somalia mezzi ed equipaggiamenti militari italiani",
        "body": "MOGADISCIO — L'Italia ha consegnato all'Esercito nazionale somalo trenta veicoli tattici leggeri, giubbotti antiproiettile e apparati radio, nell'ambito del programma di sostegno alle forze armate di Mogadiscio. La cerimonia si è svolta alla presenza dell'ambasciatore italiano e del capo di Stato maggiore somalo, che ha ringraziato Roma per un aiuto «decisivo nella lotta contro al-Shabaab». Il materiale, del valore di circa sette milioni di euro, andrà alle brigate impegnate nella regione dello Hiran.",
        "rules": [MA], "kind": "positive",
        "note": "Delivery of military vehicles and equipment by one state to another state's army: military assistance.",
    },
    {
        "id": "it-w5", "language": "it",
        "title": "Elicotteri al Qatar, commessa record per un'azienda del Varesotto",
        "body": "VARESE — L'azienda Aerotecnica Lombarda ha firmato un contratto da 900 milioni di euro con il ministero della Difesa del Qatar per la fornitura di sedici elicotteri da addestramento e del relativo supporto logistico. La trattativa, durata due anni, è stata seguita da vicino dai sindacati, che chiedono ora garanzie sull'occupazione negli stabilimenti della provincia. L'argomento è stato trattato anche in un incontro in prefettura. L'amministratore delegato ha definito la commessa «la più importante della nostra storia».",
        "rules": [], "kind": "near-miss",
        "note": "A firm selling military helicopters to a foreign state (commercial sale, state's own purchase), plus participle 'trattato': not military assistance, not a treaty.",
    },
    {
        "id": "it-w6", "language": "it",
        "title": "Istruttori dell'Esercito in Mozambico per addestrare i reparti di Cabo Delgado",
        "body": "ROMA — Partiranno a gennaio per il Mozambico una quarantina di istruttori dell'Esercito italiano, incaricati di addestrare due compagnie di fanteria mozambicane destinate alla provincia settentrionale di Cabo Delgado, teatro da anni di un'insurrezione jihadista. La missione, approvata dal Consiglio dei ministri, durerà sei mesi e comprende anche la cessione di materiale per la bonifica degli ordigni esplosivi. Le commissioni Difesa di Camera e Senato dovranno esprimersi entro la fine del mese.",
        "rules": [TR, MA], "kind": "positive",
        "note": "Army instructors sent abroad (troops and military assistance) and handover of demining equipment (military assistance).",
    },
    {
        "id": "it-w7", "language": "it",
        "title": "Italia e Malta aprono il negoziato sulla piattaforma continentale",
        "body": "LA VALLETTA — Italia e Malta hanno avviato ieri a La Valletta il primo round di negoziati per un accordo sulla delimitazione della piattaforma continentale tra la Sicilia e l'arcipelago maltese, questione aperta da oltre quarant'anni. Le delegazioni dei due ministeri degli Esteri hanno concordato un calendario di incontri fino all'estate. Sul tavolo la ripartizione delle aree di ricerca di idrocarburi e la pesca del pesce spada. Entrambe le parti hanno richiamato la Convenzione delle Nazioni Unite sul diritto del mare come base giuridica dell'intesa.",
        "rules": [T], "kind": "positive",
        "note": "Negotiation of a maritime boundary agreement between two states, invoking UNCLOS: treaty.",
    },
    {
        "id": "it-w8", "language": "it",
        "title": "Festa della Repubblica, in migliaia ai Fori Imperiali per la parata",
        "body": "ROMA — Oltre quattromila militari delle Forze armate, insieme a rappresentanti di Polizia di Stato, Vigili del fuoco e Protezione civile, hanno sfilato questa mattina lungo via dei Fori Imperiali per la parata del 2 giugno, davanti al presidente della Repubblica. Applausi per il passaggio dei bersaglieri di corsa e per le Frecce Tricolori, che hanno disegnato il tricolore nel cielo della capitale. In apertura del corteo, per la prima volta, un reparto composto interamente da militari donne della Brigata alpina Taurinense.",
        "rules": [], "kind": "near-miss",
        "note": "Soldiers marching in a national parade at home: explicitly not troops.",
    },
    # ------------------------------------------------------------------ pt
    {
        "id": "pt-w1", "language": "pt",
        "title": "Brasil e Paraguai assinam revisão do Anexo C de Itaipu",
        "body": "ASSUNÇÃO — Os governos do Brasil e do Paraguai assinaram nesta segunda-feira, em Assunção, a revisão do Anexo C do Tratado de Itaipu, que define as bases financeiras e a comercialização da energia gerada pela hidrelétrica binacional. Pelo novo texto, o Paraguai poderá vender diretamente no mercado brasileiro parte da energia excedente a partir de 2027, e a tarifa passará a ser revista a cada três anos. O acordo ainda precisa ser aprovado pelo Congresso Nacional e pelo Congresso paraguaio.",
        "rules": [T], "kind": "positive",
        "note": "Revision of an annex to an existing interstate treaty signed, pending parliamentary approval: treaty.",
    },
    {
        "id": "pt-w2", "language": "pt",
        "title": "Exército envia mais 1.200 militares para a fronteira com a Venezuela",
        "body": "BRASÍLIA — O Ministério da Defesa anunciou o envio de mais 1.200 militares do Exército para Roraima, na fronteira com a Venezuela, após o aumento da tensão em torno do Essequibo, território disputado entre Caracas e a Guiana. O reforço inclui blindados Guarani e uma bateria de artilharia, que serão deslocados por via terrestre a partir de Manaus. Segundo o Comando Militar da Amazônia, a tropa vai intensificar o patrulhamento em Pacaraima e ao longo da BR-174.",
        "rules": [TR], "kind": "positive",
        "note": "Army reinforcements sent to the state's own border: troops.",
    },
    {
        "id": "pt-w3", "language": "pt",
        "title": "Benfica renova com jovem central até 2030",
        "body": "LISBOA — O Benfica anunciou esta quarta-feira a renovação do contrato do defesa-central Tiago Mourão até 2030, com uma cláusula de rescisão de 100 milhões de euros. O jogador, de 20 anos, foi tratado a uma entorse no tornozelo em setembro e regressou em grande forma. O clube chegou ainda a acordo com o Sporting de Braga para a cedência de um lateral até ao fim da época. O treinador elogiou o espírito do grupo, que diz estar «pronto para a batalha» no clássico de domingo.",
        "rules": [], "kind": "near-miss",
        "note": "Player contract, an 'acordo' between two clubs, participle 'tratado' and battle metaphor: no rule applies.",
    },
    {
        "id": "pt-w4", "language": "pt",
        "title": "Portugal entrega lanchas e viaturas às Forças Armadas de Cabo Verde",
        "body": "PRAIA — Portugal entregou esta quinta-feira às Forças Armadas de Cabo Verde duas lanchas de patrulha, viaturas táticas e equipamento de comunicações, no âmbito da cooperação técnico-militar entre os dois países. A cerimónia, no porto da Praia, contou com a presença do ministro da Defesa português, que sublinhou o papel do arquipélago na vigilância do Atlântico contra o narcotráfico. O material, avaliado em 3,8 milhões de euros, destina-se sobretudo à ilha do Sal.",
        "rules": [MA], "kind": "positive",
        "note": "Handover of patrol boats and military vehicles to another state's armed forces: military assistance.",
    },
    {
        "id": "pt-w5", "language": "pt",
        "title": "Fuzileiros brasileiros vão treinar militares em São Tomé e Príncipe",
        "body": "BRASÍLIA — Uma equipe de 25 instrutores do Corpo de Fuzileiros Navais embarca na próxima semana para São Tomé e Príncipe, onde vai treinar militares da Guarda Costeira santomense em abordagem, busca e salvamento e patrulha costeira. A missão, de quatro meses, faz parte da cooperação em defesa com os países da CPLP e inclui a doação de botes infláveis, coletes balísticos e rádios. O governo santomense pediu apoio após uma série de ataques de piratas a pesqueiros no Golfo da Guiné.",
        "rules": [TR, MA], "kind": "positive",
        "note": "Military instructors sent abroad (troops and military assistance) plus donated equipment (military assistance). Naming the CPLP is not a treaty invocation.",
    },
    {
        "id": "pt-w6", "language": "pt",
        "title": "Avião da FAB leva brigadistas e mantimentos à Bolívia",
        "body": "BRASÍLIA — Um KC-390 da Força Aérea Brasileira decolou nesta sexta-feira da Base Aérea de Anápolis rumo a Santa Cruz de la Sierra, levando 40 brigadistas do Ibama e 12 toneladas de mantimentos, kits de primeiros socorros e equipamentos de combate a incêndios florestais. A ajuda humanitária foi solicitada pelo governo boliviano, que enfrenta a pior temporada de queimadas em uma década. O Itamaraty informou ainda que o Brasil vai oferecer uma linha de crédito para a recuperação de áreas agrícolas. A aeronave retorna no domingo.",
        "rules": [], "kind": "near-miss",
        "note": "Air force flight carrying civilian firefighters and humanitarian supplies, plus a credit line: not troops, not military assistance.",
    },
    {
        "id": "pt-w7", "language": "pt",
        "title": "Parlamento timorense aprova acordo sobre estatuto das forças com a Austrália",
        "body": "DÍLI — O Parlamento Nacional de Timor-Leste aprovou esta terça-feira, por larga maioria, o acordo sobre o estatuto das forças assinado com a Austrália, que permitirá a presença rotativa de militares australianos em território timorense a partir do próximo ano. O texto define a jurisdição aplicável, as isenções aduaneiras e as regras de utilização do aeródromo de Baucau. Segundo o Governo, até 150 militares australianos poderão estar estacionados no país em simultâneo. A bancada da Fretilin votou contra, invocando riscos para a soberania.",
        "rules": [T, TR], "kind": "positive",
        "note": "Status-of-forces agreement approved by parliament (treaty) and planned stationing of foreign soldiers (troops).",
    },
    {
        "id": "pt-w8", "language": "pt",
        "title": "Trupe de novo circo do Porto parte em digressão para Macau",
        "body": "PORTO — A trupe de novo circo Os Saltimbancos da Ribeira parte este mês para uma digressão de três semanas por Macau e Hong Kong, a convite de um festival de artes performativas. O grupo, formado por nove acrobatas e dois músicos, leva na bagagem «Marcha Lenta», um espetáculo inspirado nas paradas militares, com fardas de cartão e continências exageradas. A viagem só foi possível graças a um acordo de patrocínio com uma companhia aérea e uma operadora turística.",
        "rules": [], "kind": "near-miss",
        "note": "Circus 'trupe' parodying military parades and a sponsorship 'acordo' between companies: no rule applies.",
    },
    # ------------------------------------------------------------------ pl
    {
        "id": "pl-w1", "language": "pl",
        "title": "Lubelska trupa teatralna zagra w dawnych koszarach",
        "body": "LUBLIN — Niezależna trupa teatralna Wędrowcy podpisała z miastem umowę na prowadzenie sceny w dawnych koszarach przy ul. Lubartowskiej. Zespół, który od dziesięciu lat gra w stodołach i na rynkach małych miasteczek, pokaże tam w październiku spektakl „Dezerterzy”, opowieść o żołnierzach wracających z frontu do rodzinnej wsi. Aktorzy wreszcie dostaną etaty – dotąd pracowali wyłącznie na umowach o dzieło. Pierwsze bilety trafią do sprzedaży we wrześniu.",
        "rules": [], "kind": "near-miss",
        "note": "Theatre 'trupa', barracks venue, soldiers as stage characters, and a municipal lease and work contracts ('umowa'): no rule applies.",
    },
    {
        "id": "pl-w2", "language": "pl",
        "title": "Więcej polskich żołnierzy na Łotwie. Kontyngent zostanie powiększony",
        "body": "WARSZAWA — Polski Kontyngent Wojskowy na Łotwie zostanie zwiększony z ok. 200 do 350 żołnierzy – poinformowało w czwartek Dowództwo Operacyjne Rodzajów Sił Zbrojnych. Do bazy w Ādaži trafi dodatkowa kompania zmechanizowana z kołowymi transporterami opancerzonymi Rosomak oraz pododdział przeciwlotniczy. Wzmocnienie nastąpi na początku przyszłego roku w ramach wielonarodowej brygady NATO, a pierwsza zmiana w nowym składzie spędzi na Łotwie sześć miesięcy.",
        "rules": [TR], "kind": "positive",
        "note": "Announced increase of a national contingent stationed abroad: troops.",
    },
    {
        "id": "pl-w3", "language": "pl",
        "title": "Polska i Słowacja podpisały umowę o wspólnej ochronie Popradu",
        "body": "NOWY SĄCZ — Ministrowie środowiska Polski i Słowacji podpisali w piątek w Piwnicznej-Zdroju umowę międzyrządową o wspólnym zarządzaniu zlewnią Popradu. Dokument przewiduje powołanie stałej komisji granicznej, wymianę danych hydrologicznych w czasie rzeczywistym oraz wspólne finansowanie budowy wałów przeciwpowodziowych. Po ubiegłorocznej powodzi samorządowcy z obu stron granicy od miesięcy apelowali o takie porozumienie. Umowa wejdzie w życie po ratyfikacji przez oba państwa.",
        "rules": [T], "kind": "positive",
        "note": "Intergovernmental agreement on a border river signed, pending ratification: treaty.",
    },
    {
        "id": "pl-w4", "language": "pl",
        "title": "Polska przekazała Mołdawii sprzęt dla armii",
        "body": "KISZYNIÓW — Polska przekazała Siłom Zbrojnym Republiki Mołdawii pakiet wsparcia obejmujący m.in. 20 pojazdów terenowych, noktowizory, drony rozpoznawcze i sprzęt łączności – poinformowało MON. Wartość darowizny szacuje się na 30 mln zł. Mołdawski minister obrony podziękował za „konkretną pomoc w trudnym czasie” i podkreślił, że sprzęt trafi do jednostek strzegących wschodniej części kraju. To kolejna dostawa z Polski w ostatnich dwóch latach.",
        "rules": [MA], "kind": "positive",
        "note": "Donation of military equipment by one state to another state's armed forces: military assistance.",
    },
    {
        "id": "pl-w5", "language": "pl",
        "title": "Rzeszowska spółka sprzeda celowniki termowizyjne do Norwegii",
        "body": "RZESZÓW — Rzeszowska spółka Optronika Defence podpisała kontrakt z norweską agencją uzbrojenia na dostawę 1200 celowników termowizyjnych o wartości 140 mln zł. To największe zamówienie eksportowe w historii firmy. Równolegle Agencja Uzbrojenia zamówiła w spółce kolejne 3000 celowników dla Wojska Polskiego. Prezes zapowiedział rozbudowę zakładu i zatrudnienie 80 nowych pracowników, a związkowcy domagają się podwyżek.",
        "rules": [], "kind": "near-miss",
        "note": "Arms export by a firm and a state's own procurement: neither is military assistance; the 'kontrakt' is commercial.",
    },
    {
        "id": "pl-w6", "language": "pl",
        "title": "Polscy instruktorzy wyszkolą ormiańskich saperów",
        "body": "ERYWAŃ — Polska i Armenia podpisały w Erywaniu porozumienie o współpracy wojskowej, na mocy którego 30 polskich instruktorów z wojsk inżynieryjnych pojedzie w przyszłym roku do Armenii, by szkolić tamtejszych saperów i ratowników pola walki. Warszawa przekaże też armii ormiańskiej sprzęt do rozminowania. Dokument podpisali wiceministrowie obrony obu państw. Moskwa, tradycyjny sojusznik Erywania, skrytykowała porozumienie jako „ingerencję w strefę odpowiedzialności OUBZ”.",
        "rules": [T, TR, MA], "kind": "positive",
        "note": "Interstate military cooperation agreement signed (treaty); instructors sent abroad (troops and military assistance); demining equipment handed over (military assistance).",
    },
    {
        "id": "pl-w7", "language": "pl",
        "title": "Estonia wnioskuje o konsultacje na podstawie art. 4 Traktatu Północnoatlantyckiego",
        "body": "TALLIN — Estonia złożyła formalny wniosek o konsultacje sojusznicze na podstawie art. 4 Traktatu Północnoatlantyckiego po tym, jak w nocy z wtorku na środę uszkodzony został podmorski kabel energetyczny łączący kraj z Finlandią. Premier Estonii mówił o „prawdopodobnym akcie sabotażu”. Posiedzenie Rady Północnoatlantyckiej zwołano na czwartek w Brukseli. Fińska straż graniczna zatrzymała do kontroli statek handlowy podejrzewany o przeciągnięcie kotwicy po dnie.",
        "rules": [T], "kind": "positive",
        "note": "Invoking an article of an existing treaty counts as treaty. The border guard detaining a ship is not troops.",
    },
    {
        "id": "pl-w8", "language": "pl",
        "title": "Polscy policjanci znów patrolują chorwackie kurorty",
        "body": "ZAGRZEB — Czterech polskich policjantów rozpoczęło w poniedziałek służbę w chorwackich kurortach nad Adriatykiem. Przez najbliższy miesiąc mundurowi będą patrolować plaże i deptaki w Makarskiej i Zadarze razem z chorwackimi funkcjonariuszami, pomagając rodakom, którzy zgubili dokumenty lub padli ofiarą kradzieży. Polscy policjanci nie mają uprawnień do zatrzymań, ale mogą pośredniczyć w kontaktach z lokalnymi służbami. Podobne siły wysłano także do Bułgarii i Czarnogóry.",
        "rules": [], "kind": "near-miss",
        "note": "Police officers ('mundurowi', 'siły') sent abroad: police are not troops; no agreement is mentioned.",
    },
    # ------------------------------------------------------------------ nl
    {
        "id": "nl-w1", "language": "nl",
        "title": "Nederland en België tekenen nieuw verdrag over verdeling Maaswater",
        "body": "MAASTRICHT — Nederland en België hebben donderdag in Maastricht een herzien verdrag ondertekend over de verdeling van het Maaswater in droge zomers. Het nieuwe akkoord vervangt afspraken uit 2002 en legt vast hoeveel water beide landen minimaal via het Albertkanaal en de Zuid-Willemsvaart mogen afleiden wanneer de rivier laag staat. Ook komt er een gezamenlijke waarschuwingsdienst voor droogte. Het verdrag moet nog worden goedgekeurd door de Staten-Generaal en het federale parlement in Brussel.",
        "rules": [T], "kind": "positive",
        "note": "Revised interstate treaty on river water sharing signed: treaty.",
    },
    {
        "id": "nl-w2", "language": "nl",
        "title": "Vrijwilligers ruimen bergen troep op na storm op Terschelling",
        "body": "TERSCHELLING — Een leger van honderden vrijwilligers heeft zaterdag de stranden van Terschelling schoongemaakt nadat een zware storm tonnen troep had aangespoeld. Het gaat vooral om plastic, touw en de inhoud van containers die een vrachtschip eerder deze week ten noorden van de Wadden verloor. ‘Het is hier één grote troep,’ zegt een strandjutter die al veertig jaar op het eiland woont. De rederij heeft nog niet gereageerd; Rijkswaterstaat onderzoekt of het bedrijf de schoonmaakkosten moet vergoeden.",
        "rules": [], "kind": "near-miss",
        "note": "Dutch 'troep' means junk and 'een leger van vrijwilligers' is figurative: no troops.",
    },
    {
        "id": "nl-w3", "language": "nl",
        "title": "Zr.Ms. Tromp vertrekt naar de Golf van Guinee",
        "body": "DEN HELDER — Het luchtverdedigings- en commandofregat Zr.Ms. Tromp is dinsdag uit Den Helder vertrokken voor een inzet van vijf maanden in de Golf van Guinee. Aan boord zijn ruim 200 militairen, onder wie een eenheid mariniers, en een boordhelikopter. Het schip moet piraterij en illegale visserij tegengaan en doet havens in Ghana, Benin en Nigeria aan. Defensie spreekt van een concrete bijdrage aan de maritieme veiligheid in een regio waar veel schepen van Nederlandse rederijen varen.",
        "rules": [TR], "kind": "positive",
        "note": "A warship with marines deployed abroad counts as troops.",
    },
    {
        "id": "nl-w4", "language": "nl",
        "title": "Nederland schenkt Moldavië mobiele luchtverdedigingsradars",
        "body": "CHIȘINĂU — Nederland levert Moldavië twee mobiele luchtverdedigingsradars met bijbehorende communicatieapparatuur. Het gaat om een schenking van ruim twintig miljoen euro, gefinancierd via de Europese Vredesfaciliteit en een aanvullende Nederlandse bijdrage. Moldavië kampt al geruime tijd met drones die boven zijn grondgebied afdwalen. De Moldavische minister van Defensie sprak bij de overdracht van ‘een belangrijke versterking van onze luchtruimbewaking’.",
        "rules": [MA], "kind": "positive",
        "note": "Donation of air-defence radars by one state (with EU funding) to another: military assistance.",
    },
    {
        "id": "nl-w5", "language": "nl",
        "title": "België en Roemenië sluiten akkoord over Belgische militairen in Cincu",
        "body": "BRUSSEL — België en Roemenië hebben een bilateraal akkoord ondertekend over de status en de huisvesting van Belgische militairen in Roemenië. Het akkoord maakt het mogelijk dat vanaf volgend jaar permanent zo'n 300 Belgische soldaten in het kamp van Cincu worden gelegerd, als deel van de versterkte NAVO-aanwezigheid aan de oostflank. Het regelt onder meer de rechtsbevoegdheid, belastingvrijstellingen en medische zorg. De minister van Defensie noemde het ‘een logische stap na drie jaar rotaties’.",
        "rules": [T, TR], "kind": "positive",
        "note": "Bilateral status agreement signed (treaty) providing for planned permanent stationing of soldiers abroad (troops).",
    },
    {
        "id": "nl-w6", "language": "nl",
        "title": "Luchtmacht vliegt hulpgoederen naar aardbevingsgebied in Marokko",
        "body": "EINDHOVEN — Een transportvliegtuig van de luchtmacht is zondag vanaf Vliegbasis Eindhoven vertrokken naar Marrakesh met 35 ton hulpgoederen voor slachtoffers van de aardbeving in het Atlasgebergte: tenten, dekens, waterfilters en medische kits. Het kabinet maakt daarnaast vijf miljoen euro vrij voor noodhulp via het Rode Kruis. De minister voor Ontwikkelingssamenwerking zegt dat Nederland klaarstaat om meer te doen als Marokko daarom vraagt. Het toestel keert maandag terug.",
        "rules": [], "kind": "near-miss",
        "note": "Humanitarian goods flown by an air force plus emergency funding: not military assistance, and no troops are deployed.",
    },
    {
        "id": "nl-w7", "language": "nl",
        "title": "Beninese militairen in Den Helder opgeleid tegen piraterij",
        "body": "DEN HELDER — Veertig militairen uit Benin krijgen de komende acht weken een opleiding bij de Koninklijke Marine in Den Helder en op Texel, waar ze leren varen met snelle interceptievaartuigen en verdachte schepen leren enteren. Nederland betaalt de opleiding en schenkt Benin na afloop vier snelle rubberboten. De training moet het West-Afrikaanse land helpen smokkel en piraterij voor zijn kust aan te pakken. Het is de eerste keer dat de marine een complete Afrikaanse eenheid opleidt.",
        "rules": [MA], "kind": "positive",
        "note": "Foreign soldiers trained at home plus donated boats: military assistance only. The trainees coming to the Netherlands are not a deployment.",
    },
    {
        "id": "nl-w8", "language": "nl",
        "title": "Vlissingse werf bouwt patrouilleschepen voor Roemeense marine",
        "body": "VLISSINGEN — Scheepswerf Zeeland Naval Yards heeft een contract getekend met de Roemeense marine voor de bouw van vier patrouilleschepen ter waarde van 480 miljoen euro. Roemenië betaalt de schepen uit de eigen defensiebegroting. De werf sloot daarnaast een samenwerkingsovereenkomst met een scheepsbouwer in Constanța, waar twee van de vier rompen worden gebouwd. De ondernemingsraad in Vlissingen spreekt van een enorme opsteker voor de werkgelegenheid in Zeeland.",
        "rules": [], "kind": "near-miss",
        "note": "A firm's warship sale to a foreign navy (the state's own purchase) and an agreement between two companies: not military assistance, not a treaty.",
    },
]

TITLE_FORBIDDEN = ['"', "“", "”", "„", "«", "»"]
KEYS = {"id", "language", "title", "body", "rules", "kind", "note"}


def check(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(records) == 8 * len(LANGS), len(records)
    for r in records:
        assert set(r) == KEYS, (r.get("id"), set(r) ^ KEYS)
        for k in ("id", "language", "title", "body", "note", "kind"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-w"), r["id"]
        assert isinstance(r["rules"], list), r["id"]
        assert len(r["rules"]) == len(set(r["rules"])), (r["id"], "dup rules")
        assert set(r["rules"]) <= RULES, (r["id"], r["rules"])
        assert r["kind"] in ("positive", "near-miss"), r["id"]
        assert (r["kind"] == "positive") == bool(r["rules"]), (r["id"], "kind/rules mismatch")
        for ch in TITLE_FORBIDDEN:
            assert ch not in r["title"], (r["id"], "quote in title")
        n = len(r["body"])
        lo, hi = (120, 400) if r["language"] in ("zh", "ja") else (250, 800)
        assert lo <= n <= hi, (r["id"], n)
    for lang in LANGS:
        recs = [r for r in records if r["language"] == lang]
        assert sorted(r["id"] for r in recs) == sorted(f"{lang}-w{i}" for i in range(1, 9)), lang
        pos = [r for r in recs if r["kind"] == "positive"]
        near = [r for r in recs if r["kind"] == "near-miss"]
        assert len(pos) == 5 and len(near) == 3, (lang, len(pos), len(near))
        for rule in RULES:
            assert any(rule in r["rules"] for r in pos), (lang, rule)


def main():
    check(ARTICLES)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ARTICLES:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # Re-read and re-check what was written.
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    assert back == ARTICLES
    check(back)
    counts = {rule: sum(rule in r["rules"] for r in back) for rule in sorted(RULES)}
    print(f"wrote {len(back)} records to {OUT}")
    print("positives per rule:", counts)
    for lang in LANGS:
        lens = [len(r["body"]) for r in back if r["language"] == lang]
        print(lang, "body lengths", min(lens), "-", max(lens))


if __name__ == "__main__":
    main()
