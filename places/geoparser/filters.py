"""Context around a spotted name, and the false-friend filter.

A dictionary spotter finds "Of", "Anger" (in "Euphrates Anger"), "Jennifer" and "Barzani";
these rules reject them from capitalisation, neighbouring words, a stop-list and word frequency.
"""

from __future__ import annotations

import bisect
import re

# Words that are never a place on their own in English prose, whatever the gazetteer says.
STOP_WORDS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "God",
    "Lord",
    "Christ",
    "Jesus",
    "Allah",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Share",
    "None",
    "Same",
    "See",
    "Set",
    "Union",
    "Anger",
    "Ain",
    "Issa",
    "Zor",
    "Chief",
    "President",
    "Minister",
    "Governor",
    "Police",
    "Army",
    "Navy",
    "Court",
    "Congress",
    "Parliament",
    "Senate",
    "Coalition",
    "Forces",
    "State",
    "City",
    "County",
    "Street",
    "Democrat",
    "Democrats",
    "Republican",
    "Republicans",
    "Internet",
    "Facebook",
    "Twitter",
    "Google",
    "Christmas",
    "Easter",
    "Ramadan",
    "Eid",
    "Mass",
    "Bill",
    "Page",
    "Post",
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Northeastern",
    "Northwestern",
    "Southeastern",
    "Southwestern",
    "Central",
    "Midwest",
    "Downtown",
    "Center",
    "Centre",
    "Capitol",
    "Main",
    "Ebola",
}
# A bare name followed by a speech verb is a person ("Adkins said").
SPEECH_VERBS = {
    "said",
    "says",
    "told",
    "added",
    "explained",
    "noted",
    "asked",
    "stated",
    "argued",
    "wrote",
    "admitted",
    "confirmed",
    "testified",
    "replied",
    "recalled",
    "insisted",
    "pleaded",
    "denied",
    "claimed",
    "announced",
    "answered",
    "urged",
    "warned",
}
# A name followed by these is a disease or a product named after a place, not the place.
NAMED_AFTER = {
    "virus",
    "viruses",
    "strain",
    "strains",
    "fever",
    "disease",
    "flu",
    "syndrome",
    "encephalitis",
    "vaccine",
    "bacteria",
    "variant",
    "agent",
    "ebolavirus",
    "hemorrhagic",
    "haemorrhagic",
    "pox",
}
# Organisations and outlets whose names contain a place name ("Al Jazeera" is also a region).
STOP_PHRASES = [
    "Al Jazeera",
    "Al-Jazeera",
    "Islamic State",
    "Institute for the Study of War",
    "Associated Press",
    "New York Times",
    "Washington Post",
    "Wall Street Journal",
    "Los Angeles Times",
    "Human Rights Watch",
    "Amnesty International",
    "Red Cross",
    "Red Crescent",
    "United Nations",
    "European Union",
    "African Union",
    "Arab League",
    "World Health Organization",
    "Hezbollah",
    "Hizbollah",
    "Hamas",
    "Taliban",
    "Al-Qaeda",
    "Al Qaeda",
    "al-Qaeda",
    "al-Shabab",
    "Boko Haram",
    "Daesh",
    "Agence France-Presse",
    "China Daily",
    "Al Arabiya",
    "Sky News",
    "Deutsche Welle",
    "Voice of America",
    "Radio Free Europe",
    "White House",
    "Gulf War",
    "Chamber of Commerce",
    "Pentagon",
    # Military ranks whose abbreviation is a town's name ("Brig. Gen." is no Brig, Switzerland).
    "Brig. Gen.",
    "Brig Gen",
    "Brig.-Gen.",
]
TITLES = {
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Gen.",
    "Brig.",
    "Col.",
    "Lt.",
    "Capt.",
    "Sgt.",
    "Maj.",
    "Adm.",
    "Prof.",
    "Rev.",
    "President",
    "Senator",
    "Governor",
    "Judge",
    "Pastor",
    "Father",
    "Sister",
    "Brother",
    "Sheikh",
    "Imam",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Lady",
    "Sir",
    "Minister",
    "Mayor",
    "Coach",
    "Officer",
    "Detective",
    "Deputy",
    "General",
    "Colonel",
    "Captain",
    "Sergeant",
    "Commissioner",
    "Councilman",
    "Councilwoman",
    "Uncle",
    "Aunt",
    "Saint",
    "Pope",
    "Bishop",
    "Emir",
    "Chancellor",
    "Secretary",
    "Ambassador",
}
# Capitalised words that continue a place name instead of making it an organisation.
FEATURE_WORDS = {
    "City",
    "County",
    "Province",
    "Governorate",
    "State",
    "Region",
    "District",
    "Valley",
    "River",
    "Mountains",
    "Mountain",
    "Lake",
    "Island",
    "Islands",
    "Bay",
    "Sea",
    "Gulf",
    "Desert",
    "Plain",
    "Plains",
    "Peninsula",
    "Strait",
    "Coast",
    "Basin",
    "Dam",
    "Airport",
    "Parish",
    "Borough",
    "Township",
    "Village",
    "Town",
    "Heights",
    "Hills",
    "Springs",
    "Beach",
    "Harbor",
    "Harbour",
    "Canyon",
    "Creek",
    "Falls",
    "Park",
    "Square",
    "Oblast",
    "Prefecture",
    "Municipality",
}
QUALIFIERS = {
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "upper",
    "lower",
    "greater",
    "rural",
    "downtown",
    "outer",
    "inner",
    "coastal",
}
# Creeds and sects that describe a country or region ("Shiite Iran", "Catholic Philippines",
# "Sunni-majority Iraq" is another shape): before a state's name they qualify it, they do not
# open a longer name.
CREEDS = {
    "shiite",
    "shi'ite",
    "shia",
    "sunni",
    "catholic",
    "christian",
    "muslim",
    "orthodox",
    "protestant",
    "buddhist",
    "hindu",
    "jewish",
    "alawite",
    "druze",
    "maronite",
    "evangelical",
    "communist",
    "secular",
}
LOCATIVES = {
    "in",
    "at",
    "near",
    "from",
    "to",
    "outside",
    "into",
    "around",
    "across",
    "toward",
    "towards",
    "throughout",
    "of",
    "between",
    "via",
    "through",
    "within",
    "inside",
}
# Words of attack and advance whose object is a place ("shelled Avdiivka", "advanced on Bakhmut",
# "took Luvungi", "raided Kibati"):
# as good evidence as a preposition when the parse reads a town's unfamiliar name as a person.
ASSAULT_CUES = {
    "shelled",
    "besieged",
    "stormed",
    "recaptured",
    "retook",
    "encircled",
    # "trying to encircle Zalizne", "troops had secured Solok"
    "encircle",
    "secured",
    "bombed",
    "overran",
    "advanced on",
    "advancing on",
    "moving on",
    "pushing on",
    "marched on",
    "offensive on",
    "push on",
    "captured",
    "capturing",
    "seized",
    "seizing",
    "taken",
    "took",
    "taking",
    "retaking",
    "raided",
    "entered",
    "liberated",
    "hold",
    "holds",
    "held",
    "holding",
    "take",
    "retake",
    "abandoned",
    "assault on",
    "attack on",
    "attacks on",
    # the other forms of the verbs of taking and besieging ("have retaken X and Y")
    "retaken",
    "retakes",
    "recapture",
    "recapturing",
    "capture",
    "captures",
    "seize",
    "seizes",
    "takes",
    "overrun",
    "overrunning",
    "surrounded",
    "encircling",
    "besieging",
    "shelling",
    # giving a place up or holding it as an occupier ("rebels surrendered X", "troops occupied X")
    "surrendered",
    "occupy",
    "occupied",
    "occupying",
}
NEARBY_WORDS = {
    "near",
    "outside",
    "around",
    "outskirts",
    "countryside",
    "suburbs",
    "nearby",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north",
    "south",
    "east",
    "west",
}
# Words after a name that make it a river, a lake or a sea ("Tigris river", "Tana lake").
WATER_CUES = {"river", "lake", "sea", "gulf", "bay", "dam", "valley", "strait"}

