"""Schema v4: administration-task reviews.

Reserved so that the feature branches can land in any order; filled in by the
issue that builds the feature.
"""

SQL = ""
