"""Where the room can listen: this computer's IPv4 addresses on its network interfaces."""

from __future__ import annotations

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface


def room_addresses() -> list[tuple[str, str]]:
    """(interface name, address) of every interface that is up, loopback left out."""
    found: list[tuple[str, str]] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        up = interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning
        if not up or interface.flags() & flags.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append((interface.humanReadableName(), ip.toString()))
    return found
