"""VuFind library-catalogue records: the "Staff view" table of Solr fields.

Copied as text, each row is `field | value |`, the field names are VuFind's
Solr names whatever the interface language ("Cargando…", "Loading…", "载入..."
and the labels above the table are chrome):

    author | Nazari, Hojjatollah Alborzi, Foroogh … Ahmadi Tafti, Seyed Mohsen |
    spelling | pubmed-9733972… <title> <authors> Gastroenterol Rep (Oxf) Original Article
               <abstract> Oxford University Press 2022-12-09 /pmc/articles/PMC… … |
    url | https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9733972/ … |
    work_keys_str_mv | AT nazarihojjatollah <title key> AT alborziforoogh … |

Quirks: a multi-valued field's values run together on one line, so the
authors read "Family, Given Family, Given …" and where one person's given
names end and the next family name starts is only known from other fields
(`work_keys_str_mv` keys family+given per person, `author_sort`, values of
`author_facet`/`author2` copied one per line); the full date and the journal
abbreviation exist only inside `spelling`; PMID/PMCID/DOI only inside URLs.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from operator import itemgetter

from exodesk.importers.base import Parsed, Refused, Source
from exodesk.importers.records import Record
from exodesk.model import Author, Provenance
from exodesk.text.abstracts import make_abstract
from exodesk.text.chinese import language_of
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import PUBMED_URL_RE, clean_doi, clean_pmcid
from exodesk.text.languages import language_tag
from exodesk.text.names import from_given_family
from exodesk.text.titles import clean_title

NAME = "vufind"
LABEL = "Library catalogue record (VuFind staff view)"

# Solr fields only a VuFind index has: three of them make the table VuFind's.
VUFIND_FIELDS = {
    "_version_", "author_facet", "author_sort", "title_full", "title_fullStr",
    "title_full_unstemmed", "title_short", "title_sort", "spelling", "spellingShingle",
    "work_keys_str_mv", "record_format", "fullrecord", "first_indexed", "last_indexed",
    "recordtype", "hierarchy_top_id", "callnumber-sort",
}
# Single-valued fields copied as they are: Solr field -> Paper field.
SIMPLE = {
    "publisher": "publisher", "container_title": "journal", "container_volume": "volume",
    "container_issue": "issue", "container_start_page": "pages", "issn": "issn",
}
# The catalogue's language facet names (MARC language names, in English).
HEURISTIC_WARNING = (
    "The catalogue runs author names together and gives nothing to tell where one "
    "name ends and the next begins; these were split taking the last word as the "
    "family name — please check: {names}"
)

_ROW = re.compile(r"^([A-Za-z_][\w-]*) \| ?(.*)$")


def rows(text: str) -> dict[str, list[str]]:
    """Staff-view rows: field -> its values (one per copied line)."""
    table: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        line = line.strip()
        match = None if current is not None else _ROW.match(line)
        if match:
            current = table.setdefault(match[1], [])
            line = match[2]
        if current is None:
            continue
        closed = line == "|" or line.endswith(" |")
        value = line[:-1].strip() if closed else line
        if value:
            current.append(value)
        if closed:
            current = None
    return table


def _rows_of(source: Source) -> dict[str, list[str]]:
    """The source's rows, read once for detect() and parse() (as
    html_meta.lowered keeps the lowered page): 35 µs a record page."""
    return source.kept("vufind rows", lambda kept: rows(kept.text or ""))


def detect(source: Source) -> float:
    text = source.text
    # "|" alone first: a one-character test runs at memory speed, where " | "
    # stops at every space of a 25 MB bibliography file (30 ms).
    if not text or "|" not in text or " | " not in text:
        return 0.0
    table = _rows_of(source)
    known = VUFIND_FIELDS & table.keys()
    return 0.9 if len(known) >= 3 and ("title" in table or "title_full" in table) else 0.0


def parse(source: Source) -> Parsed:
    text = source.text
    if text is None:
        raise Refused(source.decoded[1])
    table = _rows_of(source)
    if not (VUFIND_FIELDS & table.keys()):
        raise Refused("no catalogue staff-view table (field | value rows) was found")
    record, warnings = Record(NAME), []
    paper, give = record.paper, record.give

    def first(field: str) -> str:
        return " ".join(table.get(field, [])[:1])

    give("title", _title(table), "title field")
    authors, guessed = _authors(table)
    give("authors", authors, "author fields")
    if guessed:
        warnings.append(HEURISTIC_WARNING.format(names="; ".join(f"{a.family}, {a.given}" for a in guessed)))
    for field, name in SIMPLE.items():
        give(name, first(field) or None, f"{field} field")
    urls = " ".join(table.get("url", []))
    pmcid = re.search(r"/pmc/articles/(PMC\d+)", urls, re.IGNORECASE)
    give("pmcid", clean_pmcid(pmcid[1]) if pmcid else None, "url field")
    pmid = PUBMED_URL_RE.search(urls)
    give("pmid", pmid[1] if pmid else None, "url field")
    doi = re.search(r"doi\.org/(\S+)", urls)
    if first("doi_str_mv"):
        give("doi", clean_doi(first("doi_str_mv")), "doi_str_mv field")
    else:
        give("doi", clean_doi(doi[1]) if doi else None, "url field")
    language = language_tag(first("language"))
    give("language", language, "language field")
    if first("language") and not language:
        warnings.append(f"the catalogue's language “{first('language')}” is not one ExoDesk knows")

    journal, article_type, date = _from_spelling(table)
    if journal and not paper.journal:
        give("journal_abbrev", journal, "spelling field")
    give("date", date or parse_date(first("publishDate")), "spelling field" if date else "publishDate field")
    topics = table.get("topic", [])
    if article_type:
        give("publication_type", article_type, "topic field")
    else:
        give("keywords", topics, "topic field")

    description = " ".join(table.get("description", []))
    if description:
        abstract = make_abstract(description, language_of(description) or "en")
        paper.abstracts.append(abstract)
        paper.provenance[f"abstract:{abstract.language}"] = Provenance(importer=NAME, part="description field")
    warnings += [f"{name} not found in the record" for name in paper.missing]
    return Parsed(papers=[paper], warnings=warnings)


def _title(table: dict[str, list[str]]) -> str | None:
    """`title` (+ `title_sub`), else `title_full` without its " / by …" part;
    MARC's closing " :", " /" or "." dropped."""
    title = " ".join(table.get("title", [])[:1]) or " ".join(table.get("title_full", [])[:1]).rsplit(" / ", 1)[0]
    sub = " ".join(table.get("title_sub", [])[:1]).rstrip(" /.")
    title = title.rstrip(" /:;")
    if sub and sub not in title:
        title = f"{title}: {sub}"
    return clean_title(title)


