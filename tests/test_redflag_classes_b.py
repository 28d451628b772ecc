"""The second red team's classes of missed emergency wording, and of over-read harmless wording.

The red team's texts are held out (never read); every case here is a new phrasing written for
a class in its summary (docs/safety.md, hazard log rows RT11-): the parser must read (or must
not read) the finding, and the whole assessment must reach (or stay under) a triage level.
One test id per case.
"""

from __future__ import annotations

import pytest

from _phrasing import phrasing_tests
from twitchcheck._parse import parse

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    (
        "facial-droop-dads-face-went-slanty",
        "my dad's face went all slanty at dinner",
        "facial_droop",
    ),
    ("facial-droop-smile-wonky-since-woke", "her smile is wonky since she woke up", "facial_droop"),
    (
        "facial-droop-corner-mouth-hanging-d",
        "the corner of his mouth is hanging down on the left",
        "facial_droop",
    ),
    (
        "facial-droop-mouth-corner-fall-down",
        "my mouth corner is fall down since morning",
        "facial_droop",
    ),
    (
        "facial-droop-half-face-looks-like-m",
        "half of her face looks like it melted",
        "facial_droop",
    ),
    ("facial-droop-face-slipped-side", "his face has slipped on one side", "facial_droop"),
    (
        "one-sided-limb-left-feels-like-belong",
        "my left arm feels like it belongs to somebody else",
        "one_sided_limb_weakness",
    ),
    (
        "one-sided-limb-couldnt-buttons-this-m",
        "I couldn't do up my buttons this morning, my hand is all clumsy",
        "one_sided_limb_weakness",
    ),
    (
        "one-sided-limb-went-floppy-like-noodl",
        "his arm went floppy like a noodle",
        "one_sided_limb_weakness",
    ),
    (
        "one-sided-limb-cant-hold-spoon-keeps",
        "she can't hold her spoon, it keeps falling",
        "one_sided_limb_weakness",
    ),
    (
        "one-sided-limb-right-just-hanging-lim",
        "my right arm is just hanging limp",
        "one_sided_limb_weakness",
    ),
    (
        "one-sided-limb-just-gave-under-wont-m",
        "my leg just gave way under me and won't move",
        "one_sided_limb_weakness",
    ),
    (
        "sudden-speech-voice-thick-slow-like",
        "his voice is all thick and slow, like he has a mouth full of marbles",
        "sudden_speech_difficulty",
    ),
    (
        "sudden-speech-words-came-wrong-when",
        "the words came out all wrong when I tried to talk",
        "sudden_speech_difficulty",
    ),
    (
        "sudden-speech-shes-talking-like-shes",
        "she's talking like she's drunk but she hasn't had a drop",
        "sudden_speech_difficulty",
    ),
    (
        "sudden-speech-couldnt-words-lunch",
        "mum couldn't get her words out at lunch",
        "sudden_speech_difficulty",
    ),
    ("sudden-speech-slurring-dinner", "he was slurring at dinner", "sudden_speech_difficulty"),
    (
        "sudden-vision-cant-things-left-side",
        "I can't see things on my left side since an hour",
        "sudden_vision_loss",
    ),
    (
        "sudden-vision-half-what-look-missing",
        "half of what I look at is missing",
        "sudden_vision_loss",
    ),
    (
        "sudden-vision-like-curtain-over-minu",
        "it was like a curtain over my eye for a few minutes",
        "sudden_vision_loss",
    ),
    ("sudden-vision-suddenly-went-blind", "I suddenly went blind in one eye", "sudden_vision_loss"),
    (
        "one-sided-numb-cant-feel-left-side",
        "I can't feel my left side at all",
        "one_sided_numbness",
    ),
    (
        "one-sided-numb-half-face-feels-frozen",
        "half my face feels frozen like at the dentist",
        "one_sided_numbness",
    ),
    (
        "one-sided-numb-whole-right-side-gone",
        "my whole right side has gone dead",
        "one_sided_numbness",
    ),
    (
        "one-sided-numb-feeling-down-left-side",
        "no feeling down the left side of my body",
        "one_sided_numbness",
    ),
    (
        "sudden-severe-nowhere-headache-like",
        "out of nowhere a headache like a thunderclap",
        "sudden_severe_headache",
    ),
    (
        "sudden-severe-pain-went-from-nothing",
        "the pain went from nothing to full strength in a second",
        "sudden_severe_headache",
    ),
    (
        "sudden-severe-felt-like-something-ex",
        "felt like something exploded in my head",
        "sudden_severe_headache",
    ),
    (
        "sudden-severe-like-being-with-hammer",
        "it's like being hit with a hammer on the back of the head",
        "sudden_severe_headache",
    ),
    (
        "sudden-severe-worst-ever-headache-ca",
        "worst ever headache, came in one second",
        "sudden_severe_headache",
    ),
    (
        "sudden-severe-rarely-headaches-this",
        "I rarely get headaches but this is the worst headache ever",
        "sudden_severe_headache",
    ),
    (
        "sudden-severe-headache-person-never",
        "I'm not a headache person, never had a headache like this",
        "sudden_severe_headache",
    ),
    (
        "sudden-severe-lifting-heavy-pain-bac",
        "I was lifting a heavy box and the pain hit the back of my head like a bang",
        "sudden_severe_headache",
    ),
    (
        "seizure-husband-fell-floor-sha",
        "my husband fell to the floor shaking and didn't answer me",
        "seizure",
    ),
    (
        "seizure-eyes-rolled-back-head",
        "his eyes rolled back in his head and he went floppy",
        "seizure",
    ),
    ("seizure-herself-confused-after", "she wet herself and was confused after", "seizure"),
    ("seizure-tongue-very-sleepy-aft", "he bit his tongue and was very sleepy after", "seizure"),
    ("seizure-shaking-sofa", "she had a shaking fit on the sofa", "seizure"),
    ("seizure-shaking-episode-class", "my son had a shaking episode in class", "seizure"),
    (
        "confusion-afterwards-wasnt-himse",
        "afterwards he wasn't himself and was very sleepy",
        "confusion",
    ),
    (
        "rhythmic-jerki-jerks-like-clockwork-e",
        "the jerks are like clockwork, every second",
        "rhythmic_jerking",
    ),
    (
        "rhythmic-jerki-jerks-come-clusters-ev",
        "the jerks come in clusters every few minutes",
        "rhythmic_jerking",
    ),
    (
        "rhythmic-jerki-face-hand-jerking-toge",
        "my face and hand are jerking together",
        "rhythmic_jerking",
    ),
    (
        "rhythmic-jerki-fingers-jerk-same-time",
        "my fingers jerk at the same time as my cheek",
        "rhythmic_jerking",
    ),
    (
        "movements-not-held-kept-going",
        "we held her leg and it kept going",
        "movements_not_stopped_by_holding",
    ),
    (
        "movements-not-carried-when-held",
        "it carried on when we held his arm",
        "movements_not_stopped_by_holding",
    ),
    (
        "seizure-babys-eyes-went-side-s",
        "my baby's eyes went to one side and stayed there",
        "seizure",
    ),
    (
        "oral-automatis-baby-smacking-with-lip",
        "the baby is smacking with his lips over and over",
        "oral_automatisms",
    ),
    (
        "impaired-aware-during-doesnt-look",
        "she doesn't look at me during the jerking",
        "impaired_awareness",
    ),
    (
        "dystonic-spasm-neck-turned-hard-right",
        "his neck is turned hard to the right and he can't straighten it",
        "dystonic_spasm",
    ),
    ("dystonic-spasm-clamping-shut", "my jaw is clamping shut on its own", "dystonic_spasm"),
    (
        "dystonic-spasm-tongue-keeps-pushing-m",
        "my tongue keeps pushing out of my mouth",
        "dystonic_spasm",
    ),
    (
        "airway-comprom-throat-closing-hardly",
        "her throat is closing up, she can hardly breathe",
        "airway_compromise",
    ),
    (
        "airway-comprom-cant-swallow-spit-droo",
        "he can't swallow his spit and is drooling",
        "airway_compromise",
    ),
    (
        "airway-comprom-high-pitched-noise-whe",
        "high pitched noise when breathing in",
        "airway_compromise",
    ),
    (
        "airway-comprom-breathing-sounds-gurgl",
        "his breathing sounds gurgly and bubbly",
        "airway_compromise",
    ),
    (
        "hand-foot-spas-fingers-locked-bent-wo",
        "my fingers are locked and bent and won't straighten",
        "hand_foot_spasm",
    ),
    (
        "hand-foot-spas-both-hands-have-gone-i",
        "both hands have gone into spasm like claws",
        "hand_foot_spasm",
    ),
    ("med-diuretic-been-lansoprazole-year", "I've been on lansoprazole for years", "med_diuretic"),
    ("med-diuretic-take-water-tablet-ever", "I take a water tablet every morning", "med_diuretic"),
    (
        "nicotine-liqui-toddler-drank-from-vap",
        "my toddler drank from the vape refill bottle",
        "nicotine_liquid_swallowed",
    ),
    (
        "nicotine-liqui-drink-some-eliquid-mis",
        "he drink some e-liquid by mistake",
        "nicotine_liquid_swallowed",
    ),
    ("nicotine-liqui-chewed-vape", "my son chewed a vape pod", "nicotine_liquid_swallowed"),
    (
        "twitching-else-legs-keep-jumping-sert",
        "my legs keep jumping on sertraline",
        "twitching_elsewhere",
    ),
    (
        "stimulant-drug-took-friends-adderall",
        "I took my friend's adderall to study",
        "stimulant_drugs",
    ),
    (
        "stimulant-drug-been-days-something-fe",
        "I've been up for days on something at a festival",
        "stimulant_drugs",
    ),
    ("stimulant-drug-took-much-ritalin", "took too much ritalin", "stimulant_drugs"),
    (
        "choking-choked-piece-meat-coul",
        "my dad choked on a piece of meat and couldn't cough it out",
        "choking",
    ),
    ("choking-choked-food-twice-dinn", "she choked on her food twice at dinner", "choking"),
    (
        "choking-food-stuck-throat-coul",
        "food stuck in his throat and he couldn't cough it up",
        "choking",
    ),
    (
        "both-sides-fac-both-sides-face-weak-f",
        "both sides of my face are weak and floppy",
        "both_sides_face_weakness",
    ),
    ("both-sides-fac-cant-close-either", "she can't close either eye", "both_sides_face_weakness"),
    (
        "both-sides-fac-face-flat-both-sides-c",
        "my face is flat on both sides and I can't smile",
        "both_sides_face_weakness",
    ),
    (
        "pregnancy-late-pregnant-weeks-headach",
        "pregnant 34 weeks and bad headache",
        "pregnancy_late",
    ),
    (
        "pregnancy-late-wife-weeks-twitches",
        "my wife is 36 weeks and her lip twitches",
        "pregnancy_late",
    ),
    (
        "pregnancy-late-weeks-partner-pounding",
        "38 weeks, my partner has a pounding headache",
        "pregnancy_late",
    ),
    (
        "pregnancy-late-were-weeks-spots-visio",
        "we're 32 weeks and she has spots in her vision",
        "pregnancy_late",
    ),
    (
        "hallucinations-hears-people-talking-w",
        "he hears people talking when nobody is there",
        "hallucinations",
    ),
    (
        "hallucinations-sees-animals-that-aren",
        "she sees animals that aren't there",
        "hallucinations",
    ),
    (
        "hallucinations-keeps-brushing-bugs-ar",
        "he keeps brushing bugs off his arms",
        "hallucinations",
    ),
    (
        "hallucinations-says-there-spiders-ski",
        "she says there are spiders on her skin",
        "hallucinations",
    ),
    (
        "previous-withd-last-time-stopped-drin",
        "last time he stopped drinking he had a fit",
        "previous_withdrawal_seizures",
    ),
    (
        "previous-withd-last-time-stopped",
        "he had the DTs last time he stopped",
        "previous_withdrawal_seizures",
    ),
    ("confusion-doesnt-know", "he doesn't know who I am", "confusion"),
    ("confusion-found-wandering-street", "mum was found wandering the street", "confusion"),
    ("confusion-keeps-putting-keys-fri", "she keeps putting her keys in the fridge", "confusion"),
    ("confusion-doesnt-know-what-year", "he doesn't know what year it is", "confusion"),
    ("fresh-leg-not-mine", "my leg feels like it's not mine", "one_sided_limb_weakness"),
    ("fresh-dropping-cup", "I keep dropping my cup from my left hand", "one_sided_limb_weakness"),
    ("fresh-garbled", "she sounds odd when she talks, all garbled", "sudden_speech_difficulty"),
    (
        "fresh-talking-mixed",
        "his talking is all mixed up since this morning",
        "sudden_speech_difficulty",
    ),
    (
        "fresh-explosion",
        "a sudden explosion of pain in the back of my head",
        "sudden_severe_headache",
    ),
    (
        "fresh-worst-in-head",
        "the worst pain in my head I've ever had, came in seconds",
        "sudden_severe_headache",
    ),
    ("fresh-fell-twitching", "he fell down and was twitching all over, didn't respond", "seizure"),
    ("fresh-squeaky-in", "she's making a high squeaky noise breathing in", "airway_compromise"),
    ("fresh-choking-apple", "she is choking on a bit of apple", "choking"),
    ("fresh-choked-sweet", "he choked on a sweet and went blue", "choking"),
    (
        "fresh-eyes-flicking",
        "my baby's eyes keep flicking to the left with the twitching",
        "seizure",
    ),
    (
        "fresh-bathroom-floor",
        "she was shaking on the bathroom floor and couldn't hear me",
        "seizure",
    ),
    ("fresh-blackout-shaking", "he had a blackout and was shaking", "seizure"),
    ("fresh-swatting", "he's swatting at bugs that aren't there", "hallucinations"),
    (
        "fresh-not-knowing",
        "he's been wandering around at night not knowing where he is",
        "confusion",
    ),
    ("fresh-lost-driving", "she got lost driving to her own house", "confusion"),
    (
        "fresh-anaesthetised",
        "my left side feels like it's been anaesthetised",
        "one_sided_numbness",
    ),
    ("fresh-body-no-feeling", "the right side of my body has no feeling", "one_sided_numbness"),
    (
        "fresh-grip-kettle",
        "I couldn't grip the kettle with my right hand",
        "one_sided_limb_weakness",
    ),
    ("fresh-half-disappeared", "the left half of everything disappeared", "sudden_vision_loss"),
    ("fresh-choking-breathe", "he's choking and can't breathe, something stuck", "choking"),
]

