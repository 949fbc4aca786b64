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
# # 02 · The nine dimensions
#
# **Estimated time:** 90 minutes (a natural break falls after dimension 5) · **Format:** reading, three worked examples, eleven practice cases grouped by dimension, retrieval questions
#
# ## Learning objectives
# By the end of this lesson you will be able to:
# 1. **Describe**, in your own words, what the healthy and the codependent pole of each of the nine dimensions looks like in a client's life.
# 2. **State** the question a clinician asks for each dimension, and **identify** the details in a case that answer it.
# 3. **Classify** the pole a case shows on a named dimension, and mark a dimension "not shown" when the case gives no evidence for it.
# 4. **Explain** why one dimension at the codependent pole does not settle a case, and name the dimensions (security, boundaries, emotions) where fear of real harm must be ruled out first.
#
# > **Privacy.** Every case in this course is a fictional composite. Never type anything that could identify a real client: no names, dates, places, contact details or record numbers, even in the optional "reason" boxes.
# <span class="cc-lesson" hidden></span>

# %% jupyter={"source_hidden": true}
from codependency_course.trainee import Lesson

lesson = Lesson("02-the-nine-dimensions")  # practice answers are saved beside this notebook


# %% [markdown]
# ## The nine dimensions at a glance
#
# Lesson 01 defined the codependent pattern as a marked, lasting imbalance driven by the
# giver's need to be needed. That definition is too broad to use on its own in an
# assessment. This lesson breaks it into nine contrasts, adapted from the comparison
# table that closes Martin (2019). Each dimension has a **healthy pole** and a
# **codependent pole**, and each comes with one question you can hold in mind while a
# client talks.
#
# The table below is printed from the course's taxonomy, so it always matches the
# wording used in the exercises and the feedback.

# %% jupyter={"source_hidden": true}
lesson.dimension_card()

# %% [markdown]
# ### How to use the dimensions
#
# - **They are lenses, not a checklist.** A case rarely shows all nine. Most vignettes in
#   this course give clear evidence on three or four dimensions. Mark the others
#   **"Not shown"**; guessing a pole without evidence is an error, not caution.
# - **The label comes from the whole pattern.** One dimension at the codependent pole,
#   briefly, in an otherwise mutual relationship, does not make a codependent pattern.
#   You will see this in the helping section.
# - **Some poles have other explanations.** Fear, silence and giving in can be the
#   sensible responses of someone who is being threatened or controlled. When the case
#   gives any hint of that, the classification is "another concern comes first", and
#   safety is assessed before anything else.
#
# - **Look at both people.** Most of the dimensions are described from the giver's side,
#   but the receiver's behaviour (do they give back? are they helped to grow?) is often
#   where the evidence is.
#
# This lesson is **blocked**: each section teaches one dimension and the cases that
# follow it are chosen because they show that dimension clearly. Research on learning
# categories suggests that newcomers do best meeting each category in a block first, and
# mixing them later (Hatala et al., 2003; Monteiro et al., 2017). Later lessons mix them.
# While a section focuses on one dimension, still mark every dimension the case shows:
# the feedback scores them all.

# %% [markdown]
# ## 1. Reciprocity

# %% jupyter={"source_hidden": true}
lesson.dimension_card("reciprocity")

# %% [markdown]
# **The healthy pole in practice.** Both people can name things the other does for them.
# The exchange need not be like for like: one may handle the paperwork while the other
# offers comfort, one may drive while the other cooks. In any one season the flow can be
# lopsided (an illness, a new baby, a job loss), but over the relationship's history it
# comes out roughly even.
#
# **The codependent pole in practice.** One person is the provider in almost every area,
# and when asked what they receive, they struggle to answer or say they do not want
# anything. Resentment and exhaustion often build quietly, because asking for a return
# feels selfish to them.
#
# **Clinical tips.** Ask about time, not just the present: "Think back over the last few
# years. When did they last look after you?" Count more than money and chores:
# companionship, humour and gratitude are real returns, especially when one person is ill
# or disabled. Avoid keeping a ledger; you are looking for a direction of flow.
#
# ### Worked example: different currencies, an even exchange

# %% jupyter={"source_hidden": true}
lesson.worked_example("hearing-aids-and-pensions")

# %% [markdown]
# ### Practice: reciprocity
# Classify the case, mark the evidence on every dimension it shows, then press
# **Check answer**. Start with reciprocity: who gives, who receives, and would the giver
# be able to stop?

# %% jupyter={"source_hidden": true}
lesson.practice("pension-envelope-gran")

# %% [markdown]
# ## 2. Helping vs enabling

# %% jupyter={"source_hidden": true}
lesson.dimension_card("helping")

