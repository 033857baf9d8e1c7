"""The registries and the modules on disk agree (holidays' test_registry); the public API."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from loci import sources
from loci.check.rules import RULES
from loci.guides.sections import SECTIONS
from loci.registry import Registry
from loci.site.pages import KINDS

REGISTRIES = {"sources": sources.SOURCES, "sections": SECTIONS, "rules": RULES, "pages": KINDS}


@pytest.mark.parametrize("registry", REGISTRIES.values(), ids=REGISTRIES.keys())
def test_every_module_on_disk_registers_something(registry: Registry[object]) -> None:
    """A module added to a registered package is found; a helper that registers nothing
    is named as one, and a registered thing's module is on disk."""
    assert registry.items()
    assert set(registry.by_module) == registry.modules()
    assert len({registry.key(item) for item in registry.items()}) == len(registry.items())


def test_a_registry_names_what_it_cannot_take(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "plugins"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "_private.py").write_text("raise ImportError('helpers are not imported')\n")
    for name, value in (("one", "b"), ("two", "a")):
        (package / f"{name}.py").write_text(f"VALUE = {value!r}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    found: Registry[str] = Registry("plugins", key=str, collect=lambda m: (m.VALUE,))
    assert found.modules() == {"one", "two"}
    assert found.items() == ("a", "b") and found.by_module == {"one": ["b"], "two": ["a"]}
    with pytest.raises(ValueError, match="'a' registered twice"):
        found.add("a", "plugins.three")


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


def test_kb_cache_key_covers_the_code_that_reads_the_sources() -> None:
    # a fix to a reader (a typo in a share list) must reach a KB built before it
    import inspect

    from loci import pinyin
    from loci.kb import builder
    from loci.kb.key import code_files

    files = {p.resolve() for p in code_files()}
    for module in [*sources.registry(), builder, pinyin]:
        assert Path(inspect.getfile(module)).resolve() in files, module.__name__
    from loci.sources.factbook import shares
    assert Path(inspect.getfile(shares)).resolve() in files


def test_a_new_kb_in_the_cache_folder_deletes_older_ones(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import loci.kb

    cache, elsewhere = tmp_path / "cache", tmp_path / "mine"
    cache.mkdir(), elsewhere.mkdir()
    monkeypatch.setattr(loci.kb, "user_cache_path", lambda name: cache)
    names = ["kb-oldest.sqlite", "kb-older.sqlite", "kb-old.sqlite", "kb-new.sqlite"]
    for folder in (cache, elsewhere):
        for age, name in enumerate(reversed([*names, "search-1-v4.sqlite"])):
            (folder / name).write_bytes(b"x")
            os.utime(folder / name, (1e9 - age * 1000, 1e9 - age * 1000))
    loci.kb._prune(elsewhere / "kb-new.sqlite")  # a file of the user's own: nothing goes
    assert len(list(elsewhere.iterdir())) == 5 and len(list(cache.iterdir())) == 5
    loci.kb._prune(cache / "kb-new.sqlite")  # the two newest of the others stay
    assert sorted(p.name for p in cache.iterdir()) == [
        "kb-new.sqlite", "kb-old.sqlite", "kb-older.sqlite", "search-1-v4.sqlite"]


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
