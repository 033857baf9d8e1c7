"""Everything the pages of a site share, gathered once: places with pages, articles, tags.

``SiteData`` is plain, picklable data: the build hands it to its worker
processes and the server keeps one. ``Site`` adds what cannot be pickled: the
open KB and the template environment.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from loci.errors import InputError
from loci.site.articles import ArticleMeta
from loci.text import fold, place_slug, slugify, unique_key

if TYPE_CHECKING:
    import jinja2
    from markupsafe import Markup

    from loci.kb import KB
    from loci.site.pages import Shared


MIN_CITY_POPULATION = 100_000  # cities this large get a guide page, unless told otherwise
# The slug of a country's page of the cities filed under no region: never a region's, as
# regions' slugs are made unique with it taken (see ``SiteData.subdivisions``).
NO_REGION = "no-region"


@dataclass(frozen=True, slots=True)
class Territory:
    """A territory as lists and the footer show it."""

    id: str
    name: str
    slug: str
    path: str  # site path of its guide, "countries/belarus/"
    kind: str
    status: str
    zh: str  # Chinese (simplified) name, "" when none
    pinyin: str  # the Chinese name in pinyin, "Bái'éluósī"
    region: str  # region code, "EU"
    dependency: bool  # the Factbook gives it a dependency status (Hong Kong, Aruba)


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str
    slug: str
    members: tuple[str, ...]  # territory ids, in English A–Z order


@dataclass(frozen=True, slots=True)
class Subdivision:
    """A country's first-level region (province, state) with city guides, as its page
    shows it; or, with the country's own id, the country's cities filed under no region."""

    id: str  # ISO 3166-2 code, "CN-LN"; the country's id for its cities in no region
    name: str  # "Liaoning"; "Other cities" or "All cities" for those in no region
    country: str  # territory id
    path: str  # "countries/china/regions/liaoning/"
    cities: tuple[str, ...]  # ids of its cities with guides, largest first


@dataclass(frozen=True, slots=True)
class Former:
    """A former name of a territory and what it is called now."""

    name: str
    lang: str
    year: int | None
    place: str  # id of the territory it belongs to, or the dissolved territory itself
    successors: tuple[str, ...]  # for dissolved territories: the ids of what came after
    note: str


@dataclass(frozen=True, slots=True)
class Moved:
    """An old address's page: where the reader is sent, and why."""

    then: str  # the name the old address was made of: "Swaziland", "Łódź"
    name: str  # the name of the place now: "Eswatini", "Łódź"
    path: str  # the site path of its page now
    renamed: bool  # the place was renamed; else only its address is new


