"""Satisfaction surveys and review requests (issue 11 item 4).

- :mod:`.planning` — :class:`FeedbackPlanner`, a planning step of the dispatcher: after a visit (an
  appointment that took place) and after a collection, the rules of ``Settings.surveys`` plan a survey and a
  review request as the agenda's notices; the agenda hands them to the gate at their moment, which applies
  « at most one per client per N months » (``survey_too_soon``, ``review_too_soon``). The survey after a
  collection is planned by the orders themselves (``Settings.orders.survey_days``).
- :mod:`.service` — :class:`SurveyService`: a survey or review request sent to one client now, and each
  survey's results (score distribution, NPS).

A review request never depends on a score: it goes to every eligible client (Google forbids « review
gating »), which is why nothing here reads the answers before asking for a review.
"""
