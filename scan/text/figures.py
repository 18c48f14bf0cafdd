"""The figures' titles, notes, legends and axis labels (``figure.*``)."""

from __future__ import annotations

from scan.text.lang import Lang

#: Titles, notes and legends of the figures.
FIGURES: dict[str, dict[Lang, str]] = {
    "figure.map_title": {"nl": "Wie werkt met wie samen", "en": "Who works with whom"},
    "figure.map_note_degree": {
        "nl": "Elke bol is een organisatie; hoe groter, hoe meer samenwerkingspartners. "
        "Hoe dikker en donkerder de lijn, hoe vaker er contact is.",
        "en": "Each dot is an organisation; the larger, the more partners. "
        "The thicker and darker the line, the more often they are in contact.",
    },
    "figure.map_note_betweenness": {
        "nl": "Elke bol is een organisatie; hoe groter, hoe vaker zij de verbindende schakel "
        "tussen anderen is. Hoe dikker en donkerder de lijn, hoe vaker er contact is.",
        "en": "Each dot is an organisation; the larger, the more often it links others. "
        "The thicker and darker the line, the more often they are in contact.",
    },
    "figure.map_note_ring": {
        "nl": "Zwarte ring: zonder deze organisatie valt het netwerk uiteen.",
        "en": "Black ring: without this organisation the network falls apart.",
    },
    "figure.map_note_top": {
        "nl": "Alleen de organisaties met de grootste bol hebben een naam.",
        "en": "Only the organisations with the largest dots are labelled.",
    },
    "figure.map_note_code": {
        "nl": "Waar een naam niet past, staat de code van de organisatie.",
        "en": "Where a name does not fit, the organisation's code is shown.",
    },
    "figure.mutual": {"nl": "beide noemen elkaar", "en": "named by both"},
    "figure.one_sided": {"nl": "door één kant genoemd", "en": "named by one side only"},
    "figure.unknown": {
        "nl": "partner vulde niet in: onbekend",
        "en": "partner did not answer: unknown",
    },
    "figure.non_respondent": {
        "nl": "vulde de vragenlijst niet in",
        "en": "did not answer the survey",
    },
    "figure.articulation": {"nl": "kwetsbare schakel", "en": "critical link"},
    "figure.community_title": {
        "nl": "Wie werkt met wie samen: groepen organisaties",
        "en": "Who works with whom: groups of organisations",
    },
    "figure.community_note": {
        "nl": "Het netwerk is te groot om elke organisatie te tonen. Elke bol is een groep "
        "organisaties die vooral onderling samenwerken; grootte = aantal organisaties, "
        "kleur = de meest voorkomende soort. Hoe dikker de lijn, hoe meer relaties tussen "
        "de groepen.",
        "en": "The network is too large to show every organisation. Each dot is a group of "
        "organisations that mostly work with each other; size = number of organisations, "
        "colour = the most common kind. The thicker the line, the more ties between groups.",
    },
    "figure.group": {"nl": "groep {g}", "en": "group {g}"},
    "figure.no_group": {"nl": "zonder groep", "en": "no group"},
    "figure.orgs": {"nl": "{n} org.", "en": "{n} orgs"},
    "figure.interactive_title": {
        "nl": "Wie werkt met wie samen (zoom in en wijs een organisatie aan)",
        "en": "Who works with whom (zoom in and point at an organisation)",
    },
    "figure.hover_type": {"nl": "Soort", "en": "Type"},
    "figure.hover_trust": {"nl": "Vertrouwen ontvangen", "en": "Trust received"},
    "figure.hover_trust_detail": {
        "nl": "{v} op een schaal van 1 tot 4, van {n} partners",
        "en": "{v} on a scale of 1 to 4, from {n} partners",
    },
    "figure.hover_partners": {"nl": "Samenwerkingspartners", "en": "Partners"},
    "figure.hover_partners_detail": {
        "nl": "{d} (noemt er {o}, genoemd door {i})",
        "en": "{d} (names {o}, named by {i})",
    },
    "figure.hover_partners_named": {"nl": "{d} (genoemd door {i})", "en": "{d} (named by {i})"},
    "figure.hover_flows": {"nl": "Cliënten", "en": "Clients"},
    "figure.hover_flows_detail": {
        "nl": "{i} ontvangen, {o} doorgestuurd",
        "en": "{i} received, {o} sent on",
    },
    "figure.flow_title": {
        "nl": "De grootste cliëntstromen: wie stuurt cliënten naar wie",
        "en": "The largest client flows: who sends clients to whom",
    },
    "figure.flow_note": {
        "nl": "Aantal cliënten over de hele periode; het percentage is het deel van alle "
        "cliënten die de verzender doorstuurt. Kleur = soort verzender.{small}",
        "en": "Number of clients over the whole period; the percentage is the share of all "
        "clients the sender refers on. Colour = kind of sender.{small}",
    },
    "figure.flow_small": {
        "nl": " Stromen van minder dan {t} cliënten zijn weggelaten, en zo nodig een tweede "
        "stroom van dezelfde organisatie, zodat ze niet uit de totalen terug te rekenen zijn.",
        "en": " Flows of fewer than {t} clients are left out, and where needed a second flow of "
        "the same organisation, so they cannot be worked back from the totals.",
    },
    "figure.flow_axis": {"nl": "Aantal cliënten", "en": "Number of clients"},
    "figure.family_flow_title": {
        "nl": "Cliëntstromen tussen soorten organisaties",
        "en": "Client flows between kinds of organisations",
    },
    "figure.family_flow_note": {
        "nl": "Aantal cliënten van de soort links naar de soort boven, over de hele periode. "
        "'<{t}': minder dan {t}, niet getoond.",
        "en": "Number of clients from the kind on the left to the kind on top, over the "
        "whole period. '<{t}': fewer than {t}, not shown.",
    },
    "figure.from": {"nl": "van", "en": "from"},
    "figure.to": {"nl": "naar", "en": "to"},
    "figure.pressure_title": {
        "nl": "Waar de vraag groter is dan de capaciteit",
        "en": "Where demand exceeds capacity",
    },
    "figure.pressure_note": {
        "nl": "Bezetting = vraag gedeeld door capaciteit. Boven de lijn 'vol' (1) is er meer "
        "vraag dan plek en ontstaan wachtlijsten. In kleur: wie in de laatste periode boven "
        "de 1 zit.{more}",
        "en": "Utilisation = demand divided by capacity. Above the line 'full' (1) demand "
        "exceeds capacity and waiting lists grow. In colour: above 1 in the latest "
        "period.{more}",
    },
    "figure.pressure_more": {
        "nl": " Alleen de {n} hoogste hebben een naam.",
        "en": " Only the {n} highest are labelled.",
    },
    "figure.pressure_axis": {
        "nl": "Bezetting (vraag ÷ capaciteit)",
        "en": "Utilisation (demand ÷ capacity)",
    },
    "figure.full": {"nl": "vol", "en": "full"},
    "figure.readiness_title": {
        "nl": "Hoe sterk is de samenwerking volgens bestuur, management en uitvoering",
        "en": "How strong is collaboration according to board, management and operations",
    },
    "figure.readiness_note": {
        "nl": "Gemiddelde score op een schaal van 1 tot 5; n = aantal ingevulde vragenlijsten.",
        "en": "Average score on a scale of 1 to 5; n = number of completed questionnaires.",
    },
    "figure.overall": {"nl": "gemiddeld", "en": "average"},
    "figure.region": {"nl": "hele regio", "en": "whole region"},
    "figure.band_strength": {"nl": "sterk punt (4 of hoger)", "en": "strength (4 or higher)"},
    "figure.band_discuss": {"nl": "bespreken (3 tot 4)", "en": "discuss (3 to 4)"},
    "figure.band_concern": {"nl": "zorgpunt (onder 3)", "en": "concern (below 3)"},
    "figure.gap_title": {
        "nl": "Waar bestuur, management en uitvoering de samenwerking verschillend zien",
        "en": "Where board, management and operations see collaboration differently",
    },
    "figure.gap_note": {
        "nl": "Verschil in gemiddelde score tussen twee lagen, met een {ci}-"
        "betrouwbaarheidsinterval (de streep). Rechts van de 0 is de eerst genoemde laag "
        "positiever. Open bol: het verschil kan toeval zijn.",
        "en": "Difference in average score between two layers, with a {ci} confidence "
        "interval (the bar). Right of 0 the first-named layer is more positive. Open dot: "
        "the difference may be chance.",
    },
    "figure.gap_axis": {"nl": "Verschil in score", "en": "Difference in score"},
    "figure.no_gap": {"nl": "geen verschil", "en": "no difference"},
    "figure.vs": {"nl": "{a} – {b}", "en": "{a} – {b}"},
    "figure.ie_title": {
        "nl": "Quick wins: wat veel oplevert en weinig moeite kost",
        "en": "Quick wins: what achieves much for little effort",
    },
    "figure.ie_note": {
        "nl": "Elke stip is een voorgestelde stap (nummer zoals in de tabel); de kleur is "
        "het soort aanpak.",
        "en": "Each dot is a proposed step (number as in the table); the colour is the "
        "kind of approach.",
    },
    "figure.effort": {"nl": "Moeite  (weinig → veel)", "en": "Effort  (little → much)"},
    "figure.impact": {"nl": "Opbrengst  (weinig → veel)", "en": "Impact  (little → much)"},
    "figure.q_first": {"nl": "eerst doen", "en": "do first"},
    "figure.q_plan": {"nl": "goed voorbereiden", "en": "plan well"},
    "figure.q_fill": {"nl": "tussendoor doen", "en": "do on the side"},
    "figure.q_leave": {"nl": "laten liggen", "en": "leave for now"},
    "figure.segment_title": {
        "nl": "Groepen organisaties: wie kan voorop lopen en wie moet mee worden genomen",
        "en": "Groups of organisations: who can lead and who must be brought along",
    },
    "figure.segment_note": {
        "nl": "Elke stip is een organisatie; de vorm is de groep, de kleur de soort "
        "organisatie.{code}",
        "en": "Each dot is an organisation; the shape is its group, the colour its kind.{code}",
    },
    "figure.segment_left_out": {
        "nl": "{n} organisaties zonder score op een van beide assen staan er niet in.",
        "en": "{n} organisations without a score on either axis are not shown.",
    },
    "figure.segment_left_out_one": {
        "nl": "{n} organisatie zonder score op een van beide assen staat er niet in.",
        "en": "{n} organisation without a score on either axis is not shown.",
    },
    "figure.segment": {"nl": "Groep", "en": "Group"},
    "figure.kind": {"nl": "Soort organisatie", "en": "Kind of organisation"},
    "figure.sd_title": {
        "nl": "Wat partners zeggen naast wat cliënten doen",
        "en": "What partners say next to what clients do",
    },
    "figure.sd_note": {
        "nl": "Elke stip is een paar organisaties. Naar rechts: meer cliënten tussen de twee "
        "(beide kanten op, over de hele periode). Naar boven: hoe vaak ze volgens de "
        "netwerkvragenlijst samenwerken. Rood vlak: veel cliënten, geen of een zwakke band. "
        "Blauw vlak: een sterke band, geen cliënten. '<{t}': minder dan {t} cliënten.",
        "en": "Each dot is a pair of organisations. To the right: more clients between the "
        "two (both ways, over the whole period). Upwards: how often they work together "
        "according to the network survey. Red area: many clients, no or a weak tie. Blue "
        "area: a strong tie, no clients. '<{t}': fewer than {t} clients.",
    },
    "figure.sd_note_unknown": {
        "nl": " {n} paren met een band zijn weggelaten: van hen zijn geen cliëntstromen bekend.",
        "en": " {n} pairs with a tie are left out: no client flows of theirs are known.",
    },
    "figure.sd_note_unknown_one": {
        "nl": " {n} paar met een band is weggelaten: van hen zijn geen cliëntstromen bekend.",
        "en": " {n} pair with a tie is left out: no client flows of theirs are known.",
    },
    "figure.sd_x": {
        "nl": "Cliënten tussen de twee organisaties",
        "en": "Clients between the two organisations",
    },
    "figure.sd_y": {"nl": "Samenwerking volgens de vragenlijst", "en": "Tie per the survey"},
    "figure.sd_tie_unknown": {"nl": "onbekend", "en": "unknown"},
    "figure.sd_tie_none": {"nl": "geen band", "en": "no tie"},
    "figure.sd_zone_missing": {"nl": "ontbrekende schakel", "en": "missing link"},
    "figure.sd_zone_idle": {"nl": "band zonder cliënten", "en": "tie without clients"},
    "figure.sd_kind_missing_link": {
        "nl": "veel cliënten, geen of zwakke band",
        "en": "many clients, no or a weak tie",
    },
    "figure.sd_kind_tie_without_flow": {
        "nl": "sterke band, geen cliënten",
        "en": "strong tie, no clients",
    },
    "figure.sd_kind_unknown_link": {
        "nl": "veel cliënten, band onbekend",
        "en": "many clients, tie unknown",
    },
}
