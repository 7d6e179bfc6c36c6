# reply_forward: a packet from the WAN that answers an open flow goes, unchanged, to the LAN
# device recorded for that flow, and only there.
import flow_refresh  # defines WAN_DEVICE, flows, and flow (a reply's flow as the LAN opened it)
from state import flow_devices

if received_on_port == WAN_DEVICE and flow in flows:
    return flow_devices[flows[flow]].device, pkt
else:
    pass

# Parity: states the behaviour of the original Vigor vigfw/paygo-reply_forward.py (see nf-catalog/README.md).
