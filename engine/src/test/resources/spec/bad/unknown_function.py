# expect: 2:5: unknown function checksum
x = checksum(1, 2)
