"""Which papers a handout for a condition can rest on, with their notes.

The command line and the Handout dialog pick the same papers: first those whose
notes link them to the condition, then those the suggestion engine links to
it. Suggested notes make the sheet a draft until a clinician confirms them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exodesk.evidence import vocabulary
from exodesk.evidence.suggest import suggest_notes
from exodesk.handouts.relevance import Relevance, judge
from exodesk.library import Filters, Library
from exodesk.library.search import any_spelling_query
from exodesk.model import Notes, Paper


@dataclass
class Candidate:
    paper: Paper
    notes: Notes
    # True when only a suggestion links the paper to the condition (the notes'
    # conditions are empty, or still an unconfirmed suggestion).
    suggested_link: bool
    # Whether the sheet may print it: on topic, borderline (for the clinician) or off topic.
    relevance: Relevance | None = None


def candidates(library: Library, condition_id: str, *, cancelled=lambda: False) -> list[Candidate]:
    """Every paper linked to the condition: by notes first, then by suggestion."""
    condition = vocabulary.by_id(condition_id)
    linked = library.search_ids("", Filters(condition=condition_id), order_by="year")
    found = []
    for paper_id in linked:
        paper = library.get(paper_id)
        # Empty fields (an intervention never recorded) are filled by suggestion, as marked.
        notes = suggest_notes(paper, library.notes(paper_id))
        found.append(Candidate(paper, notes, "conditions" in notes.suggested, judge(paper, notes, condition)))
    linked_set = set(linked)
    # Only a paper that names the condition somewhere can be suggested for it:
    # the suggestion engine reads just the papers the full-text index finds.
    named = _papers_naming(library, condition_id)
    for paper_id in library.search_ids("", order_by="year"):
        if cancelled():
            break
        if paper_id in linked_set or paper_id not in named:
            continue
        notes = library.notes(paper_id)
        if notes.conditions:
            continue  # a person already chose this paper's conditions
        paper = library.get(paper_id)
        suggested = suggest_notes(paper, notes)
        if condition_id in suggested.conditions:
            found.append(Candidate(paper, suggested, True, judge(paper, suggested, condition)))
    return found


def _papers_naming(library: Library, condition_id: str) -> set[int]:
    condition = vocabulary.by_id(condition_id)
    phrases = [part for phrase in (condition.en, *condition.synonyms) for part in re.split(r"[()]", phrase)]
    expression = any_spelling_query(phrases + list(condition.abbreviations), sorted(condition.chinese_spellings()))
    return library.ids_matching(expression) if expression else set()


def chosen_entries(library: Library, paper_ids: list[int]) -> list[tuple[Paper, Notes]]:
    """The named papers, with suggestions filling their empty notes."""
    return [(library.get(i), suggest_notes(library.get(i), library.notes(i))) for i in paper_ids]


def handout_entries(library: Library, condition_id: str, paper_ids: list[int] | None = None) -> list[tuple[Paper, Notes]]:
    """The (paper, notes) a handout prints: the named papers, or every candidate."""
    if paper_ids:
        return chosen_entries(library, paper_ids)
    return [(c.paper, c.notes) for c in candidates(library, condition_id)]
