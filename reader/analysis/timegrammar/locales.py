"""Other European languages: weekdays, months and words told from now from ``dateparser``'s
locale data (imported lazily, only for those languages), with our own for what it lacks."""

from __future__ import annotations

from functools import lru_cache

from reader.analysis.timegrammar.values import Kind
from reader.analysis.wordscan import words

#: A definite article and the prepositions fused with it, by language: "del" is "de el",
#: "do" is "de o", "della" is "di la", "du" is "de le" (see :func:`_with_contractions`).
_ARTICLE_CONTRACTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {"el": ("del", "al")},
    "pt": {"o": ("do", "no", "ao", "pelo"), "a": ("da", "na", "pela")},
    "it": {"il": ("del", "nel", "al", "dal", "sul"), "lo": ("dello", "nello", "allo", "dallo"),
           "la": ("della", "nella", "alla", "dalla", "sulla")},
    "fr": {"le": ("du", "au")},
}  # fmt: skip
#: The prepositions Italian fuses with an elided article, written as one word: "dell'anno".
_ELIDED_CONTRACTIONS = {"it": ("dell", "nell", "all", "dall", "sull")}
#: Parts of the day that German and Dutch write fused to the weekday: "Dienstagabend",
#: "zondagmiddag" (one TIME).
_FUSED_PARTS_OF_DAY = {
    "de": ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"),
    "nl": ("ochtend", "middag", "avond", "nacht"),
}

#: Weeks, weekends, months and years told from now that dateparser's locale data lacks: the
#: inflected German forms ("im vergangenen Jahr"), the elided Italian article ("l'anno
#: scorso") and other common wordings ("l'an dernier", "ano que vem", "afgelopen jaar",
#: "le week-end dernier", "afgelopen weekend").
_EU_RELATIVE: dict[str, tuple[tuple[Kind, int, str], ...]] = {
    "de": (("week", -1, "vergangene woche, vergangenen woche, vorige woche, vorigen woche"),
           ("week", 1, "kommende woche, kommenden woche, nächsten woche, nächster woche"),
           ("weekend", -1, "vergangenen wochenende, vergangene wochenende, letzten wochenende, "
                           "letztes wochenende"),
           ("weekend", 0, "diesem wochenende, dieses wochenende"),
           ("weekend", 1, "kommenden wochenende, kommende wochenende, nächsten wochenende"),
           ("month", -1, "vergangenen monat, vorigen monat, letzten monat"),
           ("month", 1, "kommenden monat"),
           ("year", -1, "vergangenes jahr, vergangenen jahr, voriges jahr, vorigen jahr, "
                        "letzten jahr"),
           ("year", 0, "diesem jahr, dieses jahres"),
           ("year", -1, "vergangenen jahres, vorigen jahres, letzten jahres"),
           ("year", 1, "nächsten jahr, kommendes jahr, kommenden jahr, nächsten jahres, "
                       "kommenden jahres")),
    "fr": (("weekend", -1, "le week-end dernier, le week-end passé"),
           ("weekend", 0, "ce week-end"), ("weekend", 1, "le week-end prochain"),
           ("week", -1, "la semaine passée"), ("year", -1, "l'an dernier, l'an passé, "
                                                         "l'année passée"),
           ("year", 1, "l'an prochain")),
    "es": (("weekend", -1, "el fin de semana pasado, el pasado fin de semana, "
                           "fin de semana pasado, pasado fin de semana"),
           ("weekend", 0, "este fin de semana"),
           ("weekend", 1, "el próximo fin de semana, próximo fin de semana"),
           ("week", 1, "la semana que viene"), ("month", 1, "el mes que viene"),
           ("year", 1, "el año que viene")),
    "it": (("weekend", -1, "lo scorso fine settimana, il fine settimana scorso"),
           ("weekend", 0, "questo fine settimana"), ("weekend", 1, "il prossimo fine settimana"),
           ("week", -1, "la settimana passata"), ("month", -1, "il mese scorso"),
           ("year", -1, "l'anno scorso, l'anno passato"), ("year", 1, "l'anno prossimo")),
    "pt": (("weekend", -1, "o fim de semana passado, o último fim de semana, "
                           "fim de semana passado, último fim de semana"),
           ("weekend", 0, "este fim de semana"),
           ("weekend", 1, "o próximo fim de semana, próximo fim de semana"),
           ("week", 1, "semana que vem"), ("month", 1, "mês que vem"),
           ("year", 1, "ano que vem")),
    "nl": (("weekend", -1, "afgelopen weekend, vorig weekend"), ("weekend", 0, "dit weekend"),
           ("weekend", 1, "komend weekend, volgend weekend"),
           ("week", -1, "afgelopen week"), ("week", 1, "komende week"),
           ("month", -1, "afgelopen maand"), ("year", -1, "afgelopen jaar"),
           ("year", 1, "komend jaar, komende jaar")),
}  # fmt: skip


