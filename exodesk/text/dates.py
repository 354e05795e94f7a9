"""Publication dates to ISO 8601 at the precision the source gives.

"2024 Jul 16" -> "2024-07-16", "Dec 2019" -> "2019-12", "1-10-2025" -> "2025-01-10"
(repository pages in the US write month-day-year), "12-2021" -> "2021-12", "2022" -> "2022".
"""

from __future__ import annotations

import re
from typing import Any

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january", "ene", "enero", "janv", "janvier", "januar"),
            ("feb", "february", "febrero", "fév", "févr", "février", "februar"),
            ("mar", "march", "marzo", "mars", "märz"),
            ("apr", "april", "abr", "abril", "avr", "avril"),
            ("may", "mayo", "mai"),
            ("jun", "june", "junio", "juin", "juni"),
            ("jul", "july", "julio", "juil", "juillet", "juli"),
            ("aug", "august", "ago", "agosto", "août"),
            ("sep", "sept", "september", "septiembre", "septembre"),
            ("oct", "october", "octubre", "octobre", "okt", "oktober"),
            ("nov", "november", "noviembre", "novembre"),
            ("dec", "december", "dic", "diciembre", "déc", "décembre", "dez", "dezember"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"([A-Za-zéäû]{3,10})\.?"
_ISO = re.compile(r"\b(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?\b")
_CHINESE = re.compile(r"\b(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?")
_NUMERIC = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
_MONTH_YEAR_NUMBERS = re.compile(r"(?<![\d/.-])(\d{1,2})[-/](\d{4})\b")
_YEAR_MONTH = re.compile(r"\b(\d{4})\s+" + _MONTH + r"(?:\s+(\d{1,2}))?\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(_MONTH + r"\s+(?:(\d{1,2}),?\s+)?(\d{4})\b")
_YEAR_ALONE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1000 <= year <= 2999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str | None, *, us_order: bool = True) -> str | None:
    """The first date in `text`, or None. Numeric a-b-yyyy is read month-first
    when `us_order` (unless the first number cannot be a month)."""
    if not text:
        return None
    text = text.strip()
    m = _ISO.search(text)
    if m:
        return _iso(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)
    m = _CHINESE.search(text)
    if m:
        return _iso(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)
    m = _NUMERIC.search(text)
    if m:
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        month, day = (a, b) if (us_order and a <= 12) or b > 12 else (b, a)
        return _iso(year, month, day)
    m = _MONTH_YEAR_NUMBERS.search(text)  # "12-2021": month and year
    if m:
        return _iso(int(m[2]), int(m[1]))
    m = _YEAR_MONTH.search(text)
    if m and m[2].lower() in MONTHS:
        return _iso(int(m[1]), MONTHS[m[2].lower()], int(m[3]) if m[3] else None)
    m = _DAY_MONTH_YEAR.search(text)
    if m and m[2].lower() in MONTHS:
        return _iso(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    m = _MONTH_DAY_YEAR.search(text)
    if m and m[1].lower() in MONTHS:
        return _iso(int(m[3]), MONTHS[m[1].lower()], int(m[2]) if m[2] else None)
    m = _YEAR_ALONE.search(text)
    if m:
        return _iso(int(m[1]))
    return None


def medline_date(published: str | None, electronic: str | None) -> str | None:
    """MEDLINE's DP, or its DEP (yyyymmdd) when DP gives only the year: an
    e-only article. PubMed's XML (PubDate, ArticleDate) is read the same way."""
    numbers = _NUMERIC_DATE.fullmatch(published or "")
    date = parse_date("-".join(n for n in numbers.groups() if n) if numbers else published)
    if date and len(date) == 4 and electronic and electronic.startswith(date):
        return parse_date(f"{electronic[:4]}-{electronic[4:6]}-{electronic[6:8]}") or date
    return date


# "2013 06 10": a date some tools write with spaces.
_NUMERIC_DATE = re.compile(r"(\d{4}) (\d{1,2})(?: (\d{1,2}))?")


def csl_date(issued: Any) -> str | None:
    """A CSL-JSON date (as Crossref writes them too): date-parts (numbers or
    strings), raw, literal, or a bare string."""
    if isinstance(issued, str):
        return parse_date(issued)
    if not isinstance(issued, dict):
        return None
    parts = issued.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        try:
            numbers = [int(str(p)) for p in parts[0][:3]]
        except ValueError:
            numbers = []
        if numbers:
            return parse_date("-".join([f"{numbers[0]:04d}", *(f"{n:02d}" for n in numbers[1:])]) if len(numbers) > 1 else str(numbers[0]))
    for key in ("raw", "literal"):
        if isinstance(issued.get(key), str):
            return parse_date(issued[key])
    return None
