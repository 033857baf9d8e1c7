"""A guide rendered on its own, in any format: what ``loci guide`` prints.

Markdown and JSON come from ``loci.guides.render``; HTML is the site's own guide
page, rendered on a standalone site (style sheet inline, no masthead or footer),
so that a guide has one HTML renderer.
"""

from __future__ import annotations

from datetime import date, datetime

from loci.errors import InputError
from loci.guides import Guide, compose
from loci.guides.compose import clock
from loci.guides.links import site_path
from loci.guides.render import FORMATS, render
from loci.kb import KB
from loci.places import find_place
from loci.site.context import MIN_CITY_POPULATION, Site
from loci.site.gather import site_base
from loci.site.pages.guides import guide_page

GUIDE_FORMATS = (*FORMATS, "html")


def render_guide(kb: KB, name: str, fmt: str, *, today: date | None = None,
                 now: datetime | None = None) -> str:
    """The guide of the place ``name`` means (any name or id), as md, json or html."""
    if fmt not in GUIDE_FORMATS:
        raise InputError(f"unknown guide format {fmt!r}: choose one of "
                         f"{', '.join(GUIDE_FORMATS)}")
    guide = compose(kb, find_place(kb, name), today=today, now=now)
    if fmt == "html":
        return guide_html(standalone_site(kb, clock(today, now).date()), guide)
    return render(guide, fmt, kb)


def standalone_site(kb: KB, today: date) -> Site:
    """A site of the default size whose pages stand alone (made once for many guides)."""
    data = site_base(kb, base_url="/", min_city_population=MIN_CITY_POPULATION, today=today)
    return Site(data, kb, standalone=True)


def guide_html(site: Site, guide: Guide) -> str:
    """The guide as one HTML page that needs no other file: the site's guide page, its
    links pointing where the site would put the places' guides."""
    site.data.paths.setdefault(guide.place.id, site_path(guide.place, site.kb))  # a town's
    return guide_page(site, guide).html
