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
# # 06 · In the consulting room
#
# **Estimated time:** 65 minutes · **Format:** reading, one worked example, a case to discuss, four practice cases
#
# ## Learning objectives
# By the end of this lesson you will be able to:
# 1. **Describe** what the Spann-Fischer Codependency Scale, the Holyoake Codependency
#    Index, the Composite Codependency Scale and Bornstein's Relationship Profile Test each
#    assess, and **explain** why none of their scores amounts to a diagnosis.
# 2. **Rephrase** labelling language about a client into descriptive, collaborative
#    language about a pattern.
# 3. **Outline** the steps of boundaries work and of couples work on an over-giving
#    pattern, including when each is unsafe.
# 4. **Summarise** the evidence for CRAFT (Miller, Meyers & Tonigan, 1999) and **appraise**
#    Al-Anon and CoDA as referral options for a particular client.
# 5. **Identify** signs of your own over-functioning with a client.
#
# > **Privacy.** Every case in this course is a fictional composite. Never type anything
# > that could identify a real client, in the reason boxes or anywhere else.
# <span class="cc-lesson" hidden></span>

# %% jupyter={"source_hidden": true}
from codependency_course.trainee import Lesson

lesson = Lesson("06-in-the-consulting-room")  # practice answers are saved beside this notebook

# %% [markdown]
# ## 1 · What the measures assess
#
# Several self-report measures exist. This course describes their **structure only**: the
# items are the authors' work, several are copyrighted, and reading items out of context
# invites the very over-labelling this course warns against. If you want to use a measure,
# obtain it from its published source and read its manual and norms.
#
# | Measure | What it covers | Worth knowing |
# | --- | --- | --- |
# | **Spann-Fischer Codependency Scale** (Fischer, Spann & Crawford, 1991) | 16 items rated on a 6-point scale. Defines codependency by an extreme focus outside oneself, little open expression of feeling, and a sense of purpose drawn from relationships | Scores related to CoDA membership, lower self-esteem, depression and anxiety, but **not** to having a chemically dependent parent |
# | **Holyoake Codependency Index** (Dear & Roberts) | Subscales for external focus and self-sacrifice, and a third usually described as reactivity | Women scored higher than men **only** on external focus (Dear & Roberts, 2002), a more modest gender difference than the stereotype suggests |
# | **Composite Codependency Scale** (Marks, Blore, Hine & Dear, 2012) | Interpersonal control, self-sacrifice and emotional suppression | A short 9-item form exists; relatives of people in substance-use treatment scored above the general population, most on control and emotional suppression (Vederhus, Kristensen & Timko, 2019) |
# | **Relationship Profile Test** (Bornstein et al., 2002) | Three styles: destructive overdependence, dysfunctional detachment, healthy dependency | The only one of the four that measures **healthy** dependence: flexible, situation-appropriate help-seeking, which relates to fewer symptoms, while destructive overdependence relates to more |
#
# Across published definitions, the shared core is external focus, self-sacrifice,
# controlling others and suppressing emotion (Dear, Roberts & Lange, 2004). The first
# three measures cover parts of that core; Bornstein's adds what the others lack, a
# picture of what good reliance on others looks like.
#
# **Using a measure well:**
#
# - **A score is not a diagnosis.** There is no diagnosis to make: codependency is in
#   neither DSM nor ICD, and no cut-off on these scales identifies a disorder.
# - **Screen for safety first.** A person living with coercion will score high on external
#   focus and emotional suppression for reasons that have nothing to do with their
#   personality.
# - **Read scores in context.** Relatives under heavy stress score higher (Vederhus et
#   al., 2019); a high score may describe the situation as much as the person.
# - **Use it as a conversation starter and a way to track change.** "You rated yourself
#   high on putting others first. What does that look like in a typical week?" is more
#   useful than the number.
# - **Measure the healthy side too.** Asking only about problems teaches clients that
#   relying on anyone is suspect.