# A sentence ends after . ! or ? (and closing quotes or brackets) and whitespace, or at a line
# break. Written to start on the punctuation so the regex engine can skip ahead to it.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+|\n+")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’\-]*\b")
_WORDS = re.compile(r"[A-Za-z][\w'’\-]*")
_WORD_AFTER = re.compile(r"\s*([A-Za-z][\w'’\-]*\.?)")
# Characters of a word before a name ("St.", "O'Brien", "al-"), as `[\w.'’\-]` in a regex.
_WORD_PUNCT = frozenset("_.'’-")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


class Context:
    """Sentence boundaries and neighbouring words of one document."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text)]
        self.doc_countries: set[str] = set()  # filled by the parser before filtering
        self.variant_starts: set[int] = set()  # names found through a spelling variant
        self.dateline_variants: set[int] = set()  # ... of them, datelines in capitals
        self.other_name_starts: set[int] = set()  # towns read under another name of theirs
        self.spot_ends: set[int] = set()  # where the spotted names end (filled by the parser)
        self._lower_words: set[str] | None = None
        self._before: dict[int, tuple[int, int]] = {}
        self._words: dict[int, list[str]] = {}

    @property
    def lower_words(self) -> set[str]:
        """Words the document writes in lower case ("village"): common words here. Computed
        on first use: most documents never ask."""
        if self._lower_words is None:
            self._lower_words = set(_LOWER_WORD.findall(self.text))
        return self._lower_words

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        start = self.starts[i]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        if end <= start:
            return start, end
        # The sentence's end without trailing whitespace (as len(text[:end].rstrip())).
        text = self.text
        while end > 0 and text[end - 1].isspace():
            end -= 1
        return start, end

    def is_sentence_initial(self, pos: int) -> bool:
        """First word of a sentence, a quotation or a line ("said: “You…")."""
        i = bisect.bisect_right(self.starts, pos) - 1
        head = self.text[self.starts[i] : pos]
        if not head.strip(" \t\"'“‘(—–-"):
            return True
        return head.rstrip(" ")[-1:] in '“":' and head.rstrip(" ")[-2:] != ',"'

    def _word_before_span(self, pos: int) -> tuple[int, int]:
        r"""Span of the word before `pos` (whitespace between allowed), looking back at most 40
        characters: as the regex `([A-Za-z][\w.'’\-]*)\s*$` searched in text[pos-40:pos], i.e.
        the run of word characters before the whitespace, from its first ASCII letter.
        (pos, pos) when there is none. Cached: the filter and the resolver both ask."""
        span = self._before.get(pos)
        if span is not None:
            return span
        text = self.text
        lo = max(0, pos - 40)
        end = pos
        while end > lo and text[end - 1].isspace():
            end -= 1
        k = end
        while k > lo:
            ch = text[k - 1]
            if ch.isalnum() or ch in _WORD_PUNCT:
                k -= 1
            else:
                break
        span = (pos, pos)
        for t in range(k, end):
            if text[t] in _ASCII_LETTERS:
                span = (t, end)
                break
        self._before[pos] = span
        return span

    def word_before(self, pos: int) -> str:
        start, end = self._word_before_span(pos)
        return self.text[start:end]

    def word_before_start(self, pos: int) -> int:
        return self._word_before_span(pos)[0]

    def word_after(self, pos: int) -> str:
        m = _WORD_AFTER.match(self.text, pos, pos + 40)
        return m.group(1) if m else ""

    def words_before(self, pos: int, n: int = 3) -> list[str]:
        words = self._words.get(pos)
        if words is None:
            words = self._words[pos] = _WORDS.findall(self.text, max(0, pos - 60), pos)
        return words[-n:]
