"""A cohort on a real JupyterHub, set up as grading/jupyterhub/README.md says: local Unix
users, LocalProcessSpawner, configurable-http-proxy from npm, the formgrader as a hub service
running as the grader account, the PostgreSQL gradebook on 127.0.0.1, trainees served the
trainee kit. Release → fetch → answer → validate → submit → collect → grade → hand-grade →
feedback → export, through the hub's proxy.

Needs root (it creates Unix users). Required when CI=true; elsewhere it skips with a message.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
import urllib.parse
from pathlib import Path

import nbformat
import pytest
from hub_harness import (
    Api,
    as_user,
    hub,
    make_venv,
    peak_memory_kib,
    proxy_command,
    run,
    start_server,
    unix_users,
    user_token,
)
from journey_harness import instructor_course
from lab_harness import REPO, free_port
from pg_harness import pg_bin, postgres_server

from codependency_course.instructor.keys import write_reference_answers
from codependency_course.instructor.kit import build as build_kit

pytestmark = pytest.mark.grading
A, COURSE = "check-1-foundations", "codependency-course"
GRADER, INSTRUCTOR, T1, T2 = "cc-test-grader", "cc-test-instr", "cc-test-t1", "cc-test-t2"
RATIONALE = ("Item 1's help replaces Rui's skills (helping vs enabling) and runs one way; Item 2's care "
             "is two-way (reciprocity) and Kwame can say no (boundaries).")


@pytest.fixture
def hub_host():
    missing = []
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        missing.append("root (it creates Unix users)")
    if not Path("/usr/bin/python3").exists():
        missing.append("Debian's /usr/bin/python3")
    if pg_bin() is None:
        missing.append("PostgreSQL (apt-get install postgresql)")
    if not (shutil.which("configurable-http-proxy") or shutil.which("npm")):
        missing.append("npm (apt-get install nodejs npm)")
    if os.environ.get("CI") != "true":
        missing.append("CI=true (it adds and removes Unix users; run it with `CI=true make test` as root)")
    if missing:
        message = "the JupyterHub test needs " + ", ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (it is required when CI=true)")
        pytest.skip(message)
    base = Path(tempfile.mkdtemp(prefix="cc-hub-", dir="/tmp"))
    os.chmod(base, 0o755)
    yield base
    shutil.rmtree(base, ignore_errors=True)


def grader_env(venv: Path, exchange: Path, db_url: str) -> dict:
    """The grader account's course variables (README step 5's ~/.profile)."""
    return {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "CODEPENDENCY_COURSE_EXCHANGE": str(exchange),
            "CODEPENDENCY_COURSE_DB_URL": db_url, "CODEPENDENCY_COURSE_TIMEOUT": "60"}


def test_a_cohort_through_jupyterhub(hub_host, report_figure):
    base = hub_host
    homes, exchange, shared = base / "home", base / "exchange", base / "opt-codependency-course"
    homes.mkdir(mode=0o755)
    exchange.mkdir()
    os.chmod(exchange, 0o1777)  # README step 3
    # README step 6: the trainee materials are the trainee kit (no source/, no key)
    build_kit(REPO, shared, release_root=instructor_course(base / "kit-build"))
    run(["chmod", "-R", "a+rX,go-w", shared])
    [wheel] = (shared / "wheels").glob("*.whl")
    venv = make_venv(base, wheel)  # README step 2, from Debian's Python
    run(["chmod", "-R", "a+rX", venv])
    chp = proxy_command(base)

    with postgres_server("codependency_gradebook") as db_url, unix_users([GRADER, INSTRUCTOR, T1, T2], homes):
        # README steps 2 and 5: the grader's private clone (source/ with the keys) and its nbgrader config
        grader_home = homes / GRADER
        clone = grader_home / "course"
        shutil.copytree(instructor_course(base / "clone-build").parent, clone)
        (grader_home / ".jupyter").mkdir()
        shipped = (REPO / "grading" / "jupyterhub" / "nbgrader_config.py").read_text()
        (grader_home / ".jupyter" / "nbgrader_config.py").write_text(
            shipped.replace("/home/grader-codependency-course/course/grading", str(clone / "grading")))
        run(["chown", "-R", f"{GRADER}:{GRADER}", grader_home])
        genv = grader_env(venv, exchange, db_url)
        grader = lambda *args: as_user(GRADER, ["codependency-course", "--course-root", clone / "grading", *args],  # noqa: E731
                                       env=genv, cwd=clone).stdout

        settings = {"VENV": str(venv), "GRADER": GRADER, "GRADER_HOME": str(grader_home), "SHARED": str(shared),
                    "EXCHANGE": str(exchange), "DB_URL": db_url, "INSTRUCTORS": INSTRUCTOR, "TRAINEES": f"{T1},{T2}",
                    "SERVICE_PORT": str(free_port())}
        with hub(base / "hub-state", venv, chp, settings) as (url, admin, ready_s):
            report_figure(f"JupyterHub: hub ready through the proxy in {ready_s:.1f} s (start to /hub/api answering)")
            start_s = start_server(admin, T1)
            start_server(admin, T2)
            report_figure(f"JupyterHub: a trainee's single-user server started in {start_s:.1f} s (API request to ready)")
            t1, t2, instr = (Api(url, user_token(admin, u)) for u in (T1, T2, INSTRUCTOR))

            # who can reach what
            assert instr.call("GET", f"/services/{COURSE}/formgrader/api/assignments")[0] == 200
            assert t1.call("GET", f"/services/{COURSE}/formgrader/api/assignments")[0] == 403
            assert t1.call("GET", f"/services/{COURSE}/formgrader")[0] == 403
            assert t1.call("GET", f"/user/{T2}/api/contents")[0] == 403
            assert t2.call("GET", f"/user/{T1}/api/contents")[0] == 403
            status, lessons = t1.call("GET", f"/user/{T1}/api/contents")
            assert status == 200 and "00-start-here.ipynb" in {f["name"] for f in lessons["content"]}

            # release (grader), fetch (trainee, from the Assignment List's API)
            grader("release", A)
            status, listed = t1.call("GET", f"/user/{T1}/assignments?course_id={COURSE}")
            assert status == 200 and [a["assignment_id"] for a in listed["value"] if a["status"] == "released"] == [A]
            form = {"course_id": COURSE, "assignment_id": A}
            status, _ = t1.call("POST", f"/user/{T1}/assignments/fetch", form=form)
            assert status == 200
            # the fetched notebook is inside the lab's root, so it opens
            status, fetched = t1.call("GET", f"/user/{T1}/api/contents/{A}/{A}.ipynb")
            assert status == 200, fetched
            nb = nbformat.from_dict(fetched["content"])
            assert "grade_item" not in json.dumps(fetched["content"])

            # answer: the answers file the widgets write (every item right), and the rationale
            key_dir = base / "answers"
            key_dir.mkdir()
            write_reference_answers(clone / "source" / A / f"{A}.ipynb", key_dir)
            answers = (key_dir / f"{A}.answers.json").read_text()
            assert t1.call("PUT", f"/user/{T1}/api/contents/{A}/{A}.answers.json",
                           {"type": "file", "format": "text", "content": answers})[0] in (200, 201)
            for cell in nb.cells:
                if cell.metadata.get("nbgrader", {}).get("grade_id") == "rationale-1":
                    cell.source = RATIONALE
            assert t1.call("PUT", f"/user/{T1}/api/contents/{A}/{A}.ipynb", {"type": "notebook", "content": nb})[0] == 200
            status, verdict = t1.call("POST", f"/user/{T1}/assignments/validate", form={"path": f"{A}/{A}.ipynb"})
            assert status == 200 and verdict.get("success") is True, verdict
            status, submitted = t1.call("POST", f"/user/{T1}/assignments/submit", form=form)
            assert status == 200 and submitted.get("success") is not False, submitted

            # collect and grade (grader account, PostgreSQL gradebook), hand-grade in the formgrader service
            assert "1 submission(s)" in grader("collect", A)
            assert "Graded 1 of 1" in grader("grade", A)
            status, subs = instr.call("GET", f"/services/{COURSE}/formgrader/api/submitted_notebooks/{A}/{A}")
            assert status == 200 and len(subs) == 1, subs
            status, cells = instr.call("GET", f"/services/{COURSE}/formgrader/api/grades?submission_id={subs[0]['id']}")
            by_name = {g["name"]: g for g in cells}
            assert {n: g["auto_score"] for n, g in by_name.items() if n != "rationale-1"} == {"q1-score": 2.0, "q2-score": 2.0}
            assert t1.call("PUT", f"/services/{COURSE}/formgrader/api/grade/{by_name['rationale-1']['id']}",
                           {"manual_score": 3})[0] == 403  # a trainee cannot grade
            status, graded = instr.call("PUT", f"/services/{COURSE}/formgrader/api/grade/{by_name['rationale-1']['id']}",
                                        {"manual_score": 2})
            assert status == 200 and graded["manual_score"] == 2

            # feedback: released by the grader, fetched by the trainee from the Assignment List
            grader("feedback", A)
            assert t1.call("POST", f"/user/{T1}/assignments/fetch_feedback", form=form)[0] == 200
            status, folder = t1.call("GET", f"/user/{T1}/api/contents/{A}/feedback")
            assert status == 200 and len(folder["content"]) == 1
            stamp = urllib.parse.quote(folder["content"][0]["name"])
            status, html = t1.call("GET", f"/user/{T1}/api/contents/{A}/feedback/{stamp}/{A}.html?content=1&type=file&format=text")
            assert status == 200 and "Your score: 6.0 of 7.0 points" in html["content"]  # the course feedback template
            assert "Item q1: 2 of 2 points." in html["content"]

            # export: nbgrader's CSV and the LMS CSV, from the PostgreSQL gradebook
            grader("export", "--to", clone / "grading" / "grades.csv")
            rows = list(csv.DictReader((clone / "grading" / "grades.csv").open()))
            assert [(r["student_id"], float(r["score"]), float(r["max_score"])) for r in rows] == [(T1, 6.0, 7.0)]

            # what a trainee can read: no source/, no key, no one else's submission
            def readable(path) -> bool:
                return as_user(T2, ["test", "-r", path], check=False).returncode == 0

            assert not readable(clone / "source" / A / f"{A}.ipynb")
            assert as_user(T2, ["ls", grader_home], check=False).returncode != 0
            assert as_user(T2, ["ls", exchange / COURSE / "inbound"], check=False).returncode != 0
            assert as_user(T2, ["ls", homes / T1], check=False).returncode != 0
            seen = as_user(T2, ["grep", "-rl", "-e", "BEGIN HIDDEN", "-e", "grade_item(", "-e", "Mark scheme",
                                shared, exchange / COURSE / "outbound"], check=False)
            assert seen.returncode == 1 and seen.stdout == "", seen.stdout
            assert not any(p.name == "source" for p in shared.rglob("*"))

            peak = peak_memory_kib(T1)
            report_figure(f"JupyterHub: a trainee's single-user server peak memory (VmHWM) {peak / 1024:.0f} MiB "
                          "after fetch, validate, submit and fetching feedback")
