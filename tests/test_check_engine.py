"""The check command end to end: formats, exit codes, configuration, suppression, hostile input."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loci.articles import read_text
from loci.check import check_article, registry, run_check
from loci.check.knowledge import Knowledge
from loci.cli import main
from loci.errors import InputError
from loci.kb import KB

WRONG = "# Malawi\n\nBlantyre, the capital of Malawi, is busy.\n\nSwaziland is small.\n"


def _run(kb: KB, *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, ["--db", str(kb.path), "check", *args], input=stdin)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "malawi.md"
    path.write_text(WRONG, encoding="utf-8")
    return path


def test_text_format_and_exit_code(kb: KB, article: Path) -> None:
    result = _run(kb, str(article))
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first == (f"{article}:3:1: error LC201 [capital] Blantyre is not the capital of "
                     "Malawi: the capital is Lilongwe (Lilongwe)")
    assert "warning LC121 [outdated-name] Swaziland" in result.output


def test_json_format(kb: KB, article: Path) -> None:
    data = json.loads(_run(kb, str(article), "--format", "json").output)
    first = data["findings"][0]
    assert set(first) == {"path", "line", "column", "end_line", "end_column", "rule",
                          "category", "severity", "message", "suggestion", "evidence"}
    assert (first["line"], first["column"], first["end_column"]) == (3, 1, 9)
    assert first["evidence"]["source"]["dataset"] == "factbook"
    assert data["summary"] == {"files": 1, "findings": 2, "errors": 1, "warnings": 1,
                               "info": 0, "unverifiable": 0}


def test_sarif_format(kb: KB, article: Path) -> None:
    sarif = json.loads(_run(kb, str(article), "--format", "sarif").output)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert ids == [r.code for r in registry()]
    result = run["results"][0]
    assert result["ruleId"] == "LC201" and result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 9}
    assert ids[result["ruleIndex"]] == "LC201"


def test_github_format(kb: KB, article: Path) -> None:
    lines = _run(kb, str(article), "--format", "github").output.splitlines()
    assert lines[0].startswith(f"::error file={article},line=3,col=1,endLine=3,endColumn=9,"
                               "title=LC201 [capital]::Blantyre is not the capital")
    assert lines[1].startswith("::warning ")


def test_clean_article_exits_zero_and_warnings_alone_exit_zero(kb: KB, tmp_path: Path) -> None:
    path = tmp_path / "ok.md"
    path.write_text("Lilongwe, the capital of Malawi, is calm. Burma has pagodas.\n")
    result = _run(kb, str(path))
    assert result.exit_code == 0 and "warning LC121" in result.output


def test_usage_and_input_errors_exit_two(kb: KB, tmp_path: Path) -> None:
    assert _run(kb, str(tmp_path / "missing.md")).exit_code == 2
    assert _run(kb, "--format", "xml", "x.md").exit_code == 2
    binary = tmp_path / "b.md"
    binary.write_bytes(b"\x00\x01\x02binary")
    result = _run(kb, str(binary))
    assert result.exit_code == 2 and "binary" in result.output


def test_stdin(kb: KB) -> None:
    result = _run(kb, "-", stdin=WRONG)
    assert result.exit_code == 1 and result.output.startswith("<stdin>:3:1: error LC201")


def test_folders_are_walked_for_articles(kb: KB, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.md").write_text(WRONG)
    (tmp_path / "two.txt").write_text("Swaziland is small.\n")
    (tmp_path / "skip.html").write_text(WRONG)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.md").write_text(WRONG)
    data = json.loads(_run(kb, str(tmp_path), "--format", "json").output)
    assert data["summary"]["files"] == 2
    assert {Path(f["path"]).name for f in data["findings"]} == {"one.md", "two.txt"}


def test_select_ignore_and_severity_from_config(kb: KB, article: Path, tmp_path: Path) -> None:
    config = tmp_path / "loci.toml"
    config.write_text('select = ["capital", "LC12"]\nignore = ["LC121"]\n'
                      '[severity]\ncapital = "warning"\n')
    data = json.loads(_run(kb, str(article), "--format", "json", "--config",
                           str(config)).output)
    assert [(f["rule"], f["severity"]) for f in data["findings"]] == [("LC201", "warning")]
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.loci]\nignore = ["outdated-name"]\n')
    result = _run(kb, str(article), "--config", str(pyproject))
    assert "LC121" not in result.output and "LC201" in result.output
    assert _run(kb, str(article), "--select", "LC121").output.count("LC") == 1


def test_bad_configuration_is_an_input_error(kb: KB, article: Path, tmp_path: Path) -> None:
    config = tmp_path / "loci.toml"
    config.write_text('select = ["LC999"]\n')
    result = _run(kb, str(article), "--config", str(config))
    assert result.exit_code == 2 and "LC999" in result.output
    config.write_text('colour = "red"\n')
    assert "unknown setting colour" in _run(kb, str(article), "--config", str(config)).output


def test_inline_suppression(kb: KB, tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    path.write_text("<!-- loci: ignore LC201 -->\nBlantyre, the capital of Malawi, is busy.\n"
                    "Swaziland is small. <!-- loci: ignore outdated-name -->\n"
                    "<!-- loci: ignore -->\nBurma has pagodas.\nZaire is big.\n")
    result = _run(kb, str(path))
    assert result.exit_code == 0
    assert [line.split(":")[1] for line in result.output.splitlines()[:-1]] == ["6"]


def test_verbose_lists_unverifiable_claims(kb: KB, tmp_path: Path) -> None:
    path = tmp_path / "v.md"
    path.write_text("Qianshan Park lies 17 km southeast of Anshan.\n")
    quiet = _run(kb, str(path))
    assert quiet.exit_code == 0 and "unverifiable" not in quiet.output.splitlines()[0]
    loud = _run(kb, str(path), "--verbose")
    assert "unverifiable LC301 [distance] cannot locate both" in loud.output
    data = json.loads(_run(kb, str(path), "-v", "--format", "json").output)
    assert data["findings"] == [] and data["unverifiable"][0]["rule"] == "LC301"


def test_a_huge_file_is_refused_quickly(kb: KB, tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    path.write_bytes(b"Malawi is lovely. " * (50 * 1024 * 1024 // 18))
    started = time.perf_counter()
    with pytest.raises(InputError, match=r"huge\.md is 52\.4 MB"):
        run_check(kb, [str(path)])
    assert time.perf_counter() - started < 5


def test_one_long_line_is_refused_with_its_line_number(kb: KB, tmp_path: Path) -> None:
    path = tmp_path / "line.md"
    sentence = "Blantyre, the capital of Malawi, sits by Zomba and the Shire River; "
    path.write_text("# Title\n\n" + sentence * (10 * 1024 * 1024 // len(sentence)))
    started = time.perf_counter()
    with pytest.raises(InputError, match=r"line\.md:3: a line of over 100,000 characters"):
        run_check(kb, [str(path)])
    assert time.perf_counter() - started < 5


def test_a_long_article_is_checked_within_seconds(kb: KB, tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    paragraph = ("Blantyre, the capital of Malawi, sits by Zomba. Markets open early, and "
                 "music spills from open doors late into the evening.\n\n")
    path.write_text(paragraph * (1024 * 1024 // len(paragraph)))
    started = time.perf_counter()
    report, code = run_check(kb, [str(path)], fmt="json")
    assert time.perf_counter() - started < 30
    assert code == 1 and json.loads(report)["summary"]["errors"] > 1000


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([
    "Blantyre, the capital of Malawi,", " is 30 km north of ", "Lilongwe", " wǔjí (无极)", "\n\n",
    "## Malawi\n", "Swaziland", " **bold** ", "[link](http://x.org)", " 95% of people ",
    "<!-- loci: ignore -->", "\u00a0", "\r\n", "|", "---\n", "Frech Polynesia culture ",
    "UNESCO-listed ", "Most Malawians are Muslim.", "`code`", "```\n", "'s capital, ",
]), max_size=30))
def test_any_article_checks_without_crashing(kb: KB, parts: list[str]) -> None:
    text = "".join(parts)
    try:
        article = read_text(text, "h.md")
    except InputError:
        return
    for finding in check_article(article, Knowledge(kb), list(registry())):
        assert 1 <= finding.line <= text.count("\n") + text.count("\r") + 1
        assert finding.column >= 1 and finding.severity in ("error", "warning", "info",
                                                            "unverifiable")


def test_pre_commit_hook_definition() -> None:
    import yaml_rs

    hooks = yaml_rs.loads((Path(__file__).parents[1] / ".pre-commit-hooks.yaml").read_text())
    (hook,) = hooks
    assert hook["id"] == "loci-check" and hook["entry"] == "loci check"
    assert hook["language"] == "python" and "md" in hook["files"]
