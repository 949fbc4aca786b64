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
# # Pre-test · Where you are starting from
#
# **Take this before lesson 01.** It is a baseline, not an exam: ten cases to classify (2
# points each, 20 points in all), built to the same plan as the course post-test but with
# different people and situations. Nobody passes or fails the pre-test. Comparing it with the
# post-test shows you and the course provider what you learned.
#
# **You will not see your score or the answers until after the post-test**, so that the
# post-test measures what you learned in the course rather than what you remember from here.
# Answer from your current knowledge; do not look anything up. Guessing is fine.
#
# For each case: choose a classification, mark the pole the case shows on each dimension it
# gives evidence for, and press **Save answer**. Your answers are saved in `pre-test.answers.json`
# beside this notebook and are submitted with it: keep that file in the folder.
#
# **There is no time limit.** Screen readers and keyboard-only use are supported: Tab moves
# between the choices, Space selects one, and Enter presses **Save answer**.
#
# > **Privacy.** These cases are fictional composites. Never type anything that could identify a real client.

# %% nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import Assessment

quiz = Assessment("pre-test")

# %% nbgrader={"grade": false, "grade_id": "q1", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q1", "Item 1 · Two cooks, one kitchen", """
Nadia, 38, who is Moroccan, and Oskar, 41, who is Polish, run a small bakery café together and
have been partners at home for nine years. They speak twenty times a day about orders and
rotas, and a supplier once joked that they "share one brain". Yet Nadia designs the cakes,
Oskar keeps the books, and each has friends the other barely knows.

When Oskar's father was dying last winter, Nadia ran the café alone for a month; this spring
Oskar took every early shift while Nadia sat her pastry diploma. They fell out over whether to
open on Sundays, slept on it and settled on a trial. Nadia refused Oskar's idea of a second
shop, and he dropped it without sulking. When Oskar mis-ordered a pallet of flour, he rang the
supplier himself, paid the fee from his own account and told Nadia that evening.
""")

# %% nbgrader={"grade": true, "grade_id": "q1-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("pre-test", "q1")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "pre-test", "q1", points=2, label="healthy_interdependence",
    dimensions={"reciprocity": "healthy", "identity": "healthy", "boundaries": "healthy", "accountability": "healthy"},
    acceptable={"authenticity": "healthy"},
    rationales={
        "reciprocity": "Each carried the business alone while the other faced a loss or a study deadline.",
        "identity": "Constant contact has not merged them: each keeps a separate craft and separate friends.",
        "boundaries": "Nadia can refuse the second shop and Oskar accepts it; disagreements are talked through.",
        "accountability": "Oskar owns the ordering mistake and repairs it himself.",
        "authenticity": "Each keeps their own craft and friends: Nadia designs the cakes and sat her diploma, Oskar keeps the books, and each has friends the other barely knows.",
    },
    teaching_point="Talking often is not the same as being fused: check for help that flows both ways, two distinct people, room to say no, and owning one's own errors.",
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q2", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q2", "Item 2 · I worry too much about him", """
Ye-jin, 34, who is Korean, asks a practice nurse for advice because her friends say she is
"codependent" with her husband, Callum, 39. She checks in with him by phone at lunch and on
her way home, has given up her evening choir and keeps the flat exactly as he likes it. She
would like to learn to relax.

When the nurse sees her alone, Ye-jin says that Callum reads her messages every night, has
taken her bank card "to help with budgeting" and once locked her out on the balcony in the
rain after she came home late. The phone calls are because he expects them: if she misses one
he turns up at her office. He told her the choir members gossip about her, and she stopped
going. She has not mentioned any of this to her sister. "He is under so much pressure," she
says, "I just need to try harder."
""")

# %% nbgrader={"grade": true, "grade_id": "q2-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("pre-test", "q2")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "pre-test", "q2", points=2, label="other_concern_first",
    dimensions={},
    teaching_point="Reading messages, taking money, turning up at work, isolating a partner and a frightening punishment are coercive control. Assess safety privately with a validated screen and link her with specialist support; never describe Ye-jin as codependent.",
    concern="safety_abuse",
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q3", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q3", "Item 3 · The uncle who cannot stop", """
Femi, 50, a Nigerian bus driver, took in his nephew Tunde when the boy's mother died; Tunde
was ten. Tunde is now 27, an engineer with his own flat across the city. Femi still fills in
Tunde's tax return, books his dentist and rings his landlord about repairs. Each Sunday he
drives over to restock Tunde's fridge, and he rewrote Tunde's job application without being
asked.

