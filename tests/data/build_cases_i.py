#!/usr/bin/env python3
"""cases_i: an independent held-out set of lay-written lip / perioral twitching cases.

Standard library only, deterministic. The cases are written by hand below (grouped by
condition for writing; ids are assigned after a seeded shuffle). Running the script checks
every case and writes cases_i.jsonl next to it. `--stats` prints counts.
"""
import json
import os
import random
import sys
from collections import Counter

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
VOICES = ["self", "forum", "texting", "non_native", "elderly", "parent", "partner",
          "relative", "carer", "friend"]
SEXES = ["female", "male"]
PER_CONDITION = 4
SEED = "cases_i:2025:twitchcheck-heldout"
KEYS = ["id", "age", "sex", "text", "gold", "acceptable", "triage", "facts", "basis", "voice"]

CASES = []


def C(gold, age, sex, voice, triage, text, facts, basis, acceptable=()):
    CASES.append({
        "age": age, "sex": sex, "text": " ".join(text.split()), "gold": gold,
        "acceptable": list(acceptable), "triage": triage, "facts": list(facts),
        "basis": basis, "voice": voice,
    })


# ---------------------------------------------------------------- caffeine
C("caffeine", 19, "male", "texting", "self_care",
  "lip twitching since tues, on 3 monsters a day for exams + library coffee. face moves normal. just the caffeine?",
  ["+ three energy drinks a day plus coffee", "+ lip twitching for several days",
   "- face moves normally"],
  "clinical description: https://www.droracle.ai/articles/173840/which-muscle-groups-are-most-likely-to-twitch-first")
C("caffeine", 41, "female", "forum", "self_care",
  "Posting here because my husband is sick of hearing about it. Backstory: during lockdown I got into "
  "pour-over coffee (I now own three grinders, don't ask) and I've just totted up that I'm getting "
  "through eight or nine mugs a day, mostly before 3pm, because I work from home and the kettle is "
  "right there. For about a week my top lip has been doing a little flicker, on and off, my hands "
  "are jittery by mid-morning and I can't drop off before 2am - then I'm shattered and make more "
  "coffee. Classic. Blood pressure at the pharmacy last month was fine and the only thing I take is "
  "the pill. Has anyone had the lip thing from coffee and did it stop when you cut down? Or is it a "
  "GP job?",
  ["+ eight or nine mugs of coffee a day", "+ upper lip flickering for about a week",
   "+ jittery hands", "+ trouble getting to sleep", "- no other medicines apart from the pill"],
  "clinical description: https://www.droracle.ai/articles/178666/what-is-the-likelihood-and-severity-of-muscle-twitching")
C("caffeine", 27, "male", "non_native", "self_care",
  "Hello, I am from Brazil, I work the night shift in a warehouse here. For stay awake I take the "
  "caffeine pills, two at the start and two more in the middle of shift, and I drink the mate tea "
  "all night, a big thermos. Since one week the lower part of my lip is making small jumps, and "
  "sometimes the heart is going fast. I don't feel weak, I can whistle normal and my face is "
  "same both sides. It is dangerous or only the caffeine?",
  ["+ four caffeine tablets per shift", "+ large amounts of mate tea",
   "+ lower lip twitching for one week", "+ heart sometimes racing", "- no weakness",
   "- face symmetrical"],
  "clinical description: https://www.droracle.ai/articles/173101/what-are-the-chances-of-muscle-twitching-if-a")
C("caffeine", 16, "male", "parent", "emergency",
  "My 16 year old swallowed a handful of caffeine tablets about an hour ago so he could stay up "
  "revising - he says ten, the box says 200mg each. He's been sick twice, he's shaking all over, "
  "his mouth and cheeks keep twitching and his heart is thumping so fast I can see it in his neck. "
  "He's awake and talking to me and knows what's going on. Can I just give him water and keep an "
  "eye on him?",
  ["+ about ten 200 mg caffeine tablets an hour ago", "+ vomited twice", "+ shaking all over",
   "+ mouth and cheek twitching", "+ very fast heartbeat", "- not drowsy or confused"],
  "https://pmc.ncbi.nlm.nih.gov/articles/PMC6120846/")

# ---------------------------------------------------------------- stress_anxiety
C("stress_anxiety", 34, "female", "forum", "consultation",
  "Sorry in advance, this is long. My divorce paperwork started in February and ever since then "
  "the right corner of my mouth flutters, like there's a moth trapped under the skin. It comes and "
  "goes, worst in the evening when I'm lying in bed going over everything again. I wake up with my "
  "jaw clenched, my heart pounds out of nowhere, I can't concentrate at work and I've started "
  "avoiding the school gate because I feel everyone is staring at my mouth (they're not, my sister "
  "says you can't even see it). Of course I googled and now I've convinced myself it's something "
  "neurological. My smile is even, there's no numbness and I can eat and swallow normally. It's "
  "been about three months. Is this just my nerves or do I need to get it looked at?",
  ["+ going through a divorce since February", "+ corner of mouth fluttering for about three months",
   "+ worse in the evenings", "+ pounding heart and poor concentration", "+ jaw clenching",
   "- smile even", "- no numbness", "- no swallowing difficulty"],
  "https://after-anxiety.com/lip-twitching-anxiety/")
C("stress_anxiety", 22, "female", "texting", "self_care",
  "top lip twitching all week, dissertation due fri, been panicking nonstop. stopped when i went home to my mums at the wknd. normal??",
  ["+ top lip twitching for a week", "+ very stressed about a deadline",
   "+ twitching stopped when relaxing at the weekend"],
  "https://winenfood.com/can-stress-and-anxiety-cause-a-lip-twitching")
C("stress_anxiety", 45, "male", "non_native", "self_care",
  "Good day. Since 2 weeks I have in the upper lip, left side, a twitching, few seconds, then "
  "pause, then again. In my firm we have a restructuring and I am responsible for the team, so I "
  "am always under tension and my dentist says I grind the teeth. Coffee only 2 per day like "
  "always, no alcohol. No weakness in the face, everything symmetric, I checked in the mirror. "
  "Must I go to the doctor or it goes away alone?",
  ["+ upper lip twitching for two weeks", "+ high work pressure from a restructuring",
   "+ grinding teeth", "- coffee intake unchanged at two a day", "- no alcohol",
   "- face symmetrical"],
  "https://marsoclinic.com/face_twitching_stress/")
C("stress_anxiety", 38, "male", "partner", "consultation",
  "My husband (38) has been getting little twitches at the side of his mouth and under his eye for "
  "about two months, since his dad was diagnosed with cancer. He's barely sleeping, snaps at the "
  "kids, says he feels on edge all the time and twice he's had to pull over on the motorway "
  "because his heart was racing and he couldn't breathe properly - it passed in ten minutes both "
  "times. His face doesn't droop and he talks completely normally. He won't see anyone. How do I "
  "convince him, and what's likely going on?",
  ["+ twitching at side of mouth and under eye for two months", "+ father recently diagnosed with cancer",
   "+ episodes of racing heart and breathlessness that passed", "+ poor sleep and irritability",
   "- no facial droop", "- speech normal"],
  "https://after-anxiety.com/face-twitching-anxiety/")

# ---------------------------------------------------------------- fatigue
C("fatigue", 31, "female", "self", "self_care",
  "Baby is 7 weeks old and I'm averaging maybe four broken hours of sleep a night. For the last few "
  "days my bottom lip has a tiny flicker, mostly late afternoon when I'm completely wiped. "
  "Breastfeeding, eating OK-ish, and I've cut out coffee for the baby's sake. Nothing else odd, no "
  "numbness or anything. Is this just sleep deprivation or could I be lacking something?",
  ["+ about four broken hours of sleep a night", "+ lower lip flicker for a few days",
   "+ worse in the late afternoon when exhausted", "- no coffee", "- no numbness"],
  "https://necolebitchie.com/can-lack-of-sleep-cause-facial-twitching")
C("fatigue", 26, "male", "texting", "self_care",
  "nights x3 then straight onto a day shift, barely slept. upper lip keeps pinging, no weakness. just tired?",
  ["+ run of night shifts with little sleep", "+ upper lip twitching", "- no weakness"],
  "https://www.alibaba.com/product-insights/why-does-my-face-twitch-when-tired-causes-and-prevention.html")
C("fatigue", 67, "male", "elderly", "self_care",
  "I am 67 and for the past fortnight I have been doing the school runs for my two grandchildren "
  "while my daughter is in hospital. I am up at half past five and rarely in bed before midnight. "
  "For about ten days my upper lip on the right has given a little flick now and then, more in the "
  "evenings when I am tired. I can whistle and smile as normal, my arms and legs are as they always "
  "were and my speech is fine. I take a statin, nothing new. My wife says I am simply worn out. Is "
  "she right?",
  ["+ very short nights for two weeks", "+ upper lip twitching for about ten days",
   "+ worse in the evenings when tired", "- smile and whistle normal", "- no limb problems",
   "- speech normal", "- no new medicines"],
  "https://www.alibaba.com/product-insights/why-does-my-face-twitch-randomly-when-tired-when-to-see-a-doctor.html")
C("fatigue", 29, "female", "non_native", "self_care",
  "Hello doctor. I am PhD student, the last one month I sleep only 4 or 5 hours because of the "
  "experiment and paper deadline. My lip corner is sometimes twitching, also the eye. When I "
  "sleep more in weekend it is better. No other problem, no numb, I eat normal. Is it because I am "
  "tired? I need to see doctor?",
  ["+ four to five hours of sleep a night for a month", "+ lip corner and eye twitching",
   "+ better after more sleep at the weekend", "- no numbness"],
  "https://www.alibaba.com/product-insights/why-does-my-face-twitch-randomly-when-tired-possible-explanations.html",
  ["stress_anxiety"])

# ---------------------------------------------------------------- strong_emotion
C("strong_emotion", 52, "male", "self", "self_care",
  "Odd one. Whenever I have to talk about my late wife - at the bereavement group, or even on the "
  "phone to her sister - my bottom lip starts to tremble and jump before I even feel the tears "
  "coming. The rest of the day there's nothing at all. No weakness, no other twitches. Is that a "
  "normal part of grieving or should I be worried it's neurological?",
  ["+ lower lip trembles when talking about his late wife", "+ only happens when emotional",
   "- no twitching at other times", "- no weakness"],
  "https://www.jnforensics.com/post/what-our-lips-reveal-about-our-emotional-state")
C("strong_emotion", 9, "female", "parent", "self_care",
  "Our daughter is 9 and her top lip goes wobbly and twitchy whenever she's being told off or is "
  "about to cry, and funnily enough also when she's hyper excited, like the night before her "
  "birthday party. Her teacher mentioned it at parents' evening. Otherwise nothing - no blinking "
  "habit, no noises, sleeps well. Should we be worried?",
  ["+ top lip twitches when upset or about to cry", "+ also when very excited",
   "- no blinking habit", "- no noises", "- no other problems"],
  "clinical description: http://www.rannsiracusa.com/blog/emotion-thesaurus-for-writers-part-3")
C("strong_emotion", 24, "female", "texting", "self_care",
  "whenever im really angry my top lip twitches like a cartoon?? bf noticed during a row w the landlord today. goes once i calm down",
  ["+ top lip twitches when very angry", "+ noticed during a row today", "+ stops after calming down"],
  "clinical description: https://calmclinic.wordpress.com/2013/12/16/the-hardest-emotions-to-fake/")
C("strong_emotion", 30, "male", "non_native", "self_care",
  "Hi, last week I gave a presentation in English in front of the directors and during it my upper "
  "lip was jumping, I could feel it, and my face was hot and red and eyes watering. After, nothing "
  "more. Same thing happened when I made the speech at my sister wedding. Only in these moments. "
  "Is this some illness?",
  ["+ upper lip twitching during a stressful presentation", "+ face hot and flushed",
   "+ watery eyes", "+ same during a wedding speech", "- no twitching at other times"],
  "clinical description: http://joannawaugh.com/cues-to-emotion.html",
  ["stress_anxiety"])

# ---------------------------------------------------------------- alcohol_excess
C("alcohol_excess", 23, "male", "texting", "self_care",
  "stag do fri-sun, drank all weekend. today lip twitching n hands shaky, feel like death. dont normally drink much. will it pass",
  ["+ heavy drinking all weekend", "+ lip twitching the day after", "+ shaky hands",
   "- does not usually drink much"],
  "https://www.rehabguide.co.uk/hangover-shakes/")
