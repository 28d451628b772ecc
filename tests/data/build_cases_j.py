#!/usr/bin/env python3
"""Build cases_j.jsonl: an independent held-out set of lip / perioral twitching cases.

Standard library only, deterministic. Every case below is hand-written, one by one.
Run:  python3 build_cases_j.py           (checks every case, writes cases_j.jsonl)
      python3 build_cases_j.py --stats   (also prints counts)
"""
import json
import os
import random
import re
import statistics
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases_j.jsonl")
SEED = "cases_j:2026:twitchcheck-heldout"

CONDITIONS = [
    "caffeine", "stress_anxiety", "fatigue", "strong_emotion", "alcohol_excess",
    "alcohol_withdrawal", "nicotine", "drug_use", "medication", "tardive_dyskinesia",
    "electrolyte_imbalance", "hypoparathyroidism", "digeorge_syndrome", "bells_palsy",
    "hemifacial_spasm", "facial_tic", "tourette_syndrome", "essential_tremor",
    "parkinsons_disease", "als", "facial_nerve_injury", "stroke", "alcoholic_neuropathy",
    "benign_fasciculation", "multiple_sclerosis", "focal_seizure",
    "acute_dystonic_reaction", "hypoglycaemia", "ramsay_hunt_syndrome",
    "guillain_barre_syndrome", "lithium_toxicity", "serotonin_syndrome",
    "neuroleptic_malignant_syndrome", "nicotine_poisoning",
]
TRIAGE = ["self_care", "consultation", "consultation_24", "emergency", "emergency_ambulance"]
VOICES = [
    "clinician_vignette", "clinician_terse", "forum_post", "forum_reply", "short_message",
    "patient_first_person", "parent_or_carer", "non_native", "older_adult", "teen_or_young",
]
KEYS = ["id", "age", "sex", "text", "gold", "acceptable", "triage", "facts", "basis", "voice"]

CASES = []


def case(age, sex, voice, gold, acceptable, triage, basis, text, facts):
    """Record one hand-written case exactly as given (no rewriting of any field)."""
    CASES.append({
        "age": age, "sex": sex, "text": text, "gold": gold, "acceptable": acceptable,
        "triage": triage, "facts": facts, "basis": basis, "voice": voice,
    })

# ---------------------------------------------------------------- caffeine
case(17, "male", "teen_or_young", "caffeine", [], "self_care",
     "clinical description: https://necolebitchie.com/can-caffeine-cause-lip-twitching",
     "ok so my top lip has been doing this flickery thing on and off since monday, like a tiny heartbeat in it lol. its exam szn so ive been having 2 of the big monster cans before school and another one at like 9pm to revise. cant sleep till 2ish. hands kinda jittery when i hold my phone. nothing else weird, face moves normal, i can smile and whistle fine. is it the cans or should i actually be worried?? mum says its nerves",
     ["+ upper lip flickering on and off for several days", "+ three large energy drinks a day", "+ falling asleep around 2am", "+ jittery hands", "- no facial weakness"])

case(29, "male", "forum_post", "caffeine", [], "self_care",
     "http://rioabrenica.blogspot.com/2008/07/heard-of-myokymia.html",
     "Bottomless office coffee = twitchy mouth??\nBit of background: I started a new job in February and the place has free filter coffee on tap. Not proud of it, but I reckon I'm on three of those huge mugs by lunchtime and usually another at 3 to get through the afternoon slump, and that's been going on for about two months. Last week the left side of my bottom lip started doing a tiny flutter, maybe ten or fifteen times a day, a few seconds each time. Nobody else can see it, I checked on my phone camera. I googled and got everything from magnesium to brain tumours so I shut the laptop pretty quick. Only other things are I'm weeing constantly and I feel wired at bedtime. Face isn't droopy, no numbness, speech fine, no headaches.\nEDIT: cut down to two mugs since Friday and it's maybe a bit less?\nAnyone else had this from coffee? How long did it take to settle once you cut back? Do I need to see someone or just ride it out?",
     ["+ three to four very large mugs of coffee a day for two months", "+ brief flutter of the lower lip several times a day for a week", "+ feels wired at bedtime", "- no facial droop", "- no numbness", "+ perhaps less since cutting down"])

case(20, "female", "clinician_vignette", "caffeine", [], "emergency_ambulance",
     "https://www.droracle.ai/articles/177601/what-is-the-timeframe-for-onset-of-muscle-twitches",
     "A 20-year-old woman is seen on an urgent home visit roughly ninety minutes after swallowing several heaped spoonfuls of a pure caffeine powder bought online; she tells her flatmate she wanted everything to stop. She has vomited four times since, is tremulous and agitated, and has near-continuous fine twitching around the mouth and eyelids. Pulse is about 150 and irregular, BP 150/95, afebrile. She denies taking any other tablets or alcohol. No seizure activity has been witnessed. No past medical history; her only medicine is the combined pill.",
     ["+ deliberate ingestion of pure caffeine powder about ninety minutes ago", "+ repeated vomiting", "+ tremor and agitation", "+ near-continuous twitching around the mouth", "+ pulse about 150 and irregular", "- no other tablets or alcohol"])

case(58, "female", "older_adult", "caffeine", [], "self_care",
     "http://www.deludeddiva.com/java-junkie-shakes-without-morning-jolt.html",
     "I am 58 and have always been what my late husband called a coffee fiend. I rise at five and, I confess, I take somewhere near a dozen cups before midday, black and strong. I have recently had orthodontic braces fitted (late in life, I know) and I now drink it through a straw, which my granddaughter finds hilarious. For the past fortnight the corner of my upper lip has been giving little jumps, mostly mid-morning, and my hands are not as steady as they were when I pour. My blood pressure tablet, amlodipine, has not changed, and I take a calcium supplement for my bones. The surgery checked my thyroid in the spring and it was normal. I have no weakness in my face and my speech is quite ordinary. Is it the coffee, or could the braces be to blame?",
     ["+ about twelve cups of strong coffee every morning", "+ upper lip jumping for two weeks, mostly mid-morning", "+ hands less steady when pouring", "- no facial weakness", "- speech normal", "+ recent thyroid test normal"])

# ---------------------------------------------------------------- stress_anxiety
case(34, "female", "forum_post", "stress_anxiety", [], "consultation",
     "http://flibbertigibbet.mu.nu/fitness_with_flibby/stress",
     "Face twitching that comes back every time work gets awful\nThis first started two or three years ago at my old job, which I hated and should have left much sooner. Back then it was just one eye, non-stop for weeks, then it faded. Since then it comes back whenever life goes sideways. The last month has been late nights at the office plus the end of a four-year relationship, and now it's my chin and the muscle just above my top lip jumping, on and off all day. If I concentrate and really relax my face I can make it stop for a bit, and nobody seems to notice it. No droop, no numbness, nothing else. What scares me is it seems to be spreading to new places and lasting longer each round. I take a multivitamin and fish oil every day so I don't think it's a vitamin thing like my colleague reckons.\nUpdate: booked the GP for next Thursday because this round has gone on nearly a month.\nHas anyone had twitching that moves around the face with stress like this? Does it ever stop for good?",
     ["+ chin and upper lip twitching on and off for nearly a month", "+ recurrent episodes over two to three years in stressful times", "+ can stop it briefly by relaxing the face", "+ heavy work stress and a recent break-up", "- no droop", "- no numbness"])

case(27, "male", "non_native", "stress_anxiety", [], "self_care",
     "clinical description: https://neurolaunch.com/lip-twitching",
     "Hello doctor, I am from Bangalore and working in IT company here in Pune since 2 year. This month is very much pressure, project go-live and my manager is calling even in night time. Since 10 days my lower lip is shaking small small, specially when I am in meeting or thinking of the deadline. When I go home to my family on weekend it is not coming at all. Sleep is less, only 5 hour. I am not drinking or smoking, only tea two times. No pain, no weakness in face, I can eat and speak properly. Please tell is it some nerve problem or only tension?",
     ["+ lower lip twitching for ten days", "+ heavy pressure at work", "- twitch absent when relaxed at weekends", "+ about five hours of sleep", "- no facial weakness", "- no alcohol or smoking"])

case(23, "female", "short_message", "stress_anxiety", [], "self_care",
     "https://www.interviewarea.com/q-and-a/can-anxiety-cause-facial-twitching",
     "top lip twitching on and off since my panic attacks came back last week. no droop, can smile fine. is this an anxiety thing?",
     ["+ upper lip twitching on and off for a week", "+ recent return of panic attacks", "- no facial droop"])

case(41, "female", "clinician_terse", "stress_anxiety", [], "consultation",
     "clinical description: https://www.healthshots.com/preventive-care/self-care/heres-everything-you-need-to-know-about-lip-twitching/",
     "Referral - 41F, c/o intermittent R upper lip twitching x 6/52. Hx GAD. Recent bereavement + now main carer for mother. Sleep poor. Meds: sertraline 100mg (same dose 2 yrs), COCP. Caffeine 2 cups/day, nil ETOH excess. O/E: no facial weakness, no synkinesis, CNs intact, no fasciculations elsewhere, reflexes normal. Bloods: TFTs, Ca, Mg, K all normal. Nil wt loss. Impression: ?stress-related. Pt v anxious re ?MND after googling - would value neuro opinion/reassurance.",
     ["+ intermittent right upper lip twitching for six weeks", "+ generalised anxiety and recent bereavement", "- no facial weakness", "- no fasciculations elsewhere", "- calcium, magnesium, potassium and thyroid tests normal", "- no weight loss"])

# ---------------------------------------------------------------- fatigue
case(33, "female", "patient_first_person", "fatigue", [], "self_care",
     "https://kirstengantenbein.com/2012/09/24/sand-and-a-twitch-in-my-eyes/",
     "My daughter started nursery a month ago and since then she wakes every three hours like a newborn again, so I get maybe four broken hours a night while also being back at work full time. For the last couple of weeks the left side of my bottom lip keeps flickering, and the lower eyelid has joined in. My ear on that side has felt blocked for a week, which I put down to the cold she brought home. Now and then I lose a word mid-sentence in meetings, which is embarrassing, but it always comes back. My face moves normally, my smile is even and I have no headaches. I'm living on tea.",
     ["+ about four broken hours of sleep a night for a month", "+ lower lip and eyelid flickering for two weeks", "+ blocked ear after a cold", "+ occasional word-finding slips when exhausted", "- face moves normally", "- no headaches"])

case(19, "male", "teen_or_young", "fatigue", ["caffeine"], "self_care",
     "clinical description: https://www.alibaba.com/product-insights/why-does-my-face-twitch-involuntarily-when-tired-causes-and-tips.html",
     "bro my chin has been twitching like a phone on vibrate for 3 days. pulled two all nighters for my dissertation plus working weekend shifts at the bar so maybe 9 hrs sleep total since thurs. its worst when im sat at the laptop at like 4am. no weird drugs just red bull and a lot of toast. can still smile n talk fine, nothing numb. do i literally just need to sleep or is this a thing",
     ["+ chin twitching for three days", "+ about nine hours of sleep in four nights", "+ energy drinks", "+ worse late at night", "- no numbness", "- smile and speech normal"])

case(38, "female", "short_message", "fatigue", [], "self_care",
     "clinical description: https://www.alibaba.com/product-insights/why-does-my-face-twitch-randomly-when-tired-causes-and-cures.html",
     "Five night shifts in a row, corner of my mouth twitching since yesterday. No droop, nothing else, just wiped out. Is it tiredness?",
     ["+ five consecutive night shifts", "+ twitching at the corner of the mouth since yesterday", "- no facial droop"])

case(31, "male", "forum_reply", "fatigue", [], "self_care",
     "https://www.thestar.com.my/lifestyle/living/2020/09/28/big-smile-no-teeth-zombie-face-is-a-real-thing-among-new-parents",
     "Re: new dad, face going haywire - Same as OP honestly. Ours is eleven weeks and I don't think I've had more than two hours in one go since she arrived. Mine started like yours, a little jump at the corner of my mouth when I'm sat still in the evenings, then my eyelid joined in. It went away completely the week my mother-in-law stayed and did the night feeds, then came back the day she left. No numbness, smile's even, no headaches. I'd say get someone to cover a night or two and see if yours settles the same way.",
     ["+ eleven weeks of broken sleep with a new baby", "+ twitch at the corner of the mouth and eyelid", "+ went away during a week of proper sleep and returned after", "- no numbness", "- no headaches"])

# ---------------------------------------------------------------- strong_emotion
case(36, "female", "patient_first_person", "strong_emotion", [], "self_care",
     "https://www.guernicamag.com/why-we-cry-when-were-angry/?fbclid=IwAR1vYGWTVwMVzJorTaxFU0Z_Emsg3QtiJ-A-zTAxxQZI14IBuHAvAOQpxMM",
     "When I get really angry, my upper lip starts to quiver and I can't stop it unless I press my lips together or force a smile. It happened again yesterday in a meeting where my boss took credit for my work, and it made me look like I was about to cry when actually I was furious. It settles within a few minutes once I calm down or leave the room. It never happens when I'm relaxed, and there's no droop or numbness in my face. It's been like this since I was a teenager. I'd just like to know if it's normal or something I should get checked.",
     ["+ upper lip quivers when very angry", "+ settles within minutes once calm", "+ same pattern since the teenage years", "- never happens when relaxed", "- no droop or numbness"])

case(44, "female", "forum_post", "strong_emotion", ["stress_anxiety"], "consultation",
     "http://www.sheflieswithherownwings.uk/2014/01/on-verge.html",
     "Bottom lip shakes before I cry - which is all the time lately\nI've always been a crier but the last couple of months it's every single day. My eyes prickle, the corners of my mouth pull down and then my bottom lip starts jumping on its own, and I'm gone. Happy adverts, a song in the car, my son saying thank you for his tea. I'm 44, two teenagers, work part-time in a school office. I googled 'lip trembling before crying' and got pages about nerve diseases and also the menopause, which, maybe? My periods have gone erratic this year and I'm sleeping badly. Hardly drink, no tablets except the odd ibuprofen.\nEDIT: to be clear, the lip only shakes when I'm about to cry, never randomly, and it stops when I've calmed down.\nIs the lip thing itself anything to worry about? And should I be seeing someone about the constant crying?",
     ["+ lower lip trembles just before crying", "+ crying every day for two months over small things", "- lip never shakes at other times", "+ poor sleep", "+ irregular periods this year", "- no regular medicines"])

case(15, "female", "teen_or_young", "strong_emotion", [], "self_care",
     "https://slowingtheracingmind.blogspot.com/2009/06/i-hate-to-cry.html",
     "every time i argue w my mum or a teacher has a go at me my chin goes all wobbly and my bottom lip starts jumping and everyone thinks im crying when im literally just MAD. it stops like 5 mins after. doesnt happen any other time like in class or at night. is my face broken or is this just a me thing lol",
     ["+ chin and lower lip jump during arguments", "+ stops about five minutes later", "- does not happen at other times"])

case(52, "male", "short_message", "strong_emotion", [], "self_care",
     "http://everythingbrighter.blogspot.com/2011/04/tuesday-blues-and-bit-of-hope.html",
     "When I'm upset my hands shake, my lips twitch and my teeth chatter for the afternoon, then it passes. Fine otherwise. Normal?",
     ["+ hand shaking, lip twitching and teeth chattering when upset", "+ passes within an afternoon", "- no other symptoms"])

