"""The main window and its parts: navigation, the commitment, the answer form, autosave timers."""
