// SPDX-License-Identifier: GPL-3.0-or-later
// The Plugins dialog on the real plugin folders: ESTRAN_PLUGIN_PATH (set before the first scan)
// names the test plugins (tinygrid works, broken/ holds refused ones), Estran's own folder holds
// the GDAL plugin, and HOME is a temporary folder so the user's plugin folder is ours.
#include "estran/data/readerregistry.h"
#include "estran/gui/pluginsdialog.h"
#include "pluginsaction.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>

using Estran::Gui::PluginsDialog;

namespace {

const QString kTinygridDir = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/tinygrid");
const QString kBrokenDir = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/broken");
const QString kOwnDir = QStringLiteral(ESTRAN_BINARY_DIR "/lib/estran/plugins");
const QString kProviderDir = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/geojsonlist");
const QString kBrokenProviderDir = QStringLiteral(ESTRAN_BINARY_DIR "/tests/plugins/brokenproviders");

/// Receives the URLs the dialog hands to the desktop, instead of a file manager starting.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

class PluginsDialogTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_home = std::make_unique<QTemporaryDir>();
        qputenv("HOME", QFile::encodeName(s_home->path()));
        qputenv("ESTRAN_PLUGIN_PATH", QFile::encodeName(QStringList{kTinygridDir, kBrokenDir, kProviderDir, kBrokenProviderDir}
                                                             .join(u':')));
    }
    static void TearDownTestSuite() { s_home.reset(); }

    /// A dialog that has shown its first scan.
    static std::unique_ptr<PluginsDialog> openDialog()
    {
        auto dialog = std::make_unique<PluginsDialog>();
        QSignalSpy refreshed(dialog.get(), &PluginsDialog::refreshed);
        EXPECT_TRUE(refreshed.wait(20000));
        return dialog;
    }

    /// The row whose column `column` reads `text`, or -1.
    static int rowWith(const QTableWidget* table, int column, const QString& text)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, column) && table->item(r, column)->text() == text) return r;
        }
        return -1;
    }

    static QString cell(const QTableWidget* table, int row, int column)
    {
        return row >= 0 && table->item(row, column) ? table->item(row, column)->text() : QString();
    }

    static std::unique_ptr<QTemporaryDir> s_home;
};

std::unique_ptr<QTemporaryDir> PluginsDialogTest::s_home;

}  // namespace

TEST_F(PluginsDialogTest, ListsEveryUsablePluginWithWhatItsMetadataSays)
{
    const auto dialog = openDialog();
    const QTableWidget* table = dialog->pluginTable();
    const int tiny = rowWith(table, PluginsDialog::IdColumn, QStringLiteral("tinygrid"));
    ASSERT_GE(tiny, 0);
    EXPECT_EQ(cell(table, tiny, PluginsDialog::NameColumn), QStringLiteral("Tiny text grids"));
    EXPECT_EQ(cell(table, tiny, PluginsDialog::VersionColumn), QStringLiteral("1.2.0"));
    EXPECT_EQ(cell(table, tiny, PluginsDialog::KindColumn), QStringLiteral("Reader"));
    EXPECT_EQ(cell(table, tiny, PluginsDialog::DescriptionColumn),
              QStringLiteral("Grids written as plain text, one line per row"));
    EXPECT_EQ(cell(table, tiny, PluginsDialog::FileColumn), QStringLiteral("libestran_tinygrid.so"));
    EXPECT_EQ(cell(table, tiny, PluginsDialog::FolderColumn), QDir(kTinygridDir).canonicalPath());
    EXPECT_EQ(cell(table, tiny, PluginsDialog::StateColumn), QStringLiteral("Not loaded yet"));

    const int gdal = rowWith(table, PluginsDialog::IdColumn, QStringLiteral("gdal"));
    ASSERT_GE(gdal, 0);
    EXPECT_TRUE(cell(table, gdal, PluginsDialog::NameColumn).startsWith(u"GDAL rasters"));
    EXPECT_EQ(cell(table, gdal, PluginsDialog::FolderColumn), QDir(kOwnDir).canonicalPath());
    // Found by the search order: the environment's folders first, Estran's own last.
    EXPECT_LT(tiny, gdal);
}

