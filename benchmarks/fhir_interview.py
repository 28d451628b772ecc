"""Cost of the FHIR adaptive questionnaire against the JSON API, in process.

One interview answered "no" to every question (the longest kind: nothing ends it early),
driven through POST /fhir/Questionnaire/$next-question, and the same answers through
POST /v1/diagnosis; with and without a description. Prints calls, the answers' count, the
final body size and the time per call (median and maximum) of each.

    .venv/bin/python benchmarks/fhir_interview.py
"""

from __future__ import annotations

import json
import statistics
import time

from fastapi.testclient import TestClient

from twitchcheck._interfaces._api import create_app

NO = {"system": "http://snomed.info/sct", "code": "373067005"}
NONE = {"system": "http://snomed.info/sct", "code": "260413007"}
TEXT = "My upper lip has been twitching for three days. I drink a lot of coffee."


def run(client: TestClient, text: str | None) -> dict:
    qr = client.post(
        "/fhir/Questionnaire/$next-question",
        json={"resourceType": "QuestionnaireResponse", "status": "in-progress"},
    ).json()
    qr["item"] = [{"linkId": "description", "answer": [{"valueString": text}]}] if text else []
    client.post("/fhir/Questionnaire/$next-question", json=qr)  # warm (loads the parser)
    evidence: list[dict] = []
    ctx: dict = {}
    fhir_ms, json_ms = [], []
    while True:
        body = json.dumps(qr).encode()
        start = time.perf_counter()
        response = client.post(
            "/fhir/Questionnaire/$next-question",
            content=body,
            headers={"content-type": "application/fhir+json"},
        )
        fhir_ms.append(1000 * (time.perf_counter() - start))
        assert response.status_code == 200, response.text
        qr = response.json()
        start = time.perf_counter()
        check = client.post("/v1/diagnosis", json={"evidence": evidence, **ctx})
        json_ms.append(1000 * (time.perf_counter() - start))
        json_status = check.status_code
        if qr["status"] == "completed":
            break
        q = qr["contained"][0]["item"][-1]
        qr.setdefault("item", [])
        link = q["linkId"]
        if q["type"] == "group":
            qr["item"].append(
                {
                    "linkId": link,
                    "item": [
                        {"linkId": c["linkId"], "answer": [{"valueCoding": NO}]} for c in q["item"]
                    ],
                }
            )
            evidence += [
                {"finding": c["linkId"].split("/", 1)[1], "state": "absent"} for c in q["item"]
            ]
        elif link.endswith("/age"):
            qr["item"].append({"linkId": link, "answer": [{"valueInteger": 34}]})
            ctx["age"] = 34
        elif link.endswith("/sex"):
            qr["item"].append(
                {"linkId": link, "answer": [{"valueCoding": q["answerOption"][0]["valueCoding"]}]}
            )
            ctx["sex"] = q["answerOption"][0]["valueCoding"]["code"]
        elif "/" in link:
            qr["item"].append({"linkId": link, "answer": [{"valueCoding": NO}]})
            evidence.append({"finding": link.split("/", 1)[1], "state": "absent"})
        else:
            qr["item"].append({"linkId": link, "answer": [{"valueCoding": NONE}]})
            evidence += [
                {"finding": o["valueCoding"]["code"], "state": "absent"}
                for o in q["answerOption"]
                if "/finding" in o["valueCoding"]["system"]
            ]
    return {
        "description": bool(text),
        "calls": len(fhir_ms),
        "answers": len(evidence),
        "final body KiB": round(len(json.dumps(qr)) / 1024, 1),
        "fhir median ms": round(statistics.median(fhir_ms), 1),
        "fhir max ms": round(max(fhir_ms), 1),
        "json median ms": round(statistics.median(json_ms), 1),
        "json max ms": round(max(json_ms), 1),
        "json API status at the end": json_status,
    }


def main() -> None:
    client = TestClient(create_app())
    for text in (None, TEXT):
        print(run(client, text))


if __name__ == "__main__":
    main()
