# Hand-written evaluation articles; labels assigned by reading. No project code imported.
import json
T, R, M = "treaty", "troops", "military_assistance"
A = []
def add(id, title, body, rules, kind, note):
    A.append(dict(id=id, language=id.split("-")[0], title=title, body=body, rules=rules, kind=kind, note=note))

# ---------------- en
add("en-1", "Senate ratifies expanded defence pact with Manila, clears first radar shipment",
 "The US Senate voted 71 to 24 on Thursday to ratify the expanded defence pact signed in Manila in June, which updates the two countries' 1951 mutual defence treaty. The same bill releases $400 million for coastal radar systems and patrol boats to be handed over to the Philippine navy next spring. Officials in Manila said the equipment would be used to monitor waters around the Spratly Islands.",
 [T, M], "positive", "pact ratified by a state; radar and patrol boats handed to a foreign navy")
add("en-2", "Thousands more North Korean soldiers moved to Kursk front, Seoul says",
 "South Korea's intelligence service said on Monday that roughly 3,000 additional North Korean soldiers had arrived in Russia's Kursk region over the past month, bringing the contingent to more than 14,000. Satellite imagery shows new units massing near the border, the agency told lawmakers in a closed briefing. Moscow has not commented on the reports.",
 [R], "positive", "foreign soldiers deployed and massing; no arms or equipment transfer described")
add("en-3", "Kathak troupe brings monsoon epic to Edinburgh",
 "A twelve-member dance troupe from Lucknow opened its first UK tour on Friday with a ninety-minute Kathak retelling of the monsoon legends of Awadh. The company's artistic director said the troupe had rehearsed for eight months and would perform in Glasgow, Leeds and London before returning to India in January. Tickets for the closing night have already sold out.",
 [], "near-miss", "troupe = dance company, not troops")
add("en-4", "Midfielder commits future to club after hamstring scare",
 "Club captain Danny Roe has signed a new four-year contract, ending months of speculation about a move abroad. The 27-year-old, who was treated for a hamstring injury last month, said the agreement was 'the easiest decision of my career'. The deal includes a release clause reported to be worth £60 million.",
 [], "near-miss", "footballer's contract/agreement/deal + 'treated' (verb), no treaty")
add("en-5", "UK pledges £20m in humanitarian aid for Sudan's displaced",
 "The Foreign Office on Wednesday announced £20 million in humanitarian aid for families displaced by the war in Sudan's Darfur region. The money will fund food parcels, water purification and mobile clinics run by UN agencies and local charities. Ministers stressed that none of the funding would pass through either of the warring parties.",
 [], "near-miss", "humanitarian aid, not military aid; war mentioned but no troop movement")

# ---------------- fr
add("fr-1", "Koursk : les troupes nord-coréennes montent en ligne, Pyongyang invoque son traité avec Moscou",
 "Selon le renseignement sud-coréen, plusieurs milliers de soldats nord-coréens supplémentaires ont été déployés ces dernières semaines dans la région de Koursk, aux côtés de l'armée russe. Pyongyang justifie cet engagement par le traité de partenariat stratégique global signé avec la Russie en juin 2024, dont l'article 4 prévoit une assistance mutuelle en cas d'agression. Les livraisons d'armes se poursuivent par ailleurs : obus et missiles balistiques nord-coréens continuent d'arriver par voie ferroviaire.",
 [T, R, M], "positive", "troops deployed; treaty invoked; arms deliveries state to state")
add("fr-2", "Paris et Londres signent un traité sur la coopération migratoire",
 "La France et le Royaume-Uni ont signé vendredi à Londres un traité bilatéral encadrant la surveillance de la Manche et le retour des demandeurs d'asile déboutés. Le texte, négocié pendant dix-huit mois, remplace une série d'arrangements administratifs jugés trop fragiles. Il devra encore être ratifié par le Parlement français, où plusieurs groupes d'opposition ont annoncé qu'ils voteraient contre.",
 [T], "positive", "bilateral treaty signed, ratification pending")
add("fr-3", "Ski alpin : Mathis Roux traité pour une fracture du tibia après sa chute",
 "Le skieur savoyard Mathis Roux a été traité dans la nuit à l'hôpital de Denver pour une fracture du tibia, après sa lourde chute lors de l'entraînement de descente de Copper Mountain. Son entourage indique qu'il sera rapatrié en France en début de semaine. L'encadrement de l'équipe de France n'a pas donné de date de retour, mais sa saison semble compromise.",
 [], "near-miss", "'traité' = past participle of traiter (treated), not a treaty")
add("fr-4", "La troupe de la Comédie de Caen emmène « Cyrano » au Québec",
 "Après trois saisons à guichets fermés, la troupe de la Comédie de Caen emporte son « Cyrano de Bergerac » au Québec pour une tournée de six semaines. Les quatorze comédiens joueront à Montréal, Québec et Sherbrooke à partir du 12 janvier. Le metteur en scène promet une version « plus rock », adaptée aux grandes salles.",
 [], "near-miss", "troupe de théâtre: theatre company")
add("fr-5", "Liban : la France envoie 60 tonnes d'aide humanitaire",
 "Un avion affrété par le ministère de l'Europe et des Affaires étrangères a atterri samedi à Beyrouth avec 60 tonnes d'aide humanitaire : matériel médical, kits d'hygiène et groupes électrogènes destinés aux hôpitaux du Sud. Cette assistance, coordonnée avec la Croix-Rouge libanaise, s'ajoute aux 15 millions d'euros déjà débloqués depuis le printemps. Paris a promis un second envoi avant Noël.",
 [], "near-miss", "'assistance'/'matériel' but humanitarian, not military")

