# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] nbgrader={"grade": false, "grade_id": "intro", "locked": true, "schema_version": 3, "solution": false}
# # Capstone · Course post-test
#
# **Graded post-test for continuing-education credit.** This post-test covers the whole
# course: ten cases to classify (2 points each) and two written rationales (5 points
# each), 30 points in all. **To pass you need 75% of the total points, that is 22.5 of
# 30.**
#
# For each case: choose a classification, mark the pole the case shows on each dimension
# it gives evidence for, and press **Save answer**. Your answers are saved in
# `capstone-post-test.answers.json` beside this notebook and are submitted with it: keep
# that file in the folder. The two written rationales are graded by hand against a mark
# scheme.
#
# **How items are scored.** Half of an item's points are for the classification, half for
# the evidence. The evidence counts every dimension the case shows or that you marked;
# missing one and marking one the case does not show cost the same. Calling a case of
# abuse or coercion "codependent" scores 0 for that item.
#
# **There is no time limit.** You can stop and come back: saved answers are restored when
# you run the notebook again. Under each item, a line says whether your answer is saved.
# Before you submit, press **Validate**: it names any item not answered or not saved.
#
# **Accommodations.** To request an accommodation, contact the course provider. You will
# never need extended time, because nothing in this post-test is timed. Screen readers and
# keyboard-only use are supported: Tab moves between the choices, Space selects one, and
# Enter presses **Save answer**.
#
# > **Privacy.** These cases are fictional composites. Never type anything that could identify a real client.

# %% nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import Assessment

quiz = Assessment("capstone-post-test")

# %% nbgrader={"grade": false, "grade_id": "q1", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q1", "Item 1 · One class, two teachers", """
Solveig, 44, who is Finnish, and Tevita, 37, who is Tongan, job-share a class of
seven-year-olds: Solveig teaches Monday to Wednesday morning, Tevita from Wednesday
afternoon to Friday. They message each other most evenings about the children, which a
new head teacher first took as a sign that they "can't function apart". In practice each
runs their own days in their own way.

When Solveig's daughter was in hospital in the autumn, Tevita covered two of her days; in
the spring Solveig covered a week while Tevita flew overseas for his grandmother's
funeral. They disagree sharply about how to group the readers, argued it out over
Wednesday lunch and agreed to try each approach for a term. Tevita recently turned down
Solveig's request to swap a Friday because he coaches a youth rugby team that afternoon;
she found another way. After Solveig sent parents an email with the wrong date for a
school trip, she told Tevita and the head straight away and wrote the correction
herself. Both say the arrangement lets them do work they love and still have a life
outside it.
""")

# %% nbgrader={"grade": true, "grade_id": "q1-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("capstone-post-test", "q1")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "capstone-post-test", "q1", points=2, label="healthy_interdependence",
    dimensions={"reciprocity": "healthy", "identity": "healthy", "boundaries": "healthy", "accountability": "healthy", "authenticity": "healthy"},
    rationales={
        "authenticity": "Each runs their own days in their own way, and both keep a life outside work: Tevita coaches his youth rugby team.",
        "reciprocity": "Each has covered for the other in a family crisis; support runs both ways.",
        "identity": "Frequent contact does not blur them: each runs their own days in their own way.",
        "boundaries": "They disagree openly about reading groups, and Tevita can refuse a swap without fallout.",
        "accountability": "Solveig owns her email mistake at once and corrects it herself.",
    },
    teaching_point="Frequent contact is not enmeshment: look for two-way support, separate selves, room to disagree and honest ownership of mistakes.",
    ideas=["balance_vs_imbalance", "interdependence_growth", "any_relationship", "contrast_identity"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q2", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q2", "Item 2 · Too clingy", """
Camila, 29, who is Venezuelan, moved abroad two years ago to live with her partner,
Grant, 45, and is in the country on a visa he sponsors. She asks a counsellor at a
women's health clinic for help with being "too clingy". She texts Grant throughout the
day, cooks his favourite meals, keeps the flat spotless and agrees with him about almost
everything. She has read online that this is codependency and wants to stop smothering
him.

