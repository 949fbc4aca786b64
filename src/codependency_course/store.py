"""The answer store: one JSON file per notebook, beside it, that survives kernel restarts.

``<name>.answers.json`` holds every attempt at every item, with timestamps. Each write
takes a cross-process lock (``<file>.lock``), re-reads the file, merges the one item it
changes and replaces the file atomically (temp file + ``os.replace``), so two kernels
or two notebooks never overwrite each other's answers.

A file that cannot be read (invalid JSON, wrong schema) is moved aside with a timestamp
and a warning naming it; a fresh store starts, so a notebook never crashes and the old
answers stay on disk for the instructor. Reading for grading never moves anything
(:func:`read_answers`).
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .taxonomy import Label, Pole, in_dimension_order

if sys.platform == "emscripten":  # JupyterLite: the browser file system has no fcntl and one tab
    import warnings

    with warnings.catch_warnings():  # filelock warns on import that it falls back to a soft lock
        warnings.filterwarnings("ignore", "only soft file lock is available", UserWarning)
        from filelock import SoftFileLock as FileLock
else:
    from filelock import FileLock

SCHEMA_VERSION = 1
SUFFIX = ".answers.json"
Mode = Literal["practice", "assessment"]

# Limits on what a reader accepts: an answers file is trainee-controlled input when graded.
MAX_BYTES = 5 * 2**20
"""Largest answers file read (a heavy practice history is well under 1 MB)."""
MAX_DEPTH = 12
"""Deepest JSON nesting accepted (a valid file nests 6 levels)."""
MAX_ITEMS = 1000
"""Most items read from one file."""
MAX_ATTEMPTS = 1000
"""Most attempts kept per item (the latest ones)."""


def _say(message: str) -> None:
    """Warn on stdout: nbgrader zeroes a test cell that writes to stderr."""
    print(f"Warning: {message}", file=sys.stdout)


class Answer(BaseModel):
    """What a trainee chose for one item."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    label: Label | None = None
    """The classification, or None when not chosen yet."""
    dimensions: dict[str, Pole] = Field(default_factory=dict)
    """The pole chosen for each dimension the trainee marked (missing = not shown)."""
    confidence: int | None = Field(default=None, ge=1, le=5)
    """How sure the trainee felt, 1 (guessing) to 5 (certain)."""
    reason: str = Field(default="", max_length=4000)
    """An optional short written reason."""

    @field_validator("dimensions")
    @classmethod
    def _known(cls, dims: dict[str, Pole]) -> dict[str, Pole]:
        return in_dimension_order(dims, drop=(Pole.NONE,))

    @property
    def is_empty(self) -> bool:
        """True when nothing at all was chosen."""
        return self.label is None and not self.dimensions


class Attempt(Answer):
    """One saved answer with when it was saved, and the practice score if one was given."""

    at: datetime
    """When the trainee saved it (UTC)."""
    mode: Mode = "practice"
    """Practice (checked against the bank) or assessment (saved only)."""
    score: float | None = Field(default=None, ge=0, le=1)
    """Fraction of the rubric earned, for practice attempts; None for assessment."""

    def answer(self) -> Answer:
        """The answer part of this attempt."""
        return Answer(label=self.label, dimensions=self.dimensions, confidence=self.confidence, reason=self.reason)


class ItemRecord(BaseModel):
    """Every attempt at one item, oldest first."""

    attempts: list[Attempt] = Field(default_factory=list)


class StoreFile(BaseModel):
    """The on-disk document."""

    schema_version: int = SCHEMA_VERSION
    notebook: str
    items: dict[str, ItemRecord] = Field(default_factory=dict)

    @field_validator("schema_version")
    @classmethod
    def _version(cls, v: int) -> int:
        if v != SCHEMA_VERSION:
            raise ValueError(f"schema version {v} is not supported (this course writes version {SCHEMA_VERSION})")
        return v


def validation_message(exc: ValidationError) -> str:
    """The first problem pydantic found, as "field 'a.b': message"."""
    first = exc.errors()[0]
    return f"field '{'.'.join(str(p) for p in first['loc']) or 'value'}': {first['msg']}"


class UnreadableStore(ValueError):
    """The answers file exists but cannot be read; the message names the file and the problem."""


