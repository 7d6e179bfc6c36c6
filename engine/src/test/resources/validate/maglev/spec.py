from state import servers, table

ip = pop_header(ipv4, on_mismatch=DROP)
if received_on_port == 4:
    s = Server(ip.saddr)
    if s not in servers and not servers.full():
        servers.add(s, the_index_allocated, now)
    return DROP
p = Pair(ip.saddr, ip.daddr)
if servers.exists_with_cht(table, _Pair_hash(p)):
    return servers.choose_with_cht(table, _Pair_hash(p)), pkt
else:
    return DROP
