"""The whole nbgrader cycle on a temporary exchange, for three simulated trainees.

generate -> release -> fetch -> (answer through the widget) -> submit -> collect ->
autograde -> hand-grade the written rationale -> feedback -> export, asserting exact
scores; plus: nbgrader validate passes on the instructor notebook with the key's answers,
the released notebook runs clean for a trainee who answered nothing, and no key,
solution or text twin reaches release/.
"""

from __future__ import annotations

import csv
import html
import shutil

import nbformat
import pytest
from conftest import REPO, make_course
from test_browser import axe_js, chromium  # noqa: F401  (fixtures: the feedback page's axe scan)
from nbclient import NotebookClient
from nbgrader.api import Gradebook

from codependency_course.instructor.course import Trainee
from codependency_course.instructor.keys import (
    BEGIN,
    items_from_notebook,
    write_reference_answers,
)
from codependency_course.trainee.assessment import Assessment

pytestmark = pytest.mark.grading
A = "check-1-foundations"


@pytest.fixture(scope="module")
def course(tmp_path_factory, repo):
    c = make_course(tmp_path_factory.mktemp("course"))
    c.generate(A)
    c.release(A)
    return c


def _answer(folder, plan):
    """Answer items as a trainee would: set the widget's controls and press Save."""
    quiz = Assessment(A, folder)
    for item in items_from_notebook_source():
        choice = plan(item)
        if choice is None:
            continue
        label, dims = choice
        ex = quiz.item(item.item_id, "t", "x")
        ex.label.value = label
        for k, pole in dims.items():
            ex.dimensions[k].value = pole
        ex.button.click()


def items_from_notebook_source():
    return items_from_notebook(REPO / "source" / A / f"{A}.ipynb")


def _write_rationale(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "rationale-1":
            cell.source = "In item 1 the help replaces skills; in item 2 help runs both ways and everyone can say no."
    nbformat.write(nb, path)


PLANS = {
    "all-correct": lambda it: (it.key.label, dict(it.key.dimensions)),
    "half-correct": lambda it: (it.key.label, {}),  # right labels, no evidence: half of every item
    "nothing": lambda it: None,
}


@pytest.fixture(scope="module")
def graded(course, tmp_path_factory):
    homes = tmp_path_factory.mktemp("trainees")
    for sid, plan in PLANS.items():
        t = Trainee(course, sid, homes / sid)
        folder = t.fetch(A)
        _answer(folder, plan)
        if sid == "all-correct":
            _write_rationale(folder / f"{A}.ipynb")
        if sid == "nothing":  # the released notebook must run clean for a trainee who answered nothing
            nb = nbformat.read(folder / f"{A}.ipynb", as_version=4)
            NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}).execute()
            errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error" or o.get("name") == "stderr"]
            assert not errors, errors
        t.submit(A)
    course.collect(A)
    course.autograde(A)
    return course


def _scores(course):
    with Gradebook(course.db_url()) as gb:
        return {s: (gb.find_submission(A, s).code_score, gb.find_submission(A, s).max_code_score) for s in PLANS}


def test_autograde_gives_exact_partial_credit(graded):
    items = items_from_notebook_source()
    top = sum(i.points for i in items)
    scores = _scores(graded)
    assert scores["all-correct"] == (top, top)
    assert scores["half-correct"] == (top / 2, top)
    assert scores["nothing"] == (0.0, top)


def test_hand_grading_feedback_and_export(graded, tmp_path):
    with Gradebook(graded.db_url()) as gb:
        grade = gb.find_grade("rationale-1", A, A, "all-correct")
        assert grade.max_score == 3 and grade.needs_manual_grade
        grade.manual_score = 2.5
        gb.db.commit()
    graded.feedback(A)
    html = (graded.root / "feedback" / "all-correct" / A / f"{A}.html").read_text()
    assert "Teaching point:" in html and "Classification: ✓ correct" in html
    rows = {r["student_id"]: r for r in csv.DictReader(open(graded.export(tmp_path / "grades.csv")))}
    top = sum(i.points for i in items_from_notebook_source())
    assert float(rows["all-correct"]["score"]) == top + 2.5
    assert float(rows["half-correct"]["score"]) == top / 2
    assert float(rows["nothing"]["score"]) == 0.0
    assert float(rows["nothing"]["max_score"]) == top + 3


