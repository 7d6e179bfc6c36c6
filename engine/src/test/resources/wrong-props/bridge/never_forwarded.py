# expect: 4
# WRONG on purpose: claims a frame goes out of both ports or of neither (a frame never goes back
# out of the port it came in on, so whatever the bridge sends goes out of exactly one port).
assert mem(0, sent_on_ports) == mem(1, sent_on_ports)
