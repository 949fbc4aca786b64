"""Read graded items' keys out of an instructor notebook's hidden tests (instructor side only).

Keys are written once, as ``grade_item(...)`` calls inside ``### BEGIN HIDDEN TESTS``
blocks in ``source/``. Everything that needs them (validating the instructor notebook,
simulated cohorts, item analysis) reads them from there rather than keeping a copy.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import nbformat

from .scoring import Key
from .store import Answer, AnswerStore

BEGIN, END = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"


@dataclass(frozen=True)
class GradedItem:
    """One widget-graded item as its hidden test defines it."""

    assignment: str
    """The assignment id the answers file is named after."""
    item_id: str
    """The item's id in the answers file."""
    points: float
    """Its maximum points."""
    key: Key
    """The correct label, poles and concern."""
    grade_id: str
    """The nbgrader grade cell that scores it."""
    ideas: tuple[str, ...] = ()
    """The source ideas the item assesses (given, or the contrasts of its dimensions)."""


def _hidden_blocks(source: str) -> list[str]:
    out, inside, buf = [], False, []
    for line in source.splitlines():
        if line.strip() == BEGIN:
            inside, buf = True, []
        elif line.strip() == END and inside:
            out.append("\n".join(buf))
            inside = False
        elif inside:
            buf.append(line)
    return out


def items_from_notebook(path: Path | str) -> list[GradedItem]:
    """Every ``grade_item`` call in a notebook's hidden tests, in notebook order."""
    nb = nbformat.read(str(path), as_version=4)
    found: list[GradedItem] = []
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        for block in _hidden_blocks(cell.source):
            for node in ast.walk(ast.parse(block)):
                if not (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "grade_item"):
                    continue
                where = f"{Path(path).name}, cell {meta.get('grade_id', '?')}"
                try:
                    assignment, item_id = (ast.literal_eval(a) for a in node.args[:2])
                    kw = {k.arg: ast.literal_eval(k.value) for k in node.keywords}
                    key = Key.of(kw["label"], kw.get("dimensions"), kw.get("concern"), kw.get("acceptable"))
                except (ValueError, KeyError, TypeError) as exc:
                    raise ValueError(f"{where}: the hidden grade_item call must use literal values ({exc})") from None
                ideas = tuple(kw.get("ideas") or (f"contrast_{k}" for k in key.dimensions))
                found.append(GradedItem(assignment, item_id, float(kw["points"]), key, meta.get("grade_id", ""), ideas))
    return found


def key_answer(key: Key) -> Answer:
    """The answer that earns full marks for a key."""
    return Answer(label=key.label, dimensions=dict(key.dimensions))


def write_reference_answers(notebook: Path | str, folder: Path | str) -> Path:
    """Save the full-marks answer to every graded item into ``folder`` (for validating the key)."""
    items = items_from_notebook(notebook)
    if not items:
        raise ValueError(f"{notebook}: no grade_item calls found in hidden tests")
    store = AnswerStore(items[0].assignment, folder)
    for it in items:
        store.record(it.item_id, key_answer(it.key), mode="assessment")
    return store.path
