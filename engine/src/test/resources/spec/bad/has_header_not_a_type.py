# expect: 2:15: has_header takes a header type
if has_header(ip):
    return DROP
