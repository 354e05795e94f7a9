NAME = "csl_json"
LABEL = ""

def detect(source):
    return 0.0
