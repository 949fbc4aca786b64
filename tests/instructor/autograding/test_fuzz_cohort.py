"""Issue 19: a Hypothesis fuzz of one generated hostile trainee beside an honest cohort.

One course is prepared per session: the CE post-test released, three honest trainees'
submissions in the exchange and their course evaluations. Each example copies it, adds one
generated hostile entry to the exchange (id, secret, timestamp, answers file, notebook, other
files, sparse files) and runs collect -> grade -> feedback -> report -> outcomes -> certificates.
The baseline runs nbgrader's commands as processes; examples run the same commands in this
process (``InProcessCourse``, as nbgrader's own tests do), which is what lets 2,000 examples
run in under an hour; that the honest cohort ends identical to the baseline also shows the
two ways of running agree.
Asserted: every step ends, every honest trainee's grade, feedback and certificate are the same
as without the hostile trainee, and nothing outside the course folder changed.

``FUZZ_EXAMPLES`` sets the number of examples (default 25 in `make test`; ``make fuzz`` runs 2,000).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import time
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, make_course
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nbgrader.api import Gradebook

from codependency_course.instructor.autograding.parallel import grade
from codependency_course.instructor.autograding.windows import write_receipt
from codependency_course.instructor.ce import settings as ce_settings
from codependency_course.instructor.ce.certificates import REGISTER, issue
from codependency_course.instructor.ce.outcomes import write_report as outcomes_report
from codependency_course.instructor.ce.simulated_cycle import evaluate
from codependency_course.instructor.course import Course, StepFailed, Trainee
from codependency_course.instructor.keys import items_from_notebook, key_answer
from codependency_course.instructor.reports.item_analysis import write_report
from codependency_course.trainee.evaluation import ASSIGNMENT as EVALUATION
from codependency_course.trainee.store import AnswerStore

pytestmark = pytest.mark.grading
A = "capstone-post-test"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
HONEST = ("honest-a", "honest-b", "honest-c")
SECRET = "fuzz-only-secret-not-for-production"
ITEMS = items_from_notebook(REPO / "source" / A / f"{A}.ipynb")


class InProcessCourse(Course):
    """The same nbgrader commands, run the way nbgrader's own test suite runs them (its
    ``run_nbgrader``: the app in this process, reset after each command) so that an example does
    not pay nbgrader's 1.8 s import once per command. The course's configuration, hooks and
    intake are the same code; only process start-up is skipped."""

    def run(self, *args, cwd=None, check=True):
        import contextlib
        import io
        import logging
        import subprocess

        from jupyter_core.application import NoStart
        from nbgrader.apps import NbGraderApp

        saved_env, saved_cwd, buf = dict(os.environ), os.getcwd(), io.StringIO()
        os.environ.update(self.environ)
        os.chdir(cwd or self.root)
        app = NbGraderApp.instance()
        code = 0
        try:
            with contextlib.redirect_stdout(buf):
                app.initialize(list(args))
                app.init_logging(logging.StreamHandler, [buf], color=False, subapps=True)
                app.start()
        except NoStart:
            pass
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        finally:
            app.reset()
            NbGraderApp.clear_instance()
            os.chdir(saved_cwd)
            os.environ.clear()
            os.environ.update(saved_env)
        proc = subprocess.CompletedProcess(["nbgrader", *args], code, buf.getvalue(), "")
        if check and code:
            raise StepFailed(f"`nbgrader {' '.join(args)}` failed (exit {code}):\n{buf.getvalue()[-3000:]}")
        return proc


def _manual_marks(course) -> None:
    with Gradebook(course.db_url()) as gb:
        for sub in gb.find_assignment(A).submissions:
            for name in ("rationale-1", "rationale-2"):  # the written rationales, hand-graded full marks
                g = gb.find_grade(name, A, A, sub.student.id)
                g.manual_score = g.max_score
        gb.db.commit()


def _run(course) -> dict:
    """Every cohort step after submission; returns what each honest trainee ended with."""
    course.collect(A)
    grade(course, A, workers=1, progress=False)
    _manual_marks(course)
    course.feedback(A)
    write_report(course, A)
    config = ce_settings.load(course.root)
    outcomes_report(course, config, None)
    issued = issue(course, config)
    with Gradebook(course.db_url()) as gb:
        scores = {s: gb.find_submission(A, s).score for s in HONEST}
    feedback = {s: sorted(p.read_text() for p in (course.root / "feedback" / s / A).glob("*.html")) for s in HONEST}
    certs = {c.student_id: (c.name, c.completed_on, c.ce_hours) for c, _, _ in issued.issued if c.student_id in HONEST}
    return {"scores": scores, "feedback": {s: [hashlib.sha256(t.encode()).hexdigest() for t in v] for s, v in feedback.items()},
            "certificates": certs, "register": json.loads((course.root / "certificates" / REGISTER).read_text())}


@pytest.fixture(scope="session")
def prepared(tmp_path_factory):
    base = tmp_path_factory.mktemp("fuzz-base")
    course = make_course(base)
    (course.root / "ce.yaml").write_text("provider: 'Fuzz Provider'\napproval_statement: 'Approved for fuzzing only.'\n")
    os.environ[ce_settings.SECRET_ENV] = SECRET
    course.generate(A)
    course.release(A)
    for n, sid in enumerate(HONEST):
        t = Trainee(course, sid, base / "homes" / sid)
        folder = t.fetch(A)
        store = AnswerStore(A, folder)
        for it in ITEMS[: len(ITEMS) - n]:
            store.record(it.item_id, key_answer(it.key), mode="assessment")
        t.submit(A)
        ev = course.root / "submitted" / sid / EVALUATION
        shutil.copytree(course.root.parent / "source" / EVALUATION, ev, ignore=shutil.ignore_patterns("*.py"))
        evaluate(ev, 0.9, random.Random(n))
        (ev / "timestamp.txt").write_text("2026-11-30 10:00:00.000000 UTC")
        (ev / "submission_secret.txt").write_text(f"{sid}-evaluation")
        write_receipt(ev, f"{sid}+{EVALUATION}+x")
    pristine = base / "pristine"
    shutil.copytree(base, pristine, symlinks=True, ignore=shutil.ignore_patterns("pristine", "homes"))
    baseline = _run(course)
    assert len(baseline["certificates"]) == len(HONEST), baseline
    return pristine, baseline


ids = st.one_of(st.sampled_from(["mallory", "honest-a", "x" * 64, "x" * 65, "ünï", "a b", ".hidden", "-dash", "a,b"]),
                st.text(st.characters(blacklist_characters="/\x00+", blacklist_categories=("Cs",)), min_size=1, max_size=20))
stamps = st.one_of(st.sampled_from([b"2019-06-01 10:00:00.000000 UTC", b"2999-01-01 00:00:00 UTC", b"", b"\xff\xfe",
                                    b"2026-11-30 09:00:00.000000 UTC", b"9" * 5000]), st.binary(max_size=80))
secrets_ = st.one_of(st.just(b"a" * 128), st.binary(max_size=300), st.text(max_size=50).map(str.encode))


@st.composite
def answers_files(draw):
    kind = draw(st.sampled_from(["key", "huge-int", "deep", "garbage", "long-string", "not-object", "nan", "absent"]))
    if kind == "absent":
        return None
    if kind == "key":
        doc = {"schema_version": 1, "notebook": A, "items": {it.item_id: {"attempts": [
            {"at": "2026-11-30T10:00:00", "mode": "assessment", **key_answer(it.key).model_dump(mode="json")}]} for it in ITEMS}}
        return json.dumps(doc).encode()
    return {"huge-int": b'{"schema_version": 1, "notebook": "x", "items": {}, "n": ' + b"7" * 5000 + b"}",
            "deep": b"[" * 50_000 + b"]" * 50_000, "garbage": draw(st.binary(max_size=2000)),
            "long-string": json.dumps({"notebook": "x" * 2_000_000, "items": {}}).encode(),
            "not-object": b"[1, 2, 3]", "nan": b'{"schema_version": NaN, "notebook": "x", "items": {}}'}[kind]


@st.composite
def notebooks(draw, released: bytes):
    kind = draw(st.sampled_from(["released", "extra-cells", "deleted", "garbage", "huge-int", "absent", "retyped"]))
    if kind == "absent":
        return None
    if kind == "garbage":
        return draw(st.binary(max_size=5000))
    if kind == "huge-int":
        return released.replace(b'"nbformat": 4', b'"nbformat": ' + b"4" * 5000, 1)
    nb = nbformat.reads(released.decode(), as_version=4)
    if kind == "extra-cells":
        nb.cells += [nbformat.v4.new_code_cell("print(1)") for _ in range(draw(st.integers(1, 3000)))]
    elif kind == "deleted" and nb.cells:
        del nb.cells[draw(st.integers(0, len(nb.cells) - 1))]
    elif kind == "retyped":
        for c in nb.cells:
            if c.metadata.get("nbgrader", {}).get("locked"):
                c.cell_type, c.source = "markdown", c.source + "\n!"
                c.pop("outputs", None), c.pop("execution_count", None)
                break
    return nbformat.writes(nb).encode()


def _fingerprint(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.is_symlink():
            h.update(str(p).encode() + p.read_bytes())
    return h.hexdigest()


_count = {"n": 0, "seconds": 0.0}


def test_one_hostile_trainee_never_changes_the_honest_cohort(prepared, tmp_path_factory, report_figure):
    pristine, baseline = prepared
    released = (pristine / "grading" / "release" / A / f"{A}.ipynb").read_bytes()
    outside = _fingerprint(REPO / "source")

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 50, database=None,
              suppress_health_check=list(HealthCheck))
    @given(sid=ids, stamp=stamps, secret=secrets_, answers=answers_files(), notebook=notebooks(released),
           sparse=st.integers(0, 3), extra=st.lists(st.tuples(st.sampled_from(["notes.txt", "x.bin", "ok.json", "ü.txt"]),
                                                              st.binary(max_size=200)), max_size=3))
    def one(sid, stamp, secret, answers, notebook, sparse, extra):
        start = time.perf_counter()
        work = tmp_path_factory.mktemp("fuzz")
        shutil.copytree(pristine, work / "c", symlinks=True)
        course = InProcessCourse(work / "c" / "grading", work / "c" / "exchange",
                                                  env={"JUPYTER_CONFIG_DIR": str(work / "c" / "jupyter-config")})
        inbound = course.exchange / "codependency-course" / "inbound"
        entry = inbound / f"{sid}+{A}+2026-11-30 11:00:00.000000 UTC+{random.random():.6f}"
        try:
            entry.mkdir()
        except OSError:  # a name the file system refuses is no attack
            return
        (entry / "timestamp.txt").write_bytes(stamp)
        (entry / "submission_secret.txt").write_bytes(secret)
        if answers is not None:
            (entry / f"{A}.answers.json").write_bytes(answers)
        if notebook is not None:
            (entry / f"{A}.ipynb").write_bytes(notebook)
        for name, data in extra:
            (entry / name).write_bytes(data)
        for n in range(sparse):
            with open(entry / f"sparse{n}.bin", "wb") as fh:
                fh.truncate(15 * 10**6)
        got = _run(course)
        assert got["scores"] == baseline["scores"]
        assert got["feedback"] == baseline["feedback"]
        assert got["certificates"] == baseline["certificates"]
        assert _fingerprint(REPO / "source") == outside
        used = sum(max(p.stat().st_size, p.stat().st_blocks * 512) for p in (work / "c" / "grading").rglob("*") if p.is_file())
        assert used < 200 * 2**20, used
        shutil.rmtree(work, ignore_errors=True)
        _count["n"] += 1
        _count["seconds"] += time.perf_counter() - start

    one()
    report_figure(f"hostile-trainee fuzz: {_count['n']} examples run (FUZZ_EXAMPLES={EXAMPLES}), "
                  f"{_count['seconds'] / max(1, _count['n']):.1f} s per example")
