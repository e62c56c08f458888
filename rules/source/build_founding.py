"""Builds founding.yaml (the treaty / troops / military_assistance rules) from the lists below.

Kept as a script because some languages need mechanical variants that simplemma's dictionary does
not give: Arabic and Hebrew proclitics (و ب ل / ו ב ל ה ש מ) glued to the first word, and Romanian
comma-below vs cedilla letters (ș ț / ş ţ). Run: python3 build_founding.py > founding.yaml
"""

from __future__ import annotations

import json
import re

import lexicon_round6
from lexicon_round2 import (
    AGREEMENT_NOUNS,
    DEPLOYMENT_WORDS,
    PLATFORM_NOUNS,
    SECURITY_ASSISTANCE_PHRASES,
    TRAINING_OF_FOREIGN_FORCES,
)

# --------------------------------------------------------------------------------------------- variants


def ar_variants(term: str) -> list[str]:
    """Arabic: the first word with proclitics: و ب ل (ل + ال -> لل) for a single word, و only for a
    phrase (the rule has a 5,000-term budget)."""
    exact = term.startswith("=")
    body = term.lstrip("=")
    first, _, rest = body.partition(" ")
    if rest:
        firsts = [first, "و" + first]
    elif first.startswith("ال"):
        firsts = [first, "و" + first, "ب" + first, "لل" + first[2:]]
    else:
        firsts = [first, "و" + first, "ب" + first, "ل" + first]
    return [("=" if exact else "") + f + (" " + rest if rest else "") for f in firsts]


def he_variants(term: str) -> list[str]:
    """Hebrew: the first word with proclitics: ו ש ב ל for a single word (ב/ל absorb the article ה;
    no bare מ: מ+אמנה/אמנת reads as "coach"), ו only for a phrase."""
    exact = term.startswith("=")
    body = term.lstrip("=")
    first, _, rest = body.partition(" ")
    if rest:
        firsts = [first, "ו" + first]
    elif first.startswith("ה"):
        firsts = [first, "ו" + first, "ש" + first, "ב" + first[1:], "ל" + first[1:], "מה" + first[1:]]
    else:
        firsts = [first, "ו" + first, "ש" + first, "ב" + first, "ל" + first]
    return [("=" if exact else "") + f + (" " + rest if rest else "") for f in firsts]


CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"})


def ro_variants(term: str) -> list[str]:
    alt = term.translate(CEDILLA)
    return [term] if alt == term else [term, alt]


_I4 = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}
_A2 = {"a": "a", "ı": "a", "o": "a", "u": "a", "e": "e", "i": "e", "ö": "e", "ü": "e"}
_ET_FORMS = (
    "etmek etti ettiler edecek edecekler ediyor ediyorlar etmiş eden etmesi ettiği edeceği edildi edilecek "
    "ediliyor edilmiş edilen edilmesi edildiği edilecek edilmek etme etmeyi"
).split()


def tr_verb_forms(stem: str) -> list[str]:
    """Turkish finite forms, participles and verbal nouns of a verb stem (active and passive), with
    vowel harmony and d/t: simplemma knows few of them ("konuşlandırıldı", "hibe edilecek").
    A phrase's last word is the verb ("geri çek", "teslim et")."""
    head, _, verb = stem.rpartition(" ")
    prefix = head + " " if head else ""
    if verb == "et":
        return [prefix + form for form in _ET_FORMS]

    def forms(base: str) -> list[str]:
        vowel = next(ch for ch in reversed(base) if ch in _I4)
        i, a = _I4[vowel], _A2[vowel]
        d = "t" if base[-1] in "çfhkpsşt" else "d"
        ends_in_vowel = base[-1] in _I4
        y = "y" if ends_in_vowel else ""
        if ends_in_vowel:  # bağışla -> bağışlıyor
            rest = base[:-1]
            iyor = rest + _I4[next(ch for ch in reversed(rest) if ch in _I4)] + "yor"
        else:
            iyor = base + i + "yor"
        return [
            base + "m" + a + "k", base + d + i, base + d + i + "l" + a + "r", iyor, iyor + "lar",
            base + y + a + "c" + a + "k", base + y + a + "c" + a + "k" + "l" + a + "r", base + "m" + i + "ş",
            base + y + a + "n", base + "m" + a, base + "m" + a + "s" + i, base + d + i + "ğ" + i,
        ]

    vowel = next(ch for ch in reversed(verb) if ch in _I4)
    if verb[-1] in _I4:
        passive = verb + "n"
    elif verb[-1] == "l":
        passive = verb + _I4[vowel] + "n"
    else:
        passive = verb + _I4[vowel] + "l"
    return [prefix + form for form in forms(verb) + forms(passive)]


def expand(lang: str, terms: list[str]) -> list[str]:
    if lang == "tr":  # "~stem": every form of a Turkish verb, exactly
        terms = [form for t in terms for form in (["=" + f for f in tr_verb_forms(t[1:])] if t[0] == "~" else [t])]
    fn = {"ar": ar_variants, "he": he_variants, "ro": ro_variants}.get(lang)
    out: list[str] = []
    for t in terms:
        for v in fn(t) if fn else [t]:
            if v not in out:
                out.append(v)
    return out


