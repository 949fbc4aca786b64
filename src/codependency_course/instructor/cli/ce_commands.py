"""What a CE provider issues: certificates, their verification, the outcomes report, a simulated CE cohort."""

from __future__ import annotations

from pathlib import Path

from .common import course


def cmd_certificates(args) -> int:
    from codependency_course.instructor.ce import settings as ce_config
    from codependency_course.instructor.ce.certificates import issue

    c = course(args)
    issued = issue(c, ce_config.load(c.root))
    print(issued.text())
    return 3 if issued.skipped else 0  # 3: finished, but some trainees were skipped (named above)


def cmd_verify(args) -> int:
    from codependency_course.instructor.ce import settings as ce_config
    from codependency_course.instructor.ce.certificates import REGISTER, verify

    c = course(args)
    ok, message = verify(args.code, c.root / "certificates" / REGISTER, ce_config.load(c.root).secret())
    print(message)
    return 0 if ok else 1


def cmd_outcomes(args) -> int:
    from codependency_course.instructor.ce import settings as ce_config
    from codependency_course.instructor.ce.outcomes import write_report

    c = course(args)
    root = Path(args.practice_root) if args.practice_root else c.root / "simulated-trainees"
    paths = write_report(c, ce_config.load(c.root), root if root.is_dir() else None)
    print("\n".join(f"Wrote {p}" for p in paths))
    return 0


def cmd_ce_cycle(args) -> int:
    from codependency_course.instructor.ce.simulated_cycle import ce_cycle

    c = course(args)
    inbox = Path(args.web) if args.web else None
    print(ce_cycle(c, trainees=args.trainees, seed=args.seed, workers=args.workers, inbox=inbox))
    return 0


def register(sub) -> None:
    """Add these commands to the ``codependency-course`` parser."""
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
    s.add_argument("--web", metavar="FOLDER",
                   help="web-only: trainees hand in files (as the web version's Submit) gathered in FOLDER/<assignment>/, "
                        "which are then imported with import-submissions")
    s.set_defaults(func=cmd_ce_cycle)
