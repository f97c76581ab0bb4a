"""What `stratkit import` found, for the person who sent the sheet back: the changes it would
make, what it will not apply and why, and the cells it could not read; then the diff of each
strategy file the changes make, and one line saying what was (or would be) written."""

from __future__ import annotations

from collections.abc import Sequence

from stratkit.exchange.changes import (
    ADDED,
    CHANGED,
    CLEARED,
    DATE,
    DATE_CLEARED,
    MEN_CHANGED,
    STATUS,
    STATUS_CLEARED,
    TITLE,
    UNKNOWN,
    WOMEN_CHANGED,
    Change,
    Changes,
)
from stratkit.exchange.rows import ActualPoint
from stratkit.i18n import _
from stratkit.model.choices import InitiativeStatus, Language
from stratkit.reporters.text.numbers import number
from stratkit.reporters.words.labels import INITIATIVE


def render(
    found: Changes,
    language: Language,
    allow_delete: bool,
    diffs: Sequence[str] = (),
    *,
    summary: bool = True,
) -> str:
    """The changes, then `diffs` (the unified diff of each file they change), then a line
    saying what would be written (left out with `summary=False`: see `written`)."""
    lines: list[str] = []
    current = None
    for change in found.changes:
        if change.file != current:
            current = change.file
            lines.append(change.file)
        lines.append(
            f"  [{change.id}] {_describe(change, language, allow_delete)}  ({change.where})"
        )
    for problem in found.problems:
        lines.append(_("error: {message}").format(message=problem.message))
        lines.append("  " + _("hint: {hint}").format(hint=problem.hint))
    text = "".join(line + "\n" for line in lines) + "".join(diffs)
    if not summary:
        return text
    apply = len(found.to_apply)
    if not found.changes and not found.problems:
        last = _("The sheet changes nothing.")
    elif found.problems:
        last = _("Nothing was written: fix the cells above and import again.")
    elif not apply:
        last = _("Nothing to write: the changes above are not applied.")
    else:
        last = _("Changes to write: {count}. Run again with --write to make them.").format(
            count=apply
        )
    return text + last + "\n"


def written(found: Changes) -> str:
    """The line that follows the diffs once --write has written them."""
    return _("Changes written: {count}.").format(count=len(found.to_apply)) + "\n"


def _describe(change: Change, language: Language, allow_delete: bool) -> str:
    kind, year, old, new = change.kind, change.year, change.old, change.new
    if kind == ADDED:
        return _("{year}: new value {new}").format(year=year, new=_number(new, language))
    if kind == CHANGED:
        shown = _("{year}: {old} → {new}").format(
            year=year, old=_number(old, language), new=_number(new, language)
        )
        if change.kept is None:
            return shown
        return shown + " " + _("({details} kept)").format(details=_details(change.kept))
    if kind == CLEARED:
        if allow_delete:
            return _("{year}: {old} deleted (emptied in the sheet)").format(
                year=year, old=_number(old, language)
            )
        return _("{year}: emptied in the sheet, kept as {old} (--allow-delete deletes it)").format(
            year=year, old=_number(old, language)
        )
    if kind == STATUS:
        words = INITIATIVE[language]
        return _("status: {old} → {new}").format(
            old=words[InitiativeStatus(str(old))] if old else words[None],
            new=words[InitiativeStatus(str(new))],
        )
    if kind == STATUS_CLEARED:
        return _(
            "status emptied in the sheet, kept as {old} "
            "(not applied: take a status out in the strategy file)"
        ).format(old=INITIATIVE[language][InitiativeStatus(str(old))])
    if kind == DATE:
        if old is None:
            return _("date: new date {new}").format(new=new)
        return _("date: {old} → {new}").format(old=old, new=new)
    if kind == DATE_CLEARED:
        if allow_delete:
            return _("date: {old} deleted (emptied in the sheet)").format(old=old)
        return _("date: emptied in the sheet, kept as {old} (--allow-delete deletes it)").format(
            old=old
        )
    if kind == TITLE:
        return _(
            "title changed in the sheet: '{old}' → '{new}' "
            "(not applied: edit titles in the strategy file)"
        ).format(old=old, new=new)
    if kind == UNKNOWN:
        return _("not in the strategy file (not applied: add new rows in the strategy file)")
    if kind == WOMEN_CHANGED:
        return _(
            "{year}, women: {old} → {new} in the sheet "
            "(not applied: edit women and men in the strategy file)"
        ).format(year=year, old=_number(old, language), new=_number(new, language))
    if kind == MEN_CHANGED:
        return _(
            "{year}, men: {old} → {new} in the sheet "
            "(not applied: edit women and men in the strategy file)"
        ).format(year=year, old=_number(old, language), new=_number(new, language))
    return kind


def _details(kept: ActualPoint) -> str:
    """The details of a year that a new value keeps, named as the reader says them."""
    named = []
    if kept.preliminary:
        named.append(_("preliminary"))
    if kept.women is not None or kept.men is not None:
        named.append(_("women and men"))
    if kept.note:
        named.append(_("the note"))
    return ", ".join(named)


def _number(value: object, language: Language) -> str:
    if value is None:
        return "–"
    return number(float(value), language, 6) if isinstance(value, int | float) else str(value)
