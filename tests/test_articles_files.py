"""Opening and writing content files: only regular files inside their folder, reads capped,
writes whole or not at all, names printable."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from fs_tools import fifo, within
from loci.articles.decode import MAX_BYTES
from loci.articles.files import Problem, printable, read_capped, read_file, write_file
from loci.errors import InputError

ARTICLE = b"---\ntitle: A\ndate: 2026-01-01\n---\n\nAnshan is a city in China.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    content.mkdir()
    (content / "good.md").write_bytes(ARTICLE)
    (tmp_path / "outside.md").write_bytes(ARTICLE)
    return content


def test_a_regular_file_and_a_link_inside_the_folder_are_read(folder: Path) -> None:
    (folder / "link.md").symlink_to("good.md")
    root = os.path.realpath(folder)
    assert read_file(str(folder / "good.md"), root) == ARTICLE
    assert read_file(str(folder / "link.md"), root) == ARTICLE


def test_a_named_pipe_is_refused_without_blocking(folder: Path) -> None:
    """D12: opening a pipe for reading waits for a writer, forever."""
    with fifo(folder / "pipe.md") as pipe, pytest.raises(InputError, match="a named pipe"):
        within(10, lambda: read_file(str(pipe), os.path.realpath(folder)))


def test_a_link_to_dev_zero_is_refused_before_reading(folder: Path) -> None:
    """D13: /dev/zero never ends; refused as a link out of the folder, and as a device."""
    (folder / "zero.md").symlink_to("/dev/zero")
    with pytest.raises(InputError, match="outside"):
        within(10, lambda: read_file(str(folder / "zero.md"), os.path.realpath(folder)))
    with pytest.raises(InputError, match="a character device"):
        within(10, lambda: read_file(str(folder / "zero.md")))


def test_a_link_out_of_the_folder_is_refused(folder: Path) -> None:
    (folder / "out.md").symlink_to(folder.parent / "outside.md")
    with pytest.raises(InputError, match=r"out\.md: a symbolic link to .*outside\.md, outside"):
        read_file(str(folder / "out.md"), os.path.realpath(folder))


@pytest.mark.parametrize(("target", "words"), [
    ("missing.md", "which does not exist"),
    ("loop.md", "loops"),
])
def test_dangling_and_looping_links_say_what_they_are(folder: Path, target: str,
                                                      words: str) -> None:
    if target == "loop.md":
        (folder / "loop.md").symlink_to("loop.md")
    (folder / "bad.md").symlink_to(target)
    with pytest.raises(InputError, match=words):
        read_file(str(folder / "bad.md"), os.path.realpath(folder))


def test_a_stream_is_read_only_up_to_the_limit() -> None:
    """D21: standard input of a gigabyte was read whole before its size was checked."""
    class Endless(io.RawIOBase):
        served = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            buffer[:] = b"a" * len(buffer)
            self.served += len(buffer)
            return len(buffer)

    endless = Endless()
    with pytest.raises(InputError, match=r"<stdin> is more than 16\.8 MB"):
        read_capped(io.BufferedReader(endless), "<stdin>")
    assert endless.served <= MAX_BYTES + 2 * io.DEFAULT_BUFFER_SIZE
    assert read_capped(io.BytesIO(b"short"), "<stdin>") == b"short"


def test_a_file_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    with big.open("wb") as file:
        file.truncate(1 << 30)  # a gigabyte, sparse: costs nothing on disk
    with pytest.raises(InputError, match=r"big\.md is 1073\.7 MB"):
        read_file(str(big))
    small = tmp_path / "small.md"
    small.write_bytes(b"12345")
    with pytest.raises(InputError, match="more than"):
        read_file(str(small), limit=4)


def test_names_are_printed_on_one_line_as_they_are() -> None:
    """D23: a newline split a finding in two; ESC was dropped; bytes that are not UTF-8
    broke the report."""
    name = os.fsdecode(b"bad\n\xff\x1b.md")
    assert printable(name) == "bad\\n\\xff\\x1b.md"
    assert str(Problem(name, 3, "why")) == "bad\\n\\xff\\x1b.md:3: why"
    assert str(Problem("folder", 0, "why")) == "folder: why"
    assert printable("Curaçao 鞍山\u00a0x") == "Curaçao 鞍山\u00a0x"


def test_a_write_replaces_the_file_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_text("old")
    target.chmod(0o640)
    write_file(target, "new text")
    assert target.read_text() == "new text" and (target.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]  # nothing left beside it


def test_a_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_file(tmp_path / "new.md", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "new.md").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(("where", "words"), [
    ("missing/a.md", r"cannot write .*missing/a\.md: No such file or directory: create its "
                     "folder first"),
    ("file/a.md", r"cannot write .*file/a\.md: Not a directory"),
])
def test_a_write_that_cannot_happen_is_one_line(tmp_path: Path, where: str, words: str) -> None:
    """D18: a missing folder gave a FileNotFoundError traceback."""
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match=words):
        write_file(tmp_path / where, "text")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_a_full_device_is_one_line_and_stays_a_device() -> None:
    """D18: /dev/full gave an OSError traceback; renaming over it would replace it."""
    with pytest.raises(InputError, match="cannot write /dev/full: No space left on device"):
        write_file(Path("/dev/full"), "text")
    assert Path("/dev/full").is_char_device()
