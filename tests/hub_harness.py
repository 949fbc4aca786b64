"""A real JupyterHub for the cohort test: test Unix users, a venv other users can run,
configurable-http-proxy from npm, and the course's own grading/jupyterhub/jupyterhub_config.py
driven through its CODEPENDENCY_HUB_* settings. Runs as root only; everything lives under one
temporary folder and the users are removed afterwards."""

from __future__ import annotations

import json
import os
import pwd
import secrets
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from lab_harness import REPO, free_port, serving

HUB_REQUIREMENT = os.environ.get("CODEPENDENCY_HUB_REQUIREMENT", "jupyterhub>=5.5,<7")
CHP_VERSION = "5.3"
SYSTEM_PYTHON = "/usr/bin/python3"  # a venv on pyenv's Python under /root cannot be run by other users


def run(cmd, **kw) -> subprocess.CompletedProcess:
    """Run a command; on failure raise with its output."""
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return proc


def make_venv(base: Path, wheel: Path) -> Path:
    """A venv from Debian's Python with JupyterHub and the course wheel (the README's step 2)."""
    reuse = os.environ.get("CODEPENDENCY_HUB_TEST_VENV")  # for repeated local runs: an existing such venv
    if reuse:
        run([Path(reuse) / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", wheel])
        return Path(reuse)
    venv = base / "venv"
    run([SYSTEM_PYTHON, "-m", "venv", venv])
    run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", HUB_REQUIREMENT, f"{wheel}[postgres]"])
    return venv


def proxy_command(base: Path) -> Path:
    """configurable-http-proxy: the one on PATH, else npm's, installed into ``base``."""
    found = shutil.which("configurable-http-proxy")
    if found:
        return Path(found)
    if not shutil.which("npm"):
        raise FileNotFoundError("npm not found (Debian: apt-get install nodejs npm)")
    run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", base / "chp", f"configurable-http-proxy@{CHP_VERSION}"])
    return base / "chp" / "node_modules" / ".bin" / "configurable-http-proxy"


@contextmanager
def unix_users(names: list[str], homes: Path):
    """Create local users with private homes under ``homes``; remove them afterwards."""
    made = []
    try:
        for name in names:
            try:
                pwd.getpwnam(name)
                raise RuntimeError(f"user {name} exists already; remove it or pick other test names")
            except KeyError:
                pass
            run(["useradd", "--create-home", "--home-dir", homes / name, "--shell", "/bin/bash", "--user-group", name])
            made.append(name)
            os.chmod(homes / name, 0o700)
        yield
    finally:
        for name in made:
            subprocess.run(["pkill", "-KILL", "-u", name], capture_output=True)  # only this test's users
            subprocess.run(["userdel", "--remove", name], capture_output=True)


def as_user(user: str, cmd: list, env: dict | None = None, cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``cmd`` as ``user`` with a clean environment (HOME set, plus ``env``)."""
    home = pwd.getpwnam(user).pw_dir
    base_env = {"HOME": home, "USER": user, "PATH": "/usr/bin:/bin", **(env or {})}
    full = ["runuser", "-u", user, "--", "env", "-i", *[f"{k}={v}" for k, v in base_env.items()], *map(str, cmd)]
    proc = subprocess.run(full, capture_output=True, text=True, cwd=cwd or home, timeout=600)
    if check and proc.returncode != 0:
        raise RuntimeError(f"as {user}: {' '.join(map(str, cmd))} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc


class Api:
    """Requests to the hub's proxy with a token; returns (status, parsed JSON or text)."""

    def __init__(self, base: str, token: str):
        self.base, self.token = base, token

    def call(self, method: str, path: str, body=None, form: dict | None = None):
        data, headers = None, {"Authorization": f"token {self.token}"}
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=300) as r:
                status, raw = r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            status, raw = e.code, e.read().decode(errors="replace")
        try:
            return status, json.loads(raw)
        except ValueError:
            return status, raw


HUB_TEST_CONFIG = """\
c = get_config()  # noqa: F821
load_subconfig({shipped!r})  # noqa: F821  the course's own hub config, as an administrator uses it
# what only the test changes: who logs in, where the hub listens, its own state folder
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {password!r}
c.JupyterHub.bind_url = "http://127.0.0.1:{port}"
c.JupyterHub.hub_bind_url = "http://127.0.0.1:{hub_port}"
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api_port}"
c.ConfigurableHTTPProxy.command = [{chp!r}]
c.JupyterHub.db_url = "sqlite:///{state}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{state}/jupyterhub_cookie_secret"
c.JupyterHub.pid_file = "{state}/jupyterhub.pid"
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.JupyterHub.services.append({{"name": "cc-test-admin", "api_token": {admin_token!r}}})
c.JupyterHub.load_roles.append({{"name": "cc-test-admin", "services": ["cc-test-admin"],
                                "scopes": ["admin:users", "admin:servers", "tokens", "admin:groups", "read:roles"]}})
"""


@contextmanager
def hub(state: Path, venv: Path, chp: Path, settings: dict[str, str]):
    """Start JupyterHub with the shipped config; yields (proxy base URL, admin Api, seconds to ready)."""
    state.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "CODEPENDENCY_COURSE"))}
    env.update({f"CODEPENDENCY_HUB_{k}": v for k, v in settings.items()})
    env["PATH"] = f"{venv / 'bin'}:{chp.parent}:/usr/local/bin:/usr/bin:/bin"
    config = state / "jupyterhub_test_config.py"

    def cmd(port, token):  # the token serving() made becomes the test's admin service token
        config.write_text(HUB_TEST_CONFIG.format(
            shipped=str(REPO / "grading" / "jupyterhub" / "jupyterhub_config.py"), password=secrets.token_hex(8),
            port=port, hub_port=free_port(), proxy_api_port=free_port(), chp=str(chp), state=state, admin_token=token))
        return [str(venv / "bin" / "jupyterhub"), "-f", str(config)]

    def ready(base, token):
        admin = Api(base, token)
        return admin.call("GET", "/hub/api/")[0] == 200 and admin.call("GET", "/hub/api/users")[0] == 200

    started = time.monotonic()
    with serving(cmd, env, state, state / "hub.log", "JupyterHub", ready=ready, timeout=120) as (base, token):
        yield base, Api(base, token), time.monotonic() - started


