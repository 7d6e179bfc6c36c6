# expect: 2:1: only 'from state import a, b' is allowed
from os import path
