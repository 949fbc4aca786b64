"""nbgrader settings for the grader account on JupyterHub.

Copy this file to /home/grader-codependency-course/.jupyter/nbgrader_config.py (nbgrader's
JupyterHub guide puts the grader account's config in ~/.jupyter). The formgrader service and
the grader's terminals load it. It applies the course's own settings
(codependency_course.instructor.course_config.configure) to the grader's private clone of the course.
"""
from pathlib import Path

from codependency_course.instructor.course_config import configure

c = get_config()  # noqa: F821 (provided by traitlets when nbgrader loads this file)

# CHANGE-ME if the clone lives elsewhere. The course root is grading/ inside the grader's
# clone; configure() takes source/ (the instructor notebooks with the keys) from beside it.
configure(c, Path("/home/grader-codependency-course/course/grading"), role="instructor")

# The exchange, gradebook and grading timeout come from CODEPENDENCY_COURSE_EXCHANGE,
# CODEPENDENCY_COURSE_DB_URL and CODEPENDENCY_COURSE_TIMEOUT, which jupyterhub_config.py sets
# for the service and ~/.profile sets for SSH sessions. Prefer those variables: the
# `codependency-course` command reads only the variable (without it, it falls back to
# grading/exchange), and grading/nbgrader_config.py in the clone applies the same settings
# again when nbgrader runs from grading/. Uncomment only for plain nbgrader runs from here:
# c.Exchange.root = "/srv/nbgrader/exchange"

# nbgrader's JupyterHub guide recommends a log file for debugging:
# c.NbGrader.logfile = "/home/grader-codependency-course/nbgrader.log"
