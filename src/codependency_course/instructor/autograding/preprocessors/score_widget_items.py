"""Score widget items without running the notebook.

A widget item's test cell calls ``check_answered`` and, in its hidden part, ``grade_item``
with the key as literal values. nbgrader's OverwriteCells has already put the instructor's
source of every test cell back, so this step reads those calls from the cell (never
running them), reads the trainee's answers file strictly (``store.read_answers``), scores
with the course rubric and writes the outputs the cell would have printed: a stdout stream
and the points as the cell's result. SaveAutoGrades, feedback and formgrader then work
unchanged.
"""

from __future__ import annotations

from pathlib import Path

from nbformat.v4 import new_output
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import is_grade
from traitlets import Enum

from codependency_course.instructor.keys import test_cell_calls
from codependency_course.trainee.grading import (
    answer_in,
    answered_text,
    answers_path,
    item_text,
    load_answers,
)


class ScoreWidgetItems(NbGraderPreprocessor):
    """Write each widget item's test-cell outputs from its key and the submitted answers."""

    answers_from = Enum(
        ["submitted", "notebook"],
        default_value="submitted",
        help="Read answers files from the trainee's collected submission ('submitted', so that nothing run "
             "during grading can change them) or from the folder of the notebook being graded ('notebook').",
    ).tag(config=True)

    def _folder(self, resources) -> Path:
        nbg = resources.get("nbgrader", {})
        if self.answers_from == "submitted" and nbg.get("student") and nbg.get("assignment"):
            cd = CourseDirectory(config=self.config)
            return Path(cd.format_path(cd.submitted_directory, nbg["student"], nbg["assignment"]))
        return Path(resources.get("metadata", {}).get("path") or ".")

    def preprocess(self, nb, resources):
        self._answers_folder = self._folder(resources)
        self._read = {}
        self._count = 0
        return super().preprocess(nb, resources)

    def _answers(self, assignment_id: str):
        if assignment_id not in self._read:
            self._read[assignment_id] = load_answers(answers_path(assignment_id, self._answers_folder))
        return self._read[assignment_id]

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code" or not is_grade(cell):
            return cell, resources
        gid = cell.metadata["nbgrader"].get("grade_id", "?")
        calls = test_cell_calls(cell.source, f"test cell {gid}")
        if not calls:
            if not cell.get("outputs"):  # nothing ran it (no --execute): it earns nothing, visibly
                cell.outputs = [new_output("error", ename="NotGraded", evalue=(
                    f"cell {gid} is not a widget-item test; grade with --execute to run it"), traceback=[])]
            return cell, resources
        text, result = [], None
        for call in calls:
            assignment_id, item_id = (str(a) for a in call.args[:2])
            doc, problems = self._answers(assignment_id)
            answer = answer_in(doc, item_id)
            if call.name == "check_answered":
                text.append(answered_text(item_id, answer, problems))
                result = None
            else:
                out, result = item_text(item_id, answer, problems, **call.kwargs)
                text.append(out)
        self._count += 1
        cell.execution_count = self._count
        cell.outputs = [new_output("stream", name="stdout", text="".join(text))]
        if result is not None:
            cell.outputs.append(new_output("execute_result", data={"text/plain": repr(result)},
                                           execution_count=self._count))
        return cell, resources
