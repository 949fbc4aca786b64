"""The course itself: content coverage, syllabus, trainee kit, and simulated cohorts for demos."""

from __future__ import annotations

import json
from pathlib import Path

from .common import course, find_repo


def cmd_content_report(args) -> int:
    from codependency_course.instructor.reports.bank_coverage import report, text

    data = report(find_repo())
    print(json.dumps(data, indent=2) if args.json else text(data))
    return 0


def cmd_syllabus(args) -> int:
    from codependency_course.content import syllabus

    repo = find_repo()
    if repo is None:
        raise FileNotFoundError("run from the course repository: the syllabus is read from its course/ folder")
    lessons = syllabus.read_lessons(repo / "course")
    if args.write:
        print(f"Wrote {syllabus.write_packaged(repo / 'course')}")
    for x in lessons:
        print(f"{x.id}: {x.minutes} min, {len(x.objectives)} objective(s)")
    print(f"Total estimated time: {syllabus.total_minutes(lessons)} minutes")
    return 0


def cmd_kit(args) -> int:
    from codependency_course.instructor.kit import build

    repo = find_repo()
    if repo is None:
        raise FileNotFoundError("run `codependency-course kit` from inside the course repository")
    dest = build(repo, Path(args.dest), release_root=Path(args.course_root) if args.course_root else None)
    print(f"Trainee kit written to {dest}: lessons, the trainee view, the package wheel and the released "
          "checks; no source/, no hidden test, no key.")
    return 0


def cmd_simulate(args) -> int:
    from codependency_course.instructor.simulated_cohort import simulate

    c = course(args)
    made = simulate(c, args.assignment, args.trainees, seed=args.seed)
    print(f"Simulated {len(made)} trainee submission(s) for {args.assignment} in {c.root / 'submitted'}.")
    return 0


def cmd_cycle(args) -> int:
    from codependency_course.instructor.simulated_cohort import cycle

    c = course(args)
    print(cycle(c, args.assignment, trainees=args.trainees, seed=args.seed, workers=args.workers))
    return 0


def register(sub) -> None:
    """Add these commands to the ``codependency-course`` parser."""
    s = sub.add_parser("content-report", help="coverage of the vignette bank, lessons and graded items")
    s.add_argument("--json", action="store_true", help="emit JSON instead of a table")
    s.set_defaults(func=cmd_content_report)

    s = sub.add_parser("syllabus", help="lessons, estimated times and objectives as the lessons state them")
    s.add_argument("--write", action="store_true", help="refresh the packaged copy the course evaluation reads")
    s.set_defaults(func=cmd_syllabus)
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
