"""Whether a cue the suggestions found is denied where it stands.

"No survey was done", "this was not a cross-sectional survey", "neither
randomised nor blinded", "without a control group", "rather than a
questionnaire", "patients will not be recontacted", "未进行问卷调查": the cue's
words are there, but the paper says the opposite of what they suggest. A cue is
denied when a negation word stands before it in its own clause with at most a
word or two between (neither a preposition nor a conjunction, which start
another phrase: "no patient in the randomised group"), or when it ends in an
auxiliary that "not" follows ("will not"), or its clause goes on to say it was
not done ("a survey was not performed") or is still needed ("a randomised
trial is needed"). Results are read the same way: "there was no improvement"
is no improvement.

Cues that carry their own negation are read as such by their patterns, before
this is asked: "non-randomised", "no significant difference", "无对照".
"""

from __future__ import annotations

import re

from exodesk.evidence.guarded import Guarded, lowered

_NEGATION = (
    r"(?:\b(?:no|not(?!\s+(?:only|just|merely|all|always)\b)|never|neither|nor|without"
    r"|(?P<comparing>rather than|instead of|unlike))|n[’']t)"
)
# What a comparison sets apart, when it is a group, is this study's own
# ("unlike the control group, ..."): the cue stands.
_GROUP = re.compile(r"\b(?:groups?|arms?)$")
# A word that does not start another phrase (a preposition, a conjunction or
# "nor" does), nor the verb after a subject the negation is part of ("patients
# with no prior treatment were randomised"); "or" goes on with the negation
# ("no systematic review or meta-analysis") and is not counted.
_WORD = (
    r"(?:\s+or\b)?\s+(?!(?:or|nor|was|were|is|are|has|have|had|in|of|at|on|for|with|within|between|among|during|"
    r"after|before|from|to|by|than|as|and|but|that|which|who|whom|whose|where|when|while|whereas|although|"
    r"because|since|if|vs|versus)\b)[\w’'/-]+"
)
# The negation word, then up to two such words, up to the cue's place (the end
# of the text this is searched in): three would reach past a verb ("patients
# without exosomes formed the control group").
_BEFORE = re.compile(_NEGATION + f"(?:{_WORD}){{0,2}}" + r"(?:\s+or\b)?\s+$")
# What a negation word denies: the words a cue may start at.
_SCOPE = re.compile(_NEGATION + f"(?P<denied>(?:{_WORD}){{1,3}})")
# After a cue that ends in an auxiliary, "not" at once ("will not be
# recontacted"); after a noun it starts another phrase ("a control group not
# given exosomes").
_AUXILIARY_END = re.compile(r"\b(?:will|would|shall|can|could|may|might|must|is|are|was|were|to)$")
_NOT = re.compile(r"\s+not\b")
# After any cue, its clause saying that what it names was not done, or is
# still to be done ("a randomised trial is needed": not this study).
_NOT_DONE = re.compile(
    r"(?:\s+[\w’'/-]+){0,3}?\s+(?:"
    r"(?:was|were|is|are|could|can)\s+not\s+(?:be\s+)?"
    r"(?:performed|done|conducted|carried out|undertaken|used|applied|administered|sent|possible|feasible)|"
    r"(?:is|are)\s+(?:still\s+|now\s+|urgently\s+)?(?:needed|warranted|required|lacking)"
    r")\b"
)
# How far back a negation word is looked for: farther than it stands from its
# cue with two words between ("instead of a questionnaire-based " is 32
# characters).
_REACH = 60
# Marks that end a clause: a negation before one does not reach past it.
_CLAUSE_END = re.compile(r"[.;:,()\[\]!?\n]")  # a new line parts the title, or sections
# Words that every match of _BEFORE holds ("no" is in "not" and "nor"), and
# words every match of _NOT or _NOT_DONE holds.
_NEGATION_WORDS = ("no", "n't", "n’t", "never", "neither", "without", "rather than", "instead of", "unlike")
_NOT_DONE_WORDS = ("not", "needed", "warranted", "required", "lacking")

