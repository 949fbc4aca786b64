"""A trainee takes a graded check the way the course tells them to, in real JupyterLab and
Chromium: Assignment List ▸ Fetch, open the notebook from the file browser, answer with the
widgets (Validate first names the item and rationale still missing), type the rationale in
its text box (no cell can be added by keyboard), Validate, Submit. The instructor releases, collects and grades
with ``codependency-course``, hand-grades the rationale in nbgrader's formgrader in the
browser, and releases feedback; the trainee fetches it and reads the explained key.

Required when CI=true (like every browser test); skips without Chromium elsewhere.
"""

from __future__ import annotations

import json
import time

import pytest
from journey_harness import course_cli, formgrader_server, instructor_course, log_in
from lab_harness import PREPARED_JS, browser_page, lab_server, run_command, wait_kernel_idle
from test_browser import chromium  # noqa: F401 (the fixture: Chromium or a clear skip/fail)

pytestmark = [pytest.mark.browser, pytest.mark.grading]
A = "check-1-foundations"
RATIONALE = ("In Item 1 Ines's help replaces skills Rui could learn and overrides his wish to manage "
             "(helping vs enabling), and care runs one way; in Item 2 care flows both ways (reciprocity) "
             "and Kwame can say no to babysitting (boundaries). Closeness itself is not the problem.")
# q1 fully right (2 of 2); q2 right label, 1 of the 4 shown dimensions marked (1 + 1/4 = 1.25 of 2);
# the rationale hand-graded 2 of 3.
EXPECTED = {"q1-score": 2.0, "q2-score": 1.25, "rationale-1": 2.0}


def choose(exercise, group: str, option: str) -> None:
    """Click ``option`` in the radio group labelled ``group`` inside one exercise widget."""
    box = exercise.locator(".widget-radio").filter(has=exercise.page.locator(".widget-label", has_text=group))
    box.locator("label", has_text=option).click()


def first_exercises(page):
    """The check's two item widgets, once drawn."""
    page.wait_for_selector(".cc-exercise >> text=Save answer", timeout=60_000)
    exercises = page.locator(".cc-exercise:has([role=radiogroup])")
    return exercises.nth(0), exercises.nth(1)


def answer_item_1(q1) -> None:
    """Item 1 fully right (the label and its four dimensions), saved."""
    choose(q1, "Classification:", "Codependent pattern")
    for group in ("Helping vs enabling:", "Authenticity:", "Self-worth:", "Accountability:"):
        choose(q1, group, "Codependent pole")
    q1.locator("button", has_text="Save answer").click()


def validate(page) -> str:
    """Press Validate on the notebook toolbar; the dialog's text (the dialog is closed)."""
    page.locator(".jp-NotebookPanel-toolbar").get_by_text("Validate").click()
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=90_000)
    page.wait_for_function("() => /Success|fail|error/i.test(document.querySelector('.jp-Dialog').textContent)", timeout=90_000)
    text = dialog.inner_text()
    dialog.locator("button").last.click()
    dialog.wait_for(state="detached", timeout=15_000)
    return text


