"""One knowledge base for the whole test session, built once from the real packages."""

from __future__ import annotations

import pytest

from loci.kb import KB, open_kb
from loci.places import Resolver
from web_live import live  # noqa: F401  (the live `loci serve` fixture, shared by test_web*)


@pytest.fixture(scope="session")
def kb() -> KB:
    """The real KB (LOCI_DB, or the user cache keyed by source versions)."""
    return open_kb()


@pytest.fixture(scope="session")
def resolver(kb: KB) -> Resolver:
    return Resolver(kb)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed's sample article (../shared/seed beside the repo), as written."""
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
    return next(folder.glob("*.txt")).read_text(encoding="utf-8")
