"""``python3 -m warp_mlir``: the warp-mlir command (see cli.py)."""

import sys

from .cli import main

sys.exit(main())
