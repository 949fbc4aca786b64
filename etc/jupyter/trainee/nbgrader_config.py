"""nbgrader settings for the trainee view: where to fetch assignments and submit them."""
from pathlib import Path

from codependency_course.course_config import configure

c = get_config()  # noqa: F821
configure(c, Path(__file__).resolve().parents[3] / "grading", role="trainee")
