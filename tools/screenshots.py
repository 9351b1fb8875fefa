"""Fill a demo database and save PNGs of the main views (offscreen: no display needed).

    python tools/screenshots.py [--out docs/screenshots] [--lang fr|en]

The demo is an optician's shop in Lyon: a few clients (one with a reply), the sector's templates, messages
in every state, and the composer open on « Lunettes prêtes ». The README shows these pictures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CLIENTS = [
    ("Mme", "Claire", "Martin", "06 12 34 56 78", "claire.martin@exemple.fr", "Lyon", True),
    ("M.", "Jean", "Dupont", "07 81 23 45 67", "jean.dupont@exemple.fr", "Villeurbanne", False),
    ("Mme", "Élodie", "Bernard", "06 98 76 54 32", "elodie.b@exemple.fr", "Lyon", True),
    ("M.", "Karim", "Haddad", "06 45 67 89 01", "", "Caluire", False),
    ("Mme", "Sophie", "Leroy", "06 23 45 67 89", "sophie.leroy@exemple.fr", "Lyon", True),
    ("M.", "Hugo", "Moreau", "07 69 12 34 56", "hugo.moreau@exemple.fr", "Bron", False),
    ("Mme", "Inès", "Petit", "06 11 22 33 44", "", "Vénissieux", True),
    ("M.", "Paul", "Roux", "06 55 44 33 00", "paul.roux@exemple.fr", "Lyon", False),
]


def demo(data_dir: Path):
    from desktop.context import open_context
    from desktop.core.clock import FakeClock
    from desktop.core.entities import (
        ClientDraft,
        ConsentPurpose,
        ConsentSource,
        ConsentState,
        Purpose,
        Sector,
    )
    from desktop.paths import resolve
    from desktop.services import setup
    from desktop.services.sending.requests import Addressee, SendRequest
    from desktop.settings import Business

    clock = FakeClock(dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC))
    context = open_context(resolve(data_dir), clock=clock)
    setup.apply_first_run(
        context.settings,
        context.templates,
        context.accounts,
        setup.FirstRunAnswers(
            Business(
                name="Optique Martin",
                address="12 rue de la République, Lyon",
                phone="+33478123456",
                sector=Sector.OPTICIAN,
                opening_hours="Du mardi au samedi, 9h30–12h30 et 14h–19h",
            ),
            sender="OPTMARTIN",
        ),
    )
    ids = []
    for civility, first, last, mobile, email, city, promo in CLIENTS:
        client_id = context.clients.create(
            ClientDraft(
                civility=civility, first_name=first, last_name=last, mobile=mobile, email=email, city=city
            )
        )
        ids.append(client_id)
        if promo:
            context.clients.record_consent(
                client_id,
                ConsentPurpose.PROMOTIONAL,
                ConsentState.GRANTED,
                ConsentSource.FORM,
                wording="J'accepte de recevoir les offres d'Optique Martin par SMS.",
                recorded_by="Mme Martin",
            )
    ready = "Bonjour {prenom}, vos lunettes vous attendent chez {boutique}. Au plaisir de vous revoir !"
    lenses = "Bonjour {prenom}, vos lentilles sont disponibles en magasin."
    glasses = "Bonjour {prenom}, vos lunettes sont prêtes."
    for body, client_ids in ((ready, [ids[0]]), (lenses, [ids[1]]), (glasses, [ids[2], ids[7]])):
        addressees = tuple(Addressee(client_id=client_id) for client_id in client_ids)
        context.gate.send(SendRequest(body, Purpose.TRANSACTIONAL, addressees))
    context.dispatcher.run_once()
    clock.advance(40)
    context.dispatcher.run_once()
    from desktop.providers.simulator import inject_reply

    inject_reply(context.paths.data_dir, "+33612345678", "Merci, je passe samedi matin", clock.now())
    clock.advance(40)
    context.dispatcher.run_once()
    return context, ids


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n
    from desktop.ui.application import window_settings
    from desktop.ui.dialogs.composer import ComposerDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.shell import Shell
    from desktop.ui.tasks import SyncTaskRunner

    app = QApplication(sys.argv[:1])
    translators = i18n.install(app, args.lang)
    with tempfile.TemporaryDirectory() as folder:
        context, ids = demo(Path(folder) / "data")
        preferences = window_settings(context.paths)
        window = MainWindow(preferences)
        tasks = SyncTaskRunner()
        shell = Shell(context, tasks, window, preferences, run_dispatcher=False)
        shell.start()
        window.resize(1200, 760)
        window.show()

        def settle() -> None:
            for _ in range(10):
                app.processEvents()

        def save(name: str, widget=None) -> None:
            settle()
            path = out / f"{name}.png"
            (widget or window).grab().save(str(path))
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

        window.show_area("clients")
        save("clients")
        shell.clients_area.show_card(ids[0])
        save("client-card")
        shell.clients_area.show_list()
        composer = ComposerDialog(context.compose, context.templates, tasks, [ids[0]], window)
        composer.resize(980, 640)
        composer.show()
        index = composer.template.findText("Lunettes prêtes")
        composer.template.setCurrentIndex(index)
        composer.template.activated.emit(index)
        app.processEvents()
        composer.refresh_now() if hasattr(composer, "refresh_now") else None
        save("composer", composer)
        composer.close()
        for area in ("messages", "templates", "settings"):
            window.show_area(area)
            if area == "templates":
                shell.templates_view.select_first() if hasattr(shell.templates_view, "select_first") else None
            save(area)
        shell.shutdown()
        window.close()
        context.close()
    del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
