"""One knowledge base for the whole test session, built once from the real packages."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from loci.curated import seed_territories
from loci.kb import KB, open_kb
from loci.places import Resolver
from site_tools import CHROMIUM_ARGS, chromium, serve
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


@pytest.fixture(scope="session")
def reduced_site(kb: KB, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site of the territories and the cities of a million people or more, built once
    for the tests that only read it (phone layout, compare, regions)."""
    from loci.site import build_site

    out = tmp_path_factory.mktemp("reduced") / "public"
    build_site(kb, out=out, min_city_population=1_000_000)
    return out


@pytest.fixture(scope="session")
def reduced_base(reduced_site: Path) -> Iterator[str]:
    with serve(reduced_site) as url:
        yield url


# A module that reads the reduced site names it ``site`` and ``base``; a module that
# builds a site of its own (test_site_build, test_site_default) defines its own, which
# pytest takes before these.
@pytest.fixture(scope="module")
def site(reduced_site: Path) -> Path:
    return reduced_site


@pytest.fixture(scope="module")
def base(reduced_base: str) -> str:
    return reduced_base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Chromium, launched once for a module's browser tests."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium()[0], args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A tab at the browser's own size (modules that test a phone or a desk size define
    their own)."""
    tab = browser.new_page()
    yield tab
    tab.close()
