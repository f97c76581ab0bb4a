"""Commands that do not need pandas must not pay for importing it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


@pytest.mark.parametrize("output_format", ["json", "csv"])
def test_status_as_json_or_csv_from_the_cache_imports_no_model(
    tmp_path: Path, output_format: str
) -> None:
    """The parts of every strategy come from the cache as text: neither pandas nor the
    model (pydantic) is needed to join them."""
    probe = PROBE.replace("'pyarrow')", "'pyarrow', 'pydantic', 'yaml')")
    args = ["status", "--dir", str(FIXTURES / "valid"), "--format", output_format]
    env = {**os.environ, "STRATKIT_CACHE_DIR": str(tmp_path / "cache")}
    lines = []
    for _ in ("cold", "warm"):
        result = subprocess.run(
            [sys.executable, "-c", probe, *args], capture_output=True, text=True, env=env
        )
        lines.append(result.stdout.strip().splitlines()[-1])
    assert lines[0].startswith("EXIT=0 HEAVY=")
    assert "pydantic" in lines[0]  # the cold run checked the files
    assert lines[1] == "EXIT=0 HEAVY="
