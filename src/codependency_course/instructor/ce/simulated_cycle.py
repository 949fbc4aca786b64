"""A CE cohort end to end, simulated: pre-test, lessons, post-test and evaluation, certificates, outcomes.

Each simulated trainee (the seeded cohort of :mod:`~codependency_course.instructor.simulated_cohort`) fetches and submits through the
exchange like a real one: the pre-test at a lower skill, practice in every lesson (answers
files with timestamps, for time on task and adaptive review), then the post-test and the
course evaluation. The instructor collects, grades, hand-grades the rationales (simulated:
points in proportion to skill), returns post-test feedback and only then pre-test feedback,
issues certificates and writes the outcomes report. Some trainees are scripted to show why a
certificate is withheld: among the strongest, one skips the evaluation, one leaves it half
done and one still waits for the hand-marking; and one never sits the post-test.
"""

from __future__ import annotations

import random
import re
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from nbgrader.api import Gradebook

from codependency_course import content
from codependency_course.answers import SUFFIX, Attempt, ItemRecord, StoreFile
from codependency_course.content import syllabus
from codependency_course.instructor.autograding.windows import write_receipt
from codependency_course.instructor.course import Course, Trainee
from codependency_course.instructor.keys import GradedItem
from codependency_course.instructor.simulated_cohort import (
    _fill,
    _items,
    skills,
    synthetic_answer,
    trainee_ids,
)
from codependency_course.rubric import score
from codependency_course.trainee.evaluation import ASSIGNMENT as EVALUATION
from codependency_course.trainee.evaluation import answer_for, questions
from codependency_course.trainee.store import AnswerStore

from .learning_gain import POST_TEST, PRE_TEST

START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
PRACTICE = re.compile(r"""\.practice\(\s*["']([^"']+)["']""")
FIRST = ("Amara", "Luis", "Mei", "Tomasz", "Aroha", "Kwame", "Ingrid", "Farid", "Noa", "Priya", "Oluwaseun", "Sven")
LAST = ("Okafor", "García", "Chen", "Nowak", "Ngata", "Mensah", "Berg", "Rahimi", "Levi", "Raman", "Adeyemi", "Lund")


def pre_test_feedback_blocker(course: Course) -> str:
    """Why pre-test feedback must wait ('' when the post-test's feedback has been generated)."""
    if any((course.root / "feedback").glob(f"*/{POST_TEST}")):
        return ""
    return f"no {POST_TEST} feedback has been generated yet"


def roles(n: int, seed: int = 7) -> dict[str, str]:
    """Scripted exceptions among strong trainees (who would otherwise pass): one skips the
    evaluation, one leaves it half done, one is still waiting for the rationales to be marked;
    and the last trainee never sits the post-test."""
    ids = trainee_ids(n)
    strongest = [sid for _, sid in sorted(zip(skills(n, seed), ids), key=lambda x: (-x[0], x[1]))]
    out = {ids[-1]: "no post-test"}
    for role, sid in zip(("no evaluation", "incomplete evaluation", "not hand-graded"), [s for s in strongest if s != ids[-1]]):
        if n >= 5:
            out[sid] = role
    return out


def lesson_cases(course_dir: Path) -> dict[str, list[str]]:
    """Each lesson's practice cases, read from the lessons themselves."""
    return {x.id: PRACTICE.findall((course_dir / f"{x.id}.py").read_text(encoding="utf-8"))
            for x in syllabus.read_lessons(course_dir)}


def practise(folder: Path, cases: dict[str, list[str]], skill: float, rng: random.Random, start: datetime) -> datetime:
    """Write timestamped practice answers for every lesson into ``folder``; returns the time it ends."""
    bank, t = content.load_bank(), start
    folder.mkdir(parents=True, exist_ok=True)
    for lesson, ids in cases.items():
        doc = StoreFile(notebook=lesson)
        for cid in ids:
            v = bank[cid]
            item = GradedItem(lesson, cid, 1.0, content.key_of(v), "")
            for _ in range(1 + (rng.random() > skill) + (rng.random() > skill)):
                t += timedelta(minutes=rng.uniform(2, 7))
                ans = synthetic_answer(item, skill, rng) or synthetic_answer(item, skill, random.Random(0))
                if ans is None:
                    continue
                doc.items.setdefault(cid, ItemRecord()).attempts.append(
                    Attempt(**ans.model_dump(), at=t, mode="practice", score=score(ans, item.key).fraction))
        (folder / f"{lesson}{SUFFIX}").write_text(doc.model_dump_json(indent=1), encoding="utf-8")
        t += timedelta(hours=20)
    return t


