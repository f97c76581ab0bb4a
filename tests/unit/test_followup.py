"""Format 1.1 (issue 12, items 2, 3 and 5): analysis, assessments by people and initiatives
over time, in English, Swedish and Finnish keys, through validate, status and diff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stratkit.cli.app import app
from stratkit.model.choices import InitiativeStatus
from stratkit.model.strategy import StrategyFile
from stratkit.progress.rollup import strategy_status
from stratkit.progress.statuses import Status
from stratkit.validation.one_file import check_file, check_text
from tests.conftest import FIXTURES, StrictRunner

runner = StrictRunner()
VOCABULARIES = ["followup_en", "followup_sv", "followup_fi"]


def load(name: str) -> StrategyFile:
    strategy = check_file(FIXTURES / "valid" / f"{name}.yaml").usable
    assert strategy is not None
    return strategy


@pytest.mark.parametrize("name", VOCABULARIES)
def test_every_vocabulary_reads_the_same_additions(name: str) -> None:
    strategy = load(name)
    qualitative, counted = strategy.indicators
    assert qualitative.analysis[2025]
    appraisal = qualitative.assessment[2025]
    assert appraisal.status == "limited_progress"
    assert appraisal.motivation
    assert counted.target is not None
    assert counted.target.decision is not None
    initiative = strategy.initiatives[0]
    assert isinstance(initiative.status, dict)
    assert initiative.status[2025] is InitiativeStatus.ONGOING
    assert initiative.responsible
    assert initiative.budget is not None
    assert initiative.budget.amount == 1200000
    assert initiative.deadline is not None


@pytest.mark.parametrize("name", VOCABULARIES)
def test_a_qualitative_indicator_takes_its_status_from_people_marked_assessed(name: str) -> None:
    [qualitative, _] = strategy_status(name, load(name)).assessments
    assert qualitative.computed_status is Status.NOT_AVAILABLE
    assert qualitative.status is Status.LIMITED_PROGRESS
    assert qualitative.assessed
    assert not qualitative.disagrees


def test_initiative_status_follows_the_year_judged() -> None:
    strategy = load("followup_en")
    torget = strategy.initiatives[0]
    assert torget.status_in(2023) is None  # before its first year: not known
    assert torget.status_in(2024) is InitiativeStatus.PLANNED
    assert torget.status_in(2025) is InitiativeStatus.ONGOING
    assert torget.status_in(None) is InitiativeStatus.DONE
    assert strategy.initiatives[1].status_in(2000) is InitiativeStatus.DONE  # no history
    tally = strategy_status("x", strategy, as_of=2025).tally
    assert (tally.done, tally.ongoing) == (1, 1)
    assert strategy_status("x", strategy).tally.done == 2  # judged at the period's end


MISSING_MOTIVATION = """\
municipality: {name: Testby, country: SE}
strategy: {title: T}
indicators:
  - id: a
    nytta: A
    bedömning:
      2025: {status: försämring}
