"""What visitors tell the library at the kiosk: green and yellow cards (cards.py), the
end-of-visit question (survey.py), and where both are kept (keep.py). Qt-free."""
