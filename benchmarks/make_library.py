"""Generate a large library for benchmarks: `python benchmarks/make_library.py PATH [COUNT]`.

Papers are made from word lists with a fixed random seed (so every run makes
the same library) and written straight through Library.insert_paper in one
transaction. About one paper in five has a Chinese abstract and one in three
has evidence notes, so filters and Chinese search have something to find.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from exodesk.library import Library
from exodesk.model import Abstract, Author, Notes, Paper

TOPICS = ["exosome", "mesenchymal stem cell", "extracellular vesicle", "secretome", "conditioned medium",
          "platelet-rich plasma", "fibroblast", "keratinocyte", "microneedling", "hyaluronic acid"]
CONDITIONS = ["acne-scars", "alopecia", "atopic-dermatitis", "melasma", "psoriasis", "systemic-sclerosis",
              "skin-ageing", "wound-healing", "vitiligo", "perianal-fistula"]
ACTIONS = ["for the treatment of", "in patients with", "improves", "in a mouse model of", "and",
           "as adjunct therapy for", "versus placebo in"]
FAMILIES = ["Chan", "Wong", "Li", "Zhang", "Smith", "García", "Nguyen", "Kim", "Müller", "Rossi", "Tanaka",
            "Ahmadi Tafti", "van der Berg", "Cheung", "Lau", "Ng"]
GIVEN = ["Wing Kei", "Xiufen", "John", "María", "Hoa", "Seyed Mohsen", "Anna", "Hiroshi", "Ka Man"]
JOURNALS = ["Int J Mol Sci", "Stem Cell Res Ther", "J Cosmet Dermatol", "Dermatol Surg", "J Extracell Vesicles",
            "Aesthetic Surg J", "Front Immunol", "皮肤科学杂志"]
DESIGNS = ["randomised controlled trial", "case series", "single-arm trial (phase I / II)",
           "preclinical (animal, in vitro)", "narrative review", "systematic review / meta-analysis"]
WORDS = ("cells vesicles derived secreted therapy skin patients treatment improved safety study results "
         "injection dermal collagen inflammation repair model outcomes months weeks significant").split()
CHINESE = "外泌体间充质干细胞治疗皮肤病患者安全有效临床研究结果显示改善炎症修复胶原"


def make_paper(rng: random.Random) -> tuple[Paper, Notes]:
    topic, condition = rng.choice(TOPICS), rng.choice(CONDITIONS)
    title = f"{topic.capitalize()} {rng.choice(ACTIONS)} {condition.replace('-', ' ')}: {rng.choice(WORDS)} {rng.choice(WORDS)}"
    year = rng.randint(1998, 2025)
    abstracts = [Abstract("en", " ".join(rng.choice(WORDS) for _ in range(rng.randint(80, 200))))]
    if rng.random() < 0.2:
        abstracts.append(Abstract(rng.choice(["zh-Hans", "zh-Hant"]),
                                  "".join(rng.choice(CHINESE) for _ in range(rng.randint(80, 200)))))
    paper = Paper(
        title=title if rng.random() > 0.02 else None,
        authors=[Author(family=rng.choice(FAMILIES), given=rng.choice(GIVEN)) for _ in range(rng.randint(1, 8))],
        journal=rng.choice(JOURNALS), date=f"{year}-{rng.randint(1, 12):02d}",
        volume=str(rng.randint(1, 40)), doi=f"10.9999/bench.{rng.getrandbits(40):x}", abstracts=abstracts,
    )
    notes = Notes()
    if rng.random() < 0.33:
        notes = Notes(study_design=rng.choice(DESIGNS), evidence_level=str(rng.randint(1, 5)),
                      conditions=[condition], tags=rng.sample(["read", "handout", "ask-team"], rng.randint(0, 2)))
    return paper, notes


def make_library(path: Path, count: int) -> None:
    rng = random.Random(20250101)
    with Library(path) as library:
        with library.db.atomic():
            for _ in range(count):
                library.insert_paper(*make_paper(rng))


if __name__ == "__main__":
    target = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    if target.exists():
        sys.exit(f"{target} exists; choose a new path")
    start = time.perf_counter()
    make_library(target, count)
    print(f"{count} papers written to {target} in {time.perf_counter() - start:.1f} s")