C("alcohol_excess", 35, "female", "self", "self_care",
  "Work Christmas do last night - prosecco, then shots, I lost count. This morning I've got a "
  "banging head, I'm clammy and shaky and the corner of my mouth keeps twitching. I usually have a "
  "glass or two at the weekend and that's it. I've had water and some toast and kept it down. "
  "Anything I should watch out for?",
  ["+ heavy drinking last night", "+ corner of mouth twitching this morning", "+ shaky and clammy",
   "+ headache", "- usually drinks little", "+ keeping food and water down"],
  "https://calendar-australia.com/faq/why-do-you-feel-shaky-when-hungover")
C("alcohol_excess", 48, "male", "partner", "consultation",
  "My husband is 48 and drinks most evenings - four or five pints after work, more on a Friday and "
  "Saturday. For a few months his lip and cheek twitch on and off and his hands aren't steady in "
  "the morning until he's had his coffee. He never drinks in the mornings, I'd know. He says it's "
  "work stress. He's not confused or anything like that. I want him to talk to the GP about the "
  "drinking - is the twitching down to the booze?",
  ["+ four or five pints most evenings", "+ lip and cheek twitching for a few months",
   "+ hands unsteady in the mornings", "- no morning drinking", "- no confusion"],
  "https://www.beerdelux.com/beer-beer/why-is-my-body-shaking-after-drinking-alcohol.html",
  ["alcohol_withdrawal"])
C("alcohol_excess", 29, "male", "non_native", "self_care",
  "Hello, yesterday was wedding of my cousin and we drink vodka all night, maybe 10 or 12 shots "
  "and also beer. Today my lip is twitching and hands shaking a little bit, I vomit one time in "
  "morning but now I can drink water and eat soup. Normally I drink only few beers in weekend. Is "
  "normal after such party?",
  ["+ ten to twelve shots of vodka and beer last night", "+ lip twitching today",
   "+ slightly shaky hands", "+ vomited once but now keeping fluids down",
   "- normally drinks only a few beers at weekends"],
  "https://www.detoxofdelray.com/alcoholism/hangover-shakes/")

# ---------------------------------------------------------------- alcohol_withdrawal
C("alcohol_withdrawal", 46, "male", "self", "consultation_24",
  "I've decided to stop drinking. For the last couple of years it's been a bottle of wine and "
  "three or four strong cans every night. Last drink was Saturday night and it's now Monday "
  "morning. I'm sweating, my hands are shaking, my lips and tongue keep twitching, my heart is "
  "racing and I didn't sleep at all. I'm not seeing or hearing anything strange and I've never "
  "had a fit. I haven't told my GP. Can I just tough it out at home?",
  ["+ a bottle of wine and several strong cans nightly for years", "+ stopped drinking about 36 hours ago",
   "+ sweating and shaking hands", "+ lips and tongue twitching", "+ racing heart and no sleep",
   "- no hallucinations", "- no previous fits"],
  "https://biologyinsights.com/what-do-alcohol-shakes-feel-like")
C("alcohol_withdrawal", 58, "female", "relative", "emergency",
  "My mum (58) has been a heavy drinker for years, usually two bottles of wine a day. She ran out "
  "of money and hasn't had a drink for three days. Today she's shaking so much she can't hold a "
  "cup, her lips keep twitching and she's sweating buckets, and she's not making sense - she "
  "called me by her sister's name and didn't know what day it was. I don't think she has a "
  "temperature. What should I do?",
  ["+ about two bottles of wine a day for years", "+ no alcohol for three days",
   "+ severe shaking", "+ lip twitching and heavy sweating", "+ new confusion and disorientation",
   "- no obvious fever"],
  "https://theencinodetoxcenter.com/?p=8351")
C("alcohol_withdrawal", 33, "male", "texting", "emergency_ambulance",
  "brother stopped drinking 2 days ago after a month long bender. now hes shaking all over, lips "
  "twitching, talking to people who arent there, says theres bugs on the wall. hes burning hot and "
  "soaked in sweat. what do i do",
  ["+ stopped drinking two days ago after heavy drinking", "+ shaking all over",
   "+ lip twitching", "+ seeing and talking to things that are not there", "+ feels burning hot",
   "+ drenched in sweat"],
  "https://projectknow.com/alcohol/signs-and-symptoms/shaking/")
C("alcohol_withdrawal", 51, "male", "non_native", "consultation_24",
  "Good evening. I drink every day since many years, vodka, half litre per day. Yesterday morning "
  "I decide to stop, last drink was yesterday morning. Now my hands are trembling, the lips also "
  "trembling and twitching, I sweat, very strong anxiety, cannot sleep. I don't see nothing strange "
  "and no voices. Never I had the fits. I want to stop properly. What I must do?",
  ["+ half a litre of vodka daily for years", "+ last drink about a day ago",
   "+ trembling hands and lips", "+ sweating and strong anxiety", "+ unable to sleep",
   "- no hallucinations", "- no previous fits"],
  "clinical description: https://mayssdesign.com/alcohol-withdrawal-tremors-the-shakes/")

# ---------------------------------------------------------------- alcoholic_neuropathy
C("alcoholic_neuropathy", 55, "male", "self", "consultation",
  "I've been a heavy drinker for 20 years, half a bottle of whisky most nights, not proud of it. "
  "For about a year my feet burn at night like I'm standing on hot sand, my toes are numb and I've "
  "stumbled a couple of times going to the loo in the dark. Lately my lip twitches as well and my "
  "calves cramp. I've cut down a bit. I'm not diabetic, that was checked last year. What's going "
  "on?",
  ["+ half a bottle of whisky most nights for 20 years", "+ burning feet at night for a year",
   "+ numb toes", "+ unsteady in the dark", "+ lip twitching", "+ calf cramps", "- not diabetic"],
  "https://www.wisegeek.net/what-is-alcoholic-neuropathy.htm")
C("alcoholic_neuropathy", 62, "male", "relative", "consultation",
  "Dad is 62 and drinks a lot, cans from lunchtime onwards. Lately he shuffles when he walks, says "
  "his feet feel like they're wrapped in cotton wool, and he's dropped his mug twice because his "
  "fingers are numb. His mouth twitches now and then when he's sat watching the telly. He hardly "
  "eats. As far as I know he's not diabetic. He won't go to the doctor unless I give him a good "
  "reason.",
  ["+ heavy daily drinking", "+ feet feel wrapped in cotton wool", "+ numb fingers and dropping things",
   "+ shuffling walk", "+ mouth twitching", "+ eats very little", "- not known to be diabetic"],
  "https://eatsip365.com/signs-of-alcoholic-peripheral-neuropathy")
C("alcoholic_neuropathy", 49, "female", "forum", "consultation",
  "Long-time lurker, first post. Ten-plus years of a bottle of wine a night, sometimes more at "
  "weekends - it started as a glass to unwind after the school run and, well, you all know how that "
  "goes. Three months sober now, thank you to everyone here! But since last spring I've had pins and "
  "needles and burning in both feet, worst in bed, and it's now creeping above my ankles, and my "
  "fingertips tingle when I'm typing. My upper lip and eyelid twitch off and on and my legs feel weak "
  "on the stairs, like they belong to someone else. GP said my B12 was 'low normal' last year. I keep "
  "reading horror stories about MS on other sites. Is this the alcohol nerve damage thing people "
  "talk about, and does it ever get better once you stop?",
  ["+ a bottle of wine a night for over ten years", "+ sober for three months",
   "+ burning and pins and needles in both feet spreading upwards", "+ tingling fingertips",
   "+ lip and eyelid twitching", "+ legs weak on stairs"],
  "https://www.medifind.com/conditions/alcoholic-neuropathy/5618")
C("alcoholic_neuropathy", 58, "male", "non_native", "consultation",
  "Respected sir, my father age 58 is consuming alcohol daily since 25 years, mostly country "
  "liquor. Since 8 months he is complaining burning sensation in both soles and legs and numbness "
  "like he is wearing socks. Also weakness in legs, he has fallen two times. Some time his lips are "
  "twitching. His sugar is normal, tested last month. Kindly advise which test is needed.",
  ["+ daily alcohol for 25 years", "+ burning in both soles and legs for eight months",
   "+ numbness like wearing socks", "+ leg weakness with two falls", "+ lip twitching",
   "- blood sugar normal"],
  "https://askdocdoc.com/wiki/article/1524-alcoholic-neuropathy")

# ---------------------------------------------------------------- als
C("als", 61, "male", "partner", "consultation",
  "My husband is 61. Since around Christmas his speech has gone thick and slurred, like he's had a "
  "drink, but he hasn't. Food and tea sometimes go down the wrong way and he coughs and splutters. "
  "He's lost nearly a stone without trying. I've also noticed his chin and lips ripple when he's "
  "resting, and his tongue looks like something is wriggling under the surface. It's all come on "
  "very gradually, nothing sudden. The GP says a referral is 'in the system'. Should we be "
  "pushing harder?",
  ["+ slurred speech developing over months", "+ choking on food and drink",
   "+ weight loss of nearly a stone", "+ rippling of chin and lips at rest",
   "+ wriggling movements of the tongue", "- no sudden onset"],
  "https://winenfood.com/what-are-the-first-signs-of-bulbar-als")
C("als", 57, "female", "self", "consultation",
  "For about six months my right hand has been getting weaker - I can't turn the key in the back "
  "door or do up small buttons - and the fleshy bit between my thumb and first finger looks "
  "hollowed out. Now I get little flickers in that arm and, in the last few weeks, around my lip "
  "and chin as well. Cramps at night. No numbness or pain at all. I'm 57 and otherwise well, just "
  "on levothyroxine for years.",
  ["+ right hand weakness for six months", "+ wasting between thumb and finger",
   "+ twitching in the arm", "+ lip and chin twitching in recent weeks", "+ night cramps",
   "- no numbness", "- no pain"],
  "https://sla-quebec.ca/en/about-als/forms-of-als/")
C("als", 66, "male", "elderly", "consultation_24",
  "I am 66. Over the past few months my wife says my speech has changed and I get tired when I talk "
  "for long. My lips and tongue seem to twitch constantly. I have lost weight and have had a few "
  "frightening choking episodes at dinner. This last week I have found I get breathless lying flat "
  "and have to sleep propped on three pillows. I am waiting to see a neurologist next month. "
  "Should I wait?",
  ["+ speech changing over months", "+ lips and tongue twitching constantly", "+ weight loss",
   "+ choking episodes", "+ new breathlessness lying flat"],
  "http://sparkpeople.com/resource/health_a-z_detail.asp?AZ=21&Page=2")
C("als", 53, "male", "non_native", "consultation",
  "Hello, I have 53 years. Since 4 months my lip and my tongue make small movements like worms "
  "under the skin, and I have more difficulty to pronounce, my wife says I speak like I am very "
  "tired. Also my left leg is weaker, I trip in the stairs. No pain, no numbness. My uncle had a "
  "disease of the motor neurons. I am very afraid.",
  ["+ lip and tongue twitching for four months", "+ speech becoming harder",
   "+ left leg weakness with tripping", "+ uncle had motor neurone disease", "- no pain",
   "- no numbness"],
  "https://experts123.com/q/what-is-bulbar-als-onset.html")

# ---------------------------------------------------------------- bells_palsy
C("bells_palsy", 29, "female", "self", "consultation_24",
  "Woke up this morning and the left side of my face feels heavy and my smile is lopsided. Water "
  "dribbles out of the left side when I drink and I can't quite shut my left eye. Yesterday I had a "
  "dull ache behind my left ear. Since lunchtime the corner of my mouth on that side has started "
  "twitching. My arms and legs are completely fine and I can talk normally apart from 'p' sounds "
  "being a bit off. Had a stinking cold last week.",
  ["+ left side of face weak since waking", "+ cannot fully close left eye",
   "+ drink dribbles from left side of mouth", "+ ache behind left ear the day before",
   "+ twitching at left corner of mouth", "- arms and legs normal", "+ recent cold"],
  "https://showandtellonline.com.au/lifestyle/bells-palsy")
C("bells_palsy", 44, "male", "partner", "consultation_24",
  "My husband (44) came downstairs this morning and half his face has dropped - his right eyebrow "
  "won't lift, the eye won't close properly and food gets stuck in his right cheek. He says that "
  "side of his tongue tastes odd and noises sound too loud in his right ear. This evening there's "
  "a fine twitching next to his lip on that side. His arms, legs and speech are all normal and "
  "he's completely with it. Is this a stroke?? Do we go to A&E tonight or the GP first thing?",
  ["+ right side of face weak since this morning", "+ cannot raise right eyebrow",
   "+ right eye does not close", "+ altered taste and sound sensitivity on right",
   "+ twitching next to lip on the weak side", "- arms and legs normal", "- speech normal"],
  "http://www.businessinsider.com/left-side-of-face-not-moving-2013-6")
