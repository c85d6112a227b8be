"""Schema v5: export outbox and delivery log.

Reserved so that the feature branches can land in any order; filled in by the
issue that builds the feature.
"""

SQL = ""
