"""Currency: the money a territory uses, wherever the text names money."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from loci.check import cues
from loci.check.claims import claims, reports_a_belief
from loci.check.context import Context, context
from loci.check.document import Document, Sentence
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.lexicon import Currencies, Currency, currencies
from loci.check.rules import rule
from loci.check.rules._common import (
    about_the_past,
    historical,
    list_names,
    name_of,
    owner_of,
    time_anchor,
)
from loci.check.values import qualified_start
from loci.kb import FactRow, PlaceRow
from loci.text import normalize

_CODE = re.compile(r"\b[A-Z]{3}\b")


@dataclass(frozen=True, slots=True)
class _Money:
    """A currency the text says a territory uses: its words, where, and how firmly."""

    start: int
    end: int
    written: str
    territory: PlaceRow | None
    firm: bool  # "the currency is", "pay for everything in": not only a price
    general: bool = False  # "prices in Brno are quoted in": what prices there are in
    claimed: bool = False  # named as the currency ("the currency is"), not as money paid


@rule("LC251", "wrong-currency", "currency", "error")
def wrong_currency(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A currency named for a territory that uses another, or no longer uses it.

    Why: what money to bring is the first practical question of a trip; a
    draft that says Malawi uses the rand, or prices a Tallinn coffee in
    kroons, sends readers to the wrong counter.

    Example:
        In Malawi a bus fare costs 300 rand, paid in cash.

    Instead:
        In Malawi a bus fare costs 300 kwacha, paid in cash.

    Data: CLDR's table of the currencies each territory has used, with the
    day each ended (Estonia's kroon, Ecuador's sucre), and CLDR's currency
    names. Read wherever money appears: "Malawi's currency is the kwacha",
    "the rand is legal tender", "costs 300 kwacha", "pay in kwacha", "a fare
    of 20 pesos", "still trades in the pound", "you'll need rupees", "francs,
    which are used throughout the country", "Laos's own money", "the coin of
    Armenia", "the coin of the realm", "Barbados dollars" (a territory's name qualifies the
    currency it uses); the territory from the words ("Zambian kwacha") or the context; a
    region's or a city's currency is its country's ("the currency of Anhui"), where every
    place of that name is in one. An amount in US dollars or euros outside the places that
    use them is taken as a price, not a claim; what a place's prices are given in
    ("prices in Brno are quoted in euros") is a warning, as shops may quote
    dollars where CLDR lists the local money alone. A people's name before a
    unit that names none of their currencies ("Kenyan rand", "Bangladeshi
    rupees") is reported wherever it stands.
    """
    lexicon = currencies(know)
    made_up = list(_no_such_money(doc, know, lexicon))
    yield from made_up
    for money in _money(doc, know, lexicon):
        if any(h.start <= money.start < h.end for h in made_up):
            continue  # "Thai ringgit": said already, whichever territory it is spent in
        if (not money.firm or (not money.claimed and (read := lexicon.read(money.written))
                               and _international(read[1]) and not _believed(doc, money))) \
                and _beside_own_money(doc, lexicon, money, affirmed=money.firm):
            continue  # "runs on the franc, though rents are quoted in dollars": both used;
            # "visitors pay their bills in US dollars, but the local currency is the rufiyaa"
            # (but "I had read that Liechtenstein paid in euros, ... francs" is a belief)
        hit = _verify(know, lexicon, money)
        if hit is not None and not (hit.decided and _used_under_heading(doc, know, lexicon, money)):
            yield hit


def _believed(doc: Document, money: _Money) -> bool:
    """Whether the money is paid in what someone believed or was told."""
    sentence = doc.sentence_at(money.start)
    return sentence is not None and reports_a_belief(sentence.text,
                                                     money.start - sentence.start)


def _international(named: list[Currency]) -> bool:
    """Whether the currencies a money's name can mean are all of those used across borders
    beside the local one (US dollars, euros)."""
    return all(c.code in cues.table("currency")["international"] for c in named)


