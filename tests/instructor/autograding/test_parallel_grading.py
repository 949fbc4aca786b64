"""Parallel grading gives the same grades as stock `nbgrader autograde`, on SQLite (per-worker
gradebooks merged) and on a real PostgreSQL server (per-worker SQLite gradebooks merged into it,
and a single grader writing to it directly); the
item-analysis report works on the simulated cohort."""

from __future__ import annotations

import os
import shutil

import pytest
from conftest import make_course
from nbgrader.api import Gradebook
from pg_harness import pg_bin, postgres_server

from codependency_course.instructor.autograding.parallel import grade
from codependency_course.instructor.course import Course
from codependency_course.instructor.reports.grade_export import export
from codependency_course.instructor.reports.item_analysis import write_report
from codependency_course.instructor.simulated_cohort import simulate

pytestmark = pytest.mark.grading
A = "check-1-foundations"
N = 6


_course = make_course


def grades(course, students):
    with Gradebook(course.db_url()) as gb:
        return {(s, g.name): (g.auto_score, g.needs_manual_grade)
                for s in students for nb in gb.find_submission(A, s).notebooks for g in nb.grades}


@pytest.fixture(scope="module")
def cohort(tmp_path_factory):
    base = tmp_path_factory.mktemp("par")
    c = _course(base / "one")
    students = simulate(c, A, N, seed=11)
    shutil.copytree(base / "one", base / "two", symlinks=True)
    return c, Course(base / "two" / "grading", base / "two" / "exchange", env=c.env), students


def test_parallel_grades_equal_stock_nbgrader(cohort, report_figure):
    stock, ours, students = cohort
    stock.autograde(A, stock=True)
    result = grade(ours, A, workers=2, progress=False)
    assert result.failed == {} and result.workers == 2
    expected = grades(stock, students)
    assert len(expected) == N * 3
    assert grades(ours, students) == expected
    assert len({v for v in expected.values()}) > 2, "a mixed-skill cohort should not all score the same"
    report_figure(f"parallel grading: {len(expected)} grades of {N} trainees identical to stock nbgrader autograde")


def test_report_has_every_section(cohort, tmp_path):
    _, ours, students = cohort
    html, items_csv, people_csv = write_report(ours, A)
    text = html.read_text()
    for section in ("Summary", "Items to look at", "Every item", "Dimensions missed or over-called", "Mastery by dimension",
                    "Label confusion", "Per trainee", "Cronbach", "KR-20", "discrimination", "point_biserial"):
        assert section in text, section
    assert text.count("data:image/png;base64,") == 3
    assert len(items_csv.read_text().splitlines()) == 3 and len(people_csv.read_text().splitlines()) == N + 1
    nbcsv, lms, skipped, _ = export(ours, tmp_path / "grades.csv")
    assert skipped == []
    assert lms.read_text().splitlines()[0].startswith("Student ID,Last name,First name,Email,check-1-foundations (%)")


def test_postgresql_gradebook_cycle_and_parallel_grading(tmp_path, report_figure):
    if pg_bin() is None:
        message = "PostgreSQL is not installed (Debian: apt-get install postgresql)"
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; it is required when CI=true")
        pytest.skip(message)
    with postgres_server() as url:
        c = _course(tmp_path / "pg", env={"CODEPENDENCY_COURSE_DB_URL": url})
        students = simulate(c, A, 4, seed=3)
        c.release(A)
        result = grade(c, A, workers=2, progress=False)
        assert result.failed == {}
        first = grades(c, students)
        grade(c, A, workers=1, progress=False)
        assert grades(c, students) == first
        grade(c, A, workers=2, progress=False)  # a regrade merged over the rows already there
        assert grades(c, students) == first
        with Gradebook(c.db_url()) as gb:
            assert len(gb.find_assignment(A).submissions) == len(students)
        assert c.db_url().startswith("postgresql://")
        nbcsv = export(c, tmp_path / "grades.csv").grades
        assert len(nbcsv.read_text().splitlines()) == 5
        report_figure(f"PostgreSQL gradebook: {len(first)} grades, 2 workers, then 1, then 2 again, identical")


def test_a_submission_whose_checks_fail_is_named_and_the_rest_are_graded(tmp_path, monkeypatch):
    """The checks run in the workers, one trainee at a time: one that raises leaves that trainee
    ungraded and named, never the cohort (fork carries the patch into the workers)."""
    from codependency_course.instructor.autograding import parallel

    c = _course(tmp_path / "c")
    students = simulate(c, A, 4, seed=5)
    bad = students[1]
    real = parallel.preflight

    def preflight(course, assignment, student):
        if student == bad:
            raise RecursionError("as a hostile notebook might")
        return real(course, assignment, student)

    monkeypatch.setattr(parallel, "preflight", preflight)
    result = grade(c, A, workers=2, progress=False)
    assert set(result.failed) == {bad} and "could not be checked" in result.failed[bad]
    assert f"{bad}: " in result.text()
    honest = [s for s in students if s != bad]
    assert len(grades(c, honest)) == len(honest) * 3
    assert bad in result.report.read_text()