# ---------------------------------------------------------------- alcohol_excess
case(21, "male", "teen_or_young", "alcohol_excess", [], "self_care",
     "clinical description: https://www.healthline.com/health/alcohol/hangover-shakes?utm_source=ReadNext",
     "woke up rough af after my mates 21st, we did like 12 pints plus shots til 4am. its now 2pm, hands shaking, top lip keeps twitching, sweaty n anxious (hangxiety is real). i dont drink like that normally, maybe once a month. no fits or seeing things lol. just want to know if the twitch is the hangover or something else",
     ["+ about twelve pints plus shots last night", "+ shaky hands and upper lip twitching the next afternoon", "+ sweaty and anxious", "- heavy drinking only about once a month", "- no fits or hallucinations"])

case(27, "female", "short_message", "alcohol_excess", [], "self_care",
     "clinical description: https://biologyinsights.com/is-it-normal-to-shake-when-hungover",
     "Big night on prosecco, lip twitching and shaky today. Just hangover?",
     ["+ heavy drinking last night", "+ lip twitching today", "+ shaky today"])

case(46, "male", "clinician_terse", "alcohol_excess", ["alcohol_withdrawal"], "consultation",
     "clinical description: https://dentyatt454.amebaownd.com/posts/30884546",
     "46M. c/o 'shakes' + twitching around mouth on Sat/Sun mornings x ~3/12. Drinks Fri-Sun: approx 8 pints + bottle of wine w/ meals, ~60u/wk, nil weekday drinking per pt. Nil morning drinking, nil fits, nil hallucinations. Sleep poor after drinking. PMH: HTN (ramipril), gout. O/E today (Tues): no tremor, no perioral twitch, CNs normal. AUDIT-C 10. LFTs/GGT sent. Plan: brief intervention, r/v 2/52 with bloods.",
     ["+ shakes and twitching around the mouth on weekend mornings for three months", "+ about sixty units of alcohol every weekend", "- no weekday or morning drinking", "- no fits or hallucinations", "- no tremor or twitch on a weekday examination"])

case(30, "male", "non_native", "alcohol_excess", [], "self_care",
     "clinical description: https://santaanapainters.com/2022/09/16/alcohol-shakes-tremors-when-do-i-need-professional/",
     "Good evening. I am Polish man, 30 years, working in warehouse in Leicester. Last Saturday was wedding of my cousin and we drink vodka very much, maybe one bottle only for me, and Sunday also beers. Today is Monday morning and my mouth, the lower lip, is jumping little bit, also the hands shaking when I hold the coffee. I sweat and the heart feels fast. Normally I drink only few beers on Friday. I have no problem with speaking and face is normal. I must go to work at 2 o'clock, is it ok?",
     ["+ about a bottle of vodka at a wedding on Saturday plus beer on Sunday", "+ lower lip twitching and shaky hands on Monday", "+ sweating and fast heartbeat", "- usually drinks only a few beers a week", "- speech and face normal"])

# ---------------------------------------------------------------- alcohol_withdrawal
case(52, "male", "parent_or_carer", "alcohol_withdrawal", [], "emergency_ambulance",
     "clinical description: https://www.abhayawellness.com/why-do-i-shake-stop-alcohol-withdrawal",
     "I'm writing about my husband, he's 52. He's got through most of a bottle of vodka a day for years and three days ago he just stopped, said he was done with it. Tonight he's soaked in sweat, shaking all over, his mouth and lips keep twitching and jumping, and he's picking at the duvet saying there are ants on it. He doesn't seem to know it's the middle of the night and he called me by his sister's name. He's burning hot to touch. He keeps saying he's fine and just needs a drink.",
     ["+ most of a bottle of vodka a day for years, stopped three days ago", "+ drenching sweats and whole-body shaking", "+ twitching of the mouth and lips", "+ sees ants that are not there", "+ disoriented to time and people", "+ feels very hot"])

case(48, "male", "clinician_vignette", "alcohol_withdrawal", [], "consultation_24",
     "clinical description: https://withdrawalinfo.org/topic/alcohol-withdrawal-stages",
     "A 48-year-old man attends the walk-in centre 14 hours after his last drink, having decided to stop after a decade of drinking roughly a litre of strong cider and half a bottle of spirits daily. Since waking he reports tremulousness, sweating, nausea and inner restlessness, with fine twitching of the perioral muscles and tongue. He is fully oriented and denies visual or tactile hallucinations; there is no history of withdrawal seizures or head injury. Pulse 104, BP 152/94, temperature 37.1. Fine postural tremor of both hands; no ataxia or nystagmus.",
     ["+ daily heavy drinking for ten years, last drink 14 hours ago", "+ tremor, sweating and nausea since waking", "+ fine twitching around the mouth and tongue", "- no hallucinations", "- no previous withdrawal seizures", "- fully oriented"])

case(39, "male", "forum_post", "alcohol_withdrawal", [], "emergency",
     "clinical description: https://www.greenthumb.com/how-to-stop-alcohol-withdrawal-shakes-reduce/",
     "Day 2 without booze - face twitching, heart pounding, scared\nLong time lurker. 39, work in logistics, two kids. I've been putting away six to eight cans of strong lager every night for about five years, more at weekends. Sunday I poured the rest down the sink after something my daughter said. Last drink was Sunday 9pm, it's now Tuesday lunchtime. Since yesterday my hands won't stop shaking, I'm sweating through my shirts, my heart's banging and the muscles round my mouth and lips keep twitching on their own. Barely slept. The bit I should probably mention: last time I tried this, two years ago, I had a fit on the kitchen floor on day two and woke up in an ambulance. Not seeing things this time.\nEDIT: wife says go to A&E, I'm saying I'll ride it out at home with water and bananas.\nWho's right? Is the twitching a sign it's going to happen again?",
     ["+ six to eight cans of strong lager nightly for five years", "+ stopped about 40 hours ago", "+ shaking, sweating and pounding heart", "+ twitching around the mouth and lips", "+ previous withdrawal seizure two years ago", "- no hallucinations"])

case(71, "male", "older_adult", "alcohol_withdrawal", [], "consultation_24",
     "https://beyondaddictionrehab.com/medical-detox/",
     "I am seventy-one, a retired bank manager, and I have enjoyed whisky every evening for most of my adult life; if I am honest, it has been half a bottle on most nights since my wife passed. At my annual check the practice nurse found my liver tests poor, so I stopped entirely on Sunday. Since Monday I have been shaking, the hands especially, and there is a twitching about my mouth and chin that my daughter noticed on our video call. I feel jumpy and cannot settle to sleep. I am not muddled, I know perfectly well where I am, and I have seen nothing untoward. I take bisoprolol, atorvastatin and a tablet for my prostate. Should I simply persevere?",
     ["+ about half a bottle of whisky most nights for years", "+ stopped abruptly two days ago", "+ shaking hands and twitching around the mouth and chin", "+ jumpy and unable to sleep", "- not confused", "- no hallucinations"])

# ---------------------------------------------------------------- nicotine
case(42, "female", "forum_post", "nicotine", [], "self_care",
     "https://ashline.org/about-quit-coaching/withdrawal-symptoms/",
     "Quit smoking 5 days ago and now my lip won't stop twitching?\nSo I finally did it - 20 a day for 24 years and on Sunday I went cold turkey (no patches, I know, I know). Since Wednesday there's a twitch at the corner of my top lip that comes and goes all day, and I feel tense all the time, snapping at everyone, can't sleep, eating everything in the house. I googled 'lip twitching after quitting smoking' and most of it said withdrawal is normal, but one page went on about nerve damage and now I'm paranoid. No droop, no numbness, I feel well apart from being a nightmare to live with. Still having my usual two coffees.\nUpdate: husband came home with patches, first one's on.\nDoes the twitch go when the rest of the withdrawal does? How long did yours last?",
     ["+ smoked twenty a day for 24 years, stopped five days ago", "+ twitch at the corner of the upper lip on and off for three days", "+ irritable, sleeping poorly, hungry", "- no droop", "- no numbness"])

case(18, "female", "clinician_vignette", "nicotine", [], "self_care",
     "clinical description: https://igetbar.com.au/what-are-the-symptoms-of-vaping-too-much",
     "An 18-year-old first-year student reports using disposable 20 mg/ml nicotine vapes almost continuously since starting university, finishing one device every two days. After heavy sessions she gets light-headedness, mild nausea, shaky hands and a twitch of the upper lip lasting up to an hour, which settles once she stops. She has never fainted and denies chest pain or palpitations. No other drugs; alcohol at weekends only. Examination today is normal, with no perioral twitching at rest.",
     ["+ near-continuous use of strong nicotine vapes", "+ upper lip twitching and shaky hands after heavy sessions", "+ light-headedness and mild nausea after heavy sessions", "+ settles within an hour of stopping", "- never fainted", "- no chest pain or palpitations"])

case(25, "male", "short_message", "nicotine", [], "self_care",
     "clinical description: https://thetechy.life/how-to-stop-shaking-after-vaping",
     "Lip twitches and hands shake after vaping back to back, goes off an hour or two after I stop. Otherwise fine. Too much nicotine?",
     ["+ lip twitching and shaky hands after chain vaping", "+ settles within one to two hours of stopping", "- no other symptoms"])

case(35, "male", "non_native", "nicotine", [], "self_care",
     "clinical description: https://trendsmask.com/what-happens-when-you-quit-nicotine-94669.html",
     "Hi, I am from Brazil, 35 years. I stop the cigarette 2 weeks ago after 15 years, one pack each day. Now I am very nervous, I want to eat all the time and I cannot sleep good. Also my upper lip is making small twitch many times in the day, like a little fish under the skin. My face is moving normal and no pain. The man in the pharmacy told me it is the nicotine going out of the body. It is true? How much time it continue?",
     ["+ stopped smoking a pack a day two weeks ago", "+ upper lip twitching many times a day", "+ nervous, hungry and sleeping badly", "- face moves normally", "- no pain"])

# ---------------------------------------------------------------- drug_use
case(20, "female", "teen_or_young", "drug_use", [], "self_care",
     "clinical description: https://pixelation.org/molly-jaw-explained-why-it-happens-and-how-to-handle-the-gurn-g88",
     "so i took molly for the first time at a festival sat night, one pill halved over the night. now its monday and my jaw is still sore from clenching and my bottom lip and chin keep doing little twitches. tired and a bit low but no fever, heart feels normal, drinking water, eating ok. is this normal comedown stuff or did i break something lol",
     ["+ one MDMA pill two nights ago", "+ sore jaw from clenching", "+ lower lip and chin twitching", "+ tired and low", "- no fever", "- heartbeat feels normal"])

case(26, "male", "forum_reply", "drug_use", [], "emergency",
     "clinical description: https://kamauryu.com/2025/04/understanding-street-drugs-and.html",
     "Re: friend acting weird after a bender - Replying to my own thread because it's got worse. My mate (26) has been up since Thursday smoking what he says is ice, and it's now Sunday afternoon. His face won't stop twitching, mouth and jaw going constantly, grinding his teeth, eyes darting everywhere. He keeps saying the neighbours are filming him through the vents, he's got a tight chest and his heart is going like the clappers. Sweating buckets but won't let me near him with a thermometer. Hasn't eaten or slept. Someone upthread said let him sleep it off, but I honestly don't think he can sleep.",
     ["+ smoking methamphetamine for about three days without sleep", "+ constant twitching of the mouth and jaw with teeth grinding", "+ paranoid beliefs", "+ chest tightness and racing heart", "+ heavy sweating", "- not eaten or slept"])

case(33, "male", "short_message", "drug_use", [], "consultation",
     "clinical description: https://movingmountainsrecovery.com/what-is-coke-jaw/",
     "Using coke about 3 nights a week for 2 years. Jaw clenches and my lip and chin twitch even on days off. Nosebleeds too.",
     ["+ cocaine about three nights a week for two years", "+ jaw clenching", "+ lip and chin twitching even on days without cocaine", "+ nosebleeds"])

case(22, "male", "short_message", "drug_use", ["serotonin_syndrome"], "emergency_ambulance",
     "clinical description: https://rusopplysningen.no/english/mdma",
     "took 2 pills 3 hrs ago, jaw and lips twitching nonstop, boiling hot, heart racing, mates say im talking nonsense. help",
     ["+ two ecstasy pills three hours ago", "+ constant twitching of the jaw and lips", "+ feels very hot", "+ racing heart", "+ confused speech"])

# ---------------------------------------------------------------- medication
case(48, "female", "forum_reply", "medication", [], "consultation",
     "https://forum.parkinsons.org.uk/t/developed-an-annoying-lip-twtich/23719",
     "Re: Developed an annoying lip twitch - No Parkinson's here (I'm on the forum for my dad) but mine started a lot like yours. GP put my sertraline up from 50 to 75 for menopause anxiety and about ten days later I got odd pulling movements at the corner of my mouth, my jaw shifting to one side for a few minutes at a time, and clenching at night so bad my husband hears the grinding. They dropped me back to 50 last week and it's calmed a lot but not gone. Never had a temperature or felt confused with it. Worth looking at anything you started or changed in the weeks before yours began.",
     ["+ sertraline dose increased from 50 to 75 mg", "+ pulling movements at the corner of the mouth and jaw deviation starting ten days later", "+ night-time teeth clenching", "+ better but not gone since the dose was reduced", "- no fever", "- no confusion"])

case(9, "male", "parent_or_carer", "medication", ["facial_tic"], "consultation",
     "clinical description: https://scienceinsights.org/what-drugs-cause-twitching-and-involuntary-movement",
     "My son is nine and started methylphenidate for ADHD about five weeks ago. Since the dose went up a fortnight ago he's developed a twitch where the corner of his mouth pulls sideways, sometimes with a quick sniff or a blink. He says he can hold it in at school but then it all comes out at home in a burst. Before the tablets he never had anything like this. He's sleeping later and barely touching his lunch, but his teacher says his focus is much better. Nobody in the family has tics that I know of. Should we stop the tablets?",
     ["+ started methylphenidate five weeks ago, dose increased two weeks ago", "+ new mouth-corner pulling twitch with sniffing and blinking", "+ can suppress it at school", "- no tics before the medicine", "- no family history of tics"])

case(67, "male", "clinician_terse", "medication", ["electrolyte_imbalance"], "consultation_24",
     "clinical description: https://www.droracle.ai/articles/570192/what-medications-can-cause-muscle-twitches",
     "67M, COPD, LRTI - day 4 doxycycline + pred 30mg. Now using salbutamol nebs 4-hrly at home (usually inhaler PRN). c/o shaky hands, palpitations, twitching of lips 'like when you're freezing cold' since yesterday, can't settle. Nil chest pain. Sats 93% RA (baseline 92-94), HR 108 reg, RR 20, T 37.2. Not confused. Fine tremor both hands, perioral twitching seen. K+ not checked. ?beta-agonist effect ?low K - bloods today, review neb use.",
     ["+ frequent salbutamol nebulisers plus prednisolone for a chest infection", "+ shaky hands and palpitations", "+ lip twitching since yesterday", "+ heart rate 108", "- no chest pain", "- not confused"])

case(51, "female", "patient_first_person", "medication", [], "consultation",
     "clinical description: https://biologyinsights.com/what-drugs-cause-muscle-twitching-and-involuntary-movements",
     "Three weeks ago my neurologist started me on sodium valproate to prevent my migraines, and the dose went up last week. Since then my hands have a fine shake when I write or hold a mug, and my lips quiver, especially while I'm talking. I've also put on a few pounds and there seems to be more hair in the brush. The migraines are actually better. I have no weakness, my speech is clear and I'm not drowsy. I don't drink much coffee and I've never had a tremor before.",
     ["+ valproate started three weeks ago, dose increased last week", "+ fine hand tremor and lip quivering since starting", "+ weight gain and hair thinning", "- no weakness", "- not drowsy", "- no tremor before the medicine"])

