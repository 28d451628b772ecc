#!/usr/bin/env python3
"""Build cases_g.jsonl (and the tune / hold split files) from the hand-written cases below.

stdlib only, deterministic. Run: python3 build.py
Every case is written in lay voice by an independent case writer, grounded in the source named
in `basis`. Ids are assigned in the order the cases appear here (TG001...).
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CONDITIONS = [
    "alcohol_excess", "alcohol_withdrawal", "alcoholic_neuropathy", "als", "bells_palsy",
    "benign_fasciculation", "caffeine", "digeorge_syndrome", "drug_use", "electrolyte_imbalance",
    "essential_tremor", "facial_nerve_injury", "facial_tic", "fatigue", "focal_seizure",
    "hemifacial_spasm", "hypoparathyroidism", "medication", "multiple_sclerosis", "nicotine",
    "parkinsons_disease", "stress_anxiety", "stroke", "strong_emotion", "tardive_dyskinesia",
    "tourette_syndrome",
    "acute_dystonic_reaction", "hypoglycaemia", "ramsay_hunt_syndrome", "guillain_barre_syndrome",
    "lithium_toxicity", "serotonin_syndrome", "neuroleptic_malignant_syndrome", "nicotine_poisoning",
]
TRIAGE = ["self_care", "consultation", "consultation_24", "emergency", "emergency_ambulance"]
VOICES = ["self", "parent", "partner", "relative", "carer", "friend", "forum", "texting",
          "non_native", "elderly"]
SEXES = ["male", "female"]
SEED = 20240607  # split seed

CASES = []


def c(gold, age, sex, voice, triage, basis, text, facts, acceptable=()):
    CASES.append({"gold": gold, "age": age, "sex": sex, "voice": voice, "triage": triage,
                  "basis": basis, "text": " ".join(text.split()), "facts": list(facts),
                  "acceptable": list(acceptable)})


# ---------------------------------------------------------------- sources (bases)
CAF_POWDER = "https://pmc.ncbi.nlm.nih.gov/articles/PMC6011436"
CAF_DSM = "clinical description: https://www.alleydog.com/glossary/definition.php?term=Caffeine+Intoxication"
CAF_DOSE = "clinical description: https://www.droracle.ai/articles/177601/what-is-the-timeframe-for-onset-of-muscle-twitches"
CAF_LIP = "clinical description: https://why.edu.vn/why-is-my-upper-lip-twitching"
STR_BLOG = "http://flibbertigibbet.mu.nu/fitness_with_flibby/stress"
STR_QA = "clinical description: https://www.interviewarea.com/q-and-a/can-anxiety-cause-facial-twitching"
STR_AU = "clinical description: https://calendar-australia.com/faq/can-stress-and-anxiety-cause-facial-twitching"
FAT_BI = "clinical description: https://biologyinsights.com/why-do-you-get-twitchy-when-tired"
FAT_FACTY = "clinical description: https://facty.com/conditions/muscular/leading-causes-of-muscle-twitches-and-spasms/1/"
FAT_ZOC = "clinical description: https://www.zocdoc.com/answers/19825/twitching-above-upper-left-lip-and-eyebrow-should-i-worry-about-it"
EMO_CALM = "clinical description: https://calmclinic.wordpress.com/2013/12/16/the-hardest-emotions-to-fake/"
EMO_GUER = "https://www.guernicamag.com/why-we-cry-when-were-angry/"
EMO_REF = "clinical description: https://www.reference.com/science-technology/upper-lip-twitch-c29d20735cab9d49"
ALC_BI = "clinical description: https://biologyinsights.com/twitching-when-drunk-causes-and-when-to-worry"
ALC_SI = "clinical description: https://scienceinsights.org/why-do-you-start-twitching-when-drunk"
ALC_HANG = "clinical description: https://biologyinsights.com/is-it-normal-to-shake-when-hungover"
ALC_NIAAA = "clinical description: https://arcr.niaaa.nih.gov/binge-drinking-predictors-patterns-and-consequences/binge-drinkings-effects-body"
AW_SI = "clinical description: https://scienceinsights.org/how-long-do-the-shakes-last-after-quitting-drinking"
AW_MIR = "clinical description: https://www.themiriam.org/alcohol"
AW_GOD = "clinical description: https://godoymedical.net/alcohol-withdrawal-overview/"
AW_BI = "clinical description: https://biologyinsights.com/when-do-tremors-start-with-alcohol-withdrawal"
AN_IP = "clinical description: https://internationalpain.org/alcoholism"
AN_DOB = "clinical description: https://dobrobut.com/en/med/c-effektivnye-preparaty-dla-lecenia-alkogolnoj-polinejropatii"
AN_REC = "clinical description: https://recovered.org/alcohol/alcohol-and-health/alcoholic-neuropathy"
AN_ALP = "clinical description: https://www.alpfmedical.info/mental-health/peripheral-neuropathy.html"
ALS_WP = "https://www.washingtonpost.com/health/medical-mysteries/problem-speaking-medical-mystery/2021/07/09/e66a1222-c162-11eb-93f5-ee9558eecf4b_story.html"
ALS_DO = "clinical description: https://www.droracle.ai/articles/518478/what-are-the-symptoms-of-amyotrophic-lateral-sclerosis-als"
ALS_BI = "clinical description: https://biologyinsights.com/bulbar-als-recognizing-early-speech-and-swallowing-clues"
ALS_VF = "https://visualfoodie.com/speech-difficulty-as-a-primary-als-symptom"
BP_FD = "clinical description: http://familydoctor.org/familydoctor/en/diseases-conditions/bells-palsy/symptoms.html"
BP_WEBMD = "clinical description: https://www.webmd.com/brain/understanding-bells-palsy-symptoms"
BP_MSD = "clinical description: https://www.msdmanuals.com/home/quick-facts-brain-spinal-cord-and-nerve-disorders/cranial-nerve-disorders/bell-palsy"
BP_FH = "clinical description: https://www.floridahospital.com/bells-palsy/symptoms-and-signs-bells-palsy"
BFS_WIKI = "clinical description: https://wikisum.wiki/wiki/Benign_fasciculation_syndrome"
BFS_SOC = "clinical description: https://standardofcare.com/benign-fasciculation-syndrome"
BFS_QNA = "https://doctorqna.com/en/article/165547"
DG_KOR = "https://www.j-epilepsy.org/m/journal/view.php?number=58"
DG_LATE = "https://pmc.ncbi.nlm.nih.gov/articles/PMC11610662"
DG_INF = "https://lymphosign.com/doi/10.14785/lymphosign-2022-0005"
DG_WAD = "https://wjwch.com/not-just-a-hypocalcemic-seizure-digeorge-syndrome/"
DG_GARD = "https://rarediseases.info.nih.gov/gard/10299/22q112-deletion-syndrome/case/21894/case-questions"
DRG_VICE = "https://www.vice.com/en/article/d3kz9m/mdma-ecstasy-makes-you-grind-your-teeth"
DRG_BB = "clinical description: http://bluebelly.org.au/reducingrisk/article132f.html?aid=184&cid=9"
DRG_RG = "https://www.researchgate.net/publication/44642447_Bruxism_after_34-methylenedioxymethamphetamine_ecstasy_abuse"
DRG_BI = "clinical description: https://biologyinsights.com/why-do-stimulants-make-you-clench-your-jaw"
DRG_HL = "clinical description: https://www.healtholino.com/upper-lip-twitching-causes-superstition-and-treatment/"
EL_LS = "clinical description: https://www.livestrong.com/article/223488-what-are-the-causes-of-low-magnesium-potassium/"
EL_10 = "clinical description: https://10faq.com/health/causes-of-muscle-cramps/5"
EL_NT = "clinical description: https://ntro.it.com/does-magnesium-or-potassium-cause-muscle-twitches-understanding-electrolyte-balance"
EL_MG = "clinical description: http://nenka.info/en/deficzyt-magniyu-yak-proyavlyayetsya-i-kogo-vin-vrazhaye-najchastishe"
EL_NZ = "clinical description: https://www.newzealandrabbitclub.net/what-are-symptoms-of-low-potassium-and-magnesium/"
ET_SING = "clinical description: https://www.singhealth.com.sg/patient-care/conditions-treatments/essential-tremor/symptoms"
ET_MSD = "clinical description: https://www.msdmanuals.com/en-gb/home/brain,-spinal-cord,-and-nerve-disorders/movement-disorders/tremor"
ET_MINDS = "clinical description: https://mindsneurology.com/our-services/essential-tremor/"
ET_ERICK = "clinical description: https://www.ericksonliving.com/tribune/articles/2010/06/who-says-hand-has-shake"
FNI_SP = "clinical description: https://www.statpearls.com/sp/md/98/21558/"
FNI_PMC = "https://pmc.ncbi.nlm.nih.gov/articles/PMC9340172"
FNI_SYN = "clinical description: https://www.med.unc.edu/ent/facialnervecenter/conditions/synkinesis/"
FNI_PAR = "https://jms.ump.edu.pl/index.php/JMS/article/view/385/473"
TIC_UF = "clinical description: https://ufhealthjax.org/encyclopedia/content.aspx?contentID=001410&projectTypeID=1"
TIC_TT = "clinical description: https://ufhealthjax.org/encyclopedia/content.aspx?contentID=000747&projectTypeID=1"
TIC_AD = "clinical description: https://www.alleydog.com/glossary/definition.php?term=Tics"
TIC_MC = "clinical description: http://multiconnection.tripod.com/greenconnection/tic_disorders.htm"
FS_ILAE = "clinical description: https://epilepsydiagnosis.org/syndrome/ects-videos.html"
FS_WIKI = "clinical description: https://en.wikipedia.org/wiki/Rolandic_epilepsy"
FS_SCO = "clinical description: https://epilepsysco.org/faqconc/rolandic-epilepsy-sylvan-seizures/"
FS_UNM = "clinical description: http://cancer.unm.edu/2001/12/05/focal-seizure/"
GBS_BOOTS = "clinical description: http://www.webmd.boots.com/a-to-z-guides/tc/guillain-barr%C3%A9-syndrome-symptoms-of-guillain-barr%C3%A9-syndrome"
GBS_BIO = "clinical description: http://www.bioscience.ws/dictionary/index.shtml?search=Define%20Guillain-Barr%20syndrome"
GBS_MINT = "clinical description: https://www.livemint.com/news/centre-maharashtra-pune-household-surveys-guillain-barr-syndrome-gbs-neurological-condition-healthcare-medicare/amp-11738060175297.html"
GBS_NH = "clinical description: http://neuropathyhomeremedy.com/bladder-dysfunction-lupus-3/"
HFS_FH = "clinical description: https://www.floridahospital.com/hemifacial-spasm-hfs/symptoms-and-signs-hemifacial-spasm-hfs"
HFS_KPJ = "clinical description: https://kpjpen22.kpjhealth.com.my/Facial-Spasms-article-641.html"
HFS_CAC = "clinical description: https://cacepe.best/article/what-is-hemifacial-spasm"
HFS_FAC = "clinical description: https://facty.com/conditions/neuropathy/what-are-hemifacial-spasms/1/"
HP_JKB = "clinical description: https://jameskirkbybott.com/medications"
HP_AS = "clinical description: https://accesssurgery.mhmedical.com/content.aspx?bookid=853&sectionid=49662146"
HP_IL = "clinical description: https://ilioshealth.com/hypoparathyroidism-a-disease-of-the-thyroid-gland/"
HP_CHV = "clinical description: https://en.wikipedia.org/wiki/Chvostek_sign"
MED_EMPR = "https://www.empr.com/home/mpr-first-report/aes-2017/review-examines-frequency-of-drug-induced-myoclonus/"
MED_GBP = "clinical description: https://biologyinsights.com/does-gabapentin-make-you-twitch"
MED_REV = "https://ouci.dntb.gov.ua/en/works/9jwW6Vp7/"
MED_QNA = "clinical description: https://doctorqna.com/en/article/165547"
MED_PGB = "http://onlinelibrary.wiley.com/doi/10.1046/j.1528-1157.2001.44000.x/abstract"
MS_HIN = "https://www.hindawi.com/journals/crinm/2017/7180560/"
MS_MNN = "https://myneuronews.com/2021/07/06/teaching-video-neuroimages-infratentorial-multiple-sclerosis-relapse-presenting-as-continuous-hemifacial-myokymia/"
MS_PG = "https://gavingiovannoni.substack.com/p/case-study-facial-twitching-as-a"
MS_SIN = "https://sinapse.pt/index.php/journal/user/setLocale/en_US?source=%2Findex.php%2Fjournal%2Farticle%2Fview%2F53"
MS_TSBA = "clinical description: https://tsba.info/facial-twitching-and-multiple-sclerosis/"
NIC_BI = "clinical description: https://biologyinsights.com/why-do-i-twitch-when-i-smoke"
NIC_TCA = "clinical description: https://topclassactions.com/lawsuit-settlements/consumer-products/ecigarette/how-long-does-vaping-withdrawal-last/"
NIC_DO = "clinical description: https://www.droracle.ai/articles/170689/can-5-sprays-of-nicotine-nicotine-replacement-therapy-on"
NIC_IA = "clinical description: https://www.interviewarea.com/q-and-a/what-does-a-nicotine-withdrawal-feel-like"
NP_OR = "http://www.sanangelonow.com/child-swallows-e-cigarette-liquid-suffers-nicotine-poisoning/"
NP_ACEP = "https://www.acep.org/how-we-serve/sections/toxicology/news/december-2016/nicotine-ingestions-in-children/"
NP_CJEM = "https://docslib.org/doc/5607473/e-cigarette-liquid-nicotine-ingestion-in-a-child-case-report-and-discussion"
NP_SBS = "https://www.sbs.com.au/news/article/doctors-flag-risk-of-e-cigs-for-toddlers/xt0phwkkt"
NP_KOR = "https://e-cep.org/m/journal/view.php?number=20125550628"
PD_PP = "clinical description: https://parkinsonpedia.com/symptoms"
PD_BMC = "https://bmcneurol.biomedcentral.com/articles/10.1186/s12883-021-02105-y"
PD_BB = "clinical description: http://www.bbwca.com/parkinsons-resting-tremor/"
PD_NF = "clinical description: https://newsflash.city/2401/038187b6ebd1850c.html"
TD_GL = "clinical description: https://www.grotonlaw.com/faqs/what-is-tardive-dyskinesia-.cfm"
TD_WIKEM = "clinical description: https://www.wikem.org/wiki/Tardive_dyskinesia"
TD_MED = "clinical description: https://themeditary.com/treatments/tardive-dyskinesia-433.html"
TD_DO = "clinical description: https://www.droracle.ai/articles/767894/what-is-the-appropriate-management-for-an-adult-patient"
TD_VU = "clinical description: https://vuink.com/post/ra-d-djvxvcrqvn-d-dbet/wiki/Tardive_dyskinesia"
TS_ASIA = "clinical description: https://www.asiaone.com/lifestyle/what-tourette-syndrome-signs-causes-and-treatments"
TS_LIA = "clinical description: https://www.leaningintoanxiety.com/tourette-syndrome"
TS_BC = "clinical description: https://bluecactusneuro.com/service/tourette-syndrome"
TS_BMJ = "clinical description: https://bibliotheek.ehb.be:2400/topics/en-gb/1042/diagnosis-approach"
STK_MANX = "clinical description: http://www.manxstrokefoundation.org/info/fast.htm"
STK_NWAS = "clinical description: http://www.nwas.nhs.uk/our-services/managing-clinical-conditions/recognising-a-stroke/recognising-stroke-in-other-people/"
STK_MAYO = "clinical description: https://www.mayoclinic.org/diseases-conditions/stroke/in-depth/health-tip/art-20450579"
STK_ASP = "clinical description: https://ashfordstpeters.nhs.uk/recognising-a-stroke"
ADR_NEP = "https://criticalcare.peervoice.com/metoclopramide-induced-acute-dystonic-reactions-case-report"
ADR_PMC = "https://pmc.ncbi.nlm.nih.gov/articles/PMC5233782"
ADR_CP = "clinical description: https://clinicalpub.com/?p=68139"
ADR_TMJ = "https://discovery.researcher.life/article/recurrent-temporomandibular-joint-dislocation-due-to-antiemetic-induced-acute-dystonia-a-case-report/4db28a6cab0933cd8b4fc8c32c77ede3"
HG_MLC = "clinical description: https://mymlc.com/health-information/diseases-and-conditions/h/hypoglycemia2?section=Symptoms"
HG_NHS = "clinical description: https://zana.com/a/hypoglycaemia-symptoms-hypoglycaemia.2537"
HG_MOS = "clinical description: https://www.mymosaiclifecare.org/health-information/diseases-and-conditions/d/diabetic-hypoglycemia2/?section=Symptoms"
HG_ADA = "clinical description: http://archives.diabetesforecast.org/2013/aug/signs-of-hypoglycemia.html"
RH_SP = "clinical description: https://www.statpearls.com/ArticleLibrary/viewarticle/22843"
RH_PMC = "clinical description: https://pmc.ncbi.nlm.nih.gov/articles/PMC9925029"
RH_OLD = "https://onlinelibrary-wiley-com-443.webvpn.zafu.edu.cn/doi/abs/10.1002/ccr3.70272"
RH_SIT = "clinical description: https://sitcomstory.com/other-news/what-is-ransom-hunt-syndrome-and-what-are-the-symptoms"
LI_RR = "clinical description: https://www.rrnursingschool.biz/renal-failure-2/signs-and-symptoms-of-toxic-effects-of-lithium.html"
LI_JASN = "clinical description: https://jasn.asnjournals.org/highwire/markup/10546/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed"
LI_DO = "clinical description: https://www.droracle.ai/articles/7504/what-are-the-signs-of-lithium-lithium-carbonate-toxicity"
LI_WS = "clinical description: https://wikisum.wiki/wiki/Lithium_toxicity"
LI_AM = "clinical description: https://accessmedicine.mhmedical.com/content.aspx?bookid=3241&sectionid=271753092"
SS_EG = "https://gamestartup.netlify.app/host-https-link.springer.com/article/10.1186/s43162-023-00223-2"
SS_AJCR = "https://pubmed.ncbi.nlm.nih.gov/25540831/"
SS_WIKI = "clinical description: https://www.wiki3.en-us.nina.az/Serotonin_Syndrome.html"
SS_SH = "clinical description: https://www.seekhealthz.com/health/how-does-serotonin-syndrome-develop/"
NMS_CUR = "https://proxy.weglot.com/wg_31e3b69165a930b5a27173d9b265f5a52/nl/en/pubmed.ncbi.nlm.nih.gov/38686249"
NMS_DO = "clinical description: https://www.droracle.ai/articles/639667/what-is-the-most-important-intervention-for-a-patient"
NMS_MB = "clinical description: https://step1.medbullets.com/psychiatry/422955/neuroleptic-malignant-syndrome?hideLeftMenu=true"
NMS_AK = "clinical description: https://academickids.com:443/encyclopedia/index.php/Neurological_malignant_syndrome"

# ================================================================ caffeine
c("caffeine", 19, "male", "texting", "self_care", CAF_DSM,
  """bro my top lip wont stop jumping lol. had 3 monsters and a scoop of preworkout today for gym
  + revision. hands shaky, heart kinda pounding, couldnt sleep till 4. not on any meds. is this the
  caffeine or am i dying""",
  ["+ three energy drinks and a pre-workout scoop today", "+ upper lip twitching",
   "+ shaky hands", "+ pounding heart", "+ could not sleep", "- no medicines"])
c("caffeine", 34, "female", "forum", "self_care", CAF_LIP,
  """Sorry for the long post, I'm a bit of a worrier. I started a new job as a barista about a
  fortnight ago and honestly I've been drinking five or six flat whites a day plus whatever
  espresso shots get remade. For the last ten days or so my bottom lip keeps doing this tiny
  flicker, mostly in the afternoons. I also feel jittery, I'm running to the loo constantly and my
  stomach is a bit loose. Of course I googled and now I'm convinced it's something awful. I can
  smile, whistle and drink normally, no drooping in the mirror, no numbness. Background: I had my
  appendix out years ago and I get hay fever, nothing else. Does this sound like just the coffee?""",
  ["+ five or six coffees a day plus extra espresso for about two weeks",
   "+ lower lip flickering for ten days", "+ jittery", "+ passing urine often and loose stools",
   "- no facial droop", "- no numbness", "- can smile and whistle normally"])
c("caffeine", 27, "male", "non_native", "self_care", CAF_DSM,
  """Hello, I am from Brazil and study in Dublin. I drink very strong coffee, maybe eight small
  cups in the day, and also guarana drink when I work at night. Since four days my lip is shaking
  small small, also the eye sometimes. I sleep only after 3 in the morning and my heart feel
  fast after the coffee. No pain, my face is not weak, I can speak normal.""",
  ["+ about eight strong coffees a day plus guarana", "+ lip twitching for four days",
   "+ eyelid twitching at times", "+ sleeping late", "+ fast heartbeat after coffee",
   "- no pain", "- no facial weakness", "- speech normal"])
c("caffeine", 15, "female", "parent", "self_care", CAF_DSM,
  """My 15 year old daughter has been complaining her lip keeps twitching for the past week. I found
  out she's been buying energy drinks on the way to school, two most mornings and sometimes
  another after netball. She's edgy, not sleeping, and says her tummy hurts a bit. She isn't on
  any medication and is otherwise healthy, no blinking or noises or anything like that. Could it
  just be the drinks?""",
  ["+ two or three energy drinks a day", "+ lip twitching for a week", "+ edgy",
   "+ poor sleep", "+ mild tummy ache", "- no medication", "- no other tics or noises"])
c("caffeine", 41, "male", "partner", "emergency_ambulance", CAF_DOSE,
  """My husband took a load of caffeine tablets to stay awake for a long drive, he says about
  twenty of the 200mg ones over the last couple of hours. Now he's been sick three times, his heart
  is racing and feels like it's skipping, his lip and his arms keep twitching and he says his
  chest feels tight. He's pacing and can't sit still. He has no heart problems that we know of.""",
  ["+ about twenty 200 mg caffeine tablets in two hours", "+ vomited three times",
   "+ racing irregular heartbeat", "+ chest tightness", "+ lip and arm twitching",
   "+ agitation", "- no known heart disease"])
c("caffeine", 72, "female", "elderly", "self_care", CAF_LIP,
  """My grandson bought me one of those pod coffee machines for my birthday and I have been
  enjoying three or four cups a morning. I didn't realise until yesterday the pods are not the
  decaffeinated ones I usually drink. Since last week my upper lip has a little flutter, I feel
  jittery and I'm up to the toilet at night more. I had a look in the mirror, my face is
  straight, my speech is fine and my arms are strong. I take a blood pressure tablet, nothing new.""",
  ["+ three or four caffeinated coffees each morning after years of decaf",
   "+ upper lip flutter for a week", "+ jittery", "+ passing urine at night more",
   "- no facial droop", "- speech normal", "- no arm weakness", "- no new medicines"])

# ================================================================ stress_anxiety
c("stress_anxiety", 29, "female", "forum", "consultation", STR_AU,
  """Has anyone else had this? My upper lip has been twitching on and off for about three weeks.
  Context: I was made redundant last month and my partner and I split up the same week, so yeah.
  I've had a couple of full-on panic attacks where my chest goes tight and my hands tingle, and I
  lie awake replaying everything. I've cut down coffee to one a day and I'm not drinking. I can
  move my face fine, no droop. I keep googling MND which makes it worse. Should I see someone?""",
  ["+ upper lip twitching for three weeks", "+ job loss and break-up last month",
   "+ panic attacks with chest tightness and tingling hands", "+ lying awake worrying",
   "- only one coffee a day", "- not drinking alcohol", "- no facial droop"])
c("stress_anxiety", 38, "male", "self", "self_care", STR_BLOG,
  """Accountant here, it's the end of the tax year. For the past ten days the corner of my mouth
  flickers, especially in client meetings. I've been clenching my jaw, I have tension headaches
  and my shoulders are like concrete. Oddly I'm sleeping fine, eight hours most nights, and I only
  have one coffee in the morning. When I'm on holiday this never happens. No weakness anywhere.""",
  ["+ mouth corner twitching for ten days, worse in meetings", "+ work deadline pressure",
   "+ jaw clenching and tension headaches", "- sleeping well", "- only one coffee a day",
   "- no weakness"])
