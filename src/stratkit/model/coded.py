"""A value parser made into a pydantic validator that keeps stratkit's code, message and hint."""

from __future__ import annotations

from typing import Any

from pydantic_core import PydanticCustomError

from stratkit.model.values import ValueProblem


def coded(parser: Any) -> Any:
    """Wrap a parser so its ValueProblem becomes a pydantic error that keeps code and hint."""

    def validate(value: object) -> object:
        try:
            return parser(value)
        except ValueProblem as problem:
            # pydantic keeps only the text of its message; the context keeps the Message, so
            # that it can still be said in Swedish or Finnish (reading.positions).
            context = {"hint": problem.hint, "message": problem.message}
            raise PydanticCustomError(problem.code, problem.message, context) from None

    return validate
