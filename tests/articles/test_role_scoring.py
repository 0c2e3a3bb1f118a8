"""Roles are scored up to a relative or participle clause (tests/gold/README.md, heldout14
conventions), the same way for the gold and the prediction."""

from __future__ import annotations

from articles.extraction.evaluation import Report, score_article


def _roles_score(gold_role: str, predicted_role: str) -> tuple[int, int, int]:
    statement = {"quote": "We walked all night.", "speaker": "Amina", "actor": None}
    gold = {"actors": [], "campaigns": [], "statements": [{**statement, "role": gold_role}]}
    result = {"actors": [], "campaigns": [], "statements": [{**statement, "role": predicted_role}]}
    report = Report()
    score_article(result, gold, report, "a.txt")
    score = report.scores["statement_roles"]
    return score.tp, score.fp, score.fn


def test_a_clause_after_the_role_does_not_change_its_score():
    assert _roles_score("mother of five who fled to El-Obeid", "mother of five") == (1, 0, 0)
    assert _roles_score("shopkeeper", "shopkeeper reached by satellite phone") == (1, 0, 0)
    assert _roles_score("father of six", "father of six now sheltering in a tent") == (1, 0, 0)


def test_a_different_role_or_a_role_that_is_only_a_clause_still_counts():
    assert _roles_score("mother of five", "teacher who fled") == (0, 1, 1)
    assert _roles_score("who coordinates the response for the agency", "") == (0, 1, 1)
    assert _roles_score("housing minister", "housing minister") == (1, 0, 0)