C("bells_palsy", 36, "female", "non_native", "consultation",
  "Hello, from 4 days my right face is not moving good, I cannot close the right eye completely and "
  "when I smile only the left side is smiling. Before this I had pain behind the ear for 2 days. The "
  "doctor in emergency said it is Bell's palsy and gave me cortisone and eye drops. Now there is a "
  "small twitching in the lip on the right and I am worried it is getting worse. My hand and leg "
  "are normal, I speak normal.",
  ["+ right facial weakness for four days", "+ cannot fully close right eye",
   "+ pain behind the ear beforehand", "+ diagnosed with Bell's palsy and on steroids",
   "+ new lip twitching on the weak side", "- arm and leg normal", "- speech normal"],
  "http://putdownthepolish.blogspot.com/2013/09/xvii-bells-palsy.html")
C("bells_palsy", 17, "female", "texting", "consultation_24",
  "woke up n half my face wont move?? cant blink my right eye properly n my smile is wonky, the "
  "corner of my lip keeps twitching. had pain behind my ear for 2 days. i can move my arms n legs "
  "fine n talk fine. mum says its bells palsy like her friend had. do i need to go today",
  ["+ right side of face not moving since waking", "+ cannot blink right eye properly",
   "+ lip corner twitching", "+ pain behind the ear for two days", "- arms and legs fine",
   "- speech fine"],
  "http://regain.co.za/for-whom-the-bells-toll-a-patient-blog-day-1/")

# ---------------------------------------------------------------- benign_fasciculation
C("benign_fasciculation", 27, "male", "forum", "self_care",
  "Health anxiety post, sorry in advance, mods feel free to move it. Bit of background: I'm 27, "
  "software tester, started a new job in January and split up with my girlfriend around the same "
  "time, so it's been a lot. About six weeks ago my left calf started twitching while I was lying in "
  "bed and since then it's been all over - calves, thighs, left arm, eyelid, and for the last week "
  "my top lip, which is the one that really freaked me out because I'd read that face twitching "
  "means it's in the brainstem or something. They move around, never in one place for long. I've "
  "read everything there is about ALS and I'm not sleeping. But I still run my 5k every Saturday "
  "(PB last month actually), lift the same weights at the gym, I'm not tripping and my speech is "
  "fine. The GP examined me properly, did bloods (all normal) and said it's benign and to come back "
  "if I get actual weakness. Can I trust that? How long did yours last?",
  ["+ twitching in many muscles for six weeks including the top lip", "+ twitches move around",
   "- no weakness", "- no tripping", "- speech normal", "+ normal examination and blood tests",
   "+ recent life stresses"],
  "http://www.scarysymptoms.com/2012/01/benign-fasciculation-syndrome-causes.html")
C("benign_fasciculation", 33, "female", "forum", "consultation",
  "Long one, sorry. I work in a hospital pharmacy, which probably doesn't help my imagination. About "
  "four months ago I noticed my calves twitching most evenings on the sofa, then my feet, and for the "
  "last few weeks little flickers in my lower lip. I get calf cramps after walking the dog and my "
  "legs feel tired by the end of a shift, though I can still do everything - stairs, standing on "
  "tiptoe, the lot, I've tested myself a hundred times. No slurring, no trouble swallowing. We moved "
  "house in the summer and my dad's been in and out of hospital, so it's been a year. I haven't had "
  "anything checked because I'm scared of what they'd find. It's not going away. Is four months long "
  "enough that I should just go?",
  ["+ twitching in calves and feet for four months", "+ lower lip flickers in recent weeks",
   "+ calf cramps", "- no objective weakness", "- no slurred speech",
   "- no swallowing problems", "- not yet examined"],
  "https://pubmed.ncbi.nlm.nih.gov/30028521/")
C("benign_fasciculation", 31, "male", "non_native", "self_care",
  "Hello, 2 months I have twitching in many places: leg, arm, the lip, the eye. The neurologist made "
  "EMG and exam, it was clean, he said it is benign fasciculation. But now the lip twitching is "
  "more and I worry he missed something. I have no weakness, I play football normal, I talk "
  "normal.",
  ["+ twitching in many muscles including the lip for two months", "+ normal nerve tests and examination",
   "- no weakness", "- speech normal"],
  "https://red2.klt.pw/r/BenignFasciculations")
C("benign_fasciculation", 24, "female", "texting", "consultation",
  "twitching everywhere for like 3 wks now, lip, thighs, feet, even my tummy. im so scared its ALS "
  "ive watched so many videos. no weakness i can still do everything just tired. havent seen "
  "anyone yet",
  ["+ widespread twitching for three weeks including lip", "+ very anxious about ALS",
   "- no weakness", "- not yet seen a doctor"],
  "https://www.alsforums.com/community/threads/thought-this-was-interesting.7423/")

# ---------------------------------------------------------------- digeorge_syndrome
C("digeorge_syndrome", 0, "male", "parent", "emergency_ambulance",
  "Our son is 5 weeks old. He was born with a hole in his heart and the cardiologists are keeping an "
  "eye on it. Tonight his mouth keeps twitching and pulling and his arms and legs jerk in little "
  "bursts - it's happened three times in the last hour, and he's floppy and sleepy in between. He "
  "barely fed this evening.",
  ["+ five-week-old baby", "+ known heart defect", "+ repeated episodes of mouth twitching and limb jerking",
   "+ three episodes in an hour", "+ floppy and sleepy between episodes", "+ feeding poorly"],
  "https://apjpch.com/?article=A+Case+Report+of+DiGeorge+Syndrome+from+Pakistan&number=295&page=article",
  ["hypoparathyroidism"])
C("digeorge_syndrome", 12, "male", "parent", "emergency",
  "My son is 12. He's always been a bit behind at school, had speech therapy for a very nasal voice "
  "and an operation on the roof of his mouth when he was little, and he seems to catch every cold "
  "going. This afternoon after football he said his fingers were cramping into a beak shape and "
  "his lips were tingling and twitching, then he had a fit on the sofa for about a minute. He's "
  "drowsy but awake and talking now. He's never had a fit before.",
  ["+ learning difficulties and nasal speech", "+ palate operation as a young child",
   "+ frequent infections", "+ finger cramps and tingling twitching lips", "+ first fit lasting about a minute",
   "+ drowsy but awake now"],
  "https://www.j-epilepsy.org/m/journal/view.php?number=58",
  ["hypoparathyroidism"])
C("digeorge_syndrome", 19, "female", "self", "consultation_24",
  "I'm 19 and have 22q11 deletion (diagnosed as a baby, had heart surgery then). I'm meant to take "
  "calcium and a vitamin D tablet. Since starting uni I've been forgetting them for days at a time, "
  "and this week my lips tingle and twitch and my hand cramps up when I'm writing in lectures. No "
  "fits or anything. Do I need to be seen today?",
  ["+ known 22q11 deletion", "+ missing calcium and vitamin D tablets", "+ tingling and twitching lips this week",
   "+ hand cramps when writing", "- no fits"],
  "https://scilit.com/publications/157667fd277bbdfcfc7e73769fd36d9d",
  ["hypoparathyroidism"])
C("digeorge_syndrome", 14, "female", "non_native", "emergency",
  "My niece is 14 years, she has the chromosome 22 syndrome since baby, heart was operated. Two days "
  "she is sick with fever and vomiting, cannot keep food. Now her mouth is twitching and her hands "
  "are stiff like a claw and she say her face is numb. She is awake but very scared. What we do?",
  ["+ known chromosome 22 syndrome with heart surgery", "+ two days of fever and vomiting",
   "+ mouth twitching", "+ hands stiff in a claw shape", "+ numb face", "- still awake"],
  "https://pmc.ncbi.nlm.nih.gov/articles/PMC11610662",
  ["hypoparathyroidism"])

# ---------------------------------------------------------------- drug_use
C("drug_use", 21, "female", "texting", "self_care",
  "went to a festival sat, took 2 pills (md) + drank. its mon now and my jaw aches from clenching "
  "and my lip keeps twitching, feel flat and knackered. no temperature, eating ok. how long does "
  "this last",
  ["+ took two ecstasy pills at a festival two days ago", "+ jaw aching from clenching",
   "+ lip twitching", "+ low mood and tiredness", "- no fever", "+ eating normally"],
  "http://www.drugpolicy.org/drug-facts/how-will-mdma-make-me-feel")
C("drug_use", 34, "male", "self", "consultation",
  "Honest question, no judgement please. I've used cocaine most weekends and sometimes midweek for "
  "about two years. For the last couple of months my face has started twitching, mainly my top lip "
  "and cheek, even on days I haven't used, and I'm grinding my teeth at night. No chest pain, no "
  "fits. I want to cut down. Is this damage?",
  ["+ regular cocaine use for two years", "+ lip and cheek twitching for two months",
   "+ teeth grinding", "- no chest pain", "- no fits"],
  "https://health.blurtit.com/67327/what-drug-if-abused-gives-you-facial-ticks")
C("drug_use", 26, "male", "friend", "consultation_24",
  "My flatmate is trying to come off heroin on his own, last used yesterday lunchtime. He's "
  "sweating, yawning, nose streaming, stomach cramps and the runs, his legs keep kicking and his lips "
  "twitch, he can't sit still. He's fully with it, no sign of overdose. He isn't on methadone or "
  "anything. He asked me to find out whether he needs a doctor.",
  ["+ stopped heroin about a day ago", "+ sweating, yawning and runny nose",
   "+ stomach cramps and diarrhoea", "+ leg kicking and lip twitching", "+ restless",
   "- alert, no overdose signs", "- not on a substitute"],
  "https://necolebitchie.com/can-drugs-cause-facial-twitching")
C("drug_use", 19, "male", "friend", "emergency_ambulance",
  "At a house party, my mate took some white crystals someone said was MD about two hours ago and "
  "has been dancing nonstop. Now he's boiling hot to touch, drenched, can't stop clenching his jaw, "
  "his lips and eyes are twitching, he doesn't know where he is and keeps saying his heart is "
  "going to explode. He isn't on any medication.",
  ["+ took suspected MDMA two hours ago", "+ very hot and drenched in sweat",
   "+ jaw clenching and lip twitching", "+ confused about where he is", "+ pounding heart",
   "- no prescribed medication"],
  "clinical description: https://eatsip365.com/mdma-side-effect-physical-and-mental-impact",
  ["serotonin_syndrome"])

# ---------------------------------------------------------------- electrolyte_imbalance
C("electrolyte_imbalance", 75, "male", "elderly", "consultation_24",
  "I am 75 and have taken omeprazole for Barrett's gullet for many years. Since the weekend I have "
  "had tingling round my lips and in my fingertips, my lip twitches and my legs cramp at night. I "
  "have had loose bowels on and off since a bowel operation some years back. My doctor had me on "
  "magnesium tablets but I stopped them last week as I thought I no longer needed them. No chest "
  "pain.",
  ["+ long-term omeprazole", "+ tingling around lips and fingertips since the weekend",
   "+ lip twitching", "+ night leg cramps", "+ chronic loose bowels",
   "+ stopped magnesium tablets last week", "- no chest pain"],
  "https://esa-srb-2018.p.asnevents.com.au/days/2018-08-20/abstract/54269",
  ["medication", "hypoparathyroidism"])
C("electrolyte_imbalance", 91, "male", "carer", "emergency",
  "I work nights in a care home. One of our residents (91) has been on a stomach acid tablet for years "
  "plus a water tablet, and he's had diarrhoea for a few days. Tonight his hands went into spasm with "
  "the fingers stiff and bent, his lips keep twitching, he's very weak and he's muddled, which isn't "
  "like him at all. The nurse on call is forty minutes away.",
  ["+ long-term stomach acid tablet and water tablet", "+ diarrhoea for several days",
   "+ hand spasms with stiff bent fingers", "+ lip twitching", "+ weakness", "+ new confusion"],
  "https://docksci.com/proton-pump-inhibitor-induced-hypomagnesaemia-and-hypocalcaemia-case-review_59f9cb0cd64ab29014691fea.html",
  ["medication"])
