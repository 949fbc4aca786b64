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
    ("an email address", re.compile(
        r"\b[\w.+-]+\s*(?:\(at\)|\[at\]|\bat\b)\s*[\w-]+\s*(?:\(dot\)|\[dot\]|\bdot\b|\.)\s*"
        r"(?:com|org|net|edu|gov|co|uk|io|info|de|fr|au|ca|us|nhs)\b", re.I)),
    ("a web address", re.compile(
        r"\bhttps?://\S+|\bwww\.\S+"
        r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|info|biz|co\.uk|org\.uk|nhs\.uk|de|fr|au|ca|us)"
        r"(?:/\S*)?\b", re.I)),
    # digit groups joined by spaces, dots or dashes, with an optional +country code and
    # (area code): 555-201-3344, 07700 900123, +44 7700 900123, 020 7946 0958,
    # +33 1 23 45 67 89, (02) 9876 5432; or one run starting with + or 0 (07700900123)
    ("a phone number", re.compile(
        r"(?<![\w+/.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,6}(?:[\s.-]\d{2,6}){1,5}(?![\w/]|\.\d)"
        r"|(?<![\w+])(?:\+|0)\d{9,13}(?!\w)"
    )),
    ("a full date (such as a date of birth)", re.compile(
        r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
        r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b"
        r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
        # written out, with ordinals: "the 3rd of March 1987", "March 3rd, 1987", "3rd March"
        r"|\b\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
        r"|\b(?:january|february|march|april|june|july|august|september|october|november|december)\s+"
        r"\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?"
        r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
        r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
        r"twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)"
        r"\s+of\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
        re.I,
    )),
    ("a record, account or ID number", re.compile(
        r"\b(?:mrn|nhs|ssn|record|account|acct|patient|member|policy|licen[cs]e|id)\s*(?:no\.?|number|#|:)?\s*[:#]?\s*[A-Z0-9-]{4,}\b",
        re.I,
    )),
    ("a long number (record, account or ID)", re.compile(r"(?<![\d.])\d{6,}(?![\d.])")),
    ("a street address", re.compile(
        r"\b\d{1,5}[a-z]?,?\s+(?:[A-Za-z][a-z]+\s){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|"
        r"blvd|court|ct|way|close|place|pl|square|sq|terrace|crescent|gardens|grove|hill|row|walk|parkway|highway|"
        r"mews|house|building|tower|towers|apartments|flats|court|hall|lodge)\b\.?"
        r"|\b(?:flat|apartment|apt|unit|suite|room|floor)\s*#?\s*\d+[a-z]?\b[^.;\n]{0,40}?"
        r"\b(?:street|road|avenue|lane|drive|house|building|tower|court)\b"
        r"|\b(?:[A-Z][a-z]+\s){1,3}(?:Street|Road|Avenue|Lane|Drive|House|Building|Tower|Court)\s+(?:no\.?\s*)?\d{1,5}\b",
        re.I,
    )),
)


def _is_phone(candidate: str) -> bool:
    """Seven to fifteen digits (E.164), and not a date (2024-05-01) or a range of years (1990-2005)."""
    digits = sum(ch.isdigit() for ch in candidate)
    if not 7 <= digits <= 15:
        return False
    return not re.fullmatch(r"(?:1[89]|20)\d\d\s*[-.]\s*(?:1[89]|20)\d\d|\d{4}-\d\d-\d\d", candidate.strip())


def _hit(kind: str, pattern: re.Pattern[str], text: str) -> bool:
    if kind != "a phone number":
        return pattern.search(text) is not None
    # "120-250 words" is a range, not a number: too few digits
    return any(_is_phone(m.group()) for m in pattern.finditer(text))


def redact(text: str) -> str:
    """The text with every span that looks identifying replaced by "[withheld: kind]"."""
    out = text or ""
    for kind, pattern in _PATTERNS:
        if kind == "a long number (record, account or ID)" and not _hit(kind, pattern, out):
            continue
        if kind == "a phone number":
            out = pattern.sub(lambda m: f"[withheld: {kind}]" if _is_phone(m.group()) else m.group(), out)
        else:
            out = pattern.sub(f"[withheld: {kind}]", out)
    return out


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