# ---------------- de
add("de-1", "Neues Paket: Berlin liefert weitere IRIS-T-Systeme an die Ukraine",
 "Die Bundesregierung hat ein weiteres Paket militärischer Unterstützung für die Ukraine im Umfang von 1,2 Milliarden Euro beschlossen. Es umfasst zwei zusätzliche Luftverteidigungssysteme vom Typ IRIS-T SLM, Artilleriemunition sowie Ersatzteile für bereits gelieferte Panzer. Der Verteidigungsminister betonte, die Waffenlieferungen würden trotz der angespannten Haushaltslage fortgesetzt.",
 [M], "positive", "state-to-state weapons deliveries (Waffenlieferungen, militärische Unterstützung)")
add("de-2", "Panzerbrigade 45: Bundeswehr stationiert dauerhaft Truppen in Litauen",
 "Mit einem Appell in Rūdninkai hat die Bundeswehr am Mittwoch den Aufbau ihrer Panzerbrigade in Litauen weitgehend abgeschlossen. Rund 4.800 Soldatinnen und Soldaten sollen dort bis Ende 2027 dauerhaft stationiert sein – der erste permanente Auslandseinsatz deutscher Truppen dieser Größe. Grundlage ist ein Regierungsabkommen, das Berlin und Vilnius im Dezember 2023 unterzeichnet haben und das auch Wohnungen und Schulen für die Familien regelt.",
 [R, T], "positive", "troops stationed abroad; intergovernmental agreement invoked as legal basis")
add("de-3", "Freie Theatertruppe aus Leipzig gastiert mit Brecht in Zürich",
 "Die freie Leipziger Truppe „Ensemble Kolonne“ zeigt ab Donnerstag ihre gefeierte Inszenierung von Brechts „Mutter Courage“ im Zürcher Schauspielhaus. Die zwölfköpfige Theatertruppe hatte mit der Produktion im Frühjahr einen Publikumspreis gewonnen. Der Vorverkauf läuft laut Veranstalter außergewöhnlich gut.",
 [], "near-miss", "Truppe/Theatertruppe = theatre company; war play title is a further distractor")
add("de-4", "Bahn und GDL unterzeichnen neuen Tarifvertrag",
 "Nach monatelangen Verhandlungen haben die Deutsche Bahn und die Lokführergewerkschaft GDL am Freitag einen neuen Tarifvertrag unterzeichnet. Der Vertrag sieht eine Lohnerhöhung von 4,8 Prozent in zwei Stufen vor und läuft bis Ende 2028. Wer einen neuen Arbeitsvertrag als Lokführer abschließt, erhält zudem eine einmalige Prämie von 3.000 Euro.",
 [], "near-miss", "Vertrag = collective wage / employment contract, not a treaty")
add("de-5", "EU-Finanzhilfe für Moldau: 1,9 Milliarden Euro für Energie und Straßen",
 "Die Europäische Kommission hat die erste Tranche ihres Wachstumsplans für die Republik Moldau freigegeben. Die Finanzhilfe in Höhe von insgesamt 1,9 Milliarden Euro soll vor allem in Stromleitungen nach Rumänien, den Straßenbau und kleine Unternehmen fließen. Brüssel knüpft die Unterstützung an Reformen der Justiz und der Korruptionsbekämpfung.",
 [], "negative", "economic/financial aid (Hilfe, Unterstützung) with no military content")

# ---------------- es
add("es-1", "Perú ratifica el tratado de alta mar de la ONU",
 "El Congreso peruano aprobó el jueves por amplia mayoría la ratificación del Acuerdo sobre la Biodiversidad Marina más allá de la Jurisdicción Nacional, conocido como tratado de alta mar. Con el depósito del instrumento, Lima se suma a las decenas de países que ya lo han ratificado. Las organizaciones pesqueras advirtieron que vigilarán de cerca cómo se aplican las nuevas zonas protegidas.",
 [T], "positive", "state ratifies a UN multilateral treaty")
add("es-2", "Estados Unidos desplegará tropas y entregará helicópteros a Ecuador",
 "Washington enviará unos 200 efectivos militares a la provincia costera de Manabí para apoyar la lucha contra el narcotráfico, según confirmó el Pentágono. El paquete de ayuda militar incluye además seis helicópteros Black Hawk, lanchas patrulleras y la formación de pilotos ecuatorianos. El despliegue de tropas extranjeras requiere todavía el visto bueno de la Corte Constitucional de Ecuador.",
 [R, M], "positive", "US troops deployed; helicopters, boats and training given to another state")
add("es-3", "Aerolíneas Atlántico y Hoteles Sol Mayor firman un acuerdo comercial",
 "La aerolínea Atlántico y la cadena Sol Mayor firmaron este martes en Madrid un acuerdo comercial de cinco años para vender paquetes de vuelo y hotel en una sola reserva. El pacto, cuyo valor no se ha revelado, incluye descuentos cruzados para los socios de ambos programas de fidelización. Las dos empresas prevén ampliarlo a destinos del Caribe en 2027.",
 [], "near-miss", "acuerdo comercial / pacto between companies, not states")
