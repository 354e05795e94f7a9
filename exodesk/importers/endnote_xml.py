NAME = "endnote_xml"
LABEL = ""

def detect(source):
    return 0.0
