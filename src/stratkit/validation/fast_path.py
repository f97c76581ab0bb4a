"""The fast path for the common case: a file that reads and validates without a problem.

Most files in a run have no problem at all, and for them positions are never needed. This
reads such a file with the fast reader (fast_reader) and checks it exactly as check_text does.
When the checks find something in data that validated (an overdue value, an incomplete
indicator: a warning most real files have), their positions come from PyYAML's node tree
(node_positions). Anything else that would be reported, from the reader, the keys or the schema,
makes it give up: the caller checks the file again with the exact reader, so every such
diagnostic, its position, message and hint, comes from one place.
tests/unit/test_fast_path.py proves the two paths agree on every fixture and known trap, and
tests/unit/test_property_loader.py on random and damaged files.
"""

from __future__ import annotations

from stratkit.reading.fast_reader import MAX_DEPTH, fast_parse
from stratkit.validation.report import CheckOptions, FileReport, report_with_findings


def check_clean_file(path: str, text: str, options: CheckOptions | None) -> FileReport | None:
    """The report of a file whose keys and data pass, with what the checks find in it; None
    when anything else would be reported: then only the exact path may answer."""
    data = fast_parse(text)
    if data is None:
        return None
    from pydantic import ValidationError

    from stratkit.checks import run_checks
    from stratkit.model.strategy import StrategyFile
    from stratkit.model.values import numbers_of
    from stratkit.reading.key_suggestions import file_vocabulary, stated_language
    from stratkit.reading.unknown_keys import clean

    extensions: list[object] = []
    cleaned, findings = clean(data, extensions=extensions)
    if findings or not all(plain_extension(value) for value in extensions):
        return None
    try:
        with numbers_of(stated_language(data)):
            strategy = StrategyFile.model_validate(cleaned)
    except ValidationError:
        return None
    year = options.year if options is not None else None
    required = options.require_analysis if options is not None else ()
    findings = list(run_checks(strategy, year=year, require_analysis=required))
    if not findings:
        return FileReport(path, (), strategy, {})
    # Only the checks found something, on data that validated: place those findings.
    from stratkit.reading.node_positions import NodePositions

    slots = NodePositions.of(text)
    if slots is None:
        return None
    return report_with_findings(
        path, text, strategy, findings, slots, file_vocabulary(data).preferred
    )


def plain_extension(value: object, depth: int = 0) -> bool:
    """Whether yaml_reader would read an `x-` value without a problem.

    Nothing validates extension values, so only here could the fast reading hide what
    yaml_reader reports: nesting past its limit (STK110) or a key that is empty or a list
    (STK105). Keys yaml-rs typed (`2020:`, `true:`) are text to yaml_reader, so they are fine.
    """
    if isinstance(value, dict):
        if depth >= MAX_DEPTH:
            return False
        return all(
            isinstance(key, str | int | float | bool) and plain_extension(item, depth + 1)
            for key, item in value.items()
        )
    if isinstance(value, list):
        return depth < MAX_DEPTH and all(plain_extension(item, depth + 1) for item in value)
    return True
