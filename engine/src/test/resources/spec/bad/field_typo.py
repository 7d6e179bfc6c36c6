# expect: 3:16: ipv4 headers have no field dadr; did you mean daddr?
ip = pop_header(ipv4, on_mismatch=DROP)
if ip.ttl + ip.dadr > 0:
    pass
