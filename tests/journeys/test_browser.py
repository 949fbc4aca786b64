"""A trainee in a real browser: the trainee view, every lesson, the keyboard, a reopened
notebook, the progress page in light and dark themes, and an axe WCAG 2.1 A/AA scan.

One JupyterLab (trainee view) and one Chromium serve the whole module. Screenshots of an
exercise, its feedback and the progress page are written for review to
$CODEPENDENCY_COURSE_ARTIFACTS (else a temporary folder) and the folder is printed.
Required when CI=true; on a laptop without Chromium it skips and says how to enable it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from lab_harness import (
    CONTRAST_JS,
    REPO,
    artifacts_dir,
    browser_page,
    chromium_path,
    close_all_and_shutdown,
    lab_server,
    open_and_run_all,
    open_notebook,
    radio,
    run_command,
    tab_until,
    wait_kernel_idle,
)

from codependency_course.trainee.reopen import RERUN

pytestmark = pytest.mark.browser
LESSONS = sorted(p.name for p in (REPO / "course").glob("*.ipynb"))
START = "00-start-here.ipynb"
PROGRESS = "99-my-progress.ipynb"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _required(message: str):
    if os.environ.get("CI") == "true":
        pytest.fail(message + " (browser tests are required when CI=true)")
    pytest.skip(message)


@pytest.fixture(scope="module")
def chromium():
    path = chromium_path()
    if path is None:
        _required("no Chromium found: install it (Debian: apt-get install chromium) or set "
                  "CODEPENDENCY_COURSE_CHROMIUM=/path/to/chromium to run the browser tests")
    return path


@pytest.fixture(scope="module")
def axe_js(tmp_path_factory) -> str:
    """axe-core's axe.min.js: $CODEPENDENCY_COURSE_AXE, else `npm pack axe-core` into a temporary folder."""
    named = os.environ.get("CODEPENDENCY_COURSE_AXE")
    if named:
        return Path(named).read_text(encoding="utf-8")
    npm = shutil.which("npm")
    if npm is None:
        _required("npm not found: install nodejs/npm (Debian: apt-get install npm) or set CODEPENDENCY_COURSE_AXE=/path/to/axe.min.js")
    folder = tmp_path_factory.mktemp("axe")
    env = dict(os.environ, npm_config_cache=str(folder / "npm-cache"), npm_config_update_notifier="false")
    out = subprocess.run([npm, "pack", "axe-core@4", "--pack-destination", str(folder)], capture_output=True, text=True,
                         env=env, cwd=folder, timeout=180)
    tarballs = list(folder.glob("axe-core-*.tgz"))
    if out.returncode != 0 or not tarballs:
        _required(f"`npm pack axe-core` failed: {out.stderr[-500:]}")
    with tarfile.open(tarballs[0]) as tar:
        return tar.extractfile("package/axe.min.js").read().decode("utf-8")


@pytest.fixture(scope="module")
def lab(chromium, tmp_path_factory):
    """(page, base, token, root, artifacts): the trainee view on a copy of course/ with its .py twins."""
    work = tmp_path_factory.mktemp("lab")
    files = sorted((REPO / "course").glob("*.ipynb")) + sorted((REPO / "course").glob("*.py"))
    with lab_server(files, work) as (base, token, root), browser_page(chromium) as page:
        shots = artifacts_dir(work / "artifacts")
        yield page, base, token, root, shots
        print(f"\nscreenshots for review: {shots}")


def _figure(report_figure, line: str) -> None:
    report_figure(line)
    print(line)


def axe_scan(page, axe_js: str, selector: str) -> dict:
    """axe-core's WCAG 2.1 A/AA rules over every element matching ``selector``: violations and rules passed."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_js)
    return page.evaluate(
        "async ([sel, tags]) => { const r = await axe.run({ include: [[sel]] }, { runOnly: { type: 'tag', values: tags } });"
        " return { violations: r.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })),"
        " passes: r.passes.length }; }",
        [selector, AXE_TAGS],
    )


def set_theme(page, theme: str) -> None:
    """Switch JupyterLab's theme and wait until the page has it."""
    run_command(page, "apputils:change-theme", {"theme": theme})
    light = "true" if theme.endswith("Light") else "false"
    page.wait_for_function(f"() => document.body.dataset.jpThemeLight === '{light}'", timeout=30_000)
    time.sleep(0.8)  # the theme's stylesheet has been applied


