"""Write the sample saved pages in fixtures/: each site's layout around an article.

Run `python tests/importers/sample_pages.py` to rewrite them. Every page carries
what browsers save with it: tracking scripts, iframes, remote images, menus,
reference lists. The golden .json beside each page was read against it by hand.
"""

from __future__ import annotations

import html
import json
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from sample_papers import (  # noqa: E402
    ATOPIC,
    COSMETICS,
    DOVE,
    FIBROSIS,
    FRONT,
    GRAFT,
    HAIR,
    LETTER,
    MONTHS,
    NANO,
    PHARMA,
    REVIEW,
    SCARS,
    TANDF,
    VITILIGO,
    WOUND,
    Article,
)

FIXTURES = Path(__file__).parent / "fixtures"
e = html.escape


def meta(name: str, content: str, attr: str = "name") -> str:
    return f'<meta {attr}="{name}" content="{e(content)}">\n'


def references(n: int, seed: int) -> str:
    """A reference list of n entries, as article pages print them (varied by seed)."""
    journals = ["J Extracell Vesicles", "Stem Cell Res Ther", "J Invest Dermatol", "Br J Dermatol",
                "Nat Commun", "Cell Death Dis", "Theranostics", "J Control Release", "Wound Repair Regen"]
    families = ["Wang", "Smith", "Kim", "Garcia", "Müller", "Sato", "Rossi", "Chen", "Okoye", "Novak", "Silva"]
    topics = ["vesicle uptake by keratinocytes", "macrophage polarisation in wounds", "fibroblast senescence",
              "angiogenesis in ischaemic skin", "exosome isolation by ultracentrifugation",
              "microRNA cargo of stromal cell vesicles", "hair follicle cycling", "scar remodelling"]
    items = []
    for i in range(1, n + 1):
        k = i * 7 + seed
        j = journals[k % len(journals)]
        authors = ", ".join(f"{families[(k + x) % len(families)]} {chr(65 + (k * x) % 26)}" for x in range(1, 4))
        items.append(
            f'<li class="c-article-references__item" id="ref-CR{i}"><p class="c-article-references__text">'
            f"{authors}. {topics[k % len(topics)].capitalize()}: findings from study {k}. "
            f"{j}. {2005 + k % 19};{k % 40 + 1}:{100 + k}-{110 + k}.</p>"
            f'<p class="c-article-references__links"><a href="https://doi.org/10.1000/ref.{i}">Article</a> '
            f'<a href="https://scholar.google.com/scholar_lookup?title=Study%20{i}">Google Scholar</a></p></li>\n'
        )
    return '<ol class="c-article-references">\n' + "".join(items) + "</ol>\n"


def page(*, head: str, body: str, title: str, stem: str, lang: str = "en", site: str,
         size_kb: int = 0) -> str:
    """A saved page: the site's head and body inside the usual chrome."""
    nav = "".join(f'<li><a href="https://{site}/browse/{i}">Section {i}</a></li>' for i in range(12))
    text = f"""<!DOCTYPE html>
<html lang="{lang}" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<link rel="stylesheet" href="./{stem}_files/main.css">
<link rel="icon" href="https://{site}/favicon.ico">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2C4PL5R"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'G-7QX2C4PL5R');
fetch('https://{site}/api/track?page=' + encodeURIComponent(location.href));</script>
{head}</head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header"><img src="https://{site}/static/logo.svg" alt="logo">
<nav aria-label="main"><ul>{nav}</ul></nav>
<form action="https://{site}/search"><input name="q" placeholder="Search"></form></header>
<main id="main-content">
{body}
</main>
<aside class="sidebar">
<iframe src="https://www.youtube-nocookie.com/embed/Xk2_video" title="video abstract" width="320" height="180"></iframe>
<img src="https://cdn.{site}/banners/subscribe.jpg" alt="Subscribe">
<iframe src="https://ads.example-network.com/slot?site={site}" width="300" height="250"></iframe>
</aside>
<footer class="site-footer"><p>&copy; 2025 {site}. All rights reserved.</p>
<ul><li><a href="https://{site}/privacy">Privacy</a></li><li><a href="https://{site}/cookies">Cookies</a></li></ul></footer>
<script src="https://{site}/static/js/app.bundle.js"></script>
<script>document.querySelectorAll('img').forEach(function(i){{i.src=i.dataset.src||i.src;}});</script>
</body>
</html>
"""
    if size_kb:
        # Real pages carry long reference lists and menus; pad before </main> to the size.
        missing = size_kb * 1024 - len(text.encode())
        refs, n = "", 10
        while len(refs.encode()) < missing:
            n += 10
            refs = ('<section id="Bib1" data-title="References"><h2>References</h2>'
                    + references(n, sum(map(ord, stem))) + "</section>")
        text = text.replace("</main>", refs + "\n</main>", 1)
    return text


def authors_meta(a: Article, *, institutions: bool = True, key: str = "citation_author") -> str:
    out = ""
    for person in a.authors:
        out += meta(key, person.full)
        if institutions:
            for i in person.affiliations:
                out += meta("citation_author_institution", a.affiliations[i - 1])
    return out


def section_html(a: Article, heading_tag: str, heading_class: str, wrap: str = "") -> str:
    if len(a.sections) == 1 and not a.sections[0][0]:
        return f"<p>{e(a.sections[0][1])}</p>"
    parts = []
    for h, t in a.sections:
        inner = f'<{heading_tag} class="{heading_class}">{e(h)}</{heading_tag}><p>{e(t)}</p>'
        parts.append(f"<{wrap}>{inner}</{wrap}>" if wrap else inner)
    return "\n".join(parts)


# ------------------------------------------------------------------ Springer / BMC


