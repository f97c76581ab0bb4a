"""Why a command cannot do what was asked, said so that a person can put it right."""

from __future__ import annotations


class CannotRun(Exception):
    """A problem with the command, its settings or its surroundings (exit code 2), with a
    hint on how to fix it."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
