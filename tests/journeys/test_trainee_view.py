"""The trainee view is a course, not an IDE: what a trainee sees, lessons that open ready, an
untouched lesson that closes without a question, and axe's WCAG 2.1 A/AA scan of the view and
of a check.

One JupyterLab (trainee view, etc/jupyter/trainee) and one Chromium serve the module. Nothing
here presses Run: every exercise must appear because the lesson was opened. Screenshots go to
$CODEPENDENCY_COURSE_ARTIFACTS (else the test's temporary folder), printed at the end.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
from lab_harness import REPO, artifacts_dir, browser_page, lab_server, run_command, wait_kernel_idle

from test_browser import axe_js, axe_scan, chromium  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser
LESSONS = sorted(p.name for p in (REPO / "course").glob("0*.ipynb"))  # 00–08: each holds an exercise
CHECK = "check-1-foundations"

# What a trainee must not meet, by JupyterLab's own class names.
VISIBLE = "(sel) => [...document.querySelectorAll(sel)].filter(e => e.offsetParent !== null && e.getClientRects().length).length"
CODE_INPUTS = ".jp-CodeCell .jp-InputArea-editor, .jp-CodeCell .jp-InputPlaceholder"
CELL_TYPE = ".jp-Notebook-toolbarCellType, .jp-Notebook-toolbarCellTypeDropdown"
KERNEL_CHROME = (".jp-DebuggerBugButton, [data-jp-debugger], #jp-debugger-sidebar, .jp-KernelName, "
                 ".jp-Notebook-ExecutionIndicator, #jp-running-sessions, .jp-StatusBar-Widget, "
                 "[data-id='jp-running-sessions'], [data-id='jp-property-inspector'], [data-id='table-of-contents'], "
                 "[data-id='extensionmanager.main-view']")


@pytest.fixture(scope="module")
def lab(chromium, tmp_path_factory):  # noqa: F811
    work = tmp_path_factory.mktemp("trainee-view")
    files = sorted((REPO / "course").glob("*.ipynb")) + sorted((REPO / "course").glob("*.py"))
    with lab_server(files, work) as (base, token, root), browser_page(chromium) as page:
        (root / CHECK).mkdir()
        shutil.copy(REPO / "source" / CHECK / f"{CHECK}.ipynb", root / CHECK)
        shots = artifacts_dir(work / "artifacts")
        yield page, base, token, root, shots
        print(f"\nscreenshots for review: {shots}")


def open_ready(page, base: str, token: str, notebook: str, timeout_ms: int = 120_000) -> dict:
    """Open a notebook (no run command) and wait until the view says it is prepared; returns what
    was seen on the way (the notice, seconds to the first exercise)."""
    start = time.monotonic()
    page.goto(f"{base}/lab/tree/{notebook}?reset&token={token}")
    page.wait_for_selector(".jp-NotebookPanel", timeout=60_000)
    saw_notice, texts, tallest = False, [], 0.0
    deadline = start + timeout_ms / 1000
    while time.monotonic() < deadline:
        state = page.evaluate("() => { const p = document.querySelector('.jp-NotebookPanel');"
                              " const n = document.querySelector('.cc-preparing');"
                              " return [p && p.getAttribute('data-cc-state'), !!n, n ? n.textContent : '',"
                              " n ? n.getBoundingClientRect().height : 0]; }")
        saw_notice = saw_notice or state[1]
        tallest = max(tallest, state[3])
        if state[2] and state[2] not in texts:
            texts.append(state[2])
        if state[0] in ("ready", "failed"):
            break
        time.sleep(0.1)
    assert state[0] == "ready", f"{notebook}: the view never finished preparing (state {state[0]})"
    page.wait_for_selector(".cc-exercise .widget-radio-box input[type=radio], .cc-exercise", state="attached", timeout=30_000)
    return {"notice": saw_notice, "texts": texts, "height": tallest, "seconds": time.monotonic() - start}


def test_trainee_view_has_no_ide_chrome(lab, report_figure):
    page, base, token, root, shots = lab
    seen = open_ready(page, base, token, LESSONS[0])
    assert seen["notice"], "no visible 'Preparing the exercises…' state"
    assert seen["height"] >= 24, f"the notice is {seen['height']} px tall: hidden under the notebook"
    steps = [re.fullmatch(r"Preparing the exercises\u2026 step (\d+) of (\d+)(: starting Python)?", t) for t in seen["texts"]]
    assert steps and all(steps), seen["texts"]
    assert len({m.group(2) for m in steps}) == 1 and [int(m.group(1)) for m in steps] == sorted(int(m.group(1)) for m in steps)
    counts = {
        "code inputs": page.evaluate(VISIBLE, CODE_INPUTS),
        "cell-type selectors": page.evaluate(VISIBLE, CELL_TYPE),
        "debugger/kernel chrome": page.evaluate(VISIBLE, KERNEL_CHROME),
    }
    menus = page.evaluate("() => [...document.querySelectorAll('#jp-MainMenu .lm-MenuBar-itemLabel')]"
                          ".filter(e => e.offsetParent !== null).map(e => e.textContent.trim())")
    buttons = page.evaluate("() => [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-NotebookPanel-toolbar"
                            " .jp-ToolbarButtonComponent, .jp-NotebookPanel:not(.lm-mod-hidden) .jp-NotebookPanel-toolbar button')]"
                            ".filter(e => e.offsetParent !== null)"
                            ".map(e => (e.getAttribute('aria-label') || e.title || e.textContent).trim())")
    buttons = sorted(set(buttons))
    page.screenshot(path=str(shots / "trainee-view-lesson-00.png"))
    line = (f"trainee view: {counts['code inputs']} visible code inputs, {counts['cell-type selectors']} cell-type "
            f"selectors, {counts['debugger/kernel chrome']} debugger/kernel chrome; {len(menus)} menus {menus}; "
            f"{len(buttons)} toolbar buttons {buttons}")
    report_figure(line)
    print(line)
    assert counts == {"code inputs": 0, "cell-type selectors": 0, "debugger/kernel chrome": 0}, counts
    assert "Kernel" not in menus and "Run" not in menus and "Nbgrader" in menus, menus
    assert any("Assignments" in b for b in buttons), buttons  # the Assignment List, one click away
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-NotebookPanel-toolbar :text('Assignments')").first.click()
    page.wait_for_selector("#nbgrader-assignment-list, .nbgrader-assignment-list, [id*=assignment]", timeout=30_000)
    page.screenshot(path=str(shots / "trainee-view-assignment-list.png"))


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_opens_with_its_first_exercise(lab, lesson, report_figure):
    page, base, token, root, shots = lab
    seen = open_ready(page, base, token, lesson)
    page.wait_for_selector(".cc-exercise .widget-radio-box input[type=radio]", state="attached", timeout=30_000)
    page.locator(".cc-exercise").first.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / f"opened-{Path(lesson).stem}.png"))
    assert page.evaluate(VISIBLE, CODE_INPUTS) == 0
    line = f"{lesson}: first exercise shown {seen['seconds']:.1f} s after opening, no run command"
    report_figure(line)
    print(line)


def test_untouched_lesson_closes_without_a_question(lab, report_figure):
    """Issue 24, item 5: opening and closing an untouched lesson shows no ● and no dialog."""
    page, base, token, root, shots = lab
    lesson = LESSONS[2]
    before = (root / lesson).read_bytes()
    open_ready(page, base, token, lesson)
    time.sleep(2)  # widgets settle; a late change would mark the tab
    dirty = page.evaluate("() => [!!document.querySelector('.lm-DockPanel-tabBar .jp-mod-dirty'),"
                          " window.jupyterapp.shell.currentWidget.context.model.dirty]")
    run_command(page, "application:close")
    time.sleep(2)
    dialogs = page.locator(".jp-Dialog").count()
    open_tabs = page.evaluate("() => document.querySelectorAll('.jp-NotebookPanel').length")
    line = f"untouched {lesson}: unsaved marker {dirty[0]}, model dirty {dirty[1]}, dialogs on close {dialogs}"
    report_figure(line)
    print(line)
    assert dirty == [False, False] and dialogs == 0 and open_tabs == 0
    assert (root / lesson).read_bytes() == before


def test_axe_finds_no_wcag_violation_in_the_view_and_a_check(lab, axe_js, report_figure):  # noqa: F811
    page, base, token, root, shots = lab
    results = {}
    open_ready(page, base, token, LESSONS[1])
    results["trainee view (lesson 01)"] = axe_scan(page, axe_js, "body")
    open_ready(page, base, token, f"{CHECK}/{CHECK}.ipynb")  # a check is prepared on open like a lesson
    page.wait_for_selector(".cc-exercise .widget-radio-box input[type=radio]", state="attached", timeout=90_000)
    wait_kernel_idle(page)
    page.screenshot(path=str(shots / "check-1.png"))
    results["check-1"] = axe_scan(page, axe_js, "body")
    for where, r in results.items():
        line = (f"axe WCAG 2.1 A/AA on {where}: {len(r['violations'])} violations, {r['passes']} rules passed"
                + "".join(f"\n  {v['id']}: {v['help']} at {v['nodes']}" for v in r["violations"]))
        report_figure(line)
        print(line)
    assert all(not r["violations"] for r in results.values()), {k: r["violations"] for k, r in results.items()}
