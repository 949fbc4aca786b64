"""A real JupyterLab and a real Chromium for browser tests and the latency benchmark.

JupyterLab binds 127.0.0.1 on a free port with a random token, serves a temporary copy
of the notebooks (so test answers never land in the repository), and uses the trainee
view's settings. Chromium is Debian's (``/usr/bin/chromium``) or the one named by
``CODEPENDENCY_COURSE_CHROMIUM``; Playwright never downloads a browser.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]

# Every cell kept in the DOM so outputs can be found. (No news pop-up: the trainee view
# itself switches the announcements off, and the browser test checks that it does.)
SETTINGS = {
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
}
START_PAGE = "/lab/tree/00-start-here.ipynb"
"""Where the trainee view opens (as `make lab` starts it)."""


def chromium_path() -> str | None:
    """The browser to drive, or None when there is none on this machine."""
    named = os.environ.get("CODEPENDENCY_COURSE_CHROMIUM")
    if named:
        return named if Path(named).exists() else None
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def free_port() -> int:
    """A TCP port nobody is listening on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _api_status_ok(base: str, token: str) -> bool:
    with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
        return r.status == 200


@contextmanager
def serving(make_cmd, env: dict, cwd: Path, log_path: Path, what: str = "JupyterLab", ready=_api_status_ok,
            timeout: float = 90):
    """Start a server from ``make_cmd(port, token)`` and wait until ``ready(base_url, token)``
    (default: a Jupyter server's API answers); yields (base_url, token) and stops it afterwards."""
    port, token = free_port(), secrets.token_hex(16)
    log = open(log_path, "w")
    proc = subprocess.Popen(make_cmd(port, token), cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if ready(base, token):
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not start; see {log_path}:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.25)
        yield base, token
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


ROOT_FLAG = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []


