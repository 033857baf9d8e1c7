"""loci: culture guides for every place on Earth, grounded in open data.

The public API, imported lazily so that ``import loci`` (and the CLI's start-up)
stays cheap::

    import loci
    kb = loci.open_kb()                       # build on first use, then read-only
    loci.Resolver(kb).best("White Russia")    # -> Match(place=Belarus, how="former", ...)
    guide = loci.compose(kb, loci.find_place(kb, "Bhutan"))
    result = loci.check_paths(kb, ["draft.md"], loci.Config())   # .findings
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers see; at run time __getattr__ imports on first use
    from loci.check import Config as Config
    from loci.check import Finding as Finding
    from loci.check import check_article as check_article
    from loci.check import check_paths as check_paths
    from loci.guides import Guide as Guide
    from loci.guides.compose import compose as compose
    from loci.kb import KB as KB
    from loci.kb import open_kb as open_kb
    from loci.places import Match as Match
    from loci.places import Resolver as Resolver
    from loci.places import find_place as find_place
    from loci.site import build_site as build_site
    from loci.site import render_guide as render_guide
    from loci.web import create_app as create_app

__version__ = "0.1.0"

_EXPORTS = {
    "KB": "loci.kb",
    "open_kb": "loci.kb",
    "Match": "loci.places",
    "Resolver": "loci.places",
    "find_place": "loci.places",
    "Guide": "loci.guides",
    "compose": "loci.guides",
    "Config": "loci.check",
    "Finding": "loci.check",
    "check_article": "loci.check",
    "check_paths": "loci.check",
    "build_site": "loci.site",
    "render_guide": "loci.site",
    "create_app": "loci.web",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'loci' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
