"""The pre-call fetch as the simulated dialler makes it (fetch-precall-contact): POST the contact to the
campaign's URL, then judge the answer.

Asynchronous, so that while a partner's receiver thinks (up to `pre_call_timeout` seconds) the mock goes on
answering other requests. Judging the answer is `judge_pre_call_answer` alone, kept apart so that one shared
decision (issue 34's webhook kit) can replace it without touching the sending.
"""

from __future__ import annotations

import httpx

from .simulation import PreCallFetch


async def send_pre_call(config: PreCallFetch, payload: dict[str, object], timeout: float) -> tuple[bool, str]:
    """A simulation.PreCallSender."""
    try:
        async with httpx.AsyncClient(timeout=timeout) as client:
            response = await client.post(config.url, json=payload, headers=dict(config.headers))
    except Exception as exc:  # any failure to get an answer is judged too (it skips the contact)
        return judge_pre_call_answer(exc)
    return judge_pre_call_answer(response)


def judge_pre_call_answer(answer: httpx.Response | Exception) -> tuple[bool, str]:
    """(call?, reason) from the receiver's answer, or from the failure to get one: anything but a 200 whose
    `contactHandling.handle` is CALL skips the contact, as the page says."""
    if isinstance(answer, Exception):
        return False, f"pre-call fetch failed: {type(answer).__name__}"
    if answer.status_code != 200:
        return False, f"pre-call fetch answered HTTP {answer.status_code}"
    try:
        body = answer.json()
    except ValueError:
        return False, "pre-call fetch answer is not JSON"
    handling = body.get("contactHandling") if isinstance(body, dict) else None
    handle = handling.get("handle") if isinstance(handling, dict) else None
    reason = handling.get("reason") if isinstance(handling, dict) else None
    if handle not in ("CALL", "SKIP"):
        return False, "pre-call fetch answer has no contactHandling.handle CALL or SKIP"
    return handle == "CALL", str(reason) if isinstance(reason, str) else f"pre-call fetch answered {handle}"
