# expect: 2:1: print is not part of the spec language
print now
