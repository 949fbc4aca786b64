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
# # 05 · What it is not
#
# **Estimated time:** 85 minutes · **Format:** reading, one worked example, a case to revisit, nine practice cases
#
# ## Learning objectives
# By the end of this lesson you will be able to:
# 1. **Explain** why safety assessment comes before any relational formulation, why a
#    person being abused or coerced must never be called codependent, and **name** at
#    least two validated screening tools for intimate partner violence.
# 2. **Distinguish** dependent-personality features (seeking care) from the over-giving
#    pattern (giving care or controlling).
# 3. **Distinguish** caregiver strain under real demands, culturally normal family
#    closeness, and the distress of relatives affected by a family member's addiction from
#    codependency, and **identify** dysfunctional detachment as a problem in its own right.
# 4. **Summarise** the history and evidence status of codependency (its origins, its
#    absence from DSM and ICD, and the main critiques) and **explain** what that means for
#    how you use the word.
# 5. **Classify** cases in which another concern comes first, and name that concern.
#
# > **Privacy.** Every case in this course is a fictional composite. Never type anything
# > that could identify a real client, in the reason boxes or anywhere else.
# <span class="cc-lesson" hidden></span>

# %% jupyter={"source_hidden": true}
from codependency_course.trainee import Lesson

lesson = Lesson("05-what-it-is-not")  # practice answers are saved beside this notebook

# %% [markdown]
# ## Why this lesson matters
#
# "Codependent" is a word clients bring from self-help books and social media, and a word
# clinicians sometimes reach for when a relationship looks lopsided. Many lopsided
# relationships, though, are lopsided for a reason that needs a different response:
# someone is being hurt, someone is ill, someone needs care that anyone would struggle to
# give, or a family is living by values that are simply not the clinician's. Using the
# wrong word in those cases can do real harm.
#
# This lesson works through those alternatives in the order a clinician should consider
# them, and then looks at what the research does and does not support about codependency
# itself.
#
# ### An order of questions
#
# Before you think about reciprocity or enabling, run through these in order:
#
# 1. **Is anyone unsafe?** Abuse, coercion, threats, control of money or movement. If
#    so, safety comes first: *Another concern comes first: safety*.
# 2. **Is the main problem one person's pervasive need to be looked after?** That points
#    to *dependent-personality features*, not to the giver's pattern.
# 3. **Are the demands real and heavy?** A carer exhausted by genuine need is under
#    *caregiver strain*.
# 4. **Is someone refusing all reliance on others?** That is *dysfunctional detachment*.
# 5. **Is this closeness chosen, mutual and flexible within the family's own values?**
#    Then it may well be *healthy interdependence*, however unfamiliar it looks to you.
# 6. Only then: **does the care run one way, with the giver's worth resting on being
#    needed?** That is the *codependent pattern*.
#
# A relative's distress about a family member's drinking or drug use also deserves its
# own look (section 6) before you reach for a pattern label.

# %% [markdown]
# ## 1 · Abuse and coercion: safety first, and no blame by label
#
# A person who is being abused often looks, on the surface, like the codependent pole of
# several dimensions. They placate, they avoid conflict, they put the other person's moods
# first, they doubt their own judgement, they defend the partner to outsiders. The
# difference is that their fear is **realistic**. Accommodating someone who controls your
# money, monitors your phone or threatens you is a survival strategy, not a relational
# style.
#
# Frank and Golden (1992) named the harm of mislabelling in their paper "Blaming by
# naming": calling a victim of partner violence codependent implies that they share
# responsibility for the abuse, and shifts attention from the behaviour of the person
# causing harm to the person receiving it. The course therefore follows one firm rule:
#
# > **Abuse or coercion is never "codependency".** When a case shows abuse, the label is
# > *Another concern comes first: safety*, whatever else the case also shows.
#
# > **And for the evidence:** Where abuse or coercion comes first, the course marks no
# > dimension with its codependent pole: fear of the other person, placating, keeping
# > quiet and giving way are realistic responses to danger, not a relational pattern, and
# > calling them codependent would blame the person being harmed.
#
# What to do first:
#
# - **Ask privately.** Never screen with the partner, an adult child or another family
#   member in the room, and never use a relative as interpreter for these questions.
# - **Use a validated screen.** The US Preventive Services Task Force (2018) recommends
#   screening women of reproductive age for intimate partner violence. Brief tools
#   include HARK, HITS (and its extended form E-HITS), PVS and WAST.
# - **Look beyond hitting.** Control of money, isolation from friends and family,
#   monitoring, threats (including threats to reveal someone's sexuality, immigration
#   status or health information), and sexual coercion are all abuse.
# - **Look beyond partners.** Adult children can exploit parents; siblings can intimidate
#   siblings; teenagers can be controlled by dating partners.
# - **Plan for safety** with the person, respect their choices and pace, and connect them
#   with specialist services.
#
# A note on boundaries work: advice to "set a firm boundary" or "confront" a controlling
# partner can raise the danger. Safety planning comes before any such step (Lesson 06).

