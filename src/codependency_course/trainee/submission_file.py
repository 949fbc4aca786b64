"""A graded check handed in as a file: what the web version's **Submit** builds.

On the zero-install site there is no exchange to submit to. The trainee presses Submit and
the browser downloads one zip, in nbgrader's own shape, to hand in through the provider's
channel (an LMS upload, e-mail)::

    <student id>+<assignment>.zip
        <student id>/<assignment>/<assignment>.ipynb
        <student id>/<assignment>/<assignment>.answers.json      (when anything was saved)

Nothing in it is trusted by the instructor: ``codependency-course import-submissions`` reads
every byte through the intake and stamps accepted files with the provider's receipt time
(the trainee's clock is never asked). This module is pure Python so it runs in Pyodide; the
id rule lives here because trainee and instructor must agree on it.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from codependency_course.answers import SUFFIX

SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
"""What a student id may look like: no spaces, commas, markup, quotes or control characters."""
SEPARATOR = "+"
"""Between the student id and the assignment in the file name (as in nbgrader's exchange)."""


def check_id(student_id: str) -> str | None:
    """Why a student id is unsafe, or None when it is fine."""
    if SAFE_ID.match(student_id):
        return None
    return (f"student id {student_id!r} is not allowed (use 1-64 letters, digits, '.', '_', '@' or '-', "
            "starting with a letter or digit)")


def file_name(student_id: str, assignment: str) -> str:
    """The name of the submission file: ``<student id>+<assignment>.zip``."""
    return f"{student_id}{SEPARATOR}{assignment}.zip"


def members(student_id: str, assignment: str) -> tuple[str, str]:
    """The zip paths of the notebook and of its answers file."""
    base = f"{student_id}/{assignment}/{assignment}"
    return f"{base}.ipynb", f"{base}{SUFFIX}"


def build(folder: Path | str, assignment: str, student_id: str) -> bytes:
    """The submission zip of ``<folder>/<assignment>.ipynb`` and its answers file.

    Raises ValueError naming what is wrong (an id that is not allowed, no notebook)."""
    problem = check_id(student_id)
    if problem:
        raise ValueError(problem)
    folder = Path(folder)
    notebook = folder / f"{assignment}.ipynb"
    if not notebook.is_file():
        raise ValueError(f"{notebook.name} is not in {folder}: open the check from its own folder")
    answers = folder / f"{assignment}{SUFFIX}"
    nb_member, answers_member = members(student_id, assignment)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(notebook, nb_member)
        if answers.is_file():
            zf.write(answers, answers_member)
    return buf.getvalue()


__all__ = ["SAFE_ID", "build", "check_id", "file_name", "members"]
