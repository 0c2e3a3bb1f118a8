"""Quote attribution: who said a quote, and the role the text gives them."""

from __future__ import annotations

import pytest

from articles.extraction.actors import find_actors
from articles.extraction.quotes import find_quotes
from articles.extraction.sentences import paragraphs
from articles.extraction.speaker_parse import quote_subject
from articles.extraction.statements import attribute
from places.nlp import parse
from tests.articles.rows import (
    FRIDAY_3_OCTOBER_2014,
    FRIDAY_11_MARCH_2022,
    MONDAY_8_JANUARY_2024,
    TUESDAY_16_MAY_2023,
    WEDNESDAY_17_MAY_2023,
    first_statement_row,
    speaker_rows,
    statement_rows,
)


def test_it_keeps_the_role_in_an_according_to_lead_in(dictionary):
    text = (
        'According to Amina Yusuf, a nurse in Baidoa, the regional capital, "the wards are full '
        "and we "
        'have run out of oxygen".'
    )
    assert first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022) == (
        "Amina Yusuf",
        "nurse in Baidoa",
        None,
    )


def test_it_reads_an_appositive_after_the_name_as_the_role(dictionary):
    text = (
        '"Nobody has come to help us," said Rosa Medina, the local ombudsman for the Cauca valley.'
    )
    assert (
        first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)[1]
        == "local ombudsman for the Cauca valley"
    )


def test_it_takes_the_role_bound_to_the_name_not_a_clause_before_it(dictionary):
    text = (
        "Troops backed by fighter jets began moving on the town on Monday, army spokesman Colonel "
        "Ali Musa "
        'said.\n"The terrorists will be driven out," Musa said.'
    )
    assert first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)[:2] == (
        "Ali Musa",
        "army spokesman",
    )


def test_it_keeps_an_acronym_apposed_to_the_speakers_organisation(dictionary):
    text = (
        '"The attackers were pushed back," said Jean Kanga, a spokesman for the UN stabilisation '
        "mission, "
        "MINUSMA."
    )
    assert first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022) == (
        "Jean Kanga",
        "spokesman for the UN stabilisation mission, MINUSMA",
        "United Nations",
    )


def test_it_keeps_a_quoted_clause_right_after_said(dictionary):
    text = (
        'Abdi Warsame, a spokesman for the clan militia, said "the siege of our town is over" and '
        "called on "
        "families to return after the fighting."
    )
    [(speaker, role, _)] = statement_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert (speaker, role) == ("Abdi Warsame", "spokesman for the clan militia")


def test_it_drops_a_quoted_predicate_after_an_auxiliary(dictionary):
    text = (
        'The regional government said in a statement that the rebels had "dragged the whole '
        "region into wars "
        'that are not ours and never were".'
    )
    assert statement_rows(text, dictionary, TUESDAY_16_MAY_2023) == []


def test_it_resolves_he_told_to_the_person_who_introduced_a_quoted_fragment(dictionary):
    text = (
        "Jihadists attacked an army post on Monday, killing 20 soldiers.\n"
        'Government spokesman Paul Agossa said the soldiers had "fought with courage". "Those who '
        "attacked "
        'our country will be tracked down," he told reporters.'
    )
    [(speaker, role, _)] = statement_rows(text, dictionary, TUESDAY_16_MAY_2023)
    assert (speaker, role) == ("Paul Agossa", "Government spokesman")


def test_it_reads_a_name_given_only_as_and_its_spokesman_as_the_group_before(dictionary):
    text = (
        "Soldiers attacked rebel camps on Monday.\nThe M23 said its fighters had repelled the "
        'attack. Its spokesman, who gave his name only as General Ivo, said in a video: "We will '
        "fight on "
        'until the last soldier leaves our land."'
    )
    assert statement_rows(text, dictionary, TUESDAY_16_MAY_2023) == [("Ivo", "spokesman", "M23")]


def test_it_reads_a_speaker_behind_an_abbreviated_rank_before_the_verb(dictionary):
    text = (
        "Arakan Army fighters attacked outposts near the town on Monday.\n"
        '"We hold the ridge and the fighting is now inside," Lt. Col. Min Thant, a spokesman for '
        "the "
        "Arakan Army, told reporters by telephone."
    )
    assert statement_rows(text, dictionary, WEDNESDAY_17_MAY_2023) == [
        ("Min Thant", "spokesman for the Arakan Army", "Arakan Army")
    ]


