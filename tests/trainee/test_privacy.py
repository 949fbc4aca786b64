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


# issue 19: what the outcomes report printed verbatim
@pytest.mark.parametrize("text,kind", [
    ("see my page at jo-smith.com/about", "a web address"),
    ("write to jo.smith at example dot com", "an email address"),
    ("jo (at) example (dot) org", "an email address"),
    ("she lives at 14 Elm Grove", "a street address"),
    ("flat 3 Rose House", "a street address"),
    ("Harbour Tower 12, second floor", "a street address"),
    ("born on the 3rd of March 1987", "a full date (such as a date of birth)"),
    ("seen March 3rd, 2024", "a full date (such as a date of birth)"),
    ("on the twenty-first of June", "a full date (such as a date of birth)"),
])
def test_written_out_identifiers_are_found(text, kind):
    assert kind in find_identifiers(text)


def test_redact_withholds_only_the_identifying_spans():
    from codependency_course.trainee.privacy import redact

    text = "Great course. Email jo at example dot com or visit jo-smith.com, 14 Elm Grove, on the 3rd of March."
    out = redact(text)
    assert out.startswith("Great course.")
    for leaked in ("example dot com", "jo-smith.com", "Elm Grove", "3rd of March"):
        assert leaked not in out
    assert "[withheld: a web address]" in out
