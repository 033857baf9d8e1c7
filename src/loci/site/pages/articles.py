"""Articles: one page each, and the list of them all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markupsafe import Markup

from loci.errors import NotFoundError
from loci.site.articles import ArticleMeta
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
    data = site.data
    article = _meta(data, slug)
    source = read_source(Path(article.file), Path(article.file).read_bytes())
    terms = glossary(source.body)
    links = [(surface, data.url(data.paths[pid])) for surface, pid in article.surfaces
             if pid in data.paths]
    pinyin_terms = [(t.written, "zh-Latn-pinyin") for t in terms if t.written]
    body = annotate(markdown_html(source.body), links, pinyin_terms)
    places = [(site.kb.lookup(pid).name, data.paths[pid]) for pid in article.places
              if pid in data.paths]
    path = f"articles/{slug}/"
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


def _index(site: Site, key: str) -> Page:
    data = site.data
    items = list(data.articles.values())
    meta = Meta("articles/", "Articles", f"{len(items)} articles, newest first.", "articles")
    return page(site, "list.html", meta, {"articles": _rows(data, items)}, articles=items,
                links=[], crumbs=[("Home", "")])


def _rows(data: SiteData, items: list[ArticleMeta]) -> list[dict[str, Any]]:
    return [{"title": a.title, "url": data.url(f"articles/{a.slug}/"), "date": a.date,
             "summary": a.summary, "tags": list(a.tags)} for a in items]


register(PageKind("article", lambda data: list(data.articles),
                  lambda data, key: f"articles/{key}/", _article,
                  lambda data, key: (_meta(data, key).digest, sorted(
                      (s, data.paths.get(p)) for s, p in _meta(data, key).surfaces))))
register(PageKind("articles", lambda data: [""], lambda data, key: "articles/", _index,
                  lambda data, key: [(a.slug, a.title, a.date, a.summary)
                                     for a in data.articles.values()]))
