// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in cdo recipes submitted as users submit them: through a Scheduler ("This computer"),
// which writes its own job folder, so the shared lib/cdo-common.sh must reach that folder. The
// input is generated with ncgen; results are read back with netCDF-C.
#include "estran/remote/localhost.h"
#include "estran/remote/recipelibrary.h"
#include "estran/remote/scheduler.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>
#include <netcdf.h>

#include <vector>

using namespace Estran;
using namespace Estran::Remote;

namespace {

constexpr int kSteps = 24, kLats = 3, kLons = 4;

/// 24 monthly steps of 2000-2001 on a 3 x 4 grid (lat -1..1, lon 0..3) where sst is
/// 10 + month + 5 * year everywhere: the time mean is 18, the climatology of month m is
/// 12.5 + m, the anomaly -2.5 in 2000 and +2.5 in 2001.
QByteArray sampleCdl()
{
    QStringList times, sst, other;
    for (int t = 0; t < kSteps; ++t) {
        times.append(QString::number(QDate(2000, 1, 1).daysTo(QDate(2000 + t / 12, t % 12 + 1, 15))));
        for (int k = 0; k < kLats * kLons; ++k) {
            sst.append(QString::number(10 + t % 12 + 5 * (t / 12)));
            other.append(QStringLiteral("1"));
        }
    }
    return QStringLiteral(
               "netcdf sample {\n"
               "dimensions:\n  time = UNLIMITED ; lat = %1 ; lon = %2 ;\n"
               "variables:\n"
               "  double time(time) ; time:units = \"days since 2000-01-01 00:00:00\" ;\n"
               "    time:calendar = \"standard\" ; time:standard_name = \"time\" ; time:axis = \"T\" ;\n"
               "  double lat(lat) ; lat:units = \"degrees_north\" ; lat:standard_name = \"latitude\" ;\n"
               "  double lon(lon) ; lon:units = \"degrees_east\" ; lon:standard_name = \"longitude\" ;\n"
               "  float sst(time, lat, lon) ; sst:units = \"degree_Celsius\" ;\n"
               "  float other(time, lat, lon) ;\n"
               "data:\n  time = %3 ;\n  lat = -1, 0, 1 ;\n  lon = 0, 1, 2, 3 ;\n  sst = %4 ;\n  other = %5 ;\n}\n")
        .arg(kLats)
        .arg(kLons)
        .arg(times.join(QStringLiteral(", ")), sst.join(QStringLiteral(", ")), other.join(QStringLiteral(", ")))
        .toUtf8();
}

/// Every value of `variable` in `path`, or nothing when the file or variable is not there.
std::vector<double> valuesOf(const QString& path, const char* variable)
{
    int nc = -1, var = -1, ndims = 0, dims[NC_MAX_VAR_DIMS];
    if (nc_open(path.toUtf8().constData(), NC_NOWRITE, &nc) != NC_NOERR) return {};
    std::vector<double> data;
    if (nc_inq_varid(nc, variable, &var) == NC_NOERR && nc_inq_var(nc, var, nullptr, nullptr, &ndims, dims, nullptr) == NC_NOERR) {
        size_t count = 1;
        for (int i = 0; i < ndims; ++i) {
            size_t length = 0;
            nc_inq_dimlen(nc, dims[i], &length);
            count *= length;
        }
        data.resize(count);
        if (count > 0 && nc_get_var_double(nc, var, data.data()) != NC_NOERR) data.clear();
    }
    nc_close(nc);
    return data;
}

class RecipeJob : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_root.isValid());
        const QString cdl = m_root.filePath(QStringLiteral("sample.cdl"));
        QFile f(cdl);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(sampleCdl());
        f.close();
        m_input = m_root.filePath(QStringLiteral("sst 2000-2001.nc"));
        QProcess ncgen;
        ncgen.start(QStringLiteral("ncgen"), {QStringLiteral("-k"), QStringLiteral("nc4"), QStringLiteral("-o"), m_input, cdl});
        ASSERT_TRUE(ncgen.waitForFinished(30000));
        ASSERT_EQ(ncgen.exitCode(), 0) << ncgen.readAllStandardError().toStdString();

        m_library.load({});
        for (const Base::Error& e : m_library.problems()) ADD_FAILURE() << e.toString().toStdString();
        Profile profile;
        profile.name = QStringLiteral("local");
        profile.scheduler = Profile::Scheduler::Local;
        profile.workDir = m_root.filePath(QStringLiteral("jobs"));
        m_scheduler = Scheduler::create(profile, std::make_shared<LocalHost>());
        ASSERT_TRUE(m_scheduler);
    }

    /// Submits the recipe with `values` and waits for it to end; returns its job folder.
    QString run(const QString& id, const QVariantMap& values) { return run(m_library, id, values); }
    QString run(const RecipeLibrary& library, const QString& id, const QVariantMap& values)
    {
        const Recipe* recipe = library.find(id);
        EXPECT_NE(recipe, nullptr) << id.toStdString();
        if (!recipe) return {};
        Base::Result<JobRequest> request = recipe->jobRequest(values);
        EXPECT_TRUE(request.ok()) << request.error().toString().toStdString();
        if (!request) return {};
        Base::Result<SubmittedJob> job = m_scheduler->submit(*request);
        EXPECT_TRUE(job.ok()) << job.error().toString().toStdString();
        if (!job) return {};
        const Base::Result<JobInfo> info = finish(*job);
        EXPECT_TRUE(info.ok()) << info.error().toString().toStdString();
        if (!info) return {};
        EXPECT_EQ(info->state, JobState::Completed) << id.toStdString() << ": " << errorLog(job->jobDir).toStdString();
        // The shared file is in the job folder, as it is in the sources.
        EXPECT_EQ(read(job->jobDir + QStringLiteral("/lib/cdo-common.sh")),
                  read(QStringLiteral(ESTRAN_SOURCE_DIR "/resources/recipes/lib/cdo-common.sh")));
        return job->jobDir;
    }

    /// The job's state once it has ended (or after a minute).
    Base::Result<JobInfo> finish(const SubmittedJob& job)
    {
        QElapsedTimer clock;
        clock.start();
        Base::Result<JobInfo> info = m_scheduler->status(job);
        while (info && !info->isFinished() && clock.elapsed() < 60000) {
            QThread::msleep(100);
            info = m_scheduler->status(job);
        }
        return info;
    }

    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing " + path.toUtf8() + '>');
    }
    static QByteArray errorLog(const QString& jobDir) { return read(Scheduler::stderrPath(jobDir)); }

    /// The one file the job left in output/ (nothing hidden, no scratch folder), by name.
    static QString onlyResult(const QString& jobDir, const QString& name)
    {
        const QString output = Scheduler::outputDir(jobDir);
        EXPECT_EQ(QDir(output).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{name});
        return QDir(output).filePath(name);
    }

    QTemporaryDir m_root;
    QString m_input;
    RecipeLibrary m_library;
    std::unique_ptr<Scheduler> m_scheduler;
};

}  // namespace

