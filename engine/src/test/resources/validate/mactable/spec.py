# A learning switch whose entries carry a C bool (pinned): read as a condition and written as
# False, as Python would. The spec states it as written; pinned entries do not move.
from state import stations, where

eth = pop_header(ether, on_mismatch=DROP)
stations.expire_all(now - EXPIRY)
src = Station(eth.saddr, 0)
if src in stations:
    i = stations[src]
    stations.refresh_idx(i, now)
    if not where[i].pinned:
        where[i] = Where(False, where[i].unused, received_on_port)
elif not stations.full():
    stations.add(src, the_index_allocated, now)
    where[the_index_allocated] = Where(False, 0, received_on_port)
dst = Station(eth.daddr, 0)
if dst in stations:
    p = where[stations[dst]].port
    if p == received_on_port:
        return DROP
    return p, pkt
return BROADCAST, pkt
