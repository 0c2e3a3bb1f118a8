"""The evaluator compares actors by identity, not by which name the curator made canonical: the
gold's name and the extractor's meet through the dictionary's aliases and agency spellings."""

from __future__ import annotations

from articles.extraction import ActorDictionary
from articles.extraction.evaluation import Report, actor_key_for, score_article, score_control


def _dictionary() -> ActorDictionary:
    dictionary = ActorDictionary()
    dictionary.add("Ivory Coast", "state", aliases=["Côte d'Ivoire"])
    dictionary.add("Al-Shabaab", aliases=["al-Shabab", "Harakat al-Shabaab al-Mujahideen"])
    dictionary.add("Kenya Defence Forces", "state_forces")
    return dictionary


def _result(actors, statement_actor, attackers, gold=False):
    """An extraction result, or with `gold` the annotation of the same article."""
    return {
        "actors": list(actors) if gold else [{"name": name} for name in actors],
        "statements": [
            {"quote": "We hold the town.", "speaker": "", "role": "", "actor": statement_actor}
        ],
        "campaigns": [
            {
                "name": "Kismayo offensive",
                "named": False,
                "actors": attackers,
                "targets": ["Kismayo"],
                "started_on": None,
                "date_precision": None,
            }
        ],
    }


def test_an_alias_a_case_or_an_agency_spelling_is_the_same_actor():
    key = actor_key_for(_dictionary())
    gold = _result(
        ["Côte d'Ivoire", "al-Shabaab", "Jaish al-Izza"], "al-shabab", ["AL-SHABAAB"], gold=True
    )
    predicted = _result(
        ["Ivory Coast", "Al-Shabaab", "Jaysh al-Izza"], "Al-Shabaab", ["Al-Shabaab"]
    )
    report = Report()
    score_article(predicted, gold, report, "a.txt", actor_key=key)
    scores = report.scores
    assert (scores["actors"].tp, scores["actors"].fp, scores["actors"].fn) == (3, 0, 0)
    assert scores["statement_actors"].f1 == 1.0 and scores["campaign_attackers"].f1 == 1.0


def test_two_different_actors_still_differ():
    key = actor_key_for(_dictionary())
    gold = _result(["Al-Shabaab"], "Al-Shabaab", ["Kenya Defence Forces"], gold=True)
    predicted = _result(["Kenya Defence Forces"], "Kenya Defence Forces", ["Al-Shabaab"])
    report = Report()
    score_article(predicted, gold, report, "a.txt", actor_key=key)
    assert report.scores["actors"].tp == 0 and report.scores["campaign_attackers"].tp == 0
    assert report.scores["statement_actors"].tp == 0


def test_a_control_side_matches_under_another_name_of_the_same_actor():
    key = actor_key_for(_dictionary())
    observation = {
        "place": "Afmadow",
        "text": "Afmadow",
        "kind": "reported",
        "event": "capture",
        "date": None,
        "date_precision": None,
    }
    gold = {"control": [{**observation, "side": "al-Shabab"}]}
    predicted = {"control": [{**observation, "side": "Al-Shabaab"}]}
    report = Report()
    score_control(predicted, gold, report, key)
    assert report.scores["control"].tp == 1
    report = Report()
    score_control(predicted, gold, report)  # exact names: not the same
    assert report.scores["control"].tp == 0


def _campaign(name, named, targets, actors=("France",)):
    return {
        "name": name,
        "named": named,
        "actors": list(actors),
        "targets": list(targets),
        "started_on": None,
        "date_precision": None,
    }


def test_a_named_gold_campaign_takes_its_namesake_before_an_unnamed_one_sharing_a_target():
    gold = {
        "actors": [],
        "statements": [],
        "campaigns": [
            _campaign("Konna offensive", False, ["Konna"], actors=["Ansar Dine"]),
            _campaign("Operation Serval", True, ["Konna", "Gao"]),
        ],
    }
    predicted = {
        "actors": [],
        "statements": [],
        "campaigns": [_campaign("Operation Serval", True, ["Konna"])],
    }
    report = Report()
    score_article(predicted, gold, report, "a.txt")
    campaigns = report.scores["campaigns"]
    assert (campaigns.tp, campaigns.fp, campaigns.fn) == (1, 0, 1)
    assert report.scores["campaign_attackers"].tp == 1  # France, Serval's attacker


def test_forces_as_state_joins_a_state_and_its_national_forces_only_when_asked():
    dictionary = _dictionary()
    dictionary.add("Ethiopia", "state")
    gold = _result(["Ethiopia"], "Ethiopia", ["Ethiopia"], gold=True)
    predicted = _result(["ENDF"], "Ethiopian National Defense Force", ["Ethiopian troops"])
    strict, loose = Report(), Report()
    score_article(predicted, gold, strict, "a.txt", actor_key=actor_key_for(dictionary))
    key = actor_key_for(dictionary, forces_as_state=True)
    score_article(predicted, gold, loose, "a.txt", actor_key=key)
    assert strict.scores["campaign_attackers"].tp == 0 and strict.scores["actors"].tp == 0
    assert loose.scores["campaign_attackers"].tp == 1 and loose.scores["actors"].tp == 1
    assert loose.scores["statement_actors"].tp == 1
    # A state's ally is still another side.
    assert key("Wagner Group") != key("Russia") and key("Kenya") != key("Ethiopia")
