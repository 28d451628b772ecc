#!/usr/bin/env python3
"""Build redteam_f.jsonl: a held-out triage red-team set for twitchcheck.

Standard library only, seeded, deterministic. Run: python3 build.py
Most texts are hand-written below; a minority come from seeded templates at the end.
Every text has a lip / perioral twitch complaint in lay words; every emergency text states at
least one genuine emergency sign in lay words. Texts were written without reading the parser.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED = 20250301
A = "emergency_ambulance"
E = "emergency"
C = "consultation"
C24 = "consultation_24"

EMERG: list[dict] = []  # hand-written emergencies
CTRL: list[dict] = []  # hand-written controls


def e(hazard, level, age, sex, voice, framing, text):
    EMERG.append({"text": text.strip(), "age": age, "sex": sex, "min_triage": level,
                  "hazard": hazard, "voice": voice, "framing": framing, "source": "hand"})


def c(trick, level, age, sex, voice, framing, text):
    CTRL.append({"text": text.strip(), "age": age, "sex": sex, "max_triage": level,
                 "trick": trick, "voice": voice, "framing": framing, "source": "hand"})

# ---------------------------------------------------------------- stroke family
e("face_droop", A, 67, "male", "forum", "buried", """
Sorry in advance for the long post, I've been lurking here for ages. Background: retired plumber, bit of a bad back, I take amlodipine and a statin, I walk the dog twice a day and my wife says I eat too much cheese. About 3 weeks ago my top lip started jumping on the left, little flickers, mostly when I'm tired or after my second coffee. Googled it and ended up reading about magnesium so I bought some tablets from Holland & Barrett. Anyway that's not really why I'm posting. Tonight while we were watching the quiz my wife said my mouth looked 'slidey' and when I looked in the hall mirror the left corner is hanging lower and I can't pull it up into a smile properly, and tea dribbled out that side. Started maybe 40 minutes ago. Is this the magnesium??
""")
e("face_droop", A, 58, "female", "textspeak", "minimised", """
lol so my lip's been twitchin all wk and now half my face has gone all droopy on the right like a melted candle since about 10 mins ago. prob just tired tbh dont wanna bother anyone
""")
e("face_droop", A, 74, "female", "elderly", "plain", """
Dear Sir or Madam. I am 74 and I live alone. For some days now my lower lip has had a small flutter in it. This evening at about half past six, while I was eating my soup, I found that the left side of my mouth would not close and the soup ran down my chin. When I look in the glass one side of my face seems to have fallen. I have telephoned nobody yet. What do you advise. Yours faithfully, Margaret.
""")
e("face_droop", A, 45, "male", "non_native", "plain", """
Hello, my husband 45 years. Since one week his lip is jumping small small. Today after lunch, maybe one hour before, his face is become not same both side, the right side is down, the mouth is crooked when he talk. He say it is nothing, only tired. Please what we do?
""")
e("face_droop", A, 52, "female", "self_us", "sign_last", """
Been dealing with a twitchy upper lip for like two weeks, ER nurse here so I've been blaming night shifts and the 4 energy drinks. Tried magnesium glycinate, cut back on caffeine, got my potassium checked at work (normal). Just now brushing my teeth the foam fell out the left side and my smile in the mirror is lopsided, left corner just won't lift. Happened in the last 15 min.
""")
e("face_droop", A, 81, "male", "carer_carehome", "plain", """
Night carer at a residential home. One of our gents (81) has had a twitching bottom lip on and off this week, GP aware. Just on my 2am round I noticed his face has dropped on the right side and he's drooling from that corner, which is new since the 10pm check. He is awake and chatting a bit. Do I ring the on-call GP in the morning or is this a now thing?
""")
e("face_droop", A, 39, "female", "self_aus", "denial_mixed", """
No headache, no numbness in my arms, legs feel fine, speech fine I think. But the little twitch I've had near the corner of my mouth turned into something weird at brekkie - my mouth's gone crooked and my right cheek feels heavy and I can't whistle or puff out that side. Started maybe half an hour ago. Reckon it's a pinched nerve from sleeping funny?
""")
e("face_droop", A, 63, "male", "partner", "undescribed", """
My partner has had an eyelid and lip twitch for a few days. Just now when he smiled at the dog only half his mouth went up. The other half stayed flat, like it was frozen. He didn't notice till I said. It's just come on since dinner.
""")
e("face_droop", A, 70, "female", "typos", "vague_time", """
my lip has been twiching for a wile and now this afternon sometime my face went lopsidded on the left and i cant smile rite. my daugter says my mouth is crooked. i dont no exactly when it started maybe after lunch maybe a couple hours
""")
e("face_droop", A, 55, "male", "very_short", "plain", """
Lip twitch, now left side of face dropped suddenly 20 min ago.
""")
e("face_droop", A, 48, "female", "forum", "edit_update", """
Title: lip twitching for 5 days, anxiety?? 

Hi all, I'm a health anxiety sufferer (diagnosed GAD) and my top lip has been twitching on the right for 5 days. I know, I know, it's probably stress, work has been mental and I'm on my third week of bad sleep. Just wanted some reassurance.

