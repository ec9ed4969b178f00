"""Commands: the action registry, one module per menu (File, Edit, View, Session, Capture, Export, Help) and the export glue."""
