"""The exercise driven without a front end: set .value, press .click()."""

import pytest
from conftest import REPO

from codependency_course.taxonomy import Label, Pole
from codependency_course.trainee.assessment import Assessment
from codependency_course.trainee.lesson import Lesson


@pytest.fixture
def lesson(tmp_path):
    return Lesson("test-lesson", tmp_path)


def test_controls_are_labelled_and_label_text_is_full(lesson):
    ex = lesson.practice("grocery-rota")
    assert [o[0] for o in ex.label.options] == ["Healthy interdependence", "Codependent pattern", "Another concern comes first"]
    assert ex.label.description and ex.confidence.description and ex.reason.description
    assert all(c.description.endswith(":") for c in ex.dimensions.values())
    assert ex.button.description == "Check answer"
    assert ex.confidence.label == "Not rated" and ex.answer().confidence is None  # visible, not blank


def test_practice_check_gives_explained_feedback_and_saves(lesson):
    ex = lesson.practice("grocery-rota")
    ex.label.value = Label.HEALTHY
    ex.dimensions["reciprocity"].value = Pole.HEALTHY
    ex.button.click()
    text = ex.live.text
    assert text.startswith("Attempt 1. Score:")
    assert "Classification: ✓ correct" in text and "✗ missed: Emotions" in text
    assert "Also defensible: Helping vs enabling" in text  # acceptable evidence left out: free
    assert "Teaching point:" in text and "<" not in text
    assert "<ul>" in ex.live.html and "id=" not in ex.live.html
    assert lesson.store.latest("grocery-rota").score == pytest.approx(0.5 + 0.5 / 2)  # 1 of 2 required


def test_retry_counts_attempts_and_restore_after_restart(lesson, tmp_path):
    ex = lesson.practice("grocery-rota")
    ex.label.value = Label.CODEPENDENT
    ex.button.click()
    ex.label.value = Label.HEALTHY
    ex.confidence.value = 4
    ex.button.click()
    assert ex.live.text.startswith("Attempt 2.")
    again = Lesson("test-lesson", tmp_path).practice("grocery-rota")  # re-run after a kernel restart
    assert again.label.value is Label.HEALTHY and again.confidence.value == 4
    assert "Restored your answer" in again.live.text and "attempt 2" in again.live.text


def test_empty_answer_is_not_saved(lesson):
    ex = lesson.practice("grocery-rota")
    shown = ex.submit()
    assert "nothing was saved" in str(shown)
    assert lesson.store.latest("grocery-rota") is None


def test_identifier_warning_blocks_saving_until_confirmed(lesson):
    ex = lesson.practice("grocery-rota")
    ex.label.value = Label.HEALTHY
    ex.reason.value = "Client seen 03/04/1987, phone 555-201-3344"
    ex.button.click()
    assert "a phone number" in ex.live.text and "Nothing was saved" in ex.live.text
    assert ex.confirm.layout.display == "flex"
    assert lesson.store.latest("grocery-rota") is None
    ex.confirm.value = True
    ex.button.click()
    assert lesson.store.latest("grocery-rota").reason.startswith("Client seen")
    ex.reason.value = "edited 555-201-3344"  # editing the text asks again
    assert ex.confirm.value is False


def test_assessment_saves_without_a_key(tmp_path):
    quiz = Assessment("check-x", tmp_path)
    ex = quiz.item("q1", "Item 1", "Some case text.")
    assert ex.checker is None and ex.button.description == "Save answer"
    ex.label.value = Label.OTHER_CONCERN
    ex.dimensions["security"].value = Pole.CODEPENDENT
    ex.button.click()
    assert ex.live.text.startswith("Done: Saved: Another concern comes first; 1 of 9 dimensions marked.")
    assert "correct" not in ex.live.text
    restored = Assessment("check-x", tmp_path).item("q1", "Item 1", "Some case text.")
    assert restored.dimensions["security"].value is Pole.CODEPENDENT
    assert "Restored your saved answer" in restored.live.text


def test_modes_refuse_the_wrong_checker(tmp_path):
    from codependency_course.trainee.store import AnswerStore
    from codependency_course.trainee.widget import Exercise, ItemSpec

    spec = ItemSpec("i", "t", "x")
    with pytest.raises(ValueError, match="must not hold a key"):
        Exercise(spec, AnswerStore("s", tmp_path), mode="assessment", checker=lambda a, n: None)
    with pytest.raises(ValueError, match="needs a checker"):
        Exercise(spec, AnswerStore("s", tmp_path), mode="practice")


def test_plain_text_reprs(lesson):
    ex = lesson.practice("grocery-rota")
    bundle = ex._repr_mimebundle_()
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    assert data["text/plain"].startswith("The grocery rota") and "Classify the case" in data["text/plain"]
    wx = lesson.worked_example("grocery-rota")
    assert "Worked analysis:" in str(wx) and "<" not in str(wx) and "<h4>Worked analysis</h4>" in wx._repr_html_()


def test_an_over_long_reason_is_refused_with_a_message(lesson):
    ex = lesson.practice("grocery-rota")
    ex.label.value = Label.HEALTHY
    ex.reason.value = "word " * 1000
    ex.button.click()
    assert "could not be saved (reason: String should have at most 4000 characters)" in ex.live.text
    assert lesson.store.latest("grocery-rota") is None


def test_a_restore_is_not_an_attempt(lesson, tmp_path):
    ex = lesson.practice("grocery-rota")
    ex.label.value = Label.HEALTHY
    ex.button.click()
    again = Lesson("test-lesson", tmp_path).practice("grocery-rota")  # reopened, restored
    again.button.click()  # "Press Check answer to see the feedback again"
    again.button.click()
    assert again.live.text.startswith("Attempt 1. Score:")
    assert len(lesson.store.attempts("grocery-rota")) == 1
    again.dimensions["reciprocity"].value = Pole.HEALTHY  # a changed answer is a new attempt
    again.button.click()
    assert again.live.text.startswith("Attempt 2.") and len(lesson.store.attempts("grocery-rota")) == 2


def test_case_ids_in_lessons_do_not_name_the_answer():
    import re

    from codependency_course.content import RENAMED

    course = REPO / "course"
    used = {m for p in course.glob("*.py") for m in re.findall(r'\.(?:practice|case)\("([^"]+)"\)', p.read_text())}
    assert used and not used & set(RENAMED), "a lesson still uses a former (answer-revealing) case id"
    from codependency_course import content

    def slug(title):
        return re.sub(r"[^a-z0-9]+", "-", title.lower().replace("'", "")).strip("-")

    telling = ("control", "abuse", "coerc", "enabl", "rescuer", "tracked", "threat", "indispensable", "codependen", "healthy")
    # an id may say what the case's own title says (the trainee reads that anyway), nothing more
    assert not [u for u in used if any(w in u for w in telling) and u != slug(content.get(u).title)]


def test_safety_feedback_never_calls_fear_driven_behaviour_codependent(lesson):
    from codependency_course.trainee.feedback import SAFETY_EVIDENCE

    ex = lesson.practice("the-most-devoted-husband")
    ex.label.value = Label.OTHER_CONCERN
    ex.button.click()
    assert "Score: 100% of this item" in ex.live.text  # panel policy: a safety key holds no codependent evidence
    ex.dimensions["security"].value = Pole.CODEPENDENT  # marking her watchfulness codependent is an over-call
    ex.button.click()
    dims = [line for line in ex.live.text.splitlines() if line.startswith("  - ")]
    assert dims and not [line for line in dims if "codependent pole" in line.lower()]
    assert SAFETY_EVIDENCE in ex.live.text and any("safety rule above" in line for line in dims)
