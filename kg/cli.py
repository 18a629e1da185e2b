"""The ``kg`` command line: build, list and run stored queries, validate."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from kg.paths import CORPUS_DIR, OUT_DIR, QUERIES_DIR
from kg.query import QueryError, Source, load_catalog, run_query
from kg.store import StoreError

HEADLINE_QUERY = "combinations-reducing-p-vegfr2"
FORMATS = ("table", "csv", "tsv", "json")


def fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@click.group()
@click.version_option(package_name="apatinib-kg")
def main() -> None:
    """Apatinib knowledge graph: build it from the corpus, validate it, query it."""


@main.command()
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path), default=CORPUS_DIR, show_default=True)
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=OUT_DIR, show_default=True)
@click.option("--quiet", is_flag=True, help="No progress bars.")
def build(corpus_dir: Path, out_dir: Path, quiet: bool) -> None:
    """Build the graph from CORPUS, validate it and write it to OUT."""
    from kg.report import build_and_report

    sys.exit(build_and_report(corpus_dir, out_dir, quiet=quiet))


@main.command("queries")
def list_queries() -> None:
    """List the stored queries and the question each answers."""
    try:
        catalog = load_catalog(QUERIES_DIR)
    except QueryError as exc:
        fail(str(exc))
    table = Table("name", "question", "parameters", show_lines=False)
    for name, q in catalog.items():
        table.add_row(name, q.summary, ", ".join(f"{p.name} ({p.type})" for p in q.params))
    Console(width=160).print(table)


@main.command("query")
@click.argument("name")
@click.option("--graph", type=click.Path(path_type=Path), help="RDF file to query (loaded in memory).")
@click.option("--store", type=click.Path(path_type=Path), help="On-disk store folder (e.g. out/store).")
@click.option("--endpoint", help="SPARQL endpoint URL.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter.")
def query_command(name: str, graph: Path | None, store: Path | None, endpoint: str | None, fmt: str,
                  params: tuple[str, ...]) -> None:
    """Run the stored query NAME (default source: the last build in out/)."""
    if sum(x is not None for x in (graph, store, endpoint)) > 1:
        fail("give at most one of --graph, --store, --endpoint")
    values = {}
    for item in params:
        if "=" not in item:
            fail(f"--param {item!r}: expected NAME=VALUE")
        key, value = item.split("=", 1)
        values[key.strip()] = value
    source = Source(graph=graph, store=store, endpoint=endpoint) if (graph or store or endpoint) else None
    try:
        columns, rows = run_query(name, source, values)
    except (QueryError, StoreError) as exc:
        fail(str(exc))
    click.echo(format_rows(columns, rows, fmt), nl=False)


def format_rows(columns: list[str], rows: list[list[str | None]], fmt: str) -> str:
    """Render a result as a table, CSV, TSV or JSON (records)."""
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([["" if v is None else v for v in row] for row in rows])
        return buffer.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(columns, row)) for row in rows], indent=1, ensure_ascii=False) + "\n"
    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*("" if v is None else v for v in row))
    console = Console(file=io.StringIO(), width=200, force_terminal=False)
    console.print(table)
    console.print(f"{len(rows)} row(s)")
    return console.file.getvalue()


@main.command("validate")
@click.argument("graph_file", required=False, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(("text", "turtle", "junit")), default="text", show_default=True)
@click.option("--reason", "with_reasoner", is_flag=True, help="Also check OWL consistency with HermiT (needs Java).")
@click.option("--engine", type=click.Choice(("turbo", "pyshacl")), default="turbo", show_default=True,
              help="SHACL engine: pyshacl-turbo, or pySHACL as the reference implementation.")
def validate_command(graph_file: Path | None, fmt: str, with_reasoner: bool, engine: str) -> None:
    """Validate a graph file against the SHACL shapes (exit 0 conforms, 1 violations, 2 error)."""
    from kg.validate.cli import run_validation

    sys.exit(run_validation(graph_file or OUT_DIR / "apatinib-kg.ttl", fmt, with_reasoner, engine))


if __name__ == "__main__":
    main()
