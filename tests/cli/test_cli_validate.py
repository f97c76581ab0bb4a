"""`stratkit validate` through Typer's runner: text and JSON output and every exit code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from stratkit.cli.app import app
from tests.conftest import FIXTURES, ROOT, StrictRunner

runner = StrictRunner()
INVALID = FIXTURES / "invalid"


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_examples_are_valid_with_warnings_only(in_root: Path) -> None:
    code, stdout, _ = invoke("validate")
    assert code == 0
    assert stdout.endswith("Checked 4 files: 0 errors, 8 warnings.\n")
    assert " error " not in stdout


def test_strict_turns_warnings_into_exit_1(in_root: Path) -> None:
    code, _, _ = invoke("validate", "--strict")
    assert code == 1


def test_clean_file_exit_0_and_summary() -> None:
    code, stdout, stderr = invoke("validate", str(FIXTURES / "valid" / "minimal.yaml"))
    assert (code, stdout, stderr) == (0, "Checked 1 file: no problems found.\n", "")


def test_text_output_is_exact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(INVALID)
    code, stdout, _ = invoke("validate", "unknown_key.yaml")
    assert code == 1
    assert stdout == (
        "unknown_key.yaml:19:5: error STK103 unknown key 'målsättnig' "
        "(did you mean 'target'?)\n"
        "  19 |     målsättnig: {year: 2030, value: 20}\n"
        "     |     ^^^^^^^^^^\n"
        "  hint: 'target' is already given here: keep one of the two and delete the other\n"
        "Checked 1 file: 1 error, 0 warnings.\n"
    )


def test_json_output_is_exact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(INVALID)
    code, stdout, _ = invoke("validate", "--format", "json", "unknown_key.yaml")
    assert code == 1
    assert json.loads(stdout) == {
        "summary": {"files": 1, "errors": 1, "warnings": 0},
        "diagnostics": [
            {
                "path": "unknown_key.yaml",
                "line": 19,
                "column": 5,
                "end_line": 19,
                "end_column": 15,
                "severity": "error",
                "code": "STK103",
                "message": "unknown key 'målsättnig' (did you mean 'target'?)",
                "hint": "'target' is already given here: keep one of the two and delete the other",
            }
        ],
    }


def test_a_broken_file_does_not_stop_the_others() -> None:
    paths = [
        INVALID / "syntax_colon.yaml",
        FIXTURES / "valid" / "minimal.yaml",
        INVALID / "latin1.yaml",
    ]
    code, stdout, _ = invoke("validate", "--format", "json", *map(str, paths))
    document = json.loads(stdout)
    assert code == 1
    assert document["summary"] == {"files": 3, "errors": 2, "warnings": 0}
    assert [d["code"] for d in document["diagnostics"]] == ["STK101", "STK002"]


def test_missing_path_exit_2_but_other_paths_are_checked() -> None:
    code, stdout, stderr = invoke(
        "validate", "no-such-file.yaml", str(FIXTURES / "valid" / "minimal.yaml")
    )
    assert code == 2
    assert "Checked 1 file: no problems found." in stdout
    assert "not found: no-such-file.yaml" in stderr


def test_folder_without_strategies_exit_2(tmp_path: Path) -> None:
    code, stdout, stderr = invoke("validate", str(tmp_path))
    assert code == 2
    assert stdout == ""
    assert f"no strategy files (*.yaml) in {tmp_path}" in stderr


def test_default_folder_missing_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, stderr = invoke("validate")
    assert code == 2
    assert "not found: strategies" in stderr


def test_bad_option_exit_2() -> None:
    code, _, stderr = invoke("validate", "--format", "yaml")
    assert code == 2
    assert "yaml" in stderr


def test_folder_is_read_without_recursion_and_names_must_be_unique(tmp_path: Path) -> None:
    minimal = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    (tmp_path / "kasko.yaml").write_text(minimal, encoding="utf-8")
    (tmp_path / "kasko.yml").write_text(minimal, encoding="utf-8")
    (tmp_path / ".hidden.yaml").write_text("broken: [", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "other.yaml").write_text("broken: [", encoding="utf-8")
    code, stdout, _ = invoke("validate", "--format", "json", str(tmp_path))
    document = json.loads(stdout)
    assert code == 1
    assert document["summary"] == {"files": 2, "errors": 1, "warnings": 0}
    assert document["diagnostics"][0]["code"] == "STK006"
    assert document["diagnostics"][0]["path"].endswith("kasko.yml")


def test_unreadable_paths_are_diagnostics(tmp_path: Path) -> None:
    # Inside a strategies folder, a folder or a looping link named *.yaml is a broken entry.
    (tmp_path / "folder.yaml").mkdir()
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    code, stdout, _ = invoke("validate", "--format", "json", str(tmp_path))
    document = json.loads(stdout)
    assert code == 1
    messages = [d["message"] for d in document["diagnostics"]]
    assert [d["code"] for d in document["diagnostics"]] == ["STK001", "STK001"]
    assert "it is a folder, not a file" in messages[0]
    assert "symbolic link that points to itself" in messages[1]


def test_version_and_module_entry_point() -> None:
    code, stdout, _ = invoke("--version")
    assert code == 0
    assert stdout.startswith("stratkit ")
    result = subprocess.run(
        [sys.executable, "-m", "stratkit", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout == stdout


def test_explain_prints_a_code_and_rejects_unknown_ones() -> None:
    code, stdout, _ = invoke("explain", "stk102")
    assert code == 0
    assert stdout.startswith("STK102 (error): Duplicate key")
    code, _, stderr = invoke("explain", "STK999")
    assert code == 2
    assert "unknown code 'STK999'" in stderr


def test_docs_codes_md_is_generated_from_the_catalogue() -> None:
    from stratkit.reporters.codes import markdown

    assert (ROOT / "docs" / "codes.md").read_text(encoding="utf-8") == markdown()