def test_instructor_notebook_validates_with_the_key(course, tmp_path, repo):
    work = tmp_path / A
    work.mkdir()
    shutil.copy(repo / "source" / A / f"{A}.ipynb", work)
    write_reference_answers(work / f"{A}.ipynb", work)
    proc = course.run("validate", str(work / f"{A}.ipynb"), cwd=work)
    assert "Success! Your notebook passes all the tests." in proc.stdout + proc.stderr


def test_release_holds_no_key_no_solution_no_twin(course, repo):
    released = course.root / "release" / A
    files = sorted(p.name for p in released.iterdir())
    assert files == [f"{A}.ipynb"], files
    text = (released / f"{A}.ipynb").read_text()
    src = nbformat.read(repo / "source" / A / f"{A}.ipynb", as_version=4)
    secret = []
    for cell in src.cells:
        s = cell.source
        for begin, end in ((BEGIN, "### END HIDDEN TESTS"), ("### BEGIN SOLUTION", "### END SOLUTION")):
            if begin in s:
                block = s.split(begin, 1)[1].split(end, 1)[0]
                secret += [ln.strip() for ln in block.splitlines() if len(ln.strip()) > 12]
    assert secret, "the source notebook should have hidden tests and a mark scheme"
    leaked = [ln for ln in secret if ln in text]
    assert not leaked, leaked
    for word in ("grade_item", "Mark scheme", "BEGIN HIDDEN"):
        assert word not in text
    exchange = list((course.exchange / "codependency-course" / "outbound" / A).iterdir())
    assert [p.name for p in exchange] == [f"{A}.ipynb"]


# graded assignments (the zero-point course evaluation has no key: tests/test_evaluation.py covers it)
ASSIGNMENTS = sorted(p.name for p in (REPO / "source").iterdir()
                     if (p / f"{p.name}.ipynb").exists() and "grade_item" in (p / f"{p.name}.ipynb").read_text())


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_assignment_validates_releases_clean_and_runs_unanswered(course, tmp_path, assignment):
    # the instructor notebook passes `nbgrader validate` when answered with its own key
    work = tmp_path / "validate" / assignment
    work.mkdir(parents=True)
    shutil.copy(REPO / "source" / assignment / f"{assignment}.ipynb", work)
    write_reference_answers(work / f"{assignment}.ipynb", work)
    proc = course.run("validate", str(work / f"{assignment}.ipynb"), cwd=work)
    assert "Success! Your notebook passes all the tests." in proc.stdout + proc.stderr
    # the student version holds no key and runs top to bottom for a trainee who answered nothing
    course.generate(assignment)
    released = course.root / "release" / assignment
    assert sorted(p.name for p in released.iterdir()) == [f"{assignment}.ipynb"]
    text = (released / f"{assignment}.ipynb").read_text()
    assert "grade_item" not in text and "BEGIN HIDDEN" not in text and "BEGIN SOLUTION" not in text
    fresh = tmp_path / "trainee" / assignment
    shutil.copytree(released, fresh)
    nb = nbformat.read(fresh / f"{assignment}.ipynb", as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(fresh)}}).execute()
    bad = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error" or o.get("name") == "stderr"]
    assert not bad, bad
    # each item's exercise is its one status line: the check cells print nothing beside it
    stdout = "".join(o["text"] for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.get("name") == "stdout")
    n_items = sum("check_answered(" in c.source for c in nb.cells)
    assert n_items and not stdout.strip(), stdout
    # the check reads like a paper test: every code cell's source is hidden
    assert all(c.metadata.get("jupyter", {}).get("source_hidden") for c in nb.cells if c.cell_type == "code")


def test_validate_names_what_is_missing_and_passes_a_complete_check(course, tmp_path):
    course.generate(A)
    folder = tmp_path / A
    shutil.copytree(course.root / "release" / A, folder)
    nb_path = str(folder / f"{A}.ipynb")

    def validate() -> str:
        proc = course.run("validate", nb_path, check=False)  # the course config, as the trainee view has
        return proc.stdout

    quiz = Assessment(A, folder)
    out = validate()  # nothing answered
    assert "Success!" not in out and "Item q1: not answered yet" in out and "Item q2: not answered yet" in out
    assert "Written rationale rationale-1: not written yet" in out
    _answer(folder, PLANS["all-correct"])
    box = quiz.rationale("rationale-1", "Your written rationale")
    box.box.value = "Item 1's help replaces skills; in Item 2 the help runs both ways."
    out = validate()  # the rationale typed but not saved
    assert "Success!" not in out and "Written rationale rationale-1: your changes are not saved yet" in out
    assert "Item q1" not in out and "Item q2" not in out
    box.button.click()
    ex = quiz.item("q2", "t", "x")
    ex.label.value = None  # one item changed on screen and not saved
    out = validate()
    assert "Success!" not in out and "Item q2: your changes are not saved yet" in out and "Item q1" not in out
    ex.label.value = ex.store.latest("q2").label  # back to what is saved
    out = validate()
    assert "Success! Your notebook passes all the tests." in out, out


