"""``python -m codependency_course``: the same commands as ``codependency-course``."""

import sys

from .cli import main

sys.exit(main())