# --- authors ---------------------------------------------------------------


@functools.lru_cache(maxsize=4096)  # the name splitter asks for the same keys many times
def key(text: str) -> str:
    """How VuFind's work keys write a name: lower case, letters and digits only."""
    return "".join(filter(str.isalnum, unicodedata.normalize("NFKD", text.casefold())))


# "AT nazarihojjatollah": the words "AT " found first, by a quick search for
# them, and only then the word boundary before them (a pattern opening with
# the boundary is tried at every place: 2.5 ms instead of 0.5 ms for 200 records).
_WORK_KEY_AUTHOR = re.compile(r"AT (?<=\bAT )(\S+)")


def _authors(table: dict[str, list[str]]) -> tuple[list[Author], list[Author]]:
    """(authors, the ones split by the heuristic) from author, author2, author_corporate."""
    keys = set(_WORK_KEY_AUTHOR.findall(" ".join(table.get("work_keys_str_mv", []))))
    # A value copied on a line of its own is one person: its key is certain.
    for field in ("author_sort", "author_facet", "author2", "author"):
        keys |= {key(v) for v in table.get(field, []) if v.count(",") == 1}
    people: list[Author] = []
    guessed: list[Author] = []
    lines = table.get("author", []) + table.get("author2", [])
    if not lines and not table.get("author_corporate"):
        lines = table.get("author_facet", [])
    for line in lines:
        found, unsure = split_run_together(line, keys)
        people += [p for p in found if p not in people]
        guessed += unsure
    people += [Author(literal=v) for v in table.get("author_corporate", [])]
    return people, guessed


_NAME_WORDS = 6


