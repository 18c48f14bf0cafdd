"""Labels of codes shared by the analysis, the figures and the report.

Each map is code → words; in the catalogue the codes are namespaced by their map
(``band.*``, ``dimension.*``, ``layer.*``, ``family.*``, ``type.*``, ``colour.*``,
``feature.*``, ``segment.*``), so ``t(f"dimension.{d}", lang)`` looks one up.
"""

from __future__ import annotations

from scan.text.lang import Lang

#: Readiness bands and the seven dimensions (shared ambition and six driving forces).
BAND_LABELS: dict[str, dict[Lang, str]] = {
    "strength": {"nl": "sterk punt", "en": "strength"},
    "discuss": {"nl": "bespreken", "en": "discuss"},
    "concern": {"nl": "zorgpunt", "en": "concern"},
}
DIMENSION_LABELS: dict[str, dict[Lang, str]] = {
    "ambition": {"nl": "gedeelde ambitie", "en": "shared ambition"},
    "trust": {"nl": "vertrouwen en openheid", "en": "trust and openness"},
    "governance": {"nl": "sturing en afspraken", "en": "governance and agreements"},
    "leadership": {"nl": "leiderschap", "en": "leadership"},
    "finance": {"nl": "financiering", "en": "finance"},
    "capacity": {"nl": "beschikbare capaciteit", "en": "available capacity"},
    "perseverance": {"nl": "doorzettingsvermogen", "en": "perseverance"},
}

LAYER_LABELS: dict[str, dict[Lang, str]] = {
    "bestuur": {"nl": "bestuur", "en": "board"},
    "management": {"nl": "management", "en": "management"},
    "uitvoering": {"nl": "uitvoering", "en": "operations"},
}

FAMILY_LABELS: dict[str, dict[Lang, str]] = {
    "primary": {"nl": "huisarts en eerste lijn", "en": "GP and primary care"},
    "hospital": {"nl": "ziekenhuis", "en": "hospital"},
    "home_care": {"nl": "wijkverpleging", "en": "district nursing"},
    "elderly": {"nl": "ouderenzorg", "en": "elderly care"},
    "mental": {"nl": "ggz", "en": "mental health care"},
    "disability": {"nl": "gehandicaptenzorg", "en": "disability care"},
    "social": {"nl": "gemeente en welzijn", "en": "municipality and welfare"},
    "funders": {"nl": "zorgverzekeraar en zorgkantoor", "en": "health insurer and care office"},
    "other": {"nl": "overig", "en": "other"},
}

#: Organisation type in words (hover texts).
TYPE_LABELS: dict[str, dict[Lang, str]] = {
    "huisartsenpraktijk": {"nl": "huisartsenpraktijk", "en": "GP practice"},
    "huisartsenpost": {"nl": "huisartsenpost", "en": "GP out-of-hours service"},
    "zorggroep": {"nl": "zorggroep", "en": "primary care group"},
    "ziekenhuis": {"nl": "ziekenhuis", "en": "hospital"},
    "wijkverpleging": {"nl": "wijkverpleging", "en": "district nursing"},
    "vvt": {"nl": "verpleging, verzorging en thuiszorg", "en": "nursing and care home"},
    "ggz": {"nl": "ggz", "en": "mental health care"},
    "gehandicaptenzorg": {"nl": "gehandicaptenzorg", "en": "disability care"},
    "apotheek": {"nl": "apotheek", "en": "pharmacy"},
    "fysiotherapie": {"nl": "fysiotherapie", "en": "physiotherapy"},
    "welzijn": {"nl": "welzijn", "en": "social welfare"},
    "gemeente": {"nl": "gemeente", "en": "municipality"},
    "zorgverzekeraar": {"nl": "zorgverzekeraar", "en": "health insurer"},
    "zorgkantoor": {"nl": "zorgkantoor", "en": "care office"},
    "transferpunt": {"nl": "transferpunt", "en": "transfer desk"},
    "other": {"nl": "overig", "en": "other"},
}

INTERVENTION_LABELS: dict[str, dict[Lang, str]] = {
    "blue": {"nl": "blauw: heldere afspraken", "en": "blue: clear agreements"},
    "yellow": {"nl": "geel: coalities en belangen", "en": "yellow: coalitions and interests"},
    "red": {"nl": "rood: prikkels en beloning", "en": "red: incentives"},
    "green": {"nl": "groen: samen leren", "en": "green: learning together"},
    "white": {"nl": "wit: laten groeien", "en": "white: let it grow"},
}

