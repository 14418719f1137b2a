"""One fact, one place: a limit lives in the spec and in the mock's own reading of the docs, and nowhere
else; the platform's token is signed by one function; the mock's server does not import the client."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import jwt
import pytest
import repo_copy
from kore_campaigns.auth import MAX_TOKEN_LIFETIME, sign_token

from scripts.spec_facts import load

ROOT = Path(__file__).resolve().parent.parent
SECRET = "one-signer-secret-0123456789abcdef0123"


# --- one signer ---------------------------------------------------------------------------------------


def test_the_one_signer_writes_the_platforms_claims() -> None:
    token = sign_token("cs-app", SECRET, now=1_000.9)
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "JWT"}
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False})
    assert claims == {"appId": "cs-app", "sub": "cs-app", "iat": 1000, "exp": 1000 + MAX_TOKEN_LIFETIME}
    with_jti = jwt.decode(
        sign_token("cs-app", SECRET, subject="me", lifetime=60, with_jti=True),
        SECRET,
        algorithms=["HS256"],
    )
    assert with_jti["sub"] == "me" and with_jti["exp"] - with_jti["iat"] == 60 and len(with_jti["jti"]) == 36
    forged = jwt.decode(
        sign_token("cs-app", SECRET, lifetime=None, claims={"appId": "cs-other", "aud": "x"}),
        SECRET,
        algorithms=["HS256"],
        options={"verify_aud": False},
    )
    assert forged["appId"] == "cs-other" and forged["aud"] == "x" and "exp" not in forged


def _hs256_signers(path: Path) -> list[int]:
    """Lines of `path` that call jwt.encode (or PyJWT's encode) themselves."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "encode"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in ("jwt", "PyJWT")
    ]


def test_only_the_overlay_signs_tokens_for_the_tools() -> None:
    # The overlay, the mock's test tools, the fuzz hooks, the benchmarks, the demo and the scripts sign
    # through kore_campaigns.auth.sign_token. (Tests that forge tokens a server must refuse - other
    # algorithms, bad claims - write them with PyJWT on purpose.)
    places = [*(ROOT / "overlay").rglob("*.py"), *(ROOT / "mock").rglob("*.py"), *(ROOT / "fuzz").rglob("*.py")]
    places += list((ROOT / "scripts").rglob("*.py"))
    signing = {str(p.relative_to(ROOT)): lines for p in places if (lines := _hs256_signers(p))}
    assert signing.keys() == {"overlay/kore_campaigns/auth.py"}, signing
    assert len(signing["overlay/kore_campaigns/auth.py"]) == 1


