"""The composer's preview at each keystroke for many recipients, and what a client's own accents add to it.

``ComposeService.prepare`` with the facts already gathered (what the composer does ~150 ms after each
keystroke) for ``--clients`` recipients, three ways, on the same database in the same run:

- baseline: first names with no costly accent (« Claire », « Élodie »: nothing else to work out);
- wide: first names in the wider alphabet with no plain spelling (« 李娜 »): 2 SMS each, nothing to
  propose — the cost of the wider alphabet itself (two more findings, parts cut between characters);
- accents: first names whose accents make the message 2 SMS instead of 1 (« François », « Zoë »): the gate
  renders each of them a second time with the plain spelling to say what it would save — against « wide »,
  the cost of that rule;
- accepted: the same names, written plain for this message (the composer's button for all).

Each figure is the median of ``--runs`` previews; the ratios are against the baselines of the same run.

    python bench/compose.py [--clients 600] [--runs 15]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BODY = (
    "Bonjour {prenom}, votre commande est arrivée et vous attend en boutique. Passez quand vous voulez, "
    "de 9h à 19h."
)
PLAIN_NAMES = ("Claire", "Élodie", "Hélène", "Paul")
ACCENTED_NAMES = ("François", "Zoë", "Anaïs", "Jérôme")
WIDE_NAMES = ("李娜", "王芳", "张伟", "刘洋")


def _median_ms(run: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=600)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)

    from desktop.context import open_context
    from desktop.core.clock import FakeClock
    from desktop.core.entities import ClientDraft, Purpose
    from desktop.paths import resolve
    from desktop.services.compose import RecipientFacts
    from desktop.settings import Business, Settings

    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC))
        context = open_context(resolve(Path(folder)), clock)
        try:
            context.settings.save(Settings(business=Business(name="Optique Martin")))
            context.accounts.update(context.accounts.default().name, price_cents_per_segment=7)
            kinds = {"plain": PLAIN_NAMES, "wide": WIDE_NAMES, "accented": ACCENTED_NAMES}
            groups: dict[str, list[int]] = {kind: [] for kind in kinds}
            for i in range(args.clients):
                for k, (kind, names) in enumerate(kinds.items()):
                    draft = ClientDraft(first_name=names[i % len(names)], mobile=f"+336{k}{i:07d}")
                    groups[kind].append(context.clients.create(draft))
            compose = context.compose
            plain_facts = compose.gather(groups["plain"])
            wide_facts = compose.gather(groups["wide"])
            accented_facts = compose.gather(groups["accented"])
            accented = groups["accented"]

            def preview(facts: RecipientFacts, plain: Sequence[int] = ()) -> Callable[[], object]:
                ids = facts.client_ids
                return lambda: compose.prepare(
                    ids, BODY, Purpose.TRANSACTIONAL, facts=facts, plain_names=plain
                )

            offered = compose.prepare(accented, BODY, Purpose.TRANSACTIONAL, facts=accented_facts)
            assert len(offered.plain_names_offered()) == len(accented), "every accented name is concerned"
            wide = compose.prepare(groups["wide"], BODY, Purpose.TRANSACTIONAL, facts=wide_facts)
            assert wide.total_segments == 2 * args.clients and not wide.plain_names_offered()
            baseline = _median_ms(preview(plain_facts), args.runs)
            wider = _median_ms(preview(wide_facts), args.runs)
            with_accents = _median_ms(preview(accented_facts), args.runs)
            accepted = _median_ms(preview(accented_facts, accented), args.runs)
        finally:
            context.close()
    print(f"preview of {args.clients} recipients, median of {args.runs} runs")
    print(f"  baseline (no costly accent)          {baseline:8.1f} ms")
    print(
        f"  wide: wider alphabet, no proposal    {wider:8.1f} ms   × {wider / baseline:.2f} of the baseline"
    )
    print(
        f"  accents said (rendered twice)        {with_accents:8.1f} ms   × {with_accents / baseline:.2f} of the "
        f"baseline, × {with_accents / wider:.2f} of wide"
    )
    print(
        f"  accents written plain (accepted)     {accepted:8.1f} ms   × {accepted / baseline:.2f} of the baseline"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
