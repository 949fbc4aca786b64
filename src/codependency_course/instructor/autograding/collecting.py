"""Collect submissions from the exchange as hostile input (instructor side).

Every trainee can write into the exchange's inbound folder, so each entry is screened
before anything is copied. An entry that is malformed (name, timestamp, missing files),
owned by another Unix user than the id it claims, dated in the far future, a link, or
not on the course roster is skipped and reported; it never stops the cohort. What is
copied never follows a symbolic link and leaves out special files, unsafe names, files
over the size limit and anything nested too deep. ``course_config`` makes this nbgrader's
collect (``ExchangeFactory.collect``), so ``nbgrader collect`` in grading/ uses it too.
"""

from __future__ import annotations

import csv
import fnmatch
import json
import os
import re
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

from nbgrader.exchange.default.collect import ExchangeCollect
from nbgrader.utils import parse_utc
from traitlets import Integer, Unicode

from codependency_course.instructor.safe_text import for_csv, for_terminal
from codependency_course.trainee.submission_file import check_id  # the one id rule, shared with the web Submit

from . import intake, windows

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,127}$")
"""What a submitted file or folder name may look like."""
SKIPPED = "collect-skipped.csv"
FILE_PROBLEMS = ".collect-problems.json"
LATE_CSV = "late.csv"


def read_roster(path: Path) -> set[str] | None:
    """Student ids in a roster CSV (an 'id' or 'student_id' column), or None when there is none."""
    if not path.is_file():
        return None
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    column = next((c for c in ("id", "student_id") if rows and c in rows[0]), None)
    if column is None:
        raise ValueError(f"{path}: a roster needs an 'id' (or 'student_id') column")
    return {r[column].strip() for r in rows if r[column].strip()}


