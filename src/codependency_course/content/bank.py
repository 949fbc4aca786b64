"""The vignette bank: loading and validating the cases (package data under ``content/vignettes/``).

Each vignette is one YAML file. :func:`load_bank` validates every file against
:class:`Vignette` and raises :class:`ContentError` naming the file, the vignette id and
the field for every problem it finds, so an author can fix them all in one pass.

The web version's wheel also carries the bank packed as one JSON document (:func:`pack`,
written by ``lite/build.py`` from these same files, never kept in the source tree): in the
browser, reading 60 YAML files with a pure-Python parser on every page load cost more than
the rest of a lesson's preparation. :func:`load_bank` reads it when it is there, through the
same :class:`Vignette` model, so both forms are validated alike.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from codependency_course.rubric import Key
from codependency_course.taxonomy import (
    IDEA_KEYS,
    Concern,
    Label,
    Pole,
    Relationship,
    Role,
    Tier,
    in_dimension_order,
)

MIN_WORDS, MAX_WORDS = 120, 250
PACKED = "bank.json"
"""The packed bank's file name in this package (present only in the web version's wheel)."""


class ContentError(ValueError):
    """One or more vignette files are malformed; the message lists file, id and field."""


class Person(BaseModel):
    """Someone in a vignette; recorded so the bank's diversity can be counted."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    age: int = Field(ge=5, le=105)
    gender: str = Field(min_length=1)
    background: str = Field(min_length=2, description="cultural background, in the person's own terms")
    role: Role | None = None


class Evidence(BaseModel):
    """The pole a vignette shows on one dimension, why, and how firmly the key holds it."""

    model_config = ConfigDict(extra="forbid")
    pole: Pole
    rationale: str = Field(min_length=20)
    tier: Tier = Field(default=Tier.REQUIRED, description="required (default), or acceptable: defensible, free to mark or omit")

    @field_validator("pole")
    @classmethod
    def _shown(cls, pole: Pole) -> Pole:
        if pole is Pole.NONE:
            raise ValueError("list only the dimensions the case shows; leave out the ones it does not")
        return pole


