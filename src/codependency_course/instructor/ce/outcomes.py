"""The CE provider's outcomes report: one self-contained HTML page (no script) plus CSVs.

Sections: enrolment, completion and pass rates; pre/post distributions and learning gain
(:mod:`.learning_gain`); evaluation results per question (:mod:`codependency_course.trainee.evaluation`); time on task
from the timestamps of saved practice answers; items to review, from the item analysis
(:mod:`~codependency_course.instructor.reports.item_analysis`). Every string a trainee could have typed is escaped, and free-text
comments that look as if they identify someone (:mod:`codependency_course.trainee.privacy`) are shown redacted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape
from pathlib import Path

import pandas as pd

from codependency_course.answers import SUFFIX, UnreadableStore, read_answers
from codependency_course.content import syllabus
from codependency_course.instructor.course import Course
from codependency_course.instructor.reports.item_analysis import (
    _png,
    _table,
    analyse,
    html_page,
)
from codependency_course.trainee.evaluation import ASSIGNMENT as EVALUATION
from codependency_course.trainee.evaluation import questions, read_response
from codependency_course.trainee.privacy import find_identifiers, redact

from . import learning_gain
from .completion import statuses
from .settings import CEConfig

SESSION_GAP_MINUTES = 30


def time_on_task(practice_root: Path | None) -> pd.DataFrame:
    """Per trainee and lesson: active minutes between saved practice answers.

    ``practice_root/<student id>/`` holds each trainee's lesson folder (searched for
    ``NN-*.answers.json``). Gaps over 30 minutes start a new session and are not counted,
    so the figure is a lower bound on the time spent.
    """
    rows = []
    lessons = {x.id for x in syllabus.load()}
    for folder in sorted(p for p in (Path(practice_root).iterdir() if practice_root and Path(practice_root).is_dir() else []) if p.is_dir()):
        for path in sorted(folder.rglob(f"*{SUFFIX}")):
            lesson = path.name.removesuffix(SUFFIX)
            if lesson not in lessons:
                continue
            try:
                doc, _ = read_answers(path)
            except UnreadableStore:
                continue
            times = sorted(a.at for r in doc.items.values() for a in r.attempts if a.mode == "practice")
            gaps = [(b - a).total_seconds() / 60 for a, b in zip(times, times[1:])]
            rows.append({"student_id": folder.name, "lesson": lesson, "answers": len(times),
                         "minutes": round(sum(g for g in gaps if g <= SESSION_GAP_MINUTES), 1)})
    return pd.DataFrame(rows, columns=["student_id", "lesson", "answers", "minutes"])


@dataclass
class Outcomes:
    """The tables behind the report."""

    rates: pd.DataFrame
    trainees: pd.DataFrame
    gain: learning_gain.CohortGain | None
    dimension_gain: pd.DataFrame
    evaluation: pd.DataFrame
    comments: list[tuple[str, str]]
    time: pd.DataFrame
    items_to_review: pd.DataFrame


def _evaluation(course: Course) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    qs = questions()
    responses = [read_response(p / f"{EVALUATION}{SUFFIX}", qs) for p in sorted((course.root / "submitted").glob(f"*/{EVALUATION}"))]
    rows, comments = [], []
    for q in qs:
        vals = [r.values[q.id] for r in responses if q.id in r.values]
        if q.kind == "text":
            for v in vals:
                comments.append((q.prompt, redact(str(v)) if find_identifiers(str(v)) else str(v)))
            continue
        counts = Counter(vals)
        order = [(k, lab) for lab, k in q.options] if q.kind == "choice" else [(k, str(k)) for k in range(1, 6)]
        summary = (f"mean {sum(vals) / len(vals):.2f} of 5; " if q.kind == "scale" and vals else "") + "; ".join(
            f"{lab}: {counts[k]}" for k, lab in order if counts[k])
        rows.append({"group": q.group, "question": q.prompt, "responses": len(vals), "results": summary or "no answers"})
    return pd.DataFrame(rows, columns=["group", "question", "responses", "results"]), comments


def compute(course: Course, config: CEConfig, practice_root: Path | None = None) -> Outcomes:
    """Every table of the outcomes report."""
    st = statuses(course, config)
    sub = course.root / "submitted"
    n = len(st)
    took = {a: {s.student_id for s in st if (sub / s.student_id / a).is_dir()}
            for a in (learning_gain.PRE_TEST, learning_gain.POST_TEST, EVALUATION)}
    passed = sum(1 for s in st if s.score is not None and s.score >= config.pass_mark * s.max_score)
    rate = lambda k: f"{k / n:.0%}" if n else "n/a"  # noqa: E731
    rates = pd.DataFrame([
        ("enrolled (known to the gradebook or with a submission)", n, "100%" if n else "n/a"),
        ("took the pre-test", len(took[learning_gain.PRE_TEST]), rate(len(took[learning_gain.PRE_TEST]))),
        ("took the post-test", len(took[learning_gain.POST_TEST]), rate(len(took[learning_gain.POST_TEST]))),
        (f"passed the post-test ({config.pass_mark:.0%})", passed, rate(passed)),
        ("submitted a complete evaluation", sum(s.evaluated for s in st), rate(sum(s.evaluated for s in st))),
        ("completed (passed and evaluated: certificate)", sum(s.eligible for s in st), rate(sum(s.eligible for s in st))),
    ], columns=["measure", "trainees", "share of enrolled"])
    trainees = pd.DataFrame([{"student_id": s.student_id, "post-test points": s.score, "evaluated": s.evaluated,
                              "certificate": s.eligible, "reason": s.reason} for s in st]).set_index("student_id")
    gain, dims, review = None, pd.DataFrame(), []
    if took[learning_gain.PRE_TEST] and took[learning_gain.POST_TEST]:
        table, gain, dims = learning_gain.from_course(course)
        trainees = trainees.join(table.round(3))
    for a in (learning_gain.PRE_TEST, learning_gain.POST_TEST):
        if took[a]:
            items = analyse(course, a).items
            flagged = items[items["flag"] != ""][["item", "key", "difficulty", "discrimination", "flag"]]
            review.append(flagged.assign(test=a))
    evaluation, comments = _evaluation(course)
    return Outcomes(rates, trainees.reset_index(), gain, dims, evaluation, comments, time_on_task(practice_root),
                    pd.concat(review) if review else pd.DataFrame(columns=["test", "item", "flag"]))


def _figures(o: Outcomes) -> dict[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    figs = {}
    if o.gain is not None:
        t = o.trainees.dropna(subset=["pre", "post"])
        fig, (a1, a2) = plt.subplots(1, 2, figsize=(10, 3.6))
        a1.hist([t["pre"], t["post"]], bins=[i / 10 for i in range(11)], label=["pre-test", "post-test"],
                color=["#9aa9c2", "#1c3a6e"], hatch="//", edgecolor="black")
        a1.yaxis.set_major_locator(MaxNLocator(integer=True))
        a1.set_xlabel("share of the ten parallel items' points")
        a1.set_ylabel("trainees")
        a1.legend()
        a1.set_title("Pre- and post-test scores")
        for _, r in t.iterrows():
            a2.plot([0, 1], [r["pre"], r["post"]], color="#1c3a6e", alpha=0.35, marker="o")
        a2.set_xticks([0, 1], ["pre-test", "post-test"])
        a2.set_ylim(0, 1)
        a2.set_title("Each trainee, before and after")
        figs["scores"] = _png(fig)
        if len(o.dimension_gain):
            fig, ax = plt.subplots(figsize=(7, 3.4))
            d = o.dimension_gain
            ax.barh(d.index, d["mean gain"], color="#1c3a6e", edgecolor="black")
            ax.axvline(0, color="black", lw=0.8)
            ax.invert_yaxis()
            ax.set_xlabel("mean gain in mastery (post minus pre)")
            ax.set_title("Gain per dimension")
            figs["dimensions"] = _png(fig)
    if len(o.time):
        per = o.time.groupby("lesson")["minutes"].median()
        est = {x.id: x.minutes for x in syllabus.load()}
        fig, ax = plt.subplots(figsize=(7, 3.4))
        ax.barh(per.index, per.values, color="#1c3a6e", label="median active minutes (practice)")
        ax.scatter([est.get(k, 0) for k in per.index], per.index, marker="|", s=300, color="black", label="estimated time")
        ax.invert_yaxis()
        ax.set_xlabel("minutes")
        ax.legend(fontsize=8)
        ax.set_title("Time on task by lesson")
        figs["time"] = _png(fig)
    return figs


def render_html(o: Outcomes, config: CEConfig) -> str:
    """The report page (every value escaped; no script)."""
    figs = _figures(o)
    img = lambda k, alt: f'<img alt="{escape(alt)}" src="data:image/png;base64,{figs[k]}">' if k in figs else ""  # noqa: E731
    gain = "".join(f"<li>{escape(x)}</li>" for x in o.gain.lines()) if o.gain else "<li>Needs both the pre-test and the post-test.</li>"
    comments = "".join(f"<li><em>{escape(q)}</em> {escape(c)}</li>" for q, c in o.comments) or "<li>No comments.</li>"
    time = (_table(o.time.groupby("lesson")["minutes"].describe()[["count", "50%", "min", "max"]]
                   .rename(columns={"50%": "median"}).reset_index()) if len(o.time)
            else "<p>No practice answers were found (pass --practice-root with one folder per trainee).</p>")
    return html_page(f"Outcomes report: {config.course_title}", f"""
