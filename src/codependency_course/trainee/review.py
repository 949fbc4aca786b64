"""Adaptive review: practice cases chosen from a trainee's own practice history (trainee side).

The history is every practice attempt saved in the ``*.answers.json`` files beside the
lessons. From the latest attempt at each case it estimates how weak the trainee is on each
dimension and each label (errors plus one over judgements plus two, so a dimension never
practised counts as 0.5). A review set then:

- brings back cases missed earlier, but only after a delay: at least ``GAP_ATTEMPTS`` other
  answers saved since, or ``GAP`` of time (spaced retrieval);
- never repeats a case whose latest attempt was right (label right and at least 80% of the
  rubric);
- fills the rest with unseen cases that show the weakest dimensions and labels;
- interleaves the set so that two cases in a row have different labels where possible.

The same history and the same ``now`` always give the same set. No pandas, no instructor code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from codependency_course import content
from codependency_course.answers import SUFFIX, UnreadableStore, read_answers
from codependency_course.rubric import score
from codependency_course.taxonomy import DIMENSION_KEYS, Label, dimension

from .feedback import RichText
from .lesson import Lesson

RIGHT = 0.8
GAP_ATTEMPTS = 5
GAP = timedelta(days=1)
SIZE = 6


@dataclass(frozen=True)
class Try:
    """One practice attempt at a bank case."""

    case: str
    at: datetime
    fraction: float
    label_correct: bool
    wrong_dimensions: tuple[str, ...]
    judged_dimensions: tuple[str, ...]

    @property
    def right(self) -> bool:
        """Label right and most of the rubric earned."""
        return self.label_correct and self.fraction >= RIGHT


def read_history(folder: Path | str, bank: dict[str, content.Vignette] | None = None) -> list[Try]:
    """Every practice attempt at a bank case in a folder's answers files, oldest first."""
    bank = content.load_bank() if bank is None else bank
    out = []
    for path in sorted(Path(folder).glob(f"*{SUFFIX}")):
        try:
            doc, _ = read_answers(path)
        except UnreadableStore:
            continue
        for cid, rec in doc.items.items():
            if cid not in bank:
                continue
            for a in rec.attempts:
                if a.mode != "practice":
                    continue
                s = score(a.answer(), content.key_of(bank[cid]))
                counted = [d for d in s.dimensions if d.counts]
                out.append(Try(cid, a.at, s.fraction, s.label_correct and s.answered,
                               tuple(d.key for d in counted if d.outcome != "correct"), tuple(d.key for d in counted)))
    return sorted(out, key=lambda t: (t.at, t.case))


def weaknesses(history: list[Try], bank: dict[str, content.Vignette]) -> tuple[dict[str, float], dict[Label, float]]:
    """Smoothed error rate per dimension and per label, from the latest attempt at each case."""
    latest = {t.case: t for t in history}
    dims = {k: [0, 0] for k in DIMENSION_KEYS}
    labels = {lab: [0, 0] for lab in Label}
    for t in latest.values():
        for k in t.judged_dimensions:
            dims[k][0] += k in t.wrong_dimensions
            dims[k][1] += 1
        lab = bank[t.case].label
        labels[lab][0] += not t.label_correct
        labels[lab][1] += 1
    rate = lambda wn: (wn[0] + 1) / (wn[1] + 2)  # noqa: E731
    return {k: rate(v) for k, v in dims.items()}, {k: rate(v) for k, v in labels.items()}


@dataclass(frozen=True)
class Pick:
    """A case chosen for review, and why."""

    case: str
    reason: str
    priority: float


