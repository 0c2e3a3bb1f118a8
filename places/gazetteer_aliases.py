"""Names of places that English news writes and no gazetteer source has: the alias tables
`load_gazetteer` adds to the sources' own names (kept apart from the readers in
`places.gazetteer_sources`, which apply them)."""

# Spellings common in English news that no source has (GAZETTEER.md, "No source had").
EXTRA_ALIASES: dict[int, list[str]] = {
    99072: ["Mawsil"],  # Mosul
    167357: ["Minbij", "Menbij"],  # Manbij
    172256: ["Ain al-Arab", "Ayn al-Arab", "Kobane", "Kobani"],  # Kobani
    170794: ["Deir Ezzor", "Deir ez-Zor", "Deir al-Zour"],  # Deir ez-Zor city
    90393: ["Talafar", "Tal Afar"],  # Tal Afar
    6252001: ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    2635167: ["UK", "U.K.", "Britain", "Great Britain"],
    298795: ["Türkiye", "Turkiye"],
    # Former names of today's countries, which stories of past wars use (the annotation gives
    # the successor state: "the Soviet Union" is Russia, "East Pakistan" Bangladesh).
    2017370: ["Soviet Union", "USSR"],
    1210997: ["East Pakistan"],
    895949: ["Northern Rhodesia"],
    2372248: ["Portuguese Guinea"],
    1966436: ["Portuguese Timor"],
    3355338: ["South West Africa", "South-West Africa"],
    2395170: ["Dahomey"],
    2361809: ["Upper Volta"],
    1227603: ["Ceylon"],
    337996: ["Abyssinia"],
    203312: ["Belgian Congo"],
    927384: ["Nyasaland"],
    933860: ["Bechuanaland"],
    932692: ["Basutoland"],
    1605651: ["Siam"],
    130758: ["Persia"],
    1562822: ["South Vietnam", "North Vietnam"],
    2921044: ["West Germany", "East Germany"],
    69543: ["North Yemen", "South Yemen"],
    1036973: ["Portuguese East Africa"],
}
# Short all-capital country abbreviations worth matching (others are too ambiguous).
COUNTRY_ABBREVIATIONS = {"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "U.A.E.", "DRC"}

# AP-style abbreviations of US states, standard in US news datelines ("Paris, Tenn.").
US_STATE_AP = {
    "AL": ["Ala."],
    "AZ": ["Ariz."],
    "AR": ["Ark."],
    "CA": ["Calif."],
    "CO": ["Colo."],
    "CT": ["Conn."],
    "DE": ["Del."],
    "FL": ["Fla."],
    "GA": ["Ga."],
    "IL": ["Ill."],
    "IN": ["Ind."],
    "KS": ["Kan.", "Kans."],
    "KY": ["Ky."],
    "LA": ["La."],
    "MD": ["Md."],
    "MA": ["Mass."],
    "MI": ["Mich."],
    "MN": ["Minn."],
    "MS": ["Miss."],
    "MO": ["Mo."],
    "MT": ["Mont."],
    "NE": ["Neb.", "Nebr."],
    "NV": ["Nev."],
    "NH": ["N.H."],
    "NJ": ["N.J."],
    "NM": ["N.M."],
    "NY": ["N.Y."],
    "NC": ["N.C."],
    "ND": ["N.D."],
    "OK": ["Okla."],
    "OR": ["Ore.", "Oreg."],
    "PA": ["Pa.", "Penn."],
    "RI": ["R.I."],
    "SC": ["S.C."],
    "SD": ["S.D."],
    "TN": ["Tenn."],
    "TX": ["Tex."],
    "VT": ["Vt."],
    "VA": ["Va."],
    "WA": ["Wash."],
    "WV": ["W.Va.", "W. Va."],
    "WI": ["Wis.", "Wisc."],
    "WY": ["Wyo."],
    "DC": ["D.C."],
}
