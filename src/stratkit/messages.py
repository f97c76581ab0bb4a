"""A message that can still be said in another language: English text plus what made it.

A diagnostic is made before anyone knows the language it will be shown in (the file's
`language` is known only after reading it, and diagnostics are cached by the file's content),
so its message and hint are kept as the untranslated gettext msgid and its named values, and
are translated when they are rendered. `Message` is a `str` (the English text), so code and
tests that only need English use it as the plain text it is; `in_language` says it in sv or fi.

    Message("unknown key '{key}'", key="lähtötaso")

A value may itself be a Message (a word such as "a list" inside a sentence): it is translated
with the sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from stratkit.i18n import current, in_language

Params = tuple[tuple[str, object], ...]


class Message(str):
    """The English text of a message, remembering its msgid and values for translation."""

    __slots__ = ("msgid", "params")
    msgid: str
    params: Params

    def __new__(cls, msgid: str, /, **params: object) -> Message:
        self = super().__new__(cls, _fill(msgid, params, "en"))
        self.msgid = msgid
        self.params = tuple(params.items())
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Reports travel between worker processes; keep what translation needs.
        return (_rebuild, (self.msgid, self.params))

    def in_language(self, language: str) -> str:
        return _fill(self.msgid, dict(self.params), language)

    def to_data(self) -> list[object]:
        """A JSON-able form for the cache: [msgid, [[name, value], ...]]."""
        return [self.msgid, [[name, _data(value)] for name, value in self.params]]


def _rebuild(msgid: str, params: Params) -> Message:
    return Message(msgid, **dict(params))


def _data(value: object) -> object:
    if isinstance(value, Message):
        return {"message": value.to_data()}
    return value


def from_data(data: object) -> str:
    """The Message `Message.to_data` gave, or the text itself for a plain string."""
    if isinstance(data, str) or data is None:
        return data  # type: ignore[return-value]
    assert isinstance(data, list | tuple)
    msgid: object = data[0]
    pairs: list[list[object]] = data[1]
    values: dict[str, object] = {}
    for name, value in pairs:
        if isinstance(value, dict) and "message" in value:
            value = from_data(value["message"])
        values[str(name)] = value
    return Message(str(msgid), **values)


def _fill(msgid: str, params: Mapping[str, object], language: str) -> str:
    template = msgid if language == "en" else in_language(msgid, language)
    values = {
        name: value.in_language(language) if isinstance(value, Message) else value
        for name, value in params.items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A broken translation must never hide the problem it reports: say it in English.
        return msgid.format(**values)


def say(text: str | None, language: str | None = None) -> str | None:
    """`text` in `language` (default: the current one) if it is a Message, else as it is."""
    if isinstance(text, Message):
        return text.in_language(language or current())
    return text


class Written:
    """A value of a message to be filled with what the user wrote at `loc` in the file.

    Checks see only the model, where `direction: öka` is 'increase'; the place where a
    finding is tied to its position (reading.positions) cuts the words out of the file, so
    the message quotes 'öka'. `kind` is "key" or "value"; `fallback` is said when the file
    has nothing there (a key that is missing: the English key, spelt the file's way).
    """

    __slots__ = ("fallback", "kind", "loc", "part")

    def __init__(
        self, loc: tuple[str | int, ...], kind: str, fallback: str, part: str | None = None
    ) -> None:
        self.loc = loc
        self.kind = kind
        self.fallback = fallback
        self.part = part  # the model the key belongs to, for spelling a missing key

    def __repr__(self) -> str:
        return f"Written({self.loc!r}, {self.kind!r}, {self.fallback!r})"

    def __str__(self) -> str:
        return self.fallback

    def __format__(self, spec: str) -> str:
        return format(self.fallback, spec)


class Spelt:
    """A fixed value (a direction, a status) to be said in the file's vocabulary: 'öka'."""

    __slots__ = ("table", "value")

    def __init__(self, table: Mapping[str, Any], value: str) -> None:
        self.table = table  # model.vocabulary.DIRECTIONS and the like
        self.value = value

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


def resolve(text: str | None, fill: Any) -> str | None:
    """`text` with every Written or Spelt value replaced by `fill(it)`; other text as it is."""
    if not isinstance(text, Message):
        return text
    if not any(isinstance(v, Written | Spelt | Message) for _, v in text.params):
        return text
    values = {
        name: fill(value)
        if isinstance(value, Written | Spelt)
        else resolve(value, fill)
        if isinstance(value, Message)
        else value
        for name, value in text.params
    }
    return Message(text.msgid, **values)


def relocate(text: str | None, move: Any) -> str | None:
    """`text` with the path of every Written value changed by `move(loc)`."""
    if not isinstance(text, Message):
        return text
    values = {
        name: Written(move(value.loc), value.kind, value.fallback, value.part)
        if isinstance(value, Written)
        else relocate(value, move)
        if isinstance(value, Message)
        else value
        for name, value in text.params
    }
    return Message(text.msgid, **values)
