"""``codependency-course``: the instructor's commands (and the content report).

Every command wraps nbgrader for this course; plain nbgrader still works from grading/.
Errors are one clear line on stderr and exit status 2, never a traceback.

Each module here registers its own commands: :mod:`.grading_commands` (the nbgrader cycle),
:mod:`.course_commands` (content, syllabus, kit, simulated cohorts), :mod:`.ce_commands` and
:mod:`.panel_commands`, with what they share in :mod:`.common`.

May import: every room. Nothing in the package imports this one (``__main__`` aside).
"""

from __future__ import annotations

import argparse
import sys

# jsonschema imports the optional ``rfc3987_syntax`` (an IRI format checker) when it is installed,
# and that import builds a parser: seconds of every command's start-up (see benchmarks/README.md).
# No command validates IRI formats (nbformat validates without format checkers), so a command never
# imports it. Set before any command module imports nbformat; other importers of this module too.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[assignment]

from codependency_course.instructor.safe_text import for_terminal  # noqa: E402

from . import ce_commands, course_commands, grading_commands, panel_commands  # noqa: E402


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="codependency-course", description=__doc__.splitlines()[0])
    p.add_argument("--course-root", help="the nbgrader course root (default: grading/ of this repository)")
    sub = p.add_subparsers(dest="command", required=True)
    for commands in (course_commands, grading_commands, panel_commands, ce_commands):
        commands.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from codependency_course.instructor.course import StepFailed

    try:
        return args.func(args)
    except (StepFailed, FileNotFoundError, FileExistsError, ValueError, KeyError, RuntimeError) as exc:
        print(for_terminal(f"codependency-course {args.command}: {exc}"), file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