c("stress_anxiety", 22, "female", "texting", "self_care", STR_QA,
  """ok so my lip has been twitchin since the whole resit thing started, like 5 days. stomach in
  knots cant eat much, keep crying, chest tight when i think abt results. no coffee im off it. no
  other weird stuff, face looks normal""",
  ["+ lip twitching for five days", "+ exam worry", "+ poor appetite and crying",
   "+ chest tight when worrying", "- no coffee", "- face looks normal"])
c("stress_anxiety", 45, "male", "non_native", "self_care", STR_AU,
  """I am Polish, work on building sites in England. Now is big worry about money and my visa and
  my mother sick at home. Last two weeks my lip is jumping, left side and also right side, mostly
  at night when I think too much, and my heart is beating hard when I worry. I drink only little
  beer on Saturday. My face is not falling, I can talk normal, arms strong.""",
  ["+ lip twitching on both sides for two weeks, worse when worrying at night",
   "+ money, visa and family worries", "+ heart pounding when anxious",
   "- little alcohol", "- no facial droop", "- speech normal", "- arms strong"])
c("stress_anxiety", 68, "female", "elderly", "consultation", STR_QA,
  """I lost my husband two months ago after a long illness and since the funeral my top lip has
  developed a twitch, and sometimes my eyelid goes too. I feel on edge all day, my stomach churns,
  I wake at four in the morning with my mind racing and I've no appetite. My daughter says I
  should mention it to the doctor. I'm not on anything new and I don't drink coffee. My speech and
  my arms are perfectly fine.""",
  ["+ upper lip twitching for two months since bereavement", "+ eyelid twitching at times",
   "+ on edge, churning stomach", "+ early waking with racing thoughts", "+ poor appetite",
   "- no new medicines", "- no coffee", "- speech and arms normal"])
c("stress_anxiety", 16, "male", "parent", "consultation", STR_QA,
  """My son is being bullied at school and it has been going on since September. His lip twitches
  when he talks about school and on Sunday nights he gets tummy aches and bites his nails to the
  quick. It goes quiet in the holidays. He doesn't make any noises or other movements, it's just
  the lip. He's not on any medicine. I'd like someone to talk to him.""",
  ["+ lip twitching for months when talking about school", "+ bullying at school",
   "+ Sunday-night tummy aches and nail biting", "+ settles in the holidays",
   "- no noises or other tics", "- no medicines"])

# ================================================================ fatigue
c("fatigue", 31, "female", "self", "self_care", FAT_BI,
  """New mum here, baby is seven weeks old and feeds every two hours so I'm getting maybe three or
  four hours of broken sleep a night. In the evenings my upper lip starts twitching, and my eyelid
  too. It settles after my husband does a night feed and I sleep a proper stretch. No tingling
  around my mouth, no cramps in my hands, and I feel fine otherwise, just shattered.""",
  ["+ three or four hours of broken sleep a night for weeks", "+ upper lip and eyelid twitching in the evenings",
   "+ settles after a full night's sleep", "- no tingling around the mouth", "- no hand cramps"])
c("fatigue", 26, "male", "texting", "self_care", FAT_FACTY,
  """4th night shift in a row, slept like 3 hrs today. bottom lip keeps twitching + eyelid, eyes
  feel gritty. barely any coffee tbh mostly water. no weakness nothing else""",
  ["+ fourth night shift in a row", "+ about three hours of sleep", "+ lower lip and eyelid twitching",
   "+ gritty eyes", "- little coffee", "- no weakness"])
c("fatigue", 44, "male", "forum", "self_care", FAT_ZOC,
  """Long haul driver, been doing the Perth to Darwin run and sleeping in the cab, five hours if
  I'm lucky. Last couple of weeks my top lip twitches towards the end of a shift and sometimes
  my cheek. When I had three days off and slept like a log it went away completely, then came back
  on the next run. I don't smoke, I quit the energy drinks last year. No droop, no slurring, just
  annoying. Is it just tiredness?""",
  ["+ about five hours of sleep a night on long driving runs", "+ upper lip twitching at the end of shifts",
   "+ went away after days off with good sleep", "- non-smoker", "- no energy drinks",
   "- no facial droop or slurred speech"])
c("fatigue", 36, "female", "partner", "self_care", FAT_BI,
  """Asking for my wife. She started a new job a month ago and is training for a marathon, up at
  five for runs and working late. She's exhausted, and for the past week the corner of her mouth
  twitches in the evenings. At the weekend after a lie-in it hardly happened. She drinks one tea
  a day, no alcohol, no medicines. Her face looks completely normal otherwise.""",
  ["+ exhausted from early runs and late work for a month", "+ mouth corner twitching in the evenings for a week",
   "+ better after a lie-in", "- one tea a day", "- no alcohol", "- no medicines", "- face otherwise normal"])
c("fatigue", 24, "female", "non_native", "self_care", FAT_FACTY,
  """Good day po. I am caregiver from Philippines working here in Sydney, I do double shift many
  days this month, I sleep only four hours. My lip is twitching like small heartbeat, upper lip,
  usually night time when I am very very tired. When I have day off and sleep long it is gone. I
  don't drink coffee much and I don't smoke. No pain.""",
  ["+ double shifts with about four hours of sleep", "+ upper lip twitching when very tired",
   "+ gone after a long sleep", "- little coffee", "- non-smoker", "- no pain"])
c("fatigue", 70, "male", "elderly", "self_care", FAT_ZOC,
  """I'm 70 and look after my wife who has dementia. She wanders at night so I'm up three or four
  times and I'm absolutely knackered. For the last fortnight my upper lip has had a twitch, mostly
  late in the day. My speech is fine, I'm not dropping things, I can swallow without any trouble
  and I've no weakness. My GP knows about my wife. Is this just me being worn out?""",
  ["+ up three or four times a night caring for wife", "+ exhausted",
   "+ upper lip twitching for two weeks, late in the day", "- speech normal",
   "- no dropping things or weakness", "- swallowing normal"])

# ================================================================ strong_emotion
c("strong_emotion", 33, "female", "self", "self_care", EMO_CALM,
  """This is a bit odd. My lip quivers and twitches whenever I'm about to cry or when I'm really
  angry, like when I finally confronted my boss last week. It lasts a few minutes and then settles
  once I calm down. The rest of the time it never happens. I'm healthy, no medication, no other
  twitching.""",
  ["+ lip quivering and twitching only when about to cry or very angry",
   "+ settles within minutes once calm", "- no twitching at other times", "- no medication"])
c("strong_emotion", 8, "male", "parent", "self_care", EMO_REF,
  """My son's bottom lip wobbles and sort of twitches whenever he gets told off or gets upset about
  something, and he goes red and teary. It stops as soon as he's cheered up. Otherwise he's a
  happy boy, no blinking or funny noises, sleeps well. Is that normal?""",
  ["+ lower lip twitching when told off or upset", "+ stops once calm",
   "- no blinking or noises", "- sleeps well"])
c("strong_emotion", 27, "male", "forum", "self_care", EMO_CALM,
  """Weird one. I gave the best man speech at my brother's wedding on Saturday and when I got to
  the bit about our dad, who passed away last year, my top lip started twitching like mad and I
  could barely get the words out. It stopped about ten minutes after I sat down and hasn't
  happened since. No droop, no numbness. Just emotional I guess?""",
  ["+ upper lip twitching during an emotional wedding speech", "+ stopped ten minutes later",
   "- not happened since", "- no droop", "- no numbness"], acceptable=["stress_anxiety"])
c("strong_emotion", 80, "female", "elderly", "self_care", EMO_REF,
  """At my grandson's wedding yesterday I was so happy I cried all through the vows and my lip was
  trembling and twitching for a good while. My daughter asked me if I'd had a stroke! I looked in
  the mirror after, my face was even, I could smile both sides, lift my arms and talk perfectly.
  It stopped when I'd had a sit-down and a cup of tea. Should I worry?""",
  ["+ lip trembling and twitching while crying with joy", "+ stopped after a rest",
   "- face even", "- can smile on both sides", "- can lift both arms", "- speech normal"])
c("strong_emotion", 17, "female", "texting", "self_care", EMO_GUER,
  """when i get rly angry at my mum my top lip literally twitches n shakes, so embarrassing cos she
  thinks im about to cry. stops when i calm down. doesnt happen any other time""",
  ["+ upper lip twitching and shaking when very angry", "+ stops when calm",
   "- no twitching at other times"])
