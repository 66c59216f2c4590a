"""Configuration: `[tool.factcheck]` in pyproject.toml or top-level keys in factcheck.toml.

Each file is checked with the configuration nearest it, as ruff does: the file found by
searching upward from the file's own folder; in one folder factcheck.toml wins over
pyproject.toml, and a pyproject.toml without `[tool.factcheck]` is passed over. So
`factcheck a/ b/` and `factcheck b/ a/` check each file alike. `--config FILE` names one
file for every path. Paths in a file are relative to it. Settings for the whole run
(format, show, baseline) come from the configuration found from the working folder, or, when
there is none, from the first path; include and exclude from that of each path named.
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


def _own_config(folder: Path) -> tuple[Path, dict[str, Any]] | None:
    """The config file in this folder itself, with its factcheck table, if it has one."""
    own = folder / "factcheck.toml"
    if own.is_file():
        return own, _read_toml(own)
    project = folder / "pyproject.toml"
    if project.is_file():
        section = _read_toml(project).get("tool", {}).get("factcheck")
        if section is not None:
            return project, section
    return None


def find_config(first_path: str | None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config file at or above a path (or the working folder), with its table."""
    folder = _start_folder(first_path)
    for candidate in (folder, *folder.parents):
        found = _own_config(candidate)
        if found is not None:
            return found
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


# Settings of the whole run, not of one file: taken from the run's configuration.
RUN_WIDE_KEYS = ("format", "show", "baseline")


class ConfigFinder:
    """The configuration of each path: its nearest config file (or the one named for all),
    with the environment and flags on top. Each folder is searched, and each file read
    and validated, once."""

    def __init__(
        self,
        flags: dict[str, Any] | None = None,
        *,
        config_file: Path | None = None,
        use_files: bool = True,
        environ: dict[str, str] | None = None,
    ) -> None:
        self.flags = dict(flags or {})
        for key in self.flags:
            if key not in DEFAULTS:
                raise KeyError(key)
        self.config_file, self.use_files = config_file, use_files
        self.environ = os.environ if environ is None else environ
        self._nearest: dict[Path, Path | None] = {}  # folder -> its nearest config file
        self._tables: dict[Path, dict[str, Any]] = {}
        self._configs: dict[Path | None, Config] = {}

    def for_path(self, path: str | None) -> Config:
        """The configuration for a file or folder (None or "-": the working folder)."""
        if self.config_file is not None:
            found: Path | None = self.config_file.absolute()
            if found not in self._tables:
                self._tables[found] = read_config_file(self.config_file)
        elif self.use_files:
            found = self._nearest_to(_start_folder(path))
        else:
            found = None
        if found not in self._configs:
            self._configs[found] = self._build(found)
        return self._configs[found]

    def for_run(self, first_path: str | None) -> Config:
        """The configuration of the whole run: the working folder's, else the first path's."""
        from_cwd = self.config_file is None and self.use_files
        if from_cwd and self._nearest_to(Path.cwd().absolute()) is not None:
            return self.for_path(None)
        return self.for_path(first_path)

    @property
    def loaded(self) -> list[Config]:
        """Every configuration used so far."""
        return list(self._configs.values())

    def _nearest_to(self, folder: Path) -> Path | None:
        passed: list[Path] = []
        found: Path | None = None
        for candidate in (folder, *folder.parents):
            if candidate in self._nearest:
                found = self._nearest[candidate]
                break
            passed.append(candidate)
            own = _own_config(candidate)
            if own is not None:
                found = own[0]
                self._tables[found] = own[1]
                break
        for candidate in passed:
            self._nearest[candidate] = found
        return found

    def _build(self, found: Path | None) -> Config:
        settings = {k: Setting(v, "default") for k, v in DEFAULTS.items()}
        rules: list[PerFileRule] = []
        if found is not None:
            values, rules = _parse(self._tables[found], found)
            settings.update({k: Setting(v, f"file: {found}") for k, v in values.items()})
        if self.environ.get(FORMAT_ENV):
            settings["format"] = Setting(self.environ[FORMAT_ENV], f"env: {FORMAT_ENV}")
        for key, value in self.flags.items():
            settings[key] = Setting(value, "flag")
        root = found.parent if found is not None else Path.cwd()
        return Config(file=found, root=root, settings=settings, per_file=rules)


def load_config(
    first_path: str | None,
    flags: dict[str, Any] | None = None,
    *,
    config_file: Path | None = None,
    use_files: bool = True,
    environ: dict[str, str] | None = None,
) -> Config:
    """The configuration for one path: defaults, the file found (or given), env, then flags.

    `flags` holds only the options given on the command line, keyed like the file.
    """
    finder = ConfigFinder(flags, config_file=config_file, use_files=use_files, environ=environ)
    return finder.for_path(first_path)


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


def describe(config: Config, path: str | None = None, run: Config | None = None) -> str:
    """The effective configuration as TOML, each value with where it came from.

    `run`, when given, is the run's configuration: the run-wide settings (format,
    show, baseline) are shown from it, as a check uses them.
    """
    settings = config.settings_for(path) if path else config.settings
    run = run or config
    lines = []
    if path:
        lines.append(f"# effective configuration for {path}")
    lines.append(f"# config file: {config.file or 'none found'}")
    if run.file != config.file:
        wide = ", ".join(RUN_WIDE_KEYS)
        lines.append(f"# run-wide settings ({wide}) from: {run.file or 'none found'}")
    rows = []
    for key in DEFAULTS:
        if key == "tolerances":
            continue
        s = run.settings[key] if key in RUN_WIDE_KEYS else settings[key]
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
