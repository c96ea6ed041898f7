"""Fill untranslated entries of the zh_TW catalogue from a Python file holding a dict ZH."""

from __future__ import annotations

import runpy
import sys

from messages import CATALOGUE, mo_bytes, po_bytes, read


def main(path: str) -> int:
    table: dict[str, str] = runpy.run_path(path)["ZH"]
    catalog = read()
    for message in catalog:
        if message.id and not message.string and message.id in table:
            message.string = table[message.id]
    CATALOGUE.write_bytes(po_bytes(catalog))
    CATALOGUE.with_suffix(".mo").write_bytes(mo_bytes(catalog))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
