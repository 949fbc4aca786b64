"""Reading a panel's files strictly: the private mapping and each rater's JSON Lines file.

A ratings file is hostile input until proven otherwise. Every problem is reported with the
file, the line and the field, all problems of a file at once, and nothing is scored until
every file is clean.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    ValidationError,
    field_validator,
    model_validator,
)

from codependency_course.answers import Answer
from codependency_course.taxonomy import Concern, Label, Pole, in_dimension_order

from .cases import current_ref
from .export import MAPPING_FORMAT

MAX_BYTES = 5_000_000
MAX_PROBLEMS = 30
RATER_NAME = re.compile(r"^[\w.-]{1,40}$")


class RatingsError(ValueError):
    """A ratings or mapping file cannot be used; the message names file, line and field."""


class Rating(BaseModel):
    """One rater's judgement of one case (one line of a ratings file)."""

    model_config = ConfigDict(extra="forbid", strict=True)
    case: str = Field(min_length=1, max_length=40)
    label: Label
    concern: Concern | None
    dimensions: dict[str, Literal["healthy", "codependent"]]
    confidence: StrictInt = Field(ge=1, le=5)

    @field_validator("label", "concern", mode="before")
    @classmethod
    def _enum_from_text(cls, v, info):
        enum = Label if info.field_name == "label" else Concern
        if v is None or isinstance(v, enum):
            return v
        if not isinstance(v, str):
            raise ValueError(f"must be a string, one of {[e.value for e in enum]}")
        try:
            return enum(v)
        except ValueError:
            raise ValueError(f"{v!r} is not one of {[e.value for e in enum]}") from None

    @field_validator("dimensions")
    @classmethod
    def _known(cls, dims: dict) -> dict:
        return in_dimension_order(dims)

    @model_validator(mode="after")
    def _concern_rule(self) -> "Rating":
        if self.label is Label.OTHER_CONCERN and self.concern is None:
            raise ValueError(f"label {Label.OTHER_CONCERN.value} needs a concern, one of {[c.value for c in Concern]}")
        if self.label is not Label.OTHER_CONCERN and self.concern is not None:
            raise ValueError(f"concern must be null unless label is {Label.OTHER_CONCERN.value}")
        return self

    def pole(self, key: str) -> Pole:
        """The pole marked on a dimension (Pole.NONE when left out)."""
        return Pole(self.dimensions[key]) if key in self.dimensions else Pole.NONE

    def answer(self) -> Answer:
        """The rating as a trainee's answer, for the course rubric."""
        return Answer(label=self.label, dimensions={k: Pole(v) for k, v in self.dimensions.items()})


@dataclass(frozen=True)
class Mapping:
    """The private link from opaque case ids to references (``bank:...`` / ``graded:...``)."""

    path: Path
    refs: dict[str, str]
    """``{opaque_id: ref}``."""
    digests: dict[str, str]
    """``{opaque_id: text digest at export}``."""


@dataclass(frozen=True)
class RaterFile:
    """One rater's validated ratings, keyed by opaque case id."""

    rater: str
    """The rater's name (the file name without ``ratings-`` and ``.jsonl``)."""
    path: Path
    ratings: dict[str, Rating]


def load_mapping(path: Path | str) -> Mapping:
    """Read the mapping ``panel export`` wrote; explain what is wrong if it is not one."""
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RatingsError(f"{path}: no such mapping file (panel export writes it beside the packet)") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RatingsError(f"{path}: not a JSON mapping file ({exc})") from None
    if not isinstance(doc, dict) or doc.get("format") != MAPPING_FORMAT or not isinstance(doc.get("cases"), dict):
        raise RatingsError(f"{path}: not a panel mapping (expected the file panel export wrote)")
    try:
        refs = {cid: current_ref(str(v["ref"])) for cid, v in doc["cases"].items()}  # renamed cases keep their ratings
        digests = {cid: str(v.get("digest", "")) for cid, v in doc["cases"].items()}
    except (TypeError, KeyError) as exc:
        raise RatingsError(f"{path}: case entry without a ref ({exc})") from None
    return Mapping(path, refs, digests)


def _describe(err: ValidationError) -> list[str]:
    out = []
    for e in err.errors():
        field = ".".join(str(p) for p in e["loc"]) or "(whole object)"
        msg = e["msg"].removeprefix("Value error, ")
        out.append(f"field '{field}': {msg}")
    return out


def rater_name(path: Path) -> str:
    """``ratings-ana.jsonl`` -> ``ana`` (letters, digits, '.', '_' and '-' only)."""
    stem = path.name.removesuffix(".jsonl")
    name = stem.removeprefix("ratings-") or stem
    if not RATER_NAME.match(name):
        raise RatingsError(f"{path.name!r}: name the file ratings-<rater>.jsonl, the rater's name in 1-40 letters, "
                           "digits, '.', '_' or '-'")
    return name


def read_ratings(path: Path | str, mapping: Mapping) -> RaterFile:
    """Validate one ratings file against the mapping's case ids; raise RatingsError listing every problem."""
    path = Path(path)
    rater, where = rater_name(path), path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise RatingsError(f"{where}: no such ratings file") from None
    if size > MAX_BYTES:
        raise RatingsError(f"{where}: {size} bytes is too large for a ratings file (limit {MAX_BYTES})")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RatingsError(f"{where}: not UTF-8 text (byte {exc.start})") from None
    problems: list[str] = []
    ratings: dict[str, Rating] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            problems.append(f"{where} line {n}: blank line (one JSON object per line, no blank lines)")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where} line {n}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            problems.append(f"{where} line {n}: JSON nested too deeply")
            continue
        if not isinstance(obj, dict):
            problems.append(f"{where} line {n}: expected a JSON object, found {type(obj).__name__}")
            continue
        try:
            r = Rating.model_validate(obj)
        except ValidationError as exc:
            problems += [f"{where} line {n}: {msg}" for msg in _describe(exc)]
            continue
        if r.case not in mapping.refs:
            problems.append(f"{where} line {n}: field 'case': {r.case!r} is not a case id in this packet")
        elif r.case in ratings:
            problems.append(f"{where} line {n}: field 'case': {r.case} is rated twice")
        else:
            ratings[r.case] = r
    missing = [cid for cid in mapping.refs if cid not in ratings]
    if not text.strip():
        problems.append(f"{where}: the file is empty")
    elif missing and len(missing) < len(mapping.refs):
        shown = ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else "")
        problems.append(f"{where}: {len(missing)} case(s) not rated: {shown}")
    if problems:
        more = f"\n  ... and {len(problems) - MAX_PROBLEMS} more" if len(problems) > MAX_PROBLEMS else ""
        raise RatingsError(f"{len(problems)} problem(s) in {path}:\n  " + "\n  ".join(problems[:MAX_PROBLEMS]) + more)
    return RaterFile(rater, path, ratings)


def read_panel(paths: list[Path | str], mapping: Mapping) -> list[RaterFile]:
    """Every rater's file, all validated before any is used; distinct rater names required."""
    errors, raters = [], []
    for p in paths:
        try:
            raters.append(read_ratings(p, mapping))
        except RatingsError as exc:
            errors.append(str(exc))
    names = [r.rater for r in raters]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        errors.append(f"two ratings files give the same rater name(s): {', '.join(dupes)}; rename one")
    if errors:
        raise RatingsError("\n".join(errors))
    return raters


__all__ = ["Mapping", "RaterFile", "Rating", "RatingsError", "load_mapping", "read_panel", "read_ratings"]
