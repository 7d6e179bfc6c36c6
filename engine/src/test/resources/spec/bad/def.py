# expect: 2:1: def is not part of the spec language
def forward(port):
    return port, pkt
