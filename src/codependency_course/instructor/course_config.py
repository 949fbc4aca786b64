"""nbgrader settings for this course, applied by every ``nbgrader_config.py`` it ships.

One function so the instructor's course root (``grading/nbgrader_config.py``) and the
trainee view (``etc/jupyter/trainee/nbgrader_config.py``) cannot drift apart. Paths and
services can be overridden from the environment:

``CODEPENDENCY_COURSE_EXCHANGE``  the nbgrader exchange folder (default: grading/exchange)
``CODEPENDENCY_COURSE_DB_URL``    the gradebook (default: SQLite grading/gradebook.db;
                                  e.g. postgresql://user@127.0.0.1:5432/gradebook)
``CODEPENDENCY_COURSE_TIMEOUT``   seconds one cell may run while grading with --execute (default 60)
``CODEPENDENCY_COURSE_EXECUTE``   "1" to run submitted notebooks in a kernel while grading (only for
                                  courses with code-answer items; widget items never need it)
``CODEPENDENCY_COURSE_STOCK_AUTOGRADE``  "1" to grade with nbgrader's unchanged steps (tests and
                                  benchmarks compare against it; never for a real cohort)

Grading runs no trainee code by default: ``Autograde.autograde_preprocessors`` starts with
the course's ``ScoreWidgetItems`` in place of nbgrader's ``Execute``.
"""

from __future__ import annotations

import os
from pathlib import Path

COURSE_ID = "codependency-course"
ANSWERS_PATTERN = "*.answers.json"
# Text twins (*.py) must never reach release/; lock files and set-aside stores are noise.
IGNORE = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", "*.py", ".*.lock", "*.unreadable-*", ".*.tmp"]
INSTRUCTOR_ONLY = [ANSWERS_PATTERN, "*.as-submitted", "*.ipynb.*", "*.json", "*.db", "*.csv", "*.yaml", "*.key",
                   "*.pem", ".env"]
"""Kept out of release/ (and out of autograded/ and feedback/) whatever sits in source/: answers
files hold a key once the instructor has previewed the check, and the others are instructor files.
Collect and submit still copy answers files (their ignore list is ``IGNORE``)."""
MAX_FILE_KB = 20_000  # one file over this is left out of a submission, with a warning
MAX_DIR_KB = 1_000_000  # a whole submission over this is refused


def autograde_steps(execute: bool = False) -> list[str]:
    """nbgrader's autograde steps with widget items scored from the key, not by running the notebook."""
    return (["nbgrader.preprocessors.Execute"] if execute else []) + [
        "codependency_course.instructor.autograding.preprocessors.ScoreWidgetItems",
        "codependency_course.instructor.autograding.preprocessors.FillWrittenAnswers",
        "nbgrader.preprocessors.IgnorePattern",
        "nbconvert.preprocessors.ClearMetadataPreprocessor",
        "nbgrader.preprocessors.LimitOutput",
        "nbgrader.preprocessors.SaveAutoGrades",
        "nbgrader.preprocessors.AssignLatePenalties",
        "nbgrader.preprocessors.CheckCellMetadata",
        "codependency_course.instructor.autograding.preprocessors.MakeTraineeTextInert",
    ]


def validate_reads_text_boxes() -> None:
    """Make nbgrader's Validate read rationales typed in text boxes (and name a missing or unsaved one).

    ``Validator.preprocessors`` is not a configurable trait, so the course's step is appended
    to its default list, once per process (the Jupyter server or ``nbgrader validate``).
    """
    from nbgrader.validator import Validator

    from codependency_course.instructor.autograding.preprocessors.fill_written_answers import FillWrittenAnswers

    trait = Validator.class_traits()["preprocessors"]  # a List: its default is built from default_args
    steps = list(trait.default_args[0]) if trait.default_args else []
    if FillWrittenAnswers not in steps:
        trait.default_args = ([*steps, FillWrittenAnswers],)


def configure(c, course_root: Path, *, role: str = "instructor", execute: bool | None = None) -> None:
    """Apply the course's nbgrader settings to a traitlets config object ``c``."""
    course_root = Path(course_root).resolve()
    repo = course_root.parent
    c.CourseDirectory.course_id = COURSE_ID
    c.CourseDirectory.ignore = list(IGNORE)
    c.CourseDirectory.max_file_size = MAX_FILE_KB
    c.CourseDirectory.max_dir_size = MAX_DIR_KB
    c.Exchange.root = os.environ.get("CODEPENDENCY_COURSE_EXCHANGE", str(course_root / "exchange"))
    validate_reads_text_boxes()
    if role == "instructor":
        if os.environ.get("CODEPENDENCY_COURSE_STOCK_AUTOGRADE") != "1":
            # never released (an instructor's preview leaves an answers file with the key beside the
            # source), nor copied into autograded/ or feedback/: grading reads it from submitted/
            c.CourseDirectory.ignore = list(IGNORE) + INSTRUCTOR_ONLY
        c.CourseDirectory.root = str(course_root)
        c.CourseDirectory.source_directory = str(repo / "source")
        c.CourseDirectory.db_url = os.environ.get("CODEPENDENCY_COURSE_DB_URL", f"sqlite:///{course_root / 'gradebook.db'}")
        c.Execute.timeout = int(os.environ.get("CODEPENDENCY_COURSE_TIMEOUT", "60"))
        c.Execute.interrupt_on_timeout = True
        # nbgrader's default for Python kernels, plus a quieter kernel log during grading
        c.Execute.extra_arguments = ["--HistoryManager.hist_file=:memory:", "--IPKernelApp.log_level=ERROR"]
        c.OverwriteCells.add_missing_cells = True
        if execute is None:
            execute = os.environ.get("CODEPENDENCY_COURSE_EXECUTE") == "1"
        if os.environ.get("CODEPENDENCY_COURSE_STOCK_AUTOGRADE") != "1":  # "1": nbgrader's own steps, for comparisons
            c.Autograde.autograde_preprocessors = autograde_steps(execute)
        c.ExchangeFactory.collect = "codependency_course.instructor.autograding.collecting.SafeExchangeCollect"
        c.HTMLExporter.sanitize_html = True
        # the feedback page a clinician reads (feedback_page.py): cases, results, points; no code
        c.GenerateFeedback.preprocessors = [
            "nbgrader.preprocessors.GetGrades",
            "codependency_course.instructor.feedback_page.ReadableFeedback",
            "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
        ]
        # only the feedback step's exporter (formgrader keeps nbgrader's own templates)
        c.GenerateFeedback.HTMLExporter.template_name = "codependency-feedback"
        c.GenerateFeedback.HTMLExporter.extra_template_basedirs = [str(Path(__file__).with_name("templates"))]
        c.GenerateFeedback.HTMLExporter.exclude_input_prompt = True
        c.GenerateFeedback.HTMLExporter.exclude_output_prompt = True
        c.ExportApp.plugin_class = "codependency_course.instructor.reports.grade_export.SafeCsvExportPlugin"
        c.ClearSolutions.code_stub = {"python": "# YOUR ANSWER HERE"}
        c.ClearSolutions.text_stub = "YOUR ANSWER HERE"