# ---------------------------------------------------------------- tardive_dyskinesia
case(65, "female", "clinician_vignette", "tardive_dyskinesia", [], "consultation",
     "https://bibliotheek.ehb.be:2400/topics/en-us/3000325/case-history",
     "A 65-year-old woman with bipolar affective disorder is reviewed for four months of involuntary mouth and facial movements. A year ago she was admitted with mania, had an acute dystonic reaction to intramuscular haloperidol during that stay, and was discharged on olanzapine, which she continues. The movements began about three months after olanzapine was started. No facial trauma and no recent dental extraction. On examination there is continuous lip smacking and puckering with writhing of the tongue, increased blinking and intermittent forced eye closure; the rest of the neurological examination is normal. She seems largely unaware of the movements.",
     ["+ long-term antipsychotic (olanzapine) after earlier haloperidol", "+ four months of lip smacking and puckering", "+ tongue writhing and excess blinking", "+ movements began months after starting the drug", "- no facial trauma or dental extraction", "- rest of neurological examination normal"])

case(66, "male", "clinician_terse", "tardive_dyskinesia", ["medication"], "consultation",
     "https://www.scilit.net/publications/099d507a59ebe141663817d8b795fb34",
     "66M, biliary tract ca on chemo. Metoclopramide 10mg tds for ~5/12 for nausea. Wife reports 'chewing' + lip pursing/smacking x 6/52, tongue pushing out, worse sitting watching TV. Also stiffer, slower, slight tremor R hand. Nil fever, nil confusion. Swallowing OK per pt, nil choking, nil SOB. O/E: orobuccolingual dyskinesia, mild rigidity + bradykinesia UL. Plan: stop metoclopramide, alternative antiemetic (d/w oncology), routine neuro r/v.",
     ["+ metoclopramide three times a day for about five months", "+ six weeks of lip pursing, smacking and chewing movements", "+ tongue protrusion", "+ mild stiffness and slowness", "- no fever or confusion", "- no swallowing difficulty"])

case(78, "female", "older_adult", "tardive_dyskinesia", [], "consultation",
     "clinical description: http://healthboard.com/Encyclopedia/Biotech/term/tardive_dyskinesia.html",
     "I am seventy-eight and have taken prochlorperazine, which the doctor first gave me for my dizzy spells, for I should think six or seven years now; I collect it with my repeat prescriptions along with my water tablet and my thyroxine. My son pointed out at Sunday lunch that my lips are forever moving, pursing and smacking as if I were tasting something, and my tongue pokes out now and then. I confess I had not noticed it myself, though a lady at church has been giving me odd looks. My husband says it stops when I am asleep, and it is worse when I am fretting. I have no pain, no weakness and my speech is as it always was.",
     ["+ prochlorperazine taken for six or seven years", "+ constant lip pursing and smacking", "+ tongue poking out", "+ stops in sleep, worse when anxious", "- no weakness", "- speech unchanged"])

case(34, "female", "forum_reply", "tardive_dyskinesia", [], "consultation",
     "clinical description: https://ixbapi.healthwise.net/KnowledgeContent/as1006?lang=en-us&hw.key=AQ55EKQLPRYOCSV5OMTZ2HMVXXEXUXADYM2HDWKCEPCSRKYM3LYM6ILZR4YYGER5ZNHI4XCHY3ZDOWY3K4NBBH3V7IMEXE33SKBDQDDQ",
     "Re: anyone's loved one get mouth movements from their injection? - Reading this thread with my heart in my mouth because it's exactly what's happening with my sister (34). She's had a monthly depot injection for schizophrenia for about six years and is doing really well mentally. Over the last few months her lips keep smacking and puckering, her tongue darts out, and she sort of chews when there's nothing in her mouth. She says she can't feel it and isn't bothered, but people on the bus stare. No fever, no stiffness, she's her usual self otherwise. Like the OP, I'm scared to push her to change the injection in case she gets unwell again.",
     ["+ monthly antipsychotic depot injection for about six years", "+ several months of lip smacking and puckering", "+ tongue darting and chewing movements", "- no fever", "- no stiffness"])

# ---------------------------------------------------------------- electrolyte_imbalance
case(77, "male", "clinician_vignette", "electrolyte_imbalance", ["medication"], "emergency",
     "http://47.251.13.51:8081/32572351",
     "A 77-year-old man is brought in by his daughter with a week of worsening tremulousness, an unsteady gait and two near-falls. She has noticed twitching around his mouth and of his fingers. He has taken omeprazole 40 mg daily for several years for reflux, alongside bendroflumethiazide and a statin; there is an old occipital infarct. He is alert and oriented. Examination shows a coarse tremor of both hands, perioral twitching, brisk reflexes and a broad-based gait without focal weakness. The ECG shows frequent atrial ectopics.",
     ["+ omeprazole for several years plus a thiazide", "+ a week of worsening tremor and unsteady walking", "+ twitching around the mouth and fingers", "+ frequent ectopic beats on ECG", "- alert and oriented", "- no focal weakness"])

case(73, "female", "older_adult", "electrolyte_imbalance", ["medication"], "consultation_24",
     "https://www.wjgnet.com/1007-9327/full/v23/i37/6907.htm?s=qc",
     "Dear doctor, I am seventy-three and have taken omeprazole for heartburn for the best part of ten years, together with my blood pressure tablet and a small aspirin. In the last week I have had cramps in my calves at night, my fingers have gone tingly and once locked into a curious bent position while I was knitting, and the corner of my lip flickers on and off. I feel washed out and a little sick. I had a similar turn three years ago, when the hospital found my magnesium very low, gave me a drip and told me to take magnesium tablets, which I confess I stopped in the summer. I am not muddled and have no chest pain.",
     ["+ omeprazole for about ten years", "+ previous very low magnesium needing a drip", "+ stopped magnesium tablets months ago", "+ night cramps, tingling fingers and a brief finger spasm", "+ lip flickering for a week", "- no confusion", "- no chest pain"])

case(29, "male", "non_native", "electrolyte_imbalance", [], "emergency",
     "clinical description: https://www.medicinenet.com/hypokalemia_symptoms_and_signs/symptoms.htm",
     "Hello, I am 29, from Egypt, living in Dubai. One week ago I had food poisoning, very much diarrhea and vomiting, maybe 10 times in the day for 4 days. Now diarrhea is less but I feel very weak in legs, cramps in the muscles, and my lips and the corner of mouth are doing small twitching. When I climb stairs the legs are heavy like stone. Also I feel the heart jumping sometimes. I drink water and the salts from pharmacy but I eat not much. No fever now. Is it dangerous?",
     ["+ heavy diarrhoea and vomiting for four days last week", "+ marked leg weakness climbing stairs", "+ muscle cramps", "+ twitching of the lips and mouth corner", "+ skipped heartbeats", "- no fever now"])

case(69, "female", "short_message", "electrolyte_imbalance", ["medication"], "consultation_24",
     "clinical description: https://10faq.com/health/side-effects-of-diuretics/3",
     "On water tablets since spring. Night cramps in my legs, top lip keeps twitching, tired all the time. Do I need bloods?",
     ["+ taking a diuretic for some months", "+ night leg cramps", "+ upper lip twitching", "+ constant tiredness"])

# ---------------------------------------------------------------- hypoparathyroidism
case(44, "female", "patient_first_person", "hypoparathyroidism", ["electrolyte_imbalance"], "emergency",
     "https://www.droracle.ai/articles/628626/can-hypothyroidism-with-a-thyroid-stimulating-hormone-tsh-level-of",
     "I had my whole thyroid taken out on Monday for a goitre and came home yesterday. Since this morning my lips and fingertips have been tingling like pins and needles, and my upper lip keeps twitching on its own. Just now my hand cramped into a stiff claw while I was holding the kettle and it took ages to let go. I was sent home with calcium tablets to take 'if needed' but nobody really explained when. My neck wound looks fine and I'm breathing okay. My husband thinks I should just take a couple and sleep it off.",
     ["+ total thyroidectomy four days ago", "+ tingling of the lips and fingertips", "+ upper lip twitching", "+ hand cramped into a claw", "- breathing normally", "- wound looks fine"])

case(52, "female", "clinician_terse", "hypoparathyroidism", ["electrolyte_imbalance"], "consultation_24",
     "clinical description: https://jameskirkbybott.com/medications",
     "Tel consult. 52F, day 5 post total thyroidectomy (MNG). c/o perioral + fingertip tingling since last night, 'twitchy' upper lip. Nil carpopedal spasm, nil palps, nil SOB, nil stridor. On levothyroxine 100mcg. Ca supplements not continued at d/c as day-1 adj Ca 2.15. Post-op PTH result not seen. Plan: same-day adj Ca, Mg, PTH; surgical team informed; safety-netted re cramps/spasm -> ED.",
     ["+ total thyroidectomy five days ago", "+ tingling around the mouth and fingertips since last night", "+ upper lip twitching", "- no hand spasm", "- no palpitations or breathing difficulty"])

case(61, "female", "forum_reply", "hypoparathyroidism", [], "consultation",
     "clinical description: https://surgery-app.parathyroid.com/frequently-asked-questions/weird-symptoms-from-low-calcium/?referer=https%3A%2F%2Fsurgery-app.parathyroid.com%2Ffrequently-asked-questions%2F",
     "Re: weird face feelings - is this my calcium? - Snap, OP. I've had no working parathyroids since my neck surgery in 2019 and I'm on calcitriol and calcium four times a day. Like you, mine isn't the textbook tingling. I get a buzzy, vibrating feeling round my mouth and a little twitch in my top lip most evenings, worse after a long day or if I'm late with a dose, and it goes about an hour after my evening tablets. No cramps in my hands, no palpitations, nothing that's stopped me doing anything. My endo wants me to keep a diary for clinic next month, which is what I'd suggest you ask for too.",
     ["+ permanent loss of parathyroid function after neck surgery", "+ on calcitriol and calcium", "+ buzzing around the mouth and upper lip twitch most evenings", "+ settles after the evening dose", "- no hand cramps", "- no palpitations"])

case(19, "female", "teen_or_young", "hypoparathyroidism", ["electrolyte_imbalance"], "emergency",
     "https://www.100qa.ai/en/question/5af0462b-3fb4-40d8-8167-3fa22573a7f0",
     "had my thyroid out in june for cancer and theyve got me on calcium tablets 3x a day bc apparently the little glands got wrecked. went to my bfs for the weekend n forgot to pack them so its been like 2 days. now my lips r numb and my top lip keeps twitching, fingers tingling, and earlier both hands went stiff and bent and wouldnt straighten for a few mins which was terrifying. also feel jittery and weird. should i go in or just take them when i get home tonight",
     ["+ thyroid removed months ago with damaged parathyroid glands", "+ missed calcium tablets for two days", "+ numb lips and upper lip twitching", "+ tingling fingers", "+ both hands locked in spasm for minutes"])

# ---------------------------------------------------------------- digeorge_syndrome
case(2, "male", "parent_or_carer", "digeorge_syndrome", ["hypoparathyroidism"], "emergency_ambulance",
     "https://wjwch.com/not-just-a-hypocalcemic-seizure-digeorge-syndrome/",
     "Our son is two. He was born with a heart problem that was operated on when he was tiny, and he catches every cough going. A geneticist wanted a chromosome blood test back then but we moved and it never happened. Since yesterday he's been grizzly and the corners of his mouth keep twitching. Twenty minutes ago he went stiff, his arms and legs jerked and his eyes rolled back. It has stopped now, but he's floppy and won't wake properly when I call him. He has never had a fit before and he hasn't had a temperature.",
     ["+ heart defect operated on in infancy", "+ frequent infections", "+ twitching at the corners of the mouth since yesterday", "+ first convulsion twenty minutes ago", "+ still floppy and hard to rouse", "- no fever"])

case(49, "male", "clinician_vignette", "digeorge_syndrome", ["hypoparathyroidism"], "emergency",
     "https://pmc.ncbi.nlm.nih.gov/articles/PMC5667319",
     "A 49-year-old man with a learning disability, a repaired cleft palate, schizophrenia and cataracts, long labelled as having idiopathic epilepsy, is brought from his supported-living home after two generalised convulsions over two days. Between events staff have noticed twitching at the corners of his mouth and that his hands 'go into a cramp'. He takes an antipsychotic and an antiepileptic. Tapping over the facial nerve in front of the ear produces twitching of the ipsilateral upper lip. A previous CT reportedly showed basal ganglia calcification.",
     ["+ learning disability, repaired cleft palate and schizophrenia", "+ two generalised convulsions in two days", "+ twitching at the corners of the mouth between fits", "+ hand cramps", "+ tapping in front of the ear makes the upper lip twitch", "+ basal ganglia calcification on an old scan"])

case(11, "male", "forum_post", "digeorge_syndrome", ["hypoparathyroidism"], "consultation_24",
     "https://rarediseases.info.nih.gov/gard/10299/22q112-deletion-syndrome/case/21894/case-questions",
     "22q son - low calcium, and now 'turns' when he gets upset?\nOur son is 11 and has 22q11.2 deletion (VCFS), diagnosed as a toddler after his heart surgery. This year his thyroid went off and then his calcium came back low, so he's been on calcium and vitamin D since spring. Since then he's had three episodes, always when he's really worked up (a meltdown over homework, over-excited at a party): first his mouth and lips start twitching, then his hands cramp, and twice he's gone blank and jerky for about a minute. He's back to himself within half an hour. The paediatrician is on leave and the clinic letter just says 'monitor'. I googled 22q and seizures and now I'm reading about hypoparathyroidism and epilepsy at 2am.\nUpdate: the last one was yesterday evening; he's completely normal today and at school.\nCould his calcium dose be wrong? Can emotion really set these off? Who should we be pushing to see him this week?",
     ["+ known 22q11.2 deletion with heart surgery in infancy", "+ low calcium treated since spring", "+ three episodes of mouth and lip twitching then hand cramps", "+ two episodes of going blank and jerking for a minute", "+ episodes triggered by strong emotion", "- back to normal between episodes"])

case(24, "female", "non_native", "digeorge_syndrome", ["hypoparathyroidism"], "emergency",
     "https://www.ncbi.nlm.nih.gov/pubmed/25925264",
     "Hello. I am 24 years woman from Portugal, living in Lyon for my work. I have the 22q11 deletion, I had heart operation when I was baby. Last week I had strong flu with fever. Today my mouth is tingling, the lips are making small jumps, and two times my hands became stiff like a claw, very painful. Also I feel my heart is irregular. When I was child the doctors said the calcium was low but since many years I take nothing for it. I am alone in the apartment. What I must do?",
     ["+ known 22q11 deletion with infant heart surgery", "+ recent febrile illness", "+ tingling mouth and twitching lips", "+ two painful hand spasms", "+ irregular heartbeat", "+ childhood low calcium, no treatment for years"])

