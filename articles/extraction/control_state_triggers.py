"""The control triggers that tell a side leaving, encircling or holding a place (the tail of
control_triggers.TRIGGERS: withdrawals, sieges, holds, repelled attacks, losses). No rule names
a place, a person or a group."""

from __future__ import annotations

import re

from .control_trigger_type import Trigger, words

# A time told between a verb of leaving and its "from" ("pulled back this week from X",
# "fell back overnight from X"); optional, with the space after it.
_TIME = (
    r"(?:(?:this|last)\s+week|(?:(?:late|early)\s+)?(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day(?:\s+(?:night|morning|evening))?|overnight|during\s+the\s+night|"
    r"in\s+the\s+night|at\s+dawn|yesterday|today)"
)
_WHEN = r"(?:" + _TIME + r",?\s+)?"
# The time inside a trigger, which dates it (control_event_dates.py).
TIME_INSIDE = re.compile(r"(?<=\s)" + _TIME + r"(?=,?\s+from\b)")

HOLDING_TRIGGERS: tuple[Trigger, ...] = (
    Trigger(
        "withdraw",
        "withdraw",
        "after",
        "other",
        re.compile(
            words(
                r"withdr(?:ew|awn|awing|aw)\s+(?:\w+\s+){0,2}from",
                # (a time between the verb and "from": "pulled back on Sunday from positions
                # outside X", "pulled back during the night from X")
                r"pull(?:ed|ing|s)?\s+(?:\w+\s+)?(?:out\s+of|(?:back|out)\s+" + _WHEN + r"from)",
                # "pulled their fighters out of X", "pulled most of its units back from X": the
                # side's own men between the verb and its particle
                r"pull(?:ed|ing|s)?\s+(?:(?:all|most|some|many|the\s+last)\s+of\s+)?"
                r"(?:its|their|his|our|the)\s+(?:[\w'’-]+\s+){0,2}?(?:forces|troops|fighters|"
                r"units|men|soldiers|garrisons?|personnel|brigades?|battalions?)\s+"
                r"(?:out\s+of|back\s+from|out\s+from)",
                r"retreat(?:ed|ing|s)?\s+" + _WHEN + r"from",
                r"f(?:[ae]ll(?:s|ing)?|allen)\s+back\s+" + _WHEN + r"from",
                # "units had moved to new lines west of A and B", "pulled back to more
                # favourable positions behind X": a withdrawal told as a move to new lines
                r"(?:moved|mov(?:es|ing)|withdr(?:ew|awn)|pulled\s+back|fell\s+back|retreated)\s+"
                r"to\s+(?:new|more\s+favou?rable|prepared|defensive|rear)\s+(?:lines|positions)\s+"
                r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of|behind)",
                r"slip(?:ped|ping|s)?\s+out\s+of",
                r"abandon(?:ed|ing|s)?",
                r"fled",
                # "made a tactical withdrawal from X", "the withdrawal of its forces from X"
                r"withdrawal\s+(?:of\s+(?:[\w'’-]+\s+){1,3})?from",
                # "We left X", "our fighters left X": a side leaving, not people passing through
                # (the trigger starts after the subject, the doer: "Russian troops had left X")
                r"(?:(?<=[Ww]e\s)|(?<=forces\s)|(?<=fighters\s)|(?<=troops\s)|(?<=soldiers\s)|"
                r"(?<=units\s)|(?<=men\s))(?:had\s+|have\s+)?left",
                # "the army had also left its positions in A and B": a side leaving its own posts
                # (not "left its garrisons in X isolated": what a loss left them)
                r"left(?=\s+(?:its|their|our|his)\s+(?:[\w'’-]+\s+)?(?:positions|posts|bases|"
                r"trenches|garrisons?|barracks)\s+(?:in|at|around|near|outside)\b)"
                r"(?![^.;]{0,80}?\b(?:isolated|exposed|vulnerable|stranded|cut\s+off)\b)",
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
                r"pull(?:ed|s|ing)?\s+(?:out|back)(?!\s+(?:of\b|" + _WHEN + r"from\b))",
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
    # A party holding ground told in the progressive ("the army said its forces were holding X",
    # "We are holding X and the main line"): hold-verb leaves "is/are holding" to this pattern;
    # not people, talks or events held ("were holding hundreds of men at X", "is holding talks")
    Trigger(
        "holding",
        "hold",
        "after",
        "agent",
        re.compile(
            r"\b(?:is|are|was|were|am|(?<=[Ww]e)['’]re)\s+(?:now\s+)?holding\b"
            r"(?!\s+(?:out|on|off|back|up|onto|talks|meetings?|elections?|a|an|hostages|prisoners|"
            r"captives|hundreds|dozens|thousands|scores|people|civilians|him|her|them|us|you|"
            r"\d[\d,]*)\b)"
        ),
    ),
    # Fighters told defending a place hold it ("Ukrainian units defending X are fighting to keep
    # the roads open", "security forces are defending X", "Azerbaijani defenders of X were
    # fighting street by street"): the doer holds what follows; not a party defending itself,
    # a decision, a record or people ("defending Serbian villages" names no place); "the
    # defenders of X" names no side
    Trigger(
        "defending",
        "hold",
        "after",
        "agent",
        re.compile(
            r"\b(?:(?<![Ss]elf-)defending|(?<![Tt]he\s)[Dd]efenders\s+of)\s+"
            r"(?=(?:the\s+(?:walled\s+)?(?:town|city|village|capital)\s+of\s+)?[A-Z])"
        ),
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
            r"(?:are|were)\s+(?:still\s+at|back\s+in)|"  # "are still at X", "are back in X"
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
    # "troops in X had beaten back two attacks overnight", "the garrison in X had beaten off the
    # attack there": the defenders the sentence places in X hold it (control.py reads the place
    # only after such a subject, DEFENDERS_IN)
    Trigger(
        "repel-here",
        "hold",
        "before",
        "agent",
        re.compile(
            words(
                r"(?:(?:had|have|has)\s+)?(?:also\s+)?(?:repell?ed|repulsed|fought\s+off|"
                r"beat(?:en)?\s+(?:back|off)|thr(?:ew|own)\s+back|held\s+off)\s+"
                r"(?:an?\s+|the\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:counter-?)?attacks?|"
                r"assaults?|offensives?|advances?|incursions?|raids?|probes?)"
            )
            + r"(?!\s+(?:by\s+(?:[\w'’()-]+\s+){1,8}?)?(?:on|against|near|around|in|at)\b)"
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
    # "the ministry said the town remained under its control", "the rebels said X was still in
    # their hands": in reported speech the possessive is the speaker's, who holds what the
    # clause's subject names (in a quote it is the enemy's: control_doers.sides_of)
    Trigger(
        "in-own-hands",
        "hold",
        "subject",
        "speaker",
        re.compile(
            r"\b(?:in|under)\s+(?=(?:its|their)\s+(?:own\s+)?(?:full\s+|total\s+|complete\s+|"
            r"firm\s+)?(?:hands|control)\b)"
        ),
        kind="claimed",
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
