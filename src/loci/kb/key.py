"""The key a cached knowledge base file is named by: schema and source package versions."""

from __future__ import annotations

import hashlib
from functools import cache

from loci.kb.schema import SCHEMA_VERSION, SOURCE_PACKAGES


@cache
def cache_key() -> str:
    """A short hash of the schema version and every source package's version."""
    from loci.sources import package_version  # light: imports no source module

    parts = [f"schema={SCHEMA_VERSION}"]
    parts += [f"{p}={package_version(p)}" for p in SOURCE_PACKAGES]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