# %% [markdown]
# ### Worked example: the case that looks like over-giving

# %% jupyter={"source_hidden": true}
lesson.worked_example("nadia-and-karim")

# %% [markdown]
# ### Practice: safety
# Classify the case. If you choose *Another concern comes first*, the feedback will tell
# you which concern the case shows.

# %% jupyter={"source_hidden": true}
lesson.practice("the-most-devoted-husband")

# %% jupyter={"source_hidden": true}
lesson.practice("allowance-and-receipts")

# %% [markdown]
# ## 2 · Dependent personality features: seeking care, not giving it
#
# Dependent personality disorder (DPD) in DSM-5 describes a **pervasive need to be taken
# care of**, leading to submissive, clinging behaviour and fear of separation. It begins
# by early adulthood, shows up across many settings, and requires at least five of eight
# criteria, among them:
#
# - needing a great deal of advice and reassurance for everyday decisions;
# - needing others to take responsibility for major areas of life;
# - difficulty disagreeing, for fear of losing support (a realistic fear of retribution
#   does **not** count, which is another reason to screen for abuse first);
# - difficulty starting projects or doing things alone;
# - going to great lengths to obtain care and support;
# - feeling helpless or uncomfortable when alone;
# - urgently seeking a new relationship when one ends;
# - unrealistic fear of being left to care for oneself.
#
# DPD is uncommon: estimates put it under 1% of the population.
#
# The key contrast for this course:
#
# | | Dependent-personality features | Codependent pattern |
# | --- | --- | --- |
# | What the person needs | To **be looked after** | To **be needed** (to look after, fix, rescue or control) |
# | Typical role | The one receiving care | The one giving care |
# | How long | Pervasive since early adulthood, across relationships | Often tied to particular relationships |
# | What the clinician assesses first | Personality features, decision-making, fear of being alone | The giver's reciprocity, self-worth, boundaries |
#
# In a pair, the person who leans on everyone may show dependent features while the
# person who carries them may or may not show an over-giving pattern. Assess each person
# on their own evidence. A relative who supports a dependent family member in ways that
# build independence is helping, not enabling.

# %% jupyter={"source_hidden": true}
lesson.practice("never-alone-in-a-house")

# %% [markdown]
# ## 3 · Caregiver strain under real demands
#
# A daughter who spends four hours a day caring for a father with advanced dementia may be
# exhausted, resentful, tearful and cut off from friends. None of that requires a
# personality explanation: **the demands are real**. The Zarit Burden Interview measures
# this load, including role strain (the demands of the role itself) and personal strain
# (its effect on the carer's own life and health).
#
# Signs that you are looking at caregiver strain rather than an over-giving pattern:
#
# - the need for care is objective (diagnosis, functional limits, a care plan);
# - the carer would welcome help and uses it when offered;
# - the carer's self-worth does not depend on being the only one who can help;
# - the strain eases when respite, services or other relatives step in.
#
# The first step is practical: **measure the load, arrange respite and support**, and
# look after the carer's own health. Calling an overloaded carer codependent turns a
# resourcing problem into a character problem, which is exactly the critique the nursing
# literature makes of the construct (section 8).

