"""One paper as a printable page: the record, both abstracts and the notes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from exodesk.gui.conditions import condition_name
from exodesk.model import Notes, Paper


def paper_html(paper: Paper, notes: Notes) -> str:
    no_title = QCoreApplication.translate("Printing", "(no title)")
    parts = [f"<h2>{escape(paper.title or no_title)}</h2>"]
    authors = ", ".join(a.natural() for a in paper.authors)
    if authors:
        parts.append(f"<p>{escape(authors)}</p>")
    citation = " · ".join(x for x in (paper.journal or paper.journal_abbrev, paper.date, paper.doi and f"doi:{paper.doi}") if x)
    if citation:
        parts.append(f"<p><i>{escape(citation)}</i></p>")
    for abstract in paper.abstracts:
        parts.append(f"<h3>{escape(abstract.language)}</h3>")
        if abstract.sections:
            parts.extend(f"<p><b>{escape(s.heading)}</b> {escape(s.text)}</p>" for s in abstract.sections)
        else:
            parts.append(f"<p>{escape(abstract.text)}</p>")
    rows = [
        (QCoreApplication.translate("Printing", "Study design"), notes.study_design),
        (QCoreApplication.translate("Printing", "Evidence level"), notes.evidence_level),
        (QCoreApplication.translate("Printing", "Patients"), "" if notes.sample_size is None else str(notes.sample_size)),
        (QCoreApplication.translate("Printing", "Conditions"),
         QCoreApplication.translate("Printing", ", ").join(condition_name(c) for c in notes.conditions)),
        (QCoreApplication.translate("Printing", "Outcome"), notes.outcome),
        (QCoreApplication.translate("Printing", "Adverse events"), notes.adverse_events),
        (QCoreApplication.translate("Printing", "Plain summary (English)"), notes.summary_en),
        (QCoreApplication.translate("Printing", "Plain summary (Chinese)"), notes.summary_zh),
        (QCoreApplication.translate("Printing", "Notes"), notes.free_notes),
        (QCoreApplication.translate("Printing", "Tags"), ", ".join(notes.tags)),
    ]
    filled = [(label, value) for label, value in rows if value]
    if filled:
        heading = QCoreApplication.translate("Printing", "Evidence notes")
        parts.append(f"<h3>{escape(heading)}</h3><table cellpadding='3'>")
        parts.extend(f"<tr><td><b>{escape(l)}</b></td><td>{escape(v)}</td></tr>" for l, v in filled)
        parts.append("</table>")
    return "\n".join(parts)
