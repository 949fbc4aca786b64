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
# # 03 · Roles and the cycle
#
# **Estimated time:** 65 minutes · **Format:** reading, two worked examples, six practice cases across relationship types, retrieval questions
#
# ## Learning objectives
# By the end of this lesson you will be able to:
# 1. **Describe** the two roles an over-giving relationship assigns (giver/caretaker and taker/"benefactor") and explain why the pattern needs both.
# 2. **Distinguish** helping from enabling in a case, and **identify** signs that the giver fears losing their purpose if the other person recovers.
# 3. **Explain** how the pattern harms both people, and describe the steps of the cycle that make it repeat and hard to leave.
# 4. **Classify** cases from partnerships, friendships, families and workplaces, telling the pattern apart from healthy support and from abuse or exploitation, where safety comes first.
#
# > **Privacy.** Every case in this course is a fictional composite. Never type anything that could identify a real client: no names, dates, places, contact details or record numbers, even in the optional "reason" boxes.
# <span class="cc-lesson" hidden></span>

# %% jupyter={"source_hidden": true}
from codependency_course.trainee import Lesson

lesson = Lesson("03-roles-and-the-cycle")  # practice answers are saved beside this notebook

# %% [markdown]
# ## 1. Two roles, one arrangement
#
# Lesson 02 looked at the pattern one dimension at a time. This lesson looks at it as a
# system: a relationship in which two people have settled, usually without ever
# discussing it, into complementary roles.
#
# | role | other names you will meet | what it looks like |
# | --- | --- | --- |
# | **giver** | caretaker; in self-help writing, "the codependent" | Organises life around the other's needs; feels relief and worth when meeting them; finds receiving awkward; may be very capable. |
# | **taker** | "the benefactor" (The Holding Space); "the infirm one" (Martin, 2019) | Receives most of the care; may be genuinely unwell, struggling or in crisis; gives little back and gets little chance to learn to manage alone or to give. |
#
# Some notes on these words:
#
# - **They name roles, not people.** In the room, say "you've been in the giving role for
#   a long time", not "you're the codependent". The same person can be a giver in one
#   relationship and an equal partner in another.
# - **"Benefactor" is a confusing word**, because in everyday English a benefactor is the
#   one who *gives*. The Holding Space uses it for the person who benefits from the care.
#   This course says **taker** (or "the person receiving care") to avoid the muddle.
# - **Both roles are accepted.** The arrangement lasts because each person, at some level,
#   goes along with it: the giver by continuing to provide, the taker by continuing to
#   receive. Accepting a role is not the same as being to blame for it, and it says
#   nothing about who is responsible for harm.
# - **A taker is not an abuser.** The taker is usually someone in difficulty: drinking,
#   ill, grieving, anxious or out of work. When the receiving person controls, threatens,
#   exploits or hurts the giver, the roles frame no longer applies. That is abuse or
#   exploitation, the classification is "another concern comes first", and safety is
#   assessed before anything else (Frank & Golden, 1992).

# %% [markdown]
# ## 2. The need to be needed
#
# The engine of the pattern sits on the giving side. Martin (2019) describes givers whose
# sense of worth is built on helping, fixing and rescuing: being relied on is how they
# know they matter. Three consequences follow.
#
# - **Receiving feels wrong.** Offers of help are turned down, and returns are waved away
#   ("It's nothing, I like doing it"). That keeps the exchange one-way.
# - **Competence is no protection.** Many people in the giving role are organised,
#   dependable, respected at work. Being capable is part of how they stay needed.
# - **The other's recovery is a threat.** If the taker gets better (sober, employed,
#   well, confident), the giver may lose the role that holds up their sense of worth.
#   This is rarely conscious. It shows as unease, flatness or a sudden need to point out
#   the risks when the other person starts to manage.
#
# Research definitions of codependency share this core: attention focused outward on
# others, self-sacrifice, attempts to control the other person, and suppressed emotion
# (Dear, Roberts & Lange, 2004). Control here usually looks like care: advice nobody asked
# for, reminders, nagging, managing the other's diary or medication.
#
# ### Worked example 1: the roles in a marriage
# Read the case, then the analysis. Identify who is in each role, what each person gets
# from the arrangement, and what keeps it going.

