"""FHIR (R4B) for twitchcheck: the SDC adaptive questionnaire, and the result as resources.

* `next_question`: the HL7 Structured Data Capture `Questionnaire/$next-question` operation.
  A QuestionnaireResponse with the adaptive Questionnaire contained comes in; the same response
  goes out with the next question appended to the contained Questionnaire, or with status
  `completed` when the interview stops. The server keeps nothing: the answers in the response
  are the interview's whole state, read back into evidence and handed to the interview's own
  `step()` (the same policy as `/v1/diagnosis`: red-flag screen, then age and sex, ...).
* `assessment_bundle`: an `Assessment` as a Bundle of Observations (the evidence, with HPO
  codes and the person's own words), a RiskAssessment (one prediction per condition, with
  ICD-10 and SNOMED CT codes and the reasons), and a ServiceRequest whose priority and code
  carry the triage level (twitchcheck's five-level CodeSystem, `triage_code_system`).
* `mount`: the routes under `/fhir` (FastAPI), every error a 4xx OperationOutcome.

Every resource is built as JSON and validated with the `fhir.resources` R4B models before it
leaves (`validated`). R4B, not R5: SDC STU3 and most EHRs run on R4, and the resources used
here are the same in R4 and R4B. docs/fhir.md has the mapping and the choices.
"""

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from .. import __version__
from .._assessment._assess import Assessment, assess
from .._assessment._levels import TriageLevel
from .._knowledge._evidence import Evidence, EvidenceState
from .._knowledge._load import KnowledgeBase, load_knowledge_base

__all__ = [
    "BASE",
    "FHIR_VERSION",
    "FhirError",
    "assessment_bundle",
    "capability_statement",
    "code_systems",
    "mount",
    "next_question",
    "read_interview",
    "validated",
]

FHIR_VERSION = "4.3.0"  # R4B
#: The canonical base of twitchcheck's own FHIR artefacts (an identifier; see docs/fhir.md).
BASE = "http://twitchcheck.org/fhir"
CS_TRIAGE = f"{BASE}/CodeSystem/triage-level"
CS_FINDING = f"{BASE}/CodeSystem/finding"
CS_CONDITION = f"{BASE}/CodeSystem/condition"
QUESTIONNAIRE = f"{BASE}/Questionnaire/twitchcheck"
OP_ASSESS = f"{BASE}/OperationDefinition/QuestionnaireResponse-assess"
SDC_NEXT_QUESTION = "http://hl7.org/fhir/uv/sdc/OperationDefinition/Questionnaire-next-question"
SDC_ADAPTIVE = (
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-questionnaireAdaptive"
)
SDC_QR_ADAPT = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaireresponse-adapt"
SDC_IG = "http://hl7.org/fhir/uv/sdc/ImplementationGuide/hl7.fhir.uv.sdc"
MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue"
SNOMED = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
HPO = "http://human-phenotype-ontology.org"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
GENDER = "http://hl7.org/fhir/administrative-gender"
ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"

# Answer codes (SNOMED CT qualifier values).
YES = {"system": SNOMED, "code": "373066001", "display": "Yes"}
NO = {"system": SNOMED, "code": "373067005", "display": "No"}
DONT_KNOW = {"system": SNOMED, "code": "261665006", "display": "Don't know"}
NONE_OF_THESE = {"system": SNOMED, "code": "260413007", "display": "None of these"}
DECLINED = {"system": ABSENT_REASON, "code": "asked-declined", "display": "I prefer not to say"}
PRESENT = {"system": SNOMED, "code": "52101004", "display": "Present"}
ABSENT = {"system": SNOMED, "code": "2667000", "display": "Absent"}
_YES_NO = (YES, NO, DONT_KNOW)
_STATE_OF: dict[str, EvidenceState] = {
    YES["code"]: "present",
    NO["code"]: "absent",
    DONT_KNOW["code"]: "unknown",
}

#: The triage level as a FHIR request priority. Both emergency levels are `stat`; the code
#: (twitchcheck's CodeSystem) tells an ambulance from an emergency department.
PRIORITY = {
    TriageLevel.self_care: "routine",
    TriageLevel.consultation: "routine",
    TriageLevel.consultation_24: "urgent",
    TriageLevel.emergency: "stat",
    TriageLevel.emergency_ambulance: "stat",
}
_LEVEL_DEFINITIONS = {
    TriageLevel.self_care: "Manage at home, with the signs that should change that.",
    TriageLevel.consultation: "Book an appointment with a doctor.",
    TriageLevel.consultation_24: "See a doctor within 24 hours.",
    TriageLevel.emergency: "Go to an emergency department now.",
    TriageLevel.emergency_ambulance: "Call an ambulance now.",
}

DESCRIPTION = "description"  # linkId of the opening free-text item
TRIAGE = "triage"  # linkId of the read-only result item of a completed response
_DESCRIPTION_TEXT = (
    "In your own words, describe the twitching: where, since when, how it "
    "behaves, and anything else you have noticed (you may leave this empty)."
)
_LINK = re.compile(r"^q([1-9][0-9]{0,3})(?:/([a-z0-9][a-z0-9_]*))?$")
MAX_TEXT_CHARS = 5000  # as /v1/parse
MAX_ITEMS = 500  # answers in one response (the body limit, 256 KiB, binds first)


class FhirError(Exception):
    """A request refused: `status` (4xx) and the OperationOutcome issues
    (code, message, FHIRPath of the offending element)."""

    def __init__(self, status: int, issues: Sequence[tuple[str, str, str | None]]) -> None:
        super().__init__("; ".join(message for _, message, _ in issues))
        self.status, self.issues = status, list(issues)

    def outcome(self) -> dict[str, Any]:
        return operation_outcome(self.issues)


def operation_outcome(issues: Iterable[tuple[str, str, str | None]]) -> dict[str, Any]:
    """An OperationOutcome with one error issue per (code, message, expression)."""
    out = []
    for code, message, where in issues:
        issue: dict[str, Any] = {"severity": "error", "code": code, "diagnostics": message}
        if where:
            issue["expression"] = [where]
        out.append(issue)
    return {"resourceType": "OperationOutcome", "issue": out}


def _invalid(message: str, where: str | None = None, code: str = "invalid") -> FhirError:
    return FhirError(422, [(code, message, where)])


# --------------------------------------------------------------------------- validation


def validated(resource: dict[str, Any]) -> dict[str, Any]:
    """`resource`, once checked against the fhir.resources R4B model of its type.

    Raises `ValueError` (pydantic's ValidationError) when the resource does not conform: every
    resource this module builds goes through here, so a mistake is an error, not output. The
    resource itself is returned, not the model's dump (which costs twice the check); the tests
    check that the two are the same JSON.
    """
    from fhir.resources.R4B import get_fhir_model_class

    get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    return resource


