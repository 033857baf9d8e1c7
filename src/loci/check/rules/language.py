"""Languages: official-language claims, and majority and share claims about speakers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loci.check.claims import Claim, claims
from loci.check.cues import data
from loci.check.document import Document
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule
from loci.check.rules._common import (
    COMPARISON,
    NAME,
    PERCENT,
    POSSESSIVE,
    Lazy,
    claim_matches,
    list_names,
    name_of,
    share_conflicts,
)
from loci.check.values import split_list
from loci.kb import FactRow, PlaceRow
from loci.kb.vocab import spoken_only
from loci.text import NUMBER_WORDS, normalize

_LANG = r"[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?"
_LANGS = rf"(?P<langs>{_LANG}(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+){_LANG}){{0,6}})"
_ONLY = r"(?:(?P<only>only|sole)\s+)?"
_WHO = (rf"(?:(?:the\s+)?(?:people|population|inhabitants|residents|citizens)(?:\s+(?:of|in)\s+"
        rf"(?P<country>{NAME}))?|(?P<poss>{NAME}){POSSESSIVE}\s+(?:people|population|inhabitants|"
        rf"residents|citizens)|(?P<demonym>[A-Z][a-z]+))")
_MOST = r"most[\s-]+(?:widely[\s-]+|commonly[\s-]+)?spoken"  # "the most-spoken language"
# "spoken by most", "by a clear majority"
_MAJORITY = (r"(?:most|(?:the|an?)\s+(?:(?:clear|large|vast|big|solid|overwhelming|slim|"
             r"narrow|small)\s+)?majority)")
_TONGUE = r"(?:language|(?:mother\s+)?tongue|(?:first|home|household)\s+language)"
# "most people speak Somali or Afar": the share is of either, not of the first alone
_EITHER = rf"(?!(?:\s*,\s*{_LANG})*,?\s+or\s)"
_SHARES = Lazy(
    (rf"\b(?:[Mm]ost|[Tt]he\s+(?:vast\s+)?majority\s+of)\s+{_WHO}\s+speak\s+"
     rf"(?P<lang>{_LANG}){_EITHER}"),
    (rf"\b{COMPARISON}{PERCENT}\s+of\s+{_WHO}\s+speak\s+(?P<lang>{_LANG}){_EITHER}"),
    (rf"(?P<lang>{_LANG})\s+is\s+spoken\s+by\s+{COMPARISON}{PERCENT}"),
    (rf"(?P<lang>{_LANG})\s+is\s+spoken\s+by\s+{_MAJORITY}\b"),
    # "Danish is the language most people speak at home", "the language that most
    # Faroese speak is Danish"
    (rf"(?P<lang>{_LANG})\s+is\s+the\s+(?:language|tongue)\s+(?:that\s+)?(?:most|the\s+"
     rf"(?:vast\s+)?majority\s+of)\s+{_WHO}\s+speak\b"),
    (rf"\b[Tt]he\s+(?:language|tongue)\s+(?:that\s+)?(?:most|the\s+(?:vast\s+)?majority\s+"
     rf"of)\s+{_WHO}\s+speak(?:\s+at\s+home)?\s+is\s+(?P<lang>{_LANG})"),
    # "English is the most widely spoken language in Mauritius": more than any other
    (rf"(?P<lang>{_LANG})(?:,\s+not\s+{_LANG},)?\s+(?:is|remains)\s+(?:still\s+)?"
     rf"(?:the|{NAME}{POSSESSIVE})\s+(?P<most>{_MOST})\s+{_TONGUE}(?:\s+at\s+home)?"
     rf"(?:\s+(?:in|of|on)\s+(?:the\s+)?(?P<country>{NAME}))?"),
    (rf"(?:\b[Tt]he\s+(?P<most>{_MOST})\s+{_TONGUE}\s+(?:in|of)\s+(?:the\s+)?"
     rf"(?P<country>{NAME})|(?P<poss>{NAME}){POSSESSIVE}\s+(?P<most2>{_MOST})\s+{_TONGUE})\s+"
     rf"(?:is|remains)\s+(?:still\s+)?(?P<lang>{_LANG})"),
)
_OFFICIAL_CLDR = ("official", "de_facto_official")
NATIONAL_SHARE = 20  # percent of the people: a national language not official is spoken so widely
MOST_MARGIN = 5.0  # points by which another language must lead in every source


def _most_spoken(know: Knowledge, start: int, end: int, lang: str, territory: PlaceRow,
                 shares: list[_Language], what: str = "language") -> Hit | None:
    """ "X is the most widely spoken language": wrong where, in every source that gives X
    a share, another language's is larger by a clear margin."""
    everyone = [x for x in _languages(know, territory) if x.percent is not None
                and x.source in {y.source for y in shares}]
    leaders = []
    for source in sorted({x.source for x in shares}):
        own = max(x.percent or 0.0 for x in shares if x.source == source)
        top = max((x for x in everyone if x.source == source), key=lambda x: x.percent or 0.0)
        if (top.percent or 0.0) - own < MOST_MARGIN:
            return None
        leaders.append(top)
    top = max(leaders, key=lambda x: x.percent or 0.0)
    return Hit(start, end, f"{lang} is not the most widely spoken {what} of "
               f"{name_of(territory)}: {top.name} is ({top.percent:g}%, {top.source})",
               top.name, Evidence(top.fact.text, top.fact.source))


