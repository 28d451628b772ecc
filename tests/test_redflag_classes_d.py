"""The fourth red team's classes of missed emergency wording, and of over-read harmless wording.

Every case here is a new phrasing written for a class described in words (docs/safety.md,
hazard log rows RD1-RD18 and RO1-RO7; never the red team's own texts): the parser must read
(or must not read) the finding, and the whole assessment must reach (or stay under) a triage
level. One test id per case.
"""

from __future__ import annotations

from _phrasing import assert_hazard_log_rows, phrasing_tests

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    # RD1 a droop told as a movement that failed (past or negative verb)
    ("rd1-didnt-move", "when he smiled the right side of his mouth didn't move", "facial_droop"),
    ("rd1-wouldnt-move", "her face wouldn't move on the left when she smiled", "facial_droop"),
    ("rd1-didnt-go-up", "one half of my mouth didn't go up when I grinned", "facial_droop"),
    ("rd1-stayed-still", "one side of his lips stayed still when he smiled", "facial_droop"),
    ("rd1-cheek-wouldnt-lift", "my cheek wouldn't lift on one side", "facial_droop"),
    # RD2 speech: tense, an extra adjective, the wrong word
    ("rd2-coming-muddled", "her words are coming out muddled", "sudden_speech_difficulty"),
    ("rd2-comes-scrambled", "everything he says comes out scrambled", "sudden_speech_difficulty"),
    ("rd2-simple-words", "he can't find simple words since teatime", "sudden_speech_difficulty"),
    ("rd2-wrong-names", "she keeps calling things by the wrong names", "sudden_speech_difficulty"),
    ("rd2-says-means", "he says dog when he means door", "sudden_speech_difficulty"),
    # RD3 one-sided numbness shared by two parts, or "without feeling"
    (
        "rd3-hand-and-lips-dead",
        "my left hand and the left side of my lips went dead",
        "one_sided_numbness",
    ),
    (
        "rd3-without-feeling",
        "my right side has been without feeling since noon",
        "one_sided_numbness",
    ),
    ("rd3-half-body", "half body numb since this morning", "one_sided_numbness"),
    ("rd3-no-sensation", "his left arm has no sensation at all", "one_sided_numbness"),
    # RD4 sight gone without a verb, blind in my left eye, half the field
    ("rd4-sight-gone", "sight gone in my left eye", "sudden_vision_loss"),
    ("rd4-blind-left-eye", "I'm suddenly blind in my right eye", "sudden_vision_loss"),
    ("rd4-eye-is-blind", "my left eye is blind since an hour", "sudden_vision_loss"),
    ("rd4-no-vision", "no vision in the left eye since lunch", "sudden_vision_loss"),
    (
        "rd4-right-half",
        "I can't see the right half of things with either eye",
        "sudden_vision_loss",
    ),
    # RD5 a thunderclap by simile next to the head; neck stiffness, light hurting
    ("rd5-like-a-gunshot", "my head hurts, it came on like a gunshot", "sudden_severe_headache"),
    (
        "rd5-bang-in-head",
        "there was a bang inside my head and now it's agony",
        "sudden_severe_headache",
    ),
    ("rd5-stiff-neck", "she can't bend her neck forward", "neck_stiffness"),
    ("rd5-light-hurts", "the light hurts his eyes", "photophobia"),
    (
        "rd5-out-of-the-blue",
        "got a massive headache out of the blue an hour ago",
        "sudden_severe_headache",
    ),
    (
        "rd1-didnt-move-side",
        "when he smiled his face didn't move on the left side",
        "one_side_face",
    ),
    # RD6 back-to-back fits, rescue medicine
    (
        "rd6-before-came-round",
        "another one started before he'd come round from the first",
        "seizure_ongoing",
    ),
    ("rd6-third-one", "she's had a third one and hasn't woken in between", "seizure_ongoing"),
    ("rd6-midazolam", "we gave his buccal midazolam and he is still fitting", "seizure_ongoing"),
    ("rd6-rescue-failed", "the rescue medicine hasn't worked", "seizure_ongoing"),
    # RD7 clusters of focal seizures with impaired awareness
    ("rd7-going-vacant", "he keeps going vacant and doesn't answer", "impaired_awareness"),
    ("rd7-glassy", "she goes glassy-eyed and stares", "impaired_awareness"),
    ("rd7-buttons", "he fiddles with his buttons during the spells", "oral_automatisms"),
    ("rd7-one-after-another", "spell after spell, one right after another", "seizure_ongoing"),
    ("rd7-four-in-an-hour", "four of these spells in the last hour", "seizure_ongoing"),
    # RD8 stridor in everyday words
    ("rd8-crowing-sound", "a crowing sound when she breathes in", "airway_compromise"),
    ("rd8-rooster", "his breathing sounds like a rooster", "airway_compromise"),
    (
        "rd8-whistle-in-breath",
        "there's a high-pitched whistle every time she breathes in",
        "airway_compromise",
    ),
    ("rd8-squeak-breath", "a squeak on each breath in", "airway_compromise"),
    # RD10 carpopedal spasm as a hand stuck, fingers pressed together
    ("rd10-hand-stuck", "my hand is stuck in a weird position", "hand_foot_spasm"),
    ("rd10-pressed", "her fingers are pressed together and won't come apart", "hand_foot_spasm"),
    ("rd10-bunched", "his fingers have bunched up", "hand_foot_spasm"),
    ("rd10-wont-open", "my hand won't open", "hand_foot_spasm"),
    # RD11 hallucinations with a specific person or thing, voices with nobody there
    ("rd11-boy-who-isnt", "he points at a boy in the corner who isn't there", "hallucinations"),
    ("rd11-dog-that-isnt", "she is stroking a dog that isn't there", "hallucinations"),
    (
        "rd11-nobody-there",
        "I heard people arguing downstairs but nobody was there",
        "hallucinations",
    ),
    ("rd11-no-one-in-room", "he talks to a woman by the bed but there's no one", "hallucinations"),
    # RD12 bare weeks of pregnancy
    ("rd12-weeks-today", "33 weeks today. Headache since the morning.", "pregnancy_late"),
    ("rd12-plus-days", "36+1, lip twitching and seeing flashes", "pregnancy_late"),
    ("rd12-week-n-here", "Week 35 here, swollen feet and a headache", "pregnancy_late"),
    # RD13 pre-eclampsia signs other than headache or sight
    ("rd13-under-ribs", "pain under my right ribs that won't go away", "upper_abdominal_pain"),
    ("rd13-top-of-tummy", "a bad pain at the top of my tummy", "upper_abdominal_pain"),
    (
        "rd13-ring-stuck",
        "my rings won't come off and my face is puffy",
        "sudden_swelling_face_hands",
    ),
    ("rd13-face-swollen", "my face and hands swelled up overnight", "sudden_swelling_face_hands"),
    # RD14 stimulants by the line or a prescription stimulant overused; chest by position
    ("rd14-couple-lines", "did a couple of lines at the party", "stimulant_drugs"),
    ("rd14-a-line", "had a line of coke an hour ago", "stimulant_drugs"),
    ("rd14-vyvanse", "took double my vyvanse this morning", "stimulant_drugs"),
    ("rd14-elvanse", "borrowed my friend's elvanse", "stimulant_drugs"),
    ("rd14-centre-chest", "a heavy pressure in the centre of my chest", "chest_pain"),
    ("rd14-middle-chest", "pain in the middle of my chest", "chest_pain"),
    # RD15 head injury with a location word, or from sport
    ("rd15-elbow", "she took an elbow to the side of her head at hockey", "recent_head_injury"),
    ("rd15-clashed", "he clashed heads with another boy at rugby", "recent_head_injury"),
    ("rd15-knock-back", "a knock to the back of the head yesterday", "recent_head_injury"),
    ("rd15-ball", "a ball hit him on the side of the head", "recent_head_injury"),
    # RD16 breathlessness as sitting up, no air, gasping lying back
    ("rd16-upright", "he has to sit bolt upright to breathe", "breathless"),
    ("rd16-lie-back", "she can't lie back on the pillow without gasping", "breathless"),
    ("rd16-no-air", "no air when I lie down", "breathless"),
    ("rd16-not-enough-air", "not enough air, even sitting still", "breathless"),
    # RD17 confusion in an older person told through behaviour; terse temperatures
    ("rd17-cant-tell-day", "she couldn't tell me what day it was", "confusion"),
    ("rd17-cant-tell-where", "he can't tell us where he is", "confusion"),
    ("rd17-own-house", "grandad doesn't recognise his own house", "confusion"),
    ("rd17-still-works", "mum thinks she still goes to work at the bank", "confusion"),
    ("rd17-temp", "lip twitching, temp 38.4", "fever"),
    ("rd17-temp-colon", "Temp: 39.1 this morning", "fever"),
    # RD3 "plus" shares the predicate too
    (
        "rd3-plus",
        "my right hand plus the right corner of my mouth went numb",
        "one_sided_numbness",
    ),
    # RD7 the next spell before recovery
    ("rd7-next-before-right", "before he's right again the next one starts", "seizure_ongoing"),
    # RD9 a partner named without "my", tetany as knotting
    ("rd9-knotting", "her hands are knotting up", "hand_foot_spasm"),
    # RD15 the weakness after the knock, told with a possessive face
    ("rd15-face-side", "his face's left side won't move properly", "facial_droop"),
    # RD16 propped up in a chair to breathe
    ("rd16-prop-chair", "he has to prop himself up in the chair to breathe", "breathless"),
    # RD18 muscles flickering all over
    ("rd18-muscles-flicker", "my muscles won't stop flickering", "twitching_elsewhere"),
    # RD18 MDMA is a stimulant
    ("rd18-molly", "took some molly at the weekend", "stimulant_drugs"),
]

