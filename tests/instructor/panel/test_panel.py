"""The blind panel: the packet gives nothing away, and scoring gives hand-checkable kappas."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import nbformat
import pytest

from codependency_course import content
from codependency_course.instructor import cli
from codependency_course.instructor.panel.cases import Case, all_cases
from codependency_course.instructor.panel.export import opaque_ids, reflow, write_packet
from codependency_course.instructor.panel.ratings import (
    Mapping,
    RatingsError,
    read_panel,
    read_ratings,
)
from codependency_course.instructor.panel.score import score_panel, text
from codependency_course.rubric import Key


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def _sentences(s: str) -> list[str]:
    return [x for x in re.split(r"(?<=[.!?;:])\s+", " ".join(s.split())) if len(x.split()) >= 4]


def _hidden_texts(repo: Path) -> tuple[list[str], list[str]]:
    """Rationales and teaching points of the graded items, read from their hidden tests."""
    rationales, points = [], []
    for nb in sorted((repo / "source").glob("*/*.ipynb")):
        for cell in nbformat.read(str(nb), as_version=4).cells:
            if "grade_item(" not in cell.source:
                continue
            for node in ast.walk(ast.parse(cell.source)):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "grade_item":
                    kw = {k.arg: ast.literal_eval(k.value) for k in node.keywords}
                    rationales += list((kw.get("rationales") or {}).values())
                    points.append(kw.get("teaching_point", ""))
    return rationales, [p for p in points if p]


@pytest.fixture(scope="module")
def packet(tmp_path_factory, repo):
    root = tmp_path_factory.mktemp("panel")
    files, mapping = write_packet(root / "packet", repo, seed=5)
    return root / "packet", files, mapping


def test_packet_holds_every_case_under_opaque_ids(packet, repo):
    folder, files, mapping = packet
    assert {f.name for f in files} == {"README.md", "criteria.md", "lessons.md", "cases.md", "cases.jsonl"}
    assert mapping.parent == folder.parent and not mapping.is_relative_to(folder)
    cases = all_cases(repo)
    lines = [json.loads(x) for x in (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(cases) >= 89
    assert all(set(x) == {"case", "text"} and re.fullmatch(r"C\d{3}", x["case"]) for x in lines)
    doc = json.loads(mapping.read_text(encoding="utf-8"))
    assert sorted(v["ref"] for v in doc["cases"].values()) == sorted(cases)
    shown = {_norm(x["text"]) for x in lines}
    assert all(_norm(c.text) in shown for c in cases.values())
    order = [v["ref"] for v in doc["cases"].values()]
    assert order != sorted(order), "ids must be shuffled, not in reference order"
    assert opaque_ids(list(cases), 5) == {k: v["ref"] for k, v in doc["cases"].items()}, "seeded: same seed, same ids"
    assert opaque_ids(list(cases), 6) != opaque_ids(list(cases), 5)


def test_packet_holds_no_key_id_file_name_rationale_or_teaching_point(packet, repo):
    folder, files, _ = packet
    raw = "\n".join(f.read_text(encoding="utf-8") for f in files)
    texts = [json.loads(x)["text"] for x in (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    blob = _norm(raw + "\n".join(texts))  # also the decoded JSON strings
    bank = content.load_bank()
    # outside the case texts themselves (a rationale may quote its case; a title may quote another)
    no_texts = _norm("\n".join(f.read_text(encoding="utf-8") for f in files if f.suffix == ".md"))
    for c in all_cases(repo).values():
        no_texts = no_texts.replace(_norm(c.text), " ")
    md = (folder / "cases.md").read_text(encoding="utf-8")
    for c in all_cases(repo).values():
        md = md.replace(reflow(c.text), "")
    assert set(md.split("\n")) <= {"", "# Cases"} | {f"## Case C{i:03d}" for i in range(1, 1000)}
    for v in bank.values():
        assert v.id not in blob and f"{v.id}.yaml" not in blob, v.id
        assert _norm(v.title) not in no_texts, v.title
        assert _norm(v.teaching_point) not in no_texts, v.id
        for s in _sentences(v.teaching_point) + [s for e in v.dimensions.values() for s in _sentences(e.rationale)]:
            assert _norm(s) not in no_texts, (v.id, s)
        if v.near_miss:
            for s in _sentences(v.near_miss):
                assert _norm(s) not in no_texts, (v.id, s)
    rationales, points = _hidden_texts(repo)
    assert len(rationales) > 40 and len(points) >= 20
    for s in [s for r in rationales + points for s in _sentences(r)]:
        assert _norm(s) not in no_texts, s
    for nb in (repo / "source").glob("*/*.ipynb"):
        assert nb.stem not in blob and nb.name not in blob
    for word in ("hidden tests", ".yaml", ".ipynb", "grade_item", "bank:", "graded:", "teaching point"):
        assert word not in blob, word
    cases_only = _norm((folder / "cases.md").read_text(encoding="utf-8") + (folder / "cases.jsonl").read_text(encoding="utf-8"))
    for word in ("healthy_interdependence", "codependent_pattern", "other_concern_first", "item 1", "classification:"):
        assert word not in cases_only, word


def test_packet_will_not_hide_the_mapping_inside_or_overwrite(tmp_path, repo):
    with pytest.raises(ValueError, match="outside the packet"):
        write_packet(tmp_path / "p", repo, mapping=tmp_path / "p" / "m.json")
    write_packet(tmp_path / "p", repo)
    with pytest.raises(ValueError, match="exists"):
        write_packet(tmp_path / "p", repo)


# --- scoring on a small synthetic panel -------------------------------------------------

H, C, O = "healthy_interdependence", "codependent_pattern", "other_concern_first"
KEYS = {
    "bank:a": Key.of(H, {"reciprocity": "healthy"}),
    "bank:b": Key.of(H, {}),
    "graded:x/q1": Key.of(C, {"helping": "codependent", "self_worth": "codependent"}),
    "graded:x/q2": Key.of(C, {}),
}
CASES = {ref: Case(ref, f"text of {ref}", k) for ref, k in KEYS.items()}
MAPPING = Mapping(Path("m.json"), {"C001": "bank:a", "C002": "bank:b", "C003": "graded:x/q1", "C004": "graded:x/q2"}, {})


def _line(case, label, dims=None, concern=None, confidence=3):
    return json.dumps({"case": case, "label": label, "concern": concern, "dimensions": dims or {}, "confidence": confidence})


def _write(tmp_path, name, lines):
    p = tmp_path / f"ratings-{name}.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


@pytest.fixture
def panel(tmp_path):
    exact = [_line("C001", H, {"reciprocity": "healthy"}), _line("C002", H),
             _line("C003", C, {"helping": "codependent", "self_worth": "codependent"}), _line("C004", C)]
    # bo: calls case 2 codependent, misses self_worth on case 3 and over-calls identity on case 4
    bo = [_line("C001", H, {"reciprocity": "healthy"}), _line("C002", C),
          _line("C003", C, {"helping": "codependent"}), _line("C004", C, {"identity": "codependent"})]
    paths = [_write(tmp_path, "ana", exact), _write(tmp_path, "bo", bo), _write(tmp_path, "cy", exact)]
    return read_panel(paths, MAPPING)


def test_kappas_and_rubric_scores_are_hand_checkable(panel):
    r = score_panel(panel, MAPPING, CASES)
    ana, bo, cy = r.per_rater
    assert (ana.label_kappa, ana.dimension_kappa, ana.mean_score) == (1.0, 1.0, 1.0)
    # labels key H H C C, bo H C C C: po = 3/4, pe = .5*.25 + .5*.75 = .5, kappa = .5
    assert bo.label_kappa == 0.5 and bo.labels_matching_key == 3
    # 36 case x dimension cells. Key: 1 healthy, 2 codependent, 33 none; bo the same margins (self_worth
    # missed, identity over-called), agreeing on 34 of 36 cells: pe = (1*1 + 2*2 + 33*33) / 36^2.
    po, pe = 34 / 36, (1 * 1 + 2 * 2 + 33 * 33) / 36**2
    assert bo.dimension_kappa == round((po - pe) / (1 - pe), 4)
    # rubric: case 2 label wrong (0.5 of evidence: no dims, answered -> 1.0) -> 0.5; case 3 evidence 1/2 -> 0.75;
    # case 4 evidence 0/1 (over-call) -> 0.5; case 1 -> 1.0
    assert bo.mean_score == round((1.0 + 0.5 + 0.75 + 0.5) / 4, 4)
    assert bo.mean_score_bank == 0.75 and bo.mean_score_graded == 0.625
    assert ana.concern_kappa is None  # one category on both sides: kappa is undefined, reported as n/a
    pairs = {tuple(p["raters"]): p for p in r.pairs}
    assert pairs[("ana", "bo")]["label"] == 0.5 and pairs[("ana", "cy")]["label"] == 1.0
    # Fleiss over labels: subjects (HHH, HCH, CCC, CCC): P = 1, 1/3, 1, 1 -> mean 5/6; p_H = 5/12, p_C = 7/12
    pbar, pe_f = 5 / 6, (5 / 12) ** 2 + (7 / 12) ** 2
    assert r.fleiss["label"] == round((pbar - pe_f) / (1 - pe_f), 4) == round(23 / 35, 4)
    assert r.key_dimensions == 3 and r.key_dimensions_left_out_by_all == 0 and r.unkeyed_marked_alike_by_all == 0
    assert [c["case"] for c in r.contested_labels] == ["C002"]
    contested = {c["case"]: [d["dimension"] for d in c["dimensions"]] for c in r.contested_dimensions}
    assert contested == {"C003": ["self_worth"], "C004": ["identity"]}
    out = text(r)
    assert "Fleiss' kappa (3 raters): label 0.66" in out and "C004 graded:x/q2" in out and "bo" in out
    json.dumps(r.as_dict())


def test_two_raters_get_cohen_between_them_and_no_fleiss(panel):
    r = score_panel(panel[:2], MAPPING, CASES)
    assert r.fleiss is None and len(r.pairs) == 1


@pytest.mark.parametrize("line, expected", [
    ("{not json", "line 1: not valid JSON"),
    ("[1, 2]", "line 1: expected a JSON object, found list"),
    (_line("C001", "healthy"), "line 1: field 'label': 'healthy' is not one of"),
    (_line("C001", H, concern="safety_abuse"), "line 1: field '(whole object)': concern must be null"),
    (_line("C001", O), "needs a concern"),
    (_line("C001", H, {"helpin": "healthy"}), "unknown dimension(s) ['helpin']"),
    (_line("C001", H, {"helping": "not_shown"}), "field 'dimensions.helping'"),
    (_line("C001", H, confidence=0), "field 'confidence'"),
    (_line("C001", H, confidence="5"), "field 'confidence'"),
    (_line("C001", H, confidence=True), "field 'confidence'"),
    (_line("C009", H), "field 'case': 'C009' is not a case id in this packet"),
    (json.dumps({"case": "C001", "label": H, "concern": None, "dimensions": {}, "confidence": 3, "key": 1}), "field 'key'"),
    (json.dumps({"case": "C001", "label": H, "dimensions": {}, "confidence": 3}), "field 'concern': Field required"),
])
def test_bad_lines_are_named_by_file_line_and_field(tmp_path, line, expected):
    p = _write(tmp_path, "eve", [line])
    with pytest.raises(RatingsError) as err:
        read_ratings(p, MAPPING)
    assert "ratings-eve.jsonl" in str(err.value) and expected in str(err.value)


def test_bad_files_are_refused_with_clear_messages(tmp_path):
    ok = [_line(c, H) for c in ("C001", "C002", "C003", "C004")]
    cases = {
        "dup": (ok + [_line("C001", H)], "line 5: field 'case': C001 is rated twice"),
        "short": (ok[:3], "1 case(s) not rated: C004"),
        "blank": (ok[:2] + [""] + ok[2:], "line 3: blank line"),
        "empty": ([], "the file is empty"),
    }
    for name, (lines, expected) in cases.items():
        with pytest.raises(RatingsError, match=re.escape(expected)):
            read_ratings(_write(tmp_path, name, lines), MAPPING)
    raw = tmp_path / "ratings-bin.jsonl"
    raw.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(RatingsError, match="not UTF-8"):
        read_ratings(raw, MAPPING)
    with pytest.raises(RatingsError, match="no such ratings file"):
        read_ratings(tmp_path / "ratings-nobody.jsonl", MAPPING)
    other = tmp_path / "other"
    other.mkdir()
    a, b = _write(tmp_path, "ana", ok), _write(other, "ana", ok)
    with pytest.raises(RatingsError, match="same rater name"):
        read_panel([a, b], MAPPING)


def test_cli_exports_and_scores_and_reports_bad_files(tmp_path, repo, monkeypatch, capsys):
    monkeypatch.chdir(repo)
    assert cli.main(["panel", "export", "--to", str(tmp_path / "pk"), "--seed", "3"]) == 0
    mapping = tmp_path / "pk-mapping.json"
    doc = json.loads(mapping.read_text(encoding="utf-8"))
    cases = all_cases(repo)
    lines = []
    for cid, v in doc["cases"].items():
        k = cases[v["ref"]].key
        lines.append(_line(cid, k.label.value, {d: p.value for d, p in k.dimensions.items()},
                           k.concern.value if k.concern else None, 5))
    good = _write(tmp_path, "keyed", lines)
    capsys.readouterr()
    assert cli.main(["panel", "score", str(good), "--mapping", str(mapping), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["per_rater"][0]["mean_score"] == 1.0 and rep["per_rater"][0]["dimension_kappa"] == 1.0
    bad = _write(tmp_path, "bad", lines[:-1] + ["{}"])
    assert cli.main(["panel", "score", str(bad), "--mapping", str(mapping)]) == 2
    err = capsys.readouterr().err
    assert "ratings-bad.jsonl line" in err and "field 'case'" in err


def test_acceptable_evidence_agrees_with_the_key_and_is_not_contested(tmp_path):
    tiered = dict(CASES)
    tiered["graded:x/q2"] = Case("graded:x/q2", "t", Key.of(C, {}, acceptable={"identity": "codependent"}))
    exact = [_line("C001", H, {"reciprocity": "healthy"}), _line("C002", H),
             _line("C003", C, {"helping": "codependent", "self_worth": "codependent"})]
    ana = _write(tmp_path, "ana", exact + [_line("C004", C)])
    bo = _write(tmp_path, "bo", exact + [_line("C004", C, {"identity": "codependent"})])
    cy = _write(tmp_path, "cy", exact + [_line("C004", C, {"identity": "healthy"})])
    r = score_panel(read_panel([ana, bo, cy], MAPPING), MAPPING, tiered)
    assert [s.dimension_kappa for s in r.per_rater[:2]] == [1.0, 1.0]
    assert [s.mean_score for s in r.per_rater] == [1.0, 1.0, 0.875]  # cy's other pole is an over-call
    assert r.acceptable_dimensions == 1 and r.unkeyed_marked_alike_by_all == 0
    (row,) = r.contested_dimensions
    assert row["case"] == "C004" and row["dimensions"][0]["key"] == "codependent (acceptable)"


def test_hostile_names_and_nesting_are_refused(tmp_path):
    evil = tmp_path / "ratings-\x1b[31mred.jsonl"
    evil.write_text(_line("C001", H) + "\n", encoding="utf-8")
    with pytest.raises(RatingsError, match=r"\\x1b"):
        read_ratings(evil, MAPPING)
    deep = _write(tmp_path, "deep", ["[" * 100_000 + "]" * 100_000])
    with pytest.raises(RatingsError, match="line 1: (JSON nested too deeply|expected a JSON object)"):
        read_ratings(deep, MAPPING)
    big = tmp_path / "ratings-big.jsonl"
    big.write_bytes(b" " * 5_000_001)
    with pytest.raises(RatingsError, match="too large"):
        read_ratings(big, MAPPING)


ROUND_1 = Path("content") / "panel" / "round-1"


def test_the_stored_panel_agrees_with_the_current_keys(repo):
    """Round 1's blind ratings, scored against today's keys, still meet issue 12's thresholds,
    so a key change that breaks agreement with the panel fails CI (see content/panel/README.md)."""
    from codependency_course.instructor.panel.ratings import load_mapping

    folder = repo / ROUND_1
    mapping = load_mapping(folder / "packet-mapping.json")
    raters = read_panel(sorted(folder.glob("ratings-*.jsonl")), mapping)
    r = score_panel(raters, mapping, all_cases(repo))
    assert len(raters) >= 3 and r.cases == len(mapping.refs) >= 100, r.notes
    assert r.fleiss["label"] >= 0.9, text(r)
    for s in r.per_rater:
        assert s.mean_score >= 0.95, (s.rater, s.mean_score, r.notes)
        assert s.dimension_kappa >= 0.85, (s.rater, s.dimension_kappa, r.notes)
    assert not r.contested_labels, r.contested_labels


def test_the_panel_record_stays_instructor_side(repo):
    """The record reveals graded keys (like source/): it lives outside the package and is not package data."""
    import tomllib

    assert (repo / ROUND_1 / "adjudication.csv").is_file()
    data = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))
    globs = [g for v in data["tool"]["setuptools"]["package-data"].values() for g in v]
    assert "vignettes/*.yaml" in globs and not [g for g in globs if "panel" in g or "content" in g or "*" == g]
    assert not list((repo / "src").rglob("*.jsonl")) and not list((repo / "src").rglob("adjudication*"))
