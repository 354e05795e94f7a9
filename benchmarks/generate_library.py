"""Realistic test material at scale: seed-like files and large libraries.

    python benchmarks/generate_library.py files FOLDER [--count 2000]
    python benchmarks/generate_library.py library FILE [--papers 100000]
    python benchmarks/generate_library.py library postgresql://... [--papers 100000]

`files` writes text files made by varying the seeds: each keeps its seed's
layout (so the same reader recognises it) but gets its own DOI, identifiers,
numbers, title words, names and abstract words, so each is a distinct paper.

`library` fills a fresh library with papers that have an English abstract, a
Chinese one (Simplified or Traditional), and, for one paper in three,
clinician's notes in both languages.
"""

from __future__ import annotations

import argparse
import collections
import functools
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

SURNAMES = ["Chan", "Wong", "Lee", "Cheung", "Lau", "Ng", "Leung", "Ho", "Tang", "Yeung", "Zhang", "Wang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Nguyen", "Kim", "Park", "Tanaka", "Suzuki", "Smith", "Johnson", "Garcia", "Martinez", "Rossi", "Muller", "Silva", "Ahmadi", "Karimi", "Novak", "Kowalski", "Andersson", "Dubois", "Moreau", "Okafor", "Mensah", "Patel", "Sharma", "Gupta"]
GIVEN = ["Wing", "Ka", "Man", "Siu", "Ming", "Xiaoling", "Wei", "Jun", "Hui", "Yan", "Mei", "Ling", "Hiroshi", "Yuki", "Anna", "Maria", "Giulia", "Lucas", "Sofia", "Omar", "Reza", "Leila", "Priya", "Arjun", "Kwame", "Ada", "Elena", "Pavel", "Ingrid", "Claire"]
CONTENT_WORDS = ["exosomes", "vesicles", "mesenchymal", "stromal", "keratinocytes", "fibroblasts", "collagen", "dermal", "psoriasis", "vitiligo", "alopecia", "scleroderma", "eczema", "dermatitis", "wound", "healing", "scarring", "regeneration", "inflammation", "cytokines", "macrophages", "angiogenesis", "apoptosis", "proliferation", "microRNA", "secretome", "umbilical", "adipose", "placental", "injection", "topical", "randomized", "cohort", "placebo", "efficacy", "safety", "tolerability", "outcomes", "adverse", "follow-up", "biopsy", "histology", "photoaging", "pigmentation", "melasma", "acne", "rosacea", "ulcers", "fibrosis", "lupus", "keloid"]
# Chinese phrases, written in Simplified; half the papers get them in Traditional.
CHINESE_PHRASES = ["外泌体", "间充质干细胞", "胶原蛋白", "成纤维细胞", "角质形成细胞", "炎症", "血管生成", "临床试验", "安全性", "有效性", "不良反应", "随机对照", "患者", "治疗", "研究", "结果", "表明", "显著", "改善", "皮肤", "再生", "医学", "细胞外囊泡", "脐带", "的", "的", "的", "和", "在", "了", "对", "与", "中", "是", "及", "等", "可", "以", "被", "为", "使用", "分析", "评估", "组", "例"]
# What a paper is mainly about (each paper has one), in English and Chinese.
TOPICS = [
    ("psoriasis", "银屑病"), ("vitiligo", "白癜风"), ("scleroderma", "系统性硬化症"),
    ("alopecia", "脱发"), ("acne", "痤疮"), ("melasma", "黄褐斑"), ("photoaging", "光老化"),
    ("keloid", "瘢痕疙瘩"), ("wounds", "伤口愈合"), ("eczema", "湿疹"), ("lupus", "红斑狼疮"),
    ("rosacea", "玫瑰痤疮"), ("fistula", "肛瘘"), ("burns", "烧伤"), ("ulcers", "溃疡"),
    ("dermatitis", "特应性皮炎"), ("graft-versus-host", "移植物抗宿主病"), ("hyperpigmentation", "色素沉着"),
    ("osteoarthritis", "骨关节炎"), ("sepsis", "脓毒症"),
]
CONDITIONS = ("systemic-sclerosis", "psoriasis", "vitiligo", "atopic-dermatitis", "alopecia",
              "acne-scars", "melasma", "chronic-wounds", "photoaging", "lupus")
DESIGNS = ("case report", "case series", "phase I trial", "randomised controlled trial",
           "cohort study", "narrative review", "systematic review", "animal study", "in vitro")
