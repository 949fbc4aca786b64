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
# # 01 · Dependence is human
#
# **Estimated time:** 60 minutes · **Format:** reading, two worked examples, six practice cases, retrieval questions
#
# ## Learning objectives
# By the end of this lesson you will be able to:
# 1. **Define** dependence, independence, interdependence and the codependent pattern, and tell them apart in a short case.
# 2. **Name** three markers of healthy mutual dependence and use them to explain why relying on someone is not, by itself, a problem.
# 3. **Explain** the dependency paradox (Feeney, 2007), the secure base (Bowlby) and the core claim of interdependence theory.
# 4. **Correct** two common myths: that needing anyone is weakness, and that all caring is codependency.
# 5. **Appraise** codependency as a contested construct rather than a diagnosis, and say what follows for how you use the word with clients.
#
# > **Privacy.** Every case in this course is a fictional composite. Never type anything that could identify a real client: no names, dates, places, contact details or record numbers, even in the optional "reason" boxes.
# <span class="cc-lesson" hidden></span>

# %% jupyter={"source_hidden": true}
from codependency_course.trainee import Lesson

lesson = Lesson("01-dependence-is-human")  # practice answers are saved beside this notebook

# %% [markdown]
# ## 1. Four words that get mixed up
#
# Clients, colleagues and popular books use these words loosely. In this course each one
# has a fixed meaning:
#
# | word | what it means here |
# | --- | --- |
# | **dependence** | Relying on another person for something you need: comfort, practical help, money, company, advice. Every person does this, at every age. |
# | **independence** | Managing on your own. Useful as a *capacity* (you could cope if you had to); costly as a *rule* (you must never need anyone). |
# | **interdependence** | Two people who rely on each other, each in turn or each for different things, so that over time the reliance roughly balances. This is what healthy dependence looks like between adults. |
# | **codependent pattern** | A lopsided arrangement in which one person keeps giving, gets little back, and has come to need being needed: their sense of worth, their plans and often their mood are organised around the other person's needs. |
#
# Two points about language run through the whole course:
#
# - We describe **patterns and roles, not people**. Say "she is in the giving role" or
#   "this relationship shows a codependent pattern". Never call a client "a codependent":
#   the noun turns a way of relating, which can change, into an identity.
# - "Codependent pattern" is one of **three** labels you will use. The other two are
#   *healthy interdependence* and *another concern comes first* (for example abuse or
#   coercion, dependent-personality features, caregiver strain under real demands, or a
#   refusal to rely on anyone at all). Safety always comes before any relational
#   formulation.

# %% [markdown]
# ## 2. Why relying on each other is healthy
#
# People have always survived in groups. We are born helpless, we are raised by others,
# and most of us will be cared for again when we are ill or old. Needing people is not a
# stage we should grow out of; it is part of how adults function well.
#
# What separates healthy reliance from the codependent pattern is not *how much* help
# flows, but *how* it flows. Look for three markers:
#
# 1. **Rough balance over time.** Each person gives and each receives. The balance may be
#    uneven in any one month (an illness, a new baby, a bereavement), and the two people
#    may lean on each other for quite different things, but across the relationship's
#    history neither one is always the giver.
# 2. **Each could cope alone if they had to.** Both people keep the skills and the
#    confidence to look after their own needs. They *choose* to share the load; they are
#    not unable to carry it.
# 3. **Neither is diminished by a "no".** When one person cannot meet the other's need
#    this time, both are disappointed, perhaps, but neither feels worthless, panicked or
#    guilty for days. Their value does not rest on always being the one who provides.
#
# Research on dependency points the same way. Bornstein and colleagues (2002) separate
# *healthy dependency* (asking for help flexibly, when the situation calls for it) from
# two unhealthy extremes: *destructive overdependence* and *dysfunctional detachment*
# (refusing to rely on anyone). Healthy dependency goes with **fewer** symptoms, while
# destructive overdependence goes with more. Total self-sufficiency is not the goal
# either: refusing all help is its own problem.