add("es-4", "Las tropas del Cholo conquistan Mestalla",
 "El Atlético de Madrid se impuso por 0-2 al Valencia en un partido de pierna fuerte y mucha tensión en las gradas. Las tropas de Simeone resistieron el asedio local durante toda la segunda parte y sentenciaron al contragolpe en el minuto 88. Con la victoria, los rojiblancos se sitúan a dos puntos del liderato.",
 [], "near-miss", "'tropas'/'asedio' used figuratively for a football team")
add("es-5", "La Biblioteca Nacional reedita el «Tratado de la pintura» de Leonardo",
 "La Biblioteca Nacional presenta una edición facsímil del «Tratado de la pintura» de Leonardo da Vinci en la traducción española de 1784. El volumen, restaurado durante dos años, incluye los grabados originales y un estudio preliminar que ha tratado de reconstruir la historia del manuscrito. La muestra podrá visitarse gratis hasta el 15 de marzo.",
 [], "near-miss", "tratado = treatise; 'ha tratado' = has tried")

# ---------------- it
add("it-1", "Italia e Ucraina firmano un nuovo accordo di sicurezza decennale: altri aiuti militari",
 "Il governo italiano ha firmato a Roma un nuovo accordo bilaterale di sicurezza della durata di dieci anni con l'Ucraina, che impegna l'Italia a garantire sostegno militare e politico a Kyiv. Contestualmente è stato approvato un ulteriore pacchetto di aiuti militari, che comprende munizioni per il sistema di difesa aerea SAMP/T e mezzi blindati. Il contenuto esatto delle forniture di armi resta classificato.",
 [T, M], "positive", "bilateral security agreement signed between states; military aid package")
add("it-2", "Libano, comincia il ritiro delle truppe italiane di UNIFIL",
 "Con la fine del mandato UNIFIL fissata al 31 dicembre, il comando della missione ha avviato il ritiro graduale dei circa 1.000 soldati italiani schierati nel sud del Libano. I primi due convogli hanno lasciato la base di Shama diretti al porto di Beirut, da dove i mezzi saranno imbarcati verso Brindisi. Il ministero della Difesa prevede di completare il rientro delle truppe entro l'estate.",
 [R], "positive", "state troops withdrawn from a peacekeeping deployment")
add("it-3", "La troupe di «Vico Oscuro» gira nei Quartieri Spagnoli",
 "Da lunedì la troupe della nuova serie «Vico Oscuro» è al lavoro nei Quartieri Spagnoli di Napoli: circa ottanta persone tra tecnici, attori e comparse. Il Comune ha disposto divieti di sosta in sei strade fino a venerdì. I residenti lamentano disagi, ma molti commercianti parlano di un piccolo boom di incassi.",
 [], "near-miss", "troupe = film crew")
add("it-4", "Calciomercato, Ferri firma il rinnovo con il Bologna fino al 2030",
 "Dopo una lunga trattativa, il difensore centrale del Bologna Luca Ferri ha firmato il rinnovo del contratto fino al 2030. L'accordo prevede un ingaggio di 2,5 milioni a stagione più bonus e una clausola rescissoria da 40 milioni. Il giocatore, trattato per settimane come possibile partente, ha ringraziato i tifosi sui social.",
 [], "near-miss", "footballer's contract/accordo; 'trattato' = participle (treated as)")
add("it-5", "Gaza, un C-130 dell'Aeronautica porta dodici tonnellate di aiuti umanitari",
 "Un C-130J dell'Aeronautica Militare è atterrato ad Al-Arish, in Egitto, con dodici tonnellate di aiuti umanitari destinati alla popolazione di Gaza: farina, latte in polvere, medicinali e tende. Il carico sarà consegnato alla Mezzaluna Rossa egiziana, che ne curerà l'ingresso nella Striscia. La Farnesina ha annunciato un secondo volo entro la fine del mese.",
 [], "near-miss", "humanitarian aid carried by a military aircraft: not military aid, not a troop deployment")

# ---------------- pt
add("pt-1", "Brasil e Paraguai concluem revisão do Anexo C do Tratado de Itaipu",
 "Após mais de três anos de negociação, os governos do Brasil e do Paraguai anunciaram em Assunção a conclusão da revisão do Anexo C do Tratado de Itaipu, que define a tarifa e a divisão da energia da usina binacional. O novo texto permite ao Paraguai vender seu excedente diretamente ao mercado brasileiro. O acordo ainda precisa ser aprovado pelos congressos dos dois países.",
 [T], "positive", "bilateral treaty renegotiated between two states")
add("pt-2", "Cabo Delgado: Ruanda reforça tropas e UE aprova novo apoio militar",
 "O Ruanda enviou mais 800 soldados para a província moçambicana de Cabo Delgado, elevando para cerca de 5.000 o contingente que combate os insurgentes na região. Em Bruxelas, o Conselho da UE aprovou 20 milhões de euros através do Mecanismo Europeu de Apoio à Paz para financiar equipamento e logística das tropas ruandesas. Portugal mantém, por seu lado, a missão de formação militar das forças moçambicanas.",
 [R, M], "positive", "troops sent and fighting; EU funds military equipment; military training")
