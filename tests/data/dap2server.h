// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An OPeNDAP (DAP2) endpoint on 127.0.0.1 for the tests: no OPeNDAP server (Hyrax, THREDDS,
// ERDDAP) is packaged for Debian, so this one implements the protocol's three answers from the
// DAP 2.0 specification (NASA ESE-RFC-004.1.1): the DDS (structure), the DAS
// (attributes) and the DODS data response (the constrained DDS, "Data:", then each array as
// XDR: its length twice, then big-endian values), for hyperslab constraints
// `name[start:stride:stop]...` separated by commas. It serves one dataset of 1-D Float64
// coordinates and Float32 arrays held in memory, and records the constraints it was asked for.

#include "testhttpserver.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <mutex>
#include <string>
#include <vector>

namespace Estran::Test {

class Dap2Server {
public:
    struct Array {
        std::string name;
        bool float64 = false;                    ///< Float64 (coordinates) or Float32
        std::vector<std::string> dims;           ///< dimension names, slowest first
        std::vector<size_t> shape;
        std::vector<double> values;              ///< row-major
        /// DAS lines as {type, "name value"}: {"String", "units \"degC\""}, {"Float32", "_FillValue -999"}
        std::vector<std::pair<std::string, std::string>> attributes;
    };

    explicit Dap2Server(std::string path) : m_path(std::move(path)) {}

    void add(Array array) { m_arrays.push_back(std::move(array)); }
    std::vector<std::string> dataRequests() const
    {
        std::lock_guard lock(m_mutex);
        return m_dataRequests;
    }

    bool start()
    {
        m_server.server().Get(R"(.*)", [this](const httplib::Request& req, httplib::Response& res) { answer(req, res); });
        return m_server.start();
    }
    /// The dataset URL netCDF-C opens (without .dds/.das/.dods).
    QString url() const { return m_server.baseUrl() + QString::fromStdString(m_path); }

private:
    struct Slab {
        const Array* array = nullptr;
        std::vector<size_t> start, stride, count;
    };

    static std::string typeName(const Array& a) { return a.float64 ? "Float64" : "Float32"; }

    std::string declaration(const Slab& s) const
    {
        std::string line = "    " + typeName(*s.array) + " " + s.array->name;
        for (size_t i = 0; i < s.count.size(); ++i) line += "[" + s.array->dims[i] + " = " + std::to_string(s.count[i]) + "]";
        return line + ";\n";
    }

    std::string dds(const std::vector<Slab>& slabs) const
    {
        std::string text = "Dataset {\n";
        for (const Slab& s : slabs) text += declaration(s);
        return text + "} " + m_path.substr(m_path.rfind('/') + 1) + ";\n";
    }

    std::string das() const
    {
        std::string text = "Attributes {\n";
        for (const Array& a : m_arrays) {
            text += "    " + a.name + " {\n";
            for (const auto& [type, rest] : a.attributes) text += "        " + type + " " + rest + ";\n";
            text += "    }\n";
        }
        return text + "}\n";
    }

    Slab whole(const Array& a) const
    {
        Slab s{&a, {}, {}, {}};
        for (size_t n : a.shape) s.start.push_back(0), s.stride.push_back(1), s.count.push_back(n);
        return s;
    }

    /// "sst[0:1:0][0:1:3][0:1:5],lat" → slabs; false on a name or range this dataset lacks.
    bool parse(const std::string& constraint, std::vector<Slab>& out) const
    {
        if (constraint.empty()) {
            for (const Array& a : m_arrays) out.push_back(whole(a));
            return true;
        }
        const QStringList items = QString::fromStdString(constraint).split(u',', Qt::SkipEmptyParts);
        for (const QString& item : items) {
            const qsizetype bracket = item.indexOf(u'[');
            const std::string name = (bracket < 0 ? item : item.left(bracket)).toStdString();
            const Array* array = nullptr;
            for (const Array& a : m_arrays) {
                if (a.name == name) array = &a;
            }
            if (!array) return false;
            Slab s = whole(*array);
            if (bracket >= 0) {
                const QStringList ranges = item.mid(bracket + 1).chopped(1).split(QStringLiteral("]["));
                if (size_t(ranges.size()) != array->shape.size()) return false;
                for (qsizetype d = 0; d < ranges.size(); ++d) {
                    const QStringList p = ranges[d].split(u':');
                    const size_t a = p.value(0).toULong();
                    const size_t stride = p.size() == 3 ? p[1].toULong() : 1;
                    const size_t b = p.size() == 3 ? p[2].toULong() : p.size() == 2 ? p[1].toULong() : a;
                    if (stride == 0 || b < a || b >= array->shape[size_t(d)]) return false;
                    s.start[size_t(d)] = a, s.stride[size_t(d)] = stride, s.count[size_t(d)] = (b - a) / stride + 1;
                }
            }
            out.push_back(s);
        }
        return true;
    }

    static void putBigEndian(std::string& out, const void* data, size_t size)
    {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (size_t i = size; i-- > 0;) out.push_back(char(bytes[i]));
    }

    std::string values(const Slab& s) const
    {
        size_t n = 1;
        for (size_t c : s.count) n *= c;
        std::string out;
        const auto length = quint32(n);
        putBigEndian(out, &length, 4);  // XDR arrays: the length, twice
        putBigEndian(out, &length, 4);
        std::vector<size_t> index(s.count.size(), 0);
        for (size_t k = 0; k < n; ++k) {
            size_t offset = 0;
            for (size_t d = 0; d < index.size(); ++d) offset = offset * s.array->shape[d] + s.start[d] + index[d] * s.stride[d];
            const double v = s.array->values[offset];
            if (s.array->float64) {
                putBigEndian(out, &v, 8);
            } else {
                const float f = float(v);
                putBigEndian(out, &f, 4);
            }
            for (size_t d = index.size(); d-- > 0;) {
                if (++index[d] < s.count[d]) break;
                index[d] = 0;
            }
        }
        return out;
    }

    void answer(const httplib::Request& req, httplib::Response& res)
    {
        const std::string target = req.target;
        const size_t q = target.find('?');
        const std::string path = target.substr(0, q);
        const std::string constraint =
            q == std::string::npos ? std::string() : QUrl::fromPercentEncoding(QByteArray::fromStdString(target.substr(q + 1))).toStdString();
        const auto is = [&](const char* suffix) { return path == m_path + suffix; };
        res.set_header("XDODS-Server", "estran-test-dap2/1.0");
        res.set_header("XOPeNDAP-Server", "estran-test-dap2/1.0");
        res.set_header("XDAP", "2.0");
        std::vector<Slab> slabs;
        if (!parse(constraint, slabs)) {
            res.status = 400;
            res.set_content("Error {\n    code = 1005;\n    message = \"Constraint expression parse error\";\n};\n", "text/plain");
            return;
        }
        if (is(".dds")) {
            res.set_content(dds(slabs), "text/plain");
        } else if (is(".das")) {
            res.set_content(das(), "text/plain");
        } else if (is(".dods")) {
            {
                std::lock_guard lock(m_mutex);
                m_dataRequests.push_back(constraint);
            }
            std::string body = dds(slabs) + "\nData:\n";
            for (const Slab& s : slabs) body += values(s);
            res.set_content(body, "application/octet-stream");
        } else {
            res.status = 404;
            res.set_content("Error {\n    code = 1001;\n    message = \"No such dataset\";\n};\n", "text/plain");
        }
    }

    std::string m_path;
    std::vector<Array> m_arrays;
    TestHttpServer m_server;
    mutable std::mutex m_mutex;
    std::vector<std::string> m_dataRequests;
};

}  // namespace Estran::Test