def springer(a: Article, stem: str, *, bmc: bool, size_kb: int = 0) -> str:
    site = "stemcellres.biomedcentral.com" if bmc else "link.springer.com"
    ld = {
        "mainEntity": {
            "headline": a.title, "description": a.abstract_text.replace(": ", " "),
            "datePublished": f"{a.iso}T00:00:00Z", "dateModified": f"{a.iso}T00:00:00Z",
            "pageStart": a.first_page, "pageEnd": a.last_page or a.first_page,
            "sameAs": f"https://doi.org/{a.doi}", "keywords": ["Dermatology", "Stem Cells"],
            "image": [f"https://media.springernature.com/lw685/{a.doi}/Fig1.png"],
            "isPartOf": {"name": a.journal, "issn": [a.issn], "volumeNumber": a.volume,
                         "@type": ["Periodical", "PublicationVolume"]},
            "publisher": {"name": "Springer Nature", "@type": "Organization"},
            "author": [{"name": p.full, "affiliation": [{"name": a.affiliations[i - 1], "@type": "Organization"}
                                                         for i in p.affiliations], "@type": "Person"}
                       for p in a.authors],
            "isAccessibleForFree": True, "@type": "ScholarlyArticle",
        },
        "@context": "https://schema.org", "@type": "WebPage",
    }
    head = (
        meta("journal_id", "13287") + meta("dc.title", a.title) + meta("dc.source", f"{a.journal} {a.date[0]} {a.volume}:{a.issue}")
        + meta("dc.format", "text/html") + meta("dc.publisher", "Springer" if not bmc else "BioMed Central")
        + meta("dc.date", a.iso) + meta("dc.type", a.publication_type if not bmc else "OriginalPaper")
        + meta("dc.language", "En")
        # Springer writes the abstract here with its headings run into the text.
        + meta("dc.description", " ".join(f"{h} {t}" for h, t in a.sections))
        + meta("prism.issn", a.issn) + meta("prism.publicationName", a.journal)
        + meta("prism.publicationDate", a.iso) + meta("prism.volume", a.volume) + meta("prism.number", a.issue)
        + meta("prism.section", "OriginalPaper") + meta("prism.startingPage", a.first_page)
        + meta("prism.endingPage", a.last_page or a.first_page) + meta("prism.doi", f"doi:{a.doi}")
        + meta("citation_pdf_url", f"https://{site}/counter/pdf/{a.doi}")
        + meta("citation_fulltext_html_url", f"https://{site}/articles/{a.doi}")
        + meta("citation_journal_title", a.journal) + meta("citation_journal_abbrev", a.abbrev)
        + meta("citation_publisher", a.publisher) + meta("citation_issn", a.issn)
        + meta("citation_title", a.title) + meta("citation_volume", a.volume) + meta("citation_issue", a.issue)
        + meta("citation_publication_date", a.slash_date) + meta("citation_online_date", a.slash_date)
        + meta("citation_firstpage", a.first_page) + (meta("citation_lastpage", a.last_page) if a.last_page else "")
        + meta("citation_article_type", a.publication_type if not bmc else "Research")
        + meta("citation_language", "en") + meta("dc.identifier", f"doi:{a.doi}")
        + meta("DOI", a.doi) + meta("citation_doi", a.doi)
        + "".join(meta("dc.creator", f"{p.family}, {p.given}") for p in a.authors)
        # dc.subject holds Springer's subject areas, not the article's keywords.
        + meta("dc.subject", "Stem Cells") + meta("dc.subject", "Cell Biology") + meta("dc.subject", "Biomedicine, general")
        + authors_meta(a)
        + meta("og:url", f"https://{site}/articles/{a.doi}", "property") + meta("og:type", "article", "property")
        + meta("og:site_name", "BioMed Central" if bmc else "SpringerLink", "property")
        + meta("og:title", a.title, "property") + meta("og:description", a.abstract_text[:180] + "…", "property")
        + f'<script type="application/ld+json">{json.dumps(ld)}</script>\n'
        + '<script>window.dataLayer = [{"content":{"category":{"contentType":"research"},"article":{"doi":"'
        + a.doi + '"}},"session":{"authentication":{"authenticationID":[]}}}];</script>\n'
    )
    authors = ", ".join(
        f'<li class="c-article-author-list__item"><a data-test="author-name" href="#auth-{i}">{e(p.full)}</a>'
        f'<sup class="u-js-hide"><a href="#Aff{p.affiliations[0]}">{p.affiliations[0]}</a></sup></li>'
        for i, p in enumerate(a.authors, 1)
    )
    affs = "".join(f'<li id="Aff{i}"><p class="c-article-author-affiliation__address">{e(x)}</p></li>'
                   for i, x in enumerate(a.affiliations, 1))
    kws = "".join(f'<li class="c-article-subject-list__subject"><a href="/search?query={e(k)}">{e(k)}</a></li>'
                  for k in a.keywords)
    body = f"""<article lang="en"><div class="c-article-header"><ul class="c-article-identifiers">
<li class="c-article-identifiers__item" data-test="article-category">{'Research' if bmc else e(a.publication_type)}</li>
<li class="c-article-identifiers__item"><a href="#article-info">Published: {a.date[2]} {MONTHS[a.date[1]-1]} {a.date[0]}</a></li></ul>
<h1 class="c-article-title" data-test="article-title">{e(a.title)}</h1>
<ul class="c-article-author-list" data-test="authors-list">{authors}</ul>
<p class="c-article-info-details"><i data-test="journal-title">{e(a.journal)}</i> <b data-test="journal-volume">{a.volume}</b>, Article number: {a.pages} ({a.date[0]})</p>
<img src="https://media.springernature.com/lw685/springer-static/cover.jpg" alt="cover"></div>
<section aria-labelledby="Abs1" data-title="Abstract" lang="en"><div class="c-article-section" id="Abs1-section">
<h2 class="c-article-section__title" id="Abs1">Abstract</h2><div class="c-article-section__content" id="Abs1-content">
{section_html(a, "h3", "c-article__sub-heading")}
</div></div></section>
<div class="c-article-body"><section data-title="Introduction"><h2>Introduction</h2>
<p>Extracellular vesicles are released by nearly all cells and carry proteins, lipids and RNA [1, 2].</p></section></div>
<section data-title="Author information"><ol class="c-article-author-affiliation__list">{affs}</ol></section>
<section data-title="Keywords"><h3>Keywords</h3><ul class="c-article-subject-list">{kws}</ul></section>
<iframe src="https://www.altmetric.com/embed/{a.doi}" title="Altmetric"></iframe>
</article>"""
    return page(head=head, body=body, title=f"{a.title} | {a.journal} | Full Text", stem=stem,
                site=site, size_kb=size_kb)


# ------------------------------------------------------------------ Wiley


def wiley(a: Article, stem: str, *, size_kb: int = 0) -> str:
    site = "onlinelibrary.wiley.com"
    head = (
        meta("citation_journal_title", a.journal) + meta("citation_publisher", a.publisher)
        + authors_meta(a) + meta("citation_title", a.title)
        + meta("citation_online_date", a.slash_date) + meta("citation_publication_date", a.slash_date)
        + meta("citation_volume", a.volume) + meta("citation_issue", a.issue)
        + meta("citation_firstpage", a.first_page) + meta("citation_lastpage", a.last_page)
        + meta("citation_doi", a.doi) + meta("citation_issn", "0000-0000".replace("0000-0000", a.issn))
        + meta("citation_abstract_html_url", f"https://{site}/doi/abs/{a.doi}")
        + meta("citation_pdf_url", f"https://{site}/doi/pdf/{a.doi}")
        + "".join(meta("citation_keywords", k) for k in a.keywords)
        + meta("citation_language", "en")
        + meta("dc.Title", a.title) + meta("dc.Publisher", a.publisher) + meta("dc.Identifier", a.doi)
        + meta("og:title", a.title + " - Leung - 2024 - " + a.journal + " - Wiley Online Library", "property")
        + meta("og:description", (a.abstract_text[:200] + "…") if a.sections else "", "property")
        + meta("og:image", "https://onlinelibrary.wiley.com/cms/asset/cover.jpg", "property")
    )
    abstracts = ""
    if a.sections:
        abstracts += (
            '<section class="article-section article-section__abstract" lang="en" data-lang="en" id="section-1-en">'
            '<h2 class="article-section__header section__title main abstractlang_en main" id="d1-title">Abstract</h2>'
            '<div class="article-section__content en main">'
            + section_html(a, "h3", "article-section__sub-title section1", wrap="section")
            + "</div></section>\n"
        )
    if a.abstract_zh:
        # Some Wiley journals print a Chinese abstract after the English one.
        abstracts += (
            '<section class="article-section article-section__abstract" lang="zh" data-lang="zh" id="section-2-zh">'
            '<h2 class="article-section__header section__title abstractlang_zh" id="d2-title">摘要</h2>'
            f'<div class="article-section__content zh"><p>{e(a.abstract_zh)}</p></div></section>\n'
        )
    authors = "".join(
        f'<span class="accordion-tabbed__tab-mobile"><a href="/action/doSearch?ContribAuthorRaw={e(p.family)}" class="author-name accordion-tabbed__control"><span>{e(p.full)}</span></a>'
        f'<div class="author-info accordion-tabbed__content"><p class="author-type">Author</p><p>{e(a.affiliations[p.affiliations[0]-1])}</p></div></span>'
        for p in a.authors
    )
    kws = "".join(f'<li><a href="/action/doSearch?AllField={e(k)}">{e(k)}</a></li>' for k in a.keywords)
    body = f"""<div class="article-citation"><div class="citation"><div class="doi-access-container">
<div class="doi-access" tabindex="0">Free Access</div></div>
<h1 class="citation__title">{e(a.title)}</h1>
<div class="loa-wrapper loa-authors hidden-xs desktop-authors"><div class="accordion-tabbed loa-accordion">{authors}</div></div>
<div class="epub-sections"><div class="epub-section"><span class="epub-state">First published: </span><span class="epub-date">{a.date[2]:02d} {MONTHS[a.date[1]-1]} {a.date[0]}</span></div>
<div class="epub-section"><a class="epub-doi" href="https://doi.org/{a.doi}">https://doi.org/{a.doi}</a></div></div></div></div>
<div class="article__body"><article>
{abstracts}
<section class="keywords"><h3 class="keywords__title">Keywords</h3><ul class="rlist rlist--inline">{kws}</ul></section>
<section class="article-section__content" id="jocd-sec-0001"><h2 class="article-section__title">1 INTRODUCTION</h2>
<p>Exosomes are nanosized vesicles that mediate paracrine signalling between cells.<sup><a href="#bib-0001">1</a></sup></p></section>
<img src="https://onlinelibrary.wiley.com/cms/asset/fig1.jpg" alt="Figure 1"></article></div>"""
    return page(head=head, body=body, title=f"{a.title} - {a.journal} - Wiley Online Library", stem=stem,
                site=site, size_kb=size_kb)


# ------------------------------------------------------------------ Elsevier / ScienceDirect


