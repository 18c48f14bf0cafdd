"""What each report section rests on, and what a missing table would show (``basis.*``).

The tables per section are declared in :data:`scan.report.basis.BASIS`; every
``basis.<section>.<table>`` key here is what that table adds to that section.
"""

from __future__ import annotations

from scan.text.lang import Lang

BASIS_TEXT: dict[str, dict[Lang, str]] = {
    "basis.rests_on": {
        "nl": "Dit deel rust op: {tables}.",
        "en": "This part rests on: {tables}.",
    },
    "basis.nothing": {
        "nl": "Voor dit deel zijn geen gegevens aangeleverd.",
        "en": "No data for this part was delivered.",
    },
    "basis.everything": {
        "nl": "Dit deel rust op alles wat is aangeleverd: {tables}.",
        "en": "This part rests on everything delivered: {tables}.",
    },
    "basis.not_delivered": {
        "nl": "Niet aangeleverd: {tables}. Wat daardoor niet te zien is, staat bij elk deel.",
        "en": "Not delivered: {tables}. What therefore cannot be seen is noted in each part.",
    },
    "basis.not_usable": {
        "nl": "Aangeleverd maar zonder bruikbare regels: {tables} (zie 'Deelname en datakwaliteit').",
        "en": "Delivered but without usable rows: {tables} (see 'Participation and data quality').",
    },
    # the network
    "basis.network.ties": {
        "nl": "Met de netwerkvragenlijst zou zichtbaar worden wie met wie samenwerkt, wie de spil is en welke schakels kwetsbaar zijn.",
        "en": "With the network survey it would show who works with whom, who the hubs are and which links are vulnerable.",
    },
    "basis.network.flows": {
        "nl": "Met cliëntstromen zou op de kaart ook te zien zijn hoeveel cliënten elke organisatie ontvangt en doorstuurt.",
        "en": "With client flows the map would also show how many clients each organisation receives and sends on.",
    },
    # dependencies
    "basis.dependencies.flows": {
        "nl": "Met cliëntstromen zou zichtbaar worden wie naar wie doorverwijst en wie afhangt van één ontvanger.",
        "en": "With client flows it would show who refers to whom and who depends on a single receiver.",
    },
    "basis.dependencies.episodes": {
        "nl": "Met zorgperiodes zou zichtbaar worden welke organisaties dezelfde cliënten zien.",
        "en": "With episodes of care it would show which organisations see the same clients.",
    },
    "basis.dependencies.capacity": {
        "nl": "Met capaciteitsgegevens zou zichtbaar worden waar de vraag groter is dan wat een organisatie aankan.",
        "en": "With capacity data it would show where demand exceeds what an organisation can handle.",
    },
    "basis.dependencies.ties": {
        "nl": "Met de netwerkvragenlijst zou zichtbaar worden of de samenwerking meegaat waar de cliënten heen gaan.",
        "en": "With the network survey it would show whether the collaboration follows where the clients go.",
    },
    # recognition (shown once forms came back)
    "basis.recognition.recognition": {
        "nl": "Met de ingevulde herkenningsformulieren zou zichtbaar worden welke bevindingen de mensen in het werk herkennen.",
        "en": "With the returned recognition forms it would show which findings the people in the work recognise.",
    },
    # bottlenecks
    "basis.bottlenecks.capacity": {
        "nl": "Met capaciteitsgegevens zou zichtbaar worden wie de doorstroom ophoudt.",
        "en": "With capacity data it would show who holds up the flow.",
    },
    "basis.bottlenecks.ties": {
        "nl": "Met de netwerkvragenlijst zou zichtbaar worden wie op een cruciale plek staat en waar de samenwerking gespannen is.",
        "en": "With the network survey it would show who holds a crucial place and where relations are strained.",
    },
    "basis.bottlenecks.flows": {
        "nl": "Met cliëntstromen zou zichtbaar worden waar de cliënten doorheen moeten en welke overstappen stokken.",
        "en": "With client flows it would show which organisations the clients must pass through and which transitions stall.",
    },
    "basis.bottlenecks.episodes": {
        "nl": "Met zorgperiodes zou zichtbaar worden hoe lang cliënten wachten bij een overstap.",
        "en": "With episodes of care it would show how long clients wait at a transition.",
    },
    # quick wins
    "basis.quick_wins.ties": {
        "nl": "Met de netwerkvragenlijst zouden relaties die maar van één kant komen zichtbaar worden.",
        "en": "With the network survey it would show relations that come from one side only.",
    },
    "basis.quick_wins.flows": {
        "nl": "Met cliëntstromen zou zichtbaar worden wie veel cliënten uitwisselt zonder elkaar te kennen.",
        "en": "With client flows it would show who exchanges many clients without knowing each other.",
    },
    "basis.quick_wins.episodes": {
        "nl": "Met zorgperiodes zou zichtbaar worden wie dezelfde cliënten ziet zonder elkaar te kennen.",
        "en": "With episodes of care it would show who sees the same clients without knowing each other.",
    },
    "basis.quick_wins.capacity": {
        "nl": "Met capaciteitsgegevens zou zichtbaar worden waar organisaties capaciteit kunnen delen.",
        "en": "With capacity data it would show where organisations can pool capacity.",
    },
    "basis.quick_wins.survey": {
        "nl": "Met de samenwerkingsvragenlijst zouden voorlopers en verschillen tussen bestuur en uitvoering zichtbaar worden.",
        "en": "With the collaboration survey it would show front-runners and differences between board and work floor.",
    },
    "basis.quick_wins.initiatives": {
        "nl": "Met de initiatieven zou zichtbaar worden welke overlegtafels kunnen samengaan.",
        "en": "With the initiatives it would show which tables could merge.",
    },
    # readiness
    "basis.readiness.survey": {
        "nl": "Met de samenwerkingsvragenlijst zou zichtbaar worden hoe klaar de regio is om samen te werken en waar bestuur en uitvoering verschillend kijken.",
        "en": "With the collaboration survey it would show how ready the region is to collaborate and where board and work floor see things differently.",
    },
    "basis.readiness.initiatives": {
        "nl": "Met de initiatieven zou zichtbaar worden wie aan te veel overlegtafels zit en welke ontwikkellijn geen trekker heeft.",
        "en": "With the initiatives it would show who sits at too many tables and which development line has no lead.",
    },
    # segments
    "basis.segments.ties": {
        "nl": "Met de netwerkvragenlijst zou de plek in het netwerk meetellen in de groepen.",
        "en": "With the network survey the place in the network would count in the groups.",
    },
    "basis.segments.capacity": {
        "nl": "Met capaciteitsgegevens zou de druk op de capaciteit meetellen in de groepen.",
        "en": "With capacity data the pressure on capacity would count in the groups.",
    },
    "basis.segments.survey": {
        "nl": "Met de samenwerkingsvragenlijst zou de samenwerkingskracht meetellen in de groepen.",
        "en": "With the collaboration survey readiness to collaborate would count in the groups.",
    },
}
