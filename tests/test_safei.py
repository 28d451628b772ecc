"""The eighth red team's classes (set I, now tuning data): missed emergencies and over-read
harmless wording, fixed as classes (docs/safety.md, "Round 8", rows RI1-RI18 and RIO2-RIO9).

Every text here is a new phrasing written for a class, not a line of the red team's set: the
parser must read (or must not read) the finding, and the whole assessment must reach (or stay
under) a triage level. Voices: the person, a partner, a parent, a friend, texting,
second-language English; minimised framings where the sign is really there, and near misses
that must stay unread.
"""

from __future__ import annotations

from _phrasing import assert_hazard_log_rows, phrasing_tests

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    # RI1 an overdose told by a count or a vague amount; drowsiness and breathing after it
    ("ri1-dozen", "took about a dozen of my dad's blood pressure tablets", "overdose_taken"),
    ("ri1-odd", "had twenty-odd paracetamol earlier", "overdose_taken"),
    ("ri1-necked", "she necked loads of her mum's tablets", "overdose_taken"),
    ("ri1-lot", "I took a lot of pregabalin and gabapentin with wine", "overdose_taken"),
    ("ri1-harder", "she is getting harder to wake", "hard_to_wake"),
    ("ri1-shallow", "his breathing is really slow and shallow", "slow_or_shallow_breathing"),
    # RI2 a suicide plan in the writer's own words
    ("ri2-finish", "I've decided to finish it all on Friday", "suicide_plan_or_intent"),
    ("ri2-off", "I'm going to finish myself off", "suicide_plan_or_intent"),
    (
        "ri2-not-here",
        "I've made my mind up to not be here after the weekend",
        "suicide_plan_or_intent",
    ),
    ("ri2-things", "I've sorted out who gets my things", "suicide_plan_or_intent"),
    # RI3 speech told by what comes out
    ("ri3-noises", "when I tried to talk only noises came out", "sudden_speech_difficulty"),
    ("ri3-jumbled", "her sentences were jumbled nonsense on the phone", "sudden_speech_difficulty"),
    ("ri3-obey", "my mouth won't obey when I talk", "sudden_speech_difficulty"),
    (
        "ri3-heavy",
        "his voice is heavy and the words don't come out right",
        "sudden_speech_difficulty",
    ),
    # RI4 a weak hand or arm told by what it cannot do
    ("ri4-spoon", "the spoon kept falling out of her left hand", "one_sided_limb_weakness"),
    ("ri4-sank", "mum held both arms out and the left one sank down", "one_sided_limb_weakness"),
    ("ri4-wrong-hand", "dad is eating with the wrong hand tonight", "one_sided_limb_weakness"),
    ("ri4-could-not", "she could not move her hand for five minutes", "one_sided_limb_weakness"),
    # RI5 double vision and a drunk walk in second-language words
    ("ri5-two", "all things look two since half hour", "sudden_vision_loss"),
    ("ri5-on-top", "I see one picture on top of other", "sudden_vision_loss"),
    ("ri5-drunk", "I walk like I'm drunk but I had nothing", "sudden_balance_loss"),
    # RI7 a first fit told as a story
    ("ri7-everywhere", "he was shaking everywhere on the kitchen floor", "seizure"),
    ("ri7-juddered", "she went rigid, then she juddered", "seizure"),
    ("ri7-tongue", "I woke up with blood on my tongue and aching", "seizure"),
    # RI8 a spell still going; its length told as carried on
    ("ri8-carried", "her mouth has carried on twitching without a break", "spell_still_going"),
    ("ri8-minutes", "it has gone on for 12 minutes now", "episode_5_minutes_or_more"),
    # RI9 a young baby's fit
    ("ri9-kicks", "his leg kicks in a rhythm", "rhythmic_jerking"),
    ("ri9-fixed", "her eyes are fixed and she won't look at me", "impaired_awareness"),
    # RI10 tetany in cramp words; a recent bone drip
    ("ri10-cramps", "both hands keep going into painful cramps", "hand_foot_spasm"),
    ("ri10-lock", "my fingers keep locking together", "hand_foot_spasm"),
    ("ri10-drip", "I had the yearly bone drip on Tuesday", "recent_bisphosphonate_infusion"),
    ("ri10-them", "I stopped them calcium tablets last week", "calcium_treatment_stopped"),
    # RI11 nicotine gum counted, a heater in a closed room
    ("ri11-gum", "my boy eat 3 pieces of my nicotine gum", "nicotine_liquid_swallowed"),
    (
        "ri11-heater",
        "we run a paraffin heater in the bedroom overnight",
        "carbon_monoxide_exposure",
    ),
    # RI12 the deciding sign of a severe form in lay words
    ("ri12-lucozade", "she can't manage the lucozade, keeps nodding", "hard_to_wake"),
    ("ri12-boards", "his legs are stiff as boards", "muscle_rigidity"),
    ("ri12-answering", "she's barely answering me now", "impaired_awareness"),
    # RI13 acute dystonia in simple grammar; a medicine named by its field
    ("ri13-pull", "my head pull to right by itself", "dystonic_spasm"),
    (
        "ri13-field",
        "I started new medicine for mental health on Monday",
        "dopamine_blocker_started",
    ),
    # RI14 the glass test with the spots named before
    ("ri14-rolled", "red dots, I pressed a glass on them and they stayed", "non_blanching_rash"),
    # RI15 climbing weakness after a coordinated clause; rising from a seat
    (
        "ri15-climbing",
        "both hands and feet numb, and the weakness is climbing",
        "weakness_spreading",
    ),
    ("ri15-loo", "I can't get off the loo alone any more", "both_sides_limb_weakness"),
    ("ri15-face", "my face is numb and weak on both sides", "both_sides_face_weakness"),
    # RI16 people who aren't there, told by who says so
    ("ri16-no1", "saw a kid on the stairs but my sister says theres no1", "hallucinations"),
    ("ri16-watch", "I think people are watching me from the garden", "hallucinations"),
    # RI17 a head mark after a fall
    (
        "ri17-graze",
        "nan fell in the bathroom and has a graze on her forehead",
        "recent_head_injury",
    ),
    # RI18 the stage of a pregnancy split off by a comma, or in months
    ("ri18-comma", "pregnant, 33 weeks, with a headache", "pregnancy_late"),
    ("ri18-months", "I'm expecting, about 8 months now", "pregnancy_late"),
]

