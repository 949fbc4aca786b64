"""What every command shares: the course root, the instructor's terminal, the repository."""

from __future__ import annotations

import os
from pathlib import Path

from codependency_course.instructor.safe_text import for_terminal


def say(text: str) -> None:
    """Print to the instructor's terminal: trainee-chosen ids and names never carry control sequences."""
    print(for_terminal(text))


def find_repo(start: Path | None = None) -> Path | None:
    """The nearest folder at or above ``start`` with course/ and source/ (None if there is none).
    The same rule as ``reports.bank_coverage.find_repo``, without loading the content bank that
    module imports (most of a command's start-up otherwise)."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "course").is_dir() and (folder / "source").is_dir():
            return folder
    return None


def course_root(arg: str | None) -> Path:
    if arg:
        root = Path(arg)
    else:
        repo = find_repo()
        root = (repo / "grading") if repo else Path.cwd()
    if not (root / "nbgrader_config.py").exists():
        raise SystemExit(f"codependency-course: no nbgrader_config.py in {root}; run from the course repository or pass --course-root")
    return root.resolve()


def course(args):
    from codependency_course.instructor.course import Course

    root = course_root(args.course_root)
    return Course(root, Path(os.environ.get("CODEPENDENCY_COURSE_EXCHANGE", root / "exchange")))


def repo() -> Path:
    repo = find_repo()
    if repo is None:
        raise FileNotFoundError("no course repository here (a folder with course/ and source/); run from inside it")
    return repo
