"""The ``loci`` command: parse arguments, call one function per command, map errors to exit codes.

Exit status: 0 success, 1 nothing matched (or findings at error level), 2 usage
or input error.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from loci import __version__
from loci.errors import LociError, NotFoundError

FORMAT = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                      show_default=True, help="Output format.")


class _Group(click.Group):
    """Turns loci's own errors into one line on stderr and their exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NotFoundError as exc:
            click.echo(f"loci: {exc}", err=True)
            for candidate in exc.candidates:
                click.echo(f"  did you mean: {candidate}", err=True)
            ctx.exit(exc.exit_code)
        except LociError as exc:
            click.echo(f"loci: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except sqlite3.DatabaseError as exc:  # a file that passed the checks on opening
            from loci.kb import default_path

            path = (ctx.obj or {}).get("db") or default_path()
            click.echo(f"loci: the knowledge base {path} is damaged ({exc}): delete it and "
                       "run `loci kb build`", err=True)
            ctx.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="loci")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), envvar="LOCI_DB",
              help="Knowledge base file (default: in the user cache, keyed by source versions; "
                   "env LOCI_DB).")
@click.pass_context
def main(ctx: click.Context, db: Path | None) -> None:
    """loci: culture guides for every country, territory and city, grounded in open data."""
    ctx.obj = {"db": db}


def _emit(data: Any, fmt: str, text: Callable[[Any], Iterator[str]]) -> None:
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for line in text(data):
            click.echo(line)


@contextmanager
def _progress() -> Iterator[Callable[[str, int], None]]:
    """A progress display on stderr for KB builds (quiet when stderr is not a terminal)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("building knowledge base: {task.description}"),
               TextColumn("{task.completed:,} records"), TimeElapsedColumn())
    with Progress(*columns, transient=True, disable=not sys.stderr.isatty()) as bar:
        tasks: dict[str, Any] = {}

        def update(source: str, count: int) -> None:
            if source not in tasks:
                tasks[source] = bar.add_task(source, total=None)
            bar.update(tasks[source], completed=count)

        yield update


def open_kb(ctx: click.Context) -> Any:
    """The KB named by --db / LOCI_DB; built first, with a progress display, when needed."""
    from loci.kb import KB, default_path, is_intact
    from loci.kb import open_kb as _open

    path = ctx.obj["db"] or default_path()
    if is_intact(path):
        return KB(path)
    with _progress() as progress, _writable(path):
        return _open(path, progress)


@contextmanager
def _writable(path: Path) -> Iterator[None]:
    """Turn a KB file that cannot be written (a read-only cache folder) into one line."""
    import sqlite3

    from loci.errors import KnowledgeBaseError

    try:
        yield
    except (OSError, sqlite3.OperationalError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise KnowledgeBaseError(f"cannot build the knowledge base at {path}: {reason}: pass "
                                 "--db FILE (or set LOCI_DB) naming a file in a folder you "
                                 "can write to") from None


# kb -------------------------------------------------------------------------


@main.group()
def kb() -> None:
    """Build and inspect the knowledge base."""


@kb.command("build")
@click.pass_context
def kb_build(ctx: click.Context) -> None:
    """Build the knowledge base from the source packages (atomically replacing any old one)."""
    from loci.kb import build, default_path

    path = ctx.obj["db"] or default_path()
    with _progress() as progress, _writable(path):
        build(path, progress)
    click.echo(f"built {path}")


@kb.command("info")
@FORMAT
@click.pass_context
def kb_info(ctx: click.Context, fmt: str) -> None:
    """Show the sources with their versions, row counts, problems, and the file's path and size."""
    from loci.kb.info import info, info_lines

    _emit(info(open_kb(ctx)), fmt, info_lines)


