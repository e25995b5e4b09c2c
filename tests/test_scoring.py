import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ifdesk.core import referentiel as R
from ifdesk.core import scoring
from ifdesk.core.diagnostic import Answer
from tests.conftest import CURRENT_REF, DEFAULT_REF

SMALL = {
    "id": "petit", "version": "1", "title": "Petit référentiel de test",
    "scale": [{"level": i, "label": f"N{i}"} for i in range(1, 6)],
    "themes": [
        {"id": "a", "title": "A", "weight": 3, "criteria": [
            {"id": "a1", "title": "A1", "weight": 1, "questions": ["?"], "levels": {i: f"d{i}" for i in range(1, 6)}},
            {"id": "a2", "title": "A2", "weight": 3, "questions": ["?"], "levels": {i: f"d{i}" for i in range(1, 6)}},
        ]},
        {"id": "b", "title": "B", "weight": 1, "aggregation": "minimum", "criteria": [
            {"id": "b1", "title": "B1", "weight": 2, "questions": ["?"], "levels": {i: f"d{i}" for i in range(1, 6)}},
            {"id": "b2", "title": "B2", "weight": 1, "questions": ["?"], "levels": {i: f"d{i}" for i in range(1, 6)}},
        ]},
    ],
}


@pytest.fixture(scope="module")
def small():
    return R.from_data(SMALL)


DEFAULT = R.load_file(DEFAULT_REF)


def test_hand_computed(small):
    answers = [Answer(criterion="a1", level=1, target=3), Answer(criterion="a2", level=3, target=4),
               Answer(criterion="b1", level=4, target=4), Answer(criterion="b2", level=2, target=5, important=True)]
    s = scoring.compute(small, answers)
    assert s.theme_scores["a"] == pytest.approx((1 * 1 + 3 * 3) / 4)        # 2.5, weighted mean
    assert s.theme_scores["b"] == 2                                          # minimum
    assert s.overall == pytest.approx((2.5 * 3 + 2 * 1) / 4)                 # 2.375
    assert s.gaps == {"a1": 2, "a2": 1, "b1": 0, "b2": 3}
    # b2: 3 × 1 × 1.5 = 4.5 ; a2: 1 × 3 = 3 ; a1: 2 × 1 = 2
    assert [p.criterion for p in s.priorities] == ["b2", "a2", "a1"]
    assert s.theme_targets["a"] == pytest.approx((3 + 4 * 3) / 4)
    assert s.answered == 4 and s.applicable == 4


def test_not_applicable_and_unanswered_are_excluded(small):
    s = scoring.compute(small, [Answer(criterion="a1", level=5), Answer(criterion="a2", na=True, na_reason="sans objet")])
    assert s.theme_scores == {"a": 5.0, "b": None}
    assert s.overall == 5.0
    assert s.answered == 2 and s.applicable == 1
    assert scoring.compute(small, []).overall is None


def test_maturity_label(small):
    assert small.maturity_label(2.99) == "N2"
    assert small.maturity_label(5) == "N5"
    assert small.maturity_label(None) == ""


def answers_strategy(ref):
    crits = list(ref.criteria_by_id)
    lo, hi = ref.min_level, ref.max_level

    def one(cid):
        return st.one_of(
            st.builds(lambda lv, tg, imp: Answer(criterion=cid, level=lv, target=tg, important=imp),
                      st.integers(lo, hi), st.one_of(st.none(), st.integers(lo, hi)), st.booleans()),
            st.just(Answer(criterion=cid, na=True, na_reason="sans objet")),
        )
    return st.lists(st.sampled_from(crits), unique=True, max_size=len(crits)).flatmap(
        lambda ids: st.tuples(*[one(c) for c in ids]).map(list))


@settings(max_examples=60, deadline=None)
@given(answers=answers_strategy(DEFAULT), data=st.data())
def test_order_does_not_matter(answers, data):
    shuffled = data.draw(st.permutations(answers))
    a, b = scoring.compute(DEFAULT, answers), scoring.compute(DEFAULT, list(shuffled))
    assert a.theme_scores == b.theme_scores and a.overall == b.overall and a.priorities == b.priorities


@settings(max_examples=60, deadline=None)
@given(answers=answers_strategy(DEFAULT))
def test_scores_stay_in_scale(answers):
    s = scoring.compute(DEFAULT, answers)
    for v in [*s.theme_scores.values(), *s.theme_targets.values(), s.overall, s.overall_target]:
        assert v is None or DEFAULT.min_level <= v <= DEFAULT.max_level


@settings(max_examples=60, deadline=None)
@given(answers=answers_strategy(DEFAULT), data=st.data())
def test_not_applicable_is_excluded(answers, data):
    na = [a for a in answers if a.na]
    without = [a for a in answers if not a.na]
    assert scoring.compute(DEFAULT, answers).theme_scores == scoring.compute(DEFAULT, without).theme_scores
    del na, data


@settings(max_examples=80, deadline=None)
@given(answers=answers_strategy(DEFAULT), data=st.data())
def test_raising_one_level_never_lowers_a_score(answers, data):
    scorable = [i for i, a in enumerate(answers) if not a.na and a.level < DEFAULT.max_level]
    if not scorable:
        return
    i = data.draw(st.sampled_from(scorable))
    raised = list(answers)
    raised[i] = answers[i].model_copy(update={"level": answers[i].level + 1})
    before, after = scoring.compute(DEFAULT, answers), scoring.compute(DEFAULT, raised)
    for t in before.theme_scores:
        if before.theme_scores[t] is not None:
            assert after.theme_scores[t] >= before.theme_scores[t] - 1e-9
    assert after.overall >= before.overall - 1e-9


@settings(max_examples=40, deadline=None)
@given(answers=answers_strategy(R.from_data(SMALL)))
def test_minimum_aggregation_never_exceeds_mean(answers):
    ref = R.from_data(SMALL)
    s = scoring.compute(ref, answers)
    levels = [a.level for a in answers if a.criterion.startswith("b") and not a.na]
    if levels:
        assert s.theme_scores["b"] == min(levels)


def test_suggested_actions_follow_priorities():
    answers = [Answer(criterion=c, level=1, target=3) for c in list(DEFAULT.criteria_by_id)[:6]]
    s = scoring.compute(DEFAULT, answers)
    sugg = scoring.suggested_actions(DEFAULT, s, limit=3)
    assert [x["criteria"][0] for x in sugg] == [p.criterion for p in s.priorities[:3]]
    assert all("niveau 2" in x["title"] for x in sugg)


@pytest.mark.parametrize("path", [DEFAULT_REF, CURRENT_REF], ids=lambda p: p.stem)
def test_both_shipped_referentiels_score(path):
    ref = R.load_file(path)
    answers = [Answer(criterion=c, level=3, target=4) for c in ref.criteria_by_id]
    s = scoring.compute(ref, answers)
    assert s.overall == pytest.approx(3.0) and all(v == pytest.approx(3.0) for v in s.theme_scores.values())
    assert len(s.priorities) == ref.criteria_count()
    en = ref.localized("en")
    assert scoring.compute(en, answers).overall == pytest.approx(3.0)
