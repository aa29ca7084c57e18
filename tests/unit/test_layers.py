"""The walls of the house hold: the import-linter contracts in pyproject.toml are kept and no
import circle is left between our modules (docs/ARCHITECTURE.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def test_the_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, env=_env(),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_no_import_circle_is_left() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "import_circles.py")], cwd=ROOT, env=_env(),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize(("module", "contract"), [
    ("core/timefmt.py", "core/ imports only core/"),
    ("store/listing.py", "capture/, export/, store/ and session/ never reach gui/ or commands/"),
    ("settings.py", "The top-level helpers (settings, i18n, paths, ...) never reach gui/ or commands/"),
])
def test_a_deliberate_violation_breaks_its_contract(tmp_path: Path, module: str, contract: str) -> None:
    # The contracts must bite, not merely pass: a copy of the package with one forbidden import.
    shutil.copytree(ROOT / "src" / "storyweaver", tmp_path / "src" / "storyweaver",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    with (tmp_path / "src" / "storyweaver" / module).open("a", encoding="utf-8") as source:
        source.write("\nfrom storyweaver.gui import app as _deliberate_violation  # noqa: E402\n")
    lint = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run([str(lint), "--no-cache", "--config", str(tmp_path / "pyproject.toml")], cwd=tmp_path,
                         env={**os.environ, "PYTHONPATH": str(tmp_path / "src")}, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode != 0
    verdicts = "".join(run.stdout.split())  # lint-imports wraps long contract names anywhere
    assert "".join(f"{contract} BROKEN".split()) in verdicts, run.stdout