def _beside_own_money(doc: Document, lexicon: Currencies, money: _Money,
                      affirmed: bool = False) -> bool:
    """A price in a foreign currency in a sentence that names the territory's own: the
    other money is the traveller's alternative, not a claim that it is the local one
    (``affirmed``: the own money not denied, as in "pays in dollars, not the rufiyaa")."""
    if money.territory is None:
        return False
    own = lexicon.current(money.territory.id, date.today())
    sentence = doc.sentence_at(money.start)
    return sentence is not None and any(
        (read := lexicon.read(m.group())) is not None and own & {c.code for c in read[1]}
        and not money.start <= sentence.start + m.start() < money.end
        and not (affirmed and _DENIED.search(sentence.text, max(0, m.start() - 20), m.start()))
        for m in lexicon.words_in(sentence.text))


_DENIED = re.compile(r"\b(?:not|never|instead\s+of|rather\s+than)\s+(?:the\s+|in\s+)?$", re.I)


def _used_under_heading(doc: Document, know: Knowledge, lexicon: Currencies, money: _Money) -> bool:
    """Whether the money is that of the territory the nearest label or heading above it
    names, where its own sentence names none: under "**FRENCH POLYNESIA.**", after
    "Overseas land of France.", "Money, the CFP franc" is French Polynesia's, though the
    context took France."""
    sentence = doc.sentence_at(money.start)
    read = lexicon.read(money.written)
    ctx = context(doc, know)
    if sentence is None or read is None or ctx.own(sentence) is not None:
        return False
    topics = ctx.topics(sentence)  # the nearest first: a label, a heading, the title
    return bool(topics) and bool({c.code for c in read[1]} & lexicon.current(topics[0].id,
                                                                             date.today()))


def _no_such_money(doc: Document, know: Knowledge, lexicon: Currencies) -> Iterator[Hit]:
    """ "Chinese dollars", "Bangladeshi rupees": a people's name before a unit that names
    no currency of theirs today, nor any other CLDR currency, wherever it is written
    (changing money into them, too), except of a past time; one they used once is said
    so."""
    today = date.today()
    for sentence in doc.sentences:
        words = doc.words(sentence)
        if not words & lexicon.unit_words or not words & know.demonym_words:
            continue
        for m in lexicon.words_in(sentence.text):
            people = _PEOPLE_BEFORE.search(sentence.text, max(0, m.start() - 40), m.start())
            read = lexicon.read(m.group())
            if people is None or read is None or read[0] in lexicon.by_code or any(
                    normalize(people.group(1)) in c.qualifiers for c in read[1]) or \
                    _verb_like(sentence.text, m) or _plural_people(know, people.group(1)):
                continue  # "Saudi riyals": a currency's own name; "Arubans mark the day"
            place_id = know.demonyms.get(know.norm(people.group(1)))
            territory = know.place(place_id) if place_id else None
            if territory is None:
                continue
            current = lexicon.current(territory.id, today)
            named = {c.code for c in read[1]}
            if not current or named & current:
                continue
            now = list_names(sorted(_name(lexicon, c) for c in current))
            facts = [f for f in know.facts(territory.id, "currency") if isinstance(f.value, dict)]
            start, end = sentence.start + people.start(1), sentence.start + m.end()
            former = lexicon.former(territory.id, today)
            ended = sorted(former[code] for code in named if code in former)
            anchor = time_anchor(sentence.text)
            if about_the_past(sentence.text) or (anchor is not None and anchor < today.year):
                continue  # "in 1960 traders counted in Ghanaian pounds"
            if not ended:
                yield Hit(start, end, f"CLDR knows no {people.group(1)} {read[0]}: "
                          f"{owner_of(territory)} currency is the {now}", now,
                          _evidence(facts, territory))
            else:  # "Bangladeshi rupees": until 1972
                yield Hit(start, end, f"the {read[0]} has not been {owner_of(territory)} "
                          f"currency since {ended[-1].year}: it is the {now}", now,
                          _evidence(facts, territory))


_PEOPLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _plural_people(know: Knowledge, word: str) -> bool:
    """ "Arubans", not "Aruban": a people, whom a verb follows, not a currency's adjective."""
    key = know.norm(word)
    return key.endswith("s") and key[:-1] in know.demonyms


