"""A client library for accessing Kore.ai Contact Center Campaign Management API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
