"""Export my answers: the zip holds every answers file; reading it back treats it as hostile."""

from __future__ import annotations

import io
import json
import zipfile

from codependency_course.answers import Answer, read_answers
from codependency_course.taxonomy import Label
from codependency_course.trainee.answers_export import (
    ExportButton,
    export_answers,
    unpack_answers,
)
from codependency_course.trainee.store import AnswerStore


def _answered(folder, name="01-dependence-is-human"):
    AnswerStore(name, folder).record("case-a", Answer(label=Label.HEALTHY), score=1.0)


def test_export_then_unpack_round_trip(tmp_path):
    src = tmp_path / "lessons"
    src.mkdir()
    _answered(src)
    _answered(src, "07-mixed-practice")
    (src / "notes.txt").write_text("not an answers file")
    data, manifest = export_answers(src)
    assert manifest["files"] == ["01-dependence-is-human.answers.json", "07-mixed-practice.answers.json"]
    archive = tmp_path / "my-answers.zip"
    archive.write_bytes(data)
    assert sorted(zipfile.ZipFile(archive).namelist()) == [*manifest["files"], "manifest.json"]

    written, problems = unpack_answers(archive, tmp_path / "instructor")
    assert problems == [] and sorted(p.name for p in written) == manifest["files"]
    doc, issues = read_answers(written[0])
    assert issues == [] and doc.items["case-a"].attempts[0].label == Label.HEALTHY


def test_empty_folder_exports_a_manifest_only(tmp_path):
    data, manifest = export_answers(tmp_path)
    assert manifest["files"] == [] and zipfile.ZipFile(io.BytesIO(data)).namelist() == ["manifest.json"]


def test_hostile_zip_is_read_with_named_problems_and_nothing_overwritten(tmp_path):
    dest = tmp_path / "instructor"
    dest.mkdir()
    (dest / "02-the-nine-dimensions.answers.json").write_text("kept")
    good = tmp_path / "good"
    good.mkdir()
    _answered(good)
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(good / "01-dependence-is-human.answers.json", "01-dependence-is-human.answers.json")
        zf.writestr("../escape.answers.json", "{}")
        zf.writestr("sub/03-x.answers.json", "{}")
        zf.writestr("04-broken.answers.json", "{not json")
        zf.writestr("02-the-nine-dimensions.answers.json", json.dumps({"notebook": "x", "items": {}}))
        zf.writestr("run.py", "print('hi')")
    written, problems = unpack_answers(archive, dest)
    assert [p.name for p in written] == ["01-dependence-is-human.answers.json"]
    text = "\n".join(problems)
    assert "'../escape.answers.json' is not a lesson's answers file" in text
    assert "'sub/03-x.answers.json'" in text and "'run.py'" in text
    assert "04-broken.answers.json" in text and "not valid JSON" in text
    assert "02-the-nine-dimensions.answers.json already exists" in text
    assert (dest / "02-the-nine-dimensions.answers.json").read_text() == "kept"
    assert not (tmp_path / "escape.answers.json").exists()
    assert sorted(p.name for p in dest.iterdir()) == ["01-dependence-is-human.answers.json", "02-the-nine-dimensions.answers.json"]


def test_not_a_zip_is_one_clear_problem(tmp_path):
    bad = tmp_path / "my-answers.zip"
    bad.write_text("hello")
    assert unpack_answers(bad, tmp_path / "out") == ([], [f"{bad.name} is not an exported answers file (File is not a zip file)"])


def test_button_sends_the_zip_to_the_browser(tmp_path):
    _answered(tmp_path)
    button = ExportButton(tmp_path)
    sent = []
    button.send = lambda content, buffers=None: sent.append((content, buffers))
    button._handle(button, {"event": "export"}, [])
    (content, buffers), = sent
    assert content["filename"] == "my-answers.zip" and "1 lesson " in content["text"]
    assert zipfile.ZipFile(io.BytesIO(buffers[0])).namelist() == ["01-dependence-is-human.answers.json", "manifest.json"]
    button._handle(button, {"event": "something else"}, [])
    assert len(sent) == 1
