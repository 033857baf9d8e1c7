"""Report formats: text (path:line:col), JSON, SARIF 2.1.0, GitHub workflow annotations.

Each format also lists the files and folders that could not be checked. File
names are whatever the file system holds: one that is not UTF-8, or that has a
newline or an escape character, is written so that each format stays valid
(escaped in text, U+FFFD in JSON, percent-encoded bytes in SARIF URIs).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from loci import __version__
from loci.articles.files import Problem, printable
from loci.check.engine import Result
from loci.check.findings import Finding
from loci.check.rules import registry

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
DOCS_URL = "https://github.com/loci-project/loci/blob/main/docs/rules.md"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # a byte of a file name that is not UTF-8


def summary(result: Result) -> dict[str, int]:
    return {"files": result.files, "findings": len(result.findings),
            "errors": result.count("error"), "warnings": result.count("warning"),
            "info": result.count("info"), "unverifiable": len(result.undecided)}


def text(result: Result, verbose: bool) -> str:
    shown = sorted([*result.findings, *(result.undecided if verbose else [])],
                   key=lambda f: (f.path, f.line, f.column, f.rule))
    lines = [printable(_line(f)) for f in shown] + [str(p) for p in result.problems]
    counts = summary(result)
    tally = (f"{counts['errors']} error(s), {counts['warnings']} warning(s), "
             f"{counts['info']} info")
    hint = "" if verbose else " (--verbose lists them)"
    extra = (f", {counts['unverifiable']} claim(s) loci read but could not verify{hint}"
             if counts["unverifiable"] else "")
    unread = f"; {len(result.problems)} could not be checked" if result.problems else ""
    lines.append(f"checked {counts['files']} file(s): {tally}{extra}{unread}")
    return "\n".join(lines) + "\n"


def _line(f: Finding) -> str:
    fix = f" ({f.suggestion})" if f.suggestion else ""
    return f"{f.path}:{f.line}:{f.column}: {f.severity} {f.rule} [{f.category}] {f.message}{fix}"


def as_json(result: Result, verbose: bool) -> str:
    """Findings, the claims read but not verifiable (``undecided``), unreadable files."""
    undecided = [_json(f.as_dict()) for f in result.undecided]
    data: dict[str, Any] = {"findings": [_json(f.as_dict()) for f in result.findings],
                            "undecided": undecided, "summary": summary(result),
                            "problems": [_json({"path": p.path, "line": p.line,
                                                "message": p.message})
                                         for p in result.problems]}
    if verbose:
        data["unverifiable"] = undecided  # the name --verbose has always used
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _json(item: dict[str, Any]) -> dict[str, Any]:
    """A finding or problem whose path and message JSON can carry (UTF-8 only)."""
    for key in ("path", "message"):
        item[key] = _SURROGATE.sub("\ufffd", item[key])
    return item


def sarif(result: Result, verbose: bool) -> str:
    rules = list(registry())
    index = {r.code: i for i, r in enumerate(rules)}
    driver = {
        "name": "loci", "version": __version__, "informationUri": DOCS_URL,
        "rules": [{"id": r.code, "name": r.name,
                   "shortDescription": {"text": r.summary},
                   "fullDescription": {"text": r.section("Why") or r.summary},
                   "helpUri": f"{DOCS_URL}#{r.code.lower()}",
                   "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity]},
                   "properties": {"category": r.category}} for r in rules],
    }
    results = [_sarif_result(f, index) for f in result.findings]
    run = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results,
           "invocations": [_invocation(result.problems)]}
    doc = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _sarif_result(f: Finding, index: dict[str, int]) -> dict[str, Any]:
    message = _SURROGATE.sub("\ufffd", f.message) + (
        f" Write instead: {f.suggestion}" if f.suggestion else "")
    region = {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
              "endColumn": f.end_column}
    location = {"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)},
                                     "region": region}}
    return {"ruleId": f.rule, "ruleIndex": index[f.rule], "level": _SARIF_LEVEL[f.severity],
            "message": {"text": message}, "locations": [location],
            "properties": {"category": f.category, "suggestion": f.suggestion,
                           "evidence": f.evidence.as_dict() if f.evidence else None}}


def _invocation(problems: list[Problem]) -> dict[str, Any]:
    """SARIF's record of the run: the files it could not analyse, as notifications."""
    notes = [{"level": "error", "message": {"text": _SURROGATE.sub("\ufffd", str(p))},
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(p.path)}}}]}
             for p in problems]
    return {"executionSuccessful": not problems, "toolExecutionNotifications": notes}


def _uri(path: str) -> str:
    """A relative URI reference: the file name's bytes, percent-encoded where needed."""
    name = path.replace("\\", "/").removeprefix("./")
    return quote(os.fsencode(name), safe="/")


def github(result: Result, verbose: bool) -> str:
    lines = []
    for f in result.findings:
        props = (f"file={_escape_property(f.path)},line={f.line},col={f.column},"
                 f"endLine={f.end_line},endColumn={f.end_column},"
                 f"title={_escape_property(f'{f.rule} [{f.category}]')}")
        fix = f" ({f.suggestion})" if f.suggestion else ""
        lines.append(f"::{_GITHUB_LEVEL[f.severity]} {props}::{_escape_data(f.message + fix)}")
    for p in result.problems:
        line = f",line={p.line}" if p.line else ""
        lines.append(f"::error file={_escape_property(p.path)}{line},"
                     f"title=not checked::{_escape_data(p.message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def _escape_data(value: str) -> str:
    return printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


FORMATS: dict[str, Callable[[Result, bool], str]] = {
    "text": text, "json": as_json, "sarif": sarif, "github": github,
}
