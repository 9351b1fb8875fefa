"""Expected failures: what went wrong as a catalogue code and its parameters, never as a finished sentence.

Every failure the user can do something about — a locked database, a missing keyring, a refused account, an
unreadable file, a provider that does not answer — derives from :class:`KnownError`, whichever layer raises
it. The window shows it through one presenter (``desktop.ui.errors``) and the command line through one
handler (``desktop.app``), both with :meth:`KnownError.message`. Any other exception is a bug: the crash
dialog, or a traceback in the log.
"""

from __future__ import annotations

from desktop.core import catalogue


class KnownError(Exception):
    """An expected failure: ``code`` names its sentence in :mod:`desktop.core.catalogue`, ``params`` fill it.

    ``str()`` is for the log: the code and ``detail``, a short technical note that never holds a secret, a
    phone number or a message body (the parameters, which may hold a file or account name, stay out of it).
    """

    code: str = "unknown_error"

    def __init__(self, code: str | None = None, /, **params: object) -> None:
        if code is not None:
            self.code = code
        self.params: dict[str, str] = {key: str(value) for key, value in params.items()}
        self.detail = ""
        super().__init__(self.code)

    def message(self, lang: str | None = None) -> str:
        """The sentence for the user, in the catalogue's current language (or ``lang``)."""
        return catalogue.explain(self.code, lang, **self.params)

    def __str__(self) -> str:
        return f"{self.code}: {self.detail}" if self.detail else self.code
