"""Issue 21: graded checks handed in as files from the web version, imported as hostile input.

Honest files built by the web Submit's own code (``submission_file.build``) from a fetched check
grade exactly as the same answers submitted through nbgrader's exchange; each hostile file is
refused and named while the honest ones are imported; the command runs as a fresh process and
says by its exit code that some files were refused.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, make_course
from nbgrader.api import Gradebook

from codependency_course.instructor.autograding.importing import REFUSED, import_submissions
from codependency_course.instructor.autograding.parallel import grade
from codependency_course.instructor.autograding.windows import close, late_students
from codependency_course.instructor.course import Trainee
from codependency_course.instructor.keys import items_from_notebook, key_answer
from codependency_course.trainee.store import AnswerStore
from codependency_course.trainee.submission_file import build, file_name, members

pytestmark = pytest.mark.grading
A = "check-1-foundations"
ITEMS = items_from_notebook(REPO / "source" / A / f"{A}.ipynb")


def answer(folder: Path, n: int) -> None:
    """The key for the first ``n`` items (so trainees differ)."""
    store = AnswerStore(A, folder)
    for it in ITEMS[:n]:
        store.record(it.item_id, key_answer(it.key), mode="assessment")


@pytest.fixture
def released(tmp_path):
    course = make_course(tmp_path)
    course.generate(A)
    course.release(A)
    t = Trainee(course, "fetcher", tmp_path / "homes" / "fetcher")
    return course, t.fetch(A)


def web_file(tmp_path: Path, released_folder: Path, sid: str, n: int, out: Path) -> Path:
    folder = tmp_path / "web" / sid
    folder.mkdir(parents=True)
    for p in released_folder.iterdir():
        if p.suffix == ".ipynb":
            (folder / p.name).write_bytes(p.read_bytes())
    answer(folder, n)
    out.mkdir(exist_ok=True)
    path = out / file_name(sid, A)
    path.write_bytes(build(folder, A, sid))
    return path


def _zip(path: Path, entries: list[tuple], **kw) -> Path:
    with zipfile.ZipFile(path, "w", kw.get("compression", zipfile.ZIP_DEFLATED)) as zf:
        for name, data, *attr in entries:
            info = zipfile.ZipInfo(name)
            info.compress_type = kw.get("compression", zipfile.ZIP_DEFLATED)
            if attr:
                info.external_attr = attr[0] << 16
            zf.writestr(info, data)
    return path


def hostile_files(out: Path, notebook: bytes, honest_answers: bytes) -> dict[str, tuple[Path, str]]:
    """name -> (file, a phrase the refusal must contain)."""
    nb, ans = members("mallory", A)
    deep = nbformat.reads(notebook.decode(), as_version=4)
    deep.cells += [nbformat.v4.new_markdown_cell("x") for _ in range(5_000)]
    files = {
        "huge-int": ([(nb, notebook), (ans, b'{"schema_version": 1, "notebook": "x", "items": {}, "n": ' + b"7" * 5000 + b"}")],
                     "answers.json"),
        "deep": ([(nb, notebook), (ans, b"[" * 50_000 + b"]" * 50_000)], "answers.json"),
        "bomb": ([(nb, notebook), (ans, b"0" * (200 * 2**20))], "more than the"),
        "too-many": ([(f"mallory/{A}/x{i}.txt", b"x") for i in range(40)], "over the limit"),
        "link": ([(nb, "/etc/passwd", 0o120777)], "link"),
        "dotdot": ([(f"../{A}/{A}.ipynb", notebook)], "outside its folder"),
        "absolute": ([(f"/mallory/{A}/{A}.ipynb", notebook)], "outside its folder"),
        "wrong-assignment": ([("mallory/check-2-roles-origins/check-2-roles-origins.ipynb", notebook)], "not expected"),
        "bad-id": ([(f"a b/{A}/{A}.ipynb", notebook)], "not allowed"),
        "two-ids": ([(nb, notebook), (f"eve/{A}/{A}.ipynb", notebook)], "2 trainees"),
        "no-notebook": ([(ans, honest_answers)], f"no {A}.ipynb"),
        "many-cells": ([(nb, nbformat.writes(deep).encode())], "cells"),
        "not-utf8": ([(nb, b"\xff\xfe" + notebook)], "UTF-8"),
    }
    made = {name: (_zip(out / f"{name}.zip", entries), phrase) for name, (entries, phrase) in files.items()}
    (out / "corrupt.zip").write_bytes(b"PK\x03\x04" + os.urandom(500))
    (out / "not-a-zip.zip").write_bytes(b"%PDF-1.4 this is a letter, not a submission")
    made["corrupt"] = (out / "corrupt.zip", "zip")
    made["not-a-zip"] = (out / "not-a-zip.zip", "not a zip file")
    good = io.BytesIO()
    with zipfile.ZipFile(good, "w") as zf:
        zf.writestr(nb, notebook)
    data = bytearray(good.getvalue())
    data[6] |= 0x1  # the "encrypted" flag of the first member's local and central headers
    data[data.rfind(b"PK\x01\x02") + 8] |= 0x1
    (out / "encrypted.zip").write_bytes(bytes(data))
    made["encrypted"] = (out / "encrypted.zip", "could not be read")
    return made


def test_web_files_grade_like_the_exchange_and_hostile_files_are_refused_and_named(released, tmp_path, report_figure):
    course, folder = released
    # the same answers through nbgrader's exchange (the JupyterLab path)
    lab = Trainee(course, "lab-1", tmp_path / "homes" / "lab-1")
    answer(lab.fetch(A), 1)
    lab.submit(A)
    inbox = tmp_path / "inbox"
    honest = {sid: web_file(tmp_path, folder, sid, n, inbox) for sid, n in (("web-1", 1), ("web-2", 0), ("web-3", len(ITEMS)))}
    notebook = (folder / f"{A}.ipynb").read_bytes()
    hostile = hostile_files(inbox, notebook, (tmp_path / "web" / "web-1" / f"{A}.answers.json").read_bytes())

    done = import_submissions(course, [inbox], A)
    course.collect(A)  # the exchange submission too
    grade(course, A, workers=1, progress=False)

    assert sorted(s for s, _ in done.accepted) == ["web-1", "web-2", "web-3"]
    refused = {p.stem: why for p, why in done.refused}
    assert set(refused) == set(hostile), refused
    for name, (_, phrase) in hostile.items():
        assert phrase.lower() in refused[name].lower(), (name, refused[name])
    rows = (course.root / "reports" / f"{A}-{REFUSED}").read_text()
    assert all(f"{name}.zip" in rows for name in hostile)
    with Gradebook(course.db_url()) as gb:
        scores = {s: gb.find_submission(A, s).score for s in ("lab-1", "web-1", "web-2", "web-3")}
        assert "mallory" not in {s.id for s in gb.students}
    assert scores["web-1"] == scores["lab-1"] > scores["web-2"]
    assert scores["web-3"] == sum(it.points for it in ITEMS if it.key is not None)
    report_figure(f"import-submissions: {len(done.accepted)} web files imported and graded as the exchange path "
                  f"({scores['web-1']} = {scores['lab-1']}), {len(done.refused)} hostile files refused and named")


def test_receipt_time_is_the_providers_and_after_closing_a_file_goes_to_late(released, tmp_path):
    from codependency_course.instructor.autograding.windows import receipt

    course, folder = released
    first = web_file(tmp_path, folder, "web-1", 1, tmp_path / "in1")
    before = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    import_submissions(course, [first], A)
    after = datetime.now(timezone.utc).replace(tzinfo=None)
    received = datetime.fromisoformat(receipt(course.root / "submitted" / "web-1" / A)["received_at"])
    assert before <= received <= after  # the provider's clock at import, nothing the trainee wrote
    stamp = (course.root / "submitted" / "web-1" / A / "timestamp.txt").read_text()
    assert before <= datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f UTC") <= after
    close(course.root, A, "its feedback was released (feedback explains the key)")
    again = web_file(tmp_path / "again", folder, "web-1", len(ITEMS), tmp_path / "in2")
    import_submissions(course, [again], A)
    assert late_students(course.root, A) == ["web-1"]
    grade(course, A, workers=1, progress=False)
    with Gradebook(course.db_url()) as gb:
        assert gb.find_submission(A, "web-1").score < sum(it.points for it in ITEMS if it.key is not None)


def test_the_command_as_a_fresh_process_names_refusals_and_exits_3(released, tmp_path):
    course, folder = released
    inbox = tmp_path / "inbox"
    web_file(tmp_path, folder, "web-1", 1, inbox)
    (inbox / "letter.zip").write_bytes(b"not a zip")
    env = {**os.environ, "CODEPENDENCY_COURSE_EXCHANGE": str(course.exchange), **course.env}
    proc = subprocess.run([sys.executable, "-m", "codependency_course", "--course-root", str(course.root),
                           "import-submissions", str(inbox), A], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert "Imported 1 submission file(s)" in proc.stdout and "web-1" in proc.stdout
    assert "letter.zip" in proc.stdout and "not a zip file" in proc.stdout
    assert (course.root / "submitted" / "web-1" / A / f"{A}.ipynb").is_file()
    proc = subprocess.run([sys.executable, "-m", "codependency_course", "--course-root", str(course.root),
                           "import-submissions", str(inbox), "never-released"], capture_output=True, text=True,
                          env=env, timeout=300)
    assert proc.returncode in (2, 3) and "Traceback" not in proc.stderr, proc.stderr