TEST_F(PluginsDialogTest, ShowsEachRefusedFileWithItsReason)
{
    const auto dialog = openDialog();
    const QTableWidget* table = dialog->pluginTable();
    const int bad = rowWith(table, PluginsDialog::FileColumn, QStringLiteral("libestran_badmetadata.so"));
    ASSERT_GE(bad, 0);
    EXPECT_EQ(cell(table, bad, PluginsDialog::StateColumn),
              QStringLiteral("Failed: Bad plugin metadata: \"id\" is missing or not a text"));
    EXPECT_EQ(cell(table, bad, PluginsDialog::FolderColumn), QDir(kBrokenDir).canonicalPath());
    const int old = rowWith(table, PluginsDialog::FileColumn, QStringLiteral("libestran_oldinterface.so"));
    ASSERT_GE(old, 0);
    EXPECT_EQ(cell(table, old, PluginsDialog::StateColumn),
              QStringLiteral("Failed: The plugin was built for reader interface 0.9; this Estran loads 1.0"));
    // Selecting a broken row shows the problem in the details pane.
    const_cast<QTableWidget*>(table)->selectRow(old);
    const auto* details = dialog->findChild<QLabel*>(QStringLiteral("pluginDetails"));
    ASSERT_NE(details, nullptr);
    EXPECT_TRUE(details->text().contains(QStringLiteral("reader interface 0.9"))) << details->text().toStdString();
}

TEST_F(PluginsDialogTest, LoadNowShowsAPluginThatLoadsAndOneThatFailsWithTheLoadersReason)
{
    const auto dialog = openDialog();
    QTableWidget* table = dialog->pluginTable();
    auto* load = dialog->findChild<QPushButton*>(QStringLiteral("loadNow"));
    ASSERT_NE(load, nullptr);

    table->selectRow(rowWith(table, PluginsDialog::IdColumn, QStringLiteral("tinygrid")));
    ASSERT_TRUE(load->isEnabled());
    QSignalSpy refreshed(dialog.get(), &PluginsDialog::refreshed);
    load->click();
    ASSERT_TRUE(refreshed.wait(20000));
    const int tiny = rowWith(table, PluginsDialog::IdColumn, QStringLiteral("tinygrid"));
    EXPECT_EQ(cell(table, tiny, PluginsDialog::StateColumn), QStringLiteral("Loaded"));
    EXPECT_TRUE(Estran::Data::ReaderRegistry::instance().readerIds().contains(QStringLiteral("tinygrid")));
    EXPECT_FALSE(load->isEnabled()) << "the selection stays on the loaded plugin";

    table->selectRow(rowWith(table, PluginsDialog::IdColumn, QStringLiteral("unresolved")));
    EXPECT_EQ(cell(table, rowWith(table, PluginsDialog::IdColumn, QStringLiteral("unresolved")),
                   PluginsDialog::StateColumn),
              QStringLiteral("Not loaded yet"));
    ASSERT_TRUE(load->isEnabled());
    load->click();
    ASSERT_TRUE(refreshed.wait(20000));
    const QString state =
        cell(table, rowWith(table, PluginsDialog::IdColumn, QStringLiteral("unresolved")), PluginsDialog::StateColumn);
    EXPECT_TRUE(state.startsWith(u"Failed: ")) << state.toStdString();
    EXPECT_TRUE(state.contains(QStringLiteral("undefined symbol: estranTestSymbolNobodyDefines"))) << state.toStdString();
    // A failed load is shown on the plugin's own row, not as a second row for its file.
    int rowsForFile = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        rowsForFile += cell(table, r, PluginsDialog::FileColumn) == u"libestran_unresolved.so";
    EXPECT_EQ(rowsForFile, 1);
}

