"""The command line: help everywhere, JSON output, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from fs_tools import unprivileged, unwritable
from loci.cli import main
from loci.curated import seed_territories
from loci.kb import KB


@pytest.fixture
def run(kb: KB) -> object:
    runner = CliRunner()

    def invoke(*args: str) -> click.testing.Result:
        return runner.invoke(main, ["--db", str(kb.path), *args])

    return invoke


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found += _commands(command, (*prefix, name))
    return found


@pytest.mark.parametrize("command", _commands(main), ids=" ".join)
def test_every_command_has_help(command: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_python_dash_m_runs(kb: KB) -> None:
    out = subprocess.run([sys.executable, "-m", "loci", "--version"], capture_output=True,
                         text=True, check=True)
    assert out.stdout.startswith("loci, version")


def test_kb_facts_json_has_sources(run) -> None:  # type: ignore[no-untyped-def]
    result = run("kb", "facts", "Swaziland", "--topic", "former-name", "--format", "json")
    assert result.exit_code == 0
    facts = json.loads(result.output)
    assert facts and {"topic", "key", "value", "text", "source"} <= facts[0].keys()
    assert {"dataset", "version", "field"} <= facts[0]["source"].keys()


def test_places_exit_codes(run) -> None:  # type: ignore[no-untyped-def]
    ok = run("places", "White Russia", "--format", "json")
    answer = json.loads(ok.output)[0]["answer"]
    assert ok.exit_code == 0 and (answer["id"], answer["status"]) == ("BY", "renamed")
    missing = run("places", "Qwzxv Plorb")
    assert missing.exit_code == 1 and "no answer" in missing.output


def test_places_answers_have_the_issue_shape(run) -> None:  # type: ignore[no-untyped-def]
    found = json.loads(run("places", "Czechoslovakia", "Lomx", "--format", "json").output)
    czechoslovakia, guess = found
    assert czechoslovakia["answer"].pop("name_zh").startswith("捷克斯洛伐克")
    assert czechoslovakia["answer"] == {
        "id": "CSHH", "kind": "historic", "name": "Czechoslovakia", "country": "CSHH",
        "status": "dissolved", "successors": ["CZ", "SK"],
        "matched": "Czechoslovakia", "matched_by": "exact", "confidence": 0.9, "year": None}
    assert guess["answer"] is None and guess["candidates"]  # a guess is offered, not given
    text = run("places", "Lomx").output
    assert text.startswith("Lomx: no answer; did you mean ") and "(2365267)" in text  # Lomé


def test_places_without_names_lists_every_territory(run) -> None:  # type: ignore[no-untyped-def]
    english = json.loads(run("places", "--format", "json").output)
    assert len(english) == 280 and english[0]["name"] == "Afghanistan"
    chinese = [p["name_zh"] for p in json.loads(run("places", "--lang", "zh", "--format",
                                                    "json").output)]
    assert chinese[:2] == ["阿尔巴尼亚", "阿尔及利亚"]  # ā'ěr before āfù: pinyin order
    assert sorted(chinese, key=lambda zh: zh is None) == chinese  # no Chinese name: last


def test_places_seed_lists_the_footer_as_written(run) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(run("places", "--seed", "--format", "json").output)
    assert [r["query"] for r in rows] == list(seed_territories())
    assert all(r["answer"] is not None for r in rows)
    assert len({r["answer"]["id"] for r in rows}) == 204
    assert "Frech\u00a0Polynesia  PF" in run("places", "--seed").output
    assert run("places", "--seed", "China").exit_code == 2


@pytest.mark.parametrize("args", [("places", ""), ("places", "x" * 10_000_000),
                                  ("kb", "facts", "Bhutan", "--topic", "nope"),
                                  ("kb", "facts", "   ")])
def test_bad_input_is_one_line_and_exit_2(run, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = run(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.output.count("\n") == 1 and result.output.startswith("loci: ")


def test_unknown_place_exits_1_with_a_hint(run) -> None:  # type: ignore[no-untyped-def]
    result = run("kb", "facts", "Qwzxv Plorb")
    assert result.exit_code == 1 and "loci places" in result.output


@pytest.fixture
def draft(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "draft.txt"
    path.write_text("Notes\n\nWe ate well in Lilongwe.\n")
    return path


@pytest.mark.parametrize(("target", "words"), [
    ("missing/out.md", "No such file or directory: create its folder first"),
    ("/dev/full", "No space left on device"),
])
def test_import_output_that_cannot_be_written_is_one_line(run, draft, tmp_path, target: str,  # type: ignore[no-untyped-def]
                                                         words: str) -> None:
    """D18: a missing folder or a full device gave a traceback and exit 1."""
    if target.startswith("/dev/") and not os.path.exists(target):
        pytest.skip(f"no {target} on this system")
    output = target if target.startswith("/") else str(tmp_path / target)
    result = run("import", str(draft), "-o", output)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.output.startswith(f"loci: cannot write {output}: {words}")
    assert result.output.count("\n") == 1


def test_import_writes_its_output_whole(run, draft, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.md"
    out.write_text("an older version")
    result = run("import", str(draft), "-o", str(out), "--date", "2026-05-04")
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith('---\ntitle: "Notes"\ndate: "2026-05-04"\n')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.txt", "out.md"]


@pytest.mark.parametrize("ours", [True, False])
def test_a_cache_folder_that_cannot_be_written_is_one_line(tmp_path, ours: bool) -> None:  # type: ignore[no-untyped-def]
    """D18: with no knowledge base in a read-only cache folder, building one there gave
    an OSError traceback and exit 1 (or, with loci's own folder there, said the
    knowledge base was damaged and should be deleted)."""
    cache = tmp_path / "cache"
    (cache / "loci" if ours else cache).mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if k != "LOCI_DB"}
    env["XDG_CACHE_HOME"] = str(cache)
    with unwritable(cache / "loci" if ours else cache):
        run = unprivileged("-m", "loci", "places", "China", env=env)
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith(f"loci: cannot build the knowledge base at {cache}/loci/kb-")
    assert "pass --db FILE (or set LOCI_DB)" in run.stderr and run.stderr.count("\n") == 1