# (id, text, finding): the parser must NOT read the finding as present.
MUST_NOT_MATCH = [
    # RD1 a stroke face word is not a movement of anything else
    ("rd1-arm-didnt-move", "my car didn't move in the traffic", "facial_droop"),
    # RD2 a slip of the tongue
    ("rd2-mind-words", "I sometimes can't find the right words when I'm tired", "hallucinations"),
    # RD4 one eye is never the only test
    ("rd4-temp-blind", "I'm colour blind in both eyes", "sudden_vision_loss"),
    # RD8 a breath sound is not a tic, a tic is not stridor
    ("rd8-whistles-tune", "he whistles a tune when he is bored", "airway_compromise"),
    ("rd8-whistle-tic", "a whistling sound when she breathes in", "vocal_tics"),
    # RD11 a real person somewhere
    ("rd11-real-dog", "she was stroking the dog that lives next door", "hallucinations"),
    # RD12 a duration is not a pregnancy
    ("rd12-twitch-weeks", "34 weeks of lip twitching now", "pregnancy_late"),
    ("rd12-man-weeks", "35 weeks since my lip started, I'm a man of 40", "pregnancy_late"),
    # RD14 a queue, a line of text
    ("rd14-queue", "stood in a long line at the shop", "stimulant_drugs"),
    # RD17 a temperature too low to be a fever
    ("rd17-normal-temp", "temp 36.8, lip twitching", "fever"),
    # RO1 figures of speech
    ("ro1-laughing-breathe", "I couldn't breathe for laughing at the film", "airway_compromise"),
    ("ro1-laughing-breath", "laughed so hard I couldn't breathe", "breathless"),
    ("ro1-boss-headache", "my boss is the worst headache of my life", "sudden_severe_headache"),
    ("ro1-seeing-things", "I thought I was seeing things when I read the price", "hallucinations"),
    ("ro1-phantom-phone", "I keep hallucinating my phone buzzing in my pocket", "hallucinations"),
    ("ro1-coughing-fit", "I had a coughing fit when my tea went down wrong", "seizure"),
    ("ro1-giggling-fit", "we had a fit of the giggles in class", "seizure"),
    (
        "ro3-bells-brow",
        "Bell's palsy, the whole left side including my brow",
        "one_sided_limb_weakness",
    ),
    # RO2 an adult age in the past
    (
        "ro2-when-i-was-19",
        "my neck went into spasm after an injection when I was 19",
        "dystonic_spasm",
    ),
    ("ro2-at-22", "had a seizure at 22 after a party, none since", "seizure"),
    (
        "ro2-in-my-twenties",
        "I had a TIA in my twenties, on aspirin ever since",
        "recent_stroke_like_episode",
    ),
    # RO3 a filler that carried the meaning
    ("ro3-head-open", "banged my head on the open cupboard door", "sudden_severe_headache"),
    (
        "ro3-stops-when-held",
        "his chin shakes but stops as soon as I hold him",
        "movements_not_stopped_by_holding",
    ),
    (
        "ro3-bells-whole-side",
        "Bell's palsy on the whole of the right side of my face",
        "one_sided_limb_weakness",
    ),
    ("ro3-not-with-partner", "I'm not with my partner any more", "confusion"),
    (
        "ro3-whole-side-palsy",
        "Bell's palsy, the whole of the right side",
        "one_sided_limb_weakness",
    ),
    # RO4 local, positional or exertional symptoms
    ("ro4-knelt", "my foot went numb from kneeling for an hour", "one_sided_numbness"),
    ("ro4-sat-on-foot", "my right foot went numb sitting on my feet", "one_sided_numbness"),
    ("ro4-both-legs", "after the marathon both my legs are weak", "one_sided_limb_weakness"),
    (
        "ro4-numb-lip-tooth",
        "tooth out this morning, my lip is still numb from the injection",
        "one_sided_numbness",
    ),
    # RO5 one slip down the wrong way
    ("ro5-once", "a sip of water went down the wrong way once, fine after a cough", "choking"),
    ("ro5-crumb", "a crumb went down the wrong way, I was fine straight away", "choking"),
    # RO6 a baby's normal breathing and sleep starts
    (
        "ro6-periodic",
        "when she sleeps she pauses for a few seconds then takes some fast breaths",
        "hyperventilation",
    ),
    ("ro6-sleep-jerk", "his arms jerk now and then as he falls asleep", "seizure"),
    ("ro6-nodding-off", "her legs twitch sometimes as she nods off", "seizure"),
    # RO7 long-standing tardive chewing
    (
        "ro7-chewing-smacking",
        "he has been chewing and smacking his lips for two years",
        "oral_automatisms",
    ),
    ("ro7-smacking-chewing", "years of lip smacking and chewing on her depot", "oral_automatisms"),
]

