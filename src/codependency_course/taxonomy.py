"""The course's one vocabulary: labels, the nine dimensions, roles, origins, relationship
types and the source ideas the course teaches.

Every other module (widgets, content validation, the rubric, analytics, reports) imports
these names; nothing else spells a label or a dimension out. Descriptions are written in
the course's own words; ``source`` says where the idea comes from (see
``shared/CLINICAL_REFERENCE.md`` for the full references).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

MARTIN_2019 = "Sharon Martin, LCSW, Psych Central blog (2019): dependency contrasted with codependency."
HOLDING_SPACE = "The Holding Space. Dependence vs. codependence (practice blog post)."


class Label(str, Enum):
    """The classification a trainee gives a whole case."""

    HEALTHY = "healthy_interdependence"
    CODEPENDENT = "codependent_pattern"
    OTHER_CONCERN = "other_concern_first"

    @property
    def title(self) -> str:
        """The label as a trainee reads it in a widget or a report."""
        return LABEL_TITLES[self]


LABEL_TITLES = {
    Label.HEALTHY: "Healthy interdependence",
    Label.CODEPENDENT: "Codependent pattern",
    Label.OTHER_CONCERN: "Another concern comes first",
}

LABEL_HELP = {
    Label.HEALTHY: "Both people give and receive; each stays a whole person and could cope alone.",
    Label.CODEPENDENT: "Care runs mostly one way and the giver's worth rests on being needed.",
    Label.OTHER_CONCERN: "Safety, a personality or caregiving problem, or detachment must be addressed before any relational formulation.",
}


class Concern(str, Enum):
    """What 'another concern comes first' can mean; vignettes with that label name one."""

    SAFETY = "safety_abuse"
    DEPENDENT_PERSONALITY = "dependent_personality_features"
    CAREGIVER_STRAIN = "caregiver_strain"
    DETACHMENT = "dysfunctional_detachment"

    @property
    def title(self) -> str:
        """The concern as a trainee reads it."""
        return CONCERN_TITLES[self]

    @property
    def first_step(self) -> str:
        """What a clinician does first when this concern is present."""
        return CONCERN_FIRST_STEPS[self]


CONCERN_TITLES = {
    Concern.SAFETY: "Safety: abuse or coercion",
    Concern.DEPENDENT_PERSONALITY: "Dependent-personality features",
    Concern.CAREGIVER_STRAIN: "Caregiver strain under real demands",
    Concern.DETACHMENT: "Dysfunctional detachment",
}

CONCERN_FIRST_STEPS = {
    Concern.SAFETY: (
        "Assess safety privately before anything else (a validated screen such as HITS or "
        "WAST), plan for safety, and never frame the person being harmed as sharing "
        "responsibility for the abuse."
    ),
    Concern.DEPENDENT_PERSONALITY: (
        "Assess for a pervasive pattern of seeking care (dependent personality features) "
        "that began by early adulthood; the problem is needing to be looked after, not "
        "needing to be needed."
    ),
    Concern.CAREGIVER_STRAIN: (
        "Measure the real load (for example with the Zarit Burden Interview) and arrange "
        "respite and practical support; heavy demands explain the strain."
    ),
    Concern.DETACHMENT: (
        "Explore avoidance of all reliance on others; refusing help at any cost is not "
        "health, and flexible help-seeking is the goal."
    ),
}


class Pole(str, Enum):
    """Which end of a dimension a case shows; NONE means the case gives no evidence."""

    HEALTHY = "healthy"
    CODEPENDENT = "codependent"
    NONE = "not_shown"

    @property
    def title(self) -> str:
        """The pole as a trainee reads it."""
        return POLE_TITLES[self]


class Tier(str, Enum):
    """How firmly a key holds a dimension's evidence (the rubric's two tiers)."""

    REQUIRED = "required"
    """The case clearly shows this pole: leaving it out or giving the other pole costs."""
    ACCEPTABLE = "acceptable"
    """Defensible: marking this pole or leaving the dimension out neither costs nor earns."""


POLE_TITLES = {Pole.HEALTHY: "Healthy pole", Pole.CODEPENDENT: "Codependent pole", Pole.NONE: "Not shown"}


@dataclass(frozen=True)
class Dimension:
    """One of the nine contrasts a trainee looks for in a case."""

    key: str
    """Stable identifier used in data files and answer stores."""
    title: str
    """Short name shown in widgets and reports."""
    healthy: str
    """What the healthy (interdependent) pole looks like, in the course's words."""
    codependent: str
    """What the codependent pole looks like, in the course's words."""
    question: str
    """The question a clinician asks of a case for this dimension."""
    source: str = MARTIN_2019
    """Where the contrast comes from."""

    def pole_text(self, pole: Pole) -> str:
        """Description of one pole (empty for Pole.NONE)."""
        return {Pole.HEALTHY: self.healthy, Pole.CODEPENDENT: self.codependent}.get(pole, "")


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension(
        "reciprocity",
        "Reciprocity",
        "Reliance flows both ways in roughly equal measure.",
        "One person does nearly all the giving and gets little back.",
        "Who gives, who receives, and does it even out over time?",
    ),
    Dimension(
        "helping",
        "Helping vs enabling",
        "Help builds the other person's skills and independence.",
        "'Help' that shields the other from consequences and keeps them reliant.",
        "Does the help make the other person more capable, or keep them stuck?",
    ),
    Dimension(
        "identity",
        "Identity",
        "Each person stays a separate, whole self inside the relationship.",
        "Selves blur together: one person's moods and plans become the other's.",
        "Where does one person end and the other begin?",
    ),
    Dimension(
        "authenticity",
        "Authenticity",
        "Each person keeps their own interests, aims and values.",
        "One person drops their own interests, goals or values to fit the other.",
        "Can each person be themselves, or has one of them gone missing?",
    ),
    Dimension(
        "emotions",
        "Emotions",
        "Each person feels and names their own emotions.",
        "One person soaks up the other's feelings and mutes their own.",
        "Whose feelings get room, and whose are hidden or unnoticed?",
    ),
    Dimension(
        "self_worth",
        "Self-worth",
        "A person's sense of value holds steady even when the other is unhappy.",
        "A person feels worthwhile only while pleasing or being needed by the other.",
        "Does this person's sense of worth depend on the other's mood or need?",
    ),
    Dimension(
        "security",
        "Security",
        "The relationship feels safe; closeness is not under constant threat.",
        "Dread of rejection, criticism or being left shapes what the person does.",
        "Is the person acting from safety, or from fear of losing the other?",
    ),
    Dimension(
        "boundaries",
        "Boundaries",
        "A person can say no or disagree without drowning in guilt.",
        "Conflict is avoided at all costs; limits are weak and perfection is expected.",
        "Can this person say no, and what happens inside them when they do?",
    ),
    Dimension(
        "accountability",
        "Accountability",
        "People own their mistakes honestly, which lets both grow.",
        "Denial and defensiveness keep problems hidden and the pattern in place.",
        "Are problems named and owned, or explained away?",
    ),
)

