// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotesubmitpage.h"

#include "hintlabel.h"

#include "estran/gui/jobtablemodel.h"
#include "estran/gui/recipeform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace Estran::Gui {

RemoteSubmitPage::RemoteSubmitPage(QWidget* parent)
    : QWidget(parent), m_fields(new QFormLayout), m_recipeBox(new QComboBox), m_recipeDescription(createHintLabel()),
      m_form(new RecipeForm), m_queue(new QComboBox), m_cpus(new QSpinBox), m_memory(new QSpinBox),
      m_walltime(new QSpinBox), m_submit(new QPushButton(tr("Submit"))), m_message(new QLabel)
{
    // The page's tab already says "New job": no second title.
    m_recipeBox->setObjectName(QStringLiteral("recipe"));
    m_submit->setObjectName(QStringLiteral("submit"));
    m_submit->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* submitRow = new QHBoxLayout;
    submitRow->addWidget(m_message, 1);
    submitRow->addWidget(m_submit, 0, Qt::AlignTop);

    // The recipe's form sits in the middle of this one: alignLabelColumns() gives both the same
    // label width so every field starts at the same x down the page (three forms, each with its
    // own label width, looked ragged).
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->addRow(tr("Recipe"), m_recipeBox);
    m_fields->addRow(m_recipeDescription);
    m_fields->addRow(m_form);
    addResourceRows();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_fields);
    layout->addLayout(submitRow);

    connect(m_recipeBox, &QComboBox::currentIndexChanged, this, &RemoteSubmitPage::onRecipeChanged);
    connect(m_submit, &QPushButton::clicked, this, &RemoteSubmitPage::submitClicked);
    connect(m_form, &RecipeForm::browseRequested, this, &RemoteSubmitPage::browseRequested);
    connect(m_form, &RecipeForm::changed, m_message, &QLabel::clear);
}

