#!/usr/bin/env python3
"""cases_k: an independent held-out set of lip / perioral twitching cases in nine voices.

Standard library only, deterministic. Every case is hand-written below as a literal.
`python3 build_cases_k.py` checks every line and writes cases_k.jsonl;
`python3 build_cases_k.py --stats` also prints counts.
"""
import json
import os
import random
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases_k.jsonl")
SEED = "cases_k:2026:twitchcheck-heldout"

CONDITIONS = [
    "caffeine", "stress_anxiety", "fatigue", "strong_emotion", "alcohol_excess",
    "alcohol_withdrawal", "nicotine", "drug_use", "medication", "tardive_dyskinesia",
    "electrolyte_imbalance", "hypoparathyroidism", "digeorge_syndrome", "bells_palsy",
    "hemifacial_spasm", "facial_tic", "tourette_syndrome", "essential_tremor",
    "parkinsons_disease", "als", "facial_nerve_injury", "stroke", "alcoholic_neuropathy",
    "benign_fasciculation", "multiple_sclerosis", "focal_seizure",
    "acute_dystonic_reaction", "hypoglycaemia", "ramsay_hunt_syndrome",
    "guillain_barre_syndrome", "lithium_toxicity", "serotonin_syndrome",
    "neuroleptic_malignant_syndrome", "nicotine_poisoning", "dental_local_anaesthetic",
]
TRIAGE = ["self_care", "consultation", "consultation_24", "emergency", "emergency_ambulance"]
VOICES = {
    "forum_post": 28, "forum_reply": 14, "short_message": 14, "voice_dictation": 14,
    "email_to_gp": 14, "form_answers": 14, "clinician_vignette": 14,
    "parent_or_carer": 14, "non_native": 14,
}
KEYS = ["id", "age", "sex", "text", "gold", "acceptable", "triage", "facts", "basis", "voice"]

CASES = []


def case(voice, age, sex, gold, acceptable, triage, facts, basis, text):
    CASES.append({
        "age": age, "sex": sex, "text": text, "gold": gold, "acceptable": list(acceptable),
        "triage": triage, "facts": list(facts), "basis": basis, "voice": voice,
    })

# ---------------------------------------------------------------- caffeine
case("forum_post", 24, "male", "caffeine", [], "self_care",
     ["+ lower lip twitching for about a week", "+ four or five coffees plus pre-workout daily",
      "+ jittery and poor sleep", "- no facial droop or weakness",
      "+ twitch eased after cutting coffee down"],
     "clinical description: https://necolebitchie.com/can-coffee-cause-facial-twitching",
     """Bottom lip doing a little dance every 10 mins, should i be worried??

So background, 24M, work nights at a warehouse and do the gym straight after shift. Last week or so the left side of my bottom lip keeps jumping, like a tiny flicker you can actually see if you look in the mirror close enough. Lasts maybe 20 seconds then stops then comes back. Missus thinks its hilarious.

Ive been honest with myself and Im probably on four or five coffees a day (big ones from the machine at work not little cups) plus a scoop of pre workout before lifting, sometimes a monster on the drive home. Sleep is all over the place, about 5 hours in the day with the blinds not really working. Hands are a bit jittery by end of shift too.

I googled it and got everything from low potassium to ALS which obviously sent me down a rabbit hole at 4am. Face isnt drooping, can smile, whistle, drink without dribbling, nothing numb. Eyes fine.

EDIT: ok so took the advice from the comments and went down to one coffee and no pre workout for 3 days and its way less, like twice a day now instead of constant. So probably the caffeine huh.

Anyone know how long it takes to fully stop? And is it worth getting bloods done for potassium or am I overthinking it?""")

case("short_message", 31, "female", "caffeine", [], "self_care",
     ["+ upper lip twitching since morning", "+ about six espressos today", "+ heart a bit fast",
      "- no numbness or droop"],
     "clinical description: https://www.alibaba.com/product-insights/why-does-my-face-twitch-after-drinking-coffee-causes-and-calming-techniques.html",
     "top lip wont stop flickering since this morning, had like 6 espressos for deadline lol. heart bit fast. no numbness no droop. just caffeine right?")

case("voice_dictation", 19, "male", "caffeine", [], "self_care",
     ["+ lip twitching during exam revision", "+ several energy drinks a day plus caffeine tablets",
      "+ shaky hands", "- no chest pain", "- no fainting", "- no face weakness"],
     "clinical description: https://allhotnews.info/why-does-drinking-a-lot-of-coffee-cause-eyelid-twitching/",
     "ok so um my lip has been twitching for like three days its the top one on the right and it sort of jumps when I'm sitting revising I've been doing exams so I've had about four no wait five of those big energy drinks a day and a couple of the caffeine tablets my mate gave me um my hands are a bit shaky and I keep needing a wee but no chest pain or anything I haven't fainted my face isn't weak I can smile fine is this just the caffeine or should I see someone")

case("non_native", 27, "male", "caffeine", [], "emergency",
     ["+ took many caffeine pills with energy drinks today", "+ heart beating very fast and irregular",
      "+ chest tightness", "+ vomited twice", "+ lips and hands twitching and shaking"],
     "clinical description: https://www.healthdigest.com/663467/what-it-really-means-when-your-lip-twitches/",
     """Hello, I write from my friend phone. I am student from Vietnam, here for master. Tonight I must finish thesis so I take the caffeine pills, I think eight of them maybe more, and three energy drink from the shop. Now one hour my heart is going very fast and not regular, like jumping and stopping. My chest is tight. I vomit two times. My lips is twitching and my hands shaking, I cannot hold the cup. I feel very scary, like I will die. Before I never have heart problem. What I should do, it is enough to drink water and sleep?""")

# ---------------------------------------------------------------- stress_anxiety
case("forum_post", 34, "female", "stress_anxiety", [], "self_care",
     ["+ upper lip fluttering at night during a stressful deadline period", "+ lots of worry and poor sleep",
      "- no weakness or droop", "- no numbness", "+ improves on relaxing days"],
     "https://winenfood.com/can-stress-and-anxiety-cause-a-lip-twitching",
     """Lip flutter only when I'm stressed?? (long, sorry)

I'm a freelance editor and the last month has been brutal - two books due in the same week, my landlord selling the flat, and my dad in and out of hospital with his heart (he's ok now). Around ten days ago my right upper lip started this little flutter, mostly late at night when I'm still at the laptop. It feels like a moth is trapped under the skin. You can barely see it but I can feel it constantly once I notice it.

Obviously I went straight to google at 2am and convinced myself I had MS or a brain tumour. I've read about hemifacial spasm too but my eye doesn't do anything and my face moves totally normally, no droop, I can drink, no numb patches, speech fine.

I am sleeping maybe five hours, jaw clenched when I wake up, heart racing when the emails come in. I only drink one coffee a day so I don't think it's that.

Update: sent the last manuscript off on Friday, spent Saturday doing nothing but walking and a bath, and the flutter only happened once all weekend. Came back a tiny bit Monday morning when I opened my inbox lol.

So is this just my nervous system being fried? Does magnesium actually help or is that a wellness myth? And how long before I should bother the GP?""")

case("email_to_gp", 22, "female", "stress_anxiety", ["facial_tic"], "consultation",
     ["+ left upper lip moves oddly when talking to people", "+ worse when self-conscious",
      "+ absent on waking", "+ several months", "- no other face muscles affected", "+ anxiety affecting confidence"],
     "https://www.icliniq.com/qa/physiological-twitches/my-left-half-of-the-upper-lip-move-abnormally-whenever-i-talk-why",
     """Dear Dr Okafor,

I hope you don't mind me writing through the online form. I am 22 and in my final year at university. For around four months the left half of my upper lip has been twitching and moving more than the rest of my mouth whenever I talk to someone face to face. It seems to happen more the more aware of it I become, for example in seminars or job interviews, and it is never there when I first wake up. Nothing else in my face moves oddly and I have no weakness or numbness.

I have become quite anxious about it and I now avoid speaking in groups, which is affecting my course. I have had panic attacks in the past and used the university counselling service last year.

Medicines: the combined pill (Rigevidon), cetirizine in summer.

Would it be possible to book an appointment to talk about whether this is anxiety or something I should have checked?

Kind regards,
Priya""")

case("form_answers", 41, "male", "stress_anxiety", [], "self_care",
     ["+ lip twitching on and off for two weeks", "+ stressful job restructuring", "+ sleeping poorly",
      "- no facial weakness", "- no speech change", "- no new medicines"],
     "clinical description: https://after-anxiety.com/lip-twitching-anxiety/",
     """What is the main problem? lower lip twitches on and off
How long? about 2 weeks
Which side? mostly right
Anything making it worse? work (restructure, might lose job), lying in bed thinking
Sleep: bad, 4-5 hrs
Caffeine: 2 teas a day
Alcohol: weekends only, 3-4 pints
Face weakness or droop? no
Trouble speaking or swallowing? no
Numbness? no
New medicines? none
Other symptoms: tight chest when stressed, heart pounding sometimes, stomach in knots
Anything else: not sure if its anxiety or something else, wife says i look stressed""")

case("forum_reply", 29, "female", "stress_anxiety", [], "self_care",
     ["+ chin and lip twitching during exams and a breakup", "+ anxious and not sleeping",
      "- no weakness", "+ previous episode settled within weeks"],
     "clinical description: https://7akecare.com/why-are-my-lips-twitching/",
     """Replying to OP because this is literally me last spring. My chin and the corner of my mouth would twitch constantly while I was doing my nursing exams and going through a breakup at the same time. I was barely sleeping and living on my nerves, convinced it was something neurological. It came back this month now that my new job has started and I'm anxious again, same spot. No weakness, I can whistle, nothing numb. Last time it just faded after about three weeks once things calmed down. Honestly I'd try sleep and cutting back on doom scrolling at night before panicking. Has yours been going longer than a month?""")

# ---------------------------------------------------------------- fatigue
case("forum_post", 33, "female", "fatigue", [], "self_care",
     ["+ baby nine weeks old, waking every two hours", "+ upper lip twitch for days",
      "+ exhausted", "- no weakness or droop", "- no numbness",
      "+ twitch settled after partner did night feeds"],
     "clinical description: https://optinghealth.com/muscle-twitching-causes/12",
     """Is a twitchy lip a new mum thing?? (mumsnet lurker, first post)

DD is 9 weeks, feeds every two hours at night and cluster feeds every evening from 6 till 11. I genuinely can't remember the last time I slept more than 3 hours in a row. DH works shifts so I'm doing most nights.

For about five days my top lip on the left has been twitching, little flickers, sometimes a few in a row. Also my eyelid now and again. It's worst in the evening when I'm shattered and staring at the telly while she feeds. I look in the mirror and my face is totally normal, both sides move the same, can blow raspberries at her fine, no numb bits. I'm eating rubbishly (toast and biscuits basically) and probably not drinking enough water because I'm breastfeeding and forget.

Dr google says potassium, magnesium, and of course all the terrifying stuff. HV visit is next week.

Update: DH took the last two nights on with expressed milk and I got 6 hours straight each night. The twitch has basically gone today?? Only noticed it once.

So is it just the sleep deprivation then? Should I still mention it to the HV or is it not worth it? And anyone else get this in the newborn fog?""")

case("voice_dictation", 45, "male", "fatigue", [], "self_care",
     ["+ lip twitching after long-haul driving shifts", "+ very little sleep for a week",
      "- no weakness", "- no slurred speech", "+ settles after rest"],
     "clinical description: http://www.a3301.com/healthy_lifestyle/16205.html",
     "right so I'm a lorry driver been doing doubles all week um sleeping in the cab about four hours a night and the last couple of days my bottom lip keeps going like flickering on the left side sort of pulsing um its worse at the end of the shift when I'm knackered no it's not my eye just the lip my face is fine I checked in the mirror at the services both sides smile the same speech is normal no numb arms nothing um on my rest day yesterday it hardly did it at all so I'm guessing its just being tired is that right")

case("non_native", 38, "female", "fatigue", [], "self_care",
     ["+ lip and eye twitching after many night shifts", "+ sleeping three to four hours",
      "- no face weakness", "- no numbness", "+ better on days off"],
     "clinical description: https://corts-fanclub.de/blog/stop-sleep-twitching-causes-and",
     """Good evening. I am nurse from Philippines working in care home here, this month I have too many night shift because two colleague is sick. I sleep only three or four hours in the day because my children. Since one week my upper lip on right side is twitching small small, also sometimes my eyelid. It comes more when I am very tired in the end of shift. When I have day off it is almost nothing. My face is moving normal, no weakness, no numb, I can speak and eat good. I am worry because my mother had stroke last year. Is it only from tired or I need check?""")

case("form_answers", 52, "male", "fatigue", [], "self_care",
     ["+ lip twitching for four days", "+ new baby grandchild staying and broken sleep", "+ exhausted",
      "- no drooping", "- no slurred speech", "- no new medication"],
     "clinical description: http://catherinerodie.com/clipping/not-sleeping-like-a-baby-new-parents-lose-50-nights-sleep-in-first-year-essential-baby-june-2018/",
     """Q: Describe your symptom
A: twitching in my top lip, comes and goes
Q: When did it start?
A: thursday (4 days ago)
Q: Have you had this before?
A: not sure, maybe years ago
Q: How are you sleeping?
A: badly, daughter and newborn staying with us, up half the night
Q: Any weakness, drooping or numbness of the face?
A: no
Q: Any slurred speech, arm or leg weakness?
A: no
Q: Medicines
A: none
Q: Caffeine/alcohol
A: 3 coffees, glass of wine some nights
Q: Anything else?
A: feel shattered generally""")

# ---------------------------------------------------------------- strong_emotion
case("forum_post", 27, "female", "strong_emotion", [], "self_care",
     ["+ chin and lip quiver when holding back tears", "+ happens in tense meetings",
      "+ stops when calm", "- no twitching at other times", "- no weakness"],
     "https://winenfood.com/understanding-the-biology-of-how-to-stop-crying",
     """Why does my chin wobble every time my boss criticises me?? so embarrassing

Ok this is partly a vent. I'm 27, work in marketing, and I have always been a crier but it's getting ridiculous. Any time someone gives me even slightly negative feedback in a meeting, my chin starts to dimple and quiver and my bottom lip trembles like a toddler's. Then my eyes go hot and it's game over. Yesterday it happened in front of a client because my manager pointed out a typo on slide 12. A TYPO.

It only happens when I'm upset or angry or trying really hard not to show it. At home on my own, at the gym, at the pub, nothing. My face is completely normal otherwise, I've never noticed any random twitching, no numbness or weakness.

I googled whether it could be a tic or something neurological and now I'm worried about that too, which is very on brand for me.

EDIT: a few people asked - no, not on any meds, no big life stuff going on apart from the job being a bit much. I do the press-your-tongue-on-the-roof-of-your-mouth trick now and it sort of helps.

Is this just a normal crying reflex that I need to learn to manage? Has anyone actually trained themselves out of it? Would therapy help or is it a waste?""")

case("parent_or_carer", 5, "male", "strong_emotion", [], "self_care",
     ["+ five-year-old's lower lip quivers before crying", "+ only when upset or told off",
      "- no twitching when playing or asleep", "- no staring spells", "- no weakness"],
     "clinical description: https://mirielletherapy.com/how-to-stop-yourself-from-crying/",
     """My son is five and started reception in September. His grandma (my MIL) has got herself worked up because she says his mouth "twitches" and she read that it can be epilepsy. What actually happens is that when he's told off or something upsets him, like his brother knocking over his Lego, his bottom lip pushes out and shakes for a few seconds and his chin crinkles, then he bursts into tears. It never happens when he's happy playing, eating, or asleep, I've watched. He doesn't stare off or go vacant, doesn't drool, no jerking anywhere else, talks normally straight after. He's a sensitive kid and teachers say he's settling fine. I'm fairly sure this is just what kids' faces do before they cry but she won't let it go. Am I right to not worry?""")

case("short_message", 36, "male", "strong_emotion", [], "self_care",
     ["+ lip trembles when angry or upset", "- no twitching otherwise", "- no weakness"],
     "clinical description: https://issuhub.com/view/index?id=4368&pageIndex=111",
     "bottom lip shakes when im angry or about to cry, like at my dads funeral. never otherwise. no weakness. normal?")

case("email_to_gp", 48, "female", "strong_emotion", ["stress_anxiety"], "consultation",
     ["+ lip and chin quiver with tearfulness most days", "+ cries easily for several weeks",
      "+ waking early and low mood", "- no twitching when not upset", "- no face weakness",
      "+ irregular periods recently"],
     "https://notesonanapkin.wordpress.com/2009/10/18/im-so-happy-that-i-cant-stop-crying/",
     """Dear Dr Hughes,

I am writing to ask for an appointment, ideally not an urgent one. Over the last six or seven weeks I have been crying much more easily than usual, at work, in church, even at adverts. Before the tears come my bottom lip and chin start to quiver and I cannot stop it, which is embarrassing in meetings. I do not notice any twitching at other times and my face feels and moves normally.

I am also waking at four most mornings and feel flat and tired during the day. My periods have become irregular this year and I wonder if this could be the menopause starting.

Medicines: levothyroxine 75 micrograms (last thyroid test in spring was normal), vitamin D.

I would be grateful to discuss whether this is hormonal, my mood, or both.

Many thanks,
Sandra Pike""")