@contextmanager
def lab_server(notebooks: list[Path], workdir: Path, *, root: Path | None = None, extra_env: dict | None = None):
    """Start JupyterLab on a copy of ``notebooks`` (in ``root``, default workdir/lab-root);
    yields (base_url, token, root folder)."""
    root = root or workdir / "lab-root"
    root.mkdir(parents=True, exist_ok=True)
    for nb in notebooks:
        shutil.copy(nb, root / nb.name)
    settings = workdir / "user-settings"
    for name, value in SETTINGS.items():
        path = settings / f"{name}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value))
    env = dict(os.environ)
    config = workdir / "jupyter-config"  # a copy: JupyterLab writes state into its config dir
    shutil.copytree(REPO / "etc" / "jupyter" / "trainee", config, dirs_exist_ok=True)
    env.update({
        "JUPYTER_CONFIG_DIR": str(config),
        "JUPYTER_RUNTIME_DIR": str(workdir / "runtime"),
        "JUPYTER_DATA_DIR": str(workdir / "data"),
        "CODEPENDENCY_COURSE_EXCHANGE": str(workdir / "exchange"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        **(extra_env or {}),
    })

    def cmd(port, token):
        return ([sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
                 f"--ServerApp.token={token}", f"--ServerApp.root_dir={root}", "--ServerApp.open_browser=False",
                 "--LabApp.news_url=", f"--LabApp.default_url={START_PAGE}", "--LabApp.expose_app_in_browser=True", f"--LabApp.user_settings_dir={settings}",
                 f"--LabApp.workspaces_dir={workdir / 'workspaces'}", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
                + ROOT_FLAG)

    with serving(cmd, env, root, workdir / "lab.log") as (base, token):
        yield base, token, root


@contextmanager
def browser_page(executable: str):
    """A Playwright page in the given Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            yield page
        finally:
            browser.close()


def open_and_run_all(page, base: str, token: str, notebook: str, wait_for: str = ".cc-exercise .widget-radio-box input[type=radio]") -> None:
    """Open a notebook in JupyterLab and run every cell (waits for ``wait_for``, by default an
    exercise drawn by this run, not one left from the trainee view's preparation)."""
    open_notebook(page, base, token, notebook)
    _mark_stale(page)
    run_command(page, "notebook:run-all-cells")
    page.wait_for_function(
        "(sel) => [...document.querySelectorAll(sel)].some(e => !e.closest('[data-cc-stale]'))", arg=wait_for, timeout=60_000
    )


# The trainee view prepares a course notebook when it opens (it runs every cell): its panel's
# data-cc-state goes opening -> preparing -> ready/failed, or opening -> plain. Other views have
# no such extension and no state.
PREPARED_JS = """() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
    if (!w || !w.node) { return false; }
    const s = w.node.getAttribute('data-cc-state');
    const view = window._JUPYTERLAB && window._JUPYTERLAB['codependency-course-trainee'];
    return view ? (s === 'ready' || s === 'failed' || s === 'plain') : true; }"""


def _mark_stale(page) -> None:
    """Tag every exercise on the page, so a wait after a run counts only the ones that run drew."""
    page.evaluate("() => document.querySelectorAll('.cc-exercise').forEach(e => e.setAttribute('data-cc-stale', ''))")


def open_notebook(page, base: str, token: str, notebook: str) -> None:
    """Open one notebook in a fresh workspace (``?reset``: no tabs restored from earlier) and wait
    until it is the current widget and its kernel is idle."""
    page.goto(f"{base}/lab/tree/{notebook}?reset&token={token}")
    page.wait_for_function(
        """(nb) => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
                     const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
                     return !!(w && w.context && w.context.path === nb && k && k.status === 'idle' && w.content.node.isConnected); }""",
        arg=notebook, timeout=90_000,
    )
    page.wait_for_function(PREPARED_JS, timeout=120_000)  # the trainee view's own run has finished
    wait_kernel_idle(page)


def artifacts_dir(fallback: Path) -> Path:
    """Where screenshots for review go: $CODEPENDENCY_COURSE_ARTIFACTS, else ``fallback``."""
    folder = Path(os.environ.get("CODEPENDENCY_COURSE_ARTIFACTS") or fallback)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# Colours as the page computes them; contrast as WCAG 2 defines it (alpha blended over the
# nearest backgrounds underneath).
CONTRAST_JS = """
(() => {
  const parse = (s) => {
    const m = s && s.match(/rgba?\\(([^)]+)\\)/);
    if (!m) { return null; }
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const over = (top, bottom) => {
    const a = top.a + bottom.a * (1 - top.a);
    if (a === 0) { return { r: 0, g: 0, b: 0, a: 0 }; }
    const mix = (k) => (top[k] * top.a + bottom[k] * bottom.a * (1 - top.a)) / a;
    return { r: mix("r"), g: mix("g"), b: mix("b"), a };
  };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) { break; } }
    }
    let out = { r: 255, g: 255, b: 255, a: 1 };
    for (const c of layers.reverse()) { out = over(c, out); }
    return out;
  };
  const lum = (c) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const ratio = (fg, bg) => {
    const top = fg.a < 1 ? over(fg, bg) : fg;
    const [hi, lo] = [lum(top), lum(bg)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  return { parse, background, ratio };
})()
"""


def close_all_and_shutdown(page, base: str, token: str) -> None:
    """Save and close every tab, then shut every kernel down (as a trainee leaving for the day)."""
    run_command(page, "docmanager:save-all")
    page.wait_for_function("() => !document.querySelector('.jp-mod-dirty')", timeout=30_000)
    run_command(page, "application:close-all")
    page.wait_for_function("() => !document.querySelector('.jp-NotebookPanel')", timeout=15_000)
    page.evaluate(
        """async ([base, token]) => {
            const h = { Authorization: `token ${token}` };
            const ks = await (await fetch(`${base}/api/kernels`, { headers: h })).json();
            for (const k of ks) { await fetch(`${base}/api/kernels/${k.id}`, { method: "DELETE", headers: h }); }
        }""",
        [base, token],
    )


def wait_kernel_idle(page, timeout: int = 90_000) -> None:
    """Wait until the current notebook's kernel is connected and idle (asked of JupyterLab itself:
    the trainee view has no status bar)."""
    page.wait_for_function(
        """() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
                   const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
                   return !!(k && k.status === 'idle' && k.connectionStatus === 'connected'); }""",
        timeout=timeout,
    )


def run_command(page, command: str, args: dict | None = None) -> None:
    """Start a JupyterLab command by id (not awaited: some commands wait on a dialog)."""
    page.evaluate(
        """([cmd, args]) => {
            const app = window.jupyterapp;
            if (!app) { throw new Error('JupyterLab application object not found'); }
            app.commands.execute(cmd, args || {});
        }""",
        [command, args],
    )


def tab_until(page, predicate_js: str, limit: int = 80) -> int:
    """Press Tab until the focused element satisfies ``predicate_js`` (a JS arrow on the element)."""
    for n in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return !!el && ({predicate_js})(el); }})()"):
            return n
    raise AssertionError(f"Tab never reached an element matching {predicate_js}")


def radio(option: str, group: str | None = None) -> str:
    """A JS predicate: the focused element is the radio option ``option`` (in the group labelled ``group``)."""
    grp = "true" if group is None else (
        f"(el.closest('.widget-radio') && el.closest('.widget-radio').querySelector('.widget-label').textContent.trim() === {group!r})"
    )
    return (f"(el) => el.type === 'radio' && el.closest('label') && el.closest('label').textContent.trim() === {option!r} "
            f"&& el.closest('.cc-exercise') && {grp}")
