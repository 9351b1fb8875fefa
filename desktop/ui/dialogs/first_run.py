"""The first-start wizard: business, sector, area, sender, SMS account (or the simulator), summary.

Every page has a sensible default and can be passed with "Suivant" — only the business name is required.
"Terminer" applies the answers through ``desktop.services.setup.apply_first_run`` (off the UI thread): the
settings are saved with ``first_run_done``, the sector's templates installed, and the simulator stays the
default account unless the user connected one on the account page (that account is saved at once by the
account dialog). Everything can be changed later in Réglages.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core import catalogue
from desktop.core.entities import ProviderAccount, Sector
from desktop.core.phones import format_national, normalize, region_timezone
from desktop.services import setup
from desktop.settings import AREAS, Business, Settings
from desktop.ui import errors
from desktop.ui.dialogs.account_dialog import AccountDialog
from desktop.ui.settings.fields import (
    ERROR_STYLE,
    SenderField,
    area_items,
    area_label,
    error_label,
    explain_problem,
    hint_label,
    sector_label,
    sector_presets_hint,
)


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bienvenue dans Comptoir"))
        text = QLabel(
            self.tr(
                "Quelques questions sur votre commerce, et Comptoir est prêt : une minute suffit. "
                "Vous pourrez tout changer ensuite dans Réglages.\n\n"
                "Sans compte SMS, Comptoir utilise son simulateur : vous essayez tout, aucun SMS réel "
                "ne part."
            )
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)


class BusinessPage(QWizardPage):
    def __init__(self, business: Business, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Votre commerce"))
        self.setSubTitle(self.tr("Le nom est repris dans vos SMS ; le reste peut attendre."))
        self.name_edit = QLineEdit(business.name)
        self.name_edit.setMaxLength(120)
        self.address_edit = QLineEdit(business.address)
        self.phone_edit = QLineEdit(
            format_national(business.phone) if business.phone.startswith("+") else business.phone
        )
        self.phone_edit.setPlaceholderText("04 78 12 34 56")
        self.phone_error = error_label()
        self.hours_edit = QPlainTextEdit(business.opening_hours)
        self.hours_edit.setFixedHeight(60)
        self.hours_edit.setTabChangesFocus(True)
        self.hours_edit.setPlaceholderText(self.tr("Du mardi au samedi, 9h30–12h30 et 14h–19h"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Nom du commerce *"), self.name_edit)
        form.addRow(self.tr("A&dresse"), self.address_edit)
        phone_box = QVBoxLayout()
        phone_box.setSpacing(2)
        phone_box.addWidget(self.phone_edit)
        phone_box.addWidget(self.phone_error)
        phone_label = QLabel(self.tr("Télép&hone"))
        phone_label.setBuddy(self.phone_edit)
        form.addRow(phone_label, phone_box)
        form.addRow(self.tr("Horaires d'&ouverture"), self.hours_edit)
        self.registerField("business_name*", self.name_edit)
        self.phone_edit.textEdited.connect(lambda _t: self.phone_error.hide())

    def validatePage(self) -> bool:
        phone = self.phone_edit.text().strip()
        if phone:
            # The area comes later: a number valid in any French area passes here, the summary checks again.
            results = [normalize(phone, Business(area=area).region) for area in AREAS]
            if not any(r.ok for r in results) and results[0].error:
                self.phone_error.setText(catalogue.explain(results[0].error))
                self.phone_error.show()
                self.phone_edit.setFocus()
                return False
        return True


class SectorPage(QWizardPage):
    def __init__(self, sector: Sector, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Votre métier"))
        self.setSubTitle(self.tr("Comptoir prépare les modèles de SMS qui vont avec."))
        self.group = QButtonGroup(self)
        self.buttons: dict[Sector, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for candidate in Sector:
            button = QRadioButton(sector_label(candidate))
            self.group.addButton(button)
            self.buttons[candidate] = button
            layout.addWidget(button)
            layout.addWidget(hint_label(sector_presets_hint(candidate)))
        self.buttons[sector].setChecked(True)
        layout.addStretch(1)

    def sector(self) -> Sector:
        return next(s for s, b in self.buttons.items() if b.isChecked())


class AreaPage(QWizardPage):
    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Où est votre commerce ?"))
        self.setSubTitle(self.tr("La zone fixe les jours fériés et le fuseau horaire des envois."))
        self.combo = QComboBox()
        for label, code in area_items():
            self.combo.addItem(label, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(area)))
        self.hint = hint_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&Zone"), self.combo)
        form.addRow("", self.hint)
        self.combo.currentIndexChanged.connect(self._on_area)
        self._on_area()

    def area(self) -> str:
        return str(self.combo.currentData())

    def _on_area(self, *_args: object) -> None:
        region = Business(area=self.area()).region
        self.hint.setText(
            self.tr("Fuseau horaire %s ; jours fériés de cette zone.") % region_timezone(region)
        )


class SenderPage(QWizardPage):
    def __init__(self, sender: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Nom d'expéditeur"))
        self.setSubTitle(
            self.tr("Le nom qui s'affiche à la place d'un numéro sur le téléphone de vos clients.")
        )
        self.sender_field = SenderField(allow_empty=True)
        self.sender_field.setText(sender)
        self.user_edited = bool(sender)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("&Expéditeur"))
        title.setBuddy(self.sender_field.line)
        layout.addWidget(title)
        layout.addWidget(self.sender_field)
        layout.addWidget(
            hint_label(
                self.tr(
                    "3 à 11 lettres ou chiffres, sans accent ni espace. Proposé d'après le nom de votre "
                    "commerce ; laissez vide pour décider plus tard."
                )
            )
        )
        layout.addStretch(1)
        self.sender_field.line.textEdited.connect(self._on_edited)
        self.sender_field.checked.connect(lambda _ok: self.completeChanged.emit())

    def _on_edited(self, _text: str) -> None:
        self.user_edited = True

    def initializePage(self) -> None:
        if not self.user_edited:
            self.sender_field.setText(setup.suggest_sender(str(self.field("business_name"))))

    def isComplete(self) -> bool:
        return self.sender_field.is_valid()


class ProviderPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wizard = wizard
        self.setTitle(self.tr("Compte SMS"))
        self.setSubTitle(self.tr("Pour envoyer de vrais SMS, il faut un compte chez un fournisseur."))
        self.keep_radio = QRadioButton(self.tr("&Garder le simulateur pour essayer (aucun SMS réel ne part)"))
        self.connect_radio = QRadioButton(
            self.tr("&Connecter mon compte SMS (Twilio, Brevo, OVHcloud, smsmode)")
        )
        self.keep_radio.setChecked(True)
        self.connect_button = QPushButton(self.tr("Sa&isir les identifiants…"))
        self.connect_button.setEnabled(False)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keep_radio)
        layout.addWidget(self.connect_radio)
        button_row = QHBoxLayout()
        button_row.addSpacing(24)
        button_row.addWidget(self.connect_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addWidget(self.result_label)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Les identifiants sont gardés dans le trousseau sécurisé de cet ordinateur. Vous pourrez "
                    "connecter un compte plus tard : un bandeau vous le rappellera."
                )
            )
        )
        layout.addStretch(1)
        self.connect_radio.toggled.connect(self.connect_button.setEnabled)
        self.connect_button.clicked.connect(self.connect_account)

    def connect_account(self) -> bool:
        account = AccountDialog.ask(
            self._wizard.accounts,
            self._wizard.tasks,
            parent=self,
            default_sender=self._wizard.chosen_sender(),
        )
        if account is None:
            return False
        self._wizard.added_account = account
        self.result_label.setText(
            self.tr("Compte « %s » connecté : vos SMS partiront par lui.") % account.name
        )
        return True

    def validatePage(self) -> bool:
        if self.connect_radio.isChecked() and self._wizard.added_account is None:
            return self.connect_account()
        return True


class SummaryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wizard = wizard
        self.setTitle(self.tr("C'est prêt"))
        self.setSubTitle(self.tr("Vérifiez, puis « Terminer »."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        answers = self._wizard.answers()
        business = answers.business
        account = self._wizard.added_account
        lines = [
            self.tr("Commerce : %s") % business.name,
            self.tr("Métier : %s") % sector_label(business.sector),
            self.tr("Zone : %s") % area_label(business.area),
            self.tr("Expéditeur : %s") % (answers.sender or self.tr("à choisir plus tard")),
            self.tr("Compte SMS : %s") % account.name
            if account is not None
            else self.tr("Compte SMS : simulateur (aucun SMS réel ne part)"),
            sector_presets_hint(business.sector),
        ]
        self.summary.setText("\n".join(lines))
        self.error.hide()


class FirstRunWizard(QWizard):
    def __init__(self, settings, templates, accounts, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings_service = settings
        self.templates = templates
        self.accounts = accounts
        self.tasks = tasks
        self.initial: Settings = settings.get()  # cached by the service: no database read here
        self.added_account: ProviderAccount | None = None
        self.result_value: setup.SetupResult | None = None
        self.busy = False
        business = self.initial.business
        self.setWindowTitle(self.tr("Premier démarrage de Comptoir"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terminer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Plus tard"))
        self.welcome_page = WelcomePage()
        self.business_page = BusinessPage(business)
        self.sector_page = SectorPage(business.sector)
        self.area_page = AreaPage(business.area)
        self.sender_page = SenderPage(self.initial.sender)
        self.provider_page = ProviderPage(self)
        self.summary_page = SummaryPage(self)
        for page in (
            self.welcome_page,
            self.business_page,
            self.sector_page,
            self.area_page,
            self.sender_page,
            self.provider_page,
            self.summary_page,
        ):
            self.addPage(page)

    def chosen_sender(self) -> str:
        return self.sender_page.sender_field.text()

    def answers(self) -> setup.FirstRunAnswers:
        page = self.business_page
        business = replace(
            self.initial.business,
            name=page.name_edit.text().strip(),
            address=page.address_edit.text().strip(),
            phone=page.phone_edit.text().strip(),
            opening_hours=page.hours_edit.toPlainText().strip(),
            sector=self.sector_page.sector(),
            area=self.area_page.area(),
        )
        return setup.FirstRunAnswers(
            business=business, sender=self.chosen_sender(), account_added=self.added_account is not None
        )

    def done(self, result: int) -> None:
        """ "Terminer" applies the answers first; the wizard closes when they are saved."""
        if result != QWizard.DialogCode.Accepted or self.result_value is not None:
            if not self.busy:
                super().done(result)
            return
        if self.busy or not self.validateCurrentPage():
            return
        self.busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        answers = self.answers()
        settings, templates, accounts = self.settings_service, self.templates, self.accounts
        self.tasks.run(
            lambda: setup.apply_first_run(settings, templates, accounts, answers),
            on_done=self._applied,
            on_error=self._failed,
        )

    def _applied(self, result: setup.SetupResult) -> None:
        self.busy = False
        self.result_value = result
        super().done(QWizard.DialogCode.Accepted)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(error, setup.SettingsInvalidError):
            text = "\n".join(explain_problem(p) for p in error.problems)
        else:
            text = errors.text_for(error)
        self.summary_page.error.setText(text)
        self.summary_page.error.show()

    @classmethod
    def ask(
        cls, settings, templates, accounts, tasks, parent: QWidget | None = None
    ) -> setup.SetupResult | None:
        """Run the wizard; what was applied, or None when the user chose "Plus tard" (nothing saved
        except an account connected on the way)."""
        wizard = cls(settings, templates, accounts, tasks, parent)
        try:
            wizard.exec()
            return wizard.result_value
        finally:
            wizard.deleteLater()
