"""The catalogue: every sentence in both languages, every key the code names known, one lookup."""

from __future__ import annotations

import ast
import pickle
import re
import string
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import scan.text
from scan.cli import main
from scan.errors import ScanError
from scan.text import CATALOGUE, t

PACKAGE = Path(scan.text.__file__).resolve().parents[1]

#: Keys with Dutch words only, each with the reason (none yet: the English falls back to Dutch).
DUTCH_ONLY: dict[str, str] = {}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_key_has_dutch_and_english() -> None:
    for key, words in CATALOGUE.items():
        assert words.get("nl"), f"{key}: no Dutch"
        if key not in DUTCH_ONLY:
            assert words.get("en"), f"{key}: no English (or a reason in DUTCH_ONLY)"
        assert set(words) <= {"nl", "en"}, key


def test_dutch_and_english_have_the_same_fields() -> None:
    for key, words in CATALOGUE.items():
        if "en" in words:
            assert _fields(words["nl"]) == _fields(words["en"]), key


def test_keys_are_namespaced() -> None:
    assert all(re.fullmatch(r"[a-z]+\.[A-Za-z0-9_.]+", key) for key in CATALOGUE)


def _keys_in_python(path: Path) -> list[tuple[int, str, bool]]:
    """(line, key or f-string prefix, is a prefix) of every ``t(...)`` and ``ScanError(...)``."""
    found: list[tuple[int, str, bool]] = []

    def literal(node: ast.expr) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((node.lineno, node.value, False))
        elif isinstance(node, ast.JoinedStr):
            head = node.values[0]
            prefix = head.value if isinstance(head, ast.Constant) else ""
            found.append((node.lineno, str(prefix), True))
        elif isinstance(node, ast.IfExp):
            literal(node.body)
            literal(node.orelse)

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("t", "counted", "ScanError", "UsageError")
            and node.args
        ):
            literal(node.args[0])
    return found


def test_every_key_the_code_names_exists() -> None:
    seen = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        for line, key, prefix in _keys_in_python(path):
            where = f"{path.relative_to(PACKAGE.parent)}:{line}"
            if prefix:
                assert "." in key and any(k.startswith(key) for k in CATALOGUE), where
            else:
                assert key in CATALOGUE, f"{where}: {key!r}"
            seen += 1
    for path in sorted(PACKAGE.rglob("*.j2")):
        text = path.read_text(encoding="utf-8")
        for key in re.findall(r"\bt\(\s*[\"']([^\"']+)[\"']", text):
            assert key in CATALOGUE, f"{path.name}: {key!r}"
            seen += 1
    assert seen > 300  # the scan found the call sites


def test_sentences_live_in_the_catalogue_only() -> None:
    outside = [
        str(p.relative_to(PACKAGE.parent))
        for p in PACKAGE.rglob("*.py")
        if p.parent.name != "text" and '"nl": ' in p.read_text(encoding="utf-8")
    ]
    assert outside == []


def test_unknown_key_raises_and_a_missing_language_falls_back_to_dutch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(KeyError, match=r"report\.nope"):
        t("report.nope")
    monkeypatch.setitem(CATALOGUE, "report.only_dutch", {"nl": "alleen {x}"})
    assert t("report.only_dutch", "en", x="Nederlands") == "alleen Nederlands"
    with pytest.raises(KeyError):
        t("report.only_dutch", "nl")  # a placeholder without its field
    assert t("report.title_period", "en", period=None) == "Period: "


def test_an_error_is_a_key_written_out_in_the_language() -> None:
    error = ScanError("error.unknown_setting", name="sead")
    assert str(error) == "Onbekende instelling 'sead'."
    assert error.text("en") == "Unknown setting 'sead'."
    again = pickle.loads(pickle.dumps(error))  # the batch's workers send it back
    assert (again.key, again.fields, again.text("en")) == (
        error.key,
        error.fields,
        error.text("en"),
    )
    with pytest.raises(KeyError):
        ScanError("error.nope")


@pytest.mark.parametrize(
    ("lang", "words", "not_words"),
    [("en", "does not exist", "bestaat"), ("nl", "bestaat niet", "exist")],
)
def test_the_command_speaks_the_language_asked(
    tmp_path: Path, lang: str, words: str, not_words: str
) -> None:
    result = CliRunner().invoke(
        main, ["validate", "nergens", "--lang", lang], env={"NETWERKSCAN_HOME": str(tmp_path)}
    )
    assert result.exit_code == 1
    assert words in result.stderr and not_words not in result.stderr


def test_a_name_ending_in_a_full_stop_ends_the_sentence_once() -> None:
    names = "Zorg B.V."
    assert t("report.pressure_sentence", "nl", n="1", names=names).endswith(": Zorg B.V.")
    assert t("report.pressure_sentence", "en", n="2", names="Zorg").endswith(": Zorg.")
    # a finding's sentence: a name inside keeps its own full stop
    from scan.diagnosis.evidence import Message, Orgs
    from scan.diagnosis.sentences import render

    bv = render(Message.of("qw.front_runner", orgs=Orgs(("A",))), "en", {"A": "Zorg B.V."})
    assert bv.startswith("Zorg B.V. is well") and bv.endswith("along.")


def test_one_word_for_and_one_list_helper() -> None:
    from scan.text import fmt

    ands = [key for key, words in CATALOGUE.items() if words["nl"] == "en"]
    assert ands == ["term.and"]
    # a readiness band is called by one key, band.<code>, in the report and the charts alike
    assert not [key for key in CATALOGUE if key.startswith("report.band_")]
    assert fmt.listing(iter(["A", "B", "C"]), "en") == "A, B and C"
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name != "fmt.py":
            assert "'term.and'" not in path.read_text(encoding="utf-8"), path


def test_one_of_a_thing_is_singular(region: Callable[[dict[str, str]], Path]) -> None:
    import html

    from scan.pipeline import run_scan
    from scan.report import sections

    # one row quarantined (an unknown organisation), one twice, one name recognised roughly
    ties = (
        "respondent_org,partner_org\nZH01,WV01\nWV01,ZH01\nWV02,VVT1\nVVT1,WV02\n"
        "GEM1,ZH01\nZH01,GEM1\nZH01,WV01\nQQ99,ZH01\nOost Ziekenhuiss,WV02\n"
    )
    fast = {"analysis": {"n_boot": 20, "segment_n_init": 1}, "diagnosis": {"draws": 10}}
    ctx = sections.Context.of(run_scan(region({"ties.csv": ties}), fast))
    text = html.unescape(sections.participation(ctx))
    assert "regel niet gebruikt" in text and "regels niet gebruikt" not in text  # key figure
    assert (
        "1 regel kon niet worden gebruikt (hieronder staat waarom), 1 regel was dubbel "
        "aangeleverd, 0 keer leverden twee partijen verschillende cijfers over hetzelfde en "
        "1 organisatienaam is bij benadering herkend." in text
    )
    ctx.lang = "en"
    assert "1 row could not be used" in html.unescape(sections.participation(ctx))


def test_every_singular_has_its_plural() -> None:
    # "_one" is the singular of a key about a count (scan.text.counted); "at_least_one" is a word
    ones = [key for key in CATALOGUE if key.endswith("_one") and key != "error.at_least_one"]
    assert len(ones) >= 10
    for key in ones:
        plural = key.removesuffix("_one")
        assert plural in CATALOGUE, key
        assert _fields(CATALOGUE[key]["nl"]) <= _fields(CATALOGUE[plural]["nl"]), key
    assert re.search(r"\b1 \w+en\b", t("quality.rows_n_one", "nl", n="1")) is None
