"""A graded check's items and rationale box: the status line follows the save, and Validate
(``NBGRADER_EXECUTION=validate``) names what is not answered or not saved."""

import pytest

from codependency_course.answers import Answer
from codependency_course.taxonomy import Label, Pole
from codependency_course.trainee.assessment import Assessment
from codependency_course.trainee.grading import NotReady, check_answered, unsaved_items

A = "check-x"


@pytest.fixture
def quiz(tmp_path, monkeypatch):
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    return Assessment(A, tmp_path)


def test_item_status_line_follows_the_save_and_check_cell_prints_nothing_beside_it(quiz, tmp_path, capsys):
    ex = quiz.item("q1", "Item 1", "A case.")
    assert ex.live.text.startswith("Not saved yet")
    assert ex.label.value is None and all(c.value == Pole.NONE for c in ex.dimensions.values())  # the one start state
    check_answered(A, "q1", tmp_path)
    assert capsys.readouterr().out == ""  # the exercise above is the item's one status line
    ex.label.value = Label.CODEPENDENT
    assert "Changes not saved yet" in ex.live.text and unsaved_items(A, tmp_path) == {"q1"}
    ex.button.click()
    assert "Saved: Codependent pattern" in ex.live.text and unsaved_items(A, tmp_path) == set()
    ex.label.value = Label.HEALTHY
    ex.label.value = Label.CODEPENDENT  # back to what is saved
    assert unsaved_items(A, tmp_path) == set() and "Saved: Codependent pattern" in ex.live.text


def test_validate_names_unanswered_and_unsaved_items(quiz, tmp_path, monkeypatch):
    ex = quiz.item("q1", "Item 1", "A case.")
    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")
    with pytest.raises(NotReady, match="Item q1: not answered yet"):
        check_answered(A, "q1", tmp_path)
    monkeypatch.delenv("NBGRADER_EXECUTION")
    ex.label.value = Label.HEALTHY
    ex.button.click()
    ex.dimensions["reciprocity"].value = Pole.HEALTHY
    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")
    with pytest.raises(NotReady, match="Item q1: your changes are not saved yet"):
        check_answered(A, "q1", tmp_path)
    Assessment(A, tmp_path).item("q1", "Item 1", "A case.")  # Validate's own run keeps the trainee's marks
    assert unsaved_items(A, tmp_path) == {"q1"}


def test_rationale_box_saves_text_for_grading_and_asks_before_identifiers(quiz, tmp_path):
    box = quiz.rationale("rationale-1", "Your written rationale")
    assert box.box.description == "Your written rationale:" and box.live.text.startswith("Not saved yet")
    box.button.click()
    assert "nothing was saved" in box.live.text
    box.box.value = "Call me on 555-123-4567 about Ines."
    assert unsaved_items(A, tmp_path) == {"rationale-1"}
    box.button.click()
    assert "Nothing was saved" in box.live.text and quiz.store.latest("rationale-1") is None
    box.box.value = "Ines's help replaces Rui's skills; Kwame's family help runs both ways."
    box.button.click()
    assert quiz.store.latest("rationale-1").answer() == Answer(reason=box.box.value)
    assert unsaved_items(A, tmp_path) == set() and "Saved your rationale (11 words)" in box.live.text
    again = Assessment(A, tmp_path).rationale("rationale-1", "Your written rationale")
    assert again.box.value == box.box.value and again.live.text.startswith("Restored your saved rationale")
