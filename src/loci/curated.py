"""loci's own curated data (``data/places.toml``), loaded once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def places_data() -> dict[str, Any]:
    """The parsed ``places.toml``: display names, former names, aliases, dissolved entities."""
    text = resources.files("loci.data").joinpath("places.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def seed_territories() -> tuple[str, ...]:
    """The 204 names of the seed site's footer, exactly as written there."""
    text = resources.files("loci.data").joinpath("seed_territories.txt").read_text("utf-8")
    return tuple(line for line in text.split("\n") if line)
