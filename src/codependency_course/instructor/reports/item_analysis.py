"""Item analysis for an assignment: what an instructor can read in two minutes.

Per item: difficulty (mean share of the item earned), discrimination (upper minus lower
27% by total score, and the corrected point-biserial), how often each wrong label was
chosen, which dimensions were missed or over-called, and the evidence by item with the
key's required and acceptable evidence shown apart (:mod:`.item_evidence`); items outside difficulty
0.20-0.90 or with discrimination under 0.30 are flagged with the likely reason. Per
trainee and for the cohort: mastery by dimension (heatmap) and label confusion.
Reliability: Cronbach's alpha on item scores and KR-20 on label correctness.

Answers come from the submitted answers files and keys from the instructor notebook's
hidden tests; the rubric is the one in :mod:`~codependency_course.rubric`, so these figures match the grades.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from html import escape
from pathlib import Path

import numpy as np
import pandas as pd

from codependency_course.answers import SUFFIX, UnreadableStore, read_answers
from codependency_course.instructor.course import Course
from codependency_course.instructor.keys import GradedItem, items_from_notebook
from codependency_course.rubric import score
from codependency_course.taxonomy import DIMENSIONS, Label, Tier

from .item_evidence import evidence_html, evidence_table, key_evidence

DIFFICULTY_RANGE = (0.20, 0.90)
MIN_DISCRIMINATION = 0.30
NONFUNCTIONAL = 0.05


@dataclass
class Analysis:
    """The tables behind the report."""

    assignment: str
    """Which assignment."""
    items: pd.DataFrame
    """One row per item: difficulty, discrimination, point-biserial, wrong labels, flags."""
    scores: pd.DataFrame
    """Trainee x item score fractions, with a total column."""
    mastery: pd.DataFrame
    """Trainee x dimension share of relevant judgements correct (NaN: no judgements)."""
    confusion: pd.DataFrame
    """Key label x chosen label counts (including 'no answer')."""
    alpha: float
    """Cronbach's alpha over item score fractions."""
    kr20: float
    """KR-20 over label correctness."""
    dimension_errors: pd.DataFrame
    """Per item and dimension: how often it was missed, over-called or given the wrong pole."""
    evidence: pd.DataFrame
    """Per item and dimension: tier (required, acceptable, outside the key) and shares of answers."""


def _answers(course: Course, assignment: str, student: str):
    path = course.root / "submitted" / student / assignment / f"{assignment}{SUFFIX}"
    try:
        doc, _ = read_answers(path)
    except UnreadableStore:
        return {}
    return {k: r.attempts[-1].answer() for k, r in doc.items.items() if r.attempts}


def _alpha(m: np.ndarray) -> float:
    k = m.shape[1]
    if k < 2 or m.shape[0] < 2:
        return float("nan")
    total_var = m.sum(axis=1).var(ddof=1)
    if total_var == 0:
        return float("nan")
    return float(k / (k - 1) * (1 - m.var(axis=0, ddof=1).sum() / total_var))


def _kr20(b: np.ndarray) -> float:
    k = b.shape[1]
    if k < 2 or b.shape[0] < 2:
        return float("nan")
    p = b.mean(axis=0)
    total_var = b.sum(axis=1).var(ddof=1)
    if total_var == 0:
        return float("nan")
    return float(k / (k - 1) * (1 - (p * (1 - p)).sum() / total_var))


def _flag(difficulty: float, disc: float, wrong: dict[str, float]) -> str:
    reasons = []
    if difficulty > DIFFICULTY_RANGE[1]:
        reasons.append("very easy: the case may signal its answer too plainly")
    if difficulty < DIFFICULTY_RANGE[0]:
        reasons.append("very hard: check the key, or the case may be ambiguous")
    if disc < 0:
        reasons.append("stronger trainees did worse: the key may be wrong or the case misleading")
    elif disc < MIN_DISCRIMINATION:
        reasons.append("low discrimination: the item separates strong and weak trainees poorly")
    dead = [lab for lab, share in wrong.items() if share < NONFUNCTIONAL]
    if dead and difficulty < 0.95:
        reasons.append(f"non-functional distractor(s) ({', '.join(dead)} chosen by under 5%)")
    return "; ".join(reasons)