# %% jupyter={"source_hidden": true}
lesson.practice("nobody-else-can-settle-her")

# %% [markdown]
# ## 4 · Dysfunctional detachment: independence at any cost
#
# It is easy to treat the opposite of codependency as health. It is not. Bornstein and
# colleagues (2002) distinguish three styles in their Relationship Profile Test:
#
# - **destructive overdependence**, which is linked with more symptoms;
# - **dysfunctional detachment**: refusing to rely on anyone, even when help is needed
#   and available;
# - **healthy dependency**: asking for and accepting help flexibly, when the situation
#   calls for it, which is linked with fewer symptoms.
#
# A client who will not tell anyone they are ill, insists on moving house alone with a
# broken wrist, or leaves relationships as soon as a partner offers support may look
# admirably self-sufficient. The problem to explore first is the avoidance of reliance
# itself. The goal is not dependence for its own sake but **flexibility**: leaning when it
# makes sense, standing alone when it makes sense.

# %% jupyter={"source_hidden": true}
lesson.practice("allergic-to-codependency")

# %% [markdown]
# ## 5 · Culturally normal family closeness
#
# Many families, across many cultures, live far more closely than the individualist
# norms built into much of Western psychology. Adult children live with parents,
# grandparents raise grandchildren, decisions are made together, and caring for elders is
# a duty and an honour. Schwartz and colleagues (2010) found that values such as
# **familism**, **filial piety** and **communalism** relate to well-being as well as, in
# some circumstances, to distress; filial piety that runs both ways (reciprocal filial
# piety) is associated with good outcomes across cultures.
#
# Three questions help you judge closeness on its own terms rather than yours:
#
# - **Chosen?** Does the person experience the arrangement as theirs, or as something
#   they cannot question?
# - **Mutual?** Does care flow in several directions over time, even if unevenly at a
#   given moment?
# - **Flexible?** Can people adjust roles when circumstances change (a new job, an
#   illness, a move) without the arrangement collapsing or someone being punished?
#
# Closeness that is chosen, mutual and flexible is not codependency, however much it
# differs from the clinician's own family. Ask what is normal in the client's family and
# community, and listen for whether the client is distressed by the arrangement or by
# outsiders' judgement of it.

# %% jupyter={"source_hidden": true}
lesson.practice("three-generations-one-roof")

# %% [markdown]
# ## 6 · Families affected by a relative's addiction
#
# The codependency idea began with the families of people who drank, and relatives of
# people who drink, use drugs or gamble are still often told that they are "part of the
# problem". The **stress-strain-coping-support model** (Orford et al., 2010) offers a
# different starting point. It treats relatives as ordinary people facing a highly
# stressful situation:
#
# - **Stress:** living with someone's addiction brings worry, conflict, money problems,
#   uncertainty and sometimes danger.
# - **Strain:** the relative's anxiety, low mood and physical symptoms are understandable
#   reactions to that stress.
# - **Coping:** relatives try many ways of coping, none of them obviously right, and most
#   are trying to do their best under pressure.
# - **Support:** good information and social support reduce strain.
#
# Measurement findings fit this reading. Relatives of people in substance-use treatment
# scored higher than the general population on a short codependency scale, most on
# interpersonal control and emotional suppression (Vederhus, Kristensen & Timko, 2019).
# Trying to control a loved one's drinking and holding your own feelings in can be a
# response to the situation rather than a trait that preceded it.
#
# In practice: **check safety** (addiction and violence often co-occur), offer
# information and support for the relative in their own right, and consider
# evidence-based family approaches (Lesson 06 covers CRAFT). A relative can still show an
# over-giving pattern, but the strain of the situation should be your first hypothesis,
# not your last.
#
# ### A case to revisit
# You may have met Elena earlier in the course. Reread her case through the
# stress-strain-coping-support lens before moving on:
#
# - What are the **stressors** in her situation, and what **strain** does she show?
# - Which of her ways of **coping** would you expect from almost anyone in her position?
# - What **support** could she be offered in her own right, whatever her brother does?
# - What, beyond the strain, still points to an over-giving pattern? (Look at her relief
#   once a crisis is fixed, and at the secrecy.)

