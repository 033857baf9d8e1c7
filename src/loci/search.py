"""Search over places and articles: one index, built once, read by the static site's
script and by the server alike.

Names are held as the server's full-text index holds them (``loci.web.fts``):
normalised words, accents and case folded, each Chinese character a word; a
query finds and ranks them as the server's does, so that a query ranks the
same in the browser, in the page the server answers without script, and in
the API. They are sharded by their first letters with the spaces taken out.
Article text is an inverted index of words (and, for Chinese, single
characters and pairs), each posting with the word's weight in the article as
the server's BM25 counts it, split into shards by each word's first letters, so
a browser fetches only the shards a query needs (as Pagefind does).
``static/search.js`` implements the same matching and ranking as ``search``
here.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

import orjson

from loci.text import HAN, han_spaced, has_han, normalize

INDEX_VERSION = 3  # articles: postings with weights, sizes (the server's BM25)
_TOKEN = re.compile(rf"[{HAN}]+|[^\W\d_{HAN}][^\W_{HAN}]*|\d+")
_IS_HAN = re.compile(f"[{HAN}]")
_PUNCTUATION = string.punctuation
_SHARD_ASCII = re.compile(r"[a-z0-9]{2}")
_SHARD_LETTERS = frozenset(string.ascii_lowercase + string.digits)
_LATIN = re.compile(r"[a-z]+")


def key(text: str) -> str:
    """A name's words run together, the form shards are chosen by and names compared in:
    "Côte d’Ivoire" -> "cotedivoire"."""
    return name_words(text).replace(" ", "")


@cache
def _combining() -> re.Pattern[str]:
    """Runs of combining marks of the Basic Multilingual Plane, for deleting.

    A character class of their ranges (built once per process, in about 30 ms):
    deleting by regex is several times faster than ``str.translate`` with a
    table, which looks up every character.
    """
    ranges: list[list[int]] = []
    for c in range(0x10000):
        if unicodedata.combining(chr(c)):
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]+")


def _fold_text(text: str) -> str:
    """``loci.text.fold`` for long texts: the same result for BMP text, in C speed."""
    text = unicodedata.normalize("NFKD", text)
    return (text if text.isascii() else _combining().sub("", text)).casefold()


def tokens(text: str) -> list[str]:
    """Search tokens of a text: folded words, and Chinese characters and pairs of them."""
    return [t for word in _words(text) for t in _expand(word)]


# The server ranks articles by BM25 over a title and a text column, a word in the title
# weighing five times one in the text (``loci.web.fts``); FTS5's constants.
TITLE_WEIGHT = 5
BM25_K1, BM25_B = 1.2, 0.75
# Link targets and tags leave an article's text before it is indexed (and its marks:
# they are no words anyway); linear, as ``site.articles``'s.
_LINK_OR_TAG = re.compile(r"\]\([^()]*\)|<[^<>]+>")
_MARKS = re.compile(r"[#*_>`\[\]]")


def plain_text(summary: str, body: str) -> str:
    """What the server's index holds as an article's text: its summary and its body,
    Markdown's marks, link targets and tags taken out (each made one space).

    In two passes, which give what one pattern of the three gives (it too takes a
    link's target or a tag before a mark where one starts, and the marks inside go
    with it) in half the time: a set of single characters is scanned for at C speed,
    and most texts have no link or tag for the first pass to look for."""
    if "](" in body or "<" in body:
        body = _LINK_OR_TAG.sub(" ", body)
    return f"{summary} {_MARKS.sub(' ', body)}"


def token_weights(title: str, text: str) -> tuple[dict[str, int], int]:
    """An article's search tokens, each with its weight as the server's BM25 counts it
    (five for each time in the title, one for each in the text), and the article's size
    in the words the server's index counts (every word and Chinese character).

    Tokens never span white space, and folding makes none, so the text is split there
    and each distinct piece is tokenised once; a piece's tokens are remembered, since
    texts share most of their words and a build reads thousands of them."""
    global _PIECES
    known = _PIECES
    if len(known) > PIECES_KEPT:  # afresh, in a new dict: a server thread that is
        known = _PIECES = {}  # still reading the old one keeps it whole
    weights: dict[str, int] = {}
    size = 0
    for part, weight in ((title, TITLE_WEIGHT), (text, 1)):
        for piece, count in Counter(unicodedata.normalize("NFKC", part).split()).items():
            found = known.get(piece)
            if found is None:
                found = known[piece] = _piece_tokens(piece)
            found_tokens, words = found
            size += words * count
            for token in found_tokens:
                weights[token] = weights.get(token, 0) + weight * count
    return weights, size


def bm25(weight: int, size: int, mean_size: float) -> float:
    """FTS5's BM25 of one phrase in one article, less its IDF (the same for every article
    a query finds, so it does not change their order): ``weight`` as ``token_weights``
    counts it, ``size`` the article's words, ``mean_size`` the mean over all articles."""
    return weight * (BM25_K1 + 1) / (
        weight + BM25_K1 * (1 - BM25_B + BM25_B * size / (mean_size or 1)))


