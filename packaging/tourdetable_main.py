"""The frozen program's entry point: the same as the ``tourdetable`` command.

PyInstaller starts here (see ``tourdetable.spec``); everything else is in ``desktop.cli``.
"""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
