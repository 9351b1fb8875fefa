"""Phone numbers: normalisation to E.164, mobile check, region → time zone, display and hashing.

`normalize` accepts what spreadsheets and forms hold (text in any usual French form, Excel ints and floats)
and answers with a `PhoneResult`: the E.164 string, the region of the number itself (``"RE"`` for a
Réunion mobile written ``0692…``), whether it is a mobile, or an error code.

The common French forms take a fast path that checks the national significant number against the
library's own FR metadata patterns; anything else goes through `phonenumbers.parse`. Both paths give the
same answer (a property test compares them).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any, Final

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType
from phonenumbers import ValidationResult as _Reason

#: Regions tried, in order, when a number written in national form is not valid in the default region:
#: French overseas numbers are often written like metropolitan ones (``0692 12 34 56`` is a Réunion mobile),
#: and a business outside metropolitan France gets metropolitan numbers in national form too. All of them
#: write ten digits from a trunk 0. Saint-Pierre-et-Miquelon is not among them: its six-digit numbers would
#: turn a mistyped ``06 12 34 5`` into a valid +508 number.
FALLBACK_REGIONS: Final = ("FR", "RE", "YT", "GP", "MQ", "GF", "BL", "MF")
_NATIONAL_DIGITS: Final = 10

#: IANA time zone of each French region; anything else is treated as metropolitan France.
REGION_TIMEZONES: Final[dict[str, str]] = {
    "FR": "Europe/Paris",
    "RE": "Indian/Reunion",
    "YT": "Indian/Mayotte",
    "GP": "America/Guadeloupe",
    "BL": "America/Guadeloupe",
    "MF": "America/Guadeloupe",
    "MQ": "America/Martinique",
    "GF": "America/Cayenne",
    "PM": "America/Miquelon",
    "NC": "Pacific/Noumea",
    "PF": "Pacific/Tahiti",
    "WF": "Pacific/Wallis",
}
DEFAULT_TIMEZONE: Final = "Europe/Paris"

# Error codes carried by PhoneResult.error.
EMPTY: Final = "empty"
NOT_A_NUMBER: Final = "not_a_number"
TOO_SHORT: Final = "too_short"
TOO_LONG: Final = "too_long"
INVALID: Final = "invalid"

_PARSE_ERRORS: Final[dict[int, str]] = {
    NumberParseException.INVALID_COUNTRY_CODE: INVALID,
    NumberParseException.NOT_A_NUMBER: NOT_A_NUMBER,
    NumberParseException.TOO_SHORT_AFTER_IDD: TOO_SHORT,
    NumberParseException.TOO_SHORT_NSN: TOO_SHORT,
    NumberParseException.TOO_LONG: TOO_LONG,
}
_MOBILE_TYPES: Final = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


@dataclass(frozen=True, slots=True)
class PhoneResult:
    """Outcome of `normalize`: either an E.164 number with its region, or an error code."""

    e164: str | None
    region: str | None
    is_mobile: bool
    error: str | None

    @property
    def ok(self) -> bool:
        return self.error is None


def _failure(code: str) -> PhoneResult:
    return PhoneResult(e164=None, region=None, is_mobile=False, error=code)


# ---------------------------------------------------------------------------------------- fast path


class _TypeMatcher:
    """`phonenumberutil._number_type_helper` for national numbers of one length, folded into one regex.

    The descriptions that admit the length are tried in the library's order (premium rate … voicemail,
    then fixed line, then mobile) as alternatives of a single pattern, behind a look-ahead for the
    general description: one `fullmatch` classifies a number.
    """

    _OTHERS: Final = (
        "premium_rate",
        "toll_free",
        "shared_cost",
        "voip",
        "personal_number",
        "pager",
        "uan",
        "voicemail",
    )

    def __init__(self, metadata: Any, length: int) -> None:
        def pattern(desc: Any) -> str | None:
            if desc is None or not desc.national_number_pattern:
                return None
            if desc.possible_length and length not in desc.possible_length:
                return None
            return str(desc.national_number_pattern)

        general = pattern(metadata.general_desc)
        others = [p for name in self._OTHERS if (p := pattern(getattr(metadata, name))) is not None]
        fixed = pattern(metadata.fixed_line)
        mobile = pattern(metadata.mobile)
        self._same_pattern = bool(metadata.same_mobile_and_fixed_line_pattern)
        branches = []
        if others:
            branches.append("(?P<other>" + "|".join(f"(?:{p})" for p in others) + ")")
        if fixed is not None:
            branches.append(f"(?P<fixed>{fixed})")
        if mobile is not None and not self._same_pattern:
            branches.append(f"(?P<mobile>{mobile})")
        self.length = length
        self._any = (
            re.compile(f"(?=(?:{general})\\Z)(?:" + "|".join(branches) + ")")
            if general is not None and branches
            else None
        )
        self._mobile = re.compile(mobile) if mobile is not None else None

    def classify(self, nsn: str) -> tuple[bool, bool]:
        """(valid, is_mobile) of a national significant number of `length` digits, as the library decides."""
        match = self._any.fullmatch(nsn) if self._any is not None and len(nsn) == self.length else None
        if match is None:
            return False, False
        groups = match.groupdict()
        if groups.get("other") is not None:
            return True, False
        if groups.get("fixed") is not None:
            both = self._same_pattern or (
                self._mobile is not None and self._mobile.fullmatch(nsn) is not None
            )
            return True, both
        return True, True


_FR_TYPES: Final = _TypeMatcher(phonenumbers.PhoneMetadata.metadata_for_region("FR"), 9)
# Spaces, dots, dashes and no-break spaces: punctuation the library drops anywhere in a number.
_SEPARATORS: Final = str.maketrans("", "", " .-\u00a0")
_FRENCH_FORM: Final = re.compile(r"(?:0|\+33|0033)([1-9][0-9]{8})|([67][0-9]{8})")
_MAX_INPUT_LENGTH: Final = 250  # beyond this the library refuses the input (TOO_LONG)


def _fast(text: str) -> PhoneResult | None:
    """The answer for a common French form whose number is valid in FR, else None (use the library)."""
    if len(text) > _MAX_INPUT_LENGTH:
        return None
    match = _FRENCH_FORM.fullmatch(text.translate(_SEPARATORS))
    if match is None:
        return None
    nsn = match.group(1) or match.group(2)
    valid, mobile = _FR_TYPES.classify(nsn)
    if not valid:
        return None
    return PhoneResult(e164="+33" + nsn, region="FR", is_mobile=mobile, error=None)


# ---------------------------------------------------------------------------------------- full path


def _to_text(raw: str | int | float | None) -> str | PhoneResult:
    """The text to parse, or a failure for inputs that cannot be a number at all."""
    if raw is None:
        return _failure(EMPTY)
    if isinstance(raw, bool):
        return _failure(NOT_A_NUMBER)
    if isinstance(raw, float):
        if not raw.is_integer():
            return _failure(NOT_A_NUMBER)
        raw = int(raw)
    if isinstance(raw, int):
        if raw < 0:
            return _failure(NOT_A_NUMBER)
        digits = str(raw)
        if len(digits) == 9:
            return "0" + digits  # Excel dropped the leading 0 of a national number
        if len(digits) >= 11 and _starts_with_country_code(digits):
            return "+" + digits  # Excel dropped the "+" of an international number
        return digits
    if not isinstance(raw, str):
        raise TypeError(f"phone number must be str, int or float, not {type(raw).__name__}")
    if not raw.strip():
        return _failure(EMPTY)
    return raw


def _starts_with_country_code(digits: str) -> bool:
    return any(int(digits[:size]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE for size in (1, 2, 3))


def _result(number: phonenumbers.PhoneNumber) -> PhoneResult:
    return PhoneResult(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        region=phonenumbers.region_code_for_number(number),
        is_mobile=phonenumbers.number_type(number) in _MOBILE_TYPES,
        error=None,
    )


def _parse(text: str, region: str) -> PhoneResult:
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        return _failure(_PARSE_ERRORS.get(exc.error_type, INVALID))
    if phonenumbers.is_valid_number(number):
        return _result(number)
    national_form = number.country_code == phonenumbers.country_code_for_region(region)
    for fallback in FALLBACK_REGIONS if national_form else ():
        if fallback == region:
            continue
        try:
            candidate = phonenumbers.parse(text, fallback)
        except NumberParseException:
            continue
        if phonenumbers.is_valid_number(candidate):
            return _result(candidate)
    if region in FALLBACK_REGIONS and national_form:
        digits, start = sum(c.isdigit() for c in text), text.lstrip()[:2]
        if start[:1] == "0" and start != "00" and digits != _NATIONAL_DIGITS:  # « 06 12 34 56 7 »: which way
            return _failure(TOO_SHORT if digits < _NATIONAL_DIGITS else TOO_LONG)
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == _Reason.TOO_SHORT:
        return _failure(TOO_SHORT)
    if reason == _Reason.TOO_LONG:
        return _failure(TOO_LONG)
    return _failure(INVALID)


def _normalize(raw: str | int | float | None, region: str, *, fast: bool) -> PhoneResult:
    text = _to_text(raw)
    if isinstance(text, PhoneResult):
        return text
    region = region.upper()
    if fast and region == "FR":
        result = _fast(text)
        if result is not None:
            return result
    return _parse(text, region)


def normalize(raw: str | int | float | None, region: str = "FR") -> PhoneResult:
    """Normalise a phone number as typed or imported; `region` is assumed for numbers in national form."""
    return _normalize(raw, region, fast=True)


def _normalize_slow(raw: str | int | float | None, region: str = "FR") -> PhoneResult:
    """`normalize` without the fast path: the library decides everything (reference for tests)."""
    return _normalize(raw, region, fast=False)


# ---------------------------------------------------------------------------------------- helpers


def number_in_text(raw: str, region: str = "FR") -> tuple[PhoneResult, str] | None:
    """The one valid number written inside some text, and the text around it.

    « 06 12 34 56 78 (mère) » → (+33612345678, "mère"). None when the text holds no valid number, or
    several (a cell with two numbers is a different case), or nothing but the number. Found by the
    library's own matcher, so anything it accepts is a number it can validate.
    """
    matches = list(phonenumbers.PhoneNumberMatcher(raw, region.upper(), leniency=phonenumbers.Leniency.VALID))
    if len(matches) != 1:
        return None
    match = matches[0]
    rest = f"{raw[: match.start]} {raw[match.end :]}"
    note = " ".join(rest.replace("(", " ").replace(")", " ").split()).strip(" -–—:;,./")
    if not note:
        return None
    return _result(match.number), note


def format_national(e164: str) -> str:
    """Display form: ``06 12 34 56 78`` for French numbers, international format for the others."""
    if len(e164) == 12 and e164.startswith(("+336", "+337")) and e164[1:].isdigit():
        # A French mobile, the common case (lists show hundreds): the library's answer, without it.
        digits = "0" + e164[3:]
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == "FR":
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def region_timezone(region: str | None) -> str:
    """IANA time zone of a region code (from `PhoneResult.region`); metropolitan France when unknown."""
    if region is None:
        return DEFAULT_TIMEZONE
    return REGION_TIMEZONES.get(region.upper(), DEFAULT_TIMEZONE)


_FRENCH_MOBILE: Final = re.compile(r"\+33[67][0-9]{8}")


def is_french_mobile(e164: str) -> bool:
    """True for a metropolitan 06/07 number (+33 6…, +33 7…), which may not be used as an A2P sender."""
    return _FRENCH_MOBILE.fullmatch(e164) is not None


def hash_number(e164: str) -> str:
    """SHA-256 hex digest of the E.164 string: the key of the suppression list."""
    return hashlib.sha256(e164.encode("utf-8")).hexdigest()
