"""nbgrader settings for the instructor view (formgrader and create-assignment enabled)."""
from pathlib import Path

from codependency_course.instructor.course_config import configure

c = get_config()  # noqa: F821
configure(c, Path(__file__).resolve().parents[3] / "grading", role="instructor")
