# expect: 2:1: 'from state import *' is not allowed
from state import *