# %% jupyter={"source_hidden": true}
lesson.worked_example("sick-call-cover")

# %% [markdown]
# **What to take from it.** Daria is not causing her husband's drinking, and she is not
# disordered; she is a person under sustained strain who has found a way to keep the
# family afloat. The stress-strain-coping-support model (Orford et al., 2010) describes
# relatives like her as ordinary people coping with a heavy load, and support for her
# comes first. What the roles lens adds is a way to see that her coping (covering,
# cleaning up, denying) removes the consequences that might prompt change, and that her
# worth has come to rest on it. For relatives of someone who drinks, CRAFT helps them
# stay warm while stepping back from rescuing; in one trial it engaged 64% of loved ones
# in treatment, compared with 30% for a confrontational "intervention" and 13% for
# Al-Anon facilitation (Miller, Meyers & Tonigan, 1999).

# %% [markdown]
# ## 3. Helping or enabling?
#
# From the outside, helping and enabling can look identical: both involve doing things
# for someone. The difference is in the **effect** and, often, the **motive**.
#
# | | helping | enabling |
# | --- | --- | --- |
# | aim | the other person managing without help | the problem being managed for them |
# | over time | the other becomes more capable and confident | the other becomes less capable, more reliant |
# | consequences | allowed to land, with support | absorbed, paid for or hidden by the helper |
# | other support | welcomed (professionals, friends, groups) | discouraged ("they won't understand you like I do") |
# | when the other improves | relief, and the helper steps back | unease, flatness, fault-finding |
#
# Fear drives much enabling. If the other person recovers, the giver may fear losing
# not only a role but the relationship itself, and that fear can show up as persistent
# nagging, unwanted advice and doing more rather than less (Martin, 2019).
#
# **Questions to ask the giver:** "What does she do for herself now that she did not do
# a year ago?" · "What have the professionals suggested, and how has that gone?" · "How
# did you feel the first time he managed without you?"
#
# ### Practice: helping or enabling?
# Classify the case and mark the evidence. Pay attention to the moment the other person
# starts to cope without the giver.

# %% jupyter={"source_hidden": true}
lesson.practice("the-one-you-call")

# %% [markdown]
# ## 4. Harms to both people
#
# The arrangement can look as if it suits the taker. It does not serve either person.
#
# **For the person in the giving role:**
# - self-worth that depends on being needed, and collapses when they are not;
# - loss of touch with their own needs, feelings, interests and, over time, identity;
# - exhaustion, resentment and burnout, often unspoken; neglected health;
# - strained relationships with other family and friends, and effects on work.
#
# **For the person in the taking role:**
# - fewer chances to learn to manage alone, and a growing doubt that they could;
# - no practice in two-way relating: they seldom have to give, listen or repair;
# - problems left untreated, because the consequences that might prompt change are
#   absorbed by someone else;
# - where the taker already behaves in manipulative or hurtful ways, an arrangement that
#   always accommodates can reinforce that behaviour. (If it reaches abuse or coercion,
#   it is a safety matter, not a relational pattern.)
#
# **For others around them:** children, partners, siblings and colleagues often carry
# extra load or feel shut out.
#
# ### Practice: harms at work and at home
# Two very different settings. In each, list (in your head or in the reason box) one
# cost to the giver and one to the taker before you classify.

# %% jupyter={"source_hidden": true}
lesson.practice("midnight-code-fixer")

# %% jupyter={"source_hidden": true}
lesson.practice("chemistry-test-mother")

