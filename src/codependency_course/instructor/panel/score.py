"""``panel score``: how far a blind panel agrees with the keys and with itself.

Agreement statistics come from the field's libraries: Cohen's kappa from scikit-learn
(each rater against the keys, and every pair of raters), Fleiss' kappa from statsmodels
(three or more raters). Three judgements are compared:

* **label** - the classification of each case;
* **concern** - what comes first, with "none" for cases not labelled other_concern_first;
* **dimension poles** - one judgement per case and dimension: healthy, codependent or none.

Each rater is also scored with the course rubric (:func:`codependency_course.rubric.score`), the way a
trainee's answer would be. A dimension is *contested* on a case when a rater's mark
differs from the key, so also wherever raters disagree with each other, except within an
acceptable tier: an acceptable dimension marked with its stated pole, or left out,
agrees with the key (as in the rubric).
"""

from __future__ import annotations

import warnings
from dataclasses import asdict, dataclass, field, replace
from itertools import combinations
from math import isnan

import numpy as np
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

from codependency_course.rubric import Key, score
from codependency_course.taxonomy import DIMENSION_KEYS, Pole, Tier

from .cases import Case
from .ratings import Mapping, RaterFile, Rating

NONE = "none"


def cohen(a: list[str], b: list[str]) -> float | None:
    """Cohen's kappa (scikit-learn); None when undefined (both sides use one same category)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        k = float(cohen_kappa_score(a, b))
    return None if isnan(k) else round(k, 4)


def fleiss(columns: list[list[str]]) -> float | None:
    """Fleiss' kappa (statsmodels) over raters' columns of categories; None when undefined."""
    cats = sorted({c for col in columns for c in col})
    codes = np.array([[cats.index(c) for c in col] for col in columns]).T  # subjects x raters
    table, _ = aggregate_raters(codes, n_cat=len(cats))
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        k = float(fleiss_kappa(table, method="fleiss"))
    return None if isnan(k) else round(k, 4)


def pole_cell(p: Pole) -> str:
    """A dimension judgement as a category."""
    return NONE if p is Pole.NONE else p.value


def key_cell(key: Key, dim: str, given: Pole) -> str:
    """The key's category for one case and dimension, as compared with a rater's mark.

    An acceptable dimension takes the rater's own mark when it is the stated pole or none
    (the rubric accepts both); otherwise the stated pole.
    """
    if key.tier(dim) is Tier.ACCEPTABLE:
        return pole_cell(given) if given in (key.acceptable[dim], Pole.NONE) else pole_cell(key.acceptable[dim])
    return pole_cell(key.pole(dim))


def concern_cell(concern) -> str:
    """A concern (or its absence) as a category."""
    return concern.value if concern is not None else NONE


@dataclass
class RaterSummary:
    """One rater against the keys."""

    rater: str
    label_kappa: float | None
    concern_kappa: float | None
    dimension_kappa: float | None
    labels_matching_key: int
    mean_score: float
    mean_score_bank: float | None
    mean_score_graded: float | None
    mean_confidence: float
    in_sample: str | None = None
    """The round whose adjudication weighed this rater's marks (their figures show a fit, not agreement)."""


@dataclass
class PanelReport:
    """Everything ``panel score`` prints."""

    raters: list[str]
    cases: int
    bank_cases: int
    graded_cases: int
    per_rater: list[RaterSummary]
    pairs: list[dict]
    fleiss: dict | None
    key_dimensions: int
    acceptable_dimensions: int
    key_dimensions_left_out_by_all: int
    unkeyed_marked_alike_by_all: int
    contested_labels: list[dict] = field(default_factory=list)
    contested_dimensions: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        """Plain data for ``--json``."""
        return asdict(self)


def _mean(xs: list[float]) -> float | None:
    return round(float(np.mean(xs)), 4) if xs else None