def sciencedirect(a: Article, stem: str, *, pii: str, size_kb: int = 0) -> str:
    site = "www.sciencedirect.com"
    head = (
        meta("citation_pii", pii) + meta("citation_issn", a.issn) + meta("citation_volume", a.volume)
        + (meta("citation_issue", a.issue) if a.issue else "")
        + meta("citation_lastpage", a.last_page) + meta("citation_publisher", "Elsevier")
        + meta("citation_firstpage", a.first_page) + meta("citation_journal_title", a.journal)
        + meta("citation_type", "JOUR") + meta("citation_doi", a.doi) + meta("dc.identifier", a.doi)
        + meta("citation_article_type", "Full-length article")
        + meta("citation_title", a.title) + meta("citation_publication_date", f"{a.date[0]}/{a.date[1]:02d}/{a.date[2]:02d}")
        + meta("citation_online_date", f"{a.date[0]}/{a.date[1]-1 or 1:02d}/15")
        + meta("citation_pdf_url", f"https://{site}/science/article/pii/{pii}/pdfft")
        + meta("og:description", a.abstract_text[:150] + "…", "property")
        + meta("og:title", a.title, "property") + meta("og:site_name", "ScienceDirect", "property")
        + f'<script type="application/json" data-iso-key="_0">{json.dumps({"article": {"pii": pii, "title": {"content": [{"#name": "title", "_": a.title}]}, "dates": {"Available online": "2023"}}, "abstracts": {"content": []}, "serverData": {"pad": "x" * 2000}})}</script>\n'
    )
    letters = "abcdefghij"
    authors = "".join(
        f'<button class="button-link workspace-trigger button-link-primary" type="button" data-xocs-content-type="author" data-xocs-content-id="au{i:04d}">'
        f'<span class="button-link-text"><span class="react-xocs-alternative-link"><span class="given-name">{e(p.given)}</span> '
        f'<span class="text surname">{e(p.family)}</span></span>'
        + "".join(f'<span class="author-ref" id="baff{j}"><sup>{letters[j-1]}</sup></span>' for j in p.affiliations)
        + ("" if i > 1 else '<svg class="icon icon-envelope"></svg>')
        + "</span></button>"
        for i, p in enumerate(a.authors, 1)
    )
    affs = "".join(f'<dl class="affiliation"><dt><sup>{letters[i]}</sup></dt><dd>{e(x)}</dd></dl>'
                   for i, x in enumerate(a.affiliations))
    kws = "".join(f'<div class="keyword"><span>{e(k)}</span></div>' for k in a.keywords)
    secs = "".join(
        '<div class="abstract author" id="ab0015" lang="en"><h2 class="section-title u-h4 u-margin-l-top u-margin-xs-bottom">Abstract</h2><div id="as0015">'
        + section_html(a, "h3", "u-h4 u-margin-m-top u-margin-xs-bottom", wrap="section")
        + "</div></div>"
        for _ in [0]
    )
    body = f"""<div class="Publication" id="publication"><div class="publication-brand"><img src="https://sdfestaticassets-us-east-1.sciencedirectassets.com/elsevier-non-solus.svg" alt="Elsevier"></div>
<div class="publication-volume u-text-center"><h2 class="publication-title u-h3" id="publication-title"><a class="publication-title-link" href="/journal/{e(a.journal.lower().replace(' ', '-'))}">{e(a.journal)}</a></h2>
<div class="text-xs">Volume {a.volume}{(', Issue ' + a.issue) if a.issue else ''}, {MONTHS[a.date[1]-1]} {a.date[0]}, Pages {a.pages.replace('-', '–')}</div></div></div>
<h1 id="screen-reader-main-title" class="Head u-font-serif u-h2 u-margin-s-ver"><span class="title-text">{e(a.title)}</span></h1>
<div class="author-group" id="author-group"><span class="sr-only">Author links open overlay panel</span>{authors}</div>
<div class="wrapper hidden"><div class="AuthorGroups">{affs}</div></div>
<div class="ArticleIdentifierLinks u-margin-xs-top"><a class="anchor doi anchor-primary" href="https://doi.org/{a.doi}"><span class="anchor-text">https://doi.org/{a.doi}</span></a></div>
<div class="Abstracts u-font-serif" id="abstracts">
<div class="abstract author-highlights" id="ab0010" lang="en"><h2 class="section-title u-h4">Highlights</h2><div id="as0010"><div class="u-margin-s-bottom" id="sp0010"><ul class="list">
<li><span class="list-label">•</span><span>Studies of extracellular vesicles in patients are still few.</span></li>
<li><span class="list-label">•</span><span>We report what was measured and what was found.</span></li></ul></div></div></div>
{secs}
<div class="abstract graphical" id="ab0005"><h2 class="section-title u-h4">Graphical abstract</h2><img src="https://ars.els-cdn.com/content/image/1-s2.0-{pii}-ga1.jpg" alt="Graphical abstract"></div></div>
<div class="Keywords u-font-serif"><div class="keywords-section" id="kwrds0010"><h2 class="section-title u-h4">Keywords</h2>{kws}</div></div>
<iframe src="https://www.sciencedirect.com/sdfe/arp/pii/{pii}/recommendations" title="Recommended articles"></iframe>"""
    return page(head=head, body=body, title=f"{a.title} - ScienceDirect", stem=stem, site=site, size_kb=size_kb)


# ------------------------------------------------------------------ MDPI


def mdpi(a: Article, stem: str, *, size_kb: int = 0) -> str:
    site = "www.mdpi.com"
    labelled = a.abstract_text if a.sections[0][0] else a.sections[0][1]
    head = (
        meta("title", a.title) + meta("description", labelled[:160])
        + meta("dc.title", a.title) + "".join(meta("dc.creator", p.full) for p in a.authors)
        + meta("dc.type", a.publication_type if a.publication_type != "Journal Article" else "Article")
        + meta("dc.source", f"{a.journal} {a.date[0]}, Vol. {a.volume}, Page {a.pages}")
        + meta("dc.date", a.iso) + meta("dc.identifier", a.doi) + meta("dc.publisher", a.publisher)
        + meta("dc.rights", "http://creativecommons.org/licenses/by/3.0/") + meta("dc.format", "application/pdf")
        + meta("dc.language", "en")
        # The abstract, with its markup escaped into the attribute.
        + meta("dc.description", labelled.replace("exosomes", "<i>exosomes</i>", 1))
        + meta("dc.subject", "; ".join(a.keywords))
        + meta("prism.issn", a.issn) + meta("prism.publicationName", a.journal)
        + meta("prism.publicationDate", a.iso) + meta("prism.volume", a.volume)
        + meta("prism.number", a.issue) + meta("prism.section", "Review" if "Review" in a.publication_type else "Article")
        + meta("prism.startingPage", a.pages)
        + meta("citation_issn", a.issn) + meta("citation_journal_title", a.journal)
        + meta("citation_publisher", a.publisher) + meta("citation_title", a.title)
        + meta("citation_publication_date", f"{a.date[0]}/{a.date[1]}")
        + meta("citation_online_date", f"{a.date[0]}/{a.date[1]}/{a.date[2]}")
        + meta("citation_volume", a.volume) + meta("citation_issue", a.issue)
        + meta("citation_firstpage", a.pages) + meta("citation_doi", a.doi)
        + meta("citation_id", f"mdpi-{a.doi.split('/')[1]}")
        + authors_meta(a, institutions=False)
        + meta("citation_pdf_url", f"https://{site}/{a.issn}/{a.volume}/{a.issue}/{a.pages}/pdf")
        + meta("fulltext_pdf", f"https://{site}/{a.issn}/{a.volume}/{a.issue}/{a.pages}/pdf")
        + meta("og:title", a.title, "property") + meta("og:image", "https://pub.mdpi-res.com/img/journals/cover.png", "property")
    )
    authors = ", ".join(
        f'<span class="inlineblock"><div class="profile-card-drop" data-author="{e(p.full)}">{e(p.full)}</div>'
        f'<sup> {",".join(map(str, p.affiliations))}</sup></span>' for p in a.authors
    )
    affs = "".join(f'<div class="affiliation"><div class="affiliation-item"><sup>{i}</sup></div>'
                   f'<div class="affiliation-name ">{e(x)}</div></div>' for i, x in enumerate(a.affiliations, 1))
    if a.sections[0][0]:
        # Structured abstracts are one block with the headings run in bold.
        abstract = " ".join(f"<b>{e(h)}:</b> {e(t)}" for h, t in a.sections)
    else:
        abstract = e(a.sections[0][1])
    kws = "; ".join(f'<a href="/search?q={e(k)}">{e(k)}</a>' for k in a.keywords)
    body = f"""<div class="content__container"><div class="html-breadcrumb"><a href="/">Journals</a> / <a href="/journal/ijms">{e(a.abbrev)}</a> / Volume {a.volume} / Issue {a.issue} / 10.3390/…</div>
<div class="bib-identity" style="margin-bottom: 10px;"><em>{e(a.abbrev)}</em> <b>{a.date[0]}</b>, <em>{a.volume}</em>({a.issue}), {a.pages}; <a href="https://doi.org/{a.doi}">https://doi.org/{a.doi}</a></div>
<div class="article-icons"><span class="label openaccess">Open Access</span><span class="label articletype">{'Review' if 'Review' in a.publication_type else 'Article'}</span></div>
<h1 class="title hypothesis_container" itemprop="name">{e(a.title)}</h1>
<div class="art-authors hypothesis_container">by {authors}</div>
<div class="art-affiliations">{affs}</div>
<div class="pubhistory"><span>Submission received: 2 {MONTHS[a.date[1]-2]} {a.date[0]} / Published: {a.date[2]} {MONTHS[a.date[1]-1]} {a.date[0]}</span></div>
<div class="art-abstract in-tab hypothesis_container">{abstract}</div>
<div class="art-keywords in-tab hypothesis_container"><span class="label">Keywords: </span>{kws}</div>
<div class="html-body"><section id="sec1-ijms" type="intro"><h2 data-nested="1">1. Introduction</h2><div class="html-p">Exosomes are vesicles of 30–150 nm [<a href="#B1-ijms">1</a>].</div></section></div>
<img src="https://pub.mdpi-res.com/ijms/ijms-25-04821/article_deploy/html/images/ijms-25-04821-g001-550.jpg" alt="Figure 1"></div>"""
    return page(head=head, body=body, title=f"{a.abbrev} | Free Full-Text | {a.title}", stem=stem,
                site=site, size_kb=size_kb)


