// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentrange.h"

namespace Estran::Net {

ContentRange ContentRange::parse(const QByteArray& header)
{
    ContentRange r;
    QByteArray v = header.trimmed();
    if (!v.startsWith("bytes")) return r;
    v = v.mid(5).trimmed();
    const qsizetype slash = v.indexOf('/');
    if (slash < 0) return r;
    bool ok = false;
    const qint64 total = v.mid(slash + 1).toLongLong(&ok);
    if (ok) r.total = total;
    const QByteArray span = v.left(slash);
    const qsizetype dash = span.indexOf('-');
    if (dash > 0) {
        bool okStart = false, okEnd = false;
        const qint64 start = span.left(dash).toLongLong(&okStart);
        const qint64 end = span.mid(dash + 1).toLongLong(&okEnd);
        if (okStart && okEnd) {
            r.start = start;
            r.end = end;
        }
    }
    return r;
}

}  // namespace Estran::Net
