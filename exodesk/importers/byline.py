"""A page's byline split into people.

Sites print the authors many ways, and copying the page as text keeps the marks:

    Kate Goldie,1,* Martina Kerscher,2,* Sabrina Guillen Fabi,3     affiliation numbers
    Shannon Humphrey *,†,, Stephanie Manson Brown , Sarah J Cross §   footnote signs
    Jane Doe MD, PhD, John Smith, MBBS and Wei Zhang                  degrees, "and"
    Authors Goldie K, Kerscher M, Fabi SG                             Vancouver names
    Okafor C., Lindqvist Å., Nguyen T.T. et al.                       initials of any script, stops
    Hui LvHui LvHanxiao LiuHanxiao Liu                                each name twice (hover cards)
    王小明1，李华2*，张伟1  /  侯永波 余骏马 朱海娟                      Chinese names
    Qin-Lu Zeng, De-Wu Liu, Burns Institute, The First …              names, then an affiliation

`people(line)` gives the names, or None when the line is not a byline: a title
in Title Case, a sentence, an affiliation or a journal's abbreviated name
("J Dermatol Sci", which has the shape of a given name and a family name)
never reads as people.
"""

from __future__ import annotations

import re

from exodesk.importers.page_chrome import is_chrome
from exodesk.importers.records import compact_initials
from exodesk.model import Author
from exodesk.text.chinese import han_count
from exodesk.text.journals import reads_as_abbreviated_journal
from exodesk.text.lines import looks_like_affiliation
from exodesk.text.names import from_given_family, from_vancouver, is_initials

# Academic degrees and titles printed after (or before) names.
DEGREES = {
    "md", "phd", "mbbs", "mbchb", "bmbs", "msc", "ms", "ma", "mph", "mba", "bsc", "bs", "ba",
    "rn", "np", "pa", "pa-c", "dds", "dmd", "do", "dvm", "pharmd", "mpharm", "frcp", "frcpc",
    "frcs", "facs", "faad", "mrcp", "fracp", "facp", "mhs", "mmed", "mscr", "dr", "prof",
    "professor", "scd", "drph", "dnp", "bpharm", "mbbch", "fcps", "frcpath", "mrcs",
    "dphil", "md-phd", "md/phd", "fracs", "fhkam", "fhkcp", "mrcp(uk)", "frcp(edin)", "ii", "iii",
    "frcsc", "frcsi", "frcsed", "frcse", "facog", "faap", "facc", "fccp", "fasps",
}
# Words of titles and sentences that are never part of a person's name.
_NOT_NAMES = {
    "the", "of", "in", "on", "for", "with", "to", "from", "by", "a", "an", "is", "are", "was", "were",
    "we", "our", "this", "that", "at", "as", "or", "vs", "versus", "into", "after", "before",
    "cell", "cells", "stem", "exosome", "exosomes", "vesicles", "extracellular", "therapy",
    "treatment", "skin", "wound", "wounds", "healing", "review", "study", "trial", "clinical",
    "patients", "patient", "effect", "effects", "role", "mesenchymal", "derived", "acne", "scar",
    "scars", "hair", "loss", "research", "journal", "department", "university", "hospital",
    "medical", "medicine", "school", "college", "institute", "center", "centre", "laboratory",
    "open", "access", "article", "abstract", "published", "received", "accepted", "volume",
    "issue", "pages", "authors", "author", "affiliations", "correspondence", "keywords",
    "introduction", "background", "methods", "results", "conclusion", "conclusions", "china",
    "usa", "korea", "japan", "germany", "italy", "france", "spain", "india", "iran", "brazil",
    "new", "novel", "use", "using", "based", "human", "model", "analysis", "systematic",
    "randomized", "controlled", "pilot", "case", "report", "series", "all", "show", "more",
    "et", "al", "editor", "editors", "group", "committee", "consortium", "investigators",
    "dermatology", "aesthetic", "cosmetic", "plastic", "surgery", "biology", "science",
    "sciences", "health", "care", "disease", "diseases", "management", "efficacy", "safety",
    # the words of a site's menus
    "policies", "policy", "information", "guidelines", "peer", "submit", "manuscript", "login", "outlook",
    "why", "publish", "us", "contact", "home", "journals", "books", "news", "events", "blog", "careers",
    "press", "library", "services", "resources", "support", "privacy", "terms", "conditions", "sitemap",
    "help", "subscribe", "alerts", "follow", "share", "download", "view", "read", "full", "text", "pdf",
    "cite", "export", "print", "email", "save", "less", "back", "next", "previous", "top", "bar",
    "navigation", "menu", "search", "current", "archive", "latest", "special", "topics", "topic",
    "collections", "about", "editorial", "board", "aims", "scope", "instructions", "reviewers",
    "librarians", "advertisers", "partners", "funding", "ethics", "society", "articles", "issues",
    # the words of institutions
    "institut", "instituto", "istituto", "université", "universite", "universidad", "universidade",
    "università", "universität", "hôpital", "klinik", "klinikum", "centro", "service", "unit", "division", "section", "programme", "program", "foundation", "association",
    "ministry", "agency", "network", "trust", "authority", "council", "clinic", "clinics", "faculty",
    "facultad", "faculté", "fakultät", "hopital", "ospedale", "clínica", "clinica", "clinique",
    "departamento", "dipartimento", "servicio",
    "laboratories", "lab", "company", "inc", "ltd", "corporation", "hygiene", "pharmaceuticals",
    "posted", "updated", "revised", "acta", "annals", "archives", "revista", "anais", "bulletin", "reports", "proceedings", "letters",
    "communication", "communications", "rapid", "brief", "letter", "commentary", "perspective", "viewpoint",
    "sign", "register", "investigation", "institutional", "individual", "account", "cart", "metrics", "figures", "tables", "references", "data",
}
# "d'Amico", "dell'Orto": a particle run into the family name by an apostrophe.
_ELIDED_PARTICLE = re.compile(r"^(?:d|l|dell|dall|degl|nell|sull)['’](?=[^\W\d_])")
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "dos", "das", "del",
              "della", "bin", "binti", "al", "el", "ten", "ter", "y", "e"}
