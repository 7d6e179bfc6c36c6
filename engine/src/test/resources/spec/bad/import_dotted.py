# expect: 2:8: 'import os.path': only properties can be imported
import os.path
