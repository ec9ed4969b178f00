"""The addresses this machine can be reached at on the local network (IPv4)."""

from __future__ import annotations

import contextlib
import socket


def primary_address() -> str | None:
    """The address of the interface the default route leaves by (no packet is sent)."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("10.255.255.255", 1))
        address = probe.getsockname()[0]
        if not address.startswith(("127.", "0.")):
            return address
    return None


def local_addresses() -> list[str]:
    """Non-loopback IPv4 addresses, the primary one first."""
    found: list[str] = []
    primary = primary_address()
    if primary:
        found.append(primary)
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = str(info[4][0])
            if not address.startswith(("127.", "0.")) and address not in found:
                found.append(address)
    return found
