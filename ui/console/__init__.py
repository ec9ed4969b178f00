"""The facilitator window's frame: main window, phase stack, stepper, session list and the book controller."""
