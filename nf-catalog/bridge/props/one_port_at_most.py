# one_port_at_most: on two ports, a bridge sends a frame out of one port or none, never both:
# with no loop back to the input port, "flood" is the other port alone.
# Says nothing about which port, or about the tables.
assert sent_on_ports == [] or sent_on_ports == [0] or sent_on_ports == [1]