c("strong_emotion", 39, "male", "non_native", "self_care", EMO_CALM,
  """Sorry my English. After big argument with my brother yesterday my lip is shaking maybe ten
  minutes, I cannot stop. Same happen at my father funeral last year. Then it go away and normal.
  I do not take medicine, I am healthy, no weakness.""",
  ["+ lip shaking for about ten minutes after a heated argument",
   "+ same happened at a funeral", "+ goes away afterwards", "- no medicines", "- no weakness"])

# ================================================================ alcohol_excess
c("alcohol_excess", 21, "male", "texting", "self_care", ALC_HANG,
  """big night out for my mates bday, like 12 pints + shots. this morning my lip keeps twitching
  n hands r shaky, head pounding, threw up once. first time this has happened. i dont drink much
  normally""",
  ["+ about twelve pints and shots last night", "+ lip twitching and shaky hands this morning",
   "+ headache", "+ vomited once", "- not a regular heavy drinker"])
c("alcohol_excess", 35, "female", "forum", "consultation", ALC_SI,
  """Bit embarrassed posting this. Since lockdown wine o'clock has become most nights, honestly
  it's a bottle of wine most evenings now. For the last month or so my upper lip twitches the
  morning after and I feel rough and shaky until lunchtime. I've never had a drink in the morning
  and I don't get the sweats. I know I need to cut down. Could the drinking be causing the lip
  thing?""",
  ["+ a bottle of wine most evenings for months", "+ upper lip twitching the morning after",
   "+ shaky and rough until lunchtime", "- no morning drinking", "- no sweats"],
  acceptable=["alcohol_withdrawal"])
c("alcohol_excess", 28, "male", "partner", "emergency_ambulance", ALC_NIAAA,
  """My boyfriend drank most of a bottle of vodka at a party over about two hours. He's been sick,
  his lip was twitching, and now he's really hard to wake up, he just groans. His breathing is
  slow and snoring and he feels cold. I've put him on his side. He doesn't take any drugs.""",
  ["+ most of a bottle of vodka in two hours", "+ vomited", "+ lip twitching",
   "+ very hard to wake", "+ slow snoring breathing", "+ feels cold", "- no drugs"])
c("alcohol_excess", 45, "male", "non_native", "self_care", ALC_BI,
  """At my nephew wedding on Saturday I drink much vodka, maybe ten shots, and also beer. Sunday
  my lip is trembling and my eye also jumping, I have big thirst and headache. Now Monday it is
  less. Normally I drink only a little at weekend. No other problem.""",
  ["+ about ten shots of vodka and beer at a wedding", "+ lip and eyelid twitching the next day",
   "+ thirst and headache", "+ improving the following day", "- usually drinks little"])
c("alcohol_excess", 52, "male", "self", "self_care", ALC_HANG,
  """Friday and Saturday nights I have eight to ten pints with the lads, weekdays I don't touch it.
  For a few weeks now my top lip twitches on Sunday and into Monday, then it's gone by Tuesday.
  I feel dry and a bit shaky on Sundays. Weekdays I'm fine, no shakes, no cravings.""",
  ["+ eight to ten pints on Friday and Saturday", "+ upper lip twitching on Sunday and Monday",
   "+ dry and shaky on Sundays", "- no drinking on weekdays", "- no weekday shakes or cravings"])
c("alcohol_excess", 23, "female", "friend", "self_care", ALC_BI,
  """My friend was at a hen do yesterday, cocktails from noon till about 2am. Today her lip keeps
  twitching, she's dizzy, thirsty and feels sick but she's kept some water down and she's chatting
  normally. She swears she didn't take anything else. Is she ok to sleep it off?""",
  ["+ cocktails for about fourteen hours yesterday", "+ lip twitching today", "+ dizzy and thirsty",
   "+ nausea but keeping water down", "+ talking normally", "- no drugs"])

# ================================================================ alcohol_withdrawal
c("alcohol_withdrawal", 48, "male", "self", "consultation_24", AW_SI,
  """I've drunk about two bottles of wine a day for years. Yesterday morning I decided to stop, cold
  turkey. Since last night my hands are shaking, my lip is twitching, I'm sweating through my
  shirt, I couldn't sleep and my heart is racing. I feel very anxious. No hallucinations, I know
  where I am. Is it dangerous to stop like this?""",
  ["+ about two bottles of wine a day for years", "+ stopped suddenly yesterday morning",
   "+ shaking hands and lip twitching", "+ sweating", "+ racing heart", "+ no sleep",
   "- no hallucinations", "- not confused"])
c("alcohol_withdrawal", 55, "male", "partner", "emergency_ambulance", AW_GOD,
  """My husband usually gets through three big bottles of strong cider a day. He stopped two days
  ago because he's got a job interview. Tonight he's shaking all over, his lip keeps twitching, he
  is drenched in sweat, he doesn't seem to know where he is and he's swatting at insects on the
  wall that aren't there. He's burning hot.""",
  ["+ three large bottles of strong cider a day", "+ stopped two days ago",
   "+ shaking all over and lip twitching", "+ drenched in sweat", "+ confused",
   "+ seeing insects that are not there", "+ feels very hot"])
c("alcohol_withdrawal", 39, "female", "forum", "consultation_24", AW_MIR,
  """Day one sober. I've been drinking heavily every day for about three years, usually vodka,
  most of a bottle. Woke up this morning with the shakes, my lip twitching, feeling sick and
  really on edge. In the past I'd have a drink in the morning to stop the shakes. I'm trying to
  do this on my own. Can anyone tell me how bad this gets?""",
  ["+ most of a bottle of vodka daily for three years", "+ first day without alcohol",
   "+ shakes and lip twitching", "+ nausea and feeling on edge",
   "+ previously drank in the morning to stop shakes"])
c("alcohol_withdrawal", 61, "male", "relative", "emergency_ambulance", AW_GOD,
  """My brother drinks all day every day. He ran out of money and hasn't had a drink since
  yesterday lunchtime. This morning he had a fit in the kitchen, went stiff and shook all over for
  about a minute and didn't know who I was for a bit. Now he's awake but shaking, his lip is
  twitching and he's pouring with sweat.""",
  ["+ heavy daily drinker", "+ no alcohol since yesterday lunchtime",
   "+ fit with stiffening and shaking all over this morning", "+ confused afterwards",
   "+ shaking and lip twitching", "+ heavy sweating"])
c("alcohol_withdrawal", 42, "male", "non_native", "consultation_24", AW_BI,
  """I drink every day half litre vodka since many years. Three days ago I stop because my wife
  say enough. Now my hands are shaking and also my lip, I sweat in the night, I feel very nervous
  and my heart is fast. I do not see strange things, I know everything. What I must do?""",
  ["+ half a litre of vodka a day for years", "+ stopped three days ago",
   "+ shaking hands and lip", "+ night sweats", "+ nervous with a fast heart",
   "- no hallucinations", "- not confused"])
c("alcohol_withdrawal", 74, "female", "carer", "emergency", AW_MIR,
  """I'm a carer at a residential home. A lady came in for respite two days ago; her son told us
  she's had half a bottle of sherry every night for decades, and we don't serve alcohol here.
  Since this morning she's trembling, her lip keeps twitching, she's sweating and very agitated,
  and she seems muddled about where she is, which is new for her.""",
  ["+ half a bottle of sherry nightly for decades", "+ no alcohol for two days",
   "+ trembling and lip twitching", "+ sweating and agitated", "+ new confusion"])
# ================================================================ alcoholic_neuropathy
c("alcoholic_neuropathy", 57, "male", "self", "consultation", AN_IP,
  """I'll be honest, I've had six to eight pints a day for about thirty years. Over the last year
  my feet burn at night like they're on fire, my toes are numb and I get cramps in my calves.
  Lately I've noticed little twitches in my legs and around my mouth too. I'm wobbly walking to the
  loo in the dark. No sudden anything, it's crept up slowly. I still drink, I haven't stopped.""",
  ["+ six to eight pints a day for thirty years", "+ burning feet at night", "+ numb toes",
   "+ calf cramps", "+ twitching in legs and around the mouth", "+ unsteady in the dark",
   "+ gradual over a year", "- has not stopped drinking"])
c("alcoholic_neuropathy", 62, "male", "relative", "consultation", AN_REC,
  """My dad is a heavy drinker, has been for as long as I remember. He barely eats proper meals.
  Recently he walks like he's on a boat, says his feet feel numb and tingly, his legs have got
  thinner and he has twitches in his calves and his lip. It's been getting worse over months.
  He won't go to the doctor on his own.""",
  ["+ long-term heavy drinking", "+ poor diet", "+ unsteady walking",
   "+ numb tingling feet", "+ thinner legs", "+ twitching in calves and lip",
   "+ worsening over months"])
c("alcoholic_neuropathy", 49, "female", "forum", "consultation", AN_DOB,
  """Recovering alcoholic here, six months sober after fifteen years of heavy drinking. I still
  have pins and needles in both hands and feet, like wearing gloves and socks that aren't there,
  my muscles twitch including my lip, and I get cramps at night. I don't shake in the mornings any
  more. Is this the nerve damage people talk about and can it get better?""",
  ["+ fifteen years of heavy drinking", "+ sober for six months",
   "+ pins and needles in both hands and feet in a glove and sock pattern",
   "+ muscle twitching including the lip", "+ night cramps", "- no morning shakes now"])
c("alcoholic_neuropathy", 54, "male", "non_native", "consultation", AN_ALP,
  """I drink many years, beer and vodka every day. Now one year my feet are burning like fire and
  numb, especially in night I cannot sleep. Cramps in legs and small jumping in the muscles, also
  in my face near the lip. When I walk in dark I fall little. No problem with speaking.""",
  ["+ daily beer and vodka for many years", "+ burning numb feet for a year",
   "+ leg cramps", "+ muscle twitching including near the lip", "+ unsteady in the dark",
   "- speech normal"])
c("alcoholic_neuropathy", 71, "male", "elderly", "consultation", AN_IP,
  """I have always liked a drink, whisky mostly, I get through a bottle every two or three days
  and have done since I retired. My feet feel like they're wrapped in cotton wool and burn at
  night. My legs cramp and the muscles twitch, and lately my top lip flickers as well. I've become
  unsteady on the stairs. My son says it's the drink. There's been no sudden change.""",
  ["+ a bottle of whisky every two or three days for years", "+ numb burning feet",
   "+ leg cramps and twitching", "+ upper lip flickering", "+ unsteady on stairs",
   "- no sudden change"])
c("alcoholic_neuropathy", 46, "female", "partner", "consultation", AN_REC,
  """My wife drinks about a bottle and a half of wine a day and has done for ten years. She hardly
  eats. For the past few months she's complained of tingling and numb feet, her legs feel weak
  going upstairs, and she has twitches in her calves and at the corner of her mouth. It came on
  bit by bit. She's not confused and she's not shaking in the mornings.""",
  ["+ a bottle and a half of wine a day for ten years", "+ poor eating",
   "+ tingling numb feet for months", "+ legs weak on stairs",
   "+ twitching in calves and mouth corner", "+ gradual onset", "- not confused",
   "- no morning shakes"])

# ================================================================ als
c("als", 58, "male", "self", "consultation", ALS_WP,
  """For about four months my speech has been getting slurred, people ask if I've been drinking
  and I haven't. My tongue looks like it has worms moving under the surface, my lips twitch, I've
  started choking on water and I can't whistle any more. It's slowly getting worse. No pain, no
  numbness anywhere.""",
  ["+ slurred speech worsening over four months", "+ rippling tongue", "+ lip twitching",
   "+ choking on water", "+ cannot whistle", "- no pain", "- no numbness", "- not drinking"])
c("als", 63, "female", "partner", "consultation", ALS_BI,
  """My wife's voice has gone slurred and nasal over the past half year. She drools a bit, her
  tongue twitches when she opens her mouth, and her lips flicker. She has lost weight because
  eating takes forever and she coughs on food. She also laughs or cries at the wrong moments which
  isn't like her. Her arms and legs still work okay.""",
  ["+ slurred nasal speech over six months", "+ drooling", "+ tongue twitching",
   "+ lip flickering", "+ weight loss with slow eating and coughing on food",
   "+ inappropriate laughing or crying", "- limbs still working"])
c("als", 51, "male", "forum", "consultation", ALS_DO,
  """I know everyone on here gets told it's BFS but mine is different. My right hand has got weak
  over three months, I can't turn the key in the car or do up buttons, and the fleshy bit between
  thumb and finger has gone hollow. I have constant twitching in that arm and now around my mouth
  too, plus cramps. I'm not anxious by nature, this is real weakness.""",
  ["+ right hand weakness over three months", "+ wasting between thumb and finger",
   "+ twitching in the arm and around the mouth", "+ cramps",
   "+ cannot turn a key or do buttons"])
c("als", 67, "male", "relative", "consultation", ALS_DO,
  """My dad keeps tripping over his left foot because it flops down when he walks, which started
  last year. His leg twitches constantly and now his speech has become a bit slurred and his lip
  twitches. He's lost muscle in his thigh. He had his blood pressure checked recently and it was
  normal. There's no pain.""",
  ["+ left foot drop for a year", "+ constant leg twitching", "+ slurred speech",
   "+ lip twitching", "+ thigh muscle wasting", "- no pain"])
c("als", 55, "female", "non_native", "consultation", ALS_VF,
  """My voice is changing since five months, people ask if I drink alcohol but I don't. My tongue
  is moving small like worms, when I drink water sometimes it come in my nose. Also my lip is
  jumping. My arms are little weak now. No pain. It is slowly more bad.""",
  ["+ speech change for five months", "+ rippling tongue", "+ fluid coming up the nose when drinking",
   "+ lip twitching", "+ mild arm weakness", "+ slowly worsening", "- no pain", "- no alcohol"])
c("als", 72, "male", "elderly", "consultation_24", ALS_DO,
  """I have been losing strength for the best part of a year. My arms have gone thin, I twitch
  everywhere including my lips, my neck feels weak and my words are slurring. The new thing in
  the last week is that I get short of breath lying flat and have to sleep propped on three
  pillows. I'm waiting for a neurology appointment in two months.""",
  ["+ progressive weakness for a year", "+ thin arms", "+ twitching everywhere including lips",
   "+ weak neck", "+ slurred speech", "+ new breathlessness lying flat this week"])

# ================================================================ bells_palsy
c("bells_palsy", 34, "female", "self", "consultation_24", BP_WEBMD,
  """Woke up this morning and the right side of my face feels heavy. I can't close my right eye
  properly, my smile only goes up on the left and tea dribbles out the right side of my mouth. I
  can't wrinkle my forehead on that side either. Yesterday my lip was twitching on the right and I
  had an ache behind my right ear. My arms and legs are fine and I can talk normally apart from my
  lips.""",
  ["+ right-sided facial weakness since waking", "+ cannot close the right eye",
   "+ cannot wrinkle the right forehead", "+ drink dribbling from the mouth",
   "+ lip twitching the day before", "+ ache behind the ear", "- arms and legs normal",
   "- speech otherwise normal"])
c("bells_palsy", 25, "male", "texting", "consultation_24", BP_MSD,
  """woke up n half my face isnt working?? left eye wont shut, smile is lopsided, water comes out
  my mouth when i drink. lip was twitchin all yesterday. forehead on left wont move either. arms
  fine, talking fine, no headache. earache behind left ear tho""",
  ["+ left-sided facial weakness on waking", "+ cannot shut the left eye",
   "+ left forehead not moving", "+ lip twitching the day before", "+ pain behind the ear",
   "- arms normal", "- speech normal", "- no headache"])
c("bells_palsy", 41, "male", "partner", "consultation_24", BP_FD,
  """Since this morning my husband's left face is drooping. He can't raise his left eyebrow, his
  eye waters, sounds are really loud in his left ear and he says food tastes odd. His lip was
  twitching on that side last night. His arms and legs are strong, his speech makes sense and he
  has no headache. He's 41, no health problems.""",
  ["+ left facial droop since this morning", "+ cannot raise the left eyebrow",
   "+ sounds too loud in the left ear", "+ altered taste", "+ lip twitching the night before",
   "- arms and legs strong", "- speech makes sense", "- no headache"])