C("electrolyte_imbalance", 42, "female", "forum", "consultation_24",
  "Running club folks - I'm in marathon training (50-odd miles a week, Manchester in five weeks!!) and "
  "then my son brought home a stomach bug. Two days of vomiting and diarrhoea. I can keep fluids down "
  "now, but my calves keep cramping, my lip and eyelid are twitching, I feel weak and washed out, and "
  "my heart keeps doing little flutters and skips when I'm sitting still. No fainting. Is this just "
  "dehydration and a sachet of rehydration salts, or should I get bloods done?",
  ["+ heavy endurance training", "+ two days of vomiting and diarrhoea", "+ calf cramps",
   "+ lip and eyelid twitching", "+ weakness", "+ palpitations", "- no fainting"],
  "https://www.ejcrim.com/index.php/EJCRIM/article/download/3637/3288?inline=1")
C("electrolyte_imbalance", 68, "female", "non_native", "consultation",
  "Good day po. My mother is 68 years old and she is taking furosemide for her heart, two tablets "
  "daily, and also she is vomiting sometimes because of her gastritis. For two weeks she has cramps "
  "in the legs and her lips are twitching, she say she feel weak and tired. No chest pain, she can "
  "walk and talk normal. Her doctor she sees only every 3 months. Should we go earlier?",
  ["+ taking furosemide", "+ intermittent vomiting", "+ leg cramps for two weeks",
   "+ lip twitching", "+ weakness and tiredness", "- no chest pain", "- walking and speech normal"],
  "clinical description: https://pmc.ncbi.nlm.nih.gov/articles/PMC4434191/",
  ["medication"])

# ---------------------------------------------------------------- essential_tremor
C("essential_tremor", 72, "female", "elderly", "consultation",
  "I am 72. My hands have shaken for many years when I hold a cup or write a card, and my late mother "
  "was exactly the same. Lately my chin and bottom lip quiver too, and my voice wobbles on the "
  "telephone, which my friends at church have remarked upon. Oddly, a small sherry seems to settle it "
  "for an hour or so. When my hands are resting in my lap they are perfectly still. I have no "
  "stiffness and I walk perfectly well. Should I trouble the doctor with this?",
  ["+ hand shaking for years when holding things", "+ mother had the same",
   "+ chin and lower lip quiver", "+ shaky voice", "+ improves with a little alcohol",
   "- no shaking at rest", "- no stiffness"],
  "http://rgsgroupgh.com/study-answers-longstanding-question-do-patients/")
C("essential_tremor", 47, "male", "forum", "consultation",
  "Calling it a 'lip twitch' isn't quite right, it's more of a tremble. It's been creeping up over "
  "five years: my hands shake when I reach for things or hold my phone, my head does a little 'no' "
  "nod, and now my lips and chin shake when I'm presenting to a room. My dad and an aunt both had "
  "'the shakes' in later life. Worse with coffee and when I'm nervous. I'm not on any tablets. "
  "Spent the weekend reading about Parkinson's and scaring myself. Has anyone been put on "
  "propranolol for this?",
  ["+ tremor building over five years", "+ hands shake when reaching or holding",
   "+ head nodding", "+ lips and chin shake when speaking", "+ father and aunt had similar shaking",
   "+ worse with coffee and nerves", "- no medication"],
  "https://mypassuae.com/2021/08/25/essential-tremor-causes-symptoms-and-treatment")
C("essential_tremor", 74, "male", "elderly", "consultation",
  "I am 74. I have had shaky hands since my fifties, worse when eating soup or doing up a tie, and "
  "my wife has noticed that my mouth and chin wobble when I talk. My walking is fine and I am not "
  "slow; my handwriting is shaky but it has not got smaller. My younger brother has the same "
  "trouble. Is there anything that helps?",
  ["+ hand shaking since his fifties", "+ worse when eating or fine tasks", "+ mouth and chin wobble when talking",
   "- walking normal", "- not slowed down", "- handwriting not smaller", "+ brother has the same"],
  "http://skola.sspu-opava.cz/essential-tremor-causes-symptoms-and-treatment/")
C("essential_tremor", 55, "female", "non_native", "consultation",
  "Hello. My lip is shaking when I speak and also my hands when I drink tea or write, it is many "
  "years but now getting more. My father had the same shaking. When I rest my hands on the table "
  "there is no shaking. My friend says it is Parkinson, I am scared.",
  ["+ lip shakes when speaking", "+ hand tremor when drinking or writing for years",
   "+ father had the same", "- no shaking at rest"],
  "https://www.ramonbeense.nl/essential-tremor-are-you-self-medicating-with/")

# ---------------------------------------------------------------- facial_nerve_injury
C("facial_nerve_injury", 49, "female", "self", "consultation",
  "I had a lump removed from my right parotid gland last year. The right side of my face was weak "
  "afterwards and has mostly come back. But now when I smile or chew, my right eye half-closes, the "
  "corner of my mouth twitches and pulls, and my cheek feels tight all the time. My eye waters "
  "when I eat. Is this normal after that operation and can anything be done?",
  ["+ parotid surgery on the right last year", "+ right facial weakness afterwards, mostly recovered",
   "+ eye closes when smiling or chewing", "+ mouth corner twitches and pulls", "+ tight cheek",
   "+ eye waters when eating"],
  "https://ohns.ucsf.edu/facialnerve/facial-paralysis/incomplete-paralysis-synkinesis")
C("facial_nerve_injury", 23, "male", "friend", "consultation_24",
  "My teammate (23) was hit in the face by a cricket ball three days ago, on the left cheek just in "
  "front of his ear. Since then the left side of his mouth droops a bit and twitches, and he can't "
  "puff that cheek out or whistle. He can shut his eye fine. He didn't black out, no headache or "
  "confusion, arms and legs fine. The walk-in centre said it was bruising. Should he see someone "
  "else?",
  ["+ blow to the left cheek in front of the ear three days ago", "+ left mouth corner droops and twitches",
   "+ cannot puff out left cheek", "- eye closes normally", "- no loss of consciousness",
   "- no confusion", "- limbs normal"],
  "https://pmc.ncbi.nlm.nih.gov/articles/PMC9340172")
C("facial_nerve_injury", 52, "male", "non_native", "consultation",
  "Good morning, two years ago I had a car accident with fracture of the bones of the face on the "
  "left and the nerve was damaged. The face recovered quite well. But now the lip on the left "
  "twitches by itself, and when I close the eyes the mouth also moves to the side. Is there some "
  "treatment for this?",
  ["+ facial fractures with nerve damage two years ago", "+ face largely recovered",
   "+ left lip twitching", "+ mouth moves when closing the eyes"],
  "https://advancedreconstruction.com/head-neck/synkinesis")
C("facial_nerve_injury", 38, "female", "forum", "consultation",
  "Two years out from acoustic neuroma surgery. My face on the op side came back maybe 80 percent, "
  "which I know is lucky. But now: every time I blink my lip corner jumps, when I smile my eye "
  "scrunches shut, and there's a constant twitchy tightness in the cheek that's worse by the "
  "evening. I've done a year of facial physio with limited luck. Also my kids think it's hilarious "
  "when I try to wink. Has anyone had botox for this and did it help?",
  ["+ acoustic neuroma surgery two years ago", "+ partial recovery of facial movement",
   "+ lip corner jumps with blinking", "+ eye closes when smiling", "+ tight twitchy cheek"],
  "https://pmc.ncbi.nlm.nih.gov/articles/PMC9682287")

# ---------------------------------------------------------------- facial_tic
C("facial_tic", 7, "male", "parent", "self_care",
  "Our 7 year old has started pulling the corner of his mouth sideways and scrunching his nose, "
  "several times an hour, for about six weeks since starting a new school. If I ask, he can hold it "
  "in for a bit, but then it comes out in a burst later. It's worse when he's watching TV or tired. "
  "No noises or throat clearing. It doesn't seem to bother him at all.",
  ["+ mouth pulling and nose scrunching for six weeks", "+ started with a new school",
   "+ can hold it in briefly", "+ worse when tired or watching TV", "- no noises or throat clearing"],
  "http://coordinatedhealth.com/condition/facial-tics/")
C("facial_tic", 32, "male", "self", "consultation",
  "Since I was a teenager I've had what my wife calls 'the twitch' - I hitch my top lip up on one "
  "side and blink hard. Beforehand there's a sort of itchy build-up and it's a relief to do it. It's "
  "worse when I'm stressed. I've never made any noises. It's been going on for years, but now "
  "people at work have started commenting. Is there any help for adults?",
  ["+ lip hitching and hard blinking since his teens", "+ urge beforehand relieved by doing it",
   "+ worse with stress", "- no vocal noises"],
  "http://listafterlist.com/DescriptionandSymptomsofTransientticdisorder/")
C("facial_tic", 10, "female", "texting", "self_care",
  "my daughter 10 has been doing a lip pursing thing + blinking for about a month, worse when shes "
  "tired or excited, she says she feels like she has to. no noises, no other issues at all. do i "
  "need a gp appt?",
  ["+ lip pursing and blinking for a month", "+ worse when tired or excited",
   "+ feels she has to do it", "- no noises", "- no other problems"],
  "https://www.indiatoday.in/lifestyle/health/story/386931-296374-2014-09-24")
C("facial_tic", 8, "male", "non_native", "self_care",
  "My son is 8 years. Since the summer vacation (2 months) he makes his mouth stretch and pulls the "
  "lip to the side many times, especially when he watches YouTube. When he sleeps there is no "
  "movement. He makes no sounds. The teacher said maybe it is stress from the new class. Is it OK "
  "to wait?",
  ["+ mouth stretching and lip pulling for two months", "+ worse when watching videos",
   "- absent during sleep", "- no vocal sounds"],
  "https://exunoplures.info/and10-2019-52/facial-tics-and-remedies-29.php")

# ---------------------------------------------------------------- focal_seizure
C("focal_seizure", 8, "male", "parent", "emergency",
  "My son (8) came into our room at 5am and couldn't talk. The left side of his mouth was twitching "
  "and pulling, he was drooling loads and making gurgling noises, but he knew who we were and "
  "nodded when we asked him things. It lasted maybe a minute and a half. He's fine now, just "
  "sleepy. This has never happened before.",
  ["+ woke unable to speak", "+ left side of mouth twitching and pulling",
   "+ drooling and gurgling", "+ aware throughout", "+ lasted about a minute and a half",
   "+ first ever episode"],
  "http://epilepsy.med.nyu.edu/epilepsy/types-epilepsy/benign-rolandic-epilepsy")
C("focal_seizure", 10, "female", "parent", "consultation_24",
  "Our daughter (10) was diagnosed with rolandic epilepsy last year after a few night-time episodes "
  "- tingly tongue, the side of her mouth twitching, couldn't speak for a minute. She's not on any "
  "medicine as they were so rare. Last night she had two in one night, each about a minute, and "
  "she recovered fully both times. She's at school today. Should we ring the neurology team?",
  ["+ known rolandic epilepsy", "+ two brief night-time episodes of mouth twitching last night",
   "+ each lasted about a minute", "+ full recovery", "- not on medication"],
  "https://paediatrex.com/rolandic")
C("focal_seizure", 58, "male", "partner", "emergency_ambulance",
  "My husband (58) is sitting on the sofa and the right corner of his mouth and his right cheek have "
  "been jerking in a steady rhythm for about fifteen minutes, and now his right hand has started "
  "jerking as well. He can't get his words out properly but he's looking at me. He had an operation "
  "for a brain tumour two years ago. It's not stopping.",
  ["+ rhythmic jerking of right mouth and cheek for fifteen minutes", "+ spreading to right hand",
   "+ difficulty speaking", "+ previous brain tumour surgery", "+ ongoing, not stopping"],
  "https://www.epilepsy.com/living-epilepsy/epilepsy-and/professional-health-care-providers/co-existing-disorders/brain-tumors-1")
C("focal_seizure", 20, "male", "self", "emergency",
  "I'm 20. For about a month I've had bouts where the left side of my face - the corner of my eye "
  "and the corner of my mouth - jerks in rhythmic twitches for 30 to 60 seconds. I stay fully "
  "aware and can talk. I assumed it was a nerve spasm thing. Last night one happened in my sleep and "
  "my girlfriend says it spread to both sides of my face. This morning I had three in a row and "
  "afterwards my left hand felt weak for half an hour. I had fits as a kid and was on epilepsy "
  "tablets until I was 15.",
  ["+ rhythmic twitching of the left eye and mouth corner for a month", "+ stays aware during episodes",
   "+ spread to both sides of the face in sleep", "+ three episodes in a row this morning",
   "+ left hand weak afterwards", "+ childhood epilepsy"],
  "https://discovery.researcher.life/article/bs01-facial-twitching-hemifacial-spasms-or-seizures/2024284922223d58a0832505c086471d")

