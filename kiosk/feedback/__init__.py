"""What visitors tell the library at the kiosk: green and yellow cards (cards.py; the
department that reads them: routing.py) and the end-of-visit question (survey.py), as the
records they are kept as (kiosk/records). Qt-free."""
