#!/usr/bin/env python3
"""Splits a PostgreSQL CPU profile by the kind of work each sample was doing.

  perf record -e cpu-clock -F 199 --call-graph dwarf,16384 -p "$(pgrep -d, -f 'postgres: postgres shequn')" \
      -o /tmp/perf-dw.data -- sleep 15
  perf script -i /tmp/perf-dw.data > /tmp/perf-dw.txt && bench/pg-perf-split.py /tmp/perf-dw.txt

A sample counts under the first kind whose executor frame is on its stack: COPY (split into FK
checks, index insertion, the rest), triggers and PL/pgSQL, subplans of a SELECT, INSERT/UPDATE
(split into the ON CONFLICT check, index insertion, finding the rows), plain SELECTs, commit,
parse/bind/plan, reading the client's messages; anything else by its innermost function.
"""
import collections
import sys


def samples(path):
    stack = []
    for line in open(path, errors="replace"):
        if not line.strip():
            if stack:
                yield stack
            stack = []
        elif line[0] in " \t":
            parts = line.split()
            if len(parts) >= 2:
                stack.append(parts[1].split("+")[0])
        else:
            stack = []
    if stack:
        yield stack


def kind(stack):
    s = set(stack)
    if "DoCopy" in s:
        return "COPY: " + ("FK check" if "ExecCallTriggerFunc" in s else "index insertion" if "ExecInsertIndexTuples" in s else "heap and the rest")
    if "afterTriggerInvokeEvents" in s or "plpgsql_exec_function" in s:
        return "trigger / PL/pgSQL"
    if "ExecSubPlan" in s and "PortalRunSelect" in s:
        return "SELECT: subplans"
    if "ExecModifyTable" in s:
        what = "UPDATE" if "ExecUpdate" in s else "INSERT" if "ExecInsert" in s else "INSERT/UPDATE"
        if "ExecCheckIndexConstraints" in s:
            return what + ": ON CONFLICT check"
        if "ExecInsertIndexTuples" in s:
            return what + ": index insertion"
        if "ExecNestLoop" in s or "ExecHashJoin" in s or "index_getnext_slot" in s:
            return what + ": finding the rows"
        return what + ": the rest"
    if "PortalRunSelect" in s or "FillPortalStore" in s:
        return "SELECT" + (" ... FOR UPDATE" if "ExecLockRows" in s else "")
    if "CommitTransaction" in s or "CommitTransactionCommand" in s:
        return "commit"
    if "exec_parse_message" in s or "exec_bind_message" in s or "pg_plan_queries" in s:
        return "parse / bind / plan"
    if "pq_getbyte" in s or "secure_read" in s or "pq_recvbuf" in s or "pq_getmessage" in s:
        return "reading the client's messages"
    return "other: " + stack[0]


counts = collections.Counter(kind(st) for st in samples(sys.argv[1]))
total = sum(counts.values())
print(f"{total} samples")
for k, v in counts.most_common(25):
    print(f"{100 * v / total:5.1f} %  {k}")
