"""Configuration: `[tool.factcheck]` in pyproject.toml or top-level keys in factcheck.toml.

The file is found by searching upward from the first checked path (or the working
folder); in one folder factcheck.toml wins over pyproject.toml, and a pyproject.toml
without `[tool.factcheck]` is passed over. Paths in the file are relative to it.
Precedence, lowest first: defaults, the file, `[[per-file]]` rules that match a file
(in order), the FACTCHECK_FORMAT environment variable, command-line flags. A per-file
rule adds to lists (reference, skip-kinds), merges tolerances and replaces the rest.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from factcheck.claims import Verdict
from factcheck.judge.tolerances import DEFAULT_TOLERANCES, Tolerances
from factcheck.read.document import DEFAULT_MAX_BYTES, parse_size
from factcheck.read.inputs import DEFAULT_GLOBS, STDIN, path_matches

CONFIG_NAMES = ("factcheck.toml", "pyproject.toml")
FORMAT_ENV = "FACTCHECK_FORMAT"

# `--fail-on LEVEL` fails the run on any claim whose verdict is in the level's set.
FAIL_ON_VERDICTS: dict[str, frozenset[Verdict]] = {
    "false": frozenset({Verdict.FALSE}),
    "unverifiable": frozenset({Verdict.FALSE, Verdict.UNVERIFIABLE}),
    "approximately_true": frozenset(
        {Verdict.FALSE, Verdict.UNVERIFIABLE, Verdict.APPROXIMATELY_TRUE}
    ),
}

# `--show LEVEL` lists the claims whose verdict is in the level's set; the rest are counted.
SHOW_LEVELS: dict[str, frozenset[Verdict]] = {**FAIL_ON_VERDICTS, "all": frozenset(Verdict)}

DEFAULTS: dict[str, Any] = {
    "format": "full",
    "fail-on": "false",
    "show": "approximately_true",
    "reference": (),
    "skip-kinds": (),
    "date": None,
    "tolerances": {},
    "include": DEFAULT_GLOBS,
    "exclude": (),
    "baseline": None,
    "max-file-size": DEFAULT_MAX_BYTES,
    # ClaimReview: the reviewed article's URL ({path}, {stem} stand for each file's) and
    # the organisation publishing the reviews.
    "claimreview-url": None,
    "claimreview-organisation": None,
    "claimreview-organisation-url": None,
}
PER_FILE_KEYS = ("reference", "fail-on", "skip-kinds", "date", "tolerances", "max-file-size")
# Keys whose per-file values add to the top-level ones rather than replace them.
_LIST_KEYS = ("reference", "skip-kinds")


class ConfigError(Exception):
    """A bad configuration file or value, located as precisely as possible."""


@dataclass(frozen=True)
class Setting:
    value: Any
    origin: str  # "default", "file: PATH", "per-file rule N in PATH", "env: NAME", "flag"


@dataclass(frozen=True)
class PerFileRule:
    globs: tuple[str, ...]
    values: dict[str, Any]
    origin: str


@dataclass(frozen=True)
class FileSettings:
    """What checking one file needs from the configuration (picklable, for workers)."""

    fail_on: str = "false"
    skip_kinds: frozenset[str] = frozenset()
    reference: tuple[str, ...] = ()
    tolerances: Tolerances = DEFAULT_TOLERANCES
    # `date_override` (from --date) beats the article's own date; `default_date` backs it.
    date_override: dt.date | None = None
    default_date: dt.date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES  # a larger file is an error, not read


@dataclass
class Config:
    file: Path | None
    root: Path
    settings: dict[str, Setting]
    per_file: list[PerFileRule] = field(default_factory=list)

    def __getitem__(self, key: str) -> Any:
        return self.settings[key].value

    def settings_for(self, path: str) -> dict[str, Setting]:
        """The settings as they apply to one file, per-file rules included."""
        merged = dict(self.settings)
        relative = self._relative(path)
        if relative is None:
            return merged
        for rule in self.per_file:
            if not any(path_matches(g, relative) for g in rule.globs):
                continue
            for key, value in rule.values.items():
                current = merged[key]
                if current.origin == "flag":
                    continue
                if key in _LIST_KEYS:
                    value = tuple(dict.fromkeys((*current.value, *value)))
                elif key == "tolerances":
                    value = {**current.value, **value}
                merged[key] = Setting(value, rule.origin)
        return merged

    def matching_rules(self, path: str) -> list[PerFileRule]:
        relative = self._relative(path)
        if relative is None:
            return []
        return [r for r in self.per_file if any(path_matches(g, relative) for g in r.globs)]

    def file_settings(self, path: str) -> FileSettings:
        s = self.settings_for(path)
        date: Setting = s["date"]
        return FileSettings(
            fail_on=s["fail-on"].value,
            skip_kinds=frozenset(s["skip-kinds"].value),
            reference=tuple(s["reference"].value),
            tolerances=DEFAULT_TOLERANCES.updated(s["tolerances"].value),
            date_override=date.value if date.origin == "flag" else None,
            default_date=None if date.origin == "flag" else date.value,
            max_bytes=s["max-file-size"].value,
        )

    def _relative(self, path: str) -> str | None:
        if path == STDIN:
            return None
        try:
            relative = os.path.relpath(os.path.abspath(path), self.root)
        except ValueError:
            return Path(path).name
        return relative.replace(os.sep, "/")


# --- finding and reading the file ---------------------------------------------------


def _start_folder(first_path: str | None) -> Path:
    if not first_path or first_path == STDIN:
        return Path.cwd()
    path = Path(first_path).absolute()
    if path.is_dir():
        return path
    path = path.parent
    while not path.is_dir() and path != path.parent:
        path = path.parent
    return path


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only when a configuration file exists

    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None


def find_config(first_path: str | None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config file at or above the first checked path, with its factcheck table."""
    folder = _start_folder(first_path)
    for candidate in (folder, *folder.parents):
        own = candidate / "factcheck.toml"
        if own.is_file():
            return own, _read_toml(own)
        project = candidate / "pyproject.toml"
        if project.is_file():
            section = _read_toml(project).get("tool", {}).get("factcheck")
            if section is not None:
                return project, section
    return None


