"""What the checker reports: immutable records, decided apart from what gets shown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from loci.kb import SourceRef

SEVERITIES = ("error", "warning", "info")
CATEGORIES = (
    "romanization", "place-name", "outdated-name", "capital", "heritage", "religion",
    "language", "distance", "national-day", "currency", "symbol", "unsourced-statistic",
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """The fact a finding rests on, in words, and where it comes from."""

    fact: str
    source: SourceRef | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"fact": self.fact, "source": self.source.as_dict() if self.source else None}


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule found, as offsets into the article's text.

    ``decided`` is False for a claim the KB cannot settle (a place it does not
    know, a field it lacks): shown with ``--verbose``, never an error.
    ``severity`` overrides the rule's default for this one hit.
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    evidence: Evidence | None = None
    severity: str | None = None
    decided: bool = True


@dataclass(frozen=True, slots=True)
class Finding:
    """One reported problem (or, with ``decided`` False, one claim that could not be checked)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    category: str
    severity: str
    message: str
    suggestion: str | None
    evidence: Evidence | None
    decided: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column, "rule": self.rule,
                "category": self.category, "severity": self.severity, "message": self.message,
                "suggestion": self.suggestion,
                "evidence": self.evidence.as_dict() if self.evidence else None}
