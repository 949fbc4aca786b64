"""The course's lessons as the lessons themselves state them: title, estimated time, objectives.

Each lesson in ``course/`` opens with a heading, an ``**Estimated time:** N minutes`` line and a
numbered ``## Learning objectives`` list. :func:`read_lessons` parses those headers (nothing is
retyped); ``codependency-course syllabus --write`` stores the result as package data
(``syllabus.json``) so that an assignment fetched into a trainee's home, far from ``course/``,
can still list the objectives. A test checks the packaged copy against the lessons.

Trainee side: imports nothing of ours, needs no pandas.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

PACKAGED = "syllabus.json"
_TITLE = re.compile(r"^# # (\d\d) · (.+)$", re.M)
_TIME = re.compile(r"\*\*Estimated time:\*\*\s*(\d+)\s*minutes")
_OBJ_START = re.compile(r"^# ## Learning objectives\s*$", re.M)
_ITEM = re.compile(r"^#\s+(\d+)\.\s+(.*)$")


@dataclass(frozen=True)
class LessonInfo:
    """One lesson's header."""

    id: str
    """The notebook's name, e.g. ``01-dependence-is-human``."""
    number: str
    """Its two-digit number."""
    title: str
    """Its heading, without the number."""
    minutes: int
    """The estimated time it states."""
    objectives: tuple[str, ...]
    """Its learning objectives, as written (markdown emphasis removed)."""


def _objectives(text: str) -> tuple[str, ...]:
    m = _OBJ_START.search(text)
    if not m:
        return ()
    items: list[str] = []
    for line in text[m.end():].splitlines():
        if line.strip() in ("#", "") and items:
            break
        hit = _ITEM.match(line)
        if hit:
            items.append(hit.group(2).strip())
        elif items and line.startswith("#   "):  # a wrapped objective continues on the next line
            items[-1] += " " + line[1:].strip()
    return tuple(re.sub(r"\*\*(.+?)\*\*", r"\1", it) for it in items)


def parse_lesson(path: Path) -> LessonInfo | None:
    """The header of one py:percent lesson, or None when it states no estimated time."""
    text = Path(path).read_text(encoding="utf-8")
    title, time = _TITLE.search(text), _TIME.search(text)
    if not (title and time):
        return None
    return LessonInfo(Path(path).stem, title.group(1), title.group(2).strip(), int(time.group(1)), _objectives(text))


def read_lessons(course_dir: Path | str) -> list[LessonInfo]:
    """Every lesson in a course folder that states an estimated time, in order."""
    found = (parse_lesson(p) for p in sorted(Path(course_dir).glob("[0-9][0-9]-*.py")))
    return [info for info in found if info is not None]


def to_json(lessons: list[LessonInfo]) -> str:
    """The packaged form."""
    return json.dumps([asdict(x) for x in lessons], indent=1, ensure_ascii=False) + "\n"


def load() -> list[LessonInfo]:
    """The lessons as packaged with the course (see :func:`read_lessons`)."""
    raw = json.loads(resources.files(__package__).joinpath(PACKAGED).read_text(encoding="utf-8"))
    return [LessonInfo(**{**x, "objectives": tuple(x["objectives"])}) for x in raw]


def total_minutes(lessons: list[LessonInfo]) -> int:
    """The sum of the lessons' estimated times."""
    return sum(x.minutes for x in lessons)


def write_packaged(course_dir: Path | str) -> Path:
    """Regenerate ``syllabus.json`` from the lessons."""
    out = Path(__file__).with_name(PACKAGED)
    out.write_text(to_json(read_lessons(course_dir)), encoding="utf-8")
    return out