# %% [markdown]
# ## 2 · Talking about the pattern without labelling the person
#
# Clients arrive with their own language. Some say "I'm so codependent" after reading a
# book or a post; others are hurt or angry when a relative uses the word about them. In
# either case the clinician's job is to move from a label to a shared description of what
# happens, what it does for the client, and what it costs.
#
# | Instead of | Try |
# | --- | --- |
# | "You're codependent." | "When he has a bad day, it sounds like your own plans disappear. Is that how it feels to you?" |
# | "You're enabling her." | "When you pay the overdue bills, what happens next time? What would happen if you didn't?" |
# | "You need to stop rescuing people." | "Helping matters to you. I'm curious which kinds of help leave you both better off, and which leave you drained." |
# | "Your mother made you this way." | "Where did you first learn that looking after others was your job?" |
# | "That relationship is toxic." | "What do you get from this relationship, and what does it cost you?" |
#
# Principles behind the right-hand column:
#
# - **Describe behaviour and its function,** not character.
# - **Use the client's words.** If a client calls themselves codependent, ask what the word
#   means to them; you do not have to adopt it or argue with it.
# - **Honour the strength in the pattern.** Attentiveness, loyalty and reliability are
#   real virtues. The aim is to widen choice, not to make the client care less.
# - **Look at both people.** The person receiving the care also pays a price if they never
#   learn to give back or manage alone.
# - **Let the client set the goal.** Some want to change the relationship, some want to
#   leave it, some want to stay and feel less consumed by it.

# %% [markdown]
# ### Worked example
# Read the case and its analysis. Andrés bristles when his sister raises the problem at a
# family lunch. Using the table above, how might a clinician open the same subject with
# him without a label, so that he can stay in the conversation?

# %% jupyter={"source_hidden": true}
lesson.worked_example("adaptive-tools-brother")

# %% [markdown]
# ## 3 · Boundaries work
#
# Boundaries work helps a client notice, state and keep a limit, and tolerate the
# feelings that follow. A typical sequence:
#
# 0. **Check safety first.** With a partner who is controlling or violent, a new limit can
#    increase the danger. Boundaries work is for relationships that are safe enough;
#    otherwise safety planning comes first.
# 1. **Clarify values.** What does the client want more of in their life? Limits are
#    easier to keep when they protect something the client cares about.
# 2. **Start small.** One specific, low-stakes limit ("I won't answer work messages after
#    nine") rather than a rule for the whole relationship.
# 3. **Limit, not control.** A boundary describes what *I* will do ("I'll leave the party if
#    you start drinking"), not what the other person must do. This distinction matters for
#    clients whose over-giving includes managing others.
# 4. **Rehearse.** Role-play the words and the likely replies in session.
# 5. **Predict the guilt.** Guilt, anxiety and the urge to apologise usually arrive after
#    a limit is kept. Naming that in advance helps the client see the feeling as a sign of
#    change, not as proof they did something wrong.
# 6. **Review.** What happened? What did the client feel? What would they keep or change?
#
# This maps directly onto the boundaries dimension: the healthy pole is being able to say
# no or disagree without being swamped by guilt.

# %% [markdown]
# ### Practice
# As you work through this case, ask yourself which intervention from this lesson would
# fit, and what would have to be true first.

# %% jupyter={"source_hidden": true}
lesson.practice("overdraft-father")

# %% [markdown]
# ## 4 · Couples work
#
# When both people want to work on the relationship, couples therapy lets them
# renegotiate their roles together: the over-giver practises asking and receiving, and the
# partner practises offering and managing alone. Useful focuses include:
#
# - **Mapping the cycle** together, without blame: what each person does, and what each
#   fears would happen if they stopped.
# - **Rebalancing reciprocity** in concrete ways: who plans, who comforts, who remembers.
# - **Making room for the quieter person's feelings,** since one partner's emotions often
#   fill the room.
# - **Supporting the partner's growth,** which the old arrangement may have held back.
#
# **When couples work is unsafe:** screen each partner individually before joint
# sessions. Where there is violence, coercive control or intimidation, conjoint work can
# put the person being harmed at risk; individual work and safety planning come first.
#
# ### Practice
# This case comes from couples therapy. Classify it, then think about what each partner
# might work on.

# %% jupyter={"source_hidden": true}
lesson.practice("cv-rewriting-husband")

