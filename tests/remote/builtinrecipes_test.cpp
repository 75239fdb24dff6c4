// SPDX-License-Identifier: GPL-3.0-or-later
// Every built-in recipe run for real on this computer (bash, cdo, ncks, python3 + netCDF4) on a
// small CF file written here, and its output read back with netCDF-C.
#include "estran/remote/recipelibrary.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <netcdf.h>

#include <cmath>
#include <cstring>
#include <vector>

using namespace Estran;

namespace {

constexpr int kLon = 20, kLat = 10, kTime = 24;

/// lon 0..19 E, lat -5..4 N, 24 monthly steps of 2000-2001 (the 15th), sst = 10 + month + 5 * year
/// (month 0..11, year 0..1) everywhere: so the time mean is 18, the climatology of month m is
/// 12.5 + m, and the anomaly is -2.5 in 2000 and +2.5 in 2001.
void writeSample(const QString& path)
{
    int nc = 0, dLon = 0, dLat = 0, dTime = 0, vLon = 0, vLat = 0, vTime = 0, vSst = 0, vOther = 0;
    ASSERT_EQ(nc_create(path.toUtf8().constData(), NC_NETCDF4 | NC_CLOBBER, &nc), NC_NOERR);
    nc_def_dim(nc, "time", NC_UNLIMITED, &dTime);
    nc_def_dim(nc, "lat", kLat, &dLat);
    nc_def_dim(nc, "lon", kLon, &dLon);
    nc_def_var(nc, "time", NC_DOUBLE, 1, &dTime, &vTime);
    nc_def_var(nc, "lat", NC_DOUBLE, 1, &dLat, &vLat);
    nc_def_var(nc, "lon", NC_DOUBLE, 1, &dLon, &vLon);
    const int dims[3] = {dTime, dLat, dLon};
    nc_def_var(nc, "sst", NC_FLOAT, 3, dims, &vSst);
    nc_def_var(nc, "other", NC_FLOAT, 3, dims, &vOther);
    const auto text = [nc](int var, const char* name, const char* value) {
        nc_put_att_text(nc, var, name, std::strlen(value), value);
    };
    text(vTime, "units", "days since 2000-01-01 00:00:00");
    text(vTime, "calendar", "standard");
    text(vTime, "standard_name", "time");
    text(vTime, "axis", "T");
    text(vLat, "units", "degrees_north");
    text(vLat, "standard_name", "latitude");
    text(vLat, "axis", "Y");
    text(vLon, "units", "degrees_east");
    text(vLon, "standard_name", "longitude");
    text(vLon, "axis", "X");
    text(vSst, "units", "degree_Celsius");
    text(vSst, "standard_name", "sea_surface_temperature");
    text(NC_GLOBAL, "Conventions", "CF-1.8");
    ASSERT_EQ(nc_enddef(nc), NC_NOERR);
    std::vector<double> lon(kLon), lat(kLat), time(kTime);
    for (int i = 0; i < kLon; ++i) lon[i] = i;
    for (int j = 0; j < kLat; ++j) lat[j] = j - 5;
    for (int t = 0; t < kTime; ++t) time[t] = QDate(2000, 1, 1).daysTo(QDate(2000 + t / 12, t % 12 + 1, 15));
    std::vector<float> sst(size_t(kTime) * kLat * kLon), other(sst.size(), 1.0f);
    for (int t = 0; t < kTime; ++t)
        for (int k = 0; k < kLat * kLon; ++k) sst[size_t(t) * kLat * kLon + k] = float(10 + t % 12 + 5 * (t / 12));
    const size_t start[3] = {0, 0, 0}, count[3] = {size_t(kTime), size_t(kLat), size_t(kLon)};
    ASSERT_EQ(nc_put_var_double(nc, vLon, lon.data()), NC_NOERR);
    ASSERT_EQ(nc_put_var_double(nc, vLat, lat.data()), NC_NOERR);
    ASSERT_EQ(nc_put_vara_double(nc, vTime, start, &count[0], time.data()), NC_NOERR);
    ASSERT_EQ(nc_put_vara_float(nc, vSst, start, count, sst.data()), NC_NOERR);
    ASSERT_EQ(nc_put_vara_float(nc, vOther, start, count, other.data()), NC_NOERR);
    ASSERT_EQ(nc_close(nc), NC_NOERR);
}

struct NcFile {
    int id = -1;
    explicit NcFile(const QString& path) { nc_open(path.toUtf8().constData(), NC_NOWRITE, &id); }
    ~NcFile()
    {
        if (id >= 0) nc_close(id);
    }
    bool ok() const { return id >= 0; }
    bool hasVariable(const char* name) const
    {
        int v = 0;
        return nc_inq_varid(id, name, &v) == NC_NOERR;
    }
    std::vector<double> values(const char* name) const
    {
        int v = 0, ndims = 0, dims[NC_MAX_VAR_DIMS];
        if (nc_inq_varid(id, name, &v) != NC_NOERR) return {};
        nc_inq_varndims(id, v, &ndims);
        nc_inq_vardimid(id, v, dims);
        size_t n = 1;
        for (int i = 0; i < ndims; ++i) {
            size_t len = 0;
            nc_inq_dimlen(id, dims[i], &len);
            n *= len;
        }
        std::vector<double> data(n);
        if (n > 0 && nc_get_var_double(id, v, data.data()) != NC_NOERR) return {};
        return data;
    }
};

struct RecipeRun {
    int exitCode = -1;
    QByteArray out, err;
    QString outputDir;
};

/// Runs a recipe's job as the schedulers do: the script from a file in a fresh job folder, the
/// parameters in the environment, $ESTRAN_OUTPUT_DIR set.
RecipeRun runRecipe(const QString& id, const QVariantMap& values, const QTemporaryDir& dir, const QString& jobName,
              const QStringList& path = {})
{
    Remote::RecipeLibrary library;
    library.load({});
    const Remote::Recipe* recipe = library.find(id);
    EXPECT_NE(recipe, nullptr) << id.toStdString();
    if (!recipe) return {};
    Base::Result<QVariantMap> resolved = recipe->resolve(values);
    EXPECT_TRUE(resolved.ok()) << resolved.error().toString().toStdString();
    if (!resolved) return {};
    Base::Result<Remote::JobRequest> job = recipe->jobRequest(*resolved);
    EXPECT_TRUE(job.ok());
    if (!job) return {};
    const QString jobDir = dir.filePath(jobName);
    QDir().mkpath(jobDir + QStringLiteral("/output"));
    QFile script(jobDir + QStringLiteral("/job.sh"));
    EXPECT_TRUE(script.open(QIODevice::WriteOnly));
    script.write(job->script);
    script.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = job->environment.begin(); it != job->environment.end(); ++it) env.insert(it.key(), it.value());
    env.insert(QStringLiteral("ESTRAN_OUTPUT_DIR"), jobDir + QStringLiteral("/output"));
    // /usr/bin first: the system python3 has netCDF4 (a user's pyenv may not).
    env.insert(QStringLiteral("PATH"), (path + QStringList{QStringLiteral("/usr/bin:/bin")}).join(u':'));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(jobDir);
    p.start(QStringLiteral("/bin/bash"), {QStringLiteral("./job.sh")});
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError(), jobDir + QStringLiteral("/output")};
}

