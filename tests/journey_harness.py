"""The instructor's side of a browser journey: a throwaway course root, the
``codependency-course`` command against it, and nbgrader's formgrader on a real server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from lab_harness import REPO, ROOT_FLAG, serving

BIN = Path(sys.executable).parent


def instructor_course(tmp: Path) -> Path:
    """A throwaway nbgrader course root (grading/ with a copy of source/ beside it); returns grading/."""
    root = tmp / "instructor"
    (root / "grading").mkdir(parents=True)
    shutil.copy(REPO / "grading" / "nbgrader_config.py", root / "grading")
    shutil.copytree(REPO / "source", root / "source", ignore=shutil.ignore_patterns("*.answers.json*"))
    return root / "grading"


def course_env(exchange: Path) -> dict[str, str]:
    """This environment with only the given exchange as course setting (no gradebook URL or
    other CODEPENDENCY_COURSE_* value another test left behind) and this venv's bin on PATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CODEPENDENCY_COURSE_")}
    return {**env, "CODEPENDENCY_COURSE_EXCHANGE": str(exchange), "PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}"}


def course_cli(course_root: Path, exchange: Path, *args: str) -> str:
    """Run ``codependency-course --course-root COURSE ARGS`` as an instructor would; its stdout."""
    env = course_env(exchange)
    proc = subprocess.run([str(BIN / "codependency-course"), "--course-root", str(course_root), *args],
                          env=env, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise AssertionError(f"codependency-course {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout


@contextmanager
def formgrader_server(course_root: Path, exchange: Path, workdir: Path):
    """nbgrader's formgrader (a Jupyter server extension) on the course root; yields (base_url, token)."""
    config = workdir / "instructor-config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "jupyter_server_config.json").write_text(json.dumps(
        {"ServerApp": {"jpserver_extensions": {"nbgrader.server_extensions.formgrader": True}}}))
    (config / "nbgrader_config.py").write_text(
        "from pathlib import Path\nfrom codependency_course.instructor.course_config import configure\n"
        f"configure(get_config(), Path({str(course_root)!r}), role='instructor')\n")
    env = {**course_env(exchange), "JUPYTER_CONFIG_DIR": str(config), "JUPYTER_RUNTIME_DIR": str(workdir / "instructor-runtime")}

    def cmd(port, token):
        return [sys.executable, "-m", "jupyter_server", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
                f"--ServerApp.token={token}", f"--ServerApp.root_dir={course_root.parent}", *ROOT_FLAG]

    with serving(cmd, env, course_root, workdir / "formgrader.log", "the formgrader") as served:
        yield served


def log_in(page, base: str, token: str, next_path: str) -> None:
    """Log in on a Jupyter server's login page with its token, landing on ``next_path``."""
    page.goto(f"{base}/login?next={next_path}")
    page.fill("input[type=password]", token)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{next_path}*", timeout=30_000)