@dataclass(frozen=True, slots=True)
class _Language:
    name: str
    source: str  # dataset
    official: bool
    percent: float | None
    fact: FactRow


def _languages(know: Knowledge, territory: PlaceRow) -> list[_Language]:
    out = []
    for f in know.facts(territory.id, "language"):
        value = f.value
        if not isinstance(value, dict) or "name" not in value:
            continue
        official = value.get("official")
        is_official = official is True or official in _OFFICIAL_CLDR
        # a census's "English only" is English, its share those who speak no other language
        alone = spoken_only(value["name"]) if f.source.dataset == "factbook" else None
        out.append(_Language(alone or value["name"], f.source.dataset, is_official,
                             None if alone else value.get("percent"), f))
        for inner in _OFFICIAL_IN_DETAIL.findall(str(value.get("detail") or "")):
            out.append(_Language(inner, f.source.dataset, True, None, f))  # "Tamazight (official)"
    return out


# "Tamazight languages (Tamazight (official), Tachelhit, Tarifit)": one of a group is official.
_OFFICIAL_IN_DETAIL = re.compile(r"([A-Z][\w'’ -]*?)\s*\(official\b[^)]*\)")


def _groups(know: Knowledge) -> dict[str, frozenset[str]]:
    """Each name of a language -> every name of it: loci's aliases, and CLDR's and ISO
    639's names of one language."""
    out: dict[str, frozenset[str]] | None = know.memo.get("language-groups")
    if out is None:
        out = know.memo["language-groups"] = {}
        for group in [*data("languages.toml")["aliases"], *know.kb.vocab("language-pairs")]:
            names = frozenset(normalize(n) for n in group)
            for name in names:
                out[name] = out.get(name, frozenset()) | names
    return out


def same_language(know: Knowledge, a: str, b: str) -> bool:
    """Whether two names name one language; either may be a Factbook pair of names
    ("Swahili/Kiswahili", "Standard Chinese or Mandarin")."""
    groups = _groups(know)
    for x in _alternatives(a):
        for y in _alternatives(b):
            if x == y or y in groups.get(x, ()) or _last_word(x, y) or _last_word(y, x):
                return True
            if _form_of(groups, x, y) or _form_of(groups, y, x):
                return True
    return False


# Words that make a language of their own out of the one named beside them: Seychelles'
# "Seselwa Creole French" is not French, nor Nigeria's "Pidgin English" English.
_OWN_LANGUAGE = frozenset({"creole", "pidgin", "patois"})


def _last_word(longer: str, name: str) -> bool:
    """Whether ``longer`` is ``name`` with words before it that name a variety of it:
    "Tamazight" is CLDR's "Central Atlas Tamazight", but French is no creole of it."""
    words = longer.split()
    return words[-1:] == [name] and len(words) > 1 and _OWN_LANGUAGE.isdisjoint(words)


