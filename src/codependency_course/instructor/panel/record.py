"""The panel's record on disk (``content/panel/<round>/``): who set the keys, and what changed.

A rater whose ratings were used to adjudicate the keys is *in sample* for those keys: their
agreement with them shows a fit, not agreement, so ``panel score`` reports it apart and never
as agreement. A round set keys when its folder holds ``adjudication.csv``; its raters are the
columns between ``key_before`` and ``outcome``. A round may also keep ``keys-before.json``, a
snapshot of every key as the raters were blind to it, so a test can hold every changed key to
an adjudication row.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from codependency_course.rubric import Key

ADJUDICATION = "adjudication.csv"
KEYS_BEFORE = "keys-before.json"


def record_dir(repo: Path) -> Path:
    """The folder that holds one subfolder per panel round."""
    return repo / "content" / "panel"


def adjudication_rows(round_dir: Path) -> list[dict[str, str]]:
    """The rows of one round's ``adjudication.csv`` (empty when the round set no keys)."""
    path = round_dir / ADJUDICATION
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def round_raters(round_dir: Path) -> list[str]:
    """The raters whose marks a round's adjudication weighed (its CSV's rating columns)."""
    path = round_dir / ADJUDICATION
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh), [])
    if "key_before" not in header or "outcome" not in header:
        raise ValueError(f"{path}: expected columns key_before ... outcome around the raters' columns")
    return header[header.index("key_before") + 1: header.index("outcome")]


def key_setters(repo: Path) -> dict[str, str]:
    """``{rater: round}`` for every rater whose ratings set keys in some round."""
    out: dict[str, str] = {}
    for d in sorted(p for p in record_dir(repo).glob("*") if p.is_dir()):
        for rater in round_raters(d):
            out.setdefault(rater, d.name)
    return out


def key_as_data(key: Key) -> dict:
    """A key as plain data, for a snapshot."""
    return {
        "label": key.label.value,
        "concern": key.concern.value if key.concern else None,
        "required": {d: p.value for d, p in key.dimensions.items()},
        "acceptable": {d: p.value for d, p in key.acceptable.items()},
    }


def write_keys_before(round_dir: Path, keys: dict[str, Key]) -> Path:
    """Snapshot every key (``{ref: key}``) as a round's raters were blind to it."""
    round_dir.mkdir(parents=True, exist_ok=True)
    path = round_dir / KEYS_BEFORE
    path.write_text(json.dumps({ref: key_as_data(k) for ref, k in sorted(keys.items())}, indent=1) + "\n", encoding="utf-8")
    return path


def keys_before(round_dir: Path) -> dict[str, dict] | None:
    """A round's key snapshot, or None when it kept none."""
    path = round_dir / KEYS_BEFORE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def dimension_state(key: dict, dim: str) -> str:
    """``'codependent (required)'``, ``'healthy (acceptable)'`` or ``'none'``, as adjudication rows write it."""
    for tier in ("required", "acceptable"):
        if dim in key[tier]:
            return f"{key[tier][dim]} ({tier})"
    return "none"


__all__ = ["adjudication_rows", "dimension_state", "key_as_data", "key_setters", "keys_before", "record_dir",
           "round_raters", "write_keys_before"]
