from codependency_course import taxonomy as t


def test_three_labels_with_titles_and_help():
    assert [lab.value for lab in t.Label] == ["healthy_interdependence", "codependent_pattern", "other_concern_first"]
    for lab in t.Label:
        assert lab.title and t.LABEL_HELP[lab]


def test_nine_dimensions_each_with_two_poles_and_a_question():
    assert t.DIMENSION_KEYS == (
        "reciprocity", "helping", "identity", "authenticity", "emotions",
        "self_worth", "security", "boundaries", "accountability",
    )
    for d in t.DIMENSIONS:
        assert d.healthy and d.codependent and d.question.endswith("?") and d.source
        assert d.pole_text(t.Pole.HEALTHY) == d.healthy
        assert d.pole_text(t.Pole.NONE) == ""


def test_unknown_dimension_message_lists_valid_keys():
    try:
        t.dimension("kindness")
    except KeyError as exc:
        assert "reciprocity" in str(exc) and "kindness" in str(exc)
    else:
        raise AssertionError("expected KeyError")


def test_every_concern_has_a_first_step():
    for c in t.Concern:
        assert c.title and len(c.first_step) > 40


def test_ideas_cover_every_contrast_and_the_named_seed_ideas():
    keys = set(t.IDEA_KEYS)
    assert {f"contrast_{k}" for k in t.DIMENSION_KEYS} <= keys
    assert {"roles", "need_to_be_needed", "helping_vs_enabling", "harms_both", "cyclical_pattern",
            "any_relationship", "family_of_origin", "therapy_corrective", "interdependence_growth",
            "competence_without_worth", "balance_vs_imbalance"} <= keys
    assert len(keys) == len(t.IDEAS)