# ---------------------------------------------------------------- bells_palsy
case(38, "male", "forum_post", "bells_palsy", [], "consultation_24",
     "http://garynation.blogspot.com/",
     "Lips twitching all Saturday, woke up Sunday with half my face not working\nFriday night the back of my neck and behind my right ear ached so much I couldn't sleep. Figured I'd slept funny after a stressful week. Saturday my lips were twitching loads, properly wouldn't stop, which was a bit alarming, but I ignored it. Saturday night the ear ache was back and the right side of my tongue felt numb and odd. Sunday morning the right side of my face had dropped: that eye won't close fully, that eyebrow won't lift, and drink dribbles out of the corner of my mouth. Arms and legs completely fine, I can talk normally apart from sounding a bit lispy, no headache, no rash I can see. A mate had Bell's palsy years ago and says it's that.\nUpdate: 111 are ringing me back.\nDo I need to be seen today? Does the twitching before it mean anything?",
     ["+ pain behind the right ear for two nights", "+ lip twitching the day before", "+ right tongue felt numb", "+ right face weak including eye closure and eyebrow", "- arms and legs normal", "- no headache", "- no visible rash"])

case(22, "female", "teen_or_young", "bells_palsy", [], "consultation_24",
     "https://reneeheijneman.com/tag/scared/",
     "woke up n the left side of my face is just hanging?? eye wont shut properly, cant wrinkle my forehead on that side, drink dribbles out. my lip was twitching all yesterday. arms n legs fine, talking fine i just sound weird. im 22. is this a stroke omg",
     ["+ left facial droop on waking", "+ cannot close the left eye properly", "+ cannot wrinkle the left forehead", "+ lip twitching the day before", "- arms and legs normal", "- speech content normal"])

case(46, "female", "patient_first_person", "bells_palsy", [], "consultation_24",
     "https://www.ghosthuntingtheories.com/2021/07/bells-palsy-my-journey.html",
     "This morning I noticed my mouth moving oddly: when I pushed my tongue against my top lip, the little groove under my nose pulled hard to the right. By lunchtime the left corner of my mouth was drooping, my left eye won't blink properly and that side of my forehead stays smooth when I frown. The left side of my lip was twitching a bit last night, which I ignored. I had a cold sore on that side a week ago, which is rare for me. I have no headache or confusion, my words come out fine and my left arm and leg work normally. My mother and sister both had Bell's palsy, so I think I know what this is.",
     ["+ left facial weakness developing over a morning", "+ forehead on the left does not wrinkle", "+ left lip twitching the night before", "+ cold sore on that side a week ago", "- no headache or confusion", "- arm, leg and speech normal"])

case(31, "male", "non_native", "bells_palsy", [], "consultation",
     "http://putdownthepolish.blogspot.com/2013/09/xxi-bells-palsy-day-13-update.html",
     "Hi, I am from Italy, master student here. I have Bell palsy on the right side from 13 days, the doctor in emergency gave me prednisone for 10 days and eye drops. Still I cannot close the eye complete and I drink with the straw. But from two days I feel the cheek pulling and small twitching in the lip and near the eye, and today the corner of mouth go up a little bit when I try to smile! The pain behind the ear is still there but less. No new problem in arm or leg. Is the twitching good sign or bad sign?",
     ["+ diagnosed Bell's palsy thirteen days ago, treated with prednisone", "+ new twitching in the lip and near the eye for two days", "+ slight return of movement at the mouth corner", "+ eye still does not close fully", "- no new arm or leg problems"])

# ---------------------------------------------------------------- hemifacial_spasm
case(35, "female", "forum_post", "hemifacial_spasm", [], "consultation",
     "https://patient.info/forums/discuss/hemifacial-spasm-there-are-others--258396?page=1",
     "Twitch started in my eye, now it's taking over half my face\nI'm 35 and live in Manchester. About three years ago I got a little flicker under my right eye. The GP said tiredness and stress and that it would sort itself out. It didn't. Over time it crept downwards: now my right cheek, the side of my nose and the corner of my mouth all pull up together, sometimes for a few seconds, sometimes in bursts of a minute that shut my eye. Always the right side, never the left, and worse when I'm nervous, like meeting new people. No pain, no numbness, my face moves fine otherwise. Eventually a neurologist sent me for an MRI, which was clear, called it 'primary' something and offered Botox.\nUpdate: had my first injections three weeks ago; eye feels dry but the spasms are calmer.\nHas anyone had the operation instead? Does it keep spreading?",
     ["+ right-sided twitching for three years", "+ started under the eye and spread to cheek and mouth corner", "+ eye and mouth pull together in bursts", "- always the same side", "- no pain or numbness", "- MRI clear"])

case(60, "male", "patient_first_person", "hemifacial_spasm", [], "consultation",
     "https://visualfoodie.com/recognizing-early-hemifacial-spasm-symptoms",
     "It started with a tiny flutter under my left eye that I blamed on coffee and screen time. Over a few months that flutter found a rhythm of its own and began tugging at the outer corner of the eye. Now the left corner of my mouth gets pulled up with it in little runs of twitches. It is always the left side and always the eye and mouth together. My wife says it even happens when I'm asleep. There's no pain and no numbness, and my face moves normally between spasms.",
     ["+ left eye flutter spreading over months", "+ left mouth corner pulled up together with the eye", "+ continues during sleep", "- always the same side", "- no pain or numbness", "- normal movement between spasms"])

case(57, "female", "clinician_terse", "hemifacial_spasm", [], "consultation",
     "clinical description: http://indiandoctorsguide.com/clin/neuro/movedis/hemifacial-spasm/",
     "57F. 18/12 L facial twitching: began L lower lid, now spreading to L cheek + L angle of mouth; brief clonic bursts + intermittent tonic pulling, eye closes during bursts. Persists in sleep (husband). Painless. Nil hearing loss, nil facial numbness, nil weakness. PMH: HTN (amlodipine). O/E: L hemifacial contractions involving orbicularis oculi + oris, 'other Babinski' sign +ve, no facial weakness, CNs otherwise normal. Plan: MRI brain incl IAMs, refer neuro re botulinum toxin.",
     ["+ eighteen months of left-sided facial twitching", "+ started at the lower eyelid and spread to the mouth corner", "+ persists in sleep", "- painless", "- no hearing loss or numbness", "- no facial weakness"])

case(52, "female", "forum_reply", "hemifacial_spasm", [], "consultation",
     "https://patient.info/forums/discuss/comment?discussionid=62492&commentid=1859762",
     "Re: Hemifacial Spasm - just diagnosed, terrified - I was exactly where you are two years ago. Mine started like yours, just the left eye fluttering for months, then one day I noticed the left corner of my mouth getting yanked up at the same moment my eye screwed shut. Always the one side, it never swaps. I'm 52 now. Don't panic about being disfigured: most people still don't notice mine, and Botox every three months keeps it to a flicker. The MRI was the scariest bit and it came back clear. Ask your consultant if they can bring the appointment forward, but it isn't an emergency.",
     ["+ left eye fluttering for months before the mouth became involved", "+ left mouth corner pulls up as the eye closes", "- never swaps sides", "+ controlled with botulinum toxin", "- MRI clear"])

# ---------------------------------------------------------------- facial_tic
case(9, "female", "parent_or_carer", "facial_tic", [], "self_care",
     "https://www.news24.com/health24/Experts/cybershrink/facial-tick-20050104",
     "My husband and I are worried about our nine-year-old daughter. She came back from ten days with her grandparents at the coast with a new habit: she scrunches her nose and pulls the corner of her mouth sideways, over and over, maybe every minute or two when she's watching TV. She knows she's doing it and says she can't help it, but she can stop for a while when she concentrates. It's been about ten days. We thought it was her hay fever and gave her the usual antihistamine and nose spray, but nothing changed. No noises, no other movements, she's sleeping and eating normally and is her happy self. Our GP and paediatrician are both on leave for another ten days. Is it urgent?",
     ["+ nose scrunching and mouth-corner pulling for ten days", "+ can suppress it briefly", "- no noises", "- no other movements", "- sleeping, eating and mood normal"])

case(15, "male", "teen_or_young", "facial_tic", [], "self_care",
     "clinical description: http://www.drugs.com/enc/facial-tics.html",
     "so ive had this thing for a few months where the left side of my mouth kinda jerks up like a mini smirk, mostly when im stressed about school or gaming late. i can hold it back in class if i really try but then it builds up and i have to let it out. my mate thinks its hilarious. no noises or anything, no other twitches, i had an eye blinking one when i was like 8 that went away by itself. is this tourettes or what",
     ["+ left mouth-corner jerk for a few months", "+ can hold it back but an urge builds", "+ worse with stress and late nights", "- no vocal noises", "+ eye-blinking tic in childhood that resolved"])

case(7, "male", "non_native", "facial_tic", [], "self_care",
     "clinical description: https://ufhealthjax.org/encyclopedia/content.aspx?contentID=001410&projectTypeID=1",
     "Hello, I am father from Ukraine, we live in Warsaw since one year. My son is 7 years. Three weeks ago he start to pull the mouth to one side and blink, many times when he is doing homework or when teacher ask him in class. In Ukrainian school he had no problem. At night when he sleep, nothing. He can stop if I ask him but after it comes again. No sounds, he is healthy, play football, eat good. My wife is very afraid. Must we do EEG?",
     ["+ mouth pulling to one side with blinking for three weeks", "+ worse with schoolwork and being asked questions", "+ recent move to a new country and school", "- absent in sleep", "- no vocal sounds", "+ can stop briefly when asked"])

case(11, "male", "clinician_vignette", "facial_tic", [], "consultation",
     "clinical description: http://www.ololrmc.com/eHealth/AdamHealthContent/article/facial-tics/001410_117_1",
     "An 11-year-old boy is brought by his mother with fourteen months of repetitive twitching at the right corner of the mouth, with eye blinking and occasional nose wrinkling. The movements are brief and stereotyped, preceded by an urge he describes as an itch inside his cheek, briefly suppressible, worse with tiredness and screen time, and absent in sleep. There have never been vocal tics, throat clearing or sniffing. Development and school performance are normal. Neurological examination between movements is unremarkable.",
     ["+ fourteen months of twitching at the right mouth corner with blinking", "+ preceded by an urge and briefly suppressible", "- absent in sleep", "- never any vocal tics", "- normal neurological examination"])

# ---------------------------------------------------------------- tourette_syndrome
case(8, "male", "parent_or_carer", "tourette_syndrome", [], "consultation",
     "https://www.myamericannurse.com/my-son-has-tourette-syndrome/",
     "Our son is eight. From about five he was snorting constantly, and we did three years of allergy medicines and sprays that didn't touch it. He also bounces, claps and snaps his fingers, and every so often makes a noise like a cat screeching. More recently his mouth keeps pulling open and his lips twitch, several times a minute when he's tired. He says he has to do it, that his brain makes him. A nurse practitioner looked up his nose and said she didn't think it was allergies at all but tics. He's bright and cheerful and not bothered, but the snorting gives him nosebleeds. What kind of doctor should we see?",
     ["+ snorting since age five despite allergy treatment", "+ cat-like screeching noises", "+ clapping, snapping and bouncing", "+ mouth pulling open and lip twitching", "+ feels compelled to do them"])

case(3, "female", "forum_reply", "tourette_syndrome", [], "consultation",
     "https://www.revitalizeproject.com/post/2015/06/01/tics-and-tourette-syndrome-our-journey",
     "Re: toddler tics, is it too early to tell? - Our story sounds a lot like the OP's. My daughter started at 18 months, opening her mouth really wide and squinting like a giant jerky yawn, every few seconds on some days. Now at three she runs through a little sequence: mouth open, tongue sweeps over her top lip, nose crinkles, repeat. For about six months she's also been making a barking noise and saying the same made-up word over and over, with some drooling and spitting. It doesn't bother her in the slightest; it bothers me enormously. Our paediatrician said wait a year, and it's now been well over a year.",
     ["+ mouth-opening and squinting movements since 18 months", "+ sequence of mouth opening, tongue over the upper lip and nose crinkling", "+ barking noise and repeated made-up word for six months", "+ present for more than a year"])

case(13, "male", "teen_or_young", "tourette_syndrome", [], "consultation",
     "https://www.califmom.com/home/2009/11/16/living-with-the-actual-tourettes-boy.html",
     "im 13 and i have these tics, my mouth twitches and i pull my lips back and do a shoulder jerk, plus this gagging noise like im gonna throw up which is sooo embarrassing in maths. also humming and sniffing. its been going since year 5 (so like 3 years??) and gets worse when im stressed or hyped then chills for a few weeks. lego and podcasts help me calm down. my mum says its probably tourettes and we should actually see someone. is there anything that makes it stop",
     ["+ mouth twitching, lip pulling and shoulder jerks", "+ gagging, humming and sniffing noises", "+ present for about three years", "+ waxes and wanes with stress and excitement"])

case(10, "male", "older_adult", "tourette_syndrome", [], "consultation",
     "http://www.welcometomybrain.net/2006/03/theyre-little-ticd-off.html",
     "I hope you will forgive a grandmother's enquiry. My grandson, who is ten and lives with us during the week, has for two years or more made humming noises, especially when we read together, and we used to scold him for it, which I now gather was quite the wrong thing. Lately the twitching has spread to his face: the corners of his mouth jerk, his nose wrinkles and his shoulder hitches up as though his collar itches. His mother has ADHD and takes medication for it, and the boy is a worrier. The school says it is becoming an embarrassment to him. We know another family whose boy has Tourette's, and the resemblance is striking. Whom should we ask to see him?",
     ["+ humming noises for more than two years", "+ jerking at the corners of the mouth", "+ nose wrinkling and shoulder hitching", "+ family history of ADHD"])

# ---------------------------------------------------------------- essential_tremor
case(71, "male", "older_adult", "essential_tremor", [], "consultation",
     "http://hubpages.com/health/Essential-Tremor-Used-to-Be-Called-Benign-Familial-Tremor-The-Scoop",
     "I am a retired general practitioner of seventy-one, so I ought to know better than to write to a website, but here we are. I have had shaky hands since my forties, as did my sister and our grandmother; I used to lean over my soup, and yet I could stitch a laceration perfectly well. Over the past year the tremor has spread: my chin and lower lip quiver when I speak, my voice wavers on the telephone, and my head has begun a small side-to-side nod. A glass of claret at dinner quietens everything for an hour or so, which I recognise is not a treatment. Coffee and a row with the builders make it worse. I have no stiffness, I walk briskly, my writing is shaky but not small, and my sense of smell is intact. I take ramipril only. Is propranolol worth trying at my age?",
     ["+ hand tremor since his forties", "+ sister and grandmother with the same", "+ chin and lower lip quiver when speaking", "+ voice and head tremor", "+ improves briefly with alcohol", "- no stiffness or slowness", "- handwriting not small"])

case(64, "female", "short_message", "essential_tremor", [], "consultation",
     "https://gantnews.com/2026/03/08/the-medical-minute-latest-treatments-help-ease-essential-tremor-symptoms/",
     "Hands shake when I lift my tea, now my chin and lip tremble when I talk. Mum had the same. Worse after coffee.",
     ["+ hand tremor when lifting a cup", "+ chin and lip tremble when talking", "+ mother had the same", "+ worse after coffee"])

case(62, "male", "non_native", "essential_tremor", [], "consultation",
     "clinical description: https://lynchspharmacy.com/health/essential-tremor",
     "Good morning. I am 62 years old man from Vietnam, living in Melbourne with my son. Since 5 or 6 years my hands are shaking when I use chopsticks or write, and now also my lips and chin shake when I talk to people, and my voice also shaking. When my hands are resting on the table, no shaking. My father was the same when he was old. When I drink one beer it is better. I walk normal, not slow. My son think it is Parkinson and he is very worry. Please advise what is this.",
     ["+ hand tremor with use for five or six years", "+ lip, chin and voice tremor when talking", "- no tremor at rest", "+ father had the same", "+ better after a beer", "- walking normal, not slow"])