# %% jupyter={"source_hidden": true}
lesson.case("just-this-once-sister")

# %% [markdown]
# ## 7 · Where the word came from
#
# A short history explains a great deal about the construct's strengths and weaknesses.
#
# - **Al-Anon** family groups, for relatives and friends of people who drink, existed
#   well before the word codependency.
# - In the late 1970s, treatment settings spoke of the **"co-alcoholic"**: the spouse,
#   usually a wife, whose life had become organised around the drinker. The term widened
#   into "co-dependent" as the idea spread to other drugs and then to relationships in
#   general.
# - **Cermak (1986)** proposed diagnostic criteria for codependency as a personality
#   disorder. They were **never adopted**.
# - **Beattie's *Codependent No More* (1986/87)** brought the idea to a mass readership.
# - **Co-Dependents Anonymous (CoDA)**, founded in 1986, offers lists of patterns for
#   self-evaluation. These are a mutual-help tool, not diagnostic criteria.
#
# **Codependency appears in no edition of the DSM or the ICD.** It is not a diagnosis, it
# has no agreed criteria, and it should not be recorded or billed as one.

# %% [markdown]
# ## 8 · The critiques, and what survives them
#
# Researchers and clinicians have raised serious objections:
#
# - **No agreed definition.** Definitions vary so widely, and are so broad, that almost
#   anyone can be made to fit some of them. The common core that does exist (external
#   focus, self-sacrifice, controlling others, suppressing emotion; Dear, Roberts & Lange,
#   2004) describes behaviours, not a disorder.
# - **Gendered.** The construct grew up around wives of men who drank, and it can turn
#   caring work that women are expected to do into a pathology (Babcock & McKay, 1995).
#   Measurement findings are more modest than the stereotype: on the Holyoake index, women
#   scored higher than men only on external focus (Dear & Roberts, 2002).
# - **Pathologises caring.** Writers in nursing have pointed out that the qualities the
#   label criticises, attentiveness to others and putting their needs first, are the
#   qualities that make caring work possible.
# - **A better model is available for relatives.** The stress-and-coping account explains
#   relatives' distress at least as well as a disordered-personality account, without
#   blaming them.
#
# What survives? A **descriptive pattern** that many clients recognise and find useful:
# care running mostly one way, the giver's worth resting on being needed, their own
# feelings and interests fading, and help that keeps the other person stuck. Research on
# healthy dependence (Feeney, 2007; Bornstein et al., 2002) also shows why the contrast
# matters: flexible reliance on others is good for people. So this course uses
# *codependent pattern* as a description of a relationship at a point in time, never as a
# diagnosis and never as a noun for a person.
#
# ### Practice: mixed
# The remaining cases mix the concerns from this lesson with a healthy near-miss. Work
# through the order of questions above for each one.

# %% jupyter={"source_hidden": true}
lesson.practice("brother-after-the-crash")

# %% jupyter={"source_hidden": true}
lesson.practice("respite-tuesdays")

# %% jupyter={"source_hidden": true}
lesson.practice("what-if-i-choose-wrong")

