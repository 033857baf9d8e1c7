"""The check command end to end: formats, exit codes, configuration, suppression, hostile input."""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fs_tools import fifo, unprivileged, unreadable, within
from loci.articles import Article, files, read_text
from loci.check import Config, check_article, check_paths, engine, registry, run_check
from loci.check.findings import Finding
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


def test_the_collector_is_left_as_it_was_found(kb: KB, tmp_path: Path) -> None:
    """Checking several files keeps the collector off the word lists while it runs, and
    hands it back as it was: nothing frozen stays frozen, a caller's freeze stays."""
    for name in ("one.md", "two.md", "three.md"):
        (tmp_path / name).write_text(WRONG)
    seen: list[int] = []

    def counting(article: Article, *args: object) -> list[Finding]:
        seen.append(gc.get_freeze_count())
        return check_article(article, *args)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "check_article", counting)
        assert check_paths(kb, [str(tmp_path)], Config()).files == 3
        assert seen[0] == 0 and seen[1] > 0 and seen[2] > 0  # frozen after the first
        assert gc.get_freeze_count() == 0
        gc.freeze()
        try:
            frozen = gc.get_freeze_count()
            check_paths(kb, [str(tmp_path)], Config())
            # Still frozen, and nothing more: the count only falls as frozen objects die
            # (a cache of an earlier test's letting go of its entries).
            assert frozen * 0.9 < gc.get_freeze_count() <= frozen
        finally:
            gc.unfreeze()


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


def test_claims_read_but_not_verifiable_are_listed_and_counted(kb: KB, tmp_path: Path) -> None:
    """A user sees what was and was not checked: JSON lists the undecided claims without
    --verbose, and the text summary counts them."""
    path = tmp_path / "u.md"
    path.write_text("Kestrel Gardens lie 12 km west of Lilongwe.\n\n"
                    "Lilongwe is the capital of Malawi.\n")
    data = json.loads(_run(kb, str(path), "--format", "json").output)
    assert [u["rule"] for u in data["undecided"]] == ["LC301"]
    assert data["summary"]["unverifiable"] == 1 and data["findings"] == []
    summary = _run(kb, str(path)).output.splitlines()[-1]
    assert "1 claim(s) loci read but could not verify (--verbose lists them)" in summary