case(47, "female", "patient_first_person", "essential_tremor", [], "consultation",
     "clinical description: https://getmaple.su/tag/essential-tremor",
     "My hands have had a fine shake for years when I hold a cup or put on mascara, and it runs in my dad's side of the family. Over the last year my lower lip and chin have started trembling when I speak in meetings, and my voice gets a wobble. It's worse when I'm tired, after coffee, or when I'm nervous. When I'm sitting with my hands in my lap there's no shaking at all. I don't feel stiff or slow, and my walking is normal. I'd like to know if anything helps, because it's starting to knock my confidence at work.",
     ["+ fine hand tremor for years with action", "+ family history on the father's side", "+ lower lip and chin tremble when speaking", "- no tremor with hands at rest", "- no stiffness or slowness"])

# ---------------------------------------------------------------- parkinsons_disease
case(74, "male", "older_adult", "parkinsons_disease", [], "consultation",
     "clinical description: http://www.pdrhealth.com/diseases/parkinsons-disease/symptoms",
     "I am seventy-four and a retired joiner. For about a year my right hand has trembled when it lies in my lap, a slow rolling of the thumb against the finger, and it stops when I pick something up. This winter my wife noticed that my lower lip and chin tremble too when I sit quietly watching the television. My handwriting has become small and cramped, I am slower doing up buttons, and my wife says I shuffle and no longer swing my right arm. She also complains that I mumble. I have been constipated for years and lost my sense of smell some time ago, which I put down to age. I take tamsulosin and a statin.",
     ["+ right hand tremor at rest for a year", "+ lower lip and chin tremor at rest", "+ small handwriting and slowness", "+ shuffling with reduced arm swing", "+ soft speech", "+ long-standing constipation and loss of smell"])

case(68, "male", "parent_or_carer", "parkinsons_disease", [], "consultation",
     "clinical description: https://facty.com/conditions/parkinsons/10-signs-of-parkinsons/?style=quick&utm_source=adwords&adid=303759333826&utm_medium=c-search&utm_term=%2Bparkinsons&utm_campaign=FH-USA---Search---Parkinsons-Signs---desktop&gclid=Cj0KCQjwuL_8BRCXARIsAGiC51AALFKvwo6AsAZEZVVypjwkY1PPf-gYcUMPlOKbETZHocXX4KSS7V8aAjmtEALw_wcB",
     "I'm worried about my dad, who is 68. Over the last six months or so his face has gone kind of flat, like he's not interested even when he is, and his voice has got quieter. When he's sitting still his jaw and bottom lip tremble and his left hand shakes in his lap, but it stops when he reaches for his tea. He's much slower getting out of a chair and his steps are shorter. He says it's just getting old and won't bother anyone about it. He's on blood pressure tablets and had a knee replaced two years ago. No falls yet.",
     ["+ six months of reduced facial expression and quieter voice", "+ jaw and lower lip tremor at rest", "+ left hand rest tremor that stops on reaching", "+ slow to rise and shorter steps", "- no falls"])

case(66, "female", "clinician_terse", "parkinsons_disease", [], "consultation",
     "clinical description: https://murreeroad.org/questions-and-answers/index.php?qa=32204&qa_1=what-are-common-symptoms-of-parkinsons-disease",
     "66F. 9/12 hx R hand rest tremor, now intermittent jaw/lower lip tremor at rest. Handwriting smaller, stiff R shoulder, slower dressing. Hyposmia 'for years'. Husband reports she acts out dreams. Nil antipsychotics/antiemetics. Meds: levothyroxine, omeprazole. O/E: 4-5Hz R rest tremor + jaw/perioral rest tremor, R cogwheel rigidity, bradykinesia on finger taps R>L, reduced R arm swing, no postural instability. Refer movement disorders clinic.",
     ["+ nine months of right hand rest tremor", "+ jaw and lower lip tremor at rest", "+ rigidity and slowness on the right", "+ loss of smell and acting out dreams", "- no antipsychotic or antiemetic drugs", "- no postural instability"])

case(71, "female", "non_native", "parkinsons_disease", [], "consultation",
     "clinical description: https://www.kokilabenhospital.com/health/healthtip/myth-everyone-with-parkinson-s-disease-has-tremours.html",
     "Respected doctor, I am 71 years lady from Chennai, my son is typing but these are my words. Since one year my left hand is shaking when I am sitting and watching serial, and now my lower lip also is shaking in same way. When I take the glass it is stopping. I am walking slowly with small steps, and my daughter-in-law says my face is not showing smile like before. My voice became soft. I have sugar and BP, taking metformin and telmisartan. Doctor here told it is old age only. Kindly advise.",
     ["+ left hand tremor at rest for a year", "+ lower lip tremor at rest", "- tremor stops when holding a glass", "+ slow walking with small steps", "+ reduced facial expression and soft voice"])

# ---------------------------------------------------------------- als
case(57, "male", "patient_first_person", "als", [], "consultation",
     "https://www.washingtonpost.com/health/medical-mysteries/problem-speaking-medical-mystery/2021/07/09/e66a1222-c162-11eb-93f5-ee9558eecf4b_story.html",
     "Over the last four or five months my speech has slowly got thick, as if I'd had a couple of drinks, even first thing in the morning. My tongue feels clumsy and my wife says my voice has gone nasal. I've started coughing on thin drinks like water and tea. In the mirror my chin and the muscles around my mouth flicker, and when I rest my tongue it looks like it's rippling. I've lost about five kilos without trying. My arms and legs feel normal so far, and I'm 57 and had never been ill before this year.",
     ["+ slowly worsening slurred speech over four to five months", "+ nasal voice", "+ coughing on thin drinks", "+ flickering of the chin and around the mouth", "+ rippling tongue", "+ five kilos of unintended weight loss", "- limbs feel normal"])

case(72, "male", "parent_or_carer", "als", [], "consultation",
     "https://visualfoodie.com/speech-difficulty-as-a-primary-als-symptom",
     "My dad is 72 and has always had a big booming voice. A few months ago on the phone he sounded tired and slightly slurred at ten in the morning, and he doesn't drink. We put it down to tiredness but it hasn't gone away: the slur is worse, his voice has gone nasal, he chokes on his coffee now and then, and he gets frustrated when people can't understand him. When he talks, the skin on his chin and around his lips quivers and ripples. He's lost weight. No weakness in his arms that we can see yet. His GP has ordered a scan and bloods.",
     ["+ months of progressive slurred speech without alcohol", "+ nasal voice", "+ choking on drinks", "+ rippling of the chin and around the lips", "+ weight loss", "- no arm weakness seen"])

case(45, "male", "forum_post", "als", [], "consultation",
     "clinical description: https://allclearmister.com/can-als-start-with-tongue",
     "Slurred speech + chin twitching + tongue looks weird. Scared.\nPosting because I can't sleep. I'm 45, fitness instructor. About three months ago I started tripping over words, mostly s and l sounds, and it has slowly got worse. In the last few weeks my chin and lower lip have been twitching, and if I rest my tongue in the floor of my mouth and look in the mirror it has little squirmy movements and the sides look thinner than they used to. Chewing steak wears my jaw out. I googled all of it together (mistake) and every page says the same three letters. I'm not an anxious person and this isn't a twitch-all-over thing, it's just my mouth and my speech.\nUpdate: the GP has referred me to neurology as urgent, which apparently means six weeks.\nHas anyone had this turn out to be something else? What should I ask the neurologist?",
     ["+ three months of progressively slurred speech", "+ chin and lower lip twitching for weeks", "+ squirming tongue that looks thinner", "+ jaw tires when chewing", "- twitching not widespread"])

case(63, "female", "clinician_terse", "als", [], "consultation_24",
     "clinical description: https://dailynaturalremedies.com/10-most-common-symptoms-of-als/3/",
     "63F, known bulbar-onset MND dx 8/12 ago (riluzole). Dysarthria progressing, fasciculations chin/perioral + tongue. NEW: breathless lying flat x 1/52, sleeping on 3 pillows, morning headaches, daytime somnolence. Weak cough. Nil fever, nil chest pain. Sats 94% RA, RR 22. PEG discussion ongoing. Plan: urgent resp/NIV team r/v, MND nurse informed.",
     ["+ known bulbar-onset motor neurone disease", "+ twitching of the chin, around the mouth and tongue", "+ new breathlessness lying flat for a week", "+ morning headaches and daytime sleepiness", "+ weak cough", "- no fever or chest pain"])

# ---------------------------------------------------------------- facial_nerve_injury
case(34, "female", "forum_post", "facial_nerve_injury", [], "consultation",
     "https://question.open-health.me/questions/cmeqf8jm50000ja0i2vlrtbb4",
     "Lower lip still not moving 10 weeks after salivary gland surgery\nHi all. 34F. Ten weeks ago I had my left submandibular gland taken out along with a stone that was stuck in it. When I woke up, the left side of my bottom lip wouldn't move. The surgeon said she'd had to work around the muscles and a nerve branch might have been stretched, and suggested physio. Now when I smile or talk the lower left lip just sits there and my smile looks lopsided; the corner of my mouth works but feels weaker. Odd new thing this week: little flickers and twitches in that bit of lip, mostly in the evening. A neurologist told me the nerve looks intact. Doing my exercises every day.\nEDIT: forgot to say, no numbness, and my eyes and forehead are totally normal.\nIs the twitching a sign the nerve is waking up? How long did yours take?",
     ["+ left lower lip weakness since submandibular gland surgery ten weeks ago", "+ new flickers and twitches in that part of the lip", "+ lopsided smile", "- no numbness", "- eyes and forehead normal"])

case(58, "male", "patient_first_person", "facial_nerve_injury", [], "consultation_24",
     "clinical description: https://ahns.info/salivary-gland/patient-handout-parotidectomy/what-are-the-risks-of-surgery",
     "I had a lump removed from my right parotid gland the day before yesterday. Since waking from the anaesthetic the right corner of my mouth has been weak: my smile is lopsided and I dribble a bit when I drink. Today that side of my lower lip keeps twitching and fluttering. My eye closes fine and my forehead moves normally. There's some swelling by the ear but no fever. The leaflet mentioned facial nerve weakness as a risk, and I'd like to know whether I should ring the ward.",
     ["+ right parotid surgery two days ago", "+ weakness of the right mouth corner since surgery", "+ twitching of the right lower lip today", "- eye closure and forehead normal", "- no fever"])

case(29, "female", "patient_first_person", "facial_nerve_injury", ["bells_palsy"], "consultation",
     "https://drpanossian.com/facial-paralysis/conditions/synkinesis/",
     "About eight months ago I had Bell's palsy on the left side, and most of the movement has come back. What has happened since is strange: every time I blink, the left corner of my mouth twitches up, and when I smile properly my left eye narrows and nearly shuts. Eating makes my left eye water. By evening the left side of my face feels tight. There's no new weakness, no pain and no numbness. It's embarrassing in photos and I'd like to know what can be done.",
     ["+ left Bell's palsy eight months ago, mostly recovered", "+ left mouth corner twitches with every blink", "+ left eye narrows when smiling", "+ tearing when eating", "- no new weakness", "- no pain or numbness"])

case(50, "male", "non_native", "facial_nerve_injury", [], "consultation",
     "clinical description: http://www.thedailymoorepost.com/ent/facialnervecenter/wp-json/wp/v2/pages/2301",
     "Good day. I am 50 years man from Germany, working for engineering firm in Houston. One year ago I had operation for acoustic neuroma on the right side. After the operation the right face was paralysed, now the movement came back maybe 70 percent. But now when I close my eyes strong, the right corner of my mouth is pulling and twitching, and when I whistle the right eye is closing. Also when I eat, this eye is tearing. The doctor told me it is wrong wiring of the nerve. It is possible to fix?",
     ["+ right facial paralysis after acoustic neuroma surgery a year ago", "+ partial recovery", "+ right mouth corner twitches when closing the eyes", "+ right eye closes when whistling", "+ eye waters when eating"])

# ---------------------------------------------------------------- stroke
case(47, "male", "parent_or_carer", "stroke", [], "emergency_ambulance",
     "https://www.heartandstroke.ca/articles/baby-youre-having-a-stroke",
     "My husband is 47, plays five-a-side every week and has no health problems. We were chatting in the bedroom ten minutes ago and his voice suddenly went high-pitched and slurry, and now I can barely understand him. The right corner of his mouth keeps twitching and sagging. I asked him to lift both arms and the right one drifts down. He's insisting he's just tired and wants to lie down. He isn't on any medication.",
     ["+ sudden slurred, strange speech ten minutes ago", "+ right mouth corner sagging and twitching", "+ right arm drifts down", "- no previous health problems"])

case(66, "male", "forum_reply", "stroke", [], "emergency_ambulance",
     "https://geminiot.wordpress.com/2013/06/17/an-overview-on-stroke/",
     "Re: is it worth calling 999 for 'just' slurred speech? - OP, what you're describing with your dad right now (66, words suddenly coming out as nonsense while he thinks he's making sense, one side of his mouth drooping with his lips still twitching and moving on their own, dropping his cup with his right hand) is exactly how it started with my uncle. His friend thought he was drunk and they lost an hour. Please don't wait to see if it wears off and don't drive him yourself. Ring 999 now and note the time it started.",
     ["+ sudden nonsense speech", "+ unaware his speech is wrong", "+ one side of the mouth drooping with the lips twitching", "+ dropping a cup with the right hand", "+ happening now"])

case(74, "male", "older_adult", "stroke", [], "emergency_ambulance",
     "https://sunbirdnews.com/time-is-of-the-essence/",
     "I am seventy-two and my husband is seventy-four. At five this morning he was getting ready for his pickleball and said something to me that came out slurred. I switched on the lamp and his face looked wrong, the left side of his mouth hanging and twitching, and he says his left hand has gone numb and clumsy; he has dropped his car keys twice. He takes warfarin for his heart rhythm and tablets for his blood pressure. He is telling me not to fuss and that he will be right as rain after a cup of tea. Should I drive him to the hospital myself?",
     ["+ sudden slurred speech this morning", "+ left side of the mouth drooping and twitching", "+ left hand numb and clumsy", "+ on warfarin for an irregular heart rhythm", "+ high blood pressure"])

case(71, "male", "non_native", "stroke", [], "emergency_ambulance",
     "https://josecarilloforum.com/forum/index.php?topic=1327.0",
     "Please I need help quick. My husband is 71, he was sleeping in his chair after lunch and I hear strange cough, like choking. When I come his face is red, he breathe bad, and now his lips are falling to one side and the lip is moving, twitching. I ask him questions but he not answer me, only looking. He can hold my hand with left hand but the right hand is like dead. Before he was healthy, only tablets for cholesterol. I am from Colombia, my English is not good, sorry.",
     ["+ sudden spluttering and breathing difficulty during a nap", "+ lips drooping to one side and twitching", "+ not answering questions", "+ right hand limp", "+ happening now"])

