"""Whether a country or capital stands for its state ("Moscow dismissed the criticism", "talks with
Pyongyang", "Россия заявила") or names a place ("in Moscow", "в Москве").

A reader's cues, not a parser: the word right after the name (a reporting or acting verb, known by
list or by its ending; an auxiliary; a possessive; an institution: "한국 외교부", "美国国防部"), the
word right before it (a preposition of dealing: with, between, against; a verb in Arabic; an
institution whose country follows in the genitive: "МИД России"), and in Korean and Japanese the
particle. A preposition of place before the name ("in", "в", "à") makes it a place whatever
follows. Anything else is taken for a place, the safe reading: an analyst filtering on "what
governments did" would rather miss a mention than get a weather report. A name joined by "and"
to one that stands for its state stands for its state too.
"""

from __future__ import annotations

import re

# Words that, right after the name, make it the actor.
_VERBS_AFTER: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": "said says say has have had will would is was must can could should may might wants wanted hopes "
        "warned warns accused accuses announced announces denied denies rejected rejects condemned condemns urged "
        "urges called calls insisted insists responded dismissed dismisses threatened threatens vowed vows agreed "
        "agrees signed signs sent sends launched launches fired fires deployed deploys demanded demands expelled "
        "expels imposed imposes summoned summons approved approves blamed blames claimed claims refused refuses "
        "welcomed welcomes pledged pledges offered offers sought seeks protested protests criticised criticized "
        "criticises criticizes confirmed confirms recalled recalls retaliated plans planned described",
        "fr": "a ont est sera va avait aurait doit veut entend dit affirme affirmé dénonce dénoncé accuse accusé "
        "annonce annoncé rejette rejeté condamne condamné appelle exige menace dément nie refuse estime juge salue "
        "réclame répond réplique assure prévient met propose se s'est n'a ne n'est mène poussent pousse qualifie "
        "craint suit signe signent soutient soutiennent envoie envoient livre lance tire promet demande renforce "
        "bloque bloquent négocie reconnaît paraphent ferme expulse convoque",
        "de": "hat haben ist wird will soll kann muss warnte warnt kritisierte kritisiert erklärte erklärt forderte "
        "fordert wies weist lehnte lehnt drohte droht bestritt bestreitet verurteilte verurteilt kündigte kündigt "
        "teilte teilt sagte sagt betonte betont meldete reagierte beschuldigte beschuldigt wirft warf bestellte "
        "schickte schickt",
        "es": "ha han es será va dijo dice afirmó afirma advirtió advierte acusó acusa anunció anuncia rechazó rechaza "
        "condenó condena pidió pide exigió exige amenazó amenaza negó niega denunció denuncia insistió respondió "
        "aseguró asegura firmó envió lanzó desplegó no se firma envía lanza exige bloquea convocó expulsó",
        "it": "ha hanno è sarà accusa accusato denuncia denunciato annuncia annunciato respinge respinto condanna "
        "condannato chiede chiesto minaccia nega avverte afferma replica vuole deve non si firma invia lancia "
        "blocca convoca espelle",
        "pt": "disse diz afirmou afirma acusou acusa anunciou anuncia rejeitou rejeita condenou condena pediu pede "
        "exigiu exige ameaçou ameaça negou nega advertiu tem vai não",
        "pl": "ostrzega ostrzegła ostrzegł oskarża oskarżyła oskarżył zapowiedziała zapowiedział ogłosiła ogłosił "
        "odrzuciła odrzucił potępiła potępił wezwała wezwał zagroziła zagroził zaprzeczyła zaprzeczył twierdzi "
        "uważa jest ma będzie nie przekazała przekazał wysłała wysłał podpisała podpisał",
        "nl": "zei zegt heeft is waarschuwde waarschuwt beschuldigde beschuldigt kondigde wees veroordeelde eist",
    }.items()
}
# English verbs after a subject, by their endings ("Georgia courts", "Washington clears", "Niger
# revoked"); "the Moscow talks" is a noun, hence the article check.
_ENGLISH_VERB = re.compile(r"^[a-z]{3,}(?:s|ed)$")
_ENGLISH_NOT_VERBS = frozenset("talks news its his this us was as is has does always across towards".split())  # noqa: SIM905
# German verbs are the lower-case words after a subject: "Nordkorea feuert", "Berlin verstärkt",
# "Russland und China blockieren".
_GERMAN_VERB = re.compile(r"^[a-zäöüß]{3,}(?:t|te|ten|en)$")
_GERMAN_NOT_VERBS = frozenset(
    "unter hinter nicht jetzt seit bereits erst zuletzt bisher gegen zwischen oben unten".split()  # noqa: SIM905
)
# Dutch verbs after a subject, the same way: "België en Roemenië sluiten", "Den Haag stuurt".
_DUTCH_VERB = re.compile(r"^[a-zë]{3,}(?:t|en|de|te|den|ten)$")
_DUTCH_NOT_VERBS = frozenset(
    "niet met dat wat het uit tot tegen tussen binnen buiten boven beneden zeven negen tien elf twaalf omdat "  # noqa: SIM905
    "want sindsdien sinds eerst laatst meest volgens dankzij ten den een heeft".split()
)
# Institutions whose country follows in the genitive: "МИД России", "Министерства обороны России".
_INSTITUTION_BEFORE = frozenset(
    "мид министерства министерство правительства правительство президента президент посла посол армии "  # noqa: SIM905
    "минобороны обороны дел властей руководства мзс міністерства уряду президента посла армії влади "
    "ministerstwa rządu prezydenta ambasadora armii władz msz".split()
)
# Russian, Ukrainian and Belarusian verbs in the past or present tense, by their endings.
_SLAVIC_VERB = re.compile(r"(?:ла|ло|ли|л|ет|ит|ют|ят|ется|ится|лась|лся|лись|ла?сь|в|є|ить|ать|ять)$")
_SLAVIC = frozenset({"ru", "uk", "be"})
_POLISH_VERB = re.compile(r"^[a-ząćęłńóśźż]{3,}(?:ła|ło|ł|li|ły|uje|ują|ją|eje|ie|ia)$")
# Prepositions of dealing: the name after them is a party, not a place.
_PARTY_BEFORE: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": "with between against toward towards on",
        "fr": "avec entre contre envers",
        "de": "mit zwischen gegen gegenüber",
        "es": "con entre contra",
        "it": "con tra fra contro",
        "pt": "com entre contra",
        "pl": "z między przeciwko wobec",
        "nl": "met tussen tegen",
        "ru": "с со между против",
        "uk": "з із зі між проти",
    }.items()
}
# Arabic is verb-first: "قالت روسيا" (Russia said).
_ARABIC_VERBS_BEFORE = frozenset(
    "قالت قال أعلنت أعلن اتهمت اتهم حذرت حذر رفضت رفض نفت نفى دعت دعا أكدت أكد طالبت طالب وقعت وقع أرسلت أرسل "  # noqa: SIM905
    "أطلقت أطلق هددت هدد أدانت أدان نددت ندد استدعت استدعى وافقت وافق ترفض يرفض تتهم يتهم تحذر يحذر "
    "متهمة متهما اتهمت نفت تنفي ينفي قصفت هاجمت أعلنت".split()
)
# Turkish marks a party with a postposition or a suffix after the name: "Türkiye ile Irak arasında",
# "Irak'la"; a finite verb after it makes it the actor ("Ankara açıkladı", "Bakü imzalayacak").
# Ablative, dative and genitive may be places ("Türkiye'den", "Irak'a", "Brezilya'nın Grêmio takımı").
_TURKISH_PARTY_AFTER = frozenset("ile arasında arasındaki".split())  # noqa: SIM905
_TURKISH_WITH = re.compile(r"^['’](?:y?l[ae]|[ıiuü]yl[ae])\b")
_TURKISH_VERB = re.compile(r"^[a-zçğıöşü]{3,}(?:[dt][ıiuü](?:lar|ler)?|yor(?:lar)?|[ae]c[ae]k|m[ıiuü]ş)$")
_ARABIC_PARTY_BEFORE = frozenset("مع بين ضد".split())  # noqa: SIM905
_KOREAN_ACTOR = ("은", "는", "이", "가", "측은", "측이", "측도", "도", ", ")
# A state's institutions right after its name: "한국 외교부는", "美国国防部", "伊朗外长", "日本政府".
_KOREAN_INSTITUTIONS = (
    "정부",
    "외교부",
    "국방부",
    "대통령",
    "총리",
    "외무성",
    "국방성",
    "군",
    "합참",
    "당국",
    "외무장관",
)
_JAPANESE_ACTOR = ("は", "が", "側は", "側が", "政府", "外相", "外務省", "首相", "大統領", "国防省", "防衛省", "軍")
_CHINESE_ACTOR = tuple(
    "表示 称 说 警告 宣布 谴责 否认 拒绝 呼吁 指责 批准 同意 签署 发射 派遣 要求 认为 已经 将 政府 方面 外交部 "  # noqa: SIM905
    "抗议 威胁 回应 强调 外长 国防部 总统 总理 军方 军队 官方 则 立法院 联合参谋本部 试射 主办".split()
)
# Romance verbs after a subject, by their endings ("Rusia intensifica", "Kiev espera", "piden",
# Portuguese "assinam").
_ROMANCE_VERB = re.compile(r"^[a-záéíóúàèìòùâêôãõç]{3,}(?:a|e|an|en|ó|aron|ieron|ará|erá|irá|ano|ono|am|em)$")
_ROMANCE_NOT_VERBS = frozenset(
    "que para contra entre sobre tras desde hasta como este esta ese esa donde mientras ante bajo una uno "  # noqa: SIM905
    "durante mediante según sempre sono anche come dove mentre nelle sulle della delle dalla alla alle ogni "
    "entre sobre".split()
)
# Prepositions of place: the name after them is where something happened.
_PLACE_BEFORE = frozenset(
    "in at near from to into inside outside across around throughout via à au aux dans en près depuis vers im nach "  # noqa: SIM905
    "bei aus nahe desde hacia em no na para w we do ze na pod в во у на из под до к від под".split()
)
_AND = frozenset("and et und y e i и і та oraz ja og och en ve".split())  # noqa: SIM905
_ARTICLES = frozenset("the la le les die der das el los las il lo gli".split())  # noqa: SIM905
_WORD = re.compile(r"[\w'’-]+")


