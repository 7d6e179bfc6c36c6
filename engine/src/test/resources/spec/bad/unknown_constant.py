# expect: 2:24: unknown constant WAN_PORT
if received_on_port == WAN_PORT:
    pass
