"""The last word on confidence: 0.9 and above must mean "right nineteen times in twenty".

The resolver's softmax is sure of a reading when its prior or a cue word dominates; measured on
LGL and GeoVirus (`benchmarks/geoparse_eval.py --errors`), the readings it was sure of and wrong
about had one of two marks, which these caps look for after the document is resolved:

- *uncorroborated*: a town or region chosen without containment ("Oxford, Ohio") or a staff
  decision, in a country where no other place of the document lies. A cue word ("city of",
  "province") says what kind of place, not which one. Where the document names places in other
  countries ("the town of Kalam" in a story about Pakistan → Kallam, India; "Konna" in a Mali
  story → Koné, New Caledonia) such readings at 0.85-0.9 were right 17 % of the time on LGL (110)
  and 54 % on GeoVirus (24): capped at 0.7, which puts them in the review queue. Where it names
  no other place ("the City of Oxford" alone in an Ohio paper → Oxford, England): 72 % right on
  LGL (43), capped at 0.89.
- *named in an organisation*: the name is followed by the head of an organisation's name ("Texas
  Department of Transportation", "Ramsey District Court", "London city council"). The place is
  often right, but whether the text puts anything there is doubtful, and annotators disagree.

- *far from its story*: a village or town that is no admin seat, chosen without containment,
  more than 150 km from every other town the story names in the same country, when it names at
  least two ("the neighbouring village of Vodiane" beside Vuhledar, Pokrovsk and Kurakhove →
  a Vodiane 200 km west; "the town of Kobo" beside Woldia and Mekelle → a Kobo 230 km
  south). The true place is usually a namesake the gazetteer lacks: capped at 0.75, in the
  review queue. A district's seat counts too where the text calls the place a village ("the
  village of Banias, at the foot of Mount Hermon" beside Golan towns → the coastal district
  seat Bāniyās 200 km north): a village is no seat of a district.

- *foreign, under another name*: a town reached only through one of its other names (GeoNames'
  alternate names: old names, other languages' spellings, nicknames), in a country where no
  other place of the story lies while the story names places elsewhere. On conflict news these
  were namesakes the gazetteer lacks or people ("Kurchi" in a Sudan story → Jiagedaqi, China;
  "Menz" in an Ethiopia story → Mainz; "Ali" → Ağrı, Turkey; "Hamid" → Isparta): dropped
  (`drop_foreign_other_names`). Cities of a million keep theirs ("Bombay"); a smaller capital
  does not ("Maré", a Rio favela, is no Malé). Two such readings in one country do not vouch
  for each other ("Kono" → Koni and "Tongo" → Tonho, other names of two Ivorian villages, in a
  Sierra Leone story).

The first two stay below 0.9 (they are still above the review queue's threshold unless other
evidence is weak). The table in docs/geoparser.md shows the share right per confidence band.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from places.geoparser.index import ABBREVIATION, DEMONYM, PREFERRED, haversine_km
from places.geoparser.weights import WORLD_CITY_POPULATION

# The highest confidence of a reading with either mark: the top of the 0.7-0.9 band.
UNCORROBORATED_CEILING = 0.89
ORGANISATION_CEILING = 0.85
FOREIGN_CEILING = 0.7
OUTLIER_CEILING = 0.75
# A reading in a minority country the story never names: below the review queue's threshold.
MINORITY_CEILING = 0.75
# The story's main country needs this many names of its own before it outvotes another.
MINORITY_MIN_KEYS = 3
# The scorer's threshold (100 miles): a place of the story this near vouches for a reading.
NEAR_KM = 161.0
# A first-level region or a seat of government is what its name means even alone ("Alaska",
# "The Hague" beside a Balkan story): capped, never dropped.
_LONE_KEPT = ("ADM1", "PPLG")
# A capital or an admin seat is what its name means: "Tel Aviv", "Kassala" beside a Lebanon
# or Eritrea story are those cities; namesakes are villages and suburbs.
_SEATS = ("PPLC", "PPLA", "PPLA2")
OUTLIER_KM = 150.0
OUTLIER_MIN_NEIGHBOURS = 2
# Head words of organisations' names, looked for within the two words after a place name;
# "District", "County", "City" in between are part of the name ("Ramsey District Court").
ORGANISATION_HEADS = frozenset(
    {
        "department",
        "court",
        "council",
        "police",
        "sheriff",
        "university",
        "college",
        "school",
        "schools",
        "board",
        "commission",
        "authority",
        "corrections",
        "hospital",
        "legislature",
        "assembly",
        "senate",
    }
)
_NEXT_WORDS = re.compile(r"(?:[ \t]+([A-Za-z]+)){1,2}")
_KINDS = ("settlement", "admin")


def calibrate(toponyms: list, keys: dict[int, str], text: str) -> None:
    """Cap, in place, the confidence of toponyms that carry a mark of a confident error.
    `keys` maps each toponym's start to its name key (the same name is not its own support)."""
    story = _Story(toponyms, keys)
    for t in toponyms:
        if t.confidence <= FOREIGN_CEILING or t.is_demonym:
            continue
        if not story.uncorroborated(t):
            ceiling = 1.0
        elif story.placed_elsewhere(t):
            ceiling = FOREIGN_CEILING
        else:
            ceiling = UNCORROBORATED_CEILING
        if named_in_organisation(text, t.end):
            ceiling = min(ceiling, ORGANISATION_CEILING)
        if story.far_from_its_story(t, called_a_village(text, t.start, t.end)):
            ceiling = min(ceiling, OUTLIER_CEILING)
        t.confidence = min(t.confidence, ceiling)


