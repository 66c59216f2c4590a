"""Loading the YAML reference: validation with file:line:column, and the parsed cache.

Reading is fast and markless: YAML is parsed straight to plain data (with a duplicate-key
check), the data is checked against the schema, and only when something is wrong is
that file's node tree composed again to find the line and column of each problem.

Parsed data is kept as a verified SQLite index (see `cache.py`) keyed by a SHA-256 over
every YAML file's relative path and content: the bundled dataset's ships with the package,
any other is built once into the user's cache. Hashing ~7 MB takes ~10-20 ms, so the
digest is remembered against each file's (size, mtime_ns, ctime_ns, inode) and the
content is hashed again only when one of those changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.reference.index import ChainedResultStore, MemoryResultStore, Reference, ResultStore
from factcheck.reference.model import ReferenceRecords

if TYPE_CHECKING:
    from factcheck.reference.private_dir import PrivateDir
    from factcheck.reference.schema import Issue

_YAML_SUFFIXES = (".yaml", ".yml")
# The importer's report of source conflicts, written beside the data: not reference records.
_NOT_RECORDS = ("conflicts.yaml",)
_DIGEST_PREFIX = b"factcheck-reference-1\0"


class ReferenceDataError(Exception):
    """Bad reference data, located in its file (line 0 when the whole file is at fault)."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        where = f"{path}:{line}:{column}" if line else path
        super().__init__(f"{where}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message


def bundled_reference_dir() -> Path:
    """The bundled dataset: inside the wheel, or the repository's `reference/`."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_bundled_reference"
    if packaged.is_dir():
        return packaged
    return here.parent / "reference"


# --- finding and reading files ---------------------------------------------


@dataclass
class _File:
    path: Path
    shown: str  # the name used in messages
    raw: bytes | None = None


def _yaml_files_in(folder: Path) -> list[Path]:
    """YAML files below a folder, sorted by relative path; hidden names are skipped."""
    found = [
        p
        for p in folder.rglob("*")
        if p.suffix in _YAML_SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and p.relative_to(folder).as_posix() not in _NOT_RECORDS
    ]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _expand(paths: Iterable[Path | str]) -> list[_File]:
    """Files named by the user, folders expanded; each file once."""
    files: list[_File] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            inside = _yaml_files_in(path)
            if not inside:
                raise ReferenceDataError(str(path), 0, 0, "no .yaml or .yml files in this folder")
        elif path.suffix.lower() not in _YAML_SUFFIXES and path.exists():
            # Never parse (and so never quote) a file named by a slip, such as `.env`.
            raise ReferenceDataError(str(path), 0, 0, "not a .yaml or .yml file or a folder")
        elif path.is_file():
            inside = [path]
        elif path.exists():  # a FIFO or a device would block or never end
            raise ReferenceDataError(str(path), 0, 0, "not a regular file or a folder")
        else:
            raise ReferenceDataError(str(path), 0, 0, "no such file or folder")
        for p in inside:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                files.append(_File(p, str(p)))
    return files


def _read(file: _File, keep: bool = True) -> bytes:
    if file.raw is not None:
        return file.raw
    try:
        data = file.path.read_bytes()
    except OSError as exc:
        raise ReferenceDataError(file.shown, 0, 0, f"cannot read: {exc.strerror}") from None
    if keep:
        file.raw = data
    return data


def _stat_signature(files: list[_File], root: Path) -> str | None:
    """A digest of the files' names and stat data; None if one cannot be read."""
    import hashlib  # only when the content must be hashed: not on a warm start

    h = hashlib.sha256(_DIGEST_PREFIX + str(root.resolve()).encode())
    try:
        for f in files:
            st = f.path.stat()
            h.update(
                f"{f.path.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}"
                f"\0{st.st_ctime_ns}\0{st.st_ino}\n".encode()
            )
    except OSError:
        return None
    return h.hexdigest()


def _digest(files: list[_File], root: Path | None, seed: str = "") -> str:
    """SHA-256 over each file's name (relative to root) and content."""
    import hashlib

    h = hashlib.sha256(_DIGEST_PREFIX + seed.encode())
    for f in files:
        name = (f.path.relative_to(root).as_posix() if root else f.shown).encode()
        # Not kept: on a cache hit (the common case) the bytes are not needed again.
        data = _read(f, keep=False)
        h.update(len(name).to_bytes(8, "big") + name + len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


# --- YAML ------------------------------------------------------------------

_loader_class: Any = None


def _yaml_loader() -> Any:
    """A safe loader (libyaml's when present) that notes duplicate keys."""
    global _loader_class
    if _loader_class is not None:
        return _loader_class
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    scalar_node, text_tag = yaml.ScalarNode, "tag:yaml.org,2002:str"

    class CheckingLoader(base):  # type: ignore[misc, valid-type]
        def __init__(self, stream: Any) -> None:
            super().__init__(stream)
            self.duplicates: list[tuple[int, int, str]] = []

        def resolve(self, kind: Any, value: str, implicit: tuple[bool, bool]) -> str:
            # Most scalars are names and ids: text whatever the rules, so skip the regexes.
            # Same answer as the base: no implicit rule starts with that character.
            if kind is scalar_node:
                if implicit[0]:
                    if value and value[0] not in self.yaml_implicit_resolvers:
                        return text_tag
                elif implicit[1]:
                    return text_tag
            return super().resolve(kind, value, implicit)

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            mapping = super().construct_mapping(node, deep=deep)
            # Fewer keys than pairs: a key repeated (PyYAML keeps the last) or a merge.
            if len(mapping) < len(node.value):
                self._note_duplicates(node)
            return mapping

        def _note_duplicates(self, node: Any) -> None:
            start, end = node.start_mark.index, node.end_mark.index
            seen: dict[Any, Any] = {}
            for key_node, _ in node.value:
                # Pairs merged in with `<<` come from elsewhere and may be overridden.
                if not start <= key_node.start_mark.index < end:
                    continue
                key = self.construct_object(key_node)
                if key in seen:
                    from factcheck.reference.schema import shown

                    first = seen[key].start_mark
                    self.duplicates.append(
                        (
                            key_node.start_mark.line + 1,
                            key_node.start_mark.column + 1,
                            f"duplicate key {shown(key)} (first at line {first.line + 1}, "
                            f"column {first.column + 1}; YAML would keep only the last)",
                        )
                    )
                else:
                    seen[key] = key_node

    # PyYAML's own constructors raise ValueError, KeyError or AttributeError (no position)
    # for `2017-02-30`, `!!int x` or `!!bool maybe`: raise them located instead.
    for tag, what in _TYPED_SCALARS:
        full = f"tag:yaml.org,2002:{tag}"
        CheckingLoader.add_constructor(full, _located(CheckingLoader.yaml_constructors[full], what))
    _loader_class = CheckingLoader
    return CheckingLoader


_TYPED_SCALARS = (
    ("int", "a whole number"),
    ("float", "a number"),
    ("bool", "true or false"),
    ("timestamp", "a date"),
)


class _BadValue(Exception):
    """A scalar YAML cannot turn into its type, or an alias bomb, with its position."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line, self.column, self.message = line, column, message


def _located(construct: Any, what: str) -> Any:
    def construct_located(loader: Any, node: Any) -> Any:
        try:
            return construct(loader, node)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
            from factcheck.reference.schema import shown

            value = node.value if isinstance(node.value, str) else ""
            if what == "a date" and isinstance(exc, ValueError) and value[:1].isdigit():
                problem = f"{shown(value)} is not a date: {exc}"  # "day is out of range"
            elif len(value) > 4000:
                problem = f"a {len(value)}-character value is too long for {what}"
            else:
                problem = f"{shown(value)} is not {what}"
            mark = node.start_mark
            raise _BadValue(mark.line + 1, mark.column + 1, problem) from None

    return construct_located


# An alias repeats a node without copying it, so nine nested lists of nine aliases are
# a few hundred bytes of YAML and a billion values to whatever walks them. A file may
# use aliases, but not to grow past this many nodes and ten times its own size.
MAX_EXPANDED_NODES = 1_000_000
_MAY_ALIAS = re.compile(r"(?:^|[\s\[{,:])\*[^\s,\[\]{}]", re.MULTILINE)


def _check_expansion(root: Any) -> None:
    """Raise _BadValue if aliases make the node tree recursive or blow it up."""
    sizes: dict[int, int] = {}  # expanded size of each node finished so far
    on_path = {id(root)}
    stack: list[list[Any]] = [[root, iter(_children(root)), 1]]
    expanded = 1  # nodes in the document with every alias written out, so far
    while stack:
        top = stack[-1]
        child = next(top[1], None)
        if child is None:
            stack.pop()
            on_path.discard(id(top[0]))
            sizes[id(top[0])] = top[2]
            if stack:
                stack[-1][2] += top[2]
            continue
        key = id(child)
        if key in sizes:  # a node seen before: an alias, written out again
            top[2] += sizes[key]
            expanded += sizes[key]
            if expanded > MAX_EXPANDED_NODES and expanded > 10 * len(sizes):
                mark = child.start_mark
                raise _BadValue(
                    mark.line + 1,
                    mark.column + 1,
                    f"aliases of this node expand the file past {MAX_EXPANDED_NODES:,} values "
                    "(an alias bomb?)",
                )
        elif key in on_path:
            mark = child.start_mark
            raise _BadValue(mark.line + 1, mark.column + 1, "this node contains an alias of itself")
        else:
            on_path.add(key)
            expanded += 1
            stack.append([child, iter(_children(child)), 1])


def _children(node: Any) -> list[Any]:
    value = node.value
    if isinstance(value, str):
        return []
    if value and isinstance(value[0], tuple):  # a mapping's (key, value) pairs
        return [n for pair in value for n in pair]
    return value


def _parse(index: int, file: _File, issues: list[Issue]) -> Any:
    """The file's data, or None after noting why it cannot be read."""
    import yaml

    from factcheck.reference.schema import Issue

    raw = _read(file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        issues.append(Issue(index, (), "not UTF-8 text", line=line, column=column))
        return None
    loader = _yaml_loader()(text)
    try:
        node = loader.get_single_node()
        if node is not None and _MAY_ALIAS.search(text):
            _check_expansion(node)
        data = loader.construct_document(node) if node is not None else None
    except _BadValue as exc:
        issues.append(Issue(index, (), exc.message, line=exc.line, column=exc.column))
        return None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or "cannot parse"
        if exc.context:
            message += f" ({exc.context})"
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        issues.append(Issue(index, (), f"invalid YAML: {message}", line=line, column=column))
        return None
    except yaml.reader.ReaderError as exc:  # a character YAML forbids: located by index
        at = min(max(exc.position, 0), len(text))
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        what = f"character #x{exc.character:04x}" if isinstance(exc.character, int) else "byte"
        message = f"invalid YAML: unacceptable {what}: {exc.reason}"
        issues.append(Issue(index, (), message, line=line, column=column))
        return None
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "cannot parse"
        issues.append(Issue(index, (), f"invalid YAML: {first}", line=1, column=1))
        return None
    finally:
        loader.dispose()
    for line, column, message in loader.duplicates:
        issues.append(Issue(index, (), message, line=line, column=column))
    return data


class _Locator:
    """Turns a path into a file's data into the line and column of its YAML node."""

    def __init__(self, files: list[_File]) -> None:
        self._files = files
        self._roots: dict[int, Any] = {}

    def locate(self, file: int, path: tuple[str | int, ...], on_key: bool) -> tuple[int, int]:
        import yaml
        from yaml.constructor import SafeConstructor

        if file not in self._roots:
            base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            try:
                text = _read(self._files[file]).decode("utf-8-sig")
                self._roots[file] = yaml.compose(text, Loader=base)
            except (yaml.YAMLError, UnicodeDecodeError):
                self._roots[file] = None
        node = self._roots[file]
        if node is None:
            return 1, 1
        constructor = SafeConstructor()
        for depth, step in enumerate(path):
            last = depth == len(path) - 1
            if isinstance(node, yaml.MappingNode):
                match = None
                for key_node, value_node in node.value:
                    try:
                        key = constructor.construct_object(key_node, deep=True)
                    except yaml.YAMLError:
                        continue
                    if key == step and type(key) is type(step):
                        match = key_node, value_node  # the last one wins, as in the data
                if match is None:
                    break
                if last and on_key:
                    node = match[0]
                    break
                node = match[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
                if step >= len(node.value):
                    break
                node = node.value[step]
            else:
                break
        return node.start_mark.line + 1, node.start_mark.column + 1


def _errors(files: list[_File], issues: list[Issue]) -> list[ReferenceDataError]:
    """Issues as located errors, in file order, then line and column."""
    locator = _Locator(files)
    located = []
    for issue in issues:
        if issue.line:
            line, column = issue.line, issue.column
        else:
            line, column = locator.locate(issue.file, issue.path, issue.on_key)
        message = issue.message
        if issue.first is not None:
            first_file, first_path = issue.first
            first_line, first_column = locator.locate(first_file, first_path, False)
            where = f"line {first_line}, column {first_column}"
            if first_file != issue.file:
                where = f"{files[first_file].shown}:{first_line}:{first_column}"
            message += f" (first defined at {where})"
        located.append((issue.file, line, column, message))
    located.sort(key=lambda t: t[:3])
    return [ReferenceDataError(files[f].shown, line, col, msg) for f, line, col, msg in located]


def _check(
    files: list[_File], known: Any = None, progress: _Progress | None = None
) -> tuple[ReferenceRecords, list[ReferenceDataError]]:
    from factcheck.reference.schema import RecordChecker

    checker = RecordChecker(known)
    for index, file in enumerate(files):
        data = _parse(index, file, checker.issues)
        checker.add_file(index, data)
        file.raw = None if not checker.issues else file.raw  # free memory when all is well
        if progress is not None:
            progress.step(index + 1)
    checker.check_references()
    if progress is not None:
        progress.finish()
    return checker.records, _errors(files, checker.issues) if checker.issues else []


# --- public API ------------------------------------------------------------


def check_files(
    paths: Iterable[Path | str], base: Reference | None = None
) -> tuple[ReferenceRecords, list[ReferenceDataError]]:
    """Every problem in some reference files (their ids may refer to `base`), in file order."""
    files = _expand(paths)
    known = None
    if base is not None:
        from factcheck.reference.schema import KnownIds

        known = KnownIds(_tables_of(base), _has_result(base.results))
    try:
        return _check(files, known)
    except ReferenceDataError as exc:
        return ReferenceRecords(), [exc]


def load_records(paths: Iterable[Path | str]) -> ReferenceRecords:
    """Read, merge and validate YAML files and folders; raise the first problem found."""
    records, errors = _check(_expand(paths))
    if errors:
        raise errors[0]
    return records


def load_reference(
    extra_paths: Iterable[Path | str] = (),
    use_cache: bool = True,
    *,
    bundled_dir: Path | None = None,
) -> Reference:
    """The bundled dataset (from the cache when it is current) plus a user's files or folders."""
    user_files = _expand(extra_paths)
    if not user_files and bundled_dir is None:
        return _default_reference(use_cache)
    root = bundled_dir if bundled_dir is not None else bundled_reference_dir()
    records, store, digest = _load_bundled(root, use_cache)
    if not user_files:
        return Reference(records, store, digest=f"sha256:{digest}")

    from factcheck.reference.schema import KnownIds

    label = "the bundled reference"
    user, errors = _check(user_files, KnownIds(records, _has_result(store), label))
    if errors:
        raise errors[0]
    merged = ReferenceRecords(
        sources={**records.sources, **user.sources},
        parties={**records.parties, **user.parties},
        constituencies={**records.constituencies, **user.constituencies},
        elections={**records.elections, **user.elections},
        governments=records.governments + user.governments,
        leaders=records.leaders + user.leaders,
        events={**records.events, **user.events},
        coverage=records.coverage + user.coverage,
    )
    results = ChainedResultStore(store, MemoryResultStore(user.results))
    combined = _digest(user_files, None, seed=digest)
    return Reference(merged, results, digest=f"sha256:{combined}")


# The bundled dataset alone, once per process (`check_text(text)` asks on every call),
# for as long as its files' stat data say it is unchanged: (signature, reference).
_default: dict[tuple[bool, str], tuple[str, Reference]] = {}


def _default_reference(use_cache: bool) -> Reference:
    from factcheck.reference.cache import cache_dir

    root = bundled_reference_dir()
    key = (use_cache, str(cache_dir()))
    signature = _stat_signature(bundled_files(root), root)
    known = _default.get(key)
    if known is not None and signature is not None and known[0] == signature:
        return known[1]
    records, store, digest = _load_bundled(root, use_cache)
    reference = Reference(records, store, digest=f"sha256:{digest}")
    if signature is not None:
        _default[key] = (signature, reference)
    return reference


def bundled_files(root: Path) -> list[_File]:
    return [_File(p, str(p)) for p in _yaml_files_in(root)] if root.is_dir() else []


def content_digest(files: list[_File], root: Path) -> str:
    """The digest an index of these files is keyed by."""
    return _digest(files, root)


def _load_bundled(root: Path, use_cache: bool) -> tuple[ReferenceRecords, ResultStore, str]:
    """The bundled records, their results and their content digest."""
    files = bundled_files(root)
    if not files or not use_cache:
        return (*_in_memory(parse_bundled(files)), _digest(files, root))

    from factcheck.reference import cache

    directory = cache.private_dir()  # None: not the user's own, so neither read nor written
    try:
        return _indexed(files, root, directory)
    finally:
        if directory is not None:
            directory.close()


def _indexed(
    files: list[_File], root: Path, directory: PrivateDir | None
) -> tuple[ReferenceRecords, ResultStore, str]:
    """The dataset from the shipped index or the user's, or built (and then kept) if neither."""
    import io

    from factcheck.reference import cache

    def find(digest: str) -> Any:
        found = cache.open_shipped(digest)
        if found is None and directory is not None:
            found = cache.open_cached(directory, digest)
        return found

    signature = _stat_signature(files, root) if directory is not None else None
    remembered = cache.known_digest(directory, signature) if directory and signature else None
    found = find(remembered) if remembered else None
    digest = remembered
    if found is None:
        digest = _digest(files, root)
        found = find(digest)
    if found is None:
        records = parse_bundled(files, progress=True)
        if directory is None:
            return (*_in_memory(records), digest)
        sealed = cache.build_index(digest, records)
        cache.write_cached(directory, digest, sealed)
        found = cache.read_index(io.BytesIO(sealed), digest)
        if found is None:  # cannot happen unless SQLite misbehaves: work from memory
            return (*_in_memory(records), digest)
    # Remember the digest only if no file changed while it was being computed.
    if (
        directory
        and signature
        and digest != remembered
        and signature == _stat_signature(files, root)
    ):
        cache.remember_digest(directory, signature, digest)
    return *found, digest


def parse_bundled(files: list[_File], progress: bool = False) -> ReferenceRecords:
    records, errors = _check(files, progress=_Progress(len(files)) if progress else None)
    if errors:
        raise errors[0]
    return records


class _Progress:
    """Tells stderr what a slow index build is doing, once it has taken a second."""

    def __init__(self, total: int) -> None:
        import time

        self._clock = time.monotonic
        self._start = self._clock()
        self._total = total
        self._shown = False

    def step(self, done: int) -> None:
        import sys

        elapsed = self._clock() - self._start
        if elapsed < 1.0 or sys.stderr is None:
            return
        if sys.stderr.isatty():
            sys.stderr.write(
                f"\rfactcheck: indexing the reference data: {done}/{self._total} files"
            )
            sys.stderr.flush()
        elif not self._shown:
            print(
                f"factcheck: indexing the reference data ({self._total} files); "
                "this happens once per change to the data",
                file=sys.stderr,
            )
        self._shown = True

    def finish(self) -> None:
        import sys

        if self._shown and sys.stderr is not None:
            seconds = self._clock() - self._start
            lead = "\r" if sys.stderr.isatty() else ""
            print(f"{lead}factcheck: reference data indexed in {seconds:.1f} s", file=sys.stderr)


def _in_memory(records: ReferenceRecords) -> tuple[ReferenceRecords, ResultStore]:
    results = records.results
    records.results = []
    return records, MemoryResultStore(results)


def _tables_of(reference: Reference) -> ReferenceRecords:
    return ReferenceRecords(
        sources=reference.sources,
        parties=reference.parties,
        constituencies=reference.constituencies,
        elections=reference.elections,
        events=reference.events,
    )


def _has_result(store: ResultStore) -> Any:
    def has_result(election: str, constituency: str) -> bool:
        return any(r.election == election for r in store.for_constituency(constituency))

    return has_result
