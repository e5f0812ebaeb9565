#!/usr/bin/env python3
"""Writes a GameMaker 2.3+ project for timing `gml check DIR` (load and compile; target: under 1 s).

Usage: gen_project.py OUT_DIR [SCRIPTS] [OBJECTS]   (defaults: 1000 scripts, 200 objects)

Scripts define functions, constructors, enums and macros used across files (each script uses the
next script's macro and enum, defined later in the .yyp order); objects have parents, Object
Variables and Create/Step/Alarm/User events; two rooms place instances. Deterministic, so timings
are comparable between runs. Written for this project; the layout follows GameMaker's.
"""
import os
import sys

out = sys.argv[1]
n_scripts = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
n_objects = int(sys.argv[3]) if len(sys.argv) > 3 else 200


def write(rel, text):
    path = os.path.join(out, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def ref(name, path):
    return '{"name":"%s","path":"%s",}' % (name, path)


resources = []

SCRIPT = """#macro SCALE_{n} ({n} mod 13 + 1)
enum Mode{n} {{ Idle, Walk = 4, Run }}
/// @function step_{n}(value, times)
function step_{n}(value, times = 2) {{
    var total = 0;
    for (var i = 0; i < times; i++) {{
        total += value * SCALE_{m} + Mode{m}.Run;
        if (total > 1000) break;
    }}
    switch (value mod 3) {{
        case 0: return total;
        case 1: return total + array_length([1, 2, 3]);
        default: return string(total) + $"{{value}}";
    }}
}}
function Thing{n}(_a) constructor {{
    a = _a;
    static get = function() {{ return a * SCALE_{n}; }}
}}
global.table_{n} = {{ key: "k{n}", value: step_{n}({n}), items: [Mode{n}.Walk, "x"] }};
"""

for n in range(n_scripts):
    name = "scr_gen_%d" % n
    m = (n + 1) % n_scripts
    write("scripts/%s/%s.yy" % (name, name),
          '{"isDnD":false,"isCompatibility":false,"parent":{"name":"Scripts","path":"folders/Scripts.yy",},'
          '"resourceVersion":"1.0","name":"%s","tags":[],"resourceType":"GMScript",}\n' % name)
    write("scripts/%s/%s.gml" % (name, name), SCRIPT.format(n=n, m=m))
    resources.append(ref(name, "scripts/%s/%s.yy" % (name, name)))

EVENTS = [(0, 0, "Create_0"), (3, 0, "Step_0"), (2, 0, "Alarm_0"), (7, 10, "Other_10")]
for n in range(n_objects):
    name = "obj_gen_%d" % n
    parent = "null" if n % 10 == 0 else ref("obj_gen_%d" % (n - n % 10), "objects/obj_gen_%d/obj_gen_%d.yy" % (n - n % 10, n - n % 10))
    events = ",".join(
        '{"isDnD":false,"eventNum":%d,"eventType":%d,"collisionObjectId":null,"resourceVersion":"1.0","name":"","tags":[],"resourceType":"GMEvent",}' % (num, ty)
        for ty, num, _ in EVENTS)
    props = ('{"varType":0,"value":"%d","rangeEnabled":false,"rangeMin":0.0,"rangeMax":10.0,"listItems":[],"multiselect":false,"filters":[],'
             '"resourceVersion":"1.0","name":"hp_%d","tags":[],"resourceType":"GMObjectProperty",}') % (n, n)
    write("objects/%s/%s.yy" % (name, name),
          '{"spriteId":null,"solid":false,"visible":true,"spriteMaskId":null,"persistent":false,"parentObjectId":%s,'
          '"physicsObject":false,"eventList":[%s,],"properties":[%s,],"overriddenProperties":[],'
          '"parent":{"name":"Objects","path":"folders/Objects.yy",},"resourceVersion":"1.0","name":"%s","tags":[],"resourceType":"GMObject",}\n'
          % (parent, events, props, name))
    s = n % n_scripts
    write("objects/%s/Create_0.gml" % name,
          "speed_now = step_%d(hp_%d, 3);\nthing = new Thing%d(SCALE_%d);\nalarm[0] = Mode%d.Run;\n" % (s, n, s, s, s))
    write("objects/%s/Step_0.gml" % name,
          "if (speed_now > SCALE_%d) {\n    x += 1;\n} else {\n    event_user(0);\n}\n" % s)
    write("objects/%s/Alarm_0.gml" % name, "alarm[0] = thing.get();\n")
    write("objects/%s/Other_10.gml" % name, "y += global.table_%d.items[0];\n" % s)
    resources.append(ref(name, "objects/%s/%s.yy" % (name, name)))

for r in range(2):
    name = "rm_gen_%d" % r
    insts = []
    order = []
    for i in range(50):
        iname = "inst_gen_%d_%d" % (r, i)
        obj = "obj_gen_%d" % ((i * 7 + r) % n_objects)
        insts.append('{"properties":[],"isDnd":false,"objectId":%s,"inheritCode":false,"hasCreationCode":false,"colour":4294967295,'
                     '"rotation":0.0,"scaleX":1.0,"scaleY":1.0,"imageIndex":0,"imageSpeed":1.0,"inheritedItemId":null,"frozen":false,'
                     '"ignore":false,"inheritItemSettings":false,"x":%d.0,"y":%d.0,"resourceVersion":"1.0","name":"%s","tags":[],"resourceType":"GMRInstance",}'
                     % (ref(obj, "objects/%s/%s.yy" % (obj, obj)), i * 8, i * 4, iname))
        order.append(ref(iname, "rooms/%s/%s.yy" % (name, name)))
    write("rooms/%s/%s.yy" % (name, name),
          '{"isDnd":false,"layers":[{"instances":[%s,],"visible":true,"depth":0,"layers":[],"name":"Instances","resourceType":"GMRInstanceLayer",},],'
          '"creationCodeFile":"","instanceCreationOrder":[%s,],"roomSettings":{"Width":1366,"Height":768,"persistent":false,},'
          '"resourceVersion":"1.0","name":"%s","tags":[],"resourceType":"GMRoom",}\n' % (",".join(insts), ",".join(order), name))
    resources.append(ref(name, "rooms/%s/%s.yy" % (name, name)))

write("generated.yyp",
      '{\n  "resources": [\n%s\n  ],\n  "RoomOrderNodes": [%s],\n  "configs": {"name":"Default","children":[],},\n'
      '  "name": "generated",\n  "resourceType": "GMProject",\n  "resourceVersion": "1.4",\n}\n'
      % ("\n".join("    {\"id\":%s,}," % r for r in resources),
         ",".join('{"roomId":%s,}' % ref("rm_gen_%d" % r, "rooms/rm_gen_%d/rm_gen_%d.yy" % (r, r)) for r in range(2))))
print("wrote %s: %d scripts, %d objects, 2 rooms" % (out, n_scripts, n_objects))