# -- the trainee view ------------------------------------------------------------------------
def test_trainee_view_opens_on_start_here_with_only_lessons_listed(lab, report_figure):
    page, base, token, root, shots = lab
    (root / "00-start-here.answers.json").write_text('{"schema_version": 1, "notebook": "00-start-here", "items": {}}')
    page.goto(f"{base}/?token={token}")
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook", timeout=60_000)
    current = page.evaluate("() => window.jupyterapp.shell.currentWidget.title.label")
    assert current == START
    page.wait_for_selector(".jp-DirListing-item", timeout=30_000)
    time.sleep(1)
    names = page.evaluate("() => [...document.querySelectorAll('.jp-DirListing-item:not([data-isdir=true]) .jp-DirListing-itemName')]"
                          ".map(e => e.textContent.trim())")
    assert names and all(n.endswith(".ipynb") for n in names), names
    assert set(names) == set(LESSONS)
    assert (root / "00-start-here.py").exists()  # the twins are there, only hidden
    # no news pop-up, and no Validate button on a lesson (it would claim tests pass)
    assert page.locator("text=Would you like to get notified").count() == 0
    page.wait_for_selector(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-RenderedMarkdown .cc-lesson", state="attached", timeout=30_000)
    validate = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .validate-button")
    assert validate.count() == 0 or not validate.first.is_visible()
    run_command(page, "launcher:create")
    page.wait_for_selector(".jp-LauncherCard", timeout=15_000)
    cards = page.evaluate("() => [...document.querySelectorAll('.jp-LauncherCard')].filter(c => c.offsetParent)"
                          ".map(c => c.getAttribute('data-category') + ': ' + c.textContent.trim())")
    assert not [c for c in cards if c.startswith(("Console", "Terminal", "Jupytext")) or c.startswith("Other: Python")], cards
    assert any(c.startswith("Notebook") for c in cards), cards
    page.screenshot(path=str(shots / "launcher.png"))
    _figure(report_figure, f"trainee file browser lists {len(names)} items, all .ipynb; launcher shows: {cards}")
    run_command(page, "application:close-all")
    # an assignment keeps its Validate button (only lessons hide it)
    (root / "assignment").mkdir(exist_ok=True)
    shutil.copy(REPO / "source" / "check-1-foundations" / "check-1-foundations.ipynb", root / "assignment")
    open_notebook(page, base, token, "assignment/check-1-foundations.ipynb")
    page.wait_for_selector(".jp-NotebookPanel:not(.lm-mod-hidden) .validate-button", state="visible", timeout=30_000)
    close_all_and_shutdown(page, base, token)


# -- every lesson: no code in sight, axe, labels ----------------------------------------------
def test_every_lesson_shows_no_code_and_passes_axe(lab, axe_js, report_figure):
    page, base, token, root, shots = lab
    total_exercises = 0
    for name in LESSONS:
        expected = (REPO / "course" / name.replace(".ipynb", ".py")).read_text().count(".practice(")
        open_notebook(page, base, token, name)  # the trainee view prepares it: no run command
        if expected:
            page.wait_for_function("(n) => document.querySelectorAll('.cc-exercise .cc-live').length >= n",
                                   arg=expected, timeout=60_000)
        else:
            page.wait_for_selector(".cc-progress", timeout=60_000)
        wait_kernel_idle(page)
        visible_inputs = page.evaluate(  # an editor, or the collapsed placeholder's preview of the first line
            "() => [...document.querySelectorAll('.jp-CodeCell .jp-Cell-inputWrapper')]"
            ".filter(e => e.offsetParent !== null && e.getBoundingClientRect().height > 0 && e.innerText.trim()).length"
        )
        assert visible_inputs == 0, f"{name}: {visible_inputs} code inputs visible"
        hidden = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .validate-button")
        assert hidden.count() == 0 or not hidden.first.is_visible(), f"{name}: Validate is offered on a lesson"
        assert page.locator("text=Error displaying widget").count() == 0
        if expected:
            n = page.locator(".cc-exercise").count()
            assert n == expected
            groups = page.evaluate("() => [...document.querySelectorAll('.cc-exercise [role=radiogroup]')].map(g => g.getAttribute('aria-label'))")
            assert len(groups) == 10 * n and all(groups), groups[:12]
            truncated = page.evaluate(
                "() => [...document.querySelectorAll('.cc-exercise label, .cc-exercise .widget-label')]"
                ".filter(l => l.offsetParent && l.scrollWidth > l.clientWidth + 1).map(l => l.textContent.trim())"
            )
            assert truncated == [], f"{name}: truncated labels {truncated}"
            result = axe_scan(page, axe_js, ".cc-exercise")
            assert result["violations"] == [], f"{name}: axe found {json.dumps(result['violations'], indent=1)}"
            total_exercises += n
            _figure(report_figure, f"{name}: {n} exercises, 0 visible code inputs, axe WCAG 2.1 A/AA violations 0 "
                                   f"(rules passed: {result['passes']})")
        close_all_and_shutdown(page, base, token)
    assert total_exercises > 40


# -- keyboard --------------------------------------------------------------------------------
GROUPS_JS = """(ex) => [...ex.querySelectorAll('[role=radiogroup]')].map(g =>
    [...g.querySelectorAll('input[type=radio]')].findIndex(r => r.checked))"""


def test_keyboard_radio_groups_tab_stops_escape_and_focus_rings(lab, axe_js, report_figure):
    page, base, token, root, shots = lab
    open_and_run_all(page, base, token, START)
    wait_kernel_idle(page)
    ex = page.locator(".cc-exercise").first
    page.locator(".cc-exercise .cc-case h3").first.click()
    # Tab stops inside the exercise, in order
    names = []
    for _ in range(40):
        page.keyboard.press("Tab")
        inside = page.evaluate("() => !!document.activeElement.closest('.cc-exercise')")
        if not inside:
            break
        names.append(page.evaluate("() => { const e = document.activeElement; const g = e.closest('[role=radiogroup]');"
                                   " return g ? 'group: ' + g.getAttribute('aria-label') : e.tagName.toLowerCase(); }"))
    stops = len(names)
    assert 10 <= stops <= 15, names
    assert len(set(n for n in names if n.startswith("group: "))) == 10

    # ArrowDown x6 and ArrowUp x6 from the first classification option change no other group
    page.locator(".cc-exercise .cc-case h3").first.click()
    tab_until(page, radio("Healthy interdependence"))
    before = ex.evaluate(GROUPS_JS)
    for key in ["ArrowDown"] * 6 + ["ArrowUp"] * 6:
        page.keyboard.press(key)
        where = page.evaluate("() => { const g = document.activeElement.closest('[role=radiogroup]'); return g && g.getAttribute('aria-label'); }")
        assert where == "Classification", f"{key} left the classification group (focus in {where})"
        now = ex.evaluate(GROUPS_JS)
        assert now[1:] == before[1:], f"{key} changed another group: {before} -> {now}"
    after = ex.evaluate(GROUPS_JS)
    assert after[0] != -1, "arrow keys choose within the group"
    _figure(report_figure, f"keyboard: {stops} Tab stops per exercise (goal <= 15); ArrowDown x6 + ArrowUp x6 changed "
                           f"0 of 9 other groups (before {before[1:]}, after {after[1:]})")

    # Escape leaves the exercise
    page.keyboard.press("Escape")
    assert page.evaluate("() => !document.activeElement.closest('.cc-exercise')")

    # focus rings on the Check button and the Confidence select, light and dark themes:
    # outline >= 2 px, contrast with the background it is drawn on >= 3:1
    rings = []
    for theme in ("JupyterLab Light", "JupyterLab Dark"):
        set_theme(page, theme)
        for what, pred in (("Check answer button", "(el) => el.tagName === 'BUTTON' && el.textContent.includes('Check answer')"),
                           ("Confidence select", "(el) => el.tagName === 'SELECT'")):
            page.locator(".cc-exercise .cc-case h3").first.click()
            tab_until(page, pred)
            ring = page.evaluate(f"""() => {{
                const C = {CONTRAST_JS};
                const el = document.activeElement, s = getComputedStyle(el);
                const ring = C.parse(s.outlineColor), bg = C.background(el.parentElement);
                return {{ width: parseFloat(s.outlineWidth), style: s.outlineStyle, ratio: C.ratio(ring, bg) }};
            }}""")
            assert ring["style"] != "none" and ring["width"] >= 2 and ring["ratio"] >= 3, (theme, what, ring)
            rings.append(f"{theme} {what}: {ring['width']:.0f} px {ring['style']}, {ring['ratio']:.1f}:1")
    set_theme(page, "JupyterLab Light")
    _figure(report_figure, "focus ring (goal >= 3:1): " + "; ".join(rings))
    page.locator(".cc-exercise .cc-case h3").first.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "exercise.png"))

    # Keyboard only: answer, check, see the feedback scrolled into view
    page.locator(".cc-exercise .cc-case h3").first.click()
    tab_until(page, radio("Healthy interdependence"))
    page.keyboard.press("Space")
    # one Tab stop per group lands on its chosen option ("Not shown"); ArrowDown wraps to "Healthy pole"
    tab_until(page, radio("Not shown", "Reciprocity:"))
    page.keyboard.press("ArrowDown")
    assert page.evaluate(f"(() => {{ const el = document.activeElement; return ({radio('Healthy pole', 'Reciprocity:')})(el) && el.checked; }})()")
    tab_until(page, "(el) => el.tagName === 'BUTTON' && el.textContent.includes('Check answer')")
    page.evaluate("() => { const o = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer'); if (o) { o.scrollTop = 0; } }")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.cc-exercise .cc-live').textContent.includes('Score:')", timeout=30_000)
    time.sleep(0.3)
    in_view = page.evaluate("() => { const r = document.querySelector('.cc-exercise .cc-live').getBoundingClientRect();"
                            " return r.top >= 0 && r.top < window.innerHeight; }")
    assert in_view, "feedback was not scrolled into view"
    page.screenshot(path=str(shots / "exercise-feedback-in-view.png"))
    with_feedback = axe_scan(page, axe_js, ".cc-exercise")
    assert with_feedback["violations"] == [], json.dumps(with_feedback["violations"], indent=1)
    saved = json.loads((root / "00-start-here.answers.json").read_text())
    latest = saved["items"]["grocery-rota"]["attempts"][-1]
    assert latest["label"] == "healthy_interdependence" and latest["dimensions"] == {"reciprocity": "healthy"}


