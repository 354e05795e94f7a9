"""Guard words never make a pattern miss: every match of a guarded pattern holds
one of its words, looked for in lowered() text, so skipping a text without
them gives what searching it would."""

import re
import sys
from re import _constants as sre  # the parsed form of a pattern, to walk it
from re import _parser

import pytest

from exodesk.evidence import counts, designs, findings, interventions, suggest
from exodesk.evidence.guarded import _MARKS, WHITESPACE, AnyOf, Guarded, lowered
from exodesk.model import Paper
from exodesk.text.abstracts import make_abstract

from .abstracts import ALL
from .seed_papers import seed_papers

ALL_PAPERS = [*(make() for make in ALL.values()), *seed_papers().values()]

GUARDED = {
    f"{module.__name__}.{name}": value
    for module in (suggest, counts, findings, interventions)
    for name, value in vars(module).items()
    if isinstance(value, Guarded)
}


def _holds_a_word(items, words) -> bool:
    """Whether whatever the parsed pattern `items` matches holds one of `words`:
    a run of letters it always matches, a group, every alternative of a
    choice, or a part repeated at least once does."""
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av).lower()
            if any(word in run for word in words):
                return True
            continue
        run = ""  # anything else (a class, a \b) ends the run of letters
        if op is sre.SUBPATTERN:
            parts = [av[3]]
        elif op is sre.BRANCH:
            parts = av[1]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            parts = [av[2]]
        else:
            continue
        if all(_holds_a_word(part, words) for part in parts):
            return True
    return False


def _starts_with_a_word(items, words) -> bool:
    """Whether whatever the parsed pattern `items` matches starts with one of
    `words`: after any \\b or look-around, a run of letters, a group, or every
    alternative of a choice does."""
    items = list(items)
    while items and items[0][0] in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        items.pop(0)
    if not items:
        return False
    op, av = items[0]
    if op is sre.LITERAL:
        run = ""
        for op, av in items:
            if op is not sre.LITERAL:
                break
            run += chr(av).lower()
        return any(run.startswith(word) for word in words)
    if op is sre.SUBPATTERN:
        return _starts_with_a_word(av[3], words)
    if op is sre.BRANCH:
        return all(_starts_with_a_word(part, words) for part in av[1])
    return False


def test_the_walk_sees_a_missing_word():
    def holds(pattern, *words):
        return _holds_a_word(_parser.parse(pattern, re.IGNORECASE), words)

    assert holds(r"\bwe (?:review|overview)\b", "view")
    assert not holds(r"\bwe (?:review|overview)\b", "review")
    assert not holds(r"\brandomi[sz]ed\b|\bplacebo\b", "random")
    assert not holds(r"(?:double)?blind", "double")
    assert holds(r"(?:double)+blind", "double")
    assert not holds(r"ra(?=x)t", "rat")

    def starts(pattern, *words):
        return _starts_with_a_word(_parser.parse(pattern, re.IGNORECASE), words)

    assert starts(r"\b(?:rats?|mice)\b", "rat", "mice")
    assert not starts(r"\b(?:rats?|white mice)\b", "rat", "mice")
    assert not starts(r"(?:a )?rats", "rat")
    assert not starts(r"\w+ rats", "rat")


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_every_match_holds_a_guard_word(name):
    guarded = GUARDED[name]
    assert guarded.words and all(re.fullmatch(r"[a-z -]+", w) for w in guarded.words), guarded.words
    parsed = _parser.parse(guarded.regex.pattern, guarded.regex.flags)
    alternatives = parsed[0][1][1] if len(parsed) == 1 and parsed[0][0] is sre.BRANCH else [parsed]
    for alternative in alternatives:
        assert _holds_a_word(alternative, guarded.words), (name, alternative)