def _money(doc: Document, know: Knowledge, lexicon: Currencies) -> Iterator[_Money]:
    seen: set[int] = set()
    for claim in claims(doc, know, "currency"):
        if not claim.negated:
            seen.add(claim.start)
            yield _Money(claim.start, claim.end, claim.value, claim.territory, True,
                         claimed=True)
    ctx = context(doc, know)
    units = lexicon.unit_words
    for sentence in doc.sentences:
        if not doc.words(sentence) & units and not _CODE.search(sentence.text):
            continue  # no currency's name or code: no money named
        for start, end, firm, general in _amounts(know, lexicon, sentence):
            if start not in seen:
                seen.add(start)
                written = doc.masked[start:end]
                territory = ctx.subject(sentence, (start, end)) or \
                    _spent_in(ctx, lexicon, sentence, start, written) or \
                    _beside_other_money(ctx, lexicon, sentence, (start, end))
                yield _Money(start, end, written, territory, firm, general)


def _spent_in(ctx: Context, lexicon: Currencies, sentence: Sentence, start: int,
              written: str) -> PlaceRow | None:
    """ "Prices in Hanoi are quoted in yuan, as the goods come from China": the one place
    named before the money is where it is spent, when the currency's own territory is
    named after it (where the money comes from)."""
    read = lexicon.read(written)
    if read is None:
        return None
    codes = {c.code for c in read[1]}
    today = date.today()
    refs = [r for r in ctx.refs(sentence) if r.by == "place"]
    before = {r.territory.id: r.territory for r in refs if r.end <= start}
    after = {r.territory.id for r in refs if r.start > start}
    if len(before) != 1 or not after or any(codes & lexicon.current(k, today) for k in before):
        return None
    owners = {k for k in after if codes & lexicon.current(k, today)}
    return next(iter(before.values())) if owners == after else None


def _beside_other_money(ctx: Context, lexicon: Currencies, sentence: Sentence,
                       span: tuple[int, int]) -> PlaceRow | None:
    """ "Kuwait uses the riyal, pegged to the US dollar": a place that names a currency
    ("US dollar") is no subject; the one place left is."""
    places = {r.territory.id: r.territory for r in ctx.refs(sentence) if r.by == "place"
              and not span[0] <= r.start < span[1] and not _names_money(
                  lexicon, sentence.text, r.end - sentence.start)}
    return next(iter(places.values())) if len(places) == 1 else None


def _names_money(lexicon: Currencies, text: str, end: int) -> bool:
    unit = _NEXT_WORD.match(text, end)
    return unit is not None and unit.group(1).lower() in lexicon.unit_words


_NEXT_WORD = re.compile(r"[\s\u00a0]+([A-Za-z]+)")


def _amounts(know: Knowledge, lexicon: Currencies,
             sentence: Sentence) -> Iterator[tuple[int, int, bool, bool]]:
    """Currencies written as the unit of an amount or after "pay in": (start, end, firm,
    general)."""
    text = sentence.text
    for m in lexicon.words_in(text):
        word = m.group()
        if word.upper() == word and len(word) == 3 and word not in lexicon.by_code:
            continue
        if word.isupper() and len(word) > 3:
            continue  # "**LA PAZ and SUCRE.**": a name in an atlas's capitals, not the sucre
        if word.isupper() is False and word.lower() != word and word.upper() in lexicon.by_code:
            continue  # "Top", "Cup": a code only counts in capitals
        head = qualified_start(know, text, m.start())
        if _in_a_name(know, text, head, m) or (head == m.start() and _verb_like(text, m)):
            continue  # a qualified unit ("the CFA franc like ...") is no verb
        before = text[max(0, head - 60):head]
        code = word.isupper() and len(word) == 3  # alone, as likely an abbreviation ("(MAF)")
        if _words_before("history").search(before[-30:]) or \
                _words_before("history_after").search(text, m.end()):
            continue  # "the old markka", "prices in tolar, but the euro replaced it"
        # "bring kuna", "Croatian kuna": a unit in lower case or after its people's name
        # ("to look like Inti, the Incan god": a name)
        if not code and (word.islower() or head < m.start()) and \
                _withdrawn(lexicon, text[head:m.end()]) and not historical(text):
            # "bring kuna"; "still uses the Maltese lira" is a use, firmly
            yield sentence.start + head, sentence.start + m.end(), _uses(before), False
            continue
        if not code and _INTO.search(before):  # "changed our money into CFA francs": local
            yield sentence.start + head, sentence.start + m.end(), False, False
            continue
        if not code and _USED_AFTER.match(text, m.end()):  # "francs, which are used here"
            yield sentence.start + head, sentence.start + m.end(), True, False
            continue
        if (other := _words_before("not_local").search(before[-30:])) and not (
                other.group().lower() == "also" and _ALSO_USES.search(before[-30:])):
            continue  # "exchange dollars into ...", "dollars are also taken" (but "Barbados
            # also uses the ...": a use)
        if _amount().search(before) or _code_amount(text, m.end()):
            yield sentence.start + head, sentence.start + m.end(), False, False
        elif (paid := _paid_in().search(before)) is not None:
            yield sentence.start + head, sentence.start + m.end(), "everything" in paid.group() \
                or (_PAYING.match(paid.group()) is not None and not _MAY.search(before)), \
                _GENERAL.match(paid.group()) is not None
        elif _uses(before):
            yield sentence.start + head, sentence.start + m.end(), True, False  # "uses the riyal"
        elif (need := _needed().search(before)) is not None and \
                not _NOT_USED.search(before, 0, need.start()):
            yield sentence.start + head, sentence.start + m.end(), False, False  # "need rupees"