# ---------------------------------------------------------------- guillain_barre_syndrome
C("guillain_barre_syndrome", 34, "male", "self", "emergency",
  "Had a nasty stomach bug about two weeks ago after a dodgy chicken barbecue. Since Friday I've had "
  "pins and needles in both feet and both hands, and today my legs feel like jelly - I struggled up "
  "the stairs and had to pull myself off the toilet using the sink. Both sides of my face feel "
  "funny, my smile feels weak, and there's twitching around my mouth. Lower back aches. Breathing "
  "is OK for now.",
  ["+ stomach bug two weeks ago", "+ pins and needles in both hands and feet since Friday",
   "+ legs weak, struggling with stairs", "+ both sides of face feel weak", "+ twitching around the mouth",
   "+ lower back ache", "- breathing currently fine"],
  "http://www.nhs.uk/Conditions/Guillain-Barre-syndrome/Pages/Symptoms.aspx")
C("guillain_barre_syndrome", 67, "female", "relative", "emergency_ambulance",
  "Mum is 67. She had a heavy cold about ten days ago. Four days ago her feet started tingling, "
  "yesterday she couldn't walk without holding on to us, and today she's struggling to swallow her "
  "tea, her voice has gone weak, both sides of her face look slack with some twitching at the lips, "
  "and she gets short of breath just talking to me.",
  ["+ cold ten days ago", "+ tingling feet four days ago", "+ unable to walk unaided",
   "+ difficulty swallowing", "+ weak voice", "+ both sides of face slack with lip twitching",
   "+ breathless when talking"],
  "https://gaincharity.org.uk/what-are-the-symptoms-of-guillain-barre-syndrome")
C("guillain_barre_syndrome", 28, "male", "non_native", "emergency",
  "Sir, my brother is 28 years. One week back he had loose motions for 3 days. From 3 days his both "
  "legs are becoming weak, now he cannot climb stairs, and there is tingling in fingers and toes. "
  "Today he is saying his face both sides is heavy and his lips are twitching. He can breathe "
  "properly and swallow. Please tell what to do.",
  ["+ diarrhoea a week ago", "+ both legs weakening over three days", "+ cannot climb stairs",
   "+ tingling in fingers and toes", "+ both sides of face heavy with lip twitching",
   "- breathing and swallowing normal"],
  "https://www.emoryhealthcare.org/conditions/neurology-conditions/guillain-barre-syndrome")
C("guillain_barre_syndrome", 41, "female", "partner", "emergency",
  "My wife (41) started getting tingling fingertips and toes about five days after a chest infection. "
  "Now, four days later, her legs are weak and wobbly, she fell on the landing this morning, and she "
  "says her cheeks feel stiff and her lip keeps twitching. She says she can't feel the floor "
  "properly under her feet. No trouble with her bladder and her breathing seems fine.",
  ["+ chest infection shortly before", "+ tingling fingers and toes", "+ legs weak and wobbly over four days",
   "+ fell this morning", "+ stiff cheeks and lip twitching", "- no bladder trouble",
   "- breathing normal"],
  "https://symptoms.tips/what-is-guillain-barre-syndrome-symptoms-causes-and-diagnostics/2/")

# ---------------------------------------------------------------- hemifacial_spasm
C("hemifacial_spasm", 56, "female", "forum", "consultation",
  "Hello all, new here. Mine started two years ago as a flicker under my left eye, which I blamed on "
  "the computer. Over time it's crept down so the left corner of my mouth gets yanked up and my eye "
  "screws shut, several times an hour - at the checkout, in meetings, mid-conversation with my "
  "grandchildren, who think Nana is winking at them. My husband says it even happens when I'm asleep. "
  "The right side of my face is completely normal. No pain, no weakness, no numbness. My optician "
  "says my eyes are fine. Does anyone know what this is and what the treatments are like?",
  ["+ started as a flicker under the left eye two years ago", "+ spread to the left mouth corner",
   "+ eye screws shut with each spasm", "+ happens during sleep", "- right side unaffected",
   "- no pain", "- no weakness or numbness"],
  "https://www.newyorkfacialparalysis.com/blog/2018/10")
C("hemifacial_spasm", 71, "male", "elderly", "consultation",
  "I am 71 and have had twitching on the right side of my face for about eighteen months. My eye "
  "closes by itself and at the same time my mouth is pulled over to the right. It is not painful "
  "and I have no other symptoms, but driving is becoming difficult when the eye clamps shut at a "
  "junction. My GP thinks it is a nerve being pressed on. What are the treatments?",
  ["+ right-sided facial twitching for eighteen months", "+ eye closes and mouth pulled to the right together",
   "- painless", "- no other symptoms", "+ interfering with driving"],
  "https://why-is.org/my/left-cheek-twitching/")
C("hemifacial_spasm", 50, "female", "non_native", "consultation",
  "My left face is twitching. First it was only the eye, now for one year also the mouth corner is "
  "pulled, many times every day, more when I am tired. The other side has no problem. No pain, I can "
  "smile and close both eyes. I am afraid it is a stroke.",
  ["+ left facial twitching starting at the eye", "+ mouth corner involved for a year",
   "+ many times a day", "- right side unaffected", "- no pain", "- no weakness"],
  "https://deemagclinic.com/2012/10/14/")
C("hemifacial_spasm", 64, "male", "relative", "consultation",
  "My dad (64) has had his left eye and cheek jumping for a few years, and now the corner of his "
  "mouth gets dragged sideways in a sort of grimace, sometimes for several seconds. It's only ever "
  "the left side. He's embarrassed to go out. He's otherwise fit and his face isn't weak. A friend "
  "of his had Botox for something similar - is that what he should ask about?",
  ["+ left eye and cheek twitching for years", "+ mouth corner dragged sideways",
   "+ only the left side", "- no facial weakness"],
  "https://www.txneurosurgeryllp.com/tag/hemifacial-spasms")

# ---------------------------------------------------------------- hypoparathyroidism
C("hypoparathyroidism", 44, "female", "self", "emergency",
  "I had my whole thyroid removed three days ago and came home yesterday. Tonight my lips and "
  "fingertips are tingling, the corner of my mouth keeps twitching, and my hands keep cramping so "
  "my fingers bunch together. They sent me home with calcium tablets but I'm not sure I've been "
  "taking them right.",
  ["+ total thyroidectomy three days ago", "+ tingling lips and fingertips", "+ mouth corner twitching",
   "+ hand cramps with fingers bunching", "+ unsure about calcium tablets"],
  "https://www.droracle.ai/articles/578037/what-is-the-most-likely-cause-of-paresthesias-hand")
C("hypoparathyroidism", 56, "female", "relative", "emergency_ambulance",
  "Mum (56) had her thyroid out for cancer twenty years ago and was on calcium and vitamin D ever "
  "since, but she stopped them about five months ago because she felt fine. She's had calf cramps "
  "for weeks and her mouth has been twitching. Today her hands locked into spasms and then she had "
  "a fit for about half a minute. She's confused now and doesn't know what happened.",
  ["+ thyroid removed years ago", "+ stopped calcium and vitamin D five months ago",
   "+ weeks of calf cramps and mouth twitching", "+ hand spasms today", "+ fit lasting about 30 seconds",
   "+ confused afterwards"],
  "https://authorea.com/users/321020/articles/530959/download_zip")
C("hypoparathyroidism", 36, "female", "non_native", "consultation_24",
  "Hello, I had the thyroid surgery one year ago for cancer, I take thyroxine and calcium. Last "
  "weeks I forget the calcium many times because I travel for work. Now I have tingling in the lips "
  "and when I touch my cheek the mouth jumps, also cramps in the legs at night. No seizure, no "
  "problem to breathe.",
  ["+ thyroid surgery a year ago", "+ missed calcium doses for weeks", "+ tingling lips",
   "+ mouth twitches when the cheek is touched", "+ night leg cramps", "- no seizure",
   "- no breathing difficulty"],
  "https://escientificpublishers.com/JOHND-05-0033",
  ["electrolyte_imbalance"])
C("hypoparathyroidism", 39, "female", "forum", "consultation",
  "Anyone else with hypopara? Diagnosed (autoimmune) three years ago, on calcitriol and calcium, and "
  "my levels have been a rollercoaster - the endo keeps tweaking doses. For the last month I've "
  "noticed an occasional lip twitch and mild tingling in my fingers towards the end of the day. "
  "Nothing dramatic, no cramps or spasms, and I'm working full time and running the kids around as "
  "usual. Next blood test isn't for two months. Would you push to bring it forward or is this just "
  "'normal' for us?",
  ["+ known hypoparathyroidism on treatment", "+ occasional lip twitching for a month",
   "+ mild finger tingling in the evenings", "- no cramps or spasms"],
  "clinical description: https://localquoter.net/stay-healthy/15-essential-tips-for-post-thyroidectomy-care/10")

# ---------------------------------------------------------------- medication
C("medication", 72, "male", "relative", "consultation_24",
  "Dad (72) has Parkinson's and his specialist added amantadine about three weeks ago. Since then "
  "his face has been doing sudden little jerks - lips and cheeks mostly, sometimes his shoulders - "
  "many times a day. It's different from his usual tremor, which is in his hand. His kidneys "
  "aren't great, according to his last bloods. He's not confused.",
  ["+ started amantadine three weeks ago", "+ sudden jerks of lips and cheeks since then",
   "+ different from his usual hand tremor", "+ known kidney impairment", "- no confusion"],
  "https://pmc.ncbi.nlm.nih.gov/articles/PMC5533847")
C("medication", 83, "female", "elderly", "consultation_24",
  "I am 83. After my shingles last year the doctor put me on pregabalin, and I also take tramadol "
  "for my back; both doses went up last month. This past week I have had little jerks in my face "
  "and hands, my lips twitch, I feel a bit foggy and I have been unsteady on my feet. I have not "
  "fallen. My daughter says to ring the surgery but I do not like to make a fuss.",
  ["+ takes pregabalin and tramadol", "+ doses increased last month", "+ jerks in face and hands this week",
   "+ lip twitching", "+ feeling foggy and unsteady", "- no falls"],
  "https://mdsabstracts.org/abstract/drug-induced-negative-myoclonus-a-case-report")
C("medication", 30, "female", "forum", "consultation",
  "Question for anyone on sertraline. Started it six weeks ago (GP, for anxiety after a rough year - "
  "new job, breakup, the usual) and went up to 100mg a fortnight ago. Since the increase I get little "
  "twitches in my lip and jaw during the day and the odd leg jerk as I'm dropping off. No fever, no "
  "sweating, not agitated, and honestly my mood is the best it's been in ages so I don't want to come "
  "off it. Did this happen to anyone else and did it settle? Should I mention it to the GP or just "
  "put up with it?",
  ["+ sertraline dose increased two weeks ago", "+ lip and jaw twitches since the increase",
   "+ leg jerks when falling asleep", "- no fever", "- no sweating", "- not agitated"],
  "https://medx.it.com/understanding-myoclonus-what-drugs-cause-jerking")
C("medication", 25, "female", "texting", "self_care",
  "on pseudoephedrine 3 days for a cold, lip twitchy n i feel wired, cant sleep. stopped them today. ok?",
  ["+ pseudoephedrine tablets for three days", "+ lip twitching", "+ feels wired and unable to sleep",
   "+ stopped the tablets today"],
  "clinical description: https://medx.it.com/what-drug-makes-you-twitch-and-jerk-a-review-of-medication-induced-movement-disorders")

# ---------------------------------------------------------------- multiple_sclerosis
C("multiple_sclerosis", 54, "female", "self", "consultation_24",
  "I have relapsing MS. I stopped my tablets (dimethyl fumarate) about a month ago because the "
  "flushing was driving me mad. For three days the right side of my mouth has had a constant "
  "quivering ripple, like worms under the skin - it doesn't stop at all. No new weakness that I've "
  "noticed. Should I call my MS nurse?",
  ["+ relapsing MS", "+ stopped disease-modifying tablets a month ago",
   "+ constant rippling quiver at right side of mouth for three days", "- no new weakness"],
  "https://onlinelibrary-wiley-com-443.webvpn.zafu.edu.cn/doi/full/10.1002/ccr3.3135")
C("multiple_sclerosis", 33, "male", "forum", "consultation_24",
  "Not sure where else to ask. For about three weeks my left eyelid has flickered nonstop, and this "
  "week it's spread so my left cheek and the corner of my mouth twitch and pull as well. I've cut out "
  "energy drinks and I'm sleeping OK, so it's not that. Thing is, last year I had a spell where the "
  "vision in one eye went blurry and it hurt to move the eye - the optician said see a GP, I never "
  "did, and it got better by itself in a couple of weeks. I also get an electric buzz down my back "
  "when I bend my head forward, which I'd put down to the gym. Googling has put MS in my head and now "
  "I can't un-see it. Should I go in now or wait and see?",
  ["+ nonstop left eyelid twitching for three weeks", "+ spread to left cheek and mouth corner",
   "+ previous episode of painful blurred vision in one eye that recovered",
   "+ electric sensation down the back on bending the neck", "- not caffeine or lack of sleep"],
  "https://docslib.org/doc/3225078/case-report-multiple-sclerosis-presenting-with-facial-twitching-myokymia-and-hemifacial-spasms")
