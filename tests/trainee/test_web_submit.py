"""The web version's Submit panel: the id is checked, the bytes sent are submission_file.build's,
and it appears (at the end of the check's widgets) only in the browser's Python."""

from __future__ import annotations

import io
import json
import shutil
import sys
import zipfile

import pytest
from conftest import REPO

from codependency_course.answers import Answer
from codependency_course.taxonomy import Label
from codependency_course.trainee import submission_file, web_submit
from codependency_course.trainee.assessment import Assessment
from codependency_course.trainee.evaluation import EvaluationForm
from codependency_course.trainee.store import AnswerStore
from codependency_course.trainee.web_submit import SubmitButton

A = "check-1-foundations"


@pytest.fixture
def check(tmp_path):
    """A check's folder as on the site: its notebook and a saved answer."""
    shutil.copy(REPO / "source" / A / f"{A}.ipynb", tmp_path / f"{A}.ipynb")
    AnswerStore(A, tmp_path).record("q1", Answer(label=Label.HEALTHY), mode="assessment")
    return tmp_path


def pressed(button: SubmitButton, content) -> list[tuple[dict, list]]:
    """What the kernel sends back when the browser sends ``content``."""
    sent = []
    button.send = lambda msg, buffers=None: sent.append((msg, buffers))
    button._handle(button, content, [])
    return sent


def test_submit_sends_exactly_the_submission_file(check):
    button = SubmitButton(A, check)
    [(msg, buffers)] = pressed(button, {"event": "submit", "student_id": " trainee-07 "})
    assert msg["event"] == "submitted" and msg["filename"] == "trainee-07+check-1-foundations.zip"
    assert bytes(buffers[0]) == submission_file.build(check, A, "trainee-07")  # zip timestamps are per second
    names = zipfile.ZipFile(io.BytesIO(buffers[0])).namelist()
    assert names == list(submission_file.members("trainee-07", A))
    assert "Downloaded trainee-07+check-1-foundations.zip" in msg["text"] == button.last
    assert button.student_id == "trainee-07"


@pytest.mark.parametrize("student_id, says", [
    ("", "Type the trainee id your course provider gave you"),
    ("   ", "Type the trainee id your course provider gave you"),
    ("ann smith", "student id 'ann smith' is not allowed"),
    ("<b>x</b>", "is not allowed (use 1-64 letters, digits"),
    ("-x", "starting with a letter or digit"),
    (None, "Type the trainee id"),
    (42, "Type the trainee id"),
])
def test_a_bad_id_is_refused_with_a_message_and_nothing_sent(check, student_id, says):
    button = SubmitButton(A, check)
    [(msg, buffers)] = pressed(button, {"event": "submit", "student_id": student_id})
    assert msg["event"] == "refused" and buffers is None
    assert says in msg["text"] and msg["text"] == button.last
    assert button.student_id == ""


def test_no_notebook_in_the_folder_is_named(tmp_path):
    [(msg, _)] = pressed(SubmitButton(A, tmp_path), {"event": "submit", "student_id": "t1"})
    assert msg["event"] == "refused" and f"{A}.ipynb is not in" in msg["text"]


@pytest.mark.parametrize("content", [None, "submit", [], {"event": "export"}, {}])
def test_other_messages_are_ignored(check, content):
    assert pressed(SubmitButton(A, check), content) == []


def test_plain_text_view():
    from IPython.lib.pretty import pretty

    text = pretty(SubmitButton(A, "."))
    assert text.startswith(f"Submit {A}:") and "<id>+check-1-foundations.zip" in text


def test_on_a_server_nothing_changes(check, monkeypatch):
    monkeypatch.chdir(check)
    assert not web_submit.on_web() and web_submit.web_panel(A, check) is None
    quiz = Assessment(A, check)
    assert not any(isinstance(c, SubmitButton) for c in quiz.rationale("rationale-1", "Your written rationale").widget.children)
    assert EvaluationForm("course-evaluation", check).submit_panel is None


