"""README's "Layout" and the rooms' docstrings describe the package as it is, module for module."""

from __future__ import annotations

import ast
import re

import pytest
from conftest import REPO

PACKAGE = REPO / "src" / "codependency_course"
MAX_LINES = 310  # "no module over about 300 lines" (issue 15)


def _layout_block() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Layout\n", 1)[1].split("\n## ", 1)[0]
    return section.split("```\n", 2)[1].splitlines()


def _package_entries_in_readme() -> set[str]:
    """Paths under src/codependency_course/ that the Layout block names, from its indentation."""
    lines = _layout_block()
    start = lines.index("src/codependency_course/")
    found, stack = set(), []
    for line in lines[start + 1:]:
        depth = (len(line) - len(line.lstrip(" "))) // 2
        if depth == 0:
            break
        name = line.split()[0]
        stack[depth - 1:] = [name.rstrip("/")]
        found.add("/".join(stack) + ("/" if name.endswith("/") else ""))
    return found


def _package_entries() -> set[str]:
    out = set()
    for p in PACKAGE.rglob("*"):
        rel = p.relative_to(PACKAGE)
        if "__pycache__" in rel.parts or p.suffix in (".yaml", ".json", ".pyc") or "vignettes" in rel.parts[:-1]:
            continue
        if p.is_dir():
            out.add(f"{rel.as_posix()}/")
        elif p.suffix == ".py" and (p.name != "__init__.py" or p.parent == PACKAGE):
            out.add(rel.as_posix())
    return out


def test_readme_layout_names_every_module_and_folder_and_nothing_else():
    readme, tree = _package_entries_in_readme(), _package_entries()
    assert not tree - readme, f"in the package, missing from README Layout: {sorted(tree - readme)}"
    assert not readme - tree, f"in README Layout, not in the package: {sorted(readme - tree)}"


ROOMS = sorted(p.parent for p in PACKAGE.rglob("__init__.py") if p.parent != PACKAGE and "__pycache__" not in p.parts)


@pytest.mark.parametrize("room", ROOMS, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_each_room_docstring_names_its_modules_and_what_it_may_import(room):
    doc = ast.get_docstring(ast.parse((room / "__init__.py").read_text(encoding="utf-8"))) or ""
    members = sorted({p.stem for p in room.glob("*.py") if p.name != "__init__.py"}
                     | {p.name for p in room.iterdir() if (p / "__init__.py").is_file()})
    missing = [m for m in members if not re.search(rf"\.{m}\b", doc)]
    assert not missing, f"{room.name}/__init__.py does not describe {missing}"
    assert "May import" in doc, f"{room.name}/__init__.py does not say what it may import"


def test_no_module_is_over_about_300_lines():
    sizes = {p.relative_to(PACKAGE).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.rglob("*.py")}
    over = {k: v for k, v in sizes.items() if v > MAX_LINES}
    assert not over, f"split these modules: {over}"