# %% [markdown]
# ## 3. The dependency paradox, the secure base and interdependence theory
#
# **The secure base (Bowlby).** Attachment theory describes a trusted person as both a
# *safe haven* to return to when frightened and a *secure base* to set out from. Children
# explore more, not less, when they know a caregiver is available. Adults work the same
# way: knowing someone has your back makes risk-taking possible.
#
# **The dependency paradox (Feeney, 2007).** In studies of couples, people whose partners
# readily accepted their dependence when they needed support went on to pursue their own
# goals *more* independently later, not less. Accepting someone's reliance, at the right
# moments, tends to build their autonomy. This is the reverse of the common fear that
# leaning on someone will make you weak.
#
# **Interdependence theory (Thibaut & Kelley, 1959; Rusbult & Van Lange, 2003).** In any
# close relationship, each person's outcomes depend partly on what the other does. The
# theory treats this mutual influence as the ordinary structure of closeness, not as a
# flaw; commitment and trust grow out of it. The clinical question is therefore never
# "is there dependence?" (there always is) but "is it mutual, flexible and good for both
# people?"
#
# ### Worked example 1: healthy reliance through a hard season
# Read the case, then the analysis beneath it. Notice how the analysis weighs the whole
# history of giving, not just the months when one partner needed a lot.

# %% jupyter={"source_hidden": true}
lesson.worked_example("grocery-rota")

# %% [markdown]
# **What to take from it.** A season of heavy, one-way care is normal. The questions that
# matter are whether the help aimed at recovery, whether the carer kept her own life and
# voice, and whether the giving has run the other way at other times.

# %% [markdown]
# ## 4. Where the codependent pattern differs
#
# The codependent pattern is **not simply a lot of reliance**. Three features set it apart:
#
# - **A marked, lasting imbalance.** One person carries nearly all the giving and little comes
#   back, across situations and over years, not during one crisis.
# - **The giver needs to be needed.** The engine of the pattern is on the giving side:
#   being relied on brings relief and a sense of worth, so the giver keeps the other
#   person reliant, often without meaning to.
# - **Selves that blur.** The giver's own feelings, interests and plans fade behind the
#   other person's. Writers call this *enmeshment*: it is about identity, not just help.
#
# A striking point from Martin (2019): someone in the giving role can be **highly capable
# and independent** at work and at home, earning, organising, caring for children, and
# still depend on being needed to feel that they count. Competence does not rule the
# pattern out.
#
# ### Worked example 2: the pattern in a capable person
# Compare this case with worked example 1. Both involve a lot of help. Ask yourself what
# is different about *why* the help is given and *what it does* to each person.

# %% jupyter={"source_hidden": true}
lesson.worked_example("lost-without-her")

# %% [markdown]
# **What to take from it.** The amount of help is not what decides the label. What
# decides it is that the giving is one-way, that it keeps the other person reliant, and
# that the giver's worth and plans have come to rest on it.
#
# ### Practice: is this healthy reliance?
# For each case: choose a classification, mark the dimensions where you see evidence
# (leave the rest as "Not shown"), optionally rate your confidence and give a reason,
# then press **Check answer**. Feedback explains each dimension. Commit to an answer
# before you read the feedback: retrieving an answer yourself is what makes it stick.
# Both cases are friendships; in each, ask who leans on whom, and what happens when one
# of them cannot help.

# %% jupyter={"source_hidden": true}
lesson.practice("eye-clinic-and-tax-forms")

# %% jupyter={"source_hidden": true}
lesson.practice("three-am-friend")

# %% [markdown]
# ## 5. Two myths clients (and clinicians) bring
#
# **Myth 1: "Needing anyone is weak."** Many people grow up with messages that praise
# going it alone. The evidence above says otherwise: flexible help-seeking goes with
# better mental health (Bornstein et al., 2002), and support that is accepted when needed
# builds later independence (Feeney, 2007). A client who prides themselves on never
# asking for anything may be showing *dysfunctional detachment*, not strength. The fix
# for an over-giving pattern is never "stop relying on people"; it is mutual reliance.
#
# **Myth 2: "All caring is codependency."** Popular use of the word has spread so wide
# that any devoted partner, parent, nurse or family carer can be made to fit it. That is
# a mistake with costs:
#
# - A carer under **real, heavy demands** (a parent with dementia, a child with a
#   disability) needs practical support and respite, not a pathology label. Strain that
#   matches the load is strain, not a disorder.
# - **Family closeness valued by a culture** (familism, filial piety, communal living)
#   is not codependency when it is chosen, mutual and flexible (Schwartz et al., 2010).
#   Check what closeness means *to the client* before judging it by an individualist
#   yardstick.
# - **Caring professions** are not pathological because they involve giving.
#
# ### Practice: the myths in real life
# Each case connects to one of the myths. Before you classify, decide which myth a
# careless reader might apply, and whether it holds up. Remember that "another concern
# comes first" covers refusing all reliance (dysfunctional detachment) as well as safety
# and caregiver strain.