def test_it_does_not_read_past_a_quote_that_ended_its_sentence(dictionary):
    # The quote ends with a question mark: "Dr. Ana Ruiz" belongs to the next sentence, not to the
    # quote.
    text = (
        "Rebels shelled the town on Monday, the army said.\n"
        '"Why should they not receive our support?" Critics, including Dr. Ana Ruiz, say otherwise.'
    )
    assert [
        speaker for speaker, _, _ in statement_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    ] == [""]


def test_it_skips_a_place_before_the_speaker(dictionary):
    text = (
        "Russian troops pressed their attacks in the east on Tuesday.\n"
        'In Moscow, Kremlin spokesman Pavel Orlov told reporters that "the army is fighting '
        "terrorists, "
        'and we support it".'
    )
    assert statement_rows(text, dictionary, WEDNESDAY_17_MAY_2023) == [
        ("Pavel Orlov", "Kremlin spokesman", "Russia")
    ]


def test_it_finds_he_in_a_sentence_that_names_its_speaker_after_the_verb(dictionary):
    text = (
        "Gunmen attacked a camp in the district last week.\n"
        "The operation was continuing in the hills, said Maj Gen Tariq Hussain, the army's chief "
        "spokesman. "
        '"It will go on until every attacker is found," he told a news conference.'
    )
    [(speaker, role, _)] = statement_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert (speaker, role) == ("Tariq Hussain", "army's chief spokesman")


def test_it_prefers_the_role_over_the_title_in_the_name(dictionary):
    text = (
        "Iraqi troops pressed their assault with air support from the US-led coalition on Monday.\n"
        "U.S. Army Col. Brian Hale, a spokesman for the coalition in Baghdad, said the fight was "
        "not over. "
        '"There is hard fighting ahead," he said.'
    )
    [(_, role, actor)] = statement_rows(text, dictionary, WEDNESDAY_17_MAY_2023)
    assert (role, actor) == (
        "spokesman for the coalition in Baghdad",
        "Global Coalition to Counter ISIS",
    )


def test_it_finds_a_surname_without_its_particle_and_the_title_before_the_full_name(dictionary):
    text = (
        "KIRKUK, Iraq (Reuters) - Iraqi troops entered the city on Monday, hours after Prime "
        "Minister Haider "
        "al-Abadi ordered them to move.\n"
        '"We call on all citizens to cooperate with our armed forces," Abadi said in a televised '
        "address."
    )
    assert statement_rows(text, dictionary, FRIDAY_3_OCTOBER_2014) == [
        ("Haider al-Abadi", "Prime Minister", "Iraq")
    ]


def test_it_prefers_a_role_said_of_a_person_to_the_rank_before_his_name(dictionary):
    text = (
        "Brigadier General Musa Danladi, the army spokesman, said troops had entered the town.\n"
        '"The terrorists will be flushed out," Danladi said.'
    )
    assert [
        (speaker, role)
        for speaker, role, _ in statement_rows(text, dictionary, FRIDAY_3_OCTOBER_2014)
    ] == [("Musa Danladi", "army spokesman")]


def test_it_learns_who_a_person_is_from_according_to(dictionary):
    text = (
        "The assault involved navy ships and helicopter gunships, according to Col. Cyrus Oguna, a "
        "spokesman for the Kenya Defence Forces.\n"
        '"We have taken the beachhead," Oguna told reporters by phone.'
    )
    [(speaker, role, _)] = statement_rows(text, dictionary, FRIDAY_3_OCTOBER_2014)
    assert (speaker, role) == ("Cyrus Oguna", "spokesman for the Kenya Defence Forces")


def test_it_reads_a_two_word_naval_rank_as_a_title_not_a_role(dictionary):
    text = (
        "Coalition aircraft struck militant positions overnight.\n"
        '"Air power alone is not going to be enough," Pentagon press secretary Rear Admiral John '
        "Kirby told "
        "a briefing."
    )
    [(speaker, role, _)] = statement_rows(text, dictionary, FRIDAY_3_OCTOBER_2014)
    assert (speaker, role) == ("John Kirby", "Pentagon press secretary")


# ---------- Who said a quote, read from the parse: full multi-part names after the


