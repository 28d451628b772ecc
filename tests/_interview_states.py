"""The states an interview passes through when every question is answered the same way."""

from __future__ import annotations

from twitchcheck import Evidence
from twitchcheck._inference import _interview as interview

State = tuple[list[Evidence], int | None, str | None]


def interview_states(answer: str, *, steps: int, age: int, sex: str) -> list[State]:
    """Up to `steps` states (evidence, age, sex) of an interview about a twitch near the mouth,
    every item answered `answer`, the age and sex questions with `age` and `sex`."""
    evidence = [Evidence("lower_lip", "present", origin="text")]
    age_now: int | None = None
    sex_now: str | None = None
    states: list[State] = []
    for _ in range(steps):
        states.append((list(evidence), age_now, sex_now))
        question = interview.next_question(evidence, age=age_now, sex=sex_now)
        if question is None:
            break
        if question.kind == "age":
            age_now = age
        elif question.kind == "sex":
            sex_now = sex
        else:
            evidence += [Evidence(i.finding, answer, origin="answer") for i in question.items]
    return states