@lru_cache(maxsize=16)
def _locale_vocabulary(
    lang: str,
) -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[tuple[str, ...], tuple[Kind, int]]]:
    """Weekdays, months, month abbreviations and relative day/week words for ``lang`` from
    dateparser's locale data; empty when dateparser does not know the language."""
    try:
        from dateparser.languages.loader import default_loader

        info = default_loader.get_locale(lang).info
    except Exception:  # unknown language code, or dateparser missing: digits only
        return {}, {}, {}, {}
    day_names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    month_names = ("january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december")  # fmt: skip
    weekdays = {
        n.lower(): k for k, d in enumerate(day_names) for n in info.get(d, []) if len(n) > 3
    }
    months: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    for k, m in enumerate(month_names, start=1):
        names = info.get(m, [])
        longest = max(names, key=len, default="")
        for name in names:  # a month's longest name is its full one, even "Mai", "mei"
            (months if len(name) > 3 or name == longest else abbreviations)[name.lower()] = k
    relative: dict[tuple[str, ...], tuple[Kind, int]] = {}
    shifts = {"2 day ago": ("day", -2), "1 day ago": ("day", -1), "0 day ago": ("day", 0),
              "in 1 day": ("day", 1), "in 2 day": ("day", 2), "1 week ago": ("week", -1),
              "0 week ago": ("week", 0), "in 1 week": ("week", 1), "1 month ago": ("month", -1),
              "0 month ago": ("month", 0), "in 1 month": ("month", 1), "1 year ago": ("year", -1),
              "0 year ago": ("year", 0), "in 1 year": ("year", 1)}  # fmt: skip
    for key, phrases in info.get("relative-type", {}).items():
        if key in shifts:
            for phrase in phrases:
                relative[tuple(words(phrase))] = shifts[key]  # type: ignore[assignment]
    parts = _FUSED_PARTS_OF_DAY.get(lang, ())
    weekdays |= {f"{name}{part}": k for name, k in weekdays.items() for part in parts}
    for kind, offset, phrases in _EU_RELATIVE.get(lang, ()):
        for phrase in phrases.split(", "):
            relative[tuple(words(phrase))] = (kind, offset)
    return weekdays, months, abbreviations, _with_contractions(relative, lang)


def _with_contractions(
    relative: dict[tuple[str, ...], tuple[Kind, int]], lang: str
) -> dict[tuple[str, ...], tuple[Kind, int]]:
    """``relative`` with each phrase that opens with an article also as a preposition fused
    with it writes it: Spanish "del año pasado" is "de" + "el año pasado", Portuguese "do
    fim de semana passado", Italian "dell'anno scorso" (one word), French "du mois dernier".
    Every look-up of a phrase told from now (alone, after a month, an edge or a quarter)
    then finds it after such a preposition as well, as one DATE with it, as the fused word
    cannot be split. A phrase also known without its article ("o próximo fim de semana",
    "próximo fim de semana") is found without it, and the fused word stays out ("no
    próximo fim de semana"), as English "on the" does."""
    contractions = _ARTICLE_CONTRACTIONS.get(lang, {})
    elided = _ELIDED_CONTRACTIONS.get(lang, ())
    fused: dict[tuple[str, ...], tuple[Kind, int]] = {}
    for phrase, told in relative.items():
        first, rest = phrase[0], phrase[1:]
        for fused_article in contractions.get(first, ()) if rest not in relative else ():
            fused.setdefault((fused_article, *rest), told)
        if first.startswith("l'"):
            for preposition in elided:  # "l'anno" → "dell'anno", "nell'anno"
                fused.setdefault((preposition + first[1:], *rest), told)
    return fused | relative
