"""The fourth extraction pass (after heldout7's first run): officials speaking for their state, operations
named without quotes, acronyms an article redefines, organisations cited as sources, and more — each rule
on a string of its own (not the gold articles)."""

from __future__ import annotations

import datetime as dt

from articles.extraction import extract
from tests.articles.rows import campaign_rows, statement_rows

TUESDAY = dt.date(2023, 5, 16)


def _statements(text: str, dictionary) -> list[tuple[str, str, str | None]]:
    return statement_rows(text, dictionary, TUESDAY)


def _campaigns(text: str, dictionary, published: dt.date = TUESDAY) -> list[tuple]:
    return campaign_rows(text, dictionary, published)


# Statements: officials ------------------------------------------------------------------------------------

def test_it_gives_a_government_member_the_articles_state(dictionary):
    text = ("Kenyan troops shelled militant camps near the border on Monday, the army said.\n"
            "\"We will not stop until the camps are gone,\" Interior Minister Joseph Mwangi told reporters.\n"
            "\"The roads are closed and we have no food,\" said Amina Hassan, a resident of Mandera.")
    result = extract(text, published=TUESDAY, dictionary=dictionary)
    minister, resident = [(s.speaker, s.role, s.actor) for s in result.statements]
    assert minister == ("Joseph Mwangi", "Interior Minister", "Kenya")
    assert resident[2] is None  # a resident speaks for nobody
    assert result.new_actors.get("Kenya") == ("state", "")  # the pipeline can store the state


def test_it_gives_an_officer_whose_role_names_no_group_the_articles_forces(dictionary):
    text = ("Cameroon's army moved into villages outside Ndop on Monday, burning houses.\n"
            "\"We are clearing the area,\" said Colonel Paul Ekane, the commander of army operations in the region.\n"
            "\"Nothing is left,\" said Marie Ngwa, a local councillor.")
    (officer, councillor) = _statements(text, dictionary)
    assert officer[2] == "Cameroon Armed Forces"
    assert councillor[2] is None


def test_it_leaves_analysts_local_officials_and_unknown_states_ministers_alone(dictionary):
    text = ("Turkish jets struck positions near the border on Sunday, the defence ministry said.\n"
            "\"This is about the election,\" said Ayse Demir, a military analyst in Ankara.\n"
            "\"Our people are leaving,\" said Ali Hassan, Somaliland's information minister.\n"
            "\"The town is empty,\" said Omar Kaya, head of the town's military administration.")
    assert [actor for _, _, actor in _statements(text, dictionary)] == [None, None, None]


def test_it_does_not_name_officials_outside_conflict_news(dictionary):
    text = ("Kenya's tourism figures rose by a fifth this year.\n"
            "\"Visitors are coming back,\" Tourism Minister Joseph Mwangi said on Monday.")
    assert _statements(text, dictionary)[0][2] is None


# Campaigns: names without quotes, names inside names, the reporter as attacker --------------------------

def test_it_finds_an_operation_named_without_quotes(dictionary):
    text = ("Turkish jets and commandos struck militant positions in northern Iraq, the defence ministry said.\n"
            "The operation, named Claw-Sword, began late on Sunday with air strikes on the Qandil mountains.")
    [(name, attackers, _, started, precision)] = _campaigns(text, dictionary)
    assert name == "Claw-Sword" and attackers == ["Turkey"]
    assert (started, precision) == (dt.date(2023, 5, 14), 1)


def test_it_does_not_take_a_lower_case_word_after_named_as_an_operation(dictionary):
    text = "Soldiers shelled the camp on Monday in an operation named after a fallen general, the army said."
    assert all(name != "after" for name, *_ in _campaigns(text, dictionary))


def test_it_keeps_a_quoted_operation_name_whole(dictionary):
    text = ('Egypt\'s army launched a campaign, called "Comprehensive Operation Delta 2019", against militants '
            "in North Sinai on Friday, with air strikes and artillery.")
    names = [name for name, *_ in _campaigns(text, dictionary)]
    assert names == ["Comprehensive Operation Delta 2019"]


def test_it_takes_the_reporter_as_attacker_when_the_reported_clause_starts_with_it(dictionary):
    text = ("Chad's army said on Monday it had killed dozens of Boko Haram fighters on the islands, a week into "
            "its offensive.\nPresident Deby launched the operation, dubbed Sandstorm, on Saturday after an attack "
            "on a base.")
    [(name, attackers, _, _, _)] = _campaigns(text, dictionary)
    assert name == "Sandstorm" and attackers == ["Chadian National Army"]


# Actors: acronyms an article spells out ---------------------------------------------------------------------

def _actors(text: str, dictionary) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for match in extract(text, published=TUESDAY, dictionary=dictionary).actors:
        found.setdefault(match.actor, []).append(match.text)
    return found


