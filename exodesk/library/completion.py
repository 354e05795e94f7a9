"""Applying an accepted online completion to a paper in the library.

Unlike a person's edit, completed fields are not marked as edited: they came
from a service, and their provenance says which ("crossref", "pubmed") and from
which part of its record. A later import may still add to them; a person's
edit still outranks them.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable

from exodesk.library.store import Library
from exodesk.model import Paper

ABSTRACT = "abstract:"


def apply_completion(library: Library, paper_id: int, changes: Iterable) -> Paper:
    """Fill the paper's fields from accepted changes (`exodesk.lookup.Change`),
    in one transaction. A field that was filled or edited since the proposal
    is left as it now is: the paper is read inside the transaction, and read
    again if a lost connection makes it run again (someone may have edited it)."""
    changes = list(changes)

    def apply() -> Paper:
        with library.transaction():
            paper = _completed(library.get(paper_id), changes)
            library.replace_paper(paper_id, paper)
        return paper

    return library.run_whole(apply)


def _completed(paper: Paper, changes: list) -> Paper:
    for change in changes:
        if change.field in paper.edited:
            continue
        if change.field.startswith(ABSTRACT):
            abstract = copy.deepcopy(change.proposed)
            if "abstracts" in paper.edited or paper.abstract(abstract.language) is not None:
                continue
            paper.abstracts.append(abstract)
        elif getattr(paper, change.field) in (None, "", [], {}):
            setattr(paper, change.field, copy.deepcopy(change.proposed))
        else:
            continue
        paper.provenance[change.field] = copy.deepcopy(change.provenance)
    return paper
