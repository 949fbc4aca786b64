"""``python -m codependency_course``: the same commands as ``codependency-course``."""

import sys

from codependency_course.instructor.cli import main

sys.exit(main())
