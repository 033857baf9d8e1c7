"""A guide as JSON: the full model with every statement's facts and sources, and link URLs."""

from __future__ import annotations

import json as _json
from typing import Any

from loci.guides.links import url_for
from loci.guides.model import Guide
from loci.kb import KB


def as_data(guide: Guide, kb: KB) -> dict[str, Any]:
    """The guide as plain data, with site URLs for the place and every related place."""
    data = guide.as_dict()
    data["place"]["url"] = url_for(guide.place, kb)
    for entry, place in zip(data["related"], guide.related, strict=True):
        entry["url"] = url_for(place, kb)
    return data


def render(guide: Guide, kb: KB) -> str:
    return _json.dumps(as_data(guide, kb), ensure_ascii=False, indent=2) + "\n"