PIECES_KEPT = 100_000  # pieces of text whose tokens are remembered, before starting afresh
_PIECES: dict[str, tuple[tuple[str, ...], int]] = {}


def _piece_tokens(piece: str) -> tuple[tuple[str, ...], int]:
    """The tokens of a text without white space (most often a word with punctuation
    around it, which is its own token), and how many words the server's index counts
    in it (each Chinese character one)."""
    if piece.isascii():
        if (word := piece.strip(_PUNCTUATION).lower()).isalpha():
            return ((word,) if len(word) > 1 else ()), 1
        piece = piece.lower()
    else:
        piece = _fold_text(piece)
    words = _TOKEN.findall(piece)
    return (tuple(t for word in words for t in _expand(word)),
            sum(len(w) if _IS_HAN.match(w) else 1 for w in words))


def _words(text: str) -> list[str]:
    return _TOKEN.findall(_fold_text(unicodedata.normalize("NFKC", text)))


def _expand(word: str) -> list[str]:
    """A word's tokens: Chinese runs give each character and each pair; one letter gives none."""
    if _IS_HAN.match(word):
        return [*word, *(word[i:i + 2] for i in range(len(word) - 1))]
    return [word] if len(word) > 1 else []


def shard(token: str) -> str:
    """The file a token's postings live in: its first two letters, or a bucket for Chinese."""
    if _IS_HAN.match(token):
        return f"h{ord(token[0]) % 256:02x}"
    head = token[:2]
    return head if _SHARD_ASCII.fullmatch(head) else "u" + "".join(f"{ord(c):x}" for c in head)


# How places rank, as the server's full-text index ranks them (``loci.web.fts``): by
# tier, then by kind (territories, articles, cities, subdivisions), then population,
# then name.
KIND_RANK = {"country": 0, "territory": 0, "historic": 0, "article": 1, "city": 2}
ARTICLE_RANK = KIND_RANK["article"]
OTHER_RANK = 3  # subdivisions, and any other kind
WEAK_KINDS = frozenset({"alias", "code"})  # GeoNames' alternate names and codes: real, noisy
# Tiers: 0 a name is the query; 1 an alias is, or a name starts with it; 2 an alias starts
# with it (or an article's title has it); 3 it is inside a name (from a later word on),
# or in an article's text.
INSIDE = 3
MAX_QUERY = 200  # characters; a longer query is cut, not refused


def kind_rank(kind: str) -> int:
    """Where a kind of result sits among results of one tier, lower first."""
    return KIND_RANK.get(kind, OTHER_RANK)


class Name(NamedTuple):
    """A name a place is found by, the note shown beside it ("former name"), and whether
    it is weak (an alias or a code: it ranks a tier below a name)."""

    text: str
    note: str = ""
    weak: bool = False


@dataclass(frozen=True, slots=True)
class Doc:
    """One search result: a page with its title and a line saying what it is."""

    url: str
    title: str
    kind: str  # country, territory, historic, city, article
    detail: str  # "City in China", "Article, 14 March 2026"
    names: tuple[Name, ...] = ()  # the names it is found by (Swaziland, former name)
    population: int = 0  # places: ranks places of one tier and kind

    def row(self) -> list[str]:
        return [self.url, self.title, self.kind, self.detail]


@dataclass
class Index:
    """The built index, as the files the static site serves (path -> JSON text)."""

    files: dict[str, str] = field(default_factory=dict)


NAME_SHARD_MAX = 60_000  # bytes: a prefix shard this large is split by a third letter
HITS = 20  # names shown for one query
Entry = tuple[str, int, str, str, int]  # (words, doc, name, note, grade)


