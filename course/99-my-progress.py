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
# # 99 · My progress
#
# **Estimated time:** 5 minutes
#
# This page reads the practice answers saved beside the lessons in this folder and shows
# how often your latest attempt at each case was right, by classification and by dimension.
# Nothing here is sent anywhere or graded. Re-run it after each lesson.
#
# Use it to choose what to revisit: a dimension below about 70% is worth another look at
# its section in lesson 02 and a few more cases in lesson 07.

# %%
from codependency_course import progress

mine = progress.collect(".")
mine

# %% [markdown]
# ## Mastery charts
# Each bar is labelled with its share and count, so the chart can be read without colour.

# %%
if mine.attempts.empty:
    print("No practice answers yet, so there is nothing to chart.")
else:
    progress.plot(mine)

# %% [markdown]
# ## Case by case
# Your latest score on each case you practised, lowest first.

# %%
mine.attempts.sort_values("score")[["lesson", "case", "label", "attempts", "score"]]
