"""Contains methods for accessing the API, and the resource objects (one per tag) that clients mix in."""

from __future__ import annotations

import difflib
import inspect
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import errors
from ..client import AuthenticatedClient
from ..types import Response, Unset

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


_Method = TypeVar("_Method", bound=Callable[..., Any])


class _RequiredWithoutBody:
    """Shown by help() as the default of a body field that is required unless `body` is given."""

    def __repr__(self) -> str:
        return "<required unless body is given>"


REQUIRED_WITHOUT_BODY: Any = _RequiredWithoutBody()


def keyword_signature(method: _Method) -> _Method:
    """Give a method that takes a body as a model or as `**fields` the signature help() and IDEs
    show: its own parameters with the fields of its keyword overload in place of `**fields`."""
    overloads = typing.get_overloads(method)
    if overloads:
        own = inspect.signature(method).parameters.values()
        keywords = inspect.signature(overloads[-1]).parameters.values()
        kept = [p for p in own if p.kind is not inspect.Parameter.VAR_KEYWORD]
        names = {p.name for p in kept}
        extra = [
            p if p.default is not inspect.Parameter.empty else p.replace(default=REQUIRED_WITHOUT_BODY)
            for p in keywords
            if p.kind is inspect.Parameter.KEYWORD_ONLY and p.name not in names
        ]
        ordered = sorted(kept + extra, key=lambda p: p.kind)
        method.__signature__ = inspect.signature(method).replace(parameters=ordered)  # type: ignore[attr-defined]
    return method


def body_fields(
    method: str,
    fields: dict[str, Any],
    known: tuple[str, ...],
    spellings: Mapping[str, str],
    fixed: Mapping[str, Any],
) -> dict[str, Any]:
    """Check a method's body fields given as keywords: a field named after a Python keyword or
    builtin (`type`, `format`) is taken under that name too, a field with one allowed value may
    be given if it has that value, and any other name fails with the method and the right spelling."""
    checked: dict[str, Any] = {}
    for name, value in fields.items():
        python_name = spellings.get(name, name)
        if python_name in fixed:
            if value != fixed[python_name]:
                raise ValueError(
                    f"{method}(): {name} can only be {fixed[python_name]!r}, which is sent for you; leave it out"
                )
            continue
        if python_name in known and (python_name == name or python_name == name + "_"):
            checked[python_name] = value
            continue
        if python_name in known:
            raise TypeError(f"{method}() takes {name!r} as {python_name}=")
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"; did you mean {close[0]}=?" if close else f"; it takes {', '.join(known)}"
        raise TypeError(f"{method}() got an unexpected keyword argument {name!r}{hint}")
    return checked


def page_field(page: object, path: str) -> Any:
    """The value at a dotted attribute path of a parsed page (`data.has_more` reads
    `page.data.has_more`), or None where a step is missing or unset: the iterators read pages
    leniently."""
    value: Any = page
    for name in path.split("."):
        value = getattr(value, name, None)
        if value is None or isinstance(value, Unset):
            return None
    return value


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
