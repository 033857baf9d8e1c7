"""Time zones for readers: offsets at a given moment, local clock times."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from loci.guides.writers.default import count_word, natural_list

MAX_LISTED = 3  # more zones than this are summarised as a range of offsets


@cache
def zone(name: str) -> ZoneInfo | None:
    """The IANA zone, or None when this system's tz database lacks it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def offset_minutes(name: str, when: datetime) -> int | None:
    """The zone's UTC offset in minutes at ``when``."""
    tz = zone(name)
    if tz is None:
        return None
    delta = when.astimezone(tz).utcoffset() or timedelta()
    return int(delta.total_seconds() // 60)


def utc_label(minutes: int) -> str:
    """"UTC+8", "UTC-4", "UTC+5:30", "UTC"."""
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{mins:02d}" if mins else "")


def zone_summary(zones: list[str], when: datetime) -> str:
    """"UTC+8 (Asia/Shanghai)", "UTC+2 (Asia/Gaza and Asia/Hebron)" for zones of one
    offset, or "six offsets, from UTC-10 to UTC-4" for many."""
    known = [(z, m) for z in zones if (m := offset_minutes(z, when)) is not None]
    if not known:
        return natural_list(zones)
    if len(known) <= MAX_LISTED:
        by_offset: dict[int, list[str]] = {}
        for zone, minutes in known:
            by_offset.setdefault(minutes, []).append(zone)
        return natural_list([f"{utc_label(m)} ({natural_list(names)})"
                             for m, names in by_offset.items()])
    offsets = sorted({m for _, m in known})
    if len(offsets) == 1:
        return f"{count_word(len(known))} zones, all {utc_label(offsets[0])}"
    # the tz database's zones are cities' histories (29 for the United States): what a
    # reader counts is the offsets
    return (f"{count_word(len(offsets))} offsets, from {utc_label(offsets[0])} "
            f"to {utc_label(offsets[-1])}")
