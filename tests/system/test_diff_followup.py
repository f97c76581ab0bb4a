"""diff on format 1.1 (issue 12, items 2, 4 and 5): analyses, assessments, decisions on
targets and initiatives over time, between revisions and between years."""

from __future__ import annotations

from pathlib import Path

from stratkit.cli.app import app
from stratkit.diff.revisions import Kind, compare_versions
from stratkit.diff.years import compare_years
from stratkit.model.choices import InitiativeStatus
from tests.conftest import StrictRunner
from tests.system.test_diff_revisions import BASE, commit, diff_json, edit, repo, strategy

__all__ = ["repo"]  # the fixture, used by name below

runner = StrictRunner()

DECIDED = BASE.replace(
    "target: {year: 2030, value: 1200}",
    'target: {year: 2030, value: 1200, decision: "KF 2021-03-12 § 45"}',
)


def changes(old: str, new: str) -> list[tuple[Kind, str | None, object, object, bool]]:
    found = compare_versions({"t": strategy(old)}, {"t": strategy(new)})
    return [(c.kind, c.field, c.old, c.new, c.undecided) for c in found]


def test_a_changed_target_needs_a_new_decision() -> None:
    lowered = DECIDED.replace("value: 1200", "value: 1100")
    # The same decision as before: undecided.
    assert changes(DECIDED, lowered) == [(Kind.TARGET_LOWERED, "target.value", 1200, 1100, True)]
    decided = lowered.replace("KF 2021-03-12 § 45", "KF 2025-03-12 § 12")
    [change] = compare_versions({"t": strategy(DECIDED)}, {"t": strategy(decided)})
    assert (change.undecided, change.decision) == (False, "KF 2025-03-12 § 12")
    # No decision at all: undecided; a later year too.
    postponed = BASE.replace("year: 2030, value: 1200", "year: 2032, value: 1200")
    assert changes(BASE, postponed) == [(Kind.TARGET_POSTPONED, "target.year", 2030, 2032, True)]
    # Only the decision changed: reported, and not undecided.
    cited = changes(BASE, DECIDED)
    assert cited == [(Kind.DECISION_CHANGED, "target.decision", None, "KF 2021-03-12 § 45", False)]


def test_analysis_and_assessment_added_changed_and_removed() -> None:
    old = BASE + "    analysis: {2021: Första analysen.}\n"
    new = (
        BASE
        + "    analysis: {2021: Omskriven analys., 2022: Ny.}\n"
        + "    assessment: {2022: {status: missed, motivation: Ingen minskning.}}\n"
    )
    assert changes(old, new) == [
        (Kind.ANALYSIS_CHANGED, "analysis.2021", "Första analysen.", "Omskriven analys.", False),
        (Kind.ANALYSIS_ADDED, "analysis.2022", None, "Ny.", False),
        (
            Kind.ASSESSMENT_CHANGED,
            "assessment.2022",
            None,
            {"status": "missed", "motivation": "Ingen minskning."},
            False,
        ),
    ]
    assert changes(new, BASE)[0][0] is Kind.ANALYSIS_REMOVED


INITIATIVE = """initiatives:
  - id: torget
    title: Torget
    status: {2024: ongoing}
"""


def test_initiative_history_responsible_budget_and_deadline() -> None:
    new = INITIATIVE.replace("{2024: ongoing}", "{2024: ongoing, 2025: done}") + (
        "    ansvarig: Tekniska nämnden\n    budget: {amount: 100, currency: SEK}\n"
        "    slutdatum: 2025\n"
    )
    assert changes(BASE + INITIATIVE, BASE + new) == [
        (Kind.STATUS_CHANGED, "status.2025", None, "done", False),
        (Kind.RESPONSIBLE_CHANGED, "responsible", None, "Tekniska nämnden", False),
        (
            Kind.BUDGET_CHANGED,
            "budget",
            None,
            {"amount": 100, "currency": "SEK", "year": None, "description": None, "source": None},
            False,
        ),
        (Kind.DEADLINE_CHANGED, "deadline", None, "2025", False),
    ]


def test_diff_years_lists_initiatives_whose_status_moved() -> None:
    moved = strategy(BASE + INITIATIVE.replace("{2024: ongoing}", "{2024: ongoing, 2025: done}"))
    diff = compare_years([("t", moved)], 2024, 2025)
    [move] = diff.strategies[0].initiative_moves
    assert (move.before, move.after) == (InitiativeStatus.ONGOING, InitiativeStatus.DONE)
    assert compare_years([("t", moved)], 2025, 2026).strategies[0].initiative_moves == ()


def test_fail_on_undecided_target_change(repo: Path) -> None:
    edit(
        repo,
        "target: {year: 2030, value: 1200}",
        'target: {year: 2030, value: 1200, beslut: "KF 1"}',
    )
    commit(repo, "decided")
    edit(repo, "value: 1200, beslut", "value: 1100, beslut")
    code, document = diff_json("--rev", "HEAD", "--fail-on", "undecided-target-change")
    assert code == 1
    [change] = document["changes"]  # type: ignore[misc]
    assert (change["kind"], change["undecided"], change["decision"]) == (
        "target_lowered",
        True,
        "KF 1",
    )
    table = runner.invoke(app, ["diff", "--rev", "HEAD", "--fail-on", "undecided-target-change"])
    assert "målsättningen sänkt: 1\u00a0200 → 1\u00a0100 (beslut: KF 1)" in table.stdout
    assert "⚠ ingen ny beslutshänvisning" in table.stdout
    # The same decision cited again is flagged without --fail-on too (exit 0: not asked).
    plain = runner.invoke(app, ["diff", "--rev", "HEAD"])
    assert plain.exit_code == 0
    assert "⚠ ingen ny beslutshänvisning" in plain.stdout
    edit(repo, '"KF 1"', '"KF 2025-03-12 § 45"')
    code, _ = diff_json("--rev", "HEAD", "--fail-on", "undecided-target-change")
    assert code == 0


def test_every_change_and_label_has_words_in_three_languages() -> None:
    from stratkit.model.choices import Language
    from stratkit.reporters.words.diff_labels import CHANGE
    from stratkit.reporters.words.followup import CHANGE as FOLLOWUP_CHANGE
    from stratkit.reporters.words.followup import FOLLOWUP, STATUS_YEAR

    for language in Language:
        assert FOLLOWUP[language].keys() == FOLLOWUP[Language.SV].keys()
        assert set(CHANGE[language]) | set(FOLLOWUP_CHANGE[language]) == set(Kind)
        assert "{year}" in STATUS_YEAR[language]