def start_server(admin: Api, user: str, timeout: float = 180) -> float:
    """Start a user's server through the hub API; seconds until the hub reports it ready."""
    started = time.monotonic()
    status, body = admin.call("POST", f"/hub/api/users/{user}/server")
    assert status in (201, 202), (status, body)
    while time.monotonic() - started < timeout:
        status, info = admin.call("GET", f"/hub/api/users/{user}")
        server = (info.get("servers") or {}).get("", {}) if isinstance(info, dict) else {}
        if server.get("ready"):
            return time.monotonic() - started
        time.sleep(0.25)
    raise TimeoutError(f"{user}'s server did not become ready in {timeout} s")


def user_token(admin: Api, user: str) -> str:
    """An API token for ``user`` with that user's own permissions."""
    status, body = admin.call("POST", f"/hub/api/users/{user}/tokens", {"note": "cc-test", "expires_in": 3600})
    assert status in (200, 201), (status, body)
    return body["token"]


def peak_memory_kib(user: str) -> int:
    """VmHWM (peak resident memory) of ``user``'s jupyterhub-singleuser process."""
    out = subprocess.run(["pgrep", "-u", user, "-f", "jupyterhub-singleuser"], capture_output=True, text=True).stdout.split()
    peaks = []
    for pid in out:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]))
    if not peaks:
        raise RuntimeError(f"no jupyterhub-singleuser process for {user}")
    return max(peaks)
