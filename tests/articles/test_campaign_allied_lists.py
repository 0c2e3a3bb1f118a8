"""Sides listed after "allied" fight beside the attacker (campaign_allied_lists)."""

from __future__ import annotations

import pytest

from tests.articles.rows import attackers_of_campaign_on

LISTED = [
    (
        # the unnamed government force before "and allied", then a list of two
        "Syrian troops launched an offensive on Palmyra on Monday, officials said.\n"
        "Government forces and allied Hezbollah and National Defence Forces militiamen have "
        "been pushing towards the town since then, a monitor said.",
        "Palmyra",
        ["Hezbollah", "National Defence Forces"],
    ),
    (
        "The Iraqi army began an assault on Tal Afar on Sunday, the defence ministry said.\n"
        "Army troops and allied Badr Organisation and Kataib Hezbollah fighters advanced "
        "through the orchards overnight, a commander said.",
        "Tal Afar",
        ["Badr Organization", "Kataib Hezbollah"],
    ),
    (
        # "backed by" after a state's unnamed force and its allies
        "Syrian troops launched an offensive on Palmyra on Monday, officials said.\n"
        "The push was led by government troops and allied militias, backed by fighters from "
        "Lebanon's Hezbollah and Iranian forces, a monitor said.",
        "Palmyra",
        ["Hezbollah", "Iran"],
    ),
    (
        "Iraqi forces began an assault on Tal Afar on Sunday, the army said.\n"
        "Regime forces and allied militias, backed by Kataib Hezbollah fighters and Badr "
        "Organisation units, advanced through the orchards overnight, a commander said.",
        "Tal Afar",
        ["Kataib Hezbollah", "Badr Organization"],
    ),
    (
        # an accusation in a later clause does not make the pairing an allegation
        "Syrian troops launched an offensive on Wadi Barada on Monday, officials said.\n"
        "Army units and allied Hezbollah fighters have been attacking the valley since then, "
        "when the government accused rebels of cutting the water supply.",
        "Wadi Barada",
        ["Hezbollah"],
    ),
    (
        "Syrian troops began an assault on Qusayr on Sunday, the army said.\n"
        "Government troops and allied Hezbollah fighters stormed the town on Friday, days after "
        "the opposition accused them of shelling a hospital.",
        "Qusayr",
        ["Hezbollah"],
    ),
    (
        # a federal or loyalist force is a state's unnamed force too
        "Ethiopian troops launched an offensive on Mekelle on Sunday, the government said.\n"
        "Federal troops and allied Amhara special forces pushed through the hills overnight, "
        "residents said.",
        "Mekelle",
        ["Amhara Special Forces"],
    ),
    (
        "Malian troops began an assault on Kidal on Friday, the army said.\n"
        "Loyalist forces and allied Wagner Group fighters reached the outskirts at dawn, a "
        "local official said.",
        "Kidal",
        ["Wagner Group"],
    ),
    (
        # "backed by allied X", "backed by air power and by the X"
        "Sierra Leonean troops launched an offensive on Masiaka on Monday, officials said.\n"
        "Government troops, backed by allied Kamajor militiamen, advanced along the highway, "
        "residents said.",
        "Masiaka",
        ["Civil Defence Forces"],
    ),
    (
        "Syrian troops began an assault on Kafr Nabudah on Monday, a monitor said.\n"
        "Government forces, backed by Russian air power and by the Tiger Forces, pushed into "
        "the outskirts overnight, the monitor said.",
        "Kafr Nabudah",
        ["Tiger Forces"],
    ),
    (
        # a named side before "and allied": the list after it joins that side
        "Syrian troops and allied Hezbollah and National Defence Forces fighters launched an "
        "offensive on Qusayr on Monday, officials said.",
        "Qusayr",
        ["Hezbollah", "National Defence Forces"],
    ),
]


@pytest.mark.parametrize(("text", "target", "allies"), LISTED)
def test_every_side_listed_after_allied_attacks(dictionary, text, target, allies):
    attackers = attackers_of_campaign_on(text, dictionary, target)
    assert all(ally in attackers for ally in allies), attackers


def test_a_government_force_ally_does_not_join_a_rebel_offensive(dictionary):
    text = (
        "Islamic State fighters launched an offensive on Deir ez-Zor on Monday, a monitor said.\n"
        "Government forces and allied National Defence Forces militiamen held the airport, "
        "officials said."
    )
    assert "National Defence Forces" not in attackers_of_campaign_on(text, dictionary, "Deir")


def test_a_bare_state_backing_a_government_force_does_not_join(dictionary):
    text = (
        "Syrian troops launched an offensive on Palmyra on Monday, officials said.\n"
        "Government troops, backed by Russia, pushed into the outskirts, a monitor said."
    )
    assert "Russia" not in attackers_of_campaign_on(text, dictionary, "Palmyra")
