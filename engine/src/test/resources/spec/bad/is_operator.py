# expect: 2:4: 'is' and 'is not' are not part of the spec language
if now is 5:
    pass
