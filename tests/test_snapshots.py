"""Golden snapshots of a dozen guides: a data or writer change shows up as a reviewable diff."""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from loci.kb import KB

_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "update_snapshots.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_snapshots", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()


@pytest.mark.parametrize("place_id", SCRIPT.PLACES)
def test_guide_matches_its_snapshot(kb: KB, place_id: str) -> None:
    path = SCRIPT.path_of(place_id)
    assert path.exists(), f"no snapshot {path.name}: run `python scripts/update_snapshots.py`"
    expected = path.read_text(encoding="utf-8")
    actual = SCRIPT.snapshot(kb, place_id)
    if actual != expected:
        diff = "".join(list(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            f"snapshots/{path.name}", "composed now"))[:60])
        pytest.fail(f"the {place_id} guide differs from its snapshot; if the change is "
                    f"intended, run `python scripts/update_snapshots.py` and review the diff\n"
                    f"{diff}")


def test_snapshot_folder_holds_only_the_listed_guides() -> None:
    on_disk = {p.stem for p in SCRIPT.SNAPSHOTS.glob("*.md")}
    assert on_disk == set(SCRIPT.PLACES)