def analyse(course: Course, assignment: str, students: list[str] | None = None) -> Analysis:
    """Compute every table of the item analysis."""
    from codependency_course.instructor.autograding.parallel import submitted_students

    items: list[GradedItem] = [it for nb in sorted((course.root.parent / "source" / assignment).glob("*.ipynb"))
                               for it in items_from_notebook(nb)]
    students = students or submitted_students(course, assignment)
    if not items or not students:
        raise ValueError(f"{assignment}: need graded items in source/ and submissions in submitted/ to analyse")
    frac, label_ok, chosen = {}, {}, {}
    dim_hits = {s: {d.key: [] for d in DIMENSIONS} for s in students}
    errors, all_answers = [], {}
    for s in students:
        answers = all_answers[s] = _answers(course, assignment, s)
        for it in items:
            a = answers.get(it.item_id)
            res = score(a, it.key)
            frac[(s, it.item_id)] = res.fraction
            label_ok[(s, it.item_id)] = float(res.label_correct and res.answered)
            chosen[(s, it.item_id)] = a.label.title if a and a.label else "no answer"
            for d in res.dimensions:
                if d.counts:
                    dim_hits[s][d.key].append(d.outcome == "correct")
                    if d.outcome != "correct":
                        errors.append({"item": it.item_id, "dimension": d.key, "outcome": d.outcome})
    ids = [it.item_id for it in items]
    scores = pd.DataFrame([[frac[(s, i)] for i in ids] for s in students], index=students, columns=ids)
    points = pd.Series({it.item_id: it.points for it in items})
    scores["total"] = (scores[ids] * points).sum(axis=1)
    order = scores["total"].sort_values(kind="stable")
    n27 = max(1, int(round(0.27 * len(students))))
    lower, upper = order.index[:n27], order.index[-n27:]
    rows = []
    for it in items:
        col = scores[it.item_id]
        rest = scores["total"] - col * it.points
        pbis = float(np.corrcoef(col, rest)[0, 1]) if col.std() > 0 and rest.std() > 0 else float("nan")
        disc = float(col[upper].mean() - col[lower].mean())
        picks = pd.Series([chosen[(s, it.item_id)] for s in students]).value_counts(normalize=True)
        shares = {lab.title: float(picks.get(lab.title, 0.0)) for lab in Label}
        wrong = {k: v for k, v in shares.items() if k != it.key.label.title}
        rows.append({
            "item": it.item_id, "key": it.key.label.title, "points": it.points,
            "required evidence": key_evidence(it.key, Tier.REQUIRED), "acceptable evidence": key_evidence(it.key, Tier.ACCEPTABLE),
            "difficulty": round(float(col.mean()), 3),
            "label_correct": round(float(np.mean([label_ok[(s, it.item_id)] for s in students])), 3),
            "discrimination": round(disc, 3), "point_biserial": round(pbis, 3),
            **{f"chose: {k}": round(v, 3) for k, v in shares.items()},
            "no answer": round(float(picks.get("no answer", 0.0)), 3),
            "flag": _flag(float(col.mean()), disc, wrong),
        })
    mastery = pd.DataFrame(
        [[np.mean(dim_hits[s][d.key]) if dim_hits[s][d.key] else np.nan for d in DIMENSIONS] for s in students],
        index=students, columns=[d.title for d in DIMENSIONS],
    )
    conf = pd.crosstab(
        pd.Series([it.key.label.title for s in students for it in items], name="key"),
        pd.Series([chosen[(s, it.item_id)] for s in students for it in items], name="chosen"),
    )
    err = pd.DataFrame(errors, columns=["item", "dimension", "outcome"])
    dim_err = err.groupby(["item", "dimension", "outcome"]).size().unstack(fill_value=0) if not err.empty else err
    dim_err.columns.name = None
    conf.columns.name = None
    return Analysis(
        assignment, pd.DataFrame(rows), scores, mastery, conf,
        _alpha(scores[ids].to_numpy()), _kr20(np.array([[label_ok[(s, i)] for i in ids] for s in students])), dim_err,
        evidence_table(items, all_answers),
    )


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def _figures(a: Analysis) -> dict[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figs = {}
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(a.items) + 1.2))
    ax.scatter(a.items["difficulty"], a.items["discrimination"], color="#1c4f9c")
    for _, r in a.items.iterrows():
        ax.annotate(r["item"], (r["difficulty"], r["discrimination"]), xytext=(4, 3), textcoords="offset points")
    ax.axvspan(*DIFFICULTY_RANGE, alpha=0.08, color="green", label="difficulty 0.20-0.90")
    ax.axhline(MIN_DISCRIMINATION, ls="--", color="black", label="discrimination 0.30")
    ax.set_xlabel("difficulty (mean share of points earned)")
    ax.set_ylabel("discrimination (upper - lower 27%)")
    ax.set_xlim(0, 1)
    low = min(-0.1, float(a.items["discrimination"].min()) - 0.1)
    ax.set_ylim(low, max(1.0, float(a.items["discrimination"].max()) + 0.1))
    ax.legend(loc="lower left", fontsize=8)
    figs["items"] = _png(fig)
    fig, ax = plt.subplots(figsize=(8, 0.28 * len(a.mastery) + 1.5))
    im = ax.imshow(a.mastery.to_numpy(dtype=float), vmin=0, vmax=1, cmap="viridis", aspect="auto")
    ax.set_xticks(range(len(a.mastery.columns)), a.mastery.columns, rotation=40, ha="right")
    ax.set_yticks(range(len(a.mastery.index)), a.mastery.index, fontsize=7)
    fig.colorbar(im, ax=ax, label="share of relevant judgements correct")
    ax.set_title("Mastery by dimension (blank: no judgements)")
    figs["mastery"] = _png(fig)
    fig, ax = plt.subplots(figsize=(6, 3.2))
    c = a.confusion
    ax.imshow(c.to_numpy(), cmap="Blues")
    ax.set_xticks(range(len(c.columns)), c.columns, rotation=25, ha="right")
    ax.set_yticks(range(len(c.index)), c.index)
    for i in range(c.shape[0]):
        for j in range(c.shape[1]):
            ax.text(j, i, str(c.iat[i, j]), ha="center", va="center")
    ax.set_xlabel("label chosen")
    ax.set_ylabel("key")
    ax.set_title("Label confusion (counts)")
    figs["confusion"] = _png(fig)
    return figs


