"""The packaging scripts are plain files in packaging/, not part of the hyrdesk package."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for folder in (ROOT / "packaging", ROOT / "packaging" / "icons", ROOT / "packaging" / "linux"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
