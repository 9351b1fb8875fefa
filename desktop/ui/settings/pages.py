"""The pages of the settings screen that edit the business settings document.

Each page loads from a ``Settings``, applies its inputs onto one (``apply`` returns a modified copy), emits
``edited`` when the user changes something and shows the ``setup.Problem``s of its fields inline.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Sector
from desktop.core.phones import format_national, region_timezone
from desktop.services import setup
from desktop.settings import Business, FrequencyCaps, Settings
from desktop.ui.settings.fields import (
    SenderField,
    area_items,
    error_label,
    explain_problem,
    hint_label,
    sector_label,
    sector_presets_hint,
)


def _row(form: QFormLayout, label: str, widget: QWidget, error: QLabel | None = None) -> None:
    title = QLabel(label)
    title.setBuddy(widget)
    if error is None:
        form.addRow(title, widget)
        return
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    form.addRow(title, box)


class SettingsPage(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._loading = False

    def load(self, settings: Settings) -> None:
        self._loading = True
        try:
            self._load(settings)
        finally:
            self._loading = False
        self.clear_problems()

    def _load(self, settings: Settings) -> None:
        raise NotImplementedError

    def apply(self, settings: Settings) -> Settings:
        raise NotImplementedError

    def show_problem(self, problem: setup.Problem) -> bool:
        label = self._errors.get(problem.field)
        if label is None:
            return False
        label.setText(explain_problem(problem))
        label.show()
        return True

    def error_text(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear_problems(self) -> None:
        for label in self._errors.values():
            label.hide()

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()


class BusinessPage(SettingsPage):
    """Commerce: name, address, phone, sector, opening hours, area, review and survey links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("04 78 12 34 56")
        self.sector_combo = QComboBox()
        for sector in Sector:
            self.sector_combo.addItem(sector_label(sector), sector.value)
        self.sector_hint = hint_label()
        self.hours_edit = QPlainTextEdit()
        self.hours_edit.setFixedHeight(64)
        self.hours_edit.setTabChangesFocus(True)
        self.hours_edit.setPlaceholderText(self.tr("Du mardi au samedi, 9h30–12h30 et 14h–19h"))
        self.hours_edit.setAccessibleName(self.tr("Horaires d'ouverture"))
        self.area_combo = QComboBox()
        for label, code in area_items():
            self.area_combo.addItem(label, code)
        self.area_hint = hint_label()
        self.review_edit = QLineEdit()
        self.review_edit.setPlaceholderText("https://g.page/r/…")
        self.survey_edit = QLineEdit()
        self._errors = {"name": error_label(), "phone": error_label(), "area": error_label()}

        form = QFormLayout(self)
        _row(form, self.tr("&Nom du commerce"), self.name_edit, self._errors["name"])
        _row(form, self.tr("A&dresse"), self.address_edit)
        _row(form, self.tr("&Téléphone"), self.phone_edit, self._errors["phone"])
        sector_box = QVBoxLayout()
        sector_box.setSpacing(2)
        sector_box.addWidget(self.sector_combo)
        sector_box.addWidget(self.sector_hint)
        sector_title = QLabel(self.tr("&Secteur"))
        sector_title.setBuddy(self.sector_combo)
        form.addRow(sector_title, sector_box)
        _row(form, self.tr("&Horaires d'ouverture"), self.hours_edit)
        area_box = QVBoxLayout()
        area_box.setSpacing(2)
        area_box.addWidget(self.area_combo)
        area_box.addWidget(self.area_hint)
        area_box.addWidget(self._errors["area"])
        area_title = QLabel(self.tr("&Zone"))
        area_title.setBuddy(self.area_combo)
        form.addRow(area_title, area_box)
        _row(form, self.tr("Lien d'&avis (Google…)"), self.review_edit)
        _row(form, self.tr("Lien d'en&quête"), self.survey_edit)

        for edit in (self.name_edit, self.address_edit, self.phone_edit, self.review_edit, self.survey_edit):
            edit.textChanged.connect(self._changed)
        self.name_edit.textEdited.connect(lambda _t: self._errors["name"].hide())
        self.phone_edit.textEdited.connect(lambda _t: self._errors["phone"].hide())
        self.hours_edit.textChanged.connect(self._changed)
        self.sector_combo.currentIndexChanged.connect(self._on_sector)
        self.area_combo.currentIndexChanged.connect(self._on_area)
        self._on_sector()
        self._on_area()

    def _on_sector(self, *_args: object) -> None:
        self.sector_hint.setText(
            sector_presets_hint(str(self.sector_combo.currentData()))
            + " "
            + self.tr(
                "(À l'enregistrement, les modèles de ce métier qui manquent sont ajoutés ; les vôtres ne changent pas.)"
            )
        )
        self._changed()

    def _on_area(self, *_args: object) -> None:
        business = Business(area=str(self.area_combo.currentData()))
        self.area_hint.setText(
            self.tr("Fuseau horaire %s ; jours fériés de cette zone.") % region_timezone(business.region)
        )
        self._changed()

    def _load(self, settings: Settings) -> None:
        business = settings.business
        self.name_edit.setText(business.name)
        self.address_edit.setText(business.address)
        phone = business.phone
        self.phone_edit.setText(format_national(phone) if phone.startswith("+") else phone)
        self.sector_combo.setCurrentIndex(max(0, self.sector_combo.findData(business.sector.value)))
        self.hours_edit.setPlainText(business.opening_hours)
        self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(business.area)))
        self.review_edit.setText(business.review_link)
        self.survey_edit.setText(business.survey_link)

    def apply(self, settings: Settings) -> Settings:
        business = replace(
            settings.business,
            name=self.name_edit.text(),
            address=self.address_edit.text(),
            phone=self.phone_edit.text(),
            sector=Sector(str(self.sector_combo.currentData())),
            opening_hours=self.hours_edit.toPlainText(),
            area=str(self.area_combo.currentData()),
            review_link=self.review_edit.text(),
            survey_link=self.survey_edit.text(),
        )
        return replace(settings, business=business)


