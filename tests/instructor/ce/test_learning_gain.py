"""Learning gain and effect size against a case computed by hand."""

import math

import pandas as pd
import pytest

from codependency_course.instructor.ce.learning_gain import (
    by_dimension,
    cohort,
    d_z,
    normalised_gain,
    per_trainee,
)

PRE = pd.Series({"a": 0.2, "b": 0.4, "c": 0.5, "d": 0.6})
POST = pd.Series({"a": 0.6, "b": 0.7, "c": 0.5, "d": 0.9})


def test_normalised_gain_by_hand():
    # (0.6-0.2)/0.8, (0.7-0.4)/0.6, 0/0.5, (0.9-0.6)/0.4
    t = per_trainee(PRE, POST)
    assert t["normalised_gain"].tolist() == pytest.approx([0.5, 0.5, 0.0, 0.75])
    assert math.isnan(normalised_gain(1.0, 1.0))


def test_cohort_gain_and_effect_size_by_hand():
    g = cohort(PRE, POST, resamples=999)
    assert g.n == 4
    assert g.mean_pre == pytest.approx(0.425) and g.mean_post == pytest.approx(0.675)
    assert g.class_gain == pytest.approx(0.25 / 0.575)  # Hake: (0.675-0.425)/(1-0.425)
    assert g.mean_gain == pytest.approx(0.4375)
    # differences 0.4, 0.3, 0.0, 0.3: mean 0.25, sd sqrt(0.09/3) = 0.173205
    assert g.effect_size == pytest.approx(0.25 / math.sqrt(0.03))
    assert math.isnan(g.ci[0]) and "not computed" in g.ci_method  # four trainees: too few for a CI


def test_bootstrap_ci_covers_a_large_effect():
    pre = pd.Series([0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.4, 0.3, 0.5])
    post = pre + pd.Series([0.3, 0.2, 0.25, 0.3, 0.1, 0.2, 0.3, 0.15, 0.35, 0.2])
    g = cohort(pre, post, resamples=1999)
    assert g.ci_method == "BCa" and 0 < g.ci[0] < g.effect_size < g.ci[1]
    assert cohort(pre, post, resamples=1999).ci == g.ci  # seeded: the same every time


def test_effect_size_edge_cases():
    assert math.isnan(d_z([0.1])) and math.isnan(d_z([0.2, 0.2]))
    g = cohort(pd.Series([0.5, 0.5]), pd.Series([0.7, 0.8]))
    assert math.isnan(g.ci[0]) and "not computed" in g.ci_method


def test_gain_per_dimension():
    pre = pd.DataFrame({"Helping": [0.5, 0.0], "Identity": [1.0, 0.5]}, index=["a", "b"])
    post = pd.DataFrame({"Helping": [1.0, 0.5], "Identity": [1.0, 1.0]}, index=["a", "b"])
    t = by_dimension(pre, post)
    assert t.loc["Helping", "mean gain"] == 0.5 and t.loc["Identity", "mean gain"] == 0.25