# %% [markdown]
# ## Summary
# - Ask in order: safety; dependent-personality features; caregiver strain under real
#   demands; dysfunctional detachment; culturally normal closeness; and only then the
#   codependent pattern.
# - Abuse or coercion is never codependency. Screen privately with a validated tool (HARK,
#   HITS, E-HITS, PVS, WAST), plan for safety, and remember Frank and Golden's (1992)
#   warning about blaming by naming.
# - Dependent-personality features are about seeking care; the codependent pattern is
#   about giving care or controlling.
# - Real demands call for measurement (Zarit) and respite, not a label; closeness that is
#   chosen, mutual and flexible is healthy; relatives of people with addictions are first
#   of all people under stress (Orford et al., 2010).
# - Refusing all help (dysfunctional detachment) is not health either; flexible
#   help-seeking is (Bornstein et al., 2002).
# - Codependency is a contested construct: it grew from "co-alcoholic", Cermak's proposed
#   criteria were never adopted, it is in neither DSM nor ICD, and it has been criticised
#   as vague, gendered and pathologising of care. Use it, if at all, as a description of a
#   pattern.
#
# ## Retrieval practice
# Answer from memory before opening each answer.
#
# 1. A client placates her husband, doubts her own judgement and defends him to her
#    sister. She also says he checks her phone every night and has taken her car keys.
#    What comes first, and why not "codependent pattern"?
#    <details><summary>Answer</summary>Safety. Monitoring and restricting movement are
#    coercive control; her accommodation is a realistic response to it. Assess safety
#    privately with a validated screen and plan for safety. Calling her codependent would
#    imply she shares responsibility for the abuse (Frank & Golden, 1992).</details>
# 2. In one sentence, how do dependent-personality features differ from the codependent
#    pattern?
#    <details><summary>Answer</summary>Dependent-personality features centre on a pervasive
#    need to be taken care of; the codependent pattern centres on a need to be needed, to
#    give care or control.</details>
# 3. What three questions help you judge whether family closeness is healthy in its own
#    cultural terms?
#    <details><summary>Answer</summary>Is it chosen? Is it mutual? Is it flexible when
#    circumstances change?</details>
# 4. What does the stress-strain-coping-support model say about relatives of people with
#    addictions, and what does it suggest you offer first?
#    <details><summary>Answer</summary>That they are ordinary people under heavy stress
#    whose strain is an understandable reaction, not a sign of disordered personality
#    (Orford et al., 2010). Offer information and support for the relative in their own
#    right, after checking safety.</details>
# 5. Name three critiques of codependency as a construct.
#    <details><summary>Answer</summary>Any three of: no agreed definition, so broad that
#    almost anyone fits; gendered (Babcock & McKay, 1995); pathologises caring; a
#    stress-and-coping model explains relatives' distress as well; never adopted as a
#    diagnosis (not in DSM or ICD).</details>
# 6. Why is dysfunctional detachment not simply the healthy opposite of codependency?
#    <details><summary>Answer</summary>Because refusing all reliance is itself a problem.
#    Bornstein's work treats healthy dependency as flexible, situation-appropriate
#    help-seeking, which relates to fewer symptoms; detachment avoids help even when it is
#    needed.</details>
#
# ## References
# - Babcock, M., & McKay, C. (1995). *Challenging codependency: Feminist critiques.*
# - Beattie, M. (1986/87). *Codependent no more.*
# - Bornstein, R. F., et al. (2002). The Relationship Profile Test. *Assessment.*
# - Cermak, T. L. (1986). Diagnostic criteria for codependency. *Journal of Psychoactive
#   Drugs*, 18(1).
# - Dear, G. E., & Roberts, C. M. (2002). The Holyoake Codependency Index and gender.
#   *Sex Roles*, 46.
# - Dear, G. E., Roberts, C. M., & Lange, L. (2004). Defining codependency: a thematic
#   analysis of published definitions.
# - Feeney, B. C. (2007). The dependency paradox in close relationships. *Journal of
#   Personality and Social Psychology.*
# - Frank, P. B., & Golden, G. K. (1992). Blaming by naming: battered women and the
#   epidemic of codependence. *Social Work*, 37(1).
# - Orford, J., et al. (2010). The stress-strain-coping-support model of addiction and
#   the family.
# - Schwartz, S. J., et al. (2010). Communalism, familism and filial piety.
# - US Preventive Services Task Force (2018). Screening for intimate partner violence.
# - Vederhus, J. K., Kristensen, Ø., & Timko, C. (2019). A short form of the Composite
#   Codependency Scale. *Quality of Life Research*, 28.
# - Zarit Burden Interview.
# - American Psychiatric Association (2013). *DSM-5*: dependent personality disorder.
