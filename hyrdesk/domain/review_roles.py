"""*Ansvarig* in a review is a role from the template's list, never a name.

The review's tasks travel to the shared folder in the line-dialogue workbook;
a person's name must never go with them. So *Ansvarig* (the role that sees a
proposal through) is chosen from the template's roles, like *Utförs av* and
*Mottagande roll* are. Text saved before this rule that is not a role stays
in the local database, where the user can see and change it, but is left out
of every export, and the export says so.
"""

from __future__ import annotations

from collections.abc import Iterable


def responsible_choices(template_roles: Iterable[str], used_roles: Iterable[str] = ()) -> tuple[str, ...]:
    """The roles *Ansvarig* may be: the template's, or (a template without roles) those the tasks use."""
    roles = tuple(dict.fromkeys(r.strip() for r in template_roles if r and r.strip()))
    if roles:
        return roles
    return tuple(sorted({r.strip() for r in used_roles if r and r.strip()}))


def _key(text: str) -> str:
    """Case, runs of spaces and invisible control characters (from pasted text) do not matter."""
    visible = "".join(ch for ch in text if ch.isprintable() or ch in " \t\n")
    return " ".join(visible.split()).casefold()


def match_role(text: str, choices: Iterable[str]) -> str | None:
    """The role ``text`` names, in the list's own spelling; None when it is none of them."""
    wanted = _key(text)
    return next((c for c in choices if _key(c) == wanted), None)


def not_a_role_message(choices: Iterable[str]) -> str:
    listed = ", ".join(choices)
    if not listed:
        return "Ansvarig är en roll, aldrig ett namn. Mallen har inga roller: lämna fältet tomt."
    return f"Ansvarig är en roll, aldrig ett namn: välj en av mallens roller ({listed})."


def exported_responsible(text: str, choices: Iterable[str]) -> str:
    """What an export may show: the role, or nothing when the saved text is not one of the roles."""
    if not text.strip():
        return ""
    return match_role(text, choices) or ""
