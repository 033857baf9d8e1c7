"""loci: culture guides for every place on Earth, grounded in open data."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
