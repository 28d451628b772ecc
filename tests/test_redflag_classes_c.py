"""The third red team's classes of missed emergency wording, and of over-read harmless wording.

Every case here is a new phrasing written for a class described in words (docs/safety.md,
hazard log rows RC1-RC24; never the red team's own texts): the parser must read (or must not
read) the finding, and the whole assessment must reach (or stay under) a triage level. Also the
ages of babies in months, a relative's fit told with today's time, and a second wording for
every red-flag question. One test id per case.
"""

from __future__ import annotations

import pytest

from _phrasing import phrasing_tests
from twitchcheck import assess, load_knowledge_base
from twitchcheck._assessment._assess import age_in_years
from twitchcheck._parse import parse

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    # RC1 a droop told as a smile that no longer lifts
    ("rc1-smile-wont-go-up", "the left side of his smile won't go up any more", "facial_droop"),
    ("rc1-corner-doesnt-lift", "the corner of my mouth doesn't lift when I grin", "facial_droop"),
    ("rc1-half-smile-stopped", "half my smile has stopped working since lunch", "facial_droop"),
    ("rc1-smile-one-side", "her smile only goes up on one side now", "facial_droop"),
    # RC2 unclear speech in plain or second-language words
    (
        "rc2-speech-became-unclear",
        "since this morning his speech became unclear",
        "sudden_speech_difficulty",
    ),
    ("rc2-mouth-full", "she talks like her mouth is full of food", "sudden_speech_difficulty"),
    (
        "rc2-nobody-understands",
        "nobody can understand what I say since an hour",
        "sudden_speech_difficulty",
    ),
    ("rc2-mumbled", "his speech is all mumbled since he sat down", "sudden_speech_difficulty"),
    # RC3 sight: double vision shorthand, half the field dark, bumping into things
    ("rc3-dbl-vision", "dbl vision all of a sudden", "sudden_vision_loss"),
    (
        "rc3-two-of-everything",
        "I'm seeing two of everything since 10 minutes",
        "sudden_vision_loss",
    ),
    ("rc3-half-room-black", "half the room is black on my left side", "sudden_vision_loss"),
    (
        "rc3-door-frames",
        "grandad keeps bumping into door frames on his right",
        "sudden_vision_loss",
    ),
    # RC4 balance by function
    ("rc4-legs-wont-coordinate", "my legs won't coordinate at all", "sudden_balance_loss"),
    ("rc4-toddler", "he's walking like a toddler since this morning", "sudden_balance_loss"),
    ("rc4-cant-stand", "mum can't stand up properly and keeps swaying", "sudden_balance_loss"),
    ("rc4-staggering", "she's staggering about the kitchen", "sudden_balance_loss"),
    # RC5 hand and mouth numb together
    (
        "rc5-hand-and-mouth",
        "my right hand and the right side of my mouth went numb",
        "one_sided_numbness",
    ),
    ("rc5-numb-floppy", "his arm went numb and floppy for a bit", "one_sided_numbness"),
    # RC6 thunderclap by speed or score
    ("rc6-explosive", "an explosive headache while I was on the toilet", "sudden_severe_headache"),
    (
        "rc6-ten-out-of-ten",
        "it went from nothing to 10/10 within seconds",
        "sudden_severe_headache",
    ),
    (
        "rc6-peaked",
        "the pain peaked within seconds at the back of my skull",
        "sudden_severe_headache",
    ),
    (
        "rc6-not-my-migraine",
        "I know my migraines, this is not like my usual migraines",
        "sudden_severe_headache",
    ),
    # RC8 focal jerking: rhythmic, regular, continuous, spreading
    (
        "rc8-rhythmic-of-lip",
        "rhythmic twitching of the lip for the last two hours",
        "rhythmic_jerking",
    ),
    ("rc8-clockwork", "the corner of his mouth jerks like clockwork", "rhythmic_jerking"),
    ("rc8-every-2-seconds", "my cheek jerks every 2 seconds and won't stop", "rhythmic_jerking"),
    ("rc8-shoulder", "the twitch is spreading to my shoulder", "rhythmic_jerking"),
    ("rc8-half-body", "half of my body is jerking", "rhythmic_jerking"),
    ("rc8-continuous", "continuous twitching of my lip and thumb", "rhythmic_jerking"),
    # RC9 infants: spasms in clusters, cycling legs, not settling when held, limp
    ("rc9-clusters", "my baby's arms fly up in clusters when she wakes", "seizure"),
    ("rc9-series", "he does a series of jerks, head bobbing forward, again and again", "seizure"),
    ("rc9-cycling", "my newborn is making cycling movements with her legs", "seizure"),
    (
        "rc9-doesnt-settle",
        "the jerks don't settle when I hold him",
        "movements_not_stopped_by_holding",
    ),
    ("rc9-bottle", "she is limp and won't take her bottle", "floppy_poor_feeding"),
    ("rc9-not-feeding", "he's barely feeding and so sleepy", "feeding_difficulty"),
    # RC10 dystonia and the throat
    ("rc10-jaw-sideways", "my jaw keeps going sideways on its own", "dystonic_spasm"),
    ("rc10-eyes-dragged", "my eyes keep getting pulled upwards and stuck", "dystonic_spasm"),
    (
        "rc10-tongue-poking",
        "her tongue feels huge and keeps poking out of her mouth",
        "dystonic_spasm",
    ),
    ("rc10-throat-spasm", "my throat is spasming and I can hardly get air", "airway_compromise"),
    ("rc10-gasping", "he's gasping and drooling", "airway_compromise"),
    (
        "rc10-jab",
        "since the anti sickness injection my neck is pulled to one side",
        "med_dopamine_blocker",
    ),
    # RC11 tetany and DiGeorge
    (
        "rc11-wrists",
        "her hands are stuck bent at the wrist with the fingers together",
        "hand_foot_spasm",
    ),
    ("rc11-locked", "both my hands and feet are locked in spasm", "hand_foot_spasm"),
    ("rc11-digeorge", "my son has DiGeorge syndrome", "known_22q11_deletion"),
    # RC12 lithium toxicity: drowsy and clumsy
    ("rc12-drowsy-clumsy", "he is drowsy and muddled and keeps dropping things", "confusion"),
    # RC13 pre-eclampsia shorthand
    ("rc13-wks-pg", "28 wks pg and a banging headache", "pregnancy_late"),
    ("rc13-bracket", "pregnant with twins (31 weeks) and swollen", "pregnancy_late"),
    ("rc13-stars", "I keep seeing stars in my eyes", "visual_disturbance"),
    ("rc13-blurry-edges", "things look blurry at the edges", "visual_disturbance"),
    ("rc13-heavy-headache", "a heavy headache since yesterday", "severe_headache"),
    # RC14 stopping drink told as sober days; illusions
    ("rc14-sober-day", "sober day 3 and my hands are shaking", "alcohol_stopped"),
    ("rc14-drinker-stopped", "I'm a big drinker, stopped two days ago", "alcohol_stopped"),
    ("rc14-curtains", "the curtains keep moving like faces", "hallucinations"),
    ("rc14-patterns", "patterns crawling on the wall", "hallucinations"),
    # RC15 stimulants beyond the dose; chest pain as a band or pressure
    ("rc15-doubled", "I doubled my ritalin to cram for exams", "stimulant_drugs"),
    ("rc15-extra-adderall", "took extra adderall last night", "stimulant_drugs"),
    ("rc15-band", "there's a tight band round my chest", "chest_pain"),
    ("rc15-elephant", "like an elephant on my chest", "chest_pain"),
    # RC16-18 confusion as behaviour, choking with an adverb, family hallucinations
    ("rc16-acting-drunk", "his lip is twitching and acting drunk", "confusion"),
    ("rc16-forgetting", "she keeps forgetting where she is", "confusion"),
    ("rc17-choked-badly", "he choked badly on a sandwich", "choking"),
    ("rc18-children", "dad keeps seeing people in the hallway that aren't there", "hallucinations"),
    ("rc6-thunder", "a massive headache came suddenly like thunder", "sudden_severe_headache"),
    (
        "rc6-worst-known",
        "pain at the back of my head all at once, the worst I have known",
        "sudden_severe_headache",
    ),
    (
        "rc18-next-room",
        "she hears people talking in the next room but there's no one there",
        "hallucinations",
    ),
    (
        "rc8-clock-span",
        "since about 10am the corner of my mouth has been jerking rhythmically, it's now 3pm",
        "episode_5_minutes_or_more",
    ),
    (
        "rc28-hand-randomly",
        "my hand randomly stopped working for 10 minutes",
        "one_sided_limb_weakness",
    ),
    ("rc28-half-asleep", "half of my body is asleep since lunch", "one_sided_numbness"),
    ("rc28-backwards", "my words are coming out backwards", "sudden_speech_difficulty"),
    ("rc28-saliva", "he keeps choking on his saliva tonight", "choking"),
    ("rc28-says-there-are", "grandma says there are children in the garden", "hallucinations"),
    # RC7 a fit dated by its start and still going
    (
        "rc7-still-going",
        "the jerking started half an hour ago and hasn't stopped",
        "episode_5_minutes_or_more",
    ),
    (
        "rc7-hours",
        "his face started jerking 2 hours ago and is still jerking",
        "episode_5_minutes_or_more",
    ),
    # a relative's fit told with today's time
    (
        "rel-fit-this-morning",
        "my dad had a fit this morning and his lip keeps twitching",
        "seizure",
    ),
    ("rel-seizure-hour-ago", "my sister had a seizure an hour ago", "seizure"),
]

