"""The room: phones join a session over the local network (core, no Qt).

``security`` makes join codes and device tokens and limits join attempts,
``protocol`` checks every request a phone sends, ``room`` holds the phones and
turns their requests into the book's named operations, ``dispatch`` hands those
operations to the thread that owns the book, ``server`` is the aiohttp server,
``watch`` notices other programs' changes to the book file.
"""
