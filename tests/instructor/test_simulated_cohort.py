import random

from conftest import REPO

from codependency_course.instructor.keys import items_from_notebook
from codependency_course.instructor.simulated_cohort import (
    skills,
    synthetic_answer,
    trainee_ids,
)
from codependency_course.rubric import score

ITEMS = items_from_notebook(REPO / "source" / "capstone-post-test" / "capstone-post-test.ipynb")


def test_skill_predicts_score_and_is_deterministic():
    def mean_score(skill, seed):
        rng = random.Random(seed)
        return sum(score(synthetic_answer(it, skill, rng), it.key).fraction for _ in range(30) for it in ITEMS)

    assert mean_score(0.9, 1) > mean_score(0.5, 1) > mean_score(0.25, 1)
    assert mean_score(0.6, 5) == mean_score(0.6, 5)
    assert skills(5, 3) == skills(5, 3) and all(0.25 <= s <= 0.95 for s in skills(50, 1))
    assert trainee_ids(2) == ["trainee-001", "trainee-002"]
