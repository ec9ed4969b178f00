"""Errors the core raises, each with a message a user can read as it is."""


class WorkshopError(Exception):
    """Base class of every error the core reports to a user."""


class InvalidInput(WorkshopError):
    """The user gave something the book cannot take (empty text, unknown kind...)."""


class BookError(WorkshopError):
    """A file could not be opened or written as a workshop book."""


class NotABook(BookError):
    """The file is not a workshop book (or is damaged)."""


class NewerBook(BookError):
    """The book was written by a newer version of the app."""


class BookReadOnly(BookError):
    """The book (or its folder) cannot be written."""


class BookLocked(BookError):
    """Another program holds the book."""


class DiskFull(BookError):
    """The disk is full; the last change was not saved."""