# ---------------------------------------------------------------- alcoholic_neuropathy
case(54, "male", "patient_first_person", "alcoholic_neuropathy", [], "consultation",
     "clinical description: https://nutmegroads.com/article/understanding-alcoholic-neuropathy/2433",
     "I've been a heavy drinker for about twenty years, most days a bottle of wine and a few beers, though I've cut back since the summer. For the last year my feet have burned at night and feel numb in the day, like walking on cotton wool, and the tingling is creeping up past my ankles and into my fingertips. I'm unsteady in the dark and walked into the door frame last week. My calves cramp and I get small twitches in my legs and sometimes round my mouth and lips. I've lost weight and don't eat much. Can the damage get better if I stop completely?",
     ["+ about twenty years of heavy daily drinking", "+ a year of burning, numb feet spreading upwards", "+ tingling fingertips", "+ unsteady in the dark", "+ cramps and twitches in the legs and around the lips", "+ poor diet and weight loss"])

case(68, "male", "older_adult", "alcoholic_neuropathy", [], "consultation",
     "clinical description: https://www.alpfmedical.info/mental-health/peripheral-neuropathy.html",
     "I am sixty-eight, a retired publican, and I will be honest that I have drunk more than was good for me for forty years, though I am down to four pints a day now on my daughter's orders. My feet have become numb and prickly, worse at night, and my legs are weaker; I need the banister on the stairs. I also get cramps in my calves and a fluttering twitch at the corner of my mouth and in my thighs. My GP tested for diabetes and it was negative. I take omeprazole and amlodipine. I am not confused and my speech is normal, though my wife says I have become wobbly on my feet.",
     ["+ forty years of heavy drinking, still four pints a day", "+ numb, prickly feet worse at night", "+ weaker legs and unsteady walking", "+ cramps and twitching at the mouth corner and thighs", "- diabetes test negative", "- not confused"])

case(59, "male", "forum_reply", "alcoholic_neuropathy", [], "consultation",
     "clinical description: https://rehabs.com/alcohol/effects/neuropathy/",
     "Re: numb feet and twitching, could it be MS? - From what you've written I'd bet against MS, OP, because it sounds like my brother (59). Years of a litre of cider with vodka chasers most days, then burning, numb feet creeping up his legs, pins and needles in his hands, calf cramps and little twitches in his legs and around his lips. He's unsteady with his eyes shut and the GP couldn't get his ankle reflexes. He's still drinking, though less, and has an appointment for nerve tests. No trouble with his eyesight or bladder, which is what made me think it wasn't MS.",
     ["+ years of heavy daily drinking", "+ burning, numb feet spreading up the legs", "+ pins and needles in the hands", "+ calf cramps and twitches in the legs and around the lips", "+ unsteady with eyes closed and absent ankle reflexes", "- no visual or bladder symptoms"])

case(50, "male", "short_message", "alcoholic_neuropathy", [], "consultation",
     "clinical description: https://dobrobut.com/en/med/c-effektivnye-preparaty-dla-lecenia-alkogolnoj-polinejropatii",
     "Heavy drinker for years. Feet numb and burning at night, calves cramp, lips and legs twitch. Hands tingling now. Worth seeing GP?",
     ["+ years of heavy drinking", "+ numb, burning feet at night", "+ calf cramps", "+ twitching of the lips and legs", "+ tingling hands"])

# ---------------------------------------------------------------- benign_fasciculation
case(26, "female", "forum_post", "benign_fasciculation", ["stress_anxiety"], "self_care",
     "https://www.bfsforum.com/threads/life-after-twitching-a-personal-story.12485",
     "Twitching everywhere incl. my lip - neuro says benign, how do I stop panicking?\nHi all, long time lurker. I'm 26 and started twitching about four months ago: calves first, then thighs, arms, an eyelid, and for the last few weeks the corner of my top lip and my tongue. It hops around and never stays in one spot for long. I fell straight down the ALS rabbit hole and spent weeks doing one-legged squats in the bathroom to check my strength. I've now seen a neurologist who examined me properly and did an EMG, which was normal apart from benign twitches, and told me to stop googling. No weakness, no trouble talking or swallowing, no wasting.\nUpdate: started seeing a psychologist for the health anxiety and it's helping a bit.\nDo the twitches ever calm down? How did you stop checking yourself?",
     ["+ four months of widespread wandering twitches including the upper lip and tongue", "+ normal examination and EMG by a neurologist", "- no weakness", "- no speech or swallowing difficulty", "- no muscle wasting", "+ marked health anxiety"])

case(22, "male", "teen_or_young", "benign_fasciculation", [], "self_care",
     "https://livingwithbfs.wordpress.com/2017/05/30/what-the-fuck-is-benign-fasciculation-syndrome/",
     "been twitching for like 8 months now, started in one finger, now its feet, shoulders, my bottom lip and even my tongue sometimes. neurologist did all the tests (the needle one too) and said its benign fasciculation, nothing wrong. strength is fine, i still lift 4x a week. but every time my lip goes my brain jumps straight to the worst case. does anyone else get the lip one, does it mean anything different",
     ["+ eight months of widespread twitching including the lower lip and tongue", "+ neurologist and EMG found nothing serious", "- no weakness", "+ anxious about the lip twitch"])

case(37, "male", "forum_reply", "benign_fasciculation", ["stress_anxiety"], "consultation",
     "https://scarysymptoms.com/2014/10/twitching-muscle-fear-do-muscle/",
     "Re: twitching muscles and the ALS terror - Same as OP here, except I haven't seen anyone yet. I'm 37, desk job, very anxious person. Six weeks of twitching that hops about: calf, thigh, bicep, eyelid, and for the last ten days the middle of my bottom lip and my chin, dozens of times a day. Worse after the gym and when I'm lying in bed. I've been strength-testing myself constantly and honestly can't find anything wrong: same weights, talking fine, swallowing fine. I'm drinking a lot of coffee to get through work because I'm not sleeping. I know I need to book the GP.",
     ["+ six weeks of twitching moving between muscles", "+ lower lip and chin twitching for ten days", "- no weakness", "- speech and swallowing normal", "+ poor sleep and heavy coffee use", "+ high anxiety"])

case(40, "female", "patient_first_person", "benign_fasciculation", [], "consultation",
     "http://lifewithals.com/Twitching.html",
     "For about a year I've had twitching in lots of places: my calves, my arms, my eyelids and, lately, around my lips and chin. Some of it is more of a ripple than a flick. I've had no weakness, no trouble with speech or swallowing, and no muscle wasting that I or my GP can see. My GP did think my reflexes were a bit brisk, which is why she's referred me to neurology for a nerve test. I'm 40 and a nurse, which doesn't help my imagination. What should I expect from the appointment?",
     ["+ a year of twitching in many muscles including around the lips and chin", "- no weakness", "- no speech or swallowing problems", "- no muscle wasting", "+ reflexes slightly brisk"])

# ---------------------------------------------------------------- multiple_sclerosis
case(31, "male", "clinician_vignette", "multiple_sclerosis", [], "consultation_24",
     "https://linkinghub.elsevier.com/retrieve/pii/S2211034816301961",
     "A 31-year-old general practitioner presents with three weeks of continuous, involuntary undulating movements spreading across the right side of his face, most visible around the mouth and chin. He has no relevant past history and takes no medication. He reports no facial weakness, numbness, hearing change or limb symptoms. Examination shows continuous right-sided rippling contractions of the lower facial muscles with perioral involvement and normal facial strength; the remainder of the neurological examination is normal.",
     ["+ three weeks of continuous rippling movements of the right face", "+ most visible around the mouth and chin", "- no facial weakness", "- no numbness or hearing change", "- rest of neurological examination normal"])

case(26, "female", "patient_first_person", "multiple_sclerosis", [], "consultation_24",
     "https://cslide.ctimeetingtech.com/msdc2020/attendee/person/3323",
     "I was diagnosed with MS at sixteen and I've been on dimethyl fumarate since March. Four days ago the right side of my face started a constant wave-like rippling, mostly around my mouth and cheek, that never stops. My husband says it carries on even while I'm asleep. It doesn't hurt and I can still move my face normally. I've had walking and balance relapses before, but nothing like this.",
     ["+ known multiple sclerosis since age sixteen", "+ four days of constant rippling of the right face around the mouth", "+ continues during sleep", "- no pain", "- face moves normally"])

case(45, "female", "clinician_terse", "multiple_sclerosis", [], "consultation",
     "clinical description: https://jamanetwork.com/journals/jamaneurology/article-abstract/593139",
     "45F, RRMS 12 yrs (ocrelizumab). Referred by MS nurse: 2/52 continuous R perioral 'flickering', worse when tired, present on waking. Nil new weakness, nil visual change, nil sensory sx, nil bladder change. Similar L-sided episode 2019, resolved over 6/52. O/E: continuous fine undulating movements R orbicularis oris + mentalis, facial power normal, rest of exam unchanged from baseline. ?pontine lesion. Plan: MRI brain, neuro clinic, no steroids at present.",
     ["+ relapsing-remitting multiple sclerosis for twelve years", "+ two weeks of continuous flickering around the right side of the mouth", "+ similar episode on the other side that resolved", "- no new weakness, visual, sensory or bladder symptoms", "- facial power normal"])

case(33, "male", "forum_reply", "multiple_sclerosis", ["hemifacial_spasm"], "consultation_24",
     "https://www.hindawi.com/journals/crinm/2017/7180560/",
     "Re: can MS cause face twitching? - Following this thread because I'm in the middle of the same thing. 33M. It started as a twitch in my left lower eyelid five weeks ago that I ignored, and it has spread until the whole left side spasms, the corner of my mouth pulling up, on and off all day. No other symptoms I'd noticed, but the GP found my reflexes brisker on the left and said my left big toe went the wrong way, and referred me urgently. MRI is Friday. My uncle has MS, so that's where my head is.",
     ["+ five weeks of twitching spreading from the left eyelid to the mouth corner", "+ left-sided brisk reflexes", "+ abnormal left plantar response", "+ uncle with multiple sclerosis", "- no other symptoms noticed"])

# ---------------------------------------------------------------- focal_seizure
case(8, "male", "parent_or_carer", "focal_seizure", [], "emergency",
     "https://epilepsysco.org/faqconc/rolandic-epilepsy-sylvan-seizures/",
     "Our eight-year-old woke us at 5am making gurgling, throaty noises. When I got to him the right corner of his mouth was jerking over and over, the right side of his face was twitching, saliva was pouring out and he couldn't get any words out, though his eyes followed me and he squeezed my hand. It lasted about two minutes. Now he's talking again, says his tongue and cheek felt fizzy beforehand, and he's very sleepy. He has never had anything like this. No fever, no bang to the head. My husband thinks we should wait for the GP at 8.",
     ["+ first episode of rhythmic jerking of the right mouth corner and face from sleep", "+ drooling and unable to speak during it", "+ stayed aware", "+ lasted about two minutes", "+ tingling of the tongue and cheek beforehand", "- no fever or head injury"])

case(63, "male", "clinician_vignette", "focal_seizure", ["stroke"], "emergency_ambulance",
     "https://www.healthwise.net/nextgen/Print/PrintTableOfContents.aspx?docId=hw107753&sectionId=hw107753-sec",
     "Paramedics are called to a garden centre where a 63-year-old man had an episode, witnessed by his wife, in which the left side of his mouth and face jerked rhythmically for about three minutes; he stayed aware throughout but could not speak. Twenty minutes later he still has weakness of the left lower face and a heavy, clumsy left hand. He had a briefer episode of left-hand twitching last week. He smokes and has treated hypertension. No headache, fever or head injury.",
     ["+ three minutes of rhythmic jerking of the left side of the mouth and face", "+ aware but unable to speak during it", "+ persisting left face and hand weakness twenty minutes later", "+ brief left-hand twitching episode last week", "+ smoker with hypertension", "- no headache or fever"])

case(6, "female", "non_native", "focal_seizure", [], "consultation_24",
     "clinical description: https://happiestbaby.com.au/blogs/toddler/night-seizures-in-toddlers",
     "Hello doctor, I am mother from Romania, living in Dublin. My daughter is 6. Two times in the last month, in the night, she wake up and I hear noise like choking. When I go, the corner of her mouth is pulling and twitching, she drool very much and cannot speak, but she look at me. It is one or two minutes, after she is tired and sleep again. In the day she is normal, goes to school, no fever. The GP sent paper for EEG and neurologist but the appointment is in 8 weeks. Is it ok to wait so long?",
     ["+ two night-time episodes in a month", "+ twitching and pulling of the mouth corner with drooling", "+ unable to speak but aware", "+ each lasting one to two minutes", "- normal during the day", "- no fever"])

case(76, "male", "older_adult", "focal_seizure", [], "emergency",
     "clinical description: http://cancer.unm.edu/2001/12/05/focal-seizure/",
     "I write on behalf of my husband, who is seventy-six. Four years ago he had a meningioma removed from the left side of his head and he has taken levetiracetam since without trouble. Since breakfast today the right corner of his mouth has been twitching in bursts every half hour or so, each lasting a minute or two, and during them he cannot get his words out, though he knows what is happening. Between the bursts he is himself, if tired. He missed his tablets yesterday because we were travelling back from our daughter's. He has no headache and no fever.",
     ["+ previous left-sided meningioma surgery, on levetiracetam", "+ repeated bursts of right mouth-corner twitching since breakfast", "+ cannot speak during bursts but aware", "+ missed yesterday's antiepileptic doses", "- no headache", "- no fever"])

# ---------------------------------------------------------------- acute_dystonic_reaction
case(21, "female", "clinician_vignette", "acute_dystonic_reaction", [], "emergency",
     "https://discovery.researcher.life/article/recurrent-temporomandibular-joint-dislocation-due-to-antiemetic-induced-acute-dystonia-a-case-report/4db28a6cab0933cd8b4fc8c32c77ede3",
     "A 21-year-old woman presents a few hours after starting metoclopramide, prescribed the day before for nausea, with inability to chew or swallow properly, slurred speech and pain over the right jaw joint. Her jaw is held deviated to the right, the right perioral muscles twitch and pull intermittently, and her neck is turned to the left. She is alert and oriented. No fever, rash or wheeze. No previous seizures and no similar episodes.",
     ["+ started metoclopramide the day before", "+ jaw pulled to one side with difficulty chewing and swallowing", "+ twitching and pulling of the muscles around the mouth", "+ neck turned to one side", "- alert and oriented", "- no fever, rash or wheeze"])

case(9, "female", "parent_or_carer", "acute_dystonic_reaction", [], "emergency",
     "https://api-pubmed-ncbi.laibokeji.com/39717112",
     "Our nine-year-old was in hospital with a tummy bug on Monday and they gave her an anti-sickness medicine through the drip. We came home yesterday. This evening her neck has twisted round to one side and she can't straighten it, her tongue keeps pushing out, and her mouth and lips are pulling and twitching. She's frightened and crying, but she knows who we are and is talking, just with difficulty. No temperature. It's 9pm and the ward said to ring back if we were worried.",
     ["+ intravenous anti-sickness medicine two days ago", "+ neck twisted to one side", "+ tongue pushing out", "+ mouth and lips pulling and twitching", "- knows her parents and is talking", "- no fever"])

case(48, "female", "short_message", "acute_dystonic_reaction", [], "emergency_ambulance",
     "https://pmc.ncbi.nlm.nih.gov/articles/PMC3736617",
     "Took an anti-sickness tablet earlier, now jaw clamped, tongue pushing out, face twitching, feels like my throat is closing. This has happened before.",
     ["+ anti-sickness tablet taken earlier", "+ clamped jaw and tongue protrusion", "+ facial twitching", "+ feels the throat is closing", "+ similar episodes before"])