def test_the_mocks_server_does_not_import_the_client() -> None:
    code = (
        "import sys\n"
        "from kore_campaigns_mock import create_app\n"
        "from kore_campaigns_mock.config import app_from_env\n"
        "create_app([app_from_env({})])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('kore_campaigns', 'kore_campaigns_client')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    assert result.stdout.strip() == "[]"


# --- one fact: a constraint changed in the spec and the mock's rule only --------------------------------


def _raise_the_name_limit(copy: Path, new: int) -> list[str]:
    """The campaign name limit raised in the copy's spec (CampaignName's maxLength) and in the mock's
    rule for campaign names: the two places the fact may live. Returns what was edited."""
    old = load(ROOT / "openapi.yaml").schema("CampaignName")["maxLength"]
    common = copy / "spec" / "common.yaml"
    text = common.read_text(encoding="utf-8")
    block = text.index("    CampaignName:\n")
    at = text.index(f"      maxLength: {old}\n", block)
    common.write_text(text[:at] + f"      maxLength: {new}\n" + text[at + len(f"      maxLength: {old}\n") :])
    # The mock's domain names its campaign name limit once (limits.py); a contact list's name has its own.
    from kore_campaigns_mock import limits

    assert old == limits.CAMPAIGN_NAME_MAX_LENGTH, (
        "the mock's campaign name rule and the spec disagree before the change"
    )
    mock = copy / "mock" / "kore_campaigns_mock" / "limits.py"
    source = mock.read_text(encoding="utf-8")
    line = f"CAMPAIGN_NAME_MAX_LENGTH = {old}"
    assert source.count(line) == 1, f"the mock's campaign name limit is no longer `{line}` in limits.py"
    mock.write_text(source.replace(line, f"CAMPAIGN_NAME_MAX_LENGTH = {new}"), encoding="utf-8")
    return [f"spec/common.yaml: CampaignName maxLength {old} -> {new}", f"mock limits.py: {line} -> {new}"]


@pytest.fixture(scope="module")
def changed_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository whose campaign name limit was raised in the spec and the mock's rule only,
    then regenerated with the project's tools (bundle, lint, client, the 3.0 rendition)."""
    copy = repo_copy.copy_repository(tmp_path_factory.mktemp("one-fact"))
    old = load(ROOT / "openapi.yaml").schema("CampaignName")["maxLength"]
    edited = _raise_the_name_limit(copy, old + 16)
    for command in ("regenerate", "openapi-3.0"):
        result = repo_copy.run(copy, str(copy / "scripts" / command))
        assert result.returncode == 0, result.stdout + result.stderr
    assert load(copy / "openapi.yaml").schema("CampaignName")["maxLength"] == old + 16
    status = repo_copy.git(copy, "status", "--porcelain").splitlines()
    by_tools = [line for line in status if "spec/" not in line and "mock/" not in line]
    print("\nedited by hand:", *edited, "written by the tools:", *by_tools, sep="\n  ")
    return copy


# Suites that hold no fact of their own, left out of the runs on the copy (they run on the real spec in the suite
# itself): the property test sends hostile variations of the spec's own examples (no limit of its own to be
# stale) and costs more than the rest together; the spec-tool suites hand the bundle to external validators,
# renderers and compilers (Redocly, Spectral, openapi-typescript, tsc): two thirds of the rest's CPU time, and
# the copy's regenerate already bundles and lints it.
NO_FACTS_OF_THEIR_OWN = ("tests/test_mock_properties.py", "tests/test_spec_tools.py", "tests/test_spec_bundle.py")


def _suites_pass(copy: Path, patterns: tuple[str, ...], *options: str) -> None:
    suites = [
        str(path.relative_to(copy))
        for pattern in patterns
        for path in sorted(copy.glob(pattern))
        if str(path.relative_to(copy)) not in NO_FACTS_OF_THEIR_OWN
    ]
    assert suites
    python = str(copy / ".venv" / "bin" / "python")
    result = repo_copy.run(
        copy, python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options, *suites, timeout=3000
    )
    print(result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-2000:])
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]


@pytest.mark.slow
def test_a_name_limit_changed_in_the_spec_and_the_mock_alone_keeps_the_spec_mock_and_demo_suites_passing(
    changed_copy: Path,
) -> None:
    # Every spec and mock test and the demo, on the changed copy: none held the limit as a number of its own.
    _suites_pass(changed_copy, ("tests/test_spec*.py", "tests/test_mock_*.py", "tests/test_demo.py"))


@pytest.mark.slow
@pytest.mark.fuzz
def test_a_name_limit_changed_in_the_spec_and_the_mock_alone_keeps_every_fuzz_mutation_caught(
    changed_copy: Path,
) -> None:
    # The fuzz hooks and schemathesis.toml read their limits from the spec too (issue 32's fuzz part): a
    # mutation that drops the raised limit is still caught. Where they still hold the old number, the
    # `name-maxLength-dropped` mutation survives, and this test says so.
    _suites_pass(changed_copy, ("tests/test_fuzz_mutations.py",), "-m", "fuzz")


def test_the_suites_left_out_of_the_copy_runs_hold_no_fact() -> None:
    # Left out only while they read no limit, enum or rule: neither the spec's facts nor the mock's constants.
    for name in NO_FACTS_OF_THEIR_OWN:
        source = (ROOT / name).read_text(encoding="utf-8")
        # (It reads the spec's operations and examples, which the copy regenerates, never a constraint.)
        facts = ("kore_campaigns_mock.limits", "kore_campaigns_mock.rules", "maxLength", '"maximum"', '"enum"')
        for fact_source in facts:
            assert fact_source not in source, (name, fact_source)
