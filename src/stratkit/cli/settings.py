"""Project settings from `stratkit.toml` or `[tool.stratkit]` in `pyproject.toml`.

Where: from the current folder upwards, the first folder that has a `stratkit.toml`, or a
`pyproject.toml` with a `[tool.stratkit]` table, gives the settings; `stratkit.toml` wins
when a folder has both. The search stops at the repository root (a folder that holds
`.git`), so settings of an enclosing project never leak into a strategy repository.

Precedence: an option on the command line replaces the setting from the file, which
replaces the built-in default. Lists are replaced, not merged, so that what the command line
says is exactly what happens.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from stratkit.errors import CannotRun
from stratkit.i18n import _, os_reason
from stratkit.progress.statuses import Status
from stratkit.validation.report import FailOn
from stratkit.validation.selection import Selection, SelectionError, parse_codes

CONFIG_FILE = "stratkit.toml"
PYPROJECT = "pyproject.toml"
# The base addresses of `stratkit fetch`'s sources (read in cli/source_urls.py).
SOURCE_KEYS = ("kolada-url", "scb-url", "statfin-url")
KEYS = ("select", "ignore", "fail-on", "require_analysis", *SOURCE_KEYS)
# The statuses require_analysis may name.
STATUSES = tuple(status.value for status in Status)


class ConfigError(CannotRun):
    """The settings file cannot be used; the command must stop rather than guess."""


@dataclass(frozen=True, slots=True)
class Settings:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: FailOn = FailOn.ERROR
    require_analysis: tuple[str, ...] = ()

    @property
    def selection(self) -> Selection:
        return Selection(self.select, self.ignore)

    def overridden(
        self,
        select: tuple[str, ...] | None = None,
        ignore: tuple[str, ...] | None = None,
        fail_on: FailOn | None = None,
        require_analysis: tuple[str, ...] | None = None,
    ) -> Settings:
        """These settings with the options given on the command line (None: not given)."""
        return replace(
            self,
            select=self.select if select is None else select,
            ignore=self.ignore if ignore is None else ignore,
            fail_on=self.fail_on if fail_on is None else fail_on,
            require_analysis=(
                self.require_analysis if require_analysis is None else require_analysis
            ),
        )


def find(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The settings file that applies in `start` and its stratkit table, if there is one."""
    for folder in (start, *start.parents):
        own = folder / CONFIG_FILE
        if own.is_file():
            return own, _read(own)
        pyproject = folder / PYPROJECT
        if pyproject.is_file():
            tool = _read(pyproject).get("tool", {})
            if isinstance(tool, dict) and "stratkit" in tool:
                table = tool["stratkit"]
                if not isinstance(table, dict):
                    raise ConfigError(
                        _("{path}: 'tool.stratkit' must be a table").format(path=pyproject),
                        _("write the settings under a line '[tool.stratkit]'"),
                    )
                return pyproject, table
        if (folder / ".git").exists():
            return None
    return None


def load(start: Path) -> Settings:
    found = find(start)
    if found is None:
        return Settings()
    path, table = found
    return parse(table, path)


def parse(table: dict[str, Any], source: Path) -> Settings:
    """Check a stratkit table key by key; `source` is only named in messages."""
    where = str(source) if source.name == CONFIG_FILE else f"{source} [tool.stratkit]"
    for key in table:
        if key == "require-analysis":
            continue  # the spelling of the command-line option is accepted too
        if key not in KEYS:
            close = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1, cutoff=0.5)
            message = (
                _("{where}: unknown setting '{key}' (did you mean '{close}'?)")
                if close
                else _("{where}: unknown setting '{key}'")
            )
            raise ConfigError(
                message.format(where=where, key=key, close=close[0] if close else ""),
                _("the settings are: {keys}").format(keys=", ".join(KEYS)),
            )
    try:
        select = parse_codes(_codes(table, "select", where), f"{where}, select")
        ignore = parse_codes(_codes(table, "ignore", where), f"{where}, ignore")
    except SelectionError as error:
        raise ConfigError(error.message, error.hint) from None
    fail_on = FailOn.ERROR
    if "fail-on" in table:
        value = table["fail-on"]
        if value not in tuple(FailOn):
            raise ConfigError(
                _('{where}: fail-on must be "error" or "warning", not {value}').format(
                    where=where, value=repr(value)
                ),
                _('write fail-on = "error" (the default) or fail-on = "warning"'),
            )
        fail_on = FailOn(value)
    required = table.get("require_analysis", table.get("require-analysis", []))
    if not isinstance(required, list) or not all(isinstance(v, str) for v in required):
        raise ConfigError(
            _("{where}: require_analysis must be a list of statuses, not {value}").format(
                where=where, value=repr(required)
            ),
            _('write for example require_analysis = ["missed", "deteriorating"]'),
        )
    return Settings(select, ignore, fail_on, statuses(required, f"{where}, require_analysis"))


def statuses(names: list[str], where: str) -> tuple[str, ...]:
    """The statuses named (comma-separated parts allowed), each checked: the English keys or
    the status words a file's assessments accept (`ej uppnått`, `heikentynyt`)."""
    found = [part.strip() for name in names for part in name.split(",") if part.strip()]
    if not found:
        return ()
    from stratkit.i18n import current
    from stratkit.model.choices import Language
    from stratkit.model.followup import ASSESSED_STATUSES  # pydantic; only when asked
    from stratkit.reporters.words.labels import STATUS

    keys = []
    for name in found:
        key = ASSESSED_STATUSES.get(name.lower())
        if key is None:
            shown = [w.lower() for w in STATUS[Language(current())].values()]
            words = list(dict.fromkeys(STATUSES if current() == "en" else shown))
            close = difflib.get_close_matches(name.lower(), words, n=1)
            message = _("{where}: unknown status '{name}'").format(where=where, name=name)
            if close:
                message += " " + _("(did you mean '{close}'?)").format(close=close[0])
            raise ConfigError(
                message, _("the statuses are: {statuses}").format(statuses=", ".join(words))
            )
        keys.append(key)
    return tuple(dict.fromkeys(keys))


def _codes(table: dict[str, Any], key: str, where: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(
            _("{where}: {key} must be a list of codes, not {value}").format(
                where=where, key=key, value=repr(value)
            ),
            _('write for example {key} = ["STK401", "STK402"]').format(key=key),
        )
    return value


def _read(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(
            _("{path} is not valid TOML: {error}").format(path=path, error=error),
            _("fix the line shown; text values need double quotes"),
        ) from None
    except OSError as error:
        raise ConfigError(
            _("cannot read {path}: {reason}").format(path=path, reason=os_reason(error)),
            _("check that you may read the file"),
        ) from None