# ---------------------------------------------------------------- alcohol_excess
case("forum_post", 23, "male", "alcohol_excess", [], "self_care",
     ["+ lip twitching and shaky hands the morning after a heavy night",
      "+ about twelve pints and shots", "+ vomited and dehydrated", "- drinks only at weekends",
      "- no confusion or hallucinations", "+ better by evening"],
     "clinical description: https://calendar-australia.com/faq/why-do-you-feel-shaky-when-hungover",
     """Hangover twitchy lip?? never had this before

Stag do yesterday in Newcastle. Lost count somewhere around pint twelve plus a load of jaeger shots. Threw up twice, got maybe three hours kip on a hotel floor. Woke up this morning with my hands shaking holding the coffee and my top lip twitching on its own, like a little pulse right under my nose, every minute or so.

I normally only drink on a Saturday and not this much, maybe 5 or 6 pints, never had the shakes before. Haven't eaten anything except a sausage roll. Head is pounding and I feel horrendous but I know where I am lol, not seeing things, no chest pain.

Googled it and it says alcohol withdrawal which scared me because I'm not an alcoholic?? Or is it just the hangover.

Update 8pm: got some food and two litres of water and a dioralyte down me and had a nap. Lip has pretty much stopped and hands are steady. Feel human again.

So that was the hangover yeah? Does it mean anything that I got the shakes this time? Should I be worried I'm drinking too much?""")

case("short_message", 28, "female", "alcohol_excess", [], "self_care",
     ["+ lip twitching and shaky the morning after wedding drinking", "- drinks rarely",
      "- no confusion"],
     "clinical description: https://www.getlabtest.com/news/post/understanding-hangover-shakes",
     "massive wedding last night, lip twitching and hands trembly this morning. dont usually drink much. not confused just rough. hangover or something else?")

case("voice_dictation", 40, "male", "alcohol_excess", [], "self_care",
     ["+ chin and lip twitching the day after a long session", "+ drank most of a bottle of rum",
      "+ dehydrated with headache", "- does not drink daily", "- no hallucinations"],
     "clinical description: https://www.beerdelux.com/beer-beer/why-do-i-feel-weak-and-shaky-after-drinking-alcohol.html",
     "so it's Sunday and um last night was my fortieth we went through most of a bottle of rum between three no two of us and now my chin and bottom lip keep twitching like little spasms and my hands are shaky when I hold my phone I've got a banging head and I'm really thirsty um I don't drink in the week at all only special occasions so it's not like I'm withdrawing I'm not seeing things or anything is this just a really bad hangover")

case("email_to_gp", 56, "male", "alcohol_excess", ["alcohol_withdrawal"], "consultation",
     ["+ lip twitching most mornings for two months", "+ about four pints every evening and more at weekends",
      "+ shaky hands in the mornings settle by lunchtime", "- no hallucinations or fits",
      "+ raised liver test last year"],
     "clinical description: https://www.rehabguide.co.uk/hangover-shakes-2/",
     """Dear Doctor,

My wife has persuaded me to write. For about two months I have noticed that my lips twitch in the mornings and my hands are a bit unsteady when I make the tea. It usually settles by lunchtime. I should be honest that I drink about four pints most evenings after work and more at the weekend, probably eight or nine on a Saturday. I have never had a fit or seen things that are not there, and I have not tried stopping.

At my health check last year I was told one of my liver tests was raised and was meant to come back but did not.

Current medicines: ramipril 5mg, atorvastatin 20mg.

I would like to book an appointment to talk about the twitching and, I suppose, the drinking.

Yours sincerely,
Graham Fletcher""")

# ---------------------------------------------------------------- alcohol_withdrawal
case("forum_post", 44, "male", "alcohol_withdrawal", [], "consultation_24",
     ["+ stopped drinking about a bottle of wine and extra daily two days ago", "+ lip and hand tremor",
      "+ sweating and anxious, not sleeping", "- no hallucinations", "- no seizure ever",
      "+ heart racing"],
     "clinical description: https://scienceinsights.org/how-long-do-the-shakes-last-after-quitting-drinking",
     """Day 2 no booze - lips and hands shaking, is this normal?? (r/stopdrinking)

Long time lurker. I've been drinking a bottle of red a night plus whatever else for probably six years, worse since covid and working from home. Friday I decided enough and poured it all down the sink. Last drink was Friday about 10pm, it's now Sunday afternoon.

Since yesterday my hands have a fine shake and my lips are twitching, like the top lip quivers when I try to talk and my chin trembles. Sweating through t-shirts, heart going like the clappers, barely slept, feel wired and scared. Not seeing or hearing anything weird, I know where I am, no fits ever. Ate some soup.

Read a few threads saying you shouldn't go cold turkey which has freaked me out even more.

Update: called 111 like some of you said, they want me seen today at the out of hours GP rather than waiting for Monday. Going at 6.

Does anyone know what they'll do, will they give me something for the shakes? And how many days until the twitching stops? I really don't want to drink again.""")

case("parent_or_carer", 58, "male", "alcohol_withdrawal", [], "emergency_ambulance",
     ["+ heavy daily vodka drinker stopped three days ago", "+ confused and doesn't know where he is",
      "+ seeing insects on the walls", "+ shaking all over with lips and jaw trembling",
      "+ hot and sweating with racing heart"],
     "clinical description: https://projectknow.com/alcohol/signs-and-symptoms/shaking/",
     """My husband is 58 and has drunk most of a bottle of vodka a day for years. On Tuesday he got a stomach bug and couldn't keep anything down including drink, so he hasn't had alcohol for about three days now. Tonight he's not right at all. He's shaking all over, his lips and jaw are trembling so much his teeth chatter, and he is drenched in sweat and burning hot. His heart is thumping really fast. Worst thing is he keeps brushing at the wall saying there are beetles crawling on it and he asked me where he was, in our own front room. He's never been like this before. Our son says just let him sleep it off. Should I?""")

case("clinician_vignette", 51, "male", "alcohol_withdrawal", [], "emergency",
     ["+ last drink 36 hours ago after daily heavy use", "+ coarse tremor of hands and perioral twitching",
      "+ tachycardia and sweating", "+ previous withdrawal seizure", "- not hallucinating, oriented"],
     "clinical description: https://content.oppia-mobile.org/mod/page/view.php?id=2763",
     """51 yo M, walk-in to practice reception asking for "something for the nerves". Hx daily spirits ~ 1/2 L vodka for >10 yrs; states last drink 36 h ago as "trying to stop before my daughter's wedding". Reports 1 prior withdrawal fit 2 yrs ago (attended ED). O/E: anxious, diaphoretic, coarse postural tremor both hands, intermittent twitching around mouth and tongue. HR 118, BP 162/98, T 37.6. Oriented x3, no visual or tactile hallucinations reported, no focal neuro deficit. Nil meds. Lives alone.""")

case("forum_reply", 37, "female", "alcohol_withdrawal", [], "consultation_24",
     ["+ stopped daily drinking yesterday", "+ lips and hands trembling this morning",
      "+ anxious and sweaty", "- no hallucinations", "- no previous fits"],
     "clinical description: https://biologyinsights.com/what-do-alcohol-shakes-feel-like",
     """Same as the person above, I'm on day one. Was drinking two bottles of prosecco most nights on my own after the divorce, stopped yesterday lunchtime. This morning my lips were quivering when I tried to talk to my sister on the phone and my hands are trembling, I'm sweaty and on edge. No hallucinations, never had a fit, I know exactly where I am. Reading this thread I'm now scared to keep going without help. Is it the GP today or can it wait till my appointment next week?""")

# ---------------------------------------------------------------- nicotine
case("forum_post", 30, "male", "nicotine", [], "self_care",
     ["+ quit vaping five days ago after heavy use", "+ lip and eyelid twitching since quitting",
      "+ irritable with cravings and poor sleep", "- no weakness or droop",
      "- no new medicines"],
     "clinical description: https://quitnic-app.com/en/blog/nicotine-withdrawal-muscle-twitching-spasms-causes-duration-management",
     """Day 5 off the vape and my lip won't stop twitching (r/QuitVaping)

Was on the 20mg disposables, honestly about one a day, sometimes more, for three years. Quit cold turkey on Monday because my girlfriend and I are trying for a baby and I wanted to do it properly.

Since about day two my upper lip twitches on and off, and my left eyelid does it too. Little flickers, a few seconds each, maybe 20 times a day. I'm also a nightmare to be around, snappy, can't concentrate at work, starving all the time and sleeping badly with weird dreams. My face is totally normal otherwise, no droop, I can smile and drink fine.

Anyone else get face twitches from quitting? I read it's your nerves readjusting but I also read it could be a million other things. Not on any meds. Drink a couple of coffees a day like before.

EDIT: few people asking - no, haven't touched nicotine at all, not even gum.

How long did yours last? Did it get better after the first couple of weeks?""")

case("short_message", 21, "male", "nicotine", [], "self_care",
     ["+ lip twitching after first-time strong nicotine pouch", "+ dizzy and slightly sick",
      "- no vomiting", "- feeling better after removing it"],
     "clinical description: https://biologyinsights.com/why-do-i-twitch-when-i-smoke",
     "tried a strong snus pouch first time, went dizzy bit sick and lip started twitching. took it out, feeling better, didnt throw up. ok?")

case("non_native", 47, "male", "nicotine", [], "self_care",
     ["+ stopped smoking one week ago after 25 years", "+ lower lip twitching since",
      "+ irritable and hungry", "- no weakness", "- no numbness"],
     "clinical description: https://quitsmoking7.com/harm/3301.html",
     """Hello doctor, I am Polish man, 47, work in building. One week ago I stop smoking after 25 years, one packet every day, because my son ask me. From three or four days my lower lip is making small jumps, also sometimes on cheek. I am very nervous, angry for small things, and I eat all the time. Face is strong, no weakness, no numb, I speak normal. My colleague say it is because body want cigarette. Is true? How long it will be?""")

case("form_answers", 35, "female", "nicotine", [], "self_care",
     ["+ lip and eyelid twitching after quitting smoking", "+ two weeks since stopping",
      "+ using no replacement", "- no face weakness", "- no other symptoms"],
     "clinical description: https://bacodablogs.com/by-topic/what-symptom-is-an-indicator-of-nicotine-withdrawal.html",
     """Main concern: twitching top lip + eyelid
Started: about 12 days ago
Recent changes: stopped smoking 2 weeks ago (15 a day), no patches or gum
Sleep: poor first week, getting better
Mood: irritable, teary
Facial weakness: no
Numbness/tingling: no
Speech or swallowing problems: no
Medications: none
Caffeine: 2-3 cups coffee
Anything else: not sure if linked to quitting""")

# ---------------------------------------------------------------- drug_use
case("forum_post", 22, "male", "drug_use", [], "self_care",
     ["+ took MDMA at a festival the night before", "+ jaw clenching and lip/chin twitching next day",
      "+ low mood come-down", "- no fever", "- no confusion", "+ drinking water, eating"],
     "clinical description: http://bluebelly.org.au/reducingrisk/article132f.html?aid=184&cid=9",
     """Comedown day and my lips/chin keep twitching - normal? (throwaway)

Throwaway for obvious reasons. Went to a festival Saturday, had a pill and a half and a couple of bumps of crystal over the night, drank water, took breaks, all the sensible stuff. It's now Sunday afternoon and I'm back home.

My jaw is still tight and I keep catching myself clenching, my bottom lip and chin do these little twitches and my teeth sort of chatter if I don't hold them together. Inside of my cheek is chewed up. Feeling pretty flat and teary which I know is the comedown. Temperature is normal (checked, 36.9), I'm not confused, heart rate feels ok now, eaten a pasta bake.

Never had the twitching this long after before, usually it's gone by the time I get home.

Update: slept for ten hours, it's Monday morning and the jaw thing is much less, lip only twitched once while I was at my desk.

How long does the gurning/twitching hang around for normally? Anything I can do other than chewing gum? And should I be worried it lasted into the next day?""")

case("forum_reply", 20, "female", "drug_use", ["serotonin_syndrome"], "emergency_ambulance",
     ["+ friend took ecstasy pills at a club", "+ very hot and drenched in sweat",
      "+ confused and not making sense", "+ jaw clenching, lips twitching and body jerking",
      "- not responding properly"],
     "clinical description: http://www.effectindex.com/effects/teeth-chattering",
     """Replying here coz this thread is the closest thing I found and I'm panicking. My friend took two pills at the club about three hours ago, maybe three, and now we're back at my flat and she's burning hot, like her skin is on fire and she's soaked through. Her jaw is clenched, lips twitching and her teeth are chattering nonstop and her arms keep jerking. She's talking but it's nonsense and she didn't know my name a minute ago. Someone in the comments said put her in a cold shower and give her water and she'll be fine? Is that right?""")

case("voice_dictation", 34, "male", "drug_use", [], "consultation",
     ["+ regular weekend cocaine use for a year", "+ lip and jaw twitching and teeth grinding into the week",
      "+ jaw pain", "- no chest pain", "- no fits"],
     "clinical description: https://biologyinsights.com/how-long-does-coke-jaw-last",
     "right I'll be honest for the last year or so I've been doing a few grams of coke most weekends um and now my top lip and jaw keep twitching not just on the night but like Tuesday Wednesday as well and I'm grinding my teeth so bad my jaw aches um no chest pains no fits nothing like that I sleep badly I want to knock it on the head to be honest and I want to know if the twitching will stop can I talk to someone")

case("clinician_vignette", 29, "male", "drug_use", [], "emergency",
     ["+ three days of methamphetamine use without sleep", "+ perioral and facial twitching with bruxism",
      "+ paranoid ideation", "+ chest tightness and tachycardia 130", "- no fever"],
     "clinical description: https://stilldetox.com/what-is-cocaine-jaw/",
     """29 yo M brought to urgent treatment centre by housemate. 3 days of repeated methamphetamine use ("ice"), nil sleep. c/o chest tightness since this morning, "heart going too fast". O/E: agitated, dilated pupils, continuous twitching around the mouth and jaw with teeth grinding, picking at skin. HR 130 reg, BP 170/105, T 37.4, SpO2 98%. Expresses belief he is being followed by neighbours. No focal weakness. PMH nil; no regular meds.""")

# ---------------------------------------------------------------- medication
case("forum_post", 39, "female", "medication", [], "consultation",
     ["+ started high-dose prednisolone for asthma flare ten days ago", "+ upper lip and cheek twitching since",
      "+ also on salbutamol inhaler often", "+ shaky hands and poor sleep", "- no face weakness",
      "- no numbness"],
     "clinical description: https://hco.pages.dev/posts/why-is-my-lip-twitching",
     """Steroids making my face twitch?? prednisolone + ventolin

Asthma flared up badly with a chest infection two weeks ago, nurse put me on 40mg prednisolone a day for a week then tapering, plus antibiotics, and I've been using the blue inhaler a lot, like 8-10 puffs some days.

About ten days in and my upper lip and the cheek next to it keep twitching. Little flicks, comes in bursts. Hands are shaky (I know the ventolin does that), I'm wired at night and can't sleep, ravenous, and my face looks puffy. No drooping, smile is even, I can drink without it dribbling, no numb patches. Chest is much better now thankfully.

Google is full of people saying steroids cause muscle twitching but also potassium going low on steroids and inhalers?? Which has me worried about my heart.

Update: finished the tapering yesterday, twitching is maybe half what it was. Still there though.

Should I get bloods done to check potassium or just wait for it to wear off? And is it safe to keep using the inhaler this much? Any advice appreciated""")

case("form_answers", 26, "male", "medication", [], "consultation",
     ["+ started sodium valproate six weeks ago", "+ lip twitching and hand tremor since",
      "- no new seizures", "- no weakness", "- no vomiting or drowsiness"],
     "clinical description: https://necolebitchie.com/?p=66915",
     """Reason for request: side effects?
Symptoms: mouth twitching on left, shaky hands
Started: about 5 weeks ago
New medicines in last 3 months: yes - sodium valproate 500mg twice a day, started 6 weeks ago by neurologist
Why: 2 seizures last year
Any seizures since starting: no
Weakness face/arm/leg: no
Drowsy or confused: no
Vomiting: no
Alcohol: rarely
Anything else: not sure whether to stop tablets, dont want to""")

case("non_native", 63, "female", "medication", ["tardive_dyskinesia"], "consultation",
     ["+ taking metoclopramide for nausea for several weeks", "+ lips moving and twitching by themselves",
      "- no neck twisting or eyes rolling", "- no difficulty breathing", "+ daughter noticed it"],
     "clinical description: https://mymedhealthinfo.com/lip-twitching/",
     """Hello. I am Sara, 63 years, from Brazil, living with my daughter here. Since maybe six weeks I take metoclopramide tablet three times in day because my stomach is sick after the gallbladder operation. Now two weeks my lips are moving alone, small twitching and some pushing forward, my daughter see it first when we eat. My neck is normal, my eyes normal, I can breath good and swallow. Also I take omeprazole and for pressure amlodipine. My daughter want me to stop the tablet but the doctor give it. What I must do?""")