add("pt-3", "Trupe paulistana leva circo-teatro ao sertão nordestino",
 "A trupe do Circo-Teatro Lona Azul parte nesta semana em turnê por onze cidades do interior de Pernambuco e da Paraíba. O espetáculo mistura palhaçaria, música ao vivo e trechos de cordel, com apresentações gratuitas em praças públicas. Os dezoito artistas da companhia viajam em dois ônibus adaptados que servem também de camarim.",
 [], "near-miss", "trupe = circus/theatre troupe")
add("pt-4", "Petrosul e grupo chinês assinam acordo comercial de fornecimento de petróleo",
 "A petrolífera Petrosul e o grupo chinês Haiyang Energy assinaram um acordo comercial de dez anos para o fornecimento de 80 mil barris diários de petróleo do pré-sal. O contrato, estimado em 30 bilhões de dólares, foi tratado na reunião do conselho de administração como o maior da história da empresa. As ações da companhia subiram 4% após o anúncio.",
 [], "near-miss", "commercial agreement between companies; 'tratado' = participle (treated)")
add("pt-5", "Desfile de 7 de Setembro reúne blindados e aviões na Esplanada",
 "Cerca de 4.000 militares do Exército, da Marinha e da Aeronáutica desfilaram neste domingo na Esplanada dos Ministérios, em Brasília, nas comemorações do Dia da Independência. O desfile contou com blindados Guarani, a passagem da Esquadrilha da Fumaça e a participação de estudantes e bandas escolares. O presidente acompanhou a cerimônia da tribuna de honra.",
 [], "negative", "military parade at home: no deployment, no aid")

# ---------------- pl
add("pl-1", "Polska przekaże Ukrainie kolejny pakiet pomocy wojskowej",
 "Minister obrony narodowej zapowiedział w czwartek przekazanie Ukrainie kolejnego pakietu pomocy wojskowej. Obejmuje on amunicję artyleryjską kalibru 155 mm, części zamienne do czołgów oraz sprzęt łączności. Dostawy broni mają trafić na front jeszcze przed końcem roku za pośrednictwem centrum logistycznego pod Rzeszowem.",
 [M], "positive", "pomoc wojskowa, dostawy broni: state-to-state military aid")
add("pl-2", "Wojska amerykańskie zostaną w Polsce. Waszyngton potwierdza zobowiązania z umowy EDCA",
 "Pentagon zapewnił, że rotacyjna obecność około 10 tysięcy żołnierzy amerykańskich w Polsce zostanie utrzymana co najmniej do 2028 roku. Strony powołały się na umowę o wzmocnionej współpracy obronnej (EDCA) z 2020 roku, która reguluje status i zakwaterowanie wojsk USA. W Poznaniu kontynuowana jest rozbudowa stałego dowództwa V Korpusu.",
 [R, T], "positive", "US troops stationed; intergovernmental defence agreement invoked")
add("pl-3", "Trupa krakowskiej Groteski rusza w trasę po Europie",
 "Trupa krakowskiego Teatru Groteska wyrusza w przyszłym tygodniu w sześciotygodniowe tournée po Niemczech, Czechach i Austrii. Aktorzy zaprezentują lalkowy spektakl «Kopciuszek» w trzech wersjach językowych. To pierwsza tak długa trasa zespołu od czasu pandemii.",
 [], "near-miss", "trupa = theatre company")
add("pl-4", "Krytyczne wydanie «Traktatu poetyckiego» Miłosza",
 "Jedno z krakowskich wydawnictw przygotowało krytyczną edycję «Traktatu poetyckiego» Czesława Miłosza, uzupełnioną o nieznane dotąd szkice z archiwum w Yale. Tom zawiera także komentarze poety do «Traktatu moralnego» oraz listy do Jerzego Giedroycia. Premiera odbędzie się w grudniu podczas festiwalu literackiego w Krakowie.",
 [], "near-miss", "traktat = literary treatise (poem titles), not an international treaty")
add("pl-5", "Konwój z pomocą humanitarną wyjechał z Lublina do Charkowa",
 "Z Lublina wyruszył w poniedziałek konwój dziesięciu ciężarówek z pomocą humanitarną dla mieszkańców Charkowa. Wiozą generatory prądotwórcze, koce, żywność i leki zebrane przez samorządy i organizacje pozarządowe. Organizatorzy podkreślają, że transport nie zawiera żadnego sprzętu wojskowego.",
 [], "near-miss", "humanitarian aid; 'sprzęt wojskowy' appears only negated")

# ---------------- nl
add("nl-1", "Nederland stuurt extra drones en F-16-munitie naar Oekraïne",
 "Het kabinet trekt 350 miljoen euro uit voor nieuwe militaire steun aan Oekraïne. Het geld gaat naar de levering van duizenden verkenningsdrones, munitie voor de eerder overgedragen F-16's en radarsystemen voor de luchtverdediging. De minister van Defensie zei dat de wapenleveranties 'zo snel mogelijk' aan het front moeten komen.",
 [M], "positive", "militaire steun, wapenleveranties from a state")
add("nl-2", "Nederland en Duitsland tekenen verdrag over waterstofleiding",
 "De Nederlandse en de Duitse regering hebben in Den Haag een verdrag ondertekend over de aanleg en het beheer van een grensoverschrijdende waterstofleiding tussen de Eemshaven en het Ruhrgebied. In het verdrag zijn afspraken vastgelegd over veiligheid, toezicht en de verdeling van de kosten. Het moet nog door de Tweede Kamer en de Bondsdag worden geratificeerd.",
 [T], "positive", "bilateral treaty (verdrag) signed between states")