def stands_for_state(text: str, start: int, end: int, language: str) -> bool:
    """Whether the name at text[start:end] is its state acting or being dealt with."""
    after = text[end : end + 40]
    before = text[max(0, start - 40) : start]
    if language == "ko":
        institution = after.startswith(" ") and after[1:].startswith(_KOREAN_INSTITUTIONS)
        return institution or (after.startswith(_KOREAN_ACTOR) and not after.startswith(("이다", "가운데")))
    if language == "ja":
        return after.startswith(_JAPANESE_ACTOR)
    if language == "zh":
        return after.startswith(_CHINESE_ACTOR)
    if language == "ar":
        return _arabic_actor(before.split(), after.split())
    if language == "tr":
        return _turkish_party(after)
    words = _WORD.findall(before)
    previous = words[-1].lower() if words else ""
    if previous in _PLACE_BEFORE and not (language == "nl" and previous == "en"):  # Dutch "en" is "and"
        return False
    next_word = _first_word(after)
    if after.startswith(("'s", "’s")) or (next_word and next_word.lower() in _VERBS_AFTER.get(language, ())):
        return True
    if language in _SLAVIC and next_word and next_word.islower() and _SLAVIC_VERB.search(next_word):
        return True
    if language == "en" and _ENGLISH_VERB.match(next_word) and next_word not in _ENGLISH_NOT_VERBS:
        return previous != "the"
    if language == "de" and _GERMAN_VERB.match(next_word) and next_word not in _GERMAN_NOT_VERBS:
        return True
    if language == "nl" and _DUTCH_VERB.match(next_word) and next_word not in _DUTCH_NOT_VERBS:
        return True
    if language == "pl" and _POLISH_VERB.match(next_word) and next_word not in _PARTY_BEFORE["pl"]:
        return True
    if language in ("es", "it", "pt") and _ROMANCE_VERB.match(next_word) and next_word not in _ROMANCE_NOT_VERBS:
        return True
    return previous in _PARTY_BEFORE.get(language, ()) or previous in _INSTITUTION_BEFORE


