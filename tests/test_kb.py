"""The knowledge base: build, atomicity, corruption, facts with sources."""

from __future__ import annotations

import importlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loci.curated import places_data
from loci.errors import InputError, KnowledgeBaseError, SourceError
from loci.kb import KB, is_intact, open_kb
from loci.kb.builder import build
from loci.places import place_facts
from loci.sources import Fact, Name, Place, registry


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
    assert len(territories) == 249 + 31  # ISO 3166-1, 28 dissolved states, SH-AC, SH-TA, XK
    historic = {p.id for p in territories if p.kind == "historic"}
    assert historic == {d["place"] for d in places_data()["dissolved"]}
    assert {"AN", "CS", "CSHH", "DD", "SU", "YD", "YU", "VD", "PC", "GEHH", "PZ",
            "austria-hungary", "gran-colombia"} <= historic
    kosovo = kb.lookup("XK")  # no ISO 3166-1 code: CLDR's, GeoNames' and holidays' XK
    assert (kosovo.name, kosovo.kind) == ("Kosovo", "country")
    assert {f.source.dataset for f in kb.facts("XK")} >= {"factbook", "cldr", "holidays"}
    liaoning = kb.lookup("CN-LN")
    assert (liaoning.name, liaoning.parent) == ("Liaoning", "CN")
    assert "辽宁省" in {n.name for n in kb.names("CN-LN")}


def test_a_subdivision_iso_lists_name_first_is_named_in_reading_order(kb: KB) -> None:
    # ISO writes "Madrid, Comunidad de" and "Tatarstan, Respublika"; prose and region pages
    # read "in the Comunidad de Madrid"; a list of names keeps its commas
    assert kb.lookup("ES-MD").name == "Comunidad de Madrid"
    assert kb.lookup("RU-TA").name == "Respublika Tatarstan"
    assert kb.lookup("GB-BST").name == "City of Bristol"
    assert kb.lookup("GB-VGL").name == "The Vale of Glamorgan"
    assert kb.lookup("GB-NMD").name == "Newry, Mourne and Down"
    assert "Madrid, Comunidad de" in {n.name for n in kb.names("ES-MD")}  # still found by
    inverted = [p.name for p in kb.places(("subdivision",)) if re.fullmatch(
        r"[^,]+, (?:Respublika|City of|Comunidad(?: de)?|Región(?: de)?|County|The)", p.name)]
    assert inverted == []


def test_former_names_have_years(kb: KB) -> None:
    former = {n.name: n.year for n in kb.names("SZ") if n.kind == "former"}
    assert former["Swaziland"] == 2018


def test_former_names_of_cities_name_the_city_by_its_geonames_id(kb: KB) -> None:
    """Each curated city's id is the city the entry names today, and its old name is
    found as a former name with its year."""
    for entry in places_data()["former_city"]:
        place = kb.lookup(entry["place"])
        assert (place.kind, place.name) == ("city", entry["city"]), entry
        former = {n.name: n.year for n in kb.names(place.id) if n.kind == "former"}
        assert former[entry["name"]] == entry["year"]


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


def test_a_damaged_knowledge_base_is_rebuilt_and_killed_builds_cleaned(tmp_path: Path,
                                                                       kb: KB) -> None:
    path = tmp_path / "kb.sqlite"
    data = kb.path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # recognisably loci's, but cut short
    dead = tmp_path / ".kb.sqlite.4194305.tmp"  # above Linux's largest pid: no such process
    running = tmp_path / f".kb.sqlite.{os.getppid()}.tmp"  # a build still going
    dead.write_bytes(b"half")
    running.write_bytes(b"half")
    rebuilt = open_kb(path)
    assert rebuilt.counts()["places"] == kb.counts()["places"]
    assert not dead.exists() and running.exists()


def loci_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "loci", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


@pytest.mark.parametrize("how", ["--db", "LOCI_DB"])
def test_a_file_that_is_not_a_knowledge_base_is_never_written_over(tmp_path: Path,
                                                                   how: str) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    other = tmp_path / "other.sqlite"  # someone else's database
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    db.commit()
    db.close()
    for path in (notes, other):
        before = path.read_bytes()
        args, env = (("--db", str(path)), None) if how == "--db" else ((), {"LOCI_DB": str(path)})
        result = loci_cli(*args, "places", "China", env=env)
        assert result.returncode == 2
        assert f"{path} is not a loci knowledge base" in result.stderr
        assert "Traceback" not in result.stderr
        assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "other.sqlite"]


def test_a_bit_rotted_knowledge_base_is_reported_not_a_traceback(tmp_path: Path,
                                                                  kb: KB) -> None:
    path = tmp_path / "kb.sqlite"
    path.write_bytes(kb.path.read_bytes())
    with path.open("r+b") as file:  # 4 KB of noise every 4 MB past the first 10 MB
        for offset in range(10 << 20, path.stat().st_size - 8192, 4 << 20):
            file.seek(offset + 123)
            file.write(bytes(range(256)) * 16)
    result = loci_cli("--db", str(path), "kb", "info")
    assert result.returncode == 2, result.stderr
    assert f"the knowledge base {path} is damaged" in result.stderr
    assert "Traceback" not in result.stderr


def test_kb_verify_finds_rows_changed_in_place(tmp_path: Path, kb: KB) -> None:
    """Bits that rot inside a row pass SQLite's integrity check; the digest catches them."""
    path = tmp_path / "kb.sqlite"
    path.write_bytes(kb.path.read_bytes())
    intact = loci_cli("--db", str(path), "kb", "verify")
    assert intact.returncode == 0 and "is intact" in intact.stdout, intact.stderr
    text = next(f.text for f in kb.facts("MW", "background"))
    written, rotted = text[200:230].encode(), text[200:230].swapcase().encode()
    data = path.read_bytes()
    assert written in data
    path.write_bytes(data.replace(written, rotted))
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.close()
    result = loci_cli("--db", str(path), "kb", "verify")
    assert result.returncode == 2
    assert f"the knowledge base {path} is damaged (its rows differ" in result.stderr


def test_an_interrupted_build_leaves_the_old_file_intact(tmp_path: Path, kb: KB) -> None:
    path = tmp_path / "kb.sqlite"
    path.write_bytes(kb.path.read_bytes())
    before = path.stat().st_mtime_ns
    code = ("import sys; from pathlib import Path; from loci.kb.builder import build; "
            f"build(Path({str(path)!r}))")
    proc = subprocess.Popen([sys.executable, "-c", code])
    while not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]:  # writing begun
        assert proc.poll() is None, "the build ended before it could be interrupted"
        time.sleep(0.01)
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


@pytest.mark.parametrize(("record", "named"), [
    (Place("XX", "island", "Nowhere"), "place kind 'island'"),
    (Name("CN", "Cathay", kind="poetic"), "name kind 'poetic'"),
    (Fact("CN", "cuisine", "noodles", "noodles", "noodles", "Food"), "topic 'cuisine'"),
])
def test_a_source_may_only_use_the_listed_vocabulary(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     record: object, named: str) -> None:
    """Readers of the KB ask for kinds and topics by name: a word the vocabulary in
    loci.sources.records lacks would be stored and never found."""
    from types import SimpleNamespace

    from loci.sources import SourceInfo

    info = SourceInfo("odd", "Odd", "loci", "MIT", "https://example.org", 1)
    monkeypatch.setattr(importlib.import_module("loci.kb.builder"), "registry",
                        lambda: (SimpleNamespace(SOURCE=info, read=lambda ctx: [record]),))
    with pytest.raises(SourceError, match=f"source 'odd' gave .* the {named}"):
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
