"""The blind expert panel: export a packet for raters, score their ratings against the keys."""

from __future__ import annotations

import json
from pathlib import Path

from .common import repo


def cmd_panel_export(args) -> int:
    from codependency_course.instructor.panel.export import write_packet

    files, mapping = write_packet(Path(args.to), repo(), seed=args.seed, mapping=args.mapping, force=args.force)
    print(f"Wrote a blind packet of {len(files)} files to {Path(args.to).resolve()} (give raters this folder only).")
    print(f"Wrote the private mapping to {mapping} (keep it from raters; panel score needs it).")
    return 0


def cmd_panel_score(args) -> int:
    from codependency_course.instructor.panel.cases import all_cases
    from codependency_course.instructor.panel.ratings import load_mapping, read_panel
    from codependency_course.instructor.panel.record import key_setters
    from codependency_course.instructor.panel.score import score_panel, text

    mapping = load_mapping(args.mapping)
    raters = read_panel(args.ratings, mapping)
    report = score_panel(raters, mapping, all_cases(repo()), in_sample=key_setters(repo()))
    print(json.dumps(report.as_dict(), indent=2) if args.json else text(report))
    return 0


def register(sub) -> None:
    """Add these commands to the ``codependency-course`` parser."""
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