def _parse_resource(data: Any, expected: str) -> Any:
    """A client's JSON as an R4B model, or a 422 naming each problem by its FHIRPath."""
    from fhir.resources.R4B import get_fhir_model_class
    from pydantic import ValidationError

    if not isinstance(data, dict):
        raise FhirError(
            400, [("structure", "the body must be a JSON object (a FHIR resource)", None)]
        )
    _no_nulls(data, expected)
    kind = data.get("resourceType")
    if kind != expected:
        raise _invalid(
            f"expected a {expected} resource, not resourceType {kind!r}",
            "resourceType",
            "structure",
        )
    try:
        return get_fhir_model_class(expected).model_validate(data)
    except ValidationError as exc:
        issues = []
        for err in exc.errors()[:20]:
            where = _fhirpath(expected, err.get("loc", ()))
            message = str(err.get("msg", "invalid value")).split("\n")[0]
            message = message.removeprefix("Value error, ")
            issues.append(
                (
                    "structure" if err.get("type") == "extra_forbidden" else "value",
                    f"{where}: {message}",
                    where,
                )
            )
        raise FhirError(422, issues) from None


def _no_nulls(data: Any, where: str) -> None:
    """FHIR JSON has no nulls (an element is left out instead), except as place holders in
    the arrays of primitive extensions; fhir.resources would take them as absent."""
    if isinstance(data, dict):
        for key, value in data.items():
            if value is None:
                raise _invalid(
                    f"{where}.{key}: null is not allowed in FHIR JSON; leave the element out",
                    f"{where}.{key}",
                    "structure",
                )
            _no_nulls(value, f"{where}.{key}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            _no_nulls(value, f"{where}[{i}]")


def _fhirpath(root: str, loc: Sequence[Any]) -> str:
    out = root
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part not in ("__root__",):
            out += f".{part}"
    return out


# --------------------------------------------------------------------------- code systems


def _code_system(
    id_: str,
    url: str,
    version: str,
    name: str,
    title: str,
    description: str,
    properties: list[dict[str, Any]],
    concepts: list[dict[str, Any]],
) -> dict[str, Any]:
    """A complete, active CodeSystem published by twitchcheck, validated."""
    return validated(
        {
            "resourceType": "CodeSystem",
            "id": id_,
            "url": url,
            "version": version,
            "name": name,
            "title": title,
            "status": "active",
            "experimental": False,
            "publisher": "twitchcheck",
            "description": description,
            "caseSensitive": True,
            "content": "complete",
            "count": len(concepts),
            "property": properties,
            "concept": concepts,
        }
    )


def triage_code_system() -> dict[str, Any]:
    """twitchcheck's five triage levels, least to most urgent, as a CodeSystem."""
    return _code_system(
        "triage-level",
        CS_TRIAGE,
        __version__,
        "TwitchcheckTriageLevel",
        "twitchcheck triage levels",
        "How urgently a person should seek care, in five levels ordered from least to most "
        "urgent (the convention of established symptom-checker APIs). The property `rank` "
        "gives the order (0 = least urgent).",
        [
            {
                "code": "rank",
                "type": "integer",
                "description": "0 for self care up to 4 for an ambulance",
            },
            {
                "code": "priority",
                "type": "code",
                "description": "The FHIR request priority twitchcheck maps the level to",
            },
        ],
        [
            {
                "code": level.value,
                "display": level.label,
                "definition": _LEVEL_DEFINITIONS[level],
                "property": [
                    {"code": "rank", "valueInteger": level.rank},
                    {"code": "priority", "valueCode": PRIORITY[level]},
                ],
            }
            for level in TriageLevel
        ],
    )


def finding_code_system(kb: KnowledgeBase) -> dict[str, Any]:
    """The knowledge base's findings (symptoms and risk factors) as a CodeSystem."""
    return _code_system(
        "finding",
        CS_FINDING,
        kb.version,
        "TwitchcheckFinding",
        "twitchcheck findings",
        "The symptoms and risk factors of the twitchcheck knowledge base; each concept's `hpo` "
        "property names its Human Phenotype Ontology term.",
        [
            {"code": "kind", "type": "code", "description": "symptom or risk_factor"},
            {"code": "hpo", "type": "string", "description": "HPO term id"},
        ],
        [
            {
                "code": f.id,
                "display": f.name,
                **({"definition": f.question} if f.question else {}),
                "property": [{"code": "kind", "valueCode": f.kind}]
                + ([{"code": "hpo", "valueString": f.hpo}] if f.hpo else []),
            }
            for f in kb.findings
        ],
    )


def condition_code_system(kb: KnowledgeBase) -> dict[str, Any]:
    """The knowledge base's conditions as a CodeSystem (each with its ICD-10 code)."""
    return _code_system(
        "condition",
        CS_CONDITION,
        kb.version,
        "TwitchcheckCondition",
        "twitchcheck conditions",
        "The causes of lip and facial twitching twitchcheck weighs; each concept's properties "
        "give its ICD-10 and SNOMED CT codes.",
        [
            {"code": "icd10", "type": "string", "description": "ICD-10 code"},
            {"code": "snomed", "type": "string", "description": "SNOMED CT concept"},
        ],
        [
            {
                "code": c.id,
                "display": c.name,
                "definition": c.description,
                "property": [{"code": "icd10", "valueString": c.icd10}]
                + ([{"code": "snomed", "valueString": c.snomed}] if c.snomed else []),
            }
            for c in kb.conditions
        ],
    )


def code_systems(kb: KnowledgeBase) -> dict[str, dict[str, Any]]:
    """Every CodeSystem twitchcheck publishes, by id."""
    return {
        "triage-level": triage_code_system(),
        "finding": finding_code_system(kb),
        "condition": condition_code_system(kb),
    }


def _finding_coding(kb: KnowledgeBase, fid: str) -> dict[str, Any]:
    return {"system": CS_FINDING, "code": fid, "display": kb.finding[fid].name}


def _finding_concept(kb: KnowledgeBase, fid: str) -> dict[str, Any]:
    """A finding as a CodeableConcept: twitchcheck's code, then HPO and SNOMED CT if known."""
    finding = kb.finding[fid]
    coding = [_finding_coding(kb, fid)]
    if finding.hpo:
        coding.append({"system": HPO, "code": finding.hpo, "display": finding.name})
    snomed = getattr(finding, "snomed", None)  # the schema has no SNOMED CT for findings yet
    if snomed:
        coding.append({"system": SNOMED, "code": snomed, "display": finding.name})
    return {"coding": coding, "text": finding.name}


def _condition_concept(kb: KnowledgeBase, cid: str) -> dict[str, Any]:
    condition = kb.condition[cid]
    coding = [{"system": ICD10, "code": condition.icd10}]
    if condition.snomed:
        coding.append({"system": SNOMED, "code": condition.snomed})
    coding.append({"system": CS_CONDITION, "code": cid, "display": condition.name})
    return {"coding": coding, "text": condition.name}


def _level_coding(level: TriageLevel) -> dict[str, Any]:
    return {"system": CS_TRIAGE, "code": level.value, "display": level.label}


# --------------------------------------------------------------------------- the questionnaire


def base_questionnaire(kb: KnowledgeBase) -> dict[str, Any]:
    """The adaptive Questionnaire every interview's contained one derives from (no items:
    the server chooses them one step at a time)."""
    return validated(
        {
            "resourceType": "Questionnaire",
            "id": "twitchcheck",
            "url": QUESTIONNAIRE,
            "version": kb.version,
            "name": "TwitchcheckInterview",
            "title": "twitchcheck: lip and facial twitching",
            "status": "active",
            "experimental": False,
            "subjectType": ["Patient"],
            "publisher": "twitchcheck",
            "extension": [{"url": SDC_ADAPTIVE, "valueBoolean": True}],
            "description": "An adaptive interview about lip or facial twitching: a description in "
            "the person's words, the red-flag screen, age and sex, then the most "
            "informative questions. Run it with Questionnaire/$next-question.",
        }
    )


def _contained_questionnaire(kb: KnowledgeBase, qid: str) -> dict[str, Any]:
    return {
        "resourceType": "Questionnaire",
        "id": qid,
        "extension": [{"url": SDC_ADAPTIVE, "valueBoolean": True}],
        "version": kb.version,
        "title": "twitchcheck: lip and facial twitching",
        "derivedFrom": [QUESTIONNAIRE],
        "status": "active",
        "subjectType": ["Patient"],
        "item": [],
    }


def _yes_no_item(link: str, text: str, kb: KnowledgeBase, fid: str) -> dict[str, Any]:
    return {
        "linkId": link,
        "text": text,
        "type": "choice",
        "required": True,
        "code": [_finding_coding(kb, fid)],
        "answerOption": [{"valueCoding": dict(c)} for c in _YES_NO],
    }


def question_items(question: Any, n: int, kb: KnowledgeBase) -> dict[str, Any]:
    """One interview `Question` as a Questionnaire item (step `n`, from 1)."""
    link = f"q{n}"
    if question.kind == "age":
        return {
            "linkId": f"{link}/age",
            "text": question.text,
            "type": "integer",
            "required": False,
            "extension": [
                {"url": MIN_VALUE, "valueInteger": 0},
                {"url": MAX_VALUE, "valueInteger": 120},
            ],
        }
    if question.kind == "sex":
        options = [
            {"valueCoding": {"system": GENDER, "code": item.value, "display": item.text}}
            for item in question.items
        ]
        return {
            "linkId": f"{link}/sex",
            "text": question.text,
            "type": "choice",
            "required": True,
            "answerOption": options + [{"valueCoding": dict(DECLINED)}],
        }
    if question.kind == "single":
        item = question.items[0]
        return _yes_no_item(f"{link}/{item.finding}", question.text, kb, item.finding)
    if question.kind == "group_single":
        options = [
            {"valueCoding": _finding_coding(kb, item.finding) | {"display": item.text}}
            for item in question.items
        ]
        return {
            "linkId": link,
            "text": question.text,
            "type": "choice",
            "required": True,
            "answerOption": options
            + [{"valueCoding": dict(NONE_OF_THESE)}, {"valueCoding": dict(DONT_KNOW)}],
        }
    group: dict[str, Any] = {
        "linkId": link,
        "text": question.text,
        "type": "group",
        "required": True,
        "item": [
            _yes_no_item(f"{link}/{item.finding}", item.text, kb, item.finding)
            for item in question.items
        ],
    }
    if question.red_flag_screen:
        group["prefix"] = "Red flags"
    return group


@dataclass(frozen=True)
class Interview:
    """What a QuestionnaireResponse says: the evidence in the order it was given, age, sex,
    the description, and the parts of the response to send back."""

    response: dict[str, Any]  # the client's QuestionnaireResponse as JSON
    questionnaire: dict[str, Any] | None  # its contained adaptive Questionnaire
    evidence: tuple[Evidence, ...]  # answers, then the description's other findings
    age: int | None
    sex: str | None
    text: str | None
    steps: int  # question items so far (q1 ... q<steps>)


def read_interview(data: Any, kb: KnowledgeBase) -> Interview:
    """A QuestionnaireResponse (or SDC input Parameters holding one) as an interview so far.

    Raises `FhirError` naming the element for anything that is not a response to the
    questions this server asks: unknown link ids or findings, answers that are not among the
    options, a question without an answer, contradictory answers.
    """
    if isinstance(data, dict) and data.get("resourceType") == "Parameters":
        data = _from_parameters(data)
    _parse_resource(data, "QuestionnaireResponse")
    contained = data.get("contained") or []
    reference = data.get("questionnaire")
    questionnaire = None
    if reference is not None:
        if not isinstance(reference, str) or not reference.startswith("#"):
            raise _invalid(
                "questionnaire must reference the contained adaptive Questionnaire "
                "('#id'), as the SDC adaptive profile requires",
                "QuestionnaireResponse.questionnaire",
            )
        matches = [
            r
            for r in contained
            if isinstance(r, dict)
            and r.get("resourceType") == "Questionnaire"
            and r.get("id") == reference[1:]
        ]
        if not matches:
            raise _invalid(
                f"no contained Questionnaire has the id {reference[1:]!r}",
                "QuestionnaireResponse.questionnaire",
            )
        questionnaire = matches[0]
    answers = _answers(data.get("item") or [])
    if questionnaire is None:
        if answers:
            raise _invalid(
                "a response with answers needs its contained adaptive Questionnaire "
                "(questionnaire: '#id'), as returned by $next-question",
                "QuestionnaireResponse.questionnaire",
            )
        return Interview(data, None, (), None, None, None, 0)
    if sum(len(a) for a in answers.values()) > MAX_ITEMS:
        raise FhirError(
            422,
            [
                (
                    "too-costly",
                    f"at most {MAX_ITEMS} answered items in one response",
                    "QuestionnaireResponse.item",
                )
            ],
        )
    return _interpret(data, questionnaire, answers, kb)


def _from_parameters(data: dict[str, Any]) -> Any:
    _parse_resource(data, "Parameters")
    for i, parameter in enumerate(data.get("parameter") or []):
        if parameter.get("name") == "questionnaire-response":
            if "resource" not in parameter:
                raise _invalid(
                    "the questionnaire-response parameter needs a resource",
                    f"Parameters.parameter[{i}]",
                )
            return parameter["resource"]
    raise _invalid(
        "Parameters needs a parameter named 'questionnaire-response' holding the "
        "QuestionnaireResponse",
        "Parameters.parameter",
    )


def _answers(
    items: list[dict[str, Any]], path: str = "QuestionnaireResponse"
) -> dict[str, tuple[str, list[dict[str, Any]]]]:
    """Every answered item by linkId (nested groups flattened): (FHIRPath, its answers)."""
    out: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    for i, item in enumerate(items):
        where = f"{path}.item[{i}]"
        link = item.get("linkId")
        if not isinstance(link, str):
            raise _invalid("every item needs a linkId", f"{where}.linkId", "required")
        if link in out:
            raise _invalid(f"the linkId {link!r} is answered twice", f"{where}.linkId")
        out[link] = (where, list(item.get("answer") or []))
        for link2, value in _answers(item.get("item") or [], where).items():
            if link2 in out:
                raise _invalid(f"the linkId {link2!r} is answered twice", value[0])
            out[link2] = value
    return out


def _coding_answer(
    link: str, where: str, answers: list[dict[str, Any]], options: Sequence[dict[str, Any]]
) -> dict[str, Any]:
    """The one coded answer of a choice item, checked against its options."""
    allowed = ", ".join(f"{o['code']} ({o.get('display', '')})" for o in options)
    if len(answers) != 1 or "valueCoding" not in answers[0]:
        raise _invalid(
            f"the question {link!r} needs exactly one valueCoding answer: one of {allowed}",
            f"{where}.answer",
            "required",
        )
    coding = answers[0]["valueCoding"]
    for option in options:
        if (
            coding.get("code") == option["code"]
            and coding.get("system", option["system"]) == option["system"]
        ):
            return option
    raise _invalid(
        f"the answer to {link!r} is not one of its options: {allowed}",
        f"{where}.answer[0].valueCoding",
        "code-invalid",
    )


def _interpret(
    data: dict[str, Any],
    questionnaire: dict[str, Any],
    answers: dict[str, tuple[str, list[dict[str, Any]]]],
    kb: KnowledgeBase,
) -> Interview:
    evidence: list[Evidence] = []
    age: int | None = None
    sex: str | None = None
    text: str | None = None
    steps = 0
    seen: set[str] = set()
    derived_age = [f.id for f in kb.findings if f.derive is not None and f.derive.sex is None]
    derived_sex = [f.id for f in kb.findings if f.derive is not None and f.derive.sex]
    qpath = "Questionnaire"

    def answered(link: str) -> tuple[str, list[dict[str, Any]]]:
        seen.add(link)
        if link not in answers:
            raise _invalid(
                f"the question {link!r} has no answer: answer every question the "
                "last $next-question added (an empty answer only for the "
                "description or the age)",
                "QuestionnaireResponse.item",
                "required",
            )
        return answers[link]

    def yes_no(link: str, fid: str) -> None:
        if fid not in kb.finding:
            raise _invalid(f"unknown finding {fid!r} in linkId {link!r}", qpath, "code-invalid")
        where, given = answered(link)
        evidence.append(
            Evidence(fid, _STATE_OF[_coding_answer(link, where, given, _YES_NO)["code"]], "answer")
        )

    for i, item in enumerate(questionnaire.get("item") or []):
        qpath = f"QuestionnaireResponse.contained.Questionnaire.item[{i}]"
        link = item.get("linkId", "")
        if link == DESCRIPTION:
            where, given = answers.get(link, ("", []))
            seen.add(link)
            if given:
                value = given[0].get("valueString")
                if not isinstance(value, str) or len(given) > 1:
                    raise _invalid(
                        "the description needs one valueString answer", f"{where}.answer"
                    )
                if len(value) > MAX_TEXT_CHARS:
                    raise FhirError(
                        422,
                        [
                            (
                                "too-long",
                                f"the description must be at most "
                                f"{MAX_TEXT_CHARS} characters, not {len(value)}",
                                f"{where}.answer[0].valueString",
                            )
                        ],
                    )
                text = value if value.strip() else None
            continue
        if link == TRIAGE:  # the result of a completed response: read-only, not evidence
            seen.add(link)
            continue
        match = _LINK.match(link)
        if match is None or int(match[1]) != steps + 1:
            raise _invalid(
                f"unexpected linkId {link!r}: this server numbers its questions "
                f"q1, q2, ... in order (expected q{steps + 1})",
                f"{qpath}.linkId",
            )
        steps += 1
        kind, tail = item.get("type"), match[2]
        if kind == "group":
            children = item.get("item") or []
            if tail is not None or not children:
                raise _invalid(f"malformed group {link!r}", qpath)
            seen.add(link)
            for j, child in enumerate(children):
                child_match = _LINK.match(child.get("linkId", ""))
                if child_match is None or child_match[1] != match[1] or not child_match[2]:
                    raise _invalid(
                        f"unexpected linkId {child.get('linkId')!r} in {link!r}",
                        f"{qpath}.item[{j}].linkId",
                    )
                yes_no(child["linkId"], child_match[2])
        elif kind == "integer" and tail == "age":
            where, given = answered(link)
            if not given:  # "prefer not to say": the age-derived findings become unknown
                evidence += [Evidence(fid, "unknown", "answer") for fid in derived_age]
                continue
            value = given[0].get("valueInteger")
            if len(given) > 1 or not isinstance(value, int) or not 0 <= value <= 120:
                raise _invalid(
                    "the age needs one valueInteger answer from 0 to 120 (whole "
                    "years), or no answer for 'prefer not to say'",
                    f"{where}.answer",
                    "value",
                )
            age = value
        elif kind == "choice" and tail == "sex":
            where, given = answered(link)
            options = [
                {"system": GENDER, "code": v, "display": v.title()} for v in ("female", "male")
            ] + [DECLINED]
            chosen = _coding_answer(link, where, given, options)
            if chosen is DECLINED:
                evidence += [Evidence(fid, "unknown", "answer") for fid in derived_sex]
            else:
                sex = chosen["code"]
        elif kind == "choice" and tail is None:  # pick one of several findings
            members = [
                o.get("valueCoding", {}).get("code")
                for o in item.get("answerOption") or []
                if o.get("valueCoding", {}).get("system") == CS_FINDING
            ]
            unknown = [fid for fid in members if fid not in kb.finding]
            if len(members) < 2 or unknown:
                raise _invalid(f"malformed pick-one question {link!r}", qpath)
            where, given = answered(link)
            options = [
                {"system": CS_FINDING, "code": fid, "display": kb.finding[fid].name}
                for fid in members
            ] + [NONE_OF_THESE, DONT_KNOW]
            chosen = _coding_answer(link, where, given, options)
            for fid in members:
                picked: EvidenceState = (
                    "unknown"
                    if chosen is DONT_KNOW
                    else "present"
                    if chosen["code"] == fid
                    else "absent"
                )
                evidence.append(Evidence(fid, picked, "answer"))
        elif kind == "choice" and tail is not None:
            yes_no(link, tail)
        else:
            raise _invalid(f"item {link!r} is not a question this server asks", qpath)
    extra = sorted(set(answers) - seen)
    if extra:
        raise _invalid(
            f"answers to items the contained Questionnaire does not have: {', '.join(extra)}",
            answers[extra[0]][0],
            "not-found",
        )
    # Contradictions between answers (a client edit); the interview checks the rest.
    states: dict[str, str] = {}
    for e in evidence:
        if e.state != "unknown" and states.setdefault(e.finding, e.state) != e.state:
            raise _invalid(
                f"contradictory answers about {e.finding!r}: both "
                f"{states[e.finding]} and {e.state}",
                "QuestionnaireResponse.item",
            )
    if text is not None:
        from .._parse import parse  # spaCy loads on the first description

        parsed = parse(text, kb)
        answered_ids = {e.finding for e in evidence}
        # An answer wins over what the description says about the same finding.
        evidence += [e for e in parsed.evidence if e.finding not in answered_ids]
        age = age if age is not None else parsed.age
        sex = sex if sex is not None else parsed.sex
    return Interview(data, questionnaire, tuple(evidence), age, sex, text, steps)


def _emergency(kb: KnowledgeBase, evidence: Iterable[Evidence]) -> bool:
    """A present finding calls for an emergency department or an ambulance (the web page
    shows the result at once, and so does this interview)."""
    return any(
        e.present
        and (f := kb.finding.get(e.finding)) is not None
        and f.triage is not None
        and f.triage.level.rank >= TriageLevel.emergency.rank
        for e in evidence
    )


def next_question(
    data: Any, kb: KnowledgeBase | None = None, now: datetime | None = None
) -> dict[str, Any]:
    """The SDC `$next-question` operation: the response with the next question appended to its
    contained Questionnaire, or completed (with the triage level as a read-only item) when the
    interview stops or an emergency finding is present."""
    from .._inference._interview import step

    kb = kb or load_knowledge_base()
    interview = read_interview(data, kb)
    response = {k: v for k, v in interview.response.items() if k not in ("contained", "text")}
    response["meta"] = {"profile": [SDC_QR_ADAPT]}
    response["authored"] = _instant(now)
    # Other contained resources travel along; a stray Questionnaire on the first call does not.
    others = [
        r
        for r in interview.response.get("contained") or []
        if r is not interview.questionnaire
        and not (interview.questionnaire is None and r.get("resourceType") == "Questionnaire")
    ]
    if interview.questionnaire is None:
        qid = "adaptive"
        questionnaire = _contained_questionnaire(kb, qid)
    else:
        questionnaire = dict(interview.questionnaire)
        qid = questionnaire["id"]
        # What the SDC adaptive profile asks of the contained Questionnaire, if a client
        # left it out.
        base = _contained_questionnaire(kb, qid)
        for key in ("title", "derivedFrom"):
            questionnaire.setdefault(key, base[key])
        if not any(e.get("url") == SDC_ADAPTIVE for e in questionnaire.get("extension") or []):
            questionnaire["extension"] = [
                *(questionnaire.get("extension") or []),
                *base["extension"],
            ]
    # The result item of an earlier completion is worked out again from the answers.
    questionnaire["item"] = [
        i for i in questionnaire.get("item") or [] if i.get("linkId") != TRIAGE
    ]
    response["questionnaire"] = f"#{qid}"
    items = [i for i in interview.response.get("item") or [] if i.get("linkId") != TRIAGE]
    given_items = len(questionnaire["item"])
    given_answers = len(items)
    if not questionnaire["item"]:
        # The first step: the person's own words (optional), as the web page's text box.
        questionnaire["item"].append(
            {
                "linkId": DESCRIPTION,
                "text": _DESCRIPTION_TEXT,
                "type": "text",
                "required": False,
                "maxLength": MAX_TEXT_CHARS,
            }
        )
        response["status"] = "in-progress"
    else:
        # Never refused for its number of symptoms: beyond the engine's exact limit the
        # posterior is approximate and its cost bounded (docs/api.md, "Many symptoms").
        try:
            now_step = step(list(interview.evidence), age=interview.age, sex=interview.sex, kb=kb)
        except ValueError as exc:
            raise _invalid(str(exc), "QuestionnaireResponse.item", "processing") from None
        question = now_step.question
        if question is not None and not _emergency(kb, interview.evidence):
            questionnaire["item"].append(question_items(question, interview.steps + 1, kb))
            response["status"] = "in-progress"
        else:
            response["status"] = "completed"
            level = _assess(kb, interview).triage.level
            questionnaire["item"].append(
                {
                    "linkId": TRIAGE,
                    "text": "How urgently to seek care",
                    "type": "choice",
                    "readOnly": True,
                    "answerOption": [{"valueCoding": _level_coding(lv)} for lv in TriageLevel],
                }
            )
            items.append(
                {
                    "linkId": TRIAGE,
                    "text": "How urgently to seek care",
                    "answer": [{"valueCoding": _level_coding(level)}],
                }
            )
    response["contained"] = [questionnaire] + others
    response["item"] = items
    if not items:
        del response["item"]
    # The client's part was validated on the way in; what the server added is validated here
    # (the same models, on the response with only the new items: half the cost of all).
    added = {
        **response,
        "contained": [{**questionnaire, "item": questionnaire["item"][given_items:]}],
    }
    added.pop("item", None)
    if items[given_answers:]:
        added["item"] = items[given_answers:]
    if not added["contained"][0]["item"]:
        del added["contained"][0]["item"]
    validated(added)
    return response


def _assess(kb: KnowledgeBase, interview: Interview) -> Assessment:
    try:
        result = assess(
            evidence=list(interview.evidence), age=interview.age, sex=interview.sex, kb=kb
        )
    except ValueError as exc:
        raise _invalid(str(exc), "QuestionnaireResponse.item", "processing") from None
    return replace(result, text=interview.text)


def assess_response(
    data: Any, kb: KnowledgeBase | None = None, now: datetime | None = None
) -> dict[str, Any]:
    """The `QuestionnaireResponse/$assess` operation: the interview so far as a result Bundle
    (the response itself, the Observations, the RiskAssessment and the ServiceRequest)."""
    kb = kb or load_knowledge_base()
    interview = read_interview(data, kb)
    result = _assess(kb, interview)
    response = dict(interview.response)  # validated by read_interview, and in the Bundle
    subject = response.get("subject")
    return assessment_bundle(
        result,
        kb,
        response=response,
        subject=subject,
        now=now,
        final=response.get("status") == "completed",
    )


# --------------------------------------------------------------------------- result resources


def _instant(now: datetime | None) -> str:
    """A FHIR instant in UTC, to the second ("2026-12-03T17:10:08Z")."""
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _urn() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def _observation_value(e: Evidence) -> dict[str, Any]:
    if e.state == "present":
        return {"valueCodeableConcept": {"coding": [PRESENT], "text": "Present"}}
    if e.state == "absent":
        return {"valueCodeableConcept": {"coding": [ABSENT], "text": "Absent"}}
    return {
        "dataAbsentReason": {
            "coding": [
                {"system": ABSENT_REASON, "code": "asked-unknown", "display": "Asked But Unknown"}
            ],
            "text": "Don't know",
        }
    }


_METHOD = {
    "text": "From the person's own description (twitchcheck's text parser)",
    "answer": "The person's answer to a question",
    "context": "Taken as given (the complaint itself) or derived from age and sex",
}


def evidence_observation(
    e: Evidence,
    kb: KnowledgeBase,
    subject: dict[str, Any],
    issued: str,
    derived_from: str | None = None,
) -> dict[str, Any]:
    """One evidence item as an Observation: the finding's codes, present / absent / unknown,
    how it was learnt, and the person's own words when it came from their description."""
    obs: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": [{"coding": [{"system": OBS_CATEGORY, "code": "survey", "display": "Survey"}]}],
        "code": _finding_concept(kb, e.finding),
        "subject": subject,
        "effectiveDateTime": issued,
        "issued": issued,
        **_observation_value(e),
        "method": {"text": _METHOD[e.origin]},
    }
    if e.text:  # the person's own words that gave this item
        obs["note"] = [{"text": e.text}]
    if e.value is not None:
        obs["component"] = [
            {
                "code": {"text": f"Quantity read for: {kb.finding[e.finding].name}"},
                "valueQuantity": {"value": e.value},
            }
        ]
    if derived_from:
        obs["derivedFrom"] = [{"reference": derived_from}]
    return obs


