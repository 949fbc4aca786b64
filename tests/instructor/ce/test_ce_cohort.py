"""A CE cohort of 30 simulated trainees through the whole cycle: pre-test -> lessons -> post-test and
evaluation -> certificates -> outcomes report. Asserts who gets a certificate and why, that every
certificate verifies and a tampered one does not, that a certificate PDF renders and holds every
field, that the outcomes report shows every section, and that no key reaches a trainee."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import nbformat
import pytest
from pypdf import PdfReader

from codependency_course.instructor.ce import settings
from codependency_course.instructor.ce.certificates import REGISTER, issue, verify
from codependency_course.instructor.ce.completion import set_names, statuses
from codependency_course.instructor.ce.simulated_cycle import ce_cycle, roles
from codependency_course.instructor.cli import main
from codependency_course.instructor.course import Course
from codependency_course.instructor.keys import BEGIN, items_from_notebook
from codependency_course.instructor.simulated_cohort import skills, trainee_ids
from codependency_course.rubric import score
from codependency_course.trainee.evaluation import ASSIGNMENT as EVALUATION
from codependency_course.trainee.grading import latest_answer

pytestmark = pytest.mark.grading
N = 30
SECRET = "test-only-secret-not-for-production"
PROVIDER = "Northbridge Institute for Clinical Education"
APPROVAL = ("Northbridge Institute for Clinical Education is approved by the Example Board of Behavioral Sciences "
            "to sponsor continuing education (provider no. 0000) and maintains responsibility for this program.")


@pytest.fixture(scope="module")
def cohort(tmp_path_factory, repo):
    base = tmp_path_factory.mktemp("ce")
    (base / "grading").mkdir()
    shutil.copy(repo / "grading" / "nbgrader_config.py", base / "grading")
    (base / "grading" / "ce.yaml").write_text(f"provider: {PROVIDER!r}\napproval_statement: {APPROVAL!r}\n")
    for d in ("source", "course"):
        (base / d).symlink_to(repo / d)
    old = os.environ.get(settings.SECRET_ENV)
    os.environ[settings.SECRET_ENV] = SECRET
    c = Course(base / "grading", base / "exchange", env={"JUPYTER_CONFIG_DIR": str(base / "jupyter-config")})
    # before anything is graded, pre-test feedback is refused with a reason
    assert main(["--course-root", str(c.root), "feedback", "pre-test"]) == 2
    log = ce_cycle(c, trainees=N, seed=7, workers=2, exchange=False)
    yield c, log
    if old is None:
        os.environ.pop(settings.SECRET_ENV, None)
    else:
        os.environ[settings.SECRET_ENV] = old


def _expected(c: Course, n: int = N):
    """Who should pass, computed without nbgrader: the rubric on the saved answers plus the simulated hand marks."""
    repo_items = items_from_notebook(c.root.parent / "source" / "capstone-post-test" / "capstone-post-test.ipynb")
    role = roles(n)
    out = {}
    for sid, s in zip(trainee_ids(n), skills(n, 7)):
        if role.get(sid) == "no post-test":
            out[sid] = "did not submit the post-test"
            continue
        folder = c.root / "submitted" / sid / "capstone-post-test"
        widget = sum(score(latest_answer("capstone-post-test", it.item_id, folder)[0], it.key).points(it.points) for it in repo_items)
        post_skill = min(0.99, round(0.45 + 0.6 * s, 3))
        hand = 2 * min(5.0, round(5 * post_skill * 2) / 2)
        if role.get(sid) == "not hand-graded":
            out[sid] = "the post-test is not fully graded yet"
        elif widget + hand < 0.75 * 30 - 1e-9:
            out[sid] = "below the 75% pass mark"
        elif role.get(sid) == "no evaluation":
            out[sid] = "did not submit the course evaluation"
        elif role.get(sid) == "incomplete evaluation":
            out[sid] = "the course evaluation is incomplete"
        else:
            out[sid] = "passed"
    return out


def test_who_gets_a_certificate_and_why(cohort, report_figure):
    c, log = cohort
    expected = _expected(c)
    issued = json.loads((c.root / "certificates" / REGISTER).read_text())
    got = {rec["student_id"] for rec in issued.values()}
    assert got == {s for s, why in expected.items() if why == "passed"}
    for st in statuses(c, settings.load(c.root)):
        assert (expected[st.student_id] in st.reason) or (st.eligible and expected[st.student_id] == "passed"), (st, expected[st.student_id])
        assert f"none for {st.student_id}: {st.reason}" in log or st.eligible
    kinds = {why for why in expected.values()}
    assert kinds == {"passed", "below the 75% pass mark", "did not submit the post-test", "did not submit the course evaluation",
                     "the course evaluation is incomplete", "the post-test is not fully graded yet"}
    report_figure(f"CE cohort: {len(got)} of {N} certificates issued; reasons: "
                  + ", ".join(f"{k} {sum(v == k for v in expected.values())}" for k in sorted(kinds)))
    assert len(list((c.root / "certificates").glob("*.pdf"))) == len(got)


def test_every_certificate_verifies_and_a_tampered_one_does_not(cohort, tmp_path):
    c, _ = cohort
    register = c.root / "certificates" / REGISTER
    records = json.loads(register.read_text())
    for code in records:
        ok, msg = verify(code, register, SECRET.encode())
        assert ok and msg.startswith("VALID"), msg
        assert verify(code.lower().replace("-", " "), register, SECRET.encode())[0]  # typed loosely: still found
    code = next(iter(records))
    # the command line says the same, with exit status 0 / 1
    assert main(["--course-root", str(c.root), "verify", code]) == 0
    assert main(["--course-root", str(c.root), "verify", code[:-1] + ("A" if code[-1] != "A" else "B")]) == 1
    # a register whose details were edited (more hours, another name) no longer matches its code
    for field, value in (("ce_hours", 40.0), ("name", "Someone Else")):
        forged = tmp_path / f"forged-{field}.json"
        forged.write_text(json.dumps({code: {**records[code], field: value}}))
        ok, msg = verify(code, forged, SECRET.encode())
        assert not ok and "do not match" in msg
    # a code made with another secret does not verify
    assert not verify(code, register, b"another-secret-of-enough-length")[0]


def test_certificate_pdf_renders_and_holds_every_field(cohort, tmp_path):
    c, _ = cohort
    config = settings.load(c.root)
    records = json.loads((c.root / "certificates" / REGISTER).read_text())
    code, rec = next(iter(records.items()))
    # a name with markup characters is printed literally, not interpreted
    set_names(c, {rec["student_id"]: ("Zoë <b>", "O'Brien & Ngata")})
    result = issue(c, config)
    cert, code, pdf = next(x for x in result.issued if x[0].student_id == rec["student_id"])
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    for value in (cert.name, cert.course_title, f"{cert.ce_hours:g} CE contact hours", cert.completed_on, cert.provider,
                  cert.approval_statement, cert.certificate_id, code):
        assert " ".join(value.split()) in text, (value, text)
    assert cert.name == "Zoë <b> O'Brien & Ngata" and cert.ce_hours == config.hours() == 9.0
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-singlefile", str(pdf), str(tmp_path / "cert")], check=True)
    png = (tmp_path / "cert.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


def test_outcomes_report_shows_every_section(cohort):
    c, _ = cohort
    html = (c.root / "reports" / "outcomes.html").read_text()
    for heading in ("Enrolment, completion and pass rates", "Pre- and post-test, and learning gain", "Gain per dimension",
                    "Course evaluation, per question", "Comments (screened for identifying details)", "Time on task",
                    "Items to review", "Per trainee"):
        assert f">{heading}<" in html, heading
    assert "Normalised gain: class average" in html and "Paired effect size d_z" in html
    assert html.count("data:image/png;base64,") >= 3
    assert "<script" not in html and "&lt;script&gt;" in html  # a trainee's comment is shown, escaped
    assert "0161 496 0000" not in html and "[withheld: a phone number]" in html
    rates = (c.root / "reports" / "outcomes-rates.csv").read_text()
    assert f"enrolled (known to the gradebook or with a submission),{N}," in rates
    for name in ("trainees", "evaluation", "items-to-review", "time-on-task", "dimension-gain"):
        assert (c.root / "reports" / f"outcomes-{name}.csv").stat().st_size > 20


@pytest.mark.parametrize("assignment", ["pre-test", "capstone-post-test", EVALUATION])
def test_no_key_reaches_a_trainee(cohort, assignment):
    c, _ = cohort
    released = c.root / "release" / assignment
    assert sorted(p.name for p in released.iterdir()) == [f"{assignment}.ipynb"]
    text = (released / f"{assignment}.ipynb").read_text()
    src = nbformat.read(c.root.parent / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    secret = []
    for cell in src.cells:
        for begin, end in ((BEGIN, "### END HIDDEN TESTS"), ("### BEGIN SOLUTION", "### END SOLUTION")):
            if begin in cell.source:
                block = cell.source.split(begin, 1)[1].split(end, 1)[0]
                secret += [ln.strip() for ln in block.splitlines() if len(ln.strip()) > 12]
    assert bool(secret) == (assignment != EVALUATION)
    assert not [ln for ln in secret if ln in text]
    for word in ("grade_item", "Mark scheme", "BEGIN HIDDEN", "rationales="):
        assert word not in text