def evaluate(folder: Path, skill: float, rng: random.Random, *, complete: bool = True) -> None:
    """Answer the course evaluation in a fetched assignment folder."""
    store = AnswerStore(EVALUATION, folder)
    qs = questions()
    for i, q in enumerate(qs):
        if not complete and i % 2:
            continue
        if q.kind == "scale":
            value = max(1, min(5, round(3 + 2 * skill + rng.uniform(-1, 0.6))))
        elif q.kind == "choice":
            weights = [skill + 0.4, 0.5, 0.2, 0.1][: len(q.options)]
            value = rng.choices([k for _, k in q.options], weights=weights)[0]
        elif q.id == "comments" and rng.random() < 0.5:
            value = rng.choice(["The safety cases were the most useful part.", "More cases from older adults, please.",
                                "<script>alert(1)</script> Loved the feedback.", "Ring me on 0161 496 0000 to discuss."])
        else:
            continue
        store.record(q.id, answer_for(q, value), mode="assessment")


def hand_grade(course: Course, skill_of: dict[str, float]) -> None:
    """Give each rationale hand-graded points in proportion to skill (what a marker would do, simulated)."""
    with Gradebook(course.db_url()) as gb:
        for sid, skill in skill_of.items():
            try:
                sub = gb.find_submission_notebook(POST_TEST, POST_TEST, sid)
            except Exception:  # noqa: BLE001 - not submitted: nothing to mark
                continue
            for g in sub.grades:
                if g.cell.cell_type == "markdown" and g.needs_manual_grade:
                    g.manual_score = min(g.max_score, round(g.max_score * skill * 2) / 2)
                    g.needs_manual_grade = False
            gb.db.commit()


class _Direct:
    """A trainee who hands work straight to submitted/ (as :func:`cohort.simulate` does): the same
    files as fetch and submit produce, without two nbgrader processes per step."""

    def __init__(self, course: Course, student_id: str, clock: datetime):
        self.course, self.student_id, self.clock = course, student_id, clock

    def fetch(self, assignment: str) -> Path:
        folder = self.course.root / "submitted" / self.student_id / assignment
        if folder.exists():
            shutil.rmtree(folder)
        shutil.copytree(self.course.root / "release" / assignment, folder)
        return folder

    def submit(self, assignment: str) -> None:
        self.clock += timedelta(minutes=30)
        stamp = self.clock.strftime("%Y-%m-%d %H:%M:%S.%f UTC")
        folder = self.course.root / "submitted" / self.student_id / assignment
        (folder / "timestamp.txt").write_text(stamp)
        # nbgrader's submit leaves a secret that release_feedback names the feedback file with
        (folder / "submission_secret.txt").write_text(f"{self.student_id}-{assignment}-{stamp}")
        write_receipt(folder, f"{self.student_id}+{assignment}+{stamp}", self.clock)  # the simulated provider's collect


class _Web:
    """A trainee on the zero-install site: takes each check as released (the site's ``checks/``)
    and hands it in as the file Submit downloads (``submission_file.build``) into ``inbox``,
    one folder per assignment, as a provider's LMS would gather them."""

    def __init__(self, home: Path, student_id: str, checks: Path, inbox: Path):
        self.home, self.student_id, self.checks, self.inbox = home, student_id, checks, inbox

    def fetch(self, assignment: str) -> Path:
        folder = self.home / assignment
        shutil.copytree(self.checks / assignment, folder, dirs_exist_ok=True)
        return folder

    def submit(self, assignment: str) -> None:
        from codependency_course.trainee.submission_file import build, file_name

        (self.inbox / assignment).mkdir(parents=True, exist_ok=True)
        data = build(self.home / assignment, assignment, self.student_id)
        (self.inbox / assignment / file_name(self.student_id, assignment)).write_bytes(data)


