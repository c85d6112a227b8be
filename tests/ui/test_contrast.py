"""Text on the app's own colours reads at 4.5:1 or better (WCAG AA)."""

import pytest

from hyrdesk.ui.shell import style


def _luminance(colour: str) -> float:
    rgb = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


PAGE, WHITE, COMPUTED_CELL = "#fafbfb", "#ffffff", "#eef2f3"


@pytest.mark.parametrize("text", [style.GOOD, style.WARN, style.BAD, style.TEXT_MUTED])
@pytest.mark.parametrize("background", [PAGE, WHITE, COMPUTED_CELL])
def test_status_and_muted_text_read_on_every_background(text, background):
    assert contrast(text, background) >= 4.5


def test_the_disabled_primary_button_is_readable():
    assert "#4f5d66" in style.STYLESHEET and contrast("#4f5d66", "#e3ebed") >= 4.5
    assert contrast("#ffffff", style.ACCENT) >= 4.5
