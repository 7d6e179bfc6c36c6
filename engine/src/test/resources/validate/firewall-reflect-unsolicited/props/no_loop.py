# no_loop: whatever the firewall does with a packet, it never sends it back out of the device it
# came in on.
assert not mem(received_on_port, sent_on_ports)
