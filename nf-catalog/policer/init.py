# The policer's tables after nf_init: no host has a bucket yet. Importing the tables and adding
# nothing says they are empty.
from state import dsts, buckets
