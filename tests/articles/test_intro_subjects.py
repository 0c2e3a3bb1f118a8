"""Whom a later "he said" points back to: the subject of a verb phrase the parse reads shorter
than the text rules, a speaker after "…,” said", and no name across a line."""

from __future__ import annotations

from tests.articles.rows import speaker_rows


def test_a_subject_stops_before_its_verb_phrase(dictionary):
    text = (
        "Prime Minister Karim Haddad al-Obeidi congratulated the troops and said the town "
        'would be rebuilt. "The road to the north is now open," he said.'
    )
    assert speaker_rows(text, dictionary)[-1] == ("Karim Haddad al-Obeidi", "Prime Minister")


def test_a_speaker_after_a_closing_quote_and_said_is_the_next_paragraphs_he(dictionary):
    text = (
        '"We took the bank this morning. Market Street is ours from the square to the port," '
        "said Yusuf bin Salem al-Mahdi, a spokesman for the city's military council.\n"
        'He said the defenders were short of ammunition. "We are fighting tanks with rifles," '
        "he said."
    )
    assert speaker_rows(text, dictionary)[-1] == (
        "Yusuf bin Salem al-Mahdi",
        "spokesman for the city's military council",
    )


def test_a_name_never_runs_across_a_line(dictionary):
    text = (
        "Army retakes the village of Zalambessa\n"
        "Addis Ababa (AFP) - The army said on Sunday its troops had retaken the village.\n"
        "Government spokeswoman Almaz Tesfaye Bekele told reporters the offensive had ended. "
        '"The aggressor has been punished," she said.\n'
        '"We did not want this war," she added.'
    )
    assert speaker_rows(text, dictionary)[-1][0] == "Almaz Tesfaye Bekele"


def test_a_sentence_after_a_full_stop_outside_the_quote_is_not_the_attribution(dictionary):
    texts = [
        'Communication Minister Patrick Kalonji condemned the capture, saying "the neighbours are '
        'once again violating our territorial integrity with their troops". Kinshasa accuses '
        "Kigali of sending soldiers.",
        'Defence Minister Samuel Otieno rejected the report, saying "our troops still hold every '
        'post along the border and the enemy has been pushed back". Rebel commanders say '
        "otherwise.",
    ]
    assert speaker_rows(texts[0], dictionary)[-1][0] == "Patrick Kalonji"
    assert speaker_rows(texts[1], dictionary)[-1][0] == "Samuel Otieno"


def test_a_joined_title_is_no_name(dictionary):
    text = '"Nothing can justify these acts," said United Nations Secretary-General.'
    assert speaker_rows(text, dictionary)[-1][0] == ""
