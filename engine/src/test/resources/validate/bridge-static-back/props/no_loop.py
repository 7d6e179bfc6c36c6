# no_loop: whatever the bridge does with a frame, it never sends it back out of the port it came
# in on.
assert not mem(received_on_port, sent_on_ports)
