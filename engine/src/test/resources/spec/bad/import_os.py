# expect: 2:8: cannot find property os
import os
