import pytest

from codependency_course.scoring import Key, score
from codependency_course.store import Answer
from codependency_course.taxonomy import Label, Pole

KEY = Key.of("codependent_pattern", {"helping": "codependent", "self_worth": "codependent"})


def test_full_marks_for_label_and_exact_evidence():
    a = Answer(label=Label.CODEPENDENT, dimensions={"helping": Pole.CODEPENDENT, "self_worth": Pole.CODEPENDENT})
    assert score(a, KEY).points(2) == 2.0


def test_label_alone_earns_half():
    assert score(Answer(label=Label.CODEPENDENT), KEY).points(2) == 1.0


def test_over_calling_costs_like_missing():
    a = Answer(label=Label.CODEPENDENT, dimensions={"helping": Pole.CODEPENDENT, "self_worth": Pole.CODEPENDENT,
                                                    "identity": Pole.CODEPENDENT})
    s = score(a, KEY)
    assert s.evidence_fraction == pytest.approx(2 / 3)
    outcomes = {d.key: d.outcome for d in s.dimensions if d.counts}
    assert outcomes == {"helping": "correct", "identity": "over-called", "self_worth": "correct"}


def test_wrong_pole_is_not_credit():
    a = Answer(label=Label.HEALTHY, dimensions={"helping": Pole.HEALTHY})
    s = score(a, KEY)
    assert s.fraction == 0.0 and {d.outcome for d in s.dimensions if d.counts} == {"wrong pole", "missed"}


def test_marking_everything_earns_little():
    a = Answer(label=Label.CODEPENDENT, dimensions={k: Pole.CODEPENDENT for k in
               ["reciprocity", "helping", "identity", "authenticity", "emotions", "self_worth", "security", "boundaries", "accountability"]})
    assert score(a, KEY).evidence_fraction == pytest.approx(2 / 9)


def test_nothing_answered_scores_zero():
    assert score(None, KEY).points(3) == 0.0
    assert score(Answer(), KEY).points(3) == 0.0


def test_safety_case_called_codependent_scores_zero():
    key = Key.of("other_concern_first", {"security": "codependent"}, concern="safety_abuse")
    a = Answer(label=Label.CODEPENDENT, dimensions={"security": Pole.CODEPENDENT})
    s = score(a, key)
    assert s.safety_miss and s.points(2) == 0.0
    assert score(Answer(label=Label.OTHER_CONCERN, dimensions={"security": Pole.CODEPENDENT}), key).points(2) == 2.0


def test_key_rejects_unknown_dimension_and_pole():
    with pytest.raises(ValueError, match="unknown dimension 'kindness'"):
        Key.of("healthy_interdependence", {"kindness": "healthy"})
    with pytest.raises(ValueError):
        Key.of("healthy_interdependence", {"helping": "sometimes"})
