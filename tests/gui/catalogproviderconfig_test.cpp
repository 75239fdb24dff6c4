// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/catalog/providerconfig.h"
#include "estran/catalog/providerregistry.h"
#include "estran/gui/providereditdialog.h"
#include "estran/gui/providerlistmodel.h"

#include "catalogtestsupport.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Estran;
using Catalog::ProviderConfig;

TEST(ProviderConfig, SaveAndLoadRoundTripKeepsEveryField)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/providers.json"));
    QList<ProviderConfig> list = ProviderConfig::defaults();
    list[1].enabled = false;
    list.append({QStringLiteral("Mine"), QStringLiteral("stac-static"), QStringLiteral("http://127.0.0.1:8000/catalog.json"),
                 true, QStringLiteral("a local copy"), QStringLiteral("X-Api-Token")});
    ASSERT_TRUE(ProviderConfig::save(list, path).ok());
    auto loaded = ProviderConfig::load(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(*loaded, list);
}

TEST(ProviderConfig, MissingFileGivesTheDocumentedDefaults)
{
    QTemporaryDir dir;
    auto loaded = ProviderConfig::load(dir.filePath(QStringLiteral("none.json")));
    ASSERT_TRUE(loaded.ok());
    QStringList urls;
    for (const ProviderConfig& p : *loaded) urls << p.url;
    EXPECT_TRUE(urls.contains(QStringLiteral("https://geodes-portal.cnes.fr/api/stac")));
    EXPECT_TRUE(urls.contains(QStringLiteral("https://stac.marine.copernicus.eu/metadata/catalog.stac.json")));
    EXPECT_TRUE(urls.contains(QStringLiteral("https://sextant.ifremer.fr/geonetwork/srv/eng/csw")));
    EXPECT_TRUE(urls.contains(QStringLiteral("https://erddap.ifremer.fr/erddap")));
    EXPECT_TRUE(urls.contains(QStringLiteral("https://earth-search.aws.element84.com/v1")));
    EXPECT_EQ(loaded->size(), 7);
}

TEST(ProviderConfig, BrokenFileIsAnErrorNamingTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("[{\"name\": \"A\", \"type\": \"stac\"}]");
    f.close();
    auto loaded = ProviderConfig::load(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().where(), path);
    EXPECT_TRUE(loaded.error().message().contains(QStringLiteral("entry 1")));
}

TEST(ProviderConfig, DuplicateNamesAreRejected)
{
    const QByteArray json = R"([{"name":"A","type":"stac","url":"http://a"},{"name":"A","type":"csw","url":"http://b"}])";
    auto loaded = ProviderConfig::fromJson(json, QStringLiteral("x.json"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().message().contains(QStringLiteral("'A'")));
}

TEST(ProviderListModel, ATypeMissingFromThisBuildSaysSo)
{
    Gui::ProviderListModel model;
    model.setProviders({{QStringLiteral("Plugin"), QStringLiteral("no-such-protocol"), QStringLiteral("http://x"), true, {}},
                        {QStringLiteral("Stac"), QStringLiteral("stac"), QStringLiteral("http://y"), true, {}}});
    EXPECT_EQ(model.status(0).state, Gui::ProviderListModel::State::Unavailable);
    EXPECT_TRUE(model.statusText(0).contains(QStringLiteral("not available in this build")));
    EXPECT_EQ(model.status(1).state, Gui::ProviderListModel::State::Idle);
}

TEST(ProviderListModel, UncheckingARowDisablesItAndAsksForASave)
{
    Gui::ProviderListModel model;
    model.setProviders(ProviderConfig::defaults());
    int edits = 0;
    QObject::connect(&model, &Gui::ProviderListModel::providersEdited, &model, [&edits] { ++edits; });
    ASSERT_TRUE(model.setData(model.index(0, Gui::ProviderListModel::NameColumn), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_FALSE(model.provider(0).enabled);
    EXPECT_EQ(edits, 1);
    EXPECT_FALSE(model.isNameFree(model.provider(1).name));
    EXPECT_TRUE(model.isNameFree(model.provider(1).name, 1));
}

TEST(ProviderEditDialog, OkWaitsForAFreeNameAndAnAbsoluteUrl)
{
    ProviderConfig blank;
    blank.type = QStringLiteral("stac");
    Gui::ProviderEditDialog dialog(blank, [](const QString& name) { return name != QStringLiteral("Taken"); });
    EXPECT_FALSE(dialog.problem().isEmpty());  // no name yet
    auto* name = dialog.findChildren<QLineEdit*>().at(0);
    auto* url = dialog.findChildren<QLineEdit*>().at(1);
    name->setText(QStringLiteral("Taken"));
    url->setText(QStringLiteral("https://example.org/stac"));
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("Taken")));
    name->setText(QStringLiteral("Mine"));
    url->setText(QStringLiteral("example.org/stac"));
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("absolute")));
    url->setText(QStringLiteral("https://me:secret@example.org/stac"));
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("password")));
    url->setText(QStringLiteral("https://example.org/stac"));
    EXPECT_TRUE(dialog.problem().isEmpty());
    const ProviderConfig p = dialog.provider();
    EXPECT_EQ(p.name, QStringLiteral("Mine"));
    EXPECT_EQ(p.type, QStringLiteral("stac"));
    EXPECT_EQ(p.url, QStringLiteral("https://example.org/stac"));
    EXPECT_TRUE(p.apiKeyHeader.isEmpty());
}