add("nl-3", "Kuipers verlengt contract bij Ajax tot 2030",
 "Middenvelder Daan Kuipers heeft zijn contract bij Ajax met drie jaar verlengd, tot medio 2030. De 22-jarige speler was afgelopen zomer in beeld bij clubs uit Engeland en Italië, maar koos voor de Amsterdammers. Over de hoogte van de afkoopsom in de nieuwe overeenkomst doet de club geen mededelingen.",
 [], "near-miss", "footballer's contract/overeenkomst")
add("nl-4", "Bewoners Zuilen klagen over troep op straat",
 "Bewoners van de Utrechtse wijk Zuilen zijn het zat: sinds de gemeente de ophaaldag van het grofvuil heeft verplaatst, ligt er wekenlang troep op de stoep. Oude matrassen, kapotte fietsen en vuilniszakken trekken ratten aan, zeggen omwonenden. De wethouder belooft dat er vanaf januari extra wagens rijden.",
 [], "near-miss", "troep = junk/mess (Dutch), not troops")
add("nl-5", "Damen bouwt drie elektrische veerboten voor Canadese rederij",
 "Scheepsbouwer Damen heeft een contract binnengehaald voor de bouw van drie elektrische veerboten voor een rederij in Brits-Columbia. De order is goed voor ruim 200 miljoen euro en levert werk op voor honderden mensen op de werven in Gorinchem en Galați. De eerste boot moet in 2028 worden afgeleverd.",
 [], "negative", "commercial shipbuilding contract of a firm that also builds warships; civilian deliveries")

# ---------------- ru
add("ru-1", "США выделили Тайваню новый пакет военной помощи",
 "Госдепартамент США уведомил Конгресс о выделении Тайбэю пакета военной помощи на сумму около 2 млрд долларов. В него входят зенитные ракетные комплексы NASAMS, радары и обучение тайваньских военных обращению с ними. В Пекине заявили, что новые поставки оружия «подрывают мир и стабильность в Тайваньском проливе», и пригрозили ответными мерами.",
 [M], "positive", "военная помощь, поставки оружия, training; no troop deployment")
add("ru-2", "Российские войска останутся в Беларуси: Москва ссылается на договор о гарантиях безопасности",
 "Министр обороны России заявил, что российские войска и ракетные комплексы «Орешник» будут размещены на территории Беларуси бессрочно. Решение он обосновал Договором о гарантиях безопасности в рамках Союзного государства, подписанным в декабре 2024 года. Минск подтвердил, что до конца года в стране будут развёрнуты ещё несколько российских подразделений.",
 [R, T], "positive", "troops stationed abroad; interstate treaty invoked")
add("ru-3", "Балетная труппа Большого театра отправится на гастроли в Китай",
 "Балетная труппа Большого театра в январе покажет в Пекине и Шанхае «Лебединое озеро» и «Спартак». В гастролях примут участие более 150 артистов, а также оркестр театра. Билеты на все восемь спектаклей, по словам организаторов, были раскуплены за несколько часов.",
 [], "near-miss", "труппа = ballet company")
add("ru-4", "Мэрия Екатеринбурга заключила с клубом договор аренды стадиона",
 "Администрация Екатеринбурга подписала с местным футбольным клубом договор аренды Центрального стадиона сроком на 25 лет. По условиям соглашения клуб берёт на себя расходы на реконструкцию трибун и замену газона. Депутаты городской думы раскритиковали сделку, назвав арендную плату заниженной.",
 [], "near-miss", "договор аренды = lease, not an international treaty")
add("ru-5", "Парад Победы на Красной площади: 10 тысяч военнослужащих и новая техника",
 "В Москве 9 мая прошёл парад в честь 81-й годовщины Победы. По Красной площади маршем прошли около 10 тысяч военнослужащих, впервые были показаны новые бронемашины и беспилотные комплексы. Воздушную часть парада из-за низкой облачности пришлось отменить.",
 [], "negative", "military parade: soldiers march at home, no deployment or aid")

# ---------------- uk
add("uk-1", "Швеція оголосила новий пакет військової допомоги Україні",
 "Уряд Швеції затвердив новий пакет військової допомоги Україні на суму 1,5 млрд доларів. До нього увійдуть бойові машини піхоти CV90, артилерійські боєприпаси та системи радіоелектронної боротьби. Міністр оборони України подякував Стокгольму й наголосив, що постачання зброї має розпочатися вже на початку наступного року.",
 [M], "positive", "військова допомога, постачання зброї")
add("uk-2", "Франція та Британія готові розмістити війська в Україні після мирної угоди",
 "Лідери Франції та Великої Британії заявили, що їхні війська можуть бути розміщені в Україні протягом місяця після підписання мирної угоди з Росією. Гарантії безпеки мають бути закріплені в окремому міжнародному договорі, проєкт якого наразі обговорюють у Парижі. У Москві вже заявили, що не погодяться на присутність іноземних військових на українській території.",
 [R, T], "positive", "planned stationing of foreign troops; international security treaty under negotiation")
add("uk-3", "Трупа театру імені Франка вирушає на гастролі до Польщі",
 "Трупа Національного академічного драматичного театру імені Івана Франка в грудні покаже у Варшаві та Кракові виставу «Кайдашева сім'я». Частину коштів від продажу квитків актори передадуть на реабілітацію поранених. Гастролі стали можливими завдяки підтримці Українського інституту.",
 [], "near-miss", "трупа = theatre company; 'підтримка'/'поранені' distractors")
