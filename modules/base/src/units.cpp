// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/units.h"

#include <QRegularExpression>
#include <QStringList>

namespace Estran::Base {

QString displayUnits(const QString& units)
{
    const QString u = units.trimmed();
    static const QStringList celsius{QStringLiteral("degree_Celsius"), QStringLiteral("degrees_Celsius"),
                                     QStringLiteral("degC"), QStringLiteral("celsius"),
                                     QStringLiteral("deg_C"), QStringLiteral("Celsius")};
    if (celsius.contains(u)) return QStringLiteral("°C");
    if (u == QStringLiteral("degree_Kelvin") || u == QStringLiteral("kelvin")) return QStringLiteral("K");
    // Integer exponents of unit symbols as superscripts, token by token: "m s-1" → "m s⁻¹",
    // "m2" → "m²"; numbers such as "1e-3" are left alone.
    static const QRegularExpression power(QStringLiteral("^([A-Za-z]+)(-?)(\\d+)$"));
    static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QStringList tokens = u.split(u' ', Qt::SkipEmptyParts);
    for (QString& token : tokens) {
        const auto match = power.match(token);
        if (!match.hasMatch()) continue;
        QString exponent = match.captured(2).isEmpty() ? QString() : QString(QChar(0x207B));
        for (QChar digit : match.captured(3)) exponent += superscripts[digit.digitValue()];
        token = match.captured(1) + exponent;
    }
    return tokens.join(u' ');
}

}  // namespace Estran::Base