def names_index(places: Iterable[Doc]) -> Index:
    """``names.json`` (which shards exist) and the places by name, sharded by each key's
    first letters (``n/<shard>.json``), so that a query fetches one small file.

    Each shard holds its docs' rows and (words, doc, name, note, grade) entries: the
    words of a name as the server's index holds them (``name_words``), with grade 0 for
    a name, 1 for a weak name (an alias, a code), and 3 for its words from each later
    word on ("congo" in "democratic republic of the congo"; for Chinese, from each later
    character). Docs are numbered in the order ties are broken in (kind, population,
    name). A two-letter prefix whose shard would be large is split by the third letter,
    and the answer to that two-letter query is stored whole (``n/<prefix>~.json``).
    """
    docs = sorted(places, key=lambda d: (kind_rank(d.kind), -d.population, d.title))
    entries: dict[str, list[Entry]] = defaultdict(list)
    for i, doc in enumerate(docs):
        for words, (grade, name, note) in _doc_words(doc).items():
            entries[name_shard(words.replace(" ", ""), ())].append(
                (words, i, name, note, grade))
    whole = {name: _shard_json(docs, found) for name, found in entries.items()}
    split = frozenset(s for s, text in whole.items() if len(text) > NAME_SHARD_MAX and len(s) == 2)
    files = {f"n/{name}.json": text for name, text in whole.items() if name not in split}
    for name in sorted(split):
        found = entries[name]
        by_third: dict[str, list[Entry]] = defaultdict(list)
        for entry in found:
            by_third[name_shard(entry[0].replace(" ", ""), split)].append(entry)
        for sub, sub_found in by_third.items():
            files[f"n/{sub}.json"] = _shard_json(docs, sub_found)
        hits = _ranked(Query.of(name), found, HITS)
        files[f"n/{name}~.json"] = _dump({"hits": [[*docs[i].row(), n, note, tier]
                                                   for i, n, note, tier in hits]})
    meta = {"v": INDEX_VERSION, "split": sorted(split),
            "shards": sorted(f.removeprefix("n/").removesuffix(".json") for f in files)}
    return Index({"names.json": _dump(meta), **files})


def name_shard(k: str, split: Container[str]) -> str:
    """The shard a key lives in, and a query is looked up in: its first two letters (three
    where ``split`` says so), or a bucket of Chinese characters (named with a "_", which
    no key has: "h" and two hex digits could be a split prefix's shard, "ha" + "f")."""
    if _IS_HAN.match(k):
        return f"h_{ord(k[0]) % 256:02x}"
    head = shard(k)
    if head in split and len(k) >= 3:
        third = k[2]
        return head + (third if third in _SHARD_LETTERS else f"u{ord(third):x}")
    return head


def name_words(text: str) -> str:
    """A name or a query as the server's index holds it: normalised (``loci.text.normalize``)
    with each Chinese character a word: "St. Kitts" -> "saint kitts", "鞍山市" -> "鞍 山 市"."""
    return han_spaced(normalize(text))


def joined_words(words: str) -> str | None:
    """A name of several words of Latin letters run together, as a weak name: readers type
    "hongkong" and "newyork" (and the server's index holds it too)."""
    joined = words.replace(" ", "")
    return joined if joined != words and _LATIN.fullmatch(joined) else None


def _doc_words(doc: Doc) -> dict[str, tuple[int, str, str]]:
    """The words a doc is found by, each with its best grade and the name (and note) that
    gives it: of names that give one grade, the first listed."""
    found: dict[str, tuple[int, str, str]] = {}
    for name, note, weak in doc.names:
        spaced = name_words(name)
        words = spaced.split()
        graded = [(" ".join(words[start:]), int(weak) if start == 0 else INSIDE)
                  for start in range(len(words))]
        if not weak and (joined := joined_words(spaced)):  # a name, not every alias
            graded.append((joined, 1))
        for k, grade in graded:
            if k not in found or grade < found[k][0]:
                found[k] = (grade, name, note)
    return found


def _shard_json(docs: list[Doc], found: list[Entry]) -> str:
    local: dict[int, int] = {}
    for _, i, _, _, _ in found:
        local.setdefault(i, len(local))
    return _dump({"docs": [[*docs[i].row(), i] for i in local],
                  "names": [[k, local[i], name, note, grade] for k, i, name, note, grade in found]})


