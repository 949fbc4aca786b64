"""Issue 19: a certificate states only what the provider saw, and one odd record never stops the others.

A small gradebook is written with nbgrader's API (no grading run needed): honest trainees who
passed and evaluated, one who backdated timestamp.txt, one whose record has no time at all, and
one whose certificate cannot be drawn. The honest trainees' certificates are issued, registered
and verify; each other trainee is named with the reason; the command's exit code says so.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
from datetime import datetime
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from codependency_course.instructor.autograding.windows import write_receipt
from codependency_course.instructor.ce import certificates, settings
from codependency_course.instructor.ce.certificates import REGISTER, issue, verify
from codependency_course.instructor.ce.learning_gain import POST_TEST
from codependency_course.instructor.ce.simulated_cycle import evaluate
from codependency_course.instructor.cli import main
from codependency_course.instructor.course import Course
from codependency_course.trainee.evaluation import ASSIGNMENT as EVALUATION

SECRET = "test-only-secret-not-for-production"
RECEIVED = datetime(2026, 12, 2, 10, 0)


@pytest.fixture
def course(tmp_path, repo, monkeypatch):
    (tmp_path / "grading").mkdir()
    shutil.copy(repo / "grading" / "nbgrader_config.py", tmp_path / "grading")
    (tmp_path / "grading" / "ce.yaml").write_text("provider: 'Provider P'\napproval_statement: 'Approved by a board for testing only.'\n")
    monkeypatch.setenv(settings.SECRET_ENV, SECRET)
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")  # nbgrader calls alembic
    c = Course(tmp_path / "grading", tmp_path / "exchange")
    with Gradebook(c.db_url()) as gb:
        gb.add_assignment(POST_TEST)
        gb.add_notebook(POST_TEST, POST_TEST)
        gb.add_grade_cell("q1", POST_TEST, POST_TEST, max_score=10, cell_type="code")
        for sid in ("honest-1", "honest-2", "backdated", "no-time", "breaks-pdf"):
            gb.add_student(sid, first_name=sid.title(), last_name="Trainee")
            gb.add_submission(POST_TEST, sid, timestamp=None if sid == "no-time" else datetime(2019, 6, 1))
            g = gb.find_grade("q1", POST_TEST, POST_TEST, sid)
            g.auto_score, g.needs_manual_grade = 9, False
        gb.db.commit()
    for sid in ("honest-1", "honest-2", "backdated", "no-time", "breaks-pdf"):
        for a in (POST_TEST, EVALUATION):
            folder = c.root / "submitted" / sid / a
            folder.mkdir(parents=True)
            (folder / "timestamp.txt").write_text("2019-06-01 10:00:00.000000 UTC")  # the trainee's own claim
            if sid != "no-time":
                write_receipt(folder, f"{sid}+{a}+x", RECEIVED)
        evaluate(c.root / "submitted" / sid / EVALUATION, 0.8, random.Random(1))
    return c


def test_dates_come_from_the_providers_receipt_and_odd_records_stop_nobody(course, monkeypatch):
    real_render = certificates.render

    def render(cert, code, path, hint):
        if cert.student_id == "breaks-pdf":
            raise ValueError("a drawing error")
        return real_render(cert, code, path, hint)

    monkeypatch.setattr(certificates, "render", render)
    out = issue(course, settings.load(course.root))
    issued = {c.student_id: (c, code) for c, code, _ in out.issued}
    assert issued, out.text()
    assert set(issued) == {"honest-1", "honest-2", "backdated"}
    assert all(c.completed_on == "2 December 2026" for c, _ in issued.values()), "never the trainee's 2019"
    register = course.root / "certificates" / REGISTER
    for c, code in issued.values():
        ok, text = verify(code, register, SECRET.encode())
        assert ok and "2019" not in text
    refused = {s.student_id: s.reason for s in out.refused}
    assert set(issued), refused
    assert "no time of receipt" in refused["no-time"]
    assert "could not be made" in refused["breaks-pdf"] and "drawing error" in refused["breaks-pdf"]
    assert [s.student_id for s in out.skipped] == ["breaks-pdf"]
    assert "none for no-time" in out.text() and "none for breaks-pdf" in out.text()


def test_the_command_names_the_skipped_trainee_and_exits_3(course, monkeypatch, capsys):
    monkeypatch.setattr(certificates, "make", lambda config, st: (_ for _ in ()).throw(TypeError(
        "unsupported format string passed to NoneType.__format__")) if st.student_id == "honest-2"
        else certificates.Certificate("CC-1", st.name, "T", 1.0, "2 December 2026", "P", "A", st.student_id))
    assert main(["--course-root", str(course.root), "certificates"]) == 3
    text = capsys.readouterr().out
    assert "none for honest-2: the certificate could not be made (TypeError" in text
    assert len(json.loads((course.root / "certificates" / REGISTER).read_text())) == 3  # honest-1, backdated, breaks-pdf