@kb.command("verify")
@click.pass_context
def kb_verify(ctx: click.Context) -> None:
    """Read the whole knowledge base again: SQLite's integrity check, and every row against
    the digest recorded when it was built (exit 2 when it is damaged)."""
    from loci.errors import KnowledgeBaseError
    from loci.kb.verify import damage

    path = open_kb(ctx).path
    problems = damage(path)
    if problems:
        raise KnowledgeBaseError(f"the knowledge base {path} is damaged ({'; '.join(problems)})"
                                 ": delete it and run `loci kb build`")
    click.echo(f"{path} is intact")


@kb.command("facts")
@click.argument("place")
@click.option("--topic", help="Only facts of this topic (e.g. religion, capital, holiday).")
@click.option("--year", type=click.IntRange(1, 9999), help="Public holidays of this year "
              "(default: this year).")
@FORMAT
@click.pass_context
def kb_facts(ctx: click.Context, place: str, topic: str | None, year: int | None,
             fmt: str) -> None:
    """Print a place's facts with their sources. PLACE is any name or id."""
    from loci.places import place_facts

    facts = place_facts(open_kb(ctx), place, topic, year)
    _emit([f.as_dict() for f in facts], fmt, _fact_lines)


def _fact_lines(facts: list[dict[str, Any]]) -> Iterator[str]:
    for f in facts:
        src = f["source"]
        yield f"{f['topic']:<22} {f['text']}  [{src['dataset']} {src['version']}: {src['field']}]"


# places ---------------------------------------------------------------------


@main.command("places")
@click.argument("names", nargs=-1)
@click.option("--seed", is_flag=True,
              help="The sample site's 204 footer names, as it spells them and in its order, "
                   "with what each resolves to.")
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True,
              help="Order a list by English name, or by the pinyin of the Chinese name.")
@click.option("--limit", default=5, show_default=True, help="Candidates per name.")
@FORMAT
@click.pass_context
def places(ctx: click.Context, names: tuple[str, ...], seed: bool, lang: str, limit: int,
           fmt: str) -> None:
    """Resolve place names (any language, former names, abbreviations, typos, codes) to
    places; with no names, list every territory. Exits 1 when a name has no answer.

    \b
    Examples:
      loci places "White Russia" 鞍山 Elfenbeinküste deu Bavaria
      loci places --lang zh
      loci places --seed --format json
    """
    from loci.places import resolve_names, seed_answers, territories

    kb = open_kb(ctx)
    if names and seed:
        raise click.UsageError("give names or --seed, not both")
    if seed:
        _emit(seed_answers(kb, lang), fmt, _answer_lines)
    elif not names:
        _emit(territories(kb, lang), fmt, _place_lines)
    else:
        results = resolve_names(kb, names, limit)
        _emit(results, fmt, _answer_lines)
        if any(r["answer"] is None for r in results):
            ctx.exit(1)


def _answer_lines(results: list[dict[str, Any]]) -> Iterator[str]:
    for r in results:
        best, others = r["answer"], r["candidates"]
        if best is not None:
            yield f"{r['query']}  {_described(best)}"
        else:
            guesses = "; did you mean " + " or ".join(
                f"{c['name']} ({c['id']})" for c in others[:3]) + "?" if others else ""
            yield f"{r['query']}: no answer{guesses}"
            continue
        for c in others:
            yield f"{' ' * len(r['query'])}  {_described(c)}"


def _described(p: dict[str, Any]) -> str:
    zh = f" {p['name_zh']}" if p["name_zh"] else ""
    year = f", until {p['year']}" if p["year"] else ""
    after = f"; now {', '.join(p['successors'])}" if p["successors"] else ""
    status = f", {p['status']}" if p["status"] in ("renamed", "dissolved") else ""
    return (f"{p['id']:<8} {p['name']}{zh} ({p['kind']}{status}{after}; "
            f"{p['matched_by']} '{p['matched']}'{year}; {p['confidence']:.2f})")


def _place_lines(rows: list[dict[str, Any]]) -> Iterator[str]:
    for p in rows:
        zh = f"  {p['name_zh']}" if p["name_zh"] else ""
        after = f" (dissolved; now {', '.join(p['successors'])})" if p["successors"] else ""
        yield f"{p['id']:<8} {p['name']}{zh}{after}"


