"""``python -m desktop``: the same as the ``tourdetable`` command."""

import sys

from desktop.cli import main

sys.exit(main())
