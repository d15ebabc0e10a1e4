# Deterministic inputs for memdebug's pprof cross-checks (see README.md beside the outputs).
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (1 << 31)
    return (seed >> 16) % n

MS = 1_000_000
hdr = "type cpu\nunit nanoseconds\nduration 10000000000\ntime 1764000000000000000\nfile hot.jar\n"
lines = []
# main -> hotA (no flat) -> 200 leaves; main -> hotB (no flat) -> 100 leaves; main -> 40 cold functions; main's own
for i in range(200):
    v = (1 + rnd(60)) * MS if i % 7 else (40 + rnd(200)) * MS
    lines.append(f"sample {v} com.example.App.main;com.example.Hot.hotA;com.example.leaf.A{i:03d}.work")
for i in range(100):
    v = (1 + rnd(40)) * MS
    lines.append(f"sample {v} com.example.App.main;com.example.Hot.hotB;com.example.leaf.B{i:03d}.work")
for i in range(40):
    v = (1 + rnd(5)) * MS
    lines.append(f"sample {v} com.example.App.main;com.example.Cold.c{i:02d}")
lines.append(f"sample {30*MS} com.example.App.main")
open("hot.txt","w").write(hdr + "\n".join(lines) + "\n")

open("recursion.txt","w").write("""type cpu
unit nanoseconds
duration 1000000000
time 1764000000000000000
file rec.jar
sample 100000000 a;b;a;b
sample 50000000 a;b;a
sample 25000000 c;a;a
sample 5000000 c
""")

al = ["type alloc", "unit bytes", "duration 2000000000", "time 1764000000000000000", "file alloc.jar"]
types = ["byte[]", "java.lang.String", "int[]", "java.util.HashMap$Node", "java.lang.Object[]", "com.example.Order"]
callers = ["com.example.Parser.parse", "com.example.Cache.put", "com.example.Order.<init>", "java.util.Arrays.copyOf"]
for i in range(60):
    c = callers[rnd(len(callers))]
    t = types[rnd(len(types))]
    v = (1 + rnd(4000)) * 1024 + rnd(1024)
    al.append(f"sample {v} java.lang.Thread.run;com.example.Worker.loop;{c};{t}")
al.append("sample 512 java.lang.Thread.run;com.example.Tiny.alloc;byte[]")
al.append("sample 700 java.lang.Thread.run;com.example.Tiny.alloc;java.lang.Long")
open("alloc.txt","w").write("\n".join(al) + "\n")

un = ["type cpu", "unit nanoseconds", "duration 60000000000", "time 1764000000000000000", "file units.jar",
      "sample 41520000000 main;big", "sample 10000000 main;small", "sample 250000000 main;mid", "sample 3000 main;tiny"]
open("units.txt","w").write("\n".join(un) + "\n")

co = ["type events", "unit count", "duration 5000000000", "time 1764000000000000000", "file count.jar"]
for i in range(30):
    co.append(f"sample {1 + rnd(500)} main;f{rnd(8)};g{i}")
open("counts.txt","w").write("\n".join(co) + "\n")

em = ["type cpu", "unit nanoseconds", "duration 1000000000", "time 1764000000000000000", "file empty.jar",
      "sample 600000000 ", "sample 300000000 main;work", "sample 4000000 main;edge", "sample 1000000 main;small"]
open("empty.txt","w").write("\n".join(em) + "\n")

ti = ["type cpu", "unit nanoseconds", "duration 1000000000", "time 1764000000000000000", "file ties.jar"]
for n in ["z", "a", "Z", "\u00e9", "\uff21", "\U0001F600", "y"]:
    ti.append(f"sample 10000000 root;{n}")
ti.append("sample 5000000 root;y;v")
open("ties.txt","w").write("\n".join(ti) + "\n")
