"""Export my answers: the zip holds every answers file; reading it back treats it as hostile."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

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
    assert "'../escape.answers.json' points outside its folder" in text
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


# --- issue 19: a bounded import; every zip error is one clear message ---------------------------

def _zip(path, members):
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def test_a_zip_bomb_writes_at_most_the_caps(tmp_path):
    from codependency_course.trainee.answers_export import MAX_MEMBERS, MAX_TOTAL, unpack_answers

    big = b"{" + b" " * (5 * 2**20 - 10) + b"}"
    members = [(f"{n:02d}-lesson.answers.json", big) for n in range(40)] + [
        (f"x{n}.answers.json", b"{}") for n in range(MAX_MEMBERS + 10)]
    archive = _zip(tmp_path / "bomb.zip", members)
    assert archive.stat().st_size < 2 * 2**20
    written, problems = unpack_answers(archive, tmp_path / "out")
    total = sum(p.stat().st_size for p in (tmp_path / "out").iterdir())
    assert total <= MAX_TOTAL
    assert any(f"over the limit of {MAX_MEMBERS}" in p for p in problems)


def test_links_and_paths_outside_are_refused(tmp_path):
    import zipfile

    from codependency_course.trainee.answers_export import unpack_answers

    archive = tmp_path / "links.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        info = zipfile.ZipInfo("01-link.answers.json")
        info.external_attr = (0o120777 << 16)
        zf.writestr(info, "/etc/passwd")
        zf.writestr("/abs.answers.json", "{}")
        zf.writestr("../up.answers.json", "{}")
    written, problems = unpack_answers(archive, tmp_path / "out")
    assert written == [] and not (tmp_path / "up.answers.json").exists()
    text = "\n".join(problems)
    assert "'01-link.answers.json' is a link" in text and "'/abs.answers.json'" in text


@pytest.mark.parametrize("kind", ["corrupt", "truncated", "encrypted", "not-a-zip", "bad-compression"])
def test_every_zip_error_is_one_clear_message(tmp_path, kind):
    from codependency_course.trainee.answers_export import unpack_answers

    archive = _zip(tmp_path / "a.zip", [("01-x.answers.json", b'{"notebook": "01-x", "items": {}}' * 50)])
    data = bytearray(archive.read_bytes())
    if kind == "corrupt":
        i = data.index(b"PK\x03\x04") + 40
        data[i:i + 40] = b"\x00" * 40
    elif kind == "truncated":
        data = data[: len(data) // 2]
    elif kind == "encrypted":
        i = data.index(b"PK\x01\x02")
        data[i + 8] |= 1  # the general-purpose "encrypted" flag in the central directory
        j = data.index(b"PK\x03\x04")
        data[j + 6] |= 1
    elif kind == "not-a-zip":
        data = bytearray(b"hello")
    else:
        i = data.index(b"PK\x01\x02")
        data[i + 10] = 99  # an unknown compression method
        j = data.index(b"PK\x03\x04")
        data[j + 8] = 99
    archive.write_bytes(bytes(data))
    written, problems = unpack_answers(archive, tmp_path / "out")  # never raises
    assert written == [] and len(problems) >= 1 and all("a.zip" in p or "01-x" in p for p in problems), problems