def test_in_the_browser_the_last_item_ends_with_submit(check, monkeypatch):
    monkeypatch.setattr(sys, "platform", "emscripten")
    quiz = Assessment(A, check)
    assert quiz.last_item == "rationale-1"  # check-1's notebook: q1, q2, then the rationale box
    first = quiz.item("q1", "Item 1", "A case.")
    last = quiz.rationale("rationale-1", "Your written rationale")
    assert not any(isinstance(c, SubmitButton) for c in first.widget.children)
    [panel] = [c for c in last.widget.children if isinstance(c, SubmitButton)]
    assert last.submit_panel is panel
    last.box.value = "Item 1's help replaces skills; item 2's help flows both ways."
    last.button.click()  # the rationale's own Save still saves (the panel takes no name of its own)
    assert AnswerStore(A, check).latest("rationale-1").reason.startswith("Item 1's help")
    assert panel.assignment == A and panel.folder == str(check)
    [(msg, buffers)] = pressed(panel, {"event": "submit", "student_id": "t1"})
    assert msg["event"] == "submitted" and bytes(buffers[0]) == submission_file.build(check, A, "t1")


def test_in_the_browser_the_last_item_of_a_test_without_rationale(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "emscripten")
    shutil.copy(REPO / "source" / "pre-test" / "pre-test.ipynb", tmp_path / "pre-test.ipynb")
    quiz = Assessment("pre-test", tmp_path)
    assert quiz.last_item == "q10"
    assert any(isinstance(c, SubmitButton) for c in quiz.item("q10", "Item 10", "A case.").widget.children)


def test_in_the_browser_an_unreadable_notebook_shows_no_submit(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "emscripten")
    (tmp_path / f"{A}.ipynb").write_text("{not json")
    quiz = Assessment(A, tmp_path)
    assert quiz.last_item is None
    assert not any(isinstance(c, SubmitButton) for c in quiz.item("q1", "Item 1", "A case.").widget.children)


def test_in_the_browser_the_evaluation_ends_with_submit(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "emscripten")
    (tmp_path / "course-evaluation.ipynb").write_text(json.dumps({"cells": []}))
    form = EvaluationForm("course-evaluation", tmp_path)
    assert form.widget.children[-1] is form.submit_panel and form.submit_panel.assignment == "course-evaluation"
    [(msg, _)] = pressed(form.submit_panel, {"event": "submit", "student_id": "t1"})
    assert msg["filename"] == "t1+course-evaluation.zip"


def test_submit_names_every_item_not_ready_as_validate_would(check, monkeypatch):
    """No Validate button on the web: Submit still downloads, and says which items are not ready."""
    monkeypatch.setattr(sys, "platform", "emscripten")
    quiz = Assessment(A, check)
    assert quiz.listed == [("item", "q1"), ("item", "q2"), ("rationale", "rationale-1")]
    quiz.item("q1", "Item 1", "A case.")
    quiz.item("q2", "Item 2", "A case.")
    last = quiz.rationale("rationale-1", "Your written rationale")
    [(msg, buffers)] = pressed(last.submit_panel, {"event": "submit", "student_id": "t1"})
    assert msg["event"] == "submitted" and buffers  # handed in as it stands, if the trainee wants
    assert "Not ready in this file (2): Item q2: not answered yet; answer it and press Save answer." in msg["text"]
    assert "Written rationale rationale-1: not written yet; type it in its box and press Save rationale." in msg["text"]
    assert "q1" not in msg["text"].split("Not ready")[1]

    AnswerStore(A, check).record("q2", Answer(label=Label.CODEPENDENT), mode="assessment")
    last.box.value = "Item 1's help replaces skills; item 2's help flows both ways."  # typed, not saved
    [(msg, _)] = pressed(last.submit_panel, {"event": "submit", "student_id": "t1"})
    assert "Not ready in this file (1): Written rationale rationale-1: your changes are not saved yet" in msg["text"]

    last.button.click()
    [(msg, _)] = pressed(last.submit_panel, {"event": "submit", "student_id": "t1"})
    assert msg["event"] == "submitted" and "Not ready" not in msg["text"]
