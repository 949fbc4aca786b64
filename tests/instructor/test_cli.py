
import pytest

from codependency_course.instructor import cli


def test_errors_are_one_line_without_traceback(capsys, tmp_path):
    with pytest.raises(SystemExit, match="no nbgrader_config.py"):
        cli.main(["--course-root", str(tmp_path), "grade", "check-1-foundations"])
    (tmp_path / "nbgrader_config.py").write_text("")
    assert cli.main(["--course-root", str(tmp_path), "grade", "nope"]) == 2
    err = capsys.readouterr().err
    assert "no collected submissions of nope" in err and "Traceback" not in err
