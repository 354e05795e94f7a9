"""One paper as a printable page: the record, both abstracts and the notes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from exodesk.gui.conditions import condition_name
from exodesk.gui.core_words import field_label
from exodesk.model import Notes, Paper, note_fields


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
    rows = [(field_label(name), _note_text(name, getattr(notes, name))) for name in note_fields(printed=True)]
    filled = [(label, value) for label, value in rows if value]
    if filled:
        heading = QCoreApplication.translate("Printing", "Evidence notes")
        parts.append(f"<h3>{escape(heading)}</h3><table cellpadding='3'>")
        parts.extend(f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>" for label, value in filled)
        parts.append("</table>")
    return "\n".join(parts)


def _note_text(name: str, value: str | int | list[str] | None) -> str:
    if isinstance(value, list):
        if name == "conditions":  # stored as ids, printed by name
            return QCoreApplication.translate("Printing", ", ").join(map(condition_name, value))
        return ", ".join(value)
    return "" if value is None else str(value)