@dataclass(frozen=True, slots=True)
class Query:
    """A query as the server's full-text index reads it (``loci.web.fts``): its words
    as a phrase, the last one a prefix when it has two letters or more and is not
    Chinese; and, for a query of Latin letters, its words run together, as a prefix of
    one word ("bai e luo si" finds "baieluosi")."""

    words: str  # "bai e luo si"
    joined: str  # "baieluosi"; "" unless the words are all a-z
    prefix: bool

    @classmethod
    def of(cls, text: str) -> Query:
        words = name_words(text[:MAX_QUERY])
        joined = words.replace(" ", "")
        last = words.rsplit(" ", 1)[-1]
        return cls(words, joined if _LATIN.fullmatch(joined) else "",
                   len(last) >= 2 and not has_han(last))

    def finds(self, words: str) -> bool:
        """Whether the server's index matches a name's words from their first on."""
        if self.joined and words.startswith(self.joined):
            return True
        if self.prefix:
            return words.startswith(self.words)
        return words == self.words or words.startswith(self.words + " ")

    def tier(self, words: str, grade: int) -> int | None:
        """The server's tier of a name's words (grade 0, or 1 for a weak name) or of its
        words from a later one on (grade 3), if the query finds them."""
        if not self.finds(words):
            return None
        if grade >= INSIDE:
            return INSIDE
        return grade if words in (self.words, self.joined) else grade + 1


def _ranked(q: Query, entries: Iterable[Entry], limit: int) -> list[tuple[int, str, str, int]]:
    """(doc, name, note, tier) of the best docs for a query: by tier, then in doc order
    (kind, population, name)."""
    best: dict[int, tuple[int, str, str]] = {}
    for k, doc, name, note, grade in entries:
        tier = q.tier(k, grade)
        if tier is not None and (doc not in best or tier < best[doc][0]):
            best[doc] = (tier, name, note)
    ranked = sorted(best.items(), key=lambda item: (item[1][0], item[0]))[:limit]
    return [(doc, name, note, tier) for doc, (tier, name, note) in ranked]


def articles_index(articles: Iterable[tuple[Doc, str, int]]) -> Index:
    """``articles.json`` (each doc's row with its size in words, and the list of shards)
    and one file per shard: each token's postings as doc, weight, doc, weight, ...

    ``articles`` are (doc, its tokens with their weights as ``"steel:6 city:1"``, its
    size), as ``token_weights`` counts them."""
    article_docs: list[list[object]] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for i, (doc, weighted, size) in enumerate(articles):
        article_docs.append([*doc.row(), size])
        for item in weighted.split():
            token, _, weight = item.rpartition(":")
            postings[token] += (i, int(weight))
    shards: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for token, docs in postings.items():
        shards[shard(token)][token] = docs
    index = Index({"articles.json": articles_listing(article_docs, sorted(shards))})
    for name, shard_postings in shards.items():
        index.files[f"t/{name}.json"] = _dump(shard_postings)
    return index


def articles_listing(docs: list[list[object]], shards: list[str]) -> str:
    """``articles.json``: every article's row and size, and the shards there are."""
    return _dump({"v": INDEX_VERSION, "docs": docs, "shards": shards})


def patch_shard(text: str, drop: Iterable[tuple[str, int]],
                add: Iterable[tuple[str, int, int]]) -> str | None:
    """A shard's text with (token, doc) postings dropped and (token, doc, weight) ones
    added: the same text ``articles_index`` would write for the changed articles, without
    reading the others. None when no token is left (the shard goes).

    Raises ValueError when the shard does not hold what is dropped, or already holds
    what is added: the caller rebuilds the whole index then.
    """
    postings: dict[str, list[int]] = orjson.loads(text)
    # each changed token's postings as doc -> weight, written back once: an edit to every
    # article changes one token ("edited") in each, and a list patched in place took
    # the square of its length
    changed: dict[str, dict[int, int]] = {}

    def weights(token: str) -> dict[int, int]:
        if token not in changed:
            pairs = postings.get(token, [])
            changed[token] = dict(zip(pairs[::2], pairs[1::2], strict=True))
        return changed[token]

    for token, doc in drop:
        if weights(token).pop(doc, None) is None:
            raise ValueError(f"shard lacks {token!r} in doc {doc}")
    for token, doc, weight in add:
        if doc in weights(token):
            raise ValueError(f"shard already has {token!r} in doc {doc}")
        changed[token][doc] = weight
    for token, by_doc in changed.items():
        if by_doc:
            postings[token] = [n for doc in sorted(by_doc) for n in (doc, by_doc[doc])]
        else:
            postings.pop(token, None)
    if not postings:
        return None
    # articles_index meets tokens doc by doc, each doc's in sorted order.
    return _dump(dict(sorted(postings.items(), key=lambda item: (item[1][0], item[0]))))