# ------------------------------------------------------------------ PubMed, PMC, Europe PMC


def pubmed(a: Article, stem: str, *, full_authors: bool = True, interface_pub_type: str = "",
           size_kb: int = 0) -> str:
    site = "pubmed.ncbi.nlm.nih.gov"
    y, m, d = a.date
    head = (
        meta("ncbi_app", "pubmed") + meta("ncbi_db", "pubmed") + meta("ncbi_phid", "CE8B5AF87C7FFCB1000000000D5B0A4F")
        + meta("ncbi_pdid", "abstract") + meta("ncbi_uid", a.pmid) + meta("ncbi_cost_center", "pubmed")
        + meta("description", a.abstract_text[:150]) + meta("keywords", f"pmid {a.pmid}, {a.doi}")
        + meta("citation_title", a.title)
        + (meta("citation_authors", ";".join(p.vancouver for p in a.authors)) if full_authors else "")
        + meta("citation_date", f"{m:02d}/{d:02d}/{y}") + meta("citation_journal_title", a.abbrev)
        + meta("citation_volume", a.volume) + meta("citation_issue", a.issue)
        + meta("citation_firstpage", a.first_page) + meta("citation_doi", a.doi)
        + meta("citation_pmid", a.pmid) + meta("citation_issn", a.issn)
        + meta("citation_abstract_html_url", f"https://{site}/{a.pmid}/")
        + meta("og:title", a.title, "property") + meta("og:site_name", "PubMed", "property")
        + meta("og:description", a.abstract_text[:150], "property")
        + meta("twitter:domain", "pubmed.ncbi.nlm.nih.gov")
    )
    if full_authors:
        authors = "".join(
            f'<span class="authors-list-item "><a class="full-name" href="/?term={e(p.vancouver)}&cauthor_id=1" '
            f'data-ga-label="{e(p.full)}">{e(p.full)}</a><sup class="affiliation-links">'
            + "".join(f'<span class="author-sup-separator"> </span><a class="affiliation-link" href="#full-view-affiliation-{i}">{i}</a>' for i in p.affiliations)
            + '</sup><span class="comma">,&nbsp;</span></span>'
            for p in a.authors
        )
        affs = "".join(f'<li data-affiliation-id="$aff{i}"><sup class="key">{i}</sup> {e(x)}</li>'
                       for i, x in enumerate(a.affiliations, 1))
        authors_html = (f'<div class="authors"><div class="authors-list">{authors}</div></div>'
                        f'<div class="affiliations"><h3 class="title">Affiliations</h3><ul class="item-list">{affs}</ul></div>')
    else:
        # A long list the page collapses: only "First Author et al." is printed.
        authors_html = (f'<div class="authors"><div class="authors-list"><span class="authors-list-item">'
                        f'<a class="full-name" data-ga-label="{e(a.authors[0].full)}">{e(a.authors[0].full)}</a></span>'
                        f'<span class="etal"> et al.</span></div></div>')
    if a.sections[0][0]:
        paras = "".join(f'<p><strong class="sub-title">{e(h)}: </strong>{e(t)}</p>' for h, t in a.sections)
    else:
        paras = f"<p>{e(a.sections[0][1])}</p>"
    kws = "; ".join(a.keywords)
    types = [interface_pub_type or a.publication_type]
    if types[0] != "Journal Article":
        types.append("Journal Article")
    pub_types = "".join(f'<li><button class="keyword-actions-trigger">{e(t)}</button></li>' for t in types)
    ids = (f'<li><span class="identifier pubmed"><span class="id-label">PMID: </span><strong class="current-id">{a.pmid}</strong></span></li>'
           + (f'<li><span class="identifier pmc"><span class="id-label">PMCID: </span><a class="id-link" href="https://www.ncbi.nlm.nih.gov/pmc/articles/{a.pmcid}/">{a.pmcid}</a></span></li>' if a.pmcid else "")
           + f'<li><span class="identifier doi"><span class="id-label">DOI: </span><a class="id-link" href="https://doi.org/{a.doi}">{a.doi}</a></span></li>')
    heading_type = f'<div class="publication-type">{e(types[0])}</div>' if types[0] != "Journal Article" else ""
    body = f"""<div class="usa-banner"><div class="usa-banner-inner"><img src="https://www.ncbi.nlm.nih.gov/coreutils/uswds/img/favicons/favicon-57.png" alt="U.S. flag">
<p>An official website of the United States government</p></div></div>
<main class="article-details" id="article-details"><header class="heading" id="heading">
{heading_type}
<div class="article-citation"><div class="article-source"><div class="journal-actions dropdown-block"><button class="journal-actions-trigger trigger" title="{e(a.journal)}">{e(a.abbrev)}</button></div>
<span class="period">. </span><span class="cit">{y} {MONTHS[m-1]} {d};{a.volume}({a.issue}):{a.pages}.</span></div>
<span class="citation-doi">doi: {a.doi}.</span></div>
<h1 class="heading-title">{e(a.title)}</h1>
<div class="inline-authors">{authors_html}</div>
<ul class="identifiers" id="full-view-identifiers">{ids}</ul>
</header>
<div class="abstract" id="abstract"><h2 class="title">Abstract</h2>
<div class="abstract-content selected" id="eng-abstract">{paras}</div>
<p><strong class="sub-title">Keywords: </strong>{e(kws)}.</p></div>
<div class="conflict-of-interest" id="conflict-of-interest"><h2 class="title">Conflict of interest statement</h2><p>The authors declare that they have no competing interests.</p></div>
<div class="similar-articles" id="similar"><h2 class="title">Similar articles</h2><ul class="articles-list"><li><div class="docsum-content"><a class="docsum-title" href="/36518984/">Evaluating the safety and efficacy of mesenchymal stem cell-derived exosomes.</a><span class="docsum-authors short-authors">Nazari H, et al.</span><span class="docsum-journal-citation short-journal-citation">Gastroenterol Rep (Oxf). 2022.</span></div></li></ul></div>
<div class="publication-types keywords-section" id="publication-types"><h2 class="title">Publication types</h2><ul class="keywords-list">{pub_types}</ul></div>
<iframe src="https://www.ncbi.nlm.nih.gov/stat?uid={a.pmid}" width="1" height="1"></iframe>
</main>"""
    return page(head=head, body=body, title=f"{a.title} - PubMed", stem=stem, site=site, size_kb=size_kb)


