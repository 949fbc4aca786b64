"""Certificates of completion: signed fields, a register, a PDF per recipient (instructor side).

The verification code is an HMAC-SHA256, under the provider's secret, over every field the
certificate states (id, name, course, hours, date, provider, approval statement), shown as
five groups of four base-32 characters (100 bits). ``register.json`` beside the PDFs keeps
each certificate's fields and code (never the secret); :func:`verify` looks a code up and
recomputes it, so an edited name, date or number of hours no longer matches.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape

from codependency_course.instructor.safe_text import for_terminal

from .completion import Status
from .settings import CEConfig

REGISTER = "register.json"


@dataclass(frozen=True)
class Certificate:
    """What a certificate states."""

    certificate_id: str
    name: str
    course_title: str
    ce_hours: float
    completed_on: str
    provider: str
    approval_statement: str
    student_id: str

    def message(self) -> bytes:
        """The signed bytes: every printed field, in a fixed order, unambiguously joined."""
        fields = [self.certificate_id, self.name, self.course_title, f"{self.ce_hours:g}", self.completed_on,
                  self.provider, self.approval_statement]
        return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode()


def sign(cert: Certificate, secret: bytes) -> str:
    """The verification code for a certificate."""
    digest = hmac.new(secret, cert.message(), hashlib.sha256).digest()
    code = base64.b32encode(digest).decode()[:20]
    return "-".join(code[i:i + 4] for i in range(0, 20, 4))


def normalise(code: str) -> str:
    """A typed code in canonical form (case, spaces and dashes forgiven)."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def certificate_id(config: CEConfig, status: Status, secret: bytes) -> str:
    """A unique, stable id: the same trainee and completion date always get the same id."""
    basis = f"{config.course_title}|{status.student_id}|{status.completed_on:%Y-%m-%d}".encode()
    return "CC-" + hmac.new(secret, b"id|" + basis, hashlib.sha256).hexdigest()[:10].upper()


def make(config: CEConfig, status: Status) -> Certificate:
    """The certificate a completing trainee receives."""
    return Certificate(certificate_id(config, status, config.secret()), status.name, config.course_title, config.hours(),
                       f"{status.completed_on:%d %B %Y}".lstrip("0"), config.provider, config.approval_statement,
                       status.student_id)


