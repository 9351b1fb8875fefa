"""The phone-like SMS bubble: exact text, highlighted special characters, figures line in plain words."""

from __future__ import annotations

from desktop.core.sms import analyze
from desktop.ui.widgets.sms_bubble import SmsBubble, bubble_html


def _bubble(qtbot) -> SmsBubble:
    bubble = SmsBubble()
    qtbot.addWidget(bubble)
    return bubble


def test_gsm_text_and_its_figures(qtbot) -> None:
    bubble = _bubble(qtbot)
    text = "Bonjour Claire, vos lunettes vous attendent chez Optique Martin. Au plaisir de vous revoir !"
    assert len(text) == 92
    analysis = analyze(text)
    bubble.set_text(text, analysis)
    assert bubble.text() == text
    assert bubble.analysis() is analysis  # taken as given, not recomputed
    assert bubble.figures_text() == "92 caractères · 1 SMS"
    assert bubble.figures_label.text() == bubble.figures_text()
    assert "Bonjour Claire" in bubble.text_label.text()
    assert "background-color" not in bubble.text_label.text()
    assert bubble.text_label.accessibleDescription() == text
    assert bubble.figures_label.property("multi") == "false"
    assert "Un SMS seul contient 160 caractères" in bubble.figures_label.toolTip()
    assert "Encore 68 caractère(s) avant le SMS suivant." in bubble.figures_label.toolTip()


def test_unicode_text_is_highlighted_and_counted(qtbot) -> None:
    bubble = _bubble(qtbot)
    text = "Vos lunettes sont prêtes ! " * 3  # 81 characters, UCS-2: 2 SMS
    bubble.set_text(text)  # analysis computed when not given
    assert bubble.figures_text() == f"{len(text)} caractères · 2 SMS · caractères spéciaux"
    html = bubble.text_label.text()
    assert html.count("background-color") == 3  # each ê
    assert bubble.figures_label.property("multi") == "true"
    assert "Caractères spéciaux (70 caractères par SMS au lieu de 160) : ê" in bubble.figures_label.toolTip()


def test_empty_text_shows_a_placeholder(qtbot) -> None:
    bubble = _bubble(qtbot)
    assert bubble.figures_text() == "0 caractère · 0 SMS"
    assert "Le message apparaîtra ici." in bubble.text_label.text()
    bubble.set_placeholder("Choisissez un modèle")
    assert "Choisissez un modèle" in bubble.text_label.text()
    bubble.set_text("A")
    assert bubble.figures_text() == "1 caractère · 1 SMS"
    assert "Choisissez" not in bubble.text_label.text()


def test_text_is_shown_exactly_never_interpreted(qtbot) -> None:
    bubble = _bubble(qtbot)
    bubble.set_text("<b>gras</b> & co\nligne  2")
    html = bubble.text_label.text()
    assert "&lt;b&gt;gras&lt;/b&gt; &amp; co<br>ligne  2" in html
    assert "white-space: pre-wrap" in html
    # Invisible characters that force Unicode are made visible.
    assert "&#x2423;" in bubble_html("a\u00a0b", frozenset({"\u00a0"}))


def test_sender_and_footer_lines(qtbot) -> None:
    bubble = _bubble(qtbot)
    bubble.show()
    assert not bubble.sender_label.isVisible() and not bubble.footer_label.isVisible()
    bubble.set_sender("OPTMARTIN")
    bubble.set_footer("Coût estimé : 0,08 €")
    assert bubble.sender_label.isVisible() and bubble.sender_label.text() == "OPTMARTIN"
    assert bubble.footer_label.isVisible()
    bubble.set_footer("")
    assert not bubble.footer_label.isVisible()
