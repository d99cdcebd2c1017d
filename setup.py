"""Shim for ``scrapyd-deploy``, which builds an egg with ``python setup.py bdist_egg``.

All metadata lives in pyproject.toml; without this file scrapyd-deploy would write its own
setup.py with find_packages() (taking tests/ and leaving out the site configs).
"""

from setuptools import setup

setup()