As the counsellor asks more, Camila mentions that Grant keeps her passport in his desk
"for safe keeping" and has twice said he will withdraw his sponsorship and have her sent
home if she embarrasses him. She no longer goes to her Spanish-speaking church group
because he says the people there are a bad influence. The texts, she explains, are
replies: if she does not answer within a few minutes, he rings her at work. She has not
told her mother any of this. "When I do everything right," she says, "he is the sweetest
man."
""")

# %% nbgrader={"grade": true, "grade_id": "q2-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("capstone-post-test", "q2")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "capstone-post-test", "q2", points=2, label="other_concern_first",
    dimensions={},
    teaching_point="Holding a passport, threatening immigration status, isolating someone and monitoring their time are coercive control. Safety comes first: ask privately, use a validated screen, plan for safety with specialist and immigration advice, and never call Camila codependent, which would imply she shares responsibility for the abuse.",
    concern="safety_abuse",
    ideas=["contrast_security", "contrast_boundaries", "contrast_authenticity"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q3", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q3", "Item 3 · Big brother on call", """
Min-jun, 42, who is Korean, was 21 when both of his parents died in a road accident and he
became the guardian of his sister Seo-yeon, then 15. She is now 36, a veterinary surgeon
who lives two hours away. Min-jun still phones her every morning, drives over most
Saturdays to check her car and her boiler, and reorganises her kitchen while she is at
work. He sits in on her medical appointments whenever she mentions one and tells her
doctors about her history. He has firm views on every man she dates and sends long
messages when he disapproves.

Seo-yeon has asked him, kindly and then firmly, to call once a week instead. He heard
this as her pushing him away and for a fortnight could barely concentrate at work. He
says that if she stopped needing him he would not know who he was. His wife says their
weekends have become "Seo-yeon's weekends", and he has stopped going to the hiking club
he used to run.
""")

# %% nbgrader={"grade": true, "grade_id": "q3-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("capstone-post-test", "q3")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "capstone-post-test", "q3", points=2, label="codependent_pattern",
    dimensions={"helping": "codependent", "identity": "codependent", "security": "codependent", "authenticity": "codependent", "self_worth": "codependent"},
    rationales={
        "helping": "He does jobs a capable adult can do and speaks for her to her doctors, help she has asked him to scale back.",
        "identity": "He would not know who he was if she stopped needing him; his sense of self is fused with the guardian role.",
        "security": "He hears her request for weekly calls as rejection and is thrown for a fortnight.",
        "authenticity": "His own weekends and his hiking club have given way to her needs.",
        "self_worth": "He says he would not know who he was if she stopped needing him: his sense of worth rests on being needed.",
    },
    teaching_point="A role taken on in a family crisis can outlast the need for it. Closeness between siblings is healthy when both choose it; here Seo-yeon has asked for less, and his identity rests on being needed.",
    ideas=["need_to_be_needed", "roles", "any_relationship", "contrast_identity"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q4", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q4", "Item 4 · Never been codependent", """
Henrik, 51, a Danish carpenter, was diagnosed with bowel cancer in the spring. He told his
partner of six years, Mwajuma, 48, who is Tanzanian, only once his surgery date was set,
drove himself home from hospital against medical advice, and has not told his adult
daughter at all. He goes to chemotherapy alone and calls Mwajuma's offers to come with
him "kind but unnecessary". He still mends the neighbours' fences and lends his tools to
anyone who asks.

Henrik is proud that he has "never been codependent". "Lean on people and sooner or later
they let you down," he says; his mother left when he was eight, and he learned early to
manage by himself. He has turned down the hospital's specialist support nurse and says he
is fine on the days he cannot get out of bed. He tells people no easily and never seems
troubled by it. Mwajuma, who has a demanding career and her own friends, says she does
not want to run his life, only to be let in. She is beginning to wonder whether he wants
her there at all.
""")

# %% nbgrader={"grade": true, "grade_id": "q4-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("capstone-post-test", "q4")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "capstone-post-test", "q4", points=2, label="other_concern_first",
    dimensions={"boundaries": "healthy"},
    acceptable={"emotions": "codependent", "security": "codependent", "reciprocity": "codependent", "authenticity": "healthy"},
    rationales={
        "reciprocity": "Henrik gives help freely to neighbours but accepts none, even during cancer treatment: the flow runs one way.",
        "security": "His expectation that anyone leaned on will let him down shapes every choice; fear, not safety, drives the refusals.",
        "emotions": "He says he is fine on days he cannot get up and keeps his diagnosis from his daughter.",
        "boundaries": "He says no without guilt, the healthy pole on its face; the problem is that he refuses every form of help.",
        "authenticity": "Henrik keeps his own work and ways, and Mwajuma keeps her career and friends; neither has given up their own life, which is why the problem lies elsewhere.",
    },
    teaching_point="Refusing all reliance is dysfunctional detachment, not the healthy opposite of codependency, and during cancer treatment it is risky. Explore the avoidance with respect for his capacity; the goal is flexible help-seeking.",
    concern="dysfunctional_detachment",
    ideas=["interdependence_growth", "balance_vs_imbalance", "contrast_security", "contrast_emotions"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q5", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q5", "Item 5 · A call every evening", """
