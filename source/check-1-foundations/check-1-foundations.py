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
# # Check 1 · Foundations and the nine dimensions
#
# **Graded assignment.** For each case: choose a classification, mark the pole the case
# shows on each dimension it gives evidence for, and press **Save answer**. Your answers
# are saved in `check-1-foundations.answers.json` beside this notebook and are submitted
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

quiz = Assessment("check-1-foundations")

# %% nbgrader={"grade": false, "grade_id": "q1", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q1", "Item 1 · The spare key", """
Ines, 52, a Portuguese-Canadian nurse manager, runs a ward with calm authority. At home
she manages every part of her adult son Rui's life: she pays his phone bill, wakes him
by phone for his shifts, rewrites his job applications and calls his landlord when rent
is late. Rui, 27, has asked twice to handle things himself; each time Ines felt a wave of
panic and stepped in "just this once". She cancelled a long-planned trip with friends
because Rui "might need her". When her sister suggests that Rui is capable, Ines becomes
sharp and insists that nobody understands how hard things are for him. She says she feels
most like herself on the days he calls needing something, and flat and useless on the
days he does not. Asked what she would like for herself this year, she cannot answer.

Rui, for his part, says he feels smothered but also relieved not to deal with forms. He
has never paid a bill himself and worries he would get it wrong.
""")

# %% nbgrader={"grade": true, "grade_id": "q1-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("check-1-foundations", "q1")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "check-1-foundations", "q1", points=2, label="codependent_pattern",
    dimensions={"helping": "codependent", "authenticity": "codependent", "self_worth": "codependent", "accountability": "codependent"},
    rationales={
        "helping": "Ines does tasks Rui could learn and overrides his requests to do them, which keeps him reliant.",
        "authenticity": "She gave up her own trip and cannot name a wish of her own.",
        "self_worth": "She feels like herself only when Rui needs her and useless when he does not.",
        "accountability": "She meets her sister's concern with defensiveness rather than looking at the pattern.",
    },
    teaching_point="Competence at work does not rule out needing to be needed at home; look at whether help builds the other's capacity.",
    ideas=["competence_without_worth", "need_to_be_needed", "helping_vs_enabling", "harms_both"],
)
### END HIDDEN TESTS

# %% nbgrader={"grade": false, "grade_id": "q2", "locked": true, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
quiz.item("q2", "Item 2 · Two kitchens", """
Kwame, 68, and his daughter Abena, 36, share a two-family house with Abena's wife, Lucy,
and their twin toddlers. Kwame cooks on weekdays and collects the twins from nursery;
Abena and Lucy take him to his cardiology appointments and sort out his pension forms.
Kwame belongs to a choir and a walking group and is away most Saturdays. Last month he
told Abena he did not want to babysit on a Friday because he had plans, and she simply
booked a sitter. Abena sometimes finds her father's advice on parenting too much and says
so; they disagree, laugh, and move on. When Kwame was ill over the winter, Abena felt
anxious and said so to Lucy and to him, and she still went to work. Both describe the
arrangement as something they chose after Abena's mother died, and they review it each
year. Kwame says that living close to his grandchildren is the life he wanted, and that
he would manage if they moved.
""")

# %% nbgrader={"grade": true, "grade_id": "q2-score", "locked": true, "points": 2, "schema_version": 3, "solution": false} jupyter={"source_hidden": true}
from codependency_course.trainee import check_answered

check_answered("check-1-foundations", "q2")
### BEGIN HIDDEN TESTS
from codependency_course.trainee import grade_item

grade_item(
    "check-1-foundations", "q2", points=2, label="healthy_interdependence",
    dimensions={"reciprocity": "healthy", "boundaries": "healthy", "emotions": "healthy", "authenticity": "healthy"},
    acceptable={"identity": "healthy"},
    rationales={
        "authenticity": "Kwame keeps his choir, his walking group and his own Friday plans; living near the family is the life he chose.",
        "reciprocity": "Care flows both ways: cooking and childcare one way, appointments and forms the other.",
        "boundaries": "Kwame can say no to babysitting and Abena can push back on advice, without rupture.",
        "emotions": "Abena names her worry about her father and keeps functioning.",
        "identity": "Kwame keeps his choir and walking group; each could manage if the arrangement changed.",
    },
    teaching_point="Chosen, mutual and flexible multigenerational closeness is healthy interdependence, not pathology.",
    ideas=["balance_vs_imbalance", "interdependence_growth", "contrast_reciprocity", "contrast_boundaries"],
)
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade": false, "grade_id": "rationale-1-prompt", "locked": true, "schema_version": 3, "solution": false}
# ## Written rationale (hand-graded, 3 points)
#
# In 80-150 words, explain what distinguishes the help in Item 1 from the help in Item 2.
# Refer to at least two of the nine dimensions and to specific evidence in the cases.
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
# - 1 point: names helping vs enabling: Ines's help replaces Rui's skills and overrides his
#   wish to manage; Kwame's family's help is matched by his own contributions and leaves
#   everyone capable.
# - 1 point: names a second dimension with evidence: reciprocity (two-way in Item 2, one-way
#   in Item 1), self-worth (Ines's worth tied to being needed), or boundaries (Kwame can
#   say no; Ines cannot let Rui try).
# - 1 point: avoids pathologising closeness: notes that the amount of contact is not the
#   point, or that the Item 2 family chose and reviews its arrangement.
# ### END SOLUTION
