"""Property-based tests of the API from its own OpenAPI document (schemathesis): whatever a
client sends, valid or not, the answer is never a server error and matches the document."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from twitchcheck._interfaces._api import create_app

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app())
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])

# Positive data that the schema allows can still be refused with a 4xx: a finding id of the
# right shape that does not exist, or one finding both present and absent. So "positive data
# is accepted" is not a property of this API; every other check is.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_server_errors_and_responses_match_the_document(case):
    case.call_and_validate(checks=CHECKS)


# The FHIR routes (docs/fhir.md) are in the same document, so the test above covers them;
# this one gives them more examples: bodies of every shape, a 4xx OperationOutcome for
# everything refused, never a server error.
fhir_schema = schema.include(path_regex="^/fhir/")


@fhir_schema.parametrize()
@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_fhir_routes_no_server_errors(case):
    response = case.call_and_validate(checks=CHECKS)
    if response.status_code >= 400:
        content_type = response.headers["content-type"]
        content_type = content_type[0] if isinstance(content_type, list) else content_type
        assert content_type.startswith("application/fhir+json")
        assert response.json()["resourceType"] == "OperationOutcome"