def split_run_together(line: str, keys: set[str]) -> tuple[list[Author], list[Author]]:
    """"Asbagh, Reza Akbari Behboudi, Behnam" -> the people, and those whose split is a guess.

    Each comma ends a family name, so the words between two commas are one
    person's given names followed by the next person's family name. Every
    place to cut them is tried; the cuts whose family+given match most of the
    catalogue's keys win, ties going to the heuristic (one-word family names,
    with particles such as "van der" kept with them).
    """
    segments = [s.split() for s in line.strip(" ,;").split(",")]
    if len(segments) == 1:
        return [Author(literal=" ".join(segments[0]))], []
    middle = segments[1:-1]
    # For each place to cut the latest segment: the best ((keys matched, cuts
    # agreeing with the heuristic), cuts so far) of the people before it.
    best: dict[int | None, tuple[tuple[int, int], list[int]]] = {None: ((0, 0), [])}
    family: dict[int | None, list[str]] = {None: segments[0]}
    for words in middle:
        # Given names and family names run to a few words each: only such cuts
        # are tried (a fuzzed 3,000-word "segment" tried every cut, each with
        # a key made of the whole of it: seconds for 19 KB).
        options = [cut for cut in range(1, len(words)) if cut <= _NAME_WORDS and len(words) - cut <= _NAME_WORDS]
        # The heuristic's cut only ranks cuts of one segment against each
        # other: with a single cut to make ("Reza Akbari"), it adds the same
        # to every way of reaching that cut and is not worked out (11 µs a
        # catalogue record's authors).
        default = options[0] if len(options) == 1 else _heuristic_cut(words)
        options = options or [default]
        new_best: dict[int | None, tuple[tuple[int, int], list[int]]] = {}
        new_family: dict[int | None, list[str]] = {}
        for cut in options:
            given, agrees = words[:cut], cut == default
            ways = [((score[0] + (key(" ".join(family[previous] + given)) in keys), score[1] + agrees), cuts)
                    for previous, (score, cuts) in best.items()]
            # The first of the best ways (max() keeps the first of equals); its
            # cuts copied once, not every way's (5 µs a catalogue record).
            top, cuts = max(ways, key=itemgetter(0))
            new_best[cut] = (top, cuts + [cut])
            new_family[cut] = words[cut:]
        best, family = new_best, new_family
    last = segments[-1]
    _, cuts = max(
        (((score[0] + (key(" ".join(family[c] + last)) in keys), score[1]), cuts) for c, (score, cuts) in best.items()),
        key=itemgetter(0),
    )
    people, unsure = [], []
    family_words = segments[0]
    for words, at in zip(middle + [last], cuts + [None], strict=True):
        given = words[:at] if at is not None else words
        people.append(_person(family_words, given))
        family_words = words[at:] if at is not None else []
    for index, words in enumerate(middle):
        # A cut was a guess when the words allowed more than one and no key
        # confirmed either person on its sides.
        if len(words) > 2 and not {_key_of(people[index]), _key_of(people[index + 1])} & keys:
            unsure += [p for p in people[index : index + 2] if p not in unsure]
    return people, unsure


def _person(family: list[str], given: list[str]) -> Author:
    """MARC ends a heading with a full stop; the one after an initial ("Joshua A.") stays."""
    given_text = " ".join(given)
    if given_text.endswith(".") and not re.search(r"(?:^|[\s.-])\w\.$", given_text):
        given_text = given_text[:-1]
    return Author(family=" ".join(family), given=given_text)


def _key_of(author: Author) -> str:
    return key(author.family + author.given)


def _heuristic_cut(words: list[str]) -> int:
    """Where to cut "Reza Akbari Behboudi": where a "Given Family" name would be
    cut, i.e. before the last word and any particles ("van der") before it."""
    return len(from_given_family(" ".join(words)).given.split())


# --- spelling --------------------------------------------------------------


def _from_spelling(table: dict[str, list[str]]) -> tuple[str | None, str | None, str | None]:
    """(journal abbreviation, article type, full date) from the `spelling` field.

    A PubMed Central record's spelling runs: id+date, title, authors, journal
    abbreviation, article type (= `topic`), abstract, publisher, YYYY-MM-DD,
    URLs. The journal is what lies between the author list and the topic.
    """
    spelling = " ".join(table.get("spelling", []))
    authors = " ".join(table.get("author", []))
    if not spelling or not authors or authors not in spelling:
        return None, None, None
    rest = spelling[spelling.index(authors) + len(authors) :].strip()
    description = " ".join(table.get("description", []))
    date = None
    if description and description[:80] in rest:
        head, _, tail = rest.partition(description[:80])
        found = re.search(r"(?:^|\s)(\d{4}-\d{2}-\d{2})(?=\s|$)", tail)
        date = parse_date(found[1]) if found else None
    else:
        head = ""
    topic = " ".join(table.get("topic", [])[:1])
    head = head.strip()
    # Without the topic where it belongs this is not that layout: no journal.
    if topic and head.endswith(" " + topic):
        return head[: -len(topic)].strip() or None, topic, date
    return None, None, date
