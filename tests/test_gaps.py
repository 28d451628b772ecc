"""Known gaps of round 7, each fixed as a class (branch gaps; docs/safety.md, rows G1-G6).

Every text here is a phrasing written for its class (never a case text of a tuning or held-out
set): the parser must read (or must not read) a finding, and the whole assessment must reach (or
stay under) a triage level. Each class's tests fail on main 0d78377.
"""

from __future__ import annotations

from _phrasing import phrasing_tests
from twitchcheck._parse import parse

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    # G1 a comma and a new subject end a phrase: the limb before it is read
    ("g1-arm-weak-face-fine", "her left arm is weak, her face is fine", "one_sided_limb_weakness"),
    (
        "g1-leg-heavy-smile-ok",
        "my right leg feels heavy, my smile is ok",
        "one_sided_limb_weakness",
    ),
    ("g1-arm-numb-face-normal", "his arm went numb, his face looks normal", "one_sided_numbness"),
    # a comma with no new subject stays inside a phrase
    ("g1-no-subject-keeps", "twitching lip and my face, drooping on the left", "facial_droop"),
    # the same sentence's coordinated parts with "have started": each part is read
    ("g1-parts-have-started", "my mouth and toes have started tingling", "tingling_hands_feet"),
]

MUST_MATCH += [
    # G3 myasthenia gravis named, and its crisis signs
    ("g3-has-mg", "my sister has MG and her lip keeps twitching", "known_myasthenia_gravis"),
    ("g3-myasthenic", "I'm myasthenic, diagnosed 2019", "known_myasthenia_gravis"),
    ("g3-mestinon", "I take mestinon three times a day", "known_myasthenia_gravis"),
    ("g3-eyelids", "both my eyelids are drooping tonight", "eyelid_droop"),
    ("g3-head-up", "he can't hold his head up properly", "neck_weakness"),
    ("g3-neck-weak", "my neck feels weak by the evening", "neck_weakness"),
]

MUST_MATCH += [
    # G4 Guillain-Barre told as climbing to a named height, tingling climbing, "weak n tingly"
    ("g4-crept-knees", "the weakness has crept up to my knees since friday", "weakness_spreading"),
    ("g4-creeping-thighs", "it's creeping up to my thighs now", "weakness_spreading"),
    ("g4-tingling-moving-up", "the tingling is moving up my shins", "weakness_spreading"),
    ("g4-pins-climbing", "pins and needles climbing from my toes", "weakness_spreading"),
    ("g4-numbness-creeping", "numbness creeping up from my ankles", "weakness_spreading"),
    ("g4-weak-n-tingly", "weak n tingly legs since the weekend", "both_sides_limb_weakness"),
    ("g4-tingly-legs", "both my legs are tingling today", "tingling_hands_feet"),
]

MUST_MATCH += [
    # G2 a dentist's numbing injection in the last hours is read as such
    (
        "g2-filling-numb",
        "had a filling at 9 and my bottom lip is still numb",
        "recent_dental_anaesthetic",
    ),
    (
        "g2-tooth-pulled",
        "got a tooth pulled this afternoon, lip twitching",
        "recent_dental_anaesthetic",
    ),
    (
        "g2-wearing-off",
        "the dentist's injection wearing off has my lip flickering",
        "recent_dental_anaesthetic",
    ),
    # numbness of the lip with the injection is the mouth's numbness, not the stroke sign's
    (
        "g2-lip-numb-is-mouth",
        "had a filling today. left side of my lip is numb",
        "perioral_tingling",
    ),
]

MUST_MATCH += [
    # G5 a second serotonin medicine added, or the dose of one raised
    (
        "g5-two-drugs",
        "on escitalopram and my GP added tramadol on friday",
        "serotonergic_added_or_raised",
    ),
    (
        "g5-triptan-on-top",
        "took two triptans on top of my duloxetine today",
        "serotonergic_added_or_raised",
    ),
    ("g5-upped", "they upped my venlafaxine last week", "serotonergic_added_or_raised"),
    (
        "g5-generic-and-named",
        "my antidepressant and now fentanyl patches",
        "serotonergic_added_or_raised",
    ),
]

MUST_MATCH += [
    # G6 a nicotine product eaten in a counted amount, or a child found with an open bottle
    ("g6-pieces-gum", "she ate three pieces of nicotine gum", "nicotine_liquid_swallowed"),
    ("g6-pouches", "my son ate some nicotine pouches he found", "nicotine_liquid_swallowed"),
    ("g6-butts", "the baby ate two cigarette butts off the patio", "nicotine_liquid_swallowed"),
    (
        "g6-open-bottle",
        "found her holding an open e-juice bottle, lips wet",
        "nicotine_liquid_swallowed",
    ),
    ("g6-thrown-up", "he has thrown up twice since", "vomiting_diarrhoea"),
]

