"""The pre-call fetch as the simulated dialler makes it (fetch-precall-contact): POST the contact to the
campaign's URL, then judge what came back.

Asynchronous, so that while a partner's receiver thinks (up to `pre_call_timeout` seconds) the mock goes on
answering other requests. The judging is the shared decision that `kore-campaigns webhooks trigger` shows
(kore_campaigns_precall.decide, standard library only), so the mock and the command agree.
"""

from __future__ import annotations

from time import perf_counter

import httpx
from kore_campaigns_precall import Answer, NoAnswer, Received, decide

from .simulation import PreCallFetch


async def send_pre_call(config: PreCallFetch, payload: dict[str, object], timeout: float) -> tuple[bool, str]:
    """A simulation.PreCallSender: (call the contact?, reason)."""
    started = perf_counter()
    received: Received
    try:
        async with httpx.AsyncClient(timeout=timeout) as client:
            response = await client.post(config.url, json=payload, headers=dict(config.headers))
    except httpx.TimeoutException as exc:
        received = NoAnswer("timeout", type(exc).__name__, perf_counter() - started, timeout)
    except Exception as exc:  # any failure to get an answer skips the contact, as the page says
        received = NoAnswer("connection", type(exc).__name__, perf_counter() - started)
    else:
        received = Answer(response.status_code, response.headers, response.content, perf_counter() - started)
    contact = payload.get("contactData")
    decision = decide(received, contact if isinstance(contact, dict) else ())
    return decision.call, decision.reason
