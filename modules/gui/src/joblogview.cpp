// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/joblogview.h"

#include <QDataStream>
#include <QFile>
#include <QFontDatabase>
#include <QPalette>
#include <QScrollBar>
#include <QTextCharFormat>
#include <QTextCursor>

namespace Estran::Gui {

namespace {

// One record per chunk: a tag byte ('O' standard output, 'E' standard error) and the bytes,
// through QDataStream so that appending records to the file keeps it readable.
constexpr quint8 kOut = 'O';
constexpr quint8 kErr = 'E';

// Red that stays readable on dark and light themes.
QColor errorColour(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

}  // namespace

JobLogView::JobLogView(QWidget* parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // A job printing for days must not eat the memory: the oldest lines go (the file keeps all).
    setMaximumBlockCount(50000);
    setPlaceholderText(tr("The selected job's output appears here as it is written."));
    setUndoRedoEnabled(false);
}

JobLogView::~JobLogView() = default;

bool JobLogView::isFollowingTail() const
{
    const QScrollBar* bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 2;
}

void JobLogView::appendOutput(const QByteArray& bytes, bool isError)
{
    if (bytes.isEmpty()) return;
    const QString text = isError ? m_err.decode(bytes) : m_out.decode(bytes);
    if (text.isEmpty()) return;
    const bool follow = isFollowingTail();
    const int keep = verticalScrollBar()->value();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    if (isError) format.setForeground(errorColour(palette()));
    // "\r" progress bars (wget, cdo) would show as odd glyphs; keep the line breaks only.
    QString clean = text;
    clean.remove(u'\r');
    cursor.insertText(clean, format);
    if (follow) verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    else verticalScrollBar()->setValue(keep);
}

void JobLogView::clearLog()
{
    clear();
    m_out = QStringDecoder(QStringDecoder::Utf8);
    m_err = QStringDecoder(QStringDecoder::Utf8);
}

bool JobLogView::appendToFile(const QString& path, const QByteArray& bytes, bool isError)
{
    if (bytes.isEmpty()) return true;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) return false;
    QDataStream out(&file);
    out << (isError ? kErr : kOut) << bytes;
    return out.status() == QDataStream::Ok && file.flush();
}

QList<JobLogView::Chunk> JobLogView::readFile(const QString& path)
{
    QList<Chunk> chunks;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return chunks;
    QDataStream in(&file);
    while (!in.atEnd()) {
        quint8 tag = 0;
        QByteArray bytes;
        in >> tag >> bytes;
        if (in.status() != QDataStream::Ok || (tag != kOut && tag != kErr)) break;
        chunks.append({tag == kErr, bytes});
    }
    return chunks;
}

}  // namespace Estran::Gui
