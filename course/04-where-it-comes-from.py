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
# # 04 · Where it comes from
#
# **Estimated time:** 55 minutes · **Format:** reading, two worked examples, three practice cases
#
# ## Learning objectives
# By the end of this lesson you will be able to:
# 1. **Describe** five early experiences that the literature links with an over-giving
#    pattern in adulthood: a family that ran on the child's caretaking, parentification,
#    emotional neglect, love that had to be earned, and a parent who was ill or addicted.
# 2. **Distinguish** instrumental from emotional parentification, and explain why research
#    outcomes for parentified children are mixed rather than uniformly harmful.
# 3. **Explain** why a family history is a hypothesis to explore, not evidence that settles
#    how a present-day relationship should be classified.
# 4. **Explain** why a partner cannot repair an early wound, and what therapy offers in its
#    place (a safe setting and a corrective relational experience).
# 5. **Classify** cases that include a difficult childhood without letting the history
#    decide the label.
#
# > **Privacy.** Every case in this course is a fictional composite. Never type anything
# > that could identify a real client, in the reason boxes or anywhere else.
# <span class="cc-lesson" hidden></span>

# %% jupyter={"source_hidden": true}
from codependency_course.trainee import Lesson

lesson = Lesson("04-where-it-comes-from")  # practice answers are saved beside this notebook

# %% [markdown]
# ## Why we ask about the past, and why we hold it lightly
#
# Clients who describe a life organised around other people's needs often describe a
# childhood in which the same thing was true. Writers on codependency, from self-help
# authors to therapists in private practice, tend to trace the adult pattern back to the
# family a person grew up in. That story is often useful in the room: it helps a client
# see that a habit which now costs them a great deal once made sense, and it turns
# self-blame into curiosity.
#
# Two cautions run through this whole lesson.
#
# - **Origins are not part of the definition.** When Dear, Roberts and Lange (2004)
#   compared eleven published definitions of codependency, the features the definitions
#   shared were about present behaviour: focusing outward on others, sacrificing oneself,
#   trying to control others, and holding feelings in. Family history appeared in some
#   definitions, but as a presumed cause or correlate, not as a defining feature. In the
#   same spirit, scores on the Spann-Fischer scale were *not* related to whether a
#   person's parents had been chemically dependent (Fischer, Spann & Crawford, 1991).
# - **Origins are not destiny.** Many people with hard childhoods relate to others in a
#   balanced way, and some people who over-give had unremarkable childhoods. A history
#   raises questions; it does not answer them.
#
# So, in practice: classify the relationship in front of you on its present evidence (the
# nine dimensions), and use the history to understand *why* a pattern might have formed
# and *what* might help it change.

# %% [markdown]
# ## Five experiences the literature points to
#
# The table below names the early experiences most often linked with the adult
# over-giving pattern. Read the right-hand column as a plausible lesson a child *might*
# draw, not one every child does draw.
#
# | Early experience | What it can look like | A lesson a child might learn | Dimension it can echo in adulthood |
# | --- | --- | --- | --- |
# | A family organised around one member's needs | Everyone watches a volatile or fragile adult; the household bends to keep them calm | "Keeping others settled is my job." | Security, boundaries |
# | Parentification | The child runs the home, raises siblings, or becomes a parent's confidant | "My needs wait until everyone else's are met." | Reciprocity, emotions |
# | Emotional neglect | Food and shelter were provided, but feelings went unnoticed or were dismissed | "My feelings are not worth mentioning." | Emotions, authenticity |
# | Love that had to be earned | Warmth arrived after achievement, helpfulness or good behaviour, and was withdrawn otherwise | "I am worth something when I am useful." | Self-worth |
# | A parent who was ill, or who drank or used drugs | Unpredictable moods, secrecy, a child who covers for the parent | "If I manage things well enough, nothing bad will happen." | Helping vs enabling, accountability |
#
# Look at the fourth row. A person who learned early that approval had to be earned will
# often look for approval from outside themselves as an adult: from a partner's mood, a
# manager's praise, a friend's gratitude. That reliance on **external validation** is one
# of the threads clinicians follow when they explore self-worth.

# %% [markdown]
# ## Parentification: two kinds, mixed outcomes
#
# *Parentification* describes a child who takes on responsibilities that, in that family
# and culture, would usually belong to an adult. Researchers separate two kinds:
#
# - **Instrumental parentification**: practical work. Cooking, cleaning, paying bills,
#   looking after younger siblings, taking a parent to appointments, translating for a
#   parent who does not speak the local language.
# - **Emotional parentification**: the child meets an adult's emotional needs. Acting as
#   a parent's confidant about marital problems, mediating between warring parents,
#   soothing a depressed or anxious parent, being the person who keeps the family
#   emotionally afloat.
#
# The evidence is more mixed than popular writing suggests.
#
# - A systematic review of 95 studies (Dariotis et al., 2023) found both negative and
#   positive outcomes of parentification. Alongside distress, some studies report
#   competence, empathy and a sense of purpose in adults who carried heavy loads as
#   children.
# - A meta-analysis (Hooper et al., 2011) found that childhood parentification was
#   associated with adult psychopathology, but the association was **small**.
#
# What shapes the outcome? The research is still developing, so hold these as questions
# to ask rather than rules: Was the load fitted to the child's age? Was the child's
# contribution seen and thanked? Did it last a season or a whole childhood? Could the child
# still be a child (play, school, friends)? Was the work emotional as well as practical?
# And what does the family's culture expect of children? Helping a parent with paperwork
# or translation is ordinary family contribution in many immigrant families; it becomes a
# concern when it crowds out the child's own needs, not because a child helped at all.
#
# **Clinically,** this means a history of parentification is a reason to look closely at
# the reciprocity, emotions and self-worth dimensions in a client's present relationships.
# It is not a reason to assume you will find the codependent pole there.