case("parent_or_carer", 9, "male", "medication", ["facial_tic"], "consultation",
     ["+ started methylphenidate for ADHD three weeks ago", "+ new mouth and lip twitching since",
      "+ sniffing noises", "- no twitching before medication", "- no loss of awareness"],
     "clinical description: https://www.droracle.ai/articles/750910/what-causes-intermittent-lower-lip-twitching-in-a-patient",
     """Our son Jamie is 9 and was diagnosed with ADHD in the summer. The paediatrician started him on methylphenidate (the slow release one) three weeks ago and it's honestly helped a lot at school. But since about the second week he's started doing this thing where the corner of his mouth pulls and his lips twitch, a few times an hour, and he's started sniffing a lot too. He never did any of that before the tablets. He's fully with it when it happens, carries on talking, it's not like he zones out. He says he can sometimes hold it in but then it comes out more later. Do we stop the tablets, or wait for the review in six weeks, or ring the paediatric nurse?""")
# ---------------------------------------------------------------- tardive_dyskinesia
case("parent_or_carer", 67, "female", "tardive_dyskinesia", ["medication"], "consultation",
     ["+ on haloperidol depot for schizophrenia for many years", "+ constant lip smacking and puckering",
      "+ tongue pushing out", "+ gradual over months", "- no fever or stiffness", "- not distressed by it"],
     "clinical description: https://www.grotonlaw.com/faqs/what-is-tardive-dyskinesia-.cfm",
     """I'm writing about my mum, she's 67 and has had schizophrenia since her twenties. She's been on the haloperidol injection every four weeks for as long as I can remember and she's been really stable on it. Over the last few months I've noticed her mouth is never still - her lips keep smacking and puckering like she's sucking a sweet, and every so often her tongue pokes out. Sometimes her fingers fiddle too. She doesn't seem bothered and says she can't feel it, but people stare in the supermarket. She has no temperature, she's not stiff, she's her usual self mentally. It's come on slowly, not suddenly. Her CPN visit isn't for three weeks. Is this the medication, and is it something that needs looking at sooner?""")

case("forum_reply", 44, "male", "tardive_dyskinesia", ["medication"], "consultation",
     ["+ on antipsychotic for eight years", "+ chewing movements and lip twitching for a year",
      "+ worse when stressed", "- no sudden onset", "- no neck spasm"],
     "clinical description: https://blueskydrugs.su/tag/tardive-dyskinesia",
     """Replying to OP as someone who's been there. I'm 44 and have been on risperidone for bipolar for about eight years. Roughly a year ago my partner pointed out my jaw was making chewing movements when I watch TV and my lips twitch and purse, I genuinely didn't notice. It's gradually got more obvious, worse when I'm stressed, gone when I sleep. No sudden spasms of my neck or eyes or anything dramatic like some people describe. My psychiatrist appointment got cancelled twice. Did yours get better after they changed the med? I'm scared to stop it myself because the last time I came off I ended up in hospital.""")

case("email_to_gp", 58, "female", "tardive_dyskinesia", ["medication"], "consultation",
     ["+ years of metoclopramide and then prochlorperazine for gastroparesis", "+ lip and tongue movements for several months",
      "+ grimacing noticed by family", "- no acute jaw locking", "- no fever"],
     "clinical description: http://schizophrenia.emedtv.com/m/tardive-dyskinesia/tardive-dyskinesia.html",
     """Dear Dr Patel,

I am writing about a problem with my mouth. As you know I have diabetes with gastroparesis and I have been taking metoclopramide on and off for about three years, and more recently prochlorperazine when the sickness is bad.

Since early this year my lips have been twitching and pursing on their own and my tongue moves around in my mouth. My husband says I pull faces without knowing. It has come on gradually and is there most of the day. I have not had any sudden locking of my jaw or neck, no fever, and I feel otherwise as usual.

Current medicines: metformin 1g twice daily, insulin glargine, metoclopramide 10mg up to three times a day, prochlorperazine 5mg as needed, lansoprazole.

Could I have an appointment to review these medicines?

Kind regards,
Helen Barraclough""")

case("forum_post", 71, "male", "tardive_dyskinesia", [], "consultation",
     ["+ long-term antipsychotic for depression with psychosis", "+ mouth and lip movements for six months",
      "+ tongue rolling", "- no fever or rigidity", "- no one-sided weakness", "+ GP suspects medication"],
     "clinical description: https://www.pharmacologicalsciences.us/nucleus-accumbens/tardive-dyskinesia-an-overview-1911-definition.html",
     """Mouth won't keep still - 71, on quetiapine for years (posting for myself, grandson set me up)

Hello all. My grandson has put me on this forum. I'm 71 and have been taking quetiapine for about nine years after a bad depression where I heard voices. It has kept me well.

About six months ago my late wife's sister said I was "chewing nothing" at the dinner table. Since then I have noticed my lips twitching and pursing, and my tongue rolls in my mouth, especially when I am sitting reading or watching the snooker. It stops when I'm asleep according to my grandson. I don't have a fever, I'm not stiff, both sides of my face work the same and my speech is normal. I also take amlodipine and a water tablet.

I looked it up in the library and it said it could be Parkinson's, which my brother had, which frightened me. But my hands don't shake.

Update: saw the GP on Tuesday. She watched me for a bit and thinks it is the tablet and is writing to the psychiatrist.

Has anyone had this and did it go away when they changed the tablet? How long did the psychiatrist take to see you?""")

# ---------------------------------------------------------------- electrolyte_imbalance
case("clinician_vignette", 78, "male", "electrolyte_imbalance", ["medication"], "emergency",
     ["+ long-term omeprazole and bendroflumethiazide", "+ perioral twitching and hand cramps",
      "+ palpitations with irregular pulse", "+ unsteady and weak for a week", "- no facial droop"],
     "clinical description: https://www.h4rvey.com/USMLE/Renal/Hypomagnesemia",
     """78 yo M, home visit requested by daughter. 1/52 generalised weakness, unsteady on feet, "fluttering" palpitations. Reports twitching around mouth and painful cramps in hands. DH: omeprazole 40 mg OD >5 yrs, bendroflumethiazide 2.5 mg, amlodipine, atorvastatin. O/E: alert, oriented. Perioral muscle twitching at rest, tap over cheek produces twitch at corner of mouth. Pulse 104 irregular, BP 118/70. No facial asymmetry, no limb weakness on formal testing, gait broad and cautious. Nil vomiting, mild loose stools for 10 days.""")

case("forum_post", 46, "female", "electrolyte_imbalance", [], "consultation_24",
     ["+ gastroenteritis with diarrhoea for five days", "+ lip twitching and leg cramps",
      "+ weak and dizzy on standing", "- no blood in stool", "- no face weakness",
      "+ palpitations now and then"],
     "clinical description: https://ntro.it.com/does-potassium-or-magnesium-cause-face-twitching-exploring-the-mineral-link",
     """After a tummy bug my lip is twitching and legs cramping - electrolytes?

Picked up a nasty bug from the kids (they recovered in two days, of course). I've had diarrhoea for five days now, 6-8 times a day at its worst, down to 3-4 today. Kept down water and toast mostly but not much else.

Since yesterday my top lip keeps twitching in little runs, and the corner of my mouth jumps. My calves cramp up at night and I feel weak as a kitten, dizzy when I stand up. A couple of times my heart has done a flippy skipping thing. No blood in the poo, no high temperature now. Face is normal in the mirror, no droop.

I'm on nothing regular except the pill. Been drinking flat coke because that's what my mum always said.

EDIT: husband bought dioralyte, had two sachets, cramps a bit better but lip still going and the heart flutters happened again this afternoon.

Do I need bloods doing for potassium or magnesium? Is this a walk-in thing or can it wait for the GP next week? I feel a bit silly going in for a stomach bug""")

case("email_to_gp", 69, "female", "electrolyte_imbalance", ["medication"], "consultation_24",
     ["+ furosemide dose doubled two weeks ago", "+ lip twitching and muscle cramps",
      "+ very tired and weak", "+ thirsty and passing lots of urine", "- no chest pain", "- no face weakness"],
     "clinical description: https://www.seekhealthz.com/health/symptoms-of-hypomagnesemia",
     """Dear Surgery,

I am writing on behalf of myself, Margaret Doyle, aged 69. After my heart clinic appointment two weeks ago my furosemide was increased from 40mg to 80mg each morning because of ankle swelling. The swelling is much better, but for the past four or five days my lips have been twitching, especially the lower lip, and I am getting painful cramps in my calves and hands. I feel very tired and weak, I am thirsty and passing a lot of water. I have no chest pain and my face is not drooping.

Other medicines: bisoprolol 2.5mg, ramipril 2.5mg, apixaban 5mg twice daily, omeprazole 20mg.

Should I have a blood test? Please could someone call me today if possible.

Thank you,
Margaret Doyle""")

case("voice_dictation", 24, "male", "electrolyte_imbalance", [], "consultation_24",
     ["+ marathon in heat yesterday drinking only water", "+ lip and calf twitching since",
      "+ headache and nausea", "- no confusion", "- not vomiting"],
     "clinical description: https://review.clateway.com/wiki/view_html.php?q=Magnesium_deficiency",
     "um hi so I ran a marathon yesterday it was really hot and I drank loads of just water like I don't know five or six litres no electrolytes and since last night my lips keep twitching especially the top one and my calves are jumping like worms under the skin um I've got a headache and feel a bit sick but I'm not confused I'm not throwing up I did pee fine this morning my mate says its low salt should I go get checked or just eat crisps")

# ---------------------------------------------------------------- hypoparathyroidism
case("forum_post", 42, "female", "hypoparathyroidism", [], "emergency",
     ["+ total thyroidectomy three days ago", "+ tingling around lips and fingertips",
      "+ lip twitching", "+ hands cramping into a claw shape", "+ extra calcium not helping"],
     "clinical description: https://surgery-app.parathyroid.com/after-your-operation/post-operative-instructions/symptoms-of-low-blood-calcium/?referer=https%3A%2F%2Fsurgery-app.parathyroid.com%2Fafter-your-operation%2Fpost-operative-instructions%2F&_wpnonce=bf74669408",
     """Day 3 after thyroidectomy - lips tingling and twitching, hands cramping (thyroid forum)

Had my total thyroidectomy on Tuesday for a large multinodular goitre. Came home yesterday with levothyroxine and calcium tablets (Adcal, 2 a day). Surgeon said watch for tingling.

Since this morning my lips have gone tingly and numb like after the dentist, and my top lip keeps twitching. My fingertips are pins and needles. In the last hour my hands keep cramping up, fingers pull together into a sort of claw and I have to pull them straight. Face feels stiff. I've taken two extra calcium tablets about an hour and a half ago and it's no better, if anything the cramping is worse.

My husband wants to ring the ward but it's Saturday evening and I don't want to be a nuisance, they said it's common.

Update: rang the ward, they said come straight in to A&E and not to drive myself.

Has anyone else had this? How long were you in for? Did you end up on calcium long term?""")

case("email_to_gp", 55, "female", "hypoparathyroidism", [], "consultation",
     ["+ known hypoparathyroidism after neck surgery on calcium and alfacalcidol", "+ mild lip twitching and tingling for two weeks",
      "+ missed doses while on holiday", "- no hand spasms", "- no seizures"],
     "clinical description: https://www.droracle.ai/articles/628638/can-hypothyroidism-underactive-thyroid-cause-lip-twitching-with-normal",
     """Dear Dr Collins,

I have had permanent hypoparathyroidism since my thyroid surgery in 2019. My medicines are calcium carbonate 1.25g twice daily, alfacalcidol 1 microgram and levothyroxine 125 micrograms.

I was away for three weeks in Spain and I have to admit I missed quite a few doses of the calcium and alfacalcidol. Since I returned, about two weeks, I have had mild tingling around my mouth and my upper lip twitches now and again, mostly in the evening. I have not had any cramping of my hands or feet and no fits or palpitations.

I am back on all my tablets properly now. Could I please have a calcium blood test and a review appointment? My last calcium check was about eight months ago.

Best wishes,
Anne-Marie Quinn""")

case("voice_dictation", 37, "female", "hypoparathyroidism", [], "consultation_24",
     ["+ thyroid surgery two days ago", "+ tingling around the mouth and lip twitching",
      "+ fingertips tingling", "- no hand cramps yet"],
     "clinical description: https://localquoter.net/stay-healthy/15-essential-tips-for-post-thyroidectomy-care/10",
     "hiya um so I had half my thyroid no sorry the whole thyroid out on Thursday it's Saturday now and my lips have gone tingly like fizzy round the edges and the top lip keeps twitching a bit and my fingertips are tingling too um no cramping in my hands or anything they said to ring if I got tingling but I don't want to waste their time do I need to do something now or wait till Monday")

case("short_message", 61, "male", "hypoparathyroidism", [], "consultation_24",
     ["+ parathyroid surgery four days ago", "+ lips tingly and twitching", "- no cramps"],
     "clinical description: https://turkjsurg.com/full-text/1995/eng",
     "had parathyroid op monday, today lips tingly and twitching, fingers bit numb. no cramps. ring surgeons now or wait?")

# ---------------------------------------------------------------- digeorge_syndrome
case("parent_or_carer", 0, "male", "digeorge_syndrome", ["hypoparathyroidism"], "emergency_ambulance",
     ["+ five-week-old with a heart murmur and hole in the heart", "+ face and lips twitching with jerking limbs",
      "+ several episodes today", "+ floppy and sleepy after", "- no fever"],
     "https://apjpch.com/?article=A+Case+Report+of+DiGeorge+Syndrome+from+Pakistan&number=295&page=article",
     """Please help, my baby boy is five weeks old. He was born with a hole in his heart (VSD) and is under the cardiologists, they're waiting for him to grow before surgery. Today he has had three funny episodes where his lips and face twitch and his arms and legs jerk rhythmically for about a minute, eyes staring. The last one was ten minutes ago and he's very floppy and sleepy now and won't feed. No temperature, 36.8. He had one like this in his first week in hospital and they said his calcium was low and gave him something through a drip. We're at home in the middle of the night. Do I take him in in the morning?""")

case("clinician_vignette", 12, "male", "digeorge_syndrome", ["hypoparathyroidism"], "emergency",
     ["+ first generalised seizure at school today", "+ perioral twitching and carpal spasm afterwards",
      "+ history of cleft palate repair and learning support", "+ father had heart surgery as child",
      "- no fever", "- no head injury"],
     "https://www.j-epilepsy.org/m/journal/view.php?number=58",
     """12 yo M brought by mother to GP same day after a witnessed generalised tonic-clonic seizure at school this morning (~2 min, self-terminated). Since then intermittent twitching around the mouth and episodes of hands cramping into flexion. PMH: submucous cleft palate repaired age 4, hypernasal speech, attends learning support. FH: father had cardiac surgery in childhood, "low calcium" in infancy. O/E: alert, afebrile, nasal speech, tapping in front of ear produces twitch of upper lip. No head injury, no meningism. Nil regular meds.""")

case("non_native", 15, "female", "digeorge_syndrome", ["hypoparathyroidism"], "consultation_24",
     ["+ teenage daughter with lips twitching and tingling for days", "+ hand cramps when writing",
      "+ history of heart operation as baby and nasal voice", "- no seizure", "- no fainting"],
     "https://scilit.com/publications/157667fd277bbdfcfc7e73769fd36d9d",
     """Good morning, I am mother of Aisha, she is 15. I am from Egypt and my English is not so good, sorry. From four or five days Aisha say her lips are tingling like ants and the upper lip is twitching. When she write in school her hand make cramp and the fingers close. When she was baby she had operation on the heart in Cairo, and she speak with the voice from the nose, the school have speech therapy for her. She did not have fit and she did not faint. She is tired and not eating good because exams. The doctor before told me one time her calcium was little low but no one follow. What we must do, it is urgent?""")

case("form_answers", 40, "female", "digeorge_syndrome", ["hypoparathyroidism"], "consultation_24",
     ["+ known 22q11 deletion", "+ lip twitching and numb hands for three days",
      "+ previously low calcium", "+ on epilepsy medicines", "- no seizure in the last month",
      "+ feverish with urine infection"],
     "https://bjmp.org/content/case-report-digeorge-syndrome-presenting-hypoparathyrodism-and-learning-difficulties-adulthood",
     """Filled in by: support worker, with Claire
Name/age: Claire, 40
Main problem: lips twitching, hands feel numb and tingly
How long: 3 days
Known conditions: 22q11 deletion (DiGeorge), epilepsy, learning disability, eczema
Medicines: levetiracetam 500mg twice daily, clobazam 5mg twice daily, emollients
Seizures recently: none in last month
Fever: yes, 37.9 yesterday, has a water infection (burning when passing urine)
Previous blood tests: told calcium was low once, not sure when
Face droop / weakness: no
Anything else: more tired than usual, not eating much""")

