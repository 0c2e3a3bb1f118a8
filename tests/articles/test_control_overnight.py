"""A withdrawal told "overnight", or a change told so in the past perfect ("had overrun X
overnight"), came the night before the day the text speaks of
(control_dates.night_before); a taking told "overnight" keeps that day."""

from __future__ import annotations

from tests.articles.control_rows import SUNDAY, TUESDAY, WEDNESDAY, rows


def withdrawals(text: str, dictionary) -> set[tuple]:
    return {(r[0], r[4]) for r in rows(text, dictionary) if r[2] == "withdraw"}


def test_a_withdrawal_overnight_is_dated_the_eve_of_the_day_told(dictionary):
    text = (
        "Afghan forces withdrew from Kunduz overnight, before Taliban fighters entered the city "
        "on Wednesday morning, a local lawmaker said."
    )
    assert withdrawals(text, dictionary) == {("Kunduz", TUESDAY)}


def test_a_withdrawal_overnight_told_today_is_dated_yesterday(dictionary):
    text = "Islamic State fighters pulled out of Mosul overnight, the Iraqi army said on Wednesday."
    assert withdrawals(text, dictionary) == {("Mosul", TUESDAY)}


def test_an_abandoned_town_overnight_is_dated_yesterday(dictionary):
    text = (
        "Residents said Al-Shabaab fighters had abandoned Bulo Burde overnight as Somali troops "
        "advanced."
    )
    assert {r[4] for r in rows(text, dictionary) if r[0] == "Bulo Burde"} == {TUESDAY}


def test_a_taking_overnight_keeps_the_day(dictionary):
    text = "The Taliban retook Kunduz overnight, a resident said."
    assert {r[4] for r in rows(text, dictionary) if r[0] == "Kunduz"} == {WEDNESDAY}


def test_a_withdrawal_with_its_own_day_and_no_night_keeps_it(dictionary):
    text = "Afghan forces withdrew from Kunduz on Sunday, before Taliban fighters entered the city."
    assert withdrawals(text, dictionary) == {("Kunduz", SUNDAY)}


def test_a_change_told_overnight_in_the_past_perfect_is_dated_yesterday(dictionary):
    overran = "Al Shabaab claimed its fighters had overrun an army base at Sabiid overnight."
    repelled = (
        "The Bosnian army said on Wednesday it had repelled an attack near the town of Olovo "
        "overnight."
    )
    assert {r[4] for r in rows(overran, dictionary) if r[0] == "Sabiid"} == {TUESDAY}
    assert {r[4] for r in rows(repelled, dictionary) if r[0] == "Olovo"} == {TUESDAY}


def test_overnight_after_the_places_appositive_is_dated_yesterday(dictionary):
    retaken = (
        "The Civil Defence Forces said they had retaken the town of Bo, on the road to Kenema, "
        "overnight."
    )
    encircled = (
        "The Congolese army said its troops had surrounded M23 positions around Sake, a town "
        "west of Goma, overnight."
    )
    fighting = (
        "The Islamic State said its fighters had captured the village of Tal Afar, west of the "
        "city, after heavy overnight fighting."
    )
    assert {r[4] for r in rows(retaken, dictionary) if r[0] == "Bo"} == {TUESDAY}
    assert {r[4] for r in rows(encircled, dictionary) if r[0] == "Sake"} == {TUESDAY}
    assert {r[4] for r in rows(fighting, dictionary) if r[0] == "Tal Afar"} == {TUESDAY}


def test_one_had_for_two_verbs_is_the_past_perfect_of_both(dictionary):
    text = (
        'A statement said Yugoslav army units had "wiped out the infiltrators" and retaken Kosare '
        "overnight."
    )
    other = "M23 rebels said they had shelled the barracks and captured Walikale overnight."
    assert {r[4] for r in rows(text, dictionary) if r[0] == "Kosare"} == {TUESDAY}
    assert {r[4] for r in rows(other, dictionary) if r[0] == "Walikale"} == {TUESDAY}


def test_a_comma_clause_with_its_own_night_does_not_move_the_taking(dictionary):
    text = "M23 rebels said they had captured Walikale on Sunday, and shelling went on overnight."
    assert {r[4] for r in rows(text, dictionary) if r[0] == "Walikale"} == {SUNDAY}
