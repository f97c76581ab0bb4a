"""A strategy rebuilt from the cache is exactly the validated one: values, types, fields set."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from stratkit.cache.model_codec import dump, rebuild
from stratkit.validation.one_file import check_file
from tests.conftest import FIXTURES, ROOT, files_in

FILES = sorted([*files_in(FIXTURES / "valid"), *files_in(ROOT / "strategies")])


def assert_identical(built: object, validated: object) -> None:
    assert type(built) is type(validated)
    if isinstance(validated, BaseModel):
        assert isinstance(built, BaseModel)
        assert built.model_fields_set == validated.model_fields_set
        assert built.__pydantic_extra__ == validated.__pydantic_extra__
        assert built.__pydantic_private__ == validated.__pydantic_private__
        assert list(built.__dict__) == list(validated.__dict__)
        for name in type(validated).model_fields:
            assert_identical(getattr(built, name), getattr(validated, name))
    elif isinstance(validated, dict):
        assert isinstance(built, dict)
        assert list(built) == list(validated)
        for key in validated:
            assert_identical(next(k for k in built if k == key), key)
            assert_identical(built[key], validated[key])
    elif isinstance(validated, list):
        assert isinstance(built, list)
        assert len(built) == len(validated)
        for one, other in zip(built, validated, strict=True):
            assert_identical(one, other)
    else:
        assert built == validated


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_rebuilt_strategy_is_identical(path: Path) -> None:
    validated = check_file(path).strategy
    assert validated is not None
    built = rebuild(dump(validated))
    assert built == validated
    assert repr(built) == repr(validated)
    assert_identical(built, validated)
    assert built.model_dump() == validated.model_dump()
    assert dump(built) == dump(validated)


def test_rebuilt_strategy_behaves_like_the_validated_one() -> None:
    validated = check_file(ROOT / "strategies" / "karlskoga.yaml").strategy
    assert validated is not None
    built = rebuild(dump(validated))
    assert [i.inferred_direction for i in built.indicators] == [
        i.inferred_direction for i in validated.indicators
    ]
    with pytest.raises(Exception, match="frozen"):
        built.language = validated.language  # type: ignore[misc]


@pytest.mark.parametrize("text", ["[]", "null", "{", '{"municipality": 1}'])
def test_a_damaged_store_raises_for_the_cache_to_treat_as_missing(text: str) -> None:
    with pytest.raises((ValueError, TypeError, AttributeError)):
        rebuild(text)
