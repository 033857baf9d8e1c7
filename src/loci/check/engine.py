"""Check articles: read each, run the enabled rules, turn their hits into findings.

Like flake8's application: initialise (configuration, rules, knowledge), run
the checks, report. Deciding what to report (select, ignore, inline
suppression, severity overrides) happens here, apart from detection.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from loci.articles import MARKDOWN_SUFFIXES, TEXT_SUFFIXES, Article, read_article, read_bytes
from loci.articles.files import Problem, problem, read_capped
from loci.check.claims import reported
from loci.check.config import Config, silenced, suppressions
from loci.check.document import Document
from loci.check.findings import Finding, Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import Rule
from loci.errors import InputError
from loci.kb import KB

STDIN = "-"
MAX_LINE = 100_000  # characters: a paragraph on one line is a few thousand
SUFFIXES = (*MARKDOWN_SUFFIXES, *TEXT_SUFFIXES)


@dataclass
class Result:
    """Everything one run found."""

    files: int = 0
    findings: list[Finding] = field(default_factory=list)
    undecided: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # files and folders not checked

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


def discover(paths: Iterable[str], problems: list[Problem]) -> Iterator[tuple[str, str | None]]:
    """Files to check, each with the folder it was found in (None when named as it is).

    Files are taken as given, folders walked for Markdown and text, "-" is stdin.
    A path that does not exist, or a folder that cannot be read, is added to
    ``problems`` and the others are still checked.
    """
    for raw in paths:
        if raw == STDIN:
            yield STDIN, None
        elif os.path.isdir(raw):
            yield from _walk(raw, problems)
        elif os.path.lexists(raw):  # reading it says what is wrong: a dangling link, a pipe
            yield raw, None
        else:
            problems.append(Problem(raw, 0, "no such file or folder"))


def _walk(folder: str, problems: list[Problem]) -> Iterator[tuple[str, str]]:
    """Files under a folder; links out of it are refused when read, linked folders not
    entered, unreadable folders reported."""
    root = os.path.realpath(folder)

    def unreadable(exc: OSError) -> None:
        where = str(exc.filename) if exc.filename else folder
        problems.append(Problem(where, 0, f"cannot read this folder: {exc.strerror or exc}; "
                                "its articles were not checked: make it readable, or move "
                                "it out of the folder checked"))

    for top, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")) and d != "node_modules")
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                yield str(Path(top) / name), root


def load(name: str, root: str | None = None) -> Article:
    """Read one article ("-": standard input); ``root``: the folder it was found in."""
    article = read_bytes(read_capped(sys.stdin.buffer, "<stdin>"), "<stdin>") \
        if name == STDIN else read_article(Path(name), root)
    check_lines(article)
    return article


def check_lines(article: Article) -> None:
    """Refuse an article with a line of over ``MAX_LINE`` characters: not prose."""
    offset = long_line(article.text)
    if offset is not None:
        line = article.text.count("\n", 0, offset) + 1
        raise InputError(f"{article.path}:{line}: a line of over {MAX_LINE:,} characters is not "
                         "prose (a minified or generated file?): wrap it, or check the source")


def long_line(text: str) -> int | None:
    """Where the first line of over ``MAX_LINE`` characters starts (lines end at \\r or \\n).

    Linear: the lengths of the lines split at \\n are taken in C, and only a piece
    over the limit is looked at again. (A pattern for a run of MAX_LINE + 1
    characters is tried from every character: 37 s on 15 MB of prose.)
    """
    if len(text) <= MAX_LINE or max(map(len, text.split("\n"))) <= MAX_LINE:
        return None
    offset = 0
    for piece in text.split("\n"):
        if len(piece) > MAX_LINE:
            inner = 0
            for part in piece.split("\r"):
                if len(part) > MAX_LINE:
                    return offset + inner
                inner += len(part) + 1
        offset += len(piece) + 1
    return None


def check_paths(kb: KB, paths: Iterable[str], config: Config) -> Result:
    """Check every article the paths name; those that cannot be read become problems."""
    know = Knowledge(kb)
    rules = config.rules()
    result = Result()
    with long_lived() as settle:
        for name, root in discover(paths, result.problems):
            try:
                article = load(name, root)
            except InputError as exc:
                result.problems.append(problem("<stdin>" if name == STDIN else name, exc))
                continue
            findings = check_article(article, know, rules, config)
            if not result.files:
                settle()  # the first article loaded the word lists every rule reads
            result.files += 1
            result.findings.extend(f for f in findings if f.decided)
            result.undecided.extend(f for f in findings if not f.decided)
    return result


@contextmanager
def long_lived() -> Iterator[Callable[[], None]]:
    """A block in which calling the function it gives moves everything made so far out of
    the cycle collector's sight, until the block ends.

    The checker's word lists, city names and the KB's vocabularies are about 285,000
    containers that live as long as the process; a full collection walks them all
    (40-50 ms, a tenth of checking half a megabyte of prose), for nothing. A caller
    that froze its own heap before (a site build) keeps it frozen: nothing is done.
    """
    frozen = False
    ours = gc.get_freeze_count() == 0

    def settle() -> None:
        nonlocal frozen
        if ours and not frozen:
            gc.freeze()
            frozen = True

    try:
        yield settle
    finally:
        if frozen:
            gc.unfreeze()


def check_article(article: Article, know: Knowledge, rules: list[Rule],
                  config: Config | None = None) -> list[Finding]:
    """The findings (and undecided claims) of one article, in reading order."""
    config = config or Config()
    doc = Document(article)
    silence = suppressions(article.text)
    seen: set[tuple[str, int, int]] = set()
    out: list[Finding] = []
    for rule in rules:
        for hit in rule.check(doc, know):
            finding = _finding(doc, rule, hit, config)
            key = (rule.code, hit.start, hit.end)
            if key in seen or silenced(silence.get(finding.line), rule):
                continue
            seen.add(key)
            out.append(finding)
    return sorted(out, key=lambda f: (f.line, f.column, f.rule))


def _finding(doc: Document, rule: Rule, hit: Hit, config: Config) -> Finding:
    line, column = doc.lines.position(hit.start)
    end_line, end_column = doc.lines.position(max(hit.end, hit.start + 1))
    severity = config.severity_of(rule, hit.severity or rule.severity) if hit.decided \
        else "unverifiable"
    message = hit.message
    if hit.decided and reported(doc, hit.start, rule.category):  # the text says it is wrong
        severity, message = "info", f"the text corrects this belief, rightly: {message}"
    return Finding(doc.article.path, line, column, end_line, end_column, rule.code,
                   rule.category, severity, message, hit.suggestion, hit.evidence,
                   hit.decided)