def _uses(before: str) -> bool:
    """Whether the words before a currency say a territory uses it ("uses the riyal"),
    and do not deny it ("no longer uses the")."""
    used = _used().search(before)
    return used is not None and not _NOT_USED.search(before, 0, used.start())


# "Barbados also uses the ...", "Armenia also pays in ...": a use, not money also taken
_ALSO_USES = re.compile(r"\balso\s+(?:uses|use|used|trades\s+in|runs\s+on|pays)\b", re.I)
# "CFA francs, which are used throughout the country": the money's use said after it
_USED_AFTER = re.compile(r"\s*,\s*which\s+(?:is|are)\s+(?:\w+\s+)?used\b(?!\s+(?:to|for|as)\b)")
# "does not use the euro", "no longer uses the lira": a use denied
_NOT_USED = re.compile(r"\b(?:not|n[’']t|never|no\s+longer)\s+(?:\w+\s+)?$", re.I)
# Money changed into a currency where it is changed: "changed our dollars into soles"
_INTO = re.compile(r"\b(?i:chang|exchang|convert|swapp?)\w*\s+(?:[\w’'-]+\s+){0,4}?into\s+"
                   r"(?:the\s+|some\s+|local\s+)?$")
# "you will be paying in euros": what money is paid with, firmly (a price "quoted in
# dollars" is a price; "you can pay in dollars" a choice)
_PAYING = re.compile(r"(?i:pay|pays|paid|paying)\b")
# "Prices in Noumea are in euros", "rents there are now quoted in dollars": what the prices
# of a place are given in, not one price (a fare "quoted in dollars" is one)
_GENERAL = re.compile(r"(?i:prices|rents|fares)\b(?:\s+(?:in|at|on|across|there|here)\b"
                      r"(?:\s+[\w’'-]+){0,3}?)?\s+(?:are|is)\s+(?:(?:now|usually|mostly|all|"
                      r"generally|often|still)\s+)?(?:(?:quoted|listed|given|marked|shown|set)\s+)?"
                      r"(?:in|using)\s+(?:the\s+)?$")
_MAY = re.compile(r"\b(?i:can|could|may|might|also|often|sometimes|usually|happily|even)\s+"
                  r"(?:\w+\s+)?(?:pay|pays|paid|paying)\b")


def _withdrawn(lexicon: Currencies, written: str) -> bool:
    """A currency used nowhere today, whatever the words around it: advice to bring or pay
    in one is always wrong where it was once used."""
    read = lexicon.read(written)
    return read is not None and lexicon.withdrawn(read[1], date.today())


def _in_a_name(know: Knowledge, text: str, head: int, m: re.Match[str]) -> bool:
    """ "Sierra Leone", "Real Madrid": a capitalised unit that is a word of a name."""
    word = m.group()
    if not word[0].isupper() or word.isupper():
        return False
    return (head < m.start() and bool(know.exact(text[head:m.end()]))) or \
        bool(know.exact(word)) or re.match(r"\s+[A-Z]", text[m.end():m.end() + 3]) is not None


