"""What `stratkit init` puts into a new strategy repository: paths and their text.

Pure: the files are returned, not written, so the command decides about existing files and
tests can look at the text. The example strategy holds no figures (stratkit never invents a
number; a placeholder figure with a source would be worse than none): its empty indicator
cells give warnings (STK401) that tell the new user what to fill in. Its period follows the
date it is made on.
"""

from __future__ import annotations

import datetime
import re
from importlib import resources

from stratkit import __version__

# Where stratkit's source, its pre-commit hook and its GitHub Action are published.
REPOSITORY = "https://github.com/stratkit/stratkit"
ACTION = "stratkit/stratkit"
PYTHON = "3.12"
# The example strategy in the language of the run: its keys, values and comments.
EXAMPLES = {
    "sv": "strategies/exempel.yaml",
    "fi": "strategies/esimerkki.yaml",
    "en": "strategies/example.yaml",
}
EXAMPLE = EXAMPLES["sv"]
SCHEMA = "stratkit.schema.json"
_PLACEHOLDER = re.compile(r"@[A-Z]+@")

# target path -> template file in stratkit/templates (besides the example), in Swedish;
# the Finnish and English ones are named with .fi or .en before the ending (see _localized)
_TEMPLATES = {
    "stratkit.toml": "stratkit.toml",
    ".pre-commit-config.yaml": "pre-commit-config.yaml",
    ".github/workflows/stratkit.yml": "github-workflow.yml",
    ".gitlab-ci.yml": "gitlab-ci.yml",
}
# Added only with `stratkit init --pages`: publishing is the municipality's choice.
PAGES_WORKFLOW = ".github/workflows/stratkit-pages.yml"


def files(today: datetime.date, pages: bool = False, language: str = "sv") -> dict[str, str]:
    """Every file of a new repository, by path relative to its root (always with '/'), with
    the example strategy and the comments of the other files in `language` (sv, fi or en)."""
    from stratkit.reporters.json_schema import render

    values = {
        "@REPOSITORY@": REPOSITORY,
        "@ACTION@": ACTION,
        "@VERSION@": __version__,
        "@PYTHON@": PYTHON,
        "@START@": str(today.year),
        "@END@": str(today.year + 6),
    }
    example = EXAMPLES.get(language, EXAMPLE)
    made = {example: _fill(_template(example.rsplit("/", 1)[1]), values)}
    made.update(
        (path, _fill(_template(_localized(name, language)), values))
        for path, name in _TEMPLATES.items()
    )
    made[SCHEMA] = render()
    if pages:
        pages_template = _localized("github-pages-workflow.yml", language)
        made[PAGES_WORKFLOW] = _fill(_template(pages_template), values)
    return made


def _localized(name: str, language: str) -> str:
    """The template `name` (Swedish) with its comments in `language`: stratkit.toml in
    Swedish, stratkit.fi.toml in Finnish, stratkit.en.toml in English. The content is the
    same in all three; only the comments differ."""
    if language not in ("fi", "en"):
        return name
    stem, ending = name.rsplit(".", 1)
    return f"{stem}.{language}.{ending}"


def _template(name: str) -> str:
    return resources.files("stratkit.cli.templates").joinpath(name).read_text(encoding="utf-8")


def _fill(text: str, values: dict[str, str]) -> str:
    # An unknown placeholder is a mistake in a template: KeyError makes the tests say so.
    return _PLACEHOLDER.sub(lambda match: values[match.group()], text)
