"""The measurements, one family per module, and :func:`scan.analysis.analyse.analyse` over them."""