# %% [markdown]
# ## 5 · When a loved one drinks or uses drugs: CRAFT and mutual help
#
# **CRAFT** (Community Reinforcement and Family Training) works with the concerned
# relative rather than the person using substances. It teaches the relative to notice
# and reward periods of sobriety, to step back and let natural consequences of use land,
# to communicate in ways less likely to provoke conflict, to look after their own
# well-being and safety, and to invite the loved one into treatment at a well-chosen
# moment.
#
# In a randomised trial, **64%** of relatives trained in CRAFT succeeded in engaging their
# loved one in treatment, compared with **30%** after a Johnson-style confrontational
# intervention and **13%** after Al-Anon facilitation (Miller, Meyers & Tonigan, 1999).
#
# Appraise the numbers before you quote them:
#
# - The outcome was **engaging the loved one in treatment**. Al-Anon does not aim at that;
#   it aims at the relative's own peace of mind. A low engagement rate is not evidence that
#   Al-Anon fails at its own goal.
# - One trial in one setting is a strong start, not the last word. Ask whether later
#   studies and local services match the client's situation.
# - CRAFT treats relatives as capable agents who can change what happens at home, which
#   fits the stress-and-coping view of families (Lesson 05) better than a model that sees
#   them as part of the disease.
#
# **Mutual-help groups** can be valuable alongside or instead of therapy:
#
# - **Al-Anon** (for families and friends of people who drink) predates the codependency
#   concept, is free and widely available, and offers peer support from people who have
#   lived with the same stress.
# - **CoDA** (Co-Dependents Anonymous, founded 1986) offers peer support for people who
#   recognise the over-giving pattern in themselves; its lists of patterns are for
#   self-reflection, not diagnosis.
#
# Offer them with the client, not at them:
#
# - Both groups follow a twelve-step, spiritual framework; some clients find it a good fit,
#   others do not.
# - Groups differ from meeting to meeting. Suggest trying more than one.
# - Identity language ("I am a codependent") helps some people and sits badly with others;
#   the client decides what fits.
# - Peer support does not replace safety planning, treatment for depression or anxiety, or
#   practical help for a carer.
# - This course's reference list includes no controlled trial of CoDA; present it as peer
#   support and judge fit with the client.
#
# ### A case to discuss
# You may have met Daria earlier in the course. Reread her case with this section in mind:
#
# - Which CRAFT elements might fit her situation, and which would come first?
# - Before any of them, what would you check (think about the daughter, and about Daria's
#   own safety)?
# - How would you raise Al-Anon with her, and what would you say about what it can and
#   cannot do?

# %% jupyter={"source_hidden": true}
lesson.case("sick-call-cover")

# %% [markdown]
# ## 6 · The clinician's own over-functioning
#
# Helping professions attract people who are good at noticing others' needs, and some of
# us learned that skill in the ways Lesson 04 described. That is an asset until it starts
# to run the work. Signs of over-functioning with a client:
#
# - You are working harder than the client between sessions (researching, phoning,
#   worrying) and they are not.
# - You find it hard to end sessions on time, or to end therapy at all.
# - You feel indispensable, or uneasy when the client makes progress without you.
# - You give advice the client did not ask for, or make decisions for them.
# - You feel resentful, depleted or quietly hurt when the client does not appreciate your
#   effort.
#
# This matters beyond your own well-being. The corrective relational experience described
# in Lesson 04 depends on a clinician who does **not** need the client to get better,
# depend on them or take care of their feelings. Over-functioning recreates in the room
# the very pattern the client came to change.
#
# What helps: regular supervision or consultation; noticing your own reactions (what does
# this client pull you to do?); agreeing tasks the client owns between sessions; and your
# own limits on hours and contact. Caring deeply about clients is not the problem; it is
# the job. The question, as with every case in this course, is whether the help builds the
# other person's capacity or keeps them leaning on you.
#
# ### Practice
# Two more cases, both about nurses who look after junior colleagues. For each, classify
# it, then name what separates helping a colleague grow from keeping them reliant.

# %% jupyter={"source_hidden": true}
lesson.practice("just-another-nurse")

# %% jupyter={"source_hidden": true}
lesson.practice("preceptor-and-protocol")

