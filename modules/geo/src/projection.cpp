// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/geo/projection.h"

#include <QCoreApplication>

#include <proj.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Estran::Geo {

namespace {

constexpr double kDegToRad = M_PI / 180.0;
constexpr double kRadToDeg = 180.0 / M_PI;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Latitude tolerance when testing limits, so points exactly on a limit survive rounding.
constexpr double kLatEps = 1e-9;

QString tr(const char* text) { return QCoreApplication::translate("Estran::Geo", text); }

struct Spec {
    const char* id;
    const char* displayName;
    double defaultLon0;
    double minLat;
    double maxLat;
    bool cylindrical;
};

// +over keeps PROJ from wrapping longitudes so inverse() can tell points beyond the
// antimeridian edge (|lon - lon0| > 180) from points inside the world.
const Spec kSpecs[] = {
    {"platecarree", QT_TRANSLATE_NOOP("Estran::Geo", "Plate carrée"), 0.0, -90.0, 90.0, true},
    {"mercator", QT_TRANSLATE_NOOP("Estran::Geo", "Mercator"), 0.0, -85.0, 85.0, true},
    {"north-polar-stereo", QT_TRANSLATE_NOOP("Estran::Geo", "North polar stereographic"), -45.0,
     0.0, 90.0, false},
    {"south-polar-stereo", QT_TRANSLATE_NOOP("Estran::Geo", "South polar stereographic"), 0.0,
     -90.0, 0.0, false},
    {"robinson", QT_TRANSLATE_NOOP("Estran::Geo", "Robinson"), 0.0, -90.0, 90.0, false},
};

const Spec* findSpec(const QString& name)
{
    for (const Spec& s : kSpecs) {
        if (name.compare(QLatin1String(s.id), Qt::CaseInsensitive) == 0) return &s;
    }
    return nullptr;
}

QString definitionFor(const Spec& spec, double lon0)
{
    const QString id = QLatin1String(spec.id);
    const QString lon = QString::number(lon0, 'g', 12);
    if (id == u"platecarree") return QStringLiteral("+proj=eqc +datum=WGS84 +over +lon_0=") + lon;
    if (id == u"mercator") return QStringLiteral("+proj=merc +datum=WGS84 +over +lon_0=") + lon;
    if (id == u"north-polar-stereo")
        return QStringLiteral("+proj=stere +lat_0=90 +lat_ts=70 +datum=WGS84 +over +lon_0=") + lon;
    if (id == u"south-polar-stereo")
        return QStringLiteral("+proj=stere +lat_0=-90 +lat_ts=-71 +datum=WGS84 +over +lon_0=") +
               lon;
    return QStringLiteral("+proj=robin +datum=WGS84 +over +lon_0=") + lon;
}

}  // namespace

struct Projection::Private {
    const Spec* spec = nullptr;
    QString definition;
    double lon0 = 0.0;
    QRectF bounds;
    PJ_CONTEXT* ctx = nullptr;
    PJ* pj = nullptr;

    ~Private()
    {
        if (pj) proj_destroy(pj);
        if (ctx) proj_context_destroy(ctx);
    }

    bool open(QString* detail)
    {
        ctx = proj_context_create();
        // Errors are reported through return values; PROJ's own stderr logging would only
        // duplicate them (and spam the CLI for every point outside a polar hemisphere).
        proj_log_level(ctx, PJ_LOG_NONE);
        pj = proj_create(ctx, definition.toUtf8().constData());
        if (!pj && detail) {
            *detail = QString::fromUtf8(proj_context_errno_string(ctx, proj_context_errno(ctx)));
        }
        return pj != nullptr;
    }

    // Longitude relative to lon0 wrapped to [-180, 180]; ±180 themselves are kept so a
    // line drawn to the antimeridian ends on the correct edge.
    double wrapRelative(double lon) const
    {
        double d = lon - lon0;
        if (d > 180.0 || d < -180.0) {
            d = std::fmod(d + 180.0, 360.0);
            if (d < 0) d += 360.0;
            d -= 180.0;
        }
        return d;
    }