# guides ---------------------------------------------------------------------


@main.command("guide")
@click.argument("place")
@click.option("--format", "fmt", type=click.Choice(["md", "json", "html"]), default="md",
              show_default=True, help="Markdown with front matter, the full JSON model, or "
                                      "one standalone HTML page.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@click.pass_context
def guide(ctx: click.Context, place: str, fmt: str, output: Path | None) -> None:
    """Compose the culture guide of a territory or city. PLACE is any name or id.

    Example: loci guide Bhutan --format md
    """
    from loci.site import render_guide

    _write(render_guide(open_kb(ctx), place, fmt), output)


def _write(text: str, output: Path | None) -> None:
    from loci.articles.files import write_file

    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
    else:
        write_file(output, text)
        click.echo(f"wrote {output}", err=True)


# articles and checking ------------------------------------------------------


@main.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github"]),
              default="text", show_default=True, help="Report format.")
@click.option("--select", multiple=True, help="Only these rule codes or categories.")
@click.option("--ignore", multiple=True, help="Skip these rule codes or categories.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="A loci.toml (default: ./loci.toml or [tool.loci] in ./pyproject.toml).")
@click.option("-v", "--verbose", is_flag=True, help="Also list claims the KB cannot decide.")
@click.pass_context
def check(ctx: click.Context, paths: tuple[str, ...], fmt: str, select: tuple[str, ...],
          ignore: tuple[str, ...], config_path: Path | None, verbose: bool) -> None:
    """Fact-check articles (Markdown, text; folders are walked; - reads stdin).

    Example: loci check content/ --format json
    """
    from loci.check import run_check

    report, code = run_check(open_kb(ctx), paths, fmt=fmt, select=select, ignore=ignore,
                             config_path=config_path, verbose=verbose)
    click.echo(report, nl=not report.endswith("\n"))
    ctx.exit(code)


@main.command("import")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the Markdown here instead of standard output (whole or not at all).")
@click.option("--date", type=click.DateTime(["%Y-%m-%d"]),
              help="The article's date, when the source gives none (default: the day the "
                   "file was last changed).")
@click.pass_context
def import_(ctx: click.Context, source: Path, output: Path | None, date: Any) -> None:
    """Turn a plain-text or HTML article into Markdown with front matter.

    Example: loci import draft.txt -o content/anshan.md
    """
    from loci.articles import import_file

    _write(import_file(open_kb(ctx), source, date.date() if date else None), output)


# publishing -----------------------------------------------------------------


@main.command("build")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("public"),
              show_default=True, help="Folder to write the site to (published once every page is "
                   "built; a killed build is finished or undone by the next).")
@click.option("--content", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of Markdown articles (default: the example content shipped with loci).")
@click.option("--base-url", default="/", show_default=True, help="URL the site is served at.")
@click.option("--min-city-population", type=int, default=100_000, show_default=True,
              help="Cities at least this large get a guide (capitals and cities articles "
                   "mention always do).")
@click.option("--jobs", type=int, default=0, help="Worker processes (default: CPU count).")
@click.option("--strict", is_flag=True, help="Fail on the first bad content file.")
@click.pass_context
def build(ctx: click.Context, out: Path, content: Path | None, base_url: str,
          min_city_population: int, jobs: int, strict: bool) -> None:
    """Build the static site: guides, articles, search, feeds, JSON twins.

    Example: loci build --out public/ --content content/
    """
    from loci.site import build_site

    summary = build_site(open_kb(ctx), out=out, content=content, base_url=base_url,
                         min_city_population=min_city_population, jobs=jobs, strict=strict)
    click.echo(summary)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--content", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of Markdown articles (default: the example content shipped with loci).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (one per core to use).")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, content: Path | None, workers: int) -> None:
    """Serve the site live, with search and the JSON API.

    Example: loci serve --port 8000
    """
    from loci.web import serve as run_server

    run_server(open_kb(ctx), host=host, port=port, content=content, workers=workers)