def _rationale(c: Any) -> str:
    def reason(r: Any) -> str:
        words = f' ("{r.words}")' if r.words else ""
        return f"{r.text}{words}, likelihood ratio {r.likelihood_ratio:.2f}"

    parts = []
    if c.supporting:
        parts.append("For: " + "; ".join(reason(r) for r in c.supporting) + ".")
    if c.conflicting:
        parts.append("Against: " + "; ".join(reason(r) for r in c.conflicting) + ".")
    return " ".join(parts) or "No reported finding moves this cause much either way."


def assessment_bundle(
    result: Assessment,
    kb: KnowledgeBase | None = None,
    *,
    response: dict[str, Any] | None = None,
    subject: dict[str, Any] | None = None,
    now: datetime | None = None,
    final: bool = True,
) -> dict[str, Any]:
    """An `Assessment` as a FHIR collection Bundle: [Patient,] [QuestionnaireResponse,]
    Observations (age, sex, each evidence item), RiskAssessment, ServiceRequest; every
    resource validated. Without a `subject` reference a Patient with no details stands in."""
    kb = kb or load_knowledge_base()
    issued = _instant(now)
    entries: list[tuple[str, dict[str, Any]]] = []
    if subject is None:
        patient_url = _urn()
        entries.append((patient_url, {"resourceType": "Patient", "active": True}))
        subject = {"reference": patient_url}
    response_url = None
    if response is not None:
        response_url = _urn()
        entries.append((response_url, response))
    basis: list[str] = []
    if result.age is not None:
        url = _urn()
        entries.append(
            (
                url,
                {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {
                        "coding": [{"system": LOINC, "code": "30525-0", "display": "Age"}],
                        "text": "Age",
                    },
                    "subject": subject,
                    "effectiveDateTime": issued,
                    "issued": issued,
                    "valueQuantity": {
                        "value": result.age,
                        "unit": "years",
                        "system": UCUM,
                        "code": "a",
                    },
                },
            )
        )
        basis.append(url)
    if result.sex is not None:
        url = _urn()
        entries.append(
            (
                url,
                {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {
                        "coding": [
                            {"system": LOINC, "code": "76689-9", "display": "Sex assigned at birth"}
                        ],
                        "text": "Sex assigned at birth",
                    },
                    "subject": subject,
                    "effectiveDateTime": issued,
                    "issued": issued,
                    "valueCodeableConcept": {
                        "coding": [
                            {"system": GENDER, "code": result.sex, "display": result.sex.title()}
                        ],
                        "text": result.sex.title(),
                    },
                },
            )
        )
        basis.append(url)
    observation_of: dict[str, str] = {}
    for e in result.evidence:
        # Findings derived from age and sex are carried by those two Observations.
        if e.origin == "context" and kb.finding[e.finding].derive is not None:
            continue
        if e.origin == "context" and e.finding != kb.complaint:
            continue
        url = _urn()
        entries.append((url, evidence_observation(e, kb, subject, issued, response_url)))
        observation_of[e.finding] = url
        basis.append(url)
    risk_url = _urn()
    entries.append(
        (
            risk_url,
            {
                "resourceType": "RiskAssessment",
                "status": "final" if final else "preliminary",
                "subject": subject,
                "occurrenceDateTime": issued,
                "method": {
                    "text": f"twitchcheck {__version__}, knowledge base {result.kb_version}: "
                    "exact posterior of a two-layer noisy-OR Bayesian network; "
                    "causes can act together, so the probabilities need not add "
                    "up to one"
                },
                "basis": [{"reference": url} for url in basis]
                + ([{"reference": response_url}] if response_url else []),
                "prediction": [
                    {
                        "outcome": _condition_concept(kb, c.id),
                        "probabilityDecimal": round(c.probability, 6),
                        "rationale": _rationale(c),
                    }
                    for c in result.conditions
                ],
                "note": [{"text": result.disclaimer}],
            },
        )
    )
    level = result.triage.level
    red_flags = [
        observation_of[r.finding]
        for r in result.triage.reasons
        if r.finding and r.finding in observation_of
    ]
    request: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "status": "active",
        "intent": "proposal",
        "priority": PRIORITY[level],
        "code": {"coding": [_level_coding(level)], "text": level.label},
        "subject": subject,
        "authoredOn": issued,
        "reasonReference": [{"reference": risk_url}],
        "patientInstruction": result.plan.now,
        "note": [{"text": r.text} for r in result.triage.reasons],
    }
    if red_flags:
        request["supportingInfo"] = [{"reference": url} for url in dict.fromkeys(red_flags)]
    known = {e.finding for e in result.evidence}
    unasked = [f.name for f in kb.findings if f.red_flag and f.id not in known]
    if unasked:  # a result before the red-flag screen is answered says what it does not know
        request["note"].append(
            {"text": "Red flags not asked yet, so not ruled out: " + "; ".join(unasked) + "."}
        )
    entries.append((_urn(), request))
    return validated(
        {
            "resourceType": "Bundle",
            "type": "collection",
            "timestamp": issued,
            "entry": [{"fullUrl": url, "resource": resource} for url, resource in entries],
        }
    )


