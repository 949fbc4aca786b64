import matplotlib

matplotlib.use("Agg")

from codependency_course import progress  # noqa: E402
from codependency_course.lesson import Lesson  # noqa: E402
from codependency_course.taxonomy import Label, Pole  # noqa: E402


def test_empty_folder_says_how_to_start(tmp_path):
    p = progress.collect(tmp_path)
    assert p.attempts.empty and "No practice answers yet" in p.text()


def test_mastery_uses_the_latest_practice_attempt(tmp_path):
    ex = Lesson("01-x", tmp_path).practice("grocery-rota")
    ex.label.value = Label.CODEPENDENT
    ex.button.click()
    ex.label.value = Label.HEALTHY
    ex.dimensions["reciprocity"].value = Pole.HEALTHY
    ex.button.click()
    (tmp_path / "broken.answers.json").write_text("not json")
    p = progress.collect(tmp_path)
    assert p.attempts.loc[0, "attempts"] == 2 and bool(p.attempts.loc[0, "label_correct"])
    assert p.by_label.loc["Healthy interdependence", "correct"] == 1
    assert p.by_dimension.loc["Reciprocity", "mastery"] == 1.0
    assert p.by_dimension.loc["Helping vs enabling", "mastery"] == 0.0
    text = p.text()
    assert "Healthy interdependence: 1 of 1" in text and "broken.answers.json" in text
    fig = progress.plot(p)
    assert len(fig.axes) == 2
