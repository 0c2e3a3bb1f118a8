"""States and their armed forces, derived from the country list (data/countries.json).

The curated dictionary (seeds/02_actors.json, the admin) names a few dozen actors; wire copy names
any country's forces: "Sudan's army", "the Ethiopian military", "Ugandan and Congolese troops". Like
ACLED's "Military Forces of X", this module turns every state in the country list into generated
aliases on top of the curated dictionary — never replacing a curated alias:

- "<Country>'s army/military/troops…", "the <Demonym> army/navy/air force/defence ministry…" name
the state's *forces actor*: the official name of its armed forces when FORCES below knows it
(general knowledge, not the gold set: the armed forces of states with an internal war or insurgency,
which conflict reporting treats as a party of their own), else the state itself; - "<Demonym>
government/officials/authorities/president…" and the bare country name where it acts ("Kinshasa
accuses Rwanda of…") name the state; a bare name after a preposition, before "-based" or a
capitalised word ("Niger Delta", "Chad Smith"), or with "'s" before anything but its forces is a
place or part of a name, not the state acting.

Actors found this way that the database lacks are created by the pipeline (kind "state")."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path

from places.normalize import name_key

COUNTRIES = Path(__file__).resolve().parent / "data" / "countries.json"
NATIONAL_FORCES = Path(__file__).resolve().parent / "data" / "national_forces.json"
SEATS = Path(__file__).resolve().parent / "data" / "government_seats.json"

# Country -> the official name of its armed forces. Where the curated dictionary already has the
# forces actor (Iraqi Security Forces, Tatmadaw…), the same name is used so it is reused.
FORCES: dict[str, str] = {
    "Afghanistan": "Afghan National Defence and Security Forces",
    "Algeria": "Algerian People's National Army",
    "Angola": "Angolan Armed Forces",
    "Bangladesh": "Bangladesh Armed Forces",
    "Benin": "Benin Armed Forces",
    "Bosnia and Herzegovina": "Army of the Republic of Bosnia and Herzegovina",
    "Burkina Faso": "Burkina Faso Armed Forces",
    "Burundi": "National Defence Force of Burundi",
    "Cambodia": "Royal Cambodian Armed Forces",
    "Cameroon": "Cameroon Armed Forces",
    "Central African Republic": "Central African Armed Forces",
    "Chad": "Chadian National Army",
    "Colombia": "Military Forces of Colombia",
    "Croatia": "Croatian Army",
    "Democratic Republic of the Congo": "Armed Forces of the Democratic Republic of the Congo",
    "Ecuador": "Armed Forces of Ecuador",
    "Egypt": "Egyptian Armed Forces",
    "El Salvador": "Armed Forces of El Salvador",
    "Eritrea": "Eritrean Defence Forces",
    "Ethiopia": "Ethiopian National Defense Force",
    "Haiti": "Armed Forces of Haiti",
    "India": "Indian Armed Forces",
    "Indonesia": "Indonesian National Armed Forces",
    "Iraq": "Iraqi Security Forces",
    "Ivory Coast": "Armed Forces of Côte d'Ivoire",
    "Kenya": "Kenya Defence Forces",
    "Lebanon": "Lebanese Armed Forces",
    "Liberia": "Armed Forces of Liberia",
    "Mali": "Malian Armed Forces",
    "Mauritania": "Mauritanian Armed Forces",
    "Mexico": "Mexican Army",
    "Morocco": "Royal Moroccan Armed Forces",
    "Mozambique": "Mozambique Defence Armed Forces",
    "Myanmar": "Tatmadaw",
    "Nepal": "Nepal Army",
    "Nicaragua": "Nicaraguan Army",
    "Niger": "Nigerien Armed Forces",
    "Nigeria": "Nigerian Armed Forces",
    "Pakistan": "Pakistan Armed Forces",
    "Peru": "Armed Forces of Peru",
    "Philippines": "Armed Forces of the Philippines",
    "Rwanda": "Rwanda Defence Force",
    "Senegal": "Senegalese Armed Forces",
    "Sierra Leone": "Republic of Sierra Leone Armed Forces",
    "Somalia": "Somali National Army",
    "South Sudan": "South Sudan People's Defence Forces",
    "Sri Lanka": "Sri Lanka Army",
    "Sudan": "Sudanese Armed Forces",
    "Syria": "Syrian government forces",
    "Tajikistan": "Armed Forces of Tajikistan",
    "Tanzania": "Tanzania People's Defence Force",
    "Thailand": "Royal Thai Armed Forces",
    "Togo": "Togolese Armed Forces",
    "Uganda": "Uganda People's Defence Force",
    "Venezuela": "National Bolivarian Armed Forces of Venezuela",
    "Yemen": "Yemeni government forces",
}
# Their usual acronyms (matched in capitals only) and other official names (matched as written).
# "AFP" (the Philippines) is left out: the news agency.
FORCES_ACRONYMS: dict[str, tuple[str, ...]] = {
    "Afghan National Defence and Security Forces": ("ANDSF",),
    "Armed Forces of the Democratic Republic of the Congo": ("FARDC",),
    "Ethiopian National Defense Force": ("ENDF", "Ethiopian National Defence Force"),
    "Uganda People's Defence Force": ("UPDF",),
    "Kenya Defence Forces": ("KDF",),
    "Lebanese Armed Forces": ("LAF",),
    "Rwanda Defence Force": ("RDF",),
    "Mozambique Defence Armed Forces": (
        "FADM",
        "Armed Forces for the Defence of Mozambique",
        "Armed Defence Forces of Mozambique",
    ),
    "South Sudan People's Defence Forces": ("SSPDF",),
    "Central African Armed Forces": ("FACA",),
    "Tanzania People's Defence Force": ("TPDF",),
    "Indonesian National Armed Forces": ("TNI",),
    "Royal Thai Armed Forces": ("Royal Thai Army",),
    "Algerian People's National Army": ("People's National Army",),
    "Armed Forces of Côte d'Ivoire": ("FACI", "Armed Forces of Cote d'Ivoire"),
}
# Names a state or its forces had at other times, by the day of publication: (from, until, name),
# each bound an ISO date or None (open). "South Sudan's army" in 2014 was the SPLA, "Ugandan
# troops" in 1980 the UNLA, "Iraqi troops" in 1984 Saddam's Iraq (heldout22: a state's army of a
# period before its current forces existed goes under the state's name). General history of the
# armies of states at war, not the gold set.
PERIODS: dict[str, tuple[tuple[str | None, str | None, str], ...]] = {
    "Afghan National Defence and Security Forces": (
        (None, "2001-12-22", "Afghanistan"),
        ("2001-12-22", "2015-01-01", "Afghan National Army"),
    ),
    "Angolan Armed Forces": (
        (None, "1991-10-09", "People's Armed Forces for the Liberation of Angola"),
    ),
    "Armed Forces of Côte d'Ivoire": (
        (None, "2010-12-01", "National Armed Forces of Côte d'Ivoire"),
        ("2010-12-01", "2011-04-11", "Defence and Security Forces of Côte d'Ivoire"),
        ("2011-04-11", "2016-01-01", "Republican Forces of Côte d'Ivoire"),
    ),
    "Armed Forces of the Democratic Republic of the Congo": (
        ("1971-10-27", "1997-05-17", "Zairean Armed Forces"),
        ("1997-05-17", "2003-06-30", "Congolese Armed Forces"),
    ),
    "Chadian National Army": (
        (None, "1983-01-01", "Chad"),
        ("1983-01-01", "1990-12-02", "Chadian National Armed Forces"),
    ),
    # Lon Nol's republic between Sihanouk's fall and the Khmer Rouge victory.
    "Cambodia": (("1970-10-09", "1975-04-17", "Khmer Republic"),),
    # Governments that held the state between a collapse and a settlement, each a listed actor:
    # Chad's GUNT (Nov 1979 - Habre's capture of N'Djamena), Liberia's interim government
    # (Sawyer's, Nov 1990 - the Council of State), Somalia's Transitional Federal Government
    # (Oct 2004 - the Federal Government of August 2012) and its forces.
    "Chad": (("1979-11-10", "1982-06-07", "Transitional Government of National Unity"),),
    "Liberia": (("1990-11-22", "1994-03-07", "Interim Government of National Unity"),),
    "Somalia": (("2004-10-14", "2012-08-20", "Transitional Federal Government"),),
    "Somali National Army": (("2004-10-14", "2012-08-20", "Transitional Federal Government"),),
    "Chechen Republic of Ichkeria": (("2007-10-31", None, "Caucasus Emirate"),),
    "Eritrean Defence Forces": ((None, "1991-05-24", "Ethiopia"),),
    "Ethiopian National Defense Force": ((None, "1991-05-28", "Ethiopia"),),
    "Iraqi Security Forces": ((None, "2003-04-09", "Iraq"),),
    "Mozambique Defence Armed Forces": (
        (None, "1994-08-16", "Popular Forces for the Liberation of Mozambique"),
    ),
    # (the Burundian Armed Forces merged with the former rebels into the FDN at the end of 2004)
    "National Defence Force of Burundi": ((None, "2004-12-31", "Burundian Armed Forces"),),
    "Nepal Army": ((None, "2008-05-28", "Royal Nepalese Army"),),
    "Nicaraguan Army": (
        (None, "1979-07-19", "National Guard of Nicaragua"),
        ("1979-07-19", "1995-03-02", "Sandinista Popular Army"),
    ),
    "Republic of Sierra Leone Armed Forces": (
        (None, "1997-05-25", "Republic of Sierra Leone Military Forces"),
    ),
    "Royal Cambodian Armed Forces": (
        (None, "1975-04-17", "Khmer National Armed Forces"),
        ("1975-04-17", "1979-01-07", "Khmer Rouge"),
        ("1979-01-07", "1993-09-24", "Cambodian People's Armed Forces"),
    ),
    "Russia": ((None, "1991-12-26", "Soviet Union"),),
    "Rwanda Defence Force": ((None, "1994-07-18", "Forces Armées Rwandaises"),),
    "South Sudan People's Defence Forces": (
        (None, "2018-10-01", "Sudan People's Liberation Army"),
    ),
    # Before unification (22 May 1990) "Yemen" and its army were North Yemen's.
    "Yemen": ((None, "1990-05-22", "Yemen Arab Republic"),),
    "Yemeni government forces": ((None, "1990-05-22", "Yemen Arab Republic"),),
    "Uganda People's Defence Force": (
        (None, "1979-04-11", "Uganda"),
        ("1979-04-11", "1986-01-26", "Uganda National Liberation Army"),
        ("1986-01-26", "1995-10-08", "National Resistance Army"),
    ),
}
# Every other state's forces and its national police or gendarmerie (data/national_forces.json,
# general knowledge): a party where the text names them ("the Royal Bhutan Army", "officers of the
# Jamaica Constabulary Force"). "Bhutanese troops", "Jamaican police" stay the state, the gold's
# convention for a state without a forces actor of its own (interstate wars, and most others).
_NATIONAL = json.loads(NATIONAL_FORCES.read_text(encoding="utf-8"))
NAMED_FORCES: dict[str, tuple[str, ...]] = {
    country: tuple(names) for country, names in _NATIONAL["forces"].items() if country not in FORCES
}
for _name, _periods in _NATIONAL["periods"].items():
    PERIODS.setdefault(_name, tuple((start, end, then) for start, end, then in _periods))
NAMED_POLICE: dict[str, tuple[str, ...]] = {
    country: tuple(names) for country, names in _NATIONAL["police"].items()
}

# National police forces that wire copy names as parties ("Haitian police", "the Colombian police").
POLICE: dict[str, str] = {
    "Haiti": "Haitian National Police",
    "Colombia": "National Police of Colombia",
    "Nigeria": "Nigeria Police Force",
    "Philippines": "Philippine National Police",
    "Mexico": "Mexican National Guard",
    "Turkey": "Turkish National Police",
    "Peru": "National Police of Peru",
    "Afghanistan": "Afghan National Police",
    "Ecuador": "National Police of Ecuador",
    "Indonesia": "Indonesian National Police",
    "El Salvador": "National Civil Police (El Salvador)",
}
# A state's national guard, a force of its own beside the army ("a National Guard captain", "a
# platoon commander in a National Guard unit"): the curated actor of that state's.
NATIONAL_GUARDS: dict[str, str] = {
    "Ukraine": "National Guard of Ukraine",
    "Cyprus": "Cypriot National Guard",
    "Mexico": "Mexican National Guard",
    "Georgia": "Georgian National Guard",
    "Croatia": "Croatian National Guard",
    "Venezuela": "Bolivarian National Guard",
    "El Salvador": "National Guard of El Salvador",
    "Nicaragua": "National Guard of Nicaragua",
}
# Bare names that are also common first names or US states: only their demonym phrases count.
AMBIGUOUS_NAMES = frozenset({"Georgia", "Jordan", "Chad", "Dominica"})

FORCE_NOUNS = (
    "army",
    "military",
    "armed forces",
    "forces",
    "troops",
    "soldiers",
    "navy",
    "air force",
    "defence ministry",
    "defense ministry",
    "defence forces",
    "defense forces",
    "government forces",
    "government troops",
    "government soldiers",
    "federal troops",
    "federal forces",
    "federal army",
    "security forces",
    "special forces",
    "ground forces",
    "paratroopers",
    "marines",
    "commandos",
    "warplanes",
    "fighter jets",
    "military spokesman",
    "army spokesman",
    "defence minister",
    "defense minister",
    "army chief",
    "military junta",
    "junta",
    "navy ships",
    "warships",
    "artillery",
    "tanks",
    "drones",
)
STATE_NOUNS = (
    "government",
    "officials",
    "authorities",
    "president",
    "prime minister",
    "foreign ministry",
    "foreign minister",
    "presidency",
    "state media",
    "state television",
    "leader",
    "leadership",
    "sovereign council",  # Sudan's ruling council since 2019
    "ruling council",
    "cabinet",
)
POLICE_NOUNS = ("police", "police officers", "national police", "policemen", "police force")
# "Sudan's army", also "Burkina Faso army" (the name used as an adjective) for these nouns.
_NAME_AS_ADJECTIVE = (
    "army",
    "military",
    "armed forces",
    "security forces",
    "government forces",
    "troops",
)


@lru_cache(maxsize=1)
def countries() -> tuple[dict, ...]:
    return tuple(json.loads(COUNTRIES.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    """The folded name of each state, under each of its names ("Burkina Faso", "Congo") -> its
    canonical name."""
    return {name_key(n): c["name"] for c in countries() for n in (c["name"], *c.get("names", []))}


@lru_cache(maxsize=1)
def state_of_capital() -> dict[str, str]:
    """Capital -> its state ("Kinshasa" -> "Democratic Republic of the Congo"), and the other
    seats of government `data/government_seats.json` lists ("Dar es Salaam" -> "Tanzania")."""
    capitals = {c["capital"]: c["name"] for c in countries() if c.get("capital")}
    names = {c["name"] for c in countries()}
    seats = json.loads(SEATS.read_text(encoding="utf-8"))["seats"]
    return {
        **{seat: state for seat, state in seats.items() if state in names},
        **capitals,
    }


@lru_cache(maxsize=1)
def capitals_pattern() -> str:
    """The capitals and seats of `state_of_capital` as a regex alternation, longest first (so
    that "Abu Dhabi" is tried before a shorter name it begins with)."""
    return "|".join(map(re.escape, sorted(state_of_capital(), key=len, reverse=True)))


@lru_cache(maxsize=1)
def state_of_forces() -> dict[str, str]:
    """A state's forces actor -> the state: the FORCES table's, and the official name of the
    national list's (`NAMED_FORCES`, its first name), FORCES first where both name one."""
    listed = {names[0]: country for country, names in NAMED_FORCES.items()}
    return {**listed, **{forces: country for country, forces in FORCES.items()}}


