#!/usr/bin/env python3
"""Build the hand-labelled alert evaluation set west.jsonl (round 15).

Articles are original and fictional. Labels were assigned by reading only.
Standard library only.
"""
import json
import os

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(OUT_DIR, "west.jsonl")

T, TR, MA = "treaty", "troops", "military_assistance"
RULES = {T, TR, MA}
LANGS = ["en", "fr", "de", "es", "it", "pt", "pl", "nl"]

# (id, title, body, rules, note)
DATA = [
    # ------------------------------------------------------------------ en
    ("en-m1",
     "Namibia ratifies Okavango water-sharing accord with Botswana",
     "WINDHOEK — Namibia's National Assembly on Thursday ratified a bilateral agreement with Botswana governing abstraction from the Okavango River, clearing the way for the accord to enter into force next month. The deal, signed by the two foreign ministers in Maun last year, caps the volume each country may draw during the dry season and sets up a joint commission to monitor flows into the delta. Opposition lawmakers argued the text conceded too much on a planned pipeline to Grootfontein, but the motion passed comfortably. Botswana's parliament approved the instrument in March.",
     [T],
     "Ratification of an interstate water-sharing agreement is a treaty event; no military content."),
    ("en-m2",
     "Ghana moves battalion to northern frontier after cross-border raids",
     "ACCRA — Ghana has moved an infantry battalion and armoured reconnaissance units to its northern frontier with Burkina Faso following a string of raids on border villages, the defence ministry said on Monday. About 800 soldiers will be based around Bawku and Paga for at least six months, a spokesman said, describing the deployment as purely defensive. Local chiefs welcomed the reinforcements but called for better roads so that patrols can reach remote settlements during the rainy season.",
     [TR],
     "A state's army sent to its own border counts as troops per the guidelines."),
    ("en-m3",
     "Norway to send air-surveillance radars and instructors to Moldova",
     "OSLO — Norway will supply Moldova with two mobile air-surveillance radars and a batch of night-vision equipment, the defence ministry in Oslo announced on Wednesday, in a package worth about 180 million kroner. A team of roughly 40 Norwegian army instructors will be posted to a training ground near Bulboaca for the first half of next year to teach Moldovan crews to operate the systems. Chisinau, which has almost no air force, has been lobbying northern European capitals for help in watching its airspace.",
     [TR, MA],
     "State-to-state equipment donation is military assistance; instructors posted abroad are also troops."),
    ("en-m4",
     "Manila invokes defence treaty after ramming at Sabina Shoal",
     "MANILA — The Philippines formally invoked its 1951 Mutual Defense Treaty with the United States on Saturday, requesting urgent consultations after a Chinese coast guard cutter rammed a Philippine resupply boat near Sabina Shoal, injuring three sailors. Hours later the US Seventh Fleet said a guided-missile destroyer had been ordered into the area to support its ally. Beijing accused Washington of stirring up trouble in waters it claims and warned against outside interference.",
     [T, TR],
     "Invoking an existing treaty counts; a US warship ordered into foreign waters counts as troops."),
    ("en-m5",
     "Japan and Fiji exchange notes on patrol boats under security aid scheme",
     "SUVA — Japan and Fiji on Tuesday exchanged notes on the grant of two coastal patrol boats and a maritime surveillance system to the naval division of the Republic of Fiji Military Forces, the first project under Tokyo's Official Security Assistance framework in the Pacific. The equipment, valued at 1.2 billion yen, is due to be handed over in 2026. Fijian officials said the vessels would be used to guard the country's vast exclusive economic zone against illegal fishing.",
     [T, MA],
     "An exchange of notes between states is a treaty; patrol boats granted to a foreign military are military assistance."),
    ("en-m6",
     "Estonian circus troupe takes pallet show to Edinburgh Fringe",
     "TALLINN — Tsirkus Vari, the Estonian contemporary circus troupe, will take its new show to the Edinburgh Festival Fringe in August after a sold-out run at home. The nine-strong company, known for acrobatics performed on stacked wooden pallets, said a grant from the Estonian Cultural Endowment would cover travel costs. 'We are a small troupe from a small country, so Edinburgh is a huge stage for us,' said artistic director Liis Tamm. The tour continues to Glasgow and Belfast in September.",
     [],
     "Near-miss for troops: a circus troupe touring abroad, no military."),
    ("en-m7",
     "Cardiff hand manager new deal after cup run",
     "Cardiff City have handed manager Rhys Pritchard a new three-year contract after the side's run to the FA Cup quarter-finals. Chairman Alun Davies said supporters had been treated to the best football in a decade and praised the way Pritchard rallied his troops after a dismal start to the season. The club also confirmed a partnership pact with Belgian side Lommel that will let young players go out on loan to the Belgian second tier.",
     [],
     "Near-miss: employment contract, a pact between clubs, 'treated' and figurative 'troops' for a football squad."),
    ("en-m8",
     "Thai air force orders two more early-warning jets from Saab",
     "BANGKOK — The Royal Thai Air Force has signed a contract worth about $250 million with Swedish defence group Saab for two additional airborne early-warning aircraft, the company said on Friday. The order, funded from Thailand's own procurement budget, follows a tender in which Saab beat rival bids from Israel and South Korea. Deliveries are expected from 2028. Saab shares rose 2 per cent in Stockholm on the news.",
     [],
     "Near-miss for military_assistance/treaty: a firm's commercial arms sale and a state's own purchase."),

    # ------------------------------------------------------------------ fr
    ("fr-m1",
     "Dakar et Banjul signent un accord sur le partage des eaux du fleuve Gambie",
     "DAKAR (AFP) – Le Sénégal et la Gambie ont signé mardi à Banjul un accord intergouvernemental encadrant les prélèvements sur le fleuve Gambie, au terme de trois ans de négociations. Le texte garantit un débit minimal en saison sèche et crée un comité technique mixte chargé de surveiller les ouvrages hydrauliques en amont. Il devra encore être ratifié par les deux Assemblées nationales avant d'entrer en vigueur. « C'est une étape décisive pour nos riziculteurs », a salué le ministre gambien de l'Eau.",
     [T],
     "Signature of an intergovernmental water agreement between two states."),
    ("fr-m2",
     "La Belgique va déployer une compagnie d'infanterie en Roumanie",
     "BRUXELLES – La Défense belge enverra à partir de septembre quelque 150 militaires en Roumanie, où ils rejoindront le groupement tactique multinational de l'Otan basé à Cincu, a annoncé jeudi la ministre de la Défense. Le détachement, issu du bataillon de chasseurs ardennais, restera six mois sur place avant d'être relevé. Une vingtaine de véhicules blindés Piranha seront acheminés par voie ferrée depuis Marche-en-Famenne.",
     [TR],
     "Soldiers deployed abroad to a NATO battlegroup."),
    ("fr-m3",
     "Paris remet des blindés légers à l'armée béninoise et formera ses officiers",
     "COTONOU – La France a remis lundi aux Forces armées béninoises un lot de douze véhicules blindés légers, des drones de reconnaissance et des équipements de vision nocturne, au titre de la coopération de défense entre les deux pays. Une quarantaine d'officiers et de sous-officiers béninois suivront par ailleurs une formation à Saint-Cyr Coëtquidan et à Draguignan d'ici la fin de l'année. Le nord du Bénin subit depuis plusieurs années des incursions de groupes armés venus du Sahel.",
     [MA],
     "Equipment handed to a foreign army plus foreign trainees received at home: military assistance only."),
    ("fr-m4",
     "Abidjan suspend son accord de pêche avec l'Union européenne",
     "ABIDJAN – Le gouvernement ivoirien a annoncé jeudi la suspension de l'accord de partenariat dans le domaine de la pêche durable qui le lie à l'Union européenne, reprochant à Bruxelles des retards dans le versement de la contrepartie financière. Les thoniers senneurs européens disposent de quinze jours pour quitter la zone économique exclusive ivoirienne. La Commission européenne s'est dite « surprise » et a proposé la tenue rapide d'une commission mixte.",
     [T],
     "Suspension of a formal agreement between a state and the EU counts as treaty."),
    ("fr-m5",
     "Bangui dénonce l'accord militaire avec Kigali et exige le départ des soldats rwandais",
     "BANGUI – Le président centrafricain a annoncé dimanche la dénonciation de l'accord bilatéral de coopération militaire conclu avec le Rwanda et exigé le départ, sous trois mois, des quelque 1 000 soldats rwandais stationnés dans le pays hors du cadre onusien. Kigali a « pris acte » de la décision et indiqué que le rapatriement de ses hommes commencerait dès la semaine prochaine. Les Casques bleus rwandais de la Minusca ne sont pas concernés.",
     [T, TR],
     "Withdrawal from a bilateral agreement (treaty) and foreign soldiers to be withdrawn (troops)."),
    ("fr-m6",
     "Deux laiteries jurassiennes concluent un accord de collecte commun",
     "LONS-LE-SAUNIER – La Laiterie des Monts et la Fromagerie Bressane ont signé vendredi un accord de collecte commun qui leur permettra de mutualiser leurs camions sur une centaine d'exploitations. Selon la direction, le dossier a été traité en moins de six mois, un délai record pour le secteur. L'accord, conclu pour cinq ans, prévoit aussi un prix plancher du lait payé aux producteurs. Les syndicats agricoles saluent un traité de paix après des années de concurrence acharnée.",
     [],
     "Near-miss for treaty: a commercial agreement between companies, the participle 'traité' and a figurative 'traité de paix'."),
    ("fr-m7",
     "La troupe de la Comédie-Française en tournée au Québec",
     "PARIS – La troupe de la Comédie-Française posera ses malles à Montréal puis à Québec en octobre pour une tournée de trois semaines, une première depuis 2011. Trente comédiens et une vingtaine de techniciens feront la traversée avec les décors du Misanthrope, mis en scène par un jeune metteur en scène belge. « Le Québec est un public exigeant et fidèle », souligne l'administratrice de la maison, qui espère vendre plus de 15 000 billets.",
     [],
     "Near-miss for troops: a theatre troupe travelling abroad."),
    ("fr-m8",
     "Cyclone au Vanuatu: un A400M achemine vingt tonnes d'aide humanitaire",
     "NOUMÉA – Un avion de transport A400M de l'armée de l'Air et de l'Espace a acheminé mercredi vingt tonnes d'aide humanitaire à Port-Vila, trois jours après le passage du cyclone qui a dévasté l'archipel. Tentes, pastilles de purification d'eau et kits d'hygiène ont été remis à la Croix-Rouge du Vanuatu. L'appareil est rentré à Nouméa dans la soirée. Paris a également annoncé une aide budgétaire d'urgence de deux millions d'euros.",
     [],
     "Near-miss for military_assistance: humanitarian relief flown by an air force and financial aid; no deployment."),

    # ------------------------------------------------------------------ de
    ("de-m1",
     "Österreich und Slowenien ziehen Grenze an der Mur neu",
     "WIEN. Österreich und Slowenien haben am Dienstag in Ljubljana einen Staatsvertrag über die Neuvermessung ihrer gemeinsamen Grenze entlang der Mur unterzeichnet. Weil der Fluss sein Bett seit der letzten Festlegung mehrfach verlagert hat, werden rund 14 Hektar Fläche getauscht, betroffen sind vor allem Auwälder und einige Äcker. Das Abkommen muss noch vom Nationalrat und vom slowenischen Parlament ratifiziert werden. Für die Anrainer ändert sich im Alltag wenig.",
     [T],
     "A state treaty on a border correction between two states."),
    ("de-m2",
     "Korvette Erfurt bricht zu Einsatz im Golf von Guinea auf",
     "ROSTOCK. Die Deutsche Marine entsendet die Korvette „Erfurt“ für vier Monate in den Golf von Guinea. Das Schiff mit rund 65 Soldatinnen und Soldaten an Bord lief am Montag aus Warnemünde aus und soll vor der Küste Ghanas und Togos Präsenz zeigen, nachdem sich Überfälle auf Handelsschiffe zuletzt gehäuft hatten. Zudem sind gemeinsame Übungen mit den Küstenwachen der Anrainerstaaten geplant. Der Einsatz erfolgt auf Einladung der Regierungen in Accra und Lomé.",
     [TR],
     "A warship with its crew deployed abroad counts as troops; the joint drills alone are not assistance."),
    ("de-m3",
     "Ertüchtigungsinitiative: Berlin übergibt Moldau Aufklärungsdrohnen",
     "CHISINAU. Deutschland hat der Republik Moldau im Rahmen der Ertüchtigungsinitiative der Bundesregierung Aufklärungsdrohnen, geschützte Fahrzeuge und Funkgeräte im Wert von rund 40 Millionen Euro übergeben. Die Ausrüstung ging an die moldauische Nationalarmee, die damit vor allem die Überwachung ihres Luftraums und der Grenze verbessern soll. Das Verteidigungsministerium in Chisinau dankte Berlin für die anhaltende Unterstützung seiner Streitkräfte.",
     [MA],
     "State-to-state transfer of military equipment (German 'Ertüchtigung' capacity building) is military assistance."),
    ("de-m4",
     "Bundesheer schickt Ausbilder zur EU-Mission nach Mosambik",
     "WIEN. Österreich entsendet zwölf Ausbilder des Bundesheeres zur EU-Ausbildungsmission in Mosambik. Die Offiziere und Unteroffiziere sollen ab Herbst in Chimoio mosambikanische Schnelleingreifkräfte in Sanitätsdienst und Kampfmittelabwehr schulen, teilte das Verteidigungsministerium mit. Der Ministerrat hat den Einsatz am Mittwoch beschlossen, der Hauptausschuss des Nationalrats muss noch zustimmen. Die EU stellt der Armee Mosambiks zudem Ausrüstung zur Verfügung.",
     [TR, MA],
     "Trainers sent abroad are troops and military assistance; EU equipment to a state is also assistance."),
    ("de-m5",
     "Berlin und Bukarest unterzeichnen Stationierungsabkommen",
     "BUKAREST. Deutschland und Rumänien haben ein Regierungsabkommen über den Status deutscher Streitkräfte auf rumänischem Boden unterzeichnet. Es regelt unter anderem Gerichtsbarkeit, Steuern und die Nutzung von Übungsplätzen. Hintergrund ist die Absicht der Bundesregierung, ab 2026 bis zu 300 Soldaten mit Flugabwehrsystemen dauerhaft in der Dobrudscha zu stationieren. Das Parlament in Bukarest soll den Vertrag noch vor der Sommerpause ratifizieren.",
     [T, TR],
     "A status-of-forces agreement is a treaty; announced planned stationing of soldiers counts as troops."),
    ("de-m6",
     "Die Truppe von Trainer Kessler marschiert Richtung Aufstieg",
     "KIEL. Holstein Kiel hat mit einem 3:0 gegen Paderborn den fünften Sieg in Serie eingefahren. Die Truppe von Trainer Jan Kessler dominierte vom Anpfiff weg und ließ dem Gegner kaum eine Chance. Nach dem Spiel bestätigte der Verein, dass Kapitän Lukas Brandt seinen Vertrag bis 2028 verlängert hat. Kessler lobte die Moral seiner Mannschaft: Die Jungs ziehen voll mit, sagte er. Am Samstag steht das Nordderby in Hamburg an.",
     [],
     "Near-miss for troops/treaty: 'Truppe' as a football team and a player's employment 'Vertrag'."),
    ("de-m7",
     "Hensoldt liefert Radargeräte an Kroatien",
     "ULM. Der Sensorhersteller Hensoldt hat einen Liefervertrag über sechs bodengebundene Luftraumüberwachungsradare mit dem kroatischen Verteidigungsministerium unterzeichnet. Das Auftragsvolumen liegt nach Unternehmensangaben im dreistelligen Millionenbereich, Zagreb finanziert die Beschaffung aus eigenen Haushaltsmitteln. Die Auslieferung soll 2027 beginnen. Die Aktie des Rüstungskonzerns legte im Frankfurter Handel um drei Prozent zu.",
     [],
     "Near-miss: a firm's commercial arms contract with a state is neither a treaty nor military assistance."),
    ("de-m8",
     "Bundespolizisten verstärken Frontex an bulgarisch-türkischer Grenze",
     "POTSDAM. Deutschland schickt weitere 40 Bundespolizisten an die Grenze zwischen Bulgarien und der Türkei. Die Einsatzkräfte sollen im Rahmen der EU-Grenzschutzagentur Frontex die bulgarischen Kollegen bei Streifen und der Registrierung von Migranten unterstützen, teilte das Bundespolizeipräsidium mit. Mitgebracht werden auch Wärmebildkameras und Streifenwagen. Der Einsatz ist zunächst auf drei Monate befristet.",
     [],
     "Near-miss for troops: police and border guards sent abroad are not troops; police gear is not military assistance."),

    # ------------------------------------------------------------------ es
    ("es-m1",
     "Perú y Ecuador actualizan mediante canje de notas el régimen del río Zarumilla",
     "LIMA (EFE).- Los cancilleres de Perú y Ecuador firmaron este martes en Tumbes un canje de notas que actualiza el régimen de uso compartido de las aguas del río Zarumilla, fuente de constantes roces entre agricultores de ambos lados de la frontera. El instrumento fija cuotas mensuales de captación y encarga a una comisión binacional la limpieza del cauce. Ambos Gobiernos se comprometieron a remitirlo a sus congresos para su aprobación antes de fin de año.",
     [T],
     "An exchange of notes between two states on a shared river is a treaty."),
    ("es-m2",
     "El Ejército colombiano despliega 1.200 uniformados en la frontera con Venezuela",
     "CÚCUTA.- El Ministerio de Defensa de Colombia ordenó el despliegue de 1.200 uniformados del Ejército en la zona rural de Norte de Santander y Arauca, tras los enfrentamientos entre grupos armados que han desplazado a cientos de familias en la frontera con Venezuela. Los militares llegarán en helicópteros y reforzarán los batallones ya presentes en Tibú y Saravena. El gobernador pidió que la presencia se mantenga al menos hasta las próximas elecciones.",
     [TR],
     "A state's army deployed to its own border region counts as troops."),
    ("es-m3",
     "España cede dos patrulleras a Mauritania y enviará instructores de la Armada",
     "MADRID.- El Consejo de Ministros aprobó este martes la cesión gratuita a Mauritania de dos patrulleras dadas de baja y de material de vigilancia costera, en el marco de la cooperación en seguridad con Nuakchot. Un equipo de 25 instructores de la Armada española se desplazará a Nuadibú durante cuatro meses para formar a las tripulaciones mauritanas en el manejo de las embarcaciones. La medida busca reforzar el control de las salidas de cayucos hacia Canarias.",
     [TR, MA],
     "Free transfer of naval vessels to a foreign navy is military assistance; instructors posted abroad are also troops."),
    ("es-m4",
     "Uruguay autoriza el envío de 230 efectivos a la misión de la ONU en el Congo",
     "MONTEVIDEO.- La Asamblea General uruguaya aprobó por amplia mayoría la salida del país de 230 efectivos del Ejército que relevarán al contingente destacado en la misión de paz de Naciones Unidas en la República Democrática del Congo. Los cascos azules partirán a mediados de mes hacia Goma, donde permanecerán un año. Uruguay es, en proporción a su población, uno de los mayores contribuyentes de tropas a las operaciones de la ONU.",
     [TR],
     "Soldiers sent abroad to a UN peacekeeping mission are troops."),
    ("es-m5",
     "México invoca el Tratado de Aguas de 1944 ante la sequía en el río Bravo",
     "CIUDAD DE MÉXICO.- La Secretaría de Relaciones Exteriores notificó a Washington que México invocará la cláusula de sequía extraordinaria del Tratado de Aguas de 1944, lo que le permitiría aplazar las entregas de agua del río Bravo comprometidas para el actual ciclo quinquenal. La cancillería propuso abrir consultas en la Comisión Internacional de Límites y Aguas. Productores de Texas reclamaron que su Gobierno exija el cumplimiento íntegro del acuerdo.",
     [T],
     "Invoking a clause of an existing bilateral treaty counts as treaty."),
    ("es-m6",
     "El Oviedo renueva a su capitán tras una reunión maratoniana",
     "OVIEDO.- El Real Oviedo anunció este jueves la renovación de su capitán, que ha firmado un nuevo contrato hasta 2027. El asunto fue tratado durante más de cinco horas por el consejo de administración, que también cerró un pacto de colaboración con un club mexicano para la cesión de jugadores jóvenes. El entrenador celebró la noticia y aseguró que el vestuario está más unido que nunca de cara al tramo final de la temporada.",
     [],
     "Near-miss for treaty: a player's contract, a pact between clubs and the participle 'tratado'."),
    ("es-m7",
     "La Policía despliega 3.000 agentes en Lima por la cumbre regional",
     "LIMA.- La Policía Nacional del Perú desplegará 3.000 agentes en el centro de la capital y en los alrededores del centro de convenciones durante la cumbre de jefes de Estado de la próxima semana. Las fuerzas del orden contarán con drones, perros detectores de explosivos y unidades de tránsito, informó el Ministerio del Interior. Se cerrarán al tráfico varias avenidas y se recomienda a los vecinos utilizar el Metro.",
     [],
     "Near-miss for troops: police deployed at home, even when called 'fuerzas del orden'."),
    ("es-m8",
     "Más de 7.000 efectivos desfilan en la Parada Militar de Santiago",
     "SANTIAGO.- Más de 7.000 efectivos de las tres ramas de las Fuerzas Armadas desfilaron este jueves en el Parque O'Higgins en la tradicional Parada Militar de Fiestas Patrias, ante unas 40.000 personas. La jornada incluyó el paso de blindados Leopard, lanzacohetes y un sobrevuelo de cazas F-16. Por primera vez marchó una compañía íntegramente femenina de la Escuela Militar, que fue largamente aplaudida por el público.",
     [],
     "Near-miss for troops: soldiers marching in a parade at home."),

    # ------------------------------------------------------------------ it
    ("it-m1",
     "Italia e Malta firmano l'accordo sulla piattaforma continentale",
     "LA VALLETTA – Dopo oltre quarant'anni di negoziati, Italia e Malta hanno firmato ieri l'accordo per la delimitazione della piattaforma continentale nel Canale di Sicilia. L'intesa traccia una linea mediana corretta a favore di Lampedusa e apre la strada a ricerche congiunte di idrocarburi nelle aree finora contese. Il testo dovrà ora essere ratificato dal Parlamento italiano e dalla Camera dei Rappresentanti maltese.",
     [T],
     "Interstate maritime delimitation agreement signed."),
    ("it-m2",
     "Libano, la brigata Sassari rileva i bersaglieri al comando del Settore Ovest",
     "SHAMA – Cambio della guardia nel sud del Libano: i militari della brigata Sassari sono subentrati ieri ai bersaglieri della Garibaldi alla guida del Settore Ovest di Unifil, la missione di pace delle Nazioni Unite. Il contingente italiano, composto da circa mille uomini e donne, resterà schierato lungo la Linea Blu per sei mesi. Alla cerimonia, nella base di Shama, era presente il sottosegretario alla Difesa.",
     [TR],
     "Rotation of an Italian contingent stationed abroad in a UN mission."),
    ("it-m3",
     "Sessanta istruttori dell'Esercito partono per il Ghana",
     "ROMA – Partiranno la prossima settimana per il Ghana sessanta istruttori dell'Esercito italiano, incaricati di addestrare i militari ghanesi nella bonifica di ordigni esplosivi improvvisati lungo il confine settentrionale. La missione bilaterale, approvata dalle commissioni Difesa di Camera e Senato, prevede anche la consegna alle forze armate di Accra di metal detector, robot artificieri e veicoli protetti. Il mandato è di un anno, rinnovabile.",
     [TR, MA],
     "Trainers sent abroad are troops and military assistance; equipment donated to a foreign army is assistance."),
    ("it-m4",
     "San Marino ratifica l'accordo di associazione con l'Unione europea",
     "SAN MARINO – Il Consiglio Grande e Generale ha ratificato ieri sera, con 49 voti favorevoli, l'accordo di associazione con l'Unione europea, che garantirà al Titano l'accesso al mercato unico dopo oltre un decennio di trattative. Il testo era stato sottoscritto a Bruxelles la scorsa primavera insieme al Principato di Andorra. Il segretario di Stato agli Esteri ha parlato di una giornata storica per la Repubblica.",
     [T],
     "Ratification of an agreement between a state and an international body (EU)."),
    ("it-m5",
     "Via libera alla cessione di mezzi militari alla Macedonia del Nord",
     "ROMA – Il Consiglio dei ministri ha approvato il decreto che autorizza la cessione a titolo gratuito alle Forze armate della Macedonia del Nord di venti veicoli tattici Lince, materiali per le trasmissioni e dotazioni per lo sminamento. Secondo la Difesa, il pacchetto rafforza la capacità di Skopje di contribuire alle missioni dell'Alleanza. I mezzi saranno consegnati entro l'autunno.",
     [MA],
     "Free transfer of military vehicles and equipment to another state's armed forces."),
    ("it-m6",
     "La truppa rossoblù vola: il Cagliari rinnova il contratto al bomber",
     "CAGLIARI – Settimana perfetta per il Cagliari. Dopo il successo per 2-0 contro il Verona, la società ha annunciato il rinnovo del contratto del suo centravanti fino al 2028. L'allenatore, che ha trattato personalmente con l'entourage del giocatore, ha elogiato la sua truppa: «Questi ragazzi hanno un cuore enorme». Domenica la squadra sarà di scena a Lecce, dove sono attesi almeno duemila tifosi sardi.",
     [],
     "Near-miss: figurative 'truppa' for a football team, a player's contract and 'trattato' (negotiated personally)."),
    ("it-m7",
     "Bari, aggredita una troupe del Tg regionale",
     "BARI – Una troupe del telegiornale regionale è stata aggredita ieri pomeriggio nel quartiere San Paolo mentre realizzava un servizio sullo spaccio. Un cameraman ha riportato una ferita al sopracciglio e la telecamera è stata distrutta. La polizia ha identificato due giovani. Solidarietà è arrivata dall'Ordine dei giornalisti e dal sindaco, che ha parlato di un attacco alla libertà di stampa.",
     [],
     "Near-miss for troops: a television film crew ('troupe')."),
    ("it-m8",
     "Leonardo firma con le Filippine un contratto per otto elicotteri",
     "ROMA – Leonardo ha firmato con il ministero della Difesa filippino un contratto da circa 400 milioni di euro per la fornitura di otto elicotteri multiruolo AW149 destinati all'aeronautica di Manila. L'acquisto è finanziato dal programma di modernizzazione delle forze armate filippine. Le consegne sono previste tra il 2027 e il 2028. Il titolo ha chiuso la seduta in rialzo dell'1,8 per cento.",
     [],
     "Near-miss: a company's commercial arms sale and a state's own purchase are not assistance or a treaty."),

    # ------------------------------------------------------------------ pt
    ("pt-m1",
     "Brasil e Paraguai concluem revisão do Anexo C do Tratado de Itaipu",
     "BRASÍLIA — Os governos do Brasil e do Paraguai concluíram nesta quarta-feira a revisão do Anexo C do Tratado de Itaipu, que define as bases financeiras da venda de energia da usina binacional. Pelo novo texto, a tarifa passará a ser revista a cada três anos e o Paraguai poderá vender parte de sua cota excedente diretamente no mercado brasileiro. O acordo precisa ainda ser aprovado pelos Congressos dos dois países.",
     [T],
     "Negotiated revision of an annex of an interstate treaty."),
    ("pt-m2",
     "Marinha destaca navio-patrulha para o Golfo da Guiné",
     "LISBOA — A Marinha Portuguesa destacou o navio-patrulha oceânico NRP Sines para uma missão de cinco meses no Golfo da Guiné, no âmbito da iniciativa Mar Aberto. O navio, com 60 militares a bordo, vai operar sobretudo nas águas de São Tomé e Príncipe, onde ajudará a fiscalizar a pesca ilegal e a combater a pirataria. É a nona vez que a Marinha empenha meios naquela região desde 2018.",
     [TR],
     "A warship with its crew deployed abroad counts as troops."),
    ("pt-m3",
     "Portugal entrega equipamento às Forças Armadas de Cabo Verde",
     "PRAIA — Portugal entregou esta segunda-feira às Forças Armadas de Cabo Verde um lote de viaturas táticas, equipamento de comunicações e coletes balísticos, no âmbito do Programa-Quadro de Cooperação no Domínio da Defesa. Além disso, 20 militares cabo-verdianos iniciam em setembro cursos de formação na Academia Militar e na Escola de Fuzileiros, em Portugal. O ministro cabo-verdiano da Defesa agradeceu o apoio de Lisboa.",
     [MA],
     "Equipment given to a foreign army and foreign trainees received at home: military assistance only. The cooperation programme is only named, not signed or invoked."),
    ("pt-m4",
     "Maputo e Kigali assinam acordo sobre o estatuto das forças ruandesas em Cabo Delgado",
     "MAPUTO — Moçambique e o Ruanda assinaram um acordo sobre o estatuto das forças ruandesas destacadas em Cabo Delgado, que clarifica questões de jurisdição, imunidades e logística. Cerca de 4.000 militares e polícias ruandeses estão no norte de Moçambique a combater os insurgentes. A assinatura ocorre numa altura em que Kigali admite reforçar o contingente com mais um batalhão antes da época seca.",
     [T, TR],
     "A status-of-forces agreement is a treaty; foreign soldiers stationed and fighting abroad are troops."),
    ("pt-m5",
     "Exército brasileiro enviará instrutores a São Tomé e Príncipe",
     "BRASÍLIA — O Ministério da Defesa anunciou que uma equipa de 15 instrutores do Exército Brasileiro seguirá em agosto para São Tomé e Príncipe, onde passará seis meses a formar militares são-tomenses em operações de selva e manutenção de viaturas. O Brasil vai também doar fardamento, rádios e quatro viaturas às forças armadas do arquipélago, reforçando a cooperação militar no espaço lusófono.",
     [TR, MA],
     "Trainers sent abroad are troops and military assistance; donated gear is assistance."),
    ("pt-m6",
     "Benfica renova com médio e confirma lesão muscular",
     "LISBOA — O Benfica anunciou esta terça-feira a renovação do contrato do médio internacional até 2029, com uma cláusula de rescisão de 120 milhões de euros. No mesmo comunicado, o clube informou que o jogador sofreu uma lesão muscular na coxa direita, que está a ser tratada no Seixal, e falhará o dérbi de domingo. O treinador admitiu que a ausência pesa, mas garantiu que o plantel tem soluções.",
     [],
     "Near-miss for treaty: an employment contract and the participle 'tratada'."),
    ("pt-m7",
     "Avião da FAB leva 12 toneladas de ajuda humanitária a Cuba",
     "BRASÍLIA — Um avião KC-390 da Força Aérea Brasileira decolou nesta sexta-feira da Base Aérea do Galeão com 12 toneladas de ajuda humanitária para Cuba, atingida por um furacão na semana passada. A carga inclui alimentos, medicamentos e kits de higiene doados pelo governo e por ONGs. Após a entrega em Havana, a aeronave regressa ao Brasil com brasileiros que pediram para ser repatriados.",
     [],
     "Near-miss for military_assistance: humanitarian aid flown by an air force; no troop deployment."),
    ("pt-m8",
     "Tropa de Choque dispersa protesto na Avenida Paulista",
     "SÃO PAULO — A Tropa de Choque da Polícia Militar usou bombas de gás e balas de borracha para dispersar na noite de quinta-feira um protesto contra o aumento da tarifa de ônibus na Avenida Paulista. Segundo a Secretaria da Segurança Pública, 14 pessoas foram detidas e dois policiais ficaram feridos. Os organizadores acusam a corporação de truculência e prometem um novo ato para a próxima semana.",
     [],
     "Near-miss for troops: 'Tropa de Choque' is a state police riot unit, not the military."),

    # ------------------------------------------------------------------ pl
    ("pl-m1",
     "Polska i Słowacja podpisały umowę o wodach granicznych",
     "WARSZAWA (PAP) – Ministrowie spraw zagranicznych Polski i Słowacji podpisali w Zakopanem umowę międzyrządową o współpracy na wodach granicznych, która zastąpi porozumienie jeszcze z czasów Czechosłowacji. Dokument reguluje m.in. ochronę przeciwpowodziową w dorzeczu Popradu i Dunajca oraz wymianę danych hydrologicznych. Umowa wejdzie w życie po zakończeniu procedur ratyfikacyjnych w obu państwach.",
     [T],
     "Intergovernmental agreement between two states on shared waters."),
    ("pl-m2",
     "Polski kontyngent w Kosowie zostanie wzmocniony",
     "WARSZAWA – Prezydent podpisał postanowienie o zwiększeniu liczebności Polskiego Kontyngentu Wojskowego w Kosowie z 250 do 400 żołnierzy. Dodatkowa kompania, wydzielona z 21. Brygady Strzelców Podhalańskich, ma trafić na Bałkany jeszcze przed końcem miesiąca. Decyzja to odpowiedź na prośbę dowództwa misji KFOR po wzroście napięć na północy Kosowa.",
     [TR],
     "Additional soldiers sent to a mission abroad."),
    ("pl-m3",
     "Mołdawia otrzymała od Polski sprzęt dla swojej armii",
     "KISZYNIÓW – Do Mołdawii dotarł kolejny transport sprzętu wojskowego przekazanego nieodpłatnie przez Polskę. Armia Narodowa Mołdawii otrzymała m.in. bezzałogowce rozpoznawcze, noktowizory, hełmy i kamizelki kuloodporne. Wartość pakietu szacowana jest na 25 mln zł. Minister obrony Mołdawii podziękował stronie polskiej, podkreślając, że wsparcie pozwoli lepiej chronić granicę na Dniestrze.",
     [MA],
     "Free transfer of military equipment to another state's army."),
    ("pl-m4",
     "Polska i Szwecja zawarły porozumienie o wsparciu logistycznym",
     "SZTOKHOLM – Ministrowie obrony Polski i Szwecji podpisali porozumienie o wzajemnym wsparciu logistycznym, które ułatwi przerzut wojsk i sprzętu przez Bałtyk. Na jego mocy od przyszłego roku w Ustce ma rotacyjnie stacjonować szwedzka bateria przeciwlotnicza, licząca ok. 120 żołnierzy. Z kolei polskie okręty będą mogły korzystać z bazy marynarki wojennej w Karlskronie.",
     [T, TR],
     "A logistics-sharing agreement between states is a treaty; planned stationing of foreign soldiers is troops."),
    ("pl-m5",
     "Polscy saperzy wyszkolą wojskowych z Macedonii Północnej",
     "WARSZAWA – Do Macedonii Północnej wyjedzie 30 instruktorów z polskich jednostek inżynieryjnych, którzy przez trzy miesiące będą szkolić tamtejszych żołnierzy z rozminowywania terenu. MON poinformowało, że Polska przekaże też armii Macedonii Północnej wykrywacze min i zestawy saperskie. Szkolenie odbędzie się na poligonie Krivolak.",
     [TR, MA],
     "Trainers sent abroad are troops and military assistance; donated demining kits are assistance."),
    ("pl-m6",
     "Trupa cyrkowa z Wrocławia rusza w trasę po Niemczech",
     "WROCŁAW – Trupa nowego cyrku Cyrkulacja wyrusza w trasę po Niemczech. Dwunastu akrobatów i żonglerów zaprezentuje spektakl Ląd w Dreźnie, Lipsku i Berlinie. Zespół przez ostatni rok przygotowywał się w dawnej zajezdni tramwajowej. Przedstawienie łączy akrobatykę na linach z muzyką graną na żywo. Bilety na berlińskie pokazy wyprzedały się w kilka dni.",
     [],
     "Near-miss for troops: Polish 'trupa' is a performing troupe."),
    ("pl-m7",
     "Traktat o łuskaniu fasoli na deskach teatru w Lublinie",
     "LUBLIN – Teatr im. Osterwy wystawi adaptację Traktatu o łuskaniu fasoli Wiesława Myśliwskiego. Premiera zaplanowana jest na koniec października. Reżyser zapowiada, że spektakl będzie monologiem jednego aktora, a widzowie zasiądą przy długim stole razem z bohaterem. Teatr podpisał już umowę z wydawnictwem na prawa do tekstu, a bilety trafią do sprzedaży w przyszłym tygodniu.",
     [],
     "Near-miss for treaty: 'Traktat' is a literary treatise; the rights contract is commercial."),
    ("pl-m8",
     "Straż Graniczna wzmacnia siły na granicy z Białorusią",
     "BIAŁYSTOK – Do Podlaskiego Oddziału Straży Granicznej trafi dodatkowo 300 funkcjonariuszy z innych części kraju. Wzmocnione siły mają patrolować odcinek, na którym w ostatnich dniach odnotowano wzrost prób nielegalnego przekroczenia granicy. Pomoc zadeklarowała też policja, która skieruje w rejon Hajnówki oddziały prewencji. Wojewoda apeluje do mieszkańców o zgłaszanie podejrzanych sytuacji.",
     [],
     "Near-miss for troops: border guards and police called 'siły' are not military troops."),

    # ------------------------------------------------------------------ nl
    ("nl-m1",
     "Nederland en België tekenen verdrag over beheer van de Grensmaas",
     "MAASTRICHT – Nederland en België hebben dinsdag in Maastricht een verdrag ondertekend over het gezamenlijke beheer van de Grensmaas. Het akkoord legt vast hoe beide landen omgaan met hoogwater, grindwinning en natuurherstel langs het veertig kilometer lange grensstuk. Ook komt er een gemeenschappelijke commissie die bij dreigende overstromingen snel kan ingrijpen. Het verdrag moet nog worden goedgekeurd door de Tweede Kamer en het federale parlement.",
     [T],
     "Interstate treaty on managing a border river."),
    ("nl-m2",
     "Zr.Ms. De Ruyter vertrekt voor NAVO-taak naar de Oostzee",
     "DEN HELDER – Het fregat Zr.Ms. De Ruyter is maandag uit Den Helder vertrokken voor een inzet van vier maanden in een permanent NAVO-vlooteskader in de Oostzee. Aan boord zijn ongeveer 150 militairen. Het schip moet onder meer onderzeese kabels en pijpleidingen helpen bewaken, nadat daar de afgelopen maanden meerdere verdachte incidenten plaatsvonden. Eind juni keert het fregat terug naar de thuishaven.",
     [TR],
     "A warship with crew deployed abroad counts as troops."),
    ("nl-m3",
     "Nederland levert patrouilleboten en radar aan Surinaamse defensie",
     "PARAMARIBO – Nederland schenkt het Surinaamse Nationaal Leger twee snelle patrouilleboten en een kustradarsysteem, zo maakte het ministerie van Defensie woensdag bekend. Het materieel moet de Surinaamse marine helpen bij het bestrijden van smokkel en illegale visserij op de Marowijne en voor de kust. De levering maakt deel uit van een breder pakket ter versterking van de krijgsmacht van de voormalige kolonie.",
     [MA],
     "Donation of military vessels and radar to another state's armed forces."),
    ("nl-m4",
     "België en Congo sluiten defensieakkoord, Congolese officieren naar Brussel",
     "BRUSSEL – België en de Democratische Republiek Congo hebben in Kinshasa een nieuw akkoord over defensiesamenwerking ondertekend. Het verdrag voorziet onder meer in de opleiding van jaarlijks vijftig Congolese officieren aan de Koninklijke Militaire School in Brussel en in de levering van medisch materieel aan het Congolese leger. Over het sturen van Belgische militairen naar Oost-Congo werd niet gesproken, benadrukte de minister.",
     [T, MA],
     "A defence cooperation accord between states is a treaty; foreign officers trained at home plus supplies to a foreign army are assistance. No troops sent."),
    ("nl-m5",
     "België haalt militairen terug uit Benin",
     "BRUSSEL – België trekt de ongeveer zeventig militairen terug die sinds 2022 in het noorden van Benin gestationeerd waren. Het detachement van speciale eenheden zal voor de zomer naar huis terugkeren, heeft de minister van Defensie dinsdag in de Kamercommissie bevestigd. Volgens de regering is de opdracht afgerond. Oppositiepartijen vrezen dat de veiligheid in de grensstreek met Burkina Faso zal verslechteren.",
     [TR],
     "Withdrawal of soldiers stationed abroad."),
    ("nl-m6",
     "Bewoners Rotterdam-Zuid klagen over troep op straat",
     "ROTTERDAM – Bewoners van de Tarwewijk zijn de troep op straat meer dan zat. Overvolle containers, gedumpte matrassen en zwerfvuil bepalen al weken het straatbeeld, zeggen ze. Een bewonersgroep heeft een petitie met ruim 800 handtekeningen aangeboden aan de deelgemeente. De gemeente belooft vaker te legen en extra handhavers in te zetten om dumpers op heterdaad te betrappen.",
     [],
     "Near-miss for troops: Dutch 'troep' means junk/litter."),
    ("nl-m7",
     "Vopak en Gasunie sluiten overeenkomst over waterstofterminal",
     "ROTTERDAM – Tankopslagbedrijf Vopak en netbeheerder Gasunie hebben een overeenkomst gesloten over de bouw van een importterminal voor waterstof op de Maasvlakte. Het contract, met een looptijd van twintig jaar, moet de eerste grote toevoer van groene waterstof uit het buitenland mogelijk maken. De vergunningsaanvraag wordt dit najaar behandeld door de provincie Zuid-Holland.",
     [],
     "Near-miss for treaty: a commercial agreement between companies; 'behandeld' (treated) in a permit sense."),
    ("nl-m8",
     "Luchtmacht vliegt hulpgoederen naar Marokko na aardbeving",
     "EINDHOVEN – Een transportvliegtuig van de Koninklijke Luchtmacht is vrijdag vertrokken met hulpgoederen voor de slachtoffers van de aardbeving in Marokko. Aan boord zijn tenten, dekens, waterfilters en medische noodpakketten, ingezameld door het Rode Kruis en Giro555. De lading wordt in Marrakesh overgedragen aan de Marokkaanse Rode Halve Maan, waarna het toestel direct terugkeert.",
     [],
     "Near-miss for military_assistance: humanitarian relief flown by an air force; no troop deployment."),
]


