"""The findings: their sentences (``finding.*``), their words (``term.*``) and the
workbook's headings of evidence (``evidence.*``).

A finding keeps its sentence as a key without the ``finding.`` prefix and its fields
(:class:`scan.diagnosis.evidence.Message`); a :class:`~scan.diagnosis.evidence.Term`
``(group, code)`` is ``term.<group>.<code>``.
"""

from __future__ import annotations

from scan.text.labels import DIMENSION_LABELS, INTERVENTION_LABELS
from scan.text.lang import Lang

#: Sentence templates of the findings, filled in through :func:`scan.text.t`. Fields are
#: already written out in the language (names, numbers, "<5" for small counts).
#: ``why.*`` and ``why_t.*`` are the reasons of a bottleneck / transition, joined into
#: the main sentence; ``conf.*`` say why a finding is not certain.
FINDINGS: dict[str, dict[Lang, str]] = {
    # bottlenecks of organisations
    "finding.bottleneck": {
        "nl": "{org} houdt de doorstroom in de regio op: {reasons}.",
        "en": "{org} holds up the flow of care in the region: {reasons}.",
    },
    "finding.bottleneck_unknown": {
        "nl": "{org} is structureel kritiek: {reasons}. De druk is onbekend: vraag capaciteitsgegevens op.",
        "en": "{org} is structurally critical: {reasons}. Its pressure is unknown: request its capacity figures.",
    },
    "finding.bottleneck_partly_unknown": {
        "nl": "{org} is structureel kritiek: {reasons}. De druk is maar deels bekend: vraag gegevens op over {missing}.",
        "en": "{org} is structurally critical: {reasons}. Its pressure is only partly known: request figures on {missing}.",
    },
    "finding.why.flow_share": {
        "nl": "veel cliënten in de regio gaan erdoorheen ({share} van alle overdrachten)",
        "en": "many of the region's clients pass through it ({share} of all transfers)",
    },
    "finding.why.flow_betweenness": {
        "nl": "veel routes tussen organisaties lopen erdoorheen ({share} van de routes)",
        "en": "many routes between organisations run through it ({share} of the routes)",
    },
    "finding.why.articulation_point": {
        "nl": "zonder deze organisatie valt het netwerk uit elkaar",
        "en": "without it the network falls apart",
    },
    "finding.why.few_alternatives": {
        "nl": "wie cliënten doorstuurt, heeft weinig andere plekken ({share} van hun cliënten gaat hierheen)",
        "en": "those who refer clients have few other places to go ({share} of their clients go here)",
    },
    "finding.why.utilisation": {
        "nl": "er is meer vraag dan plek ({service}: {share} van de capaciteit)",
        "en": "demand exceeds the places available ({service}: {share} of capacity)",
    },
    "finding.why.utilisation_no_service": {
        "nl": "er is meer vraag dan plek ({share} van de capaciteit)",
        "en": "demand exceeds the places available ({share} of capacity)",
    },
    "finding.why.utilisation_small": {
        "nl": "er is meer vraag dan plek",
        "en": "demand exceeds the places available",
    },
    "finding.why.waiting": {
        "nl": "cliënten wachten lang ({days} dagen, {people} op de wachtlijst)",
        "en": "clients wait long ({days} days, {people} on the waiting list)",
    },
    "finding.why.waiting_days": {
        "nl": "cliënten wachten lang ({days} dagen)",
        "en": "clients wait long ({days} days)",
    },
    "finding.why.waiting_list": {
        "nl": "er staan veel mensen op de wachtlijst ({people})",
        "en": "many people are on the waiting list ({people})",
    },
    "finding.why.trend": {
        "nl": "de druk neemt toe (wachttijd, wachtlijst of bezetting stijgen)",
        "en": "the pressure is growing (waits, waiting list or occupancy rise)",
    },
    "finding.why.vacancies": {
        "nl": "er staan veel vacatures open ({fte} fte)",
        "en": "many vacancies are open ({fte} FTE)",
    },
    "finding.why.low_trust": {
        "nl": "partners hebben weinig vertrouwen in de samenwerking ({trust} op 4)",
        "en": "partners have little trust in working with it ({trust} out of 4)",
    },
    "finding.why.one_sided": {
        "nl": "meer relaties dan gebruikelijk zijn eenzijdig",
        "en": "more of its relations than usual are one-sided",
    },
    # bottlenecks of transitions
    "finding.transition": {
        "nl": "De overstap van {from_org} naar {to_org} is een knelpunt: {reasons}.",
        "en": "The transfer from {from_org} to {to_org} is a bottleneck: {reasons}.",
    },
    "finding.why_t.volume": {
        "nl": "het gaat om {clients} cliënten",
        "en": "it concerns {clients} clients",
    },
    "finding.why_t.wait": {
        "nl": "cliënten wachten {days} dagen terwijl {usual} dagen gebruikelijk is",
        "en": "clients wait {days} days against a usual {usual} days",
    },
    "finding.why_t.wait_trend": {
        "nl": "de wachttijd loopt op van {first} naar {last} dagen",
        "en": "the wait rose from {first} to {last} days",
    },
    "finding.why_t.receiver_pressure": {
        "nl": "{to_org} heeft meer vraag dan plek",
        "en": "{to_org} has more demand than places",
    },
    "finding.why_t.low_trust": {
        "nl": "partners hebben weinig vertrouwen in {to_org} ({trust} op 4)",
        "en": "partners have little trust in {to_org} ({trust} out of 4)",
    },
    # resilience
    "finding.resilience_flow": {
        "nl": "Als {org} geen cliënten meer aanneemt, moeten {clients} cliënten ergens anders heen en {absorb}.",
        "en": "If {org} stops taking on clients, {clients} clients must go elsewhere and {absorb}.",
    },
    "finding.resilience_network": {
        "nl": "Als {org} wegvalt, verliezen {orgs} hun verbinding met de rest van het netwerk.",
        "en": "If {org} drops out, {orgs} lose their connection to the rest of the network.",
    },
    "finding.resilience_network_one": {
        "nl": "Als {org} wegvalt, verliest {orgs} de verbinding met de rest van het netwerk.",
        "en": "If {org} drops out, {orgs} loses its connection to the rest of the network.",
    },
    "finding.resilience_both_one": {
        "nl": "Als {org} wegvalt, moeten {clients} cliënten ergens anders heen ({absorb}) en verliest {orgs} de verbinding met de rest van het netwerk.",
        "en": "If {org} drops out, {clients} clients must go elsewhere ({absorb}) and {orgs} loses its connection to the rest of the network.",
    },
    "finding.resilience_network_apart": {
        "nl": "Als {org} wegvalt, raken {orgs} los van elkaar: het netwerk valt uiteen in {parts} delen.",
        "en": "If {org} drops out, {orgs} lose touch with each other: the network falls apart into {parts} parts.",
    },
    "finding.resilience_both_apart": {
        "nl": "Als {org} wegvalt, moeten {clients} cliënten ergens anders heen ({absorb}) en raken {orgs} los van elkaar: het netwerk valt uiteen in {parts} delen.",
        "en": "If {org} drops out, {clients} clients must go elsewhere ({absorb}) and {orgs} lose touch with each other: the network falls apart into {parts} parts.",
    },
    "finding.resilience_both": {
        "nl": "Als {org} wegvalt, moeten {clients} cliënten ergens anders heen ({absorb}) en verliezen {orgs} hun verbinding met de rest van het netwerk.",
        "en": "If {org} drops out, {clients} clients must go elsewhere ({absorb}) and {orgs} lose their connection to the rest of the network.",
    },
    "finding.absorb.share": {
        "nl": "vergelijkbare organisaties hebben ruimte voor {share} van de vraag",
        "en": "similar organisations have room for {share} of its demand",
    },
    "finding.absorb.some": {
        "nl": "vergelijkbare organisaties hebben ruimte om (een deel van) die vraag op te vangen",
        "en": "similar organisations have room to take on (part of) its demand",
    },
    "finding.absorb.none": {
        "nl": "vergelijkbare organisaties hebben geen ruimte om dat op te vangen",
        "en": "similar organisations have no room to take this on",
    },
    "finding.absorb.unknown": {
        "nl": "of andere organisaties dat kunnen opvangen is niet bekend",
        "en": "whether others can take this on is unknown",
    },
    # quick wins
    "finding.qw.missing_link": {
        "nl": "{a} en {b} hebben samen veel cliënten ({clients}) maar werken niet samen: breng ze met elkaar in gesprek over deze cliënten.",
        "en": "{a} and {b} share many clients ({clients}) but do not work together: bring them together to talk about these clients.",
    },
    "finding.qw.missing_link_weak": {
        "nl": "{a} en {b} hebben samen veel cliënten ({clients}) maar spreken elkaar bijna nooit: maak een vaste afspraak om deze cliënten te bespreken.",
        "en": "{a} and {b} share many clients ({clients}) but hardly ever talk: set up a regular meeting about these clients.",
    },
    "finding.qw.asymmetric_tie": {
        "nl": "{a} rekent op {b}, maar {b} noemt {a} niet als partner: bespreek samen wat jullie van elkaar verwachten.",
        "en": "{a} relies on {b}, but {b} does not name {a} as a partner: talk through what you expect of each other.",
    },
    "finding.qw.asymmetric_tie_less_often": {
        "nl": "{a} werkt naar eigen zeggen veel vaker met {b} samen dan {b} met {a}: bespreek samen wat jullie van elkaar verwachten.",
        "en": "{a} says it works with {b} far more often than {b} says it works with {a}: talk through what you expect of each other.",
    },
    "finding.qw.asymmetric_tie_many": {
        "nl": "{a} noemt {named} organisaties als partner, maar {n} daarvan noemen {a} niet terug ({orgs}): bespreek samen wat jullie van elkaar verwachten.",
        "en": "{a} names {named} organisations as partners, but {n} of them do not name {a} back ({orgs}): talk through what you expect of each other.",
    },
    "finding.qw.asymmetric_tie_less_often_many": {
        "nl": "{a} werkt naar eigen zeggen veel vaker met {orgs} samen dan zij met {a}: bespreek samen wat jullie van elkaar verwachten.",
        "en": "{a} says it works with {orgs} far more often than they say they work with {a}: talk through what you expect of each other.",
    },
    "finding.qw.capacity_pool": {
        "nl": "{a} heeft te weinig plek voor {service} en {b} heeft nog ruimte ({room} plekken): spreek af dat cliënten bij {b} terechtkunnen.",
        "en": "{a} has too few places for {service} and {b} has room to spare ({room} places): agree that clients can go to {b}.",
    },
    "finding.qw.capacity_pool_no_service": {
        "nl": "{a} heeft te weinig plek en {b} heeft voor dezelfde zorg nog ruimte ({room} plekken): spreek af dat cliënten bij {b} terechtkunnen.",
        "en": "{a} has too few places and {b} has room to spare for the same care ({room} places): agree that clients can go to {b}.",
    },
    "finding.qw.front_runners": {
        "nl": "{orgs} hebben veel contacten en zijn klaar om samen te werken: laat hen met een kleine groep beginnen en anderen meenemen.",
        "en": "{orgs} are well connected and ready to work together: let them start with a small group and bring others along.",
    },
    "finding.qw.front_runner": {
        "nl": "{orgs} heeft veel contacten en is klaar om samen te werken: laat deze organisatie met een kleine groep beginnen en anderen meenemen.",
        "en": "{orgs} is well connected and ready to work together: let it start with a small group and bring others along.",
    },
    "finding.qw.tables_to_merge": {
        "nl": "Aan de tafels '{a}' en '{b}' zitten grotendeels dezelfde organisaties ({shared} van de {members}): voeg ze samen tot één tafel.",
        "en": "The tables '{a}' and '{b}' largely bring together the same organisations ({shared} of {members}): merge them into one.",
    },
    "finding.qw.too_many_tables": {
        "nl": "{org} zit aan {n} overlegtafels: bekijk samen welke tafels minder kunnen of waar een andere partij namens de organisatie aanschuift.",
        "en": "{org} sits at {n} tables: look together at which tables can go or where another partner can sit in on its behalf.",
    },
    "finding.qw.perception_gap": {
        "nl": "{layer_a} en {layer_b} kijken heel verschillend naar {dimension} ({mean_a} tegen {mean_b} op een schaal van 1 tot 5): zet dit op de agenda.",
        "en": "{layer_a} and {layer_b} see {dimension} very differently ({mean_a} against {mean_b} on a scale of 1 to 5): put it on the agenda.",
    },
    # why a finding is less certain
    "finding.conf.response_rate_moderate": {
        "nl": "een deel van de organisaties vulde de netwerkvragenlijst niet in",
        "en": "some organisations did not answer the network survey",
    },
    "finding.conf.response_rate_low": {
        "nl": "veel organisaties vulden de netwerkvragenlijst niet in",
        "en": "many organisations did not answer the network survey",
    },
    "finding.conf.no_network_data": {
        "nl": "er is geen netwerkvragenlijst",
        "en": "there is no network survey",
    },
    "finding.conf.no_flow_data": {
        "nl": "er zijn geen cijfers over cliëntenstromen",
        "en": "there are no client-flow figures",
    },
    "finding.conf.no_capacity_data": {
        "nl": "er zijn geen capaciteitscijfers",
        "en": "there are no capacity figures",
    },
    "finding.conf.single_capacity_period": {
        "nl": "capaciteitscijfers over één periode, dus geen trend",
        "en": "capacity figures for one period only, so no trend",
    },
    "finding.conf.few_trust_raters": {
        "nl": "weinig partners gaven een oordeel over het vertrouwen",
        "en": "few partners rated trust",
    },
    "finding.conf.one_side_did_not_answer": {
        "nl": "een van beide vulde de netwerkvragenlijst niet in",
        "en": "one of the two did not answer the network survey",
    },
    "finding.conf.frequency_reported_differently": {
        "nl": "het rust op hoe vaak beide zeggen samen te werken, en dat schatten organisaties verschillend in",
        "en": "it rests on how often each says they work together, which organisations estimate differently",
    },
    "finding.conf.few_survey_respondents": {
        "nl": "weinig mensen vulden de vragenlijst samenwerking in",
        "en": "few people answered the collaboration survey",
    },
    "finding.conf.readiness_unknown": {
        "nl": "de bereidheid tot samenwerken is niet bekend",
        "en": "readiness to collaborate is unknown",
    },
    "finding.conf.different_type": {
        "nl": "de organisaties zijn van een ander type",
        "en": "the organisations are of a different type",
    },
    "finding.conf.few_periods": {
        "nl": "cijfers over weinig perioden",
        "en": "figures for few periods",
    },
    "finding.conf.sparse_data": {
        "nl": "voor deze organisatie ontbreken meerdere soorten gegevens",
        "en": "several kinds of data are missing for this organisation",
    },
    "finding.conf.depends_on_weighting": {
        "nl": "de plaats in de lijst hangt af van de weging",
        "en": "its place in the list depends on the weighting",
    },
    "finding.conf.depends_on_unknown_data": {
        "nl": "de plaats in de lijst hangt af van cijfers die ontbreken",
        "en": "its place in the list depends on figures that are missing",
    },
    "finding.conf.depends_on_sample": {
        "nl": "de plaats in de lijst hangt af van welke partners antwoordden en welke cliënten er waren",
        "en": "its place in the list depends on which partners answered and which clients there were",
    },
    "finding.conf.pressure_unknown": {
        "nl": "of de organisatie onder druk staat is niet (volledig) bekend, alleen dat zij op een cruciale plek staat",
        "en": "whether it is under pressure is not (fully) known, only that it holds a crucial place",
    },
    "finding.conf.structure_unknown": {
        "nl": "te weinig organisaties vulden de netwerkvragenlijst in om te zeggen wie het netwerk bij elkaar houdt",
        "en": "too few organisations answered the network survey to say who holds the network together",
    },
}

