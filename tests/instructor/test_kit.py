"""The trainee kit holds lessons, the trainee view, the package and the released checks,
and not one line of any hidden test or solution (checked here and by the builder itself)."""

from __future__ import annotations

import shutil
import zipfile

import pytest
from conftest import REPO
from journey_harness import instructor_course as course_copy

from codependency_course.instructor.kit import KitLeak, build, leaks, secret_lines

pytestmark = pytest.mark.grading


@pytest.fixture(scope="module")
def kit(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("kit")
    return build(REPO, tmp / "kit", release_root=course_copy(tmp))


def test_kit_holds_what_a_trainee_needs_and_no_key(kit):
    names = {str(p.relative_to(kit)) for p in kit.rglob("*") if p.is_file()}
    assert {"course/00-start-here.ipynb", "course/00-start-here.py", "course/jupytext.toml",
            "etc/jupyter/trainee/nbgrader_config.py", "release/check-1-foundations/check-1-foundations.ipynb"} <= names
    assert not (kit / "source").exists() and not any("source/" in n for n in names)
    assert not any(n.endswith(".answers.json") or n.startswith("grading/") for n in names)
    released = sorted(p.name for p in (kit / "release").iterdir())
    assert released == sorted(p.name for p in (REPO / "source").iterdir() if p.is_dir())
    [wheel] = list((kit / "wheels").glob("codependency_course-*.whl"))
    members = zipfile.ZipFile(wheel).namelist()
    assert "codependency_course/trainee/widget.py" in members and not any("source/" in m for m in members)
    # every line of every hidden test and mark scheme is absent from every file, wheel members included
    secrets = secret_lines(REPO / "source")
    assert len(secrets) > 40  # the check has something to look for (keys, rationales, mark schemes)
    assert leaks(kit, REPO / "source") == []
    text = "\n".join(p.read_text(errors="replace") for p in kit.rglob("*.ipynb"))
    assert "BEGIN HIDDEN TESTS" not in text and "BEGIN SOLUTION" not in text and "Mark scheme" not in text


def test_a_kit_that_would_hold_a_key_is_refused(tmp_path):
    repo = tmp_path / "repo"
    for name in ("course", "source", "etc"):
        shutil.copytree(REPO / name, repo / name, ignore=shutil.ignore_patterns("*.answers.json*", "lab", "migrated"))
    # a careless author pastes a key line into a lesson
    leaked = sorted(secret_lines(REPO / "source"))[0]
    lesson = repo / "course" / "01-dependence-is-human.py"
    lesson.write_text(lesson.read_text() + f"\n# {leaked}\n")
    with pytest.raises(KitLeak, match="01-dependence-is-human.py"):
        build(repo, tmp_path / "kit", release_root=course_copy(tmp_path), wheel=False)
    assert not (tmp_path / "kit").exists()
