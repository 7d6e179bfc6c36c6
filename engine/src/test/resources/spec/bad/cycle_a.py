# expect: cycle_c.py:3:8: import cycle: cycle_a.py imports cycle_b.py imports cycle_c.py imports cycle_a.py; remove one of these imports
import cycle_b
