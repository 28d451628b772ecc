"""The `twitchcheck` command: thin Typer wrappers that call the library and render with Rich."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from .._diary._cli import diary_app
from .._knowledge._evidence import shown

app = typer.Typer(
    name="twitchcheck",
    help="What is behind a twitching lip? Likely causes, how urgent it is, and what to do. "
    "Not a diagnosis.",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
kb_app = typer.Typer(help="Inspect and validate the knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
app.add_typer(diary_app, name="diary")  # docs/diary.md

console = Console()
err = Console(stderr=True)

Age = Annotated[
    str | None,
    typer.Option("--age", help="Age in years, or a range such as 20-29 (read as its middle)."),
]
Sex = Annotated[str | None, typer.Option("--sex", help="F, M, female or male (any case).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a readable page.")]
Semantic = Annotated[
    str | None,
    typer.Option(
        "--semantic",
        metavar="MODEL",
        help="Also read what the rules missed with a sentence-embedding model: "
        "minilm_red_flags (red flags only: fewer missed emergencies) or minilm, or off. "
        "Default: $TWITCHCHECK_SEMANTIC, else minilm_red_flags when the 'semantic' extra is "
        "installed (else off, and the result says so). docs/parsing.md.",
    ),
]


def _fail(message: str, code: int = 2) -> None:
    from rich.markup import escape

    # The message may quote the input ("[/x]"): never read it as Rich markup.
    err.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(code)


def _use_semantic(option: str | None) -> None:
    """Turn the semantic layer on (or off) for this process and the workers it starts, which
    read the environment, after checking that the model can load: one clear error now
    instead of one per message."""
    if option is None:
        return
    import os

    from .._parse import _semantic

    try:
        _semantic.check(option)
    except _semantic.SemanticModelError as exc:
        _fail(str(exc))
    os.environ[_semantic.ENV] = option


@functools.cache
def _no_collection_at_exit() -> None:
    """Freeze every object once the command is done, before the interpreter exits.

    A command that built the parser holds some 150,000 objects (spaCy, the matchers, the
    knowledge base); at exit Python tears its modules down with full garbage collections
    that traverse them all: about 0.3 s of CPU after the answer is printed, to free memory
    the operating system takes back anyway. `gc.freeze` (run by `atexit`, after the other
    exit handlers registered later, such as a log's flush) moves them out of the
    collector's sight; reference counting still frees what it frees. Once per process.
    """
    import atexit
    import gc

    atexit.register(gc.freeze)


@app.callback(invoke_without_command=True)
def main(ctx: typer.Context) -> None:
    """Run with no command to describe your twitch, answer a few questions, get the result."""
    if ctx.invoked_subcommand is None:
        interview()


@app.command("interview")
def interview() -> None:
    """Describe your twitch, answer a few questions, get the result (and save it)."""
    _no_collection_at_exit()
    from ._interview_tui import run_interview

    code = run_interview(console)
    if code:
        raise typer.Exit(code)


@app.command("simulate")
def simulate(
    per_condition: Annotated[int, typer.Option(min=1, help="Patients per condition.")] = 10,
    seed: Annotated[int, typer.Option(help="Random seed (the study is reproducible).")] = 0,
    budget: Annotated[
        int | None,
        typer.Option(
            min=0,
            help="Adaptive question budget, in topics (a list across topics counts once "
            "per topic on it).",
        ),
    ] = None,
    min_gain: Annotated[
        float | None,
        typer.Option(min=0.0, help="Stop below this expected gain (bits per unit of effort)."),
    ] = None,
    item_cost: Annotated[
        float | None,
        typer.Option(min=0.0, help="Effort of each extra item of a multiple-choice question."),
    ] = None,
    rarity: Annotated[
        float | None,
        typer.Option(min=0.0, help="How much rare conditions count: (prior / largest) ** -rarity."),
    ] = None,
    background: Annotated[
        bool, typer.Option(help="Other conditions active with their priors too.")
    ] = False,
    noise: Annotated[
        bool,
        typer.Option(
            help='Realistic patients: "don\'t know" to 15% of questions, 5% answered wrongly.'
        ),
    ] = False,
    settle: Annotated[
        float | None,
        typer.Option(
            min=0.0,
            max=1.0,
            help="Stop once no answer changes the top causes or the triage "
            "level with more than this probability.",
        ),
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes.")] = 2,
    as_json: AsJson = False,
) -> None:
    """Simulated patients: the adaptive interview against asking everything.

    The policy options default to the interview's own settings (docs/interview.md); change
    them to reproduce the tuning rows there.
    """
    from .._inference._interview import Policy
    from .._study._simulate import Noise, render_study, run_study

    chosen: dict[str, Any] = {
        "budget": budget,
        "min_gain": min_gain,
        "item_cost": item_cost,
        "rarity": rarity,
        "settle": settle,
    }
    policy = Policy(**{k: v for k, v in chosen.items() if v is not None})
    study = run_study(
        per_condition=per_condition,
        seed=seed,
        policy=policy,
        workers=workers,
        background=background,
        noise=Noise() if noise else None,
    )
    if as_json:
        print(json.dumps(study.to_dict(), indent=2))
    else:
        console.print(render_study(study))


@kb_app.command("check")
def kb_check(
    path: Annotated[
        Path | None, typer.Argument(help="A knowledge-base folder (default: the packaged one).")
    ] = None,
) -> None:
    """Validate the knowledge base and print a summary."""
    from importlib import resources

    from .._knowledge._load import KnowledgeBaseError, load_knowledge_base
    from .._knowledge._wording import WordingError, parse_wording
    from .._parse._schema import parse_data_problems

    try:
        kb = load_knowledge_base(path)
    except KnowledgeBaseError as exc:
        _fail(f"the knowledge base is invalid:\n{exc}", code=1)
        return
    folder = path if path is not None else Path(str(resources.files("twitchcheck") / "data"))
    parse_folder = folder / "parse"
    if parse_folder.is_dir():
        if problems := parse_data_problems(parse_folder, kb.finding, kb.source):
            _fail("the parser's data files are invalid:\n" + "\n".join(problems), code=1)
            return
    if (folder / "wording.yaml").is_file():
        try:
            parse_wording((folder / "wording.yaml").read_text(encoding="utf-8"))
        except (WordingError, OSError, UnicodeDecodeError) as exc:
            _fail(f"the wording file is invalid:\n{exc}", code=1)
            return
    symptoms = sum(f.kind == "symptom" for f in kb.findings)
    red_flags = sum(f.red_flag for f in kb.findings)
    numbers = sum(1 + len(c.findings) + len(c.risk_factors) for c in kb.conditions)
    estimates = sum(
        (c.prevalence.estimate is not None and not c.prevalence.source)
        + sum(1 for x in c.findings.values() if x.estimate and not x.source)
        + sum(1 for x in c.risk_factors.values() if x.estimate and not x.source)
        for c in kb.conditions
    )
    console.print(f"[green]✓[/] knowledge base {kb.version} is valid")
    console.print(
        f"  {len(kb.conditions)} conditions, {len(kb.findings)} findings "
        f"({symptoms} symptoms, {len(kb.findings) - symptoms} risk factors, "
        f"{red_flags} red flags), {len(kb.groups)} question groups, "
        f"{len(kb.sources)} sources"
    )
    console.print(
        f"  {numbers} condition numbers: {numbers - estimates} cite a source, "
        f"{estimates} are estimates with a rationale"
    )
    cases = sum(len(r.examples.fires) + len(r.examples.spares) for r in kb.triage_rules)
    cases += sum(len(d.examples.fires) + len(d.examples.spares) for d in kb.stand_downs)
    console.print(
        f"  {len(kb.triage_rules)} triage rules over combinations, {len(kb.stand_downs)} "
        f"stand-downs, {cases} examples checked"
    )
    if parse_folder.is_dir():
        console.print(
            "  parser data (lexicon, context, quantities, semantic, paraphrases) "
            "matches its schemas and names only defined findings and sources"
        )
    if (folder / "wording.yaml").is_file():
        console.print("  wording.yaml matches its schema")


@app.command("schema")
def schema() -> None:
    """Print the JSON Schema of a result (`assess --json`, `batch`, POST /v1/assessment)."""
    from .._assessment._contract import schema_json

    print(schema_json(), end="")


@app.command("conditions")
def conditions(as_json: AsJson = False) -> None:
    """List the conditions: id, name, category, default triage."""
    from rich.table import Table

    from .._knowledge._load import load_knowledge_base

    kb = load_knowledge_base()
    rows = [
        {
            "id": c.id,
            "name": c.name,
            "lay_name": c.lay_name,
            "category": c.category,
            "triage": c.triage.level.value,
            "icd10": c.icd10,
        }
        for c in kb.conditions
    ]
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    table = Table("id", "name", "category", "default triage", title="twitchcheck conditions")
    for row in rows:
        table.add_row(row["id"], row["name"], row["category"], row["triage"])
    console.print(table)


@app.command("condition")
def condition(condition_id: Annotated[str, typer.Argument(metavar="ID")]) -> None:
    """A readable page about one condition."""
    from .._knowledge._load import load_knowledge_base
    from ._render import render_condition

    kb = load_knowledge_base()
    if condition_id not in kb.condition:
        _fail(f"unknown condition {condition_id!r}; see `twitchcheck conditions`")
    console.print(render_condition(kb, kb.condition[condition_id]))


def _read_evidence(source: str) -> list[dict[str, Any]]:
    """The --evidence file or stdin as a list of objects (ValueError naming the problem)."""
    raw = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"evidence is not valid JSON: {exc}") from None
    if isinstance(data, dict) and "evidence" in data:
        data = data["evidence"]
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        raise ValueError(
            'evidence must be a JSON list of objects like {"finding": "...", "state": "present"}'
        )
    return data


@app.command("assess")
def assess_command(
    text: Annotated[str | None, typer.Argument(help="Your description, in your own words.")] = None,
    evidence: Annotated[
        str | None,
        typer.Option(
            "--evidence",
            "-e",
            metavar="FILE|-",
            help='JSON list of {"finding": id, "state": "present"|"absent"|"unknown"}.',
        ),
    ] = None,
    age: Age = None,
    sex: Sex = None,
    as_json: AsJson = False,
    as_fhir: Annotated[
        bool,
        typer.Option(
            "--fhir",
            help="Print the result as a FHIR R4B Bundle (JSON): Observations, "
            "RiskAssessment, ServiceRequest (docs/fhir.md).",
        ),
    ] = False,
    semantic: Semantic = None,
) -> None:
    """Assess a twitch from a description and/or evidence, and print the result."""
    _no_collection_at_exit()
    _use_semantic(semantic)
    from .._assessment._assess import assess
    from .._assessment._person_input import read_age, read_sex
    from ._render import render_assessment

    if text is None and evidence is None:
        _fail("give a description (TEXT) or --evidence FILE|-")
    try:
        age_in = read_age(age)
        items = _read_evidence(evidence) if evidence else []
        result = assess(text, evidence=items, age=age_in.years, sex=read_sex(sex))
    except (ValueError, OSError) as exc:
        _fail(str(exc))
        return
    if as_fhir:
        from ._fhir import bundle_json

        print(bundle_json(result), end="")
    elif as_json:
        data = result.to_dict()
        if age_in.note:
            data["age_input"] = age_in.to_dict()
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        if age_in.note:
            err.print(f"[dim]{age_in.note}[/]")
        if text:
            from ._render import highlight_evidence

            console.print(highlight_evidence(text, result.evidence))
        console.print(render_assessment(result))


@app.command("batch")
def batch(
    infile: Annotated[
        Path,
        typer.Argument(
            metavar="IN.jsonl",
            exists=True,
            dir_okay=False,
            help="One JSON object a line: text, and optional id, age, sex.",
        ),
    ],
    outfile: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar="OUT.jsonl", help="Where to write one assessment a line."
        ),
    ],
    semantic: Semantic = None,
) -> None:
    """Assess many descriptions. Bad lines are reported with their number and skipped; the exit
    status is 1 if any line was skipped."""
    _no_collection_at_exit()
    _use_semantic(semantic)
    from rich.markup import escape
    from rich.progress import Progress

    from .._assessment._assess import assess
    from .._assessment._person_input import read_age, read_sex

    try:
        lines = infile.read_bytes().splitlines()  # decoded line by line: one bad byte skips one
    except OSError as exc:
        _fail(f"cannot read {infile}: {exc.strerror}")
        return
    skipped = 0
    with (
        outfile.open("w", encoding="utf-8") as out,
        Progress(console=err, transient=True, disable=not err.is_terminal) as progress,
    ):
        task = progress.add_task("assessing", total=len(lines))
        for number, line in enumerate(lines, start=1):
            progress.advance(task)
            if not line.strip():
                continue
            try:
                record = _batch_record(line)
                age_in = read_age(record.get("age"))
                result = assess(record["text"], age=age_in.years, sex=read_sex(record.get("sex")))
            except ValueError as exc:  # UnicodeDecodeError too
                skipped += 1
                err.print(f"[yellow]line {number}: skipped: {escape(str(exc))}[/]")
                continue
            data = {"id": record.get("id", number), **result.to_dict()}
            if age_in.note:
                data["age_input"] = age_in.to_dict()
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
    done = sum(1 for line in lines if line.strip()) - skipped
    err.print(f"{done} assessed, {skipped} skipped → {outfile}")
    from .._parse._semantic import status

    layer = status()
    if layer["model"] is None:  # each line's semantic_layer says so too
        err.print(f"note: {escape(str(layer['note']))}")
    if skipped:
        raise typer.Exit(1)


def _batch_record(raw: bytes) -> dict[str, Any]:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})"
        ) from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object")
    extra = set(record) - {"id", "text", "age", "sex"}
    if extra:
        raise ValueError(f"unknown field(s): {', '.join(shown(k) for k in sorted(extra)[:5])}")
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        raise ValueError("'text' must be a non-empty string")
    if record.get("sex") is not None and not isinstance(record["sex"], str):
        raise ValueError('\'sex\' must be "female" or "male"')
    return record  # age and sex are read (F/M, "20-29"; true is not an age) by _person_input


@app.command("evaluate")
def evaluate_command(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE.jsonl",
            help="Vignettes, one JSON object a line: id, age, sex, text, gold, acceptable, triage.",
        ),
    ],
    as_json: AsJson = False,
    baselines: Annotated[
        bool,
        typer.Option("--baselines", help="Also run the prior-only and search (BM25) baselines."),
    ] = False,
    plot: Annotated[
        Path | None,
        typer.Option(
            "--plot",
            metavar="PATH",
            help="Write a reliability diagram (PNG) of the top-1 probability.",
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option("--check", help="Exit 1 if a dev-set target is missed (runs the baselines)."),
    ] = False,
    split: Annotated[
        bool,
        typer.Option(
            "--split",
            help="Report the tuning and validation parts apart (the file's `part`, "
            "tune / hold, where it gives one; else validation is the cases whose number "
            "is divisible by 4).",
        ),
    ] = False,
    voices: Annotated[
        bool,
        typer.Option(
            "--by-voice",
            help="Also a table by the writer's voice, for files whose cases name one "
            "(`voice`: forum, texting, parent ...).",
        ),
    ] = False,
    semantic: Semantic = None,
) -> None:
    """Diagnostic accuracy, triage safety and calibration on clinical vignettes."""
    _use_semantic(semantic)
    from .._knowledge._load import KnowledgeBaseError
    from .._study._evaluate import (
        VignetteError,
        by_voice,
        evaluate_file,
        plot_reliability,
        render_by_voice,
        render_report,
        report_json,
        split_report,
    )

    try:
        report = evaluate_file(file, baselines=baselines or check, progress=not as_json)
    except VignetteError as exc:
        # One problem a line, unwrapped, so that each keeps its file:line prefix.
        err.print("[bold red]error:[/] bad vignette file:")
        err.print(str(exc), markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except KnowledgeBaseError as exc:
        _fail(f"the knowledge base is invalid:\n{exc}", code=1)
        return
    if plot is not None:
        try:
            plot_reliability(report.methods["twitchcheck"], plot)
        except OSError as exc:
            _fail(f"cannot write the plot: {exc}")
    if as_json:
        data = json.loads(report_json(report, split=split))
        if voices:
            data["by_voice"] = by_voice(report)
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        for part in split_report(report).values() if split else (report,):
            console.print(render_report(part))
        if voices and not by_voice(report):
            err.print("no case in the file names its writer's voice (`voice`)")
        elif voices:
            for part in split_report(report).values() if split else (report,):
                console.print(render_by_voice(part))
        if plot is not None:
            console.print(f"reliability diagram → {plot}")
    if check and not all(t.met for t in report.targets()):
        raise typer.Exit(1)


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="TCP port.")] = 8000,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            max=64,
            help="Worker processes (the API keeps no state, so any number can share the work).",
        ),
    ] = 1,
    access_log: Annotated[
        bool,
        typer.Option(
            "--access-log/--no-access-log",
            help="Log each request's method, path and status (never its body).",
        ),
    ] = True,
    limit_concurrency: Annotated[
        int,
        typer.Option(
            "--limit-concurrency",
            min=1,
            help="Most connections and tasks per worker; beyond, "
            "new requests get 503 (slow clients cannot pile "
            "up).",
        ),
    ] = 256,
    timeout_keep_alive: Annotated[
        float,
        typer.Option(
            "--timeout-keep-alive", min=0.1, help="Seconds an idle connection stays open."
        ),
    ] = 5.0,
    max_header_bytes: Annotated[
        int | None,
        typer.Option(
            "--max-header-bytes",
            min=1024,
            help="Largest request head; set, it uses the h11 "
            "parser (slower than the default httptools, "
            "which has no such limit).",
        ),
    ] = None,
    parse_timeout: Annotated[
        float,
        typer.Option(
            "--parse-timeout",
            min=0.0,
            help="Seconds a description may take to read; each worker "
            "reads them in a child process that is stopped past "
            "this (the request gets 503). 0: in the worker, no "
            "limit.",
        ),
    ] = 5.0,
    semantic: Semantic = None,
) -> None:
    """Start the web page and the HTTP API (FastAPI on uvicorn).

    Slow clients (half-sent heads or bodies) are bounded per worker by --limit-concurrency;
    timeouts for them belong in the reverse proxy (docs/api.md, "Running it for real").
    """
    import os

    import uvicorn

    from .._knowledge._load import KnowledgeBaseError, load_knowledge_base
    from ._api import PARSE_TIMEOUT_ENV

    _use_semantic(semantic)

    try:  # fail here with a clear message rather than in every worker
        kb = load_knowledge_base()
        # with a parse process, the workers never hold the parser: check it in a child too
        _check_parser_data(in_process=workers == 1 and not parse_timeout)
    except KnowledgeBaseError as exc:
        _fail(f"the knowledge base is invalid:\n{exc}", code=1)
        return
    except ValueError as exc:  # ParserDataError
        _fail(str(exc), code=1)
        return
    shown = f"[{host}]" if ":" in host else host
    console.print(
        f"twitchcheck {kb.version}: open [bold]http://{shown}:{port}/[/] "
        f"(API docs at /docs; {workers} worker{'s' if workers > 1 else ''}; "
        "Ctrl+C stops it)"
    )
    limits: dict[str, Any] = {
        "limit_concurrency": limit_concurrency,
        "timeout_keep_alive": timeout_keep_alive,
    }
    if max_header_bytes is not None:
        limits.update(http="h11", h11_max_incomplete_event_size=max_header_bytes)
    # the workers read it (uvicorn makes the app in each); set only while serving
    previous = os.environ.get(PARSE_TIMEOUT_ENV)
    os.environ[PARSE_TIMEOUT_ENV] = f"{parse_timeout:g}" if parse_timeout else "off"
    try:
        if workers == 1:
            uvicorn.run(
                "twitchcheck._interfaces._api:create_served_app",
                factory=True,
                host=host,
                port=port,
                access_log=access_log,
                log_level="info",
                **limits,
            )
        else:
            # Each worker on its own SO_REUSEPORT socket, so that the kernel spreads the
            # connections (uvicorn's workers share one, and one may take them all).
            from ._supervisor import PortInUse, supervise

            try:
                supervise(host, port, workers, access_log=access_log, log_level="info", **limits)
            except PortInUse as exc:
                _fail(str(exc), code=1)
    finally:
        if previous is None:
            os.environ.pop(PARSE_TIMEOUT_ENV, None)
        else:
            os.environ[PARSE_TIMEOUT_ENV] = previous


def _check_parser_data(in_process: bool) -> None:
    """Build the parser once before serving (seconds), raising ParserDataError if its data is
    broken. One worker keeps it (the first /v1/parse is then fast); with several, the check
    runs in a child process, so that the supervisor does not hold the language model."""
    from .._parse import check_parser

    if in_process:
        check_parser()
        return
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        pool.apply(check_parser)