# ---------------------------------------------------------------- bells_palsy
case("forum_post", 35, "female", "bells_palsy", [], "consultation_24",
     ["+ pain behind right ear and odd taste for a day", "+ lip twitching then right side of mouth drooping this morning",
      "+ cannot close right eye fully", "+ forehead on right won't wrinkle", "- no arm or leg weakness",
      "- no speech confusion"],
     "https://rachelsbellspalsy.blogspot.com/2017/01",
     """Woke up with half my face not working - Bell's palsy or stroke?? (35F)

Yesterday I had a weird burning feeling on my tongue and everything tasted metallic, like tinfoil, and an ache behind my right ear and down the back of my neck. Thought I was getting the bug that's going round so went to bed early. In the evening my lips kept twitching on the right which I put down to being tired.

This morning when I brushed my teeth the water dribbled out the right side of my mouth. In the mirror the right corner of my mouth is drooping, I can't close my right eye all the way, and when I lift my eyebrows only the left side of my forehead wrinkles. Sounds are weirdly loud in my right ear.

My arms and legs are fine, I can walk normally, I'm talking normally (bit lispy), not confused. No headache apart from the ear ache.

My partner wants to call 999 but I read the forehead thing points to Bell's palsy.

EDIT: we're in the car on the way to the walk-in now, my partner is driving.

Is the walk-in the right place or should it be A&E? Did steroids help you if you had it? How long did your eye take to close again?""")

case("short_message", 29, "male", "bells_palsy", [], "consultation_24",
     ["+ left side of face drooping since this morning", "+ lip twitched last night",
      "+ cant close left eye", "- arms and legs fine", "- speech normal"],
     "https://cornfedcontessa.com/2016/12/01/bells-palsy-update/",
     "left side of face drooped overnight, lip was twitching last night, cant shut left eye. arms legs fine, talking ok. who do i see today?")

case("voice_dictation", 52, "female", "bells_palsy", [], "consultation_24",
     ["+ eye felt strange on waking", "+ by evening could not pucker lips, drink dribbling",
      "+ lip twitching before the weakness", "+ right side of face and forehead weak",
      "- no arm weakness", "- no headache"],
     "https://familyblog.datdec.com/?p=20546",
     "okay so this started this morning my right eye felt funny like gritty and then this afternoon my lip kept twitching on that side and now tonight I can't pucker my lips properly drinking through a straw dribbles out the side and um my whole right side of my face including my forehead feels heavy and won't move properly no my arms are fine I just lifted both over my head and my legs are fine no headache I'm not slurring my words I'm thinking its Bell's palsy because my sister had it do I go to urgent care tonight or the doctor tomorrow")

case("non_native", 41, "female", "bells_palsy", [], "consultation_24",
     ["+ woke up with right face not moving", "+ cannot rinse mouth, water comes out",
      "+ lip was twitching the day before", "- arms and legs normal", "- speech understandable"],
     "https://splendorglory.wordpress.com/tag/bells-palsy/",
     """Hi, I need advice please. I am from Romania, 41 years. Today morning I wake up and when I brush the teeth I can not rinse the mouth, the water go out from the right side. I look in mirror and right side of my face is not moving, from the eye to the chin, also my eyebrow not going up. Yesterday my upper lip was twitching many times on this side, I think it is tiredness. My arms and legs are normal, I walk normal, people understand when I speak. I had cold one week ago. I am scared it is stroke. Where I must go, hospital or family doctor?""")

# ---------------------------------------------------------------- hemifacial_spasm
case("forum_post", 57, "female", "hemifacial_spasm", [], "consultation",
     ["+ left eyelid twitching for two years", "+ now spreading to cheek and corner of mouth",
      "+ mouth pulled up to the left in spasms", "+ happens even lying in bed at night",
      "- no weakness", "- no numbness"],
     "clinical description: https://www.newyorkfacialparalysis.com/blog/2018/10",
     """Eye twitch has spread to my mouth after 2 years - anyone else?

I'm 57 and about two years ago my lower left eyelid started twitching. GP said tiredness, stop the coffee, it'll pass. It didn't. Over the last six months it's crept down my face: now my cheek bunches up and the corner of my mouth gets pulled up and out to the left, sometimes for a few seconds, several times an hour. My eye squeezes shut at the same time. My husband says it does it when I'm asleep too, and I've noticed it while lying in bed.

Only ever the left side. My face isn't weak, I can smile and whistle, no numbness, hearing is ok. It's worse when I'm stressed or talking to strangers, which makes me not want to go out. Stopped coffee a year ago, didn't help at all.

Update: saw a different GP who watched it happen and said "that's hemi-something spasm" and is referring me to neurology and for a scan.

Has anyone had the botox injections for this, do they work? And what did your scan show, should I be worried about a tumour?""")

case("email_to_gp", 63, "male", "hemifacial_spasm", [], "consultation",
     ["+ right-sided facial spasms for a year", "+ eye closes and mouth corner pulls up together",
      "+ gradually more frequent", "- no facial weakness", "- no hearing loss"],
     "clinical description: https://kpjpen22.kpjhealth.com.my/Facial-Spasms-article-641.html",
     """Dear Dr Ahmed,

For about a year I have had involuntary twitching on the right side of my face. It started around my right eye, but over recent months it has spread so that my right eye screws shut and at the same time the corner of my mouth pulls upwards and my upper lip twitches. These episodes last several seconds and are now happening many times a day. They are painless. My wife has noticed them happening while I sleep.

My face moves normally otherwise and I have no numbness or hearing loss. I have no headaches.

Medical history: high blood pressure, type 2 diabetes. Medicines: amlodipine 10mg, metformin 500mg twice daily, atorvastatin 40mg.

I would be grateful for an appointment to discuss this and whether I need to see a specialist.

Yours sincerely,
Daniel Ferreira""")

case("form_answers", 49, "female", "hemifacial_spasm", [], "consultation",
     ["+ one-sided face twitching for eight months", "+ involves eye and mouth together",
      "+ continues in sleep", "- no face weakness", "- no new medicines"],
     "clinical description: https://www.floridahospital.com/hemifacial-spasm-hfs/symptoms-and-signs-hemifacial-spasm-hfs",
     """Symptom: twitching left side of face
Where exactly: starts at eye, then cheek and side of mouth pulls
Duration: about 8 months
Frequency: many times daily, getting more often
Does it happen asleep: partner says yes
One side or both: one (left)
Facial weakness: no
Numbness: no
Hearing change: not sure, maybe ringing
Medicines: none new (sertraline 2 yrs)
Caffeine: 1 coffee
Triggers: stress, talking
Previous treatment: none""")

case("forum_reply", 66, "male", "hemifacial_spasm", [], "consultation",
     ["+ left face twitching for five years", "+ mouth corner and lip pulled with eye closing",
      "+ slowly worsening", "- no weakness", "+ has not yet seen a specialist"],
     "clinical description: https://www.txneurosurgeryllp.com/tag/hemifacial-spasms",
     """Same as the OP here. Mine started with my left eye about five years ago and now when it goes the eye shuts, my cheek bunches and my top lip twitches and the corner of my mouth is yanked up towards my ear. Lasts a few seconds, comes in runs. It's slowly got worse, never better. No weakness, face works fine in between. I've just put up with it but reading this thread I realise I've never actually been referred to anyone. Did you all have to ask your GP for a neurology referral or did they suggest it?""")

# ---------------------------------------------------------------- facial_tic
case("parent_or_carer", 7, "female", "facial_tic", [], "self_care",
     ["+ seven-year-old with mouth grimacing and lip twitch for six weeks", "+ worse when tired or excited",
      "+ can hold it in briefly", "- no vocal noises", "- no loss of awareness", "+ started after moving school"],
     "clinical description: http://coordinatedhealth.com/condition/facial-tics/",
     """My daughter is 7 and for about six weeks she's been doing this mouth thing - she stretches her lips sideways and the corner of her mouth twitches, sometimes with a quick blink. It happens lots when she's watching TV or tired at bedtime or excited about something, and hardly at all when she's busy drawing. If I ask her about it she says it's a "tickle" and she can stop it for a bit. No grunting or throat noises, she's completely with it when it happens, no staring. We moved house and school in September which was a big change for her. Her dad did something similar as a kid apparently. Do we need to see anyone or leave it?""")

case("forum_reply", 10, "male", "facial_tic", [], "self_care",
     ["+ ten-year-old with lip twitching tic for two months", "+ fading over summer holidays",
      "- no sounds", "- no other tics"],
     "clinical description: https://exunoplures.info/and10-2019-52/facial-tics-and-remedies-29.php",
     """Replying to the mum above - my son (10) had exactly this last spring, a twitch at the corner of his lip and a little nose scrunch, mostly in the run up to his SATs. No noises, nothing else. The GP said don't draw attention to it and it will usually go, and honestly by the end of the summer holidays it had faded to nothing. It came back for a week in October when he was ill then went again. So try not to worry too much.""")

case("short_message", 8, "male", "facial_tic", [], "self_care",
     ["+ eight-year-old with mouth twitch for three weeks", "+ can stop it briefly", "- no noises"],
     "clinical description: https://www.indiatoday.in/lifestyle/health/story/386931-296374-2014-09-24",
     "my 8yo keeps twitching his mouth to one side for 3 wks, can stop it if asked, no noises. just a phase?")

case("form_answers", 13, "female", "facial_tic", [], "self_care",
     ["+ thirteen-year-old with lip pursing twitch for a month", "+ worse during stress",
      "- no vocal sounds", "- no weakness", "- no medicines"],
     "clinical description: https://thom-yorke.info/free08-2019-74/treating-facial-tics-34.php",
     """Patient: daughter, 13
Symptom: purses and twitches her lips, sometimes blinks hard
Started: about 1 month ago
Happens: many times a day, more before tests and when anxious
Can she stop it: for a short time
Any noises/sounds: no
Any other body movements: no
Weakness/numbness: no
Medicines: none
Family history: uncle had tics as child
Sleep: ok
Worry level: moderate, she is embarrassed at school""")

# ---------------------------------------------------------------- tourette_syndrome
case("parent_or_carer", 11, "male", "tourette_syndrome", [], "consultation",
     ["+ motor tics for over two years including lip and mouth twitching", "+ throat clearing and grunting noises",
      "+ tics change over time", "+ started around age eight", "- no loss of awareness"],
     "clinical description: https://childrensnational.org/visit/conditions-and-treatments/movement-disorders/tourette-syndrome",
     """My son is 11. Since he was about 8 he's had different twitches that come and go - first it was eye blinking, then shoulder shrugging, now it's mostly his lips twitching and pulling, and his mouth opening wide. For at least a year he's also done throat clearing and a little grunt, sometimes a squeak, especially when he's excited or playing Xbox. It changes every few months but never goes completely. He says he gets a feeling before, like a sneeze coming. He knows what's going on the whole time. School have started to comment and a boy in his class has been copying him. Who do we need to see about this?""")

case("forum_post", 16, "male", "tourette_syndrome", [], "consultation",
     ["+ mouth and lip twitches since childhood", "+ sniffing and humming noises for years",
      "+ tics wax and wane", "+ urge before tics", "- no diagnosis yet", "+ affecting college"],
     "clinical description: https://www.leaningintoanxiety.com/tourette-syndrome",
     """do i have tourettes?? 16 and sick of this

ok so this has been going on since i was like 7 or 8. started with blinking, then nose scrunching. now its mostly my mouth - my lips twitch and pull sideways and i do this thing where i stretch my jaw open. i also sniff and hum without meaning to and sometimes make a clicking noise with my tongue. its been both the face stuff and the noises for years not just a few months.

it comes in waves, like some weeks are loads worse (exam weeks, or if im tired) and some weeks barely anything. i get this itchy pressure feeling before and if i hold it in all day at college it all comes out when i get home lol. i can totally think normally while it happens its not like a fit.

my mum always said its a habit and ill grow out of it but im 16 now. people at college have started saying stuff and a teacher told me to stop humming in an exam which was humiliating.

EDIT: to the person asking, no im not on any meds and nothing like this in my family that i know of.

is this tourettes? do you need a diagnosis and how do you even get one, do i go to my gp? does it actually help having one""")

case("email_to_gp", 9, "female", "tourette_syndrome", [], "consultation",
     ["+ facial tics including lip twitching for eighteen months", "+ vocal tics of coughing and squeaking",
      "+ tics vary over time", "+ worse with excitement", "- no regression", "- no medicines"],
     "clinical description: https://www.nm.org/conditions-and-care-areas/neurosciences/movement-disorders/tourette-syndrome/symptoms",
     """Dear Dr Lewis,

I am writing about our daughter Evie, aged 9. For about eighteen months she has had repeated movements of her face, in particular twitching and pulling of her lips and wrinkling her nose, and for over a year she has also made repeated coughing and squeaking sounds that she says she cannot help. The particular movements change every few months but she has never been free of them. They get worse when she is excited or tired.

Otherwise she is well, doing fine at school and her development has been normal. She takes no medicines.

Her teacher has asked whether she has been assessed. Could we please have an appointment to discuss a referral?

Kind regards,
Rachel Thompson""")

case("non_native", 14, "male", "tourette_syndrome", [], "consultation",
     ["+ son with mouth and lip tics and eye blinking for three years", "+ barking and throat sounds for over a year",
      "+ tics change type", "- no medicines", "- no loss of consciousness"],
     "clinical description: https://www.asiaone.com/lifestyle/what-tourette-syndrome-signs-causes-and-treatments",
     """Hello, I write for my son Kenji, he is 14, we come from Japan two years ago. From three years he has many movements: first blink the eye, now he twitch the lips and pull mouth, sometimes shake the head. Also more than one year he make sound like small bark or clear throat many time, in class teacher think he is doing joke. The movement change, one month this one, then other one. He is clever and understand everything, not fainting. He take no medicine. In Japan doctor said maybe will stop but it not stop. Which doctor we need?""")

# ---------------------------------------------------------------- essential_tremor
case("forum_post", 68, "male", "essential_tremor", [], "consultation",
     ["+ hands shake when holding things for years", "+ lips and chin tremble when speaking",
      "+ voice shaky", "+ father had the same", "+ better after a glass of wine", "- no tremor at rest"],
     "clinical description: https://tremor.org.uk/what-is-essential-tremor.html",
     """Shaky hands, now my lips and voice wobble too - 68 and fed up

Evening all. I've had shaky hands for as long as I can remember, worse when I hold a cup of tea or write a cheque or do up small buttons. My father was exactly the same, we used to joke about it at Christmas carving the turkey. Over the last couple of years my lips and chin have started to tremble when I'm talking, especially reading aloud at church, and my voice has a wobble to it.

It's not there when my hands are just resting on my lap watching the telly, only when I'm doing something. I walk fine, no stiffness, my handwriting is shaky but not small. Funnily enough a glass of wine at dinner calms it right down, which my wife says is not a treatment plan.

My neighbour has Parkinson's and is convinced I have it too which has got me worried.

Update: GP watched me drink water and write and says it doesn't look like Parkinson's and wants to talk about a tablet.

Anyone tried propranolol for this? Does it help the voice and lips or just the hands? Any side effects I should know about?""")

case("forum_reply", 74, "female", "essential_tremor", [], "consultation",
     ["+ tremor of hands and head for years", "+ lips quiver when drinking from a cup",
      "+ mother and sister had tremor", "- no slowness or stiffness"],
     "clinical description: https://www.ericksonliving.com/tribune/articles/2010/06/who-says-hand-has-shake",
     """Replying to the lady above as it sounds so like me. I'm 74 and my hands have shaken for twenty years, my head nods a little "no-no" and now my lips quiver when I bring a cup to my mouth so I spill tea down my blouse. My mother and my sister both had it. I'm not slow or stiff, I still walk to the shops every day. My doctor said it's the familial kind but I've never had it properly looked at. Is it worth asking to see a neurologist at my age?""")

case("voice_dictation", 59, "male", "essential_tremor", [], "consultation",
     ["+ hand tremor worse holding things", "+ lip and chin shake when talking", "+ runs in family",
      "+ worse with coffee and stress", "- no rest tremor"],
     "clinical description: https://www.parkview.com/services-specialties/neurosciences/conditions-treatments/essential-tremor",
     "hello um so my hands have been shaky for years it's when I'm holding something like a fork or my phone not when they're just resting and recently my lips and my chin shake a bit when I'm talking on zoom calls for work um my dad had it and his brother too its worse when I've had coffee or I'm stressed no it's not when I'm still only when I'm doing something I'd like to get it looked at is there medication")