def _dump(data: object) -> str:
    """Compact JSON, as ``json.dumps(data, ensure_ascii=False, separators=(",", ":"))``
    writes it (by orjson: a large site's shards are tens of megabytes)."""
    return orjson.dumps(data).decode()


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result: the doc's row, the name it matched by (if not its title), and
    its tier."""

    url: str
    title: str
    kind: str
    detail: str
    matched: str
    note: str
    tier: int = INSIDE


# The static index's files by name ("names.json", "n/an.json", ...), as text or as bytes.
Files = Mapping[str, str | bytes]


def search(files: Files, query: str, limit: int = HITS) -> list[Hit]:
    """Places by name and articles by text, in the server's order (``SearchIndex.search``):
    by tier, then kind, then population: what ``search.js`` shows for a query."""
    hits = search_names(files, query, limit) + search_articles(files, query, limit)
    hits.sort(key=lambda h: (h.tier, kind_rank(h.kind)))  # each already in its order
    return hits[:limit]


def search_names(files: Files, query: str, limit: int = HITS) -> list[Hit]:
    """Places whose names the query finds, by tier, then kind, population and name, from
    the one shard the query needs.

    They are the places the server's index finds for the names this index holds, in
    its order, with two differences: nothing for a query of one letter (the server
    finds names with that word; here every shard of names that begin with it would
    have to be read); and a query of two one-letter words ("b a") is answered as "ba"
    where that prefix is split. Both fold names and queries with ``loci.text.fold``, so
    a letter it keeps (ø, ł) is kept by both.
    """
    q = Query.of(query)
    compact = q.words.replace(" ", "")
    if len(compact) < 2 and not _IS_HAN.match(compact):
        return []
    meta = orjson.loads(files["names.json"])
    split = frozenset(meta["split"])
    if compact in split:  # a two-letter query of a split prefix: its answer is stored whole
        stored = orjson.loads(files[f"n/{compact}~.json"])["hits"]
        return [_hit(row[:4], row[4], row[5], row[6]) for row in stored[:limit]]
    name = f"n/{name_shard(compact, split)}.json"
    if name not in files:
        return []
    found = orjson.loads(files[name])
    rows = found["docs"]
    entries = [(k, rows[d][4], n, note, g) for k, d, n, note, g in found["names"]]
    by_doc = {row[4]: row[:4] for row in rows}
    return [_hit(by_doc[doc], n, note, tier) for doc, n, note, tier in _ranked(q, entries, limit)]


def _hit(row: list[object], matched: str, note: str, tier: int) -> Hit:
    url, title, kind, detail = map(str, row)
    return Hit(url, title, kind, detail, matched, note, tier)


def search_articles(files: Files, query: str, limit: int) -> list[Hit]:
    """Articles containing every query word (a word matches words it starts), in the
    server's order: the best ``limit`` by BM25, then those whose title has the query first
    (tier 2, as on the server), the rest after (tier 3).

    The server finds the query as a phrase; here an article needs all its words, and a
    phrase's weight in it is taken as its rarest word's (the same for a single word, and
    for words that only come together, as a name's do). Articles of one score come in
    the index's order, newest first.
    """
    query = query[:MAX_QUERY]
    q = Query.of(query)
    meta = orjson.loads(files["articles.json"])
    docs = meta["docs"]
    found: dict[int, int] | None = None  # doc -> the phrase's weight in it
    for token in dict.fromkeys(tokens(query)):
        name = f"t/{shard(token)}.json"
        postings = orjson.loads(files[name]) if name in files else {}
        weights: dict[int, int] = defaultdict(int)
        for word, pairs in postings.items():
            if word.startswith(token):
                for at in range(0, len(pairs), 2):
                    weights[pairs[at]] += pairs[at + 1]
        found = dict(weights) if found is None else {
            d: min(w, weights[d]) for d, w in found.items() if d in weights}
    if not found:
        return []
    mean = sum(row[4] for row in docs) / len(docs)
    best = sorted(found, key=lambda d: (-bm25(found[d], docs[d][4], mean), d))[:limit]
    hits = [_hit(docs[d][:4], "", "", 2 if q.words in name_words(docs[d][1]) else INSIDE)
            for d in best]
    hits.sort(key=lambda h: h.tier)  # stable: by score within a tier
    return hits