def build():
    records = []
    for rid, title, body, rules, note in DATA:
        lang = rid.split("-")[0]
        records.append({
            "id": rid,
            "language": lang,
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
    assert len(records) == 8 * len(LANGS), len(records)
    keys = {"id", "language", "title", "body", "rules", "kind", "note"}
    for r in records:
        assert set(r) == keys, r["id"]
        for k in ("id", "language", "title", "body", "kind", "note"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert r["language"] in LANGS, r["id"]
        assert r["id"].startswith(r["language"] + "-m"), r["id"]
        assert '"' not in r["title"], r["id"]
        assert isinstance(r["rules"], list), r["id"]
        assert len(r["rules"]) == len(set(r["rules"])), r["id"]
        assert set(r["rules"]) <= RULES, r["id"]
        assert r["kind"] in ("positive", "near-miss"), r["id"]
        assert (r["kind"] == "positive") == bool(r["rules"]), r["id"]
        n = len(r["body"])
        assert 250 <= n <= 800, (r["id"], n)
    for lang in LANGS:
        sub = [r for r in records if r["language"] == lang]
        assert sorted(r["id"] for r in sub) == sorted(
            f"{lang}-m{i}" for i in range(1, 9)), lang
        pos = [r for r in sub if r["kind"] == "positive"]
        assert len(pos) == 5, (lang, len(pos))
        assert len(sub) - len(pos) == 3, lang
        for rule in RULES:
            assert any(rule in r["rules"] for r in pos), (lang, rule)


def main():
    records = build()
    check(records)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check the written file
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    check(back)
    counts = {rule: sum(rule in r["rules"] for r in back) for rule in sorted(RULES)}
    print(f"wrote {len(back)} records to {OUT}")
    print("positives per rule:", counts)
    print("min/max body length:", min(len(r["body"]) for r in back),
          max(len(r["body"]) for r in back))


if __name__ == "__main__":
    main()