# (id, text, finding): the parser must NOT read the finding as present.
MUST_NOT_MATCH = [
    ("rc20-nearly-fit", "my mum nearly had a fit when she saw my hair", "seizure"),
    ("rc20-almost-fit", "I almost had a fit when I saw the bill", "seizure"),
    ("rc20-mates", "my friends say I look like I'm having a fit when I laugh", "seizure"),
    ("rc20-choked-laughing", "I nearly choked laughing at the film", "choking"),
    ("rc20-face-dropped", "his face dropped when I told him the news", "facial_droop"),
    ("rc21-bus", "I was out of breath running for the train", "breathless"),
    ("rc21-gym", "went to the gym and was breathless, fine after a rest", "breathless"),
    ("rc22-slow-headache", "my headache came on slowly over the day", "sudden_severe_headache"),
    ("rc23-dentist", "my lip was numb from the anaesthetic at the dentist", "one_sided_numbness"),
    ("rc23-football", "I fell over playing football last year", "sudden_balance_loss"),
    ("rc23-still-drinking", "I haven't stopped drinking, I know I should", "alcohol_stopped"),
    ("rc24-death", "I feel like death warmed up with this cold", "opioid_withdrawal_signs"),
    (
        "rc7-three-weeks",
        "my lip twitch started 3 weeks ago and still twitches",
        "episode_5_minutes_or_more",
    ),
    ("rc13-early-pg", "8 wks pg and tired", "pregnancy_late"),
    ("rc8-eyelid-acting", "my eyelid is twitching and acting weird", "confusion"),
    ("rc8-eyelid-seconds", "my eyelid twitches every couple of seconds", "rhythmic_jerking"),
    ("rc8-eyelid-nonstop", "my eye has been twitching non-stop for a week", "rhythmic_jerking"),
    ("rc8-eyelid-clockwork", "my eyelid twitches like clockwork every evening", "rhythmic_jerking"),
    (
        "rc6-face-thunder",
        "my dad had a face like thunder when he saw the bill",
        "sudden_severe_headache",
    ),
    ("rc18-next-room-real", "I could hear people talking in the next room", "hallucinations"),
    ("rc13-weeks-into", "I'm 6 weeks into this lip twitch", "pregnancy"),
    ("rc6-scale", "on a scale from 0 to 10 my headache is a 3", "sudden_severe_headache"),
    ("rc18-lump", "I felt a lump but there's nothing there", "hallucinations"),
    ("rc28-occasional-choke", "I sometimes choke on drinks", "choking"),
    ("rc10-td-tongue", "on my depot for years, my tongue pokes out on its own", "dystonic_spasm"),
    ("rel-history", "my brother has had seizures for years, my lip twitches", "seizure"),
    ("rel-childhood", "my dad had fits as a boy; my lip twitches today", "seizure"),
]

