"""The runtime of the generated client: plain Python that `scripts/regenerate` copies, byte for byte,
into the generated package as `kore_campaigns_client._runtime`.

The templates only call it. It imports nothing from the generated package (the generated modules
import it), so it is typed, linted and tested here as ordinary code (tests/test_codegen_runtime.py).
Its public names reach users through `kore_campaigns_client.types` and `kore_campaigns_client.errors`.

    sentinel   UNSET, the field an answer left out
    switches   strict reading and showing values: the client's attribute, else the environment
    errors     KoreError and the exceptions generated code raises
    reading    lenient reading: deviations noted, logged once, or raised in strict mode
    answers    an answer of any status and body into (parsed, deviations)
    writing    Model.to_dict(): what the model holds, as it holds it
    reprs      reprs of models and responses, personal data masked unless values are shown
    paths      path parameters refused unless they are one URL segment
    resources  what the generated resource methods and page iterators call
"""
