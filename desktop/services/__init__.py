"""Use cases: the only layer that combines storage, core rules and providers. No Qt here."""
