"""Gather a site's shared data from the KB and the content folder."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from loci import pinyin
from loci.articles.files import Problem
from loci.guides.links import site_path
from loci.kb import KB, TERRITORY_KINDS, PlaceRow
from loci.places import Resolver
from loci.places.collation import chinese_name
from loci.site.articles import ArticleMeta, forget_unpacked
from loci.site.content import content_stamps
from loci.site.context import Former, Region, SiteData, Territory
from loci.site.reading import ArticleStaging, Staged, read_all
from loci.text import fold, slugify, uninverted

ArticleCache = dict[str, dict[str, Any]]


def gather(kb: KB, *, content: Path | None, base_url: str, min_city_population: int,
           today: dt.date, cache: ArticleCache,
           jobs: int = 1) -> tuple[SiteData, list[Problem]]:
    """The site's data, the content problems found, and (updated in place) the article cache."""
    base = site_base(kb, base_url=base_url, min_city_population=min_city_population,
                     today=today)
    articles, problems, _ = load_articles(content, kb, cache, jobs) if content else ({}, [], {})
    return with_articles(kb, base, articles), problems


Lists = tuple[Any, ...]  # the KB-derived part of a site's data, as plain (marshal-able) data


def site_base(kb: KB, *, base_url: str, min_city_population: int, today: dt.date,
              lists: Lists | None = None) -> SiteData:
    """The site's data without its articles: territories, regions, cities, former names.

    ``lists``: what ``site_lists`` gave for this KB and population in an earlier
    build (a rebuild need not ask the KB again).
    """
    territories, regions, paths, cities, city_names, formers, parents, subdivisions, iso = (
        lists or site_lists(kb, min_city_population))
    return SiteData(base_url=base_url, today=today, min_city_population=min_city_population,
                    kb_key=kb.meta.get("key", ""),
                    territories=tuple(Territory(*t) for t in territories),
                    regions=tuple(Region(*r) for r in regions), paths=dict(paths),
                    cities=tuple(cities), city_names=dict(city_names),
                    formers=tuple(Former(*f) for f in formers), city_parents=dict(parents),
                    subdivision_names=dict(subdivisions), subdivision_iso=dict(iso))


def site_lists(kb: KB, min_city_population: int) -> Lists:
    """Territories (A–Z), regions, guide paths, cities (largest first), their names,
    former names, the cities' subdivisions and those subdivisions' names, as plain data."""
    resolver = Resolver(kb)
    places = kb.places(TERRITORY_KINDS)
    territories = sorted((_territory(kb, p, places) for p in places),
                         key=lambda t: (fold(t.name), t.id))
    cities = _cities(kb, resolver, min_city_population)
    paths = {t.id: t.path for t in territories}
    paths.update((c.id, site_path(c, kb)) for c in cities)
    parents, names = _subdivisions(cities, kb.places(("subdivision",)))
    return (tuple(map(_plain, territories)), tuple(map(_plain, _regions(territories))), paths,
            tuple(c.id for c in cities), {c.id: (c.name, c.country or "") for c in cities},
            tuple(map(_plain, _formers(kb, places))), parents, names, _iso_names(kb, names))


def _iso_names(kb: KB, names: dict[str, str]) -> dict[str, str]:
    """Subdivision id -> ISO's own form of its name, where the site shows another (ISO's
    "Madrid, Comunidad de" is shown "Comunidad de Madrid"): the name its region page's
    address was once made of."""
    found = {}
    for place_id, name in names.items():
        official = next((n.name for n in kb.names(place_id)
                         if n.kind == "official" and n.lang == "en"), name)
        if official != name == uninverted(official):  # only the order of words changed
            found[place_id] = official
    return found


def _subdivisions(cities: list[PlaceRow], subdivisions: list[PlaceRow]
                  ) -> tuple[dict[str, str], dict[str, str]]:
    """City id -> the id of its subdivision (for those GeoNames files under one of their
    country's), and those subdivisions' names."""
    known = {s.id: s for s in subdivisions if s.kind == "subdivision"}
    parents = {c.id: c.parent for c in cities if c.parent in known
               and known[c.parent].country == c.country}
    return parents, {p: known[p].name for p in sorted(set(parents.values()))}


def _plain(row: Territory | Region | Former) -> tuple[Any, ...]:
    return tuple(getattr(row, name) for name in row.__slots__)


def with_articles(kb: KB, base: SiteData, articles: dict[str, ArticleMeta]) -> SiteData:
    """The site's data with its articles, and a page for every city they mention."""
    mentioned = {pid for meta in articles.values() for pid in meta.places
                 if pid not in base.paths}
    new = [c for pid in sorted(mentioned) if (c := kb.place(pid)) and c.kind == "city"]
    if not new:
        return replace(base, articles=articles)
    cities = sorted([*filter(None, map(kb.place, base.cities)), *new],
                    key=lambda c: (-(c.population or 0), c.id))
    parents, names = _subdivisions(new, kb.places_by_id({c.parent for c in new if c.parent}))
    iso = _iso_names(kb, {p: n for p, n in names.items() if p not in base.subdivision_names})
    return replace(base, articles=articles, cities=tuple(c.id for c in cities),
                   paths={**base.paths, **{c.id: site_path(c, kb) for c in new}},
                   city_names={**base.city_names,
                               **{c.id: (c.name, c.country or "") for c in new}},
                   city_parents={**base.city_parents, **parents},
                   subdivision_names={**base.subdivision_names, **names},
                   subdivision_iso={**base.subdivision_iso, **iso})


