"""Speech: one worker thread owns the pyttsx3 engine (`engine.py`), and WAV files are played
by ALSA's aplay in a child process (`audio_player.py`).

May use kiosk.directory and kiosk.host (aplay is started with the system's libraries); never
Qt (the screens' voice is kiosk.ui.services.voice).
"""
