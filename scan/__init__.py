"""netwerkscan: an independent scan of a regional care collaboration.

The stages, each a plain function over plain data (see ``docs/architecture.md``)::

    load_region(region)  -> ScanData          (ingest, validate, resolve, merge)
"""

from scan.errors import ScanError
from scan.model import DataQuality, RegionInfo, ScanData

__version__ = "0.1.0"

__all__ = ["DataQuality", "RegionInfo", "ScanData", "ScanError", "__version__"]
