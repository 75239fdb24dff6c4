// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodatasettask.h"

#include "tr.h"

#include "estran/base/feedback.h"
#include "estran/data/demogenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Estran::App {

DemoDatasetTask::DemoDatasetTask(QObject* parent)
    : Base::Task(Tr::tr("Preparing the demo dataset"), parent)
{
}

QString DemoDatasetTask::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + QStringLiteral("/demo/estran-demo-sst-v1.nc");
}

std::optional<Base::Error> DemoDatasetTask::run(Base::Feedback* feedback)
{
    const QString path = demoPath();
    if (QFileInfo(path).size() > 0) return std::nullopt;  // generated on an earlier run
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Base::Error(Base::Error::Kind::Io, QFileInfo(path).absolutePath(),
                           Tr::tr("cannot create the cache directory"));
    }
    feedback->setStatus(Tr::tr("Writing the demo dataset"));
    // Half-degree daily maps for a year: a real-looking, quickly written file (the generator
    // writes atomically, so a cancelled run leaves nothing half-done behind).
    Data::DemoGenerator::Options options;
    options.resolution = 0.5;
    options.days = 365;
    auto result = Data::DemoGenerator::generate(path, options, feedback);
    if (!result) return result.error();
    return std::nullopt;
}

}  // namespace Estran::App