def test_feedback_page_reads_like_a_marked_paper(graded, repo, report_figure, tmp_path_factory):
    """The course template (feedback_page.py): every item's case, the answer, the points and the
    explained key are there; no code cell, no `In [` prompt, no line of a hidden test."""
    with Gradebook(graded.db_url()) as gb:
        grade = gb.find_grade("rationale-1", A, A, "all-correct")
        grade.manual_score = 2.5
        comment = gb.find_comment("rationale-1", A, A, "all-correct")
        comment.manual_comment = "Clear reasoning about **reciprocity**."
        gb.db.commit()
    graded.feedback(A)
    page = (graded.root / "feedback" / "all-correct" / A / f"{A}.html").read_text()
    shutil.copy(graded.root / "feedback" / "all-correct" / A / f"{A}.html", tmp_path_factory.getbasetemp() / "feedback-page.html")
    print(f"\nfeedback page for review: {tmp_path_factory.getbasetemp() / 'feedback-page.html'}")
    items = items_from_notebook_source()
    src = nbformat.read(repo / "source" / A / f"{A}.ipynb", as_version=4)
    from codependency_course.instructor.feedback_page import item_case

    cases = [item_case(c.source) for c in src.cells if c.cell_type == "code" and item_case(c.source)]
    assert len(cases) == len(items)
    for title, text in cases:
        assert html.escape(title) in page, title
        assert html.escape(text.split("\n")[0].strip(), quote=False) in page.replace("&#x27;", "'"), title
    assert page.count("Result: ") == len(items)
    assert "Teaching point:" in page and "Classification: ✓ correct" in page  # the explained key and the answer
    assert "Your written answer" in page and "Grader&#39;s comment" in page or "Grader's comment" in page
    assert "<strong>reciprocity</strong>" in page
    code_cells = page.count('class="cell border-box-sizing code_cell')
    prompts = page.count("In&nbsp;[") + page.count("In [")
    hidden = [line.strip() for c in src.cells for line in c.source.split("\n")
              if line.strip() and c.metadata.get("nbgrader", {}).get("grade") and c.cell_type == "code"
              and "BEGIN HIDDEN TESTS" in c.source
              and c.source.index(line) > c.source.index("BEGIN HIDDEN TESTS")
              and line.strip() not in ("### END HIDDEN TESTS", ")", "},", "{", "}")]
    leaked = [line for line in hidden if html.escape(line) in page]
    line = (f"feedback page: {len(cases)} cases, {page.count('Result: ')} results with points, "
            f"{code_cells} code cells, {prompts} `In [` prompts, {len(leaked)} hidden-test lines")
    report_figure(line)
    print(line)
    assert code_cells == 0 and prompts == 0 and leaked == [], leaked
    assert "quiz.item" not in page and "check_answered" not in page and "grade_item" not in page


def test_axe_finds_no_wcag_violation_on_the_feedback_page(graded, chromium, axe_js, tmp_path_factory, report_figure):  # noqa: F811
    """axe-core's WCAG 2.1 A/AA rules over the feedback page a trainee opens (screenshot kept)."""
    from lab_harness import artifacts_dir, browser_page
    from test_browser import axe_scan

    page_file = graded.root / "feedback" / "all-correct" / A / f"{A}.html"
    if not page_file.exists():
        graded.feedback(A)
    shots = artifacts_dir(tmp_path_factory.mktemp("feedback-artifacts"))
    with browser_page(chromium) as page:
        page.goto(page_file.as_uri())
        result = axe_scan(page, axe_js, "html")
        page.screenshot(path=str(shots / "feedback-page.png"), full_page=True)
    line = (f"axe WCAG 2.1 A/AA on the feedback page: {len(result['violations'])} violations, "
            f"{result['passes']} rules passed (screenshot: {shots / 'feedback-page.png'})")
    report_figure(line)
    print(line)
    assert not result["violations"], result["violations"]
