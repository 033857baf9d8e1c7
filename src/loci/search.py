"""Search over places and articles: one index, built once, read by the static site's
script and by the server alike.

Names are matched on a compact key: accents, case, spaces and punctuation
dropped, so "Bái'éluósī", "bai eluosi" and "baieluosi" meet, and Chinese
characters stay as they are. Article text is an inverted index of words (and,
for Chinese, single characters and pairs), split into shards by each word's
first letters, so a browser fetches only the shards a query needs (as Pagefind
does). ``static/search.js`` implements the same matching as ``search`` here.
"""

from __future__ import annotations

import bisect
import re
import string
import unicodedata
from collections import defaultdict
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from functools import cache

import orjson

from loci.text import HAN, fold

INDEX_VERSION = 1
_NON_KEY = re.compile(r"[\W_]+")
_TOKEN = re.compile(rf"[{HAN}]+|[^\W\d_{HAN}][^\W_{HAN}]*|\d+")
_IS_HAN = re.compile(f"[{HAN}]")
_PUNCTUATION = string.punctuation
_SHARD_ASCII = re.compile(r"[a-z0-9]{2}")
_SHARD_LETTERS = frozenset(string.ascii_lowercase + string.digits)
_WORD_BREAK = re.compile(r"[^\w]+|_")


def key(text: str) -> str:
    """The compact form names are compared in: "Côte d’Ivoire" -> "cotedivoire"."""
    return _NON_KEY.sub("", fold(unicodedata.normalize("NFKC", text)))


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


def token_set(text: str) -> set[str]:
    """``set(tokens(text))``, faster. Tokens never span white space, and folding makes
    none, so the text is split there first and each distinct piece is tokenised on
    its own; a piece's tokens are remembered, since texts share most of their words
    and a build reads thousands of them."""
    global _PIECES
    pieces = set(unicodedata.normalize("NFKC", text).split())
    known = _PIECES
    if len(known) > PIECES_KEPT:  # afresh, in a new dict: a server thread that is
        known = _PIECES = {}  # still reading the old one keeps it whole
    for piece in pieces.difference(known):  # looks each piece up in the dict
        known[piece] = _piece_tokens(piece)
    return set().union(*map(known.__getitem__, pieces))


PIECES_KEPT = 100_000  # pieces of text whose tokens are remembered, before starting afresh
_PIECES: dict[str, tuple[str, ...]] = {}


def _piece_tokens(piece: str) -> tuple[str, ...]:
    """The tokens of a text without white space: most often a word with punctuation
    around it, which is its own token."""
    if piece.isascii():
        if (word := piece.strip(_PUNCTUATION).lower()).isalpha():
            return (word,) if len(word) > 1 else ()
        piece = piece.lower()
    else:
        piece = _fold_text(piece)
    return tuple(t for word in _TOKEN.findall(piece) for t in _expand(word))


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


@dataclass(frozen=True, slots=True)
class Doc:
    """One search result: a page with its title and a line saying what it is."""

    url: str
    title: str
    kind: str  # country, territory, historic, city, article
    detail: str  # "City in China", "Article, 14 March 2026"
    names: tuple[tuple[str, str], ...] = ()  # (name, note) it is found by ("Swaziland", "former")

    def row(self) -> list[str]:
        return [self.url, self.title, self.kind, self.detail]


@dataclass
class Index:
    """The built index, as the files the static site serves (path -> JSON text)."""

    files: dict[str, str] = field(default_factory=dict)


def build_index(places: Iterable[Doc], articles: Iterable[tuple[Doc, str]]) -> Index:
    """Index place docs (found by their names) and articles (by their text tokens)."""
    return Index({**names_index(places).files, **articles_index(articles).files})


NAME_SHARD_MAX = 60_000  # bytes: a prefix shard this large is split by a third letter
HITS = 20  # names shown for one query


