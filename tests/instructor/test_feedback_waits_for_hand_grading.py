"""A rationale typed in the text box is flagged for hand-grading, and feedback waits for it.

Two trainees take check-1 through the widgets (the rationale in its text box, saved in the
answers file); one also writes it. After `grade`, formgrader's gradebook flags that
rationale "needs manual grade" with the typed text in the cell (escaped); `feedback` refuses
and names the trainee and cell; `--partial` releases to the other trainee only; after the
hand-grade, feedback is released to both and shows the rationale with its score.
"""

from __future__ import annotations

import contextlib
import io
import os

import pytest
from conftest import make_course
from nbgrader.api import Gradebook

from codependency_course.instructor.cli import main
from codependency_course.instructor.course import Trainee
from codependency_course.taxonomy import Label
from codependency_course.trainee.assessment import Assessment

pytestmark = pytest.mark.grading
A = "check-1-foundations"
TEXT = "Ines's help replaces Rui's skills <b>and</b> is one-way; in Item 2 help runs both ways and anyone can say no."


def _cli(course, *args) -> tuple[int, str]:
    out, saved = io.StringIO(), dict(os.environ)
    os.environ.update(course.environ)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            code = main(["--course-root", str(course.root), *args])
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return code, out.getvalue()


@pytest.fixture(scope="module")
def cycle(tmp_path_factory):
    base = tmp_path_factory.mktemp("fb")
    course = make_course(base)
    course.generate(A)
    course.release(A)
    for sid, writes in (("writer", True), ("silent", False)):
        folder = Trainee(course, sid, base / "homes" / sid).fetch(A)
        quiz = Assessment(A, folder)
        ex = quiz.item("q1", "t", "x")
        ex.label.value = Label.CODEPENDENT
        ex.button.click()
        if writes:
            box = quiz.rationale("rationale-1", "Your written rationale")
            box.box.value = TEXT
            box.button.click()
            assert "Saved your rationale" in box.live.text
        Trainee(course, sid, base / "homes" / sid).submit(A)
    course.collect(A)
    course.autograde(A)
    return course


def test_typed_rationale_needs_manual_grade_and_is_escaped(cycle):
    with Gradebook(cycle.db_url()) as gb:
        writer = gb.find_grade("rationale-1", A, A, "writer")
        silent = gb.find_grade("rationale-1", A, A, "silent")
        assert writer.needs_manual_grade and writer.auto_score is None
        assert not silent.needs_manual_grade and silent.auto_score == 0  # nothing written: 0, as nbgrader does
        assert gb.find_grade("q1-score", A, A, "writer").auto_score == gb.find_grade("q1-score", A, A, "silent").auto_score
    graded = (cycle.root / "autograded" / "writer" / A / f"{A}.ipynb").read_text()
    assert "replaces Rui" in graded and "<b>" not in graded  # the typed text, made inert


def test_feedback_refuses_then_partial_then_complete(cycle):
    code, out = _cli(cycle, "feedback", A)
    assert code == 2 and "writer: check-1-foundations: rationale-1" in out and "--partial" in out
    assert "silent" not in out
    assert not list((cycle.root / "feedback").glob(f"*/{A}/*.html"))

    code, out = _cli(cycle, "feedback", A, "--partial")
    assert code == 0 and "held back" in out and "writer" in out
    assert (cycle.root / "feedback" / "silent" / A / f"{A}.html").exists()
    assert not (cycle.root / "feedback" / "writer").exists()  # never "0.0 / 3.0" for an ungraded rationale

    with Gradebook(cycle.db_url()) as gb:
        g = gb.find_grade("rationale-1", A, A, "writer")
        g.manual_score, g.needs_manual_grade = 2.0, False
        gb.db.commit()
    code, out = _cli(cycle, "feedback", A)
    assert code == 0, out
    html = (cycle.root / "feedback" / "writer" / A / f"{A}.html").read_text()
    assert "replaces Rui" in html and "2.0 of 3.0 points" in html  # the course feedback template
