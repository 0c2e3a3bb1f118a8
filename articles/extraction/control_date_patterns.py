"""Date patterns of control extraction (control_dates.py, control_day_before.py,
control_date_carry.py, control_event_dates.py): how a text ties a day to a change. No rule names a
place, a person or a group."""

from __future__ import annotations

import re

# "a day after they retook X", "three days after its troops recaptured X", "five months after the
# RSF overran the city": dated from the other date of the sentence.
DAYS_APART = re.compile(
    r"\b(?:(?:nearly|almost|about|some)\s+)?(?P<n>a|one|two|three|four|five|six|seven|\d+)\s+"
    r"(?P<unit>day|week|month)s?\s+"
    r"(?P<way>after|before)\s+(?:[\w'’-]+\s+){0,6}$",
    re.I,
)
# "have captured X", "has now taken X": a change told in the present perfect, by the time of the
# report.
PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|also\s+|finally\s+|\w+ly\s+)?\w+(?:ed|en|ook|an|ew)\b"
)
# "took X five days later", "taking X within two days": counted from the date before the trigger.
DAYS_LATER = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>day|week)s?\s+later|"
    r"within\s+(?P<n2>a|one|two|three|four|five|six|seven|\d+)\s+(?P<unit2>day|week)s?)\b",
    re.I,
)
# Where the clause a trigger governs ends (a date past it belongs to something else).
# ("before dawn on Monday", "after nightfall" tell a time of day, not another clause)
CLAUSE_END = re.compile(
    r"[;\u2014]|,\s+\w+ing\b|"
    # ", and on Sunday they reached …": a new clause with its own day
    r",\s+and\s+(?:then\s+)?(?:on|by)\s+\w+(?:\s+\d{1,2})?,?\s+(?:they|it|he|she|we|its|their)\b|\s(?:after|before|when|while|but|which|that|where|who|whose|as|until|"
    r"since|though|although|whereas|"
    r"and\s+then|and\s+(?:had|has|have|was|were|is|are)|saying)\s"
    r"(?!(?:dawn|daybreak|first\s+light|sunrise|sunset|nightfall|noon|midday|midnight|day|"
    r"month|week|night|morning|afternoon|evening)\b)"
)
# A relative clause closed before the trigger ("The army, which moved in on Sunday, said it still
# held X", "the 5th Corps, in an offensive which began on Wednesday, had taken X"): its date is
# another verb's.
RELATIVE_CLOSED = re.compile(r"\b(?:which|who|whose)\b[^,;()]*,")
# "had overrun", "had also taken", "had been driven out of": told in the past perfect, before the
# day the text speaks of.
PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:also|already|been|just)\s+)*(?:\w+\s+)?$", re.I)
# "had already taken A and B": a change done before the news, which the text leaves undated.
ALREADY = re.compile(r"\balready\b", re.I)
# "have moved west, taking A and B", "has seized X": the news of the day of the report.
PRESENT_PERFECT = re.compile(r"\b(?:have|has)\b", re.I)
# "said it had pulled out of X", "its troops had withdrawn from X": a leaving told after the fact.
PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+){1,3}(?:of\s+|from\s+)?$", re.I)
# "mid-March", "since mid-January": the 15th, to the week (tests/gold/README.md, heldout16, 22).
MID_MONTH = re.compile(r"mid[-\s]", re.I)
# "captured X, a town of 5,000 people that sits on a pipeline, on Aug. 15": the date after an
# appositive of the place is the trigger's.
APPOSITIVE_BEFORE_DATE = re.compile(
    r"[^;,]{0,60}?,\s+(?:a|an|the)\s[^;]{0,160}?,\s+(?:(?:on|in|at|early|late)\s+)?"
)
# "GOMA, Jan 27 (Reuters) -": a dateline around a date.
DATELINE_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Z'’ ./\-]{1,40}(?:,\s+[A-Z][\w'’ .\-]{1,40})?,\s*$")
DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{2,40}\)\s*)?[-—–]")
# Dates that are the day of speaking ("this morning", "today"), not a day of their own.
SPEECH_DAY = re.compile(
    r"(?:this\s+(?:morning|afternoon|evening)|today|tonight|yesterday|last\s+night|overnight)",
    re.I,
)
# "withdrew overnight": dated the day the text speaks of (tests/gold/README.md).
# ", taking A and B": a trigger that is a participle opening its clause after a comma.
PARTICIPLE_TRIGGER = re.compile(r",\s+[a-z]+ing\b")
# "attacked several towns on Saturday, entering A, and seizing B": the last participle of a list.
AND_PARTICIPLE_TRIGGER = re.compile(r",\s+and\s+[a-z]+ing\b")
OVERNIGHT = re.compile(r"\bovernight\b", re.I)
# "late last year": its December, to the month, as "late last month" gives that month (read by
# control alone; dates.py gives "last year" no date).
LATE_LAST_YEAR = re.compile(r"\blate\s+last\s+year\b", re.I)
# After the place's appositive, "overnight" closing the clause (", a village near Y, overnight"),
# or the night's fighting the change came after (", after overnight clashes").
NIGHT_AFTER_APPOSITIVE = re.compile(
    r",(?:[^,;.\"“”]{1,80},)?\s+(?:overnight\b|after\s+(?:heavy\s+|fierce\s+)?overnight\s+"
    r"(?:fighting|clashes|battles?|assaults?|attacks?))",
    re.I,
)
# "had 'destroyed the groups' and retaken X": a past perfect that reaches the verb after "and".
PAST_PERFECT_AND = re.compile(r"\bhad\s+[^.;:]{1,100}?\sand\s+(?:\w+\s+)?$", re.I)
# Days told from the date before them: "took X the next day", "were driven out the following
# morning", "fell on the same day", "claimed the same day", "fell that month", "launched a day
# earlier". Each form: (days after the date before; its month only).
DAYS_FROM_THE_DATE_BEFORE = {
    r"(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening)|the\s+day\s+after": (
        1,
        False,
    ),
    r"(?:on\s+)?(?:the\s+same|that)\s+day|later\s+that\s+day": (0, False),
    r"a\s+day\s+(?:earlier|before)|the\s+(?:day\s+before|previous\s+day)": (-1, False),
    r"(?:in\s+)?(?:that|the\s+same)\s+month": (0, True),
}
NEXT_DAY = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<f{i}>{form})" for i, form in enumerate(DAYS_FROM_THE_DATE_BEFORE))
    + r")\b",
    re.I,
)
SINCE_WORD = re.compile(r"\bsince\s+", re.I)
# Between a trigger and its "since": another clause ("encircled X in October and have been
# attacking Y since December").
SINCE_BREAK = re.compile(
    r"[;.]|,\s+and\b|\band\s+(?:had|has|have|was|were|is|are)\b|"
    r"\b(?:when|after|before|while|which|who|that|where)\b"
)
# "have held X since 2014": since a year (no date of its own).
SINCE_YEAR = re.compile(r"[^;.]{0,120}?\bsince\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d\b")
# Triggers whose "since" date tells when the state began: a taking ("held by Y since May") or a
# siege ("has encircled X since late last month").
SINCE_DATED = frozenset({"held-since", "held-by", "encircle", "encircled-by"})
# A date of an offensive's start standing before the trigger ("Since launching its offensive on
# Nov. 13, the group has taken X", "the offensive, launched on Sunday night, had also taken X"):
# the day it began, not the day the place changed hands.
LAUNCHED_BEFORE = re.compile(
    r"\b(?:launch(?:ed|ing)?|beg(?:an|un|inning)|start(?:ed|ing)|open(?:ed|ing))\b[^,;.]{0,30}$",
    re.I,
)
