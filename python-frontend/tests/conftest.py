import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# Shared by test_generated_roundtrip.py and test_generated_differential.py:
# the generated kernels, printed as Python once per session.
from generated_kernels import generated  # noqa: E402,F401
