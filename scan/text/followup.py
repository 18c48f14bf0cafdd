"""The follow-up's words ("Wat is er veranderd"), Dutch and English (``followup.*``)."""

from __future__ import annotations

from scan.text.lang import Lang

#: The sentences and labels of the comparison.
FOLLOWUP: dict[str, dict[Lang, str]] = {
    "followup.section": {"nl": "Wat is er veranderd", "en": "What has changed"},
    "followup.title": {"nl": "Wat is er veranderd: {region}", "en": "What has changed: {region}"},
    "followup.kicker": {"nl": "Vervolgscan", "en": "Follow-up scan"},
    "followup.meta": {
        "nl": "Vergeleken: {before} (vorige scan) en {after} (deze scan)",
        "en": "Compared: {before} (previous scan) and {after} (this scan)",
    },
    "followup.intro": {
        "nl": "Deze vergelijking zet de vorige scan ({before}) naast deze ({after}). Alleen verschillen die groter zijn dan toeval of meetonnauwkeurigheid kunnen verklaren, heten hier een verandering; de rest staat als 'gelijk gebleven'. Organisaties die een andere naam of code kregen, zijn herkend als dezelfde.",
        "en": "This comparison sets the previous scan ({before}) beside this one ({after}). Only differences larger than chance or measurement noise can explain are called a change here; the rest is shown as 'unchanged'. Organisations that got another name or code are recognised as the same.",
    },
    "followup.none": {
        "nl": "Er zijn geen duidelijke veranderingen sinds de vorige scan.",
        "en": "There are no clear changes since the previous scan.",
    },
    "followup.headlines": {"nl": "De belangrijkste veranderingen:", "en": "The main changes:"},
    "followup.kf_new": {"nl": "nieuwe samenwerkingsrelaties", "en": "new working relations"},
    "followup.kf_lost": {"nl": "verdwenen relaties", "en": "relations lost"},
    "followup.kf_realised": {"nl": "quick wins gerealiseerd", "en": "quick wins realised"},
    "followup.kf_left": {"nl": "organisaties vertrokken", "en": "organisations left"},
    "followup.kf_entered": {"nl": "organisaties nieuw", "en": "organisations new"},
    # headlines
    "followup.h.tie_new": {
        "nl": "{a} en {b} werken nu samen; bij de vorige scan niet.",
        "en": "{a} and {b} now work together; at the previous scan they did not.",
    },
    "followup.h.tie_lost": {
        "nl": "{a} en {b} werken niet meer samen.",
        "en": "{a} and {b} no longer work together.",
    },
    "followup.h.mutual_gained": {
        "nl": "{a} en {b} noemen elkaar nu allebei als partner.",
        "en": "{a} and {b} now both name each other as a partner.",
    },
    "followup.h.mutual_lost": {
        "nl": "{a} en {b} noemen elkaar niet meer allebei.",
        "en": "{a} and {b} no longer both name each other.",
    },
    "followup.h.trust_up": {
        "nl": "Het vertrouwen tussen {a} en {b} is gegroeid ({detail}).",
        "en": "Trust between {a} and {b} has grown ({detail}).",
    },
    "followup.h.trust_down": {
        "nl": "Het vertrouwen tussen {a} en {b} is gedaald ({detail}).",
        "en": "Trust between {a} and {b} has fallen ({detail}).",
    },
    "followup.h.trust_mixed": {
        "nl": "Het vertrouwen tussen {a} en {b} is veranderd ({detail}).",
        "en": "Trust between {a} and {b} has changed ({detail}).",
    },
    "followup.h.value_mixed": {
        "nl": "De waarde die {a} en {b} in elkaar zien is veranderd ({detail}).",
        "en": "The value {a} and {b} see in each other has changed ({detail}).",
    },
    "followup.h.value_up": {
        "nl": "{a} en {b} zien meer waarde in elkaar ({detail}).",
        "en": "{a} and {b} see more value in each other ({detail}).",
    },
    "followup.h.value_down": {
        "nl": "{a} en {b} zien minder waarde in elkaar ({detail}).",
        "en": "{a} and {b} see less value in each other ({detail}).",
    },
    "followup.h.org_left": {
        "nl": "{a} maakt geen deel meer uit van de regio.",
        "en": "{a} has left the region.",
    },
    "followup.h.org_entered": {
        "nl": "{a} is nieuw in de regio.",
        "en": "{a} is new in the region.",
    },
    "followup.h.bottleneck_lighter": {
        "nl": "Het knelpunt bij {a} is kleiner geworden (score {before} → {after}{why}).",
        "en": "The bottleneck at {a} has become smaller (score {before} → {after}{why}).",
    },
    "followup.h.bottleneck_heavier": {
        "nl": "Het knelpunt bij {a} is groter geworden (score {before} → {after}{why}).",
        "en": "The bottleneck at {a} has grown (score {before} → {after}{why}).",
    },
    "followup.h.bottleneck_new": {
        "nl": "{a} is een nieuw knelpunt (score {after}).",
        "en": "{a} is a new bottleneck (score {after}).",
    },
    "followup.h.bottleneck_gone": {
        "nl": "{a} is geen knelpunt meer (score {before} → {after}).",
        "en": "{a} is no longer a bottleneck (score {before} → {after}).",
    },
    "followup.h.transition_lighter": {
        "nl": "De overstap van {a} naar {b} stokt minder (score {before} → {after}).",
        "en": "The transfer from {a} to {b} stalls less (score {before} → {after}).",
    },
    "followup.h.transition_heavier": {
        "nl": "De overstap van {a} naar {b} stokt meer (score {before} → {after}).",
        "en": "The transfer from {a} to {b} stalls more (score {before} → {after}).",
    },
    "followup.h.transition_new": {
        "nl": "De overstap van {a} naar {b} is een nieuw knelpunt.",
        "en": "The transfer from {a} to {b} is a new bottleneck.",
    },
    "followup.h.transition_gone": {
        "nl": "De overstap van {a} naar {b} is geen knelpunt meer.",
        "en": "The transfer from {a} to {b} is no longer a bottleneck.",
    },
    "followup.h.pressure_down": {
        "nl": "De druk bij {a} is afgenomen: bezetting {before} → {after}.",
        "en": "The pressure at {a} has eased: utilisation {before} → {after}.",
    },
    "followup.h.pressure_up": {
        "nl": "De druk bij {a} is toegenomen: bezetting {before} → {after}.",
        "en": "The pressure at {a} has grown: utilisation {before} → {after}.",
    },
    "followup.h.quick_win_realised": {
        "nl": "Gerealiseerd: {detail}",
        "en": "Realised: {detail}",
    },
    "followup.h.readiness_better": {
        "nl": "{dimension} ({layer}) is verbeterd: {before} → {after} op 5.",
        "en": "{dimension} ({layer}) has improved: {before} → {after} out of 5.",
    },
    "followup.h.readiness_worse": {
        "nl": "{dimension} ({layer}) is verslechterd: {before} → {after} op 5.",
        "en": "{dimension} ({layer}) has worsened: {before} → {after} out of 5.",
    },
    "followup.h.network_up": {
        "nl": "{measure} is gestegen: {before} → {after}.",
        "en": "{measure} has risen: {before} → {after}.",
    },
    "followup.h.network_down": {
        "nl": "{measure} is gedaald: {before} → {after}.",
        "en": "{measure} has fallen: {before} → {after}.",
    },
    # quick wins, in words made from their structure (never the baseline's own sentence)
    "followup.qw.missing_link": {
        "nl": "{a} en {b} gaan samenwerken (ontbrekende schakel)",
        "en": "{a} and {b} start working together (missing link)",
    },
    "followup.qw.asymmetric_tie": {
        "nl": "{a} en {b} bespreken wat ze van elkaar verwachten (eenzijdige relatie)",
        "en": "{a} and {b} talk through what they expect of each other (asymmetric tie)",
    },
    "followup.qw.capacity_pool": {
        "nl": "{a} en {b} delen capaciteit ({service})",
        "en": "{a} and {b} pool capacity ({service})",
    },
    "followup.qw.capacity_pool_no_service": {
        "nl": "{a} en {b} delen capaciteit",
        "en": "{a} and {b} pool capacity",
    },
    "followup.qw.front_runners": {
        "nl": "{orgs} beginnen als voorlopers een kleine coalitie",
        "en": "{orgs} start a small coalition as front-runners",
    },
    "followup.qw.tables_to_merge": {
        "nl": "twee overlegtafels met bijna dezelfde deelnemers samenvoegen{tables}",
        "en": "merge two tables with nearly the same members{tables}",
    },
    "followup.qw.too_many_tables": {
        "nl": "{a} zit aan minder overlegtafels",
        "en": "{a} sits at fewer tables",
    },
    "followup.qw.perception_gap": {
        "nl": "het verschil in beeld over {dimension} tussen {layer_a} en {layer_b} bespreken",
        "en": "discuss the gap in how {layer_a} and {layer_b} see {dimension}",
    },
    "followup.status.realised": {"nl": "gerealiseerd", "en": "realised"},
    "followup.status.open": {"nl": "nog open", "en": "still open"},
    "followup.status.left": {
        "nl": "niet na te gaan (organisatie vertrokken)",
        "en": "cannot tell (organisation left)",
    },
    "followup.status.cannot_tell": {"nl": "niet na te gaan", "en": "cannot tell"},
    "followup.status.better": {"nl": "verbeterd", "en": "improved"},
    "followup.status.worse": {"nl": "verslechterd", "en": "worsened"},
    "followup.status.same": {"nl": "gelijk gebleven", "en": "unchanged"},
    "followup.status.too_few": {"nl": "te weinig mensen", "en": "too few people"},
    "followup.status.heavier": {"nl": "groter", "en": "heavier"},
    "followup.status.lighter": {"nl": "kleiner", "en": "lighter"},
    "followup.status.new": {"nl": "nieuw", "en": "new"},
    "followup.status.gone": {"nl": "verdwenen", "en": "gone"},
    "followup.status.unchanged": {"nl": "gelijk gebleven", "en": "unchanged"},
    "followup.status.up": {"nl": "gestegen", "en": "up"},
    "followup.status.down": {"nl": "gedaald", "en": "down"},
    "followup.status.org_same": {"nl": "dezelfde", "en": "the same"},
    "followup.status.org_renamed": {"nl": "andere naam", "en": "renamed"},
    "followup.status.org_recoded": {"nl": "andere code", "en": "new code"},
    "followup.status.org_entered": {"nl": "nieuw in de regio", "en": "new in the region"},
    "followup.status.org_left": {"nl": "vertrokken", "en": "left"},
    "followup.listed_still": {"nl": "staat nog op de lijst", "en": "still listed"},
    "followup.listed_no_longer": {
        "nl": "staat niet meer bovenaan de lijst",
        "en": "no longer among the top",
    },
    # tables and headings
    "followup.h3.map": {"nl": "Het netwerk toen en nu", "en": "The network then and now"},
    "followup.h3.organisations": {"nl": "Organisaties", "en": "Organisations"},
    "followup.h3.relations": {"nl": "Samenwerkingsrelaties", "en": "Working relations"},
    "followup.h3.network": {"nl": "Het netwerk als geheel", "en": "The network as a whole"},
    "followup.h3.bottlenecks": {"nl": "Knelpunten", "en": "Bottlenecks"},
    "followup.h3.pressure": {"nl": "Druk op de capaciteit", "en": "Pressure on capacity"},
    "followup.h3.quick_wins": {
        "nl": "Quick wins van de vorige scan",
        "en": "Quick wins of the previous scan",
    },
    "followup.h3.readiness": {"nl": "Samenwerkingskracht", "en": "Readiness to collaborate"},
    "followup.col_org": {"nl": "Organisatie", "en": "Organisation"},
    "followup.col_was": {"nl": "Vorige scan", "en": "Previous scan"},
    "followup.col_status": {"nl": "Wat er veranderde", "en": "What changed"},
    "followup.col_pair": {"nl": "Relatie", "en": "Relation"},
    "followup.col_before": {"nl": "Toen", "en": "Then"},
    "followup.col_after": {"nl": "Nu", "en": "Now"},
    "followup.col_change": {"nl": "Verschil", "en": "Change"},
    "followup.col_interval": {"nl": "Marge (95%)", "en": "Margin (95%)"},
    "followup.col_measure": {"nl": "Maat", "en": "Measure"},
    "followup.col_finding": {"nl": "Knelpunt", "en": "Bottleneck"},
    "followup.col_rank": {"nl": "Plaats toen → nu", "en": "Rank then → now"},
    "followup.col_step": {"nl": "Stap", "en": "Step"},
    "followup.col_dimension": {"nl": "Onderwerp", "en": "Topic"},
    "followup.col_layer": {"nl": "Laag", "en": "Layer"},
    "followup.state.none": {"nl": "geen", "en": "none"},
    "followup.state.one_sided": {"nl": "eenzijdig", "en": "one-sided"},
    "followup.state.mutual": {"nl": "wederzijds", "en": "mutual"},
    "followup.m.ties": {"nl": "Genoemde relaties", "en": "Relations named"},
    "followup.m.density": {"nl": "Dichtheid", "en": "Density"},
    "followup.m.reciprocity": {"nl": "Wederkerigheid", "en": "Reciprocity"},
    "followup.m.mean_trust": {"nl": "Vertrouwen (gemiddeld, 1–4)", "en": "Trust (mean, 1–4)"},
    "followup.m.mean_value": {"nl": "Waarde (gemiddeld, 1–4)", "en": "Value (mean, 1–4)"},
    "followup.m.response_rate": {
        "nl": "Respons netwerkvragenlijst",
        "en": "Network survey response",
    },
    "followup.m.trust_kept": {
        "nl": "Vertrouwen binnen dezelfde relaties",
        "en": "Trust within the same relations",
    },
    "followup.m.value_kept": {
        "nl": "Waarde binnen dezelfde relaties",
        "en": "Value within the same relations",
    },
    "followup.layer.all": {"nl": "iedereen", "en": "everyone"},
    "followup.dim.overall": {"nl": "totaal", "en": "overall"},
    "followup.why_pressure": {
        "nl": ", druk {before} → {after}",
        "en": ", pressure {before} → {after}",
    },
    "followup.uncertainty_note": {
        "nl": "De marge is het 95%-interval van het verschil. Raakt de marge de nul, dan kan het verschil toeval zijn en heet het hier 'gelijk gebleven'.",
        "en": "The margin is the 95% interval of the difference. If it includes zero, the difference may be chance and is shown as 'unchanged'.",
    },
    "followup.map_alt": {
        "nl": "Links het netwerk bij de vorige scan, rechts nu; elke organisatie staat op dezelfde plek. Groen: nieuwe relatie. Rood gestreept: verdwenen relatie. Een kruis: organisatie vertrokken; een ring: nieuw.",
        "en": "Left the network at the previous scan, right now; every organisation keeps its place. Green: new relation. Red dashed: relation lost. A cross: organisation left; a ring: new.",
    },
    "followup.note.no_monitor": {
        "nl": "De vorige scan heeft geen monitor.json: relaties, druk en samenwerkingskracht konden niet worden vergeleken, alleen de knelpunten, quick wins en organisaties.",
        "en": "The previous scan has no monitor.json: relations, pressure and readiness could not be compared, only bottlenecks, quick wins and organisations.",
    },
    "followup.note.fuzzy": {
        "nl": "Bij benadering als dezelfde herkend (controleer): {pairs}.",
        "en": "Recognised as the same approximately (please check): {pairs}.",
    },
    "followup.note.params": {
        "nl": "Beide scans zijn doorgerekend met dezelfde instellingen (gewichten, drempels) als de vorige scan.",
        "en": "Both scans were computed with the same settings (weights, thresholds) as the previous scan.",
    },
}