c("bells_palsy", 30, "female", "non_native", "consultation_24", BP_FH,
  """I am pregnant 34 weeks. Today morning my right face is falling, I cannot close my eye and the
  food stays in my cheek. Two days before my lip was jumping on this side and I had pain behind
  my ear. My arms and legs are normal, I can talk. The baby is moving good.""",
  ["+ pregnant at 34 weeks", "+ right facial droop since this morning",
   "+ cannot close the right eye", "+ food collecting in the cheek",
   "+ lip twitching two days earlier", "+ pain behind the ear", "- arms and legs normal",
   "- speech normal"])
c("bells_palsy", 45, "male", "forum", "consultation_24", BP_WEBMD,
  """Terrified this is a stroke. Got up yesterday fine, by the evening the right side of my face
  felt numb-ish and this morning it's completely slack, mouth down on the right, eye won't close,
  I can't frown on that side. Had a cold sore last week and the right corner of my lip was
  twitching a day or two before. BUT my arms and legs are totally normal, my speech is clear and I
  can think fine. I had a cold last week too.""",
  ["+ right facial weakness developing overnight", "+ cannot close the right eye",
   "+ cannot frown on the right", "+ lip twitching a day or two before", "+ recent cold sore",
   "- arms and legs normal", "- speech clear"])
c("bells_palsy", 52, "female", "relative", "consultation_24", BP_MSD,
  """My sister rang me because half her face has dropped since lunchtime, the left side including
  her forehead, and she can't blink that eye. She says the corner of her lip had been twitching
  yesterday and her ear ached. She's talking perfectly well, her arms and legs are fine and she has
  no headache. She has diabetes but otherwise well.""",
  ["+ left facial droop including the forehead since lunchtime", "+ cannot blink the left eye",
   "+ lip twitching the day before", "+ ear ache", "+ has diabetes", "- speech normal",
   "- arms and legs normal", "- no headache"])

# ================================================================ benign_fasciculation
c("benign_fasciculation", 28, "male", "forum", "self_care", BFS_WIKI,
  """Three months of twitching and I'm losing my mind. Calves, thighs, biceps, eyelid, and my top
  lip now. Little flickers, come and go, jump around the body. I've googled ALS every night. I can
  still do my usual gym weights, I can hop on each leg, speech is fine, swallowing fine. Saw a
  neurologist last week who examined me and said there's no weakness and it's benign. Anyone else
  just live with this?""",
  ["+ widespread twitching for three months including the upper lip", "+ twitches move around",
   "+ heavy worry about ALS", "- no weakness on exercise", "- speech and swallowing normal",
   "+ neurologist found no weakness"])
c("benign_fasciculation", 33, "female", "self", "self_care", BFS_SOC,
  """I'm a nurse and I've had twitches in my thighs, eyelid and lip on and off for about two
  months. They're worse after the gym and on busy weeks. No weakness, no wasting, no trouble
  swallowing or speaking. My GP did bloods including thyroid and calcium and they were normal.""",
  ["+ twitching in thighs, eyelid and lip for two months", "+ worse after exercise",
   "- no weakness or wasting", "- speech and swallowing normal", "+ normal blood tests"])
c("benign_fasciculation", 24, "male", "texting", "self_care", BFS_WIKI,
  """twitching everywhere for weeks, calves bicep lip, random spots. no weakness can do pushups
  fine. doc said prob bfs but idk. im stressed af about it""",
  ["+ twitching in many places for weeks including the lip", "- no weakness",
   "+ doctor suggested benign twitching", "+ worried"])
c("benign_fasciculation", 37, "male", "non_native", "self_care", BFS_SOC,
  """Hello doctor, I am software engineer from India. Since two months I have twitch jumping in
  many places - leg, arm, stomach and sometimes lip. I have no weakness, I can run 5 km and climb
  stairs. Neurologist did EMG test and it was normal, blood test also normal. But still I worry
  every day.""",
  ["+ twitching in many places including the lip for two months", "- no weakness",
   "+ normal nerve test and blood tests", "+ persistent worry"])
c("benign_fasciculation", 66, "female", "elderly", "consultation", BFS_QNA,
  """I'm a retired teacher, 66. For about six months I've had little twitches in my calves and, more
  recently, my upper lip. I'm still walking the dog five miles a day, I have no trouble swallowing
  and my speech is normal. I haven't mentioned it to my doctor yet. I don't drink much coffee.""",
  ["+ calf and upper lip twitching for six months", "- no weakness, walks five miles a day",
   "- swallowing normal", "- speech normal", "- not seen a doctor yet", "- little coffee"])
c("benign_fasciculation", 19, "female", "relative", "self_care", BFS_WIKI,
  """My little sister started uni this year and she's a runner. She says her eyelid, her lip and her
  calves twitch on and off, have done for a few weeks. She's not weak at all, she ran a PB last
  weekend. She's not on any medicines. She just wants to know if it's normal.""",
  ["+ eyelid, lip and calf twitching for a few weeks", "+ regular runner",
   "- no weakness", "- no medicines"])

# ================================================================ digeorge_syndrome
c("digeorge_syndrome", 0, "male", "parent", "emergency_ambulance", DG_INF,
  """Our son is nine days old. He had a heart murmur picked up at birth and they're doing more
  tests. Tonight he keeps having jerky episodes, his mouth and lips twitch and his arms jerk for
  about a minute, he's done it three times, and he's been jittery and not feeding well. The doctor
  mentioned something about his calcium before we left hospital.""",
  ["+ nine-day-old baby with a heart murmur", "+ repeated jerking episodes of mouth, lips and arms",
   "+ three episodes tonight", "+ jittery and feeding poorly"])
c("digeorge_syndrome", 12, "male", "parent", "emergency", DG_KOR,
  """My son has 22q11 deletion, diagnosed as a baby when he had heart surgery. He's had a tummy bug
  for two days and today he's complaining of tingling around his mouth, his lip and cheek are
  twitching and his hands keep cramping into a claw shape. He's scared. He takes calcium sometimes
  but not regularly.""",
  ["+ known 22q11 deletion with heart surgery as a baby", "+ tummy bug for two days",
   "+ tingling around the mouth", "+ lip and cheek twitching", "+ hands cramping into a claw"],
  acceptable=["hypoparathyroidism"])
c("digeorge_syndrome", 3, "female", "parent", "consultation_24", DG_WAD,
  """My daughter is three. She was born with a cleft palate and a heart murmur, she gets lots of
  chest infections and her speech is behind. Over the last week she's had a few moments where her
  mouth twitches and her fingers go stiff and bent. She doesn't lose consciousness. The GP
  mentioned genetic tests might be worth doing.""",
  ["+ three-year-old with cleft palate and heart murmur", "+ frequent infections",
   "+ speech delay", "+ episodes of mouth twitching with stiff bent fingers",
   "- no loss of consciousness"], acceptable=["hypoparathyroidism"])
c("digeorge_syndrome", 19, "female", "self", "consultation_24", DG_GARD,
  """I have 22q11.2 deletion syndrome. I stopped taking my calcium and vitamin D about a month ago
  because I kept forgetting and thought I didn't need them any more. This week I've had tingling
  in my lips and fingertips, my lip twitches and I get cramps in my feet. No fits.""",
  ["+ known 22q11.2 deletion syndrome", "+ stopped calcium and vitamin D a month ago",
   "+ tingling lips and fingertips", "+ lip twitching", "+ foot cramps", "- no seizures"],
  acceptable=["hypoparathyroidism"])
c("digeorge_syndrome", 25, "male", "relative", "emergency", DG_LATE,
  """My cousin is 25, he has learning difficulties, a nasal voice, had his palate repaired and a
  heart operation as a child, but nobody ever gave it a name. For weeks he's had cramps in his
  hands and his face twitches near his mouth. Last night he had a fit for the first time. He's
  awake and talking now.""",
  ["+ learning difficulties, nasal voice, repaired palate and childhood heart surgery",
   "+ hand cramps and face twitching near the mouth for weeks", "+ first seizure last night",
   "+ now awake"], acceptable=["hypoparathyroidism"])
c("digeorge_syndrome", 7, "male", "parent", "consultation_24", DG_GARD,
  """My son is seven and has 22q deletion. He's had a growth spurt and has been really fussy with
  food, hardly any milk or cheese. His lips have started twitching and he says his fingers feel
  fizzy. When the school nurse tapped his cheek his lip jumped. He hasn't had a seizure.""",
  ["+ known 22q deletion", "+ poor dairy intake", "+ lip twitching",
   "+ tingling fingers", "+ lip jumps when the cheek is tapped", "- no seizures"],
  acceptable=["hypoparathyroidism"])

# ================================================================ drug_use
c("drug_use", 22, "male", "texting", "self_care", DRG_VICE,
  """took 2 pills at a festival last night, jaw clenching like mad n my lip keeps twitching,
  grinding my teeth, cant sleep. been drinking water but not loads. heart feels normal now, not
  hot, not confused. no other meds""",
  ["+ two ecstasy pills last night", "+ jaw clenching and teeth grinding", "+ lip twitching",
   "+ cannot sleep", "- not hot", "- not confused", "- no other medicines"])
c("drug_use", 29, "male", "forum", "self_care", DRG_BI,
  """Had a big weekend, cocaine Friday and Saturday, probably more than I should. It's Monday and
  my lip and cheek are still twitching, my jaw aches from clenching and I can't sit still. No chest
  pain, heart's settled down. I'm not on any prescribed meds. Is this going to stop?""",
  ["+ cocaine over the weekend", "+ lip and cheek twitching", "+ jaw aching from clenching",
   "+ restless", "- no chest pain", "- no prescribed medicines"])
c("drug_use", 20, "female", "friend", "emergency_ambulance", DRG_RG,
  """My friend took molly at a club two hours ago and now she's boiling hot, sweating buckets, her
  jaw is clenched, her lip and face keep twitching, her heart is going really fast and she's
  confused and not making sense. We're outside in the smoking area.""",
  ["+ ecstasy two hours ago", "+ very hot and sweating", "+ jaw clenching",
   "+ lip and face twitching", "+ fast heartbeat", "+ confused"],
  acceptable=["serotonin_syndrome"])
c("drug_use", 34, "male", "non_native", "consultation", DRG_BB,
  """I use crystal (ice) three days and not sleep. My face and lip make movements by itself, I grind
  teeth, I pick my skin. I want stop this. No chest pain, I am not hot. I don't take other
  medicine.""",
  ["+ methamphetamine for three days", "+ not slept", "+ face and lip movements",
   "+ teeth grinding", "+ skin picking", "- no chest pain", "- not hot"])
c("drug_use", 31, "male", "self", "consultation_24", DRG_HL,
  """Day two of coming off heroin on my own. I've got muscle jerks, my lip keeps twitching, I'm
  yawning constantly, runny nose, goosebumps, stomach cramps and diarrhoea. I'm not using anything
  else. I want to do it properly this time but I feel like death.""",
  ["+ stopped heroin two days ago", "+ muscle jerks and lip twitching", "+ yawning and runny nose",
   "+ goosebumps", "+ stomach cramps and diarrhoea", "- no other drugs"])
c("drug_use", 16, "male", "parent", "consultation_24", DRG_BI,
  """I found some pills in my son's room and he admitted they're speed, he took one this afternoon.
  He's jittery, talking nineteen to the dozen, his pupils are huge and his lip keeps twitching. He
  says his heart is a bit fast but he has no chest pain, isn't hot and knows exactly what's going
  on.""",
  ["+ one amphetamine pill this afternoon", "+ jittery and talking fast", "+ large pupils",
   "+ lip twitching", "+ slightly fast heart", "- no chest pain", "- not hot", "- not confused"])
# ================================================================ electrolyte_imbalance
c("electrolyte_imbalance", 45, "female", "self", "consultation_24", EL_LS,
  """My GP started me on a water tablet for my blood pressure about six weeks ago. For the last
  week I've had muscle cramps in my legs, my legs feel weak and heavy, my upper lip twitches, and
  now and then I feel my heart flutter. I'm tired all the time and constipated. I don't drink
  coffee and I'm not stressed particularly.""",
  ["+ water tablet started six weeks ago", "+ leg cramps and heavy weak legs",
   "+ upper lip twitching", "+ occasional heart flutter", "+ tiredness and constipation",
   "- no coffee"], acceptable=["medication"])
c("electrolyte_imbalance", 6, "male", "parent", "emergency", EL_10,
  """My six year old has had a stomach bug for four days, vomiting and lots of diarrhoea, and he
  can't keep much down. Today his face and lips keep twitching, he's floppy and weak, his legs
  cramp and he's only had one wee since this morning. He doesn't have a temperature now.""",
  ["+ four days of vomiting and diarrhoea", "+ unable to keep fluids down",
   "+ face and lip twitching", "+ floppy and weak", "+ leg cramps", "+ passing little urine",
   "- no fever now"])
c("electrolyte_imbalance", 27, "female", "forum", "emergency", EL_NT,
  """Ran my first half marathon today in the heat and I was so scared of dehydrating that I drank
  loads of plain water, maybe four or five litres over the morning. Now, six hours later, my lips
  are twitching, my legs are cramping, I've got a pounding headache, I've been sick twice and
  honestly I feel a bit confused and foggy. My hands and face look puffy.""",
  ["+ drank four or five litres of plain water during a race", "+ lip twitching",
   "+ leg cramps", "+ pounding headache", "+ vomited twice", "+ feels confused",
   "+ puffy hands and face"])
c("electrolyte_imbalance", 38, "male", "non_native", "consultation_24", EL_NZ,
  """After my travel to Thailand I have diarrhoea one week, many times every day. Now my muscles
  are jumping, my lip is twitching, I have cramps in legs in night and I feel weak and tired. I
  drink water but not the salt drink. No blood in the toilet, no fever.""",
  ["+ a week of frequent diarrhoea after travel", "+ muscle twitching and lip twitching",
   "+ night leg cramps", "+ weakness and tiredness", "- no blood in stool", "- no fever"])
c("electrolyte_imbalance", 77, "female", "elderly", "consultation_24", EL_LS,
  """I take a water tablet every morning for my ankles and a laxative most days because I get
  bunged up. For the past week the muscles around my mouth keep twitching, my legs cramp at night,
  I feel weak as a kitten and I go dizzy when I stand up. My speech is normal and my face is not
  lopsided.""",
  ["+ daily water tablet and laxative", "+ twitching around the mouth for a week",
   "+ night leg cramps", "+ marked weakness", "+ dizzy on standing", "- speech normal",
   "- face not lopsided"])
c("electrolyte_imbalance", 52, "male", "self", "consultation", EL_MG,
  """I've been on omeprazole for reflux for about eight years. Recently I've noticed twitching of
  my lips and fingers, cramps in my calves, tingling in my hands and a bit of a tremor. I drink
  maybe two pints a week. A friend said long-term stomach tablets can lower your magnesium. No
  vomiting or diarrhoea.""",
  ["+ omeprazole for eight years", "+ twitching of lips and fingers", "+ calf cramps",
   "+ tingling hands", "+ mild tremor", "- little alcohol", "- no vomiting or diarrhoea"],
  acceptable=["medication"])

# ================================================================ essential_tremor
c("essential_tremor", 63, "male", "self", "consultation", ET_MSD,
  """My hands have shaken when I hold a cup or write for years, both sides about the same. Lately
  my chin and lips quiver when I'm talking and my voice has gone wobbly. My dad had the same shake.
  A glass of wine calms it down noticeably. When my hands are resting in my lap they're still. I
  walk normally and I'm not slow.""",
  ["+ hand shake on holding or writing for years", "+ chin and lip quiver when talking",
   "+ shaky voice", "+ father had the same", "+ improves after a glass of wine",
   "- no shake at rest", "- walking normal", "- not slow"])
c("essential_tremor", 45, "female", "forum", "consultation", ET_SING,
  """For a few years my head does a little 'no-no' shake, my voice wobbles on the phone and my
  lips tremble when I'm speaking in meetings. My mum and my aunt both shake like this. It's
  definitely worse when I'm stressed or after coffee. No stiffness, I move quickly. Does anyone
  know what this is called?""",
  ["+ side-to-side head tremor for years", "+ shaky voice", "+ lips tremble when speaking",
   "+ mother and aunt affected", "+ worse with stress and coffee", "- no stiffness",
   "- not slow"])
c("essential_tremor", 78, "female", "relative", "consultation", ET_MINDS,
  """My grandma's hands shake when she eats soup or lifts a teacup, and now her lips tremble when
  she talks. It has crept up slowly over many years and affects both hands equally. She still
  walks briskly to the shops every day, isn't stiff and her handwriting is big and shaky rather
  than small.""",
  ["+ hands shake when eating or lifting a cup for many years", "+ lips tremble when talking",
   "+ both sides equal", "+ slow progression", "- walks briskly", "- no stiffness",
   "- handwriting not small"])