# %% jupyter={"source_hidden": true}
lesson.practice("sleeping-in-the-car")

# %% jupyter={"source_hidden": true}
lesson.practice("aunties-guest-list")

# %% [markdown]
# ## 6. A contested construct, not a diagnosis
#
# You will meet "codependency" in client self-help reading, in recovery groups and in
# referral letters. Before you use it, know its standing.
#
# **Where the word came from.** It grew out of "co-alcoholic", a term used in the late
# 1970s for the partners of people with alcohol problems; Al-Anon family groups were
# already meeting before it. Beattie's *Codependent No More* (1986/87) carried it into
# popular culture, and Co-Dependents Anonymous (CoDA, founded 1986) offers lists of
# patterns for self-reflection, not diagnostic criteria.
#
# **Its status.** Cermak (1986) proposed criteria for codependency as a personality
# disorder. They were never adopted. **Codependency does not appear in any edition of
# the DSM or the ICD.** It is not a diagnosis, and it should not appear on a problem list
# as though it were one.
#
# **What the measures share.** Researchers have built scales, for example the
# Spann-Fischer Codependency Scale (Fischer, Spann & Crawford, 1991) and the Composite
# Codependency Scale (Marks et al., 2012). A thematic analysis of eleven published
# definitions (Dear, Roberts & Lange, 2004) found a common core of four features: focusing
# on others rather than oneself, sacrificing oneself, trying to control others, and
# suppressing one's own emotions. Family history and health problems appear in some
# definitions, but as presumed causes or correlates, not as defining features.
#
# **The critiques.**
#
# - *No agreed definition*, and definitions so broad that almost anyone can be made to fit.
# - *Gender bias*: the traits described overlap with what many cultures expect of women,
#   so the label can turn expected caring into a fault (Babcock & McKay, 1995).
# - *Pathologising care*: nursing writers have warned that it can make ordinary caring
#   look like illness.
# - *A better-fitting alternative* for families affected by addiction: the
#   stress-strain-coping-support model (Orford et al., 2010) treats relatives as ordinary
#   people under heavy stress, which explains their distress at least as well as a
#   disordered-personality account and points straight to support.
# - *Blaming by naming*: calling someone who is being abused "codependent" implies they
#   share responsibility for the abuse (Frank & Golden, 1992). **Abuse or coercion is never
#   a codependent pattern. Assess safety first.**
#
# **What this means in the room.** Treat "codependent pattern" as a *description* that
# may help some clients make sense of their experience, never as a verdict. Before you
# use it, ask yourself:
#
# 1. Is anyone unsafe? If so, safety planning comes first and the relational label waits.
# 2. Do the demands on this person explain their strain without any pattern at all?
# 3. Is this closeness valued and chosen in the client's culture and family?
# 4. Would another frame (caregiver strain, dependent-personality features, detachment,
#    a stress-and-coping account) fit better?
# 5. Does the word help *this client* understand and change something, or does it shame?
#
# ### Practice: apply the appraisal questions
# These two cases test the limits of the codependency frame. Work through the five
# questions above before you classify: in each, something other than a relational
# pattern explains what you see, and it has to be dealt with first.

# %% jupyter={"source_hidden": true}
lesson.practice("in-sickness-and-in-health")

# %% jupyter={"source_hidden": true}
lesson.practice("shes-just-stressed")

