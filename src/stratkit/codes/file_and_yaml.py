"""The codes of the file itself (0xx) and of YAML and structure (1xx)."""

from __future__ import annotations

from stratkit.codes.kinds import Code, E

CODES = [
    # 0xx: the file itself
    Code(
        "STK001",
        E,
        "File cannot be read",
        "The path does not exist, is a folder, cannot be opened (permissions) or is a "
        "symbolic link that points to itself. Check the file name and that the file is "
        "readable.",
    ),
    Code(
        "STK002",
        E,
        "Not UTF-8 text",
        "Strategy files must be saved as UTF-8 so that å, ä and ö survive every computer and "
        "git. Files saved as Latin-1/Windows-1252 or UTF-16 are rejected. In your editor "
        "choose 'Save with encoding' → UTF-8.",
    ),
    Code(
        "STK003",
        E,
        "Forbidden character",
        "The file contains an invisible control character that YAML does not allow (often "
        "pasted from Word or a PDF). Delete the character at the position shown and retype it.",
    ),
    Code(
        "STK004",
        E,
        "Empty file",
        "The file contains no data, only blank lines or comments. Fill it in or delete it.",
    ),
    Code(
        "STK005",
        E,
        "File too large",
        "The file is larger than any strategy file should be; stratkit refuses to read it "
        "so that a mistaken file cannot exhaust the machine.",
    ),
    Code(
        "STK006",
        E,
        "Two files with the same strategy name",
        "Two files in one folder would answer to the same name on the command line (for "
        "example kasko.yaml and kasko.yml). Rename or remove one of them.",
    ),
    Code(
        "STK007",
        E,
        "Symbolic link out of the folder",
        "The strategy file is a symbolic link to a file outside the folder it is in. stratkit "
        "reads strategy files only inside the folders it is given, so a link committed to a "
        "repository cannot make it read (and quote in its messages) a file elsewhere on the "
        "machine, such as a .env file with passwords. Copy the strategy into the folder, or "
        "link to a file inside it.",
    ),
    Code(
        "STK009",
        E,
        "The reader crashed on this file",
        "Reading this file made a worker process of stratkit crash (a fault in a native "
        "parser). The other files were checked as usual. Check the file for extreme content "
        "(thousands of nested levels, a huge line) and report the file to stratkit's "
        "developers.",
    ),
    # 1xx: YAML and structure
    Code(
        "STK101",
        E,
        "YAML syntax error",
        "The file is not valid YAML, so nothing after this point can be read. The message "
        "says what the YAML reader expected; most often a ':' inside text that needs quotes, "
        "a tab used for indentation, or a list or quote that is never closed.",
    ),
    Code(
        "STK102",
        E,
        "Duplicate key",
        "The same key appears twice in one mapping. YAML readers silently keep only the last "
        "one, which loses data, so stratkit refuses it. Keep one of them.",
    ),
    Code(
        "STK103",
        E,
        "Unknown key",
        "The key is not part of the strategy file format, often a misspelling. The message "
        "suggests the closest known key. Keys starting with 'x-' are local extensions and "
        "are ignored.",
    ),
    Code(
        "STK104",
        E,
        "Key given in two languages",
        "A key is given in two languages (for example 'baseline' and 'nuläge', or 'nuläge' "
        "and 'lähtötaso') in the same place. Keep only one of them.",
    ),
    Code(
        "STK105",
        E,
        "Wrong structure",
        "A list was found where a mapping (key: value lines) belongs, or the other way "
        "round, or a key is not plain text. Compare with the example in docs/format.md.",
    ),
    Code(
        "STK106",
        E,
        "Required key missing",
        "A key that every strategy file must have is missing or empty, such as "
        "strategy.title, municipality.name or an id.",
    ),
    Code(
        "STK107",
        E,
        "More than one YAML document",
        "The file contains a '---' line that starts a second YAML document. A strategy file "
        "holds exactly one strategy: split the file in two or remove the second document.",
    ),
    Code(
        "STK108",
        E,
        "YAML tag not allowed",
        "Tags such as '!!python/object' or '!custom' can make YAML readers run code or build "
        "unexpected objects; strategy files never need them. Remove the tag.",
    ),
    Code(
        "STK109",
        E,
        "Anchors and aliases not allowed",
        "Anchors ('&name') and aliases ('*name') make one part of the file stand for another, "
        "which hides what a strategy says and can be abused to make a file explode in size. "
        "Write the value out in full.",
    ),
    Code(
        "STK110",
        E,
        "Nesting too deep",
        "The file nests mappings and lists far deeper than the format ever needs; this is "
        "almost always a broken or hostile file.",
    ),
]