def _arabic_actor(before: list[str], after: list[str]) -> bool:
    """Verb first ("قالت روسيا", "وأدانت طوكيو"), a party after "with", "between" or "against"
    ("مع العراق", not "الحدود مع تشاد"), or, in headlines, a present-tense verb after the name
    ("الأردن يحذر", "كوريا الشمالية تطلق", "الدوحة وأنقرة تمددان"); تمّت ("was done") is not one."""
    previous = before[-1] if before else ""
    if previous in _ARABIC_VERBS_BEFORE or previous.removeprefix("و").removeprefix("ف") in _ARABIC_VERBS_BEFORE:
        return True  # و is a conjunction ("وأدانت") or the verb's first letter ("وقعت", signed)
    if previous in _ARABIC_PARTY_BEFORE and not (len(before) > 1 and "حدود" in before[-2]):
        return True  # "مع العراق", but "الحدود مع تشاد" is a border
    return bool(after) and len(after[0]) >= 4 and after[0][0] in "يت" and not after[0].startswith(("تمت", "تمّ"))


def _turkish_party(after: str) -> bool:
    if _TURKISH_WITH.match(after):
        return True
    next_word = _first_word(after)
    return next_word in _TURKISH_PARTY_AFTER or bool(next_word.islower() and _TURKISH_VERB.match(next_word))


def joined_by_and(text: str, previous_end: int, start: int) -> bool:
    """Two names joined by a bare conjunction: "Moscow and Beijing", "Москва и Пекин", "روسيا والصين"."""
    between = text[previous_end:start].strip(" ,").lower()
    if not between and text.startswith("و", start):
        return True
    words = between.replace("l'", "").replace("l’", "").split()
    return (
        bool(words)
        and (words[0] in _AND or words[0] in {"와", "과", "和", "与", "と"})
        and (set(words[1:]) <= _ARTICLES)
    )


def _first_word(text: str) -> str:
    match = _WORD.match(text.lstrip(" ,"))
    return match.group() if match else ""
