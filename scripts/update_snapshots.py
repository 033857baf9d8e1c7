"""Regenerate the golden guide snapshots under tests/snapshots/.

Run after a data upgrade or a writer change, then review the diff:

    python scripts/update_snapshots.py

Guides are composed at a fixed moment, so the clock in a city guide and
"this year's" holidays do not change from run to run.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from loci.guides import compose, render
from loci.kb import KB, open_kb

SNAPSHOTS = Path(__file__).resolve().parent.parent / "tests" / "snapshots"
CLOCK = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
# China, Bhutan, Bolivia, the dissolved Netherlands Antilles and Serbia and Montenegro,
# Tristan da Cunha (a part of SH), Belarus, Mongolia, the Bahamas, the US, the UK, Anshan.
PLACES = ("CN", "BT", "BO", "AN", "SH-TA", "CS", "BY", "MN", "BS", "US", "GB", "2038632")


def snapshot(kb: KB, place_id: str) -> str:
    """The Markdown of one snapshot guide."""
    return render(compose(kb, kb.lookup(place_id), now=CLOCK), "md", kb)


def path_of(place_id: str) -> Path:
    return SNAPSHOTS / f"{place_id}.md"


def main() -> int:
    kb = open_kb()
    SNAPSHOTS.mkdir(parents=True, exist_ok=True)
    changed = 0
    for place_id in PLACES:
        text = snapshot(kb, place_id)
        target = path_of(place_id)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            changed += 1
            print(f"updated {target.relative_to(SNAPSHOTS.parent.parent)}")
    print(f"{len(PLACES)} snapshots, {changed} changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
