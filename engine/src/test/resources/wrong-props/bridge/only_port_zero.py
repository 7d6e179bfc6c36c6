# expect: 4
# WRONG on purpose: claims a frame that goes out of port 1 also goes out of port 0 (a frame from
# port 0 to a station on port 1 goes out of port 1 only).
assert mem(0, sent_on_ports) or not mem(1, sent_on_ports)
