// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/hostkeydialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Estran::Gui {

HostKeyDialog::HostKeyDialog(const Remote::AskpassRequest& request, QWidget* parent)
    : QDialog(parent), m_fingerprint(new QLabel), m_accept(new QPushButton(tr("Trust this key"))),
      m_reject(new QPushButton(tr("Reject")))
{
    setObjectName(QStringLiteral("HostKeyDialog"));
    setWindowTitle(tr("Unknown host key — %1").arg(request.host));

    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);

    auto* title = new QLabel(tr("<b>%1</b> presented a host key Estran does not know.")
                                 .arg(request.host.toHtmlEscaped()));
    title->setWordWrap(true);

    // The fingerprint is what the user compares, character by character, with the centre's
    // published one: large, monospace, selectable.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    mono.setBold(true);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setFont(mono);
    m_fingerprint->setText(request.fingerprint.isEmpty() ? tr("(ssh gave no fingerprint)") : request.fingerprint);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setTextFormat(Qt::PlainText);
    m_fingerprint->setFrameShape(QFrame::StyledPanel);
    m_fingerprint->setMargin(8);
    m_fingerprint->setAlignment(Qt::AlignCenter);

    auto* explanation = new QLabel(
        tr("Compare this fingerprint with the one published by the computing centre (or ask its "
           "support) before trusting it. If you have connected to this host before, its key has "
           "changed: the server may have been reinstalled, or someone may be intercepting the "
           "connection. Trusting the key adds it to your known hosts; rejecting stops the connection."));
    explanation->setWordWrap(true);

    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(new QLabel(tr("Key fingerprint:")));
    text->addWidget(m_fingerprint);
    text->addWidget(explanation);
    if (!request.prompt.trimmed().isEmpty()) {
        // ssh's full message (key type, which known_hosts line conflicts) for the careful reader.
        auto* details = new QPlainTextEdit(request.prompt.trimmed());
        details->setReadOnly(true);
        details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        details->setMaximumHeight(110);
        details->setObjectName(QStringLiteral("sshMessage"));
        text->addWidget(details);
    }
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_accept, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_reject, QDialogButtonBox::RejectRole);
    m_accept->setAutoDefault(false);
    m_reject->setAutoDefault(true);
    m_reject->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_reject->setFocus();
}

HostKeyDialog::~HostKeyDialog() = default;

Remote::AskpassAnswer HostKeyDialog::answer() const
{
    Remote::AskpassAnswer a;
    a.text = result() == QDialog::Accepted ? QStringLiteral("yes") : QStringLiteral("no");
    return a;
}

}  // namespace Estran::Gui
