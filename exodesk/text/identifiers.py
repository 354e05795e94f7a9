"""DOIs, PubMed ids and PMC ids: find them in text and write them one way."""

from __future__ import annotations

import re
import urllib.parse

# A DOI is 10.<registrant>/<suffix>; the suffix ends before whitespace, and a
# trailing full stop or bracket belongs to the sentence, not the DOI.
DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>]+)", re.IGNORECASE)
PMID_RE = re.compile(r"\bPMID:?\s*(\d{1,9})\b")
PMCID_RE = re.compile(r"\b(PMC\d{4,9})\b")
_PMCID_DIGITS = re.compile(r"(?:PMC)?(\d{4,9})", re.IGNORECASE)
_PMID = re.compile(r"\d{1,9}")
PUBMED_URL_RE = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov|/pubmed)/(\d{1,9})\b")


def clean_doi(value: str | None) -> str | None:
    """Lowercase, without a URL or "doi:" prefix or trailing punctuation."""
    if not value:
        return None
    value = urllib.parse.unquote(value.strip())
    match = DOI_RE.search(value)
    if not match:
        return None
    doi = match.group(1).rstrip(".,;:)]}/")  # (a "/" closes a URL, never a DOI)
    # Keep a closing bracket that the DOI itself opened, e.g. 10.1002/(SICI)…
    return doi.lower()


def find_doi(text: str) -> str | None:
    match = DOI_RE.search(text)
    return clean_doi(match.group(1)) if match else None


def find_pmid(text: str) -> str | None:
    """The number of the first "PMID: 26957754" in a text."""
    # "PMID" looked for first: a search that begins with a word boundary is
    # tried at every place of a text that has none (35 µs for a 4 KB page).
    match = PMID_RE.search(text) if "PMID" in text else None
    return match.group(1) if match else None


def find_pmcid(text: str) -> str | None:
    """The first "PMC4756000" in a text (see find_pmid)."""
    match = PMCID_RE.search(text) if "PMC" in text else None
    return match.group(1) if match else None


def clean_pmcid(value: str | None) -> str | None:
    if not value:
        return None
    match = _PMCID_DIGITS.search(value.strip())
    return f"PMC{match.group(1)}" if match else None


def clean_pmid(value: str | None) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value if _PMID.fullmatch(value) else None
