"""A trainee's own mastery, from the practice answers saved beside the lessons.

Reads every ``*.answers.json`` in a folder, scores the latest practice attempt at each
bank case with the course rubric, and summarises mastery by classification and by
dimension, with the lesson sections worth revisiting.

Plain Python only (no pandas or matplotlib), so the page also runs in JupyterLite. The
HTML draws its bar charts as inline SVG coloured with JupyterLab's theme variables, so
every label reads in light and dark themes; values are written beside every bar, never
left to colour, and a plain-text form carries the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from codependency_course import content
from codependency_course.answers import SUFFIX, Attempt, UnreadableStore, read_answers
from codependency_course.rubric import score
from codependency_course.taxonomy import DIMENSIONS, Label

from .feedback import RichText

WEAK = 0.7
"""Below this share correct, a classification or dimension is suggested for revision."""
LABEL_LESSON = {
    Label.HEALTHY: "01 · Dependence is human",
    Label.CODEPENDENT: "03 · Roles and the cycle",
    Label.OTHER_CONCERN: "05 · What it is not",
}
"""Where each classification is taught."""
NOT_YET = "not practised yet"


def lesson_title(notebook: str) -> str:
    """'02-the-nine-dimensions' -> '02 · The nine dimensions'."""
    number, _, rest = notebook.partition("-")
    if not number.isdigit() or not rest:
        return notebook
    return f"{number} · {rest.replace('-', ' ').capitalize()}"


def percent(fraction: float) -> str:
    """A share as a whole percentage, e.g. 0.8333 -> '83%'."""
    return f"{round(fraction * 100)}%"


@dataclass(frozen=True)
class CaseRow:
    """One case practised: the latest attempt's result."""

    title: str
    """The case's title, as the exercise shows it."""
    lesson: str
    """The lesson it was practised in, e.g. '02 · The nine dimensions'."""
    attempts: int
    """Practice attempts, under the case's former ids too."""
    score: float
    """The latest attempt's score, 0 to 1."""
    label_correct: bool
    """Whether the latest attempt chose the right classification."""


@dataclass(frozen=True)
class Tally:
    """How many judgements of one kind were right."""

    name: str
    """A classification or a dimension, as a trainee reads it."""
    correct: int
    """Judgements that matched the case."""
    total: int
    """Judgements made (0: not practised yet)."""
    revisit: str
    """Where this is taught (a lesson and section)."""

    @property
    def mastery(self) -> float | None:
        """Share correct, or None when not practised yet."""
        return self.correct / self.total if self.total else None

    def words(self) -> str:
        """'83% (5 of 6)' or 'not practised yet'."""
        return NOT_YET if not self.total else f"{percent(self.mastery)} ({self.correct} of {self.total})"


