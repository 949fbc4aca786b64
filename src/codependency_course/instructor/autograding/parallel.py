"""Grade a cohort: check every submission, autograde in parallel, report problems.

Each worker process grades a shard of trainees with nbgrader's own Autograde (through
``NbGraderAPI``), configured by ``course_config`` to score widget items from the key with
the course's ``ScoreWidgetItems`` step instead of running notebooks: no kernel starts and
no trainee code runs (``execute=True`` opts back in, for courses with code-answer items).
Each of several workers writes into *its own SQLite copy* of the gradebook (nbgrader's SQLite
gradebook is not safe for concurrent writers, and a PostgreSQL server's round trips cost more
than the grading), merged into the course gradebook, SQLite or PostgreSQL, in one pass
(``gradebook_bulk``); a single worker writes to the course gradebook directly. Each
submission's rows are committed in one transaction. Workers start only when the cohort is
large enough to pay for them (``workers_for``).

Every submission is checked before and after grading (``submission_checks``) by the worker
that grades it, so checks run in parallel too; a submission whose checks fail is named and
left ungraded, and the rest go on. Problems go to ``grading/reports/<assignment>-problems.csv``,
made safe for a spreadsheet, and to the terminal with control characters removed.
"""

from __future__ import annotations

import contextlib
import csv
import multiprocessing as mp
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from codependency_course.instructor.course import Course
from codependency_course.instructor.course_config import configure
from codependency_course.instructor.safe_text import for_csv, for_terminal
from codependency_course.trainee.submission_file import check_id

from .gradebook_bulk import MERGES, commit_submission, dialect, merge_gradebook, one_transaction_per_submission, private_copies
from .kernel_env import without_secrets
from .nbgrader_speedups import nbgrader_speedups
from .submission_checks import postflight, preflight


@dataclass
class GradeResult:
    """What a grading run did."""

    assignment: str
    """The assignment graded."""
    students: list[str]
    """Every trainee whose submission was graded."""
    failed: dict[str, str] = field(default_factory=dict)
    """Trainees nbgrader could not grade, with the reason."""
    problems: list[tuple[str, str]] = field(default_factory=list)
    """(trainee, problem) pairs found before or after grading."""
    seconds: float = 0.0
    """Wall time."""
    workers: int = 1
    """Worker processes used."""
    report: Path | None = None
    """Where the problem report was written."""

    def text(self) -> str:
        """A short plain-text summary."""
        lines = [f"Graded {len(self.students) - len(self.failed)} of {len(self.students)} submission(s) of "
                 f"{self.assignment} in {self.seconds:.1f} s with {self.workers} worker(s)."]
        for s, why in sorted(self.failed.items()):
            lines.append(f"  not graded: {s}: {why}")
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s) noted (see {self.report}):")
            lines += [f"  {s}: {p}" for s, p in self.problems]
        else:
            lines.append("No problems found in any submission.")
        return for_terminal("\n".join(lines))


def submitted_students(course: Course, assignment: str) -> list[str]:
    """Trainees with a collected submission of an assignment (folders that are real and safely named)."""
    return sorted(p.parent.name for p in (course.root / "submitted").glob(f"*/{assignment}")
                  if p.is_dir() and not p.is_symlink() and not p.parent.is_symlink() and check_id(p.parent.name) is None)


def unsafe_submissions(course: Course, assignment: str) -> list[str]:
    """Submission folders left ungraded because their name or type is unsafe."""
    safe = set(submitted_students(course, assignment))
    return sorted(p.parent.name for p in (course.root / "submitted").glob(f"*/{assignment}") if p.parent.name not in safe)


@contextlib.contextmanager
def _inside(folder: str, env: dict[str, str]):
    """Run in the course root with the course's settings, restoring both afterwards (a single
    worker grades in the caller's own process)."""
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    os.environ.update(env)
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def _worker_config(course_root: str, db_url: str, env: dict[str, str], execute: bool):
    from traitlets.config import Config

    c = Config()
    configure(c, Path(course_root), role="instructor", execute=execute)
    c.CourseDirectory.db_url = db_url
    c.NbGraderAPI.log_level = "ERROR"
    c.Exporter.optimistic_validation = True  # validate each notebook once, not after each of nbgrader's steps
    return c


