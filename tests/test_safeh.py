"""The seventh red team's classes (set H, now tuning data): missed emergencies and over-read
harmless wording, fixed as classes (docs/safety.md, "Round 7", rows RH1-RH23 and RHO1-RHO4).

Every text here is a new phrasing written for a class, not a line of the red team's set: the
parser must read (or must not read) the finding, and the whole assessment must reach (or stay
under) a triage level. Voices: the person, a partner, a carer, a parent, texting, second-language
English; minimised framings where the sign is really there, and near misses that must stay
unread.
"""

from __future__ import annotations

from _phrasing import assert_hazard_log_rows, phrasing_tests
from twitchcheck._parse import parse

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    # RH1 speech described by what is heard
    ("rh1-not-words", "grandad is saying words that aren't real words", "sudden_speech_difficulty"),
    ("rh1-random", "she's answering with random words since tea", "sudden_speech_difficulty"),
    ("rh1-wrong-words", "what I say comes out as the wrong words", "sudden_speech_difficulty"),
    ("rh1-marbles", "he sounds like he has marbles in his mouth", "sudden_speech_difficulty"),
    ("rh1-name", "mum can't name simple things like her keys", "sudden_speech_difficulty"),
    ("rh1-broken", "his words coming broken and slow", "sudden_speech_difficulty"),
    ("rh1-text-shes", "shes talkin like shes drunk", "sudden_speech_difficulty"),
    # RH2 a droop described by how the face looks
    ("rh2-not-same", "his face is not the same on both sides tonight", "facial_droop"),
    ("rh2-mouth-down", "the left side mouth is down when she talks", "facial_droop"),
    ("rh2-melted", "her cheek is melted on the right", "facial_droop"),
    ("rh2-sliding", "dad's mouth is sliding down on one side", "facial_droop"),
    # RH3 a recent start told as a time
    ("rh3-last-hour", "it came on in the last hour", "sudden_onset"),
    ("rh3-little-while", "since a little while ago I can't think of words", "sudden_onset"),
    # RH4 a limb told by what it does
    ("rh4-sleeping", "my left arm is like sleeping and falls", "one_sided_limb_weakness"),
    ("rh4-obey", "her hand won't obey her when she reaches", "one_sided_limb_weakness"),
    ("rh4-gave-way", "his right arm just gave way on the stairs rail", "one_sided_limb_weakness"),
    ("rh4-no-power", "his left arm is falling down like without power", "one_sided_limb_weakness"),
    ("rh4-drifts", "it drifts down when i hold it up", "one_sided_limb_weakness"),
    ("rh4-dragging", "I've been limping and dragging it all day", "one_sided_limb_weakness"),
    # RH5 half the visual field gone
    ("rh5-half-page", "half of the page disappeared while I was reading", "sudden_vision_loss"),
    ("rh5-world-missing", "he says one side of everything is missing", "sudden_vision_loss"),
    # RH6 balance told by posture
    ("rh6-sliding", "nan keeps sliding to one side in her wheelchair", "sudden_balance_loss"),
    # RH7 a fit told by what was seen; longer than usual; a cluster; unreachable
    ("rh7-arms-legs", "he fell down and arms legs shake", "seizure"),
    ("rh7-noise", "she was jerking and making a noise on the floor", "seizure"),
    ("rh7-longer", "her fit is going longer than usual", "seizure_ongoing"),
    ("rh7-cluster", "four attacks already today", "seizure_cluster"),
    ("rh7-know-us", "afterwards she didn't know us", "impaired_awareness"),
    # RH8 meningism
    ("rh8-neck-down", "he can't move his neck down, it's stiff", "neck_stiffness"),
    ("rh8-chin", "I can't get my chin to my chest", "neck_stiffness"),
    ("rh8-light", "she doesn't like the light", "photophobia"),
    ("rh8-dots", "little red dots that don't fade", "non_blanching_rash"),
    # RH9 an overdose told loosely; drowsy past waking
    ("rh9-handful", "she took a handful of ibuprofen", "overdose_taken"),
    ("rh9-counted", "he took about 20 paracetamol", "overdose_taken"),
    ("rh9-keep-awake", "he's getting hard to keep awake", "hard_to_wake"),
    # RH10 suicidal intent with the means ready
    ("rh10-sorted", "I've got the tablets sorted for the weekend", "suicide_plan_or_intent"),
    ("rh10-bridge", "going to the bridge and that's it", "suicide_plan_or_intent"),
    ("rh10-rope", "got the rope sorted", "suicide_plan_or_intent"),
    # RH11 carbon monoxide from an engine or heater indoors
    ("rh11-generator", "we ran the generator indoors during the storm", "carbon_monoxide_exposure"),
    ("rh11-flame", "the boiler flame is orange", "carbon_monoxide_exposure"),
    ("rh11-boiler-on", "we've all been sick since the boiler went on", "carbon_monoxide_exposure"),
    # RH12 tetany after neck surgery, second-language words
    ("rh12-op", "my mother make operation in the neck last week", "neck_surgery"),
    ("rh12-beak", "my fingers are like a bird beak", "hand_foot_spasm"),
    # RH13 a hypo too drowsy to swallow
    ("rh13-swallow", "I can't get her to swallow the juice", "hard_to_wake"),
    ("rh13-bm", "BM 3.1 and shaky", "low_blood_sugar_measured"),
    ("rh13-meter", "she's 2.9 on her meter", "low_blood_sugar_measured"),
    ("rh13-mgdl", "glucose 58 mg/dl", "low_blood_sugar_measured"),
    # RH14 stridor, a closing throat, complete choking
    ("rh14-whistle", "his breath makes a noise like a whistle", "airway_compromise"),
    ("rh14-squeeze", "my throat feels like it's squeezing shut", "airway_compromise"),
    ("rh14-tongue", "his tongue goes back in the throat", "airway_compromise"),
    ("rh14-cough-speak", "choking, she cannot cough or speak", "airway_compromise"),
    ("rh14-neck-turn", "his neck turn to side strongly", "dystonic_spasm"),
    # RH15 a baby's blue spell or floppiness
    ("rh15-pause", "he was not taking a breath for some seconds", "infant_apnoea"),
    ("rh15-loose", "he is very loose in body and neck not holding", "floppy_poor_feeding"),
    # RH16 a head bruise after a fall
    ("rh16-bruise", "she has a bruise on her forehead after the fall", "recent_head_injury"),
    # RH17 hallucinations and confusion in lay words
    ("rh17-own-head", "I don't feel like I'm in my own head", "confusion"),
    # RH18 postpartum pre-eclampsia
    ("rh18-spots", "I keep seeing light spots", "visual_disturbance"),
    # RH19 Guillain-Barre rising, breathing failing
    ("rh19-up", "the tingling is going up every day", "weakness_spreading"),
    ("rh19-breath", "he can't get a deep breath", "breathless"),
    ("rh19-smile", "I can't smile both sides", "both_sides_face_weakness"),
    # RH20 anaphylaxis
    ("rh20-face", "after the prawns her face started swelling", "lip_tongue_swelling"),
    # RH21 negation: a denial of "anything" is complete; an attitude is no denial
    (
        "rh21-anything",
        "he hasn't had anything, words all mushy since six",
        "sudden_speech_difficulty",
    ),
    (
        "rh21-not-able",
        "I haven't been able to say what I mean since lunch",
        "sudden_speech_difficulty",
    ),
    ("rh21-never-answers", "the gp never answers the phone my lip jumping for days", "lip_twitch"),
    (
        "rh21-worry",
        "trying not to worry but my left arm slides down when i try to hold it up",
        "one_sided_limb_weakness",
    ),
]