def _chart(title: str, tallies: tuple[Tally, ...]) -> str:
    """A horizontal bar chart as inline SVG; every label lies inside the drawing."""
    row, top, name_w, track_w, gap = 30, 34, 230, 260, 12
    width = name_w + track_w + gap + 170
    height = top + row * len(tallies) + 26
    ink = "fill: var(--jp-ui-font-color0, #111)"
    summary = "; ".join(f"{t.name}: {t.words()}" for t in tallies)
    parts = [
        f'<svg class="cc-chart" role="img" aria-label="{escape(title)}. {escape(summary)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" style="max-width: 100%; height: auto; font-family: var(--jp-ui-font-family, sans-serif); font-size: 13px">',
        f'<text x="0" y="18" style="{ink}; font-weight: bold; font-size: 14px">{escape(title)}</text>',
    ]
    for i, t in enumerate(tallies):
        y = top + i * row
        parts.append(f'<text x="{name_w - 8}" y="{y + 15}" text-anchor="end" style="{ink}">{escape(t.name)}</text>')
        parts.append(f'<rect x="{name_w}" y="{y + 3}" width="{track_w}" height="16" rx="2" '
                     'style="fill: var(--jp-layout-color2, #eee); stroke: var(--jp-border-color1, #999); stroke-width: 1"/>')
        if t.total:
            parts.append(f'<rect x="{name_w}" y="{y + 3}" width="{track_w * t.mastery:.1f}" height="16" rx="2" '
                         'style="fill: var(--jp-brand-color1, #1976d2)"/>')
        style = ink if t.total else f"{ink}; font-style: italic"
        parts.append(f'<text x="{name_w + track_w + gap}" y="{y + 15}" style="{style}">{escape(t.words())}</text>')
    axis_y = top + row * len(tallies) + 16
    for frac in (0, 0.5, 1):
        anchor = {0: "start", 0.5: "middle", 1: "end"}[frac]
        parts.append(f'<text x="{name_w + track_w * frac:.0f}" y="{axis_y}" text-anchor="{anchor}" style="{ink}; font-size: 11px">{percent(frac)}</text>')
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True, repr=False)
class Progress(RichText):
    """Mastery for one trainee: by case, by classification and by dimension."""

    cases: tuple[CaseRow, ...]
    """Every case practised, weakest first."""
    by_label: tuple[Tally, ...]
    """Cases classified correctly, per classification (in the course's order)."""
    by_dimension: tuple[Tally, ...]
    """Relevant dimension judgements marked as the case shows them, per dimension."""
    problems: tuple[str, ...]
    """Answers files that could not be read, or answers left out, with the reason."""

    @property
    def average(self) -> float | None:
        """Mean latest score over the cases practised."""
        return sum(c.score for c in self.cases) / len(self.cases) if self.cases else None

    def revisit(self) -> list[str]:
        """Suggestions: the sections teaching whatever is below 70%, weakest first."""
        weak = [t for t in (*self.by_label, *self.by_dimension) if t.total and t.mastery < WEAK]
        return [f"{t.name} ({t.words()}): revisit {t.revisit}." for t in sorted(weak, key=lambda t: (t.mastery, t.name))]

    def _summary(self) -> str:
        return (f"Cases practised: {len(self.cases)}; average latest score {percent(self.average)}. "
                "Each figure uses your latest attempt at each case.")

    def text(self) -> str:
        if not self.cases:
            lines = ["No practice answers yet: open a lesson, classify a case and press Check answer."]
        else:
            lines = [self._summary(), "", "Classification (cases classified correctly):"]
            lines += [f"  {t.name}: {t.words()}" for t in self.by_label]
            lines += ["", "Evidence by dimension (relevant judgements marked as the case shows them):"]
            lines += [f"  {t.name}: {t.words()}" for t in self.by_dimension]
            tips = self.revisit()
            lines += ["", "Worth revisiting:"] + ([f"  - {s}" for s in tips] or ["  - Nothing below 70%: try the mixed practice in lesson 07."])
            lines += ["", "Case by case (weakest first):"]
            lines += [f"  {c.title} ({c.lesson}): {percent(c.score)}, {'✓' if c.label_correct else '✗'} classification, "
                      f"{c.attempts} attempt{'s' if c.attempts != 1 else ''}" for c in self.cases]
        lines += [f"Note: {p}" for p in self.problems]
        return "\n".join(lines)

    def html(self) -> str:
        if not self.cases:
            body = "<p>No practice answers yet: open a lesson, classify a case and press <strong>Check answer</strong>.</p>"
        else:
            tips = self.revisit()
            tip_html = ("<ul>" + "".join(f"<li>{escape(s)}</li>" for s in tips) + "</ul>" if tips
                        else "<p>Nothing below 70%: try the mixed practice in lesson 07.</p>")
            left = ' style="text-align: left"'  # words read from the left; numbers stay right-aligned
            head = "".join(f'<th scope="col"{left if i in (0, 1, 4) else ""}>{h}</th>'
                           for i, h in enumerate(("Case", "Lesson", "Attempts", "Latest score", "Classification")))
            rows = "".join(
                f'<tr><th scope="row"{left}>{escape(c.title)}</th><td{left}>{escape(c.lesson)}</td><td>{c.attempts}</td>'
                f"<td>{percent(c.score)}</td><td{left}>{'✓ right' if c.label_correct else '✗ not yet'}</td></tr>"
                for c in self.cases
            )
            body = (
                f"<p>{escape(self._summary())}</p>"
                f'<div class="cc-charts">{_chart("Classification", self.by_label)}{_chart("Evidence by dimension", self.by_dimension)}</div>'
                f"<h4>Worth revisiting</h4>{tip_html}"
                f'<h4>Case by case, weakest first</h4><table class="cc-cases"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
            )
        notes = "".join(f'<p class="cc-msg cc-warning">Note: {escape(p)}</p>' for p in self.problems)
        return f'<div class="cc-progress">{body}{notes}</div>'


def _latest_by_case(folder: Path, bank: dict, problems: list[str]) -> dict[tuple[str, str], list[Attempt]]:
    """(notebook, current case id) -> practice attempts, oldest first, former ids merged."""
    found: dict[tuple[str, str], list[Attempt]] = {}
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            doc, issues = read_answers(path)
        except UnreadableStore as exc:
            problems.append(str(exc))
            continue
        problems += issues
        for item_id, rec in doc.items.items():
            case = content.current_id(item_id)
            tries = [t for t in rec.attempts if t.mode == "practice"]
            if tries and case in bank:
                found.setdefault((doc.notebook, case), []).extend(tries)
    return {k: sorted(v, key=lambda t: t.at) for k, v in found.items()}


def collect(folder: Path | str) -> Progress:
    """Build the mastery summary from the answers files in a folder."""
    bank = content.load_bank()
    problems: list[str] = []
    cases: list[CaseRow] = []
    label_hits = {lab: [0, 0] for lab in Label}
    dim_hits = {d.key: [0, 0] for d in DIMENSIONS}
    for (notebook, case), tries in _latest_by_case(Path(folder), bank, problems).items():
        v = bank[case]
        s = score(tries[-1].answer(), content.key_of(v))
        cases.append(CaseRow(v.title, lesson_title(notebook), len(tries), s.fraction, s.label_correct))
        label_hits[v.label][0] += s.label_correct
        label_hits[v.label][1] += 1
        for d in s.dimensions:
            if d.counts:
                dim_hits[d.key][0] += d.outcome == "correct"
                dim_hits[d.key][1] += 1
    by_label = tuple(Tally(lab.title, *label_hits[lab], f"lesson {LABEL_LESSON[lab]}") for lab in Label)
    by_dim = tuple(Tally(d.title, *dim_hits[d.key], f"lesson 02 · The nine dimensions, section {i}. {d.title}")
                   for i, d in enumerate(DIMENSIONS, 1))
    cases.sort(key=lambda c: (c.score, c.title))
    return Progress(tuple(cases), by_label, by_dim, tuple(problems))
