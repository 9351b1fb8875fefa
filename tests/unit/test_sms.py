"""GSM-7 / UCS-2 analysis and segmentation against 3GPP TS 23.038, and transliteration suggestions."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.sms import (
    GSM7,
    UCS2,
    GsmSuggestion,
    Replacement,
    analyze,
    is_gsm_char,
    segment_limits,
    suggest_gsm,
    units_of,
)

# The GSM 03.38 tables (3GPP TS 23.038: basic set and extension), typed in again here rather than imported, so that a typo in the
# module cannot hide behind the same typo in the test.
BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
EXTENSION = "\x0c^{}\\[~]|€"
FRENCH_NON_GSM = "âêîôûëïÿçœÀÂÈÊËÎÏÔÙÛŸŒ«»’‘“”–—…\u00a0\u202f°"

DUPONT = "Bonjour Mme Dupont, votre RDV chez Optique Martin est confirmé le 12/03 à 14h30. STOP au 36180"
PRETE = "Votre commande est prête ! Retrait en magasin. STOP au 36180"


@pytest.mark.parametrize(
    ("text", "encoding", "units", "part_units"),
    [
        ("a" * 160, GSM7, 160, (160,)),
        ("a" * 161, GSM7, 161, (153, 8)),
        ("a" * 306, GSM7, 306, (153, 153)),
        ("a" * 307, GSM7, 307, (153, 153, 1)),
        ("€" * 80, GSM7, 160, (160,)),
        ("€" * 81, GSM7, 162, (152, 10)),
        ("a" * 152 + "€" + "a" * 10, GSM7, 164, (152, 12)),
        ("ê" * 70, UCS2, 70, (70,)),
        ("ê" * 71, UCS2, 71, (67, 4)),
        ("ê" * 134, UCS2, 134, (67, 67)),
        ("ê" * 135, UCS2, 135, (67, 67, 1)),
        ("a" * 66 + "😀" + "a" * 5, UCS2, 73, (66, 7)),
        (DUPONT, GSM7, 94, (94,)),
        (PRETE, UCS2, 60, (60,)),
    ],
)
def test_rules_vectors(text: str, encoding: str, units: int, part_units: tuple[int, ...]) -> None:
    result = analyze(text)
    assert result.encoding == encoding
    assert result.units == units
    assert result.segments == len(part_units)
    assert result.part_units == part_units
    assert "".join(result.parts) == text


def test_escape_pair_moves_whole_to_next_part() -> None:
    parts = analyze("a" * 152 + "€" + "a" * 10).parts
    assert parts[0] == "a" * 152
    assert parts[1] == "€" + "a" * 10


def test_surrogate_pair_moves_whole_to_next_part() -> None:
    parts = analyze("a" * 66 + "😀" + "a" * 5).parts
    assert parts == ("a" * 66, "😀" + "a" * 5)


def test_empty_text() -> None:
    result = analyze("")
    assert (result.units, result.segments, result.parts, result.non_gsm) == (0, 0, (), ())
    assert result.characters == 0
    assert result.remaining == 160


def test_lower_case_c_cedilla_is_not_gsm_but_upper_case_is() -> None:
    assert analyze("Ç").encoding == GSM7
    lower = analyze("ça")
    assert lower.encoding == UCS2
    assert lower.non_gsm == ("ç",)
    assert not is_gsm_char("ç")
    assert is_gsm_char("Ç")


def test_euro_costs_two_septets() -> None:
    result = analyze("10€")
    assert (result.encoding, result.units, result.characters) == (GSM7, 4, 3)
    assert result.remaining == 156


@pytest.mark.parametrize("ch", list(BASIC))
def test_every_basic_character_is_one_septet(ch: str) -> None:
    assert is_gsm_char(ch)
    result = analyze(ch)
    assert (result.encoding, result.units) == (GSM7, 1)


@pytest.mark.parametrize("ch", list(EXTENSION))
def test_every_extension_character_is_two_septets(ch: str) -> None:
    assert is_gsm_char(ch)
    result = analyze(ch)
    assert (result.encoding, result.units) == (GSM7, 2)


def test_tables_are_complete() -> None:
    assert len(BASIC) == 127
    gsm = {chr(cp) for cp in range(0x3000) if is_gsm_char(chr(cp))}
    assert gsm == set(BASIC) | set(EXTENSION)


@pytest.mark.parametrize("ch", [*FRENCH_NON_GSM, "`", "\t", "\x1b", "😀"])
def test_characters_that_force_ucs2(ch: str) -> None:
    assert not is_gsm_char(ch)
    result = analyze("abc" + ch + "d" + ch)
    assert result.encoding == UCS2
    assert result.non_gsm == (ch,)


def test_non_gsm_listed_once_in_order_of_first_appearance() -> None:
    assert analyze("prête, ça ! côté… prête").non_gsm == ("ê", "ç", "ô", "…")


def test_nfc_makes_decomposed_accent_gsm() -> None:
    result = analyze("caf" + "e\u0301")
    assert result.encoding == GSM7
    assert result.parts == ("café",)
    assert result.characters == 4


def test_ucs2_counts_utf16_units() -> None:
    result = analyze("😀ê")
    assert (result.encoding, result.units, result.characters) == (UCS2, 3, 2)
    assert result.remaining == 67


def test_remaining_in_multipart_message() -> None:
    assert analyze("a" * 161).remaining == 153 - 8
    assert analyze("ê" * 71).remaining == 67 - 4


def test_combining_mark_stays_with_its_base() -> None:
    # q + U+0301 has no precomposed form: it stays two code points but one grapheme.
    text = "ê" * 66 + "q\u0301" + "xyz"  # 71 units: two parts, and "q" alone would still fit in the first
    result = analyze(text)
    assert result.part_units == (66, 5)
    assert result.parts[1].startswith("q\u0301")


def test_zwj_emoji_sequence_stays_whole() -> None:
    family = "👨\u200d👩\u200d👧"  # 8 UTF-16 units
    result = analyze("a" * 60 + family + "b" * 5)
    assert result.parts == ("a" * 60, family + "b" * 5)


def test_flag_stays_whole() -> None:
    flag = "🇫🇷"
    result = analyze("a" * 65 + flag + "b" * 4)
    assert result.parts == ("a" * 65, flag + "b" * 4)


@pytest.mark.parametrize(("filler", "size"), [("a", 152), ("ê", 66)])
def test_crlf_stays_in_one_part(filler: str, size: int) -> None:
    result = analyze(filler * size + "\r\n" + "b" * 10)
    assert result.parts == (filler * size, "\r\n" + "b" * 10)


def test_cluster_larger_than_a_part_is_cut_between_code_points() -> None:
    text = "e" + "\u0302\u0323" * 40  # one grapheme of 81 units
    result = analyze(text)
    assert result.segments == 2
    assert max(result.part_units) <= 67
    assert "".join(result.parts) == unicodedata.normalize("NFC", text)


def test_segment_limits() -> None:
    assert segment_limits(GSM7) == (160, 153)
    assert segment_limits(UCS2) == (70, 67)


# ---------------------------------------------------------------- properties

_pieces = st.sampled_from(
    [*BASIC, *EXTENSION, *FRENCH_NON_GSM, "😀", "👍🏽", "\u0301", "\u200d", "❤\ufe0f", "🇫", "e", " "]
)
_texts = st.one_of(st.lists(_pieces, max_size=400).map("".join), st.text(max_size=300))


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_segmentation_properties(text: str) -> None:
    result = analyze(text)
    normalised = unicodedata.normalize("NFC", text)
    single, per_part = segment_limits(result.encoding)
    assert "".join(result.parts) == normalised
    assert result.segments == len(result.parts)
    assert result.characters == len(normalised)
    assert result.units == units_of(normalised, result.encoding)
    assert all(part for part in result.parts)
    if not normalised:
        assert result.segments == 0
    elif result.units <= single:
        assert result.parts == (normalised,)
    else:
        assert result.segments >= 2
        assert all(units <= per_part for units in result.part_units)
        assert sum(result.part_units) == result.units
        assert not any("\ud800" <= part[-1] <= "\udbff" for part in result.parts)
    assert 0 <= result.remaining <= single
    assert (result.encoding == GSM7) == (result.non_gsm == ())


# ---------------------------------------------------------------- suggestions


def test_suggestion_for_french_typography() -> None:
    text = "Aujourd’hui « -20% » à l’œil… côté"
    suggestion = suggest_gsm(text)
    assert suggestion.text == "Aujourd'hui \" -20% \" à l'oeil... coté"
    assert suggestion.replacements == (
        Replacement("’", "'", 2),
        Replacement("«", '"', 1),
        Replacement("»", '"', 1),
        Replacement("œ", "oe", 1),
        Replacement("…", "...", 1),
        Replacement("ô", "o", 1),
    )
    assert suggestion.encoding_after == GSM7
    assert suggestion.changed


def test_suggestion_saves_segments() -> None:
    text = "Aujourd’hui -20% sur les montures. " * 3  # 105 chars: 2 UCS-2 parts, 1 GSM-7 part
    suggestion = suggest_gsm(text)
    assert (suggestion.segments_before, suggestion.segments_after) == (2, 1)
    assert suggestion.encoding_after == GSM7
    assert suggestion.replacements == (Replacement("’", "'", 3),)


def test_suggestion_covers_the_documented_list() -> None:
    text = "âêîôûëïÿç ÀÂ ÈÊË ÎÏ Ô ÙÛ Ÿ œŒ «»“” ’‘ … –— \u00a0\u202f\u2009 °"
    suggestion = suggest_gsm(text)
    assert suggestion.text == 'aeioueiyc AA EEE II O UU Y oeOE """" \'\' ... -- ' + "   " + " o"
    assert suggestion.encoding_after == GSM7


