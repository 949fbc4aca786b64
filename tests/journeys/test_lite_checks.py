"""A graded check on the zero-install site, from answer to feedback, in a real Chromium.

The trainee opens check-1-foundations from the site's ``checks/`` folder (Pyodide kernel),
answers every item with the widgets, types a wrong id (the Submit panel says why) and then
their id, and presses Submit: the browser downloads ``<id>+check-1-foundations.zip``. The
instructor imports that file (`codependency-course import-submissions`, a fresh process), grades
it in a temporary course and writes feedback; the trainee uploads
the feedback HTML into the site's file browser and opens it there. The score shown equals
the one the same answers earn on the JupyterLab path (test_graded_journey's EXPECTED).
The course evaluation ends with the same Submit panel. Every request that would leave
127.0.0.1 is blocked and recorded: none may be made.

Required when CI=true; elsewhere it skips without Chromium. The site is conftest's
``lite_site`` (built once per session; CODEPENDENCY_COURSE_SITE names a built one).
"""

from __future__ import annotations

import json
import urllib.parse
import zipfile
from pathlib import Path

import pytest
from conftest import make_course
from lab_harness import CHROMIUM_FLAGS, chromium_path
from lite_harness import RequestLog, open_lesson, problems_shown, run_all, static_server
from test_graded_journey import EXPECTED, RATIONALE, answer_item_1, choose, first_exercises
from test_lite_site import chromium, wait_prepared  # noqa: F401 (the fixture: Chromium or a clear skip/fail)

from codependency_course.trainee import submission_file

pytestmark = [pytest.mark.browser, pytest.mark.grading]
A = "check-1-foundations"
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden) .cc-submit"  # the Submit panel of the notebook in view
CHECK = f"checks/{A}/{A}.ipynb"
SID = "trainee-07"


def test_site_holds_the_released_checks_only(lite_site):
    """Every graded check, as nbgrader released it (no key, every locked cell's checksum intact)."""
    import nbformat
    from nbgrader.utils import compute_checksum

    from codependency_course.instructor.kit import leaks

    checks = lite_site / "files" / "checks"
    assert sorted(p.name for p in checks.iterdir()) == sorted(
        ["check-1-foundations", "check-2-roles-origins", "check-3-what-it-is-not", "pre-test",
         "capstone-post-test", "course-evaluation"])
    for folder in checks.iterdir():
        assert [p.name for p in folder.iterdir()] == [f"{folder.name}.ipynb"]
        nb = nbformat.read(folder / f"{folder.name}.ipynb", as_version=4)
        assert nb.metadata.kernelspec.name == "python"
        locked = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("checksum")]
        assert locked and all(compute_checksum(c) == c.metadata.nbgrader.checksum for c in locked), folder.name
        assert "BEGIN HIDDEN TESTS" not in json.dumps(nb) and "BEGIN SOLUTION" not in json.dumps(nb)
    from conftest import REPO

    # the whole site, every file and every wheel's and zip's members (the course's own wheel too)
    assert leaks(lite_site, REPO / "source") == []


def test_the_leak_scan_finds_a_hidden_test_line_where_the_site_keeps_files(tmp_path):
    """The scan above is not vacuous: one hidden-test line inside a wheel under static/ is found."""
    import zipfile

    from conftest import REPO

    from codependency_course.instructor.kit import leaks, secret_lines

    line = sorted(secret_lines(REPO / "source"))[0]
    (tmp_path / "static" / "pyodide").mkdir(parents=True)
    with zipfile.ZipFile(tmp_path / "static" / "pyodide" / "x-1.0-py3-none-any.whl", "w") as zf:
        zf.writestr("x/__init__.py", f"# {line}\n")
    assert leaks(tmp_path, REPO / "source") == [f"static/pyodide/x-1.0-py3-none-any.whl!x/__init__.py: {line}"]