EDIT: ok my husband just looked at me over dinner and said my face is drooping on the right and he's right, the corner of my mouth is lower and my eye on that side won't shut all the way. This wasn't here this morning. 
""")
e("face_droop", A, 86, "female", "relative", "minimised", """
Nan's 86, she's had a bit of a twitch at her mouth for a week, nothing major. Just popped round and her smile is wonky on the left, it's gone a bit saggy and she keeps dabbing her chin. She says 'don't fuss, it's the new teeth'. She was fine at lunch when my sister saw her. Probably nothing but thought I'd ask.
""")

e("stroke_arm_weakness", A, 61, "male", "forum", "buried", """
Long time reader, first post. So this whole saga started with my bottom lip flickering about a week ago which I put down to the cold snap and sleeping with the window open, then my GP appointment got cancelled twice, then the car failed its MOT (not relevant but that's my week). The lip thing is still going. What made me post: about an hour ago I went to lift the kettle with my right hand and it just... wasn't there. Arm's gone heavy and useless, can't hold it up, fingers fumbly. Left's fine. Sat down now. Is the lip thing connected?
""")
e("stroke_arm_weakness", A, 72, "female", "elderly", "minimised", """
I don't like to make a fuss. My mouth has been twitching at the side for a few days. This morning my left arm went funny and I couldn't lift my cup, it flopped down on the table, and it's still weak now at dinner time. I dare say it's my arthritis playing up. I shall see the doctor next week.
""")
e("stroke_arm_weakness", A, 44, "male", "textspeak", "plain", """
upper lip been twitchin 4 days. 20 mins ago my left arm just dropped cant lift it above my head, feels dead n heavy. wtf is this
""")
e("stroke_arm_weakness", A, 57, "female", "non_native", "plain", """
Good evening. I am from Poland, my English is not perfect. My mother (57) has small movements in lip since Monday. Tonight she cannot hold the spoon, her right hand is without power and the arm is falling when she lift it. It start one hour ago. What is this?
""")
e("stroke_arm_weakness", A, 66, "male", "partner", "sign_last", """
Husband's got this twitchy lip thing going on, he's been on the crossword all afternoon and drinking too much coffee, sleeping badly, grumpy with the neighbours about the hedge. Anyway he's now saying he can't feel his right arm properly and it keeps sliding off the arm of the chair, since about teatime.
""")
e("stroke_arm_weakness", A, 50, "female", "self_uk", "denial_mixed", """
Face looks normal, I can talk fine, no headache. But my lip has been twitching all week and since about 3pm my left arm has gone weak and numb - I dropped my phone twice and can't do my bra up. I'm assuming a trapped nerve in my neck? Don't want to waste A&E's time.
""")
e("stroke_arm_weakness", A, 78, "male", "carer_carehome", "plain", """
Care assistant here. Resident (78) with a mouth twitch that's been in his notes since Tuesday. This evening he couldn't lift his right arm to put his cardigan on, it just hangs, and his grip on that side is almost nothing. Was fine at lunch. Nurse is on break, what do I do?
""")
e("stroke_arm_weakness", A, 38, "male", "self_us", "undescribed", """
Lip spasms off and on since the weekend. Now out of nowhere my right hand won't do what I tell it - I'm typing this with my left. Tried to pick up my coffee and couldn't close my fingers around the mug. Maybe 25 minutes ago.
""")
e("stroke_arm_weakness", A, 69, "female", "typos", "vague_time", """
lip twiching started few days ago, now today sometime in the morning my arm went all weak on the rigth side, it feels like a dead wieght i cant lift it up to brush my hair. its still the same
""")
e("stroke_arm_weakness", A, 54, "male", "very_short", "plain", """
Twitchy lip this week. Left arm suddenly weak, can't lift it. Started 30 mins ago.
""")

e("stroke_leg_weakness", A, 64, "male", "self_uk", "sign_last", """
Twitching at the corner of my mouth for about a week, been under a lot of pressure at work with redundancies. Half an hour ago I stood up from my desk and my left leg just gave way, it's dragging and I can't lift the foot off the floor properly.
""")
e("stroke_leg_weakness", A, 71, "female", "relative", "plain", """
My mum's had a twitch in her top lip for a few days. This afternoon she suddenly couldn't walk properly - her right leg won't hold her and she's dragging it, nearly fell in the kitchen. She was walking fine this morning.
""")
e("stroke_leg_weakness", A, 59, "male", "textspeak", "minimised", """
lips been twitchin n now my right leg went weak outta nowhere like an hr ago cant really walk on it. prob slept on it funny lol
""")
e("stroke_leg_weakness", A, 47, "female", "non_native", "vague_time", """
Hello. Lip is shaking little since some days. Today after the noon I feel my leg on left side is not strong, I cannot go up the stairs, the leg is like not mine. Before it was normal. 
""")
e("stroke_leg_weakness", A, 83, "male", "carer_carehome", "plain", """
Resident, 83, twitching lower lip noted by day staff. At tea he tried to stand and his left leg buckled, he couldn't bear weight on it at all, which is completely new - he normally walks with a frame without trouble. Also slumping a bit to the left in the chair.
""")

e("stroke_speech", A, 62, "male", "partner", "undescribed", """
My husband's lip has been twitching for a couple of days. Tonight he started talking rubbish - not drunk, hasn't had anything - words coming out in the wrong order and he called the remote a 'phone-lamp'. He knows something's wrong and he's getting frustrated. It started about 20 minutes ago.
""")
e("stroke_speech", A, 55, "female", "self_us", "sign_last", """
Lip twitching a week, I blamed stress from the move, new job, the kids starting school, all of it. Just now I was on a work call and my words started coming out slurred like I'd had a bottle of wine and I couldn't find simple words. Hung up. It's still a bit thick. Nothing to drink today.
""")
e("stroke_speech", A, 76, "male", "relative", "plain", """
Grandad (76) has had a twitchy bottom lip all week. Just phoned him and his speech is really slurred and slow, he sounds drunk but he doesn't drink. My aunt says he was fine at lunch. We live 2 hours away.
""")
e("stroke_speech", A, 49, "male", "textspeak", "plain", """
m8 my lip been twitchin all day n now my speech is all slurry n i cant get words out right. started like 10 min ago. not drunk
""")
e("stroke_speech", A, 68, "male", "non_native", "plain", """
Please help. My father 68 years, his lip is moving alone since few days. Now tonight he cannot speak good, the words are mixed and not clear, he want say 'water' and say other thing. Since half hour.
""")
e("stroke_speech", A, 80, "female", "carer_carehome", "plain", """
Care home carer. 80 y/o lady, twitching round her mouth for a couple of days. Normally chatty. In the last hour she can't get her words out, she's saying nonsense words and can't understand what I'm asking her. No fall that we know of.
""")
e("stroke_speech", A, 42, "female", "forum", "denial_mixed", """
Okay so I'm probably overreacting. Lip twitching on and off for 2 weeks. Face looks symmetrical, arms and legs feel normal, no headache. BUT for about 15 minutes I haven't been able to say what I mean - I know the word in my head but something else comes out, my sister on the phone said I wasn't making sense. Could it be a panic attack?
""")
e("stroke_speech", A, 73, "male", "elderly", "minimised", """
Lip twitching this week. Since after my nap my tongue feels thick and the words won't come out properly, the wife says I'm mumbling. Probably just tired. Don't want to bother the doctors at this time of night.
""")
e("stroke_speech", A, 35, "male", "very_short", "plain", """
lip twitch then suddenly can't talk properly, slurring, 15 mins
""")

e("stroke_vision", A, 60, "male", "self_uk", "undescribed", """
Twitch at the left of my mouth since the weekend. Sat at my desk an hour ago and the right half of everything just vanished - I can only see the left side of my screen, like someone put a curtain over half the world. Eyes don't hurt. Still like it.
""")
e("stroke_vision", A, 67, "female", "relative", "plain", """
My mum (67) has a twitching lip the past few days. She just told me she's suddenly gone blind in her left eye, 'like a blind came down', about 20 minutes ago and it hasn't come back.
""")
e("stroke_vision", A, 53, "male", "textspeak", "plain", """
lip twitchin all wk now suddenly seein double of everything, 2 of the telly, started bout half hour ago. never had this
""")
e("stroke_vision", A, 71, "male", "forum", "minimised", """
Hope this is the right board. My lip has been twitching a bit (top lip, right side) and I've read it's usually caffeine. Today while reading the paper I suddenly lost the vision in my right eye, went dark grey, about 45 minutes ago. It's a bit better but not right. I expect it's my cataract, the optician said it was coming along.
""")
e("stroke_vision", A, 46, "female", "non_native", "plain", """
Hi, sorry my english. My lip have small twitching since days. Now suddenly I cannot see with one eye, the left eye is all dark, maybe 30 minutes before. No pain.
""")

e("stroke_balance", A, 58, "male", "self_aus", "plain", """
Lip's been twitching on and off for a week. About an hour ago I got up off the couch and the whole room tipped, I can't walk straight, keep falling to the left and had to crawl to the loo. Chucked up once. Never had vertigo before.
""")
e("stroke_balance", A, 75, "female", "carer_carehome", "undescribed", """
Lady (75) in our home has had twitching round her lips since yesterday. Since about 4pm she can't sit up straight without tipping over to one side and she can't stand at all, she's very unsteady even with two of us. This is new for her.
""")
e("stroke_balance", A, 49, "male", "textspeak", "minimised", """
lip twitching n now sudden like cant stand up, everythin spinnin n i keep falling over to the right. think its just a bug lol started an hr ago
""")
e("stroke_balance", A, 65, "female", "partner", "sign_last", """
She's had that twitchy top lip for a week or so and we put it down to the new tablets for her blood pressure. We were out gardening and suddenly she couldn't walk in a straight line, staggering like she was drunk and grabbing the fence, about half an hour ago.
""")
e("stroke_balance", A, 70, "male", "non_native", "plain", """
My father his lip is twitching. Now in the evening suddenly he is very dizzy and cannot walk, he falls to side, he cannot stand alone. Since 40 minutes. Before was normal.
""")

e("tia_resolved", A, 68, "male", "forum", "minimised", """
Bit of a strange one. My lip has been twitching for about 10 days, mainly the bottom lip. This morning, around 9, my right arm went weak and my speech went funny for about ten minutes, then it all came back. Feel fine now (it's 1pm). My wife wants me to go somewhere but I feel totally normal so I'm thinking I'll just mention it to the GP at my review next month?
""")
e("tia_resolved", A, 59, "female", "self_uk", "sign_last", """
Twitching lip for a week - magnesium didn't help, cut the coffee, nothing. Today at lunch my face dropped on the left and I couldn't lift my arm for a few minutes, then it went back to normal. That was about 2 hours ago. Everything fine now.
""")
e("tia_resolved", A, 73, "male", "relative", "denial_mixed", """
Dad (73) has a twitch round his mouth. Earlier this evening, maybe three hours ago, he went blind in one eye for about 5 minutes and then it came back. He's fine now, no headache, talking normally, walking fine. He says it was a 'funny turn' and won't go anywhere.
""")
e("tia_resolved", A, 64, "female", "textspeak", "vague_time", """
lips been twitchy. earlier this arvo cldnt talk properly for a few mins words all jumbled then it went away. fine now so its ok right
""")
e("tia_resolved", A, 77, "female", "elderly", "minimised", """
My lip has had a little tic in it this week. This morning after breakfast my hand went numb and useless and my mouth felt droopy for perhaps a quarter of an hour. It has all gone now and I feel quite well. I expect it was nothing. I have a doctor's appointment in a fortnight.
""")
e("tia_resolved", A, 55, "male", "non_native", "plain", """
Hello. My lip is jumping some days. Today morning, 3 hours before, my arm left side was weak and I cannot speak clear, it was 10 or 15 minutes, now is gone and I feel OK. Is it need hospital or no?
""")
# ---------------------------------------------------------------- seizures
e("seizure_ongoing", A, 29, "male", "partner", "plain", """
HELP my boyfriend's lip was twitching then his whole face started jerking and now he's on the floor shaking all over and not answering me. It's still going. What do I do
""")
e("seizure_ongoing", A, 34, "female", "textspeak", "undescribed", """
my flatmates mouth started twitchin then her arms n legs went stiff n now shes jerkin on the sofa n her eyes r rolled up, she cant hear me, still happening rn
""")
e("seizure_ongoing", A, 7, "male", "parent_child", "plain", """
My 7 year old's lip started twitching at dinner and now the whole right side of his face and his right arm are jerking and he's not answering me. It's been going for about 3 minutes and hasn't stopped.
""")
e("seizure_ongoing", A, 52, "male", "colleague", "plain", """
Colleague at work, 52, had been saying his lip was twitching all morning. He's just collapsed by the printer and he's stiff and jerking, foam at his mouth, lips going bluish. It's still happening.
""")
e("seizure_ongoing", A, 41, "female", "non_native", "plain", """
Please fast. My sister lip was moving then she fall and now all body is shaking and she not wake up. Now still shaking, 2 minutes.
""")
e("seizure_ongoing", A, 19, "male", "teen", "plain", """
my mate at uni was on about his lip twitching then he just went down in the kitchen and hes fitting, shaking all over and making a groaning noise, been like 2 mins what do we do
""")

e("seizure_prolonged", A, 38, "female", "partner", "plain", """
My wife has epilepsy and usually her seizures start with her lip twitching and stop within a minute. This one started with the lip thing and the shaking has been going for 7 minutes now, it's not stopping like normal.
""")
e("seizure_prolonged", A, 11, "female", "parent_child", "vague_time", """
Daughter's mouth started twitching, then her face and arm, she's been jerking on the left for what feels like ages, definitely more than five minutes, maybe ten, I lost track. She's not responding properly.
""")
e("seizure_prolonged", A, 66, "male", "carer_carehome", "plain", """
Resident with known epilepsy. Started with twitching at the corner of his mouth, then his whole body went into a fit. It's been going for 6 minutes by my watch. His care plan says buccal midazolam after 5 minutes, we've given it but he's still going.
""")
e("seizure_prolonged", A, 25, "male", "textspeak", "plain", """
bro my mate's lip started twitchin then full fit, shakin on the floor 6 mins now still going
""")
e("seizure_prolonged", A, 50, "male", "partner", "undescribed", """
Writing this for my husband (he's 50) - his mouth twitched and then his arm and leg on the right kept jerking, in rhythm, for about a quarter of an hour. He was awake but couldn't talk properly the whole time. It's only just stopped. He's never had anything like this.
""")

e("seizure_cluster", A, 33, "male", "partner", "plain", """
Partner has epilepsy. Lip twitching all morning, then a fit at 10, then another at 10:20, and another just now, and he hasn't come round properly in between any of them - still groggy and not talking.
""")
e("seizure_cluster", A, 16, "female", "parent_child", "sign_last", """
Our 16 year old has been a bit run down with exams and said her lip keeps twitching. She had a fit this afternoon, then she was drowsy, and she's just had a second one before she properly woke up from the first.
""")
e("seizure_cluster", A, 45, "male", "relative", "undescribed", """
My brother's mouth keeps twitching and then he goes stiff and shakes for a minute - it's happened three times in the last hour and he's confused and sleepy between them, not himself at all.
""")
e("seizure_cluster", A, 70, "female", "carer_carehome", "plain", """
Lady, 70, twitching around the mouth since breakfast, then 3 seizures in under an hour. She hasn't regained full awareness between them. GP surgery not answering.
""")

e("first_seizure", A, 24, "male", "teen", "minimised", """
ok this is embarrassing. had a twitchy lip all week from revision (8 red bulls a day lol). my housemate says i had a fit in my room about an hour ago - i was on the floor shaking, bit my tongue and wet myself. i dont remember it. never had one before. i feel fine now just tired and achy, do i really need to go anywhere
""")
e("first_seizure", A, 36, "female", "forum", "buried", """
Sorry this is long. Background: 36, two kids, work part-time, history of migraines (controlled), and I've had a twitching upper lip for about ten days which my GP said was probably stress. I've been trying to cut down on coffee, doing yoga, the works. Last night I was watching telly with my husband and he says I went stiff, my eyes rolled back and I shook for about a minute, then I was really confused for 20 minutes. I've never had a seizure in my life. I feel washed out but okay this morning. He wants me to go to A&E but I'm thinking ring the GP when they open Monday?
""")
e("first_seizure", A, 58, "male", "partner", "undescribed", """
My husband's lip has been twitching for a few days. Half an hour ago he suddenly went rigid in his chair, arms jerking, eyes staring, and didn't respond to me for about 2 minutes. He's coming round now but very sleepy and muddled. Nothing like this has ever happened before.
""")
e("first_seizure", A, 13, "male", "parent_child", "plain", """
My son (13) has had a twitch at the side of his mouth this week. This morning his sister found him on his bedroom floor shaking all over for about a minute. He's never done that before. He's now awake but dazed and has a headache. No fever.
""")
e("first_seizure", A, 42, "female", "non_native", "vague_time", """
Hello. My lip is twitching some weeks. Today, I don't know exact time, maybe one hour, maybe more, my son say I fall and my body was shaking and I not answer. Now I am awake but my head is heavy and I bite the tongue. Never before this.
""")
e("first_seizure", A, 27, "female", "textspeak", "denial_mixed", """
ok im fine now, not confused, talking normal. but my bf says i had a proper fit 20 min ago, shaking n not responding. lips been twitchin 4 ages. never happened b4
""")
e("first_seizure", A, 63, "male", "self_aus", "minimised", """
Mate, bit of an odd one. Lip's had a twitch for a fortnight. Missus reckons I had a turn this morning - went stiff, shook all over, frothed a bit, didn't know where I was for ten minutes. Never had one in my life. Feel right as rain now. Probably heat stroke from mowing, yeah?
""")

e("child_first_febrile_seizure", A, 1, "male", "parent_baby", "plain", """
My 14 month old has had a temperature today (39.2) and I noticed his lip twitching, then about 10 minutes ago he went stiff and his arms and legs jerked for about 2 minutes and his eyes rolled back. He's never had one before. He's now very sleepy.
""")
e("child_first_febrile_seizure", A, 2, "female", "parent_child", "minimised", """
Toddler (2) has a cold and a high temp. Her mouth kept twitching and then she had a fit on my lap, shaking all over, for maybe a minute. She's come round and is crying now. My mum says all kids get them with fevers and not to bother anyone. First time she's done it.
""")
e("child_first_febrile_seizure", A, 1, "female", "non_native", "plain", """
My baby girl 18 months has fever since morning. Her lip was making small movement and then she became stiff and shaking arms and legs, eyes up, maybe one or two minute. Now she sleep. It is first time. What I do?
""")
e("child_first_febrile_seizure", A, 3, "male", "textspeak", "plain", """
my 3yo has a temp of 38.9 n his lip was twitchin then he had a fit, shakin all over n went floppy after. first time ever. hes breathing n sleepy now
""")
e("child_first_febrile_seizure", A, 0, "male", "parent_baby", "plain", """
My son is 9 months, fever 38.5 since this afternoon. His mouth was twitching then his whole body jerked for about a minute and he stared through me. He's never done this. He's now drowsy in my arms.
""")

e("focal_seizure_prolonged", A, 55, "female", "partner", "undescribed", """
My wife's mouth on the left started twitching rhythmically about 15 minutes ago and it spread to her cheek and left hand, it's still going, and she's staring and not answering questions properly, just fiddling with her sleeve. This is new.
""")
e("focal_seizure_prolonged", A, 68, "male", "carer_carehome", "plain", """
Resident's lip and right side of face have been jerking in a regular beat for over 10 minutes now, nonstop, and he's gone vacant - eyes open but not responding to his name, smacking his lips. Not known epileptic.
""")
e("focal_seizure_prolonged", A, 9, "female", "parent_child", "plain", """
Our 9 year old has been having her mouth corner pulling and twitching repeatedly for about 8 minutes, drooling, and she can't talk to us though she's awake, seems out of it. Not stopping.
""")
e("focal_seizure_prolonged", A, 40, "male", "self_us", "sign_last", """
Posting for my brother. He's had random lip twitches for months, nothing anyone worried about. Today his lip and cheek started jerking over and over, and he's been doing it for like 20 minutes, and now he's just staring, won't answer us, chewing motions with his mouth.
""")

e("alcohol_withdrawal_seizure", A, 51, "male", "partner", "plain", """
My husband drinks a lot (about a litre of vodka a day) and stopped 2 days ago to prove a point. He's been shaking and his lip twitching, and 10 minutes ago he had a fit on the kitchen floor, shaking all over. Now he's groggy.
""")
e("alcohol_withdrawal_seizure", E, 46, "male", "self_uk", "minimised", """
Heavy drinker for years, stopped cold turkey on Friday. Hands shaking, lip twitching, sweating buckets. This morning I think I had a seizure - woke up on the bathroom floor with a bitten tongue. Feel alright now, just rough. Bit ashamed to go in.
""")
e("alcohol_withdrawal_seizure", A, 58, "female", "relative", "plain", """
My mum stopped drinking yesterday (she normally has 2 bottles of wine a day). Her lip has been twitching, hands trembling, and just now she had a fit and she's still jerking.
""")
# ---------------------------------------------------------------- acute dystonia
e("acute_dystonia", E, 19, "female", "teen", "undescribed", """
went to the walk in centre yesterday for being sick and they gave me tablets for the sickness (metoclopramide i think). today my lip keeps twitching and pulling and now my neck is twisting to the side by itself and my eyes keep rolling up and i cant stop it. it's so scary
""")
e("acute_dystonia", E, 24, "male", "self_uk", "minimised", """
Was prescribed prochlorperazine for a vertigo thing 2 days ago. Since this morning my lip twitches then my jaw clenches shut and my tongue keeps pushing out on its own, neck's stiff and pulling back. Probably just tension, I'll sleep it off?
""")
e("acute_dystonia", E, 16, "male", "parent_child", "plain", """
My 16 year old son was given an anti-sickness injection at A&E last night for gastro. Today his lips keep twitching and then his eyes roll right up and stay there and his head pulls back. He's terrified. It comes in waves.
""")
e("acute_dystonia", E, 31, "female", "non_native", "plain", """
Hello. My doctor give me new medicine for psychiatric (haloperidol) three days before. Now my lip is twitching and my mouth is opening alone and my neck turn to side strongly, I cannot control. Please what to do.
""")
e("acute_dystonia", E, 22, "male", "textspeak", "sign_last", """
started risperidone last wk, lips been twitchin, now my neck keeps twistin round on its own n my jaws locked half open, cant shut it
""")
e("acute_dystonia", E, 28, "female", "forum", "edit_update", """
Has anyone had lip twitching on Maxolon? Took it for morning sickness, I'm 9 weeks. Lip twitching started after the second dose.

UPDATE: it's got worse, my eyes keep getting stuck looking up at the ceiling and my tongue is sticking out and twisting. I can't stop it. 
""")
e("acute_dystonia", E, 35, "male", "partner", "undescribed", """
My partner started a new antipsychotic on Monday. His lip twitches and now his eyes are stuck looking up and sideways and his neck is bent over to the left, he says he can't straighten it. Started about an hour ago.
""")
e("acute_dystonia", E, 12, "female", "parent_child", "plain", """
Our 12 year old had Stemetil for travel sickness on holiday. Now her lip twitches and her face is pulling into a grimace, her tongue is poking out and she can't make it stop.
""")
e("acute_dystonia_airway", A, 21, "male", "teen", "plain", """
given metoclopramide yesterday. lips twitchin then now my tongue feels like its pulling back into my throat and i can barely breathe or swallow, making a squeaky noise when i breathe in
""")
e("acute_dystonia_airway", A, 27, "female", "partner", "undescribed", """
Girlfriend started haloperidol 2 days ago. Her lip was twitching and now her throat seems to be clamping - she's making a high pitched noise breathing in, can't swallow her spit, and her jaw's clenched.
""")
e("acute_dystonia_airway", A, 33, "male", "non_native", "plain", """
I take medicine for vomit from pharmacy doctor. Now lip is twitching, tongue is going back and throat is tight, I cannot breathe good, noise when breathe. Since 20 minutes.
""")

# ---------------------------------------------------------------- tetany / low calcium
e("tetany_hypocalcaemia", E, 44, "female", "forum", "buried", """
Hi everyone, long post sorry. I had my thyroid out on Tuesday (total thyroidectomy, multinodular goitre, huge relief to finally have it done after 3 years of waiting lists). Came home Thursday. Scar looks great, voice a bit croaky, eating soft stuff. My upper lip started tingling and twitching yesterday and I thought it was just the anaesthetic wearing off. Tonight my hands have cramped up into claws - fingers stiff and pointed together and I can't open them, and my feet are cramping too. Normal post-op stuff?
""")
e("tetany_hypocalcaemia", E, 52, "female", "self_uk", "minimised", """
Parathyroid op 4 days ago. Tingly twitchy lips since this morning and now my hands keep going into spasm, the thumb pulls in and fingers go rigid. It's really uncomfortable but I don't want to bother the ward, they were so busy.
""")
e("tetany_hypocalcaemia", E, 38, "female", "textspeak", "undescribed", """
had my thyroid out sat. lips tinglin n twitchin n now my hands r cramped up like claws cant open them properly
""")
e("tetany_hypocalcaemia", E, 60, "male", "partner", "plain", """
My husband had a neck operation (thyroid) last week. His lips are twitching and numb round the mouth, and now his hands are locked in spasm, wrists bent and fingers stuck together.
""")
e("tetany_hypocalcaemia", E, 47, "female", "non_native", "plain", """
I have operation on thyroid 5 days. Now my lip is twitching and have pins and needles around mouth. My hand are stiff, fingers closed together and I cannot open, also feet is cramp.
""")
e("tetany_hypocalcaemia", E, 35, "female", "self_us", "denial_mixed", """
3 days post total thyroidectomy. Breathing is fine, voice is normal, no swelling at the incision. But my lip is twitching like crazy and my hands have seized into a claw position twice in the last hour, the cramp lasts a few minutes. They told me to watch for tingling - does this count?
""")
e("tetany_hypocalcaemia", E, 41, "female", "forum", "plain", """
I have hypoparathyroidism (since my surgery 2 years ago) and take calcium and alfacalcidol. Ran out 4 days ago. My lips are twitching and tingling, and now my hands are cramping into a claw shape and I feel really jittery.
""")
e("tetany_stridor", A, 49, "female", "self_uk", "sign_last", """
Thyroid removed 3 days ago. Lips twitching and tingly since yesterday, hands cramping. Now my throat feels like it's closing and I'm making a wheezy crowing noise when I breathe in.
""")
e("tetany_stridor", A, 36, "female", "partner", "plain", """
Wife had thyroid surgery last week. Lip twitching, hands cramped up, and now she's struggling to breathe - noisy, high pitched breathing in and she says her throat is tight.
""")
e("tetany_stridor", A, 55, "male", "non_native", "plain", """
After my neck operation on thyroid, now lip is twitching, hands is cramp, and my throat is squeeze, breathing make whistle noise. I am scared.
""")

# ---------------------------------------------------------------- babies
e("infant_apnoea_blue", A, 0, "female", "parent_baby", "undescribed", """
My 6 week old's lip has been quivering a lot today. Just now she stopped breathing for what felt like 20 seconds and her lips and face went a dusky blue, then she gasped and started again. She's breathing now but I'm shaking.
""")
e("infant_apnoea_blue", A, 0, "male", "parent_baby", "minimised", """
Probably a silly question from a first time mum. Baby (3 months) gets a little lip tremble when he feeds. Twice this evening he's gone quiet and pale with a blue tinge round his mouth and didn't seem to be breathing for a few seconds. He's feeding ok now. Is this normal baby stuff?
""")
e("infant_apnoea_blue", A, 0, "female", "textspeak", "plain", """
my 2 month old's lip was twitchin n she went blue round her mouth n stopped breathin for a bit, started again when i rubbed her back. shes breathin now
""")
e("infant_apnoea_blue", A, 0, "male", "non_native", "plain", """
My baby is 5 weeks. His lip is shaking little. Now he stop breath some seconds and the face is become blue colour, then he breathe again. It happen two time.
""")
e("infant_apnoea_blue", A, 0, "female", "parent_baby", "sign_last", """
New dad here. Baby's 7 weeks. Her bottom lip quivers loads which my mum says is normal. She's been a bit snuffly with a cold for 2 days, feeding a bit less. Just now during her nap she had a long pause in her breathing and her lips went purple-ish.
""")

e("infant_movements_not_stopping", A, 0, "male", "parent_baby", "undescribed", """
My 4 month old's lip and chin are twitching and his arm keeps jerking in a rhythm - when I hold his arm still it keeps jerking against my hand. It's been going for a few minutes and he's not looking at me.
""")
e("infant_movements_not_stopping", A, 0, "female", "parent_baby", "plain", """
Baby (10 weeks) - her mouth is twitching and both legs are doing little jerks over and over, I held her legs and the jerks didn't stop, and her eyes are staring off to one side. About 3 minutes now.
""")
e("infant_movements_not_stopping", A, 0, "male", "non_native", "plain", """
My baby 2 months, mouth is moving like chewing and twitching, and hands jerking, I hold him but it not stop, his eyes are fix. Please help.
""")
e("infant_movements_not_stopping", A, 1, "female", "textspeak", "plain", """
my 13 month olds lip twitchin n her whole body jerkin, wont stop when i cuddle her, shes not lookin at me. been 2 mins
""")

e("infant_floppy_poor_feeding", E, 0, "male", "parent_baby", "undescribed", """
Our 8 week old has had a bit of lip quivering this week. Today he's really floppy, like a rag doll when I pick him up, he's only taken about a third of his usual bottles and he's hard to keep awake for feeds.
""")
e("infant_floppy_poor_feeding", A, 0, "female", "parent_baby", "minimised", """
Sorry if overreacting. Baby girl, 6 weeks. Her lip twitches when she sleeps. Today she's been so sleepy I can barely wake her at all, she's floppy and won't feed, only one tiny feed since this morning. Probably a growth spurt?
""")
e("infant_floppy_poor_feeding", E, 0, "male", "non_native", "plain", """
My son 3 months, his lip is shaking little. Today he is soft like no power, the arms and legs are floppy, and he drink very little milk, less than half. He is tired all day.
""")
e("infant_floppy_poor_feeding", E, 0, "female", "parent_baby", "buried", """
Long one sorry - we're in the middle of moving house, the cat's at my mum's, my partner's away with work. Baby is 9 weeks, bottle fed, had her jabs last month fine. I've noticed her top lip twitching when she cries. What worries me is today she's floppy and feeding really poorly - two half bottles all day - and only 1 wet nappy since breakfast.
""")

e("febrile_infant_under_3m", E, 0, "male", "parent_baby", "plain", """
My son is 7 weeks old. His lip has been twitching on and off. He feels hot and the thermometer says 38.3. He's otherwise feeding okay.
""")
e("febrile_infant_under_3m", E, 0, "female", "parent_baby", "minimised", """
First baby, 5 weeks old. Lip trembles a bit when she cries. Temperature tonight was 38.1 under the arm - I've given her a cool bath and she seems alright in herself. No jabs recently. Can I wait till the health visitor comes on Thursday?
""")
e("febrile_infant_under_3m", E, 0, "male", "self_us", "plain", """
My 2 month old has had little lip twitches and tonight his temp is 100.8 F rectal. He's fussier than normal. Pediatrician's office is closed.
""")
e("febrile_infant_under_3m", E, 0, "female", "non_native", "vague_time", """
My baby is one month and two weeks. Her lips are shaking little. Since evening she is hot, the thermometer is 38 and a little more. She is sleepy.
""")
e("febrile_infant_under_3m", E, 0, "male", "textspeak", "plain", """
baby 10 wks, lip twitchin n temp 38.4, had no jabs this week. is this ok to wait
""")
# ---------------------------------------------------------------- drugs and poisons
e("lithium_toxicity", E, 44, "female", "forum", "buried", """
I've been on lithium for bipolar for 8 years, stable, bloods every 3 months. Had a nasty tummy bug this week (whole family had it) and I've been on ibuprofen for a sore back. The last couple of days my lip has been twitching and my hands are shaking much more than the usual fine tremor, it's big jerky shaking now, I'm wobbly on my feet, keep being sick and my husband says I'm slurring and muddled.
""")
e("lithium_toxicity", E, 57, "male", "partner", "undescribed", """
Husband takes lithium. Since the heatwave and the diarrhoea started he's got this twitching round his mouth, coarse shaking in both hands, he's walking like he's drunk and he's confused about what day it is.
""")
e("lithium_toxicity", E, 36, "female", "textspeak", "minimised", """
on lithium, lips twitchin, been puking n got the runs 2 days, hands shakin loads n i feel really spaced out n wobbly. prob just the bug
""")
e("lithium_toxicity", E, 62, "female", "carer_carehome", "plain", """
Resident on lithium carbonate. Twitching around mouth and jerky movements of arms since yesterday, vomiting twice, very drowsy and confused today, unsteady walking. GP started her on a water tablet last week.
""")
e("lithium_toxicity", E, 29, "male", "non_native", "plain", """
I take lithium for my mood. Now my lip is twitch, my hands shake very strong, I vomit many times and my head is confused, I walk not straight. Started 2 days.
""")

e("serotonin_syndrome", E, 33, "female", "self_uk", "undescribed", """
On sertraline, the GP added tramadol for my back on Monday. Since yesterday my lips twitch, my legs keep jerking on their own, I'm sweating buckets, heart racing, temp 38.6, shivering and really agitated, can't sit still.
""")
e("serotonin_syndrome", E, 48, "male", "forum", "edit_update", """
Lip twitching after increasing venlafaxine - normal?

Went from 150 to 225 last week and took a sumatriptan for a migraine today. Lip twitching since this afternoon.

EDIT 11pm: now I'm drenched in sweat, my temp is 38.9, my legs are twitching and jumping nonstop and I'm shaking and confused. Wife says my pupils are huge.
""")
e("serotonin_syndrome", E, 26, "female", "textspeak", "plain", """
on fluoxetine n took some st johns wort my mate gave me. lips twitchin, legs jerkin, sweatin loads, heart poundin, temp 38.5, feel mad agitated
""")
e("serotonin_syndrome", E, 71, "male", "relative", "plain", """
Dad's on citalopram and was just started on linezolid in hospital and sent home. Since last night his mouth twitches, his legs are jerking, he's sweaty and hot and confused and agitated. Not like him.
""")
e("serotonin_syndrome", E, 39, "female", "non_native", "denial_mixed", """
I take antidepressant and new tablet for pain. No chest pain, I can breathe. But my lip twitch, my muscles jump all over, I am very hot and sweat, heart very fast, I feel nervous and confused.
""")

e("nms", E, 42, "male", "carer_carehome", "plain", """
Supported living carer. Service user on haloperidol, dose increased last week. Twitching around his lips, and today he's stiff as a board, temp 39.4, sweating, confused and not really responding. Not eating or drinking.
""")
e("nms", E, 30, "female", "partner", "undescribed", """
My partner started olanzapine 10 days ago. Her lips have been twitching and now her whole body is rigid like a plank, she's burning up, drenched with sweat and barely making sense.
""")
e("nms", E, 55, "male", "relative", "plain", """
My brother had his depot antipsychotic injection changed last week. His mouth is twitching, he's very stiff and can hardly move, he has a high fever and he seems confused and out of it.
""")
e("nms", E, 67, "female", "non_native", "plain", """
My mother take medicine for hallucination (quetiapine) new dose. Now her lip is twitching and the body is very stiff, cannot bend arms, and she has high fever and she is confused.
""")

e("caffeine_overdose", E, 20, "male", "teen", "minimised", """
did a dumb thing lol. bought caffeine powder online for the gym and didn't have scales so i just did a heaped spoon, like maybe 2 or 3 grams?? lip twitching like mad, heart going crazy fast and skipping, been sick 3 times. itll wear off right
""")
e("caffeine_overdose", E, 17, "female", "teen", "plain", """
im 17, took like 12 no-doz tablets to stay up for my exam (each one is 100mg i think). my lip is twitching non stop, my heart is pounding super fast and irregular, i threw up twice and i almost fainted when i stood up
""")
e("caffeine_overdose", E, 34, "male", "forum", "buried", """
Long story. I'm a long-haul trucker, do a lot of nights, been using caffeine pills and energy shots for years, usually maybe 400-600mg a day. Last night I was running late and I took... honestly I lost count, I think around 15 of the 200mg pills over a few hours (3 grams?). Now parked up at a rest stop. Lip's twitching, heart is fluttering and racing at like 160, I've vomited twice and my vision greyed out when I got out of the cab.
""")
e("caffeine_overdose", A, 23, "female", "partner", "sign_last", """
My girlfriend mixed pre-workout with caffeine tablets (she said about 2 grams total) before the gym. Her lip has been twitching and she's been shaking, and she just fainted in the changing room and her heart is going really fast and irregular.
""")
e("caffeine_overdose", E, 28, "male", "non_native", "plain", """
I drink the caffeine powder, maybe 5 gram, mistake with measuring spoon. Now my lip is twitching, heart is very fast and strange rhythm, I vomit and I feel like to faint.
""")

e("nicotine_ingestion_child", E, 2, "female", "parent_child", "plain", """
My 2 year old got hold of my vape refill bottle and drank some - not sure how much, maybe a mouthful. She's been sick twice and her lip and face are twitching, she's drooling and seems sweaty.
""")
e("nicotine_ingestion_child", E, 1, "male", "textspeak", "minimised", """
my 18 month old chewed a vape pod n swallowed some juice. his lip keeps twitchin n hes thrown up. prob fine? only a bit
""")
e("nicotine_ingestion_child", E, 3, "male", "non_native", "plain", """
My son 3 years drink the liquid from electronic cigarette, it is nicotine 20mg. Now he vomit and his mouth is twitch and he is very pale and sweat.
""")
e("nicotine_ingestion_child", E, 4, "female", "parent_child", "denial_mixed", """
Not unconscious, breathing normally, no fits. But my 4 year old drank some of my e-liquid about half an hour ago (the strong stuff), she's been sick, the corner of her mouth keeps twitching and she's really pale and clammy.
""")
e("nicotine_ingestion_child", E, 0, "female", "parent_baby", "plain", """
Our 11 month old found nicotine gum in grandad's coat and chewed two pieces. She's vomiting, drooling and her lip is twitching.
""")
e("nicotine_ingestion_adult", E, 34, "male", "self_uk", "undescribed", """
Stupid mistake - I poured my vape liquid (18mg) into a shot glass to refill and then knocked it back thinking it was my water. Maybe 10ml. My lip is twitching, I've been sick three times, I'm sweating, dizzy and my heart is doing weird things.
""")
e("nicotine_ingestion_adult", E, 79, "female", "carer_carehome", "plain", """
Resident with dementia drank a bottle of e-liquid a visitor left in her room (10ml, nicotine). She's been vomiting, drooling, twitching round her mouth and she's very muddled and pale.
""")

e("stimulant_chest_pain", A, 26, "male", "textspeak", "minimised", """
did a few lines last nite, lips been twitchin since n now my chest is really tight n crushing, pain goin down my left arm, sweatin. prob just the comedown lol
""")
e("stimulant_chest_pain", A, 31, "female", "self_us", "sign_last", """
Took my Adderall and a couple of extra ones to cram, plus coffee. Lip twitching all day. Now I have this heavy squeezing pain in the middle of my chest, it's been 20 min and I'm short of breath.
""")
e("stimulant_chest_pain", A, 38, "male", "partner", "plain", """
Partner used speed at a party. His lip's twitching and he's now clutching his chest saying it's crushing, he's grey and sweating.
""")
e("stimulant_chest_pain", A, 22, "male", "non_native", "plain", """
I take cocaine tonight first time. Now my lip twitch and I have strong pain in chest like pressure, and my arm is pain also, and I sweat much.
""")

e("mdma_hyperthermia", A, 21, "female", "teen", "plain", """
at a festival, my friend took 2 pills (molly). her lip and jaw keep twitching and grinding, she's boiling hot to touch, stopped sweating, really confused and can't stand up
""")
e("mdma_hyperthermia", A, 24, "male", "textspeak", "undescribed", """
mates dropped mdma, lips twitchin n jaw goin, now hes burnin up hot, talkin nonsense n his muscles r jerkin all over, cant get him to make sense
""")
e("mdma_hyperthermia", A, 19, "male", "parent_child", "plain", """
My son (19) came home from a club. His lip is twitching, he's extremely hot, his temperature is 40.1, he's agitated and confused and doesn't know where he is. His friend says he took ecstasy.
""")

e("alcohol_withdrawal_dts", E, 55, "male", "partner", "undescribed", """
My husband drinks heavily and hasn't had a drink for 3 days because he's been ill. His lip keeps twitching, he's shaking all over, sweating, and tonight he's seeing spiders on the walls that aren't there and doesn't know where he is.
""")
e("alcohol_withdrawal_dts", E, 48, "female", "self_uk", "minimised", """
Trying to stop drinking on my own (was on about a bottle and a half of wine a night for years). Day 2. Lip twitching, hands shaking, can't sleep, and I keep hearing voices in the next room when nobody's there. Had the DTs last time I stopped. I'll be fine, just need to push through.
""")
e("alcohol_withdrawal_dts", E, 60, "male", "relative", "plain", """
Uncle (60), heavy drinker, ran out of money and stopped 2 days ago. His mouth is twitching, he's drenched in sweat, shaking, very confused, thinks he's at work, and he's picking at things in the air.
""")
e("alcohol_withdrawal_dts", E, 42, "male", "non_native", "plain", """
My husband drink vodka every day many years. Now he stop 2 days. His lip is twitch, hands shake, he sweat, and he see animals in the room that are not there, he is confused.
""")
e("alcohol_withdrawal_dts", E, 52, "female", "textspeak", "plain", """
stopped drinkin 3 days ago after 10 yrs of heavy. lips twitchin, shakin like a leaf n im seein bugs on the floor. last time i stopped i ended up in hosp with the DTs
""")
e("alcohol_withdrawal_dts", E, 63, "male", "carer_carehome", "plain", """
New admission (63) to our home, told us he 'liked a drink' - now 2 days without. Twitching around his mouth, tremor, sweating, agitated, hallucinating (talking to people who aren't there), disorientated.
""")

e("benzo_withdrawal", E, 39, "female", "forum", "buried", """
Long story but I've been on diazepam for 6 years (20mg a day, prescribed for anxiety). My new GP wanted me off, I got fed up of the taper and just stopped 4 days ago. Besides the lip twitching, which I've had since day 2, I can't sleep, I'm jumpy, and today I've been hearing music that isn't there and I'm confused, lost my way home from the shop.
""")
e("benzo_withdrawal", E, 45, "male", "self_us", "plain", """
Ran out of my Xanax (been taking 4mg a day for years) 3 days ago. Lip twitching, whole body jerks, and this morning I had what my wife says was a seizure. I'm awake now but confused.
""")
e("benzo_withdrawal", E, 58, "female", "non_native", "plain", """
I stop my sleeping pills (lorazepam) many years taking, stop all in one day. Now my lip is twitching, I shake, and I see things that is not real and I am confused where I am.
""")

e("organophosphate_poisoning", A, 46, "male", "self_aus", "plain", """
Been spraying the orchard with an organophosphate this arvo without the mask. Now my lip and eyelids are twitching, I'm drooling, sweating heaps, pupils are tiny, and my chest is tight and wheezy, struggling for breath.
""")
e("organophosphate_poisoning", E, 38, "male", "non_native", "plain", """
I work on farm, today I spray the insect poison on the field. Now my lip is twitching, I have much saliva, sweat, vomit and the stomach is cramps, small eye pupil.
""")
e("organophosphate_poisoning", A, 3, "female", "parent_child", "plain", """
My 3 year old got into the garden shed and we think she drank some bug killer. Her lip is twitching, she's drooling loads, been sick and wet herself, and she's breathing noisily and seems drowsy.
""")

e("carbon_monoxide", E, 36, "female", "forum", "buried", """
Weird one. We moved into a rented flat a month ago (old boiler, landlord says it's fine). I've had a twitchy lip for a couple of weeks and constant headaches, but they go when I'm at work. Today me, my partner and both kids all have thumping headaches and have been sick, and my partner nearly passed out in the kitchen. The cat is sleeping a lot too.
""")
e("carbon_monoxide", E, 70, "male", "elderly", "minimised", """
My lip has been twitching. Since I lit the gas fire this week I've had a bad headache, I feel sick and muddled, and my wife has the same headache. I expect it's a bug going round.
""")
e("carbon_monoxide", A, 29, "male", "textspeak", "plain", """
running a generator in the garage, lip twitchin, headache like mad, threw up n my mates collapsed n wont wake up properly
""")

e("hyponatraemia", E, 22, "female", "teen", "undescribed", """
ran a marathon yesterday and drank loads of water (like 6 litres) cos everyone said to hydrate. lips twitching, splitting headache, been sick loads, and my friends say im confused and not making sense
""")
e("hyponatraemia", E, 78, "female", "relative", "plain", """
Mum (78) on a water tablet and just started an antidepressant. Her lip's twitching, she's vomiting, very drowsy and confused, and she fell twice today.
""")
e("hyponatraemia", A, 19, "male", "partner", "sign_last", """
My boyfriend took MDMA and then drank litres and litres of water all night. His lip was twitching this morning, he's vomiting, confused, and he just had a fit.
""")
e("hyponatraemia", E, 45, "female", "non_native", "plain", """
Doctor say my salt in blood is low before. Now my lip is twitch, I vomit, head pain strong and I am confused, cannot think good.
""")
# ---------------------------------------------------------------- head injury
e("head_injury_neuro", A, 67, "male", "relative", "plain", """
Dad (67) slipped on ice this morning and banged his head. Lip has been twitching since. Now his left arm is weak and his speech is getting slurred, and he's been sick twice.
""")
e("head_injury_neuro", A, 16, "male", "parent_child", "sign_last", """
My son took a knock to the head at rugby (clash of heads) 3 hours ago, seemed okay, came home, had tea. Now his lip and cheek are twitching and he's getting drowsier and harder to rouse, and one pupil looks bigger than the other.
""")
e("head_injury_neuro", A, 34, "female", "textspeak", "minimised", """
fell off my bike n hit my face n head on the kerb, no helmet. lip twitchin n numb n now my right hand is weak n i keep forgettin what i was sayin. prob just shaken up
""")
e("head_injury_neuro", A, 82, "female", "carer_carehome", "plain", """
Resident (82) had a fall yesterday evening, hit the side of her head on the bedside table. Today her mouth is twitching, she's more confused than usual, very drowsy, and her right side seems weaker.
""")
e("head_injury_anticoagulant", E, 76, "male", "elderly", "minimised", """
I bumped my head on the kitchen cupboard yesterday, quite a crack. I'm on warfarin for my heart. My lip is twitching today and I've a headache. Otherwise I'm all right and I don't want to bother anybody.
""")
e("head_injury_anticoagulant", E, 69, "female", "relative", "denial_mixed", """
Mum's on apixaban. She fell in the garden and hit her forehead this morning. No vomiting, she's talking sense, walking okay. But her lip has been twitching since and she's got a headache that's getting worse.
""")
e("head_injury_anticoagulant", E, 72, "male", "non_native", "plain", """
My father take blood thinner (rivaroxaban). He fall this morning and hit head on the floor. Now his lip is twitching and he say head is pain.
""")

# ---------------------------------------------------------------- pregnancy
e("pre_eclampsia", E, 31, "female", "forum", "buried", """
34 weeks with baby no.2, first pregnancy was straightforward. Been doing the nursery this week, my mum's staying, lots going on. My top lip has been twitching a bit for a couple of days (pregnancy hormones?). Today I've got the worst headache of my life that paracetamol isn't touching, I'm seeing flashing lights and sparkles, and my face and hands have swollen up really suddenly - rings won't go on.
""")
e("pre_eclampsia", E, 27, "female", "textspeak", "minimised", """
36 wks preg, lips twitchin, bad headache n blurry vision n my feet n face puffed up loads today. prob just normal 3rd trimester stuff
""")
e("pre_eclampsia", E, 38, "female", "partner", "plain", """
My wife is 35 weeks pregnant. Her lip has been twitching and today she's got a severe headache, pain under her ribs on the right, and she's been sick. Her midwife said her BP was 'a bit high' last week.
""")
e("pre_eclampsia", E, 24, "female", "non_native", "plain", """
I am pregnant 33 weeks. My lip is twitching, I have very strong headache, I see lights and blurry, and my face and hands are very swollen since yesterday.
""")
e("postpartum_pre_eclampsia", E, 33, "female", "self_uk", "sign_last", """
Had my baby 6 days ago, all went well. Lip twitching this week which I put down to zero sleep. Tonight I've got a splitting headache that won't shift, spots in front of my eyes, and my ankles and face are really puffy.
""")
e("postpartum_pre_eclampsia", E, 29, "female", "forum", "edit_update", """
Anyone else get lip twitching postpartum? Baby is 10 days old, I'm exhausted, breastfeeding is hard, probably just that.

Edit: now also have a pounding headache and blurred vision and my husband took my BP with his machine - 162/108.
""")
e("postpartum_pre_eclampsia", E, 36, "female", "partner", "plain", """
My wife gave birth 2 weeks ago. Her lip started twitching yesterday and today she has a bad headache, she's seeing flashing lights, and she's short of breath and swollen.
""")
e("eclampsia", A, 26, "female", "partner", "plain", """
My wife is 37 weeks pregnant. She had a bad headache all day and her lip was twitching, and just now she had a fit - shaking all over for about a minute. She's breathing but very drowsy.
""")
e("eclampsia", A, 30, "female", "relative", "undescribed", """
My sister had her baby 4 days ago. She'd been complaining of headaches and her mouth twitching and then she went stiff and jerked all over on the bed, didn't answer us. It's stopped but she's not really with it.
""")

# ---------------------------------------------------------------- GBS / myasthenia / breathing
e("guillain_barre", E, 41, "male", "forum", "buried", """
Had a bad stomach bug about 3 weeks ago (food poisoning from a barbecue I think). Then last week tingling in my toes and fingers. I've also had a twitchy lip. Now my legs are getting weaker by the day, today I couldn't get up the stairs, my arms are weak too and both sides of my face feel stiff, I can't smile properly.
""")
e("guillain_barre", E, 35, "female", "self_us", "denial_mixed", """
No stroke symptoms, it's both sides equally. But I've had lip twitches and tingling in my feet since a cold 2 weeks ago and now the weakness is creeping up - knees buckle, can't get up off the floor, and today my hands are weak too. It's getting worse each day.
""")
e("guillain_barre", E, 58, "male", "non_native", "plain", """
After flu 2 weeks, my legs is weak and now the weakness go up to the arms. Both side of my face is weak, I cannot close eyes strong or smile. Also lip was twitching before.
""")
e("guillain_barre", A, 47, "female", "partner", "plain", """
My wife's legs have got weaker over 4 days after a tummy bug, now she can't walk, her lip was twitching and both sides of her face are weak, and now she's getting breathless lying flat and can't cough properly.
""")
e("guillain_barre", A, 22, "male", "textspeak", "sign_last", """
had a bug 2 wks ago, lip twitchin, legs n arms gone weak n gettin worse, now cant swallow properly n its hard to breathe in
""")
e("myasthenic_crisis", A, 54, "female", "self_uk", "plain", """
I have myasthenia gravis. Lip has been twitching and my chewing's been weak this week with a chest infection. Now I'm struggling to breathe, can't finish a sentence, and I'm choking on my own saliva.
""")
e("myasthenic_crisis", E, 63, "male", "relative", "minimised", """
Dad has myasthenia. His mouth's twitchy and his voice has gone nasal and weak, and today he's struggling to swallow anything, even water comes back up his nose. He says it's just a bad day.
""")
e("breathing_difficulty", A, 60, "male", "elderly", "undescribed", """
My lip twitches now and then. Since this afternoon I cannot catch my breath even sitting in my chair, I can only say a few words before I must stop for air, and my lips look a bit blue.
""")
e("breathing_difficulty", A, 45, "female", "textspeak", "plain", """
lips twitchin n i cant breathe properly even sittin still, gaspin, cant talk in full sentences
""")
e("breathing_difficulty", E, 70, "female", "carer_carehome", "plain", """
Resident with twitching around the mouth today. She's breathless at rest, breathing fast, and needs to stop after a few words. This is new since this morning.
""")
e("choking", A, 80, "male", "carer_carehome", "plain", """
Resident has had lip twitching all week. At lunch he choked on some meat and now he's coughing weakly, can't speak, and is going red then grey.
""")
e("choking", A, 1, "male", "parent_baby", "undescribed", """
My 1 year old's lip was twitching and now he's got something stuck - he's making no sound, can't cry, his lips are going blue and he's clutching at his mouth.
""")

# ---------------------------------------------------------------- hypoglycaemia
e("hypoglycaemia_confusion", E, 68, "male", "partner", "undescribed", """
Husband's type 2 on gliclazide, skipped lunch. His lip is twitching, he's sweaty and pale, and he's acting really odd - aggressive, confused, putting his shoes in the fridge. His sugar was 2.6.
""")
e("hypoglycaemia_confusion", E, 17, "female", "teen", "plain", """
type 1 diabetic, took my insulin then didnt eat. lip twitchin, shakin, sweatin and my mum says im talking weird and not making sense. reading was 2.8
""")
e("hypoglycaemia_confusion", E, 55, "male", "non_native", "plain", """
My husband have diabetes, he take insulin. Now his lip is twitch, he sweat, he is very confused, he does not know me. Sugar machine say 45.
""")
e("hypoglycaemia_unable_swallow", A, 72, "female", "relative", "plain", """
Mum is diabetic on insulin. Lip twitching, very sweaty, and now she's so drowsy she can't swallow the juice we're trying to give her, it just dribbles out.
""")
e("hypoglycaemia_unable_swallow", A, 14, "male", "parent_child", "plain", """
My son has type 1. His lip started twitching after football and now he's barely conscious, won't respond to me, and can't take the glucose gel. Reading says LO.
""")

# ---------------------------------------------------------------- meningitis / encephalitis / headache
e("meningitis", A, 19, "female", "teen", "undescribed", """
at uni, been feeling rough. lips twitchy, high temp, really bad headache, neck stiff and the light hurts my eyes. now i've got little purple dots on my legs that dont go away when i press a glass on them
""")
e("meningitis", E, 24, "male", "self_uk", "minimised", """
Lip twitching today, probably hangover. Fever of 39, banging headache, can't put my chin on my chest without it really hurting, and the lights hurt. Probably just flu.
""")
e("meningitis", A, 1, "female", "parent_baby", "plain", """
My 13 month old has a fever and her lip's been twitching. She's really floppy and hard to wake, and I've just seen a rash of tiny dark red spots on her tummy that don't fade with the glass test.
""")
e("meningitis", E, 7, "male", "non_native", "plain", """
My son 7 years have fever and strong head pain, he cannot bend neck, light hurt his eyes, and his lip is twitching, he vomit. Today.
""")
e("encephalitis", E, 35, "female", "partner", "undescribed", """
My wife's had a fever and headache for 3 days. Today her lip keeps twitching, and she's acting completely unlike herself - confused, saying strange things, doesn't recognise our house.
""")
e("encephalitis", A, 50, "male", "relative", "plain", """
My brother had a cold sore and a fever. Now his mouth's twitching, he's confused, his speech is weird, and he just had a fit.
""")
e("thunderclap_headache", A, 46, "female", "self_uk", "undescribed", """
Lip has been twitching a bit this week. Twenty minutes ago I was lifting shopping and got a sudden headache like being hit over the back of the head with a bat - worst pain ever, came on in seconds. Feel sick and my neck is stiff.
""")
e("thunderclap_headache", A, 38, "male", "textspeak", "minimised", """
lip twitchin all wk. just now mid sex got the worst headache of my life outta nowhere like my head exploded in a second. feel sick. prob nothing
""")
e("thunderclap_headache", A, 59, "female", "non_native", "plain", """
My lip twitch some days. Now suddenly very very strong head pain came in one second, worst in my life, I vomit. 30 minutes ago.
""")

# ---------------------------------------------------------------- mental health / overdose
e("suicidal_intent", E, 34, "male", "forum", "buried", """
Not sure why I'm posting here. Lip twitching for weeks, doctor says it's stress. Lost my job, my wife left, I haven't slept properly in a month. Honestly I've been sorting my affairs out and I've got my tablets saved up and I plan to take them all tonight when the flat's empty. The twitch is the least of it.
""")
e("suicidal_intent", E, 17, "female", "teen", "minimised", """
my lip wont stop twitching and its so annoying, its probably stress from everything. i dont really want to be here anymore and i've been thinking about how i'd end it, i've got a plan for tomorrow. dont tell anyone
""")
e("suicidal_intent", E, 52, "male", "textspeak", "sign_last", """
lip twitchin like mad, no sleep, no point anymore. got the rope sorted. just wanted to know what the twitch is
""")
e("suicidal_intent", E, 44, "female", "non_native", "plain", """
My lip is twitch because I am very stress. I don't want to live more, I decide to kill myself this week, I have the pills ready.
""")
e("self_harm_overdose", E, 22, "female", "teen", "undescribed", """
lip twitching after i took a whole pack of paracetamol (16) and some of my mums sleeping pills about 2 hours ago. i dont feel that bad yet. i dont want my parents to know
""")
e("self_harm_overdose", A, 40, "male", "partner", "plain", """
My partner's taken a load of his amitriptyline tablets - the box is empty. His lip's twitching, he's getting very drowsy, hard to wake, and his heart is racing.
""")
e("self_harm_overdose", E, 29, "male", "self_us", "minimised", """
Took like 30 of my Wellbutrin a few hours ago when I was in a bad place. Feel kinda shaky, lip is twitching and jerking. I'm okay now, I don't think I need the ER, just want to know if the twitching will stop.
""")

# ---------------------------------------------------------------- infection / toxins
e("tetanus", E, 48, "male", "self_aus", "undescribed", """
Stood on a rusty nail in the garden about a week ago, never had a tetanus booster since school. Now my lip's twitching, my jaw is getting tight and hard to open, and I'm getting painful spasms in my neck and back.
""")
e("tetanus", A, 66, "female", "non_native", "plain", """
I cut my hand with garden tool 10 days before. Now my lip is twitch, my jaw is locked, I cannot open mouth, my body have spasm and I am difficult to swallow and breathe.
""")
e("botulism", E, 37, "female", "forum", "buried", """
We had home-canned green beans from my aunt's garden at the family reunion on Sunday (big family, 40 people, great weekend). Since yesterday my lip is twitchy, my eyelids are drooping, I'm seeing double and my speech is slurred and swallowing is hard. My cousin has the same thing.
""")
e("botulism", A, 31, "male", "self_us", "plain", """
Ate some old home-fermented fish 2 days ago. Lip twitching, eyelids drooping, double vision, can't swallow properly and now it's getting hard to breathe.
""")

# ---------------------------------------------------------------- angioedema
e("angioedema_airway", A, 58, "female", "self_uk", "undescribed", """
Started ramipril last week. My lip started twitching this morning and now my lips and tongue have swollen up massively and my throat feels tight, voice is hoarse and it's getting harder to breathe.
""")
e("angioedema_airway", A, 9, "male", "parent_child", "plain", """
My son (9) ate a cookie at a party - he's allergic to nuts. His lip twitched then swelled up, his tongue's swelling and he's wheezing and struggling to breathe.
""")
e("angioedema_airway", A, 34, "female", "textspeak", "minimised", """
my lip was twitchin then it blew up like a balloon n now my tongue n throat r swelling n its hard to swallow n breathe. prob an allergy, took a piriton
""")
# ---------------------------------------------------------------- more hand-written, mixed voices
e("face_droop", A, 66, "female", "typos", "undescribed", """
my lip has been twitcing and now my moth is all crooked on one sid, my cheek wont move when i try to smlie. just happend at tea tme. autocorrect is rubish sorry
""")
e("face_droop", A, 57, "male", "self_aus", "minimised", """
G'day. Top lip's been twitching for a week, reckon it's the servo coffee. Missus just said half me face has dropped - left side hanging, can't puff me cheek out, water dribbles out when I drink. Came on this arvo, maybe an hour back. She's overreacting I reckon, she'll be right?
""")
e("stroke_arm_weakness", A, 74, "male", "elderly", "vague_time", """
I am 74. My lip has had a shiver in it on and off. Some time after my dinner, I could not tell you the hour, my right hand stopped working, I cannot hold my pen and the arm is heavy as lead. It has not got better.
""")
e("stroke_arm_weakness", A, 52, "female", "forum", "buried", """
Okay I'm going to try to keep this short but I never can. Perimenopause, HRT patch since March, hot flushes, sleeping 4 hours a night, lip twitching for two weeks (googled: stress, magnesium, blah). Work's a nightmare, we've got an Ofsted inspection. Was marking books about 40 minutes ago and my left hand went weak and tingly and the arm won't lift properly, I keep dropping the pen. Also my face feels a bit odd on that side. Anyone had this on HRT?
""")
e("stroke_speech", A, 64, "female", "self_us", "undescribed", """
Lip twitch since Sunday. About half an hour ago I tried to tell my husband about the mail and what came out was gibberish, and I couldn't understand what he was saying back. It's a bit better but still wrong. 
""")
e("stroke_speech", A, 58, "male", "typos", "plain", """
my lip was twiching all day, now my speach is slured and i cant get the rite words out, my wife says i sound drunk but i havnt had a drop. started bout 20 mins ago
""")
e("stroke_vision", A, 72, "female", "elderly", "undescribed", """
My lip twitches at the corner. About an hour ago, while doing my knitting, the left half of my sight went missing in both eyes - I can't see the side of the room where the window is unless I turn my head. It hasn't come back.
""")
e("stroke_balance", A, 61, "male", "self_us", "denial_mixed", """
Face looks fine, arms fine, talking fine. Lip's been twitching all week. But about 40 minutes ago I got hit with a sudden spinning and I can't walk without holding the walls, I veer to one side, and I've got a pounding headache at the back of my head.
""")
e("tia_resolved", A, 62, "male", "forum", "edit_update", """
Lip twitch for a week - what supplements help?

Also a bit odd, this afternoon (about 2 hours ago) I couldn't feel my left arm or left side of my face for maybe 10 minutes. Back to normal now.

EDIT: wife says I should mention my speech was slurred during it too. All fine now though.
""")
e("tia_resolved", A, 70, "female", "very_short", "vague_time", """
Lip twitching. Earlier today arm went weak and face droopy for a few minutes, now fine.
""")
e("seizure_ongoing", A, 45, "female", "carer_carehome", "plain", """
Supported living: service user (45, learning disability, no known epilepsy) had lip twitching earlier, now she's on the floor, stiff then jerking all four limbs, grey around the lips. Started a minute ago, still going.
""")
e("seizure_prolonged", A, 3, "female", "parent_child", "vague_time", """
My 3 year old's mouth twitched then she started shaking all over. It's gone on a long time - I think since before the kettle boiled, that's definitely more than five minutes. She's still shaking and her lips are blue.
""")
e("first_seizure", A, 31, "male", "self_us", "edit_update", """
Anyone else get lip twitching from ADHD meds? Been on them 2 months.

UPDATE: my roommate just told me I had a seizure on the couch about 30 min ago - full body shaking, about a minute, and I was out of it for a while after. Never had one before. I feel groggy but ok.
""")
e("first_seizure", A, 74, "female", "relative", "plain", """
My aunt, 74, lives alone. Neighbour found her on the floor shaking all over about half an hour ago, it lasted a couple of minutes. She's had a twitchy mouth for a week. She's never had a fit before. She's awake now but very confused.
""")
e("child_first_febrile_seizure", A, 4, "female", "forum", "minimised", """
Hi mums, my 4yo has chickenpox and a temp of 38.8. Her lip was twitching earlier and just now she had a fit in bed - her arms and legs were jerking for about a minute and she didn't answer me. She's never had one. She's asleep now and I don't want to wake her to drag her out in the rain. Surely it's just the temperature?
""")
e("acute_dystonia", E, 18, "female", "teen", "minimised", """
ok so this is probably nothing but i got some anti-sickness tabs from the pharmacy for a hangover (they were buccastem i think). now my lip keeps twitching and my eyes keep flicking up and getting stuck and my neck is pulling to one side. lol is this normal
""")
e("acute_dystonia", E, 26, "male", "self_aus", "plain", """
Got given Maxolon at the hospital for a migraine last night. Today my lip's twitching, my jaw keeps clamping and my tongue's curling to one side and sticking out, can't stop it.
""")
e("tetany_hypocalcaemia", E, 57, "female", "elderly", "undescribed", """
I had my parathyroid glands operated on last Friday. Since this morning I have a jumping upper lip and the fingers of both hands keep curling in stiffly all by themselves, and I can't straighten them for some minutes. It is most uncomfortable.
""")
e("infant_apnoea_blue", A, 0, "male", "forum", "buried", """
Long post, sorry, tired mum. Baby is 4 weeks, born at 36 weeks, breastfeeding finally going well after a rocky start, we've had tongue tie cut, my partner's back at work. I've noticed his bottom lip trembles quite a lot which I read is normal. Anyway I'm posting because twice tonight while feeding he just stopped breathing and went grey-blue around his lips and limp for about 15 seconds, then came back. He seems okay now.
""")
e("infant_movements_not_stopping", A, 0, "female", "forum", "edit_update", """
Is lip quivering in a 3 month old normal?

Edit: now her whole right side is doing rhythmic little jerks, arm and leg, and holding her doesn't stop it. Been about 4 minutes. She's not crying.
""")
e("febrile_infant_under_3m", E, 0, "female", "forum", "buried", """
Sorry for the essay. Baby is 8 weeks, my first, we're staying at the in-laws for the week, she's been a bit unsettled with all the people and noise. My mother-in-law says the lip quivering is just her 'talking'. This evening she felt hot and her temperature is 38.2 under the arm. She's still feeding. Everyone is telling me not to fuss.
""")
e("lithium_toxicity", E, 50, "male", "self_uk", "sign_last", """
Lithium for about 10 years. Had a bad bout of D&V over the weekend and didn't drink much, plus I've been taking naproxen for my knee. Lip twitching since Monday. Today my hands are shaking so much I can't hold a cup, I'm staggering and slurring and my wife says I keep losing the thread.
""")
e("serotonin_syndrome", E, 22, "male", "teen", "plain", """
im on sertraline and took mdma at a party last night. my lip keeps twitching and my legs are twitching and jerking by themselves, im sweating like crazy, temp is 38.8 and my heart is racing. feel really agitated and weird
""")
e("caffeine_overdose", E, 15, "male", "parent_child", "plain", """
My 15 year old drank four big energy drinks and took some caffeine gum for a gaming marathon. His lip's twitching, he's vomited, says his heart's pounding and skipping and he feels faint.
""")
e("nicotine_ingestion_child", E, 2, "male", "self_aus", "vague_time", """
Me toddler got into the vape juice in my bag, no idea how long ago, could be an hour. He's spewed a couple times, he's dribbling and his little mouth keeps twitching.
""")
e("alcohol_withdrawal_dts", E, 66, "male", "elderly", "minimised", """
I have taken a drink most of my life, a good half bottle of whisky a day. I stopped on Sunday. My lip is twitching and I'm trembling, and last night I saw men in the garden who weren't there and didn't know where I was this morning. I expect it will pass.
""")
e("pre_eclampsia", E, 35, "female", "self_aus", "denial_mixed", """
31 weeks. Bub's moving fine, no bleeding, waters haven't gone. But my lip's been twitchy, I've got a cracker of a headache that won't go with Panadol, I'm seeing sparkly lights and my face has swollen up out of nowhere.
""")
e("guillain_barre", E, 29, "female", "textspeak", "plain", """
had gastro 2 wks ago. lips twitchy, now my legs r weak n its spreadin up to my arms, cant climb stairs, both sides of my face feel weak n numb. gettin worse every day
""")
e("hypoglycaemia_confusion", E, 81, "female", "carer_carehome", "undescribed", """
Resident (81) on insulin, didn't eat her breakfast. Lip twitching, clammy and pale, and she's much more muddled than usual, can't follow simple instructions, slurring slightly. BM 2.4.
""")
e("meningitis", A, 17, "male", "parent_child", "sign_last", """
My son's been in bed with what we thought was flu. Fever, headache, lip twitching, says the light hurts. I just noticed spots on his arms like pinpricks that don't fade when I press a glass on them.
""")
e("suicidal_intent", E, 67, "male", "elderly", "minimised", """
My mouth has a twitch since my wife died in the spring. I am not sleeping. I have decided I will not be going on much longer, I've put my affairs in order and I have the tablets. I only ask about the twitch.
""")
e("carbon_monoxide", E, 44, "female", "self_us", "denial_mixed", """
No fever, no cough. But since the furnace came on this week the whole family has headaches, we're all nauseous and dizzy, I have a twitchy lip, and the headaches get better when we're out of the house. The CO detector's been beeping but I thought it was the battery.
""")
e("breathing_difficulty", A, 55, "female", "non_native", "plain", """
My lip is twitch. Now I cannot breath, even sitting, I cannot finish my words, my lips colour is blue little.
""")
e("organophosphate_poisoning", E, 52, "male", "self_us", "minimised", """
Was dipping sheep today, got splashed a fair bit. Lip's twitching, sweating, stomach cramps, drooling more than usual and my pupils look tiny in the mirror. Probably just a long hot day.
""")
e("encephalitis", E, 8, "female", "parent_child", "plain", """
My 8 year old has had a fever for 2 days. Today her lip keeps twitching and she's very confused and drowsy, saying odd things and not recognising her brother.
""")
e("head_injury_neuro", A, 45, "male", "self_aus", "sign_last", """
Came off the quad bike yesterday, whacked me head. Lip's been twitching and numb since. Today the left side of my face has dropped and I keep being sick, headache's getting worse.
""")
e("eclampsia", A, 22, "female", "non_native", "plain", """
My wife is pregnant 8 month. She have headache and swelling and the lip twitch, now she have fit, all body shake, she not answer.
""")
e("thunderclap_headache", A, 33, "female", "forum", "buried", """
Bit of background - I get migraines, I've had a twitchy lip for a week (stress, moving house), and I'm on the pill. But this is different: 15 minutes ago, bending down to pick up a box, I got a headache that went from nothing to the worst pain I've ever felt in about two seconds, like an explosion at the back of my head. I've been sick and I feel strange.
""")
e("angioedema_airway", A, 62, "male", "elderly", "undescribed", """
My lip has a twitch. This morning my lips and tongue swelled right up and now my throat feels thick and tight and my breathing is making a noise. I take lisinopril for blood pressure.
""")
e("stimulant_chest_pain", A, 35, "male", "forum", "minimised", """
Not proud of it but I did a fair bit of coke at a stag do last night. Lip's been twitching all day. Now I've got this crushing pain in my chest and it's going into my jaw, and I'm sweating. Is this just anxiety from the comedown?
""")
e("botulism", E, 44, "male", "non_native", "plain", """
I eat homemade canned fish 2 days before. Now lip is twitch, my eyelids are falling, I see double and it is difficult to swallow and talk.
""")
e("nms", E, 24, "male", "textspeak", "plain", """
my bro on new antipsychotic, lips twitchin, now hes stiff as a board, burnin up hot n sweatin n not makin sense
""")
e("benzo_withdrawal", E, 36, "female", "textspeak", "plain", """
quit my clonazepam cold turkey 5 days ago after 3 yrs. lip twitchin, cant sleep, n now seein shadows movin n feel confused, dont know what day it is
""")
e("myasthenic_crisis", A, 41, "female", "non_native", "plain", """
I have myasthenia. My lip is twitch, voice is weak, and now I cannot breathe good, I cannot take deep breath, and swallow is very difficult.
""")
e("hyponatraemia", E, 34, "female", "self_uk", "undescribed", """
Been on a 'water cleanse' drinking 7 litres a day and not eating much. Lip twitching, throwing up, terrible headache and I keep getting confused and forgetting what I'm doing.
""")
e("self_harm_overdose", E, 16, "male", "parent_child", "plain", """
My 16 year old just told me he swallowed a load of my ibuprofen and paracetamol an hour ago after a row. His lip is twitching and he feels sick.
""")
# ================================================================ CONTROLS (hand-written)
c("hypothetical_stroke", C, 52, "female", "forum", "plain", """
Hi all, health anxiety here. My top lip has been twitching on and off for three weeks, mostly in the evenings. I keep checking my face in the mirror for drooping (there's none), I've done the arm test a hundred times, my speech is fine. I'm just terrified it's the start of a stroke because my neighbour had one last year. Could twitching be an early warning?
""")
c("hypothetical_stroke", C, 44, "male", "very_short", "plain", """
Lip twitching 2 weeks. Could it turn into a stroke? No other symptoms.
""")
c("hypothetical_seizure", C, 29, "female", "textspeak", "plain", """
my lip keeps twitchin for like a month now, is it a sign im gonna have a seizure?? never had one, just scared after watchin a tiktok about it
""")
c("hypothetical_seizure", C, 35, "male", "non_native", "plain", """
Hello, my lip is jumping small since 3 weeks. I read on internet it can be epilepsy. I never have fits, I feel good. Should I worry for epilepsy?
""")
c("hypothetical_ms", C, 31, "female", "forum", "buried", """
Long post sorry. I'm 31, work in marketing, recently engaged, planning a wedding which is stressful, and for about 5 weeks my lower lip twitches several times a day. Dr Google told me MS, ALS, Parkinson's, you name it. I've got no weakness, no numbness, no vision problems, I'm running 5k three times a week fine. I just can't stop thinking about it. Should I push for an MRI?
""")
c("hypothetical_als", C, 48, "male", "self_us", "plain", """
Had a twitch at the corner of my mouth for two months, plus random calf twitches. I'm convinced it's ALS. Strength is normal, I lift weights, no trouble swallowing or speaking. Saw a video of someone with fasciculations and now I can't sleep.
""")
c("relative_stroke", C, 58, "female", "self_uk", "plain", """
My mum had a stroke at 62 so I'm a bit jumpy. My top lip has had a flicker for a fortnight. No droop, no weakness, speech fine, no headache. Should I see my GP or is it just stress?
""")
c("relative_epilepsy", C, 26, "male", "textspeak", "plain", """
my brother has epilepsy n has fits. my lip has been twitchin for a week. im fine otherwise, never had a fit. does it run in families?
""")
c("relative_pre_eclampsia", C, 28, "female", "non_native", "plain", """
I am pregnant 22 weeks. My sister had pre-eclampsia in her pregnancy. Now my lip is twitching little. My blood pressure last week was normal at midwife, no headache, no swelling, vision good.
""")
c("relative_dts", C, 40, "male", "forum", "plain", """
My dad died of alcohol problems and had the DTs when I was a kid, so I'm careful. I drink maybe 3 pints at the weekend, never in the week. My lip has been twitching for 10 days. No shakes, no sweats, nothing else. Anything to worry about?
""")
c("past_tia_years", C, 71, "male", "elderly", "plain", """
I had a mini-stroke eight years ago and was treated at the time; I take my aspirin and statin faithfully. For the last month my upper lip has developed a flutter. I have no weakness, no trouble speaking, nothing else new. Should I mention it at my next check-up?
""")
c("past_febrile_seizure", C, 5, "female", "parent_child", "plain", """
My daughter had a febrile convulsion when she was 18 months old - that was over three years ago and nothing since. Now she's 5 and I've noticed her lip twitching a bit when she's tired. No temperature, she's well, running around. Should I get her looked at?
""")
c("past_seizure_resolved", C, 37, "female", "self_uk", "plain", """
I had a single seizure back in 2015 after a night of no sleep, was investigated, all clear, never had another, back driving for years. Lately my lower lip twitches now and then. No blackouts, no lost time, no jerking. GP or nothing?
""")
c("past_dystonia_resolved", C, 24, "female", "teen", "plain", """
last year i had a reaction to metoclopramide where my neck twisted, got treated at a&e and it went away. i havent taken it since. now my lip twitches a bit sometimes when im stressed, nothing else, no neck stuff, no eye stuff. is it related?
""")
c("past_bells_old", C, 55, "female", "self_us", "plain", """
I had Bell's palsy on the left about 4 years ago and it mostly recovered. Now when I blink my mouth corner on that side twitches a bit and when I eat my eye waters. Nothing new recently, it's been like this for a couple of years. Worth seeing someone about?
""")
c("bells_diagnosed_treated", C24, 42, "male", "forum", "plain", """
Diagnosed with Bell's palsy by my GP 3 days ago, on prednisolone and eye drops, taping my eye at night. The right side of my face is still weak, which they said would take weeks. Today the muscles near my lip on the weak side are twitching a little. No new symptoms, no weakness anywhere else, no headache. Is twitching a good sign of recovery?
""")
c("bells_diagnosed_treated", C, 33, "female", "non_native", "plain", """
Two months ago I have Bell's palsy, doctor give me steroid. Now the face is almost back. Sometimes the lip on that side is twitching little. Everything else is fine.
""")
c("ramsay_hunt_known", C24, 61, "male", "self_uk", "plain", """
Seen by the out-of-hours GP yesterday and diagnosed with Ramsay Hunt - painful blisters in my ear, right side of face weak. Started on aciclovir and steroids. Now the corner of my mouth on that side is twitching a bit. Nothing else new - no arm or leg problems, speech is fine apart from the lip, no headache other than the earache.
""")
c("ramsay_hunt_known", C24, 47, "female", "forum", "plain", """
I was diagnosed with Ramsay Hunt syndrome 5 days ago (shingles in the ear, face weak on the left), I'm on antivirals. My lip keeps twitching on the weak side. Is this normal in recovery? Otherwise no change, no new symptoms, I feel okay in myself.
""")
c("dental_anaesthetic", C, 30, "female", "textspeak", "plain", """
had a filling this mornin, lip still numb n droopy on that side n now its twitchin as the numbness wears off. normal right
""")
c("dental_anaesthetic", C, 45, "male", "self_us", "plain", """
Got a crown done at the dentist 3 hours ago. Left lower lip and chin still numb, I'm drooling a bit out of that corner and the lip twitches. Dentist said numbness could last a few hours.
""")
c("dental_anaesthetic", C, 62, "female", "elderly", "plain", """
I had a tooth taken out this morning with an injection. The side of my lip is still numb and a bit droopy, and there is a twitch in it now. The dentist told me the feeling would come back by teatime.
""")
c("idiom_stroke_luck", C, 39, "male", "self_uk", "plain", """
Stroke of luck - finally got a GP appointment for Thursday. My bottom lip has been twitching for a month, especially after long days. Nothing else. What should I ask them?
""")
c("word_stroke_swim", C, 16, "female", "teen", "plain", """
im a swimmer and been training hard for county, working on my breaststroke and backstroke like 6 times a week. my lip keeps twitching after sessions. is that from tiredness?
""")
c("word_stroke_paint", C, 67, "female", "elderly", "plain", """
I paint watercolours and my lip twitches when I concentrate on the fine brush strokes. It has done this for some months. I feel perfectly well otherwise.
""")
c("word_fit", C, 27, "female", "textspeak", "plain", """
been doin keep fit classes 5x a week, proper fit now lol. but my lip twitches after class sometimes. anything to worry about
""")
c("word_fit", C, 50, "male", "self_aus", "plain", """
Been fitting a new kitchen all week, long days on the tools, too many flat whites. Top lip's started twitching. Otherwise fit as a fiddle.
""")
c("idiom_threw_a_fit", C, 34, "female", "forum", "plain", """
My boss threw a fit at me today over a deadline and ever since my lip has been twitching. It's been a stressful month. I'm not ill otherwise. How do I make it stop?
""")
c("word_seizure", C, 43, "male", "self_uk", "plain", """
Work in customs - we had a big drugs seizure at the port this week, long shifts and lots of paperwork. Lip's been twitching for days. Tired but fine otherwise.
""")
c("word_seizure", C, 55, "female", "non_native", "plain", """
The bank make seizure of my house because of debt, I am very stress. Now my lip is twitching every day. I sleep bad. Nothing other problem.
""")
c("idiom_dying", C, 22, "female", "teen", "plain", """
my lip has been twitching for a week and its so embarrassing, im literally dying every time someone notices in a lecture. is it caffeine? i have like 3 coffees a day
""")
c("idiom_head_explode", C, 36, "male", "textspeak", "plain", """
work is makin my head explode, 60 hr weeks. lips twitchin all wk. no actual headache just stressed af
""")
c("idiom_cant_breathe_laughing", C, 19, "female", "teen", "plain", """
my friends were laughing so hard at my twitchy lip we couldn't breathe lol. its been doing it for a few days during exams. nothing else wrong
""")
c("idiom_paralysed_fear", C, 41, "female", "forum", "plain", """
I've been paralysed with fear about my lip twitch since reading about motor neurone disease. It's been going 6 weeks. I'm strong, no trouble swallowing, no slurring. I know it's probably anxiety feeding anxiety.
""")
c("idiom_blue", C, 58, "male", "elderly", "plain", """
Been feeling a bit blue since retiring. Sleep's not great. My lip has taken to twitching in the evenings. No other trouble.
""")
c("word_blue_lips_food", C, 6, "male", "parent_child", "plain", """
My 6 year old's lips are blue from a blue raspberry ice lolly, he's running around fine. But he's had a little twitch at the corner of his mouth for a few days when he's tired. Should I take him to the GP?
""")
c("word_collapse", C, 47, "male", "self_us", "plain", """
After the market collapse this month I've been stressed out of my mind, glued to my screens, 6 coffees a day. Lip has been twitching nonstop. Otherwise healthy.
""")
c("word_choke", C, 29, "male", "self_uk", "plain", """
Choked in the cup final penalties on Saturday, been beating myself up about it since, not sleeping. Lip's been twitching since. Physically fine.
""")
c("word_ambulance_job", C, 38, "female", "self_uk", "plain", """
I'm a paramedic, working lots of night shifts on the ambulance. My lip twitches after long runs of nights. Nothing else wrong, no weakness or anything.
""")
c("word_a_and_e_job", C, 33, "male", "self_aus", "plain", """
I'm a nurse in ED, doing back-to-back shifts. Top lip's been twitching for a fortnight. Otherwise fine. Reckon it's the caffeine and no sleep?
""")
c("word_emergency_unrelated", C, 44, "female", "forum", "buried", """
We had an emergency with a burst pipe last week (ceiling came down in the kitchen) and I've been running around with insurers ever since, barely sleeping, living on coffee. My lip has twitched for about 6 days. No other symptoms. Just fed up.
""")
c("negated_red_flags", C, 60, "male", "self_uk", "denial_mixed", """
Top lip twitching for 3 weeks. No drooping, no weakness in arms or legs, no slurring, no headache, no vision changes, no dizziness. It's just an annoying flicker. GP worth it?
""")
c("negated_red_flags", C, 35, "female", "non_native", "denial_mixed", """
My lip is twitching 10 days. I don't have pain in head, my face is not falling, I can speak good, arms and legs are strong, no fever. Only the twitch.
""")
c("negated_red_flags", C, 70, "female", "carer_carehome", "denial_mixed", """
Carer at a care home. One resident (70) has a twitch at the corner of her mouth the past few days. Obs all normal, no facial droop, eating and drinking well, speech normal, mobilising as usual, no falls. Should we ask GP to review at the next round?
""")
c("negated_red_flags", C, 12, "male", "parent_child", "denial_mixed", """
My son's lip has been twitching for a week. No fever, no fits, no headaches, he's eating and playing normally, no weakness. Could it be a tic? Should we see the GP?
""")
c("exertion_breathless_normal", C, 45, "male", "self_us", "plain", """
Training for a half marathon. Get out of breath on hill sprints like anyone would, recover in a minute. Lately my upper lip twitches after long runs. No chest pain, no breathlessness at rest.
""")
c("exertion_breathless_normal", C, 68, "female", "elderly", "plain", """
I get a little puffed going up the hill to the shops, as I always have at my age, and it passes when I stop. My lip has been twitching lately. Nothing else has changed.
""")
c("caffeine_normal", C, 30, "male", "textspeak", "plain", """
drink like 4 coffees a day n lip keeps twitchin. no palpitations or anythin. should i cut down?
""")
c("caffeine_normal", C, 24, "female", "self_us", "plain", """
I have two cold brews and a Celsius most days for work. My lip twitches in the afternoon. Heart feels fine, no chest pain, no vomiting. Is it the caffeine?
""")
c("alcohol_normal", C, 39, "male", "self_uk", "plain", """
Had a heavy weekend at a wedding, bit hungover Sunday, fine now. Lip twitched Sunday and Monday. I normally drink maybe 6-8 units a week. No shakes, no sweats.
""")
c("alcohol_hangover", C, 23, "female", "teen", "plain", """
hungover af after freshers, lip twitching this morning. no shaking or seeing things lol just a headache n regret
""")
c("nicotine_normal", C, 28, "male", "textspeak", "plain", """
vape a lot (20mg salts) n my lip twitches. no kids in the house, nobody swallowed anything. is it the nicotine?
""")
c("nicotine_patch_normal", C, 52, "female", "self_uk", "plain", """
Started nicotine patches last week to quit smoking. My lip's been twitching and I've had odd dreams. Otherwise fine.
""")
c("stable_epilepsy_no_seizure", C, 34, "male", "self_uk", "plain", """
I have well-controlled epilepsy on lamotrigine, seizure-free 4 years. Lately I get a bit of lip twitching when I'm tired - not like my old auras, no lost time, nothing spreading. Ring my epilepsy nurse?
""")
c("stable_lithium", C, 46, "female", "forum", "plain", """
On lithium for 12 years, levels checked last month and were fine (0.6). No sickness, no diarrhoea, no new meds, walking fine. I've noticed my lip twitching a little in the evenings. Worth mentioning to my psychiatrist?
""")
c("stable_ssri", C, 33, "female", "self_us", "plain", """
On sertraline 100mg for a year, no changes, no new meds or supplements. My upper lip twitches sometimes. No fever, no sweating, no agitation.
""")
c("stable_antipsychotic_td", C, 58, "male", "carer_carehome", "plain", """
Service user on long-term antipsychotic for many years. He's had slow chewing movements and lip smacking for a few months now that the team noticed gradually. No stiffness, no fever, no eye rolling, no breathing trouble. Should we flag for his psychiatric review?
""")
c("known_hemifacial_spasm", C, 63, "female", "elderly", "plain", """
I was diagnosed with hemifacial spasm two years ago. My eye and the corner of my mouth on the left pull together. It's been the same for ages, perhaps a bit worse when tired. I'm due my Botox. Nothing else new.
""")
c("known_tourette", C, 14, "male", "parent_child", "plain", """
My son has Tourette's and his tics change every few months. Now he's got a new lip-pursing and mouth-stretching tic. He's otherwise well, no other worries. Should we tell his paediatrician?
""")
c("known_essential_tremor", C, 72, "male", "elderly", "plain", """
I've had essential tremor for years, in my hands and sometimes my voice. Lately my chin and lip tremble a bit when I'm speaking. Been creeping on slowly. Anything to be done?
""")
c("known_parkinsons_stable", C, 76, "female", "relative", "plain", """
My mum has Parkinson's, diagnosed 5 years ago. She's had a gradual tremor of her lip and jaw for a while, worse when resting. No sudden changes, no falls, no confusion. Worth raising with her nurse?
""")
c("old_stroke_stable", C, 79, "male", "carer_carehome", "plain", """
Resident had a stroke 3 years ago, left face and arm weakness that's been the same since. Recently he has small twitches at the left corner of his mouth. No new weakness, speech unchanged, alert. Mention to GP?
""")
c("infant_lip_quiver_normal", C, 0, "female", "parent_baby", "plain", """
My 3 week old's bottom lip quivers when she cries and sometimes when she's falling asleep. She feeds well, lots of wet nappies, pink, alert, no temperature. Is it normal?
""")
c("infant_startle_normal", C, 0, "male", "parent_baby", "plain", """
Newborn (2 weeks) - he throws his arms out when startled and his lip and chin tremble, but it stops the second I hold him or he sucks on my finger. Feeding great, no fever. Normal?
""")
c("infant_sleep_twitch", C, 0, "female", "non_native", "plain", """
My baby 6 weeks, when she sleep her lip and face make small twitch and smile, when she wake up it stop. She eat good and she is pink and happy. It is ok?
""")
c("infant_hiccups", C, 0, "male", "textspeak", "plain", """
my 5 wk old gets hiccups loads n his lip twitches with them. feedin fine, no temp, loads of wet nappies. normal?
""")
c("infant_jabs_fever_mild", C, 0, "female", "parent_baby", "plain", """
My 4 month old had her jabs yesterday, had a slight temperature of 37.8 last night which came down with paracetamol. Today she's feeding well and smiley, but I noticed her lip twitching when she's drowsy.
""")
c("toddler_fever_well", C, 2, "male", "parent_child", "plain", """
My 2 year old had a temperature of 38.3 yesterday with a cold. Today his temperature's normal, he's eating, playing, cheeky as ever. He does a little lip-twitch when he's tired. No fits ever.
""")
c("toddler_lip_habit", C, 3, "female", "parent_child", "plain", """
My 3 year old keeps sucking her bottom lip in and it twitches - she's done it for months, mostly watching TV. No other worries at all.
""")
c("pregnancy_normal_bp", C, 29, "female", "forum", "plain", """
28 weeks pregnant, all checks normal, blood pressure 112/70 at the midwife on Monday, no headaches, no swelling, vision fine, baby moving lots. Just a twitchy lip in the evenings. Hormones?
""")
c("postpartum_normal", C, 31, "female", "textspeak", "plain", """
4 wks postpartum, lip twitchin prob from no sleep lol. bp was fine at my check, no headaches, no swellin, vision normal
""")
c("thyroid_surgery_long_ago", C, 54, "female", "self_uk", "plain", """
Had my thyroid removed 6 years ago, calcium has always been fine on checks, never needed supplements. Lip twitching lately, no tingling, no cramps in hands. Should I get bloods done?
""")
c("metoclopramide_no_reaction", C, 35, "female", "self_uk", "plain", """
I took metoclopramide for nausea months ago with no problems. Not on it now. My lip has started twitching lately. No neck twisting, no eye rolling, no trouble swallowing.
""")
c("head_bump_minor_old", C, 9, "male", "parent_child", "plain", """
My son bumped his head on a door frame a week ago, cried, was fine straight after, no sickness, no sleepiness. Now his lip twitches sometimes when he's tired. Unrelated probably?
""")
c("diabetes_normal_sugar", C, 48, "male", "self_us", "plain", """
Type 2 on metformin only. My lip twitches sometimes. Checked my sugar when it was twitching - 6.1. No sweating, no shaking, no confusion.
""")
c("headache_gradual_normal", C, 28, "female", "non_native", "plain", """
I have tension headache sometimes at end of work day, it come slowly and go with rest. Also my lip is twitching some weeks. No vomit, no neck stiff, no fever.
""")
c("tetanus_up_to_date", C, 37, "male", "self_aus", "plain", """
Cut my hand on some roofing iron a week ago, cleaned it, had a tetanus booster last year. Cut's healing fine. Separate thing - my lip's been twitching, probably from the long days. No jaw stiffness, no spasms.
""")
c("botox_cosmetic", C, 42, "female", "forum", "plain", """
Had lip flip Botox two weeks ago. My upper lip twitches a bit and one side of my smile is slightly different. Swallowing fine, breathing fine, no eyelid droop, no double vision. Normal?
""")
c("cold_sore_tingle", C, 26, "female", "textspeak", "plain", """
lip tinglin n twitchin, think its a cold sore comin, get them every winter. no fever, no other symptoms
""")
c("magnesium_low_known", C, 50, "female", "self_uk", "plain", """
GP found my magnesium was a bit low on bloods (on omeprazole long term). Lip twitching for a few weeks. No cramps in hands, no palpitations. Started supplements.
""")
c("anxiety_known", C, 32, "male", "self_us", "plain", """
I have panic disorder, well known to my doctor. When I'm anxious my lip twitches and my hands tingle a bit, then it settles after I calm down with breathing exercises. It's my usual pattern, nothing new.
""")
c("eyelid_and_lip_tired", C, 40, "female", "non_native", "plain", """
I work two jobs, sleep 5 hours. My eyelid and lip are twitching some days. I feel tired but nothing else wrong.
""")
c("teen_exam_stress", C, 17, "male", "teen", "plain", """
exams next week, lip keeps twitching and its so annoying. no other symptoms. how do i make it stop
""")
c("elderly_dentures", C, 83, "female", "elderly", "plain", """
Since my new dentures were fitted three weeks ago my top lip keeps twitching. They rub a little. I am otherwise quite well, thank you.
""")
c("vague_time_long_standing", C, 56, "male", "typos", "vague_time", """
my lip has been twichin for ages, donno maybe since last spring or summer. comes and goes. no other problms. shuold i see some one
""")
c("very_short_control", C, 33, "female", "very_short", "plain", """
Lip twitching a week. Otherwise fine.
""")
c("very_short_control", C, 61, "male", "very_short", "plain", """
twitchy top lip 3 wks, no other symptoms, GP?
""")
c("edit_resolved", C, 36, "female", "forum", "edit_update", """
Lip twitching for 4 days, driving me mad, anyone else?

UPDATE: cut out my afternoon coffees and got two early nights - it's much better today. Thanks all.
""")
c("buried_long_life_detail", C, 45, "male", "forum", "buried", """
This is going to be long. I run a small building firm, we've had a nightmare year - a client went bust owing us money, my van got nicked, and my son's been having a tough time at school. My wife and I have been arguing, I'm drinking more coffee than ever and sleeping maybe 5 hours. About three weeks ago my lip started twitching, bottom lip, left side, on and off all day. Physically I feel okay - no weakness, no headaches, no problems talking or walking. Is this just my body telling me to slow down?
""")
c("hypothetical_pre_eclampsia", C, 33, "female", "self_uk", "plain", """
I'm 30 weeks and I keep reading about pre-eclampsia. I've got no headaches, no swelling, no vision problems and my BP was normal yesterday. Just a twitchy lip. Could that be a sign on its own?
""")
c("past_pre_eclampsia", C, 38, "female", "forum", "plain", """
I had pre-eclampsia with my first baby 5 years ago, fully recovered, BP normal ever since. I'm not pregnant now. Lately my lip twitches now and then. Is it linked?
""")
c("past_head_injury", C, 29, "male", "self_uk", "plain", """
Had a concussion playing rugby 2 years ago, fully recovered. Lately my lip twitches when I'm tired. No headaches, no dizziness, no weakness.
""")
c("past_dts_sober", C, 59, "male", "forum", "plain", """
I had the DTs 7 years ago when I stopped drinking and I've been sober ever since. Now my lip has started twitching now and then. No shakes, no sweats, no seeing things. Should I get it checked?
""")
c("past_overdose_recovered", C, 27, "female", "self_uk", "plain", """
I took an overdose 4 years ago, got help, and I'm in a good place now with support and no thoughts of harming myself. My lip has started twitching lately, probably from work stress. Should I see my GP?
""")
c("idiom_kill_me", C, 21, "male", "textspeak", "plain", """
this lip twitch is gonna kill me lol, been goin 5 days. no other probs, just annoyin
""")
c("idiom_lose_mind", C, 48, "female", "self_us", "plain", """
I'm losing my mind over this lip twitch, it's been three weeks. I feel fine otherwise, sleeping okay, no weakness. What can it be?
""")
c("word_spinning_class", C, 35, "female", "self_uk", "plain", """
Started spinning classes, 4 a week, love them. My lip has started twitching in the evenings. No dizziness, no room spinning, just sore legs!
""")
c("word_double_shift", C, 42, "male", "non_native", "plain", """
I work double shift in the factory many weeks. I see double the work, ha. My lip is twitching. No problem with eyes, only tired.
""")
c("word_drop_phone", C, 18, "female", "teen", "plain", """
dropped my phone in the loo this morning lol worst day. also my lip keeps twitching, been a few days. hands fine, just clumsy me
""")
c("word_numb_boredom", C, 26, "male", "self_aus", "plain", """
Mind-numbing job, data entry all day, bored out of my skull. Top lip's been twitching, reckon it's the energy drinks (2 a day). No actual numbness anywhere.
""")
c("relative_als", C, 50, "male", "self_uk", "plain", """
My uncle died of motor neurone disease. My lip has been twitching for a month. No weakness, no swallowing problems, no slurred speech. I'm worried it's genetic. Should I see a neurologist?
""")
c("relative_meningitis", C, 30, "female", "forum", "plain", """
My cousin's little boy had meningitis last month (he's recovering). Since then I've been hyper-aware. My lip has been twitching for a week but I've no fever, no rash, no headache or stiff neck. Just anxious.
""")
c("carer_chronic_stable", C, 88, "female", "carer_carehome", "plain", """
Resident (88) has had a slight lip tremor for months, documented in her care plan. No change recently, eating well, no new confusion, no falls, obs stable. Family asked whether she should see the GP about it.
""")
c("gym_supplement_normal", C, 25, "male", "self_us", "plain", """
I take one scoop of pre-workout (200mg caffeine) before lifting. Lip twitches sometimes after. No chest pain, no palpitations, no vomiting. Should I switch to stim-free?
""")
c("tired_parent_newborn", C, 34, "male", "self_aus", "plain", """
New dad, bub's 3 weeks, getting about 4 hours sleep a night. Lip's started twitching. I feel knackered but otherwise okay. Normal?
""")
# ================================================================ TEMPLATES (a minority)
OPENERS = [
    "My top lip has been twitching for {t}.",
    "The corner of my mouth keeps flickering, been like that {t}.",
    "Bottom lip jumping on and off for {t}.",
    "I've had a little tic next to my mouth for {t}.",
    "The skin above my lip keeps fluttering, {t} now.",
    "My lip's been doing this twitchy thing for {t}.",
]
TIMES = ["a few days", "about a week", "two weeks or so", "ten days",
         "a couple of days", "nearly a month"]
DISTRACTORS = [
    "Work has been manic and I'm living on coffee.",
    "We've just moved house and nothing is unpacked.",
    "I've been sleeping badly since the clocks changed.",
    "I googled it and everything says magnesium.",
    "My GP surgery never answers the phone.",
]
MINIMISERS = [
    "It's probably nothing.", "Don't want to waste anyone's time.",
    "Probably just tired, to be honest.", "I'm sure it's stress.",
]
CLOSERS = ["What should I do?", "Is this connected?", "Any ideas?", "Should I be worried?", ""]

# (hazard, level, age range, sexes, first-person sign)
T_SIGNS = [
    ("face_droop", A, (45, 85), ("male", "female"),
     "In the last half hour one side of my face has gone droopy and my smile is lopsided."),
    ("stroke_arm_weakness", A, (45, 85), ("male", "female"),
     "About twenty minutes ago my right arm went heavy and I can't lift it."),
    ("stroke_speech", A, (45, 85), ("male", "female"),
     "Since about an hour ago my words keep coming out jumbled and slurred."),
    ("stroke_vision", A, (45, 85), ("male", "female"),
     "Just now the sight in my left eye went dark, like a curtain coming down, and it's still gone."),
    ("stroke_balance", A, (45, 85), ("male", "female"),
     "Suddenly this evening I can't walk straight and I keep toppling to one side."),
    ("tia_resolved", A, (50, 85), ("male", "female"),
     "A couple of hours ago my face dropped and my arm went weak for ten minutes, then it all came back."),
    ("first_seizure", A, (18, 70), ("male", "female"),
     "My partner says I had a fit earlier, shaking all over, and I've never had one before."),
    ("tetany_hypocalcaemia", E, (30, 65), ("female",),
     "I had my thyroid taken out four days ago and my hands keep cramping up like claws."),
    ("acute_dystonia", E, (16, 40), ("male", "female"),
     "Since the anti-sickness tablets yesterday my neck keeps twisting by itself and my eyes roll up."),
    ("lithium_toxicity", E, (30, 70), ("male", "female"),
     "I'm on lithium, I've been vomiting for two days and now I'm shaky, wobbly and muddled."),
    ("serotonin_syndrome", E, (20, 60), ("male", "female"),
     "Since my antidepressant dose went up I'm drenched in sweat, jittery, my legs keep jerking and my temperature is 38.7."),
    ("alcohol_withdrawal_dts", E, (35, 70), ("male", "female"),
     "I stopped drinking two days ago after years of heavy drinking and now I'm seeing things that aren't there."),
    ("caffeine_overdose", E, (16, 40), ("male", "female"),
     "I took about three grams of caffeine powder by mistake and my heart is racing and I keep being sick."),
    ("hypoglycaemia_confusion", E, (20, 80), ("male", "female"),
     "I'm diabetic on insulin, my reading is 2.5 and my family say I'm not making sense."),
    ("pre_eclampsia", E, (20, 42), ("female",),
     "I'm 34 weeks pregnant with a splitting headache, flashing lights and a suddenly puffy face."),
    ("guillain_barre", E, (20, 70), ("male", "female"),
     "Since a stomach bug my legs have got weaker every day and now both sides of my face feel weak."),
    ("thunderclap_headache", A, (25, 70), ("male", "female"),
     "Ten minutes ago I got a sudden headache like being hit with a hammer, the worst pain of my life."),
    ("suicidal_intent", E, (18, 70), ("male", "female"),
     "I've got the tablets ready and I'm planning to end my life tonight."),
    ("stimulant_chest_pain", A, (18, 45), ("male", "female"),
     "I took cocaine last night and now I've got a crushing pain in my chest going down my arm."),
    ("breathing_difficulty", A, (30, 85), ("male", "female"),
     "I can't get my breath even sitting still and I can only say a few words at a time."),
    ("angioedema_airway", A, (30, 75), ("male", "female"),
     "My lips and tongue have swollen right up and my throat feels like it's closing."),
    ("carbon_monoxide", E, (25, 75), ("male", "female"),
     "Everyone in the house has a pounding headache and has been sick since the boiler went on."),
]
T_BABY = [
    ("infant_apnoea_blue", A, "Just now she stopped breathing for a few seconds and went blue round the lips."),
    ("febrile_infant_under_3m", E, "She feels hot and the thermometer says 38.2."),
    ("infant_movements_not_stopping", A, "Her arm keeps jerking and it doesn't stop when I hold it."),
    ("infant_floppy_poor_feeding", E, "Today she's floppy and has only taken half her usual feeds."),
]
T_TRICKS = [
    ("hypothetical_stroke", "I'm scared it's a stroke coming, but there's no droop, no weakness and my speech is normal."),
    ("relative_stroke", "My dad had a stroke years ago, so I worry, but I'm fine apart from the twitch."),
    ("negated_red_flags", "No headache, no weakness, no trouble talking, no vision problems."),
    ("idiom_dying", "I'm dying for a decent night's sleep."),
    ("word_fit", "I've been going to keep fit classes three times a week."),
    ("caffeine_normal", "I have three or four coffees a day."),
    ("past_seizure_resolved", "I had one fit as a teenager twenty years ago and nothing since."),
    ("exertion_breathless_normal", "I get puffed on the stairs like always but it settles straight away."),
]


def textspeak(s: str) -> str:
    s = s.lower()
    for a, b in [(" you ", " u "), (" your ", " ur "), (" and ", " n "), ("about", "abt"),
                 ("because", "cos"), (" are ", " r "), ("'", ""), (".", ""), (",", ""),
                 ("?", ""), ("tonight", "2nite"), (" to ", " 2 ")]:
        s = s.replace(a, b)
    return s


def templated(rng: random.Random, n_emerg: int, n_ctrl: int):
    em, ct = [], []
    for i in range(n_emerg):
        if i % 9 == 8:
            hazard, level, sign = T_BABY[rng.randrange(len(T_BABY))]
            age, sex = 0, rng.choice(["female", "male"])
            opener = f"My baby is {rng.choice([3, 5, 6, 8, 10])} weeks old and her lip keeps quivering and twitching."
            if sex == "male":
                for pat, rep in ((r"\bshe\b", "he"), (r"\bShe\b", "He"), (r"\bher\b", "his"),
                                 (r"\bHer\b", "His")):
                    opener, sign = re.sub(pat, rep, opener), re.sub(pat, rep, sign)
            voice = "parent_baby"
        else:
            hazard, level, (lo, hi), sexes, sign = T_SIGNS[i % len(T_SIGNS)]
            age, sex = rng.randint(lo, hi), rng.choice(sexes)
            opener = rng.choice(OPENERS).format(t=rng.choice(TIMES))
            voice = "self_template"
        framing = rng.choice(["plain", "buried", "minimised", "sign_last"])
        closer = rng.choice(CLOSERS)
        if framing == "buried":
            d1, d2 = rng.sample(DISTRACTORS, 2)
            parts = [d1, opener, d2, sign, closer]
        elif framing == "minimised":
            parts = [opener, sign, rng.choice(MINIMISERS), closer]
        elif framing == "sign_last":
            parts = [opener, rng.choice(DISTRACTORS), sign]
        else:
            parts = [opener, sign, closer]
        text = " ".join(p for p in parts if p)
        if rng.random() < 0.2:
            text, voice = textspeak(text), "textspeak_template"
        em.append({"text": text, "age": age, "sex": sex, "min_triage": level, "hazard": hazard,
                   "voice": voice, "framing": framing, "source": "template"})
    for i in range(n_ctrl):
        trick, sent = T_TRICKS[i % len(T_TRICKS)]
        framing = rng.choice(["plain", "buried", "minimised"])
        opener = rng.choice(OPENERS).format(t=rng.choice(TIMES))
        if framing == "buried":
            parts = [rng.choice(DISTRACTORS), opener, sent, rng.choice(CLOSERS)]
        elif framing == "minimised":
            parts = [opener, sent, rng.choice(MINIMISERS), rng.choice(CLOSERS)]
        else:
            parts = [opener, sent, rng.choice(CLOSERS)]
        text = " ".join(p for p in parts if p)
        voice = "self_template"
        if rng.random() < 0.2:
            text, voice = textspeak(text), "textspeak_template"
        ct.append({"text": text, "age": rng.randint(20, 75), "sex": rng.choice(["female", "male"]),
                   "max_triage": C, "trick": trick, "voice": voice, "framing": framing,
                   "source": "template"})
    return em, ct
# ================================================================ assemble
N_TEMPLATE_EMERG = 36
N_TEMPLATE_CTRL = 18
OUT = Path(__file__).with_name("redteam_f.jsonl")


def main() -> None:
    rng = random.Random(SEED)
    hand_e, hand_c = list(EMERG), list(CTRL)
    rng.shuffle(hand_e)
    rng.shuffle(hand_c)
    tmpl_e, tmpl_c = templated(rng, N_TEMPLATE_EMERG, N_TEMPLATE_CTRL)
    lines = []
    for i, row in enumerate(hand_e + tmpl_e, 1):
        lines.append({"id": f"HF-{i:03d}", "text": row["text"], "age": row["age"], "sex": row["sex"],
                      "min_triage": row["min_triage"], "hazard": row["hazard"],
                      "voice": row["voice"], "framing": row["framing"]})
    for i, row in enumerate(hand_c + tmpl_c, 1):
        lines.append({"id": f"HFC-{i:03d}", "text": row["text"], "age": row["age"], "sex": row["sex"],
                      "max_triage": row["max_triage"], "trick": row["trick"],
                      "voice": row["voice"], "framing": row["framing"]})
    for row in lines:
        assert row["sex"] in ("female", "male") and isinstance(row["age"], int), row["id"]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    print(f"wrote {OUT.name}: {len(hand_e) + len(tmpl_e)} emergencies "
          f"({len(hand_e)} hand-written, HF-001..HF-{len(hand_e):03d}), "
          f"{len(hand_c) + len(tmpl_c)} controls ({len(hand_c)} hand-written, "
          f"HFC-001..HFC-{len(hand_c):03d})")


if __name__ == "__main__":
    main()