def _rater_summary(rf: RaterFile, ids: list[str], cases: dict[str, Case]) -> RaterSummary:
    rs = [rf.ratings[i] for i in ids]
    keys = [cases[i].key for i in ids]
    fr = {i: score(rf.ratings[i].answer(), cases[i].key).fraction for i in ids}
    dims_r = [pole_cell(r.pole(d)) for r in rs for d in DIMENSION_KEYS]
    dims_k = [key_cell(k, d, r.pole(d)) for r, k in zip(rs, keys) for d in DIMENSION_KEYS]
    return RaterSummary(
        rater=rf.rater,
        label_kappa=cohen([k.label.value for k in keys], [r.label.value for r in rs]),
        concern_kappa=cohen([concern_cell(k.concern) for k in keys], [concern_cell(r.concern) for r in rs]),
        dimension_kappa=cohen(dims_k, dims_r),
        labels_matching_key=sum(r.label is k.label for r, k in zip(rs, keys)),
        mean_score=_mean(list(fr.values())),
        mean_score_bank=_mean([fr[i] for i in ids if cases[i].kind == "bank"]),
        mean_score_graded=_mean([fr[i] for i in ids if cases[i].kind == "graded"]),
        mean_confidence=round(float(np.mean([r.confidence for r in rs])), 2),
    )


def _columns(raters: list[RaterFile], ids: list[str]) -> dict[str, list[list[str]]]:
    out = {"label": [], "concern": [], "dimensions": []}
    for rf in raters:
        rs = [rf.ratings[i] for i in ids]
        out["label"].append([r.label.value for r in rs])
        out["concern"].append([concern_cell(r.concern) for r in rs])
        out["dimensions"].append([pole_cell(r.pole(d)) for r in rs for d in DIMENSION_KEYS])
    return out


def _contested(raters: list[RaterFile], ids: list[str], cases: dict[str, Case], mapping: Mapping):
    labels, dims = [], []
    for i in ids:
        key, rs = cases[i].key, {rf.rater: rf.ratings[i] for rf in raters}
        given = {n: (r.label.value + (f" ({r.concern.value})" if r.concern else "")) for n, r in rs.items()}
        want = key.label.value + (f" ({key.concern.value})" if key.concern else "")
        if set(given.values()) != {want}:
            labels.append({"case": i, "ref": mapping.refs[i], "key": want, "ratings": given})
        rows = []
        for d in DIMENSION_KEYS:
            marks = {n: pole_cell(r.pole(d)) for n, r in rs.items()}
            keyed = {key_cell(key, d, r.pole(d)) == marks[n] for n, r in rs.items()}
            if keyed != {True}:  # raters who differ only within an acceptable tier agree with the key
                tier = key.tier(d)
                shown = pole_cell(key.pole(d) if tier is not Tier.ACCEPTABLE else key.acceptable[d])
                rows.append({"dimension": d, "key": shown + (" (acceptable)" if tier is Tier.ACCEPTABLE else ""),
                             "ratings": marks})
        if rows:
            dims.append({"case": i, "ref": mapping.refs[i], "key_label": want, "dimensions": rows})
    return labels, dims


def score_panel(raters: list[RaterFile], mapping: Mapping, cases: dict[str, Case],
                in_sample: dict[str, str] | None = None) -> PanelReport:
    """Agreement of a validated panel with the current keys and among its raters.

    ``in_sample`` maps raters whose ratings set keys to their round (:func:`.record.key_setters`):
    their figures are reported apart, as a fit, never as agreement.
    """
    notes, ids = [], []
    for cid, ref in mapping.refs.items():
        if ref not in cases:
            notes.append(f"{cid} ({ref}) is no longer in the course; left out")
            continue
        if mapping.digests.get(cid) and mapping.digests[cid] != cases[ref].digest:
            notes.append(f"{cid} ({ref}): the case text changed after the packet was made; ratings are of the older text")
        ids.append(cid)
    by_id = {cid: cases[mapping.refs[cid]] for cid in ids}
    cols = _columns(raters, ids)
    pairs = [{"raters": [a.rater, b.rater], **{k: cohen(cols[k][x], cols[k][y]) for k in cols}}
             for (x, a), (y, b) in combinations(enumerate(raters), 2)]
    fl = {k: fleiss(v) for k, v in cols.items()} if len(raters) >= 3 else None
    keyed = [(i, d) for i in ids for d in DIMENSION_KEYS if by_id[i].key.pole(d) is not Pole.NONE]
    left_out = sum(all(rf.ratings[i].pole(d) is Pole.NONE for rf in raters) for i, d in keyed)
    alike = 0
    for i in ids:
        for d in DIMENSION_KEYS:
            marks = {rf.ratings[i].pole(d) for rf in raters}
            alike += by_id[i].key.tier(d) is None and len(marks) == 1 and Pole.NONE not in marks
    labels, dims = _contested(raters, ids, by_id, mapping)
    return PanelReport(
        raters=[r.rater for r in raters], cases=len(ids),
        bank_cases=sum(c.kind == "bank" for c in by_id.values()), graded_cases=sum(c.kind == "graded" for c in by_id.values()),
        per_rater=[replace(_rater_summary(rf, ids, by_id), in_sample=(in_sample or {}).get(rf.rater))
                   for rf in raters], pairs=pairs, fleiss=fl,
        key_dimensions=len(keyed), acceptable_dimensions=sum(len(c.key.acceptable) for c in by_id.values()),
        key_dimensions_left_out_by_all=left_out, unkeyed_marked_alike_by_all=alike,
        contested_labels=labels, contested_dimensions=dims, notes=notes,
    )