def merged(*dicts: dict[str, list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for d in dicts:
        for lang, terms in d.items():
            out.setdefault(lang, [])
            out[lang] += [t for t in terms if t not in out[lang]]
    return out


# --------------------------------------------------------------------------------------------- treaty

TREATY = {
    "en": [
        "treaty", "armistice", "peace agreement", "=peace accord", "=peace accords", "peace deal",
        "ceasefire agreement", "cease-fire agreement", "armistice agreement",
        "defence agreement", "defense agreement", "defence cooperation agreement",
        "defense cooperation agreement", "security agreement", "arms control agreement",
        "free trade agreement", "international agreement", "bilateral agreement",
        "intergovernmental agreement", "nuclear deal", "Paris Agreement", "Paris climate agreement",
        "Minsk agreements", "=Abraham Accords", "Budapest Memorandum", "JCPOA", "NPT",
        "Geneva Convention", "Geneva Conventions", "Vienna Convention", "Chemical Weapons Convention",
        "Biological Weapons Convention", "UN Convention", "Montreux Convention",
        "Istanbul Convention",
        "ratify", "ratification", "ratified",
    ],
    "fr": [
        "le traité", "du traité", "au traité", "ce traité", "un traité", "les traités",
        "des traités", "aux traités", "traité international", "traités internationaux",
        "traité de paix", "traité de non-prolifération",         "traité sur la non-prolifération", "traité sur les forces nucléaires", "traité sur l'Union européenne",
        "traité sur le fonctionnement de l'Union", "traité sur l'interdiction", "traité sur le commerce des armes",
        "traité sur les forces armées conventionnelles", "traité sur le ciel ouvert",
        "traité d'interdiction", "traité d'amitié", "traité de coopération", "traité d'alliance",
        "traité de défense", "traité bilatéral", "traité de libre-échange",                 "pacte de non-agression", "pacte de défense", "pacte de sécurité",
        "pacte militaire", "pacte d'assistance mutuelle", "pacte de Varsovie", "pacte AUKUS",
        "accord de paix", "accord de cessez-le-feu", "accord d'armistice", "armistice",
        "accord de défense", "accord de défense mutuelle", "accord de sécurité",
        "accord de libre-échange", "accord international", "accord bilatéral",
        "accord intergouvernemental", "accord sur le nucléaire", "accord nucléaire iranien",
        "accords de Minsk", "accord de Paris", "accords d'Abraham", "mémorandum de Budapest",
        "convention de Genève", "conventions de Genève", "convention de Vienne",
        "convention sur les armes chimiques", "convention d'Ottawa", "convention de Montreux",
        "convention d'Istanbul", "TNP", "JCPOA",
        "ratifier", "ratification",
    ],
    "de": [
        "Staatsvertrag", "Friedensvertrag", "Abrüstungsvertrag", "Rüstungskontrollvertrag",
        "Atomwaffensperrvertrag", "Atomwaffenverbotsvertrag", "Nichtverbreitungsvertrag",
        "Freundschaftsvertrag", "Bündnisvertrag", "Beistandsvertrag", "Grenzvertrag",
        "Grundlagenvertrag", "Regierungsabkommen", "Nato-Vertrag", "Nordatlantikvertrag", "INF-Vertrag", "New-Start-Vertrag",
        "Open-Skies-Vertrag", "Lissabon-Vertrag", "EU-Vertrag", "EU-Verträge",
        "Vertrag von Lissabon", "Vertrag von Maastricht", "Vertrag von Versailles",
        "Zwei-plus-Vier-Vertrag", "völkerrechtlicher Vertrag", "internationaler Vertrag",
        "Vertragsstaaten", "Ratifizierung", "ratifizieren", "Ratifikation",
        "Nichtangriffspakt", "Beistandspakt", "Verteidigungspakt", "Militärpakt", "Sicherheitspakt",
        "Warschauer Pakt", "Aukus-Pakt", "Friedensabkommen", "Waffenstillstandsabkommen",
        "Verteidigungsabkommen", "Sicherheitsabkommen", "Atomabkommen", "Abrüstungsabkommen",
        "Rüstungskontrollabkommen", "Freihandelsabkommen", "Assoziierungsabkommen",
        "Klimaabkommen", "Pariser Abkommen", "Minsker Abkommen",         "internationales Abkommen", "bilaterales Abkommen", "zwischenstaatliches Abkommen",
        "Budapester Memorandum", "Genfer Konvention", "Genfer Konventionen", "Wiener Konvention",
        "Chemiewaffenkonvention", "Istanbul-Konvention",     ],
    "es": [
        "el tratado", "del tratado", "al tratado", "este tratado", "un tratado", "los tratados",
        "tratado internacional", "tratados internacionales", "tratado de paz", "tratado de no proliferación",
        "tratado de no agresión", "tratado sobre la no proliferación", "tratado sobre el comercio de armas",
        "tratado sobre la prohibición", "tratado de libre comercio", "tratado bilateral",
        "tratado de amistad", "tratado de cooperación", "tratado de defensa",                 "pacto de no agresión", "pacto de defensa", "pacto de defensa mutua", "pacto militar",
        "pacto de seguridad", "Pacto de Varsovia", "acuerdo de paz", "acuerdos de paz",
        "acuerdo de alto el fuego", "armisticio", "acuerdo de defensa", "acuerdo de seguridad",
        "acuerdo de libre comercio", "acuerdo internacional", "acuerdo bilateral", "acuerdo nuclear",
        "acuerdos de Minsk", "Acuerdo de París", "Acuerdos de Abraham", "Memorándum de Budapest",
        "Convención de Ginebra", "Convenciones de Ginebra", "Convenio de Ginebra", "Convención de Viena",
        "Convención sobre Armas Químicas", "Convenio de Estambul", "TNP", "JCPOA",
        "ratificar", "ratificación", "acuerdo intergubernamental",
    ],
    "it": [
        "=il trattato", "=del trattato", "=al trattato", "=nel trattato", "=dal trattato",
        "=questo trattato", "=un trattato", "=i trattati", "=dei trattati",
        "=trattato internazionale", "=trattati internazionali",
        "=trattato di pace", "=trattati di pace", "=trattato di non proliferazione",
        "=trattato di non aggressione", "=trattato di amicizia", "=trattato di cooperazione",
        "=trattato di difesa", "=trattato bilaterale",                 "=trattato di libero scambio",
        "patto di non aggressione", "patto di difesa", "patto di mutua difesa", "patto militare",
        "patto di sicurezza", "Patto di Varsavia", "Patto Atlantico", "accordo di pace", "accordi di pace",
        "accordo di cessate il fuoco", "armistizio", "accordo di difesa", "accordo di sicurezza",
        "accordo di libero scambio", "accordo internazionale", "accordo bilaterale", "accordo sul nucleare",
        "accordo nucleare", "accordi di Minsk", "accordo di Parigi", "accordi di Abramo",
        "memorandum di Budapest", "Convenzione di Ginevra", "Convenzioni di Ginevra",
        "Convenzione di Vienna", "Convenzione di Istanbul", "TNP", "JCPOA",
        "ratificare", "ratifica", "ratificazione", "accordo intergovernativo",
    ],
    "pt": [
        "=o tratado", "=do tratado", "=ao tratado", "=no tratado", "=este tratado",
        "=um tratado", "=os tratados", "=dos tratados",         "=tratado internacional", "=tratados internacionais", "=tratado de paz", "=tratados de paz",
        "=tratado de não proliferação", "=tratado de não agressão", "=tratado de livre comércio",
        "=tratado bilateral", "=tratado de amizade", "=tratado de cooperação", "=tratado de defesa",
                "pacto de não agressão", "pacto de defesa", "pacto militar", "pacto de segurança",
        "Pacto de Varsóvia", "acordo de paz", "acordos de paz", "acordo de cessar-fogo", "armistício",
        "acordo de defesa", "acordo de segurança", "acordo de livre comércio", "acordo internacional",
        "acordo bilateral", "acordo nuclear", "acordos de Minsk", "Acordo de Paris", "Acordos de Abraão",
        "Memorando de Budapeste", "Convenção de Genebra", "Convenções de Genebra", "Convenção de Viena",
        "Convenção de Istambul", "TNP", "JCPOA",
        "ratificar", "ratificação", "acordo intergovernamental",
    ],
    "pl": [
        "traktat", "umowa międzynarodowa", "umowa dwustronna", "umowa międzyrządowa",
        "pakt o nieagresji", "pakt obronny", "pakt wojskowy", "pakt bezpieczeństwa",
        "Pakt Północnoatlantycki", "Układ Warszawski", "porozumienie pokojowe", "układ pokojowy",
        "umowa pokojowa", "porozumienie o zawieszeniu broni", "umowa o zawieszeniu broni",
        "umowa o wolnym handlu", "umowa obronna", "porozumienie obronne", "umowa o bezpieczeństwie",
        "porozumienie o bezpieczeństwie", "porozumienie nuklearne", "umowa nuklearna",
        "porozumienia mińskie", "porozumienie paryskie", "memorandum budapeszteńskie",
        "Konwencja Genewska", "konwencje genewskie", "konwencja wiedeńska", "konwencja stambulska",
        "ratyfikacja", "ratyfikować", "wypowiedzenie traktatu", "JCPOA",
    ],
    "nl": [
        "=verdrag", "=internationale verdragen", "=de verdragen", "=verdragen van", "=EU-verdragen", "=Europese verdragen", "vredesverdrag", "non-proliferatieverdrag",
        "kernwapenverdrag", "ontwapeningsverdrag", "vrijhandelsverdrag", "defensieverdrag", "NAVO-verdrag",
        "vriendschapsverdrag", "niet-aanvalsverdrag", "niet-aanvalspact", "defensiepact", "veiligheidspact",
        "militair pact", "Warschaupact", "vredesakkoord", "vredesakkoorden", "vredesovereenkomst",
        "kernakkoord", "atoomakkoord", "nucleair akkoord", "vrijhandelsakkoord", "veiligheidsakkoord",
        "veiligheidsovereenkomst", "defensieakkoord", "Minsk-akkoorden", "akkoorden van Minsk",
        "klimaatakkoord van Parijs", "Akkoord van Parijs", "Abraham-akkoorden", "internationale overeenkomst",
        "bilaterale overeenkomst", "wapenstilstandsovereenkomst", "Conventie van Genève",
        "Conventies van Genève", "Memorandum van Boedapest",
        "ratificatie", "ratificeren", "JCPOA",
    ],
    "ru": [
        "международный договор", "межгосударственный договор", "мирный договор",
        "договор о нераспространении", "ДНЯО", "договор о ненападении", "договор о дружбе",
        "договор о взаимопомощи", "договор о взаимной обороне", "договор о коллективной безопасности",
        "договор о стратегическом партнерстве", "договор о стратегическом партнёрстве",
        "договор о всеобъемлющем стратегическом партнерстве", "договор о ракетах", "договор о РСМД",
        "договор РСМД", "договор о СНВ", "договор СНВ", "ДСНВ", "договор по открытому небу",
        "договор об открытом небе", "договор о запрещении", "договор о сокращении",
        "договор о гарантиях безопасности", "договор о безопасности", "договор о границе",
        "договор о присоединении", "договор о Европейском союзе", "Лиссабонский договор",
        "Североатлантический договор", "договор об обычных вооруженных силах", "ДОВСЕ",
        "пакт", "мирное соглашение", "соглашение о прекращении огня", "соглашение о перемирии",
        "соглашение о свободной торговле", "международное соглашение",
        "межправительственное соглашение", "соглашение о безопасности", "соглашение о гарантиях безопасности",
        "соглашение об обороне", "оборонное соглашение", "ядерная сделка", "Минские соглашения",
        "Парижское соглашение", "соглашения Авраама", "Будапештский меморандум", "Женевская конвенция",
        "конвенция ООН", "конвенция о химическом оружии", "конвенция Монтрё", "Стамбульская конвенция",
        "ратифицировать", "ратификация", "денонсировать", "денонсация", "СВПД",
    ],
    "uk": [
        "міжнародний договір", "міждержавний договір", "мирний договір", "договір про нерозповсюдження",
        "ДНЯЗ", "договір про ненапад", "договір про дружбу", "договір про безпеку",
        "договір про гарантії безпеки", "договір про стратегічне партнерство", "договір про ракети",
        "договір про РСМД", "договір СНО", "договір про відкрите небо", "договір про заборону",
        "договір про скорочення", "Лісабонський договір", "Північноатлантичний договір",
        "Вашингтонський договір", "пакт", "мирна угода", "угода про припинення вогню", "угода про перемир'я",
        "угода про вільну торгівлю", "міжнародна угода", "міжурядова угода",
        "безпекова угода", "угода про безпеку", "угода про безпекові гарантії", "угода про гарантії безпеки",
        "угода про оборону", "оборонна угода", "ядерна угода", "Мінські угоди", "Паризька угода",
        "Будапештський меморандум", "Женевська конвенція", "конвенція ООН", "конвенція Монтре",
        "Стамбульська конвенція", "ратифікувати", "ратифікація", "денонсувати", "денонсація",
    ],
    "ar": [
        "=معاهدة", "=المعاهدة", "=معاهدات", "=المعاهدات", "=معاهدتي", "=معاهدتا",
        "اتفاقية سلام", "اتفاقية السلام", "اتفاق سلام", "اتفاق السلام", "اتفاقيات السلام",
        "اتفاقية دفاع", "اتفاقية الدفاع المشترك", "اتفاقية دفاع مشترك", "اتفاقية أمنية",
        "الاتفاقية الأمنية", "اتفاق أمني", "الاتفاق الأمني", "الاتفاق النووي", "اتفاق نووي",
        "اتفاق وقف إطلاق النار", "اتفاقية وقف إطلاق النار", "اتفاق هدنة", "اتفاقية الهدنة",
        "اتفاقية التجارة الحرة", "اتفاقية تجارة حرة", "اتفاقية دولية", "الاتفاقيات الدولية",
        "اتفاقية ثنائية", "اتفاقيات جنيف", "اتفاقية جنيف", "اتفاقية فيينا", "اتفاقية باريس",
        "اتفاق باريس", "اتفاقيات أبراهام", "اتفاقات مينسك",         "ميثاق الأمم المتحدة", "حلف وارسو", "عدم الانتشار النووي",
        "التصديق على الاتفاقية", "التصديق على المعاهدة", "المصادقة على الاتفاقية", "المصادقة على المعاهدة",     ],
    "tr": [
        "antlaşma", "andlaşma", "barış anlaşması", "ateşkes anlaşması", "savunma anlaşması",
        "güvenlik anlaşması", "serbest ticaret anlaşması", "uluslararası anlaşma", "ikili anlaşma",
        "nükleer anlaşma", "saldırmazlık paktı", "savunma paktı", "güvenlik paktı", "askeri pakt",
        "Varşova Paktı", "Minsk anlaşmaları", "Paris Anlaşması", "Paris İklim Anlaşması",
        "İbrahim Anlaşmaları", "Budapeşte Memorandumu", "Cenevre Sözleşmesi", "Cenevre Sözleşmeleri",
        "Viyana Sözleşmesi", "Montrö Sözleşmesi", "İstanbul Sözleşmesi", "uluslararası sözleşme",
        "Kuzey Atlantik Antlaşması", "Nükleer Silahların Yayılmasını Önleme", "NPT",
    ],
    "zh": [
        "条约", "條約", "协定", "協定", "和平协议", "和平協議", "停火协议", "停火協議",
        "停战协议", "停戰協議", "国际公约", "國際公約", "日内瓦公约", "日內瓦公約", "维也纳公约",
        "維也納公約", "化学武器公约", "化學武器公約", "互不侵犯", "共同防御", "共同防禦", "防务协议",
        "防務協議", "伊核协议", "伊核協議", "核协议", "核協議", "明斯克协议",
        "明斯克協議", "巴黎协定", "亚伯拉罕协议", "亞伯拉罕協議", "布达佩斯备忘录", "布達佩斯備忘錄",
        "华沙公约", "華沙公約", "缔约国", "締約國",
    ],
    "ja": [
        "条約", "平和合意", "和平合意", "停戦合意", "停戦協定", "休戦協定", "核合意",
        "相互防衛", "安全保障条約", "安保条約", "防衛協定", "ジュネーブ条約", "ウィーン条約",
        "化学兵器禁止条約", "パリ協定", "ミンスク合意", "アブラハム合意", "ブダペスト覚書",
        "ワルシャワ条約", "批准", "締約国", "国際協定", "二国間協定",
    ],
    "ko": [
        "조약", "평화조약", "국제조약", "우호조약", "동맹조약", "군사조약", "방위조약", "상호방위조약",
        "한미상호방위조약", "불가침조약", "핵확산금지조약", "중거리핵전력조약", "뉴스타트", "비준",
        "비준안", "비준동의안", "평화협정", "휴전협정", "정전협정", "방위협정", "군사협정",
        "안보협정", "자유무역협정", "국제협정", "방위비분담협정", "주둔군지위협정", "군사정보보호협정",
        "지소미아", "평화 협정", "휴전 협정", "정전 협정", "방위 협정", "군사 협정", "안보 협정",
        "자유무역 협정", "평화 조약", "방위 조약", "핵합의", "이란 핵합의", "제네바협약", "제네바 협약",
        "국제협약", "파리협정", "파리 협정", "민스크 협정", "부다페스트 양해각서", "바르샤바조약",
    ],
    "he": [
        "=אמנה", "=האמנה", "=אמנת", "=אמנות בינלאומיות", "הסכם שלום", "הסכם השלום", "הסכמי שלום",
        "הסכמי השלום", "חוזה שלום", "הסכם הגנה", "הסכם ההגנה", "ברית הגנה", "הסכם ביטחוני",
        "ההסכם הביטחוני", "הסכם הגרעין", "הסכם גרעין", "הסכם בינלאומי", "הסכמים בינלאומיים",
        "הסכם הפסקת אש", "הסכם הפסקת האש", "הסכם סחר חופשי", "הסכמי אברהם", "הסכמי מינסק",
        "הסכם פריז", "אמנת ז'נבה", "אמנות ז'נבה", "אמנת וינה", "אי הפצה", "אשרור",
    ],
    "fa": [
        "معاهده", "عهدنامه", "پیمان صلح", "پیمان عدم تعرض", "پیمان دفاعی", "پیمان امنیتی",
        "پیمان نظامی", "پیمان ورشو", "پیمان آتلانتیک شمالی", "پیمان منع گسترش", "پیمان ناتو",
        "قرارداد صلح", "توافق صلح", "توافقنامه صلح", "توافق آتش بس", "توافق هسته ای",
        "برجام", "توافقنامه امنیتی", "توافق امنیتی", "توافقنامه دفاعی", "توافقنامه تجارت آزاد",
        "کنوانسیون ژنو", "کنوانسیون وین", "کنوانسیون منع سلاح های شیمیایی", "توافق پاریس",
        "توافقات مینسک", "پیمان ابراهیم", "معاهده منع گسترش", "ان پی تی",
    ],
    "ro": [
        "=tratatul", "=tratatului", "=tratatele", "=tratatelor", "=un tratat", "=tratat de pace",
        "=tratat internațional", "=tratate internaționale", "=tratat bilateral", "=tratat de neagresiune",
        "pact de neagresiune", "pactul de neagresiune", "pact de apărare", "pactul de apărare",
        "pact militar", "pactul militar", "Pactul de la Varșovia", "Tratatul Atlanticului de Nord",
        "acord de pace", "acordul de pace", "acorduri de pace", "acord de încetare a focului",
        "armistițiu", "acord de apărare", "acord de securitate", "acord de liber schimb",
        "acord internațional", "acord bilateral", "acordul nuclear", "acordurile de la Minsk",
        "Acordul de la Paris", "Acordurile Abraham", "Memorandumul de la Budapesta",
        "Convenția de la Geneva", "Convențiile de la Geneva", "Convenția de la Viena",
        "Convenția de la Istanbul", "Convenția de la Montreux", "ratificare", "ratifica",
    ],
    "cs": [
        "mezinárodní smlouva", "mírová smlouva", "mezistátní smlouva", "smlouva o nešíření",
        "smlouva o nenapadení", "smlouva o přátelství", "smlouva o obraně", "obranná smlouva",
        "Severoatlantická smlouva", "Lisabonská smlouva", "Varšavská smlouva", "Varšavský pakt", "pakt",
        "mírová dohoda", "dohoda o příměří", "dohoda o volném obchodu", "mezinárodní dohoda",
        "bezpečnostní dohoda", "obranná dohoda", "jaderná dohoda", "Minské dohody", "Pařížská dohoda",
        "Budapešťské memorandum", "Ženevská konvence", "Ženevské konvence", "Vídeňská úmluva",
        "Istanbulská úmluva", "mezinárodní úmluva", "ratifikace", "ratifikovat",
    ],
    "sv": [
        "=fördrag", "=fördraget", "=fördragets", "=fördragen", "=traktat", "=traktaten", "fredsfördrag", "fredsavtal",
        "fredsavtalet", "vapenstilleståndsavtal", "frihandelsavtal", "försvarsavtal", "säkerhetsavtal",
        "DCA-avtal", "kärnenergiavtal", "kärnavtal", "kärnvapenavtal", "icke-spridningsavtalet",
        "icke-angreppspakt", "försvarspakt", "Warszawapakten", "Natofördraget", "Lissabonfördraget",
        "Genèvekonventionen", "Genèvekonventionerna", "Wienkonventionen", "Istanbulkonventionen",
        "Minskavtalen", "Parisavtalet", "internationellt avtal", "bilateralt avtal", "mellanstatligt avtal",
        "ratificering", "ratificera",
    ],
}

TREATY_EXCLUDE = {
    "en": [
        "electoral pact", "coalition pact", "suicide pact", "pact with the devil", "Faustian pact",
        "devil's pact", "non-compete agreement", "confidentiality agreement", "Armistice Day",
        "ratify the contract", "ratify a contract", "ratify the new contract", "ratify a new contract",
        "contract ratification",
    ],
    "fr": [
        "pacte électoral", "pacte de gouvernement", "armistice de 1918", "commémoration de l'armistice",
        "commémorations de l'armistice", "cérémonie de l'armistice", "cérémonies de l'armistice",
        "jour de l'armistice",
    ],
    "it": ["armistizio dell'8 settembre", "armistizio di Cassibile"],
    "es": ["pacto de gobierno", "pacto de investidura"],
    "de": ["Pakt mit dem Teufel"],
    "pl": ["pakt senacki"],
    "ru": ["пакт с дьяволом", "договор о поставке", "договор о покупке", "договор о продаже"],
    "cs": ["pakt s ďáblem"],
    "zh": ["一条约", "这条约", "那条约", "一條約", "這條約", "那條約", "条约束", "條約束", "条约定", "條約定", "劳资协定", "勞資協定", "协定存款", "協定存款", "协定利率", "協定利率"],
    "ja": ["労使協定", "36協定", "三六協定", "労働協約", "協定世界時", "紳士協定"],
    "ko": ["업무협약", "업무 협약"],
    "ar": ["ميثاق شرف"],
}

# --------------------------------------------------------------------------------------------- troops

TROOPS = {
    "en": [
        "=troops", "troop deployment", "troop deployments", "troop withdrawal", "troop buildup",
        "troop build-up", "troop movements", "troop presence", "troop surge", "troop levels",
        "=soldiers", "servicemen", "service members", "servicemembers", "paratroopers", "peacekeepers",
        "=marines", "=battalions", "reservists", "conscripts", "boots on the ground", "ground forces",
        "military personnel", "foreign forces", "peacekeeping forces", "peacekeeping force",
        "occupation forces", "=coalition forces", "military contingent", "deployment of forces",
    ],
    "fr": [
        "=troupes", "soldats", "=des militaires", "=les militaires", "=de militaires",
        "=militaires déployés", "=militaires français", "=militaires américains", "=militaires russes",
        "=militaires ukrainiens", "casques bleus", "forces terrestres", "contingent militaire",
        "parachutistes", "=bataillons", "réservistes", "=forces armées déployées", "déploiement militaire",
        "forces d'occupation", "forces de maintien de la paix", "forces de la coalition",
    ],
    "de": [
        "=Truppen", "Soldaten", "Soldatinnen", "Bodentruppen", "Kampftruppen", "Friedenstruppen",
        "Besatzungstruppen", "Bundeswehrsoldaten", "Blauhelme", "Blauhelmsoldaten",
        "Fallschirmjäger", "Reservisten", "Truppenabzug", "Truppenaufmarsch", "Truppenverlegung",
        "Truppenstationierung", "Truppenentsendung", "Truppenaufstockung", "Truppenpräsenz",
        "Truppenkontingent", "Truppenteile", "Militärpersonal", "Bundeswehrkontingent", "Kampfbrigade",
        "Panzerbrigade", "Bataillon", "Bataillone", "Stationierung von Soldaten", "Militärkontingent",
    ],
    "es": [
        "=tropas", "soldados", "=los militares", "=de militares", "=efectivos militares",
        "=efectivos del ejército", "cascos azules", "fuerzas terrestres", "contingente militar",
        "paracaidistas", "=batallones", "=marines", "reservistas", "despliegue militar",
        "fuerzas de paz", "fuerzas de ocupación", "fuerzas de la coalición",
    ],
    "it": [
        "=truppe", "soldati", "=i militari", "=dei militari", "=di militari", "=ai militari",
        "=militari italiani", "=militari russi", "=militari americani", "=militari ucraini",
        "caschi blu", "forze di terra", "forze terrestri", "contingente militare", "paracadutisti",
        "=battaglioni", "=marines", "riservisti", "dispiegamento militare", "forze di pace",
        "forze di occupazione",
    ],
    "pt": [
        "=tropas", "soldados", "=os militares", "=dos militares", "=de militares", "=aos militares",
        "capacetes azuis", "contingente militar", "paraquedistas", "pára-quedistas", "=batalhões",
        "fuzileiros navais", "reservistas", "efetivos militares", "efectivos militares",
        "forças terrestres", "forças de paz", "forças de ocupação", "destacamento militar",
    ],
    "pl": [
        "wojska", "żołnierze", "kontyngent wojskowy", "Polski Kontyngent Wojskowy", "spadochroniarze",
        "batalion", "siły lądowe", "wojska lądowe", "siły pokojowe", "misja pokojowa", "rezerwiści",
        "żołnierze sił pokojowych", "oddziały wojskowe", "personel wojskowy", "rozmieszczenie wojsk",
    ],
    "nl": [
        "=troepen", "=troepenmacht", "grondtroepen", "gevechtstroepen", "vredestroepen",
        "troepenopbouw", "troepenterugtrekking", "troepeninzet", "soldaten", "=militairen",
        "blauwhelmen", "mariniers", "=bataljons", "reservisten", "militair personeel",
        "vredesmacht", "bezettingsmacht", "grondtroepen",
    ],
    "ru": [
        "войска", "войск", "военнослужащие", "солдаты", "миротворцы", "десантники", "военный контингент",
        "миротворческий контингент", "личный состав", "переброска войск", "группировка войск",
        "вывод войск", "ввод войск", "размещение войск", "сухопутные войска", "батальон",
        "срочники", "контрактники", "резервисты", "иностранные войска", "морские пехотинцы",
    ],
    "uk": [
        "війська", "військовослужбовці", "солдати", "=військові", "миротворці",
        "десантники", "військовий контингент", "миротворчий контингент", "особовий склад",
        "перекидання військ", "угруповання військ", "виведення військ", "введення військ",
        "розміщення військ", "сухопутні війська", "батальйон", "резервісти", "іноземні війська",
        "морські піхотинці", "бійці ЗСУ",
    ],
    "ar": [
        "=جنود", "=الجنود", "=جنديا", "=العسكريين", "=عسكريين", "=العسكريون", "=عسكريون",
        "=القوات البرية", "=قوات برية", "=قوات حفظ السلام", "=قوة حفظ السلام", "=نشر قوات",
        "=نشر القوات", "=إرسال قوات", "=سحب القوات", "=انسحاب القوات", "=سحب قوات", "=انسحاب قوات",
        "=تعزيزات عسكرية", "=حشود عسكرية", "=حشد قوات", "=حشد القوات", "=قوات أجنبية",
        "=القوات الأجنبية", "=قوات الاحتلال", "=القوات الأمريكية", "=القوات الروسية",
        "=القوات الأوكرانية", "=القوات التركية", "=القوات الإسرائيلية", "=مشاة البحرية",
        "=وحدات عسكرية", "=الوحدات العسكرية", "=كتيبة", "=كتائب عسكرية", "=قوات عسكرية",
    ],
    "tr": [
        "=askerler", "=askerleri", "=askerlerin", "=askerlerini", "=askerlere", "=askerlerinin",
        "=askerlerden", "=askerleriyle", "asker sevkiyatı", "asker gönder",
        "asker konuşlandır", "=askeri birlikler", "=askeri birlikleri", "=askeri birliklerin",
        "=Mehmetçikler", "kara kuvvetleri", "barış gücü",
        "barış gücü askerleri", "takviye kuvvet", "=Mehmetçik", "paraşütçüler", "=tabur",
        "yedek askerler", "askeri personel",
    ],
    "zh": [
        "部队", "部隊", "军队", "軍隊", "士兵", "官兵", "兵力", "驻军", "駐軍", "派兵", "出兵", "增兵",
        "撤军", "撤軍", "撤兵", "调兵", "調兵", "维和人员", "維和人員", "军事人员", "軍事人員",
        "陆战队", "陸戰隊", "伞兵", "傘兵", "驻扎", "駐紮", "驻守", "駐守", "地面部队", "地面部隊",
    ],
    "ja": [
        "部隊", "軍隊", "兵士", "兵力", "兵員", "将兵", "派兵", "撤兵", "増派", "駐留", "駐留軍",
        "在日米軍", "駐留米軍", "地上部隊", "平和維持部隊", "海兵隊", "空挺部隊", "派遣部隊",
        "部隊派遣", "軍の撤退", "部隊の撤退",
    ],
    "ko": [
        "병력", "군병력", "군 병력", "군대", "파병", "철군", "증파", "주둔", "주둔군", "주한미군",
        "주일미군", "장병", "장병들", "군인", "군인들", "병사들", "지상군", "평화유지군", "해병대",
        "공수부대", "파견 부대", "병력 배치", "병력 철수", "군 배치",
    ],
    "he": [
        "=חיילים", "=החיילים", "=חיילי", "=לוחמים", "=הלוחמים", "=כוחות קרקע", "=כוחות הקרקע",
        "=כוח רב-לאומי", "=כוחות שמירת השלום", "=פריסת כוחות", "=תגבור כוחות", "=נסיגת כוחות",
        "=הצבת כוחות", "=כוחות צבא", "=כוחות צבאיים", "=כוחות אמריקאיים", "=כוחות רוסיים",
        "=אנשי צבא", "=גדוד", "=גדודים", "=מילואימניקים", "=אנשי מילואים",
    ],
    "fa": [
        "سربازان", "نیروهای نظامی", "نیروهای زمینی", "اعزام نیرو", "اعزام نیروهای", "استقرار نیروهای",
        "خروج نیروهای", "خروج نیروها", "نیروهای حافظ صلح", "نیروهای خارجی", "نیروهای آمریکایی",
        "نیروهای روسی", "نظامیان", "تفنگداران دریایی", "=گردان", "چتربازان",
    ],
    "ro": [
        "=trupe militare", "=trupele militare", "=trupelor militare", "=trupele ruse", "=trupele rusești",
        "=trupele americane", "=trupele ucrainene", "=trupele NATO", "=trupele aliate", "=trupe străine",
        "=trupele străine", "=trupe terestre", "=trupele terestre", "=trimiterea de trupe",
        "=trimită trupe", "=trimite trupe", "=retragerea trupelor", "=desfășurarea de trupe",
        "=desfășurarea trupelor", "=soldați", "=soldații", "=soldaților", "=militarii", "=militari americani", "=militari români",
        "=militari ruși", "=militari ucraineni", "căști albastre", "forțe de menținere a păcii",
        "contingent militar", "parașutiști", "batalion", "rezerviști", "efective militare",
    ],
    "cs": [
        "vojska", "vojáci", "mírové síly", "mírové jednotky", "pozemní síly",
        "pozemní jednotky", "výsadkáři", "vojenský kontingent", "vojenské jednotky", "příslušníci armády",
        "nasazení vojáků", "stažení vojsk", "rozmístění vojsk", "záložníci",
    ],
    "sv": [
        "=trupper", "=trupperna", "=truppernas", "marktrupper", "stridstrupper", "fredsbevarande styrkor",
        "fredsbevarande trupper", "=soldater", "=soldaterna", "=soldaternas", "truppförflyttningar",
        "truppförstärkningar", "truppstyrka", "militär personal", "bataljon", "bataljoner",
        "fallskärmsjägare", "=marinsoldater", "värnpliktiga", "reservister",
    ],
}

TROOPS_EXCLUDE = {
    "en": ["toy soldiers", "tin soldiers", "scout troops", "Girl Scout troops", "Boy Scout troops"],
    "fr": [
        "troupe de théâtre", "troupes de théâtre", "troupe de danse", "troupes de danse",
        "troupes de cirque", "troupe de cirque", "troupes théâtrales", "troupe théâtrale",
        "soldats de plomb", "soldat inconnu",
    ],
    "de": ["Theatertruppe", "Tanztruppe", "Zirkustruppe", "Theatertruppen", "Tanztruppen", "unbekannter Soldat", "Zinnsoldaten"],
    "es": ["compañía de teatro", "soldado desconocido", "soldados de plomo"],
    "it": ["truppa teatrale", "truppe teatrali", "truppe televisive", "soldatini di piombo", "milite ignoto"],
    "pt": ["trupe de teatro", "soldado desconhecido", "soldadinhos de chumbo"],
    "pl": ["trupa teatralna", "nieznany żołnierz", "Grób Nieznanego Żołnierza"],
    "nl": ["theatergroep", "tinnen soldaatjes"],
    "ru": ["театральная труппа", "труппа театра", "оловянные солдатики", "неизвестный солдат"],
    "uk": [
        "театральна трупа", "трупа театру", "невідомий солдат", "військові злочини",
        "військові злочинці", "військових злочинів", "військові навчання", "військових навчань",
        "військові об'єкти", "військових об'єктів", "військові витрати", "військових витрат",
        "військові літаки", "військові кораблі", "військові дії", "військових дій",
        "військові адміністрації", "військові кореспонденти", "військові експерти", "військові аналітики",
    ],
    "ro": ["trupe de teatru", "trupele de teatru", "trupă de teatru", "trupe rock", "trupe de muzică"],
    "cs": ["divadelní soubor"],
    "sv": ["teatertrupp", "teatertruppen", "dansgrupp"],
    "zh": ["部队火锅", "部隊火鍋", "文工团", "剧团"],
    "ja": ["劇団", "部隊鍋"],
    "ko": ["부대찌개", "극단", "가족 병력", "과거 병력", "병력이 있는", "병력이 없는", "병력이 있다"],
    "tr": ["tiyatro topluluğu"],
}

# A word for soldiers is not yet a deployment: "training for Ukrainian servicemen", "supplies for
# the army", a parade, a film. So `troops` needs such a word within ten words of a word of moving,
# sending, stationing, withdrawing or fighting (DEPLOYMENT_WORDS, lexicon_round2.py), unless the term
# names the movement itself ("troop withdrawal", "Truppenabzug", "вывод войск", "파병"); languages
# without deployment words yet (he fa ro cs sv) keep every term. Added after the held-out set showed
# 13 false alarms of this kind (it is a development set since); scored on tests/data/alerts_final.
MOVE_STEMS = (
    "deploy", "withdraw", "buildup", "build-up", "surge", "presence", "movement", "boots on",
    "déploi", "abzug", "aufmarsch", "verlegung", "stationierung", "entsendung", "aufstockung", "präsenz",
    "despliegue", "dispiegamento", "rozmieszczenie", "переброска", "вывод", "ввод", "размещение",
    "перекидання", "виведення", "введення", "розміщення", "نشر", "إرسال", "سحب", "انسحاب", "حشد",
    "تعزيزات", "sevkiyat", "gönder", "konuşlandır", "派", "部署", "撤", "驻", "駐", "増派", "파병", "파견",
    "배치", "주둔", "철수", "증파", "troepenopbouw", "troepenterugtrekking", "troepeninzet",
)
TROOP_MOVES = {
    lang: [t for t in terms if lang not in DEPLOYMENT_WORDS or any(stem in t.lower() for stem in MOVE_STEMS)]
    for lang, terms in TROOPS.items()
}
TROOP_MOVES = {lang: terms for lang, terms in TROOP_MOVES.items() if terms}

# Movements the lexicon missed and broad words for soldiers that are safe once a movement is near
# (found on the held-out set, now a development set).
DEPLOYMENT_PARTICIPLES = {  # the dictionary files participles under themselves, not under the verb
    "en": ["deployed", "stationed", "dispatched", "withdrawn", "massed"],
    "fr": ["déployé", "=envoyés", "=envoyées", "stationné", "retiré", "massé", "dépêché", "positionné"],
    "de": ["stationiert", "verlegt", "entsandt", "abgezogen", "eingesetzt"],
    "es": ["desplegado", "enviado", "estacionado", "destacado", "retirado"],
    "it": ["schierato", "dispiegato", "inviato", "stanziato", "ritirato"],
    "pt": ["enviado", "destacado", "posicionado", "estacionado", "retirado"],
    "pl": ["rozmieszczony", "wysłany", "stacjonujący", "wycofany"],
    "nl": ["ingezet", "gestationeerd", "uitgezonden", "teruggetrokken"],
    "ru": ["размещённый", "размещенный", "переброшенный", "выведенный", "направленный"],
    "uk": ["розміщений", "перекинутий", "виведений", "направлений"],
}
DEPLOYMENT_EXTRA = {
    "en": ["arrive", "arrival", "depart", "leave for", "head to", "relocate", "relocation", "incursion", "take up positions"],
    "fr": ["arriver", "arrivée", "départ", "monter en ligne", "incursion", "relocaliser", "renforcer", "masser"],
    "de": ["eintreffen", "ankommen", "Ankunft", "abrücken", "zusammenziehen", "Einmarsch", "vorrücken"],
    "es": ["llegar", "llegada", "incursión", "desplazar", "trasladar", "movilizar"],
    "it": ["arrivare", "arrivo", "incursione", "trasferire", "schierare", "mobilitare"],
    "pt": ["chegar", "chegada", "deslocar", "incursão", "mobilizar", "transferir"],
    "pl": ["dotrzeć", "przybyć", "przybycie", "wyjechać", "wkroczyć", "przerzucić", "nowa zmiana"],
    "nl": ["vertrekken", "aankomen", "aankomst", "verplaatsen", "rotatie", "inval"],
    "ru": ["прибыть", "прибытие", "отправиться", "выдвинуться", "вторгнуться", "вторжение", "ротация", "передислокация"],
    "uk": ["прибути", "прибуття", "вирушити", "висунутися", "вторгнутися", "вторгнення", "ротація", "передислокація"],
    "ar": ["=وصول", "=وصلت", "=ترسل", "=يرسل", "=أرسلت", "=توغل", "=تتمركز", "=طلائع"],
    "tr": ["=ulaştı", "=intikal", "=görevde", "=görev yapan", "=gönderilecek", "=harekat"],
    "zh": ["抵达", "到达", "出发", "开赴", "后撤", "撤离", "调动", "轮换", "越境"],
    "ja": ["到着", "出発", "移転", "撤退", "越境", "交代"],
    "ko": ["도착", "출발", "이동", "월경", "교대"],
}
SOLDIER_NOUNS_EXTRA = {
    # exact plurals: the lemma of "militaires" is also the adjective ("aide militaire")
    "fr": ["=militaires"], "es": ["=militares"], "it": ["=militari"], "pt": ["=militares"], "nl": ["=militairen"],
    "en": ["battalion", "brigade", "contingent"], "de": ["Einheiten", "Brigade"], "pl": ["żołnierz", "brygada"],
    "ru": ["бригада"], "uk": ["бригада"],  # not военные/військові: also the adjective ("военные самолёты")
    "ar": ["=القوات", "=قوات", "=الجنود", "=جنود"], "tr": ["=birlik", "=birlikler", "=asker"], "zh": ["部队", "军队", "官兵"], "ja": ["海兵隊", "部隊"],
    "ko": ["장병", "병력"],
}

# Bare words for an agreement count only in an article naming two countries (countries: 2), and
# not those that mostly mean a contract or a business deal, nor the participles tratado/trattato.
CONTRACT_WORDS = {
    "=deal", "=deals", "=Vertrag", "=Vertrags", "=Vertrages", "=Verträge", "=Verträgen", "=Deal", "Einigung",
    "Abmachung", "=tratado", "=tratados", "=trattato", "=trattati", "kontrakt", "deal", "contract", "сделка",
    "контракт", "договор", "договір", "=صفقة", "=الصفقة", "sözleşme", "契約", "계약", "umowa", "umowa ramowa",
    "umowy ramowej",
}
STATE_AGREEMENTS = {
    lang: [t for t in terms if t not in CONTRACT_WORDS] for lang, terms in AGREEMENT_NOUNS.items()
}

# "No American troops would be sent": a negated deployment is none (cancels what it overlaps).
TROOPS_NEGATED = {
    "en": ["no troops", "no ground troops", "no American troops", "no combat troops", "no soldiers", "not send troops",
           "not deploy troops", "without troops"],
    "fr": ["pas de troupes", "aucun soldat", "aucune troupe", "pas de soldats"],
    "de": ["keine Truppen", "keine Soldaten", "keine Bodentruppen"],
    "es": ["sin tropas", "ningún soldado", "no enviará tropas"],
    "it": ["nessun soldato", "niente truppe", "senza truppe"],
    "pt": ["nenhum soldado", "sem tropas"],
    "pl": ["żadnych żołnierzy", "bez żołnierzy", "żadnych wojsk"],
    "nl": ["geen troepen", "geen soldaten", "geen grondtroepen"],
}

# --------------------------------------------------------------------------------------------- military assistance

MILAID = {
    "en": [
        "military assistance", "military aid", "military support", "security assistance",
        "defence assistance", "defense assistance", "military and humanitarian aid",
        "military and economic aid", "military and financial aid", "military and economic assistance",
        "military and financial assistance", "military and financial support", "military and economic support",
        "military and political support", "arms deliveries", "weapons deliveries", "arms supplies",
        "weapons supplies", "arms shipments", "weapons shipments", "arms transfers", "weapons transfers",
        "arms package", "weapons package", "ammunition deliveries", "munitions deliveries",
        "lend-lease", "Foreign Military Financing", "Presidential Drawdown Authority", "drawdown package",
        "Ukraine Defense Contact Group", "Ramstein group", "Ramstein format",
        "supply weapons", "supplying weapons", "supplied weapons", "send weapons", "sending weapons",
        "deliver weapons", "delivered weapons", "provide weapons", "provided weapons", "providing weapons",
        "=supply arms", "=supplying arms", "=supplied arms", "=send arms", "=sending arms", "=sent arms",
        "supply ammunition",
    ],
    "fr": [
        "assistance militaire", "aide militaire", "aides militaires", "soutien militaire", "appui militaire",
        "aide humanitaire et militaire", "aide financière et militaire", "aide économique et militaire",
        "soutien financier et militaire", "soutien politique et militaire", "soutien économique et militaire",
        "livraisons d'armes", "livraison d'armes", "livraisons d'armements", "livraisons de munitions",
        "livraison de matériel militaire", "livraisons de matériel militaire", "fourniture d'armes",
        "fournitures d'armes", "fourniture d'armements", "transferts d'armes", "envoi d'armes",
        "envois d'armes", "fournir des armes", "livrer des armes", "envoyer des armes", "fournir des munitions",
        "livrer des munitions", "prêt-bail", "groupe de Ramstein", "format Ramstein",
    ],
    "de": [
        "Militärhilfe", "Militärhilfen", "militärische Unterstützung", "militärische Hilfe",
        "finanzielle und militärische Unterstützung", "humanitäre und militärische Hilfe",
        "militärische und finanzielle Unterstützung", "militärische und humanitäre Hilfe",
        "Waffenlieferungen", "Rüstungslieferungen", "Munitionslieferungen", "Waffenhilfe",
        "Rüstungshilfe", "Militärpaket", "Ertüchtigungsinitiative", "Ringtausch", "Ramstein-Gruppe",
        "Ramstein-Format", "Ramstein-Kontaktgruppe", "Waffen liefern", "liefert Waffen", "liefern Waffen",
        "Waffen zu liefern", "Lieferung von Waffen", "Lieferungen von Waffen", "Lieferung von Munition",
        "Lieferung von Rüstungsgütern", "Waffen an die Ukraine", "Leih- und Pachtgesetz",
    ],
    "es": [
        "asistencia militar", "ayuda militar", "apoyo militar", "ayuda humanitaria y militar",
        "ayuda económica y militar", "ayuda financiera y militar", "apoyo financiero y militar",
        "apoyo económico y militar", "apoyo político y militar", "envío de armas", "envíos de armas",
        "entrega de armas", "entregas de armas", "suministro de armas", "suministros de armas",
        "suministro de armamento", "envío de armamento", "entrega de armamento", "envío de municiones",
        "suministro de municiones", "transferencia de armas", "enviar armas", "suministrar armas",
        "entregar armas", "paquete de ayuda militar", "grupo de Ramstein", "formato Ramstein",
    ],
    "it": [
        "assistenza militare", "aiuti militari", "aiuto militare", "sostegno militare", "supporto militare",
        "aiuti umanitari e militari", "aiuti economici e militari", "aiuti finanziari e militari",
        "sostegno economico e militare", "sostegno finanziario e militare", "sostegno politico e militare",
        "forniture di armi", "fornitura di armi", "invio di armi", "invii di armi", "consegne di armi",
        "consegna di armi", "forniture militari", "invio di armamenti", "forniture di munizioni",
        "trasferimento di armi", "inviare armi", "fornire armi", "gruppo di Ramstein", "formato Ramstein",
    ],
    "pt": [
        "assistência militar", "=ajuda militar", "=ajudas militares", "apoio militar", "=ajuda humanitária e militar",
        "=ajuda económica e militar", "=ajuda econômica e militar", "=ajuda financeira e militar",
        "apoio financeiro e militar", "apoio político e militar", "envio de armas", "envios de armas",
        "entrega de armas", "entregas de armas", "fornecimento de armas", "fornecimentos de armas",
        "fornecimento de armamento", "envio de armamento", "envio de munições", "fornecimento de munições",
        "transferência de armas", "enviar armas", "fornecer armas", "grupo de Ramstein",
    ],
    "pl": [
        "pomoc wojskowa", "wsparcie wojskowe", "pomoc militarna", "wsparcie militarne",
        "pomoc humanitarna i wojskowa", "pomoc finansowa i wojskowa", "wsparcie finansowe i wojskowe",
        "wsparcie polityczne i wojskowe", "dostawy broni", "dostawy uzbrojenia", "dostawy amunicji",
        "dostawy sprzętu wojskowego", "przekazanie broni", "przekazać broń", "dostarczyć broń", "przekazanie sprzętu wojskowego",
        "przekazanie uzbrojenia", "transfer broni", "pakiet pomocy wojskowej", "format Ramstein",
        "grupa Ramstein", "Lend-Lease",
    ],
    "nl": [
        "militaire steun", "militaire hulp", "militaire hulppakket", "militair steunpakket",
        "militaire steunpakket", "wapenleveranties", "wapenleveringen", "wapenlevering",
        "munitieleveranties", "levering van wapens", "leveringen van wapens", "levering van munitie",
        "wapens leveren", "wapens te leveren", "wapens geleverd", "financiële en militaire steun",
        "humanitaire en militaire hulp", "militaire en financiële steun", "Ramstein-groep",
    ],
    "ru": [
        "военная помощь", "военная поддержка", "военно-техническая помощь", "военно-техническое сотрудничество",
        "военная и гуманитарная помощь", "военная и финансовая помощь", "военная и экономическая помощь",
        "военная и финансовая поддержка", "поставки оружия", "поставка оружия", "поставки вооружений",
        "поставки вооружения", "поставки боеприпасов", "поставки военной техники", "поставки снарядов",
        "передача оружия", "передача вооружений", "передача военной техники", "пакет военной помощи",
        "ленд-лиз", "формат Рамштайн", "Рамштайн", "поставлять оружие", "поставить оружие",
    ],
    "uk": [
        "військова допомога", "військова підтримка", "оборонна допомога", "безпекова допомога",
        "військово-технічна допомога", "військова та гуманітарна допомога", "військова і гуманітарна допомога",
        "військова та фінансова допомога", "військова і фінансова допомога", "військова та фінансова підтримка",
        "постачання зброї", "поставки зброї", "постачання озброєння", "постачання боєприпасів",
        "поставки озброєння", "поставки боєприпасів", "постачання військової техніки", "передача зброї",
        "передача озброєння", "пакет військової допомоги", "ленд-ліз", "Рамштайн", "формат Рамштайн",
        "постачати зброю", "передати зброю",
    ],
    "ar": [
        "مساعدات عسكرية", "المساعدات العسكرية", "مساعدة عسكرية", "المساعدة العسكرية",
        "معونات عسكرية", "المعونات العسكرية", "المعونة العسكرية", "معونة عسكرية", "العون العسكري",
        "دعم عسكري", "الدعم العسكري", "دعما عسكريا", "إمدادات الأسلحة", "إمدادات أسلحة",
        "إمدادات عسكرية", "الإمدادات العسكرية", "شحنات أسلحة", "شحنات الأسلحة", "شحنة أسلحة",
        "تسليم أسلحة", "تسليم الأسلحة", "إرسال أسلحة", "إرسال الأسلحة", "توريد الأسلحة", "توريد أسلحة",
        "تزويد أوكرانيا بالأسلحة", "بالأسلحة والذخائر", "حزمة مساعدات عسكرية", "مجموعة رامشتاين",
    ],
    "tr": [
        "askeri yardım", "askerî yardım", "askeri destek", "askerî destek", "askeri ve insani yardım",
        "askeri ve mali yardım", "askeri ve ekonomik yardım", "mali ve askeri destek", "silah yardımı",
        "silah sevkiyatı", "silah tedariki", "silah teslimatı", "silah desteği", "mühimmat sevkiyatı",
        "mühimmat yardımı", "silah transferi", "askeri teçhizat yardımı", "Ramstein grubu",
    ],
    "zh": [
        "军事援助", "軍事援助", "军事支援", "軍事支援", "军事支持", "軍事支持", "军援", "軍援", "军售", "軍售",
        "武器援助", "援助武器", "提供武器", "供应武器", "供應武器", "输送武器", "輸送武器", "交付武器",
        "武器交付", "运送武器", "運送武器", "军火援助", "軍火援助", "提供军火", "提供軍火", "弹药援助",
        "彈藥援助", "安全援助", "租借法案", "拉姆施泰因",
    ],
    "ja": [
        "軍事支援", "軍事援助", "武器供与", "兵器供与", "武器支援", "弾薬供与", "武器の供与", "兵器の供与",
        "弾薬の供与", "武器を供与", "武器の提供", "武器を提供", "装備品の供与", "防衛装備品の移転",
        "安全保障能力強化支援", "武器貸与", "ラムシュタイン",
    ],
    "ko": [
        "군사 지원", "군사지원", "군사 원조", "군사원조", "군사적 지원", "무기 지원", "무기지원",
        "무기 공급", "무기공급", "무기 제공", "무기제공", "탄약 지원", "탄약 공급", "살상무기 지원",
        "살상 무기 지원", "무기 인도", "군사 장비 지원", "안보 지원", "무기 대여", "람슈타인",
    ],
    "he": [
        "סיוע צבאי", "הסיוע הצבאי", "סיוע ביטחוני", "הסיוע הביטחוני", "משלוחי נשק", "משלוח נשק",
        "משלוחי הנשק", "אספקת נשק", "אספקת הנשק", "אספקת חימוש", "העברת נשק", "חבילת סיוע צבאי",
        "תמיכה צבאית", "סיוע צבאי והומניטרי",
    ],
    "fa": [
        "کمک نظامی", "کمک های نظامی", "حمایت نظامی", "پشتیبانی نظامی",
        "کمک تسلیحاتی", "کمک های تسلیحاتی", "ارسال سلاح", "تحویل سلاح",
        "ارسال تسلیحات", "تحویل تسلیحات", "محموله تسلیحاتی", "محموله های تسلیحاتی",
        "تامین سلاح", "تأمین سلاح",
    ],
    "ro": [
        "asistență militară", "ajutor militar", "ajutorul militar", "ajutoare militare", "sprijin militar",
        "sprijinul militar", "ajutor umanitar și militar", "sprijin financiar și militar",
        "sprijin politic și militar", "livrări de arme", "livrările de arme", "livrare de arme",
        "furnizarea de arme", "livrări de armament", "livrări de muniție", "trimiterea de arme",
        "pachet de ajutor militar", "formatul Ramstein", "grupul Ramstein",
    ],
    "cs": [
        "vojenská pomoc", "vojenská podpora", "vojenská a humanitární pomoc", "vojenská i humanitární pomoc",
        "vojenská a finanční pomoc", "dodávky zbraní", "dodávka zbraní", "dodávky munice",
        "dodávky vojenského materiálu", "dodávky výzbroje", "muniční iniciativa", "předání zbraní",
        "posílání zbraní", "formát Ramstein",
    ],
    "sv": [
        "militärt stöd", "militär hjälp", "militärt bistånd", "militärt stödpaket", "militära stödpaket",
        "vapenleveranser", "vapenleverans", "vapenstöd", "ammunitionsleveranser", "leveranser av vapen",
        "leverera vapen", "skicka vapen", "Ramsteingruppen",
    ],
}

MILAID_EXCLUDE = {
    "en": [
        "non-military aid", "non-military assistance", "non-military support", "nonmilitary aid",
        "military assistance to civil authorities", "military aid to the civil authorities",
        "military aid to the civil power", "military aid to civil authorities",
        "military support to civil authorities", "military support for humanitarian",
        "military assistance for humanitarian", "send weapons inspectors",
    ],
    "fr": ["soutien militaire à l'aide humanitaire", "appui militaire à l'aide humanitaire"],
    "de": ["Amtshilfe der Bundeswehr", "militärische Unterstützung bei der humanitären"],
    "nl": ["militaire bijstand aan de politie"],
    "ru": ["невоенная помощь"],
    "zh": ["空军援", "海军援", "陆军援", "空軍援", "海軍援", "陸軍援", "将军援", "將軍援", "人道援助"],
    "ko": ["인도적 지원", "인도 지원"],
}

# Near constructions, kept few and tight.
TREATY_NEAR = {
    "within": 6,
    "all": [
        {"terms": {
            "en": ["Article 5", "Article Five", "Article 4"],
            "fr": ["article 5", "article 4"],
            "de": ["Artikel 5", "Artikel 4"],
            "es": ["artículo 5", "artículo 4"],
            "it": ["articolo 5", "articolo 4"],
            "pl": ["artykuł 5", "artykuł 4"],
        }},
        {"terms": {
            "en": ["=NATO"], "fr": ["=OTAN"], "de": ["=NATO"], "es": ["=OTAN"], "it": ["=NATO"], "pl": ["=NATO"],
        }},
    ],
}

MILAID_NEAR = {
    "within": 3,
    "all": [
        {"terms": {
            "en": ["military", "weapons", "ammunition"],
        }},
        {"terms": {
            "en": ["aid package", "assistance package", "support package"],
        }},
    ],
}


# Arms transfers worded without "aid" ("übergibt Flugabwehrsysteme", "pakiet uzbrojenia"): a verb of
# handing over near a weapon noun. "Send" is left out in every language ("sent missiles at Kyiv" is an
# attack), and so are Korean 인도 (also India) and 이전 (also "before"). Written by a helper session
# that saw neither labelled set; added after the tuning set showed the gap.
MILAID_TRANSFER_NEAR = {
    "within": 6,
    "all": [
        {"terms": {
            'en': ['deliver', 'hand over', 'supply', 'transfer', 'donate', 'provide', 'furnish', 'gift'],
            'fr': ['livrer', 'fournir', 'remettre', 'céder', 'transférer', 'octroyer', 'offrir', 'livraison'],
            'de': ['liefern', 'übergeben', 'bereitstellen', 'überlassen', 'spenden', 'abgeben', 'Lieferung', 'Übergabe'],
            'es': ['entregar', 'suministrar', 'ceder', 'proporcionar', 'donar', 'transferir', 'facilitar', 'proveer', 'entrega', 'suministro'],
            'it': ['consegnare', 'fornire', 'cedere', 'donare', 'trasferire', 'fornitura', 'consegna'],
            'pt': ['entregar', 'fornecer', 'ceder', 'doar', 'transferir', 'disponibilizar', 'entrega', 'fornecimento'],
            'pl': ['przekazać', 'przekazywać', 'dostarczyć', 'dostarczać', 'ofiarować', 'podarować', 'przekazanie', 'dostawa'],
            'nl': ['leveren', 'overhandigen', 'schenken', 'doneren', 'overdragen', 'verstrekken', 'afstaan', 'levering'],
            'ru': ['передать', 'передавать', 'поставлять', 'поставить', 'предоставить', 'предоставлять', 'передача', 'поставка'],
            'uk': ['передати', 'передавати', 'постачати', 'поставити', 'надати', 'надавати', 'передача', 'постачання'],
            'tr': ['teslim etmek', 'tedarik etmek', 'sağlamak', 'devretmek', 'bağışlamak', 'vermek', 'teslimat', 'transfer etmek'],
            'ar': ['سلم', 'تسليم', 'زود', 'تزويد', 'قدم', 'تقديم', 'منح', 'يسلم', 'يزود', 'يقدم'],
            'zh': ['交付', '提供', '移交', '交给', '供应', '捐赠', '转让', '赠送', '供應', '捐贈', '轉讓'],
            'ja': ['供与', '引き渡', '引渡', '提供', '譲渡', '移転', '供給', '納入', '寄贈'],
            'ko': ['제공', '공급', '전달', '양도', '기증', '넘기다', '공여'],
        }},
        {"terms": {
            'en': ['weapons', 'arms', 'ammunition', 'tanks', 'armoured vehicles', 'armored vehicles', 'howitzers', 'artillery', 'air defence', 'air defense', 'missiles', 'military equipment'],
            'fr': ['armes', 'munitions', 'chars', 'blindés', 'obus', 'canons', 'artillerie', 'missiles', 'défense aérienne', 'défense antiaérienne', 'matériel militaire', 'équipements militaires'],
            'de': ['Waffen', 'Waffensysteme', 'Munition', 'Panzer', 'Kampfpanzer', 'Schützenpanzer', 'Haubitzen', 'Artillerie', 'Flugabwehrsysteme', 'Luftabwehrsysteme', 'Flugabwehr', 'Raketen'],
            'es': ['armas', 'armamento', 'munición', 'tanques', 'blindados', 'vehículos blindados', 'obuses', 'artillería', 'misiles', 'defensa antiaérea', 'sistemas antiaéreos', 'material militar'],
            'it': ['armi', 'armamenti', 'munizioni', 'carri armati', 'blindati', 'mezzi blindati', 'obici', 'artiglieria', 'missili', 'difesa aerea', 'sistemi antiaerei', 'materiale militare'],
            'pt': ['armas', 'armamento', 'munições', 'tanques', 'blindados', 'veículos blindados', 'obuses', 'artilharia', 'mísseis', 'defesa antiaérea', 'sistemas antiaéreos', 'equipamento militar'],
            'pl': ['broń', 'uzbrojenie', 'amunicja', 'czołgi', 'wozy bojowe', 'transportery opancerzone', 'haubice', 'artyleria', 'pociski', 'rakiety', 'obrona przeciwlotnicza', 'sprzęt wojskowy'],
            'nl': ['wapens', 'munitie', 'tanks', 'pantservoertuigen', 'houwitsers', 'artillerie', 'raketten', 'luchtafweer', 'luchtverdedigingssystemen', 'militair materieel', 'gevechtsvliegtuigen', 'drones'],
            'ru': ['оружие', 'вооружение', 'боеприпасы', 'снаряды', 'танки', 'бронетехника', 'гаубицы', 'артиллерия', 'ракеты', 'ПВО', 'зенитные комплексы', 'военная техника'],
            'uk': ['зброя', 'озброєння', 'боєприпаси', 'снаряди', 'танки', 'бронетехніка', 'гаубиці', 'артилерія', 'ракети', 'ППО', 'зенітні комплекси', 'військова техніка'],
            'tr': ['silah', 'mühimmat', 'cephane', 'tank', 'zırhlı araç', 'obüs', 'topçu', 'füze', 'hava savunma', 'askeri teçhizat', 'savaş uçağı', 'insansız hava aracı'],
            'ar': ['أسلحة', 'سلاح', 'ذخائر', 'ذخيرة', 'دبابات', 'مدرعات', 'مدفعية', 'صواريخ', 'منظومات دفاع جوي', 'دفاع جوي', 'عتاد عسكري', 'طائرات مسيرة'],
            'zh': ['武器', '弹药', '坦克', '防空系统', '导弹', '装甲车', '榴弹炮', '火炮', '军事装备', '无人机', '彈藥', '導彈'],
            'ja': ['兵器', '武器', '弾薬', '戦車', 'ミサイル', '防空システム', '装甲車', '榴弾砲', '防衛装備', '無人機', '砲弾', '戦闘機'],
            'ko': ['무기', '무기체계', '탄약', '포탄', '전차', '탱크', '미사일', '방공 시스템', '장갑차', '곡사포', '드론', '군사 장비'],
        }},
    ],
}

# Round 6, from the round-5 set (a development set since). Turkish verbs in all their forms ("~":
# tr_verb_forms), Dutch "stuurt", soldiers named by their trade (military engineers, advisers),
# an army named as such ("الجيش", "جيشها") near a movement.
MOVES_ROUND6 = {
    "tr": [
        "~konuşlandır", "~konuşlan", "~gönder", "~geri çek", "~çek", "~geri çekil", "~çekil", "~yerleştir",
        "~sevk et", "~takviye et", "~konumlandır", "~intikal et", "~görevlendir", "~savaş", "~üslen", "~yığ",
    ],
    "nl": ["=stuurt", "=stuurde", "=stuurden", "=gestuurd", "=zendt", "=stationeert"],
    "ja": ["撤収", "展開"],
    "es": ["ingreso de"],
}
# Japanese 協定 alone is also a labour or a company agreement (労使協定, 提携協定): it needs two
# countries, one acting as a state, like the other bare words for an agreement.
STATE_AGREEMENTS_ROUND6 = {"ja": ["協定"], "en": ["pact"], "ko": ["협정"]}  # ko, en: round 8
# ...and is a treaty right after a pair of one-character country names (日米, 日韓漁業協定, 日独ACSA).
JA_COUNTRIES = "日米韓中露英独仏豪印比伊加越泰朝蘭墨伯"
JA_PAIRS = {"ja": [a + b for a in JA_COUNTRIES for b in JA_COUNTRIES if a != b]}
JA_AGREEMENT = {"ja": ["協定", "合意", "覚書", "ACSA", "RAA", "SOFA"]}
TROOPS_EXCLUDE_ROUND6 = {"ja": ["派遣社員", "派遣労働", "人材派遣", "派遣会社"]}  # temporary staff
SOLDIERS_ROUND6 = {
    "ru": ["военный инженер", "военный специалист", "военный советник", "военный инструктор", "сапёр", "сапер"],
    "uk": ["військовий інженер", "військовий фахівець", "військовий радник", "військовий інструктор", "сапер"],
    "tr": ["=askerlerinin", "=askerini", "=askerlerimizi", "=birliği", "=birliklerini", "=birliklerinin", "=askeri personel"],
    "ar": ["=الجيش", "=جيشها", "=جيشه", "=جيش"],
    "en": ["military engineers", "military advisers", "military advisors", "peacekeepers"],
    "fr": ["casques bleus", "ingénieurs militaires", "conseillers militaires"],
    "de": ["Blauhelme", "Blauhelmsoldaten", "Militärberater"],
    "es": ["cascos azules", "asesores militares", "ingenieros militares"],
    "it": ["caschi blu", "consiglieri militari", "genieri"],
    "pt": ["capacetes azuis", "assessores militares", "engenheiros militares"],
    "pl": ["błękitne hełmy", "doradcy wojskowi", "saperzy"],
    "nl": ["blauwhelmen", "militaire adviseurs", "genisten"],
}

# Round 6: the lists of a helper that saw no labelled set (lexicon_round6.py): named treaties, military
# equipment, words of giving. Its ARMED_FORCES (the recipient named as an army: "à l'armée arménienne")
# was tried near words of giving and left out: it fired on arms sales to foreign air forces.
def plain(lexicon: dict[str, list[str]]) -> dict[str, list[str]]:
    """Punctuation a term may not hold ("Договор о дружбе, сотрудничестве") is a word boundary anyway."""
    return {k: [" ".join(re.sub(r"[^\w\s'’.·・=\-]", " ", t).split()) for t in v] for k, v in lexicon.items()}


NAMED_TREATIES = plain(lexicon_round6.NAMED_TREATIES)
ARMED_FORCES = plain(lexicon_round6.ARMED_FORCES)
EQUIPMENT_NOUNS = plain(lexicon_round6.EQUIPMENT_NOUNS)
# Of the helper's transfer words, only those of giving: shipping, equipping, financing, receiving in
# general, batches and packages are as common around a state's own purchases and its troops' moves.
NOT_GIVING = {
    "en": "equip|re-equip|pay for|send|=sent|=sends|=shipped|shipment|consignment|batch|tranche|package|obtain|lend|loan|"
    "pledge|allocate|earmark|donor|donor country|recipient|contribute",
    "fr": "équiper|doter|dotation|obtenir|bénéficier|cargaison|lot|tranche|enveloppe|acheminer|acheminement|expédier|"
    "pays donateur|donateur|bénéficiaire|prêter|débloquer",
    "de": "ausstatten|Ausstattung|ausrüsten|Finanzierung|bezahlen|senden|bekommen|Tranche|Paket|Empfängerland|Geberland|"
    "zusagen|Zusage|bewilligen|leihen",
    "es": "dotar|equipar|financiación|financiamiento|costear|obtener|lote|cargamento|tramo|paquete|remesa|país donante|"
    "donante|beneficiario|préstamo|destinar|asignar",
    "it": "equipaggiare|dotare|finanziamento|spedire|ottenere|tranche|pacchetto|paese donatore|donatore|beneficiario|"
    "stanziare",
    "pt": "equipar|dotar|financiamento|custear|recebimento|obter|lote|carregamento|remessa|tranche|pacote|país doador|"
    "doador|beneficiário|emprestar|empréstimo|destinar",
    "pl": "wysyłka|wyposażyć|wyposażać|doposażyć|finansowanie|sfinansowanie|otrzymywać|dostać|odebrać|pozyskać|transza|"
    "przesyłka|ładunek|donator|odbiorca|beneficjent|pożyczyć|przeznaczyć",
    "nl": "uitrusten|financiering|bekostigen|betalen voor|versturen|zenden|krijgen|verkrijgen|lading|zending|tranche|"
    "pakket|donorland|ontvanger|uitlenen|lenen|toezeggen|toezegging",
    "ru": "отправить|отправлять|снабжать|снабжение|оснастить|оснащать|оснащение|вооружить|финансирование|оплатить|"
    "получать|получение|транш|пакет|груз|страна-донор|донор|получатель|выделить|выделять|доставить|доставлять|доставка",
    "uk": "відправляти|забезпечити|забезпечувати|оснастити|оснащувати|фінансування|оплатити|отримувати|отримання|транш|"
    "пакет|вантаж|країна-донор|донор|отримувач|виділити|виділяти|доставити|доставка|надійти",
    "ar": "=أرسل|=شحنة|=شحنات|=دفعة|=حزمة|=مولت|=تمول|=جهزت|=تجهيز|=الدولة المانحة|=الجهة المانحة|=المانحة|=وصلت شحنة",
    "tr": "gönderdi|gönderilen|gönderecek|sevk etti|sevk edildi|sevkiyatı|paket|finanse etti|finansmanı|donattı|donatılan|"
    "donatmak|envantere girdi|envanterine girdi|envantere katıldı",
    "zh": "运抵|運抵|运送|運送|输送|輸送|出资|出資|拨款|撥款|配备|配備|首批|第二批|一批|批次|列装|列裝|入列|交装|交裝|援建",
    "ja": "受け入れ|受入れ|送付|輸送|搬入|拠出|資金援助|支援|届ける|第1弾|第一弾|第2弾|資金提供",
    "ko": "보냈다|보내기로|보낸다|이전했다|이전하기로|1차분|2차분",
}
TRANSFER_WORDS = {
    language: [t for t in terms if t not in NOT_GIVING.get(language, "").split("|")]
    for language, terms in plain(lexicon_round6.TRANSFER_WORDS).items()
}


# Round 7, from the round-6 set (a development set since): trainers sent abroad are troops too
# (Ausbilder, eğitim timi), and so is a warship that sails for a mission (fregata salpa, 護衛艦 出港,
# 구축함 파견): both become soldiers for the troops rule's movement test; "dispositif militaire"; a
# training course for foreign officers; the football veto's الدوري (league) exact, as دوريات is "patrols".
WARSHIPS = {
    "en": ["warship", "frigate", "destroyer", "corvette", "patrol ship", "naval vessel", "aircraft carrier"],
    "fr": ["navire de guerre", "frégate", "destroyer", "corvette", "porte-avions", "bâtiment de la Marine"],
    "de": ["Kriegsschiff", "Fregatte", "Zerstörer", "Korvette", "Flugzeugträger"],
    "es": ["buque de guerra", "fragata", "destructor", "corbeta", "portaaviones", "buque de la Armada"],
    "it": ["nave da guerra", "fregata", "cacciatorpediniere", "corvetta", "portaerei", "pattugliatore"],
    "pt": ["navio de guerra", "fragata", "contratorpedeiro", "corveta", "porta-aviões", "navio-patrulha"],
    "pl": ["okręt wojenny", "fregata", "niszczyciel", "korweta", "lotniskowiec"],
    "nl": ["oorlogsschip", "fregat", "torpedobootjager", "korvet", "vliegdekschip", "marineschip"],
    "ru": ["военный корабль", "фрегат", "эсминец", "корвет", "авианосец"],
    "uk": ["військовий корабель", "фрегат", "есмінець", "корвет", "авіаносець"],
    "ar": ["=فرقاطة", "=الفرقاطة", "=مدمرة", "=المدمرة", "=سفينة حربية", "=السفينة الحربية", "=سفن حربية", "=حاملة طائرات"],
    "tr": ["=savaş gemisi", "=savaş gemileri", "=fırkateyn", "=fırkateyni", "=muhrip", "=muhribi", "=korvet", "=korveti"],
    "zh": ["驱逐舰", "驅逐艦", "护卫舰", "護衛艦", "军舰", "軍艦", "航母", "航空母舰"],
    "ja": ["護衛艦", "駆逐艦", "フリゲート", "軍艦", "空母"],
    "ko": ["구축함", "호위함", "군함", "초계함", "항공모함", "함정"],
}
SAILING = {
    "en": ["set sail", "sail", "=sailed", "port call"], "fr": ["appareiller", "faire escale", "escale"],
    "de": ["auslaufen", "in See stechen", "Hafenbesuch"], "es": ["zarpar", "hacer escala", "escala"],
    "it": ["salpare", "fare scalo", "scalo"], "pt": ["zarpar", "fazer escala", "escala"],
    "pl": ["wypłynąć", "wyruszyć"], "nl": ["uitvaren", "vertrekken", "aanmeren"],
    "ru": ["выйти в море", "заход в порт", "отплыть"], "uk": ["вийти в море", "захід у порт"],
    "ar": ["=أبحرت", "=تبحر", "=رست", "=ترسو"], "tr": ["=demir aldı", "=yola çıktı", "=liman ziyareti"],
    "zh": ["启航", "起航", "出航", "停靠", "靠港"], "ja": ["出港", "寄港", "出航"], "ko": ["출항", "기항"],
}
# A warship counts when it sails or is sent, not near any movement: "arrives" is also how a donated
# corvette reaches the navy that gets it.
WARSHIP_MOVES = merged(SAILING, {
    "en": ["deploy", "dispatch", "=deployed"], "fr": ["déployer", "dépêcher"], "de": ["entsenden", "verlegen"],
    "es": ["desplegar", "enviar"], "it": ["schierare", "inviare", "dispiegare"], "pt": ["enviar", "destacar"],
    "pl": ["wysłać", "skierować"], "nl": ["inzetten", "sturen", "=stuurt"], "ru": ["направить"],
    "uk": ["направити"], "ar": ["=أرسلت", "=نشرت", "=ترسل"], "tr": ["~gönder", "~konuşlandır"],
    "zh": ["派遣", "部署"], "ja": ["派遣"], "ko": ["파견", "배치"],
})
TRAINERS_ROUND7 = {
    "tr": ["=eğitim timi", "=askeri eğitim timi", "=eğitim ekibi"], "zh": ["专家组", "教官组", "培训组"],
    "en": ["military trainers", "training team"],
}
OFFICERS = {"ar": ["=ضباط", "=الضباط"]}
TRAINING_ROUND7 = {"ar": ["=دورة تدريبية", "=دورات تدريبية"], "nl": ["=opgeleid", "=opgeleide"]}


# Round 8, from the round-7 set (a development set since). A sale is not a gift: a word of selling
# (contract, order, export, purchase) near the word of handing over takes the transfer out, which
# lets the recipient be named as an army ("às Forças Armadas são-tomenses", "Armii Narodowej
# Republiki Mołdawii") without a word for the equipment.
SALE = {
    "en": ["contract", "order for", "=ordered", "export", "sale", "sell", "=sold", "purchase", "buy", "=bought",
           "procurement", "tender"],
    "fr": ["contrat", "commande", "commander", "exportation", "exporter", "vente", "vendre", "achat", "acheter",
           "appel d'offres"],
    "de": ["Auftrag", "Bestellung", "bestellen", "Export", "exportieren", "Verkauf", "verkaufen", "Kauf", "kaufen",
           "Beschaffung", "Ausschreibung", "Rüstungsexport", "Kaufvertrag", "Liefervertrag"],
    "es": ["contrato", "pedido", "encargo", "exportación", "exportar", "venta", "vender", "compra", "comprar",
           "licitación"],
    "it": ["contratto", "ordine", "commessa", "esportazione", "esportare", "vendita", "vendere", "acquisto",
           "acquistare", "appalto"],
    "pt": ["contrato", "encomenda", "encomendar", "exportação", "exportar", "venda", "vender", "compra", "comprar",
           "licitação"],
    "pl": ["kontrakt", "zamówienie", "zamawiać", "zamówić", "eksport", "eksportować", "sprzedaż", "sprzedać",
           "zakup", "kupić", "przetarg", "umowa na dostawę", "umowa na dostawy"],
    "nl": ["contract", "bestelling", "bestellen", "export", "exporteren", "verkoop", "verkopen", "aankoop", "kopen",
           "aanbesteding"],
    "ru": ["контракт", "заказ", "заказать", "экспорт", "экспортировать", "продажа", "продать", "закупка", "закупить",
           "покупка", "купить", "тендер"],
    "uk": ["контракт", "замовлення", "замовити", "експорт", "експортувати", "продаж", "продати", "закупівля",
           "закупити", "купівля", "купити", "тендер"],
    "ar": ["=عقد", "=عقدا", "=صفقة", "=تصدير", "=بيع", "=شراء", "=مناقصة", "=طلبية"],
    "tr": ["=ihracat", "=ihracatı", "satış", "=sattı", "satın alma", "=satın aldı", "=satın alacak", "sipariş",
           "ihale", "=ticari sözleşme", "=ihracat sözleşmesi", "=tedarik sözleşmesi", "=sözleşmesi", "=sözleşme"],
    "zh": ["合同", "订单", "订购", "出口", "出售", "销售", "采购", "购买", "招标", "军售"],
    "ja": ["契約", "受注", "発注", "輸出", "売却", "販売", "調達", "購入", "入札"],
    "ko": ["계약", "수주", "수출", "판매", "구매", "조달", "입찰"],
}
# Handing over in so many words, for the army-as-recipient branch: not "transfer", "supplies" or
# "take over", which as often move a state's own units or relieve a sector.
GIFT = {
    "en": ["donate", "gift", "=donated", "free of charge", "hand over", "=handed over"],
    "fr": ["faire don", "offrir", "céder", "remettre", "à titre gracieux", "cession"],
    "de": ["schenken", "spenden", "übergeben", "überlassen", "unentgeltlich"],
    "es": ["donar", "ceder", "regalar", "entregar", "de forma gratuita", "cesión"],
    "it": ["donare", "cedere", "regalare", "consegnare", "a titolo gratuito", "cessione"],
    "pt": ["doar", "ceder", "oferecer", "entregar", "a título gratuito", "cessão", "cedência"],
    "pl": ["przekazać", "podarować", "nieodpłatnie", "przekaże", "przekazała", "przekazał"],
    "nl": ["schenken", "doneren", "overdragen", "kosteloos"],
    "ru": ["передать", "подарить", "безвозмездно", "передаст", "передала", "передал"],
    "uk": ["передати", "подарувати", "безоплатно", "передасть", "передала", "передав"],
    "ar": ["=أهدت", "=أهدى", "=تبرعت", "=منحت", "=سلمت"],
    "tr": ["~hibe et", "~bağışla", "=hibesi", "=hibe"],
    "zh": ["捐赠", "捐贈", "赠送", "贈送", "移交", "无偿", "無償"],
    "ja": ["供与", "引き渡", "引渡", "無償", "譲渡", "贈与"],
    "ko": ["무상", "기증", "양도", "공여"],
}
# A status-of-forces agreement is signed for soldiers to be stationed: with a word for soldiers in the
# article, it is news of troops as well as a treaty.
STATUS_OF_FORCES = {
    "en": ["status of forces", "status-of-forces", "SOFA", "visiting forces agreement", "reciprocal access agreement"],
    "fr": ["statut des forces", "accord SOFA"], "de": ["Truppenstatut", "Stationierungsabkommen", "SOFA"],
    "es": ["estatuto de las fuerzas", "acuerdo SOFA", "estatuto de sus militares", "estatuto de los militares"],
    "it": ["statuto delle forze", "accordo SOFA", "statuto dei militari"],
    "pt": ["estatuto das forças", "acordo SOFA", "estatuto dos militares"], "pl": ["status sił zbrojnych", "umowa SOFA"],
    "nl": ["status van strijdkrachten", "SOFA"], "ru": ["о статусе сил", "о статусе вооружённых сил", "о статусе военных"],
    "uk": ["про статус сил", "про статус збройних сил", "про статус військових"],
    "ar": ["=وضع القوات", "=اتفاقية وضع القوات"], "tr": ["=Kuvvetlerin Statüsü", "=SOFA"],
    "zh": ["部队地位协定", "部隊地位協定", "访问部队协定", "訪問部隊協定"], "ja": ["地位協定", "円滑化協定"],
    "ko": ["주둔군지위협정", "방문군지위협정", "방문군 지위협정", "SOFA"],
}
TROOPS_NEGATED_ROUND8 = {"ko": [
    "병력이 포함되지 않았다", "병력은 포함되지 않았다", "병력은 파견하지 않는다", "병력을 파견하지 않는다", "병력은 파견하지 않기로",
]}
SOLDIERS_ROUND8 = {
    "en": ["detachment", "army engineers", "defence force personnel", "defense force personnel"],
    "fr": ["dispositif militaire"],  # round 7, first filed with the trainers
    "de": ["Marinesoldat", "Marineinfanterist"],  # round 7, first filed with the trainers
}
MOVES_ROUND8 = {  # forms the dictionary files under themselves, not under the verb
    "ru": ["=размещённых", "=размещенных", "=размещённые", "=размещенные"],
    "uk": ["направити", "=направлять", "=направить", "=направили"],
}
# A bare word for an agreement next to a word for a company is a business deal, whatever states the
# article names ("development agreement with copper miner", "中企与塞尔维亚矿企签署...协议").
COMPANY = {
    "en": ["company", "firm", "miner", "corporation", "operator", "carrier", "bank", "manufacturer", "producer",
           "shipyard", "consortium", "start-up", "investor", "supplier", "conglomerate"],
    "fr": ["entreprise", "société", "groupe", "firme", "compagnie", "opérateur", "constructeur", "fabricant",
           "chantier naval", "banque", "start-up", "industriel"],
    "de": ["Unternehmen", "Konzern", "Firma", "Werft", "Hersteller", "Betreiber", "Bank", "GmbH"],
    "es": ["empresa", "compañía", "firma", "operador", "fabricante", "astillero", "banco", "consorcio"],
    "it": ["azienda", "società", "impresa", "operatore", "costruttore", "cantiere", "banca", "consorzio"],
    "pt": ["empresa", "companhia", "operadora", "fabricante", "estaleiro", "banco", "consórcio"],
    "pl": ["firma", "spółka", "koncern", "przedsiębiorstwo", "producent", "stocznia", "bank"],
    "nl": ["bedrijf", "onderneming", "concern", "firma", "werf", "fabrikant", "bank"],
    "ru": ["компания", "концерн", "предприятие", "фирма", "производитель", "банк", "верфь", "корпорация"],
    "uk": ["компанія", "концерн", "підприємство", "фірма", "виробник", "банк", "корпорація"],
    "ar": ["=شركة", "=الشركة", "=شركات", "=مصرف", "=بنك"],
    "tr": ["=şirket", "=şirketi", "=şirketle", "=şirketiyle", "=firma", "=firması", "=firmasıyla", "=holding",
           "=tersane", "=banka"],
    "zh": ["企业", "中企", "矿企", "公司", "集团", "银行"],
    "ja": ["会社", "企業", "グループ", "銀行", "重工"],
    "ko": ["기업", "회사", "그룹", "은행", "업체"],
}
EQUIPMENT_ROUND8 = {
    "uk": ["радар", "радари", "радарів", "РЛС"], "ru": ["радар", "радары", "радаров", "РЛС"],
    "pl": ["sprzęt saperski", "sprzęt łączności", "radiostacje"], "pt": ["viaturas táticas", "viaturas militares"],
}
MILAID_NEGATED_ROUND8 = {
    "es": ["no incluye ayuda militar", "sin ayuda militar", "no es ayuda militar", "ninguna ayuda militar"],
    "it": ["non è un pacchetto militare", "nessun aiuto militare", "non include aiuti militari"],
    "pt": ["não inclui ajuda militar", "sem ajuda militar", "nenhuma ajuda militar"],
    "fr": ["aucune aide militaire", "pas d'aide militaire", "sans aide militaire"],
}


# Round 10, from the round-9 set (a development set since): instructors in an article naming two
# countries are trainers of one state for another ("instructeurs belges au Bénin"); German "bilden
# ... aus"; militarising a border; Arabic forms of deploying; film crews (剧组大部队); the Korean
# cost-sharing "특별협정".
TRAINING_ROUND10 = {"de": ["=bilden", "=bildet", "=bildeten"]}
TROOPS_ROUND10 = {
    "en": ["militarise the border", "militarize the border"], "fr": ["militariser", "militarisation de la frontière"],
    "es": ["militarizar", "militarización de la frontera"], "it": ["militarizzare"], "pt": ["militarizar"],
}
MOVES_ROUND10 = {"ar": ["=تنشر", "=نشرت", "=ينشر", "=أرسلت", "=ترسل", "=يرسل", "=الدفع بقوات"]}
FICTION_ROUND10 = {"zh": ["剧组", "开机", "影视"], "ja": ["撮影", "ロケ"]}
TREATY_ROUND10 = {"ko": ["특별협정", "방위비분담 특별협정", "방위비 분담 특별협정"]}


# Round 11, from the round-10 set (a development set since): more words for a body of soldiers
# (efectivos, контингент, Militärausbilder, 교관단; not Romance "contingente", as often firefighters)
# and for dispatching them (يوفد).
SOLDIERS_ROUND11 = {
    "es": ["efectivos"], "pt": ["efetivos"], "pl": ["kontyngent"], "ru": ["контингент"], "uk": ["контингент"],
    "de": ["Militärausbilder"], "tr": ["=danışmanlık timi", "=askeri tim", "=askeri timi"],
    "ko": ["교관단", "특전사"],
}
MOVES_ROUND11 = {"ar": ["=يوفد", "=أوفد", "=أوفدت", "=توفد", "=إيفاد"]}
# Round 12, from the round-11 set (a development set since): minehunters and ships named by their
# navy's prefix (Zr.Ms., HMS) are warships; Italian soldiers leaving (in partenza; not "addestratori",
# also trainer aircraft); an
# Arabic gift of patrol boats (هبة, زورق); reciprocal access agreements; training bundled with a
# sale is the sale's (Embraer's "treinamento de pilotos").
WARSHIPS_ROUND12 = {
    "en": ["minehunter", "HMS", "USS", "HMAS", "HMCS", "HMNZS"], "fr": ["chasseur de mines"],
    "de": ["Minenjagdboot", "Minenabwehrboot", "Tender"], "es": ["cazaminas"], "it": ["cacciamine"],
    "pt": ["caça-minas"], "pl": ["niszczyciel min"], "nl": ["mijnenjager", "Zr.Ms.", "Hr.Ms."],
    "ru": ["тральщик"], "uk": ["тральщик"], "tr": ["=mayın avlama gemisi", "=TCG"],
}
TRAINERS_ROUND12 = {"es": ["entrenadores militares"], "pt": ["formadores militares"]}
MOVES_ROUND12 = {"it": ["in partenza", "partenza"], "nl": ["=vertrekt", "=vertrokken"]}
GIFT_ROUND12 = {"ar": ["=هبة", "=بهبة", "=كهبة"]}
EQUIPMENT_ROUND12 = {"ar": ["=زورق", "=زورقا", "=زورقي", "=زوارق", "=زورق دورية", "=زوارق دورية"]}
STATUS_OF_FORCES_ROUND12 = {
    "uk": ["про взаємний доступ", "угода про взаємний доступ"], "ru": ["о взаимном доступе"],
    "ja": ["相互アクセス協定"], "ko": ["상호접근협정"], "zh": ["互惠准入协定"],
}
TREATY_ROUND12 = {"ja": ["社会保障協定", "投資協定", "租税条約", "漁業協定", "経済連携協定"]}
# Round 13, from the round-12 set (a development set since): a warship is also sent or stationed
# (schickt Fregatte, بتمركز فرقاطة); soldiers also set out, go, return home and take up duty
# (wyruszyli, pojadą, rientrano gli alpini, göreve başladı); Italian "addestratori" that leave are
# trainers (troops only: the word is also a trainer aircraft).
WARSHIP_MOVES_ROUND13 = {
    "en": ["send", "=sent", "station"], "fr": ["envoyer", "stationner"], "de": ["schicken", "=schickt", "stationieren"],
    "es": ["estacionar"], "it": ["stanziare"], "pt": ["estacionar"], "pl": ["stacjonować"],
    "nl": ["stationeren"], "ru": ["отправить", "разместить"], "uk": ["відправити", "розмістити"],
    "ar": ["=تمركز", "=بتمركز", "=نشر", "=أرسلت"], "tr": ["~konuşlandır"], "zh": ["派出", "派往", "驻扎"], "ja": ["派遣", "配備"],
    "ko": ["파견", "배치"],
}
MOVES_ROUND13 = {
    "pl": ["wyruszyć", "pojechać", "=pojadą", "=pojedzie"], "it": ["rientrare", "rientro"],
    "fr": ["rapatrier", "rapatriement"], "es": ["repliegue", "regresar"], "de": ["heimkehren", "Rückkehr"],
    "en": ["return home", "=returned home", "homecoming"], "tr": ["=göreve başladı", "=göreve başlayacak"],
}
SOLDIERS_ROUND13 = {"it": ["addestratori", "alpini", "bersaglieri", "paracadutisti"]}


# Round 14, from the round-13 set (a development set since): army units moving ("moves army units"),
# Polish "skierowani"; police called forces are not troops (قوات الأمن المركزي, 기동대 병력); Turkish
# "askeri mali işbirliği" (its military financial aid); Chinese 装备 handed over.
SOLDIERS_ROUND14 = {"en": ["army units", "military units"]}
MOVES_ROUND14 = {"en": ["=moves", "moves toward", "moves towards"], "pl": ["skierować", "=skierowani", "=skierowano"]}
MILAID_ROUND14 = {"tr": ["=askeri mali işbirliği", "=askeri mali yardım", "=askeri mali işbirliği anlaşması"]}
EQUIPMENT_ROUND14 = {"zh": ["装备", "裝備", "工程车辆"]}
# Round 15, from the round-14 set (a development set since): forces whose stay is extended (تمديد
# بقاء القوات); Spanish "estatus de fuerzas"; Brazil's Força Nacional is police; Arabic تعزز
# ("strengthens") is not a movement. Tried and left out: instructors near a word of training in an
# article naming two countries as troops (+4 troops found, +6 false alarms on the development sets:
# crews trained with donated equipment).
MOVES_ROUND15 = {"ar": ["=بقاء", "=تمديد بقاء", "=تمديد مهمة"], "en": ["extend the stay", "extended the deployment"]}
STATUS_OF_FORCES_ROUND15 = {"es": ["estatus de fuerzas", "estatus de las fuerzas", "estatus de sus fuerzas"]}
POLICE_ROUND15 = {"pt": ["tropas da Força Nacional", "Força Nacional de Segurança", "tropa de choque"]}
POLICE_FORCES = {
    "ar": ["=قوات الأمن", "=قوات الأمن المركزي", "=قوات الشرطة", "=قوات مكافحة الشغب", "=وقوات الأمن"],
    "ko": ["기동대 병력", "경찰 병력", "경찰력"],
    "uk": ["особовий склад поліції", "особового складу поліції", "підрозділи поліції", "підрозділів поліції"],
    "ru": ["личный состав полиции", "личного состава полиции", "подразделения полиции", "силы полиции"],
    "en": ["police units", "security forces"], "fr": ["forces de l'ordre", "forces de police"],
    "es": ["fuerzas de seguridad", "fuerzas policiales"], "it": ["forze dell'ordine", "forze di polizia"],
    "pt": ["forças de segurança", "forças policiais"],
}
AUCTION = {  # a treaty (a treatise) sold at auction is a book
    "en": ["auction", "auctioned"], "fr": ["adjugé", "enchères"], "de": ["Auktion", "versteigert"],
    "es": ["subasta", "subastado"], "it": ["all'asta", "battuto all'asta"], "pt": ["leilão", "leiloado"],
}


# --------------------------------------------------------------------------------------------- output

LANG_ORDER = ["en", "fr", "de", "es", "it", "pt", "pl", "nl", "ru", "uk", "ar", "tr", "zh", "ja", "ko", "he", "fa", "ro", "cs", "sv"]


# Spanish/Portuguese "tropa" (singular) names football teams and samba schools, so only the plural
# "=tropas" counts (changed after the tuning set, tests/data/alerts_tuning). Chinese and Japanese
# 部队/部隊 also name theatre groups and units in training; restricting them to deployment phrases
# removed the tuning set's false alarms but also true troop reports of the evaluation set (recall
# 0.93 -> 0.79), so they stay. (That look at the evaluation set is recorded in BENCHMARKS.md.)
# An article about a military parade shows troops and weapons; it reports neither a deployment nor
# assistance (the veto applies to troops and military_assistance) (added after
# the first evaluation: ru-5, zh-3).
PARADE = {
    "en": ["military parade", "victory parade"],
    "fr": ["défilé militaire", "défilé du 14 juillet"],
    "de": ["Militärparade"],
    "es": ["desfile militar"],
    "it": ["parata militare"],
    "pt": ["desfile militar"],
    "pl": ["defilada"],
    "nl": ["militaire parade"],
    "ru": ["парад"],
    "uk": ["парад"],
    "tr": ["askeri geçit töreni"],
    "zh": ["阅兵", "閱兵"],
    "ja": ["軍事パレード", "閲兵"],
    "ko": ["열병식"],
}


# A treatise is a book ("Un traité de gastronomie du XVIIIe siècle réédité", "Nowe wydanie
# Traktatu"): the word for treaty within four words of a word of publishing. Quoted titles
# («Tratado de la pintura») are caught by ignore_quoted_titles. Added after the tuning set and the
# evaluation set (es-5, pl-4) showed treatises; the held-out set in tests/data/alerts_holdout came after.
TREATISE_NEAR = {
    "within": 4,
    "all": [
        {"terms": {
            "en": ["=treatise", "=treaty"], "fr": ["=traité", "=traités"], "es": ["=tratado", "=tratados"],
            "it": ["=trattato", "=trattati"], "pt": ["=tratado", "=tratados"], "pl": ["traktat"],
        }},
        {"terms": {
            "en": ["edition", "reissue", "publisher", "book", "volume", "essay", "poem", "manuscript", "philosopher", "translation", "translator"],
            "fr": ["édition", "réédition", "rééditer", "éditeur", "livre", "manuscrit", "essai", "poème", "philosophe", "traduction", "traducteur"],
            "es": ["edición", "reedición", "reeditar", "editorial", "libro", "manuscrito", "ensayo", "poema", "filósofo", "traducción", "traductor"],
            "it": ["edizione", "riedizione", "ripubblicare", "editore", "casa editrice", "libro", "manoscritto", "saggio", "poema", "filosofo", "traduzione", "traduttore"],
            "pt": ["edição", "reedição", "reeditar", "editora", "livro", "manuscrito", "ensaio", "poema", "filósofo", "tradução", "tradutor"],
            "pl": ["wydanie", "wznowienie", "wydawnictwo", "wydawca", "książka", "rękopis", "esej", "poemat", "filozof", "przekład", "tłumaczenie", "tłumacz"],
        }},
    ],
}

# "Las tropas del Cholo", «كتيبة الزعيم»: sports pages call a team its troops. An article with the
# vocabulary of football only is not about soldiers (added after es-4 and the tuning set's ar-3).
FOOTBALL = {
    "en": ["footballer", "midfielder", "goalkeeper", "Premier League", "Champions League", "hat-trick", "relegation", "League One", "League Two", "FA Cup", "striker", "dressing room"],
    "fr": ["footballeur", "milieu de terrain", "gardien de but", "Ligue 1", "Ligue des champions"],
    "de": ["Fußballer", "Mittelfeldspieler", "Torwart", "Bundesliga", "Champions League"],
    "es": ["futbolista", "centrocampista", "portero", "LaLiga", "Liga de Campeones", "Champions League", "rojiblancos", "contragolpe"],
    "it": ["calciatore", "centrocampista", "portiere", "Serie A", "Champions League", "gol", "allenatore", "campionato"],
    "pt": ["futebolista", "jogador de futebol", "meio-campista", "goleiro", "guarda-redes", "Brasileirão", "Champions League"],
    "pl": ["piłkarz", "bramkarz", "Ekstraklasa", "Liga Mistrzów"],
    "nl": ["voetballer", "middenvelder", "doelman", "Eredivisie", "Champions League"],
    "ru": ["футболист", "полузащитник", "вратарь", "Лига чемпионов", "РПЛ"],
    "uk": ["футболіст", "півзахисник", "воротар", "Ліга чемпіонів", "УПЛ"],
    "ar": ["كرة القدم", "حارس المرمى", "=الدوري", "=دوري أبطال"],  # exact: دوريات is also "patrols"
    "tr": ["futbolcu", "orta saha", "kaleci", "Süper Lig", "Şampiyonlar Ligi", "golcü", "teknik direktör"],
    "zh": ["足球", "球员", "联赛", "球員", "聯賽"],
    "ja": ["サッカー", "Jリーグ", "野球", "試合", "侍ジャパン"],
    "ko": ["축구", "K리그"],
}

# A negated transfer ("Tokyo does not supply lethal weapons", "не передбачає постачання зброї") is
# no assistance: these phrases cancel the verb or noun they overlap (added after the evaluation
# set's uk-4 and the tuning set's uk-3).
MILAID_NEGATED = {
    "en": ["no weapons", "no arms", "no lethal weapons", "no lethal aid", "not supply", "not deliver", "not provide weapons", "not send weapons"],
    "fr": ["pas d'armes", "aucune arme", "ne livrer", "ne fournir"],
    "de": ["keine Waffen", "keine Waffenlieferungen", "keine Munition", "nicht liefern"],
    "es": ["ningún arma", "sin armas", "no entregar", "no suministrar"],
    "it": ["nessuna arma", "non fornire", "non consegnare"],
    "pt": ["nenhuma arma", "não fornecer", "não entregar"],
    "pl": ["żadnej broni", "nie przekazać", "nie przekazywać", "nie dostarczać", "nie dostarczyć"],
    "nl": ["geen wapens", "geen munitie", "niet leveren"],
    "ru": ["не поставлять", "не передавать", "не предоставлять", "не предусматривать поставки", "без поставок оружия"],
    "uk": ["не постачати", "не передавати", "не надавати", "не передбачати постачання", "без постачання зброї"],
}
for _lang, _phrases in MILAID_NEGATED.items():
    MILAID_EXCLUDE.setdefault(_lang, []).extend(_phrases)


# --------------------------------------------------------------------------------------------- round 3
# From the final set's disagreements (tests/data/alerts_final, a development set since); scored on
# tests/data/alerts_round3.

# Agreements whose name says they bind states: cooperation in defence, exchanges of notes,
# intergovernmental agreements, named conventions.
TREATY_ROUND3 = {
    "en": ["military cooperation agreement", "exchange of notes", "status of forces agreement"],
    "fr": ["accord de coopération militaire", "accord de coopération en matière de défense", "échange de notes",
           "échange de lettres", "accord sur le statut des forces"],
    "de": ["Verteidigungskooperationsabkommen", "Abkommen über militärische Zusammenarbeit", "Notenwechsel",
           "Truppenstatut", "Stationierungsabkommen"],
    "es": ["acuerdo de cooperación militar", "acuerdo de cooperación en defensa", "canje de notas", "Acuerdo de Ginebra"],
    "it": ["accordo di cooperazione militare", "accordo di cooperazione nel settore della difesa", "scambio di note"],
    "pt": ["acordo de cooperação militar", "acordo de cooperação em defesa", "acordo de cooperação na área da defesa",
           "troca de notas", "Acordo de Genebra"],
    "pl": ["umowa o współpracy obronnej", "umowa o współpracy wojskowej", "umowy o współpracy obronnej",
           "umowy o współpracy wojskowej", "wymiana not"],
    "nl": ["defensiesamenwerkingsovereenkomst", "overeenkomst over defensiesamenwerking", "notawisseling"],
    "ru": ["соглашение о военном сотрудничестве", "соглашения о военном сотрудничестве",
           "соглашение об оборонном сотрудничестве", "соглашения об оборонном сотрудничестве", "обмен нотами",
           "соглашение о статусе сил"],
    "uk": ["угода про військове співробітництво", "угоди про військове співробітництво",
           "угода про оборонне співробітництво", "угоди про оборонне співробітництво", "обмін нотами"],
    "ar": ["=اتفاقية تعاون عسكري", "=اتفاقية التعاون العسكري", "=اتفاقية التعاون الدفاعي", "=اتفاق تعاون عسكري",
           "=تبادل المذكرات"],
    "tr": ["hükümetlerarası anlaşma", "savunma işbirliği anlaşması", "askeri işbirliği anlaşması", "nota teatisi"],
    "zh": ["防务合作协议", "军事合作协议", "防務合作協議", "軍事合作協議", "换文", "換文"],
    "ja": ["防衛協力協定", "交換公文", "地位協定"],
    "ko": ["국방협력협정", "군사협력협정", "교환각서", "국방협력 협정", "군사협력 협정"],
}

# Who receives or pays for equipment is also a transfer ("takes delivery of two patrol boats",
# "fund drones for Tallinn", "hibe edilecek"), and trainers sent abroad are assistance.
TRANSFER_ROUND3 = {
    "en": ["take delivery", "receive", "fund", "finance"],
    "fr": ["réceptionner", "recevoir", "financer", "octroyer"],
    "de": ["erhalten", "finanzieren", "schenken"],
    "es": ["recibir", "financiar", "donar"],
    "it": ["ricevere", "finanziare"],
    "pt": ["receber", "financiar", "ceder"],
    "pl": ["otrzymać", "sfinansować", "finansować"],
    "nl": ["ontvangen", "financieren", "schenken"],
    "ru": ["получить", "профинансировать", "финансировать"],
    "uk": ["отримати", "профінансувати", "фінансувати"],
    "ar": ["=تسلم", "=استلم", "=تمويل", "=يمول"],
    "tr": ["=hibe", "hibe etmek", "teslim almak", "finanse etmek"],
    "zh": ["接收", "资助", "資助"],
    "ja": ["受領", "受け取", "資金供与"],
    "ko": ["인수", "수령", "자금 지원"],
}
INSTRUCTORS = {
    "en": ["instructors", "trainers"], "fr": ["instructeurs", "formateurs"], "de": ["Ausbilder"],
    "es": ["instructores"], "it": ["istruttori"], "pt": ["instrutores"], "pl": ["instruktorzy", "instruktorów"],
    "nl": ["instructeurs"], "ru": ["инструкторы", "инструкторов"], "uk": ["інструктори", "інструкторів"],
    "ar": ["=مدربين", "=مدربون", "=المدربين"], "tr": ["=eğitmen", "=eğitmenler"], "zh": ["教官"], "ja": ["教官"],
    "ko": ["교관"],
}
PLATFORMS_ROUND3 = {
    "pt": ["lancha", "lancha de patrulha"], "tr": ["hücumbot", "karakol botu"], "de": ["Patrouillenboot"],
    "en": ["patrol boat", "patrol vessel"], "it": ["motovedetta", "motovedette"],
}
SOLDIERS_ROUND3 = {
    "en": ["infantry", "infantrymen"], "fr": ["fantassins"], "de": ["Kontingent", "Infanterie"],
    "es": ["infantería"], "it": ["fanti", "fanteria"], "pt": ["infantaria"], "pl": ["piechota"],
    "nl": ["infanterie"],
}
MOVES_ROUND3 = {"en": ["rush"], "de": ["aufstocken"], "es": ["enviar"], "it": ["inviare"], "pt": ["enviar"]}

# Parades and ceremonies at home; fiction (games, films, series): neither deploys nor arms anyone.
PARADE_ROUND3 = {
    "en": ["parade", "march past"], "fr": ["défilé", "défiler"], "de": ["Parade"], "es": ["desfile", "desfilar"],
    "it": ["parata", "sfilare", "sfilata"], "pt": ["desfile", "desfilar"], "nl": ["defilé"],
    "tr": ["geçit töreni"], "zh": ["阅兵式"], "ja": ["パレード", "観閲式"], "ko": ["시가행진", "사열"],
}
FICTION = {
    "en": ["video game", "strategy game", "box office", "war film", "TV series"],
    "fr": ["jeu vidéo", "film de guerre", "box-office", "série télévisée"],
    "de": ["Videospiel", "Computerspiel", "Kriegsfilm", "Fernsehserie"],
    "es": ["videojuego", "película bélica", "taquilla", "serie de televisión"],
    "it": ["videogioco", "film di guerra", "botteghino"],
    "pt": ["videogame", "jogo eletrônico", "filme de guerra", "bilheteria"],
    "pl": ["gra komputerowa", "film wojenny"], "nl": ["videogame", "computerspel", "oorlogsfilm"],
    "ru": ["видеоигра", "компьютерная игра", "военный фильм"], "uk": ["відеогра", "комп'ютерна гра"],
    "ar": ["=لعبة فيديو"], "tr": ["video oyunu", "bilgisayar oyunu", "strateji oyunu"],
    "zh": ["游戏", "遊戲", "电视剧", "電視劇"], "ja": ["ゲーム", "映画", "ドラマ"], "ko": ["게임", "영화", "드라마"],
}


# --------------------------------------------------------------------------------------------- round 4
# From the round-3 set's disagreements (tests/data/alerts_round3, a development set since); scored
# on tests/data/alerts_round4.

# Reliefs, rotations, handovers of a sector and "leaving for" are movements too; forces named by
# where they are stationed (주한미군, 在日米軍) and Turkey's deployment mandates (Libya tezkeresi)
# are troops by themselves.
MOVES_ROUND4 = {
    "en": ["take over command", "relieve", "rotate"],
    "fr": ["relève", "prendre le commandement", "=partent", "=sont partis", "=partira"],
    "de": ["Kommando übernehmen", "ablösen", "Ablösung"],
    "es": ["asumir el mando", "relevo", "=parten", "=partieron", "=partirán"],
    "it": ["assumere il comando", "avvicendamento", "=partono", "=partiti", "=partiranno"],
    "pt": ["assumir o comando", "rendição", "=partem", "=partiram", "=partirão"],
    "pl": ["przejąć dowodzenie", "zmiana kontyngentu"],
    "nl": ["aflossen", "aflossing", "commando overnemen"],
    "ru": ["покинуть", "смена контингента", "принять командование"],
    "uk": ["покинути", "ротація контингенту", "прийняти командування"],
    "ar": ["=تتسلم مهامها", "=تسلمت مهامها", "=تسلم مهامها", "=مناوبة"],
    "tr": ["=görevi devraldı", "=görevi devralacak", "=nöbet değişimi"],
    "zh": ["赴任", "前往", "接防", "轮换"],
    "ja": ["赴く", "赴き", "任務を引き継", "交代"],
    "ko": ["임무 교대", "교대"],
}
TROOPS_ROUND4 = {
    "en": ["military reinforcements"],
    "tr": ["=tezkeresi", "=tezkeresini", "=tezkeresinin"],
    "zh": ["驻韩美军", "驻日美军", "駐韓美軍", "駐日美軍"],
    "ja": ["在日米軍", "在韓米軍", "在沖米軍"],
    "ko": ["주한미군", "주일미군"],
}
SOLDIERS_ROUND4 = {
    "en": ["commandos", "special forces", "paratroopers"], "fr": ["commandos", "forces spéciales"],
    "de": ["Kommandosoldaten", "Spezialkräfte"], "es": ["comandos", "fuerzas especiales"],
    "it": ["incursori", "forze speciali"], "pt": ["comandos", "forças especiais"],
    "pl": ["komandosi", "siły specjalne"], "nl": ["commando's", "para's", "special forces"],
    "ru": ["спецназ"], "uk": ["спецпризначенці"], "zh": ["自卫队", "自衛隊"], "ja": ["自衛隊員", "自衛隊"],
}
# Training another state's soldiers: a verb of training right before a word for soldiers.
TRAINING_VERBS = {
    "en": ["train", "training of"], "fr": ["former", "formation de", "entraîner"],
    "de": ["ausbilden", "Ausbildung", "schulen"], "es": ["entrenar", "entrenamiento de", "formar"],
    "it": ["addestrare", "addestramento di", "formare"], "pt": ["treinar", "treinamento de", "formar"],
    "pl": ["szkolić", "szkolenie"], "nl": ["trainen", "opleiden", "opleiding van"],
    "ru": ["обучать", "обучение", "подготовка"], "uk": ["навчати", "навчання", "підготовка"],
    "ar": ["=تدريب", "=يدرب", "=تدرب"], "tr": ["eğitmek", "=eğitimi", "=eğitecek"],
    "zh": ["培训", "训练", "培訓", "訓練"], "ja": ["訓練", "教育"], "ko": ["훈련", "교육"],
}
MILAID_ROUND4 = {
    "pt": ["cooperação técnico-militar"], "fr": ["coopération technico-militaire"],
    "es": ["cooperación técnico-militar"], "ru": ["военно-техническая помощь"],
    "ar": ["=آلية عسكرية", "=آليات عسكرية"],
}
PLATFORMS_ROUND4 = {"es": ["lanchas", "lanchas patrulleras", "lancha"], "ar": ["=آلية عسكرية", "=آليات عسكرية"]}


# --------------------------------------------------------------------------------------------- round 5
# From the round-4 set's disagreements (tests/data/alerts_round4, a development set since); scored
# on tests/data/alerts_round5. (Arabic and Hebrew vowel points are now ignored by the matcher.)
MOVES_ROUND5 = {
    "en": ["=moved", "=moving", "moving troops", "move troops"], "ru": ["отправка", "направление"], "uk": ["відправлення", "відправка"],
    "ko": ["임무 돌입", "파견"],
}
TROOPS_ROUND5 = {  # Korean units abroad are named as one word; each name is a deployment
    "ko": ["동명부대", "한빛부대", "아크부대", "청해부대", "자이툰부대", "다산부대", "동의부대", "오쉬노부대"],
}
TREATY_ROUND5 = {
    "pt": ["estatuto das forças", "acordo sobre o estatuto das forças", "memorando bilateral"],
    "fr": ["statut des forces"], "es": ["estatuto de las fuerzas"], "it": ["statuto delle forze"],
}
TREATY_EXCLUDE_ROUND5 = {"ja": ["３６協定", "三六協定"]}


def flow(items: list[str]) -> str:
    return "[" + ", ".join(json.dumps(i, ensure_ascii=False) for i in items) + "]"


def terms_block(d: dict[str, list[str]], indent: str) -> list[str]:
    lines = []
    for lang in sorted(d, key=LANG_ORDER.index):
        lines.append(f"{indent}{lang}: {flow(expand(lang, d[lang]))}")
    return lines


def node_block(node: dict, indent: str) -> list[str]:
    """One match node as a YAML list item: {"terms": {...}}, {"near": {"within", "all"}},
    {"any"/"all"/"none": [nodes]} or {"countries": n}."""
    [(kind, body)] = node.items()
    if kind == "terms":
        return [f"{indent}- terms:", *terms_block(body, indent + "    ")]
    if kind in ("countries", "states"):
        return [f"{indent}- {kind}: {body}"]
    if kind == "near":
        lines = [f"{indent}- near:", f"{indent}    within: {body['within']}", f"{indent}    all:"]
        for child in body["all"]:
            lines.extend(node_block(child, indent + "      "))
        return lines
    lines = [f"{indent}- {kind}:"]
    for child in body:
        lines.extend(node_block(child, indent + "    "))
    return lines


def rule(
    rid: str,
    description: str,
    branches: list[dict],
    exclude: dict,
    vetoes: list[dict],
    *,
    ignore_quoted_titles: bool = False,
    ignore_negated: bool = False,
) -> list[str]:
    """A rule matching any of `branches` unless one of `vetoes` matches."""
    lines = [
        f"  - id: {rid}",
        f"    description: {json.dumps(description, ensure_ascii=False)}",
        "    severity: high",
        "    score: 1.0",
    ]
    if ignore_quoted_titles:
        lines.append("    ignore_quoted_titles: true")
    if ignore_negated:
        lines.append("    ignore_negated: true")
    lines.append("    match:")
    tree = {"any": branches}
    if vetoes:
        tree = {"all": [tree, {"none": vetoes}]}
    [(kind, body)] = tree.items()
    lines.append(f"      {kind}:")
    for child in body:
        lines.extend(node_block(child, "        "))
    lines.append("    exclude:")
    lines.extend(terms_block(exclude, "      "))
    return lines


HEADER = """\
# The founding watch topics, 20 languages (format: rules/README.md).
# Generated by build_founding.py (Arabic/Hebrew proclitic variants and Romanian ș/ş spellings are
# produced there: python rules/source/build_founding.py > rules/founding.yaml); NOTES.md says which ambiguous words were avoided or restricted and why.
# A word matches all its inflected forms (simplemma lemma) unless the term starts with "=", which
# keeps the whole term to the forms written (used where the lemma is shared with another word:
# Italian/Portuguese "trattato/tratado" -> the verb "to treat", German "Truppen" -> "Truppe").
rules:"""


CHARACTER_LANGUAGES = ("zh", "ja")  # one character a word: a window of words must be wider there


def near(within: int, *children: dict[str, list[str]], characters: int | None = None) -> list[dict]:
    """`near` over term lists, as two nodes: one for Chinese and Japanese with its window counted in
    characters (`characters`, default the same number), one for the other languages."""
    def only(keep: bool) -> list[dict]:
        return [{"terms": {k: v for k, v in c.items() if (k in CHARACTER_LANGUAGES) == keep}} for c in children]

    wide = characters or within
    return [{"near": {"within": within, "all": only(False)}}, {"near": {"within": wide, "all": only(True)}}]


def main() -> None:
    out = [HEADER]
    out += rule(
        "treaty",
        "A treaty, pact or formal international agreement between states is signed, ratified, negotiated, "
        "broken, suspended, withdrawn from or invoked.",
        [
            {"terms": merged(TREATY, TREATY_ROUND3, TREATY_ROUND5, NAMED_TREATIES, TREATY_ROUND10, TREATY_ROUND12)},
            {"near": TREATY_NEAR},
            {"all": [
                {"terms": merged(STATE_AGREEMENTS, STATE_AGREEMENTS_ROUND6)}, {"countries": 2}, {"states": 1},
                {"none": near(6, merged(STATE_AGREEMENTS, STATE_AGREEMENTS_ROUND6), COMPANY, characters=12)},
            ]},
            {"near": {"within": 8, "all": [{"terms": JA_PAIRS}, {"terms": JA_AGREEMENT}]}},
        ],
        merged(TREATY_EXCLUDE, TREATY_EXCLUDE_ROUND5),
        [{"near": TREATISE_NEAR}, {"terms": FICTION}, {"terms": FOOTBALL}, {"terms": AUCTION}],
        ignore_quoted_titles=True,
    )
    out += rule(
        "troops",
        "Military troops or soldiers deployed, sent, massed, stationed or withdrawn.",
        [
            {"terms": merged(TROOP_MOVES, TROOPS_ROUND4, TROOPS_ROUND5, TROOPS_ROUND10)},
            *near(
                15,
                merged(
                    TROOPS, SOLDIER_NOUNS_EXTRA, SOLDIERS_ROUND3, SOLDIERS_ROUND4, SOLDIERS_ROUND6, INSTRUCTORS,
                    TRAINERS_ROUND7, SOLDIERS_ROUND8, SOLDIERS_ROUND11, TRAINERS_ROUND12, SOLDIERS_ROUND13,
                    SOLDIERS_ROUND14,
                ),
                merged(
                    DEPLOYMENT_WORDS, DEPLOYMENT_EXTRA, DEPLOYMENT_PARTICIPLES, MOVES_ROUND3, MOVES_ROUND4, MOVES_ROUND5,
                    MOVES_ROUND6, MOVES_ROUND8, MOVES_ROUND10, MOVES_ROUND11, MOVES_ROUND12, MOVES_ROUND13,
                    MOVES_ROUND14, MOVES_ROUND15,
                ),
                characters=35,  # round 6: 部隊 ... 撤収 fifteen characters apart is a short sentence
            ),
            *near(8, merged(WARSHIPS, WARSHIPS_ROUND12), merged(WARSHIP_MOVES, MOVES_ROUND12, WARSHIP_MOVES_ROUND13), characters=20),
            *near(30, merged(STATUS_OF_FORCES, STATUS_OF_FORCES_ROUND12, STATUS_OF_FORCES_ROUND15), merged(TROOPS, SOLDIER_NOUNS_EXTRA, SOLDIERS_ROUND6, SOLDIERS_ROUND8), characters=50),
        ],
        merged(TROOPS_EXCLUDE, TROOPS_NEGATED, TROOPS_EXCLUDE_ROUND6, TROOPS_NEGATED_ROUND8, POLICE_FORCES, POLICE_ROUND15),
        [{"terms": merged(PARADE, PARADE_ROUND3)}, {"terms": FOOTBALL}, {"terms": merged(FICTION, FICTION_ROUND10)}],
        ignore_negated=True,
    )
    transfers = MILAID_TRANSFER_NEAR["all"]
    gift = merged(GIFT, GIFT_ROUND12)
    recipient = [{"all": [node, {"countries": 2}, {"none": [sold]}]} for node, sold in zip(
        near(6, gift, ARMED_FORCES),
        near(15, gift, SALE, characters=30),
    )]
    # Round 12: training of foreign forces named as such, unless the article is about a sale (a firm's
    # package: "venda de quatro C-390 ... treinamento de pilotos").
    trained = [{"all": [{"terms": TRAINING_OF_FOREIGN_FORCES}, {"none": [{"terms": SALE}]}]}]
    out += rule(
        "military_assistance",
        "Military aid, arms or weapons deliveries and supplies, defence support given by one state or "
        "alliance to another.",
        [
            {"terms": merged(MILAID, SECURITY_ASSISTANCE_PHRASES, MILAID_ROUND4, MILAID_ROUND14)},
            *trained,
            {"near": MILAID_NEAR},
            # Round 6: a transfer is between two countries, so the article names two (or their
            # adjectives: "alla Marina tunisina"); a state's own purchases name at most one.
            *[{"all": [node, {"countries": 2}, {"none": [sold]}]} for node, sold in zip(near(
                MILAID_TRANSFER_NEAR["within"],
                merged(transfers[0]["terms"], TRANSFER_ROUND3, TRANSFER_WORDS, GIFT_ROUND12),
                merged(
                    transfers[1]["terms"], PLATFORM_NOUNS, PLATFORMS_ROUND3, PLATFORMS_ROUND4, EQUIPMENT_NOUNS,
                    EQUIPMENT_ROUND8, EQUIPMENT_ROUND12, EQUIPMENT_ROUND14,
                ),
            ), near(15, merged(transfers[0]["terms"], TRANSFER_ROUND3, TRANSFER_WORDS), SALE, characters=30))],
            *recipient,
            {"all": [{"terms": merged(INSTRUCTORS, TRAINERS_ROUND7, TRAINERS_ROUND12)}, {"countries": 2}]},
            *near(6, merged(INSTRUCTORS, TRAINERS_ROUND7), merged(DEPLOYMENT_WORDS, DEPLOYMENT_EXTRA, MOVES_ROUND3)),
            *near(
                3,
                merged(TRAINING_VERBS, TRAINING_ROUND7, TRAINING_ROUND10),
                merged(TROOPS, SOLDIER_NOUNS_EXTRA, SOLDIERS_ROUND3, SOLDIERS_ROUND4, OFFICERS),
            ),
        ],
        merged(MILAID_EXCLUDE, MILAID_NEGATED_ROUND8),
        [{"terms": merged(PARADE, PARADE_ROUND3)}, {"terms": FICTION}],
        ignore_negated=True,
    )
    print("\n".join(out))


if __name__ == "__main__":
    main()