def block_outside(context) -> None:
    """Abort every request whose host is not 127.0.0.1 (RequestLog still records it)."""
    def outside(url: str) -> bool:
        inner = url[5:] if url.startswith("blob:") else url
        return not inner.startswith("data:") and urllib.parse.urlsplit(inner).hostname != "127.0.0.1"

    context.route(outside, lambda route: route.abort())


def answer_check(page) -> None:
    """q1 fully right, q2 right label and one of its dimensions, the rationale typed and saved."""
    q1, q2 = first_exercises(page)
    answer_item_1(q1)
    choose(q2, "Classification:", "Healthy interdependence")
    choose(q2, "Reciprocity:", "Healthy pole")
    q2.locator("button", has_text="Save answer").click()
    page.wait_for_function("() => [...document.querySelectorAll('.cc-exercise .cc-live')].slice(0, 2)"
                           ".every(e => /Saved:/.test(e.textContent))", timeout=60_000)
    box = page.get_by_label("Your written rationale")
    box.fill(RATIONALE)
    page.wait_for_function("() => /Changes not saved yet/.test(document.body.textContent)", timeout=30_000)
    box.press("Tab")  # from the box to its Save rationale button, then Enter, as by keyboard
    assert page.evaluate("() => document.activeElement.textContent") == "Save rationale"
    page.keyboard.press("Enter")
    page.wait_for_function("() => /Saved your rationale/.test(document.body.textContent)", timeout=30_000)


def submit(page, student_id: str, download: bool, assignment: str = A):
    """Type the id in the Submit panel with the keyboard and press Submit; the download, if any."""
    panel = page.locator(PANEL)
    field = panel.get_by_label("Your trainee id (given by your course provider)")
    field.fill("")
    field.type(student_id)
    field.press("Tab")  # keyboard only: Tab to the button, Enter presses it
    assert page.evaluate("() => document.activeElement.textContent") == f"Submit {assignment}"
    if not download:
        page.keyboard.press("Enter")
        page.wait_for_function(f"() => /Nothing was downloaded/.test(document.querySelector('{PANEL} [role=status]').textContent)",
                               timeout=30_000)
        return panel.locator("[role=status]").inner_text()
    with page.expect_download(timeout=60_000) as dl:
        page.keyboard.press("Enter")
    page.wait_for_function(f"() => /Downloaded/.test(document.querySelector('{PANEL} [role=status]').textContent)",
                           timeout=30_000)
    return dl.value


