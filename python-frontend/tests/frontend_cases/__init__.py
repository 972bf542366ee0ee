"""Shared support and data for the frontend tests (tests/test_frontend*.py)."""
