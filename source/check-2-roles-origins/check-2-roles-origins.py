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
# # Check 2 · Roles, origins and the cycle
#
# **Graded assignment.** For each case: choose a classification, mark the pole the case
# shows on each dimension it gives evidence for, and press **Save answer**. Your answers
# are saved in `check-2-roles-origins.answers.json` beside this notebook and are submitted
# with it: keep that file in the folder.
#
# **How items are scored.** Half of an item's points are for the classification, half for
# the evidence. The evidence counts every dimension the case shows or that you marked;
# missing one and marking one the case does not show cost the same. Calling a case of
# abuse or coercion "codependent" scores 0 for that item.
#
# There is no time limit. Under each item, a line says whether your answer is saved. Before
# you submit, press **Validate**: it names any item not answered or not saved, and passes
# when every item and the written rationale are saved.
#
# > **Privacy.** These cases are fictional composites. Never type anything that could identify a real client.

# %% nbgrader={"grade": false, "grade_id": "setup", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import Assessment

quiz = Assessment("check-2-roles-origins")

# %% nbgrader={"grade": false, "grade_id": "q1", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q1", "Item 1 · Good days and bad days", """
Matías, 46, a Chilean structural engineer, and his husband Anton, 41, who is Swiss,
have been together twelve years. Anton has lived with recurring depression since his
twenties and is in treatment. Little by little Matías has taken over nearly everything: he
books Anton's appointments, replies to messages from Anton's family, runs their money
and cooks to Anton's tastes every night. Two years ago he turned down a posting abroad
without mentioning the offer to Anton. Most of his own friends have stopped calling,
and he has headaches most evenings.

When Anton's psychiatrist suggested a weekly walking group, and that Anton collect his
own prescriptions, Matías agreed in the session and then never passed on the group's
details. He says he feels steady and purposeful on Anton's low days and oddly restless
on the good ones.

In a joint session Anton says he loves Matías, but that he noticed recently he has not
asked about Matías's work in months and would not know how to start. "At home I feel like
a patient," he says, "not a husband."
""")

# %% nbgrader={"grade": true, "grade_id": "q1-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("check-2-roles-origins", "q1")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "check-2-roles-origins", "q1", points=2, label="codependent_pattern",
    dimensions={"reciprocity": "codependent", "helping": "codependent", "self_worth": "codependent", "authenticity": "codependent"},
    acceptable={"accountability": "codependent"},
    rationales={
        "accountability": "Matías agreed to the psychiatrist's plan in the session and never passed on the group's details, and he kept the posting offer from Anton: a defensible reading of things kept out of view.",
        "reciprocity": "Matías does almost all the giving; Anton has stopped asking about Matías's life and says he would not know how to begin.",
        "helping": "Matías quietly drops the walking group the psychiatrist suggested, so his help keeps Anton reliant rather than building his recovery.",
        "self_worth": "He feels steady when Anton is low and restless when Anton is well: his sense of purpose rests on being needed.",
        "authenticity": "He gave up a posting abroad without discussing it and has let his own friendships lapse.",
    },
    teaching_point="Matías holds the giver role and Anton the taker role; the giver's need to be needed, not Anton's illness, keeps the arrangement in place, and it costs both of them.",
    ideas=["roles", "need_to_be_needed", "harms_both", "helping_vs_enabling"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q2", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q2", "Item 2 · Different this time", """
Sipho, 35, is a Xhosa South African pharmacist. When he was nine his father left, and
his mother sank into a long depression. Sipho cooked, got his younger cousins to school
and sat up with his mother on the nights she could not sleep; his teachers praised him
as remarkably grown-up. In his late twenties he spent four years paying off a
girlfriend's debts and bargaining with her creditors, until she ended things, saying she
needed to learn to stand on her own.

He has now been with Zanele, 33, for just over a year. He has covered her rent twice,
drafted her replies to a difficult manager and drives two hours at night whenever she
rings upset. He dropped the evening diploma he had saved for because "she needs me more
right now". Once one of her problems is solved, he says, he feels calm for the first time
all week; he cannot say what he would do with a free weekend. When his cousin gently
says this sounds like last time, Sipho snaps that his cousin does not know Zanele and
that this time is different. Zanele has told him she sometimes wishes he would let her
sort things out herself.
""")

# %% nbgrader={"grade": true, "grade_id": "q2-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("check-2-roles-origins", "q2")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "check-2-roles-origins", "q2", points=2, label="codependent_pattern",
    dimensions={"helping": "codependent", "authenticity": "codependent", "accountability": "codependent"},
    acceptable={"self_worth": "codependent"},
    rationales={
        "helping": "He pays her rent and writes her emails although Zanele has said she would rather handle things herself.",
        "self_worth": "He only feels calm once he has solved one of her problems, so his settledness depends on being needed.",
        "authenticity": "He dropped the diploma he had saved for and cannot name what he would do with free time.",
        "accountability": "He meets his cousin's observation with denial ('this time is different') instead of looking at the repeated pattern.",
    },
    teaching_point="The same giver role has appeared with two partners, which is the cycle; a childhood spent meeting an adult's needs is a common root, but the label rests on what Sipho does now.",
    ideas=["cyclical_pattern", "family_of_origin", "roles", "contrast_accountability"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q3", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q3", "Item 3 · The old pull", """
Lucero, 40, grew up in Peru as the eldest of four. From the age of ten she ran the
household while her mother worked nights and her father was often too unwell from
drinking to get up; she learned to read every adult's mood before anyone spoke. After a
burnout in her early thirties she spent two years in therapy, and she says she still
feels "the old pull" to take over whenever someone she loves is struggling.