# (id, text, finding): the parser must not read the finding as present.
MUST_NOT_MATCH = [
    (
        "rh4-suitcase",
        "the case is so heavy I can't lift it over my head",
        "one_sided_limb_weakness",
    ),
    ("rh7-cold", "she's still shaking from the cold", "seizure_ongoing"),
    ("rh9-two", "I took two paracetamol for my head", "overdose_taken"),
    ("rh10-wedding", "we have got it all planned for the wedding", "suicide_plan_or_intent"),
    ("rh10-club", "we are going to the bridge club", "suicide_plan_or_intent"),
    ("rh10-shop", "I'm going to take them all back to the shop", "suicide_plan_or_intent"),
    ("rh14-travel", "I can't take air travel", "airway_compromise"),
    ("rh13-normal", "my sugar was 6.4 this morning", "low_blood_sugar_measured"),
    ("rh13-weight", "I lost 2.8 kg this month", "low_blood_sugar_measured"),
    ("rh11-heater", "our new gas heater works well", "carbon_monoxide_exposure"),
    ("rh21-nothing", "she hasn't had anything, no weakness or numbness", "one_sided_limb_weakness"),
    # RHO1 "fit" as healthy or worn out
    ("rho1-drop", "I'm fit to drop after the night shift", "seizure"),
    ("rho1-healthy", "I'm 40, fit and healthy", "seizure"),
    # RHO2 a feared or asked-about sign
    ("rho2-worry-is", "I worry is small seizure", "seizure"),
    ("rho2-is-it", "is it seizure?", "seizure"),
    ("rho2-apart", "how do you tell it apart from a seizure?", "seizure"),
    ("rho2-ever", "if it ever came with a droopy face what should I do", "facial_droop"),
    # RHO3 a relative's stroke with an adjective
    ("rho3-big-stroke", "my grandad had a massive stroke (face dropped) years ago", "facial_droop"),
    # RHO4 exertion that recovers; the weak side of a known palsy
    ("rho4-finish", "I was out of breath at the finish of the race", "breathless"),
    (
        "rho4-weak-side",
        "the weak side of my face twitches since the Bell's",
        "one_sided_limb_weakness",
    ),
]