def period_names(on: dt.date) -> dict[str, str]:
    """The actors PERIODS renames on a day of publication: current name -> the name then."""
    day = on.isoformat()
    return {
        name: then
        for name, periods in PERIODS.items()
        for start, end, then in periods
        if (start is None or start <= day) and (end is None or day < end)
    }


def generated_entries() -> list[tuple[str, str, str, str]]:
    """(alias, country, role, case) rows: role is "forces", "state", "police" or "name" (the bare
    name); case is "exact" for aliases that match only as written."""
    rows: list[tuple[str, str, str, str]] = []
    for country in countries():
        name = country["name"]
        names = [name] + [n for n in country.get("names", []) if not n.isupper()]
        demonyms = country.get("demonyms", [])
        for place in names:
            for noun in FORCE_NOUNS:
                rows.append((f"{place}'s {noun}", name, "forces", "fold"))
            for noun in _NAME_AS_ADJECTIVE:
                rows.append((f"{place} {noun}", name, "forces", "fold"))
            for noun in STATE_NOUNS:
                rows.append((f"{place}'s {noun}", name, "state", "fold"))
            if name in POLICE:
                for noun in POLICE_NOUNS:
                    rows.append((f"{place}'s {noun}", name, "police", "fold"))
        for demonym in demonyms:
            for noun in FORCE_NOUNS:
                rows.append((f"{demonym} {noun}", name, "forces", "fold"))
            for noun in STATE_NOUNS:
                rows.append((f"{demonym} {noun}", name, "state", "fold"))
            # "Serbian police stormed the village": a state without a police actor of its own
            # acts through its police as the state (the gold's convention: heldout23, 30, 31, 33)
            for noun in POLICE_NOUNS:
                rows.append((f"{demonym} {noun}", name, "police", "fold"))
        for place in names:
            if place not in AMBIGUOUS_NAMES:
                rows.append((place, name, "name", "exact"))
        for acronym in [n for n in country.get("names", []) if n.isupper()]:
            rows.append((acronym, name, "name", "exact"))
    return rows