# Marks after (or before) a name: numbers, letters a–h, signs, superscripts.
_MARKS = "0-9*†‡§¶#^✉✝⁎∗⊥⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠ▲△"  # ("^": an ORCID mark; "▲": a Chinese journal's corresponding author)
_TRAILING_MARKS = re.compile(rf"(?:[\s,]*(?:[{_MARKS}]+|\b[a-h]\b))+$")
_LEADING_MARKS = re.compile(rf"^[\s{_MARKS},]+")
_MARK = re.compile(rf"[{_MARKS}]")
_INITIAL = re.compile(r"[A-Z]\.?(?:-?[A-Z]\.?)?")
_LABEL = re.compile(r"^(?:authors?|author\(s\)|by|written by|автори|авторы|autoři|autores|auteurs|autoren|作者|著者)"
                    r"(?:\s*[:：]\s*|\s+)", re.IGNORECASE)
_CHINESE_LABEL = re.compile(r"^(?:作者|著者)\s*[:：]\s*")
_NOISE = re.compile(
    r"\b(?:orcid(?: icon| logo)?|view orcid profile|search for more papers by this author|"
    r"corresponding (?:author|address)|&?\s*show all|show fewer|show less|e-?mail(?: the author)?|"
    r"https?://orcid\.org/\S+|orcid\.org/\S+|\d{4}-\d{4}-\d{4}-\d{3}[\dX])\b|[✉📧]",
    re.IGNORECASE,
)
_AFTER_DEGREE = re.compile(rf"\b(?:MD|PhD|MBBS|DO|DDS|DMD|MPH|MSc|MS|RN|FACS|FRCS)[{_MARKS},]*(?=\s+[A-Z])")
# "… and" just before a part: the part goes on with a name begun before it.
_JOINED = re.compile(r"(?:\band|&)\s*$")
_SEPARATORS = re.compile(r"\s*(?:[,;，；、]|\band\b|&|\s·\s|\|)\s*")
# A word of a name: capitalised letters with hyphens, apostrophes, initials' dots.
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*")
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
# Short Chinese words a page prints alone that are not names.
_HAN_WORDS = {"摘要", "目的", "方法", "结果", "結果", "结论", "結論", "背景", "关键词", "關鍵詞", "引言",
              "前言", "综述", "綜述", "论著", "論著", "述评", "作者", "单位", "單位", "基金", "期刊",
              "参考文献", "參考文獻", "中图分类号", "文献标志码", "原著", "专题", "專題", "下载", "引用"}
# A name printed twice with its marks: "Hui LvHui Lv", "Yunhan Sun&#x;Yunhan Sun1".
_DOUBLED = re.compile(rf"(?P<name>[A-Z][^\d*†‡&{_MARKS}]{{1,40}}?)(?:&#x;|[*†‡])?(?P=name)[{_MARKS},]*")


