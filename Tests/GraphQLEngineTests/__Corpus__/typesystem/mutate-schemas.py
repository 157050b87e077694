# Mutates a gen-schemas.py schema to break SDL rules: unknown types and directives, duplicates,
# misplaced or repeated directives, bad directive arguments, wrong-kind extensions, redefinitions.
# usage: python3 mutate-schemas.py SEED  (run from this folder) -> one SDL document on stdout.
import os, random, re, subprocess, sys
seed=int(sys.argv[1]); random.seed(seed)
src=subprocess.run(["python3",os.path.join(os.path.dirname(os.path.abspath(__file__)),"gen-schemas.py"),str(seed),str(seed%6+2)],capture_output=True,text=True).stdout
lines=src.split("\n")
muts=[
 lambda s: s.replace(": Int", ": Intt",1),
 lambda s: s.replace("{ ", "{ f0: Int ",1),
 lambda s: s.replace("type ", "type Query @deprecated ",0) ,
 lambda s: s+"\ntype Query { z: Int }",
 lambda s: s+"\nextend enum T1 { Q }",
 lambda s: s+"\nextend type Nope { a: Int }",
 lambda s: s.replace("@deprecated", "@deprecated @deprecated",1),
 lambda s: s.replace("@deprecated", "@deprecated(reason: 1)",1),
 lambda s: s.replace("@deprecated", "@deprecated(reasn: \"x\")",1),
 lambda s: s.replace("@specifiedBy(url: \"u\")", "@specifiedBy",1),
 lambda s: s+"\ndirective @d on FIELD\ndirective @d on OBJECT",
 lambda s: s+"\nschema { query: Query query: Query }",
 lambda s: s.replace("enum E", "scalar E",1),
 lambda s: s.replace("A B", "A A",1),
 lambda s: s.replace("a0:", "a0: Int, a0:",1),
 lambda s: s.replace(" = ", " = {x: 1, x: 2} # ",1),
 lambda s: s+"\ndirective @r(x: Int!) repeatable on OBJECT\nextend type Query @r @r(x: 1) @r(y: 2)",
 lambda s: s+"\nscalar String\nextend scalar String @specifiedBy(url: \"x\")",
 lambda s: s.replace("implements", "implements Query &",1),
 lambda s: s+"\nextend schema { mutation: Query }",
]
for _ in range(random.randint(1,3)):
    src=random.choice(muts)(src)
print(src)