TEST_F(RecipeJob, TimeMeanThroughTheSchedulerAveragesEachCell)
{
    const QString job = run(QStringLiteral("time-mean"), {{QStringLiteral("input"), m_input}, {QStringLiteral("variable"), QStringLiteral("sst")}});
    ASSERT_FALSE(job.isEmpty());
    const std::vector<double> mean = valuesOf(onlyResult(job, QStringLiteral("sst 2000-2001_timmean.nc")), "sst");
    ASSERT_EQ(mean.size(), size_t(kLats * kLons));
    for (double v : mean) EXPECT_NEAR(v, 18.0, 1e-5);
    EXPECT_TRUE(read(Scheduler::stdoutPath(job)).contains("wrote sst 2000-2001_timmean.nc"));
}

TEST_F(RecipeJob, ClimatologyThroughTheSchedulerGivesTwelveMonths)
{
    const QString job = run(QStringLiteral("climatology"), {{QStringLiteral("input"), m_input}, {QStringLiteral("variable"), QStringLiteral("sst")}});
    ASSERT_FALSE(job.isEmpty());
    const std::vector<double> clim = valuesOf(onlyResult(job, QStringLiteral("sst 2000-2001_clim.nc")), "sst");
    ASSERT_EQ(clim.size(), size_t(12 * kLats * kLons));
    for (int m = 0; m < 12; ++m) EXPECT_NEAR(clim[size_t(m) * kLats * kLons + 5], 12.5 + m, 1e-5) << "month " << m;
}

TEST_F(RecipeJob, AnomalyThroughTheSchedulerSubtractsTheReferenceClimatology)
{
    const QString job = run(QStringLiteral("anomaly"), {{QStringLiteral("input"), m_input},
                                                        {QStringLiteral("variable"), QStringLiteral("sst")},
                                                        {QStringLiteral("period"), QStringLiteral("2001-01-01/2001-12-31")}});
    ASSERT_FALSE(job.isEmpty());
    const std::vector<double> anom = valuesOf(onlyResult(job, QStringLiteral("sst 2000-2001_anom.nc")), "sst");
    ASSERT_EQ(anom.size(), size_t(kSteps * kLats * kLons));
    // Against 2001 alone, 2000 is 5 colder and 2001 has no anomaly.
    for (int t = 0; t < kSteps; ++t) EXPECT_NEAR(anom[size_t(t) * kLats * kLons], t < 12 ? -5.0 : 0.0, 1e-5) << t;
}

