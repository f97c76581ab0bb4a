"""Words the system or the catalogue list gives, said and laid out in the reader's language."""

from __future__ import annotations

import errno

import pytest

from stratkit.i18n import os_reason, speaking

CASES = [
    (
        errno.ENOENT,
        "the file or folder does not exist",
        "filen eller mappen finns inte",
        "tiedostoa tai kansiota ei ole",
    ),
    (errno.EACCES, "permission denied", "åtkomst nekas", "käyttöoikeus puuttuu"),
    (errno.ENOSPC, "the disk is full", "disken är full", "levy on täynnä"),
    (errno.EROFS, "the disk is read-only", "disken är skrivskyddad", "levy on kirjoitussuojattu"),
    (errno.EISDIR, "it is a folder", "det är en mapp", "se on kansio"),
    (
        errno.ENOTDIR,
        "a part of the path is not a folder",
        "en del av sökvägen är inte en mapp",
        "osa polusta ei ole kansio",
    ),
]


@pytest.mark.parametrize(("number", "en", "sv", "fi"), CASES)
def test_each_reason_in_three_languages(number: int, en: str, sv: str, fi: str) -> None:
    error = OSError(number, "the C library's English")
    for language, expected in (("en", en), ("sv", sv), ("fi", fi)):
        with speaking(language):
            assert os_reason(error) == expected


def test_a_reason_stratkit_does_not_know_is_the_systems() -> None:
    with speaking("sv"):
        assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
        assert os_reason(OSError("no number")) == "no number"


@pytest.mark.parametrize("language", ["en", "sv", "fi"])
def test_the_code_list_lines_up_in_every_language(language: str) -> None:
    """`stratkit explain`: the titles start in one column, "varoitus" being longest."""
    import re

    from stratkit.reporters.codes import overview

    rows = overview(language).splitlines()
    starts = {re.match(r"STK\d{3}  \S+ +", row).end() for row in rows}  # type: ignore[union-attr]
    assert len(starts) == 1, starts
    assert {row.split()[1] for row in rows} == {
        {"en": "error", "sv": "fel", "fi": "virhe"}[language],
        {"en": "warning", "sv": "varning", "fi": "varoitus"}[language],
    }