def bundle_json(result: Assessment, kb: KnowledgeBase | None = None) -> str:
    """`assessment_bundle` as indented JSON text (the CLI's `assess --fhir`)."""
    return json.dumps(assessment_bundle(result, kb), indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- metadata


def capability_statement(kb: KnowledgeBase, now: datetime | None = None) -> dict[str, Any]:
    """What this server does, for GET /fhir/metadata."""
    return validated(
        {
            "resourceType": "CapabilityStatement",
            "status": "active",
            "date": (now or datetime.now(UTC)).date().isoformat(),
            "kind": "instance",
            "publisher": "twitchcheck",
            "experimental": False,
            "name": "TwitchcheckFhirServer",
            "title": "twitchcheck FHIR server",
            "description": "Stateless symptom checker for lip and facial twitching: the SDC "
            "adaptive questionnaire ($next-question), results as RiskAssessment, "
            "Observations and a ServiceRequest ($assess), and its code systems. "
            "Not a diagnosis.",
            "software": {"name": "twitchcheck", "version": __version__},
            "implementation": {
                "description": f"twitchcheck {__version__}, knowledge base {kb.version}"
            },
            "fhirVersion": FHIR_VERSION,
            "format": ["json"],
            "implementationGuide": [SDC_IG],
            "rest": [
                {
                    "mode": "server",
                    "documentation": "Nothing is stored: every call carries the whole interview.",
                    "resource": [
                        {
                            "type": "Questionnaire",
                            "interaction": [{"code": "read"}],
                            "operation": [
                                {"name": "next-question", "definition": SDC_NEXT_QUESTION}
                            ],
                        },
                        {
                            "type": "QuestionnaireResponse",
                            "operation": [{"name": "assess", "definition": OP_ASSESS}],
                        },
                        {"type": "CodeSystem", "interaction": [{"code": "read"}]},
                        {"type": "OperationDefinition", "interaction": [{"code": "read"}]},
                    ],
                }
            ],
        }
    )


def assess_operation_definition() -> dict[str, Any]:
    """The OperationDefinition of twitchcheck's own `QuestionnaireResponse/$assess`."""
    return validated(
        {
            "resourceType": "OperationDefinition",
            "id": "QuestionnaireResponse-assess",
            "url": OP_ASSESS,
            "version": __version__,
            "name": "TwitchcheckAssess",
            "title": "Assess an adaptive QuestionnaireResponse",
            "status": "active",
            "kind": "operation",
            "code": "assess",
            "resource": ["QuestionnaireResponse"],
            "system": False,
            "type": True,
            "instance": False,
            "affectsState": False,
            "description": "The interview so far (a QuestionnaireResponse from $next-question, "
            "completed or not) in; a collection Bundle out: the response, an "
            "Observation per answer or finding read from the description, a "
            "RiskAssessment with one prediction per condition, and a "
            "ServiceRequest whose priority and code give the triage level.",
            "parameter": [
                {
                    "name": "questionnaire-response",
                    "use": "in",
                    "min": 1,
                    "max": "1",
                    "type": "QuestionnaireResponse",
                    "documentation": "The response, as $next-question returned it, with answers.",
                },
                {
                    "name": "return",
                    "use": "out",
                    "min": 1,
                    "max": "1",
                    "type": "Bundle",
                    "documentation": "The result Bundle.",
                },
            ],
        }
    )


# --------------------------------------------------------------------------- HTTP


FHIR_JSON = "application/fhir+json"
_ANY_OBJECT = {"type": "object"}
_RESOURCE_SCHEMA = {
    "type": "object",
    "required": ["resourceType"],
    "properties": {"resourceType": {"type": "string"}, "id": {"type": "string"}},
}
_QR_SCHEMA = {
    "type": "object",
    "required": ["resourceType"],
    "description": "An SDC adaptive QuestionnaireResponse with its Questionnaire contained "
    "(or a Parameters resource holding it as `questionnaire-response`). The "
    'first call may be just {"resourceType": "QuestionnaireResponse", '
    '"status": "in-progress"}.',
    "properties": {
        "resourceType": {"type": "string", "enum": ["QuestionnaireResponse", "Parameters"]},
        "status": {"type": "string"},
        "questionnaire": {"type": "string"},
        "contained": {"type": "array", "items": _ANY_OBJECT},
        "item": {"type": "array", "items": _ANY_OBJECT},
        "parameter": {"type": "array", "items": _ANY_OBJECT},
    },
}
_OUTCOME_SCHEMA = {
    "type": "object",
    "required": ["resourceType", "issue"],
    "properties": {
        "resourceType": {"type": "string", "enum": ["OperationOutcome"]},
        "issue": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["severity", "code"],
                "properties": {
                    "severity": {"type": "string"},
                    "code": {"type": "string"},
                    "diagnostics": {"type": "string"},
                    "expression": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
    },
}


def _of(kind: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["resourceType"],
        "properties": {"resourceType": {"type": "string", "enum": [kind]}},
    }


def _responses(
    ok: dict[str, Any], description: str, errors: Sequence[int] = (400, 404, 413, 422)
) -> dict[int | str, dict[str, Any]]:
    out: dict[int | str, dict[str, Any]] = {
        200: {"description": description, "content": {FHIR_JSON: {"schema": ok}}}
    }
    for status in errors:
        out[status] = {
            "description": "OperationOutcome: what was wrong",
            "content": {FHIR_JSON: {"schema": _OUTCOME_SCHEMA}},
        }
    return out


def mount(app: Any, kb: KnowledgeBase) -> None:
    """Add the FHIR routes under /fhir to the FastAPI `app` (after its middleware), and make
    every error under /fhir a FHIR OperationOutcome."""
    from fastapi import APIRouter, Request
    from fastapi.responses import Response

    def fhir(data: dict[str, Any], status: int = 200) -> Response:
        return Response(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")),
            status_code=status,
            media_type=FHIR_JSON,
        )

    def refused(exc: FhirError) -> Response:
        return fhir(exc.outcome(), exc.status)

    async def body_of(request: Request) -> Any:
        raw = await request.body()
        try:
            return json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise FhirError(400, [("structure", "the body is not UTF-8 text", None)]) from None
        except json.JSONDecodeError as exc:
            raise FhirError(
                400,
                [
                    (
                        "structure",
                        f"the body is not valid JSON ({exc.msg} at "
                        f"line {exc.lineno} column {exc.colno})",
                        None,
                    )
                ],
            ) from None
        except RecursionError:
            raise FhirError(400, [("structure", "the body is nested too deeply", None)]) from None

    static = {
        "metadata": capability_statement(kb),
        "systems": code_systems(kb),
        "questionnaire": base_questionnaire(kb),
        "operation": assess_operation_definition(),
    }
    router = APIRouter(prefix="/fhir", tags=["fhir"])
    examples = {
        "start": {
            "summary": "The first call: no questions yet",
            "value": {"resourceType": "QuestionnaireResponse", "status": "in-progress"},
        },
        "parameters": {
            "summary": "The same as SDC input Parameters",
            "value": {
                "resourceType": "Parameters",
                "parameter": [
                    {
                        "name": "questionnaire-response",
                        "resource": {
                            "resourceType": "QuestionnaireResponse",
                            "status": "in-progress",
                        },
                    }
                ],
            },
        },
    }
    body_doc = {
        "requestBody": {
            "required": True,
            "content": {
                FHIR_JSON: {"schema": _QR_SCHEMA, "examples": examples},
                "application/json": {"schema": _QR_SCHEMA},
            },
        }
    }

    @router.get(
        "/metadata", responses=_responses(_of("CapabilityStatement"), "The CapabilityStatement", ())
    )
    async def metadata() -> Response:
        """The server's CapabilityStatement (FHIR R4B, SDC adaptive questionnaire)."""
        return fhir(static["metadata"])

    @router.post(
        "/Questionnaire/$next-question",
        openapi_extra=body_doc,
        responses=_responses(
            _of("QuestionnaireResponse"),
            "The response with the next question appended, or completed",
        ),
    )
    async def next_question_route(request: Request) -> Response:
        """SDC adaptive questionnaire: the QuestionnaireResponse so far in, the same with the
        next question appended to its contained Questionnaire out (status `completed` when
        the interview stops). Stateless: send back what the last call returned, answered."""
        try:
            return fhir(next_question(await body_of(request), kb))
        except FhirError as exc:
            return refused(exc)

    @router.post(
        "/QuestionnaireResponse/$assess",
        openapi_extra=body_doc,
        responses=_responses(_of("Bundle"), "The result Bundle"),
    )
    async def assess_route(request: Request) -> Response:
        """The interview so far as a Bundle: Observations, RiskAssessment, ServiceRequest."""
        try:
            return fhir(assess_response(await body_of(request), kb))
        except FhirError as exc:
            return refused(exc)

    @router.get(
        "/Questionnaire/twitchcheck",
        responses=_responses(_of("Questionnaire"), "The adaptive Questionnaire", ()),
    )
    async def questionnaire() -> Response:
        """The base adaptive Questionnaire the interviews derive from."""
        return fhir(static["questionnaire"])

    @router.get(
        "/CodeSystem/{code_system_id}",
        responses=_responses(_of("CodeSystem"), "The CodeSystem", (404,)),
    )
    async def code_system(code_system_id: str) -> Response:
        """twitchcheck's code systems: `triage-level`, `finding`, `condition`."""
        data = static["systems"].get(code_system_id)
        if data is None:
            return refused(
                FhirError(
                    404,
                    [
                        (
                            "not-found",
                            f"no CodeSystem {code_system_id!r}; "
                            f"there are: {', '.join(static['systems'])}",
                            None,
                        )
                    ],
                )
            )
        return fhir(data)

    @router.get(
        "/OperationDefinition/QuestionnaireResponse-assess",
        responses=_responses(_of("OperationDefinition"), "The OperationDefinition", ()),
    )
    async def operation_definition() -> Response:
        """The definition of `QuestionnaireResponse/$assess`."""
        return fhir(static["operation"])

    @router.api_route(
        "/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False
    )
    async def unknown(rest: str, request: Request) -> Response:
        return refused(
            FhirError(
                404,
                [
                    (
                        "not-supported",
                        f"no FHIR interaction "
                        f"{request.method} /fhir/{rest}; GET /fhir/metadata "
                        "lists what this server does",
                        None,
                    )
                ],
            )
        )

    app.include_router(router)
    app.add_middleware(_OutcomeErrors)
    # A server error (never expected) under /fhir is an OperationOutcome too; the app's own
    # handler still logs it (where it failed, never the body).
    logged = app.exception_handlers.get(Exception)

    async def server_error(request: Request, exc: Exception) -> Response:
        response: Response | None = await logged(request, exc) if logged is not None else None
        if request.url.path.startswith("/fhir"):
            return fhir(
                operation_outcome([("exception", "internal error; please report it", None)]), 500
            )
        if response is None:  # mounted on an app without the API's handlers
            return Response("internal error; please report it", status_code=500)
        return response

    app.add_exception_handler(Exception, server_error)


class _OutcomeErrors:
    """Under /fhir, turn the API's other error bodies ({detail, errors}: body too large,
    unreadable) into OperationOutcomes with the same status."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/fhir"):
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers") or [])
                if message["status"] < 400 or headers.get(b"content-type", b"").startswith(
                    FHIR_JSON.encode()
                ):
                    start["pass"] = True
                    await send(message)
                    return
                start.update(message)
                return
            if start.get("pass"):
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            try:
                detail = json.loads(b"".join(chunks)).get("detail", "")
            except (ValueError, AttributeError):
                detail = ""
            status = start["status"]
            code = {413: "too-long", 404: "not-found"}.get(status, "invalid")
            body = json.dumps(
                operation_outcome([(code, str(detail) or f"request refused ({status})", None)])
            ).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": status,
                    "headers": [
                        (b"content-type", FHIR_JSON.encode()),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)
