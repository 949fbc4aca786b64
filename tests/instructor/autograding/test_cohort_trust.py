"""Issue 19: one trainee never stops, slows or corrupts the cohort.

One honest cohort and one hostile trainee per finding go through collect -> grade -> feedback
on a temporary exchange. Each test ends with the honest trainees' grades and feedback
unchanged and the hostile trainee named (in the terminal output or the step's report).
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, make_course
from nbgrader.api import Gradebook

from codependency_course.answers import Answer
from codependency_course.instructor.autograding.parallel import grade
from codependency_course.instructor.cli import main as cli_main
from codependency_course.instructor.course import Trainee
from codependency_course.instructor.keys import items_from_notebook, key_answer
from codependency_course.trainee.store import AnswerStore

pytestmark = pytest.mark.grading
A = "check-1-foundations"
ITEMS = items_from_notebook(REPO / "source" / A / f"{A}.ipynb")
TOP = sum(i.points for i in ITEMS)
HONEST = ["honest-1", "honest-2", "honest-3"]


def perfect(folder: Path) -> None:
    store = AnswerStore(A, folder)
    for it in ITEMS:
        store.record(it.item_id, key_answer(it.key), mode="assessment")


def labels_only(folder: Path) -> None:
    store = AnswerStore(A, folder)
    for it in ITEMS:
        store.record(it.item_id, Answer(label=it.key.label), mode="assessment")


def huge_int(folder: Path) -> None:
    labels_only(folder)
    path = folder / f"{A}.answers.json"
    text = path.read_text().replace('"confidence": null', '"confidence": ' + "9" * 5000, 1)
    path.write_text(text if "9" * 5000 in text else text.replace('"items"', '"x": ' + "9" * 5000 + ', "items"', 1))


def many_cells(folder: Path) -> None:
    labels_only(folder)
    nb = nbformat.read(folder / f"{A}.ipynb", as_version=4)
    nb.cells += [nbformat.v4.new_markdown_cell("x") for _ in range(5_000)]
    nbformat.write(nb, folder / f"{A}.ipynb")


def reshaped(folder: Path) -> None:
    """Deletes a graded cell and edits a locked cell *and* its checksum, and turns a locked cell's type."""
    labels_only(folder)
    nb = nbformat.read(folder / f"{A}.ipynb", as_version=4)
    graded = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]
    locked = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("locked") and not c.metadata["nbgrader"].get("grade")]
    nb.cells.remove(graded[0])
    locked[0].source += "\n# changed"
    locked[0].metadata["nbgrader"].pop("checksum", None)
    nb.cells.append(nbformat.v4.new_raw_cell("an added raw cell"))
    nbformat.write(nb, folder / f"{A}.ipynb")


HOSTILE = {"huge-int": huge_int, "many-cells": many_cells, "reshaped": reshaped, "sparse": labels_only,
           "bad-secret": labels_only, "secret-after-collect": labels_only, "scored-zero": lambda f: None}


def _cli(course, *args) -> tuple[int, str]:
    import contextlib
    import io

    buf, saved = io.StringIO(), dict(os.environ)
    os.environ.update(course.environ)
    try:
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
            code = cli_main(["--course-root", str(course.root), *args])
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return code, buf.getvalue()


def _scores(course) -> dict[str, float]:
    with Gradebook(course.db_url()) as gb:
        return {s.student.id: s.code_score for s in gb.find_assignment(A).submissions}


@pytest.fixture(scope="module")
def cohort(tmp_path_factory):
    base = tmp_path_factory.mktemp("trust")
    course = make_course(base)
    course.generate(A)
    course.release(A)
    homes = base / "homes"
    for sid in HONEST:
        t = Trainee(course, sid, homes / sid)
        perfect(t.fetch(A)) if sid != "honest-3" else labels_only(t.fetch(A))
        t.submit(A)
    for sid, prepare in HOSTILE.items():
        t = Trainee(course, sid, homes / sid)
        prepare(t.fetch(A))
        t.submit(A)
    inbound = course.exchange / "codependency-course" / "inbound"
    (entry,) = inbound.glob(f"bad-secret+{A}+*")
    (entry / "submission_secret.txt").write_bytes(b"\xff\xfe\x80 not utf-8")
    (entry,) = inbound.glob(f"sparse+{A}+*")
    for n in range(60):  # about 0 bytes on disk each, 19 MB apparent: 1.1 GB if copied
        with open(entry / f"pad{n}.bin", "wb") as fh:
            fh.truncate(19 * 10**6)
    out = {"collect": _cli(course, "collect", A)}
    bad = course.root / "submitted" / "secret-after-collect" / A / "submission_secret.txt"
    bad.write_bytes(b"\xff\xfe\x80")
    out["grade"] = _cli(course, "grade", A, "--workers", "2")
    with Gradebook(course.db_url()) as gb:
        for sub in gb.find_assignment(A).submissions:
            gb.find_grade("rationale-1", A, A, sub.student.id).manual_score = 1.0
        gb.db.commit()
    out["first scores"] = _scores(course)
    out["feedback"] = _cli(course, "feedback", A)
    return dict(course=course, base=base, homes=homes, out=out)


def _named(course, sid: str, phrase: str) -> None:
    """The grade step's problem report has a row for ``sid`` that says ``phrase``."""
    rows = [r[1] for r in csv.reader(open(course.root / "reports" / f"{A}-problems.csv", encoding="utf-8")) if r[0] == sid]
    assert any(phrase in r for r in rows), (sid, phrase, rows)


