"""A record page of a VuFind library catalogue, in any interface language.

The row labels change with the interface ("Autores principales:", "Main
Authors:", "Hauptverfasser:"), so nothing is read by label. Quirks, fixed below:
- the core record is marked up with schema.org RDFa (`property="name"`,
  `property="author"`, `property="publisher"`, `property="datePublished"`);
- the "Staff View" tab, when it was open on saving, is a table keyed by the
  index's own field names (author, container_title, description, topic, url…):
  the fullest source, with one author per line ("Ahmadi Tafti, Seyed Mohsen");
- the PMID, PMCID and DOI are only inside the online-access URLs;
- COinS give title, first author, date and publisher again (lowest trust);
- the description is the abstract with upper-case run-in headings.
"""

from __future__ import annotations

from exodesk.importers import html_meta
from exodesk.importers.base import Parsed, Source
from exodesk.text.abstracts import make_abstract
from exodesk.text.chinese import language_of
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import PUBMED_URL_RE, clean_doi, clean_pmcid
from exodesk.text.lines import fold_spaces
from exodesk.text.names import from_family_comma_given
from exodesk.text.titles import clean_title

NAME = "vufind-html"
LABEL = "Library catalogue record, VuFind (saved HTML)"

def detect(source: Source) -> float:
    if not html_meta.is_html(source):
        return 0.0
    page = html_meta.lowered(source)
    layout = "vufind/search/opensearch" in page or 'class="record recordid"' in page
    return 0.8 if layout and 'property="name"' in page else 0.0


def parse(source: Source) -> Parsed:
    page = html_meta.load(source)
    paper = html_meta.read(page, importer=NAME)  # the COinS, if nothing better
    tree = page.tree
    staff = {html_meta.text_of(row[0]): row[1] for row in tree.xpath('//table[contains(@class,"citation")]//tr')
             if len(row) == 2}

    give = html_meta.giver(paper, NAME)

    def lines(cell) -> list[str]:
        """A staff-view cell's values, one per <br>-separated line."""
        return [fold_spaces(t) for t in cell.xpath(".//text()") if t.strip()]

    def rdfa(prop: str) -> list[str]:
        return [html_meta.text_of(e) for e in tree.xpath(f'//div[@id="record"]//*[@property="{prop}"]')
                if not e.xpath('ancestor::*[@property="publisher"]') or prop == "publisher"]

    part = "record (RDFa)"
    give("title", clean_title(next(iter(rdfa("name")), None)), part)
    give("authors", [from_family_comma_given(n) for n in rdfa("author")], part)
    give("publisher", next(iter(rdfa("publisher")), None), part)
    give("date", parse_date(next(iter(rdfa("datePublished")), None)), part)

    part = "Staff View"
    if "author" in staff:
        give("authors", [from_family_comma_given(n) for n in lines(staff["author"])], part)
    for key, name in (("container_title", "journal_abbrev"), ("container_volume", "volume"),
                      ("container_issue", "issue"), ("container_start_page", "pages"),
                      ("topic", "publication_type"), ("publisher", "publisher")):
        if key in staff:
            give(name, html_meta.text_of(staff[key]) or None, part)
    if "language" in staff:
        give("language", html_meta.text_of(staff["language"]), part)
    if "description" in staff:
        text = html_meta.text_of(staff["description"])
        if language := language_of(text):
            html_meta.replace_abstract(paper, make_abstract(text, language), importer=NAME, part=part)

    urls = [a.get("href", "") for a in tree.xpath('//div[@id="record"]//a[@href]')]
    for url in urls:
        pubmed = PUBMED_URL_RE.search(url)
        if pubmed:
            give("pmid", pubmed.group(1), "online access link")
        elif "/pmc/articles/" in url:
            give("pmcid", clean_pmcid(url.rsplit("/pmc/articles/", 1)[1]), "online access link")
        elif clean_doi(url) and "doi" in url:
            give("doi", clean_doi(url), "online access link")
    give("links", list(dict.fromkeys(u for u in urls if u.startswith("http") and "/vufind/" not in u)),
         "online access links")
    return html_meta.finish(paper)