def copy_tree(src: Path, dest: Path, *, max_bytes: int, ignore: list[str] = (), max_depth: int = 3,
              max_files: int = 200, max_total: int = intake.MAX_SUBMISSION_BYTES) -> list[str]:
    """Copy a submitted folder without following links; return what was left out, and why.

    Sizes count a file's apparent and allocated bytes (:func:`intake.footprint`), so a sparse
    file cannot pass as small, and the whole copy stops at ``max_total`` bytes. Names matching
    ``ignore`` (the course's ignore patterns: lock files, checkpoints) are left out silently,
    as nbgrader does."""
    left_out: list[str] = []
    count = total = 0
    dest.mkdir(parents=True, exist_ok=True)
    stack = [(src, dest, 1)]
    while stack:
        here, there, depth = stack.pop()
        for entry in sorted(os.scandir(here), key=lambda e: e.name):
            rel = os.path.relpath(entry.path, src)
            if any(fnmatch.fnmatch(entry.name, pat) for pat in ignore):
                continue
            if not SAFE_NAME.match(entry.name):
                left_out.append(f"{rel!r} left out: unsafe file name")
                continue
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISLNK(info.st_mode):
                left_out.append(f"{rel} left out: a symbolic link is never followed")
            elif stat.S_ISDIR(info.st_mode):
                if depth >= max_depth:
                    left_out.append(f"{rel} left out: folders nested deeper than {max_depth} levels")
                else:
                    (there / entry.name).mkdir()
                    stack.append((Path(entry.path), there / entry.name, depth + 1))
            elif not stat.S_ISREG(info.st_mode):
                left_out.append(f"{rel} left out: not a regular file")
            elif intake.footprint(info) > max_bytes:
                left_out.append(f"{rel} left out: {intake.footprint(info) / 2**20:.0f} MB is over the "
                                f"{max_bytes // 2**20} MB limit")
            elif count >= max_files:
                left_out.append(f"{rel} left out: more than {max_files} files")
            elif total + intake.footprint(info) > max_total:
                left_out.append(f"{rel} left out: the submission would exceed {max_total // 2**20} MB in all")
            else:
                count += 1
                total += intake.footprint(info)
                fd = os.open(entry.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
                with os.fdopen(fd, "rb") as fin, open(there / entry.name, "xb") as fout:
                    fout.write(fin.read(max_bytes + 1)[:max_bytes])
    return left_out


class SafeExchangeCollect(ExchangeCollect):
    """nbgrader's collect with every inbound entry screened; bad entries are skipped and reported."""

    roster = Unicode(
        "roster.csv",
        help="Roster CSV (column 'id') relative to the course root. When it exists, only listed ids are collected.",
    ).tag(config=True)
    max_future_seconds = Integer(
        86400, help="An entry timestamped further than this into the future is skipped (clock tricks).",
    ).tag(config=True)

    def init_src(self):
        self.skipped: list[tuple[str, str]] = []
        self._roster = read_roster(Path(self.coursedir.root) / self.roster)
        super().init_src()
        self.src_records = [r for r in self.src_records if not r.get("skip")]
        self.late: list[str] = []
        closed = windows.closed(Path(self.coursedir.root), self.coursedir.assignment_id)
        if closed:
            for rec in [r for r in self.src_records if self._late(r, closed)]:
                self.src_records.remove(rec)
                self._collect_late(rec, closed)

    def _collect_late(self, rec: dict, closed: dict) -> None:
        """Copy a submission made after closing into late/, never over the graded one."""
        dest = Path(self.coursedir.root) / windows.LATE / rec["username"] / self.coursedir.assignment_id
        if windows.receipt(dest).get("entry") != rec["filename"]:
            if dest.exists():
                import shutil

                shutil.rmtree(dest)
            self.do_copy(os.path.join(self.inbound_path, rec["filename"]), str(dest))
        self.late.append(rec["username"])
        self.log.warning("Late submission of %s by %s (the assignment closed %s: %s) kept in %s; not graded unless "
                         "you run: codependency-course accept-late %s %s", self.coursedir.assignment_id,
                         rec["username"], closed.get("closed_at"), for_terminal(str(closed.get("why"))), dest,
                         self.coursedir.assignment_id, rec["username"])

    def _skip(self, filename: str, why: str) -> dict:
        self.skipped.append((filename, why))
        self.log.warning("Skipped inbound entry %s: %s", for_terminal(repr(filename)), for_terminal(why))
        # a record of its own (never copied) so that nbgrader's grouping and sorting still work
        return {"username": "\0" + filename, "filename": filename, "skip": True,
                "timestamp": datetime(1970, 1, 1)}

    def _path_to_record(self, path):
        filename = os.path.basename(path)
        parts = filename.rsplit("+", 3)
        if len(parts) < 3:
            return self._skip(filename, "malformed entry name")
        student_id = parts[0]
        why = check_id(student_id)
        if why:
            return self._skip(filename, why)
        try:
            timestamp = parse_utc(parts[2])
        except (ValueError, OverflowError, TypeError):
            return self._skip(filename, "malformed timestamp in the entry name")
        try:
            info = os.lstat(path)
        except OSError as exc:
            return self._skip(filename, f"cannot be read ({exc.strerror})")
        if not stat.S_ISDIR(info.st_mode):
            return self._skip(filename, "not a folder (links are never followed)")
        if timestamp > datetime.now(timezone.utc).replace(tzinfo=None) + timedelta(seconds=self.max_future_seconds):
            return self._skip(filename, f"timestamped {timestamp:%Y-%m-%d}, in the future")
        if info.st_uid not in (os.getuid(), 0):
            owner = _user_name(info.st_uid)
            if owner != student_id:
                return self._skip(filename, f"submitted as {student_id} by Unix user {owner}")
        if self._roster is not None and student_id not in self._roster:
            return self._skip(filename, f"{student_id} is not on the roster ({self.roster})")
        try:
            intake.read_stamp(Path(path) / "timestamp.txt")
            intake.read_secret(Path(path) / "submission_secret.txt")
        except intake.Refused as exc:
            return self._skip(filename, str(exc))
        return {"username": student_id, "filename": filename, "timestamp": timestamp}

    def _late(self, rec: dict, closed: dict) -> bool:
        """After closing, only the entry collect already received stays in submitted/."""
        dest = Path(self.coursedir.format_path(self.coursedir.submitted_directory, rec["username"],
                                               self.coursedir.assignment_id))
        return windows.receipt(dest).get("entry") != rec["filename"]

    def do_copy(self, src, dest, log=None):
        from codependency_course.instructor.course_config import IGNORE, INSTRUCTOR_ONLY

        dest = Path(dest)  # the instructor's ignore list keeps answers files out of release/, not out of collect
        left_out = copy_tree(Path(src), dest, max_bytes=self.coursedir.max_file_size * 1000,
                             ignore=[p for p in self.coursedir.ignore if p in IGNORE or p not in INSTRUCTOR_ONLY])
        aside = Path(self.coursedir.root) / intake.QUARANTINE / dest.parent.name / dest.name
        for nb in sorted(dest.glob("*.ipynb")):
            try:
                intake.check_notebook(nb)
            except intake.Refused as exc:
                left_out.append(intake.quarantine(aside, nb, str(exc)))
        (dest / FILE_PROBLEMS).write_text(json.dumps(left_out))
        windows.write_receipt(dest, os.path.basename(src))

    def copy_files(self):
        super().copy_files()
        if self.skipped:
            reports = Path(self.coursedir.root) / "reports"
            reports.mkdir(exist_ok=True)
            out = reports / f"{self.coursedir.assignment_id}-{SKIPPED}"
            with open(out, "w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(["inbound entry", "why it was skipped"])
                w.writerows([for_csv(a), for_csv(b)] for a, b in self.skipped)
            self.log.warning("%d inbound entr%s skipped; see %s", len(self.skipped),
                             "y was" if len(self.skipped) == 1 else "ies were", out)
        late_csv = Path(self.coursedir.root) / "reports" / f"{self.coursedir.assignment_id}-{LATE_CSV}"
        late_csv.unlink(missing_ok=True)
        if self.late:
            late_csv.parent.mkdir(exist_ok=True)
            with open(late_csv, "w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(["student_id", "kept in", "accept with"])
                w.writerows([for_csv(s), f"{windows.LATE}/{for_csv(s)}/{self.coursedir.assignment_id}",
                             for_csv(f"codependency-course accept-late {self.coursedir.assignment_id} {s}")]
                            for s in sorted(self.late))


def _user_name(uid: int) -> str:
    import pwd

    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"
