"""The fact checker: find the claims an article makes and check them against the KB."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from loci.check.config import Config, load_config
from loci.check.engine import Result, check_article, check_paths
from loci.check.findings import CATEGORIES, SEVERITIES, Evidence, Finding
from loci.check.knowledge import Knowledge
from loci.check.rules import Rule, registry
from loci.errors import InputError
from loci.kb import KB

__all__ = [
    "CATEGORIES",
    "SEVERITIES",
    "Config",
    "Evidence",
    "Finding",
    "Knowledge",
    "Result",
    "Rule",
    "check_article",
    "check_paths",
    "registry",
    "run_check",
]


def run_check(kb: KB, paths: Iterable[str], fmt: str = "text", select: Iterable[str] = (),
              ignore: Iterable[str] = (), config_path: Path | None = None,
              verbose: bool = False) -> tuple[str, int]:
    """Check the articles ``paths`` name; the report and the exit status: 0 clean, 1 a
    finding at error level, 2 a file or folder that could not be checked (the report
    still has the others' findings)."""
    from loci.check.report import FORMATS

    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    config = load_config(config_path, select, ignore)
    result = check_paths(kb, paths, config)
    code = 2 if result.problems else 1 if result.count("error") else 0
    return FORMATS[fmt](result, verbose), code
