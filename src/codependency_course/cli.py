"""``codependency-course``: the instructor's commands (and the content report).

Every command wraps nbgrader for this course; plain nbgrader still works from grading/.
Errors are one clear line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import bank_report
from .safe_text import for_terminal


def say(text: str) -> None:
    """Print to the instructor's terminal: trainee-chosen ids and names never carry control sequences."""
    print(for_terminal(text))


def _course_root(arg: str | None) -> Path:
    if arg:
        root = Path(arg)
    else:
        repo = bank_report.find_repo()
        root = (repo / "grading") if repo else Path.cwd()
    if not (root / "nbgrader_config.py").exists():
        raise SystemExit(f"codependency-course: no nbgrader_config.py in {root}; run from the course repository or pass --course-root")
    return root.resolve()


def _course(args):
    from .instructor import Course

    root = _course_root(args.course_root)
    return Course(root, Path(os.environ.get("CODEPENDENCY_COURSE_EXCHANGE", root / "exchange")))


def cmd_content_report(args) -> int:
    data = bank_report.report(bank_report.find_repo())
    print(json.dumps(data, indent=2) if args.json else bank_report.text(data))
    return 0


def cmd_release(args) -> int:
    c = _course(args)
    c.generate(args.assignment)
    c.release(args.assignment)
    print(f"Released {args.assignment}: trainees can fetch it from the Assignments tab (exchange: {c.exchange}).")
    return 0


def cmd_collect(args) -> int:
    import csv

    from .collecting import SKIPPED
    from .grader import submitted_students

    c = _course(args)
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
    return 0


def cmd_grade(args) -> int:
    from .grader import grade

    c = _course(args)
    result = grade(c, args.assignment, workers=args.workers, execute=args.execute)
    say(result.text())
    return 0


def cmd_feedback(args) -> int:
    c = _course(args)
    if args.assignment == "pre-test" and not args.before_post_test:
        from .ce_cycle import pre_test_feedback_blocker

        blocker = pre_test_feedback_blocker(c)
        if blocker:
            print(f"codependency-course feedback: pre-test feedback is held back until after the post-test ({blocker}), "
                  "so that the post-test measures learning rather than memory of the pre-test answers. "
                  "Override with --before-post-test.", file=sys.stderr)
            return 2
    problems = c.feedback(args.assignment)
    say(f"Feedback for {args.assignment} written to {c.root / 'feedback'} and released to trainees.")
    for p in problems:
        say(f"  not made: {p}")
    return 1 if problems else 0


def cmd_export(args) -> int:
    from .exporting import export

    c = _course(args)
    paths = export(c, Path(args.to))
    print("\n".join(f"Wrote {p}" for p in paths))
    return 0


def cmd_validate(args) -> int:
    import shutil
    import tempfile

    from .keys import write_reference_answers

    c = _course(args)
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


def cmd_kit(args) -> int:
    from .kit import build

    repo = bank_report.find_repo()
    if repo is None:
        raise FileNotFoundError("run `codependency-course kit` from inside the course repository")
    dest = build(repo, Path(args.dest), release_root=Path(args.course_root) if args.course_root else None)
    print(f"Trainee kit written to {dest}: lessons, the trainee view, the package wheel and the released "
          "checks; no source/, no hidden test, no key.")
    return 0


def cmd_simulate(args) -> int:
    from .cohort import simulate

    c = _course(args)
    made = simulate(c, args.assignment, args.trainees, seed=args.seed)
    print(f"Simulated {len(made)} trainee submission(s) for {args.assignment} in {c.root / 'submitted'}.")
    return 0


def cmd_cycle(args) -> int:
    from .cohort import cycle

    c = _course(args)
    print(cycle(c, args.assignment, trainees=args.trainees, seed=args.seed, workers=args.workers))
    return 0


def cmd_report(args) -> int:
    from .analytics import write_report

    c = _course(args)
    paths = write_report(c, args.assignment)
    print("\n".join(f"Wrote {p}" for p in paths))
    return 0


def _repo() -> Path:
    repo = bank_report.find_repo()
    if repo is None:
        raise FileNotFoundError("no course repository here (a folder with course/ and source/); run from inside it")
    return repo


def cmd_panel_export(args) -> int:
    from .panel_export import write_packet

    files, mapping = write_packet(Path(args.to), _repo(), seed=args.seed, mapping=args.mapping, force=args.force)
    print(f"Wrote a blind packet of {len(files)} files to {Path(args.to).resolve()} (give raters this folder only).")
    print(f"Wrote the private mapping to {mapping} (keep it from raters; panel score needs it).")
    return 0


def cmd_panel_score(args) -> int:
    from .panel_cases import all_cases
    from .panel_ratings import load_mapping, read_panel
    from .panel_score import score_panel, text

    mapping = load_mapping(args.mapping)
    raters = read_panel(args.ratings, mapping)
    report = score_panel(raters, mapping, all_cases(_repo()))
    print(json.dumps(report.as_dict(), indent=2) if args.json else text(report))
    return 0


def cmd_certificates(args) -> int:
    from . import ce_config
    from .certificates import issue

    c = _course(args)
    print(issue(c, ce_config.load(c.root)).text())
    return 0


def cmd_verify(args) -> int:
    from . import ce_config
    from .certificates import REGISTER, verify

    c = _course(args)
    ok, message = verify(args.code, c.root / "certificates" / REGISTER, ce_config.load(c.root).secret())
    print(message)
    return 0 if ok else 1


