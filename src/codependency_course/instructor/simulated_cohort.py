"""Synthetic cohorts for demos, tests and benchmarks, and the whole loop in one command.

A simulated trainee has a skill between 0.25 and 0.95: with that probability they choose
the right classification and mark each shown dimension with the right pole; otherwise they
pick a wrong label, miss the dimension or choose the other pole, and now and then
over-call a dimension the case does not show. Everything is drawn from a seeded generator,
so a cohort is the same every time.
"""

from __future__ import annotations

import random
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import nbformat

from codependency_course.answers import Answer
from codependency_course.taxonomy import DIMENSION_KEYS, Label, Pole
from codependency_course.trainee.store import AnswerStore

from .course import Course, Trainee
from .keys import GradedItem, items_from_notebook

# Placeholders for the hand-graded rationale: the package ships no model answer (mark
# schemes live only in source/), so simulated trainees write text of different lengths.
WRITTEN = (
    "(Simulated trainee, longer answer.) This placeholder stands where a trainee's written rationale would be, "
    "so that an instructor can practise hand-grading in formgrader.",
    "(Simulated trainee, short answer.)",
    "",
)


def synthetic_answer(item: GradedItem, skill: float, rng: random.Random) -> Answer | None:
    """One simulated trainee's answer to one item (None: left unanswered)."""
    if rng.random() > 0.35 + skill:  # weaker trainees sometimes skip an item
        return None
    label = item.key.label if rng.random() < skill else rng.choice([lab for lab in Label if lab is not item.key.label])
    dims: dict[str, Pole] = {}
    for k in DIMENSION_KEYS:
        shown = item.key.pole(k)
        if shown is not Pole.NONE:
            r = rng.random()
            if r < skill:
                dims[k] = shown
            elif r < skill + (1 - skill) / 2:
                dims[k] = Pole.HEALTHY if shown is Pole.CODEPENDENT else Pole.CODEPENDENT
        elif rng.random() < (1 - skill) * 0.25:
            dims[k] = rng.choice([Pole.HEALTHY, Pole.CODEPENDENT])
    return Answer(label=label, dimensions=dims, confidence=max(1, min(5, round(1 + 4 * skill + rng.uniform(-1, 1)))))


def _fill(folder: Path, assignment: str, items: list[GradedItem], skill: float, rng: random.Random) -> None:
    store = AnswerStore(assignment, folder)
    for it in items:
        ans = synthetic_answer(it, skill, rng)
        if ans is not None:
            store.record(it.item_id, ans, mode="assessment")
    nb_path = folder / f"{assignment}.ipynb"
    nb = nbformat.read(nb_path, as_version=4)
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "markdown" and meta.get("solution") and meta.get("grade"):
            cell.source = WRITTEN[0 if skill > 0.7 else 1 if skill > 0.45 else 2] or cell.source
    nbformat.write(nb, nb_path)


def _items(course: Course, assignment: str) -> list[GradedItem]:
    return [it for nb in sorted((course.root.parent / "source" / assignment).glob("*.ipynb")) for it in items_from_notebook(nb)]


def trainee_ids(n: int) -> list[str]:
    """Stable ids for a simulated cohort."""
    return [f"trainee-{i:03d}" for i in range(1, n + 1)]


def skills(n: int, seed: int) -> list[float]:
    """Mixed skill levels, the same for the same seed."""
    rng = random.Random(seed)
    return [round(rng.uniform(0.25, 0.95), 3) for _ in range(n)]


def simulate(course: Course, assignment: str, n: int, *, seed: int = 7) -> list[str]:
    """Write ``n`` synthetic submissions straight into submitted/ (generates the release if needed)."""
    if n < 1:
        raise ValueError("--trainees must be at least 1")
    release = course.root / "release" / assignment
    if not release.exists():
        course.generate(assignment)
    items = _items(course, assignment)
    rng = random.Random(seed * 7919 + 1)
    made = []
    stamp = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for sid, skill in zip(trainee_ids(n), skills(n, seed)):
        folder = course.root / "submitted" / sid / assignment
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for f in release.iterdir():
            shutil.copy(f, folder / f.name)
        _fill(folder, assignment, items, skill, rng)
        (folder / "timestamp.txt").write_text((stamp + timedelta(minutes=len(made))).strftime("%Y-%m-%d %H:%M:%S.%f UTC"))
        made.append(sid)
    return made


def cycle(course: Course, assignment: str, *, trainees: int = 8, seed: int = 7, workers: int | None = None) -> str:
    """Release, let a simulated cohort fetch/answer/submit through the exchange, then collect,
    grade, release feedback, export and report. Returns a plain-text account."""
    from codependency_course.instructor.autograding.parallel import grade
    from codependency_course.instructor.reports.grade_export import export
    from codependency_course.instructor.reports.item_analysis import write_report

    lines = []
    course.generate(assignment)
    course.release(assignment)
    lines.append(f"released {assignment} to {course.exchange}")
    items = _items(course, assignment)
    rng = random.Random(seed * 7919 + 1)
    homes = course.root / "simulated-trainees"
    for sid, skill in zip(trainee_ids(trainees), skills(trainees, seed)):
        t = Trainee(course, sid, homes / sid)
        if (homes / sid / assignment).exists():
            shutil.rmtree(homes / sid / assignment)
        folder = t.fetch(assignment)
        _fill(folder, assignment, items, skill, rng)
        t.submit(assignment)
    lines.append(f"{trainees} simulated trainees fetched, answered and submitted")
    course.collect(assignment)
    result = grade(course, assignment, workers=workers, progress=False)
    lines.append(result.text())
    course.feedback(assignment)
    lines.append(f"feedback released ({course.root / 'feedback'})")
    for p in export(course, course.root / "reports" / "grades.csv")[:2]:
        lines.append(f"exported {p}")
    for p in write_report(course, assignment):
        lines.append(f"report {p}")
    return "\n".join(lines)
