"""The one error shape every refusal uses (its HTTP response is made in http_api.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

INVALID_CREDENTIALS = "Invalid SDK credentials"
# Documented wording of the Contact Center rate limit (rate-limit-ccai page).
RATE_LIMITED = "You've exceeded the per-minute rate limit. Please wait for sometime before retrying."

# 4002 is the platform's documented "Invalid SDK credentials" code; the rest follow its 4xxx pattern.
ERROR_CODES = {
    400: 4000,
    401: 4002,
    403: 4003,
    404: 4004,
    405: 4005,
    409: 4009,
    413: 4013,
    415: 4015,
    429: 4029,
    500: 5000,
}


@dataclass(frozen=True)
class Problem:
    msg: str
    field: str | None = None


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        problems: Sequence[Problem],
        message: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message or _summary(problems))
        self.status = status
        self.problems = tuple(problems)
        self.message = message or _summary(problems)
        self.headers = dict(headers or {})


def _summary(problems: Sequence[Problem]) -> str:
    if len(problems) == 1:
        return problems[0].msg
    return f"The request has {len(problems)} problems; see errors"


def error_body(status: int, problems: Sequence[Problem], message: str) -> dict[str, object]:
    code = ERROR_CODES.get(status, status * 10)
    errors: list[dict[str, object]] = []
    for problem in problems:
        item: dict[str, object] = {"msg": problem.msg, "code": code}
        if problem.field is not None:
            item["field"] = problem.field
        errors.append(item)
    return {"status": "failure", "message": message, "errors": errors}
