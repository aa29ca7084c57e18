"""Keep web capture off the user's own network.

A public page can redirect to, or name an image on, ``127.0.0.1``, a router at
``192.168.1.1`` or a cloud metadata service at ``169.254.169.254``; what such an address
returns would be stored and published.  So every connection the capture opens is checked
on the address actually connected to (DNS may answer a public name with a private
address), on every hop, for pages, images, favicons and oEmbed alike.  The user can allow
local addresses (Preferences, or ``STORYWEAVER_ALLOW_LOCAL_ADDRESSES=1``, which the test
suite sets for its 127.0.0.1 servers).
"""

from __future__ import annotations

import ipaddress
import os

ENV = "STORYWEAVER_ALLOW_LOCAL_ADDRESSES"


def allowed_by_environment() -> bool:
    return os.environ.get(ENV, "").strip() == "1"


def is_public(ip: str) -> bool:
    """Whether ``ip`` is a global address (not loopback, private, link-local, reserved, ...)."""
    try:
        address = ipaddress.ip_address(ip.split("%")[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return bool(address.is_global) and not address.is_multicast


def literal_host(host: str) -> str | None:
    """The address written in ``host`` itself (``[::1]``, ``127.0.0.1``), or None for a name."""
    bare = host.strip("[]")
    try:
        return str(ipaddress.ip_address(bare.split("%")[0]))
    except ValueError:
        return None
