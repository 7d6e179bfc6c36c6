# expect: 3:4: limit is used before it is assigned; assign it above this line
h = pop_header(ipv4, on_mismatch=DROP)
if limit > h.len:
    pass
limit = 1500