DIMENSION_KEYS: tuple[str, ...] = tuple(d.key for d in DIMENSIONS)
_BY_KEY = {d.key: d for d in DIMENSIONS}


def dimension(key: str) -> Dimension:
    """Look a dimension up by key, with a message listing the valid keys if it is unknown."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown dimension {key!r}; expected one of: {', '.join(DIMENSION_KEYS)}") from None


def in_dimension_order(mapping: dict, *, drop: tuple = ()) -> dict:
    """The mapping keyed by dimension, in taxonomy order, without values in ``drop``.

    Raises ValueError naming any key that is not a dimension (used by every validator).
    """
    unknown = sorted(set(mapping) - set(DIMENSION_KEYS))
    if unknown:
        raise ValueError(f"unknown dimension(s) {unknown}; expected some of {list(DIMENSION_KEYS)}")
    return {k: mapping[k] for k in DIMENSION_KEYS if k in mapping and mapping[k] not in drop}


class Role(str, Enum):
    """The two roles an over-giving relationship assigns."""

    GIVER = "giver"
    TAKER = "taker"


ROLE_DESCRIPTIONS = {
    Role.GIVER: (
        "The caretaker or 'codependent' role: needs to be needed, organises life around "
        "the other's needs and feels relief and worth when meeting them."
    ),
    Role.TAKER: (
        "The taker or 'benefactor' role: receives the care, may be struggling or unwell, "
        "and does not learn to give back or to manage alone."
    ),
}


class Origin(str, Enum):
    """Early experiences the literature links with the over-giving pattern (not causes)."""

    FAMILY_OF_ORIGIN = "family_of_origin"
    PARENTIFICATION = "parentification"
    EMOTIONAL_NEGLECT = "emotional_neglect"
    EARNED_LOVE = "earned_love"
    ILLNESS_OR_ADDICTION_IN_FAMILY = "illness_or_addiction_in_family"


class Relationship(str, Enum):
    """The kind of relationship a vignette portrays."""

    PARTNERS = "partners"
    FRIENDS = "friends"
    PARENT_CHILD = "parent_child"
    SIBLINGS = "siblings"
    WORK = "work"
    CAREGIVING = "caregiving"
    EXTENDED_FAMILY = "extended_family"

    @property
    def title(self) -> str:
        """The relationship type as a reader sees it."""
        return self.value.replace("_", "-").replace("parent-child", "parent–child").capitalize()


@dataclass(frozen=True)
class Idea:
    """A teaching idea taken from one of the two source articles."""

    key: str
    """Stable identifier used by vignettes, lessons and graded items."""
    summary: str
    """The idea in the course's own words."""
    source: str
    """Which article it comes from."""


