# A heartbeat (anything arriving from a backend's side) is never forwarded or answered.
# Original: viglb/paygo-heartbeat_no_reply.py
EXT_DEVICE = 2

if received_on_port != EXT_DEVICE:
    return DROP
else:
    pass