# (id, text, finding): the parser must not read the finding as present.
MUST_NOT_MATCH = [
    ("ri1-a-day", "I take 12 tablets a day for my heart", "overdose_taken"),
    ("ri1-left", "my mum has 14 pills left in the packet", "overdose_taken"),
    ("ri1-two", "had 2 paracetamol for my headache", "overdose_taken"),
    ("ri1-sweets", "we ate loads of sweets at the party", "overdose_taken"),
    ("ri1-caffeine", "took about 12 of my caffeine pills to stay up", "overdose_taken"),
    ("ri10-writing", "my hands went into a cramp while writing for hours", "hand_foot_spasm"),
    (
        "ri11-chewing",
        "chewing nicotine gum to quit, about 9 pieces a day",
        "nicotine_liquid_swallowed",
    ),
    ("ri2-essay", "I'll finish it on Monday, the essay I mean", "suicide_plan_or_intent"),
    ("ri2-op", "nervous about the op but I'll go through with it", "suicide_plan_or_intent"),
    ("ri2-card", "we wrote a farewell message to my colleague", "suicide_plan_or_intent"),
    ("ri4-jar", "I couldn't grip the jar lid, my arthritis again", "one_sided_limb_weakness"),
    ("ri7-cold", "I'm shaking everywhere from the cold", "seizure"),
    ("ri7-idiom", "I bite my tongue at work and my lip twitches", "seizure"),
    ("ri9-stare", "my husband looks through me when I talk about money", "impaired_awareness"),
    ("ri9-feed", "my baby's jaw moves in a rhythm when she feeds", "rhythmic_jerking"),
    ("ri13-shop", "I can't bring it back to the shop", "dystonic_spasm"),
    ("ri18-early", "pregnant, 3 months, lip twitching", "pregnancy_late"),
    # RIO2 a relative's past stroke or epilepsy told with its signs
    (
        "rio2-aunt",
        "my aunt had a stroke in 2016, her mouth dropped and her hand went weak",
        "facial_droop",
    ),
    (
        "rio2-aunt-arm",
        "my aunt had a stroke in 2016, her mouth dropped and her hand went weak",
        "one_sided_limb_weakness",
    ),
    ("rio2-sister", "my sister has epilepsy and has fits, my lip twitches", "seizure"),
    # RIO3 the writer's own past or long-standing sign
    ("rio3-teens", "I had one fit at 14, none since and off tablets", "seizure"),
    ("rio3-birth", "my smile has been lopsided since birth", "facial_droop"),
    (
        "rio3-own-stroke",
        "my lip droops on the right since my stroke in 2017, and now it twitches",
        "facial_droop",
    ),
    (
        "rio3-drunk",
        "my words were slurred when I was drunk on Saturday",
        "sudden_speech_difficulty",
    ),
    # RIO5 figures of speech
    ("rio5-twins", "twins due in May so I'm literally seeing double", "sudden_vision_loss"),
    ("rio5-laugh", "the sketch was so funny I couldn't breathe for laughing", "breathless"),
    ("rio5-sugar", "I've OD'd on chocolate all week", "overdose_taken"),
    # RIO6 asking whether a twitch can be a fit
    ("rio6-can-a", "can a twitch in the lip be a seizure?", "seizure"),
    # RIO7 "weak" typed for "week"
    ("rio7-weak", "lip flickering for a weak and a bit", "one_sided_limb_weakness"),
    # RIO8 a lip jerking now is no fit going on
    ("rio8-now", "his lip is jerking right now, it's his old tic", "seizure_ongoing"),
]