Abdirahman, 35, a Somali software tester who lives abroad, phones his mother Halimo, 63,
every evening, sends part of his salary home each month and consults her and his uncles
before any large decision. A colleague who overheard one of the calls told him he was
"enmeshed". He laughed, but raised it with the counsellor he is seeing about work stress.

He explains that the calls are the best part of his day: Halimo asks about his project,
tells him about her market stall and her neighbours, and scolds him about his diet. The
money was his idea; his mother insisted on using part of it for his younger sister's
university fees, which the family agreed together. Last year Halimo introduced him to a
young woman she hoped he would marry. He told her he did not feel it was right; she said
she was disappointed, and then that his happiness mattered more to her than her plan.
When Abdirahman lost his job two years ago, Halimo sent money from her savings until he
found work, and he accepted it gratefully. He plays five-a-side football twice a week
and is saving to take his mother on pilgrimage.
""")

# %% nbgrader={"grade": true, "grade_id": "q5-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("capstone-post-test", "q5")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "capstone-post-test", "q5", points=2, label="healthy_interdependence",
    dimensions={"reciprocity": "healthy", "boundaries": "healthy", "authenticity": "healthy", "identity": "healthy"},
    acceptable={"emotions": "healthy"},
    rationales={
        "reciprocity": "Money and care have flowed both ways: he sends part of his salary, and she supported him when he lost his job.",
        "boundaries": "He declines the marriage she proposed, and she accepts it; disagreement does not threaten the bond.",
        "emotions": "Halimo names her disappointment and moves on; the calls carry both people's news and feelings.",
        "authenticity": "He makes his own choice about marriage and keeps his own friends and football.",
        "identity": "Close ties and consultation sit alongside a separate self: he declines the match his mother hoped for and keeps his own friendships and plans.",
    },
    teaching_point="Daily contact, remittances and consulting elders are culturally normal closeness when they are chosen, mutual and flexible; judge them by those questions, not by the clinician's own family norms.",
    ideas=["balance_vs_imbalance", "interdependence_growth", "contrast_boundaries", "contrast_authenticity"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q6", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q6", "Item 6 · Nobody else does it right", """
Gabriela, 55, a Brazilian translator, moved into her mother Helena's home after Helena,
82, had a mild stroke a year ago. Helena has recovered well: the occupational therapist
reports that she can wash with a grab rail, make simple meals and walk to the shops with
a stick. Gabriela still does all of it for her, cutting up her food and dressing her
each morning, and says she is exhausted.

A social worker arranged two afternoons a week at a day centre, which Helena enjoyed;
Gabriela cancelled them after a fortnight, saying the staff did not know her mother. She
turned down a sitter who would have let her visit her husband, who lives an hour away,
because nobody else would do it properly. When Helena offers to fold the laundry or peel
vegetables, Gabriela tells her to rest. Helena says quietly that she feels like a guest
in her own home. Gabriela admits that on evenings when her mother needs nothing she feels
lost and a little frightened. "I am the only one who can do this," she says, "and it is
wearing me out."
""")

# %% nbgrader={"grade": true, "grade_id": "q6-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("capstone-post-test", "q6")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "capstone-post-test", "q6", points=2, label="codependent_pattern",
    dimensions={"helping": "codependent", "reciprocity": "codependent", "self_worth": "codependent"},
    acceptable={"authenticity": "codependent"},
    rationales={
        "helping": "Gabriela does the tasks the therapist says Helena can manage, which undoes her recovery.",
        "reciprocity": "She turns away Helena's offers to help, so care can only run one way.",
        "self_worth": "She feels lost when Helena needs nothing and insists she is the only one who can care for her.",
        "authenticity": "She refuses the sitter that would let her see her own husband.",
    },
    teaching_point="Exhaustion alone does not mean caregiver strain: here the demands are modest, offered respite is refused and the help replaces skills Helena has. That points to the giver's need to be needed.",
    ideas=["need_to_be_needed", "helping_vs_enabling", "harms_both", "contrast_reciprocity"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q7", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q7", "Item 7 · Coursework after midnight", """
