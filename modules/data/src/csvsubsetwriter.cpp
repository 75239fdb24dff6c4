// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesubsetwriters.h"

#include "estran/data/dataset.h"
#include "estran/data/subsetplan.h"
#include "subsetsteps.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cmath>
#include <numbers>

namespace Estran::Data::detail {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')) return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}
}  // namespace

Base::Result<void> writeCsvSubset(Dataset& dataset, const SubsetPlan& plan, const QString& path, Base::Feedback* feedback)
{
    const Grid& g = *plan.grid;
    // Weights: cos(latitude), so a degree near the pole counts for the area it covers.
    std::vector<double> weights;
    for (int r : plan.rows) {
        for (int c : plan.columns) weights.push_back(std::cos(g.latAt(c, r) * std::numbers::pi / 180.0));
    }
    const qint64 steps = plan.stepCount();
    std::vector<std::vector<double>> table(size_t(plan.variables.size()), std::vector<double>(size_t(steps), NAN));
    std::vector<qint64> stepTime(static_cast<size_t>(steps)), stepLevel(static_cast<size_t>(steps));
    qint64 done = 0;
    for (qsizetype k = 0; k < plan.variables.size(); ++k) {
        Base::Result<void> r = forEachStep(dataset, plan, plan.variables[k].name, [&](const SubsetStep& step) -> Base::Result<void> {
            double sum = 0, wsum = 0;
            for (size_t i = 0; i < step.values.size(); ++i) {
                if (std::isnan(step.values[i])) continue;
                sum += weights[i] * double(step.values[i]);
                wsum += weights[i];
            }
            table[size_t(k)][size_t(step.index)] = wsum > 0 ? sum / wsum : NAN;
            stepTime[size_t(step.index)] = step.time;
            stepLevel[size_t(step.index)] = step.level;
            Base::reportProgress(feedback, 100.0 * double(++done) / double(steps * plan.variables.size()));
            return {};
        }, feedback);
        if (!r) return r;
    }

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Base::Error(Base::Error::Kind::Io, path, tr("Cannot write the CSV file"), file.errorString());
    QTextStream out(&file);
    QStringList header{QStringLiteral("time")};
    if (!g.levels.empty()) header << QStringLiteral("%1 (%2)").arg(g.levelName.section(u'/', -1), g.levelUnits);
    for (const VariableInfo& v : plan.variables)
        header << csvField(v.units.isEmpty() ? v.name.section(u'/', -1) : QStringLiteral("%1 (%2)").arg(v.name.section(u'/', -1), v.units));
    out << header.join(u',') << '\n';
    for (qint64 s = 0; s < steps; ++s) {
        QStringList row;
        row << (g.timeAxis && !g.times.empty() ? g.timeAxis->toIsoString(g.times[size_t(stepTime[size_t(s)])]) : QString());
        if (!g.levels.empty()) row << QString::number(g.levels[size_t(stepLevel[size_t(s)])], 'g', 10);
        for (const auto& column : table) row << (std::isnan(column[size_t(s)]) ? QString() : QString::number(column[size_t(s)], 'g', 7));
        out << row.join(u',') << '\n';
    }
    out.flush();
    if (out.status() != QTextStream::Ok || !file.flush())
        return Base::Error(Base::Error::Kind::Io, path, tr("Cannot write the CSV file"), file.errorString());
    return {};
}

}  // namespace Estran::Data::detail
