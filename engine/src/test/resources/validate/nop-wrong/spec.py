# WRONG on purpose: claims the NOP sends every packet back where it came from.
return received_on_port, pkt
