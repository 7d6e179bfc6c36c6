# expect: 2:10: comprehensions are not part of the spec language
ports = [p for p in sent_on_ports]