add("uk-4", "Японія передала Україні генератори та обладнання для лікарень",
 "Японія в межах гуманітарної допомоги передала Україні 120 потужних генераторів і медичне обладнання для лікарень прифронтових областей. Допомогу доставили через агентство JICA. Посол Японії наголосив, що Токіо не постачає летальної зброї, але й надалі підтримуватиме відновлення енергетики.",
 [], "near-miss", "гуманітарна допомога; weapons mentioned only negated")
add("uk-5", "Півзахисник «Шахтаря» підписав новий контракт",
 "Півзахисник донецького «Шахтаря» Олег Мельник продовжив контракт із клубом до літа 2030 року. Угоду підписали після тривалих переговорів, під час яких гравцем цікавилися кілька європейських клубів. За даними ЗМІ, нова угода містить пункт про відступні в розмірі 35 млн євро.",
 [], "near-miss", "footballer's контракт/угода, not a treaty")

# ---------------- ar
add("ar-1", "إيران تلوّح بالانسحاب من معاهدة عدم انتشار الأسلحة النووية",
 "هدّد رئيس البرلمان الإيراني اليوم بالانسحاب من معاهدة عدم انتشار الأسلحة النووية إذا استمرت العقوبات الأممية التي أعيد فرضها على بلاده. وقال إن طهران علّقت بالفعل تعاونها مع الوكالة الدولية للطاقة الذرية، وإن «كل الخيارات مطروحة». وحذّرت باريس وبرلين من أن خطوة كهذه ستعمّق عزلة إيران الدولية.",
 [T], "positive", "threatened withdrawal from a multilateral treaty")
add("ar-2", "تركيا ترسل مزيداً من الجنود إلى الصومال وتسلّم جيشه مدرعات",
 "أرسلت تركيا نحو 500 جندي إضافي إلى الصومال لتعزيز وجودها العسكري في مقديشو، وفق ما أعلنته وزارة الدفاع التركية. كما سلّمت أنقرة الجيش الصومالي عشرين مدرعة وطائرات مسيّرة في إطار برنامج المساعدات العسكرية، إلى جانب تدريب وحدات صومالية خاصة. وتأتي الخطوة بعد تصاعد هجمات حركة الشباب في الأشهر الأخيرة.",
 [R, M], "positive", "soldiers sent abroad; armoured vehicles, drones and training given")
add("ar-3", "فرقة النجوم للفنون الشعبية تعود إلى المسرح بعرض راقص جديد",
 "تعود فرقة النجوم للفنون الشعبية إلى خشبة مهرجان بعلبك بعرض جديد يستلهم حكايات «ألف ليلة وليلة». ويشارك في العرض أكثر من ستين راقصاً وراقصة، مع موسيقى حيّة وأزياء صُمّمت خصيصاً له. وقالت إدارة الفرقة إن العرض سينتقل بعد ذلك إلى دبي والقاهرة.",
 [], "near-miss", "فرقة = dance troupe (same word as a military division)")
add("ar-4", "طائرات أردنية تُسقط مساعدات إنسانية فوق شمال غزة",
 "نفّذ سلاح الجو الملكي الأردني اليوم أربع عمليات إنزال جوي لمساعدات إنسانية فوق شمال قطاع غزة، شملت مواد غذائية وحليب أطفال وأدوية. وقالت القوات المسلحة الأردنية إن العملية جرت بالتنسيق مع منظمات الأمم المتحدة. ومنذ بداية الحرب، نفّذ الأردن أكثر من مئة عملية إنزال من هذا النوع.",
 [], "near-miss", "humanitarian airdrops by an air force: not military aid, not a troop deployment")
add("ar-5", "نجم الأهلي يجدد عقده حتى 2029",
 "أعلن النادي الأهلي تجديد عقد لاعب خط الوسط مروان سامي لمدة ثلاث سنوات إضافية تنتهي في صيف 2029. وجاء الاتفاق بعد مفاوضات استمرت شهرين، رفض خلالها اللاعب عروضاً من أندية خليجية. ولم يكشف النادي عن القيمة المالية للعقد الجديد.",
 [], "near-miss", "footballer's عقد/اتفاق, not an international agreement")

# ---------------- tr
add("tr-1", "TBMM Somali tezkeresini uzattı: Türk askeri iki yıl daha görevde",
 "Türkiye Büyük Millet Meclisi, Türk Silahlı Kuvvetleri unsurlarının Somali ve çevresindeki deniz yetki alanlarında görevlendirilmesine ilişkin tezkerenin süresini iki yıl uzattı. Tezkere kapsamında Mogadişu'daki üsse ek birlikler gönderilebilecek. Hükümet ayrıca Somali ordusuna yönelik eğitim ve teçhizat yardımının artırılacağını, zırhlı araç teslimatlarının da süreceğini açıkladı.",
 [R, M], "positive", "troop mandate abroad extended, more units may be sent; training, equipment and armoured vehicles for Somalia's army")
add("tr-2", "Ankara Montrö'yü hatırlattı: savaş gemilerine Boğazlar kapalı",
 "Dışişleri Bakanlığı, Karadeniz'e girmek isteyen iki ülkeye ait savaş gemilerinin geçiş talebini Montrö Boğazlar Sözleşmesi'nin 19. maddesine dayanarak reddetti. Bakanlık açıklamasında, savaş süresince muharip devletlerin savaş gemilerinin Boğazlardan geçemeyeceği hatırlatıldı. Ankara, sözleşmenin titizlikle uygulanmaya devam edeceğini vurguladı.",
 [T], "positive", "Montreux Convention invoked by a state")
