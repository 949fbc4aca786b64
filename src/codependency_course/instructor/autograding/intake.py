"""The one strict reader for every file a trainee sends (instructor side).

Collect, grade, feedback, the reports and the CE steps read a trainee's files only through
these functions. Each one checks a file before trusting a byte of it: never a link, a
regular file only, size by apparent *and* allocated bytes (so a sparse file cannot pass as
small), UTF-8 text, no integer longer than ``answers.MAX_INT_DIGITS`` digits (Python's
4,300-digit conversion error can never be raised), bounded nesting, cells and strings, and
dates within the course's lifetime. A failure raises :class:`Refused`, whose message names
the file and the problem; the callers quarantine that file or skip that trainee, never the
cohort.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from codependency_course.answers import MAX_DEPTH, UnreadableStore, read_regular_file, strict_json

MAX_SMALL_FILE = 1024
"""timestamp.txt and submission_secret.txt are a few dozen bytes."""
MAX_NOTEBOOK_BYTES = 5 * 2**20
"""Largest notebook read (a released check is about 50 KB)."""
MAX_CELLS = 1000
"""Most cells in a submitted notebook (a released check has well under 100)."""
MAX_STRING = 200_000
"""Longest string inside a notebook (one cell's source or output)."""
MAX_SUBMISSION_BYTES = 25 * 2**20
"""Most bytes copied from one submission, counting every file's apparent and allocated size."""
EARLIEST = datetime(2020, 1, 1)
"""No submission of this course can be dated earlier."""
SECRET = re.compile(r"^[\x20-\x7e]{1,256}$")
"""What submission_secret.txt may hold: printable ASCII (nbgrader writes 128 hex digits)."""
QUARANTINE = "quarantine"
"""Folder of the course root where refused files are kept: quarantine/<student>/<assignment>/."""


class Refused(ValueError):
    """A trainee-sent file that fails the intake; the message names the file and why."""


def footprint(info: os.stat_result) -> int:
    """The larger of a file's apparent size and the bytes it occupies on disk."""
    return max(info.st_size, getattr(info, "st_blocks", 0) * 512)


def read_bytes(path: Path, limit: int, what: str | None = None) -> bytes:
    """A regular file's bytes, refused when it is a link, special, or over ``limit`` bytes
    (:func:`codependency_course.answers.read_regular_file`, the package's one reader)."""
    try:
        return read_regular_file(path, limit, what)
    except UnreadableStore as exc:
        raise Refused(str(exc)) from None


def read_text(path: Path, limit: int = MAX_SMALL_FILE, what: str | None = None) -> str:
    """A small UTF-8 text file, without control characters other than line breaks and tabs."""
    what = what or Path(path).name
    try:
        text = read_bytes(path, limit, what).decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(f"{what} is not UTF-8 text") from None
    if any(ord(ch) < 32 and ch not in "\r\n\t" for ch in text):
        raise Refused(f"{what} holds control characters")
    return text


def read_secret(path: Path) -> str:
    """submission_secret.txt: 1-256 printable ASCII characters."""
    secret = read_text(path, what="submission_secret.txt").strip()
    if not SECRET.match(secret):
        raise Refused("submission_secret.txt does not hold a submission secret")
    return secret


def parse_date(text: str, what: str = "timestamp.txt") -> datetime:
    """A date nbgrader wrote, as naive UTC, between 2020 and one day from now."""
    from nbgrader.utils import parse_utc

    text = text.strip()
    if not text or len(text) > 64:
        raise Refused(f"{what} does not hold a date")
    try:
        when = parse_utc(text)
    except (ValueError, OverflowError, TypeError):
        raise Refused(f"{what} does not hold a date") from None
    if not EARLIEST <= when <= datetime.now(timezone.utc).replace(tzinfo=None) + timedelta(days=1):
        raise Refused(f"{what} is dated {when:%Y-%m-%d}, outside the course's lifetime")
    return when


def read_stamp(path: Path) -> datetime:
    """timestamp.txt as a date (see :func:`parse_date`)."""
    return parse_date(read_text(path, what="timestamp.txt"))


def _shape(value, what: str) -> None:
    """Bounded nesting, list lengths and strings in parsed JSON (no recursion)."""
    stack = [(value, 1)]
    while stack:
        v, depth = stack.pop()
        if depth > MAX_DEPTH + 8:
            raise Refused(f"{what} is nested more than {MAX_DEPTH + 8} levels deep")
        if isinstance(v, str) and len(v) > MAX_STRING:
            raise Refused(f"{what} holds a string of {len(v):,} characters (limit {MAX_STRING:,})")
        if isinstance(v, dict):
            stack.extend((x, depth + 1) for x in list(v.keys()) + list(v.values()))
        elif isinstance(v, list):
            stack.extend((x, depth + 1) for x in v)


def check_notebook(path: Path) -> None:
    """A submitted notebook within every limit, or :class:`Refused` naming the first one broken."""
    what = Path(path).name
    try:
        nb = strict_json(read_bytes(path, MAX_NOTEBOOK_BYTES, what))
    except UnicodeDecodeError:
        raise Refused(f"{what} is not UTF-8 text") from None
    except Refused:
        raise
    except ValueError as exc:
        raise Refused(f"{what} is not a notebook ({str(exc)[:120]})") from None
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise Refused(f"{what} is not a notebook (no list of cells)")
    if len(nb["cells"]) > MAX_CELLS:
        raise Refused(f"{what} has {len(nb['cells']):,} cells (limit {MAX_CELLS:,})")
    _shape(nb, what)


def quarantine(aside: Path, path: Path, why: str) -> str:
    """Move a refused file into ``aside`` (kept for the instructor, never graded); the problem line."""
    aside.mkdir(parents=True, exist_ok=True)
    shutil.move(str(path), str(aside / path.name))
    return f"{path.name} was quarantined in {aside.parent.parent.name}/: {why}"
