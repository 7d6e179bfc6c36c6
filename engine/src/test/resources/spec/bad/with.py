# expect: 2:1: with is not part of the spec language
with now:
    pass