Chiara, 19, who is Italian, is in the first year of a nursing degree and lives at home
with her father, Marco, 52, who has progressive multiple sclerosis. Her mother left when
Chiara was twelve, and ever since Chiara has helped her father move from bed to chair,
managed his catheter supplies and cooked most meals. A community nurse visits twice a
week; no other services are in place, and an application for home care has been waiting
for months.

Chiara is often up past midnight finishing coursework and has failed one exam. She gave
up athletics last year. A university tutor suggested she might be "codependent" and
"parentified". Chiara says she loves her father and is proud of what she can do, but that
she is exhausted and sometimes angry, and she would accept every bit of help on offer.
Marco helps her revise anatomy in the evenings and keeps urging her to apply for student
housing; he says he hates being the reason she is tired. Last month Chiara told him she
needed Friday nights for herself, and he arranged for his brother to come round.
""")

# %% nbgrader={"grade": true, "grade_id": "q7-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("capstone-post-test", "q7")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "capstone-post-test", "q7", points=2, label="other_concern_first",
    dimensions={"emotions": "healthy", "reciprocity": "healthy", "boundaries": "healthy"},
    acceptable={"authenticity": "codependent"},
    rationales={
        "emotions": "Chiara names love, pride, exhaustion and anger side by side.",
        "reciprocity": "Marco helps her study and pushes her towards independence; within the limits of his illness, care runs both ways.",
        "boundaries": "She asks for Friday nights for herself and gets them.",
        "authenticity": "She has given up athletics, but the weight of unsupported care took it, not a need to be needed.",
    },
    teaching_point="The demands of progressive illness with no services are real, so caregiver strain comes first: assess the load, chase home care and respite, and arrange student support. Early caring has mixed outcomes and 'parentified' is not a diagnosis.",
    concern="caregiver_strain",
    ideas=["family_of_origin", "need_to_be_needed", "contrast_reciprocity", "contrast_emotions"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q8", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q8", "Item 8 · Who decides tonight?", """
Precious, 44, a Zimbabwean pharmacist, asks her doctor whether she is "codependent",
because her friend and housemate Aiko, 41, who is Japanese, relies on her so much. Aiko
asks Precious what she should cook, which bus to take when the usual one is late and
whether to reply to a text from her sister. She rang Precious eleven times during one
work trip, each time about a small choice. Aiko lived with her parents until she was 35,
and her older sisters made her major decisions until she moved in with Precious. When her
long-term boyfriend ended their relationship, she began dating a colleague within three
weeks, saying she could not face being on her own. She agrees with Precious about
everything, even films she plainly disliked, and once told her she is terrified that one
day she will have to look after herself.

Precious says she is fond of Aiko but tired. She has started answering "What do you
think?" and waiting, has kept her Tuesday book club and her visits to her own family, and
has suggested that Aiko talk to someone about how hard choosing feels.
""")

# %% nbgrader={"grade": true, "grade_id": "q8-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("capstone-post-test", "q8")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "capstone-post-test", "q8", points=2, label="other_concern_first",
    dimensions={"helping": "healthy", "authenticity": "healthy"},
    acceptable={"security": "codependent", "boundaries": "codependent"},
    rationales={
        "security": "Aiko cannot face being alone and dreads having to look after herself.",
        "boundaries": "She agrees with Precious about everything, even when she plainly disagrees, for fear of losing support.",
        "helping": "Precious hands choices back to Aiko and suggests she seek help, which builds her capacity.",
        "authenticity": "Precious keeps her book club and her family visits; her own life is intact.",
    },
    teaching_point="A pervasive need to be looked after, present since early adulthood and across many relationships, points to dependent-personality features. Assess Aiko's care-seeking first; Precious is asking the right question but is not showing the pattern.",
    concern="dependent_personality_features",
    ideas=["need_to_be_needed", "helping_vs_enabling", "contrast_security", "contrast_boundaries"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q9", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q9", "Item 9 · The friend who never asks", """