Tunde has told him, gently and then plainly, that he wants to manage these things himself. Femi
took it badly: he could not sleep for a week and told his wife that the boy was "throwing
him away". He says that looking after Tunde is the one thing he has always been good at. His
own doctor's appointments keep slipping, and he has not been to his darts league since the
spring.
""")

# %% nbgrader={"grade": true, "grade_id": "q3-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("pre-test", "q3")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "pre-test", "q3", points=2, label="codependent_pattern",
    dimensions={"helping": "codependent", "security": "codependent", "authenticity": "codependent", "self_worth": "codependent"},
    acceptable={"identity": "codependent"},
    rationales={
        "helping": "He takes over tasks a capable adult manages and overrides Tunde's stated wish.",
        "identity": "Caring for Tunde is the one thing he feels good at; his sense of self rests on the role.",
        "security": "A request for independence is felt as being thrown away and costs him a week's sleep.",
        "authenticity": "His own health appointments and his darts league fall away.",
        "self_worth": "Looking after Tunde is 'the one thing he has always been good at', and a request for independence leaves him sleepless: his worth rests on being needed.",
    },
    teaching_point="A guardian role taken on in a crisis can outlive its purpose. When the adult being helped asks for less and the helper's identity depends on being needed, the pattern rather than the love is the problem.",
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q4", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q4", "Item 4 · I can manage", """
Lucía, 46, who is Chilean, manages a hotel and lives with her partner Declan, 49, who is Irish.
Two months ago she broke her wrist and ankle in a fall. She refused the physiotherapist's
offer of home visits, told Declan not to take time off and has kept working from a chair. She
has not told her brother she was hurt. At the same time she covers colleagues' shifts and
lends money to a cousin without being asked.

"If you rely on people, you learn the hard way," she says; her father walked out when she was
six and her mother worked nights. She tells people no readily and without apology. On bad
days she says she is "perfectly fine". Declan, who has his own busy practice and a football
team, says he would like to be allowed to help; lately he wonders whether she wants a partner
at all.
""")

# %% nbgrader={"grade": true, "grade_id": "q4-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("pre-test", "q4")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "pre-test", "q4", points=2, label="other_concern_first",
    dimensions={"boundaries": "healthy"},
    acceptable={"reciprocity": "codependent", "authenticity": "healthy", "emotions": "codependent", "security": "codependent"},
    rationales={
        "reciprocity": "She gives help freely but will take none, even when injured; the flow runs one way.",
        "security": "A settled expectation that anyone she relies on will let her down drives her refusals.",
        "emotions": "She says she is perfectly fine on bad days and hides her injury from her brother.",
        "boundaries": "Saying no comes easily; the difficulty is that she refuses all help, not that she cannot refuse.",
        "authenticity": "Both keep their own working lives and interests: Lucía runs her hotel and Declan his practice and football team.",
    },
    teaching_point="Refusing every kind of reliance is dysfunctional detachment, not the healthy opposite of codependency, and it slows her recovery. Explore the avoidance respectfully; the aim is flexible help-seeking.",
    concern="dysfunctional_detachment",
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q5", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q5", "Item 5 · Sunday lunch every week", """
Ravi, 31, who is Indian, works as a physiotherapist and lives ten minutes from his parents.
He eats Sunday lunch with them every week, talks to his mother most days and asks his father's
view before any big purchase. A new girlfriend told him this was "a bit much", and he mentioned
it to a counsellor he sees for exam stress.

He says he enjoys the calls; his mother tells him about her sewing group and asks about his
patients. When he bought his flat, his parents helped with the deposit, and last year he
spent a month of evenings helping his father recover after knee surgery. His parents wanted
him to study medicine; he chose physiotherapy, and after a tense month they told him they were
proud of him. He tells his mother when she has upset him, and she apologises when she has. He
plays cricket on Saturdays and is planning a trip with friends.
""")

# %% nbgrader={"grade": true, "grade_id": "q5-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("pre-test", "q5")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "pre-test", "q5", points=2, label="healthy_interdependence",
    dimensions={"reciprocity": "healthy", "emotions": "healthy", "authenticity": "healthy", "identity": "healthy"},
    acceptable={"boundaries": "healthy", "accountability": "healthy"},
    rationales={
        "reciprocity": "Help has gone both ways: a deposit from his parents, his care after his father's surgery.",
        "boundaries": "He chose his own career against their wish and the relationship held.",
        "emotions": "He can tell his mother she has upset him and she can apologise; feelings are spoken on both sides.",
        "authenticity": "His own friends, sport and plans sit comfortably beside the family contact.",
        "identity": "Ravi is close to his parents and still his own person: he chose physiotherapy against their wishes, plays cricket and plans trips with friends.",
        "accountability": "Ravi tells his mother when she has upset him and she apologises when she has: hurts are named and owned on both sides.",
    },
    teaching_point="Frequent contact and consulting parents are culturally normal closeness when they are chosen, mutual and flexible. Judge by those questions rather than by how often people meet.",
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q6", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q6", "Item 6 · She would only fall", """
Mercy, 60, a retired Ghanaian teacher, has lived with her son Kwame, 33, since his motorcycle
accident eighteen months ago. His rehabilitation team say he can now shower, cook simple meals
and use the bus with his crutch. Mercy still bathes him, cuts his food and drives him
everywhere, and she says the strain is making her ill.

