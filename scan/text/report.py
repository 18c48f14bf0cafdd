"""The report's sentences and labels (``report.*``)."""

from __future__ import annotations

from scan.text.labels import DIMENSION_LABELS
from scan.text.lang import LANGS, Lang

#: The report's sentences and labels, per language; filled in by :func:`say`.
REPORT: dict[str, dict[Lang, str]] = {
    "report.and_n_more": {"nl": "nog {n} andere", "en": "{n} others"},
    "report.defaults": {"nl": "standaard", "en": "defaults"},
    # title block
    "report.kicker": {
        "nl": "Onafhankelijke analyse van de regionale samenwerking",
        "en": "Independent analysis of the regional collaboration",
    },
    "report.title_period": {"nl": "Periode: {period}", "en": "Period: {period}"},
    "report.title_date": {"nl": "Opgesteld op {date}", "en": "Prepared on {date}"},
    "report.title_anonymised": {
        "nl": "Geanonimiseerde versie: organisaties staan er met een code in, niet met hun naam.",
        "en": "Anonymised version: organisations are shown by a code, not by name.",
    },
    "report.contents": {"nl": "Inhoud", "en": "Contents"},
    # sections
    "report.section_summary": {"nl": "Samenvatting", "en": "Summary"},
    "report.section_changes": {"nl": "Wat is er veranderd", "en": "What has changed"},
    "report.section_participation": {
        "nl": "Deelname en datakwaliteit",
        "en": "Participation and data quality",
    },
    "report.section_network": {"nl": "Het netwerk", "en": "The network"},
    "report.section_dependencies": {
        "nl": "Afhankelijkheden en stromen",
        "en": "Dependencies and flows",
    },
    "report.section_bottlenecks": {"nl": "Knelpunten", "en": "Bottlenecks"},
    "report.section_quick_wins": {"nl": "Quick wins", "en": "Quick wins"},
    "report.section_readiness": {"nl": "Samenwerkingskracht", "en": "Readiness to collaborate"},
    "report.section_segments": {"nl": "Segmenten", "en": "Segments"},
    "report.section_method": {"nl": "Verantwoording", "en": "Method and sources"},
    # participation
    "report.kf_organisations": {"nl": "organisaties in beeld", "en": "organisations in view"},
    "report.kf_response": {
        "nl": "deed mee aan de netwerkvragenlijst",
        "en": "answered the network survey",
    },
    "report.kf_rows_used": {"nl": "regels gegevens gebruikt", "en": "data rows used"},
    "report.kf_rows_used_one": {"nl": "regel gegevens gebruikt", "en": "data row used"},
    "report.kf_rows_not_used": {"nl": "regels niet gebruikt", "en": "rows not used"},
    "report.kf_rows_not_used_one": {"nl": "regel niet gebruikt", "en": "row not used"},
    "report.response_sentence": {
        "nl": "{respondents} van de {organisations} organisaties vulden de netwerkvragenlijst in ({rate}). De betrouwbaarheid van de netwerkcijfers is daarmee {confidence}. Van organisaties die niet meededen weten we niet met wie zij samenwerken; dat telt niet als 'geen samenwerking'.",
        "en": "{respondents} of the {organisations} organisations answered the network survey ({rate}). The network figures can therefore be trusted to a {confidence} degree. For organisations that did not answer we do not know whom they work with; that is not counted as 'no collaboration'.",
    },
    "report.response_sentence_one": {
        "nl": "{respondents} van de {organisations} organisaties vulde de netwerkvragenlijst in ({rate}). De betrouwbaarheid van de netwerkcijfers is daarmee {confidence}. Van organisaties die niet meededen weten we niet met wie zij samenwerken; dat telt niet als 'geen samenwerking'.",
        "en": "{respondents} of the {organisations} organisations answered the network survey ({rate}). The network figures can therefore be trusted to a {confidence} degree. For organisations that did not answer we do not know whom they work with; that is not counted as 'no collaboration'.",
    },
    "report.confidence_high": {"nl": "hoog", "en": "high"},
    "report.confidence_moderate": {"nl": "redelijk", "en": "moderate"},
    "report.confidence_low": {
        "nl": "laag: lees de netwerkcijfers met voorzichtigheid",
        "en": "low: read the network figures with care",
    },
    "report.rows_sentence": {
        "nl": "Van de {read} aangeleverde regels zijn er {used} gebruikt. {issues}.",
        "en": "Of the {read} rows delivered, {used} were used. {issues}.",
    },
    # the parts of {issues}, each with its singular (text.counted)
    "report.rows_quarantined": {
        "nl": "{n} regels konden niet worden gebruikt (hieronder staat waarom)",
        "en": "{n} rows could not be used (the reasons are listed below)",
    },
    "report.rows_quarantined_one": {
        "nl": "{n} regel kon niet worden gebruikt (hieronder staat waarom)",
        "en": "{n} row could not be used (the reason is listed below)",
    },
    "report.rows_duplicates": {
        "nl": "{n} regels waren dubbel aangeleverd",
        "en": "{n} rows were delivered twice",
    },
    "report.rows_duplicates_one": {
        "nl": "{n} regel was dubbel aangeleverd",
        "en": "{n} row was delivered twice",
    },
    "report.rows_conflicts": {
        "nl": "{n} keer leverden twee partijen verschillende cijfers over hetzelfde",
        "en": "{n} times two parties delivered different figures for the same thing",
    },
    "report.rows_conflicts_one": {
        "nl": "één keer leverden twee partijen verschillende cijfers over hetzelfde",
        "en": "once two parties delivered different figures for the same thing",
    },
    "report.rows_fuzzy": {
        "nl": "{n} organisatienamen zijn bij benadering herkend",
        "en": "{n} organisation names were recognised approximately",
    },
    "report.rows_fuzzy_one": {
        "nl": "{n} organisatienaam is bij benadering herkend",
        "en": "{n} organisation name was recognised approximately",
    },
    "report.col_supplier": {"nl": "Aangeleverd door", "en": "Delivered by"},
    "report.col_table": {"nl": "Gegevens", "en": "Data"},
    "report.col_read": {"nl": "Regels", "en": "Rows"},
    "report.col_used": {"nl": "Gebruikt", "en": "Used"},
    "report.col_not_used": {"nl": "Niet gebruikt", "en": "Not used"},
    "report.col_duplicates": {"nl": "Dubbel", "en": "Duplicates"},
    "report.col_overruled": {"nl": "Vervangen", "en": "Overruled"},
    "report.caption_deliveries": {
        "nl": "Wat elke partij aanleverde en wat daarvan is gebruikt",
        "en": "What each party delivered and what was used",
    },
    "report.issues_title": {
        "nl": "Regels en cellen met een probleem",
        "en": "Rows and cells with a problem",
    },
    "report.col_file": {"nl": "Bestand", "en": "File"},
    "report.col_row": {"nl": "Rij", "en": "Row"},
    "report.col_column": {"nl": "Kolom", "en": "Column"},
    "report.col_reason": {"nl": "Wat er aan de hand is", "en": "What is wrong"},
    "report.files_not_read": {
        "nl": "Niet gelezen, omdat de naam niet zegt welke gegevens erin staan: {files}.",
        "en": "Not read, because the name does not say which data it holds: {files}.",
    },
    "report.fuzzy_sentence": {
        "nl": "Bij benadering herkende organisatienamen ({n}); controleer of het klopt: {examples}.",
        "en": "Organisation names recognised approximately ({n}); please check: {examples}.",
    },
    "report.table_organisations": {"nl": "organisaties", "en": "organisations"},
    "report.table_ties": {"nl": "netwerkvragenlijst", "en": "network survey"},
    "report.table_flows": {"nl": "cliëntstromen", "en": "client flows"},
    "report.table_episodes": {"nl": "zorgperiodes", "en": "episodes of care"},
    "report.table_capacity": {"nl": "capaciteit", "en": "capacity"},
    "report.table_survey": {"nl": "samenwerkingsvragenlijst", "en": "collaboration survey"},
    "report.table_initiatives": {"nl": "initiatieven", "en": "initiatives"},
    "report.table_recognition": {"nl": "herkenningsronde", "en": "recognition round"},
    "report.table_agenda": {"nl": "veranderagenda", "en": "change agenda"},
    "report.files_title": {"nl": "Hoe de bestanden zijn gelezen", "en": "How the files were read"},
    # network
    "report.no_ties": {
        "nl": "Er is geen netwerkvragenlijst aangeleverd; het netwerk kan niet in kaart worden gebracht.",
        "en": "No network survey was delivered; the network cannot be mapped.",
    },
    "report.unusable_ties": {
        "nl": "De netwerkvragenlijst is aangeleverd, maar zonder bruikbare antwoorden (zie 'Deelname en datakwaliteit'); het netwerk kan niet in kaart worden gebracht.",
        "en": "The network survey was delivered, but without usable answers (see 'Participation and data quality'); the network cannot be mapped.",
    },
    "report.kf_ties": {"nl": "samenwerkingsrelaties genoemd", "en": "working relations named"},
    "report.kf_density": {
        "nl": "van alle mogelijke relaties bestaat",
        "en": "of all possible relations exist",
    },
    "report.kf_reciprocity": {
        "nl": "van de relaties wordt door beide kanten genoemd",
        "en": "of relations are named by both sides",
    },
    "report.kf_trust": {"nl": "gemiddeld vertrouwen (1–4)", "en": "average trust (1–4)"},
    "report.robustness_intro": {
        "nl": "Met {rate} respons zijn niet alle netwerkcijfers even hard: wie niet antwoordde, kan het beeld verschuiven (Smith & Moody 2013).",
        "en": "With {rate} response not every network figure is equally firm: those who did not answer can shift the picture (Smith & Moody 2013).",
    },
    "report.robustness_robust": {
        "nl": "Betrouwbaar: {metrics}.",
        "en": "Reliable: {metrics}.",
    },
    "report.robustness_indicative": {
        "nl": "Een indicatie: {metrics}.",
        "en": "An indication: {metrics}.",
    },
    "report.robustness_fragile": {
        "nl": "Kwetsbaar, alleen als grove schets te lezen: {metrics}.",
        "en": "Fragile, to be read as a rough sketch only: {metrics}.",
    },
    "report.metric.in_degree": {
        "nl": "hoe vaak een organisatie genoemd wordt",
        "en": "how often an organisation is named",
    },
    "report.metric.closeness": {
        "nl": "hoe dicht een organisatie bij de anderen staat",
        "en": "how close an organisation is to the others",
    },
    "report.metric.degree": {"nl": "het aantal partners", "en": "the number of partners"},
    "report.metric.eigenvector": {
        "nl": "verbonden zijn met goed verbonden organisaties",
        "en": "being tied to well-tied organisations",
    },
    "report.metric.betweenness": {
        "nl": "de spilfunctie (via wie de verbindingen lopen)",
        "en": "the broker position (through whom connections run)",
    },
    "report.metric.density": {"nl": "de dichtheid", "en": "the density"},
    "report.metric.reciprocity": {"nl": "de wederkerigheid", "en": "reciprocity"},
    "report.metric.degree_centralisation": {
        "nl": "de centralisatie (alles via één spil)",
        "en": "centralisation (everything through one hub)",
    },
    "report.network_sentence": {
        "nl": "Een organisatie werkt gemiddeld met {degree} andere samen. Van alle denkbare relaties bestaat {density}. Van de relaties tussen organisaties die allebei meededen, noemen beide kanten elkaar in {reciprocity} van de gevallen. Het vertrouwen in elkaar is gemiddeld {trust} op een schaal van 1 tot 4; de waarde die men aan elkaar toekent {value}.",
        "en": "On average an organisation works with {degree} others. Of all conceivable relations, {density} exist. Between organisations that both answered, both sides name each other in {reciprocity} of cases. Trust in each other averages {trust} on a scale of 1 to 4; the value they see in each other {value}.",
    },
    "report.network_sentence_unrated": {
        "nl": "Een organisatie werkt gemiddeld met {degree} andere samen. Van alle denkbare relaties bestaat {density}. Van de relaties tussen organisaties die allebei meededen, noemen beide kanten elkaar in {reciprocity} van de gevallen. Vertrouwen en waarde zijn niet gevraagd of niet ingevuld; daarover zegt dit rapport niets.",
        "en": "On average an organisation works with {degree} others. Of all conceivable relations, {density} exist. Between organisations that both answered, both sides name each other in {reciprocity} of cases. Trust and value were not asked or not answered; this report says nothing about them.",
    },
    "report.brokers_sentence": {
        "nl": "Spilorganisaties: via {names} lopen de meeste verbindingen tussen anderen. Zij kunnen informatie snel verspreiden, maar ook ophouden.",
        "en": "Hubs: most connections between others run through {names}. They can spread information quickly, but can also hold it up.",
    },
    "report.articulation_sentence": {
        "nl": "Kwetsbare schakels: {names}. Valt een van hen weg, dan valt het netwerk in stukken uiteen.",
        "en": "Weak links: {names}. If one of them drops out, the network falls apart into pieces.",
    },
    "report.structure_unknown": {
        "nl": "Slechts {rate} van de organisaties vulde de netwerkvragenlijst in. Dat is te weinig om te zeggen wie het netwerk bij elkaar houdt: dit rapport noemt daarom geen spilorganisaties of kwetsbare schakels. Wie wel meedeed, lijkt vanzelf centraal te staan.",
        "en": "Only {rate} of the organisations answered the network survey. That is too few to say who holds the network together, so this report names no hubs or weak links: whoever did answer looks central by default.",
    },
    "report.low_trust_sentence": {
        "nl": "Weinig vertrouwen van partners (gemiddeld minder dan 2,5 op 4): {names}.",
        "en": "Little trust from partners (on average less than 2.5 out of 4): {names}.",
    },
    "report.alt_network_map": {
        "nl": "Wie werkt met wie samen. Kleur: soort organisatie. Grootte: hoe vaak genoemd. Doorgetrokken lijn: beide noemen elkaar; gestippeld: maar één kant noemt de ander.",
        "en": "Who works with whom. Colour: kind of organisation. Size: how often named. Solid line: both name each other; dashed: only one side names the other.",
    },
    "report.interactive_hint": {
        "nl": "Hieronder dezelfde kaart om in te zoomen; wijs een organisatie aan voor {shows}.",
        "en": "Below, the same map to zoom in; point at an organisation for its {shows}.",
    },
    # what the interactive map tells on pointing (figures.HOVER_TOPICS, after name and kind)
    "report.hover_name": {"nl": "naam", "en": "name"},
    "report.hover_kind": {"nl": "soort", "en": "kind"},
    "report.hover_trust": {"nl": "het vertrouwen van partners", "en": "partners' trust"},
    "report.hover_partners": {"nl": "het aantal partners", "en": "number of partners"},
    "report.hover_flows": {
        "nl": "de cliënten die binnenkomen en doorgaan",
        "en": "clients coming in and sent on",
    },
    "report.col_organisation": {"nl": "Organisatie", "en": "Organisation"},
    "report.col_named_by": {"nl": "Genoemd door", "en": "Named by"},
    "report.col_names": {"nl": "Noemt", "en": "Names"},
    "report.col_broker": {"nl": "Spilfunctie", "en": "Hub score"},
    "report.col_trust_received": {"nl": "Vertrouwen ontvangen", "en": "Trust received"},
    "report.caption_central": {
        "nl": "De tien organisaties met de grootste spilfunctie (0 = geen, 1 = alle verbindingen lopen erdoor)",
        "en": "The ten organisations with the largest hub role (0 = none, 1 = every connection runs through it)",
    },
    # dependencies
    "report.no_flows": {
        "nl": "Er zijn geen cliëntstromen aangeleverd.",
        "en": "No client flows were delivered.",
    },
    "report.unusable_flows": {
        "nl": "Cliëntstromen zijn aangeleverd, maar zonder bruikbare regels (zie 'Deelname en datakwaliteit').",
        "en": "Client flows were delivered, but without usable rows (see 'Participation and data quality').",
    },
    "report.no_flows_found": {
        "nl": "In de aangeleverde stromen en zorgperiodes gaan geen cliënten van de ene naar de andere organisatie.",
        "en": "In the flows and episodes delivered, no clients move from one organisation to another.",
    },
    "report.flows_sentence": {
        "nl": "In totaal gingen {clients} cliënten van de ene naar de andere organisatie, verdeeld over {pairs} verbindingen (bron: {source}).",
        "en": "In total {clients} clients moved from one organisation to another, over {pairs} connections (source: {source}).",
    },
    "report.source_flows": {"nl": "aangeleverde stromen", "en": "delivered flows"},
    "report.source_episodes": {
        "nl": "afgeleid uit zorgperiodes",
        "en": "derived from episodes of care",
    },
    "report.dependent_sentence": {
        "nl": "{sender} stuurt {share} van de cliënten die het doorverwijst naar {receiver}: als het daar stokt, stokt het ook bij {sender}.",
        "en": "{sender} sends {share} of the clients it refers on to {receiver}: when things stall there, they stall at {sender} too.",
    },
    "report.alt_flows": {
        "nl": "De grootste cliëntstromen: van wie naar wie en hoeveel cliënten.",
        "en": "The largest client flows: from whom to whom and how many clients.",
    },
    "report.col_sender": {"nl": "Van", "en": "From"},
    "report.col_receiver": {"nl": "Naar", "en": "To"},
    "report.col_clients": {"nl": "Cliënten", "en": "Clients"},
    "report.col_share_out": {"nl": "Deel van uitstroom", "en": "Share of outflow"},
    "report.col_wait": {"nl": "Wachttijd (dagen)", "en": "Wait (days)"},
    "report.caption_flows": {
        "nl": "De grootste stromen; aantallen onder de drempel staan als '<N'",
        "en": "The largest flows; counts below the threshold are shown as '<N'",
    },
    "report.col_shared_clients": {"nl": "Gedeelde cliënten", "en": "Shared clients"},
    "report.caption_shared": {
        "nl": "Organisaties die dezelfde cliënten zien",
        "en": "Organisations that see the same clients",
    },
    # said against done
    "report.said_done_title": {"nl": "Gezegd tegenover gedaan", "en": "Said against done"},
    "report.said_done_intro": {
        "nl": "Wat partners in de netwerkvragenlijst zeggen over hun samenwerking, naast waar "
        "cliënten werkelijk heen gaan ({source}).",
        "en": "What partners say about working together in the network survey, next to where "
        "clients actually go ({source}).",
    },
    "report.said_done_missing": {
        "nl": "Paren organisaties die elkaar samen minstens {heavy} cliënten sturen, maar volgens de "
        "vragenlijst niet of hooguit {weak} samenwerken: {pairs}. Daar loopt de zorg al, de "
        "samenwerking nog niet.",
        "en": "Pairs of organisations that exchange at least {heavy} clients, yet by the survey do "
        "not work together, or at most {weak}: {pairs}. Care already runs there; the "
        "collaboration does not yet.",
    },
    "report.said_done_missing_none": {
        "nl": "Waar veel cliënten gaan (minstens {heavy} tussen twee organisaties), zeggen de "
        "organisaties ook dat ze samenwerken.",
        "en": "Where many clients move (at least {heavy} between two organisations), the "
        "organisations also say they work together.",
    },
    "report.said_done_no_heavy": {
        "nl": "Geen twee organisaties sturen elkaar samen {heavy} of meer cliënten.",
        "en": "No two organisations exchange {heavy} or more clients.",
    },
    "report.said_done_unknown": {
        "nl": "Paren met veel cliënten waarvan niet bekend is of ze samenwerken, omdat geen van beide "
        "de netwerkvragenlijst invulde: {pairs}.",
        "en": "Pairs with many clients of which it is not known whether they work together, as "
        "neither answered the network survey: {pairs}.",
    },
    "report.said_done_idle": {
        "nl": "Paren die volgens de vragenlijst minstens {strong} samenwerken, maar elkaar geen "
        "cliënten sturen: {pairs}. Dat kan kloppen, omdat de samenwerking over iets anders "
        "gaat, of ruimte bieden.",
        "en": "Pairs that work together at least {strong} by the survey, yet send each other no "
        "clients: {pairs}. That may be right, as the collaboration is about something else, "
        "or leave room.",
    },
    "report.said_done_pair": {"nl": "{a} en {b} ({clients})", "en": "{a} and {b} ({clients})"},
    "report.said_done_pair_plain": {"nl": "{a} en {b}", "en": "{a} and {b}"},
    "report.said_done_trust": {
        "nl": "{clients} van de {total} cliënten die tussen organisaties overgaan ({share}) gaan "
        "naar een organisatie die haar partners weinig vertrouwen (gemiddeld minder dan {low} "
        "op 4, volgens minstens {raters} partners): {names}.",
        "en": "{clients} of the {total} clients who move between organisations ({share}) go to "
        "an organisation its partners trust little (on average less than {low} out of 4, by at "
        "least {raters} partners): {names}.",
    },
    "report.said_done_trust_few": {
        "nl": "Minder dan {t} cliënten gaan naar een organisatie die haar partners weinig "
        "vertrouwen (gemiddeld minder dan {low} op 4, volgens minstens {raters} partners): "
        "{names}.",
        "en": "Fewer than {t} clients go to an organisation its partners trust little (on "
        "average less than {low} out of 4, by at least {raters} partners): {names}.",
    },
    "report.said_done_trust_none": {
        "nl": "Geen van de ontvangers waarover minstens {raters} partners een oordeel gaven, "
        "krijgt weinig vertrouwen.",
        "en": "None of the receivers rated by at least {raters} partners gets little trust.",
    },
    "report.said_done_trust_unknown": {
        "nl": "Of cliënten naar organisaties met weinig vertrouwen gaan, is niet te zeggen: over "
        "geen enkele ontvanger gaven minstens {raters} partners een oordeel.",
        "en": "Whether clients go to organisations with little trust cannot be said: no "
        "receiver was rated by at least {raters} partners.",
    },
    "report.alt_said_done": {
        "nl": "Paren organisaties naar cliënten tussen hen en hoe vaak ze samenwerken",
        "en": "Pairs of organisations by clients between them and how often they work together",
    },
    "report.caption_said_done": {
        "nl": "Paren waar wat partners zeggen en wat cliënten doen uiteenlopen",
        "en": "Pairs where what partners say and what clients do differ",
    },
    "report.col_tie": {"nl": "Samenwerking volgens vragenlijst", "en": "Tie per the survey"},
    "report.col_said_done": {"nl": "Wat opvalt", "en": "What stands out"},
    "report.pressure_title": {"nl": "Druk op de capaciteit", "en": "Pressure on capacity"},
    "report.pressure_sentence": {
        "nl": "Bij {n} organisaties is de vraag groter dan wat ze aankunnen: {names}.",
        "en": "At {n} organisations demand exceeds what they can handle: {names}.",
    },
    "report.pressure_sentence_one": {
        "nl": "Bij {n} organisatie is de vraag groter dan wat zij aankan: {names}.",
        "en": "At {n} organisation demand exceeds what it can handle: {names}.",
    },
    "report.pressure_none": {
        "nl": "Bij geen van de {n} organisaties met capaciteitsgegevens is de vraag groter dan wat ze aankunnen.",
        "en": "At none of the {n} organisations with capacity data does demand exceed what they can handle.",
    },
    "report.pressure_none_one": {
        "nl": "Bij de enige organisatie met capaciteitsgegevens is de vraag niet groter dan wat zij aankan.",
        "en": "At the one organisation with capacity data demand does not exceed what it can handle.",
    },
    "report.col_period": {"nl": "Periode", "en": "Period"},
    "report.col_utilisation": {"nl": "Bezetting", "en": "Utilisation"},
    "report.col_waiting_list": {"nl": "Wachtlijst", "en": "Waiting list"},
    "report.caption_pressure": {
        "nl": "Druk per organisatie in de laatste periode: vraag gedeeld door capaciteit",
        "en": "Pressure per organisation in the latest period: demand divided by capacity",
    },
    "report.alt_pressure": {
        "nl": "Bezetting per periode: vraag gedeeld door capaciteit. Boven de lijn (100%) komt er meer vraag binnen dan er plek is.",
        "en": "Utilisation per period: demand divided by capacity. Above the line (100%) more demand arrives than there is room for.",
    },
    # readiness
    "report.no_survey": {
        "nl": "Er is geen vragenlijst over de samenwerking aangeleverd.",
        "en": "No collaboration questionnaire was delivered.",
    },
    "report.unusable_survey": {
        "nl": "De samenwerkingsvragenlijst is aangeleverd, maar zonder bruikbare antwoorden (zie 'Deelname en datakwaliteit').",
        "en": "The collaboration questionnaire was delivered, but without usable answers (see 'Participation and data quality').",
    },
    "report.readiness_too_few": {
        "nl": "De samenwerkingsvragenlijst heeft te weinig bruikbare antwoorden om er iets over te zeggen.",
        "en": "The collaboration questionnaire has too few usable answers to say anything about it.",
    },
    "report.readiness_intro": {
        "nl": "{n} mensen uit bestuur, management en uitvoering beoordeelden de gedeelde ambitie en de zes drijvende krachten van samenwerking, op een schaal van 1 tot 5. Vanaf 4 is het een sterk punt, tussen 3 en 4 een punt om te bespreken, onder 3 een zorgpunt.",
        "en": "{n} people from boards, management and operations rated the shared ambition and the six driving forces of collaboration on a scale of 1 to 5. From 4 it is a strength, between 3 and 4 a point to discuss, below 3 a concern.",
    },
    "report.strengths_sentence": {"nl": "Sterk: {dims}.", "en": "Strong: {dims}."},
    "report.concerns_sentence": {"nl": "Zorgpunt: {dims}.", "en": "Concern: {dims}."},
    "report.col_dimension": {"nl": "Onderwerp", "en": "Topic"},
    "report.col_score": {"nl": "Score (1–5)", "en": "Score (1–5)"},
    "report.col_band": {"nl": "Oordeel", "en": "Assessment"},
    "report.col_respondents": {"nl": "Aantal mensen", "en": "People"},
    "report.caption_readiness": {
        "nl": "Samenwerkingskracht van de regio",
        "en": "The region's readiness to collaborate",
    },
    "report.alt_readiness": {
        "nl": "Scores per onderwerp voor bestuur, management en uitvoering.",
        "en": "Scores per topic for boards, management and operations.",
    },
    "report.layers_too_few": {
        "nl": "Per laag (bestuur, management, uitvoering) zijn de scores niet te tonen: geen laag telt {threshold} of meer mensen.",
        "en": "Scores per layer (board, management, work floor) cannot be shown: no layer counts {threshold} or more people.",
    },
    "report.gap_sentence": {
        "nl": "{dim}: {a} geeft gemiddeld {mean_a}, {b} {mean_b}. Dat verschil is echt, geen toeval (het ligt tussen {low} en {high} punt). Een goed gespreksonderwerp.",
        "en": "{dim}: {a} gives {mean_a} on average, {b} {mean_b}. That difference is real, not chance (it lies between {low} and {high} points). A good topic for a conversation.",
    },
    "report.no_gaps": {
        "nl": "Bestuur, management en uitvoering kijken niet aantoonbaar verschillend naar de samenwerking.",
        "en": "Boards, management and operations do not see the collaboration demonstrably differently.",
    },
    "report.gaps_unknown": {
        "nl": "Of bestuur, management en uitvoering verschillend naar de samenwerking kijken, is niet te zeggen: daarvoor zijn in minstens twee lagen elk {threshold} of meer mensen nodig.",
        "en": "Whether boards, management and operations see the collaboration differently cannot be said: that takes {threshold} or more people in each of at least two layers.",
    },
    "report.alt_gaps": {
        "nl": "Verschil in score tussen lagen, met de marge van onzekerheid. Raakt de marge de nul niet, dan is het verschil echt.",
        "en": "Difference in score between layers, with its margin of uncertainty. If the margin does not touch zero, the difference is real.",
    },
    "report.tables_sentence": {
        "nl": "Bestuurlijke drukte, aan veel overlegtafels tegelijk (tot {n}): {names}.",
        "en": "Meeting overload, at many tables at once (up to {n}): {names}.",
    },
    "report.no_lead_sentence": {"nl": "Zonder trekker: {lines}.", "en": "Without a lead: {lines}."},
    "report.dim_overall": {"nl": "Totaal", "en": "Overall"},
    "report.layer_bestuur": {"nl": "het bestuur", "en": "the board"},
    "report.layer_management": {"nl": "het management", "en": "management"},
    "report.layer_uitvoering": {"nl": "de uitvoering", "en": "the work floor"},
    # segments
    "report.no_segments": {
        "nl": "Er zijn te weinig gegevens om organisaties in groepen te verdelen.",
        "en": "There is too little data to group the organisations.",
    },
    "report.segments_intro": {
        "nl": "De organisaties vallen uiteen in {k} groepen met een vergelijkbaar profiel: {groups}.",
        "en": "The organisations fall into {k} groups with a similar profile: {groups}.",
    },
    "report.segments_group_position": {"nl": "hoe centraal ze staan", "en": "how central they are"},
    "report.segments_group_pressure": {
        "nl": "hoeveel druk ze ervaren",
        "en": "how much pressure they are under",
    },
    "report.segments_group_readiness": {
        "nl": "hoe klaar ze zijn voor samenwerking",
        "en": "how ready they are to collaborate",
    },
    "report.alt_segments": {
        "nl": "Organisaties per groep: positie in het netwerk tegenover de samenwerkingskracht.",
        "en": "Organisations per group: position in the network against readiness to collaborate.",
    },
    # method
    "report.method_text": {
        "nl": "Deze analyse is gemaakt door een onafhankelijke partij, met gegevens die de partners elk afzonderlijk hebben gedeeld. Alle cijfers zijn berekend met netwerkscan; dezelfde gegevens en instellingen geven precies dezelfde uitkomsten. De methode per cijfer staat in docs/metrics.md en docs/findings.md.",
        "en": "This analysis was made by an independent party, with data each partner shared separately. All figures were computed with netwerkscan; the same data and settings give exactly the same results. The method per figure is in docs/metrics.md and docs/findings.md.",
    },
    "report.method_confidential": {
        "nl": "Vertrouwelijk: dit rapport bevat geen cliëntsleutels en geen toelichtingen uit vragenlijsten; aantallen onder {threshold} staan als '<{threshold}'.",
        "en": "Confidential: this report contains no client keys and no free-text remarks from questionnaires; counts below {threshold} are shown as '<{threshold}'.",
    },
    "report.method_adviser_only": {
        "nl": "Wat alleen voor de adviseur is, staat apart in de map confidential/ naast de map reports/: de beoordelingen die partners elkaar gaven (monitor.json), de bevindingen met de beoordelingen van een enkele partner (findings.json, findings.xlsx), de uitgevoerde notebooks, de uitvraagbestanden en de terugkoppeling per leverancier. De map van dit rapport onder reports/ bevat alleen wat met het bestuur gedeeld kan worden.",
        "en": "What is for the adviser only is kept apart, in the folder confidential/ beside the folder reports/: the ratings partners gave each other (monitor.json), the findings with a single partner's ratings (findings.json, findings.xlsx), the executed notebooks, the data-request workbooks and the feedback per supplier. This report's folder under reports/ holds only what can be shared with the board.",
    },
    "report.param_seed": {"nl": "Startwaarde toeval (seed)", "en": "Random seed"},
    "report.param_threshold": {"nl": "Drempel kleine aantallen", "en": "Small-count threshold"},
    "report.param_weights": {"nl": "Gewichten knelpuntscore", "en": "Bottleneck weights"},
    "report.param_fingerprint": {"nl": "Vingerafdruk van de gegevens", "en": "Data fingerprint"},
    "report.param_python": {"nl": "Python", "en": "Python"},
    "report.param_versions": {"nl": "Versies", "en": "Versions"},
    # summary
    "report.sum_intro": {
        "nl": "Wat het bestuur moet weten:",
        "en": "What the board needs to know:",
    },
    "report.sum_participation": {
        "nl": "{rate} van de organisaties deed mee aan de netwerkvragenlijst; de betrouwbaarheid van de netwerkcijfers is {confidence}.",
        "en": "{rate} of the organisations answered the network survey; the network figures can be trusted to a {confidence} degree.",
    },
    "report.sum_robust": {
        "nl": "Dit is het belangrijkste knelpunt, ook als je de factoren anders weegt.",
        "en": "This is the main bottleneck, also when the factors are weighed differently.",
    },
    "report.sum_fragile": {
        "nl": "Of dit het belangrijkste knelpunt is, hangt af van hoe je de factoren weegt.",
        "en": "Whether this is the main bottleneck depends on how the factors are weighed.",
    },
    "report.sum_depends_on_unknown_data": {
        "nl": "Of dit het belangrijkste knelpunt is, hangt af van cijfers die nog ontbreken.",
        "en": "Whether this is the main bottleneck depends on figures that are still missing.",
    },
    "report.sum_depends_on_sample": {
        "nl": "Of dit het belangrijkste knelpunt is, hangt af van welke partners de vragenlijst invulden en welke cliënten er toevallig waren.",
        "en": "Whether this is the main bottleneck depends on which partners answered the survey and which clients there happened to be.",
    },
    "report.sum_tied": {
        "nl": "Andere organisaties scoren precies even hoog; de volgorde tussen hen zegt niets.",
        "en": "Other organisations score exactly as high; the order among them means nothing.",
    },
    "report.sum_pressure_unknown": {
        "nl": "Of deze organisatie de doorstroom werkelijk ophoudt, is pas te zeggen met haar capaciteitscijfers.",
        "en": "Whether this organisation really holds up the flow can only be said with its capacity figures.",
    },
    "report.sum_quick_win": {"nl": "Snel te doen: {text}", "en": "Quick to do: {text}"},
    "report.sum_readiness": {
        "nl": "Samenwerkingskracht: het sterkst {high} ({high_score} op 5), het zwakst {low} ({low_score} op 5).",
        "en": "Readiness to collaborate: strongest {high} ({high_score} out of 5), weakest {low} ({low_score} out of 5).",
    },
    "report.sum_readiness_level": {
        "nl": "Samenwerkingskracht: alle onderwerpen scoren even hoog ({score} op 5); geen springt eruit als sterk of zwak punt.",
        "en": "Readiness to collaborate: every topic scores the same ({score} out of 5); none stands out as strong or weak.",
    },
    # what the summary leaves to later sections (sections.SUMMARY_ORDER beyond SUMMARY_MAX)
    "report.sum_more": {
        "nl": "Verderop in dit rapport ook: {items}.",
        "en": "Further on in this report: {items}.",
    },
    "report.sum_more.transition": {
        "nl": "een overstap tussen organisaties die stokt (hoofdstuk {n})",
        "en": "a transfer between organisations that stalls (section {n})",
    },
    "report.sum_more.hub": {
        "nl": "waar de cliëntenstromen samenkomen (hoofdstuk {n})",
        "en": "where the client flows converge (section {n})",
    },
    "report.sum_more.quick_win": {
        "nl": "wat snel te doen is (hoofdstuk {n})",
        "en": "what can be done quickly (section {n})",
    },
    "report.sum_more.readiness": {
        "nl": "hoe sterk de samenwerking is per onderwerp (hoofdstuk {n})",
        "en": "how strong the collaboration is per topic (section {n})",
    },
    "report.sum_more.structure": {
        "nl": "wie het netwerk bij elkaar houdt (hoofdstuk {n})",
        "en": "who holds the network together (section {n})",
    },
    "report.sum_more.quick_win_2": {
        "nl": "nog een stap die snel te zetten is (hoofdstuk {n})",
        "en": "another step that can be taken quickly (section {n})",
    },
    "report.sum_nothing": {
        "nl": "De gegevens wijzen niet op duidelijke knelpunten of snelle stappen; dat kan ook komen doordat er weinig gegevens zijn.",
        "en": "The data point to no clear bottlenecks or quick steps; that may also be because there is little data.",
    },
    "report.sum_nothing_partial": {
        "nl": "In de aangeleverde gegevens zijn geen duidelijke knelpunten of snelle stappen te vinden. Of ze er zijn, is zonder {tables} niet te zeggen.",
        "en": "The data delivered show no clear bottlenecks or quick steps. Whether there are any cannot be said without {tables}.",
    },
    # bottlenecks
    "report.bn_intro": {
        "nl": "Een knelpunt is een plek waar de doorstroom van cliënten stokt: 'de langzaamste partner bepaalt het tempo'. Een organisatie komt op deze lijst als zij op een cruciale plek in de keten staat én meer vraag heeft dan zij aankan, of als de samenwerking met haar gespannen is. Staat zij op een cruciale plek maar ontbreken haar capaciteitscijfers, dan staat zij er ook op, met de vraag die cijfers op te vragen: onbekend is niet hetzelfde als geen druk. Per knelpunt staat erbij waarom.",
        "en": "A bottleneck is where the flow of clients stalls: 'the slowest partner sets the pace'. An organisation is listed when it holds a crucial place in the chain and has more demand than it can handle, or when relations with it are strained. One that holds a crucial place but whose capacity figures are missing is listed too, with the request to obtain them: unknown is not the same as no pressure. Each bottleneck says why.",
    },
    "report.bn_none": {
        "nl": "Er zijn geen organisaties die op een cruciale plek staan én onder druk staan.",
        "en": "No organisation holds a crucial place while under pressure.",
    },
    "report.bn_unknown_pressure": {
        "nl": "Of er organisaties op een cruciale plek onder druk staan, is niet te zeggen: er zijn geen capaciteitsgegevens.",
        "en": "Whether organisations in a crucial place are under pressure cannot be said: there are no capacity data.",
    },
    "report.bn_unknown_position": {
        "nl": "Welke organisaties op een cruciale plek staan, is niet te zeggen: er is geen netwerkvragenlijst en er zijn geen cliëntstromen of zorgperiodes.",
        "en": "Which organisations hold a crucial place cannot be said: there is no network survey and there are no client flows or episodes.",
    },
    "report.bn_stability_robust": {
        "nl": "Stevig: bij andere weging van de factoren, met ontbrekende cijfers ingevuld en met steeds een andere greep uit de partners die antwoordden en uit de cliënten, blijft deze organisatie in {share} van de gevallen in de top 3.",
        "en": "Robust: with other weightings of the factors, the missing figures filled in and each time another draw from the partners who answered and from the clients, this organisation stays in the top 3 in {share} of cases.",
    },
    "report.bn_stability_robust_outside": {
        "nl": "Stevig: bij andere weging van de factoren, met ontbrekende cijfers ingevuld en met steeds een andere greep uit de partners die antwoordden en uit de cliënten, komt deze organisatie maar in {share} van de gevallen in de top 3; haar plaats onder de top 3 staat vast.",
        "en": "Robust: with other weightings of the factors, the missing figures filled in and each time another draw from the partners who answered and from the clients, this organisation reaches the top 3 in only {share} of cases; its place below the top 3 is firm.",
    },
    "report.bn_stability_top_uncertain": {
        "nl": "Let op: deze organisatie staat hier op plaats {rank}, maar bij andere weging van de factoren, met ontbrekende cijfers ingevuld en met steeds een andere greep uit de partners die antwoordden en uit de cliënten, komt zij maar in {share} van de gevallen in de top 3. Haar plaats in de top 3 is dus niet zeker.",
        "en": "Note: this organisation is number {rank} here, but with other weightings of the factors, the missing figures filled in and each time another draw from the partners who answered and from the clients, it reaches the top 3 in only {share} of cases. Its place in the top 3 is therefore not certain.",
    },
    "report.bn_stability_depends_on_sample": {
        "nl": "Let op: of deze organisatie in de top 3 staat, hangt af van welke partners antwoordden en welke cliënten er waren (met steeds een andere greep daaruit in {share} van de gevallen).",
        "en": "Note: whether this organisation is in the top 3 depends on which partners answered and which clients there were ({share} of cases, each time with another draw from them).",
    },
    "report.bn_stability_depends_on_unknown_data": {
        "nl": "Let op: of deze organisatie in de top 3 staat, hangt af van cijfers die ontbreken (met die cijfers ingevuld in {share} van de gevallen).",
        "en": "Note: whether this organisation is in the top 3 depends on figures that are missing ({share} of cases with them filled in).",
    },
    "report.bn_stability_tied": {
        "nl": "Deze organisatie scoort even hoog als andere; zij delen hun plaats (in {share} van de gevallen in de top 3).",
        "en": "This organisation scores as high as others; they share their place ({share} of cases in the top 3).",
    },
    "report.bn_stability_depends_on_weighting": {
        "nl": "Let op: of deze organisatie in de top 3 staat, hangt af van de weging (in {share} van de gevallen).",
        "en": "Note: whether this organisation is in the top 3 depends on the weighting ({share} of cases).",
    },
    "report.bn_chart_title": {
        "nl": "Waarom deze organisaties knelpunten zijn",
        "en": "Why these organisations are bottlenecks",
    },
    "report.bn_chart_note": {
        "nl": "De score (0 tot 1) is opgebouwd uit drie delen: de plek in de keten, de druk op de capaciteit en de spanning in de relaties. Hoe langer een kleur, hoe meer dat deel bijdraagt.",
        "en": "The score (0 to 1) is built from three parts: the place in the chain, the pressure on capacity and the strain in relations. The longer a colour, the more that part contributes.",
    },
    "report.bn_ranking_robust": {
        "nl": "De volgorde is stevig: bij {draws} andere wegingen van de factoren blijft zij vrijwel gelijk (rangcorrelatie {rho}).",
        "en": "The ranking is robust: across {draws} other weightings of the factors it stays much the same (rank correlation {rho}).",
    },
    "report.bn_ranking_depends_on_unknown_data": {
        "nl": "Bij {draws} andere wegingen van de factoren blijft de volgorde vrijwel gelijk (rangcorrelatie {rho}), maar vullen we de ontbrekende cijfers in met waarden die bij andere organisaties voorkomen, dan verschuift de top 3. Vraag die cijfers op.",
        "en": "Across {draws} other weightings of the factors the ranking stays much the same (rank correlation {rho}), but when the missing figures are filled in with values seen at other organisations, the top 3 shifts. Request those figures.",
    },
    "report.bn_ranking_depends_on_sample": {
        "nl": "Bij {draws} andere wegingen van de factoren blijft de volgorde vrijwel gelijk (rangcorrelatie {rho}), maar nemen we steeds een andere greep uit de partners die antwoordden en uit de cliënten, dan verschuift de top 3: een deel van de uitkomst rust op de antwoorden van een enkele partner of op kleine aantallen. Bespreek dit als aanwijzing, niet als vaststaand.",
        "en": "Across {draws} other weightings of the factors the ranking stays much the same (rank correlation {rho}), but when each time another draw is taken from the partners who answered and from the clients, the top 3 shifts: part of the result rests on a single partner's answers or on small numbers. Discuss it as an indication, not as settled.",
    },
    "report.bn_ranking_nothing_listed": {
        "nl": "Er is geen knelpunt waarvan de plaats te toetsen is.",
        "en": "There is no bottleneck whose place can be tested.",
    },
    "report.bn_ranking_depends_on_weighting": {
        "nl": "De volgorde hangt af van de weging: bij {draws} andere wegingen verschuift zij merkbaar (rangcorrelatie {rho}). Bespreek welke factoren zwaar moeten wegen.",
        "en": "The ranking depends on the weighting: across {draws} other weightings it shifts noticeably (rank correlation {rho}). Discuss which factors should weigh most.",
    },
    "report.bn_transitions": {"nl": "Overstappen die stokken", "en": "Transitions that stall"},
    "report.bn_resilience": {
        "nl": "Wat als een organisatie uitvalt?",
        "en": "What if an organisation drops out?",
    },
    "report.confidence_line": {
        "nl": "Zekerheid: {level}. {reasons}.",
        "en": "Certainty: {level}. {reasons}.",
    },
    # quick wins
    "report.qw_intro": {
        "nl": "Quick wins zijn kleine, concrete stappen met een grote kans op een eerste succes, en succes maakt meer succes mogelijk. Ze staan op volgorde van wat het oplevert, hoeveel moeite het kost en hoe klaar de betrokken organisaties ervoor zijn.",
        "en": "Quick wins are small, concrete steps with a good chance of an early success, and success breeds success. They are ranked by what they bring, how much effort they take and how ready the organisations involved are.",
    },
    "report.qw_none": {
        "nl": "De gegevens leveren geen duidelijke snelle stappen op.",
        "en": "The data yield no clear quick steps.",
    },
    "report.qw_none_partial": {
        "nl": "De aangeleverde gegevens leveren geen duidelijke snelle stappen op. Stappen die alleen uit {tables} zouden blijken, zijn niet te zien: die gegevens ontbreken.",
        "en": "The data delivered yield no clear quick steps. Steps that only {tables} would show cannot be seen: those data are missing.",
    },
    "report.col_step": {"nl": "Stap", "en": "Step"},
    "report.col_kind": {"nl": "Soort", "en": "Kind"},
    "report.col_colour": {"nl": "Aanpak", "en": "Approach"},
    "report.col_impact": {"nl": "Effect (0–1)", "en": "Impact (0–1)"},
    "report.col_effort": {"nl": "Moeite (0–1)", "en": "Effort (0–1)"},
    "report.col_confidence": {"nl": "Zekerheid", "en": "Certainty"},
    "report.caption_quick_wins": {
        "nl": "De quick wins op volgorde",
        "en": "The quick wins in order",
    },
    "report.alt_impact_effort": {
        "nl": "Effect tegenover moeite: rechtsboven veel effect met weinig moeite, daar begin je.",
        "en": "Impact against effort: top right is much impact for little effort, start there.",
    },
    "report.qw_colours": {
        "nl": "De kleur zegt welke aanpak past: blauw = heldere afspraken maken, geel = belangen verbinden en coalities vormen, rood = prikkels en beloning, groen = samen leren, wit = ruimte geven om te laten groeien.",
        "en": "The colour says which approach fits: blue = clear agreements, yellow = connect interests and form coalitions, red = incentives, green = learning together, white = give room to let it grow.",
    },
    "report.caption_fingerprints": {
        "nl": "Vingerafdruk (SHA-256) per aangeleverd bestand",
        "en": "Fingerprint (SHA-256) per delivered file",
    },
}

