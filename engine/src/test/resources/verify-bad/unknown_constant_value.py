# expect: 2:1: 
EXP_TIME = 30 * 1000 * 1000 * 1000
