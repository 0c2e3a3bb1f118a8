"""Each extraction step on a string: sentences, dates, actors, quotes, speakers, campaigns."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.actors import find_actors
from articles.extraction.dates import DAY, MONTH, WEEK, resolve
from articles.extraction.quotes import find_quotes
from articles.extraction.sentences import sentences

SUNDAY = dt.date(2016, 11, 6)
SEED_PUBLISHED = SUNDAY


def test_it_splits_sentences_without_breaking_abbreviations():
    text = "Mr. Barzani spoke. The U.S. envoy agreed! Gen. Smith left.\nNew paragraph here"
    found = [text[s.start : s.end] for s in sentences(text)]
    assert found == [
        "Mr. Barzani spoke.",
        "The U.S. envoy agreed!",
        "Gen. Smith left.",
        "New paragraph here",
    ]


@pytest.mark.parametrize(
    "expression, expected, precision",
    [
        ("began on Saturday", dt.date(2016, 11, 5), DAY),
        ("on Sunday", dt.date(2016, 11, 6), DAY),
        ("last Sunday", dt.date(2016, 10, 30), DAY),
        ("yesterday", dt.date(2016, 11, 5), DAY),
        ("three days ago", dt.date(2016, 11, 3), DAY),
        ("last week", dt.date(2016, 10, 24), WEEK),
        ("in October", dt.date(2016, 10, 1), MONTH),
        ("last month", dt.date(2016, 10, 1), MONTH),
        ("on 17 October", dt.date(2016, 10, 17), DAY),
        ("on October 17, 2016", dt.date(2016, 10, 17), DAY),
        (
            "in December",
            dt.date(2015, 12, 1),
            MONTH,
        ),  # December after a November publication is last year's
        ("since mid-October", dt.date(2016, 10, 1), MONTH),
        ("in mid-October", dt.date(2016, 10, 1), MONTH),
        ("late-September", dt.date(2016, 9, 1), MONTH),
        ("earlier this month", dt.date(2016, 11, 1), MONTH),
        ("since the start of the month", dt.date(2016, 11, 1), MONTH),
        ("last Tuesday", dt.date(2016, 11, 1), DAY),
        ("on October 17", dt.date(2016, 10, 17), DAY),
        # a day of the month alone: the month of publication, else the month before
        ("launched at dawn on the 5th", dt.date(2016, 11, 5), DAY),
        ("had held the ridge since the 28th", dt.date(2016, 10, 28), DAY),
        # a week of a month: that week, a later one by its Monday (as "earlier this week")
        ("the push began in the first week of October", dt.date(2016, 10, 1), WEEK),
        ("fighting flared in the last week of September", dt.date(2016, 9, 19), WEEK),
        ("troops massed there during the second week of August", dt.date(2016, 8, 8), WEEK),
        ("the siege began in the third week of June", dt.date(2016, 6, 13), WEEK),
        ("rebels have held the ridge since the final week of July", dt.date(2016, 7, 25), WEEK),
        # a season: its first month, else the one "mid" or "late" names, in the latest such
        # season begun by publication ("last": the latest one over)
        ("have pushed toward the town since late summer", dt.date(2016, 8, 1), MONTH),
        ("the siege began last spring", dt.date(2016, 3, 1), MONTH),
        ("the rebels regrouped in early autumn", dt.date(2016, 9, 1), MONTH),
        ("fought there since last winter", dt.date(2015, 12, 1), MONTH),
    ],
)
def test_it_resolves_relative_dates_against_publication(expression, expected, precision):
    assert resolve(expression, SUNDAY) == (expected, precision)


def test_it_finds_no_date_in_plain_words():
    assert resolve("the may of the people", SUNDAY) is None


@pytest.mark.parametrize(
    "expression", ["since the fall of the city", "under Operation Spring Shield", "a summer camp"]
)
def test_a_season_word_that_names_no_time_is_no_date(expression):
    assert resolve(expression, SUNDAY) is None


@pytest.mark.parametrize(
    "expression",
    [
        "troops of the 36th Division on the 4th Brigade's flank",
        "the town fell for the 3rd time",
        "a fort built in the 18th century",
    ],
)
def test_an_ordinal_that_names_a_unit_or_a_count_is_no_date(expression):
    assert resolve(expression, SUNDAY) is None


def test_it_matches_aliases_as_one_actor(dictionary):
    text = "IS fighters, ISIS-held towns, ISIL's leader and Daesh were named."
    matches = find_actors(text, dictionary)
    assert [m.text for m in matches] == ["IS", "ISIS", "ISIL", "Daesh"]
    assert {m.actor for m in matches} == {"Islamic State"}


def test_it_does_not_take_the_verb_is_for_islamic_state(dictionary):
    text = "This is a town. It is quiet. THIS IS NOT NEWS. Is it?"
    assert find_actors(text, dictionary) == []


def test_it_prefers_the_longest_alias(dictionary):
    matches = find_actors("The Global Coalition to Counter IS said so.", dictionary)
    assert [(m.text, m.actor) for m in matches] == [
        ("Global Coalition to Counter IS", "Global Coalition to Counter ISIS")
    ]


def test_it_skips_a_country_named_as_a_location(dictionary):
    matches = find_actors("Fighting in Turkey eased, but Turkey said it would act.", dictionary)
    assert [m.start for m in matches] == [30]


def test_it_learns_an_alias_the_article_introduces(dictionary):
    text = "The Kurdistan Regional Government (KRGOV) met. Later KRGOV said no."
    result = extract(text, dictionary=dictionary)
    assert [m.text for m in result.actors] == ["Kurdistan Regional Government", "KRGOV", "KRGOV"]


def test_it_tells_speech_from_scare_quotes(seed_text):
    quotes = find_quotes(seed_text)
    speech = [seed_text[q.start : q.end][:20] for q in quotes if q.speech]
    scare = [seed_text[q.start : q.end] for q in quotes if not q.speech]
    assert scare == ["Euphrates Anger", "liberated territory"]
    assert len(speech) == 4


def test_it_pairs_curly_and_nested_quotes():
    text = "“He told me “run” and I ran,” said Amal Haddad, a nurse.\n"
    result = extract(text)
    assert [s.quote for s in result.statements] == ["He told me “run” and I ran,"]
    assert (result.statements[0].speaker, result.statements[0].role) == ("Amal Haddad", "nurse")


def test_it_follows_a_quote_over_several_paragraphs():
    text = (
        "Omar Khalil, a commander of the Free Syrian Army, spoke to reporters.\n"
        "“We will hold the line. We have held it for years.\n"
        "“Nobody will move us from here.”\n"
    )
    result = extract(text)
    assert [s.speaker for s in result.statements] == ["Omar Khalil", "Omar Khalil"]
    assert {s.actor for s in result.statements} == {"Free Syrian Army"}


@pytest.mark.parametrize(
    "text, speaker, role, actor",
    [
        (
            '"The town is surrounded and we are advancing," said Ahmed Saleh, a Houthi commander.',
            "Ahmed Saleh",
            "Houthi commander",
            "Houthis",
        ),
        (
            '"The town is surrounded and we are advancing," Ahmed Saleh, a Houthi commander, told '
            "Reuters.",
            "Ahmed Saleh",
            "Houthi commander",
            "Houthis",
        ),
        (
            'Russian defence ministry spokesman Igor Petrov said: "Our units have taken the '
            'village completely."',
            "Igor Petrov",
            "Russian defence ministry spokesman",
            "Russia",
        ),
        (
            'According to Lena Ortiz of Human Rights Watch, "the strikes hit a school full of '
            'families."',
            "Lena Ortiz",
            "Human Rights Watch",
            "Human Rights Watch",
        ),
    ],
)
def test_it_finds_the_speaker_in_the_same_sentence(text, speaker, role, actor):
    [statement] = extract(text).statements
    assert (statement.speaker, statement.role, statement.actor) == (speaker, role, actor)


def test_it_resolves_he_said_to_the_person_just_introduced():
    text = (
        "Karim Nouri, an analyst at the Institute for the Study of War, expects a long siege.\n"
        "“This will take months, not weeks, and the city will suffer,” he said.\n"
    )
    [statement] = extract(text).statements
    assert (statement.speaker, statement.actor) == ("Karim Nouri", "Institute for the Study of War")


def test_it_expands_a_surname_to_the_full_name(seed_text):
    text = (
        "Masrour Barzani, head of the Kurdistan Regional Government Security Council, spoke.\n"
        "“The fight will be long and hard for all of us,” Barzani said.\n"
    )
    [statement] = extract(text).statements
    assert statement.speaker == "Masrour Barzani"
    assert statement.actor == "Kurdistan Regional Government"


def test_it_finds_a_named_campaign_with_attacker_target_and_start(seed_text, dictionary):
    result = extract(seed_text, published=SEED_PUBLISHED, dictionary=dictionary)
    named = next(c for c in result.campaigns if c.name == "Euphrates Anger")
    assert (named.attackers, named.targets, named.started_on, named.date_precision) == (
        ["Syrian Democratic Forces"],
        ["Raqqa"],
        dt.date(2016, 11, 5),
        DAY,
    )
    assert seed_text[named.sentence_start : named.sentence_end].startswith(
        "A spokeswoman for the Syria"
    )


def test_it_finds_an_unnamed_offensive(seed_text, dictionary):
    result = extract(seed_text, published=SEED_PUBLISHED, dictionary=dictionary)
    mosul = next(c for c in result.campaigns if not c.named)
    assert (mosul.name, mosul.attackers, mosul.targets) == (
        "Mosul offensive",
        ["Iraqi Security Forces"],
        ["Mosul"],
    )
    assert len(result.campaigns) == 2  # the push on Raqqa is Euphrates Anger, not a third campaign


def test_it_does_not_take_a_backer_for_the_attacker(dictionary):
    text = (
        "US-backed Syrian Democratic Forces launched an offensive on the town of Tabqa on Monday."
    )
    [campaign] = extract(text, published=SUNDAY, dictionary=dictionary).campaigns
    assert campaign.attackers == ["Syrian Democratic Forces"]
    assert campaign.started_on == dt.date(2016, 10, 31)


def test_it_uses_geoparser_places_for_targets_when_given(dictionary):
    from articles.extraction import PlaceRecord

    text = "Iraqi forces began an assault on the city of Mawsil on Monday."
    place = PlaceRecord(
        text.index("Mawsil"), text.index("Mawsil") + 6, "Mawsil", "Mosul", 36.3, 43.1, 7
    )
    [campaign] = extract(text, published=SUNDAY, dictionary=dictionary, places=[place]).campaigns
    assert campaign.targets == ["Mosul"]
    # A name the gazetteer lacks is kept as written (the pipeline looks it up by name) ...
    [kept] = extract(
        "Iraqi forces began an assault on the town of Qayyarah.", dictionary=dictionary, places=[]
    ).campaigns
    assert kept.targets == ["Qayyarah"]
    # ... but dates, actors and adjectives before a group noun are never targets.
    for text in (
        "Iraqi forces began an assault on Monday.",
        "Iraqi forces began an assault on ISIS.",
        "Turkey began an operation against Kurdish-led forces.",
    ):
        assert extract(text, dictionary=dictionary, places=[]).campaigns == [], text


def test_it_finds_opponents_and_keeps_each_sides_offensive_apart(dictionary):
    text = (
        'The SDF named it "Operation Dawn" campaign.\n'
        "An offensive by Houthi fighters on the city of Marib began on Monday against Yemeni "
        "government forces.\n"
        "Iraqi troops launched an operation to recapture the city of Fallujah from the Islamic "
        "State group.\n"
    )
    campaigns = {
        c.name: c for c in extract(text, published=SUNDAY, dictionary=dictionary).campaigns
    }
    assert (
        campaigns["Operation Dawn"].targets == []
    )  # Marib is the Houthis' offensive, not the SDF's
    marib = campaigns["Marib offensive"]
    assert (marib.attackers, marib.opponents, marib.started_on) == (
        ["Houthis"],
        ["Yemeni government forces"],
        dt.date(2016, 10, 31),
    )
    assert campaigns["Fallujah offensive"].opponents == ["Islamic State"]


@pytest.mark.parametrize(
    "text, speakers",
    [
        # A quote ending in a full stop, then a new sentence about someone else: not its
        # attribution.
        (
            (
                "“The classes are too long for the pupils to follow,” said Akers. “By the end they "
                "stop listening.” "
                "Her colleague, Corey White, added that more time was needed."
            ),
            ["Akers", "Akers"],
        ),
        # A lone surname right before the verb is the speaker, even when never introduced in full.
        ('"It is a mystery to all of us, frankly," Boehmer said.', ["Boehmer"]),
        ('Rush replies, "It is a mystery to all of us, frankly."', ["Rush"]),
        # "he said" after an attributed quote in the same paragraph is that speaker.
        (
            (
                '"We will not stop until the town is safe," Omar Jaber said. However, he said, "we '
                "need more men on the "
                'ground to hold it."'
            ),
            ["Omar Jaber", "Omar Jaber"],
        ),
        # An abbreviation inside the subject does not cut it short; a title alone is never a name.
        (
            '"We were in the room when it happened," said Ms. Haddad’s neighbour, Rana Issa of '
            "Homs.",
            ["Rana Issa"],
        ),
        (
            '"There is no water left in the camp," said Patrick J. Sullivan, a relief worker.',
            ["Patrick J. Sullivan"],
        ),
    ],
)
def test_it_reads_speakers_as_real_news_writes_them(text, speakers):
    assert [s.speaker for s in extract(text).statements] == speakers


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rep. Joseph F. Wagner said the bill would pass.", []),
        ("The Ohio Coalition for the Education of Children met.", []),
        ("They served turkey legs and Turkey said nothing.", ["Turkey"]),
        (
            "Lebanese Hezbollah fighters and Wagner mercenaries moved in. Wagner denied it.",
            ["Hezbollah", "Wagner mercenaries", "Wagner"],
        ),
        ("Turkey launched strikes. Analysts say Russia agreed.", ["Turkey", "Russia"]),
    ],
)
def test_it_does_not_take_part_of_a_name_for_an_actor(text, expected, dictionary):
    assert [m.text for m in find_actors(text, dictionary)] == expected


def test_it_dates_a_statement_from_its_attribution():
    text = (
        'Igor Petrov, a spokesman for the Russian defence ministry, said on Monday: "Our units '
        "have taken "
        'the village completely."\n'
        '"We will hold the town whatever it costs us," said Omar Ali, adding that the attack began '
        "on Saturday.\n"
    )
    first, second = extract(text, published=SUNDAY).statements
    assert (first.said_on, first.date_precision) == (dt.date(2016, 10, 31), DAY)
    assert second.said_on is None  # Saturday is when the attack began, not when he spoke


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters warned that a storm moving into the Red River Valley could bring floods.",
        "A telephone campaign by the Family Council of West Virginia targeted two lawmakers.",
        "The man began advancing on Kosinski, police said.",
        "An aid worker from Operation Blessing International described the hospital.",
    ],
)
def test_it_finds_no_campaign_in_ordinary_news(text, dictionary):
    assert extract(text, published=SUNDAY, dictionary=dictionary).campaigns == []


def test_it_finds_a_campaign_in_a_war_report(dictionary):
    text = (
        "Days after the ceasefire that followed Israel's three-week offensive in the Gaza Strip, "
        "talks began."
    )
    [campaign] = extract(text, published=SUNDAY, dictionary=dictionary).campaigns
    assert (campaign.attackers, campaign.targets) == (["Israel"], ["Gaza Strip"])


def test_it_reads_the_town_as_the_town_the_article_is_about(dictionary):
    from articles.extraction import PlaceRecord

    text = (
        "Rebels say they have taken Myawaddy, a trading town on the border with Thailand.\n"
        "The Karen National Union began its push on the town in early April, attacking outposts "
        "with drones.\n"
    )
    places = [
        PlaceRecord(
            text.index("Myawaddy"),
            text.index("Myawaddy") + 8,
            "Myawaddy",
            "Myawaddy",
            16.7,
            98.5,
            3,
            "settlement",
        ),
        PlaceRecord(
            text.index("Thailand"),
            text.index("Thailand") + 8,
            "Thailand",
            "Thailand",
            15.0,
            100.0,
            4,
            "country",
        ),
    ]
    [campaign] = extract(
        text, published=dt.date(2024, 4, 12), dictionary=dictionary, places=places
    ).campaigns
    assert (campaign.targets, campaign.attackers) == (["Myawaddy"], ["Karen National Union"])
    assert (campaign.started_on, campaign.date_precision) == (dt.date(2024, 4, 1), MONTH)
    # Without resolved places, the appositive ("Myawaddy, a trading town") still says which
    # town it is …
    [campaign] = extract(text, published=dt.date(2024, 4, 12), dictionary=dictionary).campaigns
    assert campaign.targets == ["Myawaddy"]
    # … and with no place the text calls a town, the dated push is on the place the sentence
    # before reports taken (campaign_onset's fallback), not on a guess about "the town".
    bare = text.replace(", a trading town on the border with Thailand", "")
    [campaign] = extract(bare, published=dt.date(2024, 4, 12), dictionary=dictionary).campaigns
    assert campaign.targets == ["Myawaddy"]


def test_it_reads_a_described_place_as_the_one_named_before(dictionary):
    text = (
        "Rebels said on Monday they had taken Goma, the largest city in the east, after heavy "
        "fighting.\n"
        "The group launched its push on the lakeside city earlier this month.\n"
    )
    [campaign] = extract(text, published=dt.date(2025, 1, 27), dictionary=dictionary).campaigns
    assert campaign.targets == ["Goma"]
    assert (campaign.started_on, campaign.date_precision) == (dt.date(2025, 1, 1), MONTH)


def test_it_reads_the_breakaway_region_as_the_region_just_named(dictionary):
    text = (
        "Fighters in Nagorno-Karabakh gave up, a day after troops launched an operation in the "
        "breakaway region."
    )
    [campaign] = extract(text, published=dt.date(2023, 9, 20), dictionary=dictionary).campaigns
    assert campaign.targets == ["Nagorno-Karabakh"]
    # A place named in a sentence further back is not "the region" of this one.
    far = (
        "Fighters in Nagorno-Karabakh gave up.\nIt rained.\nTroops launched an operation in the "
        "breakaway region."
    )
    assert extract(far, published=dt.date(2023, 9, 20), dictionary=dictionary).campaigns == []


def test_it_reads_the_southern_gaza_city_as_a_description_not_a_target(dictionary):
    text = (
        "Israeli tanks pushed into the centre of Rafah on Tuesday, weeks into a ground operation "
        "in the southern Gaza city."
    )
    [campaign] = extract(text, published=dt.date(2024, 5, 28), dictionary=dictionary).campaigns
    assert campaign.targets == ["Rafah"]


def test_it_prefers_the_place_attacked_to_the_area_of_the_offensive(dictionary):
    text = (
        "The Rapid Support Forces have stepped up their offensive in North Kordofan, residents "
        "said, as the "
        "paramilitary group closed in on the state capital, El Obeid."
    )
    [campaign] = extract(text, published=dt.date(2025, 11, 20), dictionary=dictionary).campaigns
    assert (campaign.targets, campaign.attackers) == (["El Obeid"], ["Rapid Support Forces"])


def test_it_keeps_particles_inside_place_names(dictionary):
    text = "Government troops began an offensive on Mocimboa da Praia on Friday."
    [campaign] = extract(text, published=dt.date(2021, 8, 8), dictionary=dictionary).campaigns
    assert campaign.targets == ["Mocimboa da Praia"]


def test_it_moves_the_start_by_an_offset_before_the_launch_verb(dictionary):
    text = (
        "Turkey said on Wednesday that the fighters had surrendered, a day after its troops "
        "launched an "
        "offensive on Afrin."
    )
    [campaign] = extract(text, published=dt.date(2023, 9, 20), dictionary=dictionary).campaigns
    assert (campaign.started_on, campaign.date_precision) == (dt.date(2023, 9, 19), DAY)
    two_weeks = text.replace("a day after", "two weeks after")
    [campaign] = extract(two_weeks, published=dt.date(2023, 9, 20), dictionary=dictionary).campaigns
    assert (campaign.started_on, campaign.date_precision) == (dt.date(2023, 9, 6), WEEK)
    # A date inside the launch clause is the start itself.
    inside = (
        "Turkey said the fighters surrendered, a day after its troops launched an offensive on "
        "Afrin on Monday."
    )
    [campaign] = extract(inside, published=dt.date(2023, 9, 20), dictionary=dictionary).campaigns
    assert campaign.started_on == dt.date(2023, 9, 18)


def test_it_places_an_offensive_without_target_on_the_town_the_article_is_about(dictionary):
    text = (
        "The army said it had driven militiamen out of Lalibela, the town in the Amhara region, "
        "after days of "
        "street fighting.\n"
        "Militia fighters took the town last week.\n"
        "The army began its counteroffensive on Sunday, bringing in troops from Woldia.\n"
    )
    [campaign] = extract(text, published=dt.date(2023, 8, 10), dictionary=dictionary).campaigns
    assert campaign.targets == ["Lalibela"]
    assert (campaign.started_on, campaign.date_precision) == (dt.date(2023, 8, 6), DAY)
    # A region when the article names no town; nothing when it names no place at all.
    region = (
        "Troops have captured several villages in the central Hiran region.\nThe offensive, which "
        "began last month, goes on.\n"
    )
    [campaign] = extract(region, published=dt.date(2022, 9, 20), dictionary=dictionary).campaigns
    assert (campaign.targets, campaign.started_on) == (["Hiran"], dt.date(2022, 8, 1))
    nowhere = (
        "Troops have captured several villages.\nThe offensive, which began last month, goes on.\n"
    )
    assert extract(nowhere, published=dt.date(2022, 9, 20), dictionary=dictionary).campaigns == []


def test_it_reads_ongoing_fighting_as_a_campaign_by_the_side_of_the_article(dictionary):
    text = (
        "Israeli tanks began an assault on Rafah on May 7.\n"
        "Hamas said its fighters had destroyed several armoured vehicles.\n"
        "In the north, troops have been fighting in Jabalia since mid-May in an operation against "
        "Hamas units.\n"
    )
    campaigns = {
        c.name: c
        for c in extract(text, published=dt.date(2024, 5, 28), dictionary=dictionary).campaigns
    }
    jabalia = campaigns["Jabalia offensive"]
    # Not Hamas (the previous sentence's subject, whom this sentence fights) but the side of the
    # Rafah assault.
    assert jabalia.attackers == ["Israel"]
    assert (jabalia.started_on, jabalia.date_precision) == (dt.date(2024, 5, 1), MONTH)
    # Fighting reported once is no campaign.
    assert (
        extract(
            "Two soldiers died in fighting in Jabalia.",
            published=dt.date(2024, 5, 28),
            dictionary=dictionary,
        ).campaigns
        == []
    )


def test_it_reads_a_recapture_by_troops_with_the_push_that_led_to_it(dictionary):
    text = (
        "Government troops have recaptured the port town of Mocimboa da Praia, the army said on "
        "Sunday.\n"
        "The joint force has been advancing through the province since mid-July.\n"
    )
    [campaign] = extract(text, published=dt.date(2021, 8, 8), dictionary=dictionary).campaigns
    assert campaign.targets == ["Mocimboa da Praia"]
    assert (campaign.started_on, campaign.date_precision) == (dt.date(2021, 7, 1), MONTH)
    # A recapture that is not troops' nor part of a campaign is an event.
    assert extract("Fans recaptured the mood of Lisbon.", dictionary=dictionary).campaigns == []


def test_it_reads_an_advance_on_the_city_and_not_the_side_that_held_it(dictionary):
    text = (
        "The army said on Saturday it had entered Wad Madani, the capital of Gezira state, a year "
        "after the "
        "city fell to the Rapid Support Forces.\n"
        "Soldiers advanced on the city from three directions in an offensive that got under way in "
        "late December.\n"
    )
    [campaign] = extract(text, published=dt.date(2025, 1, 12), dictionary=dictionary).campaigns
    assert campaign.targets == ["Wad Madani"]
    assert campaign.attackers == []  # the RSF held the city; the army is not in the dictionary
    assert (campaign.started_on, campaign.date_precision) == (dt.date(2024, 12, 1), MONTH)


def test_it_dates_an_ongoing_push_from_its_duration(dictionary):
    text = "Azerbaijani troops had been fighting their way towards Shusha for about two weeks."
    [campaign] = extract(text, published=dt.date(2020, 11, 9), dictionary=dictionary).campaigns
    assert campaign.targets == ["Shusha"]
    assert (campaign.started_on, campaign.date_precision) == (dt.date(2020, 10, 26), WEEK)


def test_it_reads_a_town_seized_after_an_assault_as_a_campaign(dictionary):
    text = (
        "Islamic State-linked insurgents have seized the town of Palma after a four-day assault.\n"
        "The attack began on Wednesday afternoon, when fighters stormed the town.\n"
    )
    [campaign] = extract(text, published=dt.date(2021, 3, 29), dictionary=dictionary).campaigns
    assert (campaign.targets, campaign.attackers) == (["Palma"], ["Islamic State"])
    assert (campaign.started_on, campaign.date_precision) == (dt.date(2021, 3, 24), DAY)
    # A seizure with no fighting words around it is not a campaign.
    assert (
        extract(
            "Customs officers seized the town of Palma's fishing nets.", dictionary=dictionary
        ).campaigns
        == []
    )
