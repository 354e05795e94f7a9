"""Which empty fields an online record could fill: the proposal a person accepts.

A completion never overwrites: only fields the paper lacks are proposed, and
never a field a person has edited (even to empty it on purpose). When both
PubMed and Crossref answer, PubMed's value is proposed first (its journal
abbreviations and structured abstracts follow NLM's rules); Crossref fills
what PubMed lacks.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from exodesk.lookup import crossref, pubmed
from exodesk.lookup.http import LookupFailed
from exodesk.model import Paper, Provenance, paper_fields

# The record's fields a look-up may fill, in the order a person reads them.
FIELDS = paper_fields(look_up=True)
# An abstract is proposed per language, as the field "abstract:<language>".
ABSTRACT = "abstract:"


@dataclass
class Change:
    field: str
    current: Any
    proposed: Any
    # `dataclasses.field`: within the class body, `field` is the attribute above.
    provenance: Provenance = dataclasses.field(default_factory=Provenance)

    @property
    def source(self) -> str:
        return self.provenance.importer


@dataclass
class Completion:
    """What a look-up found: the proposed changes, and the services that failed."""

    changes: list[Change] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)  # services that gave a record
    failures: list[LookupFailed] = field(default_factory=list)
    # Why a record that answered was set aside (it names another paper).
    set_aside: list[str] = field(default_factory=list)

    @property
    def offline(self) -> bool:
        return not self.answered and any(f.kind == "offline" for f in self.failures)

    def message(self) -> str:
        """One plain sentence for the command line and the log."""
        if not self.answered:
            if self.failures:
                return self.failures[0].message()
            if self.set_aside:
                return self.set_aside[0] + " Nothing was changed."
            return "This paper has no DOI or PubMed id to look up. Nothing was changed."
        if not self.changes:
            return f"{' and '.join(self.answered)} had nothing to add: the fields it knows are filled already."
        names = ", ".join(c.field for c in self.changes)
        return f"{' and '.join(self.answered)} can fill: {names}."


def _empty(value: Any) -> bool:
    return value in (None, "", [], {})


def propose_completion(paper: Paper, fetched: Paper | Sequence[Paper]) -> list[Change]:
    """Changes that fill `paper`'s empty fields from the fetched records, the
    first record that has a value winning. Fields a person edited are left alone."""
    records = [fetched] if isinstance(fetched, Paper) else list(fetched)
    changes: list[Change] = []
    for name in FIELDS:
        if name in paper.edited or not _empty(getattr(paper, name)):
            continue
        for record in records:
            value = getattr(record, name)
            if not _empty(value):
                changes.append(Change(name, copy.deepcopy(getattr(paper, name)), copy.deepcopy(value),
                                      copy.deepcopy(record.provenance.get(name, Provenance()))))
                break
    if "abstracts" not in paper.edited:
        proposed = set()
        for record in records:
            for abstract in record.abstracts:
                key = ABSTRACT + abstract.language
                if paper.abstract(abstract.language) is None and key not in proposed and key not in paper.edited:
                    proposed.add(key)
                    changes.append(Change(key, None, copy.deepcopy(abstract),
                                          copy.deepcopy(record.provenance.get(key, Provenance()))))
    return changes


def look_up(paper: Paper, *, crossref_url: str | None = None, pubmed_url: str | None = None,
            timeout: float | None = None) -> Completion:
    """Ask PubMed (by PMID) and Crossref (by DOI) for the paper's record and
    propose what they can fill. Called only when a person asks; failures are
    values in the result, never exceptions."""
    completion = Completion()
    records = []
    asks = []
    pmid, doi = paper.pmid, paper.doi
    if pmid:
        asks.append((pubmed.SERVICE, lambda: pubmed.fetch(pmid, base_url=pubmed_url, timeout=timeout)))
    if doi:
        asks.append((crossref.SERVICE, lambda: crossref.fetch(doi, base_url=crossref_url, timeout=timeout)))
    for service, ask in asks:
        try:
            record = ask()
        except LookupFailed as failure:
            completion.failures.append(failure)
            continue
        other = _names_another_paper(paper, record)
        if other:
            completion.set_aside.append(f"{service}'s record {other}, so it was not used.")
            continue
        completion.answered.append(service)
        records.append(record)
    completion.changes = propose_completion(paper, records)
    return completion


def _names_another_paper(paper: Paper, record: Paper) -> str:
    """Why `record` is not this paper: its DOI or PMID differs from the paper's."""
    for name, label in (("doi", "DOI"), ("pmid", "PMID")):
        mine, theirs = getattr(paper, name), getattr(record, name)
        if mine and theirs and mine.lower() != theirs.lower():
            return f"has {label} {theirs}, not {mine}"
    return ""
