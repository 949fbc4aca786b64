"""codependency_course: an interactive Jupyter course on healthy dependence and codependency.

The package is arranged in rooms named by whom they serve. Imports only run downwards
(``tests/test_import_rules.py`` holds this with import-linter; the contracts are in
pyproject.toml)::

    instructor/  ->  trainee/  ->  content/  ->  rubric.py  ->  answers.py  ->  taxonomy.py

- ``taxonomy.py``  the one vocabulary: labels, the nine dimensions, roles, relationship
  types, source ideas. Imports nothing of ours.
- ``answers.py``   what a saved answer is: the answers file's schema, limits, strict reading.
- ``rubric.py``    the partial-credit rubric, for practice feedback and grading alike.
- ``content/``     the vignette bank and the syllabus, as validated data.
- ``trainee/``     what trainees' notebooks call (their only import) and the trainee view.
- ``instructor/``  nbgrader configuration, keys, trusted autograding, reports, CE, the
  expert panel and the ``codependency-course`` command. Nothing imports its CLI, and no
  other room imports the instructor room.

Notebooks already in trainees' hands import ``codependency_course.assessment``, ``.grading``,
``.evaluation``, ``.lesson``, ``.review`` and ``.progress``; deployed Jupyter and hub settings name
``.course_config`` and ``.lab_save``. Those paths keep working: each is the very module at
its new place (:data:`RELEASED_PATHS`).
"""

import importlib
import importlib.machinery
import sys

__version__ = "0.1.0"

RELEASED_PATHS = {
    f"{__name__}.{old}": f"{__name__}.{new}"
    for old, new in {
        "assessment": "trainee.assessment",  # graded checks' first cell
        "grading": "trainee.grading",  # graded checks' test cells (also kept in gradebooks)
        "evaluation": "trainee.evaluation",  # the course evaluation
        "lesson": "trainee.lesson",  # lessons
        "review": "trainee.review",  # 08-review
        "progress": "trainee.progress",  # 99-my-progress
        "lab_save": "trainee.lab_save",  # jupyter_server_config.json's pre_save_hook
        "course_config": "instructor.course_config",  # nbgrader_config.py files on hubs
    }.items()
}
"""Import paths released before the package had rooms -> where each module lives now."""


class _ReleasedPaths:
    """A meta path finder and loader (PEP 451) that resolves an old path to the very module
    object at its new path: no copy, no warning, nothing imported until the old path is."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname in RELEASED_PATHS:
            return importlib.machinery.ModuleSpec(fullname, self)
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        # The import system reads sys.modules again after exec_module, so the old name
        # becomes the moved module itself.
        sys.modules[module.__name__] = importlib.import_module(RELEASED_PATHS[module.__name__])


if not any(isinstance(f, _ReleasedPaths) for f in sys.meta_path):
    sys.meta_path.append(_ReleasedPaths())
