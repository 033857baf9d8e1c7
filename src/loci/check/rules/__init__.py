"""The rules: one module per family, each registering its rules with a stable code.

A rule is a function from a document and the knowledge it may consult to the
hits it finds; ``@rule`` registers it. Its docstring is its documentation: a
one-line summary, then sections ``Why:``, ``Example:``, ``Instead:`` and
``Data:``. The example must produce a finding of the rule and the "instead"
text must not (tests run both), and ``docs/rules.md`` is generated from them.
Codes are stable and never reused: LC1xx names, LC2xx facts about territories,
LC3xx geography, LC4xx sourcing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from loci.check.findings import CATEGORIES, SEVERITIES, Hit
from loci.registry import Registry

if TYPE_CHECKING:
    from loci.check.document import Document
    from loci.check.knowledge import Knowledge

Check = Callable[["Document", "Knowledge"], Iterable[Hit]]
SECTIONS = ("Why", "Example", "Instead", "Data")
_SECTION = re.compile(rf"^({'|'.join(SECTIONS)}):[ \t]*", re.M)


@dataclass(frozen=True, slots=True)
class Rule:
    """One registered rule."""

    code: str
    name: str
    category: str
    severity: str
    check: Check

    @property
    def module(self) -> str:
        return self.check.__module__.rsplit(".", 1)[-1]

    @property
    def summary(self) -> str:
        return (self.check.__doc__ or "").strip().split("\n", 1)[0]

    def section(self, name: str) -> str:
        """One section of the docstring (dedented), or "" when missing."""
        doc = _dedent(self.check.__doc__ or "")
        parts = _SECTION.split(doc)
        for label, body in zip(parts[1::2], parts[2::2], strict=True):
            if label == name:
                return _dedent(body).strip()
        return ""


RULES: Registry[Rule] = Registry(__name__, key=lambda r: r.code)


def rule(code: str, name: str, category: str, severity: str) -> Callable[[Check], Check]:
    """Register a rule function under a stable code."""
    if not re.fullmatch(r"LC[1-9]\d\d", code):
        raise ValueError(f"rule code {code!r} is malformed")
    if category not in CATEGORIES or severity not in SEVERITIES:
        raise ValueError(f"rule {code}: unknown category {category!r} or severity {severity!r}")

    def register(check: Check) -> Check:
        RULES.add(Rule(code, name, category, severity, check), check.__module__)
        return check

    return register


def registry() -> tuple[Rule, ...]:
    """Every rule, by code (importing each rule module once)."""
    return RULES.items()


def _dedent(text: str) -> str:
    lines = text.split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    cut = min(indents, default=0)
    return "\n".join([lines[0].strip(), *(line[cut:] for line in lines[1:])])