def pmc(a: Article, stem: str, *, size_kb: int = 0) -> str:
    site = "pmc.ncbi.nlm.nih.gov"
    y, m, d = a.date
    head = (
        meta("ncbi_app", "pmc") + meta("ncbi_db", "pmc") + meta("ncbi_pdid", "article")
        + meta("ncbi_acc", a.pmcid) + meta("ncbi_domain", a.abbrev.lower().replace(" ", ""))
        + meta("citation_journal_title", a.journal) + meta("citation_title", a.title)
        + authors_meta(a) + meta("citation_publication_date", f"{y} {MONTHS[m-1]} {d}")
        + meta("citation_volume", a.volume) + meta("citation_issue", a.issue)
        + meta("citation_firstpage", a.first_page) + meta("citation_doi", a.doi)
        + meta("citation_pmid", a.pmid)
        + meta("citation_abstract_html_url", f"https://{site}/articles/{a.pmcid}/")
        + meta("citation_pdf_url", f"https://{site}/articles/{a.pmcid}/pdf/main.pdf")
        + meta("description", a.abstract_text[:200])
        + meta("og:title", a.title, "property") + meta("og:site_name", "PMC", "property")
        + meta("og:description", a.abstract_text[:200], "property")
    )
    paras = section_html(a, "h3", "pmc_sec_title", wrap="section")
    zh = ""
    if a.abstract_zh:
        zh = (f'<section class="abstract" id="abstract2" lang="zh"><h2>摘要</h2>'
              f'<p>{e(a.abstract_zh)}</p></section>')
    kws = ", ".join(a.keywords)
    authors = ", ".join(f'<span class="name western">{e(p.full)}</span><sup>{p.affiliations[0]}</sup>' for p in a.authors)
    body = f"""<div class="usa-banner"><p>An official website of the United States government</p></div>
<article lang="en"><section aria-label="Article citation and metadata"><section class="pmc-layout__citation font-secondary font-xs">
<div><div class="display-inline-block"><button type="button" class="cursor-pointer text-no-underline bg-transparent border-0 padding-0 text-left margin-0 text-normal text-primary" aria-controls="journal_context_menu">{e(a.abbrev)}</button></div>. {y} {MONTHS[m-1]} {d};{a.volume}({a.issue}):{a.pages}. doi: <a href="https://doi.org/{a.doi}" class="usa-link">{a.doi}</a></div></section>
<hgroup><h1>{e(a.title)}</h1></hgroup>
<div class="cg p">{authors}</div>
<ul class="pmc-id-list"><li>PMCID: {a.pmcid}</li><li>PMID: <a href="https://pubmed.ncbi.nlm.nih.gov/{a.pmid}/">{a.pmid}</a></li></ul>
</section>
<section class="body main-article-body"><section class="abstract" id="abstract1"><h2>Abstract</h2>
{paras}
<section class="kwd-group"><p><strong>Keywords:</strong> {e(kws)}</p></section></section>
{zh}
<section id="sec1"><h2 class="pmc_sec_title">Introduction</h2><p>Extracellular vesicles (EVs) are lipid bilayer particles [<a href="#CR1">1</a>].</p>
<figure class="fig"><img src="https://cdn.ncbi.nlm.nih.gov/pmc/blobs/a1b2/fig1.jpg" alt="Fig. 1"></figure></section></section></article>"""
    return page(head=head, body=body, title=f"{a.title} - PMC", stem=stem, site=site, size_kb=size_kb)


def europepmc(a: Article, stem: str) -> str:
    site = "europepmc.org"
    y, m, d = a.date
    head = (
        meta("citation_title", a.title) + "".join(meta("citation_author", p.full) for p in a.authors)
        + meta("citation_journal_title", a.journal) + meta("citation_date", f"{y}/{m:02d}/{d:02d}")
        + meta("citation_volume", a.volume) + meta("citation_issue", a.issue)
        + meta("citation_firstpage", a.pages) + meta("citation_doi", a.doi) + meta("citation_pmid", a.pmid)
        + meta("description", a.abstract_text[:160]) + meta("og:site_name", "Europe PMC", "property")
        + '<base href="/"><script src="https://europepmc.org/runtime.js" type="module"></script>\n'
    )
    authors = "".join(f'<li><a class="author-name" href="/search?query=AUTH:%22{e(p.vancouver)}%22">{e(p.vancouver)}</a></li>' for p in a.authors)
    kws = "".join(f'<li class="keyword"><a>{e(k)}</a></li>' for k in a.keywords)
    body = f"""<app-root ng-version="17.3.1"><div id="epmc-header"><img src="https://europepmc.org/template/images/epmc-logo.svg" alt="Europe PMC"></div>
<div class="article-metadata"><h1 id="article--title" class="article-title">{e(a.title)}</h1>
<ul class="authors-list">{authors}</ul>
<div class="article-metadata-journal"><span class="journal-title">{e(a.abbrev)}</span>, {a.volume}({a.issue}):{a.pages}, {d} {MONTHS[m-1]} {y}</div>
<div class="article-metadata-ids"><span class="article-id"><span class="id-label">PMID:</span> {a.pmid}</span>
<span class="article-id"><span class="id-label">PMCID:</span> <a href="/article/PMC/{a.pmcid}">{a.pmcid}</a></span>
<span class="article-id"><span class="id-label">DOI:</span> <a href="https://doi.org/{a.doi}">{a.doi}</a></span></div></div>
<div class="article--abstract"><h3 id="abstract">Abstract</h3><div id="article--abstract--content" class="abstract-content"><p>{e(a.abstract_text)}</p></div></div>
<div class="keywords"><h4>Keywords</h4><ul>{kws}</ul></div>
<iframe src="https://www.altmetric.com/embed?doi={a.doi}" title="Altmetric"></iframe></app-root>"""
    return page(head=head, body=body, title=f"{a.title} - Abstract - Europe PMC", stem=stem, site=site)


# ------------------------------------------------------------------ pages read by the generic reader


def frontiers(a: Article, stem: str) -> str:
    site = "www.frontiersin.org"
    head = (
        meta("citation_volume", a.volume) + meta("citation_journal_title", a.journal)
        + meta("citation_publisher", a.publisher) + meta("citation_journal_abbrev", a.abbrev)
        + meta("citation_issn", a.issn) + meta("citation_doi", a.doi) + meta("citation_firstpage", a.pages)
        + meta("citation_language", "English") + meta("citation_title", a.title)
        + meta("citation_keywords", "; ".join(a.keywords))
        + meta("citation_abstract", " ".join(f"<p><strong>{h}:</strong> {t}</p>" for h, t in a.sections))
        + meta("citation_pdf_url", f"https://{site}/journals/medicine/articles/{a.doi}/pdf")
        + meta("citation_online_date", a.slash_date) + meta("citation_publication_date", a.slash_date)
        + "".join(meta("citation_author", f"{p.family}, {p.given}") + meta("citation_author_institution", a.affiliations[p.affiliations[0]-1]) for p in a.authors)
        + meta("dc.identifier", f"doi:{a.doi}")
        + meta("og:title", a.title, "property") + meta("og:site_name", "Frontiers", "property")
    )
    body = f"""<div class="ArticleDetails"><div class="header-bar-three">{e(a.publication_type if a.publication_type != 'Journal Article' else 'ORIGINAL RESEARCH')} article</div>
<h1>{e(a.title)}</h1><div class="authors">{', '.join(e(p.full) for p in a.authors)}</div>
<div class="JournalAbstract"><p><strong>Introduction:</strong> {e(a.sections[0][1])}</p></div></div>"""
    return page(head=head, body=body, title=f"Frontiers | {a.title}", stem=stem, site=site)


def dove(a: Article, stem: str) -> str:
    """Dove Medical Press style: Dublin Core tags and a COinS span, no citation_* tags."""
    site = "www.dovepress.com"
    y, m, d = a.date
    coins = "&".join(
        [
            "ctx_ver=Z39.88-2004", "rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal",
            f"rft_id=info%3Adoi%2F{a.doi.replace('/', '%2F')}", "rft.genre=article",
            "rft.atitle=" + a.title.replace(" ", "+").replace(":", "%3A"),
            "rft.jtitle=" + a.journal.replace(" ", "+").replace(",", "%2C"),
            f"rft.date={y}-{m:02d}-{d:02d}", f"rft.volume={a.volume}",
            f"rft.spage={a.first_page}", f"rft.epage={a.last_page}", f"rft.issn={a.issn}",
        ]
        + [f"rft.au={p.family}%2C+{p.given}" for p in a.authors]
    )
    head = (
        meta("DC.Title", a.title) + "".join(meta("DC.Creator", p.full) for p in a.authors)
        + meta("DC.Date", a.iso) + meta("DC.Identifier", f"https://doi.org/{a.doi}")
        + meta("DC.Publisher", a.publisher) + meta("DC.Language", "en")
        + meta("og:title", a.title + " | CCID", "property")
    )
    paras = "".join(f"<p><strong>{e(h)}:</strong> {e(t)}</p>" for h, t in a.sections)
    body = f"""<div class="article-body"><h1 itemprop="name">{e(a.title)}</h1>
<p class="authors">Authors {', '.join(e(p.full) for p in a.authors)}</p>
<p class="journal">{e(a.journal)}, Volume {a.volume}, {a.pages}</p>
<span class="Z3988" title="{e(coins)}"></span>
<div class="abstract" id="abstract"><h2>Abstract:</h2>{paras}
<p><strong>Keywords:</strong> {e(', '.join(a.keywords))}</p></div></div>"""
    return page(head=head, body=body, title=f"{a.title} | CCID", stem=stem, site=site)


