# MAC-learning bridge (in the style of Fig. 3 of the Vigor paper):
# learn the source, obey the static table, forward known destinations, flood the rest.
from state import dyn_emap, dyn_vals, stat_map
EXP_TIME = 300 * 1000 * 1000 * 1000

h = pop_header(ether, on_mismatch=([], []))
dyn_emap.expire_all(now - EXP_TIME)

if h.saddr in dyn_emap:
    dyn_emap.refresh_idx(dyn_emap[h.saddr], now)
elif not dyn_emap.full():
    dyn_emap.add(h.saddr, the_index_allocated, now)
    dyn_vals[the_index_allocated] = DynamicValue(received_on_port)

key = StaticKeyc(h.daddr, received_on_port)
if stat_map.has(key):
    out = stat_map[key]
    if out == received_on_port:
        return ([], [])
    return ([out], [ether(h)])
if h.daddr in dyn_emap:
    dst = dyn_vals[dyn_emap[h.daddr]]
    if dst.output_port == received_on_port:
        return DROP
    return ([dst.output_port], [ether(h)])
return BROADCAST, pkt