Rafael, 58, who is Spanish, and Kevin, 60, who is Scottish, have been friends since they
worked on the same oil platform thirty years ago. Since Kevin's divorce eighteen months
ago, Rafael has phoned him four or five times a day, cleaned his flat every Sunday and
paid his utility bills "until he is back on his feet". Kevin's counsellor suggested a
men's group that meets to do woodwork; Rafael told Kevin the men there would not
understand him the way he does, and Kevin did not go.

Rafael has stopped riding with his cycling club because Sunday is cleaning day. In the
spring he learned he has a heart rhythm problem; he has not mentioned it to Kevin,
saying Kevin has enough on his plate, and when his wife asks how he is feeling he talks
about Kevin instead. Kevin, for his part, calls Rafael "a saint", has not once asked how
Rafael is doing, and has not looked for work. Rafael's wife says she has lost her husband
to his best friend.
""")

# %% nbgrader={"grade": true, "grade_id": "q9-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("capstone-post-test", "q9")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "capstone-post-test", "q9", points=2, label="codependent_pattern",
    dimensions={"helping": "codependent", "reciprocity": "codependent", "emotions": "codependent", "authenticity": "codependent"},
    acceptable={"accountability": "codependent"},
    rationales={
        "helping": "Rafael pays Kevin's bills and steers him away from the men's group, keeping Kevin reliant on him alone.",
        "reciprocity": "Kevin has never asked how Rafael is; the giving runs entirely one way.",
        "emotions": "Rafael keeps his own heart diagnosis out of view and answers questions about himself by talking about Kevin.",
        "authenticity": "He has given up his cycling club, and his wife feels she has lost him.",
        "accountability": "Rafael keeps his heart problem from Kevin and talks about Kevin when asked about himself, and Kevin has stopped looking for work: the problems stay unnamed.",
    },
    teaching_point="The pattern is not limited to couples or families: between friends, too, look for help that discourages other support, one-way giving and a giver whose own needs disappear.",
    ideas=["any_relationship", "helping_vs_enabling", "harms_both", "roles"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q10", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q10", "Item 10 · The plan written in a good season", """
Ioana, 43, who is Romanian, and her wife Beth, 46, who is Canadian, have been together
fourteen years. Beth has bipolar disorder and has had three manic episodes in that time.
After the second, they sat down with Beth's psychiatrist while she was well and wrote a
plan together: if Beth shows the early signs they have listed, Ioana may hold her credit
cards for two weeks and will ring the psychiatrist. Beth manages her own medication and
appointments, and they review the plan every January; last year Beth asked to drop one
step and Ioana agreed.