c("essential_tremor", 52, "male", "non_native", "consultation", ET_ERICK,
  """My hands are shaking when I write or hold glass, and also my lips when I talk, many years,
  my father also had this. When I drink one beer it is better. When I sit and hands rest, no
  shaking. I walk normal.""",
  ["+ hands shake when writing or holding a glass for years", "+ lips tremble when talking",
   "+ father affected", "+ better after a beer", "- no shaking at rest", "- walking normal"])
c("essential_tremor", 81, "male", "elderly", "consultation", ET_MSD,
  """My hands have trembled for twenty years when I use them, and now my lip and jaw join in when I
  speak. Both sides the same. My sister has it too. I'm quick on my feet, no stiffness, and at rest
  in my armchair my hands are still. It's the soup and the shaving that bother me.""",
  ["+ hand tremor with use for twenty years", "+ lip and jaw tremble when speaking",
   "+ both sides equal", "+ sister affected", "- quick on feet", "- no stiffness",
   "- no tremor at rest"])
c("essential_tremor", 34, "female", "texting", "consultation", ET_SING,
  """shaky hands since uni, now my lips quiver when i hold a smile for pics or talk in front of
  ppl. mum n gran both shaky. wine helps lol. no other probs, not stiff or slow""",
  ["+ shaky hands since university", "+ lips quiver when holding a smile or talking",
   "+ mother and grandmother affected", "+ better after wine", "- not stiff or slow"])

# ================================================================ facial_nerve_injury
c("facial_nerve_injury", 47, "female", "self", "consultation", FNI_PAR,
  """I had a lump removed from my salivary gland in front of my left ear three weeks ago. Since the
  operation my bottom lip on the left doesn't move properly when I smile, the corner of my mouth
  twitches and I dribble a bit when I drink. My forehead and eye are okay. The surgeon said there
  was a risk to the nerve.""",
  ["+ salivary gland lump removed near the left ear three weeks ago",
   "+ weak left lower lip since the operation", "+ mouth corner twitching", "+ dribbling when drinking",
   "- forehead and eye normal"])
c("facial_nerve_injury", 33, "male", "forum", "consultation", FNI_SYN,
  """Six months ago I came off my bike and had a deep cut across my right cheek, they repaired the
  face nerve in surgery. The movement has mostly come back but now every time I blink the corner of
  my mouth twitches up, and when I smile my eye closes a bit. Is this normal healing?""",
  ["+ deep right cheek cut with nerve repair six months ago",
   "+ mouth corner twitches with blinking", "+ eye closes when smiling"])
c("facial_nerve_injury", 29, "male", "relative", "emergency", FNI_SP,
  """My brother fell down a flight of concrete steps last night and hit the side of his head. There
  was blood coming from his right ear, and this morning the right side of his face is drooping,
  the cheek keeps twitching and he can't close that eye. He's talking sense and moving his arms and
  legs fine.""",
  ["+ fall down steps with a blow to the side of the head", "+ blood from the right ear",
   "+ right facial droop this morning", "+ cheek twitching", "+ cannot close the right eye",
   "- talking sense", "- arms and legs moving normally"])
c("facial_nerve_injury", 40, "female", "non_native", "consultation", FNI_PMC,
  """I had face lift surgery abroad two months ago. After the operation my right mouth corner is
  weak, I cannot smile on this side, and now sometimes it twitch by itself. The other side is
  normal. I have no pain now.""",
  ["+ facelift surgery two months ago", "+ weak right mouth corner since surgery",
   "+ mouth corner twitching", "- other side normal", "- no pain"])
c("facial_nerve_injury", 70, "male", "elderly", "consultation", FNI_SP,
  """I had an operation on my left ear for a chronic infection last month. Since then the left side
  of my face has been a bit weak, the corner of my mouth droops slightly and the cheek twitches now
  and then. It hasn't got any worse. My arms and legs are fine and my speech is clear.""",
  ["+ left ear operation last month", "+ mild left facial weakness since the operation",
   "+ cheek twitching", "- not getting worse", "- arms and legs normal", "- speech clear"])
c("facial_nerve_injury", 18, "male", "texting", "consultation_24", FNI_SP,
  """got hit in the face w a cricket ball just in front of my ear 2 days ago. now my cheek keeps
  twitching and i cant lift that side of my lip properly when i smile. no headache, not dizzy,
  didnt get knocked out""",
  ["+ cricket ball struck in front of the ear two days ago", "+ cheek twitching",
   "+ cannot lift that side of the lip", "- no headache", "- not dizzy",
   "- no loss of consciousness"])

# ================================================================ facial_tic
c("facial_tic", 7, "male", "parent", "self_care", TIC_TT,
  """For about six weeks my seven year old has been pulling his mouth to one side and blinking
  hard, lots of times a day. He can hold it in for a bit at dinner if I mention it, but then it
  comes back more. Worse when he's tired or on the iPad. It stops when he's asleep. No noises, no
  other movements.""",
  ["+ mouth pulling and hard blinking for six weeks", "+ can hold it in briefly",
   "+ worse when tired", "- not during sleep", "- no noises", "- no other movements"])
c("facial_tic", 26, "female", "self", "self_care", TIC_MC,
  """Since I was a kid I've had a habit-type thing where the corner of my mouth twitches up. I get
  an itchy urge just before and doing it gives relief. I can stop it for a while in interviews but
  it builds up. It's worse when I'm nervous. No noises, nothing else, it's just the face.""",
  ["+ mouth corner twitch since childhood", "+ urge before the movement with relief after",
   "+ can suppress it for a while", "+ worse when nervous", "- no noises"])
c("facial_tic", 9, "female", "forum", "self_care", TIC_UF,
  """My daughter (9) started scrunching her nose and twitching her lip when she went back to school
  in September, so about two months. She says it feels like an itch she has to scratch. It doesn't
  happen when she's asleep or when she's absorbed in drawing. No sounds, no throat clearing.
  Should we be worried?""",
  ["+ nose scrunching and lip twitching for two months", "+ urge like an itch",
   "+ less when absorbed", "- not during sleep", "- no sounds or throat clearing"])
c("facial_tic", 15, "male", "texting", "self_care", TIC_AD,
  """i keep doin this mouth twitch thing, like i feel i have to, i can stop it but not for long.
  started couple months ago. no noises or anything. is it a tic?""",
  ["+ mouth twitching with an urge for a couple of months", "+ can suppress briefly",
   "- no noises"])
c("facial_tic", 11, "male", "relative", "self_care", TIC_TT,
  """My grandson pulls his mouth sideways and blinks hard, on and off for about two months. It stops
  completely when he's busy building Lego and gets worse when he's tired or told off. He doesn't
  make any sounds. He's a bright, happy boy.""",
  ["+ mouth pulling and blinking for two months", "+ stops when absorbed",
   "+ worse when tired or stressed", "- no sounds"])
c("facial_tic", 32, "male", "non_native", "consultation", TIC_MC,
  """Since young I have a tic in my face, the lip go up on one side very quick. It come more when I
  am stress at work. I can stop if I concentrate but then I feel pressure until I do it. No sound.
  Now my boss notice and I want treatment.""",
  ["+ quick lip movement on one side since childhood", "+ worse with stress",
   "+ can suppress with building pressure", "- no sounds", "+ wants treatment"])

# ================================================================ focal_seizure
c("focal_seizure", 8, "male", "parent", "emergency", FS_WIKI,
  """About an hour after he went to sleep our eight year old woke us making gurgling noises. The
  left corner of his mouth was pulling and his lip was jerking, he was drooling a lot and he
  couldn't speak but he was looking at us and squeezed my hand when asked. It lasted about two
  minutes. He's asleep again now. Never happened before.""",
  ["+ night-time episode of mouth pulling and lip jerking", "+ drooling",
   "+ unable to speak but aware", "+ lasted about two minutes", "+ first episode"])
c("focal_seizure", 45, "male", "self", "emergency", FS_UNM,
  """Several times this week my right lip and cheek have started jerking rhythmically by
  themselves, it spreads into my right hand and lasts a minute or two. I'm awake the whole time.
  Afterwards my right hand feels weak for about an hour. I've never had anything like this. No
  headache, no drinking.""",
  ["+ repeated rhythmic jerking of right lip and cheek this week", "+ spreads into the right hand",
   "+ aware throughout", "+ right hand weak for an hour afterwards", "+ never happened before",
   "- no headache", "- no alcohol"])
c("focal_seizure", 60, "female", "partner", "emergency_ambulance", FS_UNM,
  """My wife's mouth corner has been twitching in a rhythm non-stop for twenty minutes, it's spreading
  into her cheek, and she can't get her words out properly though she seems to understand me. It
  won't stop. She has no history of fits.""",
  ["+ rhythmic mouth corner twitching for twenty minutes and continuing",
   "+ spreading into the cheek", "+ difficulty getting words out", "- no previous seizures"])
c("focal_seizure", 33, "female", "forum", "consultation_24", FS_ILAE,
  """I have epilepsy and take lamotrigine. I missed a few doses over the holiday and since yesterday
  I've had clusters of my usual focal aware seizures, where my lip and the side of my mouth jerk
  for thirty seconds or so. I'm fully aware during them. Back on my tablets now. Should I ring my
  epilepsy nurse?""",
  ["+ known epilepsy on lamotrigine", "+ missed doses", "+ clusters of lip and mouth jerking",
   "+ aware during episodes"])
c("focal_seizure", 10, "female", "non_native", "consultation_24", FS_SCO,
  """My daughter is 10 years. In the morning when she wake up her mouth goes to one side and her lip
  jump, lot of saliva comes, she cannot speak, but she understand me. After one minute she is okay.
  This is the third time in this month. No fever.""",
  ["+ morning episodes of mouth pulling and lip jerking", "+ excess saliva",
   "+ unable to speak but understands", "+ about one minute", "+ third episode this month",
   "- no fever"])
c("focal_seizure", 76, "male", "elderly", "consultation_24", FS_UNM,
  """I had a stroke last year which left my left arm a bit clumsy. This past fortnight I've had
  three turns where the left side of my face and my lip jerk on their own for about a minute, then
  it stops and I'm back to normal. I'm awake through it. There's no new weakness or slurring.""",
  ["+ stroke last year", "+ three episodes of left face and lip jerking in two weeks",
   "+ about a minute each", "+ aware throughout", "- no new weakness", "- no slurring"])

# ================================================================ guillain_barre_syndrome
c("guillain_barre_syndrome", 38, "male", "self", "emergency", GBS_BIO,
  """Two weeks ago I had bad food poisoning. Three days ago my feet and hands started tingling and
  now my legs are getting weaker by the day, I struggle with the stairs. This morning both sides of
  my face feel weak, I can't puff my cheeks properly and my lips keep twitching. Breathing is okay.""",
  ["+ food poisoning two weeks ago", "+ tingling hands and feet for three days",
   "+ legs getting weaker each day", "+ both sides of the face weak", "+ lip twitching",
   "- breathing normal"])
c("guillain_barre_syndrome", 52, "female", "partner", "emergency_ambulance", GBS_BOOTS,
  """My wife had flu a couple of weeks ago. Since Tuesday her legs have got wobbly and weak and
  now her arms too. Today she can't close either eye fully, her smile is flat on both sides, her
  lip twitches, she's struggling to swallow her tea and she says she can't get a deep breath.""",
  ["+ flu two weeks ago", "+ progressive leg then arm weakness over days",
   "+ weakness of both sides of the face", "+ lip twitching", "+ difficulty swallowing",
   "+ difficulty taking a deep breath"])
c("guillain_barre_syndrome", 29, "female", "forum", "emergency", GBS_MINT,
  """Not sure where to post. I had a stomach bug about ten days ago. For four days my fingers and toes
  have been numb and tingly, I have a deep ache in my lower back, and my legs are weaker every day,
  today I nearly fell getting out of the bath. My face feels stiff and weak on both sides and my lip
  twitches. I can breathe and swallow fine so far.""",
  ["+ stomach bug ten days ago", "+ numb tingling fingers and toes for four days",
   "+ lower back ache", "+ legs weaker each day", "+ both sides of the face weak",
   "+ lip twitching", "- breathing and swallowing normal"])
c("guillain_barre_syndrome", 45, "male", "non_native", "emergency", GBS_NH,
  """Two weeks ago I have diarrhoea. Now since two days my legs are very weak, I cannot go up stairs,
  my hands are tingling, and my face both sides is weak and my lip is trembling. I think it is more
  bad every day. I can breathe okay.""",
  ["+ diarrhoea two weeks ago", "+ leg weakness for two days", "+ tingling hands",
   "+ weakness of both sides of the face", "+ lip twitching", "+ getting worse each day",
   "- breathing normal"])
c("guillain_barre_syndrome", 67, "male", "relative", "emergency", GBS_BOOTS,
  """My dad had a chest infection last month. For the past five days his legs have been getting
  weaker and now his arms too, he can't grip his cup. His face is drooping on both sides, his lips
  twitch and his voice is weaker. He says his feet feel like pins and needles. He isn't short of
  breath yet.""",
  ["+ chest infection last month", "+ progressive weakness of legs then arms over five days",
   "+ drooping of both sides of the face", "+ lip twitching", "+ weaker voice",
   "+ pins and needles in the feet", "- not short of breath"])
c("guillain_barre_syndrome", 21, "male", "texting", "emergency", GBS_MINT,
  """legs gone all weak n tingly since yesterday, worse today, cant really walk properly. face feels
  weird both sides n my lip keeps twitching. had bad gastro 2 wks ago. breathing ok""",
  ["+ weak tingling legs since yesterday and worsening", "+ difficulty walking",
   "+ both sides of the face feel weak", "+ lip twitching", "+ gastroenteritis two weeks ago",
   "- breathing normal"])

# ================================================================ hemifacial_spasm
c("hemifacial_spasm", 54, "female", "self", "consultation", HFS_KPJ,
  """About two years ago my left eyelid started twitching. Over time it has spread down into my cheek
  and the corner of my mouth, so now my eye squeezes shut and my mouth pulls to the left at the
  same time. My husband says it even happens when I'm asleep. It's only ever the left side and
  there's no weakness.""",
  ["+ left eyelid twitching that began two years ago", "+ spread to cheek and mouth corner",
   "+ eye closes and mouth pulls together", "+ happens during sleep", "+ only the left side",
   "- no weakness"])
c("hemifacial_spasm", 61, "male", "forum", "consultation", HFS_CAC,
  """Right side of my face spasms several times an hour, my eye closes and my upper lip pulls up
  towards it. It started around the eye a few years back. Worse when I'm stressed or tired. It
  doesn't hurt. The other side of my face is completely normal. Anyone had the Botox for it?""",
  ["+ right-sided face spasms several times an hour", "+ eye closes and upper lip pulls up together",
   "+ started around the eye years ago", "+ worse with stress", "- painless",
   "- other side normal"])
c("hemifacial_spasm", 48, "female", "non_native", "consultation", HFS_FH,
  """My right eye close by itself and then my mouth corner pull to right side. It is one year now,
  before only eye, now also mouth. Also when I sleep my husband see it. Left side no problem. No
  pain.""",
  ["+ right eye closing by itself with mouth pulling to the right", "+ for a year",
   "+ started in the eye", "+ happens in sleep", "- left side normal", "- no pain"])
c("hemifacial_spasm", 72, "female", "elderly", "consultation", HFS_FAC,
  """For several years the left side of my face has twitched, my eye and the corner of my mouth
  going together, and it is more frequent now, perhaps every few minutes. It is painless and only
  the one side. I can smile and talk normally between the twitches.""",
  ["+ left-sided eye and mouth twitching together for years", "+ becoming more frequent",
   "- painless", "+ only one side", "- normal movement between twitches"])
c("hemifacial_spasm", 50, "male", "partner", "consultation", HFS_KPJ,
  """My husband's left eye keeps squeezing shut and his mouth twists up on the same side, it's been
  getting worse over eighteen months and now it's quite obvious at work. It started as an eyelid
  flicker. It carries on even when he's asleep. No weakness, no numbness.""",
  ["+ left eye squeezing shut with mouth twisting on the same side", "+ worsening over eighteen months",
   "+ started as an eyelid flicker", "+ continues in sleep", "- no weakness", "- no numbness"])
