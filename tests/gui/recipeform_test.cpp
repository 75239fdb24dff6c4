// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/recipeform.h"

#include "estran/base/selectionmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Estran;

namespace {

// One parameter of every type, as a recipe file declares them.
Remote::Recipe everyType()
{
    const QByteArray json = R"({
        "id": "every-type", "title": "Every type", "script": "true",
        "parameters": [
            {"name": "label", "type": "string", "default": "run 1", "label": "Label"},
            {"name": "notes", "type": "text", "default": "line 1\nline 2"},
            {"name": "steps", "type": "integer", "default": 5, "min": 1, "max": 10},
            {"name": "factor", "type": "number", "default": 0.5, "min": 0, "max": 2},
            {"name": "anomaly", "type": "boolean", "default": true},
            {"name": "tool", "type": "choice", "choices": ["cdo", "nco", "python"], "default": "nco"},
            {"name": "area", "type": "area"},
            {"name": "period", "type": "period"},
            {"name": "variable", "type": "variable"},
            {"name": "input", "type": "path", "required": true}
        ]})";
    auto recipe = Remote::Recipe::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("every-type.json"));
    EXPECT_TRUE(recipe) << (recipe ? "" : qPrintable(recipe.error().toString()));
    return recipe ? *recipe : Remote::Recipe();
}

}  // namespace

TEST(RecipeForm, GeneratesOneEditorPerParameterTypeWithItsDefaultsAndRange)
{
    Gui::RecipeForm form;
    form.setRecipe(everyType());
    auto* label = qobject_cast<QLineEdit*>(form.editor(QStringLiteral("label")));
    ASSERT_TRUE(label);
    EXPECT_EQ(label->text(), QStringLiteral("run 1"));
    auto* notes = qobject_cast<QPlainTextEdit*>(form.editor(QStringLiteral("notes")));
    ASSERT_TRUE(notes);
    EXPECT_EQ(notes->toPlainText(), QStringLiteral("line 1\nline 2"));
    auto* steps = qobject_cast<QSpinBox*>(form.editor(QStringLiteral("steps")));
    ASSERT_TRUE(steps);
    EXPECT_EQ(steps->value(), 5);
    EXPECT_EQ(steps->minimum(), 1);
    EXPECT_EQ(steps->maximum(), 10);
    auto* factor = qobject_cast<QDoubleSpinBox*>(form.editor(QStringLiteral("factor")));
    ASSERT_TRUE(factor);
    EXPECT_DOUBLE_EQ(factor->value(), 0.5);
    EXPECT_DOUBLE_EQ(factor->maximum(), 2.0);
    auto* anomaly = qobject_cast<QCheckBox*>(form.editor(QStringLiteral("anomaly")));
    ASSERT_TRUE(anomaly);
    EXPECT_TRUE(anomaly->isChecked());
    auto* tool = qobject_cast<QComboBox*>(form.editor(QStringLiteral("tool")));
    ASSERT_TRUE(tool);
    EXPECT_EQ(tool->count(), 3);
    EXPECT_EQ(tool->currentText(), QStringLiteral("nco"));
    EXPECT_FALSE(tool->isEditable());
    auto* variable = qobject_cast<QComboBox*>(form.editor(QStringLiteral("variable")));
    ASSERT_TRUE(variable);
    EXPECT_TRUE(variable->isEditable());
    EXPECT_TRUE(qobject_cast<QLabel*>(form.editor(QStringLiteral("area"))));
    EXPECT_TRUE(qobject_cast<QLabel*>(form.editor(QStringLiteral("period"))));
    ASSERT_TRUE(form.editor(QStringLiteral("input")));
    EXPECT_TRUE(form.editor(QStringLiteral("input"))->findChild<QToolButton*>());
    EXPECT_TRUE(form.findChild<QLabel*>(QStringLiteral("selectionNote")));
}

TEST(RecipeForm, ValuesLeaveAreaPeriodAndEmptyFieldsToTheSelectionAndDefaults)
{
    Gui::RecipeForm form;
    form.setRecipe(everyType());
    ASSERT_TRUE(form.setValue(QStringLiteral("steps"), 7));
    ASSERT_TRUE(form.setValue(QStringLiteral("tool"), QStringLiteral("python")));
    EXPECT_FALSE(form.setValue(QStringLiteral("tool"), QStringLiteral("matlab")));
    ASSERT_TRUE(form.setValue(QStringLiteral("input"), QStringLiteral("/data/sst it's.nc")));
    const QVariantMap v = form.values();
    EXPECT_EQ(v.value(QStringLiteral("steps")).toInt(), 7);
    EXPECT_EQ(v.value(QStringLiteral("tool")).toString(), QStringLiteral("python"));
    EXPECT_EQ(v.value(QStringLiteral("input")).toString(), QStringLiteral("/data/sst it's.nc"));
    EXPECT_EQ(v.value(QStringLiteral("anomaly")).toBool(), true);
    EXPECT_FALSE(v.contains(QStringLiteral("area")));
    EXPECT_FALSE(v.contains(QStringLiteral("period")));
    EXPECT_FALSE(v.contains(QStringLiteral("variable")));
}

TEST(RecipeForm, AreaAndPeriodFollowTheSharedSelection)
{
    Base::SelectionModel model;
    Gui::RecipeForm form;
    form.setSelectionModel(&model);
    form.setRecipe(everyType());
    EXPECT_TRUE(form.selectionText(QStringLiteral("area")).contains(QStringLiteral("whole world")));

    Base::Selection s;
    s.box = Base::GeoBox{-10.5, 40, 5, 50.25};
    s.timeStart = QStringLiteral("2020-01-01");
    s.timeEnd = QStringLiteral("2020-12-31");
    s.variables = {QStringLiteral("sst"), QStringLiteral("chl")};
    model.setSelection(s);
    const QString area = form.selectionText(QStringLiteral("area"));
    EXPECT_TRUE(area.contains(QStringLiteral("10.50°W"))) << qPrintable(area);
    EXPECT_TRUE(area.contains(QStringLiteral("50.25°N"))) << qPrintable(area);
    EXPECT_TRUE(form.selectionText(QStringLiteral("period")).contains(QStringLiteral("2020-12-31")));
    auto* variable = qobject_cast<QComboBox*>(form.editor(QStringLiteral("variable")));
    ASSERT_TRUE(variable);
    EXPECT_EQ(variable->count(), 2);

    // The values resolve against the same selection: the recipe receives the shared box.
    const Remote::Recipe& recipe = form.recipe();
    ASSERT_TRUE(form.setValue(QStringLiteral("input"), QStringLiteral("/data/in.nc")));
    auto resolved = recipe.resolve(form.values(), &model.selection());
    ASSERT_TRUE(resolved) << qPrintable(resolved.error().toString());
    EXPECT_EQ(resolved->value(QStringLiteral("variable")).toString(), QStringLiteral("sst"));
}

TEST(RecipeForm, ThePathBrowseButtonAsksForTheRemoteBrowser)
{
    Gui::RecipeForm form;
    form.setRecipe(everyType());
    QSignalSpy spy(&form, &Gui::RecipeForm::browseRequested);
    form.editor(QStringLiteral("input"))->findChild<QToolButton*>()->click();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("input"));
}