TEST(ProviderEditDialog, TakesAnApiKeyHeaderAndKeepsTheKeyOutOfTheProviderList)
{
    ProviderConfig geodes = ProviderConfig::defaults().first();
    ASSERT_EQ(geodes.apiKeyHeader, QStringLiteral("X-API-Key"));  // GEODES' downloads need one
    Gui::ProviderEditDialog dialog(geodes, [](const QString&) { return true; });
    const QList<QLineEdit*> edits = dialog.findChildren<QLineEdit*>();
    QLineEdit* header = nullptr;
    QLineEdit* key = nullptr;
    for (QLineEdit* e : edits) {
        if (e->text() == QStringLiteral("X-API-Key")) header = e;
        if (e->echoMode() == QLineEdit::Password) key = e;
    }
    ASSERT_NE(header, nullptr);
    ASSERT_NE(key, nullptr);
    EXPECT_TRUE(dialog.newApiKey().isEmpty());  // untouched: the stored key stays
    key->setText(QStringLiteral("  my-geodes-key "));
    EXPECT_EQ(dialog.newApiKey(), QStringLiteral("my-geodes-key"));
    header->setText(QStringLiteral("X API Key"));
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("header"))) << dialog.problem().toStdString();
    header->clear();
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("header"))) << dialog.problem().toStdString();
    header->setText(QStringLiteral("X-API-Key"));
    EXPECT_TRUE(dialog.problem().isEmpty());
    const ProviderConfig edited = dialog.provider();
    EXPECT_EQ(edited.apiKeyHeader, QStringLiteral("X-API-Key"));
    // The provider list file never sees the key.
    EXPECT_FALSE(ProviderConfig::toJson({edited}).contains("my-geodes-key"));
    EXPECT_EQ(edited.apiKeyEntry(), QStringLiteral("api-key:CNES GEODES"));
}

TEST(ProviderConfig, EveryDefaultTypeIsRegisteredInThisBuild)
{
    for (const ProviderConfig& p : ProviderConfig::defaults()) {
        EXPECT_TRUE(Gui::ProviderListModel::isTypeAvailable(p.type)) << p.name.toStdString() << ": " << p.type.toStdString();
    }
}

namespace {

bool providerPluginIsMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    EXPECT_TRUE(maps.open(QIODevice::ReadOnly));
    return maps.readAll().contains("libestran_geojsonlist.so");
}

}  // namespace

TEST(ProviderEditDialog, OffersATypeFromAPluginByItsNameWithoutLoadingIt)
{
    qputenv("ESTRAN_PLUGIN_PATH", QByteArray(ESTRAN_BINARY_DIR "/tests/plugins/geojsonlist"));
    Catalog::ProviderRegistry::instance().rescanPlugins();
    Gui::ProviderEditDialog dialog(ProviderConfig{}, [](const QString&) { return true; });
    auto* type = dialog.findChild<QComboBox*>();
    ASSERT_NE(type, nullptr);
    const int index = type->findData(QStringLiteral("geojson-list"));
    ASSERT_GE(index, 0) << "the plugin's type is offered";
    EXPECT_EQ(type->itemText(index), QStringLiteral("GeoJSON listing"));
    EXPECT_TRUE(type->itemData(index, Qt::ToolTipRole).toString().contains(QStringLiteral("libestran_geojsonlist.so")));
    EXPECT_TRUE(type->itemData(type->findData(QStringLiteral("stac")), Qt::ToolTipRole).toString().isEmpty());
    type->setCurrentIndex(index);
    EXPECT_EQ(dialog.provider().type, QStringLiteral("geojson-list"));

    Gui::ProviderListModel model;
    model.setProviders({{QStringLiteral("Gliders"), QStringLiteral("geojson-list"), QStringLiteral("http://127.0.0.1:9/l.json"), true, {}}});
    EXPECT_EQ(model.status(0).state, Gui::ProviderListModel::State::Idle) << "a plugin's type is available";
    EXPECT_FALSE(providerPluginIsMapped()) << "listing and choosing the type loads nothing";
}
