import json
import multiprocessing as mp

import pytest

from codependency_course.answers import (
    SUFFIX,
    Answer,
    read_answers,
)
from codependency_course.taxonomy import Label, Pole
from codependency_course.trainee.store import AnswerStore

A = Answer(label=Label.HEALTHY, dimensions={"reciprocity": Pole.HEALTHY}, confidence=4, reason="two-way help")


def test_round_trip_and_attempt_history(tmp_path):
    s = AnswerStore("lesson", tmp_path)
    s.record("case-a", A, score=0.5)
    s.record("case-a", A.model_copy(update={"label": Label.CODEPENDENT}), score=0.0)
    fresh = AnswerStore("lesson", tmp_path)  # a new kernel
    tries = fresh.attempts("case-a")
    assert [t.label for t in tries] == [Label.HEALTHY, Label.CODEPENDENT]
    assert tries[0].at <= tries[1].at and tries[0].score == 0.5
    assert fresh.latest("case-a").answer().dimensions == {"reciprocity": Pole.HEALTHY}
    assert fresh.latest("other") is None
    assert json.loads((tmp_path / f"lesson{SUFFIX}").read_text())["schema_version"] == 1


def test_reading_creates_no_file(tmp_path):
    AnswerStore("lesson", tmp_path).latest("x")
    assert not (tmp_path / f"lesson{SUFFIX}").exists()


def test_bad_names_are_refused(tmp_path):
    with pytest.raises(ValueError, match="plain file stem"):
        AnswerStore("../escape", tmp_path)


def test_corrupt_file_is_moved_aside_with_a_warning(tmp_path):
    path = tmp_path / f"lesson{SUFFIX}"
    path.write_text("{ not json")
    said = []
    s = AnswerStore("lesson", tmp_path, warn=said.append)
    s.record("case-a", A)
    assert len(said) == 1 and "lesson.answers.json" in said[0] and "moved to" in said[0]
    aside = list(tmp_path.glob("lesson.answers.json.unreadable-*"))
    assert len(aside) == 1 and aside[0].read_text() == "{ not json"
    assert [t.label for t in s.attempts("case-a")] == [Label.HEALTHY]


def test_unknown_label_is_rejected_but_other_answers_are_kept(tmp_path):
    s = AnswerStore("lesson", tmp_path, warn=lambda m: None)
    s.record("good", A)
    doc = json.loads(s.path.read_text())
    bad = dict(doc["items"]["good"]["attempts"][0], label="totally_fine")
    doc["items"]["bad"] = {"attempts": [bad]}
    s.path.write_text(json.dumps(doc))
    said = []
    s2 = AnswerStore("lesson", tmp_path, warn=said.append)
    assert s2.latest("bad") is None and s2.latest("good").label is Label.HEALTHY
    assert "item 'bad', attempt 1: field 'label'" in said[0]
    assert list(tmp_path.glob("lesson.answers.json.unreadable-*")), "the original must be kept"


def _writer(folder, who, n):
    s = AnswerStore("shared", folder)
    for i in range(n):
        item = "same-item" if i % 2 else f"{who}-item-{i % 5}"
        s.record(item, Answer(label=Label.HEALTHY, reason=f"{who}:{i}"))


def test_two_processes_interleaved_writes_lose_nothing(tmp_path, report_figure):
    n = 200
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(tmp_path, who, n)) for who in ("p1", "p2")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    doc, problems = read_answers(tmp_path / f"shared{SUFFIX}")
    reasons = {t.reason for rec in doc.items.values() for t in rec.attempts}
    expected = {f"{who}:{i}" for who in ("p1", "p2") for i in range(n)}
    lost = expected - reasons
    report_figure(f"answer store: {len(expected)} interleaved writes from 2 processes, {len(lost)} lost")
    assert not problems and not lost
    assert len(doc.items["same-item"].attempts) == n  # both processes' odd writes
