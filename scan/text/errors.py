"""Why a run stops (``error.*``: the words of a :class:`scan.errors.ScanError`) and what
the command line says (``cli.*``).
"""

from __future__ import annotations

from scan.text.lang import Lang

#: The words of a :class:`scan.errors.ScanError`, filled in with its fields.
ERRORS: dict[str, dict[Lang, str]] = {
    "error.no_region": {
        "nl": "De regiomap {folder} bestaat niet.",
        "en": "The region folder {folder} does not exist.",
    },
    "error.no_notebook": {
        "nl": "Het rapportnotebook {path} ontbreekt.",
        "en": "The report notebook {path} is missing.",
    },
    "error.kernel_shadowed": {
        "nl": "De Jupyter-kernel '{kernel}' in {location} gaat voor die in {folder} en start een andere Python ({python}); verwijder hem (jupyter kernelspec remove {kernel}).",
        "en": "The Jupyter kernel '{kernel}' in {location} takes precedence over the one in {folder} and starts another Python ({python}); remove it (jupyter kernelspec remove {kernel}).",
    },
    "error.section_failed": {
        "nl": "Sectie '{section}' mislukt (cel {cell}): {detail}",
        "en": "Section '{section}' failed (cell {cell}): {detail}",
    },
    "error.no_template": {
        "nl": "nbconvert mist een sjabloon: {detail}",
        "en": "nbconvert lacks a template: {detail}",
    },
    "error.no_baseline": {
        "nl": "{path}: geen findings.json en geen gegevens.",
        "en": "{path}: no findings.json and no data.",
    },
    "error.no_findings": {
        "nl": "{path}: geen findings.json gevonden.",
        "en": "{path}: no findings.json found.",
    },
    "error.unreadable_findings": {
        "nl": "{path}: niet te lezen ({detail}).",
        "en": "{path}: cannot be read ({detail}).",
    },
    "error.not_findings": {
        "nl": "{path}: geen findings.json van netwerkscan.",
        "en": "{path}: not a findings.json of netwerkscan.",
    },
    "error.not_round_file": {
        "nl": "{path} is geen bestand van een eerdere netwerkscan.",
        "en": "{path} is not a file of an earlier netwerkscan.",
    },
    "error.not_a_result": {
        "nl": "{path} is geen scanresultaat.",
        "en": "{path} is not a scan result.",
    },
    "error.unknown_setting": {
        "nl": "Onbekende instelling '{name}'.",
        "en": "Unknown setting '{name}'.",
    },
    "error.invalid_setting": {
        "nl": "Instelling '{name}': {detail}.",
        "en": "Setting '{name}': {detail}.",
    },
    "error.not_a_language": {
        "nl": "Instelling 'lang': {value} is geen taal (nl, en).",
        "en": "Setting 'lang': {value} is not a language (nl, en).",
    },
    "error.at_least_one": {
        "nl": "Instelling '{name}': moet minstens 1 zijn.",
        "en": "Setting '{name}': must be at least 1.",
    },
    "error.shared_min_clients": {
        "nl": "Instelling 'analysis.shared_min_clients': {value} is te laag. Twee organisaties "
        "delen pas cliënten vanaf {minimum} gedeelde cliënten (de drempel voor kleine "
        "aantallen); 9 is de onderbouwde standaard (Barnett e.a. 2011).",
        "en": "Setting 'analysis.shared_min_clients': {value} is too low. Two organisations "
        "share clients from {minimum} shared clients on (the small-count threshold); 9 is "
        "the documented default (Barnett et al. 2011).",
    },
    "error.no_dask": {
        "nl": "Voor --scheduler is dask.distributed nodig: pip install 'netwerkscan[cluster]'.",
        "en": "--scheduler needs dask.distributed: pip install 'netwerkscan[cluster]'.",
    },
    "error.no_scheduler": {
        "nl": "De Dask-scheduler {scheduler} is niet bereikbaar: {detail}",
        "en": "The Dask scheduler {scheduler} cannot be reached: {detail}",
    },
    "error.worker_died": {
        "nl": "Het proces van deze regio stopte onverwacht (geheugen vol of afgebroken).",
        "en": "The process of this region stopped unexpectedly (out of memory or killed).",
    },
    "error.region_key": {
        "nl": "'{region}' is geen regionaam: een regio is één map onder data/raw (niet '.' of '..', zonder '/' of '\\', niet beginnend met een punt); geef anders het pad van de regiomap.",
        "en": "'{region}' is not a region name: a region is one folder under data/raw (not '.' or '..', without '/' or '\\', not starting with a dot); else give the path of the region folder.",
    },
    "error.region_outside": {
        "nl": "De regio '{region}' wijst naar {folder}, buiten {root}; geef die map als pad als dat de bedoeling is.",
        "en": "The region '{region}' points to {folder}, outside {root}; give that folder as a path if that is what you mean.",
    },
    "error.region_above": {
        "nl": "{folder} is geen regiomap maar {root} zelf of een map daarboven; geef één regio.",
        "en": "{folder} is not a region folder but {root} itself or a folder above it; give one region.",
    },
    "error.region_folder_name": {
        "nl": "De naam van de map {folder} kan geen regionaam zijn (leeg, verborgen of met een stuurteken); hernoem de map.",
        "en": "The name of the folder {folder} cannot be a region name (empty, hidden or with a control character); rename the folder.",
    },
    "error.os.permission": {
        "nl": "Geen toestemming om {path} te schrijven of te lezen; de run is gestopt.",
        "en": "No permission to write or read {path}; the run stopped.",
    },
    "error.os.permission_somewhere": {
        "nl": "Geen toestemming om een bestand te schrijven of te lezen; de run is gestopt.",
        "en": "No permission to write or read a file; the run stopped.",
    },
    "error.os.read_only": {
        "nl": "{path} staat op een alleen-lezen schijf; de run is gestopt.",
        "en": "{path} is on a read-only file system; the run stopped.",
    },
    "error.os.read_only_somewhere": {
        "nl": "De schijf is alleen-lezen; de run is gestopt.",
        "en": "The file system is read-only; the run stopped.",
    },
    "error.os.disk_full": {
        "nl": "De schijf van {path} is vol; de run is gestopt.",
        "en": "The disk holding {path} is full; the run stopped.",
    },
    "error.os.disk_full_somewhere": {
        "nl": "De schijf is vol; de run is gestopt.",
        "en": "The disk is full; the run stopped.",
    },
    "error.os.other": {
        "nl": "Het besturingssysteem weigerde {path} ({detail}); de run is gestopt.",
        "en": "The operating system refused {path} ({detail}); the run stopped.",
    },
    "error.os.other_somewhere": {
        "nl": "Het besturingssysteem weigerde een bestand ({detail}); de run is gestopt.",
        "en": "The operating system refused a file ({detail}); the run stopped.",
    },
    "error.kernel_killed": {
        "nl": "De rekenkern van het rapport werd afgebroken tijdens sectie '{section}' ({signal}), meestal door geheugengebrek; het vorige rapport blijft staan.",
        "en": "The report's kernel was killed during section '{section}' ({signal}), usually for lack of memory; the previous report stays.",
    },
    "error.kernel_died": {
        "nl": "De rekenkern van het rapport stopte onverwacht tijdens sectie '{section}' (status {status}); het vorige rapport blijft staan.",
        "en": "The report's kernel stopped unexpectedly during section '{section}' (status {status}); the previous report stays.",
    },
    "error.kernel_lost": {
        "nl": "De rekenkern van het rapport stopte onverwacht tijdens sectie '{section}'; het vorige rapport blijft staan.",
        "en": "The report's kernel stopped unexpectedly during section '{section}'; the previous report stays.",
    },
    "error.baseline.no_organisations": {
        "nl": "{path} is geen bruikbare vorige scan: er is geen organisatie uit te lezen.",
        "en": "{path} is not a usable earlier scan: no organisation can be read from it.",
    },
    "error.baseline.no_rows": {
        "nl": "{path} is geen bruikbare vorige scan: naast de organisaties is er niets bruikbaars.",
        "en": "{path} is not a usable earlier scan: nothing but the organisations is usable.",
    },
    "error.same_region_name": {
        "nl": "Twee regio's met dezelfde naam: {regions}; hun rapporten zouden elkaar overschrijven.",
        "en": "Two regions with the same name: {regions}; their reports would overwrite each other.",
    },
}

