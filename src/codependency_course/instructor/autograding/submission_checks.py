"""Check and repair one collected submission before and after grading (instructor side).

Before grading (:func:`preflight`): links and unsafe files are removed, a renamed notebook
is graded under its released name, an unreadable notebook is replaced by the released one
(the trainee's answers live in the answers file, so they still count), duplicated or
deleted locked cells are repaired, and answers files are read strictly. The trainee's own
files are kept beside any repair (``*.as-submitted``). After grading (:func:`postflight`):
edited, deleted or duplicated locked cells, added code cells (never run) and cells that
errored are noted. Every problem is a plain sentence naming the file or cell.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
from collections import Counter
from pathlib import Path

import nbformat

from codependency_course.answers import UnreadableStore, read_answers
from codependency_course.instructor.course import Course
from codependency_course.instructor.course_config import ANSWERS_PATTERN, MAX_FILE_KB

from . import intake
from .collecting import FILE_PROBLEMS, SAFE_NAME
from .windows import RECEIPT


def _source_notebooks(course: Course, assignment: str) -> list[Path]:
    return sorted((course.root.parent / "source" / assignment).glob("*.ipynb"))


def _read_checked(path: Path):
    """The notebook at ``path`` if it passes the intake's shape limits and nbformat's schema, else None."""
    try:
        intake.check_notebook(path)
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        return nb
    except Exception:  # noqa: BLE001 - any failure to read means "unreadable" here
        return None


@functools.lru_cache(maxsize=8)
def _read_released(path: str, _mtime_ns: int, _size: int):
    return nbformat.read(path, as_version=4)


def released_notebook(path: Path):
    """The released notebook at ``path``, read once per process while it is unchanged (every
    trainee's submission is compared with it). Callers only read it, or copy cells out of it."""
    st = path.stat()
    return _read_released(str(path), st.st_mtime_ns, st.st_size)


ORIGINAL = ".as-submitted"


def _keep_original(nb_path: Path) -> Path:
    """Keep the trainee's file untouched beside any repaired copy (once)."""
    aside = nb_path.with_name(nb_path.name + ORIGINAL)
    if not aside.exists():
        shutil.copy(nb_path, aside)
    return aside


def _gid(cell) -> str | None:
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def _drop_duplicate_ids(nb) -> bool:
    """Keep nbgrader metadata on the last copy of a duplicated cell only (as nbgrader's
    DeduplicateIds does), removing it from the others entirely: nbgrader 0.9.6 crashes in
    add_missing_cells on the empty metadata its own deduplication leaves behind."""
    seen: set[str] = set()
    changed = False
    for cell in reversed(nb.cells):
        gid = _gid(cell)
        if gid is None:
            continue
        if gid in seen:
            del cell.metadata["nbgrader"]
            changed = True
        seen.add(gid)
    return changed


def _restore_deleted_cells(nb, released) -> bool:
    """Put back locked and graded cells the trainee deleted, each after its released
    predecessor. (nbgrader's add_missing_cells does this too, but 0.9.6 raises KeyError
    when the predecessor is a locked cell that is not graded, as every item cell here is.)"""
    present = {_gid(c) for c in nb.cells if _gid(c)}
    missing = [c for c in released.cells if _gid(c) and _gid(c) not in present]
    order = [_gid(c) for c in released.cells]
    for cell in missing:
        before = order[: order.index(_gid(cell))]
        positions = [i for i, c in enumerate(nb.cells) if _gid(c) in before]
        nb.cells.insert(positions[-1] + 1 if positions else 0, nbformat.from_dict(cell))
    return bool(missing)


def _drop_forged_cells(nb, released) -> list[str]:
    """Remove nbgrader metadata from cells whose grade id the release does not have (a cell
    the trainee added and dressed as a graded cell): nbgrader would fail the whole notebook."""
    known = {_gid(c) for c in released.cells}
    forged = [c for c in nb.cells if "nbgrader" in c.metadata and c.metadata["nbgrader"].get("grade_id") not in known]
    for c in forged:
        del c.metadata["nbgrader"]
    return [f"{len(forged)} added cell(s) claimed to be graded cells; their grading metadata was removed"] if forged else []


def _repair(nb_path: Path, nb, released) -> list[str]:
    """Forged, duplicated and deleted graded cells repaired in one pass over the notebook, written
    once (the trainee's own file kept beside it) if anything changed."""
    problems = _drop_forged_cells(nb, released)
    changed = bool(problems)
    changed |= _drop_duplicate_ids(nb)
    changed |= _restore_deleted_cells(nb, released)
    if changed:
        _keep_original(nb_path)
        nbformat.write(nb, nb_path)
    return problems


PREFLIGHT = ".preflight.json"


def _screen(folder: Path) -> list[str]:
    """Remove links, special files and unsafe names from a submission (collect already leaves
    them out; this guards submissions that reached submitted/ another way)."""
    problems: list[str] = []
    noted = folder / FILE_PROBLEMS
    if noted.is_file() and not noted.is_symlink():
        try:
            problems += [str(p) for p in json.loads(noted.read_text(encoding="utf-8"))][:50]
        except (ValueError, UnicodeDecodeError):
            pass
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            if path.name in (PREFLIGHT, RECEIPT) or path == noted:
                continue
            if path.is_symlink() or not (path.is_dir() or path.is_file()) or not SAFE_NAME.match(name):
                why = "a symbolic link" if path.is_symlink() else "an unsafe name" if not SAFE_NAME.match(name) else "not a regular file"
                problems.append(f"{os.path.relpath(path, folder)!r} was removed before grading: {why}")
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
                if name in dirnames:
                    dirnames.remove(name)
    return problems




def preflight(course: Course, assignment: str, student: str) -> list[str]:
    """Repair what would stop a submission from being graded; return what was found.

    Repairs change the submission (the trainee's files are kept beside it), so the problems
    found the first time are saved with it and reported again on every later run.
    """
    saved = course.root / "submitted" / student / assignment / PREFLIGHT
    if saved.exists():
        return json.loads(saved.read_text())
    problems = _preflight(course, assignment, student)
    saved.write_text(json.dumps(problems))
    return problems


def _preflight(course: Course, assignment: str, student: str) -> list[str]:
    folder = course.root / "submitted" / student / assignment
    release = course.root / "release" / assignment
    problems: list[str] = _screen(folder)
    for src in _source_notebooks(course, assignment):
        mine = folder / src.name
        if not mine.exists():
            others = sorted(p for p in folder.glob("*.ipynb") if p.name not in {s.name for s in _source_notebooks(course, assignment)})
            if len(others) == 1 and _read_checked(others[0]) is not None:
                shutil.copy(others[0], mine)
                problems.append(f"notebook renamed to {others[0].name}; graded as {src.name}")
            else:
                shutil.copy(release / src.name, mine)
                problems.append(f"{src.name} was not submitted; the released notebook was graded with the saved answers")
        elif (nb := _read_checked(mine)) is None:
            _keep_original(mine)
            shutil.copy(release / src.name, mine)
            problems.append(f"{src.name} is not a valid notebook (kept as {mine.name}{ORIGINAL}); the released notebook "
                            "was graded with the saved answers, so written answers could not be read")
        else:
            problems += _repair(mine, nb, released_notebook(release / src.name))
    for name, check in (("submission_secret.txt", intake.read_secret), ("timestamp.txt", intake.read_stamp)):
        try:
            check(folder / name)
        except intake.Refused as exc:
            problems.append(f"{exc}; this trainee's feedback cannot be released")
    for path in sorted(folder.glob(ANSWERS_PATTERN)):
        try:
            _, issues = read_answers(path)
            problems += issues
        except UnreadableStore as exc:
            problems.append(f"{exc}; its items were scored as unanswered")
    if not list(folder.glob(ANSWERS_PATTERN)):
        problems.append("no answers file was submitted; widget items were scored as unanswered")
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.stat().st_size > MAX_FILE_KB * 1024:
            problems.append(f"{path.name} is {path.stat().st_size / 2**20:.0f} MB, over the {MAX_FILE_KB // 1024} MB limit; not graded")
    return problems


def _checks(cell) -> tuple[str, str | None]:
    meta = cell.metadata.get("nbgrader", {})
    return meta.get("grade_id", ""), meta.get("checksum")


def _changes(released, sub, executed: bool) -> list[str]:
    """Every change to a locked or graded cell, every deleted and added cell, whatever its shape: the
    released notebook is the reference (never the checksums the trainee's own copy carries)."""
    problems: list[str] = []
    ref = {c.metadata["nbgrader"]["grade_id"]: c for c in released.cells if c.metadata.get("nbgrader", {}).get("grade_id")}
    plain = Counter((c.cell_type, c.source) for c in released.cells if not c.metadata.get("nbgrader", {}).get("grade_id"))
    seen: dict[str, int] = {}
    added: dict[str, int] = {}
    for cell in sub.cells:
        gid = _checks(cell)[0] if isinstance(cell.get("metadata"), dict) else ""
        if gid not in ref:
            if plain[(cell.get("cell_type"), cell.get("source"))] > 0:  # a released cell without a grade id
                plain[(cell.get("cell_type"), cell.get("source"))] -= 1
            elif cell.get("source", "").strip() or cell.get("cell_type") == "code":
                added[cell.get("cell_type", "cell")] = added.get(cell.get("cell_type", "cell"), 0) + 1
            continue
        seen[gid] = seen.get(gid, 0) + 1
        orig = ref[gid]
        locked = orig.metadata["nbgrader"].get("locked")
        if seen[gid] == 1 and (cell.get("cell_type") != orig.cell_type or (locked and cell.get("source") != orig.source)):
            what = "locked cell" if locked else "graded cell"
            problems.append(f"{what} {gid} was edited; the original was restored for grading")
    problems += [f"cell {gid} appears {n} times; only one copy was graded" for gid, n in sorted(seen.items()) if n > 1]
    if added.get("code"):
        problems.append(f"{added['code']} added code cell(s) were not run: grading runs no trainee code"
                        if not executed else f"{added['code']} added code cell(s) were run (graded with --execute)")
    problems += [f"{n} added {kind} cell(s) (not graded)" for kind, n in sorted(added.items()) if kind != "code"]
    wanted = {g for g, c in ref.items() if c.metadata["nbgrader"].get("locked") or c.metadata["nbgrader"].get("grade")}
    problems += [f"cell {gid} was deleted; it was restored for grading" for gid in sorted(wanted - set(seen))]
    return problems


def postflight(course: Course, assignment: str, student: str, *, executed: bool = False) -> list[str]:
    """Problems visible after grading: edited, deleted or duplicated locked cells, added code cells, errors."""
    problems: list[str] = []
    for src in _source_notebooks(course, assignment):
        released = released_notebook(course.root / "release" / assignment / src.name)
        sub_path = course.root / "submitted" / student / assignment / src.name
        if sub_path.with_name(sub_path.name + ORIGINAL).exists():
            sub_path = sub_path.with_name(sub_path.name + ORIGINAL)
        try:
            intake.check_notebook(sub_path)
            sub = nbformat.read(sub_path, as_version=4)
        except Exception:  # noqa: BLE001 - already reported by preflight
            sub = None
        if sub is not None:
            try:
                problems += _changes(released, sub, executed)
            except (AttributeError, KeyError, TypeError):
                problems.append(f"{src.name}: the cells' metadata is malformed; the released cells were graded")
        graded = course.root / "autograded" / student / assignment / src.name
        if not graded.exists():
            continue
        for cell in nbformat.read(graded, as_version=4).cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id", "an added cell")
            for out in cell.get("outputs", []):
                if out.get("output_type") == "error":
                    what = ("ran past the time limit and was stopped" if out.get("ename") == "CellTimeoutError" else
                            out.get("evalue") if out.get("ename") == "NotGraded" else f"raised {out.get('ename')}")
                    problems.append(f"cell {gid} {what}")
    return problems