# (id, text, finding): the parser must NOT read the finding as present.
MUST_NOT_MATCH = [
    ("g1-weak-comma-face", "her left arm is weak, her face is fine", "facial_droop"),
    ("g1-numb-comma-face", "my hand went numb, my face seems alright", "facial_droop"),
    ("g1-weak-comma-mouth", "his leg is weak, his mouth looks the same", "facial_droop"),
    # G3 magnesium and doses are no myasthenia; a drooping eyelid is no face droop
    ("g3-mg-dose", "she has 5 mg of diazepam at night", "known_myasthenia_gravis"),
    ("g3-mg-level", "took 20mg of it and my mg levels were fine", "known_myasthenia_gravis"),
    ("g3-eyelid-no-droop", "my eyelid droops when I'm tired", "facial_droop"),
    # G2 a simile is no dental injection; the numb lip is no stroke numbness, its droop no face's
    ("g2-simile", "my face went numb like after a dentist injection", "recent_dental_anaesthetic"),
    ("g2-simile-been", "words mushy like I'd been to the dentist", "recent_dental_anaesthetic"),
    (
        "g2-general-anaesthetic",
        "had my gallbladder out, the anaesthetic wearing off now",
        "recent_dental_anaesthetic",
    ),
    ("g2-numbed-mouth", "side of my face went numb, mouth drooping", "recent_dental_anaesthetic"),
    ("g2-lip-not-sided", "had a filling today. left side of my lip is numb", "one_sided_numbness"),
    ("g2-lip-droop", "had two teeth out this morning, lip still numb and droopy", "facial_droop"),
    # G5 one medicine named twice, or long on one
    ("g5-class-word", "I take paroxetine (an SSRI) every morning", "serotonergic_added_or_raised"),
    ("g5-years", "been on mirtazapine for years", "serotonergic_added_or_raised"),
    # G6 nicotine gum chewed as meant
    (
        "g6-chews-gum",
        "I chew two pieces of nicotine gum a day to quit",
        "nicotine_liquid_swallowed",
    ),
    # G4 climbing that is no weakness
    ("g4-crept-up-on-me", "the twitch crept up on me over the months", "weakness_spreading"),
    ("g4-water-knees", "stood in the sea up to my knees yesterday", "weakness_spreading"),
    (
        "g4-weak-n-tingly-no-stroke",
        "weak n tingly legs since the weekend",
        "one_sided_limb_weakness",
    ),
]

# (id, text, level): the assessment must be at least this urgent.
AT_LEAST = [
    (
        "g1-limb-then-normal-face",
        "I'm 66 and my lip twitched a bit. Her left arm is weak, her face is fine",
        "emergency_ambulance",
    ),
]

AT_LEAST += [
    # G3 known myasthenia with breathing trouble: ambulance; swallowing, speech, neck: emergency
    (
        "g3-mg-breathing",
        "I have myasthenia gravis, lip twitching and tonight my breaths feel shallow and weak",
        "emergency_ambulance",
    ),
    (
        "g3-mg-swallowing",
        "My mum has myasthenia and since this morning she keeps choking on her drinks",
        "emergency",
    ),
    (
        "g3-mg-swallow-tablets",
        "myasthenia gravis here, since yesterday i'm struggling to swallow my tablets",
        "emergency",
    ),
    (
        "g3-mg-voice",
        "got MG. my voice has gone all nasal and drinks come back down my nose",
        "emergency",
    ),
    (
        "g3-mg-neck",
        "my husband has MG, he can't keep his head up today and his lip is twitching",
        "emergency",
    ),
    (
        "g3-mg-lids-worse",
        "I have myasthenia, my eyelids droop and it's getting worse the last two days",
        "emergency",
    ),
]

AT_LEAST += [
    # G4 Guillain-Barre in these words reaches the emergency department
    (
        "g4-tummy-bug-creeping",
        "had a tummy bug 2 weeks back, now the numbness in my feet has crept up to my knees",
        "emergency",
    ),
    (
        "g4-tingling-climbing",
        "lip twitching and the tingling in my feet is creeping up",
        "emergency",
    ),
    (
        "g4-weak-n-tingly-bug",
        "weak n tingly legs since sat, after a stomach bug. lip twitchy",
        "emergency",
    ),
    (
        "g4-jelly-pins-climbing",
        "my legs feel like jelly and the pins and needles are climbing up, lip twitching",
        "emergency",
    ),
]

