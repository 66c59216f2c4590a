"""Deterministic YAML text, written directly (faster than a YAML emitter, and byte-stable).

Strings are JSON-style double-quoted scalars, which YAML reads as the same string. Keys are
plain. Records are either blocks (one key per line) or flow mappings (one record per line);
a list of mappings inside a record (a result's candidates) is one flow mapping per line.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

# Characters YAML does not allow unescaped (C0/C1 controls other than tab, LF, CR, NEL).
_NOT_PRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")

HEADER = "# Written by `factcheck reference import`; do not edit by hand (see README.md).\n"


def scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"not a finite number: {value!r}")
        return repr(value)
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
        return _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    raise TypeError(f"not a scalar: {value!r}")


def flow(value: object) -> str:
    """A value on one line: scalars, `[...]` lists and `{...}` mappings."""
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, Sequence) and not isinstance(value, str):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value)


def _is_record_list(value: object) -> bool:
    return (
        isinstance(value, Sequence)
        and not isinstance(value, str)
        and bool(value)
        and all(isinstance(v, Mapping) for v in value)
    )


def block_record(record: Mapping[str, object], indent: str = "  ") -> str:
    """`- key: value` lines for one record in a top-level list."""
    lines: list[str] = []
    inner = indent + "  "
    for i, (key, value) in enumerate(record.items()):
        lead = f"{indent}- " if i == 0 else inner
        if _is_record_list(value):
            lines.append(f"{lead}{key}:")
            lines += [f"{inner}  - {flow(item)}" for item in value]  # type: ignore[union-attr]
        else:
            lines.append(f"{lead}{key}: {flow(value)}")
    return "\n".join(lines) + "\n"


def flow_record(record: Mapping[str, object], indent: str = "  ") -> str:
    """One record as a flow mapping; a list of mappings (a result's candidates) goes last,
    one mapping per line. libyaml reads this about twice as fast as block style."""
    nested = [(k, v) for k, v in record.items() if _is_record_list(v)]
    head = ", ".join(f"{k}: {flow(v)}" for k, v in record.items() if not _is_record_list(v))
    if not nested:
        return f"{indent}- {{{head}}}\n"
    parts = [head] if head else []
    for key, items in nested:
        lines = ",\n".join(f"{indent}    {flow(item)}" for item in items)  # type: ignore[union-attr]
        parts.append(f"{key}: [\n{lines}]")
    return f"{indent}- {{{', '.join(parts)}}}\n"


def document(
    lists: Mapping[str, Sequence[Mapping[str, object]]],
    flow_keys: frozenset[str] = frozenset(),
    header: str = HEADER,
) -> str:
    """A YAML document of top-level record lists; lists named in `flow_keys` are written one
    flow mapping per record, the others one key per line."""
    parts = [header]
    for key, records in lists.items():
        if not records:
            parts.append(f"{key}: []\n")
            continue
        parts.append(f"{key}:\n")
        if key in flow_keys:
            parts.append("".join(flow_record(r) for r in records))
        else:
            parts.append("".join(block_record(r) for r in records))
    return "".join(parts)


def write(path: Path, text: str) -> bool:
    """Write UTF-8 text with LF endings; returns False when the file already holds it."""
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return True