case("form_answers", 81, "female", "essential_tremor", [], "consultation",
     ["+ longstanding hand tremor", "+ lips trembling when speaking", "+ family history of tremor",
      "- no rest tremor", "- no falls", "- not slowed down"],
     "clinical description: https://www.reference.com/health/primary-symptoms-associated-essential-tremors-a6ff5c169dea70d7",
     """Q: What is bothering you today?
A: shaking lips when I talk, and my hands
Q: How long?
A: hands 15 years at least, lips about a year
Q: Is the shaking there when you are resting?
A: no, when I use my hands or speak
Q: Any stiffness or slowness?
A: no
Q: Falls?
A: no
Q: Family history?
A: my brother shook the same
Q: Medicines
A: bendroflumethiazide, calcium + D, eye drops
Q: What makes it worse?
A: being nervous, cold weather
Q: Anything else?
A: not sure if it is my age""")
# ---------------------------------------------------------------- parkinsons_disease
case("parent_or_carer", 72, "male", "parkinsons_disease", [], "consultation",
     ["+ chin and lower lip tremble when sitting still", "+ right hand tremor at rest",
      "+ slower and shuffling for a year", "+ quieter voice and less facial expression",
      "- tremor settles when he uses the hand"],
     "clinical description: http://www.bbwca.com/parkinsons-resting-tremor/",
     """I'm worried about my dad who is 72. Over the last year or so he's slowed right down - he shuffles when he walks, takes ages to get out of a chair, and his face doesn't show much expression anymore, my kids say grandad looks cross all the time. Now when he's sitting watching TV his chin and bottom lip tremble, a steady little shake, and his right hand does the same resting on the arm of the chair. When he picks up his cup the hand shake actually goes. His voice has gone quiet and his handwriting on birthday cards is tiny. He insists it's just old age. He's on tablets for blood pressure and that's it. Should I make him see the doctor?""")

case("forum_reply", 66, "female", "parkinsons_disease", [], "consultation",
     ["+ jaw and lip tremor at rest for months", "+ left arm does not swing when walking",
      "+ stiffness and slowness", "- tremor goes when chewing or talking"],
     "clinical description: https://www.health24.com/Medical/Parkinsons-disease/Overview/symptoms-of-parkinsons-disease-20160317-2",
     """Replying to the original post because my story is similar. Mine started with my jaw and bottom lip trembling when I was sitting quietly, my husband noticed it first while I was reading. It stops when I chew or talk. Then my left arm stopped swinging when I walk and that side feels stiff, buttons take forever. I'm 66. I kept thinking it was nerves after retiring but the GP has now referred me to a movement disorders clinic. Did your jaw tremor improve with the tablets once you started them?""")

case("non_native", 70, "male", "parkinsons_disease", [], "consultation",
     ["+ lower lip and chin shaking when resting", "+ left hand shaking at rest for a year",
      "+ walking slow with small steps", "+ smell reduced", "- no sudden onset"],
     "clinical description: https://handtremorcontrol.blogspot.com/2015/02/bilateral-hand-tremor.html",
     """Dear doctor, I am Ivan, 70 years, from Ukraine, I live here with my daughter. One year my left hand is shaking when I sit, like I am rolling something small between fingers. Now also my lower lip and chin is shaking when I rest, not when I eat. I walk slow with small steps and my daughter say my face is like mask, no smiling. Also I cannot smell the food good from some years. It come slowly, not in one day. My friend say is normal for old man. Please tell me, I need see specialist?""")

case("forum_post", 61, "female", "parkinsons_disease", [], "consultation",
     ["+ lip and jaw tremor at rest for six months", "+ stiffness in right shoulder",
      "+ handwriting smaller", "+ acting out dreams at night", "- no medicines that cause tremor",
      "- tremor improves with movement"],
     "clinical description: https://www.deerlodgecentrefoundation.com/2017/04/",
     """Trembling lip and jaw when I'm resting - 61F, anyone else start like this?

For about six months my bottom lip and jaw have had a gentle tremble when I'm sitting still, like I'm cold, but I'm not. It's worse when I'm tired or anxious. When I talk or eat it goes away. My right shoulder has been stiff and achy since last year (physio said frozen shoulder), my writing has got smaller and smaller across the page, and my husband says I've been shouting and kicking in my sleep like I'm fighting someone in my dreams.

I'm not on any anti-sickness or psychiatric tablets, just HRT and a statin. No one in my family had Parkinson's as far as I know. I googled "jaw tremor" and it came up with Parkinson's straight away and I haven't slept since.

Update: went to the GP. She asked me to tap my fingers and walk up and down, noticed my right arm doesn't swing, and has referred me to a neurologist.

Did anyone else's Parkinson's start with the lip or jaw rather than the hand? How long was the wait for the neurologist for you? I'm going out of my mind""")

# ---------------------------------------------------------------- als
case("forum_post", 64, "male", "als", [], "consultation",
     ["+ slurred speech for four months, worse over time", "+ twitching of lips, chin and tongue",
      "+ choking on drinks", "+ tongue looks thinner", "+ weight loss", "- no pain or numbness"],
     "clinical description: https://visualfoodie.com/the-process-of-diagnosing-bulbar-als",
     """Slurred speech + lips and tongue twitching for months. Terrified. (64M)

I'll try to keep this short. About four months ago my wife said I sounded like I'd had a drink when I hadn't. Since then my speech has slowly got worse, words with "k" and "g" are hard, and I sound nasal. I've started choking on thin drinks like tea and water, coughing fits at dinner. I've lost about half a stone without trying.

Over the same time I've noticed twitching all around my lips and chin, and when I look at my tongue in the mirror it's sort of rippling, like worms under the surface, and the sides look thinner than they used to. No pain, no numbness anywhere, no headaches. Arms and legs feel ok though my left hand is maybe a bit clumsy with keys.

GP did bloods which were normal and has referred me to neurology, routine, but the wait is twelve weeks.

EDIT: I know what google says. I've read the ALS forums. I just need to know from people who've been through it.

Should I push for an urgent appointment? Is there anything I should do about the choking in the meantime? Thank you for reading""")

case("forum_reply", 57, "female", "als", [], "consultation",
     ["+ wife writing about herself after reading thread", "+ speech slurred and nasal for three months",
      "+ tongue twitching and lip twitching", "+ difficulty swallowing", "- no sensory symptoms"],
     "clinical description: https://e-info.vn/twitching-tongue-bulbar-als-or-normal",
     """I've read this whole thread and I'm sorry for what you're all going through. Mine is a bit different from the anxious posters at the top - I'm 57, and over three months my speech has become slurred and nasal, my tongue twitches visibly when I stick it out and my lips flicker around the edges. Food sticks and I cough when I drink. I have no numbness or tingling anywhere. My GP has done bloods and a referral but I don't know if I should be pushing for it to be urgent. What did your neurologist do first, EMG?""")

case("parent_or_carer", 69, "male", "als", [], "consultation",
     ["+ husband's speech has become slurred over six months", "+ lips and chin twitch constantly",
      "+ wasting of hand muscles", "+ drooling and choking on food", "- no confusion", "- no sudden onset"],
     "clinical description: https://alsnewstoday.com/2016/10/04/early-diagnosis-of-bulbar-disease-in-als-possible-with-speech-movement-analysis",
     """I'm writing for my husband, he's 69. Over about six months his speech has gone slurred, getting steadily worse, not suddenly. His lips and chin twitch almost constantly, little flickers, and I can see the muscle between his thumb and first finger on his right hand has gone hollow. He drools now and he coughs and chokes on his food most meals. He's still completely himself in his mind, no confusion. He was a fit man, still playing bowls at Easter. The doctors did a scan of his head in the summer that was normal and we were told to wait for neurology. Is there anything we can do to hurry this along?""")

case("email_to_gp", 53, "male", "als", [], "consultation",
     ["+ weakness of right hand for five months", "+ twitching of lips, tongue and arm muscles",
      "+ muscle cramps", "+ speech becoming thick", "- no numbness", "- no pain"],
     "clinical description: https://experts123.com/q/what-is-bulbar-als-onset.html",
     """Dear Dr Bennett,

I would like to request an appointment. Over roughly five months my right hand has become weaker, I am dropping things and struggling with buttons, and the muscles in my right forearm and around my lips and tongue twitch a great deal, including at rest. I also get cramps in my calves and hands. In the last month my speech has become a little thick, particularly at the end of the day. I have no numbness, tingling or pain, and my bladder and bowels are normal.

Medicines: none regular.

I appreciate the twitching on its own is usually nothing, but with the weakness I am concerned and would like to be examined.

Many thanks,
Stephen Garvey""")

# ---------------------------------------------------------------- facial_nerve_injury
case("forum_post", 34, "female", "facial_nerve_injury", ["bells_palsy"], "consultation",
     ["+ Bell's palsy on the left eight months ago", "+ now mouth corner twitches when blinking",
      "+ eye closes when smiling or eating", "+ tight cheek", "- no new weakness", "+ watery eye when eating"],
     "clinical description: https://discovery.researcher.life/article/frequency-and-location-of-synkineses-in-patients-with-peripheral-facial-nerve-paresis/c1410ff60516327c99d45ab33a6e63c0",
     """8 months after Bell's palsy - now my mouth twitches every time I blink??

Had Bell's on my left side in February. Took steroids, slowly got most movement back, was feeling really positive by summer.

But now, whenever I blink, the left corner of my mouth twitches up. When I smile or chew my left eye narrows and half closes, like I'm winking at everyone. My cheek feels tight and pulled, like I've had a bad filling, especially by the evening. Oh and my left eye waters when I eat, which is lovely in restaurants. The weakness isn't coming back or getting worse, this is new movements I can't control.

I did a lot of the chewing-gum and face exercises I found online in the early weeks, really hard, in the mirror. Now I've read that might have made this worse?? Feeling so guilty.

Update: found a name for it, "synkinesis". My GP hadn't heard of facial therapy so I've asked to be referred to the facial palsy clinic.

Has anyone had botox or facial retraining for this? Does it ever settle? Who did you see?""")

case("email_to_gp", 47, "male", "facial_nerve_injury", [], "consultation",
     ["+ parotid gland tumour removed on the right five months ago", "+ lower lip and mouth corner twitch since recovery of movement",
      "+ mouth pulls when closing eye", "- no lump returning", "- no new numbness"],
     "clinical description: https://jms.ump.edu.pl/index.php/JMS/article/view/385/473",
     """Dear Dr Nwosu,

I had a benign parotid tumour removed from the right side in May (pleomorphic adenoma). After the operation my lower lip on the right was weak and I could not smile evenly. This has mostly recovered, but over the last two months I have noticed twitching of the right side of my lower lip and corner of my mouth, and when I close my right eye tightly my mouth pulls to that side. I have not felt any new lump and have no new numbness.

I have a follow-up with the ENT team in the new year. Should I be seen before then, and is there anything that helps with this?

Medicines: none.

Thank you,
Tomasz Nowak""")

case("short_message", 29, "female", "facial_nerve_injury", ["bells_palsy"], "consultation",
     ["+ had Bell's palsy last year", "+ lip twitches when she blinks", "- no new weakness"],
     "clinical description: https://pmc.ncbi.nlm.nih.gov/articles/PMC9682287",
     "had bells palsy last year, mostly recovered but now my lip jumps every time i blink. no new weakness. who treats this?")

case("forum_reply", 55, "male", "facial_nerve_injury", [], "consultation",
     ["+ facial nerve damaged in a car crash facial fracture two years ago", "+ lip twitches when he closes his eyes",
      "+ cheek tightness", "- no new weakness"],
     "clinical description: https://www.frontiersin.org/articles/10.3389/fneur.2022.1019554/full",
     """Replying to the OP about twitching after facial nerve damage. Mine was from a car crash two years ago, fractured cheekbone and the nerve got bruised, half my face didn't move for months. It came back mostly, but now when I shut my eyes my top lip twitches and pulls up, and my cheek feels tight and achy most evenings. Nothing new getting weaker. Physio helped a bit. Did your specialist suggest botox? Mine has offered it and I'm on the fence.""")

# ---------------------------------------------------------------- stroke
case("parent_or_carer", 79, "female", "stroke", [], "emergency_ambulance",
     ["+ sudden onset twenty minutes ago", "+ mouth drooping on right with lip twitching",
      "+ right arm weak, dropped her cup", "+ speech muddled", "+ on no anticoagulant, has atrial fibrillation"],
     "clinical description: https://stroke.bg/en/in-case-of-stroke-symptoms",
     """My mum is 79 and I'm at her house now. About twenty minutes ago she was having lunch and dropped her cup, her right arm just went. Now the right side of her mouth is hanging down and the corner of her lip keeps twitching and she's dribbling her tea. Her words are coming out muddled, she's trying to tell me something and it's the wrong words. She has an irregular heartbeat but stopped her blood thinner a few weeks ago because of a nosebleed. She says she's fine and wants a lie down. Should I let her rest and ring her GP?""")

case("short_message", 66, "male", "stroke", [], "emergency_ambulance",
     ["+ husband's face suddenly lopsided with lip twitching", "+ speech slurred", "+ left arm weak",
      "+ started ten minutes ago"],
     "clinical description: https://www.mayoclinic.org/diseases-conditions/stroke/in-depth/health-tip/art-20450579",
     "husband's face suddenly lopsided, lip twitching, words slurred, cant lift left arm. started 10 mins ago. wait and see?")

case("voice_dictation", 58, "male", "stroke", [], "emergency_ambulance",
     ["+ sudden numb face and lip twitching an hour ago", "+ speech slurred", "+ right hand clumsy",
      "+ symptoms partly improving", "+ high blood pressure history"],
     "clinical description: https://222health.com/conditions-treatments/stroke/158387.html",
     "um so about an hour ago I was at my desk and suddenly the right side of my face went numb and my lip was twitching and um my words came out wrong like slurry my colleague said my mouth looked droopy and my right hand couldn't type properly it's a bit better now not completely I'm fifty eight I've got high blood pressure I didn't take my tablets this week my boss says go home and rest is that okay")

case("clinician_vignette", 71, "female", "stroke", [], "emergency_ambulance",
     ["+ sudden onset expressive speech difficulty 40 minutes ago", "+ right lower facial weakness with perioral twitching",
      "+ right arm drift", "+ atrial fibrillation", "- no head injury"],
     "clinical description: https://pipsparadigmstroke.blogspot.com/p/act-fast.html",
     """71 yo F, telephone triage via daughter at 14:10. Onset 13:30 while gardening: sudden difficulty finding words, R side of mouth "slipped", twitching at R corner of mouth. Daughter reports pt cannot lift R arm fully; arm drifts down. PMH AF (on apixaban, ?missed doses), HTN, T2DM on metformin. No head injury, no seizure witnessed, no headache reported. Pt alert but frustrated, speech effortful with word-finding errors.""")

# ---------------------------------------------------------------- alcoholic_neuropathy
case("forum_post", 49, "male", "alcoholic_neuropathy", [], "consultation",
     ["+ heavy drinking for fifteen years", "+ numb burning feet and tingling fingertips",
      "+ lip and muscle twitching", "+ unsteady in the dark", "- no diabetes", "+ poor diet"],
     "https://eatsip365.com/signs-of-alcoholic-peripheral-neuropathy",
     """Burning feet, numb fingers and twitchy lips - is this the booze catching up with me?

Being honest because what's the point otherwise. I'm 49, bass player, I've drunk heavily for about fifteen years, most nights half a bottle of whisky or a slab of cans after gigs. Eat badly, lots of takeaway and skipping meals.

Past year my feet have got numb and they burn at night, like I've been standing on hot sand, and I've started losing my balance in the dark when I get up to the loo. Last few months my fingertips feel fuzzy and thick which is a disaster for playing. And I get muscle twitches all over, calves, arms, and my lips and chin flicker sometimes when I'm sat still.

No diabetes that I know of (they checked sugar a while back). Mate says it's my circulation.

Update: GP appointment booked for next Thursday, wife is coming with me so I can't chicken out.

What tests will they do? Does it get better if I stop drinking or is the damage done? Vitamin B tablets worth starting now?""")

case("email_to_gp", 62, "female", "alcoholic_neuropathy", [], "consultation",
     ["+ long-term heavy wine drinking", "+ numbness and pins and needles in both feet rising to the ankles",
      "+ weak ankles and falls", "+ twitching around the lips and in the calves", "- no diabetes",
      "- no back pain"],
     "clinical description: https://askdocdoc.com/wiki/article/1524-alcoholic-neuropathy",
     """Dear Doctor,

I would like an appointment about numbness in my feet. Over roughly a year, both feet have become numb with pins and needles, now up to the ankles, and worse at night. My ankles feel weak and I have had two falls on the stairs this autumn. I also notice my calf muscles twitch and sometimes my lips and around my mouth twitch in the evenings.

I should say honestly that I drink more than I should, around a bottle of wine a day for many years, since my husband died. I do not have diabetes and have no back pain.

Medicines: sertraline 100mg, omeprazole 20mg.

Thank you,
Patricia Lowe""")

case("non_native", 55, "male", "alcoholic_neuropathy", [], "consultation",
     ["+ drinking vodka daily for twenty years", "+ burning numb feet and weak legs",
      "+ lip and leg muscles twitching", "- no diabetes", "- no recent stopping of alcohol"],
     "clinical description: https://www.medifind.com/conditions/alcoholic-neuropathy/5618",
     """Hello, my name Andrzej, 55, I work in factory. Since maybe twenty years I drink every day, half bottle vodka, sometimes more at weekend. Now one year my feet are burning and numb like in ice, at night is very bad, and my legs become weak, I trip on the stairs. Also my lips are twitching sometimes and the muscles in the legs jumping. I don't have sugar diabetes, doctor check it. I did not stop drinking, I drink the same. My wife say it is from the alcohol. Is possible and can it be repair?""")