AT_LEAST += [
    # G2 a real stroke sign outside the numb lip keeps the ambulance after a dental injection
    (
        "g2-arm-weak",
        "I'm 58, had a filling this morning, lip still numb, and now my right arm has gone weak",
        "emergency_ambulance",
    ),
    (
        "g2-arm-numb",
        "had a tooth out at 10 under local, now my left arm and hand went numb suddenly. age 70",
        "emergency_ambulance",
    ),
    (
        "g2-speech",
        "dentist numbed my jaw this morning, and in the last half hour my words come out all "
        "jumbled and wrong. I'm 66",
        "emergency_ambulance",
    ),
    (
        "g2-face-other",
        "had a filling on the left today, now the right side of my face has dropped. I'm 61",
        "emergency_ambulance",
    ),
    (
        "g2-simile-stroke",
        "my face and arm suddenly went numb on the left, just like dentist numb. I'm 64",
        "emergency_ambulance",
    ),
]

# (id, text, level): the assessment must be at most this urgent.
AT_MOST: list[tuple[str, str, str]] = [
    # G3 stable myasthenia, or a droopy eyelid from tiredness alone, is no emergency
    (
        "g3-mg-stable",
        "I've had myasthenia gravis for years, well controlled, and my lip twitches sometimes",
        "consultation",
    ),
    (
        "g3-tired-lids",
        "my eyelids feel droopy because I'm so tired and my lip twitches",
        "consultation",
    ),
    # G2 the numb, droopy, twitching lip while a dental anaesthetic wears off
    (
        "g2-numb-droopy",
        "I'm 64. Had a filling 3 hours ago, my lower lip is still numb and a bit droopy and "
        "now it's twitching as the feeling comes back",
        "consultation",
    ),
    (
        "g2-dribbling",
        "dentist numbed me for a root canal at lunch, lip numb n dribbling a bit n twitchy now",
        "consultation",
    ),
    (
        "g2-numbness-bare",
        "Had a tooth taken out with an injection. Left side numbness of my chin and lip still, "
        "and the lip jumps. The dentist said the numbness would go by evening.",
        "consultation",
    ),
]

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)


def test_a_match_over_a_clause_boundary_gives_way_to_the_clause_s_own_sign() -> None:
    """G1: the droop read over "weak, her face" was the arm's words; the arm is read instead."""
    p = parse("my mum's right arm is weak, her face is fine")
    assert p.state("one_sided_limb_weakness") == "present"
    assert p.state("facial_droop") != "present"


def _probability(text: str, condition: str) -> float:
    from twitchcheck import assess

    result = assess(text, age=40)
    return next(c.probability for c in result.conditions if c.id == condition)


def test_a_serotonin_medicine_added_makes_serotonin_syndrome_much_likelier() -> None:
    """G5: the same signs two days after starting one serotonin medicine, and after adding a
    second to one already taken: the model weighs the combination (a finding of its own), not
    only a recent change and each medicine."""
    signs = "Now I'm agitated, sweating a lot, shaky, my lip twitches and I have diarrhoea."
    one = _probability(f"I started citalopram two days ago. {signs}", "serotonin_syndrome")
    added = _probability(
        f"I take citalopram and started tramadol two days ago. {signs}", "serotonin_syndrome"
    )
    assert added > 3 * one, (one, added)


def test_the_findings_that_separate_nicotine_poisoning_from_caffeine_point_their_way() -> None:
    """G6: vomiting and drooling are nicotine's (muscarinic) signs, jitteriness and a racing
    heart caffeine's (kamboj_2016, acep_nicotine_2016, willson_2018): each separating finding
    is likelier under its own condition."""
    from twitchcheck._knowledge._load import load_knowledge_base

    kb = load_knowledge_base()
    p = {c.id: {f: v.p for f, v in c.findings.items()} for c in kb.conditions}
    nicotine, caffeine = p["nicotine_poisoning"], p["caffeine"]
    for finding in ("vomiting_diarrhoea", "drooling", "nausea"):
        assert nicotine[finding] > caffeine.get(finding, 0.0), finding
    for finding in ("jittery", "palpitations"):
        assert caffeine[finding] > nicotine[finding], finding


def test_the_hazard_log_names_tests_of_this_file_that_exist() -> None:
    from _phrasing import assert_hazard_log_rows

    ids = {c[0] for c in (*MUST_MATCH, *MUST_NOT_MATCH, *AT_LEAST, *AT_MOST)}
    assert_hazard_log_rows("G[1-6]", "G", 6, set(globals()), ids)
