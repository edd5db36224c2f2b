"""What the window and the dialogs share: icons, settings, translations, the instance lock."""