JOURNALS = ("Stem Cell Res Ther", "J Cosmet Dermatol", "Int J Mol Sci", "J Invest Dermatol",
            "Br J Dermatol", "Front Immunol", "Exp Dermatol", "Clin Rev Allergy Immunol",
            "Journal of Extracellular Vesicles", "Aesthetic Surgery Journal")

# A word that stands alone in running text: not part of a URL, a JSON key, an
# HTML entity, a table label (`author_facet |`) or a `Label:`.
_WORD = re.compile(r"(?<![\w/.&\"_-])[A-Za-z]{6,}(?![\w/\"_|:-])")
_NUMBER = re.compile(r"(?<![\d.])\d+(?!\d)")  # PMC9733972 too
_DOI = re.compile(r"10\.\d{4,9}/[^\s\"<>|]+?(?=[.,;]?(?:[\s\"<>|]|$))")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def vary_text(text: str, rng: random.Random, serial: int) -> str:
    """A distinct paper of the same kind as `text` (see the module docstring)."""
    # DOIs are set aside while numbers change; each distinct one (the paper's,
    # then its references') gets a new DOI of its own.
    dois: dict[str, int] = {}
    text = _DOI.sub(lambda m: f"\x00{dois.setdefault(m.group(0), len(dois))}\x00", text)

    def number(match: re.Match) -> str:
        digits = match.group(0)
        if len(digits) == 4 and digits.startswith(("19", "20")):
            return str(rng.randint(2005, 2025))
        if len(digits) == 1:
            return digits
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    def word(match: re.Match) -> str:
        original = match.group(0)
        if rng.random() > 0.25:
            return original
        if original[0].isupper():
            return rng.choice(SURNAMES) if original[1:].islower() else original
        return rng.choice(CONTENT_WORDS)

    def chinese(line: str) -> str:
        # A few characters swapped for others of the same line.
        chars = _HAN.findall(line)
        return _HAN.sub(lambda m: rng.choice(chars) if rng.random() < 0.05 else m.group(0), line)

    lines = []
    for line in text.split("\n"):
        # Short lines are labels, menus and headings: the page's structure.
        if len(line) >= 60:
            line = _WORD.sub(word, line)
            if _HAN.search(line):
                line = chinese(line)
        line = _NUMBER.sub(number, line)
        lines.append(line)
    new = [f"10.{rng.randint(1000, 9999)}/exo.{serial}.{n}" for n in range(len(dois))]
    return re.sub("\x00(\\d+)\x00", lambda m: new[int(m.group(1))], "\n".join(lines))


def write_seed_like_files(folder: Path, count: int, *, seed: int = 2024) -> list[Path]:
    """`count` files varied from the seeds in turn, in the seeds' own encodings."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts = [(p.stem.split("_")[0], p.read_text(encoding="utf-8")) for p in SEEDS]
    written = []
    for serial in range(count):
        kind, text = texts[serial % len(texts)]
        path = folder / f"{kind}-{serial:05d}.txt"
        path.write_text(vary_text(text, rng, serial), encoding="utf-8")
        written.append(path)
    return written


@functools.cache
def _seed_vocabulary() -> tuple[list[str], list[int]]:
    """English words of the seeds' abstracts, with how often each is used there."""
    counts: collections.Counter[str] = collections.Counter()
    for path in SEEDS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line) >= 200 and not _HAN.search(line):
                counts.update(w.lower() for w in re.findall(r"\b[A-Za-z][a-z]{1,15}\b", line))
    return list(counts), list(counts.values())


def _english_abstract(rng: random.Random, topic: str) -> str:
    """Sentences in the seeds' own proportions of words, some naming the topic."""
    words, weights = _seed_vocabulary()
    sentences = []
    for _ in range(rng.randint(6, 10)):
        sentence = rng.choices(words, weights, k=rng.randint(12, 24))
        if rng.random() < 0.4:
            sentence.insert(rng.randrange(len(sentence)), topic)
        if rng.random() < 0.3:
            sentence.insert(rng.randrange(len(sentence)), rng.choice(CONTENT_WORDS))
        sentences.append(" ".join(sentence).capitalize() + ".")
    return " ".join(sentences)


def _chinese_text(rng: random.Random, sentences: int, topic: str = "") -> str:
    return "".join(topic + "".join(rng.choices(CHINESE_PHRASES, k=rng.randint(6, 12))) + "。"
                   for _ in range(sentences))


