"""The docs audit: Kore.ai's published pages against openapi.yaml; what the spec lacks, what was decided.

Parts: ``pages`` (the page reader), ``spec`` (the spec model, traced to spec/*.yaml), ``rules`` (named
normalizations), ``compare`` (one page against its operation), ``decisions`` (page-scoped decisions),
``audit`` (a run over files or a docs root), ``report`` (text and JSON), ``cli`` (scripts/docs-audit).
"""

from . import report
from .audit import Result, audit_files, run
from .compare import Finding
from .pages import read_page
from .spec import Spec

__all__ = ["Finding", "Result", "Spec", "audit_files", "read_page", "report", "run"]
