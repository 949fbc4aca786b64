"""The nbgrader cycle: release, collect, grade, validate, feedback, export, item analysis."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import course, say

SKIPPED_SOME = 3
"""Exit status of a cohort command that finished for everyone it could, but skipped some trainees (named)."""


def cmd_release(args) -> int:
    c = course(args)
    c.generate(args.assignment)
    c.release(args.assignment)
    print(f"Released {args.assignment}: trainees can fetch it from the Assignments tab (exchange: {c.exchange}).")
    return 0


def cmd_collect(args) -> int:
    import csv

    from codependency_course.instructor.autograding.collecting import SKIPPED
    from codependency_course.instructor.autograding.parallel import submitted_students
    from codependency_course.instructor.autograding.windows import late_students

    c = course(args)
    skipped_csv = c.root / "reports" / f"{args.assignment}-{SKIPPED}"
    skipped_csv.unlink(missing_ok=True)
    c.collect(args.assignment)
    subs = submitted_students(c, args.assignment)
    say(f"Collected {args.assignment}: {len(subs)} submission(s) in {c.root / 'submitted'}.")
    if skipped_csv.exists():
        rows = list(csv.reader(open(skipped_csv, newline="", encoding="utf-8")))[1:]
        say(f"{len(rows)} inbound entr{'y was' if len(rows) == 1 else 'ies were'} skipped (see {skipped_csv}):")
        for entry, why in rows:
            say(f"  {entry!r}: {why}")
    late = late_students(c.root, args.assignment)
    if late:
        say(f"{len(late)} late submission(s) kept apart in {c.root / 'late'}, not graded "
            f"(accept one with: codependency-course accept-late {args.assignment} STUDENT): {', '.join(late)}")
    return SKIPPED_SOME if skipped_csv.exists() else 0


def cmd_import_submissions(args) -> int:
    from codependency_course.instructor.autograding.importing import import_submissions
    from codependency_course.instructor.safe_text import for_terminal

    c = course(args)
    try:
        done = import_submissions(c, [Path(p) for p in args.paths], args.assignment)
    except FileNotFoundError as exc:
        print(f"codependency-course import-submissions: {exc}", file=sys.stderr)
        return 2
    say(f"Imported {len(done.accepted)} submission file(s) of {args.assignment} with this moment as their receipt "
        f"time, and collected them into {c.root / 'submitted'} (late ones into {c.root / 'late'}).")
    for student, path in done.accepted:
        say(f"  {for_terminal(student)}: {for_terminal(path.name)}")
    if done.refused:
        say(f"{len(done.refused)} file(s) refused (listed in {done.report}); the rest were imported:")
        for path, why in done.refused:
            say(f"  {for_terminal(str(path))}: {for_terminal(why)}")
    return SKIPPED_SOME if done.refused else 0


def cmd_close(args) -> int:
    from codependency_course.instructor.autograding.windows import close, closed, reopen

    c = course(args)
    if args.reopen:
        reopen(c.root, args.assignment)
        say(f"{args.assignment} is open again: collect copies new submissions into submitted/.")
        return 0
    close(c.root, args.assignment, "closed by the instructor")
    say(f"{args.assignment} closed at {closed(c.root, args.assignment)['closed_at']} UTC: later submissions are "
        "collected into late/ and never graded over the first grade.")
    return 0


def cmd_accept_late(args) -> int:
    from codependency_course.instructor.autograding.windows import accept_late

    c = course(args)
    try:
        say(accept_late(c.root, args.assignment, args.student))
    except FileNotFoundError as exc:
        say(f"codependency-course accept-late: {exc}")
        return 2
    return 0


def cmd_grade(args) -> int:
    from codependency_course.instructor.autograding.parallel import grade

    c = course(args)
    if args.execute:
        from codependency_course.instructor.autograding.kernel_env import NOTICE

        say(NOTICE)
    result = grade(c, args.assignment, workers=args.workers, execute=args.execute)
    say(result.text())
    return SKIPPED_SOME if result.failed else 0


def cmd_validate(args) -> int:
    import shutil
    import tempfile

    from codependency_course.instructor.keys import write_reference_answers

    c = course(args)
    src = c.root.parent / "source" / args.assignment / f"{args.assignment}.ipynb"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / args.assignment
        work.mkdir()
        shutil.copy(src, work)
        write_reference_answers(work / src.name, work)
        proc = c.run("validate", str(work / src.name), cwd=work, check=False)
    # nbgrader prints its verdict on stdout; stderr is its log and the kernel's (noise here)
    verdict = proc.stdout.strip()
    if not verdict:
        errors = [ln for ln in proc.stderr.splitlines() if "ERROR" in ln or "Error" in ln]
        verdict = "\n".join(errors[-10:]) or f"nbgrader validate printed no verdict (exit {proc.returncode})"
    print(verdict)
    return 0 if "Success!" in verdict else 1


def ungraded_cells(c, assignment: str) -> dict[str, list[str]]:
    """Each trainee whose submission of ``assignment`` has hand-graded cells still without a manual grade."""
    from nbgrader.api import Gradebook, MissingEntry

    waiting: dict[str, list[str]] = {}
    with Gradebook(c.db_url()) as gb:
        try:
            submissions = gb.assignment_submissions(assignment)
        except MissingEntry:
            return waiting
        for sub in submissions:
            for nb in sub.notebooks:
                cells = [g.name for g in nb.grades if g.needs_manual_grade and g.manual_score is None]
                if cells:
                    waiting.setdefault(sub.student.id, []).extend(f"{nb.name}: {name}" for name in cells)
    return waiting


def feedback_blocker(c, args) -> tuple[str | None, list[str]]:
    """Why feedback must wait (trainees with ungraded hand-graded cells), and who to leave out with --partial."""
    waiting = ungraded_cells(c, args.assignment)
    if not waiting:
        return None, []
    lines = "\n".join(f"  {sid}: {', '.join(cells)}" for sid, cells in sorted(waiting.items()))
    if args.partial:
        say(f"Feedback held back (not hand-graded yet) for {len(waiting)} trainee(s):\n{lines}")
        return None, sorted(waiting)
    return (f"codependency-course feedback: {len(waiting)} submission(s) of {args.assignment} still need hand-grading "
            f"(Nbgrader \u25b8 Formgrader \u25b8 Manual Grading), so no feedback was released:\n{lines}\n"
            "Grade them first, or pass --partial to release feedback to everyone else now."), []


def cmd_feedback(args) -> int:
    c = course(args)
    if args.assignment == "pre-test" and not args.before_post_test:
        from codependency_course.instructor.ce.simulated_cycle import (
            pre_test_feedback_blocker,
        )

        blocker = pre_test_feedback_blocker(c)
        if blocker:
            print(f"codependency-course feedback: pre-test feedback is held back until after the post-test ({blocker}), "
                  "so that the post-test measures learning rather than memory of the pre-test answers. "
                  "Override with --before-post-test.", file=sys.stderr)
            return 2
    refusal, held_back = feedback_blocker(c, args)
    if refusal:
        print(refusal, file=sys.stderr)
        return 2
    problems = c.feedback(args.assignment, exclude=held_back)
    say(f"Feedback for {args.assignment} written to {c.root / 'feedback'} and released to trainees.")
    for p in problems:
        say(f"  not made: {p}")
    return 1 if problems else 0


def cmd_export(args) -> int:
    from codependency_course.instructor.reports.grade_export import export

    c = course(args)
    done = export(c, Path(args.to))
    print(f"Wrote {done.grades}\nWrote {done.lms}")
    if done.skipped:
        print(f"Not exported ({len(done.skipped)}; the rest of the cohort was), listed in {done.problems}:")
        print("\n".join(f"  {s}" for s in done.skipped))
    return 3 if done.skipped else 0  # 3: finished, but some trainees were skipped (named above)


def cmd_report(args) -> int:
    from codependency_course.instructor.reports.item_analysis import write_report

    c = course(args)
    paths = write_report(c, args.assignment)
    print("\n".join(f"Wrote {p}" for p in paths))
    return 0


def register(sub) -> None:
    """Add these commands to the ``codependency-course`` parser."""
    for name, func, help_ in (
        ("release", cmd_release, "generate the student version and release it to the exchange"),
        ("collect", cmd_collect, "collect submissions from the exchange"),
        ("validate", cmd_validate, "check that the instructor notebook's key earns full marks"),
        ("report", cmd_report, "item-analysis report (HTML and CSV) for an assignment"),
    ):
        s = sub.add_parser(name, help=help_)
        s.add_argument("assignment")
        s.set_defaults(func=func)

    s = sub.add_parser("grade", help="autograde every collected submission, with a problem report")
    s.add_argument("assignment")
    s.add_argument("--workers", type=int, default=None, help="parallel graders (default: the machine's cores)")
    s.add_argument("--execute", action="store_true",
                   help="also run each notebook in a kernel (only for code-answer items; widget items never need it)")
    s.set_defaults(func=cmd_grade)

    s = sub.add_parser("import-submissions",
                       help="import graded checks handed in as files from the web version (zips, or folders of zips)")
    s.add_argument("paths", nargs="+", metavar="DIR-or-ZIP", help="submission files, or folders holding them")
    s.add_argument("assignment")
    s.set_defaults(func=cmd_import_submissions)

    s = sub.add_parser("close", help="close an assignment: later submissions go to late/, never graded over a grade")
    s.add_argument("assignment")
    s.add_argument("--reopen", action="store_true", help="open a closed assignment again")
    s.set_defaults(func=cmd_close)

    s = sub.add_parser("accept-late", help="grade a trainee's late submission (it replaces the graded one, kept aside)")
    s.add_argument("assignment")
    s.add_argument("student")
    s.set_defaults(func=cmd_accept_late)

    s = sub.add_parser("feedback", help="generate and release feedback (pre-test: only after the post-test)")
    s.add_argument("assignment")
    s.add_argument("--before-post-test", action="store_true",
                   help="release pre-test feedback although the post-test has not been graded and returned yet")
    s.add_argument("--partial", action="store_true",
                   help="release feedback to the trainees whose hand-graded cells are all graded; hold back the rest")
    s.set_defaults(func=cmd_feedback)

    s = sub.add_parser("export", help="export grades: nbgrader's CSV and an LMS gradebook CSV")
    s.add_argument("--to", default="grades.csv", help="where nbgrader's CSV goes (the LMS CSV is written beside it)")
    s.set_defaults(func=cmd_export)