def test_a_four_part_burmese_name_keeps_its_first_part_after_a_military_title(dictionary):
    text = (
        "The junta denied that the town had fallen. Major General Zaw Win Naing Oo, a spokesman "
        "for the "
        'military government, told state television on Sunday that "our troops are still '
        "defending the town and the enemy has "
        'suffered heavy losses".'
    )
    assert speaker_rows(text, dictionary) == [
        ("Zaw Win Naing Oo", "spokesman for the military government")
    ]


def test_a_four_part_somali_name_after_an_abbreviated_title_is_not_cut_to_a_place(dictionary):
    text = (
        '"The terrorists ran away before our forces reached the town," said Col. Abdiwahab Hassan '
        "Nur "
        "Gelle, a commander of the Somali National Army in Middle Shabelle."
    )
    assert speaker_rows(text, dictionary) == [
        ("Abdiwahab Hassan Nur Gelle", "commander of the Somali National Army in Middle Shabelle")
    ]


def test_a_minister_title_before_the_name_is_the_role(dictionary):
    first = (
        '"We will not negotiate with terrorists," Defence Secretary Arturo Mendoza told reporters '
        "in "
        "Manila."
    )
    second = (
        'Communications Minister Jean-Pierre Lukusa said on state radio: "Bukavu has not fallen '
        "and our "
        'forces hold the airport."'
    )
    assert speaker_rows(first, dictionary) == [("Arturo Mendoza", "Defence Secretary")]
    assert speaker_rows(second, dictionary) == [("Jean-Pierre Lukusa", "Communications Minister")]


def test_how_the_reporter_reached_the_speaker_is_not_part_of_the_role(dictionary):
    first = (
        '"The M23 came in at dawn, walking in columns," said Jean-Baptiste Kambale Muhindo, a '
        "trader "
        "reached by telephone."
    )
    second = (
        '"Nobody dares to go out after dark," said Halima Ishag, a teacher in El Fasher contacted '
        "by "
        "text message."
    )
    assert speaker_rows(first, dictionary) == [("Jean-Baptiste Kambale Muhindo", "trader")]
    assert speaker_rows(second, dictionary) == [("Halima Ishag", "teacher in El Fasher")]


def test_a_relative_or_participle_clause_after_the_role_is_not_part_of_it(dictionary):
    """What the person did or where they are now is not who they are (gold README, heldout14)."""
    relative = (
        '"The Janjaweed came on motorbikes and took everything," said Hawa Adam Yousif, a mother '
        "of five who fled to El-Obeid with her children."
    )
    that_clause = (
        '"Nobody left the positions without an order," said Andrii Tkachenko, a junior sergeant of '
        "a brigade that defended the town."
    )
    participle = (
        '"The tanks came from the side of the border," said Ahmed Abu Taha Shaath, a father of six '
        "now sheltering in a tent near the sea."
    )
    assert speaker_rows(relative, dictionary) == [("Hawa Adam Yousif", "mother of five")]
    assert speaker_rows(that_clause, dictionary) == [
        ("Andrii Tkachenko", "junior sergeant of a brigade")
    ]
    assert speaker_rows(participle, dictionary) == [("Ahmed Abu Taha Shaath", "father of six")]


def test_without_a_parse_the_speaker_comes_from_the_text_rules_alone(dictionary, monkeypatch):
    """A text too long to parse gets no parse: attribution must not start one of its own (on a
    5 MB dump that took minutes) and still reads a plain "said <Name>, <role>"."""
    import places.nlp

    def no_parse(text):
        raise AssertionError("attribution parsed the text itself")

    monkeypatch.setattr(places.nlp, "_parse_uncached", no_parse)
    text = (
        'The SDF said on Saturday it had launched an offensive. "We will take the city," said '
        "Talal "
        'Silo, a spokesman for the alliance.\n"Nobody has come to help us," Amina Yusuf, a nurse '
        "in "
        "Baidoa, told reporters."
    )
    paras = paragraphs(text)
    actors = find_actors(text, dictionary.with_states())
    found = attribute(text, find_quotes(text, paras), paras, actors, MONDAY_8_JANUARY_2024)
    assert [(s.speaker, s.role) for s in found] == [
        ("Talal Silo", "spokesman for the alliance"),
        ("Amina Yusuf", "nurse in Baidoa"),
    ]


