"""docs/facts.md says what the knowledge base stores: every topic and dataset has a row,
and the fields a row shows in braces are the fields its facts carry."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from loci.kb import KB

DOC = Path(__file__).parent.parent / "docs" / "facts.md"
_NOTE = re.compile(r"(?:.*/)?note(?:-\d+)?")  # notes inside a field: text facts of every topic


@dataclass(frozen=True)
class Row:
    topics: frozenset[str]
    datasets: frozenset[str]
    value: str  # the value cell as written

    @property
    def shapes(self) -> list[frozenset[str]]:
        """The field sets written in braces: `{name, percent}`."""
        return [frozenset(f.strip() for f in body.split(","))
                for body in re.findall(r"`\{([^}`]*)\}`", self.value)]


def _rows() -> list[Row]:
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("topic", "---"):
            rows.append(Row(frozenset(t.strip() for t in cells[0].split(",")),
                            frozenset(d.strip() for d in cells[1].split(",")), cells[3]))
    return rows


def _stored(kb: KB) -> dict[tuple[str, str], list[object]]:
    """(topic, dataset) -> the values of its facts, notes left out; holidays for one year."""
    found: dict[tuple[str, str], list[object]] = defaultdict(list)
    for topic, dataset, key, value in kb.db.execute(
            "SELECT topic, source, key, value FROM facts"):
        if not _NOTE.fullmatch(key):
            found[topic, dataset].append(value)
    found["holiday", "holidays"] = [f.value for f in kb.holidays("CN", 2026)]
    return found


def test_every_stored_shape_is_documented(kb: KB) -> None:
    rows = _rows()
    missing = []
    for (topic, dataset), values in sorted(_stored(kb).items()):
        mine = [r for r in rows if topic in r.topics and dataset in r.datasets]
        if not mine:
            missing.append(f"no row for {topic} from {dataset}")
            continue
        shapes = [s for r in mine for s in r.shapes]
        cells = " ".join(r.value for r in mine)
        seen: set[str] = set()
        for raw in values:
            value = json.loads(raw) if isinstance(raw, str) else raw
            if isinstance(value, dict):
                seen |= set(value)
                if not any(set(value) <= shape for shape in shapes):
                    missing.append(f"{topic} from {dataset}: fields {sorted(value)}")
            elif isinstance(value, list) and "list" not in cells:
                missing.append(f"{topic} from {dataset}: a list, not described")
            elif isinstance(value, str) and not ("text" in cells or "the name" in cells):
                missing.append(f"{topic} from {dataset}: text, not described")
        documented = set().union(*shapes) if shapes else set()
        if documented - seen:
            missing.append(f"{topic} from {dataset}: documented but never stored: "
                           f"{sorted(documented - seen)}")
    assert not sorted(set(missing)), "docs/facts.md is out of date:\n" + "\n".join(
        sorted(set(missing)))


def test_every_row_names_what_the_kb_stores(kb: KB) -> None:
    stored = set(_stored(kb))
    stale = [r for r in _rows()
             if not any((t, d) in stored for t in r.topics for d in r.datasets)]
    assert not stale, stale
