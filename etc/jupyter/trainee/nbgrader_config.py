"""nbgrader settings for the trainee view: where to fetch assignments and submit them.

Fetched assignments land in ``CODEPENDENCY_COURSE_ASSIGNMENTS`` (``make lab`` and the hub set it
to the lab's root folder), else in the ``course/`` folder beside this view, so the
Assignment List's links open them. The exchange is created when it is the local default.
"""
import os
from pathlib import Path

from codependency_course.instructor.course_config import configure

c = get_config()  # noqa: F821
here = Path(__file__).resolve().parents[3]
configure(c, here / "grading", role="trainee")
c.Exchange.assignment_dir = os.environ.get("CODEPENDENCY_COURSE_ASSIGNMENTS", str(here / "course"))
if "CODEPENDENCY_COURSE_EXCHANGE" not in os.environ:
    os.makedirs(c.Exchange.root, exist_ok=True)  # `make lab` on a clone: grading/exchange
