"""A valid action's form values, changed where a test needs it."""


def values(**changes):
    return {
        "title": "Rekrytera två specialistsjuksköterskor",
        "area": "rekrytering",
        "owner_role": "Enhetschef",
        "decision_level": "enhet",
        "start": "2024-07-01",
        "due": "2024-12-31",
        "status": "pågår",
        "causes": ["vakans"],
        "category": "Sjuksköterska",
        "indicator": "hire_hours",
        "expected": "-20",
        **changes,
    }