case("form_answers", 58, "male", "alcoholic_neuropathy", [], "consultation",
     ["+ numb tingling feet and hands for months", "+ heavy daily alcohol use",
      "+ muscle twitching including lips", "+ weight loss and poor eating", "- diabetes not known"],
     "clinical description: https://www.wisegeek.net/what-is-alcoholic-neuropathy.htm",
     """Main problem: numb, tingling feet and now fingers
How long: 8 months, slowly worse
Pain: burning feet at night
Weakness: legs feel weak on stairs
Twitching: yes, calves and sometimes round my mouth/lips
Balance: unsteady in the dark
Alcohol: 6-8 cans strong lager daily
Diet: poor, not eating much, lost weight
Diabetes: not that I know
Back pain: no
Medicines: none
Other: not sure""")

# ---------------------------------------------------------------- benign_fasciculation
case("forum_post", 27, "male", "benign_fasciculation", [], "consultation",
     ["+ twitching in lips, eyelids, calves and arms for three months", "+ no weakness on self-testing",
      "+ severe health anxiety about ALS", "+ normal neurological exam by GP", "+ worse after exercise and caffeine",
      "- no muscle wasting"],
     "https://visualfoodie.com/comparing-benign-fasciculation-syndrome-and-als",
     """3 months of twitching everywhere incl. lips - please talk me down (BFS?)

27M, software developer. Three months ago my eyelid started twitching, then my calf, and now it's everywhere - biceps, thighs, feet, and the last few weeks my lips, like a little pop at the corner of my mouth or a ripple on the bottom lip. Some days hundreds of twitches. Worse after the gym and after coffee, worse at night lying in bed.

I've been doing strength tests constantly, standing on my toes, gripping things, watching my tongue in the mirror (which obviously twitches when you stick it out and stare at it). I can still lift the same weights, no dropping things, no slurring, swallowing fine, no wasting I can see. I've read every ALS thread on the internet and I can't concentrate at work.

Update: saw GP, she examined me properly - reflexes, strength, watched me walk, looked at my tongue - and says everything is normal and it's most likely benign fasciculations and anxiety. Bloods are pending (she's checking thyroid, calcium, magnesium, CK).

Should I be pushing for an EMG to be sure? Does BFS ever go away? How did you all get past the fear?""")

case("forum_reply", 31, "female", "benign_fasciculation", [], "self_care",
     ["+ twitching in lips, eyelid and calves for over a year", "+ normal exam and normal EMG",
      "- no weakness", "+ twitches come and go with stress"],
     "https://eatsip365.com/the-link-between-fasciculation-syndrome-and-als",
     """Replying to the OP to say hang in there. Mine started 14 months ago, lips, eyelid, calves, feet, the lot. I did the same endless strength testing and googling. Neuro examined me and did an EMG which was normal apart from the twitches themselves, and he said with no weakness it's benign. Still twitch most days, lips included, worse when I'm stressed or have had too much coffee, but I've learned to ignore it and honestly it's less than it was.""")

case("form_answers", 24, "female", "benign_fasciculation", [], "self_care",
     ["+ random twitches in lips, thighs and arms for months", "+ previously seen, normal exam and bloods",
      "- no weakness", "- no swallowing or speech problems", "+ anxious"],
     "clinical description: https://wikisum.wiki/wiki/Benign_fasciculation_syndrome",
     """Q: What would you like help with?
A: twitching in my lips, legs, arms - been told its probably BFS, want reassurance
Q: How long?
A: about 5 months
Q: Weakness in arms, legs, hands?
A: no
Q: Trouble speaking, swallowing, breathing?
A: no
Q: Muscle wasting or loss of weight?
A: no
Q: Seen a doctor?
A: yes, GP exam normal, bloods normal (thyroid, calcium etc)
Q: Anything make it worse?
A: exercise, caffeine, anxiety
Q: How is your mood?
A: anxious, checking my body a lot""")

case("non_native", 36, "male", "benign_fasciculation", [], "consultation",
     ["+ twitching in lips, legs and arms for two months", "- no weakness", "- no wasting",
      "+ after viral infection", "+ worried about ALS"],
     "clinical description: https://healthjade.com/benign-fasciculation-syndrome",
     """Hi, I am Marco from Italy, 36, software engineer. Two months ago I had strong flu, and after this my muscles start twitching everywhere: the calf, the thigh, arms, and also the lips, small jump near the corner of mouth. It is many times in day, more in night when I relax. My force is normal, I go to gym and lift same weight, I don't fall, I speak and swallow normal. But I read about ALS and now I cannot sleep, I check my muscles all day. My doctor here did not examine me yet. Should I ask for neurologist?""")

# ---------------------------------------------------------------- multiple_sclerosis
case("forum_post", 31, "female", "multiple_sclerosis", [], "consultation_24",
     ["+ left side of face rippling twitch including lip for a week", "+ left cheek numb and swollen-feeling",
      "+ blurred painful vision in right eye two years ago that recovered", "+ tingling in legs last year",
      "- no weakness in limbs now"],
     "clinical description: https://tsba.info/facial-twitching-and-multiple-sclerosis/",
     """Rippling twitch on one side of my face + numb cheek - should I be worried? (31F)

For about a week the left side of my face has this constant rippling, wavy twitch, it goes across my cheek and down to my lip and chin, like worms moving under the skin. It doesn't stop, even when I'm lying still. Before that started, maybe a fortnight ago, my left cheek went numb and felt swollen, but it looks totally normal in the mirror.

Bits of history that may or may not matter: two years ago I had a blurry, painful right eye for a few weeks, optician said inflamed optic nerve and it got better on its own so nobody followed it up. Last year I had pins and needles in both legs for about a month after a stressful time at work. Both times I put it down to stress.

My arms and legs are fine right now, walking ok, no trouble with speech.

EDIT: my sister is a nurse and she went a bit quiet when I told her about the eye thing and told me to get seen this week.

What kind of doctor do I need for this? Can twitching be a sign of MS? I'm scared""")

case("clinician_vignette", 43, "male", "multiple_sclerosis", ["hemifacial_spasm"], "consultation_24",
     ["+ two weeks of continuous undulating movement of left face including perioral region",
      "+ left facial weakness mild", "+ previous episode of leg numbness", "- no headache",
      "- no limb weakness now"],
     "https://sinapse.pt/index.php/journal/user/setLocale/en_US?source=%2Findex.php%2Fjournal%2Farticle%2Fview%2F53",
     """43 yo M seen in general practice. 2/52 continuous involuntary wave-like movement across L side of face, involving L cheek and perioral muscles, with intermittent brief tonic spasms pulling L mouth corner. Present during sleep per wife. PMH: 3 yrs ago 6 wk episode of numbness from waist down, self-resolved, not investigated. O/E: visible L facial myokymia incl. orbicularis oris, mild L lower facial weakness, brisk reflexes R>L, plantars flexor. No headache, no diplopia, no limb weakness. Nil meds.""")

case("email_to_gp", 46, "female", "multiple_sclerosis", [], "consultation",
     ["+ rippling twitching of eyelid and cheek spreading to lip on and off for years",
      "+ slowly progressive right foot drop", "+ bladder urgency", "- no acute new weakness this week"],
     "https://gavingiovannoni.substack.com/p/case-study-facial-twitching-as-a",
     """Dear Dr Mahmood,

I wanted to ask for an appointment to discuss several things that I now wonder might be connected. Many years ago (around 18) I had a week of rippling twitching in my left eyelid and cheek that went down to my upper lip; it went away by itself. Since then I have had similar shorter bouts every so often, most recently last month around my mouth.

Over the last three or four years I have developed a right foot that catches and drags when I am tired, which is slowly getting worse, and I have bladder urgency. Nothing has changed suddenly this week.

Medicines: none except ibuprofen occasionally.

I would appreciate your thoughts on whether I should see a neurologist.

Best wishes,
Joanne Kirby""")

case("non_native", 29, "female", "multiple_sclerosis", [], "consultation_24",
     ["+ lower lip and chin rippling twitch for ten days", "+ numb tingling right hand for a week",
      "+ double vision for a few days last year", "- no headache", "- no fever"],
     "clinical description: https://scarysymptoms.com/2017/01/twitching-muscles-fasciculations-vs-myokymia/",
     """Hello, I am Ana from Colombia, 29 years, student here. Ten days my lower lip and chin have like waves moving, not stop, not like normal small twitch, it is rippling all the time. Also one week my right hand is numb and tingling. Last year I had some days when I see double, it go away alone so I don't go to doctor. I don't have headache or fever. I am afraid because my aunt has multiple sclerosis. Is it urgent? Where I go?""")

# ---------------------------------------------------------------- focal_seizure
case("parent_or_carer", 8, "male", "focal_seizure", [], "consultation_24",
     ["+ eight-year-old woke with one side of mouth twitching and drooling", "+ gurgling, could not speak for a minute",
      "+ aware during episode", "+ two episodes in a week, both from sleep", "- no fever", "+ back to normal after"],
     "clinical description: https://medtexts.com/pediatric-79030-what-strange-symptoms-might-be-seen-in-pediatric-epilepsy",
     """My son is 8 and twice this week he's come into our room early in the morning with the left side of his mouth twitching and pulling, drool running down his chin, making gurgling noises and unable to get any words out. Both times it lasted about a minute or two and he was awake and looking at us, he says he knew what was happening but "my mouth wouldn't work" and his cheek and tongue felt tingly. Afterwards he was completely back to normal and went to school. No temperature, no recent bump to the head. He's otherwise healthy and doing well at school. Who should we see and how quickly?""")

case("clinician_vignette", 62, "male", "focal_seizure", [], "emergency",
     ["+ recurrent episodes of rhythmic twitching of right mouth corner spreading to hand today",
      "+ each lasts two minutes", "+ previous meningioma surgery", "+ post-episode right hand weakness",
      "- no loss of consciousness"],
     "clinical description: https://www.newlifeticket.com/your-health/partial-seizures-focal-seizures-guide-10-facts-to-know/3/",
     """62 yo M, urgent same-day GP. Since 07:00 today 5 episodes of rhythmic jerking of R corner of mouth and R cheek, spreading to R hand, each ~2 min, fully aware throughout. Transient R hand weakness after each lasting ~20 min. PMH: L frontal meningioma resected 2019, nil seizures since; stopped levetiracetam 6 months ago. O/E between episodes: alert, speech normal, mild R pronator drift. Last episode 25 min ago. Nil fever, nil headache.""")

case("voice_dictation", 4, "female", "focal_seizure", [], "emergency_ambulance",
     ["+ four-year-old's mouth and face twitching on one side for over six minutes", "+ arm on same side jerking",
      "+ not answering", "+ has a temperature", "- still breathing"],
     "clinical description: https://aboutkidshealth.ca/healthaz/neurology/focal-impaired-awareness-seizures/?language=en",
     "please my daughter is four her mouth is twitching on the left side and her face pulling and now her left arm is jerking too it's been going like six no more than six minutes she's not answering me her eyes are looking to the side she's had a temperature today thirty nine she is breathing what do I do do I put her in the bath to cool down")

case("forum_reply", 10, "female", "focal_seizure", [], "consultation_24",
     ["+ ten-year-old with episodes of one-sided mouth twitching on waking", "+ tingly tongue and cheek",
      "+ unable to speak briefly", "- no loss of awareness", "+ three episodes in a month"],
     "clinical description: https://www.webmd.com/epilepsy/child-focal-seizure-symptoms",
     """Replying to the mum above because it sounds so like our daughter (10). Three times this month she's woken and the right side of her mouth twitches and pulls for a minute or so, her tongue and cheek feel "buzzy" and she can't get words out, though she's awake and knows what's happening. Fine straight after. No fever, no head injury. Our GP was going to refer routinely but we've now read these can be seizures. Did yours get an EEG quickly? Should we push for the paediatrician to see her sooner?""")

# ---------------------------------------------------------------- acute_dystonic_reaction
case("short_message", 25, "male", "acute_dystonic_reaction", [], "emergency",
     ["+ given anti-sickness injection yesterday", "+ face and lips twitching and pulling",
      "+ neck arching backwards", "- still breathing ok"],
     "https://shmabstracts.org/abstract/look-its-a-seizure-its-a-stroke-its-a-dystonic-reaction/",
     "had anti sickness jab yesterday for vomiting. now face twisting, lips twitching, neck arching back on its own. breathing ok. wait?")

case("forum_post", 23, "female", "acute_dystonic_reaction", [], "emergency",
     ["+ took metoclopramide every eight hours for a day for nausea", "+ lower face tightness and twitching",
      "+ jaw forced open and to one side", "+ tongue feels swollen", "+ neck twisting", "- no rash"],
     "https://pmc.ncbi.nlm.nih.gov/articles/PMC5233782",
     """Face twitching, jaw pulling open, tongue feels swollen - allergic reaction?? (23F)

Had a bad bout of nausea yesterday (possibly food poisoning from a work lunch) so I took some metoclopramide that was left over from my mum's chemo, 10mg every 8 hours, three doses since yesterday morning.

This evening my lower face started feeling really tight and twitchy, my lips keep twitching and pulling into a weird grimace like I'm smiling when I'm not. Now my jaw keeps getting forced open and pulled to the left and I can't close it properly, and my neck keeps twisting to one side. My tongue feels thick and swollen and talking is hard. I'm panicking which is making it worse. No rash, no hives, not wheezy.

I took a Piriton in case it's an allergy. It's 11pm.

EDIT: boyfriend is reading the comments out to me, people are saying it's the tablet and to go to A&E now not wait for the GP. We're getting a taxi.

Has anyone had this from metoclopramide? What do they give you? Will it go away?""")

case("parent_or_carer", 16, "male", "acute_dystonic_reaction", [], "emergency",
     ["+ sixteen-year-old given prochlorperazine for migraine vomiting yesterday", "+ lips twitching and mouth twisting",
      "+ tongue pushing out", "+ eyes rolling up and getting stuck", "+ difficulty swallowing and talking",
      "- fully aware"],
     "https://scilit.net/publications/8eccd4af225b8959e6b1d4bab7db2a53",
     """My son is 16 and gets migraines with vomiting. Yesterday the out of hours doctor gave him prochlorperazine tablets, he's had three. About an hour ago his lips started twitching and his mouth twisted to one side, now his tongue keeps pushing out of his mouth, his eyes keep rolling up and getting stuck there for a few seconds, and he's struggling to swallow and talk. He's completely aware and very frightened, he can tell me what's happening by writing on his phone. He's breathing ok at the moment. His dad thinks he's putting it on because he didn't want to go to school. Could it be the tablets?""")

case("clinician_vignette", 25, "female", "acute_dystonic_reaction", [], "emergency",
     ["+ metoclopramide started 24 hours earlier", "+ facial twitching and slurred speech for two hours",
      "+ tongue protrusion", "- no fever", "- no previous movement disorder", "+ fully alert"],
     "https://link.springer.com/10.1186/s13256-021-03110-y",
     """25 yo F student, phoned in by flatmate to practice duty doctor. Started metoclopramide 10 mg TDS + pantoprazole yesterday for dyspepsia (prescribed by walk-in clinic). Since ~2 h: facial twitching incl. perioral muscles, slurred speech; abnormal tongue protrusion since yesterday evening. Alert and oriented, distressed. Afebrile per flatmate. No hx seizures or movement disorders, no FHx. Nil other meds, nil known allergies. Flatmate reports pt managing saliva but speech hard to understand.""")
# ---------------------------------------------------------------- hypoglycaemia
case("clinician_vignette", 83, "female", "hypoglycaemia", [], "emergency_ambulance",
     ["+ on gliclazide with reduced eating after a cold", "+ found confused and sweaty by carer",
      "+ perioral twitching and tremor", "+ capillary glucose 2.1", "+ unable to swallow safely"],
     "clinical description: https://medizzy.com/feed/39904481",
     """83 yo F, care agency call to surgery 09:40. Carer found pt in bed, pale, clammy, muttering, not recognising carer. Tremulous with twitching around the mouth. Capillary glucose 2.1 mmol/L on carer's meter. T2DM on gliclazide 80 mg BD and metformin; eating poorly x3 days with URTI; took usual gliclazide last night. Pt drowsy, coughing when offered sips of sugary drink, unable to swallow safely. No glucagon in the house.""")

case("short_message", 19, "female", "hypoglycaemia", [], "self_care",
     ["+ type 1 diabetic", "+ shaky with tingling twitchy lips after gym", "+ sugar was 3.2, now 6.1 after juice",
      "- no confusion"],
     "clinical description: https://p2dm.salzburgresearch.at/?p=515",
     "type 1, went shaky sweaty and lips tingly twitchy after gym. meter said 3.2, had juice and dextrose, now 6.1. fine now right?")

