"""The partial-credit rubric, used by practice feedback and by graded hidden tests alike.

Rubric (documented for trainees in 00-start-here and for instructors in the README):

* **Label** — half the item's points for the right classification.
* **Evidence** — the other half, for the nine dimensions. A key holds evidence in two
  tiers, set by a blind expert panel: **required** dimensions (the case clearly shows
  them) and **acceptable** ones (defensible, with a stated pole). The dimensions that
  count are the required ones and every other dimension the trainee marked, except an
  acceptable dimension marked with its stated pole. Each counted dimension earns its
  share when the trainee's pole matches a required pole. So missing a required dimension,
  giving it the wrong pole and marking one the key does not hold (over-calling, which
  includes the other pole of an acceptable dimension) all cost the same share, while an
  acceptable dimension marked as stated, or left out, neither costs nor earns. Ticking
  everything earns little.
* **Safety rule** — calling a case "codependent" when abuse or coercion must come first
  earns 0 for the whole item: that error can harm a client.
* **Safety evidence** — a safety case's key holds no codependent pole in any tier
  (:data:`SAFETY_EVIDENCE`, stated wherever a trainee or rater reads the dimensions).
* Scores are rounded to two decimals so grading is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .answers import Answer
from .taxonomy import DIMENSION_KEYS, Concern, Label, Pole, Tier

LABEL_WEIGHT = 0.5
EVIDENCE_WEIGHT = 0.5

SAFETY_EVIDENCE = (
    "Where abuse or coercion comes first, the course marks no dimension with its codependent pole: fear of the "
    "other person, placating, keeping quiet and giving way are realistic responses to danger, not a relational "
    "pattern, and calling them codependent would blame the person being harmed."
)
"""The safety rule for evidence, in one sentence: criteria, lessons 02 and 05 and safety feedback state it."""


@dataclass(frozen=True)
class Key:
    """The correct answer for an item: a label, the required and acceptable poles, the concern if any."""

    label: Label
    """The correct classification."""
    dimensions: dict[str, Pole] = field(default_factory=dict)
    """Required evidence: the pole the case clearly shows on each such dimension."""
    concern: Concern | None = None
    """For 'another concern comes first': which concern."""
    acceptable: dict[str, Pole] = field(default_factory=dict)
    """Acceptable evidence: dimensions where the stated pole is defensible (marking or omitting is free)."""

    @classmethod
    def of(cls, label: str | Label, dimensions: dict[str, str] | None = None, concern: str | None = None,
           acceptable: dict[str, str] | None = None) -> "Key":
        """Build a key from plain strings, checking every value against the taxonomy."""
        req, ok = _poles(dimensions, "dimensions"), _poles(acceptable, "acceptable")
        both = sorted(set(req) & set(ok))
        if both:
            raise ValueError(f"key: {', '.join(both)} cannot be both required (dimensions) and acceptable")
        return cls(Label(label), req, Concern(concern) if concern else None, ok)

    def pole(self, key: str) -> Pole:
        """The required pole on one dimension (Pole.NONE when it is not required)."""
        return self.dimensions.get(key, Pole.NONE)

    def tier(self, key: str) -> Tier | None:
        """Whether a dimension is required, acceptable, or (None) not in the key."""
        return Tier.REQUIRED if key in self.dimensions else Tier.ACCEPTABLE if key in self.acceptable else None


def _poles(mapping: dict[str, str] | None, what: str) -> dict[str, Pole]:
    out = {}
    for k, pole in (mapping or {}).items():
        if k not in DIMENSION_KEYS:
            raise ValueError(f"key: unknown dimension {k!r} in {what}; expected one of {', '.join(DIMENSION_KEYS)}")
        p = Pole(pole)
        if p is not Pole.NONE:
            out[k] = p
    return out


@dataclass(frozen=True)
class DimensionResult:
    """How one dimension of an answer compares with the key."""

    key: str
    """The dimension."""
    expected: Pole
    """The required pole (Pole.NONE when the dimension is not required)."""
    given: Pole
    """What the trainee marked."""
    acceptable: Pole = Pole.NONE
    """The defensible pole when the dimension is acceptable evidence (else Pole.NONE)."""

    @property
    def defensible(self) -> bool:
        """An acceptable dimension marked with its stated pole or left out: neither costs nor earns."""
        return self.acceptable is not Pole.NONE and self.given in (self.acceptable, Pole.NONE)

    @property
    def counts(self) -> bool:
        """Whether this dimension enters the evidence score (required, or marked and not defensible)."""
        return self.expected is not Pole.NONE or (self.given is not Pole.NONE and not self.defensible)

    @property
    def outcome(self) -> str:
        """'correct', 'missed', 'over-called', 'wrong pole', 'acceptable' or 'not relevant'."""
        if self.defensible:
            return "acceptable"
        if not self.counts:
            return "not relevant"
        if self.expected == self.given:
            return "correct"
        if self.given is Pole.NONE:
            return "missed"
        if self.expected is Pole.NONE:
            return "over-called"
        return "wrong pole"


@dataclass(frozen=True)
class Score:
    """The rubric applied to one answer."""

    label_correct: bool
    """Whether the classification matched."""
    dimensions: tuple[DimensionResult, ...]
    """Per-dimension comparison, in taxonomy order."""
    safety_miss: bool
    """True when a safety case was called codependent (whole item scores 0)."""
    answered: bool
    """False when the trainee chose nothing."""

    @property
    def evidence_fraction(self) -> float:
        """Share of the relevant dimensions marked correctly (1.0 if none are relevant)."""
        relevant = [d for d in self.dimensions if d.counts]
        if not relevant:
            return 1.0 if self.answered else 0.0
        return sum(d.outcome == "correct" for d in relevant) / len(relevant)

    @property
    def fraction(self) -> float:
        """Share of the item's points earned, 0 to 1, rounded to 4 places."""
        if not self.answered or self.safety_miss:
            return 0.0
        return round(LABEL_WEIGHT * self.label_correct + EVIDENCE_WEIGHT * self.evidence_fraction, 4)

    def points(self, out_of: float) -> float:
        """Points earned out of an item's maximum, rounded to two decimals."""
        return round(self.fraction * out_of, 2)


def score(answer: Answer | None, key: Key) -> Score:
    """Apply the rubric to one answer (None or an empty answer scores 0)."""
    answer = answer or Answer()
    dims = tuple(DimensionResult(k, key.pole(k), answer.dimensions.get(k, Pole.NONE), key.acceptable.get(k, Pole.NONE))
                 for k in DIMENSION_KEYS)
    safety_miss = key.concern is Concern.SAFETY and answer.label is Label.CODEPENDENT
    return Score(answer.label is key.label, dims, safety_miss, not answer.is_empty)
