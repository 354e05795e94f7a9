"""Online completion, only when a person asks: Crossref and PubMed records for
a paper that has a DOI or PMID but lacks fields. Nothing here runs on import,
search or export; the GUI calls `look_up` when the person chooses the action.
"""

from exodesk.lookup.complete import Change, Completion, look_up, propose_completion
from exodesk.lookup.http import LookupFailed

__all__ = ["Change", "Completion", "LookupFailed", "look_up", "propose_completion"]