#: Words of the findings: kinds, colours, factors, layers, labels and workbook headings.
TERMS: dict[str, dict[Lang, str]] = {
    "term.and": {"nl": "en", "en": "and"},
    "term.one.bottleneck": {"nl": "Knelpunt", "en": "Bottleneck"},
    "term.one.transition": {"nl": "Overstap die stokt", "en": "Stalling transfer"},
    "term.one.resilience": {"nl": "Kwetsbaarheid", "en": "Resilience"},
    "term.one.quick_win": {"nl": "Quick win", "en": "Quick win"},
    "term.kind.bottleneck": {"nl": "Knelpunten", "en": "Bottlenecks"},
    "term.kind.transition": {"nl": "Knelpunten in overstappen", "en": "Transfer bottlenecks"},
    "term.kind.resilience": {"nl": "Kwetsbaarheid", "en": "Resilience"},
    "term.kind.missing_link": {"nl": "Ontbrekende schakel", "en": "Missing link"},
    "term.kind.asymmetric_tie": {"nl": "Eenzijdige relatie", "en": "Asymmetric tie"},
    "term.kind.capacity_pool": {"nl": "Capaciteit delen", "en": "Capacity to pool"},
    "term.kind.front_runners": {"nl": "Voorlopers", "en": "Front-runners"},
    "term.kind.tables_to_merge": {"nl": "Tafels samenvoegen", "en": "Tables to merge"},
    "term.kind.too_many_tables": {"nl": "Te veel tafels", "en": "Too many tables"},
    "term.kind.perception_gap": {"nl": "Verschil in beeld", "en": "Perception gap"},
    "term.sheet.overview": {"nl": "Overzicht", "en": "Overview"},
    "term.sheet.scores": {"nl": "Scores per organisatie", "en": "Scores per organisation"},
    "term.sheet.stability": {"nl": "Stabiliteit", "en": "Stability"},
    "term.level.high": {"nl": "hoog", "en": "high"},
    "term.level.moderate": {"nl": "redelijk", "en": "moderate"},
    "term.level.low": {"nl": "laag", "en": "low"},
    "term.stability.robust": {"nl": "robuust", "en": "robust"},
    "term.stability.depends_on_weighting": {
        "nl": "hangt af van de weging",
        "en": "depends on the weighting",
    },
    "term.stability.depends_on_unknown_data": {
        "nl": "hangt af van ontbrekende cijfers",
        "en": "depends on missing figures",
    },
    "term.stability.depends_on_sample": {
        "nl": "hangt af van wie antwoordde",
        "en": "depends on who answered",
    },
    "term.stability.tied": {"nl": "gelijk met andere", "en": "tied with others"},
    "term.stability.nothing_listed": {
        "nl": "geen knelpunten om te toetsen",
        "en": "no bottlenecks to test",
    },
    "term.missing.utilisation": {"nl": "vraag en capaciteit", "en": "demand and capacity"},
    "term.missing.waiting": {"nl": "wachttijden en wachtlijsten", "en": "waits and waiting lists"},
    "term.missing.trend": {
        "nl": "meer perioden (de ontwikkeling)",
        "en": "more periods (the trend)",
    },
    "term.missing.vacancies": {"nl": "vacatures", "en": "vacancies"},
    "term.value.held_up": {"nl": "houdt doorstroom op", "en": "holds up the flow"},
    "term.value.pressure_unknown": {
        "nl": "kritiek, druk onbekend",
        "en": "critical, pressure unknown",
    },
    "term.layer.bestuur": {"nl": "bestuurders", "en": "board members"},
    "term.layer.management": {"nl": "managers", "en": "managers"},
    "term.layer.uitvoering": {"nl": "uitvoerders", "en": "front-line staff"},
    "term.factor.flow_share": {"nl": "aandeel in de cliëntenstroom", "en": "share of the flow"},
    "term.factor.flow_betweenness": {"nl": "routes erdoorheen", "en": "flow betweenness"},
    "term.factor.articulation_point": {"nl": "onmisbare verbinding", "en": "articulation point"},
    "term.factor.few_alternatives": {"nl": "weinig alternatieven", "en": "few alternatives"},
    "term.factor.utilisation": {"nl": "bezetting", "en": "utilisation"},
    "term.factor.waiting": {"nl": "wachten", "en": "waiting"},
    "term.factor.trend": {"nl": "toenemende druk", "en": "growing pressure"},
    "term.factor.vacancies": {"nl": "vacatures", "en": "vacancies"},
    "term.factor.low_trust": {"nl": "weinig vertrouwen", "en": "low trust"},
    "term.factor.one_sided": {"nl": "eenzijdige relaties", "en": "one-sided ties"},
    "term.factor.volume": {"nl": "aantal cliënten", "en": "volume"},
    "term.factor.wait": {"nl": "wachttijd", "en": "wait"},
    "term.factor.wait_trend": {"nl": "oplopende wachttijd", "en": "growing wait"},
    "term.factor.receiver_pressure": {"nl": "druk bij ontvanger", "en": "pressure at receiver"},
    "term.factor.impact": {"nl": "effect", "en": "impact"},
    "term.factor.ease": {"nl": "gemak", "en": "ease"},
    "term.factor.readiness": {"nl": "bereidheid", "en": "readiness"},
    "term.group.criticality": {"nl": "positie", "en": "criticality"},
    "term.group.pressure": {"nl": "druk", "en": "pressure"},
    "term.group.strain": {"nl": "spanning", "en": "strain"},
    "term.col.rank": {"nl": "Rang", "en": "Rank"},
    "term.col.id": {"nl": "Kenmerk", "en": "Id"},
    "term.col.kind": {"nl": "Soort", "en": "Kind"},
    "term.col.organisations": {"nl": "Organisaties", "en": "Organisations"},
    "term.col.org_ids": {"nl": "Codes", "en": "Codes"},
    "term.col.score": {"nl": "Score", "en": "Score"},
    "term.col.confidence": {"nl": "Zekerheid", "en": "Confidence"},
    "term.col.confidence_reasons": {"nl": "Waarom minder zeker", "en": "Why less certain"},
    "term.col.text": {"nl": "Omschrijving", "en": "Description"},
    "term.col.colour": {"nl": "Soort aanpak (kleur)", "en": "Intervention (colour)"},
    "term.col.impact": {"nl": "Effect", "en": "Impact"},
    "term.col.effort": {"nl": "Inspanning", "en": "Effort"},
    "term.col.readiness": {"nl": "Bereidheid", "en": "Readiness"},
    "term.col.priority": {"nl": "Prioriteit", "en": "Priority"},
    "term.col.stability": {"nl": "Stabiliteit", "en": "Stability"},
    "term.col.top3_share": {"nl": "Aandeel in top 3", "en": "Share in top 3"},
    "term.col.sources": {"nl": "Bronnen", "en": "Sources"},
    "term.col.evidence": {"nl": "Onderbouwing", "en": "Evidence"},
    "term.col.listed": {"nl": "Als knelpunt genoemd", "en": "Listed as bottleneck"},
    "term.col.org_id": {"nl": "Code", "en": "Code"},
    "term.col.name": {"nl": "Naam", "en": "Name"},
    "term.col.rank_p05": {"nl": "Rang (5%)", "en": "Rank (5%)"},
    "term.col.rank_p95": {"nl": "Rang (95%)", "en": "Rank (95%)"},
    "term.col.measure": {"nl": "Maat", "en": "Measure"},
    "term.col.value": {"nl": "Waarde", "en": "Value"},
    "term.contrib": {"nl": "bijdrage {factor}", "en": "contribution {factor}"},
    "term.yes": {"nl": "ja", "en": "yes"},
    "term.no": {"nl": "nee", "en": "no"},
    "term.value.not_named_back": {"nl": "niet teruggenoemd", "en": "not named back"},
    "term.value.rated_lower": {"nl": "minder vertrouwd", "en": "trusted less"},
    "term.value.less_often": {"nl": "minder vaak genoemd", "en": "reported less often"},
    "term.value.none": {"nl": "geen", "en": "none"},
    "term.value.weak": {"nl": "zwak", "en": "weak"},
    "term.stab.top3": {
        "nl": "top 3 bij de standaardweging",
        "en": "top 3 with the default weights",
    },
    "term.stab.spearman_median": {
        "nl": "rangcorrelatie (mediaan)",
        "en": "rank correlation (median)",
    },
    "term.stab.spearman_p05": {
        "nl": "rangcorrelatie (laagste 5%)",
        "en": "rank correlation (lowest 5%)",
    },
    "term.stab.draws": {"nl": "aantal andere wegingen", "en": "weightings drawn"},
    "term.stab.concentration": {
        "nl": "spreiding rond standaard (concentratie)",
        "en": "concentration around the defaults",
    },
    "term.stab.seed": {"nl": "startgetal (seed)", "en": "seed"},
}

