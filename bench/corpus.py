"""A generated multilingual news corpus for benchmarks: ~2,000-character articles in eight languages,
about a third of them mentioning a watched topic. Deterministic for a given seed."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from pipeline import ids
from schemas.records import RawArticle

SENTENCES = {
    "en": [
        "The ministers met in the capital on Tuesday to discuss trade and energy prices.",
        "Officials in {place} said the talks would continue next week despite the disagreements.",
        "Analysts expect the central bank to keep interest rates unchanged until the spring.",
        "The delegation from {place} arrived late in the evening and declined to comment.",
        "Local elections are scheduled for November, and turnout is expected to be low.",
        "Farmers protested against new regulations on water use in the southern provinces.",
    ],
    "fr": [
        "Les ministres se sont réunis mardi dans la capitale pour évoquer les prix de l'énergie.",
        "Selon des responsables de {place}, les discussions reprendront la semaine prochaine.",
        "Les analystes s'attendent à ce que la banque centrale maintienne ses taux jusqu'au printemps.",
        "La délégation de {place} est arrivée tard dans la soirée et n'a fait aucun commentaire.",
        "Les élections locales sont prévues en novembre et la participation devrait être faible.",
        "Des agriculteurs ont manifesté contre les nouvelles règles sur l'usage de l'eau.",
    ],
    "de": [
        "Die Minister trafen sich am Dienstag in der Hauptstadt, um über Energiepreise zu sprechen.",
        "Vertreter aus {place} sagten, die Gespräche würden nächste Woche fortgesetzt.",
        "Analysten erwarten, dass die Zentralbank die Zinsen bis zum Frühjahr unverändert lässt.",
        "Die Delegation aus {place} traf am späten Abend ein und wollte sich nicht äußern.",
        "Die Kommunalwahlen sind für November angesetzt, die Beteiligung dürfte gering sein.",
        "Landwirte protestierten gegen neue Vorschriften zur Wassernutzung im Süden.",
    ],
    "es": [
        "Los ministros se reunieron el martes en la capital para hablar de los precios de la energía.",
        "Funcionarios de {place} dijeron que las conversaciones continuarán la próxima semana.",
        "Los analistas esperan que el banco central mantenga los tipos de interés hasta la primavera.",
        "La delegación de {place} llegó tarde por la noche y declinó hacer comentarios.",
        "Las elecciones locales están previstas para noviembre y se espera una baja participación.",
        "Los agricultores protestaron contra las nuevas normas sobre el uso del agua.",
    ],
    "it": [
        "I ministri si sono riuniti martedì nella capitale per discutere dei prezzi dell'energia.",
        "Funzionari di {place} hanno detto che i colloqui continueranno la prossima settimana.",
        "Gli analisti si aspettano che la banca centrale lasci invariati i tassi fino alla primavera.",
        "La delegazione di {place} è arrivata in tarda serata e non ha rilasciato commenti.",
        "Le elezioni locali sono previste per novembre e l'affluenza dovrebbe essere bassa.",
        "Gli agricoltori hanno protestato contro le nuove regole sull'uso dell'acqua.",
    ],
    "ru": [
        "Министры встретились во вторник в столице, чтобы обсудить цены на энергоносители.",
        "Представители {place} заявили, что переговоры продолжатся на следующей неделе.",
        "Аналитики ожидают, что центральный банк сохранит ставку без изменений до весны.",
        "Делегация {place} прибыла поздно вечером и отказалась от комментариев.",
        "Местные выборы назначены на ноябрь, явка, как ожидается, будет низкой.",
        "Фермеры протестовали против новых правил использования воды на юге страны.",
    ],
    "uk": [
        "Міністри зустрілися у вівторок у столиці, щоб обговорити ціни на енергоносії.",
        "Представники {place} заявили, що переговори продовжаться наступного тижня.",
        "Аналітики очікують, що центральний банк залишить ставку без змін до весни.",
        "Делегація {place} прибула пізно ввечері й відмовилася від коментарів.",
        "Місцеві вибори призначено на листопад, явка, як очікується, буде низькою.",
        "Фермери протестували проти нових правил використання води на півдні країни.",
    ],
    "pl": [
        "Ministrowie spotkali się we wtorek w stolicy, aby omówić ceny energii.",
        "Przedstawiciele {place} powiedzieli, że rozmowy będą kontynuowane w przyszłym tygodniu.",
        "Analitycy oczekują, że bank centralny utrzyma stopy procentowe bez zmian do wiosny.",
        "Delegacja {place} przybyła późnym wieczorem i odmówiła komentarza.",
        "Wybory lokalne zaplanowano na listopad, a frekwencja ma być niska.",
        "Rolnicy protestowali przeciwko nowym przepisom dotyczącym korzystania z wody.",
    ],
}
PLACES = {
    "en": ["Russia", "North Korea", "Ukraine", "France", "Germany", "Poland"],
    "fr": ["la Russie", "la Corée du Nord", "l'Ukraine", "la France", "l'Allemagne", "la Pologne"],
    "de": ["Russland", "Nordkorea", "der Ukraine", "Frankreich", "Deutschland", "Polen"],
    "es": ["Rusia", "Corea del Norte", "Ucrania", "Francia", "Alemania", "Polonia"],
    "it": ["Russia", "Corea del Nord", "Ucraina", "Francia", "Germania", "Polonia"],
    "ru": ["России", "КНДР", "Украины", "Франции", "Германии", "Польши"],
    "uk": ["Росії", "КНДР", "України", "Франції", "Німеччини", "Польщі"],
    "pl": ["Rosji", "Korei Północnej", "Ukrainy", "Francji", "Niemiec", "Polski"],
}
WATCHED = {
    "en": ["More troops were sent to the border.", "The treaty was ratified on Friday.",
           "New military aid was announced."],
    "fr": ["Des troupes ont été envoyées à la frontière.", "Le traité a été ratifié vendredi.",
           "Une nouvelle aide militaire a été annoncée."],
    "de": ["Weitere Truppen wurden an die Grenze geschickt.", "Der Vertrag wurde am Freitag ratifiziert.",
           "Neue Militärhilfe wurde angekündigt."],
    "es": ["Se enviaron más tropas a la frontera.", "El tratado fue ratificado el viernes.",
           "Se anunció nueva ayuda militar."],
    "it": ["Altre truppe sono state inviate al confine.", "Il trattato è stato ratificato venerdì.",
           "È stato annunciato un nuovo aiuto militare."],
    "ru": ["К границе были направлены новые войска.", "Договор был ратифицирован в пятницу.",
           "Была объявлена новая военная помощь."],
    "uk": ["До кордону направили нові війська.", "Договір ратифікували в п'ятницю.",
           "Оголошено нову військову допомогу."],
    "pl": ["Na granicę wysłano kolejne wojska.", "Traktat został ratyfikowany w piątek.",
           "Ogłoszono nową pomoc wojskową."],
}
BODY_CHARS = 2000


def generate(count: int, *, seed: int = 7, now: datetime | None = None) -> list[RawArticle]:
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    languages = sorted(SENTENCES)
    articles = []
    for number in range(count):
        language = languages[number % len(languages)]
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < BODY_CHARS:
            parts.append(rng.choice(SENTENCES[language]).format(place=rng.choice(PLACES[language])))
        if rng.random() < 0.35:
            parts.insert(rng.randrange(len(parts)), rng.choice(WATCHED[language]))
        title = rng.choice(SENTENCES[language]).format(place=rng.choice(PLACES[language]))
        url = f"https://news.example/{language}/{seed}/{number}"
        articles.append(
            RawArticle(
                id=ids.article_id(url=url, source="bench", title=title, published=now),
                url=url, source="bench", title=title, body=" ".join(parts), published=now, fetched_at=now,
            )
        )
    return articles
