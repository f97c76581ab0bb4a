"""The Swedish and Finnish message catalogues: complete, faithful to their placeholders, and
compiled. Run in CI with the rest of the suite.

After changing or adding a message:
    pybabel extract -F babel.cfg -k Message -k N_ -k _ -k in_language -k plural_in:1,2 \
        --no-wrap --sort-by-file --project stratkit --copyright-holder stratkit \
        -o src/stratkit/locale/stratkit.pot .
    pybabel update -i src/stratkit/locale/stratkit.pot -d src/stratkit/locale -D stratkit \
        --no-wrap --no-fuzzy-matching
    (translate the new entries in sv and fi, e.g. with Poedit)
    pybabel compile -d src/stratkit/locale -D stratkit
"""

from __future__ import annotations

import io
import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from tests.conftest import ROOT

LOCALE = ROOT / "src" / "stratkit" / "locale"
KEYWORDS = {
    "Message": None,
    "N_": None,
    "_": None,
    "in_language": (1,),
    "plural_in": (1, 2),
}


def read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def source_messages() -> set[object]:
    found: set[object] = set()
    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=KEYWORDS, comment_tags=()
    ):
        if isinstance(message, tuple):
            found.add(tuple(m for m in message if m))
        elif message:
            found.add(message)
    return found


def ids(catalogue: Catalog) -> set[object]:
    return {tuple(m.id) if isinstance(m.id, tuple | list) else m.id for m in catalogue if m.id}


def test_the_template_holds_every_message_of_the_source() -> None:
    assert source_messages() == ids(read(LOCALE / "stratkit.pot"))


def names(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


@pytest.mark.parametrize("language", ["sv", "fi"])
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    catalogue = read(LOCALE / language / "LC_MESSAGES" / "stratkit.po", language)
    assert ids(catalogue) == ids(read(LOCALE / "stratkit.pot"))
    for message in catalogue:
        if not message.id:
            continue
        assert not message.fuzzy, message.id
        originals = message.id if isinstance(message.id, tuple | list) else (message.id,)
        translations = (
            message.string if isinstance(message.string, tuple | list) else (message.string,)
        )
        assert all(translations), f"{language}: no translation of {message.id!r}"
        for translation in translations:
            assert names(translation) == names(originals[0]), (language, message.id)


@pytest.mark.parametrize("language", ["sv", "fi"])
def test_a_translation_is_not_the_english_sentence(language: str) -> None:
    catalogue = read(LOCALE / language / "LC_MESSAGES" / "stratkit.po", language)
    for message in catalogue:
        if not message.id or isinstance(message.id, tuple | list):
            continue
        words = re.sub(r"[^A-Za-z]+", " ", re.sub(r"\{[^}]*\}", " ", message.id)).split()
        if len(words) >= 2:
            assert message.string != message.id, (language, message.id)


@pytest.mark.parametrize("language", ["sv", "fi"])
def test_the_compiled_catalogue_is_up_to_date(language: str) -> None:
    folder = LOCALE / language / "LC_MESSAGES"
    compiled = io.BytesIO()
    write_mo(compiled, read(folder / "stratkit.po", language))
    assert (folder / "stratkit.mo").read_bytes() == compiled.getvalue(), (
        "run: pybabel compile -d src/stratkit/locale -D stratkit"
    )
