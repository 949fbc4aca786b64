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
# # Check 3 · What it is not
#
# **Graded assignment.** For each case: choose a classification, mark the pole the case
# shows on each dimension it gives evidence for, and press **Save answer**. Your answers
# are saved in `check-3-what-it-is-not.answers.json` beside this notebook and are submitted
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

quiz = Assessment("check-3-what-it-is-not")

# %% nbgrader={"grade": false, "grade_id": "q1", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q1", "Item 1 · Help with my people-pleasing", """
Agnes, 68, a retired Kenyan schoolteacher, sees her family doctor about poor sleep and
asks to be referred for "codependency counselling". Her daughter has told her she is a
people-pleaser who enables her father's moods. Agnes explains that since her husband
Samuel, 71, retired, he has taken charge of her pension and gives her cash each week for
food, which she must account for. He decides whether she may visit her church friends,
and usually the answer is no. Last month, after she spent an afternoon with her sister
without telling him, he smashed her phone against the kitchen wall and told her that
nobody would believe a word she said about him.

Agnes insists she is to blame for "setting him off" and says she would like to learn to
be less sensitive. She apologises several times for taking up the doctor's time and keeps
glancing at the door: Samuel is waiting outside in the car and has already rung her twice
during the appointment. Asked what she enjoys, she mentions the church choir she has not
sung in for a year.
""")

# %% nbgrader={"grade": true, "grade_id": "q1-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("check-3-what-it-is-not", "q1")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "check-3-what-it-is-not", "q1", points=2, label="other_concern_first",
    dimensions={},
    teaching_point="Safety comes first: control of money and movement, destroyed property and intimidation are abuse at any age. See Agnes alone, use a validated screen such as HITS or WAST and plan for safety; calling her codependent or an enabler would imply she shares responsibility for the abuse.",
    concern="safety_abuse",
    ideas=["contrast_security", "contrast_boundaries", "contrast_authenticity"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q2", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q2", "Item 2 · Not in the flat alone", """
Amira, 36, a French-Moroccan paramedic, comes to a couples clinic because friends have
told her she "mothers" her partner, Lukas, 34, who is Austrian. Lukas moved in with her
five weeks after his previous relationship ended. He asks her to choose his clothes for
work, which meals to order and whether to answer his brother's messages. At his office he
checks routine decisions with his team lead so often that she raised it at his annual
review. His mother says he has been like this since his late teens: she chose his
university course and found his first two flats.

When Amira goes away for five days with her climbing club, Lukas stays with his brother
because he cannot face a night in the flat on his own. He agrees with Amira about
everything, and later admits he often disagreed in private but feared she would tire of
him. Amira has stopped making his choices for him: she refused to pick his new glasses,
suggested he talk to someone on his own, and kept her climbing trips. "I don't want to be
his manager," she says. "I want a partner."
""")

# %% nbgrader={"grade": true, "grade_id": "q2-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("check-3-what-it-is-not", "q2")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "check-3-what-it-is-not", "q2", points=2, label="other_concern_first",
    dimensions={"helping": "healthy", "authenticity": "healthy"},
    acceptable={"security": "codependent", "boundaries": "healthy"},
    rationales={
        "security": "Lukas cannot be alone overnight and fears Amira will tire of him: a fear of being left to look after himself.",
        "boundaries": "Amira can say no without guilt: she will not choose his glasses and keeps her climbing trips, while still suggesting he get help of his own.",
        "helping": "Amira hands his choices back to him and suggests he get help for himself, which builds his capacity rather than enabling.",
        "authenticity": "Amira keeps her climbing trips and is clear about the partnership she wants.",
    },
    teaching_point="Check dependent-personality features first: Lukas has sought others' decisions and care at home, in his family and at work since his late teens. The need is to be looked after, not to be needed, and Amira is not the one showing a pattern.",
    concern="dependent_personality_features",
    ideas=["need_to_be_needed", "helping_vs_enabling", "contrast_security", "contrast_boundaries"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q3", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q3", "Item 3 · Nights on duty at home", """
Maricel, 47, a Filipino-Canadian dental hygienist, lives with her husband Joel, their two
teenage sons and Joel's mother, Remedios, 86, who has advanced dementia. When Remedios
could no longer live alone, the whole family agreed she would move in; for Maricel,
looking after an elder at home is simply what a good family does, and she says so with
pride. Over the past year Remedios's needs have grown. She now wakes three or four times
most nights, needs help with washing and the toilet, and once left the house at dawn.
Maricel has cut her hours to two days a week and hurt her back lifting her
mother-in-law. Joel works long shifts but takes over every weekend, and the boys sit with
their grandmother after school.

