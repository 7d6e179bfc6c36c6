# expect: 6
# WRONG on purpose: claims replies always go to LAN device 0 (they go to the device the flow's
# latest packet came from, which may be 1).
import flow_refresh  # defines WAN_DEVICE, flows, and flow (a reply's flow as the LAN opened it)
if received_on_port == WAN_DEVICE and flow in flows:
    return 0, pkt
else:
    pass