def _verb_like(text: str, m: re.Match[str]) -> bool:
    """ "won the election", "marks the start": an ambiguous unit followed by what a
    verb or an adjective takes."""
    if m.group().lower() not in cues.words("currency", "ambiguous"):
        return False
    following = re.match(r"\s*([\w’']+|[^\w\s]|$)", text[m.end():])
    token = following.group(1).lower() if following else ""
    return bool(token) and token[0].isalnum() and \
        token not in cues.words("currency", "ambiguous_next")


def _code_amount(text: str, end: int) -> bool:
    return re.match(r"\s*\d", text[end:end + 4]) is not None


@cache
def _amount() -> re.Pattern[str]:
    amounts = "|".join(cues.table("currency")["amounts"])
    return re.compile(rf"(?:^|[\s(])(?:{amounts})\s+$", re.I)


@cache
def _paid_in() -> re.Pattern[str]:
    pay = cues.alternation("currency", "payments")
    return re.compile(rf"\b(?:{pay})\b(?:\s+[\w’'-]+){{0,8}}?\s+(?:in|with|using)\s+(?:the\s+)?$",
                      re.I)


@cache
def _used() -> re.Pattern[str]:
    uses = cues.alternation("currency", "uses")
    return re.compile(rf"\b(?:{uses})\s+(?:only\s+)?(?:the\s+)?$", re.I)


@cache
def _needed() -> re.Pattern[str]:
    needs = cues.alternation("currency", "needs")
    return re.compile(rf"(?:^|\s)(?:{needs})\s+(?:some\s+|plenty\s+of\s+|the\s+)?$", re.I)


@cache
def _words_before(key: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cues.alternation('currency', key)})\b", re.I)


def _verify(know: Knowledge, lexicon: Currencies, money: _Money) -> Hit | None:
    read = lexicon.read(money.written)
    if read is None:
        return None  # not a currency at all ("the currency is stable")
    _, named = read
    territory = money.territory
    if territory is None:
        return Hit(money.start, money.end, "cannot tell which territory's currency this is",
                   decided=False)
    today = date.today()
    current = lexicon.current(territory.id, today)
    if not current:
        return Hit(money.start, money.end, f"no currency of {name_of(territory)} on record",
                   decided=False)
    if any(c.code in current for c in named):
        return None  # "Danish krone" in Greenland; "Zambian kwacha" names only Zambia's
    if not money.firm and not (current & set(cues.table("currency")["international"])) \
            and _international(named):
        if money.general:  # a warning: shops may quote dollars where CLDR has the riel only
            return replace(_wrong(know, lexicon, money, territory, named, current, today),
                           severity="warning")
        return Hit(money.start, money.end, f"a price in {money.written} in {name_of(territory)}",
                   decided=False)
    return _wrong(know, lexicon, money, territory, named, current, today)


def _wrong(know: Knowledge, lexicon: Currencies, money: _Money, territory: PlaceRow,
           named: list[Currency], current: set[str], today: date) -> Hit:
    now = list_names(sorted(_name(lexicon, c) for c in current))
    former = lexicon.former(territory.id, today)
    ended = [(c, former[c.code]) for c in named if c.code in former]
    facts = [f for f in know.facts(territory.id, "currency") if isinstance(f.value, dict)]
    if ended:  # the one it gave up last: Suriname's guilder (2004), not the Dutch (1940)
        old, day = max(ended, key=lambda e: e[1])
        return Hit(money.start, money.end,
                   f"the {_name(lexicon, old.code)} has not been {owner_of(territory)} currency "
                   f"since {day.year}: it is the {now}", now, _evidence(facts, territory,
                                                                     f"{old.name} until {day}"))
    return Hit(money.start, money.end,
               f"{owner_of(territory, True)} currency is the {now}, not the {money.written}",
               now, _evidence(facts, territory))


def _name(lexicon: Currencies, code: str) -> str:
    """ "Mexican peso", "euro": CLDR's name with the unit in lower case, as prose has it."""
    currency = lexicon.by_code.get(code)
    if currency is None:
        return code
    words = currency.name.split()
    return " ".join([*words[:-1], words[-1].lower()])


def _evidence(facts: list[FactRow], territory: PlaceRow, extra: str | None = None) -> Evidence:
    cldr = [f for f in facts if f.source.dataset == "cldr"] or facts
    text = "; ".join(f.text for f in cldr) or f"CLDR currencies of {name_of(territory)}"
    return Evidence(f"{text}; {extra}" if extra else text, cldr[0].source if cldr else None)