# (id, text, level): the assessment must reach at least this level.
AT_LEAST = [
    (
        "t-rd1-grandma",
        "Grandma is 81. At lunch her smile didn't go up on the right and her face wouldn't move "
        "on that side.",
        "emergency_ambulance",
    ),
    (
        "t-rd2-scrambled",
        "My dad, 70, his sentences are coming out scrambled since an hour, lip twitching.",
        "emergency_ambulance",
    ),
    (
        "t-rd3-hand-lips",
        "My right hand and the right corner of my mouth went numb 20 minutes ago, I'm 66.",
        "emergency_ambulance",
    ),
    (
        "t-rd4-sight-gone",
        "lip twitch for a week, and now sight gone in my left eye since 10 minutes, 59m",
        "emergency_ambulance",
    ),
    (
        "t-rd5-severe-sudden",
        "Out of nowhere a very bad headache, the worst, lip twitching, I'm 45.",
        "emergency_ambulance",
    ),
    (
        "t-rd5-neck",
        "She held her head and said something burst, now her neck is stiff and the light hurts.",
        "emergency_ambulance",
    ),
    (
        "t-rd6-shaking-epilepsy",
        "He has epilepsy and has been shaking for 12 minutes now, much longer than usual.",
        "emergency_ambulance",
    ),
    (
        "t-rd6-midazolam",
        "My daughter has epilepsy; we gave her buccal midazolam and she is still fitting.",
        "emergency_ambulance",
    ),
    (
        "t-rd7-cluster",
        "Dad keeps going vacant and chewing, four of these spells in the last hour, and he isn't "
        "back to normal in between.",
        "emergency_ambulance",
    ),
    (
        "t-rd8-tetany-whistle",
        "After my thyroid operation my hands are locked in spasm and there's a whistle every "
        "time I breathe in.",
        "emergency_ambulance",
    ),
    (
        "t-rd8-tetany-hoarse",
        "Her parathyroid op was on Monday, now her fingers are cramping into claws and her voice "
        "has gone croaky.",
        "emergency_ambulance",
    ),
    (
        "t-rd9-caregiver-question",
        "My wife had her thyroid removed last week, now her hands keep cramping into claws and "
        "her lip twitches. Should I take her in?",
        "emergency",
    ),
    (
        "t-rd9-noticed",
        "My husband had a neck operation on Friday and I noticed his fingers locking up.",
        "emergency",
    ),
    (
        "t-rd10-stuck",
        "Three days after my parathyroid surgery my hand is stuck in a weird position with the "
        "fingers pressed together.",
        "emergency",
    ),
    (
        "t-rd11-withdrawal",
        "Stopped drinking 2 days ago, lip twitching, and I heard people arguing downstairs but "
        "nobody was there.",
        "emergency",
    ),
    (
        "t-rd12-weeks",
        "33 weeks today. Lip twitching and a pounding headache since the morning.",
        "emergency",
    ),
    (
        "t-rd13-ribs",
        "I'm 35 weeks pregnant, lip twitching, with pain under my right ribs and I've been sick.",
        "emergency",
    ),
    (
        "t-rd13-rings",
        "34 weeks pregnant, my rings won't come off and my face has puffed up since yesterday.",
        "emergency",
    ),
    (
        "t-rd14-lines",
        "Did a couple of lines tonight, lip twitching, and a heavy pressure in the centre of my "
        "chest.",
        "emergency_ambulance",
    ),
    (
        "t-rd14-vyvanse",
        "Took double my vyvanse for exams, lip twitching and pain in the middle of my chest.",
        "emergency_ambulance",
    ),
    (
        "t-rd15-elbow",
        "My son took an elbow to the side of his head at rugby, now one side of his face is weak.",
        "emergency",
    ),
    ("t-rd16-upright", "Mum has to sit bolt upright to breathe, lip twitching.", "emergency"),
    (
        "t-rd17-day",
        "Grandad is 84, he couldn't tell me what day it was this morning, temp 38.3.",
        "emergency",
    ),
    (
        "t-rd5-meningism",
        "He grabbed his head, now his neck is stiff and he can't stand the light.",
        "emergency_ambulance",
    ),
    (
        "t-rd9-wife-no-my",
        "Wife had her thyroid out four days ago; I've noticed her hands knotting up and her lip "
        "twitching.",
        "emergency",
    ),
    (
        "t-rd18-fever",
        "Had ecstasy on top of my citalopram, temp 38.4, lip twitching.",
        "emergency",
    ),
    (
        "t-rd18-mdma",
        "On sertraline, took MDMA last night, still shaky and drenched in sweat, calves twitching.",
        "emergency",
    ),
]