class Vignette(BaseModel):
    """A fictional composite case used for worked examples and practice."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{2,40}$")
    title: str = Field(min_length=3)
    relationship: Relationship
    people: list[Person] = Field(min_length=1)
    text: str
    label: Label
    concern: Concern | None = None
    dimensions: dict[str, Evidence] = Field(
        description="the evidence the case shows; may be empty only when safety comes first (see _label_rules)")
    teaching_point: str = Field(min_length=20)
    difficulty: int = Field(ge=1, le=3)
    near_miss: str | None = Field(default=None, description="what makes this a hard near-miss, if it is one")
    ideas: list[str] = Field(min_length=1)

    @field_validator("text")
    @classmethod
    def _length(cls, text: str) -> str:
        n = len(text.split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            raise ValueError(f"text has {n} words; a vignette needs {MIN_WORDS}-{MAX_WORDS}")
        return text.strip()

    @field_validator("dimensions")
    @classmethod
    def _known_dimensions(cls, dims: dict[str, Evidence]) -> dict[str, Evidence]:
        return in_dimension_order(dims)

    @field_validator("ideas")
    @classmethod
    def _known_ideas(cls, ideas: list[str]) -> list[str]:
        unknown = sorted(set(ideas) - set(IDEA_KEYS))
        if unknown:
            raise ValueError(f"unknown idea(s) {unknown}; see taxonomy.IDEAS for the keys")
        return ideas

    @model_validator(mode="after")
    def _label_rules(self) -> "Vignette":
        if self.label is Label.OTHER_CONCERN and self.concern is None:
            raise ValueError("label other_concern_first needs a 'concern' naming what comes first")
        if self.label is not Label.OTHER_CONCERN and self.concern is not None:
            raise ValueError("'concern' is only for label other_concern_first")
        if self.concern is Concern.SAFETY:
            # Panel policy (content/panel/round-1): a person being harmed is never described by a
            # codependent pole; placating, silence and giving way are realistic responses to danger.
            bad = [k for k, e in self.dimensions.items() if e.pole is Pole.CODEPENDENT]
            if bad:
                raise ValueError(f"a safety case carries no codependent-pole evidence, in any tier; remove {', '.join(bad)}")
        elif not any(e.tier is Tier.REQUIRED for e in self.dimensions.values()):
            raise ValueError("at least one dimension must be required evidence (only a safety case may have none)")
        return self

    def pole(self, key: str) -> Pole:
        """The pole this case shows on a dimension, in either tier (Pole.NONE when it shows none)."""
        ev = self.dimensions.get(key)
        return ev.pole if ev else Pole.NONE

    def poles(self, tier: Tier) -> dict[str, Pole]:
        """``{dimension: pole}`` for the evidence of one tier."""
        return {k: e.pole for k, e in self.dimensions.items() if e.tier is tier}



def _describe(err: ValidationError) -> list[str]:
    out = []
    for e in err.errors():
        field = ".".join(str(p) for p in e["loc"]) or "(whole vignette)"
        out.append(f"field '{field}': {e['msg']}")
    return out


def parse_file(path: Path) -> Vignette:
    """Parse and validate one vignette file; raise ContentError naming file, id and field."""
    import yaml  # here, not at the top: the web version reads the packed bank and never needs it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same result, faster
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as exc:
        raise ContentError(f"{path.name}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ContentError(f"{path.name}: expected a mapping of fields, found {type(data).__name__}")
    vid = data.get("id", "<no id>")
    try:
        return Vignette.model_validate(data)
    except ValidationError as exc:
        lines = "\n".join(f"  {path.name} [id {vid}] {msg}" for msg in _describe(exc))
        raise ContentError(f"{path.name} [id {vid}] is invalid:\n{lines}") from None


def load_dir(folder: Path | str) -> dict[str, Vignette]:
    """Load every ``*.yaml`` in a folder; collect all problems before raising."""
    folder = Path(folder)
    bank: dict[str, Vignette] = {}
    problems: list[str] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            v = parse_file(path)
        except ContentError as exc:
            problems.append(str(exc))
            continue
        if v.id in bank:
            problems.append(f"{path.name} [id {v.id}] field 'id': duplicate id, already used by another file")
        elif path.stem != v.id:
            problems.append(f"{path.name} [id {v.id}] field 'id': the file must be named {v.id}.yaml")
        else:
            bank[v.id] = v
    if problems:
        raise ContentError(f"{len(problems)} problem(s) in the vignette bank at {folder}:\n" + "\n".join(problems))
    return bank


def bank_path() -> Path:
    """Where the packaged vignette files live."""
    return Path(str(resources.files(__package__) / "vignettes"))


@lru_cache(maxsize=1)
def load_bank() -> dict[str, Vignette]:
    """The packaged vignette bank, validated once per process (from its packed form when the package has one)."""
    packed = resources.files(__package__) / PACKED
    if packed.is_file():
        return unpack(packed.read_text(encoding="utf-8"))
    return load_dir(bank_path())


def pack(bank: dict[str, Vignette]) -> str:
    """``bank`` as one JSON document that :func:`unpack` reads back to equal vignettes."""
    return json.dumps({vid: v.model_dump(mode="json") for vid, v in sorted(bank.items())},
                      ensure_ascii=False, indent=None, separators=(",", ":"))


def unpack(document: str) -> dict[str, Vignette]:
    """The bank from :func:`pack`'s JSON, each vignette validated again by :class:`Vignette`."""
    bank = {}
    for vid, data in json.loads(document).items():
        try:
            bank[vid] = Vignette.model_validate(data)
        except ValidationError as exc:
            raise ContentError(f"{PACKED} [id {vid}] is invalid:\n" + "\n".join(f"  {m}" for m in _describe(exc))) from None
    return bank


def get(vignette_id: str) -> Vignette:
    """One vignette by id, with the closest ids suggested when it is unknown."""
    bank = load_bank()
    try:
        return bank[vignette_id]
    except KeyError:
        import difflib

        close = difflib.get_close_matches(vignette_id, bank, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise KeyError(f"no vignette with id {vignette_id!r} in the bank{hint}") from None


RENAMED = {
    "devotion-or-control": "the-most-devoted-husband",
    "sister-not-rescuer": "sunday-lunch",
    "indispensable-assistant": "lost-without-her",
    "sixteen-and-tracked": "he-just-cares-more",
    "threat-to-out": "no-one-would-believe-it",
    "ward-manager-never-off": "just-another-nurse",
    "counsellor-after-hours": "just-one-more-message",
    "spare-room-terms": "fourteen-weeks-in-the-spare-room",
    "fathers-bank-card": "a-father-helps-his-son",
    "whats-for-lunch-texts": "which-sandwich",
    "friend-group-counsellor": "the-one-you-call",
    "approve-every-email": "is-this-email-all-right",
    "keeping-the-peace-at-home": "nadia-and-karim",
}
"""Former case id -> current id. Ids that hinted at the answer were renamed after their titles;
answers saved under a former id stay where they are and are read as the renamed case's."""


def current_id(item_id: str) -> str:
    """The id a case has now (a former id is mapped to its new name)."""
    return RENAMED.get(item_id, item_id)


def key_of(v: Vignette) -> Key:
    """The scorer's key for a vignette."""
    return Key(v.label, v.poles(Tier.REQUIRED), v.concern, v.poles(Tier.ACCEPTABLE))