def _grade_shard(course: Course, db_url: str, env: dict[str, str], assignment: str, students: list[str],
                 execute: bool = False, private_db: bool = False) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Worker: for each trainee of a shard, check the submission, autograde it with nbgrader's own
    Autograde, and check it again; return failures and problems. Each trainee's checks touch only
    that trainee's folders, so shards are checked in parallel as they are graded."""
    import logging
    import warnings

    from nbgrader.apps import NbGraderAPI

    warnings.filterwarnings("ignore")  # nbgrader's own SQLAlchemy warnings are not the instructor's business
    logging.getLogger("traitlets").setLevel(logging.ERROR)
    failed: dict[str, str] = {}
    problems: list[tuple[str, str]] = []
    with _inside(str(course.root), env), nbgrader_speedups(fast_sqlite=private_db), one_transaction_per_submission(), \
            (without_secrets() if execute else contextlib.nullcontext()):
        api = NbGraderAPI(config=_worker_config(str(course.root), db_url, env, execute))
        for s in students:
            try:
                problems += [(s, p) for p in preflight(course, assignment, s)]
            except Exception as exc:  # noqa: BLE001 - one trainee's files never stop the cohort
                failed[s] = f"the submission could not be checked before grading ({type(exc).__name__}); not graded"
                continue
            result = api.autograde(assignment, s, force=True, create=True)
            try:
                commit_submission()
            except Exception as exc:  # noqa: BLE001 - reported per trainee, as nbgrader's own failures are
                result = {"success": False, "error": f"gradebook write failed: {exc}"}
            if not result.get("success"):
                failed[s] = (result.get("error") or result.get("log") or "unknown error").strip().splitlines()[-1]
            try:
                problems += [(s, p) for p in postflight(course, assignment, s, executed=execute)]
            except Exception as exc:  # noqa: BLE001
                problems.append((s, f"the graded submission could not be checked ({type(exc).__name__})"))
    return failed, problems


MIN_PER_WORKER = 8
"""A worker pays for itself (fork, gradebook copy, merge) from about this many trainees on."""


def workers_for(trainees: int, requested: int | None = None) -> int:
    """Worker processes for a cohort: ``requested`` if given (at most one per trainee); by default
    the machine's cores, but only as many as have ``MIN_PER_WORKER`` trainees each, so that a
    small cohort grades in the command's own process."""
    if requested:
        return max(1, min(requested, trainees))
    return max(1, min(os.cpu_count() or 1, trainees // MIN_PER_WORKER))


def grade(course: Course, assignment: str, *, workers: int | None = None, progress: bool = True,
          execute: bool = False) -> GradeResult:
    """Grade every collected submission of an assignment; write the problem report.

    ``execute``: also run each notebook in a kernel (nbgrader's Execute, with its time limit)
    before widget items are scored; only for courses with code-answer items."""
    from tqdm import tqdm

    start = time.perf_counter()
    students = submitted_students(course, assignment)
    if not students:
        raise FileNotFoundError(f"no collected submissions of {assignment} in {course.root / 'submitted'}; run collect first")
    workers = workers_for(len(students), workers)
    result = GradeResult(assignment, students, workers=workers)
    result.problems += [(s, "submission folder has an unsafe name or is a link; not graded")
                        for s in unsafe_submissions(course, assignment)]

    main_url = course.db_url()
    env = {k: v for k, v in course.environ.items() if k.startswith("CODEPENDENCY_COURSE_")}
    env["PATH"] = course.environ["PATH"]
    shards = [students[i::workers] for i in range(workers)]
    # one writer needs no private copy; several each grade into their own, merged in one pass afterwards
    shared_db = workers == 1 or dialect(main_url) not in MERGES
    tmp = course.root / ".grading-workers"
    bar = tqdm(total=len(students), desc=f"grading {assignment}", unit="trainee", disable=not progress)
    try:
        urls = [main_url] * workers if shared_db else private_copies(main_url, assignment, tmp, workers)
        if workers == 1:
            failed, problems = _grade_shard(course, urls[0], env, assignment, students, execute, not shared_db)
            result.failed.update(failed)
            result.problems += problems
            bar.update(len(students))
        else:
            # fork: a worker starts in milliseconds with nbgrader already imported (spawn re-imports it)
            method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
            with ProcessPoolExecutor(workers, mp_context=mp.get_context(method)) as pool:
                futures = [pool.submit(_grade_shard, course, url, env, assignment, shard, execute, not shared_db)
                           for url, shard in zip(urls, shards)]
                for fut, shard in zip(futures, shards):
                    failed, problems = fut.result()
                    result.failed.update(failed)
                    result.problems += problems
                    bar.update(len(shard))
        if not shared_db:
            for url, shard in zip(urls, shards):
                merge_gradebook(url, main_url, assignment, shard)
    finally:
        bar.close()
        shutil.rmtree(tmp, ignore_errors=True)
    result.problems.sort(key=lambda sp: sp[0])  # by trainee; each trainee's in the order found
    result.seconds = time.perf_counter() - start
    reports = course.root / "reports"
    reports.mkdir(exist_ok=True)
    result.report = reports / f"{assignment}-problems.csv"
    with open(result.report, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["student_id", "problem"])
        rows = sorted(result.problems) + [(s, f"not graded: {why}") for s, why in sorted(result.failed.items())]
        w.writerows([for_csv(s), for_csv(p)] for s, p in rows)
    return result
