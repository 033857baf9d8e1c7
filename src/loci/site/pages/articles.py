"""Articles: one page each, and the list of them all."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from markupsafe import Markup

from loci.articles.files import read_file
from loci.errors import NotFoundError
from loci.site.articles import ArticleMeta, listed
from loci.site.content import read_source
from loci.site.context import Site, SiteData
from loci.site.glossary import glossary
from loci.site.layout import Meta, ld, page
from loci.site.markup import annotate, markdown_html
from loci.site.pages import Page, PageKind, register
from loci.text import slugify


def _meta(data: SiteData, slug: str) -> ArticleMeta:
    if slug not in data.articles:
        raise NotFoundError(f"no article {slug!r}: see the list at /articles/")
    return data.articles[slug]


def _article(site: Site, slug: str) -> Page:
    article = _meta(site.data, slug)
    source = read_source(article.file, read_file(article.file))
    return article_page(site, article, source.body, site.data.paths)


def article_page(site: Site, article: ArticleMeta, text: str, paths: Mapping[str, str]) -> Page:
    """An article's page from its metadata and its Markdown text.

    Besides the site's base URL and footer, the page depends on nothing but the
    article itself and ``paths``, the pages of the places it names: so a build
    renders it as soon as the article is read, before the other articles are.
    """
    data = site.data
    slug = article.slug
    terms = glossary(text)
    links = [(surface, data.url(paths[pid])) for surface, pid in article.surfaces
             if pid in paths]
    pinyin_terms = [(t.written, "zh-Latn-pinyin") for t in terms if t.written]
    body = annotate(markdown_html(text), links, pinyin_terms)
    places = [(_name(site, pid), paths[pid]) for pid in article.places if pid in paths]
    path = article_path(slug)
    meta = Meta(path, article.title, article.summary, "article", lang=article.lang,
                og_type="article",
                jsonld=ld("Article", headline=article.title, datePublished=article.date,
                          description=article.summary, keywords=list(article.tags),
                          author={"@type": "Person", "name": article.author}
                          if article.author else None,
                          url=data.absolute(path), inLanguage=article.lang,
                          about=[{"@type": "Place", "name": n, "url": data.absolute(p)}
                                 for n, p in places]))
    twin = {"slug": slug, "date": article.date, "summary": article.summary,
            "tags": list(article.tags), "places": [{"name": n, "url": data.url(p)}
                                                    for n, p in places],
            "glossary": [t.as_dict() for t in terms], "body_html": body}
    return page(site, "article.html", meta, twin, article=article, body=Markup(body),
                glossary=terms, places=places,
                tags=[(t, slugify(t)) for t in article.tags])


def _name(site: Site, place_id: str) -> str:
    """A place's name from the site's lists, else from the KB (a city only articles name)."""
    if territory := site.data.territory.get(place_id):
        return territory.name
    if city := site.data.city_names.get(place_id):
        return city[0]
    return site.kb.lookup(place_id).name


def article_path(slug: str) -> str:
    return f"articles/{slug}/"


def _index(site: Site, key: str) -> Page:
    data = site.data
    items = list(data.articles.values())
    meta = Meta("articles/", "Articles", f"{len(items)} articles, newest first.", "articles")
    return page(site, "list.html", meta, {"articles": _rows(data, items)}, articles=items,
                links=[], crumbs=[("Home", "")])


def _rows(data: SiteData, items: list[ArticleMeta]) -> list[dict[str, Any]]:
    return [{"title": a.title, "url": data.url(f"articles/{a.slug}/"), "date": a.date,
             "summary": a.summary, "tags": list(a.tags)} for a in items]


# An article's page depends on its file, and on the paths of the places it links, which
# are among the site-wide inputs; lists of articles depend on what they show of each.
register(PageKind("article", lambda data: list(data.articles),
                  lambda data, key: article_path(key), _article,
                  lambda data, key: _meta(data, key).digest,
                  lambda data: ((slug, article_path(slug), meta.digest)
                                for slug, meta in data.articles.items())))
register(PageKind("articles", lambda data: [""], lambda data, key: "articles/", _index,
                  lambda data, key: listed(data.articles.values())))
