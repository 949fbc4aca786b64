"""Parallel cohort grading against stock nbgrader, measured side by side in one run.

    python benchmarks/grading.py [--trainees 40] [--workers 2] [--assignment check-1-foundations]

1. Makes a simulated cohort (mixed skill) and two identical copies of the course.
2. Grades copy A with stock `nbgrader autograde ASSIGNMENT` and copy B with
   `codependency_course.grader.grade(..., workers=N)`; checks every grade is identical.
3. Measures the floor: a bare kernel start, a run of the notebook's code and shutdown
   (nbclient on the released notebook with a full answers file), median of 5.
Prints both wall times, their ratio, and per-notebook cost / floor.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbgrader.api import Gradebook

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from codependency_course.cohort import simulate  # noqa: E402
from codependency_course.grader import grade  # noqa: E402
from codependency_course.instructor import Course  # noqa: E402
from codependency_course.keys import write_reference_answers  # noqa: E402


def course_at(base: Path) -> Course:
    (base / "grading").mkdir(parents=True)
    shutil.copy(REPO / "grading" / "nbgrader_config.py", base / "grading")
    (base / "source").symlink_to(REPO / "source")
    return Course(base / "grading", base / "exchange", env={"JUPYTER_CONFIG_DIR": str(base / "cfg")})


def all_grades(course: Course, assignment: str, students: list[str]) -> dict:
    with Gradebook(course.db_url()) as gb:
        return {(s, g.name): g.auto_score for s in students for nb in gb.find_submission(assignment, s).notebooks
                for g in nb.grades}


def floor(course: Course, assignment: str, repeats: int = 5) -> float:
    """Median seconds for a fresh kernel to start, run the released notebook and shut down."""
    times = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(course.root / "release" / assignment / f"{assignment}.ipynb", tmp)
            write_reference_answers(REPO / "source" / assignment / f"{assignment}.ipynb", tmp)
            nb = nbformat.read(Path(tmp) / f"{assignment}.ipynb", as_version=4)
            start = time.perf_counter()
            NotebookClient(nb, timeout=60, kernel_name="python3", resources={"metadata": {"path": tmp}}).execute()
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trainees", type=int, default=40)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--assignment", default="check-1-foundations")
    args = ap.parse_args()
    a = args.assignment
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        stock = course_at(base / "stock")
        students = simulate(stock, a, args.trainees, seed=2026)
        shutil.copytree(base / "stock", base / "ours", symlinks=True)
        ours = Course(base / "ours" / "grading", base / "ours" / "exchange", env=stock.env)

        t0 = time.perf_counter()
        stock.autograde(a)
        t_stock = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = grade(ours, a, workers=args.workers, progress=False)
        t_ours = time.perf_counter() - t0
        same = all_grades(stock, a, students) == all_grades(ours, a, students)
        t_floor = floor(stock, a)

    n = args.trainees
    print(f"cohort: {n} simulated trainees, assignment {a}, {args.workers} workers on this machine")
    print(f"stock `nbgrader autograde`:          {t_stock:7.1f} s  ({t_stock / n:.2f} s per notebook)")
    print(f"`grade --workers {args.workers}`:              {t_ours:7.1f} s  ({t_ours * args.workers / n:.2f} worker-s per notebook)")
    print(f"speed-up (stock / parallel):          {t_stock / t_ours:7.2f}x   (goal >= 1.8x on 2 cores)")
    print(f"floor (kernel start + run + stop):    {t_floor:7.2f} s per notebook")
    print(f"per-notebook cost / floor, stock:     {t_stock / n / t_floor:7.2f}x")
    print(f"per-notebook cost / floor, parallel:  {t_ours * args.workers / n / t_floor:7.2f}x   (goal <= 1.25x)")
    print(f"grades identical to stock nbgrader:   {'yes' if same else 'NO'}   ({len(result.failed)} failures)")
    return 0 if same and not result.failed else 1


if __name__ == "__main__":
    sys.exit(main())
