"""Drive nbgrader for this course: the instructor's steps and a trainee's fetch and submit.

Each step runs nbgrader's own command line in a subprocess (exactly what an instructor
would type), with this environment's ``bin`` first on PATH, because nbgrader calls
``alembic`` by name when it creates a gradebook. Failures raise :class:`StepFailed` with
the command and nbgrader's last lines, never a bare traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .course_config import COURSE_ID, MAX_DIR_KB, MAX_FILE_KB


class StepFailed(RuntimeError):
    """An nbgrader step failed; the message names the step and shows nbgrader's output."""


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.update(extra or {})
    return env


@dataclass
class Course:
    """An nbgrader course root (the folder with nbgrader_config.py) and its exchange."""

    root: Path
    """The course root, normally the repository's grading/ folder."""
    exchange: Path
    """The exchange folder shared by instructor and trainees."""
    env: dict[str, str] = field(default_factory=dict)
    """Extra environment for every step (e.g. CODEPENDENCY_COURSE_DB_URL)."""

    def __post_init__(self):
        self.root, self.exchange = Path(self.root).resolve(), Path(self.exchange).resolve()
        self.exchange.mkdir(parents=True, exist_ok=True)

    @property
    def environ(self) -> dict[str, str]:
        """The environment nbgrader runs in."""
        return _env({"CODEPENDENCY_COURSE_EXCHANGE": str(self.exchange), **self.env})

    def run(self, *args: str, cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess:
        """Run ``nbgrader ARGS`` from the course root (or ``cwd``)."""
        cmd = [sys.executable, "-m", "nbgrader", *args]
        proc = subprocess.run(cmd, cwd=cwd or self.root, env=self.environ, capture_output=True, text=True)
        if check and proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-25:])
            raise StepFailed(f"`nbgrader {' '.join(args)}` failed (exit {proc.returncode}):\n{tail}")
        return proc

    # -- the instructor's steps ----------------------------------------------
    def generate(self, assignment: str) -> None:
        """Make the student version in release/ (hidden tests and solutions stripped)."""
        self.run("generate_assignment", assignment, "--force")

    def release(self, assignment: str) -> None:
        """Put the student version in the exchange for trainees to fetch.

        A course folder someone else created in the exchange first (a trainee can, in a shared
        exchange) is recovered when it is ours and empty of anything but nbgrader's folders, and
        otherwise reported with its owner and the fix, before nbgrader fails on it."""
        self._check_course_folder()
        self.run("release_assignment", assignment, "--force")

    def _check_course_folder(self) -> None:
        import pwd
        import stat

        folder = self.exchange / COURSE_ID
        try:
            info = os.lstat(folder)
        except FileNotFoundError:
            return
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
            raise StepFailed(f"{folder} is a link or not a folder (someone created it before the first release); "
                             f"remove it (as root if needed: sudo rm -rf '{folder}') and release again")
        if info.st_uid != os.getuid() and os.getuid() != 0:
            try:
                owner = pwd.getpwuid(info.st_uid).pw_name
            except KeyError:
                owner = f"uid {info.st_uid}"
            raise StepFailed(
                f"{folder} belongs to {owner}, not to you: someone created it before the first release, so nbgrader "
                f"cannot set it up. Ask an administrator to run: sudo rm -rf '{folder}' && sudo install -d -o "
                f"{pwd.getpwuid(os.getuid()).pw_name} -m 0755 '{folder}' (see grading/jupyterhub/README.md, section 3)")
        strays = [p.name for p in folder.iterdir() if p.name not in ("outbound", "inbound", "feedback")
                  or p.is_symlink()]
        if strays:  # ours, but holding something nbgrader never puts there: set it aside, then release
            aside = self.exchange / f".{COURSE_ID}-set-aside-{os.getpid()}"
            aside.mkdir()
            for name in strays:
                os.replace(folder / name, aside / name)
            print(f"Moved {', '.join(sorted(strays))} out of {folder} into {aside} (nbgrader never puts them there).",
                  file=sys.stderr)

    def collect(self, assignment: str) -> None:
        """Copy every submission from the exchange into submitted/."""
        self.run("collect", assignment, "--update")

    def autograde(self, assignment: str, student: str | None = None, *, stock: bool = False) -> subprocess.CompletedProcess:
        """Plain ``nbgrader autograde`` (serial). ``stock``: with nbgrader's own steps, which run every
        notebook in a kernel (the baseline that tests and benchmarks compare the course's grading with)."""
        extra = [f"--student={student}"] if student else []
        saved = dict(self.env)
        if stock:
            self.env["CODEPENDENCY_COURSE_STOCK_AUTOGRADE"] = "1"
        try:
            return self.run("autograde", assignment, "--force", *extra)
        finally:
            self.env.clear()
            self.env.update(saved)

    def feedback(self, assignment: str, exclude: list[str] | tuple[str, ...] = ()) -> list[str]:
        """Write per-trainee feedback HTML into feedback/ and release it to the exchange.

        One trainee whose feedback cannot be made does not stop the others: the feedback that
        was made is released, and the lines nbgrader logged about the failures are returned.
        Trainees in ``exclude`` get none (their hand-grading is not finished)."""
        from .autograding.intake import Refused, read_secret, read_stamp
        from .autograding.windows import close

        skip = [f"--CourseDirectory.student_id_exclude={','.join(exclude)}"] if exclude else []
        proc = self.run("generate_feedback", assignment, "--force", *skip, check=False)
        problems = [line.strip() for line in (proc.stdout + proc.stderr).splitlines()
                    if "[GenerateFeedbackApp | ERROR]" in line] if proc.returncode else []
        if proc.returncode and not (self.root / "feedback").is_dir():
            raise StepFailed(f"`nbgrader generate_feedback {assignment}` failed:\n" + "\n".join(problems[-25:]))
        excluded = list(exclude)  # one trainee's unreadable secret or timestamp never stops the others' release
        for folder in sorted((self.root / "feedback").glob(f"*/{assignment}")):
            try:
                read_secret(folder / "submission_secret.txt")
                read_stamp(folder / "timestamp.txt")
            except Refused as exc:
                excluded.append(folder.parent.name)
                problems.append(f"{folder.parent.name}: feedback not released: {exc}")
        extra = [f"--CourseDirectory.student_id_exclude={','.join(excluded)}"] if excluded else []
        self.run("release_feedback", assignment, *extra)
        close(self.root, assignment, "its feedback was released (feedback explains the key)")
        return problems

    def export(self, path: Path) -> Path:
        """nbgrader's grade export (one row per trainee per assignment)."""
        self.run("export", f"--to={path}")
        return Path(path)

    def db_url(self) -> str:
        """The gradebook this course writes to."""
        return self.env.get("CODEPENDENCY_COURSE_DB_URL") or os.environ.get(
            "CODEPENDENCY_COURSE_DB_URL", f"sqlite:///{self.root / 'gradebook.db'}"
        )


@dataclass
class Trainee:
    """A trainee's side of the exchange: a home folder, fetch and submit."""

    course: Course
    """The course they take."""
    student_id: str
    """Their nbgrader student id."""
    home: Path
    """Where they fetch assignments to."""

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        self.home.mkdir(parents=True, exist_ok=True)
        return self.course.run(
            *args, f"--Exchange.root={self.course.exchange}", f"--CourseDirectory.course_id={COURSE_ID}",
            f"--CourseDirectory.max_file_size={MAX_FILE_KB}", f"--CourseDirectory.max_dir_size={MAX_DIR_KB}", cwd=self.home,
        )

    def fetch(self, assignment: str) -> Path:
        """Fetch the released assignment; returns its folder."""
        self._run("fetch_assignment", assignment)
        return self.home / assignment

    def submit(self, assignment: str) -> None:
        """Submit the assignment folder (notebook and answers file) under this trainee's id."""
        self._run("submit", assignment, f"--student={self.student_id}")