def people(line: str, *, single: bool = False) -> list[Author] | None:
    """The people a byline names, or None. One name alone counts only when
    `single` (the line right below a title) or when it carries a degree or marks."""
    if len(line) > 2000 or _sentence_like(line):
        return None
    text = " ".join(_NOISE.sub(" ", line).replace("…", " ").split())  # (runs of spaces folded first: linear)
    if "et al" in text:  # (the pattern, with no letter to look for first, is tried at every place)
        text = re.sub(r"[,;]?\s*\bet al\.?\s*$", "", text)
    # "Jordan P. Sand, MD1 Vishad Nabili, MD1": a degree and its mark end each person
    text = _AFTER_DEGREE.sub(r"\g<0>, ", text)
    labelled = bool(_LABEL.match(text))
    text = _LABEL.sub("", text).strip(" ,;")
    if not text or len(text) > 2000:
        return None
    if han_count(text) and not re.search(r"[A-Za-z]{4}", text):
        return _chinese(text, labelled or single)
    if han_count(text):
        return None
    inverted = _family_first(text)
    if inverted:
        return inverted
    doubled = _doubled(text)
    if doubled:
        return doubled
    names, marked = _split(text)
    if names is None or not names:
        return None
    if len(names) == 1 and (not (single or marked or labelled) or reads_as_abbreviated_journal(names[0])):
        return None
    vancouver = all(_is_vancouver(n) for n in names)
    found = [from_vancouver(n) if vancouver else from_given_family(n) for n in names]
    # "TENG Xiaopin, LI Hua" (Chinese journals): family names first, set in
    # capitals; one of three letters or more says so for the line ("JP Smith": initials)
    capitals_first = not vancouver and any(_capitals_first(author, shortest=3) for author in found)
    for author in found:  # initials written one way, as Record.author writes them
        author.given = " ".join(compact_initials(w) for w in author.given.split()).rstrip(".")  # "Clarissa F.D" too
        if len(author.family) > 1 and author.family.isupper() and not author.given.isupper():
            # "Seo Won SONG": the family name set in capitals to mark it, written as a name
            author.family = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in author.family.split())
        elif capitals_first and _capitals_first(author, shortest=2):
            first, *rest = author.given.split()
            author.family, author.given = first.capitalize(), " ".join([*rest, author.family])
    return found


def _capitals_first(author: Author, shortest: int) -> bool:
    """Whether the name leads with a word in capitals, of `shortest` letters
    or more, that may be the family name: "TENG Xiaopin", not "Anna DE VRIES"."""
    words = author.given.split()
    return (len(words) == 1 and len(words[0]) >= shortest and words[0].isupper() and words[0].isalpha()
            and not author.family.isupper() and author.family[:1].isupper())


def _sentence_like(line: str) -> bool:
    """More than two words in lower case (not "and", a particle or a degree): a
    sentence or a title, told before any costlier look."""
    lower = 0
    for word in line.split():
        if word[0].islower() and word.rstrip(",;") not in _LOWER_IN_BYLINES:
            lower += 1
            if lower > 2:
                return True
    return False


_LOWER_IN_BYLINES = {"and", "et", "al", "al.", "by", "a", "b", "c", "d", "e", "f", "g", "h"} | _PARTICLES


def affiliation_after_names(line: str) -> str | None:
    """"Qin-Lu Zeng, De-Wu Liu, Burns Institute, …, China": the affiliation that
    follows the names on a byline line, or None."""
    text = " ".join(line.split())
    for part in _SEPARATORS.split(text):
        part = _LEADING_MARKS.sub("", _TRAILING_MARKS.sub("", part.strip())).strip(" .,")
        if part and not _is_name(part):
            rest = text[text.find(part):]
            return rest.rstrip(" .") if looks_like_affiliation(rest) else None
    return None