def _f(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def _rater_rows(r: PanelReport, rows: list[RaterSummary]) -> list[str]:
    out = [f"  {'rater':<16}{'label':>7}{'concern':>9}{'dims':>7}{'labels ok':>11}{'score':>7}{'graded':>8}{'bank':>7}{'conf':>6}"]
    for s in rows:
        out.append(f"  {s.rater[:15]:<16}{_f(s.label_kappa):>7}{_f(s.concern_kappa):>9}{_f(s.dimension_kappa):>7}"
                   f"{f'{s.labels_matching_key}/{r.cases}':>11}{_f(s.mean_score):>7}{_f(s.mean_score_graded):>8}"
                   f"{_f(s.mean_score_bank):>7}{s.mean_confidence:>6.1f}")
    return out


def text(r: PanelReport) -> str:
    """The report as plain text; in-sample raters are shown apart, never as agreement."""
    out = [f"Panel of {len(r.raters)} rater(s) over {r.cases} cases ({r.bank_cases} bank, {r.graded_cases} graded).", ""]
    fresh = [s for s in r.per_rater if not s.in_sample]
    fitted = [s for s in r.per_rater if s.in_sample]
    if fresh:
        out.append("Agreement with the keys, out of sample (raters whose marks never set a key): "
                   "Cohen's kappa and the course rubric:")
        out += _rater_rows(r, fresh)
    if fitted:
        out += ([""] if fresh else []) + ["IN SAMPLE, not agreement: these raters' own round adjudicated the keys from their "
                "marks (" + ", ".join(f"{s.rater}: {s.in_sample}" for s in fitted) + "), so their figures show a fit:"]
        out += _rater_rows(r, fitted)
    if r.pairs:
        out += ["", "Between raters (Cohen's kappa, each pair):"]
        out += [f"  {' & '.join(p['raters'])}: label {_f(p['label'])}, concern {_f(p['concern'])}, dimensions {_f(p['dimensions'])}"
                for p in r.pairs]
    if r.fleiss:
        out.append(f"Fleiss' kappa ({len(r.raters)} raters): label {_f(r.fleiss['label'])}, concern {_f(r.fleiss['concern'])}, "
                   f"dimensions {_f(r.fleiss['dimensions'])}")
    out += ["", f"Required key dimensions: {r.key_dimensions} (acceptable: {r.acceptable_dimensions}); "
                f"required left out by every rater: {r.key_dimensions_left_out_by_all}; "
                f"not keyed but marked alike by every rater: {r.unkeyed_marked_alike_by_all}."]
    out += ["", f"Labels not unanimous or not the key: {len(r.contested_labels)}"]
    for c in r.contested_labels:
        out.append(f"  {c['case']} {c['ref']}: key {c['key']}; " + ", ".join(f"{n} {v}" for n, v in c["ratings"].items()))
    n_cells = sum(len(c["dimensions"]) for c in r.contested_dimensions)
    out += ["", f"Contested dimensions: {n_cells} in {len(r.contested_dimensions)} case(s)"]
    for c in r.contested_dimensions:
        out.append(f"  {c['case']} {c['ref']} (key {c['key_label']})")
        for row in c["dimensions"]:
            out.append(f"    {row['dimension']}: key {row['key']}; " + ", ".join(f"{n} {v}" for n, v in row["ratings"].items()))
    if r.notes:
        out += ["", "Notes:"] + [f"  {n}" for n in r.notes]
    return "\n".join(out)


__all__ = ["PanelReport", "Rating", "cohen", "fleiss", "score_panel", "text"]
