# expect: 3:5: wrong number of arguments: record StaticKey has 2 fields (addr, device), 1 given
# mode: nf
k = StaticKeyc(5)