@pytest.mark.parametrize("name", sorted(n for n, g in GUARDED.items() if g.leading))
def test_every_match_starts_with_a_guard_word_where_the_pattern_is_tried_only_there(name):
    guarded = GUARDED[name]
    assert _starts_with_a_word(_parser.parse(guarded.regex.pattern, guarded.regex.flags), guarded.words)


_NO_MARK_CLASSES = (sre.CATEGORY_WORD, sre.CATEGORY_SPACE, sre.CATEGORY_DIGIT)


def _holds_no_mark(items) -> bool:
    """Whether nothing the parsed pattern `items` matches holds one of the
    marks that end the clauses an unbroken pattern is searched in, nor looks
    past one: a look-ahead holds none either, and no anchor needs the text's
    end, which a clause's end would pass for (\\b and look-behinds see the
    same either way: a mark is no word's character, and the text before a
    clause is there)."""
    for op, av in items:
        if op is sre.LITERAL:
            ok = chr(av) not in _MARKS
        elif op is sre.IN:
            ok = all(kind is sre.LITERAL and chr(value) not in _MARKS
                     or kind is sre.RANGE and not any(value[0] <= ord(mark) <= value[1] for mark in _MARKS)
                     or kind is sre.CATEGORY and value in _NO_MARK_CLASSES for kind, value in av)
        elif op is sre.SUBPATTERN:
            ok = _holds_no_mark(av[3])
        elif op is sre.BRANCH:
            ok = all(_holds_no_mark(part) for part in av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            ok = _holds_no_mark(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            ok = av[0] < 0 or _holds_no_mark(av[1])  # (direction, pattern): a look-behind, or ahead
        else:
            ok = op is sre.AT and av not in (sre.AT_END, sre.AT_END_LINE, sre.AT_END_STRING)
        if not ok:
            return False
    return True


def test_the_walk_sees_a_mark():
    def no_mark(pattern):
        return _holds_no_mark(_parser.parse(pattern))

    assert no_mark(r"\b(?:this|our)\s+(?:\w+\s+){0,2}review\b(?!\s+cases)|we summari[sz]e|side[- ]effects?|1/2")
    assert not no_mark(r"\bthis review[.]")
    assert not no_mark(r"this.review")
    assert not no_mark(r"this[^a]review")
    assert not no_mark(r"this\Wreview")
    assert not no_mark(r"this[+-;]review")
    assert not no_mark(r"this, review")
    assert not no_mark(r"this review(?!, cases)")
    assert not no_mark(r"this review$")
    assert no_mark(r"(?<!, )this review(?=\s)")


@pytest.mark.parametrize("name", sorted(n for n, g in GUARDED.items() if g.unbroken))
def test_no_match_holds_a_mark_where_only_the_clauses_holding_a_guard_word_are_searched(name):
    guarded = GUARDED[name]
    assert _holds_no_mark(_parser.parse(guarded.regex.pattern, guarded.regex.flags))
    # Texts cut at many places, so the first guard word falls before, inside and after a match.
    texts = [abstract.text for paper in ALL_PAPERS for abstract in paper.abstracts]
    texts += [text[start:start + 300] for text in list(texts) for start in range(0, len(text), 37)]
    texts += ["Our overview. In this, we review: this short review", "We reviewed 20 patients; the review article",
              "interviews, then this narrative review", "Interviews: previews, reviewers. Summaries; a review article",
              "We reviewed 12 patients, we summarised the cases: we reviewed the literature", "review"]
    for text in texts:
        low = lowered(text)
        want = guarded.regex.search(low)
        assert _places(guarded.search(text, low)) == _places(want), text


def test_a_pattern_tried_where_its_words_start_finds_what_a_search_finds():
    animal = suggest._ANIMAL
    texts = ["Migration and generation rates rose in rats.", "PIGMENT in pigs", "no animals here",
             "Ratios: 3 cultured human keratinocyte cells, then mice", "\u0130n v\u0131tro and \u017fuch"]
    for text in texts:
        want = re.search(animal.regex.pattern, text, re.IGNORECASE)
        for lowered_text in (lowered(text), lowered(f"A longer text: {text}")):
            got = animal.search(text, lowered_text)
            assert (got and got.span()) == (want and want.span()), text


def test_lowered_gives_each_letter_a_case_insensitive_pattern_takes_for_it():
    """The guard words' letters, hyphen and space, matched ignoring case, match
    these characters and no others (the Kelvin sign for k, a dotless i for i...)."""
    characters = "abcdefghijklmnopqrstuvwxyz -"
    any_of = re.compile("|".join(re.escape(c) for c in characters), re.IGNORECASE)
    every = "".join(chr(n) for n in range(sys.maxunicode + 1) if not 0xD800 <= n <= 0xDFFF)
    taken = {m.group(0) for m in any_of.finditer(every)}
    for ch in taken:
        (meant,) = [c for c in characters if re.fullmatch(re.escape(c), ch, re.IGNORECASE)]
        assert lowered(ch) == meant, (ch, meant)
        assert lowered(f"x{ch}y") == f"x{meant}y"


def test_lowered_text_holds_the_same_letters_digits_and_spaces_at_the_same_places():
    """A guarded pattern, written in lower case, is searched matching case in
    lowered() text: each character there is what the pattern takes the
    original for, ignoring case, so the matches are the same."""
    every = "".join(chr(n) for n in range(sys.maxunicode + 1) if not 0xD800 <= n <= 0xDFFF)
    low = lowered(every)
    assert len(low) == len(every)
    for kind in (r"\w", r"\s", r"\d", r"\b"):
        assert [m.start() for m in re.finditer(kind, low)] == [m.start() for m in re.finditer(kind, every)], kind
    ascii_characters = "".join(chr(n) for n in range(32, 127))
    any_of = re.compile("|".join(re.escape(c) for c in ascii_characters), re.IGNORECASE)
    taken = {m.start() for m in any_of.finditer(every)}
    assert taken == {n for n, ch in enumerate(low) if ch in ascii_characters}
    for n in taken:
        assert re.fullmatch(re.escape(low[n]), every[n], re.IGNORECASE), every[n]


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_search_in_lowered_text_finds_what_a_search_ignoring_case_finds(name):
    guarded = GUARDED[name]
    texts = [abstract.text for paper in ALL_PAPERS for abstract in paper.abstracts]
    texts += [f"{SPELLINGS[spelling](words)} {FILLER}." for spelling in SPELLINGS
              for words_of_a_design in DESIGN_WORDS.values() for words in words_of_a_design]
    ignoring_case = re.compile(guarded.regex.pattern, re.IGNORECASE)
    for text in texts:
        want = ignoring_case.search(text)
        for lowered_text in (lowered(text), lowered(f"A longer text: {text}")):
            got = guarded.search(text, lowered_text)
            assert _places(got) == _places(want), text
            assert guarded.words_in(text, lowered_text) == (want and want.group(0))


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_text_may_match_exactly_when_it_holds_a_guard_word(name):
    """Whether the guard words are looked for one by one or all at once."""
    guarded = GUARDED[name]
    texts = [lowered(abstract.text) for paper in ALL_PAPERS for abstract in paper.abstracts]
    texts += [f"x{word}y" for word in guarded.words] + [word[1:] for word in guarded.words] + [""]
    for text in texts:
        assert guarded.may_match(text) == any(word in text for word in guarded.words), text


def test_whitespace_is_what_the_pattern_for_white_space_matches():
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    assert "".join(re.findall(r"\s", every_character)) == WHITESPACE


@pytest.mark.parametrize("words", [("side effect", "adverse"), ("rat", "rats", "ratio", "generation", "mice", "in vivo"),
                                   ("a", "ab", "abc", "b", "bc", "c", "d", "side-effect")])
def test_any_of_the_words_is_found_as_a_look_for_each_finds_it(words):
    """Few words are looked for one by one, many all at once."""
    texts = ["", "no such thing", "generation rates", "In vivo", "in vivo", "adverse", "a side-effect", "ratio", "xyz"]
    texts += [lowered(abstract.text) for paper in ALL_PAPERS for abstract in paper.abstracts]
    any_of = AnyOf(words)
    for text in texts:
        assert any_of.in_text(text) == any(word in text for word in words), text


def _places(m: re.Match | None) -> list[tuple[int, int]] | None:
    """Where a match and each of its groups are."""
    return [m.span(group) for group in range(m.re.groups + 1)] if m else None


# Words each design is recognised by, as each pattern's alternatives spell them.
DESIGN_WORDS = {
    designs.PROTOCOL: ["study protocol", "this protocol", "protocol for a randomised trial", "will be randomised",
                       "will be recruited", "we will recruit"],
    designs.SURVEY: ["survey", "surveyed", "cross-sectional", "respondents"],
    designs.SYSTEMATIC_REVIEW: ["systematic review", "systematically reviewed", "meta-analysis", "metaanalyses",
                                "PRISMA"],
    designs.NARRATIVE_REVIEW: ["in this review", "the present short review", "we reviewed", "we summarised",
                               "we overview", "literature review", "narrative review", "review article"],
    designs.PRECLINICAL: ["mice", "mouse", "murine", "rats", "rabbit", "porcine", "pigs", "zebrafish", "in vitro",
                          "in vivo", "cell lines", "cultured human dermal cells", "animal model"],
    designs.RCT: ["randomised", "randomized", "randomly assigned", "randomly allocated", "placebo-controlled",
                  "placebo controlled", "double-blind", "double blinded"],
    designs.NON_RANDOMISED: ["non-randomised", "nonrandomized", "compared with a saline control", "control group",
                             "controlled study", "matched controls", "cohort study", "split-face", "half-side"],
    designs.SINGLE_ARM: ["phase 2", "phase II", "single-arm", "single arm", "open-label", "first-in-human",
                         "pilot study", "clinical trial"],
    designs.CASE_REPORT: ["case report", "we report a case", "we present the patient", "we describe a woman",
                          "a 45-year-old man"],
    designs.CASE_SERIES: ["case series", "retrospective", "retrospectively", "consecutive patients"],
}
SPELLINGS = {
    "lower": str.lower,
    "upper": str.upper,
    "title": str.title,
    "long s and dotless i": lambda w: w.replace("s", "\u017f").replace("i", "\u0131"),
    "dotted capital I": lambda w: w.upper().replace("I", "\u0130"),
}
FILLER = "Skin was treated with exosomes twice a week"


def _placed(words: str, where: str) -> Paper:
    if where == "title":
        return Paper(title=f"{words}: exosomes for skin", abstracts=[make_abstract(f"{FILLER}.", "en")])
    abstract = {"start": f"{words} {FILLER}.", "middle": f"{FILLER}. Then {words} again. {FILLER}.",
                "end": f"{FILLER}, {words}"}[where]
    return Paper(title="Exosomes for skin", abstracts=[make_abstract(abstract, "en")])


@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
@pytest.mark.parametrize("where", ["title", "start", "middle", "end"])
@pytest.mark.parametrize("design_id", sorted(DESIGN_WORDS))
def test_each_design_is_found_in_any_case_and_place(design_id, where, spelling):
    for words in DESIGN_WORDS[design_id]:
        found = suggest.suggest(_placed(SPELLINGS[spelling](words), where))
        assert "study_design" in found, words
        assert designs.design_of(found["study_design"].value).id == design_id, words


@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
def test_counts_are_found_in_any_case(spelling):
    for words, value in [("twelve patients", 12), ("24 healthy volunteers", 24), ("5 women", 5), ("3 males", 3)]:
        sentence = f"A total of {SPELLINGS[spelling](words)} were enrolled."
        assert [c.value for c in counts.counts_in([sentence])] == [value], sentence
