"""Grade a cohort: repair what can be repaired, autograde in parallel, report problems.

nbgrader grades one notebook at a time (its issue #174) and its SQLite gradebook is not
safe for concurrent writers. Here each worker process grades a shard of trainees with
nbgrader's own Autograde (through ``NbGraderAPI``) into *its own copy* of the gradebook;
the results are then merged into the course gradebook by one writer. With a PostgreSQL
``db_url`` the workers write to the shared database directly.

Before grading, each submission is checked: a renamed notebook is graded under its
released name, an unreadable notebook is set aside and the released notebook used (the
trainee's answers live in the answers file, so they still count). After grading, every
submission's problems (edited or deleted locked cells, cells that errored or timed out,
unreadable answers) go to ``grading/reports/<assignment>-problems.csv``.
"""

from __future__ import annotations

import csv
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from .course_config import ANSWERS_PATTERN, MAX_FILE_KB, configure
from .instructor import Course
from .store import UnreadableStore, read_answers


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
        return "\n".join(lines)


def submitted_students(course: Course, assignment: str) -> list[str]:
    """Trainees with a collected submission of an assignment."""
    return sorted(p.parent.name for p in (course.root / "submitted").glob(f"*/{assignment}") if p.is_dir())


def _source_notebooks(course: Course, assignment: str) -> list[Path]:
    return sorted((course.root.parent / "source" / assignment).glob("*.ipynb"))


def _readable(path: Path) -> bool:
    try:
        nbformat.validate(nbformat.read(path, as_version=4))
        return True
    except Exception:  # noqa: BLE001 - any failure to read means "unreadable" here
        return False


ORIGINAL = ".as-submitted"


def _keep_original(nb_path: Path) -> Path:
    """Keep the trainee's file untouched beside any repaired copy (once)."""
    aside = nb_path.with_name(nb_path.name + ORIGINAL)
    if not aside.exists():
        shutil.copy(nb_path, aside)
    return aside


def _drop_duplicate_ids(nb_path: Path) -> None:
    """Keep nbgrader metadata on the last copy of a duplicated cell only (as nbgrader's
    DeduplicateIds does), removing it from the others entirely: nbgrader 0.9.6 crashes in
    add_missing_cells on the empty metadata its own deduplication leaves behind."""
    nb = nbformat.read(nb_path, as_version=4)
    seen: set[str] = set()
    changed = False
    for cell in reversed(nb.cells):
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        if gid is None:
            continue
        if gid in seen:
            del cell.metadata["nbgrader"]
            changed = True
        seen.add(gid)
    if changed:
        _keep_original(nb_path)
        nbformat.write(nb, nb_path)


def _restore_deleted_cells(nb_path: Path, released_path: Path) -> None:
    """Put back locked and graded cells the trainee deleted, each after its released
    predecessor. (nbgrader's add_missing_cells does this too, but 0.9.6 raises KeyError
    when the predecessor is a locked cell that is not graded, as every item cell here is.)"""
    nb = nbformat.read(nb_path, as_version=4)
    released = nbformat.read(released_path, as_version=4)
    gid = lambda c: c.metadata.get("nbgrader", {}).get("grade_id")  # noqa: E731
    present = {gid(c) for c in nb.cells if gid(c)}
    missing = [c for c in released.cells if gid(c) and gid(c) not in present]
    if not missing:
        return
    _keep_original(nb_path)
    order = [gid(c) for c in released.cells]
    for cell in missing:
        before = order[: order.index(gid(cell))]
        positions = [i for i, c in enumerate(nb.cells) if gid(c) in before]
        nb.cells.insert(positions[-1] + 1 if positions else 0, nbformat.from_dict(cell))
    nbformat.write(nb, nb_path)


PREFLIGHT = ".preflight.json"


def preflight(course: Course, assignment: str, student: str) -> list[str]:
    """Repair what would stop a submission from being graded; return what was found.

    Repairs change the submission (the trainee's files are kept beside it), so the problems
    found the first time are saved with it and reported again on every later run.
    """
    import json

    saved = course.root / "submitted" / student / assignment / PREFLIGHT
    if saved.exists():
        return json.loads(saved.read_text())
    problems = _preflight(course, assignment, student)
    saved.write_text(json.dumps(problems))
    return problems