def render(cert: Certificate, code: str, path: Path, verify_hint: str) -> Path:
    """Draw the certificate as a one-page landscape PDF."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    navy, gold = colors.HexColor("#1c3a6e"), colors.HexColor("#b08d3c")
    w, h = landscape(letter)
    c = Canvas(str(path), pagesize=(w, h))
    c.setTitle(f"Certificate of completion {cert.certificate_id}")
    c.setAuthor(cert.provider)
    c.setSubject(cert.course_title)
    c.setStrokeColor(navy)
    c.setLineWidth(3)
    c.rect(0.4 * inch, 0.4 * inch, w - 0.8 * inch, h - 0.8 * inch)
    c.setStrokeColor(gold)
    c.setLineWidth(1)
    c.rect(0.52 * inch, 0.52 * inch, w - 1.04 * inch, h - 1.04 * inch)

    def para(text: str, size: float, y: float, *, font="Helvetica", color=colors.black, width=8.6 * inch, lead=1.25):
        style = ParagraphStyle("p", fontName=font, fontSize=size, leading=size * lead, alignment=TA_CENTER, textColor=color)
        p = Paragraph(text, style)
        _, ph = p.wrap(width, h)
        p.drawOn(c, (w - width) / 2, y - ph)
        return y - ph

    para(escape(cert.provider.upper()), 11, h - 0.95 * inch, font="Helvetica-Bold", color=navy)
    para("Certificate of Completion", 34, h - 1.35 * inch, font="Times-Bold", color=navy)
    c.setStrokeColor(gold)
    c.setLineWidth(1.5)
    c.line(w / 2 - 1.6 * inch, h - 2.0 * inch, w / 2 + 1.6 * inch, h - 2.0 * inch)
    para("This certifies that", 13, h - 2.4 * inch, font="Times-Italic")
    y = para(escape(cert.name), 28, h - 2.8 * inch, font="Times-Bold")
    y = para("has successfully completed the continuing-education course", 13, y - 0.2 * inch, font="Times-Italic")
    y = para(escape(cert.course_title), 18, y - 0.15 * inch, font="Times-Bold", color=navy, width=8.0 * inch)
    y = para(f"<b>{cert.ce_hours:g}</b> CE contact hours &nbsp;·&nbsp; completed on <b>{escape(cert.completed_on)}</b>",
             13, y - 0.3 * inch)
    para(escape(cert.approval_statement), 9.5, y - 0.4 * inch, color=colors.HexColor("#333333"), width=8.2 * inch, lead=1.35)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    c.line(1.2 * inch, 1.55 * inch, 4.0 * inch, 1.55 * inch)
    c.setFont("Helvetica", 9)
    c.drawCentredString(2.6 * inch, 1.38 * inch, cert.provider[:60])
    c.drawCentredString(2.6 * inch, 1.24 * inch, "CE provider")
    c.setFont("Helvetica", 8.5)
    c.drawRightString(w - 1.2 * inch, 1.62 * inch, f"Certificate ID: {cert.certificate_id}")
    c.setFont("Courier-Bold", 10)
    c.drawRightString(w - 1.2 * inch, 1.44 * inch, f"Verification code: {code}")
    c.setFont("Helvetica", 8)
    c.drawRightString(w - 1.2 * inch, 1.27 * inch, f"Verify: {verify_hint.replace('CODE', code)}"[:110])
    c.showPage()
    c.save()
    return path


@dataclass
class Issued:
    """The outcome of one certificates run."""

    issued: list[tuple[Certificate, str, Path]]
    """(certificate, code, pdf) for each recipient."""
    refused: list[Status]
    """Every trainee without a certificate, with the reason."""

    def text(self) -> str:
        """A plain-text account: who received one, and why each other trainee did not."""
        lines = [f"Issued {len(self.issued)} certificate(s); {len(self.refused)} trainee(s) without one."]
        lines += [f"  issued   {c.student_id}: {c.name}, {c.certificate_id}, code {code} -> {p.name}" for c, code, p in self.issued]
        lines += [f"  none for {s.student_id}: {s.reason}" for s in self.refused]
        return for_terminal("\n".join(lines))

    @property
    def skipped(self) -> list[Status]:
        """Trainees who completed but whose certificate could not be made (the exit code says so)."""
        return [s for s in self.refused if s.reason.startswith(("the certificate could not", "this trainee's record"))]


def issue(course, config: CEConfig) -> Issued:
    """Write a PDF per completing trainee and the register to ``<course root>/certificates/``."""
    from .completion import statuses

    secret = config.secret()
    out = course.root / "certificates"
    out.mkdir(exist_ok=True)
    done, refused, register = [], [], {}
    for st in statuses(course, config):
        if not st.eligible:
            refused.append(st)
            continue
        try:  # one trainee's odd record never stops the others' certificates or the register
            cert = make(config, st)
            code = sign(cert, secret)
            pdf = render(cert, code, out / f"{st.student_id}-{cert.certificate_id}.pdf", config.verify_hint)
        except Exception as exc:  # noqa: BLE001 - named in the refusals instead
            refused.append(replace(st, eligible=False, reason=(
                f"the certificate could not be made ({type(exc).__name__}: {str(exc)[:200]})")))
            continue
        register[code] = asdict(cert)
        done.append((cert, code, pdf))
    (out / REGISTER).write_text(json.dumps(register, indent=1, ensure_ascii=False), encoding="utf-8")
    return Issued(done, refused)


def verify(code: str, register_path: Path, secret: bytes) -> tuple[bool, str]:
    """Check a code against the register; returns (valid, what to tell the reader)."""
    code = normalise(code)
    try:
        register = json.loads(Path(register_path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read the certificate register {register_path} ({exc})") from None
    rec = register.get(code)
    if rec is None:
        return False, f"NOT VALID: no certificate with code {code} was issued here."
    try:
        cert = Certificate(**rec)
    except TypeError:
        return False, f"NOT VALID: the register entry for {code} is damaged."
    if not hmac.compare_digest(sign(cert, secret), code):
        return False, f"NOT VALID: the recorded details of {code} do not match its code (the register was altered)."
    return True, (f"VALID: {cert.certificate_id} issued to {cert.name} for {cert.course_title}, {cert.ce_hours:g} CE hours, "
                  f"completed on {cert.completed_on}, by {cert.provider}. Check that the certificate shows exactly these details.")