case("form_answers", 34, "female", "hypoglycaemia", [], "consultation",
     ["+ episodes of shakiness, sweating and lip tingling two to three hours after meals", "+ lips twitch during episodes",
      "+ eased by eating", "- not diabetic", "- no loss of consciousness", "+ had gastric bypass two years ago"],
     "clinical description: https://review.trendsmask.com/what-does-low-blood-sugar-feel-like-115982.html",
     """What is the problem: episodes of shaking, sweating, heart pounding, lips tingle and twitch
When: usually 2-3 hours after eating, esp. after pasta/cake
How often: 3-4 times a week for 2 months
What helps: eating something sweet, better in 10-15 min
Ever passed out: no
Diabetes: no
Past surgery: gastric bypass 2 years ago
Weight: lost 40kg since
Medicines: multivitamin, iron, B12 injections
Checked sugar during episode: no meter
Anything else: not sure if its anxiety, feel foggy during them""")

case("voice_dictation", 76, "male", "hypoglycaemia", [], "emergency_ambulance",
     ["+ father on insulin skipped dinner", "+ very sweaty, confused and slurring",
      "+ lips twitching and shaking", "+ too drowsy to drink safely", "- no meter reading"],
     "clinical description: http://www.healthcentral.com/encyclopedia/adam/hypoglycemia-4007983/symptoms/",
     "um my dad he's seventy six he's diabetic on insulin he didn't eat his tea tonight because he felt sick and now he's really sweaty and his lips are twitching and shaking and he's talking rubbish like slurring he doesn't know what day it is I tried to give him a drink of lucozade but he's too sleepy he keeps dribbling it out I can't find his meter what do I do")

# ---------------------------------------------------------------- ramsay_hunt_syndrome
case("forum_post", 54, "female", "ramsay_hunt_syndrome", [], "consultation_24",
     ["+ earache and vertigo for two days treated as ear infection", "+ woke with half of face paralysed forehead to chin",
      "+ lip twitching before the paralysis", "+ small blisters in the ear canal", "+ loss of taste on one side of tongue",
      "- no arm or leg weakness"],
     "https://www.otherarticles.com/health/diseases-and-conditions/185008-ramsay-hunt-syndrome.html",
     """Ear infection turned into half my face not moving?? blisters in ear (54F)

Bit of a long story. Going through a horrible divorce, hardly sleeping. Sunday and Monday I had spells of the room spinning, then a bad ache deep in my left ear. Urgent care said ear infection and gave me antibiotics and something for dizziness.

Yesterday evening my top lip on the left kept twitching, I thought from stress. This morning I woke at 4am and the whole left side of my face has stopped moving - forehead, eye, mouth. I can't close my left eye, water falls out of that side of my mouth, and the left side of my tongue tastes nothing. My partner looked in my ear with a torch and there are little blisters in the ear canal and on the bit at the front. Hearing on that side is muffled and there's ringing. Arms and legs are fine, I can talk ok apart from the lip.

I have read about shingles getting into the ear nerve and that you need antivirals within 3 days.

Update: GP surgery triage nurse says to come in this morning and they'll probably refer to ENT same day.

Has anyone had this? Did the antivirals and steroids help? Did your hearing come back?""")

case("email_to_gp", 71, "male", "ramsay_hunt_syndrome", [], "consultation_24",
     ["+ severe pain in right ear for three days", "+ blistering rash on the ear", "+ right-sided facial weakness since today",
      "+ lip twitching on that side yesterday", "+ ringing in the ear", "- no limb weakness"],
     "http://www.irishhealth.com/askdoc.html?q=2192&qasect=8",
     """Dear Dr Sharma,

I am writing about my father, Brian Walsh, aged 71, who lives with us. For three days he has had severe burning pain in and around his right ear, and yesterday a crop of small blisters appeared on the outer ear and just inside the ear canal. Yesterday his upper lip on the right was twitching, and this morning the right side of his face has become weak: he cannot close his right eye fully and his mouth droops on that side. He also has ringing in that ear. His arms and legs are fine and his speech is understandable.

He had chickenpox as a child and has not had the shingles vaccine. Medicines: tamsulosin, atorvastatin, amlodipine.

Could he please be seen today? We can bring him in at any time.

Many thanks,
Kathleen Walsh""")

case("voice_dictation", 43, "male", "ramsay_hunt_syndrome", [], "consultation_24",
     ["+ very painful ear with blisters", "+ side of face drooping since this afternoon",
      "+ lip twitching earlier", "+ dizzy", "- no arm weakness"],
     "https://winenfood.com/a-guide-to-ramsay-hunt-syndrome-symptoms",
     "hi um so for two days I've had really bad pain in my left ear like burning and now there's a rash with blisters inside the ear and round the back and um this afternoon my lip on that side started twitching and now the left side of my face is drooping I can't smile on that side and my eye won't shut properly I'm dizzy and the ear is ringing no my arms are fine I'm not slurring except my lip is floppy I've got a meeting tomorrow can it wait till after")

case("non_native", 38, "female", "ramsay_hunt_syndrome", [], "consultation_24",
     ["+ burning pain in ear, eye and mouth for two days", "+ face feels swollen and half paralysed today",
      "+ lip twitching before", "+ small blisters in ear and on tongue", "- no weakness in body"],
     "https://www.melaniealbin.com/post/my-experience-with-ramsay-hunt-syndrome",
     """Hello, I am from Germany, 38, working here for one year. Since two days I have very strong burning pain in my right ear and around the eye and mouth, like fire. Today my face feel swollen on the right and I look in mirror and it is half paralysed, the mouth is hanging and the eye not closing. Before this my lip was twitching a lot on this side. I have small blisters inside the ear and one on the tongue side. My arms and legs no problem. I had chickenpox when child. I read that I need medicine in first three days. Can I get appointment today?""")

# ---------------------------------------------------------------- guillain_barre_syndrome
case("forum_post", 36, "male", "guillain_barre_syndrome", [], "emergency",
     ["+ tingling in hands and feet for twelve days", "+ left face weak then right face weak",
      "+ lips twitching and cannot whistle or close eyes properly", "+ legs a bit weak climbing stairs",
      "+ diarrhoeal illness three weeks ago", "- no breathing difficulty yet"],
     "https://www.amjcaserep.com/abstract/index/idArt/932757",
     """Told I had Bell's palsy, now BOTH sides of my face are going?? (36M)

About three weeks ago I had a nasty bout of food poisoning after a barbecue. A week or so later I started getting pins and needles in my fingers and toes, which I ignored. Then five days ago the left side of my face went weak, the walk-in said Bell's palsy and gave me steroids.

Now, since yesterday, the right side is going too. I can't close either eye properly, can't whistle or blow my cheeks out, and my lips keep twitching and feel stiff, food falls out when I chew. I sound like I've got a mouth full of marbles. My legs feel a bit heavy going upstairs and my ankles feel wobbly. Breathing is fine for now.

I googled "Bell's palsy both sides" and it came up with Guillain-Barré, Lyme disease and a load of other scary stuff.

Update: rang 111, they told me to go to A&E now and not to drive.

Has anyone had GBS start in the face like this? What happens in hospital? Will they do a lumbar puncture?""")

case("clinician_vignette", 50, "male", "guillain_barre_syndrome", [], "emergency",
     ["+ two days of slurred speech and bilateral facial weakness", "+ perioral twitching and difficulty closing both eyes",
      "+ recent COVID infection three weeks ago", "- no limb weakness", "+ reduced reflexes"],
     "https://www.medscape.com/viewarticle/964325_2",
     """50 yo M, previously well, seen at GP. 2 days slurred speech, difficulty closing both eyes, "face feels stiff", intermittent twitching around lips. Confirmed SARS-CoV-2 infection ~3 wks ago (mild). O/E: bilateral LMN facial weakness incl. forehead, cannot purse lips or puff cheeks, mild dysarthria. Limb power 5/5, reflexes reduced at ankles, no sensory level. Obs: HR 78, BP 130/80, T 36.5, SpO2 97% RA. No diplopia, no dysphagia reported. Nil meds.""")

case("email_to_gp", 19, "male", "guillain_barre_syndrome", [], "emergency",
     ["+ had flu two weeks ago", "+ tingling in both feet and hands", "+ both sides of face weak over three days",
      "+ lips twitchy, can't drink from a bottle without spilling", "- no breathing problems",
      "+ writer minimises"],
     "https://www.ndcn.ox.ac.uk/publications/598086",
     """Dear Doctor,

Sorry to bother you, this is probably nothing and I can come in next week. I am 19 and had flu about two weeks ago. Since last weekend both my feet and my hands have been tingling like pins and needles. Over the last three days both sides of my face have gone weak: I can't close my eyes tightly, I can't smile properly, my lips twitch and feel rubbery and I spill water when I drink from a bottle. My walking is ok and my breathing is fine.

I don't take any regular medicines.

My mum thinks I should go to hospital but I think it's just a virus. Is an appointment next week ok?

Thanks,
Callum Reid""")

case("non_native", 42, "male", "guillain_barre_syndrome", [], "emergency",
     ["+ flu-like illness two weeks ago", "+ cannot close both eyelids for one week", "+ cheeks swollen-feeling and lips twitching",
      "+ tingling in feet", "+ now legs feel weak", "- no problem breathing"],
     "http://membership.sciencepublishinggroup.com/journal/paperinfo?journalid=151&doi=10.11648/j.cmr.20190804.13",
     """Good afternoon. I am Moussa, 42, from Senegal, driver. Two weeks before I had flu with fever. Now one week I cannot close my two eyes when I sleep, my wife see it. My cheeks feel swollen and my lips are twitching and I cannot blow or whistle. My feet have tingling like ants. Today my legs are more weak, climbing to my flat is hard, I hold the wall. I can breathe okay. I take only paracetamol. Please, which doctor I see, I can wait to Monday?""")

# ---------------------------------------------------------------- lithium_toxicity
case("forum_post", 79, "female", "lithium_toxicity", [], "emergency",
     ["+ mother on lithium for bipolar disorder", "+ confused and muddled speech for a week",
      "+ twitching lips and jerking hands", "+ unsteady and fell overnight", "+ vomiting and diarrhoea",
      "+ drinking little"],
     "http://www.pulsetoday.co.uk/lithium-toxicity-presenting-as-delirium-in-an-older-patient/11008728.article",
     """Mum (79) confused, twitchy and falling - could it be her lithium? (posting for her)

My mum lives alone and has been on lithium for bipolar for decades, she's been very stable. She also has an underactive thyroid and mild memory problems.

Over the past week she's become more and more confused, her speech is muddled and she's struggling to find words. When I visited today her lips were twitching and her hands jerk suddenly when she reaches for things. She fell in the night and couldn't get up until I came this morning. She's had sickness and diarrhoea for a few days and says she hasn't felt like drinking much because of the heat. Her lithium level was checked a few weeks ago and I think it was fine.

The GP receptionist says the earliest appointment is Thursday.

Update: the pharmacist I spoke to said not to wait and to get her to A&E today because of the lithium and the dehydration.

Has anyone had this happen with a parent? Would the level still be high even if it was normal a few weeks ago? What will they do?""")

case("clinician_vignette", 45, "male", "lithium_toxicity", [], "emergency",
     ["+ long-term lithium for bipolar disorder", "+ confusion, slurred speech and unsteady gait",
      "+ coarse tremor with perioral twitching", "+ passing large volumes of dilute urine, thirsty",
      "+ raised creatinine on recent bloods"],
     "https://reference.medscape.com/viewarticle/979595_3",
     """45 yo M, home visit requested by sister. Bipolar affective disorder on lithium carbonate 800 mg nocte for 12 yrs. 1/52 increasing confusion, slurred speech, unsteady, incontinent of urine x2. Sister reports he drinks "constantly" and passes large volumes. O/E: disorientated to time, dysarthric, coarse tremor both hands, twitching of perioral muscles, horizontal nystagmus, wide-based ataxic gait. Obs: HR 104, BP 108/64, T 37.2. Recent bloods (3/12 ago): creatinine rising, no lithium level since. Other meds: nil.""")

case("forum_reply", 33, "female", "lithium_toxicity", [], "consultation_24",
     ["+ on lithium for two years", "+ started regular ibuprofen for back pain a week ago",
      "+ hand tremor worse and lip twitching", "+ mild nausea", "- no confusion", "- no vomiting or diarrhoea"],
     "clinical description: https://fluoridationqueensland.com/lithium-toxicity/",
     """Replying to the person asking about lithium and painkillers because this might be me. I've been on lithium for two years, levels always fine. A week ago I hurt my back and have been taking ibuprofen 400 three times a day. The last couple of days my hand tremor is much worse, my lips have started twitching and I feel a bit queasy. I'm thinking straight, no vomiting or diarrhoea, walking fine. Should I stop the ibuprofen and just mention it at my next level check in a month, or get a level done sooner?""")

case("form_answers", 68, "female", "lithium_toxicity", [], "emergency",
     ["+ on lithium", "+ vomiting and diarrhoea for three days", "+ coarse shaking and muscle twitching including lips",
      "+ drowsy and unsteady", "+ new water tablet started last month"],
     "clinical description: https://www.rrnursingschool.biz/renal-failure-2/signs-and-symptoms-of-toxic-effects-of-lithium.html",
     """Completed by: husband
Patient age: 68
Main symptom: shaking badly, lips and face twitching, jerky arms
Started: 2 days ago, getting worse
Other symptoms: vomiting + diarrhoea 3 days, very drowsy, unsteady walking, slurred
Confused: yes, a bit
Regular medicines: lithium 600mg (for 20 years), bendroflumethiazide (new last month for blood pressure), levothyroxine
Last lithium blood test: not sure, maybe 3 months ago
Drinking fluids: hardly
Fever: no
Anything else: she's never been like this""")

# ---------------------------------------------------------------- serotonin_syndrome
case("forum_post", 38, "male", "serotonin_syndrome", [], "emergency",
     ["+ on fluoxetine and started tramadol for back pain", "+ twitching lips, jerking legs and shaking",
      "+ sweating heavily and feels hot", "+ diarrhoea", "+ agitated and restless", "- no head injury"],
     "clinical description: https://thedrugclassroom.com/video/serotonin-toxicity-serotonin-syndrome/",
     """Started tramadol on top of fluoxetine - shaking, twitching, sweating. Withdrawal or something else?

38M. On fluoxetine 40mg for depression for about a year. Did my back in lifting a wardrobe on Saturday and the walk-in gave me tramadol, I've been taking 100mg four times a day since Sunday, also took a cough medicine last night with dextromethorphan in it.

Since this morning I feel awful. My lips keep twitching, my legs jerk by themselves especially when I try to stand still, my knees and ankles keep bouncing. I'm shaking, drenched in sweat, heart racing, I feel really hot, had diarrhoea three times. I can't sit still, I'm pacing around the flat and feel wired and anxious like I've had ten coffees. Pupils look huge in the mirror.

I read that tramadol can cause withdrawal-type feelings so I was going to take another one to settle it.

EDIT: a few people replied saying DO NOT take more and that this sounds like serotonin syndrome and to go to A&E. My brother is driving me now.

Has anyone had this? What do they do in hospital? Will I have to stop the fluoxetine?""")

case("short_message", 29, "female", "serotonin_syndrome", [], "emergency",
     ["+ on sertraline and took MDMA", "+ lips twitching and legs jerking", "+ very hot and sweaty",
      "+ agitated"],
     "clinical description: https://www.seekhealthz.com/health/how-does-serotonin-syndrome-develop/",
     "im on sertraline and took mdma tonight, now lips twitching, legs jerking nonstop, boiling hot and sweating, cant stop pacing. sleep it off?")

case("clinician_vignette", 67, "female", "serotonin_syndrome", [], "emergency_ambulance",
     ["+ venlafaxine dose increased and linezolid started", "+ temperature 40.1",
      "+ inducible ankle clonus and hyperreflexia", "+ perioral twitching and tremor",
      "+ agitation and confusion"],
     "clinical description: https://docslib.org/doc/5349558/serotonin-syndrome-preventing-recognizing-and-treating-it",
     """67 yo F, nursing home, GP called urgently by staff. Venlafaxine increased to 225 mg 5 days ago; linezolid started 2 days ago for infected leg ulcer. Today acutely agitated and confused, diaphoretic, diarrhoea x4. O/E: T 40.1, HR 128, BP 176/94, RR 24, SpO2 95%. Mydriasis, tremor, twitching around the mouth, hyperreflexia lower limbs with sustained ankle clonus, ocular clonus. No neck stiffness. Other meds: amlodipine, paracetamol.""")

case("form_answers", 45, "female", "serotonin_syndrome", [], "emergency",
     ["+ on citalopram", "+ started sumatriptan and extra over-the-counter migraine tablets", "+ twitching lips and jerking limbs",
      "+ sweating, shivering and racing heart", "+ agitated"],
     "clinical description: http://ssf.f15ijp.com/wiki/index.php/Serotonin_syndrome",
     """Main symptom: twitching mouth, jerky arms and legs, shivering
When did it start: this afternoon, worse in last 2 hours
Medicines: citalopram 30mg daily (1 yr), sumatriptan 50mg x3 today for migraine, St John's wort (started 2 weeks ago, didn't tell GP)
Temperature: 38.4
Heart: racing
Sweating: yes drenched
Diarrhoea: yes
Mood/thinking: restless, cant settle, feel panicky
Neck stiffness: no
Rash: no
Anything else: not sure what's causing it""")

