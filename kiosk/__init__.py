"""Lobby kiosk for public libraries and public offices."""
