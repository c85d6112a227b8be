"""What makes a workbook a hyrdesk line-dialogue export, shared by the writer and the roll-up.

The ``data`` sheet is the contract with machines (the roll-up, the region's BI
tools): its columns, its measure names and the custom document property
``hyrdesk_schema`` are versioned here and documented in docs/data-schema.md. Change
them only together with ``SCHEMA_VERSION``.
"""

from __future__ import annotations

KIND = "line_dialogue"
FILE_KIND = "underlag-dialog-i-linjen"  # the kind as it appears in file names
SCHEMA_NAME = "hyrdesk-line-dialogue"
SCHEMA_VERSION = 1
SCHEMA = f"{SCHEMA_NAME}/{SCHEMA_VERSION}"

# Custom document properties (docProps/custom.xml).
PROP_SCHEMA = "hyrdesk_schema"
PROP_UNIT_CODE = "hyrdesk_unit_code"
PROP_UNIT_NAME = "hyrdesk_unit_name"
PROP_PERIOD = "hyrdesk_period"
PROP_CREATED = "hyrdesk_created"
PROP_VERSION = "hyrdesk_version"
PROP_CARE_AREA = "hyrdesk_care_area"  # the label (Primärvård, Sjukhusvård, Psykiatri, Övrigt)

# Sheet names, in workbook order.
SHEET_SUMMARY = "Sammanfattning"
SHEET_COSTS = "Hyrkostnader"
SHEET_GAPS = "Bemanningsluckor"
SHEET_REVIEW = "Administrativ översyn"
SHEET_ACTIONS = "Åtgärder"
SHEET_AGREEMENT = "Avtal"
SHEET_DEFINITIONS = "Definitioner"
SHEET_DATA = "data"

DATA_COLUMNS = ("unit_code", "unit_name", "period", "measure", "category", "value")

# Measures in the data sheet. Money in SEK, ratios in percent (2.3 means 2,3 %), time in hours.
HIRE_COST = "hire_cost"  # category: report group (incl. Totalt); one row per month
OWN_STAFF_COST = "own_staff_cost"
HIRE_COST_R12 = "hire_cost_r12"
HIRE_COST_YTD = "hire_cost_ytd"
HIRE_COST_YTD_PREV = "hire_cost_ytd_prev"
HIRE_RATIO_PCT = "hire_ratio_pct"
HIRE_RATIO_R12_PCT = "hire_ratio_r12_pct"
GAP_HOURS = "gap_hours"  # category: coverage label; one row per month
GAP_HOURS_BY_CAUSE = "gap_hours_by_cause"  # category: cause label; one row per month
ADMIN_HOURS_PER_YEAR = "admin_hours_per_year"  # category: empty; period = the export's period
ADMIN_HOURS_FREED = "admin_hours_freed"
ADMIN_TASKS_LINE_DIALOGUE = "admin_tasks_line_dialogue"
ACTIONS_TOTAL = "actions_total"  # category: Totalt; period = the export's period
ACTIONS_DONE = "actions_done"
ACTIONS_OVERDUE = "actions_overdue"
ACTIONS_LINE_DIALOGUE = "actions_line_dialogue"
ACTIONS_CATEGORY = "Totalt"
# The monthly follow-up, for the export's period (a closed month): category a report group or Totalt.
HIRE_COST_FORECAST_YEAR = "hire_cost_forecast_year"
HIRE_COST_BUDGET = "hire_cost_budget"
HIRE_RATIO_FORECAST_PCT = "hire_ratio_forecast_pct"  # Totalt only
HEADROOM_KR = "headroom_kr"  # Totalt only: target % × forecast own staff cost − forecast hire cost
GAP_FTE_R12 = "gap_fte_r12"  # category: coverage label; the R12 window ending with the period
SICK_LEAVE_PCT = "sick_leave_pct"  # Totalt only; never for a unit with 10 or fewer employees
SICK_LEAVE_R12_PCT = "sick_leave_r12_pct"
SICK_LEAVE_LONG_SHARE_R12_PCT = "sick_leave_long_share_r12_pct"
SICK_HOURS_R12 = "sick_hours_r12"  # Totalt; the sums behind sick_leave_r12_pct, so units can be added up
SCHEDULED_HOURS_R12 = "scheduled_hours_r12"
OWN_STAFF_COST_FORECAST_YEAR = "own_staff_cost_forecast_year"  # Totalt: the denominator of the forecast ratio
# 1 when the unit has sick-leave figures that stay on its computer (10 or fewer employees): the
# roll-up leaves such units out of its sick-leave totals and says how many, instead of leaving the total empty.
SICK_LEAVE_SUPPRESSED = "sick_leave_suppressed"
# Hire under the national agreement, for the export's month: category a report group or Totalt.
HIRE_ABOVE_TARIFF_KR = "hire_above_tariff_kr"
HIRE_OUTSIDE_AGREEMENT_KR = "hire_outside_agreement_kr"
DEVIATIONS_COUNT = "deviations_count"

