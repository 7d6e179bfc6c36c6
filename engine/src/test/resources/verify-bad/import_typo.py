# expect: 2:8: cannot find property lern
import lern
return DROP
