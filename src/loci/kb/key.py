"""The key a cached knowledge base file is named by: schema, source package versions,
loci's own curated data and the code that reads the sources."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path

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
    code = hashlib.sha256()
    for path in code_files():
        code.update(str(path.relative_to(_ROOT)).encode() + b"\0" + path.read_bytes())
    parts.append(f"code={code.hexdigest()}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]


_ROOT = Path(str(resources.files("loci")))
# What turns the sources into rows: a fix to a parser (a share's typo, a reading of a
# place name) must reach a KB built before it, as a new package version does.
_CODE = ("sources", "kb", "pinyin.py", "text.py", "curated.py", "registry.py", "places/geo.py")


def code_files() -> list[Path]:
    """loci's files whose code decides what the KB holds, in a fixed order."""
    found: list[Path] = []
    for name in _CODE:
        path = _ROOT / name
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found
