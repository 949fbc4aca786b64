"""The course evaluation: objectives read from the lessons, widgets saved in the answer store, privacy screen."""

from __future__ import annotations

import shutil

import nbformat
from nbclient import NotebookClient

from codependency_course.answers import SUFFIX
from codependency_course.content import syllabus
from codependency_course.trainee.evaluation import (
    EvaluationForm,
    questions,
    read_response,
)


def test_packaged_syllabus_is_what_the_lessons_say(repo):
    lessons = syllabus.read_lessons(repo / "course")
    assert syllabus.load() == lessons, "run `codependency-course syllabus --write` after editing a lesson header"
    assert sum(len(x.objectives) for x in lessons) >= 30
    assert syllabus.total_minutes(lessons) == sum(x.minutes for x in lessons) > 0


def test_every_objective_is_asked_and_every_ce_question_is_there(repo):
    qs = questions(syllabus.read_lessons(repo / "course"))
    prompts = [q.prompt for q in qs]
    for x in syllabus.read_lessons(repo / "course"):
        for obj in x.objectives:
            assert obj in prompts
    ids = {q.id for q in qs}
    assert {"relevance", "quality", "time-estimate", "practice-change", "bias", "accessibility", "comments"} <= ids


def test_form_saves_restores_and_screens_free_text(tmp_path):
    f = EvaluationForm("course-evaluation", tmp_path)
    for q in f.questions:
        if q.kind == "choice":
            f.controls[q.id].value = q.options[0][1]
        elif q.kind == "scale":
            f.controls[q.id].value = 4
    f.controls["comments"].value = "Email me at someone@example.org"
    msg = f.save()
    assert "email address" in msg.text() and "Nothing was saved" in msg.text()
    assert not (tmp_path / f"course-evaluation{SUFFIX}").exists()
    f.controls["comments"].value = "Clear and practical."
    assert "Every required question is answered" in f.save().text()
    again = EvaluationForm("course-evaluation", tmp_path)  # a restart: everything comes back
    assert again.controls["relevance"].value == 4 and again.controls["comments"].value == "Clear and practical."
    r = read_response(tmp_path / f"course-evaluation{SUFFIX}")
    assert r.complete and r.values["comments"] == "Clear and practical."


def test_incomplete_and_unreadable_responses(tmp_path):
    f = EvaluationForm("course-evaluation", tmp_path)
    f.controls["relevance"].value = 5
    f.save()
    r = read_response(tmp_path / f"course-evaluation{SUFFIX}")
    assert not r.complete and len(r.missing) == sum(q.required for q in questions()) - 1
    (tmp_path / f"course-evaluation{SUFFIX}").write_text("{broken")
    bad = read_response(tmp_path / f"course-evaluation{SUFFIX}")
    assert not bad.complete and "not valid JSON" in bad.problems[0]


def test_released_evaluation_runs_clean_unanswered(repo, tmp_path):
    work = tmp_path / "course-evaluation"
    work.mkdir()
    shutil.copy(repo / "source" / "course-evaluation" / "course-evaluation.ipynb", work)
    nb = nbformat.read(work / "course-evaluation.ipynb", as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(work)}}).execute()
    outs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outs if o.output_type == "error" or o.get("name") == "stderr"]
    assert any("required question(s) still open" in o.get("data", {}).get("text/plain", "") for o in outs)
