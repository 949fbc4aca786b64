"""The zero-install site as a trainee uses it: every lesson in Chromium with the Pyodide kernel.

The site is built once per session (``lite/build.py``, what ``make site`` runs) into a
temporary folder and served from 127.0.0.1 by a plain static server. One browser opens every
lesson (00-07 and 99), waits until it has run itself on opening (no Run All), and finds no error and no stderr output; an
exercise is answered with the keyboard alone and its answer is back after a page reload; the
progress page counts it and "Export my answers" downloads a zip the instructor's tools read.
Every request the browser makes is recorded: none may leave 127.0.0.1.

Required when CI=true; elsewhere it skips without Chromium. Set CODEPENDENCY_COURSE_SITE to
test an already built site instead of building one.
"""

from __future__ import annotations

import os
import time
import zipfile

import pytest
from lab_harness import CHROMIUM_FLAGS, chromium_path, tab_until
from lite_harness import (
    ALL_RAN_JS,
    LESSONS,
    RequestLog,
    close_lesson,
    lesson_file,
    open_lesson,
    problems_shown,
    run_all,
    static_server,
)

pytestmark = pytest.mark.browser
ANSWERED = "01"  # the lesson whose first exercise is answered by keyboard and restored after a reload
FIRST_RADIO = "(el) => el.type === 'radio' && !!el.closest('.cc-exercise')"
CHECK_BUTTON = "(el) => el.tagName === 'BUTTON' && el.textContent.includes('Check answer')"


@pytest.fixture(scope="module")
def chromium():
    path = chromium_path()
    if path is None:
        message = "no Chromium found: install it (Debian: apt-get install chromium) to run the site test"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (browser tests are required when CI=true)")
        pytest.skip(message)
    return path


@pytest.fixture
def site(lite_site):
    """The site, built once per session (conftest's ``lite_site``) for every lite journey."""
    return lite_site


def test_site_is_self_contained(site):
    """Built with the Pyodide runtime and every wheel inside; code hidden; the graded-check note."""
    import json

    config = json.loads((site / "jupyter-lite.json").read_text())["jupyter-config-data"]
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["pyodideUrl"] == "./static/pyodide/pyodide.mjs" and kernel["disablePyPIFallback"] is True
    lock = json.loads((site / "static" / "pyodide" / "pyodide-lock.json").read_text())
    assert "codependency-course" in lock["packages"]
    assert all("://" not in p["file_name"] for p in lock["packages"].values())
    assert not {"pandas", "matplotlib", "nbgrader", "numpy"} & set(lock["packages"])
    for prefix in LESSONS:
        nb = json.loads((site / "files" / lesson_file(site, prefix)).read_text())
        assert nb["metadata"]["kernelspec"]["name"] == "python"
        assert all(c["metadata"].get("jupyter", {}).get("source_hidden") for c in nb["cells"] if c["cell_type"] == "code")
    start = json.loads((site / "files" / lesson_file(site, "00")).read_text())
    about = next("".join(c["source"]) for c in start["cells"] if "About this web version" in "".join(c["source"]))
    about = " ".join(about.replace("\n>", " ").split())
    assert "Graded checks on the web" in about and "Submit" in about and "Upload" in about and "JupyterHub" in about
    assert "http" not in about and "](" not in about  # link-free


