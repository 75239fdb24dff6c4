// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Estran::Net {

/// A parsed Content-Range header ("bytes 100-199/1000" or "bytes */1000"); -1 where unknown.
struct ContentRange {
    qint64 start = -1;
    qint64 end = -1;
    qint64 total = -1;

    static ContentRange parse(const QByteArray& header);
};

}  // namespace Estran::Net
