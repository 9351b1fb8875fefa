"""``inbox``, ``keyword``/``keywords``, ``survey``/``surveys``: the replies from the command line.

The same services as the window: ``inbox`` lists the replies (newest first) with what Comptoir understood,
did, or why a person must act; ``inbox done`` records who and when (another desk first: it says so and
changes nothing); ``inbox attach`` gives a number's replies to a client. Replies are applied by the
dispatcher (the window, or ``dispatch --once``). Times are shown in the business's time zone.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from desktop.cli.common import CommandError, app_context, print_json
from desktop.core import phones

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.core.entities import InboundMessage
    from desktop.services.sending.requests import SendOutcome
    from desktop.services.surveys.service import SurveyResult

ORDER = 35
_STATUSES = ("unread", "todo", "done")
_INTERPRETATION_FR = {
    "opt_out": "désinscription",
    "opt_in": "réinscription",
    "confirm": "confirmation",
    "cancel": "annulation",
    "score": "note",
    "keyword": "mot-clé",
    "unknown": "à lire",
}


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="sortie JSON")


def register(subparsers: Any) -> None:
    inbox = subparsers.add_parser(
        "inbox", help="les réponses des clients : à lire, à traiter, traitées ; done, attach"
    )
    inbox.add_argument(
        "--status",
        choices=_STATUSES,
        metavar="STATUT",
        help="unread (non lues), todo (à traiter) ou done (traitées) ; sinon toutes",
    )
    inbox.add_argument("--limit", type=int, default=100, metavar="N", help="au plus N réponses (100)")
    _json_flag(inbox)
    inbox.set_defaults(handler=inbox_list)
    actions = inbox.add_subparsers(dest="inbox_command", metavar="ACTION")

    done = actions.add_parser("done", help="marque une réponse traitée (qui et quand sont enregistrés)")
    done.add_argument("id", type=int, metavar="ID")
    done.add_argument("--by", default="", metavar="NOM", help="qui l'a traitée (une personne de l'équipe)")
    _json_flag(done)
    done.set_defaults(handler=inbox_done)

    attach = actions.add_parser("attach", help="rattache les réponses d'un numéro inconnu à un client")
    attach.add_argument("id", type=int, metavar="ID")
    attach.add_argument("--client", type=int, required=True, metavar="ID", help="numéro du client")
    attach.add_argument(
        "--set-mobile", action="store_true", help="ce numéro devient le portable du client (s'il n'en a pas)"
    )
    _json_flag(attach)
    attach.set_defaults(handler=inbox_attach)

    keyword = subparsers.add_parser("keyword", help="mots-clés auxquels Comptoir répond seul (HORAIRES…)")
    keyword.set_defaults(handler=lambda _args: _help(keyword))
    keyword_actions = keyword.add_subparsers(dest="keyword_command", metavar="ACTION")
    add = keyword_actions.add_parser("add", help="ajoute un mot-clé (ou change sa réponse)")
    add.add_argument("word", metavar="MOT")
    add.add_argument(
        "--answer", required=True, metavar="TEXTE", help="la réponse envoyée (peut utiliser {boutique}…)"
    )
    _json_flag(add)
    add.set_defaults(handler=keyword_add)
    remove = keyword_actions.add_parser("remove", help="supprime un mot-clé")
    remove.add_argument("word", metavar="MOT")
    _json_flag(remove)
    remove.set_defaults(handler=keyword_remove)

    keywords = subparsers.add_parser("keywords", help="liste les mots-clés et leurs réponses")
    _json_flag(keywords)
    keywords.set_defaults(handler=keywords_list)

    survey = subparsers.add_parser("survey", help="enquêtes de satisfaction et demandes d'avis")
    survey.set_defaults(handler=lambda _args: _help(survey))
    survey_actions = survey.add_subparsers(dest="survey_command", metavar="ACTION")
    send = survey_actions.add_parser(
        "send", help="envoie l'enquête à un client (--client), ou ce que les règles prévoient (--due)"
    )
    who = send.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", type=int, metavar="ID", help="numéro du client")
    who.add_argument("--due", action="store_true", help="ce que les règles prévoient maintenant")
    send.add_argument("--review", action="store_true", help="la demande d'avis au lieu de l'enquête")
    send.add_argument("--template", metavar="NOM", help="un autre modèle que celui des réglages")
    _json_flag(send)
    send.set_defaults(handler=survey_send)

    results = subparsers.add_parser("surveys", help="résultats des enquêtes : notes et NPS")
    results.add_argument("--from", dest="start", metavar="AAAA-MM-JJ", help="depuis ce jour (sinon tout)")
    _json_flag(results)
    results.set_defaults(handler=surveys_list)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


# ---------------------------------------------------------------------------------------- output


def _zone(context: AppContext) -> ZoneInfo:
    return ZoneInfo(phones.region_timezone(context.settings.get().business.region))


def _iso(when: dt.datetime | None, zone: ZoneInfo) -> str | None:
    return when.astimezone(zone).isoformat() if when is not None else None


def _moment_fr(when: dt.datetime, zone: ZoneInfo) -> str:
    from desktop.core.templates import format_date_fr, format_time_fr

    local = when.astimezone(zone)
    return f"{format_date_fr(local.date())} à {format_time_fr(local.time())}"


def _explain(code: str, reply: InboundMessage, zone: ZoneInfo) -> str | None:
    from desktop.core.catalogue.replies import explain_reply

    return explain_reply(code, reply.details, zone) if code else None


def _status(reply: InboundMessage) -> str:
    return "done" if reply.handled else "todo"


def _reply_json(reply: InboundMessage, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "id": reply.id,
        "from": reply.from_number,
        "client_id": reply.client_id,
        "text": reply.text,
        "received_at": _iso(reply.received_at, zone),
        "interpretation": reply.interpretation.value,
        "status": _status(reply),
        "unread": reply.unread,
        "reason": reply.reason or None,
        "reason_text": _explain(reply.reason, reply, zone),
        "outcome": reply.outcome or None,
        "outcome_text": _explain(reply.outcome, reply, zone),
        "assignee": reply.assignee or None,
        "handled_by": reply.handled_by or None,
        "handled_at": _iso(reply.handled_at, zone),
    }


def _reply_line(reply: InboundMessage, zone: ZoneInfo) -> str:
    local = reply.received_at.astimezone(zone)
    mark = "●" if reply.unread else " "
    state = "traitée" if reply.handled else "à traiter"
    who = f"client n° {reply.client_id}" if reply.client_id is not None else "numéro inconnu"
    why = _explain(reply.reason or reply.outcome, reply, zone)
    head = (
        f"{mark} n° {reply.id}  {local:%d/%m %H:%M}  {phones.format_national(reply.from_number)} ({who})"
        f" — {state} : « {reply.text} »"
    )
    return f"{head}\n      {why}" if why else head


# ---------------------------------------------------------------------------------------- inbox


def inbox_list(args: argparse.Namespace) -> int:
    from desktop.services.inbox.service import Status

    status = Status(args.status) if args.status else None
    with app_context(args) as context:
        found = context.inbox.items(status, max(args.limit, 0))
        zone = _zone(context)
    if args.json:
        print_json([_reply_json(r, zone) for r in found])
        return 0
    if not found:
        print("Aucune réponse.")
    for reply in found:
        print(_reply_line(reply, zone))
    return 0


def inbox_done(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        result = context.inbox.mark_done(args.id, args.by)
        reply = context.inbox.get(args.id)
        zone = _zone(context)
    if args.json:
        print_json({**_reply_json(reply, zone), "changed": result.changed})
        return 0
    who = result.by or "quelqu'un"
    when = _moment_fr(result.at, zone) if result.at is not None else ""
    if result.changed:
        print(f"Réponse n° {args.id} marquée traitée ({who}, {when}).")
    else:
        print(f"Réponse n° {args.id} déjà traitée par {who} le {when} : rien n'a changé.")
    return 0


def inbox_attach(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        attached = context.inbox.attach(args.id, args.client, set_mobile=args.set_mobile)
        reply = context.inbox.get(args.id)
        zone = _zone(context)
    if args.json:
        print_json({**_reply_json(reply, zone), "attached": attached})
        return 0
    print(
        f"{attached} réponse(s) de {phones.format_national(reply.from_number)} rattachée(s) au client "
        f"n° {args.client}."
    )
    return 0


# ---------------------------------------------------------------------------------------- keywords


def keyword_add(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        keyword = context.inbox.set_keyword(args.word, args.answer)
    if args.json:
        print_json({"word": keyword.word, "answer": keyword.answer})
        return 0
    print(f"Mot-clé « {keyword.word} » : Comptoir répondra « {keyword.answer} ».")
    return 0


def keyword_remove(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        context.inbox.remove_keyword(args.word)
        left = context.inbox.keywords()
    if args.json:
        print_json([{"word": k.word, "answer": k.answer} for k in left])
        return 0
    print(f"Mot-clé « {' '.join(args.word.split()).upper()} » supprimé.")
    return 0


def keywords_list(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        found = context.inbox.keywords()
    if args.json:
        print_json([{"word": k.word, "answer": k.answer} for k in found])
        return 0
    if not found:
        print('Aucun mot-clé : ajoutez-en avec « keyword add HORAIRES --answer "…" ».')
    for keyword in found:
        print(f"{keyword.word} → {keyword.answer}")
    return 0


# ---------------------------------------------------------------------------------------- surveys


def _outcome_json(outcome: SendOutcome) -> dict[str, Any]:
    from desktop.core.catalogue.compliance import explain_finding

    checked = outcome.checked[0]
    message = outcome.messages.get(0)
    return {
        "queued": message is not None,
        "message_id": message.id if message is not None else None,
        "kind": message.kind.value if message is not None else None,
        "text": message.body if message is not None else None,
        "reasons": [{"code": f.code, "text": explain_finding(f)} for f in checked.reasons],
    }


def survey_send(args: argparse.Namespace) -> int:
    from desktop.core.catalogue.compliance import explain_finding

    with app_context(args) as context:
        if args.due:
            planned, queued = context.surveys.send_due()
            if args.json:
                print_json({"planned": planned, "queued": queued})
            else:
                print(f"{planned} enquête(s) ou demande(s) d'avis planifiée(s), {queued} message(s) en file.")
            return 0
        outcome = context.surveys.send(args.client, review=args.review, template=args.template)
    if args.json:
        print_json(_outcome_json(outcome))
    what = "Demande d'avis" if args.review else "Enquête"
    if outcome.messages.get(0) is None:
        reasons = "; ".join(explain_finding(f) for f in outcome.checked[0].reasons)
        raise CommandError(f"{what.lower()} non envoyée au client n° {args.client} : {reasons}")
    if not args.json:
        print(f"{what} en file pour le client n° {args.client}.")
    return 0


def _result_json(result: SurveyResult) -> dict[str, Any]:
    figures = result.results
    return {
        "template_id": result.template_id,
        "name": result.name or None,
        "sent": figures.sent,
        "answered": figures.answered,
        "response_rate": figures.response_rate,
        "distribution": {str(score): count for score, count in enumerate(figures.distribution)},
        "promoters": figures.promoters,
        "passives": figures.passives,
        "detractors": figures.detractors,
        "nps": figures.nps,
    }


def surveys_list(args: argparse.Namespace) -> int:
    since: dt.datetime | None = None
    with app_context(args) as context:
        if args.start:
            try:
                day = dt.date.fromisoformat(args.start.strip())
            except ValueError:
                raise CommandError(f"date attendue au format AAAA-MM-JJ, pas « {args.start} ».") from None
            since = dt.datetime.combine(day, dt.time(0), tzinfo=_zone(context))
        found = context.surveys.results(since)
    if args.json:
        print_json([_result_json(r) for r in found])
        return 0
    if not found:
        print("Aucune enquête envoyée.")
    for result in found:
        figures = result.results
        nps = f"{figures.nps:+d}" if figures.nps is not None else "—"
        print(
            f"{result.name or 'Modèle supprimé'} : {figures.sent} envoyée(s), {figures.answered} réponse(s), "
            f"NPS {nps} ({figures.promoters} promoteur(s), {figures.passives} neutre(s), "
            f"{figures.detractors} détracteur(s))"
        )
        print(
            "   notes : " + "  ".join(f"{score}:{count}" for score, count in enumerate(figures.distribution))
        )
    return 0
