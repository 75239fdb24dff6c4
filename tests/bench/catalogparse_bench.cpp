// SPDX-License-Identifier: GPL-3.0-or-later
// Parse throughput of the largest recorded catalogue answers, end to end through the providers
// (HTTP on 127.0.0.1 included, as the application receives them). Figures are bytes of response
// per second; run-benchmarks.sh prints Python's json/csv/xml parse of the same files beside them.
#include "estran/catalog/catalogprovider.h"
#include "estran/catalog/providerregistry.h"
#include "estran/net/httpclient.h"

#include "testhttpserver.h"

#include <QFile>

#include <benchmark/benchmark.h>

using namespace Estran;

namespace {

QByteArray fixture(const char* path)
{
    QFile f(QStringLiteral(ESTRAN_FIXTURES_DIR "/") + QString::fromLatin1(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Serves one body at `route` and runs `work` against it once per iteration.
template <typename Work>
void serveAndRun(benchmark::State& state, const char* route, const char* file, const char* type, Work work)
{
    const QByteArray body = fixture(file);
    if (body.isEmpty()) {
        state.SkipWithError("fixture missing");
        return;
    }
    Estran::Test::TestHttpServer server;
    // Keep connections open between requests, as real catalogue servers do.
    server.server().set_keep_alive_timeout(5);
    // Sent uncompressed: the test server's brotli would cost more than the parsing measured.
    Q_UNUSED(type)
    server.server().Get(route, [&](const httplib::Request&, httplib::Response& res) {
        res.set_content(body.toStdString(), "application/octet-stream");
    });
    // Catalogs the big one refers to (THREDDS "latest" resolvers) answer with an empty catalog.
    server.server().Get("/thredds/.*", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(R"(<catalog xmlns="http://www.unidata.ucar.edu/namespaces/thredds/InvCatalog/v1.0"/>)",
                        "application/octet-stream");
    });
    // A STAC API starts at its landing page; the benchmark's is minimal, the cost is elsewhere.
    server.server().Get("/", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(R"({"stac_version":"1.0.0","id":"bench","links":[]})", "application/json");
    });
    if (!server.start()) {
        state.SkipWithError("no port");
        return;
    }
    Net::HttpClient client;
    for (auto _ : state) {
        const qsizetype n = work(server.baseUrl(), client);
        if (n <= 0) state.SkipWithError("nothing parsed");
        benchmark::DoNotOptimize(n);
    }
    state.SetBytesProcessed(state.iterations() * body.size());
}

void StacCollectionsLarge(benchmark::State& state)
{
    // 1.2 MB: every Planetary Computer collection with summaries and item_assets.
    serveAndRun(state, "/collections", "stac/pystac-client-pc-collections-large.json", "application/json",
                [](const QString& base, const Net::HttpClient& client) -> qsizetype {
                    auto p = Catalog::ProviderRegistry::instance().create(QStringLiteral("stac"), base, client);
                    if (!p) return 0;
                    // The landing page has no data link: collections() reads <url>/collections.
                    auto c = (*p)->collections(nullptr);
                    if (!c) qWarning("%s", qPrintable(c.error().toString()));
                    return c ? c->size() : 0;
                });
}

void ThreddsCatalogLarge(benchmark::State& state)
{
    // 180 kB: hundreds of GRIB datasets of a TDS 5 catalog.
    serveAndRun(state, "/thredds/catalog.xml", "thredds/siphon-tds5-rap-catalog-large.xml", "application/xml",
                [](const QString& base, const Net::HttpClient& client) -> qsizetype {
                    auto p = Catalog::ProviderRegistry::instance().create(QStringLiteral("thredds"),
                                                                          base + QStringLiteral("/thredds/catalog.xml"), client);
                    if (!p) return 0;
                    Catalog::SearchQuery q;
                    q.maxItems = 100000;
                    qsizetype n = 0;
                    // The first page is the large catalog itself; stopping there measures its parse,
                    // not the walk through the catalogs it refers to.
                    auto s = (*p)->search(q, [&n](const Catalog::SearchPage& page) { n += page.items.size(); return false; }, nullptr);
                    if (!s) qWarning("%s", qPrintable(s.error().toString()));
                    return s ? n : 0;
                });
}

}  // namespace

BENCHMARK(StacCollectionsLarge)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(ThreddsCatalogLarge)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
