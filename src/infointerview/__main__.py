"""Allow ``python -m infointerview``."""

import sys

from infointerview.cli import main

sys.exit(main())
