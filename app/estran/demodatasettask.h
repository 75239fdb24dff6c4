// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/task.h"

namespace Estran::App {

/// Makes sure the demo dataset exists: writes it with Data::DemoGenerator into the user cache
/// directory the first time (minutes at most, with progress and cancel), then reuses it.
class DemoDatasetTask final : public Base::Task {
    Q_OBJECT
public:
    explicit DemoDatasetTask(QObject* parent = nullptr);

    /// Where the demo lives: <cache>/demo/estran-demo-sst-v1.nc (the version changes with the
    /// generator options, so an old file is never mistaken for the current one).
    static QString demoPath();

protected:
    std::optional<Base::Error> run(Base::Feedback* feedback) override;
};

}  // namespace Estran::App
