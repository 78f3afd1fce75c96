"""The web chat (Gradio): `python app.py` or `askspeech serve`."""

from askspeech.ui.app import build_app, launch, main, serve

__all__ = ["build_app", "launch", "main", "serve"]