# (id, text, level): the whole assessment must be at least this urgent.
AT_LEAST = [
    (
        "t-rh1-words",
        "my wife's lip keeps flickering and for the last half hour she says words that aren't "
        "real words, she thinks she's making sense",
        "emergency_ambulance",
    ),
    (
        "t-rh2-melted",
        "my dad 67 lip jumping since two days and now his cheek is melted on one side, he says "
        "it's nothing",
        "emergency_ambulance",
    ),
    (
        "t-rh4-sleeping",
        "lip twitching since morning and now my left arm is like sleeping, it falls when I "
        "lift it, probably nothing",
        "emergency_ambulance",
    ),
    (
        "t-rh5-half",
        "twitchy lip for a week, tonight half of the page disappeared when I was reading, "
        "no headache",
        "emergency_ambulance",
    ),
    (
        "t-rh7-story",
        "my brother lip twitch, at the bus stop he fell and arms legs shake, never happen "
        "before, now sleepy",
        "emergency_ambulance",
    ),
    (
        "t-rh7-cluster",
        "my son has epilepsy, four attacks already today, and between them he is like "
        "sleeping and cannot speak to us",
        "emergency_ambulance",
    ),
    (
        "t-rh8-meningism",
        "fever 39.4, my lip twitches and I can't get my chin to my chest",
        "emergency",
    ),
    (
        "t-rh9-handful",
        "my flatmate took about 20 paracetamol after a row, lip twitching, says she feels fine",
        "emergency",
    ),
    (
        "t-rh11-co",
        "lip twitch, we ran the generator indoors and now we all have headaches and feel sick",
        "emergency",
    ),
    (
        "t-rh12-tetany",
        "I had operation on the neck 3 days ago, lips tingle and my fingers are like a bird beak",
        "emergency",
    ),
    (
        "t-rh13-measured",
        "my sugar was 3.0 on the meter and my lip is twitching",
        "consultation_24",
    ),
    (
        "t-rh14-stridor",
        "thyroid out on monday, lips twitching, and now her breath makes a noise like a whistle",
        "emergency_ambulance",
    ),
    (
        "t-rh15-blue",
        "my 2 month old's lip quivers and during the feed she was not taking a breath for some "
        "seconds",
        "emergency_ambulance",
    ),
    (
        "t-rh22-baby-holding",
        "my 4 week old's lip twitches and his leg keeps jerking in a rhythm even when I hold it",
        "emergency_ambulance",
    ),
]

# (id, text, level): the whole assessment must stay at or under this level.
AT_MOST = [
    (
        "c-rho1-drop",
        "I'm fit to drop after a week of lates and my lip keeps flickering",
        "consultation",
    ),
    (
        "c-rho2-worry",
        "my lip twitch in the evening, I worry is small seizure, I never fall or lose conscious",
        "consultation",
    ),
    (
        "c-rho2-apart",
        "my baby's lip quivers when he cries, how do you tell it apart from a seizure? he's well",
        "consultation_24",
    ),
    (
        "c-rho4-finish",
        "did a half marathon and was out of breath at the finish, fine after a few minutes, "
        "lip twitching since",
        "consultation",
    ),
]

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)


def test_carbon_monoxide_without_symptoms_stays_at_24_hours() -> None:
    """RH11: the exposure alone keeps its own level; symptoms with it make the emergency."""
    from twitchcheck import TriageLevel, assess

    alone = assess("the carbon monoxide alarm keeps going off, my lip twitches")
    assert alone.triage.level.rank < TriageLevel("emergency").rank
    assert parse("the boiler flame is orange").state("carbon_monoxide_exposure") == "present"


def test_the_hazard_log_names_tests_of_this_file_that_exist() -> None:
    ids = {c[0] for c in (*MUST_MATCH, *MUST_NOT_MATCH, *AT_LEAST, *AT_MOST)}
    assert_hazard_log_rows(r"RHO?\d+", "H7", 26, set(globals()), ids)