def test_site_wheels_carry_bytecode_for_its_runtime_and_the_packed_bank(site):
    """The standard library and every wheel hold bytecode the site's interpreter loads without
    compiling (lite/pycompile.py): one magic number, PEP 552 unchecked-hash. The standard library and
    third-party wheels are sourceless; the course's wheel keeps its source, and carries the bank packed
    as JSON, equal to the YAML files'. The lock's hash is that of the file served. (That the bytecode
    fits the runtime is shown by every lesson running in the browser: a sourceless module with the
    wrong magic number does not import.)"""
    import hashlib
    import json

    from codependency_course import content

    folder = site / "static" / "pyodide"
    with zipfile.ZipFile(folder / "python_stdlib.zip") as zf:
        assert not [n for n in zf.namelist() if n.endswith(".py")]
        magic = zf.read("json/__init__.pyc")[:4]
        assert all(zf.read(n)[:8] == magic + b"\x01\x00\x00\x00" for n in zf.namelist() if n.endswith(".pyc"))
    lock = json.loads((folder / "pyodide-lock.json").read_text())
    for name, pkg in lock["packages"].items():
        path = folder / pkg["file_name"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == pkg["sha256"], name
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            modules = [n for n in names if n.endswith(".py") and not {"tests", "test"} & set(n.split("/")[:-1])]
            pycs = [n for n in names if n.endswith(".pyc")]
            assert pycs, f"{name}: no bytecode"
            for n in pycs:
                header = zf.read(n)[:8]
                assert header[:4] == magic and int.from_bytes(header[4:8], "little") == 0b01, f"{name}: {n}"
            if name == "codependency-course":
                cached = {n.replace("__pycache__/", "").rsplit(".", 2)[0] + ".py" for n in pycs}
                assert set(modules) <= cached and modules
                packed = zf.read(f"codependency_course/content/{content.PACKED}").decode()
                assert content.unpack(packed) == content.load_dir(content.bank_path())
            else:
                assert not modules, f"{name}: source left beside the bytecode: {modules[:3]}"


def test_every_lesson_offline_with_answers_kept(site, chromium, tmp_path, report_figure):
    from playwright.sync_api import sync_playwright

    timings = {}
    with static_server(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_FLAGS)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            requests = RequestLog(context)
            page = context.new_page()
            page.on("dialog", lambda dialog: dialog.accept())  # "leave the page?" on reload
            for prefix in LESSONS:
                notebook = lesson_file(site, prefix)
                started = time.monotonic()
                open_lesson(page, base, notebook)
                wait_prepared(page)  # the lesson runs itself on open: no Run All pressed
                timings[prefix] = time.monotonic() - started
                shown = problems_shown(page)
                assert shown == {"stderr": [], "errors": []}, f"{notebook}: {shown}"
                if prefix == ANSWERED:
                    answer_by_keyboard_then_reload(page, notebook)
                if prefix == "99":
                    progress = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output").all_inner_texts()
                    assert any("1" in t and ("case" in t.lower() or "practis" in t.lower()) for t in progress), progress
                    export_answers(page, tmp_path)
                    page.screenshot(path=str(tmp_path / "site-99.png"))
                close_lesson(page)
        finally:
            browser.close()
    outside = requests.outside()
    assert requests.urls and outside == [], f"{len(outside)} requests left 127.0.0.1: {outside[:10]}"
    report_figure("lite site: open until prepared, no run command, per lesson (s): "
                  + ", ".join(f"{k} {v:.0f}" for k, v in timings.items())
                  + f"; {len(requests.urls)} requests, 0 outside 127.0.0.1")


def wait_prepared(page, timeout: int = 180_000) -> None:
    """Wait until the trainee view's extension has run the open lesson (data-cc-state="ready")."""
    page.wait_for_function(
        "() => { const p = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');"
        " return p && p.getAttribute('data-cc-state') === 'ready'; }", timeout=timeout)
    page.wait_for_function(ALL_RAN_JS, timeout=timeout)


def answer_by_keyboard_then_reload(page, notebook: str) -> None:
    """Answer the first exercise with the keyboard only, reload the page, find it restored."""
    page.locator(".cc-exercise .cc-case h3").first.click()  # reading position on the case text
    tab_until(page, FIRST_RADIO)
    page.keyboard.press("Space")
    chosen = page.evaluate("document.activeElement.closest('label').textContent.trim()")
    tab_until(page, CHECK_BUTTON)
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('.cc-exercise .cc-live').textContent.includes('Score:')", timeout=60_000)
    assert "Classification:" in page.locator(".cc-exercise .cc-live").first.inner_text()

    page.reload()  # the kernel and the page are gone; only the browser's storage remains
    # the workspace brings the lesson's tab back (opening it from the file browser also works)
    open_lesson(page, "", notebook)
    run_all(page)
    page.wait_for_function(
        "() => { const l = document.querySelector('.cc-exercise .cc-live'); return l && l.textContent.includes('Restored'); }",
        timeout=60_000)
    checked = page.evaluate(
        "() => [...document.querySelector('.cc-exercise').querySelectorAll('input[type=radio]:checked')]"
        ".map(i => i.closest('label').textContent.trim())")
    assert checked and checked[0] == chosen, f"{notebook}: after reload {checked}, chose {chosen!r}"
    shown = problems_shown(page)
    assert shown == {"stderr": [], "errors": []}, f"{notebook} after reload: {shown}"


def export_answers(page, tmp_path) -> None:
    """Export my answers: a zip the instructor's tools read back."""
    from codependency_course.answers import read_answers
    from codependency_course.trainee.answers_export import unpack_answers

    button = page.get_by_role("button", name="Export my answers")
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=60_000) as download:
        button.focus()
        page.keyboard.press("Enter")
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name == "my-answers.zip" and zipfile.is_zipfile(path)
    written, problems = unpack_answers(path, tmp_path / "unpacked")
    assert problems == [] and [p.name for p in written] == [f"{lesson_file_stem(ANSWERED)}.answers.json"], (written, problems)
    doc, issues = read_answers(written[0])
    assert issues == [] and sum(len(r.attempts) for r in doc.items.values()) == 1


def lesson_file_stem(prefix: str) -> str:
    from lite_harness import REPO

    (path,) = (REPO / "course").glob(f"{prefix}-*.ipynb")
    return path.stem
