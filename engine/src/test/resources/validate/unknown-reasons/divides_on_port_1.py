# NOP, but the spec divides by zero for packets from device 1: its values mean nothing there.
x = 10 // (received_on_port - 1)
if received_on_port == 0:
    return 1, pkt
else:
    return 0, pkt
