// twitchcheck web page: describe the twitch, answer questions one at a time, read the result.
// The server keeps no state: this page holds the evidence and sends all of it with each call.
// The person's words are only ever put in the page as text (textContent), never as HTML.
"use strict";

(() => {
  const LEVEL_CLASS = {
    emergency_ambulance: "level-emergency_ambulance",
    emergency: "level-emergency",
    consultation_24: "level-consultation_24",
    consultation: "level-consultation",
    self_care: "level-self_care",
  };
  const URGENT = new Set(["emergency_ambulance", "emergency"]);
  const LEVEL_LABEL = {
    emergency_ambulance: "call an ambulance now",
    emergency: "go to an emergency department now",
    consultation_24: "see a doctor within 24 hours",
    consultation: "book a doctor's appointment",
    self_care: "manage at home",
  };
  const SHOWN_CAUSES = 5;

  const state = {
    text: "",
    evidence: [], // items exactly as the API takes them
    age: null,
    sex: null,
    question: null,
    history: [], // snapshots before each answer, for Back
    names: {}, // finding id -> name, from GET /v1/findings
    derived: { age: [], sex: [] }, // findings that follow from age or sex
  };

  const $ = (id) => document.getElementById(id);

  // Build an element; children are nodes or strings (strings become text nodes).
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "className") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function announce(message) {
    const status = $("status");
    status.textContent = "";
    // A fresh text node after a tick makes screen readers announce repeated messages too.
    window.setTimeout(() => { status.textContent = message; }, 50);
  }

  function showError(message) {
    const box = $("error");
    if (!message) {
      box.hidden = true;
      clear(box);
      return;
    }
    clear(box);
    box.append(el("p", { text: message }));
    box.hidden = false;
  }

  async function api(path, body) {
    const init = body === undefined ? {} : {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    };
    let response;
    try {
      response = await fetch(path, init);
    } catch (err) {
      throw new Error("The twitchcheck server cannot be reached. Is it still running?");
    }
    let data = null;
    try {
      data = await response.json();
    } catch (err) {
      data = null;
    }
    if (!response.ok) {
      const detail = data && typeof data.detail === "string" ? data.detail : response.statusText;
      throw new Error(`Something went wrong (${response.status}): ${detail}`);
    }
    return data;
  }

  function show(sectionId, headingId) {
    for (const id of ["start", "interview", "result"]) $(id).hidden = id !== sectionId;
    const heading = $(headingId);
    if (heading) heading.focus();
    window.scrollTo(0, 0);
  }

  function setBusy(busy) {
    document.body.classList.toggle("busy", busy);
    for (const id of ["start-button", "next", "back", "finish"]) {
      const button = $(id);
      if (button) button.disabled = busy;
    }
  }

  function caseBody() {
    const body = { evidence: state.evidence };
    if (state.age !== null) body.age = state.age;
    if (state.sex !== null) body.sex = state.sex;
    return body;
  }

  function percent(p) {
    if (p < 0.01) return "less than 1%";
    return `${Math.round(p * 100)}%`;
  }

  function nameOf(finding) {
    return state.names[finding] || finding.replace(/_/g, " ");
  }

  // ------------------------------------------------------------------ the person's words

  // The API's spans count Unicode code points; JavaScript strings count UTF-16 units.
  function highlighted(text, evidence) {
    const chars = Array.from(text);
    const spans = evidence
      .filter((e) => Array.isArray(e.span) && e.span[1] > e.span[0] && e.span[1] <= chars.length)
      .sort((a, b) => a.span[0] - b.span[0]);
    const out = el("p", { className: "their-words" });
    let at = 0;
    for (const item of spans) {
      const [start, end] = item.span;
      if (start < at) continue; // overlapping spans: keep the first
      if (start > at) out.append(document.createTextNode(chars.slice(at, start).join("")));
      const mark = el("mark", {
        className: item.state === "absent" ? "absent" : item.state === "unknown" ? "unknown" : "present",
        title: `${item.state === "absent" ? "No: " : ""}${nameOf(item.finding)}`,
      }, chars.slice(start, end).join(""));
      out.append(mark);
      at = end;
    }
    if (at < chars.length) out.append(document.createTextNode(chars.slice(at).join("")));
    return out;
  }

  function understoodBlock() {
    const fromText = state.evidence.filter((e) => e.origin === "text");
    const box = el("details", { className: "understood-box" },
      el("summary", { text: fromText.length
        ? `What we understood from your description (${fromText.length})`
        : "We did not recognise specific symptoms in your description; the questions will help." }),
      highlighted(state.text, fromText),
      el("ul", {}, fromText.map((e) => el("li", {},
        `${e.state === "absent" ? "No: " : e.state === "unknown" ? "Unsure: " : ""}${nameOf(e.finding)}`))));
    return box;
  }

  // ------------------------------------------------------------------ questions

  function choiceRow(name, labelledBy) {
    const options = [["present", "Yes"], ["absent", "No"], ["unknown", "Don't know"]];
    return el("div", { className: "choices", role: "radiogroup", "aria-labelledby": labelledBy },
      options.map(([value, text]) => el("label", { className: "choice" },
        el("input", { type: "radio", name, value }), el("span", { text }))));
  }

  function renderQuestion(q) {
    state.question = q;
    const body = $("q-body");
    clear(body);
    $("q-problem").hidden = true;
    $("q-title").textContent = q.text;
    $("q-fieldset").className = q.red_flag_screen ? "red-flag-screen" : "";
    const left = Math.max((state.left ?? 1) - 1, 0);
    $("progress").textContent = `Question ${state.history.length + 1}`
      + (left ? ` · about ${left} more after this` : " · probably the last one");
    $("back").disabled = false;

    if (q.reason) body.append(el("p", { className: "why", id: "q-reason", text: `Why we ask: ${q.reason}` }));
    if (q.kind === "group_multiple") {
      body.append(el("p", { className: "help", text: "Answer each line." }));
      q.items.forEach((item, i) => {
        const id = `item-${i}`;
        body.append(el("div", { className: "item", "data-finding": item.finding },
          el("p", { id, className: "item-label", text: item.text }),
          choiceRow(`q-${i}`, id)));
      });
      body.append(el("button", {
        type: "button", className: "secondary small", id: "none-of-these",
        onclick: () => {
          body.querySelectorAll('input[value="absent"]').forEach((input) => { input.checked = true; });
        },
      }, "No to all of these"));
    } else if (q.kind === "group_single") {
      const options = q.items.map((item, i) => [String(i), item.text]);
      options.push(["none", "None of these"], ["unknown", "Don't know"]);
      body.append(el("div", { className: "choices column", role: "radiogroup", "aria-labelledby": "q-title" },
        options.map(([value, text]) => el("label", { className: "choice" },
          el("input", { type: "radio", name: "q-single", value }), el("span", { text })))));
    } else if (q.kind === "single") {
      body.append(choiceRow("q-0", "q-title"));
    } else if (q.kind === "age") {
      body.append(el("label", { for: "q-age", className: "field-label", text: "Age in years" }),
        el("input", { id: "q-age", type: "number", inputmode: "numeric", min: "0", max: "120",
          step: "1", className: "age" }),
        el("label", { className: "choice inline" },
          el("input", { type: "checkbox", id: "q-age-skip" }), el("span", { text: "I prefer not to say" })));
    } else if (q.kind === "sex") {
      const options = q.items.filter((item) => item.value).map((item) => [item.value, item.text]);
      options.push(["skip", "I prefer not to say"]);
      body.append(el("div", { className: "choices", role: "radiogroup", "aria-labelledby": "q-title" },
        options.map(([value, text]) => el("label", { className: "choice" },
          el("input", { type: "radio", name: "q-sex", value }), el("span", { text })))));
    }
    show("interview", "q-title");
    announce(q.text);
  }

  function problem(message, focusTarget) {
    const box = $("q-problem");
    box.textContent = message;
    box.hidden = false;
    if (focusTarget) focusTarget.focus();
  }

  // Read the form into evidence (and context); null when something is unanswered.
  function readAnswers(q) {
    const form = $("question");
    const answer = (item, value) => ({ finding: item.finding, state: value, origin: "answer" });
    if (q.kind === "group_multiple" || q.kind === "single") {
      const items = q.kind === "single" && q.items.length === 0 ? [{ finding: q.id }] : q.items;
      const out = [];
      for (let i = 0; i < items.length; i += 1) {
        const picked = form.querySelector(`input[name="q-${i}"]:checked`);
        if (!picked) {
          problem(items.length > 1 ? `Please answer: ${items[i].text || "each line"}`
            : "Please choose Yes, No or Don't know.", form.querySelector(`input[name="q-${i}"]`));
          return null;
        }
        out.push(answer(items[i], picked.value));
      }
      return { evidence: out };
    }
    if (q.kind === "group_single") {
      const picked = form.querySelector('input[name="q-single"]:checked');
      if (!picked) {
        problem("Please choose one option.", form.querySelector('input[name="q-single"]'));
        return null;
      }
      return {
        evidence: q.items.map((item, i) => answer(item,
          picked.value === "unknown" ? "unknown" : picked.value === String(i) ? "present" : "absent")),
      };
    }
    // "Prefer not to say": the findings that follow from age or sex become "don't know".
    const declined = (ids) => ({ evidence: ids.map((finding) => ({ finding, state: "unknown", origin: "answer" })) });
    if (q.kind === "age" && $("q-age-skip").checked) return declined(state.derived.age);
    if (q.kind === "age") {
      const input = $("q-age");
      const age = Number(input.value);
      if (input.value === "" || !Number.isInteger(age) || age < 0 || age > 120) {
        problem("Please enter your age in whole years (0 to 120).", input);
        return null;
      }
      return { evidence: [], age };
    }
    if (q.kind === "sex") {
      const picked = form.querySelector('input[name="q-sex"]:checked');
      if (!picked) {
        problem("Please choose one option.", form.querySelector('input[name="q-sex"]'));
        return null;
      }
      if (picked.value === "skip") {
        return declined(q.items.map((item) => item.finding).filter((id) => state.derived.sex.includes(id)));
      }
      return { evidence: [], sex: picked.value };
    }
    return { evidence: [] };
  }

  async function step() {
    const data = await api("/v1/diagnosis", caseBody());
    state.left = data.questions_left;
    state.open = (data.not_ruled_out || []).map((id) => {
      const c = data.conditions.find((x) => x.id === id);
      return c ? c.lay_name : id;
    });
    if (data.has_emergency_evidence || data.should_stop || !data.question) {
      await finish();
    } else {
      renderQuestion(data.question);
    }
  }

  async function guarded(work) {
    showError("");
    setBusy(true);
    try {
      await work();
    } catch (err) {
      showError(err.message);
      $("error").focus();
    } finally {
      setBusy(false);
    }
  }

  // ------------------------------------------------------------------ the result

  function citation(sources) {
    if (!sources || !sources.length) return null;
    return el("span", { className: "cite" }, ` [${sources.join(", ")}]`);
  }

  function reasonItem(reason, sign) {
    const li = el("li", { className: sign === "+" ? "for" : "against" },
      el("span", { className: "sign", "aria-hidden": "true", text: sign === "+" ? "+" : "−" }),
      el("span", { className: "visually-hidden", text: sign === "+" ? "For: " : "Against: " }),
      reason.state === "absent" ? `No: ${nameOf(reason.finding)}` : reason.text);
    if (reason.words) {
      li.append(" — you said “", el("mark", { className: reason.state === "absent" ? "absent" : "present" }, reason.words), "”");
    }
    return li;
  }

  function causeItem(c) {
    const fill = el("span", { className: "fill" });
    fill.style.width = `${Math.max(0.5, Math.min(100, c.probability * 100))}%`;
    const reasons = el("ul", { className: "reasons" },
      c.supporting.slice(0, 4).map((r) => reasonItem(r, "+")),
      c.conflicting.slice(0, 3).map((r) => reasonItem(r, "-")));
    const li = el("li", { className: "cause", "data-condition": c.id },
      el("h3", {}, c.lay_name, el("span", { className: "clinical", text: ` (${c.name})` })),
      el("div", { className: "bar-row" },
        el("span", { className: "bar", "aria-hidden": "true" }, fill),
        el("span", { className: "pct", text: `estimated ${percent(c.probability)}` })),
      reasons.childElementCount ? reasons : null);
    if (c.unconfirmed && c.unconfirmed.length) {
      li.append(el("p", { className: "unconfirmed" },
        "Often comes with (not reported): ", c.unconfirmed.slice(0, 3).map((u) => u.name.toLowerCase()).join("; ")));
    }
    li.append(aboutCondition(c.id));
    return li;
  }

  // "What is this?": the condition's description, fetched the first time it is opened.
  function aboutCondition(id) {
    const box = el("details", { className: "about" }, el("summary", { text: "What is this?" }));
    box.addEventListener("toggle", async () => {
      if (!box.open || box.dataset.loaded) return;
      box.dataset.loaded = "1";
      try {
        const c = await api(`/v1/conditions/${encodeURIComponent(id)}`);
        box.append(el("p", { text: c.description }), el("p", { text: c.presentation }));
      } catch (err) {
        box.append(el("p", { className: "problem", text: err.message }));
      }
    });
    return box;
  }

  function planList(items, withWhy) {
    return el("ul", { className: "plan" }, items.map((item) => el("li", {},
      item.text,
      withWhy && item.why ? el("span", { className: "why", text: ` — ${item.why}` }) : null,
      citation(item.sources))));
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  function answersBlock() {
    const groups = { present: [], absent: [], unknown: [] };
    const derived = new Set([...state.derived.age, ...state.derived.sex]);
    for (const e of state.evidence) {
      if (e.origin === "answer" && !derived.has(e.finding)) groups[e.state].push(nameOf(e.finding));
    }
    const rows = [];
    if (state.age !== null) rows.push(el("li", {}, `Age: ${state.age}`));
    if (state.sex !== null) rows.push(el("li", {}, `Sex: ${state.sex}`));
    const declinedSex = state.derived.sex.some((id) => state.evidence.some((e) => e.finding === id && e.origin === "answer"));
    if (state.sex === null && declinedSex) rows.push(el("li", {}, "Sex: prefers not to say"));
    const declinedAge = state.derived.age.some((id) => state.evidence.some((e) => e.finding === id && e.origin === "answer"));
    if (state.age === null && declinedAge) rows.push(el("li", {}, "Age: prefers not to say"));
    if (groups.present.length) rows.push(el("li", {}, `Yes: ${groups.present.join("; ")}`));
    if (groups.absent.length) rows.push(el("li", {}, `No: ${groups.absent.join("; ")}`));
    if (groups.unknown.length) rows.push(el("li", {}, `Don't know: ${groups.unknown.join("; ")}`));
    if (!rows.length) return el("p", { text: "No questions answered." });
    return el("details", { className: "answers-box" },
      el("summary", { text: "Your answers to the questions" }),
      el("ul", { className: "answers" }, rows));
  }

  // The result is POST /v1/assessment's answer: the result contract every interface shares
  // (docs/assessment.schema.json).
  function renderResult(result) {
    const body = $("r-body");
    clear(body);
    const triage = result.triage;
    const level = triage.level;
    const banner = el("div", {
      className: `banner ${LEVEL_CLASS[level] || ""}`, id: "triage-banner", "data-level": level,
      role: URGENT.has(level) ? "alert" : null,
    }, el("p", { className: "level", text: triage.label }), el("p", { className: "now", text: result.plan.now }));
    const why = triage.reasons.slice(0, 3);
    if (why.length) {
      banner.append(el("ul", { className: "why-level" }, why.map((r) => el("li", {},
        r.red_flag ? el("strong", { text: "Warning sign: " }) : null, r.text))));
    }
    body.append(banner);

    // Warning-sign questions nobody answered (the questions were skipped, or the result came
    // from the description alone): a Yes to any of them changes the advice.
    const unasked = result.unasked_red_flags || [];
    if (unasked.length) {
      body.append(el("section", { className: "card unasked", id: "unasked", "aria-labelledby": "h-unasked" },
        el("h2", { id: "h-unasked", text: "Questions not answered yet" }),
        el("p", { className: "help", text: "This result does not yet know the answers to these "
          + "warning-sign questions. If the answer to any of them is yes, follow the advice next to it instead." }),
        el("ul", { className: "unasked-list" }, unasked.map((u) => el("li", {},
          u.question + " ", el("strong", { text: `If yes: ${LEVEL_LABEL[u.level] || u.level}.` }))))));
    }

    const fromText = state.evidence.filter((e) => e.origin === "text");
    body.append(el("section", { className: "card words", "aria-labelledby": "h-words" },
      el("h2", { id: "h-words", text: "What you told us" }),
      state.text ? highlighted(state.text, fromText) : null,
      answersBlock()));

    body.append(el("section", { className: "card", "aria-labelledby": "h-causes" },
      el("h2", { id: "h-causes", text: "Possible causes" }),
      el("p", { className: "help", text: "Estimates from what you told us, most likely first. "
        + "Several causes can act together, so the numbers need not add up to 100%." }),
      result.approximate ? el("p", { className: "help", id: "approximate", text: "You told us about "
        + "many symptoms: these estimates are approximate. The warning signs you reported still set how urgent it is." }) : null,
      el("ol", { className: "causes" }, result.conditions.slice(0, SHOWN_CAUSES).map(causeItem)),
      state.open && state.open.length
        ? el("p", { className: "not-ruled-out", id: "not-ruled-out", text: `Not yet ruled out: ${state.open.join("; ")}` })
        : null));

    const plan = result.plan;
    if (plan.self_care.length) {
      body.append(el("section", { className: "card", "aria-labelledby": "h-self" },
        el("h2", { id: "h-self", text: "What you can do now" }), planList(plan.self_care, true)));
    }
    body.append(el("section", { className: "card", "aria-labelledby": "h-seek" },
      el("h2", { id: "h-seek", text: "When to seek care" }), planList(plan.seek_care, false)));
    if (plan.tests.length) {
      body.append(el("section", { className: "card", "aria-labelledby": "h-tests" },
        el("h2", { id: "h-tests", text: "What a doctor may check" }), planList(plan.tests, true)));
    }

    const sources = new Map();
    for (const s of result.references) sources.set(s.id, s);
    body.append(el("section", { className: "card sources", "aria-labelledby": "h-sources" },
      el("h2", { id: "h-sources", text: "Sources" }),
      el("ul", {}, [...sources.values()].map((s) => {
        const url = safeUrl(s.url);
        const label = [s.title, s.publisher, s.year].filter(Boolean).join(", ");
        return el("li", {}, el("span", { className: "cite", text: `[${s.id}] ` }),
          url ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank", text: label }) : label);
      }))));
    body.append(el("p", { className: "disclaimer", id: "disclaimer", text: result.disclaimer }));
    body.append(el("p", { className: "kb", text: `Knowledge base ${result.kb_version}` }));
    $("print-date").textContent = `Made on ${new Date().toLocaleString()}`;
    show("result", "r-title");
    announce(`Result: ${triage.label}`);
  }

  async function finish() {
    renderResult(await api("/v1/assessment", caseBody()));
  }

  // ------------------------------------------------------------------ wiring

  function reset() {
    Object.assign(state, { text: "", evidence: [], age: null, sex: null, question: null, history: [], left: null, open: [] });
    $("text").value = "";
    updateCount();
    show("start", "start-title");
  }

  function updateCount() {
    $("text-count").textContent = `${Array.from($("text").value).length} of 5000 characters`;
  }

  function init() {
    $("text").addEventListener("input", updateCount);

    $("describe").addEventListener("submit", (event) => {
      event.preventDefault();
      const text = $("text").value.trim();
      if (!text) {
        showError("Please describe your twitch first, in a few words.");
        $("text").focus();
        return;
      }
      guarded(async () => {
        const parsed = await api("/v1/parse", { text });
        Object.assign(state, { text, evidence: parsed.evidence, age: parsed.age, sex: parsed.sex,
          history: [] });
        for (const m of parsed.mentions) state.names[m.finding] = m.name;
        clear($("understood"));
        $("understood").append(understoodBlock());
        await step();
      });
    });

    $("question").addEventListener("submit", (event) => {
      event.preventDefault();
      const q = state.question;
      const answers = q && readAnswers(q);
      if (!answers) return;
      guarded(async () => {
        state.history.push({ evidence: state.evidence, age: state.age, sex: state.sex, question: q });
        const answered = new Set(answers.evidence.map((e) => e.finding));
        // Earlier "don't know" answers stay: the interview counts them (a red flag is asked
        // again once after "don't know", not forever).
        state.evidence = state.evidence.filter((e) => !answered.has(e.finding) || e.state === "unknown")
          .concat(answers.evidence);
        if (answers.age !== undefined) state.age = answers.age;
        if (answers.sex !== undefined) state.sex = answers.sex;
        await step();
      });
    });

    $("back").addEventListener("click", () => {
      showError("");
      const previous = state.history.pop();
      if (!previous) {
        show("start", "start-title");
        return;
      }
      Object.assign(state, { evidence: previous.evidence, age: previous.age, sex: previous.sex });
      renderQuestion(previous.question); // numbered from the history length: pop first
    });

    $("finish").addEventListener("click", () => guarded(finish));
    $("print").addEventListener("click", () => window.print());
    // The printout for a doctor shows everything, folded parts included.
    window.addEventListener("beforeprint", () => {
      document.querySelectorAll("#result details.answers-box").forEach((box) => { box.open = true; });
    });
    $("again").addEventListener("click", reset);

    api("/v1/findings").then((findings) => {
      for (const f of findings) {
        state.names[f.id] = f.name;
        if (f.derived_from) state.derived[f.derived_from].push(f.id);
      }
    }).catch(() => {});
    api("/healthz").then((health) => {
      $("kb-version").textContent = health.kb_version;
    }).catch(() => {});
    updateCount();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
