// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/error.h"
#include "estran/gui/gui_export.h"
#include "estran/remote/profile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Estran::Gui {

/// The profiles the remote panel offers, in order: "This computer" (the embedded default, no
/// file), the user's profiles (~/.config/Estran/profiles/*.json), then the shipped templates
/// (resources/profiles, installed in share/estran/profiles) for users to copy and fill in.
/// A file that does not load is listed with its error, so the user sees why it is missing.
class ESTRAN_GUI_EXPORT RemoteProfiles {
public:
    struct Entry {
        Remote::Profile profile;
        QString path;                    ///< "" for the embedded default
        bool isTemplate = false;
        std::optional<Base::Error> error;  ///< the file did not load (profile holds its name only)
        /// Stable identity: the path, or "" for the embedded default (JournalEntry::profilePath).
        QString id() const { return path; }
    };

    /// The embedded default: local scheduler, the same settings as resources/profiles/local.json.
    static Remote::Profile embeddedDefault();
    /// ~/.config/Estran/profiles.
    static QString defaultUserDirectory();
    /// share/estran/profiles next to the executable or in the system data folders, and the
    /// source tree's resources/profiles in a development build.
    static QStringList defaultTemplateDirectories();

    /// Reads the folders (local files only; small).
    static QList<Entry> load(const QString& userDirectory, const QStringList& templateDirectories);
};

}  // namespace Estran::Gui
