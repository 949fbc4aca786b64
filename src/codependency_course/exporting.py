"""Grade export: nbgrader's own CSV, plus one gradebook CSV an LMS can import.

The LMS file has one row per trainee and one column per assignment (percentage), then the
total and, for the CE post-test, whether the 75% pass mark was reached.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .instructor import Course

POST_TEST = "capstone-post-test"
PASS_MARK = 0.75


def lms_table(grades: pd.DataFrame) -> pd.DataFrame:
    """Pivot nbgrader's export (one row per trainee per assignment) to one row per trainee."""
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
    """Write nbgrader's CSV to ``to`` and the LMS gradebook beside it (``<stem>-lms.csv``)."""
    to = Path(to).resolve()
    course.export(to)
    lms = to.with_name(f"{to.stem}-lms.csv")
    lms_table(pd.read_csv(to)).to_csv(lms, index=False)
    return [to, lms]
