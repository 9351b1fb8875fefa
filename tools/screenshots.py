"""Fill a demo database and save PNGs of the main views (offscreen: no display needed).

    python tools/screenshots.py [--out docs/screenshots] [--lang fr|en]

The demo is an optician's shop in Lyon, on a 1280×800 screen with Comptoir's look: the client list empty
after the first-start wizard, then a few clients (one with a reply) imported from a spreadsheet (the import
report), the sector's templates, messages in several states, the composer on « Lunettes prêtes » and on a
promotion written on a Sunday evening (it leaves on Monday morning). The README shows these pictures.
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

#: Tuesday 1 December 2026, 10:30 in Lyon; the promotion is written on Sunday 6 December at 22:00.
TUESDAY = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
SUNDAY_EVENING = dt.datetime(2026, 12, 6, 21, 0, tzinfo=dt.UTC)
#: The window Comptoir opens with on a 1280×800 screen (a panel takes the rest).
WINDOW = (1240, 730)

HEADER = ["Civilité", "Prénom", "Nom", "Portable", "E-mail", "Ville", "Accord SMS"]
CLIENTS = [
    ["Mme", "Claire", "Martin", "06 12 34 56 78", "claire.martin@exemple.fr", "Lyon", "oui"],
    ["M.", "Jean", "Dupont", "07 81 23 45 67", "jean.dupont@exemple.fr", "Villeurbanne", ""],
    ["Mme", "Élodie", "Bernard", "06 98 76 54 32", "elodie.b@exemple.fr", "Lyon", "oui"],
    ["M.", "Karim", "Haddad", "06 45 67 00 00", "", "Caluire", ""],  # the simulator refuses …0000
    ["Mme", "Sophie", "Leroy", "06 23 45 67 89", "sophie.leroy@exemple.fr", "Lyon", "oui"],
    ["M.", "Hugo", "Moreau", "07 69 12 34 56", "hugo.moreau@exemple.fr", "Bron", ""],
    ["Mme", "Inès", "Petit", "06 11 22 33 44", "", "Vénissieux", "oui"],
    ["M.", "Paul", "Roux", "06 55 44 33 00", "paul.roux@exemple.fr", "Lyon", ""],
    ["Mme", "Léa", "Garnier", "06 12 34", "", "Lyon", ""],  # a number too short: refused, with the reason
    ["Mme", "Claire", "Martin", "0612345678", "", "Lyon", ""],  # twice in the file
]


def spreadsheet(folder: Path) -> Path:
    """The shop's client file, as an optician keeps it: a title, a blank row, then the table."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Clients"
    sheet.append(["Fichier clients — Optique Martin"])
    sheet.append([])
    sheet.append(HEADER)
    for row in CLIENTS:
        sheet.append(row)
    path = folder / "clients.xlsx"
    book.save(path)
    return path


def shop(data_dir: Path):
    """A new installation after the first-start wizard: an optician in Lyon, the built-in simulator."""
    from desktop.context import open_context
    from desktop.core.clock import FakeClock
    from desktop.core.entities import Sector
    from desktop.paths import resolve
    from desktop.services import setup
    from desktop.settings import Business

    context = open_context(resolve(data_dir), clock=FakeClock(TUESDAY))
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
    settings = context.settings.get()
    from dataclasses import replace

    context.settings.save(replace(settings, staff=("Mme Martin", "Julie")))
    return context


def conversations(context) -> list[int]:
    """Messages to a few clients, delivered by the simulator, one reply, one number that fails (a badge
    on « Messages »)."""
    from desktop.core.entities import ClientQuery, Purpose
    from desktop.providers.simulator import inject_reply
    from desktop.services.sending.requests import Addressee, SendRequest

    ids = context.clients.search_ids(ClientQuery())
    by_first = {context.clients.get(i).first_name: i for i in ids}
    ready = "Bonjour {prenom}, vos lunettes vous attendent chez {boutique}. Au plaisir de vous revoir !"
    lenses = "Bonjour {prenom}, vos lentilles sont disponibles en magasin."
    glasses = "Bonjour {prenom}, vos lunettes sont prêtes."
    arrived = "Bonjour {prenom}, votre commande est arrivée."  # to Karim: fails, one message « à traiter »
    for body, names in (
        (ready, ["Claire"]),
        (lenses, ["Jean"]),
        (glasses, ["Élodie", "Paul"]),
        (arrived, ["Karim"]),
    ):
        addressees = tuple(Addressee(client_id=by_first[name]) for name in names)
        context.gate.send(SendRequest(body, Purpose.TRANSACTIONAL, addressees))
    clock = context.clock
    context.dispatcher.run_once()
    clock.advance(40)
    context.dispatcher.run_once()
    inject_reply(context.paths.data_dir, "+33612345678", "Merci, je passe samedi matin", clock.now())
    clock.advance(40)
    context.dispatcher.run_once()
    return [
        by_first[name] for name in ("Claire", "Jean", "Élodie", "Karim", "Sophie", "Hugo", "Inès", "Paul")
    ]


