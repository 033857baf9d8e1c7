"""Score the checker on the annotated corpus (tests/corpus): precision and recall per category.

``claims.toml`` lists, per article, the false claims (``wrong``) and the true
ones (``right``) as [category, quote] pairs; each quote occurs once in its
article. A false claim is found when a finding of its category overlaps the
quote. A finding that overlaps a true claim of its category, or no annotated
claim of its category at all, is a false alarm.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from loci.articles import LineIndex, read_article
from loci.check import Finding, check_article, registry
from loci.check.knowledge import Knowledge

CORPUS = Path(__file__).parent / "corpus"


@dataclass
class Score:
    claims: int = 0
    false_claims: int = 0
    tp: int = 0
    fp: int = 0

    @property
    def fn(self) -> int:
        return self.false_claims - self.tp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.false_claims if self.false_claims else 1.0


@dataclass(frozen=True)
class Claim:
    file: str
    category: str
    quote: str
    true: bool
    start: int
    end: int


def load_claims() -> list[Claim]:
    data = tomllib.loads((CORPUS / "claims.toml").read_text(encoding="utf-8"))
    claims = []
    for file, entry in data.items():
        text = read_article(CORPUS / file).text
        for key, truth in (("wrong", False), ("right", True)):
            for category, quote in entry.get(key, []):
                start = text.find(quote)
                if start < 0 or text.find(quote, start + 1) >= 0:
                    raise ValueError(f"{file}: quote {quote!r} must occur exactly once")
                claims.append(Claim(file, category, quote, truth, start, start + len(quote)))
    return claims


def corpus_findings(know: Knowledge) -> dict[str, list[tuple[Finding, int, int]]]:
    """Each article's decided findings with their offsets."""
    out = {}
    for path in sorted(CORPUS.glob("*.md")):
        article = read_article(path)
        lines = LineIndex(article.text)
        findings = [f for f in check_article(article, know, list(registry())) if f.decided]
        out[path.name] = [(f, lines.line_start(f.line) + f.column - 1,
                           lines.line_start(f.end_line) + f.end_column - 1) for f in findings]
    return out


def score_corpus(know: Knowledge) -> dict[str, Score]:
    claims = load_claims()
    scores: dict[str, Score] = {}
    found = corpus_findings(know)
    for claim in claims:
        score = scores.setdefault(claim.category, Score())
        score.claims += 1
        score.false_claims += not claim.true
        hits = [f for f, s, e in found.get(claim.file, []) if f.category == claim.category
                and s < claim.end and e > claim.start]
        score.tp += bool(hits) and not claim.true
    for file, findings in found.items():
        for f, s, e in findings:
            on = [c for c in claims if c.file == file and c.category == f.category
                  and s < c.end and e > c.start]
            if not on or all(c.true for c in on):
                scores.setdefault(f.category, Score()).fp += 1
    total = Score()
    for s in scores.values():
        total.claims += s.claims
        total.false_claims += s.false_claims
        total.tp += s.tp
        total.fp += s.fp
    return {**scores, "overall": total}


def misses(know: Knowledge) -> list[str]:
    """What the checker got wrong on the corpus, for a readable test failure."""
    claims = load_claims()
    found = corpus_findings(know)
    out = []
    for c in claims:
        hit = any(f.category == c.category and s < c.end and e > c.start
                  for f, s, e in found.get(c.file, []))
        if hit == c.true:
            out.append(f"{c.file}: {'false alarm on' if c.true else 'missed'} "
                       f"[{c.category}] {c.quote!r}")
    for file, findings in found.items():
        for f, s, e in findings:
            if not any(c.file == file and c.category == f.category and s < c.end and e > c.start
                       for c in claims):
                out.append(f"{file}:{f.line}:{f.column}: unannotated {f.rule} {f.message}")
    return out
