"""Coverage of the vignette bank, lessons and graded items (``content-report``).

Counts vignettes by label, dimension pole, relationship type and difficulty, and maps
every source idea to the lessons, vignettes and graded items that teach it. Lessons are
found by the vignette ids they pull (``lesson.practice("id")`` and friends) in
``course/*.py``; graded items by their hidden ``grade_item`` calls in ``source/``.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from codependency_course import content
from codependency_course.instructor.keys import items_from_notebook
from codependency_course.taxonomy import (
    DIMENSION_KEYS,
    IDEAS,
    Label,
    Relationship,
    Tier,
)

LESSON_CALL = re.compile(r"""lesson\.(?:practice|worked_example|case)\(\s*["']([a-z0-9-]+)["']""")
THRESHOLDS = {"vignettes": 60, "per_label": 8, "per_dimension": 6, "relationship_types": 6, "near_misses": 12,
              "vignettes_per_idea": 3, "lessons_per_idea": 1}


def find_repo(start: Path | None = None) -> Path | None:
    """The nearest folder at or above ``start`` with course/ and source/ (None if there is none)."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "course").is_dir() and (folder / "source").is_dir():
            return folder
    return None


def lesson_uses(repo: Path) -> dict[str, list[str]]:
    """Vignette ids each lesson pulls, by lesson name."""
    return {p.stem: sorted(set(LESSON_CALL.findall(p.read_text(encoding="utf-8"))))
            for p in sorted((repo / "course").glob("[0-9]*.py"))}


def report(repo: Path | None = None) -> dict:
    """The coverage counts as plain data (the JSON form of ``content-report``)."""
    bank = content.load_bank()
    vs = sorted(bank.values(), key=lambda v: v.id)
    by_dim = {k: {"healthy": 0, "codependent": 0, "total": 0, "acceptable": 0} for k in DIMENSION_KEYS}
    for v in vs:
        for k, ev in v.dimensions.items():
            by_dim[k][ev.pole.value] += 1
            by_dim[k]["total"] += 1
            by_dim[k]["acceptable"] += ev.tier is Tier.ACCEPTABLE
    ideas = {i.key: {"lessons": set(), "vignettes": [], "graded_items": []} for i in IDEAS}
    for v in vs:
        for i in v.ideas:
            ideas[i]["vignettes"].append(v.id)
    if repo is not None:
        for lesson, ids in lesson_uses(repo).items():
            for vid in ids:
                for i in bank[vid].ideas if vid in bank else []:
                    ideas[i]["lessons"].add(lesson)
        for nb in sorted((repo / "source").glob("*/*.ipynb")):
            for item in items_from_notebook(nb):
                for i in item.ideas:
                    ideas[i]["graded_items"].append(f"{item.assignment}/{item.item_id}")
    return {
        "vignettes": len(vs),
        "by_label": {lab.value: sum(v.label is lab for v in vs) for lab in Label},
        "by_dimension": by_dim,
        "by_relationship": {r.value: sum(v.relationship is r for v in vs) for r in Relationship},
        "by_difficulty": {str(d): sum(v.difficulty == d for v in vs) for d in (1, 2, 3)},
        "near_misses": sum(1 for v in vs if v.near_miss),
        "by_concern": dict(Counter(v.concern.value for v in vs if v.concern)),
        "by_idea": {k: {"lessons": sorted(d["lessons"]), "vignettes": d["vignettes"], "graded_items": d["graded_items"]}
                    for k, d in ideas.items()},
        "people": {"count": sum(len(v.people) for v in vs),
                   "genders": dict(Counter(p.gender for v in vs for p in v.people)),
                   "ages": {"min": min(p.age for v in vs for p in v.people), "max": max(p.age for v in vs for p in v.people)},
                   "backgrounds": len({p.background for v in vs for p in v.people})},
    }


def shortfalls(data: dict) -> list[str]:
    """Every threshold the bank misses, in words (empty when all hold)."""
    t, out = THRESHOLDS, []
    if data["vignettes"] < t["vignettes"]:
        out.append(f"only {data['vignettes']} vignettes (need {t['vignettes']})")
    out += [f"label {k}: {n} vignettes (need {t['per_label']})" for k, n in data["by_label"].items() if n < t["per_label"]]
    for k, d in data["by_dimension"].items():
        if d["total"] < t["per_dimension"]:
            out.append(f"dimension {k}: {d['total']} vignettes (need {t['per_dimension']})")
        if not d["healthy"] or not d["codependent"]:
            out.append(f"dimension {k}: both poles must appear")
    if sum(1 for n in data["by_relationship"].values() if n) < t["relationship_types"]:
        out.append(f"fewer than {t['relationship_types']} relationship types")
    if data["near_misses"] < t["near_misses"]:
        out.append(f"{data['near_misses']} near-misses (need {t['near_misses']})")
    for k, d in data["by_idea"].items():
        if len(d["vignettes"]) < t["vignettes_per_idea"]:
            out.append(f"idea {k}: {len(d['vignettes'])} vignettes (need {t['vignettes_per_idea']})")
        if len(d["lessons"]) < t["lessons_per_idea"]:
            out.append(f"idea {k}: no lesson uses a case that teaches it")
    return out


def text(data: dict) -> str:
    """The report as a plain-text table."""
    lines = [f"Vignettes: {data['vignettes']}   near-misses: {data['near_misses']}", "", "By label:"]
    lines += [f"  {k:<28}{n:>4}" for k, n in data["by_label"].items()]
    lines += ["", "By dimension (healthy / codependent / total / of which acceptable evidence):"]
    lines += [f"  {k:<28}{d['healthy']:>4}{d['codependent']:>4}{d['total']:>5}{d['acceptable']:>5}"
              for k, d in data["by_dimension"].items()]
    lines += ["", "By relationship:"] + [f"  {k:<28}{n:>4}" for k, n in data["by_relationship"].items()]
    lines += ["", "By difficulty:"] + [f"  {k:<28}{n:>4}" for k, n in data["by_difficulty"].items()]
    lines += ["", "By idea (lessons / vignettes / graded items):"]
    lines += [f"  {k:<28}{len(d['lessons']):>4}{len(d['vignettes']):>4}{len(d['graded_items']):>4}" for k, d in data["by_idea"].items()]
    gaps = shortfalls(data)
    lines += ["", "All thresholds hold." if not gaps else "Shortfalls:"] + [f"  - {g}" for g in gaps]
    return "\n".join(lines)
