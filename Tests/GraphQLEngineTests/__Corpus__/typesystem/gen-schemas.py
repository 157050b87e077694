# Random schema generator for the differential corpus (generated.graphql).
# usage: python3 gen-schemas.py SEED TYPE_COUNT  -> one SDL document on stdout.
# Types of every kind reference each other at random, with random wrappers, descriptions,
# deprecations, default values (some invalid), @oneOf, @specifiedBy, implementations and
# extensions, so that a good share of the schemas break some rule.
import random, sys
random.seed(int(sys.argv[1]))
N=int(sys.argv[2])
scalars=["Int","Float","String","Boolean","ID"]
def name(p): return p+str(random.randint(0,5))
def wrap(t):
    r=random.random()
    if r<0.2: t=t+"!"
    if random.random()<0.2: t="["+t+"]"
    if random.random()<0.15: t=t+"!"
    return t
def desc():
    r=random.random()
    if r<0.1: return '"d%d" '%random.randint(0,9)
    if r<0.15: return '"""\n  multi\n  line\n""" '
    return ""
def deprecated():
    r=random.random()
    if r<0.08: return " @deprecated"
    if r<0.12: return ' @deprecated(reason: "r")'
    return ""
def default(t):
    base=t.strip("[]!")
    if random.random()<0.7: return ""
    vals={"Int":["1","-3","2147483648","1.5","\"x\"","null"],"Float":["1","1.5","2e3","\"x\""],"String":["\"s\"","1","null"],"Boolean":["true","0"],"ID":["\"1\"","7","\"a\""]}
    if base in vals: v=random.choice(vals[base])
    elif base.startswith("E"): v=random.choice(["A","B","Z","\"A\""])
    elif base.startswith("In"): v=random.choice(["{}","{a: 1}","{f0: 1}","null"])
    else: v="1"
    if "[" in t and random.random()<0.5: v="["+v+"]"
    return " = "+v
out=[]
kinds=[]
for i in range(N):
    k=random.choice(["type","type","interface","union","enum","input","scalar"])
    kinds.append(k)
def tname(k,i): return {"type":"T","interface":"I","union":"U","enum":"E","input":"In","scalar":"S"}[k]+str(i)
names=[tname(k,i) for i,k in enumerate(kinds)]
outputs=[n for n,k in zip(names,kinds) if k!="input"]+scalars
inputs=[n for n,k in zip(names,kinds) if k in("input","enum","scalar")]+scalars
ifaces=[n for n,k in zip(names,kinds) if k=="interface"]
objs=[n for n,k in zip(names,kinds) if k=="type"]
def fields(input=False):
    fs=[]
    for j in range(random.randint(0,4)):
        if input:
            t=wrap(random.choice(inputs if random.random()<0.95 else outputs))
            fs.append(desc()+"f%d: %s%s%s"%(j,t,default(t),deprecated()))
        else:
            t=wrap(random.choice(outputs if random.random()<0.95 else inputs))
            args=""
            if random.random()<0.3:
                a=[]
                for k in range(random.randint(1,2)):
                    at=wrap(random.choice(inputs))
                    a.append(desc()+"a%d: %s%s%s"%(k,at,default(at),deprecated()))
                args="("+", ".join(a)+")"
            fs.append(desc()+"f%d%s: %s%s"%(j,args,t,deprecated()))
    return fs
for n,k in zip(names,kinds):
    if k in("type","interface"):
        impl=random.sample(ifaces,min(len(ifaces),random.randint(0,2))) if ifaces and random.random()<0.5 else []
        imp=" implements "+" & ".join(impl) if impl else ""
        out.append(desc()+"%s %s%s { %s }"%(k,n,imp," ".join(fields())) if True else "")
    elif k=="union":
        mem=random.sample(objs,min(len(objs),random.randint(1,2))) if objs else []
        if random.random()<0.1 and ifaces: mem.append(ifaces[0])
        out.append(desc()+"union %s = %s"%(n," | ".join(mem) or "Query"))
    elif k=="enum":
        out.append(desc()+"enum %s { A B%s C }"%(n,deprecated()))
    elif k=="input":
        one=" @oneOf" if random.random()<0.15 else ""
        out.append(desc()+"input %s%s { %s }"%(n,one," ".join(fields(True))))
    else:
        out.append(desc()+"scalar %s%s"%(n,' @specifiedBy(url: "u")' if random.random()<0.3 else ""))
    if random.random()<0.1 and k in("type","interface","enum","input","union"):
        kw={"type":"type","interface":"interface","enum":"enum","input":"input","union":"union"}[k]
        body={"type":"{ x: Int }","interface":"{ y: Int }","enum":"{ X }","input":"{ z: Int }","union":"= "+(objs[0] if objs else "Query")}[k]
        out.append("extend %s %s %s"%(kw,n,body))
out.append("type Query { %s }"%" ".join("q%d: %s"%(i,n) for i,n in enumerate(outputs[:6])))
print("\n".join(out))
