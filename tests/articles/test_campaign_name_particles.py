"""Operation names whose words a foreign particle joins ("de", "del", "bin") are read whole."""

from __future__ import annotations

import pytest

from articles.extraction.campaign_names import named_mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Peruvian commandos stormed the Japanese ambassador's residence in Lima on Tuesday in"
            " Operation Chavin de Huantar, freeing 71 hostages, the army said.",
            "Operation Chavin de Huantar",
        ),
        (
            "Libyan forces pressed on towards Derna under Operation Tariq bin Ziyad, shelling"
            " militant positions on the city's edge.",
            "Operation Tariq bin Ziyad",
        ),
        (
            "Troops pushed into the valley on Monday in an offensive dubbed Sierra del Fuego, the"
            " defence ministry said.",
            "Sierra del Fuego",
        ),
    ],
)
def test_it_keeps_a_name_joined_by_a_foreign_particle_whole(text, name):
    assert [hit[0] for hit in named_mentions(text)] == [name]