MEASURES = (
    HIRE_COST,
    OWN_STAFF_COST,
    HIRE_COST_R12,
    HIRE_COST_YTD,
    HIRE_COST_YTD_PREV,
    HIRE_RATIO_PCT,
    HIRE_RATIO_R12_PCT,
    GAP_HOURS,
    GAP_HOURS_BY_CAUSE,
    ADMIN_HOURS_PER_YEAR,
    ADMIN_HOURS_FREED,
    ADMIN_TASKS_LINE_DIALOGUE,
    ACTIONS_TOTAL,
    ACTIONS_DONE,
    ACTIONS_OVERDUE,
    ACTIONS_LINE_DIALOGUE,
    HIRE_COST_FORECAST_YEAR,
    HIRE_COST_BUDGET,
    HIRE_RATIO_FORECAST_PCT,
    HEADROOM_KR,
    GAP_FTE_R12,
    SICK_LEAVE_PCT,
    SICK_LEAVE_R12_PCT,
    SICK_LEAVE_LONG_SHARE_R12_PCT,
    SICK_HOURS_R12,
    SCHEDULED_HOURS_R12,
    OWN_STAFF_COST_FORECAST_YEAR,
    SICK_LEAVE_SUPPRESSED,
    HIRE_ABOVE_TARIFF_KR,
    HIRE_OUTSIDE_AGREEMENT_KR,
    DEVIATIONS_COUNT,
)

# The review table's header, which the roll-up reads back (labels, not keys).
REVIEW_COLUMNS = (
    "Område",
    "Uppgift",
    "Utförs av (roll)",
    "Timmar per år",
    "Förslag",
    "Mottagande roll",
    "Påverkar andra enheter",
    "Beslutsväg",
    "Ansvarig",
    "Klart senast",
    "Status",
    "Frigjorda timmar per år",
)
LINE_DIALOGUE_LABEL = "Dialog i linjen"

# The action plan's table (Åtgärder), line-dialogue items first.
ACTION_COLUMNS = (
    "Åtgärd",
    "Område",
    "Ansvarig roll",
    "Beslutsnivå",
    "Beslutsväg",
    "Status",
    "Start",
    "Klart senast",
    "Försenad",
    "Indikator",
    "Baslinje/mån",
    "Utfall/mån",
    "Förändring/mån",
    "Förväntat/mån",
    "Effekt uppnådd",
)

COST_MONTHS = 24  # the cost table and chart: the 24 months ending with the period
GAP_MONTHS = 12  # the gap tables: the 12 months ending with the period


def file_name(unit_code: str, period: str, date_text: str) -> str:
    """``MED4_underlag-dialog-i-linjen_2026-10_2026-11-22.xlsx``: unit code, kind, period, date."""
    return f"{unit_code}_{FILE_KIND}_{period}_{date_text}.xlsx"
