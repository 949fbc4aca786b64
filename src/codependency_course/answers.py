"""What a saved answer is: the answers file's schema, its limits, and strict reading.

``<name>.answers.json`` (written beside each notebook by :mod:`codependency_course.trainee.store`)
holds every attempt at every item, with timestamps. This module is the contract both sides
share: the trainee's store writes it, grading and reports read it. Reading here never changes
anything (:func:`read_answers`): a file a trainee submits is hostile input, so every limit is
checked and every problem is named with the file, the item and the field.
"""

from __future__ import annotations

import io
import json
import os
import stat
import zipfile
import zlib
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .taxonomy import Label, Pole, in_dimension_order

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


MAX_INT_DIGITS = 30
"""Longest integer literal accepted in trainee JSON (Python refuses to convert over 4,300 digits)."""
MAX_STRING_CHARS = 100_000
"""Longest string accepted in trainee JSON."""


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(f"a number of {len(text.lstrip('-'))} digits (over {MAX_INT_DIGITS})")
    return int(text)


def _parse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def strict_json(data: bytes | str):
    """Parse trainee-sent JSON: no integer over ``MAX_INT_DIGITS`` digits (never the interpreter's
    4,300-digit conversion error), no NaN or Infinity. Raises ValueError naming what is wrong."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    try:
        return json.loads(text, parse_int=_parse_int, parse_constant=_parse_constant)
    except RecursionError:
        raise ValueError("nested too deeply") from None


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


def read_regular_file(path: Path, limit: int, what: str | None = None) -> bytes:
    """A regular file's bytes, or :class:`UnreadableStore` naming ``what`` and the problem: the one
    way this package opens a file someone else may have written (the answers store here, every
    trainee file in the instructor's intake). Never follows a link, never blocks on a special
    file, reads at most ``limit`` bytes."""
    what = what or Path(path).name
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise UnreadableStore(f"{what} is missing") from None
    except OSError as exc:
        why = "a symbolic link; it was not followed" if Path(path).is_symlink() else exc.strerror or "an unreadable file"
        raise UnreadableStore(f"{what} cannot be opened ({why})") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableStore(f"{what} is not a regular file")
        if info.st_size > limit:
            raise UnreadableStore(f"{what} is {_amount(info.st_size)}, over the {_amount(limit, 'limit')}")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise UnreadableStore(f"{what} grew past the {_amount(limit, 'limit')} while being read")
    return data


def read_zip(path: Path, accept, *, max_members: int, max_member_bytes: int, max_total: int,
             max_zip_bytes: int = 64 * 2**20) -> tuple[list[tuple[str, bytes]], list[str]]:
    """The members of an untrusted zip that ``accept(name)`` allows, each read within the limits.

    The one bounded reader of zips someone else made (the practice answers export, the web
    version's submission files). A declared size is never trusted: each member is read to at
    most its limit plus one byte. Links, folders' entries, absolute or ``..`` paths and names
    ``accept`` refuses are left out; past ``max_members`` members or ``max_total`` bytes the rest
    are left out. Returns ``(members, problems)``, every problem naming the zip and the member.
    Raises :class:`UnreadableStore` when the file is no readable zip at all."""
    path = Path(path)
    zip_name = path.name
    data_in = read_regular_file(path, max_zip_bytes, zip_name)
    members: list[tuple[str, bytes]] = []
    problems: list[str] = []
    try:
        zf = zipfile.ZipFile(io.BytesIO(data_in))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        raise UnreadableStore(f"{zip_name} is not a zip file ({exc})") from None
    try:
        with zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            if len(infos) > max_members:
                problems.append(f"{zip_name} holds {len(infos)} files, over the limit of {max_members}; only the first were read")
            total = 0
            for info in infos[:max_members]:
                name, parts = info.filename, info.filename.replace("\\", "/").split("/")
                why = ("points outside its folder" if name.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]
                       else "is a link" if stat.S_ISLNK(info.external_attr >> 16) else None if accept(name)
                       else "is not expected here")
                if not why:
                    with zf.open(info) as fh:
                        data = fh.read(max_member_bytes + 1)  # never trust the declared size
                    why = f"unpacks to more than the {_amount(max_member_bytes, 'limit')}" if len(data) > max_member_bytes else None
                if why:
                    problems.append(f"{zip_name}: {name[:120]!r} {why}; skipped")
                    continue
                if total + len(data) > max_total:
                    problems.append(f"{zip_name}: the files unpack to more than {_amount(max_total)} in all; the rest were skipped")
                    break
                total += len(data)
                members.append((name, data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError, ValueError, NotImplementedError, EOFError,
            OSError, zlib.error) as exc:  # corrupt, encrypted, an unknown compression, truncated
        problems.append(f"{zip_name} could not be read to the end ({type(exc).__name__}: {str(exc)[:200]}); "
                        f"{len(members)} file(s) were read before the problem")
    return members, problems


def _amount(n: int, noun: str = "") -> str:
    """A size as people read it: '6.0 MB', 'the 5 MB limit', '2,000 bytes', 'the 1,024-byte limit'."""
    if n >= 2**20:
        text = f"{n / 2**20:.1f}".removesuffix(".0") if noun else f"{n / 2**20:.1f}"
        return f"{text} MB" + (f" {noun}" if noun else "")
    return f"{n:,}-byte {noun}" if noun else f"{n:,} bytes"


def _read_json(path: Path):
    """Parse a file as JSON within the limits, never following a symbolic link."""
    data = read_regular_file(path, MAX_BYTES, str(path))
    try:
        raw = strict_json(data)
    except UnicodeDecodeError:
        raise UnreadableStore(f"{path} is not UTF-8 text") from None
    except ValueError as exc:  # JSONDecodeError, a huge number, NaN, too deep
        raise UnreadableStore(f"{path} is not valid JSON ({exc})") from None
    if _depth(raw, MAX_DEPTH) > MAX_DEPTH:
        raise UnreadableStore(f"{path} is nested more than {MAX_DEPTH} levels deep; not an answers file")
    return raw


def parse_store(path: Path, name: str) -> tuple[StoreFile, list[str]]:
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
    return parse_store(path, path.name.removesuffix(SUFFIX))


def parse_answer(data: dict, *, where: str = "answer") -> Answer:
    """Validate an answer given as plain data; the message names what is wrong and where."""
    try:
        return Answer.model_validate(data)
    except ValidationError as exc:
        raise ValueError(f"{where}: {validation_message(exc)}") from None