def test_nbsp_becomes_one_space() -> None:
    assert suggest_gsm("Bonjour\u00a0!").text == "Bonjour !"


def test_fullwidth_forms_become_ascii() -> None:
    suggestion = suggest_gsm("ＳＴＯＰ ３６１８０")
    assert suggestion.text == "STOP 36180"
    assert suggestion.encoding_after == GSM7


def test_untranslatable_characters_stay() -> None:
    suggestion = suggest_gsm("Merci ! 😀 côté")
    assert suggestion.text == "Merci ! 😀 coté"
    assert suggestion.encoding_after == UCS2
    assert suggestion.replacements == (Replacement("ô", "o", 1),)


def test_gsm_text_is_returned_unchanged() -> None:
    suggestion = suggest_gsm(DUPONT)
    assert suggestion == GsmSuggestion(DUPONT, (), 1, 1, GSM7)
    assert not suggestion.changed


def test_suggestion_leaves_gsm_accents_alone() -> None:
    suggestion = suggest_gsm("Élève à l’école, ç")
    assert suggestion.text == "Élève à l'école, c"


def test_suggestion_may_cost_more_segments_and_says_so() -> None:
    # 70 ellipses are 70 UCS-2 units (1 SMS) but 210 septets once spelt "..." (2 SMS).
    suggestion = suggest_gsm("…" * 70)
    assert (suggestion.segments_before, suggestion.segments_after) == (1, 2)


def test_empty_suggestion() -> None:
    assert suggest_gsm("") == GsmSuggestion("", (), 0, 0, GSM7)


@settings(max_examples=100, deadline=None)
@given(st.text(st.sampled_from(list(BASIC + FRENCH_NON_GSM + "€😀")), max_size=300))
def test_suggestion_makes_french_text_gsm(text: str) -> None:
    suggestion = suggest_gsm(text)
    if "😀" not in text:
        assert suggestion.encoding_after == GSM7
    assert suggestion.segments_before == analyze(text).segments
    assert suggestion.segments_after == analyze(suggestion.text).segments
