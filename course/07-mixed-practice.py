# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 07 · Mixed practice
#
# **Estimated time:** 75 minutes · **Format:** thirteen practice cases in mixed order, a short reflection
#
# ## Learning objectives
# By the end of this lesson you will be able to:
# 1. **Classify** cases from all three labels, presented in mixed order, as healthy
#    interdependence, a codependent pattern, or another concern that comes first.
# 2. **Identify** the pole each case shows on the relevant dimensions, across partners,
#    friends, relatives, work and caregiving relationships.
# 3. **Name** the concern that comes first when a case is not a relational pattern at all.
# 4. **Explain** what made a hard near-miss hard, using the feedback on your answers.
#
# > **Privacy.** Every case in this course is a fictional composite. Never type anything
# > that could identify a real client, in the reason boxes or anywhere else.
# <span class="cc-lesson" hidden></span>

# %% jupyter={"source_hidden": true}
from codependency_course.trainee import Lesson

lesson = Lesson("07-mixed-practice")  # practice answers are saved beside this notebook

# %% [markdown]
# ## How this lesson works, and why
#
# Lessons 01-06 introduced the categories one block at a time. That is the right start:
# novices learn categories better when they meet them in blocks first (Monteiro et al.,
# 2017). Once the categories are familiar, **mixing** them helps you learn the features
# that tell them apart. Hatala and colleagues (2003) found that medical students learning
# to read ECGs who practised contrasting categories side by side, after a blocked
# introduction, classified new cases more accurately.
#
# Two other findings shape this lesson:
#
# - **Retrieval beats re-reading.** Classifying a case from memory strengthens learning
#   more than reviewing notes (Larsen, Butler & Roediger, 2009). Try each case before you
#   look anything up.
# - **Feedback matters after multiple choice.** Without feedback, choosing a wrong option
#   can teach you the wrong answer; with it, the error becomes a lesson (Butler &
#   Roediger, 2008). Read the feedback every time, including when you were right.
#
# The cases below are in no particular order. Several are hard near-misses: they look like
# one label and belong to another. Use the same order of questions for each:
#
# 1. Is anyone unsafe? 2. Is the main problem one person's pervasive need to be looked
# after? 3. Are the demands real and heavy? 4. Is someone refusing all reliance?
# 5. Is the closeness chosen, mutual and flexible? 6. Does care run one way, with the
# giver's worth resting on being needed?
#
# Then mark the dimensions the case gives evidence on, rate your confidence honestly, and
# give a one-line reason.

# %% [markdown]
# ### Case 1

# %% jupyter={"source_hidden": true}
lesson.practice("we-dont-like-horror")

# %% [markdown]
# ### Case 2

# %% jupyter={"source_hidden": true}
lesson.practice("the-evening-call")

# %% [markdown]
# ### Case 3

# %% jupyter={"source_hidden": true}
lesson.practice("no-one-would-believe-it")

# %% [markdown]
# ### Case 4

# %% jupyter={"source_hidden": true}
lesson.practice("host-who-cannot-sit")

# %% [markdown]
# ### Case 5

# %% jupyter={"source_hidden": true}
lesson.practice("fourteen-weeks-in-the-spare-room")

# %% [markdown]
# ### Case 6
# Halfway. If you have been sure of every answer and wrong on some, slow down and check
# the safety question first.

# %% jupyter={"source_hidden": true}
lesson.practice("which-sandwich")

# %% [markdown]
# ### Case 7

# %% jupyter={"source_hidden": true}
lesson.practice("feeds-at-two-am")

# %% [markdown]
# ### Case 8

# %% jupyter={"source_hidden": true}
lesson.practice("neighbour-errand-runner")

# %% [markdown]
# ### Case 9

# %% jupyter={"source_hidden": true}
lesson.practice("six-weeks-cover")

# %% [markdown]
# ### Case 10

# %% jupyter={"source_hidden": true}
lesson.practice("carry-it-yourself")

