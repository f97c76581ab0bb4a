"""What checking gives: one report per file, a run of them, and what a command asks for."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum, StrEnum
from typing import TYPE_CHECKING

from stratkit.diagnostics import Diagnostic, Finding
from stratkit.reading.lines import split

if TYPE_CHECKING:
    from stratkit.model.strategy import StrategyFile
    from stratkit.progress.overview import Summary
    from stratkit.reading.positions import Slots


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """Everything besides a file's bytes that can change its diagnostics.

    Anything that caches reports must key them on these options as well as on the bytes.
    """

    # The year data freshness is judged in (STK402, STK403): only the year matters, so a
    # cache keyed on these options stays valid all year. None leaves freshness unchecked.
    year: int | None = None
    # Statuses whose latest year needs an analysis (require_analysis, STK405).
    require_analysis: tuple[str, ...] = ()


class Need(Enum):
    """What a command needs of each file besides its diagnostics; it decides what the cache
    reads and what the workers send back."""

    DIAGNOSTICS = "diagnostics"  # validate
    OVERVIEWS = "overviews"  # the status overview: each usable file's Summary
    PRODUCTS = "products"  # a text made of each usable file's strategy (validation.products)
    STRATEGIES = "strategies"  # status details, diff: each usable file's validated model


class FailOn(StrEnum):
    """The least severe diagnostic that makes `validate` fail."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class FileReport:
    path: str
    diagnostics: tuple[Diagnostic, ...]
    # The validated strategy; None when the file could not be read into the model.
    strategy: StrategyFile | None = None
    # The text of each line that has a diagnostic, so reports can show it without the file.
    lines: dict[int, str] = field(default_factory=dict)
    # The overview of the strategy for `stratkit status`, when it was asked for.
    summary: Summary | None = None
    # The text a command asked to have made of the strategy (validation.products), if usable.
    product: str | None = None
    # The language the file is written in (its `language`, else that of its keys when they
    # are Swedish or Finnish): its diagnostics are said in it unless --lang says otherwise.
    language: str | None = None

    @classmethod
    def of(cls, diagnostic: Diagnostic) -> FileReport:
        """The report of a file that could not be read: one diagnostic, nothing else."""
        return cls(diagnostic.path, (diagnostic,))

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.is_error)

    @property
    def warnings(self) -> int:
        return len(self.diagnostics) - self.errors

    @property
    def usable(self) -> StrategyFile | None:
        """The strategy, if it has no errors and can be trusted by status and diff."""
        return self.strategy if self.errors == 0 else None


@dataclass(frozen=True, slots=True)
class ValidationRun:
    """The result of `validate`: every report, and what decides its exit code."""

    reports: tuple[FileReport, ...]
    # Paths named on the command line that do not exist: the tool could not do what was asked.
    missing: tuple[str, ...] = field(default=())
    fail_on: FailOn = FailOn.ERROR

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for report in self.reports for d in report.diagnostics]

    @property
    def errors(self) -> int:
        return sum(r.errors for r in self.reports)

    @property
    def warnings(self) -> int:
        return sum(r.warnings for r in self.reports)

    @property
    def fails(self) -> bool:
        return self.errors > 0 or (self.fail_on is FailOn.WARNING and self.warnings > 0)


def build_report(
    path: str,
    text: str,
    strategy: StrategyFile | None,
    diagnostics: list[Diagnostic],
    vocabulary: str | None = None,
) -> FileReport:
    from stratkit.reading.key_suggestions import language_of_text  # only for a report to make

    diagnostics.sort(key=Diagnostic.sort_key)
    language = language_of_text(text, vocabulary) if diagnostics else None
    lines = _quoted_lines(text, diagnostics)
    return FileReport(path, tuple(diagnostics), strategy, lines, language=language)


def report_with_findings(
    path: str,
    text: str,
    strategy: StrategyFile,
    findings: list[Finding],
    slots: Slots,
    vocabulary: str = "en",
) -> FileReport:
    """The report of a file whose only findings come from the checks, once they have places."""
    from stratkit.reading.positions import to_diagnostics  # PyYAML only when a file has some

    diagnostics = to_diagnostics(path, findings, slots, text, vocabulary)
    return build_report(path, text, strategy, diagnostics, vocabulary)


def _quoted_lines(text: str, diagnostics: list[Diagnostic]) -> dict[int, str]:
    wanted = {d.line for d in diagnostics}
    if not wanted:
        return {}
    lines = split(text.removeprefix("\ufeff"))  # columns are counted without a BOM
    return {n: lines[n - 1] for n in sorted(wanted) if 0 < n <= len(lines)}


def merge_diagnostics(reports: list[FileReport], extra: list[Diagnostic]) -> list[FileReport]:
    """Add diagnostics found outside the file (such as a name clash) to its report."""
    by_path: dict[str, list[Diagnostic]] = {}
    for diagnostic in extra:
        by_path.setdefault(diagnostic.path, []).append(diagnostic)
    merged = []
    for report in reports:
        added = by_path.get(report.path)
        if added:
            combined = sorted((*report.diagnostics, *added), key=Diagnostic.sort_key)
            report = replace(report, diagnostics=tuple(combined))
        merged.append(report)
    return merged