def test_reopened_lesson_shows_no_widget_error_and_restores(lab, report_figure):
    page, base, token, root, shots = lab
    if not page.locator(".cc-exercise").count():
        open_and_run_all(page, base, token, START)
    attempts = len(json.loads((root / "00-start-here.answers.json").read_text())["items"].get("grocery-rota", {}).get("attempts", []))
    close_all_and_shutdown(page, base, token)
    on_disk = (root / START).read_text()
    assert "application/vnd.jupyter.widget-view+json" not in on_disk and "Run this cell" in on_disk
    assert RERUN in on_disk  # what the file says where each exercise was (opened elsewhere, it is shown)
    # the trainee view prepares the reopened lesson itself: the saved answer comes back, no Run All
    open_notebook(page, base, token, START)
    page.wait_for_function("() => { const l = document.querySelector('.cc-exercise .cc-live');"
                           " return l && l.textContent.includes('Restored your answer'); }", timeout=90_000)
    time.sleep(2)  # the widget manager has restored by now: an error would be showing
    errors = page.locator("text=Error displaying widget").count()
    assert errors == 0
    page.screenshot(path=str(shots / "reopened-lesson.png"))
    checked = page.evaluate("() => [...document.querySelectorAll('.cc-exercise input[type=radio]:checked')]"
                            ".map(i => i.closest('label').textContent.trim())")
    assert checked[0] == "Healthy interdependence" and checked.count("Healthy pole") == 1
    ex = page.locator(".cc-exercise").first
    ex.screenshot(path=str(shots / "exercise-restored.png"))
    # pressing Check on the restored answer shows the feedback again without counting an attempt
    ex.locator("button", has_text="Check answer").click()
    page.wait_for_function("() => document.querySelector('.cc-exercise .cc-live').textContent.includes('Score:')", timeout=30_000)
    wait_kernel_idle(page)
    again = len(json.loads((root / "00-start-here.answers.json").read_text())["items"]["grocery-rota"]["attempts"])
    assert again == attempts
    _figure(report_figure, f"reopen after kernel shutdown: {errors} 'Error displaying widget' texts; restore + Check "
                           f"kept {again} attempts (was {attempts})")
    close_all_and_shutdown(page, base, token)


