"""Contains methods for accessing the API, and the resource objects (one per tag) that clients mix in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import errors
from ..client import AuthenticatedClient
from ..types import Response

# At run time the host is a plain mixin (so it adds no attrs fields or slots); type checkers
# see it as the AuthenticatedClient it is always mixed into, which the functions require.
# A resource's module (and its operations' modules) is imported when the resource is first used.
if TYPE_CHECKING:
    _Client = AuthenticatedClient
    from .campaign_execution import AsyncCampaignExecutionResource, CampaignExecutionResource
    from .campaigns import AsyncCampaignsResource, CampaignsResource
    from .campaigns_v1 import AsyncCampaignsV1Resource, CampaignsV1Resource
    from .contact_lists import AsyncContactListsResource, ContactListsResource
    from .contact_lists_v1 import AsyncContactListsV1Resource, ContactListsV1Resource
    from .scheduling import AsyncSchedulingResource, SchedulingResource
else:
    _Client = object


class ResourceHost(_Client):
    """What a resource needs from its client: the generated client, a default bot id, and the
    exception to raise for an error response."""

    __slots__ = ()

    bot_id: str

    def error_for_response(self, response: Response[Any]) -> Exception:
        """The exception a resource method raises for a response that is not a documented success."""
        return errors.UnexpectedStatus(response.status_code, response.content)


class Resources(ResourceHost):
    """Mix into an `AuthenticatedClient` that has `bot_id`: one attribute per tag, sync methods."""

    __slots__ = ()

    @property
    def scheduling(self) -> SchedulingResource:
        """Operations tagged `scheduling`."""
        from .scheduling import SchedulingResource

        return SchedulingResource(self)

    @property
    def campaigns(self) -> CampaignsResource:
        """Operations tagged `campaigns`."""
        from .campaigns import CampaignsResource

        return CampaignsResource(self)

    @property
    def campaign_execution(self) -> CampaignExecutionResource:
        """Operations tagged `campaign_execution`."""
        from .campaign_execution import CampaignExecutionResource

        return CampaignExecutionResource(self)

    @property
    def contact_lists(self) -> ContactListsResource:
        """Operations tagged `contact_lists`."""
        from .contact_lists import ContactListsResource

        return ContactListsResource(self)

    @property
    def campaigns_v1(self) -> CampaignsV1Resource:
        """Operations tagged `campaigns_v1`."""
        from .campaigns_v1 import CampaignsV1Resource

        return CampaignsV1Resource(self)

    @property
    def contact_lists_v1(self) -> ContactListsV1Resource:
        """Operations tagged `contact_lists_v1`."""
        from .contact_lists_v1 import ContactListsV1Resource

        return ContactListsV1Resource(self)


class AsyncResources(ResourceHost):
    """Mix into an `AuthenticatedClient` that has `bot_id`: one attribute per tag, async methods."""

    __slots__ = ()

    @property
    def scheduling(self) -> AsyncSchedulingResource:
        """Operations tagged `scheduling`."""
        from .scheduling import AsyncSchedulingResource

        return AsyncSchedulingResource(self)

    @property
    def campaigns(self) -> AsyncCampaignsResource:
        """Operations tagged `campaigns`."""
        from .campaigns import AsyncCampaignsResource

        return AsyncCampaignsResource(self)

    @property
    def campaign_execution(self) -> AsyncCampaignExecutionResource:
        """Operations tagged `campaign_execution`."""
        from .campaign_execution import AsyncCampaignExecutionResource

        return AsyncCampaignExecutionResource(self)

    @property
    def contact_lists(self) -> AsyncContactListsResource:
        """Operations tagged `contact_lists`."""
        from .contact_lists import AsyncContactListsResource

        return AsyncContactListsResource(self)

    @property
    def campaigns_v1(self) -> AsyncCampaignsV1Resource:
        """Operations tagged `campaigns_v1`."""
        from .campaigns_v1 import AsyncCampaignsV1Resource

        return AsyncCampaignsV1Resource(self)

    @property
    def contact_lists_v1(self) -> AsyncContactListsV1Resource:
        """Operations tagged `contact_lists_v1`."""
        from .contact_lists_v1 import AsyncContactListsV1Resource

        return AsyncContactListsV1Resource(self)
