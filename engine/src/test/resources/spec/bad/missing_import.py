# expect: 2:8: cannot find property nowhere: no nowhere.py or paygo-nowhere.py in
import nowhere
