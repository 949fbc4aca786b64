"""The package's rooms hold: import-linter's contracts (pyproject.toml) pass on the package and
fail on a copy with one deliberate violation each; notebooks import only the trainee room's
public names; paths released before the rooms still import the very same modules."""

from __future__ import annotations

import ast
import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib
from conftest import BIN, REPO

import codependency_course
from codependency_course import trainee

PACKAGE = REPO / "src" / "codependency_course"
CONTRACTS = {c["id"]: c["name"] for c in tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]}


def lint(src_root: Path, config_dir: Path, *ids: str) -> subprocess.CompletedProcess:
    """Run lint-imports on the package found first under ``src_root`` (no cache is written)."""
    env = {**os.environ, "PYTHONPATH": str(src_root)}
    args = [str(BIN / "lint-imports"), "--config", str(config_dir / "pyproject.toml"), "--no-cache", "--no-logo"]
    for i in ids:
        args += ["--contract", i]
    return subprocess.run(args, cwd=config_dir, env=env, capture_output=True, text=True, timeout=300)


def test_the_package_keeps_every_contract():
    proc = lint(REPO / "src", REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for name in CONTRACTS.values():
        assert f"{name} KEPT" in " ".join(proc.stdout.split()), proc.stdout


VIOLATIONS = {
    # contract id: (file to change, the import a careless change would add)
    "taxonomy": ("taxonomy.py", "from codependency_course import rubric"),
    "trainee": ("trainee/widget.py", "from codependency_course.instructor import keys"),
    "cli": ("instructor/kit.py", "from codependency_course.instructor.cli import main"),
    "rooms": ("content/bank.py", "from codependency_course.trainee import store"),
}


@pytest.fixture(scope="module")
def copy_root(tmp_path_factory) -> Path:
    """A copy of the package and its contracts, to break one rule at a time."""
    root = tmp_path_factory.mktemp("rules")
    shutil.copytree(PACKAGE, root / "src" / "codependency_course", ignore=shutil.ignore_patterns("__pycache__", "vignettes"))
    shutil.copy(REPO / "pyproject.toml", root)
    return root


@pytest.mark.parametrize("contract", sorted(VIOLATIONS))
def test_each_contract_fails_on_a_deliberate_violation(copy_root, contract):
    rel, line = VIOLATIONS[contract]
    target = copy_root / "src" / "codependency_course" / rel
    original = target.read_text()
    try:
        target.write_text(original + f"\n{line}  # deliberate violation\n")
        proc = lint(copy_root / "src", copy_root)
    finally:
        target.write_text(original)
    out = " ".join(proc.stdout.split())
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"{CONTRACTS[contract]} BROKEN" in out, proc.stdout
    # the report names the offending module and line
    assert f"codependency_course.{rel.removesuffix('.py').replace('/', '.')}" in out, proc.stdout
    assert lint(copy_root / "src", copy_root, contract).returncode == 0  # and holds again once undone


def test_an_indirect_route_from_trainee_to_instructor_is_caught_too(copy_root):
    """trainee -> content -> instructor is as much a leak as a direct import."""
    bank = copy_root / "src" / "codependency_course" / "content" / "bank.py"
    original = bank.read_text()
    try:
        bank.write_text(original + "\nfrom codependency_course.instructor import keys  # deliberate violation\n")
        proc = lint(copy_root / "src", copy_root, "trainee")
    finally:
        bank.write_text(original)
    assert proc.returncode == 1 and "codependency_course.content.bank -> codependency_course.instructor.keys" in proc.stdout


# -- notebooks see only the trainee room's public names ------------------------------------
def _notebook_imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, module, names) of every import of our package in a py:percent twin."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("codependency_course"):
            found.append((node.lineno, node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name, []) for a in node.names if a.name.startswith("codependency_course")]
    return found


TWINS = sorted(REPO.glob("course/[0-9]*.py")) + sorted(REPO.glob("source/*/*.py"))


@pytest.mark.parametrize("twin", TWINS, ids=lambda p: p.name)
def test_notebooks_import_only_the_trainee_rooms_public_names(twin):
    imports = _notebook_imports(twin)
    assert imports, f"{twin.name}: no import of the course package found"
    for line, module, names in imports:
        where = f"{twin.relative_to(REPO)}, line {line}"
        assert module == "codependency_course.trainee", f"{where}: imports {module}; notebooks import from codependency_course.trainee"
        assert set(names) <= set(trainee.__all__), f"{where}: {sorted(set(names) - set(trainee.__all__))} not public in the trainee room"


def test_every_public_trainee_name_resolves():
    for name in trainee.__all__:
        assert getattr(trainee, name).__module__.startswith("codependency_course.trainee."), name
    with pytest.raises(AttributeError, match="no attribute 'keys'"):
        trainee.keys  # noqa: B018


def test_importing_the_trainee_room_loads_no_widget_until_asked():
    code = ("import sys, codependency_course.trainee.grading; "
            "print(sorted(m for m in ('ipywidgets', 'anywidget', 'codependency_course.instructor') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- paths released before the rooms --------------------------------------------------------
@pytest.mark.parametrize("old", sorted(codependency_course.RELEASED_PATHS))
def test_released_paths_import_the_moved_module_itself(old):
    assert importlib.import_module(old) is importlib.import_module(codependency_course.RELEASED_PATHS[old])


def test_a_graded_cell_written_before_the_rooms_still_runs(tmp_path, capsys):
    """A check notebook fetched from the previous release, word for word, and its hidden test."""
    from codependency_course.answers import Answer
    from codependency_course.trainee.store import AnswerStore

    AnswerStore("check-old", tmp_path).record("q1", Answer(label="healthy_interdependence"), mode="assessment")
    cells = (
        "from codependency_course.assessment import Assessment\n"
        f"quiz = Assessment('check-old', folder=r'{tmp_path}')\n",
        "from codependency_course.grading import check_answered\n"
        f"check_answered('check-old', 'q1', folder=r'{tmp_path}')\n"
        "from codependency_course.grading import grade_item\n"
        f"points = grade_item('check-old', 'q1', folder=r'{tmp_path}', points=2, label='healthy_interdependence',"
        " dimensions={'reciprocity': 'healthy'})\n",
    )
    scope: dict = {}
    for cell in cells:
        exec(compile(cell, "released-cell", "exec"), scope)
    assert scope["points"] == 1.0 and "q1" in capsys.readouterr().out