# "the village of X", "the villages of X and …", "X village": the text calls X a village.
_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet)s?\s+of\s+(?:the\s+)?$", re.I)
_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet)\b", re.I)


def called_a_village(text: str, start: int, end: int) -> bool:
    """Whether the text calls the name at start..end a village or a hamlet."""
    return bool(
        _VILLAGE_BEFORE.search(text, max(0, start - 40), start) or _VILLAGE_AFTER.match(text, end)
    )


def read_by_other_name(flags: int, place) -> bool:
    """Whether a reading is a town (not a city of a million) that the name reaches only as one
    of its other names, not its own name, an abbreviation or a demonym. A small capital counts:
    "Maré", a favela of Rio, is no Malé (other name "Mare") in a story that places nothing in
    the Maldives."""
    return (
        not flags & (PREFERRED | ABBREVIATION | DEMONYM)
        and place.kind == "settlement"
        and place.population < WORLD_CITY_POPULATION
    )


def drop_foreign_other_names(toponyms: list, keys: dict[int, str], starts: set[int]) -> list:
    """The toponyms without those read under another name of a town (`starts`) that lies in a
    country where no other place of the document lies, while the document names places
    elsewhere: "Kurchi" in a Sudan story is no Jiagedaqi, "Ali" beside Khartoum no Ağrı. Such
    readings do not vouch for one another: "Kono" → Koni and "Tongo" → Tonho, both other names
    of Ivorian villages, are no country of a Sierra Leone story."""
    if not starts:
        return toponyms
    story = _Story(toponyms, keys, unvouched=starts)
    return [
        t
        for t in toponyms
        if not (t.start in starts and story.uncorroborated(t) and story.placed_elsewhere(t))
    ]


def named_in_organisation(text: str, end: int) -> bool:
    """Whether one of the two words after a name is an organisation's head word."""
    m = _NEXT_WORDS.match(text, end, end + 40)
    if not m:
        return False
    words = m.group(0).split()
    return any(w.lower() in ORGANISATION_HEADS for w in words)


# The review queue's rule: a band is trusted when at least this share of its readings was right.
RIGHT_SHARE_TARGET = 0.8
# A band with fewer readings than this on a corpus says too little to move the threshold.
MIN_READINGS = 10
RELIABILITY_TABLE = Path(__file__).resolve().parent.parent / "data" / "reliability.tsv"


