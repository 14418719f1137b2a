"""A campaign's statuses and the actions that move it between them: one table for every door (v1, v2, the
schedules and the simulation).
"""

from __future__ import annotations

from .errors import ApiError, Problem

# The statuses the docs name: Preparing (voice create response), Ready (SMS create, get, update and
# delete samples), Active (start), Stopped (stop); the list page's status filter adds Completed,
# Paused, Scheduled and Rescheduled.
PREPARING, READY, ACTIVE, STOPPED = "Preparing", "Ready", "Active", "Stopped"
COMPLETED, PAUSED, SCHEDULED, RESCHEDULED = "Completed", "Paused", "Scheduled", "Rescheduled"
STATUSES = (ACTIVE, COMPLETED, READY, PAUSED, PREPARING, STOPPED, SCHEDULED, RESCHEDULED)
# Running: dialling or sending now (Paused is a halted run that still holds its instance).
RUNNING = (ACTIVE, PAUSED)
IDLE = (READY, SCHEDULED, RESCHEDULED, STOPPED, COMPLETED)

# action -> {status it is allowed from: status it leads to}; any other status refuses it with 409.
# The docs describe no refusal; where they are silent the rows follow what the platform most plausibly does.
LIFECYCLE: dict[str, dict[str, str]] = {
    # start-*-campaign-v2: trigger=play answers status "Active" with a new campaignInstanceId. A stopped or
    # completed campaign may run again (the list sample shows a Stopped campaign keeping its instance id);
    # starting a running one is refused rather than silently starting a second run.
    "start": {status: ACTIVE for status in (*IDLE, PAUSED)},
    # stop-*-campaign-v2: trigger=stop answers "Stopped". Stopping a campaign that never started (Ready,
    # Scheduled) or is already Stopped/Completed is refused: there is no run to stop.
    "stop": {status: STOPPED for status in RUNNING},
    # update-*-campaign-v2 and delete-*-campaign-v2 samples act on Ready campaigns; the pages' "an active
    # campaign" wording is shared boilerplate (the start page says "start an active campaign"). A running
    # campaign is refused: editing or deleting the configuration a dialler is using would lose its run.
    "update": {status: status for status in IDLE},
    "delete": {status: status for status in IDLE},
    # enable-*-scheduling pages: a schedule makes an idle campaign Scheduled; a running one is refused.
    "schedule": {status: SCHEDULED for status in IDLE},
    # disable-voice-or-sms-campaign-schedule: a Scheduled campaign becomes Ready again; disabling is
    # idempotent (a retry after a lost response must not fail) and leaves other statuses alone.
    "unschedule": {**{status: status for status in STATUSES}, SCHEDULED: READY, RESCHEDULED: READY},
    # create-call-back-schedule-v2: "For any running campaign".
    "callback": {status: status for status in RUNNING},
    # The simulation (simulation.py): a run whose every contact is done completes its campaign.
    "complete": {ACTIVE: COMPLETED},
}
REFUSALS = {
    "start": "started (it is already running; stop it first)",
    "stop": "stopped (it is not running)",
    "update": "updated while it runs (stop it first)",
    "delete": "deleted while it runs (stop it first)",
    "schedule": "scheduled while it runs (stop it first)",
    "callback": "given call-backs (it is not running; start it first)",
    "complete": "completed (it is not running)",
}


def transition(status: str, action: str, field: str) -> str:
    """The status `action` leads to from `status`, or a 409 naming `field` (the request's name for the campaign)."""
    target = LIFECYCLE[action].get(status)
    if target is None:
        rule = f"{field} names a campaign whose status is {status}: it cannot be {REFUSALS[action]}"
        raise ApiError(409, [Problem(rule, field)])
    return target