add("tr-3", "Ege Rüzgârı dans trupu Avrupa turnesine çıkıyor",
 "Halk danslarını modern koreografiyle buluşturan Ege Rüzgârı dans trupu, yeni gösterisi «Bin Yıllık Ateş» ile ocak ayında Avrupa turnesine çıkıyor. Yüz yirmi dansçıdan oluşan trup, Berlin, Viyana ve Amsterdam'da sahne alacak. Gösterinin biletlerinin büyük bölümü şimdiden satıldı.",
 [], "near-miss", "trup = dance troupe")
add("tr-4", "Trabzonspor, golcüsüyle sözleşme uzattı",
 "Süper Lig ekiplerinden Trabzonspor, golcü oyuncusu Emre Aydın ile sözleşmesini 2029 yılına kadar uzattı. Taraflar arasındaki anlaşma, dün akşam düzenlenen imza töreniyle resmiyet kazandı. Kulüp başkanı, yeni sözleşmenin taraftarlara verilmiş bir söz olduğunu söyledi.",
 [], "near-miss", "sözleşme/anlaşma = player's contract (same word as Montreux 'Sözleşmesi')")
add("tr-5", "Gazze'ye 3 bin ton insani yardım taşıyan gemi yola çıktı",
 "Türk Kızılay'ın organize ettiği ve yaklaşık 3 bin ton insani yardım taşıyan gemi, Mersin Limanı'ndan Mısır'ın El Ariş Limanı'na doğru yola çıktı. Gemide gıda kolileri, çadır, battaniye ve tıbbi malzeme bulunuyor. Yardımların Refah Sınır Kapısı üzerinden Gazze'ye ulaştırılması planlanıyor.",
 [], "near-miss", "insani yardım = humanitarian aid")

# ---------------- zh
add("zh-1", "中印边境两处对峙点完成脱离接触 双方部队后撤",
 "据两国外交部消息，中印双方依据两国签署的《关于在中印边境实际控制线地区军事领域建立信任措施的协定》及近期达成的巡逻安排，完成了东段两处对峙点的脱离接触。双方部队已后撤至约定位置，并拆除了临时设施。两国外长表示，将继续通过谈判推动边境地区的和平与稳定。",
 [R, T], "positive", "troops withdrawn; interstate border agreement invoked")
add("zh-2", "欧盟批准向摩尔多瓦提供6000万欧元军事援助",
 "欧盟理事会周四批准，通过欧洲和平基金向摩尔多瓦提供6000万欧元军事援助，用于采购防空雷达、无人机和通信设备。这是该基金今年第二次向摩尔多瓦武装部队拨款。摩尔多瓦国防部表示，这些装备将用于加强领空监视，不会用于进攻目的。",
 [M], "positive", "军事援助 from EU to a state; 武装部队 is the recipient, not a deployment")
add("zh-3", "九三阅兵一周年专题展览开幕",
 "纪念中国人民抗日战争暨世界反法西斯战争胜利80周年阅兵一周年之际，中国人民革命军事博物馆推出专题展览，展出受阅部队的训练照片、装备模型和部分阅兵方队的旗帜。展览免费开放至明年3月，预计将吸引数十万名观众。",
 [], "near-miss", "parade exhibition; 受阅部队 = parading units, no deployment")
add("zh-4", "申花与中场王一凡续约三年",
 "上海申花俱乐部宣布，与中场球员王一凡续签一份为期三年的合同，新合同将于2029年底到期。双方经过数周谈判达成协议，具体条款未予公布。王一凡上赛季代表球队出场28次，打进5球。俱乐部表示，这次续约体现了对本土年轻球员的信任。",
 [], "near-miss", "合同/协议 = player's contract")
add("zh-5", "中国向缅甸地震灾区追加人道主义援助",
 "中国政府宣布向缅甸地震灾区追加提供1亿元人民币紧急人道主义援助，包括帐篷、毛毯、净水设备和药品。首批物资已由包机运抵曼德勒，并交由当地红十字会分发。中方救援队此前已在灾区开展了十余天的搜救工作。缅方对中方的及时支持表示感谢。",
 [], "near-miss", "人道主义援助 = humanitarian aid, not 军事援助")

# ---------------- ja
add("ja-1", "日比円滑化協定が発効　比海軍への沿岸レーダー供与も発表",
 "日本とフィリピンの部隊が相互に訪問する際の手続きを定めた円滑化協定（RAA）が、両国の批准手続きを経て発効した。これに合わせて日本政府は、政府安全保障能力強化支援（OSA）の枠組みで、フィリピン海軍に沿岸監視レーダー5基を無償供与すると発表した。中国外務省は「地域の緊張を高める」と反発している。",
 [T, M], "positive", "ratified bilateral agreement enters into force; radars given to a foreign navy (no actual deployment described)")
add("ja-2", "ロシア軍、ドネツク州で攻勢強化",
 "ウクライナ軍参謀本部によると、ロシア軍は過去24時間にドネツク州コスチャンティニウカ周辺で40回以上の攻撃を仕掛けた。ロシア側は新たに大隊規模の部隊を複数投入したとみられ、ウクライナ軍は防衛線の一部で後退を余儀なくされた。",
 [R], "positive", "forces fighting, new units committed")