# Chinese: a negation word, or one saying the cue is still to be done
# ("仍需随机对照试验证实"), then up to six characters of the same clause; not
# 非常 (very), 无论 (whatever), 未来 (future).
_NEGATION_ZH = r"(?:不是|不属于|并非|而非|未(?!来)|没有|无(?!论)|非(?!常)|仍需|尚需|有待)"
_CLAUSE_END_ZH = re.compile(r"[。；：，、（）！？\n.;:,()!?]")
_CLAUSE_CHARACTER = r"[^。；：，、（）！？\n.;:,()!?]"
_BEFORE_ZH = re.compile(_NEGATION_ZH + _CLAUSE_CHARACTER + r"{0,6}$")
_SCOPE_ZH = re.compile(_NEGATION_ZH + f"(?P<denied>{_CLAUSE_CHARACTER}{{1,7}})")


def denied(text: str, start: int, end: int) -> bool:
    """Whether the cue at text[start:end] is denied where it stands; `text`
    is lowered() English."""
    # Words every negation holds are looked for first: most cues have none
    # about them, and looking for a word is quicker than a pattern's search.
    before = text[max(0, start - _REACH):start]
    if _holds_any(before, _NEGATION_WORDS) and (m := _BEFORE.search(before, _after_last(_CLAUSE_END, before))) and not (
            m.group("comparing") and _GROUP.search(text, start, end)):
        return True
    after = text[end:end + _REACH]
    if not _holds_any(after, _NOT_DONE_WORDS):
        return False
    if _NOT.match(after) and _AUXILIARY_END.search(text, start, end):
        return True
    clause = _CLAUSE_END.search(after)
    return bool(_NOT_DONE.match(after, 0, clause.start() if clause else len(after)))


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # noqa: SIM110 (a loop: quicker than any() over so few)
        if word in text:
            return True
    return False


def first_said(pattern: Guarded, text: str, lowered_text: str) -> re.Match | None:
    """The first match of `pattern` in `text` that is not denied (see
    Guarded.search for `lowered_text`); the positions are the text's."""
    m = pattern.search(text, lowered_text)
    if m is None or not denied(m.string, m.start(), m.end()):
        return m  # the common case: one search, one look before it
    low = m.string  # lowered(text)
    while (m := pattern.regex.search(low, m.start() + 1)) is not None:
        if not denied(low, m.start(), m.end()):
            return m
    return None


def words_said(pattern: Guarded, text: str, lowered_text: str) -> str | None:
    """As Guarded.words_in, of the first match that is not denied."""
    m = first_said(pattern, text, lowered_text)
    return text[m.start():m.end()] if m else None


def denied_zh(text: str, start: int) -> bool:
    """As denied, for a cue at `start` in Simplified Chinese `text`."""
    before = text[max(0, start - _REACH):start]
    return bool(_BEFORE_ZH.search(before, _after_last(_CLAUSE_END_ZH, before)))


def said_zh(pattern: re.Pattern, text: str) -> re.Match | None:
    """The first match of `pattern` in Simplified Chinese `text` not denied."""
    for m in pattern.finditer(text):
        if not denied_zh(text, m.start()):
            return m
    return None


def without_denied(text: str) -> str:
    """`text` with the words its negations deny blanked out, at the same
    places: for a reader whose cue's place is not known ("there was no
    improvement in itch" reads "there was no             in itch")."""
    low = lowered(text)  # searched matching case, as a Guarded pattern: quicker
    if not _holds_any(low, _NEGATION_WORDS):
        return text  # most sentences with a result
    return _blanked(text, [m.span("denied") for m in _SCOPE.finditer(low)])


def without_denied_zh(text: str) -> str:
    """As without_denied, in Simplified Chinese text."""
    return _blanked(text, [m.span("denied") for m in _SCOPE_ZH.finditer(text)])


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    # Spaces: no cue holds them, and they end no clause.
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _after_last(marks: re.Pattern, text: str) -> int:
    """Where the text after its last mark starts (0 without one)."""
    at = 0
    for m in marks.finditer(text):
        at = m.end()
    return at
