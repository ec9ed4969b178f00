"""Start-up and whole-app concerns: the command entry point, QApplication set-up, crash reporting, the self-test."""