At a check-up Maricel cries, says she is worn out and sometimes resentful, and then feels
guilty for saying so. She has not been to her choir for months. She would never consider
a care home, but she would gladly accept a day programme or a night sitter; the family is
on a waiting list and cannot afford private help. "I don't need to be the only one," she
says. "I need some sleep."
""")

# %% nbgrader={"grade": true, "grade_id": "q3-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("check-3-what-it-is-not", "q3")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "check-3-what-it-is-not", "q3", points=2, label="other_concern_first",
    dimensions={"emotions": "healthy"},
    acceptable={"authenticity": "codependent", "reciprocity": "healthy", "self_worth": "healthy"},
    rationales={
        "emotions": "Maricel names exhaustion, resentment and guilt openly rather than hiding them.",
        "self_worth": "She does not need to be the only carer and would welcome a day programme or a night sitter.",
        "authenticity": "Her work hours and her choir have gone, but the real load of night-time dementia care took them, not a need to be needed.",
        "reciprocity": "Care is shared and flows back: Joel takes every weekend and the boys sit with their grandmother after school.",
    },
    teaching_point="The demands are real and heavy, so caregiver strain comes first: measure the load (for example with the Zarit Burden Interview) and press for respite and a night sitter. Caring for an elder at home is a value this family chose together, not enmeshment.",
    concern="caregiver_strain",
    ideas=["need_to_be_needed", "contrast_self_worth", "contrast_emotions", "contrast_authenticity"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q4", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q4", "Item 4 · Sunday dinner, sober or not", """
Brigid, 61, an Irish librarian, was told by a locum doctor that she sounds "codependent"
because she still sees her daughter Siobhan, 33, every week. Siobhan has used opioids for
six years, lives in a shared house and is not in treatment. Brigid sleeps badly and jumps
whenever her phone rings. A year ago she joined a family programme and changed how she
responds. She invites Siobhan to Sunday dinner and makes a fuss of her when she arrives
sober; when Siobhan turns up having used, Brigid calmly says they will try again next
week and ends the visit. She stopped paying Siobhan's phone contract but buys her a
monthly bus pass that reaches the treatment clinic, should she choose to go. She carries
naloxone in her bag and has told Siobhan plainly that she is frightened of losing her.

Brigid still works full time, walks with two friends every Saturday and finds the
programme's parents' group a relief. Her brother Declan, who boasts that he has never
leaned on anyone in his life, tells her to "cut Siobhan off and need nobody". Asked on
her own, Brigid says Siobhan has never threatened or hurt her.
""")

# %% nbgrader={"grade": true, "grade_id": "q4-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("check-3-what-it-is-not", "q4")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "check-3-what-it-is-not", "q4", points=2, label="healthy_interdependence",
    dimensions={"helping": "healthy", "emotions": "healthy", "authenticity": "healthy"},
    acceptable={"boundaries": "healthy"},
    rationales={
        "helping": "Brigid rewards sober contact and funds the route to treatment, not the drug use: help aimed at change, as in CRAFT.",
        "boundaries": "She ends visits when Siobhan has used and has stopped paying the phone contract, calmly and without cutting her off.",
        "emotions": "She tells Siobhan plainly that she is frightened, instead of hiding the fear or using it to control her.",
        "authenticity": "She keeps her job and her Saturday walks; her life is not organised around Siobhan's drug use.",
    },
    teaching_point="A relative's worry about a loved one's drug use is strain under real stress (the stress-strain-coping-support model), not a disorder. Brigid carries no caring load to relieve, and her coping builds on CRAFT and keeps her own life; offer her support in her own right.",
    ideas=["helping_vs_enabling", "interdependence_growth", "contrast_boundaries", "contrast_emotions"],
)
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "rationale-1-prompt", "locked": true, "schema_version": 3, "solution": false}
# ## Written rationale (hand-graded, 3 points)
#
# A colleague reads Items 1 and 4 and calls both Agnes and Brigid "textbook codependents".
# In 100 to 180 words, reply to the colleague. Say what comes first for Agnes and why; how
# the stress-strain-coping-support model changes the way you read Brigid's distress; and
# why her brother's advice to "need nobody" would not be a healthier alternative.
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
# - 1 point: Item 1, safety first: names the control of money and movement, the smashed
#   phone and the intimidation as abuse; her placating is a realistic response to fear;
#   the first step is to see her alone, use a validated screen (HITS, E-HITS, HARK, PVS
#   or WAST) and plan for safety. Calling her codependent or an enabler implies shared
#   responsibility for the abuse (Frank & Golden's "blaming by naming").
# - 1 point: Item 4, stress and strain: Brigid is an ordinary person under heavy stress;
#   her poor sleep and startle are understandable strain (Orford et al.);
#   her coping (rewarding sober contact, letting consequences land, naming her fear,
#   keeping her own life) is what CRAFT teaches; she deserves support in her own right.
# - 1 point: Declan's advice: refusing all reliance is dysfunctional detachment, not health
#   (Bornstein's healthy dependency is flexible help-seeking); cutting Siobhan off would
#   also remove the family contact that CRAFT uses to encourage treatment.
# ### END SOLUTION
