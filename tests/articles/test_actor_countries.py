"""A name several groups share ("Ansar al-Sharia", "National Liberation Army") is the group of the
country the article is set in, where the table lists one as "<name> (<country>)"."""

from __future__ import annotations

import pytest

from tests.articles.rows import actors_found


@pytest.mark.parametrize(
    ("text", "home", "expected"),
    [
        (
            "Fighters of Ansar al-Sharia stormed the special forces barracks in the east of the "
            "city on Tuesday, residents said.",
            "Libya",
            "Ansar al-Sharia (Libya)",
        ),
        (
            "BENGHAZI, Libya (Reuters) - Ansar al-Sharia said its men had taken the camp.",
            None,
            "Ansar al-Sharia (Libya)",
        ),
        (
            "Police said the National Liberation Army had shelled a village outside Tetovo.",
            "North Macedonia",
            "National Liberation Army (Macedonia)",
        ),
        (
            "SKOPJE, Macedonia (AP) - NLA rebels of the National Liberation Army held the hills.",
            None,
            "National Liberation Army (Macedonia)",
        ),
    ],
)
def test_a_shared_name_is_the_group_of_the_article_country(dictionary, text, home, expected):
    found = actors_found(text, dictionary, home)
    assert expected in found
    assert expected.split(" (")[0] not in found


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("The National Liberation Army attacked an oil pipeline in Arauca, the army said.", None),
        ("ELN guerrillas of the National Liberation Army freed two hostages.", "Colombia"),
    ],
)
def test_elsewhere_the_name_keeps_its_usual_group(dictionary, text, home):
    assert "National Liberation Army" in actors_found(text, dictionary, home)
