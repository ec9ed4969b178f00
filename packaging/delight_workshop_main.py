"""Entry script of the PyInstaller bundle (see delight-workshop.spec): runs ui.app.launcher."""

import sys

from ui.app.launcher import main

if __name__ == "__main__":
    sys.exit(main())
