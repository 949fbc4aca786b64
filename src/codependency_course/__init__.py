"""codependency_course: an interactive Jupyter course on healthy dependence and codependency."""

__version__ = "0.1.0"