def make_paper(rng: random.Random, serial: int):
    """One paper as an importer would give it, with an abstract in two languages."""
    from exodesk.model import Abstract, Author, Paper, Provenance
    from exodesk.text.chinese import to_traditional_hk

    topic, topic_zh = rng.choice(TOPICS)
    title_words = rng.choices(CONTENT_WORDS, k=rng.randint(5, 12))
    title_words.insert(rng.randrange(len(title_words)), topic)
    chinese = _chinese_text(rng, rng.randint(3, 6), topic_zh)
    script = "zh-Hans"
    if serial % 2:
        chinese, script = to_traditional_hk(chinese), "zh-Hant"
    year = rng.randint(2005, 2025)
    paper = Paper(
        title=" ".join(title_words).capitalize() + f": study {serial}",
        authors=[Author(family=rng.choice(SURNAMES), given=rng.choice(GIVEN))
                 for _ in range(rng.randint(1, 8))],
        journal_abbrev=rng.choice(JOURNALS),
        date=f"{year}-{rng.randint(1, 12):02d}",
        volume=str(rng.randint(1, 60)),
        pages=str(rng.randint(1, 9999)),
        doi=f"10.{rng.randint(1000, 9999)}/gen.{serial}",
        pmid=str(30_000_000 + serial),
        keywords=rng.sample(CONTENT_WORDS, 4),
        abstracts=[Abstract("en", _english_abstract(rng, topic)),
                   Abstract(script, chinese, origin="machine-translation" if serial % 3 else "source")],
    )
    for name in ("title", "authors", "journal_abbrev", "date", "doi", "pmid"):
        paper.provenance[name] = Provenance(importer="generated", part="generator", file=f"gen-{serial}.txt")
    return paper


def make_notes(rng: random.Random):
    from exodesk.model import Notes

    return Notes(
        study_design=rng.choice(DESIGNS),
        evidence_level=rng.choice(("1b", "2a", "3", "4", "5")),
        sample_size=rng.randint(1, 400),
        conditions=rng.sample(CONDITIONS, rng.randint(1, 2)),
        outcome=" ".join(rng.choices(CONTENT_WORDS, k=8)),
        summary_en=" ".join(rng.choices(CONTENT_WORDS, k=20)),
        summary_zh=_chinese_text(rng, 2),
        free_notes="Discussed at journal club; " + " ".join(rng.choices(CONTENT_WORDS, k=6)),
        tags=rng.sample(("handout", "to-read", "key-paper", "safety"), 1),
    )


def generate_library(location: Path | str, papers: int, *, seed: int = 7, batch: int = 2000) -> None:
    """A library at `location` (a new file, or an empty library on a server)
    filled with `papers` generated papers: a batch at a time through the
    import's own bulk path (one statement per table, the index written once)."""
    from exodesk.library.locations import open_library
    from exodesk.library.prepared import prepare

    rng = random.Random(seed)
    with open_library(location, backup=False) as library:
        for start in range(0, papers, batch):
            with library.transaction(), library.index_deferred():
                first = library.next_paper_id()
                library.insert_prepared_many([
                    (first + serial - start, prepare(make_paper(rng, serial), make_notes(rng) if serial % 3 == 0 else None))
                    for serial in range(start, min(start + batch, papers))])


def large_library(doc: str, argv: list[str] | None = None) -> Path | str:
    """The --library a scale benchmark runs on (a file, or a server's address:
    see pg_server.py), generated first (--papers, 100,000 by default) when
    the file does not exist or the server's library is empty."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--library", type=library_location, required=True)
    parser.add_argument("--papers", type=int, default=100_000, help="when the library is generated")
    args = parser.parse_args(argv)
    if needs_generating(args.library):
        generate_library(args.library, args.papers)
    return args.library


def library_location(text: str) -> Path | str:
    """A --library value: a server's address as given, else a file's path."""
    from exodesk.library.locations import is_shared

    return text if is_shared(text) else Path(text)


def needs_generating(location: Path | str) -> bool:
    if isinstance(location, Path):
        return not location.exists()
    from exodesk.library.locations import open_library

    with open_library(location, backup=False) as library:
        return library.count() == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("files")
    p.add_argument("folder", type=Path)
    p.add_argument("--count", type=int, default=2000)
    p = sub.add_parser("library")
    p.add_argument("file", type=library_location, help="a new file, or an empty library's address")
    p.add_argument("--papers", type=int, default=100_000)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.what == "files":
        write_seed_like_files(args.folder, args.count)
        print(f"{args.count} files written to {args.folder}")
    else:
        if not needs_generating(args.file):
            print(f"{args.file} exists; choose a new file or an empty library", file=sys.stderr)
            return 2
        generate_library(args.file, args.papers)
        print(f"{args.papers} papers written to {args.file}")
    print(f"in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