"""


def test_an_assessment_without_motivation_is_an_error() -> None:
    report = check_text("t.yaml", MISSING_MOTIVATION)
    [error] = report.diagnostics
    assert (error.code, error.line, error.column) == ("STK106", 7, 13)
    assert error.message == "required key 'motivation' is missing"
    assert error.hint is not None
    # Most of this file's keys are English, so the missing key is named in English.
    assert "'motivation: …'" in error.hint
    empty_text = MISSING_MOTIVATION.replace("försämring}", 'försämring, motivering: " "}')
    empty = check_text("t.yaml", empty_text)
    assert [d.code for d in empty.diagnostics] == ["STK106"]
    assert empty.diagnostics[0].message == "the motivation is empty"


def test_a_wrong_status_in_a_history_is_one_error_at_its_year() -> None:
    text = MISSING_MOTIVATION.replace(
        "indicators:",
        "initiatives:\n  - {id: b, title: B, status: {2024: pågår, 2025: klart}}\nindicators:",
    ).replace("{status: försämring}", "{status: försämring, motivering: M}")
    [error] = check_text("t.yaml", text).diagnostics
    assert (error.code, error.line, error.column) == ("STK204", 4, 51)
    assert error.message == "'klart' is not a valid status"


def test_status_shows_analysis_and_assessment_in_json_and_markdown(in_root: Path) -> None:
    folder = str(FIXTURES / "valid")
    document = json.loads(
        runner.invoke(app, ["status", "--dir", folder, "followup_sv", "--format", "json"]).stdout
    )
    qualitative = document["strategies"][0]["indicators"][0]
    assert qualitative["status"] == "limited_progress"
    assert qualitative["computed_status"] == "not_available"
    assert qualitative["assessed"] is True
    assert qualitative["assessment"] == {
        "year": 2025,
        "status": "limited_progress",
        "motivation": "Enkäten visar samma nivå.",
    }
    assert qualitative["analysis"] == {
        "year": 2025,
        "text": "Enkäten visar samma nivå som förra året.",
    }
    markdown = runner.invoke(
        app, ["status", "--dir", folder, "followup_sv", "--format", "markdown"]
    ).stdout
    assert "- Analys 2025, Invånarna känner sig trygga: Enkäten visar samma nivå" in markdown
    assert "- Bedömning 2025, Invånarna känner sig trygga: ◇\u00a0Begränsade framsteg." in (
        markdown
    )
    assert "| Renovering av torget |  | Pågår (2025) |  | Tekniska nämnden | 2026-10-31 |" in (
        markdown
    )


def test_json_lists_initiatives_with_history_and_the_target_decision(in_root: Path) -> None:
    folder = str(FIXTURES / "valid")
    document = json.loads(
        runner.invoke(app, ["status", "--dir", folder, "followup_en", "--format", "json"]).stdout
    )
    strategy = document["strategies"][0]
    assert strategy["indicators"][1]["target_decision"] == "KF 2024-03-12 § 45"
    torget = strategy["initiative_list"][0]
    assert torget["status"] == "done"  # judged at the period's end, 2027
    assert torget["status_history"] == {"2024": "planned", "2025": "ongoing", "2026": "done"}
    assert torget["budget"] == {"amount": 1200000, "currency": "SEK"}
    as_of = json.loads(
        runner.invoke(
            app, ["status", "--dir", folder, "followup_en", "--format", "json", "--as-of", "2025"]
        ).stdout
    )
    assert as_of["strategies"][0]["initiative_list"][0]["status"] == "ongoing"
    assert as_of["strategies"][0]["initiatives"]["ongoing"] == 1


def test_the_editor_schema_knows_every_addition_in_every_language() -> None:
    from stratkit.reporters.json_schema import strategy_schema

    definitions = strategy_schema()["definitions"]
    indicator = definitions["Indicator"]["properties"]
    for key in ("analysis", "analys", "analyysi", "assessment", "bedömning", "arvio"):
        assert key in indicator
    appraisal = definitions["Appraisal"]
    assert {"status", "tila", "motivation", "motivering", "perustelu"} <= set(
        appraisal["properties"]
    )
    # Both are required, in one of their spellings.
    assert {
        "oneOf": [
            {"required": ["motivation"]},
            {"required": ["motivering"]},
            {"required": ["perustelu"]},
            {"required": ["perustelut"]},
        ]
    } in appraisal["allOf"]
    assert {"decision", "beslut", "päätös"} <= set(definitions["Target"]["properties"])
    initiative = definitions["Initiative"]["properties"]
    for key in ("responsible", "ansvarig", "vastuutaho", "budjetti", "slutdatum", "määräaika"):
        assert key in initiative


def test_the_editor_schema_refuses_an_assessment_without_motivation() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from stratkit.reporters.json_schema import strategy_schema

    validator = jsonschema.Draft7Validator(strategy_schema())
    document = {
        "municipality": {"name": "T", "country": "SE"},
        "strategy": {"title": "T"},
        "indicators": [{"id": "a", "nytta": "A", "bedömning": {"2025": {"status": "försämring"}}}],
    }
    assert list(validator.iter_errors(document))
    document["indicators"][0]["bedömning"]["2025"]["motivering"] = "Därför."  # type: ignore[index]
    assert list(validator.iter_errors(document)) == []
    document["indicators"][0]["bedömning"]["20x5"] = {"status": "i fas", "motivering": "M"}  # type: ignore[index]
    assert list(validator.iter_errors(document))


def test_the_common_slips_get_a_hint_that_shows_the_shape() -> None:
    text = (
        "municipality: {name: T, country: SE}\nstrategy: {title: T}\nindicators:\n"
        "  - id: a\n    nytta: A\n    bedömning:\n      2025: försämring\n    analys: Bra år\n"
    )
    first, second = check_text("t.yaml", text).diagnostics
    assert (first.code, first.line, first.column) == ("STK105", 7, 13)
    assert (
        first.message == "an assessment is a status and its motivation, found the text 'försämring'"
    )
    assert first.hint == (
        'write {status: …, motivation: "…"} (motivering, perustelu): the reason is required'
    )
    assert (second.code, second.line, second.column) == ("STK105", 8, 13)
    assert second.hint == (
        "write the year first, on a line of its own below the key: 2025: the year's text"
    )