def load_articles(folder: Path, kb: KB, cache: ArticleCache, jobs: int = 1,
                  staging: ArticleStaging | None = None
                  ) -> tuple[dict[str, ArticleMeta], list[Problem], dict[str, Staged]]:
    """Every good article, newest first, the problems of the bad ones, and (with
    ``staging``) the pages staged for the articles read, by file.

    ``cache`` maps a file's path to its size, mtime and metadata from the last
    build; files whose size and mtime are unchanged are not read again. The
    cache is updated in place.
    """
    found, unreadable = content_stamps(folder)
    stamps = {path: list(stamp) for path, stamp in found.items()}
    stale = [p for p, stamp in stamps.items() if cache.get(p, {}).get("stamp") != stamp]
    staged: dict[str, Staged] = {}
    for path, read in zip(stale, read_all(stale, kb, jobs, staging, os.path.realpath(folder)),
                          strict=True):
        cache.pop(path, None)
        if isinstance(read, list):
            cache[path] = {"stamp": stamps[path], "problems": [
                [p.line, p.message] for p in read]}
            continue
        packed, pages = read
        cache[path] = {"stamp": stamps[path], "meta": packed}
        if pages is not None:
            staged[path] = pages
    for gone in cache.keys() - stamps.keys():
        del cache[gone]
    forget_unpacked(entry["meta"] for entry in cache.values() if "meta" in entry)
    articles, problems = _publishable([(p, cache[p]) for p in stamps])
    return articles, unreadable + problems, staged


def _publishable(entries: list[tuple[str, dict[str, Any]]]
                 ) -> tuple[dict[str, ArticleMeta], list[Problem]]:
    """Articles newest first, each slug once; problems of the files left out."""
    found: dict[str, ArticleMeta] = {}
    problems: list[Problem] = []
    for path, entry in entries:
        if "problems" in entry:
            problems.extend(Problem(path, line, message) for line, message in
                            entry["problems"])
            continue
        meta = ArticleMeta.unpacked(entry["meta"])
        if meta.slug in found:
            problems.append(Problem(path, 1, f"another article already has the slug "
                                    f"{meta.slug!r}: set a different `slug:`"))
            continue
        found[meta.slug] = meta
    ordered = sorted(found.values(), key=lambda m: (m.date, m.slug), reverse=True)
    return {m.slug: m for m in ordered}, problems


def _territory(kb: KB, place: PlaceRow, places: list[PlaceRow]) -> Territory:
    zh = chinese_name(kb, place.id) or ""
    return Territory(place.id, place.name, place.slug, site_path(place, kb),
                     place.kind, place.status, zh,
                     pinyin.display(zh, place=True, english=place.name) if zh else "",
                     _region_of(kb, place), bool(kb.facts(place.id, "dependency")))


def _region_of(kb: KB, place: PlaceRow, depth: int = 0) -> str:
    """The continent code; a territory without one takes its parent's or successor's."""
    for fact in kb.facts(place.id, "location"):
        if fact.key == "continent":
            return str(fact.value["code"])
    others = [place.parent] if place.parent else []
    others += [s for f in kb.facts(place.id, "dissolution")
               for s in f.value.get("successors", [])]
    for other in others:
        found = kb.place(other)
        if found is not None and depth < 3:
            return _region_of(kb, found, depth + 1)
    return ""


def _regions(territories: list[Territory]) -> tuple[Region, ...]:
    from loci.site.regions import REGION_NAMES

    regions = []
    for code, name in REGION_NAMES.items():
        members = tuple(t.id for t in territories if t.region == code)
        if members:
            regions.append(Region(code, name, slugify(name), members))
    return tuple(regions)


def _cities(kb: KB, resolver: Resolver, min_population: int) -> list[PlaceRow]:
    """Cities with guides, before articles add theirs: large enough, and capitals."""
    chosen = {c.id: c for c in kb.places(("city",), min_population=min_population)}
    for place_id in capitals(kb, resolver):
        if place_id not in chosen and (city := kb.place(place_id)) and city.kind == "city":
            chosen[place_id] = city
    return sorted(chosen.values(), key=lambda c: (-(c.population or 0), c.id))


def capitals(kb: KB, resolver: Resolver) -> list[str]:
    """City ids of every territory's capital(s) that the cities dataset has."""
    found = []
    for place in kb.places(TERRITORY_KINDS):
        for fact in kb.facts(place.id, "capital"):
            if not isinstance(fact.value, dict) or "name" not in fact.value:
                continue
            name = str(fact.value["name"])
            for query in dict.fromkeys((name, name.split(",")[0])):
                towns = [m.place for m in resolver.exact(query, ("city",))
                         if m.place.country == (place.country or place.id)]
                if towns:
                    found.append(towns[0].id)
                    break
    return found


def _formers(kb: KB, places: list[PlaceRow]) -> tuple[Former, ...]:
    found = []
    for place in places:
        for fact in kb.facts(place.id, "former-name"):
            v = fact.value
            found.append(Former(v["name"], v.get("lang", "en"), v.get("year"), place.id, (),
                                v.get("note") or ""))
        for fact in kb.facts(place.id, "dissolution"):
            if successors := fact.value.get("successors"):
                year = int(str(fact.value.get("ended", "0"))[:4]) or None
                found.append(Former(place.name, "en", year, place.id, tuple(successors),
                                    str(fact.value.get("summary") or "")))
    return tuple(sorted(found, key=lambda f: (fold(f.name), f.year or 0)))
