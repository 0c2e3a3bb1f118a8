"""Extraction pipeline: actors, quoted statements, campaigns and dates from one article's text.

Every step is a plain function on a string (see the modules); `extract()` chains them and returns
plain records with character offsets, so the same code serves the `extract` command (prints JSON,
stores nothing), the gold-set evaluation and `articles.pipeline` (stores rows).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from places.nlp import parse

from .actor_eras import placed_in_time
from .actor_interstate import name_states_at_war
from .actor_periods import name_for_period
from .actors import ActorDictionary
from .article_actors import article_actors, new_actors
from .article_sides import (
    _forces_for_states,
    _one_side_per_speaker,
    _speakers_for_operations,
    _state_tables,
    _states_abroad,
    _with_official_states,
)
from .campaign_branches import branch_attackers
from .campaign_counters import add_counter_offensives
from .campaign_crossings import date_by_crossings
from .campaign_date_choice import DateModel, choose_dates
from .campaign_earlier_takings import without_earlier_takings
from .campaign_first_acts import fights_before, first_acts
from .campaign_lead_captures import add_lead_captures, date_lead_captures
from .campaign_lead_dates import date_by_lead_news
from .campaign_regions import folded_into_operations, folded_regions, without_group_targets
from .campaign_roles import RoleModel, decide_roles
from .campaign_speaking_places import without_speaking_places
from .campaign_start_days import sharpen_week_starts
from .campaign_start_owners import date_undated
from .campaign_taken import add_taken_places
from .campaign_target_kinds import (
    without_person_campaigns,
    without_state_campaigns,
    without_states_and_adjectives,
)
from .campaign_wide_targets import without_wide_targets
from .campaign_written_names import named_as_written
from .campaigns import find_campaigns, merged_sideless
from .control import find_control
from .control_background import told_outright
from .control_date_carry import date_by_report
from .dates import writing_day
from .officials import official_actors
from .quotes import find_quotes
from .records import Extraction, PlaceRecord, places_from_geoparser, places_from_toponyms
from .sentences import paragraphs, sentences
from .speaker_groups import group_statements
from .speaker_un import un_bodies_speak_for_un
from .statements import attribute
from .states import home_country

logger = logging.getLogger(__name__)

SEED_ACTORS = Path(__file__).resolve().parents[2] / "seeds" / "02_actors.json"
# Beyond this size an "article" is a dump: actors are still matched, but the quote and campaign
# rules (which look around each hit) run on the first part only, so one file cannot stall a batch.
MAX_RULE_CHARS = 20_000_000
# Beyond this size (spaCy's own default limit) the statistical parse would take minutes and
# gigabytes: the rules run without it (each step takes `doc=None` and falls back to its text rules).
PARSE_CHARS = 1_000_000


def default_dictionary() -> ActorDictionary:
    """Actors from the database when it has any, else from the seed fixture."""
    try:
        dictionary = ActorDictionary.from_db()
        if dictionary.actors:
            return dictionary
    except Exception:  # no database, or not migrated: the fixture still works
        logger.debug("actor table unavailable; using the seed fixture", exc_info=True)
    return ActorDictionary.from_fixture(SEED_ACTORS)


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    dictionary: ActorDictionary | None = None,
    places: list[PlaceRecord] | None = None,
    role_model: RoleModel | str | None = "default",
    date_model: DateModel | str | None = "default",
) -> Extraction:
    """Run every step on one article's text.

    Parameters
    ----------
    text: the article text; offsets in the result index into it.
    published: publication date, for relative dates ("on Saturday").
    dictionary: actors and aliases; defaults to the database (or the seed fixture).
    places: resolved toponyms (from the geoparser). When given, campaign targets must be one of
        them and take its canonical name; when None, a capitalised target phrase is used as is.
    role_model, date_model: the learned steps (campaign_roles: attackers and targets;
        campaign_date_choice: start dates): the shipped weights by default, None for the rule
        stages' choices alone (their training).
    """
    curated = dictionary or default_dictionary()
    dictionary = curated.with_states()
    published = writing_day(text, published)  # a paper's "today" is its dateline's day
    places = sorted(places, key=lambda p: p.start) if places is not None else None
    rule_text = text if len(text) <= MAX_RULE_CHARS else text[:MAX_RULE_CHARS]
    doc = parse(rule_text) if len(rule_text) <= PARSE_CHARS else None  # once, for every step

    placed_in = home_country(places)
    named = article_actors(text, dictionary, curated, doc, placed_in, places)
    named = placed_in_time(text, named, published, dictionary.actors)  # "the Coalition" in 1994
    actors, conflict = named.actors, named.conflict
    rule_actors = actors if rule_text is text else [m for m in actors if m.end <= len(rule_text)]

    # Quotes, who said them and whom they speak for.
    paras = paragraphs(rule_text)
    sents = sentences(rule_text)
    quotes = find_quotes(rule_text, paras)
    statements = attribute(rule_text, quotes, paras, rule_actors, published, sents, doc=doc)
    group_statements(rule_text, statements, rule_actors)
    unattributed = [s for s in statements if s.actor is None] if conflict else []
    speaking = named.located if rule_text is text else rule_actors
    officials = (
        official_actors(rule_text, statements, speaking, *_state_tables(), placed_in)
        if conflict
        else []
    )

    campaigns = find_campaigns(rule_text, sents, rule_actors, published, places, doc)

    # Sides settled across the steps (article_sides).
    _forces_for_states(campaigns, rule_actors, published)
    _speakers_for_operations(statements, campaigns)
    _one_side_per_speaker(statements)
    if unattributed:
        actors = _with_official_states(rule_text, actors, unattributed)
    actors = [m for m in actors if m.kind != "outlet"]  # news agencies: sources (heldout10)
    created = new_actors(actors, officials, curated, named.discovered)

    control = find_control(rule_text, sents, rule_actors, published, places, doc, statements)
    un_bodies_speak_for_un(statements, dictionary)  # after control: its sides keep the mission
    # The role ranker and the campaign steps read control's reports, not what is told in passing.
    told = told_outright(control)
    roles = decide_roles(rule_text, sents, rule_actors, doc, places, told, campaigns, role_model)
    if roles is not None:
        # a side the ranker added may fight as forces
        _forces_for_states(campaigns, rule_actors, published)
    article = (rule_text, sents, rule_actors, doc, campaigns, told, places, published)
    _settle_campaigns(*article, date_model)
    date_by_report(control, published)  # after the campaign steps, which read it undated
    found = list(places or [])
    extraction = Extraction(
        text, actors, statements, campaigns, found, sents, created, control, roles
    )
    name_for_period(extraction, published, curated)  # "Ugandan troops" in 1980: the UNLA
    name_states_at_war(extraction, published, curated)  # "Moroccan troops" against Algeria
    return extraction


def _settle_campaigns(
    text,
    sents,
    actors,
    doc,
    campaigns,
    control,
    places,
    published,
    date_model="default",
) -> None:
    """The campaign steps after the role ranker, in place: dates, merges and folds, the towns
    control saw taken, the targets that are no targets, counter-offensives."""
    _date_after_roles(text, doc, campaigns, published, places)
    campaigns[:] = without_group_targets(text, merged_sideless(campaigns), doc)
    campaigns[:] = folded_into_operations(folded_regions(campaigns, places))
    campaigns[:] = without_state_campaigns(campaigns, places)  # "pushed into Kyrgyzstan"
    add_taken_places(text, campaigns, control, places)  # towns control saw the attacker take
    without_wide_targets(campaigns, places)  # a province beside a town of the campaign
    without_speaking_places(text, campaigns)  # "said at a briefing in X"
    _states_abroad(text, campaigns, places)  # a cross-border campaign is the state's
    branch_attackers(campaigns, places)  # Islamic State in the Sahel: its Sahel Province
    without_states_and_adjectives(text, campaigns, places, doc)  # "the Chechen capital"
    campaigns[:] = without_person_campaigns(campaigns)  # "an offensive on the Kabaka"
    # In place: the role context's records stay the campaigns returned (the ranker's training
    # pairs them)
    campaigns[:] = add_counter_offensives(text, sents, actors, campaigns, published)
    taken = add_lead_captures(text, campaigns, control, places)  # a town the lead tells taken
    date_undated(text, doc, campaigns, published, places)  # still undated after merges and folds
    date_by_lead_news(text, campaigns, published, places)  # the lead's day, after folding
    choose_dates(text, sents, doc, campaigns, published, date_model)  # the learned final say
    date_lead_captures(campaigns, taken)  # a taking told without a start: the taking's day
    # forces told crossing the border before the day chosen: the invasion's first day (the
    # chooser's candidates carry no feature of a crossing)
    date_by_crossings(text, sents, actors, campaigns, published, places)
    without_earlier_takings(text, doc, campaigns, published)  # "took A in November": before it
    named_as_written(text, campaigns)  # "Musa Qala offensive", not the gazetteer's spelling


def _date_after_roles(text, doc, campaigns, published, places) -> None:
    """Start dates the rule stages could not give before the ranker."""
    date_undated(text, doc, campaigns, published, places)  # those the learned gate added
    sharpen_week_starts(text, doc, campaigns, published, places)  # "three weeks ago" -> day
    first_acts(text, doc, campaigns, published)  # "first raided X on April 3"
    fights_before(text, doc, campaigns, published)  # "after fighting that began in August"


__all__ = [
    "ActorDictionary",
    "Extraction",
    "PlaceRecord",
    "default_dictionary",
    "extract",
    "places_from_geoparser",
    "places_from_toponyms",
]