def tandf(a: Article, stem: str) -> str:
    """Only JSON-LD (in a @graph) carries the record, as on several platforms."""
    site = "www.tandfonline.com"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Taylor & Francis Online", "url": f"https://{site}"},
            {"@type": "ScholarlyArticle", "headline": a.title, "datePublished": a.iso,
             "author": [{"@type": "Person", "givenName": p.given, "familyName": p.family,
                         "affiliation": {"@type": "Organization", "name": a.affiliations[p.affiliations[0]-1]}}
                        for p in a.authors],
             "isPartOf": {"@type": "PublicationIssue", "issueNumber": a.issue,
                          "isPartOf": {"@type": "PublicationVolume", "volumeNumber": a.volume,
                                       "isPartOf": {"@type": "Periodical", "name": a.journal, "issn": a.issn}}},
             "identifier": [{"@type": "PropertyValue", "propertyID": "DOI", "value": a.doi}],
             "pagination": a.pages, "publisher": {"@type": "Organization", "name": a.publisher},
             "keywords": ", ".join(a.keywords), "inLanguage": "en", "abstract": a.abstract_text},
        ],
    }
    head = (f'<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>\n'
            + meta("og:title", a.title, "property") + meta("og:type", "article", "property"))
    body = f"""<div class="publicationContentTitle"><h1><span class="NLM_article-title hlFld-title">{e(a.title)}</span></h1></div>
<div class="abstractSection abstractInFull"><p>{e(a.abstract_text)}</p></div>"""
    return page(head=head, body=body, title=f"Full article: {a.title}", stem=stem, site=site)


PAGES = {
    "springer-html/bmc-wound-healing.html": lambda s: springer(WOUND, s, bmc=True, size_kb=60),
    "springer-html/springerlink-alopecia.html": lambda s: springer(HAIR, s, bmc=False),
    "springer-html/bmc-nanobiotech-psoriasis.html": lambda s: springer(NANO, s, bmc=True),
    "wiley-html/jocd-acne-scars.html": lambda s: wiley(SCARS, s, size_kb=60),
    "wiley-html/expdermatol-vitiligo-chinese.html": lambda s: wiley(VITILIGO, s),
    "wiley-html/jeadv-letter-no-abstract.html": lambda s: wiley(LETTER, s),
    "elsevier-html/jds-systemic-sclerosis.html": lambda s: sciencedirect(FIBROSIS, s, pii="S0923181123001548", size_kb=60),
    "elsevier-html/jaadint-atopic-dermatitis.html": lambda s: sciencedirect(ATOPIC, s, pii="S2666328724000312"),
    "elsevier-html/cytotherapy-manufacturing.html": lambda s: sciencedirect(GRAFT, s, pii="S1465324923008617"),
    "mdpi-html/ijms-systematic-review.html": lambda s: mdpi(REVIEW, s, size_kb=60),
    "mdpi-html/pharmaceutics-radiation-dermatitis.html": lambda s: mdpi(PHARMA, s),
    "mdpi-html/cosmetics-product-labels.html": lambda s: mdpi(COSMETICS, s),
    "pubmed-html/bmc-wound-healing.html": lambda s: pubmed(WOUND, s, size_kb=60),
    "pubmed-html/rct-acne-scars.html": lambda s: pubmed(SCARS, s),
    "pubmed-html/collapsed-authors-phase1.html": lambda s: pubmed(FIBROSIS, s, full_authors=False),
    "pmc-html/pmc-wound-healing.html": lambda s: pmc(WOUND, s),
    "pmc-html/pmc-vitiligo-chinese-abstract.html": lambda s: pmc(VITILIGO, s),
    "pmc-html/europepmc-systematic-review.html": lambda s: europepmc(REVIEW, s),
    "html-meta/frontiers-venous-ulcers.html": lambda s: frontiers(FRONT, s),
    "html-meta/dove-coins-dublin-core.html": lambda s: dove(DOVE, s),
    "html-meta/tandf-json-ld-graph.html": lambda s: tandf(TANDF, s),
}


def write_all() -> None:
    for name, make in PAGES.items():
        path = FIXTURES / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(make(path.stem), encoding="utf-8")




def mhtml(page_html: str, *, url: str, title: str, charset: str = "utf-8", encoding: str = "quoted-printable") -> bytes:
    """A page as Chrome (quoted-printable) or Internet Explorer (base64) save it as one file."""
    import base64
    import quopri

    boundary = "----MultipartBoundary--Xq3ZkP8vN2hTjR5wLmC7yB4sD6fG1aE9uH0iO----"
    body = page_html.encode(charset)
    encoded = (quopri.encodestring(body) if encoding == "quoted-printable"
               else base64.encodebytes(body)).decode("ascii")
    css = base64.encodebytes(b"body{font-family:Arial,sans-serif}.hidden{display:none}" * 20).decode("ascii")
    png = base64.encodebytes(bytes(range(256)) * 4).decode("ascii")
    parts = [
        f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\nSubject: {title}\r\n"
        "Date: Tue, 12 Mar 2024 09:41:07 +0800\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n',
        f"--{boundary}\r\nContent-Type: text/html; charset={charset}\r\nContent-ID: <frame-A1B2C3@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: {encoding}\r\nContent-Location: {url}\r\n\r\n{encoded}\r\n",
        f"--{boundary}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: {url.rsplit('/', 1)[0]}/main.css\r\n\r\n{css}\r\n",
        f"--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: https://cdn.example.org/logo.png\r\n\r\n{png}\r\n",
        f"--{boundary}--\r\n",
    ]
    return "".join(parts).encode("ascii")


MHTML_PAGES = {
    "mhtml/pubmed-acne-scars.mhtml": lambda: mhtml(pubmed(SCARS, "x"), url="https://pubmed.ncbi.nlm.nih.gov/38699432/",
                                                   title=SCARS.title + " - PubMed"),
    "mhtml/wiley-vitiligo-gb18030.mht": lambda: mhtml(wiley(VITILIGO, "x"), url="https://onlinelibrary.wiley.com/doi/10.1111/exd.14763",
                                                      title="Wiley", charset="gb18030", encoding="base64"),
    "mhtml/mdpi-cosmetics.mhtml": lambda: mhtml(mdpi(COSMETICS, "x"), url="https://www.mdpi.com/2079-9284/11/6/193",
                                                title=COSMETICS.title),
}


def write_mhtml() -> None:
    for name, make in MHTML_PAGES.items():
        path = FIXTURES / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(make())


# ------------------------------------------------------------------ the seed kinds as saved pages

VUFIND_LABELS = {
    "es": ("Autores principales:", "Formato:", "Lenguaje:", "Publicado:", "Acceso en línea:", "Detalles bibliográficos", "Vista del personal"),
    "en": ("Main Authors:", "Format:", "Language:", "Published:", "Online Access:", "Bibliographic Details", "Staff View"),
    "de": ("Hauptverfasser:", "Format:", "Sprache:", "Veröffentlicht:", "Online-Zugang:", "Bibliographische Detailangaben", "Personalansicht"),
}


