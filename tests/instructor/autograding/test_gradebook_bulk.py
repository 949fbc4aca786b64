"""Bulk gradebook writes: a regrade through worker copies updates rows in place (no duplicates,
same grades), a single grader writes the course gradebook directly (no copies left behind),
and small cohorts grade in-process."""

from __future__ import annotations

import shutil

import pytest
from conftest import make_course
from nbgrader.api import Gradebook, Grade, SubmittedAssignment

from codependency_course.instructor.autograding.parallel import MIN_PER_WORKER, grade, workers_for
from codependency_course.instructor.course import Course
from codependency_course.instructor.simulated_cohort import simulate

pytestmark = pytest.mark.grading
A = "check-1-foundations"


def snapshot(course, students):
    with Gradebook(course.db_url()) as gb:
        grades = {(s, nb.name, g.name): (g.auto_score, g.needs_manual_grade)
                  for s in students for nb in gb.find_submission(A, s).notebooks for g in nb.grades}
        return grades, gb.db.query(SubmittedAssignment).count(), gb.db.query(Grade).count()


def test_workers_only_when_the_cohort_pays_for_them():
    assert workers_for(1) == 1 and workers_for(MIN_PER_WORKER - 1) == 1
    assert workers_for(1000) >= 1 and workers_for(1000, 2) == 2
    assert workers_for(3, 8) == 3, "an explicit --workers is honoured, one trainee per worker at most"


def test_regrade_through_worker_copies_updates_in_place(tmp_path):
    c = make_course(tmp_path / "one")
    students = simulate(c, A, 4, seed=5)
    shutil.copytree(tmp_path / "one", tmp_path / "two", symlinks=True)
    single = Course(tmp_path / "two" / "grading", tmp_path / "two" / "exchange", env=c.env)

    first = grade(c, A, workers=2, progress=False)
    assert first.failed == {} and first.workers == 2
    before = snapshot(c, students)
    again = grade(c, A, workers=2, progress=False)
    assert again.failed == {}
    assert snapshot(c, students) == before, "a regrade must not add or change rows"
    assert before[1] == 4 and before[2] == len(before[0])

    one = grade(single, A, workers=1, progress=False)
    assert one.failed == {} and one.workers == 1
    assert not (single.root / ".grading-workers").exists()
    assert snapshot(single, students) == before