def _honest_unaffected(cohort) -> None:
    """The honest trainees' grades are what their answers earn, whoever else submitted."""
    scores = cohort["out"]["first scores"]
    assert scores["honest-1"] == scores["honest-2"] == TOP and scores["honest-3"] == TOP / 2, scores


def test_a_huge_integer_in_one_answers_file_stops_nobody(cohort):
    code, text = cohort["out"]["grade"]
    scores = cohort["out"]["first scores"]
    assert scores["honest-1"] == scores["honest-2"] == TOP and scores["honest-3"] == TOP / 2
    assert scores["huge-int"] == 0.0, "an unreadable answers file scores as unanswered"
    assert "huge-int" in text
    _named(cohort["course"], "huge-int", "digits")
    assert code == 0


def test_a_non_utf8_secret_never_stops_collect_or_feedback(cohort):
    course = cohort["course"]
    skipped = (course.root / "reports" / f"{A}-collect-skipped.csv").read_text(encoding="utf-8")
    assert "bad-secret" in skipped and "submission_secret.txt is not UTF-8 text" in skipped
    code, text = cohort["out"]["feedback"]
    assert "secret-after-collect" in text and "not released" in text and code == 1
    released = list((course.exchange / "codependency-course" / "feedback").glob("*.html"))
    graded = set(cohort["out"]["first scores"]) - {"secret-after-collect"}
    assert len(released) == len(graded), "every other trainee's feedback was released"
    _honest_unaffected(cohort)


def test_a_sparse_file_never_fills_the_disk(cohort):
    folder = cohort["course"].root / "submitted" / "sparse" / A
    files = [p for p in folder.rglob("*") if p.is_file()]
    apparent = sum(p.stat().st_size for p in files)
    assert apparent <= 26 * 2**20, apparent
    assert cohort["out"]["first scores"]["sparse"] == TOP / 2
    _named(cohort["course"], "sparse", "exceed 25 MB in all")
    _honest_unaffected(cohort)


def test_a_notebook_of_thousands_of_cells_is_quarantined_and_graded_from_its_answers(cohort):
    course = cohort["course"]
    assert (course.root / "quarantine" / "many-cells" / A / f"{A}.ipynb").exists()
    assert cohort["out"]["first scores"]["many-cells"] == TOP / 2
    _named(course, "many-cells", "cells (limit")
    _honest_unaffected(cohort)


def test_every_change_of_shape_is_in_the_problem_report(cohort):
    rows = [r[1] for r in csv.reader(open(cohort["course"].root / "reports" / f"{A}-problems.csv")) if r[0] == "reshaped"]
    text = " | ".join(rows)
    assert "was deleted" in text and "was edited" in text and "added raw cell" in text, rows
    assert cohort["out"]["first scores"]["reshaped"] == TOP / 2
    _honest_unaffected(cohort)


def test_resubmission_after_feedback_is_kept_late_until_the_instructor_accepts_it(cohort):
    course, homes = cohort["course"], cohort["homes"]
    assert cohort["out"]["first scores"]["scored-zero"] == 0.0
    t = Trainee(course, "scored-zero", homes / "scored-zero-again")
    perfect(t.fetch(A))
    t.submit(A)
    code, text = _cli(course, "collect", A)
    assert "late submission" in text and "scored-zero" in text
    assert (course.root / "late" / "scored-zero" / A).is_dir()
    _cli(course, "grade", A)
    assert _scores(course)["scored-zero"] == 0.0, "never graded over the first grade"
    assert _scores(course)["honest-1"] == TOP
    late_csv = (course.root / "reports" / f"{A}-late.csv").read_text()
    assert "accept-late" in late_csv and "scored-zero" in late_csv
    code, text = _cli(course, "accept-late", A, "scored-zero")
    assert code == 0 and "Accepted" in text
    _cli(course, "grade", A)
    assert _scores(course)["scored-zero"] == TOP
    assert (course.root / "superseded" / "scored-zero").is_dir()


def test_answers_files_never_reach_release(tmp_path):
    import shutil

    from codependency_course.instructor.course import Course
    from codependency_course.instructor.kit import leaks

    (tmp_path / "grading").mkdir()
    shutil.copy(REPO / "grading" / "nbgrader_config.py", tmp_path / "grading")
    (tmp_path / "source").mkdir()
    shutil.copytree(REPO / "source" / A, tmp_path / "source" / A)
    perfect(tmp_path / "source" / A)  # the instructor previewed the check in source/
    course = Course(tmp_path / "grading", tmp_path / "exchange", env={"JUPYTER_CONFIG_DIR": str(tmp_path / "jc")})
    course.generate(A)
    released = sorted(p.name for p in (course.root / "release" / A).iterdir())
    assert released == [f"{A}.ipynb"], released
    assert leaks(tmp_path / "source" / A, REPO / "source"), "the kit's leak check rejects an answers file"


def test_a_course_folder_created_by_someone_else_is_reported(tmp_path):
    from codependency_course.instructor.course import Course, StepFailed

    course = Course(tmp_path / "grading", tmp_path / "exchange")
    (course.exchange / "codependency-course").mkdir()
    (course.exchange / "codependency-course" / "planted").write_text("x")
    course._check_course_folder()  # ours: the stray entry is set aside
    assert not (course.exchange / "codependency-course" / "planted").exists()
    (course.exchange / "codependency-course").rmdir()
    (course.exchange / "codependency-course").symlink_to(tmp_path)
    with pytest.raises(StepFailed, match="link"):
        course._check_course_folder()


def test_the_item_analysis_report_runs_over_the_hostile_files(cohort):
    code, text = _cli(cohort["course"], "report", A)
    assert code == 0 and "item-analysis.html" in text
