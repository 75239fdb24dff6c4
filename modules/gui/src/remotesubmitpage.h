// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remotehosts.h"

#include "estran/base/selection.h"
#include "estran/gui/remoteprofiles.h"
#include "estran/remote/jobjournal.h"
#include "estran/remote/recipelibrary.h"
#include "estran/remote/scheduler.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Estran::Gui {

class RecipeForm;

/// The "New job" page of the remote jobs panel: the recipe chooser, its description and the
/// form generated from its parameters (area and period from the shared selection), the
/// resources (queue, CPUs, memory, wall time) and Submit with its message line. It turns the
/// form into a job request; sending it is the panel's. GUI thread only.
class RemoteSubmitPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteSubmitPage)
public:
    /// What Submit sends: the scheduler's request and the journal entry to save with it.
    struct Submission {
        Remote::JobRequest request;
        Remote::JournalEntry entry;
    };

    explicit RemoteSubmitPage(QWidget* parent = nullptr);

    void setRecipes(const Remote::RecipeLibrary& library);
    const Remote::RecipeLibrary& recipes() const { return m_library; }
    bool selectRecipe(const QString& id);
    const Remote::Recipe* currentRecipe() const;
    RecipeForm* form() const { return m_form; }

    /// Fills the resources from the recipe and what connecting to `profile` found.
    void showResources(const RemoteProfiles::Entry* profile, const RemoteHosts::State& state);
    /// Submit is offered only for a profile that can run jobs, and once there are recipes.
    void setSubmittable(bool submittable);

    /// Checks the form against the selection and the profile: the submission, or nullopt with
    /// the reason shown (and in `error`).
    std::optional<Submission> prepare(const RemoteProfiles::Entry* profile, const Base::Selection& selection,
                                      QString* error);
    /// The message line: progress, the job's id, or why it was not submitted (with `detail` as
    /// its tool tip).
    void showMessage(const QString& text);
    void showFailure(const QString& text, const QString& detail = {});
    QString message() const;

Q_SIGNALS:
    void submitClicked();
    /// A path parameter's Browse… (empty: no parameter) was clicked.
    void browseRequested(const QString& parameter);
    void recipeChanged();

private:
    void addResourceRows();
    void onRecipeChanged();
    void alignLabelColumns();

    Remote::RecipeLibrary m_library;
    QFormLayout* m_fields;  ///< the recipe chooser and the resources, around the recipe's form
    QComboBox* m_recipeBox;
    QLabel* m_recipeDescription;
    RecipeForm* m_form;
    QComboBox* m_queue;
    QSpinBox* m_cpus;
    QSpinBox* m_memory;
    QSpinBox* m_walltime;
    QPushButton* m_submit;
    QLabel* m_message;
};

}  // namespace Estran::Gui
