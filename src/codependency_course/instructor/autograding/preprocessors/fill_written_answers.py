"""Put each rationale typed in a check's text box into its hand-graded cell.

A trainee writes a rationale in a plain text box (``quiz.rationale("rationale-1", ...)``),
saved in the answers file as the item of the same id. Before grades are saved, this step
copies that text into the unlocked markdown cell whose ``grade_id`` is the item's id, so
nbgrader sees a changed solution cell: formgrader flags it "needs manual grade" and the
instructor grades it as before; with no saved text the cell stays unchanged and scores 0,
as nbgrader does for an answer never given. ``MakeTraineeTextInert`` escapes the text
later, before anyone opens it.

Under Validate (``NBGRADER_EXECUTION=validate``, in the trainee's own folder) a box with no
saved text, or with changes not saved yet, turns its cell into a line naming the rationale
and keeps it scored 0, so Validate fails with that name; a saved rationale passes.
"""

from __future__ import annotations

import os
import re

from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import compute_checksum, is_grade, is_locked, is_solution

from codependency_course.trainee.grading import answer_in, not_ready, unsaved_items

from .score_widget_items import ScoreWidgetItems

BOX = re.compile(r"""\.rationale\(\s*["']([A-Za-z0-9_.-]+)["']""")
"""A text box cell: ``quiz.rationale("<grade id>", ...)``."""
ASSESSMENT = re.compile(r"""Assessment\(\s*["']([A-Za-z0-9_.-]+)["']""")


class FillWrittenAnswers(ScoreWidgetItems):
    """Copy saved text-box rationales into their hand-graded markdown cells."""

    def preprocess(self, nb, resources):
        sources = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
        self._boxes = set(BOX.findall(sources))
        found = ASSESSMENT.findall(sources)
        self._assignment = found[0] if found else None
        if not self._boxes or not self._assignment:
            return nb, resources
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "markdown" or not (is_grade(cell) and is_solution(cell)) or is_locked(cell):
            return cell, resources
        gid = cell.metadata["nbgrader"].get("grade_id")
        if gid not in self._boxes:
            return cell, resources
        doc, _problems = self._answers(self._assignment)
        answer = answer_in(doc, gid)
        text = answer.reason.strip() if answer else ""
        if os.environ.get("NBGRADER_EXECUTION") == "validate":
            why = not_ready(self._assignment, gid, answer, self._answers_folder, what="Written rationale",
                            action="type it in its box and press Save rationale")
            if why or gid in unsaved_items(self._assignment, self._answers_folder):
                cell.source = why or f"Written rationale {gid}: not saved yet."
                cell.metadata["nbgrader"]["checksum"] = compute_checksum(cell)  # still "not answered": fails
                return cell, resources
        if text:
            cell.source = text
        return cell, resources