#: The section "Herkend in de praktijk" (the recognition round).
REPORT_RECOGNITION: dict[str, dict[Lang, str]] = {
    "report.section_recognition": {"nl": "Herkend in de praktijk", "en": "Recognised in practice"},
    "report.rc_intro": {
        "nl": "De belangrijkste bevindingen zijn voorgelegd aan de mensen in de organisaties: bestuur, management en uitvoering. Zij gaven per bevinding aan of ze die herkennen in hun werk. Hieronder staat per bevinding welk deel haar herkent, geheel of deels. Wie 'weet niet' antwoordde, telt niet mee. Een aandeel tonen we alleen als minstens {min} mensen een oordeel gaven. Toelichtingen blijven bij de adviseur.",
        "en": "The main findings were put to the people in the organisations: board, management and operations. For each finding they said whether they recognise it in their work. Below is, per finding, the share that recognises it, fully or partly. Answers of 'don't know' do not count. A share is shown only when at least {min} people gave an opinion. Remarks stay with the adviser.",
    },
    "report.rc_response": {
        "nl": "Antwoorden: {respondents}, uit {organisations} organisaties.",
        "en": "Answers: {respondents}, from {organisations} organisations.",
    },
    "report.rc_response_one": {
        "nl": "Antwoorden: {respondents}, uit {organisations} organisatie.",
        "en": "Answers: {respondents}, from {organisations} organisation.",
    },
    "report.rc_col_finding": {"nl": "Bevinding", "en": "Finding"},
    "report.rc_col_all": {"nl": "Iedereen", "en": "Everyone"},
    "report.rc_col_answers": {"nl": "Oordelen", "en": "Opinions"},
    "report.rc_col_urgency": {"nl": "Urgentie (1–5)", "en": "Urgency (1–5)"},
    "report.rc_col_status": {"nl": "Let op", "en": "Note"},
    "report.rc_status_differs": {
        "nl": "bestuur en uitvoering verschillen",
        "en": "board and operations differ",
    },
    "report.rc_status_unrecognised": {
        "nl": "niet herkend; bespreken",
        "en": "not recognised; to discuss",
    },
    "report.rc_status_too_few": {"nl": "te weinig oordelen", "en": "too few opinions"},
    "report.rc_caption": {
        "nl": "Deel dat de bevinding herkent (geheel of deels), per laag; – = te weinig oordelen om te tonen",
        "en": "Share that recognises the finding (fully or partly), per layer; – = too few opinions to show",
    },
    "report.rc_label": {"nl": "{kind} {rank}: {names}", "en": "{kind} {rank}: {names}"},
    "report.rc_from_to": {"nl": "van {a} naar {b}", "en": "from {a} to {b}"},
    "report.rc_board_only": {
        "nl": "Het bestuur herkent het, de uitvoering niet",
        "en": "The board recognises it, operations do not",
    },
    "report.rc_operations_only": {
        "nl": "De uitvoering herkent het, het bestuur niet",
        "en": "Operations recognise it, the board does not",
    },
    "report.rc_gap_line": {
        "nl": "{finding}: bestuur {board}, uitvoering {work}.",
        "en": "{finding}: board {board}, operations {work}.",
    },
    "report.rc_no_gap": {
        "nl": "Bestuur en uitvoering zien geen van de bevindingen wezenlijk anders (een verschil van {gap} of meer).",
        "en": "The board and operations do not see any finding very differently (a difference of {gap} or more).",
    },
    "report.rc_no_layers": {
        "nl": "Uit bestuur of uitvoering kwamen te weinig oordelen om ze met elkaar te vergelijken.",
        "en": "Too few opinions came from the board or from operations to compare them.",
    },
    "report.rc_nobody": {"nl": "Door niemand herkend", "en": "Recognised by nobody"},
    "report.rc_nobody_line": {
        "nl": "{finding}: niet herkend; bespreken.",
        "en": "{finding}: not recognised; to discuss.",
    },
    "report.rc_nobody_none": {
        "nl": "Elke bevinding met genoeg oordelen wordt door minstens iemand herkend.",
        "en": "Every finding with enough opinions is recognised by at least someone.",
    },
    "report.rc_dropped": {
        "nl": "Bevindingen die niemand herkent, staan niet in de samenvatting van dit rapport.",
        "en": "Findings nobody recognises are left out of this report's summary.",
    },
    "report.rc_discuss": {
        "nl": "(Niet herkend; bespreken.)",
        "en": "(Not recognised; to discuss.)",
    },
}

REPORT.update(
    {
        f"report.dim_{k}": {lang: v[lang].capitalize() for lang in LANGS}
        for k, v in DIMENSION_LABELS.items()
    }
)