def _preflight(course: Course, assignment: str, student: str) -> list[str]:
    folder = course.root / "submitted" / student / assignment
    release = course.root / "release" / assignment
    problems: list[str] = []
    for src in _source_notebooks(course, assignment):
        mine = folder / src.name
        if not mine.exists():
            others = sorted(p for p in folder.glob("*.ipynb") if p.name not in {s.name for s in _source_notebooks(course, assignment)})
            if len(others) == 1 and _readable(others[0]):
                shutil.copy(others[0], mine)
                problems.append(f"notebook renamed to {others[0].name}; graded as {src.name}")
            else:
                shutil.copy(release / src.name, mine)
                problems.append(f"{src.name} was not submitted; the released notebook was graded with the saved answers")
        elif not _readable(mine):
            _keep_original(mine)
            shutil.copy(release / src.name, mine)
            problems.append(f"{src.name} is not a valid notebook (kept as {mine.name}{ORIGINAL}); the released notebook "
                            "was graded with the saved answers, so written answers could not be read")
        else:
            _drop_duplicate_ids(mine)
            _restore_deleted_cells(mine, release / src.name)
    for path in sorted(folder.glob(ANSWERS_PATTERN)):
        try:
            _, issues = read_answers(path)
            problems += issues
        except UnreadableStore as exc:
            problems.append(f"{exc}; its items were scored as unanswered")
    if not list(folder.glob(ANSWERS_PATTERN)):
        problems.append("no answers file was submitted; widget items were scored as unanswered")
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.stat().st_size > MAX_FILE_KB * 1024:
            problems.append(f"{path.name} is {path.stat().st_size / 2**20:.0f} MB, over the {MAX_FILE_KB // 1024} MB limit; not graded")
    return problems


def _checks(cell) -> tuple[str, str | None]:
    meta = cell.metadata.get("nbgrader", {})
    return meta.get("grade_id", ""), meta.get("checksum")


def postflight(course: Course, assignment: str, student: str) -> list[str]:
    """Problems visible after grading: edited, deleted or duplicated locked cells; errors; timeouts."""
    from nbgrader.utils import compute_checksum

    problems: list[str] = []
    for src in _source_notebooks(course, assignment):
        released = nbformat.read(course.root / "release" / assignment / src.name, as_version=4)
        wanted = {c.metadata["nbgrader"]["grade_id"] for c in released.cells
                  if c.metadata.get("nbgrader", {}).get("locked") or c.metadata.get("nbgrader", {}).get("grade")}
        sub_path = course.root / "submitted" / student / assignment / src.name
        if sub_path.with_name(sub_path.name + ORIGINAL).exists():
            sub_path = sub_path.with_name(sub_path.name + ORIGINAL)
        try:
            sub = nbformat.read(sub_path, as_version=4)
        except Exception:  # noqa: BLE001 - already reported by preflight
            sub = None
        if sub is not None:
            seen: dict[str, int] = {}
            for cell in sub.cells:
                gid, checksum = _checks(cell)
                if not gid:
                    continue
                seen[gid] = seen.get(gid, 0) + 1
                locked = cell.metadata["nbgrader"].get("locked")
                if locked and checksum and compute_checksum(cell) != checksum and seen[gid] == 1:
                    problems.append(f"locked cell {gid} was edited; the original was restored for grading")
            problems += [f"cell {gid} appears {n} times; only one copy was graded" for gid, n in sorted(seen.items()) if n > 1]
            problems += [f"cell {gid} was deleted; it was restored for grading" for gid in sorted(wanted - set(seen))]
        graded = course.root / "autograded" / student / assignment / src.name
        if not graded.exists():
            continue
        for cell in nbformat.read(graded, as_version=4).cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id", "an added cell")
            for out in cell.get("outputs", []):
                if out.get("output_type") == "error":
                    what = "ran past the time limit and was stopped" if out.get("ename") == "CellTimeoutError" else f"raised {out.get('ename')}"
                    problems.append(f"cell {gid} {what}")
    return problems


def _worker_config(course_root: str, db_url: str, env: dict[str, str]):
    from traitlets.config import Config

    os.environ.update(env)
    c = Config()
    configure(c, Path(course_root), role="instructor")
    c.CourseDirectory.db_url = db_url
    c.NbGraderAPI.log_level = "ERROR"
    return c


def _grade_shard(course_root: str, db_url: str, env: dict[str, str], assignment: str, students: list[str]) -> dict[str, str]:
    """Worker: autograde some trainees with nbgrader's own Autograde; return failures."""
    import logging
    import warnings

    from nbgrader.apps import NbGraderAPI

    warnings.filterwarnings("ignore")  # nbgrader's own SQLAlchemy warnings are not the instructor's business
    logging.getLogger("traitlets").setLevel(logging.ERROR)
    os.chdir(course_root)
    api = NbGraderAPI(config=_worker_config(course_root, db_url, env))
    failed = {}
    for s in students:
        result = api.autograde(assignment, s, force=True, create=True)
        if not result.get("success"):
            failed[s] = (result.get("error") or result.get("log") or "unknown error").strip().splitlines()[-1]
    return failed