# (id, text, finding): the parser must NOT read the finding as present.
MUST_NOT_MATCH = [
    (
        "recent-head-in-lifting-heavy-pain-bac",
        "I was lifting a heavy box and the pain hit the back of my head like a bang",
        "recent_head_injury",
    ),
    ("seizure-boss-will-have-late-ag", "my boss will have a fit if I'm late again", "seizure"),
    ("seizure-would-have-knew", "my dad would have a fit if he knew", "seizure"),
    ("seizure-threw-when-said", "she threw a fit when I said no", "seizure"),
    (
        "one-sided-limb-spasm-pulls-whole-side",
        "the spasm pulls the whole side of my face, no weakness",
        "one_sided_limb_weakness",
    ),
    (
        "facial-droop-baby-startles-when-she",
        "my baby startles when she's dropping off",
        "facial_droop",
    ),
    (
        "seizure-babys-arms-jerk-when-s",
        "my baby's arms jerk when she's falling asleep, it stops when I touch her",
        "seizure",
    ),
    (
        "movements-not-chin-trembles-stops-ho",
        "his chin trembles but stops if I hold it",
        "movements_not_stopped_by_holding",
    ),
    (
        "movements-not-quiver-stops-straight",
        "the quiver stops straight away when I hold her",
        "movements_not_stopped_by_holding",
    ),
    (
        "breathless-breath-after-running-s",
        "out of breath after running up the stairs, fine now",
        "breathless",
    ),
    ("breathless-breath", "I ran for the bus and was out of breath", "breathless"),
    ("seizure-febrile-when-never-sin", "I had a febrile fit when I was 3, never since", "seizure"),
    ("seizure-seizure-with-fever-sin", "one seizure at age 2 with a fever, not since", "seizure"),
    ("overheating-sweaty", "I get hot and sweaty at the gym", "overheating"),
    ("dizziness-spin-class-three-times", "I go to spin class three times a week", "dizziness"),
    (
        "seizure-been-googling-strokes",
        "I've been googling strokes, seizures and tumours all night",
        "seizure",
    ),
    (
        "known-ms-read-about-online-eyel",
        "I've read about MS and ALS online, my eyelid twitches",
        "known_ms",
    ),
    (
        "seizure-read-every-thread-foru",
        "read every thread on the forum about seizures and ALS",
        "seizure",
    ),
    (
        "stimulant-drug-took-something-headach",
        "I took something for my headache",
        "stimulant_drugs",
    ),
    ("choking-choked-wedding", "I choked up at the wedding", "choking"),
    (
        "hallucinations-picked-skin-when-anxio",
        "I picked at my skin when I'm anxious",
        "hallucinations",
    ),
    (
        "confusion-phone-fridge-once-acci",
        "I put my phone in the fridge once by accident",
        "confusion",
    ),
    (
        "pregnancy-twitched-weeks-partner",
        "my lip has twitched for 6 weeks and my partner is worried",
        "pregnancy",
    ),
    (
        "pregnancy-late-pregnant-weeks-twitchi",
        "I'm pregnant, 12 weeks, lip twitching",
        "pregnancy_late",
    ),
    (
        "sudden-severe-headache-last-week-gon",
        "I had a headache last week, it's gone now",
        "sudden_severe_headache",
    ),
    (
        "airway-comprom-babys-breathing-sounds",
        "my baby's breathing sounds a bit snuffly with a cold",
        "airway_compromise",
    ),
    (
        "rhythmic-jerki-eyelid-twitches-cluste",
        "my eyelid twitches in clusters before exams",
        "rhythmic_jerking",
    ),
    ("fresh-stairs", "I get out of breath climbing the stairs at work", "breathless"),
    (
        "fresh-stops-hand",
        "her lip quivers but it stops when I hold her hand",
        "movements_not_stopped_by_holding",
    ),
    ("fresh-dropping-sofa", "I'm dropping off to sleep on the sofa", "facial_droop"),
    ("fresh-confused-about", "I'm confused about what the doctor said", "confusion"),
    (
        "breathless-panic",
        "I get short of breath when I panic before exams, it passes quickly",
        "breathless",
    ),
    ("tetany-writing", "my hand cramps after writing all afternoon", "hand_foot_spasm"),
    (
        "seizure-forum-googling",
        "I've been googling seizures and brain tumours for a week",
        "seizure",
    ),
]

