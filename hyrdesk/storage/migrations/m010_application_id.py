"""Schema v10: no new tables; the step marks an existing database as hyrdesk's.

Every migration step writes ``PRAGMA application_id`` (storage/identity.py) in
its transaction; this step exists so that databases made before the mark
get it at their next start.
"""

SQL = ""