def vufind(a: Article, stem: str, *, lang: str, staff_view: bool = True) -> str:
    site = {"es": "catalogo.biblioteca.example.es", "en": "library.example.edu", "de": "katalog.ub.example.de"}[lang]
    authors_l, format_l, language_l, published_l, online_l, details_l, staff_l = VUFIND_LABELS[lang]
    names = [f"{p.family}, {p.given}" for p in a.authors]
    urls = ([f"https://www.ncbi.nlm.nih.gov/pmc/articles/{a.pmcid}/"] if a.pmcid else []) + (
        [f"https://www.ncbi.nlm.nih.gov/pubmed/{a.pmid}"] if a.pmid else []) + [f"http://dx.doi.org/{a.doi}"]
    coins = "&".join(["ctx_ver=Z39.88-2004", "ctx_enc=info%3Aofi%2Fenc%3AUTF-8",
                      "rfr_id=info%3Asid%2Fvufind.svn.sourceforge.net%3Agenerator", f"rft.date={a.date[0]}",
                      "rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Adc", "rft.title=" + a.title.replace(" ", "+"),
                      "rft.creator=" + names[0].replace(" ", "+").replace(",", "%2C"),
                      "rft.pub=" + a.publisher.replace(" ", "+"), "rft.format=Article", "rft.language=English"])
    head = ('<link rel="search" type="application/opensearchdescription+xml" title="Library Catalog Search" '
            f'href="https://{site}/vufind/Search/OpenSearch?method=describe">\n'
            f'<link rel="canonical" href="https://{site}/vufind/Record/pubmed-{a.pmcid[3:] or a.pmid}">\n')
    staff = ""
    if staff_view:
        rows = [("author", "<br>".join(e(n) for n in names)), ("author_facet", "<br>".join(e(n) for n in names)),
                ("author_sort", e(names[0])), ("collection", "PubMed"),
                ("container_title", e(a.abbrev)), ("container_volume", a.volume), ("container_issue", a.issue),
                ("container_start_page", a.first_page), ("description", e(a.abstract_text.replace("Background:", "BACKGROUND:").replace("Methods:", "METHODS:").replace("Results:", "RESULTS:").replace("Conclusions:", "CONCLUSIONS:").replace("Conclusion:", "CONCLUSION:").replace("Objective:", "OBJECTIVE:"))),
                ("format", "Online<br>Article<br>Text"), ("id", f"pubmed-{a.pmcid[3:]}"),
                ("institution", "National Center for Biotechnology Information"), ("language", "English"),
                ("publishDate", str(a.date[0])), ("publisher", e(a.publisher)), ("record_format", "MEDLINE/PubMed"),
                ("title", e(a.title)), ("title_sort", e(a.title.lower())), ("topic", e(a.publication_type)),
                ("url", "<br>".join(f'<a href="{u}">{u}</a>' for u in urls))]
        staff = (f'<div class="tab-pane" id="details"><h2>{staff_l}</h2><table class="citation table table-striped">'
                 + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table></div>")
    authors = ", ".join(f'<span class="author-data" property="author"><a href="/vufind/Author/Home?author={e(n)}">{e(n)}</a></span>' for n in names)
    links = "<br>".join(f'<a href="{u}" class="fulltext" target="new">{u}</a>' for u in urls)
    body = f"""<div class="loading-bar">{'Cargando…' if lang == 'es' else 'Loading…'}</div>
<div class="container"><div class="mainbody left"><div class="record recordId" id="record">
<input type="hidden" value="pubmed-{a.pmcid[3:]}" class="hiddenId"><input type="hidden" value="Solr" class="hiddenSource">
<div class="media"><div class="media-left medium img-col"><img src="https://{site}/vufind/Cover/Show?size=medium&amp;recordid=pubmed" alt="cover"></div>
<div class="media-body"><h1 property="name">{e(a.title)}</h1>
<div class="summary"><p>{e(a.abstract_text[:240])}...</p></div>
<table class="table table-striped" summary="{details_l}">
<tr><th>{authors_l}</th><td class="recordAuthors">{authors}</td></tr>
<tr><th>{format_l}</th><td class="recordFormat"><span class="format online">Online</span> <span class="format article">Article</span></td></tr>
<tr><th>{language_l}</th><td>English</td></tr>
<tr><th>{published_l}</th><td><span property="publisher"><span property="name">{e(a.publisher)}</span></span> <span property="datePublished">{a.date[0]}</span></td></tr>
<tr><th>{online_l}</th><td>{links}</td></tr></table>
<span class="Z3988" title="{e(coins)}"></span></div></div>
<ul class="nav nav-tabs"><li><a href="#description">Descripción</a></li><li class="active"><a href="#details">{staff_l}</a></li></ul>
<div class="tab-content">{staff}</div></div></div>
<div class="sidebar"><h4>Similar Items</h4><ul><li><a href="/vufind/Record/pubmed-1">Exosomes in wound healing</a></li></ul></div></div>"""
    return page(head=head, body=body, title=f"{a.title}", stem=stem, site=site, lang=lang)


def digital_commons(a: Article, stem: str, *, local_authors: list[int], date_text: str,
                    series: str) -> str:
    """A bepress Digital Commons record: only the institution's own authors in the
    author list; every author in the Recommended Citation."""
    site = "digitalcommons.example.edu"
    local = [a.authors[i] for i in local_authors]
    head = (
        meta("bepress_citation_series_title", series) + meta("bepress_citation_title", a.title)
        + "".join(meta("bepress_citation_author", f"{p.family}, {p.given}") for p in local)
        + meta("bepress_citation_date", str(a.date[0]))
        + meta("bepress_citation_pdf_url", f"https://{site}/cgi/viewcontent.cgi?article=1{a.pages[:3]}&context=faculty")
        + meta("bepress_citation_abstract_html_url", f"https://{site}/faculty/{a.pages[:3]}")
        + meta("bepress_citation_doi", a.doi) + meta("bepress_citation_online_date", f"{a.date[0]}/{a.date[1]}/{a.date[2] + 3}")
        + meta("description", a.abstract_text[:200]) + meta("bepress_is_article_cover_page", "1")
        + meta("viewport", "width=device-width") + '<script src="https://www.example-counter.com/count.js"></script>\n'
    )
    vancouver = ", ".join(p.vancouver for p in a.authors)
    vol = f"{a.date[0]}; {a.volume}" + (f"({a.issue})" if a.issue else "") + (f":{a.pages}" if "-" in a.pages else "")
    citation = f"{vancouver}. {a.title}. {a.journal}. {vol}. doi: {a.doi}."
    if a.sections[0][0]:
        abstract = "".join(f"<p><strong>{e(h)}</strong></p><p>{e(t)}</p>" for h, t in a.sections)
    else:
        abstract = f"<p>{e(a.sections[0][1])}</p>"
    local_html = "".join(f'<p class="author"><a href="https://{site}/do/search/?q=author%3A{e(p.family)}"><strong>{e(p.full)}</strong></a><br><em>{e(a.affiliations[p.affiliations[0]-1])}</em></p>' for p in local)

    def field(ident, label, value):
        return f'<div id="{ident}" class="element"><h2 class="field-heading">{label}</h2><p>{value}</p></div>\n'

    body = f"""<div id="container"><div id="header"><a href="https://{site}" id="banner_link"><img src="https://{site}/assets/md5images/banner.gif" alt="Digital Commons"></a></div>
<div id="navigation"><ul id="tabs"><li><a href="https://{site}">Home</a></li><li><a href="https://{site}/about.html">About</a></li><li><a href="https://{site}/faq.html">FAQ</a></li><li><a href="https://{site}/cgi/myaccount.cgi">My Account</a></li></ul></div>
<div id="wrapper"><div id="content"><div id="main" class="text"><div id="display-pdf"><object data="https://{site}/cgi/viewcontent.cgi" type="application/pdf"></object></div>
<div id="breadcrumb"><a href="https://{site}">Home</a> &gt; <a href="https://{site}/faculty">{e(series)}</a></div>
<div id="alpha"><div id="title" class="element"><h1><a href="https://{site}/faculty/{a.pages[:3]}">{e(a.title)}</a></h1></div>
<div id="authors" class="element"><h2 class="visually-hidden">Authors</h2>{local_html}</div>
{field("document_type", "Document Type", e(a.publication_type if a.publication_type != 'Journal Article' else 'Article'))}
{field("publication_title", "Publication Title", e(a.journal))}
<div id="abstract" class="element"><h2 class="field-heading">Abstract</h2>{abstract}</div>
{field("doi", "DOI", e(a.doi))}
{field("publication_date", "Publication Date", e(date_text))}
{field("issn", "ISSN", e(a.issn))}
<div id="recommended_citation" class="element"><h2 class="field-heading">Recommended Citation</h2><p class="citation">{e(citation)}</p></div>
</div></div></div></div>
<div id="footer"><p><a href="https://www.elsevier.com/solutions/digital-commons">Elsevier - Digital Commons</a></p></div></div>"""
    return page(head=head, body=body, title=f'"{a.title}" by {local[0].full}', stem=stem, site=site)


MT_NOTICE = "本文章由计算机程序翻译，如有差异，请以英文原文为准。"


def aggregator(a: Article, stem: str, *, impact: float, citations: int, translated: bool,
               region: str) -> str:
    """A Chinese aggregator page: the record as a JSON object in a script, the
    abstract in Chinese by machine translation with the site's notice."""
    site = "www.xueshu-example.cn"
    record = {
        "title": a.title + ".", "authors": ",&nbsp;".join(p.full for p in a.authors), "doi": a.doi,
        "DOIUrl": None, "url": None,
        "abstract": "<p><p>" + e(a.abstract_text).replace("&quot;", "\"") + "</p>",
        "PeriodicalId": 10423, "journal": {"name": a.journal, "volume": None, "pages": None},
        "PeriodicalIF": impact, "publicationDate": a.iso, "publicationTypes": a.publication_type,
        "fieldsOfStudy": None, "isOpenAccess": bool(a.pmcid), "openAccessPdf": "", "citationCount": str(citations),
        "resultStr": None, "platform": "Semanticscholar", "paperid": None, "PeriodicalName": a.journal,
        "FirstCategoryId": "3", "ListUrlMain": f"https://doi.org/{a.doi}", "RegionNum": 2, "RegionCategory": region,
        "ArticlePicture": [], "TitleCN": a.title_zh or None, "AbstractTextCN": a.abstract_zh or None,
        "PMCID": a.pmcid or None, "EPubDate": "", "PubModel": "", "JCR": "Q1", "JCRName": "DERMATOLOGY",
        "Score": None, "Total": 0,
    }
    blob = json.dumps(record, ensure_ascii=False).replace("</", "<\\/")
    zh = ""
    if translated:
        zh = (f'<div class="abstract-cn"><h3>摘要</h3><p class="notice">{MT_NOTICE}</p>'
              f"<h2>{e(a.title_zh)}</h2><p>{e(a.abstract_zh)}</p></div>")
    head = meta("keywords", "外泌体,间充质干细胞,文献检索") + meta("description", a.title)
    body = f"""<div class="top-bar"><a href="/">首页</a> <a href="/journal">期刊查询</a> <a href="/help">文献互助</a> <a href="/login">登录</a> <a href="/register">注册</a></div>
<div class="paper-detail"><h1 class="paper-title">{e(a.title)}.</h1>
<div class="jour-info"><span class="if">IF {impact}</span> <span class="zone">{region.replace('医学', '')}{region} Q1 DERMATOLOGY</span></div>
<div class="authors">{', '.join(e(p.full) for p in a.authors)}</div>
<script>window.__PAPER__ = {blob};</script>
<div class="cite-count">引用次数: {citations}</div>
<div class="abstract-en"><h3>Abstract</h3><p>{e(a.abstract_text)}</p></div>
{zh}
<div class="journal-intro"><h3>期刊介绍</h3><p>{e(a.journal)} publishes original research and reviews. 本刊为SCI收录期刊。</p></div>
<div class="modal" id="cite-modal">引用 GB/T 7714-2015 复制 MLA 复制 APA 复制 导出至 BibTeX EndNote RefMan NoteFirst NoteExpress</div>
<div class="footer">联系我们:info@xueshu-example.cn Copyright © 2024 学术搜索 All rights reserved. 京ICP备2023000000号-1</div>
<img src="https://hm.baidu.com/hm.gif?si=abc" width="0" height="0"></div>"""
    return page(head=head, body=body, title=f"{a.title} - 学术搜索", stem=stem, site=site, lang="zh-CN")


def translated_blog(a: Article, stem: str, *, chinese: str, traditional: bool, heading: str) -> str:
    """A clinic or health-news page: the citation line, the English abstract and a
    Chinese translation, with no embedded metadata at all."""
    site = "www.skinclinic-news.example.hk"
    y, m, d = a.date
    citation = f"{a.abbrev}. {y} {MONTHS[m-1]} {d};{a.volume}({a.issue}):{a.pages}. doi: {a.doi}."
    affs = "".join(f"<p>{e(x)}.</p>" for x in a.affiliations[:2])
    body = f"""<div class="topnav"><a href="/">主頁</a> | <a href="/treatments">療程介紹</a> | <a href="/research">研究文獻</a> | <a href="/contact">聯絡我們</a></div>
<article class="post"><h1 class="post-title">{e(heading)}</h1>
<div class="post-meta">發佈日期：{y}-{m:02d}-{d + 2:02d} ｜ 分類：研究文獻</div>
<div class="post-content">{affs}
<p>{e(citation)}</p>
<p>{e(a.abstract_text)}</p>
<p>{e(chinese)}</p>
</div>
<div class="share"><iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2F{site}" width="90" height="20"></iframe></div></article>
<div class="whatsapp-float"><a href="https://wa.me/85200000000"><img src="https://{site}/img/whatsapp.png" alt="WhatsApp"></a></div>"""
    return page(head=meta("description", heading), body=body, title=heading, stem=stem, site=site,
                lang="zh-HK" if traditional else "zh-CN")


FIBROSIS_ZH_TITLE = "间充质基质细胞来源的细胞外囊泡治疗系统性硬化症皮肤纤维化：I期剂量递增研究"
FIBROSIS_ZH = ("背景：系统性硬化症(SSc)的皮肤纤维化缺乏有效治疗。间充质基质细胞来源的细胞外囊泡(MSC-EVs)在动物模型中可减轻纤维化。"
               "目的：确定皮内注射MSC-EVs在弥漫性皮肤型SSc患者中的安全性。方法：在这项开放标签I期研究中，九名患者在一侧前臂接受三个剂量水平的皮内MSC-EVs注射。"
               "安全性为主要终点；治疗部位的改良Rodnan皮肤评分(mRSS)为次要终点。"
               "结果：未发生剂量限制性毒性。四名患者出现短暂的注射部位红斑。治疗部位的局部皮肤评分在第24周由2.6降至1.7。"
               "结论：皮内MSC-EVs在SSc皮肤中耐受良好；需要对照试验来判断其疗效。")
REVIEW_ZH_HANT = ("外泌體產品廣泛用於皮膚年輕化、脫髮及疤痕，但其臨床證據尚未被總結。我們檢索了截至2024年1月的PubMed、Embase及Cochrane圖書館，"
                  "共有十四項研究、512名患者符合納入標準。大部分研究將外泌體與微針或激光合併使用，因此無法單獨評估外泌體的效果。"
                  "共有十四項研究符合納入標準，包括四項隨機試驗、六項無對照病例系列及四份病例報告。"
                  "報告的益處包括激光換膚後恢復較快，以及頭髮密度輕度增加。不良事件輕微且短暫。"
                  "證據的確定性為低至極低，而且各產品的來源和成分差異很大。在推薦外泌體之前，需要使用成分明確的產品進行設計良好的試驗。")
WOUND_ZH = ("背景：慢性糖尿病创面愈合缓慢且易复发。脐带间充质干细胞外泌体携带调控炎症和血管生成的微小RNA。"
            "方法：采用超速离心法分离外泌体，并在db/db小鼠全层创面模型中观察14天。结果：外泌体组创面愈合更快，miR-21-5p抑制角质形成细胞中的PTEN。"
            "外泌体经透射电镜、纳米颗粒追踪分析和蛋白质印迹鉴定，创面以外泌体水凝胶或对照处理。"
            "第14天外泌体组创面闭合率为92.4%，对照组为61.8%，CD31阳性血管更多，巨噬细胞浸润更少；阻断miR-21-5p后大部分获益消失。"
            "结论：脐带间充质干细胞外泌体至少部分通过miR-21-5p/PTEN轴促进糖尿病创面愈合，是慢性创面的候选无细胞疗法。")

SEED_KIND_PAGES = {
    "vufind-html/catalogo-es-acne-scars.html": lambda s: vufind(SCARS, s, lang="es"),
    "vufind-html/library-en-atopic.html": lambda s: vufind(ATOPIC, s, lang="en"),
    "vufind-html/katalog-de-no-staff-view.html": lambda s: vufind(HAIR, s, lang="de", staff_view=False),
    "digital-commons-html/jocd-acne-scars-one-local-author.html": lambda s: digital_commons(
        SCARS, s, local_authors=[3], date_text="5-3-2024", series="Faculty Publications"),
    "digital-commons-html/jaad-int-atopic.html": lambda s: digital_commons(
        ATOPIC, s, local_authors=[2], date_text="6-1-2024", series="Dermatology Faculty Papers"),
    "digital-commons-html/law-regulation-review.html": lambda s: digital_commons(
        TANDF, s, local_authors=[0], date_text="1-15-2024", series="Law Faculty Scholarship"),
    "aggregator-html/systemic-sclerosis-machine-translated.html": lambda s: aggregator(
        replace(FIBROSIS, title_zh=FIBROSIS_ZH_TITLE, abstract_zh=FIBROSIS_ZH), s, impact=4.2, citations=7,
        translated=True, region="医学3区"),
    "aggregator-html/vitiligo-translated-title.html": lambda s: aggregator(
        VITILIGO, s, impact=3.5, citations=12, translated=True, region="医学3区"),
    "aggregator-html/psoriasis-english-only.html": lambda s: aggregator(
        NANO, s, impact=10.6, citations=41, translated=False, region="工程技术1区"),
    "translated-html/review-traditional-chinese.html": lambda s: translated_blog(
        REVIEW, s, chinese=REVIEW_ZH_HANT, traditional=True, heading="外泌體美容療程：臨床證據有多少？"),
    "translated-html/sclerosis-simplified.html": lambda s: translated_blog(
        FIBROSIS, s, chinese=FIBROSIS_ZH, traditional=False, heading="研究速递：细胞外囊泡治疗硬皮病"),
    "translated-html/wound-simplified.html": lambda s: translated_blog(
        WOUND, s, chinese=WOUND_ZH, traditional=False, heading="干细胞外泌体与糖尿病伤口"),
}
PAGES.update(SEED_KIND_PAGES)


if __name__ == "__main__":
    write_all()
    write_mhtml()
