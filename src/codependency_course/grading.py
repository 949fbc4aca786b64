"""What graded test cells call. The visible part says whether an item is answered; the
hidden part scores it with the course rubric and explains the key in the feedback.

Test cells must never write to stderr (nbgrader then scores them 0), so everything here
reports on stdout and catches its own problems.
"""

from __future__ import annotations

import contextlib
import os
import sys
import warnings
from pathlib import Path

from .feedback import ItemFeedback
from .scoring import Key, score
from .store import SUFFIX, Answer, UnreadableStore, read_answers


def _quiet():
    """Send stderr to stdout and silence warnings for the duration."""
    stack = contextlib.ExitStack()
    stack.enter_context(contextlib.redirect_stderr(sys.stdout))
    stack.enter_context(warnings.catch_warnings())
    warnings.simplefilter("ignore")
    return stack


def latest_answer(assignment_id: str, item_id: str, folder: Path | str | None = None) -> tuple[Answer | None, list[str]]:
    """The latest saved answer to an item (or None) and any problems found reading the file."""
    path = Path(folder or os.getcwd()) / f"{assignment_id}{SUFFIX}"
    try:
        doc, problems = read_answers(path)
    except UnreadableStore as exc:
        return None, [f"{exc}; scored as unanswered"]
    rec = doc.items.get(item_id)
    if rec is None or not rec.attempts:
        return None, problems
    return rec.attempts[-1].answer(), problems


def check_answered(assignment_id: str, item_id: str, folder: Path | str | None = None) -> None:
    """Print whether an item has a saved answer (never raises, never writes to stderr)."""
    with _quiet():
        answer, problems = latest_answer(assignment_id, item_id, folder)
        for p in problems:
            print(f"Problem: {p}")
        if answer is None or answer.is_empty:
            print(f"Item {item_id}: not answered yet. Choose a classification and press Save answer.")
        else:
            lab = answer.label.title if answer.label else "no classification"
            print(f"Item {item_id}: answered ({lab}; {len(answer.dimensions)} of 9 dimensions marked).")


def grade_item(
    assignment_id: str,
    item_id: str,
    *,
    points: float,
    label: str,
    dimensions: dict[str, str],
    concern: str | None = None,
    acceptable: dict[str, str] | None = None,
    rationales: dict[str, str] | None = None,
    teaching_point: str = "",
    ideas: list[str] | None = None,
    folder: Path | str | None = None,
) -> float:
    """Score an item with the course rubric, print the explained key, return the points.

    ``dimensions`` is the required evidence; ``acceptable`` the defensible evidence (marking
    its pole or leaving it out neither costs nor earns). ``ideas`` names the source ideas
    the item assesses (for the coverage report only).
    """
    with _quiet():
        key = Key.of(label, dimensions, concern, acceptable)
        answer, problems = latest_answer(assignment_id, item_id, folder)
        for p in problems:
            print(f"Problem: {p}")
        result = score(answer, key)
        fb = ItemFeedback(result, key.label, answer.label if answer else None, rationales or {}, teaching_point, key.concern)
        earned = result.points(points)
        print(f"Item {item_id}: {earned:g} of {points:g} points.")
        print(fb.text())
        return earned


__all__ = ["check_answered", "grade_item", "latest_answer"]
