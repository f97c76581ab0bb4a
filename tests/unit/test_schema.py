"""`stratkit schema`: the JSON Schema agrees with `stratkit validate` on what a file may hold.

Editors read YAML 1.2 and see numbers and booleans where stratkit sees text, so every file
is checked twice: with every value as text (as stratkit reads it) and with the values typed
as a YAML 1.2 editor types them.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratkit.cli.app import app
from stratkit.cli.scaffold import EXAMPLE, files
from stratkit.model.values import ValueProblem, parse_number
from stratkit.reading.yaml_reader import parse
from stratkit.reporters.json_schema import strategy_schema
from tests.conftest import FIXTURES, ROOT, StrictRunner, files_in

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = strategy_schema()
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)
ACCEPTED = [
    *files_in(FIXTURES / "valid"),
    *files_in(ROOT / "strategies"),
]
# Files stratkit refuses for a reason the schema can express too.
REFUSED = [
    "unknown_key",
    "both_languages",
    "bad_country",
    "bad_direction",
    "bad_id",
    "missing_title",
    "ambiguous_comma",
    "not_a_number",
    "bad_date",
    "count_zero",
    "bad_year",
    "bad_fetch",
]

_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")


def as_text(text: str) -> Any:
    parsed = parse(text)
    assert parsed.complete
    assert not parsed.problems
    return parsed.data


def as_editor_sees_it(value: Any) -> Any:
    """The YAML 1.2 core schema's types (quoting is lost, which only makes this stricter)."""
    if isinstance(value, dict):
        return {key: as_editor_sees_it(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_editor_sees_it(item) for item in value]
    if not isinstance(value, str):
        return value
    if value in ("true", "True", "TRUE", "false", "False", "FALSE"):
        return value.lower() == "true"
    if _INT.match(value):
        return int(value)
    if _FLOAT.match(value):
        return float(value)
    return value


def problems(data: Any) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(data)]


def test_the_schema_is_valid_draft_7() -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "$defs" not in json.dumps(SCHEMA)


@pytest.mark.parametrize("path", ACCEPTED, ids=lambda p: p.name)
def test_files_stratkit_accepts_pass_the_schema(path: Path) -> None:
    data = as_text(path.read_bytes().decode("utf-8-sig"))
    assert problems(data) == []
    assert problems(as_editor_sees_it(data)) == []


def test_the_init_example_passes_the_schema() -> None:
    data = as_text(files(datetime.date(2026, 11, 23))[EXAMPLE])
    assert problems(data) == []
    assert problems(as_editor_sees_it(data)) == []


@pytest.mark.parametrize("name", REFUSED)
def test_files_stratkit_refuses_fail_the_schema(name: str) -> None:
    data = as_text((FIXTURES / "invalid" / f"{name}.yaml").read_text(encoding="utf-8"))
    assert problems(data)
    assert problems(as_editor_sees_it(data))


def test_swedish_keys_are_properties_and_one_of_two_spellings_is_required() -> None:
    indicator = SCHEMA["definitions"]["Indicator"]
    names = list(indicator["properties"])
    for english, swedish in [
        ("title", "nytta"),
        ("metric", "mätare"),
        ("baseline", "nuläge"),
        ("target", "målsättning"),
        ("actual", "förverkligats"),
    ]:
        assert names.index(english) < names.index(swedish)
        assert indicator["properties"][swedish] == indicator["properties"][english]
    assert indicator["required"] == ["id"]
    base = {"id": "a", "title": "En indikator"}
    assert problems({**base}) != []  # municipality and strategy are missing: not the point
    one = {
        "municipality": {"name": "Testby", "country": "SE"},
        "strategy": {"title": "T"},
    }
    assert problems({**one, "indicators": [{"id": "a", "nytta": "N"}]}) == []
    assert problems({**one, "indicators": [{"id": "a"}]}) != []
    assert problems({**one, "indicators": [{"id": "a", "title": "T", "nytta": "N"}]}) != []


def test_extension_keys_are_allowed_everywhere() -> None:
    data = {
        "x-ansvarig": "Kommunstyrelsen",
        "municipality": {"name": "Testby", "country": "SE", "x-kod": 1},
        "strategy": {"title": "T", "period": {"start": 2020, "end": 2030, "x-not": "n"}},
        "indicators": [{"id": "a", "title": "T", "x-egen": [1, 2]}],
    }
    assert problems(data) == []
    assert problems({**data, "y-ansvarig": "K"}) != []


def test_choices_accept_swedish_words_in_any_case() -> None:
    base = {"municipality": {"name": "T", "country": "SE"}, "strategy": {"title": "T"}}
    for status in ("pågår", "Pågår", "ej påbörjad", "done"):
        initiative = {"id": "a", "title": "T", "status": status}
        assert problems({**base, "initiatives": [initiative]}) == [], status
    assert problems({**base, "initiatives": [{"id": "a", "title": "T", "status": "snart"}]})


_NUMBER_PATTERN = SCHEMA["definitions"]["Point"]["properties"]["value"]["anyOf"][1]["pattern"]


@given(st.text(alphabet="0123456789 ,.-+−e\u00a0", max_size=12))
def test_the_number_pattern_accepts_what_stratkit_reads_as_a_number(text: str) -> None:
    try:
        parse_number(text)
        readable = True
    except ValueProblem as problem:
        # Too large or not finite: a range check that a text pattern cannot express.
        readable = problem.code == "STK207"
    assert bool(re.search(_NUMBER_PATTERN, text)) == readable


def test_schema_command_prints_the_schema_kept_in_docs() -> None:
    result = StrictRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == SCHEMA
    # Editors load docs/stratkit.schema.json; regenerate it with
    # `stratkit schema > docs/stratkit.schema.json` after changing the models.
    assert (ROOT / "docs" / "stratkit.schema.json").read_text(encoding="utf-8") == result.stdout


def test_example_strategies_point_their_editor_at_the_schema() -> None:
    for path in files_in(ROOT / "strategies"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../docs/stratkit.schema.json"
        assert (path.parent / "../docs/stratkit.schema.json").resolve().is_file()