case(17, "male", "teen_or_young", "acute_dystonic_reaction", [], "emergency",
     "clinical description: https://medx.it.com/what-meds-cause-lip-twitching-a-guide-to-medication-induced-dyskinesia",
     "17 and got given prochlorperazine at the walk in for being sick all weekend. like 6 hrs later my eyes keep rolling up and getting stuck, my neck is pulling back and my mouth and lips keep twitching and pulling to the side, can barely talk. mum is freaking out. no fever, havent taken anything else i swear. is this an allergy??",
     ["+ prochlorperazine six hours ago", "+ eyes rolling up and sticking", "+ neck pulling back", "+ mouth and lips twitching and pulling to one side", "- no fever", "- no other drugs"])

# ---------------------------------------------------------------- hypoglycaemia
case(58, "male", "short_message", "hypoglycaemia", [], "emergency_ambulance",
     "clinical description: https://www.mymosaiclifecare.org/health-information/diseases-and-conditions/d/diabetic-hypoglycemia2/?section=Symptoms",
     "Husband type 1, sweaty, lips twitching, confused, can't swallow the juice I'm giving him, getting drowsy.",
     ["+ type 1 diabetes on insulin", "+ sweating and lip twitching", "+ confused", "+ unable to swallow", "+ increasingly drowsy"])

case(79, "female", "older_adult", "hypoglycaemia", [], "consultation_24",
     "http://thediabetesnetwork.com/insulin-pumping/symptoms-of-hypoglycemia",
     "I am seventy-nine and have type 2 diabetes, for which I take gliclazide morning and evening and metformin. My doctor increased the gliclazide a fortnight ago. Twice this week, in the late morning, I have come over shaky and sweaty with a tingling and twitching about my lips, and once I found myself quite muddled in the supermarket, unable to remember why I had come. My meter read 3.2 the second time. A glass of orange juice and a biscuit put me right within a quarter of an hour. I have lived alone since my husband died. I feel perfectly well at present.",
     ["+ gliclazide dose increased two weeks ago", "+ two episodes of shakiness, sweating and lip twitching", "+ confusion during one episode", "+ blood glucose 3.2", "+ recovered with juice and a biscuit", "+ lives alone"])

case(42, "female", "forum_post", "hypoglycaemia", [], "consultation",
     "https://tamrakgarcia.wordpress.com/category/hypoglycemia/",
     "Scary low last night - lips twitching, husband had to help\nType 1 for twenty years, on pens not a pump. Yesterday was lovely: a walk round the car show, a big Chinese buffet lunch that I bolused for, in range all afternoon. Around 9pm I realised I hadn't eaten since lunch, had some peanut M&Ms and took rapid-acting to cover them (daft, I know). An hour later my lips were tingling and twitching, I was drenched in sweat, and my husband says I was slurring and arguing with him about the TV remote. He got glucose gel and then juice into me; I don't remember much of it. The meter said 2.1 when he finally checked. I'm absolutely fine this morning, 7.4.\nUpdate: took my usual morning dose.\nShould I tell my diabetes team or is one bad low just one of those things? Does anyone else lose their warning signs after twenty years?",
     ["+ type 1 diabetes for twenty years", "+ severe low needing her husband's help last night", "+ lip tingling and twitching, sweating and slurred speech", "+ glucose 2.1", "+ normal this morning", "+ insulin given for a snack late in the evening"])

case(16, "male", "teen_or_young", "hypoglycaemia", [], "self_care",
     "clinical description: https://mymlc.com/health-information/diseases-and-conditions/h/hypoglycemia2?section=Symptoms",
     "type 1 here (16). after football my top lip went all twitchy and tingly, hands shaking, felt starving. checked and it was 3.1 so had 5 jelly babies, 15 mins later 6.2 and i feel fine now. my mum wants me to go to a&e but i feel totally normal?? dont want to make a thing of it",
     ["+ type 1 diabetes", "+ upper lip twitching and tingling with shaky hands after exercise", "+ glucose 3.1", "+ treated with sweets, now 6.2", "- no symptoms now"])

# ---------------------------------------------------------------- ramsay_hunt_syndrome
case(58, "female", "non_native", "ramsay_hunt_syndrome", [], "consultation_24",
     "https://rjawv.com/ramsay-hunt-syndrome-explained-symptoms-treatment-recovery-guide-106190",
     "Hello, my neighbour told me to ask here. I am 58, from Philippines, working as caregiver in Toronto. Three days ago I had burning pain inside my right ear, I think it is from the earphone. Yesterday small blisters came in the ear and behind it, and this morning my right mouth is drooping and the lip is twitching, water comes out when I drink, I cannot close the right eye fully. Also I hear ringing and feel little bit dizzy. No weakness in arm or leg.",
     ["+ burning right ear pain for three days", "+ blisters in and behind the right ear", "+ right lip twitching and mouth drooping", "+ cannot fully close the right eye", "+ ringing in the ear and dizziness", "- no arm or leg weakness"])

case(67, "male", "clinician_terse", "ramsay_hunt_syndrome", [], "consultation_24",
     "clinical description: https://sitcomstory.com/other-news/what-is-ransom-hunt-syndrome-and-what-are-the-symptoms",
     "67M. 3/7 severe L otalgia, 1/7 vesicular rash L concha + EAC. Today L facial weakness (forehead involved, incomplete eye closure); L perioral twitching preceded it. Tinnitus + reduced hearing L, mild vertigo, nausea. Taste altered L tongue. Nil limb weakness, nil headache. PMH: T2DM, CLL (watch & wait). Plan: same-day ENT, start antiviral + pred, eye protection.",
     ["+ three days of severe left ear pain", "+ blistering rash in the left ear", "+ left facial weakness including the forehead", "+ left perioral twitching beforehand", "+ tinnitus, hearing loss and vertigo", "- no limb weakness"])

case(44, "female", "forum_reply", "ramsay_hunt_syndrome", [], "consultation_24",
     "clinical description: https://thewillpowermart.xyz/web-stories/ramsay-hunt-syndrome/",
     "Re: face drooping after ear infection? - OP, reading your post again: burning pain deep in your left ear for three days, little blisters that came up in the ear yesterday, and now the corner of your mouth twitching and drooping with the hearing muffled on that side. That isn't a normal ear infection. It's exactly how my husband's shingles of the face nerve started last year. Did the GP actually look inside your ear? Ring back and ask about antivirals today, they work best started early. You said your arms and legs are fine, which is good.",
     ["+ three days of burning left ear pain", "+ blisters in the left ear", "+ left mouth corner twitching and drooping", "+ muffled hearing on the left", "- arms and legs normal"])

case(74, "male", "older_adult", "ramsay_hunt_syndrome", [], "consultation_24",
     "clinical description: https://www.able2uk.com/glossary/ramsay-hunt-syndrome",
     "I am seventy-four and recovering from a chest infection. Four days ago I developed a dreadful burning pain in my right ear, and my wife has since found a cluster of small blisters in the bowl of the ear and behind it. Yesterday the right side of my mouth began to twitch and today it hangs, so that tea runs out of that corner, and I cannot shut the right eye fully. The room spun when I got out of bed this morning and the hearing on that side is dull. I had shingles on my chest some years ago. I take tablets for blood pressure and prostate. My arms and legs are quite normal.",
     ["+ four days of burning right ear pain", "+ blisters in and behind the right ear", "+ right mouth twitching then drooping", "+ incomplete right eye closure", "+ vertigo and dull hearing on the right", "- arms and legs normal"])

# ---------------------------------------------------------------- guillain_barre_syndrome
case(42, "male", "clinician_vignette", "guillain_barre_syndrome", [], "emergency",
     "https://www.scirp.org/Journal/paperinformation?paperid=141959",
     "A 42-year-old man with no past medical history presents with one week of inability to close either eye fully, difficulty puffing out his cheeks or whistling, and tingling in both feet. Two weeks earlier he had a flu-like illness. In the first days he noticed intermittent twitching around both sides of the mouth. Examination shows bilateral lower motor neurone facial weakness with upward eye rolling on attempted closure, no facial sensory loss, normal limb power, and absent knee and ankle reflexes. Swallowing and breathing are unaffected.",
     ["+ bilateral facial weakness for a week", "+ tingling in both feet", "+ flu-like illness two weeks earlier", "+ twitching around both sides of the mouth early on", "+ absent knee and ankle reflexes", "- limb power, swallowing and breathing normal"])

case(53, "male", "forum_post", "guillain_barre_syndrome", [], "emergency",
     "https://tomesphere.com/paper/PMC12911957.md",
     "Told it was Bell's palsy on BOTH sides - now my legs are going\nTwo weeks ago I had a stomach bug. Last Monday I noticed my lips twitching on both sides, and by Wednesday I couldn't close either eye properly or smile; my whole face just hangs. The walk-in centre said Bell's palsy and gave me steroids and eye drops. Since yesterday my feet are tingling, my legs feel like jelly going upstairs and I nearly went over getting out of the bath. My hands are clumsy on buttons. Breathing is fine as far as I can tell and I can swallow. I'm 53, fit, never ill.\nEDIT: my wife has just read this over my shoulder and is putting her coat on.\nIs it normal for Bell's palsy to be on both sides? Could the steroids be making my legs weak?",
     ["+ stomach bug two weeks ago", "+ twitching lips then weakness of both sides of the face", "+ new tingling feet and weak legs since yesterday", "+ clumsy hands", "- breathing and swallowing normal so far"])

case(11, "female", "parent_or_carer", "guillain_barre_syndrome", [], "emergency",
     "https://pubmed.ncbi.nlm.nih.gov/?cmd=search&term=Sorour++Inaloo",
     "Our daughter is eleven. Three days ago her smile went strange and now neither side of her face moves properly: she can't screw her eyes shut, can't blow out her cheeks, and her lips twitch when she tries to talk. She says food tastes odd. Since this morning her legs are numb and tingly from the knees down, though she can still walk. She had a cold about two weeks ago. She's breathing and swallowing fine and is otherwise herself. The GP is fully booked.",
     ["+ weakness of both sides of the face over three days", "+ lips twitch when talking", "+ altered taste", "+ numb, tingling legs since this morning", "+ cold two weeks ago", "- breathing and swallowing normal"])

case(37, "male", "short_message", "guillain_barre_syndrome", [], "emergency",
     "http://47.251.13.51:8081/27630886",
     "Both sides of my face stopped moving this month, can't shut my eyes, lips twitch, face and feet tingle. Doctor said Bell's. Both sides normal?",
     ["+ weakness of both sides of the face this month", "+ cannot close the eyes", "+ lip twitching", "+ tingling of the face and feet"])

# ---------------------------------------------------------------- lithium_toxicity
case(56, "female", "clinician_vignette", "lithium_toxicity", [], "emergency",
     "https://www.resus.com.au/2010/02/15/lithium-toxicity-or-tumour/",
     "A 56-year-old woman with bipolar affective disorder on long-term lithium and an antihypertensive presents with several days of diarrhoea followed by mild confusion and unsteadiness. Her family have noticed fine twitching around her mouth. She denies head injury, headache or visual disturbance. Pulse 93, BP 135/80, afebrile. Pupils and limb power are normal, but she cannot walk heel to toe and sways on standing. Creatinine is mildly raised compared with last year.",
     ["+ long-term lithium", "+ several days of diarrhoea", "+ mild confusion and unsteadiness", "+ twitching around the mouth", "+ raised creatinine", "- no head injury or headache"])

case(67, "male", "parent_or_carer", "lithium_toxicity", [], "emergency",
     "https://pmc.ncbi.nlm.nih.gov/articles/PMC539658",
     "My dad is 67 and has taken lithium for bipolar for thirty years without problems, plus venlafaxine. Last week he was in hospital with a mini-stroke and came out on a pile of new tablets, including two for his diabetes. For three days he's been confused, off his food and shaking all over. Today he's very drowsy, his hands have a big coarse tremor, his arms and legs jerk every so often, and his lips and chin keep twitching. He's hardly drinking anything. His sugar on his meter is 7.",
     ["+ long-term lithium plus venlafaxine", "+ several new medicines started a week ago", "+ three days of confusion and shaking", "+ drowsiness, coarse tremor and limb jerks", "+ lip and chin twitching", "- blood glucose normal"])

case(62, "male", "older_adult", "lithium_toxicity", [], "consultation_24",
     "https://casereports.bmj.com/content/2017/bcr-2017-220079",
     "I am sixty-two and have taken lithium for bipolar disorder for over twenty years, and until recently it has served me well. My kidney function has been declining, stage three I am told, though my lithium level last month was said to be within range. Over the past few weeks my hands have developed a coarse shake, so that I spill my tea, and my lips and chin twitch when I talk. I have been sleeping less and my wife says I am talking rather fast. I take ramipril and, lately, ibuprofen for my knee. I am steady on my feet and not confused.",
     ["+ lithium for over twenty years", "+ stage three chronic kidney disease", "+ new coarse hand tremor over weeks", "+ lip and chin twitching when talking", "+ recently taking ibuprofen with ramipril", "- not confused or unsteady"])

case(70, "female", "forum_reply", "lithium_toxicity", [], "emergency",
     "https://21docs.com/users/511766/articles/588491/download_zip",
     "Re: mum very muddled - update on my mum (70) from the carers' thread earlier. She's on a low dose of lithium for her mood and has advanced cancer, and this week she's barely eating or drinking. Since yesterday she's been confused and seeing things, her hands and arms keep jerking, her lips and mouth twitch constantly and she can't walk to the loo without two of us. The palliative nurse thinks it's terminal agitation, but she was chatting normally on Sunday. Someone upthread asked whether anyone has checked her lithium level, and now I'm worried nobody has.",
     ["+ low-dose lithium", "+ advanced cancer with poor eating and drinking", "+ new confusion and hallucinations since yesterday", "+ jerking arms and constant twitching of the lips and mouth", "+ cannot walk unaided", "+ was well two days earlier"])

# ---------------------------------------------------------------- serotonin_syndrome
case(38, "male", "clinician_vignette", "serotonin_syndrome", [], "emergency_ambulance",
     "https://gamestartup.netlify.app/host-https-link.springer.com/article/10.1186/s43162-023-00223-2",
     "Paramedics are called to a 38-year-old man who is delirious and severely agitated. He takes tramadol regularly for chronic low back pain and started fluoxetine 20 mg a month ago for depression. His wife says he has been shaky and sweaty for two days. He is drenched, temperature 40.6, pulse 140, with a coarse tremor, myoclonic jerks including twitching around the mouth, and sustained ankle clonus. There is no history of head injury.",
     ["+ regular tramadol plus fluoxetine started a month ago", "+ delirium and severe agitation", "+ temperature 40.6 and pulse 140", "+ tremor and jerks including twitching around the mouth", "+ sustained ankle clonus", "- no head injury"])

case(54, "female", "clinician_terse", "serotonin_syndrome", ["neuroleptic_malignant_syndrome"], "emergency",
     "https://pmc.ncbi.nlm.nih.gov/articles/PMC9440612/?term=%22Cureus%22%5Bjour%5D",
     "Care home transfer note. 54F, dementia + bipolar. Usual meds: trazodone 100 nocte, sertraline 150 od. Quetiapine 100 bd started 2/7 ago for agitation. Today: sweaty, tremor, jerking of limbs + twitching around mouth, eyes 'flicking side to side', more restless/confused than baseline. T 38.2, HR 118, BP 162/94. Nil new infective sx identified. Requesting ED assessment.",
     ["+ trazodone and sertraline with a new psychiatric drug two days ago", "+ sweating and tremor", "+ limb jerks and twitching around the mouth", "+ eyes flicking side to side", "+ more confused than usual", "+ temperature 38.2 and pulse 118"])