def test_it_lets_an_article_redefine_a_known_acronym_it_spells_out(dictionary):
    text = ("Soldiers burned houses said to shelter fighters of the Ambazonia Defence Forces (ADF), a separatist "
            "armed group.\nThe ADF said its fighters had repelled the attack near Kumbo.")
    found = _actors(text, dictionary)
    assert found["Ambazonia Defence Forces"] == ["Ambazonia Defence Forces", "ADF", "ADF"]
    assert "Allied Democratic Forces" not in found


def test_it_keeps_a_known_acronym_when_the_article_does_not_spell_it_out(dictionary):
    text = "ADF fighters attacked a village near Beni on Monday, killing 12 people, the army said."
    assert "Allied Democratic Forces" in _actors(text, dictionary)


def test_it_learns_an_organisation_introduced_as_name_or_acronym(dictionary):
    text = ("No group claimed the bomb that killed three soldiers, but the army blames the Barisan Revolusi "
            "Nasional, or BRN, which has "
            "fought for autonomy for two decades.\nBRN negotiators met officials in Kuala Lumpur last week.")
    result = extract(text, published=TUESDAY, dictionary=dictionary)
    assert [m.text for m in result.actors if m.actor == "Barisan Revolusi Nasional"] == ["Barisan Revolusi Nasional", "BRN", "BRN"]
    assert result.new_actors["Barisan Revolusi Nasional"] == ("armed_group", "BRN")


def test_it_takes_no_name_or_acronym_whose_initials_differ(dictionary):
    text = "Rebels attacked the Grand Hotel, or GHX, in the capital on Monday, the army said."
    assert "Grand Hotel" not in _actors(text, dictionary)


# Actors: organisations cited as sources -----------------------------------------------------------------------

def test_it_finds_organisations_cited_or_typed_as_sources(dictionary):
    text = ("Soldiers and rebels fought for the town on Monday, killing 40 people, according to the Armed Violence "
            "Monitoring Group, which tracks attacks.\nBorder Peace Watch, an independent monitoring group, counted "
            "more air strikes.\nThe army told the Sputnik news agency that the offensive would go on.")
    result = extract(text, published=TUESDAY, dictionary=dictionary)
    names = {m.actor for m in result.actors}
    assert {"Armed Violence Monitoring Group", "Border Peace Watch", "Sputnik"} <= names
    assert result.new_actors["Armed Violence Monitoring Group"][0] == "organisation"


def test_it_takes_no_source_without_an_organisational_name(dictionary):
    text = ("Soldiers and rebels fought for the town on Monday, killing 40 people, according to the Health Ministry "
            "and Local Officials.\nAbdi Noor, a local aid worker, said the troops had left.")
    names = {m.actor for m in extract(text, published=TUESDAY, dictionary=dictionary).actors}
    assert not names & {"Health Ministry", "Local Officials", "Abdi Noor"}


# Statements: partial quotes and "he told" after a quoted fragment ---------------------------------------------

def test_it_keeps_a_quoted_clause_right_after_said(dictionary):
    text = ("Abdi Warsame, a spokesman for the clan militia, said \"the siege of our town is over\" and called on "
            "families to return after the fighting.")
    [(speaker, role, _)] = _statements(text, dictionary)
    assert (speaker, role) == ("Abdi Warsame", "spokesman for the clan militia")


def test_it_drops_a_quoted_predicate_after_an_auxiliary(dictionary):
    text = ("The regional government said in a statement that the rebels had \"dragged the whole region into wars "
            "that are not ours and never were\".")
    assert _statements(text, dictionary) == []


def test_it_resolves_he_told_to_the_person_who_introduced_a_quoted_fragment(dictionary):
    text = ("Jihadists attacked an army post on Monday, killing 20 soldiers.\n"
            "Government spokesman Paul Agossa said the soldiers had \"fought with courage\". \"Those who attacked "
            "our country will be tracked down,\" he told reporters.")
    [(speaker, role, _)] = _statements(text, dictionary)
    assert (speaker, role) == ("Paul Agossa", "Government spokesman")


def test_it_reads_a_name_given_only_as_and_its_spokesman_as_the_group_before(dictionary):
    text = ("Soldiers attacked rebel camps on Monday.\nThe M23 said its fighters had repelled the "
            "attack. Its spokesman, who gave his name only as General Ivo, said in a video: \"We will fight on "
            "until the last soldier leaves our land.\"")
    assert _statements(text, dictionary) == [("Ivo", "spokesman", "M23")]


# Campaigns: more cues, "the Chechen capital", datelines ---------------------------------------------------------

