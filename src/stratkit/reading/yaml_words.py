"""What the YAML reader says about each problem it finds itself: (message, hint) pairs.

Kept apart from the reader so that its logic reads without the wording; each pair is a
Message, said in the user's language when shown (see stratkit.messages).
"""

from __future__ import annotations

from stratkit.messages import Message

Words = tuple[Message, Message]


def second_document() -> Words:
    return (
        Message("a second YAML document starts here ('---'); a strategy file holds one"),
        Message("remove the '---' line and what follows, or move it to a file of its own"),
    )


def alias(name: str | None) -> Words:
    return (
        Message("alias '*{name}' is not allowed in strategy files", name=name),
        Message("write the value out in full instead of referring to an anchor"),
    )


def anchor(name: str | None) -> Words:
    return (
        Message("anchor '&{name}' is not allowed in strategy files", name=name),
        Message("remove the anchor and write every value out in full"),
    )


def tag(name: str | None) -> Words:
    return (
        Message("YAML tag '{tag}' is not allowed in strategy files", tag=name),
        Message("remove the tag (the part starting with '!')"),
    )


def collection_as_key() -> Words:
    return (
        Message("a key must be plain text, not a list or mapping"),
        Message("write the key as a word followed by ':'"),
    )


def empty_key() -> Words:
    return Message("a key is empty"), Message("write a key name before the ':'")


def duplicate_key(key: str, first: int) -> Words:
    return (
        Message("duplicate key '{key}' (first given on line {line})", key=key, line=first),
        Message("keep only one of them; YAML would silently drop the first"),
    )


def too_deep(depth: int) -> Words:
    return (
        Message("the data is nested more than {depth} levels deep", depth=depth),
        Message("the strategy format needs at most 5 levels; check the indentation"),
    )


def forbidden_character(char: str) -> Words:
    return (
        Message(
            "invisible control character {code} is not allowed in YAML", code=f"U+{ord(char):04X}"
        ),
        Message(
            "delete the character at this position (it often comes from copying out of Word or PDF)"
        ),
    )