def plan(history: list[Try], bank: dict[str, content.Vignette] | None = None, *, n: int = SIZE,
         now: datetime | None = None) -> list[Pick]:
    """The review set for a history (deterministic for the same history and ``now``)."""
    bank = content.load_bank() if bank is None else bank
    now = now or (history[-1].at if history else datetime(2000, 1, 1, tzinfo=timezone.utc))
    dim_w, lab_w = weaknesses(history, bank)
    latest = {t.case: t for t in history}
    order = [t.case for t in history]
    weakest = sorted(DIMENSION_KEYS, key=lambda k: (-dim_w[k], k))[:3]
    picks = []
    for cid in sorted(bank):
        v = bank[cid]
        need = sum(dim_w[k] for k in v.dimensions) / max(1, len(v.dimensions)) + lab_w[v.label]
        hits = [dimension(k).title for k in weakest if k in v.dimensions]
        why = f"practises {', '.join(hits)}" if hits else f"practises {v.label.title.lower()}"
        last = latest.get(cid)
        if last is None:
            picks.append(Pick(cid, f"{v.title}: new case; {why}", need))
            continue
        if last.right:
            continue  # never repeat a case just got right
        since = len(order) - 1 - max(i for i, c in enumerate(order) if c == cid)
        if since >= GAP_ATTEMPTS or now - last.at >= GAP:
            picks.append(Pick(cid, f"{v.title}: missed on {last.at:%d %b}, due again ({since} answers since); {why}", need + 1.0))
    ranked = sorted(picks, key=lambda p: (-round(p.priority, 9), p.case))
    # most-needed first, but no label over half the set (what interleaving needs), unless nothing else is left
    cap, count, chosen = (n + 1) // 2, {}, []
    for p in ranked:
        lab = bank[p.case].label
        if len(chosen) < n and count.get(lab, 0) < cap:
            chosen.append(p)
            count[lab] = count.get(lab, 0) + 1
    chosen += [p for p in ranked if p not in chosen][: n - len(chosen)]
    return interleave(chosen, bank)


def interleave(picks: list[Pick], bank: dict[str, content.Vignette]) -> list[Pick]:
    """Reorder so that consecutive cases differ in label wherever the set allows it."""
    rest, out = list(picks), []
    while rest:
        prev = bank[out[-1].case].label if out else None
        left = {}
        for p in rest:
            left[bank[p.case].label] = left.get(bank[p.case].label, 0) + 1
        # the label with most cases left goes next (ties: the higher priority), never the previous label if avoidable
        options = [p for p in rest if bank[p.case].label is not prev] or rest
        nxt = min(options, key=lambda p: (-left[bank[p.case].label], rest.index(p)))
        rest.remove(nxt)
        out.append(nxt)
    return out


@dataclass(repr=False)
class ReviewPlan(RichText):
    """The chosen cases with the reasons, as text and HTML."""

    picks: list[Pick]
    weakest: list[str]
    practised: int
    unpractised: list[str]

    def text(self) -> str:
        head = (f"From {self.practised} practised case(s), your weakest dimensions are: {', '.join(self.weakest) or 'none yet'}."
                if self.practised else "No practice answers yet: here is a mixed set to start from.")
        if self.practised and self.unpractised:
            head += f" Not practised yet: {', '.join(self.unpractised)}."
        return "\n".join([head, "Your review set:"] + [f"  {i}. {p.reason}" for i, p in enumerate(self.picks, 1)])

    def html(self) -> str:
        from html import escape

        lines = self.text().splitlines()
        return (f"<p>{escape(lines[0])}</p><p>{escape(lines[1])}</p><ol>"
                + "".join(f"<li>{escape(p.reason)}</li>" for p in self.picks) + "</ol>")


class Review:
    """What the review notebook calls: read the history beside it, choose, and show the exercises."""

    def __init__(self, name: str = "08-review", folder: Path | str | None = None, *, n: int = SIZE,
                 now: datetime | None = None):
        self.folder = Path(folder) if folder is not None else Path.cwd()
        self.lesson = Lesson(name, self.folder)
        bank = content.load_bank()
        history = read_history(self.folder, bank)
        dim_w, _ = weaknesses(history, bank)
        judged = {k for t in {t.case: t for t in history}.values() for k in t.judged_dimensions}
        missed = {k for t in {t.case: t for t in history}.values() for k in t.wrong_dimensions}
        ranked = [k for k in sorted(DIMENSION_KEYS, key=lambda k: (-dim_w[k], k)) if k in missed][:3]
        self.picks = plan(history, bank, n=n, now=now or datetime.now(timezone.utc))
        self.plan = ReviewPlan(self.picks, [dimension(k).title for k in ranked], len({t.case for t in history}),
                               [dimension(k).title for k in DIMENSION_KEYS if k not in judged])

    def exercises(self) -> list:
        """One practice exercise per chosen case, in the interleaved order."""
        return [self.lesson.practice(p.case) for p in self.picks]

    def practice(self, number: int):
        """The exercise for the set's case ``number`` (1-based), or a message when the set is shorter."""
        if not 1 <= number <= len(self.picks):
            from .feedback import Message

            return Message(f"Case {number}: nothing more to review now; you have answered almost every case right. "
                           "Come back after a day for the cases you missed.")
        return self.lesson.practice(self.picks[number - 1].case)
