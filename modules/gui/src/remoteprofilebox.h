// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remotehosts.h"

#include "estran/gui/remoteprofiles.h"

#include <QGroupBox>
#include <QList>
#include <QString>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace Estran::Gui {

struct DeliveryGuard;

/// The "Where" box of the remote jobs panel: the profile chooser (this computer, the user's
/// clusters, the templates), the profile's notes or why it does not load, the connection line
/// with Connect and Files…, and the Edit profiles… menu (open the folder or the file, a new
/// profile from a template, reload). It shows profiles and connection states; reading,
/// connecting and browsing are asked of the panel through signals. GUI thread only.
class RemoteProfileBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteProfileBox)
public:
    /// `profilesDirectory` is where "New profile from this template" copies to.
    explicit RemoteProfileBox(QString profilesDirectory, QWidget* parent = nullptr);
    ~RemoteProfileBox() override;

    /// Lists the profiles, keeping the chosen one (or choosing a copy just made from a template).
    void setProfiles(const QList<RemoteProfiles::Entry>& profiles);
    const QList<RemoteProfiles::Entry>& profiles() const { return m_profiles; }
    const RemoteProfiles::Entry* currentProfile() const;
    /// Selects the profile with this name or file path; false when unknown.
    bool selectProfile(const QString& nameOrPath);
    /// The chooser and the menu are disabled while the profiles are being read.
    void setBusy(bool busy);
    /// Shows the current profile's connection.
    void showConnection(const RemoteHosts::State& state);
    QString connectionText() const;

Q_SIGNALS:
    void currentProfileChanged();
    /// Connect or Disconnect was clicked for the current profile.
    void connectClicked();
    void browseClicked();
    void reloadRequested();
    void statusMessage(const QString& text);

private:
    void showNotes();
    void newProfileFromTemplate();

    QString m_profilesDirectory;
    QList<RemoteProfiles::Entry> m_profiles;
    QString m_selectAfterLoad;  ///< a profile file to select once the profiles are read again
    std::shared_ptr<DeliveryGuard> m_guard;  ///< the template's copy comes back through it
    QComboBox* m_profileBox;
    QPushButton* m_editProfiles;
    QLabel* m_notes;
    QLabel* m_connection;
    QPushButton* m_connect;
    QPushButton* m_browse;
};

}  // namespace Estran::Gui
