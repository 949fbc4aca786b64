"""The feedback page a clinician reads: nbgrader's feedback step with this course's template.

nbgrader's own feedback page lists "Test cell (Score: …)", shows every code cell with its
``In [ ]:`` prompt and prints each case as a Python string. The course keeps nbgrader's
feedback step (``GenerateFeedback``: GetGrades, the HTML exporter, the release to trainees)
and changes only what it renders, with nbgrader's own settings (``course_config.configure``):

- :class:`ReadableFeedback`, a preprocessor placed after GetGrades, turns the autograded
  notebook into what a trainee reads: a graded item's case (the literal text of its
  ``quiz.item(id, title, text)`` call) becomes its heading and text; a graded cell keeps only
  its printed result (the score, the trainee's answer and the explained key, as
  ``grading.py`` prints it); every other code cell is left out, so no code, no hidden test
  and no raw string reaches the page;
- ``templates/codependency-feedback/`` (:data:`TEMPLATES`) is the nbconvert template: per item the
  case, the result and the points; the rationale with the grader's comment; no prompts.

Everything shown was made inert at grading time (``MakeTraineeTextInert``); the template
escapes the texts it adds itself.
"""

from __future__ import annotations

import ast
import html
from pathlib import Path

from nbgrader.preprocessors import NbGraderPreprocessor

TEMPLATES = Path(__file__).with_name("templates")
"""The folder holding the ``codependency-feedback`` template (``HTMLExporter.extra_template_basedirs``)."""
TEMPLATE_NAME = "codependency-feedback"


def item_case(source: str) -> tuple[str, str] | None:
    """(title, case text) from a cell whose code is one ``<x>.item("id", "title", "text")`` call
    with literal strings; None for any other code."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    calls = [n.value for n in tree.body if isinstance(n, ast.Expr) and isinstance(n.value, ast.Call)]
    for call in calls:
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "item" and len(call.args) >= 3:
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in call.args[:3]]
            if None not in args:
                return args[1], args[2].strip()
    return None


def _markdown(text: str, metadata: dict | None = None) -> dict:
    from nbformat.v4 import new_markdown_cell

    cell = new_markdown_cell(text)
    cell.metadata = metadata or {}
    return cell


def _plain_text(cell) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream" and out.get("name") == "stdout":
            parts.append(out.get("text", ""))
        elif out.get("output_type") in ("display_data", "execute_result"):
            parts.append(out.get("data", {}).get("text/plain", ""))
        elif out.get("output_type") == "error":
            parts.append(f"{out.get('ename', 'Error')}: {out.get('evalue', '')}")
    return "".join(p if isinstance(p, str) else "".join(p) for p in parts).strip()


class ReadableFeedback(NbGraderPreprocessor):
    """Keep what a trainee reads in feedback: cases, results with points, written answers."""

    def preprocess(self, nb, resources):
        cells = []
        for cell in nb.cells:
            grading = cell.metadata.get("nbgrader", {})
            if cell.cell_type != "code":
                cells.append(cell)
                continue
            case = item_case(cell.source)
            if case is not None:
                title, text = case
                body = "\n\n".join(f"<p>{html.escape(par.strip())}</p>" for par in text.split("\n\n") if par.strip())
                cells.append(_markdown(f"<h2 class=\"cc-item-title\">{html.escape(title)}</h2>\n\n{body}",
                                       {"cc_feedback": "case"}))
            elif grading.get("grade") and not grading.get("solution"):
                result = _plain_text(cell) or "No result was recorded for this item."
                cells.append(_markdown(f"<pre class=\"cc-result\">{html.escape(result)}</pre>",
                                       {"nbgrader": dict(grading), "cc_feedback": "result"}))
            # any other code cell (set-up, checks, added cells) is not shown
        nb.cells = cells
        return nb, resources
