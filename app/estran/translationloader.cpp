// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Estran::App {

QString installTranslations(const QString& code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // Numbers and dates follow the chosen language too, so "1,5 °C" does not sit in an
    // English sentence.
    if (!code.isEmpty()) QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return QStringLiteral("en");
    }
    const QString ours = QCoreApplication::applicationDirPath()
                         + QStringLiteral("/../share/estran/translations");
    auto* estran = new QTranslator(QCoreApplication::instance());
    if (!estran->load(locale, QStringLiteral("estran"), QStringLiteral("_"), ours)) {
        delete estran;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(estran);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;  // Dialog buttons stay English without qt6-translations-l10n; not an error.
    }
    return locale.name().left(2);
}

}  // namespace Estran::App