@pytest.mark.parametrize(
    "text, subject, pattern",
    [
        (
            'The UN mission in Libya condemned the air strike, saying "the targeting of medical '
            'workers is a war crime".',
            "The UN mission in Libya",
            "subject_of_saying",
        ),
        (
            "In Paris, the French foreign ministry condemned the escalation, saying "
            '"the offensive on Sirte risks dragging Libya into a regional war".',
            "the French foreign ministry",
            "subject_of_saying",
        ),
        (
            "Major General Zaw Win Naing Oo, a spokesman for the military government, told state "
            'television on Sunday that "our troops are still defending the town".',
            "Major General Zaw Win Naing Oo, a spokesman for the military government,",
            "subject_of_reporting_verb",
        ),
        (
            'A resident of the town said on Monday that "the fighters came at dawn and burned '
            'the market".',
            "A resident of the town",
            "subject_of_reporting_verb",
        ),
    ],
)
def test_the_parse_gives_the_subject_of_the_verb_a_quote_hangs_from(text, subject, pattern):
    doc = parse(text)
    opening = text.index('"') + 1
    found = quote_subject(doc, opening, text.index('"', opening))
    assert found is not None
    assert (text[found[0] : found[1]], found[2]) == (subject, pattern)


def test_the_parse_gives_no_subject_to_a_quote_no_verb_governs():
    text = 'Residents fled the town. "We have nothing left," a note on the mosque door read.'
    doc = parse(text)
    assert quote_subject(doc, text.index('"') + 1, text.rindex('"')) is None
    assert quote_subject(None, 0, 10) is None


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels took Kitshanga on Thursday.\nCongo's government condemned the offensive, "
        'saying "Rwanda is once again using its M23 proxies to occupy Congolese land." Kigali '
        "denies backing the rebels.",
        "M23 rebels took Kitshanga on Thursday.\nThe Congolese government condemned the "
        'attack, saying: "This is an act of war against our people." Kigali said it had no '
        "troops in Congo.",
    ],
)
def test_a_sentence_after_a_quote_its_lead_in_attributes_is_someone_elses(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024) == [
        ("", "", "Democratic Republic of the Congo")
    ]


@pytest.mark.parametrize(
    "text",
    [
        'M23 rebels took Kitshanga on Thursday.\n"The M23 is a Rwandan army," Kinshasa said.',
        "M23 rebels took Kitshanga on Thursday.\nKinshasa said on Friday: "
        '"Rwanda is behind this attack."',
    ],
)
def test_a_capital_that_speaks_is_its_state(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024) == [
        ("", "", "Democratic Republic of the Congo")
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Ukrainian forces withdrew from Velyka Novosilka, the Institute for the Study of War "
            'said.\n"Russian forces will likely try to exploit the capture," the institute said '
            "in its daily assessment.",
            "Institute for the Study of War",
        ),
        (
            "Russia's Defence Ministry said on Wednesday that its troops had retaken Sudzha from "
            'Ukrainian forces.\n"Units of the North group of forces liberated the town," the '
            "ministry said in a statement.",
            "Russia",
        ),
    ],
)
def test_a_generic_source_is_the_actor_named_with_its_noun(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == ("", "", actor)


def test_a_name_given_after_the_role_is_the_speakers_name(dictionary):
    resident = (
        'Fighting went on in Tarhuna. "The Kaniyat controlled everything," said a Tarhuna '
        "resident who gave his name as Salem."
    )
    commander = (
        '"We are still in La Gabarra and we will stay," said a commander who gave his name as '
        "Jhon Alexis Mora."
    )
    assert speaker_rows(resident, dictionary) == [("Salem", "Tarhuna resident")]
    assert speaker_rows(commander, dictionary) == [("Jhon Alexis Mora", "commander")]


def test_a_title_word_inside_a_somali_or_arabic_name_stays_in_the_name(dictionary):
    minister = (
        '"Today Barawe is free," Information Minister Mustafa Sheikh Ali Dhuhulow told reporters.'
    )
    deputy = '"We will push on," Deputy Defence Minister Ahmed Sheikh Ali told reporters.'
    assert speaker_rows(minister, dictionary) == [
        ("Mustafa Sheikh Ali Dhuhulow", "Information Minister")
    ]
    assert speaker_rows(deputy, dictionary) == [("Ahmed Sheikh Ali", "Deputy Defence Minister")]


@pytest.mark.parametrize(
    "how",
    ["using an Arabic acronym for Islamic State", "describing Islamic State as a spent force"],
)
def test_how_the_speaker_spoke_is_not_his_side(dictionary, how):
    text = (
        "Iraqi troops and Islamic State fighters clashed around Tikrit.\n"
        '"Tikrit is now completely surrounded," said Brig. Gen. Abbas al-Jubouri, a spokesman for '
        f"the Salahuddin operations command, {how}."
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == (
        "Iraqi Security Forces"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        '"The units defending the town have been withdrawn," said Serhii Maliarenko, a '
        'spokesperson for the Khortytsia group. "The battles on the outskirts continue."',
        '"They had lists with names," said Yesenia Carrascal, a mother of three, sitting on a '
        'mattress in a sports hall. "My husband sold them chickens, that was all."',
    ],
)
def test_a_quote_resumed_after_its_attribution_is_one_statement(dictionary, paragraph):
    text = "Yesenia Carrascal fled with her children in January.\n" + paragraph
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert len(rows) == 1


def test_a_quote_after_another_speakers_attribution_stays_apart(dictionary):
    text = (
        '"We will hold the town," said Serhii Maliarenko, a spokesperson for the Khortytsia '
        'group. Russia\'s Defence Ministry said: "The town is ours and our units hold it."'
    )
    assert len(statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)) == 2


