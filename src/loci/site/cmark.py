"""Markdown to HTML with cmark-gfm (GitHub's C library, as the ``cmarkgfm`` wheel ships it).

Called through ctypes on the wheel's own library rather than through
``cmarkgfm``'s Python functions, which never free the document tree nor the
HTML they return (18 KB lost on each call for a 1.4 KB article). Here both are
freed, and the GIL is released while the C code runs. See docs/markdown.md for
why cmark-gfm and not markdown-it-pyrs.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from functools import cache

import cmarkgfm._cmark  # type: ignore[import-untyped]  # the wheel's compiled library
from cmarkgfm.cmark import Options  # type: ignore[import-untyped]

# Raw HTML is kept (the sanitiser after the renderer decides what stays); invalid UTF-8
# (a lone surrogate) becomes U+FFFD; ~~x~~ strikes through, ~x~ does not (as markdown-it).
OPTIONS: int = (Options.CMARK_OPT_UNSAFE | Options.CMARK_OPT_VALIDATE_UTF8
                | Options.CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE)
EXTENSIONS = (b"table", b"strikethrough")

_P = ctypes.c_void_p


class _Memory(ctypes.Structure):
    _fields_ = [("calloc", _P), ("realloc", _P), ("free", ctypes.CFUNCTYPE(None, _P))]


@cache
def _library() -> ctypes.CDLL:
    """The C functions, declared once (the extensions are registered here too)."""
    lib = ctypes.CDLL(cmarkgfm._cmark.__file__)
    for name, result, args in (
            ("cmark_gfm_core_extensions_ensure_registered", None, ()),
            ("cmark_find_syntax_extension", _P, (ctypes.c_char_p,)),
            ("cmark_parser_new", _P, (ctypes.c_int,)),
            ("cmark_parser_attach_syntax_extension", ctypes.c_int, (_P, _P)),
            ("cmark_parser_feed", None, (_P, ctypes.c_char_p, ctypes.c_size_t)),
            ("cmark_parser_finish", _P, (_P,)),
            ("cmark_parser_get_syntax_extensions", _P, (_P,)),
            ("cmark_render_html", _P, (_P, ctypes.c_int, _P)),
            ("cmark_node_free", None, (_P,)),
            ("cmark_parser_free", None, (_P,)),
            ("cmark_get_default_mem_allocator", ctypes.POINTER(_Memory), ())):
        function = getattr(lib, name)
        function.restype, function.argtypes = result, args
    lib.cmark_gfm_core_extensions_ensure_registered()
    return lib


@cache
def _handles() -> tuple[ctypes.CDLL, list[int], Callable[[int], None]]:
    """The library, the extensions to attach and the allocator's free: looked up once."""
    lib = _library()
    extensions = [lib.cmark_find_syntax_extension(name) for name in EXTENSIONS]
    return lib, extensions, lib.cmark_get_default_mem_allocator().contents.free


_LOCK = threading.Lock()  # the first call registers the extensions: once, in one thread


def render(text: str) -> str:
    """The HTML of a Markdown text (CommonMark with GFM tables and ~~strikethrough~~).

    Raw HTML is kept as written: sanitise the result before showing it.
    """
    with _LOCK:
        lib, extensions, free = _handles()
    data = text.encode("utf-8", "surrogatepass")  # a lone surrogate becomes U+FFFD
    parser = lib.cmark_parser_new(OPTIONS)
    root = html = None
    try:
        for extension in extensions:
            lib.cmark_parser_attach_syntax_extension(parser, extension)
        lib.cmark_parser_feed(parser, data, len(data))
        root = lib.cmark_parser_finish(parser)
        html = lib.cmark_render_html(root, OPTIONS, lib.cmark_parser_get_syntax_extensions(parser))
        return ctypes.string_at(html).decode("utf-8")
    finally:
        if html:
            free(html)
        if root:
            lib.cmark_node_free(root)
        lib.cmark_parser_free(parser)
