"""Satisfaction results: the distribution of 0–10 scores and the Net Promoter Score.

Promoters score 9 or 10, passives 7 or 8, detractors 0 to 6; the NPS is the percentage of promoters minus
the percentage of detractors, from −100 to +100 (None without any score). A detractor's score raises an
alert in the inbox so that the owner can call the client back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

SCALE: Final = range(11)
DETRACTOR_MAX: Final = 6
PROMOTER_MIN: Final = 9


def is_detractor(score: int) -> bool:
    return 0 <= score <= DETRACTOR_MAX


@dataclass(frozen=True, slots=True)
class Results:
    """One survey's figures: how many were sent and answered, and the scores."""

    sent: int
    distribution: tuple[int, ...]  # how many gave each score, 0 to 10

    @property
    def answered(self) -> int:
        return sum(self.distribution)

    @property
    def promoters(self) -> int:
        return sum(self.distribution[PROMOTER_MIN:])

    @property
    def detractors(self) -> int:
        return sum(self.distribution[: DETRACTOR_MAX + 1])

    @property
    def passives(self) -> int:
        return self.answered - self.promoters - self.detractors

    @property
    def nps(self) -> int | None:
        """Rounded to the nearest integer (halves away from zero), None without any answer."""
        if not self.answered:
            return None
        value = 100 * (self.promoters - self.detractors) / self.answered
        return int(value + 0.5) if value >= 0 else -int(-value + 0.5)

    @property
    def response_rate(self) -> float | None:
        """Answers per survey sent, from 0 to 1 (None when none was sent)."""
        return min(self.answered / self.sent, 1.0) if self.sent else None


def results(sent: int, scores: Iterable[int]) -> Results:
    counts = [0] * len(SCALE)
    for score in scores:
        if score in SCALE:
            counts[score] += 1
    return Results(sent, tuple(counts))
