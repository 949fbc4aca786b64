"""A screen for text that may identify a real client (a reminder, not a guarantee).

The patterns follow the kinds of identifier in the HIPAA Safe Harbor list that a
trainee is most likely to type by accident: phone numbers, email addresses, full dates
such as a date of birth, record or account numbers, street addresses and web addresses.
"""

from __future__ import annotations

import re

REMINDER = (
    "Privacy: every case here is a fictional composite. Never type anything that could "
    "identify a real client: names, dates of birth, phone numbers, email or street "
    "addresses, record or account numbers."
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("an email address", re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")),
    ("a web address", re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.I)),
    ("a phone number", re.compile(r"(?<!\d)(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{3,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?(?!\d)")),
    ("a full date (such as a date of birth)", re.compile(
        r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
        r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b"
        r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b",
        re.I,
    )),
    ("a record, account or ID number", re.compile(
        r"\b(?:mrn|nhs|ssn|record|account|acct|patient|member|policy|licen[cs]e|id)\s*(?:no\.?|number|#|:)?\s*[:#]?\s*[A-Z0-9-]{4,}\b",
        re.I,
    )),
    ("a long number (record, account or ID)", re.compile(r"(?<![\d.])\d{6,}(?![\d.])")),
    ("a street address", re.compile(
        r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|court|ct|way|close)\b\.?",
        re.I,
    )),
)


def _hit(kind: str, pattern: re.Pattern[str], text: str) -> bool:
    if kind != "a phone number":
        return pattern.search(text) is not None
    # a phone number has at least seven digits; "120-250 words" is a range, not a number
    return any(sum(ch.isdigit() for ch in m.group()) >= 7 for m in pattern.finditer(text))


def find_identifiers(text: str) -> list[str]:
    """Kinds of identifier the text seems to contain, in a fixed order, without repeats."""
    found = []
    for kind, pattern in _PATTERNS:
        if _hit(kind, pattern, text or "") and kind not in found:
            found.append(kind)
    # a long number that is already explained as a phone or record number is not listed twice
    if "a long number (record, account or ID)" in found and len(found) > 1:
        found.remove("a long number (record, account or ID)")
    return found
