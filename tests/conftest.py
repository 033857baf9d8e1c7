"""One knowledge base for the whole test session, built once from the real packages."""

from __future__ import annotations

import pytest

from loci.kb import KB, open_kb
from loci.places import Resolver


@pytest.fixture(scope="session")
def kb() -> KB:
    """The real KB (LOCI_DB, or the user cache keyed by source versions)."""
    return open_kb()


@pytest.fixture(scope="session")
def resolver(kb: KB) -> Resolver:
    return Resolver(kb)
