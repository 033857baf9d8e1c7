"""The knowledge base: build, atomicity, corruption, facts with sources."""

from __future__ import annotations

import importlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loci.errors import InputError, KnowledgeBaseError
from loci.kb import KB, is_intact, open_kb
from loci.kb.builder import build
from loci.places import place_facts
from loci.sources import registry


def test_every_fact_names_its_source(kb: KB) -> None:
    rows = kb.db.execute("SELECT DISTINCT f.source, s.version FROM facts f "
                         "LEFT JOIN sources s ON s.name = f.source").fetchall()
    assert rows and all(version for _, version in rows)
    assert kb.db.execute("SELECT count(*) FROM facts WHERE field = ''").fetchone()[0] == 0


def test_sources_carry_their_package_versions(kb: KB) -> None:
    from importlib.metadata import version

    by_name = {s["name"]: s for s in kb.sources}
    assert by_name["iso"]["version"] == version("pycountry")
    assert {s["name"] for s in kb.sources} == {m.SOURCE.name for m in registry()}


def test_all_seed_territories_and_iso_places_exist(kb: KB) -> None:
    territories = kb.places()
    assert len(territories) == 249 + 4  # ISO 3166-1 + AN, CS, SH-AC, SH-TA
    assert {p.id for p in territories if p.kind == "historic"} == {"AN", "CS"}
    liaoning = kb.lookup("CN-LN")
    assert (liaoning.name, liaoning.parent) == ("Liaoning", "CN")
    assert "辽宁省" in {n.name for n in kb.names("CN-LN")}


def test_former_names_have_years(kb: KB) -> None:
    former = {n.name: n.year for n in kb.names("SZ") if n.kind == "former"}
    assert former["Swaziland"] == 2018


def test_dissolved_entities_name_their_successors(kb: KB) -> None:
    (fact,) = kb.facts("AN", "dissolution")[-1:]
    assert set(fact.value["successors"]) == {"CW", "SX", "BQ"}
    assert fact.source.dataset == "loci-curated"


def test_unknown_topic_is_an_input_error(kb: KB) -> None:
    with pytest.raises(InputError, match="unknown topic 'nope'"):
        place_facts(kb, "Bhutan", "nope")


def test_corrupt_and_truncated_files_are_detected(tmp_path: Path, kb: KB) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    assert not is_intact(garbage)
    truncated = tmp_path / "truncated.sqlite"
    data = kb.path.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    assert not is_intact(truncated)
    with pytest.raises(KnowledgeBaseError, match="loci kb build"):
        KB(garbage)


def test_a_corrupt_file_is_rebuilt_on_open(tmp_path: Path, kb: KB) -> None:
    path = tmp_path / "kb.sqlite"
    path.write_bytes(b"\0" * 4096)
    rebuilt = open_kb(path)
    assert rebuilt.counts()["places"] == kb.counts()["places"]


def test_an_interrupted_build_leaves_the_old_file_intact(tmp_path: Path, kb: KB) -> None:
    path = tmp_path / "kb.sqlite"
    path.write_bytes(kb.path.read_bytes())
    before = path.stat().st_mtime_ns
    code = ("import sys; from pathlib import Path; from loci.kb.builder import build; "
            f"build(Path({str(path)!r}))")
    proc = subprocess.Popen([sys.executable, "-c", code])
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=60)
    assert path.stat().st_mtime_ns == before and is_intact(path)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_build_cleans_up_after_a_failing_source(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ctx: object) -> object:
        raise RuntimeError("boom")
        yield

    from types import SimpleNamespace

    build_module = importlib.import_module("loci.kb.builder")
    from loci.sources import SourceInfo

    info = SourceInfo("broken", "Broken", "loci", "MIT", "https://example.org", 1)
    monkeypatch.setattr(build_module, "registry",
                        lambda: (SimpleNamespace(SOURCE=info, read=broken),))
    with pytest.raises(RuntimeError):
        build(tmp_path / "kb.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_kb_file_is_opened_read_only(kb: KB) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        kb.db.execute("DELETE FROM places")


def test_loci_db_environment_variable(tmp_path: Path, kb: KB) -> None:
    env = {**os.environ, "LOCI_DB": str(kb.path)}
    out = subprocess.run([sys.executable, "-m", "loci", "kb", "info", "--format", "json"],
                         env=env, capture_output=True, text=True, check=True).stdout
    assert str(kb.path) in out