void RemoteSubmitPage::addResourceRows()
{
    m_queue->setEditable(true);
    m_queue->setObjectName(QStringLiteral("queue"));
    m_cpus->setRange(1, 4096);
    m_memory->setRange(0, 4 * 1024 * 1024);
    m_memory->setSingleStep(1024);
    m_memory->setSuffix(tr(" MB"));
    m_memory->setSpecialValueText(tr("scheduler's default"));
    m_walltime->setRange(0, 60 * 24 * 30);
    m_walltime->setSingleStep(30);
    m_walltime->setSuffix(tr(" min"));
    m_walltime->setSpecialValueText(tr("scheduler's default"));
    auto* heading = new QLabel(tr("Resources"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setContentsMargins(0, 8, 0, 0);
    m_fields->addRow(heading);
    m_fields->addRow(tr("Queue"), m_queue);
    m_fields->addRow(tr("CPUs"), m_cpus);
    m_fields->addRow(tr("Memory"), m_memory);
    m_fields->addRow(tr("Wall time"), m_walltime);
}

void RemoteSubmitPage::alignLabelColumns()
{
    QList<QLabel*> labels;
    for (QFormLayout* layout : {m_fields, qobject_cast<QFormLayout*>(m_form->layout())}) {
        for (int row = 0; layout && row < layout->rowCount(); ++row) {
            QLayoutItem* item = layout->itemAt(row, QFormLayout::LabelRole);
            if (auto* label = item ? qobject_cast<QLabel*>(item->widget()) : nullptr) labels << label;
        }
    }
    // The panel is narrow: one long label ("Fichier ou dossier d'entrée *") must not take the
    // fields' room on every row. Past about 18 characters a label wraps instead.
    const int cap = fontMetrics().averageCharWidth() * 18;
    int width = 0;
    for (QLabel* label : labels) {
        label->setWordWrap(false);
        label->setMinimumWidth(0);
        label->setMaximumWidth(QWIDGETSIZE_MAX);
        width = std::max(width, label->sizeHint().width());
    }
    width = std::min(width, cap);
    for (QLabel* label : labels) {
        label->setWordWrap(label->sizeHint().width() > width);
        label->setFixedWidth(width);
    }
}

void RemoteSubmitPage::setRecipes(const Remote::RecipeLibrary& library)
{
    m_library = library;
    QSignalBlocker block(m_recipeBox);
    m_recipeBox->clear();
    for (const Remote::Recipe& recipe : m_library.recipes()) {
        m_recipeBox->addItem(recipe.title.isEmpty() ? recipe.id : recipe.title, recipe.id);
        m_recipeBox->setItemData(m_recipeBox->count() - 1, recipe.description, Qt::ToolTipRole);
    }
    block.unblock();
    onRecipeChanged();
}

bool RemoteSubmitPage::selectRecipe(const QString& id)
{
    const int i = m_recipeBox->findData(id);
    if (i < 0) return false;
    m_recipeBox->setCurrentIndex(i);
    return true;
}

const Remote::Recipe* RemoteSubmitPage::currentRecipe() const
{
    return m_library.find(m_recipeBox->currentData().toString());
}

void RemoteSubmitPage::onRecipeChanged()
{
    const Remote::Recipe* recipe = currentRecipe();
    m_recipeDescription->setText(recipe ? recipe->description : tr("No recipe found."));
    if (recipe) {
        m_form->setRecipe(*recipe);
        if (!recipe->tools.isEmpty()) {
            m_recipeDescription->setText(tr("%1\nNeeds on the host: %2").arg(recipe->description, recipe->tools.join(QStringLiteral(", "))));
        }
    }
    alignLabelColumns();
    Q_EMIT recipeChanged();
    m_message->clear();
}

void RemoteSubmitPage::showResources(const RemoteProfiles::Entry* profile, const RemoteHosts::State& state)
{
    if (const Remote::Recipe* recipe = currentRecipe()) {
        m_cpus->setValue(std::max(1, recipe->cpus));
        m_memory->setValue(recipe->memoryMb);
        m_walltime->setValue(recipe->walltimeMinutes);
    }
    const QString typed = m_queue->currentText();
    m_queue->clear();
    if (!profile) return;
    QStringList queues = state.info ? state.info->queues : QStringList();
    QString preferred = profile->profile.partition;
    if (preferred.isEmpty() && state.info) preferred = state.info->defaultQueue;
    if (!preferred.isEmpty() && !queues.contains(preferred)) queues.prepend(preferred);
    m_queue->addItems(queues);
    m_queue->setCurrentText(preferred.isEmpty() ? typed : preferred);
    const bool local = profile->profile.scheduler == Remote::Profile::Scheduler::Local;
    // A local job is a process: no queue, and the machine's CPUs and memory are all there.
    for (QWidget* w : {static_cast<QWidget*>(m_queue), static_cast<QWidget*>(m_cpus), static_cast<QWidget*>(m_memory)}) {
        w->setEnabled(!local);
        w->setToolTip(local ? tr("Not used on this computer (no scheduler)") : QString());
    }
    m_queue->lineEdit()->setPlaceholderText(local ? tr("none") : tr("the profile's default"));
}

void RemoteSubmitPage::setSubmittable(bool submittable)
{
    m_submit->setEnabled(submittable && m_recipeBox->count() > 0);
}

std::optional<RemoteSubmitPage::Submission> RemoteSubmitPage::prepare(const RemoteProfiles::Entry* p,
                                                                     const Base::Selection& selection, QString* error)
{
    const Remote::Recipe* recipe = currentRecipe();
    auto fail = [this, error](const QString& text) {
        showFailure(text);
        if (error) *error = text;
        return std::nullopt;
    };
    if (!p || p->error) return fail(tr("Choose a profile that loads."));
    if (p->isTemplate) return fail(tr("This is a template: make your own copy first (Edit profiles…)."));
    if (!recipe) return fail(tr("Choose a recipe."));
    auto resolved = m_form->recipe().resolve(m_form->values(), &selection);
    if (!resolved) return fail(resolved.error().where().isEmpty() ? resolved.error().message()
                                                                  : tr("%1: %2").arg(resolved.error().where(), resolved.error().message()));
    auto request = m_form->recipe().jobRequest(*resolved);
    if (!request) return fail(tr("%1: %2").arg(request.error().where(), request.error().message()));
    Submission submission{*request, {}};
    if (submission.request.name.isEmpty()) submission.request.name = recipe->id;
    submission.request.queue = m_queue->isEnabled() ? m_queue->currentText().trimmed() : QString();
    submission.request.cpus = m_cpus->value();
    submission.request.memoryMb = m_memory->value();
    submission.request.walltimeMinutes = m_walltime->value();
    submission.entry.profilePath = p->path;
    submission.entry.profileName = p->path.isEmpty() ? QStringLiteral("local") : p->profile.name;
    submission.entry.recipe = recipe->id;
    submission.entry.parameters = *resolved;
    return submission;
}

void RemoteSubmitPage::showMessage(const QString& text)
{
    m_message->setStyleSheet({});
    m_message->setText(text);
}

void RemoteSubmitPage::showFailure(const QString& text, const QString& detail)
{
    m_message->setText(text);
    m_message->setStyleSheet(QStringLiteral("color: %1").arg(JobTableModel::stateColour(Remote::JobState::Failed).name()));
    m_message->setToolTip(detail);
}

QString RemoteSubmitPage::message() const { return m_message->text(); }

}  // namespace Estran::Gui