A support worker arranged a weekly cookery group for people with brain injury, which Kwame
enjoyed; Mercy withdrew him after two sessions because "they let him use knives". She refused
a volunteer driver so she could visit her own sister. When Kwame offers to wash up or fold
laundry, she tells him to sit down. He has told his therapist he feels "like a child again".
Mercy admits that on quiet days, when he needs nothing, she feels empty. "Nobody else would do
it right," she says.
""")

# %% nbgrader={"grade": true, "grade_id": "q6-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("pre-test", "q6")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "pre-test", "q6", points=2, label="codependent_pattern",
    dimensions={"helping": "codependent", "reciprocity": "codependent", "self_worth": "codependent", "authenticity": "codependent"},
    rationales={
        "helping": "She does what his team says he can do, which works against his rehabilitation.",
        "reciprocity": "She turns down his offers to help, so care can only run from her to him.",
        "self_worth": "She feels empty when not needed and believes no one else can care for him properly.",
        "authenticity": "She gives up visits to her own sister rather than accept a driver.",
    },
    teaching_point="Tiredness alone does not make a case caregiver strain. Where demands are modest, respite is refused and the help replaces skills the person has, look at the giver's need to be needed.",
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q7", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q7", "Item 7 · Homework at the kitchen table", """
Ahmad, 17, who is Afghan, lives with his mother, Parisa, 45, who has severe rheumatoid
arthritis and limited English. His father died four years ago. Ahmad helps her dress, collects
her prescriptions, interprets at her appointments and does most of the cooking. A nurse visits
monthly; an assessment for a home carer has been delayed twice.

He is falling behind at school and has stopped going to football training. A teacher called
him "codependent" in a meeting. Ahmad says he loves his mother and is glad to help, but he is
worn out and sometimes resentful, and he would welcome any help available. Parisa checks his
homework planner every evening, keeps telling him to go to training and says she hates being a
burden. When he told her he needed Thursday evenings to study, she asked a neighbour to sit
with her.
""")

# %% nbgrader={"grade": true, "grade_id": "q7-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("pre-test", "q7")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "pre-test", "q7", points=2, label="other_concern_first",
    dimensions={"emotions": "healthy", "reciprocity": "healthy", "boundaries": "healthy"},
    acceptable={"authenticity": "codependent"},
    rationales={
        "emotions": "Ahmad names love, gladness, tiredness and resentment honestly.",
        "reciprocity": "Parisa supports his schooling and pushes him towards his own life, within what her illness allows.",
        "boundaries": "He asks for Thursday evenings and his mother arranges cover.",
        "authenticity": "He has lost football, but to the weight of unsupported care, not to a need to be needed.",
    },
    teaching_point="Severe illness, a language barrier and delayed services make the load real, so caregiver strain comes first: assess it, press for the home carer and an interpreter, and involve school support. A young carer who would welcome help is not showing a codependent pattern.",
    concern="caregiver_strain",
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q8", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q8", "Item 8 · Tell me what to wear", """
Ingrid, 52, a Norwegian librarian, asks her GP whether she is "enabling" her lodger and friend
Mariam, 39, who is Egyptian. Mariam asks Ingrid which shoes to buy, whether to take an umbrella
and how to answer emails from her manager. She once phoned Ingrid nine times during a single
conference. Until her thirties Mariam lived with her parents, who chose her university and her
first job. When a long relationship ended, she moved in with a new partner within a month,
saying she could not bear being alone, and she goes along with Ingrid's opinions even when she
obviously disagrees.

