# expect: 2:5: len(...) is a Python builtin
x = len(sent_on_ports)
