"""`codependency-course validate` prints nbgrader's verdict (not kernel log lines), and the
course's nbgrader config draws no "Outdated config" warning."""

from __future__ import annotations

import subprocess
import sys

import pytest
from journey_harness import course_env, instructor_course

pytestmark = pytest.mark.grading


def test_validate_prints_the_verdict_and_no_outdated_config_warning(tmp_path):
    course = instructor_course(tmp_path)
    env = course_env(tmp_path / "exchange")
    proc = subprocess.run([sys.executable, "-m", "codependency_course", "--course-root", str(course), "validate",
                           "check-1-foundations"], capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Success! Your notebook passes all the tests."
    release = subprocess.run([sys.executable, "-m", "nbgrader", "generate_assignment", "check-1-foundations", "--force"],
                             cwd=course, env=env, capture_output=True, text=True, timeout=300)
    assert release.returncode == 0, release.stderr
    assert "Outdated config" not in release.stdout + release.stderr
