import pytest

from codependency_course.answers import Answer
from codependency_course.rubric import Key, score
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
    key = Key.of("other_concern_first", {}, concern="safety_abuse")  # safety keys hold no codependent pole
    s = score(Answer(label=Label.CODEPENDENT), key)
    assert s.safety_miss and s.points(2) == 0.0
    assert score(Answer(label=Label.OTHER_CONCERN), key).points(2) == 2.0


def test_key_rejects_unknown_dimension_and_pole():
    with pytest.raises(ValueError, match="unknown dimension 'kindness'"):
        Key.of("healthy_interdependence", {"kindness": "healthy"})
    with pytest.raises(ValueError):
        Key.of("healthy_interdependence", {"helping": "sometimes"})


# --- two tiers: required and acceptable evidence ---------------------------------------

TIERED = Key.of("codependent_pattern", {"helping": "codependent", "self_worth": "codependent"},
                acceptable={"security": "codependent", "emotions": "codependent"})


def test_acceptable_evidence_marked_or_left_out_neither_costs_nor_earns():
    req = {"helping": Pole.CODEPENDENT, "self_worth": Pole.CODEPENDENT}
    both = score(Answer(label=Label.CODEPENDENT, dimensions={**req, "security": Pole.CODEPENDENT}), TIERED)
    none = score(Answer(label=Label.CODEPENDENT, dimensions=req), TIERED)
    assert both.fraction == none.fraction == 1.0
    assert {d.key: d.outcome for d in both.dimensions if d.outcome != "not relevant"} == {
        "helping": "correct", "self_worth": "correct", "security": "acceptable", "emotions": "acceptable"}


def test_acceptable_with_the_other_pole_is_an_over_call_and_required_still_costs():
    a = Answer(label=Label.CODEPENDENT, dimensions={"helping": Pole.CODEPENDENT, "security": Pole.HEALTHY})
    s = score(a, TIERED)
    assert {d.key: d.outcome for d in s.dimensions if d.counts} == {
        "helping": "correct", "self_worth": "missed", "security": "over-called"}
    assert s.evidence_fraction == pytest.approx(1 / 3)


def test_key_refuses_a_dimension_in_both_tiers():
    with pytest.raises(ValueError, match="both required"):
        Key.of("healthy_interdependence", {"helping": "healthy"}, acceptable={"helping": "healthy"})
    with pytest.raises(ValueError, match="in acceptable"):
        Key.of("healthy_interdependence", {"helping": "healthy"}, acceptable={"kindness": "healthy"})


def test_feedback_names_defensible_evidence_and_over_calls_against_it():
    from codependency_course.trainee.feedback import ItemFeedback

    a = Answer(label=Label.CODEPENDENT, dimensions={"helping": Pole.CODEPENDENT, "self_worth": Pole.CODEPENDENT,
                                                    "security": Pole.CODEPENDENT, "emotions": Pole.HEALTHY})
    text = ItemFeedback(score(a, TIERED), Label.CODEPENDENT, Label.CODEPENDENT,
                        {"security": "Fear of his leaving may be shaping her choices."}).text()
    assert "Evidence: 2 of 3 relevant dimensions" in text
    assert "Also defensible: Security (codependent pole; you marked it, which neither costs nor earns). Fear of" in text
    assert "✗ over-called: Emotions (case shows: not shown). At most the codependent pole is defensible here." in text


def test_a_safety_case_with_no_evidence_explains_an_over_call_without_blame():
    from codependency_course import content
    from codependency_course.trainee.feedback import SAFETY_EVIDENCE
    from codependency_course.trainee.lesson import CaseView, explain

    v = content.get("no-one-would-believe-it")
    key = Key.of("other_concern_first", {}, "safety_abuse")
    quiet = Answer(label=Label.OTHER_CONCERN)
    assert score(quiet, key).fraction == 1.0  # right label, nothing marked: full marks
    placating = Answer(label=Label.OTHER_CONCERN, dimensions={"security": Pole.CODEPENDENT})
    s = score(placating, key)
    assert s.fraction == 0.5 and [d.outcome for d in s.dimensions if d.counts] == ["over-called"]
    text = explain(v, placating).text()
    assert SAFETY_EVIDENCE in text and "no clear evidence" not in text
    assert SAFETY_EVIDENCE in CaseView(v, analysed=True).text()
