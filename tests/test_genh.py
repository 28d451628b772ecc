"""Classes of reading errors fixed in issue 13's round 7, with the hold part of
tests/data/cases_g as tuning data (branch `genh`). Every phrasing here is written for the
test, not taken from a case; the classes are listed in docs/parsing.md, "Issue 13, round 7"."""

from __future__ import annotations

from _phrasing import phrasing_tests

MUST_MATCH = [
    # "not" and a verb in -ing denies that act only: the signs listed after it are present
    ("not-talking-drooling", "he is stiff, not talking, drooling and sweating buckets", "drooling"),
    ("not-eating-sweating", "my dad's not eating, sweating a lot, and his lip jumps", "sweating"),
    ("not-sleeping-sweating", "he's not sleeping, sweating at night and twitchy", "sweating"),
    (
        "not-making-sense-drooling",
        "grandad's not making any sense, drooling and his mouth twitching",
        "drooling",
    ),
    # one side of the mouth that will not lift or move is the droop told by what it fails to do
    ("cant-lift-lip", "I can't lift the right side of my lip since the accident", "facial_droop"),
    ("lip-wont-move", "her top lip won't move properly on the left", "facial_droop"),
    ("mouth-side-doesnt-move", "the side of his mouth doesn't move when he grins", "facial_droop"),
    # an operation on the salivary gland in front of the ear is surgery near the facial nerve
    ("salivary-op", "I had a salivary gland operation in the spring", "facial_injury_or_palsy"),
    (
        "lump-front-ear",
        "they took a lump out, a lump removed in front of my ear",
        "facial_injury_or_palsy",
    ),
    # texting: "tho" ends a denial's reach, "nic" is nicotine
    ("tho-ends-denial", "no headache tho the left side of my face is drooping", "facial_droop"),
    ("altho-ends-denial", "no pain altho my speech is slurred now", "sudden_speech_difficulty"),
    ("nic-pouch", "started using nic pouches at work, top lip flickers", "nicotine_use"),
    ("nic-vape", "my nic vape is 20mg", "nicotine_use"),
    # "AF" said as a heart rhythm stays
    ("has-af", "I have AF and take a blood thinner", "vascular_risk"),
    # repeated playground or animal noises are vocal tics
    ("whooping-noises", "he makes whooping noises in class and his mouth twitches", "vocal_tics"),
    ("hooting-noises", "she keeps making hooting noises, can't help it", "vocal_tics"),
    ("blurts-words", "he blurts out words and grimaces", "vocal_tics"),
    # the simile and near-faint checks keep the real thing
    ("body-on-fire", "his whole body feels like it's on fire, he's sweating", "overheating"),
    ("burning-hot", "she's burning hot to touch and confused", "overheating"),
    ("sees-people", "mum keeps seeing people in the room that aren't there", "hallucinations"),
    ("nearly-passed-out", "my heart raced and I nearly passed out at the till", "fainting"),
    ("fainted-hit-head", "he fainted and might have banged his head", "fainting"),
    # more than two weeks is more than two weeks: "a few weeks" and 15 days are
    ("few-weeks", "my chin and lip have flickered for a few weeks", "duration_over_two_weeks"),
    ("fifteen-days", "the twitch has gone on for 15 days now", "duration_over_two_weeks"),
    # a droop said with "both sides" in any word order is weakness of both sides of the face
    ("face-both-sides-weak", "his face both sides is gone weak", "both_sides_face_weakness"),
    (
        "mouth-droops-both",
        "her mouth droops both sides since yesterday",
        "both_sides_face_weakness",
    ),
    ("smile-both-sides", "I cannot smile both sides and my lip jumps", "both_sides_face_weakness"),
    # a household with headaches together is a possible carbon monoxide exposure
    ("all-headaches", "the four of us all have bad headaches today", "carbon_monoxide_exposure"),
    (
        "all-of-us-headaches",
        "all of us have had headaches since the heating went on",
        "carbon_monoxide_exposure",
    ),
    # the checks below keep the real thing
    ("gp-put-me-on", "the GP put me on a new tablet last week", "med_recent_change"),
    ("shaking-floor", "he's shaking on the floor and won't answer", "seizure"),
    ("held-jerks-on", "when I hold her arm it still jerks", "movements_not_stopped_by_holding"),
    ("vape-pods", "I vape, about two pods a day", "nicotine_use"),
    ("suddenly-slurred", "his speech has suddenly become slurred", "sudden_speech_difficulty"),
    # the first days of not drinking counted in words
    ("day-one-sober", "Day one sober and my hands are shaking", "alcohol_stopped"),
    ("first-day-sober", "it's my first day sober after a long binge", "alcohol_stopped"),
    # slurring said to have come on over time is the progressive change
    ("become-slurred", "over the year her speech has become slurred", "progressive_speech_change"),
    ("more-slurred", "his words are getting more slurred", "progressive_speech_change"),
    # a date named by a past season is history only in its own clause
    ("since-last-summer", "my face has drooped on one side since last summer", "facial_droop"),
    # decongestants in cold remedies are medicines that can make one shaky
    ("sudafed", "been on Sudafed for my blocked nose all week", "med_tremor_causing"),
    ("decongestant", "she took a decongestant for three days", "med_tremor_causing"),
    # a water tablet named with what it is for is still the water tablet
    ("water-tablet-bp", "on a water tablet for my blood pressure", "med_diuretic"),
    ("water-tablet-bp-risk", "on a water tablet for my blood pressure", "vascular_risk"),
    # numb feet told as cotton wool
    ("cotton-wool", "both feet feel wrapped in cotton wool", "tingling_hands_feet"),
    # cramps named with the calves beat a list comma before them
    ("calf-cramps-after-list", "my chin and toes twitch, cramps in my calves", "muscle_cramps"),
    # moved to tears or giving a speech is the emotional setting
    ("choked-up-emotion", "I got all choked up at the funeral and my lip shook", "with_emotion"),
    ("welling-up", "every time I'm welling up my chin quivers", "with_emotion"),
    ("wedding-speech", "during the wedding speech my top lip went mad", "with_emotion"),
]

