// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/exportdialog.h"

#include "estran/base/selectionmodel.h"
#include "estran/base/taskmanager.h"
#include "estran/data/dataset.h"
#include "estran/data/subsetexporter.h"
#include "estran/data/subsetplan.h"
#include "estran/data/xarraysnippet.h"
#include "estran/gui/subsetexporttask.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Estran::Gui {

namespace {

QString describe(const Base::Selection& s) {
    QStringList parts;
    if (s.polygon.size() >= 3) {
        parts << ExportDialog::tr("polygon of %n vertices", nullptr, int(s.polygon.size()));
    } else if (const auto box = s.boundingBox()) {
        parts << ExportDialog::tr("W %1° S %2° E %3° N %4°")
                     .arg(box->west, 0, 'g', 6)
                     .arg(box->south, 0, 'g', 6)
                     .arg(box->east, 0, 'g', 6)
                     .arg(box->north, 0, 'g', 6);
    } else {
        parts << ExportDialog::tr("whole area");
    }
    if (s.timeStart.isEmpty() && s.timeEnd.isEmpty())
        parts << ExportDialog::tr("all times");
    else
        parts << ExportDialog::tr("%1 to %2")
                     .arg(s.timeStart.isEmpty() ? QStringLiteral("…") : s.timeStart.left(10),
                          s.timeEnd.isEmpty() ? QStringLiteral("…") : s.timeEnd.left(10));
    if (s.depthMin || s.depthMax) {
        parts << ExportDialog::tr("depth %1 to %2")
                     .arg(s.depthMin.value_or(0))
                     .arg(s.depthMax.value_or(0));
    }
    return parts.join(QStringLiteral("; "));
}

}  // namespace

ExportDialog::ExportDialog(Base::SelectionModel* model, std::shared_ptr<Data::Dataset> dataset,
                           Base::TaskManager* manager, QWidget* parent)
    : QDialog(parent),
      m_model(model),
      m_dataset(std::move(dataset)),
      m_manager(manager ? manager : Base::TaskManager::instance()),
      m_variables(new QListWidget),
      m_selection(new QLabel),
      m_path(new QLineEdit),
      m_size(new QLabel),
      m_progress(new QProgressBar),
      m_status(new QLabel),
      m_export(new QPushButton(tr("Export"))),
      m_cancel(new QPushButton(tr("Cancel Export"))),
      m_python(new QPushButton(tr("Copy as Python"))) {
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export Subset — %1")
                       .arg(m_dataset ? QFileInfo(m_dataset->path()).fileName() : QString()));
    m_selection->setWordWrap(true);
    m_selection->setToolTip(tr("Edit the area, period and depth in the Selection panel"));
    m_size->setObjectName(QStringLiteral("EstimatedSize"));
    m_size->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_path->setPlaceholderText(tr("subset.nc, subset.tif or subset.csv"));
    m_python->setToolTip(tr("Copy xarray code that takes the same subset"));

    if (m_dataset) {
        for (const Data::VariableInfo& info : m_dataset->variables()) {
            if (!info.isMappable) continue;
            auto* item = new QListWidgetItem(
                info.longName.isEmpty() ? info.name
                                        : QStringLiteral("%1 — %2").arg(info.name, info.longName));
            item->setData(Qt::UserRole, info.name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_variables->addItem(item);
        }
    }
    // Start from the selection's variables, else the first one, so Export works at once.
    QStringList wanted = model ? model->selection().variables : QStringList();
    setVariables(wanted);
    if (variables().isEmpty() && m_variables->count() > 0)
        m_variables->item(0)->setCheckState(Qt::Checked);

    auto* browse = new QPushButton(tr("Browse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Variables:"), m_variables);
    form->addRow(tr("Selection:"), m_selection);
    form->addRow(tr("Output file:"), pathRow);
    form->addRow(tr("Expected size:"), m_size);

    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_python, QDialogButtonBox::HelpRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_variables, &QListWidget::itemChanged, this, &ExportDialog::updateEstimate);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateEstimate);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, [this] { startExport(); });
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_python, &QPushButton::clicked, this, [this] {
        const QString code = pythonSnippet();
        if (code.isEmpty()) return;
        QGuiApplication::clipboard()->setText(code);
        m_status->setText(tr("Python code copied to the clipboard."));
    });
    if (model) {
        connect(model, &Base::SelectionModel::selectionChanged, this, [this] {
            updateSelectionSummary();
            updateEstimate();
        });
    }
    updateSelectionSummary();
    updateEstimate();
    resize(520, 440);
}

// Closing the dialog does not stop a running export: the task belongs to the manager and stays
// in the status bar with its own Cancel.
ExportDialog::~ExportDialog() = default;

void ExportDialog::setOutputPath(const QString& path) {
    m_path->setText(path);
}

QString ExportDialog::outputPath() const {
    return m_path->text().trimmed();
}