# %% [markdown]
# ### Worked example 1: history and present pattern line up
#
# Read the case, then the worked analysis. Notice that the classification rests on what
# the person does *now*; the history helps explain it but does not decide it.

# %% jupyter={"source_hidden": true}
lesson.worked_example("three-calls-a-day")

# %% [markdown]
# ## Emotional neglect and earned love: the quiet origins
#
# Not every origin story involves crisis. **Emotional neglect** is defined by what did
# *not* happen: nobody asked how the child felt, sadness was met with "don't be silly",
# and the child learned to manage alone. Because nothing dramatic occurred, clients often
# say "my childhood was fine", and the connection only surfaces when you ask about
# feelings rather than events. ("When you were upset as a child, who noticed? What
# happened next?")
#
# **Love that had to be earned** is similar. The child was cared for, but warmth came
# attached to performance: good grades, helpfulness, being "no trouble". As adults, these
# clients can be highly competent at work and at home, yet feel unsettled when they have
# nothing to offer. Being needed brings relief because it proves, for now, that they have
# a place.
#
# Both origins tend to show up in two dimensions:
#
# - **Emotions:** the client struggles to name their own feeling, but can describe the
#   other person's mood in detail.
# - **Self-worth:** the client's sense of value rises and falls with the other person's
#   approval or need.
#
# ## Ill or addicted parents
#
# Children of a parent with a serious illness, mental illness or addiction often grow up
# watchful. They learn to read the parent's state from the sound of a key in the door,
# to cover for missed events, and to keep the family's difficulties private. The word
# *codependency* itself grew out of work with families of people who drank (Lesson 05
# covers this history). Two adult echoes are common:
#
# - **Helping vs enabling:** rescuing someone from the consequences of their own choices
#   can feel like love, because as a child it kept the household going.
# - **Accountability:** a family rule of "we don't talk about it" can become an adult habit
#   of explaining problems away.
#
# Again, not destiny: many children of ill or addicted parents become adults who give and
# receive freely. Ask; don't assume.

# %% [markdown]
# ### Practice
# Classify the case, mark the evidence on each dimension, then press **Check answer**.
# The family history in this case is real, but ask what the *present* relationship shows.

# %% jupyter={"source_hidden": true}
lesson.practice("big-sister-email-writer")

# %% [markdown]
# ## A relationship cannot repair an early wound
#
# Many clients hope, without quite saying it, that the right relationship will finally
# give them what was missing: that if they are helpful enough, loyal enough, needed
# enough, they will at last feel secure and worth loving. This hope is understandable,
# and it rarely works. A partner, friend or adult child can offer real love and support,
# but they cannot go back and supply what a child needed decades ago. When the
# relationship is asked to do that job:
#
# - the giver keeps raising the stakes, because no amount of being needed feels like
#   enough;
# - the other person is handed a role (the one who needs) that can keep them from
#   growing;
# - the old family pattern is replayed with new people, and the client concludes once more
#   that love depends on usefulness.
#
# The repair happens in the person, over time, and usually with help. That is not the
# same as saying relationships do not matter: healthy relationships are where the repair
# is *practised*. But they cannot stand in for it.
#
# ## What therapy offers: a safe place and a different experience of relating
#
# Therapy can provide what the client's early relationships could not:
#
# - **A safe setting.** Predictable time, confidentiality, and a clinician who is not
#   frightened or overwhelmed by the client's feelings.
# - **A corrective relational experience.** Over many sessions, the client meets someone
#   who notices their needs without being asked, does not need to be looked after in
#   return, stays steady when the client is angry or disappointed, and repairs
#   misunderstandings openly. A client who has only known care that had to be earned can
#   learn, in the relationship itself, that it need not be.
# - **Either format.** Individual therapy lets the client explore their history and
#   rehearse new behaviour; couples or family therapy lets both people renegotiate their
#   roles together (Lesson 06 covers both, including when couples work is unsafe).
#
# One implication for you as the clinician: the corrective experience depends on *your*
# not needing the client to take care of you, or to get better in order for you to feel
# competent. Lesson 06 returns to the clinician's own over-functioning.

# %% [markdown]
# ### Worked example 2: a history of rescuing, a different present
#
# This case describes someone who used to cover for a relative and, with help, changed
# how she cares for him. Watch how the analysis weighs her past against what she does now.

# %% jupyter={"source_hidden": true}
lesson.worked_example("sunday-lunch")

