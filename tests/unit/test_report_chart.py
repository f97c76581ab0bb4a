"""The report's chart: round ticks, colours with enough contrast, escaped text, and the
format 1.1 figures (preliminary, women and men) drawn and listed when the model has them."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from stratkit.model.choices import Language
from stratkit.model.reported import Reported
from stratkit.progress.assess import Value
from stratkit.reporters.report import chart
from stratkit.reporters.report.html import footer_css
from stratkit.reporters.report.ticks import nice_step, value_ticks, year_ticks
from stratkit.reporters.report.view import PageView, page_view
from stratkit.reporters.text.numbers import number
from tests.conftest import FIXTURES


def test_ticks_are_round_numbers_around_the_values() -> None:
    assert value_ticks(29616, 32000) == [29500, 30000, 30500, 31000, 31500, 32000]
    assert value_ticks(0.12, 0.31) == [0.1, 0.15, 0.2, 0.25, 0.3, 0.35]
    assert value_ticks(1208, 1278) == [1200, 1220, 1240, 1260, 1280]
    alone = value_ticks(5, 5)
    assert alone[0] < 5 < alone[-1]
    assert year_ticks(2010, 2025) == [2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]
    assert year_ticks(2011, 2012) == [2011, 2012]
    assert year_ticks(1990, 2030) == [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025, 2030]


@given(
    st.floats(-1e9, 1e9, allow_nan=False),
    st.floats(0, 1e9, allow_nan=False),
)
@example(low=-1e-05, span=25001.0)  # a value a hair below a round tick: the tick stands
def test_ticks_cover_the_range_in_round_steps(low: float, span: float) -> None:
    ticks = value_ticks(low, low + span)
    # Within a millionth of the axis: the ticks absorb floating-point noise, not more.
    slack = 1e-6 * (ticks[-1] - ticks[0])
    assert ticks[0] <= low + slack
    assert ticks[-1] >= low + span - slack
    assert 2 <= len(ticks) <= 12
    step = nice_step(ticks[-1] - ticks[0], len(ticks) - 1)
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert round(mantissa, 6) in (1, 2, 2.5, 5, 10)


def test_tick_labels_are_in_the_language() -> None:
    data = chart.ChartData(actual=(chart.Point(2019, 30381), chart.Point(2024, 30180)))
    svg = chart.svg(data, "c", "t", "d", lambda v: number(v, Language.SV))
    assert ">30\u00a0400<" in svg
    svg = chart.svg(data, "c", "t", "d", lambda v: number(v, Language.EN))
    assert ">30,400<" in svg


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("kind", sorted(chart.COLOURS))
def test_every_line_and_marker_has_3_to_1_contrast_on_white(kind: str) -> None:
    ratio = 1.05 / (_luminance(chart.COLOURS[kind]) + 0.05)
    assert ratio >= 3, f"{kind}: {ratio:.2f}"


def test_series_differ_by_shape_and_dash_not_only_colour() -> None:
    kinds = ("actual", "preliminary", "path", "baseline", "target", "women", "men", "as_of")
    without_colour = {re.sub(r"#[0-9a-f]{6}", "", chart.swatch(k)) for k in kinds}
    assert len(without_colour) == len(kinds)


def test_text_in_the_chart_is_escaped() -> None:
    data = chart.ChartData(actual=(chart.Point(2020, 1), chart.Point(2021, 2)))
    svg = chart.svg(data, "c", "</title><script>", "<b>&", str)
    assert "<script>" not in svg
    assert "&lt;/title&gt;&lt;script&gt;" in svg
    assert "&lt;b&gt;&amp;" in svg


def _followup_page(as_of: int | None) -> PageView:
    """The page of a format 1.1 file (Swedish keys), judged as of `as_of`."""
    from stratkit.progress.rollup import strategy_status
    from stratkit.validation.one_file import check_file

    strategy = check_file(FIXTURES / "valid" / "followup_sv.yaml").strategy
    assert strategy is not None
    status = strategy_status("followup_sv", strategy, as_of=as_of, today=2026)
    return page_view(status, None, Language.SV)


@pytest.mark.parametrize(
    ("as_of", "analysis", "assessment"),
    [
        (2025, "Analys 2025", "Bedömning 2025"),
        (None, "Analys 2025", "Bedömning 2025"),
        (2024, None, None),  # written for 2025: not known yet in 2024
    ],
)
def test_format_1_1_analysis_and_assessment_are_read_as_status_reads_them(
    as_of: int | None, analysis: str | None, assessment: str | None
) -> None:
    indicator = _followup_page(as_of).goals[0].indicators[0]
    assert indicator.analysis_heading == analysis
    assert (indicator.analysis is None) == (analysis is None)
    assert (indicator.assessment.heading if indicator.assessment else None) == assessment
    if indicator.assessment is not None:
        assert indicator.assessment.status == "Begränsade framsteg"
        assert indicator.assessment.motivation == "Enkäten visar samma nivå."


def test_format_1_1_figures_are_drawn() -> None:
    entries = [
        Value.of(2024, 118),
        Value.of(2025, Reported(value=120, preliminary=True, women=61, men=59)),
    ]
    assert [(e.year, e.value, e.preliminary, e.women, e.men) for e in entries] == [
        (2024, 118, False, None, None),
        (2025, 120, True, 61, 59),
    ]
    data = chart.ChartData(
        actual=tuple(chart.Point(e.year, e.value, e.preliminary) for e in entries),
        women=(chart.Point(2025, 61),),
        men=(chart.Point(2025, 59),),
    )
    assert data.kinds == ["actual", "preliminary", "women", "men"]
    svg = chart.svg(data, "c", "t", "d", str)
    assert 'fill="#ffffff" stroke="#1d4f91"' in svg  # the preliminary value's hollow dot


@pytest.mark.parametrize(
    ("as_of", "status"), [(2024, "Ej påbörjad"), (2025, "Pågår"), (2023, "Okänd")]
)
def test_an_initiative_status_per_year_is_read_at_the_as_of_year(as_of: int, status: str) -> None:
    initiative = _followup_page(as_of).initiatives[0]
    assert initiative.status == status
    assert initiative.responsible == "Tekniska nämnden"
    assert initiative.deadline == "2026-10-31"


def test_page_numbers_in_css() -> None:
    assert footer_css("Sida {page} av {pages}") == '"Sida " counter(page) " av " counter(pages)'
    assert footer_css("Sivu {page} / {pages}") == '"Sivu " counter(page) " / " counter(pages)'


@pytest.mark.parametrize("language", list(Language))
def test_the_reports_baseline_note_is_the_status_tables(language: Language) -> None:
    """Kaskö's strategy has a period: a missing baseline is the newest value before it
    starts, which the report must say as the status table does (not 'the first value')."""
    from stratkit.progress.rollup import strategy_status
    from stratkit.reporters.report.html import strategy_page
    from stratkit.reporters.status.cells import baseline_note
    from stratkit.reporters.words.labels import TEXT
    from stratkit.validation.one_file import check_file
    from tests.conftest import ROOT

    strategy = check_file(ROOT / "strategies" / "kasko.yaml").strategy
    assert strategy is not None
    assert strategy.strategy.period is not None
    status = strategy_status("kasko", strategy)
    note = baseline_note(status, language)
    assert note == TEXT[language]["baseline_inferred_period"]
    from markupsafe import escape

    page = strategy_page(status, None, language)
    assert f"<p>{escape(note)}</p>" in page
    assert TEXT[language]["baseline_inferred"] not in page


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (Language.SV, "Läget enligt de senaste värdena, till och med 2025"),
        (Language.FI, "Tilanne viimeisimpien arvojen mukaan, vuoteen 2025 asti"),
        (Language.EN, "As of the latest values, up to 2025"),
    ],
)
def test_a_page_judged_on_the_latest_values_says_how_recent_they_are(
    language: Language, said: str
) -> None:
    from stratkit.progress.rollup import strategy_status
    from stratkit.reporters.report.view import page_view
    from stratkit.validation.one_file import check_file
    from tests.conftest import ROOT

    strategy = check_file(ROOT / "strategies" / "kasko.yaml").strategy
    assert strategy is not None
    status = strategy_status("kasko", strategy, today=2026)
    assert status.judged_at is None  # the period (2024-2030) runs: judged on the latest values
    assert page_view(status, None, language).as_of == said
