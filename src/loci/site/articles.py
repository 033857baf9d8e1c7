"""Articles as the site sees them: metadata, the places they mention, their page body.

``ArticleMeta`` is plain data, cached between builds; the page body is
rendered only when the article's page is.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Iterable
from typing import NamedTuple

from loci.articles.files import Problem, problem, read_file
from loci.check.knowledge import Knowledge
from loci.check.mentions import mention_spans
from loci.errors import InputError
from loci.kb import TERRITORY_KINDS
from loci.places import Match, Resolver
from loci.search import plain_text, token_weights
from loci.site.content import ContentError, Source, read_source
from loci.site.markup import han_runs
from loci.site.output import digest

_BIG_CITY = 1_000_000  # a city this large is linked even when its country is not mentioned


class ArticleMeta(NamedTuple):
    """What every page needs to know about an article (cached between builds).

    A named tuple: a rebuild makes one for every article from the manifest's rows,
    and a tuple is made several times faster than a frozen dataclass.
    """

    slug: str
    file: str
    digest: str
    title: str
    date: str  # ISO date
    summary: str
    tags: tuple[str, ...]
    lang: str
    author: str
    places: tuple[str, ...]  # place ids: front matter first, then in order of mention
    surfaces: tuple[tuple[str, str], ...]  # (text as written, place id), for links
    tokens: str  # search tokens with their BM25 weights, A–Z: "city:1 steel:6"
    size: int  # words, as the server's full-text index counts them (BM25's length)
    listed: str  # hash of what lists of articles show: slug, title, date, summary, tags

    def packed(self) -> bytes:
        """The fields, marshalled: what the manifest keeps for the article. Kept as bytes
        there, the metadata of unchanged articles is copied, not encoded again, each
        time a build writes the manifest."""
        return marshal.dumps(tuple(self))

    @classmethod
    def unpacked(cls, packed: bytes) -> ArticleMeta:
        """The metadata ``packed`` gave; the same object again for the same bytes while
        they are among the last build's (a process that builds again makes none anew)."""
        meta = _UNPACKED.get(packed)
        if meta is None:
            meta = _UNPACKED[packed] = cls(*marshal.loads(packed))
        return meta


_UNPACKED: dict[bytes, ArticleMeta] = {}


def listed(articles: Iterable[ArticleMeta]) -> str:
    """What a list of articles shows of them, as one string: the dependency of a page
    that lists them (joined: the repr of thousands of hashes cost several times more)."""
    return "\n".join(a.listed for a in articles)


def forget_unpacked(keep: Iterable[bytes]) -> None:
    """Drop the unpacked metadata of articles no longer in the cache."""
    kept = {packed: _UNPACKED[packed] for packed in keep if packed in _UNPACKED}
    _UNPACKED.clear()
    _UNPACKED.update(kept)


def read_meta(path: str, resolver: Resolver, know: Knowledge,
              root: str | None = None) -> tuple[ArticleMeta, str]:
    """Read and analyse one article: its metadata and its Markdown text.

    ``root``: the resolved content folder, out of which nothing is read. Raises
    ContentError with every problem found.
    """
    try:
        raw = read_file(path, root)
    except InputError as exc:
        raise ContentError([problem(path, exc)]) from None
    source = read_source(path, raw)
    meta = source.article.meta
    declared = _declared(source, resolver)
    mentioned = mentions(source.body, know, {m.place.id for m in declared.values()})
    surfaces: dict[str, str] = {}
    for surface, match in [*declared.items(), *mentioned]:
        surfaces.setdefault(match.place.id, surface)
    summary = (meta.summary or "").strip() or _first_sentence(source.body)
    date = source.date.isoformat()
    weights, size = token_weights(source.title, plain_text(summary, source.body))
    tags = tuple(dict.fromkeys(t.strip().lower() for t in meta.tags if t.strip()))
    return ArticleMeta(
        source.slug, path, digest(raw), source.title, date, summary, tags,
        meta.lang or "en", str(meta.extra.get("author") or ""), tuple(surfaces),
        tuple((s, p) for p, s in surfaces.items()),
        " ".join(f"{t}:{w}" for t, w in sorted(weights.items())), size,
        digest(repr((source.slug, source.title, date, summary, tags)).encode())), source.body


def _declared(source: Source, resolver: Resolver) -> dict[str, Match]:
    found: dict[str, Match] = {}
    problems = []
    for name in source.article.meta.places:
        match = resolver.best(name)
        if match is None:
            problems.append(Problem(source.article.path, source.line_of(name),
                                    f"no place matches {name!r} in 'places': check the "
                                    "spelling with `loci places NAME`"))
        else:
            found[name] = match
    if problems:
        raise ContentError(problems)
    return found


def mentions(text: str, know: Knowledge, known: set[str]) -> list[tuple[str, Match]]:
    """Places a text names, as (text as written, match), in order of first mention.

    Names are found as the checker finds them (exact names only), plus runs of
    Chinese characters. A city counts when its country is among the text's
    territories (or ``known``), or when it is large enough that its name is
    unlikely to mean anything else.
    """
    hits = [(start, name, match) for start, _, name, match in mention_spans(know, text)]
    for run in han_runs(text):
        if exact := know.exact(run.group(0)):
            hits.append((run.start(), run.group(0), exact[0]))
    hits.sort(key=lambda h: h[0])
    known |= {m.place.id for _, _, m in hits if m.place.kind in TERRITORY_KINDS}
    found: list[tuple[str, Match]] = []
    seen: set[str] = set()
    for _, surface, match in hits:
        place = match.place
        if place.kind == "city" and place.country not in known and (
                place.population or 0) < _BIG_CITY:
            continue
        if place.kind in (*TERRITORY_KINDS, "city") and place.id not in seen:
            seen.add(place.id)
            found.append((surface, match))
    return found


# Tags, emphasis, link targets; neither a tag nor a target holds its own opener, so one
# that is never closed is given up at the next opener, not at the end of the body.
_MARKUP = re.compile(r"<[^<>]*>|[#*_>`\[\]]|\([a-z]+:[^()]*\)")
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s")
_SUMMARY = 240  # characters at most in a summary made from the first sentence
_HEAD = 320  # characters: where a first sentence is looked for first


def _first_sentence(body: str) -> str:
    """The body's first sentence, markup removed (at most 240 characters).

    Only the body's head is cleaned when that gives the same answer: when no
    tag or link target is cut open at its end (every match that starts in the
    head then ends there too), and either the sentence ends within it or the
    head's text alone fills the 240 characters.
    """
    head = body[:_HEAD]
    if len(head) < len(body) and head.rfind("<") <= head.rfind(">") and (
            head.rfind("(") <= head.rfind(")")):
        text = _MARKUP.sub("", head).lstrip()
        parts = _SENTENCE_END.split(text, maxsplit=1)
        if len(parts) == 2 and parts[0]:
            return parts[0][:_SUMMARY]
        if len(text) >= _SUMMARY:
            return text[:_SUMMARY]
    return _SENTENCE_END.split(_MARKUP.sub("", body).strip(), maxsplit=1)[0][:_SUMMARY]
