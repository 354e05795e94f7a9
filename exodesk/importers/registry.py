"""The importer registry: every kind of source ExoDesk reads, in one list.

Detection asks each importer for a score on the file and takes the best; an
importer that raises while detecting is skipped (and the error kept for the
report), so one faulty reader never stops an import.
"""

from __future__ import annotations

from types import ModuleType

# Registered by hand, so the list of what ExoDesk reads is in one place.
# The generic reader scores lowest: it is the fallback.
from exodesk.importers import (  # noqa: E402
    aggregator_html,
    aggregator_json,
    bibtex,
    csl_json,
    digital_commons,
    digital_commons_html,
    elsevier_html,
    endnote_tagged,
    endnote_xml,
    generic,
    html_meta,
    mdpi_html,
    medline,
    mhtml,
    noteexpress,
    page_text,
    pdf,
    plain_text,
    pmc_html,
    pubmed_abstract,
    pubmed_html,
    pubmed_text,
    refworks_tagged,
    ris,
    springer_html,
    translated_html,
    vufind,
    vufind_html,
    wiley_html,
)
from exodesk.importers.base import Source

IMPORTERS: list[ModuleType] = [
    pdf,
    # Bibliography files: each recognised by its own unmistakable structure.
    ris,
    bibtex,
    medline,
    pubmed_abstract,
    csl_json,
    endnote_xml,
    endnote_tagged,
    refworks_tagged,
    noteexpress,
    # Text dumps of saved pages, by the structure of the site they came from.
    pubmed_text,
    digital_commons,
    aggregator_json,
    vufind,
    # Plain citation and abstract text.
    plain_text,
    # Saved web pages: site readers first, the embedded-metadata reader after.
    pubmed_html,
    pmc_html,
    springer_html,
    wiley_html,
    elsevier_html,
    mdpi_html,
    digital_commons_html,
    aggregator_html,
    vufind_html,
    html_meta,
    translated_html,
    mhtml,
    page_text,
    # Anything else that names a paper.
    generic,
]



# A score from which a reader has seen its own unmistakable structure: the
# readers after it are not asked (the page-text reader alone costs 0.4 ms a
# file). tests/importers/test_registry.py checks, over every fixture, that no
# later reader would have scored higher.
CERTAIN = 0.9
# Readers that leave out what could not make them win when told the best score
# so far (base.py's detect_to_beat).
_TOLD_THE_BEST = {importer for importer in IMPORTERS if hasattr(importer, "detect_to_beat")}


def choose(source: Source, *, every_reader: bool = False) -> tuple[ModuleType | None, float, list[str]]:
    """The importer with the best score, its score, and detection errors
    (`every_reader`: ask them all for their whole score, even after one is certain)."""
    best, best_score, errors = None, 0.0, []
    for importer in IMPORTERS:
        if best_score >= CERTAIN and not every_reader:
            break
        try:
            if importer in _TOLD_THE_BEST and not every_reader:
                score = float(importer.detect_to_beat(source, best_score))
            else:
                score = float(importer.detect(source))
        except Exception as error:  # a faulty detector must not stop the import
            errors.append(f"{importer.NAME}: {type(error).__name__}: {error}")
            continue
        if score > best_score:
            best, best_score = importer, score
    return best, best_score, errors


def other_guesses(source: Source, first: ModuleType) -> list[ModuleType]:
    """When `first`, a reader that only guessed (scored under CERTAIN), refuses
    the file: the others that guessed it, best first, to read it instead (as
    Picard skips a format that fails). Not the generic reader, whose paper of
    a lone DOI would stand in for the page it could not read."""
    scored = []
    for importer in IMPORTERS:
        if importer is first or importer is generic:
            continue
        try:
            score = float(importer.detect(source))
        except Exception:  # a faulty detector was reported when the file was first recognised
            continue
        if 0 < score < CERTAIN:
            scored.append((score, importer))
    return [importer for _score, importer in sorted(scored, key=lambda pair: -pair[0])]


def by_name(name: str) -> ModuleType:
    for importer in IMPORTERS:
        if name == importer.NAME:
            return importer
    raise KeyError(name)
