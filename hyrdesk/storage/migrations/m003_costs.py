"""Schema v3: hire and own staff costs, ledger imports, account table.

Reserved so that the feature branches can land in any order; filled in by the
issue that builds the feature.
"""

SQL = ""
