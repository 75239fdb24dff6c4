// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The text form of `qstat -f` / `qstat -Q -f`, written from a recorded `-F json` document.
// No recording of the text form is among the fixtures, so the tests render the recorded JSON in
// PBS's layout (a "Job Id:"/"Queue:" line, "    name = value" attributes, nested resources as
// "Resource_List.ncpus", values wrapped at 80 columns with a tab-indented continuation, as
// PBS's qstat prints them) and check that both forms read the same.

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace PbsTextForm {

inline void attribute(QString& out, const QString& name, const QString& value)
{
    QString line = QStringLiteral("    ") + name + QStringLiteral(" = ") + value;
    bool first = true;
    while (!line.isEmpty()) {
        const int width = first ? 79 : 78;
        out += (first ? QString() : QStringLiteral("\t")) + line.left(width) + u'\n';
        line = line.mid(width);
        first = false;
    }
}

inline QString scalar(const QJsonValue& v)
{
    if (v.isDouble()) return QString::number(v.toInteger());
    return v.toString();
}

/// `objectKey` is "Jobs" or "Queue"; `header` "Job Id: " or "Queue: ".
inline QString render(const QByteArray& json, const QString& objectKey, const QString& header)
{
    QString out;
    const QJsonObject all = QJsonDocument::fromJson(json).object().value(objectKey).toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        out += header + it.key() + u'\n';
        const QJsonObject o = it.value().toObject();
        for (auto a = o.begin(); a != o.end(); ++a) {
            if (a.value().isObject()) {
                const QJsonObject nested = a.value().toObject();
                if (a.key() == u"Variable_List") {
                    QStringList pairs;
                    for (auto n = nested.begin(); n != nested.end(); ++n) pairs << n.key() + u'=' + scalar(n.value());
                    attribute(out, a.key(), pairs.join(u','));
                } else {
                    for (auto n = nested.begin(); n != nested.end(); ++n)
                        attribute(out, a.key() + u'.' + n.key(), scalar(n.value()));
                }
            } else {
                attribute(out, a.key(), scalar(a.value()));
            }
        }
        out += u'\n';
    }
    return out;
}

}  // namespace PbsTextForm