# %% [markdown]
# ### Case 11

# %% jupyter={"source_hidden": true}
lesson.practice("after-the-diagnosis")

# %% [markdown]
# ### Case 12

# %% jupyter={"source_hidden": true}
lesson.practice("still-eleni")

# %% [markdown]
# ### Case 13

# %% jupyter={"source_hidden": true}
lesson.practice("chemistry-test-mother")

# %% [markdown]
# ## Reflection
# Look back over your answers. Which cases did you get wrong, and which did you get right
# while feeling unsure? For each, what single detail in the case should have decided it?
# Mismatches between confidence and accuracy are the most useful thing to notice: high
# confidence with a wrong answer points to a rule of thumb worth revising.
#
# ## Summary
# - Blocked introduction followed by mixed practice helps you learn the features that
#   separate categories (Hatala et al., 2003; Monteiro et al., 2017).
# - Ask the same questions in the same order: safety, dependent features, real demands,
#   detachment, chosen-mutual-flexible closeness, and only then the codependent pattern.
# - Near-misses usually turn on one detail: a realistic fear, a time-limited crisis, care
#   that flows back, help that builds independence, or a family value the person holds as
#   their own.
# - Retrieval with feedback, spaced over time, is how these distinctions become reliable
#   (Larsen, Butler & Roediger, 2009; Butler & Roediger, 2008).
#
# ## Retrieval practice
# Answer from memory before opening each answer.
#
# 1. Why does this course introduce labels in blocks before mixing them?
#    <details><summary>Answer</summary>Novices learn categories better in blocks at first
#    (Monteiro et al., 2017); once they are familiar, interleaving contrasting categories
#    improves accuracy on new cases (Hatala et al., 2003).</details>
# 2. What is the first question to ask of any case, and what follows if the answer is yes?
#    <details><summary>Answer</summary>Is anyone unsafe? If yes, the label is "another
#    concern comes first: safety", whatever else the case shows; assess privately with a
#    validated screen and plan for safety.</details>
# 3. A wife cared for her husband almost single-handedly during a year of cancer
#    treatment. What would you look for before calling it a codependent pattern?
#    <details><summary>Answer</summary>Whether the lopsidedness is tied to the crisis and
#    eases afterwards, whether care flows back over the relationship as a whole, whether
#    both express their feelings, and whether the support builds later independence.
#    Judge the relationship over its whole course.</details>
# 4. What is the difference between dependent-personality features and dysfunctional
#    detachment?
#    <details><summary>Answer</summary>Dependent-personality features are a pervasive need
#    to be looked after; dysfunctional detachment is the refusal to rely on anyone even
#    when help is needed. Healthy dependency sits between them: flexible help-seeking.</details>
# 5. Why read the feedback even when you answered correctly?
#    <details><summary>Answer</summary>A correct answer can rest on a weak reason or a
#    lucky guess; the feedback shows the evidence that should decide the case, and
#    feedback after multiple-choice items prevents wrong options from being learned
#    (Butler & Roediger, 2008).</details>
#
# ## References
# - Butler, A. C., & Roediger, H. L. (2008). Feedback enhances the positive effects and
#   reduces the negative effects of multiple-choice testing. *Memory & Cognition.*
# - Hatala, R. M., Brooks, L. R., & Norman, G. R. (2003). Practice makes perfect: the
#   critical role of mixed practice in the acquisition of ECG interpretation skills.
#   *Advances in Health Sciences Education.*
# - Larsen, D. P., Butler, A. C., & Roediger, H. L. (2009). Repeated testing improves
#   long-term retention relative to repeated study. *Medical Education.*
# - Monteiro, S., et al. (2017). Blocked versus interleaved practice in learning to
#   classify.
# - Martin, S. (2019). Psych Central blog post contrasting dependency and codependency.
# - Bornstein, R. F., et al. (2002). The Relationship Profile Test. *Assessment.*