class SenderPage(SettingsPage):
    """Expéditeur: the name clients see instead of a number, checked as it is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sender_field = SenderField(allow_empty=True)
        self._errors = {"sender": self.sender_field.messages}
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("&Nom d'expéditeur"))
        title.setBuddy(self.sender_field.line)
        layout.addWidget(title)
        layout.addWidget(self.sender_field)
        layout.addWidget(
            hint_label(
                self.tr(
                    "C'est le nom qui s'affiche à la place d'un numéro sur le téléphone de vos clients : "
                    "3 à 11 lettres ou chiffres, sans accent ni espace, avec au moins une lettre. Les "
                    "comptes SMS qui utilisaient l'ancien nom prennent le nouveau à l'enregistrement. "
                    "Vos clients ne peuvent pas répondre à un nom : pour recevoir des réponses (STOP, "
                    "confirmations), utilisez le numéro fourni par votre compte SMS."
                )
            )
        )
        layout.addStretch(1)
        self.sender_field.line.textChanged.connect(self._changed)

    def show_problem(self, problem: setup.Problem) -> bool:
        if problem.field != "sender":
            return False
        self.sender_field.show_error(explain_problem(problem))
        return True

    def error_text(self, field: str) -> str:
        return (
            self.sender_field.message_text() if field == "sender" and not self.sender_field.is_valid() else ""
        )

    def clear_problems(self) -> None:
        self.sender_field.recheck()

    def _load(self, settings: Settings) -> None:
        self.sender_field.setText(settings.sender)

    def apply(self, settings: Settings) -> Settings:
        return replace(settings, sender=self.sender_field.text())


class LimitsPage(SettingsPage):
    """Limites: how many promotions per client, identical service messages, review requests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.per_week = self._spin(setup.PROMOTIONS_PER_WEEK_RANGE, self.tr(" par 7 jours"))
        self.per_month = self._spin(setup.PROMOTIONS_PER_MONTH_RANGE, self.tr(" par 30 jours"))
        self.identical = self._spin(setup.IDENTICAL_PER_DAY_RANGE, self.tr(" par jour"))
        self.review_months = self._spin(setup.MONTHS_BETWEEN_RANGE, self.tr(" mois"))
        self._errors = {"caps": error_label()}
        form = QFormLayout(self)
        _row(form, self.tr("&Promotions par client"), self.per_week)
        _row(form, self.tr("… et au plus"), self.per_month)
        _row(form, self.tr("Même message de &service"), self.identical)
        _row(form, self.tr("Une demande d'&avis tous les"), self.review_months)
        form.addRow("", self._errors["caps"])
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "0 = pas de limite. Les clients qui dépasseraient une limite sont listés avant l'envoi "
                    "et ne reçoivent pas le message. « Urgent » permet de renvoyer un message de service."
                )
            ),
        )

    def _spin(self, allowed: tuple[int, int], suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(*allowed)
        spin.setSuffix(suffix)
        spin.setMaximumWidth(180)
        spin.valueChanged.connect(self._changed)
        return spin

    def _load(self, settings: Settings) -> None:
        caps = settings.caps
        self.per_week.setValue(caps.promotional_per_week)
        self.per_month.setValue(caps.promotional_per_month)
        self.identical.setValue(caps.identical_transactional_per_day)
        self.review_months.setValue(caps.review_request_months)

    def apply(self, settings: Settings) -> Settings:
        caps = FrequencyCaps(
            promotional_per_week=self.per_week.value(),
            promotional_per_month=self.per_month.value(),
            identical_transactional_per_day=self.identical.value(),
            review_request_months=self.review_months.value(),
        )
        return replace(settings, caps=caps)