class BuiltinRecipes : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_input = m_dir.filePath(QStringLiteral("sst 2000-2001.nc"));
        writeSample(m_input);
    }
    QTemporaryDir m_dir;
    QString m_input;
};

void expectSubset(const QString& file, const std::string& tool)
{
    NcFile nc(file);
    ASSERT_TRUE(nc.ok()) << tool << ": " << file.toStdString();
    const std::vector<double> lon = nc.values("lon"), lat = nc.values("lat"), time = nc.values("time");
    EXPECT_EQ(lon, (std::vector<double>{2, 3, 4, 5, 6})) << tool;
    EXPECT_EQ(lat, (std::vector<double>{-1, 0, 1, 2})) << tool;
    ASSERT_EQ(time.size(), 3u) << tool;  // March to May 2000
    EXPECT_EQ(time[0], QDate(2000, 1, 1).daysTo(QDate(2000, 3, 15))) << tool;
    const std::vector<double> sst = nc.values("sst");
    ASSERT_EQ(sst.size(), 3u * 4 * 5) << tool;
    EXPECT_EQ(sst.front(), 12.0) << tool;
    EXPECT_EQ(sst.back(), 14.0) << tool;
    EXPECT_FALSE(nc.hasVariable("other")) << tool;
}

}  // namespace

