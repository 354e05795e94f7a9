"""Whether a journal's name is written out or abbreviated (ISO 4, as NLM does).

Sources put either in the same place (RIS JO, a citation line, a page's
reference), so the readers ask this one judge which field a name fills.
"""

from __future__ import annotations

import re


def is_abbreviated(journal: str | None) -> bool:
    """"Int J Mol Sci", "Gastroenterol. Rep.", "Gastroenterol Rep (Oxf)" are
    abbreviations; "Journal of Cosmetic Dermatology", "Stem Cells",
    "Aesthetic Surgery Journal" and "Science (New York, N.Y.)" are not.
    Judged from the words outside brackets."""
    journal = _BRACKETED.sub("", journal or "").strip()
    if not journal or _WHOLE_WORDS.search(journal):
        return False
    words = journal.replace(".", ". ").split()
    if any(w.lower() in _LINKING_WORDS for w in words):
        return False
    if "." in journal:
        return True
    return any(w in _ABBREVIATIONS or _abbreviated_word(w) for w in words)


def reads_as_abbreviated_journal(line: str) -> bool:
    """"J Dermatol Sci", "Exp Dermatol", "Stem Cells Transl Med": a short line
    that only an abbreviated journal name would be. Two ISO 4 words or more,
    one of them a listed one, so that a person whose name merely ends like an
    abbreviation ("Ulrich Stevens") is not taken for a journal."""
    if len(line) > 60:
        return False  # a title or a sentence, told before a look at its words ("Proc Natl Acad Sci U S A": 24)
    words = line.replace(".", " ").split()
    listed = sum(w in _ABBREVIATIONS for w in words)
    if not listed:
        return False
    cut = sum(w not in _ABBREVIATIONS and _abbreviated_word(w) for w in words)
    return listed + cut >= 2 and is_abbreviated(line)


def _abbreviated_word(word: str) -> bool:
    return bool(_ABBREVIATED_ENDING.fullmatch(word)) and len(word) > 5 and word.lower() not in _FULL_WORDS


# Innermost brackets: from an opening bracket, the search stops at the next
# one, so a name of thousands of "(" is read once, not once from each.
_BRACKETED = re.compile(r"\([^()\n]*\)")
# Words ISO 4 always shortens ("J", "Surg", "Res"): written out, the name is
# the full one, though another of its words may end like an abbreviation
# ("Aesthetic Surgery Journal").
_WHOLE_WORDS = re.compile(r"\b(?:Journal|International|Research|Surgery|Medicine|Dermatology|Reports|Science|Sciences|"
                          r"Therapy|Therapeutics|Investigation|Biology|Cosmetology)\b")
# An abbreviation drops these; a name that has them is written out.
_LINKING_WORDS = {"of", "and", "the", "&", "for", "in", "on"}
# ISO 4 abbreviations common in the titles of medical journals.
_ABBREVIATIONS = {
    "J", "Int", "Mol", "Sci", "Res", "Ther", "Rep", "Clin", "Med", "Rev", "Am", "Br", "Eur",
    "Chin", "Exp", "Biol", "Cell", "Dis", "Nat", "Proc", "Natl", "Acad", "Surg", "Transl",
    "Dev", "Biochem", "Biophys", "Regen", "Adv", "Curr", "Opin", "Front", "Lett", "Arch",
    "Ann", "Bull", "Soc", "Assoc", "Engl", "Pharm", "Aesthet", "Cosmet", "Immun", "Extracell",
}
# A word cut after "-ol", "-og", "-ic"… ("Dermatol", "Immunol", "Histochem")
# is an abbreviation, unless it is one of these whole words.
_ABBREVIATED_ENDING = re.compile(r"[A-Z][a-z]+(?:ol|og|ogr|ic|ns|ch)")
_FULL_WORDS = {"control", "protocol", "logic", "clinic", "music", "cosmetic", "basic", "public"}
