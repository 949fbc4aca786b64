"""A trainee's normal session changes no tracked file: every lesson opened in the trainee
view, run top to bottom and saved leaves ``git status`` clean (no outputs or kernel metadata
in the committed notebooks, no rewritten .py twins), so ``git pull`` of course updates works."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest
from lab_harness import (
    REPO,
    browser_page,
    lab_server,
    open_notebook,
    run_command,
    wait_kernel_idle,
)
from test_browser import chromium  # noqa: F401 (the fixture: Chromium or a clear skip/fail)

pytestmark = [pytest.mark.browser, pytest.mark.notebooks]
LESSONS = sorted(p.name for p in (REPO / "course").glob("[0-9]*.ipynb"))


def git(cwd, *args) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def test_opening_running_and_saving_every_lesson_leaves_git_status_clean(chromium, tmp_path):  # noqa: F811
    # a clone of the course as a trainee has it: the tracked lesson files and the ignore rules
    clone = tmp_path / "clone"
    (clone / "course").mkdir(parents=True)
    for name in git(REPO, "ls-files", "course").split():
        shutil.copy2(REPO / name, clone / name)
    shutil.copy2(REPO / ".gitignore", clone / ".gitignore")
    git(clone, "init", "-q")
    git(clone, "add", "-A")
    git(clone, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "course")

    with lab_server([], tmp_path, root=clone / "course") as (base, token, _), browser_page(chromium) as page:
        for lesson in LESSONS:
            open_notebook(page, base, token, lesson)  # the trainee view runs every cell as the lesson opens
            page.wait_for_function(  # every code cell has run (the notebook model has an execution count for each)
                """() => { const w = window.jupyterapp.shell.currentWidget;
                           const code = w.content.widgets.filter(c => c.model.type === 'code');
                           return code.length > 0 && code.every(c => c.model.executionCount !== null); }""",
                timeout=120_000)
            wait_kernel_idle(page)
            errors = page.locator("[data-mime-type='application/vnd.jupyter.error']").all_inner_texts()
            assert not errors, f"{lesson}: {errors[:1]}"
            saved_before = (clone / "course" / lesson).stat().st_mtime_ns
            run_command(page, "docmanager:save")
            deadline = time.monotonic() + 30
            while (clone / "course" / lesson).stat().st_mtime_ns == saved_before:
                assert time.monotonic() < deadline, f"{lesson} was not saved"
                time.sleep(0.2)
    status = git(clone, "status", "--porcelain", "--untracked-files=all")
    assert status == "", f"a trainee session changed tracked files:\n{status}\n{git(clone, 'diff', '--stat')}"
