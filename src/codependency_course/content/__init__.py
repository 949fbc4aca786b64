"""The course's content as data: the vignette bank and the syllabus.

- :mod:`.bank` loads and validates the practice vignettes (``vignettes/*.yaml``, one case a
  file), names the file, the id and the field of every problem, gives each case's key for the
  rubric (:func:`key_of`) and maps former case ids to current ones (:data:`RENAMED`);
- :mod:`.syllabus` reads each lesson's title, estimated time and objectives from the lessons
  themselves (``syllabus.json`` is that list, packaged for installs without ``course/``).

Graded items are not here: their text and keys live only in ``source/`` (read by
:mod:`codependency_course.instructor.keys`), so nothing in this room can reach a trainee's key.

May import: the root modules only (:mod:`~codependency_course.taxonomy`, :mod:`~codependency_course.answers`,
:mod:`~codependency_course.rubric`).
The bank's names are re-exported here, so ``from codependency_course import content`` then
``content.get("grocery-rota")`` reads well.
"""

from .bank import (
    MAX_WORDS,
    MIN_WORDS,
    PACKED,
    RENAMED,
    ContentError,
    Evidence,
    Person,
    Vignette,
    bank_path,
    current_id,
    get,
    key_of,
    load_bank,
    load_dir,
    pack,
    parse_file,
    unpack,
)

__all__ = [
    "MAX_WORDS", "MIN_WORDS", "PACKED", "RENAMED", "ContentError", "Evidence", "Person", "Vignette",
    "bank_path", "current_id", "get", "key_of", "load_bank", "load_dir", "pack", "parse_file", "unpack",
]