C("multiple_sclerosis", 43, "male", "non_native", "consultation_24",
  "Hello, since two weeks I have a continuous movement like small waves in the left side of my face "
  "around the mouth. It does not stop, I think also when I sleep. No pain. I have no other illness. "
  "My wife says that since some months my left leg drags a little when I am tired.",
  ["+ continuous wave-like movement around the left side of the mouth for two weeks",
   "+ does not stop", "+ left leg dragging when tired for months", "- no pain"],
  "https://sinapse.pt/index.php/journal/user/setLocale/en_US?source=%2Findex.php%2Fjournal%2Farticle%2Fview%2F53")
C("multiple_sclerosis", 46, "female", "relative", "consultation",
  "My mum (46) was diagnosed with MS a few years ago after her leg got weak. At her last appointment "
  "she mentioned that 18 years ago she had a week of rippling twitching in her eyelid and cheek that "
  "went away by itself, and that these days she still gets occasional lip and eye twitching. Nothing "
  "new since her last review in the spring. Is the twitching part of the MS, and should she mention "
  "it again?",
  ["+ diagnosed with MS", "+ past episode of rippling eyelid and cheek twitching",
   "+ occasional lip and eye twitching now", "- nothing new since last review"],
  "https://gavingiovannoni.substack.com/p/case-study-facial-twitching-as-a")

# ---------------------------------------------------------------- nicotine
C("nicotine", 20, "male", "texting", "self_care",
  "quit vaping 4 days ago. lip wont stop twitching, irritable af, cant sleep. normal??",
  ["+ stopped vaping four days ago", "+ lip twitching", "+ irritable and sleeping poorly"],
  "https://quitsmoking7.com/harm/3301.html")
C("nicotine", 45, "female", "self", "self_care",
  "Day nine without cigarettes after 25 years of 15 a day. I'm fidgety, snapping at the kids, "
  "eating everything in sight, and my top lip has a little flutter most evenings. I'm using patches "
  "but only the middle strength. Will this settle down?",
  ["+ stopped smoking nine days ago after 25 years", "+ fidgety and irritable",
   "+ top lip flutter in the evenings", "+ using nicotine patches"],
  "https://healthfully.com/how-do-i-reduce-jitters-from-quitting-smoking-5472396.html")
C("nicotine", 28, "male", "self", "self_care",
  "I've got into nicotine pouches at work, probably fifteen to twenty a day, the strong ones. Lately "
  "my lip twitches a lot and my heart feels racy for a few minutes after a fresh one goes in. No "
  "sickness, no dizziness. Is the twitch from the pouches?",
  ["+ fifteen to twenty strong nicotine pouches a day", "+ frequent lip twitching",
   "+ brief racing heart after each pouch", "- no nausea", "- no dizziness"],
  "clinical description: https://tobaccoquitter.com/quit-smoking/tqvideo/side-effects-symptoms-getting-too-much-nicotine/")
C("nicotine", 50, "male", "non_native", "self_care",
  "Hello, I stop smoking 5 days ago because the cardiologist said, after 30 years of one packet "
  "every day. Now I am very nervous, my lip under the moustache is twitching, I eat all the time and "
  "I am angry with everybody. My heart is fine now, they checked it. It will pass?",
  ["+ stopped smoking five days ago after 30 years", "+ lip twitching", "+ nervous and irritable",
   "+ increased appetite", "- heart recently checked and fine"],
  "https://mainequitlink.com/thinking-about-quitting/prevent-tobacco-relapse/")

# ---------------------------------------------------------------- nicotine_poisoning
C("nicotine_poisoning", 1, "female", "parent", "emergency_ambulance",
  "My 22-month-old got hold of her dad's vape liquid (mango, 18mg) - the lid was off and it's all "
  "round her mouth, no idea how much she swallowed, about ten minutes ago. She's been sick twice, "
  "she's drooling, her lips and face are twitching and she seems really drowsy.",
  ["+ toddler got into nicotine vape liquid ten minutes ago", "+ vomited twice", "+ drooling",
   "+ lip and face twitching", "+ drowsy"],
  "http://www.kiro7.com/news/toddler-poisoned-e-cig-liquid/82146307")
C("nicotine_poisoning", 2, "male", "parent", "emergency",
  "2 yr old put an e-liquid refill in his mouth 20 mins ago, was sick once straight away and cried, "
  "now hes alert and playing, lips look a bit twitchy?? is there a poisons number or do i take him in",
  ["+ two-year-old mouthed an e-liquid refill 20 minutes ago", "+ vomited once", "+ lips twitchy",
   "- alert and playing now"],
  "https://core-prod.cambridgecore.org/core/journals/canadian-journal-of-emergency-medicine/article/ecigarette-liquid-nicotine-ingestion-in-a-child-case-report-and-discussion/663327EFE32AF8CB90C7356A4DA7F97A")
C("nicotine_poisoning", 52, "male", "self", "emergency",
  "Trying to quit: I'm on a 21mg patch, but I had a few cigarettes at the pub tonight and then chewed "
  "nicotine gum on the way home because I felt rough. Now I'm drenched in sweat, I've been sick, I'm "
  "dizzy, my heart is racing, I'm drooling and my lips and hands are twitching. I've pulled the "
  "patch off. Should I go to hospital?",
  ["+ 21 mg nicotine patch plus cigarettes and nicotine gum", "+ heavy sweating", "+ vomiting",
   "+ dizziness and racing heart", "+ drooling", "+ lip and hand twitching"],
  "http://www.intelihealth.com/IH/ihtPrint/WSIHW000/4464/24549.html?hide=t&k=basePrint")
C("nicotine_poisoning", 35, "female", "partner", "emergency_ambulance",
  "My girlfriend accidentally swallowed a mouthful of an undiluted nicotine shot (the 72mg one we mix "
  "our own juice with) thinking it was her water bottle, about fifteen minutes ago. She's vomiting, "
  "sweating, shaking, her mouth is twitching and now she's slurring and can hardly stand up.",
  ["+ swallowed a mouthful of concentrated nicotine liquid fifteen minutes ago", "+ vomiting",
   "+ sweating and shaking", "+ mouth twitching", "+ slurred speech", "+ can hardly stand"],
  "https://www.acep.org/how-we-serve/sections/toxicology/news/december-2016/nicotine-ingestions-in-children/")

# ---------------------------------------------------------------- parkinsons_disease
C("parkinsons_disease", 68, "male", "relative", "consultation",
  "Dad (68) - his bottom lip and jaw tremble when he's sitting still watching the telly, but it stops "
  "when he talks or eats. His right hand has started shaking at rest too, like he's rolling a pill "
  "between his fingers. He's slowed down, shuffles a bit, and Mum says he's stopped swinging his "
  "right arm when they walk. His handwriting has gone tiny.",
  ["+ lower lip and jaw tremble at rest", "+ stops when talking or eating", "+ right hand tremor at rest",
   "+ slowed down and shuffling", "+ reduced right arm swing", "+ small handwriting"],
  "https://bestlifeonlineax.pages.dev/posts/doing-this-with-your-fingers-may-be-an-early-parkinson-s-sign-says-mayo-clinic")
C("parkinsons_disease", 61, "female", "self", "consultation",
  "I've noticed my lower lip quivering when I'm relaxed - on the sofa, in the car as a passenger - "
  "and my left thumb does the same. My handwriting has shrunk, I lost my sense of smell a couple of "
  "years ago, and my husband says I thrash about and shout in my sleep. I'm 61 and otherwise "
  "healthy.",
  ["+ lower lip quivers at rest", "+ left thumb tremor at rest", "+ handwriting smaller",
   "+ loss of smell", "+ acting out dreams in sleep"],
  "http://www.healthline.com/health-slideshow/parkinsons-warning-signs")
C("parkinsons_disease", 70, "male", "non_native", "consultation",
  "Good day. I am 70 years. My jaw and lower lip are shaking when I sit quiet, and also the right "
  "hand when it lies on the table. When I take the cup, less shaking. I am slower in everything and "
  "my wife says my face is like a mask, no expression. The eye doctor said I should see a "
  "neurologist. Is it urgent?",
  ["+ jaw and lower lip tremor at rest", "+ right hand tremor at rest", "+ less tremor on movement",
   "+ generally slowed", "+ reduced facial expression"],
  "https://www.slidellmemorial.org/blog/5-early-signs-of-parkinsons-disease")
C("parkinsons_disease", 58, "male", "forum", "consultation",
  "Not sure this is the right board. Over the last year my wife noticed my chin trembles when I'm "
  "resting and I'd put it down to the cold. But my left shoulder has been stiff for months (physio "
  "didn't help), people keep asking me to speak up, and I've started shuffling in slippers. I took "
  "early retirement from the fire service last year and we're meant to be touring Scotland in the "
  "camper in May. No family history of anything. Is this worth a neurology referral or am I just "
  "getting old?",
  ["+ chin tremor at rest for a year", "+ stiff left shoulder for months", "+ quiet voice",
   "+ shuffling walk", "- no family history"],
  "https://www.cnbcposts.com/lifestyle/health/recognizing-the-early-symptoms-of-parkinsons-disease/")

# ---------------------------------------------------------------- stroke
C("stroke", 74, "female", "texting", "emergency_ambulance",
  "mum 74, just now her mouth has gone droopy on the left and her lip is twitching, her left arm is "
  "weak she cant lift her cup and her words are coming out wrong. started about 20 mins ago. shes on "
  "blood thinners. what do i do",
  ["+ sudden left-sided mouth droop 20 minutes ago", "+ lip twitching", "+ left arm weakness",
   "+ speech disturbed", "+ takes blood thinners"],
  "https://www.seniorhelpers.ca/bc/vancouver/resources/blogs/5-signs-of-a-stroke-every-senior-should-know-protect-your-health")
C("stroke", 66, "male", "partner", "emergency_ambulance",
  "My husband was sitting at the table doing the crossword and in the last half hour the right side "
  "of his face has dropped, there's a twitching at the right corner of his mouth, he can't find his "
  "words and his right hand is clumsy - he dropped his pen twice. He's insisting he's just tired and "
  "wants to go and lie down. He has high blood pressure and diabetes.",
  ["+ right facial droop in the last half hour", "+ twitching at the right mouth corner",
   "+ word-finding difficulty", "+ clumsy right hand", "+ high blood pressure and diabetes"],
  "https://stroke.bg/en/in-case-of-stroke-symptoms")
C("stroke", 62, "male", "non_native", "emergency_ambulance",
  "Please help, my father is 62. Suddenly, 10 minutes ago, his lips started twitching and his mouth "
  "is going to one side, and his leg on the same side is weak, he cannot stand. He has very bad "
  "headache that came suddenly like a blow and he vomited.",
  ["+ sudden lip twitching and mouth deviation ten minutes ago", "+ leg weakness on the same side",
   "+ unable to stand", "+ sudden severe headache", "+ vomiting"],
  "https://betterblokes.org.nz/2015/11/signs-of-a-stroke/")
C("stroke", 57, "female", "self", "emergency_ambulance",
  "typing with one hand. the left side of my face went numb about 10 mins ago, my lip is twitching "
  "and pulling, my left arm feels heavy and wont do what i tell it and the room is spinning. i had a "
  "funny turn like this last month that went away in 5 minutes. im on my own",
  ["+ sudden left facial numbness ten minutes ago", "+ lip twitching", "+ left arm heavy and weak",
   "+ dizziness", "+ similar brief episode last month", "+ alone"],
  "https://veryhealthy.life/14-common-signs-of-a-mini-stroke/3/")

# ---------------------------------------------------------------- tardive_dyskinesia
C("tardive_dyskinesia", 52, "male", "carer", "consultation",
  "I'm a support worker for a gentleman (52) with schizophrenia who has been on depot injections for "
  "over fifteen years. Staff have noticed he's constantly smacking and puckering his lips, his "
  "tongue keeps poking out, and his fingers wriggle when he sits. He doesn't seem aware of any of "
  "it. His mental health is stable. Who should we raise this with?",
  ["+ on depot antipsychotic injections for over fifteen years", "+ constant lip smacking and puckering",
   "+ tongue poking out", "+ finger movements", "+ unaware of the movements"],
  "http://schizophrenia.emedtv.com/m/tardive-dyskinesia/tardive-dyskinesia.html")