# %% [markdown]
# **The healthy pole in practice.** Help is aimed at the other person managing without
# it. It teaches rather than takes over, it is often time-limited, and the helper steps
# back as the other person's skill or health returns. A helper may even refuse a request
# because doing it would keep the other person stuck.
#
# **The codependent pole in practice.** The "help" does things the other person could do,
# covers for them, pays for or hides the consequences of their choices, or discourages
# other sources of support. Unwanted advice and nagging belong here too. The effect over
# time is a less capable, more reliant person, and sometimes a helper who is uneasy when
# the other gets better.
#
# **Clinical tips.** Ask what the help does to the other person's capability over months:
# "What can he do now that he couldn't a year ago?" Ask what professionals have
# recommended and whether the helper follows it. In families affected by addiction,
# shielding a relative from consequences is common and understandable; it reflects a
# person under heavy stress, not a flawed character (Orford et al., 2010). Approaches
# such as CRAFT teach relatives to stay warm while letting natural consequences land, and
# they engage far more loved ones in treatment than confrontation does (Miller, Meyers &
# Tonigan, 1999).
#
# ### Worked example: help that works against recovery

# %% jupyter={"source_hidden": true}
lesson.worked_example("quicker-if-i-do-it")

# %% [markdown]
# ### Practice: helping vs enabling
# This case shows over-helping too. Look carefully at what happens *after* the
# over-helping, and at the other dimensions, before you choose a classification.

# %% jupyter={"source_hidden": true}
lesson.practice("the-car-keys")

# %% [markdown]
# **Take-away.** A brief slide to the codependent pole, noticed and corrected, does not
# make a codependent pattern: judge helping by the help that lasts. Noticing overreach,
# owning it and handing control back is itself evidence of health on other dimensions.

# %% [markdown]
# ## 3. Identity

# %% jupyter={"source_hidden": true}
lesson.dimension_card("identity")

# %% [markdown]
# **The healthy pole in practice.** Each person has a self that is recognisably their
# own: their own friends, opinions, moods and plans. Both "I" and "we" appear when they
# talk. They can be disappointed in each other's choices and still respect them.
#
# **The codependent pole in practice.** One person's mood rises and falls with the
# other's; they speak for the other, or in a "we" that has swallowed the "I" ("we have an
# exam", "our pain"). Asked what they want, they answer with what the other wants. This
# merging is what writers call **enmeshment**.
#
# **Clinical tips.** Listen to pronouns, and ask "And what do *you* think?" after the
# client tells you what the other person thinks. Take care with culture: in many families
# decisions are made together and "we" is the ordinary way to speak. A family-centred
# self is not enmeshment. The test is whether the person can hold a different view, or
# have a different day, without it becoming a crisis.
#
# ### Worked example: close, and still separate

# %% jupyter={"source_hidden": true}
lesson.worked_example("parking-and-spreadsheets")

# %% [markdown]
# ### Practice: identity
# Notice whose feelings and whose week the client describes.

# %% jupyter={"source_hidden": true}
lesson.practice("big-sister-email-writer")

# %% [markdown]
# *From here on the worked examples fade: each remaining section goes straight to
# practice. Use the feedback as your worked example.*
#
# ## 4. Authenticity

# %% jupyter={"source_hidden": true}
lesson.dimension_card("authenticity")

# %% [markdown]
# **The healthy pole in practice.** People keep their interests, goals and values while
# in the relationship, and the relationship makes room for them, sometimes at a cost to
# time together. Putting something on hold for a season *by joint decision* is healthy.
#
# **The codependent pole in practice.** Hobbies, friendships, study or career quietly
# drop away, often without anyone asking. Values bend too: someone who cares about
# honesty finds themselves lying to cover for the other. The person may not notice the
# losses until asked what they used to enjoy.
#
# **Clinical tips.** Ask "What did you do for yourself before this relationship, and what
# happened to it?" Ask who decided that it stopped. Distinguish a real trade-off that
# both discussed from a self that has slowly gone missing.

# %% [markdown]
# ### Practice: authenticity
# Ask whether each person can pursue their own goals, and how they handle the cost.

# %% jupyter={"source_hidden": true}
lesson.practice("the-travelling-job")

# %% [markdown]
# ## 5. Emotions

# %% jupyter={"source_hidden": true}
lesson.dimension_card("emotions")

# %% [markdown]
# **The healthy pole in practice.** Each person can notice, name and express their own
# feelings, including uncomfortable ones about the other ("I'm proud of you and I'm also
# lonely"). They can be with the other's distress without taking it on as their own.
#
# **The codependent pole in practice.** One person's feelings fill the room while the
# other's go unspoken, or even unrecognised. The quieter person tracks the other's moods
# closely, takes them on, and answers "How are you?" with news about the other person.
# Tears may come with apologies.
#
# **Clinical tips.** Ask directly about the client's own feelings and give them time to
# answer; an unhurried, interested listener can be the first place those feelings get
# room. Remember that people also hide their feelings when showing them is dangerous: if
# silence is a way of staying safe, this is not a relational pattern but a safety concern.