Ingrid is fond of her but tired. She now answers "What would you choose?" and waits, has kept
her Thursday walking group and her trips to see her grandchildren, and has gently suggested
that Mariam speak to someone about how frightening decisions feel.
""")

# %% nbgrader={"grade": true, "grade_id": "q8-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("pre-test", "q8")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "pre-test", "q8", points=2, label="other_concern_first",
    dimensions={"helping": "healthy", "authenticity": "healthy"},
    acceptable={"boundaries": "codependent", "security": "codependent"},
    rationales={
        "security": "Mariam cannot bear to be alone and seeks reassurance over small choices.",
        "boundaries": "She agrees with Ingrid against her own view, to keep the support.",
        "helping": "Ingrid hands decisions back and encourages Mariam to seek help, which builds her capacity.",
        "authenticity": "Ingrid keeps her walking group and family visits; her own life is intact.",
    },
    teaching_point="A lasting, pervasive need to be looked after and to have others decide, seen across relationships since early adulthood, points to dependent-personality features. Assess Mariam's care-seeking; Ingrid is not showing the pattern.",
    concern="dependent_personality_features",
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q9", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q9", "Item 9 · The mate who always answers", """
Dmitri, 47, who is Ukrainian, and Joseph, 49, who is Ghanaian, met as young nurses on the same
ward. Since Joseph lost his job a year ago, Dmitri has called him several times a day, paid his
phone and gas bills and spent every Saturday sorting his flat. Joseph's careers adviser
suggested a peer job club; Dmitri told Joseph they would only make him feel worse, and Joseph
never went.

Dmitri has dropped his evening running group because Saturday mornings now belong to Joseph.
His own blood pressure has been high for months; he has not told Joseph, "who has enough to
worry about", and when his partner asks how he is, he changes the subject to Joseph. Joseph
calls him "my rock" but has never asked about Dmitri's health and has stopped applying for
jobs. Dmitri's partner says she sees him only when Joseph is asleep.
""")

# %% nbgrader={"grade": true, "grade_id": "q9-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("pre-test", "q9")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "pre-test", "q9", points=2, label="codependent_pattern",
    dimensions={"helping": "codependent", "reciprocity": "codependent", "emotions": "codependent", "authenticity": "codependent"},
    acceptable={"accountability": "codependent"},
    rationales={
        "helping": "Dmitri pays Joseph's bills and steers him away from other support, keeping him reliant on one person.",
        "reciprocity": "Joseph never asks about Dmitri; the giving runs one way.",
        "emotions": "Dmitri hides his own health worry and turns questions about himself to Joseph.",
        "authenticity": "His running group and time with his partner have given way.",
        "accountability": "Dmitri hides his high blood pressure and changes the subject when asked, and Joseph has stopped applying for jobs: the problems are kept out of sight.",
    },
    teaching_point="Friendships can show the pattern too: help that blocks other support, giving that is never returned, and a helper whose own needs go unspoken.",
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q10", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q10", "Item 10 · The agreement on the fridge", """
Tomás, 40, who is Mexican, and his husband Bao, 42, who is Vietnamese, have been married eleven
years. Tomás has type 1 diabetes and twice has had dangerous low blood sugar at night. After
the second time, the couple and Tomás's diabetes nurse wrote a plan together: if Tomás does not
answer by ten on a night out, Bao may ring him, and Bao keeps a glucagon kit at home. Tomás
runs his own insulin and clinic visits; they revisit the plan every birthday, and last year
Tomás asked to stop the nightly check-in text, which Bao agreed to.

After a frightening night in the spring, Bao told Tomás how scared he had been and spent the
next day with friends to recover; Tomás thanked him and apologised for skipping his sensor
alarm. Tomás nursed Bao through a long depression five years ago, cooking and driving him to
therapy for months.
""")

# %% nbgrader={"grade": true, "grade_id": "q10-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("pre-test", "q10")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "pre-test", "q10", points=2, label="healthy_interdependence",
    dimensions={"reciprocity": "healthy", "helping": "healthy", "emotions": "healthy", "accountability": "healthy", "boundaries": "healthy"},
    rationales={
        "reciprocity": "Tomás cared for Bao through depression; Bao supports Tomás with diabetes. Support runs both ways.",
        "helping": "The safeguards were agreed with Tomás, reviewed each year and leave him running his own treatment.",
        "emotions": "Bao can say he was frightened and look after himself afterwards.",
        "accountability": "Tomás owns his skipped alarm and apologises without being pushed.",
        "boundaries": "Each can say no: Tomás asked to end the nightly check-in and Bao agreed, and after the frightening night Bao took a day for himself without guilt.",
    },
    teaching_point="Help with a partner's illness that is planned together, reviewed and leaves the ill partner in charge of their care is healthy interdependence, even when it includes safety measures.",
)
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "end", "locked": true, "schema_version": 3, "solution": false}
# ## Before you submit
#
# Press **Validate**: it names any item not answered or not saved.
# Then submit from the Assignments tab and go on to **01 · Dependence is human**. Your
# feedback on this pre-test is released after the post-test, side by side with your
# post-test result.