def _form_of(groups: dict[str, frozenset[str]], form: str, name: str) -> bool:
    """Whether ``form`` is ``name`` followed by the language it is a form of: the
    Factbook's "Bokmal Norwegian" is Bokmål."""
    first, _, rest = form.partition(" ")
    return first == name and rest in groups


def _alternatives(name: str) -> list[str]:
    return [normalize(n) for n in re.split(r"/| or ", name) if n.strip()]




@rule("LC232", "official-language", "language", "error")
def official_language(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A language called official, or the only official one, where it is not.

    Why: official status decides the language of schools, courts and signs;
    "French is the only official language" of a bilingual country misinforms.

    Example:
        In Rwanda, French is the only official language.

    Instead:
        In Rwanda, Kinyarwanda, English, French and Swahili are official languages.

    Data: the Factbook's languages marked official, and CLDR's official
    languages (CLDR's "de facto official" counts only where the Factbook marks
    none, as English in Guam and Puerto Rico). Read in any frame of the claim
    layer ("French is also an official language", "Spanish, Bolivia's official
    language", "the official languages are X and Y", "X is not an official
    language", "X has official status in Y", "X is co-official with Z", "it is
    also an official language" after a sentence naming one language, "X, Y and Z
    are all official languages", "..., all three official languages of Y", "X is
    official in Y"), with
    "only" and counts ("its three official languages") checked; "the official
    language" and "Peru's official language" name all of them, leaving out
    those official only in a region. "The national language" must be official there (in a
    region at least) or spoken by a fifth of its people or more ("Swahili, the national
    language of Oman"); "a national language" is not checked (Angola names six).
    Other spellings of one language (Chichewa, Nyanja) are in check/data/languages.toml,
    and ISO 639's name of a language is CLDR's (Pushto is Pashto, Uighur Uyghur).
    """
    for claim in claims(doc, know, "official-language"):
        hit = _verify_official(know, claim)
        if hit is not None:
            yield hit
    yield from _counted(doc, know)


def _counted(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """ "Belgium has two official languages": a count of them, with no names given."""
    for sentence in doc.sentences:
        if "official" not in doc.words(sentence):
            continue
        for m in _HAS_COUNT.finditer(sentence.text):
            territory = know.territory(m.group("owner"))
            if territory is None or (m.end() < len(sentence.text) and
                                     _NAMES_FOLLOW.match(sentence.text, m.end())):
                continue  # names given after it: the claim layer reads them with the count
            trusted = _trusted(_official(know, territory))
            official = {o.name for o in trusted}
            word = m.group("n").lower()
            count = int(word) if word.isdigit() else _COUNTS.get(word)
            if official and count is not None and count != len(official):
                names = list_names(sorted(official))
                start = sentence.start + m.start("n")
                yield Hit(start, sentence.start + m.end(), f"{name_of(territory, True)} has "
                          f"{len(official)} official languages, not {count}: {names}", names,
                          Evidence(f"official: {names}", trusted[0].fact.source))


_HAS_COUNT = re.compile(rf"\b(?P<owner>{NAME})\s+(?:has|have|recognises|recognizes)\s+"
                        r"(?:only\s+|just\s+|exactly\s+)?(?P<n>one|two|three|four|five|six|\d)"
                        r"\s+official\s+(?:languages|tongues)\b")
_NAMES_FOLLOW = re.compile(r"\s*[,:(—–-]\s*[A-Z]")


def _official(know: Knowledge, territory: PlaceRow) -> list[_Language]:
    """A territory's official languages, legal status first (see the rule's Data)."""
    known = _languages(know, territory)
    factbook = [x for x in known if x.source == "factbook" and x.official]
    if factbook:  # with CLDR's official ones, but not those it calls official de facto
        return factbook + [x for x in known if x.source == "cldr"
                           and x.fact.value.get("official") == "official"]
    return [x for x in known if x.official]  # Puerto Rico: Spanish, and English de facto


def _trusted(official: list[_Language]) -> list[_Language]:
    """The official languages a count or an "only" is checked against: the Factbook's where
    it gives any, else CLDR's."""
    return [o for o in official if o.source == "factbook"] or official


def _verify_official(know: Knowledge, claim: Claim) -> Hit | None:
    territory = claim.territory
    if territory is None:
        return Hit(claim.start, claim.end, "cannot tell which territory this is about",
                   decided=False)
    langs = split_list(claim.value)
    official = _official(know, territory)
    if not official:
        return Hit(claim.start, claim.end,
                   f"no official languages of {name_of(territory)} on record", decided=False)
    names = list_names(sorted({x.name for x in official if x.source == "factbook"}
                              or {x.name for x in official}))
    ev = Evidence(f"official: {names}", official[0].fact.source)
    said = [x for x in langs if any(same_language(know, x, o.name) for o in official)]
    if claim.cue.startswith("national"):  # the national language: official, or widely spoken
        if "the" not in claim.words:
            return None  # "a national language": Angola names six, few of them widely spoken
        major = [k for k in _languages(know, territory)  # (official in a region too)
                 if (k.percent or 0) >= NATIONAL_SHARE or k.fact.value.get("official")]
        wrong = [x for x in langs if x not in said
                 and not any(same_language(know, x, k.name) for k in major)]
        return None if claim.negated or not wrong else Hit(
            claim.start, claim.end, f"{list_names(wrong)} is neither official in "
            f"{name_of(territory)} nor spoken by a fifth of its people: official are {names}",
            names, ev)
    if claim.negated:
        return Hit(claim.start, claim.end, f"{list_names(said)} is an official language of "
                   f"{name_of(territory)}: official are {names}", None, ev) if said else None
    wrong = [x for x in langs if x not in said]
    if wrong:
        what = "is not an official language" if len(wrong) == 1 else \
            "are not official languages"
        return Hit(claim.start, claim.end, f"{list_names(wrong)} {what} of "
                   f"{name_of(territory)}: official are {names}", names, ev)
    trusted = _trusted(official)
    count = next((_COUNTS[w] for w in claim.words if w in _COUNTS), None)
    if _LIST_COUNT.search(claim.sentence.text):
        count = None  # "French, German and Italian, all three official languages": the list's
    if count is not None and count != len({o.name for o in trusted}):
        return Hit(claim.start, claim.end, f"{name_of(territory, True)} has "
                   f"{len({o.name for o in trusted})} official languages, not {count}: "
                   f"{names}", names, ev)
    # "X is the official language of Y" names all of them, as "only" does; "the main
    # official language", "the second official language" do not
    every = "the" in claim.words and not claim.words & _PARTIAL and not _cut(claim)
    sole = bool(claim.words & {"only", "sole"})
    if every and not sole:  # not those official "only locally"
        trusted = [o for o in trusted if not _LOCAL.search(o.fact.value.get("detail") or "")]
    if (sole or every) and not _only(know, langs, trusted) and \
            (sole or not _others_named(know, claim, langs, trusted)):
        return Hit(claim.start, claim.end, f"{name_of(territory, True)} has more official "
                   f"languages than {list_names(langs)}: {names}", names, ev)
    return None


_LIST_COUNT = re.compile(r"\b(?:all|both)\s+(?:two|three|four|five|six)\b", re.I)


def _cut(claim: Claim) -> bool:
    """Whether the languages read are the end of a longer list ("A, B and C are the
    official languages" read as "C" where A or B is no language name it knows)."""
    before = claim.sentence.text[:claim.start - claim.sentence.start].rstrip()
    return before.endswith((",", " and", "&"))


# "(official, but locally used)", "(official, only in municipalities where ...)", "official
# in Galicia"
_LOCAL = re.compile(r"\blocal|\bonly in\b|\bofficial in\b|\bregion|\bmunicipalit|\bprovinc",
                    re.I)
_PARTIAL = frozenset({"main", "primary", "principal", "national", "first", "second", "other",
                      "co-official", "joint", "one", "two", "three", "four", "five", "six"})
_COUNTS = {word: n for n, word in enumerate(NUMBER_WORDS[:7]) if n}  # "its three official ..."


def _only(know: Knowledge, langs: list[str], official: list[_Language]) -> bool:
    """Whether the languages named are every official one (a variety of one named is)."""
    varieties: dict[str, list[str]] = data("languages.toml")["varieties"]
    return all(any(same_language(know, o.name, x) or o.name in varieties.get(x, ())
                   for x in langs) for o in official)


def _others_named(know: Knowledge, claim: Claim, langs: list[str],
                  official: list[_Language]) -> bool:
    """Whether the rest of the sentence names the other official languages as official too:
    "Tongan is the official language alongside English", "..., with English as the second
    official language", "..., and English is official as well"."""
    after = claim.sentence.text[claim.end - claim.sentence.start:]
    others = {o.name for o in official if not any(same_language(know, o.name, x) for x in langs)}
    return bool(others) and all(
        (at := re.search(rf"\b{re.escape(name)}\b", after)) is not None
        and (_BESIDE.search(after, 0, at.start()) is not None
             or _OFFICIAL_TOO.match(after, at.end()) is not None)
        for name in others)


# The other language said to be official after its name, not denied it ("English is also
# official", "... English as the second official language"; not "have no official standing")
_OFFICIAL_TOO = re.compile(r"(?:(?!\b(?:no|not|never|without)\b|n[’']t\b)[^.;])*?\bofficial\b")
# Words that set a language beside the one the claim named
_BESIDE = re.compile(r"\b(?:alongside|along\s+with|together\s+with|as\s+well\s+as|besides)\s+"
                     r"(?:\w+\s+)?$")


@rule("LC231", "language-share", "language", "error")
def language_share(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A share of speakers ("most people speak X", "90% speak X") the figures contradict.

    Why: the language a visitor can expect to hear is a practical fact, and
    drafts overstate colonial languages: most Malawians do not speak English
    as well as Chichewa.

    Example:
        In Malawi, over 90% of the population speak English.

    Instead:
        In Malawi, English is official, and Chichewa is the most widely spoken language.

    Data: CLDR's share of each territory's population speaking a language and
    the Factbook's language shares; a claim holds when either source bears it
    out. A majority is claimed by "most people speak X", "X is spoken by most" and "X is
    the language most people speak (at home)". Shares of a part of the population ("3% of
    the youth") are not checked.
    """
    for sentence, m, territory in claim_matches(doc, know, ("speak", "spoken"), _SHARES,
                                                past=True):
        hit = _verify_share(know, sentence.start + m.start("lang"), m, territory)
        if hit is not None:
            yield hit


def _verify_share(know: Knowledge, start: int, m: re.Match[str],
                  territory: PlaceRow | None) -> Hit | None:
    lang = m.group("lang")
    end = start + len(lang)
    if territory is None:
        return Hit(start, end, "cannot tell which territory this is about", decided=False)
    shares = [x for x in _languages(know, territory)
              if x.percent is not None and same_language(know, lang, x.name)]
    if not shares:
        return Hit(start, end, f"no share of {lang} speakers in {name_of(territory)} on record",
                   decided=False)
    if m.groupdict().get("most") or m.groupdict().get("most2"):
        what = "language"
        if re.search(r"mother|first|home|household", m.group()):  # a first language: the Factbook's
            # shares are of first languages, CLDR's of all who speak one
            shares, what = [x for x in shares if x.source == "factbook"], "first language"
            if not shares:
                return None
        return _most_spoken(know, start, end, lang, territory, shares, what)
    pct = m.groupdict().get("pct")
    claimed, cmp = (float(pct), m.group("cmp")) if pct else (50.0, "over")
    if any(not share_conflicts(cmp, claimed, x.percent or 0.0) for x in shares):
        return None
    best = max(shares, key=lambda x: x.percent or 0.0)
    said = f"{cmp + ' ' if cmp else ''}{claimed:g}%" if pct else "a majority"
    return Hit(start, end, f"{lang} is not spoken by {said} in {name_of(territory)}: "
               f"{best.percent:g}% ({best.source})", f"about {best.percent:.0f}%",
               Evidence(best.fact.text, best.fact.source))