void ExportDialog::setVariables(const QStringList& names) {
    for (int i = 0; i < m_variables->count(); ++i) {
        QListWidgetItem* item = m_variables->item(i);
        item->setCheckState(names.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

QStringList ExportDialog::variables() const {
    QStringList names;
    for (int i = 0; i < m_variables->count(); ++i) {
        if (m_variables->item(i)->checkState() == Qt::Checked)
            names << m_variables->item(i)->data(Qt::UserRole).toString();
    }
    return names;
}

Data::SubsetRequest ExportDialog::request() const {
    Data::SubsetRequest r;
    r.variables = variables();
    if (!m_model) return r;
    const Base::Selection& s = m_model->selection();
    // A polygon is cut by its own ring (cells outside become fill), a box by itself.
    if (s.polygon.size() >= 3) r.polygon = s.polygon;
    else r.box = s.boundingBox();
    r.timeStart = s.timeStart;
    r.timeEnd = s.timeEnd;
    r.depthMin = s.depthMin;
    r.depthMax = s.depthMax;
    return r;
}

QString ExportDialog::estimateText() const {
    return m_size->text();
}

QString ExportDialog::statusText() const {
    return m_status->text();
}

void ExportDialog::updateSelectionSummary() {
    m_selection->setText(m_model ? describe(m_model->selection()) : QString());
}

void ExportDialog::updateEstimate() {
    m_estimate.reset();
    QString problem;
    if (!m_dataset)
        problem = tr("no dataset");
    else if (variables().isEmpty())
        problem = tr("check at least one variable");
    if (problem.isEmpty()) {
        // Planning reads only the coordinates (cached by the dataset), not the values.
        auto plan = Data::SubsetPlan::make(*m_dataset, request());
        if (plan) {
            m_estimate = plan->estimatedBytes();
            m_size->setText(tr("%1 (%2 × %3 cells, %n step(s), before compression)", nullptr,
                               int(plan->stepCount()))
                                .arg(QLocale().formattedDataSize(*m_estimate))
                                .arg(plan->columns.size())
                                .arg(plan->rows.size()));
            m_size->setStyleSheet(QString());
        } else {
            problem = plan.error().message();
        }
    }
    if (!problem.isEmpty()) {
        m_size->setText(problem);
        m_size->setStyleSheet(QStringLiteral("color: #b00020;"));
    }
    m_export->setEnabled(m_estimate.has_value() && !outputPath().isEmpty() && !isExporting());
    m_python->setEnabled(m_dataset && !variables().isEmpty());
}

void ExportDialog::browse() {
    // A non-modal, asynchronous file dialog: no nested event loop while the user picks a file.
    auto* dialog = new QFileDialog(this, tr("Export Subset"),
                                   outputPath().isEmpty() ? QDir::homePath() : outputPath(),
                                   tr("netCDF (*.nc);;GeoTIFF (*.tif);;CSV time series (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog](QString path) {
        if (QFileInfo(path).suffix().isEmpty()) {
            const QString filter = dialog->selectedNameFilter();
            path += filter.contains(QStringLiteral("*.tif"))   ? QStringLiteral(".tif")
                    : filter.contains(QStringLiteral("*.csv")) ? QStringLiteral(".csv")
                                                               : QStringLiteral(".nc");
        }
        setOutputPath(path);
    });
    dialog->open();
}

bool ExportDialog::startExport() {
    if (isExporting() || !m_dataset) return false;
    const QString path = outputPath();
    auto format = Data::SubsetExporter::formatFor(path);
    if (path.isEmpty() || !format) {
        m_status->setText(path.isEmpty() ? tr("Choose an output file.") : format.error().message());
        return false;
    }
    const Data::SubsetRequest r = request();
    auto plan = Data::SubsetPlan::make(*m_dataset, r);
    if (!plan) {
        m_status->setText(plan.error().message());
        return false;
    }
    const Base::Selection& s = m_model ? m_model->selection() : Base::Selection{};
    const QString command =
        QStringLiteral("Estran: export of %1 from %2 (%3)")
            .arg(r.variables.join(QLatin1Char(',')), m_dataset->path(), describe(s));
    auto* task = new SubsetExportTask(m_dataset, std::move(*plan), path, command);
    m_task = task;
    m_taskPath = path;
    connect(task, &Base::Task::progressChanged, this,
            [this](double percent) { m_progress->setValue(int(percent)); });
    connect(task, &Base::Task::finished, this, [this, task](bool ok) {
        if (!ok && task->error())
            m_status->setText(
                task->error()->kind() == Base::Error::Kind::Cancelled
                    ? tr("Export cancelled; %1 was not written.").arg(m_taskPath)
                    : tr("Export failed: %1 (%2)").arg(task->error()->message(), m_taskPath));
        finish(ok);
    });
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting to %1…").arg(path));
    m_cancel->setEnabled(true);
    m_export->setEnabled(false);
    m_manager->start(task);
    return true;
}

void ExportDialog::cancelExport() {
    if (m_task) m_task->cancel();
}

void ExportDialog::finish(bool ok) {
    const QString path = m_taskPath;
    m_task.clear();
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    if (ok)
        m_status->setText(
            tr("Exported %1 (%2).").arg(path, QLocale().formattedDataSize(QFileInfo(path).size())));
    updateEstimate();
    Q_EMIT exportFinished(ok, path);
    if (std::exchange(m_closeWhenDone, false)) close();
}

void ExportDialog::closeEvent(QCloseEvent* event) {
    if (isExporting()) {
        m_closeWhenDone = true;
        hide();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

QString ExportDialog::pythonSnippet() const {
    if (!m_dataset) return {};
    auto spec = Data::XarraySnippet::specFor(*m_dataset, request());
    return spec ? Data::XarraySnippet::generate(*spec) : QString();
}

}  // namespace Estran::Gui
