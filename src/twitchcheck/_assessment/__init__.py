"""From a posterior to what a person reads: triage rules, levels, the plan, the result."""
