"""The trainee's answer store: one JSON file per notebook, beside it, that survives kernel restarts.

Each write takes a cross-process lock (``<file>.lock``), re-reads the file, merges the one
item it changes and replaces the file atomically (temp file + ``os.replace``), so two kernels
or two notebooks never overwrite each other's answers. The file's schema and strict reading
are :mod:`codependency_course.answers`.

A file that cannot be read (invalid JSON, wrong schema) is moved aside with a timestamp and a
warning naming it; a fresh store starts, so a notebook never crashes and the old answers stay
on disk for the instructor.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from codependency_course.answers import (
    SUFFIX,
    Answer,
    Attempt,
    ItemRecord,
    Mode,
    StoreFile,
    UnreadableStore,
    parse_store,
    read_answers,
)

if sys.platform == "emscripten":  # JupyterLite: the browser file system has no fcntl and one tab
    import warnings

    with warnings.catch_warnings():  # filelock warns on import that it falls back to a soft lock
        warnings.filterwarnings("ignore", "only soft file lock is available", UserWarning)
        from filelock import SoftFileLock as FileLock
else:
    from filelock import FileLock


def _say(message: str) -> None:
    """Warn on stdout: nbgrader zeroes a test cell that writes to stderr."""
    print(f"Warning: {message}", file=sys.stdout)


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
            doc, problems = parse_store(self.path, self.name)
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
