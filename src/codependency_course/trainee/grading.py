"""What graded test cells call, and the one place their printed text is made.

A test cell's visible part calls :func:`check_answered`; its hidden part calls
:func:`grade_item` with the key as literal values. The course's grading pipeline does not
run these cells: its scoring preprocessor (``instructor.autograding.preprocessors.ScoreWidgetItems``) reads the
same calls from the source cell and builds the same text with :func:`answered_text` and
:func:`item_text`, so feedback looks the same whichever way an item is graded.

Test cells must never write to stderr (nbgrader then scores them 0), so everything here
reports on stdout and catches its own problems, with one exception: under nbgrader's
Validate (``NBGRADER_EXECUTION=validate``) :func:`check_answered` raises :class:`NotReady`
naming the item when it has no saved answer or holds changes not saved yet, so Validate
fails with the item's name (grading never validates, so grades do not change).

In the trainee's own kernel the item's exercise is the one status line (it follows every
save): a check cell whose item is shown live in the same kernel prints nothing, so it can
never contradict the widget. Changes not saved yet are recorded in
``.<assignment>.unsaved.json`` beside the answers file (:func:`set_unsaved`).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import warnings
from pathlib import Path

from codependency_course.answers import (
    SUFFIX,
    Answer,
    StoreFile,
    UnreadableStore,
    read_answers,
)
from codependency_course.rubric import Key, score

from .feedback import ItemFeedback


def _quiet():
    """Send stderr to stdout and silence warnings for the duration."""
    stack = contextlib.ExitStack()
    stack.enter_context(contextlib.redirect_stderr(sys.stdout))
    stack.enter_context(warnings.catch_warnings())
    warnings.simplefilter("ignore")
    return stack


def answers_path(assignment_id: str, folder: Path | str | None = None) -> Path:
    """Where an assignment's answers file lives in a folder (default: the working folder)."""
    return Path(folder or os.getcwd()) / f"{assignment_id}{SUFFIX}"


def load_answers(path: Path) -> tuple[StoreFile | None, list[str]]:
    """Read an answers file for grading: the document (None if unusable) and its problems."""
    try:
        return read_answers(path)
    except UnreadableStore as exc:
        return None, [f"{exc}; scored as unanswered"]


def answer_in(doc: StoreFile | None, item_id: str) -> Answer | None:
    """The latest saved answer to an item in a read answers file, or None."""
    rec = doc.items.get(item_id) if doc is not None else None
    return rec.attempts[-1].answer() if rec and rec.attempts else None


def latest_answer(assignment_id: str, item_id: str, folder: Path | str | None = None) -> tuple[Answer | None, list[str]]:
    """The latest saved answer to an item (or None) and any problems found reading the file."""
    doc, problems = load_answers(answers_path(assignment_id, folder))
    return answer_in(doc, item_id), problems


def _problem_lines(problems: list[str]) -> list[str]:
    return [f"Problem: {p}" for p in problems]


LIVE: set[tuple[str, str]] = set()
"""(answers file, item id) of every item whose exercise is shown in this kernel."""


class NotReady(Exception):
    """Raised under Validate for an item that is not answered, or not saved."""


def validating() -> bool:
    """True while nbgrader's Validate runs the notebook."""
    return os.environ.get("NBGRADER_EXECUTION") == "validate"


def grading_run() -> bool:
    """True while nbgrader runs the notebook (Validate or autograde with --execute), not the trainee."""
    return bool(os.environ.get("NBGRADER_EXECUTION"))


def unsaved_path(assignment_id: str, folder: Path | str | None = None) -> Path:
    """Where an assignment's list of items with unsaved changes is kept."""
    return Path(folder or os.getcwd()) / f".{assignment_id}.unsaved.json"


