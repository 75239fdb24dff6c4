// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteprofilebox.h"

#include "deliveryguard.h"
#include "hintlabel.h"

#include "estran/base/log.h"
#include "estran/gui/jobtablemodel.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QThreadPool>
#include <QUrl>
#include <QVBoxLayout>

namespace Estran::Gui {

namespace {

QString schedulerTitle(const QString& name)
{
    if (name == u"slurm") return QStringLiteral("Slurm");
    if (name == u"pbs") return QStringLiteral("PBS");
    return name;
}

bool isThisComputer(const Remote::Profile& profile)
{
    return profile.scheduler == Remote::Profile::Scheduler::Local && profile.host.isEmpty();
}

}  // namespace

RemoteProfileBox::RemoteProfileBox(QString profilesDirectory, QWidget* parent)
    : QGroupBox(tr("Where"), parent), m_profilesDirectory(std::move(profilesDirectory)),
      m_guard(std::make_shared<DeliveryGuard>(this)), m_profileBox(new QComboBox),
      m_editProfiles(new QPushButton(tr("Edit profiles…"))), m_notes(createHintLabel()), m_connection(new QLabel),
      m_connect(new QPushButton(tr("Connect"))), m_browse(new QPushButton(tr("Files…")))
{
    m_profileBox->setObjectName(QStringLiteral("profile"));
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileBox->setMinimumContentsLength(16);
    // A push button with a menu leaves room for the menu arrow (a tool button draws it over the text).
    auto* menu = new QMenu(m_editProfiles);
    // The folder exists: reading the profiles made it.
    menu->addAction(tr("Open the profiles folder"), this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_profilesDirectory));
    });
    QAction* fromTemplate = menu->addAction(tr("New profile from this template…"), this, &RemoteProfileBox::newProfileFromTemplate);
    menu->addAction(tr("Open this profile's file"), this, [this] {
        if (const auto* p = currentProfile(); p && !p->path.isEmpty()) QDesktopServices::openUrl(QUrl::fromLocalFile(p->path));
    });
    menu->addAction(tr("Reload profiles"), this, &RemoteProfileBox::reloadRequested);
    connect(menu, &QMenu::aboutToShow, this, [this, fromTemplate] {
        const auto* p = currentProfile();
        fromTemplate->setEnabled(p && p->isTemplate);
    });
    m_editProfiles->setMenu(menu);

    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTextFormat(Qt::PlainText);
    m_connection->setObjectName(QStringLiteral("connection"));
    m_connection->setWordWrap(true);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connect->setObjectName(QStringLiteral("connect"));
    m_browse->setToolTip(tr("Browse the host's files, starting at the profile's work folder"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_profileBox, 1);
    row->addWidget(m_editProfiles);
    // The connection line has the box's whole width: beside the buttons it was squeezed into a
    // column of five or six lines (French, or a scheduler that lists its queues and limits).
    auto* connectRow = new QHBoxLayout;
    connectRow->addStretch(1);
    connectRow->addWidget(m_browse);
    connectRow->addWidget(m_connect);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_notes);
    layout->addWidget(m_connection);
    layout->addLayout(connectRow);

    connect(m_profileBox, &QComboBox::currentIndexChanged, this, [this] {
        showNotes();
        Q_EMIT currentProfileChanged();
    });
    connect(m_connect, &QPushButton::clicked, this, &RemoteProfileBox::connectClicked);
    connect(m_browse, &QPushButton::clicked, this, &RemoteProfileBox::browseClicked);
}

RemoteProfileBox::~RemoteProfileBox() { m_guard->close(); }

void RemoteProfileBox::setBusy(bool busy)
{
    m_profileBox->setEnabled(!busy);
    m_editProfiles->setEnabled(!busy);
    if (busy) {
        m_connect->setEnabled(false);
        m_browse->setEnabled(false);
    }
}

void RemoteProfileBox::setProfiles(const QList<RemoteProfiles::Entry>& profiles)
{
    const QString current = currentProfile() ? currentProfile()->id() : QString();
    const bool hadSelection = m_profileBox->currentIndex() >= 0;
    m_profiles = profiles;
    QSignalBlocker block(m_profileBox);
    m_profileBox->clear();
    bool templatesStarted = false;
    const QIcon computer = style()->standardIcon(QStyle::SP_ComputerIcon);
    const QIcon cluster = style()->standardIcon(QStyle::SP_DriveNetIcon);
    const QIcon broken = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_profiles.size(); ++i) {
        const RemoteProfiles::Entry& e = m_profiles[i];
        if (e.isTemplate && !templatesStarted) {
            m_profileBox->insertSeparator(m_profileBox->count());
            templatesStarted = true;
        }
        const QIcon icon = e.error ? broken : (isThisComputer(e.profile) ? computer : cluster);
        const QString text = e.isTemplate ? tr("%1 (template)").arg(e.profile.name) : e.profile.name;
        m_profileBox->addItem(icon, text, i);
        m_profileBox->setItemData(m_profileBox->count() - 1, e.path.isEmpty() ? tr("Built in") : e.path, Qt::ToolTipRole);
    }
    int index = 0;
    const QString wanted = m_selectAfterLoad.isEmpty() ? current : QFileInfo(m_selectAfterLoad).absoluteFilePath();
    for (int i = 0; i < m_profileBox->count(); ++i) {
        const QVariant v = m_profileBox->itemData(i);
        if (v.isValid() && m_profiles[v.toInt()].id() == wanted) index = i;
    }
    m_profileBox->setCurrentIndex(hadSelection || !m_selectAfterLoad.isEmpty() ? index : 0);
    m_selectAfterLoad.clear();
    block.unblock();
    showNotes();
    Q_EMIT currentProfileChanged();
}

