"""Commands that do not need pandas must not pay for importing it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import FIXTURES

PROBE = (
    "import sys\n"
    "from stratkit.cli.app import app\n"
    "code = 0\n"
    "try:\n"
    "    app(sys.argv[1:])\n"
    "except SystemExit as end:\n"
    "    code = end.code\n"
    "heavy = ('pandas', 'numpy', 'rich.table', 'requests', 'openpyxl', 'pyarrow')\n"
    "heavy = sorted(m for m in heavy if m in sys.modules)\n"
    "print(f'EXIT={code} HEAVY=' + ','.join(heavy))\n"
)


@pytest.mark.parametrize(
    "args",
    [["--version"], ["validate", str(FIXTURES / "valid" / "minimal.yaml")], ["explain", "STK101"]],
)
def test_light_commands_do_not_import_pandas(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    # The command must have worked: a crash that imported nothing would pass otherwise.
    assert result.stdout.strip().splitlines()[-1] == "EXIT=0 HEAVY="