TEST_F(RecipeJob, SubsetWithCdoThroughTheSchedulerCutsAreaPeriodAndVariables)
{
    const QString job = run(QStringLiteral("subset"), {{QStringLiteral("input"), m_input},
                                                       {QStringLiteral("tool"), QStringLiteral("cdo")},
                                                       {QStringLiteral("area"), QStringLiteral("1,-1,2,0")},
                                                       {QStringLiteral("period"), QStringLiteral("2000-03-01/2000-05-31")},
                                                       {QStringLiteral("variables"), QStringLiteral("sst")}});
    ASSERT_FALSE(job.isEmpty());
    const QString result = onlyResult(job, QStringLiteral("sst 2000-2001_subset.nc"));
    EXPECT_EQ(valuesOf(result, "lon"), (std::vector<double>{1, 2}));
    EXPECT_EQ(valuesOf(result, "lat"), (std::vector<double>{-1, 0}));
    const std::vector<double> sst = valuesOf(result, "sst");
    ASSERT_EQ(sst.size(), 3u * 2 * 2);  // March to May 2000
    EXPECT_EQ(sst.front(), 12.0);
    EXPECT_EQ(sst.back(), 14.0);
    EXPECT_TRUE(valuesOf(result, "other").empty());
}

TEST_F(RecipeJob, ABadVariableNameFailsTheJobWithTheSharedCheck)
{
    const Recipe* recipe = m_library.find(QStringLiteral("climatology"));
    ASSERT_NE(recipe, nullptr);
    Base::Result<JobRequest> request = recipe->jobRequest(
        {{QStringLiteral("input"), m_input}, {QStringLiteral("variable"), QStringLiteral("sst,-setname")}});
    ASSERT_TRUE(request.ok());
    Base::Result<SubmittedJob> job = m_scheduler->submit(*request);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    const Base::Result<JobInfo> info = finish(*job);
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->state, JobState::Failed);
    EXPECT_EQ(info->exitCode, 2);
    EXPECT_TRUE(errorLog(job->jobDir).contains("estran climatology: 'sst,-setname' is not a variable name"))
        << errorLog(job->jobDir).toStdString();
}

TEST_F(RecipeJob, AUserRecipeReusingTheSharedFileRunsFromItsOwnFolder)
{
    // As docs/recipes.md tells users: a recipe of their own with a copy of lib/cdo-common.sh.
    QTemporaryDir user;
    QDir(user.path()).mkpath(QStringLiteral("lib"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(ESTRAN_SOURCE_DIR "/resources/recipes/lib/cdo-common.sh"),
                            user.filePath(QStringLiteral("lib/cdo-common.sh"))));
    QFile json(user.filePath(QStringLiteral("time-max.json")));
    ASSERT_TRUE(json.open(QIODevice::WriteOnly));
    json.write(R"({"title": "Time maximum", "tools": ["cdo"], "script_file": "time-max.sh", "files": ["lib/cdo-common.sh"],
                   "parameters": [{"name": "input", "type": "path", "required": true}, {"name": "variable", "type": "variable"},
                                  {"name": "area", "type": "area"}, {"name": "period", "type": "period"}]})");
    json.close();
    QFile script(user.filePath(QStringLiteral("time-max.sh")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write(". ./lib/cdo-common.sh || exit 1\ncdo_selection\ninput_files \"$ESTRAN_PARAM_INPUT\"\n"
                 "cdo_each timmax timmax \"${period[@]}\" \"${select[@]}\" in.nc\n");
    script.close();
    RecipeLibrary library;
    library.load({user.path()});
    ASSERT_TRUE(library.problems().isEmpty()) << library.problems().first().toString().toStdString();

    const QString job = run(library, QStringLiteral("time-max"),
                            {{QStringLiteral("input"), m_input}, {QStringLiteral("variable"), QStringLiteral("sst")},
                             {QStringLiteral("period"), QStringLiteral("2000-01-01/2000-12-31")}});
    ASSERT_FALSE(job.isEmpty());
    const std::vector<double> max = valuesOf(onlyResult(job, QStringLiteral("sst 2000-2001_timmax.nc")), "sst");
    ASSERT_EQ(max.size(), size_t(kLats * kLons));
    EXPECT_NEAR(max.front(), 21.0, 1e-5);  // December 2000: 10 + 11
}