class _Story:
    """One document's toponyms grouped once, so each toponym's marks are looked up rather than
    found by a pass over all the others (which is quadratic on a long text): the name keys each
    country holds, and per country the towns and districts that can be a toponym's neighbours.
    Reads only fields `calibrate` does not change."""

    def __init__(self, toponyms: list, keys: dict[int, str], unvouched: set[int] = frozenset()):
        """`unvouched`: the starts of toponyms that place no name in their country."""
        self.keys = keys
        self.keys_in: dict[str, set] = defaultdict(set)  # country -> name keys placed there
        self.with_country = 0
        self.unvouched = unvouched
        # country -> name key -> such toponyms there
        self.unvouched_in: dict[str, dict] = defaultdict(lambda: defaultdict(int))
        # country -> name key -> the last toponym of that name that can be a neighbour
        self.neighbours: dict[str, dict] = defaultdict(dict)
        for u in toponyms:
            key = keys.get(u.start)
            if u.start in unvouched:
                self.unvouched_in[u.country][key] += 1
            else:
                self.keys_in[u.country].add(key)
            self.with_country += bool(u.country)
            if (
                u.kind in _KINDS
                and u.feature_code != "ADM1"  # a region's point says little about its towns
                and u.lat is not None
                and not u.is_demonym
            ):
                self.neighbours[u.country][key] = u
        self._far: dict[tuple, bool] = {}  # the same name at the same point: the same answer

    def uncorroborated(self, t) -> bool:
        """A town or region chosen without containment or a staff decision, in a country where
        the document places no other name."""
        if t.kind not in _KINDS or t.method.startswith(("containment", "staff", "home")):
            return False
        own = self.keys.get(t.start)
        there = self.keys_in.get(t.country, ())
        return not (len(there) > 1 or (len(there) == 1 and own not in there))

    def placed_elsewhere(self, t) -> bool:
        """Another toponym of the document lies in some country (other than the unvouched
        toponyms of other names in `t`'s country, when `t` is one)."""
        others = self.with_country - bool(t.country)
        if t.start in self.unvouched:
            own = self.keys.get(t.start)
            others -= sum(n for k, n in self.unvouched_in[t.country].items() if k != own)
        return others > 0

    def far_from_its_story(self, t, village: bool = False) -> bool:
        """A small town more than OUTLIER_KM from each of the (at least two) other towns and
        districts the document names in its country: not the namesake the story is about.
        `village`: the text calls it a village, so a district's seat counts as small too."""
        seats = ("PPLC", "PPLA") if village else ("PPLC", "PPLA", "PPLA2")
        if (
            t.kind != "settlement"
            or t.feature_code in seats
            or t.lat is None
            or t.method.startswith(("containment", "staff", "home"))
        ):
            return False
        own = self.keys.get(t.start)
        memo = (t.country, own, t.lat, t.lon)
        far = self._far.get(memo)
        if far is None:
            group = self.neighbours.get(t.country, {})
            others = [u for key, u in group.items() if key != own]
            far = len(others) >= OUTLIER_MIN_NEIGHBOURS and all(
                haversine_km(t.lat, t.lon, u.lat, u.lon) > OUTLIER_KM for u in others
            )
            self._far[memo] = far
        return far