# -- the progress page -----------------------------------------------------------------------
def _seed_practice(root: Path) -> None:
    at = datetime(2026, 1, 5, 10, 0, tzinfo=timezone.utc).isoformat()

    def attempt(label, dims):
        return {"label": label, "dimensions": dims, "confidence": 3, "reason": "", "at": at, "mode": "practice", "score": None}

    doc = {"schema_version": 1, "notebook": "02-the-nine-dimensions", "items": {
        "pension-envelope-gran": {"attempts": [attempt("codependent_pattern", {"reciprocity": "codependent", "helping": "codependent"})]},
        "the-car-keys": {"attempts": [attempt("codependent_pattern", {"helping": "codependent"}), attempt("healthy_interdependence", {"helping": "codependent"})]},
        "sixteen-and-tracked": {"attempts": [attempt("other_concern_first", {"security": "codependent"})]},  # a former id
    }}
    (root / "02-the-nine-dimensions.answers.json").write_text(json.dumps(doc))


PROGRESS_JS = """() => {
  const C = %s;
  const out = [];
  for (const svg of document.querySelectorAll('.cc-progress svg')) {
    const box = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      const fill = C.parse(getComputedStyle(t).fill);
      out.push({ text: t.textContent, inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5,
                 ratio: C.ratio(fill, C.background(svg)) });
    }
  }
  return out;
}""" % CONTRAST_JS


