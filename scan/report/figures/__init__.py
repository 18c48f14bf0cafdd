"""The figures of the report: pure functions from tables and graphs to a figure.

Every function takes plain data (DataFrames, networkx graphs) and a language
and returns a :class:`matplotlib.figure.Figure` (drawn with the Agg canvas,
never through pyplot's global state) that :func:`scan.html.show.figure` embeds, or,
for the interactive network map, a string of HTML that works offline.

One module per family:

* :mod:`~scan.report.figures.style`: palette, type families, the matplotlib
  style, titles, legends, numbers and names of organisations;
* :mod:`~scan.report.figures.placement`: labels placed clear of each other;
* :mod:`~scan.report.figures.maps`: the static and the interactive network map;
* :mod:`~scan.report.figures.charts`: flows, pressure, readiness, gaps, quick
  wins, segments and the bottleneck scores;
* :mod:`~scan.report.figures.saiddone`: ties next to client flows, per pair.

Conventions shared by every figure:

* **One colour per kind of organisation**: the 16 types of
  :data:`scan.data.schema.ORG_TYPES` are grouped into eight families
  (:data:`TYPE_FAMILY`) with the colour-blind-safe Okabe-Ito palette
  (:data:`FAMILY_COLOURS`), "other" grey.
* **Titles say what to see**, in plain Dutch (or English); a short note under
  the figure says how to read it.
* **Numbers the Dutch way** in ``nl`` (decimal comma, babel).
* **Names or codes**: ``labels`` is ``"org_id"`` (the default: codes, safe for
  the anonymised report), ``"name"`` or a mapping org_id → label.
* **Small counts** (clients) below ``threshold`` are never shown.
* Sized for a 60rem (about 900 px) wide page.

Examples
--------
>>> family_of("huisartsenpost"), family_of("gemeente"), family_of("onbekend")
('primary', 'social', 'other')
>>> FAMILY_COLOURS[family_of("ziekenhuis")]
'#D55E00'
"""

from scan.analysis.layout import layout
from scan.report.figures.charts import _tint as _tint
from scan.report.figures.charts import (
    contribution_chart,
    flow_chart,
    flow_family_chart,
    gap_chart,
    impact_effort_chart,
    pressure_chart,
    readiness_chart,
    segment_chart,
)
from scan.report.figures.maps import (
    aggregate_by_community,
    classify_ties,
    flow_map,
    hover_topics,
    interactive_flow_map,
    interactive_map,
    network_map,
)
from scan.report.figures.saiddone import said_done_chart, tie_label
from scan.report.figures.style import _BAND_TINT as _BAND_TINT
from scan.report.figures.style import (
    BAND_COLOURS,
    FAMILIES,
    FAMILY_COLOURS,
    FAMILY_LABELS,
    GREY,
    GROUP_COLOURS,
    GROUPS_ORDER,
    INK,
    INTERVENTION_COLOURS,
    MUTED,
    OKABE_ITO,
    TYPE_FAMILY,
    WIDTH,
    Labels,
    NumberFormatter,
    decimal,
    family_colour,
    family_handles,
    family_legend,
    family_of,
)

__all__ = [
    "BAND_COLOURS",
    "FAMILIES",
    "FAMILY_COLOURS",
    "FAMILY_LABELS",
    "GREY",
    "GROUPS_ORDER",
    "GROUP_COLOURS",
    "INK",
    "INTERVENTION_COLOURS",
    "MUTED",
    "OKABE_ITO",
    "TYPE_FAMILY",
    "WIDTH",
    "Labels",
    "NumberFormatter",
    "aggregate_by_community",
    "classify_ties",
    "contribution_chart",
    "decimal",
    "family_colour",
    "family_handles",
    "family_legend",
    "family_of",
    "flow_chart",
    "flow_family_chart",
    "flow_map",
    "gap_chart",
    "hover_topics",
    "impact_effort_chart",
    "interactive_flow_map",
    "interactive_map",
    "layout",
    "network_map",
    "pressure_chart",
    "readiness_chart",
    "said_done_chart",
    "segment_chart",
    "tie_label",
]