C("tardive_dyskinesia", 71, "female", "elderly", "consultation",
  "I am 71 and have taken metoclopramide for my slow stomach (gastroparesis) for about two years. Over "
  "the last few months my lips purse and chew on their own, and my tongue roams about my mouth. My "
  "grandson asked why I am always eating something. It is worse when I sit quietly in the evening. I "
  "have no tremor or stiffness. Could it be the tablets?",
  ["+ metoclopramide for about two years", "+ lips pursing and chewing movements for months",
   "+ tongue moving about", "+ worse at rest", "- no tremor", "- no stiffness"],
  "https://www.premilife.com/diseases/locomotor-system/tardive-dyskinesia/")
C("tardive_dyskinesia", 70, "female", "relative", "consultation",
  "Mum is 70 and has been on antipsychotics for bipolar disorder for many years, first one and then "
  "another. Lately her mouth is always on the go - grimacing, lip smacking, blowing out her cheeks - "
  "and sometimes her tongue darts out. She's a bit embarrassed but says it doesn't hurt. Her "
  "psychiatrist appointment isn't until the autumn. Can we bring it forward, and should she stop "
  "her tablets?",
  ["+ long-term antipsychotics", "+ constant grimacing and lip smacking", "+ tongue darting out",
   "- painless"],
  "https://dictionary.psychologydb.com/tardive-dyskinesia")
C("tardive_dyskinesia", 45, "male", "non_native", "consultation",
  "I take risperidone since 8 years. Now my lips are moving all the time, like chewing, also the "
  "tongue moves inside. My family makes jokes about it. I am afraid to stop the medicine because I "
  "was very ill before. What can I do?",
  ["+ risperidone for eight years", "+ continuous chewing movements of the lips",
   "+ tongue movements"],
  "https://blueskydrugs.su/tag/tardive-dyskinesia")

# ---------------------------------------------------------------- tourette_syndrome
C("tourette_syndrome", 11, "male", "parent", "consultation",
  "Our son (11) has had a rotating list of 'habits' since he was 7: hard blinking, then shoulder "
  "shrugs, then a lip-pulling grimace, and alongside those a constant sniff and a little 'hm' noise. "
  "They come and go and change every few months but he's never been free of them for more than a "
  "few weeks. They're worse when he's excited. School has started asking questions.",
  ["+ changing movements since age 7 including a lip-pulling grimace", "+ blinking and shoulder shrugs",
   "+ sniffing and a humming noise", "+ never free for more than a few weeks",
   "+ worse when excited"],
  "https://snowflakesofwinter.wordpress.com/tag/tic-disorder/")
C("tourette_syndrome", 19, "female", "self", "consultation",
  "I've had tics since I was 8. At the moment it's a lip twitch/snarl, a neck jerk, a squeaky noise "
  "in my throat and sometimes blurting out a random word, which is mortifying in lectures. They "
  "change over time but have never gone away. I've never been officially diagnosed - my parents "
  "thought I'd grow out of it. Is it worth getting assessed now I'm an adult?",
  ["+ tics since age 8", "+ lip twitching and neck jerks", "+ throat noises and blurting words",
   "+ tics change but never go away", "- never formally diagnosed"],
  "https://www.nm.org/conditions-and-care-areas/neurosciences/movement-disorders/tourette-syndrome/symptoms")
C("tourette_syndrome", 13, "male", "texting", "consultation",
  "son 13 has had tics for 2 yrs - mouth twitch, grunting, eye rolling, throat clearing. getting "
  "worse since high school started. gp mentioned tourettes?? what happens now",
  ["+ tics for two years", "+ mouth twitching and eye rolling", "+ grunting and throat clearing",
   "+ worse since starting secondary school"],
  "http://www.habitclinic.com/what-is-tourette-syndrome")
C("tourette_syndrome", 9, "male", "relative", "consultation",
  "My nephew is 9. At about 7 he started blinking really hard, then a little 'ahem' throat clear "
  "crept into his sentences, and now he also puckers his lips and sniffs a lot. It's been well over "
  "a year and the 'habits' keep changing. My sister keeps being told it's hay fever or screen time. "
  "He's a lovely bright kid and otherwise completely well.",
  ["+ hard blinking starting at age 7", "+ throat clearing noise", "+ lip puckering and sniffing",
   "+ over a year and changing over time"],
  "https://winenfood.com/identifying-the-signs-of-tourette-syndrome")

# ---------------------------------------------------------------- acute_dystonic_reaction
C("acute_dystonic_reaction", 25, "female", "non_native", "emergency",
  "My sister is 25 years. Yesterday the doctor gave her metoclopramide tablet for the stomach. Today, "
  "from 2 hours, her face is twitching and her tongue is coming outside by itself, and her speech is "
  "not clear. She is conscious and breathing OK. She has no fits before.",
  ["+ started metoclopramide yesterday", "+ facial twitching for two hours",
   "+ tongue pushing out involuntarily", "+ unclear speech", "- conscious", "- breathing normal"],
  "https://link.springer.com/10.1186/s13256-021-03110-y")
C("acute_dystonic_reaction", 20, "female", "partner", "emergency",
  "My girlfriend had food poisoning and took four anti-sickness tablets (metoclopramide) over the "
  "day. Now her eyes are rolled up and stuck, her neck is twisted to one side, her jaw is clenched, "
  "her lips are twitching and she's crying because she can't control it. She can still talk a "
  "bit and she's breathing fine.",
  ["+ took several metoclopramide tablets today", "+ eyes stuck rolled upwards",
   "+ neck twisted to one side", "+ jaw clenched and lip twitching", "- breathing normal"],
  "https://www.ejgm.co.uk/article/metoclopramide-induced-acute-dystonic-reaction-misinterpreted-as-conversion-disorder-and-seizure-7396")
C("acute_dystonic_reaction", 14, "male", "parent", "emergency",
  "I gave my son (14) what I thought was his decongestant nasal spray, several squirts, but it turns "
  "out it was my anti-sickness nasal spray. About five hours later his head is pulling to one side, "
  "he can't keep still and his mouth keeps pulling and twitching. He's completely aware and "
  "frightened. Does he need hospital?",
  ["+ several doses of an anti-sickness nasal spray five hours ago", "+ head pulling to one side",
   "+ restless", "+ mouth pulling and twitching", "- fully aware"],
  "https://scite.ai/reports/acute-dystonic-reaction-in-a-V0k5JWxW")
C("acute_dystonic_reaction", 23, "female", "self", "emergency_ambulance",
  "I took metoclopramide for nausea since yesterday morning, every 8 hours. Now my jaw is being "
  "forced open and to the side, my face keeps twitching, my neck is twisting and my tongue feels "
  "swollen. I'm finding it hard to breathe and I'm panicking. My flatmate is out.",
  ["+ metoclopramide every eight hours since yesterday", "+ jaw forced open and sideways",
   "+ face twitching", "+ neck twisting", "+ tongue feels swollen", "+ difficulty breathing",
   "+ alone"],
  "https://pmc.ncbi.nlm.nih.gov/articles/PMC5233782")

# ---------------------------------------------------------------- hypoglycaemia
C("hypoglycaemia", 38, "male", "self", "self_care",
  "Type 1 for twenty years. Went for a long bike ride and forgot to cut back my insulin. Afterwards I "
  "got shaky and sweaty, my lips went tingly and twitchy and I felt spaced out. Meter said 2.9. Had "
  "jelly babies and a sandwich, now 6.1 and I feel fine, twitch gone. Anything else I should do?",
  ["+ type 1 diabetes", "+ long exercise without reducing insulin", "+ shaky, sweaty, tingly twitchy lips",
   "+ glucose 2.9", "+ treated and now 6.1 and well"],
  "https://www.lillymedical.com/en-us/answers/diabetes-hypoglycemia-signs-and-symptoms-55638")
C("hypoglycaemia", 59, "male", "partner", "consultation_24",
  "My husband has type 2 diabetes and is on insulin, and the dose was increased last week. Three "
  "nights this week he's woken up drenched in sweat, with nightmares, shaking and his lips "
  "twitching. His sugar was 3.1 one night and 2.8 another. He treats it with juice and goes back to "
  "sleep, but I'm frightened one night he won't wake up.",
  ["+ insulin dose increased last week", "+ three night-time episodes this week",
   "+ sweating, nightmares, shaking and lip twitching", "+ glucose 3.1 and 2.8",
   "+ recovers with juice"],
  "https://medizzy.com/feed/39904481")
C("hypoglycaemia", 80, "female", "carer", "emergency_ambulance",
  "I'm a home carer for an 80 year old lady with diabetes on gliclazide. She hasn't eaten much "
  "today. She's sweating, confused, her lips are twitching and now she can't swallow the juice I'm "
  "trying to give her and she's getting very drowsy.",
  ["+ diabetes on gliclazide", "+ eaten little today", "+ sweating and confused",
   "+ lip twitching", "+ unable to swallow", "+ increasingly drowsy"],
  "https://222health.com/conditions-treatments/diabetes/130581.html")
C("hypoglycaemia", 16, "female", "texting", "self_care",
  "im t1 diabetic, skipped lunch bc of revision but had my insulin. in maths my lip went all tingly n "
  "twitchy n i got really shaky n sweaty. checked and i was 3.4, had lucozade and now 5.8 n im ok. do "
  "i need to tell anyone",
  ["+ type 1 diabetes", "+ skipped lunch after insulin", "+ tingly twitchy lip, shaky and sweaty",
   "+ glucose 3.4", "+ treated and now 5.8 and well"],
  "https://p2dm.salzburgresearch.at/?p=515")

# ---------------------------------------------------------------- ramsay_hunt_syndrome
C("ramsay_hunt_syndrome", 74, "male", "elderly", "consultation_24",
  "I am 74 and not one for doctors. I have had three days of terrible pain deep in my right ear, and "
  "now there are small blisters inside the ear and the right side of my face is drooping. I cannot "
  "close my right eye, my mouth hangs on that side and the lip twitches. The room spins when I turn "
  "my head and my hearing is muffled on that side. My arms and legs are fine. My wife has insisted I "
  "ask.",
  ["+ severe right ear pain for three days", "+ blisters in the right ear",
   "+ right facial droop with eye not closing", "+ lip twitching on that side", "+ vertigo",
   "+ muffled hearing on the right", "- limbs normal"],
  "https://www.successyeti.com/health-and-fitness/ramsay-hunt-syndrome-symptoms-causes/2022/06/28")
C("ramsay_hunt_syndrome", 52, "female", "forum", "consultation_24",
  "Has anyone had shingles of the face WITHOUT the rash? Bit of context: I had shingles on my back "
  "a few years ago when my mum was dying, so I know what that pain is like, and we've just come back "
  "from a week's caravanning in Wales where I was run ragged by the grandkids. Since Sunday I've had "
  "a constant burning pain around my left ear that runs into my jaw and the roof of my mouth, and "
  "this morning the left side of my face feels swollen and won't move properly - my lip twitches on "
  "that side, my eye waters and I can't whistle for the dog. There's no rash anywhere that I can see, "
  "I've had my husband check in and behind the ear with a torch. My ear is ringing too. GP "
  "appointment is in four days, which feels too long. Am I overreacting?",
  ["+ previous shingles", "+ burning pain around the left ear, jaw and palate since Sunday",
   "+ left facial weakness this morning", "+ lip twitching on the weak side", "+ ringing in the ear",
   "- no visible rash"],
  "https://www.melaniealbin.com/post/my-experience-with-ramsay-hunt-syndrome",
  ["bells_palsy"])
C("ramsay_hunt_syndrome", 60, "male", "non_native", "consultation_24",
  "My father is 60 years. He has red painful blisters in and around the ear since 2 days, and now his "
  "mouth is going down on that side, he cannot close the eye well, and the lip is twitching. He says "
  "the ear is ringing. He can walk and talk normal.",
  ["+ painful blisters around the ear for two days", "+ mouth drooping on that side",
   "+ eye not closing well", "+ lip twitching", "+ ringing in the ear", "- walking and speech normal"],
  "https://winenfood.com/a-guide-to-ramsay-hunt-syndrome-symptoms")
