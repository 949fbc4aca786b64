"""A trainee in a real browser: open a lesson, run it, answer with the keyboard only,
see the feedback, restart the kernel, find the answer restored.

Required when CI=true; on a laptop without Chromium it skips and says how to enable it.
"""

from __future__ import annotations

import json
import os

import pytest

from lab_harness import REPO, browser_page, chromium_path, lab_server, open_and_run_all, radio, run_command, tab_until, wait_kernel_idle

pytestmark = pytest.mark.browser
NOTEBOOK = "00-start-here.ipynb"


@pytest.fixture(scope="module")
def chromium():
    path = chromium_path()
    if path is None:
        message = ("no Chromium found: install it (Debian: apt-get install chromium) or set "
                   "CODEPENDENCY_COURSE_CHROMIUM=/path/to/chromium to run the browser tests")
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (browser tests are required when CI=true)")
        pytest.skip(message)
    return path


def test_keyboard_only_exercise_survives_a_kernel_restart(chromium, tmp_path):
    with lab_server([REPO / "course" / NOTEBOOK], tmp_path) as (base, token, root), browser_page(chromium) as page:
        open_and_run_all(page, base, token, NOTEBOOK)
        live = page.locator(".cc-exercise .cc-live")
        assert live.get_attribute("aria-live") == "polite" and live.get_attribute("role") == "status"

        # Keyboard only from here: Tab to each control, Space to choose, Enter to press.
        # Put the reading position on the case text (not on a control); everything after is keys.
        page.locator(".cc-exercise .cc-case h3").first.click()
        tab_until(page, radio("Healthy interdependence"))
        page.keyboard.press("Space")
        tab_until(page, radio("Healthy pole", "Reciprocity:"))
        page.keyboard.press("Space")
        # Arrow keys stay inside the exercise (notebook shortcuts are suppressed there).
        page.keyboard.press("ArrowDown")
        assert page.evaluate("document.activeElement.closest('.cc-exercise') !== null")
        page.keyboard.press("ArrowUp")
        tab_until(page, radio("Healthy pole", "Helping vs enabling:"))
        page.keyboard.press("Space")
        tab_until(page, "(el) => el.tagName === 'BUTTON' && el.textContent.includes('Check answer')")
        page.keyboard.press("Enter")
        page.wait_for_function(
            "() => document.querySelector('.cc-exercise .cc-live').textContent.includes('Score:')", timeout=30_000
        )
        feedback = live.inner_text()
        assert "Classification: ✓ correct" in feedback and "✓ correct: Reciprocity" in feedback, feedback
        saved = json.loads((root / "00-start-here.answers.json").read_text())
        latest = saved["items"]["grocery-rota"]["attempts"][-1]
        assert latest["label"] == "healthy_interdependence"
        assert latest["dimensions"] == {"reciprocity": "healthy", "helping": "healthy"}

        # Restart the kernel, run everything again: the answer comes back.
        run_command(page, "notebook:restart-clear-output")
        page.wait_for_selector(".jp-Dialog .jp-mod-accept", timeout=15_000)
        page.keyboard.press("Enter")  # confirm the restart dialog
        page.wait_for_function("() => !document.querySelector('.cc-exercise')", timeout=30_000)
        wait_kernel_idle(page)
        run_command(page, "notebook:run-all-cells")
        page.wait_for_function(
            "() => { const l = document.querySelector('.cc-exercise .cc-live'); return l && l.textContent.includes('Restored your answer'); }",
            timeout=60_000,
        )
        checked = page.evaluate(
            "() => [...document.querySelectorAll('.cc-exercise input[type=radio]:checked')].map(i => i.closest('label').textContent.trim())"
        )
        assert checked[0] == "Healthy interdependence"
        assert checked.count("Healthy pole") == 2