def merge_gradebook(worker_url: str, main_url: str, assignment: str, students: list[str]) -> None:
    """Copy the grades of some trainees from a worker's gradebook into the course gradebook."""
    import warnings

    from nbgrader.api import Gradebook, MissingEntry

    with warnings.catch_warnings(), Gradebook(worker_url) as w, Gradebook(main_url) as m:
        warnings.simplefilter("ignore")  # nbgrader's add_submission triggers SQLAlchemy autoflush warnings
        for s in students:
            try:
                ws = w.find_submission(assignment, s)
            except MissingEntry:
                continue
            student = w.find_student(s)
            m.update_or_create_student(s, first_name=student.first_name, last_name=student.last_name,
                                       email=student.email, lms_user_id=student.lms_user_id)
            try:
                ms = m.find_submission(assignment, s)
                ms.timestamp = ws.timestamp
            except MissingEntry:
                ms = m.add_submission(assignment, s, timestamp=ws.timestamp)
            for wnb in ws.notebooks:
                mnb = m.find_submission_notebook(wnb.name, assignment, s)
                mnb.flagged, mnb.late_submission_penalty = wnb.flagged, wnb.late_submission_penalty
                for g in wnb.grades:
                    mg = m.find_grade(g.name, wnb.name, assignment, s)
                    mg.auto_score, mg.manual_score, mg.extra_credit = g.auto_score, g.manual_score, g.extra_credit
                    mg.needs_manual_grade = g.needs_manual_grade
                for cm in wnb.comments:
                    mc = m.find_comment(cm.name, wnb.name, assignment, s)
                    mc.auto_comment, mc.manual_comment = cm.auto_comment, cm.manual_comment
            m.db.commit()


def grade(course: Course, assignment: str, *, workers: int | None = None, progress: bool = True) -> GradeResult:
    """Grade every collected submission of an assignment; write the problem report."""
    from tqdm import tqdm

    start = time.perf_counter()
    students = submitted_students(course, assignment)
    if not students:
        raise FileNotFoundError(f"no collected submissions of {assignment} in {course.root / 'submitted'}; run collect first")
    workers = max(1, min(workers or os.cpu_count() or 1, len(students)))
    result = GradeResult(assignment, students, workers=workers)
    for s in students:
        result.problems += [(s, p) for p in preflight(course, assignment, s)]

    main_url = course.db_url()
    env = {k: v for k, v in course.environ.items() if k.startswith("CODEPENDENCY_COURSE_")}
    env["PATH"] = course.environ["PATH"]
    shards = [students[i::workers] for i in range(workers)]
    shared_db = not main_url.startswith("sqlite")
    urls = []
    tmp = course.root / ".grading-workers"
    if workers > 1 and not shared_db:
        tmp.mkdir(exist_ok=True)
        main_file = Path(main_url.removeprefix("sqlite:///"))
        for i in range(workers):
            copy = tmp / f"gradebook-{i}.db"
            shutil.copy(main_file, copy)
            urls.append(f"sqlite:///{copy}")
    else:
        urls = [main_url] * workers
    bar = tqdm(total=len(students), desc=f"grading {assignment}", unit="trainee", disable=not progress)
    try:
        if workers == 1:
            result.failed.update(_grade_shard(str(course.root), main_url, env, assignment, students))
            bar.update(len(students))
        else:
            import multiprocessing as mp

            with ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn")) as pool:
                futures = [pool.submit(_grade_shard, str(course.root), url, env, assignment, shard)
                           for url, shard in zip(urls, shards)]
                for fut, shard in zip(futures, shards):
                    result.failed.update(fut.result())
                    bar.update(len(shard))
            if not shared_db:
                for url, shard in zip(urls, shards):
                    merge_gradebook(url, main_url, assignment, shard)
    finally:
        bar.close()
        shutil.rmtree(tmp, ignore_errors=True)
    for s in students:
        result.problems += [(s, p) for p in postflight(course, assignment, s)]
    result.seconds = time.perf_counter() - start
    reports = course.root / "reports"
    reports.mkdir(exist_ok=True)
    result.report = reports / f"{assignment}-problems.csv"
    with open(result.report, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["student_id", "problem"])
        w.writerows(sorted(result.problems) + [(s, f"not graded: {why}") for s, why in sorted(result.failed.items())])
    return result
