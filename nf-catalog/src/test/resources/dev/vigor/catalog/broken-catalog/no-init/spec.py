# Every packet goes out of the other device, unchanged.
return 1 - received_on_port, pkt
