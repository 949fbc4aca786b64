"""Outcomes report pieces that need no nbgrader: time on task from practice timestamps."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from codependency_course.answers import SUFFIX, Answer, Attempt, ItemRecord, StoreFile
from codependency_course.instructor.ce.outcomes import time_on_task
from codependency_course.taxonomy import Label

T0 = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)


def _lesson(folder, name, minutes):
    doc = StoreFile(notebook=name)
    for i, m in enumerate(minutes):
        doc.items.setdefault(f"case-{i}", ItemRecord()).attempts.append(
            Attempt(**Answer(label=Label.HEALTHY).model_dump(), at=T0 + timedelta(minutes=m), mode="practice", score=1.0))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}{SUFFIX}").write_text(doc.model_dump_json())


def test_time_on_task_counts_gaps_within_sessions(tmp_path):
    # 0, 5, 12 minutes, then a break of two hours (a new session), then 2 more minutes: 12 + 2
    _lesson(tmp_path / "t1" / "course", "01-dependence-is-human", [0, 5, 12, 132, 134])
    _lesson(tmp_path / "t2", "02-the-nine-dimensions", [0, 20])
    _lesson(tmp_path / "t2", "not-a-lesson", [0, 20])
    (tmp_path / "t2" / f"03-roles-and-the-cycle{SUFFIX}").write_text("{broken")
    t = time_on_task(tmp_path).set_index(["student_id", "lesson"])
    assert t.loc[("t1", "01-dependence-is-human"), "minutes"] == 14.0
    assert t.loc[("t2", "02-the-nine-dimensions"), "minutes"] == 20.0
    assert len(t) == 2
    assert time_on_task(None).empty and time_on_task(tmp_path / "missing").empty
