# expect: 2:1: cannot assign to the input packet_size
packet_size += 4