def import_submission(course, archive: Path) -> str:
    """The instructor's command, as a fresh process: ``codependency-course import-submissions FILE ASSIGNMENT``."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "CODEPENDENCY_COURSE_EXCHANGE": str(course.exchange), **course.env}
    proc = subprocess.run([sys.executable, "-m", "codependency_course", "--course-root", str(course.root),
                           "import-submissions", str(archive), A], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (student,) = [p.name for p in (course.root / "submitted").iterdir()]
    return student


def grade_and_feedback(base: Path, archive: Path) -> tuple[Path, dict[str, float]]:
    """Grade the downloaded file in a temporary course, hand-grade the rationale 2 of 3, write feedback."""
    from nbgrader.api import Gradebook

    from codependency_course.instructor.autograding.parallel import grade

    course = make_course(base)
    course.generate(A)
    course.release(A)  # the exchange the import hands files to (trainees on the web never use it)
    student = import_submission(course, archive)
    result = grade(course, A, progress=False)
    assert result.failed == {}, result.failed
    with Gradebook(course.db_url()) as gb:
        gb.find_grade("rationale-1", A, A, student).manual_score = 2.0  # the hand-grading step (formgrader)
        gb.db.commit()
        scores = {g.name: g.score for g in gb.find_submission_notebook(A, A, student).grades}
    course.feedback(A)
    html = course.root / "feedback" / student / A / f"{A}.html"
    assert html.is_file()
    return html, scores


def test_check_on_the_site_submitted_graded_and_feedback_read_there(lite_site, chromium, tmp_path, report_figure):
    from playwright.sync_api import sync_playwright

    with static_server(lite_site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_FLAGS)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            requests = RequestLog(context)
            block_outside(context)
            page = context.new_page()
            console = []
            page.on("console", lambda m: console.append(m.text))
            open_lesson(page, base, CHECK)
            wait_prepared(page)  # the trainee view runs the check on open, as on JupyterLab
            assert problems_shown(page) == {"stderr": [], "errors": []}
            try:
                answer_check(page)
            except Exception:
                page.screenshot(path=str(tmp_path / "failed.png"), full_page=True)
                print("\n".join(console[-40:]))
                raise
            # Submit: the panel ends the last item's widgets (no cell added to the locked check)
            page.locator(PANEL).scroll_into_view_if_needed()
            said = submit(page, "ann smith", download=False)
            assert "student id 'ann smith' is not allowed" in said, said
            assert page.locator(f"{PANEL} input").get_attribute("aria-invalid") == "true"
            download = submit(page, SID, download=True)
            assert download.suggested_filename == f"{SID}+{A}.zip"
            archive = tmp_path / download.suggested_filename
            download.save_as(archive)
            page.locator(PANEL).scroll_into_view_if_needed()
            page.screenshot(path=str(tmp_path / "site-check-submit.png"))

            html, scores = grade_and_feedback(tmp_path / "instructor", archive)
            assert scores == EXPECTED  # the same answers earn the same grades as on JupyterLab

            # the trainee uploads the feedback file into the site and opens it there
            page.locator(".jp-BreadCrumbs-home").first.click()
            with page.expect_file_chooser() as chooser:
                page.locator(".jp-FileBrowser-toolbar button[data-command='filebrowser:upload'], "
                             ".jp-FileBrowser-toolbar .jp-ToolbarButtonComponent[title^='Upload']").first.click()
            chooser.value.set_files(str(html))
            item = page.locator(".jp-DirListing-item .jp-DirListing-itemText", has_text=f"{A}.html")
            item.wait_for(timeout=30_000)
            item.first.dblclick()
            frame = page.frame_locator(".jp-HTMLViewer iframe")
            frame.locator("body").wait_for(timeout=60_000)
            text = frame.locator("body").inner_text()
            total = sum(EXPECTED.values())
            assert f"Feedback: {A}" in text and f"Your score: {total} of 7.0 points" in text, text[:500]
            assert "Item q1: 2 of 2 points." in text and "Item q2: 1.25 of 2 points." in text
            assert "Kwame keeps his choir and walking group" in text  # the key's reasoning, readable offline
            page.screenshot(path=str(tmp_path / "site-feedback.png"))

            # the course evaluation ends with the same Submit panel
            page.locator(".jp-DirListing-item .jp-DirListing-itemText", has_text="checks").first.dblclick()
            page.locator(".jp-DirListing-item .jp-DirListing-itemText", has_text="course-evaluation").first.dblclick()
            open_lesson(page, base, "course-evaluation.ipynb")
            run_all(page)  # its code is not hidden (as released), so the trainee runs it, as on JupyterLab
            assert problems_shown(page) == {"stderr": [], "errors": []}
            page.locator(PANEL).scroll_into_view_if_needed()
            evaluation = submit(page, SID, download=True, assignment="course-evaluation")
            assert evaluation.suggested_filename == f"{SID}+course-evaluation.zip"
            with zipfile.ZipFile(evaluation.path()) as zf:
                assert zf.namelist() == [submission_file.members(SID, "course-evaluation")[0]]  # nothing saved yet
        finally:
            browser.close()
    outside = requests.outside()
    assert requests.urls and outside == [], f"{len(outside)} requests left 127.0.0.1: {outside[:10]}"
    report_figure(f"lite check: answered, submitted as {archive.name} ({archive.stat().st_size} bytes), graded "
                  f"{total} of 7 as on JupyterLab, feedback read in the site; {len(requests.urls)} requests, "
                  f"0 outside 127.0.0.1; screenshots in {tmp_path}")
