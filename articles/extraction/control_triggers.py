"""The trigger patterns control extraction reads (articles/extraction/control.py), each named:
how a text tells a change of hands or a state of control. No rule names a place, a person or a
group."""

from __future__ import annotations

import re

from .control_state_triggers import HOLDING_TRIGGERS
from .control_trigger_type import Trigger, words

CHANGE_TRIGGERS: tuple[Trigger, ...] = (
    Trigger(
        "denial",
        "hold",
        "after",
        "agent",
        re.compile(words(r"den(?:ied|ies|y|ying)\s+(?:losing|having\s+lost|the\s+loss\s+of)")),
        kind="claimed",
    ),
    # A party's word that it has not lost a place ("We have not lost X", "the garrison had never
    # lost control of X") is its hold of the place after the words ("did not lose X" is as
    # often a withdrawal told as a choice, "We did not lose X, we left it": not read)
    Trigger(
        "not-lost",
        "hold",
        "after",
        "agent",
        re.compile(
            words(r"(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?lost(?:\s+control\s+of)?")
            + r"(?!\s+(?:a|an|any|one|the|its|their|our|his|her|single)\b)"
        ),
        kind="claimed",
    ),
    Trigger(
        "denial-that",
        "hold",
        "after",
        "agent",
        re.compile(
            words(
                r"den(?:ied|ies|y|ying)\s+(?:(?:reports|claims)\s+)?that\s+(?:[\w'’-]+\s+){1,3}?"
                r"(?:had\s+|has\s+|have\s+)?(?:lost(?:\s+control\s+of)?|pulled\s+out\s+of|"
                r"withdr[\w]+\s+from|abandoned|retreated\s+from|controlled|held)"
                r"(?:\s+(?:any\s+)?parts?\s+of)?"
            )
        ),
        kind="claimed",
    ),
    Trigger(
        "denial-fallen",
        "hold",
        "inside",
        "agent",
        re.compile(
            words(
                r"den(?:ied|ies|y|ying)\s+(?:(?:reports|claims)\s+)?that\s+(?:[\w'’-]+\s+){1,5}?"
                r"(?:(?:had|has|have)\s+(?:fallen|been\s+(?:captured|taken|seized|overrun|lost))|"
                # "denied that X was under threat", "… that the town was cut off": still held
                r"(?:was|were|is|are)\s+(?:under\s+threat|in\s+danger|threatened|cut\s+off|"
                r"surrounded|encircled|besieged|under\s+siege))"
            )
        ),
        kind="claimed",
    ),
    Trigger(
        "not-fallen",
        "hold",
        "before",
        "agent",
        re.compile(
            words(
                r"(?:has|have|had)\s+not\s+fallen",
                r"did\s+not\s+fall",
                # "X will not fall", "X never fell", "X was never lost", "X is ours"
                r"(?:will|would|shall)\s+(?:not|never)\s+fall",
                r"never\s+fell",
                r"(?:was|were|has\s+been|had\s+been)\s+never\s+(?:lost|taken|captured)",
                r"(?:is|are|remains?)\s+(?:still\s+)?ours",
                r"(?:is|are|was|were)\s+not\s+in\s+the\s+hands\s+of",
                r"(?:has|have|had)\s+not\s+been\s+(?:lost|taken|captured)",
                r"(?:is|are)\s+not\s+(?:yet\s+)?lost",
                r"(?:is|are|remains?|remained)\s+(?:now\s+|still\s+)?(?:(?:completely|fully|firmly|"
                r"entirely)\s+)?(?:in\s+our\s+hands|under\s+our\s+(?:full\s+|total\s+)?control|"
                r"under\s+the\s+(?:full\s+|total\s+|complete\s+)?control\s+of\s+our\s+"
                r"(?:forces|fighters|troops|men))",
            )
        ),
        kind="claimed",
    ),
    # A party's word that the place just before is still its own ("The town of X is safe and
    # under our control", "X is held, Y is held", "X will never be taken", "X is not in their
    # hands"): the place must stand right before the words (control_patterns SUBJECT_NEXT), as
    # these words say nothing of a place further back ("X is with us" is as often a person)
    Trigger(
        "safe-held",
        "hold",
        "before",
        "agent",
        re.compile(
            words(
                r"(?:is|are|remains?|remained)\s+(?:still\s+)?(?:firmly\s+)?(?:held|safe|secure)"
                r"(?!\s+(?:by|for|to|in|at|as)\b)",
                r"(?:will|would|shall)\s+(?:never|not)\s+be\s+(?:taken|captured|lost)",
                r"(?:is|are)\s+not\s+in\s+(?:their|the\s+enemy['’]s|enemy)\s+hands",
                r"(?:has|have)\s+not\s+surrendered",
            )
        ),
        kind="claimed",
    ),
    Trigger(
        "fell-to",
        "capture",
        "before",
        "after",
        re.compile(
            words(
                r"f(?:e|a)ll(?:en|s)?\s+to",
                r"(?:was|were|had\s+been|has\s+been)\s+"
                r"(?:captured|seized|taken|overrun)\s+by",
            )
        ),
    ),
    # "X was retaken by Y", "X had been liberated by Y": the place before, the taker after
    Trigger(
        "retaken-by",
        "retake",
        "before",
        "after",
        re.compile(
            words(
                r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:re-?taken|recaptured|"
                r"liberated|taken\s+back|won\s+back)\s+by"
            )
        ),
    ),
    # "Kigali is liberated", "the army said Mosul had been freed": a liberation told with no
    # liberator is the speaker's (or the sentence's acting side's) taking of the place before (a
    # retaking where another report says so: control_changes.one_taking_per_side)
    Trigger(
        "liberated",
        "capture",
        "before",
        "agent",
        re.compile(
            words(
                r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+)?"
                r"(?:(?:fully|completely|totally)\s+)?(?:liberated|freed)(?!\s+(?:by|from|of)\b)"
            )
        ),
    ),
    # "a spokesman said the village of X had been taken on Wednesday": a taking told in the
    # passive with no taker is the speaker's (or the sentence's acting side's) taking of the
    # place before ("X was taken by Y" is fell-to)
    Trigger(
        "taken-passive",
        "capture",
        "before",
        "agent",
        re.compile(
            words(
                r"(?:has|have|had)\s+been\s+(?:(?:fully|completely)\s+)?(?:taken|captured|"
                r"seized|overrun)(?!\s+(?:by|from|of|over|prisoner|hostage|away|out|up|off|to|"
                r"into)\b)"
            )
        ),
    ),
    # "X fell on Tuesday, the Israeli command said", "since X fell on Aug. 6": a fall told by its
    # day with no taker is, as a passive taking, the speaker's or the sentence's acting side's
    # (a day must follow: "shells fell on the town" tells no fall)
    Trigger(
        "fell-bare",
        "capture",
        "before",
        "agent",
        re.compile(
            r"\b(?:fell|has\s+fallen|had\s+fallen)\s+(?=(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|"
            r"Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
            r"\d{1,2}\s+[A-Z])|overnight|yesterday|this\s+(?:morning|afternoon|evening|week)|"
            r"(?:late|early)\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last|this|"
            r"in)\b))"
        ),
    ),
    # "handed the town of X to the Lebanese army", "handed over X to Y": the one it is handed to
    # holds it
    Trigger(
        "hand-over",
        "withdraw",
        "after",
        "after",
        re.compile(r"\bhand(?:ed|s|ing)?\s+(?:over\s+)?(?:control\s+of\s+)?(?=[^.;]{0,80}?\bto\b)"),
    ),
    # "Mosul, which the group has held since June", "they have held X since Jan. 3": a taking
    # dated by when the hold began (undated, a hold: "have held X since 2014")
    Trigger(
        "held-since",
        "capture",
        "after",
        "agent",
        re.compile(
            words(
                r"(?:has|have|had)\s+(?:largely\s+|long\s+|firmly\s+)?(?:been\s+)?"
                r"(?:held|controlled|occupied|ruled)(?!\s+(?:out|by)\b)(?=[^.;]{0,120}?\bsince\b)"
            )
        ),
    ),
    Trigger(
        "held-by",
        "hold",
        "before",
        "after",
        re.compile(
            words(
                r"(?:still\s+)?(?:held|controlled)\s+by",
                r"under\s+the\s+(?:full\s+|total\s+|complete\s+)?control\s+of",
                # "X and Y were now in the hands of Malian forces", "X is in the hands of Z"
                r"(?:is|are|was|were|remains?|remained)\s+(?:now\s+|still\s+)?(?:firmly\s+|fully\s+|entirely\s+)?"
                r"in\s+the\s+hands\s+of",
            )
        ),
    ),
    Trigger(
        "retake",
        "retake",
        "after",
        "agent",
        re.compile(
            words(
                r"re-?(?:took|take|takes|taking|taken|captured?|capturing|gained|claimed)"
                r"(?:\s+(?:full\s+)?control\s+of)?",
                r"liberat(?:ed|ing|es?)",
                r"(?:was|were|are|is)\s+back\s+in\s+(?:full\s+)?control\s+of",
                r"(?:took|take|takes|taking|taken)\s+back",
                r"re-?occup(?:ied|ying)",
            )
        ),
    ),
    Trigger(
        "drive-out",
        "capture",
        "after",
        "agent",
        re.compile(
            r"\b(?:(?:dr(?:o|i)ve[ns]?|driving|expell(?:ed|ing)|expels?|oust(?:ed|ing|s)?|"
            r"dislodg(?:ed|ing|es?)|rout(?:ed|ing|s)?|clear(?:ed|ing|s)?)"
            r"\s+(?!(?:north|south|east|west|back|deeper|further|on)\b)(?:[\w'’-]+\s+){1,5}?"
            r"(?:out\s+of|from)|(?:push(?:ed|es|ing)?|forc(?:ed|es|ing))\s+"
            r"(?!(?:north|south|east|west|back|deeper|further|on)\b)(?:[\w'’-]+\s+){1,5}?"
            r"out\s+of)\b"
        ),
    ),
    Trigger(
        "capture",
        "capture",
        "after",
        "agent",
        re.compile(
            words(
                r"captur(?:ed|ing|es?)",
                r"seiz(?:ed|ing|es?)",
                # "cleared Geidam of the terrorists", "cleared the districts of A and B"
                r"(?<!being\s)clear(?:ed|ing|s)(?!\s+(?:out|away|up)\b)",
                r"overr(?:an|un|unning|uns)",
                r"(?:(?:had|have|has)\s+)?(?:took|take|takes|taking|taken)\s+over",
                # (a headline's present before a name: "Rebels take X", "Army takes X")
                r"(?:(?:had|have|has)\s+)?(?:took|taken|taking|takes?(?=\s+[A-Z]))(?!\s+over\b)"
                r"(?:\s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over))?",
                r"storm(?:ed|ing)",
                r"(?:(?:had|have|has)\s+)?entered",
                r"(?:swept|moved|rolled|marched)\s+into",
                # "swept through A and B", "secured the town of X", "briefly occupied X"
                r"sw(?:ept|eeping|eeps?)\s+(?:through|across)",
                r"secur(?:ed|ing)",
                r"(?<![-\w])(?<!the\s)(?<!an\s)occup(?:ied|ying)",  # (not "in the occupied X")
                r"(?:gained|wrested|assumed)\s+(?:full\s+|complete\s+)?control\s+(?:of|over)",
            )
        ),
    ),
    # "the fall of X", "the capture last week of X": a taking named by its noun, often told in
    # passing as background with no taker in its sentence (control_background.py)
    Trigger(
        "fall-of",
        "capture",
        "after",
        "agent",
        re.compile(words(r"the\s+(?:capture|fall|seizure)\s+of")),
    ),
    # "raised the national flag over X", "Our flag is flying over X": a taking
    Trigger(
        "flag",
        "capture",
        "after",
        "agent",
        re.compile(
            words(
                r"(?:rais(?:ed|es|ing|e)|hoist(?:ed|s|ing)?|put(?:s|ting)?|plant(?:ed|s|ing)?)\s+"
                r"(?:[\w'’-]+\s+){0,3}?flags?\s+over",
                r"flags?\s+(?:is\s+|was\s+|now\s+)*(?:fl(?:ying|ies|ew|y))\s+over",
            )
        ),
    ),
)

# Withdrawals, sieges and holds follow the changes of hands (a tie goes to the one listed first).
TRIGGERS: tuple[Trigger, ...] = CHANGE_TRIGGERS + HOLDING_TRIGGERS
