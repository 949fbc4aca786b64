"""What a graded assignment's trainee-facing cells call: items saved for grading, no key.

    from codependency_course.trainee import Assessment
    quiz = Assessment("check-1-foundations")   # answers go to check-1-foundations.answers.json
    quiz.item("q1", "Title", "Case text ...")   # an exercise in assessment mode
"""

from __future__ import annotations

from pathlib import Path

from .store import AnswerStore
from .widget import Exercise, ItemSpec


class Assessment:
    """A graded assignment's items; answers are saved beside the notebook for nbgrader."""

    def __init__(self, assignment_id: str, folder: Path | str | None = None):
        self.assignment_id = assignment_id
        """The nbgrader assignment id; it names the answers file."""
        self.store = AnswerStore(assignment_id, folder)
        """Where answers are saved (carried by nbgrader submit and collect)."""

    def item(self, item_id: str, title: str, text: str) -> Exercise:
        """An item to classify and save; the kernel never holds its key."""
        return Exercise(ItemSpec(item_id, title, text.strip()), self.store, mode="assessment")
