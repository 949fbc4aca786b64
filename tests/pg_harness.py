"""A throwaway PostgreSQL server for tests: Debian's binaries, its own data directory,
127.0.0.1 on a free port, trust authentication, stopped afterwards."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

from lab_harness import free_port


def pg_bin() -> Path | None:
    """The folder of PostgreSQL's server binaries, or None when it is not installed."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_postgres(cmd: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root: use the postgres account when we are root
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@contextmanager
def postgres_server(db: str = "gradebook"):
    """Yield a SQLAlchemy URL for a fresh database on a private server."""
    bindir = pg_bin()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL server binaries not found (Debian: apt-get install postgresql)")
    base = Path(tempfile.mkdtemp(prefix="cc-pg-", dir="/tmp"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sock, "postgres")
    port = free_port()
    run = lambda *c: subprocess.run(_as_postgres(list(c)), check=True, capture_output=True, text=True)  # noqa: E731
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "grader", "--auth=trust", "-E", "UTF8")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "server.log"), "-w", "-o",
            f"-p {port} -k {sock} -c listen_addresses=127.0.0.1", "start")
        run(str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "grader", db)
        yield f"postgresql://grader@127.0.0.1:{port}/{db}"
    finally:
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)
