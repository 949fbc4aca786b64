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

from codependency_course.answers import Answer
from codependency_course.rubric import Key
from codependency_course.trainee.store import AnswerStore

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


GRADING_MODULE = "codependency_course.trainee"
GRADING_MODULES = (GRADING_MODULE, "codependency_course.grading")
"""Where test cells import the grading calls from: the trainee room, or (notebooks released
before the package had rooms, whose test cells the gradebook still holds) the old path."""
GRADING_CALLS = ("check_answered", "grade_item")


@dataclass(frozen=True)
class Call:
    """One grading call in a test cell, with its literal arguments."""

    name: str
    """``check_answered`` or ``grade_item``."""
    args: tuple
    """Positional arguments (assignment id, item id)."""
    kwargs: dict
    """Keyword arguments (for ``grade_item``: points, label, dimensions, ...)."""


def test_cell_calls(source: str, where: str = "test cell") -> list[Call] | None:
    """The grading calls a test cell makes, in order, read without running anything.

    Returns None when the cell does anything else (it then needs a kernel to grade). A call
    to a grading function whose arguments are not literal values is an authoring error and
    raises ValueError naming ``where``.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    calls: list[Call] = []
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module in GRADING_MODULES and all(
            a.name in GRADING_CALLS and a.asname is None for a in stmt.names
        ):
            continue
        node = stmt.value if isinstance(stmt, ast.Expr) else None
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in GRADING_CALLS):
            return None
        if any(k.arg is None for k in node.keywords) or any(isinstance(a, ast.Starred) for a in node.args):
            raise ValueError(f"{where}: {node.func.id} must be called with plain literal arguments")
        try:
            args = tuple(ast.literal_eval(a) for a in node.args)
            kwargs = {k.arg: ast.literal_eval(k.value) for k in node.keywords}
        except ValueError as exc:
            raise ValueError(f"{where}: {node.func.id} must be called with literal values ({exc})") from None
        calls.append(Call(node.func.id, args, kwargs))
    return calls


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


def item_from_call(call: Call, grade_id: str = "", where: str = "") -> GradedItem:
    """The graded item a ``grade_item`` call defines (its key checked against the taxonomy)."""
    try:
        assignment, item_id = call.args[:2]
        kw = call.kwargs
        key = Key.of(kw["label"], kw.get("dimensions"), kw.get("concern"), kw.get("acceptable"))
        points = float(kw["points"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{where}: the hidden grade_item call is incomplete or invalid ({exc})") from None
    ideas = tuple(kw.get("ideas") or (f"contrast_{k}" for k in key.dimensions))
    return GradedItem(str(assignment), str(item_id), points, key, grade_id, ideas)


def items_from_notebook(path: Path | str) -> list[GradedItem]:
    """Every ``grade_item`` call in a notebook's hidden tests, in notebook order."""
    nb = nbformat.read(str(path), as_version=4)
    found: list[GradedItem] = []
    for cell in nb.cells:
        gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id", "?")
        where = f"{Path(path).name}, cell {gid}"
        for block in _hidden_blocks(cell.source):
            calls = test_cell_calls(block, where)
            if calls is None:
                raise ValueError(f"{where}: a hidden test may only import from and call {GRADING_MODULE}")
            found += [item_from_call(c, gid, where) for c in calls if c.name == "grade_item"]
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