def cmd_outcomes(args) -> int:
    from . import ce_config
    from .outcomes import write_report

    c = _course(args)
    root = Path(args.practice_root) if args.practice_root else c.root / "simulated-trainees"
    paths = write_report(c, ce_config.load(c.root), root if root.is_dir() else None)
    print("\n".join(f"Wrote {p}" for p in paths))
    return 0


def cmd_ce_cycle(args) -> int:
    from .ce_cycle import ce_cycle

    c = _course(args)
    print(ce_cycle(c, trainees=args.trainees, seed=args.seed, workers=args.workers))
    return 0


def cmd_syllabus(args) -> int:
    from . import syllabus

    repo = bank_report.find_repo()
    if repo is None:
        raise FileNotFoundError("run from the course repository: the syllabus is read from its course/ folder")
    lessons = syllabus.read_lessons(repo / "course")
    if args.write:
        print(f"Wrote {syllabus.write_packaged(repo / 'course')}")
    for x in lessons:
        print(f"{x.id}: {x.minutes} min, {len(x.objectives)} objective(s)")
    print(f"Total estimated time: {syllabus.total_minutes(lessons)} minutes")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="codependency-course", description=__doc__.splitlines()[0])
    p.add_argument("--course-root", help="the nbgrader course root (default: grading/ of this repository)")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("content-report", help="coverage of the vignette bank, lessons and graded items")
    s.add_argument("--json", action="store_true", help="emit JSON instead of a table")
    s.set_defaults(func=cmd_content_report)

    s = sub.add_parser("feedback", help="generate and release feedback (pre-test: only after the post-test)")
    s.add_argument("assignment")
    s.add_argument("--before-post-test", action="store_true",
                   help="release pre-test feedback although the post-test has not been graded and returned yet")
    s.set_defaults(func=cmd_feedback)

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

    s = sub.add_parser("export", help="export grades: nbgrader's CSV and an LMS gradebook CSV")
    s.add_argument("--to", default="grades.csv", help="where nbgrader's CSV goes (the LMS CSV is written beside it)")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("kit", help="write the trainee kit (lessons, trainee view, package, released checks; no keys)")
    s.add_argument("dest", help="a new folder for the kit")
    s.set_defaults(func=cmd_kit)

    s = sub.add_parser("simulate", help="make a synthetic cohort of mixed skill in submitted/")
    s.add_argument("assignment")
    s.add_argument("--trainees", type=int, default=12)
    s.add_argument("--seed", type=int, default=7)
    s.set_defaults(func=cmd_simulate)

    s = sub.add_parser("cycle", help="the whole loop on the local exchange: release, simulate, collect, grade, feedback, export, report")
    s.add_argument("assignment")
    s.add_argument("--trainees", type=int, default=8)
    s.add_argument("--seed", type=int, default=7)
    s.add_argument("--workers", type=int, default=None)
    s.set_defaults(func=cmd_cycle)

    s = sub.add_parser("panel", help="blind expert panel: export a packet, score the ratings")
    panel = s.add_subparsers(dest="panel_command", required=True)
    s = panel.add_parser("export", help="write a blind rating packet (criteria, lessons, every case under shuffled ids)")
    s.add_argument("--to", required=True, help="the packet folder to create (give raters this folder only)")
    s.add_argument("--seed", type=int, default=12, help="seed for shuffling the case ids")
    s.add_argument("--mapping", help="where the private id mapping goes (default: <folder>-mapping.json beside the folder)")
    s.add_argument("--force", action="store_true", help="replace an existing packet folder and mapping")
    s.set_defaults(func=cmd_panel_export)
    s = panel.add_parser("score", help="agreement of raters with the keys and with each other (kappa), rubric scores")
    s.add_argument("ratings", nargs="+", help="ratings files, JSON Lines (ratings-<rater>.jsonl)")
    s.add_argument("--mapping", required=True, help="the mapping file panel export wrote")
    s.add_argument("--json", action="store_true", help="emit JSON instead of text")
    s.set_defaults(func=cmd_panel_score)
    s = sub.add_parser("certificates", help="issue a PDF certificate to each trainee who passed the post-test and evaluated the course")
    s.set_defaults(func=cmd_certificates)
    s = sub.add_parser("verify", help="check a certificate's verification code")
    s.add_argument("code")
    s.set_defaults(func=cmd_verify)
    s = sub.add_parser("outcomes", help="the CE provider's outcomes report (HTML and CSV) in grading/reports/")
    s.add_argument("--practice-root", help="a folder with one sub-folder of lesson answers files per trainee (time on task)")
    s.set_defaults(func=cmd_outcomes)
    s = sub.add_parser("ce-cycle", help="a CE cohort end to end: pre-test, lessons, post-test and evaluation, certificates, outcomes")
    s.add_argument("--trainees", type=int, default=30)
    s.add_argument("--seed", type=int, default=7)
    s.add_argument("--workers", type=int, default=None)
    s.set_defaults(func=cmd_ce_cycle)
    s = sub.add_parser("syllabus", help="lessons, estimated times and objectives as the lessons state them")
    s.add_argument("--write", action="store_true", help="refresh the packaged copy the course evaluation reads")
    s.set_defaults(func=cmd_syllabus)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .instructor import StepFailed

    try:
        return args.func(args)
    except (StepFailed, FileNotFoundError, FileExistsError, ValueError, KeyError, RuntimeError) as exc:
        print(for_terminal(f"codependency-course {args.command}: {exc}"), file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