def _split(text: str) -> tuple[list[str] | None, bool]:
    """Names out of one line; (None, _) when a part is not a name. A part that
    is an affiliation ends the names ("Qin-Lu Zeng, De-Wu Liu, Burns Institute, …"),
    at a comma: after "and" it is the rest of an institution's name ("Zhejiang
    Provincial Burns and Wound Repair Center, …"), and the line no byline."""
    names: list[str] = []
    marked = bool(_MARK.search(text))
    for part in _SEPARATORS.split(text):
        part = _LEADING_MARKS.sub("", _TRAILING_MARKS.sub("", part.strip())).strip(" .,")
        if not part:
            continue
        words = part.replace(".", ". ").split()
        if all(w.casefold().strip(".()") in DEGREES for w in words):
            marked = True
            continue
        while len(words) > 2 and words[-1].casefold().strip(".()") in DEGREES:  # "Jane Doe MD", not "Tran MA"
            words.pop()
            words[-1] = _TRAILING_MARKS.sub("", words[-1]) or words[-1]  # "Greg Chernoff* BSc"
            marked = True
        while words and words[0].casefold().strip(".") in {"dr", "prof", "professor"}:
            words.pop(0)
        part = " ".join(words).replace(". ", ".").replace(" .", ".")
        part = re.sub(r"\.(?=[^\W\d_]{2})", ". ", part)  # "J.Smith", "C.Gøtzsche" stay readable
        if _is_name(part):
            names.append(part)
        elif names and looks_like_affiliation(text[text.find(part):]) \
                and not _JOINED.search(text, 0, text.find(part)):
            break
        else:
            return None, marked
    return names, marked


def _is_name(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 5 or len(part) > 60:
        return False
    if len(words) == 1:
        return False  # a lone word is a title word or a label, hardly a person
    capitals = 0
    for word in words:
        if word.casefold() in _PARTICLES and not word[0].isupper():
            continue
        word = _ELIDED_PARTICLE.sub("", word)
        if _INITIAL.fullmatch(word):  # an initial: "A." is no article
            capitals += 1
            continue
        if word.casefold().strip(".") in _NOT_NAMES or not (word[0].isupper() and _NAME_WORD.fullmatch(word)):
            return False
        if word.endswith(".") and len(word.rstrip(".").replace("-", "").replace(".", "")) > 2:
            return False  # "Sec.", "Immunol.": abbreviations, not initials
        capitals += 1
    return capitals >= 1


def _is_vancouver(name: str) -> bool:
    """"Goldie K", "Fabi SG", "García Lira JR", "Lindqvist Å", "Okafor C.A": the
    initials come last."""
    words = name.split()
    return len(words) >= 2 and is_initials(words[-1], most=3) and len(words[0]) > 1 \
        and not is_initials(words[0], most=3)


def in_compact_form(authors: list[Author]) -> bool:
    """Every name read as a family name and its initials ("Okafor C")."""
    return all(author.family and is_initials(author.given.replace(" ", ""), most=3) for author in authors)


_DEGREES_BARE = frozenset(d.replace(".", "") for d in DEGREES)  # degrees as written without stops

def _family_first(text: str) -> list[Author] | None:
    """"Ortega, María José M.D.; Navarro, Pablo M.D., Ph.D.": family name first,
    people apart by semicolons, degrees after the given names."""
    parts = [p.strip() for p in re.split(r"\s*;\s*(?:and\s+)?", text) if p.strip()]
    if len(parts) < 2 or not all(p.count(",") >= 1 for p in parts):
        return None
    found = []
    for part in parts:
        family, _, given = part.partition(",")
        words = [w for w in given.replace(",", " ").split() if w.casefold().replace(".", "") not in _DEGREES_BARE]
        if not _is_name(f"{' '.join(words[:1]) or 'X'} {family.strip()}") or not words or len(family.split()) > 3:
            return None
        found.append(Author(family=family.strip(), given=" ".join(words)))
    return found


def _doubled(text: str) -> list[Author] | None:
    """Names each printed twice and run together, as hover cards copy."""
    if _SEPARATORS.search(text):
        return None
    matches = list(_DOUBLED.finditer(text))
    found = [m.group("name").strip() for m in matches]
    covered = sum(len(m.group(0)) for m in matches)
    if len(found) < 2 or covered < 0.8 * len(text.replace(" ", "")) - 2:
        return None
    if not all(_is_name(n) for n in found):
        return None
    return [from_given_family(n) for n in found]


def _chinese(text: str, labelled: bool) -> list[Author] | None:
    """"王小明1，李华2*，张伟1", "侯永波 余骏马 朱海娟", "作者：王小明；李华"."""
    labelled = labelled or bool(_CHINESE_LABEL.match(text))
    text = _CHINESE_LABEL.sub("", text)
    text = re.sub(r"[（(][^（）()]*[）)]", " ", text)  # "王小明（中山大学附属第一医院）": where, not who
    parts = [p for p in re.split(rf"[\s,;，；、{_MARKS}()（）]+", text) if p]
    if not parts or not all(_HAN_NAME.match(p) and p not in _HAN_WORDS and not is_chrome(p) for p in parts):
        return None
    if len(parts) == 1 and (len(parts[0]) > 4 or not (labelled or _MARK.search(text))):
        return None
    return [Author(literal=p) for p in parts]
