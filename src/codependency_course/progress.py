"""A trainee's own mastery, from the practice answers saved beside the lessons.

Reads every ``*.answers.json`` in a folder, scores the latest practice attempt at each
bank case with the course rubric, and summarises mastery by label and by dimension.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import content
from .lesson import key_of
from .scoring import score
from .store import SUFFIX, UnreadableStore, read_answers
from .taxonomy import DIMENSIONS, Label


@dataclass(frozen=True)
class Progress:
    """Mastery tables for one trainee."""

    attempts: pd.DataFrame
    """One row per case practised: lesson, case, label, attempts, latest score."""
    by_label: pd.DataFrame
    """Cases practised and share classified correctly, per label."""
    by_dimension: pd.DataFrame
    """Relevant dimension judgements and share correct, per dimension."""
    problems: tuple[str, ...]
    """Answers files that could not be read, or answers left out, with the reason."""

    def text(self) -> str:
        """The summary as plain text."""
        if self.attempts.empty:
            return "No practice answers yet: open a lesson, classify a case and press Check answer."
        lines = [f"Cases practised: {len(self.attempts)}; average latest score {self.attempts['score'].mean():.0%}.", "",
                 "By label (latest attempt):"]
        for lab, row in self.by_label.iterrows():
            lines.append(f"  {lab}: {row['correct']:.0f} of {row['cases']:.0f} classified correctly")
        lines += ["", "By dimension (relevant judgements marked as the case shows them):"]
        for dim, row in self.by_dimension.iterrows():
            if row["judgements"]:
                lines.append(f"  {dim}: {row['correct']:.0f} of {row['judgements']:.0f} ({row['mastery']:.0%})")
        lines += [f"Note: {p}" for p in self.problems]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return self.text()

    def _repr_pretty_(self, p, cycle) -> None:
        p.text(self.text())


def collect(folder: Path | str) -> Progress:
    """Build the mastery tables from the answers files in a folder."""
    bank = content.load_bank()
    rows, dim_rows, problems = [], [], []
    for path in sorted(Path(folder).glob(f"*{SUFFIX}")):
        try:
            doc, issues = read_answers(path)
        except UnreadableStore as exc:
            problems.append(str(exc))
            continue
        problems += issues
        for item_id, rec in doc.items.items():
            tries = [t for t in rec.attempts if t.mode == "practice"]
            if not tries or item_id not in bank:
                continue
            v = bank[item_id]
            s = score(tries[-1].answer(), key_of(v))
            rows.append({"lesson": doc.notebook, "case": item_id, "label": v.label.title, "attempts": len(tries),
                         "score": s.fraction, "label_correct": s.label_correct})
            dim_rows += [{"dimension": d.key, "correct": d.outcome == "correct"} for d in s.dimensions if d.counts]
    attempts = pd.DataFrame(rows, columns=["lesson", "case", "label", "attempts", "score", "label_correct"])
    by_label = (
        attempts.groupby("label")["label_correct"].agg(cases="count", correct="sum")
        .reindex([lab.title for lab in Label], fill_value=0)
    )
    by_label["mastery"] = (by_label["correct"] / by_label["cases"].where(by_label["cases"] > 0)).fillna(0.0)
    dims = pd.DataFrame(dim_rows, columns=["dimension", "correct"])
    by_dim = dims.groupby("dimension")["correct"].agg(judgements="count", correct="sum").reindex(
        [d.key for d in DIMENSIONS], fill_value=0
    )
    by_dim.index = [d.title for d in DIMENSIONS]
    by_dim["mastery"] = (by_dim["correct"] / by_dim["judgements"].where(by_dim["judgements"] > 0)).fillna(0.0)
    return Progress(attempts, by_label, by_dim, tuple(problems))


def plot(progress: Progress):
    """Two bar charts (by label, by dimension); values are printed on the bars, not colour-coded."""
    import matplotlib.pyplot as plt

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.2), gridspec_kw={"width_ratios": [1, 1.6]})
    for ax, table, title in ((ax1, progress.by_label, "Classification by label"),
                             (ax2, progress.by_dimension, "Evidence by dimension")):
        ax.barh(table.index, table["mastery"], color="#1c4f9c", edgecolor="black", hatch="//")
        ax.set_xlim(0, 1)
        ax.invert_yaxis()
        ax.set_title(title)
        ax.set_xlabel("share correct (latest attempt)")
        count = "cases" if "cases" in table else "judgements"
        for i, (m, n) in enumerate(zip(table["mastery"], table[count])):
            ax.text(min(m, 0.82) + 0.02, i, f"{m:.0%} of {n:.0f}", va="center")
    fig.tight_layout()
    return fig
