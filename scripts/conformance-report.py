#!/usr/bin/env python3
"""Walks ../shared/docs/conformance/device-checklist.tsv against the test sources.

A row is *in scope* when Profile S or T marks it mandatory (M) or makes it conditional on a
feature the virtual camera advertises (FEATURES below; keep it honest: a feature listed here is
one the camera really offers). A row counts as *tested* when a test method name carries its ID
with underscores (DEVICE-1-1-1 -> DEVICE_1_1_1). Prints a Markdown report; with --check, exits
non-zero when an in-scope row of a service in --services is untested.

usage: scripts/conformance-report.py [--services DEVICE,MEDIA,...] [--check] > docs/conformance.md
"""
import argparse, csv, os, re, sys

FEATURES = {
    "Media1 streaming", "Media2 streaming", "Media1 service", "Media2 service", "PTZ",
    "DeviceIO service", "monitoring event advertised", "service advertised", "RelayOutputs",
    "Media1+PTZ", "Media2+PTZ", "Imaging+Focus", "FocusControl", "Imaging", "DM RelayOutputs cap",
    "H.264", "H.265", "GetServices", "GetCapabilities", "PTZ+AbsoluteMove", "PTZ+Presets",
    "PTZ+HomePosition", "PTZ+HomePosition(Configurable)", "PTZ+ContinuousMove", "PTZ+RelativeMove",
    "PTZ+SpeedSpace", "PTZ+AuxCommands", "AuxiliaryCommands", "AuxiliaryCommands cap",
    "RTP_RTSP_TCP", "H.264+RTP_RTSP_TCP", "H.265+RTP_RTSP_TCP", "Imaging event", "DigitalInputs",
    "Bye", "MessageContentFilter", "HttpDigest", "GetSnapshotUri supported", "MaxPullPoints cap",
    "UsernameToken cap", "Media1 also present", "GetServices+PTZ", "GetServices+Imaging",
    "DeviceIO", "NTP",
    "Image Too Dark event, at least one tampering event required",
    "Image Too Bright event, at least one tampering event required",
    "Image Too Blurry event, at least one tampering event required",
    "Global Scene Change event, at least one tampering event required",
    "MotionRegionDetector", "metadata/event streaming",
}
# Rows in scope by the rule above that do not apply to the virtual camera, with the reason.
NOT_APPLICABLE = {
    **{f"DEVICE-1-1-{n}": "the service is not implemented, so not advertised (GetServices)"
       for n in range(20, 30)},
    "DEVICE-8-1-1": "auxiliary commands are offered by the PTZ service (PTZ-*), not the device service",
    "DEVICE-9-1-9": "no fan: FanFailure is not advertised (test asserts it)",
    "DEVICE-9-1-10": "no power supply monitor: not advertised (test asserts it)",
    "DEVICE-9-1-12": "no temperature sensor: not advertised (test asserts it)",
    "MEDIA2-1-1-8": "Profile M scope only; the virtual camera claims S and T",
    "MEDIA2-1-1-9": "Profile M scope only; the virtual camera claims S and T",
    "MEDIA2-2-4-1": "video source modes are not offered (VideoSourceMode=false)",
    "MEDIA2-2-4-2": "video source modes are not offered (VideoSourceMode=false)",
    "MEDIA2-9-1-1": "no analytics configurations under Media2 (not in ConfigurationsSupported)",
    "MEDIA2-9-1-2": "no analytics configurations under Media2 (not in ConfigurationsSupported)",
    "MEDIA2-9-1-3": "no analytics configurations under Media2 (not in ConfigurationsSupported)",
    "PTZ-5-1-2": "the dome's home is configurable (FixedHomePosition=false)",
    "MEDIA2_PTZ-3-1-2": "the dome's home is configurable (FixedHomePosition=false)",
    "IMAGING-2-1-10": "every focus move type is supported, so there is no unsupported move",
    "RTSS-4-1-3": "events are not written into the Media1 metadata stream (it carries analytics "
                  "frames and PTZ status); events are offered through the event service only",
    "IPCONFIG-1-1-3": "needs a DHCP server on the test network; a simulated device has none",
}
# Features the virtual camera does not offer (and does not advertise): a row whose title or run
# condition names one does not run against it.
UNSUPPORTED = ["audio", "mpeg4", "ipv6", "multicast", "g.711", "g.726", "aac", "websocket",
               "backchannel", "osd", "mask", "serial port", "zero configuration", "dynamic dns",
               "ip filter", "ipfilter", "dot11", "access policy", "certificate", "tls",
               "replay", "recording", "receiver", "analytics service", "metadata streaming (rtp-multicast"]


def unsupported(row):
    text = (row["title"] + " " + row["run_condition"]).lower()
    for f in UNSUPPORTED:
        if f in text:
            return f"needs {f}, which the virtual camera does not offer or advertise"
    return None


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def in_scope(mandatory):
    for part in mandatory.split(";"):
        part = part.strip()
        m = re.match(r"^(S|T):\s*(M\b.*|C\((.*)\)|R\((.*)\))", part)
        if not m:
            continue
        if m.group(2).startswith("M"):
            return True
        cond = m.group(3) or m.group(4)
        if cond in FEATURES:
            return True
    return False


