"""Bytes to text: UTF-8, UTF-16/32 (with or without a BOM) and GB18030, never guessed silently.

The decoded text is kept exactly as written (non-breaking spaces, CRLF, NFD
accents): findings point at columns of the original, so nothing is normalised
here. Only a BOM is dropped, since editors do not count it as a column.
"""

from __future__ import annotations

import codecs
import re

from loci.errors import InputError

MAX_BYTES = 16 * 1024 * 1024  # an article; a larger file is a dump, not something to check

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, newlines, form feed; text never has them, binary always does.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NOT_CONTROL = bytes(b for b in range(256) if not _CONTROL.match(chr(b)))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CJK_OR_COMMON = re.compile(r"[\u00a0-\u024f\u2000-\u206f\u3000-\u303f\u3400-\u9fff"
                            r"\uf900-\ufaff\uff00-\uffef]")


def decode(data: bytes, name: str) -> str:
    """The text of a file's bytes; raises InputError naming the file when it is not text."""
    check_size(len(data), name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding, name)
    wide = _wide_without_bom(data)
    if wide:
        return _strict(data, wide, name)
    if b"\x00" in data:
        raise _binary(name, data.index(b"\x00"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        # In UTF-8 a control character is its own byte: deleting every other byte (in C)
        # tells whether there is one ten times faster than searching the text for it.
        return _checked(text, name, clean=not data.translate(None, _NOT_CONTROL))
    return _gb18030(data, name, utf8_error)


def check_size(size: int, name: str) -> None:
    """Refuse a file too large to be an article, naming it and its size."""
    if size > MAX_BYTES:
        raise InputError(f"{name} is {size / 1e6:.1f} MB; loci checks articles of up to "
                         f"{MAX_BYTES // 2**20} MiB: split it into articles")


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return _checked(data.decode(encoding), name)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: invalid {encoding.upper()} at byte {exc.start}: "
                         "save the file again as UTF-8") from None


def _wide_without_bom(data: bytes) -> str | None:
    """UTF-32 or UTF-16 told by where the zero bytes fall, since text without a BOM
    names no encoding.

    UTF-32 has a zero in the top byte of every character and at most 0x10 in the
    next. UTF-16 of mostly ASCII has a zero in every other byte (the odd ones for
    LE); a character like 一 (U+4E00) puts a zero in the other half too, so that
    half may have some, only far fewer.
    """
    if len(data) < 4:
        return None
    if not len(data) % 4:
        words = data[:4096]
        if not any(words[3::4]) and max(words[2::4]) <= 0x10:
            return "utf-32-le"
        if not any(words[0::4]) and max(words[1::4]) <= 0x10:
            return "utf-32-be"
    if len(data) % 2:
        return None
    sample = data[:4096]
    half = len(sample) // 2
    odd, even = sample[1::2].count(0) / half, sample[0::2].count(0) / half
    if odd > 0.4 and even < odd / 4:
        return "utf-16-le"
    if even > 0.4 and odd < even / 4:
        return "utf-16-be"
    return None


def _gb18030(data: bytes, name: str, utf8_error: UnicodeDecodeError) -> str:
    """GB18030 is the one other encoding Chinese writers save in; random bytes fail its test."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    non_ascii = len(_NON_ASCII.findall(text))
    if not text or len(_CJK_OR_COMMON.findall(text)) < 0.9 * non_ascii:
        raise InputError(f"{name} is neither UTF-8 (invalid byte at {utf8_error.start}) nor "
                         "GB18030 text: save it as UTF-8") from None
    return _checked(text, name)


def _checked(text: str, name: str, clean: bool = False) -> str:
    """The text without a BOM; raises InputError when it has a control character
    (``clean``: it is known to have none)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not clean and (control := _CONTROL.search(text)):
        raise _binary(name, control.start())
    return text


def _binary(name: str, position: int) -> InputError:
    return InputError(f"{name} looks like binary data (a control character at offset "
                      f"{position:,}), not an article: check the file name")
