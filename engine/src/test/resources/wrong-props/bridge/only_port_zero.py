# expect: 4
# WRONG on purpose: claims every frame that is sent anywhere goes out of port 0 (frames from
# port 0 go to port 1).
assert sent_on_ports == [] or mem(0, sent_on_ports)
