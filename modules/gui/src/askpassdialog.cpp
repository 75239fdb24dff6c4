// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/askpassdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Estran::Gui {

bool AskpassDialog::isRememberable(const Remote::AskpassRequest& request)
{
    // One rule for the dialog and for SshHost, which ignores `remember` on any other prompt.
    return Remote::mayRememberSecret(request);
}

AskpassDialog::AskpassDialog(const Remote::AskpassRequest& request, QWidget* parent)
    : QDialog(parent), m_request(request)
{
    const bool confirm = request.kind == Remote::AskpassRequest::Kind::Confirm;
    setWindowTitle(request.host.isEmpty() ? tr("SSH") : tr("SSH — %1").arg(request.host));
    setObjectName(QStringLiteral("AskpassDialog"));

    auto* icon = new QLabel;
    const QIcon key = QIcon::fromTheme(QStringLiteral("dialog-password"), style()->standardIcon(QStyle::SP_MessageBoxQuestion));
    icon->setPixmap((confirm ? style()->standardIcon(QStyle::SP_MessageBoxQuestion) : key).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    auto* intro = new QLabel(request.host.isEmpty() ? tr("The connection asks:")
                                                    : tr("The connection to <b>%1</b> asks:").arg(request.host.toHtmlEscaped()));
    auto* prompt = new QLabel(request.prompt.trimmed());
    prompt->setObjectName(QStringLiteral("prompt"));
    prompt->setWordWrap(true);
    prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    prompt->setTextFormat(Qt::PlainText);

    auto* text = new QVBoxLayout;
    text->addWidget(intro);
    text->addWidget(prompt);
    if (!confirm) {
        m_secret = new QLineEdit;
        m_secret->setEchoMode(QLineEdit::Password);
        m_secret->setObjectName(QStringLiteral("secret"));
        m_secret->setMinimumWidth(320);
        text->addWidget(m_secret);
        m_remember = new QCheckBox(tr("Remember in the keychain"));
        m_remember->setToolTip(tr("Stored in the system keychain (Secret Service), never in a file"));
        m_remember->setVisible(isRememberable(request));
        text->addWidget(m_remember);
    }
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox;
    if (confirm) {
        buttons->addButton(QDialogButtonBox::Yes);
        buttons->addButton(QDialogButtonBox::No)->setDefault(true);
    } else {
        buttons->addButton(QDialogButtonBox::Ok)->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    if (m_secret) m_secret->setFocus();
}

AskpassDialog::~AskpassDialog() = default;

Remote::AskpassAnswer AskpassDialog::answer() const
{
    Remote::AskpassAnswer a;
    if (!m_secret) {
        a.text = QStringLiteral("yes");
        return a;
    }
    a.text = m_secret->text();
    a.remember = m_remember->isVisibleTo(this) && m_remember->isChecked();
    return a;
}

}  // namespace Estran::Gui
