# part of the cycle_a test
x = 1
import cycle_a
