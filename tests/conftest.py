"""Shared fixtures: where the repository is, and a clean working folder per test."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def repo() -> Path:
    """The repository root."""
    return REPO


@pytest.fixture
def env_with_venv() -> dict:
    """An environment whose PATH starts with this interpreter's bin (nbgrader calls alembic by name)."""
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


_FIGURES: list[str] = []


@pytest.fixture
def report_figure():
    """Record a measured figure; all figures are printed at the end of the run."""
    return _FIGURES.append


def pytest_terminal_summary(terminalreporter):
    if _FIGURES:
        terminalreporter.section("measured figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)


def make_course(base: Path, env: dict | None = None):
    """A temporary course root (grading/ with the course's nbgrader_config.py, source/ linked
    to the repository's) and its exchange, with Jupyter config kept inside ``base``."""
    from codependency_course.instructor import Course

    (base / "grading").mkdir(parents=True)
    shutil.copy(REPO / "grading" / "nbgrader_config.py", base / "grading")
    (base / "source").symlink_to(REPO / "source")
    return Course(base / "grading", base / "exchange", env={"JUPYTER_CONFIG_DIR": str(base / "jupyter-config"), **(env or {})})
