"""The one exception tree of loci.

    LociError                  anything loci reports to a user (exit 2 unless noted)
    ├── InputError             bad input: a file, an argument, front matter
    ├── SourceError            a dataset package is missing or unreadable
    ├── KnowledgeBaseError     the SQLite file is missing, corrupt or from another schema
    ├── OutputError            what loci writes cannot be written: full disk, read-only, ...
    └── NotFoundError          a name or id that matches nothing (exit 1)

Every message names the thing that failed and what to do about it.
"""

from __future__ import annotations


class LociError(Exception):
    """Base class: an error meant for the user, printed as one line."""

    exit_code = 2


class InputError(LociError):
    """Input the user gave cannot be used as it is."""


class SourceError(LociError):
    """A source dataset could not be read."""


class KnowledgeBaseError(LociError):
    """The knowledge base file is unusable."""


class OutputError(LociError):
    """The machine refused a write: no space, a read-only file system, a name too long."""


class NotFoundError(LociError):
    """Nothing matched; carries the nearest candidates, if any."""

    exit_code = 1

    def __init__(self, message: str, candidates: list[str] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []
