"""An oracle for Klockan's answers at any instant that isn't java.time: Python's zoneinfo on the
shipped tz release's compiled (TZif) files, and TC39 Temporal's disambiguation written over it.

    python3 zoneinfo_oracle.py ZONEINFO_DIR CASES.tsv > ANSWERS.tsv

Each line of CASES is one of
    I <tab> zone <tab> epoch seconds <tab> microseconds   the time in zone at that instant
    C <tab> zone <tab> local date-time <tab> option       the instant a wall-clock time stands for
and each line of ANSWERS answers the line of CASES at the same place:
    offset <tab> dst seconds <tab> abbreviation <tab> datetime <tab> day of week (Sunday 0) <tab> day of year <tab> ISO week
    exact|gap|overlap <tab> epoch seconds <tab> microseconds     or     reject <tab> gap|overlap
"""
import sys
import zoneinfo
from datetime import datetime, timedelta, timezone

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
DAY = timedelta(days=1)


def instants(zone, local):
    """Every instant the wall-clock time stands for in zone: none (a gap), one, or two (an overlap)."""
    found = set()
    for fold in (0, 1):
        at = local.replace(tzinfo=zone, fold=fold).astimezone(timezone.utc)
        if at.astimezone(zone).replace(tzinfo=None) == local:
            found.add(at)
    return sorted(found)


def offset_at(zone, instant):
    return instant.astimezone(zone).utcoffset()


def resolve(zone, local, option):
    """Temporal's DisambiguatePossibleEpochNanoseconds, step by step."""
    possible = instants(zone, local)
    if len(possible) == 1:
        return 'exact', possible[0]
    kind = 'overlap' if possible else 'gap'
    if option == 'reject':
        return 'reject', kind
    if possible:
        return kind, possible[-1] if option == 'later' else possible[0]
    as_utc = local.replace(tzinfo=timezone.utc)
    gap = offset_at(zone, as_utc + DAY) - offset_at(zone, as_utc - DAY)
    if option == 'earlier':
        return kind, instants(zone, local - gap)[0]
    return kind, instants(zone, local + gap)[-1]


def main(path, cases):
    zoneinfo.reset_tzpath([path])
    zones = {}
    out = sys.stdout
    for line in open(cases, encoding='utf-8'):
        kind, name, first, second = line.rstrip('\n').split('\t')
        zone = zones.get(name) or zones.setdefault(name, zoneinfo.ZoneInfo(name))
        if kind == 'I':
            local = (EPOCH + timedelta(seconds=int(first), microseconds=int(second))).astimezone(zone)
            offset = int(local.utcoffset().total_seconds())
            dst = int(local.dst().total_seconds())
            out.write('%d\t%d\t%s\t%s\t%d\t%d\t%d\n' % (offset, dst, local.tzname(),
                                                        local.isoformat(timespec='microseconds'),
                                                        local.isoweekday() % 7, local.timetuple().tm_yday,
                                                        local.isocalendar()[1]))
        else:
            result, value = resolve(zone, datetime.fromisoformat(first), second)
            if result == 'reject':
                out.write('reject\t%s\n' % value)
            else:
                since = value - EPOCH
                seconds = since.days * 86400 + since.seconds
                out.write('%s\t%d\t%d\n' % (result, seconds, since.microseconds))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
