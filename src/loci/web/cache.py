"""Finished responses, ready to send: body, gzipped body, ETag; and a bounded LRU of them.

A page is rendered once; after that a request costs a dictionary lookup and
one call into the server (``loci.web.front``). The cache is bounded by entries
and bytes, so any number of distinct URLs (a crawler, a fuzzer) cannot grow the
server's memory.
"""

from __future__ import annotations

import gzip
import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field

Headers = list[tuple[bytes, bytes]]
TextHeaders = list[tuple[str, str]]  # the same, as Granian's RSGI interface takes them

GZIP_MIN = 1024  # bytes; below this gzip saves less than its headers cost
_COMPRESSIBLE = (b"text/", b"application/json", b"application/javascript",
                 b"application/xml", b"application/atom+xml", b"image/svg+xml")
BASE_HEADERS: Headers = [(b"vary", b"Accept-Encoding"), (b"x-content-type-options", b"nosniff")]


@dataclass(frozen=True, slots=True)
class Entry:
    """A response as it will be sent, in both encodings, headers ready for each."""

    status: int
    headers: Headers  # without content-length and content-encoding
    body: bytes
    gzipped: bytes | None
    etag: bytes | None
    headers_plain: Headers = field(default_factory=list)
    headers_gzip: Headers = field(default_factory=list)
    headers_304: Headers = field(default_factory=list)
    text_plain: TextHeaders = field(default_factory=list)
    text_gzip: TextHeaders = field(default_factory=list)
    text_304: TextHeaders = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.body) + len(self.gzipped or b"") + 256


def compressible(headers: Headers) -> bool:
    """True when the content type is text that gzip shrinks."""
    ctype = next((v for k, v in headers if k == b"content-type"), b"")
    return ctype.startswith(_COMPRESSIBLE)


def make_entry(status: int, headers: Headers, body: bytes, with_etag: bool) -> Entry:
    """Finish a response: drop the app's length and encoding, add ETag and a gzipped body."""
    kept = [(k, v) for k, v in headers
            if k not in (b"content-length", b"content-encoding", b"vary", b"etag")]
    etag = None
    if with_etag:
        etag = b'W/"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
        kept.append((b"etag", etag))
    gzipped = None
    if len(body) >= GZIP_MIN and compressible(kept):
        gzipped = gzip.compress(body, compresslevel=6, mtime=0)
    headers = kept + BASE_HEADERS
    plain = [*headers, (b"content-length", str(len(body)).encode())]
    packed = ([*headers, (b"content-encoding", b"gzip"),
               (b"content-length", str(len(gzipped)).encode())] if gzipped is not None else [])
    not_modified = [(k, v) for k, v in headers if k != b"content-type"]
    return Entry(status, headers, body, gzipped, etag, plain, packed, not_modified,
                 as_text(plain), as_text(packed), as_text(not_modified))


def as_text(headers: Headers) -> TextHeaders:
    """Headers as strings (HTTP header bytes are Latin-1 by definition)."""
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers]


class ResponseCache:
    """Least recently used entries, at most ``max_entries`` and ``max_bytes``."""

    def __init__(self, max_entries: int = 8192, max_bytes: int = 128 << 20) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.bytes = 0
        self._entries: OrderedDict[tuple[str, bytes], Entry] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: tuple[str, bytes]) -> Entry | None:
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
        return entry

    def put(self, key: tuple[str, bytes], entry: Entry) -> None:
        if entry.size > self.max_bytes // 8:
            return  # one huge response must not evict everything else
        old = self._entries.pop(key, None)
        if old is not None:
            self.bytes -= old.size
        self._entries[key] = entry
        self.bytes += entry.size
        while len(self._entries) > self.max_entries or self.bytes > self.max_bytes:
            _, dropped = self._entries.popitem(last=False)
            self.bytes -= dropped.size

    def clear(self) -> None:
        self._entries.clear()
        self.bytes = 0
