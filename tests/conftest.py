"""One knowledge base for the whole test session, built once from the real packages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from loci.curated import seed_territories
from loci.kb import KB, open_kb
from loci.places import Resolver
from site_tools import chromium
from web_live import live  # noqa: F401  (the live `loci serve` fixture, shared by test_web*)

BROWSER_FIXTURES = {"browser", "page"}  # what a test drives Chromium through


def pytest_runtest_setup(item: pytest.Item) -> None:
    """A ``browser`` test without a browser is skipped with the reason, except in CI
    (``CI`` set, as every CI service sets it), where it fails: CI must run it. A test
    that drives the browser must carry the marker (``-m "not browser"`` leaves it out)."""
    if item.get_closest_marker("browser") is None:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            pytest.fail(f"{item.nodeid} drives a browser: mark it @pytest.mark.browser",
                        pytrace=False)
        return
    path, why = chromium()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set and the browser tests cannot run: {why}", pytrace=False)
        pytest.skip(why)


@pytest.fixture(scope="session")
def kb() -> KB:
    """The real KB (LOCI_DB, or the user cache keyed by source versions)."""
    return open_kb()


@pytest.fixture(scope="session")
def resolver(kb: KB) -> Resolver:
    return Resolver(kb)


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The project's sample article as a checker meets it: a plain-text piece on Datong
    (``tests/data/datong.txt``) with a wrong pinyin tone, a false UNESCO claim and an
    unsourced figure, closed by the footer of 204 "X culture" tags that culture sites end
    with, made from loci's list of those names as written (typos and no-break spaces)."""
    text = (Path(__file__).parent / "data" / "datong.txt").read_text(encoding="utf-8")
    return text + "\n" + " ".join(f"{name} culture" for name in seed_territories())
