"""The web version's submission file: nbgrader's shape, the shared id rule, clear refusals."""

from __future__ import annotations

import io
import zipfile

import pytest

from codependency_course.trainee.submission_file import build, check_id, file_name, members


def test_a_submission_holds_the_notebook_and_answers_in_nbgraders_shape(tmp_path):
    (tmp_path / "check-1-foundations.ipynb").write_text("{}")
    (tmp_path / "check-1-foundations.answers.json").write_text("{}")
    (tmp_path / "notes.txt").write_text("not sent")
    data = build(tmp_path, "check-1-foundations", "trainee-07")
    names = sorted(zipfile.ZipFile(io.BytesIO(data)).namelist())
    assert names == sorted(members("trainee-07", "check-1-foundations"))
    assert names[0] == "trainee-07/check-1-foundations/check-1-foundations.answers.json"
    assert file_name("trainee-07", "check-1-foundations") == "trainee-07+check-1-foundations.zip"


@pytest.mark.parametrize("bad", ["", "a b", "../x", "x" * 65, "-dash", "a,b", "ünï"])
def test_an_id_that_is_not_allowed_is_named(tmp_path, bad):
    (tmp_path / "c.ipynb").write_text("{}")
    assert check_id(bad)
    with pytest.raises(ValueError, match="not allowed"):
        build(tmp_path, "c", bad)


def test_a_missing_notebook_is_named(tmp_path):
    with pytest.raises(ValueError, match="c.ipynb is not in"):
        build(tmp_path, "c", "t1")
