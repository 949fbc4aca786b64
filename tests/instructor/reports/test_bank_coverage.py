"""``content-report``: the bank, lessons and graded items meet every coverage threshold, and a
shortfall is named."""

import json

from conftest import REPO

from codependency_course.instructor import cli
from codependency_course.instructor.reports.bank_coverage import (
    THRESHOLDS,
    report,
    shortfalls,
)


def test_content_report_json_meets_every_threshold(capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    assert cli.main(["content-report", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"vignettes", "by_label", "by_dimension", "by_relationship", "by_difficulty", "by_idea"}
    assert shortfalls(data) == []
    assert data["vignettes"] >= THRESHOLDS["vignettes"]
    for idea, d in data["by_idea"].items():
        assert d["lessons"] and len(d["vignettes"]) >= 3, idea
    assert any(d["graded_items"] for d in data["by_idea"].values())


def test_content_report_text(capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    cli.main(["content-report"])
    out = capsys.readouterr().out
    assert "All thresholds hold." in out and "By idea" in out


def test_shortfalls_are_named():
    data = report(REPO)
    data["by_label"]["codependent_pattern"] = 2
    data["by_idea"]["roles"]["lessons"] = []
    gaps = shortfalls(data)
    assert "label codependent_pattern: 2 vignettes (need 8)" in gaps
    assert "idea roles: no lesson uses a case that teaches it" in gaps
