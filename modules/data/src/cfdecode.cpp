// SPDX-License-Identifier: GPL-3.0-or-later
#include "cfdecode.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace Estran::Data::detail {

NumericAttribute* decodeTarget(DecodeAttributes& attributes, const QString& name)
{
    if (name == u"scale_factor") return &attributes.scaleFactor;
    if (name == u"add_offset") return &attributes.addOffset;
    if (name == u"_FillValue") return &attributes.fillValue;
    if (name == u"missing_value") return &attributes.missingValue;
    if (name == u"valid_min") return &attributes.validMin;
    if (name == u"valid_max") return &attributes.validMax;
    if (name == u"valid_range") return &attributes.validRange;
    return nullptr;
}

QVariant numericAttributeValue(const std::vector<double>& values, bool integer)
{
    if (values.size() == 1) return integer ? QVariant(qlonglong(values[0])) : QVariant(values[0]);
    QVariantList list;
    for (double v : values) list.append(integer ? QVariant(qlonglong(v)) : QVariant(v));
    return list;
}

DataType unsignedVariant(DataType type)
{
    switch (type) {
    case DataType::Int8: return DataType::UInt8;
    case DataType::Int16: return DataType::UInt16;
    case DataType::Int32: return DataType::UInt32;
    case DataType::Int64: return DataType::UInt64;
    default: return type;
    }
}

int dataTypeSize(DataType type)
{
    switch (type) {
    case DataType::Int8:
    case DataType::UInt8: return 1;
    case DataType::Int16:
    case DataType::UInt16: return 2;
    case DataType::Int32:
    case DataType::UInt32:
    case DataType::Float32: return 4;
    case DataType::Int64:
    case DataType::UInt64:
    case DataType::Float64: return 8;
    default: return 0;
    }
}

bool isNumeric(DataType type) { return dataTypeSize(type) > 0; }

namespace {

// Converts an attribute value to what the same bits mean as `type`: a _FillValue of -1 on an
// _Unsigned short is 65535, a double _FillValue on a float variable is rounded to float.
double asType(double v, DataType type, bool reinterpretUnsigned)
{
    switch (type) {
    case DataType::Float32: return double(float(v));
    case DataType::UInt8: return reinterpretUnsigned && v < 0 ? v + 256.0 : v;
    case DataType::UInt16: return reinterpretUnsigned && v < 0 ? v + 65536.0 : v;
    case DataType::UInt32: return reinterpretUnsigned && v < 0 ? v + 4294967296.0 : v;
    case DataType::UInt64: return reinterpretUnsigned && v < 0 ? v + 18446744073709551616.0 : v;
    default: return v;
    }
}

bool isIntegerType(DataType t) { return isNumeric(t) && t != DataType::Float32 && t != DataType::Float64; }

template <typename Raw, typename Out, bool WithMissing, bool WithMinMax>
void decodeLoop(const Raw* in, std::size_t n, const DecodeSpec& s, Out* out, double& mn,
                double& mx)
{
    const double lo = s.validLow;
    const double hi = s.validHigh;
    const double fill = s.hasFill ? s.fill : std::numeric_limits<double>::quiet_NaN();
    const double scale = s.scale;
    const double offset = s.offset;
    const Out nan = std::numeric_limits<Out>::quiet_NaN();
    double localMin = std::numeric_limits<double>::infinity();
    double localMax = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < n; ++i) {
        const double v = double(in[i]);
        // NaN fails both range comparisons, so NaN stored values are invalid too.
        bool ok = v >= lo && v <= hi && v != fill;
        if constexpr (WithMissing) {
            for (double m : s.missing) ok = ok && v != m;
        }
        const double d = v * scale + offset;
        out[i] = ok ? Out(d) : nan;
        if constexpr (WithMinMax) {
            if (ok) {
                localMin = std::min(localMin, d);
                localMax = std::max(localMax, d);
            }
        }
    }
    mn = localMin;
    mx = localMax;
}

// The common case (unpacked float32, no missing_value list) in float arithmetic with selects
// instead of branches, so the compiler vectorises it: this loop runs over every cell of every
// slice the viewer shows.
void decodePlainFloat(const float* in, std::size_t n, const DecodeSpec& s, float* out, double& mn,
                      double& mx)
{
    const float lo = float(s.validLow);
    const float hi = float(s.validHigh);
    const float fill = s.hasFill ? float(s.fill) : std::numeric_limits<float>::quiet_NaN();
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();
    float localMin = inf;
    float localMax = -inf;
    for (std::size_t i = 0; i < n; ++i) {
        const float v = in[i];
        const bool ok = (v >= lo) & (v <= hi) & (v != fill);
        out[i] = ok ? v : nan;
        localMin = std::min(localMin, ok ? v : inf);
        localMax = std::max(localMax, ok ? v : -inf);
    }
    mn = localMin;
    mx = localMax;
}

