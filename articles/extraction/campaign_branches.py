"""A global group fighting through a regional branch: a campaign whose attacker is the parent
group ("Islamic State fighters stormed Tessit") and whose targets the geoparser placed in a country
where that group fights as a named branch is the branch's ("Islamic State Sahel Province"), as the
gold names it. Which branch fights where is data (data/group_branches.json); no rule names a
group or a country."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING

from .campaign_agents import target_countries

if TYPE_CHECKING:
    from .campaign_record import CampaignRecord

BRANCHES = Path(__file__).with_name("data") / "group_branches.json"


@functools.cache
def branches() -> dict[str, dict[str, str]]:
    """Parent group -> ISO code -> its branch there."""
    data = json.loads(BRANCHES.read_text(encoding="utf-8"))
    return {group: table for group, table in data.items() if not group.startswith("_")}


def branch_attackers(campaigns: list[CampaignRecord], places: list | None) -> None:
    """Each campaign's parent-group attacker becomes its branch where every target the geoparser
    placed lies in countries of one branch (a campaign across two branches' countries, or with no
    placed target, keeps the parent)."""
    if not places:
        return
    table = branches()
    for campaign in campaigns:
        for index, group in enumerate(campaign.attackers):
            if group not in table:
                continue
            found = {table[group].get(iso) for iso in target_countries(campaign, places)}
            branch = next(iter(found)) if len(found) == 1 else None
            if branch is None or branch in campaign.attackers:
                continue
            campaign.attackers[index] = branch
            if group in campaign.allies:
                campaign.allies.append(branch)
