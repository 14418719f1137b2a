"""Schemathesis fuzzing of openapi.yaml against the mock: hooks, an in-process runner and spec mutations.

* `fuzz.hooks` - the one hooks module, for the in-process runs and the CLI (`SCHEMATHESIS_HOOKS=fuzz.hooks`).
* `fuzz.runner` - runs the schemathesis engine in-process against the mock's ASGI app, with the CLI's own
  pass/fail rules, and counts cases per operation and phase and the links the stateful phase covered.
* `fuzz.mutations` - copies of openapi.yaml weakened the way a spec author could slip; each must fail.
* `fuzz.settings` - the run's configuration: `schemathesis.toml` (choices about fuzzing) plus the spec's facts.
* `fuzz.schemathesis_internals` - every use of schemathesis's internals, checked at import against the pin.

What they read from openapi.yaml (limits, enums, defaults, examples, statuses, by operationId) they read
through `scripts.spec_facts`, the repository's one reader of the spec. `scripts/fuzz` runs the CLI with the
configuration `fuzz.settings` writes.
"""
