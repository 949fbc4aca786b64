"""Issue 21: a CE cohort with no server at all. Every trainee takes the pre-test, the post-test and
the course evaluation as released on the web version and hands each in as the file its Submit
downloads (``submission_file.build``); the instructor imports the files
(``import-submissions``), grades, hand-grades, returns feedback and issues certificates. Hostile
files from the cohort-trust issue lie in the same folders: each is refused and named, and every
honest trainee who passed holds a certificate that verifies."""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile

import nbformat
import pytest
from test_ce_cohort import _expected

from codependency_course.instructor.ce import settings
from codependency_course.instructor.ce.certificates import REGISTER, verify
from codependency_course.instructor.ce.learning_gain import POST_TEST, PRE_TEST
from codependency_course.instructor.ce.simulated_cycle import ce_cycle
from codependency_course.instructor.course import Course
from codependency_course.trainee.evaluation import ASSIGNMENT as EVALUATION
from codependency_course.trainee.submission_file import members

pytestmark = pytest.mark.grading
N = 20
SECRET = "test-only-secret-not-for-production"


def _zip(entries: list[tuple]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data, *attr in entries:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if attr:
                info.external_attr = attr[0] << 16
            zf.writestr(info, data)
    return buf.getvalue()


def hostile(released: bytes, a: str) -> dict[str, bytes]:
    """The cohort-trust findings as web submission files (name -> bytes)."""
    nb, ans = members("mallory", a)
    many = nbformat.reads(released.decode(), as_version=4)
    many.cells += [nbformat.v4.new_markdown_cell("x") for _ in range(5_000)]
    return {
        "mallory+huge-int.zip": _zip([(nb, released), (ans, b'{"schema_version": 1, "notebook": "x", "items": {}, "n": '
                                                          + b"7" * 5000 + b"}")]),
        "mallory+bomb.zip": _zip([(nb, released), (ans, b" " * (300 * 2**20))]),
        "mallory+cells.zip": _zip([(nb, nbformat.writes(many).encode())]),
        "mallory+link.zip": _zip([(nb, "/etc/passwd", 0o120777)]),
        "impersonation.zip": _zip([(nb, released), (f"trainee-001/{a}/{a}.ipynb", released)]),
        "mallory+corrupt.zip": b"PK\x03\x04" + os.urandom(300),
    }


@pytest.fixture(scope="module")
def web_cohort(tmp_path_factory, repo):
    base = tmp_path_factory.mktemp("web-ce")
    (base / "grading").mkdir()
    shutil.copy(repo / "grading" / "nbgrader_config.py", base / "grading")
    (base / "grading" / "ce.yaml").write_text("provider: 'Web Provider'\napproval_statement: 'Approved for testing only.'\n")
    for d in ("source", "course"):
        (base / d).symlink_to(repo / d)
    old = os.environ.get(settings.SECRET_ENV)
    os.environ[settings.SECRET_ENV] = SECRET
    inbox = base / "lms-downloads"
    for a in (PRE_TEST, POST_TEST, EVALUATION):
        (inbox / a).mkdir(parents=True)
        for name, data in hostile((repo / "source" / a / f"{a}.ipynb").read_bytes(), a).items():
            (inbox / a / name).write_bytes(data)
    c = Course(base / "grading", base / "exchange", env={"JUPYTER_CONFIG_DIR": str(base / "jupyter-config")})
    log = ce_cycle(c, trainees=N, seed=7, workers=2, exchange=False, inbox=inbox)
    yield c, log
    if old is None:
        os.environ.pop(settings.SECRET_ENV, None)
    else:
        os.environ[settings.SECRET_ENV] = old


def test_a_web_only_cohort_ends_with_certificates_that_verify(web_cohort, report_figure):
    c, log = web_cohort
    expected = _expected(c, N)
    records = json.loads((c.root / "certificates" / REGISTER).read_text())
    got = {rec["student_id"] for rec in records.values()}
    assert got == {s for s, why in expected.items() if why == "passed"} and len(got) >= N // 3, (got, expected)
    for code in records:
        ok, msg = verify(code, c.root / "certificates" / REGISTER, SECRET.encode())
        assert ok and msg.startswith("VALID"), msg
    submitted = {a: sorted(p.name for p in (c.root / "submitted").glob(f"*/{a}")) for a in (PRE_TEST, POST_TEST, EVALUATION)}
    assert len(submitted[PRE_TEST]) == N  # every trainee's pre-test came in as a file
    assert not (c.root / "submitted" / "mallory").exists()
    report_figure(f"web-only CE cohort: {N} trainees handed in {sum(map(len, submitted.values()))} files, "
                  f"{len(got)} certificates issued, all verify")


def test_every_hostile_file_is_refused_and_named(web_cohort):
    c, log = web_cohort
    for a in (PRE_TEST, POST_TEST, EVALUATION):
        names = {n for n in hostile(b'{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}', a)}
        report = (c.root / "reports" / f"{a}-import-refused.csv").read_text()
        for name in names:
            assert f"refused {name}:" in log and name in report, (a, name)
    # one trainee's file never changes another's: trainee-001 is never graded from a file that also names another id
    assert "impersonation.zip: holds submissions of 2 trainees" in log