During an episode in the autumn Beth was irritable and said hurtful things. Ioana told
her she was hurt, spent a weekend with her sister and talked it through with her own
therapist; asked on her own, she says she has never been afraid of Beth. Once well, Beth
apologised for what she had said without being asked, and they added a new early sign to
the plan. Beth supported Ioana through four years of part-time doctoral study, cooking
most nights and reading every draft.
""")

# %% nbgrader={"grade": true, "grade_id": "q10-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("capstone-post-test", "q10")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "capstone-post-test", "q10", points=2, label="healthy_interdependence",
    dimensions={"reciprocity": "healthy", "helping": "healthy", "emotions": "healthy", "accountability": "healthy"},
    acceptable={"security": "healthy"},
    rationales={
        "security": "Asked on her own, Ioana says she has never been afraid of Beth; the bond holds through a hard episode.",
        "reciprocity": "Beth carried Ioana through years of study; Ioana supports Beth through episodes. Support has run both ways.",
        "helping": "The safeguards were written by Beth while well, are reviewed each year, and leave her managing her own treatment.",
        "emotions": "Ioana names her hurt, seeks her own support and is not afraid of Beth.",
        "accountability": "Beth apologises unprompted and both update the plan after the episode.",
    },
    teaching_point="Support for a partner's illness that is agreed in advance, reviewed together and leaves the ill partner in charge of their own care is healthy interdependence, even when it includes temporary safeguards.",
    ideas=["helping_vs_enabling", "interdependence_growth", "balance_vs_imbalance", "contrast_accountability"],
)
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "rationale-1-prompt", "locked": true, "schema_version": 3, "solution": false}
# ## Written rationale 1 (hand-graded, 5 points)
#
# Gabriela (Item 6) and Chiara (Item 7) are both exhausted carers, yet one case is keyed
# as a codependent pattern and the other as caregiver strain. In 150 to 250 words, explain
# what separates them, using evidence from both cases on at least three of the nine
# dimensions, and say what you would offer first in each case.
#
# Type your answer in the box below and press **Save rationale**.
#
# > **Privacy.** Write about the fictional cases only. Do not include names, dates of birth,
# > contact details or any other detail of a real client.

# %% nbgrader={"grade": false, "grade_id": "rationale-1-box", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.rationale("rationale-1", "Your written rationale")

# %% [markdown] nbgrader={"grade": true, "grade_id": "rationale-1", "locked": false, "points": 5, "schema_version": 3, "solution": true} editable=false jupyter={"source_hidden": true}
# ### BEGIN SOLUTION
# **Mark scheme (instructor only, 5 points).**
# - 1 point: the demands: Helena has recovered well (the therapist's report) while Marco
#   has progressive illness and no services, so Chiara's load is real and heavy and
#   Gabriela's is largely self-imposed.
# - 1 point: the response to help: Gabriela cancels the day centre and refuses a sitter;
#   Chiara would accept every bit of help and is waiting for home care.
# - 1 point: helping or self-worth with evidence: Gabriela does what Helena can do and
#   feels lost when not needed; Chiara's pride does not depend on being the only carer.
# - 1 point: a third dimension, correctly poled, with evidence: reciprocity (Helena's
#   offers refused; Marco helps Chiara revise), boundaries (Chiara claims Friday nights),
#   or authenticity (both have lost activities, noting that in Chiara's case the load,
#   not a need to be needed, took them).
# - 1 point: first steps: for Chiara, assess the load (e.g. Zarit), press for home care,
#   respite and student support, and avoid a pathology label ("parentified" is not a
#   diagnosis); for Gabriela, explore warmly what being needed gives her, restore the day
#   centre with Helena's wishes at the centre, and support Helena's independence.
# ### END SOLUTION

# %% [markdown] nbgrader={"grade": false, "grade_id": "rationale-2-prompt", "locked": true, "schema_version": 3, "solution": false}
# ## Written rationale 2 (hand-graded, 5 points)
#
# In Item 2, Camila asks for help to stop being "too clingy" and calls herself
# codependent. In 150 to 250 words, explain why her case is keyed "another concern comes
# first: safety", what you would do first and what you would avoid, and how you would
# respond respectfully to the label she has chosen for herself.
#
# Type your answer in the box below and press **Save rationale**.
#
# > **Privacy.** Write about the fictional cases only. Do not include names, dates of birth,
# > contact details or any other detail of a real client.

# %% nbgrader={"grade": false, "grade_id": "rationale-2-box", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.rationale("rationale-2", "Your written rationale")

# %% [markdown] nbgrader={"grade": true, "grade_id": "rationale-2", "locked": false, "points": 5, "schema_version": 3, "solution": true} editable=false jupyter={"source_hidden": true}
# ### BEGIN SOLUTION
# **Mark scheme (instructor only, 5 points).**
# - 1 point: identifies the coercive control: her passport held, threats about her visa,
#   isolation from her church group, and checking up on her at work; notes that abuse does
#   not need physical violence.
# - 1 point: reads her texting, agreeing and perfectionism as a realistic response to
#   fear, a survival strategy rather than a relational style.
# - 1 point: explains why "codependent" does harm: it implies she shares responsibility
#   for the abuse (Frank & Golden, 1992, "blaming by naming"); abuse or coercion is never
#   codependency.
# - 1 point: first steps: ask privately (never with Grant present and never with a
#   relative as interpreter), use a validated screen (HITS, E-HITS, HARK, PVS or WAST),
#   plan for safety, and connect her with specialist abuse services and immigration
#   advice, at her pace and respecting her choices.
# - 1 point: what to avoid and how to answer the label: no advice to "set boundaries" or
#   confront Grant, which can raise the danger; acknowledge her wish for help without
#   arguing, and gently reframe what she describes as a response to his control rather
#   than a flaw in her.
# ### END SOLUTION
