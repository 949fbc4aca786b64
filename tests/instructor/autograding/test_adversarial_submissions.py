"""A hostile cohort: every attack a trainee can make through a submission, one trainee each.

Each attacker also answers honestly (half marks: right labels, no evidence), so each test
can assert three things: the attacker gets exactly that honest grade and every other
trainee's grade is unchanged; nothing outside the submission changed (no attack code ran:
its marker files and processes do not exist, the instructor's files are byte-identical);
and what the instructor opens (terminal output, reports, CSVs, feedback, the formgrader
view) is inert.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, make_course
from nbgrader.api import Gradebook

from codependency_course.answers import MAX_ATTEMPTS, Answer
from codependency_course.instructor.autograding.parallel import grade
from codependency_course.instructor.cli import main as cli_main
from codependency_course.instructor.course import Course, Trainee
from codependency_course.instructor.keys import items_from_notebook, key_answer
from codependency_course.instructor.reports.grade_export import export
from codependency_course.trainee.store import AnswerStore

pytestmark = pytest.mark.grading
A = "check-1-foundations"
ITEMS = items_from_notebook(REPO / "source" / A / f"{A}.ipynb")
TOP = sum(i.points for i in ITEMS)
HONEST = TOP / 2  # every attacker's honest answers: right labels, no evidence
SCRIPT = "<script>document.title='pwned'</script>"
FORMULA = '=HYPERLINK("http://example.invalid","x")'


def honest(folder: Path) -> None:
    store = AnswerStore(A, folder)
    for it in ITEMS:
        store.record(it.item_id, Answer(label=it.key.label), mode="assessment")


def perfect(folder: Path) -> None:
    store = AnswerStore(A, folder)
    for it in ITEMS:
        store.record(it.item_id, key_answer(it.key), mode="assessment")


def add_code(folder: Path, code: str, *, where: str = "setup", metadata: dict | None = None) -> None:
    path = folder / f"{A}.ipynb"
    nb = nbformat.read(path, as_version=4)
    i = next(n for n, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == where)
    cell = nbformat.v4.new_code_cell(code)
    cell.metadata.update(metadata or {})
    nb.cells.insert(i + 1, cell)
    nbformat.write(nb, path)


def write_rationale(folder: Path, text: str) -> None:
    path = folder / f"{A}.ipynb"
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "rationale-1":
            cell.source = text
    nb.cells.append(nbformat.v4.new_markdown_cell(f"[click me](javascript:alert(1)) {SCRIPT} <img src=x onerror=alert(1)>"))
    nb.cells.append(nbformat.v4.new_raw_cell(SCRIPT, metadata={"raw_mimetype": "text/html"}))
    nbformat.write(nb, path)


def attack_code(marker: Path) -> dict[str, str]:
    """Code cells a trainee might add; each leaves a marker file if it ever runs."""
    touch = f"open({str(marker)!r} + '-{{}}', 'w').write('ran')"
    return {
        "patch-grading": (
            "import codependency_course.trainee.grading as g, codependency_course.rubric as s, builtins, sys\n"
            "g.grade_item = lambda *a, **k: k.get('points', 100)\n"
            "s.score = None\nbuiltins.round = lambda x, n=0: 100.0\nsys.modules['codependency_course.trainee.grading'] = g\n"
            + touch.format("patch")),
        "forge-answers": (
            "from codependency_course.answers import AnswerStore, Answer\n"
            "AnswerStore('check-1-foundations').record('q1', Answer(label='codependent_pattern'))\n" + touch.format("forge")),
        "read-secrets": (
            "import glob\nfor f in glob.glob('../../../**/*', recursive=True):\n    print(f)\n"
            "print(open('../../../gradebook.db','rb').read()[:200])\n" + touch.format("read")),
        "kill-worker": ("import os, signal, subprocess\n" + touch.format("kill") + "\n"
                        "subprocess.Popen(['sleep', '600', 'adversarial-detached'], start_new_session=True)\n"
                        "os.kill(os.getppid(), signal.SIGKILL)"),
        "slow": "while True:\n    pass",
    }


def make_entry(inbound: Path, name: str, *, folder: bool = True, files: dict[str, str] | None = None) -> Path:
    path = inbound / name
    if folder:
        path.mkdir()
        for fname, text in (files or {"timestamp.txt": "2026-01-01 10:00:00.000000 UTC",
                                      "submission_secret.txt": "abc123"}).items():
            (path / fname).write_text(text)
    else:
        path.write_text("not a folder")
    return path


def fingerprint(*roots: Path) -> dict[str, str]:
    out = {}
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file() and not p.is_symlink():
                out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module")
def cohort(tmp_path_factory):
    base = tmp_path_factory.mktemp("adversarial")
    marker = base / "attack-ran"
    secrets = base / "instructor-only"
    secrets.mkdir()
    (secrets / "notes.txt").write_text("the instructor's private notes")
    course = make_course(base, {"CODEPENDENCY_COURSE_TIMEOUT": "5"})
    course.generate(A)
    course.release(A)
    homes = base / "homes"
    trainees: dict[str, tuple] = {
        # id: (prepare(folder), expected code score)
        "bystander": (perfect, TOP),
        "victim": (honest, HONEST),
    }
    for name, code in attack_code(marker).items():
        trainees[name] = (lambda f, code=code: (honest(f), add_code(f, code)), HONEST)
    trainees["forged-grade-cell"] = (lambda f: (honest(f), add_code(f, "100", metadata={"nbgrader": {
        "grade": True, "grade_id": "bonus", "points": 100, "locked": True, "solution": False, "schema_version": 3}})), HONEST)
    trainees["markup-text"] = (lambda f: (honest(f), write_rationale(f, f"My view {SCRIPT} {FORMULA}\x1b[2J\x1b]0;owned\x07")),
                               HONEST)

    trainees["symlinks"] = (honest, 0.0)  # links put into the entry after submit: never followed, so unanswered

    def deep(f: Path) -> None:
        (f / f"{A}.answers.json").write_text("[" * 100_000 + "]" * 100_000)

    def huge(f: Path) -> None:
        doc = {"schema_version": 1, "notebook": A, "items": {"q1": {"attempts": []}}, "pad": "x" * (6 * 2**20)}
        (f / f"{A}.answers.json").write_text(json.dumps(doc))

    def many_attempts(f: Path) -> None:
        honest(f)
        path = f / f"{A}.answers.json"
        doc = json.loads(path.read_text())
        wrong = {**doc["items"]["q1"]["attempts"][-1], "label": "other_concern_first"}
        doc["items"]["q1"]["attempts"] = [wrong] * (MAX_ATTEMPTS + 500) + doc["items"]["q1"]["attempts"]
        path.write_text(json.dumps(doc))

    trainees["deep-json"] = (deep, 0.0)
    trainees["huge-answers"] = (huge, 0.0)
    trainees["many-attempts"] = (many_attempts, HONEST)
    for sid, (prepare, _) in trainees.items():
        t = Trainee(course, sid, homes / sid)
        prepare(t.fetch(A))
        t.submit(A)

    # Entries a trainee can drop into the exchange's inbound folder (writable by every trainee).
    inbound = course.exchange / "codependency-course" / "inbound"
    (entry,) = inbound.glob(f"symlinks+{A}+*")
    (entry / f"{A}.answers.json").unlink()
    (entry / f"{A}.answers.json").symlink_to(next(inbound.glob(f"bystander+{A}+*")) / f"{A}.answers.json")
    (entry / "peek").symlink_to(secrets)
    good_secret = {"timestamp.txt": "2026-01-01 10:00:00.000000 UTC", "submission_secret.txt": "abc"}
    make_entry(inbound, "no-plus-signs-here")  # not an entry of this assignment: never a candidate
    make_entry(inbound, f"plainfile+{A}+2026-01-01 10:00:00.000000 UTC+x", folder=False)
    make_entry(inbound, f"badtime+{A}+not-a-time+x")
    make_entry(inbound, f"future+{A}+2999-01-01 10:00:00.000000 UTC+x")
    make_entry(inbound, f"nostamp+{A}+2026-01-01 10:00:00.000000 UTC+x", files={"submission_secret.txt": "a"})
    make_entry(inbound, f"bad,id=1+{A}+2026-01-01 10:00:00.000000 UTC+x", files=good_secret)
    make_entry(inbound, f"\x1b[31mred+{A}+2026-01-01 10:00:00.000000 UTC+x", files=good_secret)
    make_entry(inbound, f"<img src=x onerror=alert(1)>+{A}+2026-01-01 10:00:00.000000 UTC+x", files=good_secret)
    (inbound / f"linked+{A}+2026-01-01 10:00:00.000000 UTC+x").symlink_to(secrets)
    expected_skips = 8
    if os.geteuid() == 0:  # a classmate's name on an entry owned by another Unix user
        soon = (datetime.now(timezone.utc) + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S.%f UTC")
        forged = make_entry(inbound, f"victim+{A}+{soon}+zz", files={**good_secret, "timestamp.txt": soon})
        shutil.copy(homes / "bystander" / A / f"{A}.answers.json", forged / f"{A}.answers.json")
        subprocess.run(["chown", "-R", "nobody", str(forged)], check=True)
        expected_skips += 1

    before = fingerprint(REPO / "source", secrets, homes / "bystander", homes / "victim")
    collect_out = _cli(course, "collect", A)
    result = grade(course, A, workers=2, progress=False)
    with Gradebook(course.db_url()) as gb:  # hand-grade the written answers so feedback can be made
        for sid in trainees:
            g = gb.find_grade("rationale-1", A, A, sid)
            g.manual_score = 1.0
        gb.db.commit()
    feedback_out = _cli(course, "feedback", A)
    paths = list(export(course, base / "grades.csv")[:2])
    return dict(course=course, base=base, trainees=trainees, marker=marker, result=result, before=before,
                secrets=secrets, homes=homes, collect_out=collect_out, feedback_out=feedback_out, paths=paths,
                expected_skips=expected_skips)


def _cli(course: Course, *args: str) -> str:
    import contextlib
    import io

    buf = io.StringIO()
    env = {**os.environ, **course.environ}
    saved = dict(os.environ)
    os.environ.update(env)
    try:
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
            cli_main(["--course-root", str(course.root), *args])
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return buf.getvalue()


def test_every_attacker_gets_their_honest_grade_and_nobody_else_changes(cohort):
    result = cohort["result"]
    assert result.failed == {}, result.failed
    with Gradebook(cohort["course"].db_url()) as gb:
        scores = {s: gb.find_submission(A, s).code_score for s in cohort["trainees"]}
        students = {s.id for s in gb.students}
    assert scores == {s: expected for s, (_, expected) in cohort["trainees"].items()}
    # entries skipped at collect never became trainees
    assert students == set(cohort["trainees"]), students - set(cohort["trainees"])


def test_no_attack_code_ran_and_nothing_outside_the_submission_changed(cohort):
    assert not list(cohort["base"].glob("attack-ran*")), "an added cell was executed while grading"
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert "adversarial-detached" not in ps
    after = fingerprint(REPO / "source", cohort["secrets"], cohort["homes"] / "bystander", cohort["homes"] / "victim")
    assert after == cohort["before"]
    problems = {s: " | ".join(p for t, p in cohort["result"].problems if t == s) for s in cohort["trainees"]}
    for attacker in attack_code(cohort["marker"]):
        assert "added code cell(s) were not run" in problems[attacker], (attacker, problems[attacker])
    assert "symbolic link" in problems["symlinks"] and "peek" in problems["symlinks"], problems["symlinks"]
    assert "nested too deeply" in problems["deep-json"]
    assert "over the 5 MB limit" in problems["huge-answers"]
    assert "over the limit of" in problems["many-attempts"]


def test_malformed_and_forged_inbound_entries_are_skipped_and_reported(cohort):
    course = cohort["course"]
    rows = list(csv.reader(open(course.root / "reports" / f"{A}-collect-skipped.csv", encoding="utf-8")))[1:]
    assert len(rows) == cohort["expected_skips"], rows
    reasons = " | ".join(r[1] for r in rows)
    for why in ("not a folder", "malformed timestamp", "in the future",
                "timestamp.txt is missing", "is not allowed"):
        assert why in reasons, why
    if os.geteuid() == 0:
        assert "submitted as victim by Unix user nobody" in reasons
    out = cohort["collect_out"]
    assert "skipped" in out and "\x1b" not in out
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)


def test_instructor_facing_outputs_are_inert(cohort):
    course = cohort["course"]
    # terminal: no escape or control sequences from trainee text
    for text in (cohort["collect_out"], cohort["feedback_out"], cohort["result"].text()):
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text), repr(text)
    # spreadsheets: nothing starts like a formula
    for path in [course.root / "reports" / f"{A}-problems.csv", *cohort["paths"]]:
        for row in csv.reader(open(path, encoding="utf-8")):
            assert all(not c.startswith(("=", "+", "@", "\t")) for c in row), (path, row)
    # feedback HTML and the graded notebook formgrader renders: the markup is text, not markup
    fb = (course.root / "feedback" / "markup-text" / A / f"{A}.html").read_text()
    assert "<script>document.title" not in fb and "onerror=alert" not in fb.replace("onerror=alert(1)&gt;", "")
    assert 'href="javascript:' not in fb
    assert "&lt;script&gt;" in fb  # shown to the instructor as text
    graded = nbformat.read(course.root / "autograded" / "markup-text" / A / f"{A}.ipynb", as_version=4)
    from nbconvert.filters import markdown2html

    for cell in graded.cells:
        if cell.cell_type != "code" and not cell.metadata.get("nbgrader", {}).get("locked"):
            rendered = markdown2html(cell.source)  # what the formgrader and feedback templates do
            assert "<script" not in rendered and "javascript:" not in rendered.split("href=")[-1][:12], rendered
            assert "<img" not in rendered and 'href="javascript' not in rendered, rendered
    assert not any(c.cell_type == "raw" and c.metadata.get("raw_mimetype") for c in graded.cells)


def test_formgrader_view_of_a_hostile_notebook_is_inert(cohort):
    from nbconvert.exporters import HTMLExporter
    from nbgrader.server_extensions.formgrader import handlers

    course = cohort["course"]
    exporter = HTMLExporter(template_name="formgrade", extra_template_basedirs=[handlers.template_path])
    path = course.root / "autograded" / "markup-text" / A / f"{A}.ipynb"
    html, _ = exporter.from_filename(str(path), resources={"base_url": "/", "index": 0, "total": 1,
                                                           "notebook_path": str(path), "mathjax_url": ""})
    body = html.split("<body", 1)[1]
    assert "<script>document.title" not in body and 'href="javascript:' not in body and "<img src=x" not in body


def test_feedback_shows_the_key_but_nothing_only_the_instructor_may_read(cohort):
    course = cohort["course"]
    for sid in ("read-secrets", "patch-grading", "forge-answers"):
        fb = (course.root / "feedback" / sid / A / f"{A}.html").read_text()
        assert "Teaching point:" in fb  # the explained key, as intended after grading
        for secret in ("Mark scheme", "instructor's private notes", "SQLite format", "submitted/bystander"):
            assert secret not in fb, (sid, secret)


def test_export_works_for_everyone(cohort):
    nbcsv, lms = cohort["paths"]
    rows = list(csv.DictReader(open(nbcsv, encoding="utf-8")))
    assert {r["student_id"] for r in rows} == set(cohort["trainees"])
    lms_rows = list(csv.DictReader(open(lms, encoding="utf-8")))
    assert len(lms_rows) == len(cohort["trainees"])


def test_the_installed_package_ships_no_model_answer_or_key():
    package = REPO / "src" / "codependency_course"
    shipped = "\n".join(p.read_text(errors="ignore") for p in package.rglob("*.py"))
    for assignment in (REPO / "source").iterdir():
        nb = assignment / f"{assignment.name}.ipynb"
        if not nb.exists():
            continue
        for cell in nbformat.read(nb, as_version=4).cells:
            for begin, end in (("### BEGIN SOLUTION", "### END SOLUTION"), ("### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS")):
                if begin in cell.source:
                    block = cell.source.split(begin, 1)[1].split(end, 1)[0]
                    for line in block.splitlines():
                        line = line.strip().strip("#-* ").strip()
                        if len(line) > 30 and not line.startswith(("from ", "grade_item(", "dimensions=", "rationales=")):
                            assert line not in shipped, (assignment.name, line)
