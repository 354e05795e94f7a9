"""Lines of text: folding white space (the shortcut for text that needs no folding), and taking out
the pinyin readings some sites put after characters."""

import random
import re

from exodesk.text.lines import fold_spaces

PIECES = ["a", "bc", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x00", "\x7f", "\u00a0", "\u2003",
          "\u3000", "é", "系", ".", ","]


def test_fold_spaces_is_splitting_and_joining_on_any_text():
    rng = random.Random(3)
    texts = ["", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\u00a0b", "abstract text. with words"]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    for text in texts:
        assert fold_spaces(text) == " ".join(text.split()), repr(text)
    assert fold_spaces(None) == ""


def test_fold_spaces_folds_what_a_white_space_pattern_folds():
    # Exports once put each field on one line with re.sub(r"\s+", " ", ...).strip().
    rng = random.Random(4)
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
        assert fold_spaces(text) == re.sub(r"\s+", " ", text).strip(), repr(text)
    every = "".join(map(chr, range(0x3100)))  # every character up to CJK
    assert fold_spaces(every) == re.sub(r"\s+", " ", every).strip()


def test_pinyin_readings_put_after_characters_are_taken_out_and_nothing_else():
    from exodesk.text.lines import without_pinyin_notes

    copied = "毛發(fā)移植聯(lián)合PRP(富血小板血漿)治療,差異有統(tǒng)計學意義(P<0.05),Ma(mā)"
    assert without_pinyin_notes(copied) == "毛發移植聯合PRP(富血小板血漿)治療,差異有統計學意義(P<0.05),Ma(mā)"
    assert without_pinyin_notes("组(n=30) 与(vs)") == "组(n=30) 与(vs)"  # no tone mark: not a reading
