"""What to report: select, ignore and severity overrides, from loci.toml or pyproject.toml.

    # loci.toml (or [tool.loci] in pyproject.toml)
    select = ["LC1", "capital"]      # codes, code prefixes or categories; default: all
    ignore = ["LC401"]
    [severity]
    heritage = "warning"             # by category or code; the code wins

Inline, ``<!-- loci: ignore LC101 -->`` silences those codes (or categories,
or every rule when none is named) on the next line; at the end of a line of
prose it silences that line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loci.check.findings import CATEGORIES, SEVERITIES
from loci.check.rules import Rule, registry
from loci.errors import InputError

_KEYS = {"select", "ignore", "severity"}
# The codes hold no "<" or ">", so an unclosed directive is scanned only up to the next
# tag, not to the end of the text from each of thousands of them.
_DIRECTIVE = re.compile(r"<!--\s*loci:\s*ignore\b(?P<codes>[^<>]*?)-->")


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)

    def enabled(self, rule: Rule) -> bool:
        selected = not self.select or any(matches(s, rule) for s in self.select)
        return selected and not any(matches(s, rule) for s in self.ignore)

    def severity_of(self, rule: Rule, default: str) -> str:
        return self.severity.get(rule.code) or self.severity.get(rule.category) or default

    def rules(self) -> list[Rule]:
        return [r for r in registry() if self.enabled(r)]


def matches(selector: str, rule: Rule) -> bool:
    """A selector names a rule by code, code prefix ("LC2"), category, or ALL."""
    return selector in ("ALL", rule.category) or rule.code.startswith(selector)


def load_config(path: Path | None, select: Iterable[str] = (),
                ignore: Iterable[str] = ()) -> Config:
    """The configuration file's settings, with the command line's select and ignore on top."""
    settings, where = _read(path)
    _validate_keys(settings, where)
    chosen = tuple(select) or tuple(_strings(settings.get("select", []), "select", where))
    ignored = (*_strings(settings.get("ignore", []), "ignore", where), *ignore)
    severity = settings.get("severity", {})
    if not isinstance(severity, dict) or any(v not in SEVERITIES for v in severity.values()):
        raise InputError(f"{where}: severity must map codes or categories to one of "
                         f"{', '.join(SEVERITIES)}")
    _validate_selectors([*chosen, *ignored, *severity], where)
    return Config(chosen, ignored, {str(k): str(v) for k, v in severity.items()})


def _read(path: Path | None) -> tuple[dict[str, Any], str]:
    if path is not None:
        if not path.is_file():
            raise InputError(f"no configuration file at {path}: check the --config path")
        data = _toml(path)
        return (data.get("tool", {}).get("loci", {}), str(path)) if path.name == \
            "pyproject.toml" else (data, str(path))
    if Path("loci.toml").is_file():
        return _toml(Path("loci.toml")), "loci.toml"
    if Path("pyproject.toml").is_file():
        return _toml(Path("pyproject.toml")).get("tool", {}).get("loci", {}), "pyproject.toml"
    return {}, "defaults"


def _toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path} is not valid TOML: {exc}") from None


def _validate_keys(settings: dict[str, Any], where: str) -> None:
    unknown = set(settings) - _KEYS
    if unknown:
        raise InputError(f"{where}: unknown setting {', '.join(sorted(unknown))}: "
                         f"loci reads {', '.join(sorted(_KEYS))}")


def _strings(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: {key} must be a list of codes or categories")
    return value


def _validate_selectors(selectors: list[str], where: str) -> None:
    rules = registry()
    for selector in selectors:
        if not any(matches(selector, r) for r in rules) and selector not in CATEGORIES:
            raise InputError(f"{where}: {selector!r} names no rule: use a code such as LC101, "
                             f"a prefix such as LC2, or a category ({', '.join(CATEGORIES)})")


def suppressions(text: str) -> dict[int, frozenset[str]]:
    """Line number -> the codes and categories silenced there (empty set: everything)."""
    out: dict[int, frozenset[str]] = {}
    if "loci:" not in text:
        return out
    for match in _DIRECTIVE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        own_line = not text[line_start:match.start()].strip() and \
            not text[match.end():len(text) if line_end < 0 else line_end].strip()
        line = text.count("\n", 0, match.end()) + (2 if own_line else 1)
        codes = frozenset(re.findall(r"[\w-]+", match.group("codes")))
        out[line] = codes if line not in out or (out[line] and codes) else frozenset()
    return out


def silenced(codes: frozenset[str] | None, rule: Rule) -> bool:
    return codes is not None and (not codes or rule.code in codes or rule.category in codes)