# %% [markdown]
# ## Taking a history without blame
#
# A family history is easy to take badly. A few habits keep it respectful and useful:
#
# - **Ask permission and explain why.** "Sometimes the way we learned to care for people
#   growing up shapes how we do it now. Would it be all right to ask about that?"
# - **Ask about feelings, not just events.** "Who looked after you when you were ill or
#   sad?" reaches emotional neglect that "Was there abuse?" misses.
# - **Ask about contribution and recognition.** "What were you responsible for as a child?
#   Did anyone notice?" separates fair family contribution from a load that crowded out
#   childhood.
# - **Honour culture.** Ask what was expected of children in the client's family and
#   community, and whether the client felt the arrangement was fair by those standards.
# - **Avoid villains.** Parents who leaned on a child were often overwhelmed by illness,
#   poverty, migration or their own history. Understanding does not require blaming, and
#   clients are more open when they do not have to defend their families.
# - **Keep strengths in view.** Empathy, reliability and competence often grew out of the
#   same history. The aim is to keep those and loosen the parts that hurt.
#
# ### Practice
# Two more cases, each with a glimpse of family history. Classify what the *present*
# relationship shows; a difficult childhood can sit behind any of the three labels.

# %% jupyter={"source_hidden": true}
lesson.practice("never-needed-anyone")

# %% jupyter={"source_hidden": true}
lesson.practice("since-she-was-nineteen")

# %% [markdown]
# ## Summary
# - Writers commonly trace an adult over-giving pattern to early experiences: a family
#   organised around one member's needs, parentification, emotional neglect, love that
#   had to be earned, and an ill or addicted parent.
# - These are presumed causes or correlates, not part of the definition (Dear, Roberts &
#   Lange, 2004), and they are not destiny: outcomes of parentification are mixed
#   (Dariotis et al., 2023) and its link with adult psychopathology is small (Hooper et
#   al., 2011).
# - Instrumental parentification is practical work; emotional parentification is meeting
#   an adult's emotional needs. Fairness, recognition, duration and culture all matter.
# - Classify the present relationship on its own evidence; use the history to understand
#   and to plan.
# - No partner can repair an early wound. Therapy offers a safe setting and a corrective
#   relational experience, individually or with a partner, and that depends on the
#   clinician not needing the client.
#
# ## Retrieval practice
# Answer from memory before opening each answer.
#
# 1. What is the difference between instrumental and emotional parentification? Give one
#    example of each.
#    <details><summary>Answer</summary>Instrumental parentification is practical work a
#    child does in place of an adult, such as cooking, paying bills or raising siblings.
#    Emotional parentification is meeting an adult's emotional needs, such as being a
#    parent's confidant about marital problems or mediating between parents.</details>
# 2. A client had a mother with severe depression and spent her teens looking after her.
#    Does this history make "codependent pattern" the likely label for her marriage?
#    <details><summary>Answer</summary>No. The history is a reason to look carefully at
#    reciprocity, emotions and self-worth in the marriage, but the label rests on present
#    evidence. Parentification outcomes are mixed (Dariotis et al., 2023) and the link to
#    adult difficulties is small (Hooper et al., 2011).</details>
# 3. According to Dear, Roberts and Lange (2004), where does family of origin sit in
#    published definitions of codependency?
#    <details><summary>Answer</summary>As a presumed cause or correlate, not a defining
#    feature. The shared core of the definitions was external focus, self-sacrifice,
#    controlling others and suppressing emotion.</details>
# 4. Why can't a devoted partner heal a client's early wound?
#    <details><summary>Answer</summary>The partner cannot supply what the child needed in the
#    past. Asking the relationship to do so tends to raise the stakes of being needed, casts
#    the other person as the one who needs, and replays the old family pattern. The repair
#    happens in the person, usually with help; relationships are where it is practised.</details>
# 5. Name two things that make therapy a corrective relational experience.
#    <details><summary>Answer</summary>Any two of: a safe, predictable setting; a clinician
#    who notices the client's needs without being asked; a clinician who does not need to be
#    looked after in return; steadiness when the client is angry or disappointed; open
#    repair of misunderstandings.</details>
# 6. Which question is more likely to uncover emotional neglect: "Was there abuse in your
#    family?" or "When you were upset as a child, who noticed?" Why?
#    <details><summary>Answer</summary>The second. Emotional neglect is defined by what did
#    not happen, so questions about events miss it; questions about feelings and who
#    responded to them reach it.</details>
#
# ## References
# - Dariotis, J. K., et al. (2023). Systematic review of 95 studies of parentification and
#   its outcomes.
# - Dear, G. E., Roberts, C. M., & Lange, L. (2004). Defining codependency: a thematic
#   analysis of published definitions.
# - Fischer, J. L., Spann, L., & Crawford, D. (1991). Measuring codependency. *Alcoholism
#   Treatment Quarterly*, 8(1).
# - Hooper, L. M., et al. (2011). Meta-analysis of childhood parentification and adult
#   psychopathology.
# - Martin, S. (2019). Psych Central blog post contrasting dependency and codependency.
# - The Holding Space. Dependence vs. codependence (therapy practice blog post).
