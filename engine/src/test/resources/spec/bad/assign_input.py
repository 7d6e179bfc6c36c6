# expect: 3:5: cannot assign to the input now
if packet_size > 0:
    now = 5
