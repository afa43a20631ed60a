"""What visitors see: home, floors, cards, people, services, search, the way, help and the
accessibility panel. Each builds from the window's context; app.py opens them by name."""