# %% [markdown]
# ### Practice: emotions
# Notice what happens when the clinician asks about the client herself.

# %% jupyter={"source_hidden": true}
lesson.practice("ask-me-how-papa-is")

# %% [markdown]
# *This is a good place for a break if you are splitting the lesson into two sittings.*
#
# ## 6. Self-worth

# %% jupyter={"source_hidden": true}
lesson.dimension_card("self_worth")

# %% [markdown]
# **The healthy pole in practice.** The person knows they have value even when the other
# is disappointed, angry or simply does not need them today. They can feel bad about a
# conflict without concluding that they are bad.
#
# **The codependent pole in practice.** Worth is on loan from the other person: it rises
# when the giver is needed, praised or useful, and collapses when they are not. A telling
# sign is feeling empty, flat or lost when the other person *improves*.
#
# **Clinical tips.** Ask "How do you feel about yourself on a day when nobody needs
# anything from you?" Everyone feels low when a loved one is upset with them; look for
# the degree, the persistence, and the reaction to the other's recovery.

# %% [markdown]
# ### Practice: self-worth
# Pay attention to how the client reacts when the other person no longer needs him.

# %% jupyter={"source_hidden": true}
lesson.practice("three-calls-a-day")

# %% [markdown]
# ## 7. Security

# %% jupyter={"source_hidden": true}
lesson.dimension_card("security")

# %% [markdown]
# **The healthy pole in practice.** The relationship feels safe enough that an argument,
# a "no" or time apart does not threaten it. Each person trusts that the other will
# still be there.
#
# **The codependent pole in practice.** Fear of rejection, criticism or being left steers
# behaviour: checking the other's messages for signs of withdrawal, jealousy of other
# sources of support, dread of being replaced.
#
# **Clinical tips: the most important caution in this lesson.** Ask *what* the person
# fears and *whether the fear is realistic*. Dread of someone who threatens, monitors,
# punishes, controls money or threatens self-harm to keep a partner close is not
# insecurity; it is an accurate reading of danger. That case belongs under "another
# concern comes first": assess safety privately, follow safeguarding rules for children
# and adults at risk, and never describe the person being harmed as sharing
# responsibility for it (Frank & Golden, 1992).
#
# > **Safety rule for the evidence.** Where abuse or coercion comes first, the course marks no
# > dimension with its codependent pole: fear of the other person, placating, keeping
# > quiet and giving way are realistic responses to danger, not a relational pattern, and
# > calling them codependent would blame the person being harmed.
#
# ### Practice: security
# Two cases. Both show fear. Ask in each what the person is afraid of, and whether the
# fear is a distortion or an accurate reading of the situation.

# %% jupyter={"source_hidden": true}
lesson.practice("off-rota-carer")

# %% jupyter={"source_hidden": true}
lesson.practice("he-just-cares-more")

# %% [markdown]
# ## 8. Boundaries

# %% jupyter={"source_hidden": true}
lesson.dimension_card("boundaries")

# %% [markdown]
# **The healthy pole in practice.** The person can refuse a request, disagree or set a
# limit and feel at most a passing pang. Limits are often stated kindly, with an
# alternative ("I can't do that, but I can do this").
#
# **The codependent pole in practice.** Saying no feels impossible or cruel; conflict is
# avoided at any price; limits give way under a little pressure. High standards turn into
# perfectionism: nothing is ever enough, so the giving never stops.
#
# **Clinical tips.** Ask "When did you last say no to them, and what happened inside you
# afterwards?" As with security, check that giving in is not the safest option: the
# dependent-personality criteria in DSM-5 explicitly exclude difficulty disagreeing that
# comes from a realistic fear of retribution, and so should you.

# %% [markdown]
# ### Practice: boundaries
# Notice how a limit is set, and what it does to the relationship.

# %% jupyter={"source_hidden": true}
lesson.practice("care-within-the-hours")

# %% [markdown]
# ## 9. Accountability

# %% jupyter={"source_hidden": true}
lesson.dimension_card("accountability")

