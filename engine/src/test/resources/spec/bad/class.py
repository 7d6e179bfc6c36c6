# expect: 2:1: class is not part of the spec language
class Flow:
    pass
