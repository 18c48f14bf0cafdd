"""The report: the notebook (package data), its sections and figures, and the render step."""