def test_progress_page_reads_in_light_and_dark(lab, axe_js, report_figure):
    page, base, token, root, shots = lab
    _seed_practice(root)
    try:
        open_and_run_all(page, base, token, PROGRESS, wait_for=".cc-progress svg")
    except Exception:
        page.screenshot(path=str(shots / "FAILED-progress.png"))
        raise
    wait_kernel_idle(page)
    text = page.locator(".cc-progress").inner_text()
    assert "not practised yet" in text and "0% of 0" not in text and "He just cares more" in text
    for raw in ("pension-envelope-gran", "the-car-keys", "sixteen-and-tracked", "02-the-nine-dimensions", "0.8333", "0.333"):
        assert raw not in text, raw
    lines = []
    for theme in ("JupyterLab Light", "JupyterLab Dark"):
        set_theme(page, theme)
        light = "true" if theme.endswith("Light") else "false"
        labels = page.evaluate(PROGRESS_JS)
        assert labels and all(x["inside"] for x in labels), [x for x in labels if not x["inside"]]
        worst = min(labels, key=lambda x: x["ratio"])
        assert worst["ratio"] >= 4.5, (theme, worst)
        scan = axe_scan(page, axe_js, ".cc-progress")
        assert scan["violations"] == [], (theme, json.dumps(scan["violations"], indent=1))
        page.locator(".cc-progress").screenshot(path=str(shots / f"progress-{'light' if light == 'true' else 'dark'}.png"))
        lines.append(f"{theme}: {len(labels)} labels inside the axes, lowest contrast {worst['ratio']:.1f}:1 ('{worst['text']}'), "
                     f"axe violations 0")
    set_theme(page, "JupyterLab Light")
    _figure(report_figure, "progress page (goal >= 4.5:1): " + "; ".join(lines))
