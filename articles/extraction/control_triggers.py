"""The trigger patterns control extraction reads (articles/extraction/control.py), each named:
how a text tells a change of hands or a state of control. No rule names a place, a person or a
group."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    """One way of telling a change or a state of control.

    place: where the place stands ("after" the trigger: "captured X"; "before": "X fell to Y";
    "passive": the subject of the passive clause, "X, home to a dam, has been encircled by Y").
    side: who holds the place afterwards: "agent" (who did it), "after" (the actor the trigger
    introduces: "fell to Y", "held by Y"), "other" (the opponent of who did it: a withdrawal,
    an encirclement, a loss), "other-after" (the opponent of the actor the trigger introduces:
    "encircled by Y") or "defender" (who a repelled attack was on: the party telling it, else
    the attacker's opponent). kind: "claimed" when the wording itself is a party's claim (a
    denial). dated_by_claim: without a date of its own, the observation takes the day of the
    claim ("still holds" does not: it says nothing of when)."""

    name: str
    event: str
    place: str
    side: str
    pattern: re.Pattern[str]
    kind: str = ""
    dated_by_claim: bool = True


def words(*forms: str) -> str:
    return r"\b(?:" + "|".join(forms) + r")\b"


TRIGGERS: tuple[Trigger, ...] = (
    Trigger(
        "denial",
        "hold",
        "after",
        "agent",
        re.compile(words(r"den(?:ied|ies|y|ying)\s+(?:losing|having\s+lost|the\s+loss\s+of)")),
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
                r"(?:had|has|have)\s+(?:fallen|been\s+(?:captured|taken|seized|overrun|lost))"
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
                r"(?:is|are|remains?|remained)\s+(?:now\s+|still\s+)?(?:(?:completely|fully|firmly|"
                r"entirely)\s+)?(?:in\s+our\s+hands|under\s+our\s+(?:full\s+|total\s+)?control|"
                r"under\s+the\s+(?:full\s+|total\s+|complete\s+)?control\s+of\s+our\s+"
                r"(?:forces|fighters|troops|men))",
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
                r"(?:is|are|was|were|remains?|remained)\s+(?:now\s+|still\s+)?(?:firmly\s+)?"
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
                r"the\s+(?:capture|fall|seizure)\s+of",
            )
        ),
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
    Trigger(
        "withdraw",
        "withdraw",
        "after",
        "other",
        re.compile(
            words(
                r"withdr(?:ew|awn|awing|aw)\s+(?:\w+\s+){0,2}from",
                r"pull(?:ed|ing|s)?\s+(?:\w+\s+)?(?:out\s+of|back\s+from|out\s+from)",
                r"retreat(?:ed|ing|s)?\s+from",
                r"f[ae]ll(?:s|ing)?\s+back\s+from",
                r"slip(?:ped|ping|s)?\s+out\s+of",
                r"abandon(?:ed|ing|s)?",
                r"fled",
                # "made a tactical withdrawal from X", "the withdrawal of its forces from X"
                r"withdrawal\s+(?:of\s+(?:[\w'’-]+\s+){1,3})?from",
                # "We left X", "our fighters left X": a side leaving, not people passing through
                r"(?:[Ww]e|forces|fighters|troops|soldiers|units|men)\s+(?:had\s+|have\s+)?left",
            )
        ),
    ),
    # "seized X on Friday after government troops pulled out", "entered A and B after the enemy
    # withdrew from them": a withdrawal that names no place of its own (the places the sentence
    # tells taken, control.py)
    Trigger(
        "withdraw-bare",
        "withdraw",
        "after",
        "other",
        re.compile(
            words(
                r"pull(?:ed|s|ing)?\s+(?:out|back)(?!\s+(?:of|from)\b)",
                r"withdr(?:ew|awn)(?:\s+from\s+(?:them|it|there))?(?!\s+(?:\w+\s+){0,2}from\b)",
                r"retreated(?!\s+(?:\w+\s+)?(?:from|to|towards?|into)\b)",
            )
        ),
    ),
    Trigger(
        "encircle",
        "encircle",
        "after",
        "other",
        re.compile(
            words(
                r"encircl(?:ed|ing|es?)",
                r"surround(?:ed|ing|s)?",
                r"besieg(?:ed|ing|es?)",
                r"(?:laid|lay|laying)\s+siege\s+to",
                r"(?:siege|encirclement|blockade)\s+of",
            )
        ),
    ),
    # "Haditha has been under siege by the militants since July", "X was surrounded by Y": the
    # place before, held by the opponent of whoever the trigger names after "by"
    Trigger(
        "encircled-by",
        "encircle",
        "passive",
        "other-after",
        re.compile(
            words(
                r"(?:(?:has|have|had)\s+been|(?:is|are|was|were|remains?|remained)(?:\s+still)?)"
                r"\s+(?:(?:completely|fully|effectively)\s+)?(?:encircled|surrounded|besieged|"
                r"blockaded|under\s+siege)\s+by"
            )
        ),
    ),
    Trigger(
        "still-hold",
        "hold",
        "after",
        "agent",
        re.compile(words(r"still\s+(?:hold|holds|held|control|controls|controlled|holding)")),
        dated_by_claim=False,
    ),
    # "held all their positions, including at X", "still held positions in the hills above X",
    # "had dug in around X": the doer holds X
    Trigger(
        "positions",
        "hold",
        "after",
        "agent",
        re.compile(
            words(
                r"(?:still\s+)?(?:hold|holds|held|holding|kept|keeps|maintain(?:s|ed)?)\s+"
                r"(?:on\s+to\s+)?(?:all\s+|most\s+)?(?:of\s+)?(?:their|its|our|his|the\s+)?\s*"
                r"(?:[\w-]+\s+)?positions?,?\s+(?:including\s+)?",
                # (not a participle: "Guard troops dug in around X were shelled")
                r"(?:had|have|has)\s+dug\s+in\s+",
            )
            + r"(?:in|at|near|around|outside|inside|above|along|on)\s+"
            r"(?:the\s+(?:hills|heights|outskirts|edge|approaches|road)\s+(?:of|above|to|near|"
            r"around)\s+)?"
        ),
    ),
    Trigger(
        "presence",
        "hold",
        "after",
        "agent",
        re.compile(
            r"\b(?:[Oo]ur\s+(?:[a-z]+\s+)?(?:forces|fighters|troops|soldiers|men|units|army|"
            r"mujahideen)|[Ww]e)\s+"
            r"(?:(?:are|were|remain)\s+(?:still\s+)?(?:in\s+(?:full\s+)?control\s+of|in|inside)|"
            r"(?:still\s+)?(?:hold|control)|(?<=army\s)(?:still\s+)?(?:holds|controls))\b"
            # a speaker's own told in the third person, still there: "his men were still in X"
            r"|\b(?:[Hh]is|[Tt]heir|[Ii]ts)\s+(?:[a-z]+\s+)?(?:forces|fighters|troops|soldiers|"
            r"men|units|mujahideen)\s+(?:(?:are|were)\s+still|remain(?:ed)?)\s+(?:in|inside)\b"
        ),
        kind="claimed",
    ),
    Trigger(
        "hold",
        "hold",
        "after",
        "agent",
        re.compile(
            words(
                r"(?:remain(?:ed|s)?|were|was|are|is)\s+(?:still\s+)?in\s+(?:full\s+)?control\s+of",
                r"(?:continue|continued|continues)\s+to\s+(?:hold|control)",
                r"held\s+out\s+in",
            )
        ),
    ),
    # "repelled an attack on X", "fought off an assault by Y on X", "repelled 14 attacks near X":
    # the defender holds X
    Trigger(
        "repel",
        "hold",
        "after",
        "agent",
        re.compile(
            words(
                r"(?:repell?(?:ed|ing|s)?|repuls(?:ed|ing|es?)|fought\s+off|beat(?:en)?\s+(?:back|off)|"
                r"thr(?:ew|own|owing)\s+back|dr(?:ove|iven|iving)\s+back|held\s+off|"
                r"thwart(?:ed|ing|s)?|foil(?:ed|ing|s)?)\s+(?:an?\s+|the\s+|their\s+)?"
                r"(?:[\w'’-]+\s+){0,2}?(?:(?:counter-?)?attacks?|assaults?|offensive|advance|"
                r"incursion|raid|column)\s+"
                # "by South African forces and UNITA rebels on X", "of FNLA fighters at X"
                r"(?:(?:by|of)\s+(?:[\w'’()-]+\s+){1,8}?)?(?:on|against|near|around|in|at)"
            )
        ),
    ),
    # "an Azerbaijani attack on the town of X had been beaten off", "guerrillas who attacked X
    # had been repelled", "tried to storm X and had been repelled": the defender holds X
    Trigger(
        "repelled-attack",
        "hold",
        "after",
        "defender",
        re.compile(
            words(
                r"(?:(?:counter-?)?attacks?|assaults?|offensive|push|advance|raid|incursion)\s+"
                r"(?:(?:by|of)\s+(?:[\w'’()-]+\s+){1,6}?)?(?:on|against)",
                r"(?:tried|attempted|sought)\s+to\s+(?:enter|storm|take|capture|seize|retake|"
                r"overrun)",
                r"(?<!been\s)attacked",
            )
            + r"\s+(?=[^.;]{0,100}?\b(?:(?:had|has|have|was|were)\s+been|but\s+were)\s+"
            r"(?:repell?ed|repulsed|beaten\s+(?:off|back)|thrown\s+back|driven\s+back|"
            r"held\s+off)\b)"
        ),
    ),
    Trigger(
        "lose",
        "lose",
        "after",
        "other",
        re.compile(words(r"lost(?:\s+control\s+of)?")),
    ),
    # "X remained in Georgian hands", "Y, which remains under rebel control": the side the word
    # before "hands" / "control" names holds what the clause's subject names (control_holds.py)
    Trigger(
        "in-hands-of",
        "hold",
        "subject",
        "adjective",
        re.compile(
            r"\b(?:in|under)\s+(?!(?:our|their|its|his|her|the|enemy|full|total|complete|"
            r"firm|effective|de\s+facto)\b)(?=[\w'’-]+\s+(?:hands|(?:full\s+|total\s+)?control)\b)"
        ),
    ),
    # "the army held X", "they control most of X", "Ansar Dine, which holds X": the doer holds
    # (not "was held in X", "government-held", "held talks", "talks held in X", "whoever holds X",
    # "held X since …": held-since)
    Trigger(
        "hold-verb",
        "hold",
        "after",
        "agent",
        re.compile(
            r"(?<![-\w])(?<!is\s)(?<!was\s)(?<!were\s)(?<!are\s)(?<!been\s)(?<!being\s)"
            r"(?<![Ww]hoever\s)"
            r"(?:hold|holds|holding|held|controls|controlled|controlling|"
            r"(?:(?<=they\s)|(?<=now\s))control)\b"
            r"(?!\s+(?:by|out|up|on|off|back|onto|talks|a|an|in|at|for|near|under|inside|with|from|"
            r"during|to|as|over|until|across)\b)(?![^.;]{0,120}?\bsince\b)"
        ),
    ),
)