Last year her close friend Hye-jin, 39, a Korean-Canadian graphic designer, left her
marriage suddenly. Lucero had Hye-jin and her two children to stay for a fortnight. She
found the name of a family lawyer but handed Hye-jin the phone rather than making the
call. When Hye-jin asked to stay a third week, Lucero said no because her own
professional exams were close, and the two of them found a short let together. Lucero
told Hye-jin that she had felt the urge to fix everything and had needed to sit on her
hands. This spring, when Lucero's father died, Hye-jin travelled with her to the funeral
and looked after Lucero's dog for a month afterwards. They still argue about politics
over dinner.
""")

# %% nbgrader={"grade": true, "grade_id": "q3-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("check-2-roles-origins", "q3")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "check-2-roles-origins", "q3", points=2, label="healthy_interdependence",
    dimensions={"helping": "healthy", "boundaries": "healthy", "emotions": "healthy", "reciprocity": "healthy"},
    rationales={
        "helping": "Lucero finds the lawyer's name but hands over the phone, so Hye-jin takes the steps herself.",
        "boundaries": "She refuses a third week because of her exams, without rupture, and helps find another option.",
        "emotions": "She notices the urge to rescue and names it to Hye-jin instead of acting on it.",
        "reciprocity": "Hye-jin supports Lucero through her father's death, so care runs in both directions.",
    },
    teaching_point="A childhood spent caring for adults raises the risk of the pattern but does not decide it; judge the present relationship on its own evidence.",
    ideas=["family_of_origin", "therapy_corrective", "helping_vs_enabling", "contrast_boundaries"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q4", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q4", "Item 4 · The repayment plan", """
Yusuf, 57, an Egyptian-born bus mechanic, was shaken when his son Omar, 28, lost his job
at a start-up and asked to borrow money for rent. They sat down together with Omar's bank
statements. Yusuf lent one month's rent, and Omar wrote out a repayment plan that they
both signed. When Omar asked his father to ring the landlord and explain, Yusuf said,
"You can do this. I'll sit beside you while you write to him." Omar wrote the email
himself.

Two months later Omar asked for a second loan. Yusuf said no, and offered instead to
run mock interviews with him on Sunday evenings. Omar was hurt and told him so; a week
later he took weekend shifts at a warehouse, and he has since repaid half of the first
loan. Omar still sets up his father's phone whenever it updates and takes him to a
football match most months. Yusuf tells his wife that saying no turned his stomach and
that he lay awake worrying that night. Omar has just been invited to an interview for a
job he found on his own.
""")

# %% nbgrader={"grade": true, "grade_id": "q4-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("check-2-roles-origins", "q4")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "check-2-roles-origins", "q4", points=2, label="healthy_interdependence",
    dimensions={"helping": "healthy", "boundaries": "healthy", "reciprocity": "healthy"},
    acceptable={"emotions": "healthy", "accountability": "healthy"},
    rationales={
        "accountability": "Omar has repaid half of the first loan and found an interview on his own: a defensible reading of owning the debt.",
        "helping": "The loan comes with a plan Omar wrote, and Yusuf sits beside him rather than calling the landlord for him.",
        "boundaries": "Yusuf refuses a second loan and tolerates Omar's hurt, offering interview practice instead.",
        "reciprocity": "Omar repays the loan, sets up his father's phone and takes him to matches.",
        "emotions": "Yusuf names his anxiety to his wife and Omar names his hurt; neither feeling is hidden or used to steer the other.",
    },
    teaching_point="Giving an adult child money is not enabling in itself; help that comes with the other person's own plan, and a no when it is needed, builds capacity.",
    ideas=["helping_vs_enabling", "interdependence_growth", "balance_vs_imbalance", "contrast_boundaries"],
)
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "rationale-1-prompt", "locked": true, "schema_version": 3, "solution": false}
# ## Written rationale (hand-graded, 3 points)
#
# Sipho (Item 2) and Lucero (Item 3) both spent their childhoods looking after adults. In
# 80-150 words, explain what their childhoods do and do not tell you, and what in the
# present separates the two cases. Refer to the way the pattern repeats and to at least
# two of the nine dimensions, with specific evidence from the cases.
#
# Type your answer in the box below and press **Save rationale**.
#
# > **Privacy.** Write about the fictional cases only. Do not include names, dates of birth,
# > contact details or any other detail of a real client.

# %% nbgrader={"grade": false, "grade_id": "rationale-1-box", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.rationale("rationale-1", "Your written rationale")

# %% [markdown] nbgrader={"grade": true, "grade_id": "rationale-1", "locked": false, "points": 3, "schema_version": 3, "solution": true} editable=false jupyter={"source_hidden": true}
# ### BEGIN SOLUTION
# **Mark scheme (instructor only, 3 points).**
# - 1 point: treats family of origin as a root or risk, not a verdict: both were asked to
#   meet an adult's needs early (parentification, a parent who was ill or drinking), which
#   can explain a pull towards the giving role, but the label rests on present evidence.
# - 1 point: names the cycle in Item 2: Sipho takes the same role with a second partner
#   and denies the likeness ("this time is different"); contrasts Lucero, who notices the
#   pull, names it and acts differently (therapy as a corrective experience).
# - 1 point: two dimensions with evidence, correctly poled: helping (Sipho pays and writes
#   for Zanele against her wishes; Lucero hands Hye-jin the phone), boundaries (Lucero
#   refuses a third week; Sipho drops his diploma), self-worth (Sipho calm only once a
#   problem is fixed), reciprocity (Hye-jin gives back), accountability (Sipho's denial).
# ### END SOLUTION
