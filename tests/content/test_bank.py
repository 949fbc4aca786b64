"""The vignette bank: every file validates, errors name file/id/field, coverage thresholds hold."""

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from codependency_course import content
from codependency_course.taxonomy import DIMENSION_KEYS, Concern, Label, Pole

GOOD = (Path(content.bank_path()) / "grocery-rota.yaml").read_text()


def test_the_packaged_bank_validates():
    bank = content.load_bank()
    assert len(bank) >= 60


def test_thresholds():
    bank = content.load_bank().values()
    labels = Counter(v.label for v in bank)
    assert all(labels[lab] >= 8 for lab in Label)
    for k in DIMENSION_KEYS:
        poles = Counter(v.pole(k) for v in bank if k in v.dimensions)
        assert sum(poles.values()) >= 6, k
        assert poles[Pole.HEALTHY] and poles[Pole.CODEPENDENT], k
    assert len({v.relationship for v in bank}) >= 6
    assert sum(1 for v in bank if v.near_miss and v.difficulty == 3) >= 12


def test_abuse_is_never_codependent():
    safety = [v for v in content.load_bank().values() if v.concern is Concern.SAFETY]
    assert len(safety) >= 8
    for v in safety:
        assert v.label is Label.OTHER_CONCERN
        assert "safety" in (v.teaching_point + " ".join(e.rationale for e in v.dimensions.values())).lower(), v.id
        # panel policy (content/panel/round-1): no codependent pole describes a person being harmed
        assert all(e.pole is not Pole.CODEPENDENT for e in v.dimensions.values()), v.id


def test_safety_policy_is_validated(tmp_path):
    data = yaml.safe_load((Path(content.bank_path()) / "no-one-would-believe-it.yaml").read_text())
    assert data["dimensions"] == {}
    content.Vignette.model_validate(data)  # a safety case may hold no evidence at all
    data["dimensions"] = {"security": {"pole": "codependent", "tier": "acceptable",
                                       "rationale": "Her fear is a realistic response to threats and shoving."}}
    _write(tmp_path, "no-one-would-believe-it.yaml", yaml.safe_dump(data))
    with pytest.raises(content.ContentError, match="safety case carries no codependent-pole evidence.*security"):
        content.load_dir(tmp_path)
    good = yaml.safe_load(GOOD)
    good["dimensions"] = {}
    (tmp_path / "no-one-would-believe-it.yaml").unlink()
    _write(tmp_path, "grocery-rota.yaml", yaml.safe_dump(good))
    with pytest.raises(content.ContentError, match="at least one dimension must be required"):
        content.load_dir(tmp_path)


def test_graded_safety_items_hold_no_codependent_pole(repo):
    from codependency_course.instructor.keys import items_from_notebook

    items = [it for nb in sorted((repo / "source").glob("*/*.ipynb")) for it in items_from_notebook(nb)]
    safety = [it for it in items if it.key.concern is Concern.SAFETY]
    assert safety
    for it in safety:
        poles = {**it.key.dimensions, **it.key.acceptable}
        assert Pole.CODEPENDENT not in poles.values(), (it.assignment, it.item_id)


def _write(tmp_path, name, text):
    (tmp_path / name).write_text(text)
    return tmp_path


def test_errors_name_file_id_and_field(tmp_path):
    bad = GOOD.replace("label: healthy_interdependence", "label: fine").replace("difficulty: 1", "difficulty: 7")
    _write(tmp_path, "grocery-rota.yaml", bad)
    with pytest.raises(content.ContentError) as err:
        content.load_dir(tmp_path)
    msg = str(err.value)
    assert "grocery-rota.yaml [id grocery-rota] field 'label'" in msg
    assert "field 'difficulty'" in msg


def test_all_problems_are_reported_together(tmp_path):
    _write(tmp_path, "a.yaml", ":: not yaml ::\n  - [")
    _write(tmp_path, "grocery-rota.yaml", GOOD.replace("  reciprocity:", "  kindness:"))
    with pytest.raises(content.ContentError) as err:
        content.load_dir(tmp_path)
    msg = str(err.value)
    assert msg.startswith("2 problem(s)") and "a.yaml: not valid YAML" in msg and "kindness" in msg


