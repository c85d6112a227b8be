"""Schema v2: staffing gaps (issue: bemanningsluckor).

Reserved so that the feature branches can land in any order; filled in by the
issue that builds the feature.
"""

SQL = ""
