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

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from loci.check.findings import CATEGORIES, SEVERITIES, Hit

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


_RULES: dict[str, Rule] = {}


def rule(code: str, name: str, category: str, severity: str) -> Callable[[Check], Check]:
    """Register a rule function under a stable code."""
    if not re.fullmatch(r"LC[1-9]\d\d", code) or code in _RULES:
        raise ValueError(f"rule code {code!r} is malformed or already taken")
    if category not in CATEGORIES or severity not in SEVERITIES:
        raise ValueError(f"rule {code}: unknown category {category!r} or severity {severity!r}")

    def register(check: Check) -> Check:
        _RULES[code] = Rule(code, name, category, severity, check)
        return check

    return register


@cache
def registry() -> tuple[Rule, ...]:
    """Every rule, by code (importing each rule module once)."""
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")
    return tuple(_RULES[code] for code in sorted(_RULES))


def _dedent(text: str) -> str:
    lines = text.split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    cut = min(indents, default=0)
    return "\n".join([lines[0].strip(), *(line[cut:] for line in lines[1:])])
