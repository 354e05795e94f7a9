"""A web page's own words around an article: menus, banners, buttons, labels.

A page copied as text carries the site with it: "Skip to main content", cookie
and access banners, share buttons, metrics, "Open Access", the article type
("Minireviews", "Original Research"), "Download PDF". None of it is the
article's, and none of it may become a title, an author or an abstract. Lines
are told by their shape, so that a site never seen before is read the same way.
"""

from __future__ import annotations

import re

# Whole lines that are a site's own (compared case-folded, ":" and "»" trimmed).
_LINES = {
    "skip to main content", "skip to main page content", "skip to content", "skip to navigation",
    "skip to article", "main menu", "menu", "search", "advanced search", "search all content",
    "sign in", "log in", "login", "register", "sign up", "create account", "my account", "cart",
    "home", "journals", "about", "about us", "contact", "contact us", "help", "browse", "submit",
    "open access", "free access", "full access", "free", "open", "access provided by",
    "accept", "accept all", "accept all cookies", "reject all", "manage cookies", "cookie settings",
    "cookies", "allow all", "necessary only", "close", "dismiss", "ok", "got it",
    "share", "share this article", "tweet", "facebook", "twitter", "linkedin", "email", "print",
    "wechat", "weibo", "reddit", "mendeley", "copy link", "permalink", "save", "saved", "follow",
    "cite", "cite this", "export citation", "download citation", "citation tools", "how to cite",
    "download pdf", "download", "pdf", "full text", "full-text", "full text pdf", "html", "xml",
    "epub", "view pdf", "view full text", "pdf (1 mb)", "download article", "download full issue",
    "metrics", "article metrics", "altmetric", "views", "downloads", "citations", "crossref",
    "check for updates", "request permissions", "reprints & permissions", "rights and permissions",
    "article contents", "contents", "table of contents", "outline", "jump to", "on this page",
    "previous article", "next article", "previous", "next", "back", "back to top", "top",
    "figures", "tables", "figures & data", "references", "supplementary material", "related",
    "recommended", "article information", "article info", "info & metrics", "details",
    "show more", "show less", "show all", "expand", "collapse", "read more", "more", "less",
    "view article", "view abstract", "abstract", "full article", "article", "articles",
    "issue", "current issue", "all issues", "archive", "latest articles", "special issues",
    "for authors", "for reviewers", "for editors", "for librarians", "instructions for authors",
    "submit manuscript", "submit an article", "editorial board", "aims & scope", "aims and scope",
    "journal information", "journal home", "subscribe", "alerts", "get alerts", "rss",
    "translate", "language", "english", "中文", "繁體", "简体", "add to favorites", "favorites",
    "首页", "首頁", "期刊", "登录", "登錄", "注册", "註冊", "下载", "下載", "收藏", "分享",
    "引用", "导出", "導出", "在线阅读", "在線閱讀", "全文下载", "pdf下载", "html阅读",
    "返回", "目录", "目錄", "当期目录", "过刊浏览", "高级检索", "检索", "檢索", "网络首发",
    "author links open overlay panel", "get rights and content", "list of issues", "journal homepage", "in this article", "licensing", "orcid icon", "orcid logo", "this issue", "other styles", "file import instruction",
    "by", "graphic abstract", "graphical abstract", "highlights", "cited by", "similar articles",
}
# Words that make up labels and buttons; a short line made only of them is chrome
# ("Minireviews Open Access", "Open Access Full Text Article", "Review Free PMC article").
_LABEL_WORDS = {
    "open", "access", "free", "full", "text", "article", "articles", "pmc", "peer", "reviewed",
    "original", "research", "review", "reviews", "minireview", "minireviews", "mini-review",
    "systematic", "meta-analysis", "case", "report", "reports", "letter", "letters", "editorial",
    "commentary", "perspective", "perspectives", "brief", "communication", "communications",
    "short", "clinical", "trial", "study", "studies", "paper", "papers", "methods", "protocol",
    "opinion", "hypothesis", "technical", "note", "notes", "correspondence", "news", "invited",
    "focus", "feature", "research-article", "review-article", "abstract", "and", "&", "in", "press",
    "accepted", "manuscript", "preprint", "journal", "pdf", "html", "new", "issue", "version",
    "of", "record", "latest", "first", "online", "early", "view", "special", "section", "topic",
    "highly", "accessed", "cited", "editor's", "choice", "featured", "collection", "cover",
    "investigation", "investigations", "|", "·", "-", "—",
}
# Parts of lines that only a site prints: banners, counters, links to itself.
_PATTERNS = re.compile(
    r"^(?:"
    r"we use cookies|this (?:web)?site uses cookies|by (?:continuing|using) (?:to use )?this (?:web)?site|"
    r"you (?:have|are) (?:full |not )?(?:access|signed)|access (?:through|via) your institution|"
    r"purchase (?:pdf|access)|buy article|rent this article|get access|log in to|"
    r"[\d,.]+\s*(?:k\s+)?(?:views?|downloads?|accesses|citations?|altmetric|mentions?|reads?|shares?)\b|"
    r"(?:views?|downloads?|citations?|crossref citations to date|altmetric)\s*[:：]?\s*[\d,.]+\s*$|"
    r"cited by \d+|(?:save|cite)\s+cite\b|related articles\b|all \d+ versions|"
    r"an official website of the united states government|here'?s how you know|"
    r"official websites use \.gov|secure \.gov websites|share sensitive information only|"
    r"back to journals?|you are here|breadcrumb|"
    r"copy(?:ing)? (?:the )?link|share (?:on|this|via)\b|follow us|sign up for|subscribe to|"
    r"this article is part of the research topic|view all \d+ articles|view all articles|"
    r"(?:individual |institutional )?sign in\b|create an account|sign in through your institution|"
    r"licen[sc]e(?:d)?\s+(?:cc|under)\b|pdf available|orcid icon\b|"
    r"font (?:type|size)\b|line spacing\b|column width\b|"
    r"this is an open[- ]access article\b|this (?:article|work) is (?:licensed|distributed) under\b|"
    r"thank you for visiting|you are using a browser|to obtain the best experience|intended for healthcare professionals|"
    r"log in via an institution|buy article|this journal requires that authors assign|"
    r"advertisement|sponsored|image:|logo(?:link)?\b|.*\blogolink to\b|"
    r"download (?:pdf|figure|slide|citation|references?)\b|view (?:pdf|figure|article|metrics)\b|"
    r"表\s*\d+|图\s*\d+|圖\s*\d+|扫码|掃碼|手机阅读|手機閱讀|"
    r"https?://(?!(?:dx\.)?doi\.org)\S+$"
    r")",
    re.IGNORECASE,
)
# A breadcrumb trail: "Home » Journals » Clinical, Cosmetic … » Volume 14".
_CRUMBS = re.compile(r"\s(?:»|›|>|/|＞)\s")


def is_chrome(line: str) -> bool:
    """The line is the site's own: a menu entry, a banner, a button, a label."""
    folded = line.casefold().strip(" :：»›|•·-—")
    if not folded or folded in _LINES:
        return True
    if len(folded) <= 1 or folded.isdigit():
        return True  # result numbers, bullet marks, counters
    if _PATTERNS.match(folded):
        return True
    if len(folded) <= 60 and set(folded.replace("/", " ").split()) <= _LABEL_WORDS:
        return True
    return len(_CRUMBS.findall(line)) >= 2 and len(line) < 200


def is_type_label(line: str) -> bool:
    """An article-type label of a few label words ("Review", "Original Article")."""
    folded = line.casefold().strip(" :：|")
    return 0 < len(folded) <= 60 and set(folded.split()) <= _LABEL_WORDS


def breadcrumbs(line: str) -> list[str]:
    """The steps of a breadcrumb trail, or [] when the line is not one."""
    if len(_CRUMBS.findall(line)) < 1 or len(line) >= 200:
        return []
    return [step.strip() for step in _CRUMBS.split(line) if step.strip()]
