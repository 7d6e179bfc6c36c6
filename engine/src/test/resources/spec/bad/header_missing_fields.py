# expect: 2:15: ether(...) without a base header must give every field; missing type
return ([1], [ether(saddr=1, daddr=...)])
