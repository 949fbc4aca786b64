"""The one intake for trainee files: every limit refuses with a message naming the file and the problem."""

from __future__ import annotations

import json
import os

import pytest

from codependency_course.answers import UnreadableStore, read_answers, strict_json
from codependency_course.instructor.autograding import intake


def test_a_5000_digit_number_is_refused_never_raised_as_a_conversion_error(tmp_path):
    path = tmp_path / "check.answers.json"
    path.write_text('{"schema_version": 1, "notebook": "check", "items": {}, "n": ' + "9" * 5000 + "}")
    with pytest.raises(UnreadableStore, match="5000 digits"):
        read_answers(path)
    with pytest.raises(ValueError, match="digits"):
        strict_json("[" + "1" * 31 + "]")
    assert strict_json("[123, -4, 1.5]") == [123, -4, 1.5]
    with pytest.raises(ValueError, match="NaN"):
        strict_json('{"a": NaN}')


def test_small_files_are_utf8_and_bounded(tmp_path):
    secret = tmp_path / "submission_secret.txt"
    secret.write_bytes(b"\xff\xfe\x80")
    with pytest.raises(intake.Refused, match="submission_secret.txt is not UTF-8 text"):
        intake.read_secret(secret)
    secret.write_text("a" * 128)
    assert intake.read_secret(secret) == "a" * 128
    secret.write_text("a" * 2000)
    with pytest.raises(intake.Refused, match="over the 1,024-byte limit"):
        intake.read_secret(secret)
    with pytest.raises(intake.Refused, match="is missing"):
        intake.read_stamp(tmp_path / "timestamp.txt")
    link = tmp_path / "timestamp.txt"
    link.symlink_to(secret)
    with pytest.raises(intake.Refused, match="cannot be opened"):
        intake.read_stamp(link)


@pytest.mark.parametrize("text,ok", [("2026-11-30 10:00:00.000000 UTC", True), ("2019-06-01 10:00:00 UTC", False),
                                     ("2999-01-01 00:00:00 UTC", False), ("9" * 60, False), ("", False)])
def test_dates_lie_within_the_course_lifetime(tmp_path, text, ok):
    path = tmp_path / "timestamp.txt"
    path.write_text(text)
    if ok:
        assert intake.read_stamp(path).year == 2026
    else:
        with pytest.raises(intake.Refused, match="timestamp.txt"):
            intake.read_stamp(path)


def test_a_sparse_file_counts_by_its_apparent_size(tmp_path):
    path = tmp_path / "pad.bin"
    with open(path, "wb") as fh:
        fh.truncate(10**9)
    info = os.stat(path)
    assert info.st_blocks * 512 < 10**6 and intake.footprint(info) == 10**9


def test_notebook_limits(tmp_path):
    nb = tmp_path / "n.ipynb"
    nb.write_text(json.dumps({"cells": [{"cell_type": "markdown", "source": "x", "metadata": {}}] * 1001}))
    with pytest.raises(intake.Refused, match="1,001 cells"):
        intake.check_notebook(nb)
    nb.write_text(json.dumps({"cells": [], "metadata": {"x": "y" * 300_000}}))
    with pytest.raises(intake.Refused, match="string of 300,000"):
        intake.check_notebook(nb)
    nb.write_text('{"cells": [], "nbformat": ' + "4" * 5000 + "}")
    with pytest.raises(intake.Refused, match="not a notebook"):
        intake.check_notebook(nb)
