"""The source registry and the modules on disk agree (holidays' test_registry)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from loci import sources


def test_every_source_module_is_registered() -> None:
    on_disk = {p.name.removesuffix(".py") for p in resources.files(sources).iterdir()
               if p.name.endswith(".py") and not p.name.startswith("_")} - {"records"}
    assert {m.__name__.rsplit(".", 1)[1] for m in sources.registry()} == on_disk


def test_sources_have_unique_names_and_orders() -> None:
    infos = [m.SOURCE for m in sources.registry()]
    assert len({i.name for i in infos}) == len(infos)
    assert len({i.order for i in infos}) == len(infos)
    assert [i.order for i in infos] == sorted(i.order for i in infos)


def test_kb_cache_key_covers_every_source_package() -> None:
    from loci.kb.schema import SOURCE_PACKAGES

    packages = {m.SOURCE.package for m in sources.registry()}
    assert packages <= set(SOURCE_PACKAGES)
    assert set(SOURCE_PACKAGES) - packages == {"language-data"}  # read by the cldr source


def test_public_api_names_resolve() -> None:
    import loci

    for name in loci.__all__:
        assert getattr(loci, name) is not None, name


def test_type_checkers_see_the_public_api(tmp_path: Path) -> None:
    """`import loci` exports lazily; mypy must still see each name's own type, not Any."""
    from mypy import api

    import loci

    names = [n for n in loci.__all__ if n != "__version__"]
    script = tmp_path / "use_loci.py"
    script.write_text("import loci\n" + "".join(f"reveal_type(loci.{n})\n" for n in names))
    root = Path(__file__).resolve().parent.parent
    out, _, status = api.run([str(script), "--cache-dir", str(root / ".mypy_cache")])
    revealed = [line for line in out.splitlines() if "Revealed type" in line]
    assert status == 0 and len(revealed) == len(names), out
    assert not [line for line in revealed if '"Any"' in line], out
    assert any("loci.places.resolve.Match" in line for line in revealed)