case(34, "male", "forum_post", "serotonin_syndrome", [], "emergency",
     "https://pmc.ncbi.nlm.nih.gov/articles/PMC8370158",
     "Partner on new antidepressants - shaking, twitching, wired. Mania or the meds?\nMy partner (34) has bipolar and was started on two antidepressants, fluoxetine and amitriptyline, about three weeks ago for a low patch; both doses went up last week. For five days he's been completely wired: talking non-stop, barely sleeping, snapping at me, and shaking all over. Since yesterday his mouth and lips keep twitching, his legs jerk when he's sitting, he's sweating through his T-shirt, says he feels hot, and he's had diarrhoea. The crisis line said it sounds like he's going high and mentioned adding an antipsychotic.\nEDIT: just took his temperature, 38.3.\nDoes this sound like mania to you? Could it be the tablets? Should I be taking him somewhere tonight?",
     ["+ two serotonergic antidepressants started three weeks ago, doses raised last week", "+ agitation and little sleep", "+ twitching of the mouth and lips", "+ jerking legs", "+ sweating, diarrhoea and temperature 38.3"])

case(17, "female", "teen_or_young", "serotonin_syndrome", [], "emergency",
     "clinical description: https://studylib.net/doc/5828242/serotonin-syndrome",
     "ok so im on sertraline (100mg) and me and my friend drank like half a bottle of cough syrup (the DXM one) to see what would happen. that was 4 hrs ago. now im soooo hot and sweaty, heart racing, my jaw and lips keep twitching, legs jerking on their own, and i cant sit still. also threw up. my parents are asleep and will kill me. will it wear off if i just drink water??",
     ["+ on sertraline", "+ took about half a bottle of dextromethorphan cough syrup four hours ago", "+ very hot and sweaty with racing heart", "+ twitching jaw and lips", "+ legs jerking and restlessness", "+ vomiting"])

# ---------------------------------------------------------------- neuroleptic_malignant_syndrome
case(37, "male", "clinician_vignette", "neuroleptic_malignant_syndrome", [], "emergency_ambulance",
     "https://nsj.org.sa/content/11/2/104",
     "A 37-year-old man on an inpatient psychiatric ward with severe depression, treated with haloperidol (recently increased), promethazine, hydroxyzine and lorazepam, develops fever, cough and confusion five days after the dose increase and stops eating. Nursing staff note a fine tremor of the lips and jaw. He is febrile at 39.4 with tachycardia and labile blood pressure, confused, with neck stiffness and generalised rigidity; plantars are flexor. Creatine kinase is markedly raised and the urine is dark.",
     ["+ haloperidol dose recently increased", "+ fever 39.4 and tachycardia", "+ confusion", "+ generalised rigidity", "+ tremor of the lips and jaw", "+ markedly raised creatine kinase and dark urine"])

case(76, "female", "parent_or_carer", "neuroleptic_malignant_syndrome", ["parkinsons_disease"], "emergency_ambulance",
     "https://bohrium.dp.tech/paper/arxiv/2067442",
     "My mum is 76 and has mild Parkinson's. Because she'd been having muddled spells, the GP told her yesterday morning to stop her Madopar. Since last night she's been burning up (38.6), her whole body is rigid like a board, she's much more confused, her heart is racing and she's sweating. Her lips and jaw are trembling and her arms give sudden jerks when I touch her. She can't get out of the chair at all now.",
     ["+ Parkinson's medicine stopped abruptly yesterday", "+ fever 38.6", "+ whole-body rigidity", "+ worsening confusion", "+ racing heart and sweating", "+ trembling lips and jaw with jerks"])

case(12, "male", "clinician_terse", "neuroleptic_malignant_syndrome", [], "emergency",
     "https://jnnp.bmj.com/lookup/external-ref?access_num=8768358&link_type=MED&atom=%2Fjnnp%2F69%2F2%2F277.2.atom",
     "12M, childhood-onset schizophrenia. Haloperidol increased 1/52 ago. 48h: increasingly stiff, mute, staring, drooling, perioral tremor, not eating/drinking. Afebrile (36.9) x 3 checks. HR 112, BP labile 100-150 sys. O/E: generalised rigidity, diaphoretic. CK 2,800. Plan: stop antipsychotic, transfer to paeds ED.",
     ["+ haloperidol increased a week ago", "+ two days of increasing stiffness and mutism", "+ drooling and tremor around the mouth", "+ fast pulse and labile blood pressure", "+ raised creatine kinase", "- no fever"])

case(79, "female", "older_adult", "neuroleptic_malignant_syndrome", ["parkinsons_disease"], "emergency_ambulance",
     "http://mattioli1885journals.com/index.php/actabiomedica/article/view/3990",
     "My wife is seventy-nine and has had Parkinson's disease for nineteen years. She has been low in spirits and has refused all her tablets since Friday; I could not persuade her. Since last night she has a high fever, she is stiff as a plank and cannot move at all in the bed, her breathing is fast and rattly, and she can no longer swallow even water. Her lips are quivering and she hardly responds to me. Our daughter lives in Leeds and I do not wish to trouble the doctor on a Sunday.",
     ["+ long-standing Parkinson's disease", "+ stopped all her medicines two days ago", "+ high fever", "+ severe rigidity and immobility", "+ fast breathing and unable to swallow", "+ quivering lips and reduced responsiveness"])

# ---------------------------------------------------------------- nicotine_poisoning
case(2, "female", "parent_or_carer", "nicotine_poisoning", [], "emergency",
     "https://www.sbs.com.au/news/article/doctors-flag-risk-of-e-cigs-for-toddlers/xt0phwkkt",
     "My two-and-a-half-year-old got hold of my vape refill bottle about twenty minutes ago. I found her with it in her mouth and the cap off; I don't know how much she swallowed. It's strawberry flavour, 18mg. She's been sick twice, she's dribbling and her lips keep twitching, and she's pale and sweaty. She's awake and crying and knows me.",
     ["+ toddler with a nicotine e-liquid refill in her mouth twenty minutes ago", "+ vomited twice", "+ drooling and lip twitching", "+ pale and sweaty", "- awake and recognises her mother"])

case(6, "female", "forum_reply", "nicotine_poisoning", [], "emergency_ambulance",
     "http://www.sanangelonow.com/child-swallows-e-cigarette-liquid-suffers-nicotine-poisoning/",
     "Re: e-liquid stored in old medicine bottles?? - This is exactly why you don't do that. Posting because it's happening to us right now and I can't think straight: my husband gave our 6-year-old a 10ml dose from her old ibuprofen bottle, which I'd refilled with nicotine liquid. She screamed that her mouth was burning, then went floppy, her lips twitched and her arms and legs started jerking. She's breathing but not answering us. I've rung 999 and they're on the way.",
     ["+ swallowed 10 ml of nicotine e-liquid", "+ burning mouth", "+ went floppy", "+ lip twitching and jerking of the limbs", "+ not responding"])

case(45, "male", "non_native", "nicotine_poisoning", [], "emergency",
     "http://www.whyimcray.com/2015/07/nicotine-poisoning/",
     "Hello, I am from Bulgaria, we are in Spain for holiday. Today my mother-in-law cooked a stew with leaves from a plant she collected near the road, she thought it was wild spinach. After two hours all the family is vomiting, sweating, the mouth is full of saliva, and me and my brother-in-law have twitching in the lips and in the arms, heart beating fast. My son (10) is very weak. We found the leaves in the rubbish and the pharmacist say maybe wild tobacco. What we must do?",
     ["+ ate a stew made with wild leaves two hours ago", "+ whole family vomiting and sweating", "+ heavy salivation", "+ twitching of the lips and arms", "+ fast heartbeat", "+ a child in the family is very weak"])

case(0, "male", "clinician_terse", "nicotine_poisoning", [], "emergency_ambulance",
     "https://drugfree.org/print/page.php?id=40835",
     "111 clinician note. 10/12 M. Ingested unknown vol of e-cig refill (father's, 18mg/ml) ~45 min ago. Vomited x4. Now pale, sweaty, drooling, intermittent perioral twitching, unsteady sitting, sleepy but rousable. Nil PMH. Cat 2 ambulance dispatched, poisons advice sought.",
     ["+ ten-month-old swallowed nicotine e-liquid about 45 minutes ago", "+ vomited four times", "+ pale, sweaty and drooling", "+ twitching around the mouth", "+ unsteady and sleepy"])


# ====================================================================== checks
URL_RE = re.compile(r"https?://\S+")
MOUTH_RE = re.compile(r"lip|mouth|chin|perioral|orbicularis|oro-?buccal|orofacial", re.I)


def words(text):
    return len(text.split())


def check(cases, partial=False):
    errors = []
    ids = set()
    texts = set()
    for c in cases:
        where = c.get("id", "?")
        if list(c.keys()) != KEYS:
            errors.append(f"{where}: keys {list(c.keys())}")
        if c["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(c["id"])
        t = c["text"]
        if not isinstance(t, str) or not t.strip():
            errors.append(f"{where}: empty text")
        if t in texts:
            errors.append(f"{where}: duplicate text")
        texts.add(t)
        if not MOUTH_RE.search(t):
            errors.append(f"{where}: text does not mention the lip / mouth / chin area")
        if c["gold"] not in CONDITIONS:
            errors.append(f"{where}: gold {c['gold']}")
        acc = c["acceptable"]
        if not isinstance(acc, list) or len(set(acc)) != len(acc) or c["gold"] in acc \
                or any(a not in CONDITIONS for a in acc):
            errors.append(f"{where}: acceptable {acc}")
        if c["triage"] not in TRIAGE:
            errors.append(f"{where}: triage {c['triage']}")
        if c["sex"] not in ("female", "male"):
            errors.append(f"{where}: sex {c['sex']}")
        if not isinstance(c["age"], int) or isinstance(c["age"], bool) or not 0 <= c["age"] <= 110:
            errors.append(f"{where}: age {c['age']}")
        if c["voice"] not in VOICES:
            errors.append(f"{where}: voice {c['voice']}")
        f = c["facts"]
        if not isinstance(f, list) or not 3 <= len(f) <= 8 \
                or any(not (x.startswith("+ ") or x.startswith("- ")) for x in f):
            errors.append(f"{where}: facts {f}")
        b = c["basis"]
        if not URL_RE.search(b):
            errors.append(f"{where}: basis without URL")
        elif not (URL_RE.fullmatch(b) or re.fullmatch(r"clinical description: https?://\S+", b)):
            errors.append(f"{where}: basis form {b}")
        # voice-specific shape checks (from the brief)
        n = words(t)
        v = c["voice"]
        if v == "short_message" and not 10 <= n <= 30:
            errors.append(f"{where}: short_message has {n} words")
        if v == "forum_post":
            if not 100 <= n <= 250:
                errors.append(f"{where}: forum_post has {n} words")
            if "\n" not in t:
                errors.append(f"{where}: forum_post without a title line")
            if not re.search(r"\b(update|edit)\b", t, re.I):
                errors.append(f"{where}: forum_post without Update/EDIT")
            if "?" not in t.rsplit("\n", 1)[-1]:
                errors.append(f"{where}: forum_post without questions at the end")
        if v == "forum_reply" and not re.search(r"^re:|same as|op\b|upthread|like yours|your post|you said|thread", t, re.I):
            errors.append(f"{where}: forum_reply does not refer to the thread")
        if v == "patient_first_person":
            s = len(re.findall(r"[.!?](\s|$)", t))
            if not 3 <= s <= 8:
                errors.append(f"{where}: patient_first_person has {s} sentences")
    bases = [c["basis"] for c in cases]
    dup = [b for b, k in Counter(bases).items() if k > 1]
    if dup:
        errors.append(f"repeated basis: {dup}")
    if not partial:
        per = Counter(c["gold"] for c in cases)
        for cond in CONDITIONS:
            if per[cond] != 4:
                errors.append(f"{cond}: {per[cond]} cases, want 4")
        if len(cases) != 136:
            errors.append(f"{len(cases)} cases, want 136")
    return errors


def build():
    cases = [dict(c) for c in CASES]
    random.Random(SEED).shuffle(cases)
    out = []
    for i, c in enumerate(cases, 1):
        row = {"id": f"TJ{i:03d}"}
        for k in KEYS[1:]:
            row[k] = c[k]
        out.append(row)
    return out


def band(age):
    if age < 13:
        return "0-12"
    if age < 18:
        return "13-17"
    if age < 40:
        return "18-39"
    if age < 65:
        return "40-64"
    return "65+"


def stats(cases):
    def table(title, counter, order=None):
        print(f"\n{title}")
        for k in (order or sorted(counter)):
            if counter.get(k):
                print(f"  {k:32s} {counter[k]}")
    table("by condition", Counter(c["gold"] for c in cases), CONDITIONS)
    table("by triage", Counter(c["triage"] for c in cases), TRIAGE)
    table("by voice", Counter(c["voice"] for c in cases), VOICES)
    table("by sex", Counter(c["sex"] for c in cases))
    table("by age band", Counter(band(c["age"]) for c in cases), ["0-12", "13-17", "18-39", "40-64", "65+"])
    print("\ncondition x triage (" + " / ".join(TRIAGE) + ")")
    ct = defaultdict(Counter)
    for c in cases:
        ct[c["gold"]][c["triage"]] += 1
    for cond in CONDITIONS:
        print(f"  {cond:32s} " + " ".join(f"{ct[cond][t]:2d}" for t in TRIAGE))
    print("\nvoice x triage (" + " / ".join(TRIAGE) + ")")
    vt = defaultdict(Counter)
    for c in cases:
        vt[c["voice"]][c["triage"]] += 1
    for v in VOICES:
        print(f"  {v:32s} " + " ".join(f"{vt[v][t]:2d}" for t in TRIAGE))
    lens = [words(c["text"]) for c in cases]
    print(f"\ntext length in words: min {min(lens)}, median {statistics.median(lens)}, max {max(lens)}, "
          f"<=30 words: {sum(n <= 30 for n in lens)}, >=100 words: {sum(n >= 100 for n in lens)}")
    vl = defaultdict(list)
    for c in cases:
        vl[c["voice"]].append(words(c["text"]))
    for v in VOICES:
        if vl[v]:
            print(f"  {v:32s} min {min(vl[v]):3d} median {statistics.median(vl[v]):5.1f} max {max(vl[v]):3d}")
    print(f"\ndistinct sources: {len(set(c['basis'] for c in cases))} "
          f"({sum(c['basis'].startswith('clinical description:') for c in cases)} marked clinical description)")
    print(f"cases with at least one denied fact: {sum(any(f.startswith('- ') for f in c['facts']) for c in cases)}")
    print(f"cases with a non-empty acceptable list: {sum(bool(c['acceptable']) for c in cases)}")


def main(argv):
    partial = "--partial" in argv
    cases = build()
    errors = check(cases, partial=partial)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    if not partial:
        with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
            for c in cases:
                fh.write(json.dumps(c, ensure_ascii=False) + "\n")
        print(f"wrote {len(cases)} cases to {OUT}")
    if "--stats" in argv:
        stats(cases)


if __name__ == "__main__":
    main(sys.argv[1:])