add("ja-3", "劇団四季、新作ミュージカルの舞台稽古を公開",
 "劇団四季は27日、来年1月に開幕する新作ミュージカルの舞台稽古を報道陣に公開した。出演者約40人の一座は半年にわたって稽古を重ねてきたという。東京公演の後、大阪と名古屋での上演も予定されている。チケットは来月から一般発売される。",
 [], "near-miss", "劇団/一座 = theatre troupe; 舞台 (butai, stage) is a homophone of 部隊 (unit)")
add("ja-4", "36協定の上限超過　運送会社に是正勧告",
 "労働基準監督署は、労使で結んだ36（サブロク）協定の上限を超えて運転手に時間外労働をさせていたとして、県内の運送会社に是正勧告を出した。同社は今年度から協定の見直しを進めていたが、繁忙期に違反が続いていたという。",
 [], "near-miss", "協定 = labour-management agreement, not an international one")
add("ja-5", "ガザ住民に1000万ドルの緊急無償資金協力",
 "政府は、ガザ地区の人道状況の悪化を受け、国際機関を通じて1000万ドルの緊急無償資金協力を実施すると発表した。食料や医薬品、仮設テントの提供に充てられる。外務省は「今後も人道支援を継続的に行う」としている。",
 [], "near-miss", "人道支援 = humanitarian support, not military")

# ---------------- ko
add("ko-1", "북한군 3천 명 추가 파병…북·러 조약 근거 내세워",
 "국가정보원은 북한이 최근 러시아 쿠르스크 지역에 병력 약 3천 명을 추가로 파병했다고 국회 정보위원회에 보고했다. 북한은 2024년 체결한 북·러 포괄적 전략동반자 관계 조약을 파병의 근거로 내세우고 있다. 국정원은 북한군이 전투뿐 아니라 공병과 지뢰 제거 임무에도 투입되고 있다고 밝혔다. 러시아 국방부는 관련 보도에 대해 논평하지 않았으며, 정보위원회는 다음 주 추가 비공개 회의를 열 예정이다.",
 [R, T], "positive", "troops sent abroad and fighting; treaty invoked as justification")
add("ko-2", "정부, 필리핀 해군에 퇴역 초계함 무상 양도",
 "국방부는 퇴역한 포항급 초계함 1척을 필리핀 해군에 무상으로 양도하고, 필리핀 승조원 100여 명에게 운용 교육을 제공한다고 밝혔다. 이번 군사 지원은 지난해 양국 국방장관 회담에서 합의된 것으로, 정비 부품과 탄약도 함께 제공된다. 필리핀 측은 남중국해 순찰 능력이 크게 향상될 것이라고 기대했다. 양도식은 내년 초 진해 군항에서 양국 해군 관계자들이 참석한 가운데 열릴 예정이다.",
 [M], "positive", "warship donated, crew training, ammunition: 군사 지원")
add("ko-3", "극단 바람길, 연말 신작 무대…부대 행사도 풍성",
 "극단 바람길이 다음 달 대학로에서 신작 연극 '겨울 나그네'를 무대에 올린다. 공연 기간에는 배우와의 대화, 무대 뒷이야기 전시 등 다양한 부대 행사도 마련된다. 극단 측은 관객 참여형 연출로 젊은 관객층을 끌어들이겠다고 밝혔다. 이번 작품은 슈베르트의 연가곡에서 모티프를 얻어 겨울 산길을 홀로 걷는 한 남자의 여정을 그린다. 공연은 내년 1월 12일까지 이어지며, 학생과 청년에게는 30% 할인이 적용된다.",
 [], "near-miss", "극단 = theatre troupe; 부대 행사 = side events (부대 also means military unit)")
add("ko-4", "K리그 득점왕 김도현, 울산과 3년 재계약",
 "지난 시즌 K리그1 득점왕에 오른 공격수 김도현이 소속팀 울산과 3년 재계약을 맺었다. 구단은 해외 이적설이 나돌던 상황에서 연봉 인상을 포함한 조건으로 합의에 이르렀다고 밝혔다. 계약 기간은 2029년 12월까지다. 김도현은 지난 시즌 리그 34경기에서 19골을 기록하며 팀의 우승을 이끌었다. 구단 관계자는 '팬들의 바람에 보답하게 돼 기쁘다'고 말했다.",
 [], "near-miss", "재계약/합의 = player's contract")
add("ko-5", "정부, 수단 난민에 500만 달러 인도적 지원",
 "외교부는 내전으로 발생한 수단 난민을 돕기 위해 세계식량계획(WFP)과 유엔난민기구(UNHCR)를 통해 500만 달러 규모의 인도적 지원을 제공한다고 밝혔다. 지원금은 차드와 남수단의 난민 캠프에서 식량과 식수, 의료 서비스를 제공하는 데 쓰인다. 정부는 지난해에도 수단 사태와 관련해 모두 1천만 달러의 인도적 지원을 제공한 바 있다. 외교부 당국자는 '현지 상황을 지켜보며 추가 지원을 검토하겠다'고 말했다.",
 [], "near-miss", "인도적 지원 = humanitarian aid, not 군사 지원")

with open("/work/scratch/alerts_eval/articles.jsonl", "w", encoding="utf-8") as f:
    for a in A:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(A))