#: What ``netwerkscan`` says on the terminal.
CLI: dict[str, dict[Lang, str]] = {
    "cli.feedback_written": {
        "nl": "{n} terugkoppelingen in {folder}",
        "en": "{n} feedback pages in {folder}",
    },
    "cli.feedback_written_one": {
        "nl": "{n} terugkoppeling in {folder}",
        "en": "{n} feedback page in {folder}",
    },
    "cli.demo_written": {
        "nl": "{n} bestanden geschreven in {folder}",
        "en": "{n} files written to {folder}",
    },
    "cli.no_regions": {
        "nl": "Geen regio's gevonden in {folder}.",
        "en": "No regions found in {folder}.",
    },
    "cli.batch_done": {
        "nl": "{done} van {total} regio's gelukt in {seconds} s ({workers} tegelijk).",
        "en": "{done} of {total} regions done in {seconds} s ({workers} at a time).",
    },
    "cli.failed": {"nl": "Mislukt:", "en": "Failed:"},
    "cli.no_organisations": {
        "nl": "Geen organisaties in {folder}.",
        "en": "No organisations in {folder}.",
    },
    "cli.no_contact": {
        "nl": "Let op: geen contact in region.toml; de werkboeken noemen 'de adviseur' (voeg contact = \"...\" toe aan region.toml).",
        "en": "Note: no contact in region.toml; the workbooks name 'the adviser' (add contact = \"...\" to region.toml).",
    },
    "cli.workbooks_written": {
        "nl": "{n} werkboeken in {folder}",
        "en": "{n} workbooks in {folder}",
    },
    "cli.workbooks_written_one": {
        "nl": "{n} werkboek in {folder}",
        "en": "{n} workbook in {folder}",
    },
    "cli.recognition_none": {
        "nl": "Deze scan heeft geen bevindingen om voor te leggen; er zijn geen formulieren geschreven.",
        "en": "This scan has no findings to put to the partners; no forms were written.",
    },
}
