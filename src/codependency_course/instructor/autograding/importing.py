"""Graded checks handed in as files (the web version's Submit), brought into the course as hostile input.

    codependency-course import-submissions DIR-or-ZIP... ASSIGNMENT

A trainee on the zero-install site downloads one zip per check
(:mod:`codependency_course.trainee.submission_file`) and hands it in through the provider's
channel. Every such file is untrusted. Each is read once by the package's bounded zip reader
(:func:`codependency_course.answers.read_zip`), must hold nbgrader's shape for exactly one
trainee and this assignment (``<id>/<assignment>/<assignment>.ipynb`` and, optionally, its
answers file), and its notebook and answers file pass the intake's checks
(:func:`.intake.check_notebook`, :func:`codependency_course.answers.read_answers`). The member
paths say who the trainee is; the file's own name is informational only.

Accepted files become inbound entries of the exchange, exactly as ``nbgrader submit`` writes
them, stamped with the **provider's receipt time** (the moment of import; nothing the trainee
wrote is asked), and the course's own collect (:class:`.collecting.SafeExchangeCollect`) then
brings them in. So the roster, assessment windows (a submission after closing goes to
``late/``), quarantine, receipts and problem reports apply unchanged, and grading, feedback,
reports and certificates need nothing new. When one trainee hands in several files, they are
received in the order the provider's channel saved them (file time, then name), so the last
one counts, as with a resubmission.

A refused file is named with its reason on the terminal and in
``reports/<assignment>-import-refused.csv``; it never stops the others.
"""

from __future__ import annotations

import csv
import os
import re
import secrets
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from codependency_course.answers import SUFFIX, UnreadableStore, read_answers, read_zip
from codependency_course.instructor.course_config import COURSE_ID
from codependency_course.instructor.safe_text import for_csv
from codependency_course.trainee.submission_file import check_id

from . import intake
from .collecting import read_roster

MAX_MEMBERS = 8
"""Most members read from one submission file (it holds two)."""
MAX_FILE_BYTES = 2 * intake.MAX_NOTEBOOK_BYTES
"""Largest submission file read (compressed)."""
REFUSED = "import-refused.csv"
"""Per assignment, in reports/: every file refused and why."""


@dataclass
class Imported:
    """What one import did."""

    accepted: list[tuple[str, Path]] = field(default_factory=list)
    """(student id, file) for each file placed in the exchange and collected."""
    refused: list[tuple[Path, str]] = field(default_factory=list)
    """(file, why) for each file refused."""
    report: Path | None = None
    """The CSV of refused files, when any was refused."""


def files_to_import(paths: list[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The zips named: each file itself, each folder's ``*.zip`` (not recursive, never following a
    link); and what could not be used."""
    found, refused = [], []
    for p in map(Path, paths):
        if p.is_symlink():
            refused.append((p, "a symbolic link; it was not followed"))
        elif p.is_dir():
            found += sorted(q for q in p.iterdir() if q.suffix.lower() == ".zip" and not q.is_symlink() and q.is_file())
        elif p.is_file():
            found.append(p)
        else:
            refused.append((p, "no such file or folder"))
    return found, refused


def read_submission(path: Path, assignment: str, roster: set[str] | None) -> tuple[str, bytes, bytes | None]:
    """(student id, notebook bytes, answers bytes or None) of one submission file, or
    :class:`.intake.Refused` naming what is wrong."""
    shape = re.compile(rf"([^/]+)/{re.escape(assignment)}/{re.escape(assignment)}(\.ipynb|{re.escape(SUFFIX)})")
    try:
        members, problems = read_zip(path, shape.fullmatch, max_members=MAX_MEMBERS,
                                     max_member_bytes=intake.MAX_NOTEBOOK_BYTES,
                                     max_total=intake.MAX_NOTEBOOK_BYTES + 2**20, max_zip_bytes=MAX_FILE_BYTES)
    except UnreadableStore as exc:
        raise intake.Refused(str(exc)) from None
    if problems:
        raise intake.Refused("; ".join(p.removeprefix(f"{path.name}: ") for p in problems[:3]))
    ids = {shape.fullmatch(name).group(1) for name, _ in members}
    if len(ids) != 1:
        raise intake.Refused(f"not a submission of {assignment} (it should hold <your id>/{assignment}/{assignment}.ipynb)"
                             if not ids else f"holds submissions of {len(ids)} trainees; one file per trainee")
    student = ids.pop()
    why = check_id(student)
    if why:
        raise intake.Refused(why)
    if roster is not None and student not in roster:
        raise intake.Refused(f"{student} is not on the roster (roster.csv)")
    by_kind = {shape.fullmatch(name).group(2): data for name, data in members}
    if ".ipynb" not in by_kind:
        raise intake.Refused(f"holds no {assignment}.ipynb")
    with tempfile.TemporaryDirectory(prefix="cc-import-") as tmp:
        nb = Path(tmp) / f"{assignment}.ipynb"
        nb.write_bytes(by_kind[".ipynb"])
        intake.check_notebook(nb)
        if SUFFIX in by_kind:
            answers = Path(tmp) / f"{assignment}{SUFFIX}"
            answers.write_bytes(by_kind[SUFFIX])
            try:
                read_answers(answers)
            except UnreadableStore as exc:
                raise intake.Refused(str(exc).replace(str(answers), answers.name)) from None
    return student, by_kind[".ipynb"], by_kind.get(SUFFIX)


def _place(inbound: Path, student: str, assignment: str, notebook: bytes, answers: bytes | None) -> None:
    """One inbound entry, as ``nbgrader submit`` writes it, stamped with the receipt time now."""
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f UTC")
    entry = inbound / f"{student}+{assignment}+{stamp}+{secrets.token_hex(4)}"
    entry.mkdir()
    (entry / f"{assignment}.ipynb").write_bytes(notebook)
    if answers is not None:
        (entry / f"{assignment}{SUFFIX}").write_bytes(answers)
    (entry / "timestamp.txt").write_text(stamp)
    (entry / "submission_secret.txt").write_text(secrets.token_hex(64))


def import_submissions(course, paths: list[Path], assignment: str) -> Imported:
    """Read, check and collect every submission file in ``paths`` for ``assignment``."""
    inbound = course.exchange / COURSE_ID / "inbound"
    if not inbound.is_dir() or inbound.is_symlink():
        raise FileNotFoundError(f"{inbound} does not exist: release {assignment} first "
                                f"(codependency-course release {assignment})")
    done = Imported()
    files, done.refused = files_to_import(paths)
    roster = read_roster(course.root / "roster.csv")
    accepted = []
    for path in files:
        try:
            accepted.append((os.lstat(path).st_mtime, path.name, path, *read_submission(path, assignment, roster)))
        except intake.Refused as exc:
            done.refused.append((path, str(exc)))
        except OSError as exc:
            done.refused.append((path, f"cannot be read ({exc.strerror or exc})"))
    for _, _, path, student, notebook, answers in sorted(accepted, key=lambda a: a[:2]):
        _place(inbound, student, assignment, notebook, answers)
        done.accepted.append((student, path))
    if done.accepted:
        course.collect(assignment)
    out = course.root / "reports" / f"{assignment}-{REFUSED}"
    out.unlink(missing_ok=True)
    if done.refused:
        out.parent.mkdir(exist_ok=True)
        with open(out, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["file", "why it was refused"])
            w.writerows([for_csv(str(p)), for_csv(why)] for p, why in done.refused)
        done.report = out
    return done


__all__ = ["Imported", "REFUSED", "files_to_import", "import_submissions", "read_submission"]
