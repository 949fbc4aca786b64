"""Shared fixtures: where the repository is, and a clean working folder per test."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def repo() -> Path:
    """The repository root."""
    return REPO


@pytest.fixture(scope="session")
def lite_site(tmp_path_factory) -> Path:
    """The zero-install site, built once per session for every journey that uses it
    (or the one CODEPENDENCY_COURSE_SITE names; see tests/lite_harness.py). Building it needs
    npm and Node.js (the runtime from npm, bytecode compiled under Node): without them its tests
    skip with a message, as the browser tests do without Chromium, and fail when CI=true."""
    from lite_harness import build_site

    missing = [tool for tool in ("npm", "node") if shutil.which(tool) is None]
    if missing and not os.environ.get("CODEPENDENCY_COURSE_SITE"):
        message = (f"no {' or '.join(missing)} on PATH: install Node.js and npm (Debian: apt-get install nodejs npm) "
                   "to build the zero-install site")
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (the site's tests are required when CI=true)")
        pytest.skip(message)
    return build_site(tmp_path_factory.mktemp("lite"))


@pytest.fixture
def env_with_venv() -> dict:
    """An environment whose PATH starts with this interpreter's bin (nbgrader calls alembic by name)."""
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


# -- the real user's home is never touched ------------------------------------------------
# Every test (and every server, kernel and nbgrader command it starts) gets a per-session HOME
# and Jupyter data folder, so nbgrader's cache (<data>/nbgrader_cache) and the Jupyter runtime
# files go to a temporary folder. At the end the real user's folders are compared with before.
_REAL: dict[str, object] = {}


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """(size, mtime) of every entry under ``folder`` (nothing when it does not exist)."""
    if not folder.is_dir():
        return {}
    out = {}
    for path in folder.rglob("*"):
        try:
            st = path.lstat()
        except OSError:
            continue
        out[str(path.relative_to(folder))] = (st.st_size, int(st.st_mtime))
    return out


def real_user_dirs() -> list[Path]:
    """The real user's nbgrader cache and Jupyter data folder (before this session changed HOME)."""
    from jupyter_core.paths import jupyter_data_dir

    data = Path(jupyter_data_dir())
    return [data / "nbgrader_cache", data]


def pytest_configure(config):
    if _REAL:
        return
    _REAL["dirs"] = {d: _snapshot(d) for d in real_user_dirs()}
    session_home = Path(tempfile.mkdtemp(prefix="cc-test-home-"))
    os.chmod(session_home, 0o755)  # the hub test's Unix users traverse it
    _REAL["home"] = session_home
    os.environ.update({
        "HOME": str(session_home),
        "JUPYTER_DATA_DIR": str(session_home / "jupyter-data"),
        "JUPYTER_RUNTIME_DIR": str(session_home / "jupyter-runtime"),
        "IPYTHONDIR": str(session_home / "ipython"),
        "MPLCONFIGDIR": str(session_home / "matplotlib"),
        "XDG_CACHE_HOME": str(session_home / "cache"),
        "XDG_CONFIG_HOME": str(session_home / "config"),
        "XDG_DATA_HOME": str(session_home / "share"),
    })
    try:  # Hypothesis keeps its caches in ./.hypothesis unless told otherwise: keep them in the session too
        from hypothesis.configuration import set_hypothesis_home_dir
    except ImportError:
        pass
    else:
        set_hypothesis_home_dir(session_home / "hypothesis")


def untouched_report() -> list[str]:
    """What changed in the real user's nbgrader cache or Jupyter data folder during the session."""
    changed = []
    for folder, before in _REAL.get("dirs", {}).items():
        after = _snapshot(folder)
        new = sorted(set(after) - set(before))
        modified = sorted(k for k in set(after) & set(before) if after[k] != before[k] and not Path(folder, k).is_dir())
        changed += [f"{folder}/{k} (new)" for k in new[:10]] + [f"{folder}/{k} (changed)" for k in modified[:10]]
    return changed


def pytest_sessionfinish(session, exitstatus):
    if not _REAL or hasattr(session.config, "workerinput"):
        return
    changed = untouched_report()
    if changed:
        session.config._cc_untouched = changed
        session.exitstatus = 1
    shutil.rmtree(_REAL["home"], ignore_errors=True)


_FIGURES: list[str] = []


@pytest.fixture
def report_figure():
    """Record a measured figure; all figures are printed at the end of the run."""
    return _FIGURES.append


def pytest_terminal_summary(terminalreporter):
    changed = getattr(terminalreporter.config, "_cc_untouched", None)
    terminalreporter.section("the real user's Jupyter folders")
    if changed:
        terminalreporter.write_line("CHANGED during the tests (they must write only to temporary folders):", red=True)
        for line in changed:
            terminalreporter.write_line(f"  {line}")
    else:
        terminalreporter.write_line("unchanged: " + ", ".join(str(d) for d in _REAL.get("dirs", {})))
    if _FIGURES:
        terminalreporter.section("measured figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)


def make_course(base: Path, env: dict | None = None):
    """A temporary course root (grading/ with the course's nbgrader_config.py, source/ linked
    to the repository's) and its exchange, with Jupyter config kept inside ``base``."""
    from codependency_course.instructor.course import Course

    (base / "grading").mkdir(parents=True)
    shutil.copy(REPO / "grading" / "nbgrader_config.py", base / "grading")
    (base / "source").symlink_to(REPO / "source")
    return Course(base / "grading", base / "exchange", env={"JUPYTER_CONFIG_DIR": str(base / "jupyter-config"), **(env or {})})
