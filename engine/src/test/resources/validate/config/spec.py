# IPv4 packets leave on the configured device from the configured address; the rest is dropped.
ip = pop_header(ipv4, on_mismatch=([], []))
eth = pop_header(ether, on_mismatch=([], []))
return ([out_device], [eth, ipv4(ip, saddr=ext_ip, cksum=...)])
