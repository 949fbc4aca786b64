import pytest

from codependency_course.trainee.privacy import REMINDER, find_identifiers


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


@pytest.mark.parametrize("text", [
    "her mobile is 07700 900123", "ring +44 7700 900123", "office 020 7946 0958", "07700900123",
    "+447700900123", "Paris +33 1 23 45 67 89", "(02) 9876 5432", "0161 496 0000", "+1 (555) 201-3344",
    "+49 30 123456",
])
def test_uk_and_international_phone_numbers_are_phone_numbers(text):
    assert find_identifiers(text) == ["a phone number"]


@pytest.mark.parametrize("text", ["from 1990-2005 she cared for him", "score 0.8333 of 12"])
def test_year_ranges_and_decimals_are_not_phone_numbers(text):
    assert "a phone number" not in find_identifiers(text)
