"""The answers file's schema and strict reading (codependency_course.answers): what grading reads."""

import json

import pytest

from codependency_course.answers import (
    SUFFIX,
    Answer,
    UnreadableStore,
    parse_answer,
    read_answers,
)
from codependency_course.taxonomy import Pole


def test_not_shown_poles_are_not_stored():
    a = Answer(dimensions={"identity": Pole.NONE, "helping": Pole.CODEPENDENT})
    assert a.dimensions == {"helping": Pole.CODEPENDENT}


def test_read_for_grading_changes_nothing(tmp_path):
    path = tmp_path / f"quiz{SUFFIX}"
    path.write_text("garbage")
    with pytest.raises(UnreadableStore, match="not valid JSON"):
        read_answers(path)
    assert path.read_text() == "garbage"


def test_future_schema_is_refused_with_field(tmp_path):
    path = tmp_path / f"quiz{SUFFIX}"
    path.write_text(json.dumps({"schema_version": 99, "notebook": "quiz", "items": {}}))
    with pytest.raises(UnreadableStore, match="schema_version"):
        read_answers(path)


def test_parse_answer_names_the_field():
    with pytest.raises(ValueError, match="q3: field 'label'"):
        parse_answer({"label": "maybe"}, where="q3")
    with pytest.raises(ValueError, match="dimensions"):
        parse_answer({"dimensions": {"kindness": "healthy"}})