TEST_F(BuiltinRecipes, SubsetCutsAreaPeriodAndVariablesWithEachTool)
{
    for (const char* tool : {"cdo", "nco", "python"}) {
        const RecipeRun r = runRecipe(QStringLiteral("subset"),
                                {{QStringLiteral("input"), m_input},
                                 {QStringLiteral("area"), QStringLiteral("2,-1,6,2")},
                                 {QStringLiteral("period"), QStringLiteral("2000-03-01/2000-05-31")},
                                 {QStringLiteral("variables"), QStringLiteral("sst")},
                                 {QStringLiteral("tool"), QLatin1String(tool)}},
                                m_dir, QStringLiteral("job-%1").arg(QLatin1String(tool)));
        ASSERT_EQ(r.exitCode, 0) << tool << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.contains("wrote sst 2000-2001_subset.nc")) << r.out.toStdString();
        // Only the finished file is left: the temporary name was renamed.
        EXPECT_EQ(QDir(r.outputDir).entryList(QDir::Files | QDir::Hidden),
                  QStringList{QStringLiteral("sst 2000-2001_subset.nc")}) << tool;
        expectSubset(QDir(r.outputDir).filePath(QStringLiteral("sst 2000-2001_subset.nc")), tool);
    }
}

TEST_F(BuiltinRecipes, SubsetOfAFolderCutsEachNetcdfFileInIt)
{
    const QString folder = m_dir.filePath(QStringLiteral("in folder"));
    QDir().mkpath(folder);
    QFile::copy(m_input, folder + QStringLiteral("/a.nc"));
    QFile::copy(m_input, folder + QStringLiteral("/b.nc"));
    const RecipeRun r = runRecipe(QStringLiteral("subset"),
                            {{QStringLiteral("input"), folder}, {QStringLiteral("area"), QStringLiteral("2,-1,6,2")}},
                            m_dir, QStringLiteral("job-folder"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QDir(r.outputDir).entryList(QDir::Files),
              QStringList({QStringLiteral("a_subset.nc"), QStringLiteral("b_subset.nc")}));
    NcFile nc(QDir(r.outputDir).filePath(QStringLiteral("b_subset.nc")));
    EXPECT_EQ(nc.values("lon").size(), 5u);
    EXPECT_EQ(nc.values("time").size(), size_t(kTime));
}

TEST_F(BuiltinRecipes, TimeMeanAveragesThePeriod)
{
    const RecipeRun all = runRecipe(QStringLiteral("time-mean"),
                              {{QStringLiteral("input"), m_input}, {QStringLiteral("variable"), QStringLiteral("sst")}},
                              m_dir, QStringLiteral("job-mean"));
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    NcFile nc(QDir(all.outputDir).filePath(QStringLiteral("sst 2000-2001_timmean.nc")));
    ASSERT_TRUE(nc.ok());
    const std::vector<double> mean = nc.values("sst");
    ASSERT_EQ(mean.size(), size_t(kLat * kLon));
    EXPECT_NEAR(mean.front(), 18.0, 1e-5);
    EXPECT_NEAR(mean.back(), 18.0, 1e-5);
    EXPECT_FALSE(nc.hasVariable("other"));

    const RecipeRun year = runRecipe(QStringLiteral("time-mean"),
                               {{QStringLiteral("input"), m_input},
                                {QStringLiteral("variable"), QStringLiteral("sst")},
                                {QStringLiteral("period"), QStringLiteral("2000-01-01/2000-12-31")},
                                {QStringLiteral("area"), QStringLiteral("0,0,9.5,4")}},
                               m_dir, QStringLiteral("job-mean-2000"));
    ASSERT_EQ(year.exitCode, 0) << year.err.toStdString();
    NcFile nc2000(QDir(year.outputDir).filePath(QStringLiteral("sst 2000-2001_timmean.nc")));
    const std::vector<double> mean2000 = nc2000.values("sst");
    ASSERT_EQ(mean2000.size(), 5u * 10);  // lat 0..4, lon 0..9
    EXPECT_NEAR(mean2000.front(), 15.5, 1e-5);
}

TEST_F(BuiltinRecipes, ClimatologyGivesTheMeanOfEachCalendarMonth)
{
    const RecipeRun r = runRecipe(QStringLiteral("climatology"),
                            {{QStringLiteral("input"), m_input}, {QStringLiteral("variable"), QStringLiteral("sst")}},
                            m_dir, QStringLiteral("job-clim"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    NcFile nc(QDir(r.outputDir).filePath(QStringLiteral("sst 2000-2001_clim.nc")));
    ASSERT_TRUE(nc.ok());
    const std::vector<double> clim = nc.values("sst");
    ASSERT_EQ(clim.size(), size_t(12 * kLat * kLon));
    for (int m = 0; m < 12; ++m) EXPECT_NEAR(clim[size_t(m) * kLat * kLon], 12.5 + m, 1e-5) << "month " << m;
}

TEST_F(BuiltinRecipes, AnomalySubtractsTheMonthlyClimatology)
{
    const RecipeRun r = runRecipe(QStringLiteral("anomaly"),
                            {{QStringLiteral("input"), m_input}, {QStringLiteral("variable"), QStringLiteral("sst")}},
                            m_dir, QStringLiteral("job-anom"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    NcFile nc(QDir(r.outputDir).filePath(QStringLiteral("sst 2000-2001_anom.nc")));
    ASSERT_TRUE(nc.ok());
    const std::vector<double> anom = nc.values("sst");
    ASSERT_EQ(anom.size(), size_t(kTime * kLat * kLon));
    for (int t = 0; t < kTime; ++t) EXPECT_NEAR(anom[size_t(t) * kLat * kLon], t < 12 ? -2.5 : 2.5, 1e-5) << t;

    // Against 2000 alone as the reference, 2000 has no anomaly and 2001 is 5 warmer.
    const RecipeRun ref = runRecipe(QStringLiteral("anomaly"),
                              {{QStringLiteral("input"), m_input},
                               {QStringLiteral("variable"), QStringLiteral("sst")},
                               {QStringLiteral("period"), QStringLiteral("2000-01-01/2000-12-31")}},
                              m_dir, QStringLiteral("job-anom-ref"));
    ASSERT_EQ(ref.exitCode, 0) << ref.err.toStdString();
    NcFile nc2(QDir(ref.outputDir).filePath(QStringLiteral("sst 2000-2001_anom.nc")));
    const std::vector<double> anom2 = nc2.values("sst");
    ASSERT_EQ(anom2.size(), size_t(kTime * kLat * kLon));
    EXPECT_NEAR(anom2[0], 0.0, 1e-5);
    EXPECT_NEAR(anom2[size_t(13) * kLat * kLon], 5.0, 1e-5);
}

TEST_F(BuiltinRecipes, CustomScriptRunsTheUsersScriptWithTheSelection)
{
    const RecipeRun r = runRecipe(QStringLiteral("custom-script"),
                            {{QStringLiteral("script"),
                              QStringLiteral("echo \"west=$ESTRAN_PARAM_AREA_WEST\"\n"
                                             "echo done > \"$ESTRAN_OUTPUT_DIR/result.txt.part\"\n"
                                             "mv \"$ESTRAN_OUTPUT_DIR/result.txt.part\" \"$ESTRAN_OUTPUT_DIR/result.txt\"\n"
                                             "exit 3\n")},
                             {QStringLiteral("area"), QStringLiteral("-7.5,40,5,50")}},
                            m_dir, QStringLiteral("job-custom"));
    EXPECT_EQ(r.exitCode, 3);  // the user's exit status is the job's
    EXPECT_EQ(r.out, QByteArray("west=-7.5\n"));
    QFile result(QDir(r.outputDir).filePath(QStringLiteral("result.txt")));
    ASSERT_TRUE(result.open(QIODevice::ReadOnly));
    EXPECT_EQ(result.readAll(), QByteArray("done\n"));
}

TEST_F(BuiltinRecipes, ShellMetacharactersInValuesAndFileNamesStayData)
{
    const QString marker = m_dir.filePath(QStringLiteral("pwned"));
    const QString folder = m_dir.filePath(QStringLiteral("it's \"odd\" $(touch %1); `touch %1`\nline").arg(marker));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::copy(m_input, folder + QStringLiteral("/-x; touch %1 #.nc").arg(QFileInfo(marker).fileName())));
    const RecipeRun r = runRecipe(QStringLiteral("subset"),
                            {{QStringLiteral("input"), folder},
                             {QStringLiteral("area"), QStringLiteral("2,-1,6,2")},
                             {QStringLiteral("tool"), QStringLiteral("nco")}},
                            m_dir, QStringLiteral("job-odd"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(marker));
    EXPECT_EQ(QDir(r.outputDir).entryList(QDir::Files).size(), 1);

    // A variable list trying to smuggle a cdo operator or a command is refused by the script.
    const RecipeRun bad = runRecipe(QStringLiteral("subset"),
                              {{QStringLiteral("input"), m_input},
                               {QStringLiteral("variables"), QStringLiteral("sst,$(touch %1)").arg(marker)}},
                              m_dir, QStringLiteral("job-bad"));
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(bad.err.contains("is not a variable name")) << bad.err.toStdString();
    EXPECT_FALSE(QFile::exists(marker));

    for (const QString& value : {QStringLiteral("$(touch %1)").arg(marker), QStringLiteral("`touch %1`").arg(marker),
                                 QStringLiteral("'; touch %1; '").arg(marker), QStringLiteral("\"; touch %1; \"").arg(marker),
                                 QStringLiteral("x\ntouch %1").arg(marker), QStringLiteral("a; touch %1").arg(marker)}) {
        const RecipeRun echo = runRecipe(QStringLiteral("custom-script"),
                                   {{QStringLiteral("script"),
                                     QStringLiteral("printf '%s' \"$ESTRAN_PARAM_VARIABLE\" > \"$ESTRAN_OUTPUT_DIR/v\"")},
                                    {QStringLiteral("variable"), value.contains(u'\n') ? QStringLiteral("x") : value}},
                                   m_dir, QStringLiteral("job-echo-%1").arg(qHash(value)));
        ASSERT_EQ(echo.exitCode, 0) << echo.err.toStdString();
        QFile v(QDir(echo.outputDir).filePath(QStringLiteral("v")));
        ASSERT_TRUE(v.open(QIODevice::ReadOnly));
        EXPECT_EQ(QString::fromUtf8(v.readAll()), value.contains(u'\n') ? QStringLiteral("x") : value);
        EXPECT_FALSE(QFile::exists(marker)) << value.toStdString();
    }
}

TEST_F(BuiltinRecipes, AMissingToolFailsWithAClearMessage)
{
    // A PATH with bash and coreutils but no cdo.
    const QString bin = m_dir.filePath(QStringLiteral("bin"));
    QDir().mkpath(bin);
    for (const char* tool : {"bash", "hostname", "mkdir", "basename", "mv", "rm"})
        QFile::link(QStringLiteral("/bin/") + QLatin1String(tool), bin + u'/' + QLatin1String(tool));
    Remote::RecipeLibrary library;
    library.load({});
    const Remote::Recipe* recipe = library.find(QStringLiteral("time-mean"));
    ASSERT_NE(recipe, nullptr);
    Base::Result<Remote::JobRequest> job = recipe->jobRequest({{QStringLiteral("input"), m_input}});
    ASSERT_TRUE(job.ok());
    QProcessEnvironment env;
    for (auto it = job->environment.begin(); it != job->environment.end(); ++it) env.insert(it.key(), it.value());
    env.insert(QStringLiteral("ESTRAN_OUTPUT_DIR"), m_dir.filePath(QStringLiteral("out")));
    env.insert(QStringLiteral("PATH"), bin);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), QString::fromUtf8(job->script)});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 127);
    const QByteArray err = p.readAllStandardError();
    EXPECT_TRUE(err.contains("needs 'cdo', which is not installed")) << err.toStdString();
}
