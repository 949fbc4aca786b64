"""Adaptive review: weakest dimensions first, spaced return of missed cases, no repeat of a right one."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from codependency_course import content
from codependency_course.answers import SUFFIX, Answer, Attempt, ItemRecord, StoreFile
from codependency_course.content import key_of
from codependency_course.rubric import score
from codependency_course.taxonomy import Pole
from codependency_course.trainee.review import (
    GAP_ATTEMPTS,
    Pick,
    Review,
    interleave,
    plan,
    read_history,
    weaknesses,
)

T0 = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)
BANK = content.load_bank()


def _flip(p: Pole) -> Pole:
    return Pole.HEALTHY if p is Pole.CODEPENDENT else Pole.CODEPENDENT


def _answer(cid: str, *, wrong_dims=(), wrong_label=False) -> Answer:
    v = BANK[cid]
    dims = {k: (_flip(e.pole) if k in wrong_dims else e.pole) for k, e in v.dimensions.items()}
    label = next(lab for lab in type(v.label) if lab is not v.label) if wrong_label else v.label
    return Answer(label=label, dimensions=dims)


def _write(folder, lesson: str, answers: list[tuple[str, Answer, datetime]]):
    doc = StoreFile(notebook=lesson)
    for cid, ans, at in answers:
        doc.items.setdefault(cid, ItemRecord()).attempts.append(
            Attempt(**ans.model_dump(), at=at, mode="practice", score=score(ans, key_of(BANK[cid])).fraction))
    (folder / f"{lesson}{SUFFIX}").write_text(doc.model_dump_json())


def _helping_history(folder):
    """Eight cases: 'helping' always given the wrong pole, everything else right."""
    helping = sorted(c for c, v in BANK.items() if "helping" in v.dimensions)
    others = sorted(c for c, v in BANK.items() if "helping" not in v.dimensions)
    seen = helping[:4] + others[:4]
    rows = [(c, _answer(c, wrong_dims=("helping",)), T0 + timedelta(minutes=5 * i)) for i, c in enumerate(seen)]
    _write(folder, "02-the-nine-dimensions", rows)
    return seen, helping


def test_targets_the_weakest_dimension(tmp_path):
    seen, helping = _helping_history(tmp_path)
    history = read_history(tmp_path)
    dims, _ = weaknesses(history, BANK)
    assert max(dims, key=dims.get) == "helping"
    picks = plan(history, BANK, n=6)
    assert len(picks) == 6
    new = [p for p in picks if ": new case;" in p.reason]
    assert new and all("helping" in BANK[p.case].dimensions for p in new), [p.case for p in new]
    base_rate = len(helping) / len(BANK)
    assert sum("helping" in BANK[p.case].dimensions for p in picks) / len(picks) > base_rate


def test_missed_cases_return_only_after_a_gap_and_right_ones_never(tmp_path):
    seen, _ = _helping_history(tmp_path)
    right, missed = sorted(BANK)[-1], sorted(BANK)[-2]
    assert right not in seen and missed not in seen
    t = T0 + timedelta(hours=1)
    _write(tmp_path, "07-mixed-practice", [(missed, _answer(missed, wrong_label=True), t),
                                          (right, _answer(right), t + timedelta(minutes=1))])
    history = read_history(tmp_path)
    cases = [p.case for p in plan(history, BANK, n=len(BANK))]
    assert right not in cases  # just got right: never repeated
    assert missed not in cases  # missed, but only one answer since and no day passed: not yet
    # a day later it is due, and comes first among equals
    later = plan(history, BANK, n=len(BANK), now=t + timedelta(days=1, minutes=1))
    due = [p for p in later if p.case == missed]
    assert due and due[0].reason.startswith(f"{BANK[missed].title}: missed on")
    assert right not in [p.case for p in later]
    # or after enough other answers, without waiting a day
    more = [(c, _answer(c), t + timedelta(minutes=10 + i)) for i, c in enumerate(sorted(BANK)[20:20 + GAP_ATTEMPTS])]
    _write(tmp_path, "08-review", more)
    assert missed in [p.case for p in plan(read_history(tmp_path), BANK, n=6)]


def test_interleaved_and_deterministic(tmp_path):
    _helping_history(tmp_path)
    h = read_history(tmp_path)
    a, b = plan(h, BANK, n=6), plan(list(h), BANK, n=6)
    assert a == b
    labels = [BANK[p.case].label for p in a]
    assert all(x is not y for x, y in zip(labels, labels[1:])), labels
    # interleaving on its own: three of one label, two of another, one of a third
    by_label = {}
    for cid in sorted(BANK):
        by_label.setdefault(BANK[cid].label, []).append(cid)
    l1, l2, l3 = sorted(by_label, key=lambda lab: lab.value)
    blocked = [Pick(c, "", 0.0) for c in by_label[l1][:3] + by_label[l2][:2] + by_label[l3][:1]]
    mixed = [BANK[p.case].label for p in interleave(blocked, BANK)]
    assert all(x is not y for x, y in zip(mixed, mixed[1:])), mixed


def test_empty_history_gives_a_mixed_set(tmp_path):
    picks = plan([], BANK, n=6)
    assert len(picks) == 6 and len({BANK[p.case].label for p in picks}) >= 2


def test_review_object_and_plan_text(tmp_path):
    _helping_history(tmp_path)
    r = Review("08-review", tmp_path, now=T0 + timedelta(hours=2))
    assert len(r.exercises()) == len(r.picks) == 6
    assert r.practice(6).item.id == r.picks[5].case and "nothing more to review" in r.practice(7).text()
    text = r.plan.text()
    assert "weakest dimensions are: Helping vs enabling." in text and "8 practised case(s)" in text
    assert "<script" not in r.plan.html()


@pytest.mark.parametrize("bad", ["{not json", '{"schema_version": 1, "notebook": "x", "items": {"a": 3}}'])
def test_unreadable_files_are_skipped(tmp_path, bad):
    (tmp_path / f"03-roles{SUFFIX}").write_text(bad)
    assert read_history(tmp_path) == []
