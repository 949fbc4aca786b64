import pytest

from codependency_course.privacy import REMINDER, find_identifiers


@pytest.mark.parametrize("text,kind", [
    ("call her on 555-201-3344 tonight", "a phone number"),
    ("email jo.smith@example.org", "an email address"),
    ("born 03/04/1987", "a full date (such as a date of birth)"),
    ("DOB 12 March 1990", "a full date (such as a date of birth)"),
    ("MRN 00482913", "a record, account or ID number"),
    ("lives at 42 Elm Street", "a street address"),
    ("see www.example.com/profile", "a web address"),
])
def test_identifiers_are_found(text, kind):
    assert kind in find_identifiers(text)


@pytest.mark.parametrize("text", [
    "Ines overrides Rui's wish to manage his own bills; that is enabling.",
    "Two of nine dimensions; she is 52 and he is 27.",
    "Write 100-180 words, or 150 - 250 words.",
    "",
])
def test_ordinary_reasons_pass(text):
    assert find_identifiers(text) == []


def test_reminder_names_the_rule():
    assert "identify a real client" in REMINDER
