"""Who completed the CE program, and why not for everyone else (instructor side).

A trainee completes when the post-test is graded at or above the pass mark (hand-graded
parts included, read from the gradebook) *and* the course evaluation was submitted with
every required question answered. Each trainee gets a status and one plain reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from nbgrader.api import Gradebook, MissingEntry

from codependency_course.answers import SUFFIX
from codependency_course.instructor.course import Course
from codependency_course.trainee.evaluation import ASSIGNMENT as EVALUATION
from codependency_course.trainee.evaluation import read_response

from codependency_course.instructor.autograding.windows import receipt

from .learning_gain import POST_TEST, PRE_TEST
from .settings import CEConfig


@dataclass(frozen=True)
class Status:
    """One trainee's standing."""

    student_id: str
    """The nbgrader student id."""
    name: str
    """The name as in the gradebook (the id when none is recorded)."""
    score: float | None
    """Post-test points (None: not submitted or not graded)."""
    max_score: float | None
    """Post-test maximum."""
    evaluated: bool
    """A complete course evaluation was submitted."""
    completed_on: datetime | None
    """When the last required piece was submitted."""
    eligible: bool
    """Passed and evaluated."""
    reason: str
    """Why (a sentence naming what is missing, or what was met)."""


def _stamp(course: Course, gb: Gradebook, student: str, assignment: str) -> datetime | None:
    """When the provider received a submission: the time collect copied it (its receipt), else the
    gradebook's timestamp for it. Never a date the trainee wrote into the submission."""
    received = receipt(course.root / "submitted" / student / assignment).get("received_at")
    if isinstance(received, str):
        try:
            return datetime.fromisoformat(received).replace(tzinfo=timezone.utc)
        except ValueError:
            pass
    try:
        when = gb.find_submission(assignment, student).timestamp
    except MissingEntry:
        return None
    return when.replace(tzinfo=timezone.utc) if isinstance(when, datetime) else None


def _name(student) -> str:
    parts = [p.strip() for p in (student.first_name or "", student.last_name or "") if p and p.strip()]
    return " ".join(parts)


def statuses(course: Course, config: CEConfig) -> list[Status]:
    """Every trainee known to the gradebook or with a submission, with their standing."""
    sub = course.root / "submitted"
    ids = {p.parent.name for a in (PRE_TEST, POST_TEST, EVALUATION) for p in sub.glob(f"*/{a}") if p.is_dir()}
    out = []
    with Gradebook(course.db_url()) as gb:
        ids |= {s.id for s in gb.students}
        for sid in sorted(ids):
            try:
                out.append(_status(course, config, gb, sid))
            except Exception as exc:  # noqa: BLE001 - one trainee's odd record never stops the cohort
                out.append(Status(sid, sid, None, None, False, None, False,
                                  f"this trainee's record could not be read ({type(exc).__name__}: {str(exc)[:200]})"))
    return out


def _status(course: Course, config: CEConfig, gb: Gradebook, sid: str) -> Status:
    """One trainee's standing (raises on a record that cannot be read; the caller names the trainee)."""
    sub = course.root / "submitted"
    try:
        name = _name(gb.find_student(sid)) or sid
    except MissingEntry:
        name = sid
    folder = sub / sid / EVALUATION
    resp = read_response(folder / f"{EVALUATION}{SUFFIX}") if folder.is_dir() else None
    evaluated = bool(resp and resp.complete)
    score = max_score = None
    try:
        s = gb.find_submission(POST_TEST, sid)
        graded = not s.needs_manual_grade
        score, max_score = (float(s.score), float(s.max_score)) if graded else (None, float(s.max_score))
        graded = graded and max_score > 0
    except MissingEntry:
        graded = False
    if not (sub / sid / POST_TEST).is_dir():
        why = "did not submit the post-test"
    elif not graded:
        why = "the post-test is not fully graded yet (autograde it and finish the hand-graded rationales)"
    elif score < config.pass_mark * max_score:
        why = (f"post-test {score:g} of {max_score:g} ({score / max_score:.0%}) is below the "
               f"{config.pass_mark:.0%} pass mark")
    elif resp is None:
        why = "did not submit the course evaluation"
    elif not evaluated:
        why = (f"the course evaluation is incomplete ({len(resp.missing)} required question(s) unanswered"
               + (f"; {resp.problems[0]}" if resp.problems else "") + ")")
    else:
        why = ""
    done = [_stamp(course, gb, sid, POST_TEST), _stamp(course, gb, sid, EVALUATION)]
    if not why and None in done:
        why = "no time of receipt is recorded for the post-test or the evaluation (collect them again)"
    ok = not why
    reason = why or f"passed the post-test with {score:g} of {max_score:g} ({score / max_score:.0%}) and evaluated the course"
    return Status(sid, name, score, max_score, evaluated, max(done) if ok else None, ok, reason)


def set_names(course: Course, names: dict[str, tuple[str, str]]) -> None:
    """Record trainees' first and last names in the gradebook (as ``nbgrader db student add`` does)."""
    with Gradebook(course.db_url()) as gb:
        for sid, (first, last) in names.items():
            gb.update_or_create_student(sid, first_name=first, last_name=last)


__all__ = ["Status", "statuses", "set_names"]
