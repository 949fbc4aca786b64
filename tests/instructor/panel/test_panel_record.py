"""The panel's record and the keys agree: every key changed since a round's snapshot has an
adjudication row, every row's outcome is what the key says now (unless a later round changed it),
and raters whose round set keys are reported as in sample, never as agreement."""

from __future__ import annotations

from pathlib import Path

import pytest

from codependency_course.instructor.panel.cases import all_cases, current_ref
from codependency_course.instructor.panel.ratings import load_mapping, read_panel
from codependency_course.instructor.panel.record import (
    adjudication_rows,
    dimension_state,
    key_as_data,
    key_setters,
    keys_before,
    record_dir,
)
from codependency_course.instructor.panel.score import score_panel, text
from codependency_course.taxonomy import DIMENSION_KEYS

LABEL = "(label)"


def _label(key: dict) -> str:
    return key["label"] + (f" ({key['concern']})" if key["concern"] else "")


def _rounds(repo: Path) -> list[Path]:
    return sorted(p for p in record_dir(repo).glob("round-*") if p.is_dir())


@pytest.fixture(scope="module")
def now(repo):
    return {ref: key_as_data(c.key) for ref, c in all_cases(repo).items()}


def _rows_from(repo: Path, start: Path) -> set[tuple[str, str]]:
    """(ref now, dimension) of every adjudication row in this round or a later one."""
    later = [d for d in _rounds(repo) if d.name >= start.name]
    return {(current_ref(r["ref_now"] or r["ref"]), r["dimension"]) for d in later for r in adjudication_rows(d)}


def test_every_changed_key_has_an_adjudication_row(repo, now):
    checked = 0
    for rnd in _rounds(repo):
        before = keys_before(rnd)
        if before is None:
            continue
        rows = _rows_from(repo, rnd)
        missing = []
        for ref, old in before.items():
            ref_now = current_ref(ref)
            if ref_now not in now:
                continue
            if _label(old) != _label(now[ref_now]) and (ref_now, LABEL) not in rows:
                missing.append(f"{ref_now}: label {_label(old)} -> {_label(now[ref_now])}")
            for dim in DIMENSION_KEYS:
                checked += 1
                a, b = dimension_state(old, dim), dimension_state(now[ref_now], dim)
                if a != b and (ref_now, dim) not in rows:
                    missing.append(f"{ref_now}: {dim} {a} -> {b}")
        assert not missing, f"{rnd.name}: keys changed with no adjudication row:\n  " + "\n  ".join(missing)
    assert checked, "no round keeps a keys-before.json snapshot"


def test_every_adjudication_row_is_what_the_key_says_now(repo, now):
    rounds = _rounds(repo)
    wrong = []
    for i, rnd in enumerate(rounds):
        overridden = set().union(*[{(current_ref(r["ref_now"] or r["ref"]), r["dimension"]) for r in adjudication_rows(d)}
                                   for d in rounds[i + 1:]]) if rounds[i + 1:] else set()
        for r in adjudication_rows(rnd):
            ref, dim = current_ref(r["ref_now"] or r["ref"]), r["dimension"]
            if (ref, dim) in overridden or ref not in now or r["outcome"] == "rewritten":
                continue
            key = now[ref]
            if dim == LABEL:
                kept = r["outcome"] == "kept"
                got, want = (_label(key), r["key_before"]) if kept else (key["label"], r["pole_after"])
            else:
                got = dimension_state(key, dim)
                want = {"kept": r["key_before"], "removed": "none"}.get(r["outcome"], f"{r['pole_after']} ({r['outcome']})")
            if got != want:
                wrong.append(f"{rnd.name} {ref} {dim}: row says {want}, key says {got}")
    assert not wrong, "adjudication rows the keys do not follow:\n  " + "\n  ".join(wrong)


def test_raters_whose_round_set_keys_are_reported_in_sample(repo):
    setters = key_setters(repo)
    assert {"social-worker", "family-psychologist", "addictions-counsellor"} <= set(setters)
    r1 = record_dir(repo) / "round-1"
    mapping = load_mapping(r1 / "packet-mapping.json")
    raters = read_panel(sorted(r1.glob("ratings-*.jsonl")), mapping)
    report = score_panel(raters, mapping, all_cases(repo), in_sample=setters)
    assert all(s.in_sample == "round-1" for s in report.per_rater)
    out = text(report)
    assert "IN SAMPLE, not agreement" in out and "out of sample" not in out


OUT_OF_SAMPLE = "round-2-out-of-sample"


def test_fresh_raters_meet_the_out_of_sample_targets(repo):
    """Issue 20: raters who never set a key, scored against today's keys: label kappa >= 0.95,
    dimension kappa >= 0.90, rubric >= 0.95 overall and on the graded items, each. A key change
    that loses agreement with clinicians who never shaped the keys fails here."""
    folder = record_dir(repo) / OUT_OF_SAMPLE
    mapping = load_mapping(folder / "packet-mapping.json")
    raters = read_panel(sorted(folder.glob("ratings-*.jsonl")), mapping)
    report = score_panel(raters, mapping, all_cases(repo), in_sample=key_setters(repo))
    assert len(raters) >= 2 and report.cases == len(mapping.refs) >= 110, report.notes
    assert not report.notes, report.notes  # every case rated is today's text
    for s in report.per_rater:
        assert s.in_sample is None, f"{s.rater} set keys in {s.in_sample}: not out of sample"
        assert s.label_kappa >= 0.95 and s.dimension_kappa >= 0.90, text(report)
        assert s.mean_score >= 0.95 and s.mean_score_graded >= 0.95, text(report)
