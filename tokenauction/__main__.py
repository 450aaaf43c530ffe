"""``python -m tokenauction``: the same as the ``tokenauction`` command."""

import sys

from tokenauction.cli import main

sys.exit(main())
