"""Issue 19: one trainee's odd gradebook record never stops the grade export.

A small gradebook is written with nbgrader's API; one trainee's submission row is then made
unreadable (a timestamp that is not a date, as a hand-edited or damaged database holds). The
export still writes every other trainee, names the odd one with the reason in the terminal and
in ``<stem>-problems.txt``, and exits 3.
"""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from codependency_course.instructor.cli import main
from codependency_course.instructor.course import Course

A = "check-1-foundations"
TRAINEES = ("honest-1", "honest-2", "odd-record")


@pytest.fixture
def course(tmp_path, repo, monkeypatch):
    (tmp_path / "grading").mkdir()
    shutil.copy(repo / "grading" / "nbgrader_config.py", tmp_path / "grading")
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")  # nbgrader calls alembic
    c = Course(tmp_path / "grading", tmp_path / "exchange")
    with Gradebook(c.db_url()) as gb:
        gb.add_assignment(A)
        gb.add_notebook(A, A)
        gb.add_grade_cell("q1", A, A, max_score=4, cell_type="code")
        for sid in TRAINEES:
            gb.add_student(sid, first_name=sid.title(), last_name="Trainee")
            gb.add_submission(A, sid, timestamp=datetime(2026, 12, 2, 10, 0))
            g = gb.find_grade("q1", A, A, sid)
            g.auto_score, g.needs_manual_grade = 3, False
        gb.db.commit()
    return c


def _break(course: Course, sid: str) -> None:
    with sqlite3.connect(course.root / "gradebook.db") as db:
        db.execute("UPDATE submitted_assignment SET timestamp = 'not a date' WHERE student_id = ?", (sid,))


def test_export_writes_the_cohort_and_names_the_trainee_it_could_not_read(course, tmp_path, capsys):
    _break(course, "odd-record")
    to = tmp_path / "out" / "grades.csv"
    to.parent.mkdir()
    assert main(["--course-root", str(course.root), "export", f"--to={to}"]) == 3
    out = capsys.readouterr().out
    assert "odd-record (check-1-foundations): not exported: ValueError" in out
    rows = {r["student_id"]: r for r in csv.DictReader(open(to, encoding="utf-8"))}
    assert sorted(rows) == ["honest-1", "honest-2"] and all(r["score"] == "3.0" for r in rows.values())
    lms = list(csv.DictReader(open(to.with_name("grades-lms.csv"), encoding="utf-8")))
    assert [r["Student ID"] for r in lms] == ["honest-1", "honest-2"]
    assert "odd-record" in to.with_name("grades-problems.txt").read_text(encoding="utf-8")


def test_a_clean_export_exits_0_and_leaves_no_stale_problem_list(course, tmp_path, capsys):
    to = tmp_path / "grades.csv"
    to.with_name("grades-problems.txt").write_text("from an earlier run")
    assert main(["--course-root", str(course.root), "export", f"--to={to}"]) == 0
    assert "Not exported" not in capsys.readouterr().out
    assert len(list(csv.DictReader(open(to, encoding="utf-8")))) == len(TRAINEES)
    assert not to.with_name("grades-problems.txt").exists()