def read_config_file(path: Path) -> dict[str, Any]:
    """The factcheck table of an explicitly named config file (`--config`)."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        section = data.get("tool", {}).get("factcheck")
        if section is None:
            raise ConfigError(f"{path}: no [tool.factcheck] table")
        return section
    return data


# --- validation ---------------------------------------------------------------------


class _Located:
    """Builds error messages that point at the line of the offending key, when found."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            self.lines = []

    def error(self, key: str, message: str) -> ConfigError:
        pattern = re.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*=""")
        for number, line in enumerate(self.lines, 1):
            if pattern.match(line):
                return ConfigError(f"{self.path}:{number}: {message}")
        return ConfigError(f"{self.path}: {message}")


def _suggest(word: str, known: list[str]) -> str:
    import difflib  # only to suggest a correction

    close = difflib.get_close_matches(
        word.replace("_", "-"), known, n=1
    ) or difflib.get_close_matches(word, known, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _string_list(value: Any, key: str, where: _Located) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise where.error(key, f"{key} must be a string or a list of strings")


def _validate(
    table: dict[str, Any], allowed: tuple[str, ...], where: _Located, base: Path, context: str
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in table.items():
        if key not in allowed:
            raise where.error(
                key, f"unknown key {key!r} in {context}{_suggest(key, list(allowed))}"
            )
        if key == "format":
            if not isinstance(value, str):
                raise where.error(key, "format must be a string")
            out[key] = value
        elif key == "fail-on":
            if value not in FAIL_ON_VERDICTS:
                raise where.error(
                    key, f"fail-on must be one of {', '.join(FAIL_ON_VERDICTS)}, not {value!r}"
                )
            out[key] = value
        elif key == "show":
            if value not in SHOW_LEVELS:
                raise where.error(
                    key, f"show must be one of {', '.join(SHOW_LEVELS)}, not {value!r}"
                )
            out[key] = value
        elif key in ("reference",):
            out[key] = tuple(
                _reference_path(base, p, where) for p in _string_list(value, key, where)
            )
        elif key == "baseline":
            if not isinstance(value, str):
                raise where.error(key, "baseline must be a path (a string)")
            out[key] = str(base / value)
        elif key in ("skip-kinds", "include", "exclude"):
            out[key] = _string_list(value, key, where)
        elif key == "date":
            date = value if isinstance(value, dt.date) else None
            if isinstance(value, str):
                try:
                    date = dt.date.fromisoformat(value)
                except ValueError:
                    date = None
            if date is None or isinstance(value, dt.datetime):
                raise where.error(key, f"date must be a date, YYYY-MM-DD, not {value!r}")
            out[key] = date
        elif key == "tolerances":
            out[key] = _tolerances(value, where, context)
        elif key == "max-file-size":
            try:
                if isinstance(value, bool) or not isinstance(value, int | str):
                    raise ValueError(f"not a size: {value!r}")
                out[key] = parse_size(value)
            except ValueError as exc:
                raise where.error(key, f"max-file-size: {exc}") from None
        elif key in ("claimreview-url", "claimreview-organisation-url"):
            if not isinstance(value, str) or not is_web_url(value):
                raise where.error(key, f"{key} must be an http or https URL, not {value!r}")
            out[key] = value
        elif key == "claimreview-organisation":
            if not isinstance(value, str) or not value.strip():
                raise where.error(key, f"{key} must be the organisation's name (a string)")
            out[key] = value.strip()
        elif key == "glob":
            out[key] = _string_list(value, key, where)
    return out


def is_web_url(value: str) -> bool:
    """Whether `value` is an absolute http(s) URL with no spaces in it."""
    from urllib.parse import urlsplit

    parts = urlsplit(value)
    return (
        parts.scheme in ("http", "https")
        and bool(parts.netloc)
        and not any(c.isspace() for c in value)
    )


def _reference_path(base: Path, given: str, where: _Located) -> str:
    """A reference entry: YAML files or folders only, so a slip (`.env`) is never read."""
    path = base / given
    if path.suffix.lower() not in (".yaml", ".yml") and not path.is_dir():
        raise where.error(
            "reference",
            f"reference {given!r} is not a .yaml or .yml file or a folder of them",
        )
    return str(path)


def _tolerances(value: Any, where: _Located, context: str) -> dict[str, float]:
    if not isinstance(value, dict):
        raise where.error("tolerances", "tolerances must be a table of names and numbers")
    known = [f.name for f in fields(Tolerances)]
    for name, number in value.items():
        if name not in known:
            raise where.error(
                name,
                f"unknown tolerance {name!r} in {context}.tolerances{_suggest(name, known)}; "
                f"known: {', '.join(known)}",
            )
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise where.error(name, f"tolerance {name} must be a number, not {number!r}")
        if not math.isfinite(number) or number < 0:
            raise where.error(
                name, f"tolerance {name} must be a finite number, 0 or more, not {number!r}"
            )
    return {k: float(v) for k, v in value.items()}


def _parse(table: dict[str, Any], path: Path) -> tuple[dict[str, Any], list[PerFileRule]]:
    where = _Located(path)
    context = "[tool.factcheck]" if path.name == "pyproject.toml" else path.name
    rules_table = table.get("per-file", [])
    top = {k: v for k, v in table.items() if k != "per-file"}
    values = _validate(top, tuple(DEFAULTS), where, path.parent, context)
    if not isinstance(rules_table, list) or not all(isinstance(r, dict) for r in rules_table):
        raise where.error("per-file", "per-file must be an array of tables: [[...per-file]]")
    rules = []
    for number, rule in enumerate(rules_table, 1):
        rule_context = f"per-file rule {number}"
        if "format" in rule:
            raise where.error(
                "format", f"{rule_context}: format applies to the whole report, not one file"
            )
        if "glob" not in rule:
            raise where.error("per-file", f"{rule_context} has no glob")
        checked = _validate(rule, ("glob", *PER_FILE_KEYS), where, path.parent, rule_context)
        globs = checked.pop("glob")
        rules.append(PerFileRule(globs, checked, f"per-file rule {number} ({path})"))
    return values, rules


def load_config(
    first_path: str | None,
    flags: dict[str, Any] | None = None,
    *,
    config_file: Path | None = None,
    use_files: bool = True,
    environ: dict[str, str] | None = None,
) -> Config:
    """The effective configuration: defaults, the file found (or given), env, then flags.

    `flags` holds only the options given on the command line, keyed like the file.
    """
    environ = os.environ if environ is None else environ
    settings = {k: Setting(v, "default") for k, v in DEFAULTS.items()}
    found: Path | None = None
    rules: list[PerFileRule] = []
    if config_file is not None:
        found, table = config_file.absolute(), read_config_file(config_file)
    elif use_files:
        located = find_config(first_path)
        found, table = located if located else (None, {})
    else:
        table = {}
    if found is not None:
        values, rules = _parse(table, found)
        settings.update({k: Setting(v, f"file: {found}") for k, v in values.items()})
    if environ.get(FORMAT_ENV):
        settings["format"] = Setting(environ[FORMAT_ENV], f"env: {FORMAT_ENV}")
    for key, value in (flags or {}).items():
        if key not in DEFAULTS:
            raise KeyError(key)
        settings[key] = Setting(value, "flag")
    root = found.parent if found is not None else Path.cwd()
    return Config(file=found, root=root, settings=settings, per_file=rules)


# --- showing it ---------------------------------------------------------------------


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date | int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + "}"
    return repr(value)


def describe(config: Config, path: str | None = None) -> str:
    """The effective configuration as TOML, each value with where it came from."""
    settings = config.settings_for(path) if path else config.settings
    lines = []
    if path:
        lines.append(f"# effective configuration for {path}")
    lines.append(f"# config file: {config.file or 'none found'}")
    rows = []
    for key in DEFAULTS:
        if key == "tolerances":
            continue
        s = settings[key]
        text = f"# {key} is not set" if s.value is None else f"{key} = {_toml_value(s.value)}"
        rows.append((text, s.origin))
    width = max(len(t) for t, _ in rows)
    lines += [f"{t.ljust(width)}  # {origin}" for t, origin in rows]
    top = config.settings["tolerances"]
    applying = config.matching_rules(path) if path else []
    lines += ["", "[tolerances]"]
    rows = []
    for f in fields(Tolerances):
        value, origin = getattr(DEFAULT_TOLERANCES, f.name), "default"
        if f.name in top.value:
            value, origin = top.value[f.name], top.origin
        for rule in applying:
            if f.name in rule.values.get("tolerances", {}):
                value, origin = rule.values["tolerances"][f.name], rule.origin
        rows.append((f"{f.name} = {value}", origin))
    width = max(len(t) for t, _ in rows)
    lines += [f"{t.ljust(width)}  # {origin}" for t, origin in rows]
    if config.per_file:
        lines += ["", "# per-file rules:"]
        for number, rule in enumerate(config.per_file, 1):
            mark = " (applies)" if rule in applying else ""
            values = ", ".join(f"{k} = {_toml_value(v)}" for k, v in rule.values.items())
            lines.append(f"#   {number}. glob = {_toml_value(rule.globs)}: {values}{mark}")
    return "\n".join(lines) + "\n"
