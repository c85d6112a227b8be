"""Review templates for tests: the standard one as data, and a region's own made from it."""

import copy
import json

from hyrdesk.resources import resource_path

STANDARD = json.loads(resource_path("templates", "standard.json").read_text(encoding="utf-8"))


def region_template(**changes):
    data = copy.deepcopy(STANDARD)
    data.update({"id": "region-x", "version": "2025.1", "name": "Region X:s mall"}, **changes)
    return data
