"""Reading and writing YAML sources with line numbers, comments kept, bad bytes refused."""

from __future__ import annotations

import contextlib
import io
import pickle
import threading
import unicodedata
from collections import OrderedDict
from pathlib import Path
from typing import Any

from press.errors import Problem, SourceError
from press.gate import unprintable

MAX_SOURCE_BYTES = 2 * 1024 * 1024
"""A release source is a few kilobytes; anything this large is a mistake or an attack."""


def read_source_text(path: Path) -> str:
    """The file as text, or a SourceError that says what is wrong with its bytes."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(Problem(path, 0, "file not found")) from None
    except OSError as exc:
        raise SourceError(Problem(path, 0, f"cannot read: {exc.strerror}")) from None
    return decode_source(path, data)


def decode_source(path: Path | str, data: bytes) -> str:
    if len(data) > MAX_SOURCE_BYTES:
        limit = MAX_SOURCE_BYTES // 1024 // 1024
        raise SourceError(Problem(path, 0, f"file is {len(data):,} bytes; the limit is {limit} MiB"))
    if not data.strip():
        raise SourceError(Problem(path, 1, "file is empty"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(Problem(path, 1, "file is UTF-16; save it as UTF-8"))
    if data.startswith(b"\xef\xbb\xbf"):
        raise SourceError(Problem(path, 1, "starts with a byte-order mark; save it as UTF-8 without BOM"))
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise SourceError(Problem(path, line, "file holds binary data (a NUL byte); expected UTF-8 text"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            Problem(path, line, f"not UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8")
        ) from None
    if "\x85" in text:  # YAML would silently read this C1 control (cp1252's "…" misread) as a line break
        raise SourceError(Problem(path, text[: text.index("\x85")].count("\n") + 1, unprintable(0x85)))
    # NFC: a decomposed й (saved by a Mac or copied from a PDF) is the letter й; the checker, the
    # hashes and the renderers compare code points. Line breaks are unchanged, so lines still match.
    return unicodedata.normalize("NFC", text)


class Unreadable(str):
    """A scalar that parsed as YAML but is no value (an impossible date like 2025-02-30).

    It stands in the document where the value was, carrying its problem, so that the schema
    reports it as `file:line: key: problem` along with every other problem of the file,
    instead of the whole file failing at the first one.
    """

    problem: str

    def __new__(cls, text: str, problem: str) -> Unreadable:
        made = super().__new__(cls, text)
        made.problem = problem
        return made

    def __reduce__(self) -> tuple[type[Unreadable], tuple[str, str]]:
        return Unreadable, (str(self), self.problem)


_FOREIGN_TAG = "tags are not allowed in a release source:"
_FIELD_PROBLEMS = ("is not a real date", _FOREIGN_TAG)
"""Constructor problems that belong to one key: reported as `file:line: key: problem`."""


def _yaml() -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import ConstructorError, RoundTripConstructor

    class _Constructor(RoundTripConstructor):
        """Turns an impossible date (2025-02-30) or a foreign tag into an error that knows its line."""

        def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
            try:
                return super().construct_yaml_timestamp(node, values)
            except ValueError as exc:
                return Unreadable(node.value, f"{node.value} is not a real date ({exc})")

        def construct_foreign(self, node: Any) -> Any:
            """`!!python/object…` or any tag of our own: a source holds plain data only."""
            tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
            raise ConstructorError(None, None, f"{_FOREIGN_TAG} {tag}", node.start_mark)

    _Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)
    _Constructor.add_constructor(None, _Constructor.construct_foreign)
    yaml = YAML()
    yaml.Constructor = _Constructor
    yaml.width = 4096  # one paragraph per line: diffs show the changed paragraph whole
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    return yaml


_PARSED: OrderedDict[str, bytes] = OrderedDict()
"""Texts parsed in this process -> their pickled documents, newest last (see `load_yaml`)."""
_PARSED_BUDGET = 32 * 1024 * 1024
"""Characters of text plus bytes of pickles kept at most; the oldest go first."""
_PARSED_LOCK = threading.Lock()
_parsed_size = 0


def load_yaml(path: Path, text: str | None = None) -> Any:
    """Parse a YAML source; syntax errors become `file:line: message`.

    The round-trip parser (comments and line numbers kept) is pure Python, about 25 ms for a
    release's language file, while a pickled copy of its document loads in under 1 ms. A
    process that reads the same text again (a review import, then the reload that proves the
    release still loads; the preview after each request; the test suite) gets a fresh copy of
    the document parsed the first time. The key is the text itself, so an edited file is
    always parsed again; every caller owns what it gets and may change it.
    """
    if text is None:
        text = read_source_text(path)
    with _PARSED_LOCK:
        known = _PARSED.get(text)
        if known is not None:
            _PARSED.move_to_end(text)
    if known is not None:
        return pickle.loads(known)
    doc = _parse(path, text)
    # a document pickle cannot copy (nested too deeply …) is simply parsed again next time
    with contextlib.suppress(RecursionError, TypeError, AttributeError, pickle.PicklingError):
        _remember(text, pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
    return doc


def _remember(text: str, pickled: bytes) -> None:
    global _parsed_size
    with _PARSED_LOCK:
        if text in _PARSED:
            return
        _PARSED[text] = pickled
        _parsed_size += len(text) + len(pickled)
        while _parsed_size > _PARSED_BUDGET and _PARSED:
            old_text, old = _PARSED.popitem(last=False)
            _parsed_size -= len(old_text) + len(old)


def _parse(path: Path, text: str) -> Any:
    """The round-trip parse of *text*; syntax errors become `file:line: message`."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.reader import ReaderError

    try:
        return _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        if exc.problem and any(marker in exc.problem for marker in _FIELD_PROBLEMS):
            key = text.splitlines()[line - 1].split(":", 1)[0].strip(" -") if line else None
            raise SourceError(Problem(path, line, exc.problem, key or None)) from None
        raise SourceError(Problem(path, line, f"malformed YAML: {_syntax_message(exc, line)}")) from None
    except ReaderError as exc:  # a raw control character (a vertical tab pasted from Word …)
        line = text[: exc.position].count("\n") + 1
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        raise SourceError(Problem(path, line, unprintable(code))) from None
    except YAMLError as exc:
        raise SourceError(Problem(path, 0, f"malformed YAML: {exc}")) from None
    except RecursionError:
        raise SourceError(Problem(path, 0, "malformed YAML: nested too deeply")) from None


def _syntax_message(exc: Any, line: int) -> str:
    """The parser's complaint in one line, with where the unfinished construct began."""
    message = " ".join((exc.problem or "malformed YAML").split())
    if "duplicate key" in message:
        return message.split(" with value")[0].replace("found ", "")
    if "'\\t'" in message:
        return "a tab character; indent with spaces"
    context = " ".join((exc.context or "").split())
    began = exc.context_mark.line + 1 if exc.context_mark else 0
    if not context.startswith("while "):
        return f"{context} {message}".strip()
    if began and began != line:
        message += f" ({context.removeprefix('while ')} that began on line {began})"
    return message


def dump_yaml(doc: Any, header: str = "") -> str:
    buffer = io.StringIO()
    if header:
        buffer.write(header)
    _yaml().dump(doc, buffer)
    return buffer.getvalue()


def line_of(node: Any, key: str | int | None = None) -> int:
    """1-based line of *key* inside a mapping or list node (or of the node itself)."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return 0
    try:
        if key is not None:
            if isinstance(key, int):
                return lc.item(key)[0] + 1
            return lc.key(key)[0] + 1
        return lc.line + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        return (lc.line or 0) + 1
