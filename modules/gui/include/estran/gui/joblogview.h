// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPlainTextEdit>
#include <QStringDecoder>

namespace Estran::Gui {

/// A job's live log: standard output and standard error interleaved in the order they arrive,
/// standard error in the theme's error colour. It follows the tail as text arrives, unless the
/// user scrolled up to read something (scrolling back to the end resumes following).
///
/// The log of a job is also kept on disk (appendToFile(), readFile(), called on workers) so
/// that after the application restarts the whole log is shown again, in the same interleaving,
/// although the follower only fetches what is new. GUI thread only, except the static file
/// functions.
class ESTRAN_GUI_EXPORT JobLogView final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobLogView)
public:
    explicit JobLogView(QWidget* parent = nullptr);
    ~JobLogView() override;

    /// Appends bytes of one stream (UTF-8; a character split across chunks is kept whole).
    void appendOutput(const QByteArray& bytes, bool isError);
    /// Empties the view and the decoders.
    void clearLog();
    /// Whether new text scrolls the view (false while the user reads above the end).
    bool isFollowingTail() const;

    struct Chunk {
        bool isError = false;
        QByteArray bytes;
    };
    /// Appends a chunk to a log file (any thread; one writer per file). False on I/O error.
    static bool appendToFile(const QString& path, const QByteArray& bytes, bool isError);
    /// Every chunk of a log file; a record cut short by a crash ends the list.
    static QList<Chunk> readFile(const QString& path);

private:
    QStringDecoder m_out{QStringDecoder::Utf8};
    QStringDecoder m_err{QStringDecoder::Utf8};
};

}  // namespace Estran::Gui

Q_DECLARE_METATYPE(Estran::Gui::JobLogView::Chunk)
