"""What trainees' notebooks call, and the trainee view's own code.

Notebooks import only the public names below, from this room::

    from codependency_course.trainee import Lesson           # a lesson's cases and practice
    from codependency_course.trainee import Review           # adaptive review (08-review)
    from codependency_course.trainee import Assessment       # a graded check's items
    from codependency_course.trainee import check_answered, grade_item   # graded test cells
    from codependency_course.trainee import EvaluationForm   # the course evaluation
    from codependency_course.trainee import my_progress      # 99-my-progress

``ExportButton`` (the zero-install site's "Export my answers") and ``unpack_answers`` (which
reads such a zip back into a folder) are public too.

Modules: :mod:`.lesson`, :mod:`.review`, :mod:`.assessment` and :mod:`.evaluation` build what a
notebook shows, from :mod:`.widget` (the classification exercise), :mod:`.frontend` (its
browser side), :mod:`.feedback` (feedback objects that print as text too), :mod:`.privacy`
(the identifiable-information reminder) and :mod:`.store` (answers saved beside the notebook).
:mod:`.grading` is what graded test cells call; :mod:`.progress` and :mod:`.answers_export` are
a trainee's own mastery and answers; :mod:`.submission_file` is a graded check handed in as a
file from the web version (and the student-id rule the instructor's intake shares), and
:mod:`.web_submit` the Submit panel that downloads it there; :mod:`.reopen` and :mod:`.lab_save` are the trainee view's
save behaviour.

May import: :mod:`codependency_course.taxonomy`, :mod:`~codependency_course.rubric`,
:mod:`~codependency_course.answers` and :mod:`codependency_course.content`. Never the
instructor room: a trainee's kernel loads no key reader, no nbgrader step and no cohort code.

Names load on first use (PEP 562), so importing one module here (as grading does for
:mod:`.grading`) does not pull in the widgets.
"""

from __future__ import annotations

import importlib

_PUBLIC = {
    "my_progress": "progress.collect",
    "Lesson": "lesson",
    "Review": "review",
    "Assessment": "assessment",
    "check_answered": "grading",
    "grade_item": "grading",
    "EvaluationForm": "evaluation",
    "ExportButton": "answers_export",
    "unpack_answers": "answers_export",
}
"""Each public name and the module of this room that defines it (``module.attribute`` when named otherwise)."""

__all__ = sorted(_PUBLIC)


def __getattr__(name: str):
    if name in _PUBLIC:
        module, _, attribute = _PUBLIC[name].partition(".")
        value = getattr(importlib.import_module(f".{module}", __name__), attribute or name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_PUBLIC))
