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
# # Course evaluation
#
# **Please complete this with your post-test; it carries no points.** Continuing-education
# credit needs both: your certificate of completion is issued once you have passed the
# post-test *and* submitted this evaluation.
#
# For each learning objective, say whether the course helped you meet it. Then rate the
# course as a whole, tell us whether the time estimates were right, whether you intend to
# change anything in your practice, whether you noticed bias or commercial influence, and
# whether anything got in your way (screen reader, keyboard, reading, time). Comments are
# optional. Press **Save evaluation** at the end (you can save part-way and come back), then
# submit this assignment from the Assignments tab.
#
# Your answers are saved in `course-evaluation.answers.json` beside this notebook. The course
# provider reads them together, to improve the course; the outcomes report shows totals and
# comments, never your score beside them.
#
# > **Privacy.** Never type anything that could identify a client, a colleague or yourself
# > beyond what you choose to share: the form warns you before saving anything that looks
# > like a phone number, email, date or record number.

# %% nbgrader={"grade": false, "grade_id": "form", "locked": true, "schema_version": 3, "solution": false}
from codependency_course.trainee import EvaluationForm

EvaluationForm("course-evaluation")
