"""What ``loci kb info`` reports about a knowledge base file."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from loci.kb.store import KB


def info(kb: KB) -> dict[str, Any]:
    """Path, size, build metadata, sources with versions, counts and problems per source."""
    problems = Counter(p["source"] for p in kb.problems())
    return {
        "path": str(kb.path),
        "size_bytes": kb.path.stat().st_size,
        "built": kb.meta.get("built"),
        "key": kb.meta.get("key"),
        "sources": [{**s, "problems": problems.get(s["name"], 0)} for s in kb.sources],
        "counts": kb.counts(),
    }


def info_lines(data: dict[str, Any]) -> Iterator[str]:
    """The text rendering of :func:`info`."""
    yield f"knowledge base  {data['path']}"
    yield f"size            {data['size_bytes'] / 1e6:.1f} MB, built {data['built']}"
    yield ""
    yield f"{'source':<14} {'package':<20} {'version':<10} {'records':>9} {'problems':>8}  licence"
    for s in data["sources"]:
        yield (f"{s['name']:<14} {s['package']:<20} {s['version']:<10} {s['records']:>9,} "
               f"{s['problems']:>8}  {s['licence']}")
    yield ""
    yield "  ".join(f"{table}: {n:,}" for table, n in data["counts"].items())