template <typename Out, bool WithMinMax>
void dispatch(const void* in, std::size_t n, const DecodeSpec& s, Out* out, double& mn, double& mx)
{
    auto run = [&](auto tag) {
        using Raw = decltype(tag);
        const Raw* p = static_cast<const Raw*>(in);
        if (s.missing.empty()) decodeLoop<Raw, Out, false, WithMinMax>(p, n, s, out, mn, mx);
        else decodeLoop<Raw, Out, true, WithMinMax>(p, n, s, out, mn, mx);
    };
    switch (s.rawType) {
    case DataType::Int8: run(std::int8_t{}); break;
    case DataType::UInt8: run(std::uint8_t{}); break;
    case DataType::Int16: run(std::int16_t{}); break;
    case DataType::UInt16: run(std::uint16_t{}); break;
    case DataType::Int32: run(std::int32_t{}); break;
    case DataType::UInt32: run(std::uint32_t{}); break;
    case DataType::Int64: run(std::int64_t{}); break;
    case DataType::UInt64: run(std::uint64_t{}); break;
    case DataType::Float32: run(float{}); break;
    case DataType::Float64: run(double{}); break;
    default:
        std::fill(out, out + n, std::numeric_limits<Out>::quiet_NaN());
        mn = std::numeric_limits<double>::infinity();
        mx = -mn;
        break;
    }
}

}  // namespace

DecodeSpec makeDecodeSpec(DataType storedType, const DecodeAttributes& a, const double* defaultFill)
{
    DecodeSpec s;
    const bool makeUnsigned = a.unsignedFlag && isIntegerType(storedType);
    s.rawType = makeUnsigned ? unsignedVariant(storedType) : storedType;

    if (a.scaleFactor.present && !a.scaleFactor.values.empty()) s.scale = a.scaleFactor.values[0];
    if (a.addOffset.present && !a.addOffset.values.empty()) s.offset = a.addOffset.values[0];
    if (!std::isfinite(s.scale)) s.scale = 1.0;
    if (!std::isfinite(s.offset)) s.offset = 0.0;
    s.packed = s.scale != 1.0 || s.offset != 0.0;

    if (a.fillValue.present && !a.fillValue.values.empty()) {
        s.hasFill = true;
        s.fill = asType(a.fillValue.values[0], s.rawType, makeUnsigned);
    } else if (defaultFill) {
        s.hasFill = true;
        s.fill = asType(*defaultFill, s.rawType, makeUnsigned);
    }
    if (a.missingValue.present) {
        for (double m : a.missingValue.values) s.missing.push_back(asType(m, s.rawType, makeUnsigned));
    }

    // CF: valid_* are in packed units when they have the variable's type; a valid_range typed
    // like scale_factor (different from the stored type) is in physical units.
    auto toRaw = [&](const NumericAttribute& attr, double v) {
        const bool physical = s.packed && attr.type != storedType && attr.type != s.rawType
                              && (attr.type == a.scaleFactor.type || attr.type == a.addOffset.type);
        if (physical && s.scale != 0.0) return (v - s.offset) / s.scale;
        return asType(v, s.rawType, makeUnsigned);
    };
    double lo = -std::numeric_limits<double>::infinity();
    double hi = std::numeric_limits<double>::infinity();
    bool physical = false;
    if (a.validRange.present && a.validRange.values.size() >= 2) {
        lo = toRaw(a.validRange, a.validRange.values[0]);
        hi = toRaw(a.validRange, a.validRange.values[1]);
        physical = s.packed && a.validRange.type != storedType && a.validRange.type != s.rawType;
    } else {
        if (a.validMin.present && !a.validMin.values.empty()) {
            lo = toRaw(a.validMin, a.validMin.values[0]);
            physical = s.packed && a.validMin.type != storedType && a.validMin.type != s.rawType;
        }
        if (a.validMax.present && !a.validMax.values.empty()) {
            hi = toRaw(a.validMax, a.validMax.values[0]);
            physical = physical
                       || (s.packed && a.validMax.type != storedType && a.validMax.type != s.rawType);
        }
    }
    // A negative scale factor turns a physical range upside down in raw units.
    if (physical && s.scale < 0) std::swap(lo, hi);
    if (std::isnan(lo)) lo = -std::numeric_limits<double>::infinity();
    if (std::isnan(hi)) hi = std::numeric_limits<double>::infinity();
    s.validLow = lo;
    s.validHigh = hi;
    return s;
}

void decodeToFloat(const void* in, std::size_t count, const DecodeSpec& spec, float* out,
                   float& minimum, float& maximum)
{
    double mn = 0;
    double mx = 0;
    if (spec.rawType == DataType::Float32 && !spec.packed && spec.missing.empty())
        decodePlainFloat(static_cast<const float*>(in), count, spec, out, mn, mx);
    else
        dispatch<float, true>(in, count, spec, out, mn, mx);
    if (mn > mx) {
        minimum = maximum = std::numeric_limits<float>::quiet_NaN();
    } else {
        minimum = float(mn);
        maximum = float(mx);
    }
}

void decodeToDouble(const void* in, std::size_t count, const DecodeSpec& spec, double* out)
{
    double mn = 0;
    double mx = 0;
    dispatch<double, false>(in, count, spec, out, mn, mx);
}

}  // namespace Estran::Data::detail