def load_reliability(path: Path | None = None) -> list[tuple[str, float, float, int, int]]:
    """(corpus, low, high, readings, right) rows of the measured reliability table."""
    rows = []
    with open(path or RELIABILITY_TABLE, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            corpus, low, high, readings, right = line.rstrip("\n").split("\t")[:5]
            rows.append((corpus, float(low), float(high), int(readings), int(right)))
    return rows


def review_threshold(rows: list[tuple[str, float, float, int, int]] | None = None) -> float:
    """The confidence below which a mention needs review: the top of the highest band in which
    fewer than RIGHT_SHARE_TARGET of the readings were right on some corpus."""
    rows = load_reliability() if rows is None else rows
    untrusted = [
        high
        for _corpus, _low, high, readings, right in rows
        if readings >= MIN_READINGS and right < RIGHT_SHARE_TARGET * readings
    ]
    return round(min(max(untrusted, default=0.0), 1.0), 2)


def cap_unnamed_countries(toponyms: list, keys: dict[int, str]) -> None:
    """In place: a town or region (not a capital) in a country the document never names, while
    it names others, stays below 0.9 unless containment, an institution's seat or staff placed
    it. Its support is only other names read in that country, often namesakes themselves:
    "Brooklyn", "Boston" and "Jackson", neighbourhoods of Port-au-Prince in a story that names
    Haiti six times, read as New York's Brooklyn."""
    named = {t.country for t in toponyms if t.kind == "country" and not t.is_demonym and t.country}
    if not named:
        return
    for t in toponyms:
        if t.confidence > UNCORROBORATED_CEILING and _town_abroad(t, named, ("PPLC",)):
            t.confidence = UNCORROBORATED_CEILING


def _town_abroad(t, named: set[str], seats: tuple[str, ...]) -> bool:
    """A town or region (not one of `seats`' feature codes) in none of the `named` countries,
    that only the story's other readings placed: not containment, an institution's seat, staff
    or the home country."""
    return (
        t.kind in _KINDS
        and t.country not in named
        and t.feature_code not in seats
        and not t.is_demonym
        and not t.method.startswith(("containment", "staff", "home"))
    )


def cap_minority_countries(toponyms: list, keys: dict[int, str]) -> list:
    """The toponyms, where a town or region (not an admin seat) in a country the document never
    names, not even by a demonym, while another country holds more of its names (at least
    MINORITY_MIN_KEYS), goes to the review queue unless containment, an institution's seat or
    staff placed it. Namesakes vouch for each other in the wrong country and so escape the caps
    on lone foreign readings: "Salisbury" and "New Farm" of a Rhodesia story read in
    Queensland, "Comuna 13" and "San Javier" of a Medellin story read in Argentina. Such a
    reading with no other place of the story within NEAR_KM is dropped: on the dev gold it was
    the story's own village the gazetteer lacks ("Playa Larga" of a Bay of Pigs story read in
    Mexico, "Yongdong" of a Korean War story in China), and a point in the wrong country costs
    more trust than a missing one."""
    # "Israeli troops" says the story is about Israel as much as "Israel" does.
    named = {t.country for t in toponyms if t.kind == "country" and t.country}
    keys_in: dict[str, set] = defaultdict(set)
    for t in toponyms:
        if t.country and not t.is_demonym:
            keys_in[t.country].add(keys.get(t.start))
    if not keys_in:
        return toponyms
    main = max(len(k) for k in keys_in.values())
    if main < MINORITY_MIN_KEYS:
        return toponyms
    # A tie with a country the story names goes against the unnamed one: a Bay of Pigs story
    # that names Cuba seven times and Mexico never has no three Mexican villages.
    main_named = max((len(k) for cc, k in keys_in.items() if cc in named), default=0)
    minority = [
        t
        for t in toponyms
        if _town_abroad(t, named, _SEATS)
        and (
            len(keys_in.get(t.country, ())) < main
            or MINORITY_MIN_KEYS <= len(keys_in.get(t.country, ())) <= main_named
        )
    ]
    # Such readings do not vouch for each other: "San Blas" and "Covadonga" of the same story.
    others = [u for u in toponyms if u.lat is not None and all(u is not t for t in minority)]
    lone: set[int] = set()
    for t in minority:
        t.confidence = min(t.confidence, MINORITY_CEILING)
        if t.lat is not None and t.feature_code not in _LONE_KEPT and not _has_neighbour(t, others):
            lone.add(id(t))
    return [t for t in toponyms if id(t) not in lone] if lone else toponyms


def _has_neighbour(t, others: list) -> bool:
    """Whether another place of the story, under another name, lies within NEAR_KM of `t`."""
    return any(
        u.text != t.text and haversine_km(t.lat, t.lon, u.lat, u.lon) <= NEAR_KM for u in others
    )