def unsaved_items(assignment_id: str, folder: Path | str | None = None) -> set[str]:
    """Item ids whose on-screen answer differs from the saved one (empty if unknown)."""
    try:
        data = json.loads(unsaved_path(assignment_id, folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {str(x) for x in data} if isinstance(data, list) else set()


def set_unsaved(assignment_id: str, item_id: str, unsaved: bool, folder: Path | str | None = None) -> None:
    """Record whether an item holds changes not saved yet (best effort: never raises)."""
    with contextlib.suppress(OSError):
        items = unsaved_items(assignment_id, folder)
        if (item_id in items) == unsaved:
            return
        items = items | {item_id} if unsaved else items - {item_id}
        path = unsaved_path(assignment_id, folder)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(sorted(items)), encoding="utf-8")
        os.replace(tmp, path)


def not_ready(assignment_id: str, item_id: str, answer: Answer | None, folder: Path | str | None = None,
              *, what: str = "Item", action: str = "answer it and press Save answer") -> str | None:
    """Why an item is not ready to submit (not answered, or changes not saved), or None."""
    if item_id in unsaved_items(assignment_id, folder):
        return f"{what} {item_id}: your changes are not saved yet; {action.split(' and ')[-1]}."
    if answer is None or (answer.is_empty and not answer.reason.strip()):
        return f"{what} {item_id}: not {'written' if what != 'Item' else 'answered'} yet; {action}."
    return None


def answered_text(item_id: str, answer: Answer | None, problems: list[str] = ()) -> str:
    """What a check cell prints: whether an item has a saved answer."""
    lines = _problem_lines(list(problems))
    if answer is None or answer.is_empty:
        lines.append(f"Item {item_id}: not answered yet. Choose a classification and press Save answer.")
    else:
        lab = answer.label.title if answer.label else "no classification"
        lines.append(f"Item {item_id}: answered ({lab}; {len(answer.dimensions)} of 9 dimensions marked).")
    return "\n".join(lines) + "\n"


def item_text(
    item_id: str,
    answer: Answer | None,
    problems: list[str] = (),
    *,
    points: float,
    label: str,
    dimensions: dict[str, str],
    concern: str | None = None,
    acceptable: dict[str, str] | None = None,
    rationales: dict[str, str] | None = None,
    teaching_point: str = "",
    ideas: list[str] | None = None,
) -> tuple[str, float]:
    """What a hidden test prints for an item, and the points earned (the rubric applied).

    ``dimensions`` is the required evidence; ``acceptable`` the defensible evidence (marking
    its pole or leaving it out neither costs nor earns). ``ideas`` names the source ideas
    the item assesses (for the coverage report only).
    """
    key = Key.of(label, dimensions, concern, acceptable)
    result = score(answer, key)
    fb = ItemFeedback(result, key.label, answer.label if answer else None, rationales or {}, teaching_point, key.concern)
    earned = result.points(points)
    lines = _problem_lines(list(problems)) + [f"Item {item_id}: {earned:g} of {points:g} points.", fb.text()]
    return "\n".join(lines) + "\n", earned


def check_answered(assignment_id: str, item_id: str, folder: Path | str | None = None) -> None:
    """Print whether an item has a saved answer (never raises, never writes to stderr)."""
    if validating():
        answer, problems = latest_answer(assignment_id, item_id, folder)
        why = not_ready(assignment_id, item_id, answer, folder)
        if why:
            raise NotReady(why)
    elif not grading_run() and (str(answers_path(assignment_id, folder).resolve()), item_id) in LIVE:
        return  # the item's exercise above is its status line
    with _quiet():
        answer, problems = latest_answer(assignment_id, item_id, folder)
        print(answered_text(item_id, answer, problems), end="")


def grade_item(assignment_id: str, item_id: str, *, folder: Path | str | None = None, **key) -> float:
    """Score an item with the course rubric, print the explained key, return the points.

    ``key`` holds :func:`item_text`'s keyword arguments (points, label, dimensions, ...).
    """
    with _quiet():
        answer, problems = latest_answer(assignment_id, item_id, folder)
        text, earned = item_text(item_id, answer, problems, **key)
        print(text, end="")
        return earned


__all__ = ["answered_text", "check_answered", "grade_item", "item_text", "latest_answer"]
