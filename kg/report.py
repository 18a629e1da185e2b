"""The build's console summary: documents, facts per kind, triples, SHACL verdict, time, headline answer."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from kg.paths import GRAPH_BASENAME
from kg.pipeline import BuildError, build
from kg.query import QueryError, Source, run_query
from kg.validate.cli import render_text

HEADLINE_QUERY = "combinations-reducing-p-vegfr2"


def build_and_report(corpus_dir: Path, out_dir: Path, quiet: bool = False) -> int:
    """Run the build and print its summary; returns the process exit code."""
    console = Console(stderr=False)
    try:
        result = build(corpus_dir, out_dir, show_progress=not quiet)
    except BuildError as exc:
        console.print(f"[bold red]build failed:[/] {exc}")
        if exc.validation is not None:
            console.print(render_text(exc.validation), markup=False, highlight=False)
        console.print(f"previous output in {out_dir} left unchanged")
        return 1
    summary = Table(title="apatinib-kg build", show_header=False)
    summary.add_row("documents", str(len(result.documents)))
    for kind, count in sorted(result.facts.items()):
        summary.add_row(f"  {kind}", str(count))
    summary.add_row("triples", str(len(result.graph)))
    kinds = ", ".join(f"{sum(u.kind == k for u in result.unknown)} {k}" for k in ("drug", "gene", "cell"))
    met = [c for c in result.coverage if c.in_facts]
    complete = sum(c.status == "complete" for c in met)
    bare = sum(c.status == "none" for c in met)
    summary.add_row("identifiers", f"{complete} of {len(met)} entities in facts found in every expected registry, "
                    f"{bare} in none (see identifier-coverage.tsv)")
    summary.add_row("unknown names", f"{len(result.unknown)} ({kinds}; see unknown-names.tsv)")
    verdict = "conforms" if result.validation.conforms else "does not conform"
    summary.add_row("SHACL", f"{verdict} ({len(result.validation.warnings)} warning(s))")
    if result.held_back:
        summary.add_row("held back", f"{len(result.held_back)} claim(s) that broke a shape; see held-back-claims.tsv")
    summary.add_row("seconds", f"{result.seconds:.1f}")
    summary.add_row("output", str(out_dir))
    console.print(summary)
    try:
        columns, rows = run_query(HEADLINE_QUERY, Source(graph=out_dir / f"{GRAPH_BASENAME}.ttl"))
    except QueryError as exc:
        console.print(f"[red]headline query failed:[/] {exc}")
        return 1
    console.print("\n[bold]Which drug combinations reduce phosphorylated VEGFR2?[/]")
    if not rows:
        console.print("no combination found in this corpus")
    for row in rows:
        console.print(headline_answer(dict(zip(columns, row))), highlight=False)
    return 0


def headline_answer(row: dict[str, str | None]) -> Text:
    """One answer as a reader wants it: the combination, where it was seen, and the sentence."""
    text = Text("• ")
    text.append(row.get("combination") or "", style="bold")
    details = [f"{k.replace('_', ' ')}: {v}" for k, v in row.items() if v and k not in ("combination", "sentence")]
    if details:
        text.append(f"  ({'; '.join(details)})")
    if row.get("sentence"):
        text.append(f"\n  “{row['sentence']}”", style="italic")
    return text
