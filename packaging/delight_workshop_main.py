"""Entry script of the PyInstaller bundle (see delight-workshop.spec): runs ui.launcher."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
