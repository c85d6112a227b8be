"""Fill English into hyrdesk_en.ts from a dict file or from another .ts file.

    python fill_ts.py hyrdesk_en.ts my_strings.py     # a file defining EN = {swedish: english}
    python fill_ts.py hyrdesk_en.ts other_en.ts       # every finished translation in the other catalogue

The second form merges catalogues: after a merge conflict, take one side's
file, run `make translations`, then fill from the other side's file. Qt
Linguist (pyside6-linguist) does the same interactively; this is for batches.
"""

import runpy
import sys
import xml.etree.ElementTree as ET


def donor_table(path: str) -> dict[tuple[str | None, str], str]:
    """(context or None, source) -> English; None matches a source in any context."""
    if not path.endswith(".ts"):
        return {(None, s): t for s, t in runpy.run_path(path)["EN"].items()}
    table: dict[tuple[str | None, str], str] = {}
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") != "unfinished" and tr.text:
                table[(name, msg.findtext("source"))] = tr.text
    return table


def main(ts: str, donor: str) -> None:
    table = donor_table(donor)
    tree = ET.parse(ts)
    filled, missing = 0, []
    for context in tree.iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            text = table.get((name, src)) or table.get((None, src))
            if text is not None and (tr.get("type") == "unfinished" or not donor.endswith(".ts")):
                tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
            elif tr.get("type") == "unfinished":
                missing.append(src)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    with open(ts, encoding="utf-8") as f:
        body = f.read()
    body = body.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    with open(ts, "w", encoding="utf-8") as f:
        f.write(body)
    print(f"filled {filled}; still missing {len(missing)}")
    for m in missing:
        print("  ", repr(m))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
