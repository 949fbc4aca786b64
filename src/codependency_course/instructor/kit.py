"""The trainee kit: what a trainee may read, built from the course repository (instructor side).

A certified cohort must never be able to read ``source/`` (the graded checks' keys live in its
hidden tests and mark schemes). ``codependency-course kit DEST`` writes just what trainees need:

``DEST/course/``               the lessons (notebooks, their reviewed .py twins, jupytext.toml)
``DEST/etc/jupyter/trainee/``  the trainee view (Assignment List and Validate, no formgrader)
``DEST/wheels/``               the course package as a wheel, to install into the trainees' Python
``DEST/release/<assignment>/`` the student version of every graded check (keys stripped by nbgrader)

Before it finishes it checks every file it wrote (wheel members included) against every
line of every hidden test and solution in ``source/``, and refuses to leave a kit that holds one.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import nbformat

from codependency_course.answers import SUFFIX

from .keys import BEGIN as HIDDEN_BEGIN
from .keys import END as HIDDEN_END
from .keys import GRADING_MODULES

BLOCKS = ((HIDDEN_BEGIN, HIDDEN_END), ("### BEGIN SOLUTION", "### END SOLUTION"))
LESSON_PATTERNS = ("[0-9]*.ipynb", "[0-9]*.py", "jupytext.toml")
# Lines inside hidden tests that carry no key (the import every hidden test starts with).
NOT_SECRET = tuple(f"from {m} import grade_item" for m in GRADING_MODULES)
# A line counts when it could identify a key: long enough to be more than a wrapped fragment.
MIN_SECRET_CHARS, MIN_SECRET_WORDS = 24, 4


class KitLeak(RuntimeError):
    """The kit would hold a line of a hidden test or solution; nothing is left behind."""


def secret_lines(source_dir: Path) -> set[str]:
    """Every meaningful line inside a hidden-test or solution block of every source notebook."""
    found: set[str] = set()
    for path in sorted(Path(source_dir).glob("*/*.ipynb")):
        for cell in nbformat.read(str(path), as_version=4).cells:
            for begin, end in BLOCKS:
                for chunk in cell.source.split(begin)[1:]:
                    block = chunk.split(end, 1)[0]
                    for line in block.splitlines():
                        text = line.strip().lstrip("#").strip()
                        if len(text) >= MIN_SECRET_CHARS and len(text.split()) >= MIN_SECRET_WORDS and text not in NOT_SECRET:
                            found.add(text)
    return found


def _texts(root: Path):
    """(name, text) of every file under ``root``, wheel and zip members included."""
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if path.suffix in (".whl", ".zip"):
            with zipfile.ZipFile(path) as zf:
                for member in zf.namelist():
                    yield f"{path.relative_to(root)}!{member}", zf.read(member).decode("utf-8", "replace")
        else:
            yield str(path.relative_to(root)), path.read_bytes().decode("utf-8", "replace")


def _is_answers_file(text: str) -> bool:
    """True when the text is an answers document (whatever the file is called)."""
    if not text.lstrip().startswith("{") or '"items"' not in text:
        return False
    try:
        doc = json.loads(text)
    except ValueError:
        return False
    return isinstance(doc, dict) and isinstance(doc.get("items"), dict) and "notebook" in doc


def leaks(kit: Path, source_dir: Path) -> list[str]:
    """``file: line`` for every secret line found in the kit (empty when the kit is clean)."""
    secrets = secret_lines(source_dir)
    found = []
    for name, text in _texts(Path(kit)):
        found += [f"{name}: {line}" for line in secrets if line in text]
        # an answers file (under any name) can hold the key: the instructor's preview answers every item
        if name.endswith(SUFFIX) or _is_answers_file(text):
            found.append(f"{name}: an answers file (it may hold the key's answers)")
    return found


def _build_wheel(repo: Path, wheels: Path) -> None:
    """pip's wheel of the package, built from a copy so the repository gains no build/ folder."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        project.mkdir()
        for name in ("pyproject.toml", "README.md"):
            shutil.copy2(repo / name, project / name)
        shutil.copytree(repo / "src", project / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
        proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir",
                               str(wheels), str(project)], capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"building the course wheel failed:\n{proc.stderr[-2000:]}")


def build(repo: Path, dest: Path, *, release_root: Path | None = None, wheel: bool = True) -> Path:
    """Write the trainee kit for the course in ``repo`` to ``dest`` (which must not exist yet).

    ``release_root`` is an nbgrader course root whose ``release/`` holds the student versions
    (default: ``repo/grading``); every assignment in ``source/`` is generated there first.
    """
    from .course import Course

    repo, dest = Path(repo).resolve(), Path(dest).resolve()
    if dest.exists():
        raise FileExistsError(f"{dest} exists; give a new folder for the kit")
    if dest == repo or repo in dest.parents and (dest.relative_to(repo).parts[0] in ("course", "source", "src")):
        raise ValueError(f"{dest}: put the kit outside the course's own folders")
    try:
        lessons = dest / "course"
        lessons.mkdir(parents=True)
        for pattern in LESSON_PATTERNS:
            for path in sorted((repo / "course").glob(pattern)):
                shutil.copy2(path, lessons / path.name)
        shutil.copytree(repo / "etc" / "jupyter" / "trainee", dest / "etc" / "jupyter" / "trainee",
                        ignore=shutil.ignore_patterns("lab", "migrated", "__pycache__"))
        # a shared, read-only view folder: Jupyter would otherwise try to write this marker into it
        (dest / "etc" / "jupyter" / "trainee" / "migrated").touch()
        root = Path(release_root or repo / "grading")
        course = Course(root, root / "exchange")  # only generate_assignment runs: nothing is released
        for folder in sorted(p for p in (repo / "source").iterdir() if (p / f"{p.name}.ipynb").exists()):
            course.generate(folder.name)
            shutil.copytree(course.root / "release" / folder.name, dest / "release" / folder.name)
        if wheel:
            _build_wheel(repo, dest / "wheels")
        found = leaks(dest, repo / "source")
        if found:
            raise KitLeak("the kit would hold key or solution lines:\n" + "\n".join(found[:20]))
    except BaseException:
        shutil.rmtree(dest, ignore_errors=True)
        raise
    return dest