def grades(course_root) -> dict[str, float]:
    """The gradebook's final score per grade cell of check-1 (the journey has one trainee)."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course_root / 'gradebook.db'}") as gb:
        [submission] = gb.assignment_submissions(A)
        return {g.name: g.score for g in gb.find_submission_notebook(A, A, submission.student.id).grades}


def test_trainee_completes_check_1_from_the_assignment_list_and_reads_feedback(chromium, tmp_path):  # noqa: F811
    course = instructor_course(tmp_path)
    exchange = tmp_path / "exchange"  # lab_server's exchange: instructor and trainee share it
    root = tmp_path / "lab-root"
    assert "Released check-1-foundations" in course_cli(course, exchange, "release", A)

    with lab_server([], tmp_path, root=root, extra_env={"CODEPENDENCY_COURSE_ASSIGNMENTS": str(root)}) as (base, token, _), \
            browser_page(chromium) as page:
        page.goto(f"{base}/lab?token={token}")
        page.wait_for_selector(".jp-LauncherCard", timeout=60_000)
        # 1. Assignment List ▸ Fetch: the notebook lands inside the lab's root
        run_command(page, "nbgrader:open-assignment-list")
        page.locator("#released_assignments_list button", has_text="Fetch").click()
        page.wait_for_selector(f"#fetched_assignments_list >> text={A}", timeout=30_000)
        assert (root / A / f"{A}.ipynb").exists()
        # 2. open it from the file browser
        page.locator(".jp-DirListing-item", has_text=A).dblclick()
        page.locator(".jp-DirListing-item", has_text=f"{A}.ipynb").dblclick()
        page.wait_for_selector(".jp-Notebook", timeout=60_000)
        page.wait_for_function(PREPARED_JS, timeout=120_000)  # the trainee view prepares the check on open
        wait_kernel_idle(page)
        # 3. answer with the widgets: item 1 only, then Validate names what is missing
        q1, q2 = first_exercises(page)
        answer_item_1(q1)
        page.wait_for_function("() => /Saved:/.test(document.querySelector('.cc-exercise .cc-live').textContent)", timeout=30_000)
        verdict = validate(page)
        assert "Success!" not in verdict and "Item q2: not answered yet" in verdict, verdict
        assert "Written rationale rationale-1: not written yet" in verdict and "Item q1" not in verdict, verdict
        choose(q2, "Classification:", "Healthy interdependence")
        choose(q2, "Reciprocity:", "Healthy pole")
        q2.locator("button", has_text="Save answer").click()
        page.wait_for_function("() => [...document.querySelectorAll('.cc-exercise .cc-live')].slice(0, 2)"
                               ".every(e => /Saved:/.test(e.textContent))", timeout=30_000)
        saved = json.loads((root / A / f"{A}.answers.json").read_text())["items"]
        assert saved["q1"]["attempts"][-1]["label"] == "codependent_pattern"
        assert saved["q2"]["attempts"][-1]["dimensions"] == {"reciprocity": "healthy"}
        #    ... and type the rationale in its text box (a plain labelled text area, no cell editing)
        box = page.get_by_label("Your written rationale")
        box.fill(RATIONALE)  # one input event: the kernel gets the whole text at once
        box.press("Shift+Enter")  # a newline in the box, never a new cell
        page.wait_for_function("() => /Changes not saved yet/.test(document.body.textContent)", timeout=30_000)
        page.locator(".cc-exercise button", has_text="Save rationale").click()
        page.wait_for_function("() => /Saved your rationale/.test(document.body.textContent)", timeout=30_000)
        assert json.loads((root / A / f"{A}.answers.json").read_text())["items"]["rationale-1"]["attempts"][-1]["reason"] == RATIONALE
        #    ... and no cell can be added by keyboard (command mode on the last cell)
        count = "() => window.jupyterapp.shell.currentWidget.content.widgets.length"
        cells = page.evaluate(count)
        page.evaluate("() => { const nb = window.jupyterapp.shell.currentWidget.content; nb.activeCellIndex = nb.widgets.length - 1;"
                      " nb.mode = 'command'; nb.node.focus(); }")
        for key in ("Shift+Enter", "Alt+Enter", "a", "b", "v"):
            page.keyboard.press(key)
            time.sleep(0.3)
        added = page.evaluate(count) - cells
        print(f"cells added by keyboard in the check: {added} (Shift+Enter, Alt+Enter, a, b, v on the last cell)")
        assert added == 0
        run_command(page, "docmanager:save")
        page.wait_for_function("() => !document.querySelector('.jp-mod-dirty')", timeout=30_000)
        # 4. Validate from the notebook toolbar: everything answered and saved passes
        verdict = validate(page)
        assert "Success! Your notebook passes all the tests." in verdict, verdict
        # 5. Submit from the Assignment List
        page.locator(".lm-TabBar-tab", has_text="Assignments").click()
        page.locator("#fetched_assignments_list button", has_text="Submit").click()
        page.wait_for_selector(f"#submitted_assignments_list >> text={A}", timeout=30_000)

        # the instructor collects and grades with the course's commands
        assert "1 submission(s)" in course_cli(course, exchange, "collect", A)
        assert "Graded 1 of 1" in course_cli(course, exchange, "grade", A)
        # ... and hand-grades the rationale in formgrader, in the browser
        with formgrader_server(course, exchange, tmp_path) as (fg_base, fg_token):
            fg = page.context.browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()  # the instructor's own session
            log_in(fg, fg_base, fg_token, f"/formgrader/gradebook/{A}/{A}")
            fg.locator("td a", has_text="Submission #1").click()
            score = fg.locator("input.score#rationale-1")
            score.wait_for(timeout=30_000)
            fg.wait_for_function("() => document.querySelector('input.score#q2-score').placeholder !== ''", timeout=30_000)
            assert fg.locator("input.score#q1-score").get_attribute("placeholder") == "2"
            assert fg.locator("input.score#q2-score").get_attribute("placeholder") == "1.25"
            assert "Closeness itself is not the problem" in fg.locator("body").inner_text()
            score.fill("2")
            score.press("Tab")
            fg.wait_for_function("() => !document.querySelector('input.score#rationale-1.needs_manual_grade')", timeout=30_000)
            fg.context.close()
        assert grades(course) == EXPECTED
        assert sum(EXPECTED.values()) == 5.25
        assert "released to trainees" in course_cli(course, exchange, "feedback", A)

        # the trainee fetches the feedback and reads the explained key
        page.locator("#refresh_assignments_list").click()
        page.locator("#submitted_assignments_list button", has_text="Fetch Feedback").click()
        link = page.locator("#submitted_assignments_list a", has_text="view feedback")
        link.wait_for(timeout=30_000)
        [html] = list((root / A / "feedback").glob(f"*/{A}.html"))
        page.goto(f"{base}/files/{html.relative_to(root)}?token={token}")
        text = page.locator("body").inner_text()
        assert "Feedback: check-1-foundations" in text and "Your score: 5.25 of 7.0 points" in text, text[:500]
        assert "Item q1: 2 of 2 points." in text and "Item q2: 1.25 of 2 points." in text
        assert "Kwame keeps his choir and walking group" in text  # the key's reasoning for a dimension missed
        assert "Closeness itself is not the problem" in text  # the rationale typed in the box, as graded
