"""What graded test cells call, and the one place their printed text is made.

A test cell's visible part calls :func:`check_answered`; its hidden part calls
:func:`grade_item` with the key as literal values. The course's grading pipeline does not
run these cells: its scoring preprocessor (``instructor.autograding.preprocessors.ScoreWidgetItems``) reads the
same calls from the source cell and builds the same text with :func:`answered_text` and
:func:`item_text`, so feedback looks the same whichever way an item is graded.

Test cells must never write to stderr (nbgrader then scores them 0), so everything here
reports on stdout and catches its own problems.
"""

from __future__ import annotations

import contextlib
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