# %% [markdown]
# ## Summary
# - The main measures (Spann-Fischer, Holyoake, Composite Codependency Scale) assess
#   external focus, self-sacrifice, control and emotional suppression; Bornstein's
#   Relationship Profile Test adds healthy dependency and dysfunctional detachment. None
#   yields a diagnosis; read scores in context and after a safety screen.
# - Talk about a pattern, not a person: describe behaviour and its function, use the
#   client's words, honour the strength in caring, and let the client set the goal.
# - Boundaries work starts with safety, then small, rehearsed limits on one's own
#   behaviour, with guilt predicted in advance. Couples work needs individual screening
#   first.
# - CRAFT engaged 64% of loved ones in treatment, against 30% and 13% for the comparison
#   approaches (Miller, Meyers & Tonigan, 1999). Al-Anon and CoDA offer peer support; offer
#   them with critical appraisal and attention to fit.
# - Watch your own over-functioning: the corrective experience depends on a clinician who
#   does not need the client.
#
# ## Retrieval practice
# Answer from memory before opening each answer.
#
# 1. Which of the four measures in this lesson includes a healthy form of dependence, and
#    what does that form look like?
#    <details><summary>Answer</summary>Bornstein's Relationship Profile Test. Healthy
#    dependency is flexible, situation-appropriate help-seeking; it relates to fewer
#    symptoms, while destructive overdependence relates to more.</details>
# 2. A client scores high on a codependency scale. Give two reasons not to treat the score
#    as a diagnosis.
#    <details><summary>Answer</summary>Any two of: codependency is not in DSM or ICD and no
#    cut-off identifies a disorder; the score may reflect coercion, so safety must be
#    screened first; relatives under heavy stress score higher, so it may describe the
#    situation; it is most useful as a conversation starter and change measure.</details>
# 3. Rephrase "You're enabling him" as a descriptive, collaborative question.
#    <details><summary>Answer</summary>For example: "When you cover his rent, what happens
#    the next month? What do you imagine would happen if you didn't?" Any version that
#    describes the behaviour and its effect, and invites the client's view, is right.</details>
# 4. What were the engagement rates in Miller, Meyers and Tonigan (1999), and what is one
#    caution in interpreting them?
#    <details><summary>Answer</summary>CRAFT 64%, Johnson intervention 30%, Al-Anon
#    facilitation 13%. Cautions include: the outcome was the loved one entering treatment,
#    which is not Al-Anon's aim; it is one trial, so check fit with later evidence and the
#    client's situation.</details>
# 5. What must you check before starting boundaries work or couples sessions?
#    <details><summary>Answer</summary>Safety. With a controlling or violent partner, new
#    limits or joint sessions can increase the danger; screen individually and plan for
#    safety first.</details>
# 6. Name three signs that you are over-functioning with a client.
#    <details><summary>Answer</summary>Any three of: working harder than the client between
#    sessions; trouble ending sessions or therapy; feeling indispensable or uneasy at the
#    client's independent progress; giving unrequested advice or making decisions for them;
#    resentment or depletion when effort is not appreciated.</details>
#
# ## References
# - Bornstein, R. F., et al. (2002). The Relationship Profile Test. *Assessment.*
# - Dear, G. E., & Roberts, C. M. (2002). The Holyoake Codependency Index and gender.
#   *Sex Roles*, 46.
# - Dear, G. E., Roberts, C. M., & Lange, L. (2004). Defining codependency: a thematic
#   analysis of published definitions.
# - Fischer, J. L., Spann, L., & Crawford, D. (1991). Measuring codependency. *Alcoholism
#   Treatment Quarterly*, 8(1).
# - Marks, A. D. G., Blore, R. L., Hine, D. W., & Dear, G. E. (2012). The Composite
#   Codependency Scale.
# - Miller, W. R., Meyers, R. J., & Tonigan, J. S. (1999). Engaging the unmotivated in
#   treatment for alcohol problems: a comparison of three strategies for intervention
#   through family members. *Journal of Consulting and Clinical Psychology.*
# - Orford, J., et al. (2010). The stress-strain-coping-support model of addiction and
#   the family.
# - Vederhus, J. K., Kristensen, Ø., & Timko, C. (2019). A short form of the Composite
#   Codependency Scale. *Quality of Life Research*, 28.
# - The Holding Space. Dependence vs. codependence (therapy practice blog post).