# %% [markdown]
# **The healthy pole in practice.** People name problems early and own their part
# ("That's on me"), apologise and repair. Honesty about mistakes lets both grow.
#
# **The codependent pole in practice.** Problems are denied, minimised or hidden from
# others ("It's a phase", "It's under control"); questions are met with defensiveness;
# secrets are kept from the people who could help. The pattern stays in place because no
# one looks at it.
#
# **Clinical tips.** Ask who else knows what is going on. Secrecy, especially from a
# partner or a supervisor, is a useful clue. Use "denial" with care: a client who
# disagrees with your formulation is not necessarily in denial, and the word can shut
# down an honest conversation.
#
# ### Practice: accountability
# A contrasting pair. In each, ask whether problems are named and owned, or explained
# away.

# %% jupyter={"source_hidden": true}
lesson.practice("overdraft-father")

# %% jupyter={"source_hidden": true}
lesson.practice("bike-shop-mondays")

# %% [markdown]
# ## Summary
# - Nine dimensions break the codependent pattern into observable contrasts: reciprocity,
#   helping vs enabling, identity, authenticity, emotions, self-worth, security,
#   boundaries and accountability. Each has a healthy and a codependent pole and a
#   question to ask.
# - Mark only what a case shows. Most cases give evidence on a few dimensions; the rest
#   are "not shown".
# - The classification comes from the overall pattern: one dimension at the codependent
#   pole, briefly and then corrected, does not make a codependent pattern.
# - Look at time (does it even out?), at effect (does help build capability?) and at
#   both people.
# - Fear, silence and giving in can be accurate responses to danger. On security,
#   emotions and boundaries in particular, rule out abuse or coercion first; safety
#   comes before any relational formulation.
# - Respect culture: a family-centred "we" and close, chosen family involvement are not
#   enmeshment.
#
# ## Retrieval practice
# Answer from memory before opening each answer.
#
# 1. Name the nine dimensions.
#    <details><summary>Answer</summary>Reciprocity; helping vs enabling; identity; authenticity; emotions; self-worth; security; boundaries; accountability.</details>
#
# 2. What question do you ask for the helping dimension, and what details in a case answer it?
#    <details><summary>Answer</summary>"Does the help make the other person more capable, or keep them stuck?" Look at what the other person can do now compared with before, whether the helper follows professional advice aimed at recovery, whether consequences are shielded or hidden, and whether other sources of support are encouraged or discouraged.</details>
#
# 3. A daughter hides her recovering father's car keys for a few days, then apologises when he objects and hands control back. Which pole does helping show, and what is the overall classification? Why?
#    <details><summary>Answer</summary>The first days show over-help (taking over instead of building recovery), but the help that lasts builds his independence, so helping reads healthy, and the overall picture is healthy interdependence: she owns the overreach (accountability), both can state limits (boundaries) and her worth does not depend on staying indispensable. A brief slide, then corrected, does not make a pattern.</details>
#
# 4. Why must a clinician be especially careful on the security and boundaries dimensions?
#    <details><summary>Answer</summary>Because fear of the other person and inability to say no can be accurate responses to threats, monitoring, control or violence. Then the case is "another concern comes first": assess safety before any relational formulation, and never imply that the person being harmed shares responsibility (Frank & Golden, 1992).</details>
#
# 5. What is a telling sign on the self-worth dimension?
#    <details><summary>Answer</summary>Feeling empty, flat or lost when the other person improves or no longer needs help, rather than relieved; worth that rises and falls with being needed.</details>
#
# 6. A client from a close, multigenerational family says "we" decide things together. How do you judge the identity dimension?
#    <details><summary>Answer</summary>A family-centred "we" is not enmeshment in itself. Ask whether the client can hold a different view, make their own choices and have a different day without it becoming a crisis, and whether the closeness is chosen, mutual and flexible (Schwartz et al., 2010).</details>
#
# ## References
# - American Psychiatric Association. (2013). *Diagnostic and statistical manual of mental disorders* (5th ed.): dependent personality disorder.
# - Frank, P. B., & Golden, G. K. (1992). Blaming by naming: battered women and the epidemic of codependence. *Social Work, 37*(1).
# - Hatala, R. M., Brooks, L. R., & Norman, G. R. (2003). Practice makes perfect: the critical role of mixed practice in the acquisition of ECG interpretation skills. *Advances in Health Sciences Education.*
# - Martin, S. (2019). [Psych Central blog post contrasting dependency and codependency; source of the nine contrasts.]
# - Miller, W. R., Meyers, R. J., & Tonigan, J. S. (1999). Engaging the unmotivated in treatment for alcohol problems: a comparison of three strategies for intervention through family members. *Journal of Consulting and Clinical Psychology.*
# - Monteiro, S., et al. (2017). [Blocked versus interleaved practice for novices learning clinical categories.]
# - Orford, J., et al. (2010). [The stress-strain-coping-support model of addiction and the family.]
# - Schwartz, S. J., et al. (2010). [Familism, filial piety and communalism and their links with well-being and distress.]
