"""Fill translations into a .ts file from a dict file: `python fill_ts.py hyrdesk_en.ts my_strings.py`.

The dict file defines EN = {swedish source: english text}. Qt Linguist
(pyside6-linguist) does the same interactively; this is for batches.
"""
import sys, xml.etree.ElementTree as ET, runpy
ts, dict_file = sys.argv[1], sys.argv[2]
table = runpy.run_path(dict_file)["EN"]
tree = ET.parse(ts)
n = 0
missing = []
for msg in tree.iter("message"):
    src = msg.find("source").text
    tr = msg.find("translation")
    if src in table:
        tr.text = table[src]
        tr.attrib.pop("type", None)
        n += 1
    elif tr.get("type") == "unfinished":
        missing.append(src)
tree.write(ts, encoding="utf-8", xml_declaration=True)
with open(ts, encoding="utf-8") as f:
    body = f.read()
body = body.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
open(ts, "w", encoding="utf-8").write(body)
print(f"filled {n}; still missing {len(missing)}")
for m in missing: print("  ", repr(m))
