"""Command line interface (placeholder until the commands land)."""

from __future__ import annotations


def main() -> None:
    """Entry point of the ``loci`` command."""
