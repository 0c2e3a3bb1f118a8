"""Who said a quote, read from the parse: full multi-part names after their titles, roles that stop where
the reporter's "reached by telephone" begins (each rule with two differently worded phrasings)."""

from __future__ import annotations

import datetime as dt

from tests.articles.rows import statement_rows

MONDAY = dt.date(2024, 1, 8)


def _speakers(text: str, dictionary) -> list[tuple[str, str]]:
    return [(speaker, role) for speaker, role, _ in statement_rows(text, dictionary, MONDAY)]


def test_a_four_part_burmese_name_keeps_its_first_part_after_a_military_title(dictionary):
    text = ('The junta denied that the town had fallen. Major General Zaw Win Naing Oo, a spokesman for the '
            'military government, told state television on Sunday that "our troops are still defending the town and the enemy has '
            'suffered heavy losses".')
    assert _speakers(text, dictionary) == [("Zaw Win Naing Oo", "spokesman for the military government")]


def test_a_four_part_somali_name_after_an_abbreviated_title_is_not_cut_to_a_place(dictionary):
    text = ('"The terrorists ran away before our forces reached the town," said Col. Abdiwahab Hassan Nur '
            'Gelle, a commander of the Somali National Army in Middle Shabelle.')
    assert _speakers(text, dictionary) == [
        ("Abdiwahab Hassan Nur Gelle", "commander of the Somali National Army in Middle Shabelle")]


def test_a_minister_title_before_the_name_is_the_role(dictionary):
    first = ('"We will not negotiate with terrorists," Defence Secretary Arturo Mendoza told reporters in '
             'Manila.')
    second = ('Communications Minister Jean-Pierre Lukusa said on state radio: "Bukavu has not fallen and our '
              'forces hold the airport."')
    assert _speakers(first, dictionary) == [("Arturo Mendoza", "Defence Secretary")]
    assert _speakers(second, dictionary) == [("Jean-Pierre Lukusa", "Communications Minister")]


def test_how_the_reporter_reached_the_speaker_is_not_part_of_the_role(dictionary):
    first = ('"The M23 came in at dawn, walking in columns," said Jean-Baptiste Kambale Muhindo, a trader '
             'reached by telephone.')
    second = ('"Nobody dares to go out after dark," said Halima Ishag, a teacher in El Fasher contacted by '
              'text message.')
    assert _speakers(first, dictionary) == [("Jean-Baptiste Kambale Muhindo", "trader")]
    assert _speakers(second, dictionary) == [("Halima Ishag", "teacher in El Fasher")]