def test_it_reads_an_operation_to_reopen_a_place(dictionary):
    text = ("Morocco said on Friday it had launched a military operation to reopen the Guerguerat border crossing, "
            "where its troops came under fire.")
    [(name, attackers, targets, started, _)] = _campaigns(text, dictionary, dt.date(2020, 11, 14))
    assert (name, attackers, targets, started) == ("Guerguerat offensive", ["Morocco"], ["Guerguerat"], dt.date(2020, 11, 13))


def test_it_reads_an_offensive_to_drive_fighters_from_the_hills_around_a_town(dictionary):
    text = ("Cameroon's army has launched an offensive to drive separatists from the hills around Ndop, officials said.\n"
            "Soldiers moved into villages outside Ndop on Monday.")
    [(_, attackers, targets, started, _)] = _campaigns(text, dictionary)
    assert (attackers, targets, started) == (["Cameroon Armed Forces"], ["Ndop"], dt.date(2023, 5, 15))


def test_it_reads_besieged_and_shelled_with_since(dictionary):
    text = "Government troops had besieged and shelled Burao since February, residents said."
    [(_, _, targets, started, precision)] = _campaigns(text, dictionary)
    assert (targets, started, precision) == (["Burao"], dt.date(2023, 2, 1), 3)


def test_it_points_the_demonym_capital_back_to_the_city(dictionary):
    text = ("Russian troops pushed into the outskirts of Grozny on Monday, the third day of a ground assault on "
            "the Chechen capital.\nThe offensive began on Saturday, officials said.")
    [(name, attackers, targets, started, _)] = _campaigns(text, dictionary, dt.date(1999, 12, 27))
    assert (name, attackers, targets, started) == ("Grozny offensive", ["Russia"], ["Grozny"], dt.date(1999, 12, 25))


def test_it_never_dates_a_campaign_by_its_dateline(dictionary):
    text = ("KAMPALA, May 16 (Reuters) - Uganda's army has launched an offensive to retake the town of Kasese, "
            "officials said.\nTroops moved towards the town on Sunday.")
    [(_, _, _, started, _)] = _campaigns(text, dictionary)
    assert started == dt.date(2023, 5, 14)


def test_it_does_not_take_a_state_to_be_rejoined_as_a_party(dictionary):
    text = "Clan fighters, who want the region to rejoin Somalia, overran an army base after heavy fighting."
    assert "Somalia" not in _actors(text, dictionary)


def test_it_targets_a_department_named_before_an_operation_and_gives_it_the_states_forces(dictionary):
    text = ("Jihadists killed 20 soldiers at a post near the border, the army said.\n"
            "Benin deployed 3,000 troops to its northern Alibori department under Operation Mirador in 2022, "
            "after attacks by militants.")
    [(name, attackers, targets, started, _)] = _campaigns(text, dictionary)
    assert (name, attackers, targets, started) == ("Operation Mirador", ["Benin Armed Forces"], ["Alibori"], None)


def test_it_keeps_the_state_as_attacker_when_the_article_names_no_forces_of_it(dictionary):
    text = ("Benin launched Operation Mirador against militants in the Alibori department in 2022, after attacks "
            "by jihadists on border posts.")
    [(_, attackers, _, _, _)] = _campaigns(text, dictionary)
    assert attackers == ["Benin"]


def test_it_takes_the_organisation_not_the_person_it_is_cited_through(dictionary):
    text = ("Soldiers and rebels fought for the town on Monday, according to John Mbeki of the Kivu Research Group.\n"
            "According to Lena Ortiz of Human Rights Watch, the air strikes hit a school.")
    names = {m.actor for m in extract(text, published=TUESDAY, dictionary=dictionary).actors}
    assert "Kivu Research Group" in names and "Human Rights Watch" in names
    assert not any(name.startswith(("John", "Lena")) for name in names)


def test_it_places_an_offensive_against_demonym_forces_in_their_region(dictionary):
    text = ("Ethiopian troops captured the town of Shire in northwestern Tigray on Monday, the biggest gain yet of "
            "a joint offensive against Tigrayan forces that began in late August.")
    [(name, attackers, targets, started, precision)] = _campaigns(text, dictionary, dt.date(2022, 10, 18))
    assert (name, targets, started, precision) == ("Tigray offensive", ["Tigray"], dt.date(2022, 8, 1), 3)
    assert attackers == ["Ethiopian National Defense Force"]


def test_it_falls_back_to_the_town_when_the_demonyms_place_is_not_named(dictionary):
    text = ("Ethiopian troops captured the town of Shire on Monday, the biggest gain yet of an offensive against "
            "Amharan militias that began in late August.")
    [(_, _, targets, _, _)] = _campaigns(text, dictionary, dt.date(2022, 10, 18))
    assert targets == ["Shire"]
