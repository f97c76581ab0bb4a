"""The pre-commit hook and the GitHub Action of this repository, run for real and offline."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import FIXTURES, ROOT

BIN = str(Path(sys.executable).parent)  # where this environment's `stratkit` lives


def environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PATH=BIN + os.pathsep + env.get("PATH", ""),
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-cache"),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_AUTHOR_NAME="Test",
        GIT_AUTHOR_EMAIL="test@example.invalid",
        GIT_COMMITTER_NAME="Test",
        GIT_COMMITTER_EMAIL="test@example.invalid",
    )
    env.pop("GITHUB_ACTIONS", None)
    return env


def sh(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def local_hook_config() -> str:
    """This repository's hook, as a `repo: local` configuration.

    Only the language changes: `python` would make pre-commit build a fresh environment from
    the network, while `system` runs the `stratkit` of this checkout found on PATH.
    """
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in manifest if h["id"] == "stratkit-validate"]
    assert hook["language"] == "python"
    assert hook["files"] == r"^strategies/.*\.ya?ml$"
    local = {**hook, "language": "system"}
    return yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}, allow_unicode=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(
    importlib.util.find_spec("pre_commit") is None,
    reason="pre-commit is not installed (pip install -e '.[dev]' installs it)",
)
def test_pre_commit_hook_blocks_a_broken_strategy_and_lets_a_fixed_one_through(
    tmp_path: Path,
) -> None:
    repo = tmp_path / "kommun"
    env = environment(tmp_path)
    assert (
        sh(
            [sys.executable, "-m", "stratkit", "init", "--lang", "sv", str(repo)], tmp_path, env
        ).returncode
        == 0
    )
    (repo / ".pre-commit-config.yaml").write_text(local_hook_config(), encoding="utf-8")
    assert sh(["git", "init", "-q"], repo, env).returncode == 0
    installed = sh([sys.executable, "-m", "pre_commit", "install"], repo, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    # A file outside strategies/ is not the hook's business, even when it is broken YAML.
    (repo / "notes").mkdir()
    (repo / "notes" / "broken.yaml").write_text("a: [\n", encoding="utf-8")
    sh(["git", "add", "."], repo, env)
    first = sh(["git", "commit", "-q", "-m", "Ny strategi"], repo, env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "stratkit validate......" in first.stderr
    assert first.stderr.rstrip().endswith("Passed")  # it ran on strategies/exempel.yaml

    example = repo / "strategies" / "exempel.yaml"
    good = example.read_text(encoding="utf-8")
    example.write_text(good.replace("    mätare:", "    mätar:", 1), encoding="utf-8")
    sh(["git", "add", "strategies/exempel.yaml"], repo, env)
    blocked = sh(["git", "commit", "-q", "-m", "Stavfel"], repo, env)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0
    assert "strategies/exempel.yaml:" in output
    # The example is Swedish (språk: sv): the hook says it in Swedish.
    assert "fel STK103 okänd nyckel 'mätar' (menade du 'mätare'?)" in output
    assert "Failed" in output

    example.write_text(good.replace("titel: Fler invånare", "titel: Fler som bor här"), "utf-8")
    sh(["git", "add", "strategies/exempel.yaml"], repo, env)
    fixed = sh(["git", "commit", "-q", "-m", "Rättat"], repo, env)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert fixed.stderr.rstrip().endswith("Passed")


def action() -> dict[str, object]:
    loaded = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_action_declares_its_inputs_and_keeps_them_out_of_scripts() -> None:
    spec = action()
    assert set(spec["inputs"]) == {"paths", "fail-on", "python-version"}  # type: ignore[arg-type]
    runs = spec["runs"]
    assert isinstance(runs, dict)
    assert runs["using"] == "composite"
    for step in runs["steps"]:
        # An input pasted into a script could inject commands; they travel as env vars.
        assert "${{" not in step.get("run", "")
        if "run" in step:
            assert step["shell"] == "bash"


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_action_validate_step_annotates_and_fails_as_asked(tmp_path: Path) -> None:
    runs = action()["runs"]
    assert isinstance(runs, dict)
    (step,) = [s for s in runs["steps"] if "stratkit validate" in s.get("run", "")]
    (tmp_path / "strategies").mkdir()
    shutil.copy(FIXTURES / "ci" / "overdue.yaml", tmp_path / "strategies" / "overdue.yaml")
    shutil.copy(FIXTURES / "ci" / "clean.yaml", tmp_path / "extra file.yaml")
    env = environment(tmp_path)

    def run_step(paths: str, fail_on: str) -> subprocess.CompletedProcess[str]:
        step_env = {**env, "STRATKIT_PATHS": paths, "STRATKIT_FAIL_ON": fail_on}
        return sh(["bash", "-e", "-c", step["run"]], tmp_path, step_env)

    passed = run_step("strategies", "")  # no input: the settings (here the default) decide
    assert passed.returncode == 0, passed.stderr
    assert passed.stdout.startswith(
        "::warning file=strategies/overdue.yaml,line=13,col=5,endLine=13,endColumn=18,"
        "title=STK402::indicator 'invanare' has no values for 2023-"
    )
    assert run_step("strategies", "warning").returncode == 1
    # Without the input the repository's own settings decide, as on the user's computer.
    (tmp_path / "stratkit.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    assert run_step("strategies", "").returncode == 1
    assert run_step("strategies", "error").returncode == 0  # an input wins over the file
    (tmp_path / "stratkit.toml").unlink()
    both = run_step(" strategies\n  extra", "error")
    assert both.returncode == 2  # 'extra' does not exist: stratkit could not do as asked
    assert "not found: extra" in both.stderr