# ---------------------------------------------------------------- neuroleptic_malignant_syndrome
case("clinician_vignette", 58, "female", "neuroleptic_malignant_syndrome", ["serotonin_syndrome"], "emergency_ambulance",
     ["+ given repeated haloperidol doses for post-operative agitation", "+ also on paroxetine",
      "+ temperature 39.6 with generalised rigidity", "+ altered consciousness", "+ perioral twitching and tremor",
      "+ fluctuating blood pressure"],
     "https://tomesphere.com/paper/PMC11056805.md",
     """58 yo F, GP called to community rehab unit, day 5 post hip ORIF. Agitation on ward treated with multiple haloperidol doses over 48 h; continues home paroxetine. Today: drowsy, responding only to voice, mute. O/E: T 39.6, HR 122, BP 182/100 then 104/60 on repeat, RR 26. Generalised lead-pipe rigidity, coarse tremor, twitching around mouth. Profuse sweating. Reflexes normal, no clonus elicited. Urine dark.""")

case("parent_or_carer", 56, "male", "neuroleptic_malignant_syndrome", [], "emergency_ambulance",
     ["+ brother recently started on fluphenazine injection", "+ high fever and soaked in sweat",
      "+ stiff as a board and hardly moving", "+ drowsy, not talking", "+ lips twitching and trembling"],
     "https://garuda.kemdiktisaintek.go.id/documents/detail/5171542",
     """I'm worried about my brother, he's 56 and lives with me. He has schizophrenia and about ten days ago his psychiatrist switched him to the fluphenazine injection. Since yesterday he's burning up, soaked in sweat, and he's gone stiff as a board - I can hardly bend his arms to get his jumper off. He's very drowsy and has stopped talking, just stares, and his lips keep twitching and trembling. He's barely eaten or drunk anything today. The crisis team said they'd visit tomorrow. Is it ok to wait for them?""")

case("forum_reply", 31, "male", "neuroleptic_malignant_syndrome", [], "emergency",
     ["+ started haloperidol for psychosis four days ago", "+ fever 38.9", "+ very stiff and confused",
      "+ lip and hand tremor", "+ fast heart rate"],
     "https://www.droracle.ai/articles/639667/what-is-the-most-important-intervention-for-a-patient",
     """Replying to the OP about antipsychotic side effects because I'm worried about my partner. He's 31 and was started on haloperidol four days ago after a psychotic episode. Tonight he's confused and agitated, his muscles are rigid, his lips and hands have a tremble and his temperature is 38.9. His heart is going fast, about 100 when I counted. The ward said the stiffness was a normal side effect and to give him fluids. Is this normal??""")

case("voice_dictation", 74, "male", "neuroleptic_malignant_syndrome", ["parkinsons_disease"], "emergency_ambulance",
     ["+ husband with Parkinson's ran out of his tablets four days ago", "+ very high temperature",
      "+ rigid and cannot move", "+ confused and mumbling", "+ lips twitching, sweating heavily"],
     "clinical description: http://bibalex.org/Supercourse/lecture/lec6001/016.htm",
     "hello um my husband he's got Parkinson's and the pharmacy didn't have his co-careldopa so he's been without it since Friday that's four days and now he's completely stiff he can't move at all in the bed he's burning hot I took his temperature its thirty nine point eight and he's sweating buckets and mumbling not making sense his lips are twitching and his heart is going really fast I've got some of the tablets now should I just give him a double dose and see")

# ---------------------------------------------------------------- nicotine_poisoning
case("parent_or_carer", 2, "female", "nicotine_poisoning", [], "emergency",
     ["+ two-year-old sucked on an e-liquid refill bottle", "+ vomited twice", "+ irritable and lips twitching",
      "+ drooling", "- awake and alert"],
     "https://docslib.org/doc/5607473/e-cigarette-liquid-nicotine-ingestion-in-a-child-case-report-and-discussion",
     """Help - my daughter is 2 and about twenty minutes ago I found her with my vape refill bottle (18mg nicotine, strawberry) with the cap chewed off, sucking on it. Not sure how much she got, the bottle was about half full before and now it's sticky everywhere. Since then she's been sick twice, she's really whiny and irritable, drooling loads, and her lips keep twitching. She's awake and looking at me and crying. I've rinsed her mouth out. Do I make her drink milk? Do I need to take her somewhere or watch her at home?""")

case("short_message", 3, "male", "nicotine_poisoning", [], "emergency",
     ["+ three-year-old chewed nicotine gum pieces", "+ vomiting and pale", "+ lips twitching",
      "- awake"],
     "clinical description: https://praiserichmond.com/1286091/e-cigarettes-are-poisoning-you/2/",
     "3yo chewed about 4 pieces of my nicotine gum, now vomiting, pale, lips twitching. awake. watch at home?")

case("non_native", 17, "male", "nicotine_poisoning", [], "consultation_24",
     ["+ harvesting wet tobacco leaves in the morning", "+ vomiting, dizziness and headache since",
      "+ lips twitching and sweating", "- not confused", "- no breathing problems"],
     "clinical description: http://www.farmworkerlanc.org/know-your-rights/green-tobacco-sickness/",
     """Hello, I write for my cousin Luis, he is 17. He start job in tobacco farm this week. Today morning the leaves are wet from rain and his clothes become wet totally. Now afternoon he vomit three times, he is very dizzy and has headache, he is sweating and his lips are twitching, also weak. He is talking normal and knows everything, he is breathing okay. Other workers say is "the green sickness" and it pass. He can stay in home or he need doctor today?""")

case("clinician_vignette", 0, "male", "nicotine_poisoning", [], "emergency_ambulance",
     ["+ ten-month-old ingested e-cigarette liquid 45 minutes ago", "+ repeated vomiting",
      "+ drowsy but rousable to voice", "+ tachycardic with grunting breathing", "+ perioral and limb twitching"],
     "https://www.acep.org/how-we-serve/sections/toxicology/news/december-2016/nicotine-ingestions-in-children/",
     """10/12 M, parent phoned surgery 11:05. Ingested unknown amount of e-cigarette refill liquid from bottle left on coffee table ~45 min ago. Since: repeated vomiting (x4), now sleepy, rousable to voice only, grunting respirations, HR reported "very fast" by parent. Twitching around mouth and of limbs. Previously well, no PMH. Parent has vomit-stained cloth, no bottle label details to hand.""")

# ---------------------------------------------------------------- dental_local_anaesthetic
case("forum_post", 32, "female", "dental_local_anaesthetic", [], "self_care",
     ["+ lower filling with numbing injection this morning", "+ lower lip and chin twitching as numbness wears off",
      "+ tingly pins and needles", "- no drooping when smiling now", "- no swelling or difficulty breathing",
      "+ settled by the evening"],
     "clinical description: https://necolebitchie.com/is-facial-twitching-normal-as-novocaine-wears-off",
     """Lip twitching after dentist injection - normal??

Had two fillings on the bottom left at 9am today, dentist gave me an injection at the back of the jaw (the one that numbs your whole lip and half your tongue). Numbness was pretty intense, drank my coffee through a straw and still dribbled it down my top, classic.

About 1pm as the feeling started coming back my lower lip and chin on the left started twitching, like little jumps and flickers, and it felt like fizzy pins and needles crawling along my lip. A couple of times the corner of my mouth sort of jumped on its own. Smiling looked a bit lopsided while it was still numb but now it's even. No swelling, no rash, breathing fine, no headache.

Googled "lip twitching after dentist" and got a mix of "totally normal" and "nerve damage" which is not the reassurance I wanted.

Update 8pm: feeling is completely back and the twitching stopped around 5. Bit sore where the needle went in.

So that was just the anaesthetic wearing off? Is it worth ringing the dentist tomorrow anyway? Anyone else get this?""")

case("short_message", 14, "male", "dental_local_anaesthetic", [], "self_care",
     ["+ had tooth numbed at dentist two hours ago", "+ lip twitching and tingling as numbness fades",
      "- no swelling"],
     "clinical description: https://biologyinsights.com/how-long-does-lip-stay-numb-after-dentist",
     "son 14 had tooth numbed 2hrs ago, lip now twitching and tingly as it wears off. no swelling. normal?")

case("voice_dictation", 47, "male", "dental_local_anaesthetic", [], "self_care",
     ["+ dental injection for crown preparation an hour ago", "+ upper lip twitching and jumping",
      "+ heart raced briefly after injection", "- no breathing difficulty", "- no rash"],
     "clinical description: https://scienceinsights.org/what-is-a-normal-reaction-to-a-dental-numbing-injection",
     "yeah so I've just come out of the dentist about an hour ago had a crown prep on the top so they did the numbing injection in the gum um and right after my heart was racing for a minute or two which the nurse said was normal and now my top lip is jumping like twitching every few seconds its still half numb um no I'm not struggling to breathe no rash no swelling is the twitching normal should I go back")

case("form_answers", 44, "female", "dental_local_anaesthetic", [], "consultation",
     ["+ lower jaw dental injection for bridge preparation six days ago", "+ lower lip and chin still numb",
      "+ twitching and tingling in the lip", "- no swelling or infection signs", "- no facial weakness"],
     "https://www.drsirin.com/post/post-dental-work-numbness",
     """Q: Reason for contact
A: lower lip still numb after dentist
Q: When was the procedure?
A: 6 days ago, bridge prep lower left, injection at back of jaw
Q: Symptoms now
A: left side of lower lip and chin numb, tingling, twitches on and off
Q: Getting better?
A: maybe a little, not sure
Q: Pain or swelling
A: no
Q: Fever
A: no
Q: Can you smile / close eyes normally?
A: yes
Q: Contacted dentist?
A: not yet
Q: Medicines
A: none""")


# ======================================================================== checks
AREA = re.compile(r"lip|mouth|chin|perioral|orbicularis oris", re.I)
MOVE = re.compile(r"twitch|jump|flicker|quiver|trembl|shak|flutter|jerk|rippl|wobbl|puls|spasm|pull|wave|smack|chatter|pop", re.I)
URL = re.compile(r"^(clinical description: )?https?://\S+$")
REPLY = re.compile(r"\b(OP|same as|replying|thread|above|original post)\b", re.I)
RELATION = re.compile(r"\b(my|our) (son|daughter|mum|mom|mother|dad|father|husband|wife|brother|sister|partner|baby|boy|girl|friend)\b", re.I)
SIGNOFF = re.compile(r"(Kind regards|Many thanks|Thank you|Thanks|Best wishes|Yours sincerely|Yours faithfully)", re.I)
FORMLINE = re.compile(r"^(Q:|A:|[A-Za-z][^:\n]{1,45}:)")
DICT_MARK = re.compile(r"\b(um|uh|no wait|no sorry|sorry|no it|no more|no I)\b", re.I)


def words(t):
    return len(t.split())


def check(cases):
    errors = []
    ids, texts, bases = set(), set(), set()
    per_cond = {c: 0 for c in CONDITIONS}
    per_voice = {v: 0 for v in VOICES}
    for c in cases:
        cid = c.get("id", "?")
        def err(msg):
            errors.append(f"{cid}: {msg}")
        if list(c.keys()) != KEYS:
            err(f"keys {list(c.keys())}")
        if cid in ids:
            err("duplicate id")
        ids.add(cid)
        t = c["text"]
        if not t.strip():
            err("empty text")
        if t in texts:
            err("duplicate text")
        texts.add(t)
        if not AREA.search(t):
            err("text does not mention lip/mouth/chin")
        if not MOVE.search(t):
            err("text does not mention a movement")
        if c["gold"] not in CONDITIONS:
            err(f"gold {c['gold']}")
        else:
            per_cond[c["gold"]] += 1
        acc = c["acceptable"]
        if c["gold"] in acc or len(set(acc)) != len(acc) or any(a not in CONDITIONS for a in acc):
            err(f"acceptable {acc}")
        if c["triage"] not in TRIAGE:
            err(f"triage {c['triage']}")
        if c["sex"] not in ("female", "male"):
            err("sex")
        if not isinstance(c["age"], int) or not 0 <= c["age"] <= 110:
            err("age")
        v = c["voice"]
        if v not in VOICES:
            err(f"voice {v}")
        else:
            per_voice[v] += 1
        f = c["facts"]
        if not 3 <= len(f) <= 8 or any(not (x.startswith("+ ") or x.startswith("- ")) for x in f):
            err(f"facts {f}")
        b = c["basis"]
        if not URL.match(b):
            err(f"basis {b}")
        if b in bases:
            err(f"duplicate basis {b}")
        bases.add(b)
        n = words(t)
        lines = t.split("\n")
        if v == "short_message" and not 8 <= n <= 30:
            err(f"short_message has {n} words")
        if v == "forum_post":
            if not 120 <= n <= 300:
                err(f"forum_post has {n} words")
            if len(lines) < 3 or lines[1].strip() != "" or len(lines[0]) > 120:
                err("forum_post lacks a title line")
            if not re.search(r"(^|\n)\s*(Update|EDIT|Edit)\b[^\n]*:", t):
                err("forum_post lacks Update:/EDIT:")
            last = [p for p in t.split("\n\n") if p.strip()][-1]
            if "?" not in last:
                err("forum_post does not end with questions")
        if v == "forum_reply" and not REPLY.search(t):
            err("forum_reply does not refer to the thread")
        if v == "voice_dictation":
            if len(re.findall(r"[.,;:!]", t)) > max(1, n // 40):
                err("voice_dictation has too much punctuation")
            if not DICT_MARK.search(t):
                err("voice_dictation lacks dictation fillers / self-corrections")
        if v == "email_to_gp":
            if not re.match(r"(Dear|Hello|Hi)\b", t):
                err("email_to_gp lacks a greeting")
            if not SIGNOFF.search(t):
                err("email_to_gp lacks a sign-off")
            if not re.search(r"medicine|medication", t, re.I):
                err("email_to_gp does not list medicines")
        if v == "form_answers" and sum(1 for ln in lines if FORMLINE.match(ln)) < 5:
            err("form_answers has fewer than 5 field lines")
        if v == "clinician_vignette" and re.search(r"\b(I|my|me)\b", re.sub(r'"[^"]*"', "", t)):
            err("clinician_vignette is not third person")
        if v == "parent_or_carer" and not RELATION.search(t):
            err("parent_or_carer does not name the relation")
        if v == "non_native" and n < 40:
            err("non_native too short")
    for k, n in per_cond.items():
        if n != 4:
            errors.append(f"condition {k} has {n} cases")
    for k, n in per_voice.items():
        if n != VOICES[k]:
            errors.append(f"voice {k} has {n} cases, expected {VOICES[k]}")
    if len(cases) != 140:
        errors.append(f"{len(cases)} cases, expected 140")
    return errors


def build():
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    out = []
    for rank, idx in enumerate(order, 1):
        c = CASES[idx]
        out.append({"id": f"TK{rank:03d}", **c})
    return out


def table(rows, cols, get):
    head = "| | n | " + " | ".join(cols) + " |"
    lines = [head, "|" + "---|" * (len(cols) + 2)]
    for r in rows:
        cells = [get(r, c) for c in cols]
        lines.append(f"| {r} | {sum(cells)} | " + " | ".join(str(x) if x else "" for x in cells) + " |")
    return "\n".join(lines)


def stats(cases):
    from collections import Counter
    print(f"cases: {len(cases)}")
    ct = Counter((c["gold"], c["triage"]) for c in cases)
    print("\nBy condition and triage:")
    print(table(CONDITIONS, TRIAGE, lambda r, c: ct[(r, c)]))
    print("\nBy triage:", dict(Counter(c["triage"] for c in cases)))
    vt = Counter((c["voice"], c["triage"]) for c in cases)
    print("\nBy voice and triage:")
    print(table(list(VOICES), TRIAGE, lambda r, c: vt[(r, c)]))
    print("\nBy sex:", dict(Counter(c["sex"] for c in cases)))
    bands = Counter()
    for c in cases:
        a = c["age"]
        bands["<18" if a < 18 else "18-39" if a < 40 else "40-64" if a < 65 else "65+"] += 1
    print("By age band:", dict(bands))
    lens = [words(c["text"]) for c in cases]
    print(f"\nText length (words): min {min(lens)}, median {statistics.median(lens)}, max {max(lens)}; "
          f"<=30: {sum(1 for x in lens if x <= 30)}, >=100: {sum(1 for x in lens if x >= 100)}")
    for v in VOICES:
        ls = [words(c["text"]) for c in cases if c["voice"] == v]
        print(f"  {v}: n {len(ls)}, min {min(ls)}, median {statistics.median(ls)}, max {max(ls)}")
    print(f"\nDistinct sources: {len(set(c['basis'] for c in cases))}; "
          f"clinical description: {sum(1 for c in cases if c['basis'].startswith('clinical description:'))}")
    print(f"Cases with a denial: {sum(1 for c in cases if any(f.startswith('- ') for f in c['facts']))}")
    print(f"Cases with acceptable ids: {sum(1 for c in cases if c['acceptable'])}")


def main():
    cases = build()
    errors = check(cases)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")
    if "--stats" in sys.argv:
        stats(cases)


if __name__ == "__main__":
    main()