def test_an_appositive_with_a_number_or_a_people_is_the_role(dictionary):
    vendor = (
        '"The jets came in the morning and nobody stayed in the houses," said Ma Thida Aye, a '
        "34-year-old vendor who reached a village to the east."
    )
    yazidi = (
        '"Daesh took everything from us in August last year," said Khalaf Ilyas Shammo, a Yazidi '
        "from Sinjar who has lived in a tent since he fled."
    )
    assert speaker_rows(vendor, dictionary) == [("Ma Thida Aye", "34-year-old vendor")]
    assert speaker_rows(yazidi, dictionary) == [("Khalaf Ilyas Shammo", "Yazidi from Sinjar")]


def test_a_role_the_speaker_gives_himself_or_his_only_noun_is_the_role(dictionary):
    described = (
        '"We took Fataki to show that the army cannot protect anyone," said Jacques Ndjabu '
        "Dhelo, who described himself as the group's spokesman, in a voice message."
    )
    unnamed = (
        '"The Fano are still in the neighbourhood and near the university," said a trader, who '
        "asked not to be named."
    )
    assert speaker_rows(described, dictionary) == [("Jacques Ndjabu Dhelo", "group's spokesman")]
    assert speaker_rows(unnamed, dictionary) == [("", "trader")]


@pytest.mark.parametrize(
    "clause",
    [
        "who coordinates the response for the International Organization for Migration in Pemba",
        "who runs the International Organization for Migration's office in Nampula",
    ],
)
def test_a_clause_naming_an_organisation_is_the_role_and_the_side(dictionary, clause):
    text = f'"People are sleeping under trees and in schools," said Laila Macuacua, {clause}.'
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024) == [
        ("Laila Macuacua", clause, "International Organization for Migration")
    ]


def test_an_organisations_description_is_no_persons_role(dictionary):
    text = (
        "The Human Rights Commission of Pakistan, an independent watchdog, said "
        '"enforced disappearances in Kech have risen sharply this year".'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024) == [
        ("", "", "Human Rights Commission of Pakistan")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for Ansar Dine denied losing Konna and said on Sunday that its fighters were "
        '"still in the area and ready to fight."',
        'The army said its units had pulled out of the town "to preserve the lives of soldiers '
        'and civilians".',
    ],
)
def test_a_quoted_predicate_after_a_copula_or_a_quoted_purpose_is_no_statement(dictionary, text):
    assert statement_rows(text, dictionary, TUESDAY_16_MAY_2023) == []


def test_a_quoted_clause_after_a_copula_is_still_a_statement(dictionary):
    text = (
        'Kurdish officials said the timing was "no accident, because Baghdad is paralysed and '
        'the militias know it".'
    )
    assert len(statement_rows(text, dictionary, TUESDAY_16_MAY_2023)) == 1
