"""Cohort grading against stock nbgrader, measured side by side in one run.

    python benchmarks/grading.py [--trainees 40] [--rounds 3] [--scale 100,1000] [--assignment check-1-foundations]

1. Makes a simulated cohort of honest submissions (mixed skill; every answers file written
   through the answer store, as a widget click writes it) and identical copies of the course.
2. Each round grades a fresh copy with stock `nbgrader autograde` (nbgrader's own steps: a
   kernel per notebook), and fresh copies with `grade(..., workers=1)` and `workers=2`
   (no kernel); every grade is checked identical to stock. Prints min and median per
   configuration and the speed-up ratios.
3. Scale: grades cohorts of each size in --scale with 2 workers, in a child process each,
   and prints wall time, time per trainee and the peak memory (RSS) of the grading process
   and of its workers, so linearity and flat memory can be read off.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nbgrader.api import Gradebook

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from codependency_course.instructor.simulated_cohort import simulate  # noqa: E402
from codependency_course.instructor.autograding.parallel import grade  # noqa: E402
from codependency_course.instructor.course import Course  # noqa: E402


def course_at(base: Path) -> Course:
    (base / "grading").mkdir(parents=True)
    shutil.copy(REPO / "grading" / "nbgrader_config.py", base / "grading")
    (base / "source").symlink_to(REPO / "source")
    return Course(base / "grading", base / "exchange", env={"JUPYTER_CONFIG_DIR": str(base / "cfg")})


def copy_course(template: Path, to: Path, env: dict) -> Course:
    shutil.copytree(template, to, symlinks=True)
    return Course(to / "grading", to / "exchange", env=env)


def all_grades(course: Course, assignment: str, students: list[str]) -> dict:
    with Gradebook(course.db_url()) as gb:
        return {(s, g.name): g.auto_score for s in students for nb in gb.find_submission(assignment, s).notebooks
                for g in nb.grades}


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def scale_child(n: int, assignment: str) -> None:
    """(In a child process) simulate n trainees, grade with 2 workers, print JSON figures."""
    with tempfile.TemporaryDirectory() as tmp:
        c = course_at(Path(tmp))
        simulate(c, assignment, n, seed=2026)
        t = timed(lambda: grade(c, assignment, workers=2, progress=False))
        self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        kids_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"n": n, "seconds": t, "peak_mb": self_kb / 1024, "worker_peak_mb": kids_kb / 1024}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trainees", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--scale", default="100,1000", help="cohort sizes for the linearity check ('' to skip)")
    ap.add_argument("--assignment", default="check-1-foundations")
    ap.add_argument("--scale-child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    a = args.assignment
    if args.scale_child:
        scale_child(args.scale_child, a)
        return 0

    times = {"stock": [], "grade, 1 worker": [], "grade, 2 workers": []}
    same = True
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        template = course_at(base / "template")
        students = simulate(template, a, args.trainees, seed=2026)
        for r in range(args.rounds):
            stock = copy_course(base / "template", base / f"stock-{r}", template.env)
            one = copy_course(base / "template", base / f"one-{r}", template.env)
            two = copy_course(base / "template", base / f"two-{r}", template.env)
            times["stock"].append(timed(lambda: stock.autograde(a, stock=True)))
            times["grade, 1 worker"].append(timed(lambda: grade(one, a, workers=1, progress=False)))
            times["grade, 2 workers"].append(timed(lambda: grade(two, a, workers=2, progress=False)))
            expected = all_grades(stock, a, students)
            same &= all_grades(one, a, students) == expected == all_grades(two, a, students)
            for d in (stock, one, two):
                shutil.rmtree(d.root.parent)

    n = args.trainees
    base_med = statistics.median(times["stock"])
    print(f"cohort: {n} honest simulated trainees, {a}, {args.rounds} rounds, this machine (2 cores)")
    print(f"{'configuration':<20} {'min s':>8} {'median s':>9} {'s/trainee':>10} {'speed-up (median)':>18}")
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"{name:<20} {min(ts):8.2f} {med:9.2f} {med / n:10.3f} {base_med / med:17.1f}x")
    print(f"grades identical to stock nbgrader, every round: {'yes' if same else 'NO'}")

    sizes = [int(x) for x in args.scale.split(",") if x.strip()]
    rows = []
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--assignment", a, "--scale-child", str(size)],
                             capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    if rows:
        print(f"\nscale (2 workers): {'trainees':>8} {'seconds':>8} {'ms/trainee':>10} {'peak MB':>8} {'worker peak MB':>15}")
        for row in rows:
            print(f"{'':<18} {row['n']:8d} {row['seconds']:8.1f} {1000 * row['seconds'] / row['n']:10.1f} "
                  f"{row['peak_mb']:8.0f} {row['worker_peak_mb']:15.0f}")
        if len(rows) >= 2:
            r = rows[-1]["seconds"] / rows[0]["seconds"]
            print(f"time({rows[-1]['n']}) / time({rows[0]['n']}) = {r:.2f} "
                  f"(linear would be {rows[-1]['n'] / rows[0]['n']:.0f}; goal < 5x of 100's time per 10x trainees)")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
