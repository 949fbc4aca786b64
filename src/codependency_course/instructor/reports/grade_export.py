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
from pathlib import Path

import pandas as pd
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.plugins.export import ExportPlugin

from codependency_course.instructor.course import Course
from codependency_course.instructor.safe_text import for_csv

POST_TEST = "capstone-post-test"
PASS_MARK = 0.75
COLUMNS = ["assignment", "duedate", "timestamp", "student_id", "last_name", "first_name", "email",
           "raw_score", "late_submission_penalty", "score", "max_score"]


def grade_rows(gb: Gradebook, assignments: list[str] = (), students: list[str] = ()) -> list[dict]:
    """One row per trainee per assignment (nbgrader's export columns); no submission scores 0."""
    rows = []
    for a in gb.assignments:
        if assignments and a.name not in assignments:
            continue
        for st in gb.students:
            if students and st.id not in students:
                continue
            row = {"assignment": a.name, "duedate": a.duedate, "student_id": st.id, "last_name": st.last_name,
                   "first_name": st.first_name, "email": st.email, "max_score": a.max_score,
                   "timestamp": None, "raw_score": 0.0, "late_submission_penalty": 0.0, "score": 0.0}
            try:
                sub = gb.find_submission(a.name, st.id)
            except MissingEntry:
                pass
            else:
                penalty = sub.late_submission_penalty or 0.0
                row.update(timestamp=sub.timestamp, raw_score=sub.score, late_submission_penalty=penalty,
                           score=max(0.0, sub.score - penalty))
            rows.append(row)
    return rows


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
        rows = grade_rows(gradebook, [str(a) for a in self.assignment], [str(s) for s in self.student])
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


def export(course: Course, to: Path) -> list[Path]:
    """Write nbgrader's CSV columns to ``to`` and the LMS gradebook beside it (``<stem>-lms.csv``)."""
    to = Path(to).resolve()
    with Gradebook(course.db_url()) as gb:
        grades = pd.DataFrame(grade_rows(gb), columns=COLUMNS)
    if grades.empty:
        raise ValueError(f"the gradebook {course.db_url()} has no trainees yet; grade an assignment first")
    write_csv(grades, to)
    lms = write_csv(lms_table(grades), to.with_name(f"{to.stem}-lms.csv"))
    return [to, lms]
