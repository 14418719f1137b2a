"""The runtime of the generated client: plain Python that `scripts/regenerate` copies, byte for byte,
into the generated package as `kore_campaigns_client._runtime`.

The templates only call it. It imports nothing from the generated package (the generated modules
import it), so it is typed, linted and tested here as ordinary code. Its public names reach users
through `kore_campaigns_client.types`, `kore_campaigns_client.errors` and `kore_campaigns_client.api`.
"""
