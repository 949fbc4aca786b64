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
# Each bar is labelled with its share and count, so the charts read without colour. A
# classification or dimension below 70% comes with the lesson section worth revisiting,
# and the table lists every case you practised, weakest first.
# <span class="cc-lesson" hidden></span>

# %% jupyter={"source_hidden": true}
from codependency_course.trainee import my_progress

my_progress(".")
