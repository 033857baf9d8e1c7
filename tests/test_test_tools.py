"""The test suite's own helpers: which browser the browser tests drive."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from site_tools import chromium


def test_chromium_names_the_browser_or_why_there_is_none(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    monkeypatch.setenv("CHROMIUM", sys.executable)
    assert chromium() == (sys.executable, f"CHROMIUM={sys.executable}")
    monkeypatch.setenv("CHROMIUM", str(tmp_path / "nothing"))
    assert chromium()[0] is None and "is not a program" in chromium()[1]
    monkeypatch.delenv("CHROMIUM")
    fake = tmp_path / "chromium-browser"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert chromium() == (str(fake), "chromium-browser on PATH")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert chromium()[0] is None and "set CHROMIUM" in chromium()[1]