# (id, text, level): the whole assessment must be at least this urgent.
AT_LEAST = [
    (
        "t-ri1-count",
        "my lip twitches, swallowed about a dozen of my nan's heart pills an hour ago, feel "
        "alright though, don't want hospital",
        "emergency",
    ),
    (
        "t-ri1-sleepy",
        "he's had loads of his sleeping tablets with vodka and now he's harder to rouse",
        "emergency_ambulance",
    ),
    (
        "t-ri2-plan",
        "I'm not in danger right now, no. but I'm going to finish myself off this weekend, "
        "bought the pills",
        "emergency",
    ),
    (
        "t-ri3-noises",
        "lip twitching all day and 20 minutes ago only noises came out when I tried to talk",
        "emergency_ambulance",
    ),
    (
        "t-ri4-sudden-weak",
        "my lip was twitching and since 2pm today my hand feels weak and heavy, probably nothing",
        "emergency_ambulance",
    ),
    (
        "t-ri6-later",
        "my lip has twitched on and off for weeks. My husband says my smile is crooked on the "
        "left. He spotted it at the table. That was about half an hour ago",
        "emergency_ambulance",
    ),
    (
        "t-ri7-story",
        "my flatmate went rigid on the sofa, then juddered, then she was out of it and snored, "
        "she has never had anything like it",
        "emergency_ambulance",
    ),
    (
        "t-ri8-status",
        "my son has epilepsy, his usual lip twitching hasn't stopped and he's not answering me, "
        "no rescue meds in the house",
        "emergency_ambulance",
    ),
    (
        "t-ri9-baby",
        "my 5 week old's leg kicks in a rhythm, her eyes are fixed, it happened again after "
        "her feed",
        "emergency_ambulance",
    ),
    (
        "t-ri10-drip",
        "zoledronic acid drip 3 days ago, now my fingers keep locking and my lips tingle",
        "emergency",
    ),
    (
        "t-ri18-unstated",
        "I'm pregnant, lip twitching, bad headache, seeing flashing lights and my face and "
        "hands puffed up suddenly today",
        "emergency",
    ),
    (
        "t-ri16-withdrawal",
        "day 3 off the booze, I keep seeing a man in the hallway but my mum says theres no1",
        "emergency",
    ),
]

# (id, text, level): the whole assessment must stay at or under this level.
AT_MOST = [
    (
        "c-rio2-grandma",
        "my grandma had a stroke in 2015, her face dropped and her words went slurred. My own "
        "lip has flickered for a week, is it genetic?",
        "consultation",
    ),
    (
        "c-rio3-teen-fit",
        "had one seizure at 13, none since, off meds for years, now my eyelid and lip twitch",
        "consultation",
    ),
    (
        "c-rio6-question",
        "could a lip twitch be a seizure? I'm awake and aware when it happens, it stays in the lip",
        "consultation",
    ),
    (
        "c-rio7-weak",
        "lower lip twitching for a weak now, no slurring, no droop, had a lot of coffee",
        "consultation",
    ),
    (
        "c-rio8-tic",
        "my colleague's lip is twitching and jerking right now but he says it's the tic he's had "
        "since he was a kid and he's chatting normally",
        "consultation",
    ),
]

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)


def test_the_hazard_log_names_tests_of_this_file_that_exist() -> None:
    ids = {c[0] for c in (*MUST_MATCH, *MUST_NOT_MATCH, *AT_LEAST, *AT_MOST)}
    assert_hazard_log_rows(r"RIO?\d+", "I8", 24, set(globals()), ids)
