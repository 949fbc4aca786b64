"""Two-tier keys through the graded path: a hidden grade_item(..., acceptable=...) is read back
by keys.py and scored by grade_item with the one rubric."""

from __future__ import annotations

import nbformat

from codependency_course.grading import grade_item
from codependency_course.keys import items_from_notebook
from codependency_course.store import Answer, AnswerStore
from codependency_course.taxonomy import Label, Pole

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


def test_keys_read_the_acceptable_tier_from_hidden_tests(tmp_path):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell(HIDDEN)
    cell.metadata["nbgrader"] = {"grade": True, "grade_id": "q1-score", "points": 2}
    nb.cells.append(cell)
    path = tmp_path / "demo.ipynb"
    nbformat.write(nb, str(path))
    (item,) = items_from_notebook(path)
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
