"""The command line: help everywhere, JSON output, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from loci.cli import main
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
    assert ok.exit_code == 0 and json.loads(ok.output)[0]["matches"][0]["id"] == "BY"
    missing = run("places", "Qwzxv Plorb")
    assert missing.exit_code == 1 and "no match" in missing.output


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