TEST_F(PluginsDialogTest, ListsCatalogueProviderPluginsBesideReaders)
{
    const auto dialog = openDialog();
    QTableWidget* table = dialog->pluginTable();
    const int geojson = rowWith(table, PluginsDialog::IdColumn, QStringLiteral("geojsonlist"));
    ASSERT_GE(geojson, 0);
    EXPECT_EQ(cell(table, geojson, PluginsDialog::NameColumn), QStringLiteral("GeoJSON listings"));
    EXPECT_EQ(cell(table, geojson, PluginsDialog::VersionColumn), QStringLiteral("1.0.0"));
    EXPECT_EQ(cell(table, geojson, PluginsDialog::KindColumn), QStringLiteral("Catalogue provider"));
    EXPECT_EQ(cell(table, geojson, PluginsDialog::StateColumn), QStringLiteral("Not loaded yet"));
    EXPECT_EQ(cell(table, geojson, PluginsDialog::FolderColumn), QDir(kProviderDir).canonicalPath());
    table->selectRow(geojson);
    const auto* details = dialog->findChild<QLabel*>(QStringLiteral("pluginDetails"));
    EXPECT_TRUE(details->text().contains(QStringLiteral("GeoJSON listing (geojson-list)"))) << details->text().toStdString();
    EXPECT_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("loadNow"))->isEnabled())
        << "a provider plugin loads with its first provider";

    const int unresolved = rowWith(table, PluginsDialog::IdColumn, QStringLiteral("unresolvedprovider"));
    ASSERT_GE(unresolved, 0);
    EXPECT_EQ(cell(table, unresolved, PluginsDialog::KindColumn), QStringLiteral("Catalogue provider"));
    const int badTypes = rowWith(table, PluginsDialog::FileColumn, QStringLiteral("libestran_badtypes.so"));
    ASSERT_GE(badTypes, 0);
    EXPECT_TRUE(cell(table, badTypes, PluginsDialog::StateColumn).startsWith(u"Failed: Bad plugin metadata"))
        << cell(table, badTypes, PluginsDialog::StateColumn).toStdString();
    // Readers and providers share the folders: neither kind reports the other's plugins as errors.
    for (const QString& file : {QStringLiteral("libestran_geojsonlist.so"), QStringLiteral("libestran_tinygrid.so")}) {
        int rows = 0;
        for (int r = 0; r < table->rowCount(); ++r) rows += cell(table, r, PluginsDialog::FileColumn) == file;
        EXPECT_EQ(rows, 1) << file.toStdString();
    }
}

TEST_F(PluginsDialogTest, ListsTheFoldersWithWhereEachComesFrom)
{
    const auto dialog = openDialog();
    const QTableWidget* folders = dialog->folderTable();
    ASSERT_GE(folders->rowCount(), 4);
    EXPECT_EQ(cell(folders, 0, 0), QDir(kTinygridDir).canonicalPath());
    EXPECT_EQ(cell(folders, 0, 1), QStringLiteral("ESTRAN_PLUGIN_PATH"));
    EXPECT_EQ(cell(folders, 1, 0), QDir(kBrokenDir).canonicalPath());
    const QString user = Estran::Data::ReaderRegistry::userPluginDirectory();
    EXPECT_TRUE(user.startsWith(s_home->path())) << user.toStdString();
    const int userRow = rowWith(folders, 0, user);
    ASSERT_GE(userRow, 0);
    EXPECT_EQ(cell(folders, userRow, 1), QStringLiteral("Your plugin folder (does not exist)"));
    EXPECT_EQ(cell(folders, folders->rowCount() - 1, 0), QDir(kOwnDir).canonicalPath());
    EXPECT_EQ(cell(folders, folders->rowCount() - 1, 1), QStringLiteral("Estran's own plugins"));
}

