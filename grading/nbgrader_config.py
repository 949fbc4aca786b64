"""nbgrader course root for the codependency course (instructor side).

Run plain nbgrader commands from this folder (``cd grading && nbgrader autograde check-1``)
or use the ``codependency-course`` wrapper. Settings live in
``codependency_course.instructor.course_config`` so every view of the course shares them.
"""
from pathlib import Path

from codependency_course.instructor.course_config import configure

c = get_config()  # noqa: F821 (provided by traitlets when nbgrader loads this file)
configure(c, Path(__file__).resolve().parent, role="instructor")
