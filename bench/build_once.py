"""Build one site; print its wall time, CPU time and peak memory as JSON. Run it in a process
of its own, so that the peak is this build's alone.

    python bench/build_once.py path/to/mkdocs.yml
"""

from __future__ import annotations

import json
import logging
import os
import resource
import sys
import time

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")


def main() -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    start = time.perf_counter()
    build(load_config(config_file=sys.argv[1]))
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime
    print(
        json.dumps(
            {
                "seconds": round(seconds, 2),
                "cpu_seconds": round(cpu, 2),
                "peak_mib": round(usage.ru_maxrss / 1024, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
