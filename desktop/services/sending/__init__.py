"""Sending: the gate every outgoing message goes through (:mod:`.gate`), what it reads (:mod:`.facts`), and
what senders ask and get back (:mod:`.requests`). The rule itself is pure: :mod:`desktop.core.outgoing`."""
