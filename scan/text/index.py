"""The words of ``reports/index.html``, the regions side by side (``index.*``)."""

from __future__ import annotations

from scan.text.lang import Lang

#: Every sentence and label of the index page.
INDEX: dict[str, dict[Lang, str]] = {
    "index.title": {
        "nl": "Netwerkscan: overzicht van de regio's",
        "en": "Network scan: overview of the regions",
    },
    "index.kicker": {"nl": "Onafhankelijke analyse", "en": "Independent analysis"},
    "index.meta": {
        "nl": "{n} regio's · gemaakt op {date}",
        "en": "{n} regions · made on {date}",
    },
    "index.intro": {
        "nl": "Deze pagina verwijst naar het rapport van elke regio en zet de regio's naast "
        "elkaar. Zo kunt u zien hoe een regio zich verhoudt tot de andere: de kerncijfers, "
        "het grootste knelpunt, het aantal snelle successen en de bereidheid tot samenwerken.",
        "en": "This page links each region's report and sets the regions side by side, so you "
        "can see how a region compares with the others: the key figures, the main bottleneck, "
        "the number of quick wins and the readiness to collaborate.",
    },
    "index.section_regions": {"nl": "Kerncijfers per regio", "en": "Key figures per region"},
    "index.section_readiness": {
        "nl": "Bereidheid tot samenwerken per regio",
        "en": "Readiness to collaborate per region",
    },
    "index.section_benchmark": {
        "nl": "Uw regio vergeleken met de andere",
        "en": "Your region compared with the others",
    },
    "index.section_failed": {
        "nl": "Regio's zonder nieuw rapport",
        "en": "Regions without a new report",
    },
    "index.col_region": {"nl": "Regio", "en": "Region"},
    "index.col_organisations": {"nl": "Organisaties", "en": "Organisations"},
    "index.col_ties": {"nl": "Relaties", "en": "Ties"},
    "index.col_density": {"nl": "Dichtheid", "en": "Density"},
    "index.col_response": {"nl": "Respons", "en": "Response"},
    "index.col_trust": {"nl": "Gem. vertrouwen (1-4)", "en": "Mean trust (1-4)"},
    "index.col_bottleneck": {"nl": "Grootste knelpunt", "en": "Main bottleneck"},
    "index.col_bottleneck_score": {"nl": "Score", "en": "Score"},
    "index.col_quick_wins": {"nl": "Snelle successen", "en": "Quick wins"},
    "index.col_overall": {"nl": "gemiddeld", "en": "overall"},
    "index.col_reason": {"nl": "Reden", "en": "Reason"},
    "index.col_previous": {"nl": "Vorig rapport", "en": "Previous report"},
    "index.no_bottleneck": {"nl": "geen", "en": "none"},
    "index.unknown": {"nl": "–", "en": "–"},
    "index.reason_in_terminal": {
        "nl": "de reden staat in de uitvoer van run-all",
        "en": "the reason is in the output of run-all",
    },
    "index.previous_link": {"nl": "vorige versie", "en": "previous version"},
    "index.no_previous": {"nl": "geen", "en": "none"},
    "index.caption_regions": {
        "nl": "Dichtheid: het deel van de mogelijke relaties dat de respondenten noemen. "
        "Respons: het deel van de organisaties dat de netwerkenquête invulde. "
        "Vertrouwen: gemiddelde van de beoordelingen op een schaal van 1 tot 4.",
        "en": "Density: the share of possible ties the respondents name. Response: the share "
        "of organisations that answered the network survey. Trust: mean rating on a 1-4 scale.",
    },
    "index.caption_readiness": {
        "nl": "Gemiddelde score van de respondenten (1-5): 4 of hoger is een sterk punt, "
        "3 tot 4 een punt om te bespreken, onder 3 een zorgpunt.",
        "en": "Mean score of the respondents (1-5): 4 or more is a strength, 3 to 4 a point "
        "to discuss, below 3 a concern.",
    },
    "index.failed_intro": {
        "nl": "Bij deze regio's ging het maken van het rapport mis. Een eventueel eerder rapport "
        "is blijven staan.",
        "en": "The report of these regions could not be made. Any earlier report was left "
        "in place.",
    },
    "index.chart_all": {
        "nl": "Alle regio's op elk kerncijfer; de streep is de mediaan van de regio's.",
        "en": "Every region on each key figure; the line is the median of the regions.",
    },
    "index.chart_region": {
        "nl": "{region} (rood) vergeleken met de andere regio's (grijs); de streep is de mediaan.",
        "en": "{region} (red) compared with the other regions (grey); the line is the median.",
    },
    "index.chart_region_summary": {
        "nl": "{region} vergeleken met de andere regio's",
        "en": "{region} compared with the other regions",
    },
    "index.metric_organisations": {"nl": "organisaties", "en": "organisations"},
    "index.metric_density": {"nl": "dichtheid", "en": "density"},
    "index.metric_response": {"nl": "respons", "en": "response rate"},
    "index.metric_trust": {"nl": "gemiddeld vertrouwen", "en": "mean trust"},
    "index.metric_bottleneck": {"nl": "score grootste knelpunt", "en": "main bottleneck score"},
    "index.metric_quick_wins": {"nl": "snelle successen", "en": "quick wins"},
    "index.metric_readiness": {"nl": "bereidheid (gemiddeld)", "en": "readiness (overall)"},
    "index.position": {
        "nl": "{region} staat op {metric} op plaats {rank} van {n}.",
        "en": "{region} ranks {rank} of {n} on {metric}.",
    },
    "index.footer": {
        "nl": "Gemaakt met netwerkscan. De cijfers komen uit het bestand findings.json van elke "
        "regio.",
        "en": "Made with netwerkscan. The figures come from each region's findings.json.",
    },
}