def _depth(value, limit: int) -> int:
    """Nesting depth of parsed JSON, stopping once past ``limit`` (no recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        v, d = stack.pop()
        deepest = max(deepest, d)
        if deepest > limit:
            break
        if isinstance(v, dict):
            stack.extend((x, d + 1) for x in v.values())
        elif isinstance(v, list):
            stack.extend((x, d + 1) for x in v)
    return deepest


def _read_json(path: Path):
    """Parse a file as JSON within the limits, never following a symbolic link."""
    if path.is_symlink():
        raise UnreadableStore(f"{path} is a symbolic link; it was not followed")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise UnreadableStore(f"{path} cannot be opened ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableStore(f"{path} is not a regular file")
        if info.st_size > MAX_BYTES:
            raise UnreadableStore(f"{path} is {info.st_size / 2**20:.1f} MB, over the {MAX_BYTES // 2**20} MB limit for an answers file")
        data = fh.read(MAX_BYTES + 1)
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnreadableStore(f"{path} is not valid JSON ({exc})") from None
    except RecursionError:
        raise UnreadableStore(f"{path} is nested too deeply to be an answers file") from None
    if _depth(raw, MAX_DEPTH) > MAX_DEPTH:
        raise UnreadableStore(f"{path} is nested more than {MAX_DEPTH} levels deep; not an answers file")
    return raw


def _parse(path: Path, name: str) -> tuple[StoreFile, list[str]]:
    """Parse a store file, keeping every valid attempt.

    Returns the document and a list of problems (attempts rejected, e.g. an unknown
    label), each naming the file, the item and the field. Raises UnreadableStore when
    the file as a whole cannot be used (a link, too large or deep, not JSON, wrong shape,
    unknown schema).
    """
    raw = _read_json(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("items", {}), dict):
        raise UnreadableStore(f"{path} is not an answers file (expected an object with an 'items' mapping)")
    items = raw.get("items", {})
    try:
        doc = StoreFile.model_validate({**raw, "items": {}})
    except ValidationError as exc:
        raise UnreadableStore(f"{path}: {validation_message(exc)}") from None
    problems: list[str] = []
    if len(items) > MAX_ITEMS:
        problems.append(f"{path.name}: {len(items)} items, over the limit of {MAX_ITEMS}; the rest were not read")
    for item_id, rec in list(items.items())[:MAX_ITEMS]:
        tries = rec.get("attempts", []) if isinstance(rec, dict) else None
        if not isinstance(tries, list):
            problems.append(f"{path.name}: item {item_id!r}: expected a list of attempts; item skipped")
            continue
        if len(tries) > MAX_ATTEMPTS:
            problems.append(f"{path.name}: item {item_id!r}: {len(tries)} attempts, over the limit of {MAX_ATTEMPTS}; "
                            "only the latest were read")
            tries = tries[-MAX_ATTEMPTS:]
        kept = doc.items.setdefault(str(item_id), ItemRecord())
        for n, data in enumerate(tries, 1):
            try:
                kept.attempts.append(Attempt.model_validate(data))
            except ValidationError as exc:
                first = exc.errors()[0]
                field = ".".join(str(p) for p in first["loc"]) or "attempt"
                problems.append(f"{path.name}: item {item_id!r}, attempt {n}: field '{field}': {first['msg']}; attempt rejected")
    return doc, problems


def read_answers(path: Path | str) -> tuple[StoreFile, list[str]]:
    """Read a store without changing anything (for grading).

    Returns the valid answers and the problems found; raises UnreadableStore when the
    file cannot be used at all. A missing file is an empty store.
    """
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return StoreFile(notebook=path.name.removesuffix(SUFFIX)), []
    return _parse(path, path.name.removesuffix(SUFFIX))


class AnswerStore:
    """Saved answers for one notebook, in ``<folder>/<name>.answers.json``."""

    def __init__(self, name: str, folder: Path | str | None = None, *, warn: Callable[[str], None] = _say):
        if not name or "/" in name or name.startswith("."):
            raise ValueError(f"answer store name {name!r} must be a plain file stem such as '02-nine-dimensions'")
        self.name = name
        """The notebook this store belongs to."""
        self.path = Path(folder if folder is not None else os.getcwd()) / f"{name}{SUFFIX}"
        """Where the answers live."""
        self._lock = FileLock(str(self.path.with_name(f".{self.path.name}.lock")), timeout=30)
        self._warn = warn

    # -- reading -------------------------------------------------------------
    def _load_or_recover(self) -> StoreFile:
        """Load the file, setting aside what cannot be read. Call under the lock.

        An unreadable file is moved aside and a fresh store started; a readable file
        with rejected attempts is copied aside before the valid rest is used, so no
        saved answer is ever deleted.
        """
        if not self.path.exists():
            return StoreFile(notebook=self.name)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        aside = self.path.with_name(f"{self.path.name}.unreadable-{stamp}")
        try:
            doc, problems = _parse(self.path, self.name)
        except UnreadableStore as exc:
            os.replace(self.path, aside)
            self._warn(f"{exc}. It was moved to {aside.name} and a fresh answers file was started; nothing was deleted.")
            return StoreFile(notebook=self.name)
        if problems:
            shutil.copy2(self.path, aside)
            self._warn(
                "some saved answers could not be used and were left out:\n  "
                + "\n  ".join(problems)
                + f"\nThe original file was copied to {aside.name}."
            )
            self._write(doc)
        return doc

    def load(self) -> StoreFile:
        """The whole store as it is on disk now.

        Writes replace the file atomically, so a clean read needs no lock (and creates no
        file); only a file that needs recovering is handled under the lock.
        """
        try:
            doc, problems = read_answers(self.path)
            if not problems:
                return doc
        except UnreadableStore:
            pass
        with self._lock:
            return self._load_or_recover()

    def attempts(self, item_id: str) -> list[Attempt]:
        """Every saved attempt at an item, oldest first."""
        rec = self.load().items.get(item_id)
        return list(rec.attempts) if rec else []

    def latest(self, item_id: str) -> Attempt | None:
        """The most recent attempt at an item, or None."""
        tries = self.attempts(item_id)
        return tries[-1] if tries else None

    # -- writing -------------------------------------------------------------
    def record(self, item_id: str, answer: Answer, *, mode: Mode = "practice", score: float | None = None) -> Attempt:
        """Append an attempt for one item, merged into whatever else is on disk."""
        attempt = Attempt(**answer.model_dump(), at=datetime.now(timezone.utc), mode=mode, score=score)
        with self._lock:
            doc = self._load_or_recover()
            doc.items.setdefault(item_id, ItemRecord()).attempts.append(attempt)
            self._write(doc)
        return attempt

    def _write(self, doc: StoreFile) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(doc.model_dump_json(indent=1))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def parse_answer(data: dict, *, where: str = "answer") -> Answer:
    """Validate an answer given as plain data; the message names what is wrong and where."""
    try:
        return Answer.model_validate(data)
    except ValidationError as exc:
        raise ValueError(f"{where}: {validation_message(exc)}") from None
