"""Grade export, built from the gradebook API: nbgrader's CSV columns plus an LMS gradebook.

Both files are written with the csv module (so a comma or quote in a name never shifts a
column) and every text cell is neutralised for spreadsheets (``safe_text.for_csv``). The
same rows serve nbgrader's ``export`` command (``SafeCsvExportPlugin``, configured in
``course_config``) and ``codependency-course export``.

The LMS file has one row per trainee and one column per assignment (percentage), then the
total and, for the CE post-test, whether the 75% pass mark was reached.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import NamedTuple

import pandas as pd
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.plugins.export import ExportPlugin

from codependency_course.instructor.course import Course
from codependency_course.instructor.safe_text import for_csv

POST_TEST = "capstone-post-test"
PASS_MARK = 0.75
COLUMNS = ["assignment", "duedate", "timestamp", "student_id", "last_name", "first_name", "email",
           "raw_score", "late_submission_penalty", "score", "max_score"]


def grade_rows(gb: Gradebook, assignments: list[str] = (), students: list[str] = (),
               skipped: list[str] | None = None) -> list[dict]:
    """One row per trainee per assignment (nbgrader's export columns); no submission scores 0.

    A trainee whose records cannot be read (an odd row in the gradebook, a score that is not a
    finite number) gets no row; the reason is appended to ``skipped`` (when given), and every
    other trainee's rows are still made."""
    rows = []
    for a in gb.assignments:
        if assignments and a.name not in assignments:
            continue
        for st in gb.students:
            if students and st.id not in students:
                continue
            try:
                rows.append(_row(gb, a, st))
            except Exception as exc:  # one trainee's record never stops the export
                gb.db.rollback()
                if skipped is None:
                    raise
                skipped.append(f"{st.id} ({a.name}): not exported: {type(exc).__name__}: {str(exc)[:200]}")
    return rows


def _row(gb: Gradebook, a, st) -> dict:
    row = {"assignment": a.name, "duedate": a.duedate, "student_id": st.id, "last_name": st.last_name,
           "first_name": st.first_name, "email": st.email, "max_score": a.max_score,
           "timestamp": None, "raw_score": 0.0, "late_submission_penalty": 0.0, "score": 0.0}
    try:
        sub = gb.find_submission(a.name, st.id)
    except MissingEntry:
        return row
    penalty = sub.late_submission_penalty or 0.0
    score = sub.score
    if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in (score, penalty)):
        raise ValueError(f"the gradebook holds a score of {score!r} (penalty {penalty!r}), not a number")
    row.update(timestamp=sub.timestamp, raw_score=score, late_submission_penalty=penalty,
               score=max(0.0, score - penalty))
    return row


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """Write a table with every text cell made safe for a spreadsheet."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([for_csv(str(c)) for c in frame.columns])
        for rec in frame.itertuples(index=False):
            w.writerow(["" if v is None or (isinstance(v, float) and pd.isna(v)) else for_csv(v) for v in rec])
    return Path(path)


class SafeCsvExportPlugin(ExportPlugin):
    """nbgrader's CSV export, written with the csv module and neutralised for spreadsheets."""

    def export(self, gradebook: Gradebook) -> None:
        skipped: list[str] = []
        rows = grade_rows(gradebook, [str(a) for a in self.assignment], [str(s) for s in self.student], skipped)
        for why in skipped:
            self.log.warning("%s", why)
        write_csv(pd.DataFrame(rows, columns=COLUMNS), Path(self.to or "grades.csv"))


def lms_table(grades: pd.DataFrame) -> pd.DataFrame:
    """Pivot the export rows (one per trainee per assignment) to one row per trainee."""
    g = grades.copy()
    g["percent"] = (100 * g["score"] / g["max_score"].where(g["max_score"] > 0)).round(1).fillna(0.0)
    wide = g.pivot_table(index="student_id", columns="assignment", values="percent", aggfunc="first").fillna(0.0)
    wide.columns = [f"{a} (%)" for a in wide.columns]
    totals = g.groupby("student_id")[["score", "max_score"]].sum()
    wide["total points"] = totals["score"].round(2)
    wide["total possible"] = totals["max_score"].round(2)
    post = g[g["assignment"] == POST_TEST].set_index("student_id")
    if not post.empty:
        ratio = post["score"] / post["max_score"]
        wide["post-test passed"] = ratio.reindex(wide.index).ge(PASS_MARK).map({True: "yes", False: "no"})
    names = g.drop_duplicates("student_id").set_index("student_id")[["last_name", "first_name", "email"]]
    return names.join(wide).reset_index().rename(columns={"student_id": "Student ID", "last_name": "Last name",
                                                           "first_name": "First name", "email": "Email"})


class GradeExport(NamedTuple):
    """What ``export`` wrote, and the trainees it could not export (each with the reason)."""

    grades: Path
    lms: Path
    skipped: list[str]
    problems: Path | None


def export(course: Course, to: Path) -> GradeExport:
    """Write nbgrader's CSV columns to ``to`` and the LMS gradebook beside it (``<stem>-lms.csv``).
    A trainee whose records cannot be read is left out, named in ``<stem>-problems.txt``."""
    to = Path(to).resolve()
    skipped: list[str] = []
    with Gradebook(course.db_url()) as gb:
        grades = pd.DataFrame(grade_rows(gb, skipped=skipped), columns=COLUMNS)
    if grades.empty and not skipped:
        raise ValueError(f"the gradebook {course.db_url()} has no trainees yet; grade an assignment first")
    write_csv(grades, to)
    table = lms_table(grades) if not grades.empty else pd.DataFrame(columns=["Student ID", "Last name", "First name", "Email"])
    lms = write_csv(table, to.with_name(f"{to.stem}-lms.csv"))
    problems = to.with_name(f"{to.stem}-problems.txt")
    if skipped:
        problems.write_text("Not exported (the rest of the cohort was):\n" + "".join(f"  {s}\n" for s in skipped),
                            encoding="utf-8")
    else:
        problems.unlink(missing_ok=True)
    return GradeExport(to, lms, skipped, problems if skipped else None)
