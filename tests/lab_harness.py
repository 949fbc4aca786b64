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

# No news pop-up over the notebook; every cell kept in the DOM so outputs can be found.
SETTINGS = {
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false"},
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
}


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
                 "--LabApp.news_url=", "--LabApp.expose_app_in_browser=True", f"--LabApp.user_settings_dir={settings}",
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


def open_and_run_all(page, base: str, token: str, notebook: str) -> None:
    """Open a notebook in JupyterLab and run every cell (waits for the exercise widget)."""
    page.goto(f"{base}/lab/tree/{notebook}?token={token}")
    page.wait_for_selector(".jp-Notebook", timeout=60_000)
    wait_kernel_idle(page)
    run_command(page, "notebook:run-all-cells")
    page.wait_for_selector(".cc-exercise .widget-radio-box input[type=radio]", state="attached", timeout=60_000)


def wait_kernel_idle(page, timeout: int = 90_000) -> None:
    """Wait until the kernel is connected and idle (the status bar says so)."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('.jp-StatusBar-TextItem')].some(e => /\\|\\s*Idle/.test(e.textContent))",
        timeout=timeout,
    )


def run_command(page, command: str) -> None:
    """Start a JupyterLab command by id (not awaited: some commands wait on a dialog)."""
    page.evaluate(
        """(cmd) => {
            const app = window.jupyterapp;
            if (!app) { throw new Error('JupyterLab application object not found'); }
            app.commands.execute(cmd);
        }""",
        command,
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