def _table(df: pd.DataFrame) -> str:
    return df.to_html(index=False, border=0, classes="t", na_rep="", float_format=lambda x: f"{x:.2f}")


def html_page(title: str, body: str) -> str:
    """A self-contained report page: the (escaped) title as heading, then ``body`` (already HTML)."""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:72em;margin:2em auto;line-height:1.45;color:#111}}
table.t{{border-collapse:collapse;font-size:0.9em}} .t td,.t th{{border:1px solid #999;padding:0.2em 0.5em;text-align:left}}
h2{{border-bottom:2px solid #1c4f9c}}</style></head><body>
<h1>{escape(title)}</h1>
{body}
</body></html>"""


def render_html(a: Analysis) -> str:
    """The report as one self-contained HTML page."""
    figs = _figures(a)
    flagged = a.items[a.items["flag"] != ""]
    cohort = a.mastery.mean().rename("cohort mastery").reset_index().rename(columns={"index": "dimension"})
    summary = summary_lines(a)
    img = lambda k, alt: f'<img alt="{escape(alt)}" src="data:image/png;base64,{figs[k]}">'  # noqa: E731
    return html_page(f"Item analysis: {a.assignment}", f"""
<h2>Summary</h2><ul>{''.join(f'<li>{escape(x)}</li>' for x in summary)}</ul>
<h2>Items to look at</h2>{_table(flagged[['item', 'difficulty', 'discrimination', 'point_biserial', 'flag']]) if len(flagged) else '<p>No item is flagged.</p>'}
<h2>Every item</h2>{_table(a.items)}
{img('items', 'Scatter plot of item difficulty against discrimination')}
<h2>Dimensions missed or over-called, by item</h2>{_table(a.dimension_errors.reset_index()) if len(a.dimension_errors) else '<p>None.</p>'}
<h2>Evidence by item: required and acceptable</h2>
<p>Shares of the trainees who answered each item.</p>{evidence_html(a.evidence)}
<h2>Mastery by dimension</h2>{_table(cohort)}
{img('mastery', 'Heatmap of each trainee mastery by dimension')}
<h2>Label confusion</h2>{_table(a.confusion.reset_index())}
{img('confusion', 'Confusion matrix of key label against chosen label')}
<h2>Per trainee</h2>{_table(a.scores.round(3).reset_index().rename(columns={'index': 'student_id'}))}
<p>Difficulty is the mean share of an item's points earned; discrimination is the upper minus lower 27% mean;
the point-biserial correlates the item with the rest of the test. Flags: difficulty outside
{DIFFICULTY_RANGE[0]:.2f}-{DIFFICULTY_RANGE[1]:.2f}, discrimination under {MIN_DISCRIMINATION:.2f}, a wrong label chosen by under 5%.</p>
""")


def summary_lines(a: Analysis) -> list[str]:
    """The report's headline figures as sentences."""
    n = len(a.scores)
    top = sum(1 for _ in a.items["item"])
    flagged = (a.items["flag"] != "").sum()
    weakest = a.mastery.mean().sort_values().index[:2].tolist()
    return [
        f"{n} trainees, {top} widget-graded items; mean total {a.scores['total'].mean():.2f} of {a.items['points'].sum():g} points.",
        f"Reliability: Cronbach's alpha {a.alpha:.2f} (item scores), KR-20 {a.kr20:.2f} (label correctness).",
        f"{flagged} item(s) flagged for review.",
        f"Weakest dimensions across the cohort: {', '.join(weakest)}.",
    ]


def write_report(course: Course, assignment: str) -> list[Path]:
    """Write ``reports/<assignment>-item-analysis.html`` and ``.csv`` (items) and the trainee CSV."""
    a = analyse(course, assignment)
    out = course.root / "reports"
    out.mkdir(exist_ok=True)
    html, items_csv, people_csv = (out / f"{assignment}-item-analysis.html", out / f"{assignment}-item-analysis.csv",
                                   out / f"{assignment}-trainees.csv")
    html.write_text(render_html(a), encoding="utf-8")
    a.items.to_csv(items_csv, index=False)
    a.scores.join(a.mastery).to_csv(people_csv, index_label="student_id")
    return [html, items_csv, people_csv]