# %% [markdown]
# ## 5. Why the pattern repeats, and why it is hard to leave
#
# The Holding Space calls the pattern **cyclical**, and Martin (2019) notes that people
# tend to replay it until its roots are addressed. One common loop:
#
# 1. **A need or crisis** appears (a debt, a bad night, a missed deadline).
# 2. **The giver steps in** and fixes it, often at real cost to themselves.
# 3. **Relief** follows for both: the crisis is over, and the giver feels needed and
#    worthwhile.
# 4. **Nothing changes** for the taker, because the consequences were absorbed; promises
#    ("this is the last time") stand in for change.
# 5. **Cost builds** for the giver: exhaustion, resentment, secrecy.
# 6. **Guilt or fear** at the thought of stopping ("what if something happens?") makes
#    refusal feel impossible, and the next crisis starts the loop again.
#
# Several things make the loop hard to step out of:
#
# - **The relief is real.** Each rescue brings short-term calm, which rewards the next one.
# - **The roles are familiar.** Many people in the giving role learned it early, for
#   example as children who looked after an ill or struggling parent before they were old
#   enough to. Lesson 04 looks at these roots, and at why a family history is a
#   hypothesis, not a diagnosis.
# - **The status quo suits both roles** in the short term: the giver keeps a purpose,
#   the taker keeps their needs met. Change threatens both.
# - **Relationships cannot heal an old wound on their own.** People tend to replay a
#   familiar arrangement with new partners, friends or colleagues until the underlying
#   belief ("I am only worth something when I am needed") is worked on directly.
# - **Leaving, or changing the terms, feels like abandonment** to the giver and can feel
#   like rejection to the taker.
#
# What helps, in outline: a safe, non-blaming therapeutic setting; naming the loop
# together; noticing the relief and what it protects against; practising small refusals
# and small acts of receiving; and, for families affected by addiction, approaches such
# as CRAFT. The therapeutic relationship itself can be a **corrective experience**: a
# place where the client is valued without having to be useful.
#
# ### Worked example 2: "just this once"
# Follow the loop through the case: find each of the six steps.

# %% jupyter={"source_hidden": true}
lesson.worked_example("just-this-once-sister")

# %% [markdown]
# **What to take from it.** Naming the repetition, and the relief Elena feels once the
# crisis is fixed, lets her see the loop without being blamed for it. Her brother's
# gambling is his to address; what she can change is her part in the loop.

# %% [markdown]
# ## 6. It can happen in any relationship
#
# The pattern is often discussed between romantic partners, but both source articles
# stress that it can appear with a spouse, a parent, an adult child, a sibling, another
# relative, a friend, or a colleague or manager. You have now seen it in a marriage,
# between siblings, between friends, at work and between parent and child.
#
# The same cautions travel with it into every setting:
#
# - **Healthy support can look similar.** Close, generous, even intensive help is not the
#   pattern when it builds the other's capability, has limits and leaves the helper's own
#   life intact.
# - **Culture shapes what closeness looks like.** In a communal family, hosting,
#   feeding and caring for many relatives is a shared strength. Look for whether the
#   giving is mutual and flexible, not for how much of it there is.
# - **Exploitation can hide behind "enabling".** A parent handing money to an adult child,
#   or a sibling keeping the peace with a drinking brother, may be protecting themselves
#   from threats, coercion or financial abuse. Safety and safeguarding come first.
#
# ### Practice: mixed relationship types
# Three cases: an extended family, a pair of siblings and a parent with an adult son.
# One shows the pattern, one shows healthy support that grew out of an old pattern, and
# one needs a different response altogether. Work out which is which.

# %% jupyter={"source_hidden": true}
lesson.practice("host-who-cannot-sit")

# %% jupyter={"source_hidden": true}
lesson.practice("sunday-lunch")

# %% jupyter={"source_hidden": true}
lesson.practice("a-father-helps-his-son")

