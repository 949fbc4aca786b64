"""`grade --execute`: a kernel never sees the CE secret, the gradebook URL or any key."""

from __future__ import annotations

import os
import subprocess
import sys

from codependency_course.instructor.autograding.kernel_env import NOTICE, scrubbed, without_secrets


def test_sensitive_variables_never_reach_a_child_process(monkeypatch):
    monkeypatch.setenv("CODEPENDENCY_COURSE_CE_SECRET", "provider-secret-0123456789")
    monkeypatch.setenv("CODEPENDENCY_COURSE_DB_URL", "postgresql://grader:pw@127.0.0.1/gb")
    monkeypatch.setenv("PGPASSWORD", "pw")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "k")
    with without_secrets():
        out = subprocess.run([sys.executable, "-c", "import os; print(sorted(os.environ))"],
                             capture_output=True, text=True).stdout
    for name in ("CODEPENDENCY_COURSE_CE_SECRET", "CODEPENDENCY_COURSE_DB_URL", "PGPASSWORD", "AWS_SECRET_ACCESS_KEY"):
        assert name not in out
    assert os.environ["CODEPENDENCY_COURSE_CE_SECRET"] == "provider-secret-0123456789", "restored afterwards"
    assert "PATH" in scrubbed(dict(os.environ)) and "no CE secret" in NOTICE
