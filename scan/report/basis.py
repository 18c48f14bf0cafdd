"""What each report section rests on: the tables it uses and what each one adds.

One declaration (:data:`BASIS`) says, per section, which tables it needs for
its content and which it can use; the catalogue holds what each table adds
(``basis.<section>.<table>``). :func:`line` writes the one line every section
opens with: what it rests on in this region, and what a missing table would
show. :func:`markdown` writes the same declaration as the table in
``docs/metrics.md``.

Examples
--------
>>> BASIS["readiness"].needs
('survey',)
>>> line("readiness", ("ties", "survey"), "en")  # doctest: +ELLIPSIS
'This part rests on: collaboration survey. With the initiatives it would show who sits ...'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from scan.data.model import ScanData
from scan.data.schema import DATA_TABLES, ROUND_TABLES
from scan.text import Lang, fmt, t

#: The tables of the region besides organisations, which may each be missing.
OPTIONAL: tuple[str, ...] = tuple(name for name in DATA_TABLES if name != "organisations")


@dataclass(frozen=True)
class Basis:
    """The tables one section rests on.

    Attributes
    ----------
    needs : tuple of str
        The section has its content when at least one of these was delivered.
    uses : tuple of str
        Every table that adds something (``needs`` included), in the order
        the line names them; what each adds is ``basis.<section>.<table>``.
    everything : bool
        The section rests on whatever was delivered (participation, method):
        its line names the delivered tables and no missing one.
    """

    needs: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()
    everything: bool = False


#: Per section of :data:`scan.report.sections.SECTIONS`: the tables it rests on.
BASIS: dict[str, Basis] = {
    "summary": Basis(everything=True),
    "changes": Basis(everything=True),
    "participation": Basis(everything=True),
    "network": Basis(needs=("ties",), uses=("ties", "flows")),
    "dependencies": Basis(
        needs=("flows", "episodes"), uses=("flows", "episodes", "capacity", "ties")
    ),
    "bottlenecks": Basis(
        needs=("ties", "flows", "episodes"),  # a crucial place; capacity adds the pressure
        uses=("capacity", "ties", "flows", "episodes"),
    ),
    "quick_wins": Basis(needs=OPTIONAL, uses=OPTIONAL),
    "readiness": Basis(needs=("survey",), uses=("survey", "initiatives")),
    "segments": Basis(needs=("ties", "capacity", "survey"), uses=("ties", "capacity", "survey")),
    "recognition": Basis(needs=("recognition",), uses=("recognition",)),
    "method": Basis(everything=True),
}


def delivered(data: ScanData) -> tuple[str, ...]:
    """The tables of ``data`` with at least one usable row, in schema order (the
    recognition round's answers and the change agenda too, after the region's)."""
    return tuple(name for name in (*OPTIONAL, *ROUND_TABLES) if len(data.table(name)))


def received(data: ScanData) -> tuple[str, ...]:
    """The tables of ``data`` of which a file or sheet was read (usable or not)."""
    tables = set(data.quality.files["table"].dropna().astype(str))
    return tuple(name for name in OPTIONAL if name in tables)


def tables(names: Iterable[str], lang: Lang) -> str:
    """The tables' names as a list: "netwerkvragenlijst, capaciteit en initiatieven"."""
    return fmt.listing([t(f"report.table_{name}", lang) for name in names], lang)


def line(section: str, present: Iterable[str], lang: Lang) -> str:
    """What ``section`` rests on, given the delivered tables ``present``, and what is missing.

    Parameters
    ----------
    section : str
        A key of :data:`BASIS`.
    present : iterable of str
        The tables with usable rows (:func:`delivered`).
    lang : {"nl", "en"}

    Examples
    --------
    >>> line("dependencies", ("flows",), "nl")  # doctest: +ELLIPSIS
    'Dit deel rust op: cliëntstromen. Met zorgperiodes zou ... Met capaciteitsgegevens zou ...'
    >>> line("network", (), "en")  # doctest: +ELLIPSIS
    'No data for this part was delivered. With the network survey it would show who works ...'
    """
    basis = BASIS[section]
    have = set(present)
    if basis.everything:
        names = ["organisations", *(name for name in OPTIONAL if name in have)]
        return t("basis.everything", lang, tables=tables(names, lang))
    rests = [name for name in basis.uses if name in have]
    words = [
        t("basis.rests_on", lang, tables=tables(rests, lang)) if rests else t("basis.nothing", lang)
    ]
    words += [t(f"basis.{section}.{name}", lang) for name in basis.uses if name not in have]
    return " ".join(words)


def markdown() -> str:
    """The per-section table of ``docs/metrics.md``, from :data:`BASIS` and the catalogue."""
    rows = [
        "| Section | Needs (one of) | What each table adds (when missing, the report says so) |",
        "|---|---|---|",
    ]
    for section, basis in BASIS.items():
        name = t(f"report.section_{section}", "en")
        if basis.everything:
            rows.append(f"| {name} | organisations | whatever was delivered |")
            continue
        needs = " or ".join(f"`{n}`" for n in basis.needs)
        adds = "<br>".join(f"`{n}`: {t(f'basis.{section}.{n}', 'en')}" for n in basis.uses)
        rows.append(f"| {name} | {needs} | {adds} |")
    return "\n".join(rows) + "\n"
