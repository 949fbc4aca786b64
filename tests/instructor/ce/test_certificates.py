"""Certificate signing and verification, the CE settings, and the secret rule."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from codependency_course.instructor.ce import settings
from codependency_course.instructor.ce.certificates import (
    Certificate,
    make,
    normalise,
    sign,
    verify,
)
from codependency_course.instructor.ce.completion import Status

SECRET = b"unit-test-secret-0123456789"


def _cert(**kw) -> Certificate:
    base = dict(certificate_id="CC-0123456789", name="Ana Lima", course_title="A course", ce_hours=9.0,
                completed_on="5 March 2026", provider="Provider", approval_statement="Approved by a board.",
                student_id="t1")
    return Certificate(**{**base, **kw})


def test_code_covers_every_printed_field():
    code = sign(_cert(), SECRET)
    assert len(code) == 24 and code.count("-") == 4
    for field, value in (("name", "Ana Lima "), ("ce_hours", 9.25), ("completed_on", "6 March 2026"),
                         ("provider", "Other"), ("approval_statement", "Approved."), ("course_title", "B"),
                         ("certificate_id", "CC-0123456788")):
        assert sign(_cert(**{field: value}), SECRET) != code, field
    assert sign(_cert(), b"another-secret-value-xx") != code
    assert normalise(code.lower().replace("-", " ")) == code


def test_verify_against_the_register(tmp_path):
    cert = _cert()
    code = sign(cert, SECRET)
    reg = tmp_path / "register.json"
    reg.write_text(json.dumps({code: cert.__dict__}))
    assert verify(code, reg, SECRET)[0]
    assert "no certificate" in verify("AAAA-BBBB-CCCC-DDDD-EEEE", reg, SECRET)[1]
    reg.write_text(json.dumps({code: {**cert.__dict__, "name": "Mallory"}}))
    assert not verify(code, reg, SECRET)[0]
    reg.write_text("{")
    with pytest.raises(ValueError, match="cannot read the certificate register"):
        verify(code, reg, SECRET)


def test_settings_and_secret(tmp_path, monkeypatch):
    monkeypatch.delenv(settings.SECRET_ENV, raising=False)
    with pytest.raises(ValueError, match="field 'provider'"):
        settings.load(tmp_path)
    (tmp_path / "ce.yaml").write_text("provider: P Org\napproval_statement: Approved by the board, no. 1.\n")
    cfg = settings.load(tmp_path)
    assert cfg.hours() == 9.0  # 550 estimated minutes in the lessons, in quarter hours
    with pytest.raises(ValueError, match="no certificate secret"):
        cfg.secret()
    monkeypatch.setenv(settings.SECRET_ENV, "short")
    with pytest.raises(ValueError, match="16 characters"):
        cfg.secret()
    (tmp_path / "secret").write_text("from-a-file-0123456789\n")
    monkeypatch.delenv(settings.SECRET_ENV)
    cfg = settings.CEConfig(provider="P Org", approval_statement="Approved by the board.", secret_file=str(tmp_path / "secret"))
    assert cfg.secret() == b"from-a-file-0123456789"
    monkeypatch.setenv("CODEPENDENCY_COURSE_CE_HOURS", "7.5")
    assert settings.load(tmp_path).hours() == 7.5
    (tmp_path / "ce.yaml").write_text("provider: [unclosed\n")
    with pytest.raises(ValueError, match="not valid YAML"):
        settings.load(tmp_path)


def test_certificate_id_is_stable_and_unique(monkeypatch):
    monkeypatch.setenv(settings.SECRET_ENV, SECRET.decode())
    cfg = settings.CEConfig(provider="P Org", approval_statement="Approved by the board.")
    when = datetime(2026, 3, 5, tzinfo=timezone.utc)
    a = make(cfg, Status("t1", "Ana", 25, 30, True, when, True, ""))
    assert a == make(cfg, Status("t1", "Ana", 25, 30, True, when, True, ""))
    assert a.certificate_id != make(cfg, Status("t2", "Ana", 25, 30, True, when, True, "")).certificate_id
    assert a.completed_on == "5 March 2026"
