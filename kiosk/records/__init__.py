"""The kiosk's history for years: calls, messages, feedback cards, survey answers and searches
that found nothing, one JSON line per record in one file per kind and month (`log.py`), and
the reports that measure the charter's promises on them (`period.py`, `promises.py`,
`report_*.py`, `chart_data.py`). The format is in docs/records.md.

May use kiosk.directory only; never Qt (the charts are drawn in kiosk.ui.charts).
"""
