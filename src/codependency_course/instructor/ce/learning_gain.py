"""Learning gain from the pre-test to the post-test (instructor side).

The pre-test is a parallel form of the post-test's ten widget-graded items, so gain is
computed on those items only (the post-test's hand-graded rationales have no pre-test
twin). Scores are shares of the widget points, 0-1, taken from the item analysis
(:func:`~codependency_course.instructor.reports.item_analysis.analyse`), whose rubric is the one that grades.

- Normalised gain per trainee (Hake, 1998): ``g = (post - pre) / (1 - pre)``; undefined when
  the pre-test was already perfect. For the cohort: Hake's class-average gain
  ``(mean post - mean pre) / (1 - mean pre)`` and the mean of individual gains.
- Paired effect size: Cohen's d_z, the mean difference over the standard deviation of the
  differences, with a bootstrap confidence interval (``scipy.stats.bootstrap``, paired
  resampling, BCa; percentile when BCa is degenerate), seeded so a report is reproducible.
- Gain per dimension: post minus pre mastery (share of relevant dimension judgements right).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

PRE_TEST, POST_TEST = "pre-test", "capstone-post-test"
MIN_FOR_CI = 5


def normalised_gain(pre: float, post: float) -> float:
    """Hake's normalised gain for one trainee (scores as shares 0-1); NaN when pre is 1."""
    return float("nan") if pre >= 1 else (post - pre) / (1 - pre)


def d_z(diff) -> float:
    """Cohen's d_z for paired differences (NaN with fewer than two or no spread)."""
    d = np.asarray(diff, dtype=float)
    if d.size < 2:
        return float("nan")
    sd = d.std(ddof=1)
    return float("nan") if sd == 0 else float(d.mean() / sd)


@dataclass(frozen=True)
class CohortGain:
    """The cohort's figures."""

    n: int
    """Trainees with both tests."""
    mean_pre: float
    """Mean pre-test share."""
    mean_post: float
    """Mean post-test share."""
    class_gain: float
    """Hake's class-average normalised gain."""
    mean_gain: float
    """Mean of the individual normalised gains (trainees with a defined gain)."""
    effect_size: float
    """Cohen's d_z."""
    ci: tuple[float, float]
    """Bootstrap 95% confidence interval of d_z."""
    ci_method: str
    """'BCa' or 'percentile'."""

    def lines(self) -> list[str]:
        """The figures as sentences."""
        return [
            f"{self.n} trainees took both tests: mean pre-test {self.mean_pre:.0%}, mean post-test {self.mean_post:.0%}.",
            f"Normalised gain: class average {self.class_gain:.2f}; mean of individual gains {self.mean_gain:.2f}.",
            f"Paired effect size d_z = {self.effect_size:.2f} (95% bootstrap CI {self.ci[0]:.2f} to {self.ci[1]:.2f}, {self.ci_method}).",
        ]


def per_trainee(pre: pd.Series, post: pd.Series) -> pd.DataFrame:
    """One row per trainee with both tests: pre, post, difference, normalised gain."""
    both = pd.DataFrame({"pre": pre, "post": post}).dropna()
    both["difference"] = both["post"] - both["pre"]
    both["normalised_gain"] = [normalised_gain(a, b) for a, b in zip(both["pre"], both["post"])]
    return both


def cohort(pre: pd.Series, post: pd.Series, *, seed: int = 13, resamples: int = 4999) -> CohortGain:
    """Cohort gain and effect size with a bootstrap CI."""
    t = per_trainee(pre, post)
    mp, mq = float(t["pre"].mean()), float(t["post"].mean())
    nan = (float("nan"), float("nan"))
    ci, method = nan, f"not computed (needs at least {MIN_FOR_CI} trainees and some spread)"
    if len(t) >= MIN_FOR_CI and t["difference"].std(ddof=1) > 0:
        for method in ("BCa", "percentile", "not computed (resamples without spread)"):
            if method.startswith("not"):
                ci = nan
                break
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                res = stats.bootstrap((t["pre"].to_numpy(), t["post"].to_numpy()), lambda a, b: d_z(b - a), paired=True,
                                      vectorized=False, n_resamples=resamples, method=method, random_state=np.random.default_rng(seed))
            ci = (float(res.confidence_interval.low), float(res.confidence_interval.high))
            if np.isfinite(ci).all():
                break
    return CohortGain(len(t), mp, mq, normalised_gain(mp, mq), float(t["normalised_gain"].mean()),
                      d_z(t["difference"]), ci, method)


def by_dimension(pre_mastery: pd.DataFrame, post_mastery: pd.DataFrame) -> pd.DataFrame:
    """Per dimension: cohort mean mastery before and after, and the mean paired gain."""
    common = pre_mastery.index.intersection(post_mastery.index)
    a, b = pre_mastery.loc[common], post_mastery.loc[common]
    return pd.DataFrame({"pre mastery": a.mean(), "post mastery": b.mean(), "mean gain": (b - a).mean()}).round(3)


def from_course(course, *, seed: int = 13):
    """Per-trainee table, cohort figures and per-dimension gain for a course's graded tests."""
    from codependency_course.instructor.reports.item_analysis import analyse

    pre, post = analyse(course, PRE_TEST), analyse(course, POST_TEST)
    share = lambda a: a.scores["total"] / a.items["points"].sum()  # noqa: E731
    table = per_trainee(share(pre), share(post))
    return table, cohort(share(pre), share(post), seed=seed), by_dimension(pre.mastery, post.mastery)