# (id, text, level): the whole assessment must be at least this urgent.
AT_LEAST = [
    (
        "t-slanty-wonky",
        "my lip was twitching and then my dad's face went all slanty, his smile is wonky",
        "emergency_ambulance",
    ),
    (
        "t-arm-someone-elses",
        "lip twitching, then my arm felt like it belonged to somebody else"
        " and I couldn't do up my buttons",
        "emergency_ambulance",
    ),
    (
        "t-speech-drunk",
        "my husband's lip twitched and now he is talking like he's drunk, words"
        " coming out all wrong",
        "emergency_ambulance",
    ),
    (
        "t-half-field",
        "my lip twitches and suddenly I can't see things on my left side",
        "emergency_ambulance",
    ),
    ("t-no-feeling-side", "lip twitching and no feeling down my right side", "emergency_ambulance"),
    (
        "t-thunderclap",
        "my lip twitches and I have the worst ever headache, came on in one second"
        " like a thunderclap",
        "emergency_ambulance",
    ),
    (
        "t-lifting-bang",
        "I'm not a headache person but I was lifting a heavy box and the pain hit"
        " the back of my head like a bang, my lip is twitching",
        "emergency_ambulance",
    ),
    (
        "t-witness-floor",
        "my wife's lip was twitching then she fell to the floor shaking and wet herself",
        "emergency_ambulance",
    ),
    (
        "t-witness-turn",
        "he had some kind of turn, jerking and not answering, now very sleepy. his"
        " lip twitched before",
        "emergency_ambulance",
    ),
    (
        "t-clockwork-fingers",
        "the twitching in my face goes like clockwork and now my fingers jerk with it",
        "emergency",
    ),
    (
        "t-infant-eyes-smacking",
        "my 4 month old baby's lip twitches, her eyes go to one side and"
        " she is smacking with her lips",
        "emergency",
    ),
    ("t-infant-held", "my baby's lip twitches and it kept going when we held her leg", "emergency"),
    (
        "t-neck-haloperidol",
        "on haloperidol, my neck is turned hard to the left and I can't"
        " straighten it, lip twitching",
        "emergency",
    ),
    (
        "t-throat-spit",
        "my lip twitches and my throat feels like it's clamping shut, I can barely swallow my spit",
        "emergency_ambulance",
    ),
    (
        "t-tetany-thyroid",
        "I had my thyroid out last month, lip twitching and my hands have gone"
        " into spasm, fingers bent and won't straighten",
        "emergency",
    ),
    (
        "t-vape-refill",
        "my toddler drank from the vape refill bottle and his lip is twitching",
        "emergency_ambulance",
    ),
    (
        "t-serotonin-shivering",
        "I'm on sertraline, I'm agitated, shivering and my legs keep jumping, lip twitching",
        "emergency",
    ),
    (
        "t-choked-meat",
        "my dad's lip twitches and he choked on a piece of meat and couldn't cough it out",
        "emergency",
    ),
    (
        "t-both-sides-flat",
        "my whole face is flat on both sides and I can't close either eye, lip twitching",
        "emergency",
    ),
    ("t-preg-word-order", "pregnant 35 weeks and my lip twitches with a bad headache", "emergency"),
    (
        "t-preg-partner-first",
        "37 weeks and my partner has a pounding headache and her lip twitches",
        "emergency",
    ),
    (
        "t-withdrawal-voices",
        "he stopped drinking 2 days ago, his lip twitches, he hears people"
        " talking when nobody is there",
        "emergency",
    ),
    (
        "t-withdrawal-last-time",
        "he stopped drinking yesterday and last time he stopped he had a fit, lip twitching",
        "emergency",
    ),
    (
        "t-confused-fridge",
        "my dad's lip twitches and he's confused, keeps putting his shoes in the fridge",
        "emergency",
    ),
    (
        "t-breathless-rest-panic",
        "lip twitching and I'm short of breath even sitting still, I'm panicking",
        "emergency",
    ),
    (
        "t-bathroom-floor",
        "my lip twitched and then she was shaking on the bathroom floor and couldn't hear me",
        "emergency_ambulance",
    ),
    (
        "t-halluc-garden",
        "my mum's lip twitches and she sees children in the garden who aren't there",
        "emergency",
    ),
]