# %% [markdown]
# ## Summary
# - Dependence is part of healthy adult life. Interdependence means reliance that runs
#   both ways, roughly evens out over time, leaves each person able to cope alone if they
#   must, and does not leave either one diminished when a need goes unmet.
# - Accepting a partner's dependence when it is needed tends to *increase* their later
#   independence (Feeney's dependency paradox); a trusted person is a secure base to
#   explore from (Bowlby). Interdependence theory treats mutual influence as the normal
#   structure of close relationships.
# - The codependent pattern is a marked, lasting imbalance driven by the giver's need to
#   be needed, with blurred selves; it can occur in very capable people.
# - Needing people is not weakness, and caring is not pathology: carers under real load,
#   culturally valued family closeness and caring work are not codependency.
# - Codependency is a contested construct, not a DSM or ICD diagnosis. Use it as a
#   description, appraise it critically, and put safety first: abuse is never "codependency".
#
# ## Retrieval practice
# Answer from memory before opening each answer. Writing your answer down, even briefly,
# helps more than re-reading.
#
# 1. What three markers tell you that two people's reliance on each other is healthy?
#    <details><summary>Answer</summary>The reliance roughly balances over time (each gives and receives, perhaps for different things); each person could look after their own needs if they had to; and neither feels worthless or panicked when they cannot meet the other's need on a given occasion.</details>
#
# 2. What is the dependency paradox, and who described it?
#    <details><summary>Answer</summary>Feeney (2007): people whose partners accepted their dependence when they needed support later pursued their own goals more independently. Accepting reliance at the right moments builds autonomy rather than undermining it.</details>
#
# 3. A client says she must be codependent because she looks after her husband, who has advanced Parkinson's disease, and is exhausted. What would you consider before agreeing?
#    <details><summary>Answer</summary>Whether the strain matches a real and heavy load (caregiver strain, which calls for respite and practical support, not a pathology label); whether the care aims at his well-being and she keeps some life and voice of her own; whether care ran both ways earlier in the marriage; the cultural meaning of caring for a spouse; and safety. Heavy care alone is not a codependent pattern.</details>
#
# 4. Is codependency a diagnosis? Give two reasons clinicians should use the word cautiously.
#    <details><summary>Answer</summary>No: it appears in no edition of DSM or ICD, and Cermak's 1986 proposed criteria were never adopted. Reasons for caution include: there is no agreed definition and definitions are so broad almost anyone fits; it can be gender-biased (Babcock & McKay, 1995); it can pathologise ordinary caring; a stress-and-coping model explains relatives' distress as well (Orford et al., 2010); and naming an abused person "codependent" implies shared blame (Frank & Golden, 1992).</details>
#
# 5. What four features did Dear, Roberts and Lange (2004) find common to published definitions of codependency?
#    <details><summary>Answer</summary>External focusing (attention on others rather than oneself), self-sacrifice, controlling others, and suppressing one's own emotions. Family-of-origin history and medical problems appeared as presumed causes or correlates, not defining features.</details>
#
# 6. Why does the course say "a relationship with a codependent pattern" and never "a codependent"?
#    <details><summary>Answer</summary>Because the construct describes a way of relating that can change, not a fixed kind of person; the noun form shames, implies a diagnosis that does not exist, and in cases of abuse can shift blame onto the person being harmed.</details>
#
# ## References
# - Babcock, M., & McKay, C. (Eds.). (1995). *Challenging codependency: Feminist critiques.* University of Toronto Press.
# - Beattie, M. (1986/1987). *Codependent no more.* Hazelden.
# - Bornstein, R. F., et al. (2002). [The Relationship Profile Test: destructive overdependence, dysfunctional detachment and healthy dependency.] *Assessment.*
# - Bowlby, J. (1988). *A secure base.* Basic Books.
# - Cermak, T. L. (1986). Diagnostic criteria for codependency. *Journal of Psychoactive Drugs, 18*(1).
# - Dear, G. E., Roberts, C. M., & Lange, L. (2004). [Thematic analysis of eleven published definitions of codependency.]
# - Feeney, B. C. (2007). The dependency paradox in close relationships. *Journal of Personality and Social Psychology.*
# - Fischer, J. L., Spann, L., & Crawford, D. (1991). Measuring codependency. *Alcoholism Treatment Quarterly, 8*(1).
# - Frank, P. B., & Golden, G. K. (1992). Blaming by naming: battered women and the epidemic of codependence. *Social Work, 37*(1).
# - Marks, A. D. G., Blore, R. L., Hine, D. W., & Dear, G. E. (2012). [Development of the Composite Codependency Scale.]
# - Martin, S. (2019). [Psych Central blog post contrasting dependency and codependency.]
# - Orford, J., et al. (2010). [The stress-strain-coping-support model of addiction and the family.]
# - Rusbult, C. E., & Van Lange, P. A. M. (2003). Interdependence, interaction, and relationships. *Annual Review of Psychology.*
# - Schwartz, S. J., et al. (2010). [Familism, filial piety and communalism and their links with well-being and distress.]
# - The Holding Space. [Dependence vs. codependence; practice blog post.]
# - Thibaut, J. W., & Kelley, H. H. (1959). *The social psychology of groups.* Wiley.