# (id, text, level): a harmless control must stay at or under this level.
AT_MOST = [
    (
        "c-rd5-sudden-twitch",
        "My lip started twitching out of nowhere today, and I have a bad headache from stress "
        "at work.",
        "consultation",
    ),
    (
        "c-ro1-laughing",
        "I couldn't breathe for laughing at my brother's joke, and my lip keeps twitching.",
        "consultation",
    ),
    (
        "c-ro1-boss",
        "My boss is the worst headache of my life, no real headaches though, my eyelid twitches.",
        "consultation",
    ),
    (
        "c-ro2-tia",
        "Had a TIA in 2010, on a statin ever since with no problems; lip twitch this month.",
        "consultation",
    ),
    (
        "c-ro2-dystonia",
        "When I was 19 my neck went into spasm after an anti-sickness jab; now my lip twitches "
        "when I'm tired.",
        "consultation",
    ),
    (
        "c-ro3-boot",
        "Banged my head on the open car boot, just a bump, my lip has twitched for weeks.",
        "consultation_24",
    ),
    (
        "c-ro3-bells",
        "Diagnosed with Bell's palsy last week, the whole of the left side of my face, a few "
        "mouth twitches now.",
        "consultation_24",
    ),
    (
        "c-ro4-knelt",
        "Lip twitching lately; my right foot went numb from kneeling in the garden, fine after "
        "a minute.",
        "consultation",
    ),
    (
        "c-ro4-hike",
        "Did a long hike yesterday, both legs feel weak and achy, better today, bit of a lip "
        "twitch.",
        "consultation",
    ),
    (
        "c-ro5-once",
        "A sip of tea went down the wrong way once at dinner, a few coughs and I was fine; my lip "
        "twitches.",
        "consultation",
    ),
    (
        "c-ro7-tardive",
        "On haloperidol for ten years, chewing and smacking his lips for two years, fully aware "
        "and chatting.",
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
    assert_hazard_log_rows(r"R[DO]\d+", "F", 25, globals(), ids)


# Red-flag synonyms whose required words are only location or function words once their
# fillers are dropped (RO3), known and kept for their recall; a new one fails the test below.
COLLAPSED_KNOWN = {
    ("one_sided_numbness", "funny feeling down one side"),
    ("one_sided_numbness", "strange feeling down one side"),
    ("one_sided_numbness", "no feeling down one side"),
    ("one_sided_numbness", "no feeling on one side"),
    ("one_sided_numbness", "no feeling down my right side"),
    ("one_sided_numbness", "no feeling down my left side"),
    ("one_sided_numbness", "no feeling in my right side"),
    ("one_sided_numbness", "no feeling in my left side"),
    ("one_sided_numbness", "side has no feeling"),
    ("confusion", "not with it"),
    ("impaired_awareness", "not looking at me"),
    ("impaired_awareness", "isn't looking at me"),
    # "blind" and "suddenly" are both kept words (issue 13, geng2): "went blind suddenly" needs
    # both, which is what it says, not a collapse
    ("sudden_vision_loss", "went blind suddenly"),
}


def test_no_red_flag_synonym_collapses_to_location_or_function_words() -> None:
    """'whole side went' read 'whole ... side' (a Bell's palsy became a limb weakness), 'head
    split open' read 'head ... open': a filler that carried the meaning was dropped (RO3)."""
    from twitchcheck._parse import _default_kb
    from twitchcheck._parse._rules import _norms, _target_pattern, build_pipeline, paraphrases
    from twitchcheck._parse._text import load_parse_data

    kb = _default_kb()
    findings = {f.id: f for f in kb.findings}
    nlp = build_pipeline(kb.findings).nlp
    lex = load_parse_data("lexicon")

    def norms(words: object) -> frozenset[str]:
        return frozenset(n for w in words for n in _norms(nlp, str(w)))  # type: ignore[attr-defined]

    fillers, keep = norms(lex["fillers"]), norms(lex["keep_in_synonyms"])
    optional = fillers - keep
    particles = norms(lex.get("particles", ()))
    function = keep | norms(
        "when while with for from after before into onto out over under off as if then than i "
        "my me we our you your he she they it its so and or but not no".split()
    )
    extra = paraphrases(findings)
    collapsed = set()
    for fid, finding in findings.items():
        if not finding.red_flag:
            continue
        for synonym in (*finding.synonyms, *extra.get(fid, ())):
            words = _norms(nlp, synonym)
            pattern = _target_pattern(words, optional, lex["max_gap"], particles)
            required = [p["NORM"] for p in pattern or () if "NORM" in p]
            if (
                len(required) >= 2
                and all(r in function for r in required)
                and any(w in optional for w in words)
            ):
                collapsed.add((fid, synonym))
    assert collapsed <= COLLAPSED_KNOWN, sorted(collapsed - COLLAPSED_KNOWN)