c("hemifacial_spasm", 44, "female", "texting", "consultation", HFS_CAC,
  """my right eye n mouth corner keep clenching together, like a wink n a lip pull at the same
  time. started w just the eye last yr, months of the mouth now. only ever right side, no pain""",
  ["+ right eye and mouth corner clenching together", "+ started with the eye last year",
   "+ only the right side", "- no pain"])
# ================================================================ hypoparathyroidism
c("hypoparathyroidism", 42, "female", "self", "emergency", HP_JKB,
  """I had my whole thyroid removed two days ago and came home this morning. This afternoon my lips
  and fingertips have started tingling, my upper lip keeps twitching and my hands are cramping so
  my fingers bend in on themselves. The nurse mentioned calcium but I wasn't sent home with any
  tablets.""",
  ["+ total thyroid removal two days ago", "+ tingling lips and fingertips", "+ upper lip twitching",
   "+ hands cramping with bent fingers", "- no calcium tablets"])
c("hypoparathyroidism", 55, "female", "forum", "consultation_24", HP_AS,
  """I've had underactive parathyroids since neck surgery eight years ago and take calcitriol and
  calcium. I ran out about five days ago, the pharmacy had a supply problem. Now I've got pins and
  needles round my mouth, my lip twitches and my calves cramp at night. No fits. How long can I
  go without?""",
  ["+ known underactive parathyroids after neck surgery", "+ ran out of calcitriol and calcium five days ago",
   "+ tingling around the mouth", "+ lip twitching", "+ calf cramps at night", "- no seizures"])
c("hypoparathyroidism", 36, "female", "non_native", "emergency", HP_IL,
  """One week ago I have operation on my neck for thyroid. Now my mouth is tingling and my lip
  twitching, and my fingers go stiff like a claw, I cannot open them. I feel very anxious. What
  to do?""",
  ["+ thyroid operation a week ago", "+ tingling around the mouth", "+ lip twitching",
   "+ fingers stiff in a claw shape", "+ anxiety"])
c("hypoparathyroidism", 70, "female", "elderly", "consultation", HP_CHV,
  """I had an operation for a goitre many years ago. Over the last year I've had more and more
  cramps in my hands and feet, tingling round my mouth, my skin is dry and I've been told I have
  cataracts early. When the doctor tapped my cheek in front of my ear, the corner of my lip
  twitched. She's sending me for blood tests.""",
  ["+ goitre operation years ago", "+ increasing hand and foot cramps over a year",
   "+ tingling around the mouth", "+ dry skin", "+ early cataracts",
   "+ lip twitches when the cheek is tapped"])
c("hypoparathyroidism", 30, "female", "relative", "consultation_24", HP_AS,
  """My sister has Addison's disease and an underactive thyroid. For the last couple of weeks she's
  had tingling around her mouth and in her fingers, her lip twitches and she gets painful muscle
  cramps. She's been really anxious too. She hasn't had neck surgery.""",
  ["+ Addison's disease and underactive thyroid", "+ tingling around mouth and fingers for two weeks",
   "+ lip twitching", "+ painful muscle cramps", "+ anxiety", "- no neck surgery"])
c("hypoparathyroidism", 28, "female", "texting", "emergency", HP_JKB,
  """had my thyroid out yesterday n got sent home, now my lips n fingers r tingly and my lip keeps
  twitchin, hands feel stiff n crampy. surgeon said to watch for this?""",
  ["+ thyroid removed yesterday", "+ tingling lips and fingers", "+ lip twitching",
   "+ stiff cramping hands"])

# ================================================================ medication
c("medication", 78, "male", "elderly", "consultation_24", MED_EMPR,
  """I was started on gabapentin for shingles pain about two weeks ago, and the dose went up last
  week. My kidneys aren't the best. Now I get sudden jerks in my arms and my lips twitch, and I feel
  a bit muzzy-headed. No fever. Before the tablets I had none of this.""",
  ["+ gabapentin started two weeks ago with a recent dose increase", "+ reduced kidney function",
   "+ sudden arm jerks", "+ lip twitching", "+ mild muzziness", "- no fever",
   "+ began after the medicine"])
c("medication", 35, "female", "self", "consultation", MED_QNA,
  """I've had a chest infection and have been using my blue inhaler a lot, probably ten times a day
  for the last few days. My hands are shaky, my lip twitches and my heart feels a bit quick after
  each puff. It's better in the gaps. No chest pain.""",
  ["+ reliever inhaler about ten times a day for several days", "+ shaky hands",
   "+ lip twitching", "+ quick heartbeat after each puff", "- no chest pain"])
c("medication", 29, "male", "forum", "consultation", MED_REV,
  """My ADHD meds (methylphenidate) were increased a fortnight ago. Since then my lip twitches in
  the afternoons, I clench my jaw and feel a bit wired. On weekends when I skip the dose it's
  almost gone. I don't drink coffee. Should I ask to go back to the lower dose?""",
  ["+ ADHD stimulant dose increased two weeks ago", "+ lip twitching in the afternoons",
   "+ jaw clenching", "+ better when dose skipped", "- no coffee"])
c("medication", 50, "female", "non_native", "consultation", MED_QNA,
  """Doctor give me prednisolone tablets for my asthma and also water tablet for swelling legs. After
  one week my lip is twitching and muscles in arms jumping, I feel shaky. Before this medicine no
  problem. No fever.""",
  ["+ prednisolone and a water tablet started a week ago", "+ lip twitching",
   "+ arm muscle twitching", "+ shakiness", "+ began after the medicines", "- no fever"],
  acceptable=["electrolyte_imbalance"])
c("medication", 44, "male", "partner", "consultation", MED_REV,
  """My husband started sertraline ten days ago. Since then his lip twitches and he feels jittery
  and restless, a bit worse in the evenings. He has no fever, isn't sweating, isn't confused and has
  no diarrhoea. He takes nothing else, no painkillers. Should he stop it?""",
  ["+ sertraline started ten days ago", "+ lip twitching", "+ jittery and restless",
   "- no fever", "- no sweating", "- not confused", "- no diarrhoea", "- no other medicines"])
c("medication", 14, "female", "parent", "self_care", MED_QNA,
  """My daughter has a stinking cold and has been taking a cold and flu remedy with a decongestant in
  it for three days. She's jittery, her lip twitches and she can't get to sleep. She's not taking
  anything else and drinks no coffee. She's otherwise fine.""",
  ["+ decongestant cold remedy for three days", "+ jittery", "+ lip twitching",
   "+ trouble sleeping", "- no other medicines", "- no coffee"])

# ================================================================ multiple_sclerosis
c("multiple_sclerosis", 29, "female", "self", "consultation_24", MS_SIN,
  """For two weeks the left side of my face near my mouth has had a constant rippling, like worms
  under the skin, it never really stops. Two years ago my right eye went blurry and painful to move
  for a few weeks and then recovered, and last year I had tingling down one leg for a month. No
  droop, I can smile fine.""",
  ["+ constant rippling of the left face near the mouth for two weeks",
   "+ painful blurred vision in one eye two years ago that recovered",
   "+ tingling down one leg for a month last year", "- no droop"])
c("multiple_sclerosis", 34, "male", "forum", "consultation_24", MS_HIN,
  """For ten days I've had continuous wave-like twitching on my left cheek and lip and half my face
  feels numb. When I bend my neck forward I get an electric shock down my back. I'm 34 and
  otherwise healthy. My GP thought it was stress but the shock thing is freaking me out.""",
  ["+ continuous wave-like twitching of left cheek and lip for ten days",
   "+ numbness of half the face", "+ electric shock down the back on bending the neck"])
c("multiple_sclerosis", 26, "female", "relative", "consultation_24", MS_MNN,
  """My sister was diagnosed with MS three years ago. Since last week the right side of her face
  around her mouth has been twitching constantly in a rippling way, and she says that side tingles.
  She's more tired than usual. She hasn't had a relapse for a while.""",
  ["+ known multiple sclerosis", "+ constant rippling twitch around the mouth for a week",
   "+ tingling on that side", "+ more tired than usual"])
c("multiple_sclerosis", 38, "female", "non_native", "consultation_24", MS_TSBA,
  """I have MS since 5 years. Now one week my face right side is moving like worms under skin,
  around lip and cheek, all the time. Also I feel very tired and my right leg is heavy when I walk.
  No fever.""",
  ["+ known multiple sclerosis", "+ continuous rippling of right lip and cheek for a week",
   "+ marked tiredness", "+ heavy right leg", "- no fever"])
c("multiple_sclerosis", 31, "female", "texting", "consultation", MS_PG,
  """face ripple thing near my mouth nonstop for like 12 days. also last yr i lost vision in one eye
  for a bit n it came back, docs never figured it out. no weakness rn""",
  ["+ constant rippling near the mouth for twelve days",
   "+ temporary loss of vision in one eye last year", "- no weakness"])
c("multiple_sclerosis", 43, "male", "partner", "consultation", MS_PG,
  """My husband has had constant twitching in the lower half of the left side of his face for about
  two weeks, it looks like rippling. Last spring he had double vision for a few weeks that went
  away, and he's had some bladder urgency lately. He's 43. No weakness of his face.""",
  ["+ constant rippling twitch of the lower left face for two weeks",
   "+ double vision last spring that resolved", "+ bladder urgency", "- no facial weakness"])

# ================================================================ nicotine
c("nicotine", 19, "female", "texting", "self_care", NIC_BI,
  """got a new strong nic pouch thing (20mg), the bit of lip where i put it keeps twitching and i feel
  dizzy n a bit sick. first time using them. took it out now""",
  ["+ strong nicotine pouch used for the first time", "+ lip twitching where it was placed",
   "+ dizzy and nauseous", "+ pouch removed"])
c("nicotine", 45, "male", "self", "self_care", NIC_IA,
  """Four days since I quit smoking, after twenty a day for twenty-five years. I'm irritable, can't
  sleep, constant cravings and my upper lip has started twitching. I'm not using patches. Nothing
  else has changed. Is this part of withdrawal?""",
  ["+ quit smoking four days ago after twenty a day", "+ irritable and sleepless",
   "+ cravings", "+ upper lip twitching", "- no nicotine replacement"])
c("nicotine", 24, "male", "forum", "self_care", NIC_BI,
  """I chain vape high strength salts all day, probably finish a 10ml pod every day. Last week or so
  my lip twitches, I feel jittery and my heart races after long sessions. When I put the vape down
  for the afternoon it calms down. No other health issues.""",
  ["+ high-strength nicotine vaping all day", "+ lip twitching for about a week",
   "+ jittery with racing heart after heavy use", "+ settles when not vaping"])
c("nicotine", 37, "male", "non_native", "self_care", NIC_BI,
  """I smoke two packs a day. When I smoke many in short time my lip and my eye is jumping and I feel
  shaky and little sick. When I smoke less it is better. I don't drink coffee much.""",
  ["+ two packs of cigarettes a day", "+ lip and eyelid twitching after heavy smoking",
   "+ shaky and nauseous", "+ better when smoking less", "- little coffee"])
c("nicotine", 33, "female", "partner", "self_care", NIC_DO,
  """My wife is using a 21mg patch to quit but she's still having a few cigarettes on top. Today she
  feels sick, sweaty, and her lip keeps twitching. She hasn't swallowed anything, it's just the
  patch and the smokes. She's otherwise well.""",
  ["+ 21 mg nicotine patch plus still smoking", "+ nausea and sweating", "+ lip twitching",
   "- nothing swallowed"])
c("nicotine", 67, "male", "elderly", "self_care", NIC_TCA,
  """I'm trying to give up the pipe and I've been chewing nicotine gum, far too many pieces, perhaps
  twenty a day. My lip twitches, I've got hiccups and a sore mouth, and I feel a bit queasy. I
  haven't smoked for a week. No chest pain.""",
  ["+ about twenty pieces of nicotine gum a day", "+ lip twitching", "+ hiccups and sore mouth",
   "+ queasiness", "- no chest pain"])

# ================================================================ nicotine_poisoning
c("nicotine_poisoning", 2, "female", "parent", "emergency_ambulance", NP_ACEP,
  """My two year old got hold of my vape refill bottle about twenty minutes ago and drank some, I
  don't know how much, the bottle is half empty. She's vomited twice, she's drooling, sweaty, her
  lip is twitching and her arms are jerking. She's sleepy.""",
  ["+ toddler drank e-liquid refill twenty minutes ago", "+ vomited twice", "+ drooling",
   "+ sweating", "+ lip twitching and jerking arms", "+ drowsy"])
c("nicotine_poisoning", 1, "male", "parent", "emergency", NP_CJEM,
  """My 14 month old was chewing on one of my vape pods and some of the liquid has leaked into his
  mouth, maybe ten minutes ago. He vomited once and seems a bit grizzly but he's awake and looking
  around. Do I need to take him in?""",
  ["+ infant chewed a vape pod with liquid in the mouth ten minutes ago", "+ vomited once",
   "+ irritable", "+ awake"])
c("nicotine_poisoning", 30, "male", "partner", "emergency_ambulance", NP_KOR,
  """My boyfriend was really upset tonight and drank a whole 10ml bottle of his 18mg e-liquid on
  purpose about half an hour ago. He's been vomiting non-stop, shaking, his lip and face keep
  twitching and his heart is pounding. He's pale and sweaty.""",
  ["+ deliberately drank 10 ml of nicotine e-liquid half an hour ago", "+ repeated vomiting",
   "+ shaking", "+ lip and face twitching", "+ pounding heart", "+ pale and sweaty"])
c("nicotine_poisoning", 4, "male", "non_native", "emergency_ambulance", NP_OR,
  """My son 4 years drink from small bottle, it was liquid for my electronic cigarette, mango taste.
  Now he vomit many times, he is sweating and his mouth is twitching, and he is very sleepy, not
  like normal.""",
  ["+ child drank flavoured e-cigarette liquid", "+ repeated vomiting", "+ sweating",
   "+ mouth twitching", "+ unusually sleepy"])
c("nicotine_poisoning", 80, "female", "carer", "emergency_ambulance", NP_ACEP,
  """I work in a dementia care home. One of our residents drank from a bottle of e-cigarette liquid a
  visitor left on her table, about fifteen minutes ago. She's vomiting, salivating a lot, her lip
  and hands are twitching and she seems more drowsy than usual.""",
  ["+ resident drank e-cigarette liquid fifteen minutes ago", "+ vomiting",
   "+ excessive saliva", "+ lip and hand twitching", "+ more drowsy than usual"])
c("nicotine_poisoning", 26, "female", "self", "emergency", NP_SBS,
  """I just took a big swig from what I thought was my water, but it was my refill bottle of 20mg
  nic salt e-liquid, they look similar in the dark. That was about twenty minutes ago. I feel really
  sick, sweaty, dizzy, my mouth burns and my lip keeps twitching. I've not vomited yet.""",
  ["+ swallowed a mouthful of 20 mg nicotine e-liquid twenty minutes ago", "+ nausea",
   "+ sweating and dizziness", "+ burning mouth", "+ lip twitching", "- not vomited yet"])

# ================================================================ parkinsons_disease
c("parkinsons_disease", 66, "male", "self", "consultation", PD_PP,
  """My lower lip and jaw tremble when I'm sitting quietly watching television, but it stops when I
  talk or eat. My right hand does the same resting on the arm of the chair. My handwriting has got
  smaller, I'm slower getting dressed, and my wife says my face looks less expressive.""",
  ["+ lower lip and jaw tremble at rest", "+ stops when talking or eating",
   "+ right hand tremor at rest", "+ smaller handwriting", "+ slowness", "+ less facial expression"])
c("parkinsons_disease", 70, "male", "partner", "consultation", PD_BMC,
  """My husband's chin and lip quiver when he's resting. He's become stooped, shuffles when he walks,
  his voice is very soft now and he lost his sense of smell a few years back. He also thrashes about
  acting out his dreams at night. All slowly over a couple of years.""",
  ["+ chin and lip tremor at rest", "+ stooped shuffling walk", "+ soft voice",
   "+ loss of smell", "+ acting out dreams", "+ gradual over two years"])
c("parkinsons_disease", 74, "female", "relative", "consultation", PD_NF,
  """My mum's bottom lip trembles when she's relaxed, and her left hand does a rolling movement like
  she's counting coins. She's slow to get up from a chair and her arm doesn't swing when she walks.
  It's been creeping on for about a year.""",
  ["+ lower lip tremor when relaxed", "+ pill-rolling tremor of the left hand",
   "+ slow to rise from a chair", "+ reduced arm swing", "+ gradual over a year"])