<p>{escape(config.provider)} · {config.hours():g} CE hours · pass mark {config.pass_mark:.0%}</p>
<h2>Enrolment, completion and pass rates</h2>{_table(o.rates)}
<h2>Pre- and post-test, and learning gain</h2><ul>{gain}</ul>{img('scores', 'Histogram of pre- and post-test scores, and each trainee before and after')}
<h3>Gain per dimension</h3>{_table(o.dimension_gain.reset_index().rename(columns={'index': 'dimension'})) if len(o.dimension_gain) else '<p>Not available.</p>'}
{img('dimensions', 'Bar chart of mean gain in mastery per dimension')}
<h2>Course evaluation, per question</h2>{_table(o.evaluation) if len(o.evaluation) else '<p>No evaluations submitted.</p>'}
<h3>Comments (screened for identifying details)</h3><ul>{comments}</ul>
<h2>Time on task</h2>{time}{img('time', 'Bar chart of median active minutes per lesson against the estimated time')}
<h2>Items to review</h2>{_table(o.items_to_review) if len(o.items_to_review) else '<p>No item is flagged by the item analysis.</p>'}
<h2>Per trainee</h2>{_table(o.trainees)}
<p>Gain is computed on the ten widget-graded items the pre-test and post-test share by design (the post-test's
hand-graded rationales have no pre-test twin). Normalised gain is (post − pre)/(1 − pre); d_z is the mean paired
difference over its standard deviation, with a seeded bootstrap 95% interval.</p>
""")


def write_report(course: Course, config: CEConfig, practice_root: Path | None = None) -> list[Path]:
    """Write ``reports/outcomes.html`` and its CSVs; returns the paths."""
    o = compute(course, config, practice_root)
    out = course.root / "reports"
    out.mkdir(exist_ok=True)
    paths = [out / "outcomes.html", out / "outcomes-rates.csv", out / "outcomes-trainees.csv",
             out / "outcomes-evaluation.csv", out / "outcomes-items-to-review.csv", out / "outcomes-time-on-task.csv"]
    paths[0].write_text(render_html(o, config), encoding="utf-8")
    o.rates.to_csv(paths[1], index=False)
    o.trainees.to_csv(paths[2], index=False)
    o.evaluation.to_csv(paths[3], index=False)
    o.items_to_review.to_csv(paths[4], index=False)
    o.time.to_csv(paths[5], index=False)
    if len(o.dimension_gain):
        paths.append(out / "outcomes-dimension-gain.csv")
        o.dimension_gain.to_csv(paths[-1], index_label="dimension")
    return paths
