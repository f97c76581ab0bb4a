"""Check strategy files: bytes in, a report of diagnostics (and the strategy, if usable) out."""

from __future__ import annotations

import codecs
import errno
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from stratkit.diagnostics import FILE_START, Diagnostic, Finding, Span
from stratkit.messages import Message
from stratkit.model.values import describe

# pydantic, PyYAML and the model are imported where a file is actually checked, so that a
# run answered entirely from the cache does not pay for importing them.
if TYPE_CHECKING:
    from stratkit.cache.store import Cache
    from stratkit.model.strategy import StrategyFile
    from stratkit.progress.overview import Summary
    from stratkit.reading.positions import Slots
    from stratkit.validation.batch import Progress

# A real strategy file is a few tens of kilobytes; this leaves room for decades of data
# while refusing files that could only exhaust the machine.
MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """Everything besides a file's bytes that can change its diagnostics.

    Anything that caches reports must key them on these options as well as on the bytes.
    """

    # The year data freshness is judged in (STK402, STK403): only the year matters, so a
    # cache keyed on these options stays valid all year. None leaves freshness unchecked.
    year: int | None = None


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
    # The language the file is written in (its `language`, else that of its keys when they
    # are Swedish or Finnish): its diagnostics are said in it unless --lang says otherwise.
    language: str | None = None

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
    reports: tuple[FileReport, ...]
    # Paths named on the command line that do not exist: the tool could not do what was asked.
    missing: tuple[str, ...] = field(default=())

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for report in self.reports for d in report.diagnostics]

    @property
    def errors(self) -> int:
        return sum(r.errors for r in self.reports)

    @property
    def warnings(self) -> int:
        return sum(r.warnings for r in self.reports)


