"""Guide output: Markdown with front matter, the JSON model, one standalone HTML page (the
site's guide page on a standalone site), the CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from loci.cli import main
from loci.errors import InputError, NotFoundError
from loci.guides import compose, render, url_for
from loci.guides.sections import registry
from loci.kb import KB
from loci.site import Site, render_guide
from loci.site.standalone import guide_html, standalone_site

CLOCK = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def test_sections_of_a_guide_have_their_own_places() -> None:
    for guide in ("territory", "city"):
        orders = [s.order for s in registry() if s.guide == guide]
        assert len(set(orders)) == len(orders), f"two {guide} sections share an order"


def test_links_follow_the_site_layout(kb: KB) -> None:
    assert url_for(kb.lookup("BT"), kb) == "/countries/bhutan/"
    assert url_for(kb.lookup("2038632"), kb) == "/countries/china/anshan/"
    assert url_for(kb.lookup("SH-TA"), kb) == "/countries/tristan-da-cunha/"
    assert url_for(kb.lookup("CN-LN"), kb) == "/countries/china/"


def test_markdown_has_front_matter_links_and_footnotes(kb: KB) -> None:
    text = render(compose(kb, kb.lookup("2038632"), now=CLOCK), "md", kb)
    head, body = text.split("\n---\n", 1)
    assert head.startswith("---\ntitle: \"A culture guide to Anshan\"\nplace: \"2038632\"")
    assert '  - dataset: "geonames"' in head and 'licence: "CC BY 4.0"' in head
    assert "[Shenyang](/countries/china/shenyang/)" in body
    assert "[^geonames]: GeoNames" in body
    assert "## Where it is" in body and "None" not in body


def test_json_is_the_full_model(kb: KB) -> None:
    data = json.loads(render(compose(kb, kb.lookup("BO"), now=CLOCK), "json", kb))
    assert data["place"] == {**data["place"], "id": "BO", "url": "/countries/bolivia/"}
    statements = [st for s in data["sections"] for st in s["statements"]]
    assert all(st["facts"] and st["facts"][0]["source"]["version"] for st in statements)
    assert {r["id"] for r in data["related"]} >= {"PE", "BR", "AR", "CL", "PY"}
    assert all(r["url"].startswith("/countries/") for r in data["related"])
    assert {s["dataset"] for s in data["sources"]} >= {"factbook", "cldr", "holidays"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_is_one_standalone_page(kb: KB) -> None:
    page = render_guide(kb, "China", "html", now=CLOCK)
    parser = _Tags()
    parser.feed(page)
    tags = parser.tags
    assert page.startswith("<!doctype html>") and "<style>" in page
    assert not [a for t, a in tags if t == "link" and a.get("rel") in ("stylesheet", "alternate")
                and a.get("hreflang") is None]
    assert not [a for t, a in tags if t == "script" and "src" in a]
    assert not [a for t, a in tags if a.get("class") in ("masthead", "cultures")]
    assert ("span", {"lang": "zh-Hans"}) in tags
    assert ("a", {"href": "/countries/mongolia/"}) in tags
    assert any(t == "svg" and a.get("role") == "img" for t, a in tags)
    assert any(t == "li" and a.get("id") == "fn-1" for t, a in tags)
    assert '<sup class="fn"><a href="#fn-1" aria-label="Source 1">[1]</a></sup>' in page


def test_html_is_the_site_guide_page(kb: KB) -> None:
    """One renderer: the standalone page's article is the site's, byte for byte."""
    from loci.site.gather import site_base
    from loci.site.pages import render_page

    guide = compose(kb, kb.lookup("BT"), today=CLOCK.date())
    data = site_base(kb, base_url="/", min_city_population=100_000, today=CLOCK.date())
    on_site = render_page(Site(data, kb), "country", "BT").html
    alone = guide_html(standalone_site(kb, CLOCK.date()), guide)

    def article(page: str) -> str:
        return page[page.index("<article"):page.index("</article>")]

    assert article(alone) == article(on_site)


def test_html_of_a_town_without_a_site_page(kb: KB) -> None:
    town = min(kb.places(("city",), country="BT"), key=lambda p: p.population or 0)
    assert (town.population or 0) < 100_000  # no page on a site of the default size
    page = guide_html(standalone_site(kb, CLOCK.date()), compose(kb, town, now=CLOCK))
    assert f'<h1 id="guide-title">A culture guide to {town.name}</h1>' in page


def test_render_guide_resolves_names_and_rejects_bad_input(kb: KB) -> None:
    assert "A culture guide to Bhutan" in render_guide(kb, "不丹", "md", now=CLOCK)
    assert "A culture guide to the Bahamas" in render_guide(kb, "The Bahamas", "md", now=CLOCK)
    with pytest.raises(InputError, match="unknown guide format"):
        render_guide(kb, "Bhutan", "pdf")
    with pytest.raises(InputError, match="Liaoning"):
        render_guide(kb, "CN-LN", "md")
    with pytest.raises(NotFoundError):
        render_guide(kb, "Qqqxzzy Land", "md")
    with pytest.raises(InputError, match="time zone"):
        compose(kb, kb.lookup("BT"), now=datetime(2026, 11, 28, 12))


def test_cli_writes_a_guide(kb: KB, tmp_path: Path) -> None:
    out = tmp_path / "bhutan.html"
    result = CliRunner().invoke(main, ["--db", str(kb.path), "guide", "Bhutan", "--format",
                                       "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    result = CliRunner().invoke(main, ["--db", str(kb.path), "guide", "Anshan"])
    # Markdown by default; what the guide says is test_guides.py's and the snapshots' to hold
    assert result.exit_code == 0
    assert result.output.startswith('---\ntitle: "A culture guide to Anshan"\n')
