# part of the cycle_a test
import cycle_c
