"""A CE provider's settings: who issues the certificate, under what approval, for how many hours.

Read from ``<course root>/ce.yaml`` (see ``grading/ce.example.yaml``), each field overridable
from the environment. The HMAC secret that signs certificates is never stored in the
repository: it comes from ``CODEPENDENCY_COURSE_CE_SECRET`` or from a file named by
``secret_file`` (readable by the provider only), and there is no default.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from codependency_course.answers import validation_message
from codependency_course.content import syllabus

CONFIG_NAME = "ce.yaml"
SECRET_ENV = "CODEPENDENCY_COURSE_CE_SECRET"
ENV = {"provider": "CODEPENDENCY_COURSE_CE_PROVIDER", "approval_statement": "CODEPENDENCY_COURSE_CE_APPROVAL",
       "ce_hours": "CODEPENDENCY_COURSE_CE_HOURS", "course_title": "CODEPENDENCY_COURSE_CE_TITLE"}


class CEConfig(BaseModel):
    """What a certificate states besides the trainee's own details."""

    model_config = ConfigDict(extra="forbid")
    provider: str = Field(min_length=2, max_length=200)
    """The CE provider's name, as printed on the certificate."""
    approval_statement: str = Field(min_length=10, max_length=900)
    """The provider's approval statement (e.g. the approving body and provider number)."""
    course_title: str = Field(default="Healthy Dependence or Codependency? Telling Them Apart in Clinical Practice", max_length=200)
    """The course title printed on the certificate."""
    ce_hours: float | None = Field(default=None, gt=0, le=100)
    """CE contact hours; default: the sum of the lessons' estimated times, in quarter hours."""
    pass_mark: float = Field(default=0.75, gt=0, le=1)
    """Share of the post-test's points needed to pass."""
    verify_hint: str = Field(default="codependency-course verify CODE", max_length=200)
    """How a reader checks a certificate (a URL, or the command)."""
    secret_file: str | None = None
    """A file holding the HMAC secret (used when the environment variable is not set)."""

    def hours(self) -> float:
        """CE hours: configured, or the lessons' estimated minutes rounded down to a quarter hour."""
        if self.ce_hours is not None:
            return float(self.ce_hours)
        return int(syllabus.total_minutes(syllabus.load()) / 15) / 4

    def secret(self) -> bytes:
        """The signing secret; a clear error when none is configured."""
        value = os.environ.get(SECRET_ENV)
        if not value and self.secret_file:
            value = Path(self.secret_file).expanduser().read_text(encoding="utf-8").strip()
        if not value or len(value) < 16:
            raise ValueError(f"no certificate secret: set {SECRET_ENV} (16 characters or more) or secret_file in {CONFIG_NAME}; "
                             "keep it private, anyone holding it can forge a certificate")
        return value.encode()


def load(course_root: Path | str) -> CEConfig:
    """Read ``ce.yaml`` from the course root, with environment overrides; errors name the file and field."""
    path = Path(course_root) / CONFIG_NAME
    data = {}
    if path.exists():
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ValueError(f"{path}: not valid YAML ({exc})") from None
        if not isinstance(data, dict):
            raise ValueError(f"{path}: expected a mapping of settings")
    data.update({k: os.environ[v] for k, v in ENV.items() if os.environ.get(v)})
    try:
        return CEConfig.model_validate(data)
    except ValidationError as exc:
        raise ValueError(f"{path}: {validation_message(exc)} (copy grading/ce.example.yaml to start)") from None