TEST_F(PluginsDialogTest, OpenMyPluginFolderCreatesItAndFindsAPluginCopiedThere)
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    const auto dialog = openDialog();
    const QString user = Estran::Data::ReaderRegistry::userPluginDirectory();
    ASSERT_FALSE(QFileInfo::exists(user));

    QSignalSpy opened(dialog.get(), &PluginsDialog::userFolderOpened);
    QSignalSpy refreshed(dialog.get(), &PluginsDialog::refreshed);
    dialog->findChild<QPushButton*>(QStringLiteral("openUserFolder"))->click();
    ASSERT_TRUE(opened.wait(20000));
    EXPECT_TRUE(QFileInfo(user).isDir());
    ASSERT_EQ(catcher.urls.size(), 1);
    EXPECT_EQ(catcher.urls.front(), QUrl::fromLocalFile(user));
    if (refreshed.isEmpty()) {
        ASSERT_TRUE(refreshed.wait(20000));
    }
    const QTableWidget* folders = dialog->folderTable();
    EXPECT_EQ(cell(folders, rowWith(folders, 0, QDir(user).canonicalPath()), 1), QStringLiteral("Your plugin folder"));

    // A file copied there appears after Rescan (a refused one: every usable test plugin's id is
    // already taken by an earlier folder, and the first folder holding an id wins).
    ASSERT_TRUE(QFile::copy(kBrokenDir + QStringLiteral("/libestran_badmetadata.so"),
                            user + QStringLiteral("/libestran_badcopy.so")));
    const QTableWidget* table = dialog->pluginTable();
    EXPECT_LT(rowWith(table, PluginsDialog::FileColumn, QStringLiteral("libestran_badcopy.so")), 0);
    refreshed.clear();
    dialog->rescan();
    ASSERT_TRUE(refreshed.wait(20000));
    const int copy = rowWith(table, PluginsDialog::FileColumn, QStringLiteral("libestran_badcopy.so"));
    ASSERT_GE(copy, 0);
    EXPECT_EQ(cell(table, copy, PluginsDialog::FolderColumn), QDir(user).canonicalPath());
    EXPECT_TRUE(cell(table, copy, PluginsDialog::StateColumn).startsWith(u"Failed: Bad plugin metadata"));

    // Removed again, it stays known until a restart, and the dialog says so.
    ASSERT_TRUE(QFile::remove(user + QStringLiteral("/libestran_badcopy.so")));
    refreshed.clear();
    dialog->rescan();
    ASSERT_TRUE(refreshed.wait(20000));
    const int removed = rowWith(table, PluginsDialog::FileColumn, QStringLiteral("libestran_badcopy.so"));
    ASSERT_GE(removed, 0);
    EXPECT_TRUE(cell(table, removed, PluginsDialog::StateColumn).startsWith(u"File removed (listed until Estran restarts)"))
        << cell(table, removed, PluginsDialog::StateColumn).toStdString();
    EXPECT_FALSE(cell(table, rowWith(table, PluginsDialog::IdColumn, QStringLiteral("tinygrid")), PluginsDialog::StateColumn)
                     .startsWith(u"File removed"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

TEST_F(PluginsDialogTest, TheHelpActionOpensOneNonModalDialogAndRaisesItAgain)
{
    QMainWindow window;
    Estran::App::PluginsAction action(&window);
    EXPECT_EQ(action.text(), QStringLiteral("About &Plugins…"));
    EXPECT_EQ(action.dialog(), nullptr);
    action.trigger();
    QPointer<PluginsDialog> first = action.dialog();
    ASSERT_NE(first, nullptr);
    EXPECT_TRUE(first->isVisible());
    EXPECT_FALSE(first->isModal()) << "the window stays usable while the dialog shows";
    EXPECT_EQ(first->parentWidget(), &window);
    QSignalSpy refreshed(first.data(), &PluginsDialog::refreshed);
    ASSERT_TRUE(refreshed.wait(20000));
    EXPECT_GE(first->pluginTable()->rowCount(), 5);

    action.trigger();
    EXPECT_EQ(action.dialog(), first.data()) << "a second trigger raises the same dialog";
    // Closed, it is deleted; the next trigger makes a new one.
    first->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(first.isNull());
    action.trigger();
    EXPECT_NE(action.dialog(), nullptr);
    ASSERT_TRUE(QSignalSpy(action.dialog(), &PluginsDialog::refreshed).wait(20000));
}

#include "pluginsdialog_test.moc"