def test_other_concern_needs_a_concern_and_ids_match_files(tmp_path):
    _write(tmp_path, "grocery-rota.yaml", GOOD.replace("label: healthy_interdependence", "label: other_concern_first"))
    with pytest.raises(content.ContentError, match="needs a 'concern'"):
        content.load_dir(tmp_path)
    (tmp_path / "grocery-rota.yaml").unlink()
    _write(tmp_path, "other-name.yaml", GOOD)
    with pytest.raises(content.ContentError, match="must be named grocery-rota.yaml"):
        content.load_dir(tmp_path)


def test_text_length_is_checked(tmp_path):
    data = yaml.safe_load(GOOD)
    data["text"] = "Too short."
    _write(tmp_path, "grocery-rota.yaml", yaml.safe_dump(data))
    with pytest.raises(content.ContentError, match="field 'text'.*words"):
        content.load_dir(tmp_path)


def test_unknown_id_suggests_close_ones():
    with pytest.raises(KeyError, match="did you mean grocery-rota"):
        content.get("grocery-rotaa")


def test_no_text_copied_from_the_seed_articles(repo):
    tool = repo.parent / "shared" / "tools" / "seed_overlap.py"
    if not tool.exists():
        if os.environ.get("CODEPENDENCY_COURSE_SEEDS_REQUIRED") == "1":
            pytest.fail(f"{tool} is missing: this CI must have ../shared beside the clone")
        pytest.skip(f"{tool} not found: the seed articles live in ../shared beside the repository")
    out = subprocess.run([sys.executable, str(tool), str(repo)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-3000:]
    assert out.stdout.strip().endswith("0 shared runs of 8+ words with the reference articles")


def test_evidence_tiers_default_to_required_and_are_checked(tmp_path):
    from codependency_course.content import key_of
    from codependency_course.taxonomy import Tier

    data = yaml.safe_load(GOOD)
    for e in data["dimensions"].values():  # start from an all-required key
        e.pop("tier", None)
    dims = list(data["dimensions"])
    assert all(e.tier is Tier.REQUIRED for e in content.Vignette.model_validate(data).dimensions.values())
    data["dimensions"][dims[0]]["tier"] = "acceptable"
    v = content.Vignette.model_validate(data)
    key = key_of(v)
    assert dims[0] in key.acceptable and dims[0] not in key.dimensions and set(key.dimensions) == set(dims[1:])
    data["dimensions"][dims[0]]["tier"] = "optional"
    _write(tmp_path, "grocery-rota.yaml", yaml.safe_dump(data))
    with pytest.raises(content.ContentError, match=rf"field 'dimensions.{dims[0]}.tier'"):
        content.load_dir(tmp_path)
    for d in dims:
        data["dimensions"][d]["tier"] = "acceptable"
    _write(tmp_path, "grocery-rota.yaml", yaml.safe_dump(data))
    with pytest.raises(content.ContentError, match="at least one dimension must be required"):
        content.load_dir(tmp_path)


def test_the_packed_bank_reads_back_equal_and_names_a_bad_case():
    """The web version's packed form (``pack``) reads back to the very vignettes the YAML files give."""
    import json

    bank = content.load_dir(content.bank_path())
    document = content.pack(bank)
    assert content.unpack(document) == bank
    data = json.loads(document)
    data["grocery-rota"]["difficulty"] = 7
    with pytest.raises(content.ContentError, match=r"bank.json \[id grocery-rota\].*\n.*field 'difficulty'"):
        content.unpack(json.dumps(data))


def test_the_bank_is_read_from_its_packed_form_when_the_package_has_one(tmp_path, monkeypatch):
    """``load_bank`` prefers ``bank.json`` beside the package's modules (only the web wheel has it)."""
    from codependency_course.content import bank as bank_module

    assert not (Path(content.bank_path()).parent / content.PACKED).exists()  # never in the source tree
    one = {"grocery-rota": content.load_dir(content.bank_path())["grocery-rota"]}
    (tmp_path / content.PACKED).write_text(content.pack(one), encoding="utf-8")
    monkeypatch.setattr(bank_module.resources, "files", lambda package: tmp_path)
    content.load_bank.cache_clear()
    try:
        assert content.load_bank() == one
    finally:
        content.load_bank.cache_clear()
