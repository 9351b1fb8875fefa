"""Satisfaction results: distribution and NPS (promoters 9–10, passives 7–8, detractors 0–6)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.surveys import is_detractor, results


@pytest.mark.parametrize(
    ("scores", "nps"),
    [
        ([], None),
        ([10], 100),
        ([0], -100),
        ([9, 4], 0),
        ([10, 9, 8, 7, 6], 20),  # 2 promoters, 2 passives, 1 detractor: 40 % − 20 %
        ([9, 9, 6], 33),  # 66.7 − 33.3 = 33.3
        ([9, 6, 6], -33),
        ([10, 7, 3], 0),
        ([10, 10, 10, 7, 7, 7, 2, 2], 13),  # 37.5 − 25 = 12.5, rounded half away from zero
    ],
)
def test_nps(scores, nps):
    assert results(len(scores), scores).nps == nps


def test_distribution_counts_and_rates():
    figures = results(5, [9, 9, 7, 3, 11, -1])  # out of scale: not counted
    assert figures.distribution == (0, 0, 0, 1, 0, 0, 0, 1, 0, 2, 0)
    assert (figures.answered, figures.promoters, figures.passives, figures.detractors) == (4, 2, 1, 1)
    assert figures.response_rate == 0.8
    assert results(0, []).response_rate is None


@pytest.mark.parametrize(("score", "detractor"), [(0, True), (6, True), (7, False), (10, False)])
def test_detractors_score_zero_to_six(score, detractor):
    assert is_detractor(score) is detractor


@given(st.lists(st.integers(0, 10), max_size=200))
def test_nps_is_between_minus_100_and_100(scores):
    value = results(len(scores), scores).nps
    if not scores:
        assert value is None
    else:
        assert value is not None and -100 <= value <= 100