TERMS.update({f"term.dimension.{k}": v for k, v in DIMENSION_LABELS.items()})
TERMS.update({f"term.colour.{k}": v for k, v in INTERVENTION_LABELS.items()})

#: Dutch / English headings of evidence keys in the workbook (the key itself otherwise).
EVIDENCE: dict[str, dict[Lang, str]] = {
    "evidence.a_answered": {
        "nl": "1e vulde netwerkvragenlijst in",
        "en": "first answered the network survey",
    },
    "evidence.absorbable_share": {
        "nl": "deel op te vangen elders",
        "en": "share absorbable elsewhere",
    },
    "evidence.articulation_point": {"nl": "onmisbare verbinding", "en": "articulation point"},
    "evidence.b_answered": {
        "nl": "2e vulde netwerkvragenlijst in",
        "en": "second answered the network survey",
    },
    "evidence.capacity": {"nl": "capaciteit", "en": "capacity"},
    "evidence.capacity_a": {"nl": "capaciteit 1e", "en": "capacity first"},
    "evidence.capacity_b": {"nl": "capaciteit 2e", "en": "capacity second"},
    "evidence.capacity_period": {"nl": "periode capaciteit", "en": "capacity period"},
    "evidence.capacity_periods": {"nl": "aantal perioden capaciteit", "en": "capacity periods"},
    "evidence.ci_high": {"nl": "betrouwbaarheidsinterval bovengrens", "en": "interval upper bound"},
    "evidence.ci_level": {"nl": "betrouwbaarheid interval", "en": "interval level"},
    "evidence.ci_low": {"nl": "betrouwbaarheidsinterval ondergrens", "en": "interval lower bound"},
    "evidence.clients": {"nl": "cliënten", "en": "clients"},
    "evidence.clients_a_to_b": {"nl": "cliënten van 1e naar 2e", "en": "clients first to second"},
    "evidence.clients_b_to_a": {"nl": "cliënten van 2e naar 1e", "en": "clients second to first"},
    "evidence.cut_off": {"nl": "raken los van het netwerk", "en": "cut off from the network"},
    "evidence.parts": {
        "nl": "delen waarin het netwerk uiteenvalt",
        "en": "parts the network falls into",
    },
    "evidence.degree_threshold": {
        "nl": "drempel aantal contacten (aandeel)",
        "en": "degree threshold",
    },
    "evidence.demand": {"nl": "vraag", "en": "demand"},
    "evidence.demand_a": {"nl": "vraag 1e", "en": "demand first"},
    "evidence.demand_b": {"nl": "vraag 2e", "en": "demand second"},
    "evidence.development_lines": {"nl": "ontwikkellijnen", "en": "development lines"},
    "evidence.dimension": {"nl": "onderwerp", "en": "dimension"},
    "evidence.excess_a": {"nl": "tekort aan plekken 1e", "en": "excess demand first"},
    "evidence.flow_betweenness": {"nl": "routes erdoorheen", "en": "flow betweenness"},
    "evidence.flow_share": {"nl": "aandeel cliëntenstroom", "en": "share of flow"},
    "evidence.flow_type": {"nl": "soort overdracht", "en": "flow type"},
    "evidence.frequency_a_to_b": {"nl": "contact 1e met 2e", "en": "frequency first to second"},
    "evidence.frequency_b_to_a": {"nl": "contact 2e met 1e", "en": "frequency second to first"},
    "evidence.fte": {"nl": "fte", "en": "FTE"},
    "evidence.gap": {"nl": "verschil", "en": "gap"},
    "evidence.inflow": {"nl": "cliënten binnen", "en": "inflow"},
    "evidence.initiative_a": {"nl": "tafel 1", "en": "table 1"},
    "evidence.initiative_b": {"nl": "tafel 2", "en": "table 2"},
    "evidence.initiatives": {"nl": "aantal tafels", "en": "tables"},
    "evidence.jaccard": {"nl": "overlap leden", "en": "member overlap"},
    "evidence.layer_a": {"nl": "laag 1", "en": "layer 1"},
    "evidence.layer_b": {"nl": "laag 2", "en": "layer 2"},
    "evidence.leads": {"nl": "trekkers", "en": "leads"},
    "evidence.max_tables": {"nl": "maximum tafels", "en": "maximum tables"},
    "evidence.mean_a": {"nl": "gemiddelde laag 1", "en": "mean layer 1"},
    "evidence.mean_b": {"nl": "gemiddelde laag 2", "en": "mean layer 2"},
    "evidence.members": {"nl": "leden", "en": "members"},
    "evidence.members_a": {"nl": "leden tafel 1", "en": "members table 1"},
    "evidence.members_at_too_many_tables": {
        "nl": "leden aan te veel tafels",
        "en": "members at too many tables",
    },
    "evidence.members_b": {"nl": "leden tafel 2", "en": "members table 2"},
    "evidence.movable": {"nl": "cliënten die over kunnen", "en": "clients that could move"},
    "evidence.pass_through": {
        "nl": "cliënten doorgestuurd na binnenkomst",
        "en": "clients passed on",
    },
    "evidence.route_share": {"nl": "aandeel routes erdoorheen", "en": "share of routes through it"},
    "evidence.status": {"nl": "reden op de lijst", "en": "why listed"},
    "evidence.unknown_factors": {"nl": "onbekende factoren", "en": "unknown factors"},
    "evidence.one_sided_region_norm": {
        "nl": "eenzijdig gebruikelijk in regio",
        "en": "one-sided, region norm",
    },
    "evidence.one_sided_share": {
        "nl": "aandeel eenzijdige relaties",
        "en": "share of one-sided ties",
    },
    "evidence.others_a_relies_on": {
        "nl": "anderen op wie 1e ook eenzijdig rekent",
        "en": "others first relies on one-sidedly too",
    },
    "evidence.not_named_back_share": {
        "nl": "deel van de partners van 1e dat 1e niet terugnoemt",
        "en": "share of first's partners not naming it back",
    },
    "evidence.region_not_named_back": {
        "nl": "deel niet teruggenoemd in de regio",
        "en": "share not named back in the region",
    },
    "evidence.partners_named_by_a": {
        "nl": "partners die 1e noemt (die de enquête invulden)",
        "en": "partners first names (that answered the survey)",
    },
    "evidence.others_relying_on_b": {
        "nl": "anderen die ook op 2e rekenen",
        "en": "others relying on second",
    },
    "evidence.outflow": {"nl": "cliënten doorgestuurd", "en": "outflow"},
    "evidence.period_a": {"nl": "periode 1e", "en": "period first"},
    "evidence.period_b": {"nl": "periode 2e", "en": "period second"},
    "evidence.periods": {"nl": "aantal perioden", "en": "periods"},
    "evidence.reach": {"nl": "bereik", "en": "reach"},
    "evidence.ready_min": {"nl": "drempel bereidheid", "en": "readiness threshold"},
    "evidence.reason": {"nl": "soort", "en": "reason"},
    "evidence.receiver_utilisation": {"nl": "bezetting ontvanger", "en": "receiver utilisation"},
    "evidence.reliance": {"nl": "afhankelijkheid", "en": "reliance"},
    "evidence.respondents_a": {"nl": "respondenten laag 1", "en": "respondents layer 1"},
    "evidence.respondents_b": {"nl": "respondenten laag 2", "en": "respondents layer 2"},
    "evidence.room_b": {"nl": "ruimte 2e", "en": "room second"},
    "evidence.room_elsewhere": {"nl": "ruimte elders", "en": "room elsewhere"},
    "evidence.same_line": {"nl": "zelfde ontwikkellijn", "en": "same development line"},
    "evidence.same_type": {"nl": "zelfde soort organisatie", "en": "same type"},
    "evidence.sender_dependence": {"nl": "afhankelijkheid verwijzers", "en": "sender dependence"},
    "evidence.senders": {"nl": "verwijzers", "en": "senders"},
    "evidence.service": {"nl": "dienst", "en": "service"},
    "evidence.share_of_a_outflow": {
        "nl": "deel van uitstroom 1e",
        "en": "share of first's outflow",
    },
    "evidence.share_of_b_outflow": {
        "nl": "deel van uitstroom 2e",
        "en": "share of second's outflow",
    },
    "evidence.share_of_region": {"nl": "aandeel in regio", "en": "share of region"},
    "evidence.shared_clients": {"nl": "gedeelde cliënten", "en": "shared clients"},
    "evidence.shared_members": {"nl": "gedeelde leden", "en": "shared members"},
    "evidence.tie": {"nl": "relatie", "en": "tie"},
    "evidence.trust_a_to_b": {"nl": "vertrouwen 1e in 2e", "en": "trust first in second"},
    "evidence.trust_b_to_a": {"nl": "vertrouwen 2e in 1e", "en": "trust second in first"},
    "evidence.trust_from_to": {
        "nl": "vertrouwen verwijzer in ontvanger",
        "en": "trust sender in receiver",
    },
    "evidence.trust_raters": {"nl": "aantal beoordelaars", "en": "raters"},
    "evidence.trust_received": {"nl": "vertrouwen ontvangen (1-4)", "en": "trust received (1-4)"},
    "evidence.trust_to_from": {
        "nl": "vertrouwen ontvanger in verwijzer",
        "en": "trust receiver in sender",
    },
    "evidence.usual_wait_days": {
        "nl": "gebruikelijke wachttijd (dagen)",
        "en": "usual wait (days)",
    },
    "evidence.utilisation": {"nl": "bezetting", "en": "utilisation"},
    "evidence.utilisation_a": {"nl": "bezetting 1e", "en": "utilisation first"},
    "evidence.utilisation_b": {"nl": "bezetting 2e", "en": "utilisation second"},
    "evidence.utilisation_slope": {
        "nl": "verandering bezetting per periode",
        "en": "utilisation change per period",
    },
    "evidence.utilisation_worst_service": {
        "nl": "bezetting zwaarst belaste dienst",
        "en": "utilisation most loaded service",
    },
    "evidence.vacancies_fte": {"nl": "vacatures (fte)", "en": "vacancies (FTE)"},
    "evidence.vacancy_ratio": {"nl": "vacatures per fte", "en": "vacancies per FTE"},
    "evidence.value_a_to_b": {"nl": "waarde 1e voor 2e", "en": "value first of second"},
    "evidence.value_b_to_a": {"nl": "waarde 2e voor 1e", "en": "value second of first"},
    "evidence.wait_days": {"nl": "wachttijd (dagen)", "en": "wait (days)"},
    "evidence.wait_days_slope": {
        "nl": "verandering wachttijd per periode",
        "en": "wait change per period",
    },
    "evidence.wait_first": {"nl": "wachttijd eerste periode", "en": "wait first period"},
    "evidence.wait_last": {"nl": "wachttijd laatste periode", "en": "wait last period"},
    "evidence.wait_ratio": {"nl": "wachttijd t.o.v. gebruikelijk", "en": "wait vs usual"},
    "evidence.wait_slope": {
        "nl": "verandering wachttijd per periode",
        "en": "wait change per period",
    },
    "evidence.waiting_list": {"nl": "wachtlijst", "en": "waiting list"},
    "evidence.waiting_list_per_place": {
        "nl": "wachtlijst per plek",
        "en": "waiting list per place",
    },
    "evidence.waiting_list_slope": {
        "nl": "verandering wachtlijst per periode",
        "en": "waiting list change per period",
    },
    "evidence.worst_service": {"nl": "zwaarst belaste dienst", "en": "most loaded service"},
}