def validate_files(
    files: Iterable[tuple[Path, str]],
    options: CheckOptions | None = None,
    *,
    cache: Cache | None = None,
    models: bool = True,
    summaries: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> list[FileReport]:
    """Check (path, path as shown) pairs; the one entry point commands use for many files.

    `cache` (cache.Cache.default() in commands, None for no cache) answers unchanged files
    without checking them; `models=False` leaves FileReport.strategy empty for callers that
    need only the diagnostics (it saves rebuilding cached strategies); `summaries` fills
    FileReport.summary for the overview of `status`, which needs no models; `jobs` caps the
    worker processes (None: one per core, used only for many files); `progress(done, total)`
    is called as files are done. Reports come back in the order of `files`, and are the same
    with or without cache and workers.
    """
    from stratkit.validation.batch import check_many

    return check_many(
        list(files),
        options,
        cache=cache,
        models=models,
        summaries=summaries,
        jobs=jobs,
        progress=progress,
    )


def check_file(
    file: Path, display: str | None = None, options: CheckOptions | None = None
) -> FileReport:
    shown = display if display is not None else os.fspath(file)
    raw = read_file(file, shown)
    return raw if isinstance(raw, FileReport) else check_bytes(shown, raw, options)


def read_file(file: Path, shown: str) -> bytes | FileReport:
    """The file's bytes, or the report saying why they cannot be checked."""
    try:
        if file.is_dir():
            raise IsADirectoryError(f"{shown} is a folder, not a file")
        with file.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return _unreadable(shown, error)
    if len(raw) > MAX_FILE_BYTES:
        return FileReport(
            shown,
            (
                Diagnostic.at(
                    shown,
                    FILE_START,
                    "STK005",
                    Message(
                        "the file is larger than {size} MB", size=MAX_FILE_BYTES // (1024 * 1024)
                    ),
                    Message(
                        "a strategy file should be a few kilobytes; check that this is the right "
                        "file"
                    ),
                ),
            ),
        )
    return raw


def check_bytes(
    path: str, raw: bytes, options: CheckOptions | None = None, *, fast: bool = True
) -> FileReport:
    """Check one file's bytes. `fast=False` skips the fast reader (see fastcheck)."""
    text = _decode(path, raw)
    if isinstance(text, Diagnostic):
        return FileReport(path, (text,))
    if fast:
        from stratkit.validation.fast_path import check_clean_file

        report = check_clean_file(path, text, options)
        if report is not None:
            return report
    return check_text(path, text, options)


def check_text(path: str, text: str, options: CheckOptions | None = None) -> FileReport:
    """Check a file with the exact reader, which knows the position of every value."""
    from pydantic import ValidationError

    from stratkit.checks import run_checks
    from stratkit.model.strategy import StrategyFile
    from stratkit.model.values import numbers_of
    from stratkit.reading.key_suggestions import file_vocabulary, stated_language
    from stratkit.reading.positions import from_pydantic, to_diagnostics
    from stratkit.reading.unknown_keys import clean
    from stratkit.reading.yaml_reader import parse
    from stratkit.validation.readable import checks_of_readable

    parsed = parse(text)
    diagnostics = [Diagnostic.at(path, p.span, p.code, p.message, p.hint) for p in parsed.problems]
    strategy = None
    vocabulary = None
    if parsed.complete and parsed.data is None and not parsed.problems:
        diagnostics.append(
            Diagnostic.at(
                path,
                FILE_START,
                "STK004",
                Message("the file is empty"),
                Message(
                    "fill in a strategy (`stratkit init` writes a commented example), or delete it"
                ),
            )
        )
    elif parsed.complete:
        findings: list[Finding]
        vocabulary = file_vocabulary(parsed.data).preferred
        if not isinstance(parsed.data, dict):
            findings = [_not_a_mapping(parsed.data)]
        else:
            cleaned, findings = clean(parsed.data)
            language = stated_language(parsed.data)
            year = options.year if options is not None else None
            try:
                with numbers_of(language):
                    strategy = StrategyFile.model_validate(cleaned)
            except ValidationError as error:
                findings.extend(from_pydantic(error.errors()))
                # Every problem in one run: check the parts that could be read, too.
                findings.extend(checks_of_readable(cleaned, error.errors(), language, year))
            else:
                findings.extend(run_checks(strategy, year=year))
        taken = {(d.line, d.column) for d in diagnostics}
        # A value the reader already refused (an alias, a duplicate) must not be reported a
        # second time as "empty" or "missing" at the same position.
        diagnostics.extend(
            d
            for d in to_diagnostics(path, findings, parsed.slots, text, vocabulary)
            if (d.line, d.column) not in taken
        )
    return _report(path, text, strategy, diagnostics, vocabulary)


def placed(
    path: str,
    text: str,
    strategy: StrategyFile,
    findings: list[Finding],
    slots: Slots,
    vocabulary: str = "en",
) -> FileReport:
    """The report of a file whose only findings come from the checks, once they have places."""
    from stratkit.reading.positions import to_diagnostics

    diagnostics = to_diagnostics(path, findings, slots, text, vocabulary)
    return _report(path, text, strategy, diagnostics, vocabulary)


def _report(
    path: str,
    text: str,
    strategy: StrategyFile | None,
    diagnostics: list[Diagnostic],
    vocabulary: str | None = None,
) -> FileReport:
    from stratkit.reading.key_suggestions import language_of_text

    diagnostics.sort(key=Diagnostic.sort_key)
    language = language_of_text(text, vocabulary) if diagnostics else None
    lines = _quoted_lines(text, diagnostics)
    return FileReport(path, tuple(diagnostics), strategy, lines, language=language)


def _quoted_lines(text: str, diagnostics: list[Diagnostic]) -> dict[int, str]:
    wanted = {d.line for d in diagnostics}
    if not wanted:
        return {}
    lines = text.splitlines()
    return {n: lines[n - 1] for n in sorted(wanted) if 0 < n <= len(lines)}


def _not_a_mapping(data: object) -> Finding:
    return Finding(
        "STK105",
        (),
        Message(
            "a strategy file must be a mapping of keys (municipality:, strategy:, goals: …), "
            "found {found}",
            found=describe(data),
        ),
        Message("start from the commented example that `stratkit init` writes"),
    )


def _decode(path: str, raw: bytes) -> str | Diagnostic:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in raw[:4096]:
        return Diagnostic.at(
            path,
            FILE_START,
            "STK002",
            Message("the file is saved as UTF-16, not UTF-8"),
            Message("open it in your editor and save it with the encoding UTF-8"),
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return _not_utf8(path, raw, error.start)


def _not_utf8(path: str, raw: bytes, offset: int) -> Diagnostic:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    line = raw.count(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", "replace")) + 1
    byte = raw[offset]
    guess = bytes([byte]).decode("cp1252", "replace")
    message = Message("byte {byte} is not UTF-8 text", byte=f"0x{byte:02X}")
    if guess.isprintable() and guess != "\ufffd":
        message = Message(
            "byte {byte} is not UTF-8 text; the file seems to be saved as "
            "Latin-1/Windows-1252, where it means '{guess}'",
            byte=f"0x{byte:02X}",
            guess=guess,
        )
    return Diagnostic.at(
        path,
        Span(line, column, line, column + 1),
        "STK002",
        message,
        Message("open the file in your editor and save it with the encoding UTF-8"),
    )


def _unreadable(path: str, error: OSError) -> FileReport:
    reason: str = error.strerror or str(error)
    if isinstance(error, IsADirectoryError):
        reason = Message("it is a folder, not a file")
    elif error.errno == errno.ELOOP:
        reason = Message("it is a symbolic link that points to itself")
    elif isinstance(error, PermissionError):
        reason = Message("permission denied")
    elif isinstance(error, FileNotFoundError):
        reason = Message("no such file")
    return FileReport(
        path,
        (
            Diagnostic.at(
                path,
                FILE_START,
                "STK001",
                Message("cannot read {path}: {reason}", path=path, reason=reason),
                Message("check the file name and that you may read the file"),
            ),
        ),
    )


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