def ce_cycle(course: Course, *, trainees: int = 30, seed: int = 7, workers: int | None = None,
             exchange: bool = True, inbox: Path | None = None) -> str:
    """The whole CE loop; returns a plain-text account.

    With ``exchange`` (the command's default) every trainee fetches and submits through the
    exchange and the instructor collects; without it submissions are written straight to
    submitted/, which is much faster for tests. With ``inbox`` the cohort is web-only: every
    trainee hands in files (see :class:`_Web`) gathered in ``inbox/<assignment>/``, and the
    instructor imports them (:func:`~codependency_course.instructor.autograding.importing.import_submissions`);
    anything else already in those folders is imported (or refused) with them.
    """
    from codependency_course.instructor.autograding.importing import import_submissions
    from codependency_course.instructor.autograding.parallel import grade
    from codependency_course.instructor.course_config import COURSE_ID

    from . import settings as ce_config
    from .certificates import issue
    from .completion import set_names
    from .outcomes import write_report

    repo = course.root.parent
    cases = lesson_cases(repo / "course")
    rng = random.Random(seed * 104729 + 3)
    ids, skill = trainee_ids(trainees), skills(trainees, seed)
    role = roles(trainees, seed)
    homes = course.root / "simulated-trainees"
    lines = []
    for a in (PRE_TEST, POST_TEST, EVALUATION):
        course.generate(a)
        course.release(a)
    lines.append(f"released {PRE_TEST}, {POST_TEST} and {EVALUATION}")
    checks = homes / ".site-checks"  # what the site's checks/ holds: the released notebooks, nothing else
    if inbox is not None:
        shutil.copytree(course.exchange / COURSE_ID / "outbound", checks, dirs_exist_ok=True)
    post_skill = {}
    pre_items, post_items = _items(course, PRE_TEST), _items(course, POST_TEST)
    for n, (sid, s) in enumerate(zip(ids, skill)):
        t = (_Web(homes / sid, sid, checks, inbox) if inbox is not None else Trainee(course, sid, homes / sid) if exchange
             else _Direct(course, sid, START + timedelta(days=10, hours=n)))
        for a in (PRE_TEST, POST_TEST, EVALUATION):
            if (homes / sid / a).exists():
                shutil.rmtree(homes / sid / a)
        _fill(t.fetch(PRE_TEST), PRE_TEST, pre_items, round(0.35 + 0.4 * s, 3), rng)
        t.submit(PRE_TEST)
        practise(homes / sid / "course", cases, s, rng, START + timedelta(hours=n))
        if role.get(sid) == "no post-test":
            continue
        post_skill[sid] = min(0.99, round(0.45 + 0.6 * s, 3))
        _fill(t.fetch(POST_TEST), POST_TEST, post_items, post_skill[sid], rng)
        t.submit(POST_TEST)
        if role.get(sid) != "no evaluation":
            evaluate(t.fetch(EVALUATION), s, rng, complete=role.get(sid) != "incomplete evaluation")
            t.submit(EVALUATION)
    lines.append(f"{trainees} simulated trainees: pre-test, practice in {len(cases)} lessons, post-test and evaluation "
                 f"(scripted exceptions: {', '.join(f'{k} {v}' for k, v in sorted(role.items()))})")
    for a in (PRE_TEST, POST_TEST, EVALUATION) if exchange and inbox is None else ():
        course.collect(a)
    for a in (PRE_TEST, POST_TEST, EVALUATION) if inbox is not None else ():
        done = import_submissions(course, [inbox / a], a)
        lines.append(f"{a}: {len(done.accepted)} files imported, {len(done.refused)} refused"
                     + "".join(f"\n  refused {p.name}: {why}" for p, why in done.refused))
    for a in (PRE_TEST, POST_TEST):
        lines.append(grade(course, a, workers=workers, progress=False).text())
    hand_grade(course, {sid: v for sid, v in post_skill.items() if role.get(sid) != "not hand-graded"})
    lines.append("rationales hand-graded (simulated)")
    course.feedback(POST_TEST)
    if pre_test_feedback_blocker(course):
        raise RuntimeError("post-test feedback was not generated")  # pragma: no cover
    course.feedback(PRE_TEST)
    lines.append("feedback released: post-test, then pre-test")
    set_names(course, {sid: (FIRST[i % len(FIRST)], LAST[(i * 5) % len(LAST)]) for i, sid in enumerate(ids)})
    lines.append(issue(course, ce_config.load(course.root)).text())
    lines += [f"report {p}" for p in write_report(course, ce_config.load(course.root), homes)]
    return "\n".join(lines)
