"""The Administrativ översyn page: guided flow by area, task table, summary, history, Excel."""