IDEAS: tuple[Idea, ...] = tuple(
    [
        Idea(f"contrast_{d.key}", f"The {d.title.lower()} contrast: {d.healthy} versus: {d.codependent}", MARTIN_2019)
        for d in DIMENSIONS
    ]
    + [
        Idea("balance_vs_imbalance", "Healthy mutual dependence is roughly even; codependence is a marked imbalance.", HOLDING_SPACE),
        Idea("roles", "Over-giving relationships cast one person as giver/caretaker and the other as taker/benefactor.", HOLDING_SPACE),
        Idea("need_to_be_needed", "The giver's need to be needed, not the taker's need, drives the codependent pattern.", MARTIN_2019),
        Idea("helping_vs_enabling", "Help that empowers differs from enabling that keeps someone reliant, sometimes from fear of losing purpose.", MARTIN_2019),
        Idea("harms_both", "The pattern costs both people: the giver loses self and worth, the taker never learns two-way relating.", HOLDING_SPACE),
        Idea("cyclical_pattern", "The pattern repeats itself and is hard to step out of.", HOLDING_SPACE),
        Idea("any_relationship", "The pattern can appear between partners, friends, relatives, parents and children, or colleagues.", MARTIN_2019),
        Idea("family_of_origin", "Roots often lie in childhood: ill or addicted parents, neglect, love that had to be earned, children meeting adults' needs.", HOLDING_SPACE),
        Idea("therapy_corrective", "Therapy gives a safe place and a corrective relational experience, alone or as a couple.", HOLDING_SPACE),
        Idea("interdependence_growth", "Interdependence supports growth, confidence and self-esteem; the partner is a secure base.", MARTIN_2019),
        Idea("competence_without_worth", "Someone can be highly capable and independent yet still need to be needed to feel worthwhile.", MARTIN_2019),
    ]
)
IDEA_KEYS: tuple[str, ...] = tuple(i.key for i in IDEAS)

DIFFICULTIES = {1: "introductory", 2: "intermediate", 3: "hard near-miss"}