c("parkinsons_disease", 58, "female", "forum", "consultation", PD_BB,
  """My lower lip quivers when I'm resting, not when I speak. My left hand has a tremor at rest too,
  my left shoulder is stiff, I'm constipated and my arm doesn't swing. I'm only 58. Is this how
  Parkinson's starts?""",
  ["+ lower lip tremor at rest", "+ left hand tremor at rest", "+ stiff left shoulder",
   "+ constipation", "+ reduced arm swing"])
c("parkinsons_disease", 69, "male", "non_native", "consultation", PD_PP,
  """My mouth and chin is shaking when I sit, but not when I eat. Also my right hand when resting. I
  walk with small steps now and my wife says I am slow. It start maybe one year.""",
  ["+ mouth and chin tremor when sitting", "+ not when eating", "+ right hand tremor at rest",
   "+ small steps", "+ slowness", "+ about a year"])
c("parkinsons_disease", 77, "male", "elderly", "consultation", PD_BMC,
  """My bottom lip has started to tremble when I'm sat reading the paper. My left hand does it too
  and I've become slow doing up buttons. My writing has got tiny. There's no shake when I reach for
  something, only when I'm still.""",
  ["+ lower lip tremor at rest", "+ left hand tremor at rest", "+ slow with buttons",
   "+ tiny handwriting", "- no tremor on reaching"])
# ================================================================ stroke
c("stroke", 71, "male", "partner", "emergency_ambulance", STK_NWAS,
  """About half an hour ago my husband's lip started twitching and now the right side of his mouth
  has dropped, he can't lift his right arm properly and his words are coming out jumbled. He was
  fine at breakfast. He has high blood pressure.""",
  ["+ lip twitching then right mouth droop half an hour ago", "+ right arm weakness",
   "+ jumbled speech", "+ sudden onset", "+ high blood pressure"])
c("stroke", 64, "female", "relative", "emergency_ambulance", STK_MANX,
  """I'm on the phone to my mum and she sounds slurred, she says her lip was twitching and now the
  left side of her face feels numb and her left arm is heavy and she keeps dropping things. She's
  on her own at home. This started maybe twenty minutes ago.""",
  ["+ slurred speech", "+ lip twitching", "+ left face numbness", "+ left arm heavy and dropping things",
   "+ started twenty minutes ago"])
c("stroke", 58, "male", "self", "emergency_ambulance", STK_MAYO,
  """typing with my left hand. right hand gone clumsy and weak, right side of face numb, mouth
  corner twitching and drooping, my speech is slurring. started 20 min ago out of nowhere. i have
  diabetes""",
  ["+ sudden right hand weakness", "+ right facial numbness", "+ mouth corner twitching and drooping",
   "+ slurred speech", "+ started twenty minutes ago", "+ diabetes"])
c("stroke", 67, "male", "non_native", "emergency_ambulance", STK_ASP,
  """My husband he cannot speak good, his face left side fall down, the lip shaking, his left arm is
  weak he cannot hold cup. This is from one hour. Before he was okay.""",
  ["+ speech difficulty", "+ left facial droop", "+ lip twitching", "+ left arm weakness",
   "+ started an hour ago"])
c("stroke", 82, "female", "elderly", "emergency_ambulance", STK_MANX,
  """My face went funny this morning, my lip was twitching and then my mouth dropped down on the left.
  I can't hold my tea cup in my left hand properly and my words feel thick. It came on about an hour
  ago while I was doing the crossword.""",
  ["+ lip twitching then left mouth droop", "+ left hand weakness", "+ thick speech",
   "+ sudden onset an hour ago"])
c("stroke", 79, "male", "carer", "emergency_ambulance", STK_ASP,
  """I'm a carer. One of my clients was fine at lunch; ten minutes ago his lip started twitching, then
  he slumped to the right in his chair, he can't grip with his right hand and his speech is slurred.
  He's on blood thinners for his heart rhythm.""",
  ["+ sudden lip twitching then slumping to the right", "+ right hand weakness",
   "+ slurred speech", "+ onset ten minutes ago", "+ irregular heart rhythm on blood thinners"])

# ================================================================ tardive_dyskinesia
c("tardive_dyskinesia", 52, "male", "carer", "consultation", TD_GL,
  """I support a gentleman with schizophrenia who has had a monthly antipsychotic injection for over
  ten years. Over the past few months he's developed lip smacking, chewing movements and his tongue
  keeps poking out. He doesn't seem aware of it. His mental health is stable.""",
  ["+ antipsychotic injection for over ten years", "+ lip smacking and chewing movements",
   "+ tongue poking out", "+ unaware of the movements", "+ developed over months"])
c("tardive_dyskinesia", 68, "female", "relative", "consultation", TD_VU,
  """My mum has been taking metoclopramide for her stomach for over a year. Recently her lips keep
  pursing and puckering, she makes chewing movements and her tongue rolls around in her mouth. It's
  there most of the day and she can't stop it.""",
  ["+ metoclopramide for over a year", "+ lip pursing and puckering", "+ chewing movements",
   "+ tongue rolling", "+ present most of the day"])
c("tardive_dyskinesia", 45, "female", "self", "consultation", TD_DO,
  """I've taken antipsychotic medication for bipolar for about eight years. For a few months my mouth
  makes movements I can't stop, puckering, lip twitching and my tongue moving around. Sometimes my
  fingers wriggle too. It's embarrassing at work.""",
  ["+ antipsychotic for about eight years", "+ uncontrollable puckering and lip twitching for months",
   "+ tongue movements", "+ finger movements"])
c("tardive_dyskinesia", 38, "male", "forum", "consultation", TD_WIKEM,
  """Been on olanzapine for six years. My girlfriend noticed my lips smack and my jaw moves side to
  side when I'm watching TV. I honestly didn't notice. I also blink a lot more. Is this from the meds
  and is it permanent?""",
  ["+ olanzapine for six years", "+ lip smacking", "+ side-to-side jaw movements",
   "+ increased blinking", "+ unaware of it"])
c("tardive_dyskinesia", 60, "male", "non_native", "consultation", TD_MED,
  """I take medicine for voices many years, haloperidol. Now my mouth chew all the time, tongue go out
  and lips move. I don't notice, my daughter tell me. It is since some months.""",
  ["+ haloperidol for many years", "+ constant chewing movements", "+ tongue protruding",
   "+ lip movements", "+ unaware", "+ for some months"])
c("tardive_dyskinesia", 82, "female", "elderly", "consultation", TD_VU,
  """I've been taking prochlorperazine for dizzy spells for a couple of years. Lately my lips keep
  moving and smacking, my tongue won't keep still and my granddaughter says I look like I'm chewing
  a toffee. I don't have anything in my mouth.""",
  ["+ prochlorperazine for a couple of years", "+ lip movements and smacking",
   "+ restless tongue", "+ chewing-like movements"])

# ================================================================ tourette_syndrome
c("tourette_syndrome", 9, "male", "parent", "consultation", TS_ASIA,
  """Since he was six my son has had different tics that come and go: first blinking, then stretching
  his mouth and twitching his lip, shrugging his shoulders, and for over a year now sniffing, throat
  clearing and little squeaks. They change every few months and get worse when he's excited.""",
  ["+ tics since age six", "+ blinking, mouth stretching and lip twitching", "+ shoulder shrugging",
   "+ sniffing, throat clearing and squeaks for over a year", "+ tics change over time"])
c("tourette_syndrome", 17, "female", "self", "consultation", TS_LIA,
  """I've had tics since I was seven. Face grimaces, lip twitching, neck jerks, and I make squeak
  and grunt noises. They're worse when I'm stressed or tired and I can hold them in at school but
  then they explode when I get home. I'd like to know if there's any help.""",
  ["+ tics since age seven", "+ facial grimaces and lip twitching", "+ neck jerks",
   "+ squeaks and grunts", "+ can suppress temporarily"])
c("tourette_syndrome", 12, "male", "forum", "consultation", TS_BMJ,
  """Our son has been sniffing and coughing for eighteen months. The allergist found nothing. He also
  twitches his face and lip and jerks his head. The teachers think he's doing it on purpose. He says
  he gets a feeling he has to do it.""",
  ["+ sniffing and coughing for eighteen months", "- allergy tests normal",
   "+ face and lip twitching", "+ head jerks", "+ urge before the movements"])
c("tourette_syndrome", 16, "male", "texting", "consultation", TS_BC,
  """got tics since primary, face twitchin lip pullin, hooting noises n sometimes say words. worse at
  school. been like 6 yrs""",
  ["+ tics for six years", "+ face twitching and lip pulling", "+ hooting noises and words"])
c("tourette_syndrome", 10, "male", "non_native", "consultation", TS_ASIA,
  """My son makes faces, lips jump, shoulders go up, and also he make sound like 'hm hm' and clear
  throat many times. Now two years. When he is nervous more. When sleep no.""",
  ["+ facial movements and lip twitching", "+ shoulder shrugging", "+ humming and throat clearing",
   "+ for two years", "+ worse when nervous", "- not during sleep"])
c("tourette_syndrome", 13, "female", "relative", "consultation", TS_LIA,
  """My niece is 13. For about two years she's had tics, her lip and cheek twitch, she rolls her eyes
  and shrugs, and she makes clicking and barking sounds. She's got ADHD and some OCD habits too.
  They wax and wane.""",
  ["+ tics for two years", "+ lip and cheek twitching", "+ eye rolling and shrugging",
   "+ clicking and barking sounds", "+ ADHD and obsessive habits", "+ tics wax and wane"])

# ================================================================ acute_dystonic_reaction
c("acute_dystonic_reaction", 19, "female", "self", "emergency", ADR_NEP,
  """I was given metoclopramide for vomiting yesterday and have taken three tablets. Now my jaw keeps
  pulling open, my tongue is pushing out, my lip twitches and my neck is twisting to one side. It's
  painful and I'm scared. I can breathe okay.""",
  ["+ metoclopramide started yesterday", "+ jaw pulling open", "+ tongue pushing out",
   "+ lip twitching", "+ neck twisting", "- breathing normal"])
c("acute_dystonic_reaction", 12, "male", "parent", "emergency", ADR_CP,
  """My son was given an anti-sickness tablet (prochlorperazine) for a migraine this morning. Now his
  eyes keep rolling up, his neck is pulled round to the side and his lip is pulling and twitching. He
  is fully awake and frightened. No fever.""",
  ["+ prochlorperazine this morning", "+ eyes rolling upwards", "+ neck pulled to the side",
   "+ lip pulling and twitching", "+ fully awake", "- no fever"])
c("acute_dystonic_reaction", 22, "male", "friend", "emergency", ADR_CP,
  """My mate was in A&E last night, they gave him an injection of haloperidol to calm him down. Today
  his neck is stuck looking to one side, his mouth is twisted and his lip keeps twitching. He's
  talking to me and his temperature is normal. He's not confused.""",
  ["+ haloperidol injection last night", "+ neck stuck to one side", "+ twisted mouth",
   "+ lip twitching", "- normal temperature", "- not confused"])
c("acute_dystonic_reaction", 25, "female", "non_native", "emergency_ambulance", ADR_PMC,
  """Yesterday I buy medicine for vomiting in the pharmacy, metoclopramide, I take three times. Now my
  tongue is thick and goes out, my jaw is locked, my lip is jumping, I speak difficult and my throat
  feel tight, it is hard to breathe.""",
  ["+ metoclopramide three doses", "+ tongue protruding", "+ jaw locked", "+ lip twitching",
   "+ difficulty speaking", "+ throat tightness with difficulty breathing"])
c("acute_dystonic_reaction", 17, "female", "texting", "emergency", ADR_NEP,
  """took the anti sickness tablets the doc gave me for my stomach bug, now my eyes keep going up n my
  neck is pulling to the side, lip twitchin. freaking out. can breathe fine""",
  ["+ anti-sickness tablets for a stomach bug", "+ eyes rolling upwards",
   "+ neck pulling to the side", "+ lip twitching", "- breathing normal"])
c("acute_dystonic_reaction", 30, "male", "partner", "emergency", ADR_TMJ,
  """My husband started a new antipsychotic, haloperidol, two days ago. This afternoon his jaw has
  clenched to one side, his tongue is twisting and his face is grimacing with the lip twitching. He
  has no fever and is not stiff all over.""",
  ["+ haloperidol started two days ago", "+ jaw clenched to one side", "+ tongue twisting",
   "+ facial grimacing with lip twitching", "- no fever", "- not stiff all over"])

# ================================================================ hypoglycaemia
c("hypoglycaemia", 34, "male", "self", "self_care", HG_NHS,
  """Type 1 diabetic. Just back from the gym, didn't eat beforehand. I'm shaky, sweaty, my lips are
  tingling and my top lip is twitching, I'm starving. Meter says 2.9. I'm thinking clearly, just
  having some juice now.""",
  ["+ type 1 diabetes", "+ exercise without eating", "+ shaky and sweaty",
   "+ tingling lips and upper lip twitching", "+ hungry", "+ blood sugar 2.9",
   "- thinking clearly"])
c("hypoglycaemia", 60, "male", "partner", "emergency_ambulance", HG_MOS,
  """My husband is type 2 diabetic on gliclazide and he skipped lunch. He's drenched in sweat,
  confused, his lip is twitching, his speech is slurred and he can't swallow the juice I'm giving
  him properly, he's getting drowsy.""",
  ["+ type 2 diabetes on gliclazide", "+ missed a meal", "+ drenched in sweat", "+ confused",
   "+ lip twitching", "+ slurred speech", "+ unable to swallow properly", "+ drowsy"])
c("hypoglycaemia", 8, "female", "parent", "self_care", HG_ADA,
  """My daughter has type 1. After swimming she went pale, shaky and cranky, her lip was twitching and
  she said her mouth felt funny. Her meter said 3.2. She's eaten jelly babies and a biscuit and is
  chatting normally again.""",
  ["+ type 1 diabetes", "+ after swimming", "+ pale, shaky and irritable", "+ lip twitching",
   "+ odd feeling in the mouth", "+ blood sugar 3.2", "+ recovered after sugar"])
c("hypoglycaemia", 45, "female", "non_native", "self_care", HG_MLC,
  """I have diabetes and inject insulin. Today I am fasting for Ramadan and I take my usual insulin.
  Now I am sweating, shaking, my lip is tingle and twitch and my heart is fast. My sugar machine says
  3.1. I can drink and I understand everything.""",
  ["+ insulin-treated diabetes", "+ fasting after usual insulin", "+ sweating and shaking",
   "+ tingling and twitching lip", "+ fast heart", "+ blood sugar 3.1", "- able to drink",
   "- not confused"])
c("hypoglycaemia", 28, "female", "forum", "consultation", HG_MLC,
  """I'm not diabetic but two or three hours after meals I sometimes get shaky, sweaty, anxious, my
  lips tingle and twitch and I feel like I might faint. It goes away within minutes of eating
  something sugary. It's happened maybe ten times in two months. Anyone else get this?""",
  ["- not diabetic", "+ episodes two to three hours after meals",
   "+ shaky, sweaty and anxious", "+ tingling and twitching lips", "+ feeling faint",
   "+ better after sugar", "+ about ten episodes in two months"])
c("hypoglycaemia", 81, "male", "elderly", "consultation_24", HG_NHS,
  """I'm on insulin for my diabetes. I woke in the night drenched in sweat, shaking, my top lip
  twitching, and my sugar was 2.5. I had some jelly babies and I'm all right now, but this is the
  third night this week. My doctor changed my insulin a fortnight ago.""",
  ["+ insulin-treated diabetes", "+ night sweats, shaking and upper lip twitching",
   "+ blood sugar 2.5", "+ recovered after sugar", "+ third night-time episode this week",
   "+ insulin changed two weeks ago"])

# ================================================================ ramsay_hunt_syndrome
c("ramsay_hunt_syndrome", 62, "male", "self", "consultation_24", RH_SP,
  """For three days I've had a terrible earache in my right ear and now there are little blisters in
  and around the ear. Since this morning the right side of my face has dropped, the corner of my lip
  twitches, my ear is ringing and I feel a bit dizzy. My arms and legs are fine.""",
  ["+ right earache for three days", "+ blisters in and around the ear",
   "+ right facial droop since this morning", "+ lip twitching", "+ ringing in the ear",
   "+ dizziness", "- arms and legs normal"])
