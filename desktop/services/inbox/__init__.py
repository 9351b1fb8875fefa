"""Replies and the inbox (issue 11).

- :mod:`.applying` — :class:`ReplyApplier`, the dispatcher's step after polling: each stored reply is applied
  exactly once (claimed by one desk), knowing the message it answers (a reminder asked to confirm, a survey
  asked for a note…): opt-out and opt-in (:mod:`.consent`), confirm or cancel the one upcoming reminded
  appointment (:mod:`.appointments`), a survey's score, a keyword's answer; anything else waits for a person.
- :mod:`.answers` — the SMS a reply is owed (an opt-out's confirmation, a keyword's answer), through the gate.
- :mod:`.service` — :class:`InboxService`: threads per number, read / à traiter / done, assignment, attaching
  a number to a client, the keywords.
- :mod:`.codes` — what Comptoir did with a reply and why a person must act (catalogue codes).
"""
