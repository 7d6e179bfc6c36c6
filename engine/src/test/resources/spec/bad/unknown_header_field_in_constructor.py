# expect: 3:23: ipv4 headers have no field ttl2
h = pop_header(ipv4, on_mismatch=DROP)
return ([1], [ipv4(h, ttl2=3)])