#: Axis titles of the profile features the segment chart can show.
FEATURE_LABELS: dict[str, dict[Lang, str]] = {
    "degree_centrality": {
        "nl": "Aandeel organisaties waarmee wordt samengewerkt",
        "en": "Share of organisations it works with",
    },
    "betweenness": {"nl": "Verbindende rol in het netwerk", "en": "Brokerage in the network"},
    "utilisation": {
        "nl": "Bezetting (vraag ÷ capaciteit)",
        "en": "Utilisation (demand ÷ capacity)",
    },
    "wait_days": {"nl": "Wachttijd (dagen)", "en": "Waiting time (days)"},
    "readiness": {
        "nl": "Samenwerkingskracht (1 tot 5)",
        "en": "Collaboration readiness (1 to 5)",
    },
}


#: Segments of organisations (:func:`scan.analysis.segments.label_for`).
SEGMENT_LABELS: dict[str, dict[Lang, str]] = {
    "front_runners": {"nl": "voorlopers", "en": "front-runners"},
    "overloaded_hubs": {"nl": "overbelaste spillen", "en": "overloaded hubs"},
    "under_pressure": {"nl": "onder druk", "en": "under pressure"},
    "to_bring_along": {"nl": "mee te nemen", "en": "to bring along"},
    "periphery": {"nl": "aan de rand", "en": "on the periphery"},
    "middle": {"nl": "middenveld", "en": "middle group"},
}

#: A segment's profile in words, per group and level (:func:`scan.analysis.segments.describe`).
SEGMENT_WORDS: dict[str, dict[Lang, str]] = {
    "segment.position.low": {
        "nl": "aan de rand van het netwerk",
        "en": "on the edge of the network",
    },
    "segment.position.average": {"nl": "gemiddelde positie", "en": "average position"},
    "segment.position.high": {"nl": "centraal in het netwerk", "en": "central in the network"},
    "segment.pressure.low": {"nl": "weinig druk", "en": "little pressure"},
    "segment.pressure.average": {"nl": "gemiddelde druk", "en": "average pressure"},
    "segment.pressure.high": {"nl": "zware druk", "en": "heavy pressure"},
    "segment.readiness.low": {
        "nl": "nog niet klaar voor samenwerking",
        "en": "not yet ready to collaborate",
    },
    "segment.readiness.average": {"nl": "deels klaar", "en": "partly ready"},
    "segment.readiness.high": {"nl": "klaar voor samenwerking", "en": "ready to collaborate"},
    # two segments with the same label, told apart (segments.distinct_labels)
    "segment.qualified": {"nl": "{label}: {qualifier}", "en": "{label}: {qualifier}"},
    "segment.more.position": {"nl": "centraler", "en": "more central"},
    "segment.less.position": {"nl": "minder centraal", "en": "less central"},
    "segment.most.position": {"nl": "meest centraal", "en": "most central"},
    "segment.least.position": {"nl": "minst centraal", "en": "least central"},
    "segment.more.pressure": {"nl": "meer druk", "en": "more pressure"},
    "segment.less.pressure": {"nl": "minder druk", "en": "less pressure"},
    "segment.most.pressure": {"nl": "meeste druk", "en": "most pressure"},
    "segment.least.pressure": {"nl": "minste druk", "en": "least pressure"},
    "segment.more.readiness": {"nl": "meer klaar voor samenwerking", "en": "readier"},
    "segment.less.readiness": {"nl": "minder klaar voor samenwerking", "en": "less ready"},
    "segment.most.readiness": {"nl": "meest klaar voor samenwerking", "en": "readiest"},
    "segment.least.readiness": {"nl": "minst klaar voor samenwerking", "en": "least ready"},
    "segment.between": {"nl": "tussenin", "en": "in between"},
}

#: Every label under its namespaced key.
LABELS: dict[str, dict[Lang, str]] = {
    f"{group}.{code}": words
    for group, labels in (
        ("band", BAND_LABELS),
        ("dimension", DIMENSION_LABELS),
        ("layer", LAYER_LABELS),
        ("family", FAMILY_LABELS),
        ("type", TYPE_LABELS),
        ("colour", INTERVENTION_LABELS),
        ("feature", FEATURE_LABELS),
        ("segment", SEGMENT_LABELS),
    )
    for code, words in labels.items()
} | SEGMENT_WORDS