# (id, text, level): the assessment must reach at least this level.
AT_LEAST = [
    (
        "t-droop-af",
        "I'm 70 with AF, my smile won't go up on the right since an hour",
        "emergency_ambulance",
    ),
    (
        "t-speech-wife",
        "My husband 75. His speech became unclear at dinner. Lip twitch also.",
        "emergency_ambulance",
    ),
    (
        "t-dbl-vision",
        "out of nowhere dbl vision and my lip is twitching, 58m",
        "emergency_ambulance",
    ),
    (
        "t-half-dark",
        "half the room went dark on my left an hour ago, lip twitching",
        "emergency_ambulance",
    ),
    (
        "t-toddler",
        "all of a sudden I'm walking like a toddler, lip twitch, 50f",
        "emergency_ambulance",
    ),
    (
        "t-tia-passed",
        "my left hand and left side of my mouth went numb for 5 minutes, fine now",
        "emergency_ambulance",
    ),
    (
        "t-thunderclap-score",
        "headache went from 0 to 10 in seconds, lip twitching",
        "emergency_ambulance",
    ),
    (
        "t-epilepsy-still",
        "she has epilepsy, the jerking started 15 minutes ago and hasn't stopped",
        "emergency_ambulance",
    ),
    (
        "t-focal-hours",
        "my lip jerks like clockwork since I woke up, 5 hours now",
        "emergency_ambulance",
    ),
    ("t-spasms", "my 6 month old does jerks in clusters when he wakes, lip twitching", "emergency"),
    ("t-cycling", "my 2 week old makes cycling movements and stares, lip twitching", "emergency"),
    (
        "t-limp-bottle",
        "my 4 month old is limp and won't take the bottle, lip twitching",
        "emergency",
    ),
    (
        "t-dystonia-maxolon",
        "had Maxolon yesterday, now my jaw goes sideways and clamps, lip twitching",
        "emergency",
    ),
    (
        "t-throat-haloperidol",
        "after haloperidol her throat is clamping and she's gasping",
        "emergency_ambulance",
    ),
    (
        "t-digeorge",
        "my son has DiGeorge, his hands are locked in spasm and his lip twitches",
        "emergency",
    ),
    (
        "t-parathyroid",
        "hands and feet locked in spasm for 2 hours after my parathyroid op",
        "emergency",
    ),
    (
        "t-lithium",
        "on lithium and new water tablets, lip twitching, drowsy and clumsy",
        "emergency",
    ),
    ("t-preg-shorthand", "30 wks pg, lip twitch and seeing stars in my eyes", "emergency"),
    (
        "t-sober-dts",
        "heavy drinker, stopped 2 days ago, had the DTs last time, lip twitching",
        "emergency",
    ),
    ("t-sober-faces", "sober day 2, lip twitching and the walls are moving", "emergency"),
    (
        "t-adderall-chest",
        "took extra adderall, lip twitching and a tight band across my chest",
        "emergency_ambulance",
    ),
    (
        "t-gliclazide",
        "on gliclazide, missed dinner, sweaty, lip twitching and acting drunk",
        "emergency",
    ),
    (
        "t-serotonin",
        "on sertraline and tramadol, lip twitching, legs jumping, heart racing",
        "emergency",
    ),
    (
        "t-clock-focal",
        "since 8am my lip and right hand have been jerking rhythmically, it's "
        "now 1pm, I can still type",
        "emergency_ambulance",
    ),
    (
        "t-weeks-into-focal",
        "I'm 10 weeks into a mild lip twitch but since 9am it's jerking "
        "rhythmically into my hand, it's now 2pm",
        "emergency_ambulance",
    ),
    (
        "t-relative-tetany",
        "nan had her thyroid out on monday, her lip twitches and her hands "
        "keep cramping into claws",
        "emergency",
    ),
    (
        "t-relative-head",
        "my grandad is 80, banged his head on the door 3 days ago, now his right arm is weaker",
        "emergency_ambulance",
    ),
    (
        "t-relative-fit",
        "my mum had a fit this morning, her lip is still twitching",
        "emergency_ambulance",
    ),
]

