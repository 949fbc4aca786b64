"""Cohort grading against stock nbgrader, timed as the instructor runs it, side by side in one run.

    python benchmarks/grading.py [--trainees 1,24,40] [--rounds 3] [--scale 100,1000] [--db sqlite,postgresql]
                                 [--assignment pre-test] [--stock-up-to 40]

1. Commands: for each cohort size in --trainees, a simulated cohort of honest submissions
   (mixed skill; every answers file written through the answer store, as a widget click writes
   it) and, each round, fresh copies of the course graded by
   - ``nbgrader autograde A --force`` with nbgrader's own steps (a kernel per notebook), a fresh
     process (sizes up to --stock-up-to only: it takes minutes);
   - ``codependency-course grade A`` (default workers), a fresh process: imports, worker pool,
     gradebook copies and merge included;
   - ``grade(course, A)`` called in this already-warm process (the in-process figure).
   Every grade is checked identical to stock, to the cell. Prints min and median per
   configuration, the speed-ups (median against median), the fixed cost (the 1-trainee run)
   and the cost per trainee (slope between the smallest and the largest cohort).
2. Scale: for each size in --scale and each gradebook in --db, a fresh cohort graded by the
   command in a fresh process; wall time, ms per trainee and the peak RSS of the command and
   of its workers (the largest single process, from getrusage of the waited-for children).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))

from nbgrader.api import Gradebook  # noqa: E402

from codependency_course.instructor.autograding.parallel import grade, workers_for  # noqa: E402
from codependency_course.instructor.course import Course  # noqa: E402
from codependency_course.instructor.simulated_cohort import simulate  # noqa: E402


def course_at(base: Path, env: dict | None = None) -> Course:
    (base / "grading").mkdir(parents=True)
    shutil.copy(REPO / "grading" / "nbgrader_config.py", base / "grading")
    (base / "source").symlink_to(REPO / "source")
    # Jupyter's config and data folders inside the run: the user's own stay untouched
    jupyter = {"JUPYTER_CONFIG_DIR": str(base / "cfg"), "JUPYTER_DATA_DIR": str(base / "data")}
    return Course(base / "grading", base / "exchange", env={**jupyter, **(env or {})})


def copy_course(template: Path, to: Path, env: dict) -> Course:
    shutil.copytree(template, to, symlinks=True)
    return Course(to / "grading", to / "exchange", env=env)


def all_grades(course: Course, assignment: str, students: list[str]) -> dict:
    with Gradebook(course.db_url()) as gb:
        return {(s, nb.name, g.name): (g.auto_score, g.needs_manual_grade)
                for s in students for nb in gb.find_submission(assignment, s).notebooks for g in nb.grades}


def grade_command(course: Course, assignment: str) -> list[str]:
    script = Path(sys.executable).parent / "codependency-course"
    exe = [str(script)] if script.exists() else [sys.executable, "-m", "codependency_course"]
    return [*exe, "--course-root", str(course.root), "grade", assignment]


def run_timed(cmd: list[str], course: Course) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=course.root, env=course.environ, capture_output=True, text=True)
    took = time.perf_counter() - t0
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed (exit {proc.returncode}):\n{(proc.stdout + proc.stderr)[-2000:]}")
    return took


def compare(n: int, a: str, rounds: int, stock_up_to: int, base: Path) -> tuple[dict, bool]:
    """Time the configurations on one cohort size; return {configuration: [seconds]} and sameness."""
    template = course_at(base / f"template-{n}")
    students = simulate(template, a, n, seed=2026)
    times = {"stock nbgrader autograde": [], "codependency-course grade": [], "grade() in-process": []}
    same = True
    for r in range(rounds):
        runs = {name: copy_course(template.root.parent, base / f"{n}-{i}-{r}", template.env) for i, name in enumerate(times)}
        if n <= stock_up_to:
            c = runs["stock nbgrader autograde"]
            times["stock nbgrader autograde"].append(run_timed([sys.executable, "-m", "nbgrader", "autograde", a, "--force"],
                                                               Course(c.root, c.exchange, {**c.env, "CODEPENDENCY_COURSE_STOCK_AUTOGRADE": "1"})))
        c = runs["codependency-course grade"]
        times["codependency-course grade"].append(run_timed(grade_command(c, a), c))
        c = runs["grade() in-process"]
        t0 = time.perf_counter()
        grade(c, a, progress=False)
        times["grade() in-process"].append(time.perf_counter() - t0)
        got = [all_grades(c, a, students) for name, c in runs.items() if times[name]]
        same &= all(g == got[0] for g in got) and len(got[0]) > 0
        for c in runs.values():
            shutil.rmtree(c.root.parent)
    return {k: v for k, v in times.items() if v}, same


def startup_floor(rounds: int = 5) -> dict:
    """Median wall time of a bare interpreter and of the imports the grade command cannot avoid."""
    probes = {"python start": "pass",
              "python + import nbgrader.apps (its package imports jupyter_server, nbconvert, SQLAlchemy)":
                  "import sys; sys.modules['rfc3987_syntax'] = None; import nbgrader.apps",
              "python + import rfc3987_syntax (stock nbgrader imports it; the grade command does not)": "import rfc3987_syntax"}
    out = {}
    for name, code in probes.items():
        ts = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            ts.append(time.perf_counter() - t0)
        out[name] = statistics.median(ts)
    return out


def per_trainee_profile(n: int, a: str, base: Path) -> list[tuple[str, float]]:
    """Profile grade() in-process (one grader) on n trainees; seconds per trainee in each part."""
    import cProfile
    import pstats

    c = course_at(base / "profiled")
    simulate(c, a, n, seed=2026)
    prof = cProfile.Profile()
    prof.runcall(grade, c, a, workers=1, progress=False)
    stats = pstats.Stats(prof).stats
    parts = {"nbgrader Autograde, all of it": "converters/base.py:convert_notebooks",
             "  nbformat read (JSON + validate)": "nbformat/__init__.py:read",
             "  nbconvert preprocessors (nbgrader's steps)": "nbconvert/exporters/exporter.py:_preprocess",
             "  gradebook queries (SQLAlchemy execute)": "sqlalchemy/orm/session.py:execute",
             "  gradebook commits (one per submission)": "gradebook_bulk.py:commit_submission",
             "checks before and after grading": "submission_checks.py:preflight"}
    found = []
    for name, key in parts.items():
        path, func = key.split(":")
        cum = sum(v[3] for (f, _, fn), v in stats.items() if f.endswith(path) and fn == func)
        if name.startswith("checks"):
            cum += sum(v[3] for (f, _, fn), v in stats.items() if f.endswith("submission_checks.py") and fn == "postflight")
        found.append((name, cum / n))
    shutil.rmtree(c.root.parent)
    return found


def scale_child(n: int, a: str, db: str) -> None:
    """(In a child process) a cohort of n on a fresh gradebook, graded by the command; print JSON."""
    from pg_harness import postgres_server

    with tempfile.TemporaryDirectory() as tmp, (postgres_server() if db == "postgresql" else nullcontext()) as url:
        c = course_at(Path(tmp), {"CODEPENDENCY_COURSE_DB_URL": url} if url else None)
        students = simulate(c, a, n, seed=2026)
        t = run_timed(grade_command(c, a), c)
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # nbgrader generate, then the command
        graded = len({s for s, _, _ in all_grades(c, a, students)})
    print(json.dumps({"n": n, "db": db, "seconds": t, "peak_mb": peak_kb / 1024, "graded": graded,
                      "workers": workers_for(n)}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trainees", default="1,24,40", help="cohort sizes timed as commands (comma-separated)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--scale", default="100,1000", help="cohort sizes for the scale check ('' to skip)")
    ap.add_argument("--db", default="sqlite,postgresql", help="gradebooks for the scale check")
    ap.add_argument("--assignment", default="pre-test")
    ap.add_argument("--stock-up-to", type=int, default=40, help="largest cohort also graded by stock nbgrader")
    ap.add_argument("--scale-child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--scale-db", default="sqlite", help=argparse.SUPPRESS)
    args = ap.parse_args()
    a = args.assignment
    if args.scale_child:
        scale_child(args.scale_child, a, args.scale_db)
        return 0

    sizes = sorted({int(x) for x in args.trainees.split(",") if x.strip()})
    print(f"{a}, {args.rounds} rounds per size, {os.cpu_count()} cores, load at start: {os.getloadavg()[0]:.2f}")
    print(f"{'trainees':>8} {'configuration':<27} {'min s':>7} {'median s':>9} {'workers':>8} {'speed-up vs stock':>18}")
    medians, same_all = {}, True
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            times, same = compare(n, a, args.rounds, args.stock_up_to, Path(tmp))
            same_all &= same
            stock = statistics.median(times["stock nbgrader autograde"]) if "stock nbgrader autograde" in times else None
            for name, ts in times.items():
                med = medians[(n, name)] = statistics.median(ts)
                ratio = f"{stock / med:17.1f}x" if stock else f"{'':>18}"
                print(f"{n:8d} {name:<27} {min(ts):7.2f} {med:9.2f} {workers_for(n):8d} {ratio}")
            print(f"{'':8} grades identical to stock nbgrader, every round: {'yes' if same else 'NO'}")
    lo, hi = sizes[0], sizes[-1]
    if hi > lo:
        print(f"\nfixed cost ({lo}-trainee run) and cost per trainee (slope {lo} -> {hi}), medians:")
        for name in ("stock nbgrader autograde", "codependency-course grade", "grade() in-process"):
            if (lo, name) in medians and (hi, name) in medians:
                per = (medians[(hi, name)] - medians[(lo, name)]) / (hi - lo)
                print(f"  {name:<27} fixed {medians[(lo, name)]:6.2f} s   per trainee {1000 * per:7.1f} ms")
        floor = startup_floor()
        print("  what limits the fixed cost (fresh processes, median of 5):")
        for name, t in floor.items():
            print(f"    {name:<86} {t:6.2f} s")
        with tempfile.TemporaryDirectory() as tmp:
            print(f"  what limits the cost per trainee (profile of grade() in-process, one grader, {hi} trainees;"
                  " profiling slows it):")
            for name, t in per_trainee_profile(hi, a, Path(tmp)):
                print(f"    {name:<50} {1000 * t:7.1f} ms/trainee")
    print(f"load after comparisons: {os.getloadavg()[0]:.2f}")

    rows = []
    for db in [d for d in args.db.split(",") if d.strip()]:
        for size in [int(x) for x in args.scale.split(",") if x.strip()]:
            out = subprocess.run([sys.executable, __file__, "--assignment", a, "--scale-child", str(size), "--scale-db", db],
                                 capture_output=True, text=True)
            if out.returncode:
                print(f"scale {db} {size}: failed\n{out.stderr[-1500:]}")
                same_all = False
                continue
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    if rows:
        print(f"\nscale, the command as a fresh process: {'db':<11} {'trainees':>8} {'graded':>7} {'workers':>8} "
              f"{'seconds':>8} {'ms/trainee':>10} {'peak RSS MB':>11}")
        for row in rows:
            print(f"{'':<38} {row['db']:<11} {row['n']:8d} {row['graded']:7d} {row['workers']:8d} {row['seconds']:8.1f} "
                  f"{1000 * row['seconds'] / row['n']:10.1f} {row['peak_mb']:11.0f}")
        print(f"load at end: {os.getloadavg()[0]:.2f}")
    return 0 if same_all else 1


if __name__ == "__main__":
    sys.exit(main())
