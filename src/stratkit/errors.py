"""Why a command cannot do what was asked, said so that a person can put it right."""

from __future__ import annotations


class CannotRun(Exception):
    """A problem with the command, its settings or its surroundings (exit code 2), with a
    hint on how to fix it.

    The message and hint may be `messages.Message`s (a value parser's words): the command
    line's edge says them in the run's language, spelling the keys they quote in
    `vocabulary` (the file's: 'yksikkö' in a Finnish file), or in the run's language."""

    def __init__(self, message: str, hint: str = "", vocabulary: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.vocabulary = vocabulary