def test_a_huge_file_is_refused_unread(kb: KB, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.md"
    path.write_bytes(b"Malawi is lovely. " * (50 * 1024 * 1024 // 18))

    def read_capped(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("the file was read: its size alone refuses it")

    monkeypatch.setattr(files, "read_capped", read_capped)
    report, code = run_check(kb, [str(path)])
    assert code == 2 and re.search(r"huge\.md:1: is 52\.4 MB; loci checks articles of up to "
                                   "16 MiB", report)


def test_one_long_line_is_refused_with_its_line_number(kb: KB, tmp_path: Path) -> None:
    path = tmp_path / "line.md"
    sentence = "Blantyre, the capital of Malawi, sits by Zomba and the Shire River; "
    path.write_text("# Title\n\n" + sentence * (10 * 1024 * 1024 // len(sentence)))
    report, code = run_check(kb, [str(path)])
    assert code == 2 and "line.md:3: a line of over 100,000 characters" in report
    # How long the guard takes grows with the text, never with its lines' length:
    # tests/test_pathological.py measures that.


def test_a_long_article_is_checked_whole(kb: KB, tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    paragraph = ("Blantyre, the capital of Malawi, sits by Zomba. Markets open early, and "
                 "music spills from open doors late into the evening.\n\n")
    copies = 1024 * 1024 // len(paragraph)
    path.write_text(paragraph * copies)
    report, code = run_check(kb, [str(path)], fmt="json")
    # One finding a paragraph (Blantyre is not the capital), to the last: nothing cut short.
    # (Its speed is measured in benchmarks/, not timed here.)
    assert code == 1 and json.loads(report)["summary"]["errors"] == copies


def test_a_possessive_after_of_beside_a_distance_is_read(kb: KB) -> None:
    """A town's name with "'s" where a distance rule looks for towns ("of Africa's"): read
    without the "'s", as the look-up before it was (the two once disagreed, and it raised)."""
    text = "Niger is the largest of Africa's landlocked states, some 1,900 km across.\n"
    assert check_article(read_text(text, "h.md"), Knowledge(kb), list(registry())) == []


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


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with one article that has an error, for the hostile entries beside it."""
    content = tmp_path / "content"
    content.mkdir()
    (content / "malawi.md").write_text(WRONG)
    return content


def _checked_despite(kb: KB, folder: Path, words: str) -> None:
    """The folder's good article is checked and reported, the bad entry named, exit 2."""
    report, code = within(60, lambda: run_check(kb, [str(folder)]))
    assert code == 2
    assert "malawi.md:3:1: error LC201" in report and words in report
    assert "checked 1 file(s): 1 error(s), 1 warning(s), 0 info; 1 could not be checked" in report


def test_a_named_pipe_in_a_folder_is_reported_not_waited_on(kb: KB, folder: Path) -> None:
    """D12: the check hung forever on the pipe."""
    with fifo(folder / "pipe.md"):
        _checked_despite(kb, folder, "pipe.md:1: a named pipe, not an article")


def test_a_pipe_named_directly_says_what_it_is(kb: KB, folder: Path) -> None:
    with fifo(folder / "pipe.md") as pipe:
        report, code = within(60, lambda: run_check(kb, [str(pipe)]))
    assert code == 2 and "a named pipe" in report and "no such file" not in report


def test_a_link_to_dev_zero_is_not_read(kb: KB, folder: Path) -> None:
    """D13: the check read /dev/zero until memory ran out."""
    (folder / "zero.md").symlink_to("/dev/zero")
    _checked_despite(kb, folder, "zero.md:1: a symbolic link to /dev/zero, outside")


@pytest.mark.parametrize(("target", "words"), [
    ("/nonexistent/a.md", "a symbolic link to /nonexistent/a.md"),
    ("missing.md", "a symbolic link to missing.md, which does not exist"),
    ("dead.md", "a symbolic link that loops"),
])
def test_dangling_and_looping_links_do_not_stop_the_run(kb: KB, folder: Path, target: str,
                                                        words: str) -> None:
    """D15c: the run stopped at the link and the other files' findings were never shown."""
    (folder / "dead.md").symlink_to(target)
    _checked_despite(kb, folder, f"dead.md:1: {words}")


def test_a_missing_path_beside_a_good_one_is_reported_after_it(kb: KB, folder: Path) -> None:
    report, code = run_check(kb, [str(folder / "malawi.md"), str(folder / "gone.md")])
    assert code == 2 and "malawi.md:3:1: error LC201" in report
    assert "gone.md: no such file or folder" in report


def test_an_unreadable_folder_is_reported_and_never_passes(kb: KB, folder: Path) -> None:
    """D15b: a folder that could not be read was skipped in silence, and the run said
    "0 error(s)" and exited 0, which a CI gate reads as a pass."""
    (folder / "malawi.md").unlink()
    (folder / "ok.md").write_text("Lilongwe is the capital of Malawi.\n")
    (folder / "sub").mkdir()
    (folder / "sub" / "wrong.md").write_text(WRONG)
    with unreadable(folder / "sub"):
        run = unprivileged("-m", "loci", "--db", str(kb.path), "check", str(folder))
    assert run.returncode == 2, run.stderr
    assert f"{folder / 'sub'}: cannot read this folder: Permission denied" in run.stdout
    assert "checked 1 file(s): 0 error(s), 0 warning(s), 0 info; 1 could not be checked" \
        in run.stdout


def test_stdin_is_read_only_up_to_the_limit(kb: KB) -> None:
    """D21: ``loci check -`` read all of its input before looking at the size."""
    command = [sys.executable, "-m", "loci", "--db", str(kb.path), "check", "-"]
    script = ("import subprocess, sys\n"
              f"p = subprocess.Popen({command!r}, stdin=subprocess.PIPE,\n"
              "                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n"
              "block = bytes(1 << 20)\n"
              "try:\n"
              "    for _ in range(1024):\n"  # up to a gigabyte, while it is read
              "        p.stdin.write(block)\n"
              "except BrokenPipeError:\n"
              "    pass\n"
              "out, _ = p.communicate()\n"
              "import resource\n"
              "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024\n"
              "print(p.returncode, peak, out.decode())\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    code, megabytes, report = run.stdout.split(" ", 2)
    assert code == "2" and report.startswith("<stdin>:1: is more than 16.8 MB"), run.stderr
    assert int(megabytes) < 500  # what loci needs to start, not the gigabyte offered


@pytest.fixture
def strange(tmp_path: Path) -> Path:
    """A folder of one wrong article whose name has a newline, an ESC and a byte that is
    not UTF-8 (as file names may)."""
    folder = tmp_path / "names"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"n\n\x1b\xff.md"), "w") as file:
        file.write(WRONG)
    return folder


def test_strange_file_names_keep_the_json_report_valid(kb: KB, strange: Path) -> None:
    """D23: the JSON and SARIF reports wrote the raw byte 0xFF: not UTF-8, not JSON."""
    report, _ = run_check(kb, [str(strange)], fmt="json")
    report.encode("utf-8")  # no lone surrogate: the report can be written as UTF-8
    finding = json.loads(report)["findings"][0]
    assert finding["path"] == f"{strange}/n\n\x1b\ufffd.md"
    sarif, _ = run_check(kb, [str(strange)], fmt="sarif")
    location = json.loads(sarif.encode("utf-8"))["runs"][0]["results"][0]["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"].endswith("/n%0A%1B%FF.md")


def test_strange_file_names_stay_on_one_line_in_text(kb: KB, strange: Path) -> None:
    """D23: a newline split the finding in two, and ESC was dropped from the name shown."""
    report, _ = run_check(kb, [str(strange)])
    first = report.splitlines()[0]
    assert first.startswith(f"{strange}/n\\n\\x1b\\xff.md:3:1: error LC201")
    github, _ = run_check(kb, [str(strange)], fmt="github")
    assert github.splitlines()[0].startswith(f"::error file={strange}/n%0A\\x1b\\xff.md,")