c("ramsay_hunt_syndrome", 48, "female", "forum", "consultation_24", RH_PMC,
  """It started with burning pain deep in my left ear and spots in the ear canal. Two days later my
  face went weak on the left, my mouth twitches and droops, food tastes of nothing on that side and
  my hearing is muffled. I had chickenpox as a kid. The rest of me is fine.""",
  ["+ burning left ear pain with spots in the ear canal", "+ left facial weakness two days later",
   "+ mouth twitching and drooping", "+ loss of taste", "+ muffled hearing",
   "+ previous chickenpox"])
c("ramsay_hunt_syndrome", 55, "male", "non_native", "consultation_24", RH_SIT,
  """Pain in my ear very strong, small water bubbles on the ear, and now my face left side is falling,
  the lip is twitching and sounds are too loud in this ear. I cannot close my eye. Arms normal.""",
  ["+ severe ear pain", "+ small blisters on the ear", "+ left facial droop", "+ lip twitching",
   "+ sounds too loud", "+ cannot close the eye", "- arms normal"])
c("ramsay_hunt_syndrome", 70, "female", "partner", "consultation_24", RH_OLD,
  """My wife has had blisters on her right ear and on the roof of her mouth for a couple of days with
  bad ear pain, and today her face droops on that side and the corner of her lip twitches. She can't
  close her right eye. She speaks normally and moves her arms fine.""",
  ["+ blisters on the right ear and roof of the mouth", "+ ear pain",
   "+ right facial droop today", "+ lip twitching", "+ cannot close the right eye",
   "- speech normal", "- arms normal"])
c("ramsay_hunt_syndrome", 39, "male", "texting", "consultation_24", RH_SP,
  """ear killing me for 2 days n now theres little blisters on it. today my face on that side is
  droopy n lip twitchy, cant close my eye properly, room spinning a bit. arms n legs fine""",
  ["+ ear pain for two days", "+ blisters on the ear", "+ facial droop on the same side",
   "+ lip twitching", "+ cannot close the eye", "+ vertigo", "- arms and legs normal"])
c("ramsay_hunt_syndrome", 80, "female", "elderly", "consultation_24", RH_OLD,
  """I have a painful rash with blisters in and around my left ear. Now the left side of my face has
  dropped and the corner of my mouth twitches, my hearing on that side has gone muffled. I can talk
  and move my arms and legs normally.""",
  ["+ painful blistering rash in and around the left ear", "+ left facial droop",
   "+ mouth corner twitching", "+ muffled hearing", "- speech normal",
   "- arms and legs normal"])

# ================================================================ lithium_toxicity
c("lithium_toxicity", 48, "female", "relative", "emergency", LI_WS,
  """My sister takes lithium for bipolar. She's had a stomach bug for three days with vomiting and
  diarrhoea. Now she's got a coarse shake in her hands, her lip and arms keep twitching, she's
  unsteady on her feet, her speech is slurred and she's muddled.""",
  ["+ takes lithium", "+ vomiting and diarrhoea for three days", "+ coarse hand tremor",
   "+ lip and arm twitching", "+ unsteady", "+ slurred speech", "+ confusion"])
c("lithium_toxicity", 36, "male", "self", "consultation_24", LI_DO,
  """I'm on lithium and started taking ibuprofen for my back about a week ago. The last couple of days
  my hands have got shakier, my lip twitches, I've got diarrhoea and I feel drowsy. I'm not confused
  and I'm walking okay.""",
  ["+ takes lithium", "+ ibuprofen started a week ago", "+ increasing hand tremor",
   "+ lip twitching", "+ diarrhoea", "+ drowsiness", "- not confused", "- walking normally"])
c("lithium_toxicity", 55, "female", "partner", "emergency", LI_AM,
  """My wife has been on lithium for years and last week her GP started her on a water tablet for
  blood pressure. Now she's vomiting, confused, twitching all over including her lip, and walking
  like she's drunk.""",
  ["+ long-term lithium", "+ water tablet started last week", "+ vomiting", "+ confusion",
   "+ twitching including the lip", "+ unsteady walking"])
c("lithium_toxicity", 74, "male", "elderly", "emergency", LI_RR,
  """I've taken lithium for thirty years. It's been a heatwave this week and I've been sweating a lot
  and not drinking enough. My hands are shaking badly, my lip twitches, my tummy is upset and I feel
  muzzy and can't think straight. My legs feel wobbly.""",
  ["+ lithium for thirty years", "+ heatwave with sweating and poor fluid intake",
   "+ marked hand tremor", "+ lip twitching", "+ upset stomach", "+ muddled thinking",
   "+ wobbly legs"])
c("lithium_toxicity", 29, "female", "forum", "emergency_ambulance", LI_JASN,
  """I did something stupid last night and took about twenty of my lithium tablets. Today I've been
  vomiting all morning, I'm shaking, my muscles and lip keep twitching and I feel dizzy and slow. I
  haven't told anyone.""",
  ["+ took about twenty lithium tablets last night", "+ repeated vomiting", "+ shaking",
   "+ muscle and lip twitching", "+ dizzy and slowed"])
c("lithium_toxicity", 60, "male", "carer", "emergency", LI_RR,
  """I'm a support worker. One of the men I support takes lithium. He's had diarrhoea for two days and
  today he has a coarse tremor, his limbs are jerking, his face and lip twitch, he's drowsy, slurring
  and unsteady.""",
  ["+ takes lithium", "+ diarrhoea for two days", "+ coarse tremor", "+ jerking limbs",
   "+ face and lip twitching", "+ drowsy", "+ slurred speech", "+ unsteady"])

# ================================================================ serotonin_syndrome
c("serotonin_syndrome", 44, "female", "self", "emergency", SS_AJCR,
  """I take sertraline and the dentist gave me tramadol two days ago for a tooth. Since this morning
  I'm jittery, sweating, have diarrhoea, my lip and legs are twitching, my legs keep jerking, my heart
  is racing and my temperature is 38.3.""",
  ["+ takes sertraline", "+ tramadol started two days ago", "+ jittery and sweating",
   "+ diarrhoea", "+ lip and leg twitching", "+ jerking legs", "+ racing heart",
   "+ temperature 38.3"])
c("serotonin_syndrome", 35, "male", "partner", "emergency_ambulance", SS_EG,
  """My boyfriend is on citalopram and took MDMA at a party tonight. He's now really hot, 39.5 on the
  thermometer, soaked in sweat, agitated, his legs are jerking in a rhythm and his jaw and lip keep
  twitching. His pupils are huge.""",
  ["+ takes citalopram", "+ MDMA tonight", "+ temperature 39.5", "+ heavy sweating",
   "+ agitation", "+ rhythmic leg jerking", "+ jaw and lip twitching", "+ large pupils"],
  acceptable=["drug_use"])
c("serotonin_syndrome", 27, "female", "forum", "emergency", SS_SH,
  """Started fluoxetine a week ago and I'd already been taking St John's wort. Today my lip keeps
  twitching, I'm shivering but sweaty, I have diarrhoea, I can't sit still and my pupils look huge.
  My knees keep jerking when I cross my legs.""",
  ["+ fluoxetine started a week ago", "+ taking St John's wort", "+ lip twitching",
   "+ shivering and sweating", "+ diarrhoea", "+ restlessness", "+ large pupils", "+ jerking knees"])
c("serotonin_syndrome", 52, "male", "non_native", "emergency", SS_WIKI,
  """I take venlafaxine for depression. For my cough I take many spoons of cough syrup with
  dextromethorphan, two days. Now I am shaking, sweating, muscles are jumping, the lip also, my heart
  is fast and I feel very agitated.""",
  ["+ takes venlafaxine", "+ large amounts of dextromethorphan cough syrup for two days",
   "+ shaking and sweating", "+ muscle and lip twitching", "+ fast heart", "+ agitation"])
c("serotonin_syndrome", 70, "female", "relative", "emergency_ambulance", SS_AJCR,
  """My grandma takes duloxetine and was started on tramadol after a fall three days ago. Today she's
  confused, twitching all over including her lip, sweating, her temperature is 39 and her heart is
  racing.""",
  ["+ takes duloxetine", "+ tramadol started three days ago", "+ confusion",
   "+ twitching including the lip", "+ sweating", "+ temperature 39", "+ racing heart"])
c("serotonin_syndrome", 23, "male", "texting", "emergency_ambulance", SS_WIKI,
  """on fluoxetine n took loads of cough syrup (dxm) for fun couple hrs ago. now sweating loads, legs
  jerking, lip twitchin, heart 140, feel sooo hot, cant stop moving""",
  ["+ takes fluoxetine", "+ large recreational dose of dextromethorphan", "+ heavy sweating",
   "+ jerking legs", "+ lip twitching", "+ heart rate 140", "+ feels very hot", "+ restlessness"],
  acceptable=["drug_use"])

# ================================================================ neuroleptic_malignant_syndrome
c("neuroleptic_malignant_syndrome", 32, "male", "relative", "emergency_ambulance", NMS_MB,
  """My brother was started on haloperidol injections a week ago. Since yesterday he's had a high fever,
  he's stiff like a board, drenched in sweat, confused and barely talking, and his lip trembles and
  twitches.""",
  ["+ haloperidol injections started a week ago", "+ high fever", "+ severe body stiffness",
   "+ heavy sweating", "+ confusion", "+ lip trembling and twitching"])
c("neuroleptic_malignant_syndrome", 45, "female", "carer", "emergency_ambulance", NMS_DO,
  """I work in a mental health unit. A resident's antipsychotic was increased four days ago. Today her
  temperature is 39.8, she's rigid all over, not speaking, drooling, sweating, and her lip twitches.
  Her pulse is 120.""",
  ["+ antipsychotic dose increased four days ago", "+ temperature 39.8", "+ rigid all over",
   "+ not speaking", "+ drooling and sweating", "+ lip twitching", "+ pulse 120"])
c("neuroleptic_malignant_syndrome", 58, "male", "partner", "emergency_ambulance", NMS_CUR,
  """My husband started olanzapine ten days ago for a manic episode. Since last night he has a fever
  of 39, he's very stiff and can hardly move, he's sweaty and confused, and his mouth trembles.
  His blood pressure was all over the place on our home machine.""",
  ["+ olanzapine started ten days ago", "+ fever 39", "+ marked stiffness", "+ sweating",
   "+ confusion", "+ mouth tremor", "+ unstable blood pressure"])
c("neuroleptic_malignant_syndrome", 27, "male", "non_native", "emergency_ambulance", NMS_MB,
  """My son 27 years take new injection for schizophrenia five days ago. Now he has fever very high,
  his body is hard like stone, he does not talk, he is sweating a lot and his lip is shaking.""",
  ["+ new antipsychotic injection five days ago", "+ very high fever", "+ body rigid",
   "+ not talking", "+ heavy sweating", "+ lip trembling"])
c("neuroleptic_malignant_syndrome", 40, "female", "forum", "emergency", NMS_AK,
  """I started risperidone nine days ago. Since yesterday I feel feverish, 38.5, my muscles are
  aching and stiff and it's hard to move, my heart is fast, I'm sweaty and I feel foggy. My lip
  keeps trembling. Could this be the medication?""",
  ["+ risperidone started nine days ago", "+ temperature 38.5", "+ stiff aching muscles",
   "+ fast heart", "+ sweating", "+ foggy thinking", "+ lip trembling"])
c("neuroleptic_malignant_syndrome", 79, "female", "relative", "emergency_ambulance", NMS_DO,
  """My mum is in a nursing home with dementia and they gave her haloperidol for agitation this week.
  Today she's burning up with a fever, rigid, sweating, her lip twitches and she's not responding to
  us like she normally does.""",
  ["+ dementia", "+ haloperidol given this week", "+ high fever", "+ rigidity",
   "+ sweating", "+ lip twitching", "+ reduced responsiveness"])


# ================================================================ build and check
def split_parts(cases):
    """3 tune / 3 hold per condition, chosen by a seeded shuffle of each condition's cases."""
    by_gold = {}
    for i, case in enumerate(cases):
        by_gold.setdefault(case["gold"], []).append(i)
    part = {}
    for gold in sorted(by_gold):
        idx = list(by_gold[gold])
        random.Random(f"{SEED}:{gold}").shuffle(idx)
        for k, i in enumerate(idx):
            part[i] = "tune" if k < 3 else "hold"
    return part


def check(rows):
    errors = []
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    texts = [r["text"] for r in rows]
    if len(texts) != len(set(texts)):
        errors.append("duplicate texts")
    per = Counter(r["gold"] for r in rows)
    for cond in CONDITIONS:
        if per[cond] != 6:
            errors.append(f"{cond}: {per[cond]} cases, want 6")
        tune = sum(1 for r in rows if r["gold"] == cond and r["part"] == "tune")
        if tune != 3:
            errors.append(f"{cond}: {tune} tune cases, want 3")
    for r in rows:
        rid = r["id"]
        if r["gold"] not in CONDITIONS:
            errors.append(f"{rid}: bad gold {r['gold']}")
        for a in r["acceptable"]:
            if a not in CONDITIONS or a == r["gold"]:
                errors.append(f"{rid}: bad acceptable {a}")
        if r["triage"] not in TRIAGE:
            errors.append(f"{rid}: bad triage {r['triage']}")
        if r["voice"] not in VOICES:
            errors.append(f"{rid}: bad voice {r['voice']}")
        if r["sex"] not in SEXES:
            errors.append(f"{rid}: bad sex {r['sex']}")
        if not isinstance(r["age"], int) or not 0 <= r["age"] <= 110:
            errors.append(f"{rid}: bad age {r['age']}")
        if not r["facts"]:
            errors.append(f"{rid}: no facts")
        for f in r["facts"]:
            if not (f.startswith("+ ") or f.startswith("- ")) or len(f) < 4:
                errors.append(f"{rid}: bad fact {f!r}")
        if not r["basis"] or "http" not in r["basis"]:
            errors.append(f"{rid}: bad basis")
        if len(r["text"]) < 40:
            errors.append(f"{rid}: text too short")
    if Counter(r["part"] for r in rows) != Counter({"tune": 102, "hold": 102}):
        errors.append("parts not 102/102")
    return errors


def main():
    part = split_parts(CASES)
    rows = []
    for i, case in enumerate(CASES):
        rows.append({
            "id": f"TG{i + 1:03d}", "age": case["age"], "sex": case["sex"], "text": case["text"],
            "gold": case["gold"], "acceptable": case["acceptable"], "triage": case["triage"],
            "facts": case["facts"], "basis": case["basis"], "part": part[i], "voice": case["voice"],
        })
    errors = check(rows)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    def write(name, subset):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in subset:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    write("cases_g.jsonl", rows)
    # The split files are in the evaluator's format: `twitchcheck evaluate` rejects unknown
    # fields, so they drop `part` and `voice` (which cases_g.jsonl keeps); nothing else differs.
    def evaluator_row(r):
        return {k: v for k, v in r.items() if k not in ("part", "voice")}

    write("cases_g_tune.jsonl", [evaluator_row(r) for r in rows if r["part"] == "tune"])
    write("cases_g_hold.jsonl", [evaluator_row(r) for r in rows if r["part"] == "hold"])

    if "--stats" in sys.argv:
        print("cases:", len(rows))
        print("voice:", dict(sorted(Counter(r["voice"] for r in rows).items())))
        print("triage:", {t: sum(1 for r in rows if r["triage"] == t) for t in TRIAGE})
        for p in ("tune", "hold"):
            sub = [r for r in rows if r["part"] == p]
            print(p, "triage:", {t: sum(1 for r in sub if r["triage"] == t) for t in TRIAGE})
        print("with denial:", sum(1 for r in rows if any(f.startswith("- ") for f in r["facts"])))
        print("with acceptable:", sum(1 for r in rows if r["acceptable"]))
        print("age<18:", sum(1 for r in rows if r["age"] < 18), " age>=65:",
              sum(1 for r in rows if r["age"] >= 65))
        print("sex:", dict(Counter(r["sex"] for r in rows)))
        for cond in CONDITIONS:
            sub = [r for r in rows if r["gold"] == cond]
            print(f"  {cond:32s} " + " ".join(r["triage"] for r in sub))
    else:
        print(f"wrote {len(rows)} cases")


if __name__ == "__main__":
    main()