    bool latOk(double lat) const
    {
        return lat >= spec->minLat - kLatEps && lat <= spec->maxLat + kLatEps;
    }
};

Projection::Projection() = default;
Projection::~Projection() = default;
Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;

Projection::Projection(const Projection& other) : m_name(other.m_name)
{
    *this = other;
}

Projection& Projection::operator=(const Projection& other)
{
    if (this == &other) return *this;
    m_name = other.m_name;
    if (!other.d) {
        d.reset();
        return *this;
    }
    // A private context per copy: PJ objects must not be shared between threads.
    auto p = std::make_shared<Private>();
    p->spec = other.d->spec;
    p->definition = other.d->definition;
    p->lon0 = other.d->lon0;
    p->bounds = other.d->bounds;
    if (!p->open(nullptr)) {
        // The same definition opened before; failing now means PROJ ran out of memory.
        qWarning("Estran::Geo: cannot copy projection %s", qPrintable(p->definition));
    }
    d = std::move(p);
    return *this;
}

QStringList Projection::names()
{
    QStringList out;
    for (const Spec& s : kSpecs) out << QLatin1String(s.id);
    return out;
}

QString Projection::displayName(const QString& name)
{
    const Spec* s = findSpec(name);
    return s ? tr(s->displayName) : name;
}

Base::Result<Projection> Projection::create(const QString& name,
                                            std::optional<double> centralLongitude)
{
    const Spec* spec = findSpec(name);
    if (!spec) {
        return Base::Error(Base::Error::Kind::InvalidInput, name,
                           tr("Unknown projection; expected one of: %1")
                               .arg(names().join(QStringLiteral(", "))));
    }
    const double lon0 = centralLongitude.value_or(spec->defaultLon0);
    if (!std::isfinite(lon0) || lon0 < -360.0 || lon0 > 360.0) {
        return Base::Error(Base::Error::Kind::InvalidInput, name,
                           tr("Central longitude %1 is out of range").arg(lon0));
    }
    Projection p;
    p.m_name = QLatin1String(spec->id);
    p.d = std::make_shared<Private>();
    p.d->spec = spec;
    p.d->lon0 = lon0;
    p.d->definition = definitionFor(*spec, lon0);
    QString detail;
    if (!p.d->open(&detail)) {
        return Base::Error(Base::Error::Kind::Internal, p.d->definition,
                           tr("PROJ cannot create the projection"), detail);
    }

    // World extent from the projected limits of the shown region.
    double x = 0, y = 0;
    QRectF b;
    if (spec->cylindrical) {
        double xe = 0, yn = 0, ys = 0, tmp = 0;
        p.forward(lon0 + 180.0, 0.0, xe, tmp);
        p.forward(lon0, spec->maxLat, tmp, yn);
        p.forward(lon0, spec->minLat, tmp, ys);
        b = QRectF(QPointF(-xe, ys), QPointF(xe, yn));
    } else if (p.m_name == u"robinson") {
        double xe = 0, yn = 0, tmp = 0;
        p.forward(lon0 + 180.0, 0.0, xe, tmp);
        p.forward(lon0, 90.0, tmp, yn);
        b = QRectF(QPointF(-xe, -yn), QPointF(xe, yn));
    } else {
        // Polar: the circle of the equator, whose radius is the same at every longitude.
        p.forward(lon0, 0.0, x, y);
        const double r = std::hypot(x, y);
        b = QRectF(QPointF(-r, -r), QPointF(r, r));
    }
    p.d->bounds = b;
    return p;
}

QString Projection::definition() const { return d ? d->definition : QString(); }
double Projection::centralLongitude() const { return d ? d->lon0 : 0.0; }
bool Projection::isCylindrical() const { return d && d->spec->cylindrical; }
QRectF Projection::worldBounds() const { return d ? d->bounds : QRectF(); }
double Projection::minLatitude() const { return d ? d->spec->minLat : -90.0; }
double Projection::maxLatitude() const { return d ? d->spec->maxLat : 90.0; }