def demonym_index() -> dict[str, str]:
    """Demonym -> country name ("Ugandan" -> "Uganda")."""
    return {
        demonym: country["name"]
        for country in countries()
        for demonym in country.get("demonyms", [])
    }


# A bare country name that is a place or part of a name, not the state acting.
BARE_NAME_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|into|inside|to|from|of|across|through|throughout|within|towards?|toward|near|around|at|on|"
    r"over|via|between|entered|visited|reached|fled|left|leaving|border|borders|bordering|for|with|"
    r"outside|neighbouring|neighboring|"
    r"rejoin|rejoined|rejoining|secede\s+from|seceded\s+from|"
    r"northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|"
    r"north|south|east|west)\s+(?:the\s+)?)$",
    re.I,
)
BARE_NAME_PLACE_AFTER = re.compile(
    r"^(?:-(?:based|born|registered|flagged|bound|made)|\s+[A-Z][a-z]|['’]s\b|"
    r"\s+(?:border|river|basin|delta|valley|region|province|state)\b)"
)


def home_country(places: list | None) -> str | None:
    """The country most of the article's resolved places are in (PlaceRecord.country, ISO codes;
    the first named on a tie), by its name in the country list; None without places."""
    counts: dict[str, int] = {}
    for place in places or ():
        if place.country:
            counts[place.country] = counts.get(place.country, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.get)  # first inserted wins a tie
    return next((c["name"] for c in countries() if c.get("iso") == best), None)
