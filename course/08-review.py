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
# # 08 · Your review set
#
# **Estimated time:** 30 minutes · **Format:** six practice cases chosen from your own answers; come back as often as you like
#
# ## Learning objectives
# By the end of this review you will be able to:
# 1. **Classify** cases that show the dimensions and labels your practice answers found hardest.
# 2. **Retrieve** what you learned from a case you missed earlier, after a gap, without looking back at the lesson.
# 3. **Tell** apart cases of different labels presented one after another.
#
# > **Privacy.** Every case in this course is a fictional composite. Never type anything
# > that could identify a real client, in the reason boxes or anywhere else.
# <span class="cc-lesson" hidden></span>

# %% [markdown]
# ## How the set is chosen
#
# Every practice answer you saved in lessons 00-07 (and earlier review sets) stays in the
# `*.answers.json` files beside these notebooks. When you run this notebook it reads them and
# builds a set of six cases for you:
#
# - **Weakest first.** Cases that show the dimensions and labels you have most often missed,
#   over-called or given the wrong pole.
# - **Missed cases come back, after a gap.** A case you got wrong returns once you have
#   answered at least five other cases or a day has passed. Remembering after a gap is
#   harder than straight away, and that effort is what makes learning last (spaced
#   retrieval).
# - **Never straight back to a case you just got right.**
# - **Mixed labels.** The cases alternate between labels where possible, so you practise
#   telling them apart rather than applying one idea six times.
#
# Run the notebook again after working through the set (Run ▸ Run All Cells): the next set
# uses your new answers. With the same answers, the set is the same.

# %% jupyter={"source_hidden": true}
from codependency_course.trainee import Review

review = Review("08-review")  # reads the answers files beside this notebook
review.plan

# %% [markdown]
# ## The cases
#
# Classify each case, mark the evidence, and press **Check answer** for explained feedback.

# %% jupyter={"source_hidden": true}
review.practice(1)

# %% jupyter={"source_hidden": true}
review.practice(2)

# %% jupyter={"source_hidden": true}
review.practice(3)

# %% jupyter={"source_hidden": true}
review.practice(4)

# %% jupyter={"source_hidden": true}
review.practice(5)

# %% jupyter={"source_hidden": true}
review.practice(6)

# %% [markdown]
# ## Before you go
#
# Open **99 · My progress** to see how your mastery by dimension has moved, or run this
# notebook again for a new set.
