"""Read YAML text into plain data while remembering where every key and value was written.

We drive PyYAML's event parser ourselves instead of calling `yaml.load`, because loading
loses what users need: `load` keeps the last of two duplicate keys, turns `NO` into False and
`08` into 8, expands aliases (a "billion laughs" file), may build arbitrary objects from tags,
and forgets positions. Here every scalar stays the text the user wrote (only an empty value
or `null`/`~` becomes None); the schema decides what is a number.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import yaml

from stratkit.diagnostics import Problem, Span
from stratkit.messages import Message
from stratkit.reading import yaml_words as words
from stratkit.reading.lines import LineMap, position
from stratkit.reading.yaml_syntax import syntax_problem

try:  # the C parser is several times faster; fall back to pure Python where libyaml is absent
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path = tuple[str | int, ...]
MAX_DEPTH = 64
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_PLAIN_TAGS = frozenset({None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:null"})
_COLLECTION_TAGS = frozenset(
    {None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:omap"}
)
# What YAML forbids in a stream: C0 controls except tab/LF/CR, DEL, C1 except NEL,
# lone surrogates and the non-characters U+FFFE/U+FFFF.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
)


@dataclass(frozen=True, slots=True)
class Slot:
    """Where one entry sits: its key (None for list items) and its value."""

    key: Span | None
    value: Span


@dataclass(slots=True)
class Parsed:
    data: object = None
    slots: dict[Path, Slot] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # False when reading stopped early: the data is incomplete and must not be validated.
    complete: bool = True


def parse(text: str) -> Parsed:
    """Parse one YAML document. Never raises for bad input: problems are reported instead."""
    result = Parsed()
    if text.startswith("\ufeff"):
        text = text[1:]
    bad = _FORBIDDEN.search(text)
    if bad:
        result.problems.append(_forbidden_character(text, bad.start()))
        result.complete = False
        return result
    builder = _Builder(result, LineMap(text))
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if not builder.feed(event):
                break
    except yaml.MarkedYAMLError as error:
        if _too_deep_for_libyaml(error):
            return _too_deep(text, error)
        result.problems.append(syntax_problem(error, text))
        result.complete = False
    except yaml.YAMLError as error:  # reader errors carry no mark
        result.problems.append(
            Problem(
                "STK101",
                Span(1, 1, 1, 2),
                Message("the file is not valid YAML: {error}", error=str(error)),
            )
        )
        result.complete = False
    if builder.documents == 0 and result.complete:
        result.data = None
    return result


def _too_deep_for_libyaml(error: yaml.MarkedYAMLError) -> bool:
    # libyaml 0.2.5 (in PyYAML 6.0.4 wheels) stops at 1000 levels by itself, and its scanner
    # reads ahead, so it can fail before the builder reaches MAX_DEPTH.
    return "maximum nesting depth" in (error.problem or "") and error.problem_mark is not None


def _too_deep(text: str, error: yaml.MarkedYAMLError) -> Parsed:
    """Report the nesting where stratkit's own limit is crossed, as with any other libyaml.

    The text before libyaml's mark is still more than MAX_DEPTH deep, so reading just that
    part gives the same STK110, at the same place, as a libyaml without a limit of its own.
    """
    mark = error.problem_mark
    assert mark is not None
    prefix = parse(text[: mark.index])
    if any(problem.code == "STK110" for problem in prefix.problems):
        return prefix  # reading stopped at the limit, before the cut could matter
    line, column = position(text, mark.index)
    return Parsed(
        problems=[
            Problem("STK110", Span(line, column, line, column + 1), *words.too_deep(MAX_DEPTH)),
        ],
        complete=False,
    )


def _forbidden_character(text: str, offset: int) -> Problem:
    line, column = position(text, offset)
    char = text[offset]
    span = Span(line, column, line, column + 1)
    return Problem("STK003", span, *words.forbidden_character(char))


class _Frame:
    __slots__ = ("container", "first_line", "keys", "path", "pending", "pending_span")

    def __init__(self, container: dict[str, object] | list[object], path: Path) -> None:
        self.container = container
        self.path = path
        self.keys: dict[str, int] = {}  # key -> line where it first appeared
        self.pending: str | None = None  # mapping key waiting for its value
        self.pending_span: Span | None = None


_INVALID_KEY = "\x00invalid"  # a key we reported; its value is read and dropped


class _Builder:
    """Turns the event stream into data and slots; one instance per parse."""

    def __init__(self, result: Parsed, lines: LineMap) -> None:
        self.result = result
        self.lines = lines
        self.stack: list[_Frame] = []
        self.documents = 0
        self.discard_depth = 0  # >0 while skipping a collection used as a mapping key

    def _span(self, event: yaml.Event) -> Span:
        # The parser always sets both marks on the events it produces.
        start, end = event.start_mark, event.end_mark
        assert start is not None
        assert end is not None
        return self.lines.span(start, end)

    def _start(self, event: yaml.Event) -> Span:
        mark = event.start_mark
        assert mark is not None
        return self.lines.point(mark)

    def problem(self, code: str, span: Span, message: str, hint: str | None = None) -> None:
        self.result.problems.append(Problem(code, span, message, hint))

    def feed(self, event: yaml.Event) -> bool:
        """Handle one event; False stops reading."""
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self.problem("STK107", self._start(event), *words.second_document())
                return False
        elif isinstance(event, yaml.AliasEvent):
            self.problem("STK109", self._span(event), *words.alias(event.anchor))
            self.value(None, self._span(event))
        elif isinstance(event, yaml.ScalarEvent):
            self.scalar(event)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            return self.open(event)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            self.close()
        return True

    def scalar(self, event: yaml.ScalarEvent) -> None:
        span = self._span(event)
        self.check_anchor(event)
        if event.tag not in _PLAIN_TAGS:
            self.bad_tag(event.tag, span)
        text: str = event.value
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        value = None if (not event.style and text in _NULLS) else text
        self.value(value, span)

    def open(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> bool:
        start = self._start(event)
        self.check_anchor(event)
        if event.tag not in _COLLECTION_TAGS:
            self.bad_tag(event.tag, start)
        if self.discard_depth or (self.stack and self.expects_key()):
            if not self.discard_depth:
                self.problem("STK105", start, *words.collection_as_key())
            self.discard_depth += 1
            return True
        if len(self.stack) >= MAX_DEPTH:
            self.problem("STK110", start, *words.too_deep(MAX_DEPTH))
            self.result.complete = False
            return False
        container: dict[str, object] | list[object]
        container = {} if isinstance(event, yaml.MappingStartEvent) else []
        path = self.child_path()
        self.value(container, start)
        self.stack.append(_Frame(container, path))
        return True

    def close(self) -> None:
        if self.discard_depth:
            self.discard_depth -= 1
            if not self.discard_depth:
                self.stack[-1].pending = _INVALID_KEY
            return
        self.stack.pop()

    def expects_key(self) -> bool:
        frame = self.stack[-1]
        return isinstance(frame.container, dict) and frame.pending is None

    def child_path(self) -> Path:
        if not self.stack:
            return ()
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            return (*frame.path, len(frame.container))
        return (*frame.path, frame.pending if frame.pending is not None else "")

    def value(self, value: object, span: Span) -> None:
        """Place a finished value (or key) in the innermost open collection."""
        if self.discard_depth:
            return
        if not self.stack:
            self.result.data = value
            return
        frame = self.stack[-1]
        container = frame.container
        if isinstance(container, list):
            self.result.slots[(*frame.path, len(container))] = Slot(None, span)
            container.append(value)
        elif frame.pending is None:
            self.key(frame, value, span)
        else:
            key, frame.pending = frame.pending, None
            if key is not _INVALID_KEY:
                self.result.slots[(*frame.path, key)] = Slot(frame.pending_span, span)
                container[key] = value

    def key(self, frame: _Frame, key: object, span: Span) -> None:
        frame.pending_span = span
        if not isinstance(key, str):
            self.problem("STK105", span, *words.empty_key())
            frame.pending = _INVALID_KEY
            return
        first = frame.keys.get(key)
        if first is not None:
            self.problem("STK102", span, *words.duplicate_key(key, first))
            frame.pending = _INVALID_KEY
            return
        frame.keys[key] = span.line
        frame.pending = key

    def check_anchor(self, event: yaml.NodeEvent) -> None:
        # An anchor alone is harmless, but it only exists to be aliased, which we refuse;
        # saying so at the anchor too helps the user find both ends.
        if event.anchor is not None:
            self.problem("STK109", self._start(event), *words.anchor(event.anchor))

    def bad_tag(self, tag: str | None, span: Span) -> None:
        self.problem("STK108", span, *words.tag(tag))
