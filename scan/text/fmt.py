"""Numbers and dates the Dutch way (``1.234,5``, ``31 maart 2026``), or English, via babel.

Examples
--------
>>> number(1234.5, "nl"), number(1234.5, "en"), number(3, "nl")
('1.234,5', '1,234.5', '3')
>>> import datetime
>>> date(datetime.date(2026, 3, 31), "nl")
'31 maart 2026'
>>> percent(0.8125, "nl")
'81%'
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import ROUND_HALF_EVEN, Decimal

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from scan.text.lang import Lang

LOCALES: dict[str, str] = {"nl": "nl_NL", "en": "en_GB"}


def number(value: float | int, lang: Lang = "nl", decimals: int = 1, fixed: bool = False) -> str:
    """A number with at most ``decimals`` decimals (exactly, if ``fixed``), grouped per locale.

    Examples
    --------
    >>> number(3, "nl", 1, fixed=True), number(0.25, "en", 1, fixed=True)
    ('3,0', '0.2')
    """
    digit = "0" if fixed else "#"
    pattern = "#,##0" + ("." + digit * decimals if decimals > 0 else "")
    return str(format_decimal(value, format=pattern, locale=LOCALES[lang]))


def rounded(value: float, decimals: int = 1) -> float:
    """``value`` as :func:`number` shows it with ``decimals`` decimals, as a float.

    The same rounding as the text (half to even on the number as written), so
    that a judgement on a shown number agrees with what the reader sees.

    Examples
    --------
    >>> rounded(3.95), rounded(3.949), rounded(3.85), number(3.85, "en", 1)
    (4.0, 3.9, 3.8, '3.8')
    """
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_EVEN))


def percent(value: float, lang: Lang = "nl", decimals: int = 0) -> str:
    """A share (0–1) as a percentage."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "") + "%"
    return str(format_percent(value, format=pattern, locale=LOCALES[lang]))


def date(value: _dt.date, lang: Lang = "nl") -> str:
    """A date written out: ``31 maart 2026`` / ``31 March 2026``."""
    return str(format_date(value, format="long", locale=LOCALES[lang]))


def listing(words: Iterable[str], lang: Lang = "nl") -> str:
    """Words as a list the way a sentence says it: "A, B en C" (the one list helper).

    Examples
    --------
    >>> listing(["A", "B", "C"], "nl"), listing(["A", "B"], "en"), listing(["A"]), listing([])
    ('A, B en C', 'A and B', 'A', '')
    """
    from scan.text import t

    xs = list(words)
    if len(xs) <= 1:
        return "".join(xs)
    return f"{', '.join(xs[:-1])} {t('term.and', lang)} {xs[-1]}"
