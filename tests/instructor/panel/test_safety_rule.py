"""The safety rule for evidence is stated, in its one sentence, wherever a rater or trainee
reads the dimensions: the raters' criteria, lessons 02 and 05, and the feedback of every
safety item, practice and graded alike."""

from __future__ import annotations

import re

import pytest

from codependency_course import content
from codependency_course.answers import Answer
from codependency_course.instructor.keys import items_from_notebook
from codependency_course.instructor.panel.export import criteria_md
from codependency_course.rubric import SAFETY_EVIDENCE
from codependency_course.taxonomy import Concern, Label, Pole
from codependency_course.trainee.grading import item_text
from codependency_course.trainee.lesson import explain

ANSWERS = {
    "right label, nothing marked": Answer(label=Label.OTHER_CONCERN),
    "right label, fear marked": Answer(label=Label.OTHER_CONCERN, dimensions={"security": Pole.CODEPENDENT}),
    "called codependent": Answer(label=Label.CODEPENDENT, dimensions={"security": Pole.CODEPENDENT}),
}


def _flat(s: str) -> str:
    return " ".join(s.split())


def _markdown_of(py: str) -> str:
    """A py:percent lesson's text with comment and quote markers removed."""
    return _flat(re.sub(r"(?m)^#\s?(>\s?)*", "", py))


def test_the_raters_criteria_state_the_rule():
    assert _flat(SAFETY_EVIDENCE) in _flat(criteria_md())


@pytest.mark.parametrize("lesson", ["02-the-nine-dimensions", "05-what-it-is-not"])
def test_lessons_02_and_05_state_the_rule(repo, lesson):
    assert _flat(SAFETY_EVIDENCE) in _markdown_of((repo / "course" / f"{lesson}.py").read_text(encoding="utf-8"))


def test_practice_feedback_of_every_safety_case_states_the_rule():
    cases = [v for v in content.load_bank().values() if v.concern is Concern.SAFETY]
    assert len(cases) >= 8
    for v in cases:
        for what, answer in ANSWERS.items():
            assert SAFETY_EVIDENCE in explain(v, answer).text(), f"{v.id}, {what}"


def test_graded_feedback_of_every_safety_item_states_the_rule(repo):
    items = [it for nb in sorted((repo / "source").glob("*/*.ipynb")) for it in items_from_notebook(nb)
             if it.key.concern is Concern.SAFETY]
    assert len(items) >= 3
    for it in items:
        k = it.key
        for what, answer in ANSWERS.items():
            text, _ = item_text(it.item_id, answer, points=2, label=k.label.value, concern=k.concern.value,
                                dimensions={d: p.value for d, p in k.dimensions.items()},
                                acceptable={d: p.value for d, p in k.acceptable.items()})
            assert SAFETY_EVIDENCE in text, f"{it.assignment}/{it.item_id}, {what}"