# (id, text, level): the whole assessment must be at most this urgent.
AT_MOST = [
    (
        "c-idiom-fit",
        "my eyelid twitches, my mum's going to have a fit when she sees it",
        "consultation_24",
    ),
    (
        "c-whole-side-no-weakness",
        "my lip twitch pulls the whole side of my face for a second. No weakness",
        "consultation_24",
    ),
    (
        "c-sleep-start-touch",
        "my 2 month old's arms jerk when she's dropping off to sleep, it stops if I touch her",
        "consultation_24",
    ),
    (
        "c-newborn-held",
        "my newborn's chin quivers when she cries, it stops straight away when I hold her",
        "consultation_24",
    ),
    (
        "c-bus-breath",
        "my eyelid twitches. I ran for the bus and was out of breath for a minute",
        "consultation_24",
    ),
    (
        "c-febrile-never-since",
        "my lip twitches. I had one febrile seizure when I was 2, never since",
        "consultation_24",
    ),
    (
        "c-spin-class",
        "my eye twitches and I get really hot and sweaty in spin class",
        "consultation_24",
    ),
    (
        "c-forum-list",
        "my eyelid has twitched for 3 weeks. I've read every thread about strokes,"
        " seizures, ALS, MS and now I'm terrified",
        "consultation_24",
    ),
    (
        "c-panic-breath",
        "my eyelid flickers and I'm short of breath when I panic, but I'm fine at rest",
        "consultation_24",
    ),
    (
        "c-writers-cramp",
        "my lip twitches and my hands cramp after writing for hours",
        "consultation_24",
    ),
]


