"""Publishing a build: a killed build is finished or undone, builds of one folder take
turns, nothing outside --out is touched, and a refused write is one line, exit 2."""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import os
import random
import shutil
import subprocess
import sys
import time
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import loci
from loci.cli import main
from loci.kb import KB
from loci.site import build_site
from loci.site.output import MANIFEST, Manifest

MIN_POPULATION = 10**9  # capitals, and the cities articles name: about 500 pages
TEA = "---\ntitle: Tea\ndate: 2026-01-01\ntags: [tea]\n---\n\nTea is grown in {}.\n"
RICE = "---\ntitle: Rice\ndate: 2026-01-02\n---\n\nRice is grown in Japan.\n"
OLD = {"tea.md": TEA.format("Peru"), "rice.md": RICE}
NEW = {"tea.md": TEA.format("Chile")}  # one article edited, one removed
KILLED = 75  # the exit status of a child that the test's hook killed
Snapshot = dict[str, bytes | None]  # path -> bytes, or None for a folder


@dataclass(frozen=True)
class Sites:
    """Clean builds of the old and the new content, and where they are."""

    today: dt.date
    old_content: Path
    new_content: Path
    old_site: Path
    old: Snapshot
    new: Snapshot


def build(kb: KB, content: Path, out: Path, today: dt.date, **options: Any) -> str:
    return build_site(kb, out=out, content=content, min_city_population=MIN_POPULATION,
                      jobs=1, today=today, **options)


