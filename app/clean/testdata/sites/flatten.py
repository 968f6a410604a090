# flatten.py writes HTML pages as a simple scraper flattens them to text: one
# line per block element, the text of inline elements run together, scripts
# and styles left out. Usage (from app/clean/testdata/sites):
#   python3 flatten.py ../../../extract/testdata/sites/*.page
# writes flat-NAME.txt beside it for each NAME.page.
import sys, html.parser, re, os
BLOCK = set("p div h1 h2 h3 h4 h5 h6 li ul ol header footer nav section article aside main figure figcaption blockquote table tr td th br dt dd form button time address pre hr title label".split())
SKIP = set("script style noscript svg template iframe".split())
class F(html.parser.HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.lines=[]; s.cur=[]; s.skip=0
    def flush(s):
        t=re.sub(r"\s+"," ","".join(s.cur)).strip()
        if t: s.lines.append(t)
        s.cur=[]
    def handle_starttag(s,tag,a):
        if tag in SKIP: s.skip+=1
        if tag in BLOCK: s.flush()
        if tag=="img":
            pass
    def handle_endtag(s,tag):
        if tag in SKIP: s.skip=max(0,s.skip-1)
        if tag in BLOCK: s.flush()
    def handle_data(s,d):
        if not s.skip: s.cur.append(d)
for p in sys.argv[1:]:
    raw=open(p,'rb').read()
    try: txt=raw.decode('utf-8')
    except: txt=raw.decode('cp1251')
    f=F(); f.feed(txt); f.flush()
    out='flat-'+os.path.basename(p).replace('.page','.txt')
    open(out,'w').write("\n".join(f.lines)+"\n")