def ids_in_name(name):
    """IDs a test method name claims: DEVICE_2_1_4_to_9, DEVICE_2_1_25_28_30, MEDIA_2_2_1_and_2_3_1,
    X_1_1_2_and_X_3_1_2, DISCOVERY_2_1_x (every row of 2-1). Lower-case words end the list."""
    out, t, i, prefix = [], name.split("_"), 0, None
    num = lambda k: k < len(t) and t[k].isdigit()
    while i < len(t):
        if re.fullmatch(r"[A-Z][A-Z0-9]*", t[i]):
            prefix = t[i]
            if i + 1 < len(t) and re.fullmatch(r"[A-Z]+", t[i + 1]) and not num(i + 1):
                prefix += "_" + t[i + 1]
                i += 1
            i += 1
            if num(i) and num(i + 1) and (num(i + 2) or (i + 2 < len(t) and t[i + 2] == "x")):
                if t[i + 2] == "x":
                    out.append(f"{prefix}-{t[i]}-{t[i+1]}-*")
                else:
                    out.append(f"{prefix}-{t[i]}-{t[i+1]}-{t[i+2]}")
                i += 3
            continue
        if prefix is None or not out:
            i += 1
            continue
        head, last = out[-1].rsplit("-", 1)
        if t[i] == "to" and i + 1 < len(t) and re.fullmatch(r"[A-Z][A-Z0-9]*", t[i + 1]):
            i += 1  # "to_PTZ_7_4_4": the prefix again; the triple follows
            if i + 1 < len(t) and re.fullmatch(r"[A-Z]+", t[i + 1]) and not num(i + 1):
                i += 1
            t[i] = "to"
        if t[i] == "to" and num(i + 1) and num(i + 2) and num(i + 3):
            out.append(f"RANGE {out[-1]} {prefix}-{t[i+1]}-{t[i+2]}-{t[i+3]}")
            i += 4
        elif t[i] == "to" and num(i + 1):
            out.extend(f"{head}-{n}" for n in range(int(last) + 1, int(t[i + 1]) + 1))
            i += 2
        elif t[i] == "and" and num(i + 1) and num(i + 2) and num(i + 3):
            out.append(f"{prefix}-{t[i+1]}-{t[i+2]}-{t[i+3]}")
            i += 4
        elif t[i] == "and" and num(i + 1):
            out.append(f"{head}-{t[i+1]}")
            i += 2
        elif num(i):
            out.append(f"{head}-{t[i]}")
            i += 1
        elif t[i] == "and":
            i += 1
        else:
            break
    return out


def tested_ids(order):
    """Test per claimed ID; `order` (checklist IDs in order) resolves ranges across groups."""
    ids = {}
    method = re.compile(r"void\s+(\w+)\s*\(")
    for d, _, files in os.walk(ROOT):
        if "/src/test/" not in d + "/" or "/target" in d:
            continue
        for f in files:
            if f.endswith(".java"):
                text = open(os.path.join(d, f), encoding="utf-8").read()
                for m in method.finditer(text):
                    for i in ids_in_name(m.group(1)):
                        claimed = [i]
                        if i.startswith("RANGE "):
                            _, a, b = i.split()
                            if a in order and b in order:
                                claimed = order[order.index(a):order.index(b) + 1]
                            else:
                                claimed = []
                        for c in claimed:
                            ids.setdefault(c, f[:-5] + "." + m.group(1))
    return ids


def covered(ids, row_id):
    if row_id in ids:
        return ids[row_id]
    return ids.get(row_id.rsplit("-", 1)[0] + "-*")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--services", default="")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    rows = list(csv.DictReader(open(os.path.join(a.shared, "docs/conformance/device-checklist.tsv"),
                                    encoding="utf-8"), delimiter="\t"))
    ids = tested_ids([r["id"] for r in rows])
    groups = {}
    for r in rows:
        if in_scope(r["mandatory"]):
            prefix = r["id"].rsplit("-", 3)[0]
            groups.setdefault(prefix, []).append(r)
    print("# Device conformance walk\n")
    print("Generated by `scripts/conformance-report.py` from the device checklist: rows that Profile S")
    print("or T makes mandatory, or conditional on a feature the virtual camera advertises, and the")
    print("test that covers each (test methods carry the ID).\n")
    print("| group | in scope | tested | not applicable | not yet |\n|---|---|---|---|---|")
    for g, rs in sorted(groups.items()):
        na = sum(1 for r in rs if r["id"] in NOT_APPLICABLE or unsupported(r))
        t = sum(1 for r in rs if covered(ids, r["id"])
                and not (r["id"] in NOT_APPLICABLE or unsupported(r)))
        print(f"| {g} | {len(rs)} | {t} | {na} | {len(rs) - t - na} |")
    missing = []
    print("\n## Rows\n\n| id | title | test |\n|---|---|---|")
    for g, rs in sorted(groups.items()):
        for r in rs:
            na = NOT_APPLICABLE.get(r["id"]) or unsupported(r)
            t = None if na else covered(ids, r["id"])
            shown = t or (f"n/a: {na}" if na else "**not yet**")
            print(f"| {r['id']} | {r['title']} | {shown} |")
            if not t and not na and (not a.services or g in a.services.split(",")):
                missing.append(r["id"])
    if a.check and missing:
        print("untested: " + " ".join(missing), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