# (id, text, level): a harmless control must stay at or under this level.
AT_MOST = [
    (
        "c-nearly-fit",
        "lip twitching for two days, exams, I nearly had a fit when I noticed",
        "consultation",
    ),
    (
        "c-mates-seizure",
        "my lip twitches when I laugh, my mates say I look like I'm having a seizure",
        "consultation",
    ),
    (
        "c-slow-hangover",
        "hungover, headache came on slowly this morning, lip twitching",
        "consultation",
    ),
    (
        "c-train-breath",
        "out of breath running for the train, lip twitched after, fine now",
        "consultation",
    ),
    (
        "c-gym-breath",
        "went to the gym and was breathless, my lip twitched, fine after a rest",
        "consultation",
    ),
    (
        "c-face-fell",
        "my face dropped when I heard the news lol, lip twitching a few days",
        "consultation",
    ),
    (
        "c-dentist",
        "lip twitching since my filling, the numbness from the anaesthetic wore off the same day",
        "consultation_24",
    ),
    (
        "c-old-fall",
        "fell over playing football 2 months ago and hit my head, fine since, lip "
        "twitches when tired",
        "consultation_24",
    ),
    (
        "c-still-drinking",
        "I'm a heavy drinker, haven't stopped drinking, lip twitches",
        "consultation",
    ),
    ("c-choked-laughing", "nearly choked laughing at a joke, now my lip twitches", "consultation"),
    ("c-family-parkinsons", "Lip twitching for a few days. Mum had Parkinson's.", "consultation"),
    (
        "c-baby-9-months",
        "my 9 month old's lip quivers before she cries, feeding well",
        "consultation",
    ),
    (
        "c-baby-5-months-age0",
        "my daughter is 5 months, her lip quivers after feeds",
        "consultation",
    ),
]

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("my 10-week-old has a twitchy lip", 2.31),
        ("my 4 month old's lip quivers", 4.0),
        ("my baby is 6 weeks old and her lip twitches", 1.38),
        ("my son is 9 months old", 9.0),
        ("baby aged 7 weeks, lip twitch", 1.62),
        ("she's 18 months and her lip twitches", 18.0),
    ],
)
def test_a_babys_age_in_months_or_weeks_is_read(text: str, months: float) -> None:
    parsed = parse(text)
    assert parsed.age_months == pytest.approx(months, abs=0.01)
    assert parsed.age == int(months // 12)


@pytest.mark.parametrize(
    "text",
    [
        "my lip has twitched, it is 3 weeks now",
        "lip twitching for 6 weeks",
        "I'm 30 weeks pregnant and my lip twitches",
        "my lip twitch started 2 months ago",
    ],
)
def test_a_duration_or_gestation_is_no_babys_age(text: str) -> None:
    assert parse(text).age_months is None


def test_the_under_3_months_floor_holds_only_under_3_months() -> None:
    # the same baby text; only the age differs
    young = assess("my 8 week old's lip quivers a bit, feeding well")
    older = assess("my 5 month old's lip quivers a bit, feeding well")
    assert "any_complaint_under_3_months" in {r.rule for r in young.triage.reasons}
    assert "any_complaint_under_3_months" not in {r.rule for r in older.triage.reasons}
    assert older.age == 0 and older.age_months == 5.0


def test_a_whole_year_age_of_0_is_refined_by_the_months_in_the_text() -> None:
    result = assess("my 7 month old's lip quivers when she cries", age=0)
    assert result.age_months == 7.0
    assert "any_complaint_under_3_months" not in {r.rule for r in result.triage.reasons}
    # without months, an age of 0 keeps the floor (safety first)
    bare = assess("my baby's lip quivers when she cries", age=0)
    assert "any_complaint_under_3_months" in {r.rule for r in bare.triage.reasons}


def test_months_given_to_assess_must_agree_with_the_age() -> None:
    assert age_in_years(0, 6) == pytest.approx(0.5)
    assert age_in_years(None, 2) == pytest.approx(2 / 12)
    assert age_in_years(40, None) == 40
    with pytest.raises(ValueError, match="does not agree"):
        age_in_years(2, 6)
    with pytest.raises(ValueError, match="between 0 and 35"):
        age_in_years(None, 40)


def test_every_red_flag_finding_has_a_second_wording() -> None:
    kb = load_knowledge_base()
    missing = [f.id for f in kb.findings if f.red_flag and not f.question_again]
    same = [f.id for f in kb.findings if f.red_flag and f.question_again == f.question]
    assert not missing and not same, (missing, same)


def test_the_hazard_log_names_tests_of_this_file_that_exist() -> None:
    import re
    from pathlib import Path

    log = (Path(__file__).resolve().parents[1] / "docs" / "safety.md").read_text(encoding="utf-8")
    ids = {c[0] for c in (*MUST_MATCH, *MUST_NOT_MATCH, *AT_LEAST, *AT_MOST)}
    named = re.findall(r"\bC::(test_\w+)(?:\[([\w-]+)\])?", log)
    assert len(named) >= 25
    for name, param in named:
        assert name in globals(), f"docs/safety.md names C::{name}"
        if param:
            assert param in ids, f"docs/safety.md names the case {param}"


def test_the_api_takes_a_babys_age_in_months() -> None:
    from fastapi.testclient import TestClient

    from twitchcheck._interfaces._api import create_app

    client = TestClient(create_app())
    evidence = [{"finding": "lip_twitch"}]

    def rules(body: dict[str, object]) -> set[str | None]:
        response = client.post("/v1/triage", json=body)
        assert response.status_code == 200, response.text
        return {r.get("rule") for r in response.json()["reasons"]}

    assert "any_complaint_under_3_months" in rules({"evidence": evidence, "age": 0})
    assert "any_complaint_under_3_months" in rules({"evidence": evidence, "age_months": 2})
    assert "any_complaint_under_3_months" not in rules(
        {"evidence": evidence, "age": 0, "age_months": 5}
    )
    wrong = client.post("/v1/triage", json={"evidence": evidence, "age": 3, "age_months": 5})
    assert wrong.status_code == 422 and "age_months" in wrong.text
    parsed = client.post("/v1/parse", json={"text": "my 10 week old has a twitchy lip"}).json()
    assert parsed["age"] == 0 and parsed["age_months"] == pytest.approx(2.31)
