"""Check one strategy file: bytes in, its report (diagnostics, and the strategy if usable) out."""

from __future__ import annotations

import os
from pathlib import Path

from stratkit.diagnostics import FILE_START, Diagnostic, Finding
from stratkit.messages import Message
from stratkit.model.values import describe
from stratkit.reading.files import decode, read_bytes
from stratkit.validation.report import CheckOptions, FileReport, build_report


def check_file(
    file: Path, display: str | None = None, options: CheckOptions | None = None
) -> FileReport:
    shown = display if display is not None else os.fspath(file)
    raw = read_bytes(file, shown)
    return FileReport.of(raw) if isinstance(raw, Diagnostic) else check_bytes(shown, raw, options)


def check_bytes(
    path: str, raw: bytes, options: CheckOptions | None = None, *, fast: bool = True
) -> FileReport:
    """Check one file's bytes. `fast=False` skips the fast reader (see fast_path)."""
    text = decode(path, raw)
    if isinstance(text, Diagnostic):
        return FileReport.of(text)
    if fast:
        # The fast path imports yaml-rs and pydantic; a run answered from the cache never does.
        from stratkit.validation.fast_path import check_clean_file

        report = check_clean_file(path, text, options)
        if report is not None:
            return report
    return check_text(path, text, options)


def check_text(path: str, text: str, options: CheckOptions | None = None) -> FileReport:
    """Check a file with the exact reader, which knows the position of every value."""
    # pydantic, PyYAML and the model are imported where a file is actually checked, so that a
    # run answered entirely from the cache does not pay for importing them.
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
                required = options.require_analysis if options is not None else ()
                findings.extend(run_checks(strategy, year=year, require_analysis=required))
        taken = {(d.line, d.column) for d in diagnostics}
        # A value the reader already refused (an alias, a duplicate) must not be reported a
        # second time as "empty" or "missing" at the same position.
        diagnostics.extend(
            d
            for d in to_diagnostics(path, findings, parsed.slots, text, vocabulary)
            if (d.line, d.column) not in taken
        )
    return build_report(path, text, strategy, diagnostics, vocabulary)


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