def day_of_a_shop(context, ids: list[int]) -> int:
    """The week's appointments (eye tests and fittings, with Julie and Mme Martin), orders in progress and
    ready (its message sent), and a client asking to move her appointment (it waits in « Réponses »).
    Returns the appointment shown selected."""
    from zoneinfo import ZoneInfo

    from desktop.core.agenda import AppointmentDraft
    from desktop.providers.simulator import inject_reply

    lyon = ZoneInfo("Europe/Paris")
    week = [
        (0, 1, 14, 30, "Examen de vue", "Julie"),
        (1, 2, 10, 0, "Essayage", "Mme Martin"),
        (2, 2, 11, 0, "Examen de vue", "Julie"),
        (3, 3, 15, 0, "Adaptation lentilles", "Mme Martin"),
        (4, 4, 9, 30, "Essayage", "Julie"),
        (5, 4, 16, 0, "Examen de vue", "Mme Martin"),
    ]
    shown = 0
    for index, day, hour, minute, kind, staff in week:
        start = dt.datetime(2026, 12, day, hour, minute, tzinfo=lyon)
        appointment = context.appointments.create(
            AppointmentDraft(ids[index], start, 30 if kind != "Examen de vue" else 45, kind=kind, staff=staff)
        )
        shown = shown or appointment.id
    context.orders.add(ids[6], "Lentilles mensuelles (6 boîtes)")
    ready = context.orders.add(ids[1], "Lunettes progressives")
    context.orders.mark_ready(ready.id)
    context.dispatcher.run_once()
    inject_reply(context.paths.data_dir, "+33698765432", "Peut-on décaler à jeudi ?", context.clock.now())
    context.clock.advance(40)
    context.dispatcher.run_once()
    return shown


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    import shiboken6
    from PySide6.QtWidgets import QApplication

    from desktop.core import catalogue
    from desktop.ui import i18n, style
    from desktop.ui.application import window_settings
    from desktop.ui.dialogs.composer import ComposerDialog
    from desktop.ui.dialogs.import_wizard import ImportWizard
    from desktop.ui.main_window import MainWindow
    from desktop.ui.shell import Shell
    from desktop.ui.tasks import SyncTaskRunner

    app = QApplication(sys.argv[:1])
    translators = i18n.install(app, args.lang)
    catalogue.set_language(args.lang)
    style.apply(app)
    with tempfile.TemporaryDirectory() as folder:
        context = shop(Path(folder) / "data")
        preferences = window_settings(context.paths)
        window = MainWindow(preferences)
        tasks = SyncTaskRunner()
        shell = Shell(context, tasks, window, preferences, run_dispatcher=False)
        shell.start()
        window.navigation.load_icons()  # as start-up does once the icon library is loaded
        window.resize(*WINDOW)
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
        save("clients-empty")

        wizard = ImportWizard(context.importer, tasks, str(spreadsheet(Path(folder))), window)
        wizard.show()
        for _ in range(3):  # sheet, columns, options
            wizard.next()
            settle()
        wizard.next()  # « Importer »
        while wizard.currentPage() is not wizard.report_page:
            app.processEvents()
        save("import-report", wizard)
        wizard.accept()

        ids = conversations(context)
        shell.clients_view.refresh()
        save("clients")
        shell.clients_area.show_card(ids[0])
        save("client-card")
        shell.clients_area.show_list()

        composer = ComposerDialog(context.compose, context.templates, tasks, [ids[0]], window)
        composer.show()
        index = composer.template.findText("Lunettes prêtes")
        composer.template.setCurrentIndex(index)
        composer.template.activated.emit(index)
        composer.refresh_now()
        save("composer", composer)
        composer.close()

        saved_now = context.clock.now()
        context.clock.set(SUNDAY_EVENING)
        promotion = ComposerDialog(context.compose, context.templates, tasks, ids, window)
        promotion.show()
        promotion.purpose.setCurrentIndex(promotion.purpose.findData("promotional"))
        index = promotion.template.findText("Promotion")
        promotion.template.setCurrentIndex(index)
        promotion.template.activated.emit(index)
        promotion.refresh_now()
        save("composer-promotion", promotion)
        promotion.close()
        context.clock.set(saved_now)

        window.show_area("messages")
        shell.messages_view.table.selectRow(0)
        save("messages")
        appointment = day_of_a_shop(context, ids)
        window.show_area("agenda")
        shell.agenda.agenda.refresh()
        shell.agenda.agenda.select(appointment)
        save("agenda")
        window.show_area("orders")
        shell.agenda.orders.refresh()
        shell.agenda.orders.table.selectRow(0)  # the glasses marked ready: their message, delivered
        save("orders")
        window.show_area("inbox")
        shell.inbox_view.table.selectRow(0)  # « Peut-on décaler à jeudi ? »: waits for a person
        save("inbox")
        for area in ("templates", "settings"):
            window.show_area(area)
            if area == "templates":
                shell.templates_view.select_first() if hasattr(shell.templates_view, "select_first") else None
            save(area)
        shell.shutdown()
        window.close()
        context.close()
        shiboken6.delete(window)  # before the application: a styled widget left to the exit may crash it
    del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
