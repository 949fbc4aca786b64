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

SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
"""What a student id may look like: no spaces, commas, markup, quotes or control characters."""
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,127}$")
"""What a submitted file or folder name may look like."""
SKIPPED = "collect-skipped.csv"
FILE_PROBLEMS = ".collect-problems.json"


def check_id(student_id: str) -> str | None:
    """Why a student id is unsafe, or None when it is fine."""
    if SAFE_ID.match(student_id):
        return None
    return (f"student id {student_id!r} is not allowed (use 1-64 letters, digits, '.', '_', '@' or '-', "
            "starting with a letter or digit)")


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
              max_files: int = 200) -> list[str]:
    """Copy a submitted folder without following links; return what was left out, and why.

    Names matching ``ignore`` (the course's ignore patterns: lock files, checkpoints) are
    left out silently, as nbgrader does."""
    left_out: list[str] = []
    count = 0
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
            elif info.st_size > max_bytes:
                left_out.append(f"{rel} left out: {info.st_size / 2**20:.0f} MB is over the {max_bytes // 2**20} MB limit")
            elif count >= max_files:
                left_out.append(f"{rel} left out: more than {max_files} files")
            else:
                count += 1
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
        for needed in ("timestamp.txt", "submission_secret.txt"):
            f = Path(path) / needed
            if f.is_symlink() or not f.is_file() or f.stat().st_size > 1024:
                return self._skip(filename, f"{needed} is missing or malformed")
        try:
            parse_utc((Path(path) / "timestamp.txt").read_text(encoding="utf-8").strip())
        except (ValueError, OverflowError, TypeError, UnicodeDecodeError):
            return self._skip(filename, "timestamp.txt does not hold a date")
        return {"username": student_id, "filename": filename, "timestamp": timestamp}

    def do_copy(self, src, dest, log=None):
        left_out = copy_tree(Path(src), Path(dest), max_bytes=self.coursedir.max_file_size * 1000,
                             ignore=self.coursedir.ignore)
        (Path(dest) / FILE_PROBLEMS).write_text(json.dumps(left_out))

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


def _user_name(uid: int) -> str:
    import pwd

    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"
