"""The zero-install site in a real Chromium: build it once, serve it from 127.0.0.1, drive lessons.

``build_site`` runs ``lite/build.py`` (what ``make site`` runs) into a temporary folder with a
temporary download cache, unless ``CODEPENDENCY_COURSE_SITE`` names an already built site.
``static_server`` serves a folder on 127.0.0.1 (a free port) as any static web host would.
``RequestLog`` records every URL the page asks for, so a test can prove nothing leaves
127.0.0.1.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
import time
import urllib.parse
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from lab_harness import REPO

LESSONS = tuple(sorted(p.name[:2] for p in (REPO / "course").glob("[0-9][0-9]-*.ipynb")))  # 00-08 and 99
KERNEL_READY_MS = 240_000  # a cold Pyodide kernel on a loaded 2-core machine took up to 33 s in the trial

# Run All has finished: the last code cell shows an output numbered [n] (cells run in order), or
# an error stopped the run. Lesson inputs are hidden, so their input prompts stay empty.
ALL_RAN_JS = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) { return false; }
  if (panel.querySelector('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"]')) { return true; }
  const cells = panel.querySelectorAll('.jp-CodeCell');
  const last = cells[cells.length - 1];
  const prompt = last && last.querySelector('.jp-OutputPrompt');
  return !!prompt && /\\[\\d+\\]/.test(prompt.textContent);
}"""


def build_site(tmp: Path) -> Path:
    """The site as ``make site`` builds it (or the one named by CODEPENDENCY_COURSE_SITE)."""
    named = os.environ.get("CODEPENDENCY_COURSE_SITE")
    if named:
        return Path(named)
    out = tmp / "site"
    cache = Path(os.environ.get("CODEPENDENCY_COURSE_SITE_CACHE", tmp / "cache"))
    subprocess.run([sys.executable, str(REPO / "lite" / "build.py"), "--out", str(out), "--cache", str(cache)],
                   check=True, cwd=tmp)
    return out


class _Quiet(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript", ".wasm": "application/wasm",
                      ".json": "application/json", ".whl": "application/zip"}

    def log_message(self, *args) -> None:
        pass


@contextmanager
def static_server(folder: Path):
    """Serve ``folder`` on http://127.0.0.1:<free port>/ (a plain static host); yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class RequestLog:
    """Every URL a browser context requests (pages, workers, service worker fetches)."""

    def __init__(self, context):
        self.urls: list[str] = []
        context.on("request", lambda r: self.urls.append(r.url))

    def outside(self) -> list[str]:
        """Requests whose host is not 127.0.0.1 (blob:/data: URLs count by their origin)."""
        bad = []
        for url in self.urls:
            inner = url[5:] if url.startswith("blob:") else url
            if inner.startswith("data:"):
                continue
            if urllib.parse.urlsplit(inner).hostname != "127.0.0.1":
                bad.append(url)
        return bad


def lesson_file(site: Path, prefix: str) -> str:
    (path,) = (site / "files").glob(f"{prefix}-*.ipynb")
    return path.name


def open_lesson(page, base: str, notebook: str) -> None:
    """Open a lesson and wait for its Pyodide kernel: by URL on the first visit, then from the
    file browser as a trainee does (a page load would restore the tabs of earlier lessons)."""
    if "/lab/" not in page.url:
        page.goto(f"{base}/lab/index.html?path={notebook}")
    else:
        page.locator(".jp-DirListing-item .jp-DirListing-itemText", has_text=notebook).first.dblclick()
    page.wait_for_selector(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook", timeout=120_000)
    wait_idle(page)


def wait_idle(page, timeout: int = KERNEL_READY_MS) -> None:
    page.wait_for_function(
        "() => [...document.querySelectorAll('.jp-StatusBar-TextItem')].some(e => /Pyodide\\)?\\s*\\|\\s*Idle/.test(e.textContent))",
        timeout=timeout,
    )


def run_all(page, timeout: int = 180_000) -> None:
    """Run ▸ Run All Cells, as a trainee does, and wait until every cell has run."""
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    page.wait_for_function(ALL_RAN_JS, timeout=timeout)
    wait_idle(page, timeout)


def problems_shown(page) -> dict:
    """stderr and error outputs visible in the open notebook, as text."""
    return page.evaluate("""() => {
      const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
      const texts = (sel) => [...panel.querySelectorAll(sel)].map((e) => e.textContent.slice(-1500));
      return {
        stderr: texts('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'),
        errors: texts('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"]'),
      };
    }""")


def close_lesson(page, timeout_s: float = 60) -> None:
    """File ▸ Close and Shut Down Notebook (confirming, saving), until no notebook is open."""
    page.locator(".lm-MenuBar-itemLabel", has_text="File").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Close and Shut Down Notebook").first.click()
    deadline = time.monotonic() + timeout_s
    while page.locator(".jp-NotebookPanel").count():
        accept = page.locator(".jp-Dialog .jp-mod-accept")
        if accept.count():
            accept.first.click()
        if time.monotonic() > deadline:
            raise AssertionError(f"notebooks still open after {timeout_s} s: {page.locator('.jp-NotebookPanel').count()}")
        page.wait_for_timeout(250)