bool Projection::forward(double lon, double lat, double& x, double& y) const
{
    if (!d || !d->pj || !std::isfinite(lon) || !d->latOk(lat)) return false;
    PJ_COORD c = proj_coord(d->wrapRelative(lon) * kDegToRad, std::clamp(lat, -90.0, 90.0) *
                                                                  kDegToRad, 0, 0);
    // With +over the central longitude is still applied by PROJ; hand it lon - lon0 + lon0.
    c.lp.lam += d->lon0 * kDegToRad;
    const PJ_COORD r = proj_trans(d->pj, PJ_FWD, c);
    if (!std::isfinite(r.xy.x) || !std::isfinite(r.xy.y) || r.xy.x == HUGE_VAL) return false;
    x = r.xy.x;
    y = r.xy.y;
    return true;
}

bool Projection::inverse(double x, double y, double& lon, double& lat) const
{
    double lx = x, ly = y;
    inverseArray(&lx, &ly, 1);
    if (std::isnan(lx)) return false;
    lon = lx;
    lat = ly;
    return true;
}

void Projection::forwardArray(double* x, double* y, std::size_t n) const
{
    if (!d || !d->pj) {
        std::fill(x, x + n, kNaN);
        std::fill(y, y + n, kNaN);
        return;
    }
    std::vector<char> bad(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(x[i]) || !d->latOk(y[i])) {
            bad[i] = 1;
            x[i] = d->lon0 * kDegToRad;
            y[i] = 0.0;
            continue;
        }
        x[i] = (d->wrapRelative(x[i]) + d->lon0) * kDegToRad;
        y[i] = std::clamp(y[i], -90.0, 90.0) * kDegToRad;
    }
    proj_trans_generic(d->pj, PJ_FWD, x, sizeof(double), n, y, sizeof(double), n, nullptr, 0,
                       0, nullptr, 0, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (bad[i] || !std::isfinite(x[i]) || !std::isfinite(y[i]) || x[i] == HUGE_VAL) {
            x[i] = kNaN;
            y[i] = kNaN;
        }
    }
}

void Projection::inverseArray(double* x, double* y, std::size_t n) const
{
    if (!d || !d->pj) {
        std::fill(x, x + n, kNaN);
        std::fill(y, y + n, kNaN);
        return;
    }
    const QRectF& b = d->bounds;
    // Points beyond the bounding box are rejected before PROJ sees them (cheap, and PROJ's
    // iterative inverses misbehave far outside their domain).
    std::vector<char> bad(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]) || x[i] < b.left() - 1e-6 ||
            x[i] > b.right() + 1e-6 || y[i] < b.top() - 1e-6 || y[i] > b.bottom() + 1e-6) {
            bad[i] = 1;
            x[i] = 0.0;
            y[i] = 0.0;
        }
    }
    proj_trans_generic(d->pj, PJ_INV, x, sizeof(double), n, y, sizeof(double), n, nullptr, 0,
                       0, nullptr, 0, 0);
    for (std::size_t i = 0; i < n; ++i) {
        double lon = x[i] * kRadToDeg;
        const double lat = y[i] * kRadToDeg;
        const double rel = lon - d->lon0;
        // Outside the world: PROJ failed, the longitude went past the antimeridian edge
        // (Robinson's curved sides, plate carrée's box), or the latitude left the shown band.
        if (bad[i] || !std::isfinite(lon) || !std::isfinite(lat) || x[i] == HUGE_VAL ||
            rel < -180.0 - 1e-9 || rel > 180.0 + 1e-9 || !d->latOk(lat)) {
            x[i] = kNaN;
            y[i] = kNaN;
            continue;
        }
        if (lon > 180.0) lon -= 360.0;
        else if (lon < -180.0) lon += 360.0;
        x[i] = lon;
        y[i] = lat;
    }
}

QString Projection::libraryVersion()
{
    return QStringLiteral("PROJ %1.%2.%3").arg(PROJ_VERSION_MAJOR).arg(PROJ_VERSION_MINOR).arg(PROJ_VERSION_PATCH);
}

}  // namespace Estran::Geo
