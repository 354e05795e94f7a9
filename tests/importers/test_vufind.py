"""VuFind records: run-together author names and what tells them apart."""

from pathlib import Path

from exodesk.importers import Source, vufind
from exodesk.model import Author

FIXTURES = Path(__file__).parent / "fixtures" / "vufind"


def test_work_keys_decide_where_one_name_ends_and_the_next_begins():
    keys = {"asbaghrezaakbari", "behboudibehnam", "soleimanimasoud", "ahmaditaftiseyedmohsen"}

    people, guessed = vufind.split_run_together(
        "Asbagh, Reza Akbari Behboudi, Behnam Soleimani, Masoud Ahmadi Tafti, Seyed Mohsen", keys
    )

    assert people == [
        Author(family="Asbagh", given="Reza Akbari"),
        Author(family="Behboudi", given="Behnam"),
        Author(family="Soleimani", given="Masoud"),
        Author(family="Ahmadi Tafti", given="Seyed Mohsen"),
    ]
    assert guessed == []


def test_without_keys_the_last_word_and_its_particles_make_the_family_name():
    people, guessed = vufind.split_run_together(
        "Soleimani, Masoud Ahmadi Tafti, Seyed Mohsen Muñoz, José Luis de la Torre, Carmen", set()
    )

    assert people == [
        Author(family="Soleimani", given="Masoud Ahmadi"),
        Author(family="Tafti", given="Seyed Mohsen"),
        Author(family="Muñoz", given="José Luis"),
        Author(family="de la Torre", given="Carmen"),
    ]
    assert guessed == people


def test_two_word_runs_are_not_ambiguous_and_are_not_reported():
    people, guessed = vufind.split_run_together("Zhang, Wei Li, Na Chen, Yu-Hua", set())

    assert people == [
        Author(family="Zhang", given="Wei"),
        Author(family="Li", given="Na"),
        Author(family="Chen", given="Yu-Hua"),
    ]
    assert guessed == []


def test_a_record_without_work_keys_is_read_with_a_warning_naming_the_guessed_authors():
    path = FIXTURES / "no_work_keys_heuristic.txt"

    parsed = vufind.parse(Source(path=path, data=path.read_bytes()))

    # author_sort confirms the first cut, so only the later ones are guesses.
    assert parsed.warnings == [
        vufind.HEURISTIC_WARNING.format(
            names="Ahmadi Tafti, Seyed Mohsen; Zare, Ali Reza; Hosseini, Seyed Ahmad; "
            "Karimi, Mohammad Hossein; Moradi, Fatemeh"
        )
    ]


def test_a_record_with_work_keys_gives_no_warning():
    path = FIXTURES / "english_many_compound_names.txt"

    parsed = vufind.parse(Source(path=path, data=path.read_bytes()))

    assert parsed.warnings == []


def test_a_table_of_other_fields_is_not_taken_for_a_catalogue_record():
    text = "name | value |\n---|---|\ntitle | A paper |\nauthor | Smith, John |\nyear | 2020 |\n"

    assert vufind.detect(Source(path=Path("table.txt"), data=text.encode())) == 0.0
