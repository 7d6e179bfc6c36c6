# expect: 2:8: lambda is not part of the spec language
pick = lambda p: p + 1
