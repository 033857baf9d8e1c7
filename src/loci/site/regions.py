"""The regions the site groups territories by: GeoNames' continents."""

from __future__ import annotations

REGION_NAMES = {
    "AF": "Africa",
    "AS": "Asia",
    "EU": "Europe",
    "NA": "North America",
    "SA": "South America",
    "OC": "Oceania",
    "AN": "Antarctica",
}
