"""A cohort of good and bad submissions through a temporary exchange: the cohort always
completes, every trainee gets the expected deterministic grade and a problem report says
what was wrong; grading twice (serially, then in parallel) gives identical grades."""

from __future__ import annotations

import csv
import shutil

import nbformat
import pytest
from conftest import REPO, make_course
from nbgrader.api import Gradebook

from codependency_course.answers import Answer
from codependency_course.instructor.autograding.parallel import grade
from codependency_course.instructor.course import Course, Trainee
from codependency_course.instructor.keys import items_from_notebook, key_answer
from codependency_course.trainee.store import AnswerStore

pytestmark = pytest.mark.grading
A = "check-1-foundations"
ITEMS = items_from_notebook(REPO / "source" / A / f"{A}.ipynb")
TOP = sum(i.points for i in ITEMS)


def perfect(folder):
    store = AnswerStore(A, folder)
    for it in ITEMS:
        store.record(it.item_id, key_answer(it.key), mode="assessment")


def partial(folder):
    store = AnswerStore(A, folder)
    for it in ITEMS:
        store.record(it.item_id, Answer(label=it.key.label), mode="assessment")


def edit_nb(folder, change):
    path = folder / f"{A}.ipynb"
    nb = nbformat.read(path, as_version=4)
    change(nb)
    nbformat.write(nb, path)


def cell_index(nb, gid):
    return next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == gid)


def _edit_test(nb):
    nb.cells[cell_index(nb, "q1-score")].source = "2.0  # I gave myself full marks"


def _delete(nb):
    for gid in ("q1-score", "q1"):
        del nb.cells[cell_index(nb, gid)]


def _duplicate(nb):
    i = cell_index(nb, "q2-score")
    copy = nbformat.from_dict(nb.cells[i])
    copy.id = "duplicate-of-q2-score"
    nb.cells.insert(i, copy)


def _loop(nb):
    nb.cells.insert(cell_index(nb, "setup") + 1, nbformat.v4.new_code_cell("while True:\n    pass"))


def _noise(nb):
    nb.cells.append(nbformat.v4.new_code_cell("import sys, warnings\nprint('noise', file=sys.stderr)\nwarnings.warn('more noise')"))


COHORT = {
    # trainee: (prepare folder, expected autograded points, words expected in the problem report)
    "perfect": (perfect, TOP, []),
    "partial": (partial, TOP / 2, []),
    "empty": (lambda f: None, 0.0, ["no answers file"]),
    "edited-test": (lambda f: (perfect(f), edit_nb(f, _edit_test)), TOP, ["locked cell q1-score was edited"]),
    "deleted-cells": (lambda f: (perfect(f), edit_nb(f, _delete)), TOP, ["cell q1-score was deleted"]),
    "duplicated": (lambda f: (perfect(f), edit_nb(f, _duplicate)), TOP, ["cell q2-score appears 2 times"]),
    "renamed": (lambda f: (perfect(f), (f / f"{A}.ipynb").rename(f / "my copy.ipynb")), TOP, ["renamed to my copy.ipynb"]),
    "infinite-loop": (lambda f: (perfect(f), edit_nb(f, _loop)), TOP, ["1 added code cell(s) were not run"]),
    "stderr-noise": (lambda f: (partial(f), edit_nb(f, _noise)), TOP / 2, ["1 added code cell(s) were not run"]),
    "invalid-json": (lambda f: (perfect(f), (f / f"{A}.ipynb").write_text("{ this is not a notebook")), TOP,
                     ["is not a notebook"]),  # the intake names it at collect and grading
    "garbage-answers": (lambda f: (f / f"{A}.answers.json").write_text("\x00garbage\x00"), 0.0, ["not valid JSON"]),
    "huge-file": (lambda f: (perfect(f), open(f / "session-recording.bin", "wb").truncate(200 * 2**20)), TOP, []),
}


@pytest.fixture(scope="module")
def cohort(tmp_path_factory):
    base = tmp_path_factory.mktemp("bad")
    course = make_course(base, {"CODEPENDENCY_COURSE_TIMEOUT": "8"})
    course.generate(A)
    course.release(A)
    for sid, (prepare, _, _) in COHORT.items():
        t = Trainee(course, sid, base / "homes" / sid)
        prepare(t.fetch(A))
        t.submit(A)
    course.collect(A)
    return course


def _code_scores(course):
    with Gradebook(course.db_url()) as gb:
        return {s: gb.find_submission(A, s).code_score for s in COHORT}


def _report(result):
    rows = list(csv.DictReader(open(result.report)))
    return {s: " | ".join(r["problem"] for r in rows if r["student_id"] == s) for s in COHORT}


def test_bad_cohort_grades_are_expected_and_repeatable(cohort, report_figure):
    assert not (cohort.root / "submitted" / "huge-file" / A / "session-recording.bin").exists()
    first = grade(cohort, A, workers=1, progress=False)
    assert first.failed == {}
    scores = _code_scores(cohort)
    assert scores == {s: expected for s, (_, expected, _) in COHORT.items()}
    report = _report(first)
    for s, (_, _, words) in COHORT.items():
        for w in words:
            assert w in report[s], (s, report[s])
    assert report["perfect"] == "" and report["partial"] == ""

    second = grade(cohort, A, workers=2, progress=False)  # again, in parallel: identical
    assert _code_scores(cohort) == scores
    assert sorted(second.problems) == sorted(first.problems)
    report_figure(f"bad-submission cohort: {len(COHORT)} trainees graded, {len(first.problems)} problems reported, "
                  f"serial and parallel grades identical")
    with Gradebook(cohort.db_url()) as gb:
        assert gb.find_grade("rationale-1", A, A, "perfect").needs_manual_grade is False  # unanswered: 0, not pending


def test_execute_mode_keeps_the_time_limit(cohort, tmp_path):
    """A course that opts into running notebooks (--execute) still stops a runaway cell and
    still scores widget items from the key: the loop costs nothing but time."""
    copy = tmp_path / "copy"
    shutil.copytree(cohort.root.parent, copy, symlinks=True)
    course = Course(copy / "grading", copy / "exchange", env=cohort.env)
    for s in COHORT:
        if s not in ("infinite-loop", "perfect"):
            shutil.rmtree(course.root / "submitted" / s)
    result = grade(course, A, workers=1, progress=False, execute=True)
    report = " | ".join(p for s, p in result.problems if s == "infinite-loop")
    assert "ran past the time limit" in report and "were run (graded with --execute)" in report, report
    with Gradebook(course.db_url()) as gb:
        assert gb.find_submission(A, "infinite-loop").code_score == TOP
        assert gb.find_submission(A, "perfect").code_score == TOP