# %% [markdown]
# ## Summary
# - An over-giving relationship assigns two roles: the **giver** (caretaker) and the
#   **taker** (the person receiving care, called the "benefactor" by The Holding Space).
#   Both roles are accepted, but they describe positions, not kinds of people, and
#   accepting a role is not blame.
# - The engine is the giver's **need to be needed**: worth built on helping, fixing and
#   rescuing. Highly capable people can be in this role.
# - **Helping** builds the other person's capability; **enabling** keeps them reliant,
#   sometimes because the giver fears losing purpose, or the relationship, if the other
#   recovers.
# - The pattern **harms both people**: the giver loses self, health and worth; the taker
#   loses the chance to grow and to relate two ways.
# - It runs in a **cycle** (crisis, rescue, relief, no change, building cost, fear of
#   stopping), which is why it repeats and is hard to leave; therapy can offer a safe,
#   corrective experience.
# - It can occur in **any relationship**, but abuse, coercion and exploitation are never
#   "codependency": safety comes first.
#
# ## Retrieval practice
# Answer from memory before opening each answer.
#
# 1. Name the two roles and describe each in one sentence.
#    <details><summary>Answer</summary>The giver or caretaker organises life around the other person's needs and feels relief and worth when meeting them. The taker (the "benefactor" in The Holding Space's term) receives most of the care, is often struggling or unwell, and gives little back.</details>
#
# 2. Give three signs that "help" has become enabling.
#    <details><summary>Answer</summary>Any three of: the other person is becoming less capable or more reliant over time; the helper does things the other could do; consequences are absorbed, paid for or hidden; other sources of support (professionals, groups, friends) are discouraged; the helper feels uneasy, flat or finds fault when the other improves; unwanted advice and nagging.</details>
#
# 3. Why might someone in the giving role, without realising it, work against the other person's recovery?
#    <details><summary>Answer</summary>Because their sense of worth and purpose rests on being needed; if the other person recovers, they may fear losing their role, their purpose or the relationship itself (Martin, 2019).</details>
#
# 4. Describe the cycle in four or more steps, and name two reasons it is hard to leave.
#    <details><summary>Answer</summary>Crisis or need → the giver rescues → relief for both → nothing changes for the taker (consequences absorbed, promises instead of change) → costs build for the giver → guilt or fear about stopping → next crisis. Hard to leave because: each rescue brings real short-term relief; the roles are familiar, often learned early; the status quo meets both people's immediate needs; a relationship cannot heal an old wound on its own; changing the terms feels like abandonment or rejection.</details>
#
# 5. A father hands his pension to an adult son in debt and begs the nurse not to record anything because his son might stop bringing the grandchildren. Why is "codependent pattern" the wrong first formulation?
#    <details><summary>Answer</summary>The picture suggests financial exploitation and coercion of an older adult. Safety assessment and safeguarding come first; calling the father codependent would imply he shares responsibility for being exploited (Frank & Golden, 1992).</details>
#
# 6. How does the pattern harm the person in the taking role?
#    <details><summary>Answer</summary>They get fewer chances to learn to manage alone and may come to doubt they could; they get no practice in two-way relating; problems stay untreated because consequences are absorbed; and any manipulative behaviour can be reinforced by constant accommodation.</details>
#
# ## References
# - Dear, G. E., Roberts, C. M., & Lange, L. (2004). [Thematic analysis of eleven published definitions of codependency.]
# - Frank, P. B., & Golden, G. K. (1992). Blaming by naming: battered women and the epidemic of codependence. *Social Work, 37*(1).
# - Martin, S. (2019). [Psych Central blog post contrasting dependency and codependency.]
# - Miller, W. R., Meyers, R. J., & Tonigan, J. S. (1999). Engaging the unmotivated in treatment for alcohol problems: a comparison of three strategies for intervention through family members. *Journal of Consulting and Clinical Psychology.*
# - Orford, J., et al. (2010). [The stress-strain-coping-support model of addiction and the family.]
# - The Holding Space. [Dependence vs. codependence; practice blog post.]