const RemoteProfiles::Entry* RemoteProfileBox::currentProfile() const
{
    const QVariant v = m_profileBox->currentData();
    if (!v.isValid()) return nullptr;
    const int i = v.toInt();
    return i >= 0 && i < m_profiles.size() ? &m_profiles[i] : nullptr;
}

bool RemoteProfileBox::selectProfile(const QString& nameOrPath)
{
    for (int i = 0; i < m_profileBox->count(); ++i) {
        const QVariant v = m_profileBox->itemData(i);
        if (!v.isValid()) continue;
        const RemoteProfiles::Entry& e = m_profiles[v.toInt()];
        if (e.profile.name == nameOrPath || (!e.path.isEmpty() && e.path == QFileInfo(nameOrPath).absoluteFilePath())) {
            m_profileBox->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void RemoteProfileBox::showNotes()
{
    const auto* p = currentProfile();
    QString notes;
    if (p && p->error) {
        notes = tr("This profile does not load: %1 (%2)").arg(p->error->message(), p->error->where());
    } else if (p) {
        notes = p->profile.notes;
        if (p->isTemplate) {
            notes = tr("Template: make your own copy (Edit profiles… ▸ New profile from this template) and fill in "
                       "your login before connecting.") +
                    (notes.isEmpty() ? QString() : QStringLiteral("\n") + notes);
        }
    }
    m_notes->setText(notes);
    m_notes->setVisible(!notes.isEmpty());
}

QString RemoteProfileBox::connectionText() const { return m_connection->text(); }

void RemoteProfileBox::showConnection(const RemoteHosts::State& state)
{
    using Connection = RemoteHosts::Connection;
    const auto* p = currentProfile();
    QString text;
    QString tip;
    switch (state.connection) {
    case Connection::Disconnected:
        text = p && p->profile.host.isEmpty() ? tr("Not probed yet: Connect shows what this computer offers.")
                                              : tr("Not connected.");
        break;
    case Connection::Connecting: text = tr("Connecting…"); break;
    case Connection::Failed: text = tr("Connection failed: %1").arg(state.error); break;
    case Connection::Connected: {
        const Remote::SchedulerInfo& info = *state.info;
        QStringList parts;
        if (info.scheduler == u"local") {
            parts << (info.version.isEmpty() ? tr("jobs run as processes here") : tr("jobs run as processes on %1").arg(info.version));
        } else {
            parts << (info.version.isEmpty() ? schedulerTitle(info.scheduler)
                                             : tr("%1 %2").arg(schedulerTitle(info.scheduler), info.version));
        }
        if (!info.queues.isEmpty()) {
            parts << tr("queues: %1").arg(info.queues.join(QStringLiteral(", ")));
        }
        if (!info.machineReadable && info.scheduler != u"local") parts << tr("text output (older version)");
        text = tr("Connected — %1").arg(parts.join(QStringLiteral("; ")));
        tip = info.limits.join(u'\n');
        if (!info.limits.isEmpty()) text += QStringLiteral("\n") + info.limits.join(QStringLiteral("\n"));
        break;
    }
    }
    m_connection->setText(text);
    m_connection->setToolTip(tip);
    const bool busy = state.connection == Connection::Connecting;
    const bool connected = state.connection == Connection::Connected;
    const bool usable = p && !p->error && !p->isTemplate;
    m_connect->setText(connected || busy ? tr("Disconnect") : tr("Connect"));
    m_connect->setEnabled(usable);
    m_browse->setEnabled(usable);
    QPalette pal = m_connection->palette();
    pal.setColor(QPalette::WindowText, state.connection == Connection::Failed ? JobTableModel::stateColour(Remote::JobState::Failed)
                                                                               : palette().color(QPalette::WindowText));
    m_connection->setPalette(pal);
}

void RemoteProfileBox::newProfileFromTemplate()
{
    const auto* p = currentProfile();
    if (!p || !p->isTemplate) return;
    const QString source = p->path;
    const QString folder = m_profilesDirectory;
    // Copying reads the template: on a worker, like every other file of the panel.
    QThreadPool::globalInstance()->start([guard = m_guard, source, folder, this] {
        QDir().mkpath(folder);
        QString target = QDir(folder).filePath(QFileInfo(source).fileName());
        for (int n = 2; QFileInfo::exists(target); ++n) {
            target = QDir(folder).filePath(QStringLiteral("%1-%2.json").arg(QFileInfo(source).completeBaseName()).arg(n));
        }
        const bool copied = QFile::copy(source, target) &&
                            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                              QFile::ReadOther);
        guard->post([this, target, copied] {
            if (!copied) {
                Base::Log::error(target, tr("Cannot copy the profile template"));
                return;
            }
            m_selectAfterLoad = target;
            Q_EMIT reloadRequested();
            QDesktopServices::openUrl(QUrl::fromLocalFile(target));
            Q_EMIT statusMessage(tr("Created %1: fill in your login, save, and it is listed here").arg(target));
        });
    });
}

}  // namespace Estran::Gui
