#!/usr/bin/env python3
"""Build the apatinib knowledge graph: corpus/ → out/ (validated), then answer the headline question.

usage: python build_graph.py [--corpus DIR] [--out DIR] [--quiet]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.paths import CORPUS_DIR, OUT_DIR
from kg.report import build_and_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="folder of .txt documents")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    args = parser.parse_args(argv)
    return build_and_report(args.corpus, args.out, quiet=args.quiet)


if __name__ == "__main__":
    sys.exit(main())