MUST_NOT_MATCH = [
    # a burning or numbness told by a simile of a body part is no fever and no hallucination
    ("toes-on-fire", "at night my toes feel like they're on fire", "overheating"),
    ("feet-on-fire", "my feet burn in bed like they're on fire", "overheating"),
    ("gloves-not-there", "numb hands, like wearing gloves that aren't there", "hallucinations"),
    ("socks-not-there", "it feels as if wearing socks that aren't there", "hallucinations"),
    # feeling one might faint is feeling faint, not a faint
    ("might-faint", "shaky and sweaty, I feel like I might faint", "fainting"),
    ("going-to-pass-out", "felt as if I was going to pass out in the shower", "fainting"),
    # texting's "af" after a feeling is an intensifier, not atrial fibrillation
    ("stressed-af", "stressed af about exams, lip twitchy", "vascular_risk"),
    ("tired-af", "tired af n my top lip keeps going", "vascular_risk"),
    ("hungover-af", "hungover af today and my lip flickers", "vascular_risk"),
    # a noise heard is no noise made, and help is not a yelp
    ("owl-hooting", "an owl kept hooting all night and now my lip twitches", "vocal_tics"),
    ("helping", "the tablets are helping and my lips are less twitchy", "vocal_tics"),
    # a plain denial over a list still denies every item
    ("no-drool-sweat", "no drooling, sweating or fever, just the lip twitch", "drooling"),
    ("not-drooling-or-sweating", "he is not drooling or sweating at all", "sweating"),
    # without a comma after the act the denial reaches on as before
    (
        "not-drinking-more-coffee",
        "I'm not drinking any more coffee than I used to",
        "caffeine_heavy",
    ),
    ("isnt-making-noises", "she isn't making any noises or clearing her throat", "vocal_tics"),
    # a lip that moves normally is no droop
    ("lip-moves-fine", "my lip moves fine when I smile, it only flickers", "facial_droop"),
    # a droop on one side stays the one-sided droop
    (
        "left-droop",
        "the left side of my mouth droops, both my lips tingle",
        "both_sides_face_weakness",
    ),
    # a pet sleeping or headaches at work are no carbon monoxide
    (
        "cat-sleeping",
        "our cat is sleeping a lot in this heat, my lip twitches",
        "carbon_monoxide_exposure",
    ),
    ("headaches-at-work", "I get headaches when I'm at work", "carbon_monoxide_exposure"),
    # a shake with "on" and no going on is no fit going on
    ("shaky-on-mondays", "I get a bit shaky on Mondays after the weekend", "seizure_ongoing"),
    # the recovery position starts no medicine
    ("put-on-side", "we put her on her side and she's breathing", "med_recent_change"),
    # holding a smile or a pose is no holding of a limb
    ("hold-a-smile", "my lip trembles when I hold a smile", "movements_not_stopped_by_holding"),
    # muscles jumping are twitching muscles, not a limb jerking in a rhythm
    ("muscles-jumping", "muscles in both arms jumping since the new tablets", "rhythmic_jerking"),
    # coffee pods are no vape pods
    ("coffee-pods", "I switched to caffeinated coffee pods, my lip flutters", "nicotine_use"),
    # slurring that began suddenly stays sudden
    (
        "slurred-hour-ago",
        "his speech has become slurred in the last hour",
        "progressive_speech_change",
    ),
    # a red-flag spell dated to a past season is history, even with a word of now in another
    # clause of the sentence
    (
        "last-spring-vision",
        "last spring she had double vision that went away, and she's been tired lately",
        "sudden_vision_loss",
    ),
    (
        "last-winter-slurred",
        "last winter my speech was slurred for a day",
        "sudden_speech_difficulty",
    ),
    # a list comma between the fingers and cramps elsewhere is no spasm of the hand
    ("fingers-comma-cramps", "twitchy lips and fingers, cramps in my thighs", "hand_foot_spasm"),
    # "choked up" is no choking or swallowing trouble; "finally" is not finals
    (
        "choked-up-swallow",
        "I was choked up reading the card, lip trembling",
        "swallowing_difficulty",
    ),
    (
        "finally-not-finals",
        "I finally got round to asking about my twitchy lip",
        "high_stress",
    ),
]

AT_LEAST: list[tuple[str, str, str]] = []

AT_MOST: list[tuple[str, str, str]] = []

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)
