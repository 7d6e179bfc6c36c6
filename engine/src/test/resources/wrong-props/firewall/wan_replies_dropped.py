# expect: 7
# WRONG on purpose: claims replies from the WAN are always dropped (one that answers an open flow
# goes to the LAN device the flow came from).
WAN_DEVICE = 2

if received_on_port == WAN_DEVICE:
    return DROP
else:
    pass
