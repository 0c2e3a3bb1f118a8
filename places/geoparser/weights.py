"""The resolver's weights and cue words (places/geoparser/resolve.py): one table to tune."""

ADMIN_CUES = {
    "province",
    "governorate",
    "state",
    "region",
    "county",
    "district",
    "prefecture",
    "oblast",
    "department",
    "parish",
    "municipality",
    "territory",
}
CITY_CUES = {
    "city",
    "town",
    "village",
    "capital",
    "town's",
    "city's",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "hamlet",
    "port",
}
# "Rakhine State", "Magway Region", "Kunar Province": where first-level regions are called so,
# the capitalised word after an admin-1 region's name belongs to the name (and says region).
# Not the United States: "Michigan State", "Ohio State" are universities.
ADMIN_SUFFIX_COUNTRIES = {
    "State": {"MM", "NG", "SD", "SS", "IN", "MY", "ER", "VE", "BR", "MX"},
    "Region": {"MM", "ET", "BF", "ML", "NE", "SN", "GH", "CM", "TD", "SO", "TZ", "IT", "FR"},
    "Province": {"AF", "CD", "IR", "PK", "TR", "IQ", "MZ", "CN", "PH", "KR", "CA", "AR", "ZA"},
    "Governorate": {"SY", "IQ", "YE", "EG", "LB", "JO", "TN", "OM", "KW", "BH", "PS"},
    "Oblast": {"UA", "RU", "KZ", "BY", "KG", "BG"},
}
# Countries whose third-level units are named after their seat town and written "X Township":
# the word joins the town's name ("Kyaukme Township", "Maungdaw township"), read as the town.
TOWNSHIP_COUNTRIES = frozenset({"MM"})
# The words for a first-level region that join its name ("the Kharkiv region", "Idlib
# province"); a name so written takes its region reading by this much over its other readings.
REGION_WORDS = frozenset({"state", "region", "province", "governorate", "oblast"})
REGION_WORD_BONUS = 3.0
# A border word up to four words before a name makes its country reading likelier ("fled across
# the border into Niger" in a Nigerian story is not Niger State; "neighbouring Chad").
BORDER_WORDS = {"border", "borders", "frontier", "neighbouring", "neighboring"}
COUNTRY_CUE_BONUS = 3.0
# Prior of a first-level region: log10 of its towns' population plus a bonus like an admin
# seat's, between these bounds (a region of 3 million people or more gets the maximum).
ADM1_PRIOR = 8.0
ADM1_MIN_PRIOR = 5.0
ADM1_BONUS = 1.5
# The reading a name means unless the text says otherwise (places/data/common_names.tsv): above
# a state of the same name ("New York"), below containment ("Buffalo, New York").
FAMOUS_BONUS = 2.0
# The city an institution named in the same sentence sits in ("the U.N. ... in New York") is
# explicit evidence: it leads the name's other readings by this much after the coherence stages,
# so the pull of the document's places to a namesake (a village in Donetsk oblast) cannot win.
HOME_BONUS = 3.0
WORLD_CITY_POPULATION = 1_000_000
COHERENCE_WEIGHT = 2.0
# "X, Y": the reading of Y that holds X gains this much (X's readings held gain 9).
CONTAINER_BONUS = 6.0
# A district (a second-level unit) holds the towns within this distance of its point.
DISTRICT_KM = 100.0
PROXIMITY_WEIGHT = 3.0
# An alternate name ("Franklin" for El Paso) is weaker evidence than a main name.
ALIAS_PENALTY = 0.5
# How much more likely a town's readings are by its feature code (a capital, an admin seat,
# or a part of a city, a historical or an abandoned place).
SETTLEMENT_BONUS = {
    "PPLC": 2.5,
    "PPLA": 1.5,
    "PPLA2": 0.8,
    "PPLA3": 0.3,
    "PPLA4": 0.1,
    "PPLX": -2.0,
    "PPLH": -3.0,
    "PPLQ": -3.0,
    "PPLW": -3.0,
    "PPLL": -0.5,
    "STLMT": -1.0,
}
# Villages from the postal data (places/gazetteer_postal.py): readings only in a story about their
# country, never confident (GeoNames puts many at their district's point).
LOCALITY_CODE = "PPLL"
LOCALITY_CEILING = 0.85
FOREIGN_LOCALITY_PENALTY = 1000.0
# A region with a country over a namesake feature with none (only breaks their tie: under the
# gap between a town of 1,000 and one of 2,000).
PLACED_REGION_BONUS = 0.25
