"""The key a cached knowledge base file is named by: schema, source package versions and
loci's own curated data."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

from loci.kb.schema import SCHEMA_VERSION, SOURCE_PACKAGES


@cache
def cache_key() -> str:
    """A short hash of the schema version, every source package's version and the bytes
    of loci's curated data files (a new former name must reach the KB too)."""
    from loci.sources import package_version  # light: imports no source module

    parts = [f"schema={SCHEMA_VERSION}"]
    parts += [f"{p}={package_version(p)}" for p in SOURCE_PACKAGES]
    digest = hashlib.sha256()
    for item in sorted(resources.files("loci.data").iterdir(), key=lambda f: f.name):
        if item.is_file() and not item.name.endswith(".py"):
            digest.update(item.name.encode() + b"\0" + item.read_bytes())
    parts.append(f"data={digest.hexdigest()}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