def names_index(places: Iterable[Doc]) -> Index:
    """``names.json`` (which shards exist) and the places by name, sharded by each key's
    first letters (``n/<shard>.json``), so that a query fetches one small file.

    Each shard holds its docs' rows and (key, doc, name, note, grade) entries: grade 0
    for a name's whole key, 2 for the key from each later word on ("congo" in the
    Democratic Republic of the Congo) or, for Chinese, from each later character. A
    two-letter prefix whose shard would be large is split by the third letter, and the
    answer to that two-letter query is stored whole (``n/<prefix>~.json``).
    """
    docs = list(places)
    entries: dict[str, list[tuple[str, int, str, str, int]]] = defaultdict(list)
    for i, doc in enumerate(docs):
        seen: set[tuple[str, int]] = set()
        for name, note in doc.names:
            for k, grade in _name_keys(name):
                if k and (k, grade) not in seen:
                    seen.add((k, grade))
                    entries[name_shard(k, frozenset())].append((k, i, name, note, grade))
    whole = {name: _shard_json(docs, found) for name, found in entries.items()}
    split = frozenset(s for s, text in whole.items() if len(text) > NAME_SHARD_MAX and len(s) == 2)
    files = {f"n/{name}.json": text for name, text in whole.items() if name not in split}
    for name in sorted(split):
        found = entries[name]
        by_third: dict[str, list[tuple[str, int, str, str, int]]] = defaultdict(list)
        for entry in found:
            by_third[name_shard(entry[0], split)].append(entry)
        for sub, sub_found in by_third.items():
            files[f"n/{sub}.json"] = _shard_json(docs, sub_found)
        hits = _ranked(name, found, HITS)
        files[f"n/{name}~.json"] = _dump({"hits": [[*docs[i].row(), n, note]
                                                   for i, n, note in hits]})
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


def _name_keys(name: str) -> list[tuple[str, int]]:
    """A name's whole key (grade 0) and its keys from each later word or Chinese character."""
    whole = key(name)
    if _IS_HAN.match(whole):
        return [(whole, 0), *((whole[i:], 2) for i in range(1, len(whole)))]
    words = [w for w in (key(part) for part in _WORD_BREAK.split(name)) if w]
    return [(whole, 0), *(("".join(words[i:]), 2) for i in range(1, len(words)))]


def _shard_json(docs: list[Doc], found: list[tuple[str, int, str, str, int]]) -> str:
    local: dict[int, int] = {}
    for _, i, _, _, _ in found:
        local.setdefault(i, len(local))
    return _dump({"docs": [[*docs[i].row(), i] for i in local],
                  "names": [[k, local[i], name, note, grade] for k, i, name, note, grade in found]})


def _ranked(q: str, entries: Iterable[tuple[str, int, str, str, int]],
            limit: int) -> list[tuple[int, str, str]]:
    """(doc, name, note) of the best docs for a query key: exact keys, then prefixes, then
    later words' prefixes; ties in doc order (territories A–Z, then cities largest first)."""
    best: dict[int, tuple[int, str, str]] = {}
    for k, doc, name, note, base in entries:
        grade = (0 if k == q else 1) if base == 0 else 2
        if k.startswith(q) and (doc not in best or grade < best[doc][0]):
            best[doc] = (grade, name, note)
    ranked = sorted(best.items(), key=lambda item: (item[1][0], item[0]))[:limit]
    return [(doc, name, note) for doc, (_, name, note) in ranked]


def articles_index(articles: Iterable[tuple[Doc, str]]) -> Index:
    """``articles.json`` (the docs and the list of shards) and one file per shard."""
    article_docs: list[list[str]] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for i, (doc, words) in enumerate(articles):
        article_docs.append(doc.row())
        for token in words.split():
            postings[token].append(i)
    shards: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for token, docs in postings.items():
        shards[shard(token)][token] = docs
    index = Index({"articles.json": _dump({"v": INDEX_VERSION, "docs": article_docs,
                                           "shards": sorted(shards)})})
    for name, shard_postings in shards.items():
        index.files[f"t/{name}.json"] = _dump(shard_postings)
    return index


