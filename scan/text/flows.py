"""The flow network's sentences and labels: its part of the report, the summary and the maps."""

from __future__ import annotations

from scan.text.lang import Lang

#: Sentences of the flow network (``report.flownet_*``, ``report.sum_hub*``, ``figure.flowmap_*``).
FLOWS: dict[str, dict[Lang, str]] = {
    # summary
    "report.sum_hub": {
        "nl": "{hub} ontvangt {share} van alle cliënten die tussen organisaties overgaan.",
        "en": "{hub} receives {share} of all clients who move between organisations.",
    },
    "report.sum_hub_dependant": {
        "nl": "{hub} ontvangt {share} van alle cliënten die tussen organisaties overgaan; "
        "1 organisatie stuurt ten minste {dshare} van haar cliënten naar {hub}.",
        "en": "{hub} receives {share} of all clients who move between organisations; "
        "1 organisation sends at least {dshare} of its clients to {hub}.",
    },
    "report.sum_hub_dependants": {
        "nl": "{hub} ontvangt {share} van alle cliënten die tussen organisaties overgaan; "
        "{n} organisaties sturen ten minste {dshare} van hun cliënten naar {hub}.",
        "en": "{hub} receives {share} of all clients who move between organisations; "
        "{n} organisations send at least {dshare} of their clients to {hub}.",
    },
    "report.sum_single_point": {
        "nl": "{n} organisaties sturen ten minste {dshare} van hun cliënten naar {receiver}: "
        "als het daar stokt, stokt het bij hen allemaal.",
        "en": "{n} organisations send at least {dshare} of their clients to {receiver}: "
        "when things stall there, they stall for all of them.",
    },
    # the section's part
    "report.flownet_title": {"nl": "Het netwerk van de stromen", "en": "The network of flows"},
    "report.flownet_no_hub": {
        "nl": "De stromen komen niet bij één organisatie samen: geen organisatie ontvangt "
        "{share} of meer van alle cliënten die tussen organisaties overgaan.",
        "en": "The flows do not converge on one organisation: none receives {share} or more "
        "of all clients who move between organisations.",
    },
    "report.flownet_concentrated": {
        "nl": "{n} van de {senders} organisaties die cliënten doorsturen, sturen ten minste "
        "{share} daarvan naar één en dezelfde organisatie.",
        "en": "{n} of the {senders} organisations that refer clients on send at least {share} "
        "of them to one and the same organisation.",
    },
    "report.flownet_concentrated_all": {
        "nl": "Alle {senders} organisaties die cliënten doorsturen, sturen ten minste {share} "
        "daarvan naar één en dezelfde organisatie.",
        "en": "All {senders} organisations that refer clients on send at least {share} "
        "of them to one and the same organisation.",
    },
    "report.flownet_concentrated_one": {
        "nl": "{n} van de {senders} organisaties die cliënten doorsturen, stuurt ten minste "
        "{share} daarvan naar één en dezelfde organisatie.",
        "en": "{n} of the {senders} organisations that refer clients on sends at least {share} "
        "of them to one and the same organisation.",
    },
    "report.flownet_single_points": {
        "nl": "Organisaties waar andere van afhangen (ten minste {share} van hun cliënten "
        "gaat erheen): {items}. Als het daar stokt, stokt het ook bij hen.",
        "en": "Organisations others depend on (at least {share} of their clients go there): "
        "{items}. When things stall there, they stall for them too.",
    },
    "report.flownet_single_point_item": {
        "nl": "{receiver} ({n} organisaties)",
        "en": "{receiver} ({n} organisations)",
    },
    "report.flownet_single_point_item_one": {
        "nl": "{receiver} (1 organisatie)",
        "en": "{receiver} (1 organisation)",
    },
    "report.flownet_communities": {
        "nl": "De stromen vallen uiteen in {k} verwijsgemeenschappen: groepen organisaties die "
        "vooral naar elkaar verwijzen. {share} van alle cliënten die overgaan, blijft binnen "
        "de eigen groep.",
        "en": "The flows fall into {k} referral communities: groups of organisations that "
        "mostly refer to each other. {share} of all clients who move stay within their own "
        "group.",
    },
    "report.flownet_community": {
        "nl": "Groep {c} ({n} organisaties): {names}",
        "en": "Group {c} ({n} organisations): {names}",
    },
    "report.flownet_one_community": {
        "nl": "De stromen vormen één geheel: er zijn geen groepen organisaties die vooral "
        "naar elkaar verwijzen.",
        "en": "The flows form one whole: there are no groups of organisations that mostly "
        "refer to each other.",
    },
    "report.flownet_floor": {
        "nl": "Een organisatie telt pas als knooppunt of als afhankelijk bij ten minste "
        "{floor} cliënten. De verwijsgemeenschappen zijn gevonden met de Louvain-methode op "
        "de stromen (seed {seed}).",
        "en": "An organisation counts as a hub or as dependent only from {floor} clients. "
        "The referral communities were found with the Louvain method on the flows "
        "(seed {seed}).",
    },
    "report.col_received": {"nl": "Ontvangen", "en": "Received"},
    "report.col_share_region": {"nl": "Deel van de regio", "en": "Share of the region"},
    "report.col_sent": {"nl": "Doorgestuurd", "en": "Sent on"},
    "report.col_largest_destination": {"nl": "Grootste bestemming", "en": "Largest destination"},
    "report.col_largest_share": {"nl": "Deel daarheen", "en": "Share sent there"},
    "report.col_hhi": {"nl": "Concentratie (HHI)", "en": "Concentration (HHI)"},
    "report.col_community": {"nl": "Groep", "en": "Group"},
    "report.caption_flownet": {
        "nl": "De organisaties die de meeste cliënten ontvangen. HHI: 1 = alles naar één "
        "bestemming, dicht bij 0 = gespreid over veel bestemmingen.",
        "en": "The organisations receiving the most clients. HHI: 1 = everything to one "
        "destination, near 0 = spread over many destinations.",
    },
    "report.alt_flow_map": {
        "nl": "Kaart van de cliëntstromen: hoe dikker de lijn, hoe meer cliënten; hoe groter "
        "de bol, hoe meer cliënten de organisatie ontvangt.",
        "en": "Map of the client flows: the thicker the line, the more clients; the larger "
        "the dot, the more clients the organisation receives.",
    },
    # the maps
    "figure.flowmap_title": {
        "nl": "Waar de cliëntstromen samenkomen",
        "en": "Where the client flows converge",
    },
    "figure.flowmap_note": {
        "nl": "Elke bol is een organisatie; hoe groter, hoe meer cliënten zij ontvangt. Hoe "
        "dikker en donkerder de lijn, hoe meer cliënten tussen de twee overgaan (beide "
        "richtingen samen). Verbindingen met minder dan {t} cliënten zijn niet getekend.",
        "en": "Each dot is an organisation; the larger, the more clients it receives. The "
        "thicker and darker the line, the more clients move between the two (both ways "
        "together). Connections with fewer than {t} clients are not drawn.",
    },
    "figure.flowmap_ring": {
        "nl": "andere organisaties hangen ervan af",
        "en": "other organisations depend on it",
    },
    "figure.flowmap_interactive_title": {
        "nl": "Waar de cliëntstromen samenkomen (zoom in en wijs een organisatie aan)",
        "en": "Where the client flows converge (zoom in and point at an organisation)",
    },
    "figure.flowmap_width": {
        "nl": "{n} cliënten of meer",
        "en": "{n} clients or more",
    },
    # the workbook's measures sheet
    "term.sheet.measures": {"nl": "Maten per organisatie", "en": "Measures per organisation"},
    "term.measure.ties.source": {"nl": "Bron netwerk", "en": "Network source"},
    "term.measure.ties.in_degree": {"nl": "Genoemd door", "en": "Named by"},
    "term.measure.ties.out_degree": {"nl": "Noemt", "en": "Names"},
    "term.measure.ties.betweenness": {"nl": "Tussenpositie", "en": "Betweenness"},
    "term.measure.ties.brokerage": {
        "nl": "Makelaarspositie (paren partners)",
        "en": "Brokerage (pairs of partners)",
    },
    "term.measure.ties.trust_received.value": {
        "nl": "Vertrouwen ontvangen",
        "en": "Trust received",
    },
    "term.measure.ties.trust_received.raters": {
        "nl": "Vertrouwen: beoordelaars",
        "en": "Trust: raters",
    },
    "term.measure.ties.value_received.value": {
        "nl": "Waarde ontvangen",
        "en": "Value received",
    },
    "term.measure.ties.value_received.raters": {
        "nl": "Waarde: beoordelaars",
        "en": "Value: raters",
    },
    "term.measure.flows.source": {"nl": "Bron stromen", "en": "Flows source"},
    "term.measure.flows.in_strength": {"nl": "Cliënten ontvangen", "en": "Clients received"},
    "term.measure.flows.out_strength": {"nl": "Cliënten doorgestuurd", "en": "Clients sent on"},
    "term.measure.flows.share_of_region": {
        "nl": "Deel van de regio (ontvangen)",
        "en": "Share of the region (received)",
    },
    "term.measure.flows.largest_dependency.to_org": {
        "nl": "Grootste bestemming",
        "en": "Largest destination",
    },
    "term.measure.flows.largest_dependency.clients": {
        "nl": "Cliënten daarheen",
        "en": "Clients sent there",
    },
    "term.measure.flows.largest_dependency.share": {
        "nl": "Deel daarheen",
        "en": "Share sent there",
    },
}

__all__ = ["FLOWS"]