(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("I had one febrile seizure when I was 2, never since", None),
        ("a fit at age 4 and not once since", None),
        ("I had a fit when I was 3 and I've had them ever since", "present"),
        ("my lip twitch started when I was 7 and hasn't stopped since", None),
    ],
    ids=["never-since", "not-once-since", "ever-since", "twitch-started"],
)
def test_a_denied_since_keeps_a_childhood_fit_in_the_past(text: str, state: str | None) -> None:
    """ "never since" / "not once since" say the fit did NOT go on: the HISTORICAL age stands;
    "ever since" still makes it ongoing."""
    assert parse(text).state("seizure") == state


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("pregnant 35 weeks and headache", 35),
        ("my wife is 36 weeks and has a headache", 36),
        ("37 weeks and my partner has a bad headache", 37),
        ("we're 32 weeks now", 32),
    ],
    ids=["word-order", "wife-is", "opens-with-weeks", "were"],
)
def test_gestation_in_other_word_orders(text: str, weeks: int) -> None:
    p = parse(text)
    assert p.quantities["gestation_weeks"] == weeks
    assert p.state("pregnancy_late") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my lip has twitched for 6 weeks and my partner is worried",
        "I've had this for 5 weeks and my wife thinks it's stress",
        "my baby is 6 weeks old and my partner says she twitches",
        "she's 6 weeks and her lip quivers",
    ],
    ids=["twitch-weeks-partner", "weeks-wife-thinks", "baby-weeks-old", "shes-6-weeks"],
)
def test_a_duration_in_weeks_is_no_gestation(text: str) -> None:
    assert "gestation_weeks" not in parse(text).quantities
