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
# # 00 · Start here
#
# **Estimated time:** 20 minutes · **Format:** orientation and one practice case
#
# Welcome. This course is for therapists, counselors, social workers and nurses who want a
# sharper, fairer way to tell **healthy dependence (interdependence)** from a
# **codependent pattern**, and to notice when **another concern comes first**.
#
# ## Learning objectives
# By the end of this orientation you will be able to:
# 1. **Describe** the three classifications you will use in every exercise.
# 2. **Complete** a practice exercise with the keyboard or the mouse and read its feedback.
# 3. **Explain** where your answers are saved and how graded checks are scored.
# 4. **State** the privacy rule for everything you type in this course.
#
# > **Privacy.** Every case in this course is a fictional composite. Never type anything that
# > could identify a real client: names, dates of birth, phone numbers, email or street
# > addresses, record or account numbers. If a reason you type looks as if it contains one of
# > these, the exercise warns you and saves nothing until you remove it or confirm it is fictional.
# <span class="cc-lesson" hidden></span>

# %% [markdown]
# ## How the course works
#
# | lesson | what it covers |
# | --- | --- |
# | 01 Dependence is human | dependence, independence, interdependence; why mutual reliance is healthy; the dependency paradox; a contested construct |
# | 02 The nine dimensions | the nine contrasts you will look for in every case, one at a time |
# | 03 Roles and the cycle | giving and taking roles, the need to be needed, helping versus enabling, why the pattern repeats |
# | 04 Where it comes from | family of origin, parentification, neglect; mixed outcomes, not destiny |
# | 05 What it is not | abuse and coercion, dependent-personality features, caregiver strain, culture, addiction in the family; critiques |
# | 06 In the consulting room | measures, conversations, boundaries and couples work, CRAFT and mutual help, your own over-functioning |
# | 07 Mixed practice | interleaved cases across everything |
# | 99 My progress | your mastery by label and dimension, from your practice answers |
#
# Each lesson opens with objectives and an estimated time, teaches through worked examples,
# then asks you to practise. Practice gives immediate, explained feedback and you may retry
# as often as you like. Lessons end with retrieval questions: answer from memory first, then
# open the answer. Nothing is timed.
#
# **Codependency is not a diagnosis.** It appears in no edition of the DSM or ICD, its
# definitions vary, and it has been criticised for pathologising care and for being applied
# unevenly to women. The course teaches it as a *pattern* some clients recognise in
# themselves, to be weighed critically, and always after safety.

# %% [markdown]
# ## The three classifications and the nine dimensions
#
# Every exercise asks you to choose one classification and then mark the evidence: for each
# of nine dimensions, whether the case shows the healthy pole, the codependent pole, or
# nothing. Every exercise starts the same way: no classification chosen and every dimension
# on "Not shown"; change only the dimensions the case gives evidence for. The descriptions below come from the course's vocabulary module, the single
# source every exercise and score uses.

# %% jupyter={"source_hidden": true}
from codependency_course.trainee import Lesson

lesson = Lesson("00-start-here")
lesson.vocabulary()

# %% [markdown]
# ## Where your answers go
#
# When you press **Check answer** (practice) or **Save answer** (graded checks), your answer
# is written to a file beside the notebook, named after it, for example
# `00-start-here.answers.json`. It keeps every attempt with its time. Re-running a cell,
# restarting the kernel or reopening the notebook puts your last answer back in the
# controls. Two notebooks or two kernels never overwrite each other's answers. If the file is
# ever damaged, it is set aside (never deleted) and a fresh one is started, with a message
# naming the file.
#
# ## Using the exercise with a keyboard
#
# - **Tab** and **Shift+Tab** move from one group of options to the next, and to the other
#   controls; whatever has the focus shows a thick ring.
# - Inside a group, the **arrow keys** move to and choose an option; they never leave the
#   group or change another one. **Space** chooses the focused option.
# - **Enter** presses the focused button; **Escape** leaves the exercise.
# - Feedback appears below the button in a region that screen readers announce.
# - Outcomes are shown with words and symbols (✓ correct, ✗ missed), never by colour alone.
#
# ## How scoring works
#
# Half of an item's points are for the classification and half for the evidence. Each
# case's evidence was checked by a panel of experienced clinicians, and it comes in two
# tiers:
#
# - **Required:** what the case clearly shows. Leaving one out, or giving it the other
#   pole, costs marks.
# - **Also defensible:** evidence careful clinicians may or may not mark. Marking it with
#   the pole the feedback names, or leaving it out, neither costs nor earns anything.
#
# Marking any other dimension (a dimension the case does not show, or the other pole of a
# defensible one) costs the same as missing a required one, so marking everything earns
# little. Calling a case of abuse or coercion "codependent" earns nothing for that item,
# because in practice that error can harm a client. In such a case the key marks no
# codependent evidence at all: placating, keeping quiet and giving way are realistic
# responses to danger, so leave those dimensions blank. Graded checks are fetched and submitted from the
# **Assignments** tab; written rationales are marked by your instructor, and your feedback
# shows the reasoning for every item.

# %% [markdown]
# ## Try one
#
# Read the case, choose a classification, mark the dimensions you see evidence for, and press
# **Check answer**. Then try changing an answer and checking again.

# %% jupyter={"source_hidden": true}
lesson.practice("grocery-rota")

# %% [markdown]
# ## Summary
# - Three classifications: healthy interdependence, codependent pattern, another concern comes first.
# - Nine dimensions, each with a healthy and a codependent pole; you mark only what the case shows.
# - Answers are saved beside the notebook and restored when you come back.
# - Never type identifiable client information.
#
# ## Retrieval practice
# 1. What are the three classifications?
#    <details><summary>Answer</summary>Healthy interdependence; codependent pattern; another concern comes first.</details>
# 2. Why does marking every dimension earn little credit?
#    <details><summary>Answer</summary>Over-calling a dimension the case does not show costs the same as missing one the case does show.</details>
# 3. What always comes before a relational formulation?
#    <details><summary>Answer</summary>Safety: abuse or coercion must be assessed and addressed first, and a person being harmed is never labelled codependent.</details>
#
# ## References
# - Martin, S. (2019). Psych Central blog post contrasting dependency and codependency.
# - The Holding Space (n.d.). Practice blog post on dependence and codependence.
# - Dear, G. E., Roberts, C. M., & Lange, L. (2004). Defining codependency: a thematic analysis of published definitions.
# - Frank, P. B., & Golden, G. K. (1992). Blaming by naming. *Social Work*, 37(1).
