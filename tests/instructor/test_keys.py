"""Two-tier keys through the graded path: a hidden grade_item(..., acceptable=...) is read back
by keys.py and scored by grade_item with the one rubric."""

from __future__ import annotations

import nbformat

from codependency_course.answers import Answer
from codependency_course.instructor.course import Course
from codependency_course.instructor.keys import items_from_notebook
from codependency_course.instructor.reports.item_analysis import analyse, render_html
from codependency_course.taxonomy import Label, Pole
from codependency_course.trainee.grading import grade_item
from codependency_course.trainee.store import AnswerStore

HIDDEN = '''check_answered("demo", "q1")
### BEGIN HIDDEN TESTS
grade_item(
    "demo", "q1", points=2, label="codependent_pattern",
    dimensions={"helping": "codependent"},
    acceptable={"security": "codependent"},
    rationales={"helping": "She does what he could learn.", "security": "Her dread of his anger may shape this."},
)
### END HIDDEN TESTS
'''


def _notebook(path):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell(HIDDEN)
    cell.metadata["nbgrader"] = {"grade": True, "grade_id": "q1-score", "points": 2}
    nb.cells.append(cell)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))
    return path


def test_keys_read_the_acceptable_tier_from_hidden_tests(tmp_path):
    (item,) = items_from_notebook(_notebook(tmp_path / "demo.ipynb"))
    assert item.key.dimensions == {"helping": Pole.CODEPENDENT}
    assert item.key.acceptable == {"security": Pole.CODEPENDENT}


def test_grade_item_gives_full_marks_with_or_without_acceptable_evidence(tmp_path, capsys):
    store = AnswerStore("demo", tmp_path)
    kw = dict(points=2, label="codependent_pattern", dimensions={"helping": "codependent"},
              acceptable={"security": "codependent"}, folder=tmp_path)
    store.record("q1", Answer(label=Label.CODEPENDENT, dimensions={"helping": Pole.CODEPENDENT}), mode="assessment")
    assert grade_item("demo", "q1", **kw) == 2.0
    store.record("q1", Answer(label=Label.CODEPENDENT, dimensions={"helping": Pole.CODEPENDENT,
                                                                  "security": Pole.CODEPENDENT}), mode="assessment")
    assert grade_item("demo", "q1", **kw) == 2.0
    out = capsys.readouterr().out
    assert "Also defensible: Security (codependent pole; you left it out" in out
    assert "Also defensible: Security (codependent pole; you marked it" in out
    store.record("q1", Answer(label=Label.CODEPENDENT, dimensions={"helping": Pole.CODEPENDENT,
                                                                  "security": Pole.HEALTHY}), mode="assessment")
    assert grade_item("demo", "q1", **kw) == 1.5


def test_item_analysis_shows_required_and_acceptable_evidence_apart(tmp_path):
    _notebook(tmp_path / "source" / "demo" / "demo.ipynb")
    course = Course(tmp_path / "grading", tmp_path / "exchange")
    marks = {  # helping is required (codependent); security acceptable (codependent)
        "s1": {"helping": Pole.CODEPENDENT, "security": Pole.CODEPENDENT},
        "s2": {"helping": Pole.CODEPENDENT},
        "s3": {"security": Pole.HEALTHY, "identity": Pole.CODEPENDENT},
        "s4": {"helping": Pole.HEALTHY},
    }
    for sid, dims in marks.items():
        AnswerStore("demo", course.root / "submitted" / sid / "demo").record(
            "q1", Answer(label=Label.CODEPENDENT, dimensions=dims), mode="assessment")
    a = analyse(course, "demo", students=list(marks))
    ev = a.evidence.set_index("dimension")
    req, ok, out = ev.loc["Helping vs enabling"], ev.loc["Security"], ev.loc["Identity"]
    assert (req["tier"], req["marked as keyed"], req["left out"], req["other pole"]) == ("required", 0.5, 0.25, 0.25)
    assert (ok["tier"], ok["marked as stated"], ok["left out"], ok["other pole"]) == ("acceptable", 0.25, 0.5, 0.25)
    assert (out["tier"], out["marked codependent"], out["answered"]) == ("outside the key", 0.25, 4)
    assert a.items.loc[0, "required evidence"] == "Helping vs enabling (codependent)"
    assert a.items.loc[0, "acceptable evidence"] == "Security (codependent)"
    # s1 and s2 earn full marks: marking acceptable evidence or leaving it out is free
    assert list(a.scores["q1"]) == [1.0, 1.0, 0.5, 0.5]
    html = render_html(a)
    for section in ("Evidence by item: required and acceptable", "Required evidence", "Acceptable evidence",
                    "Marked outside the key"):
        assert section in html, section
