"""Make what a trainee wrote inert before an instructor opens it.

nbgrader's formgrader and feedback templates render markdown cells as HTML without
sanitising them, so raw HTML or a ``javascript:`` link in a written answer (or in a cell
the trainee added) would run in the instructor's browser session. This step escapes HTML
and disables links and images in every cell the trainee could edit, drops attachments and
raw-cell formats, and keeps only plain text and images among code outputs. It runs after
SaveAutoGrades, so the grades (and the "no answer given" checksum test) are unaffected;
locked cells keep the instructor's own text.
"""

from __future__ import annotations

from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import is_locked
from traitlets import List, Unicode

from codependency_course.instructor.safe_text import inert_markdown


class MakeTraineeTextInert(NbGraderPreprocessor):
    """Escape trainee-written markdown and raw cells; keep only inert output types."""

    safe_output_types = List(
        Unicode(),
        default_value=["text/plain", "image/png", "image/jpeg"],
        help="Output mime types kept in graded notebooks; every other type (HTML, JavaScript, widgets, SVG) is dropped.",
    ).tag(config=True)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code":
            for out in cell.get("outputs", []):
                if "data" in out:
                    out.data = {k: v for k, v in out.data.items() if k in self.safe_output_types}
            return cell, resources
        if is_locked(cell):
            return cell, resources
        cell.pop("attachments", None)
        if cell.cell_type == "raw":
            cell.metadata.pop("format", None)
            cell.metadata.pop("raw_mimetype", None)
        cell.source = inert_markdown(cell.source)
        return cell, resources