def patch_shard(text: str, drop: Iterable[tuple[str, int]],
                add: Iterable[tuple[str, int]]) -> str | None:
    """A shard's text with (token, doc) postings dropped and added: the same text
    ``articles_index`` would write for the changed articles, without reading the others.
    None when no token is left (the shard goes).

    Raises ValueError when the shard does not hold what is dropped, or already holds
    what is added: the caller rebuilds the whole index then.
    """
    postings: dict[str, list[int]] = orjson.loads(text)
    for token, doc in drop:
        docs = postings.get(token, [])
        at = bisect.bisect_left(docs, doc)  # postings are sorted: found without a scan
        if at == len(docs) or docs[at] != doc:
            raise ValueError(f"shard lacks {token!r} in doc {doc}")
        del docs[at]
        if not docs:
            del postings[token]
    for token, doc in add:
        docs = postings.setdefault(token, [])
        at = bisect.bisect_left(docs, doc)
        if at < len(docs) and docs[at] == doc:
            raise ValueError(f"shard already has {token!r} in doc {doc}")
        docs.insert(at, doc)
    if not postings:
        return None
    # articles_index meets tokens doc by doc, each doc's in sorted order.
    return _dump(dict(sorted(postings.items(), key=lambda item: (item[1][0], item[0]))))


def patch_shard_list(text: str, added: Iterable[str], removed: Iterable[str]) -> str:
    """``articles.json`` with shards added to and removed from its list."""
    meta = orjson.loads(text)
    meta["shards"] = sorted((set(meta["shards"]) | set(added)) - set(removed))
    return _dump(meta)


def _dump(data: object) -> str:
    """Compact JSON, as ``json.dumps(data, ensure_ascii=False, separators=(",", ":"))``
    writes it (by orjson: a large site's shards are tens of megabytes)."""
    return orjson.dumps(data).decode()


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result: the doc's row and the name it matched by, if not its title."""

    url: str
    title: str
    kind: str
    detail: str
    matched: str
    note: str


def search(files: dict[str, str], query: str, limit: int = HITS) -> list[Hit]:
    """Places by name, then articles by text: what ``search.js`` shows for a query.
    ``files``: the index's files by name ("names.json", "n/an.json", ...)."""
    return search_names(files, query, limit) + search_articles(files, query, limit)


def search_names(files: dict[str, str], query: str, limit: int = HITS) -> list[Hit]:
    """Exact keys, then prefixes, then later words' prefixes, from the one shard the query
    needs (nothing for a query of one letter: every name would match)."""
    q = key(query)
    if len(q) < 2 and not _IS_HAN.match(q):
        return []
    meta = orjson.loads(files["names.json"])
    split = frozenset(meta["split"])
    if q in split:  # a two-letter query of a split prefix: its answer is stored whole
        stored = orjson.loads(files[f"n/{q}~.json"])["hits"]
        return [Hit(*map(str, row)) for row in stored[:limit]]
    name = f"n/{name_shard(q, split)}.json"
    if name not in files:
        return []
    found = orjson.loads(files[name])
    rows = found["docs"]
    entries = [(k, rows[d][4], n, note, g) for k, d, n, note, g in found["names"]]
    by_doc = {row[4]: row[:4] for row in rows}
    return [_hit(by_doc[doc], n, note) for doc, n, note in _ranked(q, entries, limit)]


def _hit(row: list[object], matched: str, note: str) -> Hit:
    url, title, kind, detail = map(str, row)
    return Hit(url, title, kind, detail, matched, note)


def search_articles(files: dict[str, str], query: str, limit: int) -> list[Hit]:
    """Articles containing every query word (a word matches words it starts)."""
    meta = orjson.loads(files["articles.json"])
    found: set[int] | None = None
    for token in dict.fromkeys(tokens(query)):
        name = f"t/{shard(token)}.json"
        postings = orjson.loads(files[name]) if name in files else {}
        docs = {d for t, ds in postings.items() if t.startswith(token) for d in ds}
        found = docs if found is None else found & docs
    ordered = sorted(found or (), key=lambda d: (meta["docs"][d][3], d), reverse=True)
    return [_hit(meta["docs"][d], "", "") for d in ordered[:limit]]