@dataclass
class SiteData:
    """The site-wide facts every page may use."""

    base_url: str  # as given: "/" or "https://example.org/culture/"
    today: dt.date
    min_city_population: int
    kb_key: str
    territories: tuple[Territory, ...]  # English A–Z
    regions: tuple[Region, ...]
    paths: dict[str, str]  # place id -> site path, for every place with a guide page
    cities: tuple[str, ...]  # ids of cities with guides, largest first
    city_names: dict[str, tuple[str, str]]  # city id -> (name, country id), for lists
    articles: dict[str, ArticleMeta] = field(default_factory=dict)  # slug -> meta, newest first
    formers: tuple[Former, ...] = ()
    # city id -> the id of its subdivision (cities filed under their country are not here)
    city_parents: dict[str, str] = field(default_factory=dict)
    subdivision_names: dict[str, str] = field(default_factory=dict)  # subdivision id -> name
    # subdivision id -> ISO's own form of its name, where the site shows another
    subdivision_iso: dict[str, str] = field(default_factory=dict)

    @cached_property
    def base_path(self) -> str:
        """The path part of the base URL, with a trailing slash: "/", "/culture/"."""
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"

    @cached_property
    def territory(self) -> dict[str, Territory]:
        return {t.id: t for t in self.territories}

    @cached_property
    def subdivisions(self) -> dict[str, tuple[Subdivision, ...]]:
        """Country id -> its regions with city guides, A–Z, then its cities in no region.

        A region lives at "countries/<country>/regions/<slug>/": a level below the
        cities ("countries/<country>/<city>/"), so no city can take its address. The
        slug is the region's English name, made unique within the country.
        """
        groups: dict[str, dict[str, list[str]]] = {}  # country -> region id -> cities
        for city in self.cities:  # largest first
            country = self.city_names[city][1]
            groups.setdefault(country, {}).setdefault(
                self.city_parents.get(city, country), []).append(city)
        return {country: self._regions_of(country, regions) for country, regions in
                groups.items()}

    def _regions_of(self, country: str, regions: dict[str, list[str]]
                    ) -> tuple[Subdivision, ...]:
        """One country's regions, A–Z, then its cities in no region."""
        folder = self.paths[next(iter(regions.values()))[0]].rstrip("/").rpartition("/")[0]
        taken = {NO_REGION}
        found = []
        for key in sorted(regions):  # by id: a region's slug is the same whatever the cities
            if key == country:
                name, slug = "Other cities" if len(regions) > 1 else "All cities", NO_REGION
            else:
                name = self.subdivision_names[key]
                slug = unique_key(place_slug(name), taken)
            found.append(Subdivision(key, name, country, f"{folder}/regions/{slug}/",
                                     tuple(regions[key])))
        return tuple(sorted(found, key=lambda s: (s.id == country, fold(s.name), s.id)))

    @cached_property
    def subdivision(self) -> dict[str, Subdivision]:
        """Subdivision id (a country's id for its cities in no region) -> its page."""
        return {s.id: s for subs in self.subdivisions.values() for s in subs}

    @cached_property
    def mentions(self) -> dict[str, tuple[str, ...]]:
        """Place id -> slugs of the articles that mention it, newest first."""
        found: dict[str, list[str]] = {}
        for slug, meta in self.articles.items():
            for place in meta.places:
                found.setdefault(place, []).append(slug)
        return {place: tuple(slugs) for place, slugs in found.items()}

    @cached_property
    def tags(self) -> dict[str, tuple[str, ...]]:
        """Tag -> slugs of its articles, newest first; tags in alphabetical order."""
        found: dict[str, list[str]] = {}
        for slug, meta in self.articles.items():
            for tag in meta.tags:
                found.setdefault(tag, []).append(slug)
        return {tag: tuple(found[tag]) for tag in sorted(found)}

    @cached_property
    def moved(self) -> dict[str, Moved]:
        """Old addresses where no page is, and the page now there: a renamed territory's
        former English names ("countries/swaziland/" -> Eswatini), the addresses places
        had before they were spelt in plain letters ("countries/poland/łodz/"), and those
        regions had under ISO's form of their names ("regions/madrid-comunidad-de/")."""
        pages = [(path, self.territory[pid].name if pid in self.territory
                  else self.city_names[pid][0]) for pid, path in self.paths.items()]
        pages += [(s.path, s.name) for s in self.subdivision.values()]
        taken = {path for path, _ in pages}
        found: dict[str, Moved] = {}
        # a name several territories went by (German East Africa: Burundi, Rwanda and
        # Tanzania) leads to none of them
        owners: dict[str, set[str]] = {}
        for former in self.formers:
            owners.setdefault(former.name, set()).add(former.place)
        for former in self.formers:
            territory = self.territory.get(former.place)
            if (former.lang != "en" or former.successors or territory is None
                    or len(owners[former.name]) > 1):
                continue
            path = f"countries/{place_slug(former.name)}/"
            if path not in taken:
                found.setdefault(path, Moved(former.name, territory.name, territory.path, True))
        for sub in self.subdivision.values():  # ISO's "Madrid, Comunidad de", in reading order
            if (iso := self.subdivision_iso.get(sub.id)) is not None:
                folder = sub.path.rstrip("/").rpartition("/")[0]
                old = f"{folder}/{place_slug(iso)}/"
                if old not in taken:
                    found.setdefault(old, Moved(iso, sub.name, sub.path, False))
        for path, name in pages:
            folder, _, slug = path.rstrip("/").rpartition("/")
            if slug == place_slug(name) != slugify(name):
                old = f"{folder}/{slugify(name)}/"
                if old not in taken:
                    found.setdefault(old, Moved(name, name, path, False))
        return dict(sorted(found.items()))

    def url(self, path: str) -> str:
        """A link to a site path, as pages write it: "/culture/countries/belarus/"."""
        return self.base_path + path.lstrip("/")

    def absolute(self, path: str) -> str:
        """A full URL for feeds, sitemaps and Open Graph (a path when no host is known)."""
        return self._root + path.lstrip("/")

    @cached_property
    def _root(self) -> str:
        """What ``absolute`` puts before a path: the base URL when it names a host."""
        if urlsplit(self.base_url).netloc:
            return self.base_url if self.base_url.endswith("/") else self.base_url + "/"
        return self.base_path


def check_base_url(base_url: str) -> str:
    """The base URL if usable; raises InputError saying what a usable one looks like."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("", "http", "https") or (parts.scheme and not parts.netloc) or (
            not parts.scheme and not base_url.startswith("/")) or parts.query or parts.fragment:
        raise InputError(f"--base-url {base_url!r} is not a site root: give a path such as "
                         "'/' or '/culture/', or a URL such as 'https://example.org/'")
    return base_url


class Site:
    """SiteData plus an open KB and templates: what renders pages.

    A ``standalone`` site renders pages to be read on their own (``loci guide
    --format html``): the style sheet inline, no masthead, footer or links to the
    site's feeds and JSON twins.
    """

    def __init__(self, data: SiteData, kb: KB, *, standalone: bool = False) -> None:
        self.data = data
        self.kb = kb
        self.standalone = standalone
        self.templates: dict[str, jinja2.Template] = {}  # see ``template``

    @cached_property
    def env(self) -> jinja2.Environment:
        from loci.site.env import environment

        return environment(self)

    @cached_property
    def masthead(self) -> Markup:
        """The skip link, the site's name, menu and search box: the same on every page."""
        from markupsafe import Markup

        return Markup() if self.standalone else self._once("masthead.html")

    @cached_property
    def footer(self) -> Shared:
        """The footer's "X culture" links: the same on every page."""
        from loci.site.pages import Shared

        text = "" if self.standalone else self._once("footer.html")
        return Shared(text, text.encode())

    def template(self, name: str) -> jinja2.Template:
        """One of the site's templates, loaded once (Jinja's own cache takes a lock and
        checks the loader on every call)."""
        found = self.templates.get(name)
        if found is None:
            found = self.templates[name] = self.env.get_template(name)
        return found

    _SHARED = ("env", "masthead", "footer", "templates")

    def on(self, kb: KB) -> Site:
        """The same site on another KB handle (a worker's own), keeping its templates and
        shared parts: they depend on the site's data alone."""
        other = Site(self.data, kb, standalone=self.standalone)
        other.__dict__.update((k, v) for k, v in self.__dict__.items() if k in self._SHARED)
        return other

    def _once(self, template: str) -> Markup:
        """A part every page has, rendered once for the site."""
        from markupsafe import Markup

        return Markup(self.template(template).render(site=self.data))