C("ramsay_hunt_syndrome", 35, "female", "texting", "consultation_24",
  "sister 35 has a painful rash inside her ear and on the roof of her mouth, today her face is droopy "
  "on that side, eye wont shut, lip keeps twitching. gp tomorrow ok or go tonight?",
  ["+ painful rash in the ear and on the palate", "+ facial droop on the same side today",
   "+ eye will not close", "+ lip twitching"],
  "https://entirelyhealth.com/conditions/shingles/signs-symptoms-of-shingles/4")

# ---------------------------------------------------------------- lithium_toxicity
C("lithium_toxicity", 62, "male", "relative", "consultation_24",
  "Dad (62) has been on lithium for over twenty years and has 'stage 3' kidneys. In the last fortnight "
  "his hands have developed a coarse shake, his lips twitch, he's a bit unsteady and he's had loose "
  "stools. He's not confused and he's eating and drinking. His last level was 'normal' a few "
  "months ago.",
  ["+ lithium for over twenty years", "+ chronic kidney disease", "+ coarse hand tremor for two weeks",
   "+ lip twitching", "+ unsteady", "+ loose stools", "- not confused"],
  "https://www.zysis.com/bmj-case-rep/do-not-treat-the-numbers-lithium-toxicity")
C("lithium_toxicity", 45, "female", "partner", "emergency",
  "My wife (45) takes lithium for bipolar. She's had a bad back and has been taking ibuprofen three "
  "times a day for about a week. Now she's vomiting and has diarrhoea, her hands are shaking badly, "
  "her lips are twitching, she's slurring and walking like she's drunk, and she seems a bit "
  "confused.",
  ["+ takes lithium", "+ ibuprofen three times a day for a week", "+ vomiting and diarrhoea",
   "+ marked tremor", "+ lip twitching", "+ slurred speech and unsteady walking", "+ confusion"],
  "https://d.docksci.com/lithium-toxicity-in-the-setting-of-nonsteroidal-anti-inflammatory-medications_5afda9c2d64ab2049fa95a96.html")
C("lithium_toxicity", 81, "male", "carer", "emergency",
  "One of our residents (81) takes lithium. For two days he's been drowsy and muddled, his speech is "
  "slurred, he's coughing and choking on drinks, there's twitching around his mouth and he's very "
  "shaky. He also has high blood pressure and diabetes. No fall, no fever.",
  ["+ takes lithium", "+ drowsy and confused for two days", "+ slurred speech",
   "+ choking on drinks", "+ twitching around the mouth", "+ marked shakiness", "- no fever"],
  "https://medworm.com/623174820/lithium-intoxication-presenting-as-altered-consciousness-and-arrhythmia-with-cardiogenic-shock-a-ca/",
  ["stroke"])
C("lithium_toxicity", 30, "female", "friend", "emergency_ambulance",
  "My friend took her whole box of lithium, about 30 tablets, three hours ago after a row. She's told "
  "me now. She's vomiting, and her hands and lips are twitching. She's awake and talking. What do I do?",
  ["+ took about thirty lithium tablets three hours ago", "+ vomiting",
   "+ hand and lip twitching", "- awake and talking"],
  "https://www.pharmacologicalsciences.us/plasma-concentration/lithium.html")

# ---------------------------------------------------------------- serotonin_syndrome
C("serotonin_syndrome", 18, "male", "friend", "emergency_ambulance",
  "My mate (18) is on sertraline for depression and took a load of his nan's tramadol earlier today. "
  "Now he's sweating loads, can't sit still, he's shaking, his legs and lips keep jerking, his heart "
  "is really fast and he's getting confused about the game we were playing.",
  ["+ takes sertraline", "+ took a large amount of tramadol today", "+ heavy sweating and restlessness",
   "+ shaking with jerking legs and lips", "+ fast heartbeat", "+ becoming confused"],
  "https://www.rcemlearning.co.uk/modules/the-mental-health-act-and-emergency-medicine/lessons/clinical-case-5-part-1/")
C("serotonin_syndrome", 44, "female", "self", "emergency",
  "My venlafaxine dose went up three days ago and yesterday the GP gave me tramadol for my knee. "
  "Today I'm agitated, sweaty and shivery, I've got diarrhoea, my heart is pounding, my lip and jaw "
  "keep twitching and my legs jerk on their own, especially round the ankles. Temperature 38.1.",
  ["+ venlafaxine dose increased three days ago", "+ tramadol started yesterday",
   "+ agitation, sweating and shivering", "+ diarrhoea", "+ pounding heart",
   "+ lip and jaw twitching with leg jerks", "+ temperature 38.1"],
  "https://thedrugclassroom.com/video/serotonin-toxicity-serotonin-syndrome/")
C("serotonin_syndrome", 70, "female", "relative", "emergency",
  "Mum is 70 and takes an old-fashioned antidepressant, phenelzine. Yesterday she took a cough "
  "mixture with dextromethorphan in it for a chest cold. Today she's restless, shaky, her muscles "
  "keep twitching - her lips jump - she's sweating, her pupils look huge and she's a bit muddled. "
  "Temperature 38.4.",
  ["+ takes phenelzine", "+ took a dextromethorphan cough mixture yesterday", "+ restless and shaky",
   "+ muscle and lip twitching", "+ sweating with large pupils", "+ mild confusion",
   "+ temperature 38.4"],
  "https://studylib.net/doc/5828242/serotonin-syndrome")
C("serotonin_syndrome", 38, "male", "non_native", "emergency_ambulance",
  "My brother is 38. He take fluoxetine from one month for depression, and tramadol for his back "
  "since long time. Now he is very hot, the thermometer says 40, he is shaking very strong, jerking "
  "in the legs and face, and he is confused, he doesn't know us.",
  ["+ fluoxetine for a month", "+ long-term tramadol", "+ temperature 40",
   "+ severe shaking with jerking of legs and face", "+ confused and not recognising family"],
  "https://docslib.org/doc/5349558/serotonin-syndrome-preventing-recognizing-and-treating-it")

# ---------------------------------------------------------------- neuroleptic_malignant_syndrome
C("neuroleptic_malignant_syndrome", 56, "male", "relative", "emergency_ambulance",
  "Dad (56) was started on haloperidol about a week ago on the mental health ward and came home two "
  "days ago. Today he's as stiff as a board, burning up (39.5), sweating, barely responding to us, "
  "his mouth is twitching and his heart is racing.",
  ["+ started haloperidol a week ago", "+ marked stiffness", "+ temperature 39.5",
   "+ sweating", "+ barely responsive", "+ mouth twitching", "+ racing heart"],
  "https://garuda.kemdiktisaintek.go.id/documents/detail/5171542")
C("neuroleptic_malignant_syndrome", 34, "male", "carer", "emergency_ambulance",
  "I work in supported living. One of our clients (34) with schizophrenia had his depot injection "
  "dose increased last week. Today he's rigid, confused, drooling, his lips are trembling and "
  "twitching, temperature 39.8 and his blood pressure reading on our machine was very high.",
  ["+ depot antipsychotic dose increased last week", "+ rigid", "+ confused", "+ drooling",
   "+ lip trembling and twitching", "+ temperature 39.8", "+ very high blood pressure"],
  "http://digitalddx.com/symptoms_list/disease_detail/251/")
C("neuroleptic_malignant_syndrome", 66, "male", "partner", "emergency_ambulance",
  "My husband (66) has Parkinson's. There was a mix-up at the pharmacy and he's been without his "
  "levodopa for three days. Now he's extremely stiff, feverish (38.6), sweating, confused and his "
  "lip is trembling and twitching. He can barely get out of the chair.",
  ["+ Parkinson's disease", "+ levodopa stopped abruptly three days ago", "+ extreme stiffness",
   "+ temperature 38.6", "+ sweating and confusion", "+ lip trembling and twitching"],
  "https://leveluprn.com/blogs/nursing-tips/neuroleptic-malignant-syndrome-nms")
C("neuroleptic_malignant_syndrome", 24, "male", "parent", "emergency",
  "My son (24) started olanzapine ten days ago. Since yesterday he's become stiff and slow, he's "
  "sweaty, a bit vague and his lips are twitchy. His temperature is 38.0. He's still walking and "
  "talking, just not himself.",
  ["+ started olanzapine ten days ago", "+ stiffness and slowness since yesterday",
   "+ sweating", "+ vague", "+ lip twitching", "+ temperature 38.0", "- still walking and talking"],
  "https://tomesphere.com/paper/PMC11056805.md")


# ================================================================ checks and output
def check(cases):
    errors = []
    texts = set()
    ids = set()
    per = Counter()
    for c in cases:
        cid = c.get("id", "?")
        if list(c.keys()) != KEYS:
            errors.append(f"{cid}: keys {list(c.keys())}")
        if cid in ids:
            errors.append(f"{cid}: duplicate id")
        ids.add(cid)
        if c["text"] in texts:
            errors.append(f"{cid}: duplicate text")
        texts.add(c["text"])
        if not c["text"].strip():
            errors.append(f"{cid}: empty text")
        if c["gold"] not in CONDITIONS:
            errors.append(f"{cid}: gold {c['gold']}")
        per[c["gold"]] += 1
        for a in c["acceptable"]:
            if a not in CONDITIONS:
                errors.append(f"{cid}: acceptable {a}")
            if a == c["gold"]:
                errors.append(f"{cid}: acceptable contains gold")
        if len(set(c["acceptable"])) != len(c["acceptable"]):
            errors.append(f"{cid}: duplicate acceptable")
        if c["triage"] not in TRIAGE:
            errors.append(f"{cid}: triage {c['triage']}")
        if c["sex"] not in SEXES:
            errors.append(f"{cid}: sex {c['sex']}")
        if not isinstance(c["age"], int) or isinstance(c["age"], bool) or not 0 <= c["age"] <= 110:
            errors.append(f"{cid}: age {c['age']!r}")
        if c["voice"] not in VOICES:
            errors.append(f"{cid}: voice {c['voice']}")
        if not (3 <= len(c["facts"]) <= 8):
            errors.append(f"{cid}: {len(c['facts'])} facts")
        for f in c["facts"]:
            if not (isinstance(f, str) and (f.startswith("+ ") or f.startswith("- ")) and len(f) > 3):
                errors.append(f"{cid}: bad fact {f!r}")
        if not c["basis"].strip() or "http" not in c["basis"]:
            errors.append(f"{cid}: basis {c['basis']!r}")
        if c["basis"].startswith("clinical description") and not c["basis"].startswith("clinical description: http"):
            errors.append(f"{cid}: basis form {c['basis']!r}")
    for cond in CONDITIONS:
        if per[cond] != PER_CONDITION:
            errors.append(f"{cond}: {per[cond]} cases, want {PER_CONDITION}")
    if len(cases) != PER_CONDITION * len(CONDITIONS):
        errors.append(f"total {len(cases)}")
    return errors


def build():
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        c = CASES[i]
        rec = {"id": f"TI{n:03d}"}
        rec.update(c)
        out.append({k: rec[k] for k in KEYS})
    return out


def table(title, counter, keys=None):
    print(f"\n{title}")
    for k in (keys or sorted(counter, key=lambda x: (-counter[x], x))):
        print(f"  {k:32s} {counter[k]:4d}")


def stats(cases):
    print(f"cases: {len(cases)}")
    table("by condition", Counter(c["gold"] for c in cases), CONDITIONS)
    table("by triage", Counter(c["triage"] for c in cases), TRIAGE)
    table("by voice", Counter(c["voice"] for c in cases))
    print("\nby condition x triage")
    for cond in CONDITIONS:
        t = Counter(c["triage"] for c in cases if c["gold"] == cond)
        print(f"  {cond:32s} " + " ".join(f"{t[x]:2d}" for x in TRIAGE))
    print(f"\nwith acceptable: {sum(1 for c in cases if c['acceptable'])}")
    print(f"with a denied fact: {sum(1 for c in cases if any(f.startswith('- ') for f in c['facts']))}")
    print(f"sex: {dict(Counter(c['sex'] for c in cases))}")
    print(f"under 18: {sum(1 for c in cases if c['age'] < 18)}; 65+: {sum(1 for c in cases if c['age'] >= 65)}")
    words = sorted(len(c["text"].split()) for c in cases)
    print(f"words: min {words[0]}, median {words[len(words)//2]}, max {words[-1]}; "
          f"<=30 words: {sum(1 for w in words if w <= 30)}, >=100 words: {sum(1 for w in words if w >= 100)}")
    srcs = {c["basis"].replace("clinical description: ", "") for c in cases}
    print(f"distinct sources: {len(srcs)}")


def main():
    cases = build()
    errors = check(cases)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "cases_i.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        stats(cases)
    else:
        print(f"wrote {len(cases)} cases to cases_i.jsonl")


if __name__ == "__main__":
    main()
