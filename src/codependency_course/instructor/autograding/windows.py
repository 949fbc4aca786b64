"""Assessment windows: when an assignment closes, and what happens to a late submission.

An assignment closes at a deadline (``codependency-course close ASSIGNMENT``) or by itself
when its feedback is released (feedback explains the key, so nothing submitted afterwards
may be graded over the first grade). Collect puts a submission that arrives after closing
into ``late/<student>/<assignment>/``, never into ``submitted/``, and lists it; only
``codependency-course accept-late ASSIGNMENT STUDENT`` moves it into ``submitted/`` (the
graded submission is kept in ``superseded/``). Which entries count as late is decided by
the provider's own records (what collect already received), never by a trainee-written date.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

WINDOWS = "windows.json"
LATE = "late"
SUPERSEDED = "superseded"
RECEIPT = ".receipt.json"
"""Written by collect into every submission it copies: the inbound entry and when it was received."""


def now() -> str:
    """The provider's clock, as stored in receipts and windows (UTC, ISO 8601)."""
    return datetime.now(timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds")


def _load(root: Path) -> dict:
    try:
        data = json.loads((Path(root) / WINDOWS).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def close(root: Path, assignment: str, why: str) -> None:
    """Close an assignment now (kept if it is already closed)."""
    data = _load(root)
    data.setdefault(assignment, {"closed_at": now(), "why": why})
    (Path(root) / WINDOWS).write_text(json.dumps(data, indent=1), encoding="utf-8")


def reopen(root: Path, assignment: str) -> None:
    """Open a closed assignment again (an explicit instructor decision)."""
    data = _load(root)
    data.pop(assignment, None)
    (Path(root) / WINDOWS).write_text(json.dumps(data, indent=1), encoding="utf-8")


def closed(root: Path, assignment: str) -> dict | None:
    """{'closed_at', 'why'} when the assignment is closed, else None."""
    rec = _load(root).get(assignment)
    return rec if isinstance(rec, dict) else None


def receipt(folder: Path) -> dict:
    """What collect recorded about a collected submission ({} when nothing was recorded)."""
    try:
        data = json.loads((Path(folder) / RECEIPT).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def write_receipt(folder: Path, entry: str, at: datetime | None = None) -> None:
    """Record which inbound entry was copied into ``folder``, and when the provider received it
    (``at``: a simulated provider's clock; the real one otherwise)."""
    when = at.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds") if at else now()
    (Path(folder) / RECEIPT).write_text(json.dumps({"entry": entry, "received_at": when}), encoding="utf-8")


def late_students(root: Path, assignment: str) -> list[str]:
    """Trainees with a late submission waiting for the instructor's decision."""
    return sorted(p.parent.name for p in (Path(root) / LATE).glob(f"*/{assignment}") if p.is_dir())


def accept_late(root: Path, assignment: str, student: str) -> str:
    """Grade a late submission from now on: it replaces the submitted one, which is kept aside."""
    root = Path(root)
    late = root / LATE / student / assignment
    if not late.is_dir():
        raise FileNotFoundError(f"no late submission of {assignment} by {student} in {root / LATE}")
    current = root / "submitted" / student / assignment
    kept = ""
    if current.is_dir():
        aside = root / SUPERSEDED / student / f"{assignment}-{now().replace(':', '')}"
        aside.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(current), str(aside))
        kept = f"; the submission graded before is kept in {aside}"
    current.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(late), str(current))
    return f"Accepted the late submission of {assignment} by {student}: grade {assignment} again to grade it{kept}."
