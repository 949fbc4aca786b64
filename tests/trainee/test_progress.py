import json
import re
import subprocess
import sys
from datetime import datetime, timezone

from codependency_course.taxonomy import Label, Pole
from codependency_course.trainee import progress
from codependency_course.trainee.lesson import Lesson


def test_empty_folder_says_how_to_start(tmp_path):
    p = progress.collect(tmp_path)
    assert not p.cases and "No practice answers yet" in p.text() and "No practice answers yet" in p.html()


def _practise(tmp_path):
    ex = Lesson("01-dependence-is-human", tmp_path).practice("grocery-rota")
    ex.label.value = Label.CODEPENDENT
    ex.button.click()
    ex.label.value = Label.HEALTHY
    ex.dimensions["reciprocity"].value = Pole.HEALTHY
    ex.button.click()
    (tmp_path / "broken.answers.json").write_text("not json")
    return progress.collect(tmp_path)


def test_mastery_uses_the_latest_practice_attempt(tmp_path):
    p = _practise(tmp_path)
    (case,) = p.cases
    assert case.attempts == 2 and case.label_correct and case.title == "The grocery rota"
    assert case.lesson == "01 · Dependence is human"
    labels = {t.name: t for t in p.by_label}
    assert (labels["Healthy interdependence"].correct, labels["Healthy interdependence"].total) == (1, 1)
    dims = {t.name: t for t in p.by_dimension}
    assert dims["Reciprocity"].mastery == 1.0 and dims["Emotions"].mastery == 0.0
    assert dims["Helping vs enabling"].mastery is None  # acceptable evidence left out neither costs nor counts
    text = p.text()
    assert "Healthy interdependence: 100% (1 of 1)" in text and "broken.answers.json" in text
    assert "Codependent pattern: not practised yet" in text and "0 of 0" not in text


def test_page_is_readable_without_raw_ids_or_long_decimals(tmp_path):
    p = _practise(tmp_path)
    for shown in (p.text(), p.html()):
        assert "grocery-rota" not in shown and "01-dependence-is-human" not in shown
        assert not re.search(r"\d\.\d{3,}", shown), "a raw score such as 0.8333 is shown"
        assert "0% of 0" not in shown and "not practised yet" in shown
    html = p.html()
    assert html.count("<svg") == 2 and "var(--jp-ui-font-color0" in html and 'role="img"' in html
    assert "revisit lesson 02 · The nine dimensions, section 5. Emotions" in html
    assert ">The grocery rota</th>" in html


def test_no_pandas_or_matplotlib_needed(tmp_path):
    """JupyterLite (Pyodide) has neither: the page must render with both imports blocked."""
    _practise(tmp_path)
    code = ("import sys; sys.modules['pandas'] = None; sys.modules['matplotlib'] = None\n"
            "from codependency_course.trainee import progress\n"
            f"p = progress.collect({str(tmp_path)!r}); print(p.text()); p.html()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "Healthy interdependence: 100% (1 of 1)" in out.stdout


def test_answers_saved_under_a_former_case_id_still_count(tmp_path):
    """'devotion-or-control' was renamed 'the-most-devoted-husband': nothing saved is lost."""
    at = datetime(2026, 1, 5, 10, 0, tzinfo=timezone.utc).isoformat()
    doc = {"schema_version": 1, "notebook": "05-what-it-is-not", "items": {"devotion-or-control": {"attempts": [
        {"label": "other_concern_first", "dimensions": {}, "confidence": None, "reason": "", "at": at, "mode": "practice", "score": 0.5}
    ]}}}
    (tmp_path / "05-what-it-is-not.answers.json").write_text(json.dumps(doc))
    p = progress.collect(tmp_path)
    assert [c.title for c in p.cases] == ["The most devoted husband"] and p.cases[0].label_correct
    ex = Lesson("05-what-it-is-not", tmp_path).practice("the-most-devoted-husband")
    assert ex.label.value is Label.OTHER_CONCERN and "attempt 1" in ex.live.text
