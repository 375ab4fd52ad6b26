"""``python -m caregiver_app``: the same as the ``caregiver-app`` command."""

import sys

from caregiver_app.cli import main

sys.exit(main())