def write_content(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def snapshot(out: Path) -> Snapshot:
    """Every file's bytes and every folder of a site, but its manifest."""
    return {p.relative_to(out).as_posix(): p.read_bytes() if p.is_file() else None
            for p in out.rglob("*") if p.name != MANIFEST}


def copy_site(source: Path, out: Path) -> None:
    shutil.copytree(source, out, copy_function=shutil.copy)  # new files, new times


def beside(out: Path, but: str = "") -> list[str]:
    """loci's files beside a site folder (``but`` one)."""
    return sorted(p.name for p in out.parent.iterdir()
                  if p.name.startswith(f".{out.name}.") and p.name != but)


def recover(out: Path) -> bool:
    from loci.site import publish

    return publish.recover(out)


@pytest.fixture(scope="module")
def sites(kb: KB, tmp_path_factory: pytest.TempPathFactory) -> Sites:
    root = tmp_path_factory.mktemp("publish")
    today = dt.datetime.now(dt.UTC).date()
    old_content = write_content(root / "old" / "content", OLD)
    new_content = write_content(root / "new" / "content", NEW)
    build(kb, old_content, root / "old" / "public", today)
    build(kb, new_content, root / "new" / "public", today)
    return Sites(today, old_content, new_content, root / "old" / "public",
                 snapshot(root / "old" / "public"), snapshot(root / "new" / "public"))


# A killed build ------------------------------------------------------------------


def killed_after(steps: int, action: Callable[[], object]) -> bool:
    """Run ``action`` in a forked child that dies (``os._exit``: no clean-up, as SIGKILL)
    when about to change the file system for the ``steps + 1``-th time (a rename, an
    unlink, a rmdir); True if it died, False if it finished first."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # fork with threads: the child
        pid = os.fork()  # runs only this
    if pid == 0:
        status = 1
        try:
            _die_after(steps)
            action()
            status = 0
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(status)
    status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    assert status in (0, KILLED), f"the child failed with status {status}: see its stderr"
    return status == KILLED


def _die_after(steps: int) -> None:
    done = 0
    for name in ("replace", "rename", "unlink", "rmdir"):
        real = getattr(os, name)

        def step(*args: Any, _real: Callable[..., Any] = real, **kwargs: Any) -> Any:
            nonlocal done
            if done == steps:
                os._exit(KILLED)
            done += 1
            return _real(*args, **kwargs)

        setattr(os, name, step)


def test_a_rebuild_killed_at_any_step_leaves_the_old_site_or_the_new_one(
        kb: KB, sites: Sites, tmp_path: Path) -> None:
    out = tmp_path / "public"
    copy_site(sites.old_site, out)
    outcomes = []
    for steps in range(500):
        died = killed_after(steps, lambda: build(KB(kb.path), sites.new_content, out,
                                                 sites.today))
        recover(out)  # what the next build does first
        state = snapshot(out)
        assert state in (sites.old, sites.new), f"a mixed site after {steps} steps"
        outcomes.append("new" if state == sites.new else "old")
        assert beside(out, but=".public.lock") == []  # no staging folder, no journal
        # with the old content again: the old site exactly, whatever the manifest says
        build(kb, sites.old_content, out, sites.today)
        assert snapshot(out) == sites.old, f"the site after {steps} steps is not repaired"
        assert beside(out) == []
        if not died:
            break
    # old until the commit is certain, new from then on; every step was tried
    assert outcomes[0] == "old" and outcomes[-1] == "new" and not died
    assert outcomes == sorted(outcomes, key=("old", "new").index)
    assert len(outcomes) > 14


def test_a_recovery_killed_at_any_step_is_finished_by_the_next(
        kb: KB, sites: Sites, tmp_path: Path) -> None:
    out = tmp_path / "public"
    copy_site(sites.old_site, out)
    for steps in range(500):
        # killed half-way through moving its files, then its recovery killed too
        assert killed_after(8, lambda: build(KB(kb.path), sites.new_content, out,
                                             sites.today))
        died = killed_after(steps, lambda: recover(out))
        assert recover(out)
        assert snapshot(out) == sites.new and beside(out, but=".public.lock") == []
        assert "wrote 0 changed files" in build(kb, sites.new_content, out, sites.today)
        build(kb, sites.old_content, out, sites.today)
        assert beside(out) == []
        if not died:
            break
    assert steps > 8


_BUILD = """
import datetime as dt, sys
from pathlib import Path
from loci.kb import KB
from loci.site import build_site
db, content, out, base_url, today = sys.argv[1:]
build_site(KB(Path(db)), out=Path(out), content=Path(content), base_url=base_url,
           min_city_population=int(1e9), jobs=1, today=dt.date.fromisoformat(today))
"""


def _env() -> dict[str, str]:
    src = str(Path(loci.__file__).resolve().parents[1])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [src, os.environ.get("PYTHONPATH")]))}


def _poll(ready: Callable[[], bool], proc: subprocess.Popen[Any]) -> bool:
    """Wait until ``ready()`` or the process ends: True if ready came first."""
    while proc.poll() is None:
        if ready():
            return True
        time.sleep(0.001)
    return False


def _commit_started(out: Path) -> Callable[[], bool]:
    def started() -> bool:
        return any((folder / MANIFEST).exists()
                   for folder in out.parent.glob(f".{out.name}.building-*"))
    return started


def test_rebuilds_killed_at_random_moments_are_finished_or_undone(
        kb: KB, sites: Sites, tmp_path: Path) -> None:
    # A new base URL rewrites every file: a long commit to land in.
    clean = tmp_path / "clean"
    build(kb, sites.old_content, clean, sites.today, base_url="/x/")
    moved = snapshot(clean)
    out = tmp_path / "public"
    copy_site(sites.old_site, out)
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    for round_ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", _BUILD, str(kb.path),
                                 str(sites.old_content), str(out), "/x/",
                                 sites.today.isoformat()], env=_env())
        if round_ == 0:  # anywhere in the build
            event, delay = (lambda: bool(list(tmp_path.glob(".public.building-*")))), 2.0
        else:  # once the commit has begun
            event, delay = _commit_started(out), 0.04
        if _poll(event, proc):
            time.sleep(rng.uniform(0, delay))
            proc.kill()
        proc.wait()
        recover(out)
        state = snapshot(out)
        assert state in (sites.old, moved), f"a mixed site (seed {seed}, round {round_})"
        assert beside(out, but=".public.lock") == []
        build(kb, sites.old_content, out, sites.today)
        assert snapshot(out) == sites.old, f"not repaired (seed {seed}, round {round_})"
        assert beside(out) == []


# Builds take turns ---------------------------------------------------------------


def test_a_second_build_of_one_folder_waits_for_the_first(
        kb: KB, sites: Sites, tmp_path: Path) -> None:
    out = tmp_path / "public"
    with open(tmp_path / ".public.lock", "a") as lock:  # the first build's
        fcntl.flock(lock, fcntl.LOCK_EX)
        proc = subprocess.Popen(
            [sys.executable, "-m", "loci", "--db", str(kb.path), "build", "--out", str(out),
             "--content", str(sites.old_content), "--min-city-population",
             str(MIN_POPULATION), "--jobs", "1"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
        assert proc.stderr is not None
        waiting = proc.stderr.readline()
        assert f"another build is writing {out}; waiting" in waiting
        assert not out.exists()
        copy_site(sites.old_site, out)  # what the first build publishes meanwhile
    stdout, stderr = proc.communicate()
    assert proc.returncode == 0 and stderr == "", stderr
    assert stdout.startswith("Built ")
    assert snapshot(out).keys() == sites.old.keys() and beside(out) == []


# Nothing outside --out -----------------------------------------------------------


def test_a_tampered_manifest_removes_nothing_outside_the_site(
        kb: KB, sites: Sites, tmp_path: Path) -> None:
    out = tmp_path / "site" / "public"
    copy_site(sites.old_site, out)
    victims = [tmp_path / "site" / "up.txt", tmp_path / "absolute.txt",
               tmp_path / "deep.txt"]
    for victim in victims:
        victim.write_text("keep me", encoding="utf-8")
    manifest = Manifest.load(out)
    assert manifest is not None
    manifest.files.update({"../up.txt": "0" * 32, str(victims[1]): "0" * 32,
                           "countries/../../../deep.txt": "0" * 32})
    (out / MANIFEST).write_bytes(manifest.dump())
    summary = build(kb, sites.old_content, out, sites.today)
    assert all(victim.read_text(encoding="utf-8") == "keep me" for victim in victims)
    assert "rendered 0 " not in summary  # not trusted: every page again
    assert snapshot(out) == sites.old
    assert "rendered 0 " in build(kb, sites.old_content, out, sites.today)


@pytest.mark.parametrize("path", ["../x.html", "/etc/x.html", "a//x.html", "a/./x.html",
                                  "a/../x.html", "a/..", "", "a/", "a\0b"])
def test_a_manifest_naming_a_path_outside_its_folder_is_not_trusted(
        tmp_path: Path, path: str) -> None:
    (tmp_path / MANIFEST).write_bytes(Manifest(
        files={"index.html": "0" * 32, path: "0" * 32}).dump())
    manifest = Manifest.load(tmp_path)
    assert manifest is not None and manifest.files == {}


def test_no_file_is_written_through_a_link_out_of_the_site(
        kb: KB, sites: Sites, tmp_path: Path) -> None:
    out = tmp_path / "public"
    copy_site(sites.old_site, out)
    elsewhere = tmp_path / "elsewhere"
    (out / "tags").rename(elsewhere)
    (out / "tags").symlink_to(elsewhere)
    before = snapshot(elsewhere)
    with pytest.raises(loci.errors.InputError, match=r"tags is a symbolic link"):
        build(kb, sites.new_content, out, sites.today)
    assert snapshot(elsewhere) == before
    assert beside(out) == []


@pytest.mark.parametrize("tamper", ["removal", "move", "linked folder", "foreign folder"])
def test_a_tampered_journal_moves_and_removes_nothing_outside_the_site(
        sites: Sites, tmp_path: Path, tamper: str) -> None:
    from loci.site.output import file_identity
    from loci.site.publish import Journal, open_site

    out = tmp_path / "public"
    copy_site(sites.old_site, out)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    staged = tmp_path / ".public.building-abcd1234"
    staged.mkdir()
    (staged / MANIFEST).write_bytes((out / MANIFEST).read_bytes())
    (staged / "..%2Fvictim.txt").write_text("overwritten", encoding="utf-8")
    journal = Journal(staged.name, [], [], file_identity(staged / MANIFEST))
    if tamper == "removal":
        journal = Journal(staged.name, [], ["../victim.txt"], journal.manifest)
    elif tamper == "move":
        journal = Journal(staged.name, ["../victim.txt"], [], journal.manifest)
    elif tamper == "linked folder":  # its files would be taken from elsewhere
        elsewhere = tmp_path / "elsewhere"
        staged.rename(elsewhere)
        staged.symlink_to(elsewhere)
        journal = Journal(staged.name, ["index.html"], [], journal.manifest)
        (elsewhere / "index.html").write_text("taken", encoding="utf-8")
    else:
        journal = Journal("../" + staged.name, [], ["index.html"], journal.manifest)
    (tmp_path / ".public.commit").write_bytes(journal.dump())
    assert not recover(out)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert snapshot(out) == sites.old
    if tamper == "linked folder":
        assert (tmp_path / "elsewhere" / "index.html").read_text(encoding="utf-8") == "taken"
    manifest = open_site(out)  # untrusted until a build commits: every file written again
    assert manifest is not None and manifest.files and set(manifest.files.values()) == {""}


# Leftovers and permissions -------------------------------------------------------


def test_the_staging_folders_of_killed_builds_are_removed(
        kb: KB, sites: Sites, tmp_path: Path) -> None:
    out = tmp_path / "public"
    copy_site(sites.old_site, out)
    for name in (".public.building-k1ll3d_0", ".public.building-0a1b2c3d"):
        (tmp_path / name / "countries" / "peru").mkdir(parents=True)
        (tmp_path / name / "countries" / "peru" / "index.html").write_text("half")
    others = [".public2.building-0a1b2c3d", "public.building-0a1b2c3d", ".public.notes"]
    for name in others:
        (tmp_path / name).mkdir()
    build(kb, sites.old_content, out, sites.today)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["public", *others])
    assert snapshot(out) == sites.old


def test_the_published_folder_has_ordinary_permissions(
        kb: KB, sites: Sites, tmp_path: Path) -> None:
    out = tmp_path / "public"
    umask = os.umask(0o027)
    try:
        build(kb, sites.old_content, out, sites.today)
    finally:
        os.umask(umask)
    assert {oct(p.stat().st_mode & 0o777) for p in (out, out / "countries")} == {"0o750"}
    assert oct((out / "index.html").stat().st_mode & 0o777) == "0o640"


# A machine that refuses to write -------------------------------------------------


@pytest.mark.parametrize("refusal", ["name too long", "full disk", "full disk at the manifest",
                                     "read-only"])
def test_a_refused_write_is_one_line_naming_the_path_and_exit_2(
        kb: KB, sites: Sites, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        refusal: str) -> None:
    out = tmp_path / ("x" * 300 if refusal == "name too long" else "public")
    if refusal.startswith("full disk"):
        real_open, real_write, opened = os.open, os.write, dict[int, str]()

        def open_(path: Any, *args: Any, **kwargs: Any) -> int:
            fd = real_open(path, *args, **kwargs)
            opened[fd] = str(path)
            return fd

        def write(fd: int, data: bytes) -> int:
            if refusal == "full disk" or opened.get(fd, "").endswith(MANIFEST):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return real_write(fd, data)

        monkeypatch.setattr(os, "open", open_)
        monkeypatch.setattr(os, "write", write)
    elif refusal == "read-only":
        real_open, real_mkdir = os.open, os.mkdir

        def refuse(path: Any) -> None:
            if str(path).startswith(str(tmp_path)):
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

        def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if flags & os.O_CREAT:
                refuse(path)
            return real_open(path, flags, *args, **kwargs)

        def mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
            refuse(path)
            real_mkdir(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", open_)
        monkeypatch.setattr(os, "mkdir", mkdir)
    result = CliRunner().invoke(main, [
        "--db", str(kb.path), "build", "--out", str(out), "--content",
        str(sites.old_content), "--min-city-population", str(MIN_POPULATION), "--jobs", "1"])
    monkeypatch.undo()
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"loci: cannot write {tmp_path}/")
    assert result.output.count("\n") == 1
    advice = {"name too long": "file name too long: choose a shorter --out",
              "full disk": "no space left on the device: free some",
              "read-only": "read-only file system: give --out a folder on a writable one"}
    assert advice[refusal.removesuffix(" at the manifest")] in result.output
    assert (MANIFEST in result.output) == refusal.endswith("at the manifest")
    assert list(tmp_path.iterdir()) == []  # no site, no staging folder, no lock
